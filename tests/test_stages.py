"""The extraction pipeline's named stages, each run on its own on invented texts."""

import pytest

from kg.extraction import STAGES, extract, read, run
from kg.records import record_to_json


def document(tmp_path, vocabulary, text):
    path = tmp_path / "note.txt"
    path.write_text(" date 2025-05-17\n" + text, encoding="utf-8")
    return read(path, vocabulary)


def test_the_stages_are_named_and_in_order(tmp_path, vocabulary):
    assert [name for name, _ in STAGES] == ["split", "mentions", "speakers", "meetings", "clauses",
                                            "reported speech", "fields", "alignment", "records"]
    with pytest.raises(ValueError, match="no stage 'parse'"):
        run(document(tmp_path, vocabulary, "Jane Doyle said so.\n"), vocabulary, until="parse")


def test_split_keeps_abbreviations_inside_sentences(tmp_path, vocabulary):
    state = run(document(tmp_path, vocabulary, "The U.S. envoy arrived. Jane Doyle said the talks went well.\n"),
                vocabulary, until="split")
    assert len(state.sentences) == 2 and not state.clauses


def test_mentions_finds_people_the_gazetteer_lacks(tmp_path, vocabulary):
    state = run(document(tmp_path, vocabulary, "Foreign Minister Jane Doyle of Chile said the talks went well.\n"),
                vocabulary, until="mentions")
    assert [p.name for p in state.context.people.values()] == ["Jane Doyle"]


def test_speakers_reads_a_transcripts_labels(tmp_path, vocabulary):
    state = run(document(tmp_path, vocabulary, "MS DOYLE: We reject the claim.\n\nQUESTION: Will you respond?\n"),
                vocabulary, until="speakers")
    speakers = [None if s is None else state.context.name_of(s) for s in state.context.turns.values()]
    assert speakers == ["Doyle", None]  # the question says nothing


def test_meetings_finds_the_participants_and_place(tmp_path, vocabulary):
    state = run(document(tmp_path, vocabulary, "Secretary of State Marco Rubio met Foreign Minister Jane Doyle in "
                                               "Geneva on May 10.\n"), vocabulary, until="meetings")
    (meeting,) = state.context.meetings
    assert meeting.place == "Geneva" and meeting.date == "2025-05-10"
    assert sorted(map(state.context.name_of, meeting.participants)) == ["Jane Doyle", "Marco Rubio"]


@pytest.mark.parametrize("text, kind", [
    ("Minister Taro Sato held a telephone talk with Minister Ahmed Odhiambo.", "call"),
    ("Minister Taro Sato had a phone conversation with Minister Ahmed Odhiambo.", "call"),
    ("Minister Taro Sato held a video conference with Minister Ahmed Odhiambo.", "call"),
    ("Il ministro Taro Sato ha avuto un lungo colloquio con il ministro Ahmed Odhiambo.", "meeting"),
    ("Il ministro Taro Sato ha avuto una conversazione telefonica con il ministro Ahmed Odhiambo.", "call"),
    # the call word between the verb and the partner; "call on" before a date is no appeal
    ("Minister Taro Sato received a phone call on Tuesday from Minister Ahmed Odhiambo.", "call"),
    ("Minister Taro Sato received a call on 3 May from Minister Ahmed Odhiambo.", "call")])
def test_meetings_and_calls_of_the_readouts_many_wordings(tmp_path, vocabulary, text, kind):
    state = run(document(tmp_path, vocabulary, text + "\n"), vocabulary, until="meetings")
    (meeting,) = state.context.meetings
    assert meeting.type == kind
    assert sorted(map(state.context.name_of, meeting.participants)) == ["Ahmed Odhiambo", "Taro Sato"]


def test_clauses_leave_first_person_quotations_to_reported_speech(tmp_path, vocabulary):
    text = '"We condemn the attack," Foreign Minister Jane Doyle said.\n'

    def acts(state):
        return [(c.act, [state.context.name_of(a) for a in c.actors]) for c in state.clauses]

    before = run(document(tmp_path, vocabulary, text), vocabulary, until="clauses")
    assert acts(before) == [("criticize", []), ("state", ["Jane Doyle"])]
    # the quotation's own verb is the statement; the attribution says nothing of its own
    after = run(document(tmp_path, vocabulary, text), vocabulary, until="reported speech")
    assert acts(after) == [("criticize", ["Jane Doyle"])]


def test_the_discourse_memory_is_a_value_each_sentence_replaces(tmp_path, vocabulary):
    from dataclasses import FrozenInstanceError

    from kg.extraction.clauses import remembered
    from kg.extraction.context import Memory

    state = run(document(tmp_path, vocabulary, "Foreign Minister Jane Doyle and Anil Verma agreed to meet again. "
                                               "Verma said the talks went well.\n"), vocabulary, until="clauses")
    memory = state.context.memory
    names = state.context.name_of
    assert [names(a) for a in memory.last_actors] == ["Anil Verma"]
    assert [names(a) for a in memory.last_joint] == ["Jane Doyle", "Anil Verma"]
    with pytest.raises(FrozenInstanceError):
        memory.last_actors = ()
    first, second = state.sentences
    before = Memory()
    after = remembered(state.context, before, first, [c for c in state.clauses if c.sentence == first], [])
    assert before == Memory() and [names(a) for a in after.persons_seen] == ["Jane Doyle", "Anil Verma"]
    reported = remembered(state.context, after, second, [c for c in state.clauses if c.sentence == second],
                          list(after.last_actors[:1]))
    assert reported.last_actors == after.last_actors[:1]  # who reported another's statement goes on speaking


def test_fields_give_stance_targets_and_topics(tmp_path, vocabulary):
    state = run(document(tmp_path, vocabulary, "Foreign Minister Wang Yi condemned the sanctions of the United "
                                               "States.\n"), vocabulary, until="fields")
    (clause,) = state.clauses
    assert (clause.stance, clause.targets[0].rsplit("/", 1)[-1], clause.topics[0]) == \
        ("oppose", "united-states", "sanctions")


def test_alignment_pairs_a_text_with_its_translation(tmp_path, vocabulary):
    state = run(document(tmp_path, vocabulary, "(Traduzione realizzata tramite Intelligenza artificiale)\n\n"
                                               "Il ministro Wang Yi ha condannato le sanzioni.\n\n///\n\n"
                                               "Foreign Minister Wang Yi condemned the sanctions.\n"),
                vocabulary, until="alignment")
    assert [sorted(c.lang for c in group) for group in state.groups] == [["en", "it"]]


def test_records_are_what_extract_gives(tmp_path, vocabulary):
    doc = document(tmp_path, vocabulary, "Stressing that the talks went well, somebody left.\n"
                                         "Foreign Minister Jane Doyle of Chile said the talks went well.\n")
    state = run(doc, vocabulary)
    assert [record_to_json(r) for r in state.extraction.records] == [record_to_json(r) for r in extract(doc, vocabulary)]
    assert len(state.extraction.records) == 1 and len(state.extraction.unattributed) == 1


def test_a_text_and_its_translation_pair_up_with_no_note_saying_which_is_which(tmp_path, vocabulary):
    italian = ("Il ministro Wang Yi ha condannato le sanzioni. Il ministro Lena Varga ha ribadito il sostegno "
               "alla Cina.\n")
    english = "Foreign Minister Wang Yi condemned the sanctions. Minister Lena Varga reaffirmed her support for China.\n"
    state = run(document(tmp_path, vocabulary, italian + "\n///\n\n" + english), vocabulary)
    assert [sorted(r.position) for r in state.extraction.records] == [["en", "it"], ["en", "it"]]
    # one paragraph quoted in another language is not a translation of the text around it
    quoted = ("Il ministro Wang Yi ha condannato le sanzioni e ha ribadito il sostegno alla Russia.\n\n"
              '"We condemn the sanctions," Foreign Minister Wang Yi told the press.\n')
    records = run(document(tmp_path, vocabulary, quoted), vocabulary).extraction.records
    assert [sorted(r.position) for r in records] == [["it"], ["it"], ["en"]]


def test_a_meeting_with_one_name_and_a_role_after_it_joins_the_roles_holder(tmp_path, vocabulary):
    text = ("Il ministro degli Esteri Antonio Tajani ha avuto un colloquio telefonico con il Segretario di Stato "
            "Marco Rubio.\n\n"
            "Nel colloquio telefonico con il ministro Lena Varga, il titolare della Farnesina ha fatto stato del "
            "buon rapporto bilaterale. I due ministri sono stati concordi nel sostegno al piano.\n")
    state = run(document(tmp_path, vocabulary, text), vocabulary)
    first, second = state.context.meetings
    assert sorted(map(state.context.name_of, second.participants)) == ["Antonio Tajani", "Lena Varga"]
    assert [([a.name for a in r.actors], r.act) for r in state.extraction.records] == [
        (["Antonio Tajani"], "state"), (["Antonio Tajani", "Lena Varga"], "agree")]


def test_split_cuts_a_text_without_stops_at_its_commas(tmp_path, vocabulary):
    # a sentence of megabytes would cost its length squared: pieces end after a comma, within the limit
    from kg.extraction.sentences import MAX_SENTENCE
    clause = "Jane Doyle said that Chile is ready to talk, "
    state = run(document(tmp_path, vocabulary, clause * 300 + "and that is all.\n"), vocabulary, until="split")
    text = state.document.text
    assert len(state.sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in state.sentences)
    assert all(text[s.start:s.end].endswith(",") for s in state.sentences[:-1])
    assert all(not text[s.start].isspace() for s in state.sentences)
    # nothing is lost between the pieces but the spaces after the commas
    assert all(not text[a.end:b.start].strip() for a, b in zip(state.sentences, state.sentences[1:]))
