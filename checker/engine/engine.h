// Running the rules over documents and files, collecting checks, findings and input errors.
#ifndef TIEOUT_ENGINE_ENGINE_H_
#define TIEOUT_ENGINE_ENGINE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/result/report.h"
#include "checker/rules/rule_set.h"
#include "checker/sets/document_set.h"

namespace tieout {

// The PATH that means standard input, and the name its findings carry.
inline constexpr char kStdinPath[] = "-";
inline constexpr char kStdinName[] = "<stdin>";

class Engine {
 public:
  explicit Engine(std::shared_ptr<const RuleSet> rules) : rules_(std::move(rules)) {}

  // Runs every rule on one document and appends its summary, checks and findings. With
  // `records`, also appends the document's record for the checks across documents (the
  // document itself need not outlive the call).
  void CheckDocument(const Document& doc, Report* report,
                     std::vector<DocumentRecord>* records = nullptr) const;
  // Reads a file and checks each document in it; "-" reads standard input, named "<stdin>".
  // A file that cannot be read is recorded as an input error in the report; the caller goes on
  // with the next file.
  void CheckFile(const std::string& path, Report* report,
                 std::vector<DocumentRecord>* records = nullptr) const;
  // The pass across documents, after every file is read: groups the records into sets
  // (sets/document_set.h) and runs each rule across documents on each set.
  void CheckSets(const std::vector<DocumentRecord>& records, const SetManifest& manifest,
                 Report* report) const;

  // After every document and set: sets the findings' fingerprints and suppresses those the
  // configuration's `ignore:` names (inline directives apply as each document is checked).
  void Finish(Report* report) const;

  // Lists the rules in the report, as reporters that describe them need.
  void DescribeRules(Report* report) const;

  const RuleSet& rules() const { return *rules_; }

 private:
  std::shared_ptr<const RuleSet> rules_;
};

// Expands the PATH arguments of `check`: "-" (standard input) and a file as given; a folder
// recursed, in name order, keeping files whose extension a reader lists (ReaderExtensions()). Paths
// that do not exist become input errors; `skipped` counts files left out for their extension.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                     std::vector<InputError>* errors, int* skipped);

}  // namespace tieout

#endif  // TIEOUT_ENGINE_ENGINE_H_
