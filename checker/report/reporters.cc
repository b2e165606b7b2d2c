#include "checker/report/reporters.h"

#include <memory>

#include "checker/base/registry.h"
#include "checker/report/github_reporter.h"
#include "checker/report/html_reporter.h"
#include "checker/report/json_reporter.h"
#include "checker/report/junit_reporter.h"
#include "checker/report/markdown_reporter.h"
#include "checker/report/sarif_reporter.h"
#include "checker/report/text_reporter.h"

namespace tieout {
namespace {

// The registration list: one line per output format, the default first.
std::vector<std::unique_ptr<const Reporter>> MakeReporters() {
  std::vector<std::unique_ptr<const Reporter>> all;
  all.push_back(std::make_unique<TextReporter>());
  all.push_back(std::make_unique<JsonReporter>());
  all.push_back(std::make_unique<SarifReporter>());
  all.push_back(std::make_unique<JunitReporter>());
  all.push_back(std::make_unique<GithubReporter>());
  all.push_back(std::make_unique<MarkdownReporter>());
  all.push_back(std::make_unique<HtmlReporter>());
  return all;
}

}  // namespace

#ifndef TIEOUT_VERSION
#define TIEOUT_VERSION "0.0.0"
#endif

const char* ToolVersion() { return TIEOUT_VERSION; }

const std::vector<const Reporter*>& Reporters() {
  static const std::vector<std::unique_ptr<const Reporter>> owned = MakeReporters();
  static const std::vector<const Reporter*> list = PointersOf(owned);
  return list;
}

const Reporter* FindReporter(std::string_view name) {
  for (const Reporter* r : Reporters()) {
    if (name == r->name()) return r;
  }
  return nullptr;
}

std::string ReporterNames(std::string_view separator) {
  std::string out;
  for (const Reporter* r : Reporters()) {
    if (!out.empty()) out += separator;
    out += r->name();
  }
  return out;
}

}  // namespace tieout
