#include "checker/report/markup.h"

#include <sstream>

#include "checker/base/utf8.h"

namespace tieout {

void WriteAsUtf8(std::ostream& out, const std::function<void(std::ostream&)>& write) {
  std::ostringstream bytes;
  write(bytes);
  out << RepairUtf8(bytes.str());
}

bool AppendMarkupEntity(char c, std::string* out) {
  switch (c) {
    case '&':
      *out += "&amp;";
      return true;
    case '<':
      *out += "&lt;";
      return true;
    case '>':
      *out += "&gt;";
      return true;
    default:
      return false;
  }
}

}  // namespace tieout
