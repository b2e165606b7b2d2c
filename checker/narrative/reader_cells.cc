// The concept's cells for a figure and period, and the groups of figures listed together.
#include "checker/narrative/paragraph_reader.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "checker/narrative/figure_links.h"
#include "checker/narrative/grammar.h"

namespace tieout {

std::vector<CellRef> ParagraphReader::CellsOf(const std::string& concept_name, const Period& period,
                                              ValueKind kind) const {
  std::vector<CellRef> out;
  for (const auto& group : rows_->Groups(concept_name, kind, columns_)) {
    if (ColumnMatches(period, group.period)) {
      out.insert(out.end(), group.cells.begin(), group.cells.end());
    }
  }
  // In document order: table, row, column.
  std::sort(out.begin(), out.end(), [](const CellRef& a, const CellRef& b) {
    return std::tie(a.table, a.row, a.column) < std::tie(b.table, b.row, b.column);
  });
  return out;
}

PeriodCheck ParagraphReader::Check(const NarrativeFigure& nf, const Period& period) const {
  PeriodCheck pc;
  pc.period = period;
  const Figure& f = nf.figure;
  ValueKind kind = KindOf(f.unit);
  pc.cells = CellsOf(nf.concept_name, period, kind);
  if (pc.cells.empty() && f.unit == FigureUnit::kMoney && f.scale == 0) {
    pc.cells = CellsOf(nf.concept_name, period, ValueKind::kPerShare);  // "EPS of $0.24"
  }
  // "per diluted share": not the basic row, when the rows say which they are.
  std::set<std::string> named;
  for (const std::string* text : {&nf.phrase, &nf.text}) {
    for (const std::string& w : SplitWords(*text)) {
      if (vocab_.variant_words.count(w)) named.insert(w);
    }
  }
  if (!named.empty()) {
    auto other_variant = [&](const CellRef& c) {
      bool names = false, has = false;
      for (const std::string* text : {&c.GetRow().label, &c.GetRow().section}) {
        for (const std::string& w : SplitWords(*text)) {
          if (!vocab_.variant_words.count(w)) continue;
          names = true;
          has |= named.count(w) > 0;
        }
      }
      return names && !has;
    };
    pc.cells.erase(std::remove_if(pc.cells.begin(), pc.cells.end(), other_variant), pc.cells.end());
  }
  if (pc.cells.empty()) return pc;
  int best_rank = 99;
  for (size_t i = 0; i < pc.cells.size(); ++i) {
    const CellRef& c = pc.cells[i];
    const Amount& a = c.GetAmount();
    if (!(a.value.Abs() == pc.cells[0].GetAmount().value.Abs())) pc.cells_agree = false;
    std::vector<int> shifts = {0};
    bool share_units = f.unit == FigureUnit::kShares;
    if (share_units) shifts = {0, 3, 6};
    if (f.unit == FigureUnit::kMoney && c.table->scale == 0 && c.table->scale_note.empty()) {
      shifts = {0, 3, 6};  // a table whose scale note was not read
    }
    for (int shift : shifts) {
      CellMatch m = CompareFigure(f, a, shift);
      int rank = m == CellMatch::kRounds ? 0 : (m == CellMatch::kTruncates ? 1 : 2);
      if (rank < best_rank) {
        best_rank = rank;
        pc.best = static_cast<int>(i);
        pc.match = m;
        pc.note = shift == 0 ? "" : "read the table in units of 10^" + std::to_string(shift);
      }
    }
    if (share_units && best_rank == 2) pc.unit_uncertain = true;
  }
  if (pc.match != CellMatch::kDiffers) pc.unit_uncertain = false;
  // Only the cell compared with is read later: a check keeps it alone (a long release has
  // tens of cells per concept and period, and a check per figure and period).
  pc.cells = std::vector<CellRef>{pc.cells[static_cast<size_t>(pc.best)]};  // frees the rest
  pc.best = 0;
  return pc;
}

// After the last figure of a list at token `last`, ", respectively, of <words>": the figures
// are amounts of those words. The reason they are not the subject's, or "" without such words.
std::string ParagraphReader::Respectively(size_t last) const {
  size_t u = last + 1;
  bool respectively = false;
  while (u < se_ && (tokens_[u].punct == ',' || Word(u) == "respectively")) {
    respectively |= Word(u) == "respectively";
    ++u;
  }
  if (!respectively || u + 1 >= se_ || (Word(u) != "of" && Word(u) != "in")) return "";
  size_t v = u + 1;
  while (v < se_ && tokens_[v].is_word() && IsDeterminer(tokens_[v].word)) ++v;
  size_t end = v;
  while (end < se_ && end < v + 4 && tokens_[end].is_word() && !IsFunctionWord(tokens_[end].word)) {
    ++end;
  }
  if (end == v) return "";
  return "the figures are amounts of \"" + TextOf(v, end - 1) + "\", named after them";
}

void ParagraphReader::ReadGroup(const std::vector<Member>& group, const Rec& rec) {
  size_t first = figure_token_[static_cast<size_t>(group.front().fig)];
  std::vector<size_t> ends;
  ends.push_back(figure_token_[static_cast<size_t>(group.back().fig)]);
  if (!group.back().appendages.empty()) {
    ends.push_back(figure_token_[static_cast<size_t>(group.back().appendages.back())]);
  }
  // Concepts.
  std::vector<Binding> bindings;
  for (const Member& m : group) {
    size_t tf = figure_token_[static_cast<size_t>(m.fig)];
    Binding b = Bind(tf);
    if (tf > taint_) {
      b = Binding{-1, taint_reason_};
    } else if (b.taints && taint_ == tokens_.size()) {
      taint_ = tf;
      taint_at_ = b.at;
      taint_reason_ = "the sentence speaks of something else: " + b.reason;
    }
    bindings.push_back(b);
  }
  // A list of concepts ("revenue and net income were $X and $Y") is read item by item.
  if (bindings[0].phrase >= 0) {
    std::vector<int> list = ConceptList(bindings[0].phrase);
    if (list.size() > 1) {
      if (list.size() == group.size()) {
        for (size_t i = 0; i < group.size(); ++i) bindings[i] = Binding{list[i], ""};
      } else {
        for (Binding& b : bindings) {
          b = Binding{-1, "the sentence names " + std::to_string(list.size()) + " items for " +
                              std::to_string(group.size()) + " figures"};
        }
      }
    }
  }
  // "$3.6 million and $7.2 million, respectively, of net losses from ...": the figures are
  // amounts of what follows "respectively", not of the subject before them.
  if (group.size() > 1) {
    std::string of = Respectively(ends.back());
    if (!of.empty()) {
      for (Binding& b : bindings) b = Binding{-1, of};
    }
  }
  // Periods.
  GroupPeriods gp = PeriodsOf(first, ends);
  std::vector<std::vector<Period>> member_periods(group.size());
  std::string period_reason = gp.reason;
  if (!gp.periods.empty()) {
    size_t n = group.size(), m = gp.periods.size();
    // "were $21.7 million and $15.3 million, or 10.5% and 9.1% of sales, respectively": each
    // unit's figures in order, one for each period.
    std::map<FigureUnit, size_t> per_unit;
    std::vector<size_t> ordinal(n);
    for (size_t i = 0; i < n; ++i) {
      ordinal[i] = per_unit[figures_[static_cast<size_t>(group[i].fig)].unit]++;
    }
    bool each_unit = per_unit.size() > 1;
    for (const auto& [unit, count] : per_unit) each_unit = each_unit && count == m;
    if (n == m) {
      for (size_t i = 0; i < n; ++i) member_periods[i] = {gp.periods[i]};
    } else if (each_unit) {
      for (size_t i = 0; i < n; ++i) member_periods[i] = {gp.periods[ordinal[i]]};
    } else if (n == 1 || m == 1) {
      for (size_t i = 0; i < n; ++i) member_periods[i] = gp.periods;
    } else {
      period_reason = std::to_string(n) + " figures for " + std::to_string(m) + " periods";
    }
  } else {
    if (period_reason.empty()) period_reason = "no period is named in its sentence";
    // "For fiscal year 2014, total revenues were up 3% at $38.3 billion. ... New software
    // licenses revenues were unchanged at $9.4 billion": a paragraph about one period other
    // than the release's speaks of it in every sentence that names none.
    if (paragraph_periods_.size() == 1 && !gp.compared && gp.phrase.empty()) {
      // Of the release's own periods, only the longest ("For fiscal year 2014, ..." in a
      // fourth-quarter release): a paragraph that names the quarter may still speak of the year
      // to date (a 10-Q's cash flows) in a sentence that names none.
      const Period& p = paragraph_periods_[0];
      bool release = false;
      int longest = 0;
      for (const Period& r : ReleasePeriods(latest_)) {
        release = release || ColumnMatches(p, r);
        if (r.kind == Period::Kind::kDuration) longest = std::max(longest, r.months);
      }
      if (!release || (p.kind == Period::Kind::kDuration && p.months == longest && longest > 3)) {
        for (auto& periods : member_periods) periods = {p};
        gp.phrase = "the paragraph's period";
      }
    }
  }
  // "operating income of $358 million and $6 million, respectively, from the divested
  // businesses": several figures for one concept and one period speak of something else.
  if (group.size() > 1 && gp.periods.size() == 1) {
    bool same = bindings[0].phrase >= 0;
    for (const Binding& b : bindings) {
      same = same && b.phrase >= 0 &&
             phrases_[static_cast<size_t>(b.phrase)].entry->name ==
                 phrases_[static_cast<size_t>(bindings[0].phrase)].entry->name;
    }
    if (same) {
      for (Binding& b : bindings) {
        b = Binding{-1, std::to_string(group.size()) +
                            " figures for one concept and one period: the sentence speaks of "
                            "parts the tables do not name"};
      }
    }
  }
  SentenceGroup sg;
  sg.first = first;
  sg.last = ends.back();
  sg.mention = gp.mention;
  for (size_t i = 0; i < group.size(); ++i) {
    std::vector<int> figs = {group[i].fig};
    figs.insert(figs.end(), group[i].appendages.begin(), group[i].appendages.end());
    for (int f : figs) {
      NarrativeFigure& r = rec(f);
      size_t tf = figure_token_[static_cast<size_t>(f)];
      Binding b = bindings[i];
      // A per-share figure binds on its own, unless its amount found no concept.
      if (f != group[i].fig && b.phrase >= 0) b = Bind(tf);
      if (b.phrase >= 0) {
        const PhraseMatch& pm = phrases_[static_cast<size_t>(b.phrase)];
        std::string of = Attachment(pm, tf);
        if (!of.empty()) {
          b = Binding{-1, of};
          if (f == group[i].fig) bindings[i] = b;  // its per-share figures follow it
        } else {
          r.concept_name = ConceptOf(b.phrase, r.figure.unit);
          r.phrase = TextOf(pm.first, pm.last);
          // "an increase in revenue of $5 million" is a change of revenue.
          if (pm.first >= sb_ + 2 && Word(pm.first - 1) == "in" &&
              IsDirection(PhraseAt(pm.first - 2)) && AttachedByOf(pm, tf)) {
            r.change = true;
          }
        }
      }
      r.periods = member_periods[i];
      r.period_phrase = gp.phrase;
      r.compared_unnamed = gp.compared;
      if (r.reason.empty() && r.figure.unit == FigureUnit::kPercent) {
        r.reason = kPercentageReason;
      }
      if (!r.reason.empty()) continue;  // a bound, a change, a range or a ratio
      if (r.change || r.range) continue;
      if (b.phrase < 0) {
        r.reason = b.reason;
        r.part_of = b.part;
        continue;
      }
      if (r.periods.empty()) {
        r.reason = period_reason;
        continue;
      }
      for (const Period& p : r.periods) r.checks.push_back(Check(r, p));
    }
    for (const Period& p : member_periods[i]) {
      if (std::find(sg.periods.begin(), sg.periods.end(), p) == sg.periods.end()) {
        sg.periods.push_back(p);
      }
    }
  }
  if (!sg.periods.empty()) {
    last_ = sg.periods;
    if (!gp.relative) current_ = sg.periods;
    // "compared with $27.3 million in the fourth quarter of 2031", "compared to $62 million in
    // the same period a year ago": the period compared with is not the paragraph's.
    bool compared = gp.relative;
    for (size_t t = sentence_groups_.empty() ? first : sentence_groups_.back().last + 1;
         t < first && !compared; ++t) {
      compared = PhraseKindAt(t, PhraseKind::kComparison);
    }
    for (const Period& p : compared ? std::vector<Period>() : sg.periods) {
      bool known = false;
      for (const Period& q : paragraph_periods_) known = known || q == p;
      if (!known) paragraph_periods_.push_back(p);
    }
  }
  // Figures of the release's own period, unnamed, are what a later relative phrase refers to;
  // figures named relative to others ("compared to $23 million a year ago") leave that as it is.
  if (sg.periods.empty() && gp.unnamed) current_unnamed_ = true;
  if (!sg.periods.empty() && !gp.relative) current_unnamed_ = false;
  sentence_groups_.push_back(sg);
}

}  // namespace tieout
