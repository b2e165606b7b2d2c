#include "checker/rules/quarters_rule.h"

#include <algorithm>
#include <optional>
#include <regex>
#include <set>
#include <utility>

#include "checker/rules/rule_options.h"
#include "checker/rules/year_figures.h"
#include "checker/vocabulary/pattern.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {
namespace {

// The one year (1900-2099) a text names, 0 for none or several.
int OneYear(const std::string& text) {
  static const Regex kYear(R"(\b(19|20)\d\d\b)");
  std::set<int> years;
  for (auto it = RegexIterator(text.begin(), text.end(), kYear); it != RegexIterator(); ++it) {
    years.insert(std::stoi(it->str()));
  }
  return years.size() == 1 ? *years.begin() : 0;
}

// Four consecutive quarter columns (first to fourth), with their year where the headers name
// one, and the column right after them where it is the year's.
struct QuarterGroup {
  size_t first = 0;
  int year = 0;
  std::optional<size_t> year_column;
};

std::vector<QuarterGroup> QuarterGroups(const Table& table, const QuarterNameWords& names) {
  std::vector<QuarterGroup> out;
  const auto& cols = table.columns;
  if (cols.size() < 4) return out;
  std::vector<int> quarter;
  for (const Column& col : cols) quarter.push_back(QuarterOf(col.header, names));
  for (size_t c = 0; c + 4 <= cols.size(); ++c) {
    bool quarters = true;
    std::string headers;
    for (size_t q = 0; q < 4 && quarters; ++q) {
      quarters = quarter[c + q] == static_cast<int>(q + 1);
      headers += cols[c + q].header + " ";
    }
    if (!quarters) continue;
    QuarterGroup g{c, OneYear(headers), std::nullopt};
    if (c + 4 < cols.size() && quarter[c + 4] == 0 && NamesTheYear(cols[c + 4].header, names)) {
      g.year_column = c + 4;
    }
    out.push_back(g);
    c += 3;
  }
  return out;
}

// The four quarter figures of a row from column `first`, with their sum and its half units;
// nullopt where one is missing.
struct Quarters {
  std::vector<Amount> figures;
  Decimal sum, half;
};
std::optional<Quarters> QuartersOf(const Table& table, const Row& row, size_t first) {
  Quarters out;
  for (size_t q = 0; q < 4; ++q) {
    std::optional<Amount> a = FigureAt(table, row, first + q);
    if (!a) return std::nullopt;
    out.sum = out.sum + a->value;
    out.half = out.half + a->HalfUnit();
    out.figures.push_back(*a);
  }
  return out;
}

// The year rows a quarter row is compared with: those of the nearest tables.
constexpr size_t kNearestYearRows = 4;

// One year of a pair of rows: the year's figure and its four quarters.
struct YearCheck {
  const Table* year_table = nullptr;
  size_t year_column = 0;
  const Table* quarter_table = nullptr;
  const Row* quarter_row = nullptr;
  size_t first_quarter = 0;
  int year = 0;
};

}  // namespace

void QuartersRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  // Per concept: the rows of quarter tables (with their groups) and of the other tables.
  // The quarter columns of each table, read once.
  std::vector<std::vector<QuarterGroup>> groups_of;
  groups_of.reserve(doc.tables.size());
  for (const Table& table : doc.tables)
    groups_of.push_back(QuarterGroups(table, context.vocabulary.quarter_names));
  for (const std::string& concept_name : concepts_) {
    struct QuarterRow {
      size_t table_index;
      const Table* table;
      const Row* row;
      std::vector<QuarterGroup> groups;
    };
    std::vector<QuarterRow> quarter_rows;
    std::vector<TableRow> year_rows;  // in the document's order
    for (size_t t = 0; t < doc.tables.size(); ++t) {
      const Table& table = doc.tables[t];
      const std::vector<QuarterGroup>& groups = groups_of[t];
      for (const Row* row : context.concepts.FindRows(table, concept_name)) {
        if (row->kind != ValueKind::kPerShare && row->kind != ValueKind::kMoney) continue;
        if (groups.empty()) {
          year_rows.push_back({t, &table, row});
        } else {
          quarter_rows.push_back({t, &table, row, groups});
        }
      }
    }
    // Each pair of rows (the year's, the quarters') with the years both show.
    // In the order they are found (the document's order), not by address.
    std::vector<std::pair<std::pair<const Row*, const Row*>, std::vector<YearCheck>>> pairs;
    size_t first_pair = 0;  // the pairs of the quarter row at hand start here
    auto checks_of = [&](const Row* year_row, const Row* quarter_row) {
      for (size_t i = first_pair; i < pairs.size(); ++i) {
        if (pairs[i].first.first == year_row && pairs[i].first.second == quarter_row) {
          return &pairs[i].second;
        }
      }
      pairs.push_back({{year_row, quarter_row}, {}});
      return &pairs.back().second;
    };
    for (const QuarterRow& q : quarter_rows) {
      first_pair = pairs.size();
      // The year rows of the nearest tables only (a handful: a release repeated many times
      // stays linear).
      std::vector<const TableRow*> nearest =
          NearestRows(year_rows, q.table_index, kNearestYearRows);
      for (const QuarterGroup& g : q.groups) {
        int year = g.year ? g.year : OneYear(q.row->section);
        if (g.year_column) {
          checks_of(q.row, q.row)
              ->push_back({q.table, *g.year_column, q.table, q.row, g.first, year});
        }
        if (year == 0) continue;
        for (const TableRow* y : nearest) {
          const Table* table = y->table;
          const Row* row = y->row;
          for (size_t c = 0; c < table->columns.size(); ++c) {
            if (IsYear(table->columns[c].period) && table->columns[c].period.year == year) {
              checks_of(row, q.row)->push_back({table, c, q.table, q.row, g.first, year});
            }
          }
        }
      }
    }
    for (const auto& [rows, checks] : pairs) {
      const Row& year_row = *rows.first;
      struct Outcome {
        const YearCheck* check;
        Amount shown;
        std::vector<Amount> quarters;
        Decimal sum;
        bool ties;
      };
      std::vector<Outcome> outcomes;
      int ties = 0;
      for (const YearCheck& y : checks) {
        std::optional<Amount> shown = FigureAt(*y.year_table, year_row, y.year_column);
        if (!shown) continue;
        std::optional<Quarters> q = QuartersOf(*y.quarter_table, *y.quarter_row, y.first_quarter);
        if (!q) continue;
        const std::vector<Amount>& quarters = q->figures;
        const Decimal& sum = q->sum;
        const Decimal& half = q->half;
        // Amounts per share with decimals against whole amounts (dividends paid in a cash flow
        // statement): another quantity.
        bool decimals = shown->precision < 0;
        if (std::any_of(quarters.begin(), quarters.end(), [&](const Amount& a) {
              return !a.exact && (a.precision < 0) != decimals;
            })) {
          continue;
        }
        bool tie = WithinTolerance(sum, half, shown->value, shown->HalfUnit());
        if (tie && !(sum == Decimal())) ++ties;
        outcomes.push_back({&y, *shown, quarters, sum, tie});
      }
      int fails = static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(),
                                                 [](const Outcome& o) { return !o.ties; }));
      // The year's column beside its quarters: one tie is evidence. In another table the year
      // may be shown before a split or recapitalization the quarters are restated for (or the
      // other way round): two ties at least.
      bool same_row = rows.first == rows.second;
      // Beside its quarters, the other money rows the year column adds up are evidence of it.
      int other_rows = 0;
      if (same_row && !checks.empty()) {
        const YearCheck& y = checks.front();
        for (const Row& row : y.quarter_table->rows) {
          if (&row == y.quarter_row || row.kind != ValueKind::kMoney) continue;
          std::optional<Amount> shown = FigureAt(*y.quarter_table, row, y.year_column);
          std::optional<Quarters> q = QuartersOf(*y.quarter_table, row, y.first_quarter);
          if (shown && q && !(q->sum == Decimal()) &&
              WithinTolerance(q->sum, q->half, shown->value, shown->HalfUnit())) {
            ++other_rows;
          }
        }
      }
      int all_ties = ties + other_rows;
      bool established = same_row ? all_ties >= 1 && fails <= std::max(1, all_ties - 1)
                                  : ties >= 2 && fails <= ties - 1;
      std::string evidence = std::to_string(outcomes.size() - fails) + " of " +
                             std::to_string(outcomes.size()) + " years";
      if (other_rows > 0) {
        evidence += ", and the year's column adds its quarters in " + std::to_string(other_rows) +
                    " other row" + (other_rows > 1 ? "s" : "");
      }
      for (const Outcome& o : outcomes) {
        const YearCheck& y = *o.check;
        const Amount& shown = o.shown;
        std::string column = ColumnName(*y.year_table, y.year_column);
        std::string quarters;
        Results::Failure f;
        for (size_t q = 0; q < 4; ++q) {
          std::string figure = o.quarters[q].value.ToDisplay();
          quarters += (q ? " + " : "") + figure;
          f.related.emplace_back(y.quarter_row->cells[y.first_quarter + q].span,
                                 y.quarter_row->label + " " + figure);
        }
        const SourceSpan& where = year_row.cells[y.year_column].span;
        std::string detail = year_row.label + " (" + column + "): " + quarters + " = " +
                             o.sum.ToDisplay() + ", shown " + shown.value.ToDisplay();
        if (o.ties) {
          results->Pass(spec(), where, detail);
          continue;
        }
        if (!established) {
          results->Skip(
              spec(), where,
              detail + ": the quarters add to the year in " + evidence + ", not established");
          continue;
        }
        f.expected = o.sum.ToDisplay();
        f.actual = shown.value.ToDisplay();
        f.difference = (shown.value - o.sum).ToDisplay();
        f.values = {{"row", year_row.label}, {"column", column},           {"expected", f.expected},
                    {"actual", f.actual},    {"difference", f.difference}, {"quarters", quarters},
                    {"evidence", evidence}};
        results->Fail(spec(), where, detail + "; ties in " + evidence, f);
      }
    }
  }
}

std::unique_ptr<Rule> QuartersRule::Create(RuleSpec spec, RuleOptions& options) {
  if (!options.Require("concepts") || !options.CheckConcepts("concepts")) return nullptr;
  return std::make_unique<QuartersRule>(std::move(spec), options.GetStrings("concepts"));
}

void QuartersRule::StoreOptions(OptionValues* options) const {
  options->Set("concepts", concepts_);
}

}  // namespace tieout
