// The words the checks across documents read: which tables are statements, how a release names
// its company and its date, what a certification and an officer's title say. All of it comes
// from the `sets:` section of the rules file; none of it is written into the code.
#ifndef TIEOUT_SETS_SET_VOCABULARY_H_
#define TIEOUT_SETS_SET_VOCABULARY_H_

#include <string>
#include <vector>

#include "checker/vocabulary/vocabulary.h"

namespace tieout {

struct SetVocabulary {
  // Table titles (normalised) by the statement they head. Flow statements (income, cash flow)
  // add up across quarters; balance sheets are at a date.
  std::vector<Pattern> income_statement;
  std::vector<Pattern> cash_flow_statement;
  std::vector<Pattern> balance_sheet;
  // Words that say figures were restated or reclassified (in a title, a header, a label or the
  // prose): a prior figure that differs is then a note, not an error.
  std::vector<Pattern> restatement;
  // Patterns over a paragraph's text whose first group holds the company's name ("Gamma
  // Retail Corp. (NYSE: GMA)", "of Gamma Retail Corp. (the "Company")").
  std::vector<Pattern> company_names;
  // Words a company name ends with that do not tell companies apart ("inc", "corp").
  std::vector<std::string> company_suffixes;
  // Patterns whose first group holds the release date ("ANN ARBOR, MICHIGAN, FEBRUARY 4, 2004
  // --").
  std::vector<Pattern> dateline;
  // A paragraph that starts a certification ("CERTIFICATION PURSUANT TO 18 U.S.C. SECTION
  // 1350").
  std::vector<Pattern> certification_heading;
  // The report a certification covers: group 1 the form ("10-Q"), group 2 the period ("quarter
  // ended December 31, 2003").
  std::vector<Pattern> certified_report;
  // The officer who certifies: group 1 the name, group 2 the title ("I, Alan M. Wright, Senior
  // Vice President and Chief Financial Officer of the Company, certify").
  std::vector<Pattern> certifier;
  // A conformed signature: group 1 the name ("/s/ Alan M. Wright").
  std::vector<Pattern> signature;
  // A date line of a signature block: group 1 the date ("February 13, 2004", "Date: ...").
  std::vector<Pattern> signature_date;
  // Titles (normalised) that make an officer the principal executive or financial officer.
  std::vector<Pattern> executive_officer;
  std::vector<Pattern> financial_officer;
  // An officer named in a release: group 1 the name, group 2 the title ("said Jane Q.
  // Doe, Ph.D., President, Chief Executive Officer and Chairman of Gamma").
  std::vector<Pattern> officer_mention;
  // Terms of an offering or a program that recur across releases: group 1 the amount ("up to an
  // aggregate of 10 million newly issued shares").
  std::vector<Pattern> offering_terms;
  // Words after a person's name that are not part of it ("ph.d.", "jr.").
  std::vector<std::string> name_suffixes;
};

}  // namespace tieout

#endif  // TIEOUT_SETS_SET_VOCABULARY_H_
