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

}  // namespace
}  // namespace tieout
