"""The mojibake benchmark: ftfy's own test cases and the Chinese mix-ups, through the mojibake pass
alone (``clean(text, select=["mojibake"])``).

- ftfy's in-the-wild, synthetic and negative cases (``DATA/ftfy_cases/*.json``, copied from ftfy
  with its licence): a case passes when the output is its ``fixed-encoding`` (or ``fixed`` where
  absent); a negative case passes when it comes out unchanged.
- Chinese mix-ups (``DATA/mojibake_zh_cases.jsonl``, built by ``mojibake_zh_make_cases.py`` there:
  news sentences put through UTF-8 read as GBK/GB18030 or Big5, GBK or Big5 read as
  Latin-1/Windows-1252, GBK read as UTF-8, and that saved as UTF-8 and read as GBK, "锟斤拷"):
  each comes out ``exact`` (the source sentence), ``up-to-lost`` (the source, except that each
  character whose bytes the mix-up's decoder dropped is one U+FFFD, reported as a finding),
  ``reported`` (unchanged, every U+FFFD and "锟斤拷" in it reported as lost bytes), ``partial`` or
  ``unchanged``. A case marked ``lossless`` can be told from its mojibake alone (no byte lost, or
  each lost byte has one common reading): exact repairs are counted over those and over all.
- Correct CJK sentences (``DATA/mojibake_zh_correct.jsonl``): how many come out unchanged, with no
  edit and no finding.

``DATA`` is the repository's tests/data unless given.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

# A source checkout's tests/data: beside the package (editable install), else in the working directory.
_BESIDE = Path(__file__).resolve().parent.parent / "tests" / "data"
DEFAULT_DATA = _BESIDE if _BESIDE.is_dir() else Path("tests") / "data"
FTFY_SETS = ("in-the-wild", "synthetic", "negative")


def _clean(text: str):
    from .pipeline import clean

    return clean(text, select=["mojibake"])


OUTCOMES = ("exact", "up-to-lost", "reported", "partial", "unchanged")


def zh_outcome(source: str, mojibake: str) -> str:
    """How the pass does on one mix-up: exact, up-to-lost, reported, partial or unchanged."""
    return _outcome(source, mojibake, _clean(mojibake + "\n"))


def wrong_repairs(source: str, result) -> int:
    """The edits of ``result`` whose replacement is not in ``source`` (U+FFFD standing for any one
    character): a character guessed wrong."""
    return sum(1 for e in result.edits
               if not re.search(".".join(re.escape(part) for part in e.replacement.split("\ufffd")), source))


def _outcome(source: str, mojibake: str, result) -> str:
    out = result.text[:-1]
    if out == source:
        return "exact"
    if len(out) == len(source) and all(a == b or a == "\ufffd" for a, b in zip(out, source)):
        return "up-to-lost"
    if out != mojibake:
        return "partial"
    reported = "".join(f.before for f in result.findings if f.rule == "lost-bytes")
    lost = out.count("\ufffd") + out.count("锟斤拷")
    return "reported" if lost and reported.count("\ufffd") + reported.count("锟斤拷") == lost else "unchanged"


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
    report["zh_mixups"] = _mixup_figures(mixups)

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


def _mixup_figures(mixups: list[dict]) -> dict:
    outcomes, lossless = Counter(), Counter()
    by_kind: dict[str, Counter] = {}
    wrong = 0
    for case in mixups:
        result = _clean(case["mojibake"] + "\n")
        o = _outcome(case["source"], case["mojibake"], result)
        wrong += wrong_repairs(case["source"], result)
        outcomes[o] += 1
        if case.get("lossless"):
            lossless[o] += 1
        by_kind.setdefault(case["kind"], Counter())[o] += 1
    return {"cases": len(mixups), **{k: outcomes[k] for k in OUTCOMES},
            "repaired": outcomes["exact"] + outcomes["up-to-lost"], "wrong_repairs": wrong,
            "lossless": {"cases": sum(lossless.values()), "exact": lossless["exact"],
                         "repaired": lossless["exact"] + lossless["up-to-lost"]},
            "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())}}


def format_mojibake(report: dict) -> str:
    """The figures as the lines ``cleaner bench mojibake`` prints."""
    lines = [f"mojibake pass alone on {report['data']}"]
    for name, r in report["ftfy"].items():
        what = "unchanged" if name == "negative" else "repaired as ftfy.fix_encoding does"
        lines.append(f"ftfy {name}: {r['passed']}/{r['cases']} {what}")
        lines += [f"  failed: {label}" for label in r["failed"]]
    z = report["zh_mixups"]
    lines.append(f"Chinese mix-ups: {z['repaired']}/{z['cases']} repaired ({z['exact']} exactly, {z['up-to-lost']} "
                 f"up to characters whose bytes were lost, reported); {z['reported']} unrecoverable and reported, "
                 f"{z['partial']} partly, {z['unchanged']} unchanged")
    q = z["lossless"]
    lines.append(f"  lossless (recoverable from the mojibake alone): {q['exact']}/{q['cases']} exactly; "
                 f"repairs with a character not in the source: {z['wrong_repairs']}")
    for kind, counts in z["by_kind"].items():
        lines.append(f"  {kind}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    c = report["zh_correct"]
    lines.append(f"correct CJK sentences: {c['unchanged']}/{c['sentences']} unchanged ("
                 + ", ".join(f"{lang} {ok}/{n}" for lang, (ok, n) in sorted(c["by_lang"].items())) + ")")
    return "\n".join(lines)
