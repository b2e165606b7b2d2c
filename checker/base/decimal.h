// Exact decimal numbers for money, per-share figures and share counts.
//
// A Decimal is units * 10^exponent with a 128-bit integer for the units: "1,234.5" is
// {12345, -1}, "$2.4 million" is {24, 5}. Arithmetic is exact; nothing passes through binary
// floating point. The exponent of a parsed figure is the place of its last shown digit, which is
// what Amount uses for tolerance (half a unit of that place).
#ifndef TIEOUT_BASE_DECIMAL_H_
#define TIEOUT_BASE_DECIMAL_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace tieout {

using Int128 = __int128;

class Decimal {
 public:
  Decimal() = default;
  Decimal(Int128 units, int exponent) : units_(units), exponent_(exponent) {}
  static Decimal FromInt(long long v) { return Decimal(v, 0); }

  // Parses an unsigned or signed plain number with optional thousands separators:
  // "1,234", "-12.50", ".05", "0". Returns nullopt for anything else (no '$', no parentheses:
  // those belong to the figure parsers). The exponent is the place of the last digit shown.
  static std::optional<Decimal> Parse(std::string_view text);

  Int128 units() const { return units_; }
  int exponent() const { return exponent_; }
  bool is_zero() const { return units_ == 0; }
  bool is_negative() const { return units_ < 0; }

  // The same value times 10^power (the exponent moves; no digits change).
  Decimal Shifted(int power) const { return Decimal(units_, exponent_ + power); }
  // The same value written with a smaller (or equal) exponent: {12, 0} -> {1200, -2}.
  Decimal WithExponent(int exponent) const;
  // Rounds half away from zero to the given exponent: {2403, 3}.RoundTo(5) == {24, 5}.
  Decimal RoundTo(int exponent) const;
  // Truncates toward zero to the given exponent.
  Decimal TruncateTo(int exponent) const;
  Decimal Abs() const { return Decimal(units_ < 0 ? -units_ : units_, exponent_); }

  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal operator-() const { return Decimal(-units_, exponent_); }
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

  // "-2287000", "0.05", "2400000": the value, plain, with trailing zeros of the shown
  // precision kept when the exponent is negative ("0.50").
  std::string ToString() const;
  // The value with thousands separators: "-2,287,000", "0.05".
  std::string ToDisplay() const;

 private:
  Int128 units_ = 0;
  int exponent_ = 0;
};

// Divides a by b and compares the exact quotient with c: returns <0, 0, >0 as a/b <, ==, > c.
// b must not be zero.
int CompareQuotient(const Decimal& a, const Decimal& b, const Decimal& c);

std::string Int128ToString(Int128 v);

}  // namespace tieout

#endif  // TIEOUT_BASE_DECIMAL_H_
