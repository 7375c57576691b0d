"""Reading texts: encodings, line ends, dates, sidecars, language blocks, translation notes, HTML."""

import os
import subprocess
import sys

import pytest

from kg.documents import date_after, date_in_text, read_document
from kg.errors import KgError
from tests.conftest import CORPUS

NOTE = ("traduzione realizzata",)


def test_seed_has_an_italian_translation_block_and_an_english_original():
    document = read_document(CORPUS / "seed" / "lavrov-rubio-2025-09-24.txt", translation_cues=NOTE)
    assert [(b.lang, b.translation) for b in document.blocks] == [("it", True), ("en", False)]
    assert document.notes == ("(Traduzione realizzata da redazione Opinione tramite Intelligenza artificiale)",)
    assert document.date == "2025-09-24"
    assert document.source is None


def test_a_headline_before_the_translation_note_is_not_part_of_the_translation(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(" date 2025-07-10\nRUBIO INFORMA TRUMP SULL'INCONTRO CON IL MINISTRO\n\n"
                    "(Traduzione realizzata da redazione tramite Intelligenza artificiale)\n\n"
                    "Il ministro ha detto che il dialogo con Mosca deve continuare senza condizioni.\n\n///\n\n"
                    "The minister said that the dialogue with Moscow must go on without conditions.\n",
                    encoding="utf-8")
    document = read_document(path, translation_cues=NOTE)
    assert [(b.lang, b.translation) for b in document.blocks] == [("it", False), ("it", True), ("en", False)]


def test_sidecar_gives_source_and_date():
    document = read_document(CORPUS / "dev" / "state-rubio-wang-2025-07-11.txt")
    assert document.date == "2025-07-11"
    assert document.source.startswith("https://")


def test_paragraph_languages_split_a_text_without_separator():
    document = read_document(CORPUS / "dev" / "opinione-rubio-conflitto-russia-2025-07-31.txt",
                             translation_cues=NOTE)
    assert [(b.lang, b.translation) for b in document.blocks] == [("it", True), ("en", False)]


def test_a_paragraph_whose_first_words_are_names_is_judged_on_its_other_words(tmp_path):
    # "Minister Tajani met Jordanian Foreign Minister Ayman Safadi": the names tell no language
    path = tmp_path / "names.txt"
    path.write_text(" date 2025-06-10\nMinister Tajani met Jordanian Foreign Minister Ayman Safadi. Tajani reaffirmed "
                    "Italy's support for the two-state solution.\n\nIl ministro Tajani ha incontrato il ministro "
                    "degli Esteri giordano Ayman Safadi. Tajani ha ribadito il sostegno dell'Italia.\n", encoding="utf-8")
    assert [b.lang for b in read_document(path).blocks] == ["en", "it"]


def test_a_block_of_two_languages_takes_the_first_paragraphs_in_every_process():
    # a paragraph too short to judge joins the block; the block's language must not depend on
    # the order Python happens to iterate a set in (it changes from process to process)
    text = ("Il ministro ha ribadito che il dialogo con Mosca deve continuare senza condizioni.\n\n"
            "Roma, oggi\n\n"
            "The minister said that the dialogue with Moscow must continue without conditions.\n")
    script = ("import sys; from kg.documents import language_blocks; "
              "print(language_blocks(sys.stdin.read(), 0, ('en', 'it'), ())[0][0].lang)")
    found = {subprocess.run([sys.executable, "-c", script], input=text, capture_output=True, text=True,
                            env={**os.environ, "PYTHONHASHSEED": str(seed)}, check=True).stdout.strip()
             for seed in range(6)}
    assert found == {"it"}


@pytest.mark.parametrize("head, expected", [
    (" date 2025-09-24 21.43 - mercoledì 24 settembre 2025\n", "2025-09-24"),
    (" date 2025-07 20.40 - giovedì 31 luglio 2025\n", "2025-07-31"),
    ("Washington, October 20, 2025\nThe Secretary said", "2025-10-20"),
    ("Roma, 20 ottobre 2025 - Il ministro ha detto", "2025-10-20"),
    ("Mosca, 24.09.2025\n", "2025-09-24"),
    # a dotted date is day first even in an English text, where dateparser would read month first
    ("Last updated on 12.03.2025\n", "2025-03-12"),
    ("no date here at all\n", None),
    # a relative day is not a publication date: it would be the day kg runs
    ("Il Ministro ha ricevuto oggi telefonate dai colleghi\n", None),
    ("Yesterday the Minister spoke with his counterpart\n", None),
    ("Today, 3 November 2014, the Minister said\n", "2014-11-03"),
    # a briefing's head: title, byline, post and place, blank lines between, then the date
    ("Department Press Briefing\n\nJane Roe, Deputy Spokesperson\n\nWashington, DC\n\nMarch 4, 2026\n",
     "2026-03-04"),
])
def test_date_lines_in_english_and_italian(head, expected):
    assert date_in_text(head, ["en", "it"]) == expected


def test_offsets_keep_crlf_and_drop_the_bom(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffdate 2025-01-02\r\nLavrov said peace.\r\n".encode("utf-8"))
    document = read_document(path)
    assert document.text.startswith("date 2025-01-02\r\n")
    (block,) = document.blocks
    paragraph = block.paragraphs[0]
    assert document.text[paragraph.start:paragraph.end] == "Lavrov said peace."


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"%PDF-1.4\x00\x01binary", "binary file"),
])
def test_bad_files_are_refused_with_the_file_named(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(KgError) as caught:
        read_document(path, fallback_date="2025-01-01")
    assert message in str(caught.value) and str(path) in str(caught.value)


def test_other_encodings_are_detected_and_said(tmp_path, caplog):
    path = tmp_path / "cp1252.txt"
    text = ("date 2025-05-17\r\nIl ministro degli Esteri ha detto che la sicurezza è la priorità "
            "e che l'Italia sosterrà sempre il dialogo, perché è l'unica via. Così ha concluso.\r\n")
    path.write_bytes(text.encode("cp1252"))
    document = read_document(path)
    assert document.text == text
    assert "not UTF-8; read as" in caplog.text and str(path) in caplog.text


def test_no_date_asks_for_one(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Lavrov said the talks were useful.\n", encoding="utf-8")
    with pytest.raises(KgError, match="no publication date"):
        read_document(path)
    assert read_document(path, fallback_date="2025-03-01").date == "2025-03-01"


def test_a_date_line_or_an_iso_date_in_the_file_name_is_the_publication_date(tmp_path):
    dated_line = tmp_path / "readout.txt"
    dated_line.write_text("Ministers meet in Oslo\nUpdated: 4th June 2021\nThe minister said peace matters.\n",
                          encoding="utf-8")
    assert read_document(dated_line).date == "2021-06-04"
    named = tmp_path / "oslo-talks-2021-06-05.txt"
    named.write_text("The minister said peace matters.\n", encoding="utf-8")
    assert read_document(named).date == "2021-06-05"
    not_a_day = tmp_path / "report-2021-13-45.txt"
    not_a_day.write_text("The minister said peace matters.\n", encoding="utf-8")
    with pytest.raises(KgError, match="no publication date"):
        read_document(not_a_day)


def test_html_keeps_text_without_scripts(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>t</title><script>var x = 'Lavrov said';</script></head>"
                    "<body><p>date 2025-05-17</p><p>Secretary Rubio welcomed the exchange.</p></body></html>",
                    encoding="utf-8")
    document = read_document(path)
    assert "var x" not in document.text
    assert "Secretary Rubio welcomed the exchange." in document.text


def test_a_sidecar_that_is_not_utf8_is_named(tmp_path):
    (tmp_path / "a.txt").write_text("Lavrov said that talks must continue.\n", encoding="utf-8")
    (tmp_path / "a.source").write_bytes(b"https://example.org/a\n2025-09-24 \xe9t\xe9\n")
    with pytest.raises(KgError, match="not UTF-8") as caught:
        read_document(tmp_path / "a.txt")
    assert caught.value.where.endswith("a.source")


def test_a_relative_day_in_the_text_leaves_the_date_to_the_file_name(tmp_path):
    path = tmp_path / "farnesina-telefonate-2014-11-03.txt"
    path.write_text("Telefonate del Ministro\n\nIl Ministro ha ricevuto oggi le telefonate dei colleghi.\n",
                    encoding="utf-8")
    assert read_document(path).date == "2014-11-03"


def test_a_meetings_date_is_a_day_and_month_written_in_its_clause_never_after_publication():
    assert date_after("The ministers met on July 10, 2025 in Geneva", "en", "2025-07-13") == "2025-07-10"
    assert date_after("I ministri si sono incontrati il 10 luglio a Roma", "it", "2025-07-13") == "2025-07-10"
    assert date_after("They spoke on December 30 by phone", "en", "2025-01-05") == "2024-12-30"  # last year's
    assert date_after("10 of the 27 members voted", "en", "2025-07-13") is None
    assert date_after("They spoke on Friday by phone", "en", "2025-01-05") is None
    # a weekday and its number before the month: the day is the month's ("martedì 19 maggio")
    assert date_after("Oggi, martedì 19 maggio, il ministro ha avuto un colloquio", "it", "2020-05-20") == "2020-05-19"
    assert date_after("They met on Thursday 4 March in Rome", "en", "2021-03-06") == "2021-03-04"
    assert date_after("on Sept. 3 they spoke", "en", "2025-09-10") == "2025-09-03"  # the month abbreviated
    assert date_after("Resolution 22 of July 2025 was adopted", "en", "2025-07-13") is None  # a year is no day


def test_a_line_too_short_to_tell_its_language_does_not_join_the_languages_around_it():
    from kg.documents import language_blocks

    text = ("Il ministro ha condannato l'attacco contro la missione in Libano e ha chiesto una tregua.\n\n"
            "(Nota del redattore)\n\n"
            "The minister condemned the attack on the mission in Lebanon and called for a truce.\n")
    blocks, _ = language_blocks(text, 0, ("en", "it"), ())
    assert [(b.lang, len(b.paragraphs)) for b in blocks] == [("it", 2), ("en", 1)]
