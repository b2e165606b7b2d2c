#include "checker/vocabulary/vocabulary.h"

#include <atomic>
#include <cctype>

namespace tieout {

std::string NormalizeLabel(const std::string& label) {
  std::string out;
  out.reserve(label.size());
  bool space = false;
  for (char c : label) {
    // The C locale's white space and A-Z, without a library call per character.
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // Trailing dot leaders, colons and footnote marks such as "(1)" or "*".
  for (bool changed = true; changed;) {
    changed = false;
    while (!out.empty() && (out.back() == '.' || out.back() == ':' || out.back() == ' ' ||
                            out.back() == '*' || out.back() == '$')) {
      out.pop_back();
      changed = true;
    }
    if (out.size() >= 3 && out.back() == ')' && out[out.size() - 3] == '(' &&
        (std::isdigit(static_cast<unsigned char>(out[out.size() - 2])) ||
         std::islower(static_cast<unsigned char>(out[out.size() - 2])))) {
      // "(1)" or "(a)" after a word, not "(loss)".
      out.resize(out.size() - 3);
      changed = true;
    }
  }
  return out;
}

bool MatchesAny(const std::vector<Pattern>& patterns, const std::string& normalized) {
  for (const Pattern& p : patterns) {
    if (p.Search(normalized)) return true;
  }
  return false;
}

namespace {

uint64_t NextCacheId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// Labels remembered per thread, per cache and per pattern list. A list that has seen this many
// labels starts over, so a sweep over many files does not grow without end.
constexpr size_t kMaxRemembered = 1 << 16;
using SeenLabels = std::unordered_map<std::string, bool>;

}  // namespace

MatchCache::MatchCache() : id_(NextCacheId()) {}

MatchCache& MatchCache::operator=(const MatchCache&) {
  id_ = NextCacheId();
  return *this;
}

bool MatchCache::Matches(const std::vector<Pattern>& patterns,
                         const std::string& normalized) const {
  thread_local std::unordered_map<uint64_t, std::unordered_map<const void*, SeenLabels>> memory;
  SeenLabels& seen = memory[id_][&patterns];
  auto it = seen.find(normalized);
  if (it != seen.end()) return it->second;
  bool m = MatchesAny(patterns, normalized);
  if (seen.size() >= kMaxRemembered) seen.clear();
  seen.emplace(normalized, m);
  return m;
}

ValueKind Vocabulary::ClassifyRow(const std::string& label, const std::string& section) const {
  std::string l = NormalizeLabel(label);
  std::string s = NormalizeLabel(section);
  // A label that only qualifies its heading ("Basic") is what the heading says it is, unless
  // the heading only qualifies too ("Net income" under "Basic:" is money).
  if (!s.empty() && Matches(qualifier_rows, l) && !Matches(qualifier_rows, s)) {
    if (Matches(share_rows, s)) return ValueKind::kShares;
    if (Matches(per_share_rows, s)) return ValueKind::kPerShare;
  }
  if (Matches(per_share_rows, l)) return ValueKind::kPerShare;
  if (Matches(share_rows, l)) return ValueKind::kShares;
  if (!s.empty()) {
    std::string both = s + " " + l;
    if (Matches(per_share_rows, s) && !Matches(share_rows, l)) return ValueKind::kPerShare;
    if (Matches(share_rows, both)) return ValueKind::kShares;
  }
  return ValueKind::kMoney;
}

int Vocabulary::ScaleOf(const std::string& note) const {
  // The scale named first: "(in millions, except shares in thousands)" is in millions.
  std::string n = NormalizeLabel(note);
  int power = -1;
  size_t first = std::string::npos;
  for (const ScalePattern& s : scales) {
    std::smatch m;
    if (s.pattern.Search(n, &m) && static_cast<size_t>(m.position(0)) < first) {
      first = static_cast<size_t>(m.position(0));
      power = s.power;
    }
  }
  return power;
}

}  // namespace tieout
