"""The ``corekit`` command line.

Exit codes: 0 every document was cleaned, 1 some documents failed (each with
a one-line message on stderr naming the file), 2 a usage error.

Only click and a few constants are imported here; each command imports what it runs, so
``--version``, ``--help`` and ``plugins`` do not pay for the pipeline, decoding or HTML.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import click

from corekit import __version__
from corekit.inputs import MAX_BYTES, MIB, InputError
from corekit.output import FORMATS
from corekit.records import INPUT_FORMATS

if TYPE_CHECKING:
    from corekit.learn import Lesson, Sample
    from corekit.plugins import PluginInfo, PluginManager

EXIT_SOME_FAILED = 1


ALIASES_OPTION = click.option(
    "--aliases",
    "aliases_file",
    type=click.Path(exists=True, dir_okay=False),
    help="TOML or CSV table: surface form -> canonical name. It wins over every plugin's spelling.",
)


def _aliases(path: str | None) -> dict[str, str]:
    """The user's alias table, or a usage error naming the file."""
    if path is None:
        return {}
    from corekit.names import load_aliases  # only runs that ask for it pay for the names import

    try:
        return load_aliases(path)
    except Exception as exc:  # a bad table is the user's input: say so in one line
        raise click.BadParameter(f"{path}: {exc}", param_hint="--aliases") from None


def _error(message: str) -> None:
    click.echo(f"corekit: {message}", err=True)


def default_plugin_manager() -> PluginManager:
    """The process-wide plugin manager (imported on first use: ``--help`` needs no plugins)."""
    from corekit.plugins import default_plugin_manager as manager

    return manager()


def _default_jobs() -> int:
    from corekit.batch import default_jobs

    return default_jobs()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="corekit")
def main() -> None:
    """Clean and mine text scraped from Indonesian news outlets."""


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write one output file per input into this directory instead of stdout. A file keeps its name "
    "(x.txt -> x.txt, x.html -> x.txt with --format text), a file found in a directory argument its path "
    "below it (corpus/a/x.txt -> a/x.txt); inputs that would share a name keep their folders "
    "(a/x.txt, b/x.txt), then their extensions (x.txt.txt, x.html.txt). An input is never overwritten.",
)
@click.option("--source", "source_id", metavar="ID", help="Use this source id instead of detecting it.")
@click.option("--strict", is_flag=True, help="Fail a document when a plugin raises, instead of falling back.")
@ALIASES_OPTION
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default="auto",
    show_default=True,
    help="auto: .jsonl/.csv are records, HTML is sniffed (or .html/.htm), the rest is text.",
)
@click.option(
    "--text-field", metavar="NAME", help="Record field with the text or HTML [text, raw_text, content, html]."
)
@click.option(
    "--url-field", metavar="NAME", default="url", show_default=True, help="Record field with the page URL."
)
@click.option(
    "--explain",
    is_flag=True,
    help="Show each input with every removed piece marked by the plugin and rule that removed it.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=_default_jobs,
    show_default="all cores",
    help="Worker processes; output keeps the input order.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Fail a document that takes longer than this, and go on.",
)
@click.option(
    "--skip-existing",
    is_flag=True,
    help="With -o: skip an input whose output file already exists (resume an interrupted run).",
)
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=MAX_BYTES // MIB,
    show_default=True,
    metavar="MIB",
    help="Refuse an input larger than this many MiB.",
)
def clean(
    files: tuple[str, ...],
    fmt: str,
    output_dir: Path | None,
    source_id: str | None,
    strict: bool,
    aliases_file: str | None,
    input_format: str,
    text_field: str | None,
    url_field: str,
    explain: bool,
    jobs: int,
    timeout: float | None,
    skip_existing: bool,
    max_size: int,
) -> None:
    """Clean FILES (text, HTML pages or JSONL/CSV records; '-' reads stdin; directories and globs expand).

    Prints the cleaned article, or the whole result with --format json/jsonl. Records are written
    back as JSONL: each input record with corekit's result under the "corekit" key. With --explain
    it prints each input marked up with what was removed and by which plugin and rule.
    """
    from corekit.batch import Failure, Item, Unread, process_rendered
    from corekit.inputs import documents, expand_rooted
    from corekit.model import Result
    from corekit.output import Sink, output_names
    from corekit.progress import Bar, Tally
    from corekit.records import RecordRun, record_format, suffixes_for

    if explain and output_dir is not None:
        raise click.UsageError("--explain prints to stdout; it does not go with --output-dir")
    aliases = _aliases(aliases_file)
    pm = default_plugin_manager()
    for failure in pm.load_errors:
        _error(
            f"warning: plugin {failure.name} ({failure.dist} {failure.version}) not loaded: {failure.error}"
        )
    if skip_existing and output_dir is None:
        raise click.UsageError("--skip-existing needs -o/--output-dir")
    rooted = list(expand_rooted(files, suffixes_for(input_format)))
    paths = [path for path, _ in rooted]
    roots: dict[str, str | None] = {}
    for path, root in rooted:  # a file met twice (named, and inside a directory named) keeps the first
        if isinstance(path, str):
            roots.setdefault(path, root)
    kinds = {record_format(p, input_format) is not None for p in paths if isinstance(p, str)}
    if len(kinds) > 1:
        raise click.UsageError("cannot mix record files (.jsonl/.csv) with text or HTML files in one run")
    sink: Sink | RecordRun
    inputs: Iterable[Item]
    skipped = 0
    if kinds == {True}:
        # Named from every input, before any is skipped, so that a resumed run names them alike.
        names = output_names([p for p in paths if isinstance(p, str)], roots) if output_dir else {}
        if skip_existing and output_dir is not None:  # a record file's output is renamed in whole at the end
            out = output_dir
            paths, skipped = _skip_done(paths, lambda p: record_output(out, p, names).is_file())
        sink = RecordRun(
            paths,
            input_format,
            text_field=text_field,
            url_field=url_field,
            pm=pm,
            out_dir=output_dir,
            names=names,
        )
        inputs = sink.documents()
    else:
        sink = Sink(fmt, output_dir, (p for p in paths if isinstance(p, str)), sys.stdout, roots)
        if skip_existing:
            paths, skipped = _skip_done(paths, sink.done)
        # Files are read by the worker that cleans them; stdin here.
        inputs = (
            Unread(p, input_format, max_size * MIB)
            if isinstance(p, str) and p != "-"
            else next(documents([p], input_format=input_format, pm=pm, max_bytes=max_size * MIB))
            for p in paths
        )
    # --explain is a rendering too: the marked-up input, made where the document was cleaned.
    render = fmt if sink.renders else None
    if explain:
        render = "explain-color" if sys.stdout.isatty() else "explain"
    tally, bar = Tally(), Bar(sys.stderr, total=len(paths))
    outcomes = process_rendered(
        inputs,
        fmt=render,
        pm=pm,
        source=source_id,
        aliases=aliases,
        strict=strict,
        jobs=jobs,
        timeout=timeout,
    )
    for outcome, rendered in outcomes:
        bar.update()
        if isinstance(outcome, Failure):
            _error(str(outcome))
            tally.failure(outcome.reason)
            if isinstance(sink, RecordRun):
                sink.forget(outcome.path)
            continue
        tally.cleaned(outcome)
        for warning in outcome.warnings:
            _error(f"warning: {outcome.path}: {warning}")
        if explain:
            if len(paths) > 1:
                click.echo(f"== {outcome.path} ==")
            click.echo(rendered, nl=False)
            continue
        if isinstance(sink, RecordRun):
            assert isinstance(outcome, Result)  # records are merged here, never rendered ahead
            refused = sink.write(outcome, rendered)
        else:
            refused = sink.write(outcome, rendered)
        if refused:
            _error(f"{outcome.path}: {refused}")
            tally.refused(outcome, refused)
    bar.close()
    sink.close()
    if skipped:
        _error(f"skipped {skipped} input{'s' if skipped != 1 else ''} whose output already exists")
    if tally.documents > 1:
        for line in tally.summary():
            _error(line)
    if tally.failed:
        sys.exit(EXIT_SOME_FAILED)


def _skip_done(
    paths: list[str | InputError], done: Callable[[str], bool]
) -> tuple[list[str | InputError], int]:
    """The paths still to do, and how many were skipped because their output exists."""
    todo = [p for p in paths if isinstance(p, InputError) or p == "-" or not done(p)]
    return todo, len(paths) - len(todo)


def record_output(out_dir: Path, path: str, names: Mapping[str, str] | None = None) -> Path:
    """Where a record file's output goes under ``-o`` (see :meth:`RecordRun.write`)."""
    from corekit.output import output_path

    return output_path(out_dir, path, "jsonl", names)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(("table", "json", "jsonl")), default="table", show_default=True
)
@click.option("--indirect/--direct-only", default=True, show_default=True, help="Also list reported speech.")
@click.option("--source", "source_id", metavar="ID", help="Use this source id instead of detecting it.")
@ALIASES_OPTION
def quotes(
    files: tuple[str, ...], fmt: str, indirect: bool, source_id: str | None, aliases_file: str | None
) -> None:
    """Who said what in FILES (text or HTML pages): speaker, cue and quote, or JSON.

    The table has one line per quote: speaker, cue, the agency cited (if any) and the words.
    """
    import attrs

    from corekit.batch import Failure, process
    from corekit.inputs import documents, expand
    from corekit.records import suffixes_for

    aliases = _aliases(aliases_file)
    pm = default_plugin_manager()
    paths = list(expand(files, suffixes_for("auto")))
    failed = False
    for outcome in process(documents(paths, pm=pm), pm=pm, source=source_id, aliases=aliases):
        if isinstance(outcome, Failure):
            _error(str(outcome))
            failed = True
            continue
        found = [q for q in outcome.quotes if indirect or q.kind == "direct"]
        if fmt != "table":
            record = {"path": outcome.path, "quotes": [attrs.asdict(q) for q in found]}
            click.echo(json.dumps(record, ensure_ascii=False, indent=2 if fmt == "json" else None))
            continue
        if len(paths) > 1:
            click.echo(f"==> {outcome.path} <==")
        for quote in found:
            words = f"“{quote.text}”" if quote.kind == "direct" else f"({quote.text})"
            via = f" [via {quote.via}]" if quote.via else ""
            click.echo(f"{quote.speaker or '?'}\t{quote.cue or '-'}{via}\t{words}")
    if failed:
        sys.exit(EXIT_SOME_FAILED)


@main.command()
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
def plugins(fmt: str) -> None:
    """List installed plugins: name, version, source ids, hooks and load errors."""

    infos = default_plugin_manager().info()
    if fmt == "json":
        click.echo(json.dumps([_info_dict(i) for i in infos], ensure_ascii=False, indent=2))
        return
    for info in infos:
        click.echo(f"{info.name} ({info.dist} {info.version})")
        if info.error:
            click.echo(f"  error: {info.error}")
            continue
        click.echo(f"  sources: {', '.join(info.sources) or '-'}")
        click.echo(f"  hooks: {', '.join(info.hooks)}")


def _info_dict(info: PluginInfo) -> dict[str, object]:
    import attrs

    return {k: list(v) if isinstance(v, tuple) else v for k, v in attrs.asdict(info).items()}


def _thresholds(command: Callable[..., None]) -> Callable[..., None]:
    """The two support thresholds both learning commands take."""
    command = click.option(
        "--min-articles",
        type=click.IntRange(1),
        default=3,
        show_default=True,
        help="... and in at least this many of them.",
    )(command)
    return click.option(
        "--min-share",
        type=click.FloatRange(0.0, 1.0, min_open=True),
        default=0.1,
        show_default=True,
        help="Keep a piece only when it occurs in at least this share of the sample's articles ...",
    )(command)


def _lesson(
    sample: str, plugin: str, host: str | None, min_share: float, min_articles: int
) -> tuple[tuple[Sample, ...], Lesson]:
    from corekit.learn import learn, read_samples
    from corekit.learn.samples import SampleError

    try:
        samples = read_samples(sample)
    except (SampleError, OSError, UnicodeDecodeError) as exc:
        _error(str(exc))
        sys.exit(2)
    if len(samples) < MIN_SAMPLES:
        _error(f"warning: {sample}: {len(samples)} articles; learning wants {MIN_SAMPLES} or more")
    return samples, learn(samples, plugin=plugin, host=host, min_share=min_share, min_articles=min_articles)


#: Fewer articles than this cannot show what repeats across a site.
MIN_SAMPLES = 20


@main.command("new-plugin")
@click.argument("plugin_id", metavar="NAME")
@click.option("--host", "hosts", multiple=True, required=True, help="The outlet's domain (repeatable).")
@click.option("--name", "display", help="The outlet's own spelling (default: NAME capitalised).")
@click.option("--learn", "sample", metavar="DIR_OR_JSONL", help="Learn the boilerplate from these articles.")
@click.option(
    "--dest",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("plugins"),
    show_default=True,
    help="Where to write corekit-NAME/; an existing one is never overwritten.",
)
@_thresholds
def new_plugin(
    plugin_id: str,
    hosts: tuple[str, ...],
    display: str | None,
    sample: str | None,
    dest: Path,
    min_share: float,
    min_articles: int,
) -> None:
    """Write a complete plugin package for outlet NAME under DEST/corekit-NAME/."""
    from corekit.learn.render import RenderError, render_plugin

    samples: tuple[Sample, ...] = ()
    lesson: Lesson | None = None
    if sample:
        samples, lesson = _lesson(sample, plugin_id, hosts[0], min_share, min_articles)
    try:
        target = render_plugin(dest, plugin_id, hosts=hosts, name=display, lesson=lesson, samples=samples)
    except RenderError as exc:
        _error(str(exc))
        sys.exit(2)
    rules = f" with {len(lesson.rules)} learned rules" if lesson else ""
    click.echo(f"wrote {target}{rules}; install it with: pip install -e {target}")


@main.command("learn")
@click.argument("sample", metavar="DIR_OR_JSONL")
@click.option("--report", is_flag=True, required=True, help="Print what would be learned; write nothing.")
@click.option("--host", help="The outlet's domain, to tell its own name in footers.")
@_thresholds
def learn_command(sample: str, report: bool, host: str | None, min_share: float, min_articles: int) -> None:
    """Print the rules, their kind and support that new-plugin --learn would write for DIR_OR_JSONL."""
    from corekit.learn.report import describe

    _, lesson = _lesson(sample, "learned", host, min_share, min_articles)
    click.echo(describe(lesson))
