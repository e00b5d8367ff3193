"""Clean articles, in several languages and line-ending styles, pass through byte-identical."""

from __future__ import annotations

import pytest

from cleaner import clean

from helpers import DATA

ARTICLES = sorted((DATA / "clean").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_clean_article_is_unchanged(path):
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    result = clean(text)
    assert result.edits == []
    assert result.text.encode("utf-8") == raw


def test_there_are_clean_articles_in_each_language():
    names = {p.name.split("_")[0] for p in ARTICLES}
    assert {"en", "zh", "ja", "fr", "de", "vi"} <= names
