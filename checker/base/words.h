// The words of a normalized label or header (one space between words, as NormalizeLabel leaves
// them), for rules that compare labels word by word.
#ifndef TIEOUT_BASE_WORDS_H_
#define TIEOUT_BASE_WORDS_H_

#include <string>
#include <vector>

namespace tieout {

// The words of `text` split at spaces, empty words left out: "total  current liabilities " has
// three words.
std::vector<std::string> SpaceSeparatedWords(const std::string& text);

}  // namespace tieout

#endif  // TIEOUT_BASE_WORDS_H_
