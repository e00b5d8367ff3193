"""A large rule table (the concept table) is parsed on first use: always when it is only the
package's own files, and with a user's file over it once the cache says that exactly these files
load cleanly; anything else is parsed, and refused, at load as before."""

from __future__ import annotations

import pytest

from cleaner import cache
from cleaner.passes import cjk_glossary
from cleaner.rules import RuleSetError, load_rules

KIND = cjk_glossary.NAME
BROKEN = 'terms = [\n  { zh = "赛道", en = "x racetrack" },\n]\n'
LOCAL = 'terms = [\n  { zh = "测试词", en = "n test word" },\n]\n'


@pytest.fixture()
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache directory, and a way to start over as a new process would (no stores in memory)."""
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CLEANER_NO_CACHE", raising=False)
    cache._stores.clear()

    def new_process() -> None:
        cache._stores.clear()

    yield new_process
    cache._stores.clear()


def _glossary_dir(tmp_path, text: str):
    rules = tmp_path / "rules"
    (rules / "glossary").mkdir(parents=True, exist_ok=True)
    (rules / "glossary" / "concepts-local.toml").write_text(text, encoding="utf-8")
    return rules


def test_the_built_in_table_is_parsed_on_first_use_cold_or_warm_with_the_same_entries(fresh_cache, tmp_path):
    cold = load_rules()
    assert KIND in cold._deferred and KIND not in cold.items  # nothing parsed yet, with an empty cache
    fresh_cache()
    warm = load_rules()
    assert KIND in warm._deferred
    # the same entries, in the same order, as a table that a user's (empty) file forces to load now
    eager = load_rules(_glossary_dir(tmp_path, "terms = []\n"))
    assert KIND not in eager._deferred and eager.items[KIND]
    assert list(warm.get(KIND)) == list(cold.get(KIND)) == list(eager.get(KIND))
    assert warm.origins[KIND] == cold.origins[KIND] == eager.origins[KIND] and not warm._deferred


def test_without_the_cache_a_user_table_is_parsed_at_load(fresh_cache, monkeypatch, tmp_path):
    rules = _glossary_dir(tmp_path, LOCAL)
    load_rules(rules)
    fresh_cache()
    monkeypatch.setenv("CLEANER_NO_CACHE", "1")
    assert KIND not in load_rules(rules)._deferred
    assert KIND in load_rules()._deferred  # the package's own table still waits for its first use


def test_a_broken_built_in_table_is_reported_when_first_used(fresh_cache, monkeypatch, tmp_path):
    from cleaner import rulefile

    shipped = tmp_path / "shipped"
    (shipped / "glossary").mkdir(parents=True)
    (shipped / "glossary" / "concepts-shipped.toml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.setattr(rulefile, "builtin_rules_dir", lambda: shipped)
    ruleset = load_rules()
    assert KIND in ruleset._deferred
    with pytest.raises(RuleSetError) as found:
        ruleset.get(KIND)
    assert "concepts-shipped.toml" in str(found.value)


def test_a_changed_file_is_parsed_and_refused_at_load_even_with_a_warm_cache(fresh_cache, tmp_path):
    rules = _glossary_dir(tmp_path, LOCAL)
    load_rules(rules)
    fresh_cache()
    warm = load_rules(rules)
    assert KIND in warm._deferred
    assert any("测试词" in key for key in warm.get(KIND))
    (rules / "glossary" / "concepts-local.toml").write_text(BROKEN, encoding="utf-8")
    fresh_cache()
    with pytest.raises(RuleSetError) as found:
        load_rules(rules)
    assert "concepts-local.toml" in str(found.value)


def test_the_cached_fact_names_the_files_it_covers(fresh_cache, tmp_path):
    """A verdict for the built-in table says nothing about a table with a user file over it."""
    load_rules()
    fresh_cache()
    assert KIND in load_rules()._deferred
    fresh_cache()
    layered = load_rules(_glossary_dir(tmp_path, LOCAL))
    assert KIND not in layered._deferred
