// Relations between concepts, checked per table and column: the shared core of the `sum` and
// `equation` rule kinds.
#ifndef TIEOUT_RULES_RELATION_H_
#define TIEOUT_RULES_RELATION_H_

#include <string>
#include <vector>

#include "checker/rules/rule.h"

namespace tieout {

struct Term {
  int sign = 1;
  std::string concept_name;
};

struct Relation {
  std::vector<Term> left;  // the first left term is where a finding points
  std::vector<Term> right;
  std::string text;  // as written: "total_assets == total_liabilities_and_equity"
  // The rows stand together: the figures between two of them are exactly the parts of the
  // later one (the cost lines above total costs). A statement that puts other lines in between
  // (income taxes before net income) is then skipped, not misread.
  bool contiguous = false;
};

// Parses "a == b - c + d" (names of concepts, '+', '-', one '=='). On error returns false and
// sets *error to what is wrong.
bool ParseRelation(const std::string& text, Relation* out, std::string* error);

// Evaluates the relation in every table where each of its concepts labels a row, in every
// column where all those rows show a figure; records a check per column, and a skip when no
// table has all the concepts.
void CheckRelation(const RuleSpec& spec, const Relation& relation, const Document& doc,
                   const RuleContext& context, Results* results);

}  // namespace tieout

#endif  // TIEOUT_RULES_RELATION_H_
