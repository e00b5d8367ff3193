"""What a run did, for every runner (paths, JSON Lines, stdin): counts, messages and the exit code.

Exit codes: 0 success (also after fixing files), 1 ``--check``/``--diff`` found changes,
2 errors (bad rule file, bad option, unreadable or non-text input, a report that cannot be written).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from .record import field, record
from enum import StrEnum
from pathlib import Path
from typing import Callable, Optional

EXIT_OK, EXIT_CHANGES, EXIT_ERROR = 0, 1, 2
class Status(StrEnum):
    """What happened to one file or record; a member is its own string value."""

    CHANGED = "changed"
    UNCHANGED = "unchanged"
    ERROR = "error"


CHANGED, UNCHANGED, ERROR = Status.CHANGED, Status.UNCHANGED, Status.ERROR


def err(message: str) -> None:
    sys.stderr.write(message.rstrip("\n") + "\n")


@record
class Report:
    """Counts of changed, unchanged and failed items, the edits per rule, and the return code.

    ``writes`` is False for ``--check`` and ``--diff`` (changes found then exit 1). ``unit`` names
    what is counted in the summary line: "file" (pluralized) or "record".
    """

    writes: bool = True
    quiet: bool = False
    verbose: bool = False
    unit: str = "file"
    change_count: int = 0
    same_count: int = 0
    failure_count: int = 0
    output_failed: bool = False  # the --report file (or another output) could not be written
    counts: Counter = field(default_factory=Counter)

    def done(self, status: str, counts: Optional[Counter] = None) -> None:
        if status == CHANGED:
            self.change_count += 1
        elif status == UNCHANGED:
            self.same_count += 1
        else:
            self.failure_count += 1
        if counts:
            self.counts.update(counts)

    def failed(self, message: str) -> None:
        """An item that could not be cleaned: one line on stderr, exit 2 at the end."""
        self.failure_count += 1
        err(f"error: {message}")

    @property
    def return_code(self) -> int:
        if self.failure_count or self.output_failed:
            return EXIT_ERROR
        if self.change_count and not self.writes:
            return EXIT_CHANGES
        return EXIT_OK

    def __str__(self) -> str:
        verb = "cleaned" if self.writes else "would be cleaned"
        if self.unit == "file":
            def files(n: int) -> str:
                return f"{n} file{'s' if n != 1 else ''}"

            return (f"{files(self.change_count)} {verb}, {self.same_count} unchanged, "
                    f"{self.failure_count} error{'s' if self.failure_count != 1 else ''}")
        return f"{self.change_count} {self.unit}s {verb}, {self.same_count} unchanged, {self.failure_count} errors"

    def summary(self) -> None:
        """The summary line on stderr, unless --quiet and nothing failed."""
        if not self.quiet or self.failure_count:
            err(str(self))

    def statistics(self) -> None:
        print_statistics(self.counts)


class ReportFile:
    """The --report file. A report that cannot be written is an error (exit 2), never a traceback."""

    def __init__(self, path: Optional[Path], on_fail: Callable[[], None] = lambda: None) -> None:
        self.fh = None
        self.path = path
        self.failed = False
        self._on_fail = on_fail
        if path is None:
            return
        if str(path) == "-":
            self.fh = sys.stdout
            return
        try:
            # Non-UTF-8 file names hold lone surrogates; written escaped, they stay valid JSON.
            self.fh = open(path, "w", encoding="utf-8", errors="backslashreplace")
        except OSError as exc:
            self._fail(exc)

    def _fail(self, exc: OSError) -> None:
        if not self.failed:
            err(f"error: {self.path}: cannot write the report ({exc.strerror or exc}); choose another --report path")
            self._on_fail()
        self.failed = True
        fh, self.fh = self.fh, None
        if fh is not None and fh is not sys.stdout:
            try:
                fh.close()
            except OSError:
                pass

    def add(self, outcome) -> None:
        """The edits of one file's outcome."""
        self.write(outcome.records)

    def write(self, records: list[dict]) -> None:
        if self.fh is not None:
            try:
                for r in records:
                    self.fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            except OSError as exc:
                self._fail(exc)

    def close(self) -> None:
        if self.fh is not None and self.fh is not sys.stdout:
            try:
                self.fh.close()
            except OSError as exc:
                self.fh = None
                self._fail(exc)


def print_statistics(counts: Counter) -> None:
    """Edits per rule, with their levels, then per level. Keys are 'pass/rule [level]' (or 'pass/rule')."""
    from .edits import LEVELS

    per_rule: Counter = Counter()
    levels: dict[str, Counter] = {}
    per_level: Counter = Counter()
    for key, n in counts.items():
        rule, _, level = key.partition(" [")
        level = level.rstrip("]")
        per_rule[rule] += n
        if level:
            levels.setdefault(rule, Counter())[level] += n
            per_level[level] += n

    def order(level: str) -> tuple[int, str]:
        return (LEVELS.index(level) if level in LEVELS else len(LEVELS), level)

    for rule, n in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        shown = levels.get(rule)
        if not shown:
            err(f"{n:8d}  {rule}")
        elif len(shown) == 1:
            err(f"{n:8d}  {rule} [{next(iter(shown))}]")
        else:
            err(f"{n:8d}  {rule} [{', '.join(f'{lv} {shown[lv]}' for lv in sorted(shown, key=order))}]")
    for level in sorted(per_level, key=order):
        err(f"{per_level[level]:8d}  {level} edits")
