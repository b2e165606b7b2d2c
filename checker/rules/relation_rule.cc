#include "checker/rules/relation_rule.h"

#include "checker/rules/rule_options.h"

namespace tieout {

std::unique_ptr<Rule> SumRule::Create(RuleSpec spec, RuleOptions& options) {
  bool has_total = options.Require("total");
  bool has_parts = options.Require("parts");
  if (!has_total || !has_parts) return nullptr;
  if (!options.IsScalar("total") || !options.IsList("parts") || options.ListSize("parts") == 0) {
    options.Problem("rule '" + spec.id + "': 'total' is a concept, 'parts' a list");
    return nullptr;
  }
  bool ok = options.CheckConcepts("total");
  ok &= options.CheckConcepts("parts");
  if (!ok) return nullptr;
  Relation r;
  std::string total = options.GetString("total");
  r.left.push_back(Term{1, total});
  r.text = total + " ==";
  std::vector<std::string> parts = options.GetStrings("parts");
  for (size_t i = 0; i < parts.size(); ++i) {
    r.right.push_back(Term{1, parts[i]});
    r.text += (i ? " + " : " ") + parts[i];
  }
  std::optional<bool> contiguous = options.GetBool("contiguous", r.contiguous);
  if (!contiguous) return nullptr;
  r.contiguous = *contiguous;
  return std::make_unique<SumRule>(std::move(spec), std::move(r));
}

void SumRule::StoreOptions(OptionValues* options) const {
  options->Set("total", relation().left.front().concept_name);
  std::vector<std::string> parts;
  for (const Term& t : relation().right) parts.push_back(t.concept_name);
  options->Set("parts", parts);
  options->Set("contiguous", relation().contiguous);
}

std::unique_ptr<Rule> EquationRule::Create(RuleSpec spec, RuleOptions& options) {
  if (!options.Require("equation")) return nullptr;
  Relation r;
  std::string error;
  if (!options.IsScalar("equation") || !ParseRelation(options.GetString("equation"), &r, &error)) {
    options.ProblemAt("equation", "bad equation: " + (error.empty() ? "not a string" : error));
    return nullptr;
  }
  bool ok = true;
  for (const auto* side : {&r.left, &r.right}) {
    for (const Term& t : *side) {
      if (!options.concepts().Has(t.concept_name)) {
        options.ProblemAt("equation",
                          "unknown concept '" + t.concept_name + "' in '" + r.text + "'");
        ok = false;
      }
    }
  }
  if (!ok) return nullptr;
  std::optional<bool> contiguous = options.GetBool("contiguous", r.contiguous);
  if (!contiguous) return nullptr;
  r.contiguous = *contiguous;
  return std::make_unique<EquationRule>(std::move(spec), std::move(r));
}

void EquationRule::StoreOptions(OptionValues* options) const {
  options->Set("equation", relation().text);
  options->Set("contiguous", relation().contiguous);
}

}  // namespace tieout
