#include "checker/narrative/analysis.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

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
                                               "total"};
  return kWords.count(w) > 0;
}

bool IsCopula(const std::string& w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" ||
         w == "remained" || w == "remains" || w == "remain";
}

bool IsDeterminer(const std::string& w) { return w == "a" || w == "an" || w == "the"; }

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

// The last day-ordered period among the duration columns of each length, and the last instant
// (under key 0): what "the quarter" or "the six months" means when the prose names no date.
std::map<int, Period> LatestPeriods(const Document& doc) {
  std::map<int, Period> latest;
  for (const Table& t : doc.tables) {
    for (const Column& c : t.columns) {
      const Period& p = c.period;
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

// One paragraph, read sentence by sentence.
class ParagraphReader {
 public:
  ParagraphReader(const Document& doc, const Concepts& concepts, const NarrativeVocabulary& vocab,
                  const FiscalCalendar& fiscal, const std::map<int, Period>& latest,
                  size_t paragraph, NarrativeAnalysis* out)
      : doc_(doc),
        concepts_(concepts),
        vocab_(vocab),
        fiscal_(fiscal),
        latest_(latest),
        paragraph_(paragraph),
        out_(out),
        p_(doc.paragraphs[paragraph]) {}

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
    figure_token_.assign(figures_.size(), 0);
    for (size_t t = 0; t < tokens_.size(); ++t) {
      if (tokens_[t].is_figure()) figure_token_[static_cast<size_t>(tokens_[t].figure)] = t;
    }
    size_t s = 0;
    while (s < tokens_.size()) {
      size_t e = s;
      while (e < tokens_.size() && tokens_[e].sentence == tokens_[s].sentence) ++e;
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
  // A word that names something: not grammar, not part of a phrase, a period or a figure.
  bool IsContent(size_t t) const {
    const Token& tok = tokens_[t];
    if (!tok.is_word() || token_phrase_[t] >= 0 || token_mention_[t] >= 0) return false;
    if (IsFunctionWord(tok.word)) return false;
    if (tok.word.size() >= 2 && tok.word.compare(tok.word.size() - 2, 2, "'s") == 0) {
      return false;  // "the Company's": a possessive, not a qualifier
    }
    return true;
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
      for (size_t i = 0; i < mentions_.size(); ++i) {
        if (mentions_[i].first >= sb && mentions_[i].last < se) NoteContext(mentions_[i]);
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
    for (const auto& g : groups) ReadGroup(g, rec);
    // Figures that are changes, ranges or bounds still get a concept for the record.
    for (int f : figs) {
      NarrativeFigure& r = rec(f);
      if (r.change && r.reason.empty()) r.reason = "a change between periods, not an amount";
      if (r.range && r.reason.empty()) r.reason = "a range, not an amount";
    }
    ReadDirections(figs, global);
    for (size_t i = 0; i < mentions_.size(); ++i) {
      if (mentions_[i].first >= sb && mentions_[i].last < se) NoteContext(mentions_[i]);
    }
  }

  // Phrases that name parts of a total named before them: "Total revenue, consisting of product
  // sales and rentals, as well as grant and other revenue, increased ...".
  void ComputeSubordinates() {
    subordinate_.clear();
    bool whole_seen = false, open = false;
    for (size_t i = 0; i < phrases_.size(); ++i) {
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
    for (size_t i = 0; i < phrases_.size(); ++i) {
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
        // "increased $5 million", "an increase of 12%", "up by $3 million".
        long d = q;
        if (d >= static_cast<long>(sb_) &&
            (Word(static_cast<size_t>(d)) == "by" || Word(static_cast<size_t>(d)) == "of")) {
          d = before(static_cast<size_t>(d));
        }
        if (d >= static_cast<long>(sb_) && IsDirection(PhraseAt(static_cast<size_t>(d)))) {
          r.change = true;
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
  };

  // A concept phrase qualified by the words around it names something else: "Domestic segment
  // revenues", "GAAP net income", "revenue growth", "net loss margin".
  bool Modified(const PhraseMatch& m) const {
    if (m.first > sb_ && IsContent(m.first - 1)) return true;
    size_t after = m.last + 1;
    if (after < se_ && IsContent(after)) return true;  // "revenue growth", "net loss margin"
    return false;
  }

  // The concept phrase a figure (at token tf) speaks of, or why there is none.
  Binding Bind(size_t tf) const {
    bool verb_seen = false;
    size_t t = tf;
    while (t-- > sb_) {
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
                  -1, "\"" + TextOf(m->first, m->last) + "\" is qualified by the words around it"};
            }
            return Binding{idx, ""};
          }
          case PhraseKind::kComponents:
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
              return Binding{-1, "the subject of \"" + TextOf(m->first, m->last) + "\" is \"" +
                                     tokens_[m->first - 1].word + "\""};
            }
            verb_seen = true;
            t = m->first;
            continue;
          default:
            t = m->first;
            continue;
        }
      }
      if (tok.is_word() && IsCopula(tok.word)) {
        if (t > sb_ && IsContent(t - 1)) {
          return Binding{-1,
                         "the subject of \"" + tok.word + "\" is \"" + tokens_[t - 1].word + "\""};
        }
        verb_seen = true;
      }
    }
    return Binding{-1, "no phrase names what the figure measures"};
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
  // "a total of $16 million") is not that concept's amount.
  std::string OfAttachment(const PhraseMatch& m, size_t tf) const {
    size_t t = tf;
    while (t > sb_ && tokens_[t - 1].is_word() && IsDeterminer(tokens_[t - 1].word)) --t;
    while (t > sb_ && PhraseKindAt(t - 1, PhraseKind::kApproximate)) t = PhraseAt(t - 1)->first;
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
        if (it != latest_.end()) found = &it->second;
      }
      if (!found) return {};
      out.push_back(*found);
    }
    return out;
  }

  // Resolves a period phrase. `refs` are the periods a relative phrase refers to.
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
        FiscalCalendar cal = fiscal_;
        if (!cal.known()) {
          if (m.fiscal) {
            *reason = "the fiscal year end is not known";
            return {};
          }
          cal.end_month = 12;
        }
        Date fye = cal.FiscalYearEnd(m.year);
        Period end;
        end.kind = Period::Kind::kDuration;
        end.months = 12;
        end.year = fye.year;
        end.month = fye.month;
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
        FiscalCalendar cal = fiscal_;
        if (!cal.known()) {
          if (m.fiscal) {
            *reason = "the fiscal year end is not known";
            return {};
          }
          cal.end_month = 12;
        }
        Date fye = cal.FiscalYearEnd(m.year);
        Period p;
        p.kind = Period::Kind::kDuration;
        p.months = 12;
        p.year = fye.year;
        p.month = fye.month;
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
  };

  // The periods that the group of figures at tokens [first, last] speaks of.
  GroupPeriods PeriodsOf(size_t first, const std::vector<size_t>& ends) const {
    using Kind = PeriodMention::Kind;
    GroupPeriods g;
    // The reference for a year or a relative phrase: the figures named just before.
    std::vector<Period> prior_group =
        sentence_groups_.empty() ? std::vector<Period>() : sentence_groups_.back().periods;
    const PeriodMention* before = nullptr;  // the nearest period phrase before the group
    for (const PeriodMention& m : mentions_) {
      if (m.first < sb_ || m.last >= first) continue;
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
          ref = Resolve(*before, last_, &ignored);
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
          return g;
        }
      }
      g.periods = Resolve(*after, last_, &g.reason);
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
      g.periods = Resolve(*before, last_, &g.reason);
      return g;
    }
    g.reason = "no period is named in its sentence";
    return g;
  }

  // --- tables -------------------------------------------------------------------------------

  std::vector<CellRef> CellsOf(const std::string& concept_name, const Period& period,
                               ValueKind kind) const {
    std::vector<CellRef> out;
    for (const Table& table : doc_.tables) {
      std::vector<size_t> columns;
      for (size_t c = 0; c < table.columns.size(); ++c) {
        if (ColumnMatches(period, table.columns[c].period)) columns.push_back(c);
      }
      if (columns.empty()) continue;
      for (size_t r = 0; r < table.rows.size(); ++r) {
        const Row& row = table.rows[r];
        if (row.kind != kind || !row.has_values() || !concepts_.Matches(row, concept_name))
          continue;
        for (size_t c : columns) {
          if (c < row.cells.size() && row.cells[c].amount) out.push_back(CellRef{&table, r, c});
        }
      }
    }
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
    for (const Member& m : group)
      bindings.push_back(Bind(figure_token_[static_cast<size_t>(m.fig)]));
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
        if (f != group[i].fig) b = Bind(tf);  // a per-share figure binds on its own
        if (b.phrase >= 0) {
          const PhraseMatch& pm = phrases_[static_cast<size_t>(b.phrase)];
          std::string of = OfAttachment(pm, tf);
          if (!of.empty()) {
            b = Binding{-1, of};
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
        if (!r.reason.empty()) continue;  // a bound, a change or a range
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
    if (!sg.periods.empty()) last_ = sg.periods;
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
    struct Item {
      int fig;
      size_t index;
      size_t token;
    };
    std::vector<Item> items;
    for (int f : figs) {
      const NarrativeFigure& r = out_->figures[global.at(f)];
      if (r.host >= 0 || r.change || r.range || r.bound || r.concept_name.empty() ||
          r.periods.size() != 1) {
        continue;
      }
      items.push_back(Item{f, global.at(f), figure_token_[static_cast<size_t>(f)]});
    }
    std::vector<const PhraseMatch*> words;
    for (const PhraseMatch& m : phrases_) {
      if (m.first >= sb_ && m.last < se_ && IsDirection(&m)) words.push_back(&m);
    }
    if (words.empty()) return;
    std::set<std::pair<size_t, size_t>> done;
    for (size_t i = 0; i < items.size(); ++i) {
      for (size_t j = i + 1; j < items.size(); ++j) {
        const NarrativeFigure& a = out_->figures[items[i].index];
        const NarrativeFigure& b = out_->figures[items[j].index];
        if (a.concept_name != b.concept_name) continue;
        const Period& pa = a.periods[0];
        const Period& pb = b.periods[0];
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
        if (!done.insert({cur.index, prior.index}).second) continue;
        AddClaim(*governing, cur.index, static_cast<int>(prior.index), nullptr);
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
      if (!cur) continue;
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
      AddClaim(*w, cur->index, -1, &prior[0]);
    }
  }

  void AddClaim(const PhraseMatch& word, size_t cur, int prior, const Period* implied) {
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
    c.current_period = a.periods[0];
    c.prior_period = implied ? *implied : out_->figures[static_cast<size_t>(prior)].periods[0];
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
  const Concepts& concepts_;
  const NarrativeVocabulary& vocab_;
  const FiscalCalendar& fiscal_;
  const std::map<int, Period>& latest_;
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
  size_t sb_ = 0, se_ = 0;
  std::vector<SentenceGroup> sentence_groups_;
  std::vector<Period> last_;     // periods of the figures named last in the paragraph
  std::vector<Period> history_;  // periods the paragraph named explicitly, in order
};

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
        why = "no table shows " + concept_name + " for the " + DescribePeriod(pc.period);
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
  int gaps_before_figures = 0;
  for (; i < line.size(); ++i) {
    if (line[i] != ' ') continue;
    size_t j = i;
    while (j < line.size() && line[j] == ' ') ++j;
    size_t run = j - i;
    if (j >= line.size()) break;
    if (run >= 3) return true;
    char c = line[j];
    if (run == 2 && (c == '$' || c == '(' || std::isdigit(static_cast<unsigned char>(c)))) {
      ++gaps_before_figures;
    }
    i = j - 1;
  }
  return gaps_before_figures >= 2;
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
  std::map<int, Period> latest = LatestPeriods(doc);
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    std::vector<Figure> figures = ProseFigures(doc.paragraphs[i]);
    ParagraphReader reader(doc, concepts, vocabulary, out.fiscal, latest, i, &out);
    if (figures.empty()) {
      continue;
    }
    reader.Read(std::move(figures));
  }
  return out;
}

}  // namespace tieout
