#include "checker/rules/change_column_rule.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>

#include "checker/narrative/arithmetic.h"
#include "checker/rules/rule_options.h"
#include "checker/vocabulary/pattern.h"

namespace tieout {
namespace {

bool SaysPercent(const std::string& text) {
  if (text.find('%') != std::string::npos) return true;
  std::string lower = text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find("percent") != std::string::npos;
}

// A column of percentages: its header says so, or most of its figures show '%'.
bool IsPercentColumn(const Table& table, size_t c) {
  if (SaysPercent(table.columns[c].header)) return true;
  int shown = 0, percent = 0;
  for (const Row& row : table.rows) {
    if (c >= row.cells.size() || !row.cells[c].amount) continue;
    ++shown;
    percent += row.cells[c].text.find('%') != std::string::npos;
  }
  return shown > 0 && percent * 2 > shown;
}

// The two columns a change column compares: (current, prior); nullopt when there are not two
// columns of amounts left of it, or their periods are of different lengths or kinds.
std::optional<std::pair<size_t, size_t>> ComparedColumns(const Table& table, size_t change,
                                                         const std::vector<bool>& is_base) {
  std::vector<size_t> found;
  for (size_t c = change; c-- > 0 && found.size() < 2;) {
    if (is_base[c]) found.push_back(c);
  }
  if (found.size() < 2) return std::nullopt;
  size_t left = found[1], right = found[0];
  const Period& a = table.columns[left].period;
  const Period& b = table.columns[right].period;
  if (a.kind != Period::Kind::kUnknown && b.kind != Period::Kind::kUnknown && a.kind != b.kind) {
    return std::nullopt;
  }
  if (a.months > 0 && b.months > 0 && a.months != b.months) return std::nullopt;
  // The later period is the current one; the left one when their periods do not tell.
  auto key = [](const Period& p) { return p.year * 10000 + p.month * 100 + p.day; };
  if (a.year > 0 && b.year > 0 && key(b) > key(a)) return std::make_pair(right, left);
  return std::make_pair(left, right);
}

// The two columns a change column names ("% Change 1Q16 to 4Q15", "2016 vs. 2015"): the one
// column of amounts whose header holds each name as a word; nullopt when a name is in no such
// column or in several.
std::optional<std::pair<size_t, size_t>> NamedColumns(const Table& table, size_t change,
                                                      const std::vector<bool>& is_base) {
  static const Regex kNames(
      R"((?:^|\s)([A-Za-z0-9']*\d[A-Za-z0-9']*)\s+(?:to|vs\.?|versus|over|compared\s+(?:to|with))\s+([A-Za-z0-9']*\d[A-Za-z0-9']*)(?:\s|$))",
      std::regex::icase);
  std::smatch m;
  const std::string& header = table.columns[change].header;
  if (!std::regex_search(header, m, kNames)) return std::nullopt;
  // "2Q16": the calendar quarter ended June 2016, where a column's period says so.
  static const Regex kQuarter(R"(^(?:([1-4])Q|Q([1-4])'?)(\d{2})$)", std::regex::icase);
  auto column_of = [&](const std::string& name) -> std::optional<size_t> {
    std::optional<size_t> found;
    std::smatch q;
    int quarter_month = 0, quarter_year = 0;
    if (std::regex_match(name, q, kQuarter)) {
      quarter_month = 3 * std::stoi(q[1].matched ? q[1].str() : q[2].str());
      int yy = std::stoi(q[3].str());
      quarter_year = yy > 50 ? 1900 + yy : 2000 + yy;
    }
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (!is_base[c]) continue;
      const Period& p = table.columns[c].period;
      if (quarter_month > 0 && p.months == 3 && p.year == quarter_year &&
          p.month == quarter_month) {
        if (found && *found != c) return std::nullopt;
        found = c;
        continue;
      }
      const std::string& h = table.columns[c].header;
      for (size_t at = h.find(name); at != std::string::npos; at = h.find(name, at + 1)) {
        bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(h[at - 1]));
        size_t end = at + name.size();
        bool ends = end == h.size() || !std::isalnum(static_cast<unsigned char>(h[end]));
        if (!starts || !ends) continue;
        if (found && *found != c) return std::nullopt;
        found = c;
        break;
      }
    }
    return found;
  };
  std::optional<size_t> current = column_of(m[1].str()), prior = column_of(m[2].str());
  if (!current || !prior || *current == *prior) return std::nullopt;
  return std::make_pair(*current, *prior);
}

enum class RowOutcome { kAgrees, kFails, kNeither };

struct RowCheck {
  const Row* row = nullptr;
  RowOutcome outcome = RowOutcome::kNeither;
  std::string equation, expected;
  Amount shown;
};

// A change column's figure as printed: a percentage read in a money row of a table "in
// millions" was scaled with the amounts (its precision is at the scale or above), and is taken
// out of it.
std::optional<Amount> PrintedFigure(const Table& table, const Row& row, size_t c) {
  const std::optional<Amount>& a = row.cells[c].amount;
  if (!a || row.kind != ValueKind::kMoney || table.scale <= 0 || a->precision < table.scale) {
    return a;
  }
  return Amount{a->value.Shifted(-table.scale), a->precision - table.scale, a->exact};
}

// A percent change as the change column shows it.
RowCheck CheckPercentRow(const Table& table, const Row& row, size_t current, size_t prior,
                         size_t change) {
  RowCheck out;
  out.row = &row;
  std::optional<Amount> c = row.cells[current].amount, p = row.cells[prior].amount;
  std::optional<Amount> shown = PrintedFigure(table, row, change);
  if (!c || !p || !shown || c->value.is_negative() || p->value.is_negative() ||
      p->value.is_zero()) {
    return out;
  }
  out.shown = *shown;
  Figure stated;
  stated.unit = FigureUnit::kPercent;
  stated.value = shown->value;
  stated.precision = shown->precision;
  int direction = shown->value.is_zero() ? 0 : shown->value.is_negative() ? -1 : 1;
  ArithmeticOutcome result = CheckPercentChange(ShownOf(*p), ShownOf(*c), stated, direction);
  out.equation =
      "(" + c->value.ToDisplay() + " - " + p->value.ToDisplay() + ") / " + p->value.ToDisplay();
  out.expected = RoundedQuotient((c->value - p->value) * Decimal::FromInt(100), p->value,
                                 std::min(shown->precision, 0))
                     .ToDisplay();
  if (result == ArithmeticOutcome::kHolds) {
    out.outcome = RowOutcome::kAgrees;
  } else if (result == ArithmeticOutcome::kDiffers && direction != 0 &&
             CheckPercentChange(ShownOf(*p), ShownOf(*c), stated, -direction) ==
                 ArithmeticOutcome::kDiffers) {
    out.outcome = RowOutcome::kFails;
  }
  return out;
}

// An amount of change: current - prior, signed.
RowCheck CheckAmountRow(const Row& row, size_t current, size_t prior, size_t change) {
  RowCheck out;
  out.row = &row;
  std::optional<Amount> c = row.cells[current].amount, p = row.cells[prior].amount,
                        shown = row.cells[change].amount;
  if (!c || !p || !shown) return out;
  out.shown = *shown;
  Decimal difference = c->value - p->value;
  Decimal half = c->HalfUnit() + p->HalfUnit();
  out.equation = c->value.ToDisplay() + " - " + p->value.ToDisplay();
  out.expected = difference.ToDisplay();
  if (WithinTolerance(difference, half, shown->value, shown->HalfUnit())) {
    out.outcome = RowOutcome::kAgrees;
  } else if (!WithinTolerance(-difference, half, shown->value, shown->HalfUnit())) {
    out.outcome = RowOutcome::kFails;
  }
  return out;
}

// At least three rows that agree, and one that fails at most for every four that agree.
constexpr int kMinAgreeing = 3;
constexpr int kAgreeingPerFailure = 4;

}  // namespace

ChangeColumnRule::ChangeColumnRule(RuleSpec spec, std::vector<std::string> columns,
                                   std::vector<std::string> other_basis_columns)
    : Rule(std::move(spec)),
      column_sources_(std::move(columns)),
      other_basis_sources_(std::move(other_basis_columns)) {
  for (const std::string& source : column_sources_) columns_.emplace_back(source, true);
  for (const std::string& source : other_basis_sources_) {
    other_basis_columns_.emplace_back(source, true);
  }
}

void ChangeColumnRule::Run(const Document& doc, const RuleContext& context,
                           Results* results) const {
  (void)context;
  for (const Table& table : doc.tables) {
    const size_t ncols = table.columns.size();
    if (ncols < 3) continue;
    std::vector<bool> is_change(ncols, false), other_basis(ncols, false), is_base(ncols, false);
    for (size_t c = 0; c < ncols; ++c) {
      const std::string& header = table.columns[c].header;
      auto matches = [&](const Pattern& p) { return p.Search(header); };
      is_change[c] = std::any_of(columns_.begin(), columns_.end(), matches);
      other_basis[c] =
          std::any_of(other_basis_columns_.begin(), other_basis_columns_.end(), matches);
    }
    for (size_t c = 0; c < ncols; ++c) {
      is_base[c] = !is_change[c] && !IsPercentColumn(table, c);
    }
    for (size_t change = 0; change < ncols; ++change) {
      if (!is_change[change] || other_basis[change]) continue;
      std::optional<std::pair<size_t, size_t>> compared = NamedColumns(table, change, is_base);
      if (!compared) compared = ComparedColumns(table, change, is_base);
      if (!compared) continue;
      auto [current, prior] = *compared;
      const bool percent = IsPercentColumn(table, change);
      std::vector<RowCheck> checks;
      int agree = 0, fail = 0;
      for (const Row& row : table.rows) {
        // A row of percentages changes in points, not in percent or amounts.
        if (row.is_heading || row.kind == ValueKind::kPercent || row.cells.size() != ncols ||
            row.cells[current].text.find('%') != std::string::npos ||
            row.cells[prior].text.find('%') != std::string::npos) {
          continue;
        }
        RowCheck check = percent ? CheckPercentRow(table, row, current, prior, change)
                                 : CheckAmountRow(row, current, prior, change);
        if (check.outcome == RowOutcome::kNeither) continue;
        (check.outcome == RowOutcome::kAgrees ? agree : fail) += 1;
        checks.push_back(std::move(check));
      }
      if (checks.empty()) continue;
      const std::string column = ColumnName(table, change);
      const std::string evidence =
          std::to_string(agree) + " of " + std::to_string(checks.size()) + " rows";
      const bool established = agree >= kMinAgreeing && fail * kAgreeingPerFailure <= agree;
      const std::string compares =
          ColumnName(table, current) + " against " + ColumnName(table, prior);
      if (!established && fail > 0) {
        results->Skip(spec(), table.rows.front().span,
                      column + " (" + compares + "): agrees in " + evidence + ", not established");
        continue;
      }
      for (const RowCheck& check : checks) {
        const Row& row = *check.row;
        const SourceSpan& where = row.cells[change].span;
        std::string detail = row.label + " (" + column + ", " + compares + "): " + check.equation +
                             " is " + check.expected + ", shown " + check.shown.value.ToDisplay();
        if (check.outcome == RowOutcome::kAgrees) {
          results->Pass(spec(), where, detail);
          continue;
        }
        Results::Failure f;
        f.expected = check.expected;
        f.actual = check.shown.value.ToDisplay();
        std::optional<Decimal> expected = Decimal::Parse(check.expected);
        f.difference = expected ? (check.shown.value - *expected).ToDisplay() : "";
        f.related.emplace_back(row.cells[current].span,
                               ColumnName(table, current) + " " + row.cells[current].text);
        f.related.emplace_back(row.cells[prior].span,
                               ColumnName(table, prior) + " " + row.cells[prior].text);
        f.values = {{"row", row.label},           {"column", column},
                    {"expected", f.expected},     {"actual", f.actual},
                    {"difference", f.difference}, {"equation", check.equation},
                    {"evidence", evidence}};
        results->Fail(spec(), where, detail + "; agrees in " + evidence, f);
      }
    }
  }
}

std::unique_ptr<Rule> ChangeColumnRule::Create(RuleSpec spec, RuleOptions& options) {
  if (!options.Require("columns")) return nullptr;
  auto columns = options.GetPatterns("columns");
  auto other_basis = options.GetPatterns("other_basis_columns");
  if (!columns || !other_basis) return nullptr;
  return std::make_unique<ChangeColumnRule>(std::move(spec), std::move(*columns),
                                            std::move(*other_basis));
}

void ChangeColumnRule::StoreOptions(OptionValues* options) const {
  options->Set("columns", column_sources_);
  options->Set("other_basis_columns", other_basis_sources_);
}

}  // namespace tieout
