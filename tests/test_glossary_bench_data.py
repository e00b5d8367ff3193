"""The glossary benchmark data (tests/data/glossary_bench/) is well formed: one JSON object per
line with the fields its README describes, the term left in the sentence exactly once, every
acceptable rendering a full sentence without Chinese, unique ids, the language of the file, and at
least as many sentences of each kind as the benchmark promises.

This checks the data only; what the `cjk_glossary` pass makes of it is measured by the benchmark.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

BENCH = Path(__file__).parent / "data" / "glossary_bench"

# file -> (id prefix, languages allowed, minimum number of sentences)
FILES = {
    "en.jsonl": ("en", {"en"}, 220),
    "de.jsonl": ("de", {"de"}, 70),
    "fr.jsonl": ("fr", {"fr"}, 70),
    "senses.jsonl": ("sense", {"en", "de", "fr"}, 130),
}
SLOTS = {"noun", "verb", "adjective", "adverb"}
REQUIRED = {"id", "lang", "text", "term", "slot", "accept"}
OPTIONAL = {"note"}
SENSE_REQUIRED = REQUIRED | {"sense"}
SENSE_OPTIONAL = OPTIONAL | {"decoy"}
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MIN_WORDS, MAX_WORDS = 10, 40


def _load(name: str) -> list[dict]:
    rows = []
    for number, line in enumerate((BENCH / name).read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{name}:{number}: blank line"
        rows.append(json.loads(line))
    return rows


def row_problems(row: object, name: str) -> list[str]:
    """Everything wrong with one record of file `name` (an empty list when it is sound)."""
    prefix, langs, _ = FILES[name]
    if not isinstance(row, dict):
        return ["not a JSON object"]
    required, optional = (SENSE_REQUIRED, SENSE_OPTIONAL) if name == "senses.jsonl" else (REQUIRED, OPTIONAL)
    problems = []
    missing, unknown = required - row.keys(), row.keys() - required - optional
    if missing:
        problems.append(f"missing fields {sorted(missing)}")
    if unknown:
        problems.append(f"unknown fields {sorted(unknown)}")
    if missing:
        return problems
    for key in (required | optional) & row.keys() - {"accept"}:
        if not isinstance(row[key], str) or not row[key].strip():
            problems.append(f"{key} must be a non-empty string")
    if problems:
        return problems
    text, term = row["text"], row["term"]
    if not re.fullmatch(rf"{prefix}-\d{{4}}", row["id"]):
        problems.append(f"id {row['id']!r} is not {prefix}-NNNN")
    if row["lang"] not in langs:
        problems.append(f"lang {row['lang']!r} does not belong in {name}")
    if row["slot"] not in SLOTS:
        problems.append(f"slot {row['slot']!r} is not one of {sorted(SLOTS)}")
    if not all(HAN.match(ch) for ch in term):
        problems.append(f"term {term!r} is not a run of Chinese characters")
    if text.count(term) != 1:
        problems.append(f"term {term!r} occurs {text.count(term)} times in the text")
    elif HAN.search(text.replace(term, "", 1)):
        problems.append("the text holds Chinese besides the term")
    if unicodedata.normalize("NFC", text) != text:
        problems.append("text is not NFC")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"text has {words} words, not {MIN_WORDS}-{MAX_WORDS}")
    accept = row["accept"]
    if not isinstance(accept, list) or not accept:
        return problems + ["accept must be a non-empty list"]
    if len(set(map(str, accept))) != len(accept):
        problems.append("accept repeats a sentence")
    for sentence in accept:
        if not isinstance(sentence, str) or not sentence.strip():
            problems.append("an accepted sentence is empty")
            continue
        if sentence == text:
            problems.append(f"accepted sentence is the untranslated text: {sentence!r}")
        if HAN.search(sentence):
            problems.append(f"accepted sentence still holds Chinese: {sentence!r}")
        if sentence != sentence.strip() or "  " in sentence:
            problems.append(f"accepted sentence has stray spaces: {sentence!r}")
        if sentence[-1] != text[-1]:
            problems.append(f"accepted sentence ends otherwise than the text: {sentence!r}")
        first = next((ch for ch in sentence if ch.isalpha()), "")
        if first and not first.isupper():
            problems.append(f"accepted sentence does not start with a capital: {sentence!r}")
        if unicodedata.normalize("NFC", sentence) != sentence:
            problems.append(f"accepted sentence is not NFC: {sentence!r}")
    if "decoy" in row:
        decoy = row["decoy"]
        if decoy.lower() not in text.lower():
            problems.append(f"decoy {decoy!r} is not in the text")
        elif term in decoy or HAN.search(decoy):
            problems.append(f"decoy {decoy!r} must be a word of the sentence, not the term")
    return problems


ALL = {name: _load(name) for name in FILES}


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_record_is_sound(name):
    bad = {row.get("id", i) if isinstance(row, dict) else i: row_problems(row, name) for i, row in enumerate(ALL[name])}
    assert not {k: v for k, v in bad.items() if v}


@pytest.mark.parametrize("name", sorted(FILES))
def test_files_are_utf8_lines_ending_in_a_newline(name):
    raw = (BENCH / name).read_bytes()
    assert raw.endswith(b"\n") and not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw


def test_ids_are_unique_across_files():
    ids = Counter(row["id"] for rows in ALL.values() for row in rows)
    assert not [i for i, n in ids.items() if n > 1]


@pytest.mark.parametrize("name", sorted(FILES))
def test_counts_meet_the_minimums(name):
    assert len(ALL[name]) >= FILES[name][2]


@pytest.mark.parametrize("name", ["en.jsonl", "de.jsonl", "fr.jsonl"])
def test_slots_and_sentence_shapes_are_covered(name):
    rows = ALL[name]
    slots = Counter(row["slot"] for row in rows)
    assert slots["noun"] >= 20 and slots["verb"] >= 10 and slots["adjective"] >= 3, slots
    if name == "en.jsonl":
        assert slots["verb"] >= 40 and slots["adjective"] >= 15 and slots["adverb"] >= 8, slots
    minimum = 10 if name == "en.jsonl" else 3
    glued = [r for r in rows if (i := r["text"].index(r["term"])) > 0 and r["text"][i - 1].isalpha()]
    initial = [r for r in rows if r["text"].startswith(r["term"])]
    assert len(glued) >= minimum and len(initial) >= minimum, (len(glued), len(initial))


def test_terms_are_varied():
    terms = {row["term"] for rows in ALL.values() for row in rows}
    assert len(terms) >= 100
    # no one term dominates a file
    for name in ("en.jsonl", "de.jsonl", "fr.jsonl"):
        (term, count), = Counter(r["term"] for r in ALL[name]).most_common(1)
        assert count <= 0.05 * len(ALL[name]) + 3, (name, term, count)


def test_sense_terms_come_with_more_than_one_sense():
    senses = defaultdict(set)
    for row in ALL["senses.jsonl"]:
        senses[row["term"]].add(row["sense"])
    assert not {term: s for term, s in senses.items() if len(s) < 2}


def test_a_third_of_sense_sentences_carry_a_misleading_word():
    rows = ALL["senses.jsonl"]
    assert sum("decoy" in row for row in rows) * 3 >= len(rows)


def test_sense_sentences_are_mostly_english_with_some_german_and_french():
    langs = Counter(row["lang"] for row in ALL["senses.jsonl"])
    assert langs["en"] * 2 > sum(langs.values()) and langs["de"] >= 5 and langs["fr"] >= 5, langs


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r.pop("accept"), "missing fields"),
        (lambda r: r.update(colour="red"), "unknown fields"),
        (lambda r: r.update(lang="de"), "does not belong"),
        (lambda r: r.update(slot="pronoun"), "slot"),
        (lambda r: r.update(id="en-1"), "is not en-NNNN"),
        (lambda r: r.update(term="沉淀"), "occurs 0 times"),
        (lambda r: r.update(text=r["text"] + " 赛道" + r["text"][-1]), "occurs 2 times"),
        (lambda r: r.update(accept=[]), "non-empty list"),
        (lambda r: r.update(accept=[""]), "is empty"),
        (lambda r: r.update(accept=[r["text"]]), "untranslated"),
        (lambda r: r.update(accept=[r["accept"][0], r["accept"][0]]), "repeats"),
        (lambda r: r.update(accept=[r["accept"][0].rstrip(".")]), "ends otherwise"),
        (lambda r: r.update(accept=["we don't bet on a single sector."]), "capital"),
        (lambda r: r.update(text="Too short 赛道."), "words"),
        (lambda r: r.update(decoy="racing"), "unknown fields"),
    ],
)
def test_the_checks_catch_broken_records(change, expected):
    row = {
        "id": "en-0001",
        "lang": "en",
        "text": "The fund spreads its money across many companies rather than relying on a single赛道.",
        "term": "赛道",
        "slot": "noun",
        "accept": ["The fund spreads its money across many companies rather than relying on a single sector."],
    }
    assert row_problems(dict(row), "en.jsonl") == []
    change(row)
    assert any(expected in problem for problem in row_problems(row, "en.jsonl"))


def test_the_checks_catch_a_decoy_missing_from_the_sentence():
    row = {
        "id": "sense-0001",
        "lang": "en",
        "text": "Regulators launched a probe into 月之暗面 over how its chatbot handles user data.",
        "term": "月之暗面",
        "slot": "noun",
        "accept": ["Regulators launched a probe into Moonshot AI over how its chatbot handles user data."],
        "sense": "Moonshot AI (company)",
        "decoy": "probe",
    }
    assert row_problems(dict(row), "senses.jsonl") == []
    assert row_problems({**row, "decoy": "lunar"}, "senses.jsonl")
    assert row_problems({**row, "lang": "ja"}, "senses.jsonl")
    assert row_problems({k: v for k, v in row.items() if k != "sense"}, "senses.jsonl")
