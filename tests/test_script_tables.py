"""The bulk tables of one-script characters agree with testing each character on its own."""

from __future__ import annotations

import pytest

from cleaner import simplified_traditional as script


@pytest.mark.parametrize("which", ["Hans", "Hant"])
def test_bulk_table_matches_per_character_test(which):
    table = script.one_script_chars(which)
    test = script.simplified_only if which == "Hans" else script.traditional_only
    chars = [chr(o) for lo, hi in script.HAN_BMP for o in range(lo, hi + 1)]
    disagree = [ch for ch in chars if (ch in table) != test(ch)]
    assert not disagree, disagree[:20]
    assert len(table) > 1000  # both scripts have thousands of their own characters


def test_positions_and_counts_agree():
    text = "这是简体。這是繁體。台布宣布 Latin 乾隆"
    hans = script.one_script_positions(text, "Hans")
    hant = script.one_script_positions(text, "Hant")
    assert [text[i] for i in hans] == ["这", "简", "体"]
    assert [text[i] for i in hant] == ["這", "體", "乾"]  # 繁 is written the same in both
    assert script.simplified_only_count(text) == len(hans)
    assert script.traditional_only_count(text) == len(hant)
