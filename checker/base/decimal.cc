#include "checker/base/decimal.h"

#include <algorithm>
#include <cctype>

namespace tieout {
namespace {

Int128 Pow10(int n) {
  Int128 r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

// Brings both to the smaller exponent.
void Align(const Decimal& a, const Decimal& b, Int128* ua, Int128* ub, int* exponent) {
  int e = std::min(a.exponent(), b.exponent());
  *ua = a.units() * Pow10(a.exponent() - e);
  *ub = b.units() * Pow10(b.exponent() - e);
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
  return Decimal(units_ * Pow10(exponent_ - exponent), exponent);
}

Decimal Decimal::RoundTo(int exponent) const {
  if (exponent <= exponent_) return WithExponent(exponent);
  Int128 div = Pow10(exponent - exponent_);
  Int128 q = units_ / div, r = units_ % div;
  if (r < 0) r = -r;
  if (2 * r >= div) q += units_ < 0 ? -1 : 1;
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
  return Decimal(ua + ub, e);
}

Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal operator*(const Decimal& a, const Decimal& b) {
  return Decimal(a.units_ * b.units_, a.exponent_ + b.exponent_);
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
