// JSON output that never throws: every string made UTF-8 before it is written.
#ifndef TIEOUT_REPORT_JSON_OUTPUT_H_
#define TIEOUT_REPORT_JSON_OUTPUT_H_

#include <nlohmann/json.hpp>
#include <ostream>

namespace tieout {

// Writes `j` (indented by `indent` spaces, or on one line when `indent` is -1). Every string
// value that is not UTF-8 is first decoded as Windows-1252 (base/utf8.h); anything still
// malformed, such as a key, is written with U+FFFD in its place instead of throwing.
void WriteJson(nlohmann::ordered_json j, int indent, std::ostream& out);

}  // namespace tieout

#endif  // TIEOUT_REPORT_JSON_OUTPUT_H_
