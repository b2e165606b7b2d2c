#include "checker/rules/eps_rule.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <regex>

#include "checker/rules/eps_dilution.h"
#include "checker/rules/eps_reading.h"
#include "checker/rules/rule_options.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

using eps::AddendThatTies;
using eps::AdjustedBelow;
using eps::AsShown;
using eps::BestReading;
using eps::CheckBasicAndDiluted;
using eps::CheckDilutedPairs;
using eps::DilutedShareTotals;
using eps::FigureOf;
using eps::HasDecimals;
using eps::kMaxCandidates;
using eps::Outcome;
using eps::PartsOfShareTotals;
using eps::QualifierOf;
using eps::Quotient;
using eps::Reading;
using eps::Says;
using eps::ServesEps;
using eps::ShareRowsInContext;
using eps::SharesAt;
using eps::ShownAt;
using eps::ShowsPerShare;
using eps::UnitText;
using eps::WhatItSays;

EpsRule::EpsRule(RuleSpec spec, std::vector<std::string> net_income, std::string shares,
                 std::string eps, std::string dilution_message, std::optional<Severity> one_unit,
                 std::string one_unit_message, std::string parts_message,
                 std::string equal_shares_message, std::string part_income_message,
                 std::string part_one_unit_message, std::string income_difference_message,
                 std::string diluted_count_message)
    : Rule(std::move(spec)),
      net_income_(std::move(net_income)),
      shares_(std::move(shares)),
      eps_(std::move(eps)),
      dilution_(this->spec()),
      parts_(this->spec()),
      equal_shares_(this->spec()),
      part_income_(this->spec()),
      income_difference_(this->spec()),
      diluted_count_(this->spec()) {
  diluted_count_.message = std::move(diluted_count_message);
  part_income_.message = std::move(part_income_message);
  income_difference_.message = std::move(income_difference_message);
  dilution_.message = std::move(dilution_message);
  parts_.message = std::move(parts_message);
  equal_shares_.message = std::move(equal_shares_message);
  if (one_unit) {
    RuleSpec r = this->spec();
    r.severity = *one_unit;
    r.message = std::move(one_unit_message);
    one_unit_ = r;
    r.message = std::move(part_one_unit_message);
    part_one_unit_ = std::move(r);
  }
}

bool EpsRule::HasNetIncome(const Table& table, const RuleContext& context) const {
  for (const std::string& concept_name : net_income_) {
    for (const Row* row : context.concepts.FindRows(table, concept_name)) {
      if (row->kind == ValueKind::kMoney) return true;
    }
  }
  return false;
}

bool EpsRule::ContinuesEpsComputation(const Document& doc, const Table& above, const Table& table,
                                      const RuleContext& context) const {
  if (table.columns.empty() || table.columns.size() != above.columns.size() ||
      table.span.begin < above.span.end) {
    return false;
  }
  // The continuation repeats no headers of its own, or the same ones.
  for (size_t c = 0; c < table.columns.size(); ++c) {
    if (!table.columns[c].header.empty() && table.columns[c].header != above.columns[c].header) {
      return false;
    }
  }
  // Per-share rows below, net income and no per-share row above.
  auto per_share = [&](const Table& t) {
    for (const Row* row : context.concepts.FindRows(t, eps_)) {
      if (ShowsPerShare(*row)) return true;
    }
    return false;
  };
  if (!per_share(table) || HasNetIncome(table, context) || per_share(above) ||
      !HasNetIncome(above, context)) {
    return false;
  }
  // Nothing between them but page furniture (a page number).
  for (const Paragraph& p : doc.paragraphs) {
    if (p.span.begin < above.span.end || p.span.end > table.span.begin) continue;
    const std::string text = p.Text();
    if (std::any_of(text.begin(), text.end(),
                    [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; })) {
      return false;
    }
  }
  return true;
}

void EpsRule::Run(const Document& doc, const RuleContext& context, Results* results) const {
  const Vocabulary& vocabulary = context.vocabulary;
  int evaluated = 0;
  bool any_eps = false;
  // An EPS computation split over two tables at a page break is read as one table.
  std::deque<Table> joined;
  std::vector<const Table*> tables;
  for (const Table& table : doc.tables) {
    if (!tables.empty() && ContinuesEpsComputation(doc, *tables.back(), table, context)) {
      joined.push_back(*tables.back());
      joined.back().rows.insert(joined.back().rows.end(), table.rows.begin(), table.rows.end());
      joined.back().span.end = table.span.end;
      tables.back() = &joined.back();
      continue;
    }
    tables.push_back(&table);
  }
  for (const Table* table_view : tables) {
    const Table& table = *table_view;
    std::vector<const Row*> eps_rows;
    for (const Row* row : context.concepts.FindRows(table, eps_)) {
      if (ShowsPerShare(*row)) eps_rows.push_back(row);
    }
    auto is_eps = [&](const Row* r) {
      return std::find(eps_rows.begin(), eps_rows.end(), r) != eps_rows.end();
    };
    // Per-share rows of a part of net income ("Income from continuing operations", "before
    // cumulative effect of accounting change"): each is read over the income rows that name
    // the same qualifier, never over net income.
    std::vector<std::pair<const Row*, std::vector<const Row*>>> part_rows;
    // The qualifier each row's label names, read once per table (-2: not read yet).
    std::vector<int> label_qualifiers(table.rows.size(), -2);
    auto label_qualifier = [&](const Row& r) {
      int& q = label_qualifiers[static_cast<size_t>(&r - table.rows.data())];
      if (q == -2) q = QualifierOf(r.label, vocabulary);
      return q;
    };
    for (const Row& row : table.rows) {
      if (!row.has_values() || row.kind != ValueKind::kPerShare || is_eps(&row) ||
          !HasDecimals(row)) {
        continue;
      }
      int q = QualifierOf(row.section + " " + row.label, vocabulary);
      if (q < 0) continue;
      std::vector<const Row*> incomes;
      for (const Row& income : table.rows) {
        if (income.has_values() && income.kind == ValueKind::kMoney &&
            incomes.size() < kMaxCandidates && label_qualifier(income) == q) {
          incomes.push_back(&income);
        }
      }
      if (!incomes.empty()) part_rows.emplace_back(&row, std::move(incomes));
    }
    // Without net income or shares no reading compares the rows: a pair compares itself.
    if (!HasNetIncome(table, context) || !context.concepts.FindRow(table, shares_)) {
      CheckDilutedPairs(dilution_, table, vocabulary, results);
    }
    if (eps_rows.empty() && part_rows.empty()) continue;
    any_eps = true;
    for (const Row* eps : eps_rows) CheckParts(table, *eps, eps_rows, results);
    // Net income rows in the order of the concepts (to common shareholders first), each with
    // what it says of basic and diluted ("as adjusted for diluted earnings per share").
    std::vector<const Row*> nis;
    for (const std::string& concept_name : net_income_) {
      for (const Row* row : context.concepts.FindRows(table, concept_name)) {
        if (is_eps(row) || row->kind == ValueKind::kShares || nis.size() >= kMaxCandidates ||
            std::find(nis.begin(), nis.end(), row) != nis.end()) {
          continue;
        }
        nis.push_back(row);
      }
    }
    std::vector<const Row*> adjusted_numerators;
    for (size_t k = 0, n = nis.size(); k < n; ++k) {
      const Row* adjusted = AdjustedBelow(table, *nis[k], vocabulary);
      if (adjusted && std::find(nis.begin(), nis.end(), adjusted) == nis.end()) {
        nis.push_back(adjusted);
        adjusted_numerators.push_back(adjusted);
      }
    }
    std::vector<const Row*> share_rows;
    for (const Row* row : context.concepts.FindRows(table, shares_)) {
      if (!is_eps(row)) share_rows.push_back(row);
    }
    std::vector<const Row*> diluted_totals = DilutedShareTotals(table, share_rows, vocabulary);
    share_rows.insert(share_rows.end(), diluted_totals.begin(), diluted_totals.end());
    std::vector<std::pair<const Row*, Says>> shares =
        ShareRowsInContext(share_rows, diluted_totals, vocabulary);
    std::vector<const Row*> parts_of_totals = PartsOfShareTotals(table, shares);
    std::erase_if(shares, [&](const auto& s) {
      return !s.second.only_diluted() && std::find(parts_of_totals.begin(), parts_of_totals.end(),
                                                   s.first) != parts_of_totals.end();
    });
    if (shares.empty()) continue;
    // Counts read as money are read as shown (the unit is read from the figures).
    std::deque<Row> as_shown;
    for (auto& [row, says] : shares) {
      if (row->kind != ValueKind::kMoney || table.scale == 0) continue;
      Row copy = *row;
      for (Cell& cell : copy.cells) {
        if (cell.amount) cell.amount = AsShown(*row, *cell.amount, table.scale);
      }
      copy.kind = ValueKind::kShares;
      as_shown.push_back(std::move(copy));
      row = &as_shown.back();
    }
    // Columns of changes or percentages hold no EPS.
    std::vector<bool> counted;
    for (const Column& column : table.columns) {
      counted.push_back(
          !vocabulary.Matches(vocabulary.change_columns, NormalizeLabel(column.header)));
    }

    struct Read {
      const Row* eps;
      Says says;
      Reading reading;
      bool established;
      std::vector<const Row*> numerators;
    };
    auto income_read = [](const Read& read) {
      IncomeRead r{read.eps,
                   {read.reading.ni},
                   read.reading.part,
                   read.says.only_diluted(),
                   read.established,
                   {},
                   {}};
      for (const Row* n : read.numerators) {
        if (n != read.reading.ni) r.incomes.push_back(n);
      }
      for (Outcome o : read.reading.outcomes) {
        r.tied.push_back(read.established && (o == Outcome::kTie || o == Outcome::kAntiDilutive));
        r.reported.push_back(read.established && o == Outcome::kFail);
      }
      return r;
    };
    // Every EPS row with the income rows it may divide, in the order of the table.
    std::vector<std::pair<const Row*, std::vector<const Row*>>> candidates = part_rows;
    for (const Row* eps : eps_rows) candidates.emplace_back(eps, nis);
    std::sort(candidates.begin(), candidates.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Read> reads;
    for (const auto& [eps, incomes] : candidates) {
      bool part = !is_eps(eps);
      const RuleSpec& fail_spec = part ? part_income_ : spec();
      const std::optional<RuleSpec>& one_unit_spec = part ? part_one_unit_ : one_unit_;
      Says says = WhatItSays(*eps, vocabulary);
      std::vector<const Row*> numerators;
      for (const Row* ni : incomes) {
        if (ServesEps(says, WhatItSays(ni->label, vocabulary))) numerators.push_back(ni);
      }
      if (numerators.empty()) continue;
      Reading r = BestReading(table, counted, *eps, says, numerators, adjusted_numerators, shares,
                              vocabulary, part);
      if (r.ties + r.fails == 0) {
        // Only adjusted diluted figures: no reading, but the row may agree with another.
        if (std::find(r.outcomes.begin(), r.outcomes.end(), Outcome::kAdjusted) !=
            r.outcomes.end()) {
          reads.push_back({eps, says, r, false, numerators});
        }
        continue;
      }
      evaluated += r.ties + r.fails;
      reads.push_back({eps, says, r, r.Established(), numerators});
      if (!reads.back().established) {
        results->Skip(spec(), eps->label_span,
                      eps->label + ": " + (part ? "income" : "net income") +
                          " over weighted shares ties in " + r.Evidence() + ", not established");
        continue;
      }
      for (size_t c = 0; c < table.columns.size(); ++c) {
        Outcome o = r.outcomes[c];
        if (o == Outcome::kNone) continue;
        const Amount e = ShownAt(*eps, *FigureOf(eps, c));
        const Amount& n = *FigureOf(r.ni, c);
        const Row* sh = o == Outcome::kAntiDilutive ? r.basic_shares : r.shares;
        const Amount& s = *FigureOf(sh, c);
        std::string column = ColumnName(table, c);
        std::string unit = UnitText(r.unit);
        if (o == Outcome::kAdjusted) {
          results->Skip(spec(), eps->cells[c].span,
                        eps->label + " (" + column + "): diluted " + e.value.ToDisplay() +
                            (r.basic_shares ? " lies between net income over the diluted and "
                                              "over the basic shares"
                                            : " lies above net income over the diluted shares") +
                            ": the diluted numerator may be adjusted (if-converted), which the "
                            "table does not show");
          continue;
        }
        if (o == Outcome::kCombined) {
          const Row* addend = AddendThatTies(r, c, s, e);
          const Amount& a = *FigureOf(addend, c);
          results->Pass(spec(), eps->cells[c].span,
                        eps->label + " (" + column + "): (" + n.value.ToDisplay() + " + " +
                            a.value.ToDisplay() + " " + addend->label + ") / " +
                            s.value.ToDisplay() + unit + " shares ~ " + e.value.ToDisplay());
          continue;
        }
        if (o == Outcome::kTie || o == Outcome::kAntiDilutive) {
          results->Pass(
              spec(), eps->cells[c].span,
              eps->label + " (" + column + "): " + n.value.ToDisplay() + " / " +
                  s.value.ToDisplay() + unit +
                  (o == Outcome::kAntiDilutive ? " basic shares (anti-dilutive)" : " shares") +
                  " ~ " + e.value.ToDisplay());
          continue;
        }
        Decimal expected = Quotient(n, SharesAt(s, r.unit), e.precision);
        if (e.value.is_negative() || n.value.is_negative()) expected = -expected;
        Results::Failure f;
        f.expected = expected.ToDisplay();
        f.actual = e.value.ToDisplay();
        f.difference = (e.value - expected).ToDisplay();
        f.values = {{"row", eps->label},          {"column", column},
                    {"expected", f.expected},     {"actual", f.actual},
                    {"difference", f.difference}, {"net_income", n.value.ToDisplay()},
                    {"income", r.ni->label},      {"shares", s.value.ToDisplay() + unit},
                    {"evidence", r.Evidence()}};
        f.related.emplace_back(r.ni->cells[c].span, r.ni->label + " " + n.value.ToDisplay());
        f.related.emplace_back(sh->cells[c].span, sh->label + " " + s.value.ToDisplay());
        std::string detail = eps->label + " (" + column + "): " + n.value.ToDisplay() + " / " +
                             s.value.ToDisplay() + unit + " = " + f.expected + ", shown " +
                             f.actual;
        if (o == Outcome::kOneUnit) {
          // Consistent with the reading: a pass, with a finding at the rule's one_unit severity.
          results->Pass(spec(), eps->cells[c].span, detail + ", one unit off");
          if (one_unit_spec) results->AddFinding(*one_unit_spec, eps->cells[c].span, f);
          continue;
        }
        results->Fail(fail_spec, eps->cells[c].span, detail + "; ties in " + r.Evidence(), f);
      }
    }
    // Each established basic row with the next diluted row over the same income.
    std::vector<bool> paired(reads.size(), false);
    for (size_t i = 0; i < reads.size(); ++i) {
      if (!reads[i].established || !reads[i].says.only_basic()) continue;
      for (size_t j = i + 1; j < reads.size(); ++j) {
        if (paired[j] || !reads[j].says.only_diluted() ||
            reads[j].reading.ni != reads[i].reading.ni) {
          continue;
        }
        paired[j] = true;
        CheckBasicAndDiluted(equal_shares_, dilution_, diluted_count_, table, reads[i].eps,
                             reads[i].reading, reads[j].eps, reads[j].reading, reads[j].established,
                             results);
        break;
      }
    }
    // Each row of net income with the rows of a part of it over the same shares.
    int unit = 0;
    bool have_unit = false;
    for (const Read& read : reads) {
      if (read.established && !have_unit) {
        unit = read.reading.unit;
        have_unit = true;
      }
    }
    for (const Read& net : reads) {
      if (net.reading.part) continue;
      for (const Read& part : reads) {
        if (!part.reading.part || part.says.basic != net.says.basic ||
            part.says.diluted != net.says.diluted || part.reading.shares != net.reading.shares) {
          continue;
        }
        // The unit of the established row, else of the table's established readings.
        int u = net.established ? net.reading.unit : part.established ? part.reading.unit : unit;
        if (!net.established && !part.established && !have_unit) continue;
        CheckIncomeDifference(table, counted, income_read(part), income_read(net),
                              *net.reading.shares, u, results);
      }
    }
  }
  if (evaluated == 0) {
    results->Skip(spec(), any_eps ? "no table shows net income, shares and EPS together"
                                  : "no earnings per share row");
  }
}

namespace {
constexpr const char* kDefaultOneUnitMessage =
    "{row} shows {actual} in {column}, one unit off net income {net_income} over {shares} "
    "weighted shares ({expected})";
constexpr const char* kDefaultPartsMessage =
    "{row} shows {actual} in {column}, but the per-share amounts above it ({parts}) add to "
    "{expected} (difference {difference}); the same rows tie in {evidence}";
constexpr const char* kDefaultPartIncomeMessage =
    "{row} shows {actual} in {column}, but {income} {net_income} over {shares} weighted shares "
    "is {expected} (difference {difference}); the same rows tie in {evidence}";
constexpr const char* kDefaultPartOneUnitMessage =
    "{row} shows {actual} in {column}, one unit off {income} {net_income} over {shares} "
    "weighted shares ({expected})";
constexpr const char* kDefaultIncomeDifferenceMessage =
    "{row} shows {actual} in {column}, {difference} from {parts}, but {income} over {shares} "
    "shares is {expected} per share; the same rows agree in {evidence}";
constexpr const char* kDefaultEqualSharesMessage =
    "{row} shows {diluted} in {column}, but basic EPS is {basic} over the same {shares} "
    "shares: where the diluted count equals the basic count, diluted EPS equals basic";
constexpr const char* kDefaultDilutedCountMessage =
    "{row} shows {diluted} shares in {column}, fewer than the basic count {basic}: the diluted "
    "count adds dilutive securities to the basic count; the same rows agree in {evidence}";
constexpr const char* kDefaultDilutionMessage =
    "{row} shows {diluted} in {column}, above basic EPS {basic}: for a net income, diluted "
    "earnings per share are not above basic";
}  // namespace

std::unique_ptr<Rule> EpsRule::Create(RuleSpec spec, RuleOptions& options) {
  bool has_net_income = options.Require("net_income");
  bool has_shares = options.Require("shares");
  bool has_eps = options.Require("eps");
  if (!has_net_income || !has_shares || !has_eps) return nullptr;
  bool ok = options.CheckConcepts("net_income");
  ok &= options.CheckConcepts("shares");
  ok &= options.CheckConcepts("eps");
  if (!ok) return nullptr;
  std::optional<Severity> one_unit = Severity::kNote;
  if (!options.GetSeverityOrNone("one_unit", &one_unit)) return nullptr;
  return std::make_unique<EpsRule>(
      std::move(spec), options.GetStrings("net_income"), options.GetString("shares"),
      options.GetString("eps"), options.GetString("dilution_message", kDefaultDilutionMessage),
      one_unit, options.GetString("one_unit_message", kDefaultOneUnitMessage),
      options.GetString("parts_message", kDefaultPartsMessage),
      options.GetString("equal_shares_message", kDefaultEqualSharesMessage),
      options.GetString("part_income_message", kDefaultPartIncomeMessage),
      options.GetString("part_one_unit_message", kDefaultPartOneUnitMessage),
      options.GetString("income_difference_message", kDefaultIncomeDifferenceMessage),
      options.GetString("diluted_count_message", kDefaultDilutedCountMessage));
}

void EpsRule::StoreOptions(OptionValues* options) const {
  options->Set("net_income", net_income_);
  options->Set("shares", shares_);
  options->Set("eps", eps_);
  options->Set("dilution_message", dilution_.message);
  options->Set("one_unit", one_unit_ ? std::string(SeverityName(one_unit_->severity)) : "none");
  options->Set("one_unit_message", one_unit_ ? one_unit_->message : kDefaultOneUnitMessage);
  options->Set("parts_message", parts_.message);
  options->Set("equal_shares_message", equal_shares_.message);
  options->Set("part_income_message", part_income_.message);
  options->Set("income_difference_message", income_difference_.message);
  options->Set("diluted_count_message", diluted_count_.message);
  options->Set("part_one_unit_message",
               part_one_unit_ ? part_one_unit_->message : kDefaultPartOneUnitMessage);
}

}  // namespace tieout
