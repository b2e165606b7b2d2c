#include "checker/narrative/analysis.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "checker/narrative/tokens.h"

namespace tieout {
namespace {

// English grammar words: articles, prepositions, conjunctions, pronouns, auxiliaries and a few
// adverbs. They never name what a figure measures, so a phrase next to them is not qualified by
// them and a verb after them has no other subject.
bool IsFunctionWord(const std::string& w) {
  static const std::set<std::string> kWords = {"a",
                                               "an",
                                               "the",
                                               "its",
                                               "their",
                                               "our",
                                               "his",
                                               "her",
                                               "this",
                                               "that",
                                               "these",
                                               "those",
                                               "it",
                                               "they",
                                               "we",
                                               "which",
                                               "who",
                                               "and",
                                               "or",
                                               "but",
                                               "of",
                                               "for",
                                               "in",
                                               "on",
                                               "at",
                                               "to",
                                               "from",
                                               "by",
                                               "with",
                                               "as",
                                               "than",
                                               "per",
                                               "over",
                                               "during",
                                               "while",
                                               "whereas",
                                               "also",
                                               "both",
                                               "each",
                                               "only",
                                               "still",
                                               "further",
                                               "again",
                                               "slightly",
                                               "significantly",
                                               "substantially",
                                               "modestly",
                                               "sharply",
                                               "mainly",
                                               "respectively",
                                               "was",
                                               "were",
                                               "is",
                                               "are",
                                               "be",
                                               "been",
                                               "being",
                                               "has",
                                               "have",
                                               "had",
                                               "will",
                                               "would",
                                               "not",
                                               "all",
                                               "then",
                                               "when",
                                               "since",
                                               "after",
                                               "before",
                                               "there",
                                               "such",
                                               "same",
                                               "total",
                                               "today",
                                               "currently"};
  return kWords.count(w) > 0;
}

bool IsCopula(const std::string& w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" ||
         w == "remained" || w == "remains" || w == "remain";
}

bool IsDeterminer(const std::string& w) { return w == "a" || w == "an" || w == "the"; }

// Words that name things, between a concept phrase and its figure, beyond which the figure is
// more likely about one of them: "Revenues generated by product sales of therapeutic kits and
// rentals of the Company's products for the quarter were $25,000" has five.
constexpr int kMaxContentWords = 6;

// Bounds that keep the reading linear in the size of the text whatever it holds: a sentence
// longer than this many tokens is not prose (its figures are left unverifiable), a figure is
// bound only to a phrase at most this many tokens before it, and so on.
constexpr size_t kMaxSentenceTokens = 400;
constexpr size_t kMaxBindingWalk = 80;
constexpr size_t kMaxDirectionFigures = 32;
constexpr size_t kMaxHistory = 16;

Decimal HalfUnitAt(int precision) { return Decimal(5, precision - 1); }

ValueKind KindOf(FigureUnit unit) {
  switch (unit) {
    case FigureUnit::kMoney:
      return ValueKind::kMoney;
    case FigureUnit::kPerShare:
      return ValueKind::kPerShare;
    case FigureUnit::kShares:
      return ValueKind::kShares;
    case FigureUnit::kPercent:
      return ValueKind::kPercent;
  }
  return ValueKind::kMoney;
}

CellMatch Compare(const Figure& f, const Amount& a, int table_shift) {
  Decimal s = f.value.Abs();
  Decimal t = a.value.Abs().Shifted(table_shift);
  Decimal ht = a.exact ? Decimal() : HalfUnitAt(a.precision + table_shift);
  if ((t - s).Abs() <= HalfUnitAt(f.precision) + ht) return CellMatch::kRounds;
  if (f.precision > a.precision + table_shift && t.TruncateTo(f.precision) == s) {
    return CellMatch::kTruncates;
  }
  return CellMatch::kDiffers;
}

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

// The periods of a document's columns, where a column that shows only a year ("1991" beside
// "Years ended December 31, 1993" and "1992") takes the length and end day of its siblings.
using ColumnPeriods = std::map<const Table*, std::vector<Period>>;

ColumnPeriods ReadColumnPeriods(const Document& doc) {
  ColumnPeriods out;
  for (const Table& t : doc.tables) {
    std::vector<Period>& periods = out[&t];
    const Period* model = nullptr;
    bool consistent = true;
    for (const Column& c : t.columns) {
      periods.push_back(c.period);
      const Period& p = c.period;
      if (p.kind == Period::Kind::kUnknown || p.month == 0 || p.year == 0) continue;
      if (!model) {
        model = &p;
      } else if (model->kind != p.kind || model->months != p.months || model->month != p.month ||
                 model->day != p.day) {
        consistent = false;
      }
    }
    int dated = 0;
    for (const Column& c : t.columns) {
      dated += c.period.kind != Period::Kind::kUnknown && c.period.month > 0 && c.period.year > 0;
    }
    if (!model || !consistent || dated < 2) continue;
    for (Period& p : periods) {
      if (p.kind != Period::Kind::kUnknown || p.year == 0 || p.month != 0) continue;
      int year = p.year;
      p = *model;
      p.year = year;
    }
  }
  return out;
}

// The latest year of the columns that show only a year (periods not read from the header).
int LatestYearOnly(const ColumnPeriods& columns) {
  int year = 0;
  for (const auto& [table, periods] : columns) {
    for (const Period& p : periods) {
      if (p.kind == Period::Kind::kUnknown && p.month == 0) year = std::max(year, p.year);
    }
  }
  return year;
}

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

std::vector<Figure> ProseFigures(const Paragraph& p) {
  std::vector<Figure> all = ExtractFigures(p.text);
  if (all.empty()) return all;
  std::vector<std::pair<size_t, size_t>> tabular;  // text ranges of tabular lines
  for (const Paragraph::Piece& piece : p.pieces) {
    std::string_view line(p.text.data() + piece.text_offset, piece.length);
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

// The words of the company's own name ("aastrom", "biosciences"): a sentence whose subject is
// the company speaks of the consolidated figures; any other subject ("Sears Canada reported",
// "Ford Credit had", "the Domestic segment ... reported") speaks of a part of it. Read from the
// filing header, else from the first "Name, Inc." in the text.
std::set<std::string> CompanyWords(const Document& doc) {
  static const std::set<std::string> kSuffixes = {
      "inc", "incorporated", "corp", "corporation", "co", "company",  "ltd",   "limited", "llc",
      "plc", "lp",           "l",    "p",           "n",  "v",        "s",     "a",       "ag",
      "nv",  "sa",           "the",  "and",         "de", "holdings", "group", "new"};
  std::set<std::string> words;
  auto add_words = [&](std::string_view name) {
    std::vector<Token> tokens = Tokenize(name, {});
    for (const Token& t : tokens) {
      if (t.is_word() && !kSuffixes.count(t.word)) words.insert(t.word);
    }
  };
  if (!doc.info.company.empty()) {
    add_words(doc.info.company);
    return words;
  }
  for (const Paragraph& p : doc.paragraphs) {
    std::vector<Token> tokens = Tokenize(p.text, {});
    for (size_t i = 1; i < tokens.size(); ++i) {
      const std::string& w = tokens[i].word;
      bool suffix =
          tokens[i].capitalized && (w == "inc" || w == "corporation" || w == "corp" || w == "co" ||
                                    w == "ltd" || w == "plc" || w == "llc" || w == "incorporated");
      if (!suffix) continue;
      // Capitalized words before it: "Aastrom Biosciences, Inc.", "Sears, Roebuck and Co.".
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

// The rows each concept labels, found once per document (label patterns are regular
// expressions: matching them per figure would cost more than reading the text).
class ConceptRows {
 public:
  ConceptRows(const Document& doc, const Concepts& concepts) : doc_(doc), concepts_(concepts) {}

  const std::vector<std::pair<const Table*, size_t>>& Of(const std::string& concept_name) {
    auto it = rows_.find(concept_name);
    if (it != rows_.end()) return it->second;
    std::vector<std::pair<const Table*, size_t>>& out = rows_[concept_name];
    auto patterns = concepts_.all().find(concept_name);
    if (patterns == concepts_.all().end()) return out;
    for (const Table& table : doc_.tables) {
      for (size_t r = 0; r < table.rows.size(); ++r) {
        const Row& row = table.rows[r];
        if (!row.has_values() || !concepts_.Matches(row, concept_name)) continue;
        // A row matched only through its heading must be a short label ("Basic" under "Net
        // income per share"), not a line of its own ("Cash dividends declared per common
        // share" under the same heading).
        std::string label = NormalizeLabel(row.label);
        bool by_label = !label.empty() && MatchesAny(patterns->second, label);
        int words = label.empty() ? 0 : 1;
        for (char c : label) words += c == ' ';
        if (!by_label && words > 3) continue;
        out.emplace_back(&table, r);
      }
    }
    return out;
  }

  // The concept's cells of one kind, grouped by the period of their column, so that a figure
  // finds its cells without walking every table again: a document of thousands of tables stays
  // linear. A group keeps at most kMaxCells cells; more than that for one concept and period
  // says no more than the first ones do.
  struct CellGroup {
    Period period;
    std::vector<CellRef> cells;
  };
  static constexpr size_t kMaxCells = 64;
  const std::vector<CellGroup>& Groups(const std::string& concept_name, ValueKind kind,
                                       const std::map<const Table*, std::vector<Period>>& columns) {
    auto key = std::make_pair(concept_name, kind);
    auto it = groups_.find(key);
    if (it != groups_.end()) return it->second;
    std::vector<CellGroup>& out = groups_[key];
    for (const auto& [table, r] : Of(concept_name)) {
      const Row& row = table->rows[r];
      if (row.kind != kind) continue;
      const std::vector<Period>& periods = columns.at(table);
      for (size_t c = 0; c < periods.size() && c < row.cells.size(); ++c) {
        if (!row.cells[c].amount) continue;
        CellGroup* group = nullptr;
        for (CellGroup& g : out) {
          if (g.period == periods[c]) {
            group = &g;
            break;
          }
        }
        if (!group) {
          out.push_back(CellGroup{periods[c], {}});
          group = &out.back();
        }
        if (group->cells.size() < kMaxCells) group->cells.push_back(CellRef{table, r, c});
      }
    }
    return out;
  }

 private:
  const Document& doc_;
  const Concepts& concepts_;
  std::map<std::string, std::vector<std::pair<const Table*, size_t>>> rows_;
  std::map<std::pair<std::string, ValueKind>, std::vector<CellGroup>> groups_;
};

// One paragraph, read sentence by sentence.
class ParagraphReader {
 public:
  ParagraphReader(const Document& doc, ConceptRows* rows, const NarrativeVocabulary& vocab,
                  const FiscalCalendar& fiscal, const ColumnPeriods& columns,
                  const std::map<int, Period>& latest, const std::map<int, Period>* named,
                  const std::set<std::string>& company, size_t paragraph, NarrativeAnalysis* out)
      : doc_(doc),
        columns_(columns),
        company_(company),
        rows_(rows),
        vocab_(vocab),
        fiscal_(fiscal),
        latest_(latest),
        latest_year_only_(LatestYearOnly(columns)),
        named_(named),
        paragraph_(paragraph),
        out_(out),
        p_(doc.paragraphs[paragraph]) {}

  // Under a heading that names a segment ("CORPORATE AND OTHER"), the whole paragraph speaks
  // of the segment.
  void SetSegmentHeading(const std::string& heading) { segment_heading_ = heading; }

  void Read(std::vector<Figure> figures) {
    figures_ = std::move(figures);
    tokens_ = Tokenize(p_.text, figures_);
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

 private:
  // --- tokens -------------------------------------------------------------------------------

  const std::string& Word(size_t t) const {
    static const std::string kEmpty;
    return t < tokens_.size() ? tokens_[t].word : kEmpty;
  }
  const PhraseMatch* PhraseAt(size_t t) const {
    int i = token_phrase_[t];
    return i < 0 ? nullptr : &phrases_[static_cast<size_t>(i)];
  }
  bool PhraseKindAt(size_t t, PhraseKind kind) const {
    const PhraseMatch* m = PhraseAt(t);
    return m && m->entry->kind == kind;
  }
  bool IsDirection(const PhraseMatch* m) const {
    if (!m) return false;
    PhraseKind k = m->entry->kind;
    return k == PhraseKind::kIncrease || k == PhraseKind::kDecrease || k == PhraseKind::kUnchanged;
  }
  // The company itself: its name, "the Company", "we".
  bool IsCompany(const std::string& word) const {
    std::string w = word;
    if (w.size() >= 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
    return company_.count(w) > 0 || w == "company" || w == "corporation" || w == "we" ||
           w == "our" || w == "it" || w == "its";
  }
  // A word that names something: not grammar, not the company, not part of a phrase, a period
  // or a figure. A possessive names an owner: "the Company's" is the company, "Ford Credit's"
  // is not.
  bool IsContent(size_t t) const {
    const Token& tok = tokens_[t];
    if (!tok.is_word() || token_phrase_[t] >= 0 || token_mention_[t] >= 0) return false;
    if (IsFunctionWord(tok.word) || IsCompany(tok.word)) return false;
    return true;
  }
  bool IsSubjectVerb(size_t t) const {
    const PhraseMatch* m = PhraseAt(t);
    if (m) return m->entry->kind == PhraseKind::kVerb;
    const std::string& w = Word(t);
    return w == "had" || w == "has" || w == "have";
  }
  // "Sears Canada reported operating income of $11 million": the subject of the verb before a
  // concept phrase, when it is not the company, owns the figure.
  std::string ForeignSubject(const PhraseMatch& m) const {
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
  bool IsClauseVerb(size_t t) const {
    const PhraseMatch* m = PhraseAt(t);
    if (m) return m->entry->kind == PhraseKind::kVerb || IsDirection(m);
    return tokens_[t].is_word() && IsCopula(tokens_[t].word);
  }
  std::string TextOf(size_t first, size_t last) const {
    return Words(p_.text, tokens_[first].begin, tokens_[last].end);
  }

  // --- one sentence -------------------------------------------------------------------------

  struct Member {
    int fig = -1;                 // local figure index
    std::vector<int> appendages;  // per-share figures that follow it ("or $.03 per share")
  };

  void ReadSentence(size_t sb, size_t se) {
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
        NarrativeFigure nf;
        nf.paragraph = paragraph_;
        nf.figure = figures_[static_cast<size_t>(f)];
        nf.span = p_.SpanOf(nf.figure.begin, nf.figure.end);
        nf.text = Words(p_.text, nf.figure.begin, nf.figure.end);
        nf.reason = "its sentence is too long to read with confidence";
        out_->figures.push_back(std::move(nf));
      }
      return;
    }
    ComputeSubordinates();
    // One record per figure.
    std::map<int, size_t> global;
    for (int f : figs) {
      NarrativeFigure nf;
      nf.paragraph = paragraph_;
      nf.figure = figures_[static_cast<size_t>(f)];
      nf.span = p_.SpanOf(nf.figure.begin, nf.figure.end);
      nf.text = Words(p_.text, nf.figure.begin, nf.figure.end);
      global[f] = out_->figures.size();
      out_->figures.push_back(std::move(nf));
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
    // segment, speaks of figures the statements do not show.
    std::string qualifier;
    for (size_t i = pb_; i < pe_ && qualifier.empty(); ++i) {
      if (phrases_[i].entry->kind == PhraseKind::kQualifier) {
        qualifier = TextOf(phrases_[i].first, phrases_[i].last);
      }
    }
    for (int f : figs) {
      NarrativeFigure& r = rec(f);
      if (!r.reason.empty()) continue;
      size_t tf = figure_token_[static_cast<size_t>(f)];
      if (!qualifier.empty()) {
        r.reason =
            "the sentence speaks of a measure other than the reported one (\"" + qualifier + "\")";
      } else if (segment_token_ < tf) {
        r.reason = "the paragraph speaks of a part of the company (\"" + segment_word_ + "\")";
      }
    }
    taint_ = tokens_.size();
    taint_reason_.clear();
    for (const auto& g : groups) ReadGroup(g, rec);
    // Figures that are changes, ranges or bounds still get a concept for the record.
    for (int f : figs) {
      NarrativeFigure& r = rec(f);
      if (r.change && r.reason.empty()) r.reason = "a change between periods, not an amount";
      if (r.range && r.reason.empty()) r.reason = "a range, not an amount";
    }
    ReadDirections(figs, global);
    for (size_t i = mb_; i < me_; ++i) {
      if (mentions_[i].last < se) NoteContext(mentions_[i]);
    }
  }

  // Phrases that name parts of a total named before them: "Total revenue, consisting of product
  // sales and rentals, as well as grant and other revenue, increased ...".
  void ComputeSubordinates() {
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
  template <typename Rec>
  void Qualify(const std::vector<int>& figs, Rec rec) {
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
        }
        // "increasing $332 million, or 24%": the second figure restates the change.
        if (k > 0 && rec(figs[k - 1]).change && q >= static_cast<long>(sb_) &&
            Word(static_cast<size_t>(q)) == "or") {
          size_t prev = figure_token_[static_cast<size_t>(figs[k - 1])];
          bool adjacent = true;
          for (size_t u = prev + 1; u < static_cast<size_t>(q); ++u) {
            adjacent &= tokens_[u].punct == ',';
          }
          if (adjacent) r.change = true;
        }
      }
      // Ranges: "between $2.66 and $2.86", "$0.03 to $0.05 per share".
      if (k + 1 < figs.size()) {
        size_t tn = figure_token_[static_cast<size_t>(figs[k + 1])];
        bool joined =
            tn == tf + 1 || (tn == tf + 2 && (Word(tf + 1) == "to" || Word(tf + 1) == "through" ||
                                              Word(tf + 1) == "and"));
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
    static const std::set<std::string> kComparatives = {"higher",  "lower", "more",  "less",
                                                        "greater", "fewer", "above", "below"};
    for (size_t k = 0; k < figs.size(); ++k) {
      NarrativeFigure& r = rec(figs[k]);
      size_t tf = figure_token_[static_cast<size_t>(figs[k])];
      if (tf + 2 < se_ && kComparatives.count(Word(tf + 1)) && Word(tf + 2) == "than") {
        r.change = true;
      }
      bool article = tf > sb_ && (Word(tf - 1) == "a" || Word(tf - 1) == "an");
      if (article && tf + 1 < se_ && IsDirection(PhraseAt(tf + 1))) r.change = true;
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
  bool IsAppendage(const Member& host, int f) const {
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
  bool Listed(const Member& prev, const Member& next) const {
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

  // --- concepts -----------------------------------------------------------------------------

  struct Binding {
    int phrase = -1;  // index into phrases_
    std::string reason;
    bool taints = false;  // the sentence speaks of something else from here on
  };

  // A concept phrase qualified by the words around it names something else: "Domestic segment
  // revenues", "GAAP net income", "revenue growth", "net loss margin".
  bool Modified(const PhraseMatch& m) const {
    if (m.first > sb_ && IsContent(m.first - 1)) return true;
    size_t after = m.last + 1;
    // "net loss attributable to MDC Partners common shareholders"
    if (after < se_ && PhraseKindAt(after, PhraseKind::kComponents) &&
        PhraseAt(after)->first == after) {
      return true;
    }
    if (after < se_ && IsContent(after)) return true;  // "revenue growth", "net loss margin"
    return false;
  }

  // The concept phrase a figure (at token tf) speaks of, or why there is none.
  Binding Bind(size_t tf) const {
    // What follows the figure first: "$135 million of cash and cash equivalents" is cash; "$115.0
    // million of outstanding borrowings" and "a $500 million revolving credit facility" are
    // amounts of other things.
    size_t u = tf + 1;
    if (u < se_ && (Word(u) == "of" || Word(u) == "in")) {
      size_t v = u + 1;
      while (v < se_ && tokens_[v].is_word() && IsDeterminer(tokens_[v].word)) ++v;
      const PhraseMatch* m = v < se_ ? PhraseAt(v) : nullptr;
      if (m && m->first == v && m->entry->kind == PhraseKind::kConcept && !Modified(*m)) {
        // "$135 million of cash and cash equivalents"; but "$2.4 million in revenue" from the
        // sale of 19 homesites is a part of revenue.
        if (Word(u) == "of") return Binding{token_phrase_[v], ""};
        return Binding{-1, "the figure is a part of \"" + TextOf(m->first, m->last) + "\""};
      }
      if (v < se_ && IsContent(v)) {
        return Binding{-1, "the figure is the amount of \"" + tokens_[v].word + "\""};
      }
    } else if (u < se_) {
      const PhraseMatch* m = PhraseAt(u);
      if (m && m->first == u && m->entry->kind == PhraseKind::kConcept && !Modified(*m)) {
        return Binding{token_phrase_[u], ""};  // "a $2.4 million net loss"
      }
      if (IsContent(u)) return Binding{-1, "the figure describes \"" + tokens_[u].word + "\""};
    }
    bool verb_seen = false;
    bool linking_verb_seen = false;  // a copula or a verb such as "totaled"
    size_t t = tf;
    while (t-- > sb_) {
      if (tf - t > kMaxBindingWalk) break;
      const Token& tok = tokens_[t];
      if (tok.punct == ':' || tok.punct == '"') {
        // A quotation or a list introduced by a colon starts a new statement.
        if (tok.punct == ':') return Binding{-1, "no phrase names what the figure measures"};
        continue;
      }
      const PhraseMatch* m = PhraseAt(t);
      if (m) {
        int idx = token_phrase_[t];
        switch (m->entry->kind) {
          case PhraseKind::kConcept: {
            if (subordinate_.count(static_cast<size_t>(idx)) && !AttachedByOf(*m, tf)) {
              t = m->first;
              continue;
            }
            if (Modified(*m)) {
              return Binding{
                  -1, "\"" + TextOf(m->first, m->last) + "\" is qualified by the words around it",
                  true};
            }
            std::string subject = ForeignSubject(*m);
            if (!subject.empty()) {
              return Binding{-1,
                             "the subject of \"" + TextOf(m->first, m->last) + "\" is \"" +
                                 subject + "\", not the company",
                             true};
            }
            // "Gains on equity securities ... was a net gain of $19 million compared to a net
            // loss of $127 million": the subject of the verb before the phrase owns it.
            std::string clause = ClauseSubject(*m);
            if (!clause.empty()) {
              return Binding{-1, "the subject of the sentence is \"" + clause + "\"", true};
            }
            // "Net debt, calculated as ... net of cash and cash equivalents ..., was $650.2
            // million": the subject of the verb is not the phrase.
            if (linking_verb_seen) {
              std::string head = HeadBefore(*m);
              if (!head.empty()) {
                return Binding{-1, "the subject of the sentence is \"" + head + "\"", true};
              }
            }
            return Binding{idx, ""};
          }
          case PhraseKind::kComponents:
            // "a net loss attributable to the Company of $3.01 billion ..., compared to a net
            // loss of $216 million": the rest of the sentence speaks of the qualified measure.
            if (m->first > sb_ && PhraseKindAt(m->first - 1, PhraseKind::kConcept)) {
              const PhraseMatch* c = PhraseAt(m->first - 1);
              return Binding{
                  -1,
                  "\"" + TextOf(c->first, m->last) + "\" qualifies " + TextOf(c->first, c->last),
                  true};
            }
            if (!verb_seen) {
              return Binding{-1, "a part of, or a reason for, what is named before (\"" +
                                     TextOf(m->first, m->last) + "\")"};
            }
            t = m->first;
            continue;
          case PhraseKind::kVerb:
          case PhraseKind::kIncrease:
          case PhraseKind::kDecrease:
          case PhraseKind::kUnchanged:
            if (m->first > sb_ && IsContent(m->first - 1)) {
              return Binding{-1,
                             "the subject of \"" + TextOf(m->first, m->last) + "\" is \"" +
                                 tokens_[m->first - 1].word + "\"",
                             true};
            }
            verb_seen = true;
            if (m->entry->kind == PhraseKind::kVerb) linking_verb_seen = true;
            t = m->first;
            continue;
          default:
            t = m->first;
            continue;
        }
      }
      if (tok.is_word() && IsCopula(tok.word)) {
        if (t > sb_ && IsContent(t - 1)) {
          return Binding{
              -1, "the subject of \"" + tok.word + "\" is \"" + tokens_[t - 1].word + "\"", true};
        }
        verb_seen = true;
        linking_verb_seen = true;
      }
    }
    return Binding{-1, "no phrase names what the figure measures"};
  }

  // A word that names something between the start of the clause (the sentence or the last
  // comma) and phrase m: the head of the subject, when it is not the phrase. Words in
  // parentheses are asides.
  std::string HeadBefore(const PhraseMatch& m) const {
    int depth = 0;
    for (size_t t = m.first; t-- > sb_;) {
      const Token& tok = tokens_[t];
      if (tok.punct == ')') ++depth;
      if (tok.punct == '(') depth = std::max(0, depth - 1);
      if (depth > 0) continue;
      if (tok.punct == ',' || tok.punct == ';' || tok.punct == ':') break;
      if (IsContent(t)) return tok.word;
    }
    return "";
  }

  // The head of the subject of the linking verb before phrase m, when no other concept phrase
  // stands between them and the head is not the company.
  std::string ClauseSubject(const PhraseMatch& m) const {
    for (size_t t = m.first; t-- > sb_;) {
      const PhraseMatch* p = PhraseAt(t);
      if (p && p->entry->kind == PhraseKind::kConcept) return "";
      bool linking = (p && p->entry->kind == PhraseKind::kVerb && p->first == t) ||
                     (!p && tokens_[t].is_word() && IsCopula(tokens_[t].word));
      if (!linking) continue;
      PhraseMatch verb{t, t, nullptr};
      return HeadBefore(verb);
    }
    return "";
  }

  // "grant revenue of $0.3 million": the figure at tf is attached to phrase m by "of".
  bool AttachedByOf(const PhraseMatch& m, size_t tf) const {
    size_t t = tf;
    while (t > sb_ && tokens_[t - 1].is_word() && IsDeterminer(tokens_[t - 1].word)) --t;
    while (t > sb_ && PhraseKindAt(t - 1, PhraseKind::kApproximate)) t = PhraseAt(t - 1)->first;
    if (t == sb_ || Word(t - 1) != "of") return t > sb_ && t - 1 == m.last;
    size_t before = t - 1;
    while (before > sb_ && token_mention_[before - 1] >= 0)
      --before;  // "net loss for the quarter of"
    return before > sb_ && before - 1 == m.last;
  }

  // A figure attached by "of" to a word other than its concept phrase ("a charge of $425,000",
  // "a total of $16 million"), or set in parentheses after another word ("restructuring at
  // Jaguar ($109 million)"), or far from the phrase, is not that concept's amount.
  std::string Attachment(const PhraseMatch& m, size_t tf) const {
    size_t t = tf;
    while (t > sb_ && tokens_[t - 1].is_word() && IsDeterminer(tokens_[t - 1].word)) --t;
    while (t > sb_ && PhraseKindAt(t - 1, PhraseKind::kApproximate)) t = PhraseAt(t - 1)->first;
    if (t > sb_ && tokens_[t - 1].punct == '(') {
      if (t - 1 > sb_ && t - 2 == m.last) return "";
      if (t - 1 > sb_ && tokens_[t - 2].is_word()) {
        return "the figure in parentheses is about \"" + tokens_[t - 2].word + "\"";
      }
      return "the figure is in parentheses";
    }
    int content = 0;
    for (size_t u = m.last + 1; u < tf; ++u) {
      if (IsContent(u)) ++content;
    }
    if (content > kMaxContentWords) {
      return "\"" + TextOf(m.first, m.last) + "\" is " + std::to_string(content) +
             " words away from the figure";
    }
    if (t == sb_ || Word(t - 1) != "of") return "";
    size_t before = t - 1;
    while (before > sb_ && token_mention_[before - 1] >= 0) --before;
    if (before > sb_ && before - 1 == m.last) return "";
    if (before > sb_ && tokens_[before - 1].is_word()) {
      return "the figure is the amount of \"" + tokens_[before - 1].word + "\"";
    }
    return "";
  }

  // "Revenue and net income were $X and $Y": the phrases listed with `idx`, in order.
  std::vector<int> ConceptList(int idx) const {
    std::vector<int> list = {idx};
    size_t first = phrases_[static_cast<size_t>(idx)].first;
    while (first > sb_) {
      size_t t = first - 1;
      bool joined = false;
      while (t > sb_ && (tokens_[t].punct == ',' || tokens_[t].word == "and")) {
        joined = true;
        --t;
      }
      if (!joined) break;
      const PhraseMatch* m = PhraseAt(t);
      if (!m || m->entry->kind != PhraseKind::kConcept || m->last != t ||
          subordinate_.count(static_cast<size_t>(token_phrase_[t]))) {
        break;
      }
      list.insert(list.begin(), token_phrase_[t]);
      first = m->first;
    }
    return list;
  }

  std::string ConceptOf(int phrase, FigureUnit unit) const {
    const std::string& name = phrases_[static_cast<size_t>(phrase)].entry->name;
    if (unit == FigureUnit::kPerShare) {
      auto it = vocab_.per_share.find(name);
      if (it != vocab_.per_share.end()) return it->second;
    }
    return name;
  }

  // --- periods ------------------------------------------------------------------------------

  // The label of the year a period falls in, as the prose would name it.
  int YearLabel(const Period& p, bool fiscal) const {
    if (fiscal) return fiscal_.FiscalYearOf(DateOf(p));
    return p.year;
  }

  // Periods of the same length `years` earlier.
  std::vector<Period> ShiftYears(const std::vector<Period>& refs, int year, bool fiscal,
                                 std::string* reason) const {
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

  std::vector<Period> Current(const std::vector<int>& lengths) const {
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
  bool YearOf(const PeriodMention& m, Period* year, std::string* reason) const {
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

  std::vector<Period> Resolve(const PeriodMention& m, const std::vector<Period>& refs,
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
            Period p;
            p.kind = Period::Kind::kDuration;
            p.months = months;
            p.year = d.year;
            p.month = d.month;
            p.day = d.day;
            out.push_back(p);
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
        return out;
      }
    }
    if (reason->empty()) *reason = "\"" + TextOf(m.first, m.last) + "\" is not a period";
    return {};
  }

  // Explicit periods set the context of later relative phrases ("for the quarter").
  void NoteContext(const PeriodMention& m) {
    using Kind = PeriodMention::Kind;
    if (m.kind != Kind::kExplicit && m.kind != Kind::kOrdinal) return;
    std::string reason;
    for (const Period& p : Resolve(m, {}, &reason)) history_.push_back(p);
    if (history_.size() > kMaxHistory) {
      history_.erase(history_.begin(),
                     history_.begin() + static_cast<long>(history_.size() - kMaxHistory));
    }
  }

  // The period phrase adjacent after token `t`: only commas and "respectively" between.
  const PeriodMention* MentionAfter(size_t t) const {
    size_t u = t + 1;
    while (u < se_ && (tokens_[u].punct == ',' || tokens_[u].word == "respectively")) ++u;
    if (u >= se_ || token_mention_[u] < 0) return nullptr;
    const PeriodMention& m = mentions_[static_cast<size_t>(token_mention_[u])];
    return m.first == u ? &m : nullptr;
  }

  struct GroupPeriods {
    std::vector<Period> periods;
    std::string phrase;
    std::string reason;
    bool relative = false;  // named relative to other periods: "the same period in 2002"
  };

  // What "the same period" refers to: the periods last named in their own right.
  const std::vector<Period>& Reference() const { return current_.empty() ? last_ : current_; }

  static bool IsRelative(const PeriodMention& m) {
    return m.kind == PeriodMention::Kind::kComparable || m.kind == PeriodMention::Kind::kSequential;
  }

  // The periods that the group of figures at tokens [first, last] speaks of.
  GroupPeriods PeriodsOf(size_t first, const std::vector<size_t>& ends) const {
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
      before = &m;
    }
    // (a) A phrase right after the group: "$0 for the quarter ended ...".
    const PeriodMention* after = nullptr;
    for (size_t e : ends) {
      after = MentionAfter(e);
      if (after) break;
    }
    if (after) {
      g.phrase = TextOf(after->first, after->last);
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
      g.periods = Resolve(*after, Reference(), &g.reason);
      g.relative = IsRelative(*after);
      return g;
    }
    // (b) A figure compared with an earlier one names its own period, or none.
    if (!sentence_groups_.empty()) {
      for (size_t t = sentence_groups_.back().last + 1; t < first; ++t) {
        const PhraseMatch* m = PhraseAt(t);
        if (m && m->entry->kind == PhraseKind::kComparison) {
          g.reason = "the period it is compared with is not named";
          return g;
        }
      }
    }
    // (c) The nearest period phrase before it in the sentence.
    if (before) {
      g.phrase = TextOf(before->first, before->last);
      g.periods = Resolve(*before, Reference(), &g.reason);
      g.relative = IsRelative(*before);
      return g;
    }
    g.reason = "no period is named in its sentence";
    return g;
  }

  // --- tables -------------------------------------------------------------------------------

  std::vector<CellRef> CellsOf(const std::string& concept_name, const Period& period,
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

  PeriodCheck Check(const NarrativeFigure& nf, const Period& period) const {
    PeriodCheck pc;
    pc.period = period;
    const Figure& f = nf.figure;
    ValueKind kind = KindOf(f.unit);
    pc.cells = CellsOf(nf.concept_name, period, kind);
    if (pc.cells.empty() && f.unit == FigureUnit::kMoney && f.scale == 0) {
      pc.cells = CellsOf(nf.concept_name, period, ValueKind::kPerShare);  // "EPS of $0.24"
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
        CellMatch m = Compare(f, a, shift);
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
    return pc;
  }

  // --- groups -------------------------------------------------------------------------------

  struct SentenceGroup {
    size_t first = 0;  // first token
    size_t last = 0;   // last token, appendages included
    std::vector<Period> periods;
  };

  template <typename Rec>
  void ReadGroup(const std::vector<Member>& group, Rec rec) {
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
    // Periods.
    GroupPeriods gp = PeriodsOf(first, ends);
    std::vector<std::vector<Period>> member_periods(group.size());
    std::string period_reason = gp.reason;
    if (!gp.periods.empty()) {
      size_t n = group.size(), m = gp.periods.size();
      if (n == m) {
        for (size_t i = 0; i < n; ++i) member_periods[i] = {gp.periods[i]};
      } else if (n == 1 || m == 1) {
        for (size_t i = 0; i < n; ++i) member_periods[i] = gp.periods;
      } else {
        period_reason = std::to_string(n) + " figures for " + std::to_string(m) + " periods";
      }
    } else if (period_reason.empty()) {
      period_reason = "no period is named in its sentence";
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
        if (r.reason.empty() && r.figure.unit == FigureUnit::kPercent) {
          r.reason = "a percentage: ratios of table figures are not checked";
        }
        if (!r.reason.empty()) continue;  // a bound, a change, a range or a ratio
        if (r.change || r.range) continue;
        if (b.phrase < 0) {
          r.reason = b.reason;
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
    }
    sentence_groups_.push_back(sg);
  }

  // --- directions ---------------------------------------------------------------------------

  // A direction word governs the phrase it follows, or the phrase it opens ("an increase in
  // selling, general and administrative expenses to $1.6 million").
  bool Governs(const PhraseMatch& dir, size_t concept_first, size_t later) const {
    if (dir.first > later) return false;
    if (dir.first > concept_first) return true;
    return dir.last + 2 == concept_first && Word(dir.last + 1) == "in";
  }

  int ConceptPhraseOf(size_t tf) const {
    Binding b = Bind(tf);
    return b.phrase;
  }

  // The table value a figure was compared with for a period, when the tables agree on it.
  std::optional<std::pair<CellRef, Decimal>> TableValue(const NarrativeFigure& r,
                                                        const Period& p) const {
    for (const PeriodCheck& pc : r.checks) {
      if (!(pc.period == p) || pc.best < 0 || !pc.cells_agree) continue;
      const CellRef& c = pc.cells[static_cast<size_t>(pc.best)];
      return std::make_pair(c, c.GetAmount().value);
    }
    return std::nullopt;
  }

  void ReadDirections(const std::vector<int>& figs, const std::map<int, size_t>& global) {
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
          (m.kind != PeriodMention::Kind::kComparable &&
           m.kind != PeriodMention::Kind::kSequential && m.kind != PeriodMention::Kind::kYear)) {
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

  void AddClaim(const PhraseMatch& word, size_t cur, const Period& cur_period, int prior,
                const Period& prior_period) {
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

  const Document& doc_;
  const ColumnPeriods& columns_;
  const std::set<std::string>& company_;
  ConceptRows* rows_;
  const NarrativeVocabulary& vocab_;
  const FiscalCalendar& fiscal_;
  const std::map<int, Period>& latest_;
  int latest_year_only_ = 0;  // the latest year of a column that shows only a year
  const std::map<int, Period>* named_ =
      nullptr;  // the latest period of each length the prose names
  size_t paragraph_;
  NarrativeAnalysis* out_;
  const Paragraph& p_;

  std::vector<Figure> figures_;
  std::vector<Token> tokens_;
  std::vector<PhraseMatch> phrases_;
  std::vector<PeriodMention> mentions_;
  std::vector<int> token_phrase_;
  std::vector<int> token_mention_;
  std::vector<size_t> figure_token_;
  std::set<size_t> subordinate_;
  std::string segment_heading_;  // the heading above the paragraph names a segment
  size_t segment_token_ = 0;     // the first phrase naming a segment in the paragraph
  std::string segment_word_;
  size_t taint_ = 0;  // from this token on, the sentence speaks of something else
  std::string taint_reason_;
  size_t sb_ = 0, se_ = 0;  // the sentence's tokens
  size_t pb_ = 0, pe_ = 0;  // its phrases
  size_t mb_ = 0, me_ = 0;  // its period phrases
  std::vector<SentenceGroup> sentence_groups_;
  std::vector<Period> last_;     // periods of the figures named last in the paragraph
  std::vector<Period> current_;  // periods of the last figures not named relative to others
  std::vector<Period> history_;  // periods the paragraph named explicitly, in order
};

bool ContainsWord(const std::string& text, std::string_view word) {
  return text.find(word) != std::string::npos;
}

// The latest period of each length that the prose names with its end date ("the quarter ended
// March 31, 2020"): what "the quarter" means when the tables' columns stop earlier.
std::map<int, Period> NamedPeriods(const Document& doc) {
  std::map<int, Period> named;
  for (const Paragraph& p : doc.paragraphs) {
    if (!ContainsWord(p.text, "ended") && !ContainsWord(p.text, "ENDED")) continue;
    std::vector<Token> tokens = Tokenize(p.text, {});
    for (const PeriodMention& m : FindPeriodMentions(tokens, 0, tokens.size())) {
      if (m.kind != PeriodMention::Kind::kExplicit) continue;
      bool ended = false;  // "ending" names guidance, not a period reported
      for (size_t t = m.first; t <= m.last; ++t) ended |= tokens[t].word == "ended";
      if (!ended) continue;
      for (int months : m.lengths) {
        for (const Date& d : m.dates) {
          if (d.year == 0) continue;
          Period p2;
          p2.kind = Period::Kind::kDuration;
          p2.months = months;
          p2.year = d.year;
          p2.month = d.month;
          p2.day = d.day;
          auto it = named.find(months);
          if (it == named.end() || DayNumber(d) > DayNumber(DateOf(it->second))) named[months] = p2;
        }
      }
    }
  }
  return named;
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

const char* FigureVerdictName(FigureVerdict verdict) {
  switch (verdict) {
    case FigureVerdict::kVerified:
      return "verified";
    case FigureVerdict::kTruncated:
      return "truncated";
    case FigureVerdict::kMismatch:
      return "mismatch";
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
  if (checks.empty()) {
    *detail = "no period";
    return FigureVerdict::kUnverifiable;
  }
  bool mismatch = false, truncated = false, unverifiable = false;
  std::string why;
  for (const PeriodCheck& pc : checks) {
    if (pc.cells.empty()) {
      unverifiable = true;
      if (why.empty())
        why = "no table shows " + concept_name + " (" + DescribePeriod(pc.period) + ")";
      continue;
    }
    switch (pc.match) {
      case CellMatch::kRounds:
        break;
      case CellMatch::kTruncates:
        truncated = true;
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

NarrativeAnalysis AnalyzeNarrative(const Document& doc, const Concepts& concepts,
                                   const NarrativeVocabulary& vocabulary) {
  NarrativeAnalysis out;
  // The fiscal calendar: the prose first ("the second quarter of fiscal 2004 ended ..."),
  // then the columns.
  std::vector<PeriodMention> fiscal_mentions;
  for (const Paragraph& p : doc.paragraphs) {
    if (!ContainsFiscal(p.text)) continue;
    std::vector<Token> tokens = Tokenize(p.text, {});
    for (const PeriodMention& m : FindPeriodMentions(tokens, 0, tokens.size())) {
      if (m.kind == PeriodMention::Kind::kExplicit && m.fiscal) fiscal_mentions.push_back(m);
    }
    if (!fiscal_mentions.empty()) break;
  }
  out.fiscal = DeriveFiscalCalendar(doc, fiscal_mentions);
  ColumnPeriods columns = ReadColumnPeriods(doc);
  std::set<std::string> company = CompanyWords(doc);
  ConceptRows rows(doc, concepts);
  std::map<int, Period> latest = LatestPeriods(columns);
  std::map<int, Period> named = NamedPeriods(doc);
  std::string segment_heading;  // the last heading, when it names a segment
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const Paragraph& p = doc.paragraphs[i];
    std::vector<Figure> figures = ProseFigures(p);
    if (figures.empty() && p.text.size() <= 80 && p.text.find('.') == std::string::npos) {
      // A heading: a short line without figures or a full stop.
      segment_heading.clear();
      std::vector<Token> tokens = Tokenize(p.text, {});
      for (const PhraseMatch& m : vocabulary.phrases.FindAll(tokens, 0, tokens.size())) {
        if (m.entry->kind == PhraseKind::kSegment) {
          segment_heading =
              p.text.substr(tokens[m.first].begin, tokens[m.last].end - tokens[m.first].begin);
          break;
        }
      }
      continue;
    }
    if (figures.empty()) continue;
    ParagraphReader reader(doc, &rows, vocabulary, out.fiscal, columns, latest, &named, company, i,
                           &out);
    reader.SetSegmentHeading(segment_heading);
    reader.Read(std::move(figures));
  }
  return out;
}

}  // namespace tieout
