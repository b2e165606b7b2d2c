#include "checker/vocabulary/vocabulary.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <deque>
#include <string_view>
#include <unordered_map>

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

// A thread's memory of labels, numbered in the order seen, and of each cache's answers per
// pattern list, by label number. When this many labels have been seen it starts over.
constexpr size_t kMaxRemembered = 1 << 16;

struct ListKey {
  uint64_t cache;
  const void* list;
  bool operator==(const ListKey&) const = default;
};

struct ListKeyHash {
  size_t operator()(const ListKey& k) const {
    return std::hash<const void*>()(k.list) ^
           (std::hash<uint64_t>()(k.cache) * 0x9e3779b97f4a7c15ULL);
  }
};

enum Answer : uint8_t { kUnknown = 0, kNo = 1, kYes = 2 };

struct LabelMemory {
  std::deque<std::string> texts;                       // by number; stable for the views below
  std::unordered_map<std::string_view, uint32_t> ids;  // text -> number
  std::unordered_map<ListKey, std::vector<uint8_t>, ListKeyHash> answers;
  uint64_t generation = 0;

  void Clear() {
    ids.clear();
    texts.clear();
    answers.clear();
    ++generation;
  }
};

LabelMemory& Memory() {
  thread_local LabelMemory memory;
  return memory;
}

}  // namespace

MatchCache::MatchCache() : id_(NextCacheId()) {}

MatchCache& MatchCache::operator=(const MatchCache&) {
  id_ = NextCacheId();
  return *this;
}

uint32_t MatchCache::LabelId(const std::string& normalized) {
  LabelMemory& m = Memory();
  auto it = m.ids.find(std::string_view(normalized));
  if (it != m.ids.end()) return it->second;
  if (m.texts.size() >= kMaxRemembered) m.Clear();
  auto id = static_cast<uint32_t>(m.texts.size());
  m.texts.push_back(normalized);
  m.ids.emplace(std::string_view(m.texts.back()), id);
  return id;
}

uint64_t MatchCache::Generation() { return Memory().generation; }

bool MatchCache::Matches(const std::vector<Pattern>& patterns, uint32_t label) const {
  LabelMemory& m = Memory();
  std::vector<uint8_t>& answers = m.answers[ListKey{id_, &patterns}];
  if (label < answers.size() && answers[label] != kUnknown) return answers[label] == kYes;
  bool yes = MatchesAny(patterns, m.texts[label]);
  if (answers.size() <= label) answers.resize(m.texts.size(), kUnknown);
  answers[label] = yes ? kYes : kNo;
  return yes;
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
  // A count of the shares a per-share figure is computed over ("Shares used in computing net
  // income per share") names per share too: the share-count pattern, anchored, says what it is.
  if (Matches(share_rows, l)) return ValueKind::kShares;
  if (Matches(per_share_rows, l)) return ValueKind::kPerShare;
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

size_t Vocabulary::ExceptionAt(const std::string& text, size_t from) const {
  size_t first = std::string::npos;
  for (const std::string& word : scale_exceptions.opens) {
    first = std::min(first, text.find(word, from));
  }
  return first;
}

int Vocabulary::NamedQuarter(const std::string& header) const {
  const QuarterNameWords& names = quarter_names;
  std::vector<std::string> words;
  std::string word;
  for (char ch : NormalizeLabel(header) + " ") {
    if (std::isalnum(static_cast<unsigned char>(ch))) {
      word += ch;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  auto begins = [](const std::string& w, const std::string& prefix) {
    return w.compare(0, prefix.size(), prefix) == 0;
  };
  int found = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    int n = 0;
    for (const std::string& form : names.short_forms) {
      if (w.size() == form.size() + 1 && begins(w, form) && w.back() >= '1' && w.back() <= '4') {
        n = w.back() - '0';
      }
    }
    bool quarter_next = i + 1 < words.size() &&
                        std::any_of(names.quarter.begin(), names.quarter.end(),
                                    [&](const std::string& q) { return begins(words[i + 1], q); });
    for (size_t k = 0; k < names.ordinals.size() && k < 4 && n == 0 && quarter_next; ++k) {
      const std::vector<std::string>& ordinal = names.ordinals[k];
      if (std::find(ordinal.begin(), ordinal.end(), w) != ordinal.end())
        n = static_cast<int>(k) + 1;
    }
    if (n == 0) continue;
    if (found != 0 && found != n) return 0;
    found = n;
  }
  return found;
}

}  // namespace tieout
