"""Time phrases as evidence of the tense of a finite verb the slot readers put in.

A finite verb needs a tense, and a leftover term gives none; the words of its clause may. Only
phrases whose tense is plain count, in English, German and French:

- past: "yesterday", "last week", "two years ago", "in 2023" (a year up to
  :data:`LAST_PAST_YEAR`), a weekday ("on Monday"; in news a weekday alone names the past
  day) or a month ("in May", "in early March", "on 5 June"; likewise a past month) in the term's
  clause or fronted with a comma; "gestern", "letzte Woche", "vor zwei Jahren", "im Jahr 2023",
  "am Montag", "im Mai"; "hier", "la semaine dernière", "il y a", "en 2023", "lundi", "en mai";
- present: "now", "currently", "every year", "these days", adverbs of habit ("often",
  "rarely", "most nights") and of trend ("a growing number of", "more and more"); "jetzt",
  "derzeit", "jedes Jahr", "seit Jahren" (German puts what has gone on for years in the present);
  "désormais", "actuellement", "chaque année";
- future, which wins over both (:func:`future`): "will", "next week", "tomorrow", a later year;
  "wird", "nächste Woche", "morgen"; "va", "la semaine prochaine", "demain". A weekday after
  "next", "this", "every", "by", "until" or in the plural ("on Mondays") is no past; nor is a
  month after "every", "by", "until" ... (only "in", "on", "during" open it), before "next year"
  or "this year", or with a later year ("in May 2030", a plan).

English only, where no phrase of time tells (:func:`en_sequence`): the tense of the sentence's
other finite verbs, when all whose tense is plain agree and the term's clause before it is its
subject alone ("Fans said the finale 破防" -> past; "The app 打通 records across the province,
which has 40 million residents" -> present); a future marker, a modal, a condition, a present verb
of saying or quoted speech leaves it untold, and a past in a relative clause after a comma is
background. For the verb of a relative clause on the sentence's subject, :func:`en_main_verb`
finds the main clause's finite verb after it ("Students who 毕业 during the layoffs found it
hard": past; "Companies that 出海 face new risks": present), which the slot reader weighs.

Where the evidence is missing or mixed, the caller reports the term instead of guessing.
"""

from __future__ import annotations

import re

from .slots_base import _ADVERBS, _CJK, _FUNCTION, _IRREGULAR_PAST, _PAST_SAME_AS_BASE, _PREPS, _WORD

# The last year that is plainly past for text the cleaner meets (a later year may be a plan:
# "in 2030"). A fixed year, not today's date, so that the output of a text does not change with
# the day it is cleaned.
LAST_PAST_YEAR = 2025

_YEAR = r"((?:19|20)\d\d)(?![\d,.]\d)"

_EN_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DE_DAYS = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
_FR_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

# A weekday naming a past day: not after a word that points ahead or makes it a habit, and not
# in the plural. Case-sensitive in English and German (a capitalised day name).
_WEEKDAY = {
    "en": re.compile(r"(?<!\bnext )(?<!\bthis )(?<!\bcoming )(?<!\bevery )(?<!\beach )(?<!\bby )(?<!\buntil )"
                     r"(?<!\btill )(?<!\bbefore )(?<!\bfrom )(?<!Black )(?<!Cyber )(?<!Good )(?<!Easter )"
                     r"(?<!Super )(?<!Ash )(?<!Palm )(?<!\bstarting )(?<!\bas of )(?<!\bto )(?<!\bthrough )(?<!-)"
                     r"\b(?:" + _EN_DAYS + r")\b"
                     r"(?!s\b|'s\b|-|\s+(?:to|through|till|until)\s)"),
    "de": re.compile(r"\b(?i:am|vergangenen|letzten) (?:" + _DE_DAYS + r")\b(?!s)"),
    "fr": re.compile(r"(?<!\bchaque )(?<!\ble )(?<!\btous les )(?<!\bd'ici )(?<!\bjusqu'à )(?<!\bdès )(?<!\bce )"
                     r"(?<!\bpartir de )(?<!\bdu )(?<!\bau )(?<!-)\b(?:" + _FR_DAYS
                     + r")\b(?!s\b| prochain| au |-)", re.IGNORECASE),
}

_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DE_MONTHS = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_FR_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"

# A month named after "in", "on", "during" (English), "im", "Anfang", "Mitte", "Ende", "am 5."
# (German), "en", "début", "mi-", "fin", "le 5" (French): in news, like a weekday, a month with no
# word pointing ahead names a past month ("The startup 量产 its first batteries in May"). Not
# after "next", "this", "every", "by", "until", "from", "since" (none of them opens these
# patterns), not before "next year", "this year" or their kin; a year after the month is read
# by :func:`_month_past` ("in May 2019" past, "in May 2030" a plan). Case-sensitive in English
# ("may" is a modal) and German.
_MONTH = {
    "en": re.compile(r"\b(?i:in|on|during)\s+(?:the (?i:first|second|third|last|final) (?:week|half|days?|weekend) of\s+)?"
                     r"(?:(?i:early|late|mid)(?:\s+|-))?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + _EN_MONTHS + r")\b"
                     r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?|(?:mid-)(?:" + _EN_MONTHS + r")\b)"
                     r"(?!\s*(?:of\s+)?(?:next|this|the (?:coming|following)|each|every)\b|-)(?:,?\s+" + _YEAR + r")?"),
    "de": re.compile(r"\b(?:(?i:im)|Anfang|Mitte|Ende|(?i:am) \d{1,2}\.)\s+(?:" + _DE_MONTHS + r")\b"
                     r"(?!\s+(?:nächsten|kommenden|dieses)\b|-)(?:\s+" + _YEAR + r")?"),
    "fr": re.compile(r"\b(?:en|début|mi-|fin|le \d{1,2}(?:er)?)\s*(?:" + _FR_MONTHS + r")\b"
                     r"(?!\s+(?:prochain|de l'année prochaine|de cette année)\b|-)(?:\s+" + _YEAR + r")?",
                     re.IGNORECASE),
}
# "in May" opening the sentence before a comma dates the whole sentence, like a fronted weekday.
_FRONTED_MONTH = {
    "en": re.compile(r"^\W*(?:In|During|On) (?:(?:early|late|mid)(?:\s+|-))?(?:" + _EN_MONTHS + r")\b(?: \d{1,2}\b)?"
                     r"(?:,? " + _YEAR + r")?,"),
    "de": re.compile(r"^\W*(?:Im|Anfang|Mitte|Ende) (?:" + _DE_MONTHS + r")\b(?: " + _YEAR + r")?,"),
    "fr": re.compile(r"^\W*(?:En|Début|Fin|Mi-) ?(?:" + _FR_MONTHS + r")\b(?: " + _YEAR + r")?,", re.IGNORECASE),
}


# A weekday fronted before the clause with a comma ("On Monday, the firm ..."): it dates the
# whole sentence, not only its own stretch.
_FRONTED_WEEKDAY = {
    "en": re.compile(r"^\W*(?:(?:[Ll]ate|[Ee]arly) )?(?:[Oo]n )?(?:" + _EN_DAYS
                     + r")(?: (?:morning|afternoon|evening|night))?,"),
    "de": re.compile(r"(?!)"),
    "fr": re.compile(r"(?!)"),
}

_PAST = {
    "en": re.compile(r"\b(?:last (?:year|month|week|quarter|summer|winter|spring|autumn|fall|night|weekend|time)|"
                     r"yesterday|ago|earlier (?:this (?:year|month|week)|today)|at the time|back then|"
                     r"(?:over|in|during|throughout) the (?:past|last|previous) (?:(?:two|three|four|five|six|seven|eight|"
                     r"nine|ten|few|several|\d+) )?(?:decades?|years?|months?|weeks?|days?|quarters?)|"
                     # a one-off event told in news: "within hours of its launch", "in a single night"
                     r"within (?:(?:an|one|a few|two|three|several|\d+) )?(?:hours?|minutes?|seconds?)(?= of | after |[,.])|"
                     r"in (?:a single|one|just one) (?:day|night|evening|morning|afternoon|hour)|"
                     r"for the (?:second|third|fourth|fifth) time|"
                     # a quarter or half named without a year, and a run of sessions: figures reported
                     r"in the (?:first|second|third|fourth|final|last) quarter(?! of\b)|in the (?:first|second) half(?! of\b)|"
                     r"for (?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) "
                     r"(?:straight|consecutive) (?:sessions?|days?|weeks?|months?|quarters?|years?)|"
                     r"on (?:its|their|the) (?:first|opening|debut) (?:day|session) of trading|on (?:its|their) (?:debut|first day))\b", re.I),
    "de": re.compile(r"\b(?:gestern|vorgestern|damals|(?:im|in der|am) vergangenen \w+|vergangene[nms]? \w+|"
                     r"letzte[nms]? (?:Jahr|Monat|Woche|Quartal|Sommer|Winter|Herbst|Frühjahr|Wochenende)|"
                     r"vor (?:\w+ )?(?:Jahren|Monaten|Wochen|Tagen))\b", re.I),
    "fr": re.compile(r"\b(?:hier|l'an dernier|l'année dernière|(?:le mois|la semaine) dernière?|"
                     r"il y a (?:\w+ )?(?:ans?|mois|semaines?|jours?|heures?|décennies?)|"  # not "il y a" = "there is"
                     r"à l'époque|autrefois)\b", re.I),
}
# "in 2023", "im Jahr 2023", "en 2023": the year is read by :func:`_past_year`.
_IN_YEAR = {
    "en": re.compile(r"\b(?i:in) (?:(?:early|late|mid-|the (?:first|second) half of|the (?:first|second|third|fourth|final|last) quarter of|the (?:spring|summer|autumn|fall|winter) "
                     r"of) ?)?" + _YEAR),
    "de": re.compile(r"\b(?i:im Jahre?|in) " + _YEAR),
    "fr": re.compile(r"\b(?i:en|au cours de l'année) " + _YEAR),
}
_PRESENT = {
    "en": re.compile(r"\b(?:now|currently|these days|nowadays|every (?:year|day|week|month|morning|night|evening|weekend|quarter)|"
                     r"increasingly|usually|always|often|regularly|rarely|seldom|frequently|typically|routinely|"
                     r"each (?:year|day|week|month)|most (?:days|nights|mornings|evenings|weekends)|"
                     r"(?:a|the) (?:growing|rising|increasing) number of|more and more|"
                     r"(?:once|twice|\w+ times|\w+ (?:days|nights|hours|evenings)|(?:an|one) (?:hour|day|night|evening)) "
                     r"a (?:day|week|month|year)|"
                     r"(?:every|each) (?:" + _EN_DAYS + "|" + _EN_MONTHS + r")|on (?:" + _EN_DAYS + r")s)\b", re.I),
    "de": re.compile(r"\b(?:jetzt|nun|derzeit|inzwischen|mittlerweile|heute|ständig|immer wieder|zunehmend|"
                     r"jede[ns]? (?:Jahr|Woche|Monat|Tag)|täglich|regelmäßig|oft|häufig|gerade|"
                     r"seit (?:Jahren|Monaten|Wochen|Jahrzehnten|langem))\b", re.I),
    "fr": re.compile(r"\b(?:désormais|maintenant|actuellement|aujourd'hui|chaque \w+|"
                     r"de plus en plus|souvent|toujours|régulièrement|tous les (?:jours|ans|mois))\b", re.I),
}
_FUTURE = {
    "en": re.compile(r"(?:\b(?:will|won't|shall|tomorrow|upcoming|next (?:year|month|week|quarter|summer|winter|"
                     r"spring|autumn|fall|weekend|" + _EN_DAYS.lower() + r"|" + _EN_DAYS + r")|"
                     r"later this (?:year|month|week)|in the coming|(?:is|are) (?:going|set|due|expected) to)\b|"
                     r"['’]ll\b)", re.I),
    "de": re.compile(r"\b(?:wird|werden|morgen|übermorgen|künftig|demnächst|bald|nächste[nmrs]? \w+|"
                     r"kommende[nmrs]? \w+)\b", re.I),
    "fr": re.compile(r"\b(?:va|vont|demain|bientôt|prochaine?s?|sera|seront|aura|auront|d'ici)\b", re.I),
}


# A year compared with ("than in 2021", "compared with 2021", "up from 2021"): the time of the
# figure compared, not of the verb.
_COMPARED_BEFORE = re.compile(r"(?:\bthan|\bcompared (?:to|with)|\bversus|\bvs\.?|\bfrom|\bover|\bsince|"
                              r"\bgegenüber|\bals|\bpar rapport à|\bque|\bdepuis|\bseit)\s*$", re.IGNORECASE)


# A span of years ("between 2018 and 2019", "from 2018 to 2020"): past when it ends by
# LAST_PAST_YEAR.
_YEAR_SPAN = {
    "en": re.compile(r"\b(?i:between) (?:19|20)\d\d and " + _YEAR + r"|\b(?i:from) (?:19|20)\d\d (?:to|until|through) " + _YEAR),
    "de": re.compile(r"\b(?i:zwischen) (?:19|20)\d\d und " + _YEAR + r"|\b(?i:von) (?:19|20)\d\d bis " + _YEAR),
    "fr": re.compile(r"\b(?i:entre) (?:19|20)\d\d et " + _YEAR + r"|\b(?i:de) (?:19|20)\d\d à " + _YEAR),
}


def _past_year(lang: str, text: str) -> bool:
    return any(int(m.group(1)) <= LAST_PAST_YEAR and not _COMPARED_BEFORE.search(text, max(0, m.start() - 20), m.start())
               for m in _IN_YEAR[lang].finditer(text)) or any(
        int(m.group(1) or m.group(2)) <= LAST_PAST_YEAR for m in _YEAR_SPAN[lang].finditer(text))


def _later_year(lang: str, text: str) -> bool:
    return any(int(m.group(1)) > LAST_PAST_YEAR for m in _IN_YEAR[lang].finditer(text)) or any(
        m.group(1) and int(m.group(1)) > LAST_PAST_YEAR for m in _MONTH[lang].finditer(text))


def _month_past(lang: str, text: str, clause: bool) -> bool:
    """A month naming a past month (:data:`_MONTH`): in the term's own clause, or fronted before
    the sentence with a comma; with a year, one up to :data:`LAST_PAST_YEAR`."""
    found = [m for m in _MONTH[lang].finditer(text)] if clause else []
    fronted = _FRONTED_MONTH[lang].search(text)
    if fronted:
        found.append(fronted)
    return any(not m.group(1) or int(m.group(1)) <= LAST_PAST_YEAR for m in found)


# "after the scandal", "after an engine warning", "after losing the first three games": a
# single event the clause's verb followed, which news tells in the past (English, in the term's
# own clause; any other phrase of time in the clause or sentence wins, see :func:`after_event`).
_AFTER_EVENT = {
    "en": re.compile(r"(?<!years )(?<!months )(?<!weeks )(?<!days )(?<!hours )(?<!year )(?<!month )(?<!week )"
                     r"(?<!day )(?<!hour )(?<!long )(?<!soon )"
                     r"\bafter (?:(?:the|a|an|its|his|her|their) (?!(?:end|start|close|launch|opening) of\b)"
                     r"|(?!being\b|having\b)[a-z]{3,}ing\b)"),
    "de": re.compile(r"(?!)"),
    "fr": re.compile(r"(?!)"),
}


def future(lang: str, text: str) -> bool:
    """A word of the future in ``text`` ("will", "next week", "in 2030"; "wird"; "va")."""
    return bool(_FUTURE[lang].search(text)) or _later_year(lang, text)


def past(lang: str, text: str, clause: bool = True) -> bool:
    """A phrase of past time in ``text``; a weekday only when ``text`` is the term's own clause,
    or fronted before the sentence with a comma ("On Monday, ...")."""
    if _PAST[lang].search(text) or _past_year(lang, text) or _FRONTED_WEEKDAY[lang].search(text):
        return True
    if _month_past(lang, text, clause):
        return True
    return clause and bool(_WEEKDAY[lang].search(text))


def after_event(lang: str, clause: str) -> bool:
    """A single event the clause's verb followed ("after the scandal"): weaker evidence of the
    past than a phrase of time, for the caller to weigh only where no other phrase tells."""
    return bool(_AFTER_EVENT[lang].search(clause))


# "After the outage, the team 复盘 ...": an event fronted before the clause with a comma.
_FRONTED_AFTER = re.compile(r"^\W*After (?:the|a|an|its|his|her|their) [^,;:.]{1,50},")


def fronted_event(sentence: str) -> bool:
    """A single event fronted before the sentence's clause ("After the outage, ...")."""
    return bool(_FRONTED_AFTER.search(sentence))


def present(lang: str, text: str) -> bool:
    """A phrase of present time in ``text`` ("now", "every year"; "seit Jahren"; "désormais")."""
    return bool(_PRESENT[lang].search(text))


# -- English: the tense of the other finite verbs of the sentence ------------------------------
# Where no phrase of time tells, a reader takes the tense of a finite verb from the other finite
# verbs of the sentence: "Fans said the finale 破防" (a verb of saying in the past: the reported
# clause is in the past too), "..., a problem traders blamed on the couriers" (past), "The firm,
# which has 3,000 staff, ..." (present). Only verbs whose tense is plain count, and all of them must
# agree; a future marker, a modal, a condition or quoted speech leaves the tense untold.

# Forms that are only ever the past tense (never a participle or a present).
_EN_PAST_ONLY = set("""was were did had wasn't weren't didn't hadn't went came took gave saw rose fell grew began
became ran wrote drove spoke knew threw drew chose broke flew froze wore sank shrank swung ate forgot rode woke
stole shook tore withdrew arose overtook undertook""".split())
# Forms that are only ever the present tense.
_EN_PRESENT_ONLY = set("is are am has does isn't aren't doesn't hasn't".split())
# Past forms that are also participles ("said", "made", "announced"): finite only after a subject.
_EN_PAST_OR_PARTICIPLE = _IRREGULAR_PAST - _EN_PAST_ONLY - _PAST_SAME_AS_BASE
# Words in -ed that are no finite verb, or that are used as prepositions ("compared to", "based on").
_EN_NOT_PAST = set("""red bed shed wed bred sled hundred naked wicked sacred kindred compared based provided related
concerned combined adjusted estimated called named dubbed titled priced valued aged dated""".split())
# Verbs in -s that are plainly present after any subject ("the firm employs", "which operates").
# (Not those that are as often nouns: "costs", "plans", "looks", "needs", "means", "covers".)
_EN_VERBS_IN_S = set("""seems remains becomes believes expects intends tends continues provides requires includes
allows enables wants thinks knows appears gets makes takes gives keeps sees brings holds owns operates employs
controls serves dominates represents lacks depends relies belongs consists comprises exceeds oversees possesses
sells produces""".split())
# Verbs of saying or thinking: in the past, the clause they report is in the past too; in the
# present, it may be in any tense ("Analysts say the firm 裁员 ..."), so they leave it untold.
_EN_SAYING_PAST = set("""said told reported announced claimed added noted warned complained argued insisted admitted
revealed confirmed explained believed thought felt agreed denied recalled stressed acknowledged estimated wrote
joked quipped posted commented boasted lamented""".split())
_EN_SAYING_PRESENT = set("""say says tell tells report reports claim claims argue argues believe believes think thinks
note notes warn warns insist insists admit admits estimate estimates expect expects predict predicts suggest
suggests show shows reckon reckons fear fears hope hopes joke jokes complain complains""".split())
# Every form of a verb of saying or thinking ("warned", "says", "knew"): a clause after it may open
# with "that".
SAYING = _EN_SAYING_PAST | _EN_SAYING_PRESENT | set("knew found meant showed shown".split())
# What leaves the tense of a sentence untold: a modal, a condition, an infinitive of purpose may
# still agree, but "would", "could", "if" and "unless" say nothing plain about time.
_EN_UNTOLD = set("""can could would should may might must shall cannot can't couldn't wouldn't shouldn't mustn't
'd ’d if unless whether""".split())
_EN_SUBJECT = set("i we they he she it who which that".split())
# Words that open an object after a verb.
_EN_OBJECT_OPENERS = set("""the a an its their his her our my your this that these those it them him us me some
more no all every each several many""".split())
_EN_GET = set("get gets got gotten getting".split())
_QUOTES = re.compile(r"[\"“”«»]")


def _before_adverbs(words: list[str], i: int) -> int:
    """The index of the word before ``words[i]`` with adverbs left aside (-1 when none)."""
    j = i - 1
    while j >= 0 and words[j] in _ADVERBS:
        j -= 1
    return j


def _en_subject_before(words: list[str], i: int) -> bool:
    """The word before ``words[i]`` (adverbs left aside) can end its subject: a subject pronoun,
    or a noun or name (no function word, no form of have/be/get, not "to") whose phrase does not
    follow a preposition ("with cars made in China": a participle)."""
    j = _before_adverbs(words, i)
    if j < 0:
        return False
    w = words[j]
    if w in _EN_SUBJECT:
        return True
    if w in _FUNCTION or w in _EN_GET or w == "to" or not w.isalpha() or w.endswith("ly"):
        return False
    k = j - 1
    while k >= 0 and j - k <= 3 and words[k] not in _FUNCTION:
        k -= 1
    return not (k >= 0 and words[k] in _PREPS)


# Base forms that, right after a plural subject, are finite verbs in the present ("tourists come",
# "migrants work", "buyers need"); verbs of saying are not among them (their clause may be in any
# tense).
_EN_BASE_PRESENT = set("""come go live work face need want make take use buy sell pay keep find lose earn spend remain
stay seem tend struggle rely depend prefer own run hold gather flock queue travel visit move stand sit""".split())
_EN_PLURAL_PRONOUNS = {"they", "we", "you", "people", "children"}


def _en_plural_subject(words: list[str], i: int) -> bool:
    """The word before ``words[i]`` (adverbs left aside) is a plural subject: they, we, people, or
    a plural noun in -s after a determiner, an adjective or a relative pronoun, or opening the
    clause ("tourists come", "Many buyers need")."""
    j = _before_adverbs(words, i)
    if j < 0:
        return False
    w = words[j]
    if w in _EN_PLURAL_PRONOUNS:
        return True
    if not (len(w) > 3 and w.isalpha() and w.endswith("s") and not w.endswith(("ss", "us", "is"))) or w in _FUNCTION:
        return False
    return j == 0 or words[j - 1] in _FUNCTION or words[j - 1] not in _PREPS and not words[j - 1].endswith("s")


# Words opening a clause of time or cause after the term's clause ("... 上岸 hours before the
# typhoon hit", "... 卷 on price as demand falls"), whose verb shares the time of the term's.
_EN_TIME_CLAUSE = set("as when while because before until once".split())
# Past forms that are also base forms: past only after a singular subject ("the typhoon hit").
_EN_PAST_AS_BASE = set("hit cut set put shut spread quit hurt cost let".split())
_EN_SUB_STOP = set("""will would can may might should must shall and or but which who that if than to""".split())


def _en_clause_verb_tense(words: list[str]) -> str | None:
    """The tense of the verb of a clause of time or cause, given its words after the opening
    word: the first word after a subject of up to five words that is plainly a verb ("demand for
    packaging falls", "the typhoon hit", "the presenter could not open"); None where the clause
    shows a modal or no plain form."""
    for i, w in enumerate(words[:7]):
        if w in _EN_SUB_STOP and not (w == "could" and words[i + 1:i + 2] in (["not"], ["no"])):
            return None
        found = _en_clause_form(w, words[i - 1]) if i else None  # the first word is the subject's
        if found is not None:
            return found
    return None


def _en_clause_form(w: str, prev: str) -> str | None:
    """The tense ``w`` shows after ``prev`` in a clause of time or cause, or None."""
    noun_before = prev.isalpha() and prev not in _FUNCTION and not prev.endswith("s")
    if w in _EN_PAST_ONLY or w == "could" or (_en_past_form(w) and noun_before) \
            or (w in _EN_PAST_AS_BASE and noun_before and prev not in _PREPS):
        return "past"
    if w in _EN_PRESENT_ONLY or w in _EN_VERBS_IN_S:
        return "present"
    if noun_before and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w[:-1] in _EN_S_VERBS:
        return "present"
    return None


# Base forms whose -s form after a singular noun is the present ("demand falls").
_EN_S_VERBS = set("""fall rise grow slow drop climb soar slump shrink ease weaken strengthen recover rebound surge fade
end begin start close open change shift turn tighten cool heat improve worsen spread stall pick lag""".split())


def en_clause_after(sentence: str, term_end: int) -> str | None:
    """The tense a clause of time or cause after the term gives it ("The fishermen 上岸 hours
    before the typhoon hit": past; "Paper makers 卷 on price as demand for packaging falls":
    present): its opening word within eight words after the term, no other clause or quoted speech
    between, and a verb whose tense is plain (:func:`_en_clause_verb_tense`)."""
    rest = sentence[term_end:]
    stop = _CLAUSE_PUNCT.search(rest)
    if _QUOTES.search(rest) or _CJK.search(rest):
        return None
    words = [w.lower() for w in _WORD.findall(rest[:stop.start()] if stop else rest)]
    for i, w in enumerate(words[:9]):
        if w in _EN_TIME_CLAUSE and not (w == "as" and i + 1 < len(words) and words[i + 1] in ("a", "an", "well", "part")):
            return _en_clause_verb_tense(words[i + 1:])
        if w in _EN_SUB_STOP:
            return None
    return None


def _en_past_form(word: str) -> bool:
    return word in _EN_PAST_OR_PARTICIPLE or (len(word) > 3 and word.endswith("ed") and not word.endswith("eed")
                                              and word not in _EN_NOT_PAST)


def _en_perfect(w: str, nxt: str | None) -> bool:
    """"has resulted", "have been": a perfect, which tells of the past as well as the present."""
    return w in ("has", "hasn't", "have", "haven't") and nxt is not None and (_en_past_form(nxt) or nxt == "been")


def _en_form_tense(w: str, nxt: str | None) -> str | None:
    """The tense a form shows by itself: "untold" for a modal or a condition, "past" for "was",
    "went", "present" for "is", "has" (not a perfect: None)."""
    if w in _EN_UNTOLD:
        return "untold"
    if w in _EN_PAST_ONLY:
        return "past"
    if w in _EN_PRESENT_ONLY and not _en_perfect(w, nxt):
        return "present"
    return None


def _en_verb_tense(words: list[str], i: int, nxt: str | None) -> str | None:
    """"past", "present", "untold" (a word that leaves the sentence's tense open) or None for the
    word ``words[i]`` (lowercase), read as a finite verb only where its form or its subject shows it."""
    w = words[i]
    if w in _EN_UNTOLD or w in _EN_PAST_ONLY or w in _EN_PRESENT_ONLY:
        return _en_form_tense(w, nxt)
    subject = _en_subject_before(words, i)
    if w in _EN_SAYING_PRESENT:
        return "untold" if subject or w in ("say", "says") else None  # not the noun: "the report said"
    if _en_past_form(w):
        # finite after a subject, not before a preposition ("the firm announced a ...", "sales
        # slumped"); before a preposition, "to" or "by" it is as often a participle ("a structure
        # implanted in the bone", "products seized by customs")
        finite = w in _EN_SAYING_PAST or nxt is None or not (nxt in _PREPS or nxt in ("to", "by"))
        return "past" if subject and finite else None
    return _en_present_tense(words, i, nxt, subject)


def _en_present_tense(words: list[str], i: int, nxt: str | None, subject: bool) -> str | None:
    """"present" for a verb in -s after its subject, a base form after a plural subject ("a scene
    that tourists come from far away to film") or "have"/"do" after a pronoun, else None."""
    w = words[i]
    if w in _EN_VERBS_IN_S and subject:
        return "present"
    if w in _EN_BASE_PRESENT and _en_plural_subject(words, i):
        return "present"
    after_pronoun = i > 0 and words[i - 1] in ("i", "we", "they", "you", "who", "which", "that")
    return "present" if w in ("have", "do") and after_pronoun and not _en_perfect(w, nxt) else None


# A clause opening with a relative pronoun after a comma ("..., which was founded in 2010, ..."): a
# past there tells what happened once, whatever the tense of the main clause.
_EN_RELATIVE = re.compile(r"\s*(?:which|who|whom|whose|where)\b", re.IGNORECASE)
_CLAUSE_PUNCT = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]\u2013\u2014]|\s-\s")  # not the comma of "3,000"


def _en_clause_start(sentence: str, term: int) -> int:
    m = None
    for m in _CLAUSE_PUNCT.finditer(sentence, 0, term):
        pass
    return m.end() if m else 0


_EN_AND_END = re.compile(r"\band\s*$")


def _en_counts(words: list[str], i: int, own: bool, coordinated: bool) -> bool:
    """Whether ``words[i]`` is read as evidence. In the term's own clause before the term only a
    verb of saying counts ("Fans said the finale 破防"; another verb there belongs to the subject:
    "The goods sold online 爆单"), unless the term follows "and" after a verb phrase of its own
    ("attended the forum and 致辞")."""
    w = words[i]
    return not own or coordinated or w in _EN_SAYING_PAST or w in _EN_SAYING_PRESENT or w in _EN_UNTOLD


def _en_segment_tenses(segment: str, own: bool, after_comma: bool = False) -> set[str]:
    """The tenses of the verbs of one clause; a verb of saying opening it after a comma ("Gomery,
    who ..., said") has its subject before the comma, and so has the first verb of a phrase
    coordinated with the term ("Zheng, the founder, died ... and 领投")."""
    words = [w.lower() for w in _WORD.findall(segment) if not _CJK.search(w)]
    coordinated = own and bool(_EN_AND_END.search(segment))
    found = set()
    for i, w in enumerate(words):
        if not _en_counts(words, i, own, coordinated):
            continue
        t = _en_verb_tense(words, i, words[i + 1] if i + 1 < len(words) else None)
        if t is None and i == 0 and _en_past_form(w) and ((w in _EN_SAYING_PAST and after_comma) or coordinated):
            t = "past"
        if t is not None:
            found.add(t)
    return found


# Conjunctions that open a clause whose subject comes next ("because housing ...", "that the firm").
_EN_CONJUNCTIONS = set("that because although though while when whereas once and but so yet".split())
# Words that join clauses only at the clause start: inside it they join nouns ("over-expectations
# and future 趋势").
_EN_COORDINATORS = set("and but so yet".split())


def _en_verb_like(words: list[str], i: int) -> bool:
    w = words[i]
    if w in _EN_PAST_ONLY or w in _EN_PRESENT_ONLY or w in _EN_UNTOLD or w == "to" or w in _EN_VERBS_IN_S:
        return True
    if i > 0 and words[i - 1] in ("he", "she", "it") and w.endswith("s"):
        return True  # "it identifies"
    # a participle right after a determiner or an adverb in -ly is an adjective ("the newly listed firm")
    return _en_past_form(w) and not (i > 0 and (words[i - 1] in _FUNCTION or words[i - 1].endswith("ly")))


_EN_PERSONAL = set("i we they he she you it".split())


def _en_subject_words(words: list[str]) -> list[str]:
    """The words after the last verb of saying or conjunction ("Fans said the finale", "true that
    nobody", "because housing"), without adverbs at the end."""
    cut = [i for i, w in enumerate(words[:-1]) if w in _EN_SAYING_PAST or w in _EN_SAYING_PRESENT
           or w in _EN_CONJUNCTIONS and (i == 0 or w not in _EN_COORDINATORS)]
    if cut:
        words = words[cut[-1] + 1:]
    while words and words[-1] in _ADVERBS:
        words = words[:-1]
    return words


def _en_subject_clause(segment: str) -> bool:
    """The term's own clause before the term is its subject and nothing else, so that the term is
    the clause's finite verb: a noun phrase or pronoun, after a verb of saying ("Fans said the
    finale"), a conjunction ("because housing") or a relative pronoun ("the line that"), or a verb
    phrase joined to the term by "and". A preposition or "after", "since" ... opening it ("After
    countless probe 发射": the term may be a noun), another verb in it ("tighten technology 出口"),
    a relative clause inside it ("the players I 试用") or no subject at all (", then 转换") leave
    the term's reading open."""
    if _EN_AND_END.search(segment):
        return True
    all_words = [w.lower() for w in _WORD.findall(segment) if not _CJK.search(w)]
    if all_words and all_words[-1] in ("which", "who", "that"):
        return True
    words = _en_subject_words(all_words)
    if not words or words[0] in _PREPS or words[0] in _FUNCTION - _EN_SUBJECT - _EN_OBJECT_OPENERS:
        return False
    return not any((w in _PREPS and w != "of") or _en_verb_like(words, i) or (i and w in _EN_PERSONAL)
                   for i, w in enumerate(words))


_EN_INSERTED = re.compile(r"\s*(?:which|who|whom|whose|where|[a-z]+ed|born|built|founded|known|led|run|owned|held)\b")


def _en_own_subject(before: str) -> str:
    """The words of the term's clause before it; across a clause set off by commas right before
    the term ("The app, which has 40 million users, 打通"), those before that clause."""
    segments = _CLAUSE_PUNCT.split(before)
    if len(segments) >= 3 and not segments[-1].strip() and _EN_INSERTED.match(segments[-2]):
        return segments[-3]
    return segments[-1]


def _en_tenses(sentence: str, term_start: int, term_end: int) -> set[str]:
    """The tenses shown by the finite verbs of ``sentence`` outside the term, read clause by
    clause (a comma, semicolon, bracket or dash ends one; see :func:`_en_counts` for the term's
    own clause). A past in a relative clause after a comma is background, of any main tense."""
    clause_start = _en_clause_start(sentence, term_start)
    found = _en_segment_tenses(sentence[clause_start:term_start], own=True)
    for part in (sentence[:clause_start], sentence[term_end:]):
        for n, segment in enumerate(_CLAUSE_PUNCT.split(part)):
            tenses = _en_segment_tenses(segment, own=False, after_comma=n > 0)
            if _EN_RELATIVE.match(segment):
                tenses.discard("past")  # ", which was founded in 2010,"
            found |= tenses
    return found


def _other_quotes(sentence: str, term_start: int, term_end: int) -> bool:
    """Quotation marks in ``sentence`` other than a pair right around the term."""
    before, after = sentence[:term_start], sentence[term_end:]
    if _QUOTES.match(before[-1:]) and _QUOTES.match(after[:1]):
        before, after = before[:-1], after[1:]
    return bool(_QUOTES.search(before) or _QUOTES.search(after))


def en_sequence(sentence: str, term_start: int, term_end: int) -> str | None:
    """"past" or "present" for a finite verb in place of ``sentence[term_start:term_end]`` from the
    other finite verbs of the sentence, when every one whose tense is plain agrees; None when none
    is plain, they disagree, or a future marker, a modal, a condition or quoted speech is there."""
    if future("en", sentence) or _other_quotes(sentence, term_start, term_end):
        return None
    if not _en_subject_clause(_en_own_subject(sentence[:term_start])):
        return None
    found = _en_tenses(sentence, term_start, term_end)
    if len(found) != 1 or "untold" in found:
        return None
    return found.pop()


# -- English: a relative clause's verb and its main clause's finite verb ----------------------
# "Students who 毕业 during the wave of layoffs found it hard ..." (past), "Companies that 出海 face
# new risks" (present): the verb of a relative clause on the subject takes its time from the main
# clause's finite verb after it, when that verb is plainly finite (:func:`en_main_verb`).

# Words that open another clause or join another verb inside the relative clause: the main verb
# after them is not told apart from a verb of theirs.
_EN_REL_STOP = set("""and or but because when while if that which who whom whose since although though as until
unless whether where so than""".split())
# Adverbs that may stand before the main verb ("... rarely check", "... often face").
_EN_MAIN_ADVERBS = set("""often usually always never rarely seldom sometimes frequently typically generally routinely
also still now already increasingly mostly largely reportedly online offline overseas abroad home together alone
hard late early there here again instead more less daily nightly weekly""".split())
# Participles that take an object or a complement in the passive ("workers paid a bonus",
# "a player named the best"): before an object they may still open a reduced relative clause.
_EN_TWO_OBJECTS = set("""given offered told shown sent paid awarded granted handed promised asked taught denied named
called dubbed considered elected appointed made left kept brought lent owed charged fined allowed""".split())
_EN_OBJECT_PRONOUNS = set("it them him her us me the a an their its his our my your this these those".split())
# Words after the main verb that set its time apart from the relative clause's ("Investors who
# 抄底 are now sitting on losses": bought the dip before).
_EN_CONTRAST = re.compile(r"\b(?:now|already|still|no longer|today|currently|nowadays|these days|since|anymore|"
                          r"any more|yet)\b", re.IGNORECASE)


def _en_adverb(word: str) -> bool:
    return word in _EN_MAIN_ADVERBS or (word.endswith("ly") and len(word) > 4 and word not in ("only", "early"))


def _en_main_start(sentence: str, after: int, closed: bool) -> int | None:
    """Where the search for the main verb starts: right after the term, or after the comma that
    closes a relative clause opened by one; None with quoted speech or another CJK term after it."""
    rest = sentence[after:]
    if _QUOTES.search(rest) or _CJK.search(rest):
        return None
    if not closed:
        return after
    comma = _CLAUSE_PUNCT.search(rest)
    return after + comma.end() if comma is not None and rest[comma.start()] == "," else None


def _en_plain_tense(w: str, nxt: str | None) -> str | None:
    """The tense of a form that is plainly finite: a modal or a perfect ("untold"), a form of be,
    have or do, a form only ever past, a form in -ed before an object ("found it")."""
    if w in _EN_UNTOLD or w in ("will", "won't") or _en_perfect(w, nxt):
        return "untold"
    t = _en_form_tense(w, nxt)
    if t is None and _en_past_form(w) and nxt in _EN_OBJECT_PRONOUNS and w not in _EN_TWO_OBJECTS:
        return "past"
    return t


def en_main_verb(sentence: str, after: int, closed: bool) -> tuple[int, str, str | None] | None:
    """The main clause's finite verb after a relative clause whose verb ends at ``after``: its
    start in ``sentence``, the word (lowercase) and its tense ("past", "present", "untold" for a
    modal or a perfect, None for a form that shows no tense by itself: the caller checks that it
    agrees with the subject). ``closed``: the relative clause was opened by a comma, and the main
    verb is the first word after the next comma ("The riders, who 加班 most nights, earn ...").
    Without the comma, the first word that is plainly finite (:func:`_en_plain_tense`), or a
    lowercase word right after the term (and adverbs); a word opening another clause or joining
    another verb before it, quoted speech or another CJK term gives None."""
    rest_start = _en_main_start(sentence, after, closed)
    if rest_start is None:
        return None
    matches = list(_WORD.finditer(sentence, rest_start))
    words = [m.group().lower() for m in matches]
    first = True  # no word but adverbs before this one
    for i, w in enumerate(words[:14]):
        if w in _EN_REL_STOP or _CLAUSE_PUNCT.search(sentence, matches[i - 1].end() if i else rest_start, matches[i].start()):
            return None
        if _en_adverb(w):
            continue
        nxt = next((x for x in words[i + 1:] if not _en_adverb(x)), None)
        t = _en_plain_tense(w, nxt)
        if t is not None:
            return matches[i].start(), w, t
        if first and w.isalpha() and matches[i].group()[:1].islower() and w not in _FUNCTION and w not in _PREPS:
            return matches[i].start(), w, None  # finite only if it agrees: the caller checks
        if closed:
            return None
        first = False
    return None


def en_contrast_after(sentence: str, start: int) -> bool:
    """A word after ``start`` that sets the main clause's time apart ("now", "already", "still")."""
    return bool(_EN_CONTRAST.search(sentence, start))
