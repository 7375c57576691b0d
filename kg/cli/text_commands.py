"""The commands over texts and vocabularies: extract, eval, vocab import-cameo."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli import (Command, DateOption, JobsOption, VocabOption, app, fail_cleanly, report_unattributed,
                    rows_table, terminal_width, writable)
from kg.errors import KgError
from kg.vocabulary import load_vocabulary


@app.command("extract", cls=Command)
@fail_cleanly
def extract_command(
    inputs: Annotated[list[Path], typer.Argument(metavar="TEXT", help="Texts (.txt, .md, .html) or folders of them.")],
    output: Annotated[str, typer.Option("-o", "--output", metavar="FILE", help="File, or '-' for stdout.")] = "-",
    fmt: Annotated[str, typer.Option("--format", metavar="FORMAT", help="jsonl (records) or table (a summary).")] = "jsonl",
    vocab: VocabOption = None,
    date: DateOption = None,
    jobs: JobsOption = 1,
) -> None:
    """Extract statement records from texts, to review, correct and build."""
    if fmt not in ("jsonl", "table"):
        raise KgError(f"unknown format {fmt!r}", "--format", "use jsonl or table")
    from kg.building import input_files
    from kg.readers import TEXT_SUFFIXES
    from kg.extraction import extract_texts
    from kg.records import write_records

    writable(output)
    vocabulary = load_vocabulary(vocab or ())
    texts = [(path, doc_id) for path, doc_id in input_files(inputs)
             if path.suffix.lower() in TEXT_SUFFIXES]
    records, unattributed, refused = [], [], []
    for found in extract_texts(texts, vocabulary, date, jobs):
        if isinstance(found, KgError):  # reported at the end; the other texts are still extracted
            refused.append(found)
            continue
        records += found[1].records
        unattributed += found[1].unattributed
    report_unattributed(unattributed)
    stream = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    try:
        if fmt == "jsonl":
            write_records(records, stream)
        else:
            rows = [{"doc": r.doc, "actors": ", ".join(a.name for a in r.actors), "act": r.act,
                     "stance": r.stance, "topics": ", ".join(r.topics),
                     "targets": ", ".join(t.name for t in r.targets), "langs": " ".join(r.languages),
                     "evidence": r.evidence[0].text[:70]} for r in records]
            stream.write(rows_table(rows, ["doc", "actors", "act", "stance", "topics", "targets", "langs",
                                       "evidence"], terminal_width() if output == "-" else None) + "\n")
    finally:
        if stream is not sys.stdout:
            stream.close()
    if refused:
        typer.echo(f"refused {len(refused)} of {len(texts)} text(s); the others were extracted:\n"
                   + "\n".join(f"  {e}" for e in refused), err=True)
        raise typer.Exit(2)


@app.command("eval", cls=Command)
@fail_cleanly
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(metavar="DIR", help="A folder of NAME.txt with NAME.gold.jsonl.")],
    vocab: VocabOption = None,
    details: Annotated[bool, typer.Option("--details/--summary",
                                          help="List missed, extra and wrongly labelled statements.")] = True,
) -> None:
    """Score the extractor against hand-checked gold records: P/R/F1 per field."""
    from kg.evaluate import evaluate
    from kg.extraction import extract, read

    vocabulary = load_vocabulary(vocab or ())
    if not gold_dir.is_dir():
        raise KgError("not a folder", str(gold_dir), "give a folder of NAME.txt and NAME.gold.jsonl files")
    scores = evaluate(gold_dir, lambda path: extract(read(path, vocabulary), vocabulary))
    if scores.gold == 0:
        raise KgError("no NAME.gold.jsonl beside a NAME.txt", str(gold_dir), "check the folder")
    if details:
        for doc, record in scores.missed:
            typer.echo(f"missed  {doc}: {record.act} {[a.name for a in record.actors]} {record.evidence[0].text[:90]!r}")
        for doc, record in scores.extra:
            typer.echo(f"extra   {doc}: {record.act} {[a.name for a in record.actors]} {record.evidence[0].text[:90]!r}")
        for doc, name, got, wanted in scores.wrong:
            shown = {"act": lambda r: r.act, "actors": lambda r: sorted(a.name for a in r.actors),
                     "stance": lambda r: r.stance, "targets": lambda r: sorted(a.name for a in r.targets),
                     "topics": lambda r: sorted(r.topics), "languages": lambda r: r.languages}[name]
            typer.echo(f"{name:<7} {doc}: got {shown(got)}, gold {shown(wanted)} "
                       f"{wanted.evidence[0].text[:60]!r}")
    typer.echo(f"{scores.gold} gold statements in {gold_dir}, {scores.extracted} extracted, "
               f"{scores.matched} matched")
    figures = scores.figures()
    typer.echo("  ".join(f"{k}: {v:.2f}" for k, v in list(figures.items())[:3]))
    typer.echo("  ".join(f"{k}: {v:.2f}" for k, v in list(figures.items())[3:6]))
    typer.echo("  ".join(f"{k}: {v:.2f}" for k, v in list(figures.items())[6:]))


vocab_app = typer.Typer(help="Bring vocabularies from elsewhere into the gazetteer's Turtle.", no_args_is_help=True)
app.add_typer(vocab_app, name="vocab")


@vocab_app.command("import-cameo", cls=Command)
@fail_cleanly
def import_cameo(
    dictionaries: Annotated[list[Path], typer.Argument(
        metavar="FILE", help="CAMEO/TABARI .actors files (Phoenix, PETRARCH) and agents files.")],
    output: Annotated[Path, typer.Option("-o", "--output", metavar="FILE", help="The Turtle file to write.")],
    vocab: VocabOption = None,
) -> None:
    """Convert CAMEO actor dictionaries into Turtle to pass with --vocab: the actors the gazetteer
    lacks, their aliases, the country or organisation they represent, and their dated posts; an
    agents file's nouns of state officials become role cues."""
    from kg.cameo import (agents_to_turtle, code_owners, dictionary_lines, is_agents_file, read_agents,
                          read_dictionary, to_turtle)

    vocabulary = load_vocabulary(vocab or ())
    agents, entries = [], []
    for path in dictionaries:
        lines = dictionary_lines(path)
        if is_agents_file(lines):
            agents += read_agents(lines)
        else:
            entries += read_dictionary(path, lines)
    owners = code_owners(entries, vocabulary)
    output.write_text(to_turtle(entries, vocabulary, owners) + agents_to_turtle(agents), encoding="utf-8")
    typer.echo(f"{len(entries)} dictionary entries, {len(owners)} codes matched to gazetteer actors, "
               f"{len(agents)} agent nouns; wrote {output}")
