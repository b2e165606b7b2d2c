#!/usr/bin/python3
"""The folders of checker/ include each other one way only.

Reads every `#include "checker/..."` line of checker/ (test files, *_test.cc, aside: a test may
use what it needs) and fails when
  - a folder includes one it may not (the table LAYERS below): the data path runs
    bytes -> readers (ingest/) -> Document (document/) -> facts (narrative/) -> rules (rules/)
    -> report model (result/) -> reporters (report/), and the CLI (cli/) sits over everything;
  - the folders include each other in a cycle;
  - a folder is not in LAYERS (a new folder says what it may use: one line below).
Named arrows the layers forbid, checked on their own so the message says what broke: the model
(document/, result/) to a reader or a rule; readers to rules; rules or the engine to
reporters; reporters to readers; anything in the core library to cli/.

Usage: include_graph.py SOURCE_DIR    check SOURCE_DIR/checker
       include_graph.py --self-test   check small hand-made trees, good and bad
"""

import os
import re
import sys
import tempfile

# What each folder of checker/ may include, besides itself. "main" is checker/main.cc.
LAYERS = {
    "base": [],
    "document": ["base"],
    "result": ["base"],
    "vocabulary": ["base", "document"],
    "ingest": ["base", "document", "vocabulary"],
    "narrative": ["base", "document", "vocabulary"],
    # The records and sets of documents the rules across documents compare.
    "sets": ["base", "document", "vocabulary", "narrative"],
    "rules": ["base", "document", "vocabulary", "narrative", "result", "sets"],
    "engine": ["base", "document", "vocabulary", "narrative", "result", "ingest", "rules", "sets"],
    "report": ["base", "document", "result"],
    "testing": ["base", "document", "vocabulary", "narrative", "result", "ingest", "rules",
                "engine", "report", "sets"],
    "cli": ["base", "document", "vocabulary", "narrative", "result", "ingest", "rules", "engine",
            "report", "sets"],
    "main": ["cli"],
}

# Arrows named by the architecture, each with the reason given when one appears.
FORBIDDEN = [
    ({"document", "result"}, {"ingest"}, "the model does not know the readers"),
    ({"document", "result"}, {"rules"}, "the model does not know the rules"),
    ({"ingest"}, {"rules"}, "readers do not know the rules"),
    ({"rules", "engine"}, {"report"}, "rules and the engine do not know the reporters"),
    ({"report"}, {"ingest"}, "reporters do not know the readers"),
    (set(LAYERS) - {"cli", "main"}, {"cli"}, "the core library does not know the command line"),
]

INCLUDE = re.compile(r'^\s*#\s*include\s+"checker/([^"]+)"', re.M)


def folder_of(relative):
    """'rules/rule.h' -> 'rules'; 'main.cc' -> 'main'."""
    parts = relative.split("/")
    return parts[0] if len(parts) > 1 else "main"


def read_edges(checker_dir):
    """{(from, to): [(file, line, included)]} over the non-test sources of checker_dir."""
    edges = {}
    for root, _, files in os.walk(checker_dir):
        for name in sorted(files):
            if not name.endswith((".h", ".cc")) or name.endswith("_test.cc"):
                continue
            path = os.path.join(root, name)
            relative = os.path.relpath(path, checker_dir).replace(os.sep, "/")
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            for m in INCLUDE.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                src, dst = folder_of(relative), folder_of(m.group(1))
                if src != dst:
                    edges.setdefault((src, dst), []).append(("checker/" + relative, line,
                                                             m.group(1)))
    return edges


def find_cycle(nodes, arrows):
    """A list of folders closing a cycle, or None."""
    graph = {n: sorted(d for s, d in arrows if s == n) for n in nodes}
    state = {}
    stack = []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for d in graph.get(n, []):
            if state.get(d) == 1:
                return stack[stack.index(d):] + [d]
            if d not in state:
                found = visit(d)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(nodes):
        if n not in state:
            found = visit(n)
            if found:
                return found
    return None


def check(checker_dir):
    """Every problem, one line each; empty when the graph is clean."""
    problems = []
    edges = read_edges(checker_dir)
    folders = {s for s, _ in edges} | {d for _, d in edges}
    for root, dirs, files in os.walk(checker_dir):
        if root == checker_dir:
            folders |= set(dirs)
            if any(f.endswith((".h", ".cc")) for f in files):
                folders.add("main")
    for f in sorted(folders - set(LAYERS)):
        problems.append(f"checker/{f}: a folder the layers do not name; add it to LAYERS in "
                        f"tests/include_graph.py with the folders it may include")
    for (src, dst), uses in sorted(edges.items()):
        where = ", ".join(f"{file}:{line} includes checker/{inc}" for file, line, inc in uses[:3])
        named = [why for froms, tos, why in FORBIDDEN if src in froms and dst in tos]
        if named:
            problems.append(f"{src} -> {dst}: {named[0]} ({where})")
        elif src in LAYERS and dst not in LAYERS.get(src, []):
            problems.append(f"{src} -> {dst}: {src}/ may include only "
                            f"{', '.join(LAYERS[src]) or 'nothing else'} ({where})")
    cycle = find_cycle(folders, edges.keys())
    if cycle:
        problems.append("folder cycle: " + " -> ".join(cycle))
    layer_cycle = find_cycle(set(LAYERS), {(s, d) for s, ds in LAYERS.items() for d in ds})
    if layer_cycle:
        problems.append("LAYERS itself has a cycle: " + " -> ".join(layer_cycle))
    return problems


def write_tree(root, files):
    for relative, text in files.items():
        path = os.path.join(root, "checker", relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return os.path.join(root, "checker")


def self_test():
    """Runs check() on hand-made trees: a clean one passes, each broken one fails as it must."""
    clean = {
        "base/status.h": "#pragma once\n",
        "document/document.h": '#include "checker/base/status.h"\n',
        "result/report.h": "",
        "rules/rule.h": '#include "checker/document/document.h"\n#include "checker/result/report.h"\n',
        "rules/rule_test.cc": '#include "checker/report/reporters.h"\n',  # tests are aside
        "report/reporters.h": '#include "checker/result/report.h"\n',
        "cli/cli.cc": '#include "checker/rules/rule.h"\n#include "checker/report/reporters.h"\n',
        "main.cc": '#include "checker/cli/cli.h"\n',
    }
    cases = [
        ("clean", {}, []),
        ("rules to reporters", {"rules/rule.cc": '#include "checker/report/reporters.h"\n'},
         ["rules -> report: rules and the engine do not know the reporters"]),
        ("model to rules", {"document/document.cc": '#include "checker/rules/rule.h"\n'},
         ["document -> rules: the model does not know the rules", "folder cycle: "]),
        ("core to cli", {"base/log.cc": '  #  include "checker/cli/cli.h"\n'},
         ["base -> cli: the core library does not know the command line", "folder cycle: "]),
        ("reporters to readers", {"report/x.cc": '#include "checker/ingest/reader.h"\n',
                                  "ingest/reader.h": ""},
         ["report -> ingest: reporters do not know the readers"]),
        ("cycle", {"vocabulary/v.h": '#include "checker/ingest/reader.h"\n',
                   "ingest/reader.h": '#include "checker/vocabulary/v.h"\n'},
         ["vocabulary -> ingest: vocabulary/ may include only base, document",
          "folder cycle: ingest -> vocabulary -> ingest"]),
        ("unknown folder", {"extras/extra.h": '#include "checker/base/status.h"\n'},
         ["checker/extras: a folder the layers do not name"]),
    ]
    failures = 0
    for name, extra, expected in cases:
        with tempfile.TemporaryDirectory() as tmp:
            problems = check(write_tree(tmp, {**clean, **extra}))
        ok = len(problems) == len(expected) and all(
            any(p.startswith(e) for p in problems) for e in expected)
        print(("ok   " if ok else "FAIL ") + name)
        if not ok:
            failures += 1
            print("  expected: " + repr(expected))
            print("  got:      " + repr(problems))
    return 1 if failures else 0


def main(argv):
    if len(argv) == 2 and argv[1] == "--self-test":
        return self_test()
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    checker_dir = os.path.join(argv[1], "checker")
    if not os.path.isdir(checker_dir):
        print(f"{checker_dir}: no such folder", file=sys.stderr)
        return 2
    problems = check(checker_dir)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) in the include graph of {checker_dir}")
        return 1
    edges = read_edges(checker_dir)
    print(f"include graph of {checker_dir}: {len(edges)} folder arrows, all one way")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
