// Sentences of a paragraph: each read in turn, its figures bound, qualified, grouped and
// given their periods and cells (the parts are listed in paragraph_reader.h).
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
  // "Net Loss of $46.3 million -- $1.52 per diluted share and Adjusted Net Operating Income of
  // $19.4 million": a qualifier that opens a later subject, with a figure of its own after it,
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
  prev_lead_seen_ = lead_seen_;
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
    if (r.host >= 0) {
      r.subject = out_->figures[static_cast<size_t>(r.host)].subject;
    } else {
      r.subject = SubjectOf(view, tf);
      ImplyNoun(&r.subject);
    }
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
    // "totaled $724 thousand ($545 thousand after tax)": a figure in parentheses after another
    // states another measure of the same thing.
    // So is an amount offered as the other of an amount ("$724 thousand, or $545 thousand
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
    // "Net sales for the Industrial segment increased 10.4% to $291.6 million": the
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
    // were $912.4 million, $708.5 million and $667.2 million in 1999, 1998 and 1997,
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

// The record of figure `f`: its paragraph, span and words.
NarrativeFigure ParagraphReader::RecordOf(int f) const {
  NarrativeFigure nf;
  nf.paragraph = paragraph_;
  nf.figure = figures_[static_cast<size_t>(f)];
  nf.span = p_.SpanOf(nf.figure.begin, nf.figure.end);
  nf.text = Words(text_, nf.figure.begin, nf.figure.end);
  return nf;
}

}  // namespace tieout
