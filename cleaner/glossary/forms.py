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
    r vigorously             an adverb
    u valuation +count       a noun both mass and countable: bare ("valuation rose"), after
                             a/an, every, each, another, and in the plural ("two valuations")
    n circuit breaker +hyphen             hyphenated before another noun ("circuit-breaker rule")
    n apple +plural                       plural where the slot leaves the number open ("exports of
                                          apples", "showing his apples rotting")
    n headline +plural after make made hit   plural after these words, "the" or adjectives between
                                          ("made the headlines")
    v break down +person                  a verb whose subject is a person ("they broke down"); with a
                                          thing as subject ("the finale") reported
    v lay off +bare cut jobs              where no object follows the term, the forms after +bare
                                          ("are cutting jobs ahead of ..."; "laid off 300 workers")

German (``de``): ``"<gender> <text>[/<plural>]"`` with gender ``m``, ``f``, ``n``; ``pl`` for a
plural noun, ``p`` for a name. An adjective in the phrase carries ``~`` where its ending goes
("m geschlossen~ Kreislauf/geschlossen~ Kreisläufe"). ``m*`` marks a weak masculine noun (Kunde,
des Kunden). The genitive singular of ``m``/``n`` gets "-s"/"-es" by rule, or the form after a
second slash ("n Außenministerium/Außenministerien/Außenministeriums").

French (``fr``): ``"<gender> <text>[/<plural>]"``, ``m``/``f``, ``pl m``/``pl f`` for plural nouns,
``p`` for a name; ``h`` after the gender marks an aspirated h (no elision: "m h hausse").
A German or French noun marked ``+plural`` is counted in the plural where the slot leaves the
number open ("der Absatz von 新能源车", "les ventes de 新能源车").

German and French verbs, adjectives and adverbs follow the noun in the same string after ";"
("m Stellenabbau; v entlassen/entlässt/entließ/entlassen"), or stand alone:

    v ein|checken                         German verb; "|" after a separable particle (einzuchecken,
                                          eingecheckt, checkte ein); weak forms by rule
    v den Kopf hin|halten/hält/hielt/gehalten   words before the verb, then infinitive/3sg/past/participle
    v zahlungsunfähig werden/wird/wurde/geworden +sein   the perfect with sein
    v entlassen/entlässt/entließ/entlassen +obj   a verb that needs an accusative object (French: a
                                          direct object); in a clause that shows none, reported
    a quelloffen                          German adjective: "ist quelloffen", "ein quelloffenes Modell"
    a spezialisiert und innovativ/spezialisiert~ und innovativ~   where the endings go
    v licencier                           French -er verb: licencié, licencie, licencient by rule
    v mettre/mis/met/mettent en œuvre     infinitive/participle/3sg/3pl, then the words after it
    v se développer à l'étranger          pronominal (perfect with être)
    a chinois                             French adjective: chinoise, chinois, chinoises by rule
    a nouveau/nouvelle/nouveaux/nouvelles   all four forms; "a inv open source" for an invariable one
    r stillschweigend                     an adverb (also English: "r quietly")
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EN_POS = {"n", "u", "pl", "p", "v", "a", "r"}


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
    """Stop -> stopped: a one-syllable word ending consonant-vowel-consonant (not w, x, y), or a
    longer verb stressed on its last syllable (admit, begin, prefer, control)."""
    low = word.lower()
    return (bool(re.fullmatch(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]", low)) and len(word) <= 4) or low in _STRESSED_FINAL


_STRESSED_FINAL = set("""admit commit permit submit omit emit transmit remit acquit begin forget beget regret occur
recur incur concur prefer refer confer defer infer transfer deter control patrol compel expel propel repel dispel
excel equip abet forbid outstrip upset offset reset beset input output embed""".split())


# Irregular verbs: base -> (past, past participle). A verb made of a prefix and one of them
# inflects like it ("repay" -> "repaid", "overtake" -> "overtook").
_IRREGULAR_VERBS = {v.split(":")[0]: tuple(v.split(":")[1].split("/")) for v in """
pay:paid/paid lay:laid/laid say:said/said make:made/made take:took/taken give:gave/given sell:sold/sold buy:bought/bought
build:built/built cut:cut/cut put:put/put set:set/set hit:hit/hit let:let/let shut:shut/shut spread:spread/spread
quit:quit/quit bet:bet/bet cost:cost/cost hurt:hurt/hurt split:split/split burst:burst/burst cast:cast/cast
run:ran/run win:won/won lose:lost/lost hold:held/held keep:kept/kept lead:led/led leave:left/left bring:brought/brought
think:thought/thought tell:told/told find:found/found get:got/got see:saw/seen come:came/come become:became/become
begin:began/begun break:broke/broken choose:chose/chosen drive:drove/driven fall:fell/fallen feel:felt/felt
fight:fought/fought fly:flew/flown forget:forgot/forgotten forgive:forgave/forgiven freeze:froze/frozen grow:grew/grown
hang:hung/hung hide:hid/hidden know:knew/known lend:lent/lent meet:met/met ride:rode/ridden rise:rose/risen
seek:sought/sought send:sent/sent shake:shook/shaken shine:shone/shone shoot:shot/shot sink:sank/sunk speak:spoke/spoken
spend:spent/spent stand:stood/stood steal:stole/stolen stick:stuck/stuck strike:struck/struck swim:swam/swum
teach:taught/taught tear:tore/torn throw:threw/thrown wake:woke/woken wear:wore/worn write:wrote/written
bear:bore/borne beat:beat/beaten bend:bent/bent bind:bound/bound bite:bit/bitten bleed:bled/bled blow:blew/blown
catch:caught/caught deal:dealt/dealt dig:dug/dug draw:drew/drawn eat:ate/eaten feed:fed/fed flee:fled/fled
grind:ground/ground hear:heard/heard leap:leapt/leapt light:lit/lit mean:meant/meant read:read/read ring:rang/rung
seize:seized/seized shed:shed/shed sing:sang/sung sit:sat/sat sleep:slept/slept slide:slid/slid spin:spun/spun
spring:sprang/sprung sting:stung/stung swear:swore/sworn sweep:swept/swept swing:swung/swung weep:wept/wept
wind:wound/wound withdraw:withdrew/withdrawn undergo:underwent/undergone forecast:forecast/forecast
broadcast:broadcast/broadcast upset:upset/upset thrust:thrust/thrust shrink:shrank/shrunk slay:slew/slain
""".split()}
_VERB_PREFIXES = ("re", "over", "under", "out", "mis", "with", "up", "fore", "off", "by")


def _irregular(lower: str) -> tuple[str, str, str] | None:
    """The prefix, past and participle of an irregular verb, also after a prefix ("repay",
    "outsell")."""
    if lower in _IRREGULAR_VERBS:
        return ("", *_IRREGULAR_VERBS[lower])
    for prefix in _VERB_PREFIXES:
        rest = lower[len(prefix):]
        if lower.startswith(prefix) and rest in _IRREGULAR_VERBS and len(rest) > 2:
            past, participle = _IRREGULAR_VERBS[rest]
            return prefix, prefix + past, prefix + participle
    return None


def verb_forms(base: str) -> tuple[str, str, str, str, str]:
    """base, 3rd person singular, past, past participle, -ing of a verb phrase (its first word
    inflects, or the word after an adverb in -ly opening it: "forcibly delist" -> "forcibly
    delisted"); irregular verbs by their table, also after a prefix ("repay" -> "repaid")."""
    first, _, after = base.partition(" ")
    if first.lower().endswith("ly") and after and len(first) > 4:
        inner = verb_forms(after)
        return base, *(first + " " + f for f in inner[1:])  # type: ignore[return-value]
    head, _, rest = base.partition(" ")
    tail = " " + rest if rest else ""
    lower = head.lower()
    third = plural_word(head) if not lower.endswith("o") else head + "es"
    if lower in ("be", "have", "do", "go"):
        raise NotationError(f"give the forms of {head!r} explicitly (base|3rd|past|participle|-ing)")
    past, ing = _regular_past_ing(head)
    participle = past
    irregular = _irregular(lower)
    if irregular is not None:
        prefix, past, participle = irregular
        ing = prefix + _regular_past_ing(head[len(prefix):])[1]  # "rerun" -> "rerunning"
    return base, third + tail, past + tail, participle + tail, ing + tail


def _regular_past_ing(head: str) -> tuple[str, str]:
    lower = head.lower()
    if lower.endswith("ie"):
        return head + "d", head[:-2] + "ying"
    if lower.endswith("e") and not lower.endswith(("ee", "ye", "oe")):
        return head + "d", head[:-1] + "ing"
    if lower.endswith("ee"):
        return head + "d", head + "ing"
    if re.search(r"[^aeiou]y$", lower):
        return head[:-1] + "ied", head + "ing"
    if _double_final(head):
        return head + head[-1] + "ed", head + head[-1] + "ing"
    return head + "ed", head + "ing"


@dataclass(frozen=True)
class EnRendering:
    pos: str  # n u pl p v a
    forms: tuple[str, ...]  # noun: (singular, plural); verb: 5 forms; other: (text,)
    # Noun flags (``+hyphen``, ``+plural``, ``+plural after ...``): the form before another noun
    # is hyphenated ("circuit-breaker rule"); the noun is counted in the plural where the slot
    # leaves the number open ("exports of apples"); the plural after these words, with or
    # without "the" between ("made the headlines").
    hyphen: bool = False
    plural: bool = False
    plural_after: frozenset[str] = frozenset()
    # Verb flag ``+person``: a verb of what a person feels or does ("break down" in tears); with
    # a thing as its subject ("the finale 破防") it would say the thing broke, so it is reported.
    person: bool = False
    # Noun flag ``+count`` on a ``u`` noun: it is countable too ("a valuation of $2 billion",
    # "two valuations"); a ``u`` noun without it is mass only and "a"/"every" before it is reported.
    count: bool = False
    # Verb flag ``+bare <forms>``: the verb's five forms where no object follows the term ("lay
    # off" wants one: "are 裁员 ahead of ..." -> "are cutting jobs", "will 裁员." -> "will cut jobs").
    bare: tuple[str, ...] | None = None

    @property
    def text(self) -> str:
        return self.forms[0]


def _read_flags(text: str, handlers: dict, error) -> tuple[str, dict]:
    """The rendering without its ``+`` flags, and the flags as EnRendering fields: each flag's
    handler takes the words after it and gives (field, value), or None when they are wrong;
    an unknown or wrong flag raises a NotationError saying ``error(flag)``."""
    head, *flags = text.split(" +")
    fields: dict = {}
    for flag in flags:
        word, _, rest = flag.strip().partition(" ")
        handler = handlers.get(word)
        found = handler(rest.strip()) if handler else None
        if found is None:
            raise NotationError(error(flag.strip()))
        fields[found[0]] = found[1]
    return head.strip(), fields


def _plural_flag(rest: str) -> tuple[str, object] | None:
    if not rest:
        return "plural", True
    if rest.startswith("after ") and rest[6:].split():
        return "plural_after", frozenset(w.lower() for w in rest[6:].split())
    return None


def _en_flags(spec: str, text: str) -> tuple[str, dict]:
    """A noun's rendering without its ``+`` flags, and the flags as EnRendering fields."""
    return _read_flags(text, {"hyphen": lambda rest: None if rest else ("hyphen", True), "plural": _plural_flag,
                              "count": lambda rest: None if rest else ("count", True)},
                       lambda flag: f"English rendering {spec!r}: unknown flag '+{flag}' "
                                    "(expected +hyphen, +plural, +plural after <words> or +count)")


def _en_verb_forms(spec: str, text: str) -> tuple[str, ...]:
    parts = [p.strip() for p in text.strip().split("|")]
    if len(parts) == 1:
        return verb_forms(parts[0])
    if len(parts) != 5 or not all(parts):
        raise NotationError(f"verb {spec!r}: give one base form or five forms base|3rd|past|participle|-ing")
    return tuple(parts)


def parse_en(spec: str) -> EnRendering:
    pos, _, text = spec.strip().partition(" ")
    text = text.strip()
    if pos not in EN_POS or not text:
        raise NotationError(f"English rendering {spec!r}: expected '<pos> <text>' with pos one of {sorted(EN_POS)}")
    if pos in ("n", "u"):
        text, fields = _en_flags(spec, text)
        if fields.get("count") and pos != "u":
            raise NotationError(f"English rendering {spec!r}: +count is for a mass noun (u) that is countable too")
        if fields.get("hyphen") and len(text.partition("/")[0].split()) < 2:
            raise NotationError(f"English rendering {spec!r}: +hyphen is for a noun of several words")
        sg, _, pl = text.partition("/")
        return EnRendering(pos, (sg.strip(), pl.strip() or plural_phrase(sg.strip())), **fields)
    if pos == "v":
        head, fields = _read_flags(
            text, {"person": lambda rest: None if rest else ("person", True),
                   "bare": lambda rest: ("bare", _en_verb_forms(spec, rest)) if rest else None},
            lambda flag: f"English verb {spec!r}: unknown flag '+{flag}' (expected +person or +bare <forms>)")
        return EnRendering(pos, _en_verb_forms(spec, head), **fields)
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
    also: tuple = ()  # the verb, adjective or adverb of the same concept
    # ``+plural``: counted in the plural where the slot leaves the number open ("der Absatz von
    # 新能源车" -> "von Elektroautos").
    counted: bool = False
    # The feminine of a masculine noun for a person ("Influencer" -> "Influencerin"), set when
    # the concept's English noun names a person (see :func:`de_feminine`).
    feminine: "DeRendering | None" = None

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


# Masculine nouns for people whose feminine adds -in: "Influencer", "Investor", "Journalist",
# "Student", "Lieferant", "Ingenieur", "Kurier", "Funktionär"; weak nouns in -e drop it ("Kunde").
_DE_PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ent|ant|eur|ier|är|e)$")


def de_feminine(r: DeRendering) -> DeRendering | None:
    """The feminine of a masculine German noun for a person, its head given -in (plural -innen):
    "Influencer" -> "Influencerin", "Kunde" -> "Kundin". None for a phrase whose head is not such
    a word, for a noun with an umlaut in the feminine ("Arzt") or a plain -e noun that is not weak."""
    if r.gender != "m" or " und " in r.singular:
        return None
    words = r.singular.split(" ")
    i = _head_index(words)
    if i is None or i != len(words) - 1 or not _DE_PERSON_SUFFIX.search(words[i]) or "~" in words[i]:
        return None
    head = words[i]
    if head.endswith("e"):
        if not r.weak:
            return None
        head = head[:-1]
    singular = " ".join(words[:i] + [head + "in"])
    plural = " ".join(words[:i] + [head + "innen"])
    return DeRendering("f", singular, plural, None)


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


def _parse_de_noun(spec: str) -> DeRendering:
    spec, counted = _strip_flag(spec.strip(), " +plural")
    head, _, text = spec.partition(" ")
    weak = head == "m*"
    gender = "m" if weak else head
    if gender not in ("m", "f", "n", "pl", "p") or not text.strip():
        raise NotationError(f"German rendering {spec!r}: expected '<m|f|n|m*|pl|p> <text>[/<plural>[/<genitive>]]'")
    parts = [p.strip() for p in text.split("/")]
    if len(parts) > 3 or not all(parts):
        raise NotationError(f"German rendering {spec!r}: at most text/plural/genitive")
    if "*" in text:
        raise NotationError(f"German rendering {spec!r}: a weak masculine noun is marked 'm*' before it, "
                            "not '*' in the word")
    if gender in ("p", "pl") and len(parts) > 1:
        raise NotationError(f"German rendering {spec!r}: a name or plural noun has one form")
    if counted and len(parts) < 2:
        raise NotationError(f"German rendering {spec!r}: +plural is for a noun with its plural")
    return DeRendering(gender, parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None, weak,
                       counted=counted)


# -- French ----------------------------------------------------------------------------------
_VOWEL = re.compile(r"[aeiouyàâäéèêëîïôöûüœæAEIOUYÀÂÉÈÊÎÔÛŒÆ]")


@dataclass(frozen=True)
class FrRendering:
    gender: str  # m f p
    singular: str
    plural: str | None
    plural_only: bool = False
    aspirated: bool = False
    also: tuple = ()  # the verb, adjective or adverb of the same concept
    # ``+plural``: counted in the plural where the slot leaves the number open ("les ventes de
    # 新能源车" -> "véhicules").
    counted: bool = False
    # Not counted: the concept's English noun is mass or abstract (``u``), so after a word of
    # quantity the French noun stays singular ("plus de trafic", not "plus de trafics").
    mass: bool = False
    # The feminine of a masculine noun for a person ("influenceur" -> "influenceuse"), set when
    # the concept's English noun names a person (see :func:`fr_feminine`).
    feminine: "FrRendering | None" = None

    @property
    def text(self) -> str:
        return self.singular

    @property
    def elides(self) -> bool:
        first = self.singular[:1]
        if first in "yY" and _VOWEL.match(self.singular[1:2]):
            return False  # a y before a vowel is a consonant: "le yuan", "le yoga"
        return bool(_VOWEL.match(first)) or (first in "hH" and not self.aspirated)


# The feminine of French nouns for people by their ending, longest first: "fondateur" ->
# "fondatrice", "influenceur" -> "influenceuse", "chanteur" -> "chanteuse" (-teur after a vowel
# other than a, c, i, u keeps -teuse), "pharmacien" -> "pharmacienne", "ouvrier" -> "ouvrière",
# "étudiant" -> "étudiante"; nouns in -e and -iste are both genders ("journaliste").
_FR_FEMININE_ENDINGS = (("ateur", "atrice"), ("cteur", "ctrice"), ("iteur", "itrice"), ("uteur", "utrice"),
                        ("eur", "euse"), ("ien", "ienne"), ("ier", "ière"), ("ant", "ante"), ("ent", "ente"),
                        ("ais", "aise"), ("ois", "oise"), ("on", "onne"), ("el", "elle"), ("in", "ine"),
                        ("e", "e"))


def fr_feminine(r: FrRendering) -> FrRendering | None:
    """The feminine of a masculine French noun for a person, or None when its head (the first
    word) has no ending of :data:`_FR_FEMININE_ENDINGS`."""
    if r.gender != "m" or r.plural_only:
        return None
    words = r.singular.split(" ")
    head = words[0]
    for ending, feminine in _FR_FEMININE_ENDINGS:
        if head.endswith(ending) and len(head) > len(ending) + 2:
            singular = " ".join([head[:-len(ending)] + feminine] + words[1:])
            plural_head = head[:-len(ending)] + feminine + ("s" if not feminine.endswith("s") else "")
            plural = " ".join([plural_head] + words[1:]) if r.plural is not None else None
            return FrRendering("f", singular, plural)
    return None


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


def _parse_fr_noun(spec: str) -> FrRendering:
    spec, counted = _strip_flag(spec.strip(), " +plural")
    tokens = spec.split(" ")
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
    if counted and (gender == "p" or plural_only):
        raise NotationError(f"French rendering {spec!r}: +plural is for a noun with a singular and a plural")
    if gender == "p":
        return FrRendering("p", sg, None)
    if plural_only:
        return FrRendering(gender, sg, sg, True, aspirated)
    return FrRendering(gender, sg, pl or _fr_plural(sg), False, aspirated, counted=counted)


# -- Verbs, adjectives and adverbs in German and French ----------------------------------------
# One string per concept and language: the noun (if any) first, then, after ";", the verb,
# adjective or adverb ("m Stellenabbau; v entlassen/entlässt/entließ/entlassen"). The first
# rendering is what the concept table holds; the others are in its ``also``.
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Adverb:
    """An adverb (``r quietly``, ``r stillschweigend``, ``r discrètement``): invariable."""
    word: str
    also: tuple = ()
    gender: str = "r"  # the kind, where nouns keep their gender

    @property
    def text(self) -> str:
        return self.word


_DE_INSEPARABLE = re.compile(r"(?:be|ge|er|ver|zer|ent|emp|miss)")
# Stems that begin like an inseparable prefix without one: (nach)bessern -> nachgebessert.
_DE_NOT_PREFIXED = re.compile(r"(?:besser|bett|ernt|erb|geig|gerb)$")
# Prefixes that may be separable: a verb written with one and without "|" or its forms is an error
# (umsetzen is um|setzen, umgesetzt; übersetzen is inseparable, übersetzt).
_DE_SEPARABLE = re.compile(r"(?:ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|"
                           r"um|durch|über|unter|wieder|statt|dar|voran|vorbei|weiter|hoch)")


@dataclass(frozen=True)
class DeVerb:
    """A German verb: ``complement`` (words before it: "ins Ausland"), ``particle`` of a separable
    verb ("ein" of ein|checken), the forms of the verb without its particle (infinitive, 3rd
    person singular present, 3rd person singular past, past participle) and its auxiliary."""
    complement: str
    particle: str
    infinitive: str
    third: str
    past: str
    participle: str
    auxiliary: str  # haben or sein
    also: tuple = ()
    gender: str = "v"
    # ``+obj``: the verb needs an accusative object ("entlassen"); a form standing in a clause
    # that shows none ("hat nicht 裁员") is reported.
    transitive: bool = False

    @property
    def text(self) -> str:
        return self.phrase(self.particle + self.infinitive)

    def phrase(self, verb: str) -> str:
        return f"{self.complement} {verb}" if self.complement else verb

    @property
    def simple(self) -> bool:
        """One word in every form: a finite form may stand anywhere in a main clause."""
        return not self.complement and not self.particle

    def zu_infinitive(self) -> str:
        if self.particle:
            return self.phrase(self.particle + "zu" + self.infinitive)
        return self.phrase("zu " + self.infinitive)

    def past_participle(self) -> str:
        return self.phrase(self.particle + self.participle)

    def finite(self, tense: str, plural: bool) -> str:
        """The 3rd person form, present or past, singular or plural (without its particle)."""
        if tense == "present":
            return ("sind" if self.infinitive == "sein" else self.infinitive) if plural else self.third
        if not plural:
            return self.past
        return self.past + ("n" if self.past.endswith("e") else "en")

    def subordinate(self, tense: str, plural: bool) -> str:
        """The finite verb at the end of a subordinate clause: particle joined, complement before."""
        return self.phrase(self.particle + self.finite(tense, plural))

    def main_clause(self, tense: str, plural: bool) -> str:
        """The finite verb second in a main clause with nothing after it: the complement and the
        particle follow ("checkte ein", "expandierte ins Ausland")."""
        return " ".join(w for w in (self.finite(tense, plural), self.complement, self.particle) if w)


def _de_weak_forms(infinitive: str) -> tuple[str, str, str]:
    """3rd singular present, past and participle of a regular (weak) German verb."""
    if infinitive.endswith(("eln", "ern")):
        stem = infinitive[:-1]
    elif infinitive.endswith("en"):
        stem = infinitive[:-2]
    else:
        raise NotationError(f"German verb {infinitive!r}: give its forms (infinitive/3sg/past/participle)")
    e = "e" if re.search(r"(?:[td]|[^lrmnh][mn])$", stem) else ""
    third, past = stem + e + "t", stem + e + "te"
    inseparable = _DE_INSEPARABLE.match(stem) and len(stem) > 4 and not _DE_NOT_PREFIXED.match(stem)
    ge = "" if infinitive.endswith("ieren") or inseparable else "ge"
    return third, past, ge + stem + e + "t"


def _parse_de_verb(text: str) -> DeVerb:
    """``[complement ]<particle|>infinitive[/3sg/past/participle][ +obj][ +sein]``."""
    aux = "haben"
    text, transitive = _object_flag(text)
    if text.endswith(" +sein"):
        aux, text = "sein", text[:-len(" +sein")].strip()
    head, slash, forms = text.partition("/")
    words = head.split(" ")
    verb = words[-1]
    complement = " ".join(words[:-1])
    particle, bar, infinitive = verb.rpartition("|")
    if bar and not particle or not infinitive.islower() or "|" in particle:
        raise NotationError(f"German verb {text!r}: expected '[complement ]<particle|>infinitive[/3sg/past/participle]'")
    if not slash and not bar and _DE_SEPARABLE.match(infinitive) and not infinitive.endswith("ieren"):
        raise NotationError(f"German verb {text!r}: mark a separable particle ('ab|bauen') or, for an inseparable "
                            "verb, give its forms (infinitive/3sg/past/participle)")
    if slash:
        parts = [p.strip() for p in forms.split("/")]
        if len(parts) != 3 or not all(parts):
            raise NotationError(f"German verb {text!r}: give three forms after the infinitive: 3sg/past/participle")
        third, past, participle = parts
    else:
        third, past, participle = _de_weak_forms(infinitive)
    return DeVerb(complement, particle, infinitive, third, past, participle, aux, transitive=transitive)


def _object_flag(text: str) -> tuple[str, bool]:
    """A German or French verb's rendering without its ``+obj`` flag, and whether it had one."""
    return _strip_flag(text, " +obj")


def _strip_flag(text: str, flag: str) -> tuple[str, bool]:
    """``text`` without the word ``flag`` (" +obj", " +plural"), and whether it was there."""
    head, found, rest = text.partition(flag)
    if not found or rest[:1] not in ("", " "):
        return text, False
    return (head + rest).strip(), True


@dataclass(frozen=True)
class DeAdjective:
    """A German adjective: ``predicative`` (bare: "ist quelloffen") and ``attributive`` with "~"
    where the declension ending goes ("quelloffen~", "spezialisiert~ und innovativ~")."""
    predicative: str
    attributive: str
    also: tuple = ()
    gender: str = "a"

    @property
    def text(self) -> str:
        return self.predicative

    def declined(self, declension: str, case: str, gn: str) -> str:
        """Before a noun of ``gn`` (m, f, n or pl) in ``case`` after a determiner of ``declension``."""
        if gn == "pl":
            ending = adjective_ending("strong", case, "pl") if declension == "strong" else "en"
        else:
            ending = adjective_ending(declension, case, gn)
        return self.attributive.replace("~", ending)


def _parse_de_adjective(text: str) -> DeAdjective:
    """``<predicative>[/<attributive with ~>]``; by default the ending goes after the last word
    (in place of its final e)."""
    pred, slash, attr = (p.strip() for p in text.partition("/"))
    if "~" in pred or (slash and "~" not in attr) or not pred:
        raise NotationError(f"German adjective {text!r}: expected '<predicative>[/<attributive with ~>]'")
    if not slash:  # "solide" -> "solides": the ending replaces a final e
        attr = (pred[:-1] if pred.endswith("e") else pred) + "~"
    return DeAdjective(pred, attr)


def _split_parts(spec: str) -> list[str]:
    parts = [p.strip() for p in spec.split(";")]
    if not all(parts):
        raise NotationError(f"rendering {spec!r}: an empty part between ';'")
    return parts


def _check_kinds(spec: str, parsed: list) -> None:
    kinds = [getattr(r, "gender", "") if isinstance(r, (Adverb, DeVerb, DeAdjective, FrVerb, FrAdjective)) else "noun"
             for r in parsed]
    if len(set(kinds)) != len(kinds):
        raise NotationError(f"rendering {spec!r}: one rendering per part of speech")
    if "noun" in kinds[1:]:
        raise NotationError(f"rendering {spec!r}: the noun comes first")
    for r in parsed:
        if _HAN.search(r.text):
            raise NotationError(f"rendering {spec!r}: Han characters in a rendering")


def _with_also(parsed: list):
    first = parsed[0]
    if len(parsed) == 1:
        return first
    from dataclasses import replace
    return replace(first, also=tuple(parsed[1:]))


def _parse_de_part(spec: str):
    kind, _, text = spec.partition(" ")
    text = text.strip()
    if kind == "v" and text:
        return _parse_de_verb(text)
    if kind == "a" and text:
        return _parse_de_adjective(text)
    if kind == "r" and text:
        return Adverb(text)
    return _parse_de_noun(spec)


def _parse_fr_part(spec: str):
    kind, _, text = spec.partition(" ")
    text = text.strip()
    if kind == "v" and text:
        return _parse_fr_verb(text)
    if kind == "a" and text:
        return _parse_fr_adjective(text)
    if kind == "r" and text:
        return Adverb(text)
    return _parse_fr_noun(spec)


def parse_de(spec: str):
    """A German rendering: a noun (:class:`DeRendering`), a verb, adjective or adverb, or several
    of them separated by ";" (the first holds the others in ``also``)."""
    parsed = [_parse_de_part(p) for p in _split_parts(spec)]
    _check_kinds(spec, parsed)
    return _with_also(parsed)


def parse_fr(spec: str):
    """A French rendering: a noun (:class:`FrRendering`), a verb, adjective or adverb, or several
    of them separated by ";" (the first holds the others in ``also``)."""
    parsed = [_parse_fr_part(p) for p in _split_parts(spec)]
    _check_kinds(spec, parsed)
    return _with_also(parsed)


def parts_of(rendering) -> list:
    """A German or French rendering and the ones it holds for other parts of speech."""
    return [rendering, *getattr(rendering, "also", ())]


# Verbs whose subjunctive is not built on the stem of their third person plural.
_FR_SUBJ_IRREGULAR = ("être", "avoir", "aller", "faire", "pouvoir", "savoir", "vouloir", "valoir", "falloir")


# French
@dataclass(frozen=True)
class FrVerb:
    """A French verb: ``pronominal`` ("se développer"), the head verb's infinitive, past
    participle (masculine singular), present 3rd person singular and plural, the words after it
    ("mettre en œuvre") and its auxiliary (avoir, or être for pronominal verbs and verbs of motion)."""
    pronominal: bool
    infinitive: str
    participle: str
    third: str
    third_plural: str
    complement: str
    auxiliary: str
    also: tuple = ()
    gender: str = "v"
    # ``+obj``: the verb needs a direct object ("garantir"); with none after it, it is reported.
    transitive: bool = False

    @property
    def text(self) -> str:
        return self.infinitive_phrase()

    def _phrase(self, verb: str, pronoun: bool = True) -> str:
        if self.pronominal and pronoun:
            verb = ("s'" if _VOWEL.match(verb) or verb[:1] in "hH" else "se ") + verb
        return f"{verb} {self.complement}" if self.complement else verb

    def infinitive_phrase(self) -> str:
        return self._phrase(self.infinitive)

    def participle_phrase(self, gender: str = "m", plural: bool = False) -> str:
        """The past participle agreeing in ``gender`` and number (with être or a passive), without
        the pronoun of a pronominal verb."""
        p = self.participle
        if gender == "f":
            p = p + "e" if not p.endswith("e") else p
        if plural:
            p = p if p.endswith(("s", "x")) and gender == "m" else p + "s"
        return self._phrase(p, pronoun=False)

    def present(self, plural: bool) -> str:
        return self._phrase(self.third_plural if plural else self.third)

    def subjunctive(self, plural: bool) -> str | None:
        """The present subjunctive, third person: built on the stem of the third person plural
        (soutiennent -> soutienne, licencient -> licencie); None for a verb that forms it
        otherwise (faire -> fasse, pouvoir -> puisse ...)."""
        if self.infinitive.endswith(_FR_SUBJ_IRREGULAR) or not self.third_plural.endswith("ent"):
            return None
        return self._phrase(self.third_plural if plural else self.third_plural[:-3] + "e")

    @property
    def elides(self) -> bool:
        """An infinitive that takes "d'" after "de"."""
        first = self.infinitive_phrase()[:1]
        return bool(_VOWEL.match(first)) or first in "hH"


def _parse_fr_verb(text: str) -> FrVerb:
    """``[se ]<infinitive>[/<participle>/<3sg>/<3pl>][ complement][ +obj][ +être]``."""
    aux = "avoir"
    text, transitive = _object_flag(text)
    if text.endswith(" +être"):
        aux, text = "être", text[:-len(" +être")].strip()
    pronominal = text.startswith(("se ", "s'", "s’"))
    if pronominal:
        text = text[3:] if text.startswith("se ") else text[2:]
        aux = "être"
    head, _, complement = text.partition(" ")
    forms = head.split("/")
    infinitive = forms[0]
    if not re.fullmatch(r"[a-zàâäéèêëîïôöûüçœ-]+(?:er|ir|re|oir)", infinitive) or len(forms) not in (1, 4) \
            or not all(forms):
        raise NotationError(f"French verb {text!r}: expected '[se ]<infinitive>[/participle/3sg/3pl][ complement]'")
    if len(forms) == 4:
        participle, third, third_plural = forms[1:]
    elif infinitive.endswith("er") and infinitive not in ("aller", "envoyer", "renvoyer"):
        stem = infinitive[:-2]
        participle, third, third_plural = stem + "é", stem + "e", stem + "ent"
    else:
        raise NotationError(f"French verb {infinitive!r}: only regular -er verbs have forms by rule; "
                            "give infinitive/participle/3sg/3pl")
    return FrVerb(pronominal, infinitive, participle, third, third_plural, complement.strip(), aux,
                  transitive=transitive)


@dataclass(frozen=True)
class FrAdjective:
    """A French adjective in its four forms: masculine and feminine singular, masculine and
    feminine plural (equal for an invariable one such as "open source")."""
    forms: tuple[str, str, str, str]
    also: tuple = ()
    gender: str = "a"

    @property
    def text(self) -> str:
        return self.forms[0]

    def form(self, gender: str, plural: bool) -> str:
        return self.forms[(2 if plural else 0) + (1 if gender == "f" else 0)]

    @property
    def variable(self) -> tuple[bool, bool]:
        """Whether the form depends on the gender (singular, plural)."""
        return self.forms[0] != self.forms[1], self.forms[2] != self.forms[3]


_FR_FEMININE = (("eux", "euse"), ("if", "ive"), ("el", "elle"), ("en", "enne"), ("on", "onne"), ("er", "ère"),
                ("et", "ette"), ("eau", "elle"))


def _fr_feminine(word: str) -> str:
    if word.endswith("e"):
        return word
    for m, f in _FR_FEMININE:
        if word.endswith(m):
            return word[:-len(m)] + f
    return word + "e"


def _fr_adjective_plural(word: str, feminine: bool) -> str:
    if feminine:
        return word + "s"
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("eau"):
        return word + "x"
    if word.endswith("al"):
        return word[:-2] + "aux"
    return word + "s"


def _parse_fr_adjective(text: str) -> FrAdjective:
    """``[inv ]<m sg>[/<f sg>/<m pl>/<f pl>]``: forms by rule for one word, given for a phrase;
    ``inv`` for an invariable one."""
    if text.startswith("inv "):
        word = text[4:].strip()
        if not word or "/" in word:
            raise NotationError(f"French adjective {text!r}: an invariable adjective has one form")
        return FrAdjective((word,) * 4)
    forms = [f.strip() for f in text.split("/")]
    if len(forms) == 4 and all(forms):
        return FrAdjective(tuple(forms))
    if len(forms) != 1 or " " in text:
        raise NotationError(f"French adjective {text!r}: give all four forms (m sg/f sg/m pl/f pl) of a phrase, "
                            "or 'inv' for an invariable one")
    f = _fr_feminine(text)
    return FrAdjective((text, f, _fr_adjective_plural(text, False), _fr_adjective_plural(f, True)))
