"""The ``corekit`` command line.

Exit codes: 0 every document was cleaned, 1 some documents failed (each with
a one-line message on stderr naming the file), 2 a usage error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs
import click

from corekit import __version__
from corekit.batch import Failure, process
from corekit.inputs import MAX_BYTES, MIB, InputError, documents, expand
from corekit.output import FORMATS, Sink
from corekit.plugins import PluginInfo, default_plugin_manager

EXIT_SOME_FAILED = 1


def _error(message: str) -> None:
    click.echo(f"corekit: {message}", err=True)


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
    help="Write one output file per input into this directory instead of stdout.",
)
@click.option("--source", "source_id", metavar="ID", help="Use this source id instead of detecting it.")
@click.option("--strict", is_flag=True, help="Fail a document when a plugin raises, instead of falling back.")
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
    skip_existing: bool,
    max_size: int,
) -> None:
    """Clean FILES (text; '-' reads stdin; directories and globs expand).

    Prints the cleaned article, or the whole result with --format json/jsonl.
    """
    pm = default_plugin_manager()
    for failure in pm.load_errors:
        _error(
            f"warning: plugin {failure.name} ({failure.dist} {failure.version}) not loaded: {failure.error}"
        )
    if skip_existing and output_dir is None:
        raise click.UsageError("--skip-existing needs -o/--output-dir")
    paths = list(expand(files))
    sink = Sink(fmt, output_dir, (p for p in paths if isinstance(p, str)), sys.stdout)
    todo, skipped = _skip_done(paths, sink) if skip_existing else (paths, 0)
    failed = False
    docs = documents(todo, max_bytes=max_size * MIB)
    for outcome in process(docs, pm=pm, source=source_id, strict=strict):
        if isinstance(outcome, Failure):
            _error(str(outcome))
            failed = True
            continue
        for warning in outcome.warnings:
            _error(f"warning: {outcome.path}: {warning}")
        refused = sink.write(outcome)
        if refused:
            _error(f"{outcome.path}: {refused}")
            failed = True
    sink.close()
    if skipped:
        _error(f"skipped {skipped} input{'s' if skipped != 1 else ''} whose output already exists")
    if failed:
        sys.exit(EXIT_SOME_FAILED)


def _skip_done(paths: list[str | InputError], sink: Sink) -> tuple[list[str | InputError], int]:
    """The paths still to do, and how many were skipped because their output exists."""
    todo = [p for p in paths if isinstance(p, InputError) or not sink.done(p)]
    return todo, len(paths) - len(todo)


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
    return {k: list(v) if isinstance(v, tuple) else v for k, v in attrs.asdict(info).items()}
