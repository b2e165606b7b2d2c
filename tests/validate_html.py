"""The HTML review page: self-contained; each document shown as its text with every checked
figure marked in place, one mark per check; the marks' counts by status agree with the JSON
report of the same run; a mismatch mark carries the finding's expected and found figures; every
finding links to its check's mark. Then, when Debian's chromium is installed, the same is read
from the DOM of the page loaded in headless Chromium (its script run), and a screenshot taken.

Usage: validate_html.py TIEOUT_BINARY SOURCE_DIR [SCREENSHOT [PAGE]]
The screenshot is of PAGE when given (run.sh: its reports/report.html), else of the test's page.
Exits 77 (skipped, for ctest) only when the page is right and chromium is absent.
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

binary, source = sys.argv[1], sys.argv[2]
screenshot = sys.argv[3] if len(sys.argv) > 3 else None
shown = os.path.abspath(sys.argv[4]) if len(sys.argv) > 4 else None
args = [binary, "check", "fixtures/cases", "fixtures/seeds", "fixtures/narrative",
        "fixtures/sets/rollforward-error", "fixtures/formats", "--fail-on", "none"]
page = subprocess.run(args + ["--format", "html"], cwd=source, capture_output=True, text=True,
                      check=True).stdout
report = json.loads(subprocess.run(args + ["--format", "json"], cwd=source, capture_output=True,
                                   text=True).stdout)

VOID = {"br", "input", "meta", "img", "hr", "link", "wbr", "col"}
STATUSES = ["verified", "mismatch", "rounding", "unverifiable", "suppressed"]


class Page(html.parser.HTMLParser):
    """Each mark (an element of class "mark STATUS") with where it stands: in a paragraph or a
    table cell of a document's text ("text"), above the text for the whole document ("whole"),
    or below it, not found in the text ("elsewhere"); and the text inside it."""

    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, classes, mark record or None)
        self.marks = []  # dicts: id, status, where, text
        self.external, self.links, self.ids = [], [], set()
        self.body = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "body":
            self.body = a
        for key in ("src", "href"):
            v = a.get(key, "")
            if v and not v.startswith("#"):
                self.external.append(v)
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.append(a["href"][1:])
        if "id" in a:
            self.ids.add(a["id"])
        mark = None
        if tag == "span" and len(classes) == 2 and classes[0] == "mark":
            where = "outside"
            for _, cls, _ in self.stack:
                if "doc-text" in cls:
                    where = "text" if where == "outside" else where
                if "whole" in cls:
                    where = "whole"
                if "elsewhere" in cls:
                    where = "elsewhere"
            mark = {"id": a.get("id"), "status": classes[1], "where": where, "text": ""}
            self.marks.append(mark)
        if tag not in VOID:
            self.stack.append((tag, classes, mark))

    def handle_endtag(self, tag):
        while self.stack:
            t, _, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        for _, _, mark in self.stack:
            if mark is not None:
                mark["text"] += data


def counts(marks, where=None):
    out = {s: 0 for s in STATUSES}
    for m in marks:
        if where is None or m["where"] == where:
            out[m["status"]] += 1
    return out


def check_page(p, label):
    assert not p.external, f"{label}: not self-contained: {p.external}"
    checks = report["checks"]
    assert len(p.marks) == len(checks), (label, len(p.marks), len(checks))
    assert all(m["where"] != "outside" for m in p.marks), label
    by_id = {m["id"]: m for m in p.marks}
    assert len(by_id) == len(checks), f"{label}: mark ids are not one per check"
    # Per status, the marks agree with the JSON's checks and findings.
    findings_of = {}
    for f in report["findings"]:
        findings_of.setdefault(f["check"], []).append(f)
    expect = {"text": counts([]), "whole": counts([]), "elsewhere": counts([])}
    for i, c in enumerate(checks):
        fs = findings_of.get(i, [])
        if c["status"] == "skip":
            status = "unverifiable"
        elif c["status"] == "pass":
            status = "rounding" if fs or "within rounding" in c["detail"] else "verified"
        elif fs and all("suppression" in f for f in fs):
            status = "suppressed"
        else:
            status = "mismatch"
        m = by_id[f"c{i}"]
        assert m["status"] == status, (label, i, c, m)
        where = "whole" if "column" not in c else m["where"]
        assert m["where"] == where, (label, i, c, m)
        expect[where][status] += 1
        # A mismatch mark carries both numbers of its own finding.
        active = [f for f in fs if "suppression" not in f]
        if status == "mismatch" and active and active[0]["expected"]:
            want = f"expected {active[0]['expected']}, found {active[0]['actual']}"
            assert want in m["text"], (label, i, want, m["text"])
    got = {w: counts(p.marks, w) for w in expect}
    assert got == expect, (label, got, expect)
    # Checks with a place are marked in the text itself, not listed apart.
    assert sum(got["elsewhere"].values()) == 0, (label, got["elsewhere"])
    for s in STATUSES:
        assert int(p.body["data-" + s]) == sum(got[w][s] for w in got), (label, s)
    # Every kind of mark in the text: fixtures/cases/review-marks.md has a total within rounding
    # and a figure of the prose that cannot be verified; inline-ignore.md a suppressed total.
    assert all(got["text"][s] > 0 for s in STATUSES), got
    links = [f"c{f['check']}" for f in report["findings"]]
    assert p.links == links, (label, p.links[:5], links[:5])
    assert all(l in p.ids for l in p.links), label
    return got


p = Page()
p.feed(page)
got = check_page(p, "page")
print(f"HTML page: {len(p.marks)} marks, in the text {got['text']}, whole-document {got['whole']}, "
      f"{len(p.links)} findings linked")

chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    print("chromium not installed: the DOM test is skipped")
    sys.exit(77)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "review.html")
    with open(path, "w") as f:
        f.write(page)
    flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={d}/profile"]
    dom = subprocess.run(flags + ["--dump-dom", "file://" + path], capture_output=True, text=True,
                         timeout=120).stdout
    q = Page()
    q.feed(dom)
    check_page(q, "DOM")
    assert 'id="filters"' in dom
    if screenshot:
        os.makedirs(os.path.dirname(os.path.abspath(screenshot)), exist_ok=True)
        # The top of the page: the counts, the filters, the findings, the first documents.
        subprocess.run(flags + ["--window-size=1280,2000", f"--screenshot={os.path.abspath(screenshot)}",
                                "file://" + (shown or path)], capture_output=True, timeout=120)
        assert os.path.getsize(screenshot) > 0
print("headless Chromium: the DOM shows the same marks in the documents' text")
