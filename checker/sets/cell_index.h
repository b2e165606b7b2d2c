// The figures of a document set by line item and period, for the rules that compare them.
#ifndef TIEOUT_SETS_CELL_INDEX_H_
#define TIEOUT_SETS_CELL_INDEX_H_

#include <map>
#include <string>
#include <vector>

#include "checker/sets/document_set.h"

namespace tieout {

// One document's figure for a line item and a period.
struct IndexedFigure {
  const DocumentRecord* doc = nullptr;
  const RecordRow* row = nullptr;
  const RecordCell* cell = nullptr;
  // The document shows two different figures for the line item and period (two tables, two
  // rows of the same label): which one a comparison would use is not established.
  bool conflict = false;
};

// The figures of a line item for one period, one per document, in the set's order.
struct PeriodFigures {
  Period period;
  std::vector<IndexedFigure> figures;
};

class CellIndex {
 public:
  explicit CellIndex(const DocumentSet& set);

  // Line item key -> its periods, in the order first seen.
  const std::map<std::string, std::vector<PeriodFigures>>& items() const { return items_; }
  // The figures of `key` for a duration of `months` ending within a week of `end` (52/53-week
  // years end on different days), or nullptr.
  const PeriodFigures* Find(const std::string& key, int months, const Date& end) const;

 private:
  std::map<std::string, std::vector<PeriodFigures>> items_;
};

// Whether two figures agree within the half units of the digits they show.
bool SameFigure(const Amount& a, const Amount& b);

}  // namespace tieout

#endif  // TIEOUT_SETS_CELL_INDEX_H_
