"""The line scorer's fast paths against the plain ones they replace: each line's terms computed in
one go (``_line_terms_fast``) against ``_line_terms(line_shape(...))``, exactly, on the examples,
the dev set, lines made to reach every skipped regular expression, and real text; and the
language asked for only when a text is worth scoring."""

from __future__ import annotations

import json
import random

import pytest

from cleaner import linescorer

from helpers import DATA, ROOT, SHARED, needs_shared

DEVSET = ROOT / "training" / "data" / "devset.jsonl"
LANGS = (None, "en", "de", "fr", "zh", "ja", "vi", "xx")


def _plain(s: str, stop: frozenset, cjk_fn: frozenset):
    return linescorer._line_terms(linescorer.line_shape(s, stop, cjk_fn))


def _assert_same(lines, langs=LANGS):
    """The same terms, and on the way the same features and hashed tokens' weights."""
    h1 = linescorer._model()["h1"]
    for lang in langs:
        stop, cjk_fn = linescorer._function_words(lang)
        for s in lines:
            s = s.strip()
            if s:
                dense, hashed, running = linescorer.line_shape(s, stop, cjk_fn)
                assert linescorer._dense_fast(s, stop, cjk_fn) == (dense, [h1[h] for h in hashed], running), (lang, s)
                assert linescorer._line_terms_fast(s, stop, cjk_fn) == _plain(s, stop, cjk_fn), (lang, s)


def _example_lines() -> list[str]:
    return [raw[2:] for path in sorted((DATA / "linescorer").glob("*.txt"))
            for raw in path.read_text(encoding="utf-8").splitlines()]


# Lines that reach (or just miss) each regular expression the fast path skips on a necessary
# condition: separators, URLs, copyright lines (with the characters re's IGNORECASE folds onto
# ASCII letters: ſ, İ, ı, K), dates, labels, table rows, and whitespace other than spaces.
EDGES = [
    "Home | World | Sport", "Home • World", "Home · World", "a › b", "a » b", "a / b", "a/b", "a |b",
    "Name\tValue", "Name   Value", "Name  Value", "Name\u3000Value", "名前\u3000値", "a \xa0 b", "a\xa0\xa0b",
    "a \u2003\u2003b", "x\x1cy", "See https://example.org/x", "HTTPſ://X", "www.example", "WWW.X", "news.COM now",
    "page.html", "page.HTM.", "write to @desk", "a@b", "no.dot here", "© 2024 Daily", "(c) Daily", "(C) Daily",
    "Copyright Daily News", "COPYRİGHT daily", "copyrıght", "All Rights Reserved.", "all rightſ reserved",
    "版权所有", "著作権", "저작권", "Updated 2024", "12/05/2024", "10:30", "2024年5月", "12 月",
    "Dates: 18 March",
    "Price: 12", "Ort：Berlin", "Price : 12", "a:b", "1999", "١٢:٣٠", "²³", "Ⅻ chapter", "_under_score_",
    "ÀÉÎ ÕÜ", "ǅemal Đurić", "İstanbul IŞIK", "ΚΑΛΗΜΕΡΑ", "Вход", "x", "?", "Really?", "Next:",
    "• item one", "- item", "【公告】通知", "ラベル：値", "一二三", "The end,", "a" * 160 + ".",
    "RESERVED", "COPYRIGHT 2020", "x.COM", "SITE.NET/a", "WWW.X", "a.Org", "page.HTML", "a\x0bb", "a\r\rb",
    "a \x1f b", "a\t\tb", "Date:\x0c12", "Name \x0c Value", "a1999", "x 1999", "no1999yes", "at 9:30 am",
    "K.COM", "İ.org", "tel. 12/3/2024", "20 年", "3\u3000日", "a   b", "a    |    b",
]


def test_the_fast_terms_are_the_plain_ones_on_edges_examples_and_the_dev_set():
    lines = list(EDGES) + _example_lines()
    for page in (json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines()):
        lines.extend(page["lines"])
    _assert_same(lines)


def test_the_fast_terms_are_the_plain_ones_on_random_lines():
    rnd = random.Random(14)
    alphabet = "aAbcghHtTpsSſİıK.:/@|•·›»©()\t \u3000\xa0年月日的了是のは1209,;，、?!。Ωщ_-"
    lines = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 60))) for _ in range(3000)]
    _assert_same(lines, (None, "en", "zh"))


def test_token_weights_start_again_beyond_their_bound(monkeypatch):
    stop, cjk_fn = linescorer._function_words("en")
    line = "Shares of the harbour company rose sharply on Monday"
    before = linescorer._line_terms_fast(line, stop, cjk_fn)
    monkeypatch.setattr(linescorer, "TOKEN_CACHE", 0)
    linescorer._trim_token_weights()
    assert all(not cache for cache in linescorer._token_weights().values())
    assert linescorer._line_terms_fast(line, stop, cjk_fn) == before == _plain(line, stop, cjk_fn)


BENCH = SHARED / "bench"


@needs_shared(BENCH / "readability", BENCH / "harm_dev")
def test_the_fast_terms_are_the_plain_ones_on_real_text():
    paths = sorted((BENCH / "readability").glob("*/noisy.txt"))[::4]
    paths += sorted((BENCH / "harm_dev").glob("*/**/*.txt"))[::60]
    lines = [s for path in paths for s in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    _assert_same(lines, (None, "en"))


def _page(name: str) -> list[str]:
    return [raw[2:] for raw in (DATA / "linescorer" / name).read_text(encoding="utf-8").splitlines()]


def test_the_language_is_asked_for_only_when_the_text_is_worth_scoring():
    asked = []

    def lang():
        asked.append(1)
        return "fr"

    paragraphs = [s for s in _page("fr_clean.txt") if linescorer._paragraph(s.strip())] * 2
    assert len(paragraphs) >= linescorer.MIN_LINES
    assert linescorer.scan(paragraphs, lang) == linescorer.scan(paragraphs, "fr") == ([], [])
    assert asked == []
    fragment = ["Home", "About", "Contact"]
    assert linescorer.scan(fragment, lang) == ([], []) and asked == []
    page = _page("de_news.txt")
    linescorer._SETTLED.clear()
    with_function = linescorer.scan(page, lambda: "de")
    linescorer._SETTLED.clear()
    assert with_function == linescorer.scan(page, "de") and with_function[0]
    assert linescorer.chrome_spans(page, lambda: "de") == with_function[0]


@pytest.mark.parametrize("name", ["de_news.txt", "zh_news.txt", "en_tables.txt"])
def test_a_settled_text_gives_what_scanning_it_again_gives(name):
    page = _page(name)
    lang = name[:2]
    delete, _ = linescorer.scan(page, lang)
    gone = {i for span in delete for i in range(span.first, span.last + 1)}
    left = [s for i, s in enumerate(page) if i not in gone]
    remembered = linescorer.scan(left, lang)
    linescorer._SETTLED.clear()
    assert linescorer.scan(left, lang) == remembered and remembered[0] == []


def _function_counts_plain(s: str) -> tuple[int, int, int, int]:
    """How known_language counted a line's words and function words, word by word."""
    words = hits = cjk = fn = 0
    for w in linescorer._WORD.findall(s):
        if linescorer._CJK_RUN.fullmatch(w):
            continue
        words += 1
        hits += w.lower() in linescorer._STOP_ALL
    for run in linescorer._CJK_RUN.findall(s):
        cjk += len(run)
        fn += sum(1 for ch in run if ch in linescorer._CJK_FN_ALL)
    return words, hits, cjk, fn


def test_function_counts_read_from_the_shared_tokens_are_the_plain_ones():
    lines = list(EDGES) + _example_lines()
    lines += ["Der Zug fährt nicht", "這是中文的句子", "ИСТОРИЯ и Москва", "The THE tHe"]
    for s in lines:
        s = s.strip()
        if s:
            assert linescorer._function_counts(s) == _function_counts_plain(s), s
