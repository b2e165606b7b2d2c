#include "checker/rules/footing_rule.h"

#include <algorithm>
#include <regex>

#include "checker/rules/footing_columns.h"
#include "checker/rules/footing_doubt.h"
#include "checker/rules/footing_structure.h"
#include "checker/rules/rule_options.h"

namespace tieout {

using footing::AmountAt;
using footing::AverageColumns;
using footing::BesideAWhole;
using footing::Between;
using footing::Candidate;
using footing::Candidates;
using footing::ColumnResult;
using footing::ColumnWords;
using footing::Digits;
using footing::Doubt;
using footing::Evaluate;
using footing::Evaluation;
using footing::Evidence;
using footing::Formula;
using footing::Item;
using footing::Misprint;
using footing::NamesAPartOf;
using footing::PercentagesOnly;
using footing::PercentFrom;
using footing::PercentsOfAWhole;
using footing::PositiveOthers;
using footing::RepeatedRow;
using footing::RowsOf;
using footing::Sign;
using footing::Tie;

namespace {

// The most rows since the previous total or heading whose last rows alone are tried as a total's
// window.
constexpr size_t kMaxSuffixRows = 12;

// The evidence of a total that no other column can speak for: its layout.
constexpr const char* kLayoutEvidence =
    "no other column, but a rule line and the label Total close these rows";

}  // namespace

FootingRule::FootingRule(RuleSpec spec, std::optional<RuleSpec> rounding,
                         std::vector<std::string> whole_columns)
    : Rule(std::move(spec)),
      rounding_(std::move(rounding)),
      whole_sources_(std::move(whole_columns)) {
  for (const std::string& source : whole_sources_) whole_columns_.emplace_back(source, true);
}

namespace {
constexpr const char* kDefaultRoundingMessage =
    "{row} foots only within rounding in {column}: {equation} is {expected}, the total shows "
    "{actual}";
}  // namespace

std::unique_ptr<Rule> FootingRule::Create(RuleSpec spec, RuleOptions& options) {
  std::optional<RuleSpec> rounding;
  if (!options.GetRounding(kDefaultRoundingMessage, &rounding)) return nullptr;
  std::vector<std::string> whole = options.GetStrings("whole_columns");
  for (const std::string& source : whole) {
    try {
      Pattern p(source, true);
    } catch (const std::regex_error&) {
      options.ProblemAt("whole_columns", "'" + source + "' is not a pattern");
      return nullptr;
    }
  }
  return std::make_unique<FootingRule>(std::move(spec), std::move(rounding), std::move(whole));
}

void FootingRule::StoreOptions(OptionValues* options) const {
  StoreRounding(rounding_, kDefaultRoundingMessage, options);
  options->Set("whole_columns", whole_sources_);
}

void FootingRule::Foot(const Table& table, const std::vector<size_t>& footed,
                       const std::vector<size_t>& until, bool percents,
                       const Vocabulary& vocabulary, Results* results, int* evaluated_out) const {
  int& evaluated = *evaluated_out;
  std::vector<size_t> columns;  // the columns of amounts at the current row
  std::vector<bool> sums;       // columns where a total is the sum of its rows
  const std::vector<bool> averages = AverageColumns(table, vocabulary, &sums);
  std::vector<Item> level;
  ValueKind run_kind = ValueKind::kMoney;  // what the rows of `level` show
  size_t heading_first = 0;                // where the rows since the last heading begin in `level`
  size_t ruled_first = 0;  // where the rows since a line drawn over a heading begin, or 0
  for (size_t ri = 0; ri < table.rows.size(); ++ri) {
    const Row& row = table.rows[ri];
    if (row.is_heading) {
      heading_first = level.size();
      bool ruled = std::any_of(row.rule_above.begin(), row.rule_above.end(), [](RuleMark m) {
        return m == RuleMark::kSingle || m == RuleMark::kDouble;
      });
      if (ruled) ruled_first = level.size();
      continue;
    }
    ruled_first = std::min(ruled_first, level.size());
    columns.clear();
    for (size_t i = 0; i < footed.size(); ++i) {
      if (ri < until[i]) columns.push_back(footed[i]);
    }
    bool any = false;
    RuleMark mark = RuleMark::kNone;
    for (size_t c : columns) {
      if (!AmountAt(table, ri, c)) continue;
      any = true;
      if (c < row.rule_above.size()) mark = std::max(mark, row.rule_above[c]);
    }
    if (!any) continue;
    std::string label = NormalizeLabel(row.label);
    // Among amounts, a row of percentages is a row apart; in columns of percentages every row
    // is one.
    bool percent = !percents && PercentagesOnly(row);
    ValueKind kind = percents && row.kind == ValueKind::kPercent ? ValueKind::kMoney : row.kind;
    if (vocabulary.Matches(vocabulary.non_additive_rows, label)) {
      // Ratio rows end a run of figures; a ratio in percentages between amounts is a row apart
      // like any row of percentages ("ACL/Total loans 0.49%" between its parts).
      if (percent) continue;
      level.clear();
      heading_first = 0;
      continue;
    }
    if (!percent && kind != run_kind) {
      // Per-share figures and share counts foot among themselves ("income before the
      // cumulative effect per share + the effect = net income per share"), never with money.
      level.clear();
      heading_first = 0;
      run_kind = kind;
    }
    Item here{ri,    false, vocabulary.Matches(vocabulary.subtracted_rows, label),
              false, {},    false,
              false, false, {}};
    here.result = vocabulary.Matches(vocabulary.result_rows, label);
    if (mark == RuleMark::kDouble) {
      // A double rule ends a statement; the total it underlines may lead the next one (a
      // reconciliation that starts from it).
      bool keep = !level.empty() && level.back().total;
      bool heading_after = heading_first >= level.size();
      if (keep) level.erase(level.begin(), level.end() - 1);
      if (!keep) level.clear();
      if (keep) level[0].lead = true;
      heading_first = heading_after ? level.size() : 0;
    }
    // A row of percentages ("margin 14.0%") between amounts is a row apart: the run goes on.
    if (percent) continue;
    bool named = vocabulary.Matches(vocabulary.total_rows, label);
    bool result = vocabulary.Matches(vocabulary.result_rows, label);
    bool ruled = mark == RuleMark::kSingle || mark == RuleMark::kSeparator;
    if (named && !level.empty() && !level.back().reopened.empty() && heading_first < level.size()) {
      // A total right under a ruled row that closed its rows by its layout alone: that row was
      // one of the total's parts under a stray line.
      Item part = std::move(level.back());
      level.pop_back();
      for (Item& item : part.reopened) level.push_back(std::move(item));
      part = Item{part.row, false, part.subtracted, false, {}, false, part.result, false, {}};
      level.push_back(std::move(part));
    }
    size_t own_first = level.size();
    while (own_first > 0 && !level[own_first - 1].total && own_first > heading_first) {
      --own_first;
    }
    if (!ruled && !named && !result) {
      // A row without a rule line or a total's name that is the plain sum of the rows since the
      // previous total or heading, exactly in every column and with figures of several digits
      // in two columns or more, is a subtotal all the same: it stands for those rows from here
      // on ("Adjusted cash interest paid" between its parts and the total below).
      Candidate plain{own_first, Sign::kPlus, true};
      Evaluation e;
      int shown = 0;
      if (level.size() - own_first >= 2) {
        e = Evaluate(table, level, plain, ri, columns);
        for (size_t c : columns) shown += AmountAt(table, ri, c) ? 1 : 0;
      }
      if (shown >= 2 && e.exact == shown && e.informative >= 2) {
        ++evaluated;
        for (const ColumnResult& r : e.columns) {
          results->Pass(spec(), row.cells[r.column].span,
                        (row.label.empty() ? std::string("total") : row.label) + " (" +
                            ColumnName(table, r.column) +
                            "): " + Formula(table, level, plain, r.column) + " = " +
                            AmountAt(table, ri, r.column)->value.ToDisplay());
        }
        here.closed = RowsOf(level, own_first);
        level.resize(own_first);
        here.total = true;
        here.established = true;
      }
      level.push_back(here);
      continue;
    }
    if (kind == ValueKind::kPerShare && vocabulary.Matches(vocabulary.per_share_rows, label)) {
      // A row that names itself a per-share figure ("Net earnings per share") is the EPS rule's
      // to check against its per-share parts; footing checks the rows a heading calls per share.
      level.clear();
      heading_first = 0;
      continue;
    }
    size_t own_parts = level.size() - own_first;
    bool first_everywhere = own_first < level.size();
    for (size_t c : columns) {
      // A dash over a total that is not zero is no figure here: the rows below it foot to the
      // total there under any reading.
      const Amount* first =
          own_first < level.size() ? AmountAt(table, level[own_first].row, c) : nullptr;
      const Amount* total = AmountAt(table, ri, c);
      if (total && own_first < level.size() &&
          (!first || (first->exact && !total->value.is_zero()))) {
        first_everywhere = false;
      }
    }
    bool part_of_previous =
        own_first > 0 && level[own_first - 1].total &&
        NamesAPartOf(NormalizeLabel(table.rows[level[own_first - 1].row].label), label);
    std::vector<Candidate> candidates = Candidates(level, own_first, heading_first, ruled_first,
                                                   vocabulary.Matches(vocabulary.loss_rows, label),
                                                   first_everywhere, part_of_previous);
    if (mark == RuleMark::kSeparator && !named && !result) {
      // A row set apart only by a bold label or a line across the labels is not the first of
      // three totals or more less the others: such a reading restates the identity of the statement
      // ("Noncontrolling interests" = total assets - total liabilities - the company's share of
      // equity), not the structure of the row.
      std::erase_if(candidates, [&](const Candidate& k) {
        if (k.sign != Sign::kFirstLessRest || level.size() - k.first < 3) return false;
        return std::all_of(level.begin() + static_cast<long>(k.first), level.end(),
                           [](const Item& item) { return item.total; });
      });
    }

    // The first candidate that agrees in every column; else the first established one.
    const Candidate* chosen = nullptr;
    Evaluation chosen_eval;
    std::vector<Evaluation> evals;
    evals.reserve(candidates.size());
    for (const Candidate& k : candidates) {
      evals.push_back(Evaluate(table, level, k, ri, columns));
      const Evaluation& e = evals.back();
      if (e.n() > 0 && e.wrong == 0 && (e.exact >= 1 || (k.own && k.sign == Sign::kPlus))) {
        chosen = &k;
        chosen_eval = e;
        break;
      }
    }
    std::string doubt;     // why an established structure does not make a finding
    std::string repeated;  // the evidence of trivial ties that repeat one row, if that is all
    if (!chosen) {
      for (size_t i = 0; i < candidates.size() && !chosen; ++i) {
        const Evaluation& e = evals[i];
        // The layout and the label agree on the plain sum of the rows since the previous
        // total: then ties of few digits are evidence too.
        bool layout = named && candidates[i].own && candidates[i].sign == Sign::kPlus &&
                      !candidates[i].negated;
        // Columns where the rows tie trivially (0 = 0 + 0, x = x + 0) are no evidence.
        int needed = std::max(1, std::min(2, e.telling() - 1));
        bool tied = e.informative >= needed || (layout && e.solid >= needed);
        repeated.clear();
        if (e.wrong == 1 && e.agree() == e.n() - 1 && !tied) {
          size_t wrong = 0;
          for (const ColumnResult& r : e.columns) {
            if (r.tie == Tie::kWrong) wrong = r.column;
          }
          int count = 0;
          std::string label = RepeatedRow(table, level, candidates[i], ri, e, wrong, &count);
          if (!label.empty()) {
            repeated = std::to_string(count) + " other columns, where the total repeats " + label;
          }
        }
        if (e.wrong == 1 && e.agree() == e.n() - 1 && (tied || !repeated.empty())) {
          doubt =
              Doubt(table, level, candidates, evals, i, ri, ruled && !named && !result, averages);
          if (!doubt.empty()) break;
          chosen = &candidates[i];
          chosen_eval = e;
        }
      }
    }
    if (!chosen) repeated.clear();
    // The last rows only of those since the previous total or heading ("Total non-performing
    // loans" under the delinquencies that are not part of it): tried when no other reading
    // ties, and taken only when one such window alone ties exactly in three columns or more,
    // and in every column but one at most. Only among a few rows (kMaxSuffixRows), so that the
    // windows tried stay a handful.
    if (!chosen && doubt.empty() && (named || ruled) && level.size() - own_first >= 3 &&
        level.size() - own_first <= kMaxSuffixRows) {
      std::optional<Candidate> found;
      Evaluation found_eval;
      int ties = 0;
      for (size_t first = level.size() - 2; first > own_first; --first) {
        Candidate k{first, Sign::kPlus, false};
        Evaluation e = Evaluate(table, level, k, ri, columns);
        if (e.wrong <= 1 && e.agree() == e.n() - e.wrong && e.informative >= 3 &&
            e.informative >= e.telling() - 1) {
          ++ties;
          found = k;
          found_eval = e;
        }
      }
      if (ties == 1) {
        candidates.push_back(*found);
        evals.push_back(found_eval);
        if (found_eval.wrong == 1) {
          doubt = Doubt(table, level, candidates, evals, candidates.size() - 1, ri,
                        ruled && !named && !result, averages);
        }
        if (doubt.empty()) {
          chosen = &candidates.back();
          chosen_eval = found_eval;
        }
      }
    }
    // No other column can speak (one column, or the others tie trivially): a rule line over a
    // "Total" that closes the rows since the previous total or heading is the evidence, when
    // no other reading of those rows ties in the column.
    bool by_layout = false;
    size_t laid = 0;  // the plain sum of the rows the layout closes, if it is a candidate
    while (laid < candidates.size() &&
           !(candidates[laid].own && candidates[laid].sign == Sign::kPlus &&
             !candidates[laid].negated)) {
      ++laid;
    }
    if (!chosen && doubt.empty() && named && laid < candidates.size()) {
      const Candidate& k = candidates[laid];
      const Evaluation& e = evals[laid];
      const ColumnResult* wrong = nullptr;
      for (const ColumnResult& r : e.columns) {
        if (r.tie == Tie::kWrong) wrong = &r;
      }
      int shown = 0;  // the columns where the total shows a figure: all of them read
      for (size_t c : columns) shown += AmountAt(table, ri, c) ? 1 : 0;
      const Amount* t = wrong ? AmountAt(table, ri, wrong->column) : nullptr;
      // The one column that can speak is the wrong one, every column read.
      const bool one_wrong_column =
          e.wrong == 1 && e.telling() == 1 && e.n() == shown && wrong != nullptr;
      // Two parts or more that are not zero, and a total of two digits or more as shown.
      const bool enough_figures = one_wrong_column && wrong->nonzero_parts >= 2 && Digits(*t) >= 2;
      // A total between its parts is an average as likely as a wrong sum, unless another total
      // of the column is the sum of its rows and these parts are positive figures, none of
      // them the total's own (a total that repeats a row closes that row alone).
      // Share counts under a row the vocabulary names a total ("Total weighted average shares
      // outstanding") are a sum: an average of counts says so.
      const bool said_sum = row.kind == ValueKind::kShares;
      const bool a_sum_not_an_average =
          enough_figures && !averages[wrong->column] &&
          (said_sum ||
           (sums[wrong->column] && PositiveOthers(table, level, k.first, *t, wrong->column)) ||
           !Between(table, level, k.first, ri, wrong->column));
      // The rule line over the total in that column.
      const bool ruled_there = enough_figures && wrong->column < row.rule_above.size() &&
                               (row.rule_above[wrong->column] == RuleMark::kSingle ||
                                row.rule_above[wrong->column] == RuleMark::kSeparator);
      bool alone = one_wrong_column && enough_figures && a_sum_not_an_average && ruled_there;
      // Parts shown at another precision than the total: per-unit figures or a misread. A
      // total that shows one of its parts' figures closes that part alone.
      for (size_t i = k.first; i < level.size() && alone; ++i) {
        const Amount* a = AmountAt(table, level[i].row, wrong->column);
        if (a && !a->exact && (a->precision != t->precision || a->value == t->value)) {
          alone = false;
        }
      }
      for (size_t i = 0; i < evals.size() && alone; ++i) {
        if (i == laid) continue;
        for (const ColumnResult& r : evals[i].columns) {
          if (r.column == wrong->column && r.tie != Tie::kWrong) alone = false;
        }
      }
      if (alone) {
        chosen = &candidates[laid];
        chosen_eval = e;
        by_layout = true;
      }
    }
    if (!chosen) {
      if (ruled || named) {
        ++evaluated;
        std::string why = !doubt.empty()       ? doubt
                          : candidates.empty() ? "fewer than two rows above it to read it against"
                                               : "no reading of the rows above it ties in the "
                                                 "other columns";
        results->Skip(
            spec(), row.span,
            (row.label.empty() ? std::string("total") : row.label) + ": not established: " + why);
      }
      // A total of one row that repeats it in every column stands for that row.
      bool repeats = own_parts == 1;
      for (size_t c : columns) {
        const Amount* t = AmountAt(table, ri, c);
        const Amount* p = repeats ? AmountAt(table, level.back().row, c) : nullptr;
        if (t && (!p || p->value != t->value)) repeats = false;
      }
      // A ruled "Total" under one row read closes it too: the rest of its rows were not read (a
      // row whose figures the reader lost), and it stands for them in what follows.
      bool lone = named && mark == RuleMark::kSingle && own_parts == 1;
      bool closes = (mark == RuleMark::kSingle || named) && (own_parts >= 2 || repeats || lone);
      if (closes) {
        here.closed = RowsOf(level, own_first);
        if (ruled && !named && !result && !row.label.empty() && !repeats && !lone &&
            own_parts >= 2) {
          here.reopened.assign(level.begin() + static_cast<long>(own_first), level.end());
        }
        level.resize(own_first);
        here.total = true;
        here.stands = lone && !repeats;
      }
      level.push_back(here);
      continue;
    }
    ++evaluated;
    const Candidate& k = *chosen;
    std::string name = row.label.empty() ? "total" : row.label;
    for (const ColumnResult& r : chosen_eval.columns) {
      const Amount& total = *AmountAt(table, ri, r.column);
      const Cell& cell = row.cells[r.column];
      std::string column = ColumnName(table, r.column);
      std::string formula = Formula(table, level, k, r.column);
      if (r.tie == Tie::kExact) {
        results->Pass(spec(), cell.span,
                      name + " (" + column + "): " + formula + " = " + total.value.ToDisplay());
        continue;
      }
      Results::Failure f;
      f.expected = r.sum.ToDisplay();
      f.actual = total.value.ToDisplay();
      f.difference = (total.value - r.sum).ToDisplay();
      f.values = {{"row", name},
                  {"column", column},
                  {"expected", f.expected},
                  {"actual", f.actual},
                  {"difference", f.difference},
                  {"equation", formula},
                  {"evidence", by_layout           ? kLayoutEvidence
                               : !repeated.empty() ? repeated
                                                   : Evidence(chosen_eval)},
                  {"parts", std::to_string(level.size() - k.first)}};
      for (size_t i = k.first; i < level.size(); ++i) {
        const Amount* a = AmountAt(table, level[i].row, r.column);
        if (!a) continue;
        const Row& part = table.rows[level[i].row];
        f.related.emplace_back(
            part.cells[r.column].span,
            (part.label.empty() ? "part" : part.label) + " " + a->value.ToDisplay());
      }
      std::string misprint = Misprint(table, level, k, r.column, r.sum, total);
      if (!misprint.empty()) f.values["difference"] = f.difference + "; " + misprint;
      std::string sums = formula + " = " + f.expected + ", shown " + f.actual;
      if (r.tie == Tie::kRounding) {
        std::string detail = name + " (" + column + "): " + sums + ": within rounding (sum " +
                             f.expected + ", shown " + f.actual + ")";
        results->Pass(spec(), cell.span, detail);
        // Percentages of a whole are each rounded from their amounts: that they foot only
        // within rounding is no news.
        if (rounding_ && !percents) results->AddFinding(*rounding_, cell.span, f);
        continue;
      }
      results->Fail(spec(), cell.span,
                    name + " (" + column + "): " + sums + "; ties in " + f.values["evidence"], f);
    }
    here.closed = RowsOf(level, k.first);
    level.resize(k.first);
    here.total = true;
    here.established = true;
    level.push_back(here);
  }
}

void FootingRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  const Vocabulary& vocabulary = context.vocabulary;
  int evaluated = 0;
  for (const Table& table : doc.tables) {
    std::vector<size_t> additive;      // columns whose header allows amounts
    std::vector<size_t> percent_from;  // per additive column, where its percentages begin
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (vocabulary.Matches(vocabulary.non_additive_columns,
                             ColumnWords(table.columns[c].header, vocabulary))) {
        continue;
      }
      size_t from = PercentFrom(table, c, vocabulary);
      if (from == 0) continue;
      additive.push_back(c);
      percent_from.push_back(from);
    }
    if (!additive.empty()) {
      Foot(table, additive, percent_from, false, vocabulary, results, &evaluated);
    }
    // Columns of percentages of a whole (market shares, "as a % of net revenues") foot
    // like amounts, among themselves.
    std::vector<size_t> wholes;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      std::string header = ColumnWords(table.columns[c].header, vocabulary);
      bool named = std::any_of(whole_columns_.begin(), whole_columns_.end(),
                               [&](const Pattern& p) { return p.Search(header); });
      if (PercentsOfAWhole(table, c, vocabulary, named)) wholes.push_back(c);
    }
    // A column of percentages beside them whose whole is not 100 (misprinted) is one too.
    if (!wholes.empty()) {
      std::vector<size_t> beside;
      for (size_t c = 0; c < table.columns.size(); ++c) {
        if (std::find(wholes.begin(), wholes.end(), c) != wholes.end()) continue;
        if (BesideAWhole(table, c, wholes, vocabulary)) beside.push_back(c);
      }
      wholes.insert(wholes.end(), beside.begin(), beside.end());
      std::sort(wholes.begin(), wholes.end());
    }
    // One such column alone has only its layout for evidence, and a column of growth rates can
    // show 100 first ("100.0%" for a line new this year): two or more, or none.
    if (wholes.size() >= 2) {
      Foot(table, wholes, std::vector<size_t>(wholes.size(), table.rows.size()), true, vocabulary,
           results, &evaluated);
    }
  }
  if (evaluated == 0) results->Skip(spec(), "no table with a total");
}

}  // namespace tieout
