"""How ``cleaner clean`` lists edits on stdout: ``--output-format text|concise|json|github``.

Each format renders the same edit records (those ``--report`` writes: path, pass, rule, line,
column, before, after, reason, safety):

- ``text`` (default): the file names that would change (``--check``) or a diff (``--diff``);
- ``concise``: one line per edit or finding, ``path:line:col: pass/rule [level] 'before' → 'after'``
  (a finding ends ``stays: reason``), as ruff's concise format;
- ``json``: one JSON array of every record, at the end;
- ``github``: GitHub Actions workflow commands, so each edit shows as an annotation on its line.
"""

from __future__ import annotations

import json
from typing import Iterable

FORMATS = ("text", "concise", "json", "github")
DISPLAY_ONLY = "display-only"


def shown(text: str, limit: int = 60) -> str:
    """``text`` on one line: quoted and escaped as repr() does, cut with … when long."""
    out = repr(text)
    return out if len(out) <= limit else out[:limit - 1] + "…"


def concise(record: dict) -> str:
    where = f"{record['path']}:{record['line']}:{record['column']}: {record['pass']}/{record['rule']} [{record['safety']}]"
    if record["safety"] == DISPLAY_ONLY:
        return f"{where} {shown(record['before'])} stays: {record['reason']}"
    return f"{where} {shown(record['before'])} → {shown(record['after'])}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github(record: dict, *, applied: bool) -> str:
    """A workflow command: a warning for an edit that would be made, a notice for one made or a finding."""
    level = "notice" if applied or record["safety"] == DISPLAY_ONLY else "warning"
    props = ",".join([
        f"file={_escape_property(record['path'])}",
        f"line={record['line']}",
        f"col={record['column']}",
        f"title={_escape_property(record['pass'] + '/' + record['rule'])}",
    ])
    if record["safety"] == DISPLAY_ONLY:
        message = f"{shown(record['before'])} stays: {record['reason']}"
    else:
        message = f"{shown(record['before'])} → {shown(record['after'])} [{record['safety']}]: {record['reason']}"
    return f"::{level} {props}::{_escape_data(message)}"


def json_array(records: Iterable[dict]) -> str:
    return json.dumps(list(records), ensure_ascii=False, indent=1) + "\n"


class Listing:
    """The edits on stdout in a --output-format other than text, each file's in reading order."""

    def __init__(self, fmt: str, *, applied: bool) -> None:
        self.fmt, self.applied, self.records = fmt, applied, []

    def add(self, outcome) -> None:
        """The edits of one file's outcome (a :class:`cleaner.batch.Outcome`)."""
        self.add_records(outcome.records)

    def add_records(self, records: list[dict]) -> None:
        import sys

        records = sorted(records, key=lambda r: (r["line"], r["column"]))
        if self.fmt == "json":
            self.records.extend(records)
        elif records:
            line = concise if self.fmt == "concise" else (lambda r: github(r, applied=self.applied))
            sys.stdout.write("".join(line(r) + "\n" for r in records))

    def close(self) -> None:
        import sys

        if self.fmt == "json":
            sys.stdout.write(json_array(self.records))
