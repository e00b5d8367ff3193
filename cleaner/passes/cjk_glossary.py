"""cjk_glossary: translate CJK fragments that machine translation left in a translated article.

    we don't bet on a single赛道.           ->  we don't bet on a single sector.
    The clip has 出圈 among older viewers.   ->  The clip has gone viral among older viewers.
    Das Werk arbeitet in einem 闭环.          ->  Das Werk arbeitet in einem geschlossenen Kreislauf.
    Le 人工智能 progresse.                   ->  L'intelligence artificielle progresse.

Runs only in articles whose language is not Chinese, Japanese or Korean (a short record whose
language is not detected is read as English, German or French by its function words). The data is
one concept table for all target languages (``glossary/concepts*.toml``, see
:mod:`cleaner.glossary`): a Han run is replaced only when it segments completely into table keys
(longest key first; Traditional input is looked up via OpenCC t2s). The sense is chosen from
weighted cues near the term with a margin (with no cue near, a term of several senses stays unless
the table shows its usual sense holding alone); the form from the words around the term (to, modals,
have, be, determiners, numbers, German case from the determiner or preposition, French gender and
elision), fixing a/an and articles. Glosses stay: "Tongyi Qianwen (通义千问)", "躺平 (lying flat)".
A user's plain ``glossary/zh-<lang>.toml`` entries are used as they are and win over the table.
Translations are ``likely`` edits. Where no entry covers a run, no sense wins clearly, the
language has no rendering, or the words around do not tell which form fits, the term stays and is
reported (display-only: unresolved-cjk, cjk-sense-unclear, cjk-no-rendering, cjk-form-unclear).
With ``--cedict``, runs no entry covers are translated from CC-CEDICT as ``low`` edits.
Unsafe when: a sense's cues appear near the term in a sentence about the other sense, or a slot
reading is fooled by an unusual construction; both report rather than guess when unsure.
"""

from __future__ import annotations

import re
from ..record import record, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ..document import Document
from ..edits import DISPLAY_ONLY, LIKELY, LOW, Edit
from ..running_text import article_for, at_sentence_start, capitalise, is_gloss, is_latin_alnum, sentence_span, spaced
from ..segment import longest_first
from ..lang import HAN_RUN, finditer_in_windows, han_windows, may_contain_han, short_text_language
from ..rulefile import Problems, RuleKind, RuleSet, check_table
from ..simplified_traditional import to_simplified
from .base import Pass

if TYPE_CHECKING:  # the glossary modules load on first use: a text without Han characters never needs them
    from ..glossary.slots import Choice
    from ..glossary.table import Concept

NAME = "cjk_glossary"
RUN_RE = HAN_RUN


@record(frozen=True)
class Sense:
    """A sense of a user's plain entry: ``text`` when ``when`` (a pattern in the rule-file syntax
    of :mod:`cleaner.pattern`, matched by RE2 in linear time, case-insensitive) is found in the
    sentence."""
    when: str
    text: str


@lru_cache(maxsize=None)
def _when(pattern: str):
    from .. import pattern as rp  # the engine loads only when a user glossary has senses

    return rp.compile(pattern)


@record(frozen=True)
class Term:
    key: str
    default: str
    senses: tuple[Sense, ...] = ()

    def choose(self, sentence: str) -> str:
        if not self.senses:
            return self.default
        from ..pattern import encode

        data = encode(sentence)
        for sense in self.senses:
            if _when(sense.when).search(data):
                return sense.text
        return self.default


def _parse(path: Path, data: dict, problems: Problems) -> Iterable[tuple[tuple, object]]:
    if path.stem.startswith("concepts"):
        from ..glossary.table import parse_concepts

        yield from parse_concepts(path, data, problems)
        return
    m = re.fullmatch(r"([a-z]{2,3})-([a-z]{2,3})", path.stem)
    if not m:
        problems.add(path, None, "glossary files are concepts*.toml (the concept table) or <source>-<target>.toml, e.g. zh-en.toml")
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
        problem = _when_problem(s["when"])
        if problem:
            problems.add(path, key, f"sense #{i + 1}: {problem}")
            return None
        senses.append(Sense(s["when"], s["text"]))
    texts = [value["default"], *(s.text for s in senses)]
    if any(not t.strip() or RUN_RE.search(t) for t in texts):
        problems.add(path, key, "translations must be non-empty and contain no Han characters")
        return None
    return Term(key, value["default"], tuple(senses))


def _when_problem(pattern: str) -> str | None:
    """Why a sense's ``when`` pattern cannot be used, or None: the matching engine (RE2) lacks a
    construct it uses, or it does not compile."""
    from .. import pattern as rp

    try:
        _when(pattern)
    except rp.UnsupportedPattern as exc:
        hint = f"; {exc.hint}" if exc.hint else ""
        return f"'when' uses {exc}, which the matching engine (RE2) does not support{hint}"
    except rp.error as exc:
        return f"invalid 'when' pattern: {rp.error_text(exc)}"
    return None


def _check_concepts(items: dict, problems: Problems) -> None:
    from ..glossary.table import check_concepts

    check_concepts(items, problems)


KIND = RuleKind(NAME, ("glossary/*.toml",), _parse, _check_concepts, deferred=True)  # parsed on first use (a large table)


@record
class Glossary:
    """The terms for one target language: concept senses and plain (user) entries, by key."""
    lang: str
    concepts: dict[str, list[Concept]]
    plain: dict[str, Term]
    keys: dict[str, str]  # lookup form (key or variant) -> key
    longest: int


def _build(rules: RuleSet) -> dict[str, Glossary]:
    from ..glossary.table import LANGS, senses_by_term

    items = rules.get(NAME)
    concepts = senses_by_term(items)
    plain_by_lang: dict[str, dict[str, Term]] = {}
    for key, term in items.items():
        if len(key) == 2:
            pair, zh = key
            src, _, tgt = pair.partition("-")
            if src == "zh":
                plain_by_lang.setdefault(tgt, {})[zh] = term
    out = {}
    for lang in sorted(set(LANGS) | set(plain_by_lang)):
        keys: dict[str, str] = {}
        for zh, group in concepts.items():
            keys[zh] = zh
            for c in group:
                for v in c.variants:
                    keys.setdefault(to_simplified(v) if len(to_simplified(v)) == len(v) else v, zh)
        plain = plain_by_lang.get(lang, {})
        for zh in plain:
            keys[zh] = zh
        if keys:
            out[lang] = Glossary(lang, concepts, plain, keys, max(map(len, keys)))
    return out


def segment(run: str, glossary: Glossary) -> list[str] | None:
    """Longest-match-first segmentation of a whole run into glossary keys, or None."""
    return longest_first(run, glossary.keys.get, glossary.longest)


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
    lang = doc.lang
    if lang not in glossaries and lang == "und" and doc.script == "Latn":
        guessed = short_text_language(text)
        lang = guessed if guessed in glossaries else lang
    glossary = glossaries.get(lang)
    cedict = doc.options.get("cedict", False)
    edits: list[Edit] = []
    for m in runs:
        edit = _run_edit(text, m.start(), m.end(), m.group(0), lang, glossary, cedict)
        if edit is not None:
            edits.append(edit)
    return edits


def _run_edit(text: str, start: int, end: int, run: str, lang: str, glossary: Glossary | None,
              cedict: bool) -> Edit | None:
    """The edit or finding for one Han run, or None (a gloss, a quotation, nothing to do)."""
    analysed = text
    if is_gloss(text, start, end):
        analysed = _scare_quoted(text, start, end) if glossary else None
        if analysed is None:
            return None
    keys = segment(_lookup_form(run), glossary) if glossary else None
    if keys is None:
        # a quoted run the table does not know stays, as any quotation
        return None if analysed is not text else _untranslated(text, start, end, run, lang, glossary is not None, cedict)
    edit = _translate(analysed, start, end, run, keys, glossary)
    if edit is not None and analysed is not text and edit.safety != DISPLAY_ONLY and (
            edit.start < start or edit.end > end):
        # the edit would reach over a quotation mark (an article fixed before it, a German particle)
        return _finding(start, end, run, "cjk-form-unclear",
                        f"{run!r} in quotation marks: the words around it would have to change too")
    return edit

def _untranslated(text: str, start: int, end: int, run: str, lang: str, has_glossary: bool, cedict: bool) -> Edit:
    """A run no entry covers: translated from CC-CEDICT when asked (a ``low`` edit), else reported."""
    translation = _cedict(run) if cedict else None
    if translation is None:
        return Edit(start, end, run, NAME, "unresolved-cjk",
                    f"no glossary entry covers {run!r}" + ("" if has_glossary else f" (no glossary for zh-{lang})"),
                    safety=DISPLAY_ONLY)
    return _placed(text, start, end, translation, lang, "cjk-cedict",
                   f"{run!r} translated from CC-CEDICT (low confidence)", LOW)

_SCARE_QUOTES = {"“": "”", '"': '"', "‘": "’", "«": "»"}
_QUOTE_SPACE = " \u00a0\u202f"  # French guillemets hold the word between spaces
# Words that make a quoted Chinese term the topic of the sentence (the word itself, not what it
# means) or a quotation of what someone said or wrote: "the Chinese word “内卷”", "the characters
# “出圈”", "a banner reading “赛道”", "fans chanted “加油”". Such a quotation stays.
_CITING = re.compile(r"(?i)\b(?:chinese|mandarin|cantonese|characters?|words?|terms?|phrases?|expressions?|written|"
                     r"writes?|wrote|pinyin|hanzi|spelled|spelt|reads?|reading|names?|nicknames?|literally|pronounced|"
                     r"said|says|shouted|chanted|yelled|posted|tweeted|captioned|"
                     r"chinesische[nsm]?|wort|begriff|schriftzeichen|"
                     r"chinois|mot|terme|expression|caractères?)\b[^.!?;:]{0,24}$")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


def _scare_quoted(text: str, start: int, end: int) -> str | None:
    """For a run that is alone in quotation marks in Latin prose, MT's copy of the scare quotes of
    the Chinese source ('vowed to curb "内卷"'), the text with those two marks read as spaces, so that
    the slot readers see the words around the term; else None (a quotation kept on purpose: several
    words, a gloss before or after, or a sentence naming the Chinese word itself)."""
    i = start - 2 if start > 1 and text[start - 1] in _QUOTE_SPACE and text[start - 2] == "«" else start - 1
    j = end + 1 if end + 1 < len(text) and text[end] in _QUOTE_SPACE and text[end + 1] == "»" else end
    if i < 0 or j >= len(text) or _SCARE_QUOTES.get(text[i]) != text[j]:
        return None
    s, e = sentence_span(text, start)
    before, after = text[max(s, i - 60):i], text[j + 1:e]
    if not _LATIN_WORD.search(before + " " + after) or _CITING.search(before):
        return None
    if before.rstrip().endswith(("(", "（")) or after.lstrip().startswith(("(", "（")):
        return None  # a gloss: 'involution ("内卷")', '"内卷" (involution)'
    return text[:i] + " " + text[i + 1:j] + " " + text[j + 1:]


def _finding(start: int, end: int, run: str, rule: str, reason: str) -> Edit:
    return Edit(start, end, run, NAME, rule, reason, safety=DISPLAY_ONLY)


def _placed(text: str, start: int, end: int, translation: str, lang: str, rule: str, reason: str, safety: str,
            capital: bool = True) -> Edit:
    """An edit putting ``translation`` at text[start:end]: spaced, capitalised at a sentence
    start, with a/an fixed before it in English."""
    if capital and at_sentence_start(text, start):
        translation = capitalise(translation)
    replacement = spaced(text, start, end, translation)
    if lang == "en":
        fixed = _article(text, start, replacement)
        if fixed is not None:
            start, article = fixed
            replacement = article + replacement.lstrip() if replacement.startswith(" ") else article + replacement
    return Edit(start, end, replacement, NAME, rule, reason, safety=safety)


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])([Aa]n?)(\s*)$")
_A_BEFORE_VOWEL_LETTER = re.compile(r"(?:[Ee]u|[Uu]ni|[Uu]s[eu]|[Oo]ne\b|[Oo]nce\b|[Uu]biq|[Uu]tili|[Uu]r[oa])")


def _article(text: str, start: int, replacement: str) -> tuple[int, str] | None:
    """If a/an right before the term (with or without a space: "a降息") is wrong for the
    replacement, the start of the article and the fixed article with what separated it."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    word = replacement.lstrip()
    if not m or not word or (not m.group(2) and not replacement.startswith(" ")):
        return None
    want = "a" if _A_BEFORE_VOWEL_LETTER.match(word) else article_for(word)
    art = m.group(1)
    if art.lower() == want:
        return None
    return m.start(1), (want.capitalize() if art[0].isupper() else want) + (m.group(2) or " ")


def _translate(text: str, start: int, end: int, run: str, keys: list[str], glossary: Glossary) -> Edit | None:
    """The edit for a run that segments into glossary keys: a user's plain entries as they are,
    else the concepts' sense chosen from the words around and the form read from the slot; a
    finding where either is unclear."""
    lang = glossary.lang
    s, e = sentence_span(text, start)
    sentence = text[s:e]
    # A user's plain entry for this language wins over the concept table.
    if all(k in glossary.plain for k in keys):
        translation = " ".join(glossary.plain[k].choose(sentence) for k in keys)
        return _placed(text, start, end, translation, lang, "cjk-leftover",
                       f"{run!r} left untranslated; glossary zh-{lang}", LIKELY)
    chosen = _concepts(start, end, run, keys, glossary, sentence, start - s)
    if isinstance(chosen, Edit):
        return chosen
    sentence_start = at_sentence_start(text, start)
    choice = _slot_choice(text, start, end, run, chosen, lang, sentence_start)
    if isinstance(choice, Edit):
        return choice
    senses_note = "".join(f" ({c.sense})" for c in chosen if c.sense and len(glossary.concepts[c.zh]) > 1)
    reason = f"{run!r} left untranslated; concept table{senses_note}, {choice.form}"
    if choice.end is not None and choice.start != start:  # the article before and a pronoun after were agreed
        return _with_article(text, choice.end, choice, sentence_start, reason)
    if choice.end is not None:  # the words up to the clause end are part of the edit (a German particle)
        return _placed(text, start, choice.end, choice.text, lang, "cjk-leftover", reason, LIKELY)
    if choice.start != start:  # an article before the term was fixed: it is part of the edit
        return _with_article(text, end, choice, sentence_start, reason)
    return _placed(text, start, end, choice.text, lang, "cjk-leftover", reason, LIKELY)


def _concepts(start: int, end: int, run: str, keys: list[str], glossary: Glossary, sentence: str,
              offset: int) -> list[Concept] | Edit:
    """The concept (in the sense the words around choose) for each key of the run, or a finding:
    a key with a plain entry, no sense winning clearly, or no rendering in the language."""
    from ..glossary import senses

    lang = glossary.lang
    chosen: list[Concept] = []
    for k in keys:
        if k in glossary.plain:
            return _finding(start, end, run, "cjk-form-unclear",
                            f"{run!r} joins a plain glossary entry ({k!r}) and a concept; not translated as a whole")
        group = glossary.concepts[k]
        concept = senses.choose(group, sentence, offset, offset + end - start, lang)
        if concept is None:
            labels = ", ".join(repr(c.sense or c.zh) for c in group)
            return _finding(start, end, run, "cjk-sense-unclear",
                            f"{run!r}: no sense of {k!r} wins clearly from the words around it ({labels})")
        if not concept.rendering(lang):
            return _finding(start, end, run, "cjk-no-rendering",
                            f"{run!r}: the glossary has no {lang} rendering for {k!r} ({concept.sense or 'its sense'})")
        chosen.append(concept)
    return chosen


def _slot_choice(text: str, start: int, end: int, run: str, chosen: list[Concept], lang: str,
                 sentence_start: bool) -> Choice | Edit:
    """The form the slot takes (see :mod:`cleaner.glossary.slots`), or a finding. In English a run
    of several nouns is joined, the last one the head."""
    from ..glossary.slots import READERS, Unclear

    reader = READERS.get(lang)
    if reader is None:
        return _finding(start, end, run, "cjk-no-rendering", f"{run!r}: no grammar for {lang}")
    if len(chosen) == 1:
        choice = reader(text, start, end, list(chosen[0].rendering(lang)), sentence_start)
    elif lang == "en" and all(c.rendering("en")[0].pos in ("n", "u", "p") for c in chosen):
        head = chosen[-1].rendering("en")[0]
        prefix = " ".join(c.rendering("en")[0].forms[0] for c in chosen[:-1]) + " "
        joined = replace(head, forms=tuple(prefix + f for f in head.forms), hyphen=False)
        choice = reader(text, start, end, [joined], sentence_start)
    else:
        return _finding(start, end, run, "cjk-form-unclear", f"{run!r} is several glossary terms; not joined in {lang}")
    if isinstance(choice, Unclear):
        return _finding(start, end, run, "cjk-form-unclear", choice.reason)
    if choice.end is not None:
        return choice
    without = _without_repeats(text, end, choice)
    if without is None:
        return _finding(start, end, run, "cjk-form-unclear", f"{run!r}: the words around already say what the glossary would")
    return without


def _with_article(text: str, end: int, choice: Choice, sentence_start: bool, reason: str) -> Edit:
    """The edit for a choice that starts at the article before the term (the article was fixed)."""
    replacement = choice.text
    if sentence_start or at_sentence_start(text, choice.start):
        replacement = capitalise(replacement)
    after = text[end] if end < len(text) else ""
    if after and is_latin_alnum(after):
        replacement += " "
    return Edit(choice.start, end, replacement, NAME, "cjk-leftover", reason, safety=LIKELY)


_NEXT_WORD = re.compile(r"[ \u00a0]*([^\W\d_]+)")
_PREV_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]*$")


_PREV_TWO_WORDS = re.compile(r"([^\W\d_]+)[ \u00a0]+([^\W\d_]+)[ \u00a0]*$")


def _same_word(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a + "s" == b or b + "s" == a or a + "me" == b or b + "me" == a  # "program", "programme"


_LINKS = {"de", "du", "des", "of", "für"}


def _repeats_two_before(text: str, start: int, words: list[str]) -> bool:
    """A noun and a preposition before the term open its rendering too ("Le programme de 以旧换新"
    and "programme de reprise")."""
    prv = _PREV_TWO_WORDS.search(text, max(0, start - 60), start)
    return bool(prv) and len(words) > 2 and _same_word(words[0], prv.group(1)) \
        and words[1].lower() == prv.group(2).lower() and words[1].lower() in _LINKS


_DE_RELATIVE_ARTICLES = {"der", "die", "das", "den", "dem"}
_COMMA_BEFORE = re.compile(r",[ \u00a0]*$")


def _relative_then_article(text: str, word_start: int, first: str) -> bool:
    """A German relative pronoun after a comma and an article of the same form ("Die Krise, die
    die Involution verschärft"): both words belong there."""
    return first.lower() in _DE_RELATIVE_ARTICLES and bool(_COMMA_BEFORE.search(text, max(0, word_start - 3), word_start))


def _last_word_repeated(text: str, end: int, words: list[str]) -> bool:
    """The word after the term is the rendering's last word ("the 东数西算 project")."""
    nxt = _NEXT_WORD.match(text, end, end + 40)
    return bool(nxt) and len(words) > 1 and (_same_word(words[-1], nxt.group(1)) or _same_elided(text, end, words[-1]))


def _same_elided(text: str, end: int, word: str) -> bool:
    """The word after the term is the rendering's last word with its elided article ("un 回购
    d'actions" and "rachat d'actions")."""
    return ("'" in word or "’" in word) and bool(re.match(r"[ \u00a0]+" + re.escape(word) + r"(?!\w)", text[end:end + 60],
                                                           re.IGNORECASE))


def _without_repeats(text: str, end: int, choice):
    """The choice without a word that the text repeats right next to it: "the 东数西算 project"
    with the rendering "East Data, West Computing project" keeps one "project"."""
    words = choice.text.split(" ")
    if _last_word_repeated(text, end, words):
        words = words[:-1]
    prv = _PREV_WORD.search(text, max(0, choice.start - 40), choice.start)
    if _repeats_two_before(text, choice.start, words):
        words = words[2:]
    elif prv and len(words) > 1 and _same_word(words[0], prv.group(1)) and words[0][:1].isalpha() \
            and not _relative_then_article(text, prv.start(), words[0]):
        words = words[1:]
    elif prv and len(words) > 2 and len(prv.group(1)) > 3 and prv.group(1)[:1].islower() \
            and any(_same_word(w, prv.group(1)) for w in words[1:]):
        return None  # "online 水军" as "online paid online commenters": the word would stand twice
    if len(words) > 2 and _repeated_after(text, end, words):
        return None  # "who 带货 in livestreams" as "sell products via livestream in livestreams"
    if not words:
        return None
    if len(words) == len(choice.text.split(" ")):
        return choice
    return type(choice)(choice.start, " ".join(words).rstrip(","), choice.form + ", a word the text repeats dropped")


_NEXT_WORDS = re.compile(r"(?:[ \u00a0]+[^\W\d_]+){1,3}")


def _repeated_after(text: str, end: int, words: list[str]) -> bool:
    """A word of four letters or more of a rendering of several words stands again among the three
    words after the term."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    after = m.group(0).split()
    return any(len(w) > 3 and w.isalpha() and any(_same_word(w, a) for a in after) for w in words)


def _cedict(run: str) -> str | None:
    from .. import cedict

    return cedict.translate(run)


PASS = Pass(NAME, "translate CJK fragments left in translated text through a glossary; keep glosses", propose,
            rule_ids=("cjk-leftover", "cjk-cedict", "unresolved-cjk", "cjk-form-unclear", "cjk-sense-unclear",
                      "cjk-no-rendering"), kinds=(KIND,))
