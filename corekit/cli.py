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
from corekit.batch import Failure, default_jobs, process_rendered
from corekit.inputs import documents, expand
from corekit.output import FORMATS, Sink
from corekit.plugins import PluginInfo, default_plugin_manager
from corekit.progress import Bar, Tally

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
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=default_jobs,
    show_default="all cores",
    help="Worker processes; output keeps the input order.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Fail a document that takes longer than this, and go on.",
)
def clean(
    files: tuple[str, ...],
    fmt: str,
    output_dir: Path | None,
    source_id: str | None,
    strict: bool,
    jobs: int,
    timeout: float | None,
) -> None:
    """Clean FILES (text; '-' reads stdin; directories and globs expand).

    Prints the cleaned article, or the whole result with --format json/jsonl.
    """
    pm = default_plugin_manager()
    for failure in pm.load_errors:
        _error(
            f"warning: plugin {failure.name} ({failure.dist} {failure.version}) not loaded: {failure.error}"
        )
    paths = list(expand(files))
    sink = Sink(fmt, output_dir, (p for p in paths if isinstance(p, str)), sys.stdout)
    tally, bar = Tally(), Bar(sys.stderr, total=len(paths))
    outcomes = process_rendered(
        documents(paths),
        fmt=fmt if sink.renders else None,
        pm=pm,
        source=source_id,
        strict=strict,
        jobs=jobs,
        timeout=timeout,
    )
    for outcome, rendered in outcomes:
        bar.update()
        if isinstance(outcome, Failure):
            _error(str(outcome))
            tally.failure(outcome.reason)
            continue
        tally.cleaned(outcome)
        for warning in outcome.warnings:
            _error(f"warning: {outcome.path}: {warning}")
        refused = sink.write(outcome, rendered)
        if refused:
            _error(f"{outcome.path}: {refused}")
            tally.refused(outcome, refused)
    bar.close()
    sink.close()
    if tally.documents > 1:
        for line in tally.summary():
            _error(line)
    if tally.failed:
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
    return {k: list(v) if isinstance(v, tuple) else v for k, v in attrs.asdict(info).items()}
