"""Statement records: reading, checking, writing JSONL."""

import io
import json
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.records import read_records, read_records_file, record_to_json, write_records
from tests.conftest import CORPUS, GOLD_FILES, SEED_GOLD, gold_objects

GOOD = gold_objects(SEED_GOLD)[0]


def bad(**changes):
    obj = dict(GOOD, **changes)
    return [json.dumps({k: v for k, v in obj.items() if v is not ...})]


def message(lines):
    with pytest.raises(KgError) as caught:
        list(read_records(lines, "in.jsonl"))
    return str(caught.value)


def test_every_gold_record_reads_and_writes_back_unchanged():
    for path in GOLD_FILES:
        out = io.StringIO()
        write_records((r for _, r in read_records_file(path)), out)
        assert [json.loads(line) for line in out.getvalue().splitlines()] == gold_objects(path)


def test_line_numbers_skip_blank_lines():
    lines = ["", json.dumps(GOOD), "  ", json.dumps(GOOD)]
    assert [where for where, _ in read_records(lines, "x")] == ["x:2", "x:4"]


@pytest.mark.parametrize("changes, expected", [
    ({"actors": []}, "in.jsonl:1: empty 'actors' list"),
    ({"actors": ...}, "in.jsonl:1: missing field 'actors'"),
    ({"actors": "Lavrov"}, "field 'actors' must be list, not str"),
    ({"stance": "positive"}, "unknown stance 'positive'"),
    ({"joint": "yes"}, "field 'joint' must be bool"),
    ({"date": "24/09/2025"}, "date '24/09/2025' is not an ISO date"),
    ({"position": {"en": 3}}, "field 'position.en' must be str"),
    ({"evidence": [{"lang": "en", "text": "abc", "start": 5, "end": 9}]}, "do not fit its text of 3"),
    ({"evidence": [{"lang": "en", "text": "abc", "start": 9, "end": 6}]}, "offsets 9..6"),
    ({"evidence": [{"lang": "en", "text": "abc", "start": "0", "end": 3}]}, "'evidence[].start' must be int"),
    ({"actors": [{"name": "X", "wikidata": "324546"}]}, "is not a Wikidata id"),
])
def test_a_bad_record_names_file_line_and_what_to_do(changes, expected):
    text = message(bad(**changes))
    assert expected in text
    assert text.startswith("in.jsonl:1:")
    assert "hint:" in text


def test_malformed_json_names_the_line():
    assert message([json.dumps(GOOD), '{"doc": "x.txt", "date": ']).startswith("in.jsonl:2: not valid JSON")


def test_extra_fields_are_kept_and_optional_fields_default():
    obj = {k: v for k, v in GOOD.items() if k not in ("verb", "targets", "joint")}
    obj["confidence"] = 0.8
    (_, record), = read_records([json.dumps(obj)], "x")
    assert record.extra == {"confidence": 0.8}
    assert record.joint is True  # two actors
    assert record_to_json(record)["confidence"] == 0.8


SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _files(root: Path) -> dict[Path, bytes]:
    return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="no ../shared/corpus beside this clone (a user's clone)")
def test_the_corpus_copy_matches_the_shared_corpus():
    # tests/corpus is the repository's own copy of ../shared/corpus: a change there must reach it
    ours, shared = _files(CORPUS), _files(SHARED_CORPUS)
    assert sorted(ours) == sorted(shared)
    assert [name for name in ours if ours[name] != shared[name]] == []
