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
