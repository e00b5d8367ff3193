"""Markdown: code, HTML, URLs, front matter and table structure are never edited; prose is."""

from __future__ import annotations

import pytest
from helpers import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import clean, replay
from cleaner.markdown import protected_spans

MOJIBAKE = "Alibaba\u00e2\u20ac\u2122s"


def md(text: str) -> str:
    return clean(text, path="article.md").text


@pytest.mark.parametrize("name", ["README.md", "CHANGELOG.md", "rules/README.md"])
def test_the_projects_own_markdown_comes_out_unchanged(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    result = clean(text, path=name)
    assert result.text == text, [(e.rule, e.line, e.before, e.replacement) for e in result.edits][:10]


TABLE = """\
| company | revenue | note |
|---|---:|:---|
| Alibaba | 12 | cloud &amp; AI |
| Tencent | 9 | `a <b>tag</b>` |
"""


def test_table_structure_stays_and_cells_are_cleaned():
    out = md("Results below.\n\n" + TABLE.replace("| Tencent | 9 |", f"| {MOJIBAKE} cloud | 9 |"))
    assert "|---|---:|:---|\n" in out
    assert "| Alibaba’s cloud | 9 | `a <b>tag</b>` |" in out
    assert out.count("|") == TABLE.count("|")


@pytest.mark.parametrize(
    "block",
    [
        "Install it with `pip install .` and run `cleaner clean -` .\n",
        "Escape it as `&amp;` or ``a ` backtick``.\n",
        "The closing tag `</div>` ends the block, he said.\n",
        "```html\n<div class=\"share\">Share</div>\n<p>Comments (3)</p>\n\n\n\nx = 1 ;\n```\n",
        "    indented code   \n    with <b>tags</b> &amp; spaces ,\n",
        "<div align=\"center\">\n  <img src=\"logo.png\" alt=\"Logo\">\n</div>\n",
        "See [the report](https://example.com/a?b=1&amp;c=2 \"Report ?\") and <https://example.com/x?y> .\n",
        "![Photo: Reuters](img/photo.jpg)\n",
        "[ref]: https://example.com/path?x=1&amp;y=2  \"Title\"\n\nSee [the ref][ref].\n",
    ],
)
def test_markup_that_is_not_prose_is_never_edited(block):
    text = "# A title\n\nSome prose.\n\n" + block
    assert md(text) == text


def test_front_matter_stays():
    text = "---\ntitle: Alibaba  \ntags: [cloud, ai]\nsource: “Reuters” ,\n---\n\nProse.\n"
    assert md(text) == text


def test_prose_around_code_is_still_cleaned():
    text = f"{MOJIBAKE} cloud grew &amp; hired, he said `&amp; stays`.   \n\n```\nkeep  \n```\n"
    out = md(text)
    assert out.startswith("Alibaba’s cloud grew &amp; hired, he said `&amp; stays`.\n")
    assert "```\nkeep  \n```\n" in out


def test_the_same_text_as_plain_text_is_cleaned_everywhere():
    text = f"The raw bytes read `{MOJIBAKE}` in the dump.\n"
    assert clean(text, path="article.txt").text != text  # only Markdown knows what backticks mean
    assert md(text) == text


def test_edits_in_markdown_replay_and_settle():
    text = f"{MOJIBAKE} <b>cloud</b>   \n\n" + TABLE + "\n```\n<b>x</b>\n```\n"
    result = clean(text, path="a.md")
    assert replay(text, result.edits) == result.text
    assert clean(result.text, path="a.md").text == result.text


def test_protected_spans_are_sorted_and_disjoint():
    spans = protected_spans("a `b` c `d` [e](f) <g>\n\n```\nh\n```\n" + TABLE)
    assert spans == sorted(spans)
    assert all(a < b <= c for (a, b), (c, _) in zip(spans, spans[1:]))


# -- property: a clean Markdown document with code and tables survives byte-identical ---------
PROSE = st.sampled_from([
    "The company reported higher revenue on Thursday.",
    "Analysts expect growth to slow next year, the report said.",
    "Investors welcomed the news; shares rose 3%.",
    "Le marché a réagi avec prudence, selon les analystes.",
    "Die Regierung hat neue Regeln beschlossen.",
])
# Code and cells hold exactly what the passes would otherwise "fix".
CODE_TEXT = st.lists(
    st.sampled_from(list("ab <>/&;#.,?! \t") + ["&amp;", "<div>", "</p>", "  ", " ,", "赛道", "Ã©", "\u00e2\u20ac\u2122"]),
    max_size=20,
).map("".join)


@st.composite
def markdown_document(draw) -> str:
    blocks = [f"# {draw(PROSE)}"]
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["prose", "inline", "fence", "table", "indented"]))
        if kind == "prose":
            blocks.append(draw(PROSE))
        elif kind == "inline":
            blocks.append(f"{draw(PROSE)} Use `{draw(CODE_TEXT).strip() or 'x'}` here.")
        elif kind == "fence":
            body = "\n".join(draw(st.lists(CODE_TEXT, min_size=1, max_size=4)))
            blocks.append(f"```\n{body}\n```")
        elif kind == "indented":
            body = "\n".join("    " + (line.strip() or "x") for line in draw(st.lists(CODE_TEXT, min_size=1, max_size=3)))
            blocks.append(body)
        else:
            rows = draw(st.lists(st.tuples(PROSE, CODE_TEXT), min_size=1, max_size=3))
            lines = ["| text | code |", "|---|:---:|"]
            lines += [f"| {p} | `{(c.strip().replace('|', '') or 'x')}` |" for p, c in rows]
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_document())
def test_clean_markdown_with_code_and_tables_survives_byte_identical(doc):
    assert md(doc) == doc


# -- real Markdown articles (tests/data/markdown, with their sources and licences) -----------
REAL = sorted((ROOT / "tests" / "data" / "markdown").glob("*.md"))
# Whitespace is all that may change in them: a single trailing space (never a hard break of two).
WHITESPACE_ONLY = {"trailing-whitespace", "blank-lines"}


def test_the_real_articles_are_there():
    assert len(REAL) >= 8


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_a_real_markdown_article_keeps_everything_but_stray_whitespace(path):
    text = path.read_text(encoding="utf-8")
    result = clean(text, path=path.name)
    changed = [(e.rule, e.line, e.before, e.replacement) for e in result.edits if e.rule not in WHITESPACE_ONLY]
    assert changed == []
    for e in result.edits:  # what whitespace went was trailing blanks or extra blank lines, never a hard break
        assert e.replacement == "" and (e.before == " " or set(e.before) == {"\n"}), (e.rule, e.line, e.before)
    assert replay(text, result.edits) == result.text


@pytest.mark.parametrize("name", [
    "rust-book-appendix-02-operators.md",  # tables of code spans, <code>&vert;</code>
    "rust-blog-Rust-1.11.md",  # TOML front matter, a long list of names
    "vue-docs-zh-guide-components-slots.md",  # Chinese prose around Vue code, 、 and ：
    "vue-docs-zh-translations-index.md",  # language names written in their own scripts
    "vue-docs-zh-guide-essentials-template-syntax.md",
])
def test_clean_real_articles_come_out_byte_identical(name):
    text = (ROOT / "tests" / "data" / "markdown" / name).read_text(encoding="utf-8")
    assert md(text) == text


def test_block_quote_markers_are_markdown_not_navigation():
    text = "Intro line of the article.\n\n> First paragraph of the quote.\n>\n> Second paragraph.\n"
    assert md(text) == text


def test_entity_references_in_markdown_are_the_authors_syntax():
    text = "| op | meaning |\n|---|---|\n| <code>&vert;</code> | bitwise OR &amp; more |\n\nUse &lt;div&gt; here &mdash; or not.\n"
    assert md(text) == text


def test_toml_front_matter_is_never_edited():
    text = '+++\ntitle = "Announcing Rust 1.11"\nauthor = "The Rust Core Team"\n+++\n\nThe team is happy to announce it.\n'
    assert md(text) == text
    assert [s for s in protected_spans(text) if s[0] == 0]
