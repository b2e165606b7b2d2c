// The findings of each check, for the formats that list checks with their findings (junit,
// html).
#ifndef TIEOUT_REPORT_CHECK_FINDINGS_H_
#define TIEOUT_REPORT_CHECK_FINDINGS_H_

#include <vector>

#include "checker/result/report.h"

namespace tieout {

// For each check of the report (same index), its findings in report order: those that name it
// (Finding::check). A finding that names no check (a report built by hand) goes to the check
// of its rule, document and line, a failed one first; one with no such check goes nowhere.
std::vector<std::vector<const Finding*>> FindingsByCheck(const Report& report);

}  // namespace tieout

#endif  // TIEOUT_REPORT_CHECK_FINDINGS_H_
