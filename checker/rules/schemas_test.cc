// The JSON Schemas of rules files and project files (schemas/*.json) against the registry of rule
// kinds (rule_kinds.cc): every `kind` enum lists the registered kinds in their order, and the
// rules file schema has one block per kind that admits exactly the common fields and the kind's
// keys. TIEOUT_REGENERATE=1 rewrites those parts from the registry: a new kind or key costs no
// edit of a schema by hand (read the diff; a new key's value may then be described there).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "checker/rules/rule_kind.h"
#include "checker/testing/test_paths.h"

namespace tieout {
namespace {

using Json = nlohmann::ordered_json;

const std::vector<std::string> kCommonFields = {"id",      "title",       "kind", "severity",
                                                "message", "description", "link", "disable"};

using testing::SourceDir;

std::vector<std::string> KindNames() {
  std::vector<std::string> names;
  for (const RuleKind& k : RuleKinds()) names.push_back(k.name);
  return names;
}

// The `kind` enums anywhere in the schema: a property "kind" with an "enum".
void FindKindEnums(Json& node, std::vector<Json*>* out) {
  if (node.is_object()) {
    for (auto& [key, value] : node.items()) {
      if (key == "kind" && value.is_object() && value.contains("enum")) {
        out->push_back(&value["enum"]);
      }
      FindKindEnums(value, out);
    }
  } else if (node.is_array()) {
    for (Json& item : node) FindKindEnums(item, out);
  }
}

// The per-kind blocks of a rule's schema, rebuilt from the registry: the schema of each key is
// kept where the old block had one, {} (anything) where it had none.
Json KindBlocks(const Json& old_blocks) {
  Json blocks = Json::array();
  for (const RuleKind& k : RuleKinds()) {
    Json old_properties = Json::object();
    for (const Json& b : old_blocks) {
      const Json::json_pointer kind("/if/properties/kind/const");
      const Json::json_pointer keys("/then/properties");
      if (b.contains(kind) && b.at(kind) == k.name && b.contains(keys)) old_properties = b.at(keys);
    }
    Json properties = Json::object();
    for (const std::string& f : kCommonFields) properties[f] = Json::object();
    for (const std::string& key : k.keys) {
      properties[key] = old_properties.contains(key) ? old_properties[key] : Json::object();
    }
    Json block;
    block["if"] = {{"properties", {{"kind", {{"const", k.name}}}}}, {"required", {"kind"}}};
    block["then"] = {{"properties", properties}, {"additionalProperties", false}};
    blocks.push_back(block);
  }
  return blocks;
}

std::string SchemaPath(const std::string& name) { return SourceDir() + "/schemas/" + name; }

Json ReadSchema(const std::string& name) {
  std::ifstream in(SchemaPath(name));
  EXPECT_TRUE(in) << "cannot read " << SchemaPath(name);
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
}

// The schema as the registry makes it: every kind enum the registered kinds; with `per_kind`,
// the per-kind blocks of $defs.rule rebuilt.
Json FollowingTheRegistry(const Json& schema, bool per_kind) {
  Json expected = schema;
  std::vector<Json*> enums;
  FindKindEnums(expected, &enums);
  EXPECT_FALSE(enums.empty()) << "no kind enum";
  for (Json* e : enums) *e = KindNames();
  if (per_kind) {
    Json& rule = expected["$defs"]["rule"];
    rule["allOf"] = KindBlocks(rule.contains("allOf") ? rule["allOf"] : Json::array());
  }
  return expected;
}

// Compares (or, with TIEOUT_REGENERATE set, rewrites) one schema file.
void Check(const std::string& name, const Json& schema, const Json& expected) {
  if (std::getenv("TIEOUT_REGENERATE")) {
    std::ofstream(SchemaPath(name)) << expected.dump(2) << "\n";
    return;
  }
  EXPECT_TRUE(schema == expected) << "schemas/" << name
                                  << " does not follow the rule kinds of rules/rule_kinds.cc "
                                  << "(TIEOUT_REGENERATE=1 rewrites it; read the diff): "
                                  << Json::diff(schema, expected);
}

// The rules file schema: a rule's fields depend on its kind.
TEST(SchemasTest, RulesSchemaFollowsTheRegistry) {
  Json schema = ReadSchema("rules.schema.json");
  ASSERT_TRUE(schema.is_object());
  Check("rules.schema.json", schema, FollowingTheRegistry(schema, true));
}

// The project file schema overrides rules by id: it names the kinds, not their keys.
TEST(SchemasTest, ProjectSchemaFollowsTheRegistry) {
  Json schema = ReadSchema("tieout-config.schema.json");
  ASSERT_TRUE(schema.is_object());
  EXPECT_FALSE(schema["$defs"].contains("rule"))
      << "the per-kind rule schema is rules.schema.json's";
  Check("tieout-config.schema.json", schema, FollowingTheRegistry(schema, false));
}

TEST(SchemasTest, KindBlocksKeepKeySchemasAndAdmitNewKeys) {
  // Quiet: an up-to-date block is rebuilt as it was.
  Json blocks = KindBlocks(Json::array());
  Json again = KindBlocks(blocks);
  EXPECT_EQ(blocks, again);
  // A key's schema written by hand is kept; a block of an unknown kind is dropped.
  const RuleKind& footing = RuleKinds().front();
  ASSERT_FALSE(footing.keys.empty());
  blocks[0]["then"]["properties"][footing.keys[0]] = {{"type", "string"}};
  Json stale = blocks;
  stale.push_back({{"if", {{"properties", {{"kind", {{"const", "no-such-kind"}}}}}}}});
  Json rebuilt = KindBlocks(stale);
  EXPECT_EQ(rebuilt.size(), RuleKinds().size());
  EXPECT_EQ(rebuilt[0]["then"]["properties"][footing.keys[0]], Json({{"type", "string"}}));
}

}  // namespace
}  // namespace tieout
