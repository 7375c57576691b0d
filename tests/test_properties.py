"""Property-based tests (Hypothesis): random text, records and parameters never crash kg with
anything but its documented error (`KgError`), and round trips keep every statement."""

import json
import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.building import build
from kg.errors import KgError
from kg.exporting import export
from kg.extraction import extract, read
from kg.querying import bind, load_query, query_names, run
from kg.rdf import document_graph
from kg.rdf_records import graph_records
from kg.readers.records import json_lines
from kg.records import parse_record, record_to_json
from kg.store import open_store
from tests.conftest import canonical

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# ---------------------------------------------------------------- strategies

KNOWN_ACTORS = ["Sergey Lavrov", "Marco Rubio", "Ukraine", "European Union", "Kiev", "Italy"]
TOPICS = ["ukraine-conflict", "sanctions", "russia-us-relations", "energy", "diplomatic-contacts"]
ACTS = ["state", "criticize", "agree", "appeal", "express-intent", "support"]
words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
# unknown actors by normalised name, so that distinct names are distinct actors (DESIGN.md: IRIs)
new_actor = st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}", fullmatch=True)
actor = st.one_of(st.sampled_from(KNOWN_ACTORS[:2] + ["Italy"]), new_actor)
lang = st.sampled_from(["en", "it", "de", "pt-BR"])


@st.composite
def records(draw) -> dict:
    """A valid statement record with random content (texts in any script, quotes, newlines)."""
    langs = draw(st.lists(lang, min_size=1, max_size=2, unique=True))
    offset, evidence = 0, []
    for code in langs:
        text = draw(words).strip() or "x"
        evidence.append({"lang": code, "text": text, "start": offset, "end": offset + len(text)})
        offset += len(text) + draw(st.integers(0, 5))
    actors = draw(st.lists(actor, min_size=1, max_size=3, unique=True))
    obj = {"doc": draw(st.sampled_from(["a.txt", "dir/ü b.txt", "https://example.org/x?y=1"])),
           "date": draw(st.dates().map(str)), "actors": actors, "act": draw(st.sampled_from(ACTS)),
           "position": {code: draw(words).strip() or "y" for code in langs},
           "verb": {code: draw(words).strip() or "said" for code in langs[:1]},
           "topics": draw(st.lists(st.sampled_from(TOPICS), min_size=1, max_size=3, unique=True)),
           "stance": draw(st.sampled_from(["support", "oppose", "neutral"])),
           "targets": draw(st.lists(st.sampled_from(KNOWN_ACTORS[2:4]), max_size=2, unique=True)),
           "joint": len(actors) > 1, "evidence": evidence}
    if draw(st.booleans()):
        obj["note"] = draw(st.dictionaries(st.text(string.ascii_lowercase, min_size=1, max_size=5), words, max_size=2))
    return obj


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | words,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(words, inner, max_size=3),
                           max_leaves=8)


@st.composite
def damaged_records(draw) -> dict:
    """A valid record with one field replaced by any JSON value, or removed."""
    obj = draw(records())
    field = draw(st.sampled_from(sorted(obj)))
    if draw(st.booleans()):
        del obj[field]
    else:
        obj[field] = draw(json_values)
    return obj


# ---------------------------------------------------------------- properties


@SETTINGS
@given(text=st.text(max_size=600))
@example(text="\x85")  # a text whose only character is a line break: a document with no blocks
def test_extract_takes_any_text(tmp_path, vocabulary, text):
    path = tmp_path / "any.txt"
    path.write_text(text, encoding="utf-8")
    try:
        document = read(path, vocabulary, date="2025-01-01")
        found = extract(document, vocabulary)
    except KgError:
        return  # e.g. an empty file: refused with its message
    for record in found:
        for ev in record.evidence:
            assert document.text[ev.start:ev.end] == ev.text


@SETTINGS
@given(obj=st.one_of(records(), damaged_records(), json_values))
def test_any_json_is_a_record_or_a_kg_error(obj):
    try:
        record = parse_record(obj, "random.jsonl:1")
    except KgError as error:
        assert "random.jsonl:1" in str(error)
        return
    assert record_to_json(record)["doc"] == obj["doc"]


@SETTINGS
@given(line=st.text(max_size=200))
def test_any_line_is_json_or_a_kg_error(line):
    try:
        list(json_lines([line], "random.jsonl"))
    except KgError as error:
        assert str(error).startswith("random.jsonl:1: ")


@SETTINGS
@given(objects=st.lists(records(), min_size=1, max_size=4))
def test_records_survive_rdf_and_back(vocabulary, objects):
    doc = objects[0]["doc"]
    objects = [dict(o, doc=doc) for o in objects]
    statements = [(f"r:{i}", parse_record(o)) for i, o in enumerate(objects)]
    try:
        graph = document_graph(doc, statements, vocabulary, "hash")
    except KgError as error:  # records that disagree on one statement or one span
        assert "same statement as r:" in str(error) or "here but" in str(error)
        return
    back = [record_to_json(r) for r in graph_records(graph, vocabulary)]
    expected = {json.dumps(record_to_json(r), sort_keys=True, ensure_ascii=False) for _, r in statements}
    assert set(canonical(back)) == expected  # identical records are one statement


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(objects=st.lists(st.one_of(records(), damaged_records()), min_size=1, max_size=5),
       fmt=st.sampled_from(["nquads", "trig", "jsonld"]))
def test_build_and_export_import_keep_every_statement(tmp_path_factory, vocabulary, objects, fmt):
    folder = tmp_path_factory.mktemp("build")
    path = folder / "random.jsonl"
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8")
    with open_store("memory") as store:
        report = build([path], store, vocabulary)  # never raises: bad documents are refused
        built = {canonical_json(r) for r in graph_records(store.dataset, vocabulary)}
        assert len(built) <= report.statements
        exported = folder / f"graph.{ {'nquads': 'nq', 'trig': 'trig', 'jsonld': 'jsonld'}[fmt] }"
        with open(exported, "wb") as out:
            export(store, fmt, out, vocabulary=False)
    with open_store("memory") as again:
        build([exported], again, vocabulary)
        assert {canonical_json(r) for r in graph_records(again.dataset, vocabulary)} == built


def canonical_json(record) -> str:
    return json.dumps(record_to_json(record), sort_keys=True, ensure_ascii=False)


@pytest.fixture(scope="module")
def seed_store(vocabulary, tmp_path_factory):
    from tests.conftest import SEED_GOLD

    with open_store(str(tmp_path_factory.mktemp("seed") / "store")) as store:
        build([SEED_GOLD], store, vocabulary)
        yield store


@SETTINGS
@given(name=st.sampled_from(query_names()), value=st.text(max_size=80), which=st.integers(0, 5))
def test_any_parameter_is_a_value_or_a_kg_error(seed_store, vocabulary, name, value, which):
    """A parameter can only be refused or bound: the query runs and the store is unchanged."""
    query = load_query(name)
    if not query.params:
        return
    param = query.params[which % len(query.params)]
    before = len(seed_store.oxigraph)
    try:
        text = bind(query, vocabulary, {param.name: value})
    except KgError:
        return
    list(run(seed_store, text, name))
    assert len(seed_store.oxigraph) == before
