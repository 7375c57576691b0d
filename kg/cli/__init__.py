"""The command line: a thin layer over kg's Python API (see `kg --help`)."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import traceback
from collections.abc import Callable, Sequence
from functools import wraps
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from typer.core import TyperArgument, TyperCommand

from kg import store as store_module
from kg.errors import KgError
from kg.results import table

# A command imports what only it needs (extraction, views, SHACL, matplotlib) inside its
# function: a small query must not wait for the imports of a build.
if TYPE_CHECKING:
    from kg.extraction import Unattributed


class Command(TyperCommand):
    """A command whose help names an argument by its metavar alone, not by a Python type
    ("TEXT", not "TEXT <list[Path]>")."""

    def format_help(self, ctx, formatter) -> None:
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = lambda ctx: None
        super().format_help(ctx, formatter)


app = typer.Typer(help="kg: diplomatic statements as an RDF knowledge graph "
                       "(actor – asserts – position – about – topic).",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  rich_markup_mode=None)

StoreOption = Annotated[Optional[str], typer.Option(
    "--store", metavar="DIR|URL|memory", envvar="KG_STORE", show_envvar=True,
    help="Store directory (embedded Oxigraph) or 'memory'. Default: ./kg-store.")]
VocabOption = Annotated[Optional[list[Path]], typer.Option(
    "--vocab", metavar="FILE.ttl", help="Extra Turtle vocabulary (actors, topics, verbs); repeatable.")]

JobsOption = Annotated[int, typer.Option("--jobs", "-j", metavar="N", min=1, help="Processes extracting texts in parallel.")]
DateOption = Annotated[Optional[str], typer.Option(
    "--date", metavar="YYYY-MM-DD", help="Publication date (ISO) for texts with no date line and no NAME.source.")]

_settings: dict[str, Any] = {"debug": False, "endpoints": (None, None)}


def open_store(spec: Optional[str], create: bool = False):
    """The store of the --store option, with the global endpoint overrides for a server; only
    `kg build` creates one, the other commands refuse a folder that holds none."""
    return store_module.open_store(spec, *_settings["endpoints"], create=create)


def fail_cleanly(command: Callable[..., Any]) -> Callable[..., Any]:
    """Report a KgError in one readable message with exit code 2 (traceback only with --debug)."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KgError as error:
            if _settings["debug"]:
                traceback.print_exc()
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from None

    return wrapper


def writable(target: Optional[str | Path], option: str = "-o") -> None:
    """Refuse, before any work, an output file that cannot be written."""
    if target is None or str(target) == "-":
        return
    path = Path(target)
    if path.is_dir():
        raise KgError("is a folder, not a file", str(path), f"give {option} a file name")
    if not path.parent.is_dir():
        raise KgError(f"the folder {path.parent} does not exist", str(path),
                      f"create it first (mkdir -p {path.parent}) or give {option} another file")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise KgError("cannot write this file (permission denied)", str(path), f"give {option} another file")


def out_stream(target: str):
    return sys.stdout.buffer if target == "-" else open(target, "wb")


def terminal_width() -> int | None:
    """The terminal's width when stdout is one: tables are fitted to it; files and pipes get whole cells."""
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


def rows_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int | None = None) -> str:
    """Rows as an aligned plain-text table (fitted to `width`)."""
    return table([[("" if row.get(c) is None else str(row[c])) for c in columns] for row in rows],
                 list(columns), width).rstrip("\n")


def _print_version(asked: bool) -> None:
    if asked:
        typer.echo(f"kg {metadata.version('kg')}")
        raise typer.Exit()


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_print_version,
                                          help="Print kg's version and exit.")] = False,
    update_url: Annotated[Optional[str], typer.Option(
        "--update-url", metavar="URL", envvar="KG_UPDATE_URL", help="A SPARQL server's update endpoint, when not the usual one.")] = None,
    graph_store_url: Annotated[Optional[str], typer.Option(
        "--graph-store-url", metavar="URL", envvar="KG_GRAPH_STORE_URL",
        help="A SPARQL server's Graph Store Protocol endpoint, when not the usual one.")] = None,
) -> None:
    _settings["debug"] = debug
    _settings["endpoints"] = (update_url, graph_store_url)
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="%(levelname)s: %(message)s", stream=sys.stderr)


UNATTRIBUTED_SHOWN = 20


def report_unattributed(unattributed: list[Unattributed]) -> None:
    """The clauses left out for want of an actor, on stderr: the user can add the name (--vocab)."""
    if not unattributed:
        return
    lines = [f"  {u}" for u in unattributed[:UNATTRIBUTED_SHOWN]]
    if len(unattributed) > UNATTRIBUTED_SHOWN:
        lines.append(f"  … and {len(unattributed) - UNATTRIBUTED_SHOWN} more")
    typer.echo(f"{len(unattributed)} clause(s) left out, no actor found (add the speaker's name to the "
               "vocabulary with --vocab, or code the statement by hand):\n" + "\n".join(lines), err=True)


def main() -> None:
    """Console entry point."""
    app()



# the commands register themselves on `app` (imported last: they import the helpers above)
from kg.cli import graph_commands, text_commands, web_commands  # noqa: E402,F401
