"""CAMEO/TABARI actor dictionaries → gazetteer Turtle (kg.cameo, kg vocab import-cameo), on a
small dictionary written here in the format of the Phoenix files."""

from rdflib import URIRef
from rdflib.namespace import ORG

from kg.cameo import code_owners, read_dictionary, to_turtle
from kg.extraction import extract, read
from kg.namespaces import KG
from kg.vocabulary import load_vocabulary
from tests.test_cli import kg

DICTIONARY = """# a dictionary in TABARI's format
RUSSIA_  [RUS]
+RUSSIAN_FEDERATION_

IVAN_PETROVICH_SIDOROV_  # CountryInfo.txt
+SIDOROV
+FOREIGN_MINISTER_IVAN_SIDOROV
\t[RUSGOV 990101-041231]
\t[RUSELI >050101]
RUSSIAN_GRAIN_BOARD_ [RUSBUS]
SERGEY_LAVROV_  # already in the gazetteer
\t[RUSGOV >040309]
!MINIST! = MINISTER, MINISTERS
"""


def dictionary_file(tmp_path):
    path = tmp_path / "Mine.actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def test_entries_names_aliases_and_dated_codes(tmp_path):
    entries = {e.name: e for e in read_dictionary(dictionary_file(tmp_path))}
    sidorov = entries["Ivan Petrovich Sidorov"]
    assert sidorov.person and sidorov.aliases == ["Sidorov", "Foreign Minister Ivan Sidorov"]
    assert [(c.code, c.start, c.end) for c in sidorov.codes] == [
        ("RUSGOV", "1999-01-01", "2004-12-31"), ("RUSELI", "2005-01-01", None)]
    assert not entries["Russian Grain Board"].person


def test_the_turtle_adds_what_the_gazetteer_lacks_and_extraction_uses_it(tmp_path, vocabulary):
    entries = read_dictionary(dictionary_file(tmp_path))
    owners = code_owners(entries, vocabulary)
    assert owners["RUS"] == str(vocabulary.find_actor("Russia"))
    turtle = tmp_path / "cameo.ttl"
    turtle.write_text(to_turtle(entries, vocabulary, owners), encoding="utf-8")
    assert "sergey-lavrov" not in turtle.read_text(encoding="utf-8")  # known actors are not repeated
    extended = load_vocabulary([turtle])
    sidorov = extended.find_actor("Sidorov")
    assert extended.name_of(sidorov) == "Ivan Petrovich Sidorov"
    assert (sidorov, KG.represents, URIRef(owners["RUS"])) in extended.graph
    assert len(list(extended.graph.subjects(ORG.heldBy, sidorov))) == 2
    text = tmp_path / "note-2003-05-05.txt"
    text.write_text("Sidorov said the grain deal was a success.\n", encoding="utf-8")
    (record,) = extract(read(text, extended), extended)
    assert [a.name for a in record.actors] == ["Ivan Petrovich Sidorov"]


def test_import_cameo_command(tmp_path):
    output = tmp_path / "cameo.ttl"
    result = kg("vocab", "import-cameo", str(dictionary_file(tmp_path)), "-o", str(output))
    assert result.exit_code == 0 and "4 dictionary entries" in result.stdout
    assert "Ivan Petrovich Sidorov" in output.read_text(encoding="utf-8")
    empty = tmp_path / "empty.actors.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    refused = kg("vocab", "import-cameo", str(empty), "-o", str(output))
    assert refused.exit_code == 2 and "no actors found" in refused.output


AGENTS = """# an agents file in TABARI's format
!MINIST! = MINISTER, MINISTERS
IRRIGATION_OVERSEER [~GOV]
DEPUTY_IRRIGATION_OVERSEER [~GOVENV]
AMBASSADOR_TO {} [~GOV]
GRAIN_TRADER [~BUS]
"""


def test_an_agents_file_gives_role_cues_that_find_people_the_gazetteer_lacks(tmp_path):
    agents = tmp_path / "Mine.agents.txt"
    agents.write_text(AGENTS, encoding="utf-8")
    output = tmp_path / "roles.ttl"
    result = kg("vocab", "import-cameo", str(agents), str(dictionary_file(tmp_path)), "-o", str(output))
    assert result.exit_code == 0 and "3 agent nouns" in result.stdout, result.output
    turtle = output.read_text(encoding="utf-8")
    # a state official's noun is a role; a business noun, a pattern with a slot or a set is not
    assert '"irrigation overseer"@en' in turtle and '"deputy irrigation overseer"@en' in turtle
    assert "grain trader" not in turtle and "ambassador to" not in turtle and "Ivan Petrovich Sidorov" in turtle
    text = tmp_path / "note-2003-05-05.txt"
    text.write_text("Irrigation Overseer Jane Doyle on Monday condemned the dam project.\n", encoding="utf-8")
    bare, extended = load_vocabulary(), load_vocabulary([output])
    assert [a.name for r in extract(read(text, extended), extended) for a in r.actors] == ["Jane Doyle"]
    assert not any(a.name == "Jane Doyle" for r in extract(read(text, bare), bare) for a in r.actors)


def test_a_malformed_date_leaves_that_end_of_the_range_open(tmp_path):
    path = tmp_path / "Odd.actors.txt"
    path.write_text("BAN_KI_MOON_\n\t[KORGOVBUS 2004017-20061201]\n", encoding="utf-8")
    (entry,) = read_dictionary(path)
    assert [(c.start, c.end) for c in entry.codes] == [(None, "2006-12-01")]
