#include "checker/base/english.h"

#include <array>

namespace tieout {

int CardinalWord(std::string_view w) {
  static constexpr std::array<std::string_view, 21> kSmall = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (size_t k = 0; k < kSmall.size(); ++k) {
    if (w == kSmall[k]) return static_cast<int>(k);
  }
  static constexpr std::array<std::string_view, 7> kTens = {"thirty",  "forty",  "fifty", "sixty",
                                                            "seventy", "eighty", "ninety"};
  for (size_t k = 0; k < kTens.size(); ++k) {
    if (w == kTens[k]) return 30 + 10 * static_cast<int>(k);
  }
  if (w == "hundred") return 100;
  return -1;
}

int ScaleWordPower(std::string_view w) {
  if (w.empty()) return 0;
  if (w.back() == 's') w.remove_suffix(1);
  if (w == "thousand") return 3;
  if (w == "million") return 6;
  if (w == "billion") return 9;
  return -1;
}

bool IsJoiningWord(std::string_view w) {
  static constexpr std::array<std::string_view, 18> kJoining = {
      "and",  "or", "of", "for", "to",  "the", "in", "on",     "from",
      "with", "by", "at", "as",  "per", "a",   "an", "before", "after"};
  for (std::string_view j : kJoining) {
    if (w == j) return true;
  }
  return false;
}

}  // namespace tieout
