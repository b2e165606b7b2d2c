// Registration lists (readers, reporters): the list owns one instance of each class, callers
// see them as pointers, in list order.
#ifndef TIEOUT_BASE_REGISTRY_H_
#define TIEOUT_BASE_REGISTRY_H_

#include <memory>
#include <vector>

namespace tieout {

template <typename T>
std::vector<const T*> PointersOf(const std::vector<std::unique_ptr<const T>>& owned) {
  std::vector<const T*> out;
  out.reserve(owned.size());
  for (const auto& item : owned) out.push_back(item.get());
  return out;
}

}  // namespace tieout

#endif  // TIEOUT_BASE_REGISTRY_H_
