#include "checker/base/interned.h"

#include <functional>
#include <memory>
#include <mutex>
#include <unordered_set>

namespace tieout {

namespace {

// Looks a text up without making a string of it.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

// Never freed: an Interned may be held until the process exits (a static report in a test).
struct Pool {
  std::mutex mu;
  // Nodes do not move: pointers to them stay valid.
  std::unordered_set<std::string, TextHash, std::equal_to<>> texts;
};

Pool& ThePool() {
  static Pool* pool = new Pool;
  return *pool;
}

const std::string* Empty() {
  static const std::string* empty = new std::string;
  return empty;
}

}  // namespace

Interned::Interned() : text_(Empty()) {}

Interned::Interned(std::string_view text) : text_(Empty()) {
  if (text.empty()) return;
  Pool& pool = ThePool();
  std::lock_guard<std::mutex> lock(pool.mu);
  // A text already pooled (every check but a document's first of a rule) costs no allocation.
  auto it = pool.texts.find(text);
  if (it == pool.texts.end()) it = pool.texts.emplace(text).first;
  text_ = &*it;
}

}  // namespace tieout
