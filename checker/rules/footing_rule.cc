#include "checker/rules/footing_rule.h"

#include <optional>

namespace tieout {
namespace {

struct Part {
  const Row* row;
  const Amount* amount;
};

struct Reading {
  Decimal sum;
  Decimal half;  // the sum of the parts' half-units
};

Reading Add(const std::vector<Part>& parts, bool first_less_rest) {
  Reading r;
  for (size_t i = 0; i < parts.size(); ++i) {
    const Amount& a = *parts[i].amount;
    r.sum = (first_less_rest && i > 0) ? r.sum - a.value : r.sum + a.value;
    r.half = r.half + a.HalfUnit();
  }
  return r;
}

std::string Describe(const std::vector<Part>& parts, bool first_less_rest) {
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) s += (first_less_rest ? " - " : " + ");
    s += parts[i].amount->value.ToDisplay();
  }
  return s;
}

bool Footable(const Row& row, size_t c) {
  return row.kind == ValueKind::kMoney && c < row.cells.size() && row.cells[c].amount.has_value();
}

}  // namespace

void FootingRule::Run(const Document& doc, const RuleContext&, Results* results) const {
  int evaluated = 0;
  for (const Table& table : doc.tables) {
    for (size_t c = 0; c < table.columns.size(); ++c) {
      std::vector<Part> parts;
      std::optional<Part> previous_total;
      for (const Row& row : table.rows) {
        if (row.is_heading) {
          parts.clear();
          previous_total.reset();
          continue;
        }
        if (!Footable(row, c)) {
          if (c < row.cells.size() && row.cells[c].amount && row.kind != ValueKind::kMoney) {
            parts.clear();  // per-share or share rows end a money group
            previous_total.reset();
          }
          continue;
        }
        Part here{&row, &*row.cells[c].amount};
        RuleMark mark = c < row.rule_above.size() ? row.rule_above[c] : RuleMark::kNone;
        if (mark == RuleMark::kDouble) {
          parts.assign(1, here);
          previous_total.reset();
          continue;
        }
        if (mark == RuleMark::kNone) {
          parts.push_back(here);
          continue;
        }
        // A single rule above: this row is a total of what stands above it.
        std::vector<std::vector<Part>> readings;
        if (parts.size() >= 2) readings.push_back(parts);
        if (previous_total && !parts.empty()) {
          std::vector<Part> with_subtotal{*previous_total};
          with_subtotal.insert(with_subtotal.end(), parts.begin(), parts.end());
          readings.push_back(std::move(with_subtotal));
        }
        if (!readings.empty()) {
          ++evaluated;
          const Amount& total = *here.amount;
          bool tied = false;
          std::string how;
          for (const auto& reading : readings) {
            for (bool less : {false, true}) {
              Reading r = Add(reading, less);
              if (WithinTolerance(r.sum, r.half, total.value, total.HalfUnit())) {
                tied = true;
                how = Describe(reading, less);
                break;
              }
            }
            if (tied) break;
          }
          std::string column = ColumnName(table, c);
          if (tied) {
            results->Pass(spec(), row.cells[c].span,
                          row.label + " (" + column + "): " + how + " = " +
                              total.value.ToDisplay());
          } else {
            const std::vector<Part>& shown = readings.front();
            Reading r = Add(shown, false);
            Decimal diff = total.value - r.sum;
            Results::Failure f;
            f.expected = r.sum.ToDisplay();
            f.actual = total.value.ToDisplay();
            f.difference = diff.ToDisplay();
            f.values = {{"row", row.label.empty() ? "total" : row.label},
                        {"column", column},
                        {"expected", f.expected},
                        {"actual", f.actual},
                        {"difference", f.difference},
                        {"parts", std::to_string(shown.size())}};
            for (const Part& p : shown) {
              f.related.emplace_back(p.row->cells[c].span,
                                     (p.row->label.empty() ? "part" : p.row->label) + " " +
                                         p.amount->value.ToDisplay());
            }
            results->Fail(spec(), row.cells[c].span,
                          row.label + " (" + column + "): " + Describe(shown, false) + " = " +
                              r.sum.ToDisplay() + ", shown " + total.value.ToDisplay(),
                          f);
          }
        }
        previous_total = here;
        parts.clear();
      }
    }
  }
  if (evaluated == 0) results->Skip(spec(), "no table with a total under a rule line");
}

}  // namespace tieout
