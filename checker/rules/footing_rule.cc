#include "checker/rules/footing_rule.h"

#include <optional>

namespace tieout {
namespace {

// The longest run of figures a total is read against.
constexpr size_t kMaxWindow = 40;

struct Item {
  const Row* row;
  const Amount* amount;
  bool total;       // a total already checked: it stands for the rows it closed
  bool subtracted;  // the vocabulary calls the row a deduction
};

enum class Sign { kPlus, kFirstLessRest, kDeductions };

struct Reading {
  size_t window = 0;  // how many items from the end of the level
  Sign sign = Sign::kPlus;
  bool negated = false;
  Decimal value;
  Decimal half;
};

Reading Evaluate(const std::vector<Item>& level, size_t window, Sign sign) {
  Reading r;
  r.window = window;
  r.sign = sign;
  size_t first = level.size() - window;
  for (size_t i = first; i < level.size(); ++i) {
    const Amount& a = *level[i].amount;
    bool minus = (sign == Sign::kFirstLessRest && i > first) ||
                 (sign == Sign::kDeductions && level[i].subtracted);
    r.value = minus ? r.value - a.value : r.value + a.value;
    r.half = r.half + a.HalfUnit();
  }
  return r;
}

std::string Formula(const std::vector<Item>& level, const Reading& r) {
  std::string s = r.negated ? "-(" : "";
  size_t first = level.size() - r.window;
  for (size_t i = first; i < level.size(); ++i) {
    bool minus = (r.sign == Sign::kFirstLessRest && i > first) ||
                 (r.sign == Sign::kDeductions && level[i].subtracted);
    if (i > first)
      s += minus ? " - " : " + ";
    else if (minus)
      s += "-";
    s += level[i].amount->value.ToDisplay();
  }
  return s + (r.negated ? ")" : "");
}

bool Ties(const Reading& r, const Amount& total) {
  Decimal v = r.negated ? -r.value : r.value;
  return WithinTolerance(v, r.half, total.value, total.HalfUnit());
}

// Every reading of the windows that end at the top of the level: the `preferred` window first
// (the rows since the last total), then the others, shortest first.
std::vector<Reading> Readings(const std::vector<Item>& level, size_t preferred) {
  std::vector<size_t> windows;
  if (preferred >= 2) windows.push_back(preferred);
  for (size_t w = 2; w <= level.size() && w <= kMaxWindow; ++w) {
    if (w != preferred) windows.push_back(w);
  }
  std::vector<Reading> out;
  for (size_t w : windows) {
    bool any_deduction = false;
    for (size_t i = level.size() - w; i < level.size(); ++i) any_deduction |= level[i].subtracted;
    for (Sign sign : {Sign::kPlus, Sign::kFirstLessRest, Sign::kDeductions}) {
      if (sign == Sign::kDeductions && !any_deduction) continue;
      Reading r = Evaluate(level, w, sign);
      out.push_back(r);
      r.negated = true;
      out.push_back(r);
    }
  }
  return out;
}

// A column with a percentage anywhere holds ratios, not amounts.
bool HasPercent(const Table& table, size_t c) {
  for (const Row& row : table.rows) {
    if (c < row.cells.size() && !row.cells[c].text.empty() && row.cells[c].text.back() == '%') {
      return true;
    }
  }
  return false;
}

}  // namespace

void FootingRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  const Vocabulary& vocabulary = context.vocabulary;
  int evaluated = 0;
  for (const Table& table : doc.tables) {
    std::vector<bool> subtracted(table.rows.size()), named_total(table.rows.size()),
        non_additive(table.rows.size());
    for (size_t i = 0; i < table.rows.size(); ++i) {
      std::string label = NormalizeLabel(table.rows[i].label);
      subtracted[i] = vocabulary.Matches(vocabulary.subtracted_rows, label);
      named_total[i] = vocabulary.Matches(vocabulary.total_rows, label);
      non_additive[i] = vocabulary.Matches(vocabulary.non_additive_rows, label);
    }
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (vocabulary.Matches(vocabulary.non_additive_columns,
                             NormalizeLabel(table.columns[c].header)) ||
          HasPercent(table, c)) {
        continue;
      }
      std::string column = ColumnName(table, c);
      std::vector<Item> level;
      for (size_t ri = 0; ri < table.rows.size(); ++ri) {
        const Row& row = table.rows[ri];
        if (row.is_heading || c >= row.cells.size() || !row.cells[c].amount) continue;
        if (row.kind != ValueKind::kMoney || non_additive[ri]) {
          level.clear();  // per-share, share and percent rows end a run of money figures
          continue;
        }
        Item here{&row, &*row.cells[c].amount, false, subtracted[ri]};
        RuleMark mark = c < row.rule_above.size() ? row.rule_above[c] : RuleMark::kNone;
        if (mark == RuleMark::kDouble) level.clear();
        // A row named as a total without a rule above it is read like one under a separator.
        if (mark == RuleMark::kNone && named_total[ri]) mark = RuleMark::kSeparator;
        if (mark == RuleMark::kNone || mark == RuleMark::kDouble) {
          level.push_back(here);
          continue;
        }
        size_t own_parts = 0;
        while (own_parts < level.size() && !level[level.size() - 1 - own_parts].total) ++own_parts;
        bool strong = mark == RuleMark::kSingle && own_parts >= 2;
        std::vector<Reading> readings = Readings(level, own_parts);
        if (readings.empty()) {
          level.push_back(here);
          continue;
        }
        const Amount& total = *here.amount;
        const Reading* tied = nullptr;
        for (const Reading& r : readings) {
          if (Ties(r, total)) {
            tied = &r;
            break;
          }
        }
        if (tied) {
          ++evaluated;
          results->Pass(spec(), row.cells[c].span,
                        row.label + " (" + column + "): " + Formula(level, *tied) + " = " +
                            total.value.ToDisplay());
          level.resize(level.size() - tied->window);
          here.total = true;
          level.push_back(here);
          continue;
        }
        if (!strong) {
          level.push_back(here);
          continue;
        }
        ++evaluated;
        // Report the plain sum of the rows since the last total: what a reader foots by hand.
        Reading shown = Evaluate(level, own_parts, Sign::kPlus);
        Decimal diff = total.value - shown.value;
        Results::Failure f;
        f.expected = shown.value.ToDisplay();
        f.actual = total.value.ToDisplay();
        f.difference = diff.ToDisplay();
        f.values = {{"row", row.label.empty() ? "total" : row.label},
                    {"column", column},
                    {"expected", f.expected},
                    {"actual", f.actual},
                    {"difference", f.difference},
                    {"parts", std::to_string(own_parts)}};
        for (size_t i = level.size() - own_parts; i < level.size(); ++i) {
          f.related.emplace_back(level[i].row->cells[c].span,
                                 (level[i].row->label.empty() ? "part" : level[i].row->label) +
                                     " " + level[i].amount->value.ToDisplay());
        }
        results->Fail(spec(), row.cells[c].span,
                      row.label + " (" + column + "): " + Formula(level, shown) + " = " +
                          shown.value.ToDisplay() + ", shown " + total.value.ToDisplay(),
                      f);
        level.resize(level.size() - own_parts);
        here.total = true;
        level.push_back(here);
      }
    }
  }
  if (evaluated == 0) results->Skip(spec(), "no table with a total under a rule line");
}

}  // namespace tieout
