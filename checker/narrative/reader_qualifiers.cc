// The figures of a sentence qualified (approximations, bounds, changes, ranges, a lost unit)
// and grouped (per-share appendages, lists); the phrases that name parts of a total.
#include "checker/narrative/paragraph_reader.h"

#include <algorithm>

#include "checker/narrative/grammar.h"

namespace tieout {

// Phrases that name parts of a total named before them: "Total revenue, consisting of product
// sales and rentals, as well as grant and other revenue, increased ...".
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
    // Ranges: "between $3.15 and $3.40", "$0.03 to $0.05 per share".
    if (k + 1 < figs.size()) {
      size_t tn = figure_token_[static_cast<size_t>(figs[k + 1])];
      bool joined = tn == tf + 1 ||
                    (tn == tf + 2 &&
                     (Word(tf + 1) == "to" || Word(tf + 1) == "through" || Word(tf + 1) == "and"));
      // "Net Loss of $41.2 million -- $1.37 per diluted share": an amount and its per-share
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
  // "$126.7 million higher than December 31, 2023", "a 10% decrease compared to": changes.
  for (size_t k = 0; k < figs.size(); ++k) {
    NarrativeFigure& r = rec(figs[k]);
    size_t tf = figure_token_[static_cast<size_t>(figs[k])];
    if (tf + 2 < se_ && vocab_.comparatives.count(Word(tf + 1)) && Word(tf + 2) == "than") {
      r.change = true;
    }
    bool article = tf > sb_ && (Word(tf - 1) == "a" || Word(tf - 1) == "an");
    // "representing 34% year-over-year growth": a percentage before a direction word, over
    // a period phrase or "year-over-year", is a change too ("33 percent increased from" is
    // not: there the percentage is what increased).
    size_t u = tf + 1;
    bool percent = r.figure.unit == FigureUnit::kPercent;
    while (percent && u < se_ &&
           (token_mention_[u] >= 0 || IsCalendarWord(Word(u)) ||
            (Word(u) == "over" && u + 1 < se_ && IsCalendarWord(Word(u + 1))))) {
      ++u;
    }
    if ((article || (percent && u > tf + 1)) && u < se_ && IsDirection(PhraseAt(u))) {
      r.change = true;
      r.direction = DirectionOf(PhraseAt(u));
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
  // "increased $18.3 million, or 41.2%, for the three months ..., and $52.6 million, or
  // 38.7% for the nine months": amounts listed after a change, across its percentages and
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
