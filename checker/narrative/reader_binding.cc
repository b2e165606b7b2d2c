// The concept phrase a figure of the prose speaks of, or why there is none.
#include "checker/narrative/paragraph_reader.h"

#include <algorithm>

#include "checker/narrative/grammar.h"

namespace tieout {

// A concept phrase qualified by the words around it names something else: "Domestic segment
// revenues", "GAAP net income", "revenue growth", "net loss margin".
bool ParagraphReader::Modified(const PhraseMatch& m) const {
  if (m.first > sb_ && IsContent(m.first - 1)) return true;
  size_t after = m.last + 1;
  // "net loss attributable to Delta Media common shareholders"
  if (after < se_ && PhraseKindAt(after, PhraseKind::kComponents) &&
      PhraseAt(after)->first == after) {
    return true;
  }
  if (after < se_ && IsContent(after)) return true;  // "revenue growth", "net loss margin"
  return false;
}

// The concept phrase a figure (at token tf) speaks of, or why there is none.
ParagraphReader::Binding ParagraphReader::Bind(size_t tf) const {
  // What follows the figure first: "$135 million of cash and cash equivalents" is cash; "$115.0
  // million of outstanding borrowings" and "a $500 million revolving credit facility" are
  // amounts of other things.
  size_t u = tf + 1;
  if (u < se_ && (Word(u) == "of" || Word(u) == "in")) {
    size_t v = u + 1;
    while (v < se_ && tokens_[v].is_word() && IsDeterminer(tokens_[v].word)) ++v;
    const PhraseMatch* m = v < se_ ? PhraseAt(v) : nullptr;
    if (m && m->first == v && m->entry->kind == PhraseKind::kConcept && !Modified(*m)) {
      // "$135 million of cash and cash equivalents"; but "$2.4 million in revenue" from the
      // sale of 19 homesites is a part of revenue.
      if (Word(u) == "of") return Binding{token_phrase_[v], ""};
      return Binding{-1, "the figure is a part of \"" + TextOf(m->first, m->last) + "\"", false,
                     true};
    }
    if (v < se_ && IsContent(v)) {
      return Binding{-1, "the figure is the amount of \"" + tokens_[v].word + "\""};
    }
  } else if (u < se_) {
    const PhraseMatch* m = PhraseAt(u);
    if (m && m->first == u && m->entry->kind == PhraseKind::kConcept && !Modified(*m)) {
      return Binding{token_phrase_[u], ""};  // "a $2.4 million net loss"
    }
    if (IsContent(u)) return Binding{-1, "the figure describes \"" + tokens_[u].word + "\""};
  }
  bool verb_seen = false;
  bool linking_verb_seen = false;  // a copula or a verb such as "totaled"
  size_t t = tf;
  while (t-- > sb_) {
    if (tf - t > kMaxBindingWalk) break;
    const Token& tok = tokens_[t];
    if (tok.punct == ':' || tok.punct == '"') {
      // A quotation or a list introduced by a colon starts a new statement.
      if (tok.punct == ':') return Binding{-1, "no phrase names what the figure measures"};
      continue;
    }
    const PhraseMatch* m = PhraseAt(t);
    if (m) {
      int idx = token_phrase_[t];
      switch (m->entry->kind) {
        case PhraseKind::kConcept: {
          if (subordinate_.count(static_cast<size_t>(idx)) && !AttachedByOf(*m, tf)) {
            t = m->first;
            continue;
          }
          // "$134.3 million, or 15.9% of net revenues, ... compared to $120.9 million": the
          // whole of an earlier ratio is not what a later figure measures.
          if (m->first >= sb_ + 2 && Word(m->first - 1) == "of" &&
              tokens_[m->first - 2].is_figure() &&
              figures_[static_cast<size_t>(tokens_[m->first - 2].figure)].unit ==
                  FigureUnit::kPercent) {
            t = m->first - 2;
            continue;
          }
          if (Modified(*m)) {
            return Binding{
                -1, "\"" + TextOf(m->first, m->last) + "\" is qualified by the words around it",
                true, false, m->first};
          }
          std::string subject = ForeignSubject(*m);
          if (!subject.empty()) {
            return Binding{-1,
                           "the subject of \"" + TextOf(m->first, m->last) + "\" is \"" + subject +
                               "\", not the company",
                           true};
          }
          // "Gains on equity securities ... was a net gain of $19 million compared to a net
          // loss of $127 million": the subject of the verb before the phrase owns it.
          std::string clause = ClauseSubject(*m);
          if (!clause.empty()) {
            return Binding{-1, "the subject of the sentence is \"" + clause + "\"", true};
          }
          // "Net debt, calculated as ... net of cash and cash equivalents ..., was $650.2
          // million": the subject of the verb is not the phrase.
          if (linking_verb_seen) {
            std::string head = HeadBefore(*m);
            if (!head.empty()) {
              return Binding{-1, "the subject of the sentence is \"" + head + "\"", true};
            }
          }
          return Binding{idx, ""};
        }
        case PhraseKind::kComponents:
          // "a net loss attributable to the Company of $2.47 billion ..., compared to a net
          // loss of $184 million": the rest of the sentence speaks of the qualified measure.
          if (m->first > sb_ && PhraseKindAt(m->first - 1, PhraseKind::kConcept)) {
            const PhraseMatch* c = PhraseAt(m->first - 1);
            return Binding{
                -1, "\"" + TextOf(c->first, m->last) + "\" qualifies " + TextOf(c->first, c->last),
                true};
          }
          if (!verb_seen) {
            return Binding{-1,
                           "a part of, or a reason for, what is named before (\"" +
                               TextOf(m->first, m->last) + "\")",
                           false, true};
          }
          t = m->first;
          continue;
        case PhraseKind::kVerb:
        case PhraseKind::kIncrease:
        case PhraseKind::kDecrease:
        case PhraseKind::kUnchanged:
          // "remained unchanged at": the copula before the word is no subject.
          if (m->first > sb_ && IsContent(m->first - 1) && !IsCopula(Word(m->first - 1))) {
            return Binding{-1,
                           "the subject of \"" + TextOf(m->first, m->last) + "\" is \"" +
                               tokens_[m->first - 1].word + "\"",
                           true, false, m->first - 1};
          }
          verb_seen = true;
          if (m->entry->kind == PhraseKind::kVerb) linking_verb_seen = true;
          t = m->first;
          continue;
        default:
          t = m->first;
          continue;
      }
    }
    if (tok.is_word() && IsCopula(tok.word)) {
      if (t > sb_ && IsContent(t - 1)) {
        return Binding{-1, "the subject of \"" + tok.word + "\" is \"" + tokens_[t - 1].word + "\"",
                       true, false, t - 1};
      }
      verb_seen = true;
      linking_verb_seen = true;
    }
  }
  return Binding{-1, "no phrase names what the figure measures"};
}

// A word that names something between the start of the clause (the sentence or the last
// comma) and phrase m: the head of the subject, when it is not the phrase. Words in
// parentheses are asides.
std::string ParagraphReader::HeadBefore(const PhraseMatch& m) const {
  int depth = 0;
  for (size_t t = m.first; t-- > sb_;) {
    const Token& tok = tokens_[t];
    if (tok.punct == ')') ++depth;
    if (tok.punct == '(') depth = std::max(0, depth - 1);
    if (depth > 0) continue;
    if (tok.punct == ',' || tok.punct == ';' || tok.punct == ':') break;
    if (IsContent(t)) return tok.word;
  }
  return "";
}

// The head of the subject of the linking verb before phrase m, when no other concept phrase
// stands between them and the head is not the company.
std::string ParagraphReader::ClauseSubject(const PhraseMatch& m) const {
  for (size_t t = m.first; t-- > sb_;) {
    const PhraseMatch* p = PhraseAt(t);
    if (p && p->entry->kind == PhraseKind::kConcept) return "";
    bool linking = (p && p->entry->kind == PhraseKind::kVerb && p->first == t) ||
                   (!p && tokens_[t].is_word() && IsCopula(tokens_[t].word));
    if (!linking) continue;
    PhraseMatch verb{t, t, nullptr};
    return HeadBefore(verb);
  }
  return "";
}

// "grant revenue of $0.3 million": the figure at tf is attached to phrase m by "of".
bool ParagraphReader::AttachedByOf(const PhraseMatch& m, size_t tf) const {
  size_t t = tf;
  while (t > sb_ && tokens_[t - 1].is_word() && IsDeterminer(tokens_[t - 1].word)) --t;
  while (t > sb_ && PhraseKindAt(t - 1, PhraseKind::kApproximate)) t = PhraseAt(t - 1)->first;
  if (t == sb_ || Word(t - 1) != "of") return t > sb_ && t - 1 == m.last;
  size_t before = t - 1;
  while (before > sb_ && token_mention_[before - 1] >= 0)
    --before;  // "net loss for the quarter of"
  return before > sb_ && before - 1 == m.last;
}

// A figure attached by "of" to a word other than its concept phrase ("a charge of $425,000",
// "a total of $16 million"), or set in parentheses after another word ("restructuring at
// Jaguar ($109 million)"), or far from the phrase, is not that concept's amount.
std::string ParagraphReader::Attachment(const PhraseMatch& m, size_t tf) const {
  size_t t = tf;
  while (t > sb_ && tokens_[t - 1].is_word() && IsDeterminer(tokens_[t - 1].word)) --t;
  while (t > sb_ && PhraseKindAt(t - 1, PhraseKind::kApproximate)) t = PhraseAt(t - 1)->first;
  if (t > sb_ && tokens_[t - 1].punct == '(') {
    if (t - 1 > sb_ && t - 2 == m.last) return "";
    if (t - 1 > sb_ && tokens_[t - 2].is_word()) {
      return "the figure in parentheses is about \"" + tokens_[t - 2].word + "\"";
    }
    return "the figure is in parentheses";
  }
  int content = 0;
  for (size_t u = m.last + 1; u < tf; ++u) {
    if (IsContent(u)) ++content;
  }
  if (content > kMaxContentWords) {
    return "\"" + TextOf(m.first, m.last) + "\" is " + std::to_string(content) +
           " words away from the figure";
  }
  if (t == sb_ || Word(t - 1) != "of") return "";
  size_t before = t - 1;
  while (before > sb_ && token_mention_[before - 1] >= 0) --before;
  if (before > sb_ && before - 1 == m.last) return "";
  if (before > sb_ && tokens_[before - 1].is_word()) {
    return "the figure is the amount of \"" + tokens_[before - 1].word + "\"";
  }
  return "";
}

// "Revenue and net income were $X and $Y": the phrases listed with `idx`, in order.
std::vector<int> ParagraphReader::ConceptList(int idx) const {
  std::vector<int> list = {idx};
  size_t first = phrases_[static_cast<size_t>(idx)].first;
  while (first > sb_) {
    size_t t = first - 1;
    bool joined = false;
    while (t > sb_ && (tokens_[t].punct == ',' || tokens_[t].word == "and")) {
      joined = true;
      --t;
    }
    if (!joined) break;
    const PhraseMatch* m = PhraseAt(t);
    if (!m || m->entry->kind != PhraseKind::kConcept || m->last != t ||
        subordinate_.count(static_cast<size_t>(token_phrase_[t]))) {
      break;
    }
    list.insert(list.begin(), token_phrase_[t]);
    first = m->first;
  }
  return list;
}

std::string ParagraphReader::ConceptOf(int phrase, FigureUnit unit) const {
  const std::string& name = phrases_[static_cast<size_t>(phrase)].entry->name;
  if (unit == FigureUnit::kPerShare) {
    auto it = vocab_.per_share.find(name);
    if (it != vocab_.per_share.end()) return it->second;
  }
  return name;
}

}  // namespace tieout
