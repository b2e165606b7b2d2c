#include "checker/rules/rule_options.h"

#include <yaml-cpp/yaml.h>

#include <regex>

#include "checker/rules/rule.h"
#include "checker/vocabulary/pattern.h"

namespace tieout {

void Problems::Claim(const YAML::Node& root, const std::string& file) {
  if (!root.IsDefined()) return;
  YAML::Mark m = root.Mark();
  claimed_.push_back(Claimed{m.pos, m.line, m.column, file});
  if (root.IsMap()) {
    for (const auto& kv : root) {
      Claim(kv.first, file);
      Claim(kv.second, file);
    }
  } else if (root.IsSequence()) {
    for (const auto& item : root) Claim(item, file);
  }
}

void Problems::Add(const YAML::Mark& mark, const std::string& message) {
  std::string where = file_;
  for (const Claimed& c : claimed_) {
    if (c.pos == mark.pos && c.line == mark.line && c.column == mark.column) {
      where = c.file;
      break;
    }
  }
  if (mark.line >= 0) {
    where += ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
  }
  lines_.push_back(where + ": " + message);
}

std::string Problems::Join() const {
  std::string out;
  for (const std::string& l : lines_) out += (out.empty() ? "" : "\n") + l;
  return out;
}

bool RuleOptions::Has(const char* key) const { return static_cast<bool>(node_[key]); }

bool RuleOptions::Require(const char* key) {
  if (Has(key)) return true;
  problems_->Add(node_.Mark(), "rule '" + spec_.id + "' needs '" + key + "'");
  return false;
}

bool RuleOptions::IsScalar(const char* key) const { return Has(key) && node_[key].IsScalar(); }

bool RuleOptions::IsList(const char* key) const { return Has(key) && node_[key].IsSequence(); }

size_t RuleOptions::ListSize(const char* key) const { return IsList(key) ? node_[key].size() : 0; }

std::string RuleOptions::GetString(const char* key, const std::string& default_value) const {
  return Has(key) ? node_[key].as<std::string>() : default_value;
}

std::vector<std::string> RuleOptions::GetStrings(const char* key) const {
  std::vector<std::string> out;
  YAML::Node v = node_[key];
  if (!v) return out;
  if (v.IsSequence()) {
    for (const auto& item : v) out.push_back(item.as<std::string>());
  } else if (v.IsScalar()) {
    out.push_back(v.as<std::string>());
  }
  return out;
}

std::optional<bool> RuleOptions::GetBool(const char* key, bool default_value) {
  YAML::Node v = node_[key];
  if (!v) return default_value;
  if (v.IsScalar() && v.as<std::string>() == "true") return true;
  if (v.IsScalar() && v.as<std::string>() == "false") return false;
  problems_->Add(v.Mark(), std::string("'") + key + "' is true or false");
  return std::nullopt;
}

bool RuleOptions::GetSeverityOrNone(const char* key, std::optional<Severity>* value) {
  if (!Has(key)) return true;
  std::string name = IsScalar(key) ? GetString(key) : "";
  Severity severity;
  if (name == "none") {
    value->reset();
  } else if (ParseSeverity(name, &severity)) {
    *value = severity;
  } else {
    ProblemAt(key, "rule '" + spec_.id + "': '" + key + "' is error, warning, note or none");
    return false;
  }
  return true;
}

bool RuleOptions::GetRounding(const char* default_message, std::optional<RuleSpec>* finding) {
  std::optional<Severity> severity = Severity::kNote;
  if (!GetSeverityOrNone("rounding", &severity)) return false;
  finding->reset();
  if (severity) {
    RuleSpec spec = spec_;
    spec.severity = *severity;
    spec.message = GetString("rounding_message", default_message);
    *finding = std::move(spec);
  }
  return true;
}

void StoreRounding(const std::optional<RuleSpec>& finding, const char* default_message,
                   OptionValues* options) {
  options->Set("rounding", finding ? std::string(SeverityName(finding->severity)) : "none");
  options->Set("rounding_message", finding ? finding->message : default_message);
}

bool RuleOptions::CheckConcepts(const char* key) {
  YAML::Node v = node_[key];
  std::vector<YAML::Node> names;
  if (v.IsSequence()) {
    for (const auto& item : v) names.push_back(item);
  } else {
    names.push_back(v);
  }
  bool ok = true;
  for (const YAML::Node& n : names) {
    std::string name = n.as<std::string>();
    if (!concepts_.Has(name)) {
      problems_->Add(n.Mark(), "unknown concept '" + name + "' (define it under concepts:)");
      ok = false;
    }
  }
  return ok;
}

void RuleOptions::Problem(const std::string& message) { problems_->Add(node_.Mark(), message); }

std::optional<std::vector<std::string>> RuleOptions::GetPatterns(const char* key) {
  std::vector<std::string> sources = GetStrings(key);
  for (const std::string& source : sources) {
    try {
      Pattern p(source, true);
    } catch (const std::regex_error&) {
      ProblemAt(key, "'" + source + "' is not a pattern");
      return std::nullopt;
    }
  }
  return sources;
}

void RuleOptions::ProblemAt(const char* key, const std::string& message) {
  YAML::Node v = node_[key];
  problems_->Add(v ? v.Mark() : node_.Mark(), message);
}

namespace {

struct EmitValue {
  YAML::Emitter& out;
  void operator()(const std::string& s) const { out << s; }
  void operator()(bool b) const { out << (b ? "true" : "false"); }
  void operator()(const std::vector<std::string>& list) const {
    out << YAML::Flow << YAML::BeginSeq;
    for (const std::string& s : list) out << s;
    out << YAML::EndSeq;
  }
};

}  // namespace

void WriteEffectiveRule(const Rule& rule, std::ostream& out) {
  const RuleSpec& s = rule.spec();
  YAML::Emitter e;
  e << YAML::BeginSeq << YAML::BeginMap;
  e << YAML::Key << "id" << YAML::Value << s.id;
  e << YAML::Key << "title" << YAML::Value << s.title;
  e << YAML::Key << "kind" << YAML::Value << s.kind;
  e << YAML::Key << "severity" << YAML::Value << SeverityName(s.severity);
  e << YAML::Key << "message" << YAML::Value << s.message;
  if (!s.description.empty()) e << YAML::Key << "description" << YAML::Value << s.description;
  if (!s.link.empty()) e << YAML::Key << "link" << YAML::Value << s.link;
  OptionValues options;
  rule.StoreOptions(&options);
  for (const auto& [key, value] : options.values()) {
    e << YAML::Key << key << YAML::Value;
    std::visit(EmitValue{e}, value);
  }
  e << YAML::EndMap << YAML::EndSeq;
  out << e.c_str() << "\n";
}

}  // namespace tieout
