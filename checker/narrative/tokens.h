// Words, punctuation and sentences of a paragraph, for reading the prose around its figures.
//
// One pass over the text. A figure found by ExtractFigures is one token; words are runs of
// letters and digits (with an inner apostrophe: "company's"), lowercased; hyphens and slashes
// separate words ("six-month" is "six", "month"); '&' reads as "and". Sentences end at '.', '!',
// '?' or ';' followed by white space, except after abbreviations ("Inc.", "U.S.", "Dec."). A
// heading run into the first sentence ("OPERATING INCOME Operating income was ...") is a
// sentence of its own.
#ifndef TIEOUT_NARRATIVE_TOKENS_H_
#define TIEOUT_NARRATIVE_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "checker/narrative/figures.h"

namespace tieout {

struct Token {
  size_t begin = 0;  // byte range in the text
  size_t end = 0;
  std::string word;          // lowercased; empty for punctuation and figures
  char punct = 0;            // ',', ';', ':', '(', ')', '"', '.', '!', '?' or 0
  int figure = -1;           // index into the figures for a figure token
  int sentence = 0;          // index of the sentence, counted from 0 in the text
  bool capitalized = false;  // the word starts with an upper-case letter

  bool is_word() const { return !word.empty(); }
  bool is_figure() const { return figure >= 0; }
};

// Tokens of `text`, with `figures` (sorted, not overlapping) each as one token.
std::vector<Token> Tokenize(std::string_view text, const std::vector<Figure>& figures);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_TOKENS_H_
