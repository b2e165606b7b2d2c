#include "checker/narrative/linking.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "checker/narrative/arithmetic.h"
#include "checker/narrative/grammar.h"
#include "checker/narrative/periods.h"

namespace tieout {
namespace {

bool Dated(const Period& p) { return p.kind != Period::Kind::kUnknown && p.year > 0; }

bool Contains(const std::set<std::string>& s, const std::string& w) { return s.count(w) > 0; }

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// The candidates' cells of one row in the columns a request allows.
struct Hit {
  size_t entry = 0;
  CellRef cell;
  Period period;
  bool strong = false;
  size_t overlap = 0;
  bool named = true;  // its row or column names the request's qualifier, or neither names one
};

}  // namespace

RowLinker::RowLinker(const Document& doc, const ColumnPeriods& columns,
                     const NarrativeVocabulary& vocab)
    : columns_(columns), vocab_(vocab) {
  std::map<std::pair<std::set<std::string>, std::set<std::string>>, size_t> shape_of;
  for (const Table& t : doc.tables) {
    std::vector<std::string>& qualifiers = column_qualifiers_[&t];
    for (const Column& c : t.columns) {
      // The words after the column's year are its own ("Year Ended May 31, 2014 Non-GAAP");
      // before it they may be the table's title ("Reconciliation of GAAP to non-GAAP").
      size_t from = 0;
      for (size_t i = 0; i + 4 <= c.header.size(); ++i) {
        bool year = (c.header.compare(i, 2, "19") == 0 || c.header.compare(i, 2, "20") == 0) &&
                    std::isdigit(static_cast<unsigned char>(c.header[i + 2])) &&
                    std::isdigit(static_cast<unsigned char>(c.header[i + 3])) &&
                    (i == 0 || !std::isalnum(static_cast<unsigned char>(c.header[i - 1]))) &&
                    (i + 4 == c.header.size() ||
                     !std::isalnum(static_cast<unsigned char>(c.header[i + 4])));
        if (year) from = i + 4;
      }
      qualifiers.push_back(QualifierOf(c.header.substr(from)));
    }
    bool common_size = CommonSize(t);
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const Row& row = t.rows[r];
      if (!row.has_values()) continue;
      Entry e;
      e.table = &t;
      e.row = r;
      e.kind = KindIn(row, common_size);
      std::set<std::string> label = Normalize(SplitWords(row.label));
      std::set<std::string> context = Normalize(SplitWords(row.section));
      // "per share" in the label, or a heading that ends with it ("Net loss per share:"), not
      // "(in thousands, except per share data)".
      for (const std::string* text : {&row.label, &row.section}) {
        std::vector<std::string> words = SplitWords(*text);
        for (size_t i = 0; i + 1 < words.size(); ++i) {
          bool ends = text == &row.label || i + 2 == words.size();
          if (words[i] == "per" && Stem(words[i + 1]) == "share" && ends) e.per_share = true;
        }
      }
      if (label.empty() && context.empty()) continue;
      auto [it, added] = shape_of.try_emplace(std::make_pair(label, context), shapes_.size());
      if (added) {
        Shape s;
        s.all = label;
        s.all.insert(context.begin(), context.end());
        // A label that only names a variant ("Basic") is read with its heading.
        s.content = Content(label);
        if (s.content.empty()) s.content = Content(context);
        s.qualifier = QualifierOf(row.label + " " + row.section);
        s.heads = LabelHeads(row.label);
        if (s.heads.empty()) s.heads = LabelHeads(row.section);
        for (const std::string& w : s.all) shapes_by_word_[w].push_back(shapes_.size());
        shapes_.push_back(std::move(s));
      }
      e.shape = it->second;
      for (const std::string& w : shapes_[e.shape].all) by_word_[w].push_back(entries_.size());
      entries_.push_back(e);
    }
  }
  // Copies of a row: what Link, LinkChange and AgreesElsewhere read of it (its shape, label,
  // heading, kinds, whether its table is unscaled, and its cells with their columns) is the
  // same. A long release that repeats its statements has many.
  std::map<std::string, std::pair<std::vector<Copies>*, size_t>> copies_of;
  for (size_t index = 0; index < entries_.size(); ++index) {
    Entry& e = entries_[index];
    const Row& row = e.table->rows[e.row];
    std::string key = row.label + '\x1f' + row.section;
    for (int n : {static_cast<int>(e.shape), static_cast<int>(row.kind), static_cast<int>(e.kind),
                  static_cast<int>(e.per_share),
                  static_cast<int>(e.table->scale == 0 && e.table->scale_note.empty())}) {
      key += '|' + std::to_string(n);
    }
    auto columns = columns_.find(e.table);
    for (size_t c = 0;
         columns != columns_.end() && c < row.cells.size() && c < columns->second.size(); ++c) {
      const Period& p = columns->second[c];
      const std::optional<Amount>& a = row.cells[c].amount;
      if (!a) continue;
      for (int n : {static_cast<int>(c), static_cast<int>(p.kind), p.months, p.year, p.month, p.day,
                    a->precision, static_cast<int>(a->exact)}) {
        key += '|' + std::to_string(n);
      }
      key += '|' + a->value.ToString() + '|';
      if (c < e.table->columns.size()) key += e.table->columns[c].header;
    }
    const std::set<std::string>& content = shapes_[e.shape].content;
    auto [it, added] = copies_of.try_emplace(std::move(key), nullptr, 0);
    if (!added) {
      e.repeat = true;
      if (it->second.first) {
        Copies& copies = (*it->second.first)[it->second.second];
        if (copies.second == SIZE_MAX) copies.second = index;
      }
    } else if (!content.empty()) {  // AgreesElsewhere finds rows by their content words
      std::vector<Copies>& rows = by_content_[content];
      it->second = {&rows, rows.size()};
      rows.push_back(Copies{index});
    }
  }
}

std::string RowLinker::QualifierOf(const std::string& text) const {
  if (text.empty()) return "";
  std::vector<Token> tokens = Tokenize(text, {});
  for (const PhraseMatch& m : vocab_.phrases.FindAll(tokens, 0, tokens.size())) {
    if (m.entry->kind != PhraseKind::kQualifier) continue;
    std::string out;
    for (const std::string& w : SplitWords(m.entry->source)) out += w;
    if (out.rfind("as", 0) == 0 && out.size() > 2) out.erase(0, 2);
    return out;
  }
  return "";
}

std::set<std::string> RowLinker::Normalize(const std::vector<std::string>& words) const {
  std::set<std::string> out;
  for (const std::string& raw : words) {
    std::string w = Stem(raw);
    auto it = vocab_.synonyms.find(w);
    if (it == vocab_.synonyms.end()) {
      if (!IsFunctionWord(w)) out.insert(w);
      continue;
    }
    for (const std::string& s : it->second) {
      if (!IsFunctionWord(s)) out.insert(s);
    }
  }
  return out;
}

std::set<std::string> RowLinker::Content(const std::set<std::string>& words) const {
  std::set<std::string> out;
  for (const std::string& w : words) {
    if (!vocab_.generic_words.count(w) && !vocab_.variant_words.count(w)) out.insert(w);
  }
  return out;
}

std::string RowLinker::Head(const std::vector<std::string>& words) const {
  std::string head;
  for (const std::string& raw : words) {
    if (IsInnerPreposition(raw) && !head.empty()) break;
    std::string w = HeadWord(Stem(raw), !head.empty());
    if (!w.empty()) head = w;
  }
  return head;
}

std::string RowLinker::HeadWord(std::string w, bool after_head) const {
  if (IsFunctionWord(w) || vocab_.generic_words.count(w) || vocab_.variant_words.count(w)) {
    return "";
  }
  // "income tax expense": the head is what the expense is of, when the words name it.
  if (vocab_.implied_words.count(w) && after_head) return "";
  auto it = vocab_.synonyms.find(w);
  if (it != vocab_.synonyms.end()) {
    for (const std::string& s : it->second) {
      if (!IsFunctionWord(s) && !vocab_.generic_words.count(s)) w = s;
    }
  }
  return w;
}

bool RowLinker::SignConflict(const std::vector<std::string>& words, const Row& row,
                             const Decimal& value, bool stated_negative) const {
  if (value.is_zero()) return false;
  std::set<std::string> said = Normalize(words);
  std::set<std::string> label = Normalize(SplitWords(row.label));
  auto any = [](const std::set<std::string>& s, const std::set<std::string>& of) {
    for (const std::string& w : s) {
      if (of.count(w)) return true;
    }
    return false;
  };
  bool says_gain = any(said, vocab_.gain_words), says_loss = any(said, vocab_.loss_words);
  if (says_gain == says_loss) return false;
  // "net income was $(10.6) million": a loss. ("a loss of ($1.6) million" is a loss written
  // twice, not a gain.)
  if (stated_negative && says_gain) {
    says_gain = false;
    says_loss = true;
  }
  if (!any(label, vocab_.gain_words)) return false;  // "Net loss" rows show losses as figures
  return says_gain ? value.is_negative() : !value.is_negative();
}

bool RowLinker::Strong(const Shape& s, const std::set<std::string>& said) const {
  const std::set<std::string>& label = s.content;
  if (label.empty()) return false;
  auto any = [](const std::set<std::string>& s, const std::set<std::string>& of) {
    for (const std::string& w : s) {
      if (of.count(w)) return true;
    }
    return false;
  };
  // "Net income (loss)" is what "net loss" names.
  bool said_result = any(said, vocab_.gain_words) || any(said, vocab_.loss_words);
  for (const std::string& w : label) {
    bool result_word = vocab_.gain_words.count(w) || vocab_.loss_words.count(w);
    if (!Contains(said, w) && !(result_word && said_result)) return false;
  }
  bool other = false;  // a word besides the implied ones ("expenses" alone names no row)
  for (const std::string& w : said) {
    bool implied = vocab_.implied_words.count(w) > 0;
    if (!Contains(s.all, w) && !implied) return false;
    other = other || !implied || Contains(s.all, w);
  }
  return other;
}

std::set<std::string> RowLinker::LabelHeads(const std::string& label) const {
  // An aside in parentheses is another conjunct ("Net income (loss)", "Provision (benefit)
  // for income taxes"), unless it holds a preposition: "Net cash provided by (used in)
  // operating activities".
  std::string text;
  for (size_t i = 0; i < label.size(); ++i) {
    size_t close = label[i] == '(' ? label.find(')', i) : std::string::npos;
    if (close == std::string::npos) {
      text += label[i] == '&' ? std::string(" and ") : std::string(1, label[i]);
      continue;
    }
    std::vector<std::string> inner = SplitWords(label.substr(i + 1, close - i - 1));
    bool phrase = std::any_of(inner.begin(), inner.end(), [](const std::string& w) {
      return IsFunctionWord(w) && !IsDeterminer(w);
    });
    if (!phrase) text += " or " + label.substr(i + 1, close - i - 1) + " or ";
    i = close;
  }
  std::set<std::string> heads;
  std::string head;
  auto close = [&] {
    if (!head.empty()) heads.insert(head);
    head.clear();
  };
  for (const std::string& raw : SplitWords(text)) {
    if (raw == "and" || raw == "or") {
      close();
      continue;
    }
    std::string w = Stem(raw);
    bool participle = w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                                       w.compare(w.size() - 4, 4, "able") == 0);
    // A preposition or a participle after a noun ends the noun phrase.
    if ((IsFunctionWord(w) && !IsDeterminer(w) && !head.empty()) || (participle && !head.empty())) {
      break;
    }
    w = HeadWord(w, !head.empty());
    if (!w.empty()) head = w;
  }
  close();
  return heads;
}

std::set<std::string> RowLinker::Divisor(const std::string& label) const {
  std::string text = label;
  std::replace(text.begin(), text.end(), '/', ' ');
  std::vector<std::string> words = SplitWords(text);
  size_t slash = label.find('/');
  size_t from = words.size();
  if (slash != std::string::npos) {
    from = SplitWords(label.substr(0, slash)).size();
  } else {
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i] == "to" || words[i] == "of") {
        from = i + 1;
        break;
      }
    }
  }
  return Normalize(std::vector<std::string>(words.begin() + static_cast<long>(from), words.end()));
}

bool RowLinker::SaysHead(const Shape& s, const std::set<std::string>& said) const {
  if (s.heads.empty()) return true;
  auto result = [this](const std::string& w) {
    return vocab_.gain_words.count(w) > 0 || vocab_.loss_words.count(w) > 0;
  };
  bool said_result = std::any_of(said.begin(), said.end(), result);
  for (const std::string& h : s.heads) {
    // "net loss" names "Diluted net earnings (loss) per share", whose head is "earnings".
    if (Contains(said, h) || (said_result && result(h))) return true;
  }
  return false;
}

bool RowLinker::NamesRow(const std::vector<std::string>& subject) const {
  auto shapes = shapes_by_word_.find(Head(subject));
  if (shapes == shapes_by_word_.end()) return false;
  std::set<std::string> said = Content(Normalize(subject));
  for (size_t index : shapes->second) {
    if (Strong(shapes_[index], said)) return true;
  }
  return false;
}

std::set<std::string> RowLinker::Variants(const std::set<std::string>& words) const {
  std::set<std::string> out;
  for (const std::string& w : words) {
    if (vocab_.variant_words.count(w)) out.insert(w);
  }
  return out;
}

// A named variant ("diluted") must be the row's, when the row names one.
bool RowLinker::OtherVariant(const Entry& e, const std::set<std::string>& variants) const {
  if (variants.empty()) return false;
  bool names_variant = false;
  for (const std::string& w : shapes_[e.shape].all) {
    if (!vocab_.variant_words.count(w)) continue;
    if (variants.count(w)) return false;
    names_variant = true;
  }
  return names_variant;
}

int RowLinker::AgreeingColumn(size_t index, const Figure& figure,
                              const std::vector<Period>& periods, const CellRef& bound,
                              size_t* compared) const {
  const Entry& e = entries_[index];
  const Row& row = e.table->rows[e.row];
  const std::vector<Period>& columns = columns_.at(e.table);
  for (size_t c = 0; c < row.cells.size() && c < columns.size(); ++c) {
    if (!row.cells[c].amount || !Dated(columns[c])) continue;
    if (e.table == bound.table && e.row == bound.row && c == bound.column) continue;
    bool in_period = false;
    for (const Period& p : periods) in_period = in_period || ColumnMatches(p, columns[c]);
    if (!in_period) continue;
    if (compared) ++*compared;
    // A row read as another kind was not scaled by the table's unit: try its scales too.
    std::vector<int> shifts = TableShifts(figure, *e.table);
    if (row.kind != KindOf(figure.unit)) shifts.insert(shifts.end(), {3, 6, 9});
    for (int shift : shifts) {
      if (CompareFigure(figure, *row.cells[c].amount, shift) == CellMatch::kRounds) {
        return static_cast<int>(c);
      }
    }
  }
  return -1;
}

std::string RowLinker::AgreesElsewhere(const Figure& figure, const std::vector<std::string>& words,
                                       const std::vector<std::string>& extra,
                                       const std::vector<Period>& periods, const CellRef& bound,
                                       size_t* compared) const {
  // The rows that say what the bound row says ("Selling, general & administrative" for
  // "Selling, general and administrative"): its label's words, or its heading's for a label
  // that only names a variant.
  const Row& bound_row = bound.GetRow();
  std::set<std::string> bound_says = Content(Normalize(SplitWords(bound_row.label)));
  if (bound_says.empty()) bound_says = Content(Normalize(SplitWords(bound_row.section)));
  auto rows = by_content_.find(bound_says);
  if (bound_says.empty() || rows == by_content_.end()) return "";
  std::set<std::string> variants = Variants(Normalize(words));
  for (const std::string& w : Variants(Normalize(extra))) variants.insert(w);
  // The first agreeing cell in the order of the rows: each distinct row once, at its first
  // copy, or at its second when the first holds the bound cell and agrees nowhere else.
  std::pair<size_t, int> first{SIZE_MAX, -1};
  for (const Copies& copies : rows->second) {
    if (copies.first > first.first) break;
    if (OtherVariant(entries_[copies.first], variants)) continue;
    int c = AgreeingColumn(copies.first, figure, periods, bound, compared);
    if (c >= 0) {
      first = {copies.first, c};
      break;
    }
    const Entry& e = entries_[copies.first];
    if (e.table == bound.table && e.row == bound.row && copies.second != SIZE_MAX) {
      c = AgreeingColumn(copies.second, figure, periods, bound, compared);
      if (c >= 0) first = {copies.second, c};
    }
  }
  if (first.second < 0) return "";
  const Entry& e = entries_[first.first];
  const Row& row = e.table->rows[e.row];
  return "it agrees with " + row.label + " (" +
         DescribePeriod(columns_.at(e.table)[static_cast<size_t>(first.second)]) +
         ") in another table or column: the figure may speak of that";
}

std::string RowLinker::AgreesInRow(const Figure& figure, const CellRef& bound) const {
  const Row& row = bound.GetRow();
  const std::vector<Period>& columns = columns_.at(bound.table);
  for (size_t c = 0; c < row.cells.size(); ++c) {
    if (c == bound.column || !row.cells[c].amount) continue;
    if (c < columns.size() && Dated(columns[c])) continue;
    for (int shift : TableShifts(figure, *bound.table)) {
      if (CompareFigure(figure, *row.cells[c].amount, shift) == CellMatch::kRounds) {
        return "it agrees with " + row.label +
               " in a column whose period is not read: the figure may speak of that";
      }
    }
  }
  return "";
}

namespace {

// Whether a cell of period `p` may be the one a mismatch binds: an instant, or a period that
// `q.bind` allows.
bool Binds(const LinkRequest& q, const Period& p) {
  if (q.bind.empty() || p.kind != Period::Kind::kDuration) return true;
  return std::any_of(q.bind.begin(), q.bind.end(),
                     [&](const Period& b) { return ColumnMatches(b, p); });
}

// The candidates of `hits` that `q.bind` allows; all of them when it allows none (a row that
// only the year to date shows: a cash flow statement of nine months).
template <typename T, typename PeriodOf>
std::vector<T> Bindable(const LinkRequest& q, const std::vector<T>& hits, PeriodOf period_of) {
  std::vector<T> out;
  for (const T& h : hits) {
    if (Binds(q, period_of(h))) out.push_back(h);
  }
  return out.empty() ? hits : out;
}

}  // namespace

LinkResult RowLinker::Link(const LinkRequest& q, size_t* rows_read) const {
  LinkResult out;
  std::string head = Head(q.subject);
  std::string what = "\"" + Join(q.subject) + "\"";
  if (head.empty()) {
    out.reason = "no phrase names what the figure measures";
    return out;
  }
  auto rows = by_word_.find(head);
  if (rows == by_word_.end()) {
    // "a write-off of in-process research and development of $105 million": what the head
    // is of may still be a row's label; the figure may agree with it, never mismatch it.
    auto of = std::find_if(q.subject.rbegin(), q.subject.rend(),
                           [](const std::string& w) { return IsInnerPreposition(w); });
    if (of != q.subject.rend() && of != q.subject.rbegin()) {
      LinkRequest inner = q;
      inner.subject.assign(of.base(), q.subject.end());
      inner.may_mismatch = false;
      LinkResult r = Link(inner, rows_read);
      if (r.kind == LinkResult::Kind::kVerified) return r;
    }
    out.reason = "no table row is labelled " + what;
    return out;
  }
  std::set<std::string> said = Normalize(q.subject);
  std::set<std::string> extra = Normalize(q.extra);
  std::set<std::string> variants = Variants(said);
  for (const std::string& w : Variants(extra)) variants.insert(w);
  std::set<std::string> said_content = Content(said);
  // Of a qualified figure ("Non-GAAP operating income"), a row that names the qualifier must
  // say it too; a row in a column that names it says the rest ("Operating income").
  std::set<std::string> qualifier_words = Content(Normalize(q.qualifier_words));
  std::set<std::string> said_qualified = said_content, said_bare;
  said_qualified.insert(qualifier_words.begin(), qualifier_words.end());
  for (const std::string& w : said_content) {
    if (!qualifier_words.count(w)) said_bare.insert(w);
  }
  ValueKind kind = KindOf(q.figure.unit);
  // "Net loss per basic share was $0.26", "EPS of $0.24": an amount per share.
  if (q.figure.unit == FigureUnit::kMoney && q.figure.scale == 0 && said.count("share")) {
    kind = ValueKind::kPerShare;
  }
  std::vector<Hit> hits;                       // cells in the columns of the period
  std::vector<Hit> other;                      // cells of the same rows in other dated columns
  std::unordered_map<size_t, bool> strong_of;  // shape -> Strong, computed once per shape
  for (size_t index : rows->second) {
    const Entry& e = entries_[index];
    if (e.repeat) continue;  // its first copy gives the same hits, first
    if (rows_read) ++*rows_read;
    const Row& row = e.table->rows[e.row];
    // A row under "per share" is per-share, whatever its figures looked like.
    ValueKind row_kind =
        e.per_share && e.kind == ValueKind::kShares ? ValueKind::kPerShare : e.kind;
    if (row_kind != kind) continue;
    if (OtherVariant(e, variants)) continue;
    const Shape& shape = shapes_[e.shape];
    const std::set<std::string>& all = shape.all;
    auto [known, added] = strong_of.try_emplace(e.shape, false);
    // "Non-GAAP operating income" is what a non-GAAP sentence's "operating income" names.
    if (added) {
      known->second = Strong(shape, q.qualifier.empty()              ? said_content
                                    : shape.qualifier == q.qualifier ? said_qualified
                                                                     : said_bare);
    }
    bool strong = known->second;
    size_t overlap = 0;
    for (const std::string& w : said_content) overlap += Contains(all, w);
    const std::vector<Period>& periods = columns_.at(e.table);
    const std::vector<std::string>& qualifiers = column_qualifiers_.at(e.table);
    for (size_t c = 0; c < row.cells.size() && c < periods.size(); ++c) {
      if (!row.cells[c].amount || !Dated(periods[c])) continue;
      // A non-GAAP figure binds to a row or column so named; a reported figure to neither.
      std::string_view column = c < qualifiers.size() ? std::string_view(qualifiers[c]) : "";
      bool named = q.qualifier.empty() ? column.empty()
                                       : column == q.qualifier || shape.qualifier == q.qualifier;
      Hit h{index, CellRef{e.table, e.row, c}, periods[c], strong, overlap, named};
      bool in_period = q.any_column;
      for (const Period& p : q.periods) in_period = in_period || ColumnMatches(p, periods[c]);
      (in_period ? hits : other).push_back(h);
    }
  }
  if (hits.empty() && other.empty()) {
    out.reason = "no table row is labelled " + what;
    return out;
  }
  out.found_rows = true;
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return std::make_tuple(a.named, a.strong, a.overlap) >
           std::make_tuple(b.named, b.strong, b.overlap);
  });
  auto agrees = [&](const Hit& h, CellMatch want, std::string* note) {
    for (int shift : TableShifts(q.figure, *h.cell.table)) {
      if (CompareFigure(q.figure, h.cell.GetAmount(), shift) == want) {
        if (note)
          *note = shift == 0 ? "" : "read the table in units of 10^" + std::to_string(shift);
        return true;
      }
    }
    return false;
  };
  const Hit* sign_hit = nullptr;
  for (const Hit& h : hits) {
    // A candidate that only shares a word with the subject ("Cost of revenues" for "sales")
    // verifies nothing unless the subject names what the row measures.
    if (!h.strong && !SaysHead(shapes_[entries_[h.entry].shape], said)) {
      // Or the row says every word of the subject but the implied ones.
      const std::set<std::string>& all = shapes_[entries_[h.entry].shape].all;
      bool all_said = std::all_of(said_content.begin(), said_content.end(), [&](const auto& w) {
        return Contains(all, w) || vocab_.implied_words.count(w) > 0;
      });
      if (!all_said) continue;
    }
    if (q.share) {
      std::set<std::string> divisor = Divisor(h.cell.GetRow().label);
      if (!std::includes(divisor.begin(), divisor.end(), said_content.begin(),
                         said_content.end())) {
        continue;
      }
    }
    if (!agrees(h, CellMatch::kRounds, &out.note)) continue;
    if (SignConflict(q.subject, h.cell.GetRow(), h.cell.GetAmount().value, q.figure.negative)) {
      if (h.strong && !sign_hit) sign_hit = &h;
      continue;
    }
    out.kind = LinkResult::Kind::kVerified;
    out.cell = h.cell;
    out.period = h.period;
    out.strong = h.strong;
    return out;
  }
  if (q.share) {
    out.reason = "no ratio row of " + what + " shows it";
    return out;
  }
  // Strong rows in the period's columns: one value in one column, or no verdict.
  std::vector<const Hit*> strong;
  for (const Hit& h : hits) {
    if (h.strong && h.named) strong.push_back(&h);
  }
  strong = Bindable(q, strong, [](const Hit* h) { return h->period; });
  if (strong.empty()) {
    std::string period = q.periods.size() == 1 ? DescribePeriod(q.periods[0]) : "the period";
    out.reason = hits.empty() ? "no row labelled " + what + " shows " + period
                              : "no row labelled " + what + " shows it";
    return out;
  }
  // The same value shown in thousands in one table and in dollars in another is one value.
  auto same_value = [](const Amount& a, const Amount& b) {
    return (a.value - b.value).Abs() <= std::max(a.HalfUnit(), b.HalfUnit());
  };
  for (const Hit* h : strong) {
    if (!(h->period == strong[0]->period) ||
        !same_value(h->cell.GetAmount(), strong[0]->cell.GetAmount())) {
      out.reason = "the rows labelled " + what + " show different values or periods";
      return out;
    }
  }
  const Hit& bound = *strong[0];
  out.cell = bound.cell;
  out.period = bound.period;
  out.strong = true;
  // A dash is no amount, and a figure in cents ("$1.90") is no amount of a row in thousands.
  const Amount& shown = bound.cell.GetAmount();
  if (shown.exact && shown.value.is_zero()) {
    out.reason = bound.cell.GetRow().label + " shows no amount for the period";
    return out;
  }
  if (q.figure.unit == FigureUnit::kMoney && q.figure.scale == 0 && q.figure.precision < 0 &&
      shown.precision > 0) {
    out.reason = "a figure in cents is not an amount of " + bound.cell.GetRow().label;
    return out;
  }
  if (!q.may_mismatch) {
    out.reason = "the figure differs from " + bound.cell.GetRow().label +
                 ", but the sentence does not state it as that amount";
    return out;
  }
  if (sign_hit) {
    out.kind = LinkResult::Kind::kSign;
    out.cell = sign_hit->cell;
    out.period = sign_hit->period;
    return out;
  }
  // Another row of the same head noun, or the same row in another column, agrees: the
  // binding is in doubt.
  for (const std::vector<Hit>* list : {&hits, &other}) {
    for (const Hit& h : *list) {
      if (agrees(h, CellMatch::kRounds, nullptr)) {
        out.reason =
            "it agrees with " + h.cell.GetRow().label + " (" + DescribePeriod(h.period) + ")";
        return out;
      }
    }
  }
  std::string elsewhere = AgreesInRow(q.figure, bound.cell);
  if (elsewhere.empty()) {
    elsewhere = AgreesElsewhere(q.figure, q.subject, q.extra, {bound.period}, bound.cell);
  }
  if (!elsewhere.empty()) {
    out.reason = elsewhere;
    return out;
  }
  const Amount& a = bound.cell.GetAmount();
  for (int shift : {-6, -3, 3, 6}) {
    if (CompareFigure(q.figure, a, shift) == CellMatch::kRounds) {
      out.kind = LinkResult::Kind::kScale;
      out.reason = "it is " + bound.cell.GetRow().label + " read 10^" + std::to_string(shift) +
                   " off: the table's unit is in doubt";
      return out;
    }
  }
  out.kind = agrees(bound, CellMatch::kTruncates, &out.note) ? LinkResult::Kind::kTruncated
                                                             : LinkResult::Kind::kMismatch;
  return out;
}

LinkResult RowLinker::LinkSegment(const LinkRequest& q) const {
  LinkResult out;
  std::set<std::string> name = Content(Normalize(q.segment));
  std::string head = Head(q.subject);
  std::string what = "\"" + Join(q.segment) + "\"";
  if (name.empty() || head.empty() || name.count(head)) {
    out.reason = "no phrase names what of the segment the figure measures";
    return out;
  }
  auto rows = by_word_.find(*name.begin());
  if (rows == by_word_.end()) {
    out.reason = "no table row is labelled " + what;
    return out;
  }
  ValueKind kind = KindOf(q.figure.unit);
  auto agrees = [&](const CellRef& cell) {
    for (int shift : TableShifts(q.figure, *cell.table)) {
      if (CompareFigure(q.figure, cell.GetAmount(), shift) == CellMatch::kRounds) return true;
    }
    return false;
  };
  std::vector<std::pair<CellRef, Period>> hits, other;
  for (size_t index : rows->second) {
    const Entry& e = entries_[index];
    if (e.repeat || e.kind != kind) continue;
    const Row& row = e.table->rows[e.row];
    if (Content(Normalize(SplitWords(row.label))) != name) continue;
    // The measure: the row's heading names it, or the total of its group does ("Medical
    // Device" above "Total revenue"), or the column's header does.
    bool row_names = Contains(Normalize(SplitWords(row.section)), head);
    for (size_t r = e.row + 1; r < e.table->rows.size() && !row_names; ++r) {
      const Row& below = e.table->rows[r];
      if (below.section != row.section) break;
      std::vector<std::string> words = SplitWords(below.label);
      if (std::find(words.begin(), words.end(), "total") != words.end()) {
        row_names = Contains(Normalize(words), head);
        break;
      }
    }
    const std::vector<Period>& periods = columns_.at(e.table);
    for (size_t c = 0; c < row.cells.size() && c < periods.size(); ++c) {
      // (A share of the total beside the amount, "71.4%", is no amount of the row.)
      if (!row.cells[c].amount || !Dated(periods[c]) ||
          row.cells[c].text.find('%') != std::string::npos) {
        continue;
      }
      bool column_names = c < e.table->columns.size() &&
                          Contains(Normalize(SplitWords(e.table->columns[c].header)), head);
      if (!row_names && !column_names) continue;
      bool in_period = false;
      for (const Period& p : q.periods) in_period = in_period || ColumnMatches(p, periods[c]);
      (in_period ? hits : other).emplace_back(CellRef{e.table, e.row, c}, periods[c]);
    }
  }
  for (const auto& [cell, period] : hits) {
    if (!agrees(cell)) continue;
    out.kind = LinkResult::Kind::kVerified;
    out.cell = cell;
    out.period = period;
    out.strong = true;
    return out;
  }
  if (hits.empty()) {
    out.reason = "no row of the segment " + what + " shows it";
    return out;
  }
  out.found_rows = true;
  std::vector<std::pair<CellRef, Period>> bindable =
      Bindable(q, hits, [](const auto& hit) { return hit.second; });
  const auto& [bound, period] = bindable[0];
  for (const auto& [cell, p] : bindable) {
    if (!(p == period) || !(cell.GetAmount().value == bound.GetAmount().value)) {
      out.reason = "the rows of the segment " + what + " show different values or periods";
      return out;
    }
  }
  if (!q.may_mismatch) {
    out.reason =
        "the figure differs from the segment's row, but the sentence does not state it "
        "as that amount";
    return out;
  }
  for (const auto& [cell, p] : other) {
    if (agrees(cell)) {
      out.reason = "it agrees with the segment's row (" + DescribePeriod(p) + ")";
      return out;
    }
  }
  std::string elsewhere = AgreesInRow(q.figure, bound);
  if (elsewhere.empty()) {
    elsewhere = AgreesElsewhere(q.figure, q.subject, q.extra, {period}, bound);
  }
  if (!elsewhere.empty()) {
    out.reason = elsewhere;
    return out;
  }
  out.cell = bound;
  out.period = period;
  out.strong = true;
  for (int shift : {-6, -3, 3, 6}) {
    if (CompareFigure(q.figure, bound.GetAmount(), shift) == CellMatch::kRounds) {
      out.kind = LinkResult::Kind::kScale;
      out.reason = "it is " + bound.GetRow().label + " read 10^" + std::to_string(shift) +
                   " off: the table's unit is in doubt";
      return out;
    }
  }
  out.kind = LinkResult::Kind::kMismatch;
  return out;
}

std::optional<std::pair<CellRef, Period>> RowLinker::NamedCell(
    const std::vector<std::string>& words, ValueKind kind,
    const std::vector<Period>& periods) const {
  auto rows = by_word_.find(Head(words));
  std::set<std::string> said = Content(Normalize(words));
  if (rows == by_word_.end() || said.empty()) return std::nullopt;
  std::optional<std::pair<CellRef, Period>> found;
  for (size_t index : rows->second) {
    const Entry& e = entries_[index];
    if (e.repeat || e.kind != kind || !Strong(shapes_[e.shape], said)) continue;
    const Row& row = e.table->rows[e.row];
    const std::vector<Period>& columns = columns_.at(e.table);
    for (size_t c = 0; c < row.cells.size() && c < columns.size(); ++c) {
      if (!row.cells[c].amount || !Dated(columns[c])) continue;
      bool in_period = false;
      for (const Period& p : periods) in_period = in_period || ColumnMatches(p, columns[c]);
      if (!in_period) continue;
      CellRef cell{e.table, e.row, c};
      if (!found) {
        found = std::make_pair(cell, columns[c]);
      } else if (!(found->second == columns[c]) ||
                 !(found->first.GetAmount().value == cell.GetAmount().value)) {
        return std::nullopt;  // two values: which one the words name is in doubt
      }
    }
  }
  return found;
}

LinkResult RowLinker::LinkRatio(const LinkRequest& q) const {
  LinkResult out;
  if (q.figure.unit != FigureUnit::kPercent) return out;
  std::set<std::string> said = Content(Normalize(q.subject));
  // The rows of one alternative, summed, in the column of `at` of `table` (any table when
  // null): their value and rounding, and how the formula writes them.
  auto sum = [&](const std::vector<std::vector<std::string>>& rows,
                 const std::vector<Period>& periods, const Table* table,
                 std::optional<std::pair<CellRef, Period>>* first, Shown* total,
                 std::string* formula) {
    *total = Shown{};
    formula->clear();
    for (const auto& words : rows) {
      auto cell = NamedCell(words, ValueKind::kMoney, periods);
      if (!cell || (table && cell->first.table != table) ||
          (*first && !(cell->second == (*first)->second))) {
        return false;
      }
      if (!*first) *first = cell;
      Shown s = ShownOf(cell->first.GetAmount());
      total->value = total->value + s.value.Abs();
      total->half = total->half + s.half;
      *formula += (formula->empty() ? "" : " + ") + s.value.Abs().ToDisplay() + " (" +
                  cell->first.GetRow().label + ")";
    }
    return true;
  };
  for (const RatioDefinition& d : vocab_.ratios) {
    bool named = false;
    for (const auto& name : d.names) named = named || Content(Normalize(name)) == said;
    if (!named) continue;
    for (const Period& p : q.periods) {
      for (const auto& numerator : d.numerators) {
        std::optional<std::pair<CellRef, Period>> first;
        Shown num, den;
        std::string top, bottom;
        if (!sum(numerator, {p}, nullptr, &first, &num, &top)) continue;
        for (const auto& denominator : d.denominators) {
          std::optional<std::pair<CellRef, Period>> at = first;
          if (!sum(denominator, {first->second}, first->first.table, &at, &den, &bottom)) {
            continue;
          }
          if (den.value.is_zero() || CheckShare(num, den, q.figure) != ArithmeticOutcome::kHolds) {
            continue;
          }
          out.kind = LinkResult::Kind::kVerified;
          out.cell = first->first;
          out.period = first->second;
          out.note =
              "by arithmetic: " + top + " / (" + bottom + "), " + DescribePeriod(first->second);
          return out;
        }
      }
    }
  }
  return out;
}

LinkResult RowLinker::LinkSum(const LinkRequest& q, const std::vector<std::string>& list) const {
  LinkResult out;
  // The nouns between "and"s, at most five: each way of joining neighbours into parts.
  std::vector<std::vector<std::string>> units(1);
  for (const std::string& w : list) {
    if (w == "and" || w == "or") {
      if (!units.back().empty()) units.emplace_back();
    } else {
      units.back().push_back(w);
    }
  }
  if (units.back().empty()) units.pop_back();
  if (units.size() < 2 || units.size() > 5 || q.figure.unit != FigureUnit::kMoney) return out;
  size_t n = units.size();
  for (unsigned cuts = (1u << (n - 1)) - 1;; --cuts) {  // every cut first: the most parts
    std::vector<std::vector<std::string>> parts(1);
    for (size_t i = 0; i < n; ++i) {
      parts.back().insert(parts.back().end(), units[i].begin(), units[i].end());
      if (i + 1 < n && (cuts >> i & 1u)) parts.emplace_back();
    }
    if (parts.size() >= 2) {
      Decimal total, slack;
      std::string formula;
      std::optional<std::pair<CellRef, Period>> first;
      bool named = true;
      for (const auto& part : parts) {
        auto cell = NamedCell(part, ValueKind::kMoney, q.periods);
        if (!cell || (first && !(cell->second == first->second)) ||
            (cell->first.table->scale == 0 && cell->first.table->scale_note.empty())) {
          named = false;
          break;
        }
        if (!first) first = cell;
        const Amount& a = cell->first.GetAmount();
        total = total + a.value.Abs();
        slack = slack + a.HalfUnit();
        formula += (formula.empty() ? "" : " + ") + a.value.Abs().ToDisplay() + " (" +
                   cell->first.GetRow().label + ")";
      }
      Decimal half = Decimal(5, q.figure.precision - 1);
      if (named && first && (total - q.figure.value.Abs()).Abs() < half + slack) {
        out.kind = LinkResult::Kind::kVerified;
        out.cell = first->first;
        out.period = first->second;
        out.note = "by arithmetic: " + formula + " = " + total.ToDisplay() + ", " +
                   DescribePeriod(first->second);
        return out;
      }
    }
    if (cuts == 0) break;
  }
  return out;
}

LinkResult RowLinker::LinkChange(const LinkRequest& q) const {
  LinkResult out;
  std::string head = Head(q.subject);
  auto rows = by_word_.find(head);
  if (head.empty() || rows == by_word_.end()) {
    out.reason = "a change between periods, and no row is labelled \"" + Join(q.subject) + "\"";
    return out;
  }
  bool percent = q.figure.unit == FigureUnit::kPercent;
  std::set<std::string> said = Content(Normalize(q.subject));
  Decimal stated = q.figure.value.Abs();
  Decimal half = Decimal(5, q.figure.precision - 1);
  Decimal hundred = Decimal::FromInt(100);
  std::unordered_map<size_t, bool> strong_of;  // shape -> Strong, computed once per shape
  for (size_t index : rows->second) {
    const Entry& e = entries_[index];
    if (e.repeat) continue;  // its first copy verifies the same, first
    const Row& row = e.table->rows[e.row];
    // Only the row the subject names: "net sales increased 20%" is not cost of sales.
    if (e.kind == ValueKind::kPercent) continue;
    auto [known, added] = strong_of.try_emplace(e.shape, false);
    if (added) known->second = Strong(shapes_[e.shape], said);
    if (!known->second) continue;
    if (!percent && e.kind != KindOf(q.figure.unit)) continue;
    const std::vector<Period>& periods = columns_.at(e.table);
    for (size_t c1 = 0; c1 < row.cells.size() && c1 < periods.size(); ++c1) {
      if (!row.cells[c1].amount || !Dated(periods[c1])) continue;
      bool in_period = false;
      for (const Period& p : q.periods) in_period = in_period || ColumnMatches(p, periods[c1]);
      if (!in_period) continue;
      for (size_t c2 = 0; c2 < row.cells.size() && c2 < periods.size(); ++c2) {
        const Period& a = periods[c1];
        const Period& b = periods[c2];
        if (c2 == c1 || !row.cells[c2].amount || b.kind != a.kind || b.months != a.months) continue;
        long gap = DayNumber(DateOf(a)) - DayNumber(DateOf(b));
        bool prior = a.kind == Period::Kind::kInstant
                         ? gap > 7
                         : (gap >= 358 && gap <= 372) || (a.months == 3 && gap >= 84 && gap <= 98);
        if (!prior) continue;
        const Amount& x = *row.cells[c1].amount;
        const Amount& y = *row.cells[c2].amount;
        // "increased 51%" is no decrease of 50.7%: the amount (a loss or an outflow by its
        // size) moves the way the words say.
        if (q.direction != 0 && x.value.is_negative() == y.value.is_negative()) {
          int grew = x.value.Abs() < y.value.Abs() ? -1 : (y.value.Abs() < x.value.Abs() ? 1 : 0);
          if (grew != q.direction) continue;
        }
        Decimal d = (x.value - y.value).Abs();
        Decimal hd = x.HalfUnit() + y.HalfUnit();
        bool holds = false;
        if (percent) {
          Decimal base = y.value.Abs();
          // A base shown in fewer than two digits ("(1)" in millions) gives no percentage.
          if (base < y.HalfUnit() * Decimal::FromInt(20)) continue;
          Decimal lo = stated - half, hi = stated + half;
          Decimal dmin = d > hd ? d - hd : Decimal();
          holds = CompareQuotient(dmin * hundred, base + y.HalfUnit(), hi) < 0 &&
                  CompareQuotient((d + hd) * hundred, base - y.HalfUnit(), lo) >= 0;
        } else {
          for (int s : TableShifts(q.figure, *e.table)) {
            Decimal ds = d.Shifted(s), hs = hd.Shifted(s);
            // The cells' rounding must be small beside the change, or any change would do.
            if (hs * Decimal::FromInt(4) >= stated) continue;
            holds = holds || (ds - stated).Abs() < half + hs;
          }
        }
        if (!holds) continue;
        out.kind = LinkResult::Kind::kVerified;
        out.cell = CellRef{e.table, e.row, c1};
        out.period = a;
        out.note = std::string("by arithmetic: ") + (percent ? "(" : "") + x.value.ToDisplay() +
                   " - " + y.value.ToDisplay() +
                   (percent ? ") / " + y.value.Abs().ToDisplay() : "") + ", " + DescribePeriod(a) +
                   " against " + DescribePeriod(b);
        return out;
      }
    }
  }
  out.reason = "a change between periods that no row labelled \"" + Join(q.subject) + "\" shows";
  return out;
}

}  // namespace tieout
