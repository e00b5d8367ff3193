"""The line scorer inside the boilerplate pass (``--line-scorer``, ``line-scorer = true``): rule
``line-scorer``, after the rules, on what they leave; every deletion an edit with its score and
reason, switchable off, idempotent; off by default."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import clean, linescorer
from cleaner.cli import app

from helpers import DATA

EXAMPLES = sorted((DATA / "linescorer").glob("*.txt"))
ON = {"line_scorer": True}


def _page(path: Path) -> tuple[list[str], str]:
    raw = path.read_text(encoding="utf-8").splitlines()
    return [r[:1] for r in raw], "".join(r[2:] + "\n" for r in raw)


def _scorer_edits(result):
    return [e for e in result.edits if e.rule == "line-scorer"]


# A site's own menu (no word a rule knows) and a list of other stories' headlines under no heading:
# chrome only the scorer can tell from the article.
MENU = ["Harbour Life", "Waterfront", "Markets Today", "Arts & Leisure", "Podcasts", "Puzzles", "Weather"]
ARTICLE = [
    "Council approves new budget after long debate",
    "The council approved the new budget on Monday after a long debate over school funding and road repairs"
    " that lasted well into the evening.",
    "Councillors said the plan would raise spending by three percent next year, the first increase since 2019,"
    " and would pay for two new primary schools.",
    "The mayor welcomed the vote and promised that the city would publish a detailed breakdown of the spending"
    " within weeks.",
    "Opposition members said the plan relied on optimistic forecasts of tax income and called for a review in"
    " the autumn.",
    "The budget takes effect in April.",
]
HEADLINES = ["Man arrested after crash on ring road", "School wins national chess title",
             "New cafe opens in old library", "Ferry fares to rise in summer"]
PAGE = "".join(s + "\n" for s in MENU + ARTICLE + HEADLINES + MENU[:4])


def test_the_pipeline_deletes_chrome_with_the_scorer_and_records_each_deletion():
    result = clean(PAGE, lang="en", options=ON)
    edits = _scorer_edits(result)
    assert edits, "the scorer removes chrome the rules leave"
    for e in edits:
        assert e.pass_name == "boilerplate" and e.replacement == ""
        assert "chrome-like" in e.reason and "(score " in e.reason
    gone = "".join(e.before for e in edits)
    assert "Harbour Life" in gone and "Ferry fares" in gone
    kept = result.text.splitlines()
    assert all(line in kept for line in ARTICLE)


def test_what_the_scorer_is_unsure_of_is_reported():
    findings = [f for f in clean(PAGE, lang="en", options=ON).findings if f.rule == "line-scorer"]
    assert findings and all("may be chrome" in f.reason for f in findings)


def test_ignoring_the_rule_switches_the_scorer_off():
    without = clean(PAGE, lang="en", ignore=["line-scorer"], options=ON)
    assert not _scorer_edits(without)
    assert not [f for f in without.findings if f.rule == "line-scorer"]
    assert without.text == PAGE


def test_ignored_scorer_does_not_run(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("the scorer ran although its rule is ignored")

    monkeypatch.setattr(linescorer, "scan", fail)
    assert clean(PAGE, lang="en", ignore=["line-scorer"], options=ON).text == PAGE


def test_off_by_default_and_on_with_the_flag():
    assert not _scorer_edits(clean(PAGE, lang="en"))
    result = CliRunner().invoke(app, ["clean", "-"], input=PAGE.encode())
    assert result.exit_code == 0 and result.stdout == PAGE
    result = CliRunner().invoke(app, ["clean", "--line-scorer", "-"], input=PAGE.encode())
    assert result.exit_code == 0, result.output
    assert "Harbour Life" not in result.stdout and ARTICLE[1] in result.stdout
    result = CliRunner().invoke(app, ["clean", "--line-scorer", "--ignore", "line-scorer", "-"], input=PAGE.encode())
    assert result.exit_code == 0 and result.stdout == PAGE


def test_on_from_the_configuration(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.cleaner]\nline-scorer = true\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", str(page)])
    assert result.exit_code == 0, result.output
    out = page.read_text(encoding="utf-8")
    assert "Harbour Life" not in out and ARTICLE[1] in out
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "--no-line-scorer", str(page)])
    assert result.exit_code == 0 and page.read_text(encoding="utf-8") == PAGE


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_cleaning_twice_changes_nothing_more(path):
    marks, text = _page(path)
    once = clean(text, lang=path.name[:2], options=ON)
    assert clean(once.text, lang=path.name[:2], options=ON).text == once.text
    content = {ln for m, ln in zip(marks, text.splitlines()) if m == "+" and ln.strip()}
    for e in _scorer_edits(once):
        assert not content & set(e.before.splitlines()), e


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_what_the_scorer_leaves_it_leaves_again(path):
    """scan scores a page again after each deletion, so its result is a fixed point."""
    _, text = _page(path)
    lines = text.splitlines()
    gone = {i for first, last, _, _ in linescorer.chrome_spans(lines, path.name[:2]) for i in range(first, last + 1)}
    left = [ln for i, ln in enumerate(lines) if i not in gone]
    assert linescorer.chrome_spans(left, path.name[:2]) == []


def test_a_clean_article_passes_through_unchanged():
    text = "".join(f"{s}\n" for s in [
        "The harbour bridge will close for six weeks of repairs from next Monday, the transport authority said.",
        "Buses will be diverted over the river crossing further north, adding about fifteen minutes to journeys.",
        "The authority said the work could not wait after an inspection found worn joints on the eastern span.",
        "Local traders have asked for compensation, and the council said it would consider the request.",
        "Ferries will run every ten minutes at peak times while the bridge is closed.",
        "The bridge is expected to reopen at the end of April.",
    ])
    assert clean(text, lang="en", options=ON).text == text


def test_in_markdown_the_scorer_only_reports():
    result = clean(PAGE, lang="en", path="page.md", options=ON)
    assert result.text == PAGE
    assert [f for f in result.findings if f.rule == "line-scorer"]


def test_json_lines_records_with_the_flag():
    import json

    record = json.dumps({"id": "1", "text": PAGE}) + "\n"
    result = CliRunner().invoke(app, ["clean", "--jsonl", "-", "--line-scorer"], input=record.encode())
    assert result.exit_code == 0, result.output
    text = json.loads(result.stdout.splitlines()[0])["text"]
    assert "Harbour Life" not in text and ARTICLE[1] in text


def test_datatrove_step_with_the_option():
    pytest.importorskip("datatrove")
    from cleaner.datatrove import CleanerFormatter

    assert "Harbour Life" not in CleanerFormatter(line_scorer=True).format(PAGE)
    assert CleanerFormatter().format(PAGE) == PAGE
