#include "checker/ingest/text_lines.h"

#include <cctype>

#include "checker/base/text.h"

namespace tieout {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<TextLine> SplitLines(std::string_view text, SourceSpan span) {
  std::vector<TextLine> lines;
  uint64_t pos = span.begin;
  while (pos < span.end) {
    uint64_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos || eol > span.end) eol = span.end;
    std::string_view raw = text.substr(pos, eol - pos);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    TextLine line;
    line.offset = pos;
    bool has_tab = raw.find('\t') != std::string_view::npos;
    if (!has_tab) {
      line.text.assign(raw);
    } else {
      for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\t') {
          do {
            line.text.push_back(' ');
            line.byte_of_column.push_back(static_cast<uint32_t>(i));
          } while (line.text.size() % 8 != 0);
        } else {
          line.text.push_back(raw[i]);
          line.byte_of_column.push_back(static_cast<uint32_t>(i));
        }
      }
    }
    // Form feeds and other control characters print as nothing; keep columns by blanking them.
    for (char& c : line.text) {
      if (c == '\f' || c == '\v' || c == '\r') c = ' ';
    }
    lines.push_back(std::move(line));
    pos = eol + 1;
  }
  return lines;
}

bool IsRuleLine(std::string_view s) {
  int marks = 0;
  for (char c : s) {
    if (c == '-' || c == '=' || c == '_') {
      ++marks;
    } else if (c != ' ') {
      return false;
    }
  }
  return marks >= 2;
}

bool IsPageFurniture(std::string_view s) {
  std::string_view trimmed = Trim(s);
  const bool dashed = trimmed.size() > 2 && trimmed.front() == '-' && trimmed.back() == '-';
  // Undashed furniture has at most 11 letters and digits ("morefollows"): most lines leave
  // after their first twelve, without a copy.
  if (!dashed) {
    size_t letters = 0;
    for (size_t i = 0; i < trimmed.size() && letters <= 11; ++i) {
      letters += IsAsciiAlnum(trimmed[i]) || trimmed[i] == '#';
    }
    if (letters > 11) return false;
  }
  std::string t;
  for (char c : trimmed) {
    if (IsAsciiAlnum(c) || c == '#') {
      t.push_back(AsciiLowerChar(c));
    }
  }
  if (t.empty()) return false;
  if (t == "more" || t == "###" || t == "continued" || t == "morefollows") return true;
  if (t.rfind("page", 0) == 0 && t.size() <= 8) {
    for (size_t i = 4; i < t.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
    }
    return true;
  }
  // "- Financial Table Follows -", "-Financial Tables Follow-"
  if (dashed && (t.find("follow") != std::string::npos || t == "more")) {
    return true;
  }
  return false;
}

}  // namespace tieout
