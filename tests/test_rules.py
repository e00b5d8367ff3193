"""Loading and layering rule directories (the mechanism shared by every kind of rule file)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cleaner import rules as R
from cleaner.cli import app


def _parse(path, data, problems):
    for entry in data.get("item", []):
        if R.check_table(entry, required={"id": str, "value": str}, optional={}, path=path,
                         entry=entry.get("id", "?") if isinstance(entry, dict) else "?", problems=problems):
            yield entry["id"], entry["value"]


@pytest.fixture
def test_kind(monkeypatch):
    monkeypatch.setattr(R, "KINDS", R.KINDS + (TEST_KIND,))


TEST_KIND = R.RuleKind("testkind", ("testkind*.toml",), _parse)


def test_the_loader_reads_the_kinds_it_is_given(tmp_path):
    d = write(tmp_path / "r", "testkind.toml", '[[item]]\nid = "x"\nvalue = "1"\n')
    assert R.read_rules([d], [TEST_KIND], builtin=False).get("testkind") == {"x": "1"}
    assert R.read_rules([d], [], builtin=False).get("testkind") == {}


def test_the_kinds_are_those_of_the_pass_list():
    from cleaner.passes import PASSES

    assert [k.name for k in R.KINDS] == [k.name for p in PASSES for k in p.kinds]
    assert {"boilerplate", "names", "names-options", "cjk_glossary"} <= {k.name for k in R.KINDS}


def write(d, name, text):
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_text(text, encoding="utf-8")
    return d


def test_later_directories_replace_entries_with_the_same_key(tmp_path, test_kind):
    a = write(tmp_path / "a", "testkind.toml", '[[item]]\nid = "x"\nvalue = "from a"\n[[item]]\nid = "y"\nvalue = "only a"\n')
    b = write(tmp_path / "b", "testkind-more.toml", '[[item]]\nid = "x"\nvalue = "from b"\n')
    rs = R.load_rules(a, b, builtin=False)
    assert rs.get("testkind") == {"x": "from b", "y": "only a"}
    assert rs.origins["testkind"]["x"].endswith("testkind-more.toml")


def test_unknown_files_are_ignored_with_a_warning(tmp_path, test_kind):
    d = write(tmp_path / "r", "notes.toml", "x = 1\n")
    rs = R.load_rules(d, builtin=False)
    assert any("notes.toml: ignored" in w for w in rs.warnings)


def test_all_problems_are_reported_together_with_file_entry_and_line(tmp_path, test_kind):
    d = write(tmp_path / "r", "testkind-a.toml", "[[item]]\nid = 'x'\nvalue = = 'broken'\n")
    write(d, "testkind-b.toml", "[[item]]\nid = 'y'\nvalu = 'typo'\n[[item]]\nid = 'z'\nvalue = 3\n")
    with pytest.raises(R.RuleSetError) as info:
        R.load_rules(d, builtin=False)
    problems = [str(p) for p in info.value.problems]
    assert any("testkind-a.toml" in p and "TOML syntax error" in p and "line 3" in p for p in problems)
    assert any("testkind-b.toml: y: missing field 'value'" in p for p in problems)
    assert any("testkind-b.toml: y: unknown field 'valu'" in p for p in problems)
    assert any("testkind-b.toml: z: field 'value' must be a string" in p for p in problems)


def test_duplicate_id_in_one_file(tmp_path, test_kind):
    d = write(tmp_path / "r", "testkind.toml", "[[item]]\nid = 'x'\nvalue = '1'\n[[item]]\nid = 'x'\nvalue = '2'\n")
    with pytest.raises(R.RuleSetError, match="duplicate id"):
        R.load_rules(d, builtin=False)


def test_missing_rules_directory(tmp_path):
    with pytest.raises(R.RuleSetError, match="rules directory not found"):
        R.load_rules(tmp_path / "nope")


def test_cli_bad_rule_dir_exits_2_before_touching_files(tmp_path, test_kind):
    d = write(tmp_path / "r", "testkind.toml", "not toml [\n")
    article = tmp_path / "a.txt"
    article.write_text("trailing   \n", encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "--rules", str(d), str(article)])
    assert result.exit_code == 2
    assert "testkind.toml" in result.stderr and "line 1" in result.stderr
    assert article.read_text(encoding="utf-8") == "trailing   \n"


@pytest.mark.parametrize("nested", ["a = " + "[" * 10_000 + "]" * 10_000, "a = " + "{b = " * 5_000 + "1" + "}" * 5_000])
def test_deeply_nested_toml_is_a_rule_file_error_naming_the_file(tmp_path, nested):
    d = write(tmp_path / "r", "boilerplate-deep.toml", nested + "\n")
    with pytest.raises(R.RuleSetError) as info:
        R.load_rules(d)
    (problem,) = info.value.problems
    assert problem.file.endswith("boilerplate-deep.toml")
    assert "nested too deeply" in problem.message


def test_check_table_reports_every_problem_of_an_entry(tmp_path):
    problems = R.Problems()
    ok = R.check_table({"value": 3, "colour": "red", "size": 1}, required={"id": str, "value": str},
                       optional={"size": str}, path=tmp_path / "x.toml", entry="e", problems=problems)
    assert not ok
    messages = [p.message for p in problems.items]
    assert any("missing field 'id'" in m for m in messages)
    assert any("field 'value' must be a string" in m for m in messages)
    assert any("unknown field 'colour'" in m for m in messages)
    assert any("field 'size' must be a string" in m for m in messages)
