#include "checker/vocabulary/concepts.h"

namespace tieout {

void Concepts::Add(const std::string& name, std::vector<Pattern> patterns) {
  patterns_[name] = std::move(patterns);
}

bool Concepts::Matches(const Row& row, const std::string& concept_name) const {
  auto it = patterns_.find(concept_name);
  if (it == patterns_.end() || row.is_heading) return false;
  std::string label = NormalizeLabel(row.label);
  if (!label.empty() && cache_.Matches(it->second, label)) return true;
  // A heading written on the row's own line ("Numerator: Net income (loss)"): the label is
  // what follows it.
  if (size_t colon = label.rfind(": "); colon != std::string::npos && colon > 0) {
    std::string own = label.substr(colon + 2);
    if (!own.empty() && cache_.Matches(it->second, own)) return true;
  }
  if (!row.section.empty()) {
    if (cache_.Matches(it->second, row.section) &&
        (label.empty() || !cache_.Matches(qualifiers_, label))) {
      return false;
    }
    std::string both = label.empty() ? row.section : row.section + " " + label;
    return cache_.Matches(it->second, both);
  }
  return false;
}

const Row* Concepts::FindRow(const Table& table, const std::string& concept_name) const {
  for (const Row& row : table.rows) {
    if (row.has_values() && Matches(row, concept_name)) return &row;
  }
  return nullptr;
}

std::vector<const Row*> Concepts::FindRows(const Table& table,
                                           const std::string& concept_name) const {
  std::vector<const Row*> rows;
  for (const Row& row : table.rows) {
    if (row.has_values() && Matches(row, concept_name)) rows.push_back(&row);
  }
  return rows;
}

}  // namespace tieout
