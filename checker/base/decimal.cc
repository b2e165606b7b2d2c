#include "checker/base/decimal.h"

#include <algorithm>
#include <cctype>

namespace tieout {
namespace {

// The largest and smallest units: arithmetic saturates there rather than overflow. Parsed
// figures have at most 36 digits, so only input that is not a figure of a real release (a
// 36-digit number beside a figure with decimals) gets near them.
constexpr Int128 kMaxUnits = ~(static_cast<Int128>(1) << 127);
constexpr Int128 kMinUnits = -kMaxUnits;

Int128 Saturated(bool negative) { return negative ? kMinUnits : kMaxUnits; }

// 10^n, saturated at the largest unit for n beyond 38.
Int128 Pow10(int n) {
  Int128 r = 1;
  for (int i = 0; i < n; ++i) {
    if (__builtin_mul_overflow(r, 10, &r)) return kMaxUnits;
  }
  return r;
}

// u * 10^n, or nothing when it does not fit.
std::optional<Int128> ScaledUp(Int128 u, int n) {
  Int128 out = u;
  for (int i = 0; i < n && out != 0; ++i) {
    if (__builtin_mul_overflow(out, 10, &out)) return std::nullopt;
  }
  return out;
}

// Brings both to the smaller exponent; when that does not fit in the units, to the larger one
// (the finer figure rounded half away from zero).
void Align(const Decimal& a, const Decimal& b, Int128* ua, Int128* ub, int* exponent) {
  int e = std::min(a.exponent(), b.exponent());
  std::optional<Int128> sa = ScaledUp(a.units(), a.exponent() - e);
  std::optional<Int128> sb = ScaledUp(b.units(), b.exponent() - e);
  if (sa && sb) {
    *ua = *sa;
    *ub = *sb;
    *exponent = e;
    return;
  }
  e = std::max(a.exponent(), b.exponent());
  *ua = a.RoundTo(e).units();
  *ub = b.RoundTo(e).units();
  *exponent = e;
}

std::string GroupThousands(const std::string& digits) {
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

std::string Int128ToString(Int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  std::string s;
  while (v != 0) {
    int d = static_cast<int>(v % 10);
    s.push_back(static_cast<char>('0' + (d < 0 ? -d : d)));
    v /= 10;
  }
  if (neg) s.push_back('-');
  std::reverse(s.begin(), s.end());
  return s;
}

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool neg = false;
  size_t i = 0;
  if (text[0] == '-' || text[0] == '+') {
    neg = text[0] == '-';
    i = 1;
  }
  Int128 units = 0;
  int digits = 0, frac_digits = 0;
  bool seen_point = false;
  int group_len = -1;  // digits since the last comma, -1 when no comma seen
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      if (digits >= 36) return std::nullopt;
      units = units * 10 + (c - '0');
      ++digits;
      if (seen_point) ++frac_digits;
      if (group_len >= 0 && !seen_point) ++group_len;
    } else if (c == ',' && !seen_point) {
      if (digits == 0 || (group_len >= 0 && group_len != 3)) return std::nullopt;
      group_len = 0;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0) return std::nullopt;
  if (group_len >= 0 && group_len != 3) return std::nullopt;
  return Decimal(neg ? -units : units, -frac_digits);
}

Decimal Decimal::WithExponent(int exponent) const {
  if (exponent >= exponent_) return *this;
  std::optional<Int128> units = ScaledUp(units_, exponent_ - exponent);
  return Decimal(units ? *units : Saturated(units_ < 0), exponent);
}

Decimal Decimal::RoundTo(int exponent) const {
  if (exponent <= exponent_) return WithExponent(exponent);
  Int128 div = Pow10(exponent - exponent_);
  Int128 q = units_ / div, r = units_ % div;
  if (r < 0) r = -r;
  if (r >= div - r) q += units_ < 0 ? -1 : 1;  // 2r >= div, without overflow
  return Decimal(q, exponent);
}

Decimal Decimal::TruncateTo(int exponent) const {
  if (exponent <= exponent_) return WithExponent(exponent);
  return Decimal(units_ / Pow10(exponent - exponent_), exponent);
}

Decimal operator+(const Decimal& a, const Decimal& b) {
  Int128 ua, ub;
  int e;
  Align(a, b, &ua, &ub, &e);
  Int128 sum;
  if (__builtin_add_overflow(ua, ub, &sum)) sum = Saturated(ua < 0);
  return Decimal(sum, e);
}

Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal operator*(const Decimal& a, const Decimal& b) {
  Int128 product;
  if (__builtin_mul_overflow(a.units_, b.units_, &product)) {
    product = Saturated((a.units_ < 0) != (b.units_ < 0));
  }
  return Decimal(product, a.exponent_ + b.exponent_);
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  Int128 ua, ub;
  int e;
  Align(a, b, &ua, &ub, &e);
  if (ua < ub) return std::strong_ordering::less;
  if (ua > ub) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

std::string Decimal::ToString() const {
  Int128 mag = units_ < 0 ? -units_ : units_;
  std::string digits = Int128ToString(mag);
  std::string out;
  if (exponent_ >= 0) {
    out = mag == 0 ? "0" : digits + std::string(exponent_, '0');
  } else {
    size_t frac = static_cast<size_t>(-exponent_);
    if (digits.size() <= frac) digits = std::string(frac - digits.size() + 1, '0') + digits;
    out = digits.substr(0, digits.size() - frac) + "." + digits.substr(digits.size() - frac);
  }
  return (units_ < 0 ? "-" : "") + out;
}

std::string Decimal::ToDisplay() const {
  std::string plain = ToString();
  bool neg = !plain.empty() && plain[0] == '-';
  if (neg) plain.erase(0, 1);
  size_t point = plain.find('.');
  std::string whole = plain.substr(0, point);
  std::string frac = point == std::string::npos ? "" : plain.substr(point);
  return (neg ? "-" : "") + GroupThousands(whole) + frac;
}

int CompareQuotient(const Decimal& a, const Decimal& b, const Decimal& c) {
  // a/b ? c  <=>  a ? b*c, flipping when b < 0.
  Decimal bc = b * c;
  auto ord = a <=> bc;
  int r = ord < 0 ? -1 : (ord > 0 ? 1 : 0);
  return b.is_negative() ? -r : r;
}

}  // namespace tieout
