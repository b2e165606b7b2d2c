// Baselines: the findings a project has accepted, matched by fingerprint (result/fingerprint.h),
// not by line, so that editing a release does not bring them back.
//
// A baseline is a JSON file written by `tieout check --write-baseline FILE`:
//   {"tool": "tieout", "version": 1,
//    "findings": [{"fingerprint": "...", "rule": "...", "file": "...", "message": "...",
//                  "reason": "..."}]}
// Only "fingerprint" is read back; "reason" is optional (a person may write one in), the other
// fields are there for the reader. A fingerprint listed N times accepts N findings.
#ifndef TIEOUT_RESULT_BASELINE_H_
#define TIEOUT_RESULT_BASELINE_H_

#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "checker/base/status.h"
#include "checker/result/report.h"

namespace tieout {

struct Baseline {
  std::string path;  // the file it was read from, named in the suppressions' reasons
  struct Entry {
    int count = 0;
    std::string reason;  // "" for the default reason
  };
  std::map<std::string, Entry> entries;  // by fingerprint
};

// `name` is what error messages call the text. A malformed file is an error naming it, with
// line and column for a JSON syntax error.
Expected<Baseline> ParseBaseline(std::string_view text, const std::string& name);
Expected<Baseline> LoadBaseline(const std::string& path);

// Suppresses the findings, not suppressed otherwise, that the baseline accepts (fingerprints
// must be set), in report order.
void ApplyBaseline(const Baseline& baseline, Report* report);

// Writes every finding not suppressed inline or by the configuration (those the baseline
// accepted too, so rewriting a baseline keeps them) as a baseline file.
void WriteBaseline(const Report& report, std::ostream& out);

}  // namespace tieout

#endif  // TIEOUT_RESULT_BASELINE_H_
