#include "checker/rules/same_period_rule.h"

#include "checker/sets/cell_index.h"

namespace tieout {

void SamePeriodRule::RunSet(const DocumentSet& set, const SetContext&, SetResults* results) const {
  if (set.documents.size() < 2) return;
  CellIndex index(set);
  for (const auto& [key, periods] : index.items()) {
    for (const PeriodFigures& pf : periods) {
      if (pf.figures.size() < 2) continue;
      // Each document against the figure most documents show (the first of them in the set's
      // order): of five copies of a release one with a changed figure is the one reported.
      size_t reference = 0;
      int best = -1;
      for (size_t i = 0; i < pf.figures.size(); ++i) {
        int agree = 0;
        for (const IndexedFigure& f : pf.figures) {
          agree += SameFigure(f.cell->amount, pf.figures[i].cell->amount) ? 1 : 0;
        }
        if (agree > best) {
          best = agree;
          reference = i;
        }
      }
      const IndexedFigure& first = pf.figures[reference];
      for (size_t i = 0; i < pf.figures.size(); ++i) {
        if (i == reference) continue;
        const IndexedFigure& later = pf.figures[i];
        const std::string& label = later.row->label;
        std::string what = label + ", " + DescribePeriod(pf.period);
        SetLocation where{later.doc, later.cell->line, later.cell->column};
        const IndexedFigure* conflicted =
            first.conflict ? &first : (later.conflict ? &later : nullptr);
        if (conflicted) {
          results->Skip(spec(), where,
                        what + ": " + ShortName(*conflicted->doc) +
                            " shows two different figures for it; which one is compared is not "
                            "established");
          continue;
        }
        const Amount& a = later.cell->amount;
        const Amount& b = first.cell->amount;
        std::string detail = what + ": " + a.value.ToDisplay() + " in " + ShortName(*later.doc) +
                             ", " + b.value.ToDisplay() + " in " + ShortName(*first.doc);
        if (SameFigure(a, b)) {
          results->Pass(spec(), where, detail);
          continue;
        }
        Amount negated = b;
        negated.value = -b.value;
        if (SameFigure(a, negated)) {
          results->Skip(spec(), where,
                        detail + ": they agree only when signs are ignored (the documents sign " +
                            label + " differently)");
          continue;
        }
        SetResults::Failure failure;
        std::string difference = (a.value - b.value).ToDisplay();
        failure.values = {{"row", label},
                          {"period", DescribePeriod(pf.period)},
                          {"actual", a.value.ToDisplay()},
                          {"expected", b.value.ToDisplay()},
                          {"difference", difference},
                          {"other", ShortName(*first.doc)}};
        failure.expected = b.value.ToDisplay();
        failure.actual = a.value.ToDisplay();
        failure.difference = difference;
        failure.related.push_back(
            {SetLocation{first.doc, first.cell->line, first.cell->column},
             what + ": " + b.value.ToDisplay() + " in " + ShortName(*first.doc)});
        if (later.cell->restated || first.cell->restated || later.doc->prose_restates) {
          failure.severity = Severity::kNote;
        }
        results->Fail(spec(), where, detail, failure);
      }
    }
  }
}

}  // namespace tieout
