// Changes stated with the figures they are the change between, checked by arithmetic on the
// sentence's own figures: "decreased 8.5% from $612.4 million to $560.3 million", "increased 8%
// to $325.2 million from $300.0 million", "was $24.3 million, compared to $22.7 million, an
// increase of 7%".
#include <cctype>
#include <optional>
#include <set>

#include "checker/document/period.h"
#include "checker/narrative/arithmetic.h"
#include "checker/narrative/grammar.h"
#include "checker/narrative/paragraph_reader.h"
#include "checker/narrative/subject.h"

namespace tieout {
namespace {

// Tokens allowed between a figure compared with ("from $612.4 million") and the word that
// introduces the other ("to"): a period phrase, at most.
constexpr size_t kMaxPairGap = 12;

bool IsAmount(const NarrativeFigure& r) {
  return r.figure.unit != FigureUnit::kPercent && !r.change && !r.range && !r.bound && r.host < 0 &&
         !r.figure.value.is_zero();
}

std::string Signed(const Decimal& v, const std::string& text) {
  return v.is_negative() ? "-" + text : text;
}

}  // namespace

// Whether token t only links figures: punctuation, a period phrase or a year, a grammar word,
// a direction or comparison phrase, or (with `changes`) a figure that states a change.
bool ParagraphReader::Links(size_t t, const std::map<int, size_t>& global, bool changes) const {
  const Token& tok = tokens_[t];
  if (tok.is_figure()) {
    if (!changes) return false;
    auto it = global.find(tok.figure);
    return it != global.end() && out_->figures[it->second].change;
  }
  if (tok.punct != 0 || token_mention_[t] >= 0 || IsYear(tok)) return true;
  if (IsDirection(PhraseAt(t)) || PhraseKindAt(t, PhraseKind::kComparison)) return true;
  return tok.is_word() && (IsFunctionWord(tok.word) || IsCalendarWord(tok.word));
}

void ParagraphReader::ReadArithmetic(const std::map<int, size_t>& global) {
  auto amount_at = [&](size_t t) -> int {
    if (t >= se_ || !tokens_[t].is_figure()) return -1;
    auto it = global.find(tokens_[t].figure);
    if (it == global.end() || !IsAmount(out_->figures[it->second])) return -1;
    return static_cast<int>(it->second);
  };
  // The pairs: the figure compared with and the current one, with the tokens they span.
  struct Pair {
    int prior, current;
    size_t first, last;
  };
  std::vector<Pair> pairs;
  for (size_t t = sb_; t + 1 < se_; ++t) {
    const std::string& w = Word(t);
    int a = amount_at(t + 1);
    if (a < 0) continue;
    if (w == "from" || w == "to") {
      // "from $612.4 million at December 31, 2019 to $560.3 million", and the other way round.
      const char* other = w == "from" ? "to" : "from";
      for (size_t u = t + 2; u + 1 < se_ && u <= t + 1 + kMaxPairGap; ++u) {
        if (tokens_[u].is_figure()) break;
        if (Word(u) != other) continue;
        int b = amount_at(u + 1);
        if (b >= 0) {
          if (w == "from") {
            pairs.push_back(Pair{a, b, t, u + 1});
          } else {
            pairs.push_back(Pair{b, a, t, u + 1});
          }
        }
        break;
      }
      if (w == "from") continue;
    }
    // "was $24.3 million ..., compared to $22.7 million": the amount before the comparison.
    const PhraseMatch* m = PhraseAt(t);
    if (!m || m->entry->kind != PhraseKind::kComparison || m->last != t || w == "from") continue;
    size_t u = m->first;
    while (u > sb_ && Links(u - 1, global, true)) --u;
    if (u == sb_) continue;
    int b = amount_at(u - 1);
    if (b >= 0) pairs.push_back(Pair{static_cast<int>(a), b, u - 1, t + 1});
  }
  ReadShares(global);
  ReadAnchors(global);
  if (pairs.empty()) return;
  // "increased 12.6% to $512 million and 27.4% to $118.2 million compared to $454.7 million and
  // $92.8 million respectively": figures in lists pair with other figures than their neighbours.
  for (size_t t = sb_; t < se_; ++t) {
    if (Word(t) == "respectively") return;
  }
  std::map<size_t, size_t> token_of;  // figure index -> its token
  for (const auto& [f, g] : global) token_of[g] = figure_token_[static_cast<size_t>(f)];
  auto listed = [&](int index) {
    size_t ft = token_of[static_cast<size_t>(index)];
    auto amount = [&](size_t t) { return amount_at(t) >= 0; };
    bool before =
        ft >= sb_ + 2 && (Word(ft - 1) == "and" || tokens_[ft - 1].punct == ',') && amount(ft - 2);
    bool after =
        ft + 2 < se_ && (Word(ft + 1) == "and" || tokens_[ft + 1].punct == ',') && amount(ft + 2);
    return before || after;
  };

  // A qualifier makes the sentence's measure uncertain; right after a percentage ("up 7% in
  // constant currency") it makes that percentage another measure than its amounts.
  SentenceView view{text_, tokens_, phrases_, token_phrase_, token_mention_, sb_, se_};
  bool qualified = false;
  std::set<size_t> qualified_percents;
  for (size_t i = pb_; i < pe_; ++i) {
    if (phrases_[i].entry->kind != PhraseKind::kQualifier) continue;
    size_t percent = QualifiedPercent(view, phrases_[i]);
    if (percent == se_) {
      qualified = true;
    } else {
      qualified_percents.insert(percent);
    }
  }
  for (const Pair& pair : pairs) {
    NarrativeFigure& prior = out_->figures[static_cast<size_t>(pair.prior)];
    NarrativeFigure& current = out_->figures[static_cast<size_t>(pair.current)];
    if (prior.figure.unit != current.figure.unit) continue;
    if (listed(pair.prior) || listed(pair.current)) continue;
    // The changes stated around the pair: before it ("decreased 8.5% from") and after it
    // ("compared to $20.6 million, an increase of 7%"), over linking words only.
    std::vector<size_t> changes;
    int direction = 0;
    bool mixed = false;
    // The change's own words: a direction, "by", "of", "or", commas, determiners and period
    // phrases; a direction word ends the reading before the pair ("decreased 8.5% from"), any
    // other word (a new clause: "and decreased $52,000 from") ends it after.
    auto clause = [&](size_t t) {
      const Token& tok = tokens_[t];
      if (tok.is_figure()) {
        return out_->figures[global.at(tok.figure)].change && !qualified_percents.count(t);
      }
      if (tok.punct == ',' || token_mention_[t] >= 0 || IsDirection(PhraseAt(t))) return true;
      const std::string& w = tok.word;
      return w == "by" || w == "of" || w == "or" || (tok.is_word() && IsDeterminer(w));
    };
    auto visit = [&](size_t t) {
      if (tokens_[t].is_figure()) {
        changes.push_back(global.at(tokens_[t].figure));
        return false;
      }
      const PhraseMatch* d = PhraseAt(t);
      if (!IsDirection(d)) return false;
      if (d->entry->kind == PhraseKind::kUnchanged) {
        mixed = true;
      } else {
        int dir = d->entry->kind == PhraseKind::kIncrease ? 1 : -1;
        mixed |= direction != 0 && direction != dir;
        direction = dir;
      }
      return true;
    };
    // "decreased $3.2 million to $12.7 million at March 31, 2024, compared to $15.9 million":
    // the change before the amount it changes to. Another figure may follow the one compared
    // with ("and $15.0 million for the prior quarter"): checked, never a finding.
    bool before_amount = false;
    for (size_t t = pair.first; t-- > sb_;) {
      if (Word(t) == "to" && t + 1 == pair.first && t > sb_ && tokens_[t - 1].is_figure() &&
          tokens_[pair.first].is_figure()) {
        before_amount = true;
        continue;
      }
      if (!clause(t) || visit(t)) break;
    }
    for (size_t t = pair.first + 1; t < pair.last; ++t) {
      if (tokens_[t].is_figure() && clause(t)) visit(t);  // "$22.1 million, up 7%, compared to"
    }
    for (size_t t = pair.last + 1; t < se_ && clause(t); ++t) visit(t);
    for (size_t index : changes) {
      NarrativeFigure& c = out_->figures[index];
      if (c.arithmetic || c.bound || c.range || mixed) continue;
      bool percent = c.figure.unit == FigureUnit::kPercent;
      if (!percent && c.figure.unit != current.figure.unit) continue;
      Shown p = ShownOf(prior.figure), q = ShownOf(current.figure);
      ArithmeticClaim claim;
      claim.outcome = percent ? CheckPercentChange(p, q, c.figure, direction)
                              : CheckDifference(p, q, c.figure, direction);
      if (claim.outcome == ArithmeticOutcome::kUndefined) continue;
      Decimal diff = current.figure.value.Abs() - prior.figure.value.Abs();
      if (percent) {
        Decimal r = RoundedQuotient(diff * Decimal::FromInt(100), prior.figure.value.Abs(),
                                    c.figure.precision);
        claim.result = r.ToDisplay() + "%";
        claim.formula = "(" + current.text + " - " + prior.text + ") / " + prior.text;
      } else {
        claim.result = Signed(diff, FormatLike(diff.Abs(), c.figure));
        claim.formula = current.text + " - " + prior.text;
      }
      claim.formula += " = " + claim.result;
      if (qualified) {
        claim.doubt = "the sentence qualifies the measure";
      } else if (before_amount) {
        claim.doubt = "the change is stated before the amount, not with the one compared with";
      } else if (c.approximate || prior.approximate || current.approximate) {
        claim.doubt = "a figure is approximate";
      } else if (c.missing_unit || prior.missing_unit || current.missing_unit) {
        claim.doubt = "a figure has no unit";
      } else if (direction == 0) {
        claim.doubt = "the words give no direction";
      }
      c.arithmetic = std::move(claim);
    }
  }
}

// "$4.6 million, or 0.09% of total assets", "to $1.5 billion, representing 37% of total
// deposits": a percentage of a whole the tables show, of the amount just before it. The amount
// is read from its cell when it was verified, else as stated; the whole is the cell of the
// concept named after "of", in the amount's period. Never an error: what a release divides by
// ("loans" with or without those held for sale) is not always what the row shows.
void ParagraphReader::ReadShares(const std::map<int, size_t>& global) {
  static const std::set<std::string> kRestating = {"representing", "represents", "represented",
                                                   "equal",        "equaling",   "equivalent"};
  for (size_t t = sb_; t + 2 < se_; ++t) {
    if (!tokens_[t].is_figure()) continue;
    NarrativeFigure& c = out_->figures[global.at(tokens_[t].figure)];
    if (c.figure.unit != FigureUnit::kPercent || c.change || c.range || c.bound || c.arithmetic) {
      continue;
    }
    if (Word(t + 1) != "of") continue;
    size_t u = t + 2;
    while (u < se_ && tokens_[u].is_word() && IsDeterminer(tokens_[u].word)) ++u;
    if (u >= se_) continue;
    // The whole: a concept's phrase, else (its period left to the amount's cell) up to four
    // words that a row's label may say ("of sales", "of net revenues").
    const PhraseMatch* whole =
        token_phrase_[u] < 0 ? nullptr : &phrases_[static_cast<size_t>(token_phrase_[u])];
    if (whole && (whole->entry->kind != PhraseKind::kConcept || whole->first != u)) continue;
    std::vector<std::string> words;
    for (size_t w = u; !whole && w < se_ && w < u + 4 && tokens_[w].is_word() &&
                       !IsFunctionWord(tokens_[w].word) && token_mention_[w] < 0;
         ++w) {
      words.push_back(tokens_[w].word);
    }
    if (!whole && words.empty()) continue;
    // The amount it is a share of: just before it, over linking words.
    size_t v = t;
    while (v > sb_ && !tokens_[v - 1].is_figure() &&
           (Links(v - 1, global, false) || kRestating.count(Word(v - 1)))) {
      --v;
    }
    if (v == sb_ || v == t || !tokens_[v - 1].is_figure()) continue;
    const NarrativeFigure& part = out_->figures[global.at(tokens_[v - 1].figure)];
    if (part.figure.unit != FigureUnit::kMoney || part.change || part.range || part.bound) {
      continue;
    }
    // The amount's period, else the one right after the whole: "$4.6 million, or 0.09% of
    // total assets, at March 31, 2020".
    std::vector<Period> periods = part.periods;
    if (periods.empty() && whole) {
      const PeriodMention* m = MentionAfter(whole->last);
      std::string reason;
      if (m &&
          (m->kind == PeriodMention::Kind::kInstant || m->kind == PeriodMention::Kind::kExplicit)) {
        periods = Resolve(*m, {}, &reason);
      }
    }
    std::string concept_name = whole ? ConceptOf(token_phrase_[u], FigureUnit::kMoney) : "";
    if (periods.size() != 1 || !whole) {
      // The period of the amount's cell, once the amount is verified (SettleArithmetic).
      c.share_of = static_cast<int>(global.at(tokens_[v - 1].figure));
      if (whole) c.share_whole = rows_->Of(concept_name);
      c.share_words = std::move(words);
      continue;
    }
    const Period& period = periods[0];
    std::vector<CellRef> cells = CellsOf(concept_name, period, ValueKind::kMoney);
    if (cells.empty()) continue;
    bool agree = true;
    for (const CellRef& r : cells) {
      agree &= r.GetAmount().value.Abs() == cells[0].GetAmount().value.Abs();
    }
    if (!agree) continue;
    Shown p = ShownOf(part.figure);
    std::string part_text = part.text, why;
    auto cell = TableValue(part, period);
    if (cell && part.Verdict(&why) == FigureVerdict::kVerified) {
      p = ShownOf(cell->first.GetAmount());
      part_text = cell->first.GetAmount().value.Abs().ToDisplay();
    }
    const Amount& w = cells[0].GetAmount();
    ArithmeticClaim claim;
    claim.outcome = CheckShare(p, ShownOf(w), c.figure);
    if (claim.outcome == ArithmeticOutcome::kUndefined) continue;
    claim.result =
        RoundedQuotient(p.value.Abs() * Decimal::FromInt(100), w.value.Abs(), c.figure.precision)
            .ToDisplay() +
        "%";
    claim.formula = part_text + " / " + w.value.Abs().ToDisplay() + " (" + cells[0].GetRow().label +
                    ", " + DescribePeriod(period) + ") = " + claim.result;
    claim.doubt = "a share of a whole is not always what the row shows";
    c.arithmetic = std::move(claim);
  }
}

// "$9.3 million, or $0.47 per diluted share, a decrease of $3.6 million compared to the 2019
// first quarter", "$4.6 million at March 31, 2020, $1.4 million higher than March 31, 2019": a
// change right after the amount it changes, and the period it compares with (none: the same
// period a year earlier). The arithmetic is done once the amount is verified against a cell
// (SettleArithmetic), on that cell's row.
// A date written out at token t ("March 31, 2023"): month, day and year, as an instant.
std::optional<Period> ParagraphReader::DateAt(size_t t) const {
  const std::string& month = Word(t);
  size_t y = t + 2;
  if (y < se_ && tokens_[y].punct == ',') ++y;
  if (month.size() < 3 || MonthFromName(month) == 0 || y >= se_ || !IsYear(tokens_[y])) {
    return std::nullopt;
  }
  const std::string& day = Word(t + 1);
  if (day.empty() || day.size() > 2 || !std::isdigit(static_cast<unsigned char>(day[0])) ||
      !std::isdigit(static_cast<unsigned char>(day.back()))) {
    return std::nullopt;
  }
  Period p;
  p.kind = Period::Kind::kInstant;
  p.year = std::stoi(tokens_[y].word);
  p.month = MonthFromName(month);
  p.day = std::stoi(day);
  if (p.day < 1 || p.day > 31) return std::nullopt;
  return p;
}

void ParagraphReader::ReadAnchors(const std::map<int, size_t>& global) {
  auto passes = [&](size_t t) {
    if (tokens_[t].is_figure()) {
      const NarrativeFigure& r = out_->figures[global.at(tokens_[t].figure)];
      return r.change || r.host >= 0;
    }
    return Links(t, global, false) || vocab_.comparatives.count(Word(t)) > 0 || Word(t) == "than";
  };
  for (size_t t = sb_; t < se_; ++t) {
    if (!tokens_[t].is_figure()) continue;
    size_t ci = global.at(tokens_[t].figure);
    NarrativeFigure& c = out_->figures[ci];
    if (!c.change || c.arithmetic || c.range || c.bound || c.anchor >= 0) continue;
    // Back to the amount, within the clause: "and" goes on only to a list of figures ("...,
    // and $412.5 million higher than"), not to a clause of its own ("and decreased $52,000").
    size_t v = t;
    while (v > sb_ && passes(v - 1) && !(Word(v - 1) == "and" && !tokens_[v].is_figure())) --v;
    if (v == sb_ || !tokens_[v - 1].is_figure()) continue;
    size_t ai = global.at(tokens_[v - 1].figure);
    const NarrativeFigure& a = out_->figures[ai];
    if (!IsAmount(a) || a.periods.size() > 1) continue;
    bool percent = c.figure.unit == FigureUnit::kPercent;
    if (!percent && c.figure.unit != a.figure.unit) continue;
    // The period compared with, after the change over linking words: a period phrase, or for
    // a balance a bare date ("$31.20 at March 31, 2024, $1.75 higher than March 31, 2023").
    size_t u = t + 1;
    std::optional<Period> date;
    // Over the change of the other unit ("$1.85 or 21.4% from"), not over a list of changes
    // ("a decrease of $1 million and $2 million").
    while (u < se_ && token_mention_[u] < 0) {
      if (tokens_[u].is_figure()) {
        const NarrativeFigure& other = out_->figures[global.at(tokens_[u].figure)];
        if (other.change && other.figure.unit == c.figure.unit && Word(u - 1) == "and") break;
      }
      if (!a.periods.empty() && a.periods[0].kind == Period::Kind::kInstant && (date = DateAt(u))) {
        break;
      }
      if (!passes(u)) break;
      ++u;
    }
    std::vector<Period> compared;
    if (date) {
      compared = {*date};
    } else {
      if (u >= se_ || token_mention_[u] < 0) {
        // "Revenue was $412.4 million, a 5.8% increase": no period compared with is named and
        // the change ends its clause (not "a 5.8% increase in yield"): a release compares
        // with the same period a year earlier, checked once the amount is verified.
        size_t k = t + 1;
        while (k < se_ && tokens_[k].is_word() &&
               (IsDirection(PhraseAt(k)) || PhraseKindAt(k, PhraseKind::kComparison))) {
          ++k;
        }
        if (k >= se_ || tokens_[k].punct != 0) c.anchor = static_cast<int>(ai);
        continue;
      }
      if (a.periods.empty()) continue;
      const PeriodMention& m = mentions_[static_cast<size_t>(token_mention_[u])];
      if (m.first != u) continue;
      std::string reason;
      compared = m.kind == PeriodMention::Kind::kYear
                     ? ShiftYears(a.periods, m.year, m.fiscal, &reason)
                     : Resolve(m, a.periods, &reason);
    }
    if (compared.size() != 1 || compared[0] == a.periods[0]) continue;
    c.anchor = static_cast<int>(ai);
    c.compared = compared[0];
  }
}

}  // namespace tieout
