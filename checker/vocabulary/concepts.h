// Named concepts: a concept is a list of label patterns ("net (income|loss)$") from the
// `concepts:` section of the rules file. Rules find their rows by concept; the narrative reader
// finds the rows a sentence speaks of.
#ifndef TIEOUT_VOCABULARY_CONCEPTS_H_
#define TIEOUT_VOCABULARY_CONCEPTS_H_

#include <map>
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

class Concepts {
 public:
  void Add(const std::string& name, std::vector<Pattern> patterns);
  bool Has(const std::string& name) const { return patterns_.count(name) > 0; }
  // The labels that only qualify their heading (Vocabulary::qualifier_rows).
  void SetQualifiers(std::vector<Pattern> qualifiers) { qualifiers_ = std::move(qualifiers); }
  // Whether a row (with figures) is labelled as the concept: its label, or its section and
  // label together ("net loss per share" + "basic"), matches one of the patterns. Where the
  // heading alone names the concept, a row under it is the concept only when its label just
  // qualifies the heading ("Basic", "Diluted"): "Exploration and production" under "Net income
  // attributable to the company" is a part of net income, not net income.
  bool Matches(const Row& row, const std::string& concept_name) const;
  // The first row of a table with figures that matches, or nullptr.
  const Row* FindRow(const Table& table, const std::string& concept_name) const;
  std::vector<const Row*> FindRows(const Table& table, const std::string& concept_name) const;
  const std::map<std::string, std::vector<Pattern>>& all() const { return patterns_; }

 private:
  std::map<std::string, std::vector<Pattern>> patterns_;
  std::vector<Pattern> qualifiers_;
  mutable MatchCache cache_;
};

}  // namespace tieout

#endif  // TIEOUT_VOCABULARY_CONCEPTS_H_
