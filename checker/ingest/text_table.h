// Reconstructs a table printed in fixed-width text (an EDGAR <TABLE> block, or an aligned table
// in a plain-text draft) into rows, columns and exact amounts.
//
// Column boundaries come from where figures end: right-aligned numbers share their last digit's
// column. <S>/<C> markers, when present, only separate the header from the body. Header lines
// are assigned to every column they stand over and read as periods. Label lines without figures
// either continue the next row's label or are section headings. Rule lines ("----", "====")
// become subtotal and total marks on the row below them.
#ifndef TIEOUT_INGEST_TEXT_TABLE_H_
#define TIEOUT_INGEST_TEXT_TABLE_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"
#include "checker/ingest/text_lines.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

// A figure at the right of a printed line.
struct FigureToken {
  int start = 0;   // first column, '$' included
  int end = 0;     // one past the last column, ')' or '%' included
  int anchor = 0;  // column of the last digit (or of the dash): what right-aligns
  std::string text;
  std::optional<Decimal> value;  // signed; nullopt for placeholders such as "N/A"
  bool dash = false;             // "--": an exact zero
  bool words = false;            // a cell of words ("4 years"): no value
  bool percent = false;
  bool dollar = false;
};

// Splits a printed line into its label and the figures to its right. A figure must stand apart
// from the label by two spaces, a dot leader or a '$'.
struct SplitLine {
  std::string label;
  int label_start = 0;
  int label_end = 0;
  std::vector<FigureToken> figures;
};
SplitLine SplitFigures(const std::string& line);

// What a table knows when it splits its lines again, once its columns are known.
struct SplitContext {
  // Cells of words that stand among the figures ("4 years"): rules.yaml's text_cells.
  const Vocabulary* vocabulary = nullptr;
  // Where a run of five or more dashes at columns [begin, end) stands in a column of figures
  // (a zero printed as "-----"): the column its figures align at; -1 when it leads the label to
  // its figures instead.
  std::function<int(int begin, int end)> zero_run;
};
// As above; a cell of words that the vocabulary names, standing two spaces clear of its
// neighbours with a figure or label to its left, is a figure without a value; a dash run
// `zero_run` places is a zero.
SplitLine SplitFigures(const std::string& line, const SplitContext& context);

// Reads a whole token as one figure: "$(1,234)", "12.5%", "--", "N/A" (a placeholder without a
// value). Returns false when the token is not a figure. Fills every field but start, end and
// anchor, which belong to a printed line.
bool ParseFigureToken(std::string_view token, FigureToken* figure);

// A figure that reads as a year in a column header: "2003", not "2,003", "$2003" or "(2003)".
bool IsYearFigureToken(const FigureToken& figure);

// Whether a label line without figures runs on into the next label line ("Cost of product sales
// and" over "rentals"), rather than standing as a heading of its own. A total's label always runs
// on ("Total automotive outside" over "North America").
bool LabelContinuesInto(const std::string& previous, const std::string& next,
                        const Vocabulary& vocabulary);

// Builds the table from its lines (without the <TABLE> and </TABLE> lines). `above` holds the
// last few text lines above the table, nearest last: they may carry the title or scale note.
Table BuildTextTable(const std::vector<TextLine>& lines, const std::vector<std::string>& above,
                     const Vocabulary& vocabulary);

}  // namespace tieout

#endif  // TIEOUT_INGEST_TEXT_TABLE_H_
