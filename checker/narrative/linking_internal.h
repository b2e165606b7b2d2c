// Small helpers shared by the parts of the row linker (linking.h); internal to them.
#ifndef TIEOUT_NARRATIVE_LINKING_INTERNAL_H_
#define TIEOUT_NARRATIVE_LINKING_INTERNAL_H_

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "checker/narrative/linking.h"
#include "checker/narrative/periods.h"

namespace tieout {
namespace linking {

inline bool Dated(const Period& p) { return p.kind != Period::Kind::kUnknown && p.year > 0; }

inline bool Contains(const std::set<std::string>& s, const std::string& w) {
  return s.count(w) > 0;
}

inline std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Whether a cell of period `p` may be the one a mismatch binds: an instant, or a period that
// `q.bind` allows.
inline bool Binds(const LinkRequest& q, const Period& p) {
  if (q.bind.empty() || p.kind != Period::Kind::kDuration) return true;
  return std::any_of(q.bind.begin(), q.bind.end(),
                     [&](const Period& b) { return ColumnMatches(b, p); });
}

// The candidates of `hits` that `q.bind` allows; all of them when it allows none (a row that
// only the year to date shows: a cash flow statement of nine months).
template <typename T, typename PeriodOf>
std::vector<T> Bindable(const LinkRequest& q, const std::vector<T>& hits, PeriodOf period_of) {
  std::vector<T> out;
  for (const T& h : hits) {
    if (Binds(q, period_of(h))) out.push_back(h);
  }
  return out.empty() ? hits : out;
}

}  // namespace linking
}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_LINKING_INTERNAL_H_
