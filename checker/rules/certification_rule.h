// certification: the officers' certifications of a periodic report (SOX 906 / 302, exhibits
// 31 and 32) are complete and agree with the company's releases.
//
// Each certification is signed ("/s/ NAME") and dated. The report certified (form and period)
// is certified by both the principal executive and the principal financial officer, within the
// set; the certifications of one document name the same report. A signer's name agrees with
// the officer a release of the set names with the same role (a release that names nobody in
// that role leaves it unchecked). The certified period ends before the certification's date
// and, when a release of the set reports a period of its length, matches the latest such
// release dated before the certification (within 120 days).
#ifndef TIEOUT_RULES_CERTIFICATION_RULE_H_
#define TIEOUT_RULES_CERTIFICATION_RULE_H_

#include "checker/rules/set_rule.h"

namespace tieout {

class CertificationRule : public SetRule {
 public:
  static constexpr const char* kKind = "certification";
  static std::vector<std::string> Keys() { return {}; }
  static std::vector<std::string> Placeholders() { return {"report", "problem"}; }
  static std::unique_ptr<Rule> Create(RuleSpec spec, RuleOptions&) {
    return std::make_unique<CertificationRule>(std::move(spec));
  }

  using SetRule::SetRule;
  void RunSet(const DocumentSet& set, const SetContext& context,
              SetResults* results) const override;
};

}  // namespace tieout

#endif  // TIEOUT_RULES_CERTIFICATION_RULE_H_
