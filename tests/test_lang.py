from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import lang
from cleaner.document import Document

from helpers import DATA


def detect(text: str) -> tuple[str, str]:
    """Language and script as the passes see them."""
    doc = Document(text)
    return doc.lang, doc.script


@pytest.mark.parametrize(
    "name,lang,script",
    [
        ("en_article.txt", "en", "Latn"),
        ("fr_article.txt", "fr", "Latn"),
        ("de_article.txt", "de", "Latn"),
        ("vi_article.txt", "vi", "Latn"),
        ("zh_article.txt", "zh", "Hans"),
        ("zh_hant_article_no_final_newline.txt", "zh", "Hant"),
        ("ja_article.txt", "ja", "Jpan"),
    ],
)
def test_detect_by_script_then_langdetect(name, lang, script):
    assert detect((DATA / "clean" / name).read_text(encoding="utf-8")) == (lang, script)


def test_english_with_cjk_fragments_is_english():
    text = "The benefit of doing this is that we don't bet on a single赛道. " * 5
    assert detect(text)[0] == "en"


def test_detection_is_deterministic():
    text = (DATA / "clean" / "fr_article.txt").read_text(encoding="utf-8")[:120]
    assert len({detect(text) for _ in range(20)}) == 1


def test_short_or_empty_text_is_undetermined():
    assert detect("16")[0] == "und"
    assert detect("")[0] == "und"


def test_forced_language_wins():
    doc = Document("Bonjour tout le monde, ceci est un article.", lang="EN")
    assert doc.lang == "en"


def test_newline_style():
    assert Document("a\r\nb\r\nc\n").newline == "\r\n"
    assert Document("a\rb").newline == "\r"
    assert Document("no break").newline == "\n"


# -- counting in bulk agrees with counting one character at a time ---------------------------
_EDGES = [0x41, 0x7A, 0xBF, 0xC0, 0xD7, 0xFF, 0x100, 0x24F, 0x250, 0x2BC, 0x3FF, 0x400, 0x4FF, 0x500,
          0x10FF, 0x1100, 0x11FF, 0x1DFF, 0x1E00, 0x1EFF, 0x1F00, 0x3000, 0x3002, 0x303F, 0x3040, 0x30FF,
          0x3100, 0x312F, 0x3130, 0x318F, 0x3190, 0x31EF, 0x31F0, 0x31FF, 0x3400, 0x4DBF, 0x4DC0, 0x4E00,
          0x9FFF, 0xA000, 0xABFF, 0xAC00, 0xD7AF, 0xD7B0, 0xF8FF, 0xF900, 0xFAFF, 0xFB00, 0xFF0C, 0xFF65,
          0xFF66, 0xFF9F, 0xFFA0, 0x1F600, 0x20000, 0x2EBEF, 0x2EBF0, 0xD800, 0xDC00]
_CHARS = st.one_of(st.sampled_from([chr(c) for c in _EDGES]), st.characters(), st.sampled_from("ab 。中の한Жé"))


def _slow_counts(text):
    classes = {"han": lang.HAN, "kana": lang.KANA, "hangul": lang.HANGUL, "latin": lang.LATIN,
               "cyrillic": lang.CYRILLIC}
    return {name: len(re.findall(f"[{chars}]", text)) for name, chars in classes.items()}


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=60))
def test_script_counts_match_counting_each_character(text):
    assert lang.script_counts(text) == _slow_counts(text)
    # The quick test may say "maybe" wrongly, never "none" wrongly.
    if any(_slow_counts(text)[k] for k in ("han", "kana", "hangul", "cyrillic")):
        assert lang._maybe_cjk_or_cyrillic(text, len(text))


def test_one_module_owns_the_script_ranges():
    from cleaner import running_text, unicode
    from cleaner.passes.boilerplate import layout

    assert (lang.HAN, lang.KANA, lang.HANGUL, lang.LATIN) == (unicode.HAN, unicode.KANA, unicode.HANGUL, unicode.LATIN)
    assert layout._CJK_CHAR.pattern == f"[{unicode.CJK}]"
    # Vietnamese letters (Latin Extended Additional) are Latin letters: a quotation of them is no
    # quotation of Chinese.
    assert running_text._LATIN_LETTER.match("ế") and running_text._LATIN_LETTER.match("é")
    assert layout._CJK_WORD.fullmatch("한국어") and layout._CJK_WORD.fullmatch("中文")
