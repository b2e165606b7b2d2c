#include "checker/narrative/periods.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "checker/base/english.h"
#include "checker/document/period.h"

namespace tieout {
namespace {

// Words are compared with literals as string_views: the lengths first, then the letters
// (std::string == "literal" calls memcmp at every compare).
using std::string_view_literals::operator""sv;

bool AllDigits(const std::string& w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int YearOf(const std::string& w) {
  if (w.size() != 4 || !AllDigits(w)) return 0;
  int y = std::atoi(w.c_str());
  return y >= 1900 && y <= 2100 ? y : 0;
}

int DayOf(const std::string& w) {
  if (w.empty() || w.size() > 2 || !AllDigits(w)) return 0;
  int d = std::atoi(w.c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int CountWord(const std::string& w) {
  if (int n = CardinalWord(w); n >= 0 && n <= 13) return n;
  if (AllDigits(w) && w.size() <= 2) return std::atoi(w.c_str());
  return -1;
}

int OrdinalOf(const std::string& w) {
  if (w == "first"sv || w == "1st"sv) return 1;
  if (w == "second"sv || w == "2nd"sv) return 2;
  if (w == "third"sv || w == "3rd"sv) return 3;
  if (w == "fourth"sv || w == "4th"sv) return 4;
  return 0;
}

// "q1".."q4": an ordinal and the word "quarter" in one.
int QuarterCode(const std::string& w) {
  if (w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4') return w[1] - '0';
  return 0;
}

int WeeksToMonths(int weeks) { return (weeks * 12 + 26) / 52; }

// Lists of lengths or dates longer than this are not period phrases ("three, six and nine
// months"); the bound keeps the reading linear.
constexpr int kMaxListItems = 8;

class MentionParser {
 public:
  MentionParser(const std::vector<Token>& tokens, size_t /*begin*/, size_t end)
      : t_(tokens), end_(end) {}

  // Parses a mention starting at token i; on success fills *m and returns true.
  bool ParseAt(size_t i, PeriodMention* m) {
    sentence_ = t_[i].sentence;
    opens_ = i == 0 || t_[i - 1].sentence != sentence_;
    size_t p = i;
    bool instant_prep = false;
    const std::string& w0 = W(p);
    if (w0 == "for"sv || w0 == "in"sv || w0 == "during"sv || w0 == "of"sv || w0 == "over"sv ||
        w0 == "through"sv || w0 == "on"sv) {
      ++p;
    } else if (w0 == "at"sv) {
      ++p;
      instant_prep = true;
    } else if (w0 == "as"sv && W(p + 1) == "of"sv) {
      p += 2;
      instant_prep = true;
    }
    bool prep = p > i;
    if (instant_prep) {
      Date d;
      size_t q = p;
      if (ParseDate(&q, &d, true)) {
        m->kind = PeriodMention::Kind::kInstant;
        m->first = i;
        m->last = q - 1;
        m->dates = {d};
        return true;
      }
    }
    // Determiners.
    const std::string& d0 = W(p);
    if (d0 == "the"sv || d0 == "its"sv || d0 == "our"sv || d0 == "their"sv || d0 == "this"sv ||
        d0 == "each"sv || d0 == "both"sv || d0 == "a"sv) {
      ++p;
      if (W(p) == "of"sv && W(p + 1) == "the"sv) p += 2;  // "each of the"
    }
    PeriodMention r;
    r.first = i;
    const std::string& prep_word = prep ? W(i) : std::string();
    if (ParseComparable(p, &r) || ParseLengths(p, &r, prep_word) || ParseYear(p, &r, prep)) {
      *m = r;
      return true;
    }
    return false;
  }

 private:
  const std::string& W(size_t i) const {
    static const std::string kEmpty;
    if (i >= end_ || t_[i].sentence != sentence_ || !t_[i].is_word()) return kEmpty;
    return t_[i].word;
  }
  bool Punct(size_t i, char c) const {
    return i < end_ && t_[i].sentence == sentence_ && t_[i].punct == c;
  }

  // Month [.] day [,] year | month [,] year | month day. With require_year, the year is needed.
  bool ParseDate(size_t* pos, Date* d, bool require_year) const {
    size_t q = *pos;
    const std::string& mw = W(q);
    int month = mw.size() >= 3 ? MonthFromName(mw) : 0;
    if (month == 0) return false;
    ++q;
    if (Punct(q, '.')) ++q;
    Date out;
    out.month = month;
    int day = DayOf(W(q));
    if (day > 0) {
      out.day = day;
      ++q;
    } else if (mw == "may"sv || mw == "march"sv) {
      // "may" and "march" are words too: a date needs its day here.
      if (!YearOf(W(q))) return false;
    }
    size_t before_year = q;
    if (Punct(q, ',')) ++q;
    int year = YearOf(W(q));
    if (year > 0) {
      out.year = year;
      ++q;
    } else {
      q = before_year;
      if (require_year || out.day == 0) return false;
    }
    *d = out;
    *pos = q;
    return true;
  }

  // Date (("and" | ",") (Date | year))*
  bool ParseDateList(size_t* pos, std::vector<Date>* dates) const {
    size_t q = *pos;
    Date first;
    if (!ParseDate(&q, &first, false)) return false;
    dates->push_back(first);
    for (int items = 1; items < kMaxListItems; ++items) {
      size_t r = q;
      if (Punct(r, ',')) ++r;
      if (W(r) == "and"sv) ++r;
      if (r == q) break;
      Date next;
      size_t s = r;
      if (ParseDate(&s, &next, false)) {
        dates->push_back(next);
        q = s;
        continue;
      }
      int year = YearOf(W(r));
      if (year > 0) {
        Date copy = dates->back();
        copy.year = year;
        dates->push_back(copy);
        q = r + 1;
        continue;
      }
      break;
    }
    *pos = q;
    return true;
  }

  // One length: "quarter", "six months", "6-month period", "13 weeks", "year", "fiscal year".
  // `ordinal` gets "second" of "second quarter". A bare number ("three" of "three and six
  // months") gives its count in *bare.
  bool ParseLengthItem(size_t* pos, int* months, int* ordinal, int* bare, bool* fiscal) const {
    size_t q = *pos;
    *ordinal = 0;
    *bare = -1;
    *fiscal = false;
    int ord = OrdinalOf(W(q));
    if (ord > 0) ++q;
    if (W(q) == "fiscal"sv) {
      *fiscal = true;
      ++q;
    }
    int code = QuarterCode(W(q));
    if (code > 0 && ord == 0) {
      *ordinal = code;
      *months = 3;
      *pos = q + 1;
      return true;
    }
    const std::string& w = W(q);
    if (w == "quarter"sv || w == "quarters"sv) {
      *ordinal = ord;
      *months = 3;
      *pos = q + 1;
      return true;
    }
    if (ord > 0 && (w == "half"sv || w == "halves"sv)) {
      *ordinal = ord;
      *months = 6;
      *pos = q + 1;
      return true;
    }
    if (ord == 0 && (w == "year"sv || w == "years"sv)) {
      *months = 12;
      *pos = q + 1;
      return true;
    }
    int n = CountWord(w);
    if (n < 0) return false;
    size_t r = q + 1;
    // "twenty six weeks" and the like.
    if (w == "twenty"sv || w == "thirty"sv || w == "fifty"sv) {
      int ones = CountWord(W(r));
      if (ones >= 0 && ones < 10) {
        n = (w == "twenty"sv ? 20 : w == "thirty"sv ? 30 : 50) + ones;
        ++r;
      }
    }
    const std::string& unit = W(r);
    if (unit == "month"sv || unit == "months"sv) {
      if (n <= 0 || n > 12) return false;
      *months = n;
      ++r;
    } else if (unit == "week"sv || unit == "weeks"sv) {
      if (n <= 0 || n > 53) return false;
      *months = WeeksToMonths(n);
      ++r;
    } else if ((unit == "quarter"sv || unit == "quarters"sv) && n >= 2 && n <= 4) {
      *months = 3 * n;  // "the first three quarters of fiscal 2001": nine months
      ++r;
    } else {
      if (n <= 0 || n > 53 || ord > 0) return false;
      *bare = n;
      *pos = r;
      return true;
    }
    if (ord > 0 && !(ord == 1 && (*months == 6 || *months == 9))) return false;
    if (ord == 1) *ordinal = 1;  // "the first six months": year to date
    if (W(r) == "period"sv || W(r) == "periods"sv) ++r;
    *pos = r;
    return true;
  }

  // ["of" | "in"] ["fiscal"] ["year"] YYYY: a year after an ordinal or a comparable phrase.
  bool ParseYearSpec(size_t* pos, int* year, bool* fiscal) const {
    size_t q = *pos;
    if (W(q) == "of"sv || W(q) == "in"sv || W(q) == "for"sv) ++q;
    if (W(q) == "the"sv && W(q + 1) == "fiscal"sv) ++q;
    bool f = false;
    if (W(q) == "fiscal"sv) {
      f = true;
      ++q;
    }
    if (W(q) == "year"sv) ++q;
    int y = YearOf(W(q));
    if (y == 0) return false;
    *year = y;
    *fiscal = f;
    *pos = q + 1;
    return true;
  }

  // "last year", "a year ago", "the prior year", "the previous fiscal year", "a year earlier".
  bool ParseLastYear(size_t* pos) const {
    size_t q = *pos;
    if (W(q) == "of"sv || W(q) == "in"sv || W(q) == "for"sv) ++q;
    if (W(q) == "last"sv && W(q + 1) == "year"sv) {
      *pos = q + 2;
      return true;
    }
    if (W(q) == "a"sv && W(q + 1) == "year"sv && (W(q + 2) == "ago"sv || W(q + 2) == "earlier"sv)) {
      *pos = q + 3;
      return true;
    }
    if (W(q) == "the"sv) ++q;
    if (W(q) == "prior"sv || W(q) == "previous"sv || W(q) == "preceding"sv) {
      size_t r = q + 1;
      if (W(r) == "fiscal"sv) ++r;
      if (W(r) == "year"sv) {
        *pos = r + 1;
        return true;
      }
    }
    return false;
  }

  bool ParseComparable(size_t p, PeriodMention* m) const {
    size_t q = p;
    bool comparable = false, sequential = false, year_marker = false;
    // Markers before the length noun.
    for (int guard = 0; guard < 4; ++guard) {
      const std::string& w = W(q);
      if (w == "same"sv || w == "comparable"sv || w == "corresponding"sv || w == "like"sv) {
        comparable = true;
        ++q;
      } else if ((w == "prior"sv || w == "previous"sv || w == "last"sv || w == "preceding"sv) &&
                 (W(q + 1) == "year"sv || W(q + 1) == "year's"sv ||
                  (W(q + 1) == "fiscal"sv && (W(q + 2) == "year"sv || W(q + 2) == "year's"sv)))) {
        comparable = year_marker = true;
        q += W(q + 1) == "fiscal"sv ? 3 : 2;
      } else if (w == "year"sv && W(q + 1) == "ago"sv) {
        comparable = year_marker = true;
        q += 2;
      } else if (w == "prior"sv || w == "previous"sv || w == "preceding"sv || w == "sequential"sv ||
                 w == "linked"sv || w == "last"sv) {
        sequential = true;
        ++q;
      } else {
        break;
      }
    }
    if (!comparable && !sequential) return false;
    m->kind = comparable ? PeriodMention::Kind::kComparable : PeriodMention::Kind::kSequential;
    // The length noun.
    const std::string& n = W(q);
    size_t r = q;
    if (n == "period"sv || n == "periods"sv) {
      m->plural = n == "periods"sv;
      ++r;
    } else {
      int months = 0, ordinal = 0, bare = -1;
      bool fiscal = false;
      if (ParseLengthItem(&r, &months, &ordinal, &bare, &fiscal) && bare < 0) {
        m->lengths.push_back(months);
        m->ordinal = ordinal;
        m->plural = W(r - 1) == "quarters"sv || W(r - 1) == "periods"sv;
        // "the comparable three and six month periods"
        while (W(r) == "and"sv || Punct(r, ',')) {
          size_t s = r + 1;
          if (W(s) == "and"sv) ++s;
          int m2 = 0, o2 = 0, b2 = -1;
          bool f2 = false;
          if (!ParseLengthItem(&s, &m2, &o2, &b2, &f2) || b2 >= 0) break;
          m->lengths.push_back(m2);
          r = s;
        }
      } else if (bare >= 0) {
        return false;
      } else if (year_marker) {
        // "the prior year", "a year ago" alone: the comparable of whatever was named before.
        r = q;
      } else {
        return false;
      }
    }
    if (sequential && (m->lengths.size() != 1 || m->lengths[0] != 3)) return false;
    // The year it is in.
    size_t s = r;
    int year = 0;
    bool fiscal = false;
    if (ParseYearSpec(&s, &year, &fiscal)) {
      m->year = year;
      m->fiscal = fiscal;
      r = s;
    } else if (ParseLastYear(&s)) {
      if (sequential) return false;  // "the last quarter of last year": not a comparable
      r = s;
    }
    if (r == p) return false;
    m->last = r - 1;
    return true;
  }

  // Lengths with an ordinal or end dates: "the quarter and six months ended December 31, 2003",
  // "the second quarter of fiscal 2004", "the three and six month periods ended ...".
  bool ParseLengths(size_t p, PeriodMention* m, const std::string& prep_word) const {
    bool prep = !prep_word.empty();
    size_t q = p;
    // Modifiers of a current period.
    bool current_marker = false;
    for (int guard = 0; guard < 3; ++guard) {
      const std::string& w = W(q);
      if (w == "current"sv || w == "recent"sv || w == "most"sv || w == "latest"sv ||
          w == "just"sv) {
        current_marker = true;
        ++q;
      } else if ((w == "current"sv || w == "this"sv) && W(q + 1) == "year"sv) {
        q += 2;
      } else {
        break;
      }
    }
    if (W(q) == "year"sv && current_marker) ++q;  // "the current year quarter"
    if (W(q) == "fiscal"sv && W(q + 1) == "year"sv && current_marker) q += 2;
    // "the 2004 second quarter", "fiscal 2004 second quarter".
    int lead_year = 0;
    bool lead_fiscal = false;
    {
      size_t r = q;
      if (W(r) == "fiscal"sv) {
        lead_fiscal = true;
        ++r;
      }
      int y = YearOf(W(r));
      if (y > 0 && (OrdinalOf(W(r + 1)) > 0 || QuarterCode(W(r + 1)) > 0)) {
        lead_year = y;
        q = r + 1;
      } else {
        lead_fiscal = false;
      }
    }
    std::vector<int> lengths;
    std::vector<int> bare;
    int ordinal = 0;
    bool fiscal_word = lead_fiscal;
    size_t r = q;
    for (int items = 0; items < kMaxListItems; ++items) {
      int months = 0, ord = 0, b = -1;
      bool f = false;
      size_t s = r;
      if (!ParseLengthItem(&s, &months, &ord, &b, &f)) break;
      if (b >= 0) {
        bare.push_back(b);
      } else {
        // "three and six months": the bare counts before take this unit.
        for (int count : bare) {
          if (count <= 0 || count > 12) return false;
          lengths.push_back(count);
        }
        bare.clear();
        lengths.push_back(months);
        if (ord > 0) ordinal = ord;
      }
      fiscal_word |= f;
      r = s;
      size_t t = r;
      if (Punct(t, ',')) ++t;
      if (W(t) == "and"sv || W(t) == "or"sv) {
        ++t;
        if (W(t) == "the"sv) ++t;
        r = t;
        continue;
      }
      if (t > r && !bare.empty()) {
        r = t;
        continue;
      }
      break;
    }
    if (!bare.empty()) {
      // A trailing bare count ("the three and") is not a length: back up over it.
      if (lengths.empty()) return false;
    }
    if (lengths.empty()) return false;
    // Back over a trailing "and" / "," that did not lead to a length.
    while (r > q && (W(r - 1) == "and"sv || W(r - 1) == "or"sv || W(r - 1) == "the"sv ||
                     Punct(r - 1, ','))) {
      --r;
    }
    if (W(r) == "period"sv || W(r) == "periods"sv) ++r;
    if (W(r) == "just"sv && W(r + 1) == "ended"sv) {
      m->kind = PeriodMention::Kind::kCurrent;
      m->lengths = lengths;
      m->ordinal = ordinal;
      m->last = r + 1;
      return true;
    }
    // "second quarter of fiscal year 2004"
    int year = lead_year;
    bool fiscal = fiscal_word;
    // The fields every period of these lengths fills.
    auto of_lengths = [&](PeriodMention::Kind kind, size_t last) {
      m->kind = kind;
      m->lengths = lengths;
      m->ordinal = ordinal;
      m->fiscal = fiscal;
      m->last = last;
    };
    if (year == 0) {
      size_t s = r;
      int y = 0;
      bool f = false;
      bool allowed = ordinal > 0 || (lengths.size() == 1 && lengths[0] == 12);
      if (allowed && ParseYearSpec(&s, &y, &f)) {
        year = y;
        fiscal |= f;
        r = s;
      } else if (ordinal > 0 && lengths.size() == 1 && ParseLastYear(&s)) {
        // "the third quarter of the prior year", "the first nine months of last year": the
        // period of that ordinal a year before the current one.
        m->kind = PeriodMention::Kind::kComparable;
        m->lengths = lengths;
        m->ordinal = ordinal;
        m->last = s - 1;
        return true;
      }
    }
    // "ended December 31, 2003 and 2002"
    size_t s = r;
    if (Punct(s, ',')) ++s;
    if (W(s) == "then"sv) ++s;
    if (W(s) == "ended"sv || W(s) == "ending"sv || W(s) == "end"sv) {
      bool end = W(s) == "end"sv && s == r;
      ++s;
      if (W(s) == "on"sv) ++s;
      std::vector<Date> dates;
      if (ParseDateList(&s, &dates)) {
        of_lengths(PeriodMention::Kind::kExplicit, s - 1);
        m->dates = dates;
        m->year = year;
        return true;
      }
      // "at quarter end", "Year-end cash was": the balance sheet date that ends the current
      // period of that length (after a preposition, or opening the sentence).
      if (end && year == 0 && lengths.size() == 1 && (prep || opens_)) {
        of_lengths(PeriodMention::Kind::kCurrent, r);
        m->at_end = true;
        // "Year-end 2015 cash": the end of that year.
        if (YearOf(W(r + 1)) > 0) {
          m->year = YearOf(W(r + 1));
          m->last = r + 1;
        }
        return true;
      }
    }
    if (year > 0) {
      if (ordinal > 0 || lead_year > 0) {
        of_lengths(PeriodMention::Kind::kOrdinal, r - 1);
      } else {
        m->kind = PeriodMention::Kind::kYear;  // "fiscal year 2004", "the year 2003"
        m->fiscal = fiscal;
        m->last = r - 1;
      }
      m->year = year;
      return true;
    }
    // "for the quarter", "this quarter", "the six months": the current period of that length.
    // A bare "year" is too vague ("during the year") unless the sentence says "for the year".
    // An ordinal that opens the sentence says when too: "Third quarter sales were ...".
    bool opens_with_ordinal = opens_ && ordinal > 0 && lengths.size() == 1;
    if (!prep && !current_marker && W(p - 1) != "this"sv && !opens_with_ordinal) return false;
    if (lengths.size() == 1 && lengths[0] == 12 && prep_word != "for"sv) return false;
    of_lengths(PeriodMention::Kind::kCurrent, r - 1);
    return true;
  }

  // "in 2002", "in fiscal 2004", "fiscal year 2003", "for calendar 2003".
  bool ParseYear(size_t p, PeriodMention* m, bool prep) const {
    size_t q = p;
    bool fiscal = false;
    if (W(q) == "fiscal"sv) {
      fiscal = true;
      ++q;
    } else if (W(q) == "calendar"sv || W(q) == "full"sv) {
      ++q;
    }
    if (W(q) == "year"sv) ++q;
    int y = YearOf(W(q));
    if (y == 0) return false;
    if (!prep && q == p) return false;  // a year alone is a year only after a preposition
    // "2003 and 2002" are dates' years, "December 31, 2003" was read as a date before.
    m->kind = PeriodMention::Kind::kYear;
    m->year = y;
    m->fiscal = fiscal;
    m->last = q;
    return true;
  }

  const std::vector<Token>& t_;
  bool opens_ = false;  // the phrase parsed opens its sentence
  size_t end_;
  int sentence_ = 0;
};

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && IsLeapYear(y)) return 29;
  return kDays[static_cast<size_t>(m - 1)];
}

// The month a period end stands for: a 52/53-week period ending on the first days of a month
// (July 3, January 1) belongs to the month before.
int EffectiveMonth(const Date& d, int* year) {
  *year = d.year;
  if (d.day > 0 && d.day <= 7) {
    if (d.month == 1) {
      *year = d.year - 1;
      return 12;
    }
    return d.month - 1;
  }
  return d.month;
}

}  // namespace

const char* PeriodMentionKindName(PeriodMention::Kind kind) {
  switch (kind) {
    case PeriodMention::Kind::kExplicit:
      return "explicit";
    case PeriodMention::Kind::kInstant:
      return "instant";
    case PeriodMention::Kind::kOrdinal:
      return "ordinal";
    case PeriodMention::Kind::kYear:
      return "year";
    case PeriodMention::Kind::kComparable:
      return "comparable";
    case PeriodMention::Kind::kSequential:
      return "sequential";
    case PeriodMention::Kind::kCurrent:
      return "current";
  }
  return "current";
}

std::vector<PeriodMention> FindPeriodMentions(const std::vector<Token>& tokens, size_t begin,
                                              size_t end) {
  std::vector<PeriodMention> out;
  MentionParser parser(tokens, begin, end);
  size_t i = begin;
  while (i < end) {
    PeriodMention m;
    if (tokens[i].is_word() && parser.ParseAt(i, &m)) {
      out.push_back(m);
      i = m.last + 1;
    } else {
      ++i;
    }
  }
  return out;
}

int FiscalCalendar::FiscalYearOf(const Date& end) const {
  if (!known() || end.year == 0) return 0;
  int y = 0;
  int m = EffectiveMonth(end, &y);
  int fy_end_year = m <= end_month ? y : y + 1;
  return fy_end_year + label_offset;
}

Date FiscalCalendar::FiscalYearEnd(int label) const {
  return Date{label - label_offset, end_month, 0};
}

namespace {

int Mod12(int m) { return ((m - 1) % 12 + 12) % 12 + 1; }

}  // namespace

FiscalCalendar DeriveFiscalCalendar(const Document& doc,
                                    const std::vector<PeriodMention>& mentions) {
  FiscalCalendar cal;
  // 1. The prose: "the second quarter of fiscal year 2004 ended December 31, 2003" or
  //    "the first fiscal quarter ended September 30, 2003" or "fiscal year ended June 30".
  for (const PeriodMention& m : mentions) {
    if (m.kind != PeriodMention::Kind::kExplicit || m.dates.empty() || m.lengths.size() != 1) {
      continue;
    }
    const Date& d = m.dates[0];
    if (d.year == 0) continue;
    int y = 0;
    int month = EffectiveMonth(d, &y);
    int end_month = 0;
    if (m.ordinal > 0 && m.lengths[0] == 3 && m.fiscal) {
      end_month = Mod12(month + 3 * (4 - m.ordinal));
    } else if (m.lengths[0] == 12 && m.fiscal) {
      end_month = month;
    }
    if (end_month == 0) continue;
    cal.end_month = end_month;
    cal.basis = "the text names a fiscal period ending " + std::to_string(d.year) + "-" +
                std::to_string(d.month);
    if (m.year > 0) {
      FiscalCalendar probe;
      probe.end_month = end_month;
      cal.label_offset = m.year - probe.FiscalYearOf(d);
      if (cal.label_offset != 0 && cal.label_offset != -1) cal.label_offset = 0;
    }
    return cal;
  }
  // 2. The columns: a year, a year to date, a balance sheet beside the last year end.
  int from_year = 0, from_ytd = 0, from_balance = 0, from_pair = 0;
  for (const Table& t : doc.tables) {
    std::vector<Date> instants;
    for (const Column& c : t.columns) {
      const Period& p = c.period;
      if (p.month == 0) continue;
      Date d{p.year, p.month, p.day};
      int y = 0;
      int month = EffectiveMonth(d, &y);
      if (p.kind == Period::Kind::kDuration) {
        if (p.months == 12 && from_year == 0) from_year = month;
        if ((p.months == 6 || p.months == 9) && from_ytd == 0) from_ytd = Mod12(month - p.months);
      } else if (p.kind == Period::Kind::kInstant && p.year > 0) {
        instants.push_back(d);
      }
    }
    if (instants.size() >= 2) {
      auto earliest = std::min_element(
          instants.begin(), instants.end(),
          [](const Date& a, const Date& b) { return DayNumber(a) < DayNumber(b); });
      auto latest = std::max_element(
          instants.begin(), instants.end(),
          [](const Date& a, const Date& b) { return DayNumber(a) < DayNumber(b); });
      int ey = 0, ly = 0;
      int em = EffectiveMonth(*earliest, &ey), lm = EffectiveMonth(*latest, &ly);
      if (em != lm && DayNumber(*latest) - DayNumber(*earliest) < 366) {
        if (from_balance == 0) from_balance = em;
        // Only two dates, a quarter end beside the year end: a balance sheet's pair.
        bool pair = std::all_of(instants.begin(), instants.end(), [&](const Date& d) {
          return DayNumber(d) == DayNumber(*earliest) || DayNumber(d) == DayNumber(*latest);
        });
        if (pair && from_pair == 0) from_pair = em;
      }
    }
  }
  // A 12-month column that a year to date or the balance sheet dates contradict trails twelve
  // months ("twelve months ended March 31, 2020" in a first-quarter release): not a fiscal year.
  if (from_year && from_ytd && from_ytd != from_year) from_year = 0;
  if (from_year && from_pair && from_pair != from_year) from_year = 0;
  if (from_year) {
    cal.end_month = from_year;
    cal.basis = "a 12-month column";
  } else if (from_ytd) {
    cal.end_month = from_ytd;
    cal.basis = "a year-to-date column";
  } else if (from_balance) {
    cal.end_month = from_balance;
    cal.basis = "the balance sheet dates";
  }
  return cal;
}

long DayNumber(const Date& d) {
  // Days from 1970-01-01 (H. Hinnant's days_from_civil).
  int y = d.year;
  int m = d.month < 1 ? 1 : (d.month > 12 ? 12 : d.month);
  int day = d.day > 0 ? d.day : DaysInMonth(y, m);
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date DateOf(const Period& p) { return Date{p.year, p.month, p.day}; }

Period DurationEnding(int months, const Date& end) {
  Period p;
  p.kind = Period::Kind::kDuration;
  p.months = months;
  p.year = end.year;
  p.month = end.month;
  p.day = end.day;
  return p;
}

Period ShiftPeriod(const Period& p, int months) {
  Period out = p;
  int total = p.year * 12 + (p.month - 1) + months;
  out.year = total / 12;
  out.month = total % 12 + 1;
  bool month_end = p.day == 0 || (p.month >= 1 && p.day == DaysInMonth(p.year, p.month));
  if (p.day > 0) {
    out.day = month_end ? DaysInMonth(out.year, out.month)
                        : std::min(p.day, DaysInMonth(out.year, out.month));
  }
  return out;
}

bool ColumnMatches(const Period& narrative, const Period& column) {
  if (narrative.kind != column.kind || narrative.kind == Period::Kind::kUnknown) return false;
  if (narrative.kind == Period::Kind::kDuration && narrative.months != column.months) return false;
  if (narrative.year == 0 || column.year == 0 || narrative.month == 0 || column.month == 0) {
    return false;
  }
  long a = DayNumber(DateOf(narrative)), b = DayNumber(DateOf(column));
  return std::labs(a - b) <= 7;
}

}  // namespace tieout
