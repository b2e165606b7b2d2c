#include "checker/narrative/figure_links.h"

#include <algorithm>
#include <tuple>

#include "checker/narrative/grammar.h"
#include "checker/narrative/periods.h"

namespace tieout {

// The periods the release itself reports: the latest period of each length, and the latest
// balance sheet date, when they end together (within the days a 52/53-week year moves). What a
// sentence that names no period speaks of: "Net sales were $352.2 million."
std::vector<Period> ReleasePeriods(const std::map<int, Period>& latest) {
  long last = 0;
  for (const auto& [months, p] : latest) last = std::max(last, DayNumber(DateOf(p)));
  std::vector<Period> out;
  for (const auto& [months, p] : latest) {
    if (last - DayNumber(DateOf(p)) <= 7) out.push_back(p);
  }
  return out;
}

// The opening paragraphs that may name the release's period: headline, subheadings, dateline.
constexpr size_t kOpeningParagraphs = 6;

std::optional<Period> ReleaseOwnPeriod(const Document& doc, const std::vector<Period>& release) {
  size_t lengths = 0;
  for (const Period& p : release) lengths += p.kind == Period::Kind::kDuration;
  if (lengths < 2) return std::nullopt;
  using Kind = PeriodMention::Kind;
  for (size_t i = 0; i < doc.paragraphs.size() && i < kOpeningParagraphs; ++i) {
    std::vector<Token> tokens = Tokenize(doc.paragraphs[i].Text(2000), {});
    for (const PeriodMention& m : FindPeriodMentions(tokens, 0, tokens.size())) {
      if (m.kind != Kind::kExplicit && m.kind != Kind::kOrdinal && m.kind != Kind::kCurrent) {
        continue;
      }
      if (m.lengths.size() != 1) return std::nullopt;
      for (const Period& p : release) {
        if (p.kind == Period::Kind::kDuration && p.months == m.lengths[0]) return p;
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

namespace {

// The figure verified (or, for kDiffers, mismatched) by the cell a link found.
void Settle(const LinkResult& link, CellMatch match, NarrativeFigure* r) {
  PeriodCheck pc;
  pc.period = link.period;
  pc.cells = {link.cell};
  pc.best = 0;
  pc.match = match;
  pc.note = link.note;
  r->reason.clear();
  r->checks = {pc};
}

}  // namespace

// Links a figure the concepts left unverifiable to a row by the words of its label, and checks
// the sign of a verified figure against the words of its subject.
void LinkFigure(const RowLinker& linker, const std::vector<Period>& release,
                const std::optional<Period>& own, std::vector<std::set<std::string>>* qualified,
                NarrativeFigure* r) {
  std::string why;
  FigureVerdict verdict = r->Verdict(&why);
  // "Interest and other income, net was $4.9 million": a list of nouns that is one row's label
  // is one subject, not a list.
  if (r->subject.compound && !r->subject.list_words.empty() &&
      linker.NamesRow(r->subject.list_words)) {
    r->subject.words = r->subject.list_words;
    r->subject.compound = false;
    r->subject_leads = r->list_leads;
  }
  // "Cloud services and license support revenues were $30.2 billion": the words that qualify
  // the concept name the row.
  if (r->own_words_taint && linker.NamesRow(r->subject.words)) r->may_mismatch = true;
  // "South Pacific and Americas Region revenue was ... Revenue in the first nine months was":
  // after a qualified subject, a bare subject of the paragraph may still mean it.
  std::set<std::string> words = linker.Normalize(r->subject.words);
  bool was_qualified = false;
  for (const std::set<std::string>& q : *qualified) {
    was_qualified |= q.size() > words.size() && !words.empty() &&
                     std::includes(q.begin(), q.end(), words.begin(), words.end());
  }
  if (!words.empty() && !linker.NamesRow(r->subject.words)) qualified->push_back(words);
  // A row of another table, or another column of the period (a segment's), agrees with the
  // figure: it may speak of that, not of the concept's row.
  for (const PeriodCheck& pc : r->checks) {
    if (verdict != FigureVerdict::kMismatch || pc.best < 0 || pc.match != CellMatch::kDiffers) {
      continue;
    }
    std::vector<std::string> words = r->phrase.empty() ? r->subject.words : SplitWords(r->phrase);
    const CellRef& bound = pc.cells[static_cast<size_t>(pc.best)];
    std::string elsewhere = linker.AgreesInRow(r->figure, bound);
    if (elsewhere.empty()) {
      elsewhere = linker.AgreesElsewhere(r->figure, words, SplitWords(r->text), {pc.period}, bound);
    }
    if (!elsewhere.empty()) {
      r->reason = elsewhere;
      r->checks.clear();
      return;
    }
  }
  if (verdict == FigureVerdict::kMismatch && was_qualified) {
    r->reason = "an earlier sentence of the paragraph names a part of \"" + r->subject.text +
                "\": the figure may speak of it";
    r->checks.clear();
    return;
  }
  // A concept's mismatch rests on the same evidence as a label's: the figure is stated as the
  // amount itself, by the subject its sentence is about, before the statements.
  if ((verdict == FigureVerdict::kMismatch || verdict == FigureVerdict::kTruncated) &&
      !(r->may_mismatch && r->subject_leads)) {
    r->reason =
        "the figure differs from the table, but the sentence does not state it as the "
        "amount of \"" +
        r->phrase + "\" (" +
        (r->subject_leads ? "it is approximate, a part or qualified"
                          : "its subject is not what the sentence is about") +
        ")";
    r->checks.clear();
    return;
  }
  if (verdict == FigureVerdict::kVerified && r->may_mismatch && !r->subject.empty()) {
    for (PeriodCheck& pc : r->checks) {
      const CellRef& c = pc.cells[static_cast<size_t>(pc.best)];
      std::vector<std::string> words = r->phrase.empty() ? r->subject.words : SplitWords(r->phrase);
      if (linker.SignConflict(words, c.GetRow(), c.GetAmount().value, r->figure.negative)) {
        pc.sign_conflict = true;
      }
    }
    return;
  }
  if (verdict != FigureVerdict::kUnverifiable || r->bound || r->range) return;
  if (r->subject.empty() || r->figure.value.is_zero()) return;
  // "an effective tax rate of 10.8%": a ratio the vocabulary defines, by arithmetic.
  if (r->reason == kPercentageReason && !r->change && r->host < 0) {
    LinkRequest q;
    q.subject = r->subject.words;
    q.figure = r->figure;
    q.periods = r->periods;
    if (q.periods.empty() && !r->sentence_names_period) q.periods = release;
    LinkResult link = linker.LinkRatio(q);
    if (link.kind == LinkResult::Kind::kVerified) {
      Settle(link, CellMatch::kRounds, r);
      r->derived = true;
      return;
    }
  }
  // "Net sales for the Industrial segment increased 10.4% to $291.6 million": the
  // segment's row.
  if (!r->segment.empty() && r->figure.unit != FigureUnit::kPercent && !r->change &&
      !r->segment_measure.empty()) {
    LinkRequest q;
    q.subject = r->segment_measure;
    q.extra = SplitWords(r->text);
    q.segment = r->segment;
    q.figure = r->figure;
    q.periods = r->periods;
    if (q.periods.empty() && !r->sentence_names_period) {
      q.periods = release;
      if (own) q.bind = {*own};
    }
    q.may_mismatch = r->segment_may_mismatch && (!r->periods.empty() || !q.bind.empty());
    LinkResult link = linker.LinkSegment(q);
    if (link.kind == LinkResult::Kind::kVerified || link.kind == LinkResult::Kind::kMismatch) {
      PeriodCheck pc;
      pc.period = link.period;
      pc.cells = {link.cell};
      pc.best = 0;
      pc.match =
          link.kind == LinkResult::Kind::kVerified ? CellMatch::kRounds : CellMatch::kDiffers;
      r->reason.clear();
      r->checks = {pc};
      r->linked = true;
      return;
    }
  }
  if (r->change) {
    LinkRequest q;
    q.subject = r->subject.words;
    q.figure = r->figure;
    q.periods = r->periods.empty() ? release : r->periods;
    q.direction = r->direction;
    LinkResult link = linker.LinkChange(q);
    if (link.kind != LinkResult::Kind::kVerified) {
      r->reason = link.reason;
      return;
    }
    Settle(link, CellMatch::kRounds, r);
    r->derived = true;
    return;
  }
  LinkRequest q;
  q.subject = r->subject.words;
  q.extra = SplitWords(r->text);
  q.qualifier = linker.QualifierOf(r->qualifier);
  q.qualifier_words = SplitWords(r->qualifier);
  q.figure = r->figure;
  // "16.4 percent of sales": a share of sales, never its value.
  q.share = r->figure.unit == FigureUnit::kPercent && r->subject.of;
  if (!r->periods.empty()) {
    q.periods = r->periods;
  } else if (r->compared_unnamed) {
    q.any_column = true;
  } else if (!r->sentence_names_period) {
    // "we recorded goodwill of $929 million": a verb states a flow, not a balance.
    for (const Period& p : release) {
      if (!r->subject.via_verb || p.kind != Period::Kind::kInstant) q.periods.push_back(p);
    }
    if (own) q.bind = {*own};
  }
  if (q.periods.empty() && !q.any_column) return;
  q.may_mismatch = r->may_mismatch && r->subject_leads && !q.any_column;
  if (was_qualified) q.may_mismatch = false;
  LinkResult link = linker.Link(q);
  // "cash, cash equivalents and short-term investments of $48.4 million": the sum of the rows
  // the listed nouns name, verified by arithmetic (never a mismatch).
  if (link.kind == LinkResult::Kind::kNone && r->subject.compound &&
      !r->subject.list_words.empty() && r->qualifier.empty()) {
    LinkResult sum = linker.LinkSum(q, r->subject.list_words);
    if (sum.kind == LinkResult::Kind::kVerified) {
      link = sum;
      r->derived = true;
    }
  }
  PeriodCheck pc;
  pc.period = link.period;
  pc.cells = {link.cell};
  pc.best = 0;
  pc.note = link.note;
  switch (link.kind) {
    case LinkResult::Kind::kVerified:
      pc.match = CellMatch::kRounds;
      break;
    case LinkResult::Kind::kTruncated:
      pc.match = CellMatch::kTruncates;
      break;
    case LinkResult::Kind::kMismatch:
      pc.match = CellMatch::kDiffers;
      break;
    case LinkResult::Kind::kSign:
      pc.match = CellMatch::kRounds;
      pc.sign_conflict = true;
      break;
    case LinkResult::Kind::kScale:
    case LinkResult::Kind::kNone:
      // A qualified figure keeps its qualifier as the reason.
      if ((q.may_mismatch && link.found_rows && r->qualifier.empty()) || r->reason.empty()) {
        r->reason = link.reason;
      }
      return;
  }
  r->reason.clear();
  r->checks = {pc};
  r->linked = true;
  if (r->period_phrase.empty()) {
    r->period_phrase = q.periods.size() == 1 ? "" : "the release's period";
  }
}

// "Net sales were $913.5 million" under one region's heading and "$562.0 million" under
// another's, both read against the consolidated "Net sales": when the prose states two or more
// different figures for one cell, none of them its value, they speak of parts, not of the cell.
// (One differing figure beside the cell's own value stays a mismatch: a headline and a body
// that disagree.)
namespace {

std::tuple<const Table*, size_t, size_t> CellKey(const PeriodCheck& pc) {
  const CellRef& c = pc.cells[static_cast<size_t>(pc.best)];
  return std::make_tuple(c.table, c.row, c.column);
}

}  // namespace

void NoteDifferingFigures(const NarrativeAnalysis& part, DifferingFigures* differing) {
  for (const NarrativeFigure& f : part.figures) {
    for (const PeriodCheck& pc : f.checks) {
      if (pc.best >= 0 && pc.match == CellMatch::kDiffers) {
        (*differing)[CellKey(pc)].insert(f.figure.value.Abs().ToDisplay());
      }
    }
  }
}

std::vector<DifferingFigures::key_type> MismatchedCells(const NarrativeAnalysis& part) {
  std::vector<DifferingFigures::key_type> cells;
  std::string why;
  for (const NarrativeFigure& f : part.figures) {
    if (f.Verdict(&why) != FigureVerdict::kMismatch) continue;
    for (const PeriodCheck& pc : f.checks) {
      if (pc.best >= 0 && pc.match == CellMatch::kDiffers) cells.push_back(CellKey(pc));
    }
  }
  return cells;
}

void DemoteSharedCells(const DifferingFigures& differing, NarrativeAnalysis* out) {
  for (NarrativeFigure& f : out->figures) {
    std::string why;
    if (f.Verdict(&why) != FigureVerdict::kMismatch) continue;
    for (const PeriodCheck& pc : f.checks) {
      if (pc.best < 0 || pc.match != CellMatch::kDiffers) continue;
      auto it = differing.find(CellKey(pc));
      size_t n = it == differing.end() ? 0 : it->second.size();
      if (n < 2) continue;
      f.reason = "the prose states " + std::to_string(n) + " other figures for " +
                 pc.cells[static_cast<size_t>(pc.best)].GetRow().label + " (" +
                 DescribePeriod(pc.period) + "): they speak of its parts";
      f.checks.clear();
      break;
    }
  }
}

}  // namespace tieout
