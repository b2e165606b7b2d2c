// The narrative analysis handed over a paragraph at a time (AnalyzeParagraphs): what a paragraph
// with a mismatch waits for, indexes relative to the paragraph, and the narrative rules reading
// the prose together giving the checks each gives alone.
#include "checker/rules/narrative_facts.h"

#include <gtest/gtest.h>

#include "checker/narrative/analysis.h"
#include "checker/rules/rule_set.h"
#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

using Strings = std::vector<std::string>;

const char kStatement[] =
    "\n"
    "                          DELTA OUTFITTERS INC.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                (in thousands, except per share data)\n"
    "\n"
    "                                     Three Months Ended June 30,\n"
    "                                        2025            2024\n"
    "                                     ----------      ----------\n"
    "Net sales                            $  481,300      $  455,000\n"
    "Cost of sales                           300,200         290,100\n"
    "                                     ----------      ----------\n"
    "Gross profit                            181,100         164,900\n"
    "Net income (loss)                    $  (14,800)     $    5,230\n"
    "Net income (loss) per share:\n"
    "  Basic                              $    (0.31)     $     0.11\n"
    "  Diluted                            $    (0.30)     $     0.10\n";

// "paragraph pending: $X verdict" for each visit, in the order of the visits.
Strings Visits(const std::string& prose) {
  auto rules = testing::DefaultRules();
  Strings out;
  for (const Document& doc : testing::ReadText(prose + kStatement)) {
    AnalyzeParagraphs(doc, rules->concepts, rules->narrative,
                      [&](size_t paragraph, const NarrativeAnalysis& part, bool pending) {
                        std::string visit =
                            std::to_string(paragraph) + (pending ? " pending:" : ":");
                        for (const NarrativeFigure& f : part.figures) {
                          std::string detail;
                          visit += " " + f.text + " " + FigureVerdictName(f.Verdict(&detail));
                        }
                        out.push_back(visit);
                      });
  }
  return out;
}

TEST(AnalyzeParagraphsTest, AMismatchWaitsForTheOtherParagraphsOnlyWhenTheyStateItsCell) {
  // Quiet: the verified paragraph is final; the mismatch is pending, and no other paragraph
  // states another figure for its cell, so it stands as first visited.
  EXPECT_EQ(Visits("Net sales were $481.3 million.\n\nGross profit was $181.0 million.\n"),
            (Strings{"0: $481.3 million verified", "1 pending: $181.0 million mismatch"}));
  // Two regions' net sales, neither the consolidated figure: both pending, then read again as
  // parts of the cell once the last paragraph is read.
  EXPECT_EQ(Visits("Americas\n\n* Net sales were $300.1 million.\n\nEurope\n\n* Net sales were "
                   "$181.2 million.\n"),
            (Strings{"1 pending: $300.1 million mismatch", "3 pending: $181.2 million mismatch",
                     "1: $300.1 million unverifiable", "3: $181.2 million unverifiable"}));
}

TEST(AnalyzeParagraphsTest, AFigureRefersToFiguresOfItsParagraphByTheirIndexInIt) {
  const std::string prose =
      "Net sales were $481.3 million.\n\nNet loss was $14.8 million, or $0.30 per diluted "
      "share.\n";
  auto rules = testing::DefaultRules();
  std::vector<Document> docs = testing::ReadText(prose + kStatement);
  ASSERT_EQ(docs.size(), 1u);
  std::vector<int> hosts;
  AnalyzeParagraphs(docs[0], rules->concepts, rules->narrative,
                    [&](size_t, const NarrativeAnalysis& part, bool) {
                      for (const NarrativeFigure& f : part.figures) hosts.push_back(f.host);
                    });
  EXPECT_EQ(hosts, (std::vector<int>{-1, -1, 0}));
  // The whole document's analysis counts from its first figure.
  std::vector<int> whole;
  for (const NarrativeFigure& f :
       AnalyzeNarrative(docs[0], rules->concepts, rules->narrative).figures) {
    whole.push_back(f.host);
  }
  EXPECT_EQ(whole, (std::vector<int>{-1, -1, 1}));
}

TEST(AnalyzeParagraphsTest, NarrativeRulesTogetherGiveTheChecksOfEachAlone) {
  const std::string text =
      "Americas\n\n* Net sales were $300.1 million.\n\nNet sales were $481.3 million, up from "
      "$455.0 million.\n\nEurope\n\n* Net sales were $181.2 million.\n\nGross profit was $181.0 "
      "million.\n" +
      std::string(kStatement);
  auto rules = testing::DefaultRules();
  std::vector<Document> docs = testing::ReadText(text);
  ASSERT_EQ(docs.size(), 1u);
  // Together: through the engine, one reading for every narrative rule.
  Report together = testing::CheckText(text, rules);
  // Alone: each rule without a memo reads the document itself.
  Report alone;
  alone.documents.emplace_back();
  Results results(docs[0], &alone);
  RuleContext context{rules->concepts, rules->vocabulary, &rules->narrative};
  Strings ids;
  for (const auto& rule : rules->rules) {
    if (!dynamic_cast<const NarrativeRule*>(rule.get())) continue;
    rule->Run(docs[0], context, &results);
    ids.push_back(rule->spec().id);
  }
  ASSERT_GE(ids.size(), 2u);
  Strings checks_together, checks_alone;
  for (const std::string& id : ids) {
    for (const std::string& c : testing::ChecksOf(together, id)) checks_together.push_back(c);
    for (const std::string& c : testing::ChecksOf(alone, id)) checks_alone.push_back(c);
  }
  EXPECT_EQ(checks_together, checks_alone);
  EXPECT_EQ(testing::FindingMessages(together), testing::FindingMessages(alone));
  EXPECT_EQ(together.narrative.figures, alone.narrative.figures);
  EXPECT_EQ(together.narrative.verified, alone.narrative.verified);
  EXPECT_EQ(together.narrative.unverifiable, alone.narrative.unverifiable);
  // The pending paragraphs keep their place among the checks: in the order of the prose.
  EXPECT_EQ(testing::ChecksOf(together, "narrative-matches-table"),
            (Strings{"skip: \"$300.1 million\": unverifiable: the prose states 2 other figures "
                     "for Net sales (quarter ended Jun 30, 2025): they speak of its parts",
                     "pass: \"$481.3 million\" Net sales (quarter ended Jun 30, 2025): verified "
                     "against Net sales (quarter ended Jun 30, 2025): 481,300,000",
                     "pass: \"$455.0 million\" Net sales (quarter ended Jun 30, 2024): verified "
                     "against Net sales (quarter ended Jun 30, 2024): 455,000,000",
                     "skip: \"$181.2 million\": unverifiable: the prose states 2 other figures "
                     "for Net sales (quarter ended Jun 30, 2025): they speak of its parts",
                     "fail: \"$181.0 million\" gross profit (quarter ended Jun 30, 2025): table "
                     "says 181,100,000 ($181.1 million)"}));
}

}  // namespace
}  // namespace tieout
