#include "checker/rules/rule_set.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "checker/narrative/grammar.h"
#include "checker/rules/rule_kind.h"
#include "checker/rules/rule_options.h"
#include "checker/rules/rules_yaml.h"

namespace tieout {
namespace {

const std::set<std::string> kCommonKeys = {"id",      "title",       "kind", "severity",
                                           "message", "description", "link", "disable"};

// `ignore:` entries: {path: GLOB, rules: [ID...], reason: TEXT}; rules defaults to every rule.
void LoadIgnores(const YAML::Node& node, RuleSet* set, Problems* problems) {
  if (!node.IsSequence()) {
    problems->Add(node.Mark(), "'ignore' is a list of {path, rules, reason}");
    return;
  }
  for (const auto& item : node) {
    if (!item.IsMap() || !item["path"] || !item["path"].IsScalar()) {
      problems->Add(item.Mark(), "an ignore entry needs 'path' (a glob such as drafts/old/*)");
      continue;
    }
    PathIgnore ignore;
    ignore.pattern = item["path"].as<std::string>();
    for (const auto& kv : item) {
      std::string key = kv.first.as<std::string>();
      if (key == "rules") {
        if (kv.second.IsScalar()) {
          ignore.rules.push_back(kv.second.as<std::string>());
        } else if (kv.second.IsSequence()) {
          for (const auto& r : kv.second) ignore.rules.push_back(r.as<std::string>());
        } else {
          problems->Add(kv.second.Mark(), "'rules' is a rule id or a list of ids");
        }
      } else if (key == "reason") {
        ignore.reason = kv.second.as<std::string>();
      } else if (key != "path") {
        problems->Add(kv.first.Mark(), "unknown key '" + key + "' in ignore (path, rules, reason)");
      }
    }
    set->ignores.push_back(std::move(ignore));
  }
}

bool CompilePattern(const YAML::Node& node, Pattern* out, Problems* problems, bool icase = true) {
  if (!node.IsScalar()) {
    problems->Add(node.Mark(), "a pattern is a string");
    return false;
  }
  out->source = node.as<std::string>();
  try {
    *out = Pattern(out->source, icase);
  } catch (const std::regex_error& e) {
    problems->Add(node.Mark(), "bad pattern '" + out->source + "': " + e.what());
    return false;
  }
  return true;
}

std::vector<Pattern> PatternList(const YAML::Node& node, Problems* problems, bool icase = true) {
  std::vector<Pattern> out;
  if (node.IsScalar()) {
    Pattern p;
    if (CompilePattern(node, &p, problems, icase)) out.push_back(std::move(p));
    return out;
  }
  if (!node.IsSequence()) {
    problems->Add(node.Mark(), "expected a pattern or a list of patterns");
    return out;
  }
  for (const auto& item : node) {
    Pattern p;
    if (CompilePattern(item, &p, problems, icase)) out.push_back(std::move(p));
  }
  return out;
}

// The pattern lists of the `vocabulary:` section, one line each.
const std::vector<std::pair<std::string, std::vector<Pattern> Vocabulary::*>>& VocabularyLists() {
  static const std::vector<std::pair<std::string, std::vector<Pattern> Vocabulary::*>> lists = {
      {"per_share_rows", &Vocabulary::per_share_rows},
      {"share_rows", &Vocabulary::share_rows},
      {"total_rows", &Vocabulary::total_rows},
      {"result_rows", &Vocabulary::result_rows},
      {"loss_rows", &Vocabulary::loss_rows},
      {"subtracted_rows", &Vocabulary::subtracted_rows},
      {"non_additive_rows", &Vocabulary::non_additive_rows},
      {"non_additive_columns", &Vocabulary::non_additive_columns},
      {"qualifier_rows", &Vocabulary::qualifier_rows},
      {"basic_rows", &Vocabulary::basic_rows},
      {"diluted_rows", &Vocabulary::diluted_rows},
      {"change_columns", &Vocabulary::change_columns},
      {"comparison_columns", &Vocabulary::comparison_columns},
      {"ratio_rows", &Vocabulary::ratio_rows},
      {"income_qualifiers", &Vocabulary::income_qualifiers},
      {"run_on_words", &Vocabulary::run_on_words},
      {"text_cells", &Vocabulary::text_cells},
  };
  return lists;
}

// A word or a list of words, each one lowercase word ("scale_exceptions.opens lists words: one
// lowercase word each, not 'But Not'" for any other, named by `what`).
std::vector<std::string> LowercaseWords(const YAML::Node& node, const std::string& what,
                                        Problems* problems) {
  std::vector<YAML::Node> items;
  if (node.IsSequence()) {
    for (const auto& item : node) items.push_back(item);
  } else {
    items.push_back(node);
  }
  std::vector<std::string> out;
  for (const YAML::Node& item : items) {
    std::string word = item.IsScalar() ? item.as<std::string>() : std::string();
    bool lower_word = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
      return c != ' ' && (c < 'A' || c > 'Z') && (c < '\t' || c > '\r');
    });
    if (!lower_word) {
      problems->Add(item.Mark(),
                    what + " lists words: one lowercase word each, not '" + word + "'");
      continue;
    }
    out.push_back(word);
  }
  return out;
}

// The `scale_exceptions:` entry: lists of lowercase words by name.
void LoadScaleExceptions(const YAML::Node& node, ScaleExceptionWords* words, Problems* problems) {
  static const std::vector<std::pair<std::string, std::vector<std::string> ScaleExceptionWords::*>>
      kLists = {{"opens", &ScaleExceptionWords::opens},
                {"joiners", &ScaleExceptionWords::joiners},
                {"filler", &ScaleExceptionWords::filler},
                {"other_kinds", &ScaleExceptionWords::other_kinds},
                {"per_unit", &ScaleExceptionWords::per_unit}};
  std::string names;
  for (const auto& l : kLists) names += (names.empty() ? "" : ", ") + l.first;
  if (!node.IsMap()) {
    problems->Add(node.Mark(), "'scale_exceptions' maps " + names + " to lists of words");
    return;
  }
  for (const auto& kv : node) {
    std::string key = kv.first.as<std::string>();
    auto list =
        std::find_if(kLists.begin(), kLists.end(), [&](const auto& l) { return l.first == key; });
    if (list == kLists.end()) {
      problems->Add(kv.first.Mark(),
                    "unknown key '" + key + "' in scale_exceptions (" + names + ")");
      continue;
    }
    words->*(list->second) = LowercaseWords(kv.second, "scale_exceptions." + key, problems);
  }
}

// The `quarter_names:` entry: the ordinals of the four quarters, the words for "quarter", the
// short forms ("q3") and the words of a year's column beside its quarters.
void LoadQuarterNames(const YAML::Node& node, QuarterNameWords* words, Problems* problems) {
  const char* kKeys = "ordinals, quarter, short, year";
  if (!node.IsMap()) {
    problems->Add(node.Mark(), std::string("'quarter_names' maps ") + kKeys + " to lists of words");
    return;
  }
  for (const auto& kv : node) {
    std::string key = kv.first.as<std::string>();
    if (key == "quarter") {
      words->quarter = LowercaseWords(kv.second, "quarter_names.quarter", problems);
    } else if (key == "short") {
      words->short_forms = LowercaseWords(kv.second, "quarter_names.short", problems);
    } else if (key == "year") {
      words->year = LowercaseWords(kv.second, "quarter_names.year", problems);
    } else if (key == "ordinals") {
      if (!kv.second.IsSequence() || kv.second.size() != 4) {
        problems->Add(kv.second.Mark(),
                      "quarter_names.ordinals lists four lists of words: the first quarter's "
                      "ordinals to the fourth's");
        continue;
      }
      words->ordinals.clear();
      for (const auto& item : kv.second) {
        words->ordinals.push_back(LowercaseWords(item, "quarter_names.ordinals", problems));
      }
    } else {
      problems->Add(kv.first.Mark(),
                    "unknown key '" + key + "' in quarter_names (" + std::string(kKeys) + ")");
    }
  }
}

void LoadVocabulary(const YAML::Node& node, Vocabulary* v, Problems* problems) {
  if (!node.IsMap()) {
    problems->Add(node.Mark(), "'vocabulary' is a map");
    return;
  }
  for (const auto& kv : node) {
    std::string key = kv.first.as<std::string>();
    auto list = std::find_if(VocabularyLists().begin(), VocabularyLists().end(),
                             [&](const auto& l) { return l.first == key; });
    if (list != VocabularyLists().end()) {
      v->*(list->second) = PatternList(kv.second, problems);
    } else if (key == "scales") {
      if (!kv.second.IsMap()) {
        problems->Add(kv.second.Mark(), "'scales' maps a power of ten to patterns");
        continue;
      }
      for (const auto& s : kv.second) {
        int power = 0;
        try {
          power = s.first.as<int>();
        } catch (const YAML::Exception&) {
          problems->Add(s.first.Mark(), "a scale is a power of ten such as 3 or 6");
          continue;
        }
        for (Pattern& p : PatternList(s.second, problems)) {
          v->scales.push_back(ScalePattern{std::move(p), power});
        }
      }
    } else if (key == "scale_exceptions") {
      LoadScaleExceptions(kv.second, &v->scale_exceptions, problems);
    } else if (key == "quarter_names") {
      LoadQuarterNames(kv.second, &v->quarter_names, problems);
    } else {
      std::string names = "scales, scale_exceptions, quarter_names";
      for (const auto& l : VocabularyLists()) names += ", " + l.first;
      problems->Add(kv.first.Mark(), "unknown key '" + key + "' in vocabulary (" + names + ")");
    }
  }
}

// Narrative phrases: a phrase or a list of phrases, each added to the matcher.
void AddPhrases(const YAML::Node& node, PhraseKind kind, const std::string& name,
                NarrativeVocabulary* v, Problems* problems) {
  std::vector<YAML::Node> items;
  if (node.IsScalar()) {
    items.push_back(node);
  } else if (node.IsSequence()) {
    for (const auto& item : node) items.push_back(item);
  } else {
    problems->Add(node.Mark(), "expected a phrase or a list of phrases");
    return;
  }
  for (const YAML::Node& item : items) {
    if (!item.IsScalar()) {
      problems->Add(item.Mark(), "a phrase is a string");
      continue;
    }
    std::string error;
    if (!v->phrases.Add(item.as<std::string>(), kind, name, &error)) {
      problems->Add(item.Mark(), "bad phrase '" + item.as<std::string>() + "': " + error);
    }
  }
}

// A concept: a list of label patterns, or a map with labels, narrative phrases, its per-share
// counterpart and a title.
void LoadConcept(const YAML::Node& key, const YAML::Node& node, RuleSet* set, Problems* problems) {
  std::string name = key.as<std::string>();
  if (!node.IsMap()) {
    set->concepts.Add(name, PatternList(node, problems));
    return;
  }
  for (const auto& kv : node) {
    std::string k = kv.first.as<std::string>();
    if (k != "labels" && k != "narrative" && k != "per_share" && k != "title") {
      problems->Add(kv.first.Mark(), "unknown key '" + k + "' in concept '" + name +
                                         "' (labels, narrative, per_share, title)");
    }
  }
  if (node["labels"]) {
    set->concepts.Add(name, PatternList(node["labels"], problems));
  } else {
    problems->Add(node.Mark(), "concept '" + name + "' needs 'labels'");
    set->concepts.Add(name, {});
  }
  if (node["narrative"]) {
    AddPhrases(node["narrative"], PhraseKind::kConcept, name, &set->narrative, problems);
  }
  if (YAML::Node t = node["title"]) set->narrative.titles[name] = t.as<std::string>();
  if (YAML::Node ps = node["per_share"]) set->narrative.per_share[name] = ps.as<std::string>();
}

void CheckPerShare(const YAML::Node& concepts, const RuleSet& set, Problems* problems) {
  for (const auto& kv : concepts) {
    if (!kv.second.IsMap() || !kv.second["per_share"]) continue;
    std::string target = kv.second["per_share"].as<std::string>();
    if (!set.concepts.Has(target)) {
      problems->Add(kv.second["per_share"].Mark(),
                    "unknown concept '" + target + "' (define it under concepts:)");
    }
  }
}

// Words of the narrative vocabulary: lowercased single words, kept singular ("revenue").
// A list of single words, lowercased, and stemmed unless `stem` is false (names: "News" stays).
void LoadWords(const YAML::Node& node, std::set<std::string>* out, Problems* problems,
               bool stem = true) {
  if (!node.IsSequence()) {
    problems->Add(node.Mark(), "expected a list of words");
    return;
  }
  for (const auto& item : node) {
    std::string w = item.IsScalar() ? item.as<std::string>() : "";
    if (w.empty() || w.find(' ') != std::string::npos) {
      problems->Add(item.Mark(), "expected one word");
      continue;
    }
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out->insert(stem ? Stem(w) : w);
  }
}

// Synonyms: lists whose first item is the words a label says, the others single words of the
// prose that mean it ("[revenue, sales]", "[earnings per share, eps]").
void LoadSynonyms(const YAML::Node& node, NarrativeVocabulary* v, Problems* problems) {
  if (!node.IsSequence()) {
    problems->Add(node.Mark(), "synonyms is a list of lists of words");
    return;
  }
  for (const auto& group : node) {
    if (!group.IsSequence() || group.size() < 2 || !group[0].IsScalar()) {
      problems->Add(group.Mark(), "a synonym is a list: the words, then the words meaning them");
      continue;
    }
    std::vector<std::string> target;
    for (const std::string& w : SplitWords(group[0].as<std::string>())) target.push_back(Stem(w));
    for (size_t i = 1; i < group.size(); ++i) {
      std::vector<std::string> alias =
          group[i].IsScalar() ? SplitWords(group[i].as<std::string>()) : std::vector<std::string>();
      if (alias.size() != 1) {
        problems->Add(group[i].Mark(), "a synonym is one word");
        continue;
      }
      v->synonyms[Stem(alias[0])] = target;
    }
  }
}

// Ratios by definition: each {names, numerator, denominator}; numerator and denominator lists of
// alternatives, an alternative the words of rows joined by " + ".
void LoadRatios(const YAML::Node& node, NarrativeVocabulary* v, Problems* problems) {
  if (!node.IsSequence()) {
    problems->Add(node.Mark(), "ratios is a list of {names, numerator, denominator}");
    return;
  }
  auto terms = [&](const YAML::Node& list,
                   std::vector<std::vector<std::vector<std::string>>>* out) {
    if (!list || !list.IsSequence() || list.size() == 0) return false;
    for (const auto& item : list) {
      if (!item.IsScalar()) return false;
      // "net interest income + noninterest income": the rows summed.
      std::vector<std::vector<std::string>> sum;
      std::string text = item.as<std::string>();
      size_t from = 0;
      while (from <= text.size()) {
        size_t plus = text.find('+', from);
        std::string part =
            text.substr(from, plus == std::string::npos ? std::string::npos : plus - from);
        std::vector<std::string> words = SplitWords(part);
        if (words.empty()) return false;
        sum.push_back(words);
        if (plus == std::string::npos) break;
        from = plus + 1;
      }
      out->push_back(sum);
    }
    return true;
  };
  for (const auto& item : node) {
    RatioDefinition d;
    YAML::Node names = item.IsMap() ? item["names"] : YAML::Node();
    bool named = names && names.IsSequence() && names.size() > 0;
    for (const auto& n : named ? names : YAML::Node()) {
      named = named && n.IsScalar() && !SplitWords(n.as<std::string>()).empty();
      if (named) d.names.push_back(SplitWords(n.as<std::string>()));
    }
    if (!named || !terms(item["numerator"], &d.numerators) ||
        !terms(item["denominator"], &d.denominators)) {
      problems->Add(item.Mark(),
                    "a ratio is {names: [words], numerator: [rows], denominator: [rows]}, a "
                    "row's words or rows joined by '+'");
      continue;
    }
    v->ratios.push_back(std::move(d));
  }
}

void LoadNarrative(const YAML::Node& node, NarrativeVocabulary* v, Problems* problems) {
  if (!node.IsMap()) {
    problems->Add(node.Mark(), "'narrative' maps a kind of word to phrases");
    return;
  }
  static const std::vector<std::pair<std::string, PhraseKind>> kKinds = {
      {"components", PhraseKind::kComponents}, {"increase", PhraseKind::kIncrease},
      {"decrease", PhraseKind::kDecrease},     {"unchanged", PhraseKind::kUnchanged},
      {"comparison", PhraseKind::kComparison}, {"approximate", PhraseKind::kApproximate},
      {"bound", PhraseKind::kBound},           {"verbs", PhraseKind::kVerb},
      {"segments", PhraseKind::kSegment},      {"qualifiers", PhraseKind::kQualifier}};
  struct WordSet {
    std::string key;
    std::set<std::string>* words;
    bool stem;  // linking words are stemmed; the words of company names are not
  };
  const std::vector<WordSet> kWordSets = {
      {"generic", &v->generic_words, true},
      {"implied", &v->implied_words, true},
      {"gains", &v->gain_words, true},
      {"losses", &v->loss_words, true},
      {"variants", &v->variant_words, true},
      {"comparatives", &v->comparatives, true},
      {"company_suffixes", &v->company_suffixes, false},
      {"company_name_fillers", &v->company_name_fillers, false}};
  for (const auto& kv : node) {
    std::string key = kv.first.as<std::string>();
    if (key == "synonyms") {
      LoadSynonyms(kv.second, v, problems);
      continue;
    }
    if (key == "ratios") {
      LoadRatios(kv.second, v, problems);
      continue;
    }
    auto set = std::find_if(kWordSets.begin(), kWordSets.end(),
                            [&](const WordSet& k) { return k.key == key; });
    if (set != kWordSets.end()) {
      LoadWords(kv.second, set->words, problems, set->stem);
      continue;
    }
    auto it =
        std::find_if(kKinds.begin(), kKinds.end(), [&](const auto& k) { return k.first == key; });
    if (it == kKinds.end()) {
      problems->Add(kv.first.Mark(), "unknown key '" + key +
                                         "' in narrative (components, increase, decrease, "
                                         "unchanged, comparison, approximate, bound, verbs, "
                                         "segments, qualifiers, synonyms, generic, implied, gains, "
                                         "losses, variants, comparatives, company_suffixes, "
                                         "company_name_fillers, ratios)");
      continue;
    }
    AddPhrases(kv.second, it->second, "", v, problems);
  }
}

// The words of the checks across documents. Patterns that capture a name (company_names,
// certifier, signature, officer_mention) are case-sensitive: a name is told by its capitals.
void LoadSets(const YAML::Node& node, SetVocabulary* v, Problems* problems) {
  if (!node.IsMap()) {
    problems->Add(node.Mark(), "'sets' maps a kind of word to patterns");
    return;
  }
  const std::vector<std::pair<std::string, std::vector<Pattern>*>> kPatterns = {
      {"income_statement", &v->income_statement},
      {"cash_flow_statement", &v->cash_flow_statement},
      {"balance_sheet", &v->balance_sheet},
      {"restatement", &v->restatement},
      {"company_names", &v->company_names},
      {"dateline", &v->dateline},
      {"certification_heading", &v->certification_heading},
      {"certified_report", &v->certified_report},
      {"certifier", &v->certifier},
      {"signature", &v->signature},
      {"signature_date", &v->signature_date},
      {"executive_officer", &v->executive_officer},
      {"financial_officer", &v->financial_officer},
      {"officer_mention", &v->officer_mention},
      {"offering_terms", &v->offering_terms}};
  const std::set<std::string> kCaseSensitive = {"company_names", "certifier", "signature",
                                                "officer_mention"};
  for (const auto& kv : node) {
    std::string key = kv.first.as<std::string>();
    if (key == "company_suffixes" || key == "name_suffixes") {
      std::vector<std::string>* out =
          key == "company_suffixes" ? &v->company_suffixes : &v->name_suffixes;
      if (!kv.second.IsSequence()) {
        problems->Add(kv.second.Mark(), "'" + key + "' is a list of words");
        continue;
      }
      for (const auto& w : kv.second) out->push_back(w.as<std::string>());
      continue;
    }
    auto it = std::find_if(kPatterns.begin(), kPatterns.end(),
                           [&](const auto& p) { return p.first == key; });
    if (it == kPatterns.end()) {
      std::string names;
      for (const auto& p : kPatterns) names += p.first + ", ";
      problems->Add(kv.first.Mark(), "unknown key '" + key + "' in sets (" + names +
                                         "company_suffixes, name_suffixes)");
      continue;
    }
    *it->second = PatternList(kv.second, problems, kCaseSensitive.count(key) == 0);
  }
}

void LoadRule(const YAML::Node& node, RuleSet* set, std::set<std::string>* ids,
              Problems* problems) {
  if (!node.IsMap()) {
    problems->Add(node.Mark(), "a rule is a map with id, title, kind, severity and message");
    return;
  }
  RuleSpec spec;
  bool ok = true;
  for (const char* key : {"id", "title", "kind", "severity", "message"}) {
    if (!node[key]) {
      problems->Add(node.Mark(), std::string("rule is missing '") + key + "'");
      ok = false;
    } else if (!node[key].IsScalar()) {
      problems->Add(node[key].Mark(), std::string("'") + key + "' is a string");
      ok = false;
    }
  }
  if (!ok) return;
  spec.id = node["id"].as<std::string>();
  spec.title = node["title"].as<std::string>();
  spec.kind = node["kind"].as<std::string>();
  spec.message = node["message"].as<std::string>();
  if (node["description"]) spec.description = node["description"].as<std::string>();
  if (node["link"]) spec.link = node["link"].as<std::string>();
  if (!ids->insert(spec.id).second) {
    problems->Add(node["id"].Mark(), "duplicate rule id '" + spec.id + "'");
    ok = false;
  }
  std::string severity = node["severity"].as<std::string>();
  if (!ParseSeverity(severity, &spec.severity)) {
    problems->Add(node["severity"].Mark(),
                  "unknown severity '" + severity + "' (error, warning, note)");
    ok = false;
  }
  const RuleKind* kind = FindRuleKind(spec.kind);
  if (!kind) {
    std::string names;
    for (const RuleKind& k : RuleKinds()) names += (names.empty() ? "" : ", ") + k.name;
    problems->Add(node["kind"].Mark(), "unknown rule kind '" + spec.kind + "' (" + names + ")");
    return;
  }
  for (const auto& kv : node) {
    std::string key = kv.first.as<std::string>();
    if (kCommonKeys.count(key) == 0 &&
        std::find(kind->keys.begin(), kind->keys.end(), key) == kind->keys.end()) {
      problems->Add(kv.first.Mark(),
                    "unknown key '" + key + "' for a rule of kind '" + spec.kind + "'");
      ok = false;
    }
  }
  // Placeholders in the message must be ones the kind fills.
  const std::string& m = spec.message;
  for (size_t p = m.find('{'); p != std::string::npos; p = m.find('{', p + 1)) {
    size_t close = m.find('}', p);
    if (close == std::string::npos) break;
    std::string name = m.substr(p + 1, close - p - 1);
    if (std::find(kind->placeholders.begin(), kind->placeholders.end(), name) ==
        kind->placeholders.end()) {
      problems->Add(
          node["message"].Mark(),
          "message uses '{" + name + "}', which a rule of kind '" + spec.kind + "' does not fill");
      ok = false;
    }
  }
  bool disabled = false;
  if (YAML::Node d = node["disable"]) {
    if (!d.IsScalar() || (d.as<std::string>() != "true" && d.as<std::string>() != "false")) {
      problems->Add(d.Mark(), "'disable' is true or false");
      ok = false;
    }
    disabled = d.as<std::string>() == "true";
  }
  RuleOptions options(spec, node, set->concepts, problems);
  std::unique_ptr<Rule> rule = kind->create(spec, options);
  if (ok && rule && disabled) set->disabled.push_back(spec.id);
  if (ok && rule && !disabled) set->rules.push_back(std::move(rule));
}

}  // namespace

std::shared_ptr<RuleSet> ParseRulesTree(const YAML::Node& root, const std::string& name,
                                        Problems* problems) {
  auto set = std::make_shared<RuleSet>();
  set->source = name;
  if (!root.IsMap()) {
    problems->Add(root.Mark(), "a rules file is a map with vocabulary, concepts and rules");
    return set;
  }
  try {
    for (const auto& kv : root) {
      std::string key = kv.first.as<std::string>();
      if (key != "version" && key != "vocabulary" && key != "concepts" && key != "narrative" &&
          key != "sets" && key != "rules" && key != "ignore" && key != "baseline") {
        problems->Add(kv.first.Mark(), "unknown key '" + key +
                                           "' (version, vocabulary, concepts, narrative, sets, "
                                           "rules, ignore, baseline)");
      }
    }
    if (root["version"] && root["version"].as<std::string>() != "1") {
      problems->Add(root["version"].Mark(),
                    "unsupported version '" + root["version"].as<std::string>() + "' (1)");
    }
    if (root["vocabulary"]) LoadVocabulary(root["vocabulary"], &set->vocabulary, problems);
    set->concepts.SetQualifiers(set->vocabulary.qualifier_rows);
    if (YAML::Node concepts = root["concepts"]) {
      if (!concepts.IsMap()) {
        problems->Add(concepts.Mark(), "'concepts' maps a name to label patterns");
      } else {
        for (const auto& kv : concepts) LoadConcept(kv.first, kv.second, set.get(), problems);
        CheckPerShare(concepts, *set, problems);
      }
    }
    if (YAML::Node narrative = root["narrative"]) {
      LoadNarrative(narrative, &set->narrative, problems);
    }
    if (YAML::Node sets = root["sets"]) LoadSets(sets, &set->sets, problems);
    YAML::Node rules = root["rules"];
    if (!rules) {
      problems->Add(root.Mark(), "no 'rules' list");
    } else if (!rules.IsSequence()) {
      problems->Add(rules.Mark(), "'rules' is a list");
    } else {
      std::set<std::string> ids;
      for (const auto& r : rules) LoadRule(r, set.get(), &ids, problems);
    }
    if (YAML::Node ignore = root["ignore"]) LoadIgnores(ignore, set.get(), problems);
    if (YAML::Node baseline = root["baseline"]) {
      if (!baseline.IsScalar()) {
        problems->Add(baseline.Mark(), "'baseline' is the path of a baseline file");
      } else {
        set->baseline = baseline.as<std::string>();
      }
    }
  } catch (const YAML::Exception& e) {
    problems->Add(e.mark, e.msg);
  }
  return set;
}

Expected<std::shared_ptr<const RuleSet>> ParseRules(const std::string& text,
                                                    const std::string& name) {
  Problems problems(name);
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    problems.Add(e.mark, e.msg);
    return Status::InvalidRules(problems.Join());
  }
  std::shared_ptr<RuleSet> set = ParseRulesTree(root, name, &problems);
  if (!problems.empty()) return Status::InvalidRules(problems.Join());
  set->layers = {name};
  return std::shared_ptr<const RuleSet>(std::move(set));
}

Expected<std::shared_ptr<const RuleSet>> LoadRules(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidRules(path + ": cannot open the rules file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return ParseRules(buf.str(), path);
}

}  // namespace tieout
