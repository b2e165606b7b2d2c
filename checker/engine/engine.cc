#include "checker/engine/engine.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <system_error>

#include "checker/base/text.h"
#include "checker/engine/suppression.h"
#include "checker/ingest/reader.h"
#include "checker/result/fingerprint.h"
#include "checker/rules/set_rule.h"

namespace tieout {

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
  report->documents.push_back(std::move(s));
  Results results(doc, report);
  DocumentMemo memo;
  RuleContext context{rules_->concepts, rules_->vocabulary, &rules_->narrative, &memo};
  const size_t first_finding = report->findings.size();
  for (const auto& rule : rules_->rules) rule->Run(doc, context, &results);
  std::vector<InlineIgnore> ignores = FindInlineIgnores(doc, *rules_, &report->errors);
  if (!ignores.empty()) {
    Finding* findings = report->findings.data();
    ApplyInlineIgnores(doc, ignores, findings + first_finding, findings + report->findings.size());
  }
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
  SetFingerprints(report);
  ApplyPathIgnores(rules_->ignores, report);
}

void Engine::DescribeRules(Report* report) const {
  for (const auto& rule : rules_->rules) {
    const RuleSpec& s = rule->spec();
    report->rules.push_back(RuleDescriptor{s.id, s.title, s.description, s.link, s.severity});
  }
}

void Engine::CheckFile(const std::string& path, Report* report,
                       std::vector<DocumentRecord>* records) const {
  if (path == kStdinPath) {
    std::ostringstream bytes;
    bytes << std::cin.rdbuf();
    auto file = std::make_shared<const SourceFile>(kStdinName, bytes.str());
    auto docs = ReadDocuments(file, rules_->vocabulary);
    if (!docs.ok()) {
      report->errors.push_back(InputError{kStdinName, docs.status().message()});
      return;
    }
    for (const Document& doc : *docs) CheckDocument(doc, report, records);
    return;
  }
  auto docs = ReadDocuments(path, rules_->vocabulary);
  if (!docs.ok()) {
    report->errors.push_back(InputError{path, docs.status().message()});
    return;
  }
  for (const Document& doc : *docs) CheckDocument(doc, report, records);
}

std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                     std::vector<InputError>* errors, int* skipped) {
  namespace fs = std::filesystem;
  const std::vector<std::string> extensions = ReaderExtensions();
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    if (p == kStdinPath) {
      files.push_back(p);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      errors->push_back(InputError{p, p + ": no such file or folder"});
      continue;
    }
    if (!fs::is_directory(st)) {
      files.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    for (auto it =
             fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') continue;
      std::string ext = AsciiLower(it->path().extension().string());
      if (std::find(extensions.begin(), extensions.end(), ext) != extensions.end()) {
        found.push_back(it->path().string());
      } else {
        ++*skipped;
      }
    }
    if (ec) errors->push_back(InputError{p, p + ": cannot read folder: " + ec.message()});
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace tieout
