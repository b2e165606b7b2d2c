// The rows each concept of rules.yaml labels in a document's tables, and their cells grouped by
// the period of their column: found once per document, so that a figure finds its cells without
// walking every table again.
#ifndef TIEOUT_NARRATIVE_CONCEPT_ROWS_H_
#define TIEOUT_NARRATIVE_CONCEPT_ROWS_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "checker/document/document.h"
#include "checker/narrative/cells.h"
#include "checker/vocabulary/concepts.h"

namespace tieout {

// The rows each concept labels, found once per document (label patterns are regular
// expressions: matching them per figure would cost more than reading the text).
class ConceptRows {
 public:
  ConceptRows(const Document& doc, const Concepts& concepts) : doc_(doc), concepts_(concepts) {}

  const std::vector<std::pair<const Table*, size_t>>& Of(const std::string& concept_name) {
    auto it = rows_.find(concept_name);
    if (it != rows_.end()) return it->second;
    std::vector<std::pair<const Table*, size_t>>& out = rows_[concept_name];
    auto patterns = concepts_.all().find(concept_name);
    if (patterns == concepts_.all().end()) return out;
    for (const Table& table : doc_.tables) {
      for (size_t r = 0; r < table.rows.size(); ++r) {
        const Row& row = table.rows[r];
        if (!row.has_values() || !concepts_.Matches(row, concept_name)) continue;
        // A row matched only through its heading must be a short label ("Basic" under "Net
        // income per share"), not a line of its own ("Cash dividends declared per common
        // share" under the same heading).
        std::string label = NormalizeLabel(row.label);
        bool by_label = !label.empty() && MatchesAny(patterns->second, label);
        int words = label.empty() ? 0 : 1;
        for (char c : label) words += c == ' ';
        if (!by_label && words > 3) continue;
        out.emplace_back(&table, r);
      }
    }
    return out;
  }

  // The concept's cells of one kind, grouped by the period of their column, so that a figure
  // finds its cells without walking every table again: a document of thousands of tables stays
  // linear. A group keeps at most kMaxCells cells; more than that for one concept and period
  // says no more than the first ones do.
  struct CellGroup {
    Period period;
    std::vector<CellRef> cells;
  };
  static constexpr size_t kMaxCells = 64;
  const std::vector<CellGroup>& Groups(const std::string& concept_name, ValueKind kind,
                                       const std::map<const Table*, std::vector<Period>>& columns) {
    auto key = std::make_pair(concept_name, kind);
    auto it = groups_.find(key);
    if (it != groups_.end()) return it->second;
    std::vector<CellGroup>& out = groups_[key];
    for (const auto& [table, r] : Of(concept_name)) {
      const Row& row = table->rows[r];
      auto [known, added] = common_size_.try_emplace(table, false);
      if (added) known->second = CommonSize(*table);
      if (KindIn(row, known->second) != kind) continue;
      const std::vector<Period>& periods = columns.at(table);
      for (size_t c = 0; c < periods.size() && c < row.cells.size(); ++c) {
        if (!row.cells[c].amount) continue;
        CellGroup* group = nullptr;
        for (CellGroup& g : out) {
          if (g.period == periods[c]) {
            group = &g;
            break;
          }
        }
        if (!group) {
          out.push_back(CellGroup{periods[c], {}});
          group = &out.back();
        }
        if (group->cells.size() < kMaxCells) group->cells.push_back(CellRef{table, r, c});
      }
    }
    return out;
  }

 private:
  const Document& doc_;
  const Concepts& concepts_;
  std::map<std::string, std::vector<std::pair<const Table*, size_t>>> rows_;
  std::map<std::pair<std::string, ValueKind>, std::vector<CellGroup>> groups_;
  std::map<const Table*, bool> common_size_;  // CommonSize, read once per table
};

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_CONCEPT_ROWS_H_
