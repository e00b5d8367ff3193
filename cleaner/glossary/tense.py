"""Time phrases as evidence of the tense of a finite verb the slot readers put in.

A finite verb needs a tense, and a leftover term gives none; the words of its clause may. Only
phrases whose tense is plain count, in English, German and French:

- past: "yesterday", "last week", "two years ago", "in 2023" (a year up to
  :data:`LAST_PAST_YEAR`), a weekday ("on Monday"; in news a weekday alone names the past
  day); "gestern", "letzte Woche", "vor zwei Jahren", "im Jahr 2023", "am Montag"; "hier", "la
  semaine dernière", "il y a", "en 2023", "lundi";
- present: "now", "currently", "every year", "these days"; "jetzt", "derzeit", "jedes Jahr",
  "seit Jahren" (German puts what has gone on for years in the present); "désormais",
  "actuellement", "chaque année";
- future, which wins over both (:func:`future`): "will", "next week", "tomorrow", a later year;
  "wird", "nächste Woche", "morgen"; "va", "la semaine prochaine", "demain". A weekday after
  "next", "this", "every", "by", "until" or in the plural ("on Mondays") is no past.

Where the evidence is missing or mixed, the caller reports the term instead of guessing.
"""

from __future__ import annotations

import re

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
                     r"yesterday|ago|earlier (?:this (?:year|month|week)|today)|at the time|back then)\b", re.I),
    "de": re.compile(r"\b(?:gestern|vorgestern|damals|(?:im|in der|am) vergangenen \w+|vergangene[nms]? \w+|"
                     r"letzte[nms]? (?:Jahr|Monat|Woche|Quartal|Sommer|Winter|Herbst|Frühjahr|Wochenende)|"
                     r"vor (?:\w+ )?(?:Jahren|Monaten|Wochen|Tagen))\b", re.I),
    "fr": re.compile(r"\b(?:hier|l'an dernier|l'année dernière|(?:le mois|la semaine) dernière?|"
                     r"il y a (?:\w+ )?(?:ans?|mois|semaines?|jours?|heures?|décennies?)|"  # not "il y a" = "there is"
                     r"à l'époque|autrefois)\b", re.I),
}
# "in 2023", "im Jahr 2023", "en 2023": the year is read by :func:`_past_year`.
_IN_YEAR = {
    "en": re.compile(r"\b(?i:in) (?:(?:early|late|mid-|the (?:first|second) half of|the (?:spring|summer|autumn|fall|winter) "
                     r"of) ?)?" + _YEAR),
    "de": re.compile(r"\b(?i:im Jahre?|in) " + _YEAR),
    "fr": re.compile(r"\b(?i:en|au cours de l'année) " + _YEAR),
}
_PRESENT = {
    "en": re.compile(r"\b(?:now|currently|these days|nowadays|every (?:year|day|week|month|morning|night)|"
                     r"increasingly|usually|always|often|regularly|each (?:year|day|week|month)|"
                     r"(?:once|twice|\w+ times|\w+ (?:days|nights|hours|evenings)) a (?:day|week|month|year)|"
                     r"(?:every|each) (?:" + _EN_DAYS + r")|on (?:" + _EN_DAYS + r")s)\b", re.I),
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


def _past_year(lang: str, text: str) -> bool:
    return any(int(m.group(1)) <= LAST_PAST_YEAR for m in _IN_YEAR[lang].finditer(text))


def _later_year(lang: str, text: str) -> bool:
    return any(int(m.group(1)) > LAST_PAST_YEAR for m in _IN_YEAR[lang].finditer(text))


def future(lang: str, text: str) -> bool:
    """A word of the future in ``text`` ("will", "next week", "in 2030"; "wird"; "va")."""
    return bool(_FUTURE[lang].search(text)) or _later_year(lang, text)


def past(lang: str, text: str, clause: bool = True) -> bool:
    """A phrase of past time in ``text``; a weekday only when ``text`` is the term's own clause,
    or fronted before the sentence with a comma ("On Monday, ...")."""
    if _PAST[lang].search(text) or _past_year(lang, text) or _FRONTED_WEEKDAY[lang].search(text):
        return True
    return clause and bool(_WEEKDAY[lang].search(text))


def present(lang: str, text: str) -> bool:
    """A phrase of present time in ``text`` ("now", "every year"; "seit Jahren"; "désormais")."""
    return bool(_PRESENT[lang].search(text))
