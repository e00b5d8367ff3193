"""JSON Lines: a record that cannot be cleaned passes through with an error and the stream goes
on; a record that changes keeps every byte outside its text literal; memory stays bounded."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cleaner import clean, jsonl
from cleaner.batch import CHANGED, ERROR, UNCHANGED, Options
from cleaner.cli import app
from cleaner.jsonl import clean_record, field_span, run_jsonl
from cleaner.pipeline import PassError

MOJIBAKE = "Alibaba\u00e2\u20ac\u2122s <b>cloud</b> grew.\n"
FIXED = "Alibaba’s cloud grew.\n"
OPTS = Options()


def numbered_lines(n: int, bad: dict[int, str]) -> bytes:
    lines = []
    for i in range(1, n + 1):
        lines.append(bad[i] if i in bad else json.dumps({"id": i, "text": MOJIBAKE}))
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_lone_surrogate_passes_through_and_the_stream_goes_on(tmp_path, jobs):
    bad = '{"id": 100, "text": "half a pair \\ud800 <b>here</b>"}'
    src = tmp_path / "in.jsonl"
    src.write_bytes(numbered_lines(200, {100: bad}))
    result = CliRunner().invoke(app, ["clean", "--jsonl", str(src), "--jobs", jobs])
    assert result.exit_code == 2
    lines = result.stdout_bytes.split(b"\n")
    assert len(lines) == 201 and lines[-1] == b""
    assert lines[99] == bad.encode()
    assert all(json.loads(line)["text"] == FIXED for i, line in enumerate(lines[:200]) if i != 99)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "line 100:" in errors[0] and "lone surrogate" in errors[0]
    assert "199 records cleaned, 0 unchanged, 1 errors" in result.stderr


@pytest.mark.parametrize("exc", [MemoryError(), UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"),
                                 PassError("names", "some-rule", ValueError("boom")), RecursionError("deep")])
def test_any_exception_is_contained_to_its_record(monkeypatch, exc):
    real = jsonl.clean_text

    def clean_text(text, opts, name):
        if name == "2":
            raise exc
        return real(text, opts, name)

    monkeypatch.setattr(jsonl, "clean_text", clean_text)
    raw = numbered_lines(3, {}).splitlines(keepends=True)
    outcomes = list(run_jsonl(raw, "text", "id", OPTS, jobs=1))
    assert [o.status for o in outcomes] == [CHANGED, ERROR, CHANGED]
    assert outcomes[1].line == raw[1]
    assert outcomes[1].message.startswith("line 2: ") and outcomes[1].message.endswith("; passed through unchanged")


def test_a_line_that_is_not_utf8_passes_through():
    outcome = clean_record(b"\xff\xfe{}\n", 8, "text", "id", OPTS)
    assert outcome.status == ERROR and outcome.line == b"\xff\xfe{}\n"
    assert outcome.message.startswith("line 8: not valid UTF-8")


def test_other_fields_stay_byte_for_byte():
    raw = ('{"id":7 , "big": 1e400, "n": 1.50, "e": 2E+3, "text": "old", "u": "caf\\u00e9 \\/",\t'
           '"text" :  "' + MOJIBAKE.replace("\n", "\\n") + '", "nested": {"text": "<b>x</b>"}, "z": [1,2 ,3]}\r\n').encode()
    outcome = clean_record(raw, 1, "text", "id", OPTS)
    assert outcome.status == CHANGED
    literal = json.dumps(FIXED, ensure_ascii=False).encode()
    head, tail = raw.split(b'"' + MOJIBAKE.replace("\n", "\\n").encode() + b'"')
    assert outcome.line == head + literal + tail  # the last "text" (the one json.loads keeps) only
    assert outcome.line.endswith(b"}\r\n")


def test_an_ascii_literal_stays_ascii_and_the_last_line_keeps_its_missing_newline():
    raw = json.dumps({"text": MOJIBAKE, "title": "caf\u00e9"}).encode()  # ensure_ascii, no newline
    outcome = clean_record(raw, 1, "text", "id", OPTS)
    assert outcome.line == json.dumps({"text": FIXED, "title": "caf\u00e9"}).encode()
    assert outcome.line.isascii()


def test_field_span_follows_json_loads():
    line = '{"a": {"text": "inner"}, "te\\u0078t": "escaped key", "b": ["text", "text"], "c": "text"}'
    a, b = field_span(line, "text")
    assert json.loads(line[a:b]) == json.loads(line)["text"] == "escaped key"
    assert field_span('{"text": "x", "text": null}', "text") is None
    assert field_span('{"text": "x", "text": {"text": "y"}}', "text") is None
    assert field_span('{"other": "text", "x": "text: \\"text\\""}', "text") is None


# -- property: output = input with the text literal replaced -------------------------------------
SNIPPETS = [MOJIBAKE, "Clean text.\n", "<p>cloud</p>&amp;", "a single赛道.", "digital economy ?", "x  \n\n\n\ny",
            "Comment (0)\n", "\u00e9\u00e8", "\U0001F600 emoji", "tab\tand\\backslash \"quoted\""]
texts = st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=30)), max_size=5).map("".join)
values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=10)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=8,
)
# Literals a JSON writer may produce that json.dumps would write differently.
raw_literals = st.sampled_from(["1e400", "-0", "1.50", "2E+3", "1.0e-5", '"caf\\u00e9"', '"\\/"', "[ ]", "{ }", "12345678901234567890"])
spaces = st.sampled_from(["", " ", "  ", "\t"])


@st.composite
def records(draw):
    """(prefix, text literal, suffix, text): a JSON object line whose last 'text' is the literal."""
    def literal(value):
        return json.dumps(value, ensure_ascii=draw(st.booleans()))

    members = []
    for _ in range(draw(st.integers(0, 4))):
        key = draw(st.sampled_from(["id", "text", "url", "Text", "texts", "meta"]) | st.text(max_size=6))
        value = draw(raw_literals) if draw(st.booleans()) else literal(draw(values))
        members.append(literal(key) + draw(spaces) + ":" + draw(spaces) + value)
    text = draw(texts)
    key = draw(st.sampled_from(['"text"', '"te\\u0078t"', '"\\u0074ext"']))
    before = draw(st.integers(0, len(members)))
    after = [m for m in draw(st.permutations(members))[:draw(st.integers(0, len(members)))] if not m.startswith('"text"')]
    head = members[:before]
    sep = draw(spaces) + "," + draw(spaces)
    prefix = "{" + draw(spaces) + "".join(m + sep for m in head) + key + draw(spaces) + ":" + draw(spaces)
    suffix = "".join(sep + m for m in after) + draw(spaces) + "}" + draw(st.sampled_from(["\n", "\r\n", ""]))
    return prefix, literal(text), suffix, text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_only_the_text_literal_changes(parts):
    prefix, lit, suffix, text = parts
    raw = (prefix + lit + suffix).encode("utf-8")
    outcome = clean_record(raw, 1, "text", "id", OPTS)
    assert outcome.status in (CHANGED, UNCHANGED), outcome.message
    cleaned = clean(text).text
    if outcome.status == UNCHANGED:
        assert outcome.line == raw and cleaned == text
        return
    out = outcome.line
    assert out.startswith(prefix.encode()) and out.endswith(suffix.encode())
    new_literal = out[len(prefix.encode()):len(out) - len(suffix.encode())]
    assert json.loads(new_literal) == cleaned
    assert new_literal.isascii() or not lit.isascii()  # an ASCII literal stays ASCII (\u escapes)
    before, after = json.loads(raw), json.loads(out)
    before["text"] = cleaned
    assert after == before


# -- memory and dying workers ----------------------------------------------------------------
def test_a_slow_reader_holds_a_window_of_records_not_the_input():
    read = []

    def lines():
        for i in range(50_000):
            read.append(i)
            yield json.dumps({"id": i, "text": "Clean text."}).encode() + b"\n"

    outcomes = run_jsonl(lines(), "text", "id", OPTS, jobs=2)
    next(outcomes)
    time.sleep(1.0)  # the consumer is slow; reading must wait for it
    assert len(read) <= jsonl.CHUNK * jsonl.CHUNKS_IN_FLIGHT * 2 + 1
    outcomes.close()


def test_a_killed_worker_costs_one_record_and_the_run_exits_2(tmp_path):
    """In its own process with a timeout: a regression fails instead of hanging."""
    bad = '{"id": 30, "text": "die here ' + MOJIBAKE.replace("\n", "\\n") + '"}'
    src = tmp_path / "in.jsonl"
    src.write_bytes(numbered_lines(300, {30: bad}))
    out = tmp_path / "out.jsonl"
    script = textwrap.dedent(
        """
        import os, signal, sys
        from cleaner import jsonl
        from cleaner.cli import main

        real = jsonl.clean_record

        def clean_record(raw, *args):
            if b"die here" in raw:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(raw, *args)

        jsonl.clean_record = clean_record
        sys.argv = ["cleaner", "clean", "--jobs", "2", "--jsonl", sys.argv[1], "-o", sys.argv[2]]
        main()
        """
    )
    proc = subprocess.run([sys.executable, "-c", script, str(src), str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "line 30: worker process died (signal 9, SIGKILL); passed through unchanged" in proc.stderr
    assert "299 records cleaned, 0 unchanged, 1 errors" in proc.stderr
    lines = out.read_bytes().split(b"\n")
    assert len(lines) == 301
    assert lines[29] == bad.encode()
    assert all(json.loads(line)["text"] == FIXED for i, line in enumerate(lines[:300]) if i != 29)


def test_worker_death_in_process(monkeypatch):
    def expired(signum, frame):
        raise TimeoutError("a dead worker went unnoticed")

    old = signal.signal(signal.SIGALRM, expired)
    signal.alarm(60)
    try:
        real = jsonl.clean_record

        def clean_record(raw, number, *args):
            if number == 5:
                os._exit(7)
            return real(raw, number, *args)

        monkeypatch.setattr(jsonl, "clean_record", clean_record)
        raw = numbered_lines(200, {}).splitlines(keepends=True)
        outcomes = list(run_jsonl(raw, "text", "id", OPTS, jobs=2))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert len(outcomes) == 200
    assert outcomes[4].status == ERROR and outcomes[4].line == raw[4]
    assert outcomes[4].message == "line 5: worker process died (exit code 7); passed through unchanged"
    assert all(o.status == CHANGED for i, o in enumerate(outcomes) if i != 4)


def test_a_report_that_cannot_be_written_is_exit_2_before_any_record(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(numbered_lines(3, {}))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["clean", "--jsonl", str(src), "-o", str(out), "--report", str(tmp_path)])
    assert result.exit_code == 2
    assert "cannot write the report" in result.stderr
    assert not out.exists()


def test_the_rule_set_is_loaded_once_for_the_whole_stream(monkeypatch, tmp_path):
    from cleaner import batch

    calls = []
    real = batch.load_ruleset
    monkeypatch.setattr(batch, "load_ruleset", lambda dirs: calls.append(tuple(dirs)) or real(dirs))
    extra = tmp_path / "rules"
    extra.mkdir()
    lines = numbered_lines(5, {}).splitlines(keepends=True)
    out = list(run_jsonl(iter(lines), "text", "id", Options(rule_dirs=(str(extra),))))
    assert [o.status for o in out] == [CHANGED] * 5
    assert calls == [(str(extra),)]


def test_a_broken_rule_directory_fails_before_any_record_is_read(tmp_path):
    from cleaner.rules import RuleSetError

    def records():
        raise AssertionError("a record was read before the rules were checked")
        yield b""

    with pytest.raises(RuleSetError):
        next(run_jsonl(records(), "text", "id", Options(rule_dirs=(str(tmp_path / "nonexistent"),))))
