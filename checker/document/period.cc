#include "checker/document/period.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "checker/base/english.h"
#include "checker/base/text.h"

namespace tieout {
namespace {

// Words of letters and digits, lowercased, punctuation dropped.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      cur.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!cur.empty()) {
      words.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

int NumberWord(const std::string& w) {
  if (int n = CardinalWord(w); n >= 0 && n <= 12) return n;
  if (!w.empty() && w.size() <= 2 && std::isdigit(static_cast<unsigned char>(w[0]))) {
    return std::stoi(w);
  }
  return -1;
}

bool IsYear(const std::string& w) {
  if (w.size() != 4) return false;
  for (char c : w) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  int y = std::stoi(w);
  return y >= 1900 && y <= 2100;
}

// The year of a fiscal year's short name: "fy2026", "fy26", or "fy" followed by "2026" or "26"
// (`next`, "" for none): 2026; two digits are 2000-2049 or 1950-1999. 0 for none.
int FiscalYearWord(const std::string& w, const std::string& next) {
  if (w.size() < 2 || w.compare(0, 2, "fy") != 0) return 0;
  std::string digits = w.size() == 2 ? next : w.substr(2);
  if (digits.size() != 2 && digits.size() != 4) return 0;
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
  }
  if (digits.size() == 4) return IsYear(digits) ? std::stoi(digits) : 0;
  int y = std::stoi(digits);
  return y + (y < 50 ? 2000 : 1900);
}

const char* MonthAbbreviation(int m) {
  static constexpr std::array<const char*, 12> kNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return m >= 1 && m <= 12 ? kNames[static_cast<size_t>(m - 1)] : "?";
}

}  // namespace

std::string DescribePeriod(const Period& p) {
  char date[32];
  if (p.month > 0 && p.day > 0) {
    std::snprintf(date, sizeof date, "%s %d, %d", MonthAbbreviation(p.month), p.day, p.year);
  } else if (p.month > 0) {
    std::snprintf(date, sizeof date, "%s %d", MonthAbbreviation(p.month), p.year);
  } else if (p.year > 0) {
    std::snprintf(date, sizeof date, "%d", p.year);
  } else {
    date[0] = '\0';
  }
  if (p.kind == Period::Kind::kUnknown) return date;
  if (p.kind == Period::Kind::kInstant) return std::string("at ") + date;
  std::string length;
  switch (p.months) {
    case 3:
      length = "quarter";
      break;
    case 6:
      length = "six months";
      break;
    case 9:
      length = "nine months";
      break;
    case 12:
      length = "year";
      break;
    default:
      length = std::to_string(p.months) + " months";
      break;
  }
  if (date[0] == '\0') return length;
  return length + " ended " + date;
}

int MonthFromName(std::string_view word) {
  static const char* const kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
  std::string w = AsciiLower(word);
  while (!w.empty() && w.back() == '.') w.pop_back();
  if (w.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) {
    std::string m = kMonths[i];
    if (w == m || (w.size() <= m.size() && m.compare(0, w.size(), w) == 0 && w.size() >= 3)) {
      return i + 1;
    }
  }
  return 0;
}

namespace {

// The one numeric date of a header ("6/30/2018", "3/31/21"), as month, day and year; false where
// there is none or more than one.
bool NumericDate(std::string_view header, int* month, int* day, int* year) {
  int found = 0;
  auto digit = [&](size_t i) { return i < header.size() && header[i] >= '0' && header[i] <= '9'; };
  for (size_t i = 0; i < header.size(); ++i) {
    if (!digit(i) || (i > 0 && (digit(i - 1) || header[i - 1] == '/'))) continue;
    int parts[3] = {0, 0, 0};
    int lengths[3] = {0, 0, 0};
    size_t j = i;
    int k = 0;
    for (; k < 3; ++k) {
      while (digit(j) && lengths[k] < 5)
        parts[k] = parts[k] * 10 + (header[j++] - '0'), ++lengths[k];
      if (k < 2 && (j >= header.size() || header[j] != '/')) break;
      if (k < 2) ++j;
    }
    if (k < 3 || digit(j) || (j < header.size() && header[j] == '/')) continue;
    if (lengths[0] > 2 || lengths[1] > 2 || (lengths[2] != 2 && lengths[2] != 4)) continue;
    if (parts[0] < 1 || parts[0] > 12 || parts[1] < 1 || parts[1] > 31) continue;
    ++found;
    *month = parts[0];
    *day = parts[1];
    *year = lengths[2] == 4 ? parts[2] : parts[2] + (parts[2] < 50 ? 2000 : 1900);
  }
  return found == 1;
}

}  // namespace

Period ParsePeriodHeader(std::string_view header) {
  Period p;
  std::vector<std::string> w = Words(header);
  // A numeric date only with words that make the header a period ("Three months ended
  // 3/31/2021", "As of 12/31/2020"), not a bare date over a column of prices or indexes.
  int month = 0, day = 0, year = 0;
  bool period_words = std::any_of(w.begin(), w.end(), [](const std::string& x) {
    return x == "ended" || x == "ending" || x == "months" || x == "quarter" || x == "as" ||
           x == "at" || x == "year" || x == "weeks";
  });
  if (period_words && NumericDate(header, &month, &day, &year)) {
    p.month = month;
    p.day = day;
    p.year = year;
  }
  for (size_t i = 0; i < w.size(); ++i) {
    int month = MonthFromName(w[i]);
    if (month > 0 && w[i].size() >= 3) {
      // "December 31, 2003" or "December 2003"; ignore month names used as words ("may").
      if (i + 1 < w.size() && NumberWord(w[i + 1]) > 0 && w[i + 1].size() <= 2) {
        p.month = month;
        p.day = std::stoi(w[i + 1]);
        if (i + 2 < w.size() && IsYear(w[i + 2])) p.year = std::stoi(w[i + 2]);
      } else if (i + 1 < w.size() && IsYear(w[i + 1]) && w[i] != "may") {
        p.month = month;
      }
    } else if (IsYear(w[i])) {
      p.year = std::stoi(w[i]);
    } else if (int fy = FiscalYearWord(w[i], i + 1 < w.size() ? w[i + 1] : ""); fy > 0) {
      // "Q4 FY26", "FY 2026": the fiscal year's name, read like a year alone (its end comes
      // from the document's own calendar, where the quarters are dated).
      p.year = fy;
      if (w[i].size() == 2) ++i;
    }
  }
  // The length of the period.
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string& x = w[i];
    if (x == "quarter" || x == "quarters") p.months = 3;
    if ((x == "months" || x == "month") && i > 0 && NumberWord(w[i - 1]) > 0) {
      p.months = NumberWord(w[i - 1]);
    }
    if ((x == "weeks" || x == "week") && i > 0 && NumberWord(w[i - 1]) > 0) {
      int weeks = NumberWord(w[i - 1]);
      p.months = (weeks * 12 + 26) / 52;
    }
    if (x == "year" || x == "years" || x == "annual" || x == "twelve") {
      if (p.months == 0) p.months = 12;
    }
    if (x == "ytd" && p.months == 0) p.months = -1;
  }
  if (p.months > 0) {
    p.kind = Period::Kind::kDuration;
  } else if (p.month > 0 && p.day > 0) {
    p.kind = Period::Kind::kInstant;
  }
  if (p.months < 0) p.months = 0;
  return p;
}

}  // namespace tieout
