// Sentences of a paragraph, their figures qualified and grouped.
#include "checker/narrative/paragraph_reader.h"

#include <algorithm>

#include "checker/narrative/grammar.h"
#include "checker/narrative/subject.h"

namespace tieout {

std::string Words(std::string_view text, size_t begin, size_t end) {
  std::string out;
  bool space = false;
  for (size_t i = begin; i < end && i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

int LatestYearOnly(const ColumnPeriods& columns) {
  int year = 0;
  for (const auto& [table, periods] : columns) {
    for (const Period& p : periods) {
      if (p.kind == Period::Kind::kUnknown && p.month == 0) year = std::max(year, p.year);
    }
  }
  return year;
}

void ParagraphReader::Read(std::vector<Figure> figures) {
  figures_ = std::move(figures);
  tokens_ = Tokenize(text_, figures_);
  phrases_ = vocab_.phrases.FindAll(tokens_, 0, tokens_.size());
  mentions_ = FindPeriodMentions(tokens_, 0, tokens_.size());
  token_phrase_.assign(tokens_.size(), -1);
  token_mention_.assign(tokens_.size(), -1);
  for (size_t i = 0; i < phrases_.size(); ++i) {
    for (size_t t = phrases_[i].first; t <= phrases_[i].last; ++t) {
      token_phrase_[t] = static_cast<int>(i);
    }
  }
  for (size_t i = 0; i < mentions_.size(); ++i) {
    for (size_t t = mentions_[i].first; t <= mentions_[i].last; ++t) {
      token_mention_[t] = static_cast<int>(i);
    }
  }
  segment_token_ = tokens_.size();
  if (!segment_heading_.empty()) {
    segment_token_ = 0;
    segment_word_ = segment_heading_;
  }
  for (const PhraseMatch& m : phrases_) {
    if (segment_token_ == 0) break;
    if (m.entry->kind == PhraseKind::kSegment) {
      segment_token_ = m.first;
      segment_word_ = TextOf(m.first, m.last);
      break;
    }
  }
  // The one segment the paragraph names ("Quarterly Performance by Segment: Net sales for the
  // Business Solutions segment ..."): none when it names two.
  segment_name_.clear();
  segment_name_token_ = 0;
  names_.clear();
  bool several = false;
  for (const PhraseMatch& m : phrases_) {
    if (m.entry->kind != PhraseKind::kSegment) continue;
    std::vector<std::string> name = SegmentName(m);
    if (name.empty()) continue;
    names_.emplace_back(m.first - name.size(), name);
    several = several || (!segment_name_.empty() && name != segment_name_);
    if (segment_name_.empty()) {
      segment_name_ = name;
      segment_name_token_ = m.first - name.size();
    }
  }
  // "Nord Japan revenues of $1.9 billion ... Net income of $30 million": from a part's name
  // on, the paragraph speaks of that part (of its row, when a table shows one).
  for (const PhraseMatch& m : phrases_) {
    size_t first = 0, last = 0;
    if (m.entry->kind != PhraseKind::kConcept || !PartName(m, &first, &last)) continue;
    if (first < segment_token_) {
      segment_token_ = first;
      segment_word_ = TextOf(first, last);
    }
    std::vector<std::string> name;
    for (size_t t = first; t <= last; ++t) name.push_back(Word(t));
    names_.emplace_back(first, name);
    several = several || (!segment_name_.empty() && name != segment_name_);
    if (segment_name_.empty()) {
      segment_name_ = name;
      segment_name_token_ = first;
    }
  }
  if (several) segment_name_.clear();
  std::sort(names_.begin(), names_.end());
  // "The royalty revenue from Acme Micro Devices, Inc. ...": after another company is
  // named, the paragraph may speak of that company's figures.
  other_entity_token_ = OtherEntityToken(tokens_, company_, vocab_.company_suffixes);
  figure_token_.assign(figures_.size(), 0);
  for (size_t t = 0; t < tokens_.size(); ++t) {
    if (tokens_[t].is_figure()) figure_token_[static_cast<size_t>(tokens_[t].figure)] = t;
  }
  size_t s = 0;
  size_t p = 0, m = 0;
  while (s < tokens_.size()) {
    size_t e = s;
    while (e < tokens_.size() && tokens_[e].sentence == tokens_[s].sentence) ++e;
    // The phrases and period phrases of the sentence, as index ranges.
    while (p < phrases_.size() && phrases_[p].first < s) ++p;
    pb_ = pe_ = p;
    while (pe_ < phrases_.size() && phrases_[pe_].first < e) ++pe_;
    while (m < mentions_.size() && mentions_[m].first < s) ++m;
    mb_ = me_ = m;
    while (me_ < mentions_.size() && mentions_[me_].first < e) ++me_;
    ReadSentence(s, e);
    s = e;
  }
}

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
  // "we used $149.3 million in net cash for financing activities"
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
// to, and nothing else: "$9.9 million for the three months ended ..., as compared to $15.6
// million", "increased 16.3% to $18.6 million". Only period phrases, commas, determiners and
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
  const Token& prev = tokens_[t - 1];
  if (prev.punct == ';' || prev.punct == ':') return true;
  if (prev.punct == ',' && (OpensWithPeriod(t - 1) || OpensWithQualifier(t - 1))) return true;
  const PhraseMatch* verb = PhraseAt(t - 1);
  // "compared to net income of $8.8 million": the amount compared with, when what the
  // sentence is about was stated before it.
  if (verb && verb->entry->kind == PhraseKind::kComparison) return lead_seen_;
  if (!verb || verb->entry->kind != PhraseKind::kVerb || verb->first == sb_) return false;
  size_t u = verb->first - 1;
  if (Word(u) == "today" && u > sb_) --u;
  return tokens_[u].punct == ')' || (tokens_[u].is_word() && IsCompany(tokens_[u].word));
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

void ParagraphReader::ReadSentence(size_t sb, size_t se) {
  sb_ = sb;
  se_ = se;
  sentence_groups_.clear();
  // Period phrases of the sentence set the context even without figures.
  std::vector<int> figs;
  for (size_t t = sb; t < se; ++t) {
    if (tokens_[t].is_figure()) figs.push_back(tokens_[t].figure);
  }
  if (figs.empty()) {
    for (size_t i = mb_; i < me_; ++i) {
      if (mentions_[i].last < se) NoteContext(mentions_[i]);
    }
    return;
  }
  if (se - sb > kMaxSentenceTokens) {
    for (int f : figs) {
      NarrativeFigure nf = RecordOf(f);
      nf.reason = "its sentence is too long to read with confidence";
      out_->figures.push_back(std::move(nf));
    }
    return;
  }
  ComputeSubordinates();
  // One record per figure.
  std::map<int, size_t> global;
  for (int f : figs) {
    global[f] = out_->figures.size();
    out_->figures.push_back(RecordOf(f));
  }
  auto rec = [&](int f) -> NarrativeFigure& { return out_->figures[global[f]]; };
  Qualify(figs, rec);
  // Per-share figures right after a money figure are its appendages.
  std::vector<Member> primaries;
  for (int f : figs) {
    NarrativeFigure& r = rec(f);
    if (r.change || r.range) continue;
    if (r.figure.unit == FigureUnit::kPerShare && !primaries.empty() &&
        IsAppendage(primaries.back(), f)) {
      primaries.back().appendages.push_back(f);
      r.host = static_cast<int>(global[primaries.back().fig]);
      continue;
    }
    primaries.push_back(Member{f, {}});
  }
  // Groups: figures listed together ("$0.4 million and $0.7 million").
  std::vector<std::vector<Member>> groups;
  for (const Member& m : primaries) {
    if (!groups.empty() && Listed(groups.back().back(), m)) {
      groups.back().push_back(m);
    } else {
      groups.push_back({m});
    }
  }
  // A sentence about a non-GAAP or adjusted measure, or a paragraph that has turned to a
  // segment, speaks of figures the statements do not show. A qualifier right after a
  // percentage ("up 7% in constant currency") qualifies that percentage only: the amounts of
  // the sentence are as reported.
  SentenceView view{text_, tokens_, phrases_, token_phrase_, token_mention_, sb_, se_};
  std::string qualifier;
  size_t qualifier_first = se_;  // its tokens [qualifier_first, qualifier_last]
  size_t qualifier_last = se_;
  std::map<size_t, std::string> qualified_percent;  // figure token -> its qualifier
  for (size_t i = pb_; i < pe_ && qualifier.empty(); ++i) {
    if (phrases_[i].entry->kind != PhraseKind::kQualifier) continue;
    std::string text = TextOf(phrases_[i].first, phrases_[i].last);
    size_t percent = QualifiedPercent(view, phrases_[i]);
    if (percent != se_) {
      qualified_percent[percent] = text;
      continue;
    }
    qualifier = text;
    qualifier_first = phrases_[i].first;
    qualifier_last = phrases_[i].last;
  }
  // Under a heading that names another basis, every figure is of that basis.
  bool basis_heading = qualifier.empty() && !basis_heading_.empty();
  if (basis_heading) qualifier = basis_heading_;
  // "Net Loss of $36.8 million -- $1.21 per diluted share and Adjusted Net Operating Income of
  // $15.4 million": a qualifier that opens a later subject, with a figure of its own after it,
  // does not qualify the figures before it.
  bool opens_later = qualifier_last + 1 < se_ && tokens_[qualifier_last + 1].is_word() &&
                     !IsFunctionWord(Word(qualifier_last + 1));
  bool figure_after = false;
  for (size_t t = qualifier_last + 1; t < se_ && opens_later; ++t) {
    figure_after = figure_after || tokens_[t].is_figure();
  }
  for (int f : figs) {
    NarrativeFigure& r = rec(f);
    if (!r.reason.empty()) continue;
    size_t tf = figure_token_[static_cast<size_t>(f)];
    auto own = qualified_percent.find(tf);
    if (tf < qualifier_first && opens_later && figure_after) {
      if (own == qualified_percent.end() && segment_token_ < tf) {
        r.reason = "the paragraph speaks of a part of the company (\"" + segment_word_ + "\")";
      }
      continue;
    }
    r.qualifier = qualifier;
    if (basis_heading && own == qualified_percent.end()) {
      r.reason = "the heading above speaks of a measure other than the reported one (\"" +
                 qualifier + "\")";
    } else if (!qualifier.empty() || own != qualified_percent.end()) {
      r.reason = "the sentence speaks of a measure other than the reported one (\"" +
                 (qualifier.empty() ? own->second : qualifier) + "\")";
    } else if (segment_token_ < tf) {
      r.reason = "the paragraph speaks of a part of the company (\"" + segment_word_ + "\")";
    }
  }
  taint_ = tokens_.size();
  taint_at_ = SIZE_MAX;
  taint_reason_.clear();
  for (const auto& g : groups) ReadGroup(g, rec);
  // What each figure measures, for linking by the words of row labels.
  bool names_period = me_ > mb_;
  for (size_t t = sb; t < se && !names_period; ++t) names_period = IsYear(tokens_[t]);
  lead_seen_ = false;
  // "The provision for loan losses was $9.9 million ..., as compared to $15.6 million ...": the
  // figure that found the sentence speaking of something else ("the subject of \"was\" is
  // \"losses\"") and the figures after it of the same subject speak of that one thing.
  size_t taint_subject = tokens_.size();
  if (taint_ < se) {
    Subject s = SubjectOf(view, taint_);
    if (!s.empty() && !s.after) taint_subject = s.first;
  }
  for (size_t k = 0; k < figs.size(); ++k) {
    int f = figs[k];
    NarrativeFigure& r = rec(f);
    size_t tf = figure_token_[static_cast<size_t>(f)];
    r.subject =
        r.host >= 0 ? out_->figures[static_cast<size_t>(r.host)].subject : SubjectOf(view, tf);
    // "Excluding items ... of GAAP and non-GAAP measures, earnings were": the clause before the
    // comma says the basis; its last noun is no item of a list with the subject.
    if (r.host < 0 && r.subject.compound && r.subject.list_last == r.subject.last &&
        r.subject.first > sb_ && tokens_[r.subject.first - 1].punct == ',' &&
        OpensWithQualifier(r.subject.first - 1)) {
      r.subject.compound = false;
      r.subject.list_words.clear();
    }
    // "were $38.5 million ..., compared to $32.0 million ..., an increase of 20%": a change
    // after amounts is a change of what they measure.
    for (size_t j = k; r.change && j-- > 0;) {
      const NarrativeFigure& prev = rec(figs[j]);
      if (prev.change || prev.host >= 0 || prev.subject.empty()) continue;
      if (prev.figure.unit == FigureUnit::kPercent) continue;
      r.subject = prev.subject;
      break;
    }
    bool tainted = tf > taint_ &&
                   !(!r.subject.empty() && !r.subject.after && r.subject.first == taint_subject &&
                     k > 0 && ComparedWith(figure_token_[figs[k - 1]], tf));
    // "totaled $639 thousand ($487 thousand after tax)": a figure in parentheses after another
    // states another measure of the same thing.
    // So is an amount offered as the other of an amount ("$639 thousand, or $481 thousand
    // after tax").
    bool aside = tf >= sb + 2 && tokens_[tf - 1].punct == '(' && tokens_[tf - 2].is_figure();
    bool saw_or = false;
    for (size_t t = tf; t-- > sb && !aside;) {
      if (tokens_[t].punct == ',') continue;
      if (tokens_[t].word == "or") {
        saw_or = true;
        continue;
      }
      aside = saw_or && tokens_[t].is_figure() &&
              figures_[static_cast<size_t>(tokens_[t].figure)].unit == r.figure.unit;
      break;
    }
    // A qualified figure may mismatch only the rows or columns its qualifier names (linking.h).
    bool may_mismatch_stated = !aside && !(segment_token_ < tf) && tf < other_entity_token_ &&
                               !r.approximate && !r.bound && !r.change && !r.range &&
                               !r.missing_unit && !r.part_of;
    bool may_mismatch = may_mismatch_stated && !r.subject.part;
    r.may_mismatch = may_mismatch && !tainted;
    // "Net sales for the Business Solutions segment increased 10.2% to $278.8 million": the
    // segment's row, stated like any amount.
    // The one part its sentence names, else the paragraph's one part; none when the sentence
    // names two ("... for the Business Solutions segment were $279.1 million, and the
    // Enterprise Solutions segment grew faster").
    const std::vector<std::string>* part = &segment_name_;
    size_t part_token = segment_name_token_;
    static const std::vector<std::string> kNone;
    bool named = false;
    for (const auto& [token, name] : names_) {
      if (tokens_[token].sentence != tokens_[tf].sentence) continue;
      if (named && name != *part) part = &kNone;
      if (!named) {
        part = &name;
        part_token = token;
      }
      named = true;
    }
    if (segment_token_ < tf && !part->empty() && part_token < tf) {
      r.segment = *part;
      bool leads = false;
      r.segment_measure = SegmentMeasure(r.subject, *part, part_token, &leads);
      r.segment_may_mismatch = leads && r.figure.unit != FigureUnit::kPercent && !aside &&
                               tf < other_entity_token_ && !r.approximate && !r.bound &&
                               !r.change && !r.range && !r.missing_unit && !r.part_of &&
                               !r.subject.part && !tainted;
    }
    // "Cloud services and license support revenues were $30.2 billion": the words that qualify
    // the concept are the figure's own subject, which may be a row's whole label.
    size_t own_first = r.subject.compound ? r.subject.list_first : r.subject.first;
    size_t own_last = r.subject.compound ? r.subject.list_last : r.subject.last;
    // Only the amount its verb states, with no other amount between ("Capital expenditures were
    // $111 million, $27 million of which ...": the second is a part).
    // (The figures listed with it, each for a period of its own, are no such amounts: "Sales
    // were $836.6 million, $654.3 million and $631.1 million in 1999, 1998 and 1997,
    // respectively".)
    size_t listed_from = tf;
    for (const SentenceGroup& g : sentence_groups_) {
      if (g.first <= tf && tf <= g.last && g.periods.size() > 1) listed_from = g.first;
    }
    bool amount_between = false;
    for (size_t t = own_last + 1; t < std::min(tf, listed_from) && !r.subject.empty(); ++t) {
      amount_between |=
          tokens_[t].is_figure() &&
          figures_[static_cast<size_t>(tokens_[t].figure)].unit != FigureUnit::kPercent;
    }
    r.own_words_taint = may_mismatch && tainted && !r.subject.empty() && !r.subject.after &&
                        !amount_between && taint_at_ >= own_first && taint_at_ <= own_last;
    r.sentence_names_period = names_period && NamesPeriodFor(tf);
    r.subject_leads = !r.subject.empty() && !r.subject.after && !r.subject.compound &&
                      !r.subject.aside && r.figure.unit != FigureUnit::kPercent &&
                      Leads(r.subject.first);
    // "Interest and other income, net was": a list that opens the sentence may be one row's label.
    r.list_leads = r.subject.compound && !r.subject.after && !r.subject.aside &&
                   r.figure.unit != FigureUnit::kPercent && Leads(r.subject.list_first);
    if (r.host >= 0) {
      r.subject_leads = out_->figures[static_cast<size_t>(r.host)].subject_leads;
      r.list_leads = out_->figures[static_cast<size_t>(r.host)].list_leads;
    }
    // "Gamma generated $2.2 million of cash from operating activities in the quarter", "the
    // Company had $18.4 billion in cash, cash equivalents and short-term investments": what the
    // company states it had, used or generated is the amount of the noun phrase after it, when
    // nothing qualifies that phrase further.
    size_t np_last = r.subject.compound ? r.subject.list_last : r.subject.last;
    if (r.host < 0 && r.subject.after && r.figure.unit == FigureUnit::kMoney &&
        (np_last + 1 >= se || tokens_[np_last + 1].punct != 0 ||
         token_mention_[np_last + 1] >= 0) &&
        CompanyStates(tf)) {
      r.may_mismatch = may_mismatch_stated && !tainted;
      r.subject_leads = !r.subject.compound;
      r.list_leads = r.subject.compound;
    }
    lead_seen_ = lead_seen_ || r.subject_leads;
  }
  // Figures that are changes, ranges or bounds still get a concept for the record.
  for (int f : figs) {
    NarrativeFigure& r = rec(f);
    if (r.change && r.reason.empty()) r.reason = "a change between periods, not an amount";
    if (r.range && r.reason.empty()) r.reason = "a range, not an amount";
  }
  ReadDirections(figs, global);
  ReadArithmetic(global);
  for (size_t i = mb_; i < me_; ++i) {
    if (mentions_[i].last < se) NoteContext(mentions_[i]);
  }
}

// Phrases that name parts of a total named before them: "Total revenue, consisting of product
// sales and rentals, as well as grant and other revenue, increased ...".
NarrativeFigure ParagraphReader::RecordOf(int f) const {
  NarrativeFigure nf;
  nf.paragraph = paragraph_;
  nf.figure = figures_[static_cast<size_t>(f)];
  nf.span = p_.SpanOf(nf.figure.begin, nf.figure.end);
  nf.text = Words(text_, nf.figure.begin, nf.figure.end);
  return nf;
}

void ParagraphReader::ComputeSubordinates() {
  subordinate_.clear();
  bool whole_seen = false, open = false;
  for (size_t i = pb_; i < pe_; ++i) {
    const PhraseMatch& m = phrases_[i];
    if (m.first < sb_ || m.last >= se_) continue;
    switch (m.entry->kind) {
      case PhraseKind::kConcept:
        if (whole_seen && open) {
          subordinate_.insert(i);
        } else {
          whole_seen = true;
        }
        break;
      case PhraseKind::kComponents:
        if (whole_seen) open = true;
        break;
      case PhraseKind::kVerb:
      case PhraseKind::kIncrease:
      case PhraseKind::kDecrease:
      case PhraseKind::kUnchanged:
        open = false;
        break;
      default:
        break;
    }
  }
  // Copulas close the parts too: "Total revenues, including grants, were $5 million".
  for (size_t i = pb_; i < pe_; ++i) {
    if (!subordinate_.count(i)) continue;
    for (size_t t = phrases_[i].first; t-- > sb_;) {
      if (tokens_[t].is_word() && IsCopula(tokens_[t].word)) {
        subordinate_.erase(i);
        break;
      }
      if (PhraseKindAt(t, PhraseKind::kComponents)) break;
    }
  }
}

// Approximations, bounds, changes, ranges and figures that lost their unit.
void ParagraphReader::Qualify(const std::vector<int>& figs, const Rec& rec) {
  for (size_t k = 0; k < figs.size(); ++k) {
    int f = figs[k];
    NarrativeFigure& r = rec(f);
    size_t tf = figure_token_[static_cast<size_t>(f)];
    size_t t = tf;
    // Back over determiners to the word before the figure.
    auto before = [&](size_t pos) -> long {
      long q = static_cast<long>(pos) - 1;
      while (q >= static_cast<long>(sb_) && tokens_[static_cast<size_t>(q)].is_word() &&
             IsDeterminer(tokens_[static_cast<size_t>(q)].word)) {
        --q;
      }
      return q;
    };
    long q = before(t);
    if (q >= static_cast<long>(sb_)) {
      const PhraseMatch* m = PhraseAt(static_cast<size_t>(q));
      if (m && m->entry->kind == PhraseKind::kApproximate) {
        r.approximate = true;
        q = before(m->first);
        m = q >= static_cast<long>(sb_) ? PhraseAt(static_cast<size_t>(q)) : nullptr;
      }
      if (m && m->entry->kind == PhraseKind::kBound) {
        r.bound = true;
        r.reason = "a bound (\"" + TextOf(m->first, m->last) + "\"), not an amount";
      }
      // "increased $5 million", "an increase of 12%", "up by $3 million", "increased net
      // income by $419 million": a difference between periods, not an amount of one.
      long d = q;
      if (d >= static_cast<long>(sb_) && Word(static_cast<size_t>(d)) == "by") r.change = true;
      if (d >= static_cast<long>(sb_) &&
          (Word(static_cast<size_t>(d)) == "by" || Word(static_cast<size_t>(d)) == "of")) {
        d = before(static_cast<size_t>(d));
      }
      if (d >= static_cast<long>(sb_) && IsDirection(PhraseAt(static_cast<size_t>(d)))) {
        r.change = true;
        r.direction = DirectionOf(PhraseAt(static_cast<size_t>(d)));
      }
      // "increasing $332 million, or 24%": the second figure restates the change.
      if (k > 0 && rec(figs[k - 1]).change && q >= static_cast<long>(sb_) &&
          Word(static_cast<size_t>(q)) == "or") {
        size_t prev = figure_token_[static_cast<size_t>(figs[k - 1])];
        bool adjacent = true;
        for (size_t u = prev + 1; u < static_cast<size_t>(q); ++u) {
          adjacent &= tokens_[u].punct == ',';
        }
        if (adjacent) {
          r.change = true;
          r.direction = rec(figs[k - 1]).direction;
        }
      }
    }
    // Ranges: "between $2.66 and $2.86", "$0.03 to $0.05 per share".
    if (k + 1 < figs.size()) {
      size_t tn = figure_token_[static_cast<size_t>(figs[k + 1])];
      bool joined = tn == tf + 1 ||
                    (tn == tf + 2 &&
                     (Word(tf + 1) == "to" || Word(tf + 1) == "through" || Word(tf + 1) == "and"));
      // "Net Loss of $36.8 million -- $1.21 per diluted share": an amount and its per-share
      // figure are no range.
      const Figure& a = figures_[static_cast<size_t>(figs[k])];
      const Figure& b = figures_[static_cast<size_t>(figs[k + 1])];
      if (a.unit != b.unit && (a.scale != 0 || b.scale != 0)) joined = false;
      if (joined) {
        long p = before(tf);
        bool between = p >= static_cast<long>(sb_) && Word(static_cast<size_t>(p)) == "between";
        bool from = p >= static_cast<long>(sb_) &&
                    (Word(static_cast<size_t>(p)) == "from" ||
                     PhraseKindAt(static_cast<size_t>(p), PhraseKind::kComparison) ||
                     IsDirection(PhraseAt(static_cast<size_t>(p))));
        bool is_range = between || (!from && !r.change && Word(tf + 1) != "and");
        if (is_range) {
          r.range = true;
          rec(figs[k + 1]).range = true;
        }
      }
    }
  }
  // "$139.4 million higher than December 31, 2019", "a 10% decrease compared to": changes.
  for (size_t k = 0; k < figs.size(); ++k) {
    NarrativeFigure& r = rec(figs[k]);
    size_t tf = figure_token_[static_cast<size_t>(figs[k])];
    if (tf + 2 < se_ && vocab_.comparatives.count(Word(tf + 1)) && Word(tf + 2) == "than") {
      r.change = true;
    }
    bool article = tf > sb_ && (Word(tf - 1) == "a" || Word(tf - 1) == "an");
    if (article && tf + 1 < se_ && IsDirection(PhraseAt(tf + 1))) {
      r.change = true;
      r.direction = DirectionOf(PhraseAt(tf + 1));
    }
  }
  // Figures listed with a change, a bound or an approximation are read the same way:
  // "reduced by approximately $900,000 and $17.0 million".
  for (size_t k = 1; k < figs.size(); ++k) {
    size_t prev = figure_token_[static_cast<size_t>(figs[k - 1])];
    size_t cur = figure_token_[static_cast<size_t>(figs[k])];
    bool listed = cur > prev + 1;
    for (size_t u = prev + 1; u < cur; ++u) {
      listed &= tokens_[u].punct == ',' || Word(u) == "and" || Word(u) == "or";
    }
    if (!listed) continue;
    const NarrativeFigure& a = rec(figs[k - 1]);
    NarrativeFigure& b = rec(figs[k]);
    b.change |= a.change;
    b.approximate |= a.approximate;
    if (a.bound && !b.bound) {
      b.bound = true;
      b.reason = a.reason;
    }
  }
  // "increased $20.5 million, or 55.7%, for the three months ..., and $46.7 million, or
  // 45.4% for the nine months": amounts listed after a change, across its percentages and
  // period phrases, are changes too.
  for (size_t k = 1; k < figs.size(); ++k) {
    NarrativeFigure& b = rec(figs[k]);
    if (b.change || b.figure.unit == FigureUnit::kPercent) continue;
    size_t cur = figure_token_[static_cast<size_t>(figs[k])];
    for (size_t j = k; j-- > 0;) {
      const NarrativeFigure& a = rec(figs[j]);
      if (a.figure.unit == FigureUnit::kPercent) continue;
      size_t prev = figure_token_[static_cast<size_t>(figs[j])];
      bool listed = true;
      for (size_t u = prev + 1; u < cur && listed; ++u) {
        listed = tokens_[u].punct == ',' || tokens_[u].is_figure() || token_mention_[u] >= 0 ||
                 PhraseKindAt(u, PhraseKind::kComparison) || IsYear(tokens_[u]) ||
                 Word(u) == "and" || Word(u) == "or";
      }
      if (listed && a.change) {
        b.change = true;
        b.direction = a.direction;
      }
      break;
    }
  }
  // "$0.9 million and $2.0": a figure with one decimal and no unit among figures in millions.
  for (size_t k = 0; k < figs.size(); ++k) {
    NarrativeFigure& r = rec(figs[k]);
    const Figure& f = r.figure;
    if (f.unit != FigureUnit::kMoney || f.scale_stated || f.scale_shared || f.value.is_zero() ||
        f.precision != -1) {
      continue;
    }
    int scale = 0;
    for (size_t j = k; j-- > 0 && scale == 0;) {
      const Figure& g = rec(figs[j]).figure;
      if (g.unit == FigureUnit::kMoney && g.scale >= 6) scale = g.scale;
    }
    for (size_t j = k + 1; j < figs.size() && scale == 0; ++j) {
      const Figure& g = rec(figs[j]).figure;
      if (g.unit == FigureUnit::kMoney && g.scale >= 6) scale = g.scale;
    }
    if (scale == 0) continue;
    r.missing_unit = true;
    r.assumed_scale = scale;
    r.figure = f.WithScale(scale);
  }
}

// Whether per-share figure `f` follows `host` as its per-share amount: only "or", commas,
// parentheses and a period phrase between them.
bool ParagraphReader::IsAppendage(const Member& host, int f) const {
  if (figures_[static_cast<size_t>(host.fig)].unit != FigureUnit::kMoney) return false;
  size_t from = figure_token_[static_cast<size_t>(
      host.appendages.empty() ? host.fig : host.appendages.back())];
  size_t to = figure_token_[static_cast<size_t>(f)];
  bool saw_or = false;
  for (size_t t = from + 1; t < to; ++t) {
    const Token& tok = tokens_[t];
    if (token_mention_[t] >= 0) continue;
    if (tok.punct == ',' || tok.punct == '(' || tok.punct == ')') continue;
    if (tok.word == "or") {
      saw_or = true;
      continue;
    }
    return false;
  }
  return saw_or || to == from + 1 || tokens_[to - 1].punct == '(';
}

// Whether `next` is listed with `prev`: "$0.4 million and $0.7 million", "$5,000 and
// $17,000".
bool ParagraphReader::Listed(const Member& prev, const Member& next) const {
  size_t from = figure_token_[static_cast<size_t>(
      prev.appendages.empty() ? prev.fig : prev.appendages.back())];
  size_t to = figure_token_[static_cast<size_t>(next.fig)];
  for (size_t t = from + 1; t < to; ++t) {
    const Token& tok = tokens_[t];
    if (tok.punct == ',' || tok.word == "and" || tok.word == "or") continue;
    return false;
  }
  return true;
}

}  // namespace tieout
