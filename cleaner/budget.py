"""A time budget per document, so that no rule and no input can stall a file.

Every rule pattern (boilerplate, names ``require``, glossary ``when``) is matched by RE2 in
linear time, but no review of the code can promise that nothing else ever stalls. This is the
floor under everything: while a document is cleaned, a real-time timer (``setitimer``) runs, and
when it expires its ``SIGALRM`` handler raises :class:`BudgetExceeded` in the cleaning code.
Python's own regex engine checks for signals every few thousand steps of a match
(``_MAYBE_CHECK_SIGNALS`` in CPython's ``Modules/_sre/sre_lib.h``), so even one of the pass's own
expressions that backtracked for hours would stop within milliseconds of the deadline.

The default budget grows with the input (:func:`default_seconds`): a base plus an allowance per
million characters, several times what ``cleaner bench large`` needs, so that only a stalled
document ever trips it.

Signals can only be handled in the main thread of the main interpreter, and not at all where
there is no ``SIGALRM`` (Windows). There, and when the budget is switched off, :func:`limit` does
nothing. Budgets nest: an inner one never outlives an outer one, and the outer timer and handler
are restored, less the time spent, when the inner one ends.
"""

from __future__ import annotations

import signal
import threading
import time

# A document of n characters gets BASE_SECONDS + SECONDS_PER_MILLION * n / 1e6 seconds:
# a 100 MB file (42 s in `cleaner bench large`) gets 510 s, an 8 KB article 10 s.
BASE_SECONDS = 10.0
SECONDS_PER_MILLION = 5.0
# Once expired, the timer fires again at this interval until the budget ends, in case the code
# it interrupted caught the exception and carried on.
REPEAT_SECONDS = 0.25


class BudgetExceeded(Exception):
    """A document took longer than its time budget. ``rule`` names the rule that was running,
    when the code that ran it knew (see :func:`blame`)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.rule: str | None = None
        super().__init__(f"the document took longer than its time budget of {seconds:g} s")


def default_seconds(chars: int) -> float:
    """The default budget for a document of ``chars`` characters."""
    return BASE_SECONDS + SECONDS_PER_MILLION * chars / 1e6


def available() -> bool:
    """Whether a budget can be enforced here: a ``SIGALRM`` timer, in the main thread."""
    return (
        hasattr(signal, "SIGALRM")
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )


def blame(exc: BaseException, rule: str) -> None:
    """Record on ``exc`` the rule that was running when it was raised (the innermost one wins)."""
    if getattr(exc, "rule", None) is None:
        try:
            exc.rule = rule  # type: ignore[attr-defined]
        except AttributeError:  # pragma: no cover - an exception type with __slots__
            pass


class limit:
    """``with limit(seconds):`` raises :class:`BudgetExceeded` in the body if it runs longer
    than ``seconds``.

    ``None`` or a number <= 0 means no budget; so does a thread or platform without ``SIGALRM``
    timers, or a ``SIGALRM`` handler installed by other than Python code (left alone). A signal
    that arrives while this module's own code runs (arming, disarming) raises nothing: the timer
    keeps firing every ``REPEAT_SECONDS`` until the body is interrupted or the budget ends, so the
    timer and handler are always restored.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.armed = False

    def __enter__(self) -> "limit":
        seconds = self.seconds
        if seconds is None or seconds <= 0 or not available():
            return self
        previous = signal.getsignal(signal.SIGALRM)
        if previous is None:  # a handler installed from C: not ours to replace
            return self
        self.previous = previous
        start = time.monotonic()
        self.deadline = start + seconds
        delay, self.outer_interval = signal.getitimer(signal.ITIMER_REAL)
        self.outer_deadline = start + delay if delay > 0 else None
        self.outer_fired = False
        self.armed = True
        signal.signal(signal.SIGALRM, self._handler)
        first = seconds if self.outer_deadline is None else max(1e-6, min(seconds, delay))
        signal.setitimer(signal.ITIMER_REAL, first, REPEAT_SECONDS)
        return self

    def _handler(self, signum, frame) -> None:
        if not self.armed or (frame is not None and frame.f_globals.get("__name__") == __name__):
            return
        now = time.monotonic()
        if now >= self.deadline:
            raise BudgetExceeded(self.seconds)  # type: ignore[arg-type]
        if self.outer_deadline is not None and now >= self.outer_deadline and not self.outer_fired:
            # The enclosing timer's moment: its handler acts as it would have.
            self.outer_fired = True
            if callable(self.previous):
                self.previous(signum, frame)
            elif self.previous == signal.SIG_DFL:
                self.__exit__(None, None, None)
                signal.raise_signal(signal.SIGALRM)

    def __exit__(self, *exc_info) -> None:
        if not self.armed:
            return
        self.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)
        if self.outer_deadline is None:
            return
        if not self.outer_fired:
            left = self.outer_deadline - time.monotonic()
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6), self.outer_interval)
        elif self.outer_interval > 0:  # it fired while this budget ran: on with its interval
            signal.setitimer(signal.ITIMER_REAL, self.outer_interval, self.outer_interval)
