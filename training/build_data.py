"""Build the line scorer's training data: pages as visible text lines, each labelled content (0)
or chrome (1). Writes JSON Lines, one page a record:
``{"id", "source", "split", "lang", "lines": [...], "labels": [0/1/null ...]}`` (null: not
labelled, e.g. a line with no word; such lines are not trained on).

Sources (all permissively licensed; see cleaner/models/README.md):

- ``aeb``: scrapinghub/article-extraction-benchmark (MIT): ``DIR/html/<id>.html.gz`` and
  ``DIR/ground-truth.json`` (human-written article bodies). Pages are split in two by a hash of
  their id: ``train`` and ``heldout`` (the held-out half is what ``cleaner.bench_chrome``
  measures; it is never trained on).
- ``trafilatura``: adbar/trafilatura ``tests/evaldata.json`` and ``tests/cache`` + ``tests/eval``
  (Apache-2.0). Silver labels: trafilatura's own extraction of the page, aligned to the page's
  visible lines, corrected by the page's human ``with`` / ``without`` snippets. Pages that
  ``../shared/bench/trafilatura_en`` is built from are left out (that set is evaluation data).
- ``written``: windows written for this project (``training/written.py``), ``train`` split only.

Usage (the project's venv has trafilatura and lxml):

    .venv/bin/python training/build_data.py --aeb /tmp/aeb --trafilatura REPO_DIR \\
        --exclude ../shared/bench/trafilatura_en --out training/data/pages.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "li", "dl",
         "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "h1", "h2", "h3", "h4", "h5", "h6", "br",
         "hr", "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "address", "center", "caption",
         "option", "button", "label", "menu", "details", "summary", "body", "title"}
DROP = {"script", "style", "noscript", "template", "svg", "iframe", "select", "head", "object", "embed",
        "canvas", "math"}
_TOKEN = re.compile(r"\w+")


def visible_lines(markup: str) -> list[str]:
    """The page's visible text, one line per block element (as a browser's innerText roughly
    shows it, and as ../shared/bench noisy.txt files look)."""
    import lxml.html

    markup = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", markup)
    try:
        root = lxml.html.document_fromstring(markup)
    except Exception:  # noqa: BLE001 - an unparsable page is skipped
        return []
    _drop_invisible(root)
    try:
        _break_blocks(root)
    except ValueError:  # text lxml cannot hold (control characters)
        return []
    try:
        body = root.find("body")
        text = (body if body is not None else root).text_content()
    except Exception:  # noqa: BLE001
        return []
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _drop_invisible(root) -> None:
    """Remove scripts, styles, comments and the other elements a reader never sees, keeping the
    text that follows each (its tail)."""
    for el in list(root.iter()):
        tag = el.tag if isinstance(el.tag, str) else ""
        if (tag in DROP or not isinstance(el.tag, str)) and el.getparent() is not None:
            _remove_keeping_tail(el)


def _remove_keeping_tail(el) -> None:
    tail = el.tail
    parent = el.getparent()
    prev = el.getprevious()
    parent.remove(el)
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _break_blocks(root) -> None:
    """A line break before and after every block element."""
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")


def _tokens(s: str) -> list[str]:
    return _TOKEN.findall(s.lower())


def _cjk_aware_tokens(s: str) -> list[str]:
    """Words, and CJK text as single characters (so alignment works without spaces)."""
    out = []
    for t in _tokens(s):
        if re.search("[\u3040-\u9fff\uac00-\ud7af]", t):
            out.extend(t)
        else:
            out.append(t)
    return out


def label_lines(lines: list[str], gold: str) -> list[int | None]:
    """Content (0) when most of the line's 4-token shingles (or, for short lines, the whole
    line as a token sequence inside the article's region) are in the gold text; else chrome (1)."""
    gold_tokens = _cjk_aware_tokens(gold)
    gold_sh = {tuple(gold_tokens[i:i + 4]) for i in range(len(gold_tokens) - 3)}
    gold_str = " " + " ".join(gold_tokens) + " "
    long_labels: list[int | None] = []
    for s in lines:
        t = _cjk_aware_tokens(s)
        if len(t) >= 6:
            sh = [tuple(t[i:i + 4]) for i in range(len(t) - 3)]
            share = sum(1 for x in sh if x in gold_sh) / len(sh)
            long_labels.append(0 if share >= 0.5 else 1 if share < 0.2 else None)
        else:
            long_labels.append(None)
    content = [i for i, v in enumerate(long_labels) if v == 0]
    if not content:
        return [None] * len(lines)
    lo, hi = content[0], content[-1]
    labels = []
    for i, s in enumerate(lines):
        if long_labels[i] is not None:
            labels.append(long_labels[i])
            continue
        t = _cjk_aware_tokens(s)
        if len(t) >= 6:
            labels.append(None)  # ambiguous overlap
        elif not t:
            labels.append(None)
        else:
            inside = (" " + " ".join(t) + " ") in gold_str
            if not inside:
                labels.append(1)
            elif lo - 3 <= i <= hi + 3:
                labels.append(0)
            else:
                labels.append(1)  # the same words as a heading of the article, but far from it
    return labels


def _split(key: str) -> str:
    return "heldout" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 else "train"


def aeb_pages(root: Path):
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        path = root / "html" / f"{key}.html.gz"
        if not path.is_file():
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        gold = truth[key].get("articleBody", "")
        lines = visible_lines(html)
        if not lines:
            continue
        yield {"id": f"aeb/{key[:16]}", "source": "aeb", "split": _split(key), "lang": "en", "lines": lines,
               "labels": label_lines(lines, gold), "gold": gold}


def trafilatura_pages(repo: Path, exclude: set[str]):
    import trafilatura

    data = json.loads((repo / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    for url, item in sorted(data.items()):
        name = item.get("file")
        if not name or name in exclude:
            continue
        path = next((p for p in (repo / "tests" / "cache" / name, repo / "tests" / "eval" / name) if p.is_file()),
                    None)
        if path is None:
            continue
        html = path.read_text(encoding="utf-8", errors="replace")
        lines = visible_lines(html)
        if len(lines) < 5:
            continue
        try:
            gold = trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False) or ""
        except Exception:  # noqa: BLE001
            continue
        if not gold:
            continue
        labels = label_lines(lines, gold)
        # the human snippets override the silver label of the line that holds them
        norm = [" ".join(s.split()) for s in lines]
        for key, value in (("with", 0), ("without", 1)):
            for snippet in item.get(key, []):
                sn = " ".join(snippet.split())
                if not sn:
                    continue
                for i, s in enumerate(norm):
                    if sn in s and (value == 0 or len(sn) >= 0.5 * len(s)):
                        labels[i] = value
        lang = _guess_lang(" ".join(lines))
        yield {"id": f"trafilatura/{name}", "source": "trafilatura", "split": "train", "lang": lang,
               "lines": lines, "labels": labels}


_LANG_HINTS = {"de": " der die und ", "fr": " le les et ", "es": " el los y ", "it": " il di che ",
               "en": " the and of ", "ru": " и в не ", "pt": " os de não "}


def _guess_lang(text: str) -> str:
    if len(re.findall("[\u3040-\u30ff]", text)) > 50:
        return "ja"
    if len(re.findall("[\u4e00-\u9fff]", text)) > 200:
        return "zh"
    low = " " + " ".join(text.lower().split()) + " "
    scores = {lang: sum(low.count(" " + w + " ") for w in hint.split()) for lang, hint in _LANG_HINTS.items()}
    return max(scores, key=scores.get)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--aeb", type=Path)
    ap.add_argument("--trafilatura", type=Path, help="a checkout of adbar/trafilatura")
    ap.add_argument("--exclude", type=Path, help="../shared/bench/trafilatura_en (its pages are left out)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    exclude: set[str] = set()
    if args.exclude:
        for meta in args.exclude.glob("*/meta.json"):
            exclude.add(json.loads(meta.read_text(encoding="utf-8"))["file"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with args.out.open("w", encoding="utf-8") as out:
        sources = []
        if args.aeb:
            sources.append(aeb_pages(args.aeb))
        if args.trafilatura:
            sources.append(trafilatura_pages(args.trafilatura, exclude))
        for source in sources:
            for page in source:
                out.write(json.dumps(page, ensure_ascii=False) + "\n")
                k = f"{page['source']}/{page['split']}"
                counts[k] = counts.get(k, 0) + 1
    print(json.dumps(counts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
