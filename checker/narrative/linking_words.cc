// The words of row labels and of subjects, as the row linker compares them: normalized
// through the synonyms, head nouns, strong bindings, variants, signs.
#include "checker/narrative/linking.h"

#include <algorithm>

#include "checker/narrative/grammar.h"
#include "checker/narrative/linking_internal.h"

namespace tieout {

using linking::Contains;

std::string RowLinker::QualifierOf(const std::string& text) const {
  if (text.empty()) return "";
  std::vector<Token> tokens = Tokenize(text, {});
  for (const PhraseMatch& m : vocab_.phrases.FindAll(tokens, 0, tokens.size())) {
    if (m.entry->kind != PhraseKind::kQualifier) continue;
    std::string out;
    for (const std::string& w : SplitWords(m.entry->source)) out += w;
    if (out.rfind("as", 0) == 0 && out.size() > 2) out.erase(0, 2);
    return out;
  }
  return "";
}

std::set<std::string> RowLinker::Normalize(const std::vector<std::string>& words) const {
  std::set<std::string> out;
  for (const std::string& raw : words) {
    std::string w = Stem(raw);
    auto it = vocab_.synonyms.find(w);
    if (it == vocab_.synonyms.end()) {
      if (!IsFunctionWord(w)) out.insert(w);
      continue;
    }
    for (const std::string& s : it->second) {
      if (!IsFunctionWord(s)) out.insert(s);
    }
  }
  return out;
}

std::set<std::string> RowLinker::Content(const std::set<std::string>& words) const {
  std::set<std::string> out;
  for (const std::string& w : words) {
    if (!vocab_.generic_words.count(w) && !vocab_.variant_words.count(w)) out.insert(w);
  }
  return out;
}

std::string RowLinker::Head(const std::vector<std::string>& words) const {
  std::string head;
  for (const std::string& raw : words) {
    if (IsInnerPreposition(raw) && !head.empty()) break;
    std::string w = HeadWord(Stem(raw), !head.empty());
    if (!w.empty()) head = w;
  }
  return head;
}

std::string RowLinker::HeadWord(std::string w, bool after_head) const {
  if (IsFunctionWord(w) || vocab_.generic_words.count(w) || vocab_.variant_words.count(w)) {
    return "";
  }
  // "income tax expense": the head is what the expense is of, when the words name it.
  if (vocab_.implied_words.count(w) && after_head) return "";
  auto it = vocab_.synonyms.find(w);
  if (it != vocab_.synonyms.end()) {
    for (const std::string& s : it->second) {
      if (!IsFunctionWord(s) && !vocab_.generic_words.count(s)) w = s;
    }
  }
  return w;
}

bool RowLinker::SignConflict(const std::vector<std::string>& words, const Row& row,
                             const Decimal& value, bool stated_negative) const {
  if (value.is_zero()) return false;
  std::set<std::string> said = Normalize(words);
  std::set<std::string> label = Normalize(SplitWords(row.label));
  auto any = [](const std::set<std::string>& s, const std::set<std::string>& of) {
    for (const std::string& w : s) {
      if (of.count(w)) return true;
    }
    return false;
  };
  bool says_gain = any(said, vocab_.gain_words), says_loss = any(said, vocab_.loss_words);
  if (says_gain == says_loss) return false;
  // "net income was $(10.6) million": a loss. ("a loss of ($1.6) million" is a loss written
  // twice, not a gain.)
  if (stated_negative && says_gain) {
    says_gain = false;
    says_loss = true;
  }
  if (!any(label, vocab_.gain_words)) return false;  // "Net loss" rows show losses as figures
  return says_gain ? value.is_negative() : !value.is_negative();
}

bool RowLinker::Strong(const Shape& s, const std::set<std::string>& said) const {
  const std::set<std::string>& label = s.content;
  if (label.empty()) return false;
  auto any = [](const std::set<std::string>& s, const std::set<std::string>& of) {
    for (const std::string& w : s) {
      if (of.count(w)) return true;
    }
    return false;
  };
  // "Net income (loss)" is what "net loss" names.
  bool said_result = any(said, vocab_.gain_words) || any(said, vocab_.loss_words);
  for (const std::string& w : label) {
    bool result_word = vocab_.gain_words.count(w) || vocab_.loss_words.count(w);
    if (!Contains(said, w) && !(result_word && said_result)) return false;
  }
  bool other = false;  // a word besides the implied ones ("expenses" alone names no row)
  for (const std::string& w : said) {
    bool implied = vocab_.implied_words.count(w) > 0;
    if (!Contains(s.all, w) && !implied) return false;
    other = other || !implied || Contains(s.all, w);
  }
  return other;
}

std::set<std::string> RowLinker::LabelHeads(const std::string& label) const {
  // An aside in parentheses is another conjunct ("Net income (loss)", "Provision (benefit)
  // for income taxes"), unless it holds a preposition: "Net cash provided by (used in)
  // operating activities".
  std::string text;
  for (size_t i = 0; i < label.size(); ++i) {
    size_t close = label[i] == '(' ? label.find(')', i) : std::string::npos;
    if (close == std::string::npos) {
      text += label[i] == '&' ? std::string(" and ") : std::string(1, label[i]);
      continue;
    }
    std::vector<std::string> inner = SplitWords(label.substr(i + 1, close - i - 1));
    bool phrase = std::any_of(inner.begin(), inner.end(), [](const std::string& w) {
      return IsFunctionWord(w) && !IsDeterminer(w);
    });
    if (!phrase) text += " or " + label.substr(i + 1, close - i - 1) + " or ";
    i = close;
  }
  std::set<std::string> heads;
  std::string head;
  auto close = [&] {
    if (!head.empty()) heads.insert(head);
    head.clear();
  };
  for (const std::string& raw : SplitWords(text)) {
    if (raw == "and" || raw == "or") {
      close();
      continue;
    }
    std::string w = Stem(raw);
    bool participle = w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                                       w.compare(w.size() - 4, 4, "able") == 0);
    // A preposition or a participle after a noun ends the noun phrase.
    if ((IsFunctionWord(w) && !IsDeterminer(w) && !head.empty()) || (participle && !head.empty())) {
      break;
    }
    w = HeadWord(w, !head.empty());
    if (!w.empty()) head = w;
  }
  close();
  return heads;
}

std::set<std::string> RowLinker::Divisor(const std::string& label) const {
  std::string text = label;
  std::replace(text.begin(), text.end(), '/', ' ');
  std::vector<std::string> words = SplitWords(text);
  size_t slash = label.find('/');
  size_t from = words.size();
  if (slash != std::string::npos) {
    from = SplitWords(label.substr(0, slash)).size();
  } else {
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i] == "to" || words[i] == "of") {
        from = i + 1;
        break;
      }
    }
  }
  return Normalize(std::vector<std::string>(words.begin() + static_cast<long>(from), words.end()));
}

bool RowLinker::SaysHead(const Shape& s, const std::set<std::string>& said) const {
  if (s.heads.empty()) return true;
  auto result = [this](const std::string& w) {
    return vocab_.gain_words.count(w) > 0 || vocab_.loss_words.count(w) > 0;
  };
  bool said_result = std::any_of(said.begin(), said.end(), result);
  for (const std::string& h : s.heads) {
    // "net loss" names "Diluted net earnings (loss) per share", whose head is "earnings".
    if (Contains(said, h) || (said_result && result(h))) return true;
  }
  return false;
}

bool RowLinker::NamesRow(const std::vector<std::string>& subject) const {
  auto shapes = shapes_by_word_.find(Head(subject));
  if (shapes == shapes_by_word_.end()) return false;
  std::set<std::string> said = Content(Normalize(subject));
  for (size_t index : shapes->second) {
    if (Strong(shapes_[index], said)) return true;
  }
  return false;
}

std::set<std::string> RowLinker::Variants(const std::set<std::string>& words) const {
  std::set<std::string> out;
  for (const std::string& w : words) {
    if (vocab_.variant_words.count(w)) out.insert(w);
  }
  return out;
}

// A named variant ("diluted") must be the row's, when the row names one.
bool RowLinker::OtherVariant(const Entry& e, const std::set<std::string>& variants) const {
  if (variants.empty()) return false;
  bool names_variant = false;
  for (const std::string& w : shapes_[e.shape].all) {
    if (!vocab_.variant_words.count(w)) continue;
    if (variants.count(w)) return false;
    names_variant = true;
  }
  return names_variant;
}

}  // namespace tieout
