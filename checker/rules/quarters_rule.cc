#include "checker/rules/quarters_rule.h"

#include <algorithm>
#include <optional>
#include <regex>
#include <set>
#include <utility>

#include "checker/rules/rule_options.h"

namespace tieout {
namespace {

// 1..4 for a header that names one quarter ("2nd", "Second Quarter", "1993 3RD"), else 0.
int QuarterOf(const std::string& header) {
  static const std::regex kQuarter(R"(\b(1st|2nd|3rd|4th|first|second|third|fourth)\b)",
                                   std::regex::icase);
  int found = 0;
  for (auto it = std::sregex_iterator(header.begin(), header.end(), kQuarter);
       it != std::sregex_iterator(); ++it) {
    if (found) return 0;  // two quarter words: a range or another kind of header
    std::string w = (*it)[1].str();
    std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
    found = w == "1st" || w == "first"    ? 1
            : w == "2nd" || w == "second" ? 2
            : w == "3rd" || w == "third"  ? 3
                                          : 4;
  }
  return found;
}

// The one year (1900-2099) a text names, 0 for none or several.
int OneYear(const std::string& text) {
  static const std::regex kYear(R"(\b(19|20)\d\d\b)");
  std::set<int> years;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kYear);
       it != std::sregex_iterator(); ++it) {
    years.insert(std::stoi(it->str()));
  }
  return years.size() == 1 ? *years.begin() : 0;
}

bool NamesTheYear(const std::string& header) {
  static const std::regex kYearColumn(R"(\b(year|total|annual)\b)", std::regex::icase);
  return std::regex_search(header, kYearColumn);
}

// Four consecutive quarter columns (first to fourth), with their year where the headers name
// one, and the column right after them where it is the year's.
struct QuarterGroup {
  size_t first = 0;
  int year = 0;
  std::optional<size_t> year_column;
};

std::vector<QuarterGroup> QuarterGroups(const Table& table) {
  std::vector<QuarterGroup> out;
  const auto& cols = table.columns;
  for (size_t c = 0; c + 4 <= cols.size(); ++c) {
    bool quarters = true;
    std::string headers;
    for (size_t q = 0; q < 4; ++q) {
      quarters &= QuarterOf(cols[c + q].header) == static_cast<int>(q + 1);
      headers += cols[c + q].header + " ";
    }
    if (!quarters) continue;
    QuarterGroup g{c, OneYear(headers), std::nullopt};
    if (c + 4 < cols.size() && QuarterOf(cols[c + 4].header) == 0 &&
        NamesTheYear(cols[c + 4].header)) {
      g.year_column = c + 4;
    }
    out.push_back(g);
    c += 3;
  }
  return out;
}

// A column that is a whole year: a year alone or twelve months.
bool IsYear(const Period& p) {
  return p.year > 0 && ((p.kind == Period::Kind::kUnknown && p.months == 0) ||
                        (p.kind == Period::Kind::kDuration && p.months == 12));
}

// A figure as shown: money is compared unscaled ("0.110" in a table in millions is 0.110), so
// that a per-share row read as money pairs with one read as per-share.
std::optional<Amount> FigureAt(const Table& table, const Row& row, size_t c) {
  if (c >= row.cells.size() || !row.cells[c].amount) return std::nullopt;
  const Amount& a = *row.cells[c].amount;
  if (row.kind != ValueKind::kMoney || table.scale == 0) return a;
  return Amount{a.value.Shifted(-table.scale), a.precision - table.scale, a.exact};
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
  for (const std::string& concept_name : concepts_) {
    struct QuarterRow {
      const Table* table;
      const Row* row;
      std::vector<QuarterGroup> groups;
    };
    std::vector<QuarterRow> quarter_rows;
    std::vector<std::pair<const Table*, const Row*>> year_rows;
    for (const Table& table : doc.tables) {
      std::vector<QuarterGroup> groups = QuarterGroups(table);
      for (const Row* row : context.concepts.FindRows(table, concept_name)) {
        if (row->kind != ValueKind::kPerShare && row->kind != ValueKind::kMoney) continue;
        if (groups.empty()) {
          year_rows.emplace_back(&table, row);
        } else {
          quarter_rows.push_back({&table, row, groups});
        }
      }
    }
    // Each pair of rows (the year's, the quarters') with the years both show.
    // In the order they are found (the document's order), not by address.
    std::vector<std::pair<std::pair<const Row*, const Row*>, std::vector<YearCheck>>> pairs;
    auto checks_of = [&pairs](const Row* year_row, const Row* quarter_row) {
      for (auto& [rows, checks] : pairs) {
        if (rows.first == year_row && rows.second == quarter_row) return &checks;
      }
      pairs.push_back({{year_row, quarter_row}, {}});
      return &pairs.back().second;
    };
    for (const QuarterRow& q : quarter_rows) {
      for (const QuarterGroup& g : q.groups) {
        int year = g.year ? g.year : OneYear(q.row->section);
        if (g.year_column) {
          checks_of(q.row, q.row)
              ->push_back({q.table, *g.year_column, q.table, q.row, g.first, year});
        }
        if (year == 0) continue;
        for (const auto& [table, row] : year_rows) {
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
