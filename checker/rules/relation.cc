#include "checker/rules/relation.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace tieout {

bool ParseRelation(const std::string& text, Relation* out, std::string* error) {
  Relation r;
  r.text = text;
  std::vector<Term>* side = &r.left;
  int sign = 1;
  bool expect_term = true;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      if (!expect_term) {
        *error = "expected '+', '-' or '==' before '" + text.substr(i) + "'";
        return false;
      }
      size_t j = i;
      while (j < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) {
        ++j;
      }
      side->push_back(Term{sign, text.substr(i, j - i)});
      sign = 1;
      expect_term = false;
      i = j;
    } else if (c == '+' || c == '-') {
      if (c == '-') sign = -sign;
      expect_term = true;
      ++i;
    } else if (c == '=' && i + 1 < text.size() && text[i + 1] == '=') {
      if (side == &r.right) {
        *error = "more than one '=='";
        return false;
      }
      if (expect_term) {
        *error = "a term is missing before '=='";
        return false;
      }
      side = &r.right;
      sign = 1;
      expect_term = true;
      i += 2;
    } else {
      *error = std::string("unexpected character '") + c + "'";
      return false;
    }
  }
  if (side != &r.right) {
    *error = "no '==' in the equation";
    return false;
  }
  if (expect_term) {
    *error = "a term is missing at the end";
    return false;
  }
  *out = std::move(r);
  return true;
}

namespace {

// Whether the rows of a relation stand together in a column (see Relation::contiguous): the
// figures between two of its rows are exactly the parts of the later one. A subtotal among them
// stands for the figures it closes (the run just above it that sums to it): "Total
// shareholders' equity" and "Noncontrolling interests" make "Total equity".
bool Contiguous(const Table& table, const std::vector<const Row*>& rows, size_t c) {
  std::vector<size_t> at;
  for (const Row* r : rows) at.push_back(static_cast<size_t>(r - table.rows.data()));
  std::sort(at.begin(), at.end());
  for (size_t k = 0; k + 1 < at.size(); ++k) {
    const Amount& later = *table.rows[at[k + 1]].cells[c].amount;
    std::vector<const Amount*> items;  // the parts so far, subtotals standing for theirs
    for (size_t i = at[k] + 1; i < at[k + 1]; ++i) {
      const Row& row = table.rows[i];
      if (row.is_heading || c >= row.cells.size() || !row.cells[c].amount) continue;
      const Amount& a = *row.cells[c].amount;
      Decimal sum, half;
      size_t closes = 0;
      for (size_t n = 1; n <= items.size(); ++n) {
        sum = sum + items[items.size() - n]->value;
        half = half + items[items.size() - n]->HalfUnit();
        if (n >= 2 && WithinTolerance(sum, half, a.value, a.HalfUnit())) {
          closes = n;
          break;
        }
      }
      items.resize(items.size() - closes);
      items.push_back(&a);
    }
    if (items.empty()) continue;
    Decimal sum, half;
    for (const Amount* a : items) {
      sum = sum + a->value;
      half = half + a->HalfUnit();
    }
    if (!WithinTolerance(sum, half, later.value, later.HalfUnit())) return false;
  }
  return true;
}

}  // namespace

void CheckRelation(const RuleSpec& spec, const Relation& relation, const Document& doc,
                   const RuleContext& context, Results* results) {
  const Concepts& concepts = context.concepts;
  std::vector<const Term*> terms;
  for (const Term& t : relation.left) terms.push_back(&t);
  for (const Term& t : relation.right) terms.push_back(&t);
  std::set<std::string> missing_everywhere;
  for (const Term* t : terms) missing_everywhere.insert(t->concept_name);
  int evaluated = 0;
  bool apart = false;  // a table had every concept, with other lines between them
  for (const Table& table : doc.tables) {
    // The first term's first row; for every other term, of the rows it labels, the one
    // nearest to that row ("Total equity" just above the balance sheet total rather than
    // "Total shareholders' equity" above the noncontrolling interests).
    std::vector<const Row*> rows;
    for (const Term* t : terms) {
      const Row* row = nullptr;
      if (rows.empty() || !rows[0]) {
        row = concepts.FindRow(table, t->concept_name);
      } else {
        auto distance = [&](const Row* r) { return r > rows[0] ? r - rows[0] : rows[0] - r; };
        for (const Row* r : concepts.FindRows(table, t->concept_name)) {
          if (r != rows[0] && (!row || distance(r) < distance(row))) row = r;
        }
      }
      if (row) missing_everywhere.erase(t->concept_name);
      rows.push_back(row);
    }
    bool complete = true;
    for (const Row* row : rows) complete &= row != nullptr;
    if (!complete) continue;

    for (size_t c = 0; c < table.columns.size(); ++c) {
      bool all = true;
      for (const Row* row : rows) all &= row->cells[c].amount.has_value();
      if (!all) continue;
      if (relation.contiguous && !Contiguous(table, rows, c)) {
        apart = true;
        results->Skip(spec, rows[0]->label + " (" + ColumnName(table, c) +
                                "): other lines stand between the rows of " + relation.text);
        continue;
      }
      ++evaluated;
      // left - right, as shown; expected value of the first left term from the others.
      Decimal others, half;
      const Amount& first = *rows[0]->cells[c].amount;
      std::string formula;
      for (size_t k = 0; k < terms.size(); ++k) {
        const Amount& a = *rows[k]->cells[c].amount;
        half = half + a.HalfUnit();
        if (k == 0) continue;
        bool on_left = k < relation.left.size();
        // first*s0 + sum(left others) = sum(right)  =>  first = s0 * (sum(right) - sum(left
        // others))
        int s = terms[k]->sign * (on_left ? -1 : 1);
        others = s > 0 ? others + a.value : others - a.value;
        if (!formula.empty() || s < 0) formula += s > 0 ? " + " : " - ";
        formula += a.value.ToDisplay();
      }
      Decimal expected = terms[0]->sign > 0 ? others : -others;
      std::string column = ColumnName(table, c);
      std::string detail = rows[0]->label + " (" + column + "): " + formula + " = " +
                           expected.ToDisplay() + ", shown " + first.value.ToDisplay();
      Decimal first_half = first.HalfUnit();
      if (WithinTolerance(expected, half - first_half, first.value, first_half)) {
        results->Pass(spec, rows[0]->cells[c].span, detail);
        continue;
      }
      Results::Failure f;
      f.expected = expected.ToDisplay();
      f.actual = first.value.ToDisplay();
      f.difference = (first.value - expected).ToDisplay();
      f.values = {{"equation", relation.text}, {"row", rows[0]->label},
                  {"column", column},          {"expected", f.expected},
                  {"actual", f.actual},        {"difference", f.difference}};
      for (size_t k = 1; k < rows.size(); ++k) {
        f.related.emplace_back(rows[k]->cells[c].span,
                               rows[k]->label + " " + rows[k]->cells[c].amount->value.ToDisplay());
      }
      results->Fail(spec, rows[0]->cells[c].span, detail, f);
    }
  }
  if (evaluated == 0 && !apart) {
    std::string detail;
    if (!missing_everywhere.empty()) {
      detail = "not found in any table:";
      for (const std::string& m : missing_everywhere) detail += " " + m;
    } else {
      detail = "no table shows all of " + relation.text;
    }
    results->Skip(spec, detail);
  }
}

}  // namespace tieout
