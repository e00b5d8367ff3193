"""The stdin filter's short way in (``cleaner.__main__``) gives what the full command line gives:
the same output, messages and exit code, for every option it takes; anything else goes the full way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from cleaner import clean
from cleaner.__main__ import FLAGS, parse_filter
from cleaner.cli import app
from cleaner.runner import CleanArgs

MOJIBAKE = "The company\u00e2\u0080\u0099s profits rose .  \nComments (12)\n"
CLEAN = "The company said on Monday that profits rose.\n"
CHINESE_LEFTOVER = "The company, which does not bet on a single 赛道, will invest in AI and robotics.\n"


@pytest.mark.parametrize("argv, expected", [
    (["clean", "-"], {}),
    (["clean", "-", "--check"], {"check": True}),
    (["clean", "--diff", "-"], {"diff": True}),
    (["clean", "-q", "--no-cache", "-"], {"quiet": True, "no_cache": True}),
    (["clean", "--stdin-filename", "a/b.txt", "-"], {"stdin_filename": "a/b.txt"}),
    (["clean", "--stdin-filename=a/b.txt", "-", "-v"], {"stdin_filename": "a/b.txt", "verbose": True}),
    (["clean"], None),                      # no '-': piped or not is the full command's question
    (["clean", "-", "-"], None),
    (["clean", "-", "file.txt"], None),
    (["clean", "--select", "whitespace", "-"], None),
    (["clean", "--check", "--check", "-"], None),
    (["clean", "--check=1", "-"], None),
    (["clean", "--stdin-filename", "-"], None),   # '-' would be the value: let click decide
    (["clean", "--stdin-filename"], None),
    (["clean", "-h"], None),
    (["clean", "--", "-"], None),
    (["rules"], None),
    ([], None),
])
def test_only_the_plain_filter_takes_the_short_way(argv, expected):
    assert parse_filter(argv) == expected


def test_the_options_and_their_defaults_are_those_of_the_command():
    command = typer.main.get_command(app).commands["clean"]
    declared = {p.name: p.default for p in command.params}
    defaults = {name: value for name, value in vars(CleanArgs()).items()}
    assert declared.keys() == defaults.keys()
    for name, value in declared.items():
        assert (value or None) == (defaults[name] or None) or value == defaults[name], name
    by_flag = {opt: p.name for p in command.params for opt in p.opts}
    for flag, (param, takes_value) in FLAGS.items():
        assert by_flag[flag] == param
        assert next(p for p in command.params if p.name == param).is_flag != takes_value


def _run(argv: list[str], text: bytes, cwd: Path, full: bool) -> tuple[int, bytes, str]:
    env = {k: v for k, v in os.environ.items() if k != "CLEANER_FULL_CLI"}
    if full:
        env["CLEANER_FULL_CLI"] = "1"
    done = subprocess.run([sys.executable, "-m", "cleaner", *argv], input=text, cwd=cwd, env=env,
                          capture_output=True, timeout=120)
    return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def places(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("filter")
    plain = root / "plain"
    plain.mkdir()
    configured = root / "configured"
    configured.mkdir()
    (configured / "pyproject.toml").write_text('[tool.cleaner]\nselect = ["whitespace"]\nexclude = ["skip/"]\n',
                                              encoding="utf-8")
    broken = root / "broken"
    broken.mkdir()
    (broken / "pyproject.toml").write_text('[tool.cleaner]\nselect = "whitespace"\n', encoding="utf-8")
    bad_lang = root / "badlang"
    bad_lang.mkdir()
    (bad_lang / "pyproject.toml").write_text('[tool.cleaner]\nlang = "english"\n', encoding="utf-8")
    return {"plain": plain, "configured": configured, "broken": broken, "badlang": bad_lang}


CASES = [
    (["clean", "-"], MOJIBAKE.encode()),
    (["clean", "-"], CLEAN.encode()),
    (["clean", "-"], CHINESE_LEFTOVER.encode()),
    (["clean", "-"], b""),
    (["clean", "-"], b"caf\xe9 \xff\xfe broken bytes\n"),
    (["clean", "-", "--check"], MOJIBAKE.encode()),
    (["clean", "-", "--check"], CLEAN.encode()),
    (["clean", "--diff", "-"], MOJIBAKE.encode()),
    (["clean", "-q", "--statistics", "-"], MOJIBAKE.encode()),
    (["clean", "-v", "--no-cache", "-"], MOJIBAKE.encode()),
    (["clean", "--stdin-filename", "skip/a.txt", "-v", "-"], MOJIBAKE.encode()),
    (["clean", "--stdin-filename=notes/a.txt", "--check", "-"], MOJIBAKE.encode()),
]


@pytest.mark.slow
@pytest.mark.parametrize("place", ["plain", "configured", "broken", "badlang"])
@pytest.mark.parametrize("argv, text", CASES)
def test_the_short_way_and_the_full_way_agree(places, place, argv, text):
    short = _run(argv, text, places[place], full=False)
    full = _run(argv, text, places[place], full=True)
    assert short == full


@pytest.mark.slow
def test_the_filter_builds_no_command_line(tmp_path):
    script = ("import sys\nfrom cleaner.__main__ import main\nsys.argv = ['cleaner', 'clean', '-']\n"
              "try:\n    main()\nexcept SystemExit as e:\n    sys.stderr.write(repr(sorted(m for m in sys.modules"
              " if m.split('.')[0] in ('typer', 'click', 'rich', 'pydantic'))))\n")
    done = subprocess.run([sys.executable, "-c", script], input=MOJIBAKE.encode(), cwd=tmp_path,
                          capture_output=True, timeout=120)
    assert done.stdout.decode() == clean(MOJIBAKE).text != MOJIBAKE
    assert done.stderr.decode() == "[]"
