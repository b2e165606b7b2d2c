#include "checker/result/report.h"

#include <iterator>
#include <utility>

namespace tieout {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
}

bool ParseSeverity(const std::string& name, Severity* out) {
  if (name == "error")
    *out = Severity::kError;
  else if (name == "warning")
    *out = Severity::kWarning;
  else if (name == "note")
    *out = Severity::kNote;
  else
    return false;
  return true;
}

const char* SuppressionSourceName(Suppression::Source s) {
  switch (s) {
    case Suppression::Source::kInline:
      return "inline";
    case Suppression::Source::kConfig:
      return "config";
    case Suppression::Source::kBaseline:
      return "baseline";
  }
  return "inline";
}

const char* CheckStatusName(CheckResult::Status s) {
  switch (s) {
    case CheckResult::Status::kPass:
      return "pass";
    case CheckResult::Status::kFail:
      return "fail";
    case CheckResult::Status::kSkip:
      return "skip";
  }
  return "pass";
}

Report::Summary Report::Summarize() const {
  Summary s;
  for (const CheckResult& c : checks) {
    ++s.checks;
    if (c.status == CheckResult::Status::kPass) ++s.passed;
    if (c.status == CheckResult::Status::kFail) ++s.failed;
    if (c.status == CheckResult::Status::kSkip) ++s.skipped;
  }
  for (const Finding& f : findings) {
    if (f.suppression) {
      ++s.suppressed;
      continue;
    }
    if (f.severity == Severity::kError) ++s.errors;
    if (f.severity == Severity::kWarning) ++s.warnings;
    if (f.severity == Severity::kNote) ++s.notes;
  }
  return s;
}

bool Report::HasFindingsAtOrAbove(Severity threshold) const {
  for (const Finding& f : findings) {
    if (f.suppression) continue;
    if (static_cast<int>(f.severity) <= static_cast<int>(threshold)) return true;
  }
  return false;
}

namespace {

template <typename T>
void MoveAppend(std::vector<T>* to, std::vector<T>* from) {
  if (to->empty()) {
    *to = std::move(*from);
  } else {
    to->insert(to->end(), std::make_move_iterator(from->begin()),
               std::make_move_iterator(from->end()));
  }
  from->clear();
}

// Checks move a block at a time: the part's blocks are let go as they are emptied.
void MoveAppend(std::deque<CheckResult>* to, std::deque<CheckResult>* from) {
  if (to->empty()) {
    *to = std::move(*from);
  } else {
    for (; !from->empty(); from->pop_front()) to->push_back(std::move(from->front()));
  }
  from->clear();
}

}  // namespace

void Report::Append(Report&& part) {
  const int shift = static_cast<int>(checks.size());
  for (Finding& f : part.findings) {
    if (f.check >= 0) f.check += shift;
  }
  MoveAppend(&documents, &part.documents);
  MoveAppend(&checks, &part.checks);
  MoveAppend(&findings, &part.findings);
  MoveAppend(&errors, &part.errors);
  MoveAppend(&left_out, &part.left_out);
  MoveAppend(&inline_scopes, &part.inline_scopes);
  narrative.Add(part.narrative);
}

}  // namespace tieout
