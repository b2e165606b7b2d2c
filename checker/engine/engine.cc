#include "checker/engine/engine.h"

#include <iostream>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sstream>

#include "checker/base/source.h"
#include "checker/base/utf8.h"
#include "checker/engine/document_text.h"
#include "checker/engine/one_figure.h"
#include "checker/engine/suppression.h"
#include "checker/ingest/reader.h"
#include "checker/result/fingerprint.h"
#include "checker/rules/narrative_facts.h"
#include "checker/rules/set_rule.h"

namespace tieout {
namespace {

// Gives the pages that freed memory left whole back to the system: reading a document frees as
// much as it keeps (the buffers it grew), and a checked document is freed whole, but the
// allocator keeps what it freed, and with --jobs each thread keeps its own. A trim costs a
// system call and, after it, a page fault for each page the next file touches again (measured:
// a fifth of the CPU time of a batch of ordinary releases when done after every file), so it is
// done after a large file, whose buffers are worth giving back, and otherwise once per
// kTrimEvery bytes read by the thread: what the smaller files leave free is reused by the next.
constexpr size_t kLargeFile = 2u << 20;
constexpr size_t kTrimEvery = 32u << 20;

void ReleaseFreeMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

// Whether to give freed memory back after the thread checked a file of `bytes`.
bool TrimDue(size_t bytes) {
  thread_local size_t read_since_trim = 0;
  read_since_trim += bytes;
  if (bytes < kLargeFile && read_since_trim < kTrimEvery) return false;
  read_since_trim = 0;
  return true;
}

}  // namespace

void Engine::CheckDocument(const Document& doc, Report* report,
                           std::vector<DocumentRecord>* records) const {
  DocumentSummary s;
  s.file = doc.source->path();
  s.name = doc.name.empty() ? doc.source->path() : doc.name;
  s.format = doc.format;
  s.document_type = doc.info.document_type;
  s.company = doc.info.company;
  s.tables = static_cast<int>(doc.tables.size());
  s.paragraphs = static_cast<int>(doc.paragraphs.size());
  if (keep_text_) s.text = std::make_shared<const DocumentText>(BuildDocumentText(doc));
  report->documents.push_back(std::move(s));
  Results results(doc, report);
  const size_t first_finding = report->findings.size();
  {
    // The work the rules share (the narrative analysis: as large as the document) goes before
    // the record is built.
    DocumentMemo memo;
    std::vector<const NarrativeRule*> narrative_rules;  // they read the prose together
    for (const auto& rule : rules_->rules) {
      if (const auto* n = dynamic_cast<const NarrativeRule*>(rule.get())) {
        narrative_rules.push_back(n);
      }
    }
    RuleContext context{rules_->concepts, rules_->vocabulary, &rules_->narrative, &memo,
                        &narrative_rules};
    for (const auto& rule : rules_->rules) rule->Run(doc, context, &results);
  }
  std::vector<InlineIgnore> ignores = FindInlineIgnores(doc, *rules_, &report->errors);
  if (!ignores.empty()) {
    std::vector<InlineScope> scopes = InlineScopes(doc, ignores);
    Finding* findings = report->findings.data();
    ApplyInlineScopes(scopes, findings + first_finding, findings + report->findings.size());
    // Kept for the findings across documents (Finish).
    report->inline_scopes.insert(report->inline_scopes.end(), scopes.begin(), scopes.end());
  }
  // One finding per wrong figure, among the findings the configuration leaves in.
  ApplyPathIgnores(rules_->ignores, report, first_finding);
  MergeFindingsOnOneFigure(&report->findings, first_finding);
  if (records) records->push_back(BuildRecord(doc, rules_->sets));
}

void Engine::CheckSets(const std::vector<DocumentRecord>& records, const SetManifest& manifest,
                       Report* report) const {
  std::vector<const SetRule*> set_rules;
  for (const auto& rule : rules_->rules) {
    if (const auto* s = dynamic_cast<const SetRule*>(rule.get())) set_rules.push_back(s);
  }
  if (set_rules.empty()) return;
  SetResults results(report);
  SetContext context{rules_->sets};
  for (const DocumentSet& set : GroupIntoSets(records, manifest)) {
    for (const SetRule* rule : set_rules) rule->RunSet(set, context, &results);
  }
}

void Engine::Finish(Report* report) const {
  ApplyInlineScopes(report->inline_scopes, report->findings.data(),
                    report->findings.data() + report->findings.size());
  SetFingerprints(report);
  ApplyPathIgnores(rules_->ignores, report);
}

void Engine::DescribeRules(Report* report) const {
  for (const auto& rule : rules_->rules) {
    const RuleSpec& s = rule->spec();
    report->rules.push_back(RuleDescriptor{s.id, s.title, s.description, s.link, s.severity});
  }
}

void Engine::CheckFile(const InputFile& input, Report* report,
                       std::vector<DocumentRecord>* records) const {
  Expected<std::shared_ptr<const SourceFile>> file = [&input]() {
    if (input.path != kStdinPath) return ReadSourceFile(input.path);
    std::ostringstream bytes;
    bytes << std::cin.rdbuf();
    return Expected<std::shared_ptr<const SourceFile>>(
        std::make_shared<const SourceFile>(kStdinName, bytes.str()));
  }();
  const std::string name = input.path == kStdinPath ? kStdinName : input.path;
  if (!file.ok()) {
    report->errors.push_back(InputError{name, file.status().message()});
    return;
  }
  if (input.in_folder && !Utf16Bom((*file)->text()) && DetectFormat((*file)->text()) == "binary") {
    report->left_out.push_back(LeftOutFile{input.path, "binary data"});
    return;
  }
  auto docs = ReadDocuments(*file, rules_->vocabulary);
  const size_t bytes = (*file)->text().size();
  if (bytes >= kLargeFile) ReleaseFreeMemory();
  if (!docs.ok()) {
    report->errors.push_back(InputError{name, docs.status().message()});
    return;
  }
  if (input.in_folder) {
    if (std::string why = HoldsNoRelease(*docs); !why.empty()) {
      report->left_out.push_back(LeftOutFile{input.path, why});
      return;
    }
  }
  for (const Document& doc : *docs) CheckDocument(doc, report, records);
  docs->clear();
  if (TrimDue(bytes)) ReleaseFreeMemory();
}

}  // namespace tieout
