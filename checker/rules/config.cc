#include "checker/rules/config.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "checker/base/suggest.h"
#include "checker/rules/rules_yaml.h"

namespace tieout {
namespace {

namespace fs = std::filesystem;

constexpr char kDefaultName[] = "<default rules>";
constexpr int kMaxDepth = 8;

// One file of the chain, top (the project file) first.
struct Layer {
  std::string name;  // as error messages call it
  fs::path dir;      // where its relative paths start
  YAML::Node root;
};

bool ParseLayer(const std::string& text, const std::string& name, YAML::Node* root,
                Problems* problems) {
  try {
    *root = YAML::Load(text);
    return true;
  } catch (const YAML::Exception& e) {
    Problems own(name);
    own.Add(e.mark, e.msg);
    problems->AddLine(own.Join());
    return false;
  }
}

// The chain from `path` down to its base: each file's `extends` (for a project file, `default`
// when it says nothing), until a file that extends nothing or the built-in rules.
class ChainBuilder {
 public:
  ChainBuilder(const RuleSources& options, Problems* problems)
      : options_(options), problems_(problems) {}

  // Appends the base a file extends with `extends` (a node, or "default" when `value` is empty).
  bool AddBase(const std::string& value, const fs::path& from_dir, bool from_rules_file,
               std::vector<Layer>* chain, int depth) {
    if (value == "default") {
      // `default` in the --rules file itself is the built-in set, not that file again.
      if (options_.rules_path.empty() || from_rules_file) {
        Layer base{kDefaultName, fs::path(), YAML::Node()};
        if (!ParseLayer(DefaultRulesText(), kDefaultName, &base.root, problems_)) return false;
        chain->push_back(std::move(base));
        return true;
      }
      return AddFile(options_.rules_path, false, true, chain, depth + 1);
    }
    fs::path p = fs::path(value).is_absolute() ? fs::path(value) : from_dir / value;
    return AddFile(p.lexically_normal().string(), false, false, chain, depth + 1);
  }

  // Reads a file and the files below it. A project file extends `default` unless it says.
  bool AddFile(const std::string& path, bool project_file, bool rules_file,
               std::vector<Layer>* chain, int depth) {
    if (depth > kMaxDepth) {
      problems_->AddLine(path + ": 'extends' goes deeper than " + std::to_string(kMaxDepth) +
                         " files");
      return false;
    }
    std::error_code ec;
    std::string key = fs::weakly_canonical(path, ec).string();
    if (!seen_.insert(key).second) {
      problems_->AddLine(path + ": 'extends' comes back to this file");
      return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      problems_->AddLine(path + (project_file ? ": cannot open the configuration file"
                                              : ": cannot open the rules file"));
      return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    Layer layer{path, fs::path(path).parent_path(), YAML::Node()};
    if (!ParseLayer(text.str(), path, &layer.root, problems_)) return false;
    const YAML::Node& root = layer.root;
    YAML::Node extends = root.IsMap() ? root["extends"] : YAML::Node();
    chain->push_back(layer);
    if (extends) {
      if (!extends.IsScalar() || extends.as<std::string>().empty()) {
        Problems own(path);
        own.Add(extends.Mark(), "'extends' is 'default' or the path of a rules file");
        problems_->AddLine(own.Join());
        return false;
      }
      return AddBase(extends.as<std::string>(), layer.dir, rules_file, chain, depth);
    }
    if (project_file) return AddBase("default", layer.dir, false, chain, depth);
    return true;
  }

 private:
  const RuleSources& options_;
  Problems* problems_;
  std::set<std::string> seen_;
};

bool Has(const YAML::Node& map, const std::string& key) {
  const YAML::Node& m = map;
  return m.IsMap() && m[key].IsDefined();
}

// A list of the items of `a` then of `b`; a scalar counts as a list of one.
YAML::Node Concat(const YAML::Node& a, const YAML::Node& b) {
  YAML::Node out(YAML::NodeType::Sequence);
  for (const YAML::Node* n : {&a, &b}) {
    if (n->IsSequence()) {
      for (const auto& item : *n) out.push_back(item);
    } else if (n->IsDefined() && !n->IsNull()) {
      out.push_back(*n);
    }
  }
  return out;
}

// vocabulary and narrative: lists are added to; scales per power of ten.
void MergeLists(YAML::Node base, const YAML::Node& overlay, const char* section,
                Problems* problems) {
  if (!overlay.IsMap()) {
    problems->Add(overlay.Mark(), std::string("'") + section + "' is a map");
    return;
  }
  for (const auto& kv : overlay) {
    std::string key = kv.first.as<std::string>();
    if (!Has(base, key)) {
      base[key] = kv.second;
    } else if (key == "scales" && base[key].IsMap() && kv.second.IsMap()) {
      YAML::Node scales = base[key];
      for (const auto& s : kv.second) {
        std::string power = s.first.as<std::string>();
        scales[power] = Has(scales, power) ? Concat(scales[power], s.second) : s.second;
      }
    } else {
      base[key] = Concat(base[key], kv.second);
    }
  }
}

// A concept named again: labels and narrative phrases added, title and per_share replaced.
void MergeConcepts(YAML::Node base, const YAML::Node& overlay, Problems* problems) {
  if (!overlay.IsMap()) {
    problems->Add(overlay.Mark(), "'concepts' maps a name to label patterns");
    return;
  }
  for (const auto& kv : overlay) {
    std::string name = kv.first.as<std::string>();
    if (!Has(base, name)) {
      base[name] = kv.second;
      continue;
    }
    auto as_map = [](const YAML::Node& c) {
      if (c.IsMap()) return c;
      YAML::Node m(YAML::NodeType::Map);
      m["labels"] = c;
      return m;
    };
    YAML::Node merged = as_map(base[name]);
    YAML::Node extra = as_map(kv.second);
    for (const auto& e : extra) {
      std::string key = e.first.as<std::string>();
      if ((key == "labels" || key == "narrative") && Has(merged, key)) {
        merged[key] = Concat(merged[key], e.second);
      } else {
        merged[key] = e.second;
      }
    }
    base[name] = merged;
  }
}

std::vector<std::string> RuleIds(const YAML::Node& rules) {
  std::vector<std::string> ids;
  if (!rules.IsSequence()) return ids;
  for (const auto& r : rules) {
    if (r.IsMap() && r["id"] && r["id"].IsScalar()) ids.push_back(r["id"].as<std::string>());
  }
  return ids;
}

YAML::Node FindRule(const YAML::Node& rules, const std::string& id) {
  if (rules.IsSequence()) {
    for (const auto& r : rules) {
      if (r.IsMap() && r["id"] && r["id"].IsScalar() && r["id"].as<std::string>() == id) return r;
    }
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

std::string DidYouMean(const std::string& id, const YAML::Node& rules) {
  std::string near = NearestName(id, RuleIds(rules));
  return near.empty() ? "" : " (did you mean '" + near + "'?)";
}

// Rules by id: the keys given replace the base rule's; an id the base lacks is a new rule.
void MergeRules(YAML::Node base_root, const YAML::Node& overlay, Problems* problems) {
  std::vector<std::pair<YAML::Node, YAML::Node>> entries;  // (where the id is written, rule)
  if (overlay.IsMap()) {
    for (const auto& kv : overlay) entries.emplace_back(kv.first, kv.second);
  } else if (overlay.IsSequence()) {
    for (const auto& item : overlay) {
      if (!item.IsMap() || !item["id"] || !item["id"].IsScalar()) {
        problems->Add(item.Mark(), "a rule entry needs 'id'");
        continue;
      }
      entries.emplace_back(item["id"], item);
    }
  } else {
    problems->Add(overlay.Mark(), "'rules' maps a rule id to the keys to change");
    return;
  }
  if (!Has(base_root, "rules")) base_root["rules"] = YAML::Node(YAML::NodeType::Sequence);
  YAML::Node rules = base_root["rules"];
  for (auto& [id_node, entry] : entries) {
    std::string id = id_node.as<std::string>();
    if (!entry.IsMap()) {
      problems->Add(entry.Mark(), "rule '" + id + "': give a map of the keys to change");
      continue;
    }
    YAML::Node target = FindRule(rules, id);
    if (target.IsDefined()) {
      for (const auto& kv : entry) {
        std::string key = kv.first.as<std::string>();
        if (key == "id") continue;
        if (Has(target, key)) {
          target[key] = kv.second;
        } else {
          target.force_insert(kv.first, kv.second);  // the key keeps its position for errors
        }
      }
    } else if (entry["kind"]) {
      if (!entry["id"]) entry["id"] = id;
      rules.push_back(entry);
    } else {
      problems->Add(id_node.Mark(), "no rule '" + id + "' to change" + DidYouMean(id, rules) +
                                        "; a new rule needs kind, title, severity and message");
    }
  }
}

// `ignore` paths and `baseline` are written relative to the file that names them.
std::string Resolve(const fs::path& dir, const std::string& path) {
  if (fs::path(path).is_absolute() || dir.empty()) return fs::path(path).lexically_normal();
  return (dir / path).lexically_normal().string();
}

void MergeSettings(YAML::Node base_root, const Layer& layer, Problems* problems) {
  if (YAML::Node ignore = layer.root["ignore"]) {
    if (!ignore.IsSequence()) {
      problems->Add(ignore.Mark(), "'ignore' is a list of {path, rules, reason}");
    } else {
      for (auto entry : ignore) {
        if (entry.IsMap() && entry["path"] && entry["path"].IsScalar()) {
          entry["path"] = Resolve(layer.dir, entry["path"].as<std::string>());
        }
      }
      base_root["ignore"] = Has(base_root, "ignore") ? Concat(base_root["ignore"], ignore) : ignore;
    }
  }
  if (YAML::Node baseline = layer.root["baseline"]) {
    if (baseline.IsScalar()) baseline = Resolve(layer.dir, baseline.as<std::string>());
    base_root["baseline"] = baseline;
  }
}

void MergeLayer(YAML::Node base_root, const Layer& layer, Problems* problems) {
  const YAML::Node& root = layer.root;
  if (root.IsNull()) return;  // an empty project file changes nothing
  if (!root.IsMap()) {
    problems->Add(root.Mark(), "a configuration file is a map (extends, rules, concepts, ...)");
    return;
  }
  static const std::set<std::string> kKeys = {"extends",  "version",   "vocabulary",
                                              "concepts", "narrative", "sets",
                                              "rules",    "ignore",    "baseline"};
  for (const auto& kv : root) {
    std::string key = kv.first.as<std::string>();
    if (kKeys.count(key) == 0) {
      problems->Add(kv.first.Mark(), "unknown key '" + key +
                                         "' (extends, version, vocabulary, concepts, narrative, "
                                         "sets, rules, ignore, baseline)");
    }
  }
  if (root["version"] && root["version"].as<std::string>() != "1") {
    problems->Add(root["version"].Mark(),
                  "unsupported version '" + root["version"].as<std::string>() + "' (1)");
  }
  for (const char* section : {"vocabulary", "narrative", "sets"}) {
    if (!root[section]) continue;
    if (!Has(base_root, section)) base_root[section] = YAML::Node(YAML::NodeType::Map);
    MergeLists(base_root[section], root[section], section, problems);
  }
  if (root["concepts"]) {
    if (!Has(base_root, "concepts")) base_root["concepts"] = YAML::Node(YAML::NodeType::Map);
    MergeConcepts(base_root["concepts"], root["concepts"], problems);
  }
  if (root["rules"]) MergeRules(base_root, root["rules"], problems);
  MergeSettings(base_root, layer, problems);
}

// --disable and --severity: the last word.
void ApplyCommandLine(YAML::Node base_root, const RuleSources& options, Problems* problems) {
  YAML::Node rules = Has(base_root, "rules") ? base_root["rules"] : YAML::Node();
  for (const std::string& id : options.disable) {
    YAML::Node target = FindRule(rules, id);
    if (!target.IsDefined()) {
      problems->AddLine("--disable: no rule '" + id + "'" + DidYouMean(id, rules) +
                        " (see 'tieout rules list')");
      continue;
    }
    target["disable"] = true;
  }
  for (const auto& [id, severity] : options.severity) {
    YAML::Node target = FindRule(rules, id);
    Severity s;
    if (!target.IsDefined()) {
      problems->AddLine("--severity: no rule '" + id + "'" + DidYouMean(id, rules) +
                        " (see 'tieout rules list')");
    } else if (!ParseSeverity(severity, &s)) {
      problems->AddLine("--severity: unknown severity '" + severity + "' for '" + id +
                        "' (error, warning, note)");
    } else {
      target["severity"] = severity;
    }
  }
}

std::string Emit(const YAML::Node& root, const std::vector<std::string>& layers,
                 bool command_line) {
  YAML::Emitter emitter;
  emitter << root;
  std::string from;
  for (const std::string& l : layers) from += (from.empty() ? "" : ", then ") + l;
  if (command_line) from += ", then the command line";
  return "# The effective rules: " + from + ".\n" + emitter.c_str() + "\n";
}

}  // namespace

std::string FindConfigFile(const std::string& path) {
  std::error_code ec;
  fs::path start = path.empty() || path == "-" ? fs::current_path(ec) : fs::absolute(path, ec);
  if (ec) return "";
  start = start.lexically_normal();
  if (!start.has_filename()) start = start.parent_path();  // "dir/" -> "dir"
  if (!fs::is_directory(start, ec)) start = start.parent_path();
  fs::path cwd = fs::current_path(ec);
  for (fs::path dir = start;; dir = dir.parent_path()) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      fs::path rel = candidate.lexically_relative(cwd);
      bool inside = !rel.empty() && *rel.begin() != "..";
      return (inside ? rel : candidate).string();
    }
    if (dir == dir.parent_path()) break;
  }
  return "";
}

bool SplitSeverityOverride(const std::string& text, std::pair<std::string, std::string>* out) {
  size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0) return false;
  *out = {text.substr(0, eq), text.substr(eq + 1)};
  return true;
}

Expected<std::shared_ptr<const RuleSet>> LoadEffectiveRules(const RuleSources& options) {
  std::string config = options.config_path;
  if (config.empty() && !options.no_config) config = FindConfigFile(options.search_from);
  bool command_line = !options.disable.empty() || !options.severity.empty();
  if (config.empty() && !command_line) {
    if (options.rules_path.empty()) {
      auto set = ParseRules(DefaultRulesText(), kDefaultName);
      if (!set.ok()) return set;
      // A plain base: what `rules --effective` prints is the file itself.
      auto copy = std::const_pointer_cast<RuleSet>(*set);
      copy->effective = DefaultRulesText();
      return std::shared_ptr<const RuleSet>(copy);
    }
  }
  Problems problems(kDefaultName);
  std::vector<Layer> chain;
  ChainBuilder builder(options, &problems);
  bool ok = config.empty() ? (options.rules_path.empty()
                                  ? builder.AddBase("default", fs::path(), false, &chain, 0)
                                  : builder.AddFile(options.rules_path, false, true, &chain, 0))
                           : builder.AddFile(config, true, false, &chain, 0);
  if (!ok) return Status::InvalidRules(problems.Join());
  // The base is the last file of the chain; the others are merged over it, bottom up.
  Layer& base = chain.back();
  Problems merged_problems(base.name);
  std::vector<std::string> names = {base.name};
  for (size_t i = chain.size() - 1; i-- > 0;) {
    // The entries, not the root: two roots both stand at the start of their files.
    if (chain[i].root.IsMap()) {
      for (const auto& kv : chain[i].root) {
        merged_problems.Claim(kv.first, chain[i].name);
        merged_problems.Claim(kv.second, chain[i].name);
      }
    }
    names.push_back(chain[i].name);
  }
  YAML::Node root = base.root;
  if (root.IsMap() && Has(root, "extends")) root.remove("extends");
  for (size_t i = chain.size() - 1; i-- > 0;) {
    if (root.IsMap()) MergeLayer(root, chain[i], &merged_problems);
  }
  if (root.IsMap()) ApplyCommandLine(root, options, &merged_problems);
  std::shared_ptr<RuleSet> set;
  if (merged_problems.empty()) set = ParseRulesTree(root, base.name, &merged_problems);
  if (!merged_problems.empty()) return Status::InvalidRules(merged_problems.Join());
  set->source = names.back();
  set->layers = names;
  set->effective = Emit(root, names, command_line);
  return std::shared_ptr<const RuleSet>(std::move(set));
}

}  // namespace tieout
