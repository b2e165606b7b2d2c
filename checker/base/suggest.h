// "Did you mean": the nearest of a list of names to a misspelt one.
#ifndef TIEOUT_BASE_SUGGEST_H_
#define TIEOUT_BASE_SUGGEST_H_

#include <string>
#include <vector>

namespace tieout {

// The number of single-character insertions, deletions and substitutions from a to b.
size_t EditDistance(const std::string& a, const std::string& b);

// The first of `names` within two edits of `word`, or "" when none is.
std::string NearestName(const std::string& word, const std::vector<std::string>& names);

}  // namespace tieout

#endif  // TIEOUT_BASE_SUGGEST_H_
