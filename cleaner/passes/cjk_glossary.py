"""cjk_glossary: translate CJK fragments that machine translation left in a translated article.

    we don't bet on a single赛道.           ->  we don't bet on a single sector.
    As the commercial回报 cycle continues   ->  As the commercial return cycle continues
    It built a 生态 of partners             ->  It built an ecosystem of partners

Runs only in articles whose language is not Chinese, Japanese or Korean, through the glossary
``glossary/zh-<lang>.toml`` for the article's language. A Han run is replaced only when it
segments completely into glossary keys (longest key first; Traditional input is looked up via
OpenCC t2s); spaces are added where the translation meets Latin text, "a"/"an" is fixed and a
sentence start is capitalised. Glosses stay: "Tongyi Qianwen (通义千问)", "躺平 (lying flat)".
Glossary translations are ``likely`` edits. A run no entry covers stays where it is and is
reported as unresolved (display-only). With ``--cedict``, such runs are translated from CC-CEDICT
as ``low`` edits (less sure than ``likely``; made only because the user asked for them).
Unsafe when: a key has another sense in the sentence's context; sense entries choose by nearby
words, and plain entries are kept to terms with one meaning in news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..document import Document
from ..edits import DISPLAY_ONLY, LIKELY, LOW, Edit
from ..inline import at_sentence_start, capitalise, is_gloss, sentence_span, spaced, with_article
from ..lang import HAN_RUN, finditer_in_windows, han_windows, may_contain_han
from ..regexguard import UnsafePattern, check_pattern
from ..rulefile import Problems, RuleKind, RuleSet, check_table
from ..script import to_simplified
from .base import Pass

NAME = "cjk_glossary"
RUN_RE = HAN_RUN


@dataclass(frozen=True)
class Sense:
    when: re.Pattern[str]
    text: str


@dataclass(frozen=True)
class Term:
    key: str
    default: str
    senses: tuple[Sense, ...] = ()

    def choose(self, sentence: str) -> str:
        for sense in self.senses:
            if sense.when.search(sentence):
                return sense.text
        return self.default


def _parse(path: Path, data: dict, problems: Problems) -> Iterable[tuple[tuple[str, str], Term]]:
    m = re.fullmatch(r"([a-z]{2,3})-([a-z]{2,3})", path.stem)
    if not m:
        problems.add(path, None, "glossary files are named <source>-<target>.toml, e.g. zh-en.toml")
        return
    pair = f"{m.group(1)}-{m.group(2)}"
    if not check_table(data, required={"terms": dict}, optional={"source": str, "target": str, "description": str},
                       path=path, entry=None, problems=problems):
        return
    if (data.get("source", m.group(1)), data.get("target", m.group(2))) != (m.group(1), m.group(2)):
        problems.add(path, None, f"source/target do not match the file name {path.name}")
        return
    for key, value in data["terms"].items():
        term = _term(path, key, value, problems)
        if term is not None:
            yield (pair, key), term


def _term(path: Path, key: str, value, problems: Problems) -> Term | None:
    if not RUN_RE.fullmatch(key):
        problems.add(path, key, "keys must be Han characters only")
        return None
    if to_simplified(key) != key:
        problems.add(path, key, f"keys must be Simplified (t2s gives {to_simplified(key)!r})")
        return None
    if isinstance(value, str):
        value = {"default": value}
    if not check_table(value, required={"default": str}, optional={"senses": list}, path=path, entry=key, problems=problems):
        return None
    senses = []
    for i, s in enumerate(value.get("senses", [])):
        if not check_table(s, required={"when": str, "text": str}, optional={}, path=path, entry=f"{key} sense #{i + 1}", problems=problems):
            return None
        try:
            check_pattern(s["when"])
            senses.append(Sense(re.compile(s["when"], re.IGNORECASE), s["text"]))
        except (re.error, UnsafePattern) as exc:
            problems.add(path, key, f"invalid 'when' regex: {exc}")
            return None
    texts = [value["default"], *(s.text for s in senses)]
    if any(not t.strip() or RUN_RE.search(t) for t in texts):
        problems.add(path, key, "translations must be non-empty and contain no Han characters")
        return None
    return Term(key, value["default"], tuple(senses))


KIND = RuleKind(NAME, ("glossary/*.toml",), _parse)


@dataclass
class Glossary:
    terms: dict[str, Term]
    longest: int


def _build(rules: RuleSet) -> dict[str, Glossary]:
    by_pair: dict[str, dict[str, Term]] = {}
    for (pair, key), term in rules.get(NAME).items():
        by_pair.setdefault(pair, {})[key] = term
    return {pair: Glossary(terms, max(map(len, terms))) for pair, terms in by_pair.items() if terms}


def segment(run: str, glossary: Glossary) -> list[Term] | None:
    """Longest-match-first segmentation of a whole run into glossary terms, or None."""
    out: list[Term] = []
    i = 0
    while i < len(run):
        for size in range(min(glossary.longest, len(run) - i), 0, -1):
            term = glossary.terms.get(run[i:i + size])
            if term is not None:
                out.append(term)
                i += size
                break
        else:
            return None
    return out


def _lookup_form(run: str) -> str:
    simplified = to_simplified(run)
    return simplified if len(simplified) == len(run) else run


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    text = doc.text
    if not may_contain_han(text) or doc.is_cjk:  # the script is known cheaply once Han is present
        return []
    runs = list(finditer_in_windows(RUN_RE, text, han_windows(text)))
    if not runs:
        return []
    glossaries: dict[str, Glossary] = rules.compiled(NAME, _build)
    glossary = glossaries.get(f"zh-{doc.lang}")
    cedict = doc.options.get("cedict", False)
    edits: list[Edit] = []
    for m in runs:
        start, end, run = m.start(), m.end(), m.group(0)
        if is_gloss(text, start, end):
            continue
        terms = segment(_lookup_form(run), glossary) if glossary else None
        safety = LIKELY  # a glossary term: right in the senses it was written for
        if terms is None:
            translation = _cedict(run) if cedict else None
            if translation is None:
                edits.append(Edit(start, end, run, NAME, "unresolved-cjk",
                                  f"no glossary entry covers {run!r}" + ("" if glossary else f" (no glossary for zh-{doc.lang})"),
                                  safety=DISPLAY_ONLY))
                continue
            safety, rule, reason = LOW, "cjk-cedict", f"{run!r} translated from CC-CEDICT (low confidence)"
        else:
            s, e = sentence_span(text, start)
            translation = " ".join(t.choose(text[s:e]) for t in terms)
            rule, reason = "cjk-leftover", f"{run!r} left untranslated; glossary zh-{doc.lang}"
        if at_sentence_start(text, start):
            translation = capitalise(translation)
        replacement = spaced(text, start, end, translation)
        fixed = with_article(text, start, replacement)
        if fixed is not None:
            start, article = fixed
            replacement = article + replacement.lstrip() if replacement.startswith(" ") else article + replacement
        edits.append(Edit(start, end, replacement, NAME, rule, reason, safety=safety))
    return edits


def _cedict(run: str) -> str | None:
    from .. import cedict

    return cedict.translate(run)


PASS = Pass(NAME, "translate CJK fragments left in translated text through a glossary; keep glosses", propose,
            rule_ids=("cjk-leftover", "cjk-cedict", "unresolved-cjk"), kinds=(KIND,))
