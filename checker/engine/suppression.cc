#include "checker/engine/suppression.h"

#include <algorithm>
#include <filesystem>

#include "checker/base/suggest.h"

namespace tieout {
namespace {

bool IsRuleIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// The directive's text after "tieout-ignore:", to the end of its line or comment.
std::string_view DirectiveText(std::string_view text, size_t from) {
  size_t end = text.find('\n', from);
  if (end == std::string_view::npos) end = text.size();
  std::string_view rest = text.substr(from, end - from);
  for (std::string_view close : {"-->", "*/"}) {
    size_t c = rest.find(close);
    if (c != std::string_view::npos) rest = rest.substr(0, c);
  }
  while (!rest.empty() && (rest.back() == '\r' || rest.back() == ' ' || rest.back() == '\t')) {
    rest.remove_suffix(1);
  }
  return rest;
}

// Where the directive at `at` ends: after its comment's "-->", else at the end of its line.
size_t DirectiveEnd(std::string_view text, size_t at) {
  size_t line_end = std::min(text.find('\n', at), text.size());
  size_t close = text.find("-->", at);
  return close < line_end ? close + 3 : line_end;
}

// The end of the first block that goes on past `offset` (the directive's end), or `offset` when
// none does.
uint64_t EndOfNextBlock(const Document& doc, uint64_t offset) {
  uint64_t best_begin = 0, best_end = offset;
  bool found = false;
  auto consider = [&](SourceSpan span) {
    if (span.empty() || span.end <= offset) return;
    if (!found || span.begin < best_begin) {
      found = true;
      best_begin = span.begin;
      best_end = span.end;
    }
  };
  for (const Paragraph& p : doc.paragraphs) consider(p.span);
  for (const Table& t : doc.tables) consider(t.span);
  return best_end;
}

// Whether the words at `at` are a directive: inside an HTML comment, or, in a plain-text
// format, at the start of a line (after blanks only).
bool IsDirective(std::string_view text, size_t at, bool plain_text) {
  size_t open = text.rfind("<!--", at);
  if (open != std::string_view::npos && text.find("-->", open) >= at) return true;
  if (!plain_text) return false;
  size_t b = at;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  return b == 0 || text[b - 1] == '\n' || text[b - 1] == '\r';
}

bool Before(const Location& a, const Location& b) {
  return a.line < b.line || (a.line == b.line && a.column < b.column);
}

std::vector<std::string> KnownRuleIds(const RuleSet& rules) {
  std::vector<std::string> ids = rules.disabled;
  for (const auto& r : rules.rules) ids.push_back(r->spec().id);
  return ids;
}

}  // namespace

std::vector<InlineIgnore> FindInlineIgnores(const Document& doc, const RuleSet& rules,
                                            std::vector<InputError>* errors) {
  std::vector<InlineIgnore> found;
  std::string_view all = doc.source->text();
  uint64_t end = std::min<uint64_t>(doc.span.empty() ? all.size() : doc.span.end, all.size());
  std::string_view text = all.substr(0, end);
  const std::string name = doc.name.empty() ? doc.source->path() : doc.name;
  std::vector<std::string> known;
  const bool plain_text = doc.format == "edgar-text" || doc.format == "text";
  for (size_t at = text.find(kIgnoreDirective, doc.span.begin); at != std::string_view::npos;
       at = text.find(kIgnoreDirective, at + 1)) {
    if (!IsDirective(text, at, plain_text)) continue;
    InlineIgnore ignore;
    ignore.line = doc.Locate(at).line;
    ignore.begin = at;
    std::string_view rest = DirectiveText(text, at + sizeof kIgnoreDirective - 1);
    auto fail = [&](const std::string& what) {
      errors->push_back(
          InputError{doc.source->path(), name + ":" + std::to_string(ignore.line) + ": " + what +
                                             " (write 'tieout-ignore: RULE-ID[,RULE-ID] reason')"});
    };
    // Rule ids, separated by commas.
    size_t i = 0;
    for (;;) {
      while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
      size_t b = i;
      while (i < rest.size() && IsRuleIdChar(rest[i])) ++i;
      if (i > b) ignore.rules.emplace_back(rest.substr(b, i - b));
      if (i < rest.size() && rest[i] == ',') {
        ++i;
        continue;
      }
      break;
    }
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
    ignore.reason = std::string(rest.substr(i));
    if (ignore.rules.empty()) {
      fail("tieout-ignore names no rule");
      continue;
    }
    if (known.empty()) known = KnownRuleIds(rules);
    bool ok = true;
    for (const std::string& id : ignore.rules) {
      if (std::find(known.begin(), known.end(), id) != known.end()) continue;
      std::string near = NearestName(id, known);
      fail("tieout-ignore: no rule '" + id + "'" +
           (near.empty() ? "" : " (did you mean '" + near + "'?)"));
      ok = false;
    }
    if (!ok) continue;
    if (ignore.reason.empty()) {
      fail("tieout-ignore: " + ignore.rules.front() + " gives no reason");
      continue;
    }
    ignore.end = EndOfNextBlock(doc, DirectiveEnd(text, at));
    found.push_back(std::move(ignore));
  }
  return found;
}

std::vector<InlineScope> InlineScopes(const Document& doc,
                                      const std::vector<InlineIgnore>& ignores) {
  const std::string document = doc.name.empty() ? doc.source->path() : doc.name;
  std::vector<InlineScope> scopes;
  for (const InlineIgnore& ig : ignores) {
    scopes.push_back(InlineScope{document, doc.Locate(ig.begin), doc.Locate(ig.end), ig.rules,
                                 Suppression{Suppression::Source::kInline, ig.reason,
                                             document + ":" + std::to_string(ig.line)}});
  }
  return scopes;
}

void ApplyInlineScopes(const std::vector<InlineScope>& scopes, Finding* begin, Finding* end) {
  for (Finding* f = begin; f != end; ++f) {
    if (f->suppression) continue;
    const Location at{f->line, f->column};
    for (const InlineScope& scope : scopes) {
      if (f->file != scope.file || Before(at, scope.from) || !Before(at, scope.to)) continue;
      if (std::find(scope.rules.begin(), scope.rules.end(), f->rule) == scope.rules.end()) continue;
      f->suppression = scope.suppression;
      break;
    }
  }
}

bool GlobMatches(std::string_view glob, std::string_view path) {
  if (glob.find('/') == std::string_view::npos) {
    size_t slash = path.find_last_of('/');
    if (slash != std::string_view::npos) path = path.substr(slash + 1);
  }
  // Iterative wildcard matching with one backtrack point.
  size_t g = 0, p = 0, star = std::string_view::npos, mark = 0;
  while (p < path.size()) {
    if (g < glob.size() && (glob[g] == '?' || glob[g] == path[p])) {
      ++g;
      ++p;
    } else if (g < glob.size() && glob[g] == '*') {
      star = g++;
      mark = p;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      p = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

void ApplyPathIgnores(const std::vector<PathIgnore>& ignores, Report* report, size_t from) {
  if (ignores.empty()) return;
  namespace fs = std::filesystem;
  auto absolute = [](const std::string& p) {
    std::error_code ec;
    fs::path a = fs::absolute(p, ec);
    return (ec ? fs::path(p) : a).lexically_normal().generic_string();
  };
  std::vector<std::string> globs;
  for (const PathIgnore& ig : ignores) {
    globs.push_back(ig.pattern.find('/') == std::string::npos ? ig.pattern : absolute(ig.pattern));
  }
  for (size_t k = from; k < report->findings.size(); ++k) {
    Finding& f = report->findings[k];
    if (f.suppression) continue;
    std::string path = absolute(f.path.empty() ? f.file : f.path);
    for (size_t i = 0; i < ignores.size(); ++i) {
      const PathIgnore& ig = ignores[i];
      if (!ig.rules.empty() &&
          std::find(ig.rules.begin(), ig.rules.end(), f.rule) == ig.rules.end()) {
        continue;
      }
      if (!GlobMatches(globs[i], path)) continue;
      f.suppression =
          Suppression{Suppression::Source::kConfig,
                      ig.reason.empty() ? "ignored by the configuration" : ig.reason, ig.pattern};
      break;
    }
  }
}

}  // namespace tieout
