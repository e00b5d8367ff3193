"""The README's quick start and CI agree, and the package ships its rules."""

from __future__ import annotations

import re

from cleaner.rules import builtin_rules_dir

from helpers import ROOT


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, re.S)


def test_quick_start_is_two_commands_and_ci_runs_the_test_one():
    commands = quick_start_commands()
    assert len(commands) == 2
    assert "cleaner clean" in commands[0] and "samples/" in commands[0]
    assert "pytest" in commands[1]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_changelog_has_a_section_for_the_version_in_development():
    import re

    from cleaner import __version__

    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    release = re.sub(r"\.dev\d+$", "", __version__)
    first = re.search(r"^## (.+)$", text, re.M)
    assert first is not None and first.group(1) in ("Unreleased", f"{release} (unreleased)", release)


def test_builtin_rules_directory_is_found():
    assert builtin_rules_dir().is_dir()
