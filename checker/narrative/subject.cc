#include "checker/narrative/subject.h"

#include <algorithm>
#include <cctype>

#include "checker/narrative/grammar.h"

namespace tieout {
namespace {

constexpr size_t kMaxWords = 8;
constexpr size_t kMaxWalk = 60;
constexpr size_t kMaxAside = 8;  // the tokens of an aside inside a noun phrase: "(“SG&A”)"

const PhraseMatch* PhraseAt(const SentenceView& s, size_t t) {
  int i = s.token_phrase[t];
  return i < 0 ? nullptr : &s.phrases[static_cast<size_t>(i)];
}

// Words that tie a subject to its figure: verbs, direction and comparison words, bounds.
bool Links(const SentenceView& s, size_t t) {
  const PhraseMatch* m = PhraseAt(s, t);
  if (!m) return false;
  switch (m->entry->kind) {
    case PhraseKind::kVerb:
    case PhraseKind::kIncrease:
    case PhraseKind::kDecrease:
    case PhraseKind::kUnchanged:
    case PhraseKind::kComparison:
    case PhraseKind::kApproximate:
    case PhraseKind::kBound:
      return true;
    default:
      return false;
  }
}

// Whether token t is a percentage: "7%", "16 percent".
bool IsPercent(const SentenceView& s, size_t t) {
  const Token& f = s.tokens[t];
  if (!f.is_figure()) return false;
  std::string_view text = s.text.substr(f.begin, f.end - f.begin);
  return !text.empty() && (text.back() == '%' || text.find("percent") != text.npos);
}

bool Possessive(const std::string& w) {
  return w.size() > 2 && (w.compare(w.size() - 2, 2, "'s") == 0 || w.back() == '\'');
}

// A word of a noun phrase: a word that is not grammar (or is a phrase's word: "selling, general
// and administrative expenses"), not a link, not in a period phrase.
bool NounWord(const SentenceView& s, size_t t) {
  const Token& tok = s.tokens[t];
  if (!tok.is_word() || s.token_mention[t] >= 0 || Links(s, t)) return false;
  const PhraseMatch* m = PhraseAt(s, t);
  if (m && m->entry->kind == PhraseKind::kConcept) return true;
  // "on-premise license": a word joined by a hyphen to a noun word that a noun follows (not
  // "after-tax", "year-earlier").
  if (t + 1 < s.end && s.tokens[t + 1].is_word() && s.tokens[t + 1].begin == tok.end + 1 &&
      s.text[tok.end] == '-' && !IsCalendarWord(tok.word) && NounWord(s, t + 1) && t + 2 < s.end &&
      NounWord(s, t + 2)) {
    return true;
  }
  return !IsFunctionWord(tok.word) && !IsCopula(tok.word) && !IsCalendarWord(tok.word) &&
         !(tok.word.size() == 4 && std::isdigit(static_cast<unsigned char>(tok.word[0])));
}

Subject Make(const SentenceView& s, size_t first, size_t last, bool after) {
  Subject out;
  out.after = after;
  int depth = 0;  // an aside in parentheses is no word of the phrase
  for (size_t t = first; t <= last; ++t) {
    depth += s.tokens[t].punct == '(' ? 1 : (s.tokens[t].punct == ')' ? -1 : 0);
    if (s.tokens[t].is_word() && depth == 0) out.words.push_back(s.tokens[t].word);
  }
  out.text =
      std::string(s.text.substr(s.tokens[first].begin, s.tokens[last].end - s.tokens[first].begin));
  out.first = first;
  out.last = last;
  // "cash and cash equivalents and marketable securities", "revenue and net income": the
  // figure is a sum, or belongs to one of the nouns listed.
  auto joins = [&](size_t t) {
    return s.tokens[t].punct == ',' ||
           (s.tokens[t].is_word() && (s.tokens[t].word == "and" || s.tokens[t].word == "or"));
  };
  if (first > s.begin + 1 && joins(first - 1) && NounWord(s, first - 2)) out.compound = true;
  if (last + 2 < s.end && joins(last + 1) && NounWord(s, last + 2)) out.compound = true;
  if (!out.compound) return out;
  // The whole list: noun words, joins and the prepositions inside a noun phrase ("cost of
  // sales"), at most kMaxWords words on each side.
  auto inner = [&](size_t t) {
    return NounWord(s, t) || joins(t) ||
           (s.tokens[t].is_word() && IsInnerPreposition(s.tokens[t].word));
  };
  size_t lf = first, ll = last, n = 0;
  while (lf > s.begin && n < kMaxWords && inner(lf - 1)) {
    --lf;
    n += NounWord(s, lf);
  }
  n = 0;
  while (ll + 1 < s.end && n < kMaxWords && inner(ll + 1)) {
    ++ll;
    n += NounWord(s, ll);
  }
  while (lf < first && !NounWord(s, lf)) ++lf;  // a list opens and closes with a noun
  while (ll > last && !NounWord(s, ll)) --ll;
  for (size_t t = lf; t <= ll; ++t) {
    if (s.tokens[t].is_word()) out.list_words.push_back(s.tokens[t].word);
  }
  out.list_first = lf;
  out.list_last = ll;
  return out;
}

// The noun phrase that starts at token t and runs forward.
Subject Forward(const SentenceView& s, size_t t, bool part) {
  size_t last = t;
  size_t words = 0;
  for (size_t u = t; u < s.end && words < kMaxWords; ++u) {
    const Token& tok = s.tokens[u];
    const PhraseMatch* m = PhraseAt(s, u);
    bool in_phrase = m && m->entry->kind == PhraseKind::kConcept;
    if (tok.punct == ',' && in_phrase) continue;
    if (NounWord(s, u)) {
      last = u;
      ++words;
      if (Possessive(tok.word)) break;
      continue;
    }
    // "cost of sales": a preposition between two noun words.
    if (tok.is_word() && IsInnerPreposition(tok.word) && u + 1 < s.end && NounWord(s, u + 1) &&
        !IsDeterminer(s.tokens[u + 1].word)) {
      continue;
    }
    break;
  }
  if (!NounWord(s, t)) return Subject();
  Subject out = Make(s, t, last, true);
  out.part = part;
  return out;
}

// Whether the figure at token `figure` is the amount of a word before it: "The provision of
// $5.0 million included ...", "loans at March 31 of $3.8 billion reflects ...". A word after
// such a figure is not what it measures.
bool AmountOf(const SentenceView& s, size_t figure) {
  size_t t = figure;
  while (t > s.begin && s.tokens[t - 1].is_word() && IsDeterminer(s.tokens[t - 1].word)) --t;
  // ("consisting of $182.4 million cash": an "of" of a phrase names no word before it.)
  return t > s.begin && s.tokens[t - 1].word == "of" && s.token_mention[t - 1] < 0 &&
         !PhraseAt(s, t - 1);
}

// A past participle: "provided", "used", "generated".
bool Participle(const Token& tok) {
  const std::string& w = tok.word;
  return tok.is_word() && w.size() >= 4 && w.compare(w.size() - 2, 2, "ed") == 0;
}

}  // namespace

size_t QualifiedPercent(const SentenceView& s, const PhraseMatch& m) {
  size_t t = m.first;
  // "up 7% in constant currency", "7 percent on a constant currency basis", "36% adjusted for
  // constant currency".
  while (t > s.begin && s.tokens[t - 1].is_word() && IsDeterminer(s.tokens[t - 1].word)) --t;
  const std::string& before = t > s.begin ? s.tokens[t - 1].word : s.tokens[t].word;
  if (t > s.begin && (before == "in" || before == "on")) {
    --t;
  } else if (t > s.begin + 1 && before == "for") {
    const PhraseMatch* q = PhraseAt(s, t - 2);
    if (q && q->entry->kind == PhraseKind::kQualifier && q->last == t - 2) t = q->first;
  }
  return t > s.begin && IsPercent(s, t - 1) ? t - 1 : s.end;
}

Subject SubjectOf(const SentenceView& s, size_t figure) {
  // After the figure: "$135 million of cash", "$2.4 million in revenue", "a $500 million
  // revolving credit facility".
  size_t u = figure + 1;
  if (u < s.end && s.tokens[u].is_word() && s.token_mention[u] < 0 &&
      (s.tokens[u].word == "of" || s.tokens[u].word == "in")) {
    size_t v = u + 1;
    while (v < s.end && s.tokens[v].is_word() && IsDeterminer(s.tokens[v].word)) ++v;
    if (v < s.end && NounWord(s, v)) {
      Subject out = Forward(s, v, s.tokens[u].word == "in");
      out.of = s.tokens[u].word == "of";
      return out;
    }
  } else if (u < s.end && NounWord(s, u) && !AmountOf(s, figure)) {
    return Forward(s, u, false);
  }
  // Before it: back over the words that link the subject to the figure.
  size_t t = figure;
  size_t walked = 0;
  bool aside = false;
  while (t-- > s.begin && ++walked < kMaxWalk) {
    const Token& tok = s.tokens[t];
    if (tok.punct == ':' || tok.punct == ';' || tok.punct == '"') return Subject();
    // An aside in parentheses: "Net income (after a $2.00 million provision) was".
    if (tok.punct == ')') {
      aside = true;
      int depth = 1;
      while (t > s.begin && depth > 0) {
        --t;
        if (s.tokens[t].punct == ')') ++depth;
        if (s.tokens[t].punct == '(') --depth;
      }
      continue;
    }
    // A relative clause between commas: "Scores revenues, which include ..., were".
    if (tok.punct == ',') {
      // Back to ", which" over commas and asides, but not over a figure or a clause's verb.
      size_t u = t;
      bool found = false;
      while (u > s.begin + 1 && !s.tokens[u - 1].is_figure() && s.tokens[u - 1].punct != ';' &&
             !IsCopula(s.tokens[u - 1].word)) {
        --u;
        const std::string& w = s.tokens[u].word;
        if ((w == "which" || w == "who") && s.tokens[u - 1].punct == ',') {
          found = true;
          break;
        }
      }
      if (found) {
        t = u - 1;  // the comma that opens the clause; the loop steps before it
        continue;
      }
    }
    // "were up 7% in constant currency to $42.4 billion": the qualifier of a percentage.
    const PhraseMatch* q = PhraseAt(s, t);
    if (q && q->entry->kind == PhraseKind::kQualifier) {
      size_t percent = QualifiedPercent(s, *q);
      if (percent != s.end) {
        t = percent;
        continue;
      }
    }
    if (tok.is_figure() || tok.punct != 0 || s.token_mention[t] >= 0 || Links(s, t)) continue;
    if (!tok.is_word()) continue;
    if (!NounWord(s, t)) continue;
    // The noun phrase ends here; find its first word.
    size_t last = t, first = t, words = 1;
    while (first > s.begin && words < kMaxWords) {
      size_t p = first - 1;
      const Token& prev = s.tokens[p];
      const PhraseMatch* m = PhraseAt(s, p);
      bool in_phrase = m && m->entry->kind == PhraseKind::kConcept && m->last >= first - 1 &&
                       PhraseAt(s, first) == m;
      if (prev.punct == ',' && in_phrase) {
        first = p;
        continue;
      }
      if (prev.is_word() && Possessive(prev.word)) break;
      // "Research and Development (R&D) expenses": a short aside inside the noun phrase.
      if (prev.punct == ')') {
        size_t open = p;
        while (open > s.begin && p - open < kMaxAside && s.tokens[open].punct != '(') --open;
        if (s.tokens[open].punct == '(' && open > s.begin && NounWord(s, open - 1)) {
          first = open - 1;
          ++words;
          continue;
        }
        break;
      }
      if (NounWord(s, p)) {
        first = p;
        ++words;
        continue;
      }
      if (prev.is_word() && IsInnerPreposition(prev.word) && p > s.begin && NounWord(s, p - 1) &&
          !Possessive(s.tokens[p - 1].word)) {
        first = p;
        continue;
      }
      // "cash provided by operating activities", "the cash generated by operations": a
      // participle and its preposition inside the noun phrase.
      if (prev.is_word() && (prev.word == "by" || prev.word == "in" || prev.word == "from") &&
          p > s.begin + 1 && Participle(s.tokens[p - 1]) && s.token_mention[p - 1] < 0 &&
          NounWord(s, p - 2) && !Possessive(s.tokens[p - 2].word)) {
        first = p - 2;
        words += 2;
        continue;
      }
      break;
    }
    while (s.tokens[first].punct != 0 || !s.tokens[first].is_word()) ++first;
    // "up 5% in USD": what a percentage is measured in, not the subject.
    if (first > s.begin + 1 && s.tokens[first - 1].word == "in" && IsPercent(s, first - 2)) {
      t = first - 2;
      continue;
    }
    // ", or 15.9% of net revenues, ... compared to $120.9 million": the whole of a ratio.
    if (first > s.begin + 1 && s.tokens[first - 1].word == "of" && IsPercent(s, first - 2)) {
      t = first - 2;
      continue;
    }
    Subject out = Make(s, first, last, false);
    out.aside = aside;
    size_t v = first;
    while (v > s.begin && s.tokens[v - 1].is_word() && IsDeterminer(s.tokens[v - 1].word)) --v;
    if (v > s.begin) {
      const PhraseMatch* m = PhraseAt(s, v - 1);
      out.via_verb = m && m->entry->kind == PhraseKind::kVerb;
    }
    return out;
  }
  return Subject();
}

}  // namespace tieout
