"""Reading the slot a leftover term stands in and choosing the word form for it.

Each reader gets the text, the term's span and the concept's renderings for the language, and
returns a :class:`Choice` (the span to replace, which may start earlier to fix an article, and
the replacement) or an :class:`Unclear` with the reason: where the words around the term do not
tell which form is right, the term stays and the reason is reported, rather than an
ungrammatical sentence being written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..running_text import at_sentence_start
from . import slots_words as _words
from . import tense
from .slots_base import (DE_UNITS, FR_UNITS, Choice, Unclear, _ADVERBS, _AGENT_ENDING, _AGENT_NOUNS, _ANY_DET, _BE, _CJK, _DEGREE,
                         _DE_DEF, _DE_DEFINITE, _DE_DET, _INTRANSITIVE, _de_ein_stem,
                         _DE_INDEF, _DE_PL_AGREE, _DE_PREP, _DE_SG_AGREE, _DE_TWO_WAY, _DE_VERB_SLOT,
                         _FUNCTION, _GERUND_TRIGGERS, _HAVE, _INF_TRIGGERS, _ING_PREPS, _IRREGULAR_PAST, _PAST_SAME_AS_BASE, _LOOK, _MODALS,
                         _NOT_ADVERBS, _ORGANISATIONS, _PERSON_NOUNS, _PL_DET, _PREPS, _SG_DET, _SUBJECT_PRONOUNS,
                         _WORD, _after, _before,
                         _de_adjective_like, _de_determiner, _de_plausible, _next_is_punct_or_end)
from .forms import (Adverb, DeAdjective, DeRendering, DeVerb, EnRendering, FrAdjective, FrRendering, FrVerb, adjective_ending,
                    parts_of)


# -- English ---------------------------------------------------------------------------------
_SG_AGREE = {"is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't"}
_PL_AGREE = {"are", "were", "have", "do", "aren't", "weren't", "haven't", "don't"}
_OBJECT_START = _SG_DET | _PL_DET | {"the", "its", "their", "his", "her", "our", "my", "your", "them", "us", "him",
                                     "it", "some", "more", "new"}


_ADJ_ENDING = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ed|ing|ese|ish|ian|est|ary|ory|ent|ant|ile|ern|ern)$")
_ADJECTIVES = set("""single new big small large whole entire next key core main top major same other such own old young
high low long short fast slow hot cold real true full free rich poor good bad best worst latest last first second third
huge vast broad wide strong weak cheap smart open closed local global domestic foreign overseas online offline
digital mobile green clean private public joint chief senior junior total net gross early late tight loose strict
tough lax harsh pure mere sheer utter complete absolute outright blatant typical classic""".split())


# Past forms that are never adjectives before a noun ("The reform made 独角兽 rare").
_PAST_NOT_ADJECTIVE = set("""said made took went came became began gave got saw ran met told thought brought sought
chose wrote drove spoke knew grew drew threw rose fell sold bought""".split())


def _adjective_like(word: str) -> bool:
    """May stand between a determiner and its noun: not a verb or plural noun in -s."""
    if word in _PAST_NOT_ADJECTIVE:
        return False
    return word in _ADJECTIVES or bool(_ADJ_ENDING.search(word)) or "-" in word or not word.endswith("s")


def _skip_adverbs(words: list[str]) -> list[str]:
    i = len(words)
    while i > 0 and (words[i - 1].lower() in _ADVERBS or (words[i - 1].lower().endswith("ly") and len(words[i - 1]) > 4
                                                           and words[i - 1].lower() not in _LY_NOUNS)):
        i -= 1
    return words[:i]


def _is_number(word: str) -> bool:
    return bool(re.fullmatch(r"\d[\d,.]*", word))


def _content(word: str | None) -> bool:
    """A lowercase content word (likely a noun after a modifier)."""
    return bool(word) and word[0].islower() and word.lower() not in _FUNCTION and not _is_number(word)


def _modifier(text: str) -> str:
    """A two-word phrase before a noun is hyphenated when it starts with a participle: "closed-loop
    service"; not when that word is a compound already ("volume-based procurement scheme")."""
    words = text.split(" ")
    if len(words) == 2 and re.search(r"(?:ed|ing)$", words[0]) and "-" not in words[0] and words[1].isalpha() \
            and words[1].islower():
        return "-".join(words)
    return text


_THIRD_PERSON = {"he", "she", "it"}
# Adverbs of frequency between a subject and its verb ("managers often 背锅").
_FREQUENCY = set("often usually always sometimes regularly frequently rarely seldom routinely typically".split())
_NON_THIRD = {"i", "we", "they", "you"}


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n")
    his = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return lo + 1, min(his) if his else len(text)


def _sentence_around(text: str, start: int, end: int) -> str:
    lo, hi = _sentence_span(text, start, end)
    return text[lo:hi]


# A clause of time or cause with a verb in the past ("when users noticed", "after the firm
# announced"): the main verb is in the past too. A subject of one to three words comes first, so
# "as expected" or "after years of waiting" do not count.
_PAST_CLAUSE = re.compile(
    r"\b(?:when|after|before|until|once|because|as soon as)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?!(?:the|a|an|its|their|his|her|our|my|your|these|those|this|that|some|many|all)\s)[\w'’-]+\s+"
    r"(?:(?!\w*eed\b|hundred\b)[a-z]{2,}ed|" + "|".join(sorted(_IRREGULAR_PAST - {"set", "put", "cut", "hit", "let",
                                                                                     "quit", "bet", "shut", "spread"}))
    + r")\b")


def _past_in(scope: str, clause: bool) -> bool:
    """A phrase of past time (a weekday only in the term's own clause) or a clause of time in the past."""
    return tense.past("en", scope, clause) or bool(_PAST_CLAUSE.search(scope))


# "this year" says present only beside a verb in the present ("this year ... is", "remains").
_THIS_YEAR = re.compile(r"\bthis (?:year|month|week|quarter)\b", re.I)
_PRESENT_VERB = re.compile(r"\b(?:is|are|remains|remain|seems|seem|looks|look|says|say|expects|expect)\b", re.I)


def _present_in(scope: str) -> bool:
    return tense.present("en", scope) or bool(_THIS_YEAR.search(scope) and _PRESENT_VERB.search(scope))


_CLAUSE_MARK = re.compile(r"[!?\n;:]|[.,](?!\d)|(?<!\d)[.,]")  # not the comma of "1,000" or the point of "1.5"


def _clause_around(text: str, start: int, end: int) -> str:
    lo = max((m.start() for m in _CLAUSE_MARK.finditer(text, 0, start)), default=-1)
    hi = _CLAUSE_MARK.search(text, end)
    return text[lo + 1:hi.start() if hi else len(text)]


# Another finite verb in the past joined to the term by "and" ("... 裁员 staff and closed two
# offices", "resigned and 躺平"): the term's verb is in the past too.
_AND_PAST = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+)?(?:(?!\w*eed\b|hundred\b)[a-z]{2,}ed|"
                       + "|".join(sorted(_IRREGULAR_PAST - {"set", "put", "cut", "hit", "let", "quit", "bet", "shut",
                                                            "spread", "read"})) + r")\b")
_PAST_AND = re.compile(r"\b(?:(?!\w*eed\b)[a-z]{2,}ed|" + "|".join(sorted(_IRREGULAR_PAST - {"set", "put", "cut", "hit",
                       "let", "quit", "bet", "shut", "spread", "read", "had", "was", "were", "did"}))
                       + r")\s+and\s*$")


_PAST_WORD = (r"(?:(?!\w*eed\b|hundred\b)[a-z]{2,}ed|" + "|".join(sorted(_IRREGULAR_PAST - {
    "set", "put", "cut", "hit", "let", "quit", "bet", "shut", "spread", "read"})) + r")")
# A main verb in the past, then "as", "while" or "when" and a short subject right before the term
# ("filmed herders as they 种草"): the term's clause happens at that time, in the past. Not a
# participle after a present form of be, have or get ("Staff are told to leave before ...").
_PAST_THEN_AS = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bhas )(?<!\bhave )"
                           r"(?<!\bget )(?<!\bgets )\b" + _PAST_WORD + r"\b[^.,;:!?\n]{0,60}\b(?:as|while|when|after|before|until|once|because)\s+(?:[\w'’-]+\s+){0,2}"
                           r"[\w'’-]+\s*$")
# A participle of saying after the term's clause, and the verb of what was said ("吐槽 the new
# logo, saying it looked like ..."): its tense follows the main verb's.
_SAYING = r",\s+(?:saying|claiming|arguing|adding|noting|complaining|warning|explaining)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}?"
_SAYING_PAST = re.compile(_SAYING + r"(?:was|were|had|" + _PAST_WORD[3:-1] + r")\b")
_SAYING_PRESENT = re.compile(_SAYING + r"(?:is|are|has|looks|seems|feels|makes|means|remains)\b")


def _tense_of_saying(text: str, end: int) -> str | None:
    """"past" or "present" from a participle of saying after the term in its sentence."""
    stop = min([i for i in (text.find(c, end) for c in ".!?\n") if i >= 0] or [len(text)])
    if _SAYING_PAST.search(text, end, stop):
        return "past"
    if _SAYING_PRESENT.search(text, end, stop):
        return "present"
    return None


# A relative or participle clause after a comma, without the term ("The company, founded in 2010,
# ...", "..., which was fined last year,"): its time is that of what it tells, not of the main verb.
_BACKGROUND = re.compile(r",[ \u00a0]*(?:which|who|whom|whose|where|[a-z]+ed|born|built|founded|set up|established|"
                         r"known|led|run|owned|held)\b[^,;:.!?\u3400-\u9fff]*(?=[,;:.!?]|$)")


# A verb phrase joined after the term by "and" or "but" and a word of another time ("上线 in 2019
# and now has 50 million users"): that time is the joined verb's, not the term's.
_JOINED_OTHER_TIME = re.compile(r",?\s+(?:and|but)\s+(?:now|today|currently|still|nowadays|since then|later|then|"
                                r"soon)\b", re.IGNORECASE)


def _tense_around(text: str, start: int, end: int, stative: bool = False) -> str | None:
    """"past" or "present" from the clause of the term (a time phrase of :mod:`.tense`, a weekday,
    a past verb joined to the term by "and"), else from the sentence (a time phrase, a clause of
    time or cause in the past); None when they do not tell or disagree, or a future marker is in
    the clause (or, for evidence from the sentence, in the sentence). A verb phrase joined after
    the term with a word of another time ("and now has") is left out."""
    joined = _JOINED_OTHER_TIME.search(text, end, _sentence_span(text, start, end)[1])
    if joined is not None:
        text = text[:joined.start()]
    clause = _clause_around(text, start, end)
    rest = text[end:end + len(clause)]
    joined_past = bool(_AND_PAST.search(rest[:rest.find(",")] if "," in rest else rest)
                       or _PAST_AND.search(text, max(0, start - 30), start)
                       or _PAST_THEN_AS.search(text, max(0, start - 100), start))
    if tense.future("en", clause):
        return None  # "will", "next week", "in 2030": a future marker wins
    saying = _tense_of_saying(text, end)
    if saying is not None:
        return saying if not tense.present("en", clause) or saying == "present" else None
    sentence = _BACKGROUND.sub(",", _sentence_around(text, start, end))
    found = _time_phrases(clause, sentence, joined_past)
    if found is not None:
        return found or None
    # no phrase of time: the other finite verbs of the sentence, when all agree; a verb of state
    # need not follow a verb in the past ("operates 300 stores, analysts said": still so)
    lo, hi = _sentence_span(text, start, end)
    found = tense.en_sequence(text[lo:hi], start - lo, end - lo) or tense.en_clause_after(text[lo:hi], end - lo)
    return None if stative and found == "past" else found


def _time_phrases(clause: str, sentence: str, joined_past: bool) -> str | None:
    """"past" or "present" from the phrases of time of the clause, else of the sentence; "" when
    they disagree (or a future marker joins evidence from the sentence); None when none is found.
    An event the verb followed ("after the scandal") tells the past where nothing else does."""
    for scope, is_clause in ((clause, True), (sentence, False)):
        past, present = _past_in(scope, is_clause) or joined_past, _present_in(scope)
        if past != present:
            return "" if not is_clause and tense.future("en", scope) else "past" if past else "present"
        if past and present:
            return ""
    if (tense.after_event("en", clause) or tense.fronted_event(sentence)) and not tense.future("en", sentence):
        return "past"  # "The singer 掉粉 after the scandal", "After the outage, the team 复盘 ..."
    return None


# Verbs of state: with no word of time anywhere in the sentence, such a verb states what is so now
# ("The company 运营 300 stores" -> "operates"), as a verb of action would not ("cut", "launched").
_STATIVE = set("""operate own employ have hold control contain include cover serve dominate represent mean need want
lack depend rely belong consist comprise exceed cost oversee house possess""".split())
_PAST_IN_SENTENCE = re.compile(r"\b" + _PAST_WORD + r"\b|\b(?:had|was|were|did)\b", re.IGNORECASE)


def _stative_present(verb: EnRendering, text: str, start: int, end: int) -> str | None:
    """"present" for a verb of state in a sentence with no sign of any time: no time phrase, no
    future marker, no other verb in the past."""
    if verb.forms[0].split()[0].lower() not in _STATIVE:
        return None
    sentence = _sentence_around(text, start, end)
    if tense.future("en", sentence) or tense.past("en", sentence, clause=False) or tense.present("en", sentence):
        return None
    # the other words of the sentence (the term itself may read as a past form: "shed")
    others = _sentence_around(text[:start] + " " + text[end:], start, start)
    return None if _PAST_IN_SENTENCE.search(others) else "present"


# A clause of time or condition whose subject comes right before the term ("when they 以旧换新",
# "if the firm 裁员"), and the main clause's verb: a modal of the present or future, or a form
# only ever present. Such a clause takes the present ("can get a subsidy when they trade in a
# car"); "would", "could", "might" or a past make it hypothetical or past, and are left out.
_SUBORDINATE = re.compile(r"\b(?:when|whenever|if|unless|once|until|before|after|as soon as)\s+(?:[\w'’-]+\s+){1,3}$",
                          re.IGNORECASE)
_MAIN_PRESENT = re.compile(r"\b(?:will|won't|can|can't|cannot|may|must|shall|should|is|are|has|does)\b|['’]ll\b",
                           re.IGNORECASE)
_MAIN_UNREAL = re.compile(r"\b(?:would|could|might|wouldn't|couldn't)\b|['’]d\b", re.IGNORECASE)


def _subordinate_present(text: str, start: int, end: int) -> str | None:
    """"present" for the verb of a clause of time or condition after its subject ("when they
    以旧换新") whose main clause shows the present or future by a modal or a form only ever present,
    and where no word of the sentence shows the past, an unreal condition or a time of its own."""
    lo, hi = _sentence_span(text, start, end)
    clause_lo = max(text.rfind(c, lo, start) for c in ",;:")
    head = text[max(lo, clause_lo + 1):start]
    m = _SUBORDINATE.search(head)
    if m is None or any(w.lower() in _FUNCTION - _SUBJECT_PRONOUNS - {"the", "a", "an", "its", "their", "it"}
                        for w in _WORD.findall(head[m.start():])[1:]):
        return None  # the words between are the clause's subject: no verb, preposition or other clause
    clause_end = min([i for i in (text.find(c, end, hi) for c in ",;:") if i >= 0] or [hi])
    main = text[lo:max(lo, clause_lo + 1) + m.start()] + " " + text[clause_end:hi]
    sentence = text[lo:hi]
    if not _MAIN_PRESENT.search(main) or _MAIN_UNREAL.search(sentence) or _PAST_IN_SENTENCE.search(main) \
            or _past_in(sentence, True) or _present_in(sentence) or tense.future("en", text[start:clause_end]):
        return None
    return "present"


def _finite_form(verb: EnRendering, subject: str | list[str], text: str, start: int,
                 end: int) -> tuple[str, str] | None:
    """The finite form of ``verb`` after ``subject`` (the words before the term, or the word
    before it) when a time phrase of its clause or sentence gives the tense (past: "last year",
    "in 2018", "on Monday"; present: "now", "every year"; never beside a future marker), or else
    the sentence's other finite verbs (:func:`.tense.en_sequence`), and, for the present or a verb
    with *be* in the past, the subject's person is clear (:func:`_subject_person`)."""
    stative = verb.forms[0].split()[0].lower() in _STATIVE
    tense_found = (_subordinate_present(text, start, end) or _tense_around(text, start, end, stative)
                   or _stative_present(verb, text, start, end))
    if tense_found is None:
        return None
    person = _subject_person(subject if isinstance(subject, list) else [subject])
    if tense_found == "past":
        return _past_form(verb, person, subject)
    if person == "3sg":
        return "verb present, third person", verb.forms[1]
    if person == "other":
        return "verb present", verb.forms[0]
    return None


def _past_form(verb: EnRendering, person: str | None, subject: str | list[str]) -> tuple[str, str] | None:
    """The past of ``verb``; a verb with *be* ("be liquidated") agrees with its subject ("was",
    "were"), and is not put in where the subject's person is not clear."""
    past = verb.forms[2]
    if not verb.forms[0].startswith("be ") or person == "3sg":
        return "verb past (the sentence's time)", past
    head = (subject[-1] if isinstance(subject, list) and subject else subject) or ""
    if person == "other" and past.startswith("was ") and head.lower() != "i":
        return "verb past, plural (the sentence's time)", "were " + past[4:]
    return ("verb past (the sentence's time)", past) if person == "other" else None


# Nouns that are plural without an -s ("the police", "most people").
_PLURAL_NOUNS = set("people police children men women cattle".split())
_EITHER_NUMBER = set("staff personnel data media crew youth clergy".split())  # "the staff is/are"
_SINGULAR_DET = set("a an the this that each every another its his her their our my your".split())


def _plural_form(word: str) -> bool:
    w = word.lower()
    return w in _PLURAL_NOUNS or (bool(re.search(r"[^s'’]s$", w)) and not w.endswith(("ss", "us", "is"))) \
        or (len(w) > 4 and w.endswith(("men", "women")) and w not in _MEN_SINGULAR)  # "herdsmen", "fishermen"


# Words in -men that are no plurals of -man.
_MEN_SINGULAR = set("specimen regimen abdomen acumen hymen omen stamen amen".split())


# Prepositions that open a phrase after the head of a subject ("Farmers in the village", "Workers
# at the farm", "one in five graduates").
_POSTMODIFIER_PREPS = set("""of in at on from with near across around for under inside outside without among
between along behind beyond throughout within""".split())
# Heads before "of" that leave the agreement to the noun after it ("half of the farmers", "a third
# of workers", "dozens of traders", "most of the staff").


def _np_word(word: str, head: bool) -> bool:
    """A word inside a noun phrase after a preposition: a determiner, a number, a modifier or a
    noun (a word in -ed only as a modifier before the head: "unemployed graduates"), never a
    pronoun, verb form or other function word."""
    w = word.lower()
    if w in _SG_DET or w in _PL_DET or w in _ANY_DET or _is_number(w):
        return True
    if w in _FUNCTION or w in _THIRD_PERSON or w in _NON_THIRD or w in _IRREGULAR_PAST or not w.replace("-", "").isalpha():
        return False
    return word[:1].isupper() or w in _ADJECTIVES or not w.endswith("ly") and not (head and w.endswith("ed"))


def _preposition_before_phrase(words: list[str], i: int) -> int | None:
    """The index of the preposition opening the noun phrase (up to four words) that ends at
    ``words[i]``, or None."""
    j = i
    while j >= 0 and i - j < 4 and words[j].lower() not in _POSTMODIFIER_PREPS and _np_word(words[j], j == i):
        j -= 1
    if j < 1 or j == i or words[j].lower() not in _POSTMODIFIER_PREPS:
        return None
    return j


def _noun_before_preposition(left: str, preposition: str) -> bool:
    """``left``, the word before a preposition, is the head the phrase after it modifies: a noun,
    a name, or a number ("one in five"); not a word of quantity before "of" ("half of")."""
    ll = left.lower()
    if preposition == "of" and ll in _PARTITIVE:
        return False
    if ll == "one" or ll in _NUMBER_WORDS or _is_number(ll):  # "one in five", "two in five"
        return True
    return (_plural_form(left) or _noun_head_like(left) or left[:1].isupper()) \
        and ll not in _FUNCTION and ll not in _PL_DET and ll not in _ANY_DET


def _subject_head(words: list[str]) -> list[str]:
    """The words up to the head of the subject ending ``words``, past the phrases of prepositions
    after it: "Farmers in the village" -> "Farmers", "one in five graduates" -> "one"; not past
    "of" after a word of quantity ("half of the farmers", "dozens of traders"), whose noun is the
    head."""
    i = len(words) - 1
    if i < 0 or words[i].lower() in _THIRD_PERSON or words[i].lower() in _NON_THIRD:
        return words
    while True:
        j = _preposition_before_phrase(words, i)
        if j is None or not _noun_before_preposition(words[j - 1], words[j].lower()):
            return words[:i + 1]
        i = j - 1


def _subject_person(words: list[str]) -> str | None:
    """"3sg" or "other" for the subject that ends ``words`` (nearest last), or None: a pronoun; a
    plural noun ("investors", "people"); two names joined by "and"; a singular noun after a
    determiner, with up to three modifiers between ("The actor", "Every major games studio"); a
    name of one or two capitalised words opening the clause ("Xiaomi", "Li Auto"). Other
    coordinated subjects and anything else: None. The head is found past the phrases of
    prepositions after it ("Farmers in the village", "one in five graduates")."""
    words = _subject_head(words)
    if not words:
        return None
    head = words[-1]
    h = head.lower()
    if h in ("one", "each"):
        return "3sg"
    if h in _PL_DET and h not in ("dozen", "hundred", "thousand", "million", "billion", "trillion"):
        return "other"  # "Two in five graduates"
    if h in _THIRD_PERSON:
        return "3sg"
    if h in _NON_THIRD or _plural_form(head):
        return "other"
    if len(words) == 3 and words[1] == "and" and all(w[:1].isupper() for w in (words[0], head)):
        return "other"  # two names opening the clause: "Alibaba and Tencent"
    if h in _FUNCTION or not head.isalpha() or any(w.lower() in ("and", "or", "nor", "&") for w in words[-5:]):
        return None
    if head[:1].islower() and not _noun_like_head(head) or h in _EITHER_NUMBER:
        return None  # "The new 运营 ...": an adjective, no subject of a verb; "the staff": either number
    return "3sg" if _singular_phrase(words) else None


# Nouns whose ending is that of many adjectives ("official", "factory", "president").
_NOUNS_WITH_ADJ_ENDING = set("official rival executive capital hospital factory secretary republic territory "
                             "arrival signal animal festival journal".split())


def _noun_like_head(word: str) -> bool:
    w = word.lower()
    if not _noun_head_like(word):
        return False
    return (not _ADJ_ENDING.search(w) or w in _NOUNS_WITH_ADJ_ENDING
            or w.endswith(("ment", "dent", "gent", "ant", "ist")))


def _singular_phrase(words: list[str]) -> bool:
    """The singular noun ending ``words`` has a determiner before it, with up to three modifiers
    between, or is a name of one or two capitalised words making up the clause so far."""
    k = len(words) - 2
    while k >= 0 and len(words) - 2 - k < 3 and words[k].lower() not in _SINGULAR_DET | _FUNCTION:
        k -= 1
    if k >= 0 and words[k].lower() in _SINGULAR_DET:
        return True
    return len(words) <= 2 and all(w[:1].isupper() and w[1:].islower() and w.lower() not in _FUNCTION for w in words)


def possessive_next(text: str, end: int) -> bool:
    return bool(re.match(r"['’]s\b", text[end:end + 3]))


def _after_preposition(before: list[str], k: int) -> bool:
    """The word before the noun phrase (before its determiner at index ``k``) is a preposition."""
    i = k - 1
    while i >= 0 and before[i].lower() in _ADJECTIVES:
        i -= 1
    # "to" before a determiner is a preposition ("Loans to a 央企 are ..."), before the term itself either
    return i >= 0 and (before[i].lower() in _PREPS or (before[i].lower() == "to" and k < len(before)))


def _strip_the(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


_OPENS_PHRASE = re.compile(r"[,(\[][ \u00a0]*$")


# Finite verbs after the term: the term before them is more likely a noun ending the subject.
_FINITE_NEXT = set("""is are was were has have had did does will would can could may might must should shall
went came took fell rose grew""".split())


@dataclass
class _EnSlot:
    """What the English readers see around a term: its renderings by part of speech, the words
    before it (``plain``: without the adverbs right before it) and after it, and the determiner
    (with up to two adjectives between) or number before it."""
    text: str
    start: int
    end: int
    rends: list[EnRendering]
    sentence_start: bool

    def __post_init__(self) -> None:
        by_pos: dict[str, EnRendering] = {}
        for r in self.rends:
            by_pos.setdefault(r.pos, r)
        self.noun = by_pos.get("n") or by_pos.get("u") or by_pos.get("pl") or by_pos.get("p")
        self.verb, self.adj = by_pos.get("v"), by_pos.get("a")
        self.term = self.text[self.start:self.end]
        self.before = _before(self.text, self.start)
        after = _after(self.text, self.end)
        self.nxt = after[0] if after else None
        self.nxt_l = self.nxt.lower() if self.nxt else None
        self.plain = _skip_adverbs(self.before)
        self.prev = self.plain[-1].lower() if self.plain else None
        self.prev2 = self.plain[-2].lower() if len(self.plain) > 1 else None
        self.det, self.det_word, self.det_index, self.skipped = _en_determiner(self.before)
        if self.det is not None and (self._subject_and_verb_before()
                                     or _OPENS_PHRASE.search(self.text, max(0, self.start - 3), self.start)):
            # "The navy staged 军演": a subject and its verb; "The company, 县城, grew", "founded in 2010,
            # 裁员 300 workers": a comma or bracket right before the term opens a phrase of its own
            self.det, self.det_word, self.det_index, self.skipped = None, None, len(self.before), 0
        self.after_prep = self.prev in _PREPS or self.prev == "to"
        self.direct_det = self.det is not None and self.skipped == 0
        self.possessive = possessive_next(self.text, self.end)
        self.main_verb_next = False  # set by _relative_form: the main clause's verb follows the term
        if self.verb is not None and self.verb.bare is not None and _bare_forms_fit(self):
            # "will 裁员 again", "Firms are 裁员 ahead of ...": the verb's forms for a clause without
            # an object; after be only with an organisation as subject ("Workers were 裁员" may be
            # "were laid off", which the readers report)
            self.verb = replace(self.verb, forms=self.verb.bare, bare=None)

    def choice(self, form: str, value: str) -> Choice:
        return Choice(self.start, value, form)

    def _subject_and_verb_before(self) -> bool:
        """"The navy staged 军演": the two words skipped after the determiner are a subject and its
        verb in the past, not modifiers of the term."""
        return self.skipped >= 2 and _verb_after_noun(self.before[-2], self.before[-1]) and bool(
            re.search(r"[a-z][ \u00a0]+" + re.escape(self.before[-1]) + r"[ \u00a0]*$", self.text[:self.start]))

    def verb_first(self) -> bool:
        """The concept's first rendering is a verb (its main part of speech)."""
        return self.rends[0].pos == "v"

    def content_next(self) -> bool:
        return _content(self.nxt)

    def finite(self, why: str) -> Choice | Unclear:
        """A finite verb: its form when the subject's person and a time word in the sentence tell."""
        if self.verb is None:
            return Unclear(f"{self.term!r} {why}: a finite verb goes here and the glossary has no verb for it")
        if self.nxt_l in _FINITE_NEXT or (self.nxt_l and len(self.nxt_l) > 4 and self.nxt_l.endswith("ed")
                                           and not _object_start(self)):
            # "Alphabet 转发 plummeted": a verb follows, so the term may be the subject's last noun
            return Unclear(f"{self.term!r} {why}: a verb follows it, so it may be a verb or the subject's noun")
        subject = [w for w in _subject_words(self) if w.lower() not in _FREQUENCY]
        form = _finite_form(self.verb, subject, self.text, self.start, self.end)
        if form is None:
            return Unclear(f"{self.term!r} {why}: a finite verb goes here; tense or person is not clear from the sentence")
        return self.choice(form[0], form[1])


_INSERTED_CLAUSE = re.compile(r",(?:[^,;:.!?\n]|(?<=\d)[,.](?=\d))*,[ \u00a0]*$")  # "3,000" and "1.5" stay inside


def _subject_words(s: _EnSlot) -> list[str]:
    """The words before the term that end its subject. A clause set off by commas right before the
    term ("The company, which employs 5,000 people, 裁员 ...") stands between the subject and its
    verb: the subject is before it ("The company")."""
    m = _INSERTED_CLAUSE.search(s.text, max(0, s.start - _LOOK), s.start)
    if m is None:
        return s.plain
    return _skip_adverbs(_before(s.text, m.start()))


def _en_determiner(before: list[str]) -> tuple[str | None, str | None, int, int]:
    """The determiner or number before the term, with up to two adjectives between: its number
    ("sg", "pl" or "any"), the word, its index in ``before`` and how many adjectives were skipped.
    Names between count as modifiers when a determiner comes before them ("the Zhuhai 赛道", "The
    veteran CCTV 主播")."""
    found = _en_determiner_words(before, names=False)
    if found[1] == "that" and found[2] > 0 and _that_clause_after(before[found[2] - 1]):
        return None, None, found[2], found[3]  # "warned that 躺平 could ...": "that" opens a clause
    if found[0] is None and found[2] > 0 and before[found[2]][:1].isupper():
        with_names = _en_determiner_words(before, names=True)
        if with_names[0] is not None and not _verb_after_name(before[with_names[2] + 1:]):
            return with_names
    return found


def _that_clause_after(word: str) -> bool:
    """``word`` takes a clause opened by "that": a verb of saying or thinking in any form ("warned",
    "says", "said") or a noun such as "fact", "fear"."""
    w = word.lower()
    if w in _THAT_NOUNS or w in _REPORTING or w in tense.SAYING:
        return True
    stems = {w[:-1], w[:-2]} if w.endswith("ed") else {w[:-1]} if w.endswith("s") else set()
    return bool(stems & _REPORTING)


def _verb_after_noun(noun: str, word: str) -> bool:
    """A past form after a lowercase word that is no adverb, adjective or participle ("navy
    staged", "company announced"): the noun is a subject and the word its verb."""
    w, n = word.lower(), noun.lower()
    if not (w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)) or w in _DET_ADJECTIVES:
        return False
    return n.isalpha() and noun.islower() and not n.endswith(("ly", "ed")) and n not in _ADJECTIVES \
        and not _ADJ_ENDING.search(n)


def _verb_after_name(words: list[str]) -> bool:
    """A past form right after a capitalised word ("The PLA launched"): the name is a subject and
    the word its verb, not a modifier between a determiner and the term."""
    return any(p[:1].isupper() and w.islower() and (w.endswith("ed") or w in _IRREGULAR_PAST)
               for p, w in zip(words, words[1:]))


def _det_number(w: str) -> str | None:
    """"sg", "pl" or "any" for a determiner, number or possessive ('s), else None."""
    if not (w in _SG_DET or w in _PL_DET or w in _ANY_DET or _is_number(w) or w.endswith(("'s", "’s"))):
        return None
    return "sg" if w in _SG_DET or w in ("1", "one") else "pl" if w in _PL_DET or _is_number(w) else "any"


_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that are also adverbs or prepositions ("next to", "last week", "first"), but adjectives
# right after a determiner ("the next 赛道", "the first 赛道", "the only 赛道").
_DET_ADJECTIVES = set("next first last same other only".split())
# Those and the other ordinals: modifiers between a determiner and its noun ("its first domestically made").
_ORDINALS = _DET_ADJECTIVES | set("second third fourth fifth latest".split())


_SCALES = set("hundred thousand million billion trillion".split())


def _amount_after_a(before: list[str], k: int) -> bool:
    """The number ending at ``before[k]`` is a figure after "a" or "an" ("a $10 billion", "a 500
    million"): an amount that modifies the noun, which the article makes singular. Not "a
    hundred", "a dozen" (no figure: a count)."""
    j, figure = k, False
    while j >= 0 and (_is_number(before[j]) or before[j].lower() in _SCALES):
        figure = figure or _is_number(before[j])
        j -= 1
    return figure and j >= 0 and j < k + 1 and before[j].lower() in ("a", "an")


def _amount_number(det: str, before: list[str], k: int) -> str:
    """"sg" for a number that is an amount after "a" ("a $10 billion 回购"), else ``det``."""
    return "sg" if det == "pl" and _amount_after_a(before, k) else det


def _en_determiner_words(before: list[str], names: bool) -> tuple[str | None, str | None, int, int]:
    k = len(before) - 1
    skipped = 0
    while k >= 0 and skipped <= (3 if names else 2):
        w = before[k].lower()
        det = _det_number(w)
        if det is not None and _YEAR.fullmatch(w) and k > 0 and _det_number(before[k - 1].lower()) is not None:
            skipped += 1  # "the 2024 ... report": a year after a determiner modifies, it counts nothing
            k -= 1
            continue
        if det is not None:
            return _amount_number(det, before, k), w, k, skipped
        if w in _DET_ADJECTIVES and k > 0 and _det_number(before[k - 1].lower()) is not None:
            skipped += 1  # "the next 赛道", "its first 财报": an adjective after its determiner
            k -= 1
            continue
        if w in _FUNCTION or not w.isalpha() and "-" not in w:
            break
        if not (names and k > 0 and before[k][:1].isupper()) and (before[k][:1].isupper() or not _adjective_like(w)):
            break
        skipped += 1
        k -= 1
    return None, None, k, skipped


# Each English reader looks at one kind of slot and returns a Choice or an Unclear when the slot is
# its kind, or None to let the next reader look; they are tried in the order of _EN_READERS.

_DO = set("do does did don't doesn't didn't".split())
_WH = set("why how when where what whom who which".split())


def _en_do_subject(s: _EnSlot, do: str) -> Choice | Unclear | None:
    """The term right after *do* opening a question: its subject, a noun agreeing with it."""
    number = "sg" if do in ("does", "doesn't") else "pl" if do in ("do", "don't") else None
    if s.noun is None or (number == "sg" and s.noun.pos == "pl") or (number == "pl" and s.noun.pos in ("p", "u")):
        return Unclear(f"{s.term!r} after {s.before[-1]!r} opening a question: the subject goes here, and the "
                       "glossary has no noun that agrees with it")
    return _en_noun(s)


# Modals that open a question before its subject ("Will Beijing 降息 again?", "Can the startup
# 跑通 its model?"); the sentence must end in a question mark.
_QUESTION_MODALS = set("will would can could should shall may might must won't can't couldn't wouldn't shouldn't".split())


def _question_end(s: _EnSlot) -> bool:
    """The term's sentence ends in a question mark."""
    ends = [i for i in (s.text.find(c, s.end) for c in ".!?\n") if i >= 0]
    return bool(ends) and s.text[min(ends)] == "?"


def _en_modal_subject(s: _EnSlot) -> Choice | Unclear | None:
    """The term right after a modal opening a question ("Will 降息 help?"): its subject, a noun;
    before a noun ("Can 新能源车 makers survive ...?") it may modify the subject's noun: reported."""
    after = _after(s.text, s.end)
    if _content(s.nxt) and len(after) > 1 and _content(after[1]):
        return Unclear(f"{s.term!r} after {s.before[-1]!r} opening a question: the subject or a word modifying it")
    return _en_do_subject(s, s.before[-1].lower())


def _en_do_question(s: _EnSlot) -> Choice | Unclear | None:
    """A question opened by *do* ("Does 变现 help?", "Did the company 变现 in 2023?"): right after
    *do* the term is the subject, a noun; after *do* and a subject of up to four words, the base
    form of the verb; a concept without it is reported. A question opened by a modal and its
    subject ("Will Beijing 降息 again ...?") takes the base form the same way."""
    words = [w.lower() for w in s.before]
    k = 1 if words and words[0] in _WH else 0
    modal = len(words) > k and words[k] in _QUESTION_MODALS and _question_end(s)
    if len(words) <= k or (words[k] not in _DO and not modal) or s.possessive:
        return None
    between = words[k + 1:]
    if not between:
        return _en_modal_subject(s) if modal else _en_do_subject(s, words[k])
    if len(between) > 4 or any(w in _MODALS or w in _BE or w in _HAVE for w in between) \
            or _det_number(between[-1]) is not None:
        return None  # "How will the 双碳 goals affect ...": the term is in the subject after its determiner
    if s.verb is None:
        return Unclear(f"{s.term!r} after {' '.join(s.before[k:])!r}: the base form of a verb goes here, and the "
                       "glossary has none")
    return s.choice("verb base form (in a question with do)", s.verb.forms[0])


def _en_after_modal(s: _EnSlot) -> Choice | Unclear | None:
    """After a modal ("can 跑通", "will not 跑通"): the base form of a verb. A capitalised "May",
    "Will" inside a sentence is a name ("Theresa May 裁员 ..."), no modal."""
    if not (s.prev in _MODALS or (s.prev in ("not", "n't") and s.prev2 in _MODALS)):
        return None
    if s.prev in _MODALS and s.plain[-1][:1].isupper() and len(s.plain) > 1:
        return None
    if s.verb:
        return s.choice("verb base form", s.verb.forms[0])
    return Unclear(f"{s.term!r} stands where a verb goes (after {s.plain[-1]!r}) and the glossary has no verb for it")


_GET = {"get", "gets", "got", "getting", "gotten"}


# "owing not to 内卷 but to ...": 'to' a preposition in a contrast, not the infinitive's marker.
_BUT_TO = re.compile(r"\bbut\s+(?:also\s+)?to\b")


def _en_to_infinitive(s: _EnSlot) -> Choice | Unclear | None:
    """"plans to 出海", "has to 出海", "is about to 出海", a sentence opening "To 出圈, ...": the
    base form of a verb. After "is used to" (accustomed to a noun, or a passive of purpose) the
    term is reported."""
    if s.prev != "to":
        return None
    prev3 = s.plain[-3].lower() if len(s.plain) > 2 else None
    if s.prev2 == "used" and (prev3 in _BE or prev3 in _GET):
        return Unclear(f"{s.term!r} after {prev3!r} 'used to': accustomed to (a noun or -ing form) or a passive of "
                       "purpose (a verb); the words around do not tell")
    opening = s.prev2 is None and len(s.plain) == 1 and s.plain[0] == "To" and s.verb is not None
    special = _en_to_after_phrase(s, prev3)
    if special is not None:
        return special
    negated = s.prev2 in ("not", "never") and not _BUT_TO.search(s.text, s.end, _sentence_span(s.text, s.start, s.end)[1])
    if not (s.prev2 in _INF_TRIGGERS or s.prev2 in ("have", "has", "had", "able", "about") or opening or negated):
        return None
    if s.verb:
        return s.choice("verb base form", s.verb.forms[0])
    if s.noun is not None and s.noun.pos == "p" and not opening:
        return None  # "moved to 上海": a name after "to" is its object, "to" a preposition
    return Unclear(f"{s.term!r} stands where a verb goes (to-infinitive) and the glossary has no verb for it")


def _en_to_after_phrase(s: _EnSlot, prev3: str | None) -> Choice | Unclear | None:
    """"has offered to 斡旋" (an active offer takes an infinitive; "shares offered to 散户" names a
    recipient) and "stepped in to 护盘" (to step in is to act, and its purpose a verb)."""
    if s.prev2 in _OFFER and (s.prev2 != "offered" or prev3 in _HAVE) and s.verb:
        return s.choice("verb base form", s.verb.forms[0])
    if s.prev2 == "in" and prev3 in _STEP_IN:
        return s.choice("verb base form", s.verb.forms[0]) if s.verb else Unclear(
            f"{s.term!r} stands where a verb goes (to-infinitive) and the glossary has no verb for it")
    return None


_TO_TERM_AND = re.compile(r"(?<![\w-])(?i:to)[ \u00a0]+[\u3400-\u9fff]+(?:[ \u00a0]+[a-z][\w-]*){0,3}[ \u00a0]+and[ \u00a0]+$")


def _en_parallel_infinitive(s: _EnSlot) -> Choice | None:
    """"vowed to 深化改革 and 扩大内需": a term after "and" that joins a term after "to" is the
    second infinitive, a verb in the base form like the first."""
    if s.prev != "and" or s.verb is None or not _TO_TERM_AND.search(s.text, max(0, s.start - 80), s.start):
        return None
    return s.choice("verb base form (a second infinitive after 'and')", s.verb.forms[0])


_STEP_IN = set("step steps stepped stepping".split())
_OFFER = set("offer offers offered offering volunteer volunteers volunteered".split())
_SPEND = set("spend spends spent spending".split())
# Stretches of time that "spend" takes before an -ing form ("spent two days 复盘 ...").
_SPANS = set("""minute minutes hour hours day days week weeks month months year years decade decades summer summers
winter winters night nights weekend weekends evening evenings morning mornings afternoon afternoons time""".split())


def _en_spend_time(s: _EnSlot) -> Choice | Unclear | None:
    """"spent two days 复盘 what went wrong", "spends hours 刷 videos", "were busy 拉新": after
    *spend* and a stretch of time, or after "busy", the verb's -ing form."""
    plain = [w.lower() for w in s.plain[-5:]]
    busy = s.prev == "busy" and len(plain) > 1 and (plain[-2] in _BE or plain[-2] in ("stay", "stayed", "kept"))
    spend = bool(plain) and plain[-1] in _SPANS and any(
        w in _SPEND and all(x in _SG_DET or x in _PL_DET or x in _ANY_DET or x in _NUMBER_WORDS or _is_number(x)
                            or x in _ADJECTIVES or x in ("whole", "entire", "past", "last", "much", "of")
                            for x in plain[i + 1:-1])
        for i, w in enumerate(plain[:-1]))
    if not (busy or spend):
        return None
    if s.verb is not None:
        return s.choice("verb -ing form (after 'spend' and a stretch of time, or 'busy')", s.verb.forms[4])
    return Unclear(f"{s.term!r} after {s.plain[-1]!r}: a verb's -ing form goes here and the glossary has no verb for it")


def _have_question(s: _EnSlot) -> bool:
    """*have* opens a question ("Has ...", "Why has ...") and a past participle follows the term:
    the term is the question's subject."""
    opens = len(s.plain) == 1 or (len(s.plain) == 2 and s.plain[0].lower() in _WH)
    nxt = s.nxt_l or ""
    participle = nxt in _IRREGULAR_PAST or nxt in _PARTICIPLES or (len(nxt) > 4 and nxt.endswith("ed"))
    return opens and participle and _question_end(s)


_PARTICIPLES = set("""become been done gone seen taken given grown risen fallen known shown driven written spoken
chosen broken begun run come""".split())


def _en_after_have(s: _EnSlot) -> Choice | Unclear | None:
    """"has 出圈": a past participle (a name may still follow 'have' as its object)."""
    if s.prev not in _HAVE or (s.nxt_l == "to" and len(s.plain) == len(s.before)) or s.nxt_l in _RELATIVE_PRONOUNS:
        return None  # "has 资金 to spend": an object and a to-infinitive; not after an adverb ("had never 画饼 to")
    if _have_question(s):
        return None  # "Why has 内卷 become so common?": the subject of the question, a noun
    if s.verb:
        return s.choice("verb past participle", s.verb.forms[3])
    if s.adj and s.noun is None and s.prev == s.before[-1].lower() and not s.content_next():
        # "has 失联 since May": a state, which English says with "been" ("has been missing")
        return s.choice("adjective after 'been' (a state since a time)", "been " + s.adj.text)
    if s.noun is None or s.noun.pos != "p":
        return Unclear(f"{s.term!r} after {s.plain[-1]!r}: a participle is likely and the glossary has none")
    return None


# Phrases of degree before an adjective that read as a preposition's object otherwise: "far
# from 理想", "less than 理想", "anything but 理想".
_DEGREE_PHRASE = re.compile(r"(?<![\w-])(?i:far from|less than|anything but|nothing short of)[ \u00a0]+$")


def _degree_phrase_before(s: _EnSlot) -> bool:
    """A copula and a phrase of degree before the term, no noun after it, and an adjective in the
    glossary: "were far from 理想"."""
    return bool(s.adj) and not s.content_next() and len(s.plain) > 2 and s.plain[-3].lower() in _BE \
        and bool(_DEGREE_PHRASE.search(s.text, max(0, s.start - 30), s.start))


def _en_after_degree(s: _EnSlot) -> Choice | Unclear | None:
    """After an adverb of degree ("extremely 内卷") or a phrase of degree after a copula ("were far
    from 理想") and before no noun: an adjective."""
    if _degree_phrase_before(s):
        return s.choice("adjective (after a phrase of degree)", s.adj.text)
    adverb = s.before[-1].lower() if s.before else ""
    if not ((adverb.endswith("ly") and len(adverb) > 4 and adverb not in _NOT_ADVERBS) or adverb in _DEGREE):
        return None
    if adverb in _ADVERBS and adverb not in _DEGREE:
        return None  # "finally", "simply", "quickly": adverbs of verbs, which the readers after skip
    if adverb not in _DEGREE and not _adjective_context(s):
        # "Companies deftly 内卷 on price": an adverb in -ly after a subject may modify its verb
        return Unclear(f"{s.term!r} after {s.before[-1]!r}: an adverb that may modify a verb or an adjective; "
                       "the words around do not tell")
    if s.content_next() or (s.adj is None and s.verb and s.prev in _BE and _passive_agent_next(s)):
        return None  # before a noun; or "was heavily 处罚 by regulators", a passive (see _en_after_be)
    if s.adj:
        return s.choice("adjective", s.adj.text)
    return Unclear(f"{s.term!r} after {s.before[-1]!r}: an adjective is needed and the glossary has none")


def _adjective_context(s: _EnSlot) -> bool:
    """The word before an adverb in -ly lets it modify an adjective: a form of *be*, a linking
    verb, a determiner or a preposition (then the term stands before its noun), or nothing."""
    before = s.before[-2].lower() if len(s.before) > 1 else None
    if before is None or before in _BE or before in _LINKING:
        return True
    det_or_prep = before in _SG_DET or before in _PL_DET or before in _ANY_DET or before in _PREPS
    return det_or_prep and s.content_next()


def _en_comparative(s: _EnSlot) -> Choice | Unclear | None:
    """"the most 内卷 industry", "the most 内卷", "a more 内卷 market": an adjective (a noun after
    "the most" or before a noun after "more" would be ungrammatical)."""
    prev3 = s.plain[-3].lower() if len(s.plain) > 2 else None
    superlative = s.prev in ("most", "least") and s.prev2 is not None and (
        s.prev2 in _ANY_DET or s.prev2 in _SG_DET or s.prev2.endswith(("'s", "’s"))) and (
        s.content_next() or prev3 in _BE)
    comparative = s.prev in ("more", "less") and (s.content_next() or (s.nxt_l == "than" and (
        s.prev2 in _BE or s.prev2 in _LINKING)))  # "has proved more 韧性 than expected"
    if not (superlative or comparative) or s.possessive:
        return None
    if s.adj:
        return s.choice("adjective (comparison)", s.adj.text)
    if s.noun is not None and s.noun.pos in ("n", "pl", "p"):
        return None  # "the most unicorn firms": the number of them, a noun modifier
    return Unclear(f"{s.term!r} after {s.plain[-2]!r} {s.plain[-1]!r}: an adjective is needed and the glossary has none")


_BE_FINITE = {"is", "are", "was", "were", "am"}


# A phrase of time after the term is no object ("have been 落马 this year").
_TIME_PHRASE = re.compile(r"[ \u00a0]+(?:this|that|last|next|these|those|every|each)[ \u00a0]+(?:year|years|week|weeks|"
                          r"month|months|quarter|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|"
                          r"weekend|time|day|days|season)\b(?!['’])", re.IGNORECASE)


def _object_start(s: _EnSlot) -> bool:
    """An object starts right after the term: a determiner or object pronoun, a number, or a
    capitalised name ("对标 Tesla")."""
    if s.nxt is None or not re.match(r"[ \u00a0]+\S", s.text[s.end:s.end + 2]) or _TIME_PHRASE.match(s.text, s.end):
        return False
    return s.nxt_l in _OBJECT_START or _is_number(s.nxt_l) or (s.nxt[:1].isupper() and s.nxt_l not in ("i",))


# After "by", words that do not open an agent: a measure ("up by 5%", "by far"), a time ("by
# then", "by the end of"), a manner ("by law", "by default").
_NOT_AGENT = set("""far then now default design contrast comparison mistake accident chance nature law hand
end time year mid early late most any all some many way means wide large small narrow huge factor margin""".split())
_BY_AGENT = re.compile(r"[ \u00a0]+by[ \u00a0]+([A-Za-z][\w'’-]*)(?:[ \u00a0]+([A-Za-z][\w'’-]*))?")
_AGENT_DET = {"the", "a", "an", "its", "their", "his", "her", "our", "local", "state", "several", "two", "three"}


def _passive_agent_next(s: _EnSlot) -> bool:
    """'by' right after the term, then an agent: a determiner and a noun that is not a measure or
    a time ("by the regulator", "by regulators", "by the CSRC"), or a name ("by Beijing"). A number
    ("by 5%"), "by far", "by then", "by the end of" ... are not agents."""
    m = _BY_AGENT.match(s.text, s.end, s.end + 60)
    if not m:
        return False
    first, second = m.group(1), m.group(2)
    lf = first.lower()
    if lf in _NOT_AGENT:
        return False
    if lf in _AGENT_DET:
        return second is not None and second.lower() not in _NOT_AGENT and second.lower() not in _FUNCTION \
            and not _is_number(second)
    if first[:1].isupper():
        return lf not in _FUNCTION
    # a bare plural noun ("by regulators", "by local officials" is taken above)
    return bool(re.fullmatch(r"[a-z]+[^su'’]s", first)) and lf not in _FUNCTION


_POSSESSIVE_OBJECT = set("its their his her our my your them us him".split())


def _en_inverted_subject(s: _EnSlot) -> Choice | Unclear:
    """"Is 菜价 really that bad?": *be* opening a question, the term its subject, a noun that
    agrees with it; an adjective or a verb form is not read there."""
    plural = s.prev in ("are", "were")
    noun = s.noun
    if noun is None or (plural and noun.pos in ("p", "u")) or (not plural and noun.pos == "pl"):
        return Unclear(f"{s.term!r} after {s.before[-1]!r} opening a question: its subject goes here, and the "
                       "glossary has no noun that agrees with it")
    if noun.pos == "n" and s.det is None:
        return Unclear(f"{s.term!r} after {s.before[-1]!r}: a countable noun without a determiner")
    return _en_noun(s)


def _adverb_next(s: _EnSlot) -> bool:
    """The word after the term is an adverb ("overnight", "again", "sharply"), which no noun
    phrase the term might modify opens."""
    return s.nxt_l in _ADVERBS_NOT_MODIFIED or s.nxt_l in _FREQUENCY or _adverb_in_ly(s.nxt_l)


def _en_be_first(s: _EnSlot, before_noun: bool) -> Choice | Unclear | None:
    """After *be*, the slots read before any other: an object pronoun or possessive after the
    term ("is 国企 its assets": a verb, the progressive, or reported), an adjective before no noun,
    and the base form *be* before no noun."""
    if len(s.before) == 1 and s.prev in _BE_FINITE:
        return _en_inverted_subject(s)
    if s.prev in _BE_FINITE and s.nxt_l in _POSSESSIVE_OBJECT and _object_start(s):
        if s.verb:
            return s.choice("verb -ing form (progressive, before its object)", s.verb.forms[4])
        return Unclear(f"{s.term!r} after {s.plain[-1]!r}: an object follows, so a verb goes here, and the "
                       "glossary has none")
    if s.adj and not before_noun:
        return s.choice("adjective", s.adj.text)
    if s.prev == "be" and not before_noun and not s.possessive:
        return _en_after_base_be(s)
    return None


def _en_after_be(s: _EnSlot) -> Choice | Unclear | None:
    """After a form of *be*: an adjective, or a passive participle before 'by'; a verb or a
    predicate noun the words around cannot tell apart is reported."""
    if s.prev not in _BE:
        return None
    noun, verb = s.noun, s.verb
    before_noun = s.content_next() and not _adverb_next(s)  # "were 爆仓 overnight": no noun follows
    first = _en_be_first(s, before_noun)
    if first is not None:
        return first
    why = f"{s.term!r} after {s.plain[-1]!r}"
    progressive = _en_progressive_before_object(s) if verb else None
    if progressive is not None:
        return progressive
    if _passive_agent_next(s):
        return _en_passive_agent(s, why)
    if noun is not None and noun.pos == "u" and re.fullmatch(r"\w+ing", noun.forms[0]) and not before_noun:
        return Unclear(f"{why}: a verb form may be meant ({noun.forms[0]!r} reads as one)")
    if not verb:
        return None
    perfect = _en_perfect_progressive(s, verb, before_noun)
    if perfect is not None:
        return perfect
    if _passive_reading(s, before_noun) and _no_passive(verb):
        # "The policy has been 落地", "The rules were 落地 in May": no intransitive participle
        # ("has been taken effect") nor progressive ("were taking effect") reads as the passive
        return Unclear(f"{why}: a passive reading, and the glossary's verb {verb.forms[0]!r} takes no object, so "
                       "it cannot be passive")
    complement = _en_be_complement(s, verb, before_noun) or _en_passive_without_object(s, verb, before_noun) \
        or _en_passive_not_bare_noun(s, verb, before_noun)
    if complement is not None:
        return complement
    return _en_be_unclear(s, why, before_noun)


def _en_passive_not_bare_noun(s: _EnSlot, verb: EnRendering, before_noun: bool) -> Choice | None:
    """"Shanghai was 封城 for two months": a countable noun ("lockdown") cannot stand bare after a
    finite be, so the concept's verb, a single word or a verb and its particle, is the passive
    participle ("was locked down")."""
    words = verb.forms[0].split()
    if before_noun or s.noun is None or s.noun.pos != "n" or s.adj is not None or s.prev not in _BE_FINITE \
            or s.before[-1].lower() != s.prev or not (len(words) == 1 or (len(words) == 2 and words[1] in _PARTICLES)) \
            or _no_passive(verb) or s.nxt_l == "by":
        # not a verb that takes no object ("he was 毕业": "graduated" is no passive); "by" after
        # the term is read by the agent's readers ("was 处罚 by far" is no passive)
        return None
    return s.choice("verb past participle (passive; a countable noun would need an article)", verb.forms[3])


def _en_progressive_before_object(s: _EnSlot) -> Choice | None:
    """"is 对标 Tesla": a noun after be cannot take an object; the progressive can. So after
    "have been" ("have been 做空 Chinese property stocks") before a definite determiner or a name,
    not before "a", "more" or a number, which may follow a passive ("has been fined a record
    sum", "has been shared more than a million times")."""
    if s.prev in _BE_FINITE and _object_start(s):
        return s.choice("verb -ing form (progressive, before its object)", s.verb.forms[4])
    if s.prev == "been" and s.prev2 in _HAVE and _object_start(s) and s.verb.forms[0].split(" ")[0] not in _DITRANSITIVE \
            and (s.nxt_l in _DEFINITE_OBJECT or (s.nxt[:1].isupper() and s.nxt_l not in _FUNCTION)):
        return s.choice("verb -ing form (perfect progressive, before its object)", s.verb.forms[4])
    return None


# Verbs whose passive keeps an object ("has been awarded the title", "was fined the maximum").
_DITRANSITIVE = set("""award grant give offer promise deny refuse charge fine pay send show tell teach assign allocate
issue hand lend loan owe allot ask bill cost""".split())
# Determiners that open an object and never a measure ("the", "its"; not "a", "more", "one", a number).
_DEFINITE_OBJECT = set("the its their his her our my your these those this that".split())


def _en_passive_agent(s: _EnSlot, why: str) -> Choice | Unclear:
    """"was 处罚 by regulators": a predicate noun takes no agent; the passive participle does, of
    a verb of one word or with a particle that takes an object ("were placed fake orders by",
    "was plunged by" are no passives), or of a verb that is itself be and a participle."""
    verb = s.verb
    words = verb.forms[0].split() if verb else []
    if len(words) > 1 and words[0] == "be":
        return s.choice("participle of a verb with be (passive, before 'by')", " ".join(words[1:]))
    if not words or _no_passive(verb):
        return Unclear(f"{why}: a passive participle goes here (before 'by' and an agent), and the glossary "
                       "has none that can be passive")
    return s.choice("verb past participle (passive)", verb.forms[3])


# After the term, words that open no object: the clause goes on with a phrase of time or place.
_NO_OBJECT_NEXT = set("to yesterday today tomorrow earlier later again ago last this next".split())


def _be_subject_head(s: _EnSlot) -> str | None:
    """The last word of the subject before "was", "were" or "has been" (adverbs left aside); a
    sentence's capitalised first word with a common noun's ending in lowercase ("Trading in the
    stock was ...": no name)."""
    head = _be_subject_word(s)
    if head is not None and s.before and head == s.before[0] and _COMMON_NOUN_ENDING.search(head):
        return head.lower()
    return head


# Endings of common nouns that names rarely have ("Trading", "Production", "Investment").
_COMMON_NOUN_ENDING = re.compile(r"[a-z](?:ing|tion|sion|ment|ness|ity|ance|ence)$")


def _be_subject_word(s: _EnSlot) -> str | None:
    words = _skip_adverbs(s.plain[:-1])
    if s.prev == "been" and words and words[-1].lower() in _HAVE:
        words = _skip_adverbs(words[:-1])
    # the head before a phrase that follows it: "The plan for next year", "The shares of the firm"
    for k in range(len(words) - 1, max(0, len(words) - 5), -1):
        if words[k].lower() in _PREPS:
            return words[k - 1] if k > 0 and words[k - 1].lower() not in _FUNCTION else None
    return words[-1] if words else None


def _may_act(head: str) -> bool:
    """A subject that may do what a verb says as well as undergo it: a pronoun, a name, a word
    for people or an organisation ("firms were laying off" or "workers were laid off")."""
    h = head.lower()
    return (h in _SUBJECT_PRONOUNS or h in ("it", "who", "which", "that") or head[:1].isupper() or h in _AGENT_NOUNS
            or bool(_AGENT_ENDING.search(h)))


# Verbs of a single change of state ("go public", "launch", "hit the daily limit", "take
# effect"): their perfect progressive would say the change is still under way ("has been going
# public since 2019"), where the sentence means the state since then.
_ACHIEVEMENT_HEADS = set("""go goes launch land hit reach win die collapse list debut open close break graduate quit
start begin arrive turn become get enter exit leave join sign announce complete finish achieve pass file default
emerge fail succeed resign retire return""".split())
_ACHIEVEMENT_PHRASES = ("take effect", "take office", "take over", "take place", "come into force", "go into effect",
                        "fall from", "fall off", "step down", "drop out")


def _achievement(verb: EnRendering) -> bool:
    first = verb.forms[0]
    return first.split()[0] in _ACHIEVEMENT_HEADS or first.startswith(_ACHIEVEMENT_PHRASES)


def _en_perfect_progressive(s: _EnSlot, verb: EnRendering, before_noun: bool) -> Choice | None:
    """"Tesla has been 降价 in China since January": after a form of *have* and "been", a verb
    that takes no object (no passive) with no object after it is the perfect progressive ("has
    been cutting prices"), when no noun of the concept could stand there bare: none, or a
    countable singular (a mass noun, a plural or a name could), and, for a phrase holding its
    object, a subject that may act; not a verb of a single change of state (:data:`_ACHIEVEMENT_HEADS`)."""
    if s.prev != "been" or s.prev2 not in _HAVE or before_noun or s.possessive or not _no_passive(verb) \
            or verb.forms[0].startswith("be ") or not _no_object_after(s) or _achievement(verb):
        return None
    head = _be_subject_head(s)
    acting = head is not None and head.isalpha() and _may_act(head)
    if s.noun is not None and not (s.noun.pos == "n" and not s.noun.plural) and not (s.noun.pos == "u" and acting):
        return None  # a mass noun could stand after "been", save after a subject that acts ("The team has been 加班")
    if verb.forms[0] not in _INTRANSITIVE:
        # a phrase holding its object ("cut prices") needs a subject that acts ("The phone has
        # been 降价" is a thing whose price was cut)
        if not acting:
            return None
    return s.choice("verb -ing form (perfect progressive: the verb takes no object)", verb.forms[4])


def _no_passive(verb: EnRendering) -> bool:
    """The verb has no passive: it takes no object (``_INTRANSITIVE``: "rise", "take effect" ...),
    or it is a phrase holding its own object or complement ("take effect", "cut jobs", "go
    public"); a verb that is itself *be* and a participle ("be implemented") is passive already."""
    words = verb.forms[0].split()
    if words[0] == "be" and len(words) > 1:
        return False
    return verb.forms[0] in _INTRANSITIVE or (len(words) > 1 and words[-1] not in _PARTICLES) \
        or any(w in _OBJECT_WORDS for w in words[1:])  # "hit the daily limit up" holds its object


def _passive_reading(s: _EnSlot, before_noun: bool) -> bool:
    """After "been", or after "was"/"were" with a thing as subject (no person, organisation, name
    or pronoun that may act), before no noun and no object: the passive is the reading."""
    if s.prev not in ("was", "were", "been") or before_noun or s.possessive or _object_start(s):
        return False
    if s.prev == "been":
        return True
    head = _be_subject_head(s)
    return head is not None and head.isalpha() and not _may_act(head) and head.lower() not in _PREDICATE_NOUNS


def _en_passive_without_object(s: _EnSlot, verb: EnRendering, before_noun: bool) -> Choice | None:
    """"The two payment systems were finally 打通 in 2024": after "was", "were", "been" or a form of
    *get* ("The app got 下架 after complaints"), a verb
    that takes an object and has none after it (a preposition, a phrase of time or the clause end
    follows) is the passive participle, when the subject is a thing that cannot do what the verb
    says. A verb that takes no object ("rise", "compete"), a subject that may act (a person, an
    organisation, a name, a pronoun: "firms were laying off" or "were laid off"), a noun
    concept with no adverb before the term ("were 裁员": a predicate noun may be meant) are left to
    the readers after, which report them. After "is being" (or "are", "was", "were") the passive
    is the only reading of such a verb, whatever the subject."""
    being = s.prev == "being" and s.prev2 in _BE_FINITE
    if (s.prev not in ("was", "were", "been") and s.prev not in _GET and not being) or before_noun or s.possessive:
        return None
    if not _no_object_after(s):
        return None
    words = verb.forms[0].split()
    if (len(words) > 1 and words[-1] not in _PARTICLES) or verb.forms[0] in _INTRANSITIVE or words[0] == "be" \
            or any(w in _OBJECT_WORDS for w in words[1:]):
        return None
    if not s.verb_first() and len(s.plain) == len(s.before):
        return None
    if being:
        # "is being 下架 from ...": after "is being" only the passive participle reads, whoever
        # the subject is
        return s.choice("verb past participle (passive progressive, after 'is being')", verb.forms[3])
    head = _be_subject_head(s)
    if head is None or _may_act(head) or not head.isalpha():
        return None
    return s.choice("verb past participle (passive: after a past form of be, no object follows)", verb.forms[3])


def _en_after_base_be(s: _EnSlot) -> Choice | Unclear:
    """After the base form *be* ("will be", "to be", "could be") and before no noun: the passive
    participle of a verb of one word or with a particle ("will be 停牌 pending ..." -> "suspended",
    when the table has it); a verb phrase holding its own complement, or a noun, is reported
    ("will be trading-suspension pending", "will be halting trading": the subject is what is
    suspended)."""
    verb, why = s.verb, f"{s.term!r} after {s.plain[-1]!r}"
    if s.noun is not None and s.noun.pos == "p" and s.verb is None:
        return s.choice("name", s.noun.forms[0])
    if verb is None:
        return Unclear(f"{why}: a participle or an adjective goes here, and the glossary has neither")
    words = verb.forms[0].split()
    if len(words) > 1 and words[0] == "be":
        return s.choice("participle of a verb with be (after be)", " ".join(words[1:]))
    if len(words) > 1 and words[-1] not in _PARTICLES:
        return Unclear(f"{why}: a participle goes here, and the glossary's verb {verb.forms[0]!r} holds its own "
                       "complement")
    if s.nxt_l in _PREPS or s.nxt is None or _next_is_punct_or_end(s.text, s.end):
        return s.choice("verb past participle (passive, after be)", verb.forms[3])
    return Unclear(f"{why}: a participle or an -ing form; the words around do not tell")


def _en_be_unclear(s: _EnSlot, why: str, before_noun: bool) -> Unclear | None:
    """After *be*, a concept with a verb whose form the words around do not tell: reported."""
    if s.noun is not None and s.noun.pos != "p" and not before_noun:
        return Unclear(f"{why}: a verb form or a predicate noun; the words around do not tell")
    if s.verb_first() or (s.noun is None and s.adj is None):
        return Unclear(f"{why}: a participle or an -ing form; the words around do not tell")
    return None


# Verbs that take an object and "as" and a description of it: "described himself as 社恐",
# "is seen as 韧性", "regard the market as 内卷". Not "known as", "called", "dubbed", which name.
_AS_DESCRIBE = set("""describe describes described describing see sees saw seen seeing regard regards regarded
regarding view views viewed viewing portray portrays portrayed portraying perceive perceives perceived perceiving
paint paints painted painting characterise characterises characterised characterize characterizes characterized
depict depicts depicted depicting present presents presented presenting""".split())


def _en_as_description(s: _EnSlot) -> Choice | Unclear | None:
    """After a verb of describing or seeing, its object (up to three words) and "as", before no
    noun: the adjective, when the concept has one ("described himself as socially anxious");
    a bare noun there would call the person the condition."""
    if s.prev != "as" or s.adj is None or s.content_next() or s.possessive:
        return None
    words = [w.lower() for w in s.plain[-5:-1]]
    if not any(w in _AS_DESCRIBE for w in words):
        return None
    return s.choice("adjective (description after 'as')", s.adj.text)


# Words that end a phrasal verb which still wants its object ("lay off", "prop up").
_PARTICLES = set("off up out down in on over away back about through into to with for from of at by around".split())


def _en_be_complement(s: _EnSlot, verb: EnRendering, before_noun: bool) -> Choice | None:
    """After a form of *be*, before no noun: a verb that is itself *be* and a participle ("be
    liquidated") gives the participle ("were liquidated"); a verb phrase that holds its own
    object or complement ("acquire new users", "go global", "lie flat") gives the -ing form, which
    reads right as the progressive and as a gerund predicate ("The priority is acquiring new
    users"). A single verb or one ending in a particle may be a passive and is left to the
    readers after."""
    if before_noun or s.prev == "being":
        return None
    words = verb.forms[0].split()
    if len(words) > 1 and words[0] == "be":
        return s.choice("participle of a verb with be (after a form of be)", " ".join(words[1:]))
    if len(words) > 1 and words[-1] not in _PARTICLES and s.prev != "been":
        # not after "been", where the passive is the usual reading ("has been implemented")
        if words[0] not in _MOVE_VERBS and _thing_subject(s):
            return None  # "The shares were 停牌": shares halt no trading; they are suspended
        past_be = _PAST_BE_BEFORE.search(s.text, 0, s.start)
        if past_be is not None and words[0] in _CHANGE_VERBS:
            # "officials were 落马 last year": the change itself, told in the past ("fell from
            # power"), not its progress ("were falling from power"); "was" goes with the term
            return Choice(past_be.start(), verb.forms[2], "verb past (a change of state after was/were: the event, "
                                                          "not its progress)")
        return s.choice("verb -ing form (a verb phrase complete in itself, after a form of be)", verb.forms[4])
    return None


# Verbs whose phrase is a change of state ("fall from power", "go bankrupt", "break even").
_CHANGE_VERBS = set("go come fall break turn become get rise".split())
_PAST_BE_BEFORE = re.compile(r"(?<![\w'’-])(?:was|were)[ \u00a0]+$")


# Verbs whose phrase says what becomes of the subject ("go global", "lie flat", "break even"): a
# thing can do it ("The video is going viral").
_MOVE_VERBS = set("go come fall lie stay turn become get break rise run sit stand remain".split())
# Subjects of be that a gerund names ("The priority is acquiring new users").
_PREDICATE_NOUNS = set("""priority goal aim focus plan strategy task challenge key idea solution answer problem step
option move approach mission job point trend target way method hope dream issue question concern reason risk
worry lesson policy rule principle practice""".split())


def _thing_subject(s: _EnSlot) -> bool:
    """The subject before a form of be is a thing, which does not act ("shares", "debt"), and no
    noun that a gerund may name ("priority")."""
    if s.prev not in _BE_FINITE:
        return False
    head = _be_subject_head(s)
    return head is not None and head.isalpha() and not _may_act(head) and head.lower() not in _PREDICATE_NOUNS


# Linking verbs other than *be*: what follows describes the subject, so an adjective ("The economy
# remained 韧性" -> "resilient"), never a bare noun ("remained resilience").
_LINKING = set("""remain remains remained remaining stay stays stayed staying seem seems seemed seeming become
becomes became becoming look looks looked looking appear appears appeared appearing prove proves proved proven
proving""".split())


def _en_after_linking(s: _EnSlot) -> Choice | Unclear | None:
    """After a linking verb other than *be* ("remained", "seems", "became", "looks") and before no
    noun: the adjective; a concept without one is reported. A determiner before the verb makes it a
    noun ("the remains"); before a noun the term is a modifier, read by the readers after."""
    if s.prev not in _LINKING or s.before[-1].lower() != s.prev or s.content_next() or s.possessive:
        return None
    if s.prev2 is not None and (s.prev2 in _SG_DET or s.prev2 in _PL_DET or s.prev2 in _ANY_DET):
        return None
    if s.adj:
        return s.choice("adjective (after a linking verb)", s.adj.text)
    return Unclear(f"{s.term!r} after {s.before[-1]!r}: an adjective goes here (after a linking verb) and the "
                   "glossary has none")


def _en_get_passive(s: _EnSlot) -> Choice | Unclear | None:
    """"got 处罚 by regulators": a form of *get*, the term and "by" and an agent: the passive
    participle."""
    if s.prev in _GET and s.verb and _passive_agent_next(s):
        return s.choice("verb past participle (passive with get)", s.verb.forms[3])
    if s.prev in _GET and s.verb:
        # "The app got 下架 after complaints": as after "was", a thing as subject and no object;
        # else a participle or a noun (an object) goes here, never a finite verb
        return _en_passive_without_object(s, s.verb, s.content_next()) or Unclear(
            f"{s.term!r} after {s.plain[-1]!r}: a passive participle or an object; the words around do not tell")
    return None


_ING_WORD = re.compile(r"\b\w{2,}ing\b")


def _en_to_before_object(s: _EnSlot) -> Choice | Unclear | None:
    """"to 拉新 users", "to 跑通 300 stores": 'to' before an object, so a verb."""
    if s.prev != "to" or not s.verb:
        return None
    if len(s.plain) >= 2 and s.plain[-2].lower() in _TO_PREP_HEADS:
        return None  # "committed to 稳增长": 'to' is a preposition there (see _en_to_after_noun)
    noun, nxt_l = s.noun, s.nxt_l
    if noun is None or nxt_l in _OBJECT_START or _is_number(nxt_l or "") or re.match(r"\w+ing\b", noun.forms[0]) \
            or (s.content_next() and _ING_WORD.search(noun.forms[0])):
        # "to 种草 beauty products": a noun in -ing ("product seeding") modifies no noun after "to"
        return s.choice("verb base form", s.verb.forms[0])
    if s.prev2 in _BE and s.content_next():
        return s.choice("verb base form", s.verb.forms[0])  # "The plan is to 拉新 users": be + to-infinitive and its object
    return None


# Words after which "to" is a preposition, so a noun follows: nouns ("the shift to", "access to"),
# adjectives and participles ("thanks to", "linked to") and verbs of motion or relation.
_TO_PREP_HEADS = set("""access shift shifts transition switch return returns exposure approach response responses
contribution contributions commitment threat key road path damage harm resistance alternative alternatives attention
adaptation addition introduction reference visit visits trip trips tribute pivot migration link links connection
connections gateway barrier barriers obstacle obstacles boost blow answer reaction entry admission subscription
successor heir prelude opposition objection devotion dedication loyalty adherence proximity similarity relevance
exception exceptions solution solutions guide upgrade upgrades change changes move moves turn turns end limit
stop priority preference weight emphasis importance rise credence homage focus
lead leads contribute contributes respond responds listen listens belong belongs add adds adapt adapts object
objects resort resorts refer refers amount amounts point points go goes come comes switches look looks
thanks due according related close closer similar next prior linked exposed committed devoted dedicated opposed
contrary subject relative compared attached addicted accustomed adjacent equivalent equal central crucial
way back up down""".split())
# Nouns whose complement is a to-infinitive: "efforts to 出海", "the right to 躺平".
_INF_NOUNS = set("""attempt attempts effort efforts bid bids decision decisions ability right rights chance chances
opportunity opportunities pressure failure push drive campaign campaigns need desire willingness reluctance refusal
pledge pledges call calls permission incentive incentives reason reasons freedom license licence approval mandate
tendency temptation urge rush race scramble struggle determination plan plans decision time proposal proposals
promise promises vow vows goal aim ambition""".split())
# Verbs that take an object and then a to-infinitive of purpose or complement ("hire people to
# 刷单", "use the app to 薅羊毛", "urged banks to 降息"); not verbs whose "to" names a recipient or
# a destination ("give", "send", "pay", "move", "push").
_OBJECT_INF_VERBS = set("""hire hires hired hiring use uses used using employ employs employed employing recruit
recruits recruited recruiting spend spends spent spending train trains trained mobilise mobilised mobilize mobilized
deploy deploys deployed raise raises raised invest invests invested buy buys bought ask asks asked urge urges urged
force forces forced allow allows allowed encourage encourages encouraged enable enables enabled tell tells told
order orders ordered require requires required pressure pressured invite invites invited task tasked instruct
instructed help helps helped persuade persuaded convince convinced want wants wanted need needs needed expect expects
expected""".split())
# Prepositions of destination before the object of a motion: "flocked to the app to 薅羊毛".
_DESTINATION = {"to", "into", "onto"}


def _noun_head_like(word: str) -> bool:
    """A lowercase word that may be the head noun of a phrase: not a function word, adjective,
    adverb, past form or -ing form."""
    w = word.lower()
    return (word[:1].islower() and w.isalpha() and w not in _FUNCTION and w not in _ADJECTIVES
            and not w.endswith(("ed", "ing", "ly")) and w not in _IRREGULAR_PAST)


def _object_then_to(before: list[str]) -> str | None:
    """What the noun phrase (up to four words) before "to" follows: "inf" after a verb that takes
    an object and a to-infinitive, after a preposition of destination or after a stretch of time
    ("for hours") (the infinitive says what for), "prep" after "from" ("from stores to 直播带货": a
    range), else None."""
    i = len(before) - 2  # the noun before "to"
    if before[i].lower() in _DURATIONS and i > 0 and before[i - 1].lower() in ("for", "in"):
        return "inf"  # "queue for hours to 打卡": a stretch of time, then what it was for
    j = i - 1
    while j >= 0 and i - j <= 4:
        w = before[j].lower()
        if w in _OBJECT_INF_VERBS:
            return "inf"
        if w in _DESTINATION:
            return "inf" if j + 1 < i or before[j + 1][:1].isupper() else None
        if w == "from":
            return "prep"
        determiner = w in _SG_DET or w in _PL_DET or w in _ANY_DET or _is_number(w) or w.endswith(("'s", "’s"))
        if not determiner and (w in _FUNCTION or not (_adjective_like(w) or before[j][:1].isupper())):
            return None
        j -= 1
    return None


# Words before "way(s) to" that make it a manner ("a way to cut costs", "no way to", "new ways to"):
# a to-infinitive follows; after a possessive or "on"/"along" ("on its way to recovery") it is a
# route, and the preposition's noun follows.
_WAY_INFINITIVE = set("a an no any some another one many several new other better cheaper easier faster".split())
_WAY_ROUTE = set("on along under its their his her our my your whose".split())
_WAY_ADJECTIVES = set("best only easiest quickest fastest cheapest simplest surest right wrong new other".split())


def _way_to(plain: list[str]) -> str | None:
    """Whether "way(s) to" before the term is followed by a to-infinitive ("inf": "found a way to
    去库存"), by a noun ("prep": "on the way to 复苏", "its way to"), or may be either ("unclear":
    "the only way to ..."). None when the word before "to" is not "way"/"ways"."""
    if len(plain) < 2 or plain[-2].lower() not in ("way", "ways"):
        return None
    i = len(plain) - 3
    while i >= 0 and plain[i].lower() in _WAY_ADJECTIVES and plain[i].lower() not in _WAY_INFINITIVE:
        i -= 1
    word = plain[i].lower() if i >= 0 else None
    if word in _WAY_ROUTE or (word is not None and word.endswith(("'s", "’s"))) or \
            (word == "the" and i > 0 and plain[i - 1].lower() in _WAY_ROUTE):
        return "prep"
    if word in _WAY_INFINITIVE or (plain[-2].lower() == "ways" and word != "the"):
        return "inf"
    return "unclear" if word == "the" else None


_DURATIONS = set("minutes hours days weeks months years decades".split())


def _en_way_to(s: _EnSlot) -> Choice | Unclear | None:
    """"found a way to 去库存": the verb's base form (reported when the concept has none); "the only
    way to 去库存" may be a to-infinitive or the preposition, so reported; "on its way to" is left to
    the readers of a preposition's noun."""
    if s.prev != "to":
        return None
    way = _way_to(s.plain)
    if way is None or way == "prep" or (s.verb is None and (s.noun is None or s.noun.pos == "p")):
        return None
    if way == "unclear":
        return Unclear(f"{s.term!r} after 'the {s.plain[-2]} to': a to-infinitive (the way to do something) or the "
                       "preposition 'to' (the way to a goal); the words around do not tell")
    if s.verb is not None:
        return s.choice("verb base form (after 'a way to')", s.verb.forms[0])
    return Unclear(f"{s.term!r} after {s.plain[-2]!r} and 'to': a verb goes here (a to-infinitive) and the glossary "
                   "has no verb for it")


def _en_to_after_noun(s: _EnSlot) -> Choice | Unclear | None:
    """"hire people to 刷单", "efforts to 出海": after a noun, "to" is an infinitive marker when
    the noun takes one ("efforts") or is the object of a verb that leaves room for a purpose
    ("hire people", "flocked to the app"); after a word that takes the preposition ("the shift
    to", "access to", "contribute to") the noun rendering follows. Neither clear: reported."""
    if s.prev != "to" or len(s.plain) < 2:
        return None
    head = s.plain[-2]
    h = head.lower()
    if h in _TO_PREP_HEADS or not (_noun_head_like(head) or head[:1].isupper()):
        return None
    preceding = _object_then_to(s.plain)
    if preceding == "prep" or (s.content_next() and h not in _INF_NOUNS and not (preceding == "inf" and s.verb)):
        return None  # "used a tube to 引流 fluid": after a verb's object and "to", the verb before its own object
    infinitive = h in _INF_NOUNS or preceding == "inf"
    if infinitive and s.verb:
        return s.choice("verb base form (purpose or complement infinitive)", s.verb.forms[0])
    if infinitive and s.noun is not None and s.noun.pos != "p":
        return Unclear(f"{s.term!r} after {head!r} and 'to': a verb goes here (a to-infinitive) and the glossary "
                       "has no verb for it")
    if s.verb is None or s.noun is None or head[:1].isupper():
        return None
    return Unclear(f"{s.term!r} after {head!r} and 'to': a purpose infinitive (a verb) or the preposition 'to' "
                   "(a noun); the words around do not tell")


def _en_to_unclear(s: _EnSlot) -> Unclear | None:
    """"spent heavily to 拉新 during ...", "are racing to 降本 as ...": after "to" that follows no
    word known to take the preposition (nor a participle in -ed: "linked to"), a concept with a
    verb and a noun that ends its phrase may be either; reported rather than given the noun."""
    if s.prev != "to" or s.verb is None or s.noun is None or s.noun.pos == "p" or s.content_next():
        return None
    head = s.plain[-2].lower() if len(s.plain) > 1 else None
    if head is None or head in _TO_PREP_HEADS or head.endswith("ed") or head in _IRREGULAR_PAST \
            or _object_then_to(s.plain) == "prep":
        return None  # "linked to", "from stores to 直播带货": a preposition
    return Unclear(f"{s.term!r} after {s.plain[-2]!r} 'to': a to-infinitive (a verb) or the preposition 'to' "
                   "(a noun); the words around do not tell")


# Nouns followed by a "that" clause whose subject the term may be ("the fact that 内卷 hurts").
_THAT_NOUNS = set("""fact idea news claim claims hope hopes fear fears view belief sign signs evidence report reports
concern concerns warning warnings risk chance possibility suggestion notion argument assumption rumour rumours rumor
rumors message proof assurance promise""".split())


# Verbs of saying and thinking before a "that" clause ("experts warn that 内卷 ...").
_REPORTING = set("""say warn believe think argue claim note show suggest mean hope fear expect know insist estimate
predict admit add explain ensure find feel agree deny doubt realise realize assume reveal confirm stress""".split())


def _relative_that(s: _EnSlot) -> str | None:
    """"a clip that 出圈 last week": "that" after a noun (not one of saying or a verb of saying)
    is a relative pronoun and the term its verb ("rel"); with a verb after the term, the term
    may as well be the subject of a clause ("unclear"); None when "that" is no relative."""
    head = s.plain[-2] if len(s.plain) > 1 else ""
    if len(s.before) == 2 and at_sentence_start(s.text, s.text.rfind(head, 0, s.start)):
        head = head.lower()  # "Companies that 出海 face ...": the sentence's first word
    if s.prev != "that" or s.prev2 is None or s.prev2 in _THAT_NOUNS or s.prev2 in _REPORTING \
            or not _noun_head_like(head) or s.possessive:
        return None
    nxt = s.nxt_l or ""
    verb_next = (nxt in _SG_AGREE or nxt in _PL_AGREE or nxt in _MODALS or nxt in _IRREGULAR_PAST
                 or nxt.endswith("ed") or (nxt.endswith("s") and not nxt.endswith("ss")))
    return "unclear" if verb_next else "rel"


# Determiners and possessives that make a noun phrase name given things ("the riders", "its
# staff"); a relative clause on a phrase without one speaks of a kind ("Companies that 出海").
_SPECIFIC_DET = set("the this that these those its their his her our my your".split())


def _generic_phrase(words: list[str]) -> bool:
    """A noun phrase naming a kind, not given things: no definite determiner, possessive or name."""
    return not any(w.lower() in _SPECIFIC_DET or w.endswith(("'s", "’s")) for w in words) \
        and not any(w[:1].isupper() for w in words[1:])


def _complete_verb(verb: EnRendering) -> bool:
    """The verb needs no object: a phrase holding its own ("expand overseas") or an intransitive verb."""
    words = verb.forms[0].split(" ")
    return verb.forms[0] in _INTRANSITIVE or (len(words) > 1 and words[-1] not in _PARTICLES and words[-1] not in _PREPS)


def _agrees(word: str, person: str | None) -> bool:
    """A present form that agrees with the subject's person: "face" after a plural, "faces" after
    a singular; no form in -ed or -ing."""
    if person is None or word.endswith(("ed", "ing")) or word in _IRREGULAR_PAST:
        return False
    in_s = word.endswith("s") and not word.endswith("ss")
    return in_s if person == "3sg" else not in_s


def _present_main_verb(s: _EnSlot, stretch: str, word: str, person: str | None, closed: bool) -> bool:
    """A present form after the relative clause that agrees with the subject ("Companies that 出海
    face ..."); right after the term, the main verb only when the term's verb holds its own object
    (then no check for a second object: the words after it are the main verb's)."""
    direct = not stretch.strip() or all(tense._en_adverb(w.lower()) for w in _WORD.findall(stretch))
    if not _agrees(word, person):
        return False
    s.main_verb_next = direct and not closed
    return True


_PROGRESSIVE = re.compile(r"(?:is|are|am)\s+(?:\w+ly\s+)?\w{3,}ing\b", re.IGNORECASE)


# A main verb that shows no tense by itself but speaks of what a kind must or can do now
# ("Live-streamers who 带货 must disclose ..."); not a perfect ("Investors who 炒股 have lost money":
# who traded, or who trade).
_PRESENT_UNTOLD = set("must should can may need will".split())


def _kind_must(word: str, antecedent: list[str], sentence: str) -> bool:
    """The main verb is a modal of the present after a subject naming a kind, and nothing in the
    sentence says past."""
    return word in _PRESENT_UNTOLD and _generic_phrase(antecedent) and not tense.past("en", sentence, clause=False)


def _relative_main_tense(s: _EnSlot, antecedent: list[str], person: str | None) -> str | None:
    """"past" or "present" for the verb of a relative clause on the sentence's subject, from the
    relative clause's own time phrase or the main clause's finite verb after it (see
    :func:`_relative_form`); None when neither tells."""
    lo, hi = _sentence_span(s.text, s.start, s.end)
    sentence = s.text[lo:hi]
    closed = s.text[:s.start].rstrip()[:-len(s.plain[-1])].rstrip().endswith(",")
    main = tense.en_main_verb(sentence, s.end - lo, closed)
    if main is None:
        return None
    start, word, main_tense = main
    stretch = sentence[s.end - lo:start]  # the relative clause after the term
    direct = not stretch.strip() or all(tense._en_adverb(w.lower()) for w in _WORD.findall(stretch))
    if tense.future("en", stretch) or (direct and not closed and not _complete_verb(s.verb)):
        return None  # "Workers who 裁员 are ...": a verb that wants an object, and none follows
    past, present = _past_in(stretch, True), _present_in(stretch)
    if past != present:
        return "past" if past else "present"
    if main_tense == "untold" and not past and _kind_must(word, antecedent, sentence):
        return "present"  # "Live-streamers who 带货 must disclose ...": what a kind must or can do
    if past or main_tense == "untold":
        return None
    if main_tense is None:
        if not _present_main_verb(s, stretch, word, person, closed):
            return None
        main_tense = "present"
    stative = s.verb.forms[0].split()[0].lower() in _STATIVE
    if main_tense == "past":
        return None if stative else "past"
    return "present" if _relative_present(sentence, s.end - lo, start, stative, antecedent) else None


def _relative_present(sentence: str, after: int, main_start: int, stative: bool, antecedent: list[str]) -> bool:
    """A present main verb says the relative clause's verb is present for a kind of people or
    things ("Young people who 啃老 are criticised"), or for a verb of state; not where a word such
    as "now" or "already" sets the main clause's time apart from it, nor beside a progressive
    ("... are rising": an ongoing event of given things, not a kind's habit)."""
    if tense.en_contrast_after(sentence, after) or tense.past("en", sentence, clause=False) \
            or _PROGRESSIVE.match(sentence, main_start):
        return False
    return stative or _generic_phrase(antecedent)


def _noun_phrase_words(words: list[str]) -> bool:
    """The words make a noun phrase opening the sentence ("Unemployed graduates", "A growing number
    of young people"): no preposition but "of", no auxiliary, conjunction or pronoun, no form in
    -ed after a noun ("The firm hired students": a verb after its subject)."""
    lower = [w.lower() for w in words]
    for i, w in enumerate(lower):
        if w == "of" or w in _ANY_DET or w in _SG_DET or w in _PL_DET:
            continue
        if w in _FUNCTION or w in tense._EN_PAST_ONLY or not re.fullmatch(r"[\w'’-]+", w):
            return False
        if i and _past_like(w) and lower[i - 1] not in _ANY_DET | _SG_DET | _PL_DET and not lower[i - 1].endswith("ly"):
            return False  # "The firm hired students": a verb after its subject
    return True


def _past_like(word: str) -> bool:
    return word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def _relative_form(s: _EnSlot) -> tuple[str, str] | Unclear | None:
    """The finite form of the verb of a relative clause on the sentence's subject ("Students who
    毕业 during the layoffs found it hard", "Companies that 出海 face new risks"): the tense from
    the relative clause's own time phrase, else from the main clause's finite verb when it is
    plainly finite (a past verb: past, save for a verb of state; a present verb: present, for a
    subject naming a kind or a verb of state, and not beside "now", "already" ...); the person from
    the noun phrase the relative pronoun follows. None where this reading does not apply."""
    antecedent = s.plain[:-1]
    if not antecedent or len(antecedent) > 7 or not at_sentence_start(s.text, s.text.rfind(antecedent[0], 0, s.start)) \
            or not _noun_phrase_words(antecedent):
        return None
    person = _subject_person(antecedent)
    found = _relative_main_tense(s, antecedent, person)
    if found == "past":
        return _past_form(s.verb, person, antecedent)
    if found == "present" and person is not None:
        return ("verb present, third person", s.verb.forms[1]) if person == "3sg" else ("verb present", s.verb.forms[0])
    return None


_AUXILIARY_OR_HABIT = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b",
                                 re.IGNORECASE)


def _habit_in_relative(s: _EnSlot) -> bool:
    """A phrase of habit or of the present after the term, before any auxiliary and in the same
    clause ("who 相亲 on behalf of their children gather ... every weekend"; not "who 炒股 are now
    sitting on losses", where "now" is the main clause's)."""
    rest = _CLAUSE_REST.match(s.text, s.end).group(0)
    aux = _AUXILIARY_OR_HABIT.search(rest)
    return tense.present("en", rest[:aux.start()] if aux else rest)


def _en_after_relative(s: _EnSlot) -> Choice | Unclear | None:
    """"firms which 出海", "a clip that 出圈 last week": a finite verb; on the sentence's subject,
    its tense and person by :func:`_relative_form`, else by the sentence's time phrases."""
    that = _relative_that(s)
    if that == "unclear":
        return Unclear(f"{s.term!r} after {s.plain[-2]!r} 'that': the verb of a relative clause or the subject of a "
                       "clause; the words around do not tell")
    relative = s.prev == "who" or (s.prev == "which" and s.prev2 is not None and _noun_head_like(s.plain[-2]))
    if not s.verb and relative and not s.possessive:
        # "a firm which 县城 will survive", "managers who 县城 are rewarded": the relative pronoun is
        # the subject, the term its verb, and the concept has none
        return Unclear(f"{s.term!r} after {s.plain[-1]!r}: the verb of a relative clause goes here, and the "
                       "glossary has no verb")
    if not s.verb or not (s.prev in ("who", "which") or that == "rel"):
        return None
    form = _relative_form(s)
    if isinstance(form, Unclear):
        return form
    # the person of "who", "which", "that" is the noun phrase's before it ("Parents who 相亲 ...
    # every weekend"), where a word of habit follows in the relative clause
    subject = s.plain[:-1] if len(s.plain) > 1 and s.prev in ("who", "which", "that") and _habit_in_relative(s) \
        else s.prev
    form = form or _finite_form(s.verb, subject, s.text, s.start, s.end)
    if form is None:
        return Unclear(f"{s.term!r} after {s.plain[-1]!r}: a finite verb; tense or person is not clear from the sentence")
    return s.choice(form[0], form[1])


def _en_gerund(s: _EnSlot) -> Choice | Unclear | None:
    """After "keep", "avoid"... and, for a verb concept, after a preposition ("accused of 画饼"
    -> "accused of making empty promises"): the -ing form."""
    if not s.verb:
        return None
    if s.prev in _GERUND_TRIGGERS:
        return s.choice("verb -ing form", s.verb.forms[4])
    if s.prev in _PREPS and s.prev != "to" and s.verb_first() and not s.content_next():
        if " " not in s.verb.forms[0] and not _object_next(s):
            # A one-word verb without its object ("a paper on aligning", "a platform for
            # recommending"): the term names a thing; the noun, or reported.
            if s.noun is not None:
                return None
            return Unclear(f"{s.term!r} after {s.plain[-1]!r}: a noun goes here and the glossary has only the verb "
                           f"{s.verb.forms[0]!r}, whose -ing form would lack its object")
        return s.choice("verb -ing form", s.verb.forms[4])
    return None


def _object_next(s: _EnSlot) -> bool:
    return s.nxt_l in _OBJECT_START or _is_number(s.nxt_l or "")


def _en_after_subject_pronoun(s: _EnSlot) -> Choice | Unclear | None:
    """"we 躺平": a finite verb."""
    if s.prev in _SUBJECT_PRONOUNS and not s.possessive:
        return s.finite(f"after {s.before[-1]!r}")
    if s.prev in _FREQUENCY and s.prev2 in _SUBJECT_PRONOUNS and not s.possessive:
        return s.finite(f"after {s.plain[-2]!r} {s.plain[-1]!r}")  # "they often 躺平"
    if s.prev == "it" and (s.prev2 is None or s.prev2 in _CLAUSE_OPENERS) and not s.possessive:
        return s.finite(f"after {s.before[-1]!r}")  # "after it 上市": "it" opening a clause is its subject
    return None


def _en_subject_then_end(s: _EnSlot) -> Choice | Unclear | None:
    """"The firm 县城." "The bank 县城 the loans.": a sentence opening with a determiner and one
    lowercase noun, then the term, then the sentence end or an object: the term is the verb (a
    finite form, or reported)."""
    if len(s.before) != 2 or s.before[0].lower() not in _SG_DET | _ANY_DET | _PL_DET or s.possessive \
            or _OPENS_PHRASE.search(s.text, max(0, s.start - 3), s.start):
        return None
    noun = s.before[1]
    if not (noun.isalpha() and noun.islower()) or noun in _FUNCTION or _adjective_before(noun, False):
        return None
    if not (_next_is_punct_or_end(s.text, s.end) or s.nxt_l in _OBJECT_WORDS):
        return None
    return s.finite(f"after {' '.join(s.before)!r}")


_CLAUSE_OPENERS = set("after before when because since until as once if that while and but so".split())


_CAUSATIVE = set("make makes made making let lets letting help helps helped helping".split())
_OBJECT_PRONOUNS = set("him her them us me".split())


def _causative_before(words: list[str]) -> bool:
    """The words end in make/let/help and its object: a pronoun, or a noun phrase of up to three
    words ("made staff", "let the intern", "helped local farmers")."""
    if len(words) >= 2 and words[-1].lower() in _OBJECT_PRONOUNS:
        return words[-2].lower() in _CAUSATIVE
    if not words or not (_noun_head_like(words[-1]) or words[-1][:1].isupper()):
        return False
    j = len(words) - 2
    while j >= 0 and len(words) - 1 - j <= 3:
        w = words[j].lower()
        if w in _CAUSATIVE:
            return True
        determiner = w in _SG_DET or w in _PL_DET or w in _ANY_DET or w.endswith(("'s", "’s"))
        if not determiner and (w in _FUNCTION or not _adjective_like(w)):
            return False
        j -= 1
    return False


def _en_after_causative(s: _EnSlot) -> Choice | Unclear | None:
    """"made staff 背锅", "let them 躺平": the bare infinitive after make, let or help and its object;
    before a noun for people or organisations too ("lets users 私信 sellers": no verb would follow
    if the term modified it)."""
    people_next = s.nxt_l is not None and (s.nxt_l in _AGENT_NOUNS or bool(_AGENT_ENDING.search(s.nxt_l)))
    if (s.content_next() and not _object_next(s) and not people_next) or not _causative_before(s.plain):
        return None
    if s.verb is None:
        return Unclear(f"{s.term!r} after {s.plain[-1]!r}: a verb goes here (after make, let or help and its "
                       "object) and the glossary has no verb for it")
    return s.choice("verb base form (after make/let/help and its object)", s.verb.forms[0])


# A capitalised word inside the sentence is a name unless it ends like a word of nationality
# ("Chinese", "British", "Korean"): "Alibaba and Tencent" holds no adjective for its ending. The
# first word of a sentence is capitalised whatever it is, so there the ending still counts.
_NATIONALITY_ENDING = re.compile(r"(?:ese|ish|ian|ean|can|man|ic)$")


def _adjective_before(word: str, first: bool) -> bool:
    w = word.lower()
    if word[:1].isupper() and not first and w not in _ADJECTIVES:
        return bool(_NATIONALITY_ENDING.search(w))
    return w in _ADJECTIVES or bool(_ADJ_ENDING.search(w)) or _strict_adjective(w)  # "Tighter 监管 has ..."


# Verbs that take a noun object ("combines 开源 with ...", "announced 裁员 on Monday"): in -s or
# -ed after a singular subject, such a word is the clause's verb and the term its object.
_TRANSITIVE = set("""combine pair blend mix balance match need lack offer require face support back oppose fund
fuel boost curb limit restrict ban allow block promote encourage favour favor prefer avoid fear expect plan consider
announce propose reject accept welcome cause create trigger spark drive push pursue prioritise prioritize stress
emphasise emphasize target embrace adopt resist urge demand seek deliver follow mention cite blame criticise criticize
praise defend dismiss deny confirm report predict forecast warn signal reflect explain describe discuss compare link
tie combine integrate coordinate accelerate slow delay halt resume start begin""".split())


# Words after the term that open no object of a verb: a verb marked +bare takes its bare forms.
_NO_OBJECT_WORDS = set("""ahead and but or as amid after before while when until since because again too also
even further more less so then""".split())


# Words before a number that make it approximate ("about 10% of its staff", "up to 500 jobs"):
# with the number they open an object, though "about", "around" and "over" are prepositions too.
_APPROXIMATE = set("about around over under nearly almost roughly some up".split())


# Quantities written in words ("a fifth of its staff", "half its workforce", "hundreds of jobs").
_FRACTIONS = set("half third thirds quarter quarters fifth fifths sixth tenth tenths".split())
_MANY = set("dozens hundreds thousands tens millions".split())


def _quantity_at(words: list[str], i: int) -> bool:
    """A number, written in figures or words, starts at ``words[i]``: "10%", "a fifth", "one
    third", "half", "hundreds"."""
    if i >= len(words):
        return False
    w = words[i].lower()
    if _is_number(w) or w in _MANY or w == "half":
        return True
    return w in ("a", "one", "two", "three") and i + 1 < len(words) and words[i + 1].lower() in _FRACTIONS


def _approximate_number_next(s: _EnSlot) -> bool:
    """An approximate quantity follows the term ("裁员 about 10% of its workforce", "about a
    fifth of its staff", "up to 500 jobs")."""
    after = _after(s.text, s.end)
    if len(after) > 2 and (after[0].lower(), after[1].lower()) in _APPROXIMATE_PAIRS:
        return _quantity_at(after, 2)
    return len(after) > 1 and after[0].lower() in _APPROXIMATE and _quantity_at(after, 1)


# Two words that make a number approximate ("more than 50 million yuan of snacks").
_APPROXIMATE_PAIRS = {("up", "to"), ("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"),
                      ("close", "to")}


def _no_object_after(s: _EnSlot) -> bool:
    """No object follows the term: the clause ends, or a preposition, an adverb, a phrase of time
    or a word joining clauses comes next ("are 裁员 ahead of the holiday", "will 裁员 again"); not
    an approximate number ("裁员 about 10% of its staff"), which is the object."""
    if s.nxt is None or _next_is_punct_or_end(s.text, s.end):
        return True
    if _approximate_number_next(s):
        return False
    n = s.nxt_l
    return n in _PREPS or n in _NO_OBJECT_NEXT or n in _NO_OBJECT_WORDS or n in _ADVERBS_NOT_MODIFIED \
        or _adverb_in_ly(n) or bool(_TIME_PHRASE.match(s.text, s.end))  # "every weekend", "this year"




def _bare_forms_fit(s: _EnSlot) -> bool:
    """The verb's forms for a clause without an object fit: no object follows (or an adverbial
    does), and after be only with an organisation as subject and no agent after it."""
    return (_no_object_after(s) or _adverbial_after(s)) \
        and (s.prev not in _BE or (_organisation_subject(s) and not _passive_agent_next(s)))


# Adverbs of place and manner after a verb that takes no object there ("open stores overseas").
_ADVERBIAL_NEXT = set("overseas domestically locally globally".split())


def _adverbial_after(s: _EnSlot) -> bool:
    """A phrase of time, place, manner or count follows the term, or the clause's verb does
    ("融资 three times", "开店 nationwide", "亏损 every year", "who 带货 must disclose"): no object."""
    after = _after(s.text, s.end)
    if not after:
        return False
    n = after[0].lower()
    n2 = after[1].lower() if len(after) > 1 else ""
    if n in _NOT_SECOND_OBJECT or n in _DAYS_MONTHS or n in _MODALS or _time_phrase(n, n2) \
            or _TIME_PHRASE.match(s.text, s.end):  # "last year", "this week"
        return True
    if n in _ADVERBIAL_NEXT and not _may_continue_noun_phrase(n2):
        return True
    return (n in _NUMBER_WORDS or n in ("once", "twice") or _is_number(n)) and n2 in _COUNT_ADVERBIAL


def _organisation_subject(s: _EnSlot) -> bool:
    head = _be_subject_head(s)
    return head is not None and (head.lower() in _ORGANISATIONS or head.lower().endswith(("maker", "makers")))


def _en_transitive_word(word: str) -> bool:
    """A form in -s or -ed of a verb of _TRANSITIVE ("combines", "paired", "announced")."""
    w = word.lower()
    if not word.isalpha() or word[:1].isupper():
        return False
    stems = [w[:-1], w[:-2]] if w.endswith("s") else [w[:-1], w[:-2], w[:-3]] if w.endswith("ed") else []
    return any(stem in _TRANSITIVE for stem in stems)


def _en_object_of_verb(s: _EnSlot) -> Choice | Unclear | None:
    """"The hospital's plan combines 开源 with ...": after a singular subject (a determiner and its
    noun) and a transitive verb in -s or -ed, the term is the verb's object, a noun, never a second
    finite verb; a concept without a noun is reported."""
    if s.possessive or not _after_transitive(s):
        return None
    if s.noun is None or s.noun.pos == "p":
        return Unclear(f"{s.term!r} after {s.plain[-1]!r}: the object of a verb goes here, and the glossary has no "
                       "noun for it")
    return None  # the noun readers after take it


_OBJECT_PARTICLES = set("up out down off".split())


def _after_phrasal_verb(s: _EnSlot) -> bool:
    """The term follows a verb in the past or in -s and its particle ("stepped up", "handed out",
    "rolls out"), with nothing between: the verb's object."""
    if s.prev not in _OBJECT_PARTICLES or s.prev2 is None or len(s.plain) != len(s.before) or len(s.plain) < 3:
        return False
    verb = s.prev2
    if verb in _FUNCTION or not verb.isalpha():
        return False
    return verb in _IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 4) or (
        verb.endswith("s") and not verb.endswith("ss") and _subject_person(s.plain[:-2]) == "3sg")


# Nouns that follow "to" bare ("go to school", "return to work"): no verbs of a to-infinitive.
_TO_BARE_NOUNS = set("school work market church bed court power office home town hospital college prison jail sea "
                     "university class".split())


def _after_infinitive(s: _EnSlot) -> bool:
    """The word before the term is a verb after "to" ("to curb 内卷 in ..."): a singular word with
    no determiner, which after "to" is a verb, so the term is its object."""
    words = s.plain
    if len(words) < 2 or words[-2].lower() != "to" or len(words) != len(s.before):
        return False
    prev = words[-1]
    return prev.isalpha() and prev.islower() and not _plural_form(prev) and prev not in _TO_BARE_NOUNS \
        and prev not in _FUNCTION and not prev.endswith(("ing", "ed"))


def _after_transitive(s: _EnSlot) -> bool:
    words = s.plain
    return len(words) >= 3 and s.det is None and _en_transitive_word(words[-1]) \
        and words[-2].lower() not in _THIRD_PERSON and _subject_person(words[:-1]) == "3sg"


def _en_after_noun(s: _EnSlot) -> Choice | Unclear | None:
    """After a noun ("The firm 跑通 ..."), not a modifier, number or function word: a finite verb."""
    if not s.verb or s.prev is None or not s.before:
        return None
    if _after_transitive(s) or _after_infinitive(s):
        return None  # "The plan combines 裁员 with ...", "to curb 内卷 in ...": the object of the verb before
    if _after_phrasal_verb(s):
        if s.noun is None or s.noun.pos == "p":
            return Unclear(f"{s.term!r} after {s.plain[-2]!r} {s.plain[-1]!r}: the object of a verb goes here, and "
                           "the glossary has no noun for it")
        return None  # "stepped up 制裁 against ...": the object of the verb and its particle, a noun
    prev, last = s.prev, s.before[-1]
    noun_before = (prev not in _FUNCTION and not last.endswith(("'s", "’s"))
                   and not _adjective_before(s.plain[-1], len(s.plain) == 1) and not _is_number(prev)
                   and not _hyphenated_modifier(s))
    if noun_before and _subject_verb_follows(s):
        return _en_noun_before_verb(s, last)
    if noun_before and (s.verb_first() or not s.content_next() or _adverb_in_ly(s.nxt_l)):
        return s.finite(f"after {last!r}")  # "industry 复苏 strongly": an adverb follows a verb
    if _verbless_after_subject(s):  # "The internet giant 优化 about 10 percent of its staff."
        return s.finite("after the sentence's subject and before its object, with no other verb in the sentence")
    return None


def _hyphenated_modifier(s: _EnSlot) -> bool:
    """A determiner and a hyphenated modifier before the term ("a short-term 回调"): a noun."""
    return bool(_DET_HYPHENATED.search(s.text, max(0, s.start - 60), s.start))


_DET_HYPHENATED = re.compile(r"(?<![\w-])(?i:a|an|the|this|that|its|their|his|her|our|every|each|another)[ \u00a0]+"
                             r"[A-Za-z]+(?:-[A-Za-z]+)+[ \u00a0]*$")


def _en_noun_before_verb(s: _EnSlot, last: str) -> Choice | Unclear:
    """"its chip 出货 beat forecasts", "Smartphone 出货 in China fell": the clause's verb comes
    after, so the term ends its subject, a noun after a noun that modifies it."""
    if s.noun is not None and s.noun.pos != "p" and not _plural_form(last):
        return _en_noun(s) or Unclear(f"{s.term!r} after {last!r}: the clause's verb follows, so a noun goes here")
    return Unclear(f"{s.term!r} after {last!r}: the clause's verb follows, so it may be the subject's noun")


# Past forms that are also base forms, nouns or adjectives ("cut", "set", "left"): no sure sign of a
# finite verb.
_PAST_ALSO_BASE = _PAST_SAME_AS_BASE | {"left", "meant"}


def _subject_verb_follows(s: _EnSlot) -> bool:
    """A finite verb follows the term in its clause, right after it or after a phrase of a
    preposition (up to four words: "in China fell"), with no conjunction between: the term is no
    verb but ends the subject."""
    rest = [w.lower() for w in _WORD.findall(_CLAUSE_REST.match(s.text, s.end).group(0))][:6]
    if rest and rest[0] in _PREPS and rest[0] not in _ING_PREPS:
        k = 1
        while k < len(rest) and k <= 4 and rest[k] not in _FUNCTION - _ANY_DET - _SG_DET and not _finite_word(rest[k]):
            k += 1
        rest = rest[k:] if k > 1 else []
    return bool(rest) and _finite_word(rest[0])


def _finite_word(w: str) -> bool:
    return w in _FINITE_NEXT or (w in _IRREGULAR_PAST and w not in _PAST_ALSO_BASE)


def _en_after_plural_noun(s: _EnSlot) -> Choice | Unclear | None:
    """"Some graduates 啃老 for years": a plural noun after a determiner and adjectives, so the
    term is a verb."""
    if s.det is not None and s.skipped and s.verb and re.search(r"[^s]s$", s.before[-1]) and not s.content_next():
        return s.finite(f"after {s.before[-1]!r}")
    return None


# Verbs in -s that are not plural nouns: a word of this list before the term is a verb, never a
# plural subject ("The group prefers 传统 medicine").
_VERBS_IN_S = set("""prefers seems remains becomes believes expects intends tends continues provides requires
includes allows enables adopts embraces favours favors promotes encourages opposes rejects dislikes considers
owns operates develops produces launches introduces wants says thinks knows appears looks gets makes takes gives
keeps puts sees brings holds""".split())


# Words that open a clause whose subject follows them ("places where students 内卷").
_SUBORDINATORS = set("where when whenever while whereas because if unless although though once".split())


def _en_plural_subject_before(s: _EnSlot) -> bool:
    """The word before the term (an adverb of a verb between them left aside: "Companies simply
    ...") is a plural noun opening the clause's subject: "Retail investors", "Many investors",
    "Investors" at the sentence start (not a verb in -s such as "says", which follows its own
    subject)."""
    words = s.plain
    if s.det is not None or s.after_prep or not words:
        return False  # a determiner or a preposition before the term
    prev = words[-1]
    lp = prev.lower()
    if not re.search(r"[^su'’]s$", lp) or lp.endswith(("ss", "is", "ics")) or lp in _FUNCTION \
            or _INVARIABLE_PLURAL.search(lp) or lp in _VERBS_IN_S:
        return False  # ("robotics", "economics": a field, which modifies the term)
    if len(words) == 1:
        return True
    first = words[-2]
    lf = first.lower()
    if len(words) > 2 and words[-3].lower() in _PREPS:
        return False  # "into the robotics 赛道": the noun phrase of a preposition opens no subject
    if lf in _THIRD_PERSON:
        return False  # "He prefers 传统 medicine": a verb in -s after its pronoun subject
    return (len(words) == 2 and first[:1].isupper()) or lf in _PL_DET or lf in _ANY_DET or lf in _SUBORDINATORS \
        or (len(words) == 2 and _adjective_like(lf))


def _en_noun_after_plural_subject(s: _EnSlot) -> Choice | Unclear | None:
    """"Retail investors 抄底 after the index fell": a plural noun opening the sentence, then the
    term with no verb between: the term is the verb ("Regulators 监管 online platforms": regulate, not a
    noun before "online platforms"); a concept with only a noun is reported (a noun cannot follow a
    plural noun there)."""
    if s.verb is None and (s.noun is None or s.noun.pos == "p") or s.nxt_l in _SG_AGREE | _PL_AGREE:
        return None
    if not _en_plural_subject_before(s):
        return None
    if s.verb is not None:
        return s.finite("after a plural subject")
    return Unclear(f"{s.term!r} after {s.plain[-1]!r}: a verb goes here (after a plural subject) and the glossary has "
                   "no verb for it")


def _noun_phrase_before(s: _EnSlot) -> bool:
    """A determiner right before the term, or a determiner and an adjective ("the demographic"):
    the term ends a noun phrase."""
    if s.direct_det:
        return True
    if len(s.plain) < 2 or s.plain[-2].lower() not in _SG_DET | _PL_DET | _ANY_DET:
        return False
    adj = s.plain[-1].lower()
    return adj in _ADJECTIVES or bool(_ADJ_ENDING.search(adj))


def _en_before_object(s: _EnSlot) -> Choice | Unclear | None:
    """A noun-like term before an object ("The company 运营 300 stores"): a finite verb."""
    nxt_l = s.nxt_l
    if s.direct_det or s.after_prep or s.prev in _BE or s.prev in _HAVE or nxt_l is None or not s.plain:
        return None
    if not (nxt_l in _OBJECT_START or _is_number(nxt_l)) or nxt_l in ("it",) or s.possessive \
            or _TIME_PHRASE.match(s.text, s.end):
        return None  # "to build 20 new 充电桩 this year": a phrase of time, no object
    if nxt_l == "that" and _noun_phrase_before(s):
        return None  # "the demographic 红利 that powered ...": a relative clause after a noun phrase
    if s.verb or s.noun and s.noun.pos != "p":
        return s.finite("before an object")
    return None


# Words that are never a verb: with names and numbers, all a clause may hold besides its verb
# for the term to be that verb (see _en_sole_verb).
_NEVER_VERBS = _SG_DET | _PL_DET | _ANY_DET | _PREPS | set("""and or but last next ago yesterday today tomorrow
week weeks month months year years early late earlier later morning afternoon evening night""".split())
_CLAUSE_END = re.compile(r"[\r\n.!?;:,。！？]")


def _en_sole_verb(s: _EnSlot) -> Choice | Unclear | None:
    """"The US 制裁 Huawei in 2019": a name as the subject, then the term and an object, and no
    other word of the clause can be a verb (every one is a name, a number, a determiner, a
    preposition or a time word): the term is the clause's verb, not a noun the names modify."""
    if s.verb is None or s.direct_det or not s.plain or s.nxt is None:
        return None
    if not (s.nxt[:1].isupper() or s.nxt_l in _OBJECT_START or _is_number(s.nxt_l)):
        return None
    stop = _CLAUSE_END.search(s.text, s.end)
    after = [w for w in _WORD.findall(s.text[s.end:stop.start() if stop else len(s.text)]) if not _CJK.search(w)]
    others = [w for w in s.plain + after if w.lower() not in _NEVER_VERBS]
    if not others or any(not (w[:1].isupper() or _is_number(w)) for w in others):
        return None  # a lowercase word may be the verb; no name may be the subject
    if not any(w[:1].isupper() and w.lower() not in _NEVER_VERBS for w in s.plain):
        return None
    return s.finite("the only word of its clause that can be its verb")


# Verbs whose object may be followed by a participle ("showing his 苹果 rotting", "found their
# 员工 sleeping"): the term is the object's head, not a modifier of the -ing word.
_OBJECT_PARTICIPLE_VERBS = set("""show shows showed shown showing see sees saw seen seeing watch watches watched
watching find finds found finding leave leaves left leaving keep keeps kept keeping catch catches caught catching
film films filmed filming photograph photographed picture pictured depict depicts depicted depicting hear hears
heard notice noticed noticing spot spotted spotting imagine imagined""".split())
_ING_NOUNS = set("""building buildings thing things morning evening funding spending earnings savings housing clothing
training marketing listing listings meeting meetings ceiling setting settings ring king spring string wing""".split())


def _word_before_determiner(s: _EnSlot) -> str | None:
    """The word before the determiner and adjectives in front of the term (before the term when
    there are none): "made" in "made the front-page 头条"."""
    k = s.det_index - 1 if s.det is not None else s.det_index
    if s.det is None and s.skipped == 0:
        k = len(s.before) - 1
    return s.before[k].lower() if 0 <= k < len(s.before) else None


def _en_object_participle(s: _EnSlot) -> Choice | Unclear | None:
    """A countable noun between a verb like "show" or "find" and a participle ("showing his 苹果
    rotting unsold"): the object's head, whose number nothing shows; the plural for a noun counted
    in the plural (``+plural``), else reported."""
    noun, nxt_l = s.noun, s.nxt_l
    if noun is None or noun.pos != "n" or s.det in ("sg", "pl") or s.possessive or s.after_prep:
        return None
    if not (nxt_l and nxt_l.endswith("ing") and len(nxt_l) > 4 and nxt_l not in _ING_NOUNS):
        return None
    if _word_before_determiner(s) not in _OBJECT_PARTICIPLE_VERBS:
        return None
    if noun.plural:
        return s.choice("plural noun (counted in the plural)", _strip_the(noun.forms[1]))
    return Unclear(f"{s.term!r} before {s.nxt!r}: the object of a participle; singular or plural, the words "
                   "around do not tell")


_PERSONAL_POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}
_CLAUSE_REST = re.compile(r"[^,;:.!?()\n\r]*")


def _finite_verb_in(words: list[str]) -> bool:
    return any(w in _SG_AGREE or w in _PL_AGREE or w in _MODALS or w in ("had", "was", "were") or w in _IRREGULAR_PAST
               or (len(w) > 4 and w.endswith("ed")) for w in words)


def _verb_next(s: _EnSlot) -> bool:
    """The word after the term is the clause's verb: no finite verb follows it in the clause, and
    it is followed by a preposition, an object, an adverb, an adjective, a number or the clause end
    ("Her 员工 work long hours"; not "Its 员工 handbook bans ...", "Their 员工 badge was ...")."""
    m = re.match(r"[ \u00a0]+" + re.escape(s.nxt), s.text[s.end:])
    if m is None:
        return False
    rest = [w.lower() for w in _WORD.findall(_CLAUSE_REST.match(s.text, s.end + m.end()).group(0))]
    if rest and rest[0] in _CLAUSE_OBJECT_OPENERS:
        return True  # "how their 算法 decide what riders earn": a clause is the verb's object
    if _finite_verb_in(rest):
        return False
    return not rest or rest[0] in _PREPS or rest[0] in _OBJECT_START or rest[0] in _ADVERBS \
        or rest[0] in _ADJECTIVES or _is_number(rest[0])


# Words that open a clause which is the object of the verb before them ("decide what ...",
# "say that ...", "explain how ...").
_CLAUSE_OBJECT_OPENERS = {"what", "which", "who", "whether", "how", "why", "that", "where", "when", "if"}

# Words that open a clause, after which a possessive and the term may open its subject ("how their
# 算法 decide ...", "because its 骑手 work ...").
_SUBJECT_OPENERS = _SUBORDINATORS | {"how", "why", "whether", "that"}


def _object_after_next(s: _EnSlot) -> bool:
    """A determiner, a possessive or a number right after the word after the term ("The 月光族
    spend their ...")."""
    after = _after(s.text, s.end)
    return len(after) > 1 and (after[1].lower() in _OBJECT_START or _is_number(after[1]))


def _en_possessive_subject(s: _EnSlot) -> Choice | Unclear | None:
    """A sentence opening with a possessive and the term, then a lowercase word and no finite verb
    after it in the clause ("Her 员工 work long hours."): that word is the verb, so the term is
    the subject, plural before a base form ("work"), singular before a form in -s ("works"); the
    same after "The" when that word is followed by its object ("The 月光族 spend their ...")."""
    noun, nxt_l = s.noun, s.nxt_l
    opens = len(s.before) == 1 or (len(s.before) > 1 and s.det_word in _PERSONAL_POSSESSIVES
                                   and s.before[-2].lower() in _SUBJECT_OPENERS)
    if noun is None or noun.pos not in ("n", "u") or s.det_word not in _PERSONAL_POSSESSIVES | {"the"} or s.skipped \
            or not opens or not s.content_next() or s.possessive:
        return None
    if not nxt_l.isalpha() or nxt_l.endswith(("ing", "ed")) or nxt_l in _IRREGULAR_PAST or not _verb_next(s):
        return None
    if s.det_word == "the" and not _object_after_next(s):
        return None  # "The 芯片 shortage in 2021": after "the", only a word before its object is a verb
    third = nxt_l.endswith("s") and not nxt_l.endswith("ss")
    if third:
        return s.choice("noun, subject of the verb after it", _strip_the(noun.forms[0]))
    if noun.pos == "u":
        return Unclear(f"{s.term!r} before {s.nxt!r}: the subject of a plural verb, and the glossary has a mass noun")
    return s.choice("plural noun, subject of the verb after it", _strip_the(noun.forms[1]))


# Adverbs of time and frequency that no noun modifier comes before ("expect another 融资 later
# this year", "a 复盘 again").
_ADVERBS_NOT_MODIFIED = set("yesterday today tonight tomorrow earlier later again ago soon too also already still "
                            "now instead overnight abroad nationwide worldwide together ahead anyway afterwards "
                            "afterward".split())


# Words that follow a noun phrase and head none ("vouchers worth 500 million yuan", "$10 apiece").
_AFTER_NOUN_PHRASE = set("worth apiece alike combined".split())


def _plural_head_then_verb(s: _EnSlot) -> bool:
    """After "thousands of" or a plural determiner, the term is the plural head and the word after
    it a verb in the base form before a preposition or an object ("Thousands of 商家 work with
    the platform"), not a noun the term modifies."""
    after = [w.lower() for w in _after(s.text, s.end)]
    if len(after) < 2 or not _present_verb_like(after[0]) or after[0].endswith("s"):
        return False
    if not (after[1] in _PREPS or after[1] in _OBJECT_START or _det_number(after[1]) is not None):
        return False
    return s.det == "pl" or (s.det is None and _en_partitive(s) == "pl")


def _both_number(s: _EnSlot) -> str | None:
    """"both 民营经济 and ...": "both" coordinates and counts nothing, but a plural after "and"
    does ("Both 国企 and private firms")."""
    return "pl" if s.noun.pos == "n" and _plural_after_and(s) else None


def _plural_after_and(s: _EnSlot) -> bool:
    """After "both" and the term, "and" and a bare plural noun, adjectives before it allowed."""
    after = _after(s.text, s.end)[1:5]
    for w in after:
        if _plural_form(w) and w.islower():
            return True
        if not (w.lower() in _ADJECTIVES or _ADJ_ENDING.search(w.lower())):
            return False
    return False


def _en_modifier_slot(s: _EnSlot) -> bool:
    """The term stands before a noun it modifies: a lowercase content word follows that is not a
    verb agreeing with it, a past form or a possessive."""
    nxt_l = s.nxt_l
    if not s.content_next() or s.possessive or _adverb_in_ly(nxt_l) or nxt_l in _ADVERBS_NOT_MODIFIED or nxt_l in _FREQUENCY \
            or nxt_l in _AFTER_NOUN_PHRASE or (not s.before and _base_verb_before_object(s)) or _plural_head_then_verb(s) \
            or (s.det == "pl" and nxt_l.endswith("ing") and nxt_l not in _ING_NOUNS):
        # "industry 反弹 strongly": an adverb modifies a verb, never follows a modifier; "too many
        # 网红 selling the same products": the plural head and its participle
        return False
    return nxt_l not in _SG_AGREE | _PL_AGREE | _BASE_VERBS | _VERBS_IN_S and not nxt_l.endswith("ed") \
        and nxt_l not in _IRREGULAR_PAST and not _verb_in_s_next(s)


def _verb_in_s_next(s: _EnSlot) -> bool:
    """The word after the term ends in -s and an object follows it ("Rising 保护主义 threatens
    global supply chains", "... 影响 the market"): a verb agreeing with the term as its subject,
    not a plural noun the term modifies (a plural noun is not followed by a determiner or an
    adjective and its noun)."""
    after = _after(s.text, s.end)
    if len(after) < 2 or not after[0].endswith("s") or after[0].endswith("ss") or after[0] in _S_NOT_PLURAL:
        return False
    n2 = after[1].lower()
    return n2 in _OBJECT_WORDS or (_strict_adjective(n2) and n2 not in _DEGREE_WORDS and len(after) > 2
                                   and after[2].isalpha() and after[2].islower() and after[2] not in _NOT_NOUN_NEXT
                                   and after[2] not in _NO_OBJECT_WORDS)


# Verbs in the base form that are no nouns: after the term they agree with it as a plural subject
# ("Some 打工人 say ...", "Many 散户 believe ..."), so the term is no modifier.
_BASE_VERBS = set("""say believe think argue insist warn complain worry agree want expect know tend seem admit deny
reckon prefer urge remain continue struggle stay become go come get keep""".split())


_LY_NOUNS = _NOT_ADVERBS | set("""july rally ally assembly monopoly anomaly belly jelly bully lily holy ugly comply multiply
imply resupply""".split())


def _adverb_in_ly(word: str | None) -> bool:
    return bool(word) and len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


def _opening_subject(s: _EnSlot) -> bool:
    """The words before the term are the noun phrase opening the sentence: a name ("Xiaomi"), or a
    determiner, adjectives or names, and a singular noun ("The company"; not "The bank offers")."""
    before = s.before
    if not 1 <= len(before) <= 4 or not at_sentence_start(s.text, s.text.rfind(before[0], 0, s.start)):
        return False
    head, first = before[-1], before[0].lower()
    if len(before) == 1:
        return head[:1].isupper() and head[1:].islower() and first not in _FUNCTION
    # a word that is also an adjective heads the phrase after a noun ("The internet giant")
    compound = len(before) > 2 and _noun_head_like(before[-2]) and not before[-2].endswith("s")
    noun_head = (_noun_head_like(head) or (compound and head.lower() in _ADJECTIVES)) and head.lower() not in _PARTICLES
    # a noun may modify the head right before it ("The internet giant"), not further back
    return first in ("the", "a", "an", "this", "that", "its", "their", "his", "her") \
        and (noun_head or head[:1].isupper()) and not _plural_form(head) and not head.endswith("s") \
        and all(w.lower() in _ADJECTIVES or w[:1].isupper() or (compound and i == len(before) - 2)
                for i, w in enumerate(before[1:-1], 1))


# Words that open an amount ("about 10 percent of its staff").
_AMOUNT_WORDS = set("about around nearly almost roughly approximately some over".split())


# Words that open a clause of time, cause or condition after a main clause.
_TIME_CLAUSE_OPENERS = _SUBORDINATORS | {"as", "after", "before", "until"}
_CLAUSE_AFTER_TERM = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted(_TIME_CLAUSE_OPENERS)) + r")[ \u00a0]+(?:the|a|an|its|his|her|"
                                r"their|it|they|he|she|we|[a-z]+s)\b")


def _object_phrase_after(after: list[str]) -> bool:
    """The words after the term open an object and no verb follows it: an amount ("about 10
    percent"), a determiner or a plural noun and then a preposition, a number or the phrase's end
    ("shares worth ..."; not "shares make up ...")."""
    amount = bool(after) and (_is_number(after[0]) or after[0].lower() in _AMOUNT_WORDS and len(after) > 1
                              and _is_number(after[1]))
    if not after or not (amount or after[0].lower() in _OBJECT_START or _plural_form(after[0]) and after[0].islower()):
        return False
    return len(after) == 1 or amount or after[1].lower() in _PREPS or after[1].lower() in _AFTER_NOUN_PHRASE \
        or _is_number(after[1])


def _verbless_after_subject(s: _EnSlot) -> bool:
    """The term follows the noun phrase opening the sentence ("The company", "Xiaomi") and comes
    before an object ("shares worth 2 billion yuan in ..."), and the sentence has no finite verb
    besides: read as a modifier, the term would leave the sentence without one ("The company
    回购 shares worth ..."), so it is the verb."""
    if not _opening_subject(s) or not s.text[s.start - 1:s.start].isspace():
        return False
    after = _after(s.text, s.end)
    if after and after[0].lower() in _TIME_CLAUSE_OPENERS and after[0].islower():
        # "The launch event 翻车 when the robot could not ...": the clause after is another's; the
        # main clause has no verb but the term
        return bool(_CLAUSE_AFTER_TERM.match(s.text, s.end))
    if not _object_phrase_after(after):
        return False
    _, end = _sentence_span(s.text, s.start, s.end)
    return s.text[end:end + 1] in (".", "!") and not _finite_verb_in([w.lower() for w in _WORD.findall(s.text[s.end:end])])


def _en_modifier(s: _EnSlot) -> Choice | Unclear | None:
    """Before a noun, a modifier: "a 内卷 industry", "the 赛道 leaders"."""
    if not _en_modifier_slot(s):
        return None
    if _verbless_after_subject(s):
        return s.finite("after the sentence's subject and before its object, with no other verb in the sentence")
    noun, adj = s.noun, s.adj
    if not adj and s.prev in ("most", "least") and s.prev2 in _ANY_DET | _SG_DET:
        # "the most 县城 brand": a word of degree asks for an adjective
        return Unclear(f"{s.term!r} after {s.plain[-1]!r}: an adjective goes here, and the glossary has none")
    if adj:
        chosen = _en_adjective_modifier(s, adj, noun)
        if chosen is not None:
            return chosen
    if noun is None:
        return Unclear(f"{s.term!r} before {s.nxt!r}: the glossary has no adjective or noun for it")
    if not _noun_modifies_here(s, noun):
        return None
    return _en_verb_or_modifier(s, noun) or _en_participle_next(s, noun) or _what_before_name(s, noun) \
        or _en_noun_modifier(s, noun)


def _en_adjective_modifier(s: _EnSlot, adj, noun: EnRendering | None) -> Choice | Unclear | None:
    """The adjective before the next noun, unless the term is the head noun of a participle
    phrase after "a" ("a 闭环 linking sales data": "a closed loop linking") or a name the
    determiner belongs to (None: read as a noun)."""
    if noun is not None and s.det == "sg":
        head = _en_participle_next(s, noun)
        if head is not None:
            return head
    nxt_l = s.nxt_l
    if noun is None or noun.pos != "p" or s.direct_det or (s.after_prep and nxt_l.endswith("s")
                                                           and not nxt_l.endswith("ss")):
        return s.choice("adjective", adj.text)
    return None


def _en_participle_next(s: _EnSlot, noun: EnRendering) -> Choice | Unclear | None:
    """"spent thousands on 盲盒 featuring cartoon characters": a countable noun with no
    determiner before a word in -ing and its object is the head of a phrase the participle
    follows (plural: "blind boxes featuring"), or a modifier of a gerund; reported. After a
    determiner of the singular ("a 闭环 linking sales data to production") it is the head noun,
    in the singular and unhyphenated ("a closed loop linking")."""
    after = _after(s.text, s.end)
    if (s.det is not None and s.det != "sg") or noun.pos not in ("n", "u") or len(after) < 2 \
            or not after[0].endswith("ing") or after[0] in _ING_NOUNS or after[0].lower() != after[0]:
        return None
    n2 = after[1].lower()
    if n2 not in _OBJECT_WORDS and not (n2.isalpha() and after[1].islower() and n2 not in _NOT_NOUN_NEXT):
        return None
    if s.det == "sg":
        return s.choice("head noun before a participle", _strip_the(noun.forms[0]))
    if noun.pos != "n":
        return None
    return Unclear(f"{s.term!r} before {s.nxt!r}: a countable noun without a determiner before a participle and "
                   "its object (plural) or a modifier of a gerund; the words around do not tell")


def _en_verb_or_modifier(s: _EnSlot, noun: EnRendering) -> Unclear | None:
    """A concept with a verb whose noun would modify the next word where the verb reads as well
    or better: reported. Before an adjective and its noun ("said the official 贪污 public funds": a
    noun modifier stands after the adjectives, never before them); or a noun in -ing of two words
    after a possessive ("her 带货 tea" -> "her livestream selling tea" reads as a gerund with its
    subject, taking the next noun as its object)."""
    if s.verb is None:
        return None
    if _adjective_then_noun_next(s):
        return Unclear(f"{s.term!r} before {s.nxt!r}: an adjective and its noun follow, so the term is a verb "
                       "before its object or a noun; the words around do not tell which form")
    if s.prev in _PERSONAL_POSSESSIVES and not noun.hyphen and re.fullmatch(r"\w+ \w+ing", noun.forms[0]):
        return Unclear(f"{s.term!r} before {s.nxt!r}: the noun {noun.forms[0]!r} in -ing would read as a verb "
                       "taking the next noun as its object")
    return None


_HYPHENATED_NEXT = re.compile(r"[ \u00a0]+[a-z]+-[a-z]+\b(?!-)")


def _adjective_then_noun_next(s: _EnSlot) -> bool:
    """An adjective by its form ("public", "massive", "cheaper") follows the term, then a noun."""
    after = _after(s.text, s.end)
    first = after[0] if after else ""
    adjective = _strict_adjective(first) or (first.endswith("al") and len(first) > 5 and first.islower()
                                             and first not in _NOUNS_WITH_ADJ_ENDING) \
        or bool(_HYPHENATED_NEXT.match(s.text, s.end))  # "beaten-down", "state-owned"
    if len(after) < 2 or not adjective or not re.match(r"[ \u00a0]", s.text[s.end:s.end + 1]):
        return False
    n2 = after[2] if _HYPHENATED_NEXT.match(s.text, s.end) and len(after) > 2 else after[1]
    return n2.isalpha() and n2.islower() and n2 not in _NOT_NOUN_NEXT and not _adverb_in_ly(n2)


def _noun_modifies_here(s: _EnSlot, noun: EnRendering) -> bool:
    """Whether the words before the term let its noun modify the next word: a determiner, a
    preposition, the sentence start, *be* or an adjective before it. Not a name after a
    preposition before a verb of saying ("Analysts at 美联储 expect cuts"): that verb ends the
    subject's phrase, so the name stands whole, with its article ("at the Federal Reserve
    expect")."""
    if noun.pos == "p" and s.det is None and s.after_prep and s.nxt_l in _REPORTING:
        return False
    return (s.det is not None or s.after_prep or s.sentence_start or s.prev is None or s.prev in _BE
            or s.prev in _ADJECTIVES or _strict_adjective(s.prev) or _verb_then_plural_object(s))


def _verb_then_plural_object(s: _EnSlot) -> bool:
    """"testing 数字人民币 wallets with merchants": after a verb in -ing or -ed or an irregular past,
    the term before a plural noun that ends the phrase (a preposition, punctuation or the end after
    it) modifies that noun, the verb's object."""
    prev, nxt = s.prev or "", s.nxt or ""
    if not ((prev.endswith(("ing", "ed")) and len(prev) > 4) or prev in _IRREGULAR_PAST) or prev in _FUNCTION:
        return False
    if not (nxt.islower() and nxt.endswith("s") and not nxt.endswith("ss") and nxt not in _S_NOT_PLURAL):
        return False
    after = _after(s.text, s.end)
    return len(after) < 2 or after[1].lower() in _PREPS or _next_is_punct_or_end(s.text, s.text.find(nxt, s.end) + len(nxt))


_EN_PHRASE_WORDS = {"the", "a", "an"}


def _en_phrase(rendering: str) -> str | None:
    """The article inside a rendering that makes it a noun phrase of its own ("aggregate
    financing to the real economy"), which cannot stand before a noun as a modifier; None for
    one that can ("rate of return target" may be read as a compound, so it is not refused)."""
    words = _strip_the(rendering).split(" ")
    return next((w for w in words[1:-1] if w in _EN_PHRASE_WORDS), None)


# Plurals that stay plural before a noun: "sales team", "goods trade", "arms deal".
_INVARIABLE_PLURAL = re.compile(r"\b(?:sales|goods|news|savings|arms|earnings|securities|customs|clothes|"
                                r"communications|electronics|economics|logistics|analytics|physics|statistics)$")


# Words in -s that are no plural nouns (besides the function words).
_S_NOT_PLURAL = _FUNCTION | set("does its his this thus as across always perhaps plus versus besides towards afterwards "
                                "whereas unless less yes".split())


def _en_noun_modifier(s: _EnSlot, noun: EnRendering) -> Choice | Unclear:
    """The noun rendering used as a modifier, in the number a determiner asks for. After a
    determiner, a rendering that is a noun phrase of its own ("the 社融 data" -> "the aggregate
    financing to the real economy data") cannot modify the noun: reported as a compound slot; so
    is a verb phrase in -ing with an object ("living off their parents"; two words hyphenate:
    "the lying-flat movement")."""
    if s.verb is not None and noun.forms[0].count(" ") > 1 and noun.forms[0] == s.verb.forms[4]:
        return Unclear(f"{s.term!r} before {s.nxt!r}: the noun is a verb phrase in -ing ({noun.forms[0]!r}), "
                       "which modifies no noun")
    phrase = _en_phrase(noun.forms[0]) if s.det is not None and noun.pos != "p" else None
    if phrase:
        return Unclear(f"{s.term!r} before {s.nxt!r}: a modifier of the next noun (a compound slot), and the "
                       f"glossary's rendering {noun.forms[0]!r} is a noun phrase with its own article ({phrase!r})")
    if noun.pos == "pl" and not _INVARIABLE_PLURAL.search(noun.forms[0]):
        # "the national subsidies programme", "big tech firms employees": a noun modifying
        # another is singular in English, and the glossary has only the plural.
        return Unclear(f"{s.term!r} before {s.nxt!r}: a modifier of the next noun, and the glossary has only the "
                       f"plural {noun.forms[0]!r}")
    if s.det == "pl" and noun.pos not in ("pl", "p"):  # (a name modifies as it is: "two Qwen models")
        if s.nxt_l.endswith("s") and not s.nxt_l.endswith("ss"):
            if s.nxt_l in _S_NOT_PLURAL or not (s.nxt.isalpha() and s.nxt.islower()):
                return Unclear(f"{s.term!r} after {s.det_word!r}: a plural noun or a modifier; the words around do not tell")
            # "Several 基建 projects", "2,000 换电 stations": after a plural determiner a word in
            # -s is the plural noun the phrase ends in (a plural subject takes no verb in -s),
            # and the term modifies it
        elif noun.pos == "u":
            return Unclear(f"{s.term!r} after {s.det_word!r}: a plural noun, and the glossary's noun is a mass "
                           "or abstract noun")
        else:
            return s.choice("plural noun", _strip_the(noun.forms[1]))
    if noun.hyphen:
        return s.choice("noun as modifier, hyphenated", "-".join(_strip_the(noun.forms[0]).split(" ")))
    return s.choice("noun as modifier", _modifier(_strip_the(noun.forms[0])) if noun.pos in ("n", "u")
                    else _strip_the(noun.forms[0]))


def _acronym_noun_next(s: _EnSlot) -> bool:
    """An acronym ("AI", "EV", "5G") right after the term, then a lowercase content word."""
    after = _after(s.text, s.end)
    return (len(after) > 1 and bool(re.fullmatch(r"[A-Z0-9]{2,5}", after[0])) and _content(after[1])
            and bool(re.match(r" [A-Z0-9]{2,5} ", s.text[s.end:s.end + 8])))


_NOT_NOUN_NEXT = _PREPS | _BE | _HAVE | _MODALS | _SG_AGREE | _PL_AGREE | set("and or but nor that which who whom to".split())


def _noun_may_follow(s: _EnSlot) -> bool:
    """The word after the term may be the noun an adjective modifies ("a 亮眼 quarter"): a
    lowercase word that is no preposition, auxiliary, conjunction or past form."""
    nxt = s.nxt_l
    if not nxt or not s.nxt.isalpha() or not s.nxt.islower() or nxt in _NOT_NOUN_NEXT:
        return False
    return not (nxt.endswith("ed") or nxt in _IRREGULAR_PAST)


def _en_without_noun(s: _EnSlot) -> Choice | Unclear | None:
    """No noun rendering: an adjective after *be* or a determiner, else reported."""
    if s.noun is not None:
        return None
    if s.adj and s.prev in _BE:
        return s.choice("adjective", s.adj.text)
    if s.adj and s.direct_det and not s.possessive and not _acronym_noun_next(s) and not _noun_may_follow(s):
        # "The 给力 is over", "Her 国产 surprised everyone": a determiner and no noun after the
        # term, so a noun goes here and the concept has none (before a noun, _en_modifier reads it)
        return Unclear(f"{s.term!r} after {s.det_word!r}: a noun goes here, and the glossary has only an adjective")
    if s.adj and s.direct_det:
        return s.choice("adjective", s.adj.text)
    if s.adj and not s.verb and _acronym_noun_next(s):
        # "supply 端侧 AI chips": an acronym and a noun after it begin a noun phrase, which an
        # adjective-only concept can only modify
        return s.choice("adjective (before a noun)", s.adj.text)
    kind = "a verb" if s.verb else "an adjective" if s.adj else "an adverb"
    return Unclear(f"{s.term!r}: the glossary has only {kind}, and the words around do not show which form fits")


# Quantifiers before "of the/its ..." that make a countable noun plural: "one of the banks", "all
# of its buildings". With all, most, some, any and none a singular verb after the noun keeps the
# singular ("most of the building was destroyed").
_PARTITIVE_PL = set("""one each many several few fewer both dozens hundreds thousands millions billions scores
majority number plenty lots""".split()) | _PL_DET
_PARTITIVE_ANY = set("all most some any none".split())


# Nouns of quantity before "of" and a bare plural: "dozens of 独角兽", "a number of 员工".
_QUANTITY_OF = set("""number numbers dozens hundreds thousands millions billions tens scores lots lot plenty majority
minority range variety host handful couple pair wave waves flood slew spate series round rounds batch batches string
raft barrage torrent amounts""".split())
# Heads before "of" that leave the subject's agreement to the noun after it ("half of the farmers",
# "a third of workers", "dozens of traders"); "one of" and "each of" are singular heads, and so
# are collective nouns ("a wave of layoffs hits", "a series of reforms has").
_COLLECTIVE_OF = set("""numbers range host wave waves flood slew spate series round rounds batch batches string raft
barrage torrent amounts""".split())
_PARTITIVE = (_QUANTITY_OF | _PARTITIVE_PL | _PARTITIVE_ANY | set("""half third thirds quarter quarters percent cent
rest bulk kind kinds sort sorts type types""".split())) - _COLLECTIVE_OF - {"one", "each"}


def _en_partitive(s: _EnSlot) -> str | None:
    """"pl" for a countable noun after "<quantifier> of <determiner>" or "<quantity noun> of",
    else None."""
    if s.det_word in ("more", "most") and not s.skipped:
        return "pl"  # right after more or most: "more unicorns", "the most unicorns" (not "the most crowded")
    if s.det is None:
        k = len(s.before) - 1 - s.skipped  # the word before the adjectives
        of = k >= 1 and s.before[k].lower() == "of" and s.before[k - 1].lower() in _QUANTITY_OF
        return "pl" if of else None
    k = s.det_index
    if (s.det_word or "").endswith(("'s", "’s")) and k >= 3 and s.before[k - 1].lower() in ("the", "a", "an"):
        k -= 1  # "one of the country's top 顶流": the possessive's own article stands before it
    if s.det is None or s.det == "sg" or k < 2 or s.before[k - 1].lower() != "of":
        return None
    quantifier = s.before[k - 2].lower()
    if quantifier in _PARTITIVE_PL or _is_number(quantifier):
        return "pl"
    if quantifier in _PARTITIVE_ANY and s.nxt_l not in _SG_AGREE:
        return "pl"
    return None


def _en_number(s: _EnSlot) -> str | None:
    """The number the noun must have: from the determiner, from a quantifier before "of" and the
    determiner ("all of its"), or from the verb after it ("is"/"are") unless the term is
    coordinated or in a prepositional phrase; "conflict" when they disagree."""
    number = _en_partitive(s) if s.noun.pos == "n" else None
    if s.noun.pos == "u" and s.noun.count and s.det is None:
        number = _en_partitive(s)  # "a new round of 洗牌": shake-ups, the noun countable too
    if number is not None:
        return number
    number = s.det
    if s.det_word == "both" and not s.skipped and s.nxt_l == "and":
        return _both_number(s)
    after = _number_after(s, number)
    if after is not None:
        return after
    if s.prev in ("and", "or", "nor") or s.after_prep \
            or _after_preposition(s.before, s.det_index if s.det else len(s.before)):
        return number  # a coordinated subject, or the noun of a prepositional phrase: the verb after it is not its own
    if s.noun.pos == "u":
        # "人工智能 power the phones": a plural verb, which a mass noun cannot take
        plural_verb = s.nxt_l in _PL_AGREE or (not s.before and _base_verb_before_object(s))
        return "pl" if plural_verb and number in (None, "any") else number
    return _number_from_verb(s, number)


def _number_after(s: _EnSlot, number: str | None) -> str | None:
    """The number of a countable noun without one of its own, from the words right after it: the
    verb of a relative clause ("黄牛 who resell appointments") or a bare plural joined to it
    ("老虎 as well as petty officials")."""
    if s.noun.pos != "n" or number not in (None, "any"):
        return None
    relative = _relative_verb(s.text, s.end)
    if relative is not None:
        return "sg" if relative in _SG_AGREE else "pl"
    if number is None and _COORDINATED_PLURAL.match(s.text, s.end):
        return "pl"
    return None


def _number_from_verb(s: _EnSlot, number: str | None) -> str | None:
    """The number the verb after the noun (or after a prepositional phrase after it) asks for,
    checked against the determiner's."""
    verb = s.nxt_l if s.nxt_l in _SG_AGREE or s.nxt_l in _PL_AGREE else _verb_after_phrase(s.text, s.end)
    if verb in _SG_AGREE:
        return "sg" if number in (None, "any", "sg") else "conflict"
    if verb in _PL_AGREE:
        if s.det_word == "that" and not s.skipped and s.nxt_l == verb:
            return "pl"  # "found that 蚂蚁 have ...": "that" opens a clause, it is no determiner here
        return "pl" if number in (None, "any", "pl") else "conflict"
    if s.nxt_l in _BASE_VERBS and number in (None, "any"):
        return "pl"  # "Some 打工人 say ...": a verb in the base form agrees with a plural subject
    after_adverb = _verb_number_after_adverb(s)
    if after_adverb is not None and number in (None, "any", after_adverb):
        return after_adverb  # "Tencent's 小程序 now handle billions": the verb after an adverb
    if number is None and not s.before and _base_verb_before_object(s):
        return "pl"  # "打工人 in Shanghai spend an average of ...": the same, before its object
    return number


# Adverbs between a subject and its verb ("now handle", "still make", "also run").
_MID_ADVERBS = _FREQUENCY | set("now still also already never just even increasingly mostly largely".split())


def _verb_number_after_adverb(s: _EnSlot) -> str | None:
    """The number the verb after an adverb after the term shows: "sg" for a form in -s, "pl" for
    a base form ("now handle"); None when no such verb follows (an adjective, a participle)."""
    after = [w.lower() for w in _after(s.text, s.end)]
    if len(after) < 2 or after[0] not in _MID_ADVERBS:
        return None
    verb = after[1]
    if verb in _SG_AGREE or verb in _PL_AGREE:
        return "sg" if verb in _SG_AGREE else "pl"
    if not _present_verb_like(verb) or verb in _ADJECTIVES or _strict_adjective(verb) or len(after) < 3:
        return None
    if not (after[2] in _OBJECT_START or _det_number(after[2]) is not None or after[2] in _PREPS):
        return None  # a verb is followed by its object or a preposition
    return "sg" if re.search(r"[^s]s$", verb) else "pl"


_RELATIVE_PRONOUNS = {"who", "that", "which"}
# A bare plural joined after the term ("老虎 as well as petty officials", "黄牛 and touts"): up to
# two lowercase modifiers, no determiner, and a plural noun ending its phrase.
_COORDINATED_PLURAL = re.compile(r"[ \u00a0]+(?:and|or|as well as|rather than|but not|such as|like|including)[ \u00a0]+"
                                 r"(?:(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|other|many|some)\b)"
                                 r"[a-z][a-z-]*[ \u00a0]+){0,2}"
                                 r"(?!(?:its|his|this|was|has|does|us|as|less|unless|plus|thus|whereas|towards)\b)"
                                 r"[a-z]+[^s\W]s\b(?![ \u00a0]*['’-])")


def _present_verb_like(w: str) -> bool:
    """A lowercase word that may be a verb in the present: no function word, adjective, past,
    -ing or -ly form, nor a word in -ss or another word whose -s is no ending."""
    return w.isalpha() and w.islower() and w not in _FUNCTION and w not in _IRREGULAR_PAST \
        and not w.endswith(("ed", "ing", "ly", "ss")) and w not in _ADJECTIVES and w not in _S_NOT_PLURAL


def _relative_verb(text: str, end: int) -> str | None:
    """The verb of a relative clause right after the noun, as "is" or "are" when its form shows
    the number: "黄牛 who resell appointments" (the base form before its object or a preposition:
    plural), "小作文 that circulate in chat groups", "a 平台 that sells ..." (in -s: singular)."""
    words = _WORD.findall(text[end:end + _LOOK])[:4]
    if len(words) < 3 or words[0].lower() not in _RELATIVE_PRONOUNS or text[end:end + 2].strip(" ")[:1] in ",;:":
        return None
    w, after = words[1], words[2].lower()
    if w in _SG_AGREE or w in _PL_AGREE:
        return w
    if not _present_verb_like(w):
        return None
    if w.endswith("s"):  # "that sells the most": not "that investors like", whose subject is "investors"
        return "is" if after in _PREPS or _object_opens(words, 2) else None
    plural_object = words[2].islower() and after.endswith("s") and not after.endswith("ss") and after not in _FUNCTION
    return "are" if after in _PREPS or _object_opens(words, 2) or plural_object else None


def _after_place(words: list[str]) -> int | None:
    """The index after a preposition and a place name of up to three capitalised words opening
    ``words`` ("in Shanghai", "at Meituan Dianping"), 0 without a preposition; None after a
    preposition and a common noun, which may go on ("in coastal factories")."""
    if not words or words[0].lower() not in _PREPS:
        return 0
    i = 1
    while i < len(words) and i <= 3 and words[i][:1].isupper() and words[i].lower() not in _FUNCTION:
        i += 1
    if i > 1:
        return i
    # "in first-tier cities", "in big cities": up to two modifiers and a plural noun, which ends
    # the phrase when a verb before its object follows (checked by the caller)
    while i < len(words) and i <= 3 and words[i].islower() and (words[i] not in _FUNCTION or words[i] in _ORDINALS) \
            and not words[i].endswith("s"):
        i += 1
    noun = words[i] if i < len(words) else ""
    if noun.islower() and noun.endswith("s") and not noun.endswith("ss") and noun not in _FUNCTION \
            and noun not in _S_NOT_PLURAL:
        return i + 1
    return None


def _base_verb_before_object(s: _EnSlot) -> bool:
    """After the term (and a place after a preposition: "in Shanghai"), a word in the base form of
    a verb before its object: lowercase, no function word, no form in -s, -ed or -ing, and a
    determiner, pronoun, number, adjective or word of quantity after it ("spend an average", "earn
    their living", "face long hours", "earn little")."""
    chunk = s.text[s.end:s.end + _LOOK]
    stop = _PHRASE_STOP.search(chunk)
    words = _WORD.findall(chunk[:stop.start()] if stop else chunk)[:7]
    i = _after_place(words)
    if i is None:
        return False
    while i < len(words) - 1 and (words[i] in _ADVERBS or words[i] in _FREQUENCY or _adverb_in_ly(words[i])):
        i += 1  # "民企 still find it harder ...": an adverb before the verb
    if i + 1 >= len(words):
        return False
    w = words[i]
    if not (w.isalpha() and w.islower()) or w in _FUNCTION or w in _IRREGULAR_PAST or w.endswith(("s", "ed", "ing")) \
            or w in _ADJECTIVES or _adverb_in_ly(w):
        return False
    return _object_opens(words, i + 1)


def _object_opens(words: list[str], i: int) -> bool:
    """``words[i]`` opens an object: a determiner, pronoun, number or approximate number; also an
    adjective (a comparative too) or a word of quantity, which are no verb either ("face long
    hours", "pay higher interest", "earn little"): the word before is the verb, not a noun the
    term modifies."""
    after = words[i].lower()
    approximate = after in _APPROXIMATE and i + 1 < len(words) and _is_number(words[i + 1])
    comparative = after.endswith("er") and (after[:-2] in _ADJECTIVES or after[:-1] in _ADJECTIVES)
    return after in _OBJECT_START or _is_number(after) or approximate or after in _ADJECTIVES or after in _QUANTITY_WORDS \
        or comparative

_QUANTITY_WORDS = set("little much more less most".split())


_PHRASE_STOP = re.compile(r"[,;:.!?()\[\]\"“”\r\n]")
_PHRASE_END = set("that which who whom whose where when while and or but as if because than".split())


def _verb_after_phrase(text: str, end: int) -> str | None:
    """The verb after a prepositional phrase that follows the noun ("the 红利 of the free trade
    zone are ..."): it agrees with the noun. None when something else comes first (a clause,
    punctuation, another verb)."""
    chunk = text[end:end + _LOOK]
    stop = _PHRASE_STOP.search(chunk)
    words = _WORD.findall(chunk[:stop.start()] if stop else chunk)
    if not words or words[0].lower() not in _PREPS:
        return None
    for w in words[1:8]:
        lw = w.lower()
        if lw in _SG_AGREE or lw in _PL_AGREE:
            return lw
        if lw in _PHRASE_END or lw in _MODALS or lw in _HAVE or lw in _BE or _CJK.search(w):
            return None
    return None


def _en_flagged_plural(s: _EnSlot, noun: EnRendering, number: str | None) -> Choice | None:
    """The plural the table's flags ask for where the slot leaves the number open: after a
    listed word (``+plural after``), or bare (``+plural``) but not before a noun it may modify,
    and opening the sentence only where no firm or body may be meant (:func:`_plural_opening_subject`)."""
    if number in (None, "any") and noun.pos in ("n", "u") and noun.plural_after:
        word = next((w for w in (s.prev, _word_before_determiner(s)) if w in noun.plural_after), None)
        if word is not None:
            return s.choice(f"plural noun (after {word!r})", _strip_the(noun.forms[1]))
    if noun.pos != "n" or not noun.plural:
        return None
    why = _flagged_plural_slot(s, noun, number)
    return s.choice(why, noun.forms[1]) if why else None


def _flagged_plural_slot(s: _EnSlot, noun: EnRendering, number: str | None) -> str | None:
    """Why a noun flagged ``+plural`` takes the plural here, or None."""
    if number is None and s.det is None and s.before and not _en_modifier_slot(s) \
            and not _determiner_further_back(s.before) and not _one_thing_named(s):
        # not before a noun it may modify ("subsidise 充电桩 installation"), nor after a determiner
        # and more modifiers than the determiner reader skips ("its first domestically made 光刻机")
        return "plural noun (counted in the plural)"
    if number is None and not s.before and s.det is None and _plural_opening_subject(s, noun):
        # "新能源车 accounted for more than half of sales": things or people opening the sentence
        # with a verb that shows no number; not a firm ("国企 said it would ..."), not before "it"
        return "plural noun (counted in the plural, opening the sentence)"
    if number in (None, "any") and (s.det_word or "").endswith(("'s", "’s")):
        # "a quarter of the country's 苹果": a possessive leaves the number open as well
        return "plural noun (counted in the plural, after a possessive)"
    return None


_IT_AFTER = re.compile(r"\b(?:it|its|itself|it's)\b", re.IGNORECASE)
_THEY_AFTER = re.compile(r"\b(?:they|their|them|themselves)\b", re.IGNORECASE)


def _plural_opening_subject(s: _EnSlot, noun: EnRendering) -> bool:
    """A flagged noun opening the sentence before a verb (in the past, or a modal) whose subject it
    is may be counted in the plural, unless it names a firm or body, which one may mean ("国企
    said it would ...": only "they" or "their" later tells), or "it" or "its" later in the
    sentence refers to one."""
    lo, hi = _sentence_span(s.text, s.start, s.end)
    if lo != s.start or _IT_AFTER.search(s.text, s.end, hi) or _en_modifier_slot(s):
        return False
    head = noun.forms[0].split(" ")[-1].lower()
    if (head in _ORGANISATIONS or head.endswith(("maker", "makers"))) and not _THEY_AFTER.search(s.text, s.end, hi):
        return False  # a firm is counted in the plural where "they" or "their" refers to it
    after = _after(s.text, s.end)
    return bool(after) and (after[0].lower() in _MODALS or _finite_verb_in([after[0].lower()])
                            or after[0].lower() in _PREPS)


# Words after which a bare noun names one thing, its article dropped: the complement of a
# singular "be", a linking verb or a verb of naming ("The show is 短剧", "was named 独角兽"), or
# "as" ("worked as 程序员"; not "such as").
_NAMES_ONE = frozenset("is was be been being becomes became become remains remained named called "
                       "dubbed crowned as".split())
_APPOSITION = re.compile(r"[A-Z][\w'’.-]*[ \u00a0]*,[ \u00a0]*$")


def _one_thing_named(s: _EnSlot) -> bool:
    """A bare term that names one thing, where a flagged noun keeps the number open: the
    complement of a singular copula or verb of naming, after "as" (not "such as"), or in
    apposition to a name before a comma ("Li Wei, 博主 with two million followers")."""
    if s.prev == "as" and (s.prev2 in ("such", "themselves", "them", "ourselves", "us")
                           or _plural_form(s.prev2 or "")):
        return False  # "such as 短剧", "described themselves as 月光族": several things
    if s.prev in _NAMES_ONE:
        return True
    return bool(_APPOSITION.search(s.text, max(0, s.start - 60), s.start))


def _determiner_further_back(before: list[str], reach: int = 5) -> bool:
    """A determiner or possessive within ``reach`` words before the term, with modifiers between
    that the determiner reader does not skip: an ordinal or an adverb in -ly among them ("its
    first domestically made 光刻机"), and no noun followed by its verb ("The navy staged"). The
    phrase has its determiner, which tells the number or leaves it to the context."""
    between: list[str] = []
    for w in reversed(before[-reach:]):
        lw = w.lower()
        if _det_number(lw) is not None or lw in _PERSONAL_POSSESSIVES or lw.endswith(("'s", "’s")):
            mods = between[::-1]
            return any(_adverb_in_ly(m.lower()) or m.lower() in _ORDINALS for m in mods) \
                and not any(_verb_after_noun(a, b) for a, b in zip(mods, mods[1:]))
        if (lw in _FUNCTION and lw not in _ORDINALS) or not (w.isalpha() or "-" in w):
            return False
        between.append(w)
    return False



_ATTRIBUTIVE = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ese|ish|ian|ary|ory|ern)$")


def _en_noun_with_article(s: _EnSlot, noun: EnRendering, number: str | None) -> Choice | Unclear:
    """A rendering that carries its article ("the private sector"), with no determiner before
    the term: put in as it is, but not after an adjective ("Local 民营经济 policies")."""
    if s.prev is not None and s.prev not in _FUNCTION and (s.prev in _ADJECTIVES or _ATTRIBUTIVE.search(s.prev)):
        return Unclear(f"{s.term!r} after {s.plain[-1]!r}: the glossary's rendering {noun.forms[0]!r} carries "
                       "its article, which cannot follow an adjective")
    plural = number == "pl" and len(noun.forms) > 1
    return s.choice("noun with its article", noun.forms[1] if plural else noun.forms[0])


# Determiners that count one of a countable noun: a mass noun cannot follow them ("an extreme
# weather", "every fundraising"); "this", "that", "the" and possessives take both.
_COUNT_DET = set("a an one each every another either neither".split())


def _en_noun_refused(s: _EnSlot, number: str | None) -> Unclear | None:
    """Numbers the noun cannot take: a determiner and a verb that disagree; a plural of a name
    ("Several 国务院 met.", "国务院 are ...") or of a noun the table gives as mass or abstract
    ("300 民营经济", "民营经济 are"); a countable noun after "both" coordinating it; and the
    determiners of ``_en_determiner_refused``."""
    if number == "conflict":
        return Unclear(f"{s.term!r}: the determiner and the verb after it disagree in number")
    pos = s.noun.pos
    if pos == "n" and number == "any" and _participle_phrase_next(s):
        # "The 平替 sold on the app look ...": the verb that shows the noun's number comes after a
        # phrase the reader cannot delimit ("sold" may be that verb too)
        return Unclear(f"{s.term!r} before {s.nxt!r}: a countable noun before a participle and its phrase; the "
                       "verb that shows its number is not plain")
    refused = _en_determiner_refused(s, pos, number)
    if refused is not None or (pos == "u" and s.noun.count):
        return refused  # (a noun both mass and countable takes any number)
    if pos in ("p", "u") and number == "pl":
        return Unclear(f"{s.term!r}: the words around ask for a plural noun, and the glossary has "
                       f"{'a name' if pos == 'p' else 'a mass or abstract noun'}")
    if pos == "n" and s.det_word == "both" and not s.skipped and s.nxt_l == "and" and not _plural_after_and(s):
        # "Both 国企 and private firms": a plural after "and" counts the term in the plural too
        return Unclear(f"{s.term!r} after 'both': a countable noun, singular with an article or plural")
    return None


def _participle_phrase_next(s: _EnSlot) -> bool:
    """A past participle, a preposition and its noun follow the term, then a word that can only
    be the clause's verb ("The 平替 sold on the app look ..."): the participle is no main verb
    ("The 演习 ended on Friday" has none after its phrase)."""
    chunk = s.text[s.end:s.end + _LOOK]
    stop = _PHRASE_STOP.search(chunk)
    after = _WORD.findall(chunk[:stop.start()] if stop else chunk)
    if len(after) < 4 or not re.match(r"[ \u00a0]", chunk[:1]):
        return False
    w = after[0]
    if not (w.islower() and (w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)) and after[1].lower() in _PREPS):
        return False
    i = 2
    while i < len(after) and after[i].lower() in _FUNCTION:
        i += 1  # the preposition's determiner
    while i + 1 < len(after) and (_strict_adjective(after[i]) or after[i].endswith("ed")):
        i += 1  # its adjectives ("on reclaimed land")
    if i + 1 >= len(after):
        return False
    verb = after[i + 1]
    return verb.isalpha() and verb.islower() and verb not in _FUNCTION and verb not in _PREPS \
        and not _adverb_in_ly(verb) and not verb.endswith(("ed", "ing"))


def _en_determiner_refused(s: _EnSlot, pos: str, number: str | None) -> Unclear | None:
    """Determiners the noun cannot follow: those of ``_en_name_refused``; a mass noun after a word
    that counts one ("an 极端天气"), unless marked +count; a countable singular after "such"
    ("such 平替 is"), and one after "half the" whose number nothing shows (``_en_half_the``)."""
    if pos in ("p", "pl"):
        return _en_name_refused(s, pos)
    if pos == "u" and s.det_word in _COUNT_DET and not s.noun.count:
        return Unclear(f"{s.term!r} after {s.det_word!r}: a word that counts one, and the glossary has a mass "
                       "or abstract noun")
    if pos == "n" and s.det_word == "such" and number != "pl":
        return Unclear(f"{s.term!r} after 'such': a countable noun, 'such a' with the singular or the plural")
    return _en_half_the(s, number) if pos == "n" else None


def _modifies_next(s: _EnSlot) -> bool:
    """A noun follows the term, which may modify it: a lowercase content word or an acronym ("SUV")."""
    nxt = s.nxt or ""
    return s.content_next() or (len(nxt) >= 2 and nxt.isupper() and nxt.isalpha())


def _en_name_refused(s: _EnSlot, pos: str) -> Unclear | None:
    """A name after a word that counts one or "such" ("every 腾讯"), or after a personal
    possessive ("its own 腾讯"; a name with its own article, a product such as "the Pangu model",
    may follow one); a name or plural noun after "much"; a one-word name without its own article
    right after "the" ("The 腾讯 is growing"), save before a model name or number ("the 小米 14");
    and ``_what_before_name``."""
    modifies = _modifies_next(s)
    if s.prev == "much" or pos == "p" and (s.det_word in _COUNT_DET or s.det_word == "such") and not modifies:
        # a name may modify the noun after it ("a 理想 SUV": "a Li Auto SUV")
        return Unclear(f"{s.term!r} after {s.det_word or s.prev!r}: a word that counts or measures, and the "
                       f"glossary has {'a name' if pos == 'p' else 'a plural noun'}")
    if pos != "p" or s.det_word is None:
        return None
    name, nxt = s.noun.forms[0], s.nxt or ""
    if s.det_word in _COUNT_DET:
        return None  # a name that modifies the noun after it
    if s.det_word in _PERSONAL_POSSESSIVES and not name.startswith("the "):
        return Unclear(f"{s.term!r} after {s.det_word!r}: the glossary has a name, which takes no possessive")
    if s.det_word == "the" and not s.skipped and _plain_name(name) and not (nxt[:1].isdigit() or nxt[:1].isupper()):
        return Unclear(f"{s.term!r} after 'the': the glossary has a name that takes no article")
    return _what_before_name(s, s.noun)


def _what_before_name(s: _EnSlot, noun: EnRendering) -> Unclear | None:
    """A name with its own article after "what", "which" or "whose", which may be a pronoun
    ("What 网信办 wants": "What the Cyberspace Administration wants"): reported."""
    if noun.pos == "p" and s.det_word in ("what", "which", "whose") and noun.forms[0].startswith("the "):
        return Unclear(f"{s.term!r} after {s.det_word!r}: a determiner or a pronoun; the name's article may stay")
    return None


def _en_half_the(s: _EnSlot, number: str | None) -> Unclear | None:
    """A countable noun after "half the", "all the" or "both the" whose number nothing shows
    ("Half the 网红 closed"): the plural, or the singular of a whole ("half the company"); reported."""
    k = s.det_index
    if s.det_word in _HALF_DETERMINERS and number in (None, "any", "sg") and not s.skipped and k > 0 \
            and s.before[k - 1].lower() in ("half", "all", "both") and s.nxt_l not in _SG_AGREE:
        # also "half its 员工": a possessive shows no number either
        return Unclear(f"{s.term!r} after {s.before[k - 1]!r} {s.det_word!r}: a countable noun, plural or a "
                       "singular whole")
    return None


_HALF_DETERMINERS = set("the its their his her our my your".split())


def _plain_name(name: str) -> bool:
    """A name of one word in mixed case ("Tencent", "Zhihu"), which takes no article; not an
    acronym ("CSRC", which may) nor a name of several words ("China Merchants Group")."""
    return " " not in name and name[:1].isupper() and any(c.islower() for c in name[1:])


def _en_noun(s: _EnSlot) -> Choice | Unclear | None:
    """The noun, in the number the determiner and the verb after it ask for; a countable singular
    without a determiner is reported, and so is a verb phrase in -ing after one ("the so-called
    断亲": "cutting off relatives" takes no article)."""
    number = _en_number(s)
    refused = _en_noun_refused(s, number)
    if refused is not None:
        return refused
    noun = s.noun
    both = s.det_word == "both" and not s.skipped and s.nxt_l == "and"  # "both" coordinates: no determiner
    if (s.det is not None and not both) or (s.prev and s.prev.endswith(("'s", "’s"))):
        noun = replace(noun, forms=tuple(_strip_the(f) for f in noun.forms))
    elif noun.forms[0].startswith("the "):
        return _en_noun_with_article(s, noun, number)
    if noun.pos == "p":
        return s.choice("name", noun.forms[0])
    flagged = _en_flagged_plural(s, noun, number)
    if flagged is not None:
        return flagged
    if s.verb is not None and " " in noun.forms[0] and noun.forms[0] == s.verb.forms[4] and _determiner_before(s):
        return Unclear(f"{s.term!r} after a determiner: the noun is a verb phrase in -ing ({noun.forms[0]!r}), "
                       "which takes none")
    return _en_common_noun(s, noun, number)


def _determiner_before(s: _EnSlot) -> bool:
    """A determiner before the term, with up to two adjectives or hyphenated words between ("the
    so-called"), and no preposition ("The plan for 延迟退休")."""
    for k in range(len(s.before) - 1, max(-1, len(s.before) - 4), -1):
        lw = s.before[k].lower()
        if lw == "that" and k > 0 and _that_clause_after(s.before[k - 1]):
            return False  # "warned that 躺平 could ...": "that" opens a clause
        if _det_number(lw) is not None:
            return True
        if lw in _PREPS:
            return False
        if not ("-" in lw or _adjective_like(lw)):
            return False
    return False


def _en_common_noun(s: _EnSlot, noun: EnRendering, number: str | None) -> Choice | Unclear:
    """A common noun (not a name, no flag applying) in the number the slot asks for; a countable
    singular without a determiner is reported."""
    if noun.pos == "pl":
        if number == "sg":
            return Unclear(f"{s.term!r} after {s.det_word!r}: the glossary has only a plural noun")
        return s.choice("plural noun", noun.forms[0])
    if number == "pl":
        return s.choice("plural noun", noun.forms[1])
    if number == "any" and noun.pos == "n" and (s.det_word or "").lower() in ("some", "all"):
        # "Some 外卖员 protested": "some" and "all" count a countable noun in the plural where no
        # verb shows the singular
        return s.choice("plural noun (after 'some' or 'all')", noun.forms[1])
    if noun.pos == "n" and s.det is None and number is None and _en_bare_adjectives(s):
        # "prefer cheaper domestic 平替 to ...": adjectives and no determiner in the middle of a
        # sentence; a singular would have kept its article
        return s.choice("plural noun (adjectives without a determiner)", noun.forms[1])
    if noun.pos == "n" and s.det is None:
        return _en_bare_countable(s, noun, number)
    return s.choice("noun", noun.forms[0])


def _en_bare_countable(s: _EnSlot, noun: EnRendering, number: str | None) -> Choice | Unclear:
    """A countable noun without a determiner, which is ungrammatical in the singular: reported,
    save for a singular subject opening the sentence, which takes "the"."""
    if number != "sg":
        return Unclear(f"{s.term!r}: a countable noun without a determiner (singular with an article, or plural)")
    if s.sentence_start and at_sentence_start(s.text, s.start) and not noun.plural:
        # the subject opening the sentence, its verb singular: a countable noun there needs a
        # determiner, and "the" is the one that adds nothing ("营商环境 has improved"); a
        # noun mostly counted in the plural ("橙子 was ...") may have lost "an" as well
        return s.choice("noun with the definite article (a singular subject opening the sentence)",
                        "the " + noun.forms[0])
    return Unclear(f"{s.term!r}: a countable singular noun needs an article here")


_STRICT_ADJ_ENDING = re.compile(r"(?:ic|ive|ous|ful|less|able|ible|ese|ish|ian)$")


def _strict_adjective(word: str) -> bool:
    """A word that is an adjective whatever stands around it: a common one, its comparative
    ("cheaper", "bigger"), or an ending nouns and verbs do not have ("domestic", "expensive")."""
    if not word.isalpha() or not word.islower() or word in _FUNCTION:
        return False
    if word in _ADJECTIVES or _STRICT_ADJ_ENDING.search(word):
        return True
    if word.endswith("er") and len(word) > 4:
        stem = word[:-2]
        return stem in _ADJECTIVES or stem + "e" in _ADJECTIVES or (stem[-1] == stem[-2] and stem[:-1] in _ADJECTIVES) \
            or (stem.endswith("i") and stem[:-1] + "y" in _ADJECTIVES)
    return False


_DEGREE_WORDS = set("very more most less least so too quite rather fairly pretty much even still ever".split())


def _en_bare_adjectives(s: _EnSlot) -> bool:
    """One or two adjectives right before the term, no determiner before them, and a word before
    them that is no sentence start: the noun phrase has no article."""
    words = s.before[-3:]
    n = 0
    while n < len(words) and n < 2 and _strict_adjective(words[-1 - n]):
        n += 1
    k = len(s.before) - 1 - n
    while n and k >= 0 and (s.before[k].lower() in _DEGREE_WORDS or s.before[k].lower().endswith("ly")):
        k -= 1  # "an increasingly popular", "a more expensive": the determiner is further back
    if n == 0 or k < 0:
        return False
    lead = s.before[k].lower()
    return lead.isalpha() and _det_number(lead) is None and lead not in _BE and lead not in _LINKING


# Verb slots first (modal, to, have, be, relative pronoun, gerund), then a finite verb after a
# subject or before an object, then modifiers, then the noun itself.
_HYPHEN_NEXT = re.compile(r"[-‐‑][^\W\d_]")


def _en_compound_first(s: _EnSlot) -> Choice | Unclear | None:
    """The term before a hyphen and a word ("人工智能-related", "区块链-based"): the first part of a
    compound modifier, the noun in the singular. One word joins as it is ("valuation-based"); a
    name of several words too ("Ant Group-backed"), and a noun marked +hyphen hyphenated through;
    another rendering of several words would make a broken compound ("artificial
    intelligence-related"), and a concept without a noun or a name with its article is reported."""
    if not _HYPHEN_NEXT.match(s.text, s.end):
        return None
    noun = s.noun
    if noun is None or noun.pos == "pl" or noun.forms[0].startswith("the "):
        return Unclear(f"{s.term!r} before a hyphen: the first part of a compound takes a singular noun, and the "
                       "glossary has none")
    first = noun.forms[0]
    if " " not in first or noun.pos == "p":
        return s.choice("first part of a hyphenated compound", first)
    if noun.hyphen:
        return s.choice("first part of a hyphenated compound, hyphenated", first.replace(" ", "-"))
    return Unclear(f"{s.term!r} before a hyphen: the glossary's noun {first!r} has several words, and the "
                   "compound would break")


_GLUED_PLURAL = re.compile(r"s(?![^\W_])")


def _en_glued_suffix(s: _EnSlot) -> Choice | Unclear | None:
    """An English ending glued to the term: a plural "s" ("Several 网红s joined") makes the noun
    plural, the "s" part of the edit (a name, a mass noun or a concept without a noun there is
    reported); a plural noun before "'s" ("中小企业's rivals") would need the apostrophe alone, and
    is reported."""
    if s.possessive and s.noun is not None and s.noun.pos == "pl":
        return Unclear(f"{s.term!r} before \"'s\": the glossary has a plural noun, which takes the apostrophe alone")
    if not _GLUED_PLURAL.match(s.text, s.end):
        return None
    noun = s.noun
    if noun is None or noun.pos == "p" or (noun.pos == "u" and not noun.count):
        return Unclear(f"{s.term!r} with a plural 's' glued to it: the glossary has no countable noun")
    plural = noun.forms[0] if noun.pos == "pl" else noun.forms[1]
    return Choice(s.start, _strip_the(plural), "plural noun (an 's' glued to the term)", end=s.end + 1)


# Words that open a clause whose subject and verb may be left out ("once 落地, the rules ...":
# "once implemented"; "while 扩张, ...": "while expanding").
_REDUCED_CLAUSE = set("once if unless until when whenever while though although whereas".split())
_CLAUSE_PUNCT = re.compile(r"[ \u00a0]*[,;:.!?]")


def _en_reduced_clause(s: _EnSlot) -> Unclear | None:
    """The term alone between such a word and a comma or the sentence end: a reduced clause that
    wants a participle or an -ing form, which the words do not choose; reported."""
    if s.prev in _REDUCED_CLAUSE and len(s.plain) == len(s.before) and _CLAUSE_PUNCT.match(s.text, s.end):
        return Unclear(f"{s.term!r} after {s.prev!r} and before the clause ends: a reduced clause (a participle "
                       "or an -ing form)")
    return None


_EN_READERS = (_en_compound_first, _en_glued_suffix, _en_reduced_clause, _words.read_en_adverb, _en_do_question, _en_after_modal, _en_to_infinitive, _en_parallel_infinitive, _en_spend_time, _en_way_to, _en_after_have, _en_after_degree, _en_comparative, _en_after_be, _en_get_passive, _en_after_linking, _en_as_description,
               _en_to_before_object, _en_to_after_noun, _en_to_unclear, _en_after_relative, _en_gerund, _en_after_subject_pronoun, _en_subject_then_end, _en_after_causative, _en_object_of_verb, _en_after_noun,
               _en_after_plural_noun, _en_noun_after_plural_subject, _en_sole_verb, _en_before_object, _en_object_participle, _en_possessive_subject, _en_modifier, _en_without_noun, _en_noun)


# Verbs whose -ing complement takes the object: "stop supplying the chipmaker".
_CATENATIVE = re.compile(r"(?:stop|keep|start|begin|began|begun|continu|quit|resum|avoid|finish|kept)")
_TITLE_SMALL = set("a an the of and or for in on at to by with from as vs".split())


def _title_word(word: str) -> bool:
    """A capitalised word that is no acronym ("Push", "Gains"; not "AI", "EV")."""
    return word[:1].isupper() and word[1:2].islower()


def _title_case_around(s: _EnSlot) -> bool:
    """The term stands in a headline in Title Case: the word after it and the next but small words
    such as "of" are capitalised, and so is the word before it, or the term opens the line ("China's
    县城 Push Gains Momentum"), and the line ends in no full stop. In running text a lowercase
    rendering fits; here it would not."""
    words = _after(s.text, s.end)
    after = [w for w in words if w.lower() not in _TITLE_SMALL][:2]
    if len(after) < 2 or words[0] != after[0] or not all(_title_word(w) for w in after):
        return False
    line_end = s.text.find("\n", s.end)
    if s.text[s.end:line_end if line_end >= 0 else len(s.text)].rstrip().endswith("."):
        return False  # a sentence, with names after the term ("sanctioned Lockheed Martin and ...")
    before = [w for w in s.before if w.lower() not in _TITLE_SMALL]
    return not before or _title_word(before[-1])


_OBJECT_WORDS = set("a an the its their his her our my your them us him these those".split())


# Words after a verb phrase that open no second object: time, place and manner ("went viral
# overnight", "go public next year", "work overtime weekends").
_NOT_SECOND_OBJECT = set("""next every each overnight nationwide worldwide abroad online offline here there
now once twice first instead together alone again soon early late daily weekly monthly weekends tonight
unless if whether though although than lest whereas
near nearby elsewhere across along inside outside beyond behind below above within throughout amid despite""".split())
_DAYS_MONTHS = set("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december""".split())


_NUMBER_WORDS = set("two three four five six seven eight nine ten eleven twelve twenty several".split())
# Nouns after a number that make it an adverbial of count or time, not an object.
_COUNT_ADVERBIAL = set("""times time years year months month weeks week days day hours hour minutes decades
straight consecutive more percent points""".split())


_TIME_PLURALS = set("nights mornings evenings afternoons weekends holidays".split())


def _time_phrase(word: str, nxt: str) -> bool:
    """"most nights", "many weekends": a phrase of time, not an object."""
    return word in ("most", "many", "some", "all", "several") and (nxt in _COUNT_ADVERBIAL or nxt in _TIME_PLURALS)


def _bare_object_next(s: _EnSlot) -> bool:
    """A noun phrase without a determiner follows the term ("ease restrictions home purchase
    rules"): a lowercase word that is no preposition, adverb, word of time or place, conjunction,
    verb form or number, and a word after it that is no preposition or conjunction either."""
    after = _after(s.text, s.end)
    if len(after) < 2 or not re.match(r"[ \u00a0]+[a-z0-9]", s.text[s.end:s.end + 2]):
        return False
    n, n2 = after[0], after[1].lower()
    if n in _NUMBER_WORDS or _is_number(n):
        # "drive traffic 300 users", "summoned for talks ten platforms"; not "three times", "two years"
        return _may_continue_noun_phrase(n2) and n2 not in _COUNT_ADVERBIAL
    if n in _QUANTITY_OF:
        return n2 == "of"  # "millions of viewers"
    if not (n.isalpha() and n.islower()) or n in _NOT_SECOND_OBJECT or n in _DAYS_MONTHS or _no_object_after(s) \
            or _time_phrase(n, n2):
        return False
    if n in _NOT_NOUN_NEXT or n in _FINITE_NEXT or n.endswith(("ed", "ing")) or n in _IRREGULAR_PAST:
        return False
    return _may_continue_noun_phrase(n2) and n2 not in _NO_OBJECT_WORDS and n2 not in _DAYS_MONTHS


def _may_continue_noun_phrase(word: str) -> bool:
    """A word that may stand inside a noun phrase after its first word: no preposition,
    auxiliary, conjunction, determiner or word of time, place or manner."""
    return word.isalpha() and word not in _NOT_NOUN_NEXT and word not in _OBJECT_WORDS and word not in _NOT_SECOND_OBJECT


# Prepositions whose phrase a rendering may hold ("cut ties with relatives"): the same preposition
# right after the term opens a second phrase of the kind ("cut ties with relatives with distant
# relatives"). Not "in", "on", "at", "for", "to", "from", "of", which also open phrases of time,
# place, purpose or amount ("invest in stocks in 2023").
_HELD_PREPOSITIONS = set("with into onto against about".split())


def _en_held_phrase(s: _EnSlot, result: Choice | Unclear) -> Choice | Unclear:
    """A rendering that holds a phrase of "with", "into" ... cannot take a second one ("cut ties
    with relatives with distant relatives"): reported."""
    if isinstance(result, Choice) and s.nxt_l in _HELD_PREPOSITIONS and s.nxt_l in result.text.split(" ")[1:-1] \
            and re.match(r"[ \u00a0]", s.text[s.end:s.end + 1]):
        return Unclear(f"{s.term!r} before {s.nxt!r}: the glossary's {result.text!r} holds its own phrase of "
                       f"{s.nxt_l!r}, and another follows")
    return result


def _en_second_object(s: _EnSlot, result: Choice | Unclear) -> Choice | Unclear:
    """A verb phrase that holds its own object or complement ("place fake orders", "lie flat")
    cannot take another object after it ("placed fake orders the company"): reported."""
    verb = s.verb
    if not isinstance(result, Choice) or verb is None or s.main_verb_next:
        return result
    # a verb that is itself be and a participle, agreeing ("were implemented"), takes no object
    be_form = verb.forms[0].startswith("be ") and result.text.split(" ")[-1] == verb.forms[3].split(" ")[-1]
    if result.text not in verb.forms and not be_form:
        return result
    words = result.text.split(" ")
    while len(words) > 1 and words[0].endswith("ly"):
        words = words[1:]  # "strictly investigate": the verb after the adverb takes the object
    # a phrase ending in a particle, a preposition or an -ing form takes its object after it
    # ("take down", "put a floor under", "stop supplying")
    if not _holds_object(words) or not _object_follows(s):
        return result
    if not re.match(r"[ \u00a0]+\S", s.text[s.end:s.end + 2]):
        return result
    return Unclear(f"{s.term!r} before {s.nxt!r}: an object follows, and the glossary's verb {verb.forms[0]!r} "
                   "holds its own")


def _holds_object(words: list[str]) -> bool:
    """A verb phrase that holds its object or complement; one ending in a particle, a preposition
    or an -ing form takes its object after it ("take down", "put a floor under", "stop
    supplying"), and one joining two verbs is no single phrase."""
    return not (len(words) < 2 or "and" in words or "or" in words or words[-1] in _PARTICLES or words[-1] in _PREPS
                or (len(words) == 2 and words[-1].endswith("ing") and bool(_CATENATIVE.match(words[0]))))


def _object_follows(s: _EnSlot) -> bool:
    """An object follows the term: a determiner or pronoun, a bare noun, a number or an
    approximate quantity ("cut salaries 30% of its staff" is no sentence either way)."""
    return s.nxt_l in _OBJECT_WORDS or _bare_object_next(s) or _approximate_number_next(s) or _is_number(s.nxt_l or "")


# Words for people, which may feel or do what a verb marked +person says ("Fans 破防"); with
# nouns in -er, -or, -ist, -ian, -ant, -ent, -ee (_AGENT_ENDING), pronouns and names.
_PERSON_PRONOUNS = set("i we you they he she who everyone someone".split())
_AUXILIARIES = _MODALS | _HAVE | _BE | set("do does did not never to".split())


def _thing_as_subject(s: _EnSlot) -> bool:
    """The subject of the term's verb is a thing ("the finale", "it", "the news"), not a person: a
    noun phrase whose head is no word for people, no pronoun of a person and no name."""
    words = _subject_words(s)
    while words and words[-1].lower() in _AUXILIARIES:
        words = _skip_adverbs(words[:-1])
    if not words or (_subject_person(words) is None and _en_determiner(words[:-1])[0] is None):
        return False  # no subject the words tell ("the last episode": a determiner and an adjective)
    head = words[-1]
    h = head.lower()
    if h in ("it", "this", "that"):
        return True
    if h in _PERSON_PRONOUNS or h in _PERSON_NOUNS or head[:1].isupper() or _AGENT_ENDING.search(h):
        return False
    return h.isalpha()


def _en_person_subject(s: _EnSlot, result: Choice | Unclear) -> Choice | Unclear:
    """A verb marked +person ("break down" in tears) with a thing as subject ("Fans said the
    finale 破防"): the thing did not break down; it moved the people, so the term is reported."""
    verb = s.verb
    if not isinstance(result, Choice) or verb is None or not verb.person:
        return result
    if not any(result.text == f or result.text.endswith(" " + f) for f in verb.forms) or not _thing_as_subject(s):
        return result
    return Unclear(f"{s.term!r}: the glossary's verb {verb.forms[0]!r} needs a person as its subject, and the "
                   "subject here is a thing")


# Prepositions that end a verb phrase only before their object ("cash in on", "take a stake in",
# "subscribe to"); "in" and "on" also end intransitive phrases of two words ("check in", "go on"),
# so count only in longer ones.
_NEEDS_OBJECT = set("into onto with from for of about against at toward towards via among between upon to under".split())
_OBJECT_AFTER = re.compile(r"[ \u00a0]+[\w$€£¥\"“‘'(]")
_NOT_OBJECT = _PREPS | _ADVERBS_NOT_MODIFIED | set("and or but nor to than".split())


def _en_stranded_preposition(s: _EnSlot, result: Choice | Unclear) -> Choice | Unclear:
    """A rendering ending in a preposition that needs its object ("expand into", "take a stake
    in") with none after it ("kept 拓展 for years", "refused to be 入股."): reported. The passive
    participle of a verb and its preposition may end a clause ("was focused on")."""
    if not isinstance(result, Choice) or result.end is not None:
        return result
    words = result.text.split(" ")
    last = words[-1]
    if len(words) < 2 or (last not in _NEEDS_OBJECT and not (last in ("in", "on") and len(words) >= 3)):
        return result
    if len(words) == 2 and s.verb is not None and result.text == s.verb.forms[3]:
        return result
    nxt = s.nxt_l or ""
    if _OBJECT_AFTER.match(s.text, s.end) and nxt not in _NOT_OBJECT and not _adverb_in_ly(nxt) \
            and not _adverbial_after(s):
        return result
    return Unclear(f"{s.term!r}: the glossary's {result.text!r} ends in a preposition, and no object follows")


# Verbs that take "of" after them ("think of", "dispose of") and particles a verb phrase may end in.
_VERBS_WITH_OF = set("""think thinks thought thinking dispose disposes disposed disposing approve approves approved
approving consist consists consisted consisting speak speaks spoke spoken speaking hear hears heard hearing warn warns
warned warning accuse accuses accused accusing rid die dies died dying tire tires tired tiring""".split())
_OF_NEXT = re.compile(r"[ \u00a0]+of\b")


def _en_verb_before_of(s: _EnSlot, result: Choice | Unclear) -> Choice | Unclear:
    """A verb put in before "of" ("could 断供 of advanced chips"): "of" needs a noun before it, so
    a rendering that ends in its verb, an -ing form or a particle ("stop supplying of", "cut off
    of") cannot stand there; one that ends in its object may ("cut off the supply of")."""
    if not isinstance(result, Choice) or not result.form.startswith("verb") or result.end is not None \
            or not _OF_NEXT.match(s.text, s.end) or s.verb is None:
        return result
    last = result.text.split(" ")[-1].lower()
    if last in _VERBS_WITH_OF or not (last in _PARTICLES or last.endswith("ing") or result.text in s.verb.forms):
        return result
    return Unclear(f"{s.term!r} before 'of': a noun goes before 'of', and the glossary's {result.text!r} ends in a verb")


def read_en(text: str, start: int, end: int, rends: list[EnRendering], sentence_start: bool) -> Choice | Unclear:
    """The English form for the slot the term stands in: the first reader that knows the slot."""
    slot = _EnSlot(text, start, end, rends, sentence_start)
    if _title_case_around(slot) and not any(r.pos == "p" for r in rends):
        return Unclear(f"{slot.term!r} in a title in Title Case: a lowercase rendering would break it")
    for reader in _EN_READERS:
        result = reader(slot)
        if result is not None:
            result = _en_held_phrase(slot, _en_second_object(slot, result))
            return _en_verb_before_of(slot, _en_stranded_preposition(slot, _en_person_subject(slot, result)))
    raise AssertionError("_en_noun always answers")  # pragma: no cover


# -- German ----------------------------------------------------------------------------------


def _de_modifier_next(text: str, end: int, after: list[str]) -> bool:
    """A capitalised noun follows the term with no punctuation between: the term modifies it."""
    return bool(after) and after[0][:1].isupper() and not after[0].isupper() \
        and not re.match(r"[ \u00a0]*[,.;:]", text[end:end + 2])


def _de_compound_slot(term: str, noun: str) -> Unclear:
    """"Eine 开源 Modell", "Mit 内卷 Wettbewerb": the term modifies the noun after it, so its
    rendering would have to become the first part of a compound or an adjective; a noun pasted
    there would take the article or case of the other noun."""
    return Unclear(f"{term!r} before {noun!r}: a modifier of the next noun (a compound slot); German would join it "
                   "into a compound or inflect it as an adjective, and the glossary has a noun")


_DE_LINKING_S = re.compile(r"(?:ung|heit|keit|schaft|ion|tät|ität|ling|tum)$")


def _de_hyphen_compound(text: str, start: int, end: int, r: DeRendering) -> Choice | Unclear:
    """The term before a hyphen and a noun ("für 互联网-Plattformen"): the first part of a
    hyphenated compound, which German writes as the bare singular ("Internet-Plattformen"); the
    article belongs to the last part. A rendering of several words, with an adjective or only
    in the plural cannot stand there: reported."""
    term = text[start:end]
    if r.gender in ("m", "f", "n") and " " not in r.singular and "~" not in r.singular and \
            text[end + 1:end + 2].isupper():
        if _DE_LINKING_S.search(r.singular):
            # "Monetarisierungs-Offensive": a noun in -ung, -heit, -keit, -schaft, -ion, -tät
            # takes the linking s before the next part
            return Choice(start, r.singular + "s", "first part of a hyphenated compound, with the linking s")
        return Choice(start, r.singular, "first part of a hyphenated compound")
    return Unclear(f"{term!r} is the first part of a compound; German compounds are not rebuilt")


_DE_DEGREE = set("sehr ziemlich äußerst besonders allzu".split())


def _de_name(text: str, start: int, end: int, r: DeRendering, before: list[str], after: list[str]) -> Choice | Unclear:
    """A name is used as it is, unless it modifies the next noun after a determiner (not joined
    to it by a hyphen: "die 阿里-Aktie" -> "die Alibaba-Aktie")."""
    hyphened = text[end:end + 1] in "-‐" and " " not in r.singular
    if before and before[-1].lower() in _DE_DEGREE:
        return Unclear(f"{text[start:end]!r} after {before[-1]!r}: an adjective goes here, and the glossary has a name")
    if before and before[-1].lower() in _DE_DET and _de_modifier_next(text, end, after) and not hyphened:
        return Unclear(f"{text[start:end]!r} before {after[0]!r}: a modifier of the next noun; German would join or inflect it")
    return Choice(start, r.singular, "name")


def _de_verb_slot(text: str, start: int, end: int, before: list[str]) -> Unclear | None:
    """After 'zu' or a modal, at the end of the clause, a verb is meant; the table has none."""
    if not before or not _next_is_punct_or_end(text, end):
        return None
    term, prev = text[start:end], before[-1]
    p = prev.lower()
    if p == "zu" and (len(before) < 2 or before[-2].lower() != "bis"):
        return Unclear(f"{term!r} after 'zu': a verb may be meant, and the glossary has none for German")
    if p in _DE_VERB_SLOT - {"zu", "um"}:
        return Unclear(f"{term!r} after {prev!r}: a verb is meant, and the glossary has none for German")
    if _de_subordinate_end(text, start, prev):
        return Unclear(f"{term!r} ends a subordinate clause, where German puts the verb; the glossary has none "
                       "for German")
    modal = _de_modal_bracket(text, start, prev)
    if modal is not None:
        return Unclear(f"{term!r} ends a clause whose finite verb is {modal!r}: the infinitive's place, and the "
                       "glossary has no German verb for it")
    return None


# Modals that take an infinitive and almost never a noun object; wollen, möchten and werden take
# one ("will Reformen", "wird Weltmeister"), so after them the term is taken for the infinitive only
# when the clause already has its object.
_DE_MODALS_ONLY = set("kann können konnte konnten soll sollen sollte sollten muss müssen musste mussten darf dürfen "
                      "durfte durften dürfte dürften könnte könnten müsste müssten könne müsse solle dürfe".split())
_DE_MODALS_OBJECT = set("will wollen wollte wollten möchte möchten wird werden wolle werde".split())
_DE_OBJECT_DETERMINERS = set("die das den einen eine ein diese dieses diesen seine seinen ihre ihren unsere unseren "
                             "keine keinen kein alle mehrere viele einige".split())


def _de_modal_bracket(text: str, start: int, prev: str) -> str | None:
    """The modal of a main clause that the term ends ("Die Regierung will die Regeln bis Juni
    降本增效."): the term stands in the infinitive's place. None when the term may be a noun: right
    after a determiner, preposition, number or adjective, or after wollen/möchten/werden with no
    object (a determiner not after a preposition) between."""
    p = prev.lower()
    if p in _DE_DET or p in _DE_PREP or p in _DE_TWO_WAY or _is_number(p) or _de_quantity(p) is not None \
            or _de_adjective_like(prev):
        return None
    chunk = text[max(0, start - _LOOK):start]
    breaks = list(_DE_CLAUSE_BREAK.finditer(chunk))
    words = _WORD.findall(chunk[breaks[-1].end():] if breaks else chunk)
    if not words or words[0].lower() in _DE_SUBJUNCTIONS:
        return None
    lowered = [w.lower() for w in words]
    k = next((i for i, w in enumerate(lowered[:4]) if w in _DE_MODALS_ONLY or w in _DE_MODALS_OBJECT), None)
    if k is None or k == 0 or k == len(words) - 1:
        return None
    if lowered[k] in _DE_MODALS_ONLY or _de_object_in(lowered[k + 1:]):
        return words[k]
    return None


def _de_object_in(words: list[str]) -> bool:
    """A determiner that opens an object (not after a preposition) among ``words``."""
    for i, w in enumerate(words):
        after_prep = i > 0 and (words[i - 1] in _DE_PREP or words[i - 1] in _DE_TWO_WAY)
        if w in _DE_OBJECT_DETERMINERS and not after_prep:
            return True
    return False


# Conjunctions that open a clause with the verb at its end ("dass der Chef ständig 画饼,").
_DE_SUBJUNCTIONS = set("dass daß weil obwohl obgleich damit sodass nachdem bevor falls sobald solange indem ob wenn".split())
_DE_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n\r]")


def _de_subordinate_end(text: str, start: int, prev: str) -> bool:
    """The term ends a clause opened by a subordinating conjunction, after a word that is not a
    determiner, preposition, number or word of quantity: the verb's place."""
    p = prev.lower()
    if p in _DE_DET or p in _DE_PREP or p in _DE_TWO_WAY or _is_number(p) or _de_quantity(p) is not None \
            or p in _DE_PARTITIVE or _de_adjective_like(prev):
        return False
    chunk = text[max(0, start - _LOOK):start]
    breaks = list(_DE_CLAUSE_BREAK.finditer(chunk))
    clause = chunk[breaks[-1].end():] if breaks else chunk
    words = _WORD.findall(clause)
    return len(words) >= 3 and words[0].lower() in _DE_SUBJUNCTIONS


def _de_after_quantity(term: str, r: DeRendering, word: str, cases: tuple[str, ...]) -> set | Unclear:
    """After viele, einigen, zwei, 300: the plural, strong."""
    if r.gender != "pl" and r.plural is None:
        return Unclear(f"{term!r} after {word!r}: the glossary has no German plural for it")
    return {r.form(c, "strong", plural=True) for c in cases}


def _de_after_determiner(text: str, start: int, end: int, r: DeRendering, before: list[str], found: tuple,
                         nxt: str | None) -> set | Choice | Unclear:
    """After a determiner: the forms its readings (narrowed by the word before it) allow for the
    noun's gender or the plural. An article of another gender is fixed when the case is clear
    (a Choice that includes the article), else the term is reported."""
    det, k, adjectives = found
    readings, decl = _DE_DET[det.lower()]
    det_pos = text.rfind(det, max(0, start - _LOOK), start)
    readings = _de_plausible(readings, before[:k], det_pos >= 0 and at_sentence_start(text, det_pos))
    term = text[start:end]
    readings = _de_partitive(readings, before[:k], r)
    if not readings:
        return Unclear(f"{term!r} after {before[k - 1]!r} {det!r}: a genitive plural goes here and the glossary "
                       "has no German plural for it")
    if r.feminine is not None and all(g == "f" for _, g in readings):
        r = r.feminine  # "Eine 网红 aus Chengdu": a woman, "Eine Influencerin"
    sg = _de_singular_readings(readings, r, det, before[k:])
    pl = [(c, g) for c, g in readings if g == "pl"]
    number = _de_sg_or_pl(sg, pl if r.plural is not None or r.gender == "pl" else [],
                          _de_agreeing_verb(before, k, _de_verb_past_phrase(text, end, nxt)))
    if number == "unclear":
        return Unclear(f"{term!r} after {det!r}: a singular (genitive or dative) or a genitive plural; "
                       "the words around do not tell")
    if number == "sg":
        between = _de_declined_before(before, adjectives)
        agreeing = _de_adjectives_agree(sg, r.gender, decl, between)
        if not agreeing:
            return Unclear(f"{term!r} after {det!r} {' '.join(between)!r}: the adjective's ending does not agree "
                           "with the German word's gender")
        return {r.form(c, decl) for c, _ in agreeing}
    if number == "pl":
        doubt = _de_plural_doubt(text, end, r, det, before, k, nxt)
        if doubt is not None:
            return Unclear(f"{term!r} after {det!r}: {doubt}; the words around do not tell")
        return {r.form(c, decl, plural=True) for c, _ in pl}
    return _de_other_gender(text, start, term, r, det, readings, decl, adjectives)


def _de_adjectives_agree(readings: list[tuple[str, str]], gender: str, declension: str,
                         between: list[str]) -> list[tuple[str, str]]:
    """The singular readings whose adjective ending the adjectives written between the determiner
    and the term have ("ein neues 产业园": neuter, so no reading of the masculine "Industriepark").
    All readings when no adjective stands between."""
    if not between:
        return readings
    return [(c, g) for c, g in readings
            if all(_de_has_ending(w.lower(), adjective_ending(declension, c, gender)) for w in between)]


def _de_declined_before(before: list[str], adjectives: int) -> list[str]:
    """The declined adjectives right before the term (up to ``adjectives``), the nearest run of
    lowercase words with an adjective ending ("neues", "entwickeltes" after "an der Universität")."""
    run: list[str] = []
    for w in reversed(before[len(before) - adjectives:] if adjectives else []):
        if not (w.isalpha() and w.islower() and re.search(r"(?:e|en|er|es|em)$", w)):
            break
        run.append(w)
    return run


def _de_has_ending(word: str, ending: str) -> bool:
    return word.endswith(ending) if ending != "e" else word.endswith("e")


def _de_singular_readings(readings: list[tuple[str, str]], r: DeRendering, det: str,
                          between: list[str]) -> list[tuple[str, str]]:
    """The determiner's readings in the noun's gender, in the singular; after "die" and an
    adjective in -en ("die großen 城投"), the weak plural ending, not the nominative or accusative."""
    sg = [(c, g) for c, g in readings if g == r.gender and r.gender != "pl"]
    if _de_die_like(det) and any(w.lower().endswith("en") for w in between):
        sg = [(c, g) for c, g in sg if c not in ("nom", "acc")]
    return sg


def _de_plural_doubt(text: str, end: int, r: DeRendering, det: str, before: list[str], k: int,
                     nxt: str | None) -> str | None:
    """Why the plural the determiner allows may be an article of another gender in the singular
    (None when nothing speaks for that): "den" before a feminine or neuter word, "die" before a
    masculine or neuter one."""
    if r.gender in ("f", "n") and _de_other_gender_likelier(det, before[:k], nxt):
        return "a dative plural, or an article of another gender in the singular"
    if r.gender in ("m", "n") and _de_feminine_likelier(det, before[k:], _de_agreeing_verb(before, k, nxt)) \
            and not _de_plural_verb_after(text, end):
        return "a plural, or an article written for a feminine word in the singular"
    return None


def _de_verb_past_phrase(text: str, end: int, nxt: str | None) -> str | None:
    """The word after the term, or, past a genitive or a phrase of place after it, the first verb
    when it is a form of sein, haben, werden or a modal ("Die 城投 der Provinz sind ...")."""
    if nxt in _DE_PL_AGREE or nxt in _DE_SG_AGREE:
        return nxt
    stop = _DE_CLAUSE_STOP.search(text, end)
    words = [w for w in _WORD.findall(text[end:stop.start() if stop else len(text)]) if not _CJK.search(w)]
    verb = _de_first_verb_after_phrase(words[:6])
    return verb if verb in _DE_PL_AGREE or verb in _DE_SG_AGREE else nxt


def _de_agreeing_verb(before: list[str], k: int, nxt: str | None) -> str | None:
    """The finite verb that agrees with the noun: the one after it, or the plural one right
    before its determiner ("Laut der Studie sind die 城投 der Region ...": the subject after its
    verb)."""
    verb_before = before[k - 1].lower() if k >= 1 else None
    if nxt in _DE_PL_AGREE or nxt in _DE_SG_AGREE or verb_before not in _DE_PL_AGREE:
        return nxt
    return verb_before


def _de_other_gender_likelier(det: str, before: list[str], nxt: str | None) -> bool:
    """"den" (or "seinen", "ihren", "keinen" ...) with no preposition before it and no plural verb
    after the noun, before a noun of another gender: "hat den 降息 ... begründet" meant the
    accusative singular (an article of the wrong gender), as likely as the dative plural ("den
    Zinssenkungen")."""
    low = det.lower()
    if not (low == "den" or (low.endswith("en") and _de_ein_stem(low) is not None)) or nxt in _DE_PL_AGREE:
        return False
    prev = before[-1].lower() if before else None
    return not (prev in _DE_PREP or prev in _DE_TWO_WAY or prev in _DE_ANY_PREPOSITION)


_DE_PL_FINITE = _DE_PL_AGREE | set("""wurden hatten konnten mussten sollten wollten durften können müssen sollen
wollen dürfen""".split())
# Words in -en that are no verbs ("Die 骑手 wegen ...").
_DE_NOT_VERB_EN = set("wegen gegen eben oben unten einen keinen seinen ihren meinen unseren diesen jenen allen".split())
_DE_SUBORDINATORS = set("dass daß weil wie wenn ob als da nachdem obwohl damit bevor während sodass".split())
_DE_CLAUSE_STOP = re.compile(r"[\r\n.!?;:,()]")


def _de_plural_verb_after(text: str, end: int) -> bool:
    """A plural finite verb agrees with the noun after it in its clause: an auxiliary or modal in
    the plural ("Die 国企 wurden ..."), a verb in -en as the first word after the noun and a
    phrase of place or a genitive ("Die 外卖骑手 in Shanghai protestierten ...", "Die 骑手 der
    Plattformen verdienen ..."), or the last word of a subordinate clause in -en ("wie seine 苹果
    unverkauft am Baum verfaulen")."""
    stop = _DE_CLAUSE_STOP.search(text, end)
    words = [w for w in _WORD.findall(text[end:stop.start() if stop else len(text)]) if not _CJK.search(w)]
    if any(w in _DE_PL_FINITE for w in words):
        return True
    verb = _de_first_verb_after_phrase(words)
    if verb is not None and verb.endswith("en") and verb not in _DE_NOT_VERB_EN:
        return True  # its finite verb in the plural ("verdienen", "protestierten")
    opening = _DE_CLAUSE_STOP.split(text[:end])[-1].split()
    return bool(words) and bool(opening) and opening[0].lower() in _DE_SUBORDINATORS and words[-1].endswith("en") \
        and words[-1][:1].islower()


def _de_first_verb_after_phrase(words: list[str]) -> str | None:
    """The first word after a phrase of place or a genitive that follows the noun ("in Shanghai",
    "der neuen Plattformen"): nouns, numbers, determiners, prepositions and the adjectives after a
    determiner are passed over."""
    for i, w in enumerate(words):
        if w[:1].isupper() or _is_number(w) or w in _DE_DET or w in _DE_PREP or w in _DE_TWO_WAY \
                or (i > 0 and words[i - 1] in _DE_DET and _de_adjective_like(w)):
            continue
        return w
    return None


def _de_die_like(det: str) -> bool:
    """A determiner that is feminine singular or plural in the nominative and accusative: "die",
    "diese", "keine", "seine" ...; an adjective after it ends in -e in the singular, -en in the
    plural."""
    low = det.lower()
    return low in ("die", "diese", "jene") or (low.endswith("e") and _de_ein_stem(low) is not None)


def _de_feminine_likelier(det: str, between: list[str], verb: str | None) -> bool:
    """"die" (or "diese", "keine", "seine" ...) before a masculine or neuter noun with nothing else
    showing the plural: no plural verb agreeing with it and no adjective in -en between ("bleibt eine
    Stelle beim Staat die 铁饭碗"). The article was written for a feminine word in the singular as
    likely as for a plural ("die sicheren Jobs" would change the number)."""
    if not _de_die_like(det):
        return False
    if verb in _DE_PL_AGREE:
        return False
    return not any(w.lower().endswith("en") for w in between)


# Prepositions that govern the accusative or the genitive, besides those of _DE_PREP and _DE_TWO_WAY.
_DE_ANY_PREPOSITION = set("""durch für gegen ohne um wider bis entlang trotz während wegen statt anstatt innerhalb
außerhalb oberhalb unterhalb dank laut""".split())


# The German relative pronoun by gender and case.
_DE_RELATIVE = {"m": {"nom": "der", "acc": "den", "dat": "dem", "gen": "dessen"},
                "f": {"nom": "die", "acc": "die", "dat": "der", "gen": "deren"},
                "n": {"nom": "das", "acc": "das", "dat": "dem", "gen": "dessen"}}
# The term, a name after a preposition at most ("aus Yunnan"), a comma and a relative pronoun.
_DE_RELATIVE_AFTER = re.compile(r"(?:[ \u00a0]+(?:aus|in|im|von|vom|bei|beim|mit)(?:[ \u00a0]+[A-ZÄÖÜ][\w-]*){1,2})?"
                                r"[ \u00a0]*,[ \u00a0]*(der|die|das|den|dem|dessen|deren)\b")


def _de_relative_agreed(text: str, end: int, fixed: Choice, old: set[str], gender: str) -> Choice | Unclear:
    """An article made to agree with the term's German word, and a relative pronoun right after the
    noun phrase written for the article's old gender ("eines 城投 aus Yunnan, das ..."): the pronoun
    takes the new gender in the same case, one edit with the article; where its case is not clear
    from its form, the term is reported. A pronoun that fits the new gender stays."""
    m = _DE_RELATIVE_AFTER.match(text, end)
    if m is None:
        return fixed
    pronoun = m.group(1)
    if pronoun in _DE_RELATIVE[gender].values():
        return fixed
    cases = {c for g in old if g in _DE_RELATIVE for c, p in _DE_RELATIVE[g].items() if p == pronoun}
    new = {_DE_RELATIVE[gender][c] for c in cases}
    if len(new) != 1:
        return Unclear(f"{text[fixed.start:end]!r}: the relative pronoun {pronoun!r} after it would change with the "
                       "German word's gender, and its case is not clear")
    return Choice(fixed.start, fixed.text + text[end:m.start(1)] + new.pop(), fixed.form + ", relative pronoun agreed",
                  end=m.end(1))


def _de_other_gender(text: str, start: int, term: str, r: DeRendering, det: str, readings: list, decl: str,
                     adjectives: int) -> Choice | Unclear:
    """A determiner of another gender before the term: the article (or the preposition joined to
    it) made to agree when the case is clear and any adjective between keeps its ending, else the
    term is reported."""
    if r.gender in ("m", "f", "n") and (det.lower() in _DE_DEFINITE or _de_ein_stem(det) is not None):
        fixed = _de_fixed_article(text, start, r, det, readings, decl)
        if fixed is not None:
            return _de_relative_agreed(text, start + len(term), fixed, {g for _, g in readings}, r.gender)
        return Unclear(f"{term!r} after {det!r}: the article does not agree with the German word and the case "
                       "is unclear" + (", or an adjective between would change" if adjectives else ""))
    if adjectives == 0 and r.gender in ("m", "f", "n") and det.lower() in _DE_CONTRACTED:
        fixed = _de_fixed_contraction(text, start, r, det)
        if fixed is not None:
            return _de_relative_agreed(text, start + len(term), fixed, {g for _, g in readings}, r.gender)
    return Unclear(f"{term!r} after {det!r}: the article does not agree with the German word")


# A preposition joined to its article: the preposition and the case it stands in. The article
# of the noun's gender is joined again where German joins it ("in dem" -> "im").
_DE_CONTRACTED = {"beim": ("bei", "dat"), "im": ("in", "dat"), "am": ("an", "dat"), "vom": ("von", "dat"),
                  "zum": ("zu", "dat"), "zur": ("zu", "dat"), "ins": ("in", "acc"), "ans": ("an", "acc"),
                  "aufs": ("auf", "acc")}
_DE_REJOINED = {("bei", "dem"): "beim", ("in", "dem"): "im", ("an", "dem"): "am", ("von", "dem"): "vom",
                ("zu", "dem"): "zum", ("zu", "der"): "zur", ("in", "das"): "ins", ("an", "das"): "ans",
                ("auf", "das"): "aufs"}


def _de_fixed_contraction(text: str, start: int, r: DeRendering, det: str) -> Choice | None:
    """A preposition joined to an article of another gender ("beim 出海", the German word
    feminine): the preposition with the article of the word's gender, joined where German joins
    it ("bei der Auslandsexpansion"), and the noun in that case."""
    prep, case = _DE_CONTRACTED[det.lower()]
    article = _DE_DEF[(case, r.gender)]
    joined = _DE_REJOINED.get((prep, article), f"{prep} {article}")
    if det[0].isupper():
        joined = joined[:1].upper() + joined[1:]
    form = r.form(case, "weak")
    det_start = _last_word_start(text, start, det)
    if form is None or det_start is None:
        return None
    return Choice(det_start, joined + text[det_start + len(det):start] + form, f"{r.gender} noun, article agreed")


# Nouns of quantity or proportion before a genitive: "die Hälfte der Kreditkarten", "die Zahl der
# Anleger"; with a countable noun the genitive is plural.
_DE_QUANTITY_NOUNS = set("""hälfte zahl anzahl anteil mehrheit minderheit großteil drittel viertel fünftel zehntel
prozent reihe vielzahl mehrzahl unzahl hunderte tausende millionen dutzende""".split())
# Pronouns and numbers before a partitive genitive, which is plural: "eine der Kreditkarten",
# "viele der Anleger", "zwei der Banken".
_DE_PARTITIVE = set("""eine einer eines einen einem keine keiner keines keinen keinem jede jeder jedes jeden jedem
welche welcher viele vielen einige einigen manche mancher wenige wenigen mehrere mehreren meisten beide beiden
zahlreiche""".split())


def _de_partitive_word(word: str) -> bool:
    """A pronoun or number (not a year) before a partitive genitive."""
    if word in _DE_PARTITIVE or word in _DE_NUMBERS:
        return True
    return _is_number(word) and word not in ("1", "1.") and not re.fullmatch(r"(?:19|20)\d\d", word)


def _de_partitive(readings: list[tuple[str, str]], before: list[str], r: DeRendering) -> list[tuple[str, str]]:
    """The readings of a determiner after a word of quantity: after a pronoun or number only the
    genitive plural (empty when the noun has no plural); after a noun of quantity the genitive,
    plural when the noun has one."""
    prev = before[-1].lower() if before else None
    gen_pl = [(c, g) for c, g in readings if (c, g) == ("gen", "pl")]
    if prev is None or not gen_pl:
        return readings
    has_plural = r.plural is not None or r.gender == "pl"
    if _de_partitive_word(prev):
        return gen_pl if has_plural else []
    if prev in _DE_QUANTITY_NOUNS and before[-1][:1].isupper():
        return gen_pl if has_plural and gen_pl else [(c, g) for c, g in readings if c == "gen"] or readings
    return readings


def _de_sg_or_pl(sg: list[tuple[str, str]], pl: list[tuple[str, str]], nxt: str | None) -> str | None:
    """Singular ("sg") or plural ("pl") when the determiner allows both: the verb after the noun
    decides between a nominative singular and plural ("die Kreditkarten sind"); a genitive or
    dative singular against a genitive plural ("der Kreditkarte(n)") is "unclear". None when
    neither is possible."""
    if sg and pl:
        if {c for c, _ in sg} <= {"gen", "dat"} and {c for c, _ in pl} == {"gen"}:
            return "unclear"
        if nxt in _DE_PL_AGREE and any(c == "nom" for c, _ in pl):
            return "pl"
        return "sg"
    if sg:
        return "sg"
    if pl and (nxt not in _DE_SG_AGREE or all(c in ("gen", "dat") for c, _ in pl)):
        return "pl"  # a verb in the singular after a genitive or dative agrees with another noun
    return None


def _de_fixed_article(text: str, start: int, r: DeRendering, det: str, readings: list[tuple[str, str]],
                      decl: str) -> Choice | None:
    """The article (chosen for another gender) and the noun, agreed, when the case is clear; a
    word declined like "ein" keeps its stem ("sein 供应链" -> "seine Lieferkette")."""
    stem = _de_ein_stem(det)
    cases = {c for c, g in readings if g != "pl"}
    if stem is None:
        articles = {_DE_DEF[(c, r.gender)] for c in cases}
    else:
        articles = {stem + _DE_INDEF[(c, r.gender)][len("ein"):] for c in cases}
    if len(articles) != 1:
        return None
    fixed = articles.pop()
    fixed = fixed.capitalize() if det[0].isupper() else fixed
    outs = {r.form(c, decl) for c in cases}
    if len(outs) != 1 or None in outs:
        return None
    det_start = _det_start(text, start, det)
    if det_start is None:
        return None
    between = text[det_start + len(det):start]
    # adjectives between stay as written only where the new gender takes the same ending ("Die
    # jüngste 裁员" -> "Der jüngste Stellenabbau"; "Eine große" would need "Ein großer")
    endings = {adjective_ending(decl, c, r.gender) for c in cases}
    ending = endings.pop()
    if endings or any(not (w.endswith(ending) and re.sub(r"(?:e|en|er|es|em)$", "", w) + ending == w) for w in between.split()):
        return None
    if stem is None:
        return _de_joined_article(text, det_start, fixed, between + outs.pop(), r.gender)
    return Choice(det_start, fixed + between + outs.pop(), f"{r.gender} noun, article agreed")


def _de_joined_article(text: str, det_start: int, article: str, rest: str, gender: str) -> Choice:
    """The agreed definite article, joined to the preposition before it where German joins them:
    "an der 高考" -> "am Gaokao", not "an dem Gaokao"."""
    prep = _DE_PREP_BEFORE.search(text, 0, det_start)
    if prep is None or (prep.group(1).lower(), article.lower()) not in _DE_REJOINED:
        return Choice(det_start, article + rest, f"{gender} noun, article agreed")
    joined = _DE_REJOINED[(prep.group(1).lower(), article.lower())]
    joined = joined.capitalize() if prep.group(1)[0].isupper() else joined
    return Choice(prep.start(1), joined + rest, f"{gender} noun, article agreed and joined")


_DE_PREP_BEFORE = re.compile(r"(?<![\w-])(an|in|bei|von|zu|auf|An|In|Bei|Von|Zu|Auf)[ \u00a0]+$")


def _de_measured(r: DeRendering, before: list[str]) -> set | None:
    """"zehn Tonnen 苹果": what a unit measures, in the plural when counted, in the case of the
    unit, where the nominative and accusative read alike; None after a preposition (the dative)
    or another word."""
    prev = before[-1] if before else ""
    if prev.lower() not in DE_UNITS or not prev[:1].isupper() or any(
            w.lower() in _DE_PREP or w.lower() in _DE_TWO_WAY or w.lower() in _DE_ANY_PREPOSITION for w in before[-4:-1]):
        return None
    forms = {r.form(c, "strong", plural=r.plural is not None) for c in ("nom", "acc")}
    return forms if len(forms) == 1 and None not in forms else None


def _de_without_determiner(term: str, r: DeRendering, before: list[str], nxt: str | None) -> set | Unclear:
    """No determiner: a plural subject before a plural verb, a plural noun, or the case a
    preposition governs; a singular noun alone is reported. A noun marked +plural after a noun
    and a preposition, or after a verb or adverb, is plural ("der Absatz von 新能源车", "baut
    人形机器人")."""
    prev = before[-1] if before else None
    prep = prev.lower() if prev else None
    bare_plural = _de_bare_plural(r, prev, nxt)
    if bare_plural is not None:
        return bare_plural
    if prep in _DE_TWO_WAY and (r.plural is not None or r.gender == "pl"):
        # "in kleineren Städten" (where) or "in kleinere Städte" (where to): the verb decides
        forms = {r.form(c, "strong", plural=True) for c in ("dat", "acc")}
        if len(forms) != 1:
            return Unclear(f"{term!r} after {prev!r}: the dative or the accusative plural; the words around do not tell")
        return forms
    if prep in _DE_TWO_WAY and r.gender in ("m", "f", "n") and r.plural is None:
        # "investiert in 基建": a noun without a plural after in, an, auf ...; where the dative and
        # the accusative read alike (no adjective in it) the case need not be known
        forms = {r.form(c, "strong") for c in ("dat", "acc")}
        if len(forms) == 1:
            return forms
        return Unclear(f"{term!r} after {prev!r}: the dative or the accusative; the words around do not tell")
    measured = _de_measured(r, before)
    if measured is not None:
        return measured
    if prep in _DE_PREP:
        return _de_after_preposition(term, r, before)
    # A German noun without a determiner is rarely right in running text ("Involution hat ...",
    # "will die Regeln bis Juni Umsetzung"): often a verb or an article was meant.
    return Unclear(f"{term!r} without a determiner or preposition: a German noun needs one here, or a verb was meant")


def _de_bare_plural(r: DeRendering, prev: str | None, nxt: str | None) -> set | None:
    """A plural with no determiner, in the nominative or accusative, which read alike: before a
    plural verb, a plural noun after no preposition of one case, or a noun counted in the plural
    (+plural) after a verb or adverb ("Das Startup baut 人形机器人 für ..."); None otherwise.
    (After "in", "an", "auf" ... the dative and accusative are weighed by the caller.)"""
    prep = prev.lower() if prev else None
    if nxt in _DE_PL_AGREE and (r.plural is not None or r.gender == "pl"):
        return {r.form("nom", "strong", plural=True)}
    if prep in _DE_TWO_WAY or prep in _DE_PREP:
        return None
    if r.gender == "pl":
        return {r.form("nom", "strong"), r.form("acc", "strong")}
    if r.counted and prev is not None and prev.islower() and prep != "zu" and prep not in _DE_DATIVE_VERBS \
            and not _de_attributive(prev):
        return {r.form("nom", "strong", plural=True), r.form("acc", "strong", plural=True)}
    return None


def _de_attributive(word: str) -> bool:
    """An adjective or participle declined before the noun ("gebaute", "erste"): the noun phrase
    goes on back to its determiner, which the reader may not reach ("die erste im Inland gebaute
    光刻机"), so the word is no verb after which a bare plural stands."""
    return len(word) > 3 and word.endswith(("e", "er", "es", "em")) and word not in _DE_NOT_ATTRIBUTIVE


_DE_NOT_ATTRIBUTIVE = set("immer aber oder wieder weiter sehr mehr hier oben unten außer später früher ohne".split())


# Verbs whose object is a dative ("hilft 骑手" is "hilft Kurieren"): a bare plural after them is
# not in the nominative or accusative.
_DE_DATIVE_VERBS = {stem + e for stem in ("helf", "hilf", "half", "dank", "folg", "schad", "droh", "vertrau", "gehör",
                                          "gefäll", "gefall", "begegn", "widersprech", "widersprach", "antwort", "nütz",
                                          "gratulier", "misstrau", "dien", "fehl")
                    for e in ("", "e", "en", "t", "et", "te", "ten", "st")}


def _de_after_preposition(term: str, r: DeRendering, before: list[str]) -> set | Unclear:
    """A noun with no article after a preposition of one case: a noun without a plural in that
    case; a countable one in the plural when it is marked +plural and a noun stands before the
    preposition ("der Absatz von 新能源车"), else reported."""
    prev = before[-1]
    case = _DE_PREP[prev.lower()]
    if r.counted and len(before) > 1 and before[-2][:1].isupper() and before[-2][1:].islower():
        return {r.form(case, "strong", plural=True)}
    if r.plural is not None and r.gender != "pl":
        # A countable noun after a preposition needs an article in the singular: "von
        # Elektroautos" or "von einem Elektroauto"; which was meant is not clear.
        return Unclear(f"{term!r} after {prev!r}: a countable noun without an article (singular with one, "
                       "or plural)")
    return {r.form(case, "strong")}


def _de_compound_first(text: str, start: int, end: int, parts: list) -> Choice | Unclear | None:
    """"Die 内卷-Kultur": before a hyphen the term is the first part of a compound, which is the
    concept's noun, never its adjective or verb (a concept with only a noun is read below)."""
    if text[end:end + 1] not in "-‐" or len(parts) < 2:
        return None
    if isinstance(parts[0], DeRendering) and parts[0].gender != "p":
        return _de_hyphen_compound(text, start, end, parts[0])
    return Unclear(f"{text[start:end]!r} before a hyphen: the first part of a compound, and the glossary has no "
                   "German noun for it")


_DE_JOINED = {"im", "am", "beim", "vom", "zum", "zur", "ins", "ans", "aufs"}
_DE_PRONOUNS = set("ihm ihr ihnen ihn ihnen uns euch mir dir sich es".split())


def _de_determiner_of(text: str, start: int, before: list[str]) -> tuple:
    """The determiner before the term with the adjectives between, or that of an extended attribute."""
    found = _de_determiner(before)
    if found[0] is None:
        return _de_extended_determiner(text, start, before) or found
    return found


def _de_extended_determiner(text: str, start: int, before: list[str]) -> tuple[str, int, int] | None:
    """The determiner of an extended attribute: "Ein an der Universität entwickeltes 大模型", "die
    erste im Inland entwickelte 光刻机", "die von ihm gesponserte 国家队", "der wild lebenden 老虎": a
    declined adjective or participle right before the term, and further back in the same clause
    (no comma between) an article not governed by a preposition, with only adjectives, adverbs and
    phrases of a preposition between (:func:`_de_attribute_words`). None otherwise: a verb or a
    number between ("Die Regierung plant 50 neue 数据中心"), a preposition governing the term itself
    ("mit großem 大模型", "wegen 虚假宣传"), a relative pronoun after a comma."""
    if not before or not _de_adjective_like(before[-1]) or _de_preposition(before[-1]):
        return None
    clause, clause_start = _words._clause_before(text, start)
    if clause_start < 0:
        return None
    tail_words = len(clause)
    after_comma = text[:clause_start].rstrip().endswith(",")
    for k in range(len(before) - 2, max(-1, len(before) - 1 - min(8, tail_words)), -1):
        low = before[k].lower()
        if low in _DE_DET and low not in _DE_JOINED and not (k > 0 and _de_preposition(before[k - 1])):
            if (k == len(before) - tail_words and after_comma) or not _de_attribute_words(before[k + 1:-1]):
                return None  # a relative pronoun after a comma, or no attribute between
            return before[k], k, len(before) - 1 - k
    return None


# Adverbs that stand inside an extended attribute ("der wild lebenden", "die erst gegründete").
_DE_ATTRIBUTE_ADVERBS = set("""wild schnell stark neu gut bereits erst kürzlich erstmals bisher kaum weit hoch eigens
selbst gemeinsam lokal international weltweit landesweit bundesweit staatlich privat gerade früher später rasch
stetig""".split())


def _de_preposition(word: str) -> bool:
    low = word.lower()
    return low in _DE_PREP or low in _DE_TWO_WAY or low in _DE_ANY_PREPOSITION or low in _DE_JOINED


def _de_attribute_words(words: list[str]) -> bool:
    """The words between an article and the last adjective before the noun are those of an
    extended attribute: declined adjectives, adverbs (listed, or in -lich, -ig, -isch), and
    phrases of a preposition (the preposition, an article, a noun or pronoun after them)."""
    in_phrase = False
    for w in words:
        low = w.lower()
        if _de_preposition(w):
            in_phrase = True
        elif in_phrase and (low in _DE_DET or w[:1].isupper() or low in _DE_PRONOUNS):
            continue
        elif w[:1].islower() and (_de_adjective_like(w) or low in _DE_ATTRIBUTE_ADVERBS
                                  or low.endswith(("lich", "ig", "isch"))):
            in_phrase = False
        else:
            return False
    return True


def read_de(text: str, start: int, end: int, rends: list[DeRendering], sentence_start: bool) -> Choice | Unclear:
    """The German form for the slot: declined for the case and number the determiner, a quantity
    word or a preposition before the term give; where they do not, the term is reported.
    A verb, adjective or adverb of the concept is tried first (:mod:`.slots_words`)."""
    after = _after(text, end)
    prev = _before(text, start)[-1:]
    if prev and prev[0].lower() in _DE_DEGREE and not any(isinstance(p, DeAdjective) for p in parts_of(rends[0])):
        # "Der Markt ist sehr 菜价.": a word of degree asks for an adjective
        return Unclear(f"{text[start:end]!r} after {prev[0]!r}: an adjective goes here, and the glossary has no "
                       "German adjective for it")
    parts = parts_of(rends[0])
    compound = _de_compound_first(text, start, end, parts)
    if compound is not None:
        return compound
    r = _de_word_or_noun(text, start, end, parts, after)
    if not isinstance(r, DeRendering):
        return r
    term = text[start:end]
    before = _before(text, start)
    nxt = after[0].lower() if after else None
    if nxt in _DE_DET and _words._de_v2_subject(*_words._clause_before(text, start), text):
        # "Die Behörde 菜价 das Unternehmen.": after the subject opening the sentence and before an
        # object, the finite verb goes, and the concept has no German verb
        return Unclear(f"{term!r} stands second in a main clause before {after[0]!r}, where the finite verb goes, "
                       "and the glossary has no German verb for it")
    if r.gender == "p":
        return _de_name(text, start, end, r, before, after)
    verb = _de_verb_slot(text, start, end, before)
    if verb is not None:
        return verb
    found = _de_determiner_of(text, start, before)
    if text[end:end + 1] in "-‐" and end < len(text):
        return _de_hyphen_compound(text, start, end, r)
    if _de_modifier_next(text, end, after):
        return _de_compound_slot(term, after[0])
    forms = _de_noun_forms(text, start, end, r, before, found, nxt)
    if not isinstance(forms, set):
        return forms
    if None in forms or len(forms) != 1:
        return Unclear(f"{term!r}: the case or number of the German word is not clear from the words around")
    form = forms.pop()
    if sentence_start:
        form = form[:1].upper() + form[1:]
    return Choice(start, form, "declined noun")


def _de_noun_forms(text: str, start: int, end: int, r: DeRendering, before: list[str], found: tuple,
                   nxt: str | None) -> set | Choice | Unclear:
    """The noun's forms after a quantity word, a determiner or a preposition, or as the subject
    opening the sentence (a Choice with its article)."""
    term = text[start:end]
    det = found[0]
    quantity = _de_quantity_before(before) if det is None else None
    if quantity == ():
        return Unclear(f"{term!r} after the year {before[-1]!r}: a date, not a number of things; the case or the "
                       "part of speech is not clear from the words around")
    if quantity is not None:
        quantity = _de_quantity_case(quantity, before[:-1], text, text.rfind(before[-1], 0, start))
        if nxt in _DE_PL_AGREE and "nom" in quantity and len(quantity) > 1:
            quantity = ("nom",)  # "Mindestens 200 大模型 sind ...": the subject of the verb after it
        return _de_after_quantity(term, r, before[-1], quantity)
    if det is not None:
        return _de_after_determiner(text, start, end, r, before, found, nxt)
    if found[2] > 0:
        strong = _de_after_strong_adjective(term, r, before)
        if strong is not None:
            return strong
    opening = _de_opening_subject(text, start, end, r) if at_sentence_start(text, start) else None
    if opening is not None:
        return opening
    # a word before a comma governs nothing after it ("forderte die Kader auf, 新质生产力 ...")
    prev = before[-1] if before and not re.search(r"[,;:]\s*$", text[max(0, start - 4):start]) else None
    if prev == "als" and _de_predicate_als(text, start, before):
        # "Die Stelle gilt als 铁饭碗": a predicate noun in the nominative singular, which German
        # writes without an article; one that repeats the subject's noun says nothing
        form = r.form("nom", "strong")
        if form.split()[-1] in _words._clause_before(text, start)[0]:
            return Unclear(f"{term!r} after 'als': the German word ({form!r}) would repeat a noun of the clause")
        return {form}
    return _de_without_determiner(term, r, before if prev is not None else [], nxt)


# A declined adjective with no determiner before it takes the strong endings, those of "dieser";
# the case and gender they show are the noun's ("als größter Engpass", "mobiles Datenvolumen",
# "günstige heimische Alternativen"). -en (accusative masculine, genitive singular, dative plural)
# is left out: too many verbs end so.
_DE_STRONG_ENDINGS = {"er": (("nom", "m"), ("gen", "f"), ("dat", "f"), ("gen", "pl")),
                      "en": (("acc", "m"), ("gen", "m"), ("gen", "n"), ("dat", "pl")),
                      "es": (("nom", "n"), ("acc", "n")),
                      "e": (("nom", "f"), ("acc", "f"), ("nom", "pl"), ("acc", "pl")),
                      "em": (("dat", "m"), ("dat", "n"))}
# Stems of common adjectives, and the suffixes that make an adjective ("günst-ig", "heim-isch").
_DE_ADJ_STEMS = set("""groß größ größt neu neuest alt jung jüngst klein kleinst hoh höh höchst stark stärkst schwach
lang läng kurz weit breit eng gut best schlecht hart leicht schwer fest frei ganz halb echt rein klar warm kalt
dünn dick privat mobil modern grün teur billig schnell schön reich arm voll leer nah näch nächst fern letzt erst
zweit dritt viert jährlich eigen ander verschieden zahlreich gleich""".split())
_DE_ADJ_SUFFIX = re.compile(r"(?:ig|lich|isch|bar|sam|haft|los|voll|ell|al|iv|är|ös|ent|ant|ierend|end)$")
_DE_NOT_ADJECTIVE = set("""weiter später früher länger lieber eher mehr wieder immer aber oder sehr sicher leider
bisher daher ebenfalls erneut zuvor ferner außer unter über hinter wider""".split())


def _de_superlative(word: str) -> bool:
    """A superlative adjective with a strong ending ("größter", "wichtigste")."""
    return bool(re.search(r"[sß]t(?:e|er|es|em)$", word)) and _de_strong_ending(word) is not None


def _de_strong_ending(word: str) -> str | None:
    """The strong ending of a declined adjective (lowercase, a known stem or an adjective suffix
    before it), or None."""
    if not word[:1].islower() or word in _DE_NOT_ADJECTIVE or word in _DE_DET:
        return None
    for ending in ("em", "er", "es", "en", "e"):
        stem = word[:-len(ending)]
        if stem.endswith("er") and stem not in _DE_ADJ_STEMS:
            stem = stem[:-2]  # a comparative: "schnellere", "günstigere"
        elif stem.endswith(("st", "ßt")) and stem not in _DE_ADJ_STEMS:
            stem = stem[:-3] if stem.endswith("est") and len(stem) > 5 else stem[:-2]  # "wichtigste", "neueste"
        if word.endswith(ending) and len(stem) > 1 and (stem in _DE_ADJ_STEMS or _DE_ADJ_SUFFIX.search(stem)):
            return ending
    return None


def _de_strong_readings(before: list[str]) -> tuple[list[tuple[str, str]], str | None] | None:
    """The case and gender readings of the declined adjectives right before the term (up to
    three, one ending) and the word before them, narrowed by it: a preposition's case; after "als"
    the nominative or accusative. None when the words before are not such adjectives."""
    k = len(before) - 1
    while k >= 0 and len(before) - k <= 3 and _de_strong_ending(before[k]) is not None:
        k -= 1
    endings = {_de_strong_ending(w) for w in before[k + 1:]}
    if len(endings) != 1:
        return None
    ending = endings.pop()
    lead = before[k].lower() if k >= 0 else None
    cases = _de_strong_cases(before, k, ending)
    if cases is None or _de_open_attribute(before[max(0, k - 5):k + 1]):
        return None  # "Der seit Jahren größte 瓶颈": the determiner further back declines the adjective
    readings = list(_DE_STRONG_ENDINGS[ending])
    if cases:
        readings = [(c, g) for c, g in readings if c in cases]
    return readings, lead


def _de_strong_cases(before: list[str], k: int, ending: str) -> tuple[str, ...] | None:
    """The cases the word ``before[k]`` before declined adjectives allows them: a preposition's,
    the nominative or accusative after "als", the genitive after a noun ("den Export moderner
    光刻机"); () for any. None when the adjectives may be something else: "-er" (a comparative
    adverb as often: "schneller") not after a preposition or a noun nor a superlative, "-en" (an
    infinitive as often) not after a preposition."""
    lead = before[k].lower() if k >= 0 else None
    governed = lead in _DE_PREP or lead in _DE_TWO_WAY
    genitive = k > 0 and before[k][:1].isupper() and lead not in _DE_DET
    if ending == "er" and not (_de_superlative(before[-1]) or governed or genitive):
        return None
    if ending == "en" and not governed:
        return None
    if lead == "als":
        return ("nom", "acc")
    if lead in _DE_PREP:
        return (_DE_PREP[lead],)
    if lead in _DE_TWO_WAY:
        return ("dat", "acc")
    return ("gen",) if ending == "er" and genitive else ()


def _de_open_attribute(words: list[str]) -> bool:
    """A determiner among ``words`` followed by a preposition or an adverb: it may open an
    extended attribute ("Der seit Jahren größte", "Ein an der Universität entwickeltes") whose
    adjective is declined after it, not strong."""
    for w, nxt in zip(words, words[1:]):
        if w.lower() in _DE_DET and nxt.islower() and (nxt in _DE_PREP or nxt in _DE_TWO_WAY or not re.search(
                r"(?:e|en|er|es|em)$", nxt)):
            return True
    return False


def _de_after_strong_adjective(term: str, r: DeRendering, before: list[str]) -> set | Unclear | None:
    """After declined adjectives with no determiner: the case, gender and number their strong
    ending shows. None when the words before are not such adjectives."""
    found = _de_strong_readings(before)
    if found is None:
        return None
    readings, lead = found
    has_plural = r.plural is not None or r.gender == "pl"
    sg = [c for c, g in readings if g == r.gender and r.gender != "pl"]
    pl = [c for c, g in readings if g == "pl" and has_plural]
    why = _de_strong_number(r, sg, pl, lead)
    if why is not None:
        return Unclear(f"{term!r} after {before[-1]!r}: {why}")
    forms = {r.form(c, "strong") for c in sg} | {r.form(c, "strong", plural=True) for c in pl}
    if not forms:
        return Unclear(f"{term!r} after {before[-1]!r}: the adjective's ending does not agree with the German word")
    if len(forms) != 1 or None in forms:
        return Unclear(f"{term!r} after {before[-1]!r}: the case of the German word is not clear from the words around")
    return forms


def _de_strong_number(r: DeRendering, sg: list[str], pl: list[str], lead: str | None) -> str | None:
    """Why the number after a strong adjective is unclear, or None; where a singular and a plural
    both fit, a countable noun takes the plural in the nominative or accusative (``sg`` is emptied).
    A countable singular needs an article, save after "als" ("als größter Engpass")."""
    if sg and pl:
        if r.plural is None or lead == "als" or not set(pl) <= {"nom", "acc", "gen"}:
            return "a singular or a plural; the words around do not tell"
        sg.clear()
    if sg and r.plural is not None and lead != "als":
        return "a countable noun in the singular without an article"
    return None


# Verbs in the singular whose subject "als" and a noun describe ("Der Job gilt als ...", "Die
# Wette erwies sich als ...").
_DE_ALS_PREDICATE = {"gilt", "galt", "erweist", "erwies", "entpuppt", "entpuppte", "arbeitet", "arbeitete", "jobbt",
                     "jobbte", "fungiert", "fungierte", "dient", "diente"}
# Adverbs in -er that are no comparatives.
_DE_ER_ADVERBS = {"immer", "wieder", "aber", "oder", "leider", "bisher", "daher", "seither", "vorher", "nachher", "sicher"}


def _de_predicate_als(text: str, start: int, before: list[str]) -> bool:
    """"als" right before the term is the predicate of a verb in the singular that takes a
    nominative after it (gilt, galt, erwies sich), not a comparison ("mehr als", "größer als")."""
    word = before[-2] if len(before) > 1 else ""
    if not word or word.lower() in ("mehr", "weniger", "eher", "anders", "so", "sowohl") or (
            word.islower() and word.endswith("er") and word not in _DE_ER_ADVERBS):
        return False  # a comparison: "größer als", "mehr als"
    clause, _ = _words._clause_before(text, start)
    return any(w in _DE_ALS_PREDICATE for w in clause)


# Finite verbs in the singular, right after a subject opening the sentence.
_DE_FINITE_SG = set("""hat hatte ist war wird wurde kann konnte muss musste soll sollte darf durfte bleibt blieb
gilt galt macht machte zeigt zeigte sorgt sorgte bringt brachte steht stand liegt lag führt führte trifft traf
erzielte erzielt schränkt schränkte""".split())
_DE_DEF_NOM = {"m": "der", "f": "die", "n": "das"}


# Strong past forms of the singular, and adverbs in -t that are no verb.
_DE_STRONG_PAST_SG = set("""stieg fiel sank wuchs ging kam gab nahm brach schloss sprang lief trieb hielt zog traf
fand bot lag stand blieb schrieb""".split())
_DE_NOT_VERBS_IN_T = set("""jetzt nicht erst bereits meist zuletzt längst selbst fast bisher seit trotz weit insgesamt
zunächst derzeit mittlerweile inzwischen oft direkt heute gut bereit breit leicht recht schlicht halt bzw""".split())
_DE_PP_WORD = re.compile(r"[ \u00a0]+(?:[a-zäöüß]+[ \u00a0]+){0,3}?[A-ZÄÖÜ][\w-]*[ \u00a0]+([a-zäöüß]+)\b")


def _de_finite_number(word: str | None) -> str | None:
    """"sg" or "pl" for a lowercase word right after a subject opening a main clause, where the
    finite verb goes: a listed form, a strong past ("stieg"), a form in -t or -te ("zeigt",
    "meldete") or, for the plural, in -en ("machten", "sinken"); None for anything else."""
    if word is None or not word.isalpha() or not word.islower() or word in _DE_PREP or word in _DE_TWO_WAY \
            or word in _DE_NOT_VERBS_IN_T or len(word) < 3:
        return None
    if word in _DE_FINITE_SG or word in _DE_STRONG_PAST_SG or word.endswith(("te", "t")) \
            and not word.endswith(("st", "ste", "tzte")):  # not "erste", "letzte": adjectives
        return "sg"
    if word in _DE_PL_AGREE or word.endswith("en") and not word.endswith(("chen", "lein")):
        return "pl"
    return None


def _de_opening_subject_verb(text: str, end: int) -> tuple[str | None, str | None]:
    """The number and word of the finite verb after a bare term opening the sentence: right after
    it ("营收 stieg ...") or after a phrase of a preposition ("内卷 in der Solarbranche hat ...")."""
    after = _after(text, end)
    if not after:
        return None, None
    word = after[0]
    if word.lower() in _DE_PREP or word.lower() in _DE_TWO_WAY:
        m = _DE_PP_WORD.match(text, end)
        word = m.group(1) if m and m.group(0).split()[0].lower() == after[0].lower() else None
    if word is None or not re.match(r"[ \u00a0]", text[end:end + 1]):
        return None, None
    return _de_finite_number(word), word


def _de_opening_subject(text: str, start: int, end: int, r: DeRendering) -> set | Choice | Unclear | None:
    """A bare term opening the sentence before its finite verb: a singular subject with its
    article (:func:`_de_sentence_subject`), a plural one bare ("新能源车 machten im Juli ...")."""
    number, verb = _de_opening_subject_verb(text, end)
    if number == "sg":
        return _de_sentence_subject(start, text[start:end], r, verb)
    if number == "pl" and r.gender != "p" and (r.plural is not None or r.gender == "pl"):
        return {r.form("nom", "strong", plural=True)}
    return None


def _de_sentence_subject(start: int, term: str, r: DeRendering, verb: str) -> Choice | Unclear:
    """A bare term opening the sentence right before its finite verb in the singular is the
    subject: a German singular noun there takes the definite article in the nominative ("内卷 hat
    die Preise gedrückt" -> "Die Involution hat ..."). (A plural subject may stand bare.)"""
    if r.gender not in _DE_DEF_NOM:
        return Unclear(f"{term!r} before {verb!r}: a singular verb, and the glossary has the German word in the plural")
    article = _DE_DEF_NOM[r.gender]
    return Choice(start, article.capitalize() + " " + r.form("nom", "weak"),
                  "noun with the definite article (a subject opening the sentence)")


_DE_QUANT_STEMS = ("viel", "einig", "mehrer", "wenig", "zahlreich", "manch", "verschieden", "sämtlich", "tausend",
                   "hundert", "dutzend")
_DE_NUMBERS = set("""zwei drei vier fünf sechs sieben acht neun zehn zwölf zwanzig hundert tausend millionen
milliarden""".split())


def _de_quantity_case(cases: tuple[str, ...], before: list[str], text: str, pos: int) -> tuple[str, ...]:
    """The cases after a quantity word narrowed by the word before it: a preposition's case
    ("mit 300 Mitarbeitern"), the nominative at the start of a sentence ("300 Mitarbeiter
    verloren ...")."""
    prev = before[-1].lower() if before else None
    if prev in _DE_PREP:
        return tuple(c for c in cases if c == _DE_PREP[prev]) or cases
    if prev in _DE_TWO_WAY:
        return tuple(c for c in cases if c in ("dat", "acc")) or cases
    if prev is None and pos >= 0 and at_sentence_start(text, pos):
        return tuple(c for c in cases if c == "nom") or cases
    return cases


# Words before a year ("zwischen 2018 und 2019", "im Jahr 2019", "seit 2019"): the number is a
# date, no quantity of the noun after it.
_DE_BEFORE_YEAR = set("und bis jahr jahre jahres seit im in von ab vor nach zwischen anfang ende mitte".split())


def _de_quantity_before(before: list[str]) -> tuple[str, ...] | None:
    """The cases a quantity word right before the term allows (:func:`_de_quantity`), None
    without one; none (an empty tuple) for a year after a word that dates it."""
    if not before:
        return None
    if len(before) > 1 and re.fullmatch(r"(?:19|20)\d\d", before[-1]) and before[-2].lower() in _DE_BEFORE_YEAR:
        return ()  # a date: no case of a quantity
    return _de_quantity(before[-1])


def _de_quantity(word: str) -> tuple[str, ...] | None:
    """Cases a plural noun may stand in after a quantity word (viele, einigen, zwei, 300), or None."""
    w = word.lower()
    for stem in _DE_QUANT_STEMS:
        if w == stem + "e":
            return ("nom", "acc")
        if w == stem + "en":
            return ("dat",)
        if w == stem + "er":
            return ("gen",)
    if w in _DE_NUMBERS or (_is_number(w) and w not in ("1", "1.")):
        return ("nom", "acc", "dat")
    return None


def _det_start(text: str, start: int, det: str) -> int | None:
    """Where the determiner ``det`` starts before the term, with up to three words between."""
    lo = max(0, start - 90)
    m = re.search(r"(?<![\w-])" + re.escape(det) + r"(?:[ \u00a0]+[^\W\d_]+){0,3}[ \u00a0]*$", text[lo:start])
    return lo + m.start() if m else None


def _last_word_start(text: str, start: int, word: str) -> int | None:
    i = text.rfind(word, max(0, start - len(word) - 3), start)
    if i < 0 or text[i + len(word):start].strip():
        return None
    return i


# -- French ----------------------------------------------------------------------------------
_FR_ARTICLE = re.compile(
    r"(?:(?<=[\s(«\"“'’])|^)(de la|de l['’]|à la|à l['’]|le|la|les|l['’]|un|une|des|du|de|d['’]|au|aux|ce|cet|cette|ces|"
    r"son|sa|ses|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|leur|leurs)[ \u00a0]*$", re.IGNORECASE)
# article -> (gender or None, number or None, kind)
_FR_CLASS = {"le": ("m", "sg", "def"), "la": ("f", "sg", "def"), "l'": (None, "sg", "def"), "les": (None, "pl", "def"),
             "un": ("m", "sg", "indef"), "une": ("f", "sg", "indef"), "des": (None, "pl", "des"),
             "du": ("m", "sg", "part"), "de la": ("f", "sg", "part"), "de l'": (None, "sg", "part"),
             "de": (None, None, "de"), "d'": (None, None, "de"),
             "au": ("m", "sg", "au"), "à la": ("f", "sg", "au"), "à l'": (None, "sg", "au"), "aux": (None, "pl", "au"),
             "ce": ("m", "sg", "dem"), "cet": ("m", "sg", "dem"), "cette": ("f", "sg", "dem"), "ces": (None, "pl", "dem"),
             "son": ("m", "sg", "son"), "sa": ("f", "sg", "son"), "ses": (None, "pl", "son"),
             "mon": ("m", "sg", "mon"), "ma": ("f", "sg", "mon"), "mes": (None, "pl", "mon"),
             "ton": ("m", "sg", "ton"), "ta": ("f", "sg", "ton"), "tes": (None, "pl", "ton"),
             "notre": (None, "sg", "notre"), "nos": (None, "pl", "notre"), "votre": (None, "sg", "votre"),
             "vos": (None, "pl", "votre"), "leur": (None, "sg", "leur"), "leurs": (None, "pl", "leur")}
_FR_QUANTITY = set("beaucoup plus moins millions milliers centaines dizaines milliards nombre peu trop tant combien "
                   "assez montant volume série vague multitude foule quantité flot avalanche dizaine douzaine quinzaine "
                   "vingtaine trentaine quarantaine cinquantaine soixantaine centaine millier million milliard poignée "
                   "majorité".split()) | FR_UNITS
_FR_NUMBERS = set("deux trois quatre cinq six sept huit neuf dix douze quinze vingt trente cent mille plusieurs "
                  "quelques nombreux nombreuses divers diverses certains certaines".split())
_FR_BARE_OK = set("en sans par comme".split())
_FR_VERB_SLOT = set("peut peuvent pouvait doit doivent devait va vont veut veulent faut pour".split())


_FR_PLURAL_ARTICLE = {"def": "les", "des": "des", "au": "aux", "dem": "ces", "son": "ses", "mon": "mes", "ton": "tes",
                      "notre": "nos", "votre": "vos", "leur": "leurs", "de": "de", "part": "des", "indef": "des"}
# kind -> singular article: masculine, feminine, masculine before a vowel, feminine before a vowel
_FR_SINGULAR_ARTICLE = {"def": ("le", "la", "l'", "l'"), "indef": ("un", "une", "un", "une"),
                        "part": ("du", "de la", "de l'", "de l'"), "au": ("au", "à la", "à l'", "à l'"),
                        "dem": ("ce", "cette", "cet", "cette"), "son": ("son", "sa", "son", "son"),
                        "mon": ("mon", "ma", "mon", "mon"), "ton": ("ton", "ta", "ton", "ton"),
                        "de": ("de", "de", "d'", "d'"), "notre": ("notre",) * 4, "votre": ("votre",) * 4,
                        "leur": ("leur",) * 4}


def _fr_article(kind: str, gender: str, plural: bool, elides: bool) -> str:
    """The article of ``kind`` (def, indef, part, au, dem, son...) for a noun of ``gender``."""
    if plural:
        return _FR_PLURAL_ARTICLE[kind]
    return _FR_SINGULAR_ARTICLE[kind][(2 if elides else 0) + (0 if gender == "m" else 1)]


def _fr_without_article(text: str, start: int, end: int, r: FrRendering, before: list[str]) -> Choice | Unclear:
    """No article before the term: a plural after a number, the bare noun after en/sans/par/comme;
    else a verb or an article was meant and the term is reported."""
    term = text[start:end]
    prev = before[-1].lower() if before else None
    if prev in _FR_VERB_SLOT and _next_is_punct_or_end(text, end):
        return Unclear(f"{term!r} after {prev!r}: a verb may be meant, and the glossary has none for French")
    if prev in _FR_PLURAL_PRENOMINAL and len(before) > 1 and _fr_number_word(before[-2].lower()):
        # "2 000 nouvelles 充电桩": a number and an adjective in the plural that shows the noun's
        # gender ("nouvelles" feminine, "autres" either)
        if _FR_PLURAL_PRENOMINAL[prev] not in (None, r.gender) or r.plural is None:
            return Unclear(f"{term!r} after {before[-2]!r} {prev!r}: the adjective does not agree with the French "
                           "noun, or the glossary has no plural for it")
        return Choice(start, r.plural, "plural noun (after a number and an adjective)")
    if prev is not None and _fr_number_word(prev):
        if r.plural is None:
            return Unclear(f"{term!r} after {prev!r}: the glossary has no plural for it")
        return Choice(start, r.plural, "plural noun")
    if prev == "en" and r.gender == "m" and not r.elides:
        return Unclear(f"{term!r} after 'en': a masculine name takes 'au' ('au Japon'), not fixed here")
    if prev in _FR_BARE_OK and not r.plural_only:
        return Choice(start, r.singular, "noun")
    each = _fr_after_each(text, start, end, r, before)
    if each is not None:
        return each
    if at_sentence_start(text, start):
        subject = _fr_sentence_subject(text, end, r)
        if subject is not None:
            return Choice(start, subject, "noun with the definite article (a subject opening the sentence)")
    return Unclear(f"{term!r} without an article: the French noun needs one and which is not clear")


def _fr_after_each(text: str, start: int, end: int, r: FrRendering, before: list[str]) -> Choice | None:
    """After "chaque" (either gender) or "aucun"/"aucune" (made to agree with the noun), the
    singular: "Chaque 骑手" -> "Chaque livreur", "Aucun 房企" -> "Aucun promoteur immobilier";
    None elsewhere, or when an adjective after the term shows the other gender."""
    word = before[-1] if before else ""
    if word.lower() not in ("chaque", "aucun", "aucune") or r.gender not in ("m", "f") or r.plural_only \
            or _fr_adjective_clash(text, end, r.gender) is not None:
        return None
    if word.lower() == "chaque":
        return Choice(start, r.singular, "noun (singular after 'chaque')")
    agreed = "aucun" if r.gender == "m" else "aucune"
    if word.lower() == agreed:
        return Choice(start, r.singular, "noun (singular after 'aucun')")
    pos = text.rfind(word, 0, start)
    fixed = agreed.capitalize() if word[:1].isupper() else agreed
    return Choice(pos, fixed + text[pos + len(word):start] + r.singular, "noun, 'aucun' agreed")


def _fr_number_word(word: str) -> bool:
    """A number above one, in figures or words."""
    return (word in _FR_NUMBERS or _is_number(word)) and word not in ("un", "une")


# Adjectives that go before the noun, in the plural, and the gender they show (None: either).
_FR_PLURAL_PRENOMINAL = {"nouveaux": "m", "nouvelles": "f", "grands": "m", "grandes": "f", "petits": "m",
                         "petites": "f", "premiers": "m", "premières": "f", "derniers": "m", "dernières": "f",
                         "autres": None, "gros": "m", "grosses": "f"}


# A finite verb right after a subject: singular and plural forms of the verbs that open most
# clauses, and the plural ending -ent (not an adverb or noun in -ment).
_FR_VERB_SG = set("a est fait va doit peut reste devient semble limite pèse touche menace freine".split())
_FR_VERB_PL = set("ont sont font vont doivent peuvent".split())


def _fr_sentence_subject(text: str, end: int, r: FrRendering) -> str | None:
    """A bare term opening a sentence, right before its verb, is its subject, and a French
    subject takes the definite article ("内卷 a fait ..." -> "L'involution a fait ..."): the article
    of the noun's gender and of the verb's number; None when the word after is no verb whose
    number is plain."""
    m = re.match(r"\s+(?:ne\s+|n['’])?([a-zàâäéèêëîïôöûüç]+)\b", text[end:end + 40])
    if m is None:
        return None
    verb = m.group(1)
    plural = verb in _FR_VERB_PL or (verb.endswith("ent") and not verb.endswith("ment") and len(verb) > 4)
    if not plural and verb not in _FR_VERB_SG:
        return None
    noun = r.plural if plural else (None if r.plural_only else r.singular)
    if noun is None:
        return None
    article = _fr_article("def", r.gender, plural, r.elides)
    article = article[:1].upper() + article[1:]
    return article + noun if article.endswith("'") else f"{article} {noun}"


def _fr_wanted_article(kind: str, key: str, r: FrRendering, plural: bool) -> str:
    """The article the French noun wants in place of ``key`` (the article written, lowercased)."""
    if kind in ("notre", "votre", "leur") and not plural:
        return key
    if kind == "de":
        return "d'" if r.elides else "de"
    return _fr_article(kind, r.gender, plural, r.elides)


def _fr_plural_after(text: str, article_start: int, end: int, r: FrRendering, term: str, raw: str, kind: str,
                     number: str | None) -> bool | Unclear:
    """Whether the noun after the article ``raw`` is plural: the article's number (after "de", read
    from the words around); a noun the table has only in the plural takes it after a preposition,
    a contracted article or "de", where the number changes nothing else ("au 国补" -> "aux
    subventions", "vague de 裁员" -> "de licenciements"), not as a subject or before an adjective."""
    if kind == "de":
        number = _fr_number_of_de(text, article_start, end, r, term, raw)
        if isinstance(number, Unclear):
            return number
    if number == "pl" or not r.plural_only:
        return number == "pl"
    if kind not in ("de", "au", "part") or _fr_adjective_next(text, end):
        return Unclear(f"{term!r} after {raw!r}: the glossary has only a plural for it")
    return True


_FR_DEGREE = set("très trop si plus moins assez aussi peu tellement".split())
_FR_ELIDING = set("de que le la ne jusque lorsque puisque".split())


_FR_INVERTED = re.compile(r"[ \u00a0]+[^\W\d_]+(?:-t)?-(il|elle)s?\b")


def _fr_pronoun_clash(text: str, end: int, gender: str) -> str | None:
    """A question that repeats the subject as a pronoun after its verb ("Le 县城 est-il ...?"):
    the pronoun shows the subject's gender; the one of the other gender, or None."""
    m = _FR_INVERTED.match(text, end, end + 30)
    if m is None:
        return None
    shown = "m" if m.group(1) == "il" else "f"
    return m.group(0).strip() if gender in ("m", "f") and shown != gender else None


# A word that elides before a vowel, right before the term ("de 阿里巴巴" -> "d'Alibaba"); an h is
# left reported (mute or aspirated, the name does not say).
_FR_ELIDING_BEFORE = re.compile(r"(?:(?<=[\s(«\"“])|^)(de|De|que|Que|jusque|lorsque|puisque)[ \u00a0]+$")


def _fr_name(text: str, start: int, end: int, r: FrRendering) -> Choice | Unclear:
    """A name, as it is: not after an article or a preposition joined to one ("le 宜家" ->
    "le IKEA", "du 宜家": a name takes the article its own use gives, or none), nor after a word of
    degree ("très 宜家"), nor after a word that elides before a vowel ("de 宜家" -> "d'IKEA"). A
    name before a model number or name takes the article ("le 小米 14")."""
    term, before = text[start:end], _before(text, start)
    prev = before[-1].lower().replace("’", "'") if before else ""
    m = _FR_ARTICLE.search(text, max(0, start - 12), start)
    model = re.match(r"[ \u00a0]+(?:\d|[A-Z]{1,4}\d|[A-Z][a-z]*\b)", text[end:end + 8])  # "le 小米 14", "le 华为 Mate"
    if m is not None and not model and m.group(1).lower().replace("’", "'") not in ("de", "d'", "ce", "ces") \
            and not m.group(1).lower().startswith(
            ("son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "leur")):
        return Unclear(f"{term!r} after {m.group(1)!r}: the glossary has a name, which takes no article here")
    if prev in _FR_DEGREE:
        return Unclear(f"{term!r} after {prev!r}: an adjective goes here, and the glossary has a name")
    if prev in _FR_ELIDING and re.match(r"[aeiouyhàâéèêîôûAEIOUYHÀÂÉÈÊÎÔÛ]", r.singular):
        eliding = _FR_ELIDING_BEFORE.search(text, max(0, start - 12), start)
        if eliding is None or r.singular[:1] in "hH":
            return Unclear(f"{term!r} after {prev!r}: the name begins with a vowel, and {prev!r} would elide")
        word = eliding.group(1)
        return Choice(eliding.start(1), word[:-1] + "'" + r.singular, "name, the word before elided")  # "d'Alibaba"
    return Choice(start, r.singular, "name")


def read_fr(text: str, start: int, end: int, rends: list[FrRendering], sentence_start: bool) -> Choice | Unclear:
    """The French form for the slot: the noun in the number the article before it gives, with
    the article made to agree in gender and elision; otherwise the term is reported. A verb,
    adjective or adverb of the concept is tried first (:mod:`.slots_words`)."""
    r = _fr_word_or_noun(text, start, end, parts_of(rends[0]))
    if not isinstance(r, FrRendering):
        return r
    term = text[start:end]
    if r.gender == "p":
        return _fr_name(text, start, end, r)
    m = _FR_ARTICLE.search(text, max(0, start - 12), start)
    if m is None:
        pre = _fr_before_prenominal(text, start, end, r)
        if pre is not None:
            return pre
        return _fr_without_article(text, start, end, r, _before(text, start))
    raw = m.group(1)
    key = raw.lower().replace("’", "'")
    gender, number, kind = _FR_CLASS[key]
    if gender == "f" and r.feminine is not None:
        r = r.feminine  # "Une 网红 a vendu ...": a woman, "Une influenceuse"
    plural = _fr_plural_after(text, m.start(1), end, r, term, raw, kind, number)
    if isinstance(plural, Unclear):
        return plural
    noun = r.plural if plural else r.singular
    if noun is None:
        return Unclear(f"{term!r} after {raw!r}: the glossary has no plural for it")
    clash = _fr_adjective_clash(text, end, r.gender) or _fr_pronoun_clash(text, end, r.gender)
    if clash:
        return Unclear(f"{term!r}: {clash!r} after it agrees with another gender than the French word")
    want = _fr_wanted_article(kind, key, r, plural)
    if want == key:
        return Choice(start, noun, "noun" + (", article agrees" if gender else ""))
    if gender is not None and gender != r.gender:
        # The article was chosen for the other gender: words agreeing with it may follow.
        agreeing = _fr_later_agreement(text, end, gender, m.start(1))
        if agreeing:
            return Unclear(f"{term!r}: {agreeing!r} later in the sentence agrees with {raw!r}, not with the French word")
    if raw[:1].isupper():
        want = want[:1].upper() + want[1:]
    joined = want + noun if want.endswith("'") else want + " " + noun
    return Choice(m.start(1), joined, "noun, article agreed")


# An article and an adjective that goes before the noun ("le même 赛道", "le principal 抓手").
_FR_ARTICLE_PRENOMINAL = re.compile(
    r"(?:(?<=[\s(«\"“'’])|^)(le|la|les|un|une|des|du|au|aux|ce|cette|ces|son|sa|ses|leur|leurs)[ \u00a0]+"
    r"(même|mêmes|principal|principale|principaux|principales|véritable|véritables|seul|seule|seuls|seules|vrai|vraie|"
    r"vrais|vraies|premier|première|premiers|premières|dernier|dernière|derniers|dernières|prochain|prochaine|"
    r"prochains|prochaines|nouveau|nouvelle|nouveaux|nouvelles|grand|grande|grands|grandes|propre|propres)[ \u00a0]*$",
    re.IGNORECASE)
_FR_FEMININE_ADJ = re.compile(r"(?:e|es)$")


# The four forms of the adjectives that go before the noun: masculine, feminine, masculine and
# feminine plural.
_FR_PRENOMINAL_FORMS = {a[0]: a for a in (tuple(f.split("/")) for f in """premier/première/premiers/premières
dernier/dernière/derniers/dernières prochain/prochaine/prochains/prochaines nouveau/nouvelle/nouveaux/nouvelles
grand/grande/grands/grandes seul/seule/seuls/seules vrai/vraie/vrais/vraies principal/principale/principaux/principales
propre/propre/propres/propres même/même/mêmes/mêmes""".split())}
_FR_PRENOMINAL_STEM = {form: forms for forms in _FR_PRENOMINAL_FORMS.values() for form in forms}
# Singular articles by gender; the plural ones are the same for both.
_FR_SINGULAR_ARTICLES = {"le": ("le", "la"), "la": ("le", "la"), "un": ("un", "une"), "une": ("un", "une"),
                         "ce": ("ce", "cette"), "cette": ("ce", "cette"), "son": ("son", "sa"), "sa": ("son", "sa")}


def _fr_prenominal_agreed(text: str, m: re.Match, r: FrRendering, plural: bool, end: int,
                          written: str | None) -> Choice | None:
    """An article and an adjective written for the other gender ("un nouveau 洗牌", the French word
    feminine): both made to agree ("une nouvelle recomposition"), one edit from the article to the
    noun; None where an adjective after the term shows the other gender, where a word other than
    these stands between, or the noun has no such form."""
    forms = _FR_PRENOMINAL_STEM.get(m.group(2).lower())
    article = m.group(1).lower()
    if forms is None or r.gender not in ("m", "f") or _fr_adjective_clash(text, end, r.gender) \
            or (written in ("m", "f") and written != r.gender and _fr_later_agreement(text, end, written, m.start(1))) \
            or re.match(r"[ \u00a0]+(?:plus|moins|très|si|aussi|trop|assez)[ \u00a0]+\w+", text[end:end + 40]):
        return None  # a word after it agrees with the written gender ("reste lent"), or may ("plus brutal")
    if plural:
        if article not in ("les", "des", "ces", "ses", "leurs"):
            return None
        new_article, adjective, noun = m.group(1), forms[3 if r.gender == "f" else 2], r.plural
    else:
        if article not in _FR_SINGULAR_ARTICLES:
            return None
        new_article = _FR_SINGULAR_ARTICLES[article][r.gender == "f"]
        adjective = forms[1 if r.gender == "f" else 0]
        if adjective == "nouveau" and r.elides:
            adjective = "nouvel"
        noun = r.singular
    if noun is None:
        return None
    if m.group(1)[:1].isupper():
        new_article = new_article[:1].upper() + new_article[1:]
    return Choice(m.start(1), f"{new_article} {adjective} {noun}", "noun, the article and the adjective before it agreed")


def _fr_before_prenominal(text: str, start: int, end: int, r: FrRendering) -> Choice | Unclear | None:
    """After an article and an adjective that goes before the noun ("le même 赛道"): the noun
    when the article and the adjective already agree with its gender and the number is shown;
    else reported (they would have to change with it). None when no such words precede."""
    m = _FR_ARTICLE_PRENOMINAL.search(text, max(0, start - 24), start)
    if m is None:
        return None
    term = text[start:end]
    gender, number, _ = _FR_CLASS[m.group(1).lower()]
    adj = m.group(2).lower()
    either = ("même", "mêmes", "véritable", "véritables", "propre", "propres")  # alike in both genders
    adj_gender = "f" if adj.endswith(("e", "es")) and adj not in either else ("m" if adj not in either else None)
    plural = number == "pl" or adj.endswith(("s", "x"))
    if gender is None:
        gender = adj_gender
    if gender != r.gender or (adj_gender is not None and adj_gender != r.gender) or r.plural_only and not plural:
        agreed = _fr_prenominal_agreed(text, m, r, plural, end, gender)
        if agreed is not None:
            return agreed
        return Unclear(f"{term!r} after {m.group(0).strip()!r}: the article and the adjective do not agree with the "
                       "French word (or its gender is not shown)")
    noun = r.plural if plural else r.singular
    if noun is None:
        return Unclear(f"{term!r} after {m.group(0).strip()!r}: the glossary has no plural for it")
    if adj == "nouveau" and r.elides:
        return Unclear(f"{term!r} after {m.group(0).strip()!r}: 'nouveau' becomes 'nouvel' before a vowel")
    return Choice(start, noun, "noun after an article and an adjective that agree")


_FR_DETERMINER_NEXT = re.compile(r"[ \u00a0]+(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces|mon|ma|"
                                 r"mes|notre|nos|votre|vos)\b(?![ \u00a0]+(?:année|semaine|mois|an|trimestre|"
                                 r"semestre|été|hiver|printemps|automne|jour|matin|soir|week-end|dernier|dernière|"
                                 r"prochain|prochaine)\b)", re.IGNORECASE)


def _fr_number_of_de(text: str, de_start: int, end: int, r: FrRendering, term: str, raw: str) -> str | Unclear:
    """The number of the noun after a bare "de" (see :func:`_fr_number_after_de`), or an Unclear:
    an infinitive with its object, or a countable noun whose number the words do not show."""
    number = _fr_number_after_de(text, de_start, end)
    if number is not None and r.mass:
        return "sg"  # "plus de 流量": "plus de trafic", a mass noun is not counted
    if number is None:
        return Unclear(f"{term!r} after {raw!r} and before a determiner: an infinitive with its object is meant, "
                       "and the glossary has no verb for French")
    if number == "unclear":
        if r.counted:
            return "pl"
        if r.plural is not None and r.plural != r.singular and not r.plural_only:
            return Unclear(f"{term!r} after a plural noun and {raw!r}: a countable noun, plural or singular; "
                           "the words around do not tell")
        return "pl" if r.plural_only else "sg"
    return number


def _fr_number_after_de(text: str, de_start: int, end: int) -> str | None:
    """The number of a noun after a bare "de": plural after a word of quantity ("beaucoup de"),
    else singular; None when a determiner follows the term ("décidé de 开源 son modèle"): an
    infinitive with its object, not a noun."""
    if _FR_DETERMINER_NEXT.match(text, end):
        return None
    words_before = _before(text, de_start)
    if words_before and words_before[-1].lower() in _FR_QUANTITY:
        return "pl"
    if len(words_before) > 1 and words_before[-2].lower() in _FR_QUANTITY and words_before[-1].lower() in _FR_SIZE:
        return "pl"  # "un montant record de 专项债"
    if len(words_before) > 1 and words_before[-2].lower() in _FR_PLURAL_DET and words_before[-1][-1:] in "sx":
        return "unclear"  # "les ventes de 新能源车": véhicules, or a singular of kind ("les politiques de relance")
    if words_before and _FR_TRADE.match(words_before[-1].lower().split("'")[-1].split("’")[-1]):
        return "pl"  # "l'exportation de 光刻机": what is traded or made, counted in the plural (a mass noun stays)
    return "sg"


# Nouns of trade and making whose "de" names what is traded or made: "l'exportation de machines",
# "la production de puces", "la vente de voitures".
_FR_TRADE = re.compile(r"(?:exportation|importation|export|import|vente|production|fabrication|livraison|achat"
                       r"|commercialisation|distribution|expédition)s?$")


# Adjectives of size after a noun of quantity ("un montant record de", "un nombre croissant de").
_FR_SIZE = set("record total global considérable important énorme croissant élevé inédit grand colossal".split())
_FR_PLURAL_DET = set("les des ses leurs ces nos vos mes plusieurs".split())


_FR_MASC_ADJ = re.compile(r"(?:ais|ois|ifs?|eux|iens?|els?|és|ains?|aux|ants?|ents?|ins)$")
_FR_FEM_ADJ = re.compile(r"(?:aises?|oises?|ives?|euses?|iennes?|elles?|ées?|aines?|antes?|entes?|ines)$")


def _fr_adjective_clash(text: str, end: int, gender: str) -> str | None:
    """The adjective right after the term when its form shows the other gender."""
    m = re.match(r"[ \u00a0]+([a-zàâäéèêëîïôöûüç]+)\b", text[end:end + 30])
    if not m:
        return None
    word = m.group(1)
    if word in ("de", "des", "du", "et", "en", "à", "au", "aux", "qui", "que", "dans", "sur", "pour", "par", "avec",
                "est", "sont", "a", "ont", "se", "ne", "plus", "mais", "ou", "sans", "entre", "comme", "chez"):
        return None
    if _FR_VERB_NEXT.match(text, end + m.end()):
        return None  # "Le 直播带货 représente près d'un cinquième": a verb and its object, no adjective
    if gender == "f" and _FR_MASC_ADJ.search(word) and not _FR_FEM_ADJ.search(word):
        return word
    if gender == "m" and _FR_FEM_ADJ.search(word):
        return word
    return None


# What follows a verb and not an adjective after a noun: an article or determiner, a number, a word
# of quantity ("représente près d'un cinquième", "emploient plus de dix millions").
_FR_VERB_NEXT = re.compile(r"[ \u00a0]+(?:(?:le|la|les|un|une|des|du|ses|son|sa|leur|leurs|ce|cette|ces|près|"
                           r"environ|plus de|moins de)\b|l['’]|\d)", re.IGNORECASE)


# A participle or adjective after a copula, in the masculine singular ("est bloqué", "a été fermé").
_FR_PREDICATE_MASC = re.compile(r"[ \u00a0]+(?:est|était|sera|serait|reste|restait|semble|devient|a été|avait été)"
                                r"[ \u00a0]+(?:(?:très|trop|plus|moins|déjà|encore|toujours|aussi|bien|pas) +)?"
                                r"(?!(?:ici|aussi|lui|parmi|voici|midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                                r"déjà|été)\b)([a-zàâäéèêëîïôöûüç]+[éiu])\b")


_FR_PREP_BEFORE = re.compile(r"(?:\b(?:de|du|des|à|au|aux|par|pour|avec|sur|dans|en|sans|chez|vers|entre|contre)|"
                             r"d['’])[ \u00a0]*$", re.IGNORECASE)


# The term's complement ("des PME", "de la ville"), then a copula and the word after it: "Le
# 数字化转型 des PME reste lent".
_FR_REMOTE_PREDICATE = re.compile(
    r"[ \u00a0]+(?:de|des|du|d['’])[ \u00a0]*(?:[\w'’-]+[ \u00a0]+){0,3}?"
    r"(?:est|était|sera|serait|reste|restait|semble|devient|demeure|paraît|a été|avait été)[ \u00a0]+"
    r"(?:(?:très|trop|plus|moins|déjà|encore|toujours|aussi|bien|pas|assez) +)?([a-zàâäéèêëîïôöûüç]+)\b")


def _fr_remote_predicate(window: str, gender: str) -> str | None:
    """The word after a copula past the term's complement when its ending shows ``gender`` (the
    article's): masculine, a word not ending in -e ("lent", "bloqué"); feminine, a feminine
    ending ("lente", "fermée")."""
    m = _FR_REMOTE_PREDICATE.match(window)
    if m is None or m.group(1) in _FR_NOT_AGREEING or m.group(1) in _FR_NEXT_PHRASE or len(m.group(1)) < 3:
        return None
    word = m.group(1)
    if gender == "m":
        return word if not word.endswith(("e", "es")) and not word.endswith("ment") else None
    return word if _FR_FEM_ADJ.search(word) else None


def _fr_later_agreement(text: str, end: int, gender: str, article_start: int) -> str | None:
    """A word within the next few that shows ``gender`` (the article's) by its ending; for a
    subject (no preposition before the article), a masculine participle right after the copula
    that follows it ("Le 信用卡 est bloqué")."""
    stop = re.search(r"[.;:!?\n]", text[end:end + 80])
    window = text[end:end + (stop.start() if stop else 80)]
    if gender == "m" and not _FR_PREP_BEFORE.search(text, max(0, article_start - 12), article_start):
        predicate = _FR_PREDICATE_MASC.match(window)
        if predicate:
            return predicate.group(1)
    if not _FR_PREP_BEFORE.search(text, max(0, article_start - 12), article_start):
        remote = _fr_remote_predicate(window, gender)
        if remote:
            return remote
    pattern = _FR_FEM_ADJ if gender == "f" else _FR_MASC_ADJ
    for word in re.findall(r"[a-zàâäéèêëîïôöûüç]+", window)[:6]:
        if word in _FR_NEXT_PHRASE:
            return None  # the words after belong to another noun phrase ("des constructeurs chinois")
        if len(word) > 3 and pattern.search(word) and word not in _FR_NOT_AGREEING and not word.endswith("ment"):
            return word
    return None


# Words that end like an agreeing adjective and are none (adverbs, prepositions, invariable nouns);
# adverbs and nouns in -ment are left out by their ending.
_FR_NOT_AGREEING = set("""dans sans mais avant pendant comment souvent moins ans pays fois temps désormais jamais
depuis puis alors après près très toujours ailleurs parfois autrefois dès sous vers chez cependant maintenant
néanmoins""".split())
# A preposition or determiner: what follows it is another noun phrase, whose adjectives agree with
# its own noun.
_FR_NEXT_PHRASE = set("de des du d la le les l un une au aux à pour par sur dans avec en entre contre chez vers "
                      "selon sans sous".split())


def _kinds(parts: list) -> str:
    names = {DeVerb: "verb", FrVerb: "verb", DeAdjective: "adjective", FrAdjective: "adjective", Adverb: "adverb"}
    return " and ".join(names[type(p)] for p in parts if type(p) in names)


def _of(parts: list, kind):
    return next((p for p in parts if isinstance(p, kind)), None)


def _or_noun(word, parts: list, noun_kind, language: str, text: str, start: int, end: int):
    """``word`` (the slot read for the concept's verb, adjective or adverb) when there is one,
    else the concept's noun rendering of ``noun_kind``, or an Unclear when it has none."""
    if word is not None:
        return word
    noun = _of(parts, noun_kind)
    if noun is None:
        return Unclear(f"{text[start:end]!r}: the glossary has a {language} {_kinds(parts)} for it, and the slot is not one")
    return noun


def _de_word_or_noun(text: str, start: int, end: int, parts: list, after: list[str]):
    return _or_noun(_de_word(text, start, end, parts, after), parts, DeRendering, "German", text, start, end)


_DE_RELATIVE_BEFORE = re.compile(r",[ \u00a0]*(?:der|die|das|den|dem|denen)[ \u00a0]*$")


def _de_relative_then_auxiliary(text: str, start: int, end: int) -> bool:
    """", die 受贿 haben,": a relative pronoun right after a comma, the term, and an auxiliary or
    modal ending the clause: the term is the clause's verb, not a noun after an article."""
    if not _DE_RELATIVE_BEFORE.search(text, max(0, start - 12), start):
        return False
    after = _words._clause_after(text, end)
    return len(after) == 1 and after[0] in _words._DE_AUXILIARIES


def _de_noun_slot(before: list[str]) -> bool:
    """A determiner, or a determiner and a declined adjective, a declined adjective alone, or a
    preposition (other than "zu") right before the term: a noun goes there ("Die jüngste 裁员 traf
    ...", "genug von 画饼."), not a verb."""
    if not before:
        return False
    last = before[-1].lower()
    if last in _DE_DET or (last != "zu" and (last in _DE_PREP or last in _DE_TWO_WAY)):
        return True
    if _de_strong_ending(before[-1]) in ("e", "es", "em") or _de_superlative(before[-1]):
        return True
    return len(before) > 1 and before[-2].lower() in _DE_DET and _de_adjective_like(before[-1])


def _fr_word_or_noun(text: str, start: int, end: int, parts: list):
    return _or_noun(_fr_word(text, start, end, parts), parts, FrRendering, "French", text, start, end)


def _de_word(text: str, start: int, end: int, parts: list, after: list[str]) -> Choice | Unclear | None:
    """The slot read for the concept's German adjective (before a noun), verb or adverb."""
    adj, verb, adverb = _of(parts, DeAdjective), _of(parts, DeVerb), _of(parts, Adverb)
    noun_next = after[0] if after and _de_modifier_next(text, end, after) else None
    if adj is not None:
        found = _words.read_de_adjective(text, start, end, adj, noun_next)
        if found is not None:
            return found
    if noun_next is not None:
        return None
    before = _before(text, start)
    if verb is not None and (not _de_noun_slot(before) or _de_relative_then_auxiliary(text, start, end)):
        found = _words.read_de_verb(text, start, end, verb)
        if found is not None:
            return found
    if adverb is not None:
        return _words.read_de_adverb(text, start, end, adverb, alone=_of(parts, DeRendering) is None)
    return None


_FR_NEXT_WORD = re.compile(r"[ \u00a0]+([a-zàâäéèêëîïôöûüç]+)\b")
_FR_ADJECTIVE_ENDING = re.compile(r"(?:éen|éenne|éens|éennes|ois|oise|oises|ais|aise|aises|ain|aine|ains|aines|ien|ienne|iens|iennes|ique|iques|"
                                  r"el|elle|els|elles|if|ive|ifs|ives|eux|euse|euses|al|ale|aux|ales)$")


def _fr_adjective_next(text: str, end: int) -> bool:
    """A lowercase word with an adjective's ending right after the term ("chinois", "européenne")."""
    m = _FR_NEXT_WORD.match(text, end)
    return bool(m) and len(m.group(1)) > 3 and bool(_FR_ADJECTIVE_ENDING.search(m.group(1))) \
        and m.group(1) not in ("mais", "jamais", "désormais", "toujours", "plus", "tous", "ainsi")


def _fr_word(text: str, start: int, end: int, parts: list) -> Choice | Unclear | None:
    """The slot read for the concept's French verb, adjective (after a noun) or adverb."""
    verb, adj, adverb = _of(parts, FrVerb), _of(parts, FrAdjective), _of(parts, Adverb)
    article = _FR_ARTICLE.search(text, max(0, start - 12), start)
    if adj is not None and verb is not None and _fr_adjective_next(text, end):
        # "Les modèles 开源 chinois dominent": an adjective after the term, so the term is in the
        # noun phrase (another adjective), not its verb.
        found = _words.read_fr_adjective(text, start, end, adj)
        if found is not None:
            return found
    if verb is not None and (article is None or article.group(1).lower() in ("de", "d'", "d’")):
        found = _words.read_fr_verb(text, start, end, verb)
        if found is not None:
            return found
    if adj is not None:
        found = _words.read_fr_adjective(text, start, end, adj)
        if found is not None:
            return found
    if adverb is not None:
        return _words.read_fr_adverb(text, start, end, adverb)
    return None


READERS = {"en": read_en, "de": read_de, "fr": read_fr}
