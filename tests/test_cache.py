"""The on-disk cache of compiled rules never changes a result: cold, warm or off, broken or
unwritable, a rule changed between two runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if (p / "input.txt").exists())

# These start the command in fresh processes, cold and warm: the fast loop (-m 'not slow') skips them.
pytestmark = pytest.mark.slow

# Cleans every sample in a fresh process and prints the texts and edits.
CLEAN_SAMPLES = """
import json, sys
from pathlib import Path
from cleaner import clean
out = []
for path in sys.argv[1:]:
    result = clean(Path(path).read_bytes().decode("utf-8"))
    out.append([result.text, [repr(e) for e in result.edits]])
sys.stdout.write(json.dumps(out, ensure_ascii=False))
"""


def _env(cache_dir: Path | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CLEANER_CACHE_DIR", "CLEANER_NO_CACHE")}
    if cache_dir is not None:
        env["CLEANER_CACHE_DIR"] = str(cache_dir)
    env.update(extra)
    return env


def _clean_samples(cache_dir: Path | None, **extra: str) -> str:
    done = subprocess.run([sys.executable, "-c", CLEAN_SAMPLES, *(str(p / "input.txt") for p in SAMPLES)],
                          env=_env(cache_dir, **extra), capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode("utf-8")


def _snapshot(cache_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(cache_dir.iterdir())} if cache_dir.is_dir() else {}


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[str, Path]:
    """The samples cleaned with a cold cache, and the cache that run wrote."""
    cache_dir = tmp_path_factory.mktemp("cold")
    return _clean_samples(cache_dir), cache_dir


def test_cold_warm_and_no_cache_give_identical_results(reference, tmp_path):
    cold, cache_dir = reference
    assert SAMPLES and json.loads(cold)
    written = _snapshot(cache_dir)
    assert written, "a cold run writes the cache"
    assert _clean_samples(cache_dir) == cold
    assert _snapshot(cache_dir) == written, "a warm run rewrites nothing"
    off = tmp_path / "off"
    assert _clean_samples(off, CLEANER_NO_CACHE="1") == cold
    assert not off.exists()


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xff\xfe garbage \x80" * 10)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _wrong_shape(path: Path) -> None:
    """The right header, but every entry of a wrong shape."""
    data = json.loads(path.read_bytes())
    bad = [None, 1, "x", [], {"a": 1}, [[1, 2, 3]], [["", "no", False, False], ["", False, False, False], None]]
    data["entries"] = {k: bad[i % len(bad)] for i, k in enumerate(data["entries"])}
    path.write_text(json.dumps(data), encoding="utf-8")


def _not_an_object(path: Path) -> None:
    path.write_text("[1, 2, 3]", encoding="utf-8")


@pytest.mark.parametrize("damage", [_garbage, _truncated, _wrong_shape, _not_an_object])
def test_a_damaged_cache_is_ignored_and_rebuilt(reference, tmp_path, damage):
    cold, source = reference
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    for name, data in _snapshot(source).items():
        (cache_dir / name).write_bytes(data)
        damage(cache_dir / name)
    assert _clean_samples(cache_dir) == cold
    assert _snapshot(cache_dir) == _snapshot(source), "every damaged file was written again"
    assert _clean_samples(cache_dir) == cold


def test_an_unwritable_cache_dir_means_no_cache(reference, tmp_path):
    cold, _ = reference
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    assert _clean_samples(blocker / "cache") == cold  # a directory cannot be made under a file
    assert blocker.read_text() == "not a directory"


def test_an_unwritable_cache_dir_in_process(tmp_path, monkeypatch):
    from cleaner import cache

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(blocker / "cache"))
    store = cache.Store("test", "source")
    store.put(cache.key("k"), True)
    store.save()  # no error
    assert store.get(cache.key("k"), cache.is_true) is True


def _run_cli(args, text: str, cache_dir: Path | None, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, input=text.encode("utf-8"), env=_env(cache_dir, **extra),
                          capture_output=True, timeout=120)


RULE = """[[rule]]
id = "local-chrome"
pattern = '{pattern}'
scope = "line"
examples = ["{example}"]
"""


def test_a_changed_rule_never_uses_the_old_entries(cleaner_cmd, tmp_path):
    cache_dir = tmp_path / "cache"
    rules = tmp_path / "rules"
    rules.mkdir()
    text = "The company said on Monday that profits rose.\nFoo widget 12\nBar gadget 34\n"
    cmd = [*cleaner_cmd, "clean", "--rules", str(rules), "-"]

    (rules / "boilerplate-local.toml").write_text(RULE.format(pattern=r"foo widget \d+", example="Foo widget 1"))
    for _ in range(2):  # cold, then warm
        done = _run_cli(cmd, text, cache_dir)
        assert done.returncode == 0, done.stderr.decode()
        assert done.stdout.decode() == "The company said on Monday that profits rose.\nBar gadget 34\n"

    (rules / "boilerplate-local.toml").write_text(RULE.format(pattern=r"bar gadget \d+", example="Bar gadget 1"))
    done = _run_cli(cmd, text, cache_dir)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode() == "The company said on Monday that profits rose.\nFoo widget 12\n"

    # A pattern the engine refuses is refused with a warm cache too...
    (rules / "boilerplate-local.toml").write_text(RULE.format(pattern=r"(?!x)foo widget", example="foo widget"))
    done = _run_cli(cmd, text, cache_dir)
    assert done.returncode == 2 and "lookahead" in done.stderr.decode(), done.stderr.decode()
    # ...and so is one whose examples no longer match.
    (rules / "boilerplate-local.toml").write_text(RULE.format(pattern=r"bar gadget \d+", example="Foo widget 1"))
    done = _run_cli(cmd, text, cache_dir)
    assert done.returncode == 2 and "example does not match" in done.stderr.decode()


def test_no_cache_writes_nothing(cleaner_cmd, tmp_path):
    cache_dir = tmp_path / "cache"
    done = _run_cli([*cleaner_cmd, "clean", "--no-cache", "-"], "Hello world.\n", cache_dir)
    assert done.returncode == 0 and done.stdout.decode() == "Hello world.\n"
    assert not cache_dir.exists()
    done = _run_cli([*cleaner_cmd, "clean", "-"], "Hello world.\n", cache_dir, CLEANER_NO_CACHE="1")
    assert done.returncode == 0 and not cache_dir.exists()
    done = _run_cli([*cleaner_cmd, "clean", "-"], "Hello world.\n", cache_dir)
    assert done.returncode == 0 and any(cache_dir.iterdir())


def test_concurrent_cold_runs_agree(cleaner_cmd, tmp_path):
    cache_dir = tmp_path / "cache"
    text = (SAMPLES[0] / "input.txt").read_text(encoding="utf-8")
    runs = [subprocess.Popen([*cleaner_cmd, "clean", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=_env(cache_dir)) for _ in range(4)]
    outs = [p.communicate(text.encode("utf-8"), timeout=120) for p in runs]
    assert all(p.returncode == 0 for p in runs), [e.decode() for _, e in outs]
    assert len({o for o, _ in outs}) == 1
    assert not list(cache_dir.glob(".tmp-*")), "no temporary file is left behind"
    for path in cache_dir.iterdir():
        json.loads(path.read_bytes())  # every file whole


def test_bench_startup_reports_cold_and_warm():
    from cleaner import bench

    found = bench.startup(runs=1)
    assert set(found) == {"runs", "cold_s", "warm_s", "no_cache_s", "ratio_cold_vs_warm"}
    assert all(found[k] > 0 for k in ("cold_s", "warm_s", "no_cache_s"))
    assert "cold cache" in bench.format_startup(found)
