"""Validates tieout's SARIF output against the official SARIF 2.1.0 schema.

Usage: validate_sarif.py TIEOUT_BINARY SOURCE_DIR
Runs `tieout check` over the bundled fixtures with --format sarif and validates the log; also
checks that every finding of the JSON report appears as a SARIF result.
"""
import json
import subprocess
import sys

import jsonschema

binary, source = sys.argv[1], sys.argv[2]
args = [binary, "check", "fixtures/cases", "fixtures/seeds", "fixtures/bad/empty.txt", "--fail-on", "none"]
sarif = json.loads(subprocess.run(args + ["--format", "sarif"], cwd=source, capture_output=True, text=True).stdout)
report = json.loads(subprocess.run(args + ["--format", "json"], cwd=source, capture_output=True, text=True).stdout)
with open(f"{source}/tests/data/sarif-schema-2.1.0.json") as f:
    schema = json.load(f)
jsonschema.validate(sarif, schema)
results = sarif["runs"][0]["results"]
assert len(results) == len(report["findings"]) > 0, (len(results), len(report["findings"]))
for r, f in zip(results, report["findings"]):
    assert r["ruleId"] == f["rule"] and r["message"]["text"] == f["message"], (r, f)
    assert r["locations"][0]["physicalLocation"]["region"]["startLine"] == f["line"]
invocation = sarif["runs"][0]["invocations"][0]
assert invocation["executionSuccessful"] is False
assert "empty file" in invocation["toolExecutionNotifications"][0]["message"]["text"]
print(f"SARIF valid: {len(results)} results, {len(sarif['runs'][0]['tool']['driver']['rules'])} rules")
