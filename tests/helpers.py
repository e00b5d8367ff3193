"""Paths and helpers shared by the tests."""

from __future__ import annotations

import os
import shutil
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CASES = Path(__file__).resolve().parent / "cases"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def cleaner_executable() -> str:
    """The installed console script, next to this interpreter."""
    candidate = Path(sysconfig.get_path("scripts")) / ("cleaner.exe" if os.name == "nt" else "cleaner")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("cleaner")
    if not found:
        pytest.fail("the `cleaner` command is not installed; run `pip install -e .[test]` first")
    return found


def needs_shared(*paths: Path):
    """Skip (with a reason naming what is missing) a test that reads evaluation data kept outside
    the repository, beside the checkout in ../shared; CI has it, a fresh clone does not."""
    missing = [p for p in paths if not p.exists()]
    return pytest.mark.skipif(
        bool(missing),
        reason=f"{', '.join(str(p) for p in missing)} is absent (evaluation data outside the repository)",
    )


def ftfy_encoding_config():
    """The ftfy settings the mojibake pass's fast path (``mojibake.fix_encoding``) stands for:
    encoding fixes and C1 controls on, everything that changes correct text off."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True, restore_byte_a0=True,
        replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=True,
        fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
        fix_surrogates=False, remove_control_chars=False, normalization=None, explain=False,
    )


def glossary_rules(tmp_path_factory, name: str, table: str):
    """The rules with one extra concept file, ``glossary/concepts-<name>.toml``, holding ``table``:
    the small table a test of glossary slots writes for itself."""
    from cleaner.rules import load_rules

    root = tmp_path_factory.mktemp(name) / "rules"
    (root / "glossary").mkdir(parents=True)
    (root / "glossary" / f"concepts-{name}.toml").write_text(table, encoding="utf-8")
    return load_rules(root)


def check_glossary(text: str, expected: str | None, lang: str, rules, twice: bool = False,
                   finding: str | None = "cjk-form-unclear") -> None:
    """``text`` through the glossary pass gives ``expected``, or, with ``expected`` None, stays as
    it is with one ``finding`` on the term (any findings, with ``finding`` None); with ``twice``,
    a second run changes nothing."""
    from cleaner import clean

    result = clean(text, lang=lang, select=["cjk_glossary"], rules=rules)
    if expected is None:
        assert result.text == text
        if finding is not None:
            assert [f.rule for f in result.findings] == [finding]
        return
    assert result.text == expected
    if twice:
        assert clean(result.text, lang=lang, select=["cjk_glossary"], rules=rules).text == result.text


def concept_entries(path: Path) -> list[dict]:
    """The entries of a concept file: its one-line terms and its ``[[concept]]`` tables."""
    import tomllib

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [*data.get("terms", []), *data.get("concept", [])]


def concept_keys(path: Path) -> set[str]:
    """The terms of a concept file with their variants."""
    return {k for e in concept_entries(path) for k in [e["zh"], *e.get("variants", [])]}


def concept_clashes(path: Path) -> dict[str, list[str]]:
    """The other built-in concept files that list a term of ``path`` (a term in two files would be
    silently replaced by the later file's entry)."""
    from cleaner.rules import builtin_rules_dir

    ours = concept_keys(path)
    others = sorted((builtin_rules_dir() / "glossary").glob("concepts*.toml"))
    clashes = {p.name: sorted(ours & concept_keys(p)) for p in others if p != path}
    return {name: terms for name, terms in clashes.items() if terms}


def terms_missing_from_table(path: Path) -> list[str]:
    """The terms of a concept file (their main form) that the loaded built-in table lacks."""
    from cleaner.glossary.table import senses_by_term
    from cleaner.rules import default_rules

    groups = senses_by_term(default_rules().get("cjk_glossary"))
    return sorted({e["zh"] for e in concept_entries(path)} - set(groups))


def marked_page(page: str) -> tuple[str, list[str], list[str]]:
    """A page written with each chrome line marked "- " and each article line "+ ": the page
    text, its chrome lines and its article lines."""
    lines, chrome, article = [], [], []
    for raw in page.strip("\n").split("\n"):
        if raw.startswith("- "):
            chrome.append(raw[2:])
        elif raw.startswith("+ "):
            article.append(raw[2:])
        lines.append(raw[2:] if raw[:2] in ("- ", "+ ") else raw)
    return "\n".join(lines) + "\n", chrome, article


def check_chrome_page(page: str) -> None:
    """Through the boilerplate pass, every chrome line of a marked page goes and every article
    line stays, in its order; cleaning the result again changes nothing."""
    from cleaner import clean

    text, chrome, article = marked_page(page)
    out = clean(text, select=["boilerplate"]).text
    kept = set(out.split("\n"))
    assert [line for line in chrome if line in kept] == []
    assert [line for line in article if line not in kept] == []
    assert "\n".join(line for line in out.split("\n") if line.strip()) == "\n".join(article)
    assert clean(out, select=["boilerplate"]).text == out


STORY = ("BYD said on Tuesday it would open a second car plant in Europe next year.",
         "The company did not say where the plant would be built.")


def check_line_stays(line: str, around: tuple[str, str] = STORY) -> None:
    """A line of an article that speaks of the same things as some chrome (a sentence about
    cookies, a reporter, a share count) stays through the boilerplate pass between two
    paragraphs of prose."""
    from cleaner import clean

    text = f"{around[0]}\n{line}\n{around[1]}\n"
    assert clean(text, select=["boilerplate"]).text == text


def chosen_sense(text: str, lang: str, zh: str) -> str | None:
    """The sense label the concept table's senses of ``zh`` choose in ``text`` (None: unclear)."""
    from cleaner.glossary import senses
    from cleaner.glossary.table import senses_by_term
    from cleaner.rules import default_rules

    group = senses_by_term(default_rules().get("cjk_glossary"))[zh]
    chosen = senses.choose(group, text, *senses.locate({zh}, text), lang)
    return None if chosen is None else chosen.sense


def rendering_strings(value) -> list[str]:
    """Every string held by a parsed rendering (its forms, and those of the verb or adjective it
    also gives)."""
    import dataclasses

    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in rendering_strings(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [s for v in value for s in rendering_strings(v)]
    return []
