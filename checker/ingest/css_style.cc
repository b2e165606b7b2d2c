#include "checker/ingest/css_style.h"

#include <cctype>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "checker/base/text.h"

namespace tieout {
namespace {

struct Edge {
  std::string style = "none";
  double width = 3;  // "medium", in px
  bool invisible_color = false;
};

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits a value on white space, keeping "rgb(0, 0, 0)" whole.
std::vector<std::string> Tokens(const std::string& value) {
  std::vector<std::string> out;
  std::string cur;
  int depth = 0;
  for (char c : value) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (std::isspace(static_cast<unsigned char>(c)) && depth <= 0) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool IsStyleKeyword(const std::string& t) {
  static const char* const kStyles[] = {"none",   "hidden", "solid", "double", "dotted",
                                        "dashed", "groove", "ridge", "inset",  "outset"};
  for (const char* s : kStyles) {
    if (t == s) return true;
  }
  return false;
}

// A length in px; false when the token is not a length.
bool ParseLength(const std::string& t, double* px) {
  if (t == "thin") return *px = 1, true;
  if (t == "medium") return *px = 3, true;
  if (t == "thick") return *px = 5, true;
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (end == t.c_str()) return false;
  std::string unit(end);
  if (unit.empty() || unit == "px") {
    *px = v;
  } else if (unit == "pt") {
    *px = v * 4 / 3;
  } else if (unit == "em" || unit == "rem") {
    *px = v * 16;
  } else if (unit == "in") {
    *px = v * 96;
  } else if (unit == "cm") {
    *px = v * 96 / 2.54;
  } else if (unit == "mm") {
    *px = v * 96 / 25.4;
  } else if (unit == "%") {
    *px = 0;
  } else {
    return false;
  }
  return true;
}

bool InvisibleColor(const std::string& t) {
  std::string c;
  for (char ch : t) {
    if (ch != ' ') c.push_back(ch);
  }
  return c == "transparent" || c == "white" || c == "#fff" || c == "#ffffff" ||
         c == "rgb(255,255,255)" || c == "window";
}

void ApplyShorthand(const std::string& value, Edge* e) {
  Edge fresh;  // a shorthand resets what it does not name
  for (const std::string& t : Tokens(value)) {
    double px;
    if (IsStyleKeyword(t)) {
      fresh.style = t;
    } else if (ParseLength(t, &px)) {
      fresh.width = px;
    } else {
      fresh.invisible_color = InvisibleColor(t);
    }
  }
  *e = fresh;
}

// The values of a one-to-four-value property for the top and the bottom edge.
void TopAndBottom(const std::string& value, std::string* top, std::string* bottom) {
  std::vector<std::string> v = Tokens(value);
  if (v.empty()) return;
  *top = v[0];
  *bottom = v.size() >= 3 ? v[2] : v[0];
}

RuleMark MarkOf(const Edge& e) {
  if (e.style == "none" || e.style == "hidden" || e.width <= 0 || e.invisible_color) {
    return RuleMark::kNone;
  }
  return e.style == "double" ? RuleMark::kDouble : RuleMark::kSingle;
}

CssStyle Parse(std::string_view style) {
  Edge top, bottom;
  CssStyle out;
  double margin = 0, padding = 0;
  bool relative = false, moved_up = false;
  size_t pos = 0;
  while (pos <= style.size()) {
    size_t semi = style.find(';', pos);
    if (semi == std::string_view::npos) semi = style.size();
    std::string_view decl = style.substr(pos, semi - pos);
    pos = semi + 1;
    size_t colon = decl.find(':');
    if (colon == std::string_view::npos) continue;
    std::string prop = AsciiLower(TrimView(decl.substr(0, colon)));
    std::string value = AsciiLower(TrimView(decl.substr(colon + 1)));
    if (size_t bang = value.find("!important"); bang != std::string::npos) {
      value = std::string(TrimView(std::string_view(value).substr(0, bang)));
    }
    if (prop == "border") {
      ApplyShorthand(value, &top);
      bottom = top;
    } else if (prop == "border-top") {
      ApplyShorthand(value, &top);
    } else if (prop == "border-bottom") {
      ApplyShorthand(value, &bottom);
    } else if (prop == "border-style" || prop == "border-width" || prop == "border-color") {
      std::string t, b;
      TopAndBottom(value, &t, &b);
      for (auto [edge, v] : {std::pair<Edge*, std::string*>{&top, &t}, {&bottom, &b}}) {
        double px;
        if (prop == "border-style") edge->style = *v;
        if (prop == "border-width" && ParseLength(*v, &px)) edge->width = px;
        if (prop == "border-color") edge->invisible_color = InvisibleColor(*v);
      }
    } else if (prop == "border-top-style" || prop == "border-bottom-style") {
      (prop[7] == 't' ? top : bottom).style = value;
    } else if (prop == "border-top-width" || prop == "border-bottom-width") {
      double px;
      if (ParseLength(value, &px)) (prop[7] == 't' ? top : bottom).width = px;
    } else if (prop == "border-top-color" || prop == "border-bottom-color") {
      (prop[7] == 't' ? top : bottom).invisible_color = InvisibleColor(value);
    } else if (prop == "display") {
      out.hidden = value == "none";
    } else if (prop == "font-weight") {
      if (value == "bold" || value == "bolder") {
        out.weight = 700;
      } else if (value == "normal" || value == "lighter") {
        out.weight = 400;
      } else {
        out.weight = std::atoi(value.c_str());
      }
    } else if (prop == "vertical-align") {
      out.raised = value == "super";
    } else if (prop == "position") {
      relative = value == "relative";
    } else if (prop == "top") {
      double px = 0;
      moved_up = ParseLength(value, &px) && px < 0;
    } else if (prop == "margin-left" || prop == "padding-left") {
      double px = 0;
      if (ParseLength(value, &px)) (prop[0] == 'm' ? margin : padding) = px * 3 / 4;
    }
  }
  out.border_top = MarkOf(top);
  out.border_bottom = MarkOf(bottom);
  out.indent_pt = margin + padding;
  out.raised = out.raised || (relative && moved_up);
  return out;
}

// Looks a std::string key up by a std::string_view without copying it.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

}  // namespace

CssStyle ParseCssStyle(std::string_view style) {
  // A release repeats a few style attributes on thousands of cells: each is parsed once (per
  // thread; forgotten when too many differ).
  constexpr size_t kMaxRemembered = 4096;
  thread_local std::unordered_map<std::string, CssStyle, ViewHash, std::equal_to<>> seen;
  if (auto it = seen.find(style); it != seen.end()) return it->second;
  CssStyle parsed = Parse(style);
  if (seen.size() >= kMaxRemembered) seen.clear();
  seen.emplace(std::string(style), parsed);
  return parsed;
}

}  // namespace tieout
