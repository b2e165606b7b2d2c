// Linking a figure of the prose to table rows by the words of their labels, as an auditor
// does: the rows whose label (with the heading it stands under) names what the figure's
// subject names, in the columns of the figure's period.
//
// Words are compared singular and through the synonyms of rules.yaml ("net sales" finds "Total
// revenues"). A row is a candidate when its label or heading has the subject's head noun; it
// binds strongly when its label says nothing the subject does not ("Net sales" for "net
// sales"; not "Adjusted net income" for "net income").
//
// The outcome, for a figure and its periods:
//   verified   a candidate's cell in a column of the period agrees at the figure's precision;
//   mismatch   only when the subject binds strongly to one row and one column (rows that show
//              the same value count as one), no row with the same head noun agrees with the
//              figure in any column, and the figure is not 10^3 or 10^6 off the cell;
//   sign       the words say a profit where the cell shows a loss, or the other way;
//   scale      the figure is the cell read 10^3 or 10^6 off: the table's unit is in doubt;
//   none       unverifiable, with the reason.
#ifndef TIEOUT_NARRATIVE_LINKING_H_
#define TIEOUT_NARRATIVE_LINKING_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/narrative/cells.h"
#include "checker/narrative/figures.h"
#include "checker/narrative/narrative_vocabulary.h"
#include "checker/narrative/periods.h"

namespace tieout {

struct LinkRequest {
  std::vector<std::string> subject;  // the subject's words, as SubjectOf reads them
  std::vector<std::string> extra;    // words of the figure itself: "per diluted share"
  Figure figure;
  std::vector<Period> periods;  // the periods it may speak of (any one of them)
  bool any_column = false;      // the period is not named: any dated column of the row
  int direction = 0;            // of a change (LinkChange): +1 an increase, -1 a decrease
  // When not empty: the only periods of `periods` a mismatch may bind (the release's own
  // period, for a sentence that names none in a release that also shows the year to date).
  // The figure is still verified by a cell in any column of `periods`.
  std::vector<Period> bind;
  bool may_mismatch = false;  // the sentence states the figure as the amount itself
  // A percentage of the subject ("4.5% of sales"): only a ratio row whose label divides by the
  // subject ("Allowance for loan losses to loans receivable") holds it, and it never mismatches.
  bool share = false;
  // In a paragraph about one segment: the segment's name. Only that segment's row, under a
  // heading or in a column that names the subject's head ("Business Solutions" in the column
  // "Net Sales"), holds the figure.
  std::vector<std::string> segment;
  // The measure the sentence qualifies the figure as ("non-GAAP", "adjusted"), by QualifierOf:
  // only rows or columns so named may hold it. Empty: the reported measure, never a column
  // so named.
  std::string qualifier;
  std::vector<std::string> qualifier_words;  // as the sentence writes it: "non", "gaap"
};

// A change stated twice, as an amount and as a percentage of the amount it changed from ("loan
// growth of $371 million, or 11%, compared to March 31, 2019"; "$82 million, or 9% annualized,
// from December 31, 2019"): LinkChangePair.
struct ChangePairRequest {
  std::vector<std::string> subject;  // the subject's words, as SubjectOf reads them
  Figure amount;
  Figure percent;
  std::vector<Period> periods;  // the periods the change ends in (any one of them)
  // What it is compared with: a date ("compared to March 31, 2019"), the same period a year
  // earlier (kComparable), the period before (kSequential), or any earlier column (kCurrent:
  // nothing named).
  PeriodMention::Kind compared = PeriodMention::Kind::kCurrent;
  std::optional<Date> compared_date;
  bool annualized = false;  // the percentage is a yearly rate: the change times 12 / its months
  int direction = 0;        // +1 said to increase, -1 to decrease, 0 not said
  // When set: only this row (the pair is listed after another verified on it).
  const Table* table = nullptr;
  size_t row = 0;
};

struct LinkResult {
  enum class Kind { kNone, kVerified, kTruncated, kMismatch, kSign, kScale };
  Kind kind = Kind::kNone;
  CellRef cell;
  Period period;
  bool strong = false;      // the subject names one row's label exactly
  bool found_rows = false;  // some row is labelled with the subject's head noun
  std::string note;         // how the table was read, when not as shown
  std::string reason;       // why it is not verified
};

class RowLinker {
 public:
  RowLinker(const Document& doc, const ColumnPeriods& columns, const NarrativeVocabulary& vocab);

  // A row repeated with the same words, columns and cells is read once, at its first copy;
  // when given, `rows_read` counts the rows read.
  LinkResult Link(const LinkRequest& request, size_t* rows_read = nullptr) const;
  // A change ("an increase of 8%", "up $9.0 million") verified by arithmetic: a candidate row's
  // value in a column of the period against the same row a year (or, for a quarter, a quarter)
  // earlier, or an earlier balance sheet date, with the rounding of the cells allowed for.
  // Never a mismatch: a change the tables do not show is unverifiable.
  LinkResult LinkChange(const LinkRequest& request) const;
  // A change stated as an amount and a percentage together: verified when both agree with one
  // row's change between the same two columns. The row needs only to be named by the subject's
  // head noun ("Total loans held for investment" for "loan growth"): the two agreements are the
  // evidence of the binding. Never a mismatch. The amount's result is returned, the
  // percentage's in *percent.
  LinkResult LinkChangePair(const ChangePairRequest& request, LinkResult* percent) const;
  // A figure of a segment (request.segment): verified by the segment's row, a mismatch only
  // when one row and one column of the period name the segment and the measure, and no other
  // cell of it agrees.
  LinkResult LinkSegment(const LinkRequest& request) const;
  // A figure of a list of nouns ("cash, cash equivalents and short-term investments") verified
  // as the sum of the rows its parts name, one value each in a column of the period, with the
  // rounding of the cells allowed for. Never a mismatch.
  LinkResult LinkSum(const LinkRequest& request, const std::vector<std::string>& list) const;
  // A percentage whose subject names a ratio the vocabulary defines ("an effective tax rate of
  // 10.8%"): verified by arithmetic, numerator over denominator, on the rows of one table in a
  // column of the period. Never a mismatch.
  LinkResult LinkRatio(const LinkRequest& request) const;
  // The one value the rows that `words` name strongly show in a column of `periods` (rows that
  // show the same value count as one), or nothing: the whole of "16.4 percent of sales".
  std::optional<std::pair<CellRef, Period>> CellNamed(const std::vector<std::string>& words,
                                                      ValueKind kind,
                                                      const std::vector<Period>& periods) const {
    return NamedCell(words, kind, periods);
  }

  // Whether `words` say a profit of a row that shows a loss in `value`, or a loss of a row
  // that shows a profit ("net income of $3.1 million" against "Net income (loss)" (3,112)).
  // A figure stated in parentheses ("net income was $(10.6) million") says a loss.
  bool SignConflict(const std::vector<std::string>& words, const Row& row, const Decimal& value,
                    bool stated_negative) const;

  const NarrativeVocabulary& Vocabulary() const { return vocab_; }

  // The qualifier a text names ("Non-GAAP", "As Adjusted"): its phrase in rules.yaml without
  // spaces and a leading "as" ("nongaap", "adjusted"); "" when it names none.
  std::string QualifierOf(const std::string& text) const;

  // The words singular, through the synonyms, without grammar.
  std::set<std::string> Normalize(const std::vector<std::string>& words) const;
  // Whether some row's label says what `subject` says, no more and no less.
  bool NamesRow(const std::vector<std::string>& subject) const;
  // The head noun: the last word before a preposition ("cost" of "cost of sales").
  std::string Head(const std::vector<std::string>& words) const;

  // Evidence against binding a figure to the cell `bound`: a cell of the same row in a column
  // whose period was not read ("Change", or a header misread) agrees with it. Returns why, or "".
  std::string AgreesInRow(const Figure& figure, const CellRef& bound) const;

  // Evidence against binding a figure to the cell `bound`: a row that says what the bound row
  // says (its label's words), of any kind and in any table ("Results of Business Insurance", a
  // segment's column), that agrees with the figure in a column of one of `periods`, and names
  // no other variant than `words` and `extra` ("per diluted share"). Returns why the figure
  // may speak of that row, or "" when none agrees.
  // Rows repeated with the same words and cells (a long release that repeats its statements)
  // are compared once: the work is bounded by the distinct rows, not by the copies. When given,
  // `compared` counts the cells compared with the figure.
  std::string AgreesElsewhere(const Figure& figure, const std::vector<std::string>& words,
                              const std::vector<std::string>& extra,
                              const std::vector<Period>& periods, const CellRef& bound,
                              size_t* compared = nullptr) const;

 private:
  // The words of a row's label and heading. Rows of the same words are one shape: a statement
  // repeated in a long release adds rows, not shapes, so the comparisons of words are made per
  // shape, not per row.
  struct Shape {
    std::set<std::string> all;      // the words of the label and of the heading
    std::set<std::string> content;  // the label's content words, else the heading's
    std::string qualifier;          // the qualifier the label or heading names
    // The head nouns of the label's noun phrase, one for each conjunct ("cash" and
    // "equivalent" of "Cash and cash equivalents"), else the heading's.
    std::set<std::string> heads;
  };
  // Word `w` (stemmed) as a head noun: through the synonyms; "" when it names nothing (a
  // generic or variant word, or an implied word after the head).
  std::string HeadWord(std::string w, bool after_head) const;
  // The one value the rows that `words` name strongly show in a column of `periods` (rows that
  // show the same value count as one), or nothing.
  std::optional<std::pair<CellRef, Period>> NamedCell(const std::vector<std::string>& words,
                                                      ValueKind kind,
                                                      const std::vector<Period>& periods) const;
  // The words of a ratio row's label after its first "to", "of" or "/": what it divides by.
  std::set<std::string> Divisor(const std::string& label) const;
  // The head nouns of a label: of each conjunct before a preposition or a participle ("Net
  // cash provided by (used in) operating activities" -> cash; "Cost of revenues" -> cost).
  std::set<std::string> LabelHeads(const std::string& label) const;
  // Whether the subject's words `said` name one of shape `s`'s head nouns: "sales" does not
  // name "Cost of revenues", "fee income" not "Income tax benefit".
  bool SaysHead(const Shape& s, const std::set<std::string>& said) const;
  struct Entry {
    const Table* table = nullptr;
    size_t row = 0;
    size_t shape = 0;                    // index in shapes_
    bool per_share = false;              // the label or heading says "per share"
    ValueKind kind = ValueKind::kMoney;  // the row's, or percent in a common-size table
    bool repeat = false;                 // a copy of an earlier row: read only that one
  };
  std::set<std::string> Content(const std::set<std::string>& words) const;
  // The variant words ("diluted") among `words`; whether entry `e` names another variant.
  std::set<std::string> Variants(const std::set<std::string>& words) const;
  bool OtherVariant(const Entry& e, const std::set<std::string>& variants) const;
  // The first column of entry `index` (not the bound cell) in one of `periods` whose cell
  // agrees with `figure`, or -1.
  int AgreeingColumn(size_t index, const Figure& figure, const std::vector<Period>& periods,
                     const CellRef& bound, size_t* compared) const;
  // Whether shape `s`'s label says what the subject's content words say, no more and no less.
  bool Strong(const Shape& s, const std::set<std::string>& said) const;

  const ColumnPeriods& columns_;
  const NarrativeVocabulary& vocab_;
  std::vector<Shape> shapes_;
  std::map<const Table*, std::vector<std::string>> column_qualifiers_;  // QualifierOf each header
  std::vector<Entry> entries_;
  std::map<std::string, std::vector<size_t>> by_word_;         // word -> entries, in order
  std::map<std::string, std::vector<size_t>> shapes_by_word_;  // word -> shapes, each once
  // The copies of one row: the entries of the first two rows of the same shape, label, heading,
  // kind, table unit, column headers and cells (the second stands in when the first holds the
  // bound cell).
  struct Copies {
    size_t first = 0;
    size_t second = SIZE_MAX;
  };
  // A shape's content words -> the distinct rows of that content, in order of first copy.
  std::map<std::set<std::string>, std::vector<Copies>> by_content_;
};

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_LINKING_H_
