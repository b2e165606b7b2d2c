#include "checker/engine/batch.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace tieout {

int DefaultJobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

void CheckFiles(const Engine& engine, const std::vector<InputFile>& files, int jobs,
                const std::function<void(size_t, FileResult&&)>& done) {
  auto check = [&engine, &files](size_t i) {
    FileResult r;
    engine.CheckFile(files[i], &r.report, &r.records);
    return r;
  };
  if (jobs <= 1 || files.size() <= 1) {
    for (size_t i = 0; i < files.size(); ++i) done(i, check(i));
    return;
  }
  size_t threads = std::min(static_cast<size_t>(jobs), files.size());
  // Results from `first` on; a worker does not start a file more than `window` past the next one
  // to hand back, which bounds what waits in memory.
  const size_t window = 2 * threads;
  std::mutex mu;
  std::condition_variable ready, room;
  std::deque<std::optional<FileResult>> pending;  // pending[k] is file first + k
  size_t first = 0, next = 0;
  auto work = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        room.wait(lock, [&] { return next >= files.size() || next < first + window; });
        if (next >= files.size()) return;
        i = next++;
      }
      FileResult r = check(i);
      {
        std::lock_guard<std::mutex> lock(mu);
        if (pending.size() <= i - first) pending.resize(i - first + 1);
        pending[i - first] = std::move(r);
      }
      ready.notify_one();
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(work);
  for (size_t i = 0; i < files.size(); ++i) {
    FileResult r;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return !pending.empty() && pending.front().has_value(); });
      r = std::move(*pending.front());
      pending.pop_front();
      ++first;
    }
    room.notify_all();
    done(i, std::move(r));
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace tieout
