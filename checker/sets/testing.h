// Records made by hand for the tests of the rules across documents.
#ifndef TIEOUT_SETS_TESTING_H_
#define TIEOUT_SETS_TESTING_H_

#include <string>
#include <vector>

#include "checker/sets/document_set.h"

namespace tieout::settest {

inline Period Months(int months, int year, int month, int day) {
  Period p;
  p.kind = Period::Kind::kDuration;
  p.months = months;
  p.year = year;
  p.month = month;
  p.day = day;
  return p;
}

inline Period At(int year, int month, int day) {
  Period p;
  p.kind = Period::Kind::kInstant;
  p.year = year;
  p.month = month;
  p.day = day;
  return p;
}

// A figure shown to the unit: "1,234" is 1234 at precision 0.
inline Amount Units(long long v) {
  Amount a;
  a.value = Decimal::FromInt(v);
  return a;
}

inline DocumentRecord Record(const std::string& name) {
  DocumentRecord r;
  r.name = name;
  r.path = name;
  r.folder = "f";
  r.company_key = "acme";
  return r;
}

// Adds a row with one cell per period, on `line`, the cells at columns 40, 50, ...
inline RecordRow& AddRow(DocumentRecord* r, StatementKind statement, const std::string& label,
                         const std::vector<std::pair<Period, long long>>& cells, int line,
                         ValueKind kind = ValueKind::kMoney) {
  RecordRow row;
  row.statement = statement;
  row.label = label;
  row.key = std::string(StatementKindName(statement)) + "||" + label;
  row.kind = kind;
  row.table = 1;
  int column = 40;
  for (const auto& [period, value] : cells) {
    row.cells.push_back(RecordCell{Units(value), period, line, column, false});
    column += 10;
  }
  r->rows.push_back(std::move(row));
  return r->rows.back();
}

inline DocumentSet SetOf(const std::vector<const DocumentRecord*>& docs) {
  return DocumentSet{"acme in f", docs};
}

}  // namespace tieout::settest

#endif  // TIEOUT_SETS_TESTING_H_
