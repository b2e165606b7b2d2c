// Checking a batch of files on several threads, with the results handed back in file order.
#ifndef TIEOUT_ENGINE_BATCH_H_
#define TIEOUT_ENGINE_BATCH_H_

#include <cstddef>
#include <functional>
#include <vector>

#include "checker/engine/engine.h"
#include "checker/engine/inputs.h"
#include "checker/result/report.h"
#include "checker/sets/record.h"

namespace tieout {

// What checking one file gave: its part of the report (no rules listed) and its records for the
// checks across documents.
struct FileResult {
  Report report;
  std::vector<DocumentRecord> records;
};

// Checks every file with `engine` on `jobs` threads (1 or less: on the calling thread alone).
// `done` runs on the calling thread, once per file, in the order of `files`, as soon as that file
// and every one before it are checked; so the output does not depend on `jobs`, and a reporter
// may print each file's result and let it go. At most a few results per thread wait for their
// turn, so memory follows the largest files, not the batch.
void CheckFiles(const Engine& engine, const std::vector<InputFile>& files, int jobs,
                const std::function<void(size_t index, FileResult&& result)>& done);

// The default number of threads: the cores this process may run on (at least 1).
int DefaultJobs();

}  // namespace tieout

#endif  // TIEOUT_ENGINE_BATCH_H_
