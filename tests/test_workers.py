"""Worker processes: results in input order, bounded read-ahead, and a dead worker is an error for
its item, never a hang."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from cleaner import batch
from cleaner.files import discover
from cleaner.workers import describe_exit, ordered_map

MOJIBAKE = "Alibaba\u00e2\u20ac\u2122s <b>cloud</b> grew.\n"


@pytest.fixture(autouse=True)
def deadline():
    """A regression that hangs fails after a minute instead of blocking the suite."""

    def expired(signum, frame):
        raise TimeoutError("still waiting after 60 s: a worker's death went unnoticed")

    old = signal.signal(signal.SIGALRM, expired)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def double_or_die(x: int) -> int:
    if x == 37:
        os.kill(os.getpid(), signal.SIGKILL)
    if x == 50:
        os._exit(3)
    if x == 60:
        raise ValueError("no sixty")
    return 2 * x


def failed(x: int, reason: str) -> tuple[int, str]:
    return (x, reason)


@pytest.mark.parametrize("chunksize", [1, 8])
def test_results_in_order_and_each_death_costs_one_item(chunksize):
    out = list(ordered_map(double_or_die, range(200), jobs=2, chunksize=chunksize, on_failure=failed))
    assert len(out) == 200
    assert out[37] == (37, "worker process died (signal 9, SIGKILL)")
    assert out[50] == (50, "worker process died (exit code 3)")
    assert out[60] == (60, "failed in a worker process (ValueError: no sixty)")
    assert [o for i, o in enumerate(out) if i not in (37, 50, 60)] == [2 * i for i in range(200) if i not in (37, 50, 60)]


def test_every_item_killing_its_worker_still_ends():
    def die(x):
        os._exit(1)

    out = list(ordered_map(die, range(10), jobs=2, on_failure=failed))
    assert out == [(i, "worker process died (exit code 1)") for i in range(10)]


def test_input_is_read_a_window_at_a_time():
    read = []

    def numbers():
        for i in range(100_000):
            read.append(i)
            yield i

    results = ordered_map(double_or_die, numbers(), jobs=2, chunksize=8, window=64, on_failure=failed)
    assert next(results) == 0
    time.sleep(0.5)  # a slow consumer: the workers must not read on without it
    assert len(read) <= 64 + 1
    results.close()


def test_exit_descriptions():
    assert describe_exit(-9) == "signal 9, SIGKILL"
    assert describe_exit(-11) == "signal 11, SIGSEGV"
    assert describe_exit(137) == "exit code 137"


def dirty_tree(root, n):
    root.mkdir()
    for i in range(n):
        (root / f"{i:03d}.txt").write_text(f"Article {i}  \n" + MOJIBAKE, encoding="utf-8")
    return root


def test_batch_worker_death_is_an_error_for_that_file_only(tmp_path, monkeypatch):
    tree = dirty_tree(tmp_path / "tree", batch.POOL_THRESHOLD + 8)
    real = batch.process

    def process(target, opts):
        if target.path.name == "005.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(target, opts)

    monkeypatch.setattr(batch, "process", process)  # inherited by the forked workers
    outcomes = list(batch.run(discover([tree]), batch.Options(), jobs=2))
    assert [o.path for o in outcomes] == [str(p) for p in sorted(tree.iterdir())]
    dead = outcomes[5]
    assert dead.status == batch.ERROR
    assert dead.message == f"{tree / '005.txt'}: worker process died (signal 9, SIGKILL); file left unchanged"
    assert (tree / "005.txt").read_text(encoding="utf-8") == "Article 5  \n" + MOJIBAKE
    assert all(o.status == batch.CHANGED for i, o in enumerate(outcomes) if i != 5)


def test_batch_caps_jobs_at_the_number_of_files_and_a_maximum(tmp_path, monkeypatch):
    import cleaner.workers

    seen = []
    real = cleaner.workers.ordered_map

    def spy(*args, jobs, **kwargs):
        seen.append(jobs)
        return real(*args, jobs=2, **kwargs)  # each worker warms up its own caches: keep it quick

    monkeypatch.setattr(cleaner.workers, "ordered_map", spy)
    tree = dirty_tree(tmp_path / "tree", batch.POOL_THRESHOLD)
    assert len(list(batch.run(discover([tree]), batch.Options(check=True), jobs=1000))) == batch.POOL_THRESHOLD
    assert seen == [batch.POOL_THRESHOLD]
    assert cleaner.workers.MAX_JOBS <= 64


def test_cli_exits_2_when_a_worker_is_killed(tmp_path):
    """The whole command, in its own process: a hang here fails on the timeout."""
    tree = dirty_tree(tmp_path / "tree", batch.POOL_THRESHOLD + 4)
    script = textwrap.dedent(
        """
        import os, signal, sys
        from cleaner import batch
        from cleaner.cli import main

        real = batch.process

        def process(target, opts):
            if target.path.name == "007.txt":
                os.kill(os.getpid(), signal.SIGKILL)
            return real(target, opts)

        batch.process = process
        sys.argv = ["cleaner", "clean", "--jobs", "2", sys.argv[1]]
        main()
        """
    )
    proc = subprocess.run([sys.executable, "-c", script, str(tree)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert f"{tree / '007.txt'}: worker process died (signal 9, SIGKILL); file left unchanged" in proc.stderr
    assert f"{batch.POOL_THRESHOLD + 3} files cleaned, 0 unchanged, 1 error" in proc.stderr
    for p in tree.iterdir():
        expected = "Article 7  \n" + MOJIBAKE if p.name == "007.txt" else f"Article {int(p.stem)}\nAlibaba’s cloud grew.\n"
        assert p.read_text(encoding="utf-8") == expected



@pytest.mark.parametrize("stop_early", [False, True])
def test_the_shared_heap_is_frozen_while_workers_run_and_thawed_after(stop_early):
    import gc

    assert gc.get_freeze_count() == 0
    results = ordered_map(double_or_die, range(100), jobs=2, chunksize=4, on_failure=failed)
    assert next(results) == 0
    assert gc.get_freeze_count() > 0  # the parent's objects stay shared with the forked workers
    if stop_early:
        results.close()
    else:
        assert list(results)[-1] == 198
    assert gc.get_freeze_count() == 0
