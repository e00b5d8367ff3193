"""The concept table: parsing ``glossary/concepts*.toml`` files and checking their examples.

One concept is one Chinese term in one sense, with renderings in English, German and French
(see :mod:`.forms` for the notation) and, when the term has several senses, weighted cues and
example and counter-example sentences that are checked when the table loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from ..lang import HAN_RUN
from ..rulefile import Problems, check_table, string_list
from ..simplified_traditional import to_simplified
from . import senses as _senses
from .forms import DeRendering, EnRendering, FrRendering, NotationError, de_feminine, fr_feminine, parse_de, parse_en, parse_fr

LANGS = ("en", "de", "fr")
_PARSERS = {"en": parse_en, "de": parse_de, "fr": parse_fr}
_FIELDS = {"zh": str}
_OPTIONAL = {"sense": str, "variants": list, "en": (str, list), "de": (str, list), "fr": (str, list),
             "prior": (int, float), "cues": list, "negative": list, "examples": list, "counter": list,
             "note": str, "domain": (str, list)}


@dataclass(frozen=True)
class Concept:
    zh: str
    sense: str
    renderings: dict = field(hash=False, compare=False)  # lang -> tuple of renderings
    variants: tuple[str, ...] = ()
    cues: tuple[_senses.Cue, ...] = ()
    prior: float = 0.0
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()
    origin: str = ""
    domains: tuple[str, ...] = ()  # topics of the sense (cleaner/data/sense_domains.txt)

    def rendering(self, lang: str) -> tuple:
        return self.renderings.get(lang, ())


def parse_concepts(path: Path, data: dict, problems: Problems) -> Iterable[tuple[tuple, Concept]]:
    if not check_table(data, required={}, optional={"description": str, "terms": list, "concept": list},
                       path=path, entry=None, problems=problems):
        return
    entries = [*data.get("terms", []), *data.get("concept", [])]
    for i, value in enumerate(entries):
        label = value.get("zh") if isinstance(value, dict) and isinstance(value.get("zh"), str) else f"entry #{i + 1}"
        concept = _concept(path, label, value, problems)
        if concept is not None:
            yield ("concept", concept.zh, concept.sense), concept


def _concept(path: Path, label: str, value, problems: Problems) -> Concept | None:
    """One entry checked and parsed, or None with the problems recorded."""
    if not check_table(value, required=_FIELDS, optional=_OPTIONAL, path=path, entry=label, problems=problems):
        return None
    problem = _key_problem(value)
    if problem:
        problems.add(path, label, problem)
        return None
    renderings: dict[str, tuple] = {}
    for lang in LANGS:
        if value.get(lang) is None:
            continue
        parsed = _renderings(lang, value[lang])
        if isinstance(parsed, str):
            problems.add(path, label, parsed)
            return None
        renderings[lang] = parsed
    if "en" not in renderings:
        problems.add(path, label, "every concept has an English rendering")
        return None
    _from_english(renderings)
    try:
        cues = tuple(_senses.parse_cue(c) for c in value.get("cues", ())) + tuple(
            _senses.parse_cue(c, negative=True) for c in value.get("negative", ()))
    except ValueError as exc:
        problems.add(path, label, str(exc))
        return None
    domains = value.get("domain", ())
    domains = (domains,) if isinstance(domains, str) else tuple(domains)
    unknown = [d for d in domains if not isinstance(d, str) or d not in _senses.topics()]
    if unknown:
        problems.add(path, label, f"unknown domain {unknown[0]!r} (topics: {', '.join(sorted(_senses.topics()))})")
        return None
    return Concept(value["zh"], value.get("sense", ""), renderings, tuple(value.get("variants", ())), cues,
                   float(value.get("prior", 0.0)), tuple(value.get("examples", ())), tuple(value.get("counter", ())),
                   str(path), domains)


def _from_english(renderings: dict[str, tuple]) -> None:
    """What the English rendering tells the German and French ones: a noun for a person has a
    feminine (``de_feminine``, ``fr_feminine``); a concept not counted in English is not counted in
    French either."""
    english = renderings["en"]
    if _person(english):
        if "de" in renderings:
            renderings["de"] = tuple(replace(r, feminine=de_feminine(r)) if isinstance(r, DeRendering) else r
                                     for r in renderings["de"])
        if "fr" in renderings:
            renderings["fr"] = tuple(replace(r, feminine=fr_feminine(r)) if isinstance(r, FrRendering) else r
                                     for r in renderings["fr"])
    if "fr" in renderings and _uncounted(english):
        renderings["fr"] = tuple(replace(r, mass=True) if isinstance(r, FrRendering) and not r.counted else r
                                 for r in renderings["fr"])


# English nouns for people: agent nouns ("influencer", "rider", "investor", "journalist",
# "consultant", "employee") and a few others; not those that name a thing or, in news, a firm
# ("developer", "supplier", "carmaker"), whose feminine article in MT is a firm's ("La 房企": "la
# société").
_EN_PERSON = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|eer)$")
_EN_NOT_PERSON = set("""container computer server router charger printer filter trailer tanker laser scanner
monitor sensor motor factor sector reactor processor generator indicator conductor transistor tractor corridor
vendor counter order border number center centre quarter letter matter paper water power tower poster
sticker banner layer player speaker cover marker meter tier barrier premier patent content component agent event
element segment payment investment instrument rent talent parent percent current client
developer manufacturer producer retailer lender insurer reinsurer operator supplier exporter importer provider
carrier builder distributor wholesaler publisher issuer shipper refiner smelter brewer underwriter forwarder
integrator conglomerate""".split())
# Heads that name a firm, not a person: "carmaker", "chipmaker", "drugmaker".
_EN_FIRM_ENDING = ("maker",)


def _person(english: tuple) -> bool:
    """The concept's English noun names a person ("influencer", "delivery rider")."""
    nouns = [r for r in english if isinstance(r, EnRendering) and r.pos in ("n", "pl")]
    if not nouns:
        return False
    head = nouns[0].forms[0].split(" ")[-1].lower()
    return bool(_EN_PERSON.search(head)) and head not in _EN_NOT_PERSON and not head.endswith(_EN_FIRM_ENDING)


def _uncounted(english: tuple) -> bool:
    """The concept's English nouns are all mass or abstract (``u`` without ``+count``): the sense
    is not counted, in French either."""
    nouns = [r for r in english if isinstance(r, EnRendering) and r.pos in ("n", "u", "pl")]
    return bool(nouns) and all(r.pos == "u" and not r.count for r in nouns)


def _key_problem(value: dict) -> str | None:
    """What is wrong with the term, its variants and the string lists of an entry, or None."""
    zh = value["zh"]
    if not HAN_RUN.fullmatch(zh):
        return "zh must be Han characters only"
    if to_simplified(zh) != zh:
        return f"zh must be Simplified (t2s gives {to_simplified(zh)!r}); list other forms in variants"
    for name in ("variants", "cues", "negative", "examples", "counter"):
        if name in value and not string_list(value[name]):
            return f"{name} must be a list of strings"
    if any(not HAN_RUN.fullmatch(v) for v in value.get("variants", ())):
        return "variants must be Han characters only"
    return None


def _renderings(lang: str, spec) -> tuple | str:
    """The parsed renderings for one language, or the problem with them."""
    specs = [spec] if isinstance(spec, str) else spec
    if not specs or not all(isinstance(s, str) for s in specs):
        return f"{lang} must be a string or a list of strings"
    try:
        parsed = tuple(_PARSERS[lang](s) for s in specs)
    except NotationError as exc:
        return str(exc)
    for r in parsed:
        if any(not t.strip() or HAN_RUN.search(t) or t != t.strip() for t in _texts(r)):
            return f"{lang} renderings must be non-empty, trimmed and contain no Han characters"
    if lang != "en" and len(parsed) > 1:
        return f"{lang}: one rendering per concept"
    return parsed


def _texts(r) -> list[str]:
    if isinstance(r, EnRendering):
        return list(r.forms)
    if isinstance(r, DeRendering):
        return [r.singular.replace("~", "e"), *( [r.plural.replace("~", "e")] if r.plural else [])]
    if isinstance(r, FrRendering):
        return [r.singular, *([r.plural] if r.plural else [])]
    return []


def senses_by_term(items: dict) -> dict[str, list[Concept]]:
    """The concepts of each term, in the order of the files. Files layer by term too: labelled
    senses of a term in a later file replace an entry without a sense label from an earlier file
    (one file lists the term's senses, another its plain entry), and an entry without a label in a
    later file replaces the labelled senses of earlier files."""
    out: dict[str, list[Concept]] = {}
    for key, concept in items.items():
        if isinstance(key, tuple) and key and key[0] == "concept":
            group = out.setdefault(concept.zh, [])
            if concept.sense:
                group[:] = [c for c in group if c.sense or c.origin == concept.origin]
            else:
                group[:] = [c for c in group if c.origin == concept.origin]
            group.append(concept)
    return out


def check_concepts(items: dict, problems: Problems) -> None:
    """Across files: several senses of one term need distinct sense labels and cues; every
    example picks its sense and no counter-example does."""
    for zh, group in senses_by_term(items).items():
        if len(group) > 1:
            if any(not c.sense for c in group):
                problems.add(group[0].origin, zh, "a term with several senses labels each one (sense = ...)")
                continue
            if not any(c.examples for c in group):
                problems.add(group[0].origin, zh, "a term with several senses needs example sentences")
        for c in group:
            for sentence in c.examples:
                chosen = choose_in(group, sentence)
                if chosen is not c:
                    got = "no sense (below the margin)" if chosen is None else repr(chosen.sense)
                    problems.add(c.origin, f"{zh} ({c.sense})", f"example {sentence!r} chooses {got}")
            for sentence in c.counter:
                if choose_in(group, sentence) is c:
                    problems.add(c.origin, f"{zh} ({c.sense})", f"counter-example {sentence!r} chooses this sense")


def choose_in(group: list[Concept], sentence: str) -> Concept | None:
    """The sense of the term that ``sentence`` (an example or counter-example) chooses."""
    span = _senses.locate({group[0].zh, *group[0].variants}, sentence)
    return None if span is None else _senses.choose(group, sentence, *span, _senses.example_language(sentence))
