#include "checker/base/interned.h"

#include <memory>
#include <mutex>
#include <unordered_set>

namespace tieout {

namespace {

// Never freed: an Interned may be held until the process exits (a static report in a test).
struct Pool {
  std::mutex mu;
  std::unordered_set<std::string> texts;  // nodes do not move: pointers to them stay valid
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
  text_ = &*pool.texts.emplace(text).first;
}

}  // namespace tieout
