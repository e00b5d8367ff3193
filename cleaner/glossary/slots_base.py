"""What the slot readers share: the :class:`Choice` and :class:`Unclear` they return, the words
around a term, and the English word lists and German determiner tables that
:mod:`.slots` and :mod:`.slots_words` both read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..unicode import HAN


@dataclass(frozen=True)
class Choice:
    start: int  # where the replacement starts (before the term when an article is fixed)
    text: str   # the replacement for text[start:term_end], without spacing
    form: str   # which form was chosen, for the reason
    # Where the replaced text ends when it reaches past the term: a German separable verb second
    # in a main clause takes the words up to the clause end with its particle after them.
    end: int | None = None


@dataclass(frozen=True)
class Unclear:
    reason: str


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\d[\d,.]*")
_CJK = re.compile(f"[{HAN}]")
_LOOK = 80


def _before(text: str, start: int) -> list[str]:
    """Words before ``start`` on the same line and in the same clause-ish stretch, nearest last."""
    lo = max(0, start - _LOOK)
    chunk = text[lo:start]
    cut = max(chunk.rfind("\n"), chunk.rfind("\r"))
    chunk = chunk[cut + 1:]
    # A sentence break ends the look-back.
    m = None
    for m in re.finditer(r"[.!?。！？;:]\s", chunk):
        pass
    if m is not None:
        chunk = chunk[m.end():]
    return [w for w in _WORD.findall(chunk) if not _CJK.search(w)]


def _after(text: str, end: int) -> list[str]:
    chunk = text[end:end + _LOOK]
    stop = re.search(r"[\r\n.!?;:,。！？]", chunk)
    if stop and stop.start() == 0:
        return []
    return [w for w in _WORD.findall(chunk[:stop.start()] if stop else chunk) if not _CJK.search(w)][:3]


def _next_is_punct_or_end(text: str, end: int) -> bool:
    rest = text[end:end + 3].lstrip(" ")
    return not rest or rest[0] in ".,;:!?)]\"”’\r\n"


# -- English ---------------------------------------------------------------------------------
_MODALS = set("can could will would shall should may might must cannot can't won't wouldn't couldn't shouldn't "
              "mustn't do does did don't doesn't didn't let's please".split())
_INF_TRIGGERS = set("""race races raced racing hurry hurries hurried hurrying vie vies vied vying
want wants wanted wanting plan plans planned planning aim aims aimed aiming begin begins began
begun beginning start starts started starting try tries tried trying need needs needed hope hopes hoped seek seeks
sought continue continues continued decide decides decided fail fails failed manage manages managed able unable
going used expect expects expected intend intends intended refuse refuses refused agree agrees agreed promise
promises promised struggle struggles struggled rush rushed how order chose choose chooses helped help helps
ready trying attempt attempts attempted vowed vows pledged pledges set sets likely unlikely eager keen ought
allowed allow allows forced force forces asked ask urged urge encouraged encourage enabled enable enables
began moved move moves rushed scramble scrambled scrambling hard easier easy difficult wish wishes wished
wanting planning aiming hoping seeking choosing deciding failing managing expecting intending refusing agreeing
promising struggling rushing helping attempting told asked urged ordered required pressured pushed expected allowed
encouraged forced invited tasked instructed needing preparing prepared prepare prepares threaten threatens threatened
threatening vow vowing pledge pledging opt opts opted opting dare dares dared afford affords
afforded learn learns learned learnt decline declines declined strive strives strove striving hesitate hesitates
hesitated resolve resolved proceed proceeds proceeded seem seems seemed""".split())
_GERUND_TRIGGERS = set("""keep keeps kept keeping stop stops stopped avoid avoids avoided consider considers considered
finish finishes finished enjoy enjoys enjoyed risk risks risked quit quits resist resisted mind""".split())
_NOT_ADVERBS = set("early daily weekly monthly yearly quarterly likely unlikely family supply apply reply italy only".split())
_DEGREE = set("very extremely so too quite rather fairly highly increasingly less least somewhat really".split())
_HAVE = {"has", "have", "had", "'ve", "having", "’ve"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "am", "'re", "’re"}
_ADVERBS = set("not never already also just still further even yet now all both recently successfully finally "
               "quickly truly really fully largely gradually rapidly n't then first simply eventually repeatedly "
               "reportedly allegedly publicly openly quietly secretly actively officially formally jointly initially "
               "previously subsequently immediately suddenly usually typically generally mostly mainly partly "
               "deliberately effectively essentially collectively independently voluntarily aggressively".split())
_SG_DET = set("a an one each every this that another either neither".split())
_PL_DET = set("""these those many several few fewer both various multiple numerous two three four five six seven
eight nine ten eleven twelve twenty thirty dozens hundreds thousands millions billions hundred thousand million
billion trillion dozen""".split())
_ANY_DET = set("the its their his her our my your some any no all more most such whose what which same".split())
_PREPS = set("""of in on at for with from by about into onto over under between among against through toward
towards across via within without like as than per around behind beyond upon during amid despite along alongside
throughout beside beneath underneath amongst amidst unlike""".split())
# Prepositions in -ing ("will be suspended pending an announcement", "was fined according to ..."):
# never the verb or noun a term before them modifies.
_ING_PREPS = set("pending following including according regarding concerning excluding barring notwithstanding".split())
_PREPS |= _ING_PREPS
_SUBJECT_PRONOUNS = {"i", "we", "they", "he", "she", "you"}
# Units and containers before what they measure ("zehn Tonnen Äpfel", "dix tonnes de pommes"):
# a thing, counted in the plural, never a name.
DE_UNITS = frozenset("""tonnen tonne kilo kilogramm gramm pfund zentner kisten kiste säcke sack körbe korb schalen
schale liter flaschen""".split())
FR_UNITS = frozenset("""tonnes tonne kilos kilo kilogrammes grammes livres caisses caisse sacs sac paniers panier
cageots cageot litres""".split())
_IRREGULAR_PAST = set("""bought sold said made took won lost beat rose fell grew cut set put hit led left went came became
began held kept paid spent sent built brought thought told found gave got saw ran met felt stood drove wrote chose broke
spoke fought sought caught taught shut quit let bet spread struck swung sank shrank drew flew threw knew wore froze
overtook undertook overcame oversaw underwent upheld withheld withdrew overthrew overran outran outgrew outsold
foresaw forgot forgave understood withstood mistook heard meant dealt fled slid stuck hung slept swept stole swore tore
woke sprang sang rang rode dug spun shone hurt burst upset shed thrust
did had was were""".split())
# Irregular pasts that are also base forms (and often nouns): "cut", "set", "hit"; no sure sign of
# a finite verb in the past.
_PAST_SAME_AS_BASE = set("set put cut hit let quit bet shut spread read hurt upset thrust burst shed".split())
_CLAUSE = set("""before after since until unless whether though although while once twice again because during last next ago
today yesterday tomorrow this year years month months week weeks day days quarter quarters alone too again instead
itself themselves ahead regardless abroad apart aside together nationwide worldwide anyway rather ever almost
nearly soon elsewhere altogether""".split())
_FUNCTION = (_CLAUSE | _MODALS | _HAVE | _BE | _SG_DET | _PL_DET | _ANY_DET | _PREPS | _ADVERBS
             | set("to and or but that which who whom whose while when where if because so it they we he she i you "
                   "them us him me there here is said says".split()))


# -- German determiners ---------------------------------------------------------------------
# determiner -> ((case, gender|pl), declension) readings
def _der_word(stem: str) -> dict[str, list[tuple[str, str]]]:
    return {stem + "er": [("nom", "m"), ("gen", "f"), ("dat", "f"), ("gen", "pl")],
            stem + "e": [("nom", "f"), ("acc", "f"), ("nom", "pl"), ("acc", "pl")],
            stem + "es": [("nom", "n"), ("acc", "n"), ("gen", "m"), ("gen", "n")],
            stem + "en": [("acc", "m"), ("dat", "pl")],
            stem + "em": [("dat", "m"), ("dat", "n")]}


def _ein_word(stem: str, plural: bool) -> dict[str, list[tuple[str, str]]]:
    out = {stem: [("nom", "m"), ("nom", "n"), ("acc", "n")],
           stem + "e": [("nom", "f"), ("acc", "f")] + ([("nom", "pl"), ("acc", "pl")] if plural else []),
           stem + "en": [("acc", "m")] + ([("dat", "pl")] if plural else []),
           stem + "em": [("dat", "m"), ("dat", "n")],
           stem + "er": [("gen", "f"), ("dat", "f")] + ([("gen", "pl")] if plural else []),
           stem + "es": [("gen", "m"), ("gen", "n")]}
    return out


_DE_DET: dict[str, tuple[list[tuple[str, str]], str]] = {}
for _w, _r in {"der": [("nom", "m"), ("gen", "f"), ("dat", "f"), ("gen", "pl")],
               "die": [("nom", "f"), ("acc", "f"), ("nom", "pl"), ("acc", "pl")],
               "das": [("nom", "n"), ("acc", "n")], "den": [("acc", "m"), ("dat", "pl")],
               "dem": [("dat", "m"), ("dat", "n")], "des": [("gen", "m"), ("gen", "n")],
               "im": [("dat", "m"), ("dat", "n")], "am": [("dat", "m"), ("dat", "n")],
               "beim": [("dat", "m"), ("dat", "n")], "vom": [("dat", "m"), ("dat", "n")],
               "zum": [("dat", "m"), ("dat", "n")], "zur": [("dat", "f")], "ins": [("acc", "n")],
               "ans": [("acc", "n")], "aufs": [("acc", "n")]}.items():
    _DE_DET[_w] = (_r, "weak")
# derselbe, dieselbe, dasselbe ...: the article's readings, the weak declension after it.
for _w, _r in {"derselbe": [("nom", "m")], "dieselbe": [("nom", "f"), ("acc", "f")],
               "dasselbe": [("nom", "n"), ("acc", "n")], "denselben": [("acc", "m"), ("dat", "pl")],
               "demselben": [("dat", "m"), ("dat", "n")], "desselben": [("gen", "m"), ("gen", "n")],
               "derselben": [("gen", "f"), ("dat", "f"), ("gen", "pl")],
               "dieselben": [("nom", "pl"), ("acc", "pl")]}.items():
    _DE_DET[_w] = (_r, "weak")
for _stem in ("dies", "jen", "jed", "welch", "manch", "solch"):
    for _w, _r in _der_word(_stem).items():
        _DE_DET[_w] = (_r, "weak")
for _stem, _pl in (("ein", False), ("kein", True), ("mein", True), ("dein", True), ("sein", True), ("ihr", True),
                   ("unser", True), ("eur", True)):
    for _w, _r in _ein_word(_stem, _pl).items():
        _DE_DET[_w] = (_r, "mixed")
_DE_DEF = {("nom", "m"): "der", ("acc", "m"): "den", ("dat", "m"): "dem", ("gen", "m"): "des",
           ("nom", "f"): "die", ("acc", "f"): "die", ("dat", "f"): "der", ("gen", "f"): "der",
           ("nom", "n"): "das", ("acc", "n"): "das", ("dat", "n"): "dem", ("gen", "n"): "des"}
_DE_INDEF = {("nom", "m"): "ein", ("acc", "m"): "einen", ("dat", "m"): "einem", ("gen", "m"): "eines",
             ("nom", "f"): "eine", ("acc", "f"): "eine", ("dat", "f"): "einer", ("gen", "f"): "einer",
             ("nom", "n"): "ein", ("acc", "n"): "ein", ("dat", "n"): "einem", ("gen", "n"): "eines"}
_DE_PREP = {**{p: "dat" for p in "mit von aus bei nach seit zu gegenüber samt nebst entsprechend gemäß".split()},
            **{p: "acc" for p in "für durch gegen ohne um bis".split()},
            **{p: "gen" for p in "wegen trotz während innerhalb außerhalb aufgrund angesichts mittels statt".split()}}
_DE_VERB_SLOT = set("kann können konnte konnten will wollen wollte wollten soll sollen sollte sollten muss müssen "
                    "musste mussten darf dürfen möchte möchten wird werden zu um könne müsse solle dürfe wolle".split())
_DE_SG_AGREE = {"ist", "war", "hat", "wird"}
_DE_PL_AGREE = {"sind", "waren", "haben", "werden"}


def _de_adjective_like(word: str) -> bool:
    return word[:1].islower() and bool(re.search(r"(?:e|en|er|es|em)$", word)) and word not in _DE_DET


_DE_DEFINITE = {"der", "die", "das", "den", "dem", "des"}
# Words declined like "ein": "kein" and the possessives ("sein" -> "seine" before a feminine noun).
_DE_EIN_STEMS = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser")


def _de_ein_stem(det: str) -> str | None:
    """The stem of a word declined like "ein" ("seinem" -> "sein"), or None."""
    low = det.lower()
    return next((s for s in _DE_EIN_STEMS if low.startswith(s) and low[len(s):] in ("", "e", "en", "em", "er", "es")),
                None)


def _de_determiner(before: list[str]) -> tuple[str | None, int, int]:
    """The determiner before the term, with up to two declined adjectives between: the word (as
    written), its index in ``before`` and how many adjectives were skipped."""
    k = len(before) - 1
    adjectives = 0
    while k >= 0 and adjectives <= 2:
        w = before[k]
        if w.lower() in _DE_DET and (w.islower() or k == 0 or w[1:].islower()):
            return w, k, adjectives
        if not _de_adjective_like(w):
            break
        adjectives += 1
        k -= 1
    return None, k, adjectives


_DE_TWO_WAY = set("in an auf über unter vor hinter neben zwischen".split())


def _de_readings_in(readings: list[tuple[str, str]], cases: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(c, g) for c, g in readings if c in cases]


# Verbs after which a noun in the nominative follows the subject ("Der Konzern ist ein ...").
_DE_COPULAS = set("""ist war sind waren wird wurde werden wurden bleibt blieb bleiben blieben scheint schien heißt
hieß gilt galt""".split())
_DE_OPENING_ARTICLES = {"Der", "Die", "Das", "Ein", "Eine"}


def _de_after_subject_and_verb(before: list[str]) -> bool:
    """The sentence opens with its subject, a name or an article and a noun, then the finite verb,
    which is no copula, right before the determiner: "Der Konzern meldete ein ...", "Xiaomi
    verkaufte ein ..."."""
    if len(before) == 3:
        det, noun, verb = before
        subject = det in _DE_OPENING_ARTICLES and noun[:1].isupper()
    elif len(before) == 2:
        (noun, verb), subject = before, True
        subject = noun[:1].isupper() and noun not in _DE_OPENING_ARTICLES and noun.lower() not in _DE_PREP
    else:
        return False
    return subject and verb.isalpha() and verb.islower() and verb not in _DE_COPULAS and verb not in _DE_PREP \
        and verb not in _DE_TWO_WAY and not verb.endswith(("lich", "ig", "isch"))


def _de_plausible(readings: list[tuple[str, str]], before: list[str], clause_start: bool) -> list[tuple[str, str]]:
    """The readings of a determiner that fit the word before it: a preposition's case, the
    nominative (or a fronted accusative) at the start of a sentence, the genitive after a noun."""
    prev = before[-1] if before else None
    if clause_start:
        kept = _de_readings_in(readings, ("nom",)) or _de_readings_in(readings, ("acc",))
    elif _de_after_subject_and_verb(before):
        # "Der Konzern meldete ein 净利": the subject holds the nominative, so an object follows
        kept = _de_readings_in(readings, ("acc", "dat"))
    elif prev is None:
        kept = readings
    elif prev.lower() in _DE_PREP:
        kept = _de_readings_in(readings, (_DE_PREP[prev.lower()],))
    elif prev.lower() in _DE_TWO_WAY:
        kept = _de_readings_in(readings, ("dat", "acc"))
    elif prev[:1].isupper() and len(before) > 1 and _de_readings_in(readings, ("gen",)):
        # a genitive attribute of the noun before ("die Aktie der Bank"); a determiner with no
        # genitive ("den") after a noun opens an object ("ob der Konzern den Markt dominiert")
        kept = _de_readings_in(readings, ("gen", "dat")) or readings
    else:
        kept = readings
    return kept or readings


# -- English: what a passive after be needs ----------------------------------------------------
# Verbs that take no object (or whose passive reads wrong: "prices were risen"): after was/were a
# term with such a verb is no passive participle.
_INTRANSITIVE = set("""rise soar surge plunge slump tumble rebound recover collapse crash decline lag stall trend grow
shrink slow weaken default abscond backfire compete debut hallucinate humblebrag iterate retaliate retire travel
splurge land return cool go come fall happen emerge arrive appear disappear vanish die sleep live exist occur remain
stay sit lie rank graduate succeed fail boom flourish thrive struggle rally jump climb dip drop sink slide""".split()) | {
    "fall back", "fall behind", "slack off", "toil away", "pull back", "spill over", "heat up", "check in", "clock in",
    "cash out", "trade down", "trade up", "break down", "break through", "break even", "speed up", "give in",
    "show up", "turn up"}
# Words for people ("fans"; "the finale" is none), where a verb needs a person as its subject.
_PERSON_NOUNS = set("""people person fan fans audience audiences crowd crowds netizen netizens man men woman women
child children kid kids parent parents family families friend friends staff youth youngsters graduate graduates
guest guests public everyone everybody someone somebody nobody many some few others all both veteran veterans
victim victims mother mothers father fathers son sons daughter daughters girl girls boy boys couple couples""".split())

# Organisations, which act and are not acted on the way people are ("firms are cutting jobs";
# "workers were laid off"), with nouns in -maker(s).
_ORGANISATIONS = set("""firm firms company companies group groups government governments authority authorities bank
banks brand brands startup startups platform platforms giant giants agency agencies ministry ministries industry
industries sector sectors airline airlines brokerage brokerages chain chains business businesses factory factories
studio studios retailer retailers lender lenders developer developers insurer insurers manufacturer manufacturers
employer employers operator operators producer producers exporter exporters supplier suppliers provider providers
conglomerate conglomerates corporation corporations enterprise enterprises outlet outlets fund funds""".split())

# Subjects that may do what the verb says as well as undergo it: people, organisations, places
# and bodies that act, names and personal pronouns. After one of them and was/were, a transitive
# verb may be a progressive with its object left out ("firms were laying off") as well as a passive.
_AGENT_NOUNS = _PERSON_NOUNS | _ORGANISATIONS | set("""army board boards cities city company's consumer consumers countries country court courts firm's
hospital hospitals investor investors military official officials parties party personnel player
players police province provinces rival rivals school schools state states team teams union unions
universities university user users""".split())
_AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|eer|ess)s?$")
