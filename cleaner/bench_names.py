"""The names benchmark: precision and recall of the names pass, and one spelling per person.

``cleaner bench names`` runs :func:`main`. Two measurements:

* **Benchmark** (``tests/data/names_bench*.jsonl``): short news documents, each with one table
  form (a variant, alias or native form) that refers either to the table's person (``rewrite:
  true``: it must become the canonical name) or to someone or something else (``rewrite: false``:
  it must stay). Precision is the share of rewrites that were right (a wrong one renames an
  innocent person), recall the share of the person's mentions that were rewritten. Figures are
  also given per category: the row's own ``category`` when it has one, else the kind of the form
  in the table (native, alias, hallucination, common, romanisation, style).
* **One spelling per document** (a folder of ``*.en.txt`` machine translations, such as the
  WMT23 zh-en outputs): every document is cleaned, the names edits are counted by rule, and every
  person of the table written in more than one spelling after cleaning is listed.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .pipeline import clean

# The lists live in a source checkout's tests/data: beside the package in a checkout (editable
# install), else in the working directory (an installed package run from the checkout).
_BESIDE = Path(__file__).resolve().parent.parent / "tests" / "data"
DATA = _BESIDE if _BESIDE.is_dir() else Path("tests") / "data"
BENCH_FILES = ("names_bench.jsonl", "names_bench_more.jsonl")


def bench_paths(folder: Path | None = None) -> list[Path]:
    folder = folder or DATA
    return [folder / f for f in BENCH_FILES if (folder / f).exists()]


def read_rows(paths: Iterable[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def _form_kinds() -> dict[str, str]:
    """form -> category, from the built-in table."""
    from .names_data import names_table
    from .passes.names import STYLE, HALLUCINATION

    out: dict[str, str] = {}
    for p in names_table().values():
        for v in p.variants:
            k = p.kind(v)
            out.setdefault(v, "style" if k == STYLE else "hallucination" if k == HALLUCINATION
                           else "common" if v in p.common else "romanisation")
        for n in p.native:
            out.setdefault(n, "native")
        for a in p.ambiguous:
            out.setdefault(a.alias, "alias")
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, rewritten: bool, expected: bool) -> None:
        if rewritten and expected:
            self.tp += 1
        elif rewritten:
            self.fp += 1
        elif expected:
            self.fn += 1
        else:
            self.tn += 1


@dataclass
class BenchResult:
    total: Score = field(default_factory=Score)
    by_category: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    wrong: list[dict] = field(default_factory=list)  # rewritten, but must stay
    missed: list[dict] = field(default_factory=list)  # must be rewritten, but stayed
    rows: int = 0


def run_bench(paths: Iterable[Path] | None = None) -> BenchResult:
    """Clean every row with the names pass alone; a row counts as rewritten when its form occurs
    fewer times after cleaning than before."""
    rows = read_rows(paths if paths is not None else bench_paths())
    kinds = _form_kinds()
    result = BenchResult(rows=len(rows))
    for row in rows:
        out = clean(row["text"] + "\n", lang="en", select=["names"]).text
        rewritten = out.count(row["form"]) < row["text"].count(row["form"])
        expected = bool(row["rewrite"])
        category = row.get("category") or kinds.get(row["form"], "unknown")
        result.total.add(rewritten, expected)
        result.by_category[category].add(rewritten, expected)
        if rewritten and not expected:
            result.wrong.append(row)
        elif expected and not rewritten:
            result.missed.append(row)
    return result


def _spelling_regex():
    """Every canonical name, variant and native form of the table (aliases are not spellings: they
    are also names of companies), as one longest-first whole-word regex, and form -> person."""
    from .names_data import names_table

    owner: dict[str, str] = {}
    for p in names_table().values():
        for form in (p.canonical, *p.variants, *p.native):
            owner.setdefault(form, p.canonical)
    forms = sorted(owner, key=len, reverse=True)
    regex = re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w\-])")
    return regex, owner


def spellings(text: str, regex=None, owner=None) -> dict[str, Counter]:
    """person -> Counter of the spellings of that person written in ``text``."""
    if regex is None:
        regex, owner = _spelling_regex()
    found: dict[str, Counter] = defaultdict(Counter)
    for m in regex.finditer(text):
        found[owner[m.group(0)]][m.group(0)] += 1
    return found


@dataclass
class FolderResult:
    documents: int = 0
    edits: Counter = field(default_factory=Counter)  # rule -> count
    findings: int = 0
    mixed: list[tuple[str, str, dict]] = field(default_factory=list)  # (doc, person, spellings) after cleaning
    mixed_before: int = 0
    sample: list[dict] = field(default_factory=list)


def run_folder(folder: Path, sample: int = 0, seed: int = 17) -> FolderResult:
    """Clean every ``*.en.txt`` under ``folder`` (all passes); count the names edits and list every
    person written in more than one spelling after cleaning. ``sample``: that many names edits,
    drawn at random (fixed seed), with their line before and after, for review."""
    folder = Path(folder)
    files = sorted(folder.rglob("*.en.txt"))
    regex, owner = _spelling_regex()
    result = FolderResult(documents=len(files))
    every: list[dict] = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        res = clean(text, lang="en")
        names = [e for e in res.edits if e.pass_name == "names"]
        result.edits.update(e.rule for e in names)
        result.findings += sum(1 for e in res.findings if e.pass_name == "names")
        for e in names:
            every.append({"doc": f.name, "line": e.line, "before": e.before, "after": e.replacement,
                          "rule": e.rule, "reason": e.reason})
        result.mixed_before += sum(1 for c in spellings(text, regex, owner).values() if len(c) > 1)
        for person, c in spellings(res.text, regex, owner).items():
            if len(c) > 1:
                result.mixed.append((f.name, person, dict(c)))
    if sample and every:
        result.sample = random.Random(seed).sample(every, min(sample, len(every)))
    return result


def main(argv: list[str] | None = None) -> int:
    """``cleaner bench names [FOLDER] [--sample N]``: the benchmark figures, and with a folder of
    machine translations the one-spelling check. Returns 1 when precision is below 100%."""
    import argparse

    ap = argparse.ArgumentParser(prog="cleaner bench names")
    ap.add_argument("folder", nargs="?", help="a folder of *.en.txt machine translations (e.g. wmt23_zhen/docs)")
    ap.add_argument("--bench", action="append", help="a benchmark file (default: tests/data/names_bench*.jsonl)")
    ap.add_argument("--sample", type=int, default=0, help="print N random names edits of the folder for review")
    args = ap.parse_args(argv)
    paths = [Path(b) for b in args.bench] if args.bench else bench_paths()
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print(f"error: {', '.join(map(str, missing))}: no such file")
        return 2
    if not paths:
        print(f"no benchmark files: {', '.join(BENCH_FILES)} are read from {DATA} (a source checkout); pass --bench FILE")
        return 2
    r = run_bench(paths)
    t = r.total
    print(f"names benchmark: {r.rows} documents, {t.tp + t.fn} must be rewritten, {t.fp + t.tn} must stay")
    print(f"  precision {t.precision:.3f} ({t.tp} right rewrites, {t.fp} wrong)  "
          f"recall {t.recall:.3f} ({t.fn} missed)")
    for cat in sorted(r.by_category):
        s = r.by_category[cat]
        print(f"  {cat:14} rewrite {s.tp + s.fn:4} stay {s.fp + s.tn:4}  precision {s.precision:.3f}"
              f"  recall {s.recall:.3f}")
    for row in r.wrong:
        print(f"  WRONGLY REWRITTEN {row['form']!r}: {row['text'][:160]!r}")
    for row in r.missed:
        print(f"  missed {row['form']!r}: {row['text'][:160]!r}")
    if args.folder:
        fr = run_folder(Path(args.folder), sample=args.sample)
        print(f"{args.folder}: {fr.documents} documents, names edits by rule: {dict(sorted(fr.edits.items()))},"
              f" findings {fr.findings}")
        print(f"  people in two or more spellings: {fr.mixed_before} before cleaning, {len(fr.mixed)} after")
        for doc, person, c in fr.mixed:
            print(f"    {doc}: {person}: {c}")
        for e in fr.sample:
            print(f"  [{e['rule']}] {e['doc']}:{e['line']} {e['before']!r} -> {e['after']!r}")
    return 0 if t.fp == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
