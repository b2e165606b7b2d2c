#!/usr/bin/env python3
"""List lines of the sources that carry figures or company names of a corpus filing.

The project's rule: code, comments and tests use made-up figures and names, never those of the
filings tieout is measured on (tests that READ a fixture file are fine; figures written into the
source are not). This script finds the lines that break it, for a developer to rewrite by hand.

Usage:
    python3 scripts/corpus_figures.py [CORPUS] [--window N] [--distance N] [--all] [--single]
                                       [--names-only | --figures-only] [FILE ...]

    CORPUS      folder of filings, searched recursively (*.htm, *.html, *.txt);
                default ../shared/corpus
    FILE ...    sources to scan; default: checker/**/*.cc|h, tests/*.cc, fuzz/*.cc, rules.yaml
                and README.md of the repository the script sits in
    --window N  lines either side of a line whose figures count as its neighbours (default 2)
    --distance N
                how close (in characters of the filing's text, tags removed) two figures must
                stand in the filing to count as appearing together (default 600)
    --all       also list the weak hits: two figures of three significant digits found together
                with fewer than three words of the line near them in the filing (mostly chance)
    --single    also list a lone figure of >= 6 significant digits that occurs in exactly one
                filing (no neighbour needed; more chance hits)

Run it from anywhere; it is a developer check, not a test (the corpus is not in the repository).
Exit status 0 always; the output is one line per hit, with the words of the line (and its
neighbours) found near the figures in the filing:

    checker/rules/x_test.cc:41: 15,335 + 420,610 -> html/acme_ex99.htm [2 words: accrued wages]

What counts as a figure: a number of >= 3 significant digits with a unit ($, %, percent,
million, billion, thousand), or a number of >= 4 significant digits written with a thousands
separator or a decimal point, or a plain integer of >= 5 significant digits. A line is listed when
one of its figures and a second, different figure of the same line or of its neighbour lines both
occur in one filing within --distance characters of each other, and the pair is unlikely to be
chance: four or more figures together, or three with an uncommon word of the line near them in
the filing, or two of >= 4 significant digits each, or two with >= 3 such words. One figure alone is often chance
(a filing holds tens of thousands of numbers); figures side by side in both places are a copy.
Company names: the names of the filings (the part of the file name before the first '_', e.g.
"acme-widgets" -> "Acme Widgets") written in a line: case-insensitive for names of several
words, capitalised or upper case for one word.
"""

import argparse
import bisect
import collections
import html
import pathlib
import re
import sys

FIGURE = re.compile(
    r"(?P<dollar>\$\s?)?(?<![\w.,])"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w]|[.,]\d)"
    r"(?P<unit>\s?(?:%|percent\b|million\b|billion\b|thousand\b))?"
)
CORPUS_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w]|[.,]\d)")
TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")
WORD = re.compile(r"[A-Za-z]{4,}")
WORDS_FOR_A_PAIR = 3
# Words of every financial text: sharing them with a filing says nothing of a copy.
COMMON_WORDS = set("""
    million billion thousand percent from with were that this which than compared increase
    increased decrease decreased quarter year years period months ended total sales revenue
    revenues income expenses expense share shares first second third fourth three nine twelve
    net loss profit cost costs operating company basic diluted average weighted before after
    other change million respectively dollars millions amounts
""".split())

# First words of filing names that are ordinary words: such a name is matched only in full.
GENERIC_FIRST_WORDS = {
    "bridge", "equity", "farmers", "forward", "home", "horizon", "james", "national", "new",
    "north", "office", "oil", "page", "standard", "southern", "southwest", "st", "ultra",
    "warrior", "residential", "bell", "verizon", "tetra", "surmodics",
}
# Uses of a filing's name that are not the company (a product, a style guide, a licence).
NAME_EXCEPTIONS = re.compile(
    r"Microsoft (?:Word|Office|Excel)|Google(?: C\+\+)? style|Google Test|googletest|"
    r"Google Benchmark|Apache License|Apache Spark|Apache-2",
    re.IGNORECASE,
)


def significant_digits(number):
    digits = number.replace(",", "").replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def source_figures(line):
    """The figures of one source line, as {normalised number: text as written}."""
    found = {}
    for m in FIGURE.finditer(line):
        num = m.group("num")
        if re.fullmatch(r"(?:19|20)\d\d", num):
            continue  # a year
        sig = significant_digits(num)
        has_unit = bool(m.group("dollar") or m.group("unit"))
        grouped = "," in num or "." in num
        if (has_unit and sig >= 3) or (grouped and sig >= 4) or sig >= 5:
            found.setdefault(num.replace(",", ""), m.group(0).strip())
    return found


def read_corpus(root, wanted):
    """{filing: {number: sorted positions}} for the numbers in `wanted`."""
    index, texts = {}, {}
    files = sorted(p for p in root.rglob("*")
                   if p.is_file() and p.suffix.lower() in (".htm", ".html", ".txt"))
    for path in files:
        text = path.read_text(errors="replace")
        text = SPACE.sub(" ", html.unescape(TAG.sub(" ", text)))
        positions = collections.defaultdict(list)
        for m in CORPUS_NUMBER.finditer(text):
            num = m.group(1).replace(",", "")
            if num in wanted:
                positions[num].append(m.start())
        if positions:
            index[str(path.relative_to(root))] = positions
            texts[str(path.relative_to(root))] = text
    return index, texts, files


def together(figs, window, positions, distance):
    """The figures of `window` (at least one of them of `figs`) that stand within `distance`
    of another of them in one filing, with the span they cover; None when there are none."""
    found, start, end = set(), None, None
    for a in figs:
        for b in window:
            if a == b or a not in positions or b not in positions:
                continue
            for p in positions[a]:
                k = bisect.bisect_left(positions[b], p - distance)
                if k < len(positions[b]) and positions[b][k] <= p + distance:
                    q = positions[b][k]
                    found.update((a, b))
                    start = min(p, q) if start is None else min(start, p, q)
                    end = max(p, q) if end is None else max(end, p, q)
                    break
    return (found, start, end) if found else None


def strength(found, shared):
    """True when figures found together are unlikely to be chance: four or more of them, three
    with a word of the line near them in the filing, two of four or more significant digits
    each, or two with three such words."""
    digits = sorted(significant_digits(n) for n in found)
    if len(found) >= 4 or (len(found) == 3 and shared):
        return True
    return digits[0] >= 4 or len(shared) >= WORDS_FOR_A_PAIR


def company_names(files):
    patterns = {}
    for path in files:
        slug = path.name.split("_")[0]
        words = slug.split("-")
        if len(words) > 1:
            patterns[slug] = re.compile(r"\b" + r"[\s_-]+".join(map(re.escape, words)) + r"\b",
                                        re.IGNORECASE)
        if len(words) == 1 or (words[0] not in GENERIC_FIRST_WORDS and len(words[0]) >= 4):
            word = re.escape(words[0])
            patterns.setdefault(words[0], re.compile(
                r"\b(?:" + word.capitalize() + "|" + word.upper() + r")\b"))
    return patterns


def default_sources(repo):
    sources = sorted(repo.glob("checker/**/*.cc")) + sorted(repo.glob("checker/**/*.h"))
    sources += sorted(repo.glob("tests/*.cc")) + sorted(repo.glob("fuzz/*.cc"))
    sources += [repo / "rules.yaml", repo / "README.md"]
    return [p for p in sources if p.is_file()]


def main():
    repo = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default="../shared/corpus")
    parser.add_argument("files", nargs="*")
    parser.add_argument("--window", type=int, default=2)
    parser.add_argument("--distance", type=int, default=600)
    parser.add_argument("--single", action="store_true")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--names-only", action="store_true")
    parser.add_argument("--figures-only", action="store_true")
    args = parser.parse_intermixed_args()

    corpus = pathlib.Path(args.corpus)
    if not corpus.is_dir():
        sys.exit(f"corpus_figures.py: {corpus}: not a folder (pass the corpus path)")
    sources = [pathlib.Path(f) for f in args.files] or default_sources(repo)

    lines_of = {}
    wanted = set()
    for path in sources:
        lines = [source_figures(l) for l in path.read_text(errors="replace").splitlines()]
        lines_of[path] = lines
        for figs in lines:
            wanted.update(figs)
    index, texts_of, files = read_corpus(corpus, wanted)
    filings_of = collections.defaultdict(set)
    for filing, positions in index.items():
        for num in positions:
            filings_of[num].add(filing)

    hits = 0
    names = company_names(files)
    for path, lines in lines_of.items():
        shown = path.resolve().relative_to(repo) if path.resolve().is_relative_to(repo) else path
        texts = path.read_text(errors="replace").splitlines()
        for i, figs in enumerate(lines):
            if not args.names_only and figs:
                lo, hi = max(0, i - args.window), min(len(lines), i + args.window + 1)
                window = {}
                for j in range(lo, hi):
                    window.update(lines[j])
                words = {w.lower() for j in range(lo, hi) for w in WORD.findall(texts[j])}
                best = None
                for filing in set().union(*(filings_of.get(n, ()) for n in figs)):
                    hit = together(figs, window, index[filing], args.distance)
                    if hit:
                        found, start, end = hit
                        context = texts_of[filing][max(0, start - 300):end + 300]
                        shared = words & {w.lower() for w in WORD.findall(context)} - COMMON_WORDS
                        score = (strength(found, shared), len(found), len(shared))
                        if best is None or score > best[0]:
                            best = (score, filing, found, shared)
                if best and (best[0][0] or args.all):
                    hits += 1
                    shown_figs = " + ".join(window[n] for n in sorted(best[2], key=float))
                    weak = "" if best[0][0] else " (weak)"
                    print(f"{shown}:{i + 1}: {shown_figs} -> {best[1]}{weak}"
                          f" [{len(best[3])} words: {' '.join(sorted(best[3])[:8])}]")
                elif not best and args.single:
                    for n, text in figs.items():
                        if significant_digits(n) >= 6 and len(filings_of.get(n, ())) == 1:
                            hits += 1
                            print(f"{shown}:{i + 1}: {text} (alone) -> {next(iter(filings_of[n]))}")
            if not args.figures_only:
                text = NAME_EXCEPTIONS.sub(" ", texts[i])
                for slug, pattern in names.items():
                    if pattern.search(text):
                        hits += 1
                        print(f"{shown}:{i + 1}: name '{slug}' -> {texts[i].strip()[:80]}")
    print(f"{hits} lines listed", file=sys.stderr)


if __name__ == "__main__":
    main()
