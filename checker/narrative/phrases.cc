#include "checker/narrative/phrases.h"

#include <cctype>

namespace tieout {
namespace {

constexpr size_t kMaxExpansions = 4096;

using Sequences = std::vector<std::vector<std::string>>;
using Strings = std::vector<std::string>;

// A phrase is a small regular expression over characters: literals, "(a|b)" groups and "?"
// after a character or a group. It is expanded into every string it matches; each string is
// then split into words at spaces, commas, hyphens and slashes.
class PhraseParser {
 public:
  explicit PhraseParser(const std::string& text) : text_(text) {}

  bool Parse(Sequences* out, std::string* error) {
    Strings strings;
    if (!ParseAlternatives(&strings)) {
      *error = error_;
      return false;
    }
    if (pos_ < text_.size()) {
      *error = "unexpected '" + std::string(1, text_[pos_]) + "' at " + std::to_string(pos_ + 1);
      return false;
    }
    Sequences seqs;
    for (const std::string& s : strings) {
      std::vector<std::string> words;
      std::string w;
      for (char c : s) {
        if (c == '&') {
          if (!w.empty()) words.push_back(w);
          words.push_back("and");  // "R&D" is "r and d", as the text is read
          w.clear();
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'') {
          w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        } else {
          if (!w.empty()) words.push_back(w);
          w.clear();
        }
      }
      if (!w.empty()) words.push_back(w);
      if (words.empty()) {
        *error = "the phrase can match nothing";
        return false;
      }
      seqs.push_back(std::move(words));
    }
    *out = std::move(seqs);
    return true;
  }

 private:
  bool Fail(const std::string& message) {
    if (error_.empty()) error_ = message;
    return false;
  }

  bool Combine(const Strings& a, const Strings& b, Strings* out) {
    Strings r;
    for (const auto& x : a) {
      for (const auto& y : b) {
        r.push_back(x + y);
        if (r.size() > kMaxExpansions) return Fail("more than 4096 ways to read the phrase");
      }
    }
    *out = std::move(r);
    return true;
  }

  // alternatives := sequence ('|' sequence)*
  bool ParseAlternatives(Strings* out) {
    Strings all;
    while (true) {
      Strings seq;
      if (!ParseSequence(&seq)) return false;
      all.insert(all.end(), seq.begin(), seq.end());
      if (all.size() > kMaxExpansions) return Fail("more than 4096 ways to read the phrase");
      if (pos_ < text_.size() && text_[pos_] == '|') {
        ++pos_;
        continue;
      }
      break;
    }
    *out = std::move(all);
    return true;
  }

  // sequence := (item '?'?)*, up to ')' or '|' or the end
  bool ParseSequence(Strings* out) {
    Strings seq = {""};
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ')' || c == '|') break;
      Strings item;
      if (c == '(') {
        ++pos_;
        if (!ParseAlternatives(&item)) return false;
        if (pos_ >= text_.size() || text_[pos_] != ')') return Fail("'(' is not closed");
        ++pos_;
      } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '&' || c == ' ' ||
                 c == ',' || c == '-' || c == '/' || c == '.') {
        item = {std::string(1, c)};
        ++pos_;
      } else {
        return Fail(std::string("'") + c +
                    "' is not phrase syntax (words, '(a|b)' groups and '?' only)");
      }
      if (pos_ < text_.size() && text_[pos_] == '?') {
        ++pos_;
        item.push_back("");
      }
      if (!Combine(seq, item, &seq)) return false;
    }
    *out = std::move(seq);
    return true;
  }

  const std::string& text_;
  size_t pos_ = 0;
  std::string error_;
};

bool Breaks(const Token& t) { return t.is_figure() || (t.punct != 0 && t.punct != ','); }

}  // namespace

const char* PhraseKindName(PhraseKind kind) {
  switch (kind) {
    case PhraseKind::kConcept:
      return "concept";
    case PhraseKind::kComponents:
      return "components";
    case PhraseKind::kIncrease:
      return "increase";
    case PhraseKind::kDecrease:
      return "decrease";
    case PhraseKind::kUnchanged:
      return "unchanged";
    case PhraseKind::kComparison:
      return "comparison";
    case PhraseKind::kApproximate:
      return "approximate";
    case PhraseKind::kBound:
      return "bound";
    case PhraseKind::kVerb:
      return "verb";
    case PhraseKind::kSegment:
      return "segment";
    case PhraseKind::kQualifier:
      return "qualifier";
  }
  return "concept";
}

bool ExpandPhrase(const std::string& phrase, Sequences* out, std::string* error) {
  PhraseParser parser(phrase);
  return parser.Parse(out, error);
}

bool PhraseMatcher::Add(const std::string& phrase, PhraseKind kind, const std::string& name,
                        std::string* error) {
  Sequences seqs;
  if (!ExpandPhrase(phrase, &seqs, error)) return false;
  int id = static_cast<int>(entries_.size());
  entries_.push_back(PhraseEntry{kind, name, phrase});
  for (const auto& seq : seqs) {
    int node = 0;
    for (const std::string& w : seq) {
      auto it = nodes_[node].next.find(w);
      if (it == nodes_[node].next.end()) {
        nodes_.push_back(Node());
        int created = static_cast<int>(nodes_.size()) - 1;
        nodes_[node].next.emplace(w, created);
        node = created;
      } else {
        node = it->second;
      }
    }
    int existing = nodes_[node].entry;
    if (existing >= 0 && existing != id) {
      const PhraseEntry& e = entries_[existing];
      if (e.kind != kind || e.name != name) {
        std::string words;
        for (const std::string& w : seq) words += (words.empty() ? "" : " ") + w;
        *error = "'" + words + "' already " +
                 (e.name.empty() ? std::string("means ") + PhraseKindName(e.kind)
                                 : "names concept " + e.name) +
                 " ('" + e.source + "')";
        return false;
      }
    }
    nodes_[node].entry = id;
  }
  return true;
}

std::vector<PhraseMatch> PhraseMatcher::FindAll(const std::vector<Token>& tokens, size_t begin,
                                                size_t end) const {
  std::vector<PhraseMatch> out;
  size_t i = begin;
  while (i < end) {
    if (!tokens[i].is_word()) {
      ++i;
      continue;
    }
    int node = 0;
    int best_entry = -1;
    size_t best_last = i;
    int sentence = tokens[i].sentence;
    for (size_t j = i; j < end; ++j) {
      const Token& t = tokens[j];
      if (t.sentence != sentence || Breaks(t)) break;
      if (t.punct == ',') continue;
      auto it = nodes_[node].next.find(t.word);
      if (it == nodes_[node].next.end()) break;
      node = it->second;
      if (nodes_[node].entry >= 0) {
        best_entry = nodes_[node].entry;
        best_last = j;
      }
    }
    if (best_entry >= 0) {
      out.push_back(PhraseMatch{i, best_last, &entries_[best_entry]});
      i = best_last + 1;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace tieout
