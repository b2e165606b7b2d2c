// What the text reporters share: writing a report as UTF-8, and the entities of markup.
#ifndef TIEOUT_REPORT_MARKUP_H_
#define TIEOUT_REPORT_MARKUP_H_

#include <functional>
#include <ostream>
#include <string>

namespace tieout {

// Runs `write` into a buffer and writes the buffer to `out` as UTF-8 (base/utf8.h RepairUtf8):
// a report quotes the documents' bytes as they are, and those need not be UTF-8.
void WriteAsUtf8(std::ostream& out, const std::function<void(std::ostream&)>& write);

// For '&', '<' and '>': appends "&amp;", "&lt;" or "&gt;" to `out` and returns true. For any
// other character: appends nothing and returns false.
bool AppendMarkupEntity(char c, std::string* out);

}  // namespace tieout

#endif  // TIEOUT_REPORT_MARKUP_H_
