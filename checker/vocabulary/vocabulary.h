// The words a reader needs to classify rows and notes. They come from the rules file
// (the `vocabulary:` section of rules.yaml), so that no label is written into the code.
#ifndef TIEOUT_VOCABULARY_VOCABULARY_H_
#define TIEOUT_VOCABULARY_VOCABULARY_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "checker/document/document.h"
#include "checker/vocabulary/pattern.h"

namespace tieout {

struct ScalePattern {
  Pattern pattern;
  int power = 0;  // 3 for thousands, 6 for millions
};

// Remembers which labels matched which pattern list. Labels repeat across rows, tables and
// files, and regular expressions are slow: each label is matched once. A copy starts empty.
// Safe to use from several threads at once: each thread keeps its own memory of the matches.
class MatchCache {
 public:
  MatchCache();
  MatchCache(const MatchCache&) : MatchCache() {}
  MatchCache& operator=(const MatchCache&);
  // Whether `normalized` matches a pattern of `patterns` (which must outlive the cache).
  bool Matches(const std::vector<Pattern>& patterns, const std::string& normalized) const {
    return Matches(patterns, LabelId(normalized));
  }
  // The same for the label numbered `label` by LabelId in this thread's current generation.
  bool Matches(const std::vector<Pattern>& patterns, uint32_t label) const;

  // Labels are numbered once per thread, so that each pattern list keeps its answers in a
  // vector by number instead of hashing the label again: the same text, the same number. The
  // numbering starts over (and Generation() changes) when it has grown large, so a sweep over
  // many files does not grow without end; a caller that keeps numbers checks the generation.
  static uint32_t LabelId(const std::string& normalized);
  static uint64_t Generation();

 private:
  uint64_t id_;  // names this cache's entries in each thread's memory; new on assignment
};

// The words of the exceptions a scale note makes ("(in thousands, except net income in
// millions and per share amounts)"): the `scale_exceptions:` entry of the vocabulary. Lowercase
// words, compared with normalized text.
struct ScaleExceptionWords {
  std::vector<std::string> opens;        // "except": the exceptions follow the first of these
  std::vector<std::string> joiners;      // "and": stands between two exceptions, like a comma
  std::vector<std::string> filler;       // "which", "reflected": words around a subject
  std::vector<std::string> other_kinds;  // "share": subjects the row kinds read, not the scale
  std::vector<std::string> per_unit;     // "per": a label of an amount per unit of its heading
};

// The words of column headers that name a quarter by its number and no end date ("First Quarter
// 2023", "Q3 2023"): the `quarter_names:` entry of the vocabulary. Lowercase words, compared with
// the words of the normalized header.
struct QuarterNameWords {
  std::vector<std::vector<std::string>> ordinals;  // {"first", "1st"}, ...: quarters 1 to 4
  std::vector<std::string> quarter;      // "quarter": an ordinal names a quarter before a word
                                         // that begins with one of these
  std::vector<std::string> short_forms;  // "q": one of these and the digit 1-4 ("q3")
  // "year", "total": a column right after four quarter columns whose header has one of these
  // words is the year of those quarters.
  std::vector<std::string> year;
};

struct Vocabulary {
  std::vector<Pattern> per_share_rows;  // "per (common )?share", "^basic$" under such a heading
  std::vector<Pattern> share_rows;      // "weighted average .*shares", "shares outstanding"
  std::vector<ScalePattern> scales;     // "in thousands" -> 3
  std::vector<Pattern> total_rows;      // "^total\\b": a total even without a rule above
  std::vector<Pattern> result_rows;     // "gross profit", "net income": checked when they tie
  std::vector<Pattern> loss_rows;       // "loss from operations": may be shown as a positive figure
  std::vector<Pattern> subtracted_rows;    // "expenses?$", "taxes": read as deductions in footing
  std::vector<Pattern> non_additive_rows;  // "ratio", "days": rows that never foot
  std::vector<Pattern> non_additive_columns;  // "price", "rate": columns that never foot
  // Labels that only qualify the heading above them ("Basic" under "Net income per share:"):
  // such a row is read as its heading says; any other row under a heading that names a concept
  // is a part of it, not the concept.
  std::vector<Pattern> qualifier_rows;
  std::vector<Pattern> basic_rows;      // "basic", "primary": figures per basic share
  std::vector<Pattern> diluted_rows;    // "diluted", "assuming dilution": per diluted share
  std::vector<Pattern> change_columns;  // "% change", "variance": columns of differences
  // Headers of columns of changes since a date or over a period ("Change Compared To March 31,
  // 2019", "Increase (Decrease)"): the date such a header names is not the column's period.
  std::vector<Pattern> comparison_columns;
  // Labels of ratios of two amounts ("Allowance/total loans", "Tier 1 capital to average
  // assets"): a row of such a label whose figures cannot be money at the table's scale, or that
  // continues a run of percentages, is read as percentages.
  std::vector<Pattern> ratio_rows;
  // Parts of net income that have their own per-share row ("continuing operations", "before
  // cumulative effect"), in order: a label names the first that matches.
  std::vector<Pattern> income_qualifiers;
  // Words of labels that leave a label line open ("less", "including"): a label line without
  // figures whose last word (lowercased) matches runs on into the next line. The grammar's
  // joining words ("and", "of") are base/english.h IsJoiningWord.
  std::vector<Pattern> run_on_words;
  // Cells of words in a column of figures ("4 years", "3-5 years"): a text table's reader takes
  // such a cell as a cell without a value instead of ending the row's figures at it. Matched
  // against the cell's text, lowercased.
  std::vector<Pattern> text_cells;
  ScaleExceptionWords scale_exceptions;
  QuarterNameWords quarter_names;

  // The kind of a row, from its label and the heading it stands under.
  ValueKind ClassifyRow(const std::string& label, const std::string& section) const;
  // The scale a note names ("(in thousands, except per share data)"), or -1 for none.
  int ScaleOf(const std::string& note) const;
  // Where the exceptions of a scale note begin in `text` (the first word of
  // scale_exceptions.opens, from `from` on), or npos.
  size_t ExceptionAt(const std::string& text, size_t from = 0) const;
  // The quarter a column header names by its number (quarter_names: "First Quarter 2023", "1st
  // quarter", "Q3"): 1 to 4; 0 for none, or for a header naming two ("Q1 and Q2").
  int NamedQuarter(const std::string& header) const;
  // MatchesAny, remembered: `patterns` is one of this vocabulary's lists.
  bool Matches(const std::vector<Pattern>& patterns, const std::string& normalized) const {
    return cache_.Matches(patterns, normalized);
  }

 private:
  mutable MatchCache cache_;
};

// Lowercases, folds runs of white space, drops dot leaders, footnote marks and trailing colons:
// "NET LOSS PER COMMON SHARE  (Basic and Diluted) ....." -> "net loss per common share (basic
// and diluted)". Concept patterns are matched against this form.
std::string NormalizeLabel(const std::string& label);

bool MatchesAny(const std::vector<Pattern>& patterns, const std::string& normalized);

}  // namespace tieout

#endif  // TIEOUT_VOCABULARY_VOCABULARY_H_
