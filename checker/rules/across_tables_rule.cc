#include "checker/rules/across_tables_rule.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "checker/document/quarter_calendar.h"
#include "checker/rules/rule_options.h"
#include "checker/rules/year_figures.h"

namespace tieout {
namespace {

// The tables of a concept a row is compared with: the nearest ones.
constexpr size_t kNearestRows = 4;
// How far above a row its qualifying heading is looked for.
constexpr size_t kHeadingsAbove = 20;

enum class Qualifier { kNone, kBasic, kDiluted, kBoth };

Qualifier QualifierOf(const std::string& normalized, const Vocabulary& vocabulary) {
  bool basic = vocabulary.Matches(vocabulary.basic_rows, normalized);
  bool diluted = vocabulary.Matches(vocabulary.diluted_rows, normalized);
  return basic && diluted ? Qualifier::kBoth
         : basic          ? Qualifier::kBasic
         : diluted        ? Qualifier::kDiluted
                          : Qualifier::kNone;
}

// Figures of `rows` (one concept, in two tables at least) in columns that name a quarter but not
// its end, which the document's fiscal calendar does not establish (FiscalQuarterCalendar): no
// other table's figure can be paired with them, a skipped check with the reason.
void SkipUndatedQuarters(const Document& doc, const Vocabulary& vocabulary, const RuleSpec& spec,
                         const std::vector<TableRow>& rows, Results* results) {
  std::optional<QuarterCalendar> calendar;
  for (const TableRow& r : rows) {
    if (std::none_of(rows.begin(), rows.end(),
                     [&](const TableRow& o) { return o.table_index != r.table_index; })) {
      return;
    }
    for (size_t c = 0; c < r.table->columns.size() && c < r.row->cells.size(); ++c) {
      const Period& p = r.table->columns[c].period;
      const std::string& header = r.table->columns[c].header;
      if (p.month != 0 || p.kind == Period::Kind::kInstant ||
          (p.kind == Period::Kind::kDuration && p.months != 3) || !r.row->cells[c].amount ||
          vocabulary.Matches(vocabulary.change_columns, NormalizeLabel(header))) {
        continue;
      }
      int quarter = vocabulary.NamedQuarter(header);
      if (quarter == 0) continue;
      std::string why = "the header names no year";
      if (p.year != 0) {
        if (!calendar) calendar = FiscalQuarterCalendar(doc);
        calendar->QuarterOf(quarter, p.year, &why);
      }
      results->Skip(spec, r.row->cells[c].span,
                    r.row->label + " (" + ColumnName(*r.table, c) +
                        "): " + r.row->cells[c].amount->value.ToDisplay() +
                        ": the column names a quarter but not its end: " + why);
    }
  }
}

// A period known well enough to say two columns show the same one.
bool Known(const Period& p) {
  return p.year > 0 && (p.kind != Period::Kind::kUnknown || p.months == 0);
}

// What two columns must share to show the same period: a year alone and twelve months ended in
// that year are the same fiscal year.
std::string PeriodKey(const Period& p) {
  return IsYear(p) ? "year " + std::to_string(p.year) : p.ToString();
}

bool Agree(const Amount& a, const Amount& b) {
  if (a.precision == b.precision) return a.value == b.value;
  return WithinTolerance(a.value, a.HalfUnit(), b.value, b.HalfUnit());
}

// Three significant digits at least: an agreement of money that is no coincidence.
bool Significant(const Amount& a) { return a.value.Abs() >= Decimal(100, a.precision); }

// `text` without the first match of `pattern`, trimmed; whether it matched in `*found`.
std::string Without(const std::string& text, const Pattern& pattern, bool* found = nullptr) {
  std::smatch m;
  if (!pattern.Search(text, &m)) return text;
  if (found) *found = true;
  std::string out = m.prefix().str() + " " + m.suffix().str();
  size_t b = out.find_first_not_of(" ,");
  size_t e = out.find_last_not_of(" ,");
  return b == std::string::npos ? "" : out.substr(b, e - b + 1);
}

constexpr const char* kDefaultScaleMessage =
    "{row} shows {actual} in {column} and {other} shows {expected} for the same period: at "
    "their tables' scales the figures are {factor} times apart (the scale of one table is read "
    "wrongly or printed wrongly)";

}  // namespace

AcrossTablesRule::AcrossTablesRule(RuleSpec spec, std::vector<std::string> concepts,
                                   std::vector<std::string> other_basis,
                                   std::vector<std::string> distinct, MoneyOptions money,
                                   SegmentOptions segments)
    : Rule(std::move(spec)),
      concepts_(std::move(concepts)),
      other_basis_(std::move(other_basis)),
      distinct_(std::move(distinct)),
      money_(std::move(money)),
      segments_(std::move(segments)) {
  for (auto [from, to] : {std::pair{&segments_.tables, &segment_tables_},
                          {&segments_.measure, &segment_measure_},
                          {&segments_.other, &segment_other_},
                          {&segments_.totals, &segment_totals_},
                          {&segments_.consolidated, &consolidated_}}) {
    for (const std::string& p : *from) to->emplace_back(p, true);
  }
  for (const std::string& p : other_basis_) other_basis_patterns_.emplace_back(p, true);
  for (const std::string& p : distinct_) distinct_patterns_.emplace_back(p, true);
  for (const std::string& p : money_.strip) strip_patterns_.emplace_back(p, true);
  if (!money_.at_end.empty()) at_end_.emplace(money_.at_end, true);
  if (!money_.reconciliation.empty()) reconciliation_.emplace(money_.reconciliation, true);
  if (money_.scale) {
    RuleSpec r = this->spec();
    r.severity = *money_.scale;
    r.message = money_.scale_message;
    scale_spec_ = std::move(r);
  }
}

int AcrossTablesRule::DistinctQualifier(const std::string& text) const {
  for (size_t i = 0; i < distinct_patterns_.size(); ++i) {
    if (distinct_patterns_[i].Search(text)) return static_cast<int>(i);
  }
  return -1;
}

bool AcrossTablesRule::OtherBasis(const std::string& text) const {
  for (const Pattern& r : other_basis_patterns_) {
    if (r.Search(text)) return true;
  }
  return false;
}

// Whether column `c` may be compared: its period known, shown in no other column of its table
// (two columns of one period are a misread header or another basis), its header neither another
// basis nor a change between periods.
bool AcrossTablesRule::Comparable(const Table& table, size_t c,
                                  const Vocabulary& vocabulary) const {
  const Column& col = table.columns[c];
  if (!Known(col.period) || OtherBasis(col.header) ||
      vocabulary.Matches(vocabulary.change_columns, NormalizeLabel(col.header))) {
    return false;
  }
  for (size_t k = 0; k < table.columns.size(); ++k) {
    if (k != c && PeriodKey(table.columns[k].period) == PeriodKey(col.period)) return false;
  }
  return true;
}

std::string AcrossTablesRule::OwnLabel(const Row& row, bool* ends) const {
  std::string label = NormalizeLabel(row.label);
  for (const Pattern& p : strip_patterns_) label = Without(label, p);
  if (at_end_) label = Without(label, *at_end_, ends);
  return label;
}

void AcrossTablesRule::Run(const Document& doc, const RuleContext& context,
                           Results* results) const {
  if (doc.tables.size() < 2) return;
  if (!segment_tables_.empty()) {
    RunSegments(doc, context, results);
    return;
  }
  const Vocabulary& vocabulary = context.vocabulary;
  for (const std::string& concept_name : concepts_) {
    // Per qualifier, the rows of the concept in the document's order.
    std::map<std::pair<Qualifier, int>, std::vector<TableRow>> rows_of;
    std::set<const Row*> at_end;  // rows whose figures are at the end of their column's period
    for (size_t t = 0; t < doc.tables.size(); ++t) {
      const Table& table = doc.tables[t];
      if (OtherBasis(table.title) && !(reconciliation_ && reconciliation_->Search(table.title))) {
        continue;
      }
      for (const Row& each : table.rows) {
        if (!each.has_values()) continue;
        const Row* row = &each;
        // The label names the concept, or says only basic or diluted under a heading that
        // does ("Net income" under "Earnings per share computation:" is not EPS). Money too: a
        // share count the reader took for money, compared as shown. Scaled money: the label
        // itself, without the marks the rule strips, names the concept.
        if (row->kind == ValueKind::kPercent) continue;
        bool ends = false;
        Row own;
        own.label = OwnLabel(*row, &ends);
        const std::string& label = own.label;
        if (money_.scaled) {
          if (row->kind != ValueKind::kMoney || !context.concepts.Matches(own, concept_name)) {
            continue;
          }
          if (ends) at_end.insert(row);
        } else if (!context.concepts.Matches(*row, concept_name)) {
          continue;
        }
        // A label that only qualifies its heading: "Basic", or a per-share figure's "Net income"
        // under "Basic earnings per share:" (with decimals: not the numerator of a computation).
        bool decimals = std::all_of(row->cells.begin(), row->cells.end(), [](const Cell& c) {
          return !c.amount || c.amount->exact || c.amount->precision < 0;
        });
        bool only_qualifies = vocabulary.Matches(vocabulary.qualifier_rows, label) &&
                              (QualifierOf(label, vocabulary) != Qualifier::kNone ||
                               (row->kind == ValueKind::kPerShare && decimals));
        if (!context.concepts.Matches(own, concept_name) &&
            (row->kind == ValueKind::kMoney || !only_qualifies)) {
          continue;
        }
        bool other = OtherBasis(row->label);
        for (const std::string& h : row->section_path) other |= OtherBasis(h);
        if (other) continue;
        Qualifier q = QualifierOf(label, vocabulary);
        int distinct = DistinctQualifier(label);
        if (q == Qualifier::kNone) {
          // A qualifier only in a heading above it (the nearest that names one): the count a
          // basic computation divides by is basic, but a diluted computation starts from the
          // basic count.
          size_t at = static_cast<size_t>(row - table.rows.data());
          for (size_t k = at; k-- > 0 && at - k <= kHeadingsAbove;) {
            if (!table.rows[k].is_heading) continue;
            std::string heading = NormalizeLabel(table.rows[k].label);
            q = QualifierOf(heading, vocabulary);
            distinct = DistinctQualifier(heading);
            if (q != Qualifier::kNone) break;
          }
          if (q != Qualifier::kNone && q != Qualifier::kBasic) continue;
        }
        rows_of[{q, distinct}].push_back({t, &table, row});
      }
    }
    for (const auto& [qualifier, rows] : rows_of) {
      SkipUndatedQuarters(doc, vocabulary, spec(), rows, results);
      Compare(doc, context, rows, rows, at_end, {}, results);
    }
  }
}

void AcrossTablesRule::RunSegments(const Document& doc, const RuleContext& context,
                                   Results* results) const {
  const Vocabulary& vocabulary = context.vocabulary;
  auto any = [](const std::vector<Pattern>& patterns, const std::string& text) {
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const Pattern& p) { return p.Search(text); });
  };
  std::vector<TableRow> totals, consolidated;
  std::map<const Row*, std::string> names;
  for (size_t t = 0; t < doc.tables.size(); ++t) {
    const Table& table = doc.tables[t];
    if (OtherBasis(table.title) && !(reconciliation_ && reconciliation_->Search(table.title))) {
      continue;
    }
    // Whether the title or a heading names segments.
    bool segments = any(segment_tables_, NormalizeLabel(table.title));
    for (const Row& row : table.rows) {
      segments = segments || (row.is_heading && any(segment_tables_, NormalizeLabel(row.label)));
    }
    std::string heading;  // the group's heading, normalized; as shown in `shown`
    std::string shown;
    size_t group = 0;  // the group's first row
    for (size_t i = 0; i < table.rows.size(); ++i) {
      const Row& row = table.rows[i];
      if (row.is_heading) {
        heading = NormalizeLabel(row.label);
        shown = row.label.substr(0, row.label.find_last_not_of(" :") + 1);
        group = i + 1;
        continue;
      }
      if (row.kind != ValueKind::kMoney || !row.has_values()) continue;
      bool other = OtherBasis(row.label);
      for (const std::string& h : row.section_path) other |= OtherBasis(h);
      if (other) continue;
      bool ends = false;
      Row own;
      own.label = OwnLabel(row, &ends);
      bool revenue = any(consolidated_, own.label) ||
                     std::any_of(concepts_.begin(), concepts_.end(), [&](const std::string& c) {
                       return context.concepts.Matches(own, c);
                     });
      if (!segments) {
        if (revenue && !ends) consolidated.push_back({t, &table, &row});
        continue;
      }
      // A segment table: its groups' closing totals. The group ends at the next heading.
      bool last = i + 1 == table.rows.size() || table.rows[i + 1].is_heading;
      bool closes = revenue || any(segment_totals_, own.label);
      if (!last || group >= i) continue;
      std::string naming = heading.empty() ? NormalizeLabel(table.title) : heading;
      std::string name = row.label + (heading.empty() ? " of the segments" : " under " + shown);
      const SourceSpan& where = row.cells[0].span;
      if (!closes) {
        // Reconciling rows after the segments' total ("Corporate and other", "Eliminations").
        bool total_above = false;
        for (size_t k = group; k < i; ++k) {
          total_above |= any(segment_totals_, NormalizeLabel(table.rows[k].label));
        }
        if (total_above && any(segment_measure_, naming) && !any(segment_other_, naming)) {
          results->Skip(spec(), where,
                        name +
                            ": rows follow the segments' total (reconciling items), not "
                            "compared with the consolidated revenues");
        }
        continue;
      }
      // The measure: named by the heading (or title), or by the total's own label under a
      // heading that names no other measure.
      bool measure = !any(segment_other_, naming) && (any(segment_measure_, naming) || revenue);
      if (!measure) {
        results->Skip(spec(), where,
                      name +
                          (any(segment_other_, naming) ? ": a segment total of another measure"
                                                       : ": a segment total of no named measure") +
                          ", not compared with the consolidated revenues");
        continue;
      }
      // A total that names the segments ("Total segment net sales") may stand before
      // reconciling rows printed elsewhere: not the consolidated figure.
      if (any(segment_tables_, own.label)) {
        results->Skip(spec(), where,
                      name +
                          ": a total of the segments before reconciling items, not compared "
                          "with the consolidated revenues");
        continue;
      }
      // The group's other rows foot to it in every column compared, its subtotals left out:
      // rows named a total, and rows the rows since the previous subtotal sum to exactly
      // ("Software revenues" over its lines, without "Total").
      std::vector<size_t> compared;
      for (size_t c = 0; c < table.columns.size(); ++c) {
        if (c < row.cells.size() && row.cells[c].amount && Comparable(table, c, vocabulary)) {
          compared.push_back(c);
        }
      }
      auto value = [&](size_t k, size_t c) {
        const Row& r = table.rows[k];
        return c < r.cells.size() && r.cells[c].amount ? r.cells[c].amount->value : Decimal();
      };
      std::vector<size_t> leaves;
      size_t since = 0;  // leaves since the previous subtotal begin at leaves[since]
      for (size_t k = group; k < i; ++k) {
        bool subtotal = any(segment_totals_, NormalizeLabel(table.rows[k].label));
        if (!subtotal && leaves.size() - since >= 2) {
          subtotal = true;
          for (size_t c : compared) {
            Decimal sum;
            for (size_t l = since; l < leaves.size(); ++l) sum = sum + value(leaves[l], c);
            subtotal = subtotal && !sum.is_zero() && sum == value(k, c);
          }
        }
        if (subtotal) {
          since = leaves.size();
        } else {
          leaves.push_back(k);
        }
      }
      bool foots = !compared.empty() && leaves.size() >= 2;
      for (size_t c : compared) {
        Decimal sum, half;
        for (size_t k : leaves) {
          const Row& part = table.rows[k];
          if (c >= part.cells.size() || !part.cells[c].amount) continue;
          sum = sum + part.cells[c].amount->value;
          half = half + part.cells[c].amount->HalfUnit();
        }
        const Amount& shown = *row.cells[c].amount;
        foots = foots && WithinTolerance(sum, half, shown.value, shown.HalfUnit());
      }
      if (!foots) {
        results->Skip(spec(), where,
                      name +
                          ": the rows above it do not foot to it, not established as the "
                          "segments' total");
        continue;
      }
      names[&row] = name;
      totals.push_back({t, &table, &row});
    }
  }
  Compare(doc, context, totals, consolidated, {}, names, results);
}

void AcrossTablesRule::Compare(const Document& doc, const RuleContext& context,
                               const std::vector<TableRow>& rows,
                               const std::vector<TableRow>& partners,
                               const std::set<const Row*>& at_end,
                               const std::map<const Row*, std::string>& names,
                               Results* results) const {
  const Vocabulary& vocabulary = context.vocabulary;
  auto name = [&](const Row* row) {
    auto it = names.find(row);
    return it == names.end() ? row->label : it->second;
  };
  struct Outcome {
    const TableRow* a;
    const TableRow* b;
    size_t ca, cb;
    int shift;  // b's figure at a's unit: times 10^shift
    bool agree;
    std::string evidence;  // of the pair
  };
  std::vector<Outcome> failures;
  // (row, column) -> in how many established pairs the figure agrees with the other row's.
  std::map<std::pair<const Row*, size_t>, int> support;
  std::set<std::pair<const Row*, const Row*>> seen;
  struct ScalePair {
    const TableRow* a;
    const TableRow* b;
    std::vector<std::pair<size_t, size_t>> columns;
    int shift;
  };
  std::vector<ScalePair> scales;
  // A figure as shown, or scaled money.
  auto value_at = [&](const TableRow* r, size_t c) -> std::optional<Amount> {
    if (!money_.scaled) return FigureAt(*r->table, *r->row, c);
    if (c >= r->row->cells.size()) return std::nullopt;
    return r->row->cells[c].amount;
  };
  auto figure = [&](const TableRow* r, size_t c, int shift) {
    Amount a = *value_at(r, c);
    a.value = a.value.Shifted(shift);
    a.precision += shift;
    return a;
  };
  // The period a figure is of: its column's, or the instant that ends it.
  auto key = [&](const TableRow* r, size_t c) -> std::string {
    const Period& p = r->table->columns[c].period;
    if (!at_end.count(r->row)) return PeriodKey(p);
    if (p.kind != Period::Kind::kDuration || p.month == 0 || p.day == 0) return "";
    Period end = p;
    end.kind = Period::Kind::kInstant;
    end.months = 0;
    return end.ToString();
  };
  size_t nearest = &rows == &partners ? kNearestRows + 1 : kNearestRows;
  for (const TableRow& a : rows) {
    for (const TableRow* b : NearestRows(partners, a.table_index, nearest)) {
      if (b->table_index == a.table_index) continue;
      const TableRow* first = b->table_index < a.table_index ? b : &a;
      const TableRow* second = first == &a ? b : &a;
      if (!seen.insert({first->row, second->row}).second) continue;
      // The columns of the same period where both show a figure.
      std::vector<std::pair<size_t, size_t>> columns;
      for (size_t ca = 0; ca < first->table->columns.size(); ++ca) {
        if (!Comparable(*first->table, ca, vocabulary)) continue;
        std::string first_key = key(first, ca);
        if (first_key.empty()) continue;
        for (size_t cb = 0; cb < second->table->columns.size(); ++cb) {
          if (key(second, cb) != first_key || !Comparable(*second->table, cb, vocabulary) ||
              !value_at(first, ca) || !value_at(second, cb)) {
            continue;
          }
          columns.push_back({ca, cb});
        }
      }
      // The unit of one table against the other's (share counts in thousands in one, in
      // millions in the other): the one under which the most periods agree.
      // Scaled money agrees at one unit; agreeing only at another is a scale misread.
      int shift = 0, agree = -1, scale_shift = 0;
      for (int k : {0, 3, -3, 6, -6}) {
        int n = 0, all = 0;
        for (auto [ca, cb] : columns) {
          Amount x = figure(first, ca, 0), y = figure(second, cb, k);
          bool same = Agree(x, y);
          all += same ? 1 : 0;
          n += same && !x.value.is_zero() && !x.exact && (!money_.scaled || Significant(x)) ? 1 : 0;
        }
        if (money_.scaled && k != 0) {
          if (agree == 0 && n > 0 && all == static_cast<int>(columns.size())) scale_shift = k;
          continue;
        }
        if (n > agree) agree = n, shift = k;
      }
      if (scale_shift != 0) {
        scales.push_back({first, second, columns, scale_shift});
        continue;
      }
      std::vector<Outcome> outcomes;
      int disagree = 0;
      for (auto [ca, cb] : columns) {
        bool same = Agree(figure(first, ca, 0), figure(second, cb, shift));
        disagree += same ? 0 : 1;
        outcomes.push_back({first, second, ca, cb, shift, same, ""});
      }
      bool established = agree >= (money_.scaled ? 1 : 2) && disagree <= 1;
      std::string evidence =
          std::to_string(agree) + " of " + std::to_string(outcomes.size()) + " periods";
      for (Outcome& o : outcomes) {
        o.evidence = evidence;
        std::string column = ColumnName(*o.a->table, o.ca);
        Amount x = *FigureAt(*o.a->table, *o.a->row, o.ca);
        Amount y = *FigureAt(*o.b->table, *o.b->row, o.cb);
        std::string detail = name(o.a->row) + " (" + column + "): " + x.value.ToDisplay() +
                             ", and " + y.value.ToDisplay() + " in \"" + name(o.b->row) +
                             "\" at line " + std::to_string(doc.Locate(o.b->row->span.begin).line);
        const SourceSpan& where = o.a->row->cells[o.ca].span;
        if (o.agree) {
          results->Pass(spec(), where, detail);
          if (established) {
            ++support[{o.a->row, o.ca}];
            ++support[{o.b->row, o.cb}];
          }
        } else if (!established) {
          results->Skip(spec(), where,
                        detail + ": the rows agree in " + evidence + ", not established");
        } else {
          failures.push_back(o);
        }
      }
    }
  }
  // Each disagreement once, at the figure fewer of the other rows support.
  std::set<std::pair<const Row*, size_t>> reported;
  for (ScalePair& p : scales) {
    auto [ca, cb] = p.columns.front();
    if (support[{p.b->row, cb}] < support[{p.a->row, ca}]) {
      std::swap(p.a, p.b);
      for (auto& [x, y] : p.columns) std::swap(x, y);
      p.shift = -p.shift;
    }
    if (!scale_spec_ || !reported.insert({p.a->row, p.columns.front().first}).second) continue;
    ScaleFinding(doc, *p.a, *p.b, name(p.a->row), name(p.b->row), p.columns, p.shift, results);
  }
  for (const Outcome& f : failures) {
    // Equally supported: at the row shown under another name (a segment total, not the
    // statement's figure).
    int support_a = support[{f.a->row, f.ca}], support_b = support[{f.b->row, f.cb}];
    bool at_b = support_b < support_a ||
                (support_b == support_a && names.count(f.b->row) && !names.count(f.a->row));
    const TableRow* here = at_b ? f.b : f.a;
    const TableRow* there = at_b ? f.a : f.b;
    size_t c_here = at_b ? f.cb : f.ca, c_there = at_b ? f.ca : f.cb;
    Amount shown = *FigureAt(*here->table, *here->row, c_here);
    Amount other = *FigureAt(*there->table, *there->row, c_there);
    if (!reported.insert({here->row, c_here}).second) continue;
    std::string column = ColumnName(*here->table, c_here);
    int line = doc.Locate(there->row->span.begin).line;
    std::string other_name = "\"" + name(there->row) + "\" at line " + std::to_string(line);
    Results::Failure fail;
    // The other figure at this one's unit.
    int shift = money_.scaled ? there->table->scale - here->table->scale
                : at_b        ? -f.shift
                              : f.shift;
    Amount at_unit = other;
    at_unit.value = other.value.Shifted(shift);
    // Shown at this figure's precision where that loses no digit ("732.100" as 732.1).
    if (at_unit.value.exponent() < shown.value.exponent() &&
        at_unit.value.RoundTo(shown.value.exponent()) == at_unit.value) {
      at_unit.value = at_unit.value.RoundTo(shown.value.exponent());
    }
    fail.expected = at_unit.value.ToDisplay();
    fail.actual = shown.value.ToDisplay();
    fail.difference = (shown.value - at_unit.value).ToDisplay();
    fail.related.emplace_back(there->row->cells[c_there].span,
                              there->row->label + " " + other.value.ToDisplay());
    fail.values = {{"row", name(here->row)},        {"column", column},
                   {"expected", fail.expected},     {"actual", fail.actual},
                   {"difference", fail.difference}, {"other", other_name},
                   {"evidence", f.evidence}};
    results->Fail(spec(), here->row->cells[c_here].span,
                  name(here->row) + " (" + column + "): " + fail.actual + ", but " + fail.expected +
                      " in " + other_name + "; the rows agree in " + f.evidence,
                  fail);
  }
}

void AcrossTablesRule::ScaleFinding(const Document& doc, const TableRow& a, const TableRow& b,
                                    const std::string& a_name, const std::string& b_name,
                                    const std::vector<std::pair<size_t, size_t>>& columns,
                                    int shift, Results* results) const {
  auto [ca, cb] = columns.front();
  Amount x = *FigureAt(*a.table, *a.row, ca);
  Amount y = *FigureAt(*b.table, *b.row, cb);
  std::string factor = shift == 3 || shift == -3 ? "1,000" : "1,000,000";
  std::string other =
      "\"" + b_name + "\" at line " + std::to_string(doc.Locate(b.row->span.begin).line);
  std::string column = ColumnName(*a.table, ca);
  std::string evidence =
      std::to_string(columns.size()) + " of " + std::to_string(columns.size()) + " periods";
  Results::Failure fail;
  fail.actual = x.value.ToDisplay();
  fail.expected = y.value.ToDisplay();
  fail.related.emplace_back(b.row->cells[cb].span, b.row->label + " " + fail.expected);
  fail.values = {
      {"row", a_name},  {"column", column}, {"actual", fail.actual}, {"expected", fail.expected},
      {"other", other}, {"factor", factor}, {"evidence", evidence},  {"difference", ""}};
  results->Fail(*scale_spec_, a.row->cells[ca].span,
                a_name + " (" + column + "): " + fail.actual + ", and " + fail.expected + " in " +
                    other + ": " + factor + " times apart at the tables' scales in " + evidence,
                fail);
}

std::unique_ptr<Rule> AcrossTablesRule::Create(RuleSpec spec, RuleOptions& options) {
  if (!options.Require("concepts") || !options.CheckConcepts("concepts")) return nullptr;
  std::vector<std::string> other_basis = options.GetStrings("other_basis");
  std::vector<std::string> distinct = options.GetStrings("distinct_qualifiers");
  MoneyOptions money;
  std::optional<bool> scaled = options.GetBool("scaled", false);
  if (!scaled) return nullptr;
  money.scaled = *scaled;
  money.at_end = options.GetString("at_end");
  money.strip = options.GetStrings("strip");
  money.reconciliation = options.GetString("reconciliation");
  if (!options.GetSeverityOrNone("scale", &money.scale)) return nullptr;
  money.scale_message = options.GetString("scale_message", kDefaultScaleMessage);
  SegmentOptions segments{options.GetStrings("segment_tables"),
                          options.GetStrings("segment_measure"),
                          options.GetStrings("segment_other"), options.GetStrings("segment_totals"),
                          options.GetStrings("consolidated")};
  for (const char* key :
       {"other_basis", "distinct_qualifiers", "at_end", "strip", "reconciliation", "segment_tables",
        "segment_measure", "segment_other", "segment_totals", "consolidated"}) {
    for (const std::string& p : options.GetStrings(key)) {
      try {
        Pattern check(p, true);
      } catch (const std::regex_error&) {
        options.ProblemAt(key, "'" + p + "' is not a pattern");
        return nullptr;
      }
    }
  }
  return std::make_unique<AcrossTablesRule>(std::move(spec), options.GetStrings("concepts"),
                                            std::move(other_basis), std::move(distinct),
                                            std::move(money), std::move(segments));
}

void AcrossTablesRule::StoreOptions(OptionValues* options) const {
  options->Set("concepts", concepts_);
  options->Set("other_basis", other_basis_);
  options->Set("distinct_qualifiers", distinct_);
  options->Set("scaled", money_.scaled);
  if (!money_.at_end.empty()) options->Set("at_end", money_.at_end);
  if (!money_.strip.empty()) options->Set("strip", money_.strip);
  if (!money_.reconciliation.empty()) options->Set("reconciliation", money_.reconciliation);
  options->Set("scale", money_.scale ? std::string(SeverityName(*money_.scale)) : "none");
  options->Set("scale_message", money_.scale_message);
  if (!segments_.tables.empty()) {
    options->Set("segment_tables", segments_.tables);
    options->Set("segment_measure", segments_.measure);
    options->Set("segment_other", segments_.other);
    options->Set("segment_totals", segments_.totals);
    options->Set("consolidated", segments_.consolidated);
  }
}

}  // namespace tieout
