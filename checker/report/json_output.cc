#include "checker/report/json_output.h"

#include <vector>

#include "checker/base/utf8.h"

namespace tieout {

void WriteJson(nlohmann::ordered_json j, int indent, std::ostream& out) {
  // Depth-first without recursion: a report is shallow, but the walk costs nothing to make safe.
  std::vector<nlohmann::ordered_json*> stack = {&j};
  while (!stack.empty()) {
    nlohmann::ordered_json* v = stack.back();
    stack.pop_back();
    if (v->is_string()) {
      MakeUtf8(v->get_ptr<std::string*>());
    } else if (v->is_structured()) {
      for (auto& child : *v) stack.push_back(&child);
    }
  }
  out << j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace tieout
