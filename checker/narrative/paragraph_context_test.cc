// Paragraphs of hand-made releases about something other than the consolidated statements: an
// affiliate named before the measure, a segment named by the heading above, a section whose
// heading names another basis. Their figures bind only that part's row, or none: never a
// mismatch against the consolidated row.
#include <gtest/gtest.h>

#include "checker/testing/narrative_verdicts.h"

namespace tieout {
namespace {

using Strings = std::vector<std::string>;

// A quarter's consolidated statement of a company named Omega, in millions.
const char kStatement[] =
    "\n"
    "                          OMEGA CORPORATION\n"
    "              CONSOLIDATED STATEMENTS OF INCOME\n"
    "                          (in millions)\n"
    "\n"
    "                                     Three Months Ended September 30,\n"
    "                                        2000            1999\n"
    "                                     ----------      ----------\n"
    "Total revenues                       $    4,318      $    4,496\n"
    "Selling and administrative expenses       1,987           1,942\n"
    "Net income                                  152             318\n";

std::vector<std::string> Amounts(const std::string& prose, const std::string& statement) {
  return testing::NarrativeVerdicts(
      "Omega Corporation reported its results.\n\n" + prose + statement, "t.txt", false);
}

TEST(ParagraphContextTest, AnAffiliateNamedBeforeTheMeasureIsNotTheCompany) {
  // "Kanto Omega revenues": a name that is not the company's and no table shows; the sentence
  // after it speaks of the affiliate too.
  const std::string affiliate =
      "Kanto Omega revenues of $1.9 billion in the 2000 third quarter increased 4 percent "
      "compared with the 1999 third quarter. Net income of $30 million in the 2000 third quarter "
      "was higher than a year ago.\n";
  const std::string reason =
      " unverifiable: the paragraph speaks of a part of the company (\"Kanto Omega\")";
  EXPECT_EQ(Amounts(affiliate, kStatement),
            (Strings{"$1.9 billion" + reason, "$30 million" + reason}));
  // Firing: the company's own revenues, changed.
  EXPECT_EQ(Amounts("Total revenues of $4.5 billion in the 2000 third quarter decreased 4 "
                    "percent.\n",
                    kStatement),
            (Strings{"$4.5 billion mismatch"}));
  // Quiet: a capital that only opens the sentence names nothing ("Total revenues").
  EXPECT_EQ(Amounts("Total revenues of $4.3 billion in the 2000 third quarter decreased 4 "
                    "percent.\n",
                    kStatement),
            (Strings{"$4.3 billion verified"}));
}

TEST(ParagraphContextTest, AHeadingNamedAsASegmentBelowSpeaksOfIt) {
  // "Domestic" above "The Domestic segment ...": the paragraphs under it are the segment's.
  const std::string body =
      "The Domestic segment reported operating income of $42 million for the third quarter "
      "of 2000.\n\n"
      "Selling and administrative expenses for the third quarter of 2000 were $1.8 billion.\n";
  EXPECT_EQ(Amounts("Domestic\n\n" + body, kStatement),
            (Strings{"$42 million unverifiable: the paragraph speaks of a part of the company "
                     "(\"Domestic\")",
                     "$1.8 billion unverifiable: the paragraph speaks of a part of the company "
                     "(\"Domestic\")"}));
  // Firing: under a heading that names no segment, the company's own row.
  EXPECT_EQ(Amounts("Expenses\n\nSelling and administrative expenses for the third quarter of "
                    "2000 were $1.8 billion.\n",
                    kStatement),
            (Strings{"$1.8 billion mismatch"}));
}

TEST(ParagraphContextTest, AHeadingThatNamesAnotherBasisQualifiesItsParagraphs) {
  // The rule under the heading is no heading of its own.
  const std::string body =
      "Total revenues were $4.7 billion in the third quarter of 2000, up 2 percent.\n";
  EXPECT_EQ(
      Amounts("Results of Operations excluding special items\n"
              "- ---------------------------------------------\n\n" +
                  body,
              kStatement),
      (Strings{"$4.7 billion unverifiable: the heading above speaks of a measure other than the "
               "reported one (\"excluding special items\")"}));
  // Firing: the same paragraph under a plain heading.
  EXPECT_EQ(Amounts("Results of Operations\n- -------------------\n\n" + body, kStatement),
            (Strings{"$4.7 billion mismatch"}));
}

}  // namespace
}  // namespace tieout

namespace tieout {
namespace {

// A quarter's revenue by segment beside its share of the total, and the segments' operating
// income under a heading, in thousands.
const char kSegments[] =
    "\n"
    "                     SUPPLEMENTAL SEGMENT INFORMATION\n"
    "                              (in thousands)\n"
    "\n"
    "                          Three Months Ended March 31,\n"
    "                         2020       % of       2019       % of\n"
    "                                    Total                 Total\n"
    "                       --------    ------    --------    ------\n"
    "Imaging Device          $14,862     72.1%     $15,937     76.5%\n"
    "In Home Diagnostics      5,741     27.9%       4,906     23.5%\n"
    "Total revenue           $20,603    100.0%     $20,843    100.0%\n"
    "\n"
    "                          Three Months Ended March 31,\n"
    "                                 2020         2019\n"
    "                               --------     --------\n"
    "Operating income:\n"
    "  Imaging Device                $ 4,110      $ 5,020\n"
    "  In Home Diagnostics            2,240        1,730\n"
    "  Total operating income        $ 6,350      $ 6,750\n";

std::vector<std::string> SegmentAmounts(const std::string& prose) {
  return testing::NarrativeVerdicts(prose + kSegments, "t.txt", false);
}

TEST(ParagraphContextTest, ASegmentNamedWithoutTheWordIsItsRow) {
  // Each name binds the rows labelled with it; "Total revenue" below the group names the
  // measure; the shares of the total are no amounts.
  const std::string paragraph =
      "Total revenue for the first quarter of 2020 was $20.6 million. Imaging Device revenue "
      "was $14.9 million in the first quarter of 2020. In Home Diagnostics revenue was $5.7 "
      "million in the first quarter of 2020.\n";
  EXPECT_EQ(SegmentAmounts(paragraph),
            (Strings{"$20.6 million verified", "$14.9 million verified", "$5.7 million verified"}));
  // Firing: a changed segment figure against its one row.
  std::string changed = paragraph;
  changed.replace(changed.find("$14.9"), 5, "$15.2");
  EXPECT_EQ(SegmentAmounts(changed),
            (Strings{"$20.6 million verified", "$15.2 million mismatch", "$5.7 million verified"}));
  // After "in": "Operating income in Imaging Device was ...", under the heading of the group.
  EXPECT_EQ(SegmentAmounts("Operating income in Imaging Device was $4.1 million in the first "
                           "quarter of 2020.\n"),
            (Strings{"$4.1 million verified"}));
  EXPECT_EQ(SegmentAmounts("Operating income in Imaging Device was $4.4 million in the first "
                           "quarter of 2020.\n"),
            (Strings{"$4.4 million mismatch"}));
  // Quiet: a name no table shows is a part that is not established.
  EXPECT_EQ(SegmentAmounts("Revenue in Latin America was $4.4 million in the first quarter of "
                           "2020.\n"),
            (Strings{"$4.4 million unverifiable: no row labelled \"revenue in latin america\" "
                     "shows it"}));
}

TEST(ParagraphContextTest, OneOfAListOfSegmentsIsNoPartOfItsOwn) {
  // Two segments named together: neither's row.
  EXPECT_EQ(SegmentAmounts("Revenue of the Diagnostics and Imaging Device segments was $22.9 "
                           "million in the first quarter of 2020.\n"),
            (Strings{"$22.9 million unverifiable: the paragraph speaks of a part of the company "
                     "(\"segments\")"}));
  // Firing: one segment named.
  EXPECT_EQ(SegmentAmounts("Revenue of the Imaging Device segment was $16.9 million in the first "
                           "quarter of 2020.\n"),
            (Strings{"$16.9 million mismatch"}));
}

TEST(ParagraphContextTest, GenericWordsNameNoPart) {
  // "GAAP" tells no rows apart: the company's own total.
  EXPECT_EQ(SegmentAmounts("The Company reported GAAP total revenue of $22.9 million for the first "
                           "quarter of 2020.\n"),
            (Strings{"$22.9 million mismatch"}));
}

}  // namespace
}  // namespace tieout
