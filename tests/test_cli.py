"""The command line end to end: build, stats, validate, export, remove, errors."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import SEED_GOLD, gold_objects

runner = CliRunner()


def kg(*args, store=None, input=None):
    full = list(args) + (["--store", str(store)] if store else [])
    return runner.invoke(app, full, input=input, catch_exceptions=False)


@pytest.fixture
def store(tmp_path):
    return tmp_path / "kg-store"


def test_build_lists_the_seed_statements(store):
    result = kg("build", str(SEED_GOLD), "--list", store=store)
    assert result.exit_code == 0, result.output
    assert "built 1 document(s), 7 statement(s)" in result.output
    lines = result.output.splitlines()
    assert any("Sergey Lavrov" in l and "emphasize" in l and "oppose" in l and "ukraine-conflict" in l
               for l in lines)
    assert sum(1 for l in lines if l.startswith("2025-09-24")) == 7


def test_stats_and_documents(store):
    kg("build", str(SEED_GOLD), store=store)
    result = kg("stats", "--documents", store=store)
    assert result.exit_code == 0
    stats = dict(line.split(None, 1) for line in result.output.splitlines()[:6])
    assert stats["documents"] == "1" and stats["statements"] == "7" and stats["actors"] == "2"
    assert stats["languages"] == "en it"
    assert "lavrov-rubio-2025-09-24.txt" in result.output


def test_store_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    assert kg("build", str(SEED_GOLD)).exit_code == 0
    assert (tmp_path / "env-store").is_dir()


def test_validate_exit_codes(store, tmp_path):
    kg("build", str(SEED_GOLD), store=store)
    assert kg("validate", store=store).exit_code == 0
    bad = tmp_path / "bad.ttl"
    export = kg("export", "-f", "turtle", "-o", str(bad), store=store)
    assert export.exit_code == 0
    graph = Graph().parse(bad)
    from kg.namespaces import KG
    for triple in list(graph.triples((None, KG.actor, None))):
        graph.remove(triple)
    graph.serialize(bad, format="turtle")
    result = kg("validate", str(bad))
    assert result.exit_code == 1
    assert "violation" in result.output and "at least one actor" in result.output


def test_build_from_stdin_and_export_to_stdout():
    result = kg("build", "-", "--store", "memory", input=SEED_GOLD.read_text(encoding="utf-8"))
    assert result.exit_code == 0 and "7 statement(s)" in result.output


def test_export_to_stdout_parses(store):
    kg("build", str(SEED_GOLD), store=store)
    result = runner.invoke(app, ["export", "-f", "nt", "--store", str(store)])
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.stdout_bytes, format="nt")) > 300


def test_build_with_output_file(store, tmp_path):
    out = tmp_path / "graph.trig"
    assert kg("build", str(SEED_GOLD), "-o", str(out), store=store).exit_code == 0
    assert out.stat().st_size > 1000


def test_refused_input_exits_2_with_file_and_line_and_no_traceback(store, tmp_path):
    objects = gold_objects(SEED_GOLD)
    objects[1]["act"] = "praise"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(json.dumps(o) for o in objects), encoding="utf-8")
    result = kg("build", str(bad), store=store)
    assert result.exit_code == 2
    assert f"{bad}:2: unknown act 'praise'" in result.output
    assert "Traceback" not in result.output
    assert "statements  0" in kg("stats", store=store).output


def test_remove(store):
    kg("build", str(SEED_GOLD), store=store)
    assert kg("remove", "lavrov-rubio-2025-09-24.txt", store=store).exit_code == 0
    missing = kg("remove", "lavrov-rubio-2025-09-24.txt", store=store)
    assert missing.exit_code == 2 and "no document" in missing.output


def test_console_script_runs_and_reports_errors_cleanly(tmp_path):
    result = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "missing.jsonl"),
                             "--store", "memory"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "missing.jsonl: no such file or directory" in result.stderr
    assert "Traceback" not in result.stderr


SEED_TEXT = SEED_GOLD.with_name("lavrov-rubio-2025-09-24.txt")


def test_extract_writes_records_that_build(store, tmp_path):
    out = tmp_path / "seed.jsonl"
    result = kg("extract", str(SEED_TEXT), "-o", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 7 and all(len(r["evidence"]) == 2 for r in records)
    assert kg("build", str(out), store=store).exit_code == 0


def test_extract_table(store):
    result = kg("extract", str(SEED_TEXT), "--format", "table")
    assert result.exit_code == 0
    assert "Sergey Lavrov" in result.output and "emphasize" in result.output and "en it" in result.output


def test_build_from_text_then_rebuild_is_unchanged(store):
    first = kg("build", str(SEED_TEXT), store=store)
    assert "built 1 document(s), 7 statement(s)" in first.output
    again = kg("build", str(SEED_TEXT), store=store)
    assert "1 unchanged" in again.output


def test_eval_prints_the_figures(tmp_path):
    result = kg("eval", str(SEED_GOLD.parent), "--summary")
    assert result.exit_code == 0
    assert "statement F1: 1.00" in result.output and "bilingual merging: 1.00" in result.output
    missing = kg("eval", str(tmp_path))
    assert missing.exit_code == 2 and "no NAME.gold.jsonl" in missing.output


def test_jobs_give_the_same_output_in_the_same_order(tmp_path):
    dev = str(SEED_GOLD.parent.parent / "dev")
    one = kg("extract", dev, "--jobs", "1")
    two = kg("extract", dev, "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.output == two.output and one.output.count("\n") > 80
    texts = tmp_path / "texts"
    texts.mkdir()
    for source in (SEED_GOLD.parent.parent / "dev").iterdir():
        if source.suffix in (".txt", ".source"):
            (texts / source.name).write_bytes(source.read_bytes())
    counts = []
    for jobs, folder in (("1", "a"), ("2", "b")):
        built = kg("build", str(texts), "--jobs", jobs, store=tmp_path / folder)
        statements = sum(line.startswith("{") for line in one.output.splitlines())  # kg extract's records
        assert f"built 44 document(s), {statements} statement(s); 0 unchanged; 0 refused" in built.output, \
            built.output
        counts.append(kg("stats", store=tmp_path / folder).output)
    assert counts[0] == counts[1]


def test_extract_reports_an_undated_text_and_extracts_the_others(tmp_path):
    (tmp_path / "undated.txt").write_text("The minister said peace matters.\n", encoding="utf-8")
    (tmp_path / "talks-2021-06-05.txt").write_text("Foreign Minister Lena Varga said peace matters.\n",
                                                    encoding="utf-8")
    result = kg("extract", str(tmp_path))
    assert result.exit_code == 2
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [(r["doc"], r["actors"], r["date"]) for r in records] == [("talks-2021-06-05.txt", ["Lena Varga"], "2021-06-05")]
    assert "refused 1 of 2 text(s)" in result.stderr and "undated.txt: no publication date found" in result.stderr


def one_text(tmp_path, text):
    """A folder (beside the store, not around it) holding one dated text."""
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "note-2021-06-05.txt").write_text(text, encoding="utf-8")
    return texts


def test_build_reports_clauses_without_an_actor_and_the_graph_validates(tmp_path, store):
    texts = one_text(tmp_path, "We welcome the release of the detained journalists.\n"
                               "Foreign Minister Lena Varga said the release was overdue.\n")
    built = kg("build", str(texts), store=store)
    assert built.exit_code == 0 and "built 1 document(s), 1 statement(s)" in built.stdout
    assert "1 clause(s) left out, no actor found" in built.stderr and "note-2021-06-05.txt, character 0" in built.stderr
    assert kg("validate", store=store).exit_code == 0
    found = kg("query", "statements-by-actor", "--param", "actor=Lena Varga", "--format", "csv", store=store)
    assert found.exit_code == 0 and "the release was overdue" in found.stdout


def test_actors_lists_the_names_outside_the_gazetteer_and_writes_a_stub_that_links_them(tmp_path, store):
    texts = one_text(tmp_path, "Foreign Minister Lena Varga said the release of the journalists was overdue. "
                               "Secretary of State Marco Rubio welcomed the release.\n")
    assert kg("build", str(texts), store=store).exit_code == 0
    listed = kg("actors", store=store).stdout
    assert re.search(r"Lena Varga\s+no\s+1\s+note-2021-06-05.txt", listed)
    assert re.search(r"Marco Rubio\s+person\s+United States\s+Q324546\s+yes\s+1", listed)
    stub = tmp_path / "mine.ttl"
    unknown = kg("actors", "--unknown", "--stub", str(stub), store=store)
    assert "Lena Varga" in unknown.stdout and "Marco Rubio" not in unknown.stdout
    linked = kg("actors", "--unknown", "--vocab", str(stub), store=store)
    assert linked.exit_code == 0 and "Lena Varga" not in linked.stdout  # the stub puts her in the gazetteer


def test_a_french_text_builds_and_is_queried_with_the_french_turtle_passed_as_vocab(tmp_path, store):
    french = str(Path(__file__).parent / "vocab" / "french.ttl")
    texts = one_text(tmp_path, "La porte-parole Claire Martin a déclaré que cette agression est inacceptable.\n")
    assert kg("build", str(texts), "--vocab", french, store=store).exit_code == 0
    assert kg("validate", store=store).exit_code == 0
    found = kg("query", "statements-by-actor", "--param", "actor=Claire Martin", "--format", "csv", store=store)
    assert found.exit_code == 0 and "cette agression est inacceptable" in found.stdout


def test_outputs_into_a_missing_folder_and_a_mistyped_store_are_one_error_and_create_nothing(store, tmp_path):
    kg("build", str(SEED_GOLD), store=store)
    missing = tmp_path / "missing" / "dir"
    for args in (["export", "-f", "turtle", "-o", str(missing / "x.ttl"), "--store", str(store)],
                 ["view", "actor-topic", "-o", str(missing / "x.png"), "--store", str(store)],
                 ["extract", str(SEED_TEXT), "-o", str(missing / "x.jsonl")]):
        result = kg(*args)
        assert result.exit_code == 2, args
        assert f"the folder {missing} does not exist" in result.output and "Traceback" not in result.output
    typo = tmp_path / "typo"
    for args in (["stats"], ["query", "acts"], ["export", "-f", "turtle"], ["actors"], ["view", "agreement"]):
        result = kg(*args, store=typo)
        assert result.exit_code == 2 and f"no store at {typo}" in result.output, args
    assert not typo.exists() and not missing.parent.exists()


def test_standard_prefixes_parse_errors_version_help_and_missing_names(store):
    kg("build", str(SEED_GOLD), store=store)
    labels = kg("query", "--format", "csv", "--sparql",
                "SELECT ?l WHERE { ?s a kg:Statement ; kg:act ?a . ?a skos:prefLabel ?l FILTER (LANG(?l) = 'en') } "
                "ORDER BY ?l LIMIT 1", store=store)
    assert labels.exit_code == 0 and labels.output.splitlines() == ["l", "agree"]
    broken = kg("query", "--sparql", "SELECT ?l WHERE { ?s rdfs:label ?l LIMIT 1", store=store)
    assert broken.exit_code == 2 and re.search(r"line 1, column \d+: ", broken.output)
    assert len(broken.output.splitlines()[0]) < 160
    assert re.fullmatch(r"kg \d+\.\d+\.\d+\n", kg("--version").output)
    help_text = "".join(kg(*command, "--help").output for command in (["build"], ["query"], ["view"], ["vocab", "import-cameo"]))
    assert not re.search(r"<(?:list|str|path|bool|int)", help_text)
    assert kg("view", "--actor", "Sergey Lavrov", store=store).exit_code == 2
    assert "which query?" in kg("query", store=store).output


def test_stats_counts_the_documents_triples_apart_from_the_vocabulary(store):
    kg("build", str(SEED_GOLD), store=store)
    lines = dict(line.rsplit(None, 1) for line in kg("stats", store=store).output.splitlines())
    assert 100 < int(lines["triples"]) < 1000 < int(lines["vocabulary triples"])


def test_tables_fit_the_terminal_and_tsv_is_plain_values(store):
    from kg.results import table
    wide = table([["a" * 50, "b" * 300, "c"]], ["x", "y", "z"], width=60)
    assert max(map(len, wide.splitlines())) <= 60 and "…" in wide
    kg("build", str(SEED_GOLD), store=store)
    tsv = kg("query", "statements", "--format", "tsv", store=store).output.splitlines()
    assert tsv[0].startswith("date\t") and "^^" not in tsv[1] and tsv[1].startswith("2025-09-24\t")


def test_export_events_writes_a_table_and_refuses_stdout(store, tmp_path):
    kg("build", str(SEED_GOLD), store=store)
    result = kg("export", "-f", "events", "-o", str(tmp_path / "e.csv"), store=store)
    assert result.exit_code == 0 and "12 event row(s)" in result.output
    assert (tmp_path / "e.csv").read_text(encoding="utf-8").startswith("event_id,date,source,")
    assert kg("export", "-f", "events", store=store).exit_code == 2
    assert kg("export", "-f", "events", "-o", str(tmp_path / "e.xlsx"), store=store).exit_code == 2


def test_actors_with_countries_and_topics_with_labels(store):
    kg("build", str(SEED_GOLD), store=store)
    table = kg("actors", store=store).output.splitlines()
    assert table[0].split() == ["name", "kind", "country", "wikidata", "gazetteer", "statements", "aliases", "documents"]
    lavrov = next(line for line in table if line.startswith("Sergey Lavrov"))
    assert "person" in lavrov and "Russia" in lavrov and "Q58217" in lavrov
    russian = kg("actors", "--country", "Russia", store=store).output
    assert "Sergey Lavrov" in russian and "Marco Rubio" not in russian
    assert kg("actors", "--country", "Narnia", store=store).exit_code == 2
    topics = kg("topics", store=store).output.splitlines()
    assert topics[1].split()[:1] == ["ukraine-conflict"] and topics[1].split()[-1] == "5"
    assert any(line.startswith("arms-control ") for line in topics)
    assert not any(line.startswith("china-us-relations ") for line in topics)  # no statement about it
    assert any(line.startswith("china-us-relations ") for line in kg("topics", "--all", store=store).output.splitlines())
