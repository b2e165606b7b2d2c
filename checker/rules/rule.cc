#include "checker/rules/rule.h"

#include <algorithm>

#include "checker/base/utf8.h"
#include "checker/document/period.h"

namespace tieout {

namespace {

std::string FileOf(const Document& doc) { return doc.name.empty() ? doc.source->path() : doc.name; }

// The 1-based index of the table whose span holds the offset, or 0.
int TableAt(const Document& doc, uint64_t offset) {
  // Tables are in document order: the last one starting at or before the offset.
  auto it = std::upper_bound(doc.tables.begin(), doc.tables.end(), offset,
                             [](uint64_t o, const Table& t) { return o < t.span.begin; });
  if (it == doc.tables.begin()) return 0;
  --it;
  return offset < it->span.end ? static_cast<int>(it - doc.tables.begin()) + 1 : 0;
}

// The 1-based byte column `column` of `line` in Unicode code points; 0 when it is off the line.
int CodePointColumn(std::string_view line, int column) {
  if (column < 1 || static_cast<size_t>(column - 1) > line.size()) return 0;
  return CodePoints(line.substr(0, static_cast<size_t>(column - 1))) + 1;
}

}  // namespace

CheckResult Results::Check(const RuleSpec& rule, CheckResult::Status status, SourceSpan where,
                           std::string detail) const {
  CheckResult c;
  c.rule = rule.id;
  c.status = status;
  c.file = FileOf(doc_);
  Location at = doc_.Locate(where.begin);
  c.line = at.line;
  // A check about the whole document points at no figure.
  if (where.begin != doc_.span.begin || where.end != doc_.span.end) {
    c.column = at.column;
    if (where.end > where.begin) {
      Location end = doc_.Locate(where.end - 1);
      if (end.line == at.line) c.end_column = end.column + 1;
    }
  }
  c.table = TableAt(doc_, where.begin);
  c.detail = std::move(detail);
  return c;
}

void Results::Pass(const RuleSpec& rule, SourceSpan where, std::string detail) {
  report_->checks.push_back(Check(rule, CheckResult::Status::kPass, where, std::move(detail)));
}

void Results::Skip(const RuleSpec& rule, std::string detail) {
  CheckResult c = Check(rule, CheckResult::Status::kSkip, doc_.span, std::move(detail));
  c.table = 0;
  report_->checks.push_back(std::move(c));
}

void Results::Skip(const RuleSpec& rule, SourceSpan where, std::string detail) {
  CheckResult c = Check(rule, CheckResult::Status::kSkip, where, std::move(detail));
  c.table = 0;
  report_->checks.push_back(std::move(c));
}

void Results::AddCoverage(const NarrativeCoverage& coverage) {
  report_->narrative.Add(coverage);
  if (!report_->documents.empty()) report_->documents.back().narrative.Add(coverage);
}

void Results::Fail(const RuleSpec& rule, SourceSpan where, std::string detail,
                   const Failure& failure) {
  CheckResult c = Check(rule, CheckResult::Status::kFail, where, std::move(detail));
  report_->checks.push_back(c);
  AddFinding(rule, where, failure);
}

void Results::AddFinding(const RuleSpec& rule, SourceSpan where, const Failure& failure) {
  Location loc = doc_.Locate(where.begin);
  Finding f;
  f.rule = rule.id;
  f.severity = rule.severity;
  // The check recorded last: Fail's own, or the one the caller recorded for this finding.
  f.check = static_cast<int>(report_->checks.size()) - 1;
  f.file = FileOf(doc_);
  f.path = doc_.source->path();
  f.line = loc.line;
  f.column = loc.column;
  f.table = TableAt(doc_, where.begin);
  f.message = FillTemplate(rule.message, failure.values);
  f.expected = failure.expected;
  f.actual = failure.actual;
  f.difference = failure.difference;
  // A long line (HTML often holds a whole release on one) is shown as a window around the
  // figure.
  constexpr int kBefore = 60, kWidth = 160;
  std::string_view line = doc_.source->Line(loc.line);
  f.code_point_column = CodePointColumn(line, loc.column);
  if (static_cast<int>(line.size()) <= kWidth) {
    f.source_line = std::string(line);
    f.source_column = loc.column;
  } else {
    int from = std::max(0, loc.column - 1 - kBefore);
    f.source_line = std::string(line.substr(from, kWidth));
    f.source_column = loc.column - from;
  }
  for (const auto& [span, what] : failure.related) {
    Location r = doc_.Locate(span.begin);
    f.related.push_back(RelatedLocation{FileOf(doc_), r.line, r.column, what, "",
                                        CodePointColumn(doc_.source->Line(r.line), r.column)});
  }
  report_->findings.push_back(std::move(f));
}

std::string FillTemplate(const std::string& text,
                         const std::map<std::string, std::string>& values) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string::npos) {
        auto it = values.find(text.substr(i + 1, close - i - 1));
        if (it != values.end()) {
          // A period at an instant brings its own preposition: "in {column}" with "at Jun 30,
          // 2019" reads "at Jun 30, 2019", not "in at Jun 30, 2019".
          bool after_in = out.size() >= 3 && out.compare(out.size() - 3, 3, "in ") == 0 &&
                          (out.size() == 3 || out[out.size() - 4] == ' ');
          if (it->second.rfind("at ", 0) == 0 && after_in) {
            out.resize(out.size() - 3);
          }
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

std::string ColumnName(const Table& table, size_t column) {
  const Column& c = table.columns[column];
  std::string p = DescribePeriod(c.period);
  if (c.period.kind != Period::Kind::kUnknown && c.period.year > 0) return p;
  if (!c.header.empty()) return c.header;
  if (!p.empty()) return p;
  return "column " + std::to_string(column + 1);
}

bool WithinTolerance(const Decimal& computed, const Decimal& computed_half, const Decimal& shown,
                     const Decimal& shown_half) {
  Decimal diff = (computed - shown).Abs();
  return diff <= computed_half + shown_half;
}

}  // namespace tieout
