#include "checker/report/json_output.h"

#include <gtest/gtest.h>

#include <sstream>

namespace tieout {
namespace {

TEST(JsonOutputTest, StringsThatAreNotUtf8AreDecodedAsWindows1252) {
  nlohmann::ordered_json j = {{"company", "Soci\xE9t\xE9 G\xE9n\xE9rale"},
                              {"rows", {{{"label", "\x93Net\x94 income"}}, "ok"}}};
  std::ostringstream out;
  WriteJson(j, -1, out);
  EXPECT_EQ(out.str(),
            "{\"company\":\"Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale\","
            "\"rows\":[{\"label\":\"\xE2\x80\x9CNet\xE2\x80\x9D income\"},\"ok\"]}\n");
}

TEST(JsonOutputTest, AMalformedKeyIsReplacedRatherThanThrown) {
  nlohmann::ordered_json j;
  j["k\xFF"] = 1;
  std::ostringstream out;
  WriteJson(j, 2, out);
  EXPECT_EQ(out.str(), "{\n  \"k\xEF\xBF\xBD\": 1\n}\n");
}

TEST(JsonOutputTest, AnObjectWrittenAMemberAtATimeIsTheWholeObjectWritten) {
  nlohmann::ordered_json tool = {{"name", "tieout"}, {"lines", "a\nb"}};
  nlohmann::ordered_json item = {{"file", "caf\xE9.txt"},
                                 {"related", nlohmann::ordered_json::array()},
                                 {"rows", {{{"label", "Net income"}}, 2}},
                                 {"empty", nlohmann::ordered_json::object()}};
  nlohmann::ordered_json whole;
  whole["tool"] = tool;
  whole["checks"] = {item, item};
  whole["findings"] = nlohmann::ordered_json::array();
  whole["summary"] = {{"checks", 2}};
  std::ostringstream expected;
  WriteJson(whole, 2, expected);

  std::ostringstream out;
  JsonObjectWriter w(out);
  w.Member("tool", tool);
  w.BeginArray("checks");
  w.Item(item);
  w.Item(item);
  w.EndArray();
  w.BeginArray("findings");
  w.EndArray();
  w.Member("summary", {{"checks", 2}});
  w.End();
  EXPECT_EQ(out.str(), expected.str());
}

}  // namespace
}  // namespace tieout
