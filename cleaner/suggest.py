"""Mining a corpus for rules a person then reviews: nothing here is ever applied automatically.

``cleaner suggest PATH...`` finds lines that repeat across many files (digits folded, whitespace
collapsed) and prints them as candidate boilerplate rules. ``cleaner names suggest PATH...`` finds
capitalised names that look like other renderings of people in the names table and prints them
as a TOML snippet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

from .files import DEFAULT_GLOBS, InputError, discover, read_text
from .passes.boilerplate import Matcher, is_prose
from .passes.names import words_of_canonical_names
from .rules import RuleSet
from .passes.boilerplate.site import line_key


def _texts(paths: Sequence[str | Path], globs: Sequence[str]) -> Iterable[tuple[str, str]]:
    for item in discover(paths, globs):
        if isinstance(item, InputError):
            continue
        try:
            yield str(item.path), read_text(item.path)[1]
        except InputError:
            continue


normalise_line = line_key  # the same comparison as --site-repetition


def _pattern_for(line: str) -> str:
    parts = re.split(r"(0|\s)", line)
    out = []
    for p in parts:
        if p == "0":
            out.append(r"\d+")
        elif p and p.isspace():
            out.append(r"\s+")
        elif p:
            out.append(re.escape(p))
    return "".join(out)


def _slug(line: str) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", line.casefold()) if not w.isdigit()][:5]
    return "-".join(words) or ("number" if any(ch.isdigit() for ch in line) else "line")


@dataclass
class LineStats:
    files: set[str] = field(default_factory=set)
    example: str = ""
    tail: int = 0  # how often among the last five lines of a file


def repeated_lines(paths: Sequence[str | Path], rules: RuleSet, *, globs: Sequence[str] = DEFAULT_GLOBS,
                   min_files: int | None = None, max_length: int = 120) -> tuple[int, list[tuple[str, LineStats]]]:
    """Lines seen in at least ``min_files`` files that no rule removes yet, most frequent first."""
    matcher = Matcher(rules.get("boilerplate").values())
    stats: dict[str, LineStats] = defaultdict(LineStats)
    n_files = 0
    for name, text in _texts(paths, globs):
        n_files += 1
        lines = [ln.strip() for ln in text.splitlines()]
        content = [ln for ln in lines if ln]
        seen: set[str] = set()
        for k, line in enumerate(content):
            if len(line) > max_length or is_prose(line):
                continue
            key = normalise_line(line)
            if key in seen:
                continue
            seen.add(key)
            s = stats[key]
            s.files.add(name)
            s.example = s.example or line
            s.tail += k >= len(content) - 5
    threshold = min_files if min_files is not None else max(3, n_files // 20)
    found = [
        (key, s) for key, s in stats.items()
        if len(s.files) >= threshold and matcher.match(s.example) is None
    ]
    found.sort(key=lambda kv: (-len(kv[1].files), kv[0]))
    return n_files, found


def format_rules(n_files: int, found: list[tuple[str, LineStats]], limit: int = 50) -> str:
    out = [
        f"# Candidate boilerplate rules mined from {n_files} files: lines repeated across files that",
        "# no rule removes yet. Review each one: keep only real chrome, add counter_examples (real",
        "# sentences with the same words), then save them as boilerplate-site-<host>.toml in your",
        "# --rules dir (or let --site-repetition remove such lines in a batch, each one recorded).",
    ]
    used: set[str] = set()
    for key, s in found[:limit]:
        rid = "site-" + _slug(key)
        while rid in used:
            rid += "-x"
        used.add(rid)
        where = "usually at the end of a file" if s.tail * 2 >= len(s.files) else "in the body"
        examples = ", ".join(sorted(s.files)[:3])
        out += [
            "",
            f"# {len(s.files)} of {n_files} files ({where}), e.g. {examples}",
            "[[rule]]",
            f'id = "{rid}"',
            f'description = "repeated line: {s.example[:60]}"'.replace('\\', '\\\\'),
            f"pattern = '''{_pattern_for(key)}'''",
            'scope = "line"',
            f"examples = [{_toml_string(s.example)}]",
            "counter_examples = []",
        ]
    return "\n".join(out) + "\n"


def _toml_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# -- names ---------------------------------------------------------------------------------
# Surname romanisations that stand for the same Chinese surname (pinyin first).
SURNAME_GROUPS = [
    "cai tsai choi choy tsoi", "zhang cheung chang cheong teo", "huang wong hwang ng", "wu ng woo goh",
    "li lee lei ri lai", "chen chan tan chin chun", "wang wong ong", "zhou chow chau chou",
    "liu lau lao low", "lin lam lim", "zhao chiu chao chew", "ma mah", "xu hsu tsui hui", "sun suen",
    "guo kuo kwok", "he ho hoh", "gao ko kao", "luo law lo", "zheng cheng tay", "xie hsieh tse",
    "ye yeh yip", "yang yeung young", "deng teng tang", "feng fung", "jiang chiang kong", "cao tso cho",
    "peng pang", "lu loo", "su so", "pan poon", "du to tu", "dai tai", "xia hsia ha", "qi chi",
    "wei ngai", "hu wu foo", "ren jen yam", "song sung soong", "xiao hsiao siu", "jin kim kam",
    "fan pham van", "kong hung", "zeng tseng tsang chan", "lei lui", "yu yue yue", "shen shum sim",
]
_GROUP: dict[str, int] = {}
for _i, _g in enumerate(SURNAME_GROUPS):
    for _s in _g.split():
        _GROUP.setdefault(_s, _i)

CAPS_RE = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")
# Words that start or end a run of capitalised words without being part of a name.
NOT_NAME = frozenset(
    "mr mrs ms dr prof sir madam first lady prime minister president vice chairman chairwoman chief "
    "executive ceo founder premier governor director secretary general state council party leader "
    "the a an in on at of and for to by with from this that new china chinese said says".split()
)
TITLE_RE = re.compile(
    r"\b(chairman|chairwoman|vice chairman|ceo|chief executive|president|vice president|founder|"
    r"premier|prime minister|minister|governor|director|chief|spokesperson|spokesman)\s+"
    r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\b",
    re.IGNORECASE,
)


def _names(text: str) -> Iterable[str]:
    """Two- or three-word capitalised names, without the titles around them."""
    for m in CAPS_RE.finditer(text):
        words = re.split(r"(?<=[a-z]) (?=[A-Z])", m.group(0))
        while words and words[0].lower() in NOT_NAME:
            words.pop(0)
        while words and words[-1].lower() in NOT_NAME:
            words.pop()
        if 2 <= len(words) <= 3:
            yield " ".join(words)


def _surnames(name: str) -> set[int]:
    parts = [p.lower() for p in re.split(r"[ -]", name)]
    return {_GROUP[p] for p in (parts[0], parts[-1]) if p in _GROUP}


@dataclass
class Candidate:
    name: str
    files: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)


def _pinyin_forms(native: str) -> set[str]:
    """'Xia Liyan' style renderings of a CJK name, from CC-CEDICT if it is installed."""
    try:
        from .cedict import _dictionary

        cc = _dictionary()
    except Exception:  # the optional extra is not installed: no pinyin evidence
        return set()
    syllables = []
    for ch in native:
        entry = cc.get_entry(ch)
        if not entry:
            return set()
        syllables.append(re.sub(r"\d", "", entry["pinyin"].split()[0]).replace("u:", "ü").lower())
    if len(syllables) < 2:
        return set()
    surname, given = syllables[0], "".join(syllables[1:])
    return {f"{surname.title()} {given.title()}", f"{given.title()} {surname.title()}"}


class _Corpus:
    """The names of a corpus: which files each occurs in, and the titles before them."""

    def __init__(self, paths: Sequence[str | Path], globs: Sequence[str]) -> None:
        self.titled: dict[tuple[str, str], set[str]] = defaultdict(set)  # (file, name) -> titles
        self.files_of: dict[str, set[str]] = defaultdict(set)
        self.texts: dict[str, str] = {}
        for fname, text in _texts(paths, globs):
            self.texts[fname] = text
            for name in _names(text):
                self.files_of[name].add(fname)
            for m in TITLE_RE.finditer(text):
                self.titled[(fname, m.group(2))].add(m.group(1).lower())


def name_candidates(paths: Sequence[str | Path], rules: RuleSet, *, globs: Sequence[str] = DEFAULT_GLOBS,
                    min_files: int = 1) -> dict[str, list[Candidate]]:
    """Per canonical name, names in the corpus that may be renderings of that person."""
    people = {k: p for k, p in rules.get("names").items() if not p.style}  # style entries add no person
    forms_of = {canonical: {canonical, *p.variants, *p.native, *(a.alias for a in p.ambiguous)}
                for canonical, p in people.items()}
    known: set[str] = set().union(*forms_of.values()) | words_of_canonical_names(people)  # (or part of one)
    corpus = _Corpus(paths, globs)
    unknown = {name: files for name, files in corpus.files_of.items()
               if not (name in known or len(files) < min_files or any(k in name for k in known if " " in k))}
    out: dict[str, list[Candidate]] = {}
    for canonical, p in people.items():
        person = _person(canonical, p, forms_of[canonical])
        cands = [c for c in (_evidence(person, name, files, corpus) for name, files in unknown.items()) if c is not None]
        if cands:
            out[canonical] = sorted(cands, key=_strength)
    return _one_person_each(out)


class _Person(NamedTuple):
    canonical: str
    forms: set[str]  # the canonical name and every known form
    pinyin: set[str]  # romanisations of the native forms
    native: str  # the native forms, for the evidence text
    surnames: set[str]


def _person(canonical: str, p, forms: set[str]) -> _Person:
    pinyin = set().union(*(_pinyin_forms(n) for n in p.native)) if p.native else set()
    surnames = set().union(*(_surnames(f) for f in forms if f.isascii())) if forms else set()
    return _Person(canonical, forms, pinyin, "/".join(p.native), surnames)


def _evidence(person: _Person, name: str, files: set[str], corpus: _Corpus) -> Candidate | None:
    """Why ``name`` may be the person: the pinyin of a native form, the same surname in articles
    that name the person, the same title."""
    ev: set[str] = set()
    if name in person.pinyin:
        ev.add("pinyin of " + person.native)
    if person.surnames & _surnames(name):
        forms = person.forms
        together = [f for f in files if any(form in corpus.texts[f] for form in forms)]
        if together:
            ev.add(f"same surname, in {len(together)} article(s) with {person.canonical} or a known form")
        shared = {t for f in files for t in corpus.titled.get((f, name), set())
                  for form in forms if t in corpus.titled.get((f, form), set())}
        if shared:
            ev.add("same title (" + ", ".join(sorted(shared)) + ")")
    return Candidate(name, set(files), ev) if ev else None


def _strength(c: Candidate) -> tuple:
    pinyin = any(e.startswith("pinyin") for e in c.evidence)
    return (not pinyin, -len(c.evidence), -len(c.files), c.name)


def _one_person_each(found: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """A candidate goes under the person with the strongest evidence; the others are named."""
    best: dict[str, tuple[tuple, str]] = {}
    for canonical, cands in found.items():
        for c in cands:
            key = (_strength(c), canonical)
            if c.name not in best or key < best[c.name]:
                best[c.name] = key
    out: dict[str, list[Candidate]] = {}
    for canonical, cands in found.items():
        kept = []
        for c in cands:
            if best[c.name][1] != canonical:
                continue
            others = sorted(k for k, cs in found.items() if k != canonical and any(x.name == c.name for x in cs))
            if others:
                c.evidence.add("also possible: " + ", ".join(others))
            kept.append(c)
        if kept:
            out[canonical] = kept
    return out


def format_names(found: dict[str, list[Candidate]], rules: RuleSet) -> str:
    """A names*.toml snippet: each entry whole (a user entry replaces the built-in one), with the
    candidates after the known variants and the evidence for each in a comment."""
    out = [
        "# Candidate name variants. Review each one: keep only renderings of the same person,",
        "# delete the rest, then paste the entry into a names*.toml in your --rules dir.",
    ]
    people = {k: p for k, p in rules.get("names").items() if not p.style}  # style entries add no person
    for canonical, cands in sorted(found.items()):
        p = people[canonical]
        out += ["", "[[name]]", f"canonical = {_toml_string(canonical)}"]
        if p.native:
            out.append("native = [" + ", ".join(_toml_string(n) for n in p.native) + "]")
        if p.context:
            out.append("context = [" + ", ".join(_toml_string(n) for n in p.context) + "]")
        out.append("variants = [")
        for v in p.variants:
            out.append(f"  {_toml_string(v)},")
        for c in cands:
            out.append(f"  {_toml_string(c.name)},  # NEW: {len(c.files)} file(s); " + "; ".join(sorted(c.evidence)))
        out.append("]")
        for a in p.ambiguous:
            out += ["", "[[name.ambiguous]]", f"alias = {_toml_string(a.alias)}", f"require = '{a.require.pattern}'"]
    return "\n".join(out) + "\n"
