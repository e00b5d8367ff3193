"""The glossary evaluation set: sentences with a Chinese term left in, and the acceptable results.

A directory of JSON Lines files (``en.jsonl``, ``de.jsonl``, ``fr.jsonl``, ``senses.jsonl``), one
item a line::

    {"id": ..., "lang": "en", "text": "... has 出圈 among ...", "term": "出圈", "slot": "verb",
     "accept": ["... has gone viral among ...", ...], "sense": "...", "decoy": "..."}

Each text is cleaned with the names and cjk_glossary passes and counted as

- ``correct``: the output is one of the ``accept`` sentences;
- ``finding``: the term is still there, with a finding of the pass on it (left for a person);
- ``wrong``: anything else: a wrong form (an ungrammatical sentence) or, for items with a
  ``sense``, a wrong sense.

A wrong output may still be a grammatical sentence with a rendering the ``accept`` list does not
hold. ``reviews.json`` in the same directory records a person's verdict on such outputs: an
object mapping an item's id to a list of ``{"output": ..., "verdict": ..., "why": ...}``, the
verdict one of ``other rendering`` (grammatical, the right sense, a rendering the set does not
list), ``ungrammatical`` or ``wrong sense``. The report splits the wrong items by verdict; an
output nobody reviewed counts as ``not reviewed``. The reviews never make an item correct.

:func:`run` returns the counts per language and slot and the wrong items; :func:`format_report`
prints them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

PASSES = ["names", "cjk_glossary"]
REVIEWS = "reviews.json"
VERDICTS = ("other rendering", "ungrammatical", "wrong sense")


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def load(directory: Path) -> list[dict]:
    items = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                item = json.loads(line)
                item.setdefault("file", path.name)
                item.setdefault("id", f"{path.stem}-{n}")
                items.append(item)
    return items


def load_reviews(directory: Path) -> dict[tuple[str, str], str]:
    """(item id, normalised output) -> the verdict a person gave that output (see the module's
    docstring); empty without a reviews file. A verdict other than VERDICTS is an error."""
    path = Path(directory) / REVIEWS
    if not path.is_file():
        return {}
    out = {}
    for item_id, reviews in json.loads(path.read_text(encoding="utf-8")).items():
        for review in reviews:
            if review["verdict"] not in VERDICTS:
                raise ValueError(f"{path}: {item_id}: verdict must be one of {', '.join(VERDICTS)}, not {review['verdict']!r}")
            out[(item_id, _norm(review["output"]))] = review["verdict"]
    return out


def judge(item: dict, rules=None) -> dict:
    from .pipeline import clean

    text = item["text"]
    result = clean(text, lang=item.get("lang"), select=PASSES, rules=rules)
    out = result.text
    accept = {_norm(a) for a in item.get("accept", [])}
    term = item.get("term", "")
    if _norm(out) in accept:
        outcome = "correct"
    elif term and term in out and any(f.pass_name == "cjk_glossary" for f in result.findings):
        outcome = "finding"
    else:
        outcome = "wrong"
    return {"id": item["id"], "lang": item.get("lang", "und"), "slot": item.get("slot") or "-",
            "sense": bool(item.get("sense")), "outcome": outcome, "output": out, "text": text,
            "reasons": [f.reason for f in result.findings if f.pass_name == "cjk_glossary"]}


def run(directory: Path, rules=None) -> dict:
    """Counts per language and slot, totals, and the wrong items."""
    results = [judge(item, rules) for item in load(directory)]
    reviews = load_reviews(directory)
    table: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"correct": 0, "finding": 0, "wrong": 0})
    for r in results:
        table[(r["lang"], r["slot"])][r["outcome"]] += 1
    totals = {"correct": 0, "finding": 0, "wrong": 0}
    for r in results:
        totals[r["outcome"]] += 1
    sense_items = [r for r in results if r["sense"]]
    form_items = [r for r in results if not r["sense"]]
    return {
        "items": len(results),
        "totals": totals,
        "by_lang_slot": {f"{lang}/{slot}": counts for (lang, slot), counts in sorted(table.items())},
        "ungrammatical": sum(r["outcome"] == "wrong" for r in form_items),
        "wrong_senses": sum(r["outcome"] == "wrong" for r in sense_items),
        "sense_items": len(sense_items),
        "wrong": [{k: r[k] for k in ("id", "text", "output")} for r in results if r["outcome"] == "wrong"],
        "wrong_by_review": _by_review([r for r in results if r["outcome"] == "wrong"], reviews),
    }


def _by_review(wrong: list[dict], reviews: dict[tuple[str, str], str]) -> dict[str, int]:
    counts = dict.fromkeys((*VERDICTS, "not reviewed"), 0)
    for r in wrong:
        counts[reviews.get((r["id"], _norm(r["output"])), "not reviewed")] += 1
    return counts


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "-"


def format_report(report: dict, show_wrong: int = 20) -> str:
    lines = [f"glossary bench: {report['items']} items"]
    lines.append(f"{'lang/slot':<16}{'items':>7}{'correct':>9}{'finding':>9}{'wrong':>7}")
    for key, c in report["by_lang_slot"].items():
        n = sum(c.values())
        lines.append(f"{key:<16}{n:>7}{c['correct']:>9}{c['finding']:>9}{c['wrong']:>7}")
    t = report["totals"]
    n = report["items"]
    lines.append(f"{'all':<16}{n:>7}{t['correct']:>9}{t['finding']:>9}{t['wrong']:>7}")
    lines.append(f"correct {_pct(t['correct'], n)}, left with a finding {_pct(t['finding'], n)}, wrong {_pct(t['wrong'], n)}; "
                 f"ungrammatical or wrong forms {report['ungrammatical']}; wrong senses {report['wrong_senses']} "
                 f"of {report['sense_items']} ({_pct(report['wrong_senses'], report['sense_items'])})")
    reviewed = report.get("wrong_by_review") or {}
    if t["wrong"]:
        lines.append("wrong items by a person's review: " + ", ".join(f"{k} {v}" for k, v in reviewed.items()))
    for w in report["wrong"][:show_wrong]:
        lines.append(f"  wrong {w['id']}: {w['output'].strip()}")
    return "\n".join(lines)
