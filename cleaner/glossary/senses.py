"""Choosing a sense from the grammar of the slot, weighted cues near the term and its topic.

Four kinds of evidence, in this order:

1. **Grammar** rules senses out before any cue is counted (:func:`fitting`). A name (a ``p``
   rendering: Apple, Xiaomi, the Red Sea) cannot head a noun phrase after ``a``/``an``, a number,
   a personal possessive (``his``, ``their``), a plural determiner or, for a name without its own
   article, ``the`` ("his 苹果 rotting" is fruit; "his 小米 phone" may still be the company, as a
   modifier). After ``a``/``an`` right before the term, the sense's rendering must begin with the
   sound the article announces ("an 理想 choice" is "an ideal choice"); only "an" says so, "a" is
   what MT writes before any term it leaves ("a 理想 place" may still be "an ideal place"). A bare term opening the
   sentence before a verb of saying or deciding (``said``, ``hopes``, ``agreed``) is an
   organisation, as is a term right after a noun that classifies one ("The carmaker 长城"): where a
   sense is a name without an article, only such senses stay. A French noun cannot open a
   sentence without its article, so there too a name is meant. When grammar rules out every
   sense, the term stays and is reported; when it leaves one, that sense is taken, unless the
   reading rests on ``the`` (MT writes "the" before a name it leaves) and a sense it ruled out has
   strong evidence (:data:`STRONG`) that the survivor lacks: then the term is reported.
   Subject-verb agreement weighs like a cue (:func:`_agreement`): a bare term opening a clause
   before "are"/"have" argues against a name or mass-noun sense, before "is"/"has" against a
   countable singular or plural one ("蚂蚁 have damaged cables": ants, not Ant Group).
2. **Cues**: a cue is a word or phrase matched on word boundaries among the words near the term
   (never anywhere in the sentence, never as a prefix: "Kart" does not match "Kartellamt"). A cue
   written with a capital letter after its first character or in all capitals (iPhone, CCTV) is
   an entity and matches case-sensitively; other cues match in any case. ``"racing:2"`` weighs 2;
   a cue without a weight weighs 1. Negative cues subtract. A cue scoped to a language
   (``"de:Boot"``) counts only in text of that language.
   Near is measured in words of sense (:func:`_side`): function words (articles, prepositions,
   pronouns, auxiliaries, particles) and numbers between a cue and the term do not count, so
   "landed on the 月之暗面" puts "landed" next to the term; the window holds :data:`WINDOW` words
   of sense on each side (a few more words may complete a cue phrase begun inside it, counting
   nothing alone). The syntax the words show weighs the cue: a word right next to the term with
   nothing between counts :data:`COMPOUND` (the noun phrase: "苹果 devices", "charitable 基金"), the
   nearest word of sense in the term's clause :data:`DIRECT` (the verb it is subject or object of:
   "蚂蚁 had damaged", "take courses to 充电"), then full within four words and less to the edge
   (:func:`reach`); a hyphenated compound of common words offers its head, not its first part
   ("vice-mayor" is a mayor, "fossil-fuel holdings" no fossils); every clause break between a cue and the term, a comma, semicolon, colon,
   bracket or dash or a word that opens a clause (``but``, ``because``, ``while`` ...; ``aber``,
   ``weil``; ``mais``, ``car``), multiplies it by :data:`ACROSS`: the word next to the term says
   more about it than a word in another clause ("a chip of paint, dates from the early 寒武纪").
3. **The slot as evidence** (:func:`_syntax`): signs in the words right around the term say which
   kind of word it is, and weigh like cues, :data:`SYNTAX` for every sense of the kind a sign calls
   for and as much against every other (the kinds, from the English renderings: a company's name,
   another name, a common noun, a noun for people, a verb, an adjective). A company acts: a bare
   term opening its clause (or after ``when``, ``that`` ...) before a verb of business
   (``unveiled``, ``delivered``, ``cut``, ``meldete``, ``a annoncé``), is owned, invested in or
   sued (``shares of``, ``invested in``, ``sued``, ``les actions de``, ``Aktien von``); a name owns
   (``小米's``), employs (``engineers at``, ``joined``, ``works for``) and stands beside a name
   (``Huawei and 小米``, not after the sentence's first word: "Bananas and 苹果"). A thing is grown, cooked or eaten (the
   object of ``grow``, ``harvested``, ``fried``, ``ernten``, ``cultivent du``) or traded
   (``exports of``, ``prices of``, ``le prix de la``, ``Preise für``; not ``the share price of``).
   An adjective follows a degree word (``very``, ``far from``, ``alles andere als``, ``loin
   d'être``), a verb of seeming, a negated copula, or a copula with ``for`` after the term ("were
   理想 for commuters"). A verb follows a modal, ``to`` after a verb that takes one (``trying to``),
   the French auxiliary of the perfect, or ends a German clause that a modal or ``um ... zu``
   opened. People act (``韭菜 who``) and are asked to (``ask 豆包 to``). A sign that fits every
   sense, or none, says nothing; a sense a sign argues against is never chosen (two signs that
   disagree leave the term reported); a sign is evidence for "no evidence, no choice" only where
   it calls for one sense alone, and strong evidence of a sense it argued against does not block
   the choice.
4. **Topics**: a sense may name topics (``domain = ["tech", "business"]``); the words of those
   topics near the term (shared lists in ``cleaner/data/sense_domains.txt``, not per entry) add
   to it, weighted by distance like cues, at most :data:`TOPIC_CAP` per sense.

A sense's ``prior`` is its score with no evidence (the usual sense of a term gets one). The best
sense must lead the next by :data:`MARGIN`, else no sense is chosen and the term stays, reported;
where another has strong evidence of its own (:data:`STRONG`), the best sense's evidence, without
its prior, must lead it by the margin too and be :data:`MIXED` times it ("Pest controllers found
that 蚂蚁 had damaged cables at the fintech company's data centre": a prior, or a little more
evidence, does not settle a sentence that speaks of both).

No evidence, no choice: when no cue (of non-zero weight) and no topic word is near the term, the
term stays and is reported, whatever the priors, unless the table shows that the prior sense
holds on its own: one of that sense's ``examples`` has no cue near the term
(:func:`prior_holds_alone`; "We don't bet on a single赛道." makes "sector" the sense of 赛道 where
nothing says otherwise). The prior still weighs when evidence is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..running_text import article_for
from ..simplified_traditional import to_simplified
from ..unicode import HAN
from .slots_base import DE_UNITS, FR_UNITS

WINDOW = 5  # words of sense on each side of the term (function words and numbers between do not count)
MARGIN = 1.5
ACROSS = 0.6  # a cue in another clause (across , ; : ( ) — –) counts this much
TOPIC_WEIGHT = 1.0  # one topic word next to the term
TOPIC_CAP = 2.0  # the most the topic words add to one sense
STRONG = 2.5  # evidence for a sense that a prior alone may not outweigh
MIXED = 2.0  # against strong evidence for another sense, the winner's evidence must be this many times it
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_CJK = re.compile(f"[{HAN}]")
_ELIDED = re.compile(r"(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s")


# The languages a cue may be scoped to ("de:Boot": only in German text).
CUE_LANGS = ("en", "de", "fr")
_LANG_PREFIX = re.compile(r"([a-z]{2,3}):(?=\S)")
_WEIGHT = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    weight: float
    exact_case: bool
    lang: str | None = None  # counted only in text of this language; None: in any

    def applies(self, lang: str) -> bool:
        return self.lang is None or self.lang == lang


def _unelided(word: str) -> str:
    """A French word without its elided article or pronoun: "l'usine" is read as "usine"."""
    elided = _ELIDED.match(word)
    return word[elided.end():] if elided and len(word) > elided.end() else word


def _scope(spec: str) -> tuple[str | None, str]:
    """The language a cue is scoped to ("de:Boot" -> "de") and the cue without it. "AI:2" and
    "ev:2" are weights, not scopes: a scope is lowercase and followed by a word."""
    m = _LANG_PREFIX.match(spec)
    if m is None or _WEIGHT.fullmatch(spec[m.end():]):
        return None, spec
    if m.group(1) not in CUE_LANGS:
        raise ValueError(f"cue {spec!r} names an unknown language {m.group(1)!r} "
                         f"(a cue scoped to a language is written {', '.join(l + ':word' for l in CUE_LANGS)})")
    return m.group(1), spec[m.end():]


def parse_cue(spec: str, negative: bool = False) -> Cue:
    """A cue from its notation: words, an optional weight (":2") and an optional language it is
    scoped to ("de:Boot", "fr:piste:2"): a word that is a cue in one language only (German
    "Boot" is a boat, English "boot" is not) counts only in text of that language."""
    lang, spec = _scope(spec)
    text, sep, weight = spec.rpartition(":")
    if not sep or not _WEIGHT.fullmatch(weight):
        text, weight = spec, "1"
    words = tuple(_unelided(w) for w in _WORD.findall(text))
    if not words:
        raise ValueError(f"cue {spec!r} has no word")
    exact = any(w[1:] != w[1:].lower() or (len(w) > 1 and w.isupper()) for w in words)
    value = float(weight)
    return Cue(words if exact else tuple(w.lower() for w in words), -value if negative else value, exact, lang)


def _tokens(text: str) -> list[str]:
    return [w for w, _, _ in _placed_tokens(text)]


def _placed_tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` with where each begins and ends (the parts a hyphenated name offers
    share its place)."""
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text):
        w = m.group(0)
        if _CJK.search(w):
            continue
        if w.endswith(("'s", "’s")) and len(w) > 2:
            w = w[:-2]  # "the zoo's 平头哥": the cue "zoo"
        out.append((_unelided(w), m.start(), m.end()))
        if "-" in w and (w[:1].isupper() or any(ch.isdigit() for ch in w)):
            # "Chang'e-6" also offers "Chang'e", "Sino-US" offers "US"; a compound of common
            # words does not offer its parts ("fossil-fuel holdings" are no fossils) ...
            out.extend((p, m.start(), m.end()) for p in w.split("-") if p)
        elif "-" in w:
            # ... but its last part, its head: a vice-mayor is a mayor, a co-founder a founder
            first, head = w.split("-", 1)[0].lower(), w.rsplit("-", 1)[1]
            if len(head) > 2 and first not in _NOT_HEADED:
                out.append((head, m.start(), m.end()))
    return out


_NOT_HEADED = frozenset({"non", "un", "anti", "counter"})  # a non-fossil fuel is no fossil, an anti-ant spray no ant


def window_words(sentence: str, start: int, end: int, lang: str = "en") -> tuple[list[str], list[str]]:
    """The words before and after ``sentence[start:end]`` within the window (Han runs excluded;
    not the words past it that may only complete a cue phrase)."""
    win = _window(sentence, start, end, lang)
    before = [w for w, r in zip(win.before, win.before_reach) if r]
    return before, [w for w, r in zip(win.after, win.after_reach) if r]


# Words that carry no sense of their own: they do not count in the distance between a cue and the
# term ("landed on the 月之暗面": "landed" is the word next to the term), nor do numbers.
_FUNCTION = {
    "en": frozenset("""a an the this that these those it its they them their theirs he him his she her hers we us
our you your i me my who whom whose which what there here of in on at for with from by to into onto over under
about against among between through during after before since until as than and or nor so yet if then also still
just already now again even not no never very more most less least much many some any all each every both either
up out off down
neither other another such own is are was were be been being am has have had having do does did will would can
could should may might must shall s""".split()),
    "de": frozenset("""der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
dieser diese dieses diesem diesen jeder jede jedes jedem jeden sein seine seinen seinem seiner ihr ihre ihren
ihrem ihrer er sie es wir man sich und oder in im ins an am auf aus bei beim mit nach von vom vor zu zum zur über
unter um für gegen ohne durch bis seit als wie ist sind war waren hat haben hatte hatten wird werden wurde wurden
kann können konnte soll sollen sollte muss müssen musste will wollen wollte nicht auch noch schon nur sehr mehr
dass ob wenn so da dort hier""".split()),
    "fr": frozenset("""le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs mon ma mes
notre nos votre vos il elle ils elles on se s qui que qu dont où et ou à en dans sur sous par pour avec sans chez
vers entre est sont était étaient a ont avait avaient sera seront ne n pas plus très aussi encore déjà y""".split()),
}
# Words that open another clause where no comma stands ("fans cheered but the 赛道 ..."): a cue
# beyond one counts as one across a comma.
_CLAUSE_WORDS = {
    "en": frozenset("but because although though whereas while unless whether".split()),
    "de": frozenset("aber weil obwohl sondern denn dass".split()),
    "fr": frozenset("mais car parce tandis lorsque puisque quoique".split()),
}
_RAW_REACH = 12  # the most words of any kind looked at on each side
_PHRASE_END = 3  # words past the window that may complete a cue phrase begun inside it (counting nothing alone)
DIRECT = 1.25  # a cue that is the nearest word of sense on its side, in the term's clause
COMPOUND = 2.0  # a cue right next to the term, nothing between: its noun phrase ("苹果 devices", "charitable 基金")


@dataclass(frozen=True)
class _Window:
    before: list[str]  # nearest last
    after: list[str]   # nearest first
    before_reach: tuple[float, ...] = ()  # how much a cue at each word of ``before`` counts
    after_reach: tuple[float, ...] = ()


def _side(placed: list[tuple[str, int, int]], text: str, lang: str, before: bool) -> tuple[list[str], list[float]]:
    """The words of one side of the term within the window, nearest first, and how much a cue at
    each counts: by its distance in words of sense (function words and numbers do not count:
    "landed on the 月之暗面"); :data:`COMPOUND` for a word right next to the term with nothing
    between (its noun phrase: "苹果 devices", "charitable 基金"); :data:`DIRECT` for the nearest word
    of sense in the term's clause (the verb it is subject or object of: "蚂蚁 have damaged");
    :data:`ACROSS` for every clause break between a word and the term (punctuation, or a word
    that opens a clause)."""
    function, clause = _FUNCTION.get(lang, _FUNCTION["en"]), _CLAUSE_WORDS.get(lang, frozenset())
    words: list[str] = []
    weights: list[float] = []
    content = breaks = outside = 0
    edge = len(text) if before else 0
    span = None
    for w, a, b in (reversed(placed) if before else placed):
        if len(words) == _RAW_REACH or outside == _PHRASE_END:
            break
        words.append(w)
        if (a, b) == span:  # a part of the hyphenated name just read ("Chang'e" of "Chang'e-6")
            weights.append(weights[-1])
            continue
        span = (a, b)
        breaks += len(_BREAK.findall(text[b:edge] if before else text[edge:a]))
        edge = a if before else b
        low = w.lower()
        opens = low in clause  # after the term it opens the next clause, before it the term's own
        breaks += opens and not before
        meaningful = low not in function and not low.isdigit() and not opens
        if outside or (meaningful and content == WINDOW):
            outside += 1  # past the window: it may only complete a cue phrase begun inside ("school fees")
            weights.append(0.0)
        else:
            weights.append(_weight(content + 1, breaks, meaningful, not (text[b:] if before else text[:a]).strip()))
            content += meaningful
        breaks += opens and before
    return words, weights


def _weight(distance: int, breaks: int, meaningful: bool, adjacent: bool) -> float:
    """How much a cue counts at a word ``distance`` words of sense from the term, ``breaks``
    clause breaks away; ``adjacent``: nothing but spaces between it and the term."""
    if distance == 1 and meaningful and not breaks:
        return COMPOUND if adjacent else DIRECT
    return reach(distance) * ACROSS ** breaks


def _window(sentence: str, start: int, end: int, lang: str = "en") -> _Window:
    head, tail = sentence[:start], sentence[end:]
    before, before_reach = _side(_placed_tokens(head), head, lang, True)
    after, after_reach = _side(_placed_tokens(tail), tail, lang, False)
    return _Window(before[::-1], after, tuple(before_reach[::-1]), tuple(after_reach))


def reach(distance: int, across: bool = False) -> float:
    """How much a cue ``distance`` words of sense from the term counts (1: right next to it)."""
    w = 1.25 if distance <= 1 else 1.0 if distance <= 4 else max(0.6, 1.0 - 0.1 * (distance - 4))
    return w * (ACROSS if across else 1.0)


def _matches(words: list[str], lowered: list[str], cue: Cue) -> list[tuple[int, int]]:
    seq = words if cue.exact_case else lowered
    n = len(cue.words)
    return [(i, i + n) for i in range(len(seq) - n + 1) if tuple(seq[i:i + n]) == cue.words]


def _has(words: list[str], lowered: list[str], cue: Cue) -> bool:
    return bool(_matches(words, lowered, cue))


def score(cues: tuple[Cue, ...], prior: float, before: list[str], after: list[str], lang: str = "en") -> float:
    """The prior plus the full weight of every cue of ``lang`` found in the words (no distance
    weighting)."""
    total = prior
    lowered_b = [w.lower() for w in before]
    lowered_a = [w.lower() for w in after]
    for cue in cues:
        if not cue.applies(lang):
            continue
        if _has(before, lowered_b, cue) or _has(after, lowered_a, cue):
            total += cue.weight
    return total


def _weight_at(win: _Window, side: int, a: int, b: int) -> float:
    """How much a match at ``[a, b)`` of the words before (side 0) or after (side 1) counts: as
    its word nearest the term."""
    return max((win.before_reach if side == 0 else win.after_reach)[a:b])


# --- topics -----------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def topics() -> dict[str, dict[str, tuple[Cue, ...]]]:
    """The shared topic word lists: topic -> language -> cues (weight 1)."""
    text = resources.files("cleaner").joinpath("data/sense_domains.txt").read_text(encoding="utf-8")
    out: dict[str, dict[str, tuple[Cue, ...]]] = {}
    topic = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            topic = line[1:-1].strip()
            out.setdefault(topic, {})
            continue
        lang, sep, words = line.partition(":")
        if topic is None or not sep or len(lang) != 2:
            raise ValueError(f"sense_domains.txt: cannot read {raw!r}")
        cues = tuple(parse_cue(w.strip()) for w in words.split(",") if w.strip())
        out[topic][lang] = out[topic].get(lang, ()) + cues
    return out


@lru_cache(maxsize=None)
def _topic_index(domains: tuple[str, ...], lang: str) -> dict[tuple[bool, str], tuple[Cue, ...]]:
    """The topic words of ``domains`` in ``lang`` (all languages when the lists have none for
    it), by their first word: (exact case, word) -> cues."""
    table = topics()
    index: dict[tuple[bool, str], list[Cue]] = {}
    for d in domains:
        by_lang = table.get(d, {})
        cues = by_lang.get(lang, ()) if lang in by_lang else [c for cs in by_lang.values() for c in cs]
        for cue in cues:
            index.setdefault((cue.exact_case, cue.words[0]), []).append(cue)
    return {k: tuple(v) for k, v in index.items()}


# --- scores -----------------------------------------------------------------------------------

_CUE_INDEXES: dict[int, tuple] = {}  # id of a sense -> (the sense, its cues by first word)


def _cue_index(c) -> dict[tuple[bool, str], tuple[tuple[int, Cue], ...]]:
    """The cues of sense ``c`` with their place in its list, by (exact case, first word), so that
    the words near the term are read once rather than once per cue."""
    entry = _CUE_INDEXES.get(id(c))
    if entry is None or entry[0] is not c:
        index: dict[tuple[bool, str], list[tuple[int, Cue]]] = {}
        for k, cue in enumerate(c.cues):
            index.setdefault((cue.exact_case, cue.words[0]), []).append((k, cue))
        entry = (c, {key: tuple(v) for key, v in index.items()})
        _CUE_INDEXES[id(c)] = entry
    return entry[1]


def _found_cues(candidates, win: _Window, sides, lang: str) -> list[tuple[int, int, int, int, int, float]]:
    """Every match of every candidate's cues that apply in ``lang``: side, start, end, candidate,
    cue, weighted weight."""
    found = []
    for ci, c in enumerate(candidates):
        index = _cue_index(c)
        for si, (words, lowered) in enumerate(sides):
            for a in range(len(words)):
                for k, cue in index.get((True, words[a]), ()) + index.get((False, lowered[a]), ()):
                    b = a + len(cue.words)
                    if cue.applies(lang) and tuple((words if cue.exact_case else lowered)[a:b]) == cue.words:
                        found.append((si, a, b, ci, k, cue.weight * _weight_at(win, si, a, b)))
                if lang == "de":
                    found.extend((si, a, a + 1, ci, k, cue.weight * _weight_at(win, si, a, a + 1))
                                 for k, cue in _head_cues(index, words[a]) if cue.applies(lang))
    return found


def _compound_heads(word: str) -> list[str]:
    """The last parts a German compound noun may end in, longest first ("Teehausketten":
    "hausketten", "ketten"; at least four letters, after at least three): a compound is a kind of
    its last part, so a cue that is a noun counts there too ("Batteriehersteller" for
    "Hersteller"). Not for words in lower case or short ones."""
    if not word[:1].isupper() or len(word) < 8 or not word.isalpha() or word.isupper():
        return []
    low = word.lower()
    return [low[i:] for i in range(3, len(low) - 3) if low[:i] not in _DE_PREFIXES]


# Prefixes of derived German words, which are no first part of a compound: "Einfluss" is no kind of
# "Fluss", "Versicherung" no kind of "Sicherung", "Interessen" no "Essen".
_DE_PREFIXES = set("""ver be ent er zer ge ein aus bei mit an auf ab vor nach über unter inter um zu miss un wider durch
hinter fort weg her hin dar emp""".split())


def _head_cues(index: dict, word: str) -> list[tuple[int, Cue]]:
    """The one-word cues (not names: matched in any case) that ``word`` ends in as a compound."""
    return [(k, cue) for head in _compound_heads(word) for k, cue in index.get((False, head), ())
            if len(cue.words) == 1]


def _cue_weights(found) -> tuple[dict[tuple[int, int], float], set[tuple[int, int, int]]]:
    """The weight each (candidate, cue) counts with, at its nearest place, without matches inside
    a longer cue phrase found at the same place; and the words they cover per candidate."""
    best: dict[tuple[int, int], float] = {}
    covered: set[tuple[int, int, int]] = set()  # candidate, side, word index
    for si, a, b, ci, k, weight in found:
        if any(s2 == si and a2 <= a and b <= b2 and (b2 - a2) > (b - a) for s2, a2, b2, *_ in found):
            continue
        covered.update((ci, si, i) for i in range(a, b))
        if abs(weight) > abs(best.get((ci, k), 0.0)):
            best[(ci, k)] = weight
    return best, covered


def _topic_gain(ci: int, index: dict, win: _Window, sides, covered, heads: bool = False) -> float:
    """What the topic words near the term add to candidate ``ci`` (before the cap): each place
    counts once, and not where a cue of the candidate was found."""
    gained = 0.0
    for si, (words, lowered) in enumerate(sides):
        for a in range(len(words)):
            for cue in index.get((True, words[a]), ()) + index.get((False, lowered[a]), ()):
                seq = words if cue.exact_case else lowered
                b = a + len(cue.words)
                if tuple(seq[a:b]) != cue.words or any((ci, si, i) in covered for i in range(a, b)):
                    continue
                gained += TOPIC_WEIGHT * _weight_at(win, si, a, b)
                break
            else:
                if heads and (ci, si, a) not in covered and any(
                        len(cue.words) == 1 for head in _compound_heads(words[a]) for cue in index.get((False, head), ())):
                    gained += TOPIC_WEIGHT * _weight_at(win, si, a, a + 1)  # "Heimatmarkt": a kind of Markt
    return gained


def _scores(candidates, win: _Window, lang: str = "en") -> tuple[list[float], bool]:
    """Each candidate's prior plus its cues and topic words found in the window, each weighted by
    its reach, and whether any evidence of non-zero weight was found. A cue found only inside a
    longer cue phrase found there ("lunar" in "Lunar New Year") does not count; each cue counts
    once, at its nearest place; a word that is a cue of a sense is not also its topic word."""
    sides = [(win.before, [w.lower() for w in win.before]), (win.after, [w.lower() for w in win.after])]
    best, covered = _cue_weights(_found_cues(candidates, win, sides, lang))
    totals = [float(c.prior) for c in candidates]
    evidence = any(w != 0 for w in best.values())
    for (ci, _), weight in best.items():
        totals[ci] += weight
    for ci, c in enumerate(candidates):
        index = _topic_index(getattr(c, "domains", ()), lang)
        gained = _topic_gain(ci, index, win, sides, covered, lang == "de") if index else 0.0
        if gained:
            evidence = True
            totals[ci] += min(gained, TOPIC_CAP)
    return totals, evidence


# --- grammar ----------------------------------------------------------------------------------

_PREV = re.compile(r"([^\W_]+(?:['’][^\W_]+)*|\d[\d,.]*)[ \u00a0]*$")
_NEXT = re.compile(r"[ \u00a0]*([^\W_]+(?:['’][^\W_]+)*|\d[\d,.]*)")
_OPENING = re.compile(r"(?:^|[\"“‘«(\[:]|^\W+)[ \u00a0]*$")

# Singular determiners a name cannot follow (with a/an, each, every, another).
_INDEF = {"en": {"a", "an", "each", "every", "another"},
          "de": {"ein", "eine", "einen", "einem", "einer", "eines", "jede", "jeder", "jedes", "jeden", "jedem"},
          "fr": {"un", "une", "chaque"}}
_POSS = {
    "en": {"his", "her", "their", "my", "our", "your"},
    "de": {p + e for p in ("sein", "ihr", "mein", "unser", "dein") for e in ("", "e", "en", "em", "er", "es")},
    "fr": {"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos"},
}
_PLURAL = {
    "en": set("these those many several few both various numerous multiple two three four five six seven eight "
              "nine ten dozen dozens hundreds thousands millions".split()),
    "de": set("viele mehrere einige beide zahlreiche zwei drei vier fünf sechs sieben acht neun zehn hunderte "
              "tausende".split()),
    "fr": set("des les plusieurs quelques certains certaines nombreux nombreuses deux trois quatre cinq six sept "
              "huit neuf dix ces mes tes ses".split()),
}
_DEFINITE = {"en": {"the"}, "de": {"der", "die", "das", "den", "dem", "des"},
             "fr": {"le", "la", "les", "du", "au", "aux", "l"}}
# A quantity before "of" makes the term plural: "a pair of 黑天鹅", "tonnes of 小米".
_QUANTITY_OF = set("""pair pairs couple number numbers dozens hundreds thousands millions lot lots plenty tonnes
tons kilograms kilos bags boxes crates baskets sacks bowls handful flock herd kilo kilogram tonne ton pound pounds
bag box crate basket sack bowl jin""".split())
# Adjectives commonly standing between a determiner and the term.
_EN_ADJ = set("""early late new old own whole entire first last next only big small young same other local fresh
ripe wild rotten famous little large huge ancient modern popular cheap expensive red green yellow black white
brown golden sweet sour juicy dried tiny giant whole""".split())
# What may follow the head of a noun phrase (so the term is not a modifier of a following noun).
_EN_AFTER_HEAD = set("""of in on at for with from by to into onto over under about against among between through
during after before since until as than and or but nor so yet that which who whose whom where when while because
if is are was were be been being has have had will would can could should may might must shall do does did not
also still just already now again even then there here this these those its their his her our my your the a an
it they he she we you them him us one each every""".split())
_EN_VERB_END = re.compile(r"(?:ed|ing)$")
_EN_IRREGULAR_PAST = set("""lost won made took fell rose grew beat went came became began gave got saw ran met told
thought brought bought sought fought caught taught kept left felt held stood led paid sent spent built broke
chose drove flew froze hid hit hurt knew lay meant rode rang sank sang slid spoke stole struck swam swore threw
wore wrote shook""".split())
# Verbs of saying and deciding: their subject is a person or an organisation.
_AGENTIVE = {
    "en": set("""said says say hopes hoped hope plans planned plan agreed agrees announced announces reported reports
launched launches unveiled unveils expects expected aims aimed wants wanted intends intended denied denies confirmed
confirms sold sells shipped ships posted posts raised raises hired hires sued sues signed signs acquired acquires
invested invests opened opens released releases told added noted stated declined refused warned vowed pledged
promised decided introduced rolled cut cuts slashed laid lays fired filed recalled delivered shipped partnered
teamed responded apologised apologized admitted claimed insisted urged asked""".split()),
    "de": set("""sagte sagt sagten teilte teilt kündigte kündigt plant plante hofft hoffte will wollte verkaufte
verkauft erklärte erklärt meldete meldet gab gibt stellte stellt bestätigte bestätigt dementierte investiert
investierte übernahm übernimmt einigte""".split()),
    "fr": set("""a déclaré dit espère espérait prévoit prévoyait annonce annoncé veut voulait vend vendu investit
compte souhaite affirme""".split()),
}
# Nouns that classify an organisation or a product, in apposition before its name: "the carmaker 长城".
_ORG_NOUNS = {
    "en": set("""company companies firm firms carmaker carmakers automaker automakers chipmaker chipmakers maker
makers manufacturer manufacturers startup start-up startups group giant giants brand brands platform platforms app
apps unit subsidiary operator operators retailer retailers developer developers bank banks lender insurer broker
airline airlines rival rivals peer peers competitor competitors supplier suppliers partner partners conglomerate
titan unicorn designer brewer arm division affiliate""".split()),
    "de": set("""Unternehmen Konzern Konzerns Hersteller Autobauer Autohersteller Chiphersteller Firma Marke Start-up
Plattform App Tochter Rivale Konkurrent""".lower().split()),
    "fr": set("""groupe constructeur fabricant entreprise société marque start-up géant application plateforme
filiale concurrent rival""".split()),
}


@dataclass(frozen=True)
class Slot:
    """What the words around the term say about the kind of word it is."""
    determiner: str | None  # "indef" (a, an, each, every), "poss", "plural", "the" or None
    article: str | None     # "a" or "an" right before the term (English), else None
    head: bool              # the term ends its noun phrase (no noun follows that it modifies)
    agent: bool             # a bare term before a verb of saying or deciding, or after an organisation noun
    bare_start: bool        # no determiner and nothing before the term in its sentence
    verb_number: str | None = None  # "sg" or "pl": a bare term right before "is"/"are", "ist"/"sind" ...


_FR_ADJ = set("""premier première dernier dernière grand grande grands grandes petit petite petits petites nouveau
nouvel nouvelle nouveaux nouvelles vieux vieille jeune seul seule même mêmes""".split())


def _adjective_between(word: str, lang: str) -> bool:
    """A word that may stand between a determiner and the term as its adjective: a few common
    English and French ones; in German any lower-case word with an adjective ending (nouns are
    capitalised: "auf das frühe 寒武纪")."""
    low = word.lower()
    if lang == "en":
        return low in _EN_ADJ
    if lang == "fr":
        return low in _FR_ADJ
    if lang == "de":
        return word[:1].islower() and low.endswith(("e", "en", "er", "es", "em")) and low not in _DE_NOT_ADJ
    return False


_DE_NOT_ADJ = set("""die der das den dem des ein eine einen einem einer eines sie wie wenn aber oder sowie über
unter gegen ohne hinter neben zwischen seine ihre meine unsere keine diese jene jede alle viele mehrere einige
beide zahlreiche""".split())


def _determiner(words: list[str], lang: str) -> str | None:
    """The class of the determiner before the term (``words`` nearest last), skipping up to two
    adjectives in English."""
    skipped = 0
    for k in range(len(words) - 1, -1, -1):
        w = words[k].lower().rstrip("'’")
        if w in _INDEF.get(lang, ()):
            return "indef"
        if w in _POSS.get(lang, ()):
            return "poss"
        if w in _PLURAL.get(lang, ()) or (w[:1].isdigit() and w not in ("1", "one")):
            return "plural"
        if w in _DEFINITE.get(lang, ()):
            return "the"
        if lang == "en" and w == "of" and k > 0 and words[k - 1].lower() in _QUANTITY_OF:
            return "plural"
        if (lang == "de" and w in DE_UNITS) or (lang == "fr" and w in ("de", "d") and k > 0
                                                 and words[k - 1].lower() in FR_UNITS):
            return "plural"  # "zehn Tonnen 苹果", "dix tonnes de 苹果": a measure of a thing, no name
        if skipped < 2 and _adjective_between(words[k], lang):
            skipped += 1
            continue
        return None
    return None


_SLOT_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\d[\d,.]*")
_FR_ELIDED_ARTICLE = re.compile(r"(?:^|\W)[lL]['’]\s*$")
_PUNCT_BEFORE = set(",;:.!?()\"“”«»")


def _is_head(sentence: str, end: int, lang: str) -> tuple[bool, str | None]:
    """Whether the term ends its noun phrase (no noun follows that it modifies), and the word
    after it (None when punctuation, a hyphen or the end follows)."""
    if sentence[end:end + 1] == "-":
        return False, None  # "小米-Handy": a compound
    nxt = _NEXT.match(sentence, end)
    word = nxt.group(1) if nxt else None
    if word is None:
        return True, None
    if word[:1].isupper() or word[:1].isdigit():
        return False, word  # a name part or model number: "the 理想 L9", "his 小米 14"
    if lang != "en":
        return True, word  # German and French nouns are modified after, or in compounds
    low = word.lower()
    return (low in _EN_AFTER_HEAD or low in _AGENTIVE["en"] or low in _EN_IRREGULAR_PAST
            or bool(_EN_VERB_END.search(low) and len(low) > 4)), word


# Words after which a bare term opens a clause as its subject ("found that 蚂蚁 have ...").
_CLAUSE_OPENERS = set("""that and but because when as if while after before so how why where since though although
once und aber denn sondern doch""".split())
# A verb right after a bare term that shows the number of its subject.
_VERB_NUMBER = {
    "en": {**{w: "sg" for w in "is was has does isn't wasn't hasn't doesn't".split()},
           **{w: "pl" for w in "are were have do aren't weren't haven't don't".split()}},
    "de": {**{w: "sg" for w in "ist war hat hatte wird".split()},
           **{w: "pl" for w in "sind waren haben hatten werden".split()}},
}


def read_slot(sentence: str, start: int, end: int, lang: str) -> Slot:
    head_text = sentence[:start]
    before = _SLOT_WORD.findall(head_text[-80:])
    stripped = head_text.rstrip()
    if stripped and stripped[-1] in _PUNCT_BEFORE:
        before = []  # punctuation right before the term: no determiner of it
    prev = _PREV.search(head_text)
    prev_word = prev.group(1) if prev else None
    det = _determiner(before[-3:], lang) if before else None
    if lang == "fr" and _FR_ELIDED_ARTICLE.search(head_text):
        det = "the"
    article = prev_word.lower() if lang == "en" and prev_word and prev_word.lower() in ("a", "an") else None
    head, nxt_word = _is_head(sentence, end, lang)
    bare_start = det is None and (bool(_OPENING.search(head_text)) or not stripped)
    clause_start = bare_start or (det is None and stripped.endswith(","))  # "Over the same period, 寒武纪 shipped"
    agent, number = _subject_signs(sentence, end, lang, clause_start, prev_word, nxt_word)
    return Slot(det, article, head, agent, bare_start, number if det is None and head else None)


def _subject_signs(sentence: str, end: int, lang: str, clause_start: bool, prev_word: str | None,
                   nxt_word: str | None) -> tuple[bool, str | None]:
    """What says the term is the subject of its clause: whether it is an agent (a bare term at
    the clause start before a verb of saying or deciding, or after an organisation noun), and the
    number of the verb right after it when it opens a clause (see :func:`_verb_number`)."""
    nxt = nxt_word.lower() if nxt_word else None
    prev = prev_word.lower() if prev_word else None
    agent = (clause_start and nxt in _AGENTIVE.get(lang, ())) or prev in _ORG_NOUNS.get(lang, ())
    opens = clause_start or prev in _CLAUSE_OPENERS
    return agent, _verb_number(sentence, end, nxt, lang) if opens and nxt else None


def _verb_number(sentence: str, end: int, nxt: str, lang: str) -> str | None:
    """"sg" or "pl" when the word right after the term (a space between) is a verb that shows
    the number of its subject (English, German)."""
    if lang not in _VERB_NUMBER or sentence[end:end + 1] not in (" ", "\u00a0"):
        return None
    return _VERB_NUMBER[lang].get(nxt)


def _renderings(c, lang: str) -> tuple:
    rend = c.renderings.get(lang) if hasattr(c, "renderings") else None
    return tuple(rend or ())


_OWN_DETERMINER = ("the ", "both ", "all ")  # a name that carries its determiner: "the Red Sea"


def _is_bare_name(r, lang: str) -> bool:
    if lang == "en":
        return r.pos == "p" and not r.forms[0].lower().startswith(_OWN_DETERMINER)
    return getattr(r, "gender", None) == "p"


def _en_fits(r, slot: Slot) -> bool:
    det, head = slot.determiner, slot.head
    if r.pos == "p":
        if head and det in ("indef", "poss", "plural"):
            return False
        if head and det == "the" and not r.forms[0].lower().startswith(_OWN_DETERMINER):
            return False
    elif r.pos == "v":
        if det is not None:
            return False
    elif r.pos == "a":
        if det is not None and head:
            return False
    return True


def _sounds_right(r, slot: Slot) -> bool:
    """The rendering begins with the sound the article right before the term announces."""
    return not slot.article or r.pos == "v" or article_for(r.forms[0]) == slot.article


def _other_fits(r, slot: Slot) -> bool:
    if getattr(r, "gender", None) == "p" and slot.head and slot.determiner is not None:
        return False
    return True


def _fits_slot(c, lang: str, slot: Slot) -> bool:
    rends = _renderings(c, lang)
    if rends:
        return any((_en_fits if lang == "en" else _other_fits)(r, slot) for r in rends)
    rends = _renderings(c, "en")
    return not rends or any(_en_fits(r, slot) for r in rends)


def _has_bare_name(c, lang: str) -> bool:
    own = _renderings(c, lang)
    return any(_is_bare_name(r, lang if own else "en") for r in (own or _renderings(c, "en")))


def fitting(candidates, sentence: str, start: int, end: int, lang: str = "en") -> list:
    """The candidates whose renderings can stand in the slot (see the module)."""
    return _fitting(candidates, read_slot(sentence, start, end, lang), lang)


def _fitting(candidates, slot: Slot, lang: str) -> list:
    out = [c for c in candidates if _fits_slot(c, lang, slot)]
    if slot.article == "an" and lang == "en":
        # "an" says which sound the word MT had in mind begins with; where no sense fits it, it
        # says nothing of the sense (the article is fixed with the rendering instead). "a" is what
        # MT writes before a term it leaves whatever the word ("a 理想 place"): it says nothing.
        sounding = [c for c in out if any(_en_fits(r, slot) and _sounds_right(r, slot) for r in _renderings(c, "en"))]
        out = sounding or out
    names = [c for c in out if _has_bare_name(c, lang)]
    if names and (slot.agent or (lang == "fr" and slot.bare_start)):
        out = names
    return out


# --- the slot as evidence -----------------------------------------------------------------------
# What the words right around the term say about the kind of word it is, weighed like a cue
# (:func:`_syntax`): a company acts, a thing is grown or eaten, an adjective follows "very" or "far
# from", a verb follows a modal. Each sign names the kinds of sense it calls for (:func:`_kinds`:
# "org" a company's name, "name" another name, "thing" a common noun, "verb", "adj").

SYNTAX = 2.0  # what a sign of the slot adds to a sense of the kind it calls for, and takes from the others
_COMPANY_DOMAINS = frozenset({"business", "tech", "auto", "finance"})

# Verbs of business whose bare subject is a company: "长安 unveiled a sedan", "苹果 has cut prices".
_BUSINESS_VERBS = {
    "en": frozenset("""said says announced announces unveiled unveils launched launches delivered delivers shipped
reported posted cut cuts slashed raised raises hired hires sold sells recalled recalls opened opens plans planned
expects expected invested invests acquired acquires listed filed sued sues signed partnered released denied denies
confirmed confirms introduced introduces laid lays rolled debuted debuts teamed agreed agrees overtook outsold
topped warned warns lowered lowers trimmed pledged vowed started stopped halted halts suspended suspends resumed
resumes employs employed""".split()),
    "de": frozenset("""sagte sagt teilte teilt kündigte kündigt plant plante meldete meldet verkaufte verkauft
lieferte liefert senkte senkt präsentierte präsentiert stellte stellt brachte bringt erklärte erklärt
bestätigte bestätigt investiert investierte übernahm übernimmt steigerte steigert""".split()),
    "fr": frozenset("""annonce annoncé dévoile dévoilé lance lancé livre livré vend vendu baisse baissé
publie publié présente présenté investit investi déclare déclaré rachète racheté""".split()),
}
# Words that may stand between the subject and its verb: "苹果 also cut" (not an auxiliary: "平安
# has cut" may be a company, but the verb's number already weighs there, see :func:`_agreement`).
_BETWEEN_VERB = {
    "en": frozenset("also just recently reportedly officially quietly again then now".split()),
    "de": frozenset("nun jetzt auch".split()),
    "fr": frozenset("a ont avait va vient de d".split()),
}
# Verbs whose object is a thing that grows or is eaten: "grow 小米", "picked 苹果", "cultivent du 小米".
_CROP_VERBS = {
    "en": frozenset("""grow grows grew growing sow sows sowed sown sowing planted planting harvest
harvests harvested harvesting eat eats ate eaten eating cooked cooking peel peels peeled peeling boil boils boiled
boiling steamed fry fries fried frying bake bakes baked roast roasted chew chewed farmed cultivate cultivates
cultivated cultivating stew stewed slice sliced dries dried irrigate irrigated""".split()),
    "de": frozenset("""bauen baut bauten pflanzen pflanzt pflanzten säen sät säten ernten erntet ernteten essen isst
aßen aß kochen kocht kochten pflücken pflückt pflückten anbauen""".split()),
    "fr": frozenset("""cultiver cultive cultivent cultivé cultivés planter plante plantent planté semer sème sèment
semé récolter récolte récoltent récolté manger mange mangent mangé cuisiner cuisinent cueillir cueille
cueillent cueilli""".split()),
}
# Words that may stand between such a verb and the term (its article, a possessive, a quantity).
_OBJECT_FILLERS = frozenset("""the their his her its our some more fresh ripe local wild organic le la les l du des
de d leur leurs son sa ses die der das den dem ihre ihren seine seinen frische frischen""".split())
# Nouns of trade in goods before "of" and the term: "exports of 苹果", "le prix de la 韭菜", "Preise für
# 苹果" (not "the share price of 苹果": a company's shares are priced too).
_GOODS_NOUNS = {
    "en": frozenset("""exports imports export import prices price output production supply supplies shortage
shortages harvest harvests consumption""".split()),
    "de": frozenset("preise preis export exporte importe ernte produktion verbrauch mangel".split()),
    "fr": frozenset("prix exportations importations production récolte récoltes consommation pénurie".split()),
}
_GOODS_OF = {"en": frozenset({"of"}), "de": frozenset({"für", "von"}), "fr": frozenset({"de", "du", "des", "d"})}
_ARTICLES = frozenset("the a an le la les l un une der die das den dem des".split())
_NOT_GOODS = frozenset("share shares stock stocks market".split())
# Degree words before an adjective: "far from 理想", "very 理想", "loin d'être 理想".
_DEGREE = {
    "en": frozenset("very too quite fairly extremely highly truly".split()),
    "de": frozenset("sehr ziemlich äußerst".split()),
    "fr": frozenset("très trop assez peu".split()),
}
_DEGREE_PAIRS = {"en": {("far", "from"), ("anything", "but")},
                 "de": {("andere", "als"), ("nicht", "gerade")},
                 "fr": {("loin", "être"), ("pas", "très")}}
# A copula before the term and a preposition of purpose after it: "were 理想 for commuters".
_COPULA = {"en": frozenset("is are was were be been being seems seem seemed remains remain remained looks look".split()),
           "de": frozenset("ist sind war waren sei wäre scheint bleibt".split()),
           "fr": frozenset("est sont était étaient être semble reste".split())}
_PURPOSE = {"en": frozenset({"for"}), "de": frozenset({"für"}), "fr": frozenset({"pour"})}
# Verbs of seeming, and negations after a copula, right before an adjective: "seems 理想", "are not 理想".
_SEEMING = {"en": frozenset("seem seems seemed appear appears appeared sounds sounded".split()),
            "de": frozenset("scheint schien wirkt wirkte klingt".split()),
            "fr": frozenset("semble semblent semblait paraît paraissent".split())}
_NEGATION = {"en": frozenset("not never hardly".split()), "de": frozenset({"nicht", "kaum", "nie"}),
             "fr": frozenset({"pas", "guère", "jamais"})}
# Modals and auxiliaries that a verb follows: "would 优化 staff", "veulent 出海".
_MODALS = {
    "en": frozenset("""can could will would must should might shall cannot can't won't wouldn't couldn't
shouldn't mustn't didn't doesn't don't""".split()),
    "de": frozenset(),
    "fr": frozenset("""peut peuvent pourrait pourraient doit doivent devrait devraient veut veulent voulait
souhaite souhaitent va vont""".split()),
}
# Verbs that take "to" and a verb: "trying to 出海", "decided to 下海".
_TO_VERBS = frozenset("""want wants wanted plan plans planned try tries tried trying decide decides decided
allowed able unable hope hopes hoped need needs needed forced began begin begins started start starts continue
continues continued expect expects expected aim aims aimed vowed pledged promised seek seeks sought choose chose
chosen refused agreed fail fails failed managed rushed rushing eager ready likely going used learn learned
learning""".split())


# Verbs whose object is told or asked to do something, a person or an organisation: "ask 豆包 to
# plan meals", "ordered 蚂蚁 to restructure".
_ADDRESS_VERBS = frozenset("""ask asks asked asking tell tells told telling urge urges urged urging order orders
ordered ordering allow allows allowed force forces forced invite invites invited persuade persuaded encourage
encourages encouraged require requires required""".split())
_PERSONAL = frozenset({"person", "org", "name"})


def _kinds(c, lang: str) -> frozenset[str]:
    """The kinds of word a sense is (from its English renderings): "org" (a company's name: a
    name without an article, of a business, tech, car or finance topic), "name", "thing" (a
    common noun), "person" (a noun for people: "retail investors"), "verb", "adj"."""
    company = bool(_COMPANY_DOMAINS & set(getattr(c, "domains", ())))
    out = {"person"} if _names_people(_renderings(c, "en")) else set()
    for r in _renderings(c, "en"):
        if r.pos == "p":
            out.add("org" if company and _is_bare_name(r, "en") else "name")
        elif r.pos in ("n", "u", "pl"):
            out.add("person" if "person" in out else "thing")  # people are not grown or eaten
        elif r.pos in ("v", "a"):
            out.add("verb" if r.pos == "v" else "adj")
    return frozenset(out)


_PEOPLE = frozenset("""people staff men women children officials official fans fan youth kids folk police
crowd crowds""".split())


# Endings of English nouns for people ("investor", "influencer", "scientist"), and nouns with those
# endings that name things.
_EN_PERSON = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|eer)$")
_EN_NOT_PERSON = frozenset("""container computer server router charger printer filter trailer tanker laser scanner
monitor sensor motor factor sector reactor processor generator indicator conductor transistor tractor corridor
counter order border number center centre quarter letter matter paper water power tower poster sticker banner
layer cover marker meter tier barrier premier patent content component event element segment payment investment
instrument rent talent percent current restaurant plant giant""".split())


def _names_people(english: tuple) -> bool:
    """The sense's first English noun names people ("retail investors", "influencer")."""
    nouns = [r for r in english if r.pos in ("n", "pl")]
    if not nouns:
        return False
    head = nouns[0].forms[0].split(" ")[-1].lower()
    if nouns[0].pos == "pl" and head.endswith("s") and head not in _PEOPLE:
        head = head[:-1]
    return head in _PEOPLE or (bool(_EN_PERSON.search(head)) and head not in _EN_NOT_PERSON)


def _words_around(sentence: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words before the term in its clause (nearest last) and after it up to the next clause
    break (nearest first), in lower case; the possessive 's of the term is kept as the word "'s"."""
    head = _BREAK.split(sentence[max(0, start - 80):start])[-1]
    tail = _BREAK.split(sentence[end:end + 80])[0]
    before = [_unelided(w).lower() for w in _SLOT_WORD.findall(head)]
    after = [w.lower() for w in _SLOT_WORD.findall(tail)]
    if tail[:2] in ("'s", "’s"):
        after[0:1] = ["'s"]
    return before, after


def _company_acts(before: list[str], after: list[str], lang: str, slot: Slot) -> bool:
    """A bare term opening its clause before a verb of business (a few auxiliaries or adverbs
    between): "长安 unveiled a new sedan", "when 吉利 announced"."""
    if slot.determiner is not None or not (not before or before[-1] in _CLAUSE_OPENERS):
        return False
    for w in after[:3]:
        if w in _BUSINESS_VERBS.get(lang, ()):
            return True
        if w not in _BETWEEN_VERB.get(lang, ()):
            return False
    return False


# Verbs before "at" that do not make "at" a workplace: "looked at 苹果".
_AT_NOT_PLACE = frozenset("""look looks looked looking stare stared staring glance glanced aim aims aimed aiming
laugh laughed point pointed arrive arrived arrives arriving""".split())
_JOIN = frozenset("join joins joined joining".split())
_WORK = frozenset("work works worked working".split())


# A stake in a company, or a company as the object of investing, suing or buying out: "shares of
# 小米", "invested in 理想", "sued 苹果", "les actions de 小米", "Aktien von 小米".
_STAKE_PAIRS = {
    "en": frozenset({("shares", "of"), ("shares", "in"), ("stake", "in"), ("invested", "in"), ("invests", "in"),
                     ("investing", "in"), ("investment", "in"), ("stock", "of"), ("money", "into")}),
    "de": frozenset({("aktien", "von"), ("anteile", "an"), ("beteiligung", "an"), ("investierte", "in"),
                     ("investiert", "in")}),
    "fr": frozenset({("actions", "de"), ("participation", "dans"), ("investi", "dans"), ("investit", "dans")}),
}
_STAKE_VERBS = frozenset("sued sues suing acquired acquires acquire".split())
# Names stand beside names: "Apple and 小米", "小米 or Huawei".
_AND = {"en": "and|or|&|vs\\.?|versus", "de": "und|oder|&", "fr": "et|ou|&"}
_NAME_BEFORE = {lang: re.compile(rf"\S[ \u00a0]+[A-Z]\w[\w'’-]*[ \u00a0]+(?:{conj})[ \u00a0]*$")
                for lang, conj in _AND.items()}
_NAME_AFTER = {lang: re.compile(rf"^[ \u00a0]*(?:{conj})[ \u00a0]+[A-Z]\w") for lang, conj in _AND.items()}


def _beside_a_name(sentence: str, start: int, end: int, lang: str, slot: Slot) -> bool:
    """A bare term joined by "and"/"or" to a capitalised word that does not open the sentence:
    "Apple and 小米 are fighting", "小米 and Huawei"."""
    if slot.determiner is not None or not slot.head or lang not in _AND:
        return False
    return bool(_NAME_BEFORE[lang].search(sentence[max(0, start - 60):start])
                or _NAME_AFTER[lang].match(sentence[end:end + 40]))


def _stake(before: list[str], lang: str, slot: Slot) -> bool:
    """A bare term that is owned, invested in or sued: a company."""
    if slot.determiner is not None or not slot.head or not before:
        return False
    return tuple(before[-2:]) in _STAKE_PAIRS.get(lang, ()) or (lang == "en" and before[-1] in _STAKE_VERBS)


def _works_at(before: list[str], slot: Slot) -> bool:
    """A bare term after "at" (not "looked at"), "joined", or "works for": where people work, a
    company or a place ("engineers at 小米", "she joined 理想 in 2019")."""
    if slot.determiner is not None or not slot.head or not before:
        return False
    if before[-1] in _JOIN:
        return True
    if before[-1] == "for":
        return before[-2:-1] != [] and before[-2] in _WORK
    return before[-1] == "at" and before[-2:-1] != [] and before[-2] not in _AT_NOT_PLACE


def _crop_object(before: list[str], lang: str) -> bool:
    """The term is the object of a verb of growing, harvesting, cooking or eating (its article, a
    possessive or a common adjective between): "grow 小米", "picked their 苹果"."""
    for w in reversed(before[-3:]):
        if w in _CROP_VERBS.get(lang, ()):
            return True
        if w not in _OBJECT_FILLERS:
            return False
    return False


def _goods(before: list[str], lang: str) -> bool:
    """The term is goods traded or grown, after a noun of trade and "of": "exports of 苹果",
    "prices of 韭菜", "le prix de la 韭菜"."""
    words = list(before)
    while words and words[-1] in _ARTICLES and lang != "de":
        words.pop()  # "de la": the article after the preposition
    if len(words) < 2 or words[-1] not in _GOODS_OF.get(lang, ()) or words[-2] not in _GOODS_NOUNS.get(lang, ()):
        return False
    return len(words) < 3 or words[-3] not in _NOT_GOODS


def _adjective_slot(before: list[str], after: list[str], lang: str) -> bool:
    """A degree word right before the term ("very 理想", "far from 理想", "loin d'être 理想"), or a
    copula before it and a preposition of purpose after it ("were 理想 for commuters")."""
    if not before:
        return False
    last = before[-1]
    if last in _DEGREE.get(lang, ()) or tuple(before[-2:]) in _DEGREE_PAIRS.get(lang, ()):
        return True
    if last in _SEEMING.get(lang, ()) or (last in _NEGATION.get(lang, ()) and len(before) > 1
                                          and before[-2] in _COPULA.get(lang, ())):
        return True
    return last in _COPULA.get(lang, ()) and bool(after) and after[0] in _PURPOSE.get(lang, ())


_DE_MODALS = frozenset("""will wollen wollte wollten kann können konnte konnten muss müssen musste mussten soll
sollen sollte sollten möchte möchten darf dürfen""".split())
_FR_PERFECT = frozenset({"a", "ont", "avait", "avaient"})


# Adverbs between a subject and its verb ("users still 联想 the ThinkPad with IBM").
_VERB_ADVERBS = frozenset("still often usually always never also rarely sometimes already increasingly".split())
_EN_SUBJECTS = frozenset("i we they he she you people users consumers".split())
_EN_OBJECT_OPENERS = frozenset("the a an its their his her this these those".split())


def _adverb_then_object(before: list[str], after: list[str]) -> bool:
    """An adverb of the verb right before the term, after a pronoun or a plural noun, and an object
    after it: "Older users still 联想 the ThinkPad with IBM" (a verb, no name)."""
    if len(before) < 2 or before[-1] not in _VERB_ADVERBS or not after or after[0] not in _EN_OBJECT_OPENERS:
        return False
    subject = before[-2]
    return subject in _EN_SUBJECTS or (len(subject) > 3 and subject.endswith("s") and not subject.endswith("ss")
                                       and subject not in _FUNCTION["en"])


def _verb_slot(before: list[str], after: list[str], lang: str) -> bool:
    """A modal right before the term ("would 优化", "veulent 出海"), "to" after a verb that takes an
    infinitive ("trying to 出海", "in order to 出海") or after the object of a verb of asking
    ("invites people to 联想 the brand"); in French the auxiliary of the perfect ("qui a
    落马", not "il y a"); in German the end of a clause that a modal or "um ... zu" opened ("Der
    Konzern will ein Fünftel seiner Mitarbeiter 优化", "um in der Bäckerei zu 打卡"), not after a
    preposition or an article ("will mit 小米")."""
    if not before:
        return False
    last = before[-1]
    if last in _MODALS.get(lang, ()):
        return True
    if lang == "en":
        return last == "to" and len(before) > 1 and (
            before[-2] in _TO_VERBS or before[-2:] == ["order", "to"]
            or any(w in _ADDRESS_VERBS for w in before[-4:-2])) \
            or _adverb_then_object(before, after)  # "invites people to 联想 the brand"
    if lang == "fr":
        return last in _FR_PERFECT and before[-2:-1] != ["y"]
    if lang != "de" or after:
        return False
    if last == "zu":
        return "um" in before
    return last not in _FUNCTION["de"] and any(w in _DE_MODALS for w in before[:-1])


def _signs(sentence: str, start: int, end: int, lang: str, slot: Slot) -> list[frozenset[str]]:
    """The kinds of sense each sign of the slot calls for (see the section's comment)."""
    before, after = _words_around(sentence, start, end)
    signs = []
    if slot.agent or _company_acts(before, after, lang, slot):
        signs.append(frozenset({"org"}))
    if (lang == "en" and (after[:1] == ["'s"] or _works_at(before, slot))) or _beside_a_name(
            sentence, start, end, lang, slot):
        signs.append(frozenset({"org", "name"}))  # "小米's new phone", "engineers at 小米": a name
    if _stake(before, lang, slot):
        signs.append(frozenset({"org"}))  # "shares of 小米", "sued 苹果": a company
    if _crop_object(before, lang) or (slot.head and _goods(before, lang)):
        signs.append(frozenset({"thing"}))
    if _adjective_slot(before, after, lang):
        signs.append(frozenset({"adj"}))
    if _verb_slot(before, after, lang):
        signs.append(frozenset({"verb"}))
    if lang == "en" and slot.determiner is None and (
            after[:1] == ["who"] or (before[-1:] and before[-1] in _ADDRESS_VERBS and after[:1] == ["to"])):
        signs.append(_PERSONAL)  # "韭菜 who bought shares", "ask 豆包 to plan": someone acts
    return signs


def _syntax(candidates, sentence: str, start: int, end: int, lang: str, slot: Slot,
            totals: list[float]) -> tuple[set[int], bool]:
    """The slot as evidence: each sign (see :func:`_signs`) adds :data:`SYNTAX` to every sense of
    a kind it calls for and takes it from every sense of none of them, where it tells senses apart.
    The candidates a sign argued against (never chosen), and whether a sign called for one sense
    alone (only that is evidence for the rule "no evidence, no choice": a sign that leaves two
    senses, "plan to 回购" a verb of buying back shares or of buying a product again, does not say
    which)."""
    kinds = [_kinds(c, lang) for c in candidates]
    against: set[int] = set()
    told = False
    for wanted in _signs(sentence, start, end, lang, slot):
        fits = [bool(k & wanted) for k in kinds]
        if all(fits) or not any(fits):
            continue  # the sign fits every sense (or none): it tells none apart
        told = told or sum(fits) == 1
        for i, ok in enumerate(fits):
            totals[i] += SYNTAX if ok else -SYNTAX
            if not ok:
                against.add(i)
    return against, told


# --- choice -----------------------------------------------------------------------------------

def _grammar_choice(candidates, survivor, found: list[float], slot: Slot):
    """The one sense grammar leaves, unless its negative cues outweigh its cues; or the reading
    rests on a possessive, the survivor has no evidence and a sense it ruled out has some ("his 小米
    with its new camera": "his Xiaomi" is English too); or it rests on "the" before a name (MT
    writes "the" before names it leaves: "The 菜鸟 announced a new warehouse") and a sense it
    ruled out has strong evidence the survivor lacks. "a"/"an", a number or a plural determiner
    before a name settle it."""
    i = candidates.index(survivor)
    others = [found[j] for j in range(len(candidates)) if j != i]
    contested = (slot.determiner == "the" and any(f >= STRONG and f > found[i] for f in others)) \
        or (slot.determiner == "poss" and found[i] <= 0 and any(f > 0 for f in others))
    return survivor if found[i] >= 0 and not contested else None


AGREEMENT = 1.0  # what the number of the verb after a bare term adds to a sense that agrees with it
# Noun kinds a verb of the number cannot follow bare: a name or a mass noun is singular ("Apple
# are" is British usage at most, "millet are" is wrong); a countable singular needs an article
# ("apple is" cannot open a clause) and a plural noun takes a plural verb.
_DISAGREES = {"pl": ("p", "u"), "sg": ("n", "pl")}


def _noun_kinds(c, lang: str) -> set[str]:
    """The kinds of noun a sense has in ``lang`` (English for a language without renderings):
    "n" countable, "u" mass, "pl" plural, "p" name."""
    own = _renderings(c, lang) if lang == "de" else ()
    if not own:
        return {r.pos for r in _renderings(c, "en") if r.pos in ("n", "u", "pl", "p")}
    kinds = set()
    for r in own:
        gender = getattr(r, "gender", None)
        if gender in ("p", "pl"):
            kinds.add(gender)
        elif gender is not None:
            kinds.add("n" if r.plural else "u")
    return kinds


def _agreement(candidates, number: str, totals: list[float], lang: str = "en") -> bool:
    """Subject-verb agreement as evidence ("蚂蚁 have damaged cables": ants, not Ant Group; "苹果
    has cut prices": the company, not a fruit): a sense whose English noun the verb after the
    bare term cannot agree with loses 2 x :data:`AGREEMENT`, one whose noun agrees gains
    :data:`AGREEMENT`; a sense without a noun is left as it is. Whether any sense was told apart."""
    agree: dict[int, bool] = {}
    for i, c in enumerate(candidates):
        kinds = _noun_kinds(c, lang)
        if kinds:
            agree[i] = not kinds <= set(_DISAGREES[number])
    if len(set(agree.values())) < 2:
        return False  # the verb agrees (or disagrees) with every sense: it tells none apart
    for i, ok in agree.items():
        totals[i] += AGREEMENT if ok else -2 * AGREEMENT
    return True


def choose(candidates, sentence: str, start: int, end: int, lang: str = "en"):
    """The candidate (with ``.cues`` and ``.prior``) that grammar leaves alone or that wins by the
    margin, or None; None too when no evidence is near and the table does not show a prior
    holding alone (see the module).

    One candidate wins unless its negative cues bring it to zero or below."""
    if len(candidates) == 1:
        before, after = window_words(sentence, start, end, lang)
        only = candidates[0]
        if not only.cues:
            return only
        return only if score(only.cues, max(only.prior, 1.0), before, after, lang) > 0 else None
    slot = read_slot(sentence, start, end, lang)
    fit = _fitting(candidates, slot, lang)
    if not fit:
        return None
    win = _window(sentence, start, end, lang)
    totals, evidence = _scores(candidates, win, lang)
    if slot.verb_number is not None:
        evidence = _agreement(candidates, slot.verb_number, totals, lang) or evidence
    found = [t - c.prior for t, c in zip(totals, candidates)]  # the evidence of cues, topics, agreement
    against, told = _syntax(candidates, sentence, start, end, lang, slot, totals)
    evidence = evidence or told
    if len(fit) == 1:
        chosen = _grammar_choice(candidates, fit[0], found, slot)
        return None if chosen is not None and candidates.index(chosen) in against else chosen
    if not evidence and not prior_holds_alone(tuple(candidates)):
        return None
    return _by_margin(candidates, fit, totals, found, against)


def _by_margin(candidates, fit, totals: list[float], found: list[float], against: set[int]):
    """The sense of ``fit`` that leads the next by the margin, has a positive score and no sign of
    the slot against it, or None. Strong evidence for another sense (one no sign of the slot
    argued against) is not outweighed by a prior: the evidence itself must lead, by the margin and
    by :data:`MIXED` times the other's (else the sentence speaks of both)."""
    scored = sorted(((totals[candidates.index(c)], candidates.index(c)) for c in fit), reverse=True)
    (best, i), (second, _) = scored[0], scored[1]
    if best <= 0 or best - second < MARGIN or i in against:
        return None
    rival = max((found[k] for _, k in scored[1:] if k not in against), default=0.0)  # grammar ruled those out
    if rival >= STRONG and (found[i] - rival < MARGIN or found[i] < MIXED * rival):
        return None
    return candidates[i]


def locate(forms, sentence: str) -> tuple[int, int] | None:
    """Where one of the term's ``forms`` (the longest first) is in ``sentence``, also when the
    sentence is written in Traditional characters."""
    simplified = None
    for form in sorted(forms, key=len, reverse=True):
        i = sentence.find(form)
        if i < 0:
            if simplified is None:
                simplified = to_simplified(sentence)
            i = simplified.find(form) if len(simplified) == len(sentence) else -1
        if i >= 0:
            return i, i + len(form)
    return None


def example_language(sentence: str) -> str:
    """The language of an example sentence of the table, read from its function words (English
    when they do not tell)."""
    from ..lang import short_text_language

    found = short_text_language(sentence)
    return found if found in ("en", "de", "fr") else "en"


@lru_cache(maxsize=None)
def prior_holds_alone(candidates: tuple) -> bool:
    """The table's evidence that a sense with a prior is the term's sense where no cue is near:
    one of its examples (which must choose it) has no cue of any sense near the term."""
    for c in candidates:
        if c.prior <= 0:
            continue
        for example in c.examples:
            span = locate((c.zh, *c.variants), example)
            lang = example_language(example)
            if span is not None and not _scores(candidates, _window(example, *span, lang), lang)[1]:
                return True
    return False
