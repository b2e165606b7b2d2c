#include "checker/vocabulary/concepts.h"

#include <cstdint>
#include <unordered_map>

namespace tieout {

void Concepts::Add(const std::string& name, std::vector<Pattern> patterns) {
  patterns_[name] = std::move(patterns);
}

namespace {

constexpr uint32_t kNone = UINT32_MAX;

// The numbers (MatchCache::LabelId) of the texts a row is matched by: its label normalized,
// the label after a heading on its own line, its section, and section and label together.
struct RowLabels {
  std::string label;  // the row's label and section as they were when numbered
  std::string section;
  uint64_t generation = 0;
  uint32_t normalized = kNone;  // kNone when empty
  uint32_t own = kNone;         // kNone when the label has no ": "
  uint32_t section_id = kNone;  // kNone when the row has no section
  uint32_t both = kNone;
};

void Number(const Row& row, RowLabels* r) {
  r->label = row.label;
  r->section = row.section;
  std::string label = NormalizeLabel(row.label);
  // Numbering may start the memory over: then the numbers taken before are stale, and the
  // row is numbered again (the memory now has room for it).
  do {
    r->generation = MatchCache::Generation();
    r->normalized = label.empty() ? kNone : MatchCache::LabelId(label);
    r->own = kNone;
    if (size_t colon = label.rfind(": "); colon != std::string::npos && colon > 0) {
      std::string own = label.substr(colon + 2);
      if (!own.empty()) r->own = MatchCache::LabelId(own);
    }
    r->section_id = r->both = kNone;
    if (!row.section.empty()) {
      r->section_id = MatchCache::LabelId(row.section);
      r->both = MatchCache::LabelId(label.empty() ? row.section : row.section + " " + label);
    }
  } while (r->generation != MatchCache::Generation());
}

// The row's numbers, remembered per row (by address, checked against its texts: a row at an
// address seen before may be another row) for this thread.
const RowLabels& LabelsOf(const Row& row) {
  constexpr size_t kMaxRows = 1 << 16;
  thread_local std::unordered_map<const Row*, RowLabels> rows;
  auto it = rows.find(&row);
  if (it == rows.end()) {
    if (rows.size() >= kMaxRows) rows.clear();
    it = rows.emplace(&row, RowLabels{}).first;
    Number(row, &it->second);
    return it->second;
  }
  RowLabels& r = it->second;
  if (r.generation != MatchCache::Generation() || r.label != row.label ||
      r.section != row.section) {
    Number(row, &r);
  }
  return r;
}

}  // namespace

bool Concepts::Matches(const Row& row, const std::string& concept_name) const {
  auto it = patterns_.find(concept_name);
  if (it == patterns_.end() || row.is_heading) return false;
  const RowLabels& r = LabelsOf(row);
  if (r.normalized != kNone && cache_.Matches(it->second, r.normalized)) return true;
  // A heading written on the row's own line ("Numerator: Net income (loss)"): the label is
  // what follows it.
  if (r.own != kNone && cache_.Matches(it->second, r.own)) return true;
  if (r.section_id != kNone) {
    if (cache_.Matches(it->second, r.section_id) &&
        (r.normalized == kNone || !cache_.Matches(qualifiers_, r.normalized))) {
      return false;
    }
    return cache_.Matches(it->second, r.both);
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
