// Running the rules over documents and files, collecting checks, findings and input errors.
#ifndef TIEOUT_ENGINE_ENGINE_H_
#define TIEOUT_ENGINE_ENGINE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/engine/inputs.h"
#include "checker/result/report.h"
#include "checker/rules/rule_set.h"
#include "checker/sets/document_set.h"

namespace tieout {

class Engine {
 public:
  explicit Engine(std::shared_ptr<const RuleSet> rules) : rules_(std::move(rules)) {}

  // Runs every rule on one document and appends its summary, checks and findings (one finding
  // per wrong figure: engine/one_figure.h). With
  // `records`, also appends the document's record for the checks across documents (the
  // document itself need not outlive the call).
  void CheckDocument(const Document& doc, Report* report,
                     std::vector<DocumentRecord>* records = nullptr) const;
  // Reads a file and checks each document in it; "-" reads standard input, named "<stdin>".
  // A file that cannot be read is recorded as an
  // input error in the report; the caller goes on with the next file. A file found in a folder
  // whose content is no release (binary data, or text without a table or an amount: see
  // HoldsNoRelease) is recorded in report->left_out instead and not checked.
  void CheckFile(const InputFile& file, Report* report,
                 std::vector<DocumentRecord>* records = nullptr) const;
  // A file named by the user (not found in a folder).
  void CheckFile(const std::string& path, Report* report,
                 std::vector<DocumentRecord>* records = nullptr) const {
    CheckFile(InputFile{path, false}, report, records);
  }
  // The pass across documents, after every file is read: groups the records into sets
  // (sets/document_set.h) and runs each rule across documents on each set.
  void CheckSets(const std::vector<DocumentRecord>& records, const SetManifest& manifest,
                 Report* report) const;

  // After every document and set: suppresses the findings the inline directives cover (those
  // across documents now; a document's own as it is checked) and those the configuration's
  // `ignore:` names, and sets the findings' fingerprints.
  void Finish(Report* report) const;

  // Lists the rules in the report, as reporters that describe them need.
  void DescribeRules(Report* report) const;

  const RuleSet& rules() const { return *rules_; }

  // Keeps each document's text in its summary (DocumentSummary::text), for the review page.
  void set_keep_text(bool keep) { keep_text_ = keep; }

 private:
  std::shared_ptr<const RuleSet> rules_;
  bool keep_text_ = false;
};

}  // namespace tieout

#endif  // TIEOUT_ENGINE_ENGINE_H_
