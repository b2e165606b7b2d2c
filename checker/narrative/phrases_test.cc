#include "checker/narrative/phrases.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

std::vector<std::string> Expand(const std::string& phrase) {
  std::vector<std::vector<std::string>> seqs;
  std::string error;
  if (!ExpandPhrase(phrase, &seqs, &error)) return {"error: " + error};
  std::vector<std::string> out;
  for (const auto& s : seqs) {
    std::string joined;
    for (const auto& w : s) joined += (joined.empty() ? "" : " ") + w;
    out.push_back(joined);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(PhrasesTest, ExpandsGroupsAndOptionalCharacters) {
  EXPECT_EQ(Expand("net (income|loss)"), (Strings{"net income", "net loss"}));
  EXPECT_EQ(Expand("(net )?revenues?"),
            (Strings{"net revenues", "net revenue", "revenues", "revenue"}));
  EXPECT_EQ(Expand("inventor(y|ies)"), (Strings{"inventory", "inventories"}));
  EXPECT_EQ(Expand("Selling, general and administrative"),
            (Strings{"selling general and administrative"}));
  EXPECT_EQ(Expand("R&D"), (Strings{"r and d"}));
  EXPECT_EQ(Expand("six-month"), (Strings{"six month"}));
}

TEST(PhrasesTest, RejectsRegularExpressionSyntax) {
  EXPECT_EQ(Expand("net \\(loss\\)"),
            Strings{"error: '\\' is not phrase syntax (words, '(a|b)' groups and '?' only)"});
  EXPECT_EQ(Expand("(net"), Strings{"error: '(' is not closed"});
  EXPECT_EQ(Expand("(a)?"), Strings{"error: the phrase can match nothing"});
  EXPECT_EQ(Expand("^net loss$"),
            Strings{"error: '^' is not phrase syntax (words, '(a|b)' groups and '?' only)"});
}

TEST(PhrasesTest, FindsLeftmostLongestAcrossCommas) {
  PhraseMatcher m;
  std::string error;
  ASSERT_TRUE(m.Add("net (income|loss)", PhraseKind::kConcept, "net_income", &error));
  ASSERT_TRUE(m.Add("net loss per (common )?share", PhraseKind::kConcept, "eps", &error));
  ASSERT_TRUE(
      m.Add("selling general and administrative expenses", PhraseKind::kConcept, "sga", &error));
  ASSERT_TRUE(m.Add("up to", PhraseKind::kBound, "", &error));
  ASSERT_TRUE(m.Add("up", PhraseKind::kIncrease, "", &error));
  std::string text =
      "Net loss per common share rose; net loss was up. Selling, general and administrative "
      "expenses of up to";
  std::vector<Token> tokens = Tokenize(text, {});
  std::vector<std::string> found;
  for (const PhraseMatch& p : m.FindAll(tokens, 0, tokens.size())) {
    found.push_back(text.substr(tokens[p.first].begin, tokens[p.last].end - tokens[p.first].begin) +
                    "=" + (p.entry->name.empty() ? PhraseKindName(p.entry->kind) : p.entry->name));
  }
  EXPECT_EQ(found, (Strings{"Net loss per common share=eps", "net loss=net_income", "up=increase",
                            "Selling, general and administrative expenses=sga", "up to=bound"}));
}

TEST(PhrasesTest, ConflictingMeaningsAreReported) {
  PhraseMatcher m;
  std::string error;
  ASSERT_TRUE(m.Add("net sales", PhraseKind::kConcept, "total_revenues", &error));
  EXPECT_FALSE(m.Add("(net )?sales", PhraseKind::kConcept, "product_sales", &error));
  EXPECT_EQ(error, "'net sales' already names concept total_revenues ('net sales')");
}

}  // namespace
}  // namespace tieout
