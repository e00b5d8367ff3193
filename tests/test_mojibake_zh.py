"""Chinese mojibake: UTF-8 read as GBK or Big5, GBK or Big5 read as Latin-1, lost bytes.

tests/data/mojibake_zh_cases.jsonl: news sentences written for these tests, each put through a
real mix-up (``kind``: the encoding written, the one read). Each record's ``mojibake`` is checked
here to be exactly what that mix-up gives. tests/data/mojibake_zh_correct.jsonl: 200 correct
Chinese (Simplified and Traditional), Japanese and Korean news sentences that must not change.
"""

from __future__ import annotations

import json

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)
import pytest

from cleaner import clean
from cleaner import mojibake_zh as zh

from helpers import DATA

MIX_UPS = {  # kind: (encoding written, encoding read)
    "utf8-as-gb18030": ("utf-8", "gb18030"),
    "utf8-as-gbk": ("utf-8", "gbk"),
    "utf8-as-big5": ("utf-8", "cp950"),
    "gbk-as-cp1252": ("gbk", "sloppy-windows-1252"),
    "gbk-as-latin1": ("gbk", "latin-1"),
    "big5-as-cp1252": ("big5", "sloppy-windows-1252"),
    "big5-as-latin1": ("big5", "latin-1"),
}
# Mix-ups that keep every byte: each must be repaired exactly.
LOSSLESS = {"gbk-as-cp1252", "gbk-as-latin1", "big5-as-cp1252", "big5-as-latin1"}


def mix_up(source: str, kind: str) -> str:
    written, read = MIX_UPS[kind]
    return source.encode(written).decode(read, "replace")


def _jsonl(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


CASES = _jsonl("mojibake_zh_cases.jsonl")
CORRECT = _jsonl("mojibake_zh_correct.jsonl")


def up_to_lost(out: str, source: str) -> bool:
    """``out`` is ``source`` except for characters whose bytes the mix-up lost (U+FFFD each)."""
    return len(out) == len(source) and all(a == b or a == "\ufffd" for a, b in zip(out, source))


def outcome(case: dict) -> str:
    out = clean(case["mojibake"] + "\n", select=["mojibake"]).text[:-1]
    if out == case["source"]:
        return "exact"
    return "up-to-lost" if up_to_lost(out, case["source"]) else "unchanged" if out == case["mojibake"] else "partial"


def test_the_data_is_what_the_mix_ups_give():
    assert len(CASES) >= 50 and len(CORRECT) == 200
    for case in CASES:
        assert case["mojibake"] == mix_up(case["source"], case["kind"])
        assert case["mojibake"] != case["source"]
    assert {c["lang"] for c in CORRECT} == {"zh-Hans", "zh-Hant", "ja", "ko"}


@pytest.mark.parametrize("case", [c for c in CASES if c["kind"] in LOSSLESS], ids=lambda c: c["source"][:12])
def test_double_byte_read_as_latin1_is_repaired_exactly(case):
    result = clean(case["mojibake"] + "\n", select=["mojibake"])
    assert result.text == case["source"] + "\n"
    assert {e.safety for e in result.edits} == {"safe"}
    assert {e.rule for e in result.edits} == {case["kind"].split("-")[0] + "-as-latin1"}


def test_utf8_read_as_gbk_is_repaired_up_to_the_bytes_the_decoder_lost():
    """Each line comes out as its source, except that a character whose bytes the GBK decoder
    dropped is one U+FFFD (reported as a finding); none is left worse."""
    gbk = [c for c in CASES if c["kind"] in ("utf8-as-gb18030", "utf8-as-gbk")]
    results = {c["source"]: outcome(c) for c in gbk}
    repaired = [s for s, o in results.items() if o in ("exact", "up-to-lost")]
    assert len(repaired) >= len(gbk) - 2, {s: o for s, o in results.items() if s not in repaired}
    for case in gbk:
        result = clean(case["mojibake"] + "\n", select=["mojibake"])
        assert {e.rule for e in result.edits} <= {"utf8-as-gbk"}
        assert {e.safety for e in result.edits} <= {"likely"}
        lost = result.text.count("\ufffd")
        reported = sum(f.before.count("\ufffd") for f in result.findings if f.rule == "lost-bytes")
        assert reported >= lost


def test_at_least_45_of_the_mix_ups_are_repaired():
    counts = {}
    for case in CASES:
        counts[outcome(case)] = counts.get(outcome(case), 0) + 1
    assert counts.get("exact", 0) + counts.get("up-to-lost", 0) >= 45, counts


@pytest.mark.parametrize("item", CORRECT, ids=lambda c: c["lang"] + ":" + c["text"][:10])
def test_correct_cjk_is_unchanged(item):
    text = item["text"] + "\n"
    result = clean(text, select=["mojibake"])
    assert result.text == text and not result.edits and not result.findings


def test_the_sources_of_the_mix_ups_are_unchanged():
    for case in CASES:
        result = clean(case["source"], select=["mojibake"])
        assert result.text == case["source"] and not result.edits


@pytest.mark.parametrize("run", ["锟斤拷", "锟斤拷锟斤拷", "嚙踝蕭嚙踝蕭", "\ufffd\ufffd"])
def test_lost_bytes_are_reported_never_deleted(run):
    text = f"据报道，{run}今天发布。\n"
    result = clean(text, select=["mojibake"])
    assert result.text == text and not result.edits
    assert [(f.rule, f.safety, f.before) for f in result.findings] == [("lost-bytes", "display-only", run)]


def test_a_lone_replacement_character_in_latin_text_is_not_reported():
    text = "Some comments may be republished \ufffd email addresses will not be.\n"
    assert clean(text, select=["mojibake"]).findings == []


def test_the_issue_examples():
    assert clean("浣犲ソ", select=["mojibake"]).text == "你好"
    assert clean("鍙戝竷", select=["mojibake"]).text == "发布"


def test_a_latin1_word_is_not_taken_for_gbk():
    for text in ("MÄ£ÄM ÌÑÌ Q £ÄGÌ GÄLÄW", "Ça coûte 5 £ à Besançon", "Ægir og Ása í Þórshöfn",
                 "ÉÉÉ ÀÀÀ ÔÔÔ", "São João, Açores"):
        assert clean(text, select=["mojibake"]).text == text


def test_repairs_need_clearly_better_text():
    # valid as GBK but rare characters: not a repair
    assert not zh.clearly_better("ab", "鵡鵡")
    # common CJK from a span with rare characters: a repair
    assert zh.clearly_better("浣犲ソ", "你好")
    # the repair would have no CJK
    assert not zh.clearly_better("浣犲", "ab")
