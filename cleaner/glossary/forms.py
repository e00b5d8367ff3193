"""Renderings with their grammar, parsed from the compact notation of the concept table.

English (``en``), one rendering or a list of them, each ``"<pos> <text>"``:

    n sector                 countable noun; the plural is made by rule ("sectors")
    n rate of return/rates of return    an irregular plural after a slash
    u computing power        a noun that may stand without an article (mass or abstract)
    pl layoffs               a plural noun
    p Alibaba                a name: no article, no plural
    v empower                a verb: empowers, empowered, empowered, empowering by rule
    v go viral|goes viral|went viral|gone viral|going viral   irregular forms
    a involuted              an adjective

German (``de``): ``"<gender> <text>[/<plural>]"`` with gender ``m``, ``f``, ``n``; ``pl`` for a
plural noun, ``p`` for a name. An adjective in the phrase carries ``~`` where its ending goes
("m geschlossen~ Kreislauf/geschlossen~ Kreisläufe"). ``m*`` marks a weak masculine noun (Kunde,
des Kunden). The genitive singular of ``m``/``n`` gets "-s"/"-es" by rule, or the form after a
second slash ("n Außenministerium/Außenministerien/Außenministeriums").

French (``fr``): ``"<gender> <text>[/<plural>]"``, ``m``/``f``, ``pl m``/``pl f`` for plural nouns,
``p`` for a name; ``h`` after the gender marks an aspirated h (no elision: "m h hausse").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EN_POS = {"n", "u", "pl", "p", "v", "a"}


class NotationError(ValueError):
    pass


# -- English ---------------------------------------------------------------------------------
_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children",
                      "foot": "feet", "tooth": "teeth", "mouse": "mice", "life": "lives", "wife": "wives",
                      "knife": "knives", "leaf": "leaves", "half": "halves", "shelf": "shelves",
                      "analysis": "analyses", "crisis": "crises", "thesis": "theses", "basis": "bases",
                      "phenomenon": "phenomena", "criterion": "criteria", "medium": "media",
                      "sheep": "sheep", "series": "series", "species": "species", "chassis": "chassis"}
_UNCHANGED_PLURAL = re.compile(r"(?:ics|ss?ness|ware|data|news|equipment|information|research|staff)$")


def plural_word(word: str) -> str:
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        p = _IRREGULAR_PLURALS[lower]
        return word[0] + p[1:] if word[:1].isupper() else p
    if lower.endswith("man") and len(lower) > 4 and not lower.endswith(("human", "german", "roman")):
        return word[:-3] + "men"
    if re.search(r"(?:s|x|z|ch|sh)$", lower):
        return word + "es"
    if re.search(r"[^aeiou]y$", lower):
        return word[:-1] + "ies"
    return word + "s"


def plural_phrase(phrase: str) -> str:
    """The plural of an English noun phrase: its head is the word before "of"/"for"/"in"/... or the last."""
    words = phrase.split(" ")
    head = len(words) - 1
    for i, w in enumerate(words):
        if i and w in ("of", "for", "in", "on", "with", "to", "from", "between", "under", "at"):
            head = i - 1
            break
    if _UNCHANGED_PLURAL.search(words[head].lower()):
        return phrase
    words[head] = plural_word(words[head])
    return " ".join(words)


def _double_final(word: str) -> bool:
    """Stop -> stopped: a one-syllable word ending consonant-vowel-consonant (not w, x, y)."""
    return bool(re.fullmatch(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]", word.lower())) and len(word) <= 4


def verb_forms(base: str) -> tuple[str, str, str, str, str]:
    """base, 3rd person singular, past, past participle, -ing of a verb phrase (its first word inflects)."""
    head, _, rest = base.partition(" ")
    tail = " " + rest if rest else ""
    lower = head.lower()
    third = plural_word(head) if not lower.endswith("o") else head + "es"
    if lower in ("be", "have", "do", "go"):
        raise NotationError(f"give the forms of {head!r} explicitly (base|3rd|past|participle|-ing)")
    if lower.endswith("e") and not lower.endswith(("ee", "ye", "oe")):
        past, ing = head + "d", head[:-1] + "ing"
    elif lower.endswith("ee"):
        past, ing = head + "d", head + "ing"
    elif re.search(r"[^aeiou]y$", lower):
        past, ing = head[:-1] + "ied", head + "ing"
    elif lower.endswith("ie"):
        past, ing = head + "d", head[:-2] + "ying"
    elif _double_final(head):
        past, ing = head + head[-1] + "ed", head + head[-1] + "ing"
    else:
        past, ing = head + "ed", head + "ing"
    return base, third + tail, past + tail, past + tail, ing + tail


@dataclass(frozen=True)
class EnRendering:
    pos: str  # n u pl p v a
    forms: tuple[str, ...]  # noun: (singular, plural); verb: 5 forms; other: (text,)

    @property
    def text(self) -> str:
        return self.forms[0]


def parse_en(spec: str) -> EnRendering:
    pos, _, text = spec.strip().partition(" ")
    text = text.strip()
    if pos not in EN_POS or not text:
        raise NotationError(f"English rendering {spec!r}: expected '<pos> <text>' with pos one of {sorted(EN_POS)}")
    if pos in ("n", "u"):
        sg, _, pl = text.partition("/")
        return EnRendering(pos, (sg.strip(), pl.strip() or plural_phrase(sg.strip())))
    if pos == "v":
        parts = [p.strip() for p in text.split("|")]
        if len(parts) == 1:
            return EnRendering(pos, verb_forms(parts[0]))
        if len(parts) != 5 or not all(parts):
            raise NotationError(f"verb {spec!r}: give one base form or five forms base|3rd|past|participle|-ing")
        return EnRendering(pos, tuple(parts))
    if "/" in text or "|" in text:
        raise NotationError(f"{spec!r}: only nouns and verbs have forms")
    return EnRendering(pos, (text,))


# -- German ----------------------------------------------------------------------------------
CASES = ("nom", "acc", "dat", "gen")
# Adjective endings: declension -> (case, gender or "pl") -> ending.
_WEAK = {("nom", "m"): "e", ("nom", "f"): "e", ("nom", "n"): "e", ("acc", "f"): "e", ("acc", "n"): "e"}
_MIXED = {("nom", "m"): "er", ("nom", "n"): "es", ("acc", "n"): "es", ("nom", "f"): "e", ("acc", "f"): "e"}
_STRONG = {("nom", "m"): "er", ("nom", "f"): "e", ("nom", "n"): "es", ("acc", "m"): "en", ("acc", "f"): "e",
           ("acc", "n"): "es", ("dat", "m"): "em", ("dat", "f"): "er", ("dat", "n"): "em", ("gen", "m"): "en",
           ("gen", "f"): "er", ("gen", "n"): "en", ("nom", "pl"): "e", ("acc", "pl"): "e", ("dat", "pl"): "en",
           ("gen", "pl"): "er"}


def adjective_ending(declension: str, case: str, gn: str) -> str:
    if declension == "strong":
        return _STRONG[(case, gn)]
    table = _WEAK if declension == "weak" else _MIXED
    return table.get((case, gn), "en")


@dataclass(frozen=True)
class DeRendering:
    gender: str  # m f n pl p
    singular: str  # with ~ where adjective endings go
    plural: str | None
    genitive: str | None  # the genitive singular of the head noun phrase, when given
    weak: bool = False

    @property
    def text(self) -> str:
        return self.form("nom", "strong" if self.gender != "p" else "none", plural=self.gender == "pl")

    def form(self, case: str, declension: str, plural: bool = False) -> str | None:
        """The phrase in ``case`` after a determiner of ``declension`` (weak/mixed/strong), or None."""
        if self.gender == "p":
            return self.singular
        if plural or self.gender == "pl":
            phrase = self.plural if self.gender != "pl" else self.singular
            if phrase is None:
                return None
            # after a plural determiner adjectives end in -en (die/keine/meine), without one strong
            ending = adjective_ending("strong", case, "pl") if declension == "strong" else "en"
            phrase = phrase.replace("~", ending)
            if case == "dat":
                return _dative_plural(phrase)
            return phrase
        gn = self.gender
        ending = adjective_ending(declension, case, gn)
        if case == "gen" and gn in ("m", "n") and self.genitive is not None:
            return self.genitive.replace("~", ending)
        phrase = self.singular.replace("~", ending)
        if self.weak and case != "nom":
            return _on_head(phrase, lambda w: w + ("n" if w.endswith("e") else "en"))
        if case == "gen" and gn in ("m", "n") and not self.weak:
            return _on_head(phrase, _genitive_word)
        return phrase


def _head_index(words: list[str]) -> int | None:
    """The head noun of a German phrase: its first capitalised word that is not a declined adjective."""
    for i, w in enumerate(words):
        if w[:1].isupper() and not (i + 1 < len(words) and words[i + 1][:1].isupper() and re.search(r"(?:e|en|er|es|em)$", w)
                                     and i == 0 and len(words) > 1 and not w.endswith(("ung", "heit", "keit"))):
            return i
    return None


def _on_head(phrase: str, change) -> str | None:
    if " und " in phrase or " oder " in phrase:
        return None
    words = phrase.split(" ")
    i = _head_index(words)
    if i is None:
        return None
    changed = change(words[i])
    if changed is None:
        return None
    words[i] = changed
    return " ".join(words)


def _genitive_word(word: str) -> str:
    if re.search(r"(?:s|ß|x|z)$", word):
        return word + "es"
    return word + "s"


def _dative_plural(phrase: str) -> str | None:
    def change(w: str) -> str:
        return w if re.search(r"(?:n|s|a|i|o|y)$", w, re.IGNORECASE) else w + "n"
    if " und " in phrase:
        words = phrase.split(" ")
        if all(re.search(r"(?:n|s|a|i|o|y)$", w, re.IGNORECASE) for w in words if w[:1].isupper()):
            return phrase
        return None
    return _on_head(phrase, change)


def parse_de(spec: str) -> DeRendering:
    head, _, text = spec.strip().partition(" ")
    weak = head == "m*"
    gender = "m" if weak else head
    if gender not in ("m", "f", "n", "pl", "p") or not text.strip():
        raise NotationError(f"German rendering {spec!r}: expected '<m|f|n|m*|pl|p> <text>[/<plural>[/<genitive>]]'")
    parts = [p.strip() for p in text.split("/")]
    if len(parts) > 3 or not all(parts):
        raise NotationError(f"German rendering {spec!r}: at most text/plural/genitive")
    if gender in ("p", "pl") and len(parts) > 1:
        raise NotationError(f"German rendering {spec!r}: a name or plural noun has one form")
    return DeRendering(gender, parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None, weak)


# -- French ----------------------------------------------------------------------------------
_VOWEL = re.compile(r"[aeiouyàâäéèêëîïôöûüœæAEIOUYÀÂÉÈÊÎÔÛŒÆ]")


@dataclass(frozen=True)
class FrRendering:
    gender: str  # m f p
    singular: str
    plural: str | None
    plural_only: bool = False
    aspirated: bool = False

    @property
    def text(self) -> str:
        return self.singular

    @property
    def elides(self) -> bool:
        first = self.singular[:1]
        return bool(_VOWEL.match(first)) or (first in "hH" and not self.aspirated)


def _fr_plural(phrase: str) -> str | None:
    if " " in phrase or "-" in phrase:
        return None  # which words agree is not guessed: give the plural explicitly
    if re.search(r"[sxz]$", phrase):
        return phrase
    if phrase.endswith(("au", "eu", "eau")):
        return phrase + "x"
    if phrase.endswith("al") and phrase not in ("festival", "carnaval", "bal", "chacal", "récital"):
        return phrase[:-2] + "aux"
    return phrase + "s"


def parse_fr(spec: str) -> FrRendering:
    tokens = spec.strip().split(" ")
    plural_only = False
    if tokens[0] == "pl":
        plural_only = True
        tokens = tokens[1:]
    gender = tokens[0] if tokens else ""
    rest = tokens[1:]
    aspirated = False
    if rest and rest[0] == "h" and len(rest) > 1:
        aspirated, rest = True, rest[1:]
    text = " ".join(rest)
    if gender not in ("m", "f", "p") or not text.strip() or (plural_only and gender == "p"):
        raise NotationError(f"French rendering {spec!r}: expected '[pl] <m|f|p> [h] <text>[/<plural>]'")
    sg, _, pl = text.partition("/")
    sg, pl = sg.strip(), pl.strip()
    if gender == "p":
        return FrRendering("p", sg, None)
    if plural_only:
        return FrRendering(gender, sg, sg, True, aspirated)
    return FrRendering(gender, sg, pl or _fr_plural(sg), False, aspirated)
