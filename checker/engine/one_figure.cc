#include "checker/engine/one_figure.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

namespace tieout {

void MergeFindingsOnOneFigure(std::vector<Finding>* findings, size_t from) {
  std::vector<Finding>& all = *findings;
  using Key = std::tuple<std::string, int, int>;
  auto merges = [](const Finding& f) { return !f.suppression && f.column > 0; };
  auto key = [](const Finding& f) { return Key{f.file, f.line, f.column}; };
  // The finding each figure keeps: the highest severity (kError is the lowest value), the
  // first among equals.
  std::map<Key, size_t> kept;
  for (size_t i = from; i < all.size(); ++i) {
    if (!merges(all[i])) continue;
    auto [it, added] = kept.try_emplace(key(all[i]), i);
    if (!added && all[i].severity < all[it->second].severity) it->second = i;
  }
  if (kept.size() == static_cast<size_t>(std::count_if(all.begin() + from, all.end(), merges)))
    return;
  std::vector<bool> drop(all.size(), false);
  for (size_t i = from; i < all.size(); ++i) {
    if (!merges(all[i])) continue;
    size_t k = kept.at(key(all[i]));
    if (k == i) continue;
    const Finding& f = all[i];
    RelatedLocation r;
    r.file = f.file;
    r.line = f.line;
    r.column = f.column;
    r.code_point_column = f.code_point_column;
    r.message = "also " + f.rule + ": " + f.message;
    std::vector<RelatedLocation>& related = all[k].related;
    related.push_back(std::move(r));
    // Its evidence too, where the kept finding does not point already.
    for (const RelatedLocation& e : f.related) {
      auto same = [&e](const RelatedLocation& o) {
        return o.file == e.file && o.line == e.line && o.column == e.column;
      };
      if (std::none_of(related.begin(), related.end(), same)) related.push_back(e);
    }
    drop[i] = true;
  }
  size_t to = from;
  for (size_t i = from; i < all.size(); ++i) {
    if (drop[i]) continue;
    if (to != i) all[to] = std::move(all[i]);
    ++to;
  }
  all.erase(all.begin() + to, all.end());
}

}  // namespace tieout
