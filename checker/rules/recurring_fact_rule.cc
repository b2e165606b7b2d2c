#include "checker/rules/recurring_fact_rule.h"

#include <map>

#include "checker/base/suggest.h"

namespace tieout {
namespace {

// The last name of a normalised name: "alan m wright" -> "wright".
std::string LastName(const std::string& normalised) {
  return normalised.substr(normalised.rfind(' ') + 1);
}

std::string Role(const Officer& o) {
  if (o.executive && o.financial) return "chief executive and chief financial officer";
  return o.executive ? "chief executive officer" : "chief financial officer";
}

// Names that differ by a letter or two in the last name, the first initial the same.
bool SpeltAlike(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  std::string x = LastName(a), y = LastName(b);
  return x != y && x.size() >= 4 && EditDistance(x, y) <= 2;
}

}  // namespace

void RecurringFactRule::RunSet(const DocumentSet& set, const SetContext& context,
                               SetResults* results) const {
  const SetVocabulary& v = context.vocabulary;
  auto fail = [&](SetLocation where, SetLocation other, const std::string& fact,
                  const std::string& actual, const std::string& expected, std::string detail) {
    SetResults::Failure f;
    f.values = {{"fact", fact},
                {"actual", actual},
                {"expected", expected},
                {"other", ShortName(*other.doc)}};
    f.expected = expected;
    f.actual = actual;
    f.related.push_back({other, fact + ": " + expected});
    results->Fail(spec(), where, std::move(detail), f);
  };

  // Terms: the earliest statement of each, then the others against it.
  std::map<std::string, std::pair<const DocumentRecord*, const StatedTerm*>> first;
  for (const DocumentRecord* doc : set.documents) {
    std::map<std::string, bool> seen;  // one statement of a term per document
    for (const StatedTerm& t : doc->terms) {
      if (seen[t.key]) continue;
      seen[t.key] = true;
      auto [it, fresh] = first.emplace(t.key, std::make_pair(doc, &t));
      if (fresh) continue;
      const auto& [doc0, t0] = it->second;
      SetLocation where{doc, t.line, t.column};
      std::string detail =
          "\"" + t.key + "\": " + t.amount + " here, " + t0->amount + " in " + ShortName(*doc0);
      if (t.value == t0->value) {
        results->Pass(spec(), where, detail);
      } else {
        fail(where, SetLocation{doc0, t0->line, t0->column}, t.key, t.amount, t0->amount, detail);
      }
    }
  }

  // Officers: each person's role in the earliest release that names them.
  struct Named {
    const DocumentRecord* doc;
    const Officer* officer;
    std::string name;  // normalised
  };
  std::vector<Named> known;
  for (const DocumentRecord* doc : set.documents) {
    if (!doc->certifications.empty()) continue;
    for (const Officer& o : doc->officers) {
      std::string name = NormalizePerson(o.name, v.name_suffixes);
      SetLocation where{doc, o.line, o.column};
      const Named* same = nullptr;
      const Named* alike = nullptr;
      for (const Named& k : known) {
        if (SamePerson(k.officer->name, o.name, v.name_suffixes)) {
          same = &k;
          break;
        }
        bool same_role =
            (k.officer->executive && o.executive) || (k.officer->financial && o.financial);
        if (!alike && same_role && SpeltAlike(k.name, name)) alike = &k;
      }
      if (same && same->doc != doc) {
        SetLocation other{same->doc, same->officer->line, same->officer->column};
        std::string detail = o.name + " is named " + Role(o) + " here and " + Role(*same->officer) +
                             " in " + ShortName(*same->doc);
        if (Role(o) == Role(*same->officer)) {
          results->Pass(spec(), where, detail);
        } else {
          fail(where, other, o.name, Role(o), Role(*same->officer), detail);
        }
      } else if (!same && alike) {
        SetLocation other{alike->doc, alike->officer->line, alike->officer->column};
        std::string detail = "the " + Role(o) + " is named " + o.name + " here and " +
                             alike->officer->name + " in " + ShortName(*alike->doc);
        fail(where, other, "the " + Role(o) + "'s name", o.name, alike->officer->name, detail);
      }
      if (!same) known.push_back(Named{doc, &o, name});
    }
  }
}

}  // namespace tieout
