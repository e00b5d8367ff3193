"""Whole HTML pages: how much of the article the ``html`` pass keeps, and how much else.

The data is the article-extraction-benchmark layout (github.com/scrapinghub/article-extraction-
benchmark, MIT): ``DIR/html/<id>.html.gz`` and ``DIR/ground-truth.json`` with each page's
``articleBody``. Scoring is that benchmark's: 4-word shingles of lowercased words, precision and
recall per page, macro-averaged, F1 of the means.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from .bench import _f1, _pr, shingles


def load_pages(root: Path) -> list[tuple[str, str, str]]:
    """(id, html, gold article text) for every page of ``root``."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        path = root / "html" / f"{key}.html.gz"
        if not path.is_file():
            continue
        raw = gzip.decompress(path.read_bytes())
        pages.append((key, raw.decode("utf-8", errors="replace"), truth[key].get("articleBody", "")))
    return pages


def score(outputs: list[str], golds: list[str]) -> dict:
    ps, rs = [], []
    for out, gold in zip(outputs, golds):
        p, r = _pr(shingles(out), shingles(gold))
        ps.append(p)
        rs.append(r)
    n = len(ps) or 1
    precision, recall = sum(ps) / n, sum(rs) / n
    return {"pages": len(ps), "precision": precision, "recall": recall, "f1": _f1(precision, recall)}


def run(root: Path, limit: int | None = None) -> dict:
    """Scores of the cleaner (``html`` and every other pass, as ``cleaner clean`` runs on a page),
    of its output without the first line (the headline, which the gold leaves out), of
    trafilatura's ``extract()`` with its defaults (the extractor alone, as the benchmark measures
    it), and of the block text alone (the page without its script, style, nav, header, footer,
    aside: what the ``html`` pass gave before it used trafilatura)."""
    import trafilatura

    from . import clean
    from .passes.html import page_paragraphs

    pages = load_pages(root)[:limit]
    golds = [g for _, _, g in pages]
    cleaned = [clean(html, path=f"{key}.html").text for key, html, _ in pages]
    blocks = ["\n".join(page_paragraphs(html)) for _, html, _ in pages]
    # The gold article bodies leave the headline out; the cleaner keeps it as the first line.
    bodies = [text.split("\n", 1)[1] if "\n" in text else "" for text in cleaned]
    alone = [trafilatura.extract(html) or "" for _, html, _ in pages]
    return {"cleaner": score(cleaned, golds), "headline-aside": score(bodies, golds),
            "trafilatura": score(alone, golds), "block-text": score(blocks, golds)}


def report(result: dict) -> str:
    lines = [f"{'':<16} {'pages':>5} {'F1':>7} {'precision':>9} {'recall':>7}"]
    for name, s in result.items():
        lines.append(f"{name:<16} {s['pages']:>5} {s['f1']:>7.4f} {s['precision']:>9.4f} {s['recall']:>7.4f}")
    return "\n".join(lines)
