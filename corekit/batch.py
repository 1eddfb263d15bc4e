"""Running the pipeline over a stream of documents, turning every failure into a record.

One process (``jobs=1``) runs documents in place; more go to :mod:`corekit.pool`, which keeps the
input order, a bounded window in flight and a per-document time limit it can enforce even on a
worker stuck in C code. Nothing here holds the whole input or output: a million-line input streams.

The main process of a batch reads the input, keeps the order and writes the output for every
worker, so whatever it does per document caps the speed-up of ``--jobs``. Work that can move to
the workers does: a file given as :class:`Unread` is read, decoded and (for a page) extracted by
the worker that cleans it, and a result rendered there comes back as :class:`Cleaned` (the
little the main process needs) with its text, not as the whole :class:`Result`, whose pickling
both ways cost more than rendering it.
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager

import attrs

from corekit.inputs import MAX_BYTES, InputError, read_document
from corekit.model import Document, Result, SourceMatch
from corekit.pipeline import PluginError, run
from corekit.plugins import PluginManager, default_plugin_manager


@attrs.frozen(kw_only=True)
class Failure:
    """A document that could not be cleaned.

    Attributes:
        path: The input it came from.
        reason: One line saying why.
    """

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@attrs.frozen
class Unread:
    """A file for the worker that cleans it to read (see :func:`corekit.inputs.read_document`)."""

    path: str
    input_format: str = "auto"
    max_bytes: int = MAX_BYTES


@attrs.frozen(kw_only=True)
class Cleaned:
    """A result already rendered where it was cleaned: what the main process still needs of it.

    Attributes:
        path: The input it came from.
        source: The source it was cleaned as.
        warnings: The result's warnings.
    """

    path: str | None
    source: SourceMatch
    warnings: tuple[str, ...] = ()


Item = Document | Unread | InputError
#: Renderings of the input marked up with what was removed (``--explain``), plain and coloured:
#: rendered where the document was cleaned, since they need the document beside its result.
EXPLAIN = ("explain", "explain-color")
#: Renderings that show the article alone: names and quotes would be found for nothing.
TEXT_ONLY = ("text", *EXPLAIN)


@attrs.frozen(kw_only=True)
class Options:
    """What every document of a batch is cleaned with; picklable, so workers get the same."""

    source: str | None = None
    aliases: Mapping[str, str] = attrs.field(factory=dict)
    strict: bool = False
    timeout: float | None = None
    render: str | None = (
        None  # an output format (or one of EXPLAIN) to render each result in, where it is cleaned
    )
    mine: bool = True  # find names and quotes (False: the output shows the text alone)


class DocumentTimeout(BaseException):
    """Raised by the alarm inside a document; a BaseException so that the pipeline's
    ``except Exception`` (a broken plugin falls back to generic) cannot swallow it."""


def timeout_reason(timeout: float) -> str:
    return f"timed out after {timeout:g} s"


def default_jobs() -> int:
    """The cores this process may use (``os.process_cpu_count`` where Python has it)."""
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        return int(count() or 1)
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def process(
    documents: Iterable[Item],
    *,
    pm: PluginManager | None = None,
    source: str | None = None,
    aliases: Mapping[str, str] | None = None,
    strict: bool = False,
    jobs: int = 1,
    timeout: float | None = None,
) -> Iterator[Result | Failure]:
    """One outcome per input, in input order; a bad input never stops the stream.

    Args:
        documents: Any iterable (files, records); read lazily, never held whole. An
            :class:`Unread` file is read where it is cleaned.
        pm: The plugin manager; the process-wide one by default. Workers inherit it (fork).
        jobs: Worker processes; 1 runs in this process.
        timeout: Seconds one document may take; over it, it becomes a :class:`Failure`.
    """
    options = Options(source=source, aliases=dict(aliases or {}), strict=strict, timeout=timeout)
    for outcome, _ in _outcomes(documents, pm or default_plugin_manager(), options, jobs):
        assert not isinstance(outcome, Cleaned)  # nothing was rendered
        yield outcome


def process_rendered(
    documents: Iterable[Item],
    *,
    fmt: str | None,
    pm: PluginManager | None = None,
    source: str | None = None,
    aliases: Mapping[str, str] | None = None,
    strict: bool = False,
    jobs: int = 1,
    timeout: float | None = None,
) -> Iterator[tuple[Result | Cleaned | Failure, str | None]]:
    """Like :func:`process`, with each result rendered in ``fmt`` (see :func:`corekit.output.render`)
    where it was cleaned: ``(Cleaned, text)`` for each document cleaned, or ``(Result, None)``
    when ``fmt`` is None. The text and explain renderings show no names or quotes, so for them
    the pipeline does not look for any.
    """
    mine = fmt not in TEXT_ONLY
    options = Options(
        source=source, aliases=dict(aliases or {}), strict=strict, timeout=timeout, render=fmt, mine=mine
    )
    yield from _outcomes(documents, pm or default_plugin_manager(), options, jobs)


def _outcomes(
    documents: Iterable[Item], pm: PluginManager, options: Options, jobs: int
) -> Iterator[tuple[Result | Cleaned | Failure, str | None]]:
    stream = iter(documents)
    head = list(itertools.islice(stream, jobs))
    # A time limit needs a process that can be killed (code stuck in C never sees the alarm),
    # so it always goes to the pool; without one, a single job or document stays here, which
    # keeps ``corekit clean file.txt`` free of process start-up.
    if options.timeout is None and (jobs <= 1 or len(head) < 2):
        for document in itertools.chain(head, stream):
            yield work(document, pm, options)
        return
    from corekit.pool import Pool

    with Pool(max(1, min(jobs, len(head))), pm, options) as pool:
        yield from pool.map(itertools.chain(head, stream))


def work(
    document: Item, pm: PluginManager, options: Options
) -> tuple[Result | Cleaned | Failure, str | None]:
    """The unit a worker runs: the outcome, or what is left of it once rendered (``options.render``)."""
    read, outcome = _clean(document, pm, options)
    if options.render is None or isinstance(outcome, Failure):
        return outcome, None
    kept = Cleaned(path=outcome.path, source=outcome.source, warnings=outcome.warnings)
    if options.render in EXPLAIN:
        from corekit.explain import render as explain

        assert read is not None  # cleaned, so it was read
        return kept, explain(read, outcome.article, outcome.source, color=options.render == "explain-color")
    from corekit.output import render

    return kept, render(outcome, options.render)


def clean_one(document: Item, pm: PluginManager, options: Options) -> Result | Failure:
    """The outcome for one input, the time limit included (reading an :class:`Unread` file too)."""
    return _clean(document, pm, options)[1]


def _clean(document: Item, pm: PluginManager, options: Options) -> tuple[Document | None, Result | Failure]:
    """:func:`clean_one`, with the document it read (None if it could not)."""
    if isinstance(document, InputError):
        return None, Failure(path=document.path, reason=document.reason)
    path = document.path or "-"
    read: Document | None = None
    try:
        with alarm(options.timeout):
            if isinstance(document, Unread):
                read = read_document(
                    document.path, input_format=document.input_format, pm=pm, max_bytes=document.max_bytes
                )
            else:
                read = document
            opts = options
            return read, run(
                read, source=opts.source, aliases=opts.aliases, strict=opts.strict, mine=opts.mine, pm=pm
            )
    except InputError as exc:
        return read, Failure(path=exc.path, reason=exc.reason)
    except PluginError as exc:
        return read, Failure(path=path, reason=str(exc))
    except DocumentTimeout:
        assert options.timeout is not None
        return read, Failure(path=path, reason=timeout_reason(options.timeout))


@contextmanager
def alarm(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in this thread after ``seconds``.

    SIGALRM interrupts Python code and both regex engines (they check for signals while
    backtracking); code that never checks is the pool's to stop by killing the worker. Only the
    main thread gets signals, so elsewhere this does nothing.
    """
    usable = seconds is not None and hasattr(signal, "setitimer")
    if not usable or threading.current_thread() is not threading.main_thread():
        yield
        return
    assert seconds is not None

    def _expired(signum: int, frame: object) -> None:
        raise DocumentTimeout

    previous: Callable[..., object] | int | None = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
