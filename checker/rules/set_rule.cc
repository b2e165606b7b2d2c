#include "checker/rules/set_rule.h"

namespace tieout {

void SetResults::AddCheck(const RuleSpec& rule, CheckResult::Status status, SetLocation where,
                          std::string detail) {
  CheckResult c;
  c.rule = rule.id;
  c.status = status;
  c.file = where.doc->name;
  c.line = where.line;
  c.column = where.column;
  c.detail = std::move(detail);
  c.across = true;
  report_->checks.push_back(std::move(c));
}

void SetResults::Pass(const RuleSpec& rule, SetLocation where, std::string detail) {
  AddCheck(rule, CheckResult::Status::kPass, where, std::move(detail));
}

void SetResults::Skip(const RuleSpec& rule, SetLocation where, std::string detail) {
  AddCheck(rule, CheckResult::Status::kSkip, where, std::move(detail));
}

void SetResults::Fail(const RuleSpec& rule, SetLocation where, std::string detail,
                      const Failure& failure) {
  AddCheck(rule, CheckResult::Status::kFail, where, std::move(detail));
  Finding f;
  f.rule = rule.id;
  f.severity = failure.severity.value_or(rule.severity);
  f.check = static_cast<int>(report_->checks.size()) - 1;
  f.file = where.doc->name;
  f.path = where.doc->path;
  f.line = where.line;
  f.column = where.column;
  f.message = FillTemplate(rule.message, failure.values);
  f.expected = failure.expected;
  f.actual = failure.actual;
  f.difference = failure.difference;
  for (const auto& [loc, what] : failure.related) {
    f.related.push_back(RelatedLocation{loc.doc->name, loc.line, loc.column, what, loc.doc->path});
  }
  f.across = true;
  report_->findings.push_back(std::move(f));
}

std::string ShortName(const DocumentRecord& doc) {
  size_t slash = doc.name.find_last_of('/');
  return slash == std::string::npos ? doc.name : doc.name.substr(slash + 1);
}

}  // namespace tieout
