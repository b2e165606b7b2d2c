// Direction words ("increased to $2.8 million from $2.6 million") read as claims over two
// periods of a concept.
#include "checker/narrative/paragraph_reader.h"

#include <algorithm>
#include <cstdlib>

namespace tieout {

// A direction word governs the phrase it follows, or the phrase it opens ("an increase in
// selling, general and administrative expenses to $1.6 million").
bool ParagraphReader::Governs(const PhraseMatch& dir, size_t concept_first, size_t later) const {
  if (dir.first > later) return false;
  if (dir.first > concept_first) return true;
  return dir.last + 2 == concept_first && Word(dir.last + 1) == "in";
}

int ParagraphReader::ConceptPhraseOf(size_t tf) const {
  Binding b = Bind(tf);
  return b.phrase;
}

// The table value a figure was compared with for a period, when the tables agree on it.
std::optional<std::pair<CellRef, Decimal>> ParagraphReader::TableValue(const NarrativeFigure& r,
                                                                       const Period& p) const {
  for (const PeriodCheck& pc : r.checks) {
    if (!(pc.period == p) || pc.best < 0 || !pc.cells_agree) continue;
    const CellRef& c = pc.cells[static_cast<size_t>(pc.best)];
    return std::make_pair(c, c.GetAmount().value);
  }
  return std::nullopt;
}

void ParagraphReader::ReadDirections(const std::vector<int>& figs,
                                     const std::map<int, size_t>& global) {
  // One item per figure and period: "from $111,000 for the three and six month periods
  // ended December 31, 2002" is the prior figure of two comparisons.
  struct Item {
    int fig;
    size_t index;
    size_t token;
    size_t period;
  };
  std::vector<Item> items;
  for (int f : figs) {
    const NarrativeFigure& r = out_->figures[global.at(f)];
    if (r.host >= 0 || r.change || r.range || r.bound || r.concept_name.empty()) continue;
    // "16.8% of total revenue" is a share of the concept, not its value.
    size_t tf = figure_token_[static_cast<size_t>(f)];
    if (r.figure.unit == FigureUnit::kPercent && Word(tf + 1) == "of") continue;
    for (size_t k = 0; k < r.periods.size(); ++k) {
      items.push_back(Item{f, global.at(f), figure_token_[static_cast<size_t>(f)], k});
    }
  }
  if (items.size() > kMaxDirectionFigures) return;
  std::vector<const PhraseMatch*> words;
  for (size_t i = pb_; i < pe_; ++i) {
    if (phrases_[i].last < se_ && IsDirection(&phrases_[i])) words.push_back(&phrases_[i]);
  }
  if (words.empty()) return;
  for (size_t i = 0; i < items.size(); ++i) {
    for (size_t j = i + 1; j < items.size(); ++j) {
      if (items[i].index == items[j].index) continue;
      const NarrativeFigure& a = out_->figures[items[i].index];
      const NarrativeFigure& b = out_->figures[items[j].index];
      if (a.concept_name != b.concept_name || a.figure.unit != b.figure.unit) continue;
      const Period& pa = a.periods[items[i].period];
      const Period& pb = b.periods[items[j].period];
      if (pa.kind != Period::Kind::kDuration || pa.months != pb.months) continue;
      long gap = DayNumber(DateOf(pa)) - DayNumber(DateOf(pb));
      long span = std::labs(gap);
      bool year_apart = span >= 358 && span <= 372;
      bool quarter_apart = pa.months == 3 && span >= 84 && span <= 98;
      if (!year_apart && !quarter_apart) continue;
      const Item& cur = gap > 0 ? items[i] : items[j];
      const Item& prior = gap > 0 ? items[j] : items[i];
      size_t later = std::max(items[i].token, items[j].token);
      int phrase = ConceptPhraseOf(items[i].token);
      if (phrase < 0) continue;
      size_t concept_first = phrases_[static_cast<size_t>(phrase)].first;
      const PhraseMatch* governing = nullptr;
      for (const PhraseMatch* w : words) {
        if (w->last < later && Governs(*w, concept_first, later)) governing = w;
      }
      if (!governing) continue;
      const Period& cur_period = out_->figures[cur.index].periods[cur.period];
      const Period& prior_period = out_->figures[prior.index].periods[prior.period];
      AddClaim(*governing, cur.index, cur_period, static_cast<int>(prior.index), prior_period);
    }
  }
  // "unchanged from the same period in 2002": a prior period named without its figure.
  for (const PhraseMatch* w : words) {
    size_t t = w->last + 1;
    while (t < se_ && (PhraseKindAt(t, PhraseKind::kComparison) || tokens_[t].punct == ',')) {
      t = PhraseAt(t) ? PhraseAt(t)->last + 1 : t + 1;
    }
    if (t == w->last + 1 || t >= se_ || token_mention_[t] < 0) continue;
    const PeriodMention& m = mentions_[static_cast<size_t>(token_mention_[t])];
    if (m.first != t ||
        (m.kind != PeriodMention::Kind::kComparable && m.kind != PeriodMention::Kind::kSequential &&
         m.kind != PeriodMention::Kind::kYear)) {
      continue;
    }
    // The figure just before the word.
    const Item* cur = nullptr;
    for (const Item& it : items) {
      if (it.token < w->first) cur = &it;
    }
    if (!cur || out_->figures[cur->index].periods.size() != 1) continue;
    bool figure_between = false;
    for (size_t u = cur->token + 1; u < w->first; ++u) figure_between |= tokens_[u].is_figure();
    if (figure_between) continue;
    const NarrativeFigure& r = out_->figures[cur->index];
    std::string reason;
    std::vector<Period> prior;
    if (m.kind == PeriodMention::Kind::kYear) {
      prior = ShiftYears(r.periods, m.year, m.fiscal, &reason);
    } else {
      prior = Resolve(m, r.periods, &reason);
    }
    if (prior.size() != 1) continue;
    AddClaim(*w, cur->index, r.periods[0], -1, prior[0]);
  }
}

void ParagraphReader::AddClaim(const PhraseMatch& word, size_t cur, const Period& cur_period,
                               int prior, const Period& prior_period) {
  DirectionClaim c;
  c.paragraph = paragraph_;
  c.span = p_.SpanOf(tokens_[word.first].begin, tokens_[word.last].end);
  c.word = TextOf(word.first, word.last);
  c.direction =
      word.entry->kind == PhraseKind::kIncrease
          ? DirectionClaim::Direction::kIncrease
          : (word.entry->kind == PhraseKind::kDecrease ? DirectionClaim::Direction::kDecrease
                                                       : DirectionClaim::Direction::kUnchanged);
  c.current = static_cast<int>(cur);
  c.prior = prior;
  const NarrativeFigure& a = out_->figures[cur];
  c.concept_name = a.concept_name;
  c.current_period = cur_period;
  c.prior_period = prior_period;
  auto ta = TableValue(a, c.current_period);
  std::optional<std::pair<CellRef, Decimal>> tb;
  if (prior >= 0) {
    tb = TableValue(out_->figures[static_cast<size_t>(prior)], c.prior_period);
  } else {
    std::vector<CellRef> cells = CellsOf(a.concept_name, c.prior_period, KindOf(a.figure.unit));
    bool agree = !cells.empty();
    for (const CellRef& r : cells) {
      agree &= r.GetAmount().value.Abs() == cells[0].GetAmount().value.Abs();
    }
    if (agree) tb = std::make_pair(cells[0], cells[0].GetAmount().value);
  }
  int precision = a.figure.precision;
  if (ta && tb) {
    c.from_tables = true;
    c.current_cell = ta->first;
    c.prior_cell = tb->first;
    c.current_value = ta->second;
    c.prior_value = tb->second;
    if ((c.current_value.is_negative() && c.prior_value > Decimal()) ||
        (c.prior_value.is_negative() && c.current_value > Decimal())) {
      c.outcome = DirectionClaim::Outcome::kUnverifiable;
      c.reason = "the figure changes sign";
      out_->directions.push_back(std::move(c));
      return;
    }
  } else if (prior >= 0) {
    c.current_value = a.figure.value;
    c.prior_value = out_->figures[static_cast<size_t>(prior)].figure.value;
    precision = std::max(precision, out_->figures[static_cast<size_t>(prior)].figure.precision);
  } else {
    c.outcome = DirectionClaim::Outcome::kUnverifiable;
    c.reason = "no table shows both periods";
    out_->directions.push_back(std::move(c));
    return;
  }
  Decimal x = c.current_value.Abs(), y = c.prior_value.Abs();
  bool holds = false;
  switch (c.direction) {
    case DirectionClaim::Direction::kIncrease:
      holds = x > y;
      break;
    case DirectionClaim::Direction::kDecrease:
      holds = x < y;
      break;
    case DirectionClaim::Direction::kUnchanged:
      holds = x.RoundTo(precision) == y.RoundTo(precision);
      break;
  }
  c.outcome = holds ? DirectionClaim::Outcome::kHolds : DirectionClaim::Outcome::kContradicts;
  out_->directions.push_back(std::move(c));
}

}  // namespace tieout
