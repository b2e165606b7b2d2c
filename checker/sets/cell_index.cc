#include "checker/sets/cell_index.h"

#include <cstdlib>

namespace tieout {

bool SameFigure(const Amount& a, const Amount& b) {
  return (a.value - b.value).Abs() <= a.HalfUnit() + b.HalfUnit();
}

CellIndex::CellIndex(const DocumentSet& set) {
  for (const DocumentRecord* doc : set.documents) {
    for (const RecordRow& row : doc->rows) {
      std::vector<PeriodFigures>& periods = items_[row.key];
      for (const RecordCell& cell : row.cells) {
        PeriodFigures* pf = nullptr;
        for (PeriodFigures& p : periods) {
          if (p.period == cell.period) pf = &p;
        }
        if (!pf) {
          periods.push_back(PeriodFigures{cell.period, {}});
          pf = &periods.back();
        }
        IndexedFigure* same_doc = nullptr;
        for (IndexedFigure& f : pf->figures) {
          if (f.doc == doc) same_doc = &f;
        }
        if (!same_doc) {
          pf->figures.push_back(IndexedFigure{doc, &row, &cell, false});
        } else if (!SameFigure(same_doc->cell->amount, cell.amount)) {
          same_doc->conflict = true;
        }
      }
    }
  }
}

const PeriodFigures* CellIndex::Find(const std::string& key, int months, const Date& end) const {
  auto it = items_.find(key);
  if (it == items_.end()) return nullptr;
  const PeriodFigures* best = nullptr;
  long best_gap = 8;
  for (const PeriodFigures& p : it->second) {
    if (p.period.kind != Period::Kind::kDuration || p.period.months != months) continue;
    long gap = std::labs(DayNumber(DateOf(p.period)) - DayNumber(end));
    if (gap < best_gap) {
      best = &p;
      best_gap = gap;
    }
  }
  return best;
}

}  // namespace tieout
