from __future__ import annotations

import pytest

from cleaner.document import Document
from cleaner.lang import detect

from helpers import DATA


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
