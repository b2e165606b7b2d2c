"""Validates the shipped rules file and project files against the JSON Schemas in schemas/.

Usage: validate_schemas.py TIEOUT_BINARY SOURCE_DIR
- rules.yaml and `tieout rules --effective` output against schemas/rules.schema.json;
- hand-written project files against schemas/tieout-config.schema.json (and a bad one rejected);
- the schema's rule kinds are the ones the binary knows (its error for an unknown kind lists them).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml

binary, source = sys.argv[1], sys.argv[2]


def load(path):
    with open(path) as f:
        return json.load(f)


def strkeys(x):  # YAML reads "3:" as an int key; JSON keys are strings
    if isinstance(x, dict):
        return {str(k): strkeys(v) for k, v in x.items()}
    if isinstance(x, list):
        return [strkeys(v) for v in x]
    return x


rules_schema = load(f"{source}/schemas/rules.schema.json")
config_schema = load(f"{source}/schemas/tieout-config.schema.json")
for schema in (rules_schema, config_schema):
    jsonschema.Draft202012Validator.check_schema(schema)
rules_v = jsonschema.Draft202012Validator(rules_schema)
config_v = jsonschema.Draft202012Validator(config_schema)

with open(f"{source}/rules.yaml") as f:
    rules_v.validate(strkeys(yaml.safe_load(f)))
effective = subprocess.run([binary, "rules", "--effective", "--no-config", "--severity", "table-footing=warning"],
                           cwd=source, capture_output=True, text=True, check=True).stdout
rules_v.validate(strkeys(yaml.safe_load(effective)))

good = [
    "extends: default\nrules:\n  table-footing: {severity: warning}\n  narrative-direction: {disable: true}\n",
    "rules:\n  - id: table-footing\n    rounding: none\nignore:\n  - {path: drafts/*.md, rules: [table-footing], reason: drafts}\nbaseline: accepted.json\n",
    "concepts:\n  deferred_revenue: ['^deferred revenues?$']\n",
]
bad = [
    "rules:\n  table-footing: {severity: fatal}\n",
    "ignore:\n  - {rules: [table-footing]}\n",
    "rule:\n  table-footing: {severity: warning}\n",
]
for text in good:
    config_v.validate(yaml.safe_load(text))
for text in bad:
    assert list(config_v.iter_errors(yaml.safe_load(text))), text
# A rule with a key its kind does not take is rejected, as the binary rejects it.
rule = {"id": "x", "title": "t", "severity": "error", "message": "m"}
assert list(rules_v.iter_errors({"rules": [dict(rule, kind="footing", total="a")]}))
rules_v.validate({"rules": [dict(rule, kind="sum", total="a", parts=["b"])]})

# The kinds: the schema's enum equals the binary's list.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "r.yaml")
    with open(path, "w") as f:
        f.write("rules:\n  - {id: x, kind: nosuchkind, title: t, message: m, severity: error}\n")
    err = subprocess.run([binary, "rules", "validate", path], capture_output=True, text=True).stderr
m = re.search(r"unknown rule kind 'nosuchkind' \(([^)]*)\)", err)
assert m, err
binary_kinds = sorted(k.strip() for k in m.group(1).replace(" or ", ", ").split(","))
schema_kinds = sorted(rules_schema["$defs"]["rule"]["properties"]["kind"]["enum"])
assert binary_kinds == schema_kinds, (binary_kinds, schema_kinds)
# The pre-commit hook: the fields pre-commit needs, and a file pattern that takes every
# extension a folder scan reads (the binary's help lists them).
with open(f"{source}/.pre-commit-hooks.yaml") as f:
    hooks = yaml.safe_load(f)
assert isinstance(hooks, list) and hooks[0]["id"] == "tieout", hooks
for key in ("name", "entry", "language", "files"):
    assert key in hooks[0], key
assert hooks[0]["entry"].split()[:2] == ["tieout", "check"]
help_text = subprocess.run([binary, "check", "--help"], capture_output=True, text=True).stdout
extensions = re.findall(r"(\.[a-z]+)\b", help_text[: help_text.find("are read")])
assert extensions, help_text
for ext in extensions:
    assert re.search(hooks[0]["files"], "release" + ext), ext

print(f"schemas valid: rules.yaml, the effective rules, {len(good)} project files; {len(schema_kinds)} kinds")
