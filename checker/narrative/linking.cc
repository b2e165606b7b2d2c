// Linking a figure to the rows its subject names: the index of rows by their words, and Link.
#include "checker/narrative/linking.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "checker/narrative/arithmetic.h"
#include "checker/narrative/grammar.h"
#include "checker/narrative/linking_internal.h"
#include "checker/narrative/periods.h"

namespace tieout {
namespace {

using linking::Bindable;
using linking::Contains;
using linking::Dated;
using linking::Join;

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

}  // namespace tieout
