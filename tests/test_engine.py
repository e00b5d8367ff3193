"""The boilerplate matching engine (one RE2 set over all rules) agrees with the plain way: each
rule's pattern and conditions evaluated one by one with Python's ``re``, which reads the same
syntax (verbose mode, Unicode ``\\s``/``\\d``/``\\w``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.boilerplate import Matcher, _matcher
from cleaner.rules import default_rules

from helpers import ROOT, SEEDS, SHARED, needs_shared

MATCHER = _matcher(default_rules())
RULES = MATCHER.rules


def _python(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


PLAIN = [(rule, [(_python(v.pattern), [_python(r) for r in v.requires], [_python(u) for u in v.unless])
                 for v in rule.pattern.variants]) for rule in RULES]


def plain(line: str) -> list[str]:
    """Every rule, one by one, with Python's re."""
    out = []
    for rule, variants in PLAIN:
        if not line or len(line) > rule.max_length:
            continue
        if any(p.fullmatch(line) and all(r.search(line) for r in req) and not any(u.search(line) for u in unl)
               for p, req, unl in variants):
            out.append(rule.id)
    return out


def engine(line: str) -> list[str]:
    return [r.id for r in MATCHER.matches(line)]


def _rule_strings() -> list[str]:
    import tomllib

    out = []
    for path in sorted((ROOT / "rules").glob("boilerplate*.toml")):
        for rule in tomllib.loads(path.read_text(encoding="utf-8")).get("rule", []):
            out += [s.strip() for s in rule.get("examples", []) + rule.get("counter_examples", [])]
    return out


RULE_STRINGS = _rule_strings()


def _lines(paths) -> list[str]:
    lines = set()
    for p in paths:
        if p.is_file():
            lines.update(ln.strip() for ln in p.read_text(encoding="utf-8", errors="replace").splitlines())
    return sorted(ln for ln in lines if ln)


def test_every_rule_example_and_counter_example():
    assert len(RULE_STRINGS) > 300
    wrong = [(s, engine(s), plain(s)) for s in RULE_STRINGS if engine(s) != plain(s)]
    assert not wrong, wrong[:5]


def test_every_line_of_the_samples_and_seeds():
    lines = _lines(sorted(ROOT.glob("samples/*/*.txt")) + (sorted(SEEDS.glob("*")) if SEEDS.is_dir() else []))
    assert len(lines) > 200
    wrong = [(s, engine(s), plain(s)) for s in lines if engine(s) != plain(s)]
    assert not wrong, wrong[:5]


@needs_shared(SHARED / "bench")
def test_lines_of_real_web_text_and_translations():
    """Short lines of the bench (web pages, readability windows, MT output, clean text in 12
    languages): every third one, so the plain way stays quick."""
    paths = [p for p in sorted((SHARED / "bench").rglob("*")) if p.suffix in (".txt", ".md")]
    lines = [s for s in _lines(paths) if len(s) <= 200][::3]
    assert len(lines) > 10_000
    found = MATCHER.match_lines(lines)
    wrong = [(s, [r.id for r in f], plain(s)) for s, f in zip(lines, found) if [r.id for r in f] != plain(s)]
    assert not wrong, wrong[:5]
    assert sum(map(bool, found)) > 100  # the rules do fire on real chrome


def test_first_match_is_the_earliest_rule_in_file_order():
    for s in RULE_STRINGS:
        expected = plain(s)
        found = MATCHER.match(s)
        assert (found.id if found else None) == (expected[0] if expected else None), s


# Characters a case-insensitive engine treats specially, edges of scripts, punctuation, spaces.
# (Not the Turkish İ and ı: Python lets them match "i", RE2 does not; see rules/README.md.)
TRICKY = "ſKµΣσςﬁß" + "ÀàÉé" + "。！？…»”’)]）" + "0٣９" + "中文图片分享" + " \t\u00a0\u3000\u2009"
_fragment = st.sampled_from(RULE_STRINGS).map(lambda s: s[: len(s) // 2] if len(s) > 3 else s)


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from(RULE_STRINGS),
    prefix=st.text(alphabet=TRICKY + "abcXYZ", max_size=3),
    suffix=st.text(alphabet=TRICKY + "abcXYZ", max_size=3),
    case=st.sampled_from(["keep", "upper", "lower", "swap", "title"]),
)
def test_mutated_examples(base, prefix, suffix, case):
    s = {"keep": base, "upper": base.upper(), "lower": base.lower(), "swap": base.swapcase(),
         "title": base.title()}[case]
    line = (prefix + s + suffix).strip()
    assert engine(line) == plain(line)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_fragment, st.text(alphabet=TRICKY + "ab", max_size=4)), min_size=1, max_size=4))
def test_glued_fragments(parts):
    line = " ".join(parts).strip()
    assert engine(line) == plain(line)


def test_a_lone_surrogate_matches_like_any_other_character(tmp_path):
    (tmp_path / "boilerplate-mine.toml").write_text(
        "[[rule]]\nid = \"any-tag\"\npattern = '''tag: [^.]{1,20}'''\nscope = \"line\"\nexamples = [\"tag: x\"]\n",
        encoding="utf-8")
    from cleaner.rules import load_rules

    matcher = Matcher(load_rules(tmp_path).get("boilerplate").values())
    line = "tag: caf\udce9"  # an undecodable byte kept by the reader
    assert "any-tag" in [r.id for r in matcher.matches(line)]
    assert "any-tag" not in [r.id for r in matcher.matches("tag: \udce9.")]


def test_user_rule_without_literals_is_still_found(tmp_path):
    (tmp_path / "boilerplate-mine.toml").write_text(
        '[[rule]]\nid = "dash-row"\npattern = \'\'\'[-–—=_*]{3,}\'\'\'\nscope = "line"\n'
        'examples = ["----", "=====", "***"]\n', encoding="utf-8")
    from cleaner.rules import load_rules

    matcher = Matcher(load_rules(tmp_path).get("boilerplate").values())
    assert "dash-row" in [r.id for r in matcher.matches("-----")]
    assert "dash-row" not in [r.id for r in matcher.matches("---- a")]


def test_a_bounded_repeat_stays_bounded(tmp_path):
    """The set opens bounded repeats to compile fast; the exact pattern still decides."""
    (tmp_path / "boilerplate-mine.toml").write_text(
        "[[rule]]\nid = \"short-tag\"\npattern = '''tags?: [a-z]{1,5}'''\nscope = \"line\"\n"
        "examples = [\"tag: abc\"]\ncounter_examples = [\"tag: abcdef\"]\n", encoding="utf-8")
    from cleaner.rules import load_rules

    matcher = Matcher(load_rules(tmp_path).get("boilerplate").values())
    assert "short-tag" in [r.id for r in matcher.matches("Tags: abcde")]
    assert "short-tag" not in [r.id for r in matcher.matches("Tags: abcdef")]


@pytest.mark.parametrize("line", ["", " "])
def test_blank_lines_match_nothing(line):
    assert MATCHER.matches(line.strip()) == []


def test_a_changed_translator_never_reuses_cached_verdicts(tmp_path, monkeypatch):
    """What is cached from the rule files (examples passed, translations) is keyed by the
    translator's own source: a changed translator checks every rule again."""
    from cleaner import cache, pattern
    from cleaner.rulefile import read_rules
    from cleaner.passes.boilerplate import KIND

    from cleaner.passes.boilerplate import rules as rules_module

    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_stores", {})
    monkeypatch.setattr("cleaner.passes.boilerplate.seal.sealed", lambda path: False)  # (the cache's own keys)
    calls = []
    real = rules_module._Entry.run_examples
    monkeypatch.setattr(rules_module._Entry, "run_examples",
                        lambda self, *a: calls.append(self.entry) or real(self, *a))
    read_rules([], [KIND])
    assert calls  # cold: every rule's examples run
    cache.save_all()
    monkeypatch.setattr(cache, "_stores", {})
    calls.clear()
    read_rules([], [KIND])
    assert not calls  # warm: nothing to check again
    monkeypatch.setattr(cache, "_stores", {})
    monkeypatch.setattr(pattern, "_digest", "another translator")
    read_rules([], [KIND])
    assert calls


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab c\u00e9\u4e2d\n", max_size=12), st.sampled_from([r"a+b?", r"(?:ab|c)\s\w*", r"中|é+", r"^$", r"\d*"]))
def test_the_engines_own_match_agrees_with_the_wrapper(text, pat):
    """The tests a rule runs on each line (``pattern.tester``) answer as the RE2 wrapper's
    ``fullmatch`` and ``search`` do."""
    from cleaner import pattern as rp

    compiled = rp.compile(pat)
    data = text.encode("utf-8")
    assert rp.tester(compiled, whole=True)(data) == (compiled.fullmatch(data) is not None)
    assert rp.tester(compiled, whole=False)(data) == (compiled.search(data) is not None)


def test_remembered_answers_are_the_answers(monkeypatch):
    """A line's rules are remembered (chrome recurs across a batch); a small memory that is
    forgotten again and again gives the same answers as the plain way."""
    from cleaner.passes.boilerplate import matcher as matcher_module

    monkeypatch.setattr(matcher_module, "MEMO_LINES", 3)
    fresh = Matcher(RULES)
    lines = [s.strip() for s in RULE_STRINGS[:40]] + ["Share", "A sentence of prose."] * 3
    first = [[r.id for r in found] for found in fresh.match_lines(lines)]
    again = [[r.id for r in found] for found in fresh.match_lines(lines)]
    assert first == again == [plain(line) for line in lines]
    assert len(fresh._memo) <= 3
