"""The HTML review page: self-contained, one mark per check, counts that agree with the JSON
report; then, when Debian's chromium is installed, the same counts read from the DOM of the page
loaded in headless Chromium (the filters' script run), and a screenshot.

Usage: validate_html.py TIEOUT_BINARY SOURCE_DIR [SCREENSHOT]
Exits 77 (skipped, for ctest) only when the page is right and chromium is absent.
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

binary, source = sys.argv[1], sys.argv[2]
screenshot = sys.argv[3] if len(sys.argv) > 3 else None
args = [binary, "check", "fixtures/cases", "fixtures/seeds", "--fail-on", "none"]
page = subprocess.run(args + ["--format", "html"], cwd=source, capture_output=True, text=True, check=True).stdout
report = json.loads(subprocess.run(args + ["--format", "json"], cwd=source, capture_output=True, text=True).stdout)


class Marks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks = {}
        self.external = []
        self.links = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "span" and "mark" in classes and len(classes) == 2:
            self.marks[classes[1]] = self.marks.get(classes[1], 0) + 1
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


p = Marks()
p.feed(page)
assert not p.external, f"not self-contained: {p.external}"
checks = report["checks"]
assert sum(p.marks.values()) == len(checks), (p.marks, len(checks))
status = {"pass": 0, "fail": 0, "skip": 0}
for c in checks:
    status[c["status"]] += 1
assert p.marks.get("verified", 0) + p.marks.get("rounding", 0) == status["pass"], p.marks
assert p.marks.get("mismatch", 0) + p.marks.get("suppressed", 0) == status["fail"], p.marks
assert p.marks.get("unverifiable", 0) == status["skip"], p.marks
assert p.marks.get("suppressed", 0) >= 1  # fixtures/cases/inline-ignore.md
for key, n in p.marks.items():
    assert int(p.body["data-" + key]) == n, key
assert len(p.links) == len(report["findings"]) and all(l in p.ids for l in p.links), p.links
print(f"HTML page: {len(checks)} marks {p.marks}, {len(p.links)} findings linked")

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
    q = Marks()
    q.feed(dom)
    assert q.marks == p.marks, (q.marks, p.marks)
    assert 'id="filters"' in dom
    if screenshot:
        os.makedirs(os.path.dirname(os.path.abspath(screenshot)), exist_ok=True)
        subprocess.run(flags + ["--window-size=1280,1600", f"--screenshot={os.path.abspath(screenshot)}",
                                "file://" + path], capture_output=True, timeout=120)
        assert os.path.getsize(screenshot) > 0
print(f"headless Chromium: the DOM shows the same marks {q.marks}")
