#include "checker/rules/rollforward_rule.h"

#include <set>

#include "checker/sets/cell_index.h"

namespace tieout {
namespace {

// The end of the period three months before one ending on `end` (a month end stays a month
// end: December 31 gives September 30).
Date ThreeMonthsBefore(const Date& end) {
  int total = end.year * 12 + (end.month - 1) - 3;
  Date d{total / 12, total % 12 + 1, end.day};
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int last_of_end = kDays[end.month - 1] + (end.month == 2 && end.year % 4 == 0 ? 1 : 0);
  if (end.day >= last_of_end) d.day = 0;  // the last day of the month
  return d;
}

// The figure of a period to use: every document that shows it must agree (and none show two);
// the one from `prefer` when it is among them, else the latest. Sets *reason when none can be
// used.
const IndexedFigure* Agreed(const PeriodFigures& pf, const DocumentRecord* prefer,
                            const std::string& label, std::string* reason) {
  for (const IndexedFigure& f : pf.figures) {
    if (f.conflict) {
      *reason = ShortName(*f.doc) + " shows two different figures for " + label + ", " +
                DescribePeriod(pf.period);
      return nullptr;
    }
    if (!SameFigure(f.cell->amount, pf.figures.front().cell->amount)) {
      *reason = "the releases show different figures for " + label + ", " +
                DescribePeriod(pf.period) + " (" + ShortName(*pf.figures.front().doc) + ": " +
                pf.figures.front().cell->amount.value.ToDisplay() + ", " + ShortName(*f.doc) +
                ": " + f.cell->amount.value.ToDisplay() + ")";
      return nullptr;
    }
  }
  for (const IndexedFigure& f : pf.figures) {
    if (f.doc == prefer) return &f;
  }
  return &pf.figures.back();  // figures are in the set's order: the latest
}

std::string Part(const IndexedFigure& f) {
  return f.cell->amount.value.ToDisplay() + " (" + DescribePeriod(f.cell->period) + ", " +
         ShortName(*f.doc) + ")";
}

SetLocation At(const IndexedFigure& f) { return SetLocation{f.doc, f.cell->line, f.cell->column}; }

}  // namespace

bool RollforwardRule::ParseFigures(const std::string& name, Figures* out) {
  if (name == "amounts") {
    *out = Figures::kAmounts;
  } else if (name == "weighted-shares") {
    *out = Figures::kWeightedShares;
  } else {
    return false;
  }
  return true;
}

std::unique_ptr<Rule> RollforwardRule::Create(RuleSpec spec, RuleOptions& options) {
  Figures figures = Figures::kAmounts;
  if (options.Has("figures") &&
      (!options.IsScalar("figures") || !ParseFigures(options.GetString("figures"), &figures))) {
    options.ProblemAt("figures", "rule '" + spec.id + "': 'figures' is amounts or weighted-shares");
    return nullptr;
  }
  return std::make_unique<RollforwardRule>(std::move(spec), figures);
}

void RollforwardRule::StoreOptions(OptionValues* options) const {
  options->Set("figures",
               std::string(figures_ == Figures::kAmounts ? "amounts" : "weighted-shares"));
}

void RollforwardRule::RunSet(const DocumentSet& set, const SetContext&, SetResults* results) const {
  if (set.documents.size() < 2) return;
  CellIndex index(set);
  ValueKind wanted = figures_ == Figures::kAmounts ? ValueKind::kMoney : ValueKind::kShares;
  for (const auto& [key, periods] : index.items()) {
    for (const PeriodFigures& ytd : periods) {
      const Period& p = ytd.period;
      if (p.kind != Period::Kind::kDuration || p.months < 6 || p.months % 3 != 0) continue;
      const RecordRow& row = *ytd.figures.front().row;
      if (!IsFlow(row.statement) || row.kind != wanted) continue;
      Date end = DateOf(p);
      const PeriodFigures* quarter = index.Find(key, 3, end);
      const PeriodFigures* before = index.Find(key, p.months - 3, ThreeMonthsBefore(end));
      if (!quarter || !before) continue;
      // Across documents only: some part or total shows in another document than the rest.
      std::set<const DocumentRecord*> docs;
      for (const PeriodFigures* pf : {&ytd, quarter, before}) {
        for (const IndexedFigure& f : pf->figures) docs.insert(f.doc);
      }
      if (docs.size() < 2) continue;
      std::string label = row.label, reason;
      const IndexedFigure* total = Agreed(ytd, nullptr, label, &reason);
      const IndexedFigure* q = total ? Agreed(*quarter, total->doc, label, &reason) : nullptr;
      const IndexedFigure* b = q ? Agreed(*before, total->doc, label, &reason) : nullptr;
      SetLocation where = total ? At(*total) : At(ytd.figures.back());
      if (!b) {
        results->Skip(spec(), where, label + ", " + DescribePeriod(p) + ": " + reason);
        continue;
      }
      if (total->doc == q->doc && total->doc == b->doc) continue;
      const Amount& t = total->cell->amount;
      const Amount& qa = q->cell->amount;
      const Amount& ba = b->cell->amount;
      Decimal half = t.HalfUnit() + qa.HalfUnit() + ba.HalfUnit();
      std::string parts = Part(*b) + " and " + Part(*q);
      std::string detail;
      bool holds = false, holds_unsigned = false;
      Decimal expected;
      if (figures_ == Figures::kAmounts) {
        expected = ba.value + qa.value;
        holds = (expected - t.value).Abs() <= half;
        holds_unsigned = (ba.value.Abs() + qa.value.Abs() - t.value.Abs()).Abs() <= half;
        detail = label + ", " + DescribePeriod(p) + ": " + parts + " add up to " +
                 expected.ToDisplay() + "; " + ShortName(*total->doc) + " shows " +
                 t.value.ToDisplay();
      } else {
        Decimal lo = ba.value < qa.value ? ba.value : qa.value;
        Decimal hi = ba.value < qa.value ? qa.value : ba.value;
        Decimal lo_half = ba.value < qa.value ? ba.HalfUnit() : qa.HalfUnit();
        Decimal hi_half = ba.value < qa.value ? qa.HalfUnit() : ba.HalfUnit();
        holds = t.value + t.HalfUnit() >= lo - lo_half && t.value - t.HalfUnit() <= hi + hi_half;
        expected = t.value < lo ? lo : hi;
        detail = label + ", " + DescribePeriod(p) + ": " + ShortName(*total->doc) + " shows " +
                 t.value.ToDisplay() + (holds ? ", between " : ", not between ") + parts;
      }
      if (holds) {
        results->Pass(spec(), where, detail);
        continue;
      }
      if (holds_unsigned) {
        results->Skip(spec(), where,
                      detail + ": they agree only when signs are ignored (the releases sign " +
                          label + " differently)");
        continue;
      }
      SetResults::Failure failure;
      failure.values = {{"row", label},
                        {"period", DescribePeriod(p)},
                        {"parts", parts},
                        {"expected", expected.ToDisplay()},
                        {"actual", t.value.ToDisplay()},
                        {"difference", (t.value - expected).ToDisplay()}};
      failure.expected = expected.ToDisplay();
      failure.actual = t.value.ToDisplay();
      failure.difference = (t.value - expected).ToDisplay();
      for (const IndexedFigure* f : {b, q}) {
        failure.related.push_back({At(*f), label + ", " + DescribePeriod(f->cell->period) + ": " +
                                               f->cell->amount.value.ToDisplay()});
      }
      bool restated = total->cell->restated || q->cell->restated || b->cell->restated ||
                      total->doc->prose_restates;
      if (restated) failure.severity = Severity::kNote;
      results->Fail(spec(), where, detail, failure);
    }
  }
}

}  // namespace tieout
