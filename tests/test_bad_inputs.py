"""A corpus of broken inputs (tests/bad-inputs, expected.json gives each one's message), built
together with a good text: the good one is stored, every bad one is reported by file and line."""

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.build import build
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
