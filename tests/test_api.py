"""The public API: `import kg` names only, their doctests, and the README's Python example."""

import doctest
import re
from pathlib import Path

import kg
import kg.api

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_public_function_has_an_example_that_runs():
    for name in ("read", "extract", "build", "open_store", "query", "view", "export"):
        assert ">>> " in getattr(kg, name).__doc__, name
    failures, tried = doctest.testmod(kg.api, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried >= 20 and failures == 0


def test_the_readme_python_section_uses_only_import_kg_names_and_runs(tmp_path, monkeypatch):
    section = README.read_text(encoding="utf-8").split("From Python every stage is a function", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)
    assert re.findall(r"^\s*(?:from|import) .*$", code, re.MULTILINE) == ["import kg"]
    monkeypatch.chdir(README.parent)
    namespace = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert namespace["report"].statements == 7 and len(namespace["rows"]) == 6
