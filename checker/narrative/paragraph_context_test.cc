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
    "Total revenues                       $    4,462      $    4,627\n"
    "Selling and administrative expenses       2,064           2,010\n"
    "Net income                                  167             339\n";

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
  EXPECT_EQ(Amounts("Total revenues of $4.6 billion in the 2000 third quarter decreased 4 "
                    "percent.\n",
                    kStatement),
            (Strings{"$4.6 billion mismatch"}));
  // Quiet: a capital that only opens the sentence names nothing ("Total revenues").
  EXPECT_EQ(Amounts("Total revenues of $4.5 billion in the 2000 third quarter decreased 4 "
                    "percent.\n",
                    kStatement),
            (Strings{"$4.5 billion verified"}));
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
