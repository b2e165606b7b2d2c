#include "checker/narrative/analysis.h"

#include <gtest/gtest.h>

#include "checker/testing/narrative_verdicts.h"
#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

const char kTable[] =
    "\n<TABLE>\n"
    "<CAPTION>\n"
    "                                         Quarter ended December 31,\n"
    "                                           2002              2003\n"
    "<S>                                    <C>               <C>\n"
    "Total revenues                            296,000           376,000\n"
    "Net loss                                (2,287,000)       (2,403,000)\n"
    "Cash and cash equivalents               1,000,000         2,000,000\n"
    "</TABLE>\n";

// "verdict concept: detail" for each figure of the release `prose` + kTable.
std::vector<std::string> Read(const std::string& prose) {
  return testing::NarrativeVerdicts(prose + kTable, "t.txt", {.concept_name = true});
}

using Strings = std::vector<std::string>;

TEST(AnalysisTest, ListedFiguresWithOnlyTheLastBound) {
  // Crashed once: the first of two listed figures bound to nothing, the second to "net loss".
  EXPECT_EQ(Read("Example Inc. reported $9 and $2.4 million in net loss for the quarter ended "
                 "December 31, 2003.\n"),
            (Strings{"$9 unverifiable : no phrase names what the figure measures",
                     "$2.4 million unverifiable : the figure is a part of \"net loss\""}));
}

TEST(AnalysisTest, FigureAttachedToTheNounAfterIt) {
  EXPECT_EQ(Read("At December 31, 2003, Example Inc. had $2.0 million of cash and cash "
                 "equivalents and $5.0 million of borrowings under its $9 million facility.\n"),
            (Strings{"$2.0 million unverifiable cash_and_equivalents: no row labelled \"cash "
                     "and cash equivalents\" shows at Dec 31, 2003",
                     "$5.0 million unverifiable : the figure is the amount of \"borrowings\"",
                     "$9 million unverifiable : the figure describes \"facility\""}));
}

TEST(AnalysisTest, SegmentsQualifiersAndChanges) {
  EXPECT_EQ(
      Read("Net sales for the Services segment were $1.0 million. Total revenues for the "
           "quarter ended December 31, 2003 were $0.5 million.\n\n"
           "On a non-GAAP basis, net loss for the quarter ended December 31, 2003 was $1.0 "
           "million. Total revenues were $0.4 million for the quarter ended December 31, "
           "2003, $80,000 higher than the quarter ended December 31, 2002, a 27% "
           "increase.\n"),
      (Strings{"$1.0 million unverifiable : the paragraph speaks of a part of the company "
               "(\"segment\")",
               "$0.5 million unverifiable total_revenues: the paragraph speaks of a part of "
               "the company (\"segment\")",
               "$1.0 million unverifiable net_income: the sentence speaks of a measure other "
               "than the reported one (\"non-GAAP\")",
               "$0.4 million verified total_revenues", "$80,000 verified ", "27% verified "}));
}

TEST(AnalysisTest, SubjectOfTheSentence) {
  EXPECT_EQ(Read("Net debt, net of cash and cash equivalents at December 31, 2003, was $9.0 "
                 "million. Example Canada had a net loss of $1.0 million for the quarter ended "
                 "December 31, 2003, compared with a net loss of $2.0 million for the quarter "
                 "ended December 31, 2002.\n"),
            (Strings{"$9.0 million unverifiable : the subject of the sentence is \"net\"",
                     "$1.0 million unverifiable : the subject of \"net loss\" is \"canada\", not "
                     "the company",
                     "$2.0 million unverifiable : the sentence speaks of something else: the "
                     "subject of \"net loss\" is \"canada\", not the company"}));
}

// The company's own name is read with the rules file's suffixes and fillers.
TEST(AnalysisTest, CompanyWordsComeFromTheVocabulary) {
  auto rules = testing::DefaultRules();
  std::vector<Document> docs = testing::ReadText(
      "Example Widgets, Inc. today reported results for the quarter ended December 31, 2003.\n" +
      std::string(kTable));
  Document& doc = docs.at(0);
  using Words = std::set<std::string>;
  EXPECT_EQ(CompanyWords(doc, rules->narrative), (Words{"example", "widgets"}));
  NarrativeVocabulary without = rules->narrative;
  without.company_suffixes.erase("inc");
  EXPECT_EQ(CompanyWords(doc, without), Words{});
  doc.info.company = "The Example Holdings Group, Inc.";
  EXPECT_EQ(CompanyWords(doc, rules->narrative), Words{"example"});
}

}  // namespace
}  // namespace tieout

namespace tieout {
namespace {

// A quadratic step (mapping spans, scanning sentences) would take minutes here.
TEST(AnalysisTest, LinearInOneLongParagraph) {
  std::string sentence =
      "Total revenues increased to $0.4 million for the quarter ended December 31, 2003, from "
      "$0.3 million for the same period in 2002, and the net loss was $2.4 million ";
  std::string prose;
  while (prose.size() < (1u << 20)) prose += sentence;
  prose += ".\n";
  auto rules = testing::DefaultRules();
  std::vector<Document> docs = testing::ReadText(prose + kTable);
  ASSERT_EQ(docs.size(), 1u);
  NarrativeAnalysis a = AnalyzeNarrative(docs[0], rules->concepts, rules->narrative);
  EXPECT_GT(a.figures.size(), 19000u);
}

}  // namespace
}  // namespace tieout
