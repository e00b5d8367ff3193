"""The start-up work's fast paths, each against the plain way it replaces.

- The boilerplate set scans lines with their whitespace written as spaces and holds loose
  patterns (``pattern.set_form``): every rule's verdict on every line is the verdict of the rule's
  exact pattern compiled alone on the line as it is.
- A pattern with its long bounded repeats opened (``translate(open_from=...)``) means the same as
  the exact one on lines no longer than the bound.
- The examples are checked through the set, and a broken rule is still reported as before.
- The names table compiles its regexes on first use; a short text with none of its forms has no
  candidates. Module-level regexes compiled on use behave as the compiled ones.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import pattern as rp
from cleaner.passes.boilerplate import Matcher, _matcher
from cleaner.rules import default_rules

from helpers import ROOT, SEEDS, SHARED, needs_shared

RULES = _matcher(default_rules()).rules
WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def _exact(pattern: str, whole: bool = True):
    compiled = rp.compile(pattern)
    return rp.tester(compiled, whole=whole)


PLAIN = [(rule, [(_exact(v.pattern), [_exact(r, False) for r in v.requires], [_exact(u, False) for u in v.unless])
                 for v in rule.pattern.variants]) for rule in RULES]


def plain(line: str) -> list[str]:
    """Every rule alone, its exact patterns compiled alone, on the line as it is."""
    data = rp.encode(line)
    return [rule.id for rule, variants in PLAIN
            if line and len(line) <= rule.max_length
            and any(p(data) and all(r(data) for r in req) and not any(u(data) for u in unl) for p, req, unl in variants)]


def _rule_lines() -> list[str]:
    import tomllib

    out = []
    for path in sorted((ROOT / "rules").glob("boilerplate*.toml")):
        for rule in tomllib.loads(path.read_text(encoding="utf-8")).get("rule", []):
            out += [s.strip() for s in rule.get("examples", []) + rule.get("counter_examples", [])]
    return out


RULE_LINES = _rule_lines()
# Each line again with its spaces written as other whitespace (tab, no-break space, ideographic
# space, ...), and with whitespace glued on inside: the set sees all of them as U+0020.
SPACED = ["\t", "\u00a0", "\u3000", "\u2003", "\u202f", "\x0b", "\x1f", "\u2028", "\x85"]


def _respaced(lines: list[str]) -> list[str]:
    out = []
    for k, line in enumerate(lines):
        ws = SPACED[k % len(SPACED)]
        out.append(line.replace(" ", ws))
        out.append(line.replace(" ", " " + ws, 1))
        out.append(ws.join(line.split(" ", 2)[:2]) + " tail")
    return [s.strip() for s in out if s.strip()]


def test_the_whitespace_of_the_spaced_form_is_pythons():
    assert sorted(rp.SPACE_POINTS) == [ord(c) for c in WHITESPACE]
    assert rp.OTHER_SPACE == {c for c in rp.SPACE_POINTS if c >= 0x80}
    assert not any(chr(c).isprintable() for c in rp.OTHER_SPACE)  # (spaces skips printable text)
    text = "".join(WHITESPACE) + "a\u00e9\u4e2d\ud800"
    spaced = rp.spaces(text)
    assert len(spaced) == len(text)
    assert all(s == (" " if c.isspace() and not c.isascii() else c) for c, s in zip(text, spaced))
    assert rp.spaces("a\u00a0b") == "a b" and rp.spaces("a\tb") == "a\tb"


def test_every_rule_on_its_examples_and_their_respaced_forms():
    lines = RULE_LINES + _respaced(RULE_LINES)
    assert len(lines) > 1000
    matcher = Matcher(RULES)
    wrong = [(s, got, want) for s in lines if (got := [r.id for r in matcher.matches(s)]) != (want := plain(s))]
    assert not wrong, wrong[:5]
    assert any(plain(s) for s in _respaced(RULE_LINES))  # (the respaced lines do reach rules)


@needs_shared(SHARED / "bench")
def test_every_rule_on_real_lines_and_their_respaced_forms():
    lines: set[str] = set()
    for path in sorted((SHARED / "bench").rglob("*.txt"))[:300] + sorted(SEEDS.rglob("*.txt")):
        lines.update(ln.strip() for ln in path.read_text(encoding="utf-8", errors="replace").splitlines())
    short = sorted(ln for ln in lines if 0 < len(ln) <= 200)
    sample = short + _respaced(short[::7])
    matcher = Matcher(RULES)
    wrong = [(s, got, want) for s in sample if (got := [r.id for r in matcher.matches(s)]) != (want := plain(s))]
    assert not wrong, wrong[:5]


ATOMS = [r"a", r"b", r"\s", r"\S", r".", r" ", r"\t", r"\u00a0", r"[ab]", r"[ \t]", r"[\s,]", r"[^a]", r"[^\s]",
         r"[a-c\u3000]", r"\d", r"\w", r"\W", r"(?:a|\s)", r"[\x09-\x0d]", r"\p{L}", r"[^\t]", r"\n", r"[^ b]",
         r"[\u00a0\t]", r"[ -!]", "\u3000", "\t"]
REPEATS = ["", "*", "+", "?", "{0,2}", "{1,3}", "{2}", "{0,1}"]
LINE_CHARS = "ab c1,\t\u00a0\u3000\u2028\x0b\u00e9\u4e2d-"


@st.composite
def patterns(draw):
    parts = draw(st.lists(st.tuples(st.sampled_from(ATOMS), st.sampled_from(REPEATS)), min_size=1, max_size=5))
    body = "".join(a + r for a, r in parts)
    if draw(st.booleans()):
        body = f"(?:{body})|" + draw(st.sampled_from(ATOMS))
    return body


@settings(max_examples=400, deadline=None)
@given(patterns(), st.lists(st.text(alphabet=LINE_CHARS, max_size=8), min_size=1, max_size=8))
def test_a_set_form_matches_all_the_pattern_matches_and_exactly_so_up_to_its_limit(pattern, lines):
    import re2

    exact = _exact(pattern)
    form = rp.set_form(pattern)
    if form is None:  # a construct the spaced form does not vouch for: the set scans lines as they are
        assert re.search(r"\[\^[^\]]*(?: |\\u00a0)", pattern), pattern
        return
    text, limit = form
    spaced = rp.tester(re2.compile(text, rp.options()), whole=True)
    for line in lines:
        want = exact(rp.encode(line))
        got = spaced(rp.encode(rp.spaces(line)))
        assert got or not want, (pattern, text, line)  # never less than the pattern
        if len(line) <= limit:
            assert got == want, (pattern, text, limit, line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([r"a", r"b", r".", r"[ab ]", r"\s", r"(?:ab|c)"]),
                          st.sampled_from(["{0,2}", "{1,4}", "{0,7}", "{3,5}", "*", ""])), min_size=1, max_size=4),
       st.text(alphabet="abc ", max_size=12), st.integers(min_value=0, max_value=9))
def test_opened_repeats_mean_the_same_on_lines_no_longer_than_the_bound(parts, line, open_from):
    pattern = "".join(a + r for a, r in parts)
    exact = _exact(pattern)
    opened = rp.tester(rp.compile(pattern, open_from), whole=True)
    data = line.encode("utf-8")
    if len(line) <= open_from:
        assert opened(data) == exact(data), (pattern, line, open_from)
    else:
        assert opened(data) or not exact(data)


def test_a_pattern_set_form_that_cannot_be_vouched_for_makes_the_set_scan_lines_as_they_are(tmp_path):
    """[^ ] holds the no-break space but not the space it is written as on the set's side."""
    from cleaner.rules import load_rules

    (tmp_path / "boilerplate-local.toml").write_text(
        '[[rule]]\nid = "unspaced-label"\nscope = "line"\npattern = \'\'\'label:[^ ]+\'\'\'\n'
        'examples = ["label:x\\u00a0y"]\ncounter_examples = ["label:x y"]\n', encoding="utf-8")
    rules = load_rules(tmp_path).get("boilerplate").values()
    matcher = Matcher(rules)
    assert "unspaced-label" in [r.id for r in matcher.matches("label:x\u00a0y")]
    assert "unspaced-label" not in [r.id for r in matcher.matches("label:x y")]
    assert not matcher._spaced


# -- the examples, checked through the set ------------------------------------------------------
BROKEN = '''
[[rule]]
id = "widget-line"
scope = "line"
pattern = 'foo\\s+widget\\s+\\d{1,3}'
examples = ["Foo widget 12", "Foo widget 1234"]
counter_examples = ["Foo\\twidget 7"]
'''


@pytest.mark.parametrize("whole_set", [True, False])
def test_failing_examples_are_reported_with_the_set_and_without_it(tmp_path, monkeypatch, whole_set):
    from cleaner import cache
    from cleaner.passes.boilerplate import matcher as matcher_module
    from cleaner.rules import RuleSetError, load_rules

    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "_stores", {})
    if not whole_set:  # the set does not compile as a whole: each rule is checked alone
        def fail(self):
            raise rp.error("failed to compile Set")
        monkeypatch.setattr(matcher_module.Matcher, "_build", fail)
    (tmp_path / "boilerplate-local.toml").write_text(BROKEN, encoding="utf-8")
    with pytest.raises(RuleSetError) as found:
        load_rules(tmp_path)
    messages = [p.message for p in found.value.problems]
    assert messages == ["example does not match: 'Foo widget 1234'", "counter-example matches: 'Foo\\twidget 7'"]


def test_the_set_built_to_check_the_examples_is_the_one_that_matches(tmp_path, monkeypatch):
    from cleaner import cache
    from cleaner.rules import load_rules

    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "_stores", {})
    monkeypatch.setattr("cleaner.passes.boilerplate.seal.sealed", lambda path: False)  # every example checked
    cold = load_rules()
    matcher = _matcher(cold)
    assert matcher._set is not None  # built while checking, not again
    assert [r.id for r in matcher.matches("Share this:")] == plain("Share this:")
    monkeypatch.setattr(cache, "_stores", {})
    warm = load_rules()
    assert _matcher(warm)._set is None  # nothing to check: built on the first line that needs it
    assert [r.id for r in _matcher(warm).matches("Share this:")] == plain("Share this:")


# -- names and lazily compiled regexes ---------------------------------------------------------
def test_the_names_table_compiles_on_use_and_finds_what_its_regex_finds():
    from cleaner.passes.names import NAME, _build

    rules = default_rules()
    table = _build(rules)
    assert "regex" not in table.__dict__ and "native_regex" not in table.__dict__
    texts = ["Hello world.", "The founder said nothing.", "Jack Ma spoke.", f"{table.variant_forms[0]} spoke."]
    assert table.variants_in(texts[0]) == [] and "regex" not in table.__dict__
    plain_regex = re.compile(rf"(?:{__import__('cleaner.trie', fromlist=['x']).trie_pattern(table.variant_forms)})(?![\w\-])")
    for text in texts + ["x" * 5000 + table.variant_forms[-1]]:
        fresh = _build(rules)
        assert [m.span() for m in fresh.variants_in(text)] == [m.span() for m in plain_regex.finditer(text)]
    assert rules.get(NAME)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \u4e2d\u00e9Aé\u0201", max_size=20))
def test_a_regex_compiled_on_use_answers_as_the_compiled_one(text):
    from cleaner.unicode import LATIN, CompiledOnUse

    for source, flags in ((f"[{LATIN}]+", 0), (r"\b(?:a|b)\b", re.IGNORECASE), ("(a)|(中)", 0)):
        lazy, compiled = CompiledOnUse(source, flags), re.compile(source, flags)
        assert lazy.search(text) == compiled.search(text) or lazy.search(text).span() == compiled.search(text).span()
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert lazy.findall(text) == compiled.findall(text)
        assert lazy.sub("-", text) == compiled.sub("-", text)
        assert lazy.split(text) == compiled.split(text)
        assert lazy.pattern == compiled.pattern


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=30))
def test_the_script_of_ascii_text_is_told_as_by_the_latin_class(text):
    from cleaner.lang import detect_script
    from cleaner.unicode import LATIN

    assert detect_script(text) == ("Latn" if re.search(f"[{LATIN}]", text) else "Zyyy")


def test_range_tests_agree_with_the_classes_they_stand_for():
    """is_cjk and all_han test code point ranges instead of compiling ``[CJK]`` and ``[HAN]+``."""
    from cleaner.unicode import CJK, HAN, all_han, is_cjk

    cjk, han = re.compile(f"[{CJK}]"), re.compile(f"[{HAN}]+")
    for code in [*range(0x30000), 0xE0001, 0x10FFFF]:  # (every range lies below U+30000)
        ch = chr(code)
        assert is_cjk(ch) == bool(cjk.match(ch)), hex(code)
        assert all_han(ch) == bool(han.fullmatch(ch)), hex(code)
    for text in ["", "中国", "中a", "𠀀中", "가나", "々"]:
        assert all_han(text) == bool(han.fullmatch(text)), text
