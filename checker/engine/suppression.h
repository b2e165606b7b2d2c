// Suppressions written in a release and in the project configuration.
//
// Inline: `tieout-ignore: RULE-ID[,RULE-ID...] REASON` in an HTML or Markdown comment
// (<!-- tieout-ignore: table-footing restated in Q3 -->), or, in an EDGAR or text file, a line of
// its own that starts with it. The same words anywhere else (in the prose of a release) are text,
// not a directive. It applies to the next block of the document: the first paragraph or table
// that goes on past the directive (the rest of a paragraph the directive sits in, else the block
// after it). A finding of one of its rules that points between the directive and the end of that
// block is suppressed with the reason, a finding across documents too. The reason is required;
// a rule id the rules do not know is an input error naming the file and line.
//
// Per path: the configuration's `ignore: [{path: GLOB, rules: [...], reason: ...}]` suppresses
// the findings of those rules (every rule when none are named) in the documents whose path
// matches the glob ('*' matches across '/'; a glob without '/' matches the file name).
#ifndef TIEOUT_ENGINE_SUPPRESSION_H_
#define TIEOUT_ENGINE_SUPPRESSION_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"
#include "checker/result/report.h"
#include "checker/rules/rule_set.h"

namespace tieout {

inline constexpr char kIgnoreDirective[] = "tieout-ignore:";

struct InlineIgnore {
  int line = 0;  // of the directive
  std::vector<std::string> rules;
  std::string reason;
  // The bytes it covers: from the directive to the end of the block it applies to.
  uint64_t begin = 0, end = 0;
};

// The directives of a document, with the blocks they apply to. A malformed directive (no rule,
// no reason, an unknown rule) is reported in `errors` and left out.
std::vector<InlineIgnore> FindInlineIgnores(const Document& doc, const RuleSet& rules,
                                            std::vector<InputError>* errors);

// The directives as scopes of the report (lines and columns), to apply to every finding.
std::vector<InlineScope> InlineScopes(const Document& doc,
                                      const std::vector<InlineIgnore>& ignores);

// Suppresses the findings in [begin, end) not yet suppressed that a scope covers.
void ApplyInlineScopes(const std::vector<InlineScope>& scopes, Finding* begin, Finding* end);

// True when `path` matches the glob: '*' any run of characters, '?' one; a glob without '/'
// is matched against the file name only.
bool GlobMatches(std::string_view glob, std::string_view path);

// Suppresses the findings not yet suppressed whose file the configuration's `ignore:` names.
// With `from`: only report->findings[from...].
void ApplyPathIgnores(const std::vector<PathIgnore>& ignores, Report* report, size_t from = 0);

}  // namespace tieout

#endif  // TIEOUT_ENGINE_SUPPRESSION_H_
