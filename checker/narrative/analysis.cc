#include "checker/narrative/analysis.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

#include "checker/narrative/arithmetic_claims.h"
#include "checker/narrative/cells.h"
#include "checker/narrative/figure_links.h"
#include "checker/narrative/grammar.h"
#include "checker/narrative/linking.h"
#include "checker/narrative/paragraph_reader.h"
#include "checker/narrative/tokens.h"

namespace tieout {
namespace {

// The last day-ordered period among the duration columns of each length, and the last instant
// (under key 0): what "the quarter" or "the six months" means when the prose names no date.
std::map<int, Period> LatestPeriods(const ColumnPeriods& columns) {
  std::map<int, Period> latest;
  for (const auto& [table, periods] : columns) {
    for (const Period& p : periods) {
      if (p.year == 0 || p.month == 0) continue;
      int key = p.kind == Period::Kind::kDuration ? p.months
                                                  : (p.kind == Period::Kind::kInstant ? 0 : -1);
      if (key < 0) continue;
      auto it = latest.find(key);
      if (it == latest.end() || DayNumber(DateOf(p)) > DayNumber(DateOf(it->second))) {
        latest[key] = p;
      }
    }
  }
  return latest;
}

// `text` is p.Text().
std::vector<Figure> ProseFigures(const Paragraph& p, const std::string& text) {
  std::vector<Figure> all = ExtractFigures(text);
  if (all.empty()) return all;
  std::vector<std::pair<size_t, size_t>> tabular;  // text ranges of tabular lines
  for (const Paragraph::Piece& piece : p.pieces) {
    std::string_view line(text.data() + piece.text_offset, piece.length);
    if (LooksTabular(line))
      tabular.emplace_back(piece.text_offset, piece.text_offset + piece.length);
  }
  if (tabular.empty()) return all;
  std::vector<Figure> kept;
  size_t k = 0;
  for (const Figure& f : all) {
    while (k < tabular.size() && tabular[k].second <= f.begin) ++k;
    bool inside = k < tabular.size() && tabular[k].first <= f.begin && f.begin < tabular[k].second;
    if (!inside) kept.push_back(f);
  }
  return kept;
}

bool ContainsWord(const std::string& text, std::string_view word) {
  return text.find(word) != std::string::npos;
}

// The latest period of each length that the prose names with its end date ("the quarter ended
// March 31, 2020"): what "the quarter" means when the tables' columns stop earlier.
std::map<int, Period> NamedPeriods(const Document& doc) {
  std::map<int, Period> named;
  for (const Paragraph& p : doc.paragraphs) {
    const std::string text = p.Text();
    if (!ContainsWord(text, "ended") && !ContainsWord(text, "ENDED")) continue;
    std::vector<Token> tokens = Tokenize(text, {});
    for (const PeriodMention& m : FindPeriodMentions(tokens, 0, tokens.size())) {
      if (m.kind != PeriodMention::Kind::kExplicit) continue;
      bool ended = false;  // "ending" names guidance, not a period reported
      for (size_t t = m.first; t <= m.last; ++t) ended |= tokens[t].word == "ended";
      if (!ended) continue;
      for (int months : m.lengths) {
        for (const Date& d : m.dates) {
          if (d.year == 0) continue;
          Period p2 = DurationEnding(months, d);
          auto it = named.find(months);
          if (it == named.end() || DayNumber(d) > DayNumber(DateOf(it->second))) named[months] = p2;
        }
      }
    }
  }
  return named;
}

// Where the words of a line begin after a rule drawn above them ("- -----") and a list mark
// ("2. "); 0 without either.
size_t ListMarkEnd(const std::string& text) {
  size_t i = 0;
  while (i < text.size() &&
         (text[i] == ' ' || text[i] == '-' || text[i] == '=' || text[i] == '_')) {
    ++i;
  }
  size_t digits = i;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits > i && digits + 1 < text.size() && text[digits] == '.' && text[digits + 1] == ' ') {
    return digits + 2;
  }
  return i;
}

bool ContainsFiscal(const std::string& text) {
  for (size_t i = 0; i + 6 <= text.size(); ++i) {
    if ((text[i] == 'f' || text[i] == 'F') &&
        (text.compare(i, 6, "fiscal") == 0 || text.compare(i, 6, "FISCAL") == 0 ||
         text.compare(i, 6, "Fiscal") == 0)) {
      return true;
    }
  }
  return false;
}

}  // namespace

// Whether `text` names the segment `name` ("The Domestic segment, which includes ...").
bool NamesSegment(std::string_view text, const std::vector<std::string>& name,
                  const NarrativeVocabulary& vocab) {
  std::vector<Token> tokens = Tokenize(text, {});
  for (const PhraseMatch& m : vocab.phrases.FindAll(tokens, 0, tokens.size())) {
    if (m.entry->kind != PhraseKind::kSegment || m.first < name.size()) continue;
    bool same = true;
    for (size_t k = 0; k < name.size() && same; ++k) {
      same = tokens[m.first - name.size() + k].word == name[k];
    }
    if (same) return true;
  }
  return false;
}

std::set<std::string> CompanyWords(const Document& doc, const NarrativeVocabulary& vocab) {
  std::set<std::string> words;
  auto add_words = [&](std::string_view name) {
    std::vector<Token> tokens = Tokenize(name, {});
    for (const Token& t : tokens) {
      if (t.is_word() && !vocab.company_suffixes.count(t.word) &&
          !vocab.company_name_fillers.count(t.word)) {
        words.insert(t.word);
      }
    }
  };
  if (!doc.info.company.empty()) {
    add_words(doc.info.company);
    return words;
  }
  for (const Paragraph& p : doc.paragraphs) {
    std::vector<Token> tokens = Tokenize(p.Text(), {});
    for (size_t i = 1; i < tokens.size(); ++i) {
      bool suffix = tokens[i].capitalized && vocab.company_suffixes.count(tokens[i].word);
      if (!suffix) continue;
      // Capitalized words before it: "Acme Biosciences, Inc.", "Smith, Jones and Co.".
      size_t j = i;
      int taken = 0;
      while (j-- > 0 && taken < 4) {
        const Token& t = tokens[j];
        if (t.punct == ',') continue;
        if (t.is_word() && (t.capitalized || t.word == "and")) {
          if (t.word != "and") {
            words.insert(t.word);
            ++taken;
          }
          continue;
        }
        break;
      }
      if (!words.empty()) return words;
    }
  }
  return words;
}

const char* FigureVerdictName(FigureVerdict verdict) {
  switch (verdict) {
    case FigureVerdict::kVerified:
      return "verified";
    case FigureVerdict::kTruncated:
      return "truncated";
    case FigureVerdict::kMismatch:
      return "mismatch";
    case FigureVerdict::kSign:
      return "sign";
    case FigureVerdict::kUnverifiable:
      return "unverifiable";
  }
  return "unverifiable";
}

const char* DirectionName(DirectionClaim::Direction d) {
  switch (d) {
    case DirectionClaim::Direction::kIncrease:
      return "increase";
    case DirectionClaim::Direction::kDecrease:
      return "decrease";
    case DirectionClaim::Direction::kUnchanged:
      return "unchanged";
  }
  return "increase";
}

FigureVerdict NarrativeFigure::Verdict(std::string* detail) const {
  if (!reason.empty()) {
    *detail = reason;
    return FigureVerdict::kUnverifiable;
  }
  if (checks.empty() && arithmetic) {
    *detail = arithmetic->formula;
    switch (arithmetic->outcome) {
      case ArithmeticOutcome::kHolds:
        return FigureVerdict::kVerified;
      case ArithmeticOutcome::kDiffers:
        return FigureVerdict::kMismatch;
      case ArithmeticOutcome::kTruncates:  // left unverifiable, with the reason (SettleArithmetic)
      case ArithmeticOutcome::kUndefined:
        return FigureVerdict::kUnverifiable;
    }
  }
  if (checks.empty()) {
    *detail = "no period";
    return FigureVerdict::kUnverifiable;
  }
  bool mismatch = false, truncated = false, unverifiable = false;
  std::string why;
  for (const PeriodCheck& pc : checks) {
    if (pc.sign_conflict && pc.best >= 0) return FigureVerdict::kSign;
    if (pc.cells.empty() || pc.best < 0) {
      unverifiable = true;
      if (why.empty())
        why = "no table shows " + concept_name + " (" + DescribePeriod(pc.period) + ")";
      continue;
    }
    switch (pc.match) {
      case CellMatch::kRounds:
        break;
      case CellMatch::kTruncates:
        // Like a mismatch, a truncation needs the tables to agree on the value.
        if (!pc.cells_agree) {
          unverifiable = true;
          if (why.empty()) why = "the tables show different values for " + concept_name;
        } else {
          truncated = true;
        }
        break;
      case CellMatch::kDiffers:
        if (!pc.cells_agree) {
          unverifiable = true;
          if (why.empty()) why = "the tables show different values for " + concept_name;
        } else if (approximate) {
          unverifiable = true;
          if (why.empty()) why = "an approximate figure that differs from the table";
        } else if (pc.unit_uncertain) {
          unverifiable = true;
          if (why.empty()) why = "the unit of the table's share counts is not known";
        } else {
          mismatch = true;
        }
        break;
    }
  }
  if (mismatch) return FigureVerdict::kMismatch;
  if (truncated) return FigureVerdict::kTruncated;
  if (unverifiable) {
    *detail = why;
    return FigureVerdict::kUnverifiable;
  }
  return FigureVerdict::kVerified;
}

bool NarrativeFigure::InNoTable() const {
  std::string why;
  if (Verdict(&why) != FigureVerdict::kUnverifiable) return false;
  if (reason.empty()) {  // its concept's cells
    if (checks.empty()) return false;
    for (const PeriodCheck& pc : checks) {
      if (!pc.cells.empty()) return false;
    }
    return true;
  }
  // The words of its subject label no row (linking.h).
  for (std::string_view prefix :
       {"no table row is labelled ", "a change between periods, and no row is labelled "}) {
    if (reason.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

bool LooksTabular(std::string_view line) {
  size_t i = 0;
  // A bullet or a list mark: "-", "*", "o", "(a)", "1.", then spaces.
  auto skip_spaces = [&]() {
    while (i < line.size() && line[i] == ' ') ++i;
  };
  skip_spaces();
  if (i < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == 'o') &&
      i + 1 < line.size() && line[i + 1] == ' ') {
    ++i;
  } else if (i + 2 < line.size() && line[i] == '(' && line[i + 2] == ')') {
    i += 3;
  } else if (i + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[i])) &&
             (line[i + 1] == '.' || line[i + 1] == ')') && i + 2 < line.size() &&
             line[i + 2] == ' ') {
    i += 2;
  } else if (i + 2 < line.size() && static_cast<unsigned char>(line[i]) == 0xE2 &&
             static_cast<unsigned char>(line[i + 1]) == 0x80 &&
             static_cast<unsigned char>(line[i + 2]) == 0xA2) {
    i += 3;  // U+2022 BULLET
  }
  skip_spaces();
  // Justified prose spreads words by two or three spaces; a table sets its columns further
  // apart, or puts several figures after wide gaps.
  int gaps_before_figures = 0;
  for (; i < line.size(); ++i) {
    if (line[i] != ' ') continue;
    size_t j = i;
    while (j < line.size() && line[j] == ' ') ++j;
    size_t run = j - i;
    if (j >= line.size()) break;
    if (run >= 4) return true;
    char c = line[j];
    if (run >= 2 && (c == '$' || c == '(' || std::isdigit(static_cast<unsigned char>(c)))) {
      ++gaps_before_figures;
    }
    i = j - 1;
  }
  return gaps_before_figures >= 3;
}

FiscalCalendar AnalyzeParagraphs(const Document& doc, const Concepts& concepts,
                                 const NarrativeVocabulary& vocabulary,
                                 const ParagraphVisitor& visit) {
  // The fiscal calendar: the prose first ("the second quarter of fiscal 2004 ended ..."),
  // then the columns.
  std::vector<PeriodMention> fiscal_mentions;
  for (const Paragraph& p : doc.paragraphs) {
    const std::string text = p.Text();
    if (!ContainsFiscal(text)) continue;
    std::vector<Token> tokens = Tokenize(text, {});
    for (const PeriodMention& m : FindPeriodMentions(tokens, 0, tokens.size())) {
      if (m.kind == PeriodMention::Kind::kExplicit && m.fiscal) fiscal_mentions.push_back(m);
    }
    if (!fiscal_mentions.empty()) break;
  }
  const FiscalCalendar fiscal = DeriveFiscalCalendar(doc, fiscal_mentions);
  ColumnPeriods columns = ReadColumnPeriods(doc);
  std::set<std::string> company = CompanyWords(doc, vocabulary);
  ConceptRows rows(doc, concepts);
  std::map<int, Period> latest = LatestPeriods(columns);
  int latest_year_only = LatestYearOnly(columns);
  std::map<int, Period> named = NamedPeriods(doc);
  RowLinker linker(doc, columns, vocabulary);
  std::vector<Period> release = ReleasePeriods(latest);
  const std::optional<Period> own = ReleaseOwnPeriod(doc, release);
  // A paragraph's figures, read and linked to rows.
  const TableNames table_names = NamesOfTables(doc);
  auto read = [&](size_t i, std::vector<Figure> figures, const std::string& heading,
                  const std::string& basis, NarrativeAnalysis* part) {
    part->figures.clear();
    part->directions.clear();
    ParagraphReader reader(doc, &rows, vocabulary, fiscal, columns, latest, latest_year_only,
                           &named, company, i, part);
    reader.SetSegmentHeading(heading);
    reader.SetBasisHeading(basis);
    reader.SetTableNames(&table_names);
    reader.Read(std::move(figures));
    std::vector<std::set<std::string>> qualified;  // subjects of the paragraph no row names
    for (NarrativeFigure& f : part->figures) LinkFigure(linker, release, own, &qualified, &f);
    LinkChangePairs(doc, linker, release, part);
  };
  // The paragraphs with a mismatch, visited as they read before the whole document is read,
  // with the cells they mismatch.
  struct Pending {
    size_t paragraph;
    std::string heading;
    std::string basis;
    std::vector<DifferingFigures::key_type> cells;
  };
  std::vector<Pending> pending;
  DifferingFigures differing;
  NarrativeAnalysis part;                  // the paragraph read; its vectors' room is used again
  std::string segment_heading;             // the last heading, when it names a segment
  std::string basis_heading;               // the qualifier of the last heading, when it names one
  std::vector<std::string> heading_words;  // the last heading's words, when it names neither
  std::string heading_text;                // and its text
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const Paragraph& p = doc.paragraphs[i];
    const std::string text = p.Text();
    std::vector<Figure> figures = ProseFigures(p, text);
    size_t words = ListMarkEnd(text);
    if (figures.empty() && text.size() - words <= 80 &&
        text.find('.', words) == std::string::npos) {
      // A heading: a short line without figures or a full stop (after a list mark, "2."). A
      // rule under a heading ("- -----") is none.
      std::vector<Token> tokens = Tokenize(text, {});
      if (std::none_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.is_word(); })) {
        continue;
      }
      segment_heading.clear();
      basis_heading.clear();
      heading_words.clear();
      for (const PhraseMatch& m : vocabulary.phrases.FindAll(tokens, 0, tokens.size())) {
        std::string phrase =
            text.substr(tokens[m.first].begin, tokens[m.last].end - tokens[m.first].begin);
        if (m.entry->kind == PhraseKind::kSegment && segment_heading.empty()) {
          segment_heading = phrase;
        } else if (m.entry->kind == PhraseKind::kQualifier && basis_heading.empty()) {
          basis_heading = phrase;
        }
      }
      for (const Token& t : tokens) {
        if (t.is_word() && segment_heading.empty()) heading_words.push_back(t.word);
      }
      heading_text = Words(text, words, text.size());
      // "2. Acmecorp Credit Corporation": a section about another company, a subsidiary.
      if (segment_heading.empty() &&
          OtherEntityToken(tokens, company, vocabulary.company_suffixes) < tokens.size()) {
        segment_heading = Words(text, words, text.size());
      }
      continue;
    }
    // "Domestic" above "The Domestic segment, which includes ...": the heading names that
    // segment, and the paragraphs under it speak of it.
    // (Only the first paragraph under the heading is asked.)
    if (!heading_words.empty()) {
      if (NamesSegment(text, heading_words, vocabulary)) segment_heading = heading_text;
      heading_words.clear();
    }
    if (figures.empty()) continue;
    read(i, std::move(figures), segment_heading, basis_heading, &part);
    if (part.figures.empty() && part.directions.empty()) continue;
    NoteDifferingFigures(part, &differing);
    std::vector<DifferingFigures::key_type> cells = MismatchedCells(part);
    if (!cells.empty()) {
      pending.push_back(Pending{i, segment_heading, basis_heading, std::move(cells)});
    }
    // As it reads when no other paragraph states another figure for its mismatched cells.
    SettleArithmetic(columns, linker, &part);
    visit(i, part, !pending.empty() && pending.back().paragraph == i);
  }
  // Read again, the paragraphs whose mismatched cells the prose states two or more figures for.
  for (const Pending& q : pending) {
    bool parts = false;
    for (const auto& cell : q.cells) parts |= differing.at(cell).size() >= 2;
    if (!parts) continue;
    const Paragraph& p = doc.paragraphs[q.paragraph];
    read(q.paragraph, ProseFigures(p, p.Text()), q.heading, q.basis, &part);
    DemoteSharedCells(differing, &part);
    SettleArithmetic(columns, linker, &part);
    visit(q.paragraph, part, false);
  }
  return fiscal;
}

NarrativeAnalysis AnalyzeNarrative(const Document& doc, const Concepts& concepts,
                                   const NarrativeVocabulary& vocabulary) {
  // The paragraphs in order; a paragraph visited again takes its first visit's place.
  std::vector<std::pair<size_t, NarrativeAnalysis>> parts;
  std::map<size_t, size_t> places;
  NarrativeAnalysis out;
  out.fiscal = AnalyzeParagraphs(doc, concepts, vocabulary,
                                 [&](size_t paragraph, const NarrativeAnalysis& part, bool) {
                                   if (auto it = places.find(paragraph); it != places.end()) {
                                     parts[it->second].second = part;
                                     return;
                                   }
                                   places[paragraph] = parts.size();
                                   parts.emplace_back(paragraph, part);
                                 });
  // Indexes into a paragraph's figures become indexes into the document's.
  for (auto& [paragraph, part] : parts) {
    const int base = static_cast<int>(out.figures.size());
    auto rebase = [base](int* index) {
      if (*index >= 0) *index += base;
    };
    for (NarrativeFigure& f : part.figures) {
      rebase(&f.host);
      rebase(&f.anchor);
      out.figures.push_back(std::move(f));
    }
    for (DirectionClaim& c : part.directions) {
      rebase(&c.current);
      rebase(&c.prior);
      out.directions.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace tieout
