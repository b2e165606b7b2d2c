#include "checker/rules/certification_rule.h"

#include <gtest/gtest.h>

#include "checker/sets/testing.h"
#include "checker/testing/set_rules.h"

namespace tieout {
namespace {

using settest::AddRow;
using settest::Months;
using settest::Record;

Report Check(const std::vector<const DocumentRecord*>& docs) {
  RuleSpec s;
  s.id = "certification";
  s.message = "certification of {report}: {problem}";
  SetVocabulary vocabulary;
  vocabulary.name_suffixes = {"ph.d."};
  return testing::RunSetRule(CertificationRule(s), docs, vocabulary);
}

std::vector<std::string> Messages(const Report& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings) {
    out.push_back(f.file + ":" + std::to_string(f.line) + ": " + f.message);
  }
  return out;
}

Officer Executive(const std::string& name, int line) {
  return Officer{name, "President and Chief Executive Officer", true, false, line, 1};
}
Officer Financial(const std::string& name, int line) {
  return Officer{name, "Chief Financial Officer", false, true, line, 1};
}

// One certification of the 10-Q for the quarter ended December 31, 2003, at `line`.
Certification Certifies(const Officer& signer, int line, Period period = Months(3, 2003, 12, 31)) {
  Certification c;
  c.line = line;
  c.column = 1;
  c.form = "10-Q";
  c.period = period;
  c.report = "Form 10-Q for the quarter ended " +
             std::string(period.month == 12 ? "December 31, 2003" : "September 30, 2003");
  c.report_line = line + 2;
  c.report_column = 5;
  c.signers.push_back(signer);
  c.signed_ = true;
  c.signature_name = signer.name;
  c.dated = true;
  c.date = Date{2004, 2, 13};
  return c;
}

// The second-quarter release: the quarter ended December 31, 2003, released February 4, 2004,
// naming its chief executive and chief financial officers.
DocumentRecord Release() {
  DocumentRecord r = Record("f/q2.txt");
  AddRow(&r, StatementKind::kIncome, "Revenues",
         {{Months(3, 2003, 12, 31), 10}, {Months(6, 2003, 12, 31), 19}}, 30);
  r.release_date = Date{2004, 2, 4};
  r.release_text = "FEBRUARY 4, 2004";
  r.release_line = 3;
  r.release_column = 30;
  r.officers.push_back(Executive("R. Douglas Armstrong", 20));
  r.officers.push_back(Financial("Alan Wright", 21));
  return r;
}

TEST(CertificationRuleTest, BothOfficersCertifyingTheReleasesQuarterPass) {
  DocumentRecord release = Release();
  DocumentRecord certs = Record("f/certifications.txt");
  certs.certifications.push_back(Certifies(Executive("R. Douglas Armstrong", 10), 5));
  certs.certifications.push_back(Certifies(Financial("Alan M. Wright", 40), 35));
  Report report = Check({&release, &certs});
  EXPECT_TRUE(report.findings.empty()) << Messages(report)[0];
  std::vector<std::string> details;
  for (const CheckResult& c : report.checks) {
    EXPECT_EQ(c.status, CheckResult::Status::kPass) << c.detail;
    details.push_back(c.detail.str());
  }
  const std::string r = "Form 10-Q for the quarter ended December 31, 2003: ";
  EXPECT_EQ(
      details,
      (std::vector<std::string>{
          r + "certified by R. Douglas Armstrong, signed and dated 2004-02-13",
          r + "certified by the principal executive and the principal financial officer",
          r + "q2.txt reports quarter ended Dec 31, 2003",
          r + "R. Douglas Armstrong is the chief executive officer a release of the set names",
          r + "certified by Alan M. Wright, signed and dated 2004-02-13",
          r + "the same report as the certification above",
          r + "q2.txt reports quarter ended Dec 31, 2003",
          r + "Alan M. Wright is the chief financial officer a release of the set names"}));
}

TEST(CertificationRuleTest, AMissingFinancialOfficerFails) {
  DocumentRecord release = Release();
  DocumentRecord certs = Record("f/certifications.txt");
  certs.certifications.push_back(Certifies(Executive("R. Douglas Armstrong", 10), 5));
  EXPECT_EQ(Messages(Check({&release, &certs})),
            (std::vector<std::string>{
                "f/certifications.txt:5: certification of Form 10-Q for the quarter ended "
                "December 31, 2003: no certification by the principal financial officer"}));
}

TEST(CertificationRuleTest, ACertifiedPeriodOtherThanTheLatestReleasesFailsNamingIt) {
  DocumentRecord release = Release();
  DocumentRecord certs = Record("f/certifications.txt");
  certs.certifications.push_back(
      Certifies(Executive("R. Douglas Armstrong", 10), 5, Months(3, 2003, 9, 30)));
  certs.certifications.push_back(
      Certifies(Financial("Alan M. Wright", 40), 35, Months(3, 2003, 9, 30)));
  Report report = Check({&release, &certs});
  const std::string message =
      "certification of Form 10-Q for the quarter ended September 30, 2003: the release of "
      "FEBRUARY 4, 2004 (q2.txt) reports quarter ended Dec 31, 2003, not quarter ended "
      "Sep 30, 2003";
  EXPECT_EQ(Messages(report), (std::vector<std::string>{"f/certifications.txt:7: " + message,
                                                        "f/certifications.txt:37: " + message}));
  ASSERT_EQ(report.findings[0].related.size(), 1u);
  EXPECT_EQ(report.findings[0].related[0].file, "f/q2.txt");
  EXPECT_EQ(report.findings[0].related[0].line, 3);
}

TEST(CertificationRuleTest, AnUnsignedCertificationAndAnotherOfficersNameFail) {
  DocumentRecord release = Release();
  DocumentRecord certs = Record("f/certifications.txt");
  certs.certifications.push_back(Certifies(Executive("R. Douglas Armstrong", 10), 5));
  certs.certifications.push_back(Certifies(Financial("John Smith", 40), 35));
  certs.certifications.back().signed_ = false;
  EXPECT_EQ(Messages(Check({&release, &certs})),
            (std::vector<std::string>{
                "f/certifications.txt:35: certification of Form 10-Q for the quarter ended "
                "December 31, 2003: the certification by John Smith is not signed (no /s/ "
                "signature)",
                "f/certifications.txt:35: certification of Form 10-Q for the quarter ended "
                "December 31, 2003: John Smith signs as chief financial officer, but q2.txt names "
                "Alan Wright (Chief Financial Officer)"}));
}

}  // namespace
}  // namespace tieout
