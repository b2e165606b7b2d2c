#include "checker/rules/rule_set.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "checker/rules/eps_rule.h"
#include "checker/rules/footing_rule.h"
#include "checker/rules/narrative_direction_rule.h"
#include "checker/rules/narrative_figure_rule.h"
#include "checker/rules/relation_rule.h"

namespace tieout {
namespace {

// Problems found in a rules file, each "FILE:LINE:COL: message".
class Problems {
 public:
  explicit Problems(std::string file) : file_(std::move(file)) {}
  void Add(const YAML::Mark& mark, const std::string& message) {
    std::string where = file_;
    if (mark.line >= 0) {
      where += ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
    }
    lines_.push_back(where + ": " + message);
  }
  bool empty() const { return lines_.empty(); }
  std::string Join() const {
    std::string out;
    for (const std::string& l : lines_) out += (out.empty() ? "" : "\n") + l;
    return out;
  }

 private:
  std::string file_;
  std::vector<std::string> lines_;
};

using Factory = std::unique_ptr<Rule> (*)(RuleSpec spec, const YAML::Node& node,
                                          const Concepts& concepts, Problems* problems);

struct RuleKind {
  const char* name;
  std::vector<std::string> keys;
  std::vector<std::string> placeholders;
  Factory make;
};

bool CheckConcept(const YAML::Node& node, const Concepts& concepts, Problems* problems) {
  std::string name = node.as<std::string>();
  if (!concepts.Has(name)) {
    problems->Add(node.Mark(), "unknown concept '" + name + "' (define it under concepts:)");
    return false;
  }
  return true;
}

const YAML::Node Required(const YAML::Node& node, const char* key, const RuleSpec& spec,
                          Problems* problems) {
  YAML::Node v = node[key];
  if (!v) problems->Add(node.Mark(), "rule '" + spec.id + "' needs '" + key + "'");
  return v;
}

bool CheckRelationConcepts(const Relation& r, const YAML::Node& where, const Concepts& concepts,
                           Problems* problems) {
  bool ok = true;
  for (const auto* side : {&r.left, &r.right}) {
    for (const Term& t : *side) {
      if (!concepts.Has(t.concept_name)) {
        problems->Add(where.Mark(), "unknown concept '" + t.concept_name + "' in '" + r.text + "'");
        ok = false;
      }
    }
  }
  return ok;
}

std::unique_ptr<Rule> MakeFooting(RuleSpec spec, const YAML::Node& node, const Concepts&,
                                  Problems* problems) {
  std::optional<Severity> rounding = Severity::kNote;
  if (YAML::Node r = node["rounding"]) {
    Severity s;
    if (r.IsScalar() && r.as<std::string>() == "none") {
      rounding.reset();
    } else if (r.IsScalar() && ParseSeverity(r.as<std::string>(), &s)) {
      rounding = s;
    } else {
      problems->Add(r.Mark(), "rule '" + spec.id + "': 'rounding' is error, warning, note or none");
      return nullptr;
    }
  }
  std::string message =
      "{row} foots only within rounding in {column}: {equation} is {expected}, the total shows "
      "{actual}";
  if (YAML::Node m = node["rounding_message"]) message = m.as<std::string>();
  return std::make_unique<FootingRule>(std::move(spec), rounding, std::move(message));
}

std::unique_ptr<Rule> MakeSum(RuleSpec spec, const YAML::Node& node, const Concepts& concepts,
                              Problems* problems) {
  YAML::Node total = Required(node, "total", spec, problems);
  YAML::Node parts = Required(node, "parts", spec, problems);
  if (!total || !parts) return nullptr;
  if (!total.IsScalar() || !parts.IsSequence() || parts.size() == 0) {
    problems->Add(node.Mark(), "rule '" + spec.id + "': 'total' is a concept, 'parts' a list");
    return nullptr;
  }
  Relation r;
  bool ok = CheckConcept(total, concepts, problems);
  r.left.push_back(Term{1, total.as<std::string>()});
  r.text = total.as<std::string>() + " ==";
  for (size_t i = 0; i < parts.size(); ++i) {
    ok &= CheckConcept(parts[i], concepts, problems);
    r.right.push_back(Term{1, parts[i].as<std::string>()});
    r.text += (i ? " + " : " ") + parts[i].as<std::string>();
  }
  if (!ok) return nullptr;
  return std::make_unique<RelationRule>(std::move(spec), std::move(r));
}

std::unique_ptr<Rule> MakeEquation(RuleSpec spec, const YAML::Node& node, const Concepts& concepts,
                                   Problems* problems) {
  YAML::Node eq = Required(node, "equation", spec, problems);
  if (!eq) return nullptr;
  Relation r;
  std::string error;
  if (!eq.IsScalar() || !ParseRelation(eq.as<std::string>(), &r, &error)) {
    problems->Add(eq.Mark(), "bad equation: " + (error.empty() ? "not a string" : error));
    return nullptr;
  }
  if (!CheckRelationConcepts(r, eq, concepts, problems)) return nullptr;
  if (YAML::Node c = node["contiguous"]) {
    if (!c.IsScalar() || (c.as<std::string>() != "true" && c.as<std::string>() != "false")) {
      problems->Add(c.Mark(), "'contiguous' is true or false");
      return nullptr;
    }
    r.contiguous = c.as<std::string>() == "true";
  }
  return std::make_unique<RelationRule>(std::move(spec), std::move(r));
}

std::unique_ptr<Rule> MakeEps(RuleSpec spec, const YAML::Node& node, const Concepts& concepts,
                              Problems* problems) {
  YAML::Node ni = Required(node, "net_income", spec, problems);
  YAML::Node shares = Required(node, "shares", spec, problems);
  YAML::Node eps = Required(node, "eps", spec, problems);
  if (!ni || !shares || !eps) return nullptr;
  std::vector<std::string> ni_concepts;
  bool ok = true;
  if (ni.IsSequence()) {
    for (const auto& n : ni) {
      ok &= CheckConcept(n, concepts, problems);
      ni_concepts.push_back(n.as<std::string>());
    }
  } else {
    ok &= CheckConcept(ni, concepts, problems);
    ni_concepts.push_back(ni.as<std::string>());
  }
  ok &= CheckConcept(shares, concepts, problems);
  ok &= CheckConcept(eps, concepts, problems);
  if (!ok) return nullptr;
  return std::make_unique<EpsRule>(std::move(spec), std::move(ni_concepts),
                                   shares.as<std::string>(), eps.as<std::string>());
}

std::unique_ptr<Rule> MakeNarrativeFigure(RuleSpec spec, const YAML::Node& node, const Concepts&,
                                          Problems* problems) {
  NarrativeFigureRule::Options options;
  if (YAML::Node r = node["reports"]) {
    if (!r.IsScalar() ||
        !NarrativeFigureRule::ParseReports(r.as<std::string>(), &options.reports)) {
      problems->Add(r.Mark(), "rule '" + spec.id +
                                  "': 'reports' is one of mismatch, truncation, missing-unit");
      return nullptr;
    }
  }
  if (YAML::Node a = node["accept"]) {
    if (options.reports != NarrativeFigureRule::Reports::kMismatch) {
      problems->Add(a.Mark(), "rule '" + spec.id + "': 'accept' is for reports: mismatch");
      return nullptr;
    }
    std::vector<std::string> readings;
    if (a.IsScalar()) {
      readings.push_back(a.as<std::string>());
    } else if (a.IsSequence()) {
      for (const auto& item : a) readings.push_back(item.as<std::string>());
    }
    bool round = false, truncate = false, ok = !readings.empty();
    for (const std::string& r : readings) {
      if (r == "round") {
        round = true;
      } else if (r == "truncate") {
        truncate = true;
      } else {
        ok = false;
      }
    }
    if (!ok || !round) {
      problems->Add(a.Mark(), "rule '" + spec.id +
                                  "': 'accept' lists readings that verify a figure: round, "
                                  "and optionally truncate");
      return nullptr;
    }
    options.accept_truncation = truncate;
  }
  return std::make_unique<NarrativeFigureRule>(std::move(spec), options);
}

std::unique_ptr<Rule> MakeNarrativeDirection(RuleSpec spec, const YAML::Node&, const Concepts&,
                                             Problems*) {
  return std::make_unique<NarrativeDirectionRule>(std::move(spec));
}

const std::vector<RuleKind>& Kinds() {
  static const std::vector<RuleKind> kinds = {
      {"footing",
       {"rounding", "rounding_message"},
       {"row", "column", "expected", "actual", "difference", "parts", "equation", "evidence"},
       MakeFooting},
      {"sum",
       {"total", "parts"},
       {"row", "column", "expected", "actual", "difference", "equation"},
       MakeSum},
      {"equation",
       {"equation", "contiguous"},
       {"row", "column", "expected", "actual", "difference", "equation"},
       MakeEquation},
      {"eps",
       {"net_income", "shares", "eps"},
       {"row", "column", "expected", "actual", "difference", "net_income", "shares"},
       MakeEps},
      {"narrative-figure",
       {"reports", "accept"},
       {"stated", "concept", "phrase", "period", "row", "column", "table_value", "table_rounded",
        "assumed"},
       MakeNarrativeFigure},
      {"narrative-direction",
       {},
       {"word", "direction", "concept", "current", "current_period", "prior", "prior_period",
        "source"},
       MakeNarrativeDirection},
  };
  return kinds;
}

const std::set<std::string> kCommonKeys = {"id",      "title",       "kind", "severity",
                                           "message", "description", "link"};

bool CompilePattern(const YAML::Node& node, Pattern* out, Problems* problems) {
  if (!node.IsScalar()) {
    problems->Add(node.Mark(), "a pattern is a string");
    return false;
  }
  out->source = node.as<std::string>();
  try {
    out->re =
        std::regex(out->source, std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
  } catch (const std::regex_error& e) {
    problems->Add(node.Mark(), "bad pattern '" + out->source + "': " + e.what());
    return false;
  }
  return true;
}

std::vector<Pattern> PatternList(const YAML::Node& node, Problems* problems) {
  std::vector<Pattern> out;
  if (node.IsScalar()) {
    Pattern p;
    if (CompilePattern(node, &p, problems)) out.push_back(std::move(p));
    return out;
  }
  if (!node.IsSequence()) {
    problems->Add(node.Mark(), "expected a pattern or a list of patterns");
    return out;
  }
  for (const auto& item : node) {
    Pattern p;
    if (CompilePattern(item, &p, problems)) out.push_back(std::move(p));
  }
  return out;
}

void LoadVocabulary(const YAML::Node& node, Vocabulary* v, Problems* problems) {
  if (!node.IsMap()) {
    problems->Add(node.Mark(), "'vocabulary' is a map");
    return;
  }
  for (const auto& kv : node) {
    std::string key = kv.first.as<std::string>();
    if (key == "per_share_rows") {
      v->per_share_rows = PatternList(kv.second, problems);
    } else if (key == "share_rows") {
      v->share_rows = PatternList(kv.second, problems);
    } else if (key == "total_rows") {
      v->total_rows = PatternList(kv.second, problems);
    } else if (key == "result_rows") {
      v->result_rows = PatternList(kv.second, problems);
    } else if (key == "loss_rows") {
      v->loss_rows = PatternList(kv.second, problems);
    } else if (key == "subtracted_rows") {
      v->subtracted_rows = PatternList(kv.second, problems);
    } else if (key == "non_additive_rows") {
      v->non_additive_rows = PatternList(kv.second, problems);
    } else if (key == "non_additive_columns") {
      v->non_additive_columns = PatternList(kv.second, problems);
    } else if (key == "scales") {
      if (!kv.second.IsMap()) {
        problems->Add(kv.second.Mark(), "'scales' maps a power of ten to patterns");
        continue;
      }
      for (const auto& s : kv.second) {
        int power = 0;
        try {
          power = s.first.as<int>();
        } catch (const YAML::Exception&) {
          problems->Add(s.first.Mark(), "a scale is a power of ten such as 3 or 6");
          continue;
        }
        for (Pattern& p : PatternList(s.second, problems)) {
          v->scales.push_back(ScalePattern{std::move(p), power});
        }
      }
    } else {
      problems->Add(kv.first.Mark(), "unknown key '" + key +
                                         "' in vocabulary (per_share_rows, share_rows, scales, "
                                         "total_rows, result_rows, loss_rows, subtracted_rows, "
                                         "non_additive_rows, non_additive_columns)");
    }
  }
}

// Narrative phrases: a phrase or a list of phrases, each added to the matcher.
void AddPhrases(const YAML::Node& node, PhraseKind kind, const std::string& name,
                NarrativeVocabulary* v, Problems* problems) {
  std::vector<YAML::Node> items;
  if (node.IsScalar()) {
    items.push_back(node);
  } else if (node.IsSequence()) {
    for (const auto& item : node) items.push_back(item);
  } else {
    problems->Add(node.Mark(), "expected a phrase or a list of phrases");
    return;
  }
  for (const YAML::Node& item : items) {
    if (!item.IsScalar()) {
      problems->Add(item.Mark(), "a phrase is a string");
      continue;
    }
    std::string error;
    if (!v->phrases.Add(item.as<std::string>(), kind, name, &error)) {
      problems->Add(item.Mark(), "bad phrase '" + item.as<std::string>() + "': " + error);
    }
  }
}

// A concept: a list of label patterns, or a map with labels, narrative phrases, its per-share
// counterpart and a title.
void LoadConcept(const YAML::Node& key, const YAML::Node& node, RuleSet* set, Problems* problems) {
  std::string name = key.as<std::string>();
  if (!node.IsMap()) {
    set->concepts.Add(name, PatternList(node, problems));
    return;
  }
  for (const auto& kv : node) {
    std::string k = kv.first.as<std::string>();
    if (k != "labels" && k != "narrative" && k != "per_share" && k != "title") {
      problems->Add(kv.first.Mark(), "unknown key '" + k + "' in concept '" + name +
                                         "' (labels, narrative, per_share, title)");
    }
  }
  if (node["labels"]) {
    set->concepts.Add(name, PatternList(node["labels"], problems));
  } else {
    problems->Add(node.Mark(), "concept '" + name + "' needs 'labels'");
    set->concepts.Add(name, {});
  }
  if (node["narrative"]) {
    AddPhrases(node["narrative"], PhraseKind::kConcept, name, &set->narrative, problems);
  }
  if (YAML::Node t = node["title"]) set->narrative.titles[name] = t.as<std::string>();
  if (YAML::Node ps = node["per_share"]) set->narrative.per_share[name] = ps.as<std::string>();
}

void CheckPerShare(const YAML::Node& concepts, const RuleSet& set, Problems* problems) {
  for (const auto& kv : concepts) {
    if (!kv.second.IsMap() || !kv.second["per_share"]) continue;
    std::string target = kv.second["per_share"].as<std::string>();
    if (!set.concepts.Has(target)) {
      problems->Add(kv.second["per_share"].Mark(),
                    "unknown concept '" + target + "' (define it under concepts:)");
    }
  }
}

void LoadNarrative(const YAML::Node& node, NarrativeVocabulary* v, Problems* problems) {
  if (!node.IsMap()) {
    problems->Add(node.Mark(), "'narrative' maps a kind of word to phrases");
    return;
  }
  static const std::vector<std::pair<std::string, PhraseKind>> kKinds = {
      {"components", PhraseKind::kComponents}, {"increase", PhraseKind::kIncrease},
      {"decrease", PhraseKind::kDecrease},     {"unchanged", PhraseKind::kUnchanged},
      {"comparison", PhraseKind::kComparison}, {"approximate", PhraseKind::kApproximate},
      {"bound", PhraseKind::kBound},           {"verbs", PhraseKind::kVerb},
      {"segments", PhraseKind::kSegment},      {"qualifiers", PhraseKind::kQualifier}};
  for (const auto& kv : node) {
    std::string key = kv.first.as<std::string>();
    auto it =
        std::find_if(kKinds.begin(), kKinds.end(), [&](const auto& k) { return k.first == key; });
    if (it == kKinds.end()) {
      problems->Add(kv.first.Mark(), "unknown key '" + key +
                                         "' in narrative (components, increase, decrease, "
                                         "unchanged, comparison, approximate, bound, verbs, "
                                         "segments, qualifiers)");
      continue;
    }
    AddPhrases(kv.second, it->second, "", v, problems);
  }
}

void LoadRule(const YAML::Node& node, RuleSet* set, std::set<std::string>* ids,
              Problems* problems) {
  if (!node.IsMap()) {
    problems->Add(node.Mark(), "a rule is a map with id, title, kind, severity and message");
    return;
  }
  RuleSpec spec;
  bool ok = true;
  for (const char* key : {"id", "title", "kind", "severity", "message"}) {
    if (!node[key]) {
      problems->Add(node.Mark(), std::string("rule is missing '") + key + "'");
      ok = false;
    } else if (!node[key].IsScalar()) {
      problems->Add(node[key].Mark(), std::string("'") + key + "' is a string");
      ok = false;
    }
  }
  if (!ok) return;
  spec.id = node["id"].as<std::string>();
  spec.title = node["title"].as<std::string>();
  spec.kind = node["kind"].as<std::string>();
  spec.message = node["message"].as<std::string>();
  if (node["description"]) spec.description = node["description"].as<std::string>();
  if (node["link"]) spec.link = node["link"].as<std::string>();
  if (!ids->insert(spec.id).second) {
    problems->Add(node["id"].Mark(), "duplicate rule id '" + spec.id + "'");
    ok = false;
  }
  std::string severity = node["severity"].as<std::string>();
  if (!ParseSeverity(severity, &spec.severity)) {
    problems->Add(node["severity"].Mark(),
                  "unknown severity '" + severity + "' (error, warning, note)");
    ok = false;
  }
  const RuleKind* kind = nullptr;
  for (const RuleKind& k : Kinds()) {
    if (spec.kind == k.name) kind = &k;
  }
  if (!kind) {
    std::string names;
    for (const RuleKind& k : Kinds()) names += (names.empty() ? "" : ", ") + std::string(k.name);
    problems->Add(node["kind"].Mark(), "unknown rule kind '" + spec.kind + "' (" + names + ")");
    return;
  }
  for (const auto& kv : node) {
    std::string key = kv.first.as<std::string>();
    if (kCommonKeys.count(key) == 0 &&
        std::find(kind->keys.begin(), kind->keys.end(), key) == kind->keys.end()) {
      problems->Add(kv.first.Mark(),
                    "unknown key '" + key + "' for a rule of kind '" + spec.kind + "'");
      ok = false;
    }
  }
  // Placeholders in the message must be ones the kind fills.
  const std::string& m = spec.message;
  for (size_t p = m.find('{'); p != std::string::npos; p = m.find('{', p + 1)) {
    size_t close = m.find('}', p);
    if (close == std::string::npos) break;
    std::string name = m.substr(p + 1, close - p - 1);
    if (std::find(kind->placeholders.begin(), kind->placeholders.end(), name) ==
        kind->placeholders.end()) {
      problems->Add(
          node["message"].Mark(),
          "message uses '{" + name + "}', which a rule of kind '" + spec.kind + "' does not fill");
      ok = false;
    }
  }
  std::unique_ptr<Rule> rule = kind->make(spec, node, set->concepts, problems);
  if (ok && rule) set->rules.push_back(std::move(rule));
}

}  // namespace

std::vector<RuleKindInfo> RuleKinds() {
  std::vector<RuleKindInfo> out;
  for (const RuleKind& k : Kinds()) out.push_back(RuleKindInfo{k.name, k.keys, k.placeholders});
  return out;
}

Expected<std::shared_ptr<const RuleSet>> ParseRules(const std::string& text,
                                                    const std::string& name) {
  Problems problems(name);
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    problems.Add(e.mark, e.msg);
    return Status::InvalidRules(problems.Join());
  }
  auto set = std::make_shared<RuleSet>();
  set->source = name;
  if (!root.IsMap()) {
    problems.Add(root.Mark(), "a rules file is a map with vocabulary, concepts and rules");
    return Status::InvalidRules(problems.Join());
  }
  try {
    for (const auto& kv : root) {
      std::string key = kv.first.as<std::string>();
      if (key != "version" && key != "vocabulary" && key != "concepts" && key != "narrative" &&
          key != "rules") {
        problems.Add(kv.first.Mark(),
                     "unknown key '" + key + "' (version, vocabulary, concepts, narrative, rules)");
      }
    }
    if (root["version"] && root["version"].as<std::string>() != "1") {
      problems.Add(root["version"].Mark(),
                   "unsupported version '" + root["version"].as<std::string>() + "' (1)");
    }
    if (root["vocabulary"]) LoadVocabulary(root["vocabulary"], &set->vocabulary, &problems);
    if (YAML::Node concepts = root["concepts"]) {
      if (!concepts.IsMap()) {
        problems.Add(concepts.Mark(), "'concepts' maps a name to label patterns");
      } else {
        for (const auto& kv : concepts) LoadConcept(kv.first, kv.second, set.get(), &problems);
        CheckPerShare(concepts, *set, &problems);
      }
    }
    if (YAML::Node narrative = root["narrative"]) {
      LoadNarrative(narrative, &set->narrative, &problems);
    }
    YAML::Node rules = root["rules"];
    if (!rules) {
      problems.Add(root.Mark(), "no 'rules' list");
    } else if (!rules.IsSequence()) {
      problems.Add(rules.Mark(), "'rules' is a list");
    } else {
      std::set<std::string> ids;
      for (const auto& r : rules) LoadRule(r, set.get(), &ids, &problems);
    }
  } catch (const YAML::Exception& e) {
    problems.Add(e.mark, e.msg);
  }
  if (!problems.empty()) return Status::InvalidRules(problems.Join());
  return std::shared_ptr<const RuleSet>(std::move(set));
}

Expected<std::shared_ptr<const RuleSet>> LoadRules(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidRules(path + ": cannot open the rules file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return ParseRules(buf.str(), path);
}

}  // namespace tieout
