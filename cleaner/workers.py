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

import gc
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


class _Pool:
    """The state of one :func:`ordered_map`: the workers, the items read but not handed out, and
    the results not yet yielded, by input index."""

    def __init__(self, fn: Callable, items: Iterable, on_failure: Callable, chunksize: int, window: int,
                 initializer: Callable | None, initargs: tuple) -> None:
        self.fn, self.on_failure = fn, on_failure
        self.chunksize, self.window = chunksize, window
        self.initializer, self.initargs = initializer, initargs
        self.ctx = context()
        self.source = iter(items)
        self.exhausted = False
        self.pending: deque = deque()  # (index, item) read but not handed to a worker
        self.results: dict[int, Any] = {}
        self.next_read = self.next_out = 0
        self.workers: list[_Worker] = []
        self.idle_deaths = 0

    # -- the consumer's side -------------------------------------------------------------------
    def ready(self) -> Iterator:
        """The results that are next in input order, as far as they are in."""
        while self.next_out in self.results:
            yield self.results.pop(self.next_out)
            self.next_out += 1

    def read_ahead(self) -> None:
        """Read items until ``window`` of them are between reading and yielding."""
        while not self.exhausted and self.next_read - self.next_out < self.window:
            try:
                item = next(self.source)
            except StopIteration:
                self.exhausted = True
                break
            self.pending.append((self.next_read, item))
            self.next_read += 1

    @property
    def finished(self) -> bool:
        return self.exhausted and self.next_out == self.next_read

    # -- the workers' side ---------------------------------------------------------------------
    def spawn(self) -> None:
        parent_end, child_end = self.ctx.Pipe(duplex=True)
        inherited = [w.conn for w in self.workers] + [parent_end]
        process = self.ctx.Process(target=_worker_main, daemon=True,
                                   args=(child_end, self.fn, self.initializer, self.initargs, inherited))
        process.start()
        child_end.close()
        self.workers.append(_Worker(process, parent_end))

    def hand_out(self) -> None:
        """Give a chunk of pending items to every idle worker."""
        for worker in list(self.workers):
            if self.pending and not worker.held:
                chunk = [self.pending.popleft() for _ in range(min(self.chunksize, len(self.pending)))]
                try:
                    worker.conn.send(chunk)
                except (OSError, EOFError):  # it died idle: the chunk never reached it
                    self.pending.extendleft(reversed(chunk))
                    self.bury(worker)
                else:
                    worker.held.extend(chunk)

    def collect(self) -> None:
        """Wait until a busy worker sends a result or dies, and take in what happened."""
        busy = [w for w in self.workers if w.held]
        if not busy:
            return
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
        for worker in busy:
            if worker not in self.workers:
                continue
            if worker.conn in ready:
                self.receive(worker)
            if worker in self.workers and worker.process.sentinel in ready:
                self.receive(worker)  # results sent before it died still count
                if worker in self.workers:
                    self.bury(worker)

    def receive(self, worker: _Worker) -> None:
        try:
            while worker.held and worker.conn.poll():
                index, ok, value = worker.conn.recv()
                held_index, item = worker.held.popleft()
                assert held_index == index, (held_index, index)
                self.results[index] = value if ok else self.on_failure(item, value)
        except (EOFError, OSError):
            self.bury(worker)

    def bury(self, worker: _Worker) -> None:
        """A worker died: fail the item it was on, hand the rest back, start another."""
        self.workers.remove(worker)
        worker.conn.close()
        worker.process.join()
        reason = f"worker process died ({describe_exit(worker.process.exitcode)})"
        if worker.held:
            index, item = worker.held.popleft()
            self.results[index] = self.on_failure(item, reason)
            self.pending.extendleft(reversed(worker.held))
            self.idle_deaths = 0
        else:
            self.idle_deaths += 1
        if self.idle_deaths < MAX_IDLE_DEATHS:
            try:
                self.spawn()
                return
            except OSError:
                pass
        if not self.workers:
            self.fail_the_rest(reason)

    def fail_the_rest(self, reason: str) -> None:
        """No worker can run: every item not yet done, read or not, fails with ``reason``."""
        while self.pending:
            index, item = self.pending.popleft()
            self.results[index] = self.on_failure(item, reason)
        for item in self.source:
            self.results[self.next_read] = self.on_failure(item, reason)
            self.next_read += 1
        self.exhausted = True

    def stop(self) -> None:
        for w in self.workers:
            if w.held:
                w.process.terminate()  # abandoned part-way (the consumer stopped early)
            else:
                try:
                    w.conn.send(None)
                except (OSError, EOFError):
                    pass
        for w in self.workers:
            w.process.join(timeout=5)
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            w.conn.close()


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

    The objects that exist when the first result is asked for (rule sets, models) are shared
    with the forked workers; the garbage collector is kept from touching them meanwhile, which
    would copy their memory pages into every worker.
    """
    jobs = max(1, min(jobs, MAX_JOBS))
    chunksize = max(1, chunksize)
    window = max(window or 4 * jobs * chunksize, chunksize)
    pool = _Pool(fn, items, on_failure, chunksize, window, initializer, initargs)
    gc.freeze()
    try:
        for _ in range(jobs):
            pool.spawn()
        while True:
            yield from pool.ready()
            pool.read_ahead()
            if pool.finished:
                return
            pool.hand_out()
            pool.collect()
    finally:
        pool.stop()
        gc.unfreeze()
