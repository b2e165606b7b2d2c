#include "checker/report/junit_reporter.h"

#include <map>
#include <utility>
#include <vector>

#include "checker/report/check_findings.h"
#include "checker/report/markup.h"

namespace tieout {
namespace {

struct Case {
  const CheckResult* check;
  std::vector<const Finding*> findings;  // those that report on this check
};

struct Suite {
  std::vector<Case> cases;
  int failures = 0, skipped = 0;
};

void WriteCase(const Case& c, std::ostream& out) {
  const CheckResult& k = *c.check;
  out << "    <testcase classname=\"" << XmlEscape(k.rule.str()) << "\" name=\""
      << XmlEscape(k.file + ":" + std::to_string(k.line) + ": " + k.detail) << "\"";
  const Finding* active = nullptr;
  const Finding* suppressed = nullptr;
  for (const Finding* f : c.findings) (f->suppression ? suppressed : active) = f;
  if (k.status == CheckResult::Status::kPass) {
    out << "/>\n";
  } else if (k.status == CheckResult::Status::kSkip) {
    out << ">\n      <skipped message=\"" << XmlEscape(k.detail.view())
        << "\"/>\n    </testcase>\n";
  } else if (active == nullptr && suppressed != nullptr) {
    out << ">\n      <skipped message=\""
        << XmlEscape("suppressed: " + suppressed->suppression->reason) << "\"/>\n    </testcase>\n";
  } else {
    std::string message = active ? active->message : k.detail.str();
    const char* type = active ? SeverityName(active->severity) : "error";
    out << ">\n      <failure message=\"" << XmlEscape(message) << "\" type=\"" << type << "\">"
        << XmlEscape(k.detail.view());
    if (active && !active->expected.empty()) {
      out << XmlEscape("\nexpected " + active->expected + ", found " + active->actual);
    }
    out << "</failure>\n    </testcase>\n";
  }
}

bool Fails(const Case& c) {
  if (c.check->status != CheckResult::Status::kFail) return false;
  if (c.findings.empty()) return true;
  for (const Finding* f : c.findings) {
    if (!f->suppression) return true;
  }
  return false;
}

void WriteJunit(const Report& report, std::ostream& out) {
  std::vector<std::vector<const Finding*>> findings = FindingsByCheck(report);
  std::vector<std::string> order;
  std::map<std::string, Suite> suites;
  for (size_t i = 0; i < report.checks.size(); ++i) {
    const CheckResult& k = report.checks[i];
    if (!suites.count(k.file)) order.push_back(k.file);
    Suite& suite = suites[k.file];
    Case c{&k, std::move(findings[i])};
    if (Fails(c)) ++suite.failures;
    if (k.status != CheckResult::Status::kPass && !Fails(c)) ++suite.skipped;
    suite.cases.push_back(std::move(c));
  }
  int tests = 0, failures = 0, skipped = 0;
  for (const auto& [name, suite] : suites) {
    tests += static_cast<int>(suite.cases.size());
    failures += suite.failures;
    skipped += suite.skipped;
  }
  const int errors = static_cast<int>(report.errors.size());
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"tieout\" tests=\"" << tests + errors << "\" failures=\"" << failures
      << "\" errors=\"" << errors << "\" skipped=\"" << skipped << "\">\n";
  for (const std::string& name : order) {
    const Suite& suite = suites[name];
    out << "  <testsuite name=\"" << XmlEscape(name) << "\" tests=\"" << suite.cases.size()
        << "\" failures=\"" << suite.failures << "\" errors=\"0\" skipped=\"" << suite.skipped
        << "\">\n";
    for (const Case& c : suite.cases) WriteCase(c, out);
    out << "  </testsuite>\n";
  }
  if (errors > 0) {
    out << "  <testsuite name=\"input\" tests=\"" << errors << "\" failures=\"0\" errors=\""
        << errors << "\" skipped=\"0\">\n";
    for (const InputError& e : report.errors) {
      out << "    <testcase classname=\"input\" name=\"" << XmlEscape(e.file) << "\">\n"
          << "      <error message=\"" << XmlEscape(e.message) << "\"/>\n    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (AppendMarkupEntity(c, &out)) continue;
    switch (c) {
      case '"':
        out += "&quot;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\t':
        out += "&#9;";
        break;
      default:
        if (u >= 0x20) out.push_back(c);  // other control characters are not XML 1.0
    }
  }
  return out;
}

void JunitReporter::Write(const Report& report, std::ostream& out, const ReportOptions&) const {
  WriteAsUtf8(out, [&](std::ostream& bytes) { WriteJunit(report, bytes); });
}

}  // namespace tieout
