"""Worker processes that clean a stream of documents in order, a bounded window at a time.

Why not ``multiprocessing.Pool.imap``: its task thread drains the whole input into a queue (memory
grows with the input) and it cannot stop one stuck task. Here every worker has its own pipe and at
most one chunk; the main process reads input only while the window (documents sent but not yet
yielded) has room, puts results back in input order, and kills a worker whose document outlives
the time limit by a grace period (the in-worker alarm handles the ordinary case without a kill).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any

from corekit.batch import Cleaned, Failure, Item, Options, timeout_reason, work
from corekit.inputs import InputError
from corekit.model import Result
from corekit.plugins import PluginManager, default_plugin_manager

#: Most documents one worker gets at a time.
MAX_CHUNK = 128
#: Seconds of work a chunk should hold: long enough that the pipe costs little per document,
#: short enough that the last chunks of a batch do not leave the other workers idle for long.
CHUNK_SECONDS = 0.02
#: Documents in flight (sent or waiting to be yielded) per worker, which bounds memory.
WINDOW_PER_WORKER = 3 * MAX_CHUNK
#: How long past the time limit a worker may stay in one document before it is killed.
GRACE = 1.0

Outcome = tuple[Result | Cleaned | Failure, str | None]  # and its rendering, when asked for

# The manager a forked worker inherits: set just before the fork, so it never has to be pickled.
_inherited: PluginManager | None = None


def _context() -> Any:
    # fork: workers start in milliseconds with the parent's plugins and compiled patterns. Only on
    # Linux: macOS system libraries are not fork-safe (Python defaults to spawn there for that).
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def _work(conn: Connection, status: Any, options: Options) -> None:
    """A worker's loop: a chunk in, its outcomes out, until told to stop (None)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    pm = _inherited or default_plugin_manager()
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        outcomes = []
        began = time.monotonic()
        for index, document in enumerate(chunk):
            status[0] = index
            status[1] = time.monotonic()
            outcomes.append(work(document, pm, options))
        status[1] = 0.0
        conn.send((outcomes, time.monotonic() - began))


class _Worker:
    def __init__(self, ctx: Any, options: Options) -> None:
        self.conn, child = ctx.Pipe()
        # index of the document in the chunk (-1: chunk not started), its monotonic start (0: idle)
        self.status = ctx.RawArray("d", 2)
        self.process: BaseProcess = ctx.Process(target=_work, args=(child, self.status, options), daemon=True)
        self.process.start()
        child.close()
        self.seqs: list[int] = []  # the input position of each document in the chunk
        self.chunk: list[Item] | None = None
        self.retry = False  # this chunk is a second try after a worker died with no one to blame

    def send(self, seqs: list[int], chunk: list[Item], retry: bool = False) -> None:
        self.seqs, self.chunk, self.retry = seqs, chunk, retry
        self.status[0], self.status[1] = -1.0, 0.0
        self.conn.send(chunk)

    def stop(self) -> None:
        with contextlib.suppress(OSError):  # already dead
            self.conn.send(None)
        self.process.join(0.5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class Pool:
    """``jobs`` worker processes over which :meth:`map` spreads documents."""

    def __init__(self, jobs: int, pm: PluginManager, options: Options) -> None:
        global _inherited
        self.ctx = _context()
        if self.ctx.get_start_method() != "fork" and pm is not default_plugin_manager():
            raise ValueError("a custom plugin manager needs the fork start method")
        self.options = options
        self.per_document: float | None = None  # seconds a document takes a worker, lately
        _inherited = pm
        self.workers = [_Worker(self.ctx, options) for _ in range(max(1, jobs))]

    def __enter__(self) -> Pool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for worker in self.workers:
            worker.stop()

    def map(self, items: Iterable[Item]) -> Iterator[Outcome]:
        """One outcome (with its rendering, if ``options.render``) per item, in input order."""
        source = iter(items)
        done: dict[int, Outcome] = {}  # finished out of order, waiting for their turn
        read = 0  # items taken from the input
        yielded = 0
        exhausted = False
        window = WINDOW_PER_WORKER * len(self.workers)
        while True:
            for worker in self.workers:
                if worker.chunk is not None or exhausted or read - yielded >= window:
                    continue
                start = read
                seqs: list[int] = []
                chunk: list[Item] = []
                for item in itertools.islice(source, min(self._chunk_size(), window - (read - yielded))):
                    if isinstance(item, InputError):  # nothing to clean; and it does not pickle
                        done[read] = (Failure(path=item.path, reason=item.reason), None)
                    else:
                        seqs.append(read)
                        chunk.append(item)
                    read += 1
                if chunk:
                    try:
                        worker.send(seqs, chunk)
                    except OSError:  # it died after its last answer; the chunk is not to blame
                        worker = self._respawn(worker)
                        worker.send(seqs, chunk)
                elif read == start:
                    exhausted = True
                    break
            while yielded in done:
                yield done.pop(yielded)
                yielded += 1
            busy = [w for w in self.workers if w.chunk is not None]
            if not busy:
                if exhausted and yielded == read:
                    return
                continue
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], self._poll(busy))
            for worker in busy:
                if worker.conn in ready:
                    self._collect(worker, done)
                elif worker.process.sentinel in ready or self._overdue(worker):
                    self._replace(worker, done)

    def _collect(self, worker: _Worker, done: dict[int, Outcome]) -> None:
        try:
            outcomes, seconds = worker.conn.recv()
        except (EOFError, OSError):
            outcomes = None
        if outcomes is None:  # outside the except: a worker forked there inherits its traceback
            self._replace(worker, done)
            return
        done.update(zip(worker.seqs, outcomes, strict=True))
        # A moving average, so a run of slow documents shrinks the chunks that follow.
        latest = seconds / max(1, len(outcomes))
        last = self.per_document
        self.per_document = latest if last is None else (last + latest) / 2
        worker.chunk = None

    def _chunk_size(self) -> int:
        """One document until a worker has answered (nothing known yet), then ~CHUNK_SECONDS of them."""
        if self.per_document is None:
            return 1
        return max(1, min(MAX_CHUNK, int(CHUNK_SECONDS / max(self.per_document, 1e-6))))

    def _poll(self, busy: list[_Worker]) -> float | None:
        if self.options.timeout is None:
            return None
        return max(0.05, min(self._left(w) for w in busy))

    def _left(self, worker: _Worker) -> float:
        assert self.options.timeout is not None
        started = worker.status[1]
        if not started:
            return self.options.timeout + GRACE
        return started + self.options.timeout + GRACE - time.monotonic()

    def _overdue(self, worker: _Worker) -> bool:
        return self.options.timeout is not None and worker.status[1] > 0 and self._left(worker) <= 0

    def _respawn(self, worker: _Worker) -> _Worker:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        fresh = _Worker(self.ctx, self.options)
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def _replace(self, worker: _Worker, done: dict[int, Outcome]) -> None:
        """Kill a stuck or dead worker, fail the document it was on, and resend the rest of its chunk."""
        chunk, seqs, retry = worker.chunk or [], worker.seqs, worker.retry
        index, started = int(worker.status[0]), worker.status[1]
        overdue = self._overdue(worker)
        process = worker.process
        fresh = self._respawn(worker)
        code = process.exitcode  # after the join: a dead worker's own code
        if not started and not retry:
            # Died before its first document or after its last: no document to blame yet. Try the
            # chunk once more; a second death blames its first document, so the batch still ends.
            fresh.send(seqs, chunk, retry=True)
            return
        stuck = max(index, 0) if started else 0
        item = chunk[stuck]
        if overdue and self.options.timeout is not None:
            reason = f"{timeout_reason(self.options.timeout)} (worker stopped)"
        else:
            reason = f"worker process died (exit code {code})"
        done[seqs[stuck]] = (Failure(path=item.path or "-", reason=reason), None)
        # The ones before it are cleaned again: a worker sends a chunk's outcomes together.
        rest = [i for i in range(len(chunk)) if i != stuck]
        if rest:
            fresh.send([seqs[i] for i in rest], [chunk[i] for i in rest])
