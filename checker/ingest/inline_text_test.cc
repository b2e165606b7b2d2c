#include "checker/ingest/inline_text.h"

#include <gtest/gtest.h>

#include "checker/base/utf8.h"

namespace tieout {
namespace {

std::vector<Word> Split(std::string_view decoded, std::string_view source, uint64_t from = 0) {
  std::vector<Word> words;
  SplitWords(decoded, source, from, &words);
  return words;
}

TEST(InlineTextTest, ValidatesUtf8) {
  EXPECT_TRUE(IsUtf8("plain"));
  EXPECT_TRUE(IsUtf8("\xE2\x80\x94 em dash"));
  EXPECT_FALSE(IsUtf8("\x97 cp1252 em dash"));
  EXPECT_FALSE(IsUtf8("\xE2\x80"));  // cut short
  EXPECT_FALSE(IsUtf8("\xC0\xAF"));  // overlong
}

TEST(InlineTextTest, DecodesWindows1252AndMapsOffsetsBack) {
  std::string original =
      "a\x97"
      "b\xA0"
      "c";
  Utf8Text t = ToUtf8(original);
  EXPECT_EQ(t.text(),
            "a\xE2\x80\x94"
            "b\xC2\xA0"
            "c");
  EXPECT_EQ(t.OriginalOffset(0), 0u);  // a
  EXPECT_EQ(t.OriginalOffset(1), 1u);  // the dash
  EXPECT_EQ(t.OriginalOffset(4), 2u);  // b
  EXPECT_EQ(t.OriginalOffset(7), 4u);  // c
  Utf8Text same = ToUtf8("caf\xC3\xA9");
  EXPECT_EQ(same.text(), "caf\xC3\xA9");
  EXPECT_TRUE(same.shifts.empty());
}

TEST(InlineTextTest, FoldsTypography) {
  std::string out;
  for (uint32_t cp : {0x2019u, 0x201Cu, 0x2212u, 0x00ADu, 0x0097u, 0x2014u}) AppendFolded(cp, &out);
  EXPECT_EQ(out, "'\"-\xE2\x80\x94\xE2\x80\x94");
}

TEST(InlineTextTest, FoldsTextAndWhiteSpace) {
  EXPECT_EQ(FoldText("  Shareholders\xE2\x80\x99\xC2\xA0 equity\t\n"), "Shareholders' equity");
  EXPECT_EQ(FoldText(""), "");
}

TEST(InlineTextTest, FindsWordsBehindEntities) {
  // The parser decoded "Net&nbsp;income &amp; gains" from source offset 10 on.
  std::string source = "0123456789Net&nbsp;income &amp; gains";
  std::vector<Word> w = Split("Net\xC2\xA0income & gains", source, 10);
  ASSERT_EQ(w.size(), 4u);
  EXPECT_EQ(w[0].text, "Net");
  EXPECT_EQ(w[0].offset, 10u);
  EXPECT_EQ(w[1].text, "income");
  EXPECT_EQ(w[1].offset, 19u);
  EXPECT_TRUE(w[1].space_before);
  EXPECT_EQ(w[2].text, "&");
  EXPECT_EQ(w[2].offset, 26u);
  EXPECT_EQ(w[3].text, "gains");
  EXPECT_EQ(w[3].offset, 32u);
}

TEST(InlineTextTest, FoldsCurlyQuotesInWords) {
  std::vector<Word> w = Split("Shareholders\xE2\x80\x99 equity", "Shareholders&#8217; equity");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].text, "Shareholders'");
  EXPECT_EQ(w[1].offset, 20u);
}

TEST(InlineTextTest, WordsThroughEntitiesAndMarkup) {
  // Plain characters step one byte in both texts; an entity is one character of the text.
  std::vector<Word> w = Split("AT&T rose", "AT&amp;T rose");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].text, "AT&T");
  EXPECT_EQ(w[0].offset, 0u);
  EXPECT_EQ(w[1].text, "rose");
  EXPECT_EQ(w[1].offset, 9u);
  // Markup inside a word ("ab<i>cd</i>") is stepped over by looking a little ahead.
  w = Split("abcd efg", "ab<i>cd</i> efg");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].text, "abcd");
  EXPECT_EQ(w[0].offset, 0u);
  EXPECT_EQ(w[1].text, "efg");
  EXPECT_EQ(w[1].offset, 7u);
}

TEST(InlineTextTest, SurvivesTextThatIsNotInTheSource) {
  std::vector<Word> w = Split("abc def", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", 3);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].offset, 3u);
  EXPECT_GE(w[1].offset, 3u);
}

TEST(InlineTextTest, BuilderJoinsTouchingRunsAndSpacesSeparatedOnes) {
  TextBuilder b;
  b.Add(Word{"Rev", 100, false}, 100);
  b.Add(Word{"enue", 103, false}, 103);  // "Rev<i>enue</i>": one word
  b.Add(Word{"rose", 108, true}, 108);
  b.Break();
  b.Add(Word{"again", 200, false}, 200);
  Paragraph p = b.Take();
  EXPECT_EQ(p.Text(), "Revenue rose again");
  EXPECT_EQ(p.span.begin, 100u);
  EXPECT_EQ(p.span.end, 205u);
  // "Revenue rose" stands in the source as in the text: one piece; "again" is elsewhere.
  ASSERT_EQ(p.pieces.size(), 2u);
  EXPECT_EQ(p.SpanOf(8, 12).begin, 108u);
  EXPECT_EQ(p.SpanOf(13, 18).begin, 200u);
  EXPECT_TRUE(b.empty());
}

TEST(InlineTextTest, WordCharacters) {
  EXPECT_TRUE(HasWordCharacter("\xE2\x80\xA2 Revenue"));
  EXPECT_FALSE(HasWordCharacter("\xE2\x80\xA2 - $"));
}

}  // namespace
}  // namespace tieout
