// The periods a figure of the prose speaks of: its period phrases resolved against the
// paragraph's context and the release's own periods.
#include "checker/narrative/paragraph_reader.h"

#include "checker/narrative/figure_links.h"
#include "checker/narrative/grammar.h"

namespace tieout {

// The label of the year a period falls in, as the prose would name it.
int ParagraphReader::YearLabel(const Period& p, bool fiscal) const {
  if (fiscal) return fiscal_.FiscalYearOf(DateOf(p));
  return p.year;
}

// Periods of the same length `years` earlier.
std::vector<Period> ParagraphReader::ShiftYears(const std::vector<Period>& refs, int year,
                                                bool fiscal, std::string* reason) const {
  std::vector<Period> out;
  for (const Period& ref : refs) {
    int k = 1;
    if (year > 0) {
      if (fiscal && !fiscal_.known()) {
        *reason = "the fiscal year end is not known";
        return {};
      }
      k = YearLabel(ref, fiscal) - year;
      if (k == 0 && !fiscal && fiscal_.known()) k = fiscal_.FiscalYearOf(DateOf(ref)) - year;
    }
    if (k < 1 || k > 10) {
      *reason = "the year named does not precede the period compared with";
      return {};
    }
    out.push_back(ShiftPeriod(ref, -12 * k));
  }
  return out;
}

std::vector<Period> ParagraphReader::Current(const std::vector<int>& lengths) const {
  std::vector<Period> out;
  for (int months : lengths) {
    const Period* found = nullptr;
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (it->kind == Period::Kind::kDuration && it->months == months) {
        found = &*it;
        break;
      }
    }
    if (!found) {
      auto it = latest_.find(months);
      // A column that shows only a later year leaves the latest period in doubt.
      if (it != latest_.end() && it->second.year >= latest_year_only_) found = &it->second;
      // The prose names a later period of that length than any column: that is the
      // current one ("the quarter ended March 31, 2020" where the tables stop earlier).
      auto named = named_->find(months);
      if (named != named_->end() &&
          (!found || DayNumber(DateOf(named->second)) > DayNumber(DateOf(*found)) + 7)) {
        found = &named->second;
      }
    }
    if (!found) return {};
    out.push_back(*found);
  }
  return out;
}

// Resolves a period phrase. `refs` are the periods a relative phrase refers to.
// The year a mention names, as the twelve months its fiscal year runs (a calendar year when
// the document does not say); false, with the reason, for "fiscal" with no known year end.
bool ParagraphReader::YearOf(const PeriodMention& m, Period* year, std::string* reason) const {
  FiscalCalendar cal = fiscal_;
  if (!cal.known()) {
    if (m.fiscal) {
      *reason = "the fiscal year end is not known";
      return false;
    }
    cal.end_month = 12;
  }
  Date fye = cal.FiscalYearEnd(m.year);
  *year = Period();
  year->kind = Period::Kind::kDuration;
  year->months = 12;
  year->year = fye.year;
  year->month = fye.month;
  return true;
}

std::vector<Period> ParagraphReader::Resolve(const PeriodMention& m,
                                             const std::vector<Period>& refs,
                                             std::string* reason) const {
  using Kind = PeriodMention::Kind;
  std::vector<Period> out;
  switch (m.kind) {
    case Kind::kExplicit: {
      if (m.lengths.empty() || m.dates.empty()) break;
      for (int months : m.lengths) {
        for (const Date& d : m.dates) {
          if (d.year == 0) {
            *reason = "the period's year is not named";
            return {};
          }
          out.push_back(DurationEnding(months, d));
        }
      }
      // "three and six months ended December 31, 2003 and 2002" reads length by length.
      if (m.lengths.size() > 1 && m.dates.size() > 1) {
        *reason = "several lengths at several dates";
        return {};
      }
      return out;
    }
    case Kind::kInstant:
      for (const Date& d : m.dates) {
        Period p;
        p.kind = Period::Kind::kInstant;
        p.year = d.year;
        p.month = d.month;
        p.day = d.day;
        out.push_back(p);
      }
      return out;
    case Kind::kOrdinal: {
      if (m.lengths.size() != 1) break;
      Period end;
      if (!YearOf(m, &end, reason)) return {};
      int months = m.lengths[0];
      Period p;
      if (months == 3 && m.ordinal >= 1 && m.ordinal <= 4) {
        p = ShiftPeriod(end, -3 * (4 - m.ordinal));
      } else if (months == 6 && m.ordinal >= 1 && m.ordinal <= 2) {
        p = ShiftPeriod(end, -6 * (2 - m.ordinal));
      } else if ((months == 6 || months == 9) && m.ordinal == 1) {
        p = ShiftPeriod(end, months - 12);  // "the first nine months of 2004"
      } else {
        break;
      }
      p.months = months;
      p.day = 0;
      out.push_back(p);
      return out;
    }
    case Kind::kYear: {
      Period p;
      if (!YearOf(m, &p, reason)) return {};
      out.push_back(p);
      return out;
    }
    case Kind::kComparable: {
      // "the third quarter of the prior year": that quarter of the fiscal year before the
      // current period's (of the same length), which need not be the current quarter's match.
      if (m.ordinal > 0 && m.lengths.size() == 1 && m.year == 0) {
        std::vector<Period> cur;
        for (const Period& r : refs) {
          if (r.months == m.lengths[0]) cur.push_back(r);
        }
        if (cur.empty()) cur = Current(m.lengths);
        if (cur.empty() || !fiscal_.known()) {
          *reason = "\"" + TextOf(m.first, m.last) + "\" refers to no year named before";
          return {};
        }
        PeriodMention prior = m;
        prior.kind = Kind::kOrdinal;
        prior.fiscal = true;
        prior.year = fiscal_.FiscalYearOf(DateOf(cur[0])) - 1;
        return Resolve(prior, refs, reason);
      }
      std::vector<Period> base = refs;
      if (!m.lengths.empty()) {
        base.clear();
        for (int months : m.lengths) {
          bool found = false;
          for (const Period& r : refs) {
            if (r.months == months) {
              base.push_back(r);
              found = true;
            }
          }
          if (!found) {
            std::vector<Period> cur = Current({months});
            base.insert(base.end(), cur.begin(), cur.end());
          }
        }
      }
      // "Revenue was $352.2 million, compared to $310.0 million in the same period a year
      // ago": before any period is named, the sentence's own is the release's (its shortest:
      // the quarter of a release that also shows the year to date).
      if (base.empty() && refs.empty() && paragraph_periods_.empty()) {
        for (const Period& p : ReleasePeriods(latest_)) {
          if (p.kind != Period::Kind::kDuration) continue;
          if (!base.empty() && p.months < base[0].months) base.clear();
          if (base.empty() || p.months == base[0].months) base.push_back(p);
        }
      }
      if (base.empty()) {
        *reason = "\"" + TextOf(m.first, m.last) + "\" refers to no period named before";
        return {};
      }
      return ShiftYears(base, m.year, m.fiscal, reason);
    }
    case Kind::kSequential: {
      std::vector<Period> base;
      for (const Period& r : refs) {
        if (r.months == 3) base.push_back(r);
      }
      if (base.empty()) base = Current({3});
      for (const Period& r : base) out.push_back(ShiftPeriod(r, -3));
      if (out.empty()) *reason = "\"" + TextOf(m.first, m.last) + "\" refers to no quarter";
      return out;
    }
    case Kind::kCurrent: {
      out = Current(m.lengths);
      // "the second quarter" is the latest quarter only if that quarter is the second.
      if (m.ordinal > 0 && m.lengths.size() == 1 && m.lengths[0] == 3 && !out.empty()) {
        int month = out[0].month;
        if (out[0].day > 0 && out[0].day <= 7) month = month == 1 ? 12 : month - 1;
        int ordinal = fiscal_.known() ? ((month - fiscal_.end_month + 11) % 12) / 3 + 1 : 0;
        if (ordinal != m.ordinal) {
          *reason =
              "\"" + TextOf(m.first, m.last) + "\" names no year and is not the latest quarter";
          return {};
        }
      }
      if (out.empty())
        *reason = "no table column says which period \"" + TextOf(m.first, m.last) + "\" is";
      // "at quarter end": the date that ends it; "year-end 2015": that year's.
      if (m.at_end && m.year > 0 && !out.empty() && YearLabel(out[0], m.fiscal) != m.year) {
        out = ShiftYears(out, m.year, m.fiscal, reason);
      }
      for (Period& p : out) {
        if (!m.at_end) break;
        p.kind = Period::Kind::kInstant;
        p.months = 0;
      }
      return out;
    }
  }
  if (reason->empty()) *reason = "\"" + TextOf(m.first, m.last) + "\" is not a period";
  return {};
}

// Explicit periods set the context of later relative phrases ("for the quarter").
void ParagraphReader::NoteContext(const PeriodMention& m) {
  using Kind = PeriodMention::Kind;
  if (m.kind != Kind::kExplicit && m.kind != Kind::kOrdinal) return;
  std::string reason;
  for (const Period& p : Resolve(m, {}, &reason)) history_.push_back(p);
  if (history_.size() > kMaxHistory) {
    history_.erase(history_.begin(),
                   history_.begin() + static_cast<long>(history_.size() - kMaxHistory));
  }
}

// The period phrase adjacent after token `t`: only commas, "respectively" and a ratio set off
// after the figure (", or 36.5% of sales,") between.
const PeriodMention* ParagraphReader::MentionAfter(size_t t) const {
  size_t u = t + 1;
  bool aside = false;  // a ratio stands between: only a phrase that names its dates counts
  // The ratio itself closes the list: "$134.3 million, or 15.9% of net revenues, for ...".
  if (tokens_[t].is_figure() &&
      figures_[static_cast<size_t>(tokens_[t].figure)].unit == FigureUnit::kPercent &&
      Word(u) == "of") {
    ++u;
    while (u < se_ && u < t + 8 && tokens_[u].is_word() && token_mention_[u] < 0) ++u;
    if (u >= se_ || (tokens_[u].punct != ',' && token_mention_[u] < 0)) return nullptr;
    aside = true;
  }
  while (u < se_) {
    if (tokens_[u].punct == ',' || tokens_[u].word == "respectively") {
      ++u;
      continue;
    }
    if (Word(u) != "or" || u + 1 >= se_ || !tokens_[u + 1].is_figure() ||
        figures_[static_cast<size_t>(tokens_[u + 1].figure)].unit != FigureUnit::kPercent) {
      break;
    }
    size_t v = u + 2;
    if (Word(v) == "of") {
      ++v;
      while (v < se_ && v < u + 8 && tokens_[v].is_word() && token_mention_[v] < 0) ++v;
    }
    if (v >= se_ || (tokens_[v].punct != ',' && token_mention_[v] < 0)) return nullptr;
    u = v;
    aside = true;
  }
  if (u >= se_ || token_mention_[u] < 0) return nullptr;
  const PeriodMention& m = mentions_[static_cast<size_t>(token_mention_[u])];
  // After the ratio only a phrase that names its year: "the first nine months of 1999", not
  // "the quarter" (which the ratio's words may have begun).
  bool dated = m.kind == PeriodMention::Kind::kExplicit ||
               m.kind == PeriodMention::Kind::kInstant ||
               ((m.kind == PeriodMention::Kind::kOrdinal || m.kind == PeriodMention::Kind::kYear) &&
                m.year > 0);
  if (aside && !dated) return nullptr;
  return m.first == u ? &m : nullptr;
}

// A period phrase after token `t` in the same clause, after a preposition and a few words:
// "$1.553 billion for the immediately preceding quarter ended October 2, 1998", "$3.1 million
// of deposits at March 31, 2019". Only plain words between (no punctuation, figure, verb or
// phrase of rules.yaml: "$0.43 of EPS in the prior year" is an amount of something else),
// opened by a preposition, at most four besides determiners; else nullptr.
const PeriodMention* ParagraphReader::MentionLater(size_t t) const {
  size_t u = t + 1;
  while (u < se_ && token_mention_[u] < 0) {
    const Token& tok = tokens_[u];
    // "from" inside a noun phrase ("cash from operating activities") is no comparison.
    bool inner = IsInnerPreposition(tok.word) && u > t + 2 && u + 1 < se_ &&
                 tokens_[u + 1].is_word() && !IsFunctionWord(Word(u + 1));
    // "The Company generated $88.3 million of cash from operating activities in the quarter":
    // what the company states it had is the figure's own concept ("amounting to $0.43 of EPS
    // in the prior year" is not).
    bool named = PhraseKindAt(u, PhraseKind::kConcept) && CompanyStates(t);
    if (!tok.is_word() || u > t + 6 || IsCopula(tok.word) || (PhraseAt(u) && !inner && !named)) {
      return nullptr;
    }
    ++u;
  }
  if (u >= se_ || u == t + 1) return nullptr;
  const PeriodMention& m = mentions_[static_cast<size_t>(token_mention_[u])];
  const std::string& prep = Word(t + 1);
  bool opens = prep == "for" || prep == "in" || prep == "during" || prep == "of" || prep == "at";
  if (m.first != u || !opens) return nullptr;
  for (size_t w = t + 2; w < u; ++w) {
    // "$929 million of net cash for investing activities in the first quarter": a preposition
    // inside the noun phrase.
    bool inner = IsInnerPreposition(Word(w)) && w > t + 2 && w + 1 < u &&
                 !IsFunctionWord(Word(w + 1)) && !IsFunctionWord(Word(w - 1));
    if (IsFunctionWord(Word(w)) && !IsDeterminer(Word(w)) && !inner) return nullptr;
  }
  return &m;
}

// The years listed right after a year phrase ("in 1996, 1995 and 1994"), its own first; a
// single year when none follows.
std::vector<int> ParagraphReader::YearList(const PeriodMention& m) const {
  std::vector<int> years = {m.year};
  size_t t = m.last + 1;
  while (t < se_ && years.size() < kMaxHistory) {
    size_t u = t;
    while (u < se_ && (tokens_[u].punct == ',' || Word(u) == "and")) ++u;
    if (u == t || u >= se_ || !IsYear(tokens_[u])) break;
    if (token_mention_[u] >= 0 && mentions_[static_cast<size_t>(token_mention_[u])].first != u) {
      break;
    }
    years.push_back(std::atoi(tokens_[u].word.c_str()));
    t = u + 1;
  }
  return years;
}

// The periods that the group of figures at tokens [first, last] speaks of.
ParagraphReader::GroupPeriods ParagraphReader::PeriodsOf(size_t first,
                                                         const std::vector<size_t>& ends) const {
  using Kind = PeriodMention::Kind;
  GroupPeriods g;
  // The reference for a year or a relative phrase: the figures named just before.
  std::vector<Period> prior_group =
      sentence_groups_.empty() ? std::vector<Period>() : sentence_groups_.back().periods;
  const PeriodMention* before = nullptr;  // the nearest period phrase before the group
  for (size_t i = mb_; i < me_; ++i) {
    const PeriodMention& m = mentions_[i];
    if (m.last >= first) continue;
    bool relative = m.kind == Kind::kComparable || m.kind == Kind::kSequential;
    if (relative && !sentence_groups_.empty() && m.first > sentence_groups_.front().first) {
      continue;  // attached to an earlier figure
    }
    // "Net interest income for the 2020 first quarter increased $2.3 million over the 2019
    // first quarter to $36.7 million": the period compared with is not the amount's.
    size_t w = m.first;
    while (w > sb_ && tokens_[w - 1].is_word() && IsDeterminer(tokens_[w - 1].word)) --w;
    bool compared =
        Word(m.first) == "over" ||
        (w > sb_ && (Word(w - 1) == "over" ||
                     (PhraseAt(w - 1) && PhraseAt(w - 1)->entry->kind == PhraseKind::kComparison)));
    if (compared && before) continue;
    before = &m;
  }
  // (a) A phrase right after the group: "$0 for the quarter ended ...".
  const PeriodMention* after = nullptr;
  for (size_t e : ends) {
    after = MentionAfter(e);
    if (after) break;
  }
  // (A percentage "of revenue for the quarter ended ..." is a ratio: its period phrase is
  // read as before.)
  if (!after &&
      figures_[static_cast<size_t>(tokens_[ends.back()].figure)].unit != FigureUnit::kPercent) {
    after = MentionLater(ends.back());
  }
  if (!after) after = ListClosedBy(first, ends);
  if (after) {
    g.phrase = TextOf(after->first, after->last);
    g.mention = after;
    // "This compares to revenue of $A and net income of $B in the prior quarter": a phrase that
    // closes a list names one period for all of it, not one relative to the item before.
    for (const SentenceGroup& sg : sentence_groups_) {
      if (sg.mention == after && !sg.periods.empty() && IsRelative(*after)) {
        g.periods = sg.periods;
        g.relative = true;
        return g;
      }
    }
    // "were $38.2 million, $16.9 million and $11.3 million in 1996, 1995 and 1994": a list of
    // years, one for each figure of the list, each a year of its own.
    std::vector<int> years = YearList(*after);
    if (after->kind == Kind::kYear && years.size() > 1) {
      for (int year : years) {
        PeriodMention one = *after;
        one.year = year;
        Period p;
        if (!YearOf(one, &p, &g.reason)) {
          g.periods.clear();
          return g;
        }
        g.periods.push_back(p);
      }
      return g;
    }
    if (after->kind == Kind::kYear) {
      // "in fiscal 2004" after "For the six months ended December 31, 2003": a qualifier;
      // "in 2002" after a figure for 2003: the same period of 2002.
      std::vector<Period> ref = prior_group;
      if (ref.empty() && before) {
        std::string ignored;
        ref = Resolve(*before, Reference(), &ignored);
      }
      if (!ref.empty()) {
        bool fiscal = after->fiscal;
        if (fiscal && !fiscal_.known()) {
          g.reason = "the fiscal year end is not known";
          return g;
        }
        // "$121.7 million in 1995, $149.2 million in 1996": after a year, a later year is that
        // year, not a period compared with.
        bool years_only = true;
        for (const Period& r : ref) years_only = years_only && r.months == 12;
        if (years_only && YearLabel(ref[0], fiscal) < after->year) {
          Period p;
          if (YearOf(*after, &p, &g.reason)) g.periods = {p};
          return g;
        }
        if (YearLabel(ref[0], fiscal) == after->year ||
            (!fiscal && fiscal_.known() && fiscal_.FiscalYearOf(DateOf(ref[0])) == after->year &&
             prior_group.empty())) {
          g.periods = ref;
          return g;
        }
        g.periods = ShiftYears(ref, after->year, fiscal, &g.reason);
        g.relative = true;
        return g;
      }
    }
    g.periods = Resolve(*after, RelativeReference(), &g.reason);
    g.relative = IsRelative(*after);
    return g;
  }
  // (b) A figure compared with an earlier one names its own period, or none.
  if (!sentence_groups_.empty()) {
    for (size_t t = sentence_groups_.back().last + 1; t < first; ++t) {
      const PhraseMatch* m = PhraseAt(t);
      if (m && m->entry->kind == PhraseKind::kComparison) {
        g.reason = "the period it is compared with is not named";
        g.compared = true;
        return g;
      }
    }
  }
  // (c) The nearest period phrase before it in the sentence.
  if (before) {
    g.phrase = TextOf(before->first, before->last);
    g.periods = Resolve(*before, RelativeReference(), &g.reason);
    g.relative = IsRelative(*before);
    return g;
  }
  g.reason = "no period is named in its sentence";
  g.unnamed = true;
  return g;
}

std::vector<Period> ParagraphReader::RelativeReference() const {
  // "GAAP earnings were $62 million, compared to $37 million in the same period a year ago.
  // Adjusted earnings were $65 million, compared to $62 million in the same period a year
  // ago": the second comparison is with a year before the adjusted earnings' own period (the
  // release's), not with a year before the period the first sentence compared with.
  if (current_unnamed_ && paragraph_periods_.empty()) return {};
  return Reference();
}

const PeriodMention* ParagraphReader::ListClosedBy(size_t first,
                                                   const std::vector<size_t>& ends) const {
  // The sentence opens with the comparison ("This compares to", "Compared with"): every figure
  // of it is one that the release's are compared with.
  bool opens = false;
  for (size_t t = sb_; t < first && t < sb_ + 4 && !opens; ++t) {
    opens = PhraseKindAt(t, PhraseKind::kComparison);
  }
  if (!opens) return nullptr;
  // One period phrase in the sentence, after the figures, relative ("in the prior quarter",
  // "in the same period a year ago") or dated ("in the first six months of 2019"), and nothing
  // but punctuation after it.
  const PeriodMention* close = nullptr;
  for (size_t i = mb_; i < me_; ++i) {
    if (close) return nullptr;
    close = &mentions_[i];
  }
  if (!close || close->first <= ends.back()) return nullptr;
  using Kind = PeriodMention::Kind;
  bool dated = close->kind == Kind::kExplicit ||
               ((close->kind == Kind::kOrdinal || close->kind == Kind::kYear) && close->year > 0);
  if (!IsRelative(*close) && !dated) return nullptr;
  for (size_t t = close->last + 1; t < se_; ++t) {
    if (tokens_[t].is_word() || tokens_[t].is_figure()) return nullptr;
  }
  // Between the figures and the phrase, the list goes on: nouns, figures and commas, no verb
  // that would open a clause of its own ("which rose from the prior quarter").
  for (size_t t = ends.back() + 1; t < close->first; ++t) {
    if (tokens_[t].is_word() && (IsClauseVerb(t) || PhraseKindAt(t, PhraseKind::kComparison))) {
      return nullptr;
    }
  }
  return close;
}

}  // namespace tieout
