// Figures in prose: "$2.4 million", "$ 5.2 million", "$.03 per common share", "$(0.09)",
// "$5,000", "3%", "2.9 percent", "10 million shares", "$1.2 billion", "$500K".
//
// A hand-written scanner, one pass over the text: no regular expressions, linear in the size of
// the text. Each figure keeps its byte range in the text it was found in (for a Paragraph, turn
// it into a SourceSpan with Paragraph::SpanOf) and the precision it was stated with: "$2.4
// million" is 2,400,000 with its last digit at 10^5, so it stands for 2,350,000 to 2,450,000.
#ifndef TIEOUT_NARRATIVE_FIGURES_H_
#define TIEOUT_NARRATIVE_FIGURES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "checker/base/decimal.h"

namespace tieout {

enum class FigureUnit { kMoney, kPerShare, kShares, kPercent };
const char* FigureUnitName(FigureUnit unit);

struct Figure {
  size_t begin = 0;  // first byte in the text: the '$', '(' or first digit
  size_t end = 0;    // one past the last byte: the scale word, "per ... share", '%' or "shares"
  size_t number_end = 0;  // one past the number and its scale word: "$.03" of "$.03 per share"
  FigureUnit unit = FigureUnit::kMoney;
  Decimal value;              // signed and scaled: "$(2.4) million" is -2400000
  int precision = 0;          // the power of ten of the last digit stated, after scaling
  int scale = 0;              // the power of ten its scale word gives: 6 for "million", 0 for none
  bool negative = false;      // in parentheses or with a minus sign
  bool scale_stated = false;  // a scale word follows this figure itself
  bool scale_shared = false;  // "$2.8 and $6.0 million": the scale word of a later figure

  // The value with `scale` replaced by another power of ten (for a figure that lost its unit).
  Figure WithScale(int power) const;
};

// Every figure in `text`, in order. Numbers without a unit (years, dates, counts of people,
// phone numbers) are not figures.
std::vector<Figure> ExtractFigures(std::string_view text);

// The figure as a reader would write it back: "$2.4 million", "$0.03 per share", "3%".
std::string FormatFigure(const Figure& figure);
// `value` written in the form of `like`: its unit, scale word and precision, rounded half away
// from zero: 171000 like "$0.3 million" is "$0.2 million".
std::string FormatLike(const Decimal& value, const Figure& like);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_FIGURES_H_
