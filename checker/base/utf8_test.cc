#include "checker/base/utf8.h"

#include <gtest/gtest.h>

namespace tieout {
namespace {

TEST(Utf8Test, WellFormedTextIsKept) {
  EXPECT_TRUE(IsUtf8("plain ASCII"));
  EXPECT_TRUE(IsUtf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x92\xB5"));
  EXPECT_EQ(RepairUtf8("caf\xC3\xA9 \xE2\x80\x94"), "caf\xC3\xA9 \xE2\x80\x94");
  std::string s =
      "net income \xE2\x82\xAC"
      "5";
  EXPECT_FALSE(MakeUtf8(&s));
  EXPECT_EQ(s,
            "net income \xE2\x82\xAC"
            "5");
}

TEST(Utf8Test, MalformedSequencesAreNotUtf8) {
  EXPECT_FALSE(IsUtf8("caf\xE9"));           // Latin-1
  EXPECT_FALSE(IsUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsUtf8("\xED\xA0\x80"));      // a surrogate
  EXPECT_FALSE(IsUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsUtf8("\xE2\x80"));          // cut short
  EXPECT_FALSE(IsUtf8(std::string_view("\xC3", 1)));
}

TEST(Utf8Test, OtherBytesAreReadAsWindows1252) {
  // Latin-1 letters, the 1252 quotes, dash and euro, and an undefined byte.
  EXPECT_EQ(RepairUtf8("caf\xE9"), "caf\xC3\xA9");
  EXPECT_EQ(RepairUtf8("\x93Record\x94 \x96 \x80"
                       "5"),
            "\xE2\x80\x9CRecord\xE2\x80\x9D \xE2\x80\x93 \xE2\x82\xAC"
            "5");
  EXPECT_EQ(RepairUtf8("a\x81z"), "a\xEF\xBF\xBDz");
  // A valid sequence next to a stray byte: the sequence stays, the byte is decoded.
  EXPECT_EQ(RepairUtf8("\xC3\xA9\xE9"), "\xC3\xA9\xC3\xA9");
  std::string s =
      "1,234\xA0"
      "567";
  EXPECT_TRUE(MakeUtf8(&s));
  EXPECT_EQ(s,
            "1,234\xC2\xA0"
            "567");
  EXPECT_TRUE(IsUtf8(RepairUtf8("\xFF\xFE\xC0\xAF\xED\xA0\x80")));
}

TEST(Utf8Test, LongAsciiRunsAroundOtherBytes) {
  // Runs longer than the eight bytes read at a time, other bytes at every offset after them.
  for (size_t run = 0; run < 20; ++run) {
    std::string ascii(run, 'a');
    EXPECT_TRUE(IsUtf8(ascii + "\xC3\xA9" + ascii)) << run;
    EXPECT_FALSE(IsUtf8(ascii + "\xE9" + ascii)) << run;
    EXPECT_FALSE(IsUtf8(ascii + ascii + "\xE2\x82")) << run;
    EXPECT_EQ(CodePoints(ascii + "\xC3\xA9" + ascii), static_cast<int>(2 * run + 1)) << run;
    EXPECT_EQ(CodePoints(ascii + "\xE9\xE2\x82\xAC" + ascii + "\xE2\x82"),
              static_cast<int>(2 * run + 4))
        << run;
  }
}

TEST(Utf8Test, CodePointsAsRepairUtf8WritesThem) {
  EXPECT_EQ(CodePoints(""), 0);
  EXPECT_EQ(CodePoints("abc"), 3);
  EXPECT_EQ(CodePoints("caf\xc3\xa9"), 4);     // UTF-8 "é": one
  EXPECT_EQ(CodePoints("\xe2\x82\xac 1"), 3);  // UTF-8 "€": one
  EXPECT_EQ(CodePoints("\x80 1"), 3);          // Windows-1252 "€": one byte, one
  EXPECT_EQ(CodePoints("\xe2\x82"), 2);        // a cut sequence: a code point per byte
  for (std::string s : {"caf\xc3\xa9", "\x80\xe9x", "\xf0\x9f\x98\x80"}) {
    std::string repaired = RepairUtf8(s);
    int leads = 0;
    for (char c : repaired) leads += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    EXPECT_EQ(CodePoints(s), leads) << s;
  }
}

TEST(Utf8Test, Utf16WithItsByteOrderMarkIsDecoded) {
  using namespace std::string_literals;
  EXPECT_EQ(Utf16Bom("\xFF\xFEx"), Utf16::kLittleEndian);
  EXPECT_EQ(Utf16Bom("\xFE\xFFx"), Utf16::kBigEndian);
  EXPECT_EQ(Utf16Bom("ab"), std::nullopt);
  EXPECT_EQ(DecodeUtf16("no bom"), std::nullopt);
  EXPECT_EQ(DecodeUtf16("\xFF\xFE"
                        "A\0\xE9\0\x14\x20"s),
            "A\xC3\xA9\xE2\x80\x94");
  EXPECT_EQ(DecodeUtf16("\xFE\xFF\0A\x20\x14"s), "A\xE2\x80\x94");
  // A surrogate pair, an unpaired surrogate, and an odd byte at the end.
  EXPECT_EQ(DecodeUtf16("\xFF\xFE\x3D\xD8\xB5\xDC\x00\xD8"
                        "A\0x"s),
            "\xF0\x9F\x92\xB5\xEF\xBF\xBD"
            "A");
}

}  // namespace
}  // namespace tieout
