"""--site-repetition on a folder of pages from one site: the site's chrome goes, each deletion
recorded; without the flag, or in a folder of too few pages, nothing of it goes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from test_site_repetition import HEADLINES  # the same six pages' titles

# Chrome of this one site, which no built-in rule knows.
CHROME = ["Gazette Plus members read without limits", "Harbour Gazette, Quay Street 4, Portsmouth"]


def page(i: int) -> str:
    h = HEADLINES[i]
    body = (f"{h} was confirmed by officials on Monday, who said the decision followed months of talks "
            "with unions, companies and residents, and that details would follow later this week.")
    return f"{h}\n\n{body}\n\n" + "\n".join([CHROME[0], HEADLINES[(i + 1) % 6], HEADLINES[(i + 2) % 6], CHROME[1]]) + "\n"


@pytest.fixture()
def site(tmp_path):
    folder = tmp_path / "example.com"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i}.txt").write_text(page(i), encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_sites_chrome_goes_with_a_record(site, tmp_path, jobs):
    report = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["clean", "--site-repetition", "--jobs", jobs, "--report", str(report), str(site)])
    assert result.exit_code == 0, result.output
    for i in range(6):
        text = (site / f"{i}.txt").read_text(encoding="utf-8")
        assert text.startswith(HEADLINES[i] + "\n\n") and not any(c in text for c in CHROME)
        assert sum(h in text for h in HEADLINES) == 1  # its own title stays, the others' go
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert {r["rule"] for r in records} >= {"site-repetition"}
    assert all("documents of this site" in r["reason"] for r in records if r["rule"] == "site-repetition")


def test_without_the_flag_the_chrome_stays(site):
    before = {p.name: p.read_text(encoding="utf-8") for p in site.iterdir()}
    result = CliRunner().invoke(app, ["clean", str(site)])
    assert result.exit_code == 0, result.output
    assert {p.name: p.read_text(encoding="utf-8") for p in site.iterdir()} == before


def test_the_setting_turns_it_on_and_the_flag_off(site):
    (site / "pyproject.toml").write_text("[tool.cleaner]\nsite-repetition = true\n", encoding="utf-8")
    off = CliRunner().invoke(app, ["clean", "--check", "--no-site-repetition", str(site)])
    assert off.exit_code == 0, off.output
    on = CliRunner().invoke(app, ["clean", "--check", str(site)])
    assert on.exit_code == 1 and on.stdout.count("would clean") == 6


def test_a_folder_of_too_few_pages_is_no_site(tmp_path):
    folder = tmp_path / "few"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(page(i), encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "--check", "--site-repetition", str(folder)])
    assert "would clean" not in result.stdout


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_json_lines_records_are_grouped_by_the_host_of_their_url(tmp_path, source):
    records = [{"id": f"a{i}", "url": f"https://www.gazette.example/news/{i}", "text": page(i)} for i in range(6)]
    records += [{"id": f"b{i}", "url": f"https://other.example/{i}", "text": page(i)} for i in range(3)]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    src = tmp_path / "in.jsonl"
    src.write_bytes(data)
    args = ["clean", "--site-repetition", "--jsonl", str(src) if source == "file" else "-"]
    result = CliRunner().invoke(app, args, input=data if source == "stdin" else None)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in out] == [r["id"] for r in records]
    for r, before in zip(out, records):
        if r["id"].startswith("a"):  # six pages of one site: its chrome goes
            assert not any(c in r["text"] for c in CHROME) and r["text"].startswith(before["text"].split("\n")[0])
        else:  # three pages of another: a site too small to tell
            assert r["text"] == before["text"]


def test_suggested_rules_saved_as_a_site_rule_file_remove_the_same_chrome(site, tmp_path):
    suggested = CliRunner().invoke(app, ["suggest", "--min-files", "4", str(site)])
    assert suggested.exit_code == 0, suggested.output
    assert "boilerplate-site-<host>.toml" in suggested.stdout
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "boilerplate-site-gazette.example.toml").write_text(suggested.stdout, encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "--rules", str(rules), str(site)])
    assert result.exit_code == 0, result.output
    for i in range(6):
        text = (site / f"{i}.txt").read_text(encoding="utf-8")
        assert text.startswith(HEADLINES[i]) and not any(c in text for c in CHROME)
