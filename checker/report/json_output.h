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

// Writes an object as WriteJson(object, 2, out) does, a member or an array item at a time, so
// that a large report is never held as one JSON tree:
//   JsonObjectWriter w(out); w.Member("tool", ...); w.BeginArray("checks"); w.Item(...);
//   w.EndArray(); w.End();
// With `one_line`, the object is written as WriteJson(object, -1, out) does: on one line, then
// a newline (a jsonl line).
class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::ostream& out, bool one_line = false);
  void Member(const char* key, nlohmann::ordered_json value);
  void BeginArray(const char* key);
  void Item(nlohmann::ordered_json value);
  void EndArray();
  void End();

 private:
  void Key(const char* key);

  std::ostream& out_;
  bool one_line_;
  bool first_member_ = true;
  bool first_item_ = true;
};

}  // namespace tieout

#endif  // TIEOUT_REPORT_JSON_OUTPUT_H_
