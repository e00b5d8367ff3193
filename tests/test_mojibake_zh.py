"""Chinese mojibake: UTF-8 read as GBK or Big5, GBK or Big5 read as Latin-1, lost bytes.

tests/data/mojibake_zh_cases.jsonl: news sentences written for these tests, each put through a
real mix-up (``kind``), built by tests/data/mojibake_zh_make_cases.py; each record says whether
the source can be told from the mojibake alone (``lossless``). The file is checked here to be
exactly what the script gives. tests/data/mojibake_zh_correct.jsonl: 200 correct Chinese
(Simplified and Traditional), Japanese and Korean news sentences that must not change.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from cleaner import clean
from cleaner import mojibake_zh as zh

from helpers import DATA


def _make_cases():
    spec = importlib.util.spec_from_file_location("mojibake_zh_make_cases", DATA / "mojibake_zh_make_cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKE = _make_cases()
# Mix-ups that keep every byte: each must be repaired exactly.
LOSSLESS = {"gbk-as-cp1252", "gbk-as-latin1", "big5-as-cp1252", "big5-as-latin1"}


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


def test_the_data_is_what_the_script_gives():
    assert CASES == MAKE.build()
    assert len(CASES) >= 50 and len(CORRECT) == 200
    for case in CASES:
        assert case["mojibake"] != case["source"]
        if case["kind"] in MAKE.MIX_UPS:
            written, read = MAKE.MIX_UPS[case["kind"]]
            assert case["mojibake"] == case["source"].encode(written).decode(read, "replace")
    assert {c["lang"] for c in CORRECT} == {"zh-Hans", "zh-Hant", "ja", "ko"}


def test_the_cases_cover_every_mix_up_with_and_without_lost_bytes():
    kinds = {c["kind"] for c in CASES}
    assert set(MAKE.MIX_UPS) | {"gbk-as-utf8-as-gbk"} == kinds
    for kind in ("utf8-as-gb18030", "utf8-as-gbk"):
        assert {c["lossless"] for c in CASES if c["kind"] == kind} == {True, False}
        assert {c["lost"] > 0 for c in CASES if c["kind"] == kind} == {True, False}
    assert any("锟斤拷" in c["mojibake"] for c in CASES)


def test_lossless_means_nothing_lost_or_one_common_reading():
    # UTF-8 "一" (E4 B8 80) read as GB18030: the 0x80 is dropped; only 0x80 is dropped before 鍥
    # (E5 9B) by GB18030, but GBK also drops 0xAA-0xAF there (个, 中 ...): ambiguous without a
    # character of GBK's user-defined rows, which only GB18030 decodes (to the Private Use Area)
    source = "一国人"
    assert MAKE.what_was_kept(source, "utf8-as-gb18030", MAKE.mix_up(source, "utf8-as-gb18030")) == (1, False)
    source = "一国家"  # 家 (E5 AE B6) read as GB18030 gives U+E18D: GB18030 it was
    mojibake = MAKE.mix_up(source, "utf8-as-gb18030")
    assert "\ue18d" in mojibake and MAKE.what_was_kept(source, "utf8-as-gb18030", mojibake) == (1, True)
    assert MAKE.what_was_kept("国务院", "gbk-as-latin1", MAKE.mix_up("国务院", "gbk-as-latin1")) == (0, True)


@pytest.mark.parametrize("case", [c for c in CASES if c["lossless"]], ids=lambda c: c["kind"] + ":" + c["source"][:12])
def test_what_can_be_told_from_the_mojibake_is_repaired_exactly(case):
    result = clean(case["mojibake"] + "\n", select=["mojibake"])
    assert result.text == case["source"] + "\n"
    assert not result.findings


@pytest.mark.parametrize("case", [c for c in CASES if c["kind"].startswith("gbk-as-utf8")],
                         ids=lambda c: c["kind"] + ":" + c["source"][:12])
def test_gbk_read_as_utf8_is_reported_never_changed(case):
    """Nothing can be told from it: left as it is, every lost character reported."""
    result = clean(case["mojibake"] + "\n", select=["mojibake"])
    assert result.text == case["mojibake"] + "\n" and not result.edits
    reported = "".join(f.before for f in result.findings if f.rule == "lost-bytes")
    assert reported.count("\ufffd") == case["mojibake"].count("\ufffd")
    assert reported.count("锟斤拷") == case["mojibake"].count("锟斤拷")


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
    assert len(repaired) >= len(gbk) - 4, {s: o for s, o in results.items() if s not in repaired}
    for case in gbk:
        result = clean(case["mojibake"] + "\n", select=["mojibake"])
        assert {e.rule for e in result.edits} <= {"utf8-as-gbk"}
        assert {e.safety for e in result.edits} <= {"likely"}
        lost = result.text.count("\ufffd")
        reported = sum(f.before.count("\ufffd") for f in result.findings if f.rule == "lost-bytes")
        assert reported >= lost


def test_a_byte_is_filled_in_only_where_one_common_character_fits():
    gb18030, either = ("gb18030",), ("gbk", "gb18030")
    # 院总理 read as GB18030 is "闄㈡�荤悊": the 0x80 of 总 (E6 80 BB) was dropped before BB E7
    data, _, tail, _ = zh._run_bytes("闄㈡\ufffd荤悊", 0, "gb18030", 99)
    assert zh._utf8_char(data, 3, tail, gb18030) == (3, "总")
    # GBK may also have dropped 0xAD there (死, E6 AD BB): not told apart, one U+FFFD
    assert zh._utf8_char(data, 3, tail, either) == (3, "\ufffd")
    # the last byte of 。 (E3 80 82) dropped at the end of a line: 、。《》「」 ... all fit
    data, _, tail, _ = zh._run_bytes("銆\ufffd", 0, "gb18030", 99)
    assert zh._utf8_char(data, 0, tail, gb18030) == (3, "\ufffd")


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


# "锟叫癸拷": "中国" as GBK read as UTF-8 (U+FFFD й U+FFFD), that as UTF-8 read as GBK
@pytest.mark.parametrize("run", ["锟斤拷", "锟斤拷锟斤拷", "嚙踝蕭嚙踝蕭", "\ufffd\ufffd", "锟叫癸拷锟斤拷"])
def test_lost_bytes_are_reported_never_deleted(run):
    text = f"据报道，{run}今天发布。\n"
    result = clean(text, select=["mojibake"])
    assert result.text == text and not result.edits
    assert [(f.rule, f.safety, f.before) for f in result.findings] == [("lost-bytes", "display-only", run)]


def test_copy_is_not_a_lost_byte():
    text = "用户可拷贝文件，也可复制链接。\n"  # 拷 (BF BD) is also the end of U+FFFD's UTF-8 read as GBK
    assert clean(text, select=["mojibake"]).findings == []


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
