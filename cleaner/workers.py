"""An ordered map over worker processes that survives a worker dying.

``ordered_map(fn, items, ...)`` yields ``fn(item)`` for every item, in input order, computed by
``jobs`` worker processes. Unlike ``multiprocessing.Pool.imap`` it

* reads ``items`` lazily and keeps at most ``window`` of them between reading and yielding, so a
  slow consumer holds memory for a window of items, not for the whole input;
* notices a worker that dies (killed by the OOM killer, a segfault, ``kill -9``, ``os._exit``):
  the item it was working on becomes ``on_failure(item, reason)``, the items it had been handed
  but not started go to the other workers, and a new worker takes its place;
* turns an exception raised by ``fn`` into ``on_failure(item, reason)`` for that item only.

Each worker gets a chunk of up to ``chunksize`` items at a time and sends back one result per
item, so the parent always knows which item a worker was on when it died. Workers are forked
where the platform allows it (rules and other module state are then shared, never pickled).
"""

from __future__ import annotations

import multiprocessing as mp
import signal
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_JOBS = 64
# A worker that dies before doing any work, this many times in a row, means workers cannot start.
MAX_IDLE_DEATHS = 3


def context():
    """The fork context where available (fast start, module state shared), else the default."""
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()


def describe_exit(exitcode: int | None) -> str:
    """'signal 9, SIGKILL' or 'exit code 3': how a worker process ended."""
    if exitcode is None:
        return "exit status unknown"
    if exitcode < 0:
        try:
            return f"signal {-exitcode}, {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


def describe_exception(exc: BaseException) -> str:
    text = str(exc)
    if len(text) > 200:
        text = text[:200] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _worker_main(conn: Connection, fn: Callable, initializer: Callable | None, initargs: tuple, inherited: list) -> None:
    for c in inherited:  # the parent's ends of the other workers' pipes, copied by fork
        c.close()
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        for index, item in task:
            try:
                message = (index, True, fn(item))
            except Exception as exc:  # contained to this item; MemoryError included
                message = (index, False, f"failed in a worker process ({describe_exception(exc)})")
            try:
                conn.send(message)
            except Exception as exc:  # the result cannot be pickled: nothing was written yet
                conn.send((index, False, f"result could not be sent back ({describe_exception(exc)})"))


@dataclass
class _Worker:
    process: Any
    conn: Connection
    held: deque = field(default_factory=deque)  # (index, item) handed over, no result yet


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    on_failure: Callable[[T, str], R],
    window: int | None = None,
    chunksize: int = 1,
    initializer: Callable | None = None,
    initargs: tuple = (),
) -> Iterator[R]:
    """``fn(item)`` for each item in input order, computed by ``jobs`` worker processes.

    ``on_failure(item, reason)`` stands in for the result of an item whose worker died
    (reason: "worker process died (signal 9, SIGKILL)") or whose ``fn`` raised.
    """
    jobs = max(1, min(jobs, MAX_JOBS))
    chunksize = max(1, chunksize)
    window = max(window or 4 * jobs * chunksize, chunksize)
    ctx = context()
    source = iter(items)
    exhausted = False
    pending: deque = deque()  # (index, item) read but not handed to a worker
    results: dict[int, R] = {}
    next_read = next_out = 0
    workers: list[_Worker] = []
    idle_deaths = 0

    def spawn() -> None:
        parent_end, child_end = ctx.Pipe(duplex=True)
        inherited = [w.conn for w in workers] + [parent_end]
        process = ctx.Process(target=_worker_main, args=(child_end, fn, initializer, initargs, inherited), daemon=True)
        process.start()
        child_end.close()
        workers.append(_Worker(process, parent_end))

    def bury(worker: _Worker) -> None:
        """A worker died: fail the item it was on, hand the rest back, start another."""
        nonlocal idle_deaths, next_read, exhausted
        workers.remove(worker)
        worker.conn.close()
        worker.process.join()
        reason = f"worker process died ({describe_exit(worker.process.exitcode)})"
        if worker.held:
            index, item = worker.held.popleft()
            results[index] = on_failure(item, reason)
            pending.extendleft(reversed(worker.held))
            idle_deaths = 0
        else:
            idle_deaths += 1
        if idle_deaths < MAX_IDLE_DEATHS:
            try:
                spawn()
                return
            except OSError:
                pass
        if not workers:  # no worker can run: the remaining items fail with the last reason
            while pending:
                index, item = pending.popleft()
                results[index] = on_failure(item, reason)
            for item in source:
                results[next_read] = on_failure(item, reason)
                next_read += 1
            exhausted = True

    def receive(worker: _Worker) -> None:
        try:
            while worker.held and worker.conn.poll():
                index, ok, value = worker.conn.recv()
                held_index, item = worker.held.popleft()
                assert held_index == index, (held_index, index)
                results[index] = value if ok else on_failure(item, value)
        except (EOFError, OSError):
            bury(worker)

    try:
        for _ in range(jobs):
            spawn()
        while True:
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1
            while not exhausted and next_read - next_out < window:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.append((next_read, item))
                next_read += 1
            if exhausted and next_out == next_read:
                return
            for worker in list(workers):
                if pending and not worker.held:
                    chunk = [pending.popleft() for _ in range(min(chunksize, len(pending)))]
                    try:
                        worker.conn.send(chunk)
                    except (OSError, EOFError):  # it died idle: the chunk never reached it
                        pending.extendleft(reversed(chunk))
                        bury(worker)
                    else:
                        worker.held.extend(chunk)
            busy = [w for w in workers if w.held]
            if not busy:
                continue
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker not in workers:
                    continue
                if worker.conn in ready:
                    receive(worker)
                if worker in workers and worker.process.sentinel in ready:
                    receive(worker)  # results sent before it died still count
                    if worker in workers:
                        bury(worker)
    finally:
        _stop(workers)


def _stop(workers: list[_Worker]) -> None:
    for w in workers:
        if w.held:
            w.process.terminate()  # abandoned part-way (the consumer stopped early)
        else:
            try:
                w.conn.send(None)
            except (OSError, EOFError):
                pass
    for w in workers:
        w.process.join(timeout=5)
        if w.process.is_alive():
            w.process.kill()
            w.process.join()
        w.conn.close()
