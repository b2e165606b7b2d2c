"""Parses tieout's JUnit XML back and checks it against the JSON report of the same run.

Usage: validate_junit.py TIEOUT_BINARY SOURCE_DIR
One testcase per check (plus one per input error), a failure per failed check whose findings
are not all suppressed, the counts on <testsuites> and each <testsuite> agreeing with the cases.
"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

binary, source = sys.argv[1], sys.argv[2]
args = [binary, "check", "fixtures/cases", "fixtures/seeds", "fixtures/bad/empty.txt", "--fail-on", "none"]
junit = subprocess.run(args + ["--format", "junit"], cwd=source, capture_output=True).stdout
report = json.loads(subprocess.run(args + ["--format", "json"], cwd=source, capture_output=True, text=True).stdout)
root = ET.fromstring(junit)
assert root.tag == "testsuites", root.tag
cases = root.findall("./testsuite/testcase")
checks = report["checks"]
assert len(cases) == len(checks) + len(report["errors"]), (len(cases), len(checks))
suppressed = {(f["rule"], f["file"], f["line"]) for f in report["findings"] if "suppression" in f}
active = {(f["rule"], f["file"], f["line"]) for f in report["findings"] if "suppression" not in f}
expected_failures = sum(
    1 for c in checks
    if c["status"] == "fail" and ((c["rule"], c["file"], c["line"]) in active
                                  or (c["rule"], c["file"], c["line"]) not in suppressed))
failures = root.findall("./testsuite/testcase/failure")
assert len(failures) == expected_failures > 0, (len(failures), expected_failures)
assert int(root.get("failures")) == expected_failures
assert int(root.get("tests")) == len(cases)
assert int(root.get("errors")) == len(report["errors"]) == 1
for suite in root.findall("testsuite"):
    n = suite.findall("testcase")
    assert int(suite.get("tests")) == len(n), suite.get("name")
    assert int(suite.get("failures")) == len(suite.findall("testcase/failure")), suite.get("name")
    assert int(suite.get("skipped")) == len(suite.findall("testcase/skipped")), suite.get("name")
skipped_suppressed = [s for s in root.iter("skipped") if s.get("message", "").startswith("suppressed: ")]
assert len(skipped_suppressed) >= 1, "the inline-ignore fixture's suppressed check"
for failure in failures:
    assert failure.get("message") and failure.get("type") in ("error", "warning", "note")
print(f"JUnit parsed: {len(cases)} testcases, {len(failures)} failures")
