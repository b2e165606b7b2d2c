#include "checker/rules/total_column_rule.h"

#include <algorithm>
#include <cctype>

#include "checker/base/words.h"
#include "checker/rules/rule_options.h"

namespace tieout {

namespace {

// A row's total column is established when it ties in this many rows with two parts shown,
// and fails in one row at most for every this many that tie.
constexpr int kMinTies = 2;
constexpr int kTiesPerFailure = 3;

// What a header says of its own column: a scale note's exceptions name other figures.
std::string HeaderWords(const std::string& header, const Vocabulary& vocabulary) {
  std::string h = NormalizeLabel(header);
  size_t at = vocabulary.ExceptionAt(h);
  return at == std::string::npos ? h : h.substr(0, at);
}

// The words of each column's header without those of a group header spanning it and its
// neighbours ("first quarter 2016 total" beside "first quarter 2016 corporate": "total"): the
// longest run of leading words, and of trailing words, it shares with the column before or after
// it. A header that is all shared keeps its words.
std::vector<std::string> OwnHeaderWords(const std::vector<std::string>& headers) {
  std::vector<std::vector<std::string>> words;
  for (const std::string& h : headers) words.push_back(SpaceSeparatedWords(h));
  std::vector<std::string> out;
  for (size_t c = 0; c < words.size(); ++c) {
    const std::vector<std::string>& w = words[c];
    size_t lead = 0, trail = 0;
    for (size_t n : {c - 1, c + 1}) {
      if (n >= words.size()) continue;  // c - 1 wraps around for the first column
      const std::vector<std::string>& o = words[n];
      size_t k = 0;
      while (k < w.size() && k < o.size() && w[k] == o[k]) ++k;
      lead = std::max(lead, k);
      k = 0;
      while (k < w.size() && k < o.size() && w[w.size() - 1 - k] == o[o.size() - 1 - k]) ++k;
      trail = std::max(trail, k);
    }
    std::string own;
    if (lead + trail < w.size()) {
      for (size_t k = lead; k + trail < w.size(); ++k) own += (own.empty() ? "" : " ") + w[k];
    } else {
      own = headers[c];
    }
    out.push_back(own);
  }
  return out;
}

// Whether a label holds a figure of its own ("Capital expenditures $1,048,275"): the row's
// first figure run into its label, a misread row.
bool HoldsAFigure(const std::string& label) {
  for (size_t k = 0; k + 1 < label.size(); ++k) {
    if (label[k] == '$') {
      size_t n = label.find_first_not_of(' ', k + 1);
      if (n != std::string::npos && std::isdigit(static_cast<unsigned char>(label[n]))) {
        return true;
      }
    }
    if (label[k] == ',' && k > 0 && std::isdigit(static_cast<unsigned char>(label[k - 1])) &&
        k + 3 < label.size() && std::isdigit(static_cast<unsigned char>(label[k + 1])) &&
        std::isdigit(static_cast<unsigned char>(label[k + 2])) &&
        std::isdigit(static_cast<unsigned char>(label[k + 3]))) {
      return true;
    }
  }
  return false;
}

enum class Outcome { kTie, kRounding, kFail };

struct RowRead {
  const Row* row;
  Decimal sum;
  Outcome outcome;
  bool two_parts;  // two parts or more show a figure
  std::string equation;
};

bool Matches(const std::vector<Pattern>& patterns, const std::string& text) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const Pattern& p) { return p.Search(text); });
}

}  // namespace

TotalColumnRule::TotalColumnRule(RuleSpec spec, std::vector<std::string> total_columns,
                                 std::vector<std::string> deducted_columns,
                                 std::vector<std::string> other_rows,
                                 std::optional<RuleSpec> rounding)
    : Rule(std::move(spec)),
      total_sources_(std::move(total_columns)),
      deducted_sources_(std::move(deducted_columns)),
      other_row_sources_(std::move(other_rows)),
      rounding_(std::move(rounding)) {
  for (const std::string& s : total_sources_) total_columns_.emplace_back(s, true);
  for (const std::string& s : deducted_sources_) deducted_columns_.emplace_back(s, true);
  for (const std::string& s : other_row_sources_) other_rows_.emplace_back(s, true);
}

void TotalColumnRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  const Vocabulary& vocabulary = context.vocabulary;
  for (const Table& table : doc.tables) {
    std::vector<bool> additive(table.columns.size());
    std::vector<std::string> headers;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      headers.push_back(HeaderWords(table.columns[c].header, vocabulary));
      additive[c] = !vocabulary.Matches(vocabulary.non_additive_columns, headers[c]) &&
                    !vocabulary.Matches(vocabulary.change_columns, headers[c]);
    }
    // A total column under a group header ("Historical" over "A", "B" and "Total"): its own
    // words name it.
    std::vector<std::string> own = OwnHeaderWords(headers);
    int previous = -1;
    for (size_t t = 0; t < table.columns.size(); ++t) {
      const Column& total = table.columns[t];
      if (!additive[t] ||
          !(Matches(total_columns_, headers[t]) || Matches(total_columns_, own[t]))) {
        continue;
      }
      std::vector<size_t> parts;
      if (previous >= 0) parts.push_back(static_cast<size_t>(previous));
      for (size_t c = static_cast<size_t>(previous + 1); c < t; ++c) {
        if (additive[c]) parts.push_back(c);
      }
      previous = static_cast<int>(t);
      if (parts.size() < 2) continue;
      // Columns of periods other than the total's: a table of periods, not of parts.
      if (std::any_of(parts.begin(), parts.end(), [&](size_t c) {
            return table.columns[c].period != Period() && table.columns[c].period != total.period;
          })) {
        continue;
      }
      std::vector<bool> deducted(parts.size());
      bool any_deducted = false;
      for (size_t k = 0; k < parts.size(); ++k) {
        deducted[k] =
            Matches(deducted_columns_, HeaderWords(table.columns[parts[k]].header, vocabulary));
        any_deducted = any_deducted || deducted[k];
      }
      // Each row read as the parts added (reading 0) and with the deducted columns subtracted.
      std::vector<RowRead> reads[2];
      const std::string header =
          NormalizeLabel(total.header).empty() ? ColumnName(table, t) : total.header;
      std::vector<const Row*> unallocated;  // rows since the last total row without parts shown
      for (const Row& row : table.rows) {
        if (row.is_heading || row.kind != ValueKind::kMoney || row.cells.size() <= t) continue;
        const Cell& shown = row.cells[t];
        if (!shown.amount || shown.text.find('%') != std::string::npos) continue;
        const std::string label = NormalizeLabel(row.label);
        if (HoldsAFigure(row.label) || vocabulary.Matches(vocabulary.non_additive_rows, label) ||
            Matches(other_rows_, label)) {
          continue;
        }
        int figures = 0;
        bool percent = false;
        for (size_t c : parts) {
          if (row.cells[c].amount) ++figures;
          percent = percent || row.cells[c].text.find('%') != std::string::npos;
        }
        bool total_row = vocabulary.Matches(vocabulary.total_rows, label);
        if (!total_row && figures == 0 && !shown.amount->value.is_zero()) {
          unallocated.push_back(&row);
        }
        if (total_row && !unallocated.empty()) {
          // A total of rows of which some show a figure in the total column only (an item
          // the parts do not carry): the parts of the total row need not add to it.
          results->Skip(spec(), shown.span,
                        row.label + " (" + header + "): the total column includes " +
                            std::to_string(unallocated.size()) + " row(s) above without parts (\"" +
                            unallocated.front()->label + "\")");
          unallocated.clear();
          continue;
        }
        if (total_row) unallocated.clear();
        if (figures == 0 || percent) continue;
        for (int reading = 0; reading < (any_deducted ? 2 : 1); ++reading) {
          Decimal sum, half = shown.amount->HalfUnit();
          std::string equation;
          for (size_t k = 0; k < parts.size(); ++k) {
            const Cell& cell = row.cells[parts[k]];
            Decimal v = cell.amount ? cell.amount->value : Decimal();
            bool minus = reading == 1 && deducted[k];
            sum = minus ? sum - v : sum + v;
            if (cell.amount) half = half + cell.amount->HalfUnit();
            equation += (k == 0 ? (minus ? "-" : "") : (minus ? " - " : " + ")) + v.ToDisplay();
          }
          Decimal gap = (sum - shown.amount->value).Abs();
          Outcome o = gap == Decimal() ? Outcome::kTie
                      : gap <= half    ? Outcome::kRounding
                                       : Outcome::kFail;
          reads[reading].push_back({&row, sum, o, figures >= 2, equation});
        }
      }
      if (reads[0].empty()) continue;
      auto count = [](const std::vector<RowRead>& r, Outcome o, bool two) {
        return static_cast<int>(std::count_if(r.begin(), r.end(), [&](const RowRead& x) {
          return x.outcome == o && (!two || x.two_parts);
        }));
      };
      int best = any_deducted && count(reads[1], Outcome::kTie, false) >
                                     count(reads[0], Outcome::kTie, false)
                     ? 1
                     : 0;
      const std::vector<RowRead>& chosen = reads[best];
      int ties = count(chosen, Outcome::kTie, false);
      int fails = count(chosen, Outcome::kFail, false);
      bool established =
          count(chosen, Outcome::kTie, true) >= kMinTies && fails * kTiesPerFailure <= ties;
      const std::string& column = header;
      std::string evidence =
          std::to_string(ties) + " of " + std::to_string(chosen.size()) + " rows";
      if (!established && fails > 0) {
        results->Skip(spec(), table.rows.front().span,
                      "the columns to the left of " + column + " add to it in " + evidence +
                          ", not established");
        continue;
      }
      for (const RowRead& r : chosen) {
        const Cell& shown = r.row->cells[t];
        std::string detail =
            r.row->label + " (" + column + "): " + r.equation + " = " + r.sum.ToDisplay();
        if (r.outcome == Outcome::kTie) {
          results->Pass(spec(), shown.span, detail);
          continue;
        }
        Results::Failure f;
        f.expected = r.sum.ToDisplay();
        f.actual = shown.amount->value.ToDisplay();
        f.difference = (shown.amount->value - r.sum).ToDisplay();
        for (size_t c : parts) {
          if (r.row->cells[c].amount) {
            f.related.emplace_back(r.row->cells[c].span,
                                   table.columns[c].header + " " + r.row->cells[c].text);
          }
        }
        f.values = {{"row", r.row->label}, {"column", column},           {"expected", f.expected},
                    {"actual", f.actual},  {"difference", f.difference}, {"equation", r.equation},
                    {"evidence", evidence}};
        if (r.outcome == Outcome::kRounding) {
          // A pass, with a finding at the rule's rounding severity.
          results->Pass(spec(), shown.span,
                        r.row->label + " (" + column + "): " + r.equation +
                            " within rounding (sum " + f.expected + ", shown " + f.actual + ")");
          if (rounding_) results->AddFinding(*rounding_, shown.span, f);
          continue;
        }
        results->Fail(spec(), shown.span, detail + ", shown " + f.actual + "; ties in " + evidence,
                      f);
      }
    }
  }
}

namespace {
constexpr const char* kDefaultRoundingMessage =
    "{row} adds across only within rounding in {column}: {equation} is {expected}, the total "
    "column shows {actual}";
}  // namespace

std::unique_ptr<Rule> TotalColumnRule::Create(RuleSpec spec, RuleOptions& options) {
  if (!options.Require("total_columns")) return nullptr;
  auto total = options.GetPatterns("total_columns");
  auto deducted = options.GetPatterns("deducted_columns");
  auto other = options.GetPatterns("other_rows");
  if (!total || !deducted || !other) return nullptr;
  std::optional<RuleSpec> rounding;
  if (!options.GetRounding(kDefaultRoundingMessage, &rounding)) return nullptr;
  return std::make_unique<TotalColumnRule>(std::move(spec), std::move(*total), std::move(*deducted),
                                           std::move(*other), std::move(rounding));
}

void TotalColumnRule::StoreOptions(OptionValues* options) const {
  options->Set("total_columns", total_sources_);
  options->Set("deducted_columns", deducted_sources_);
  options->Set("other_rows", other_row_sources_);
  StoreRounding(rounding_, kDefaultRoundingMessage, options);
}

}  // namespace tieout
