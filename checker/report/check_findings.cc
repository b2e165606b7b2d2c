#include "checker/report/check_findings.h"

#include <map>
#include <string>
#include <tuple>

namespace tieout {

std::vector<std::vector<const Finding*>> FindingsByCheck(const Report& report) {
  const int n = static_cast<int>(report.checks.size());
  std::vector<std::vector<const Finding*>> out(n);
  std::map<std::tuple<std::string, std::string, int>, int> at_place;  // built only when needed
  for (const Finding& f : report.findings) {
    if (f.check >= 0 && f.check < n) {
      out[f.check].push_back(&f);
      continue;
    }
    if (at_place.empty()) {
      for (int i = 0; i < n; ++i) {
        const CheckResult& c = report.checks[i];
        auto [it, added] = at_place.try_emplace({c.rule, c.file, c.line}, i);
        if (!added && report.checks[it->second].status != CheckResult::Status::kFail &&
            c.status == CheckResult::Status::kFail) {
          it->second = i;
        }
      }
    }
    auto it = at_place.find({f.rule, f.file, f.line});
    if (it != at_place.end()) out[it->second].push_back(&f);
  }
  return out;
}

}  // namespace tieout
