"""People the gazetteer lacks, roles, sides and transcripts' speakers (kg.extraction.people), on
invented sentences: names and events of our own, none from a corpus text."""

from kg.extraction import extract, extract_document, read, run
from kg.records import record_to_json

CHILEAN_MFA = "Chilean Ministry of Foreign Affairs"  # not in the gazetteer: named by the annotation guide's pattern


def extraction(tmp_path, vocabulary, text, date="2025-05-17"):
    path = tmp_path / "doc.txt"
    path.write_text(f" date {date}\n" + text, encoding="utf-8")
    found = extract_document(read(path, vocabulary), vocabulary)
    return [record_to_json(r) for r in found.records], found.unattributed


def actors_of(tmp_path, vocabulary, text, date="2025-05-17"):
    records, _ = extraction(tmp_path, vocabulary, text, date)
    return [r["actors"] for r in records]


def published_on(tmp_path, vocabulary, text, site):
    """The text read as published on a site: its sidecar gives the address and the date."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".source").write_text(f"{site}\n2025-05-17\n", encoding="utf-8")
    return read(path, vocabulary)


def test_a_titled_name_outside_the_gazetteer_is_a_person_and_their_surname_is_them_too(tmp_path, vocabulary):
    text = ("Foreign Ministry Spokesperson Anil Verma said the talks on the border were constructive. "
            "Verma added that both sides should keep channels of communication open.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Anil Verma"], ["Anil Verma"]]


def test_a_new_name_whose_family_name_comes_first_is_them_too(tmp_path, vocabulary):
    text = ("Foreign Minister Park Sung-ho held talks with Foreign Minister Jane Doyle on Monday. "
            "Doyle said that Chile would help. "
            "Minister Park expressed concern over the missile launches.\n")
    assert actors_of(tmp_path, vocabulary, text)[-2:] == [["Jane Doyle"], ["Park Sung-ho"]]


def test_an_honorific_between_a_role_and_a_name_is_not_part_of_the_name(tmp_path, vocabulary):
    text = ("Prime Minister Shri Anil Verma said the talks were useful. "
            "Minister of State Smt. Rekha Iyer said the visit was a success.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Anil Verma"], ["Rekha Iyer"]]


def test_roles_joined_before_a_name_are_one_persons_title(tmp_path, vocabulary):
    # side by side or joined by "and", the roles are one title: the role alone later finds them
    text = ("Deputy Prime Minister and Foreign Minister Senator Jane Doyle held talks with Foreign Minister Tom Berg. "
            "Berg said the talks were useful. The Deputy Prime Minister condemned the attacks on the border.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg"], ["Jane Doyle"]]
    # a joined role with its own article is another person's, unless the gazetteer gives them that post too
    text = ("Secretary of State Tom Berg met Foreign Minister Jane Doyle. "
            "The Secretary and Foreign Minister Doyle agreed that the talks were useful.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg", "Jane Doyle"]]
    text = ("«Non invieremo truppe», ha detto il ministro Paolo Rossi. "
            "Il vicepremier e ministro degli Esteri Antonio Tajani ha ribadito il sostegno a Kiev.\n")
    assert actors_of(tmp_path, vocabulary, text, "2025-05-12") == [["Paolo Rossi"], ["Antonio Tajani"]]


def test_a_role_with_its_complement_before_a_rank_is_the_same_persons_title(tmp_path, vocabulary):
    # "Minister of State Sheikh X", "Minister of Defence General X": the rank between the role's
    # complement and the name is part of one title, which the role alone later finds
    text = ("Minister of State Sheikh Jane Doyle received a phone call from Foreign Minister Tom Berg. "
            "The Minister of State stressed the need for a ceasefire.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"]]
    text = ("Prime Minister and Minister of Foreign Affairs Sheikh Jane Doyle received a phone call from "
            "Foreign Minister Tom Berg. The Prime Minister and Minister of Foreign Affairs stressed the need "
            "for a ceasefire. For his part, the Foreign Minister praised the mediation efforts.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Tom Berg"]]


def test_a_name_written_with_a_hyphen_for_a_space_is_the_gazetteers(tmp_path, vocabulary):
    # transliterations join a name's parts either way ("Al-Thani", "Al Thani"; "Lee Jae-myung")
    for text, person in (("Ahmed Aboul-Gheit warned against the escalation.\n", "Ahmed Aboul Gheit"),
                         ("Sheikh Mohammed bin Abdulrahman Al-Thani warned against the escalation.\n",
                          "Mohammed bin Abdulrahman Al Thani"),
                         ("President Lee Jae myung warned against the escalation.\n", "Lee Jae-myung")):
        assert actors_of(tmp_path, vocabulary, text, "2025-06-10") == [[person]], text


def test_roles_joined_in_a_reference_and_an_address_in_capitals_are_one_person(tmp_path, vocabulary):
    # "the Prime Minister and Minister of Foreign Affairs" is one person (a second article would
    # make two), found by both roles; "HE" before a title is "His Excellency", not "he"
    text = ("Foreign Minister Tom Berg received a phone call from Prime Minister and Minister of Foreign Affairs "
            "Jane Doyle. HE the Prime Minister and Minister of Foreign Affairs stressed the need for a ceasefire.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"]]
    text = ("Foreign Minister Tom Berg received a phone call from Prime Minister Jane Doyle. "
            "The Prime Minister and the Foreign Minister stressed the need for a ceasefire.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Tom Berg"]]


def test_the_two_ministers_with_no_meeting_reported_are_the_last_two_people_named(tmp_path, vocabulary):
    # a news conference is no meeting the rules report; "the two ministers" still means two people
    text = ("Foreign Minister Jane Doyle told a news conference with her counterpart Tom Berg that the situation was "
            "unsustainable. Berg said his country supports the talks. The two ministers also signed an agreement "
            "on energy cooperation.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Tom Berg"], ["Jane Doyle", "Tom Berg"]]


def test_a_reported_joint_act_of_the_reporter_is_one_statement_of_both(tmp_path, vocabulary):
    # "she" refers back to the speaker of its own sentence; "Foreign Minister X" after "and" is
    # joined to it; the report ("said that") says nothing beside the joint act
    text = "Foreign Minister Jane Doyle said that she and Foreign Minister Tom Berg agreed to extend the ceasefire.\n"
    assert [(r["actors"], r["act"]) for r in extraction(tmp_path, vocabulary, text)[0]] == [
        (["Jane Doyle", "Tom Berg"], "agree")]
    text = ("Foreign Minister Jane Doyle received a phone call from Foreign Minister Tom Berg. "
            "The spokesperson added that the two ministers discussed the humanitarian situation.\n")
    assert [(r["actors"], r["act"]) for r in extraction(tmp_path, vocabulary, text)[0]] == [
        (["Jane Doyle", "Tom Berg"], "consult")]


def test_the_holy_father_and_the_pope_are_the_pope_of_the_documents_date(tmp_path, vocabulary):
    # no place named: the periphrasis means the post of the Holy See, whoever held it then
    text = ("The Holy Father received in audience Foreign Minister Tom Berg. "
            "The Pope expressed hope for a just and lasting peace.\n")
    assert actors_of(tmp_path, vocabulary, text, "2025-06-10") == [["Pope Leo XIV"]]
    text = ("Il Santo Padre ha ricevuto in udienza il ministro degli Esteri Tom Berg. "
            "Il Pontefice ha ribadito la sua vicinanza al popolo ucraino.\n")
    assert actors_of(tmp_path, vocabulary, text, "2024-06-10") == [["Pope Francis"]]


def test_he_and_she_are_not_a_person_the_text_shows_otherwise(tmp_path, vocabulary):
    # "met her counterpart", "Mr.", "Ms." show who is a man or a woman; "thanked her for" shows nothing
    text = ("Foreign Minister Jane Doyle met her Peruvian counterpart Tom Berg in Lima on Monday. She stressed that "
            "the talks were constructive. He thanked Chile for its humanitarian assistance.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Tom Berg"]]
    text = ("Ms. Jane Doyle met Mr. Tom Berg in Lima. Berg said the talks were useful. "
            "She stressed that the talks were constructive.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg"], ["Jane Doyle"]]
    text = ("Jane Doyle thanked her for the visit. Tom Berg said the talks were useful. "
            "She stressed that the talks were constructive.\n")
    assert actors_of(tmp_path, vocabulary, text)[1:] == [["Tom Berg"], ["Tom Berg"]]


def test_a_ministrys_name_joined_by_and_is_part_of_a_title(tmp_path, vocabulary):
    # "for Foreign and Diaspora Affairs", "for Europe and Foreign Affairs", "of Foreign Affairs and
    # Trade": capitalised words on both sides of the "and" are one ministry's name, no second speaker
    for text in ("Cabinet Secretary for Foreign and Diaspora Affairs Jane Doyle has called for an immediate "
                 "cessation of hostilities.\n",
                 "The Minister for Europe and Foreign Affairs, Jane Doyle, extends her sincere condolences to the "
                 "families of the victims.\n",
                 "Chile will not support the new sanctions package, Minister of Foreign Affairs and Trade Jane Doyle "
                 "said on Tuesday.\n"):
        assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"]], text


def test_pm_before_a_name_is_a_role_and_the_pm_a_prime_minister(tmp_path, vocabulary):
    text = "PM Tom Berg met Foreign Minister Jane Doyle. Berg stressed that the talks were useful.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg"]]
    text = ("Foreign Minister Jane Doyle met Prime Minister Tom Berg of Peru. The PM stressed that the talks were "
            "useful.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg"]]


def test_whom_one_meets_with_two_others_are_three_ministers(tmp_path, vocabulary):
    # "X met Y and Z": all three meet (not "talks between Y and Z", which X only hosts)
    text = ("Foreign Minister Jane Doyle met Foreign Minister Tom Berg and Foreign Minister Ana Ruiz in Santiago on "
            "Monday. The three ministers agreed to meet again in October.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Tom Berg", "Ana Ruiz"]]
    text = ("Foreign Minister Jane Doyle hosted talks between Foreign Minister Tom Berg and Foreign Minister Ana Ruiz "
            "in Santiago. The two ministers agreed to meet again in October.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg", "Ana Ruiz"]]


def test_a_titled_surname_of_a_listed_person_named_in_full_is_theirs(tmp_path, vocabulary):
    # "Minister Wong" after "Penny Wong" is no new person "Wong"
    text = ("Penny Wong met Foreign Minister Jane Doyle in Canberra. Minister Wong said the talks were useful. "
            "Wong added that Australia supports the plan.\n")
    assert actors_of(tmp_path, vocabulary, text, "2025-06-10") == [["Penny Wong"], ["Penny Wong"]]


def test_the_secretary_general_of_no_organisation_named_is_the_uns_then(tmp_path, vocabulary):
    # the press's "the Secretary-General" is the UN's, unless the text names another organisation with one
    text = "The Secretary-General is alarmed by reports of mass killings of civilians.\n"
    assert actors_of(tmp_path, vocabulary, text, "2025-06-10") == [["António Guterres"]]
    text = "NATO foreign ministers met in Brussels. The Secretary-General condemned the attack.\n"
    assert actors_of(tmp_path, vocabulary, text, "2025-06-10") == [["Mark Rutte"]]


def test_the_secretary_general_of_the_organisation_a_text_names_most(tmp_path, vocabulary):
    # a UN note that mentions another organisation with a Secretary-General once ("ASEAN's efforts",
    # "NATO's summit") is still the UN's; a text mostly about NATO is NATO's; a tie is the UN's, the
    # press's "the Secretary-General"
    text = ("Statement on Ruritania\n\n"
            "The Secretary-General is deeply alarmed by the violence. He reiterates his support for ASEAN's efforts.\n\n"
            "The United Nations remains committed to the people of the region.\n\n"
            "Stéphane Dujarric, Spokesman for the Secretary-General\n")
    assert actors_of(tmp_path, vocabulary, text, "2025-06-10")[:2] == [["António Guterres"]] * 2
    text = ("NATO allies met in Brussels. The Secretary-General condemned the attack and said NATO stands "
            "ready to act, in line with the UN Charter.\n")
    assert actors_of(tmp_path, vocabulary, text, "2025-06-10")[0] == ["Mark Rutte"]
    text = "The Secretary-General welcomed the talks between NATO and the United Nations.\n"
    assert actors_of(tmp_path, vocabulary, text, "2025-06-10") == [["António Guterres"]]


def test_a_titled_surname_is_the_listed_holder_of_the_post_on_the_date(tmp_path, vocabulary):
    # "Minister Wong" never named in full: the one listed person of that surname holding a
    # minister's post on the document's date; no one of the gazetteer when none or several do
    text = "Minister Wong's meeting with Foreign Minister Tom Berg\n\nMinister Wong said the talks were useful.\n"
    assert actors_of(tmp_path, vocabulary, text, "2025-03-19") == [["Penny Wong"]]
    assert actors_of(tmp_path, vocabulary, text, "2020-03-19") == [["Wong"]]  # before her term


def test_canciller_is_a_title_and_a_country_in_parentheses_is_the_persons(tmp_path, vocabulary):
    for text in ("Canciller Elena Castro said the talks were useful.\n",
                 "Foreign Minister Elena Castro (Peru) said the talks were useful.\n",
                 "Ambassador-at-large Elena Castro said Peru supports the plan.\n"):
        assert actors_of(tmp_path, vocabulary, text) == [["Elena Castro"]], text


def test_il_titolare_of_a_ministry_and_il_guardasigilli_are_titles(tmp_path, vocabulary):
    for text in ("Il titolare del Viminale Paolo Rossi ha annunciato nuovi controlli alle frontiere.\n",
                 "Il Guardasigilli Paolo Rossi ha difeso la riforma.\n"):
        assert actors_of(tmp_path, vocabulary, text) == [["Paolo Rossi"]], text


def test_the_diplomat_of_a_side_is_its_person_named_before_and_a_diplomat_no_one(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle met the Ambassador of Peru, Tom Berg. The Peruvian diplomat expressed "
            "appreciation for Chile's support. A senior diplomat said the talks had stalled.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg"]]


def test_a_listed_name_after_a_first_name_the_gazetteer_lacks_is_theirs(tmp_path, vocabulary):
    text = "Foreign Minister Senator Mohammad Ishaq Dar said the talks were useful.\n"
    assert actors_of(tmp_path, vocabulary, text, "2025-06-22") == [["Ishaq Dar"]]


def test_what_a_roles_complement_governs_does_not_begin_the_name_after_it(tmp_path, vocabulary):
    text = "La segretaria del Movimento Elena Ferri ha accusato il governo di ambiguità.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Elena Ferri"]]
    text = ("The leader of Likud Tom Berg rejected the proposal. "
            "The Minister of Foreign Affairs Jane Doyle rejected it too.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg"], ["Jane Doyle"]]


def test_talks_named_in_a_title_are_the_meeting_and_its_people_are_whom_roles_refer_to(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle's talks with Foreign Minister of Peru Tom Berg\n\n"
            "The ministers discussed the situation on the border. "
            "Doyle noted that Chile values its relations with Peru. "
            "The Peruvian minister, for his part, thanked the Chilean side for its help.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Tom Berg"], ["Jane Doyle"], ["Tom Berg"]]


def test_plural_roles_without_a_number_refer_to_the_participants(tmp_path, vocabulary):
    # "the presidents", "the prime ministers", "i capi di Stato": as "the ministers" and "the leaders" do
    call = "President Jane Doyle of Chile had a telephone conversation with President Tom Berg of Peru. "
    for plural in ("The presidents", "The prime ministers", "The heads of state", "The delegations"):
        text = call + "Tom Berg congratulated Jane Doyle on her birthday. " + plural + " agreed to maintain contacts.\n"
        assert actors_of(tmp_path, vocabulary, text)[-1] == ["Jane Doyle", "Tom Berg"], plural
    text = ("Il presidente Tom Berg ha avuto un colloquio telefonico con la presidente cilena Jane Doyle. "
            "Tom Berg si è congratulato con Jane Doyle. I presidenti hanno concordato di mantenere i contatti.\n")
    assert actors_of(tmp_path, vocabulary, text)[-1] == ["Tom Berg", "Jane Doyle"]


def test_a_relative_aside_after_the_subject_neither_speaks_nor_closes_a_report(tmp_path, vocabulary):
    # ", whose country borders Peru,": no co-subject; ", whose government has long backed Ukraine,
    # said…": the aside's verb is a statement, and "said" is Doyle's own, not a report closing it
    text = ("Foreign Minister Jane Doyle, whose country borders Peru, urged partners to move faster.\n\n"
            "Il ministro Tom Berg, il cui paese confina con la Bielorussia, ha chiesto ai partner di agire.\n\n"
            "Foreign Minister Jane Doyle, whose government has long backed Ukraine, said the talks were useful.\n\n"
            "Il ministro Tom Berg, il cui governo ha sempre sostenuto Kiev, ha detto che i colloqui sono stati utili.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [
        (["Jane Doyle"], "appeal"), (["Tom Berg"], "appeal"), (["Jane Doyle"], "support"), (["Jane Doyle"], "state"),
        (["Tom Berg"], "support"), (["Tom Berg"], "state")]


def test_a_report_between_commas_without_a_subject_is_the_last_speakers(tmp_path, vocabulary):
    # "Lima, ha aggiunto, adotterà…": Italian drops the subject; the name before is what they speak of
    text = ("Il ministro degli Esteri Tom Berg ha detto che il Perù è pronto al dialogo. "
            "Lima, ha aggiunto, adotterà misure per proteggere i propri cittadini. "
            "La Bolivia, ha detto poi, deve rispettare gli accordi.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg"], ["Tom Berg"], ["Tom Berg"]]


def test_a_person_of_one_name_after_a_role_and_before_their_verb(tmp_path, vocabulary):
    text = "Foreign Minister Sugarto emphasized the importance of unity. Sugarto added that the talks were useful.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Sugarto"], ["Sugarto"]]
    # the only new person a text names may be one word after an honorific
    assert actors_of(tmp_path, vocabulary, "Ms Doyle said the talks were useful.\n") == [["Doyle"]]
    # a common word after a role is no name
    assert actors_of(tmp_path, vocabulary, "Minister Monday said the talks were useful.\n") == []


def test_a_surname_that_is_also_a_keyword_still_ends_a_name(tmp_path, vocabulary):
    # "power" is a word of "nuclear power plant" (energy): it may end a name, never begin one
    text = ("Foreign Secretary Jane Power said that the talks were useful.\n\n"
            "Power added that cooperation is important.\n\n"
            "Human Rights Watch said that the arrests were unacceptable.\n")
    actors = actors_of(tmp_path, vocabulary, text)
    assert actors[:2] == [["Jane Power"], ["Jane Power"]]
    assert not any("Human" in name or "Rights" in name for found in actors for name in found)


def test_a_title_set_off_from_the_name_by_a_comma_names_no_speaker_of_its_own(tmp_path, vocabulary):
    text = ("The Kremlin spokesman, Dmitry Peskov, dismissed the claims as absurd.\n\n"
            "China's foreign ministry spokesperson, Mao Ning, dismissed the claims as absurd.\n\n"
            "The EU's top diplomat, Kaja Kallas, said that the sanctions must stay.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Dmitry Peskov"], ["Mao Ning"], ["Kaja Kallas"]]


def test_a_group_that_names_its_organisation_is_it_when_no_group_came_before(tmp_path, vocabulary):
    text = ("We, the G7 Foreign Ministers, condemn Iran's continued escalation of its nuclear programme.\n\n"
            "The G20 leaders agreed to strengthen cooperation on climate.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["G7"], ["G20"]]
    members = ("We, the foreign ministers of the G7 – Germany, France and Italy – condemn the coup.\n\n"
               "The G7 foreign ministers call for the release of all detainees.\n")
    assert actors_of(tmp_path, vocabulary, members) == [["Germany", "France", "Italy"]] * 2


def test_a_long_honorific_before_a_name_is_not_part_of_it(tmp_path, vocabulary):
    text = ("The Secretary for Relations with States, Archbishop Paul Richard Gallagher, expressed concern "
            "about the humanitarian situation.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Paul Richard Gallagher"]]


def test_a_name_that_begins_with_a_word_of_the_vocabulary_after_a_role(tmp_path, vocabulary):
    # "He" is a pronoun of the vocabulary; after "Vice Premier" and before a name word it begins a name
    text = ("Chinese Vice Premier He Lifeng said that China is willing to work with the United States.\n\n"
            "He said that the talks were useful.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["He Lifeng"], ["He Lifeng"]]
    # after the demonym Italian puts after the role: "Mette" is a verb form of the vocabulary
    text = "La premier danese Mette Halvorsen ha chiesto all'Europa di agire.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Mette Halvorsen"]]


def test_a_ministry_named_without_its_country_is_the_datelines_or_its_complements(tmp_path, vocabulary):
    text = ("RIYADH, March 3 (SPA) -- The Ministry of Foreign Affairs expressed the Kingdom of Saudi Arabia's condemnation of "
            "the storming of Al-Aqsa Mosque. The Ministry affirmed the Kingdom's categorical rejection of these "
            "violations.\n\nThe Ministry of Foreign Affairs of Japan welcomed the agreement.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    # the dateline's country's ministry, as the complement's ("of Japan"); "The Ministry" after it the same
    assert [(r["actors"], r["stance"]) for r in records] == [
        (["Saudi Ministry of Foreign Affairs"], "oppose"), (["Saudi Ministry of Foreign Affairs"], "oppose"),
        (["Japanese Ministry of Foreign Affairs"], "support")]
    assert "middle-east-conflict" in records[0]["topics"]
    # an agency after the date without parentheses ends the dateline too ("Riyadh, December 1, 2025, SPA --")
    text = ("Riyadh, March 3, 2025, SPA -- The Ministry of Foreign Affairs condemned the storming of Al-Aqsa Mosque.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Saudi Ministry of Foreign Affairs"]]


def test_the_role_of_a_new_person_finds_them_later(tmp_path, vocabulary):
    text = ("Foreign Secretary Jane Doyle met the ambassador of Ruritania on Tuesday.\n"
            "The Foreign Secretary stressed the need to resume trade talks.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"]]


def test_an_italian_title_after_the_content_names_the_speaker_and_their_country(tmp_path, vocabulary):
    text = ("La pace si costruisce con il dialogo, ha detto il ministro degli Esteri moldavo Ion Popescu.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [r["actors"] for r in records] == [["Ion Popescu"]]


def test_a_name_after_told_is_the_addressee_not_a_speaker(tmp_path, vocabulary):
    text = "Secretary of State Marco Rubio told Radio Nord that sanctions on Russia will stay.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Marco Rubio"]]


def test_a_transcripts_labels_name_the_speaker_and_questions_are_not_statements(tmp_path, vocabulary):
    text = ("Press briefing by Spokesperson Lena Marsh\n"
            "MS MARSH: Good afternoon. We condemn the attack on the convoy in the strongest terms.\n"
            "QUESTION: Do you reject the claims made by Moscow?\n"
            "MS MARSH: We reject them entirely.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["Lena Marsh"], "criticize"), (["Lena Marsh"], "reject")]
    # a role before the surname is as "MS" is: "SPOKESPERSON ORTEGA:", "AMBASSADOR DOYLE:"
    text = ("Department Press Briefing\n\nSPOKESPERSON ORTEGA: We condemn the attack on the humanitarian convoy.\n\n"
            "QUESTION: What about the ceasefire?\n\nAMBASSADOR DOYLE: We welcome the resolution adopted today.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Ortega"], ["Doyle"]]


def test_a_role_without_a_name_is_whoever_held_it_on_the_documents_date(tmp_path, vocabulary):
    text = ("United Nations: note to correspondents\n"
            "The Secretary-General condemns the attack on peacekeepers in the north of the country.\n")
    assert actors_of(tmp_path, vocabulary, text, date="2019-03-02") == [["António Guterres"]]
    assert actors_of(tmp_path, vocabulary, text, date="2012-03-02") == [["Ban Ki-moon"]]


def test_the_x_side_is_the_country(tmp_path, vocabulary):
    text = "The Kenyan side reaffirmed its commitment to the peace process in the region.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Kenya"]]


def test_a_title_names_no_speaker_of_its_own(tmp_path, vocabulary):
    text = ("The President of the African Union, Amara Keita, and Secretary of State Marco Rubio "
            "discussed the crisis in the Sahel.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Amara Keita", "Marco Rubio"]]


def test_a_clause_without_an_actor_is_reported_not_emitted(tmp_path, vocabulary):
    text = "We welcome the release of the detained journalists.\n"
    records, unattributed = extraction(tmp_path, vocabulary, text)
    assert records == []
    (left,) = unattributed
    assert left.doc == "doc.txt" and left.sentence.startswith("We welcome") and "no actor found" in str(left)


def test_both_sides_are_the_countries_the_participants_speak_for(tmp_path, vocabulary):
    text = ("Deputy Foreign Minister Lena Varga of Hungary co-chaired the consultations with Tomas Ruud, "
            "State Secretary, Ministry of Foreign Affairs, Norway. Both sides agreed to hold the next round in Oslo.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Hungary", "Norway"]]


def test_a_name_with_a_hyphenated_particle_is_a_name(tmp_path, vocabulary):
    text = "Il capo della polizia di Bengasi, Omar al-Faitouri, ha dichiarato che la città è sicura.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Omar al-Faitouri"]]


def test_a_demonym_before_authorities_or_leaders_is_the_country(tmp_path, vocabulary):
    text = ("Foreign Minister Lena Varga called on the Kenyan authorities to release the detained journalists.\n"
            "The Moroccan government rejected the claims.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["targets"]) for r in records] == [(["Lena Varga"], ["Kenya"]), (["Morocco"], [])]
    # the English demonyms of countries whose names are phrases ("Central African", "Trinidadian")
    text = ("Foreign Minister Lena Varga called on the Central African authorities to protect civilians.\n"
            "The Trinidadian government rejected the claims.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["targets"]) for r in records] == [
        (["Lena Varga"], ["Central African Republic"]), (["Trinidad and Tobago"], [])]


def test_the_counterpart_is_the_other_participants_country(tmp_path, vocabulary):
    text = ("Foreign Minister Lena Varga of Hungary held talks with Secretary of State Marco Rubio. "
            "Varga warned her counterpart against new tariffs.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["act"], r["targets"]) for r in records] == [("warn", ["United States"])]


def test_the_secretary_general_is_not_his_spokesman(tmp_path, vocabulary):
    text = ("Noon briefing by the Office of the Spokesperson for the Secretary-General\n"
            "Deputy Spokesman Farhan Haq opened the briefing at the United Nations headquarters.\n"
            "The Secretary-General condemns the attack on the convoy in the strongest terms.\n")
    assert actors_of(tmp_path, vocabulary, text, date="2023-07-31") == [["António Guterres"]]


def test_a_briefers_we_stays_the_briefers_after_another_subject(tmp_path, vocabulary):
    text = ("Press briefing by Spokesperson Lena Marsh\n"
            "MS MARSH: The United States condemns the attack on the convoy. We call on all parties to show "
            "restraint.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["United States"], "criticize"), (["Lena Marsh"], "appeal")]


def test_an_unnamed_briefers_we_speaks_for_the_institution_whose_site_published_it(tmp_path, vocabulary):
    text = ("Thanks for joining us for the weekly briefing.\n\n"
            "We reiterate our concern over the situation along the Line of Control.\n")

    def actors_from(site, body=text):
        return [(r.actors[0].name, r.act) for r in extract(published_on(tmp_path, vocabulary, body, site), vocabulary)]

    assert actors_from("https://mofa.gov.pk/transcript-of-the-weekly-briefing/") == [
        ("Pakistani Ministry of Foreign Affairs", "reaffirm")]
    assert actors_from("https://www.example-news.com/briefing/") == []  # whose "we"? nobody's
    named = "Spokesperson Mumtaz Zahra Baloch opened the briefing.\n\n" + text.split("\n\n", 1)[1]
    assert actors_from("https://mofa.gov.pk/transcript/", named)[-1] == ("Mumtaz Zahra Baloch", "reaffirm")


def test_a_preposition_inside_a_persons_title_does_not_make_them_its_object(tmp_path, vocabulary):
    # "spokesperson for the … Ministry Kari Holm": the "for" is the title's; "with" governs the name
    text = "The fishing talks took a useful turn, spokesperson for the Norwegian Foreign Ministry Kari Holm said.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Kari Holm"]]
    text = "Foreign Secretary Jane Doyle said talks with Foreign Minister Kari Holm were useful.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"]]


def test_a_date_after_the_reporting_verb_is_not_the_position(tmp_path, vocabulary):
    def positions(text):
        records, _ = extraction(tmp_path, vocabulary, text)
        return [(r["actors"], *r["position"].values()) for r in records]

    assert positions("The fishing talks took a useful turn, Kari Holm has stated on Thursday.\n") == [
        (["Kari Holm"], "The fishing talks took a useful turn")]
    assert positions("Kari Holm said on 5 March that the fishing talks were useful.\n") == [
        (["Kari Holm"], "the fishing talks were useful")]
    assert positions("Kari Holm ha detto lunedì che i colloqui sulla pesca sono stati utili.\n") == [
        (["Kari Holm"], "i colloqui sulla pesca sono stati utili")]


def test_a_closing_said_names_the_speaker_of_a_quotation_with_verbs_of_its_own(tmp_path, vocabulary):
    # the quotation's own verbs are its content, and the ministry in the title does not speak
    text = "“We join the appeals of Norway and Chile that call for a ceasefire,” said Chilean Foreign Ministry spokesperson Kari Holm.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Kari Holm"]]
    # a closing report after a clause of the speaker's own country: the speaker speaks for it
    text = "Il Cile si unisce all'appello dell'Unione europea per una tregua, ha detto il ministro degli Esteri Kari Holm.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Kari Holm"]]


def test_a_verb_inside_an_objects_relative_or_infinitive_is_no_statement(tmp_path, vocabulary):
    def acts(text):
        records, _ = extraction(tmp_path, vocabulary, text)
        return [(r["actors"], r["act"]) for r in records]

    assert acts("Foreign Secretary Jane Doyle urged Chile to reject the blockade.\n") == [(["Jane Doyle"], "appeal")]
    assert acts("Foreign Secretary Jane Doyle welcomed the statements of Chile that call for restraint.\n") == [
        (["Jane Doyle"], "support")]
    # a subject of two coordinated names after "that" is one joint subject
    assert acts("Foreign Secretary Jane Doyle stressed that Chile and the European Union agreed to resume talks.\n") == [
        (["Jane Doyle"], "emphasize"), (["Chile", "European Union"], "agree")]


def test_a_verb_that_closes_its_sentence_without_a_report_before_it_is_a_noun(tmp_path, vocabulary):
    text = "Foreign Secretary Jane Doyle rejected the campaign of threats against the Gulf states.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"]]
    assert actors_of(tmp_path, vocabulary, "The blockade must end, Jane Doyle notes.\n") == [["Jane Doyle"]]


def test_a_news_datelines_city_does_not_speak(tmp_path, vocabulary):
    # the agency before the city, an ordinal date with its year: the dateline still ends before the text
    assert actors_of(tmp_path, vocabulary, "(ANSA) – ROMA, 10 NOV – Il presidente della commissione, Kari Holm, ha "
                                           "chiesto la fine delle ostilità.\n") == [["Kari Holm"]]
    assert actors_of(tmp_path, vocabulary, "MOSCOW, 7th March, 2019 (NTB) — The Organisation of the African Union, "
                                           "the AU, has expressed condemnation of the blockade.\n") == [["African Union"]]
    # the month before the day: the place's name is no topic of the statement either
    records, _ = extraction(tmp_path, vocabulary, "UNITED NATIONS, Oct 2 (AP) — Foreign Minister Jane Doyle "
                                                  "condemned the attack on the convoy.\n")
    assert [(r["actors"], r["topics"]) for r in records] == [(["Jane Doyle"], ["diplomatic-contacts"])]
    # a city that is also its country's name, a month that could be a city's second word, a double dash
    assert actors_of(tmp_path, vocabulary, "TOKYO, Jan 15 (Kyodo) -- Foreign Minister Jane Doyle and her "
                                           "counterpart Tom Berg agreed to strengthen cooperation.\n") == [
        ["Jane Doyle", "Tom Berg"]]
    # a release's own dateline may end with a colon after its date's year; a speaker label does not
    assert actors_of(tmp_path, vocabulary, "Addis Ababa, 27 January 2025: The Chairperson of the Commission, Kari "
                                           "Holm, is following with grave concern the fighting in the east.\n") == [
        ["Kari Holm"]]
    assert actors_of(tmp_path, vocabulary, "Brussels, March 3, 2025: Foreign Minister Jane Doyle condemned the "
                                           "attack on the convoy.\n") == [["Jane Doyle"]]


def test_whom_an_appeal_is_made_to_is_its_target_not_a_place(tmp_path, vocabulary):
    def targets_of(text):
        records, _ = extraction(tmp_path, vocabulary, text)
        return [r["targets"] for r in records]

    assert targets_of("Il ministro Kari Holm ha chiesto all’Unione africana di intervenire per fermare la guerra.\n") == [
        ["African Union"]]
    assert targets_of("Foreign Secretary Jane Doyle appealed to Chile to end the blockade.\n") == [["Chile"]]
    assert targets_of("Il ministro Kari Holm ha chiesto in Germania la fine del blocco.\n") == [[]]


def test_a_quoted_question_and_its_reporting_clause_are_one_sentence(tmp_path, vocabulary):
    records, _ = extraction(tmp_path, vocabulary, '"Who gains from this blockade?" said Foreign Secretary Jane Doyle.\n')
    assert [(r["actors"], r["evidence"][0]["text"]) for r in records] == [
        (["Jane Doyle"], '"Who gains from this blockade?" said Foreign Secretary Jane Doyle.')]


def test_a_listed_person_named_in_full_is_found_by_a_name_word_and_by_the_title_the_text_gives(tmp_path, vocabulary):
    # a family name first ("Qin Gang" → "Qin"), and "the ambassador" from the text's own title
    text = ("The letter of President Xi Jinping was read out by Chinese Ambassador to Chile Qin Gang at the dinner.\n"
            "In his speech, Qin noted that trade between the two countries keeps growing.\n"
            '"Who gains from a trade war?" said the ambassador.\n')
    assert actors_of(tmp_path, vocabulary, text, date="2021-11-10") == [["Qin Gang"], ["Qin Gang"]]


def test_a_role_in_a_named_organisation_is_the_person_of_the_text_who_held_it_there(tmp_path, vocabulary):
    text = ("The President of the African Union, Alpha Condé, and the High Representative/ Vice-President "
            "Federica Mogherini spoke on the phone.\n"
            "The President of the AU stressed the need to protect migrants in transit.\n")
    assert actors_of(tmp_path, vocabulary, text, date="2017-11-20")[-1] == ["Alpha Condé"]


def test_a_briefers_we_in_the_verb_itself_and_the_main_clause_after_a_gerund(tmp_path, vocabulary):
    text = ("MS DOYLE: We welcome the statement of the OIC expressing its concern about the violence and urge India "
            "to act. I would also like to begin by expressing our deep concerns at the violence.\n")
    assert actors_of(tmp_path, vocabulary, text) == [
        ["Doyle"], ["Organisation of Islamic Cooperation"], ["Doyle"], ["Doyle"]]


def test_who_is_asked_or_briefed_tells_nothing(tmp_path, vocabulary):
    assert actors_of(tmp_path, vocabulary, "MS DOYLE: I’ve been asked about the attack. We condemn it.\n") == [["Doyle"]]
    assert actors_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle has also been asked to mediate.\n") == []


def test_a_briefer_who_has_been_asked_tells_nothing_by_it(tmp_path, vocabulary):
    # a UN noon briefing: its unnamed briefer's "I" would otherwise be the UN's principal
    (tmp_path / "doc.source").write_text("https://press.un.org/en/2025/db250517.doc.htm\n2025-05-17\n",
                                         encoding="utf-8")
    text = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
            "The following is a transcript of today’s noon briefing by Jane Doyle, Deputy Spokesperson for the "
            "Secretary-General.\n\n"
            "First off, I’ve been asked about the attack in Chile, and I can say that the Secretary-General strongly "
            "condemns it.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert "appeal" not in [r["act"] for r in records]  # being asked is no appeal of the briefer's
    assert (["António Guterres"], "criticize") in [(r["actors"], r["act"]) for r in records]


def test_an_unnamed_official_of_a_country_is_its_incumbent_else_the_country_never_another_side(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle said Chile would talk to everyone.\n\n"
            "The Chinese foreign minister said China was ready to help.\n\n"
            "The Turkish president said Turkey would mediate.\n\n"
            "The Russian foreign minister criticised the new sanctions.\n\n"
            "The Ugandan foreign minister said the peace plan was welcome.\n")
    # the gazetteer's holders of the posts on the document's date (the minister, not a deputy
    # minister, who holds a post of the same words); the Ugandan minister, whom it lacks, is
    # Uganda, not the foreign minister named before
    assert actors_of(tmp_path, vocabulary, text) == [
        ["Jane Doyle"], ["Wang Yi"], ["Recep Tayyip Erdoğan"], ["Sergey Lavrov"], ["Uganda"]]
    italian = ("Il ministro degli Esteri Paolo Rossi ha detto che la pace è necessaria.\n\n"
               "Il ministro degli Esteri turco ha detto che la guerra è inaccettabile.\n\n"
               "Il ministro degli Esteri ugandese ha detto che la pace è necessaria.\n")
    assert actors_of(tmp_path, vocabulary, italian) == [["Paolo Rossi"], ["Hakan Fidan"], ["Uganda"]]
    # such a role after a name and a comma is that person's title, no second speaker
    assert actors_of(tmp_path, vocabulary, "Jane Doyle, the Chinese ambassador, said the talks were useful.\n") == [
        ["Jane Doyle"]]


def test_a_title_with_the_complements_of_its_role_before_a_name_marks_a_person(tmp_path, vocabulary):
    text = ("The spokesperson for the Ministry of Foreign Affairs of Peru, Ana Lopez, rejected the "
            "allegations made by Chile as baseless. Lopez also urged Chile to return to negotiations.\n")
    records, unattributed = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["targets"]) for r in records] == [
        (["Ana Lopez"], "reject", ["Chile"]), (["Ana Lopez"], "appeal", ["Chile"])]
    assert unattributed == []


def test_a_name_with_two_particles_is_one_name_and_its_last_word_finds_it(tmp_path, vocabulary):
    text = ("Mexican Foreign Secretary Juan Ramón de la Fuente said the talks were useful. "
            "De la Fuente added that the ministries would meet again in May.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Juan Ramón de la Fuente"]] * 2


def test_an_unsigned_answer_is_attributed_as_any_text_and_the_question_is_not(tmp_path, vocabulary):
    text = ("Question: On June 17, a Ruritanian vessel entered the waters near the reef. What is China's comment?\n\n"
            "Answer: China urges the Philippines to immediately stop its provocation.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["targets"]) for r in records] == [(["China"], "appeal", ["Philippines"])]


def test_the_ministers_of_a_joint_statement_are_the_countries_its_title_names(tmp_path, vocabulary):
    text = ("Joint Statement of the Foreign Ministers of Chile and Peru\n\n"
            "The Foreign Ministers reaffirmed their commitment to the peaceful settlement of disputes. "
            "They expressed serious concern about the situation in Haiti.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Chile", "Peru"]] * 2


def test_a_paragraph_labelled_by_a_news_outlet_that_asks_is_a_question(tmp_path, vocabulary):
    text = ("AFP: Peru and Chile agreed to cut tariffs. What's your comment?\n\n"
            "Anil Verma: We hope Peru will correct its wrong practices.\n\n"
            "Reuters: Does Chile plan to send an envoy?\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Anil Verma"]]


def test_an_italian_minister_named_without_a_nationality_is_italy_s(tmp_path, vocabulary):
    # Italian news names Italy's own ministers without a nationality and foreign ones with it
    text = ("Il viceministro degli Esteri Carlo Neri ha detto che l'Italia sostiene la missione.\n\n"
            "Il ministro degli Esteri peruviano Tom Berg ha detto che l'Italia sostiene la missione.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    # Neri speaks for Italy, so Italy's support is his act; Berg reports another country's, Italy's own
    assert [(r["actors"], r["act"]) for r in records] == [(["Carlo Neri"], "support"), (["Italy"], "support")]


def test_a_role_with_the_capitalised_words_of_its_title_is_a_reference(tmp_path, vocabulary):
    text = ("Foreign Secretary Jane Doyle spoke with External Affairs Minister Anil Verma. The Foreign Secretary "
            "and the External Affairs Minister discussed regional security.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Anil Verma"]]


def test_the_side_a_name_is_of_is_what_the_person_represents_not_a_second_speaker(tmp_path, vocabulary):
    # "NAME of COUNTRY said": the complement of the name says whom the person is of, titled or not
    text = ("Foreign Minister Jane Doyle of Chile said the summit was useful.\n\n"
            "Tomas Berg of the European Union said the talks were constructive.\n\n"
            "Paolo Rossi del Cile ha detto che il vertice è stato utile.\n\n"
            "The Central Bank of Chile said the figures were encouraging.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Tomas Berg"], ["Paolo Rossi"], ["Chile"]]
    # the side represented makes the relations of what the person criticises
    records, _ = extraction(tmp_path, vocabulary, "Jane Doyle of Chile criticised Peru for its decision.\n")
    assert [(r["actors"], r["targets"], r["topics"]) for r in records] == \
        [(["Jane Doyle"], ["Peru"], ["chile-peru-relations"])]
    # two speakers joined by "and" stay two
    assert actors_of(tmp_path, vocabulary, "Sergey Lavrov and the Foreign Minister of Chile said the summit was "
                                           "useful.\n") == [["Sergey Lavrov", "Chile"]]


def test_a_country_s_possessive_before_a_role_is_a_reference_to_its_holder(tmp_path, vocabulary):
    # "Ghana's foreign minister" as "the Ghanaian foreign minister": the holder on the date, else the country
    text = ("China's foreign minister said the talks were useful.\n\n"
            "Ghana's foreign minister said the sanctions were unjust.\n\n"
            "Chile's Foreign Minister Jane Doyle said the talks were useful.\n")
    assert actors_of(tmp_path, vocabulary, text, "2025-05-01") == [["Wang Yi"], ["Ghana"], ["Jane Doyle"]]


def test_a_country_completing_the_role_apposed_to_a_name_is_no_second_speaker(tmp_path, vocabulary):
    text = ("Jane Doyle, Minister of Foreign Affairs of Chile, said the summit was useful.\n\n"
            "H.E. Dr. Ahmed Ali, Minister of Foreign Affairs of the Republic of Djibouti, said the talks were "
            "useful.\n\n"
            "Jane Doyle, Minister of Foreign Affairs, and Chile said the summit was useful.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Ahmed Ali"], ["Jane Doyle", "Chile"]]


def test_a_name_after_a_counterpart_is_a_person_whatever_stands_between(tmp_path, vocabulary):
    # "her Rwandan counterpart, Tomas Berg": the other participant, named after their relation
    text = ("Foreign Minister Jane Doyle received a phone call from her Rwandan counterpart, Tomas Berg.\n\n"
            "During the call, the two ministers discussed bilateral relations.\n\n"
            "Berg expressed appreciation for the support of Zambia.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [
        (["Jane Doyle", "Tomas Berg"], "consult"), (["Tomas Berg"], "support")]
    assert "rwanda-zambia-relations" in records[1]["topics"]


def test_a_person_without_a_side_who_states_a_country_s_own_stance_speaks_for_it(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle held talks with Foreign Minister Tomas Berg of Estonia.\n\n"
            "The two ministers reviewed the state of bilateral relations.\n\n"
            "Doyle reiterated Ireland's support for Ukraine's sovereignty.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    # Ireland is Doyle's side: no target of hers, and the relations of the talks are Estonia's and Ireland's
    assert [(r["actors"], r["targets"], r["topics"]) for r in records] == [
        (["Jane Doyle", "Tomas Berg"], [], ["estonia-ireland-relations"]),
        (["Jane Doyle"], ["Ukraine"], ["ukraine-conflict"])]
    # from then on "both sides" are Ireland and Estonia, not Doyle and Estonia
    records, _ = extraction(tmp_path, vocabulary, text + "\nBoth sides condemned the attack on the pipeline.\n")
    assert records[-1]["actors"] == ["Ireland", "Estonia"]
    # the stance noun first, its country after ("the support of Ireland", "la contrarietà di Budapest")
    records, _ = extraction(tmp_path, vocabulary, "Minister Jane Doyle reiterated the support of Ireland for Ukraine.\n\n"
                            "Tom Berg ha ribadito la contrarietà di Budapest alle sanzioni contro la Bielorussia.\n")
    assert [(r["targets"], r["stance"]) for r in records] == [(["Ukraine"], "support"), (["Belarus"], "oppose")]
    assert "belarus-hungary-relations" in records[1]["topics"]
    # a stance the speaker opposes is no stance of their side
    records, _ = extraction(tmp_path, vocabulary, "Minister Jane Doyle criticised Russia's position on the ceasefire.\n")
    assert records[0]["targets"] == ["Russia"]


def test_a_titled_person_without_a_side_who_speaks_for_a_country_is_of_it(tmp_path, vocabulary):
    # "Deputy Foreign Minister X said Ghana rejects…": X speaks for Ghana, so is Ghanaian from then on
    text = ("Deputy Foreign Minister Kwame Asante said Ghana rejects any interference in its affairs.\n\n"
            "Asante also said Ghana supports the mediation of Togo.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["targets"]) for r in records] == [(["Kwame Asante"], []), (["Kwame Asante"], ["Togo"])]
    assert "ghana-togo-relations" in records[1]["topics"]


def test_a_title_takes_no_country_from_a_coordinated_name_before_it(tmp_path, vocabulary):
    # "Mark Carney of Canada and President Jane Doyle of Chile": Canada is his, Chile hers
    text = ("Prime Minister Mark Carney of Canada and President Jane Doyle of Chile agreed to expand trade. "
            "Both sides noted with concern the situation in the border region.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Mark Carney", "Jane Doyle"], ["Canada", "Chile"]]
    # nor across the verb of a meeting: "Jane Doyle of Chile met with Foreign Minister Tom Berg of Peru"
    text = ("Foreign Minister Jane Doyle of Chile met with Foreign Minister Tom Berg of Peru in Lima on Monday. "
            "The sides agreed to expand cooperation in mining.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Chile", "Peru"]]


def test_a_listed_persons_short_name_does_not_swallow_another_persons_name(tmp_path, vocabulary):
    # "Lin" is a short name of a listed spokesperson; "Lin Hao" is someone else, and the heading's
    # "Lin Hao's Regular Press Conference" names him (the possessive ends the name); "Antony J.
    # Blinken" ends with a word of the listed name, so it is him
    text = ("Foreign Ministry Spokesperson Lin Hao's Regular Press Conference on May 3, 2025\n\n"
            "Q: The talks ended yesterday. What is your comment?\n\n"
            "A: We welcome the progress made at the talks.\n\n"
            "Secretary Antony J. Blinken said the talks were useful.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Lin Hao"], ["Antony Blinken"]]


def test_a_capitalised_role_without_an_article_is_a_reference_to_its_holder(tmp_path, vocabulary):
    # readouts write "Prime Minister conveyed…", "Secretary (East) welcomed…": the holder named
    # before, not the last speaker
    text = ("Prime Minister Narendra Modi held a telephone conversation with President Jane Doyle of Chile today. "
            "The leaders reviewed the progress of the partnership. "
            "Prime Minister conveyed his best wishes for the success of the summit.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Narendra Modi", "Jane Doyle"], ["Narendra Modi"]]
    text = ("Anil Verma, Secretary (East), Ministry of External Affairs, India and Jane Doyle, Deputy Secretary, "
            "Ministry of Foreign Affairs, Chile co-chaired the consultations in New Delhi. "
            "Jane Doyle said that trade had doubled. "
            "Secretary (East) welcomed the growing trade between the two countries.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Anil Verma"]]


def test_a_side_speaking_through_a_person_is_that_persons_statement(tmp_path, vocabulary):
    # "through its spokesman", "tramite il portavoce": the person speaks, not the side and the person
    for text, actor in {"Chile, through its foreign ministry spokesperson Ana Rios, said the vote was fair.\n": "Ana Rios",
                        "Il Cile, tramite la portavoce Ana Rios, ha fatto sapere che il voto è stato regolare.\n":
                        "Ana Rios"}.items():
        assert actors_of(tmp_path, vocabulary, text) == [[actor]], text


def test_names_coordinated_before_a_verb_or_a_meeting_are_all_people(tmp_path, vocabulary):
    # "Jane Doyle and Tom Berg agreed": the first name has no cue of its own but the verb after both
    text = "Jane Doyle and Tom Berg shared the view that the crisis requires a political solution.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Tom Berg"]]
    # who met are the participants, whom "the two ministers" then names; a label that begins with
    # "were" after its own subject is no passive
    text = ("Jane Doyle and Tom Berg met in Rome on Monday.\n\n"
            "The two ministers were of one mind on the need for dialogue.\n\n"
            "Ana Rios held talks with Tom Berg on Tuesday. The two ministers agreed to meet again.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [
        (["Jane Doyle", "Tom Berg"], "agree"), (["Ana Rios", "Tom Berg"], "agree")]


def test_an_unnamed_spokesperson_for_a_side_speaks_for_it(tmp_path, vocabulary):
    # "A spokesperson for X said": X, not the last speaker; "talks with the spokesperson for X": not X
    text = ("Jane Doyle said the talks were useful.\n\n"
            "A spokesperson for the Chilean Foreign Ministry said the embassy would reopen.\n\n"
            "Un portavoce del ministero degli Esteri cileno ha detto che l'ambasciata riaprirà.\n\n"
            "Jane Doyle held talks with the spokesperson for the Chilean Foreign Ministry and said the embassy "
            "would reopen.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], [CHILEAN_MFA], [CHILEAN_MFA], ["Jane Doyle"]]
    # so does a document of theirs: "A statement by X said…", "according to a statement from X, …"
    text = ("A statement by the Russian Foreign Ministry said the sanctions were illegal.\n\n"
            "According to a statement from the Chilean Foreign Ministry, Chile will send aid to the region.\n\n"
            "Secondo una nota della Farnesina, l'Italia invierà aiuti alla regione.\n")
    assert actors_of(tmp_path, vocabulary, text) == [
        ["Russian Ministry of Foreign Affairs"], [CHILEAN_MFA], ["Italian Ministry of Foreign Affairs"]]


def test_officials_of_named_sides_speak_for_them(tmp_path, vocabulary):
    # "Officials from both countries said the talks were useful": the participants' sides; "the
    # talks" after "said" is what is said, not a subject put after the verb
    text = "Jane Doyle and Tom Berg met in Rome.\n\nOfficials from both countries said the talks were useful.\n"
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records] == [
        (["Jane Doyle", "Tom Berg"], "the talks were useful")]


def test_a_name_with_an_aside_before_its_verb_is_a_person(tmp_path, vocabulary):
    # "Jane Doyle, who arrived in Lima on Sunday, said…": the aside keeps the verb the name's cue
    text = ("Jane Doyle, who arrived in Lima on Sunday, said the two countries would sign a trade deal. "
            "Doyle was quoted as saying that the deal was historic.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Jane Doyle"]]


def test_a_sentence_opening_with_an_accented_capital_is_a_sentence_of_its_own(tmp_path, vocabulary):
    # blingfire does not end a sentence before "É" or "Ç": the next speaker is not part of the position
    text = "Jane Doyle said the talks with the region were useful. Émilie Dupont said France would send aid.\n"
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records] == [
        (["Jane Doyle"], "the talks with the region were useful"), (["Émilie Dupont"], "France would send aid")]
    # nor before a quotation that opens with one: the quotation is a sentence with its own attribution
    text = ("La ministra degli Esteri Jane Doyle ha dichiarato che Cile e Italia firmeranno un accordo entro "
            "l'anno. \"È un passo storico per le nostre relazioni\", ha detto la ministra ai giornalisti.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [next(iter(r["position"].values())) for r in records] == [
        "Cile e Italia firmeranno un accordo entro l'anno", "È un passo storico per le nostre relazioni"]


def test_a_title_in_apposition_with_its_countrys_possessive_gives_the_person_that_side(tmp_path, vocabulary):
    # "Jane Doyle, Chile's deputy foreign minister, said Santiago opposes…": she speaks for Chile,
    # so her own side's act is hers; she is the subject before the comma, not "Santiago" after the verb
    text = "Jane Doyle, Chile's deputy foreign minister, said Santiago opposes the sanctions.\n"
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["Jane Doyle"], "reject")]


def test_one_name_word_after_a_role_and_before_its_side_is_a_surname(tmp_path, vocabulary):
    # "Foreign Minister Ortega of Peru": a participant, so "they" are both; "the Ambassador
    # Extraordinary and Plenipotentiary" names no one
    text = ("Jane Doyle spoke today with Foreign Minister Ortega of Peru. They discussed the situation in the region.\n\n"
            "Jane Doyle met the Ambassador Extraordinary and Plenipotentiary of Peru. Doyle said the talks were useful.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Ortega"], ["Jane Doyle"]]


def test_a_sentence_ending_with_the_platform_x_ends_there(tmp_path, vocabulary):
    # blingfire reads "X." as an initial; after a lower-case word it is the platform, and the
    # next speaker's sentence is not part of the first
    text = ("Il ministro Paolo Rossi ha ringraziato il Cile per il sostegno su X. Da Madrid, la portavoce Ana Rios "
            "ha accusato Roma di prolungare la guerra.\n\n"
            "Jane Doyle said the talks were useful, she wrote on X. Tom Berg said the talks had failed.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [r["actors"] for r in records] == [["Paolo Rossi"], ["Ana Rios"], ["Jane Doyle"], ["Tom Berg"]]


def test_a_role_reference_is_of_the_side_an_earlier_reference_to_the_role_named(tmp_path, vocabulary):
    # "the new Ambassador of Japan… The Ambassador conveyed…": the ambassador of that side, not
    # the President who spoke last
    text = ("President Jane Doyle of Chile received the credentials of the new Ambassador of Japan on Thursday. "
            "The President welcomed Japan's support for Chile's development. "
            "The Ambassador conveyed the greetings of the Prime Minister of Japan.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Japan"]]


def test_a_periphrasis_of_a_foreign_minister_is_who_held_the_post_then(tmp_path, vocabulary):
    # what the press calls a foreign minister so as not to repeat the title (cue:foreign-minister-
    # periphrasis): with a country and no name, the holder of that country's post on the date
    text = ("Il capo della diplomazia russa ha criticato le nuove sanzioni.\n\n"
            "Il titolare della Farnesina ha ribadito il sostegno all'Ucraina.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Sergey Lavrov"], ["Antonio Tajani"]]
    assert actors_of(tmp_path, vocabulary, text, date="2021-06-01") == [["Sergey Lavrov"], ["Luigi Di Maio"]]
    english = ("The top US diplomat criticised the new tariffs.\n\n"
               "The EU's top diplomat said the sanctions must stay.\n")
    assert actors_of(tmp_path, vocabulary, english) == [["Marco Rubio"], ["Kaja Kallas"]]
    # with both ministers named, the one of the country the periphrasis names
    named = ("Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Monday.\n\n"
             "China's top diplomat said the two countries would deepen their cooperation.\n\n"
             "Russia's top diplomat criticised the new sanctions.\n")
    assert actors_of(tmp_path, vocabulary, named) == [["Wang Yi"], ["Sergey Lavrov"]]


def test_periphrases_of_heads_of_government_state_and_organisations(tmp_path, vocabulary):
    text = ("Il premier israeliano ha respinto le accuse.\n\n"
            "The Chinese premier said China would open its markets.\n\n"
            "The UN chief condemned the attack on the convoy.\n\n"
            "The Kremlin chief said Russia was ready for talks.\n\n"
            "The EU foreign policy chief said the sanctions must stay.\n")
    assert actors_of(tmp_path, vocabulary, text) == [
        ["Benjamin Netanyahu"], ["Li Qiang"], ["António Guterres"], ["Vladimir Putin"], ["Kaja Kallas"]]
    italian = ("Il numero uno della Nato ha esortato gli alleati a spendere di più.\n\n"
               "L'inquilino della Casa Bianca ha criticato la Cina.\n\n"
               "Il capo della diplomazia dell'Unione europea ha chiesto di esercitare pressioni su Mosca.\n")
    assert actors_of(tmp_path, vocabulary, italian) == [["Mark Rutte"], ["Donald Trump"], ["Kaja Kallas"]]
    # two people held a presidency of the EU: no one is guessed; a chief of staff is no head
    others = ("The EU chief said the tariffs were unjustified.\n\n"
              "The White House chief of staff said the talks were useful.\n")
    assert actors_of(tmp_path, vocabulary, others) == [["European Union"], ["United States"]]


def test_an_office_after_a_possessive_speaks_for_its_owner(tmp_path, vocabulary):
    text = ("Netanyahu's office said the hostages must be released.\n\n"
            "Zelensky's office also said the talks with the envoys were useful.\n\n"
            "The Kremlin's press service, in a statement, said the sanctions were illegal.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Benjamin Netanyahu"], ["Volodymyr Zelenskyy"], ["Russia"]]
    # another noun after a possessive is no word of the owner's
    assert actors_of(tmp_path, vocabulary, "Ukraine's allies said the aid would continue.\n") == []


def test_a_new_name_that_ends_with_a_listed_surname_is_another_person(tmp_path, vocabulary):
    # "Costa" is António Costa's short name and a word of "Costa Rica"; the text names another
    # Costa in full, whom its later "Costa" means; an honorific ends the title before the name
    text = ("External Affairs Minister Dr. S. Jaishankar met Foreign Minister of Portugal Mr. Miguel "
            "Ramos Costa in New Delhi today.\n\n"
            "Costa said that the talks had been useful.\n\n"
            "Both sides agreed to hold the next round of consultations in Lisbon.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Miguel Ramos Costa"], ["India", "Portugal"]]


def test_a_title_in_apposition_before_a_name_with_honorifics_makes_the_role_theirs(tmp_path, vocabulary):
    # the text's own chairperson, not the gazetteer's holder of the post on the date, whom the
    # title names: the text is newer than the gazetteer
    text = ("Statement of the Chairperson of the African Union Commission on the situation in the east\n\n"
            "The Chairperson of the African Union Commission, H.E. Mr. Kofi Mensah Asante, has followed "
            "with grave concern the escalation of fighting.\n\n"
            "The Chairperson strongly condemns the attacks against civilians.\n")
    assert actors_of(tmp_path, vocabulary, text, date="2023-05-17") == [["Kofi Mensah Asante"]]


def test_a_form_of_address_of_rank_is_the_texts_principal_not_the_last_person_named(tmp_path, vocabulary):
    text = ("His Highness Sheikh Abdullah bin Zayed Al Nahyan received a phone call from Ayman Safadi.\n\n"
            "Safadi conveyed the greetings of the Jordanian government.\n\n"
            "His Highness affirmed the UAE's firm support for a ceasefire in Gaza.\n")
    assert actors_of(tmp_path, vocabulary, text)[-1] == ["Abdullah bin Zayed Al Nahyan"]
    # "His Excellency", "Sua Eccellenza" after a joint "they" too
    text = ("His Excellency Foreign Minister Jane Doyle met Peruvian Foreign Minister Tom Berg in Santiago.\n\n"
            "They discussed bilateral relations.\n\n"
            "His Excellency affirmed Chile's firm support for the peace plan.\n")
    assert actors_of(tmp_path, vocabulary, text)[-1] == ["Jane Doyle"]


def test_a_surname_after_an_honorific_is_the_person_named_in_full_before(tmp_path, vocabulary):
    text = ("Secretary General Paolo Rossi met Prime Minister Jan Kowalczyk in Warsaw.\n\n"
            "Mr Kowalczyk said the alliance must stay united.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jan Kowalczyk"]]


def test_a_word_with_digits_is_no_part_of_a_name(tmp_path, vocabulary):
    text = "Il leader del M5s Paolo Rossi ha criticato il piano di riarmo europeo.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Paolo Rossi"]]


def test_a_pronoun_after_an_institutions_unnamed_spokesman_is_the_institutions(tmp_path, vocabulary):
    text = ("\"These accusations are unfounded,\" a spokesman for the Chilean Foreign Ministry said. "
            "The ship had been in international waters at all times, he added.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["position"]["en"]) for r in records][-1] == (
        [CHILEAN_MFA], "The ship had been in international waters at all times")


def test_a_role_a_briefer_names_is_of_the_briefers_country(tmp_path, vocabulary):
    # "The President" in a State Department briefing: the President of the United States on the
    # date, whom the briefer's country says; "has been clear that" emphasises
    text = ("MS. BRUCE: Good afternoon. The President has said he wants the fighting in Sudan to end.\n\n"
            "QUESTION: And on Iran?\n\n"
            "MS. BRUCE: We have been clear that Iran cannot have a nuclear weapon.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["Donald Trump"], "state"), (["Tammy Bruce"], "emphasize")]


def test_whose_a_title_is_comes_from_its_own_complement_not_a_place_before_it(tmp_path, vocabulary):
    text = ("Italian Foreign Minister Paolo Rossi met today at the Farnesina the Minister for Foreign Affairs "
            "of Ghana, Kwame Mensah. The two sides noted with satisfaction the growth of bilateral trade.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Italy", "Ghana"]]
    # where an ambassador is sent is no side of theirs
    path = tmp_path / "doc.txt"
    path.write_text(" date 2025-05-17\nThe Israeli ambassador to Brazil, Daniel Cohen, said the talks were useful.\n",
                    encoding="utf-8")
    state = run(read(path, vocabulary), vocabulary, until="mentions")
    assert [p.represents for p in state.context.people.values()] == ["https://w3id.org/diplo-kg/actor/israel"]


def test_a_role_two_people_share_is_the_texts_principal(tmp_path, vocabulary):
    # both are ministers; "The Minister" of a readout is its principal, not whoever was named last
    text = ("Foreign Minister Paolo Rossi met Foreign Minister Jane Doyle in Rome.\n\n"
            "The Minister expressed Italy's condolences to the families of the victims.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Paolo Rossi"]]


def test_a_surname_that_is_a_word_of_the_vocabulary_after_an_honorific_or_a_first_name(tmp_path, vocabulary):
    # "Hope" is a verb label, "Power" a keyword's word: after "Ms" or a first name they are a name,
    # and a later "Hope also urged…" is that person, not the verb "hope"
    for text, person in (("Ms Hope urged Peru to join the talks. Ms Hope also called for calm.\n", "Hope"),
                         ("Foreign Minister Jane Hope urged Peru to join. Hope also called for calm.\n", "Jane Hope"),
                         ("Mr Power urged Peru to join the talks.\n", "Power")):
        records, _ = extraction(tmp_path, vocabulary, text)
        assert {a for r in records for a in r["actors"]} == {person}, text
    # and in a speaker label after its honorific, not a role ("MR PRESIDENT:" names no one)
    records, _ = extraction(tmp_path, vocabulary, "MS HOPE: We call for calm.\n")
    assert [r["actors"] for r in records] == [["Hope"]]
    records, unattributed = extraction(tmp_path, vocabulary, "MR PRESIDENT: We call for calm.\n")
    assert records == [] and len(unattributed) == 1


def test_a_hyphenated_title_before_a_name_is_no_part_of_it(tmp_path, vocabulary):
    # "Secretary-General", "Under-Secretary-General": words of the vocabulary joined by hyphens are
    # a title as the words apart are, so the name after it is the person's ("Al-Budaiwi" stays one)
    for text, person in (("Under-Secretary-General Rosa Lamberti said she supports the talks.\n", "Rosa Lamberti"),
                         ("Deputy Secretary-General Tom Berg said the talks were useful.\n", "Tom Berg"),
                         ("Secretary-General Jasem Al-Budaiwi said the talks were useful.\n", "Jasem Mohamed Albudaiwi"),
                         ("Vice-President Ana Okoro said the talks were useful.\n", "Ana Okoro")):
        records, unattributed = extraction(tmp_path, vocabulary, text)
        assert [r["actors"] for r in records] == [[person]] and not unattributed, text


def test_names_apposed_to_a_plural_role_are_people_each_of_their_own_country(tmp_path, vocabulary):
    # "The foreign ministers of Chile and Peru, Jane Doyle and Tom Berg,": the names in the list are
    # the ministers, in the order of the countries; "Berg said" is then Tom Berg
    text = ("The foreign ministers of Chile and Peru, Jane Doyle and Tom Berg, agreed to reopen the border. "
            "Berg said the decision would help families.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Tom Berg"], ["Tom Berg"]]
    path = tmp_path / "doc.txt"
    path.write_text(" date 2025-05-17\n" + text, encoding="utf-8")
    state = run(read(path, vocabulary), vocabulary, until="mentions")
    assert {p.name: p.represents.rsplit("/", 1)[-1] for p in state.context.people.values()} == {
        "Jane Doyle": "chile", "Tom Berg": "peru"}
    text = "I ministri degli Esteri di Cile e Perù, Paola Rossi e Ugo Neri, hanno concordato di riaprire il confine.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Paola Rossi", "Ugo Neri"]]


def test_an_organisation_before_joined_roles_apposed_to_a_name_is_their_title(tmp_path, vocabulary):
    # "NATO Deputy Secretary General and former Foreign Minister of Norway, Ola Brekke,": NATO is
    # named in the title, no second speaker; an adverb after the apposition is no closing report
    text = ("NATO Deputy Secretary General and former Foreign Minister of Norway, Ola Brekke, expressed concern "
            "over the detentions.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Ola Brekke"]]
    text = ("OSCE Chairperson-in-Office and Foreign Minister of Finland, Elina Virtanen, today expressed her "
            "concern over the detention of three staff members.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records] == [
        (["Elina Virtanen"], "the detention of three staff members")]


def test_a_statement_titled_after_a_line_of_place_and_date_is_its_title_persons(tmp_path, vocabulary):
    # the title may come second, after the line of place and date; "the Secretary General of the
    # Council of Europe" is whoever held the post on the document's date
    text = ("Strasbourg, 12 June 2025\n\nStatement by the Secretary General of the Council of Europe\n\n"
            "I am appalled by the sentencing of the journalist. I urge the authorities to release her.\n")
    records, _ = extraction(tmp_path, vocabulary, text, date="2025-06-12")
    assert [(r["actors"], r["topics"]) for r in records] == [(["Alain Berset"], ["human-rights"])] * 2
    records, _ = extraction(tmp_path, vocabulary, text, date="2021-06-12")
    assert {a for r in records for a in r["actors"]} == {"Marija Pejčinović Burić"}
    # a line of text that ends with a stop is no title
    text = "Strasbourg, 12 June 2025\n\nThe statement by Jane Doyle was read out.\n\nI urge the authorities to act.\n"
    records, unattributed = extraction(tmp_path, vocabulary, text)
    assert records == [] and len(unattributed) == 1


def test_a_speaker_label_may_set_off_the_role_with_a_comma(tmp_path, vocabulary):
    # "Official Spokesperson, Shri Anil Verma:" labels the answers after a question as "MS MARSH:" does
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson\n\n"
            "Official Spokesperson, Shri Anil Verma: Good afternoon. We welcome the ceasefire in the region.\n\n"
            "Question: What is India's position on the attack?\n\n"
            "Official Spokesperson, Shri Anil Verma: We strongly condemn this terror attack.\n")
    records, unattributed = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["Anil Verma"], "support"), (["Anil Verma"], "criticize")]
    assert not unattributed


def test_the_latter_and_the_former_are_the_last_two_people_named_in_their_order(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle of Chile met her Peruvian counterpart Tom Berg in Lima. The latter stressed "
            "the need to reopen the border, while the former called for a joint commission on migration.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg"], ["Jane Doyle"]]
    text = ("Il ministro Paolo Rossi ha incontrato il collega Ugo Neri. Quest'ultimo ha ribadito il sostegno al "
            "processo di pace.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Ugo Neri"]]
    # before a name or a role "the former" is no reference
    text = ("Foreign Minister Jane Doyle met Tom Berg in Lima. Doyle said the former Soviet republics must be "
            "heard, and the former minister Ana Rios agreed.\n")
    assert actors_of(tmp_path, vocabulary, text)[0] == ["Jane Doyle"]


def test_a_rapporteur_named_without_an_organisation_is_the_uns_not_the_publishers(tmp_path, vocabulary):
    # a ministry's briefing quoting a Special Rapporteur: her mandate is the UN's, so Pakistan,
    # whose site it is, is a target of what she says, not her own side
    text = "Special Rapporteur on freedom of expression Ana Rios said Pakistan must release the journalists.\n"
    state = run(published_on(tmp_path, vocabulary, text, "https://mofa.gov.pk/press-release/"), vocabulary)
    assert [p.represents for p in state.context.people.values()] == ["https://w3id.org/diplo-kg/actor/united-nations"]
    assert [([a.name for a in r.actors], [t.name for t in r.targets]) for r in state.extraction.records] == [
        (["Ana Rios"], ["Pakistan"])]


def test_a_place_before_with_is_no_part_of_the_counterparts_title(tmp_path, vocabulary):
    # "a margine di un incontro alla Farnesina con l'omologo peruviano X": X is Peru's, and so "il
    # ministro peruviano" after is X
    text = ("Il ministro Paolo Rossi ha parlato a margine di un incontro alla Farnesina con l'omologo peruviano "
            "Tom Berg.\n\nIl ministro peruviano ha inoltre denunciato le violazioni della sovranità del Perù.\n")
    state = run(published_on(tmp_path, vocabulary, text, "https://www.example-news.com/story/"), vocabulary)
    assert {p.name: p.represents for p in state.context.people.values()} == {
        "Paolo Rossi": "https://w3id.org/diplo-kg/actor/italy", "Tom Berg": "https://w3id.org/diplo-kg/actor/peru"}
    assert [[a.name for a in r.actors] for r in state.extraction.records] == [["Tom Berg"]]


def test_a_role_without_a_country_on_a_ministrys_site_is_of_its_country(tmp_path, vocabulary):
    # "Foreign Minister Ana Rios said Pakistan…" on the Pakistani ministry's site: Rios speaks for
    # Pakistan, so what Pakistan does in her report is her statement
    text = "Foreign Minister Ana Rios said Pakistan firmly rejects the allegations made by India.\n"

    def sides(site):
        state = run(published_on(tmp_path, vocabulary, text, site), vocabulary)
        return [p.represents for p in state.context.people.values()], [
            ([a.name for a in r.actors], r.act) for r in state.extraction.records]

    assert sides("https://mofa.gov.pk/press-release/") == (
        ["https://w3id.org/diplo-kg/actor/pakistan"], [(["Ana Rios"], "reject")])
    # on a news site her side is not known from the site, but she speaks for the one country she
    # reports on, and so is of it from then on
    assert sides("https://www.example-news.com/story/") == (
        ["https://w3id.org/diplo-kg/actor/pakistan"], [(["Ana Rios"], "reject")])


def test_a_roles_capitalised_complement_is_no_part_of_the_name_after_it(tmp_path, vocabulary):
    text = "Commissioner for Crisis Management Ana Rios said the aid would arrive within a week.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Ana Rios"]]
    # a country closing the complement stays out of it, and a three-word name after it stays whole
    text = "Foreign Minister of Chile Ana Maria Rios said the aid would arrive within a week.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Ana Maria Rios"]]


def test_a_label_that_is_a_role_alone_is_the_briefer_the_text_names(tmp_path, vocabulary):
    # "Spokesman:" after a question answers as "A:" does: the briefer the title names
    text = ("Noon briefing by Tom Berg, Spokesman for the Secretary-General\n\n"
            "Question: Is the ceasefire holding?\n\n"
            "Spokesman: We welcome the ceasefire and call on the parties to respect it.\n")
    records, unattributed = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["Tom Berg"], "support"), (["Tom Berg"], "appeal")]
    assert not unattributed


def test_a_label_that_is_a_post_is_who_held_it_on_the_documents_date(tmp_path, vocabulary):
    # "NATO Secretary General:" names the post and where it is; "SECRETARY-GENERAL:" under a UN
    # heading the UN's: the holder on the day, whom the transcript never names
    text = ("Press conference following the meeting of Foreign Ministers\n\n"
            "NATO Secretary General: We condemn the attacks on Kyiv.\n\n"
            "Question: Will Allies spend more?\n\n"
            "NATO Secretary General: We call on Russia to end its war.\n")
    for date, holder in (("2023-06-01", "Jens Stoltenberg"), ("2025-06-01", "Mark Rutte")):
        records, unattributed = extraction(tmp_path, vocabulary, text, date)
        assert [(r["actors"], r["act"]) for r in records] == [([holder], "criticize"), ([holder], "appeal")]
        assert not unattributed
    text = ("Secretary-General's remarks to the press on Sudan\n\n"
            "SECRETARY-GENERAL: I condemn the attacks on the camps and call on the parties to agree a ceasefire.\n")
    assert actors_of(tmp_path, vocabulary, text, "2015-06-01") == [["Ban Ki-moon"], ["Ban Ki-moon"]]
    # a label of the post with no place, in a text that names its briefer, is still the briefer
    text = ("Briefing by Tom Berg, Spokesman for the Secretary-General\n\n"
            "Spokesman: We welcome the ceasefire.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg"]]


def test_a_release_signed_at_its_top_is_its_signatorys_first_person(tmp_path, vocabulary):
    # a minister's media release: "I" and "we" are the signatory's, named on a line of their own
    # with a word of address, or over a line that is their post; the country's own sentence stays its
    for signature in ("The Hon Clara Whitford MP\n", "Clara Whitford\nMinister for Foreign Affairs\n"):
        text = ("Media release\n\n" + signature + "\nChile welcomes the ceasefire between Peru and Bolivia. "
                "We call on both sides to respect it. I urged my Peruvian counterpart to keep talking.\n")
        records, unattributed = extraction(tmp_path, vocabulary, text)
        assert [(r["actors"], r["act"]) for r in records] == [
            (["Chile"], "support"), (["Clara Whitford"], "appeal"), (["Clara Whitford"], "appeal")], signature
        assert not unattributed
    # a name over a sentence, or a reporter's "By" line, signs nothing
    for signature in ("Clara Whitford\nMinister for Foreign Affairs Tom Berg said Chile was ready.\n",
                      "By Clara Whitford\n"):
        text = "Media release\n\n" + signature + "\nWe call on both sides to respect the ceasefire.\n"
        assert "Clara Whitford" not in [a for r in extraction(tmp_path, vocabulary, text)[0] for a in r["actors"]]


def test_lawmakers_and_party_officials_are_people_of_their_post(tmp_path, vocabulary):
    # news quotes parliaments as much as governments: "lawmaker", "MP", "capogruppo",
    # "vicesegretario" mark a name as "minister" does, and "the lawmaker" finds them again; the
    # chamber a post is of ("alla Camera", "al Senato") is no part of the name after it
    for text, person in (
            ("Republican lawmaker Tom Berg said the aid must stop. The lawmaker added that it was a waste.\n", "Tom Berg"),
            ('"The government is divided," Labour MP Tom Berg said.\n', "Tom Berg"),
            ("«Il governo è diviso», ha dichiarato il capogruppo dem alla Camera Chiara Braga. "
             "La capogruppo ha poi criticato il ministro.\n", "Chiara Braga"),
            ("Il vicesegretario della Lega Andrea Crippa ha detto che la Francia sbaglia.\n", "Andrea Crippa")):
        records, unattributed = extraction(tmp_path, vocabulary, text)
        assert records and all(r["actors"] == [person] for r in records), text
        assert not unattributed, text


def test_the_ministry_is_the_one_named_last_before_it(tmp_path, vocabulary):
    # "The Ministry" after a sentence that made no statement (a summoning) is the ministry that
    # sentence named, by its complement or its possessive; of two, the nearer
    for first in ("The Ministry of Foreign Affairs of Ghana has summoned the Ambassador of Togo. ",
                  "Ghana's foreign ministry has summoned the Ambassador of Togo. ",
                  "The Ministry of Foreign Affairs of Togo has summoned the Ambassador of Ghana. "
                  "The Ministry of Foreign Affairs of Ghana has summoned the Ambassador of Togo. "):
        text = first + "The Ministry expressed deep concern about the detention of the fishermen.\n"
        assert actors_of(tmp_path, vocabulary, text) == [["Ghanaian Ministry of Foreign Affairs"]], first
    text = ("Il ministero degli Esteri del Ghana ha convocato l'ambasciatore del Togo. "
            "Il ministero ha espresso profonda preoccupazione per i pescatori.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Ghanaian Ministry of Foreign Affairs"]]


def test_a_title_in_the_plural_before_names_marks_the_first_as_a_person(tmp_path, vocabulary):
    # "Foreign ministers Jane Doyle of Chile and Tom Berg of Peru": Doyle had been taken for Chile,
    # so her later "Doyle wrote" went to Berg
    text = ("Foreign ministers Jane Doyle of Chile and Tom Berg of Peru said on Monday they would open a "
            "new border crossing. Doyle later wrote that the meeting had been frank.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Tom Berg"], ["Jane Doyle"]]
    text = "I ministri degli Esteri Jane Doyle e Tom Berg hanno concordato di riaprire il valico.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Tom Berg"]]


def test_people_the_gazetteer_gained_speak_for_their_countries(tmp_path, vocabulary):
    for text, person in (("Sugiono said Indonesia supports the plan.\n", "Sugiono"),
                         ("Foreign Minister Espen Barth Eide said Norway supports the plan.\n", "Espen Barth Eide"),
                         ("Deputy Prime Minister and Foreign Minister Bui Thanh Son said Viet Nam supports the plan.\n",
                          "Bui Thanh Son"),
                         ("Prime Minister Mark Carney said Canada supports the plan.\n", "Mark Carney"),
                         ("Spokesperson Esmaeil Baghaei said Iran supports the plan.\n", "Esmaeil Baghaei"),
                         ("Foreign Minister Abbas Araqchi said Iran supports the plan.\n", "Abbas Araghchi"),
                         ("President Aleksandar Vucic said Serbia supports the plan.\n", "Aleksandar Vučić"),
                         ("Minister for Foreign Affairs Dr Vivian Balakrishnan said Singapore supports the plan.\n",
                          "Vivian Balakrishnan"),
                         ("IAEA chief Rafael Grossi said the IAEA supports the plan.\n", "Rafael Grossi")):
        assert [(r["actors"], r["act"]) for r in extraction(tmp_path, vocabulary, text)[0]] == [([person], "support")], text


def test_a_titled_person_of_no_known_side_speaks_for_the_country_they_report_on(tmp_path, vocabulary):
    # "Foreign Ministry Spokesperson X said India supports…": a role with no country named, no
    # ministry's site; what the one country in their report does is their statement, as for a
    # speaker whose side is known; a name with no role stays apart from it, and so does a group
    # ("the foreign ministers agreed" at an ASEAN meeting is ASEAN's: tests/test_extract.py)
    text = ("Foreign Ministry Spokesperson Anil Verma said India was closely following the developments. "
            "Verma added that India supports a peaceful and inclusive democratic process.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Anil Verma"], ["Anil Verma"]]
    text = "Tom Berg told reporters that India supports a peaceful and inclusive democratic process.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["India"]]


def test_an_abbreviated_given_name_with_its_stop_is_part_of_the_name(tmp_path, vocabulary):
    # "Md." and "Mohd." (Mohammad) begin many names of Bangladesh and Malaysia; the stop does not
    # end the name, and like a middle initial the abbreviation is no part of the name kept
    text = ("Foreign Adviser Md. Rafiqul Karim said Bangladesh wants good relations with its neighbours. "
            "Karim added that Dhaka rejects any interference.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Rafiqul Karim"], ["Rafiqul Karim"]]
    text = "Malaysian Deputy Minister Mohd. Azlan Yusof said Malaysia welcomes the agreement.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Azlan Yusof"]]


def test_an_age_between_a_name_and_its_title_is_no_part_of_either(tmp_path, vocabulary):
    # news writes a person's age after their name: "Jane Doyle, 54, a former ambassador to Peru,"
    text = ("Jane Doyle, 54, a former ambassador to Peru, said the government had made a serious mistake. "
            "Doyle added that she supported sanctions against the regime.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Jane Doyle"]]


def test_a_pronoun_after_a_reporting_verb_is_the_person_its_sentence_names(tmp_path, vocabulary):
    # "Doyle later said she supported…" after another speaker: she is Doyle, not the last speaker
    text = ("Jane Doyle, a former ambassador, said the government had erred. "
            "Tom Berg, a spokesman, said Chile should act. "
            "Doyle later said she supported sanctions against the regime.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Tom Berg"], ["Jane Doyle"]]


def test_a_posts_header_names_its_author(tmp_path, vocabulary):
    # a post copied from social media: "Name @handle · date", then its text in the first person
    text = ("Jane Doyle @JaneDoyleFM · Jun 10\n\n"
            "Productive meeting with my counterpart today. We reaffirmed our commitment to regional security.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"]]


def test_a_no_break_space_inside_a_name_is_a_space(tmp_path, vocabulary):
    # text copied from web pages keeps "Jane&nbsp;Doyle" as U+00A0; offsets still count characters
    text = "Foreign Minister Jane\u00a0Doyle said Chile rejects the decision.\n"
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [r["actors"] for r in records] == [["Jane Doyle"]]
    start, end = records[0]["evidence"][0]["start"], records[0]["evidence"][0]["end"]
    assert (" date 2025-05-17\n" + text)[start:end].replace("\u00a0", " ") == records[0]["evidence"][0]["text"]


def test_an_elided_article_opening_a_sentence_is_no_part_of_the_name_after_it(tmp_path, vocabulary):
    # "L'ambasciatore Tom Berg": the capital is the sentence's, the article elided before the role
    text = "L'ambasciatore Tom Berg ha espresso vicinanza alle famiglie delle vittime.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg"]]
    text = "L'ex premier Paolo D'Amico ha criticato la decisione.\n"  # an apostrophe inside a name stays
    assert actors_of(tmp_path, vocabulary, text) == [["Paolo D'Amico"]]


def test_a_word_only_a_countrys_longer_name_has_may_end_a_persons_name(tmp_path, vocabulary):
    # "Salvador" of "El Salvador", "Verde" of "Cabo Verde": never a name alone, so a third name word
    actors = actors_of(tmp_path, vocabulary, (
        "The Special Representative, Ana Lucia Salvador, warned that the violence continues to spread.\n\n"
        "Pedro Manuel Verde, the envoy, said that the talks would resume in March.\n\n"
        "Speaking at Chatham House, the Foreign Secretary said that the sanctions would stay.\n"))
    assert actors[:2] == [["Ana Lucia Salvador"], ["Pedro Manuel Verde"]]
    assert "Chatham House" not in str(actors)


def test_a_briefers_the_secretary_is_their_departments_and_he_is_the_meetings_subject(tmp_path, vocabulary):
    # two US Secretaries held office that day: the Department of State spokesperson's "The
    # Secretary" is the Secretary of State; "He" after her turn's meeting is its subject, not the
    # minister last named
    text = ("MS BRUCE: Good afternoon. The Secretary spoke this morning with Foreign Minister Sybiha of "
            "Ukraine. He reaffirmed the United States' commitment to a durable peace.\n")
    assert actors_of(tmp_path, vocabulary, text, date="2025-03-04") == [["Marco Rubio"]]


def test_a_role_no_one_named_is_not_held_for_another_side_than_the_datelines(tmp_path, vocabulary):
    # only India's spokesperson is listed that day: from Islamabad (after a line of number and year,
    # which is no dateline), "The Spokesperson" is no Indian, and speaks for the text's own side
    text = ("Press Release No. 45/2025\n\nIslamabad, 23 April 2025\n\n"
            "Pakistan rejects the baseless allegations made by the Indian side. "
            "The Spokesperson stated that any attempt to divert the river would be an act of war.\n")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    records = [record_to_json(r) for r in extract_document(read(path, vocabulary), vocabulary).records]
    assert "Randhir Jaiswal" not in str([r["actors"] for r in records])
    assert {a for r in records for a in r["actors"]} == {"Pakistan"}


def test_a_we_after_a_clause_of_named_sides_is_the_speakers_own(tmp_path, vocabulary):
    # "Chile and Peru are partners and we stand ready…": the briefer's "we", not the two named
    text = ("Press briefing by Spokesperson Lena Marsh\n"
            "MS MARSH: Chile and Peru are close partners and we stand ready to work with both of them.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Lena Marsh"]]


def test_a_letter_after_a_name_is_its_title_and_coordinated_people_all_meet(tmp_path, vocabulary):
    # "the Hon Tom Berg MP": "MP" after the name makes no reference over it; two people joined by
    # "and" before "met" both meet the two after it
    text = ("The Foreign Minister of Chile, the Hon Jane Doyle, and the Minister for Defence, the Hon Tom Berg MP, "
            "met Foreign Minister Ana Rios and Defence Minister Luis Soto in Lima.\n\n"
            "The Ministers condemned terrorism in all its forms.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Tom Berg", "Ana Rios", "Luis Soto"]]
    assert actors_of(tmp_path, vocabulary, "The Hon Tom Berg MP said that the talks were useful.\n") == [["Tom Berg"]]


def test_the_ministry_is_the_ministry_named_before_it_by_another_name(tmp_path, vocabulary):
    # "La Farnesina … Il Ministero degli Esteri …": the same institution, not the country
    text = ("Roma, 14 marzo 2025\n\nLa Farnesina segue con preoccupazione la crisi in Bolivia. "
            "Il Ministero degli Esteri invita i connazionali a seguire le indicazioni dell'Ambasciata.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Italian Ministry of Foreign Affairs"]] * 2


def test_whom_a_stance_is_for_is_not_whose_it_is(tmp_path, vocabulary):
    # "support for Bolivia": Bolivia is whom it is for, not the speaker's side ("the support of
    # Ireland for…" names whose); so Bolivia stays the target
    for text in ("Foreign Minister Jane Doyle reaffirmed support for Bolivia in its dispute.\n",
                 "Lima, 3 May 2025\n\nThe talks ended. Support for Bolivia was reaffirmed by Foreign Minister Jane Doyle.\n"):
        records, _ = extraction(tmp_path, vocabulary, text)
        assert [r["targets"] for r in records] == [["Bolivia"]], text


def test_a_princely_title_opens_a_name_and_the_kingdom_is_the_speakers_country(tmp_path, vocabulary):
    # "Prince", "Sheikha" are words of address like "Mr": the name after them is a person, even a
    # single given name ("Prince Talal said"); "the kingdom" a speaker speaks of is their own
    text = ("Prince Talal said the talks were useful. Sheikha Mariam Al Thani welcomed the agreement.\n\n"
            "Jordanian Foreign Minister Omar Haddad said the kingdom welcomed the Turkish efforts.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["targets"]) for r in records] == [
        (["Talal"], "state", []), (["Mariam Al Thani"], "support", []), (["Omar Haddad"], "support", ["Turkey"])]


def test_a_role_named_in_a_sentence_that_says_nothing_is_who_he_is_next(tmp_path, vocabulary):
    # the incumbent the role names is remembered though the sentence is no statement
    text = ("Noon Briefing\n\nThe Secretary-General arrived in Nairobi on Monday. He called on the rebels to halt "
            "their assault. The Secretary-General is gravely concerned by reports of attacks on civilians.\n")
    records, unattributed = extraction(tmp_path, vocabulary, text, "2025-03-06")
    assert [(r["actors"], r["act"], r["stance"]) for r in records] == [
        (["António Guterres"], "appeal", "support"), (["António Guterres"], "state", "oppose")]
    assert not unattributed


def test_a_word_of_another_language_after_a_role_begins_a_name(tmp_path, vocabulary):
    # "He" is an English pronoun, but after "il portavoce" it is a surname ("He Wenli"), as after
    # "spokesperson"
    text = "Roma, 15 aprile 2025\n\nLa Cina si oppone ai dazi, ha dichiarato il portavoce He Wenli.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["He Wenli"]]


def test_a_periphrasis_after_a_joint_statement_is_the_one_whose_post_it_means(tmp_path, vocabulary):
    # "EAM" means an external affairs minister: of the two who spoke last, the one of that post
    text = ("External Affairs Minister Jane Doyle met Minister of International Relations Tom Berg in Lima today. "
            "The Ministers noted the growth in bilateral trade. EAM apprised Minister Berg of her concerns "
            "regarding cross-border terrorism.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle", "Tom Berg"], ["Jane Doyle"]]


def test_the_unnamed_spokesperson_of_an_institution_stays_theirs(tmp_path, vocabulary):
    # "A spokesperson for the ministry" after the ministry is named is that ministry's (it had
    # been the dateline's country); "the spokesperson" after it is the same unnamed holder, not
    # the gazetteer's spokesperson of a side the quotation names (the EU's)
    text = ("SANTIAGO, May 17 (Reuters) - Chile's Ministry of Commerce on Tuesday announced duties on steel from the "
            "European Union. "
            "A spokesperson for the ministry said the EU measures were unfair. "
            "\"We urge the EU to withdraw them,\" the spokesperson said.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Chilean Ministry of Commerce"]] * 3
    # a named holder after the role is no unnamed one: "the spokesperson" is who was named
    text = ("A spokesperson for the European Commission, Jane Doyle, said the measures were unfair. "
            "\"We urge Chile to withdraw them,\" the spokesperson said.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"]] * 2


def test_a_post_that_was_good_to_speak_with_someone_reports_a_call_its_author_had(tmp_path, vocabulary):
    # "Good to speak with FM X today": a meeting of the post's author and X, so "our bilateral
    # cooperation" is their countries'; a verb with no subject, or only an adverb before it, is
    # the author's alone ("Reiterated Chile's position": not X's)
    text = ("Jane Doyle @JaneDoyleFM · Dec 1\n\n"
            "Good to speak with FM Tom Berg of Peru today. Reiterated Chile's support for the peace process. "
            "Also exchanged views on our bilateral cooperation.\n")
    records, _ = extraction(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["Jane Doyle"], "reaffirm"), (["Jane Doyle"], "consult")]
    assert records[-1]["topics"] == ["chile-peru-relations"]
    # "FM" is a title, as "PM" is
    assert actors_of(tmp_path, vocabulary, "FM Tom Berg of Peru said the talks were useful.\n") == [["Tom Berg"]]



def test_a_pronoun_after_a_joint_statement_is_the_texts_principal(tmp_path, vocabulary):
    # "X met Y. They discussed… He affirmed…": the readout's principal, not the last named of the pair
    text = ("Foreign Minister Paolo Rossi met Peruvian Foreign Minister Tom Berg in Santiago.\n\n"
            "They discussed bilateral trade.\n\n"
            "He reaffirmed Chile's support for the peace plan.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Paolo Rossi", "Tom Berg"], ["Paolo Rossi"]]


def test_capitalised_words_opening_a_sentence_before_a_role_are_its_title(tmp_path, vocabulary):
    # "External Affairs Minister X held talks with Foreign Minister of Peru Y … EAM underlined…":
    # the words before "Minister" are X's title, so the periphrasis finds X, not the other minister
    text = ("External Affairs Minister Ravi Menon held talks with Foreign Minister of Peru Tom Berg in Lima.\n\n"
            "The two Ministers reviewed bilateral trade. EAM underlined India's commitment to the partnership.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Ravi Menon", "Tom Berg"], ["Ravi Menon"]]


def test_a_listed_persons_name_with_a_second_surname_is_that_person(tmp_path, vocabulary):
    # "José Manuel Albares Bueno": the gazetteer's "José Manuel Albares" and one more surname, as
    # Spanish names are written in full; not a new person beside the listed one
    text = ("Spain's Minister of Foreign Affairs, José Manuel Albares Bueno, met the Foreign Minister of Peru, "
            "Tom Berg, in Madrid.\n\nThe ministers agreed to hold the next meeting in Lima.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["José Manuel Albares", "Tom Berg"]]


def test_a_title_with_an_acronym_in_parentheses_before_the_name(tmp_path, vocabulary):
    # "The President of the Commission of the African Union (AU), Jane Doyle, called…", "Il presidente
    # della commissione dell'Unione africana (Ua), X": the parenthesis is part of the title, one
    # speaker, the one the text names (not the gazetteer's holder beside her)
    found = [actors_of(tmp_path, vocabulary, text) for text in (
        "The President of the Commission of the African Union (AU), Jane Doyle, called for an immediate ceasefire.\n",
        "Il presidente della commissione dell'Unione africana (Ua), Paolo Rossi, ha chiesto la cessazione "
        "delle ostilità.\n")]
    assert found == [[["Jane Doyle"]], [["Paolo Rossi"]]]


def test_whose_role_it_is_is_no_title(tmp_path, vocabulary):
    # "il diplomatico di Vladimir Putin": the person after "of" is whose diplomat it is, not a holder
    # the role titles; the reference is the ambassador the text named before
    text = ("L'ambasciatore russo in Italia Ivan Petrov ha criticato il governo. Intervistato dal quotidiano "
            "Izvestia, il diplomatico di Vladimir Putin ha detto che la Russia non si fida dell'Italia.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Ivan Petrov"], ["Ivan Petrov"]]


def test_an_organisation_named_with_its_acronym_is_an_actor_of_its_own(tmp_path, vocabulary):
    # "the Andean Fisheries Council (AFC)": an organisation the gazetteer lacks, named in full with
    # its acronym; the acronym alone later is the same actor, and so is an official of it; a post
    # with an acronym ("The Minister of Foreign Affairs (MFA)") is none
    text = ("Gunmen attacked the offices of the Andean Fisheries Council (AFC) in Lima. The AFC condemned the attack. "
            "An official of the AFC told reporters that two guards were wounded.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Andean Fisheries Council"]] * 2
    text = "Il Consiglio Andino della Pesca (Cap) ha condannato l'attacco.\n"
    assert actors_of(tmp_path, vocabulary, text) == [["Consiglio Andino della Pesca"]]
    text = "The Minister of Foreign Affairs (MFA) said the ministry supports the plan.\n"
    assert not [a for actors in actors_of(tmp_path, vocabulary, text) for a in actors if a.startswith("Minister")]


def test_names_apposed_to_ministers_of_countries_named_as_their_demonyms(tmp_path, vocabulary):
    # "the foreign ministers of Chile and New Zealand, Tom Berg and Ana Rios": Rios is New Zealand's
    # though "New Zealand" is both a name and a demonym; she then speaks for it
    text = ("In a joint statement, the foreign ministers of Chile and New Zealand, Tom Berg and Ana Rios, welcomed "
            "the ceasefire.\n\nRios added that New Zealand stands ready to support reconstruction efforts.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Tom Berg", "Ana Rios"], ["Ana Rios"]]


def test_a_foreign_ministry_by_its_other_names_and_its_acronym(tmp_path, vocabulary):
    # "the Department of Foreign Affairs", "the Secretariat of Foreign Affairs", "the Ministry of
    # External Relations" are the dateline country's foreign ministry as "the Ministry of Foreign
    # Affairs" is; the acronym it is given ("(SRE)", of its own language's name) refers to it again
    names = ("Department of Foreign Affairs", "Federal Department of Foreign Affairs",
             "Secretariat of Foreign Affairs", "Ministry of External Relations",
             "Department of Foreign Affairs and Trade")
    found = [actors_of(tmp_path, vocabulary, f"SANTIAGO, 3 March 2025\n\nThe {name} condemned the attack on the "
                                             "embassy.\n") for name in names]
    assert found == [[["Chilean Ministry of Foreign Affairs"]]] * len(names)
    text = ("SANTIAGO, 3 March 2025\n\nThe Secretariat of Foreign Affairs (SRE) condemned the attack on the embassy. "
            "Foreign Minister Tom Berg said that Chile would help the victims. The SRE also expressed its "
            "solidarity with the families of the victims.\n")
    assert actors_of(tmp_path, vocabulary, text) == [["Chilean Ministry of Foreign Affairs"], ["Tom Berg"],
                                                     ["Chilean Ministry of Foreign Affairs"]]


def test_a_role_of_an_institution_at_home_is_of_the_datelines_country(tmp_path, vocabulary):
    # "ministry spokesperson X", "foreign ministry spokesperson X" in a text from Santiago: Chile's
    # (so its appeal to Peru is about their relations); an embassy's spokesperson is no one's at home
    sides = []
    for institution in ("ministry", "foreign ministry", "embassy"):
        path = tmp_path / "doc.txt"
        path.write_text(f'SANTIAGO, 3 March 2025\n\n"We urge Peru to release the fishermen," {institution} '
                        "spokesperson Ana Rios said.\n", encoding="utf-8")
        state = run(read(path, vocabulary), vocabulary, until="mentions")
        sides += [p.represents for p in state.context.people.values()]
    assert sides == ["https://w3id.org/diplo-kg/actor/chile"] * 2 + [None]


def test_a_national_described_after_an_international_official_is_that_official(tmp_path, vocabulary):
    # "The UN envoy X called… The Norwegian diplomat said…": a national of the country, described
    # (not a post of it, and not the country's "top diplomat", its foreign minister); "A Norwegian
    # diplomat" is an unnamed source
    text = ("The UN envoy for Chile, Ana Rios, called for calm on Monday. The Norwegian diplomat said the talks "
            "would resume. A Norwegian diplomat said the talks were stalled. Norway's top diplomat said Norway "
            "supports the talks.\n")
    assert actors_of(tmp_path, vocabulary, text, "2025-05-03") == [["Ana Rios"], ["Ana Rios"], ["Espen Barth Eide"]]


def test_a_name_that_stands_for_one_country_after_anothers_demonym_is_the_others(tmp_path, vocabulary):
    # "National Security Council" stands for the United States; "the Peruvian National Security
    # Council", "Bolivia's Supreme National Security Council" are Peru's and Bolivia's
    texts = ("The Peruvian National Security Council said the talks would continue.\n",
             "Bolivia's Supreme National Security Council said the talks would continue.\n",
             "The National Security Council said the talks would continue.\n")
    assert [actors_of(tmp_path, vocabulary, text) for text in texts] == [[["Peru"]], [["Bolivia"]], [["United States"]]]


def test_a_pronoun_after_a_sentence_that_opens_with_a_person_and_reports_nothing_is_that_person(tmp_path, vocabulary):
    # "Peru's foreign minister Tom Berg struck a different tone. He said…": the new subject goes on,
    # not the speaker before him; not whose something is ("Berg's visit was postponed. He said…")
    text = ('"Peace is close," Foreign Minister Jane Doyle told reporters. Peruvian Foreign Minister Tom Berg struck a '
            'different tone. He said Peru would not sign the accord.\n')
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Tom Berg"]]
    text = ('"Peace is close," Foreign Minister Jane Doyle told reporters. Peruvian Foreign Minister Tom Berg\'s visit '
            'was postponed. She said Chile would wait.\n')
    assert actors_of(tmp_path, vocabulary, text) == [["Jane Doyle"], ["Jane Doyle"]]


def test_a_mandates_long_title_before_a_name_is_the_holders(tmp_path, vocabulary):
    # "Special Rapporteur on the situation of human rights in Myanmar Tom Berg", "on freedom of
    # peaceful assembly and of association, Jane Doyle": the mandate goes on for up to twelve words,
    # its "and" joins no two people; an agent so titled endorsed it
    texts = ("UN Special Rapporteur on the situation of human rights in Myanmar Tom Berg said the arrests were arbitrary.\n",
             "The Special Rapporteur on freedom of peaceful assembly and of association, Jane Doyle, condemned the arrests.\n",
             "Chile welcomes the report of Ana Rios, endorsed by Special Rapporteur on freedom of peaceful assembly and "
             "of association Jane Doyle.\n")
    assert [actors_of(tmp_path, vocabulary, text) for text in texts] == [
        [["Tom Berg"]], [["Jane Doyle"]], [["Chile"], ["Jane Doyle"]]]


def test_a_leader_of_a_seat_is_its_head_of_state_and_an_armed_groups_head_is_no_states(tmp_path, vocabulary):
    # "il leader del Cremlino", "the Chinese leader": who held the country's presidency; "the
    # Hamas chief" is no president of the country the group speaks for: unnamed, the group
    texts = ("Il leader del Cremlino ha detto di essere pronto a trattare.\n",
             "The Chinese leader said China was ready for talks.\n",
             "The Hamas chief said the group was ready for talks.\n",
             "The Hezbollah leader said the group was ready for talks.\n")
    assert [actors_of(tmp_path, vocabulary, text, "2025-09-02") for text in texts] == [
        [["Vladimir Putin"]], [["Xi Jinping"]], [["Hamas"]], [["Hezbollah"]]]


def test_a_countrys_organ_named_after_its_possessive_speaks_for_it(tmp_path, vocabulary):
    # "…, Peru's Joint Chiefs of Staff said", "Peru's General Staff said": an organ's own name the
    # lexicon lacks after the possessive, all the subject: the country speaks (and "General Staff"
    # is no general named Staff); a person after the possessive and a title is that person
    texts = ("Bolivia fired three missiles on Thursday, Peru's Joint Chiefs of Staff said.\n",
             "Peru's General Staff said Bolivia had launched 40 drones overnight.\n",
             "Peru's Foreign Minister Tom Berg said Peru was ready for talks.\n")
    assert [actors_of(tmp_path, vocabulary, text) for text in texts] == [[["Peru"]], [["Peru"]], [["Tom Berg"]]]
