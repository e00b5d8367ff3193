"""The mojibake benchmark: ftfy's own test cases and the Chinese mix-ups, through the mojibake pass
alone (``clean(text, select=["mojibake"])``).

- ftfy's in-the-wild, synthetic and negative cases (``DATA/ftfy_cases/*.json``, copied from ftfy
  with its licence): a case passes when the output is its ``fixed-encoding`` (or ``fixed`` where
  absent); a negative case passes when it comes out unchanged.
- Chinese mix-ups (``DATA/mojibake_zh_cases.jsonl``: news sentences put through UTF-8 read as
  GBK/GB18030 or Big5, GBK or Big5 read as Latin-1/Windows-1252): each comes out ``exact`` (the
  source sentence), ``up-to-lost`` (the source, except that each character whose bytes the
  mix-up's decoder dropped is one U+FFFD, reported as a finding), ``partial`` or ``unchanged``.
- Correct CJK sentences (``DATA/mojibake_zh_correct.jsonl``): how many come out unchanged, with no
  edit and no finding.

``DATA`` is the repository's tests/data unless given.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

# A source checkout's tests/data: beside the package (editable install), else in the working directory.
_BESIDE = Path(__file__).resolve().parent.parent / "tests" / "data"
DEFAULT_DATA = _BESIDE if _BESIDE.is_dir() else Path("tests") / "data"
FTFY_SETS = ("in-the-wild", "synthetic", "negative")


def _clean(text: str):
    from .pipeline import clean

    return clean(text, select=["mojibake"])


def zh_outcome(source: str, mojibake: str) -> str:
    """How the pass does on one mix-up: exact, up-to-lost, partial or unchanged."""
    out = _clean(mojibake + "\n").text[:-1]
    if out == source:
        return "exact"
    if len(out) == len(source) and all(a == b or a == "\ufffd" for a, b in zip(out, source)):
        return "up-to-lost"
    return "unchanged" if out == mojibake else "partial"


def mojibake_figures(data: Path | None = None) -> dict:
    """The figures, as a dict:

    ``ftfy``: {set: {"cases": n, "passed": k, "failed": [labels]}} for in-the-wild, synthetic,
    negative; ``zh_mixups``: {"cases": n, "exact": .., "up-to-lost": .., "partial": ..,
    "unchanged": .., "repaired": exact + up-to-lost, "by_kind": {kind: {outcome: n}}};
    ``zh_correct``: {"sentences": n, "unchanged": k, "by_lang": {lang: [unchanged, n]}}.
    """
    data = Path(data) if data is not None else DEFAULT_DATA
    report: dict = {"ftfy": {}, "data": str(data)}
    for name in FTFY_SETS:
        cases = json.loads((data / "ftfy_cases" / f"{name}.json").read_text(encoding="utf-8"))
        failed = [c["label"] for c in cases if _clean(c["original"]).text != c.get("fixed-encoding", c["fixed"])]
        report["ftfy"][name] = {"cases": len(cases), "passed": len(cases) - len(failed), "failed": failed}

    mixups = [json.loads(line) for line in (data / "mojibake_zh_cases.jsonl").read_text(encoding="utf-8").splitlines()]
    outcomes = Counter()
    by_kind: dict[str, Counter] = {}
    for case in mixups:
        o = zh_outcome(case["source"], case["mojibake"])
        outcomes[o] += 1
        by_kind.setdefault(case["kind"], Counter())[o] += 1
    report["zh_mixups"] = {"cases": len(mixups), **{k: outcomes[k] for k in ("exact", "up-to-lost", "partial", "unchanged")},
                           "repaired": outcomes["exact"] + outcomes["up-to-lost"],
                           "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())}}

    correct = [json.loads(line) for line in (data / "mojibake_zh_correct.jsonl").read_text(encoding="utf-8").splitlines()]
    by_lang: dict[str, list[int]] = {}
    unchanged = 0
    for item in correct:
        text = item["text"] + "\n"
        r = _clean(text)
        ok = r.text == text and not r.edits and not r.findings
        unchanged += ok
        counts = by_lang.setdefault(item["lang"], [0, 0])
        counts[0] += ok
        counts[1] += 1
    report["zh_correct"] = {"sentences": len(correct), "unchanged": unchanged, "by_lang": by_lang}
    return report


def format_mojibake(report: dict) -> str:
    """The figures as the lines ``cleaner bench mojibake`` prints."""
    lines = [f"mojibake pass alone on {report['data']}"]
    for name, r in report["ftfy"].items():
        what = "unchanged" if name == "negative" else "repaired as ftfy.fix_encoding does"
        lines.append(f"ftfy {name}: {r['passed']}/{r['cases']} {what}")
        lines += [f"  failed: {label}" for label in r["failed"]]
    z = report["zh_mixups"]
    lines.append(f"Chinese mix-ups: {z['repaired']}/{z['cases']} repaired ({z['exact']} exactly, {z['up-to-lost']} "
                 f"up to characters whose bytes were lost, reported); {z['partial']} partly, {z['unchanged']} unchanged")
    for kind, counts in z["by_kind"].items():
        lines.append(f"  {kind}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    c = report["zh_correct"]
    lines.append(f"correct CJK sentences: {c['unchanged']}/{c['sentences']} unchanged ("
                 + ", ".join(f"{lang} {ok}/{n}" for lang, (ok, n) in sorted(c["by_lang"].items())) + ")")
    return "\n".join(lines)
