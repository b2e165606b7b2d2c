#include "checker/narrative/figure_links.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "checker/document/period.h"
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

namespace {

// The text between two figures of a paragraph is only "or" (and commas): "$371 million, or 11%".
bool JoinedByOr(const std::string& text, size_t begin, size_t end) {
  std::string rest;
  for (size_t i = begin; i < end && i < text.size() && rest.size() <= 2; ++i) {
    char c = text[i];
    if (c != ',' && !std::isspace(static_cast<unsigned char>(c))) {
      rest += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return rest == "or";
}

// "March 31, 2019" at token t: a date with its day and year.
std::optional<Date> BareDate(const std::vector<Token>& tokens, size_t t, size_t end) {
  auto digits = [&](size_t u, size_t lo, size_t hi) {
    if (u >= end || tokens[u].word.size() < lo || tokens[u].word.size() > hi) return false;
    return std::all_of(tokens[u].word.begin(), tokens[u].word.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  };
  if (t >= end || tokens[t].word.size() < 3) return std::nullopt;
  int month = MonthFromName(tokens[t].word);
  size_t y = t + 2;
  if (y < end && tokens[y].punct == ',') ++y;
  if (month == 0 || !digits(t + 1, 1, 2) || !digits(y, 4, 4)) return std::nullopt;
  Date d{std::stoi(tokens[y].word), month, std::stoi(tokens[t + 1].word)};
  if (d.day < 1 || d.day > 31) return std::nullopt;
  return d;
}

// What a change is compared with, from the words of tokens [t, end) after it: the first
// comparison ("compared to", "from") followed by a date ("March 31, 2019") or a period phrase
// ("the same period last year", "the prior quarter"); nothing named leaves q->compared kCurrent.
// False when the period compared with is named but not read here ("the first quarter of
// 2019": only what is unambiguous).
bool ReadCompared(const std::vector<Token>& tokens, size_t t, size_t end,
                  const NarrativeVocabulary& vocab, ChangePairRequest* q) {
  using Kind = PeriodMention::Kind;
  for (const PhraseMatch& m : vocab.phrases.FindAll(tokens, t, end)) {
    if (m.entry->kind != PhraseKind::kComparison) continue;
    size_t u = m.last + 1;
    if (std::optional<Date> d = BareDate(tokens, u, end)) {
      q->compared = Kind::kInstant;
      q->compared_date = d;
      return true;
    }
    for (const PeriodMention& p : FindPeriodMentions(tokens, u, end)) {
      if (p.first != u) break;
      if (p.kind == Kind::kComparable || p.kind == Kind::kSequential) {
        q->compared = p.kind;
        return true;
      }
      if (p.dates.size() == 1 && p.dates[0].day > 0 &&
          (p.kind == Kind::kInstant || p.kind == Kind::kExplicit)) {
        q->compared = p.kind;
        q->compared_date = p.dates[0];
        return true;
      }
    }
    return false;
  }
  return true;
}

bool Unsettled(const NarrativeFigure& f) {
  std::string why;
  return f.Verdict(&why) == FigureVerdict::kUnverifiable && !f.bound && !f.range &&
         !f.approximate && f.host < 0 && !f.figure.value.is_zero();
}

}  // namespace

void LinkChangePairs(const Document& doc, const RowLinker& linker,
                     const std::vector<Period>& release, NarrativeAnalysis* part) {
  std::vector<NarrativeFigure>& figs = part->figures;
  if (figs.size() < 2) return;
  const size_t paragraph = figs[0].paragraph;
  if (paragraph >= doc.paragraphs.size()) return;
  for (const NarrativeFigure& f : figs) {
    if (f.paragraph != paragraph) return;
  }
  const std::string text = doc.paragraphs[paragraph].Text();
  std::vector<Figure> figures;
  for (const NarrativeFigure& f : figs) {
    if (f.figure.end > text.size() || (!figures.empty() && f.figure.begin < figures.back().end)) {
      return;
    }
    figures.push_back(f.figure);
  }
  std::vector<Token> tokens = Tokenize(text, figures);
  std::vector<size_t> token_of(figs.size(), tokens.size());
  for (size_t t = 0; t < tokens.size(); ++t) {
    if (tokens[t].is_figure() && static_cast<size_t>(tokens[t].figure) < figs.size()) {
      token_of[static_cast<size_t>(tokens[t].figure)] = t;
    }
  }
  const NarrativeVocabulary& vocab = linker.Vocabulary();
  // The row and sentence of the last pair verified, and the percentage's token.
  const Table* last_table = nullptr;
  size_t last_row = 0;
  Subject last_subject;
  size_t last_end = tokens.size();
  for (size_t k = 0; k + 1 < figs.size(); ++k) {
    NarrativeFigure& amount = figs[k];
    NarrativeFigure& percent = figs[k + 1];
    size_t ta = token_of[k], tp = token_of[k + 1];
    if (amount.figure.unit != FigureUnit::kMoney || percent.figure.unit != FigureUnit::kPercent ||
        ta >= tokens.size() || tp >= tokens.size() || !Unsettled(amount) || !Unsettled(percent) ||
        !JoinedByOr(text, amount.figure.end, percent.figure.begin)) {
      continue;
    }
    ChangePairRequest q;
    // The pair states a change of its subject, or is listed right after a pair verified on a
    // row: "..., and $82 million, or 9% annualized, from ...".
    bool listed = last_table && last_end < ta && tokens[ta].sentence == tokens[last_end].sentence;
    for (size_t t = last_end + 1; listed && t < ta; ++t) {
      listed = !tokens[t].is_figure();
    }
    listed = listed && ta > 0 && tokens[ta - 1].word == "and";
    if (listed) {
      q.table = last_table;
      q.row = last_row;
      q.subject = last_subject.words;
      amount.subject = percent.subject = last_subject;
    } else if ((amount.change || percent.change) && !amount.subject.empty()) {
      q.subject = amount.subject.words;
    } else {
      continue;
    }
    // After the percentage: "annualized", then what it is compared with, up to the next figure
    // or the end of the sentence.
    size_t t = tp + 1;
    if (t < tokens.size() && tokens[t].is_word() && vocab.annualized.count(tokens[t].word)) {
      q.annualized = true;
      ++t;
    }
    size_t end = t;
    while (end < tokens.size() && !tokens[end].is_figure() &&
           tokens[end].sentence == tokens[tp].sentence) {
      ++end;
    }
    if (!ReadCompared(tokens, t, end, vocab, &q)) continue;
    q.amount = amount.figure;
    q.percent = percent.figure;
    q.periods = amount.periods.empty() ? release : amount.periods;
    q.direction = amount.direction != 0 ? amount.direction : percent.direction;
    LinkResult percent_link;
    LinkResult link = linker.LinkChangePair(q, &percent_link);
    if (link.kind != LinkResult::Kind::kVerified) continue;
    Settle(link, CellMatch::kRounds, &amount);
    Settle(percent_link, CellMatch::kRounds, &percent);
    amount.derived = percent.derived = true;
    last_table = link.cell.table;
    last_row = link.cell.row;
    last_subject = amount.subject;
    last_end = tp;
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
