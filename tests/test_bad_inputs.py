"""A corpus of broken inputs (tests/bad-inputs, expected.json gives each one's message), built
together with a good text: the good one is stored, every bad one is reported by file and line."""

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.building import build
from kg.cli import app
from kg.store import open_store
from tests.conftest import CORPUS

BAD = Path(__file__).parent / "bad-inputs"
EXPECTED = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))
SEED_TEXT = CORPUS / "seed" / "lavrov-rubio-2025-09-24.txt"


def test_every_bad_input_is_reported_and_the_good_one_built(vocabulary, tmp_path):
    assert len(EXPECTED) >= 20
    with open_store(str(tmp_path / "store")) as store:
        report = build([BAD, SEED_TEXT], store, vocabulary)
        assert report.built == ["lavrov-rubio-2025-09-24.txt"] and report.statements == 7
        messages = [str(error) for error in report.refused]
        for name, expected in EXPECTED.items():
            about = [m for m in messages if m.startswith(str(BAD / name))]
            assert len(about) == 1, (name, messages)
            assert expected in about[0], (name, about[0])
            assert "hint:" in about[0]
        assert len(messages) == len(EXPECTED)
        documents = {row.doc for row in store.query("SELECT ?doc WHERE { ?d a kg:Document ; dcterms:identifier ?doc }",)}
        assert {str(d) for d in documents} == {"lavrov-rubio-2025-09-24.txt"}


def test_the_command_line_lists_them_and_fails(tmp_path):
    result = CliRunner().invoke(app, ["build", str(BAD), str(SEED_TEXT), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert "built 1 document(s), 7 statement(s)" in result.output
    assert result.output.count(str(BAD)) >= len(EXPECTED)
    assert "Traceback" not in result.output
    strict = CliRunner().invoke(app, ["build", str(BAD), "--strict", "--store", str(tmp_path / "t")])
    assert strict.exit_code == 2 and strict.output.count("hint:") == 1


def test_fifty_megabyte_lines_are_read_or_refused_in_a_short_message(vocabulary, tmp_path):
    """A 50 MB line: a text without line breaks is read (linear time), a record with a 50 MB
    value or a 50 MB line of broken JSON gets a message of a few hundred characters."""
    text = tmp_path / "one-line.txt"
    text.write_text("2025-09-24 " * (50_000_000 // 11) + "\n", encoding="utf-8")
    record = {"doc": "x.txt", "date": "2025-01-01", "actors": ["Sergey Lavrov"], "act": "z" * 50_000_000,
              "position": {"en": "p"}, "topics": ["sanctions"], "stance": "neutral",
              "evidence": [{"lang": "en", "text": "abc", "start": 0, "end": 3}]}
    huge_value = tmp_path / "huge-value.jsonl"
    huge_value.write_text(json.dumps(record) + "\n", encoding="utf-8")
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(record)[:-10] + "\n", encoding="utf-8")
    with open_store("memory") as store:
        report = build([text, huge_value, broken], store, vocabulary)
    assert report.built == ["one-line.txt"]
    messages = sorted(str(e) for e in report.refused)
    assert [m.split(":")[0] for m in messages] == [str(broken), str(huge_value)]
    assert messages[0].startswith(f"{broken}:1: not valid JSON (Unterminated string")
    assert messages[1].startswith(f"{huge_value}:1: unknown act 'zzz") and "(50,000,014 characters)" in messages[1]
    assert all(len(m) < 600 for m in messages)
