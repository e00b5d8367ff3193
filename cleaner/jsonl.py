"""Cleaning JSON Lines: one text field per record, every other byte of the record kept.

A record whose text changes is not re-serialised: the string literal of its text field is found
in the raw line (the last top-level occurrence of the key, the one ``json.loads`` keeps) and only
that literal is replaced. Other fields, key order, duplicate keys, number literals such as
``1e400``, escapes and spacing stay byte for byte. The new literal is written the way the old one
was: pure ASCII (``\\u`` escapes, as ``json.dumps`` writes by default) when the old literal was
pure ASCII, UTF-8 otherwise.

A record that cannot be cleaned, for whatever reason (not JSON, no text field, text that is not
valid Unicode, a pass that fails, a worker process that dies on it), passes through unchanged with
an error naming its line; the stream goes on.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from . import workers
from .batch import CHANGED, ERROR, UNCHANGED, Options, clean_text
from .passes.boilerplate.site import SiteIndex, SiteLines, site_of_url
from .record import replace

URL_FIELD = "url"  # with --site-repetition, a record's site is the host of this field

# Records handed to a worker at a time, and chunks per worker between reading and writing.
CHUNK = 64
CHUNKS_IN_FLIGHT = 4

# One JSON token: a string literal, a structural character, or a run of anything else (numbers,
# literals, whitespace). Possessive quantifiers keep long strings to one pass of the C engine.
_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+"|[{}\[\],:]|[^"{}\[\],:]++', re.S)


@dataclass
class RecordOutcome:
    line: bytes  # the output line, its original line ending included
    status: str
    message: str = ""
    records: list[dict] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


class RecordError(Exception):
    """A record that cannot be cleaned; the message says why."""


def field_span(line: str, name: str) -> tuple[int, int] | None:
    """Where the value of top-level key ``name`` is in a JSON object ``line``, if it is a string.

    With duplicate keys the last one counts, as in ``json.loads``. ``line`` must be valid JSON.
    """
    depth = 0
    expect_key = after_colon = False
    key = None
    span = None
    for m in _TOKEN.finditer(line):
        token = m.group()
        c = token[0]
        if c == '"':
            if depth == 1 and expect_key:
                key = json.loads(token) if "\\" in token else token[1:-1]
                expect_key = False
            elif depth == 1 and after_colon:
                if key == name:
                    span = (m.start(), m.end())
                after_colon = False
        elif c in "{[":
            if depth == 1 and after_colon:
                if key == name:
                    span = None
                after_colon = False
            depth += 1
            expect_key = depth == 1
        elif c in "}]":
            depth -= 1
        elif c == ",":
            expect_key = depth == 1
        elif c == ":":
            after_colon = depth == 1
        elif depth == 1 and after_colon and token.strip():
            if key == name:  # a number, true, false or null
                span = None
            after_colon = False
    return span


def string_literal(text: str, like: str) -> str:
    """``text`` as a JSON string literal, ASCII-only if the literal ``like`` it replaces was."""
    return json.dumps(text, ensure_ascii=like.isascii())


def clean_record(raw: bytes, number: int, field_name: str, id_field: str, opts: Options) -> RecordOutcome:
    """Clean one JSON Lines record's text field; anything that goes wrong is contained to it."""
    try:
        return _clean_record(raw, number, field_name, id_field, opts)
    except RecordError as exc:
        return RecordOutcome(raw, ERROR, f"line {number}: {exc}; passed through unchanged")
    except Exception as exc:  # MemoryError, UnicodeEncodeError, a bug: this record only
        return RecordOutcome(raw, ERROR, f"line {number}: cannot be cleaned ({workers.describe_exception(exc)}); passed through unchanged")


def _clean_record(raw: bytes, number: int, field_name: str, id_field: str, opts: Options) -> RecordOutcome:
    stripped = raw.rstrip(b"\r\n")
    if not stripped.strip():
        return RecordOutcome(raw, UNCHANGED)
    try:
        line = stripped.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RecordError(f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    start = 1 if line.startswith("\ufeff") else 0  # a byte-order mark before the first record
    try:
        record = json.loads(line[start:])
    except ValueError as exc:
        raise RecordError(f"not a JSON object ({exc})") from None
    if not isinstance(record, dict) or not isinstance(record.get(field_name), str):
        raise RecordError(f"no string field '{field_name}'")
    text = record[field_name]
    if not _valid_unicode(text):
        raise RecordError(f"field '{field_name}' holds a lone surrogate (\\ud800-\\udfff), which is not valid Unicode")
    span = field_span(line[start:], field_name)
    if span is None:
        raise RecordError(f"field '{field_name}' not found in the raw line")
    a, b = span[0] + start, span[1] + start
    record_id = record.get(id_field, number)
    if opts.sites is not None:
        opts = replace(opts, site_lines=opts.sites.get(site_of_url(record.get(URL_FIELD))))
    outcome, new_text = clean_text(text, opts, str(record_id))
    if outcome.status == ERROR:
        raise RecordError(outcome.message.removesuffix("; file left unchanged"))
    if outcome.status != CHANGED:
        return RecordOutcome(raw, outcome.status, outcome.message, outcome.records, outcome.counts)
    new_line = line[:a] + string_literal(new_text, line[a:b]) + line[b:]
    for r in outcome.records:
        r["id"] = record_id
        r.pop("path", None)
    return RecordOutcome(new_line.encode("utf-8") + raw[len(stripped):], CHANGED, records=outcome.records, counts=outcome.counts)


def _valid_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _record_work(field_name: str, id_field: str, opts: Options, item: tuple[bytes, int]) -> RecordOutcome:
    return clean_record(item[0], item[1], field_name, id_field, opts)


def _record_failed(item: tuple[bytes, int], reason: str) -> RecordOutcome:
    raw, number = item
    return RecordOutcome(raw, ERROR, f"line {number}: {reason}; passed through unchanged")


def run_jsonl(lines: Iterable[bytes], field_name: str, id_field: str, opts: Options, jobs: int = 1) -> Iterator[RecordOutcome]:
    """Outcomes in input order, streaming: at most a few chunks per worker are read ahead.

    The rule set is loaded (and checked: RuleSetError) before the first record is read, once for
    the whole stream, and travels to the workers in ``opts``."""
    opts = opts.with_rules()
    work = partial(_record_work, field_name, id_field, opts)
    numbered = ((raw, n) for n, raw in enumerate(lines, 1))
    if jobs <= 1:
        yield from map(work, numbered)
        return
    yield from workers.ordered_map(
        work, numbered, jobs=jobs, on_failure=_record_failed,
        chunksize=CHUNK, window=CHUNK * CHUNKS_IN_FLIGHT * min(jobs, workers.MAX_JOBS),
    )


def site_index(lines: Iterable[bytes], field_name: str) -> dict[str, SiteLines]:
    """The repeated lines of every site of a JSON Lines stream (the host of each record's
    ``url``; records without one are one site). Records that cannot be read are left out here
    and reported when they are cleaned."""
    index = SiteIndex()
    for raw in lines:
        try:
            record = json.loads(raw.decode("utf-8").lstrip("\ufeff"))
        except ValueError:  # UnicodeDecodeError included
            continue
        if isinstance(record, dict) and isinstance(record.get(field_name), str):
            index.add(site_of_url(record.get(URL_FIELD)), record[field_name])
    return index.sites()


def _spooled(inp):
    """stdin copied to a temporary file (in memory up to 64 MB), to be read twice."""
    import shutil
    import tempfile

    spool = tempfile.SpooledTemporaryFile(max_size=64 << 20)
    shutil.copyfileobj(inp, spool)
    spool.seek(0)
    return spool


def clean_jsonl(source: str, field_name: str, id_field: str, output: Optional[Path], opts: Options, jobs: int,
                write_records: Callable[[list[dict]], None], err: Callable[[str], None],
                site_repetition: bool = False) -> tuple[Counter, Counter] | None:
    """Stream ``source`` ('-' for stdin) to ``output`` (stdout if None), reporting errors on ``err``.
    With ``site_repetition``, the input is read once first to count the lines of each site.

    Returns (outcomes by status, edits by rule), or None when the input cannot be opened.
    """
    try:
        inp = sys.stdin.buffer if source == "-" else open(source, "rb")
    except OSError as exc:
        err(f"error: {source}: cannot read ({exc.strerror}); check the path")
        return None
    if site_repetition:
        if inp is sys.stdin.buffer:
            inp = _spooled(inp)
        opts = replace(opts, sites=site_index(inp, field_name))
        inp.seek(0)
    tally: Counter = Counter()
    counts: Counter = Counter()
    try:
        out = sys.stdout.buffer if output is None else open(output, "wb")
    except OSError:
        if inp is not sys.stdin.buffer:
            inp.close()
        raise
    try:
        for outcome in run_jsonl(inp, field_name, id_field, opts, jobs):
            tally[outcome.status] += 1
            counts.update(outcome.counts)
            write_records(outcome.records)
            if outcome.status == ERROR:
                err(f"error: {source}: {outcome.message}")
            if opts.writes:
                out.write(outcome.line)
    finally:
        if inp is not sys.stdin.buffer:
            inp.close()
        if out is not sys.stdout.buffer:
            out.close()
        else:
            out.flush()
    return tally, counts
