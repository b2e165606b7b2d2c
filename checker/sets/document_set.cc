#include "checker/sets/document_set.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace tieout {
namespace {

namespace fs = std::filesystem;

std::string Canonical(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::path(path), ec);
  return ec ? path : p.string();
}

// Order within a set: the latest period reported, then the release date, then the name.
bool Earlier(const DocumentRecord* a, const DocumentRecord* b) {
  auto key = [](const DocumentRecord* r) {
    Period p = r->CurrentPeriod();
    long period = p.year ? DayNumber(DateOf(p)) : 0;
    long released = r->release_date.year ? DayNumber(r->release_date) : 0;
    // A certification without a dateline is dated by its signatures.
    for (const Certification& c : r->certifications) {
      if (released == 0 && c.dated) released = DayNumber(c.date);
    }
    // A document without statements (a certification, a financing release) sorts by its date.
    if (period == 0) period = released;
    return std::make_tuple(period, released, r->name);
  };
  return key(a) < key(b);
}

}  // namespace

Expected<SetManifest> LoadSetManifest(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidInput(path + ": cannot open the set manifest");
  std::ostringstream buf;
  buf << in.rdbuf();
  nlohmann::json j = nlohmann::json::parse(buf.str(), nullptr, false);
  if (j.is_discarded()) return Status::InvalidInput(path + ": the set manifest is not JSON");
  if (!j.is_object() || !j.contains("sets") || !j["sets"].is_array()) {
    return Status::InvalidInput(path + ": a set manifest is {\"sets\": [{\"name\": ..., " +
                                "\"files\": [...]}]}");
  }
  fs::path base = fs::path(path).parent_path();
  SetManifest m;
  for (size_t i = 0; i < j["sets"].size(); ++i) {
    const auto& s = j["sets"][i];
    std::string where = path + ": set " + std::to_string(i + 1);
    if (!s.is_object() || !s.contains("files") || !s["files"].is_array()) {
      return Status::InvalidInput(where + " has no \"files\" list");
    }
    SetManifest::Entry e;
    e.name = s.contains("name") && s["name"].is_string() ? s["name"].get<std::string>()
                                                         : "set " + std::to_string(i + 1);
    for (const auto& f : s["files"]) {
      if (!f.is_string()) return Status::InvalidInput(where + ": a file is a string");
      e.files.push_back((base / f.get<std::string>()).string());
    }
    m.sets.push_back(std::move(e));
  }
  return m;
}

std::vector<DocumentSet> GroupIntoSets(const std::vector<DocumentRecord>& records,
                                       const SetManifest& manifest) {
  std::vector<DocumentSet> sets;
  std::vector<bool> placed(records.size());
  std::vector<std::string> canonical(records.size());
  for (size_t i = 0; i < records.size(); ++i) canonical[i] = Canonical(records[i].path);
  for (const SetManifest::Entry& e : manifest.sets) {
    DocumentSet set;
    set.name = e.name;
    for (const std::string& f : e.files) {
      std::string c = Canonical(f);
      for (size_t i = 0; i < records.size(); ++i) {
        if (!placed[i] && canonical[i] == c) {
          placed[i] = true;
          set.documents.push_back(&records[i]);
        }
      }
    }
    if (!set.documents.empty()) sets.push_back(std::move(set));
  }
  // By company within a folder: a CIK where the header gives one, else the normalised name. A
  // document with a name but no CIK joins the folder's set with a CIK and the same name.
  std::map<std::pair<std::string, std::string>, std::string> cik_of_name;
  for (size_t i = 0; i < records.size(); ++i) {
    const DocumentRecord& r = records[i];
    if (!placed[i] && !r.cik.empty() && !r.company_key.empty()) {
      cik_of_name.emplace(std::make_pair(r.folder, r.company_key), r.cik);
    }
  }
  std::map<std::pair<std::string, std::string>, size_t> index;
  for (size_t i = 0; i < records.size(); ++i) {
    if (placed[i]) continue;
    const DocumentRecord& r = records[i];
    std::string company;
    if (!r.cik.empty()) {
      company = "cik " + r.cik;
    } else if (!r.company_key.empty()) {
      auto it = cik_of_name.find({r.folder, r.company_key});
      company = it != cik_of_name.end() ? "cik " + it->second : "name " + r.company_key;
    }
    if (company.empty()) {
      sets.push_back(DocumentSet{r.name, {&r}});
      continue;
    }
    auto [it, fresh] = index.emplace(std::make_pair(r.folder, company), sets.size());
    if (fresh) {
      std::string shown = r.company_key.empty() ? company : r.company_key;
      sets.push_back(DocumentSet{shown + " in " + r.folder, {}});
    }
    sets[it->second].documents.push_back(&r);
  }
  for (DocumentSet& s : sets) {
    std::stable_sort(s.documents.begin(), s.documents.end(), Earlier);
  }
  return sets;
}

}  // namespace tieout
