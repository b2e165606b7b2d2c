#include "checker/rules/certification_rule.h"

#include <cstdlib>
#include <map>

namespace tieout {
namespace {

constexpr long kReleaseWindowDays = 120;

std::string ReportKey(const Certification& c) {
  return c.form + " " + (c.period.year ? c.period.ToString() : std::string("(period not named)"));
}

std::string ReportName(const Certification& c) {
  return c.report.empty() ? std::string("a report it does not name") : c.report;
}

}  // namespace

void CertificationRule::RunSet(const DocumentSet& set, const SetContext& context,
                               SetResults* results) const {
  const SetVocabulary& v = context.vocabulary;
  // The roles that certify each report, across the set.
  std::map<std::string, std::pair<bool, bool>> roles;
  for (const DocumentRecord* doc : set.documents) {
    for (const Certification& c : doc->certifications) {
      auto& r = roles[ReportKey(c)];
      for (const Officer& o : c.signers) {
        r.first |= o.executive;
        r.second |= o.financial;
      }
    }
  }
  std::map<std::string, bool> roles_checked;
  for (const DocumentRecord* doc : set.documents) {
    const std::vector<Certification>& certs = doc->certifications;
    for (size_t i = 0; i < certs.size(); ++i) {
      const Certification& c = certs[i];
      SetLocation where{doc, c.line, c.column};
      std::string report = ReportName(c);
      auto fail = [&](const std::string& problem,
                      std::vector<std::pair<SetLocation, std::string>> related = {}) {
        SetResults::Failure f;
        f.values = {{"report", report}, {"problem", problem}};
        f.related = std::move(related);
        results->Fail(spec(), where, report + ": " + problem, f);
      };
      const std::string signer = c.signers.front().name;
      // Signed and dated.
      if (!c.signed_) {
        fail("the certification by " + signer + " is not signed (no /s/ signature)");
      } else if (!c.dated) {
        fail("the certification by " + signer + " is not dated");
      } else {
        results->Pass(
            spec(), where,
            report + ": certified by " + signer + ", signed and dated " + DateString(c.date));
      }
      // Both principal officers certify the report.
      std::string key = ReportKey(c);
      if (!roles_checked[key]) {
        roles_checked[key] = true;
        auto [executive, financial] = roles[key];
        if (executive && financial) {
          results->Pass(spec(), where,
                        report +
                            ": certified by the principal executive and the principal "
                            "financial officer");
        } else {
          fail(std::string("no certification by the principal ") +
               (executive ? "financial" : (financial ? "executive" : "executive or financial")) +
               " officer");
        }
      }
      // The certifications of one document name one report.
      if (i > 0 && !c.report.empty() && !certs[0].report.empty()) {
        if (ReportKey(c) == ReportKey(certs[0])) {
          results->Pass(spec(), where, report + ": the same report as the certification above");
        } else {
          fail("another report than the certification above (" + certs[0].report + ")",
               {{SetLocation{doc, certs[0].report_line, certs[0].report_column},
                 "certifies " + certs[0].report}});
        }
      }
      // The period: before the date, and the period of the release of that quarter.
      if (c.period.year == 0 || c.period.kind != Period::Kind::kDuration) {
        results->Skip(spec(), where, report + ": the certified period is not named");
        continue;
      }
      SetLocation at_report{doc, c.report_line, c.report_column};
      long end = DayNumber(DateOf(c.period));
      if (c.dated && end >= DayNumber(c.date)) {
        SetLocation saved = where;
        where = at_report;
        fail("the certified period ends on or after the certification's date (" +
             DateString(c.date) + ")");
        where = saved;
        continue;
      }
      const DocumentRecord* same = nullptr;
      const DocumentRecord* latest = nullptr;
      Period latest_period;
      for (const DocumentRecord* r : set.documents) {
        Period p = r->LatestFlowPeriod(c.period.months);
        if (p.year == 0) continue;
        if (std::labs(DayNumber(DateOf(p)) - end) <= 7) same = r;
        if (c.dated && r->release_date.year) {
          long before = DayNumber(c.date) - DayNumber(r->release_date);
          if (before >= 0 && before <= kReleaseWindowDays &&
              (!latest ||
               r->release_date.year * 400 + r->release_date.month * 32 + r->release_date.day >
                   latest->release_date.year * 400 + latest->release_date.month * 32 +
                       latest->release_date.day)) {
            latest = r;
            latest_period = p;
          }
        }
      }
      if (same) {
        results->Pass(spec(), at_report,
                      report + ": " + ShortName(*same) + " reports " + DescribePeriod(c.period));
      } else if (latest) {
        SetLocation saved = where;
        where = at_report;
        fail("the release of " + latest->release_text + " (" + ShortName(*latest) + ") reports " +
                 DescribePeriod(latest_period) + ", not " + DescribePeriod(c.period),
             {{SetLocation{latest, latest->release_line, latest->release_column},
               "released " + latest->release_text + ", reporting " +
                   DescribePeriod(latest_period)}});
        where = saved;
      } else {
        results->Skip(spec(), at_report,
                      report + ": no release of the set reports a period of its length");
      }
      // The signers are the officers the releases name in the same roles.
      for (const Officer& s : c.signers) {
        for (bool executive : {true, false}) {
          if (executive ? !s.executive : !s.financial) continue;
          const Officer* other = nullptr;
          const DocumentRecord* other_doc = nullptr;
          bool agree = false;
          for (const DocumentRecord* r : set.documents) {
            if (!r->certifications.empty()) continue;  // releases only, not the certifications
            for (const Officer& o : r->officers) {
              if (executive ? !o.executive : !o.financial) continue;
              if (SamePerson(o.name, s.name, v.name_suffixes)) {
                agree = true;
              } else if (!other) {
                other = &o;
                other_doc = r;
              }
            }
          }
          std::string role = executive ? "chief executive officer" : "chief financial officer";
          if (agree) {
            results->Pass(
                spec(), where,
                report + ": " + s.name + " is the " + role + " a release of the set names");
          } else if (other) {
            fail(s.name + " signs as " + role + ", but " + ShortName(*other_doc) + " names " +
                     other->name + " (" + other->title + ")",
                 {{SetLocation{other_doc, other->line, other->column},
                   other->name + ", " + other->title}});
          }
        }
      }
    }
  }
}

}  // namespace tieout
