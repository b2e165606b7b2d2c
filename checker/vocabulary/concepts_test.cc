#include "checker/vocabulary/concepts.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "checker/vocabulary/vocabulary.h"

namespace tieout {
namespace {

std::vector<Pattern> Patterns(std::initializer_list<const char*> sources) {
  std::vector<Pattern> out;
  for (const char* s : sources) out.emplace_back(s, true);
  return out;
}

Row MakeRow(std::string label, std::string section = "") {
  Row row;
  row.label = std::move(label);
  row.section = std::move(section);
  return row;
}

Concepts NetIncome() {
  Concepts concepts;
  concepts.Add("net_income", Patterns({"^net (income|loss)$", "^net (income|loss) per share"}));
  concepts.Add("revenue", Patterns({"^total revenues?$"}));
  concepts.SetQualifiers(Patterns({"^basic$", "^diluted$"}));
  return concepts;
}

TEST(MatchCacheTest, SameTextSameNumber) {
  uint32_t a = MatchCache::LabelId("net income");
  uint32_t b = MatchCache::LabelId("total revenues");
  EXPECT_NE(a, b);
  EXPECT_EQ(MatchCache::LabelId(std::string("net ") + "income"), a);
}

TEST(MatchCacheTest, AnswersPerListAndPerCache) {
  std::vector<Pattern> income = Patterns({"income$"});
  std::vector<Pattern> revenue = Patterns({"revenues?$"});
  MatchCache cache;
  EXPECT_TRUE(cache.Matches(income, "net income"));
  EXPECT_FALSE(cache.Matches(revenue, "net income"));
  EXPECT_TRUE(cache.Matches(revenue, "total revenues"));
  // Asked again, by text or by number: the same answers.
  EXPECT_TRUE(cache.Matches(income, MatchCache::LabelId("net income")));
  EXPECT_FALSE(cache.Matches(revenue, MatchCache::LabelId("net income")));
  // Each cache keeps its own answers.
  MatchCache other;
  std::vector<Pattern> nothing = Patterns({"^never$"});
  EXPECT_FALSE(other.Matches(nothing, "net income"));
  EXPECT_TRUE(cache.Matches(income, "net income"));
}

TEST(MatchCacheTest, EachThreadKeepsItsOwnMemory) {
  std::vector<Pattern> income = Patterns({"income$"});
  MatchCache cache;
  bool in_thread = false;
  std::thread t([&] { in_thread = cache.Matches(income, "operating income"); });
  t.join();
  EXPECT_TRUE(in_thread);
  EXPECT_FALSE(cache.Matches(income, "operating loss"));
}

TEST(ConceptsTest, LabelSectionAndOwnHeading) {
  Concepts concepts = NetIncome();
  EXPECT_TRUE(concepts.Matches(MakeRow("Net income ....."), "net_income"));
  EXPECT_FALSE(concepts.Matches(MakeRow("Net sales"), "net_income"));
  EXPECT_TRUE(concepts.Matches(MakeRow("Numerator: Net loss"), "net_income"));
  // A qualifier under a heading that names the concept is the concept; a part of it is not.
  EXPECT_TRUE(concepts.Matches(MakeRow("Basic", "net income per share"), "net_income"));
  EXPECT_FALSE(concepts.Matches(MakeRow("Services", "net income"), "net_income"));
  EXPECT_FALSE(concepts.Matches(MakeRow("Net income"), "no_such_concept"));
  Row heading = MakeRow("Net income");
  heading.is_heading = true;
  EXPECT_FALSE(concepts.Matches(heading, "net_income"));
}

TEST(ConceptsTest, ARowChangedInPlaceIsReadAgain) {
  // The numbers of a row's texts are remembered by the row's address: a row whose label or
  // section changes there (or another row at a freed row's address) is numbered again.
  Concepts concepts = NetIncome();
  Row row = MakeRow("Total revenues");
  EXPECT_TRUE(concepts.Matches(row, "revenue"));
  EXPECT_FALSE(concepts.Matches(row, "net_income"));
  row.label = "Net income";
  EXPECT_FALSE(concepts.Matches(row, "revenue"));
  EXPECT_TRUE(concepts.Matches(row, "net_income"));
  row.label = "Diluted";
  EXPECT_FALSE(concepts.Matches(row, "net_income"));
  row.section = "net income per share";
  EXPECT_TRUE(concepts.Matches(row, "net_income"));
}

TEST(ConceptsTest, FindRowSkipsRowsWithoutFigures) {
  Concepts concepts = NetIncome();
  Table table;
  table.rows.push_back(MakeRow("Net income"));  // no cells: no figures
  Row with = MakeRow("Net income");
  Cell cell;
  cell.amount = Amount{};
  with.cells.push_back(cell);
  table.rows.push_back(with);
  EXPECT_EQ(concepts.FindRow(table, "net_income"), &table.rows[1]);
  EXPECT_EQ(concepts.FindRows(table, "net_income").size(), 1u);
  EXPECT_EQ(concepts.FindRow(table, "revenue"), nullptr);
}

}  // namespace
}  // namespace tieout
