#include "checker/report/json_output.h"

#include <string>
#include <vector>

#include "checker/base/utf8.h"

namespace tieout {

namespace {

// `j` as text: every string made UTF-8 first, anything still malformed replaced.
std::string Dump(nlohmann::ordered_json j, int indent) {
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
  return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// Writes `text` (a dumped value) with every line after its first indented by `by` more spaces.
// A dumped string holds no line break of its own (it is written as \n).
void WriteIndented(const std::string& text, size_t by, std::ostream& out) {
  const std::string pad = "\n" + std::string(by, ' ');
  size_t from = 0;
  for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    out.write(text.data() + from, static_cast<std::streamsize>(nl - from));
    out << pad;
    from = nl + 1;
  }
  out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

}  // namespace

void WriteJson(nlohmann::ordered_json j, int indent, std::ostream& out) {
  out << Dump(std::move(j), indent) << "\n";
}

JsonObjectWriter::JsonObjectWriter(std::ostream& out, bool one_line)
    : out_(out), one_line_(one_line) {
  out_ << "{";
}

void JsonObjectWriter::Key(const char* key) {
  if (one_line_) {
    out_ << (first_member_ ? "" : ",") << nlohmann::ordered_json(key).dump() << ":";
  } else {
    out_ << (first_member_ ? "\n" : ",\n") << "  " << nlohmann::ordered_json(key).dump() << ": ";
  }
  first_member_ = false;
}

void JsonObjectWriter::Member(const char* key, nlohmann::ordered_json value) {
  Key(key);
  if (one_line_) {
    out_ << Dump(std::move(value), -1);
  } else {
    WriteIndented(Dump(std::move(value), 2), 2, out_);
  }
}

void JsonObjectWriter::BeginArray(const char* key) {
  Key(key);
  out_ << "[";
  first_item_ = true;
}

void JsonObjectWriter::Item(nlohmann::ordered_json value) {
  if (one_line_) {
    out_ << (first_item_ ? "" : ",") << Dump(std::move(value), -1);
  } else {
    out_ << (first_item_ ? "\n" : ",\n") << "    ";
    WriteIndented(Dump(std::move(value), 2), 4, out_);
  }
  first_item_ = false;
}

void JsonObjectWriter::EndArray() { out_ << (first_item_ || one_line_ ? "]" : "\n  ]"); }

void JsonObjectWriter::End() { out_ << (first_member_ || one_line_ ? "}" : "\n}") << "\n"; }

}  // namespace tieout
