#include "checker/base/interned.h"

#include <sstream>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(InternedTest, EqualTextsShareOneString) {
  Interned a("table-footing");
  Interned b(std::string("table-footing"));
  Interned c("eps-matches-net-income");
  EXPECT_EQ(&a.str(), &b.str());
  EXPECT_TRUE(a == b);
  EXPECT_FALSE(a == c);
  EXPECT_TRUE(a == "table-footing");
  EXPECT_TRUE(a == std::string("table-footing"));
  EXPECT_FALSE(c == "table-footing");
}

TEST(InternedTest, ReadsAsTheStringItHolds) {
  Interned rule("narrative-matches-table");
  EXPECT_EQ(rule + ": detail", "narrative-matches-table: detail");
  std::ostringstream out;
  out << rule << "|" << Interned() << "|";
  EXPECT_EQ(out.str(), "narrative-matches-table||");
  const std::string& s = rule;
  EXPECT_EQ(s.size(), 23u);
  EXPECT_TRUE(Interned().empty());
  EXPECT_TRUE(Interned("") == Interned());
  EXPECT_TRUE(Interned("a") < Interned("b"));
}

TEST(InternedTest, ThreadsInterningTheSameTextGetOnePointer) {
  std::vector<const std::string*> seen(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &seen] {
      for (int i = 0; i < 1000; ++i) seen[t] = &Interned("release-" + std::to_string(i)).str();
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string* p : seen) EXPECT_EQ(p, seen[0]);
  EXPECT_EQ(*seen[0], "release-999");
}

}  // namespace
}  // namespace tieout
