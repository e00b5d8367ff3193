"""Slots for verbs, adjectives and adverbs in German and French, and adverbs in English.

Each reader returns a :class:`~.slots.Choice`, an :class:`~.slots.Unclear`, or None when the slot
is not of its kind (the noun readers of :mod:`.slots` then look). A form is chosen only from clear
evidence in the clause:

- German: an infinitive after a modal in the clause ("will ... bis Juni 落地." -> "umsetzen") or
  after "zu" ("um ... zu 打卡" -> "einzuchecken"); a participle at the end of a clause whose finite
  verb is a form of the verb's auxiliary or a past passive ("hat ... 跑通" -> "erprobt", "sind ...
  爆雷" -> "zahlungsunfähig geworden"); a finite verb at the end of a subordinate clause or second
  in a main clause, when the subject gives the number and the sentence the tense (a separable or
  multi-word verb second in a main clause takes its particle and complement at the clause end,
  the edit reaching past the term: "暴跌 gestern um 8 Prozent." -> "brach gestern um 8 Prozent
  ein."; not split where a clause or coordinated verb may start before the end, or a period may
  be an abbreviation's); the same second after a fronted adverbial ("Am Montag 暴跌 die Aktie
  um 8 Prozent." -> "Am Montag brach die Aktie um 8 Prozent ein."), its number from the subject
  after it (a determiner and its noun, er, es); tense from the time phrases of :mod:`.tense`;
  an adjective between a determiner and a noun whose gender a list of common nouns or the noun's
  ending gives, declined by the adjective tables; an adverb before the verb at the clause end;
  the infinitive before "wird"/"werden"/"würde" when the clause holds an accusative object
  ("dass sie den Markt 托底 wird" -> "stützen wird": a passive takes none; without one the term
  is reported).
- French: an infinitive after a modal-like verb or a preposition (veut, doit, pour, de, à;
  "de" -> "d'"; "de" after a closed list of verbs and adjectives taking it: "contrainte de",
  "prévoit de", "afin de", "difficile de", not after an article: "la menace de"), a participle after avoir (a verb conjugated with être is reported), a participle
  after être agreeing with a subject whose determiner shows gender and number; a verb after its
  subject in the present, or in the passé composé, when a time phrase says which (with être,
  "s'est" for a pronominal verb, only where the subject's determiner or pronoun shows the gender
  the participle agrees with: "Le groupe 上市 en 2021" -> "s'est introduit en Bourse"; never after
  "que"); after "s'est" already in the text, the participle of a pronominal verb agreeing the
  same way; an adjective after
  a noun agreeing with the noun's determiner (after "de" and a bare noun, "d'acier", only an
  adjective whose four forms are one); an adverb between an auxiliary and its participle,
  after an infinitive, or after a participle at the clause end.
- English: an adverb between an auxiliary or modal and its verb, between a subject and a past
  verb, or after the verb (before a preposition or the end of the clause).

Anything else stays and is reported.
"""

from __future__ import annotations

import re

from ..running_text import at_sentence_start
from ..unicode import HAN
from . import tense
from .forms import Adverb, DeAdjective, DeVerb, FrAdjective, FrVerb
from .slots_base import (Choice, Unclear, _ANY_DET, _BE, _DE_DET, _DE_PREP, _DE_TWO_WAY, _FUNCTION, _HAVE, _IRREGULAR_PAST,
                         _MODALS, _PL_DET, _PREPS, _SG_DET, _before, _de_adjective_like, _de_determiner,
                         _de_plausible)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\d[\d,.]*")
_HAN_CHAR = re.compile(f"[{HAN}]")
# (a comma or period between digits is part of a number: "auf 4,5 Prozent", "1.000 Stellen")
_CLAUSE_BREAK = re.compile(r"[;:!?()\n\r\"“”«»]|(?<!\d)[,.]|[,.](?!\d)")
_LOOK = 120


def _clause_before(text: str, start: int) -> tuple[list[str], int]:
    """The words of the clause before ``start`` and where that clause starts."""
    lo = max(0, start - _LOOK)
    chunk = text[lo:start]
    breaks = list(_CLAUSE_BREAK.finditer(chunk))
    cut = breaks[-1].end() if breaks else 0
    if not breaks and lo > 0:
        return [], -1  # the clause is longer than the look-back: not read
    return _WORD.findall(chunk[cut:]), lo + cut


def _clause_after(text: str, end: int) -> list[str]:
    chunk = text[end:end + _LOOK]
    stop = _CLAUSE_BREAK.search(chunk)
    return _WORD.findall(chunk[:stop.start()] if stop else chunk)


def _ends_clause(text: str, end: int) -> bool:
    rest = text[end:end + 3].lstrip(" \u00a0")
    return not rest or rest[0] in ".,;:!?)\"”»\r\n"


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n")
    his = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[lo + 1:min(his) if his else len(text)]


def _word_start(text: str, start: int, word: str) -> int | None:
    """Where ``word`` starts when it is the word right before ``start``."""
    i = text.rfind(word, max(0, start - len(word) - 3), start)
    if i < 0 or text[i + len(word):start].strip(" \u00a0"):
        return None
    return i


# -- German ----------------------------------------------------------------------------------
_DE_MODALS = set("""kann können konnte konnten will wollen wollte wollten soll sollen sollte sollten muss müssen
musste mussten darf dürfen durfte durften möchte möchten mag mögen dürfte dürften könnte könnten müsste müssten
könne müsse solle dürfe wolle""".split())
_DE_HABEN = set("hat haben hatte hatten habe".split())
_DE_SEIN = set("ist sind war waren sei seien".split())
_DE_PASSIVE_PAST = set("wurde wurden".split())
_DE_WERDEN = set("wird werden werde würde würden".split())
_DE_AUXILIARIES = _DE_MODALS | _DE_HABEN | _DE_SEIN | _DE_WERDEN | _DE_PASSIVE_PAST
_DE_SUBJUNCTIONS = set("dass daß weil obwohl obgleich damit sodass nachdem bevor falls sobald solange indem ob wenn "
                       "als".split())
_DE_DETS_SG = set("""der das ein eine dieser dieses jeder jede jedes kein sein ihr unser mein""".split())
_DE_PLURAL_WORDS = set("""viele mehrere einige zahlreiche alle beide zwei drei vier fünf sechs sieben acht neun zehn
manche wenige immer""".split())
_DE_F_PLURAL = re.compile(r"(?:ungen|heiten|keiten|schaften|ionen|täten|innen|ien)$")
_DE_PAST_FINITE = set("""war waren hatte hatten wurde wurden konnte konnten musste mussten wollte wollten durfte
durften sagte sagten erklärte erklärten teilte teilten kündigte kündigten ging gingen kam kamen gab gaben hieß
schrieb schrieben meldete meldeten berichtete berichteten""".split())
_DE_PRESENT_FINITE = set("""ist sind hat haben kann können will wollen muss müssen soll sollen darf dürfen sagt
sagen erklärt meldet berichtet hofft hoffen erwartet erwarten fürchtet fürchten warnt warnen klagt klagen glaubt
glauben meint meinen""".split())


_DE_WERDEN_FORM = re.compile(r"\b(?:wird|werden|wirst|werde|würde|würden|wurde|wurden)\b", re.IGNORECASE)


def _de_future_in_present(sentence: str) -> bool:
    """A future time phrase and no form of *werden* or sign of the past: the present says it."""
    return not _DE_WERDEN_FORM.search(sentence) and not tense.past("de", sentence) and not any(
        w in _DE_PAST_FINITE for w in _WORD.findall(sentence))


def _de_tense(sentence: str, clause_words: set[str], subordinate: bool) -> str | None:
    """"past" or "present" when the sentence says so clearly (a time phrase of :mod:`.tense`, or
    the finite verbs outside the term's clause) and no future marker is in it, else None; a
    future time phrase with no form of *werden* gives the present, as German writes it. A past
    verb outside a subordinate clause does not count: after "sagte, dass" the reported verb may
    be in either tense."""
    if tense.future("de", sentence):
        # "nächste Woche", "im nächsten Jahr" without "wird": German puts the future in the
        # present ("entlässt nächste Woche"); with "wird" or a sign of the past, reported
        return "present" if _de_future_in_present(sentence) else None
    past = tense.past("de", sentence)
    present = tense.present("de", sentence)
    for w in _WORD.findall(sentence):
        lw = w.lower()
        if w in clause_words or not w.islower():
            continue
        past |= lw in _DE_PAST_FINITE and not subordinate
        present |= lw in _DE_PRESENT_FINITE
    if past == present:
        return None
    return "past" if past else "present"


def _de_subject_number(words: list[str]) -> str | None:
    """"sg" or "pl" for the noun phrase that opens ``words`` (a subject), or None."""
    if not words:
        return None
    first = words[0].lower()
    second = words[1] if len(words) > 1 else ""
    if first in ("er", "es", "man"):
        return "sg"
    if first in _DE_PLURAL_WORDS or (first.isdigit() and first != "1"):
        return "pl"
    if first in _DE_DIE_LIKE:
        return _de_number_after_die(second) if second else None
    if first in _DE_DETS_SG:
        return "sg"
    return None


# Determiners that are feminine singular or plural ("die Kampagne", "die Preise").
_DE_DIE_LIKE = set("die diese jene seine ihre unsere meine deine eure manche welche".split())
_DE_F_SINGULAR = re.compile(r"(?:ung|heit|keit|schaft|ion|tät|ik|ur|enz|anz|ei|ie|in)$")


def _de_number_after_die(word: str) -> str | None:
    """The number of a noun phrase opened by "die" (or "diese", "seine"...) from the next word:
    an adjective in -e is singular ("die neue Kampagne"), in -en plural; a noun by the list of
    common nouns or a feminine ending ("die Regierung", "die Regierungen"); else unknown ("die
    Preise" may look like "die Kampagne")."""
    if word.islower():
        return "sg" if word.endswith("e") else "pl" if word.endswith("en") else None
    if _DE_F_PLURAL.search(word):
        return "pl"
    known = _de_noun_readings(word)
    if len(known) == 1:
        gender, plural = next(iter(known))
        if plural:
            return "pl"
        return "sg" if gender == "f" else None
    return "sg" if _DE_F_SINGULAR.search(word) else None


def _de_finite(text: str, start: int, end: int, subject: list[str], clause: list[str]) -> tuple[str, bool] | None:
    """The tense and whether the subject is plural, for a finite verb; None when either is not clear."""
    number = _de_subject_number(subject)
    tense = _de_tense(_sentence(text, start, end), set(clause), subject is not clause)
    if number is None or tense is None:
        return None
    return tense, number == "pl"


def _de_v2_subject(clause: list[str], clause_start: int, text: str) -> bool:
    """The clause opens the sentence and holds only a noun phrase (determiner, adjectives,
    nouns, a genitive or a phrase with von/aus): the term stands second, where the verb goes."""
    if not clause or clause_start < 0 or not at_sentence_start(text, clause_start + (len(text[clause_start:]) -
                                                                                      len(text[clause_start:].lstrip()))):
        return False
    first = clause[0].lower()
    if len(clause) < 2 or not clause[-1][:1].isupper():
        return False  # the noun phrase ends in its noun
    if first not in _DE_DETS_SG and first not in _DE_DIE_LIKE and first != "des" and first not in _DE_PLURAL_WORDS:
        return False  # an object opening the clause ("Den Markt", "Einem Bericht zufolge"): see _de_v2_fronted
    for w in clause[1:]:
        lw = w.lower()
        if w[:1].isupper() or lw in ("von", "aus", "der", "des", "die", "den", "dem", "und") or w.isdigit():
            continue
        if re.search(r"(?:e|en|er|es|em)$", lw) and lw not in _DE_MODALS | _DE_HABEN | _DE_SEIN | _DE_WERDEN:
            continue  # a declined adjective
        return False
    return True


def read_de_verb(text: str, start: int, end: int, verb: DeVerb) -> object | None:
    """The German verb's form for the slot (see the module docstring), or None."""
    clause, clause_start = _clause_before(text, start)
    if not clause:
        return None
    after = _clause_after(text, end)
    ends = _ends_clause(text, end) or (bool(after) and after[0] in ("und", "oder", "aber", "sondern"))
    found = _de_zu_infinitive(text, start, verb, clause, ends)
    if found is None:
        found = _de_with_auxiliary(text, start, end, verb, clause, after, ends)
    if found is None and ends and clause[0].lower() in _DE_SUBJUNCTIONS and len(clause) >= 3:
        found = _de_subordinate_finite(text, start, end, verb, clause)
    if found is None and _de_v2_subject(clause, clause_start, text):
        found = _de_main_finite(text, start, end, verb, clause)
    if found is None and _de_v2_fronted(clause, clause_start, text):
        found = _de_fronted_finite(text, start, end, verb, clause, after)
    if isinstance(found, Choice) and _de_complement_clash(verb, found.text, clause):
        return Unclear(f"{text[start:end]!r}: the glossary's verb {verb.text!r} brings its own complement, and the "
                       "clause already has one of its kind (an object, or a phrase with the same preposition)")
    if isinstance(found, Choice) and verb.transitive and not _de_object_shown(verb, found.text, clause, after):
        return Unclear(f"{text[start:end]!r}: the glossary's verb {verb.text!r} needs an object, and the clause shows "
                       "none")
    return found


_DE_OBJECT_PRONOUNS = set("ihn uns euch mich dich".split())
_DE_PASSIVE_AUX = _DE_SEIN | _DE_WERDEN | _DE_PASSIVE_PAST


def _de_object_shown(verb: DeVerb, form: str, clause: list[str], after: list[str]) -> bool:
    """A clause holding the term as a verb that needs an object shows one: after the clause's
    auxiliary or modal ("hat 500 Mitarbeiter 裁员"), in a clause of "zu", after the subject of a
    subordinate clause, or after the term second in a main clause; a passive participle needs
    none ("wurden 裁员"). The subject right after a fronted adverbial is not taken for it."""
    lower = [w.lower() for w in clause]
    aux = next((i for i, w in enumerate(lower) if w in _DE_AUXILIARIES), None)
    if aux is not None and lower[aux] in _DE_PASSIVE_AUX and form == verb.past_participle():
        return True
    if lower[-1] == "zu":
        return _de_object_words(clause[:-1], subject_first=False)
    if lower[0] in _DE_SUBJUNCTIONS:
        return _de_object_words(clause[1:] + after, subject_first=True)
    if aux is not None:
        return _de_object_words(clause[aux + 1:] + after, subject_first=aux == 0 or _de_fronted_word(lower[0]))
    return _de_object_words(after, subject_first=len(clause) > 1 and _de_fronted_word(lower[0]))


def _de_fronted_word(word: str) -> bool:
    """The clause's first word opens an adverbial, so the subject follows the finite verb."""
    return word in _DE_FRONT_PREPS or word in _DE_FRONT_ADVERBS or word in _DE_FRONT_TIME or word in _DE_OBLIQUE


def _de_object_words(words: list[str], subject_first: bool) -> bool:
    """An accusative object among ``words``: a determiner that opens one, an object pronoun, or a
    noun outside a prepositional phrase that names no time; with ``subject_first``, the noun
    phrase the words open is the subject and is skipped."""
    in_phrase = subject_first
    for w in words:
        low = w.lower()
        if low in _DE_PREP or low in _DE_TWO_WAY or low in _DE_CLAUSE_PREPS or low in _DE_UNJOINED:
            in_phrase = True
        elif in_phrase:
            in_phrase = not (w[:1].isupper() or low in ("er", "sie", "es", "man"))
        elif low in _DE_OBJECT_OPENERS or low in _DE_OBJECT_PRONOUNS or (w[:1].isupper() and w not in _DE_TIME_WORDS):
            return True
    return False


def _de_complement_clash(verb: DeVerb, form: str, clause: list[str]) -> bool:
    """The form keeps the verb's complement, and the clause before the term already holds what
    it says: a phrase with the same preposition ("aus den App-Stores" before "aus dem Sortiment
    nehmen"), or, for a complement that is an object ("Beschränkungen lockern"), an object after
    "zu"'s clause start or after the clause's auxiliary ("die Kaufregeln ... zu 松绑")."""
    if not verb.complement or not form.startswith(verb.complement):
        return False
    words = verb.complement.split(" ")
    lower = [_DE_UNJOINED.get(w.lower(), w.lower()) for w in clause]
    first = _DE_UNJOINED.get(words[0].lower(), words[0].lower())
    if first in _DE_PREP or first in _DE_TWO_WAY or first in _DE_CLAUSE_PREPS:
        return any(w == first and not _de_time_phrase(clause[i + 1:i + 4]) for i, w in enumerate(lower))
    if not any(w[:1].isupper() for w in words):
        return False  # an adverb or adjective ("günstig nach|kaufen")
    aux = next((i for i, w in enumerate(lower) if w in _DE_AUXILIARIES), None)
    scope = lower[:-1] if lower[-1] == "zu" else lower[aux + 1:] if aux is not None else []
    return _de_object_in_clause(scope)


_DE_CLAUSE_PREPS = set("durch für gegen ohne um bis".split())
_DE_TIME_WORDS = set("""Woche Monat Jahr Quartal Tag Sommer Winter Herbst Frühjahr Wochenende Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März
April Mai Juni Juli August September Oktober November Dezember Frühling Herbstanfang Jahresende Jahresbeginn
Halbjahr Vormittag Nachmittag Abend Morgen Zeit Zukunft Folge""".split())


def _de_time_phrase(words: list[str]) -> bool:
    """The words after a preposition name a time ("am Montag", "im nächsten Jahr", "in 2024")."""
    noun = next((w for w in words if w[:1].isupper() or w[:1].isdigit()), None)
    return noun is not None and (noun in _DE_TIME_WORDS or noun[:1].isdigit())
# A preposition joined to its article, and the preposition ("vom Netz": "von").
_DE_UNJOINED = {"vom": "von", "zum": "zu", "zur": "zu", "im": "in", "ins": "in", "am": "an", "ans": "an",
                "beim": "bei", "aufs": "auf"}
_DE_OBJECT_OPENERS = set("""die das den einen eine diese dieses diesen seine seinen ihre ihren unsere unseren keine
keinen alle""".split())


def _de_object_in_clause(words: list[str]) -> bool:
    """A determiner that opens an accusative object, not after a preposition."""
    return any(w in _DE_OBJECT_OPENERS and not (i and (words[i - 1] in _DE_PREP or words[i - 1] in _DE_TWO_WAY
                                                      or words[i - 1] in _DE_CLAUSE_PREPS))
               for i, w in enumerate(words))


# Prepositions (and their contractions) that open a fronted adverbial ("Am Montag", "Seit Jahren").
_DE_FRONT_PREPS = set("""am im seit nach vor in mit bei für wegen trotz während zum zur beim vom ab bis auf an unter
über laut dank durch gegen innerhalb binnen""".split())
# Adverbs that stand first in a main clause on their own ("Gestern 暴跌 die Aktie").
_DE_FRONT_ADVERBS = set("""gestern heute jetzt derzeit zuletzt damals inzwischen mittlerweile nun bereits zudem dennoch
deshalb daher trotzdem danach zuvor anschließend erstmals""".split())


# A time noun phrase standing first ("Letzte Woche", "Vergangenes Jahr", "Jeden Tag").
_DE_FRONT_TIME = {p + e for p in ("letzt", "vergangen", "dies", "jed", "nächst", "kommend") for e in ("e", "en", "es")}
_DE_TIME_NOUNS = set("Woche Monat Jahr Quartal Tag Sommer Winter Herbst Frühjahr Wochenende".split())


# Determiners that are never nominative: a noun phrase they open at the start is a fronted
# object ("Den Markt", "Diesem Plan"), and the subject follows the verb.
_DE_OBLIQUE = {p + e for p in ("d", "ein", "dies", "jen", "sein", "ihr", "unser", "kein", "mein") for e in ("en", "em")}


def _de_v2_fronted(clause: list[str], clause_start: int, text: str) -> bool:
    """The clause opens the sentence with an adverbial or an object and nothing else: a time adverb
    ("Gestern"), a time noun phrase ("Letzte Woche"), a preposition and its noun phrase ("Am
    Montag", "Im vergangenen Jahr", "Seit 2019"), a noun phrase whose determiner is never
    nominative ("Den Markt", "Diesem Plan"); the term after it stands second, where the finite
    verb goes, and the subject follows."""
    if not clause or clause_start < 0 or len(clause) > 6:
        return False
    lead = clause_start + len(text[clause_start:]) - len(text[clause_start:].lstrip())
    if not at_sentence_start(text, lead):
        return False
    first = clause[0].lower()
    if len(clause) == 1:
        return first in _DE_FRONT_ADVERBS
    if len(clause) == 2 and first in _DE_FRONT_TIME and clause[1] in _DE_TIME_NOUNS:
        return True  # "Letzte Woche", "Jedes Jahr"
    if clause[-1].lower() in ("zufolge", "gegenüber", "entsprechend"):
        clause = clause[:-1]  # a postposition: "Dem Bericht zufolge"
    if first not in _DE_FRONT_PREPS and first not in _DE_OBLIQUE:
        return False
    if not (clause[-1][:1].isupper() or clause[-1].isdigit()):
        return False  # the phrase ends in its noun or a number
    return all(_de_noun_phrase_word(w) for w in clause[1:])


def _de_noun_phrase_word(word: str) -> bool:
    """A word of a noun phrase: a noun or name, a number, a determiner, a declined adjective."""
    lw = word.lower()
    if word[:1].isupper() or word.isdigit() or lw in _DE_DET:
        return True
    return bool(re.search(r"(?:e|en|er|es|em)$", lw)) and lw not in _DE_AUXILIARIES


def _de_subject_after(after: list[str]) -> str | None:
    """"sg" or "pl" for the subject right after the verb: a determiner and its noun ("die Aktie",
    "der chinesische Konzern", "viele Firmen") or "er"/"es"; None otherwise (a bare noun may be a
    name or a plural, "sie" either number)."""
    if not after:
        return None
    first = after[0].lower()
    if first in ("er", "es"):
        return "sg"
    if first not in _DE_DET and first not in _DE_PLURAL_WORDS:
        return None
    noun = next((w for w in after[1:4] if w[:1].isupper()), None)
    if noun is None:
        return None
    return _de_subject_number([w for w in after[:after.index(noun) + 1]])


def _de_fronted_finite(text: str, start: int, end: int, verb: DeVerb, clause: list[str], after: list[str]):
    """The finite verb second after a fronted adverbial ("Am Montag 暴跌 die Aktie um 8 Prozent."
    -> "brach die Aktie um 8 Prozent ein."): its number from the subject after it, its tense from
    the sentence; a separable particle or complement goes to the end of the clause."""
    term = text[start:end]
    number = _de_subject_after(after)
    found_tense = _de_tense(_sentence(text, start, end), set(clause), False)
    if number is None or found_tense is None:
        return Unclear(f"{term!r} stands second after a fronted adverbial, where the finite verb goes; its tense or "
                       "the number of the subject after it is not clear")
    finite = (found_tense, number == "pl")
    if verb.simple:
        return Choice(start, verb.finite(*finite), "German finite verb after a fronted adverbial")
    split = _de_split_to_clause_end(text, end, verb, finite)
    if split is not None:
        return Choice(start, split[1], "German finite verb after a fronted adverbial, its particle at the end of "
                      "the clause", end=split[0])
    return Unclear(f"{term!r}: a finite verb whose particle or complement goes to the end of the clause, and "
                   "where that clause ends is not clear")


def _de_zu_infinitive(text: str, start: int, verb: DeVerb, clause: list[str], ends: bool):
    """"um ... zu 打卡." -> "einzuchecken": the Choice starts at "zu"."""
    if clause[-1].lower() != "zu" or (len(clause) > 1 and clause[-2].lower() == "bis") or not ends:
        return None
    zu = _word_start(text, start, clause[-1])
    if zu is None:
        return None
    return Choice(zu, _without_written_complement(text, zu, verb, verb.zu_infinitive()), "German zu-infinitive")


def _without_written_complement(text: str, at: int, verb: DeVerb, form: str) -> str:
    """The form without the verb's complement when the text already has it right before
    ("die Kosten zu 降本" -> "die Kosten zu senken", not "die Kosten die Kosten zu senken"), or
    has its noun earlier in the clause ("will die Schulden bis Juni 化债" -> "abbauen")."""
    if not verb.complement or not form.startswith(verb.complement + " "):
        return form
    if text[max(0, at - len(verb.complement) - 1):at].rstrip().lower().endswith(verb.complement.lower()):
        return form[len(verb.complement) + 1:]
    if verb.complement.split(" ")[0] == "sich" and "sich" in _clause_before(text, at)[0]:
        # "hat sich mit dem Geld 跑路" -> "abgesetzt": the reflexive pronoun already stands in the clause
        return form[len("sich") + 1:]
    words = verb.complement.split(" ")
    clause = [w.lower() for w in _clause_before(text, at)[0]]
    # the noun in a phrase of its own kind ("die Schulden"); "an der Börse" is where, not the
    # "an die Börse" of "an die Börse gehen": that form stays, and the clash is reported
    if words[-1][:1].isupper() and _contains(clause, [w.lower() for w in words[-2:]]):
        return form[len(verb.complement) + 1:]
    return form


def _contains(words: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(words[i:i + n] == run for i in range(len(words) - n + 1))


def _de_with_auxiliary(text: str, start: int, end: int, verb: DeVerb, clause: list[str], after: list[str],
                       ends: bool):
    """A modal or auxiliary right after the term at the end of the clause, or one earlier in
    the clause with the term at its end."""
    final_aux = None
    if len(after) == 1 and after[0].islower():
        stop = text.find(after[0], end) + len(after[0])
        final_aux = after[0] if _ends_clause(text, stop) and after[0] in _DE_AUXILIARIES else None
    if final_aux is None and not ends:
        return None
    aux = final_aux or next((w.lower() for w in clause if w.lower() in _DE_AUXILIARIES), None)
    return None if aux is None else _de_after_auxiliary(text, start, end, verb, aux)


def _de_subordinate_finite(text: str, start: int, end: int, verb: DeVerb, clause: list[str]):
    finite = _de_finite(text, start, end, clause[1:], clause)
    if finite is None:
        return Unclear(f"{text[start:end]!r} ends a subordinate clause, where the finite verb goes; its tense or "
                       "the subject's number is not clear")
    form = _without_written_complement(text, start, verb, verb.subordinate(*finite))
    return Choice(start, form, "German finite verb, end of a subordinate clause")


def _de_main_finite(text: str, start: int, end: int, verb: DeVerb, clause: list[str]):
    term = text[start:end]
    finite = _de_finite(text, start, end, clause, clause)
    if finite is None:
        return Unclear(f"{term!r} stands second in a main clause, where the finite verb goes; its tense or the "
                       "subject's number is not clear")
    if verb.simple:
        return Choice(start, verb.finite(*finite), "German finite verb")
    if _ends_clause(text, end):
        return Choice(start, verb.main_clause(*finite), "German finite verb with its particle")
    split = _de_split_to_clause_end(text, end, verb, finite)
    if split is not None:
        return Choice(start, split[1], "German finite verb, its particle at the end of the clause", end=split[0])
    return Unclear(f"{term!r}: a finite verb whose particle or complement goes to the end of the clause, and "
                   "where that clause ends is not clear")


# The end of a clause: punctuation, a quotation mark or bracket, a line break.
_DE_CLAUSE_END = re.compile("[,;:.!?()\\[\\]\"“”„«»\n\r]")
# Words that open another clause or a coordinated verb: the particle cannot go past them.
_DE_CLAUSE_OPENERS = (_DE_SUBJUNCTIONS | set("""und oder aber sondern denn sowie wie der die das dem den deren dessen
welche welcher welches wo womit wodurch worauf zu""".split())) - {"als"}
# Articles, demonstratives, prepositions and the like a German clause runs through.
_DE_MIDDLE_MAX = 12


def _de_split_to_clause_end(text: str, end: int, verb: DeVerb, finite: tuple[str, bool]) -> tuple[int, str] | None:
    """A separable or multi-word verb second in a main clause with words after it ("Die Aktie
    暴跌 am Montag um 8 Prozent."): where the clause ends and the replacement up to there, the
    finite verb first and the complement and particle last ("brach am Montag um 8 Prozent ein").
    None when the clause end is not plain: another clause or a coordinated verb may start
    before it (und, dass, a relative pronoun), it holds Chinese, or it runs long."""
    clause_end = _de_clause_end(text, end)
    if clause_end is None:
        return None
    middle = text[end:clause_end]
    words = _WORD.findall(middle)
    if not words or len(words) > _DE_MIDDLE_MAX or _HAN_CHAR.search(middle):
        return None
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in _DE_CLAUSE_OPENERS and not (lw in ("der", "die", "das", "dem", "den") and _article_use(words, i)):
            return None
        if lw == "als" and not (i and words[i - 1].lower() in ("mehr", "weniger")):
            return None
    core = middle.rstrip(" \u00a0")
    tail = " ".join(w for w in (verb.complement, verb.particle) if w)
    return clause_end - (len(middle) - len(core)), f"{verb.finite(*finite)}{core} {tail}"


_LAST_WORD = re.compile(r"(\w+)$")
_DE_ABBREVIATIONS = set("""mio mrd ca bzw usw nr dr prof vgl ggf inkl evtl etc jan feb aug sept okt nov dez st
z b u a d h s""".split())


def _de_clause_end(text: str, end: int) -> int | None:
    """Where the clause after ``end`` ends: the first punctuation that is not inside a number
    ("8,5", "1.000"); None when a period may belong to an abbreviation or an ordinal ("Mio.",
    "am 3. März") or no end is in reach."""
    for m in _DE_CLAUSE_END.finditer(text, end, end + _LOOK):
        i = m.start()
        before, after = text[i - 1:i], text[i + 1:i + 2]
        if m.group() in ".," and before.isdigit() and after.isdigit():
            continue
        if m.group() == ".":
            word = _LAST_WORD.search(text, end, i)
            if word and (word.group(1).lower() in _DE_ABBREVIATIONS or word.group(1).isdigit()) \
                    and text[i + 1:i + 2] not in ("", "\n", "\r"):
                return None
        return i
    return len(text) if len(text) - end < _LOOK else None


def _article_use(words: list[str], i: int) -> bool:
    """der/die/das/dem/den used as an article (a capitalised noun or a lowercase adjective and a
    noun after it), not as a relative pronoun."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return bool(nxt) and (nxt[:1].isupper() or (i + 2 < len(words) and words[i + 2][:1].isupper()))


def _de_after_auxiliary(text: str, start: int, end: int, verb: DeVerb, aux: str):
    """The infinitive after a modal; the participle after the verb's own auxiliary or a past
    passive; else reported (werden: future or passive; sein with a haben verb)."""
    term = text[start:end]
    if aux in _DE_MODALS:
        return Choice(start, _without_written_complement(text, start, verb, verb.text), "German infinitive after a modal")
    participle = _without_written_complement(text, start, verb, verb.past_participle())
    if aux in _DE_HABEN and verb.auxiliary == "haben" or aux in _DE_SEIN and verb.auxiliary == "sein":
        return Choice(start, participle, "German participle (perfect)")
    if aux in _DE_PASSIVE_PAST and verb.auxiliary == "haben":
        return Choice(start, participle, "German participle (passive)")
    if aux in _DE_WERDEN and _de_accusative_object(text, start):
        # "dass sie den Markt 托底 wird": a passive takes no accusative object, so werden is the
        # future (or würde the conditional) and the term its infinitive
        return Choice(start, _without_written_complement(text, start, verb, verb.text),
                      "German infinitive after werden (future, with an accusative object)")
    clause_start = _clause_before(text, start)[1]
    if aux in _DE_WERDEN and verb.auxiliary == "haben" and clause_start >= 0 \
            and _DE_AGENT.search(text, clause_start, start):
        # "Der Film wird von den Plattformen 下架": an agent after "von" makes werden the passive
        return Choice(start, participle, "German participle (passive with an agent)")
    return Unclear(f"{term!r} in a clause with {aux!r}: the German verb takes {verb.auxiliary!r}, or an infinitive "
                   "and a participle could both be meant")


# The agent of a passive: "von" or "vom" and an article, a possessive or a name.
_DE_AGENT = re.compile(r"\b(?:von[ \u00a0]+(?:de[nmr]|einer|einem|seine[mnr]|ihre[mnr]|[A-ZÄÖÜ])|vom[ \u00a0]+[A-ZÄÖÜ])")



# Determiners that show the accusative masculine singular ("den" and "diesen" also the dative
# plural, so only before a noun that cannot be one: not ending in -n or -s), and the pronoun "ihn".
_DE_ACC_DETS = {"einen": False, "den": True, "diesen": True, "jenen": True}
_DE_ANY_PREP = set(_DE_PREP) | _DE_TWO_WAY | set("""am im zum zur beim vom ins ans aufs durch für gegen ohne um
bis entlang ab außer""".split())


_HYPHENATED_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _de_accusative_object(text: str, start: int) -> bool:
    """The clause before ``start`` holds an accusative object: "ihn", or "einen" / "den" (not
    after a preposition) before a singular noun that is not a time word ("den Markt", "einen
    neuen Fonds"; not "jeden Tag", "einen Monat", "durch den Staat", "den Firmen", "den
    Start-ups")."""
    words, clause_start = _clause_before(text, start)
    if not words:
        return False
    clause = _HYPHENATED_WORD.findall(text[clause_start:start])
    for i, w in enumerate(clause):
        lw = w.lower()
        if lw == "ihn":
            return True
        if lw not in _DE_ACC_DETS or (i > 0 and clause[i - 1].lower() in _DE_ANY_PREP):
            continue
        head = next((x for x in clause[i + 1:i + 4] if x[:1].isupper()), None)
        if head is None or head in _DE_TIME_NOUNS or _HAN_CHAR.search(head):
            continue
        if _DE_ACC_DETS[lw] and head.endswith(("n", "s")):  # a dative plural: "den Firmen", "den Start-ups"
            continue
        return True
    return False


# Genders of common nouns of news text, for the adjective before them; a compound takes the
# gender of its last part ("Windturbinenhersteller" is masculine like "Hersteller").
_DE_NOUN_GENDER = {}
for _g, _words in (("m", """hersteller ansatz markt konzern wettbewerb sektor kunde nutzer anbieter betreiber plan
                    bericht vorschlag standard kurs preis handel umsatz gewinn verlust erfolg trend weg schritt
                    staat partner investor fonds kredit vertrag streit angriff bereich dienst händler autobauer
                    zulieferer chip schuh turnschuh boom druck wandel fortschritt sprung aufschwung rückgang
                    schub stil ort raum verband verkauf kauf einsatz betrieb hafen park zug flug wagen"""),
                   ("f", """maßnahme regelung politik firma bank plattform branche strategie kampagne marke
                    technologie industrie wirtschaft regierung behörde lösung entwicklung gruppe stadt brücke
                    initiative reform regel app software strecke kette linie welle krise lage quote rate zahl
                    art form idee nachfrage produktion anlage fabrik schule universität kultur gesellschaft
                    methode praxis marktmacht"""),
                   ("n", """unternehmen modell projekt produkt system programm gesetz land auto handy telefon gerät
                    start-up startup geschäft angebot netzwerk werk ziel konzept verfahren ökosystem wachstum
                    verbot vorhaben team publikum video format portal spiel paket geld kapital instrument
                    gebäude viertel zentrum labor signal""")):
    for _w in _words.split():
        _DE_NOUN_GENDER[_w] = _g


def _de_noun_readings(noun: str) -> set[tuple[str, bool]]:
    """(gender, plural) readings of the noun after the adjective: from the list of common nouns
    (the last part of a compound), else from a feminine ending; empty when unknown."""
    low = noun.lower()
    for i in range(len(low) - 2):
        part = low[i:]
        if part in _DE_NOUN_GENDER:
            return {(_DE_NOUN_GENDER[part], False)}
        for ending in ("e", "en", "n", "er", "s", "se"):
            if part.endswith(ending) and part[:-len(ending)] in _DE_NOUN_GENDER and len(part) - len(ending) > 2:
                return {(_DE_NOUN_GENDER[part[:-len(ending)]], True)}
    if _DE_F_PLURAL.search(low):
        return {("f", True)}
    if re.search(r"(?:ung|heit|keit|schaft|tion|tät)$", low):
        return {("f", False)}
    return set()


def read_de_adjective(text: str, start: int, end: int, adj: DeAdjective, noun_next: str | None):
    """An attributive adjective before ``noun_next`` after a determiner (its readings narrowed by
    the noun's gender and number) or after a preposition with no determiner (strong); a
    predicative one after a form of sein at the end of the clause."""
    term = text[start:end]
    before = _before(text, start)
    if noun_next is None:
        if before and before[-1].lower() in _DE_SEIN | {"bleibt", "bleiben", "wirkt", "gilt", "gelten"} \
                and _ends_clause(text, end):
            return Choice(start, adj.predicative, "German predicative adjective")
        ending = _de_coordinate_ending(_clause_after(text, end))
        if ending is not None:
            return Choice(start, adj.attributive.replace("~", ending), "German adjective, ending of the next one")
        return None
    found = _de_adjective_readings(text, start, end, before, noun_next)
    if isinstance(found, Unclear):
        return found
    forms = {adj.declined(decl, c, gn) for decl, c, gn in found}
    if len(forms) != 1:
        why = "the case of the adjective" if _de_noun_readings(noun_next) else f"the gender of {noun_next!r}"
        return Unclear(f"{term!r} before {noun_next!r}: an adjective whose ending depends on {why}, which the words "
                       "around do not show")
    form = forms.pop()
    if at_sentence_start(text, start):
        form = form[:1].upper() + form[1:]
    return Choice(start, form, "German attributive adjective")


def _de_adjective_readings(text: str, start: int, end: int, before: list[str], noun: str):
    """(declension, case, gender or "pl") the adjective before ``noun`` may have: the
    determiner's readings (narrowed by the word before it) that fit the noun's gender and number
    where they are known, all of them where not (the ending may still be the same: "einem");
    without a determiner, the case a preposition or the start of the sentence gives."""
    term = text[start:end]
    known = _de_noun_readings(noun)
    gns = {"pl" if plural else gender for gender, plural in known} or {"m", "f", "n", "pl"}
    det, k, _ = _de_determiner(before)
    if det is not None:
        readings, decl = _DE_DET[det.lower()]
        det_pos = text.rfind(det, max(0, start - 80), start)
        readings = _de_plausible(readings, before[:k], det_pos >= 0 and at_sentence_start(text, det_pos))
        found = [(decl, c, g) for c, g in readings if g in gns]
        if not found:
            return Unclear(f"{term!r} before {noun!r}: the determiner {det!r} does not agree with the noun")
        return found
    prev = before[-1].lower() if before else None
    if prev in _DE_PREP:
        cases = {_DE_PREP[prev]}
    elif prev is None and at_sentence_start(text, start):
        cases = {"nom"}
    elif _de_plural_quantity(before):
        # "Mehrere 网红 Restaurants", "drei 传统 Händler": a plural in the nominative or
        # accusative, whose strong endings read alike
        return [("strong", c, "pl") for c in ("nom", "acc")]
    else:
        return Unclear(f"{term!r} before {noun!r}: an adjective without a determiner, in a case the words around "
                       "do not show")
    return [("strong", c, g) for c in cases for g in gns]


# Words of quantity in the nominative or accusative plural ("mehrere", "viele"; "vielen" is dative).
_DE_PLURAL_QUANTITY = set("""viele mehrere einige wenige zahlreiche etliche verschiedene zwei drei vier fünf sechs
sieben acht neun zehn zwölf hundert tausend""".split())


def _de_plural_quantity(before: list[str]) -> bool:
    """A word of quantity in the nominative or accusative plural, or a number, right before the
    term, with no preposition before it ("mit zwei" is dative)."""
    if not before:
        return False
    quantity = before[-1].lower()
    if quantity not in _DE_PLURAL_QUANTITY and not (quantity.isdigit() and quantity != "1"):
        return False
    return len(before) < 2 or not (before[-2].lower() in _DE_PREP or before[-2].lower() in _DE_TWO_WAY
                                   or before[-2].lower() in _DE_CLAUSE_PREPS or before[-2].lower() in _DE_UNJOINED)


def _de_coordinate_ending(after: list[str]) -> str | None:
    """Before another declined adjective and its noun ("专精特新 kleine und mittlere
    Unternehmen"): adjectives side by side share their ending."""
    if after[:1] in (["und"], ["oder"]):
        after = after[1:]
    if len(after) < 2 or not after[0].islower():
        return None
    m = re.search(r"(?:e|en|er|es|em)$", after[0])
    if m is None or after[0] in _DE_ADJ_NOT:
        return None
    for w in after[1:4]:
        if w[:1].isupper():
            return m.group(0)
        if not (w in ("und", "oder") or re.search(r"(?:e|en|er|es|em)$", w)) or w in _DE_ADJ_NOT:
            return None
    return None


# Lowercase words in -e/-en/-er/-es/-em that are no declined adjectives.
_DE_ADJ_NOT = set("""der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
sein seine seinen seinem seiner ihre ihren ihrem ihrer unsere diese diesen diesem dieser dieses jede jeden jedem
jeder jedes alle allen aber oder sehr mehr wieder immer nie hier sie wir ihr er es werden haben sind waren wurden
hatten können müssen sollen wollen dürfen machen sagen gehen geben nehmen lassen oben unten neben zwischen gegen
hinter unter über wegen trotz außer seit bei von vor nach hier dabei daher ohne binnen entgegen seitens
jenseits diesseits mittels innen außen eben gerne heute alleine beide beiden beidem manche manchen mancher manches
solche solchen solcher solches welche welchen welcher welches jene jenen jenem jener jenes meine meinen meinem meiner
meines deine deinen deinem deiner deines unserem unseren unserer unseres eure euren eurem eurer eures dessen deren
denen ihnen ihres wessen""".split())


def read_de_adverb(text: str, start: int, end: int, adverb: Adverb, alone: bool = False):
    """Before the verb that ends the clause ("悄悄 erhöht," "稳妥 vorantreiben,"), with at most
    one word between; for a concept without a German noun (``alone``), also ending a main clause
    whose finite verb is a full verb ("Die Preise stiegen nach der Dürre 大幅.")."""
    after = _clause_after(text, end)
    if _de_after_finite(text, start, end, after):
        return Choice(start, adverb.word, "adverb after the verb")
    if alone and not after and _de_full_verb_second(text, start):
        return Choice(start, adverb.word, "adverb ending a main clause whose verb is a full verb")
    if not after or len(after) > 2 or not all(w.islower() for w in after):
        return None
    last = after[-1]
    stop = text.find(last, end) + len(last)
    if not _ends_clause(text, stop) or not re.search(r"(?:t|en|ern|eln)$", last):
        return None
    return Choice(start, adverb.word, "adverb before the verb")


# Words that may follow the subject's noun without being the finite verb ("Die Preise für Strom",
# "Die Preise der ...", "Die Preise und Löhne").
_DE_NOT_FINITE_AFTER_SUBJECT = set("und oder sowie aus als wie".split())


def _de_full_verb_second(text: str, start: int) -> bool:
    """"Die Preise stiegen nach der Dürre 大幅.": the term ends a main clause that opens with a
    determiner and its noun, then a lowercase word that is no determiner, preposition or
    conjunction: the finite verb, and not an auxiliary or modal, so no infinitive or participle
    is missing at the end, and the term is an adverb of that verb."""
    clause, _ = _clause_before(text, start)
    if len(clause) < 4 or clause[0].lower() not in _DE_DET or not clause[1][:1].isupper():
        return False
    verb = clause[2]
    low = verb.lower()
    return verb.islower() and low not in _DE_AUX_MODAL and low not in _DE_DET and low not in _DE_PREP \
        and low not in _DE_TWO_WAY and low not in _DE_UNJOINED and low not in _DE_NOT_FINITE_AFTER_SUBJECT \
        and low not in _DE_CLAUSE_PREPS and low not in _DE_NOT_VERBS


_DE_AFTER_ADVERB = set("""um auf in an mit bei nach von vor seit gegenüber im am ins zum zur vom beim und als
gegen für""".split())


_DE_AUX_MODAL = _DE_AUXILIARIES | set("habe sei würde würden darf dürfen durfte durften möchte möchten mag".split())
_DE_NOT_VERBS = set("jetzt nicht erst nun bereits schon auch noch oft selbst bereit zuletzt erstmals meist".split())


def _de_after_finite(text: str, start: int, end: int, after: list[str]) -> bool:
    """"Der Umsatz stieg 同比 um fünf Prozent": after a lowercase word that is no determiner,
    preposition or declined adjective (the finite verb), before a preposition, a number or the
    end of the clause."""
    before = _before(text, start)
    if len(before) < 2 or not before[-1].islower():
        return False
    prev = before[-1]
    if prev in _DE_DET or prev in _DE_PREP or prev in _DE_AFTER_ADVERB:
        return False
    after_noun = before[-2][:1].isupper() and before[-2].lower() not in _DE_DET  # "Die Exporte wuchsen"
    if not after_noun and (_de_adjective_like(prev) or not re.search(r"(?:t|te|ten)$", prev)):
        return False
    nxt = after[0] if after else None
    if nxt is None and (prev.lower() in _DE_AUX_MODAL or prev.lower() in _DE_NOT_VERBS):
        # "Die Firma hat 悄悄." "Das Unternehmen will 首次.": an auxiliary or modal (or an adverb)
        # before the term, and the clause ends: the verb the adverb would modify is missing
        return False
    return nxt is None and _ends_clause(text, end) or nxt in _DE_AFTER_ADVERB or nxt in _DE_DET \
        or bool(nxt and nxt[0].isdigit())


# -- French ----------------------------------------------------------------------------------
_FR_INF_TRIGGERS = set("""veut veulent voulait voulaient voudrait voudraient doit doivent devait devaient devrait
devraient peut peuvent pouvait pouvaient pourrait pourraient va vont allait allaient faut fallait préfère préfèrent
préférait souhaite souhaitent souhaitait compte comptent espère espèrent entend entendent sait savent dû pu voulu su
pour sans vouloir pouvoir devoir aller""".split())
_FR_INVERTED = set("il ils elle elles on".split())
_FR_DE_GOVERNORS = set("""choisissent choisir décidé décide décident décider tente tentent tenté essaie essaient essayé refuse refusent
refusé cessé cesse arrêté permet permettent permis accepté accepte acceptent promis promet envisage envisagent
choisi choisit continue continuent afin avant plutôt besoin intention droit possibilité capable incapable obligé
obligés contraint contraints forcé forcés chargé prévoit prévoient prévu menace menacé
obligée obligées contrainte contraintes forcée forcées chargée chargés chargées capables incapables décidée décidés
décidées tenter essayer décider refuser accepter cesser permettre envisager promettre choisir menacer prévoir
tenté tentée tentés envisagé promettent menacent cessent essaye essayent efforce efforcent efforcé
difficile difficiles facile faciles impossible nécessaire urgent""".split())
# Words that are nouns as well as verbs of the list above: after an article or a possessive they
# are the noun ("la menace de 退市": the threat of delisting), and the term after "de" is a noun.
_FR_NOUN_DETS = set("le la l un une ce cette son sa leur du au".split())
_FR_A_GOVERNORS = set("""commence commencent commencé continue continuent cherche cherchent vise visent aide aident
aidé parvient parviennent parvenu réussi réussit prêt prêts prête prêtes appelé appelés invité invités incité
incités poussé poussés autorisé autorisés habitué consiste consistent peine peinent peinait peinaient peiné hésite
hésitent hésitait hésité tarde tardent tardait tardé apprête apprêtent apprêtait visant cherchant""".split())
_FR_AVOIR = set("a ont avait avaient aura auront aurait auraient ai avons avez as".split())
_FR_ETRE = set("est sont était étaient sera seront serait seraient été".split())
_FR_ADVERBS = set("""pas plus jamais encore déjà enfin bien toujours aussi finalement récemment rapidement
notamment également ainsi vite n ne ensuite""".split())
_FR_DETS = {"le": ("m", False), "la": ("f", False), "un": ("m", False), "une": ("f", False), "ce": ("m", False),
            "cet": ("m", False), "cette": ("f", False), "son": ("m", False), "sa": ("f", False), "mon": ("m", False),
            "ma": ("f", False), "ils": ("m", True), "il": ("m", False), "elle": ("f", False), "elles": ("f", True),
            "du": ("m", False), "au": ("m", False)}
_FR_PLURAL_DETS = set("les des ces ses leurs nos vos mes aux plusieurs".split())


def _fr_subject(clause: list[str]) -> tuple[str | None, bool | None]:
    """Gender (None when unknown) and number of the noun phrase opening the clause."""
    if not clause:
        return None, None
    first = clause[0].lower().replace("’", "'")
    if first in _FR_DETS:
        return _FR_DETS[first]
    if first in _FR_PLURAL_DETS:
        return None, True
    return None, None


def read_fr_verb(text: str, start: int, end: int, verb: FrVerb):
    """The French verb's infinitive after a modal-like verb or preposition, or its participle
    after an auxiliary; None for another slot. A verb phrase holding its own object
    ("assouplir les restrictions") before another object ("à 松绑 les règles") is reported."""
    found = _read_fr_verb(text, start, end, verb)
    if isinstance(found, Choice) and _fr_second_object(text, end, verb):
        return Unclear(f"{text[start:end]!r}: an object follows, and the glossary's verb {verb.infinitive_phrase()!r} "
                       "holds its own")
    if isinstance(found, Choice) and _fr_stranded_preposition(text, end, verb):
        return Unclear(f"{text[start:end]!r}: the glossary's verb {verb.infinitive_phrase()!r} ends in a preposition, "
                       "and no object follows")
    if isinstance(found, Choice) and verb.transitive and not _FR_HELD_OBJECT.match(verb.complement or "") \
            and not _fr_passive_before(text, start) and _fr_no_object(text, end):
        # "mettre en œuvre" needs an object ("faire le buzz" holds one), save in the passive
        return Unclear(f"{text[start:end]!r}: the glossary's verb {verb.infinitive_phrase()!r} needs a direct object, "
                       "and none follows")
    return found


_FR_PASSIVE_BE = _FR_ETRE | set("être soit soient fut furent".split())


def _fr_passive_before(text: str, start: int) -> bool:
    """A form of être (adverbs left aside) before the term: a passive participle, which takes no
    object ("n'a pas encore été 落地" → "mise en œuvre")."""
    clause, _ = _clause_before(text, start)
    lower = [w.lower() for w in clause]
    i = len(lower) - 1
    while i >= 0 and lower[i] in _FR_ADVERBS:
        i -= 1
    return i >= 0 and lower[i] in _FR_PASSIVE_BE


def _fr_no_object(text: str, end: int) -> bool:
    """No noun phrase follows the term, or one that names a time ("cette année")."""
    m = _FR_NOUN_PHRASE_START.match(text, end)
    if m is None:
        return True
    following = re.match(r"\s*(\w+)", text[m.end():])
    return following is not None and following.group(1).lower() in _FR_TIME_NOUNS


_FR_END_PREPOSITIONS = set("contre sur à avec pour dans vers de en chez".split())
_FR_NOUN_PHRASE_START = re.compile(r"[ \u00a0]+(?:[Ll]['’]|[Dd]['’]|(?:le|la|les|un|une|des|du|ses|son|sa|leur|leurs|ce|cet|"
                              r"cette|ces|tous|toutes|plusieurs|certains|certaines)\b|[A-ZÀ-Ý0-9])")


def _fr_stranded_preposition(text: str, end: int, verb: FrVerb) -> bool:
    """The verb phrase ends in a preposition ("sévir contre") and no noun phrase follows."""
    last = verb.complement.split(" ")[-1] if verb.complement else ""
    return last in _FR_END_PREPOSITIONS and _fr_no_object(text, end)


_FR_OBJECT_DETS = set("le la l les un une des du ses son sa leur leurs ce cet cette ces".split())
_FR_ARTICLE = re.compile(r"[ \u00a0]+(?:[Ll]['’]|(\w+)[ \u00a0]+)(\w+)")
# Nouns of time after a determiner open no object ("cette année", "l'an prochain", "la semaine dernière").
_FR_TIME_NOUNS = set("""an ans année années semaine semaines mois trimestre trimestres fois jour jours matin soir
week-end été hiver automne printemps veille lendemain""".split())


def _fr_second_object(text: str, end: int, verb: FrVerb) -> bool:
    """The verb's complement opens with a determiner (an object of its own) and a determiner or a
    number follows the term ("a 降薪 3000 salariés")."""
    first = verb.complement.split(" ")[0].lower().replace("’", "'") if verb.complement else ""
    if not (first in _FR_OBJECT_DETS or first.startswith("l'")):
        return False
    m = _FR_ARTICLE.match(text, end)
    return m is not None and (m.group(1) is None or m.group(1).lower() in _FR_OBJECT_DETS or m.group(1).isdigit()) \
        and m.group(2).lower() not in _FR_TIME_NOUNS


def _read_fr_verb(text: str, start: int, end: int, verb: FrVerb):
    clause, _ = _clause_before(text, start)
    if not clause:
        return None
    lower = [w.lower().replace("’", "'") for w in clause]
    found = _fr_infinitive(text, start, verb, lower)
    if found is not None:
        return found
    i = len(lower) - 1
    while i >= 0 and lower[i] in _FR_ADVERBS:
        i -= 1
    if i >= 0 and (lower[i] in _FR_REFLEXIVE_ETRE or (lower[i] == "sont" and i > 0 and lower[i - 1] == "se")):
        return _fr_reflexive_participle(text[start:end], start, verb, clause, lower, i)
    if i < 0 or lower[i] not in _FR_AVOIR | _FR_ETRE:
        return _fr_present(text, start, end, verb, lower)
    return _fr_participle(text[start:end], start, verb, clause, lower, i)


# A pronoun and être already before the term ("Le constructeur s'est 上市"): the passé composé of
# a pronominal verb, whose participle agrees with the subject.
_FR_REFLEXIVE_ETRE = {"s'est": False, "s'était": False, "s'étaient": True}


def _fr_reflexive_participle(term: str, start: int, verb: FrVerb, clause: list[str], lower: list[str], i: int):
    """After "s'est", "se sont" ...: the participle of a pronominal verb (without its pronoun),
    agreeing with the subject whose determiner or pronoun shows gender and number; another verb,
    or a subject that shows neither, is reported."""
    if not verb.pronominal:
        return Unclear(f"{term!r} after {clause[i]!r}: the French verb is not pronominal")
    gender, plural = _fr_subject_gender(lower[:i - 1] if lower[i] == "sont" else lower[:i])
    aux_plural = lower[i] == "sont" or _FR_REFLEXIVE_ETRE.get(lower[i], False)
    if gender is None or plural is None or plural != aux_plural:
        return Unclear(f"{term!r} after {clause[i]!r}: the participle agrees with the subject, whose gender or "
                       "number is not clear")
    return Choice(start, verb.participle_phrase(gender, plural), "French participle of a pronominal verb, agreeing "
                  "with the subject")


def _fr_subject_gender(lower: list[str]) -> tuple[str | None, bool | None]:
    """Gender and number of the subject before the term: a subject pronoun right before it, or
    the determiner opening the clause (not "l'", "les": no gender shown)."""
    if lower and lower[-1] in ("il", "elle", "ils", "elles"):
        return _FR_DETS[lower[-1]]
    if len(lower) >= 2 and lower[0] in _FR_DETS and lower[0] not in _FR_SUBJECT_PRONOUNS and lower[0] not in _FR_NO_GENDER:
        return _FR_DETS[lower[0]]
    return None, None


# Determiners whose form shows no gender of the noun ("son entreprise", "mon amie") or that open
# no subject ("du", "au").
_FR_NO_GENDER = {"son", "mon", "du", "au"}


_FR_SUBJECT_PRONOUNS = {"il": False, "elle": False, "on": False, "ils": True, "elles": True}


def _fr_clause_subject_plural(lower: list[str]) -> bool | None:
    """Whether the subject before the term is plural: a subject pronoun right before it, or the
    noun phrase opening the clause by its determiner; None when neither shows."""
    if lower[-1] in _FR_SUBJECT_PRONOUNS:
        return _FR_SUBJECT_PRONOUNS[lower[-1]]
    if len(lower) >= 2 and lower[0] in _FR_DETS and lower[0] not in _FR_SUBJECT_PRONOUNS:
        return False
    if len(lower) >= 2 and lower[0] in ("les", "des", "ces", "plusieurs"):
        return True
    return None


_FR_FUTURE_VERB = re.compile(r"\b(?:va|vont|vais|allait|allaient|sera|seront|serait|seraient|aura|auront|aurait|"
                             r"auraient|ira|iront|devrait|devraient|pourrait|pourraient)\b", re.IGNORECASE)


def _fr_present(text: str, start: int, end: int, verb: FrVerb, lower: list[str]):
    """A finite verb after its subject (a pronoun, or the noun phrase opening the clause:
    "le/la/un/une ... " or "les/des/ces ..."): in the present when a time phrase says present and
    none says past; in the passé composé with avoir when one says past ("lundi", "hier", "en 2023")
    and none says present (a verb taking être: "est"/"s'est" and the participle agreeing with a
    subject whose determiner or pronoun shows its gender, else reported); in the present beside a
    phrase of future time with no future verb (va, sera ...) and no past ("licencie ... la semaine
    prochaine"); after "que", only where the subjunctive is sure (:func:`_fr_subjunctive`)."""
    if "que" in lower or "qu" in lower or any(w.startswith("qu'") for w in lower):
        return _fr_subjunctive(text, start, end, verb, lower)
    plural = _fr_clause_subject_plural(lower)
    if plural is None:
        return None
    if "que" in lower or "qu" in lower or any(w in _FR_AVOIR | _FR_ETRE | _FR_INF_TRIGGERS for w in lower):
        return None
    sentence = _sentence(text, start, end)
    present, past = tense.present("fr", sentence), tense.past("fr", sentence)
    if tense.future("fr", sentence):
        # "la semaine prochaine", "en 2030" with no future verb (va, sera ...): French says the
        # near or planned future in the present ("licencie ... la semaine prochaine")
        if past or _FR_FUTURE_VERB.search(sentence):
            return None
        present = True
    if present == past:
        return None
    if present:
        return Choice(start, verb.present(plural), "French verb in the present")
    if verb.auxiliary != "avoir" or verb.pronominal:
        return _fr_passe_compose_etre(text, start, end, verb, lower, plural)
    return Choice(start, ("ont " if plural else "a ") + verb.participle_phrase(), "French verb in the passé composé")


def _fr_passe_compose_etre(text: str, start: int, end: int, verb: FrVerb, lower: list[str], plural: bool):
    """"Le groupe 上市 ... en 2021" -> "s'est introduit": être (with the pronoun of a pronominal
    verb), the participle agreeing with a subject whose determiner or pronoun shows its gender."""
    gender, number = _fr_subject_gender(lower)
    if gender is None or number != plural:
        return Unclear(f"{text[start:end]!r}: a verb in the past (passé composé) whose auxiliary is être, and "
                       "its participle agrees with a subject whose gender is not read")
    aux = ("se sont " if plural else "s'est ") if verb.pronominal else ("sont " if plural else "est ")
    return Choice(start, aux + verb.participle_phrase(gender, plural), "French verb in the passé composé with être")


# Words before "que" that govern the subjunctive: verbs of wanting, needing, fearing, waiting,
# ordering, and the conjunctions pour que, afin que, avant que, sans que, bien que, à condition
# que, de peur que ("à ce que" is read apart). Not dire, penser, estimer, espérer (indicative) nor
# se plaindre que (either).
_FR_SUBJ_GOVERNORS = set("""faut fallait faudra faudrait veut veulent voulait voulaient voudrait voudraient souhaite
souhaitent souhaitait souhaitaient exige exigent exigeait exigeaient ordonne ordonnent attend attendent attendait
craint craignent redoute redoutent pour afin avant sans bien condition pourvu peur crainte""".split())
def _fr_subject_after_que(words: list[str]) -> bool | None:
    """Whether the subject between "que" and the term is plural: a subject pronoun, or a
    determiner and up to three words; None when it is something else."""
    if len(words) == 1 and words[0] in _FR_SUBJECT_PRONOUNS:
        return _FR_SUBJECT_PRONOUNS[words[0]]
    if len(words) == 1 and words[0].startswith("l'"):
        return False
    if not 2 <= len(words) <= 4:
        return None
    if words[0] in _FR_DETS and words[0] not in _FR_SUBJECT_PRONOUNS:
        return False
    return True if words[0] in _FR_PLURAL_DETS else None


def _fr_subjunctive(text: str, start: int, end: int, verb: FrVerb, lower: list[str]):
    """A verb after its subject in a clause of "que" that takes the subjunctive ("s'attendent à ce
    que le gouvernement 托底 le marché" -> "soutienne"): the present subjunctive, built on the stem
    of the third person plural (soutiennent -> soutienne); a verb whose subjunctive is irregular
    (faire, pouvoir ...) is reported. Other clauses of "que", where the indicative may be meant,
    give None."""
    words = []
    for w in lower:
        words += ["que", w[3:]] if w.startswith("qu'") and len(w) > 3 else ["que" if w == "qu" else w]
    q = len(words) - 1 - words[::-1].index("que")
    governor = words[q - 1] if q else None
    if not (governor in _FR_SUBJ_GOVERNORS or (governor == "ce" and q > 1 and words[q - 2] == "à")):
        return None
    plural = _fr_subject_after_que(words[q + 1:])
    if plural is None:
        return None
    form = verb.subjunctive(plural)
    if form is None:
        return Unclear(f"{text[start:end]!r} after 'que': a subjunctive, which the French verb forms irregularly")
    return Choice(start, form, "French subjunctive after que")


# Adverbs that may stand between a modal and its infinitive ("ne devrait pas 加息", "pour ne
# jamais"); not "plus", which also opens a quantity ("veut plus de ...").
_FR_INF_ADVERBS = set("pas jamais encore déjà bien aussi également vite rapidement enfin finalement ne n".split())


def _fr_infinitive(text: str, start: int, verb: FrVerb, lower: list[str]):
    prev = lower[-1]
    governor = lower[-2] if len(lower) > 1 else None
    if governor in _FR_INVERTED and len(lower) > 2 and re.search(r"[-‐]" + governor + r"[ \u00a0]+\S+[ \u00a0]*$",
                                                                  text[max(0, start - 30):start]):
        governor = lower[-3]  # "choisissent-ils de 躺平": the verb before the inverted subject
    k = len(lower) - 1
    while k > 0 and lower[k] in _FR_INF_ADVERBS:
        k -= 1
    if prev in _FR_INF_TRIGGERS or (k < len(lower) - 1 and lower[k] in _FR_INF_TRIGGERS):
        return Choice(start, verb.infinitive_phrase(), "French infinitive")
    if prev in ("de", "d'", "d") and governor in _FR_DE_GOVERNORS:
        if len(lower) > 2 and lower[-3].rstrip("'") in _FR_NOUN_DETS:
            return None
        de = text.rfind("d", max(0, start - 4), start)
        if de < 0:
            return None
        return Choice(de, ("d'" if verb.elides else "de ") + verb.infinitive_phrase(), "French infinitive after de")
    if prev == "à" and governor in _FR_A_GOVERNORS:
        return Choice(start, verb.infinitive_phrase(), "French infinitive after à")
    return None


# A French verb phrase whose words after the verb begin with a determiner holds its own direct
# object ("faire le buzz", "prendre la mer", "faire des promesses"): it has no passive with être.
_FR_HELD_OBJECT = re.compile(r"(?:le|la|les|un|une|des|du|de|l['’]|d['’])(?:\s|(?<=['’]))", re.IGNORECASE)


def _fr_participle(term: str, start: int, verb: FrVerb, clause: list[str], lower: list[str], i: int):
    """After avoir (no agreement; an être verb is reported) or être (agreeing with the subject)."""
    aux = lower[i]
    if aux in _FR_AVOIR:
        if verb.auxiliary != "avoir":
            return Unclear(f"{term!r} after {clause[i]!r}: the French verb is conjugated with être, so the auxiliary "
                           "would change")
        return Choice(start, verb.participle_phrase(), "French participle after avoir")
    if verb.infinitive in ("être", "avoir"):
        return Unclear(f"{term!r} after {clause[i]!r}: a verb phrase with être or avoir has no passive")
    if verb.pronominal or verb.auxiliary == "être" and aux != "été":
        return Unclear(f"{term!r} after {clause[i]!r}: a pronominal or être verb; its pronoun would go before "
                       "the auxiliary")
    if _FR_HELD_OBJECT.match(verb.complement):
        return Unclear(f"{term!r} after {clause[i]!r}: {verb.infinitive_phrase()!r} holds its own object, so it has "
                       "no passive, and its auxiliary is avoir")
    gender, plural = _fr_subject(clause)
    verb_plural = _fr_aux_plural(lower[:i + 1])
    if gender is None or plural is None or (verb_plural is not None and verb_plural != plural):
        return Unclear(f"{term!r} after {clause[i]!r}: the participle agrees with the subject, whose gender or "
                       "number is not clear")
    return Choice(start, verb.participle_phrase(gender, plural), "French participle, agreeing with the subject")


def _fr_aux_plural(words: list[str]) -> bool | None:
    for w in reversed(words):
        if w in ("a", "est", "était", "sera", "serait", "avait", "aura", "aurait"):
            return False
        if w in ("ont", "sont", "étaient", "seront", "seraient", "avaient", "auront", "auraient"):
            return True
    return None


def read_fr_adjective(text: str, start: int, end: int, adj: FrAdjective):
    """After a noun with its determiner ("une mesure 一刀切", "les modèles 开源"): the adjective
    agreeing with the determiner's gender and number; a gender the determiner does not show is
    reported where the forms differ."""
    term = text[start:end]
    before = _before(text, start)
    if len(before) < 2:
        return None
    noun, det = before[-1], before[-2].lower().replace("’", "'")
    if re.match(r"d['’]\w{3,}$", noun) or (det == "de" and noun.isalpha()):
        # "la demande d'acier 低碳", "des puces de mémoire 高端": a noun after "de" shows neither
        # gender nor number, so only an adjective whose four forms are one goes in
        forms = {adj.form(g, pl) for g in ("m", "f") for pl in (False, True)}
        return Choice(start, forms.pop(), "French invariable adjective after a noun") if len(forms) == 1 and \
            noun[:1].islower() else None
    if not noun.islower() or len(noun) < 3 or noun in _FR_AVOIR | _FR_ETRE:
        return None
    if det.endswith("'") or det in ("l", "d"):
        det = "l'"
    known = {"le": ("m", False), "la": ("f", False), "un": ("m", False), "une": ("f", False), "ce": ("m", False),
             "cet": ("m", False), "cette": ("f", False), "son": ("m", False), "sa": ("f", False), "du": ("m", False),
             "au": ("m", False), "l'": (None, False), "leur": (None, False), "notre": (None, False)}
    if det in known:
        gender, plural = known[det]
    elif det in _FR_PLURAL_DETS:
        gender, plural = None, True
    else:
        return None
    if gender is None and adj.variable[1 if plural else 0]:
        return Unclear(f"{term!r} after {before[-2]!r} {noun!r}: the adjective agrees with the noun, whose gender "
                       "the words around do not show")
    return Choice(start, adj.form(gender or "m", plural), "French adjective agreeing with the noun")


_FR_PREPOSITIONS = set("de d à en dans par pour sur avec depuis pendant".split())
_FR_OBJECT_START = set("le la les l un une des du son sa ses leur leurs ce cette ces".split())
_FR_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|ert|erte)$")


def read_fr_adverb(text: str, start: int, end: int, adverb: Adverb):
    """Between an auxiliary and its participle ("a 悄悄 augmenté"), after an infinitive ("fera
    avancer 稳妥 la réforme"), after a modal before an infinitive, after a participle (that follows
    its auxiliary) before its object, a preposition or the clause end; an adverb of several words
    only after the verb."""
    before = _before(text, start)
    after = _clause_after(text, end)
    prev = before[-1].lower() if before else ""
    nxt = after[0].lower() if after else ""
    where = _fr_adverb_before_verb(prev, nxt) if " " not in adverb.word else None
    if where is not None:
        return Choice(start, adverb.word, where)
    participle = bool(_FR_PARTICIPLE.search(prev)) and len(prev) > 4 and len(before) > 1 \
        and before[-2].lower() in _FR_AVOIR | _FR_ETRE | _FR_ADVERBS
    object_or_end = not after or nxt in _FR_OBJECT_START or nxt in _FR_PREPOSITIONS
    if participle and (object_or_end or _ends_clause(text, end)):
        return Choice(start, adverb.word, "adverb after the participle")
    if re.search(r"[a-zé](?:er|ir)$", prev) and len(prev) > 4 and (not after or nxt in _FR_OBJECT_START):
        return Choice(start, adverb.word, "adverb after the infinitive")
    return None


def _fr_adverb_before_verb(prev: str, nxt: str) -> str | None:
    if prev in _FR_AVOIR | _FR_ETRE and _FR_PARTICIPLE.search(nxt):
        return "adverb before the participle"
    if prev in _FR_INF_TRIGGERS - {"pour", "sans"} and re.search(r"(?:er|ir|re)$", nxt):
        return "adverb before the infinitive"
    return None


# -- English adverbs -------------------------------------------------------------------------
_EN_PREPS = set("""in on at for with from by about into over under between among against through across within
during after before since until to throughout amid despite""".split())
# Words that may follow an adverb after its verb: "rose 稳步 last quarter", "grew 稳步 and ...".
_EN_AFTER_ADVERB = _EN_PREPS | set("and but last this next yesterday today again as while when because than".split())


def read_en_adverb(s) -> object | None:
    """An adverb: between a modal or auxiliary and the verb ("will 大力 support", "have 持续
    declined"), between a subject and a past verb ("The company 悄悄 raised"), after a verb before
    a preposition or the end of the clause ("recovered 稳步 in", "was completed 提前,")."""
    adv = next((r for r in s.rends if r.pos == "r"), None)
    if adv is None or not s.before:
        return None
    # An adverb of several words goes after its verb ("was completed ahead of schedule"), not
    # between a subject or auxiliary and the verb.
    where = (_en_adverb_before_verb(s) if " " not in adv.text else None) or _en_adverb_after_verb(s)
    return None if where is None else Choice(s.start, adv.text, where)


# Participles that are not also past forms ("have 持续 risen").
_EN_PARTICIPLES = set("""risen fallen grown shown known driven taken given gone done seen been written spoken chosen
broken frozen stolen eaten beaten hidden forgotten begun won shrunk sunk drawn thrown blown flown worn torn sworn
undertaken overtaken mistaken withdrawn overseen""".split())


def _en_adverb_before_verb(s) -> str | None:
    prev, nxt = s.before[-1].lower(), s.nxt_l or ""
    past = nxt.endswith("ed") or nxt in _IRREGULAR_PAST or (nxt in _EN_PARTICIPLES and prev in _HAVE | _BE)
    if prev in _MODALS and nxt.isalpha() and nxt not in _FUNCTION:
        return "adverb after a modal"
    if prev in _HAVE | _BE and (past or (nxt.endswith("ing") and nxt not in _PREPS)):
        return "adverb after an auxiliary"
    if past and _subject_before(prev) and nxt not in _BE:
        return "adverb before the verb"
    return None


def _subject_before(prev: str) -> bool:
    """The word before the term may end a subject ("The company 悄悄 raised"): no determiner or
    possessive, preposition, conjunction or verb ("said 悄悄 was": no subject before the adverb)."""
    if prev in _ANY_DET or prev in _SG_DET or prev in _PL_DET or prev.endswith(("'s", "’s")):
        return False
    if prev.endswith("ed") or prev in _IRREGULAR_PAST:
        return False
    return prev not in _PREPS and prev not in ("to", "and", "or")


def _en_adverb_after_verb(s) -> str | None:
    prev, nxt = s.before[-1].lower(), s.nxt_l
    if not (nxt is None or nxt in _EN_AFTER_ADVERB) or prev in _ANY_DET or prev in _SG_DET or prev in _PL_DET:
        return None
    if (prev.endswith("ed") or prev in _IRREGULAR_PAST or prev in _EN_PARTICIPLES) and prev not in _BE | _HAVE:
        return "adverb after the verb"
    if prev not in _FUNCTION and any(w.lower() in _MODALS | _HAVE | _BE or w.lower() in _IRREGULAR_PAST
                                     or (w.islower() and w.endswith("ed")) for w in s.before[:-1]):
        return "adverb after the verb's object"
    return None
