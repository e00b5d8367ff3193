"""The per-document time budget: no rule and no input can stall a file.

Nothing here asserts how long anything took. Loops that the budget should stop are bounded
(they give up on their own after a while, and the test then fails), and whole runs of the
command go through subprocess timeouts, so a broken budget fails a test instead of hanging it.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from cleaner import budget
from cleaner.budget import BudgetExceeded, limit

needs_alarm = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no SIGALRM timers here")

GIVE_UP = 60.0  # a loop the budget should stop ends by itself after this long: the test then fails


def spin(seconds: float = GIVE_UP) -> bool:
    """Busy Python code; returns True if nothing stopped it."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return True


def backtrack() -> None:
    """A regex match that backtracks for far longer than any test runs (in C, inside _sre)."""
    re.fullmatch(r"(?:a|a)+$", "a" * 60 + "!")


@needs_alarm
def test_a_budget_stops_python_code():
    with pytest.raises(BudgetExceeded) as info:
        with limit(0.2):
            spin()
    assert info.value.seconds == 0.2


@needs_alarm
def test_a_budget_stops_a_backtracking_regex_inside_the_regex_engine():
    with pytest.raises(BudgetExceeded):
        with limit(0.2):
            backtrack()


@needs_alarm
def test_the_timer_and_handler_are_restored_after_a_budget():
    before = signal.getsignal(signal.SIGALRM)
    with limit(5):
        pass
    with pytest.raises(BudgetExceeded):
        with limit(0.1):
            spin()
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@needs_alarm
def test_a_swallowed_expiry_fires_again():
    """Code that catches every exception cannot outlive the budget: the timer fires again."""
    swallowed = 0
    with pytest.raises(BudgetExceeded):
        with limit(0.1):
            try:
                spin()
            except Exception:
                swallowed += 1
            spin()  # carries on as if nothing happened
    assert swallowed == 1


@needs_alarm
def test_nested_budgets_the_outer_one_still_trips_and_is_restored():
    outer_handler = signal.getsignal(signal.SIGALRM)
    with pytest.raises(BudgetExceeded) as info:
        with limit(0.3):
            with limit(30):  # longer than what is left of the outer one
                spin()
    assert info.value.seconds == 0.3
    assert signal.getsignal(signal.SIGALRM) == outer_handler
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@needs_alarm
def test_an_inner_budget_restores_the_outer_timer():
    fired = []

    def outer(signum, frame):
        fired.append(signum)

    previous = signal.signal(signal.SIGALRM, outer)
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        with limit(5):
            pass
        assert signal.getsignal(signal.SIGALRM) is outer
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < left <= 30  # still running, less the time spent
        # An outer timer that runs out during the inner budget still reaches its handler.
        signal.setitimer(signal.ITIMER_REAL, 0.1)
        with limit(30):
            end = time.monotonic() + GIVE_UP
            while not fired and time.monotonic() < end:
                pass
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_no_budget_and_no_signals_outside_the_main_thread():
    before = signal.getsignal(signal.SIGALRM) if hasattr(signal, "SIGALRM") else None
    outcome = []

    def work():
        with limit(0.05):  # not the main thread: a no-op, not an error
            spin(0.2)
        outcome.append(budget.available())

    t = threading.Thread(target=work)
    t.start()
    t.join(GIVE_UP)
    assert outcome == [False]
    if hasattr(signal, "SIGALRM"):
        assert signal.getsignal(signal.SIGALRM) == before


@pytest.mark.parametrize("seconds", [None, 0, -1])
def test_a_budget_of_none_or_zero_is_off(seconds):
    with limit(seconds):
        spin(0.3)


def test_the_default_budget_grows_with_the_input():
    small, big = budget.default_seconds(8_000), budget.default_seconds(100_000_000)
    assert small >= 5
    assert big >= 5 * 100  # `cleaner bench large` cleans 100 MB in under a minute


def test_blame_keeps_the_innermost_rule():
    exc = BudgetExceeded(1)
    budget.blame(exc, "inner")
    budget.blame(exc, "outer")
    assert exc.rule == "inner"


def run_python(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter; a hang fails the test through the timeout."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout)


# -- a hostile rule in a real run ------------------------------------------------------------
# Every rule pattern runs on RE2 now, which cannot backtrack: this `require` regex, which makes
# Python's engine try every split of a long word before it fails, is accepted and runs in linear
# time (first test below). To see the budget stop a real run, the later tests put the names
# table's `require` regexes back on Python's backtracking engine in the process they start.
HOSTILE_FILE = "names-house.toml"
HOSTILE_RULE = '''
[[name]]
canonical = "Joe Tsai"
variants = ["Cai Chongxin"]
[[name.ambiguous]]
alias = "Cainiao"
require = '(?:\\w+\\s?){1,10}:'
'''

# The second line names the alias as a speaker, so the pass asks the alias's regex about it.
GERMAN = (
    "Joe Tsai sprach am Montag über neue Regeln für Cloud-Dienste, die ab dem kommenden Jahr gelten "
    "und Anbieter zu mehr Transparenz gegenüber ihren Kunden verpflichten.\n"
    "Cainiao said Datenschutzgrundverordnungsanpassungsgesetzentwurfsbegruendung!:\n"
    "Kritiker bemängeln, dass kleine Unternehmen die Kosten der neuen Pflichten allein tragen.\n"
)


def test_a_hostile_require_regex_loads_and_runs_through_on_the_linear_engine(tmp_path):
    from cleaner import clean, load_rules

    rules_dir = tmp_path / "house"
    rules_dir.mkdir()
    (rules_dir / HOSTILE_FILE).write_text(HOSTILE_RULE, encoding="utf-8")
    rules = load_rules(rules_dir)
    with limit(GIVE_UP):  # a stall fails the test (BudgetExceeded) instead of hanging it
        result = clean(GERMAN, rules=rules)
    # The regex does not match the alias's sentence (no word right before a colon in it): the
    # alias is left alone and reported, as Python's engine would decide if it ever finished.
    assert result.text == GERMAN
    assert [(f.rule, GERMAN[f.start:f.end]) for f in result.findings if f.pass_name == "names"] == [
        ("name-alias", "Cainiao")]


# Runs the command in-process with the names `require` regexes compiled by Python's backtracking
# engine instead of RE2 (the hostile rule then stalls) and a short budget, so that the test does not
# wait the default one out.
RUN_UNGUARDED = """
import re, sys
import cleaner.budget, cleaner.passes.names
cleaner.passes.names._compile_require = lambda require, *where: re.compile(require.encode(), re.IGNORECASE)
cleaner.budget.BASE_SECONDS = 1.0
from cleaner.cli import app
app(sys.argv[1:])
"""


def _unguarded(args: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", RUN_UNGUARDED, *args], capture_output=True, text=True,
                          timeout=timeout)


@needs_alarm
def test_a_hostile_rule_fails_its_file_and_the_batch_goes_on(tmp_path):
    rules = tmp_path / "house"
    rules.mkdir()
    (rules / HOSTILE_FILE).write_text(HOSTILE_RULE, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    hostile = articles / "a-hostile.txt"
    hostile.write_text(GERMAN, encoding="utf-8")
    chrome = "Alibaba reported higher cloud revenue on Thursday, beating what analysts had expected.\nComments (0)\n"
    for name in ("b.txt", "c.txt"):
        (articles / name).write_text(chrome, encoding="utf-8")

    proc = _unguarded(["clean", "--jobs", "1", "--rules", str(rules), str(articles)])

    assert proc.returncode == 2, proc.stderr
    assert hostile.read_text(encoding="utf-8") == GERMAN  # left unchanged
    for name in ("b.txt", "c.txt"):  # the others are cleaned
        assert (articles / name).read_text(encoding="utf-8") == chrome.split("Comments")[0]
    assert "a-hostile.txt" in proc.stderr
    assert "names/name-alias" in proc.stderr
    assert "time budget" in proc.stderr


@needs_alarm
def test_the_api_raises_a_pass_error_naming_the_pass_and_rule(tmp_path):
    rules = tmp_path / "house"
    rules.mkdir()
    (rules / HOSTILE_FILE).write_text(HOSTILE_RULE, encoding="utf-8")
    code = f"""
        import re
        import cleaner.passes.names
        cleaner.passes.names._compile_require = lambda require, *where: re.compile(require.encode(), re.IGNORECASE)
        from cleaner import clean, load_rules
        from cleaner.budget import BudgetExceeded
        from cleaner.pipeline import PassError
        import signal
        rules = load_rules({str(rules)!r})
        try:
            clean({GERMAN!r}, rules=rules, time_budget=3)
        except PassError as exc:
            assert isinstance(exc.cause, BudgetExceeded), exc
            print(exc.pass_name, exc.rule)
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
        print(clean("Comments (0)\\n").text == "")  # the next document runs with a fresh budget
    """
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["names", "name-alias", "True"]


def test_clean_leaves_no_timer_behind():
    from cleaner import clean

    before = signal.getsignal(signal.SIGALRM) if hasattr(signal, "SIGALRM") else None
    assert clean("Comments (0)\n").text == ""
    if hasattr(signal, "SIGALRM"):
        assert signal.getsignal(signal.SIGALRM) == before
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


RUN_UNGUARDED_DEFAULT_BUDGET = RUN_UNGUARDED.replace("cleaner.budget.BASE_SECONDS = 1.0\n", "cleaner.budget.BASE_SECONDS = 10_000.0\n")


@needs_alarm
@pytest.mark.parametrize("where", ["flag", "config"])
def test_the_budget_is_set_by_flag_or_configuration(tmp_path, where):
    rules = tmp_path / "house"
    rules.mkdir()
    (rules / HOSTILE_FILE).write_text(HOSTILE_RULE, encoding="utf-8")
    hostile = tmp_path / "a.txt"
    hostile.write_text(GERMAN, encoding="utf-8")
    args = ["clean", "--rules", str(rules), str(hostile)]
    if where == "flag":
        args[1:1] = ["--time-budget", "1"]
    else:
        (tmp_path / "pyproject.toml").write_text("[tool.cleaner]\ntime_budget = 1\n", encoding="utf-8")
    # The built-in default is made huge, so only the flag or the setting can stop the file.
    proc = subprocess.run([sys.executable, "-c", RUN_UNGUARDED_DEFAULT_BUDGET, *args], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "time budget" in proc.stderr
    assert hostile.read_text(encoding="utf-8") == GERMAN


def test_a_bad_time_budget_setting_is_an_error(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.cleaner]\ntime_budget = -1\n", encoding="utf-8")
    from cleaner.config import ConfigError, load_config

    with pytest.raises(ConfigError, match="time_budget"):
        load_config(tmp_path)
