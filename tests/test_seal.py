"""The seal of the shipped boilerplate rule files: current, honoured only for the package's own
unchanged files, and never a way around checking a rule."""

from __future__ import annotations

import shutil

import pytest

from cleaner import cache
from cleaner.passes.boilerplate import rules as bp_rules
from cleaner.passes.boilerplate import seal
from cleaner.rulefile import RuleSetError, builtin_rules_dir
from cleaner.rules import load_rules


@pytest.fixture
def cache_on(tmp_path, monkeypatch):
    """A fresh, empty cache: the seal is the only thing that can spare a check."""
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(cache.ENV_OFF, raising=False)


@pytest.fixture
def checked(monkeypatch):
    """The ids of the rules whose examples were run in this test."""
    ran: list[str] = []
    original = bp_rules._Entry.run_examples

    def run_examples(self, holds, examples, counters):
        ran.append(self.entry)
        return original(self, holds, examples, counters)

    monkeypatch.setattr(bp_rules._Entry, "run_examples", run_examples)
    return ran


def test_the_shipped_seal_is_current():
    assert seal._seal(), "cleaner/data/boilerplate-seal.json is missing or was written by other code"
    assert seal.current() == {"format": seal.FORMAT, "code": seal.code_digest(), "files": seal._seal()}, (
        "a shipped boilerplate rule file or the code that checks it changed: run "
        "`python -m cleaner.passes.boilerplate.reseal` (it checks every rule first)")


def test_every_shipped_rule_passes_its_examples_checked_from_scratch(monkeypatch, checked):
    monkeypatch.setenv(cache.ENV_OFF, "1")  # no cache, no seal: every rule is checked
    rules = load_rules().get("boilerplate")
    assert rules
    assert len(checked) >= len(rules)


def test_sealed_files_are_not_checked_again(cache_on, checked):
    rules = load_rules().get("boilerplate")
    assert rules and checked == []


def test_a_copy_of_a_shipped_file_elsewhere_is_checked(cache_on, checked, tmp_path):
    user = tmp_path / "rules"
    user.mkdir()
    source = sorted(builtin_rules_dir().glob("boilerplate*.toml"))[0]
    shutil.copy(source, user / source.name)
    assert not seal.sealed(user / source.name)
    load_rules(user)
    assert checked, "a user's rule file must have its examples run, whatever its text"


def test_an_edited_shipped_file_is_checked_and_refused(cache_on, tmp_path, monkeypatch):
    """A shipped directory whose file no longer has the sealed text: its rules are checked, and
    a broken example is an error as in any rule file."""
    root = tmp_path / "shipped"
    shutil.copytree(builtin_rules_dir(), root)
    monkeypatch.setattr("cleaner.rulefile.builtin_rules_dir", lambda: root)
    path = sorted(root.glob("boilerplate*.toml"))[0]
    assert seal.sealed(path)
    text = path.read_text(encoding="utf-8")
    marker = 'examples = ["'
    assert marker in text
    path.write_text(text.replace(marker, marker + "Nothing like chrome at all, a sentence of news. ", 1),
                    encoding="utf-8")
    assert not seal.sealed(path)
    with pytest.raises(RuleSetError, match="example does not match"):
        load_rules()


def test_a_seal_of_other_code_vouches_for_nothing(monkeypatch):
    monkeypatch.setattr(seal, "code_digest", lambda: "other code")
    seal._seal.cache_clear()
    try:
        path = sorted(builtin_rules_dir().glob("boilerplate*.toml"))[0]
        assert not seal.sealed(path)
    finally:
        monkeypatch.undo()
        seal._seal.cache_clear()
