// Subjects that name a row by its whole label, where the words that qualify a concept are the
// row's own: "Cloud services and license support revenues" is a row under "Revenues", not a
// qualified "revenues".
#include <gtest/gtest.h>

#include "checker/narrative/analysis.h"
#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

// An HTML statement whose rows stand under the headings "REVENUES" and "OPERATING EXPENSES".
const char kSegmentedRevenue[] =
    "<html><body>\n"
    "<p>PROSE</p>\n"
    "<table>\n"
    "<tr><td>($ in millions)</td><td>Year Ended May 31, 2024</td>"
    "<td>Year Ended May 31, 2023</td></tr>\n"
    "<tr><td>REVENUES</td><td></td><td></td></tr>\n"
    "<tr><td>Cloud services and license support</td><td>$ 30,174</td><td>$ 28,700</td></tr>\n"
    "<tr><td>Cloud license and on-premise license</td><td>5,878</td><td>5,400</td></tr>\n"
    "<tr><td>Hardware</td><td>3,183</td><td>3,359</td></tr>\n"
    "<tr><td>Total revenues</td><td>39,235</td><td>37,459</td></tr>\n"
    "<tr><td>OPERATING EXPENSES</td><td></td><td></td></tr>\n"
    "<tr><td>Cloud services and license support</td><td>5,000</td><td>4,800</td></tr>\n"
    "<tr><td>Hardware</td><td>1,000</td><td>1,100</td></tr>\n"
    "<tr><td>Total operating expenses</td><td>6,000</td><td>5,900</td></tr>\n"
    "<tr><td>Operating income</td><td>33,235</td><td>31,559</td></tr>\n"
    "</table></body></html>\n";

// "text verdict: detail" for each money figure of `prose` set before kSegmentedRevenue.
std::vector<std::string> ReadAmounts(const std::string& prose) {
  std::string html = kSegmentedRevenue;
  html.replace(html.find("PROSE"), 5, prose);
  auto rules = testing::DefaultRules();
  std::vector<std::string> out;
  for (const Document& doc : testing::ReadText(html, "release.htm")) {
    for (const NarrativeFigure& f :
         AnalyzeNarrative(doc, rules->concepts, rules->narrative).figures) {
      if (f.figure.unit == FigureUnit::kPercent) continue;
      std::string detail;
      FigureVerdict v = f.Verdict(&detail);
      out.push_back(f.text + " " + FigureVerdictName(v) + (detail.empty() ? "" : ": " + detail));
    }
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(RowSubjectsTest, ACompoundSubjectThatIsARowsLabelMayMismatch) {
  const std::string sentence =
      "Fiscal 2024 cloud services and license support revenues were up 5% in USD and 6% in "
      "constant currency to ";
  EXPECT_EQ(ReadAmounts(sentence + "$30.2 billion."), (Strings{"$30.2 billion verified"}));
  // Firing: the changed figure binds to the one row the whole subject names.
  EXPECT_EQ(ReadAmounts(sentence + "$30.5 billion."), (Strings{"$30.5 billion mismatch"}));
  // Quiet: a second amount after the first is a part of it, not the row.
  EXPECT_EQ(
      ReadAmounts("Cloud services and license support revenues were $30.2 billion, $1.3 "
                  "billion of which came from new customers."),
      (Strings{"$30.2 billion verified",
               "$1.3 billion unverifiable: the sentence speaks of something else: \"revenues\" "
               "is qualified by the words around it"}));
}

TEST(RowSubjectsTest, QualifyingWordsThatNameNoRowStayQualified) {
  // "Support revenues" is no row's label: the qualified concept is not the total.
  EXPECT_EQ(ReadAmounts("Support revenues were $39.9 billion."),
            (Strings{"$39.9 billion unverifiable: no row labelled \"support revenues\" shows it"}));
}

}  // namespace
}  // namespace tieout
