// What the words of a sentence say around a figure: the company or another entity, the verb
// of the subject, the periods named, the clauses that open the sentence, segments.
#include "checker/narrative/paragraph_reader.h"

#include <algorithm>

#include "checker/narrative/grammar.h"

namespace tieout {

bool IsCompanyWord(const std::set<std::string>& company, const std::string& word) {
  std::string w = word;
  if (w.size() >= 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
  return company.count(w) > 0 || w == "company" || w == "corporation" || w == "we" || w == "our" ||
         w == "it" || w == "its";
}

size_t OtherEntityToken(const std::vector<Token>& tokens, const std::set<std::string>& company,
                        const std::set<std::string>& suffixes) {
  for (size_t t = 1; t < tokens.size(); ++t) {
    if (!tokens[t].capitalized || !suffixes.count(tokens[t].word)) continue;
    size_t u = t - 1;
    if (tokens[u].punct == ',' && u > 0) --u;
    if (tokens[u].is_word() && tokens[u].capitalized && !IsCompanyWord(company, tokens[u].word)) {
      return t;
    }
  }
  return tokens.size();
}

// The company itself: its name, "the Company", "we".
bool ParagraphReader::IsCompany(const std::string& word) const {
  return IsCompanyWord(company_, word);
}

// A word that names something: not grammar, not the company, not part of a phrase, a period
// or a figure. A possessive names an owner: "the Company's" is the company, "Acme Credit's"
// is not.
bool ParagraphReader::IsContent(size_t t) const {
  const Token& tok = tokens_[t];
  if (!tok.is_word() || token_phrase_[t] >= 0 || token_mention_[t] >= 0) return false;
  if (IsFunctionWord(tok.word) || IsCompany(tok.word)) return false;
  return true;
}

bool ParagraphReader::IsSubjectVerb(size_t t) const {
  const PhraseMatch* m = PhraseAt(t);
  if (m) return m->entry->kind == PhraseKind::kVerb;
  // "we used $163.8 million in net cash for financing activities"
  const std::string& w = Word(t);
  return w == "had" || w == "has" || w == "have" || w == "used";
}

// "Acme Canada reported operating income of $11 million": the subject of the verb before a
// concept phrase, when it is not the company, owns the figure.
std::string ParagraphReader::ForeignSubject(const PhraseMatch& m) const {
  size_t t = m.first;
  while (t > sb_ && tokens_[t - 1].is_word() && IsDeterminer(tokens_[t - 1].word)) --t;
  if (t == sb_ || !IsSubjectVerb(t - 1)) return "";
  const PhraseMatch* verb = PhraseAt(t - 1);
  size_t v = verb ? verb->first : t - 1;
  if (v == sb_) return "";
  size_t s = v - 1;
  // "The Domestic segment, which includes ..., reported": the subject is before the clause.
  if (tokens_[s].punct == ',') {
    size_t u = s;
    while (u > sb_ && tokens_[u - 1].punct != ',') --u;
    if (u <= sb_ + 1) return "";
    s = u - 2;
  }
  if (IsContent(s)) return tokens_[s].word;
  return "";
}

// Whether the sentence names a period that may be the figure's at token `tf`: not when every
// period phrase and year of the sentence comes after a later figure the figure is compared
// with ("Sales increased 17% to $352.2 million from $300.0 million in 2023": 2023 is the
// period of $300.0 million).
bool ParagraphReader::NamesPeriodFor(size_t tf) const {
  for (size_t t = sb_; t < se_; ++t) {
    if (token_mention_[t] < 0 && !IsYear(tokens_[t])) continue;
    if (t < tf) return true;
    // "Revenue was $341 million, increasing 5 percent from a year ago", "Product revenues of
    // $1.52 billion, a 77% increase compared to Q1 2019": a period named relative to the
    // sentence's own, or after a comparison word, after a change is the one the change
    // compares with.
    bool change = false, base = false;
    for (size_t u = tf + 1; u < t; ++u) {
      change = change || IsDirection(PhraseAt(u));
      base = base || (change && PhraseKindAt(u, PhraseKind::kComparison));
    }
    bool relative =
        token_mention_[t] >= 0 && IsRelative(mentions_[static_cast<size_t>(token_mention_[t])]);
    if (change && (relative || base)) continue;
    bool compared = false, other = false;
    for (size_t u = tf + 1; u < t && !other; ++u) {
      compared = compared || PhraseKindAt(u, PhraseKind::kComparison);
      other = compared && tokens_[u].is_figure();
    }
    if (!other) return true;
  }
  return false;
}

// Whether the figure at token `tf` is the one the figure at `prev` is compared with or moves
// to, and nothing else: "$8.7 million for the three months ended ..., as compared to $13.4
// million", "increased 14.8% to $21.7 million". Only period phrases, commas, determiners and
// direction, comparison or approximation words between, ending in a comparison word or "to".
bool ParagraphReader::ComparedWith(size_t prev, size_t tf) const {
  bool compared = false;
  for (size_t t = prev + 1; t < tf; ++t) {
    const PhraseMatch* m = PhraseAt(t);
    if (m && (IsDirection(m) || m->entry->kind == PhraseKind::kComparison ||
              m->entry->kind == PhraseKind::kApproximate)) {
      compared = m->entry->kind == PhraseKind::kComparison;
      t = m->last;
      continue;
    }
    if (token_mention_[t] >= 0 || tokens_[t].punct == ',') continue;
    if (tokens_[t].is_word() && (IsDeterminer(Word(t)) || Word(t) == "as")) continue;
    if (Word(t) == "to" && t + 1 == tf) return true;
    return false;
  }
  return compared;
}

// "In the first quarter of 2024, net sales were", "At March 31, 2020, borrowings totaled": the
// words before the comma at `comma` (or before the subject at that token) only say when (a
// period phrase, a year, calendar words and the prepositions between them), so what follows
// opens the sentence.
bool ParagraphReader::OpensWithPeriod(size_t comma) const {
  bool when = false;
  for (size_t t = sb_; t < comma; ++t) {
    const Token& tok = tokens_[t];
    if (token_mention_[t] >= 0 || IsYear(tok) || (tok.is_word() && IsCalendarWord(tok.word))) {
      when = true;
      continue;
    }
    if (tok.is_word() && (IsFunctionWord(tok.word) || tok.word == "end")) continue;
    if (tok.punct == ',' && t > sb_ && token_mention_[t - 1] >= 0) continue;  // "March 31, 2020"
    return false;
  }
  return when;
}

bool ParagraphReader::OpensWithQualifier(size_t comma) const {
  bool qualifier = false;
  for (size_t t = sb_; t < comma; ++t) {
    const Token& tok = tokens_[t];
    if (tok.is_figure() || tok.punct == ',' || tok.punct == ';' || tok.punct == ':') return false;
    const PhraseMatch* m = PhraseAt(t);
    if (m && m->entry->kind == PhraseKind::kVerb) return false;
    qualifier |= m && m->entry->kind == PhraseKind::kQualifier;
  }
  return qualifier;
}

bool ParagraphReader::IsClauseVerb(size_t t) const {
  const PhraseMatch* m = PhraseAt(t);
  if (m) return m->entry->kind == PhraseKind::kVerb || IsDirection(m);
  return tokens_[t].is_word() && IsCopula(tokens_[t].word);
}

// Whether the noun phrase at token `first` is what its sentence is about: it opens the
// sentence (after a bullet, a dateline or a determiner), or follows the company and a verb
// ("Gamma Retail Corp. (NYSE: GMA) today reported a net loss of").
bool ParagraphReader::Leads(size_t first) const {
  // Words that open a noun phrase without naming anything: "the", "our", "this", "total", the
  // company's possessive ("Acme's long-term debt", "the Company's net sales").
  auto opens = [&](const std::string& w) {
    bool possessive = w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0;
    return IsDeterminer(w) || w == "its" || w == "our" || w == "their" || w == "this" ||
           w == "these" || w == "total" || (possessive && IsCompany(w));
  };
  size_t t = first;
  // "Non-GAAP operating income was", "GAAP net income was": the measure's qualifier (a phrase
  // of rules.yaml) or a word that tells no rows apart opens the phrase too.
  while (t > sb_ && tokens_[t - 1].is_word()) {
    const PhraseMatch* q = PhraseAt(t - 1);
    if (q && q->entry->kind == PhraseKind::kQualifier && q->last == t - 1) {
      t = q->first;
    } else if (opens(tokens_[t - 1].word) ||
               // not the verb of "Gamma Corp. reported revenues of", unless it opens
               (vocab_.generic_words.count(tokens_[t - 1].word) && (!q || t - 1 == sb_))) {
      --t;
    } else {
      break;
    }
  }
  // "Fiscal year 2022 total revenues were", "1997 sales of $631.1 million": a period phrase
  // that opens the sentence is no subject of its own.
  if (t == sb_ || OpensWithPeriod(t)) return true;
  if (ComparedListItem(t)) return true;
  const Token& prev = tokens_[t - 1];
  if (prev.punct == ';' || prev.punct == ':') return true;
  if (prev.punct == ',' && (OpensWithPeriod(t - 1) || OpensWithQualifier(t - 1))) return true;
  // "Revenue was $352.2 million, and net income was $12.1 million": the subject of a clause of
  // its own after "and", when the clause before ends with its figure.
  if (prev.is_word() && prev.word == "and" && t >= sb_ + 2) {
    size_t b = t - 2;
    if (tokens_[b].punct == ',' && b > sb_) --b;
    bool after_figure = tokens_[b].is_figure() || Word(b) == "share";
    size_t u = t;
    while (u < se_ && u < t + kMaxContentWords && tokens_[u].is_word() && !IsClauseVerb(u) &&
           token_mention_[u] < 0 && (!IsFunctionWord(Word(u)) || IsInnerPreposition(Word(u)))) {
      ++u;
    }
    if (after_figure && u > t && u < se_ && tokens_[u].is_word() && IsClauseVerb(u)) return true;
  }
  const PhraseMatch* verb = PhraseAt(t - 1);
  // "compared to net income of $8.8 million": the amount compared with, when what the
  // sentence is about was stated before it.
  if (verb && verb->entry->kind == PhraseKind::kComparison) return lead_seen_;
  if (!verb || verb->entry->kind != PhraseKind::kVerb || verb->first == sb_) return false;
  size_t u = verb->first - 1;
  if (Word(u) == "today" && u > sb_) --u;
  return tokens_[u].punct == ')' || (tokens_[u].is_word() && IsCompany(tokens_[u].word));
}

bool ParagraphReader::ComparedListItem(size_t first) const {
  if (!prev_lead_seen_) return false;
  // The comparison opens the sentence: nothing before it but "this", "that" or "which".
  const PhraseMatch* opening = nullptr;
  for (size_t t = sb_; t < first && t < sb_ + 3 && !opening; ++t) {
    const PhraseMatch* m = PhraseAt(t);
    if (m && m->entry->kind == PhraseKind::kComparison) opening = m;
  }
  if (!opening) return false;
  for (size_t t = sb_; t < opening->first; ++t) {
    const std::string& w = Word(t);
    if (w != "this" && w != "that" && w != "which" && w != "these" && w != "those") return false;
  }
  if (first == opening->last + 1) return true;
  // A later item: after a comma or "and" that follows a figure of the list, with no verb
  // between the comparison and it (a clause of its own is no item).
  size_t u = first;
  if (u > opening->last + 1 && Word(u - 1) == "and") --u;
  if (u > opening->last + 1 && tokens_[u - 1].punct == ',') --u;
  if (u == first || u <= opening->last + 1) return false;
  bool figure = false;
  for (size_t t = opening->last + 1; t < u; ++t) {
    if (tokens_[t].is_figure()) figure = true;
    if (tokens_[t].is_word() && IsClauseVerb(t)) return false;
  }
  return figure;
}

std::vector<std::string> ParagraphReader::SegmentName(const PhraseMatch& m) const {
  // Its capitalized words right before it: "for the Business Solutions segment".
  size_t first = m.first;
  while (first > 0 && m.first - first < 5 && tokens_[first - 1].is_word() &&
         !IsFunctionWord(Word(first - 1)) && token_mention_[first - 1] < 0 &&
         token_phrase_[first - 1] < 0 &&
         std::isupper(static_cast<unsigned char>(text_[tokens_[first - 1].begin]))) {
    --first;
  }
  std::vector<std::string> out;
  // "the Business Solutions and Enterprise Solutions segments": one of a list names none.
  if (first > 0 && (Word(first - 1) == "and" || tokens_[first - 1].punct == ',')) return out;
  for (size_t t = first; t < m.first; ++t) out.push_back(Word(t));
  return out;
}

std::vector<std::string> ParagraphReader::SegmentMeasure(const Subject& subject,
                                                         const std::vector<std::string>& part,
                                                         size_t part_token, bool* leads) const {
  *leads = !subject.empty() && !subject.after && !subject.compound && !subject.aside &&
           Leads(subject.first);
  // The subject's words but the segment's name and the word "segment".
  std::vector<std::string> out;
  for (size_t t = subject.first; t <= subject.last && !subject.empty(); ++t) {
    bool name = std::find(part.begin(), part.end(), Word(t)) != part.end();
    if (tokens_[t].is_word() && !name && !PhraseKindAt(t, PhraseKind::kSegment)) {
      out.push_back(Word(t));
    }
  }
  if (!out.empty() || subject.empty() || subject.after) return out;
  // "Net sales for the Business Solutions segment": the noun phrase before "for the" (also
  // when the subject read is in the name: "Revenue in Devices and Consumer Services").
  size_t t = subject.first;
  // (A subject read inside the name, "Consumer Services", is no list of its own.)
  bool inside = t > part_token && t <= part_token + part.size();
  if (inside) t = part_token;
  while (t > sb_ && tokens_[t - 1].is_word() && IsDeterminer(Word(t - 1))) --t;
  if (t <= sb_ + 1 || (Word(t - 1) != "for" && Word(t - 1) != "of" && Word(t - 1) != "in")) {
    return out;
  }
  size_t last = t - 2, first = t - 1;
  while (first > sb_ && (IsContent(first - 1) || PhraseKindAt(first - 1, PhraseKind::kConcept))) {
    --first;
  }
  for (size_t u = first; u <= last && first <= last; ++u) out.push_back(Word(u));
  *leads = !out.empty() && (!subject.compound || inside) && !subject.aside && Leads(first);
  return out;
}

bool ParagraphReader::CompanyStates(size_t tf) const {
  if (tf <= sb_ + 1 || !IsSubjectVerb(tf - 1)) return false;
  const PhraseMatch* verb = PhraseAt(tf - 1);
  size_t u = verb ? verb->first : tf - 1;
  if (u > sb_ && Word(u - 1) == "today") --u;
  // The company: its own words, "the Company", "we", back to where the subject opens.
  size_t first = u;
  while (first > sb_ && tokens_[first - 1].is_word() &&
         (IsCompany(Word(first - 1)) || IsDeterminer(Word(first - 1)) ||
          vocab_.company_suffixes.count(Word(first - 1)))) {
    --first;
  }
  if (first == u || !IsCompany(Word(u - 1))) return false;
  if (first == sb_ || OpensWithPeriod(first)) return true;
  return tokens_[first - 1].punct == ',' && OpensWithPeriod(first - 1);
}

// "Operating activities generated $95.2 million": a verb after the subject that the vocabulary
// gives words of its own ("generated" is "cash generated") is a word of the subject.
void ParagraphReader::ImplyNoun(Subject* subject) const {
  if (subject->empty() || subject->after || subject->last + 1 >= se_) return;
  const std::string& verb = Word(subject->last + 1);
  if (verb.empty() || !vocab_.synonyms.count(Stem(verb))) return;
  if (std::find(subject->words.begin(), subject->words.end(), verb) != subject->words.end()) return;
  subject->words.push_back(verb);
}

}  // namespace tieout
