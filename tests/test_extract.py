"""Extraction from text, one test per phenomenon, on real sentences of readouts."""

import json
from pathlib import Path

from kg.evaluate import evaluate
from kg.extraction import extract, extract_document, read
from kg.extraction.lexicon import lexicon_for
from kg.records import record_to_json
from kg.vocabulary import load_vocabulary
from tests.conftest import CORPUS, SEED_GOLD, gold_objects
from tests.test_people import extraction


def records_of(tmp_path, vocabulary, text, name="doc.txt"):
    path = tmp_path / name
    path.write_text(" date 2025-05-17\n" + text, encoding="utf-8")
    return [record_to_json(r) for r in extract(read(path, vocabulary), vocabulary)]


def records_of_each(tmp_path, vocabulary, texts):
    """The records of each text, read as a document of its own (texts in two languages would
    otherwise merge as one bilingual item)."""
    return [records_of(tmp_path, vocabulary, text, f"{i}.txt") for i, text in enumerate(texts)]


CHILEAN_MFA = "Chilean Ministry of Foreign Affairs"  # not in the gazetteer: named by the annotation guide's pattern


def brief(record):
    return record["actors"], record["act"], record["stance"], record["targets"], record["topics"]


def test_the_seed_text_gives_exactly_its_seven_gold_statements(vocabulary):
    extracted = [record_to_json(r) for r in extract(read(CORPUS / "seed" / "lavrov-rubio-2025-09-24.txt",
                                                         vocabulary), vocabulary)]
    gold = gold_objects(SEED_GOLD)
    assert len(extracted) == 7
    for got, wanted in zip(extracted, gold):
        for field in ("doc", "date", "actors", "act", "stance", "targets", "joint"):
            assert got[field] == wanted[field], (field, wanted["evidence"][0]["text"])
        assert set(got["topics"]) == set(wanted["topics"])
        assert got["evidence"] == wanted["evidence"]
        assert set(got["position"]) == {"en", "it"}


def test_dev_corpus_does_not_fall_below_its_measured_figures(vocabulary):
    # a ratchet: the floors are the figures last measured on all 44 dev texts (README
    # "Extraction"); since 2026-12-02 they are at or above what issue #14 asks for (F1 0.90,
    # actors 0.90, stance 0.85, targets 0.75, topic F1 0.80, bilingual merging 1.00), so a
    # change that drops below them undoes the acceptance. Raise a floor when a change raises the
    # figure. (The field accuracies are
    # over the matched statements: gerunds found 5 more, whose topics are harder, so the topic
    # floor went down by 0.01 while more statements got them right. "Quoted as saying" put actors
    # from 0.90 to 0.915 and moved one bilingual gold of the Bruce/Rubio item onto an English-only
    # record for a while: bilingual went 10/11 → 9/11 → 10/11. The act
    # floor is 0.969, not 0.97, because one gold record takes the outer "said" where the guide
    # has the own side's inner verb decide: "He said that …, China is ready to work…" → state;
    # and 0.964 since "states" is a verb only in "states that": a gold "said" of the Dirco item
    # now pairs with the clause of "internationally agreed norms", another act. Eighth session:
    # answers about what was asked (topic 0.803 → 0.806), an unnamed spokesperson's side (targets
    # 0.753 → 0.757). Ninth session: "We appreciate and support X" two statements (F1 0.946 →
    # 0.948, stance 0.889 → 0.890, targets 0.757 → 0.758, topic 0.806 → 0.805 with the one more
    # statement matched); an Italian passive with its partner (F1 → 0.950, targets → 0.759).
    # Eleventh session: a quotation its report closes before a gerund ('"…", ha detto, affermando…')
    # is a statement of its own: two more matched (F1 0.950 → 0.954, act 229 → 230 right), the same
    # number right in stance and targets over more matches (0.890 → 0.883, 0.759 → 0.753); a
    # leader's administration is their country ("the Biden administration": targets → 0.757).
    # Twelfth session: a demonym opening what a position judges is whose it is (targets → 0.761); an
    # envoy summoned stands for their country (targets → 0.766). Thirteenth session: whom a deed is
    # against is no target when its doer is named, with countries' formal names (targets → 0.774);
    # "persona non grata" and "sceptical" oppose (stance → 0.887, targets → 0.778, topic → 0.809).
    # Fifteenth session: a country's armed forces are the country (targets → 0.782); the speaker
    # named as the subject evokes no topic (topic → 0.810). Nineteenth session: an institution's
    # unnamed spokesperson after an articulated preposition, "manifestiamo … malcontento" (act →
    # 0.966, actors → 0.954); a demonstrative carries the matter before (topic → 0.814); a wire
    # lede's unnamed role is the person named later with it (actors → 0.962); an acronym in
    # parentheses inside a title (actors → 0.966); whose role it is is no title ("il diplomatico di
    # Vladimir Putin": actors → 0.970); describing a deed by words of opposition ("ha parlato di «un
    # codardo attacco»") criticises (act → 0.970). Twentieth session: a mandate's long title before
    # a name (actors → 0.975); armed forces and a government named without their side are the
    # country in question's (targets → 0.795); a country in a compound before the actor it
    # qualifies is no target (targets → 0.799); words of violence and crime oppose (stance → 0.895);
    # what a report comments on is no statement, whose words it names are ("le parole di X secondo
    # cui…": F1 0.954 → 0.956, actors → 0.979; topic 0.815 → 0.809, the matter carried from the
    # record that went, which had named NATO).)
    scores = evaluate(CORPUS / "dev", lambda path: extract(read(path, vocabulary), vocabulary))
    figures = scores.figures()
    assert scores.gold == 251
    assert figures["statement F1"] >= 0.955
    assert figures["act accuracy"] >= 0.970
    assert figures["actor accuracy"] >= 0.978
    assert figures["stance accuracy"] >= 0.895
    assert figures["target accuracy"] >= 0.799
    assert figures["topic F1"] >= 0.809
    assert figures["bilingual merging"] == 1.0


def test_pronoun_and_definite_description_resolve_to_the_person(tmp_path, vocabulary):
    text = ("Secretary of State Antony J. Blinken spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba. "
            "The Secretary affirmed the United States’ unwavering support for Ukraine’s sovereignty. "
            "He expressed concern about the security situation in eastern Ukraine.\n")
    first, second = records_of(tmp_path, vocabulary, text)
    assert first["actors"] == ["Antony Blinken"] and first["act"] == "reaffirm"
    assert second["actors"] == ["Antony Blinken"] and second["act"] == "state"
    assert second["stance"] == "oppose"


def test_joint_actors_and_group_references(tmp_path, vocabulary):
    text = ("On August 13, Foreign Minister Sergey Lavrov spoke over the phone with US Secretary of State John Kerry. "
            "The two officials agreed to continue working with both sides in the interests of a peaceful settlement. "
            "They also discussed ways of overcoming the internal conflict in Syria.\n")
    agreed, discussed = records_of(tmp_path, vocabulary, text)
    assert (agreed["actors"], agreed["act"], agreed["joint"]) == (["Sergey Lavrov", "John Kerry"], "agree", True)
    assert (discussed["actors"], discussed["act"], discussed["topics"]) == (
        ["Sergey Lavrov", "John Kerry"], "consult", ["syria"])


def test_agentless_passive_belongs_to_the_principal(tmp_path, vocabulary):
    text = ("On February 12, Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of "
            "State Antony Blinken. It was emphasised that these issues would be the focal point of the Russian "
            "assessment.\n")
    (record,) = records_of(tmp_path, vocabulary, text)
    assert (record["actors"], record["act"], record["method"]) == (
        ["Sergey Lavrov"], "emphasize", "rules:agentless-passive")


def test_three_reporting_clauses_in_one_sentence(tmp_path, vocabulary):
    text = ("Secretary Rubio underscored the need to strengthen transatlantic security, called for Europe to "
            "increase defense spending, and highlighted the challenges posed by China.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["act"], r["actors"]) for r in records] == [
        ("emphasize", ["Marco Rubio"]), ("appeal", ["Marco Rubio"]), ("emphasize", ["Marco Rubio"])]
    assert records[1]["targets"] == ["Europe"]
    assert records[2]["stance"] == "oppose" and records[2]["targets"] == ["China"]
    assert len({json.dumps(r["evidence"]) for r in records}) == 1


def test_quotation_named_in_the_next_sentence_spans_both(tmp_path, vocabulary):
    text = ("Roma, 17 giu. (LaPresse) – “Questa non è altro che una nuova escalation della tensione”. "
            "Lo ha detto il portavoce del Cremlino, Dmitry Peskov.\n")
    (record,) = records_of(tmp_path, vocabulary, text)
    assert (record["actors"], record["act"], record["stance"]) == (["Dmitry Peskov"], "state", "oppose")
    assert record["evidence"][0]["text"].startswith("Roma, 17 giu. (LaPresse)")
    assert record["evidence"][0]["text"].endswith("Dmitry Peskov.")


def test_first_person_verbs_inside_a_quotation_belong_to_its_speaker(tmp_path, vocabulary):
    text = ("“Al Segretario di Stato americano ho confermato la mia presenza a Washington. Ho espresso "
            "l’apprezzamento per il sostegno degli Stati Uniti”, ha scritto Tajani su X.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [
        (["Antonio Tajani"], "reaffirm"), (["Antonio Tajani"], "support")]


def test_reported_speech_takes_the_reporter_and_inner_verbs(tmp_path, vocabulary):
    text = ("The United States condemns the detention of Yemeni staff of the U.S. embassy in Sanaa by the Houthi "
            "movement and demands their immediate release, Secretary of State Antony Blinken said in a statement.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [
        (["Antony Blinken"], "criticize"), (["Antony Blinken"], "demand")]


def test_a_readouts_paragraph_goes_on_reporting_its_speaker(tmp_path, vocabulary):
    # "X said that…" and then the speaker's own country, in the same paragraph, is still X's words;
    # another speaker, a joint clause or the next paragraph is not
    text = ("Chilean Foreign Minister Jane Doyle held talks with Foreign Minister Tom Berg of Peru.\n\n"
            "Doyle said that Chile and Peru are old friends. Chile is ready to deepen cooperation with Peru. "
            "The Chilean side opposes unilateral tariffs. Peru rejects the tariffs too.\n\n"
            "Chile condemns the attack on aid workers.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "state"), (["Jane Doyle"], "express-intent"), (["Jane Doyle"], "reject"),
        (["Peru"], "reject"), (["Chile"], "criticize")]


def test_italian_sentence_with_metonym_target(tmp_path, vocabulary):
    text = ("Tajani ha ribadito la necessità di esercitare pressioni su Mosca per favorire le condizioni di una "
            "pace giusta.\n")
    (record,) = records_of(tmp_path, vocabulary, text)
    assert brief(record)[:4] == (["Antonio Tajani"], "reaffirm", "support", ["Russia"])


def test_acronyms_are_actors_only_in_capitals(tmp_path, vocabulary):
    # Italian "un" is an article, English "us" a pronoun; "UN", "US" and "gli Usa" are actors
    text = ("Tajani ha ribadito che l'Italia vuole un accordo con gli Usa.\n\n"
            "Tajani ha detto che serve un accordo di pace.\n")
    first, second = records_of(tmp_path, vocabulary, text)
    assert (first["targets"], second["targets"]) == (["United States"], [])
    lexicon = lexicon_for(vocabulary)
    actors = [p.text for p in lexicon.phrases("He told us that the US and the UN agree.", "en") if p.kind == "actor"]
    assert actors == ["the US", "US", "the UN", "UN"]


def test_a_text_and_its_translation_are_one_statement(tmp_path, vocabulary):
    text = ("(Traduzione realizzata tramite Intelligenza artificiale)\n\n"
            "Lavrov ha sottolineato che gli sforzi di Kiev e dell’Europa per prolungare il conflitto sono "
            "inaccettabili.\n\n///\n\n"
            "Lavrov emphasized that Kiev and Europe’s efforts to protract conflict are unacceptable\n")
    (record,) = records_of(tmp_path, vocabulary, text)
    assert [e["lang"] for e in record["evidence"]] == ["it", "en"]
    assert brief(record) == (["Sergey Lavrov"], "emphasize", "oppose", ["Ukraine", "Europe"], ["ukraine-conflict"])
    assert record["verb"] == {"en": "emphasized", "it": "ha sottolineato"}


def test_a_translation_whose_speaker_is_left_unresolved_still_aligns(tmp_path, vocabulary):
    # the Italian half names the speaker by role only and spells the countries its own way
    text = ("Foreign Minister Jane Doyle said Chile and Peru would sign the treaty in May. She also condemned "
            "the attack on the embassy.\n\n///\n\n"
            "Il ministro ha detto che Cile e Perù firmeranno il trattato a maggio. Ha inoltre condannato "
            "l'attacco all'ambasciata.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], sorted(r["position"])) for r in records] == [
        (["Jane Doyle"], "state", ["en", "it"]), (["Jane Doyle"], "criticize", ["en", "it"])]
    # or names only her country's role ("il ministro degli Esteri cileno"): the sides they speak
    # for are one, so the clauses pair and the named person speaks for both
    text = ("Foreign Minister Jane Doyle of Chile said on Monday that Chile was ready to hold talks. "
            "She also criticised the new sanctions imposed by Peru.\n\n"
            "Il ministro degli Esteri cileno ha detto lunedì che il Cile è pronto a trattare. "
            "Ha inoltre criticato le nuove sanzioni imposte dal Perù.\n")
    assert [(r["actors"], r["act"], sorted(r["position"])) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "express-intent", ["en", "it"]), (["Jane Doyle"], "criticize", ["en", "it"])]


def test_headlines_and_narration_are_not_statements(tmp_path, vocabulary):
    text = ("U.S. demands immediate release of Yemeni staff detained by Houthis\n\n"
            "The discussion was constructive and pragmatic.\n")
    assert records_of(tmp_path, vocabulary, text) == []


def test_a_verb_added_in_turtle_is_extracted_without_python_changes(tmp_path, vocabulary):
    text = "Sergey Lavrov lamented the decision of the United States.\n"
    assert records_of(tmp_path, vocabulary, text) == []
    extra = tmp_path / "verbs.ttl"
    extra.write_text('@prefix act: <https://w3id.org/diplo-kg/act/> .\n'
                     '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
                     'act:criticize skos:altLabel "lamented"@en .\n', encoding="utf-8")
    extended = load_vocabulary([extra])
    (record,) = records_of(tmp_path, extended, text, "doc2.txt")
    assert (record["actors"], record["act"], record["stance"], record["targets"]) == (
        ["Sergey Lavrov"], "criticize", "oppose", ["United States"])


def test_a_quoted_phrase_inside_the_clause_is_not_the_position(tmp_path, vocabulary):
    text = ('Washington\'s course of action, which has no basis in international law, is a typical practice of '
            '"long-arm jurisdiction," severely violating China\'s interests, Mao Ning said.\n\n'
            'On Gaza, "the ceasefire must hold," Mao Ning said.\n')
    first, second = records_of(tmp_path, vocabulary, text)
    assert first["position"]["en"].startswith("Washington's course of action")
    assert brief(first)[:4] == (["Mao Ning"], "state", "oppose", ["United States"])
    assert second["position"]["en"] == "the ceasefire must hold"  # a quotation after a lead-in is the position


def test_an_opposing_run_keeps_its_target_until_the_side_changes(tmp_path, vocabulary):
    text = ("China has expressed firm opposition to the sanctions that the U.S. placed on Chinese firms.\n\n"
            '"We deplore and reject the move," China\'s Foreign Ministry spokesperson Mao Ning told reporters.\n\n'
            "Mao Ning welcomed the talks.\n\n"
            'Mao Ning said that the move is unacceptable.\n\n'
            "Sergey Lavrov said that such pressure is unacceptable.\n\n"
            'Mao Ning said that the decision is unacceptable.\n')
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["stance"], r["targets"]) for r in records] == [
        (["China"], "criticize", "oppose", ["United States"]),
        (["Mao Ning"], "criticize", "oppose", ["United States"]),  # the same side goes on
        (["Mao Ning"], "reject", "oppose", ["United States"]),
        (["Mao Ning"], "support", "support", []),
        (["Mao Ning"], "state", "oppose", ["United States"]),  # across the same side's other stance
        (["Sergey Lavrov"], "state", "oppose", []),  # another side: not its target
        (["Mao Ning"], "state", "oppose", [])]  # the run was broken


def test_whom_a_condemned_deed_harms_is_no_target_and_whose_deed_it_is_is_one(tmp_path, vocabulary):
    text = ("Mao Ning condemned the attacks against Ukraine by Russia.\n\n"
            "Lavrov rejected the Ukrainian provocations.\n\n"
            "Mao Ning said that the groundless accusations against China are a smear.\n\n"
            "Ruritania's Foreign Minister Jane Doyle rejected the Iranian accusations against Saudi Arabia.\n\n"
            "Il ministro degli Esteri Antonio Tajani ha condannato le minacce militari cinesi contro Taiwan.\n\n"
            "Antonio Tajani condemned the detention of Yemeni staff by the Houthis.\n\n"
            "China will take resolute countermeasures against the United States, Mao Ning said.\n\n"
            "Mao Ning said that we will take resolute retaliation against the United States.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["stance"], r["targets"]) for r in records] == [
        (["Mao Ning"], "oppose", ["Russia"]),
        (["Sergey Lavrov"], "oppose", ["Ukraine"]),  # the demonym beside the deed: whose it is
        (["Mao Ning"], "oppose", []),  # the speaker's own side is harmed
        (["Jane Doyle"], "oppose", ["Iran"]),
        (["Antonio Tajani"], "oppose", ["China"]),
        (["Antonio Tajani"], "oppose", ["Houthis"]),  # "of Yemeni staff": the demonym is whom, not whose
        (["Mao Ning"], "oppose", ["United States"]),  # the speaker's own deed: against is its target
        (["Mao Ning"], "oppose", ["United States"])]  # even when the deed is a cue of opposition
    on = records_of(tmp_path, vocabulary, "MR MILLER: We strongly condemn Russia's latest strikes on Kyiv.\n\n"
                    "Il ministro degli Esteri Antonio Tajani ha condannato gli attacchi russi sull'Ucraina.\n", "on.txt")
    assert [r["targets"] for r in on] == [["Russia"], ["Russia"]]
    # English adjectives go before their noun (cue:adjective-position): these are the victims
    victims = records_of(tmp_path, vocabulary, "Jane Doyle condemned the strike that killed Ukrainian civilians.\n",
                         "victims.txt")
    assert [r["targets"] for r in victims] == [[]]


def test_what_a_condemned_deed_is_done_to_is_no_target(tmp_path, vocabulary):
    # the patient of a deed noun ("the invasion of X", "l'occupazione della X") or the object of a
    # verb of harm ("attempts to displace X", "tentativi di isolare X") suffers what is condemned:
    # it is not criticised; the doer, when named, is
    text = ("Foreign Minister Jane Doyle condemned the invasion of Kuwait.\n\n"
            "Foreign Minister Tom Berg condemned Russia's occupation of Ukraine.\n\n"
            "Foreign Minister Jane Doyle rejected any attempts to displace the Palestinian people.\n\n"
            "Foreign Minister Tom Berg condemned Israel for attacking Lebanon.\n")
    italian = ("La ministra degli Esteri Jane Doyle ha condannato l'annessione della Crimea da parte della Russia.\n\n"
            "Il ministro degli Esteri Tom Berg ha respinto ogni tentativo di isolare Cuba.\n\n"
            "La ministra degli Esteri Jane Doyle ha condannato i bombardamenti sull'Ucraina.\n")
    records = records_of(tmp_path, vocabulary, text) + records_of(tmp_path, vocabulary, italian, "it.txt")
    assert [(r["actors"], r["stance"], r["targets"]) for r in records] == [
        (["Jane Doyle"], "oppose", []),
        (["Tom Berg"], "oppose", ["Russia"]),
        (["Jane Doyle"], "oppose", []),
        (["Tom Berg"], "oppose", ["Israel"]),
        (["Jane Doyle"], "oppose", ["Russia"]),
        (["Tom Berg"], "oppose", []),
        (["Jane Doyle"], "oppose", [])]
    # whose sovereignty, integrity or internal affairs an opposed deed violates is harmed too
    sovereign = ("Foreign Minister Jane Doyle firmly opposes any interference in China's internal affairs.\n\n"
                 "Foreign Minister Tom Berg condemned the violation of the sovereignty of Ukraine by Russia.\n")
    italian = "Il ministro Tom Berg si oppone a qualsiasi ingerenza negli affari interni della Cina.\n"
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, sovereign, "sovereign.txt")
            + records_of(tmp_path, vocabulary, italian, "sovrano.txt")] == [[], ["Russia"], []]
    # the speaker's own deed, and a deed supported, keep their object
    kept = records_of(tmp_path, vocabulary, "China will take resolute countermeasures to isolate Lithuania, Mao Ning said.\n\n"
                      "Foreign Minister Jane Doyle supported the plan to isolate Russia.\n", "kept.txt")
    assert [(r["stance"], r["targets"]) for r in kept] == [("oppose", ["Lithuania"]), ("support", ["Russia"])]


def test_a_demonym_opening_what_a_position_judges_names_whose_it_is(tmp_path, vocabulary):
    # "criticised the Israeli operation": the object's own demonym (before an English noun, after
    # an Italian one, or after "by") is whose deed or proposal it is; not one after a preposition
    # ("the killing of Ruritanian civilians") nor the first half of a compound ("Iranian-backed")
    text = ("Foreign Minister Jane Doyle criticised the Israeli operation in Rafah.\n\n"
            "The ministers expressed serious concern over the dangerous actions by Chinese vessels near the reef.\n\n"
            "Il ministro Tom Berg ha criticato l'operazione militare israeliana a Rafah.\n\n"
            "Foreign Minister Jane Doyle welcomed the Ukrainian proposal for a ceasefire.\n\n"
            "Foreign Minister Jane Doyle condemned the killing of Ukrainian civilians.\n\n"
            "Foreign Minister Jane Doyle condemned the Iranian-backed militias.\n\n"
            "Foreign Minister Jane Doyle condemned the attack on the Russian embassy.\n\n"
            "Foreign Minister Jane Doyle condemned the strike killing Ukrainian civilians.\n")
    records = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle met Tom Berg.\n\n" + text)
    assert [r["targets"] for r in records if r["act"] != "consult"] == [
        ["Israel"], ["China"], ["Israel"], ["Ukraine"], [], [], [], []]


def test_a_name_after_a_word_of_subject_matter_is_what_the_position_is_about_not_a_target(tmp_path, vocabulary):
    text = ("Mao Ning stressed that issues relating to Taiwan are China's internal affairs, which brook no interference.\n\n"
            "Mao Ning condemned the remarks that exploit the question of Taiwan.\n\n"
            "Il portavoce Mao Ning ha condannato le osservazioni che sfruttano la questione di Taiwan.\n\n"
            "Mao Ning condemned the remarks that exploit the Taiwan question.\n\n"
            "Mao Ning condemned the remarks of Japan.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["stance"], r["targets"], r["topics"]) for r in records] == [
        (["Mao Ning"], "oppose", [], ["indo-pacific"]),
        (["Mao Ning"], "oppose", [], ["indo-pacific"]),
        (["Mao Ning"], "oppose", [], ["indo-pacific"]),
        (["Mao Ning"], "oppose", [], ["indo-pacific"]),
        (["Mao Ning"], "oppose", ["Japan"], ["china-japan-relations"])]
    # a position on a country: the country is what it is about
    for text in ("Foreign Minister Sergey Lavrov reaffirmed Russia's principled position on Kosovo.\n",
                 "Il ministro Sergey Lavrov ha ribadito la posizione della Russia sul Kosovo.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["targets"] == [], text


def test_what_a_country_would_belong_to_is_no_target(tmp_path, vocabulary):
    texts = ("Il ministro degli Esteri serbo Ivica Dacic ha detto che l'intenzione del Kosovo di diventare "
             "membro dell'Unione europea è una follia.\n",
             "Ivica Dacic said that Kosovo's bid for membership of the European Union is folly.\n",
             "Ivica Dacic ha detto che basta un solo Paese nell'Ue contrario all'adesione del Kosovo, una follia.\n",
             "Ivica Dacic condemned the European Union.\n")  # each its own text: the first two translate each other
    records = [r for i, text in enumerate(texts) for r in records_of(tmp_path, vocabulary, text, f"{i}.txt")]
    assert [(r["actors"], r["stance"], r["targets"]) for r in records] == [
        (["Ivica Dačić"], "oppose", ["Kosovo"]),
        (["Ivica Dačić"], "oppose", ["Kosovo"]),
        (["Ivica Dačić"], "oppose", ["Kosovo"]),  # "nell'Ue" a place, like "nella"
        (["Ivica Dačić"], "oppose", ["European Union"])]
    # and a membership is about the relations of the country and what it would join
    text = "Ivica Dacic ha detto che l'adesione del Kosovo all'Ue è una follia.\n"
    assert [sorted(r["topics"]) for r in records_of(tmp_path, vocabulary, text, "join.txt")] == [
        ["eu-kosovo-relations", "kosovo-serbia-relations"]]


def test_an_institution_named_after_the_reporting_verb_speaks(tmp_path, vocabulary):
    text = ("La cooperazione è importante, ha dichiarato la Farnesina.\n\n"
            "Il colloquio è stato franco, ha dichiarato il Cremlino, in un clima di amicizia e di piena fiducia.\n\n"
            "Cooperation is important, said the Kremlin.\n\n"
            "Secretary Jane Doyle underscored the need for security, called for Europe to increase spending.\n\n"
            "The High Representative, Kaja Kallas, stated that the EU will keep its sanctions.\n\n"
            "Wang Yi, for his part, said China was willing to help.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["stance"], r["targets"]) for r in records] == [
        (["Italian Ministry of Foreign Affairs"], "state", "support", []),
        (["Russia"], "state", "support", []),  # what follows the reporter is part of the position
        (["Russia"], "state", "support", []),
        (["Jane Doyle"], "emphasize", "support", []),
        (["Jane Doyle"], "appeal", "support", ["Europe"]),  # "called for Europe": an object, not a subject
        (["Kaja Kallas"], "state", "neutral", []),  # the subject stands before: what follows "that" is content
        # "said China was willing to…": China is the content's subject, not the reporter, whose own
        # side's verb decides the act
        (["Wang Yi"], "express-intent", "support", [])]


def test_a_person_and_their_country_are_one_party_of_a_relation(tmp_path, vocabulary):
    text = "Mao Ning condemned Japan and its Prime Minister Fumio Kishida.\n"
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["targets"], r["topics"]) for r in records] == [(["Japan", "Fumio Kishida"], ["china-japan-relations"])]


def test_arranging_the_next_meeting_or_visit_is_about_diplomatic_contacts(tmp_path, vocabulary):
    text = ("Sergey Lavrov and Antony Blinken agreed to hold the next round of talks at a mutually convenient date.\n\n"
            "Il ministro degli Esteri Antonio Tajani ha detto che la prossima visita a Washington è confermata.\n")
    assert ["diplomatic-contacts" in r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [True, True]


def test_the_middle_east_names_its_conflict(tmp_path, vocabulary):
    text = ("Jane Doyle expressed concern over the situation in the Middle East.\n\n"
            "Il ministro degli Esteri Antonio Tajani ha detto che la pace in Medio Oriente è urgente.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["middle-east-conflict"]] * 2


def test_the_countries_of_africa_s_conflicts_and_of_central_asia_name_their_region(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle condemned the attack in Somalia.\n\n"
            "Foreign Minister Jane Doyle condemned the fighting in eastern Democratic Republic of the Congo.\n\n"
            "Il ministro Paolo Rossi ha detto che la cooperazione con il Tagikistan è importante.\n")
    assert [r["topics"][0] for r in records_of(tmp_path, vocabulary, text)] == [
        "africa", "africa", "caucasus-central-asia"]


def test_abuses_accountability_and_human_dignity_are_human_rights(tmp_path, vocabulary):
    text = ("Jane Doyle said that those responsible for the abuses must be held accountable.\n\n"
            "Jane Doyle expressed concern at the rise in violence against minorities.\n\n"
            "Jane Doyle raised the situation of the Uyghurs in Xinjiang.\n\n"
            "Il ministro degli Esteri Antonio Tajani ha detto che la dignità umana va difesa.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [r["topics"] for r in records] == [["human-rights"]] * 4


def test_a_lead_statement_that_names_no_topic_takes_those_of_the_statement_after_it(tmp_path, vocabulary):
    text = ("“This is nothing but a new provocation,” Jane Doyle said.\n\n"
            "She said that the deployment of nuclear weapons undermines strategic stability.\n\n"
            "“This is a provocation,” she added.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [r["topics"] for r in records] == [["arms-control"]] * 3
    alone = records_of(tmp_path, vocabulary, "“This is nothing but a new provocation,” Jane Doyle said.\n", "alone.txt")
    assert [r["topics"] for r in alone] == [["diplomatic-contacts"]]


def test_a_more_specific_topic_absorbs_a_keyword_of_another(tmp_path, vocabulary):
    # topic:terrorism kg:absorbs topic:humanitarian (ontology/topics.ttl)
    text = ("Jane Doyle condemned the terrorist attack on civilians.\n\n"
            "Jane Doyle called for the protection of civilians.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [r["topics"] for r in records] == [["terrorism"], ["humanitarian"]]


def test_who_quotes_goes_on_speaking_and_a_free_relative_is_no_statement(tmp_path, vocabulary):
    text = ("Tammy Bruce spoke to reporters.\n\n"
            "She quoted Rubio as saying that “the Russians shared some ideas.” "
            "“And of course, we will see what he [Trump] says,” she added.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["evidence"][0]["text"][:20]) for r in records] == [
        (["Marco Rubio"], "She quoted Rubio as "),  # two quoted sentences are two sentences
        (["Tammy Bruce"], "“And of course, we w")]
    italian = records_of(tmp_path, vocabulary, "La portavoce Tammy Bruce ha parlato ai giornalisti. "
                         "“Vedremo cosa dirà lui [Trump],” ha aggiunto.\n", "it.txt")
    assert [r["actors"] for r in italian] == [["Tammy Bruce"]]


def test_a_position_that_names_a_meeting_is_about_the_relations_of_those_who_met(tmp_path, vocabulary):
    texts = ("Trade was a priority at the meeting of Chinese Foreign Minister Wang Yi and Secretary of State "
             "Marco Rubio in Geneva, Mao Ning said.\n",
             "Il commercio è stato una priorità nell'incontro tra il ministro degli Esteri cinese Wang Yi e il "
             "Segretario di Stato Marco Rubio, ha detto Mao Ning.\n")  # each its own text, not one translated
    records = [r for i, text in enumerate(texts) for r in records_of(tmp_path, vocabulary, text, f"{i}.txt")]
    assert [sorted(r["topics"]) for r in records] == [["china-us-relations", "trade"]] * 2
    alone = records_of(tmp_path, vocabulary, "Trade was a priority, Mao Ning said.\n", "alone.txt")
    assert [r["topics"] for r in alone] == [["trade"]]


def test_who_did_a_condemned_deed_is_a_target_even_in_a_relative_clause(tmp_path, vocabulary):
    text = ("Mao Ning condemned the smear campaign, which had been launched by the United States.\n\n"
            "Mao Ning welcomed the plan, which was drafted by Japan.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["stance"], r["targets"]) for r in records] == [
        ("oppose", ["United States"]),
        ("support", [])]  # a relative clause of background names no target


def test_the_partner_in_relations_an_opposition_defends_is_no_target(tmp_path, vocabulary):
    text = ("Mao Ning said that China will not accept pressure on its ties with Russia from the United States.\n\n"
            "Mao Ning welcomed the growing ties with Russia.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["stance"], r["targets"]) for r in records] == [
        ("oppose", ["United States"]),
        ("support", ["Russia"])]  # whom the speaker works with
    italian = records_of(tmp_path, vocabulary, "La portavoce Mao Ning ha detto che la Cina non accetterà "
                         "pressioni sui suoi legami con la Russia da parte degli Stati Uniti.\n", "it.txt")
    assert [(r["stance"], r["targets"]) for r in italian] == [("oppose", ["United States"])]


def test_a_consultation_about_a_need_takes_the_stance_of_what_is_needed(tmp_path, vocabulary):
    text = ("Secretary Jane Doyle discussed the importance of countering Iran's malign influence.\n\n"
            "Secretary Jane Doyle discussed ways to deepen cooperation with Japan.\n\n"
            "Il ministro degli Esteri Antonio Tajani ha discusso la necessità di sostenere l'Ucraina.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["act"], r["stance"], r["targets"]) for r in records] == [
        ("consult", "support", ["Iran"]),
        ("consult", "neutral", []),  # what is discussed is not taken sides on
        ("consult", "support", ["Ukraine"])]


def test_a_keyword_inside_a_longer_name_is_no_mention_of_its_topic(tmp_path, vocabulary):
    text = ("Mao Ning welcomed the statement of the African Union.\n\n"
            "Mao Ning praised the African countries for their efforts.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert ["africa" in r["topics"] for r in records] == [False, True]


def test_a_word_of_war_that_names_its_own_conflict_stands_for_it(tmp_path, vocabulary):
    text = ("Sergey Lavrov said that the war in Ukraine must end.\n\n"
            "Sergey Lavrov said that the internal conflict in Syria must end.\n\n"
            "Sergey Lavrov said that the war must end.\n\n"  # the conflict named last
            "Andrii Sybiha said that the war in Ukraine goes on. Sybiha condemned the aggression.\n\n"
            "Jane Doyle called on the warring parties in Sudan to agree to an immediate ceasefire.\n")  # named before it
    records = records_of(tmp_path, vocabulary, text)
    assert [r["topics"][0] for r in records] == ["ukraine-conflict", "syria", "syria", "ukraine-conflict", "ukraine-conflict",
                                                 "africa"]
    assert "ukraine-conflict" not in records[-1]["topics"]


def test_two_parties_joined_by_a_hyphen_name_their_relations(tmp_path, vocabulary):
    text = ("Sergey Lavrov said that the draft Russian-US treaty and the NATO plans ignore Russia's concerns.\n\n"
            "Marco Rubio welcomed the Russia-Ukraine talks.\n")  # Ukraine stands for its conflict
    records = records_of(tmp_path, vocabulary, text)
    assert ["russia-us-relations" in r["topics"] for r in records] == [True, False]
    assert "russia-ukraine-relations" not in records[1]["topics"]


def test_the_country_a_speaker_of_no_known_side_reports_on_is_the_party_of_its_relations(tmp_path, vocabulary):
    # the gazetteer does not know whose minister Jane Doyle is; what she says her country wants
    # of its relations with another is about the relations of those two
    text = ("Foreign Minister Jane Doyle said Chile wants good relations with Peru.\n\n"
            "Tom Berg, a spokesperson, said that Bolivia values its partnership with Peru.\n\n"
            "Foreign Minister Jane Doyle said that Chile's relations with Argentina are excellent.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [r["actors"] for r in records] == [["Jane Doyle"], ["Tom Berg"], ["Jane Doyle"]]
    assert [r["topics"][:1] for r in records] == [["chile-peru-relations"], ["bolivia-peru-relations"],
                                                   ["argentina-chile-relations"]]


def test_italian_reflexive_and_modal_reporting_verbs_and_elided_speech_nouns(tmp_path, vocabulary):
    text = ("Il ministro degli Esteri Antonio Tajani si è detto preoccupato per la situazione in Libano. "
            "Tajani ha tenuto a sottolineare che la pace è necessaria. "
            "Tajani ha espresso l'auspicio che si arrivi presto a una tregua.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["act"], r["stance"]) for r in records] == [("state", "oppose"), ("emphasize", "support"),
                                                          ("state", "support")]


def test_italian_light_verbs_before_a_quoted_noun_and_verbs_of_qualifying(tmp_path, vocabulary):
    text = ("Il ministro degli Esteri Antonio Tajani ha espresso «piena solidarietà» al popolo ucraino.\n\n"
            "Il portavoce del Cremlino, Dmitry Peskov, ha definito «inaccettabili» le dichiarazioni di Kallas.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["stance"], r["targets"]) for r in records] == [
        (["Antonio Tajani"], "support", "support", ["Ukraine"]),
        (["Dmitry Peskov"], "criticize", "oppose", ["Kaja Kallas"])]  # as "called them provocations"


def test_adverbs_between_the_auxiliary_and_the_participle_keep_the_verb(tmp_path, vocabulary):
    text = ("Il ministro degli Esteri Antonio Tajani ha parlato ai giornalisti. "
            "Tajani ha inoltre accusato la Russia di crimini di guerra. "
            "Tajani ha più volte ribadito il sostegno all'Ucraina.\n")
    records = records_of(tmp_path, vocabulary, text)
    # (what the support is for is its target, as in "expressed her full support for Ukraine")
    assert [(r["act"], r["targets"]) for r in records] == [("criticize", ["Russia"]), ("reaffirm", ["Ukraine"])]


def test_support_in_the_present_and_as_a_speech_noun(tmp_path, vocabulary):
    text = ("MR MILLER: We support any effort that brings a just peace.\n\n"
            "Jane Doyle expressed her full support for Ukraine.\n\n"
            "China supports a political settlement of the crisis, Mao Ning said.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["targets"]) for r in records] == [
        (["Miller"], "support", []), (["Jane Doyle"], "support", ["Ukraine"]), (["Mao Ning"], "support", [])]
    given = records_of(tmp_path, vocabulary, "Il ministro degli Esteri Antonio Tajani ha espresso sostegno "
                       "all'Ucraina.\n", "to.txt")  # whom support is given to, like whom an appeal is made to
    assert [r["targets"] for r in given] == [["Ukraine"]]


def test_summoning_an_ambassador_is_a_protest(tmp_path, vocabulary):
    text = "Mao Ning said that China had summoned the Japanese ambassador over the expulsion of its diplomats.\n"
    assert [r["stance"] for r in records_of(tmp_path, vocabulary, text)] == ["oppose"]


def test_seats_of_government_speak_for_their_country(tmp_path, vocabulary):
    text = ("Il Quirinale ha ribadito il sostegno all'Ucraina.\n\n"
            "The White House said the talks were productive.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["stance"]) for r in records] == [(["Italy"], "support"), (["United States"], "support")]


def test_a_spokesperson_for_a_ministry_speaks_for_its_country(tmp_path, vocabulary):
    # Randhir Jaiswal represents the Indian ministry (actors.ttl), which represents India
    text = "External Affairs Ministry spokesperson Randhir Jaiswal said Pakistan should stop cross-border terrorism.\n"
    [record] = records_of(tmp_path, vocabulary, text)
    assert record["targets"] == ["Pakistan"] and "india-pakistan-relations" in record["topics"]
    [objection] = records_of(tmp_path, vocabulary, "India strongly objected to the remarks.\n", "objected.txt")
    assert (objection["act"], objection["stance"]) == ("reject", "oppose")


def test_according_to_him_and_secondo_lui_continue_the_speaker(tmp_path, vocabulary):
    text = ("Russia regards the new US sanctions as a hostile step, Deputy Foreign Minister Sergey Ryabkov said. "
            "According to him, Washington is deliberately destroying bilateral relations.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["stance"], r["targets"]) for r in records][1] == (
        ["Sergei Ryabkov"], "oppose", ["United States"])
    italian = records_of(tmp_path, vocabulary, "Il portavoce Dmitry Peskov ha parlato ai giornalisti. "
                         "Secondo lui, Kiev cerca di sabotare i negoziati.\n", "it.txt")
    assert [(r["actors"], r["stance"], r["targets"]) for r in italian] == [(["Dmitry Peskov"], "oppose", ["Ukraine"])]


def test_more_countries_are_in_the_gazetteer(tmp_path, vocabulary):
    text = "La portavoce Mao Ning ha condannato le nuove restrizioni all'export annunciate dai Paesi Bassi.\n"
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Netherlands"]]


def test_regional_organisations_courts_and_agencies_are_in_the_gazetteer(tmp_path, vocabulary):
    # the organisations readouts name as speakers or targets beyond the UN, EU, NATO, AU and ASEAN
    for text, actor in (
            ("The Caribbean Community (CARICOM) welcomes the decision of the Council.\n", "Caribbean Community"),
            ("The Shanghai Cooperation Organisation condemned the attack.\n", "Shanghai Cooperation Organisation"),
            ("The OAS rejected the results of the election.\n", "Organization of American States"),
            ("L'Organizzazione degli Stati americani ha condannato l'attacco.\n", "Organization of American States"),
            ("The Pacific Islands Forum welcomed the agreement.\n", "Pacific Islands Forum"),
            ("The International Criminal Court rejected the request.\n", "International Criminal Court"),
            ("The IMF welcomed the agreement.\n", "International Monetary Fund"),
            ("UNHCR condemned the attack on the camp.\n", "UNHCR"),
            ("La Corte internazionale di giustizia ha respinto la richiesta.\n", "International Court of Justice")):
        assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [[actor]], text
    text = ("The East African Community (EAC) held its summit in Arusha.\n\n"
            "The Community urges all parties in the region to engage in dialogue.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["East African Community"]]
    text = "Foreign Minister Jane Doyle welcomed the decision of the OAS to send observers.\n"
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["latin-america"]]
    text = "Foreign Minister Jane Doyle criticised the CSTO for its silence.\n"
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Collective Security Treaty Organization"]]


def test_an_italian_report_after_the_content_with_its_subject_after_the_verb_closes_it(tmp_path, vocabulary):
    text = ("La Cina si oppone fermamente alle nuove restrizioni, ha dichiarato il portavoce del ministero "
            "del Commercio cinese.\n")  # an unnamed spokesperson speaks for their ministry
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chinese Ministry of Commerce"], "reject")]


def test_a_people_is_never_a_mere_place(tmp_path, vocabulary):
    text = ("Mao Ning expressed support for the Iraqi people.\n\n"
            "Mao Ning expressed support for peace in Iraq.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["stance"], r["targets"]) for r in records] == [
        (["Mao Ning"], "support", ["Iraq"]),
        (["Mao Ning"], "support", [])]


def test_a_country_naming_a_conflict_is_not_a_target(tmp_path, vocabulary):
    text = ("She said China has been maintaining its neutrality and objectivity on the Ukraine conflict, while the "
            "U.S. has been fueling the conflict by pouring over $32 billion of military aid into the battlefield, "
            "Mao Ning said.\n\n"
            "Secretary Rubio welcomed the prisoner exchange agreement and said the United States is committed to "
            "achieving a lasting end to the Russia-Ukraine war.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["stance"], r["targets"]) for r in records] == [("oppose", ["United States"]), ("support", []), ("support", [])]


def test_present_and_first_person_reporting_verbs(tmp_path, vocabulary):
    text = ("Foreign Minister Lena Varga of Hungary spoke with reporters in Budapest.\n"
            "Varga said: “We appreciate and commend the mediation efforts of the African Union.”\n"
            "She firmly opposes any new tariffs and believes that trade talks should resume.\n")
    found = [(r["actors"], r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)]
    assert (["Lena Varga"], "support", "support") in found
    assert sum(act == "support" for _, act, _ in found) == 2  # two verbs on one object: two statements
    assert (["Lena Varga"], "reject", "oppose") in found
    assert any(act == "state" for _, act, _ in found)


def test_reporting_clause_after_the_content_with_a_titled_name_and_a_null_subject_after_it(tmp_path, vocabulary):
    text = ("La Moldavia non rinuncerà alla neutralità, ha detto il ministro degli Esteri moldavo Ion Popescu. "
            "Ha poi sottolineato che il dialogo con Bruxelles resta aperto.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["Ion Popescu"], "state"), (["Ion Popescu"], "emphasize")]


def test_according_to_a_titled_or_surname_mention(tmp_path, vocabulary):
    text = ("Secondo Popescu, il dialogo con Mosca è impossibile.\n"
            "Per il ministro Ion Popescu, la pace richiede garanzie.\n"
            "According to Foreign Secretary Jane Doyle, the sanctions are counterproductive.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [
        (["Ion Popescu"], "state"), (["Ion Popescu"], "state"), (["Jane Doyle"], "state")]


def test_nested_attribution_belongs_to_the_person_named_inside(tmp_path, vocabulary):
    text = ("In the letter, Anil Verma said the dispute must be settled by talks, the ministry spokesman told "
            "reporters.\n"
            "He also claimed that the border was calm and said that talks would resume.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [
        (["Anil Verma"], "state"), (["Anil Verma"], "state"), (["Anil Verma"], "state")]


def test_stance_from_opposition_phrases_distant_negation_and_consultations(tmp_path, vocabulary):
    text = ("Foreign Minister Lena Varga said the report was a pure fabrication. "
            "Varga said Ruritania has no right to comment on the election. "
            "She noted the lack of political will on all sides to build a real partnership. "
            "Varga and Jane Doyle discussed ways to deepen cooperation on energy.\n"
            "Il ministro degli Esteri moldavo Ion Popescu ha detto che la mossa non ha alcuna possibilità di "
            "successo.\n")
    stances = [r["stance"] for r in records_of(tmp_path, vocabulary, text)]
    assert stances == ["oppose", "oppose", "oppose", "neutral", "oppose"]


def test_topic_keywords_of_terrorism_maritime_disputes_rights_and_trade(tmp_path, vocabulary):
    text = ("Foreign Minister Lena Varga condemned the bomb attack on the market.\n"
            "Varga said the dispute over the Senkaku islands in the East China Sea must be settled by talks.\n"
            "Varga denounced the persecution of religious minorities.\n"
            "Varga said new tariffs would hurt exports.\n")
    assert [r["topics"][:1] for r in records_of(tmp_path, vocabulary, text)] == [
        ["terrorism"], ["indo-pacific"], ["human-rights"], ["trade"]]


def test_what_a_position_harms_or_condemns_is_not_supported(tmp_path, vocabulary):
    text = ("Foreign Minister Lena Varga said the militias threaten peace and stability in the region.\n"
            "Varga reiterated her condemnation of the undermining of dialogue and cooperation.\n"
            "Il ministro degli Esteri moldavo Ion Popescu ha detto che quelle azioni minacciano la pace e "
            "la stabilità.\n"
            "Varga said the talks would strengthen peace and stability.\n")
    stances = [r["stance"] for r in records_of(tmp_path, vocabulary, text)]
    assert stances == ["oppose", "oppose", "oppose", "support"]


def test_italian_perfect_and_present_reporting_verbs_and_a_translation_whose_verb_moved(tmp_path, vocabulary):
    text = ("(Traduzione realizzata tramite Intelligenza artificiale)\n\n"
            "Il vertice dei paesi del Mar Nero si terrà a Varna in giugno con quattordici delegazioni. "
            "La ministra degli Esteri della Bulgaria, Lena Varga, ha riferito ai giornalisti che la Bulgaria "
            "sosterrà la cooperazione regionale.\n\n///\n\n"
            "The summit of the Black Sea countries will be held in Varna in June with fourteen delegations, "
            "and Bulgaria will support regional cooperation, Bulgarian Foreign Minister Lena Varga has told "
            "reporters.\n"
            "Il ministro degli Esteri moldavo Ion Popescu fa sapere che il piano è pronto.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], [e["lang"] for e in r["evidence"]]) for r in records] == [
        (["Lena Varga"], "state", ["it", "en"]), (["Ion Popescu"], "state", ["it"])]


def test_the_ministers_of_a_named_organisation_and_a_report_of_another_actors_statement(tmp_path, vocabulary):
    text = ("The ASEAN foreign ministers met in Manila on Friday.\n"
            "Foreign Minister Lena Varga said the foreign ministers agreed to continue monitoring the situation.\n"
            "Varga said Jane Doyle agreed to keep the sea lanes open.\n"
            "Varga said the talks were useful.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [
        (["Association of Southeast Asian Nations"], "agree"), (["Jane Doyle"], "agree"), (["Lena Varga"], "state")]


def test_a_person_after_a_place_preposition_is_a_target_and_a_country_is_a_place(tmp_path, vocabulary):
    text = ("Foreign Minister Lena Varga expressed support for Antonio Guterres.\n"
            "Il ministro degli Esteri moldavo Ion Popescu ha chiesto a Marco Rubio di fermare le sanzioni.\n"
            "Varga said the whole world sees in Albin Kurti an extremist.\n"
            "Popescu condemned the violence in Ukraine.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["António Guterres"], ["Marco Rubio"], ["Albin Kurti"], []]


def test_a_light_verb_and_its_speech_noun_make_the_act_and_the_noun_the_stance(tmp_path, vocabulary):
    text = ("Foreign Minister Lena Varga extended her most heartfelt condolences to the victims of the attack.\n"
            "Varga voiced her government's deep concern over the new tariffs.\n"
            "Il ministro degli Esteri moldavo Ion Popescu ha espresso la sua più profonda gratitudine al Giappone.\n"
            "Popescu expressed, in a long speech, hope.\n"
            "Varga said Chile had lodged a strong protest with Peru.\n"
            "Chile has lodged stern representations with Peru over the arrests.\n")
    assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("state", "support"), ("state", "oppose"), ("support", "support"), ("criticize", "oppose"),
        ("criticize", "oppose")]


def test_a_meetings_participants_are_the_people_its_phrase_joins_not_who_reports_it(tmp_path, vocabulary):
    def participants(text):
        events = {json.dumps(r.get("event"), sort_keys=True) for r in records_of(tmp_path, vocabulary, text)}
        (event,) = events
        event = json.loads(event)
        return (event["type"], [p if isinstance(p, str) else p["name"] for p in event["participants"]], event["date"],
                event.get("place"))

    # the spokeswoman who reports the meeting is not at it; the date it was held is in its clause
    assert participants(
        "Arms control was a priority at the meeting between Foreign Minister Sergey Lavrov and Secretary of State "
        "Marco Rubio in Geneva on May 15, spokeswoman Maria Zakharova said on Saturday. She stressed that Moscow "
        "backs the dialogue.\n") == ("meeting", ["Sergey Lavrov", "Marco Rubio"], "2025-05-15", "Geneva")
    # "his meeting with": the nearest person before the phrase, not the one briefed
    assert participants(
        "President Donald Trump will be briefed by Secretary of State Marco Rubio on his meeting with Foreign "
        "Minister Wang Yi, spokesperson Tammy Bruce told reporters. She said the talks were constructive.\n") \
        == ("meeting", ["Marco Rubio", "Wang Yi"], "2025-05-17", None)
    assert participants(
        "Il ministro Antonio Tajani ha avuto un colloquio telefonico con il ministro Wang Yi, ha riferito la "
        "portavoce Maria Zakharova. Tajani ha sottolineato l'importanza del dialogo.\n") \
        == ("call", ["Antonio Tajani", "Wang Yi"], "2025-05-17", None)
    assert participants("Il ministro Antonio Tajani ha incontrato il ministro Wang Yi a Kuala Lumpur il 10 maggio. "
                        "Tajani ha sottolineato l'importanza del dialogo.\n") == (
        "meeting", ["Antonio Tajani", "Wang Yi"], "2025-05-10", "Kuala Lumpur")
    # a summit or a visit when the clause says so
    assert participants("On the sidelines of the summit, Foreign Minister Wang Yi met with Secretary of State "
                        "Marco Rubio. Wang stressed the importance of the dialogue.\n")[0] == "summit"
    assert participants("During his visit to Rome, Foreign Minister Wang Yi met with Minister Antonio Tajani at "
                        "the Farnesina. Wang stressed the importance of the dialogue.\n") == (
        "visit", ["Wang Yi", "Antonio Tajani"], "2025-05-17", "Farnesina")
    # a phrase after its people: those of its clause; a date in the reporting clause is not the meeting's
    assert participants(
        "On 12 May, spokeswoman Maria Zakharova said that Foreign Minister Sergey Lavrov together with Foreign "
        "Minister Wang Yi co-chaired the session. Lavrov stressed the importance of the dialogue.\n") \
        == ("meeting", ["Sergey Lavrov", "Wang Yi"], "2025-05-17", None)


def test_a_readout_of_two_meetings_gives_each_statement_the_meeting_named_last(tmp_path, vocabulary):
    text = ("Foreign Minister Antonio Tajani met with Secretary of State Marco Rubio in Washington. "
            "The two ministers agreed to strengthen the cooperation on trade. "
            "Later, Tajani spoke by phone with Foreign Minister Wang Yi. "
            "The two ministers agreed to resume the dialogue on trade.\n")
    first, second = records_of(tmp_path, vocabulary, text)
    assert first["actors"] == ["Antonio Tajani", "Marco Rubio"] and first["event"]["type"] == "meeting"
    assert second["actors"] == ["Antonio Tajani", "Wang Yi"]
    assert (second["event"]["type"], second["event"]["participants"]) == ("call", ["Antonio Tajani", "Wang Yi"])


def test_a_speaker_reporting_what_their_own_country_does_is_the_actor(tmp_path, vocabulary):
    def first(text):
        (record,) = records_of(tmp_path, vocabulary, text)
        return record["actors"], record["act"], record["targets"]

    # the inner verb is the act and the speaker the actor, with "that" or without
    assert first("Secretary Blinken said that the United States condemns the attack on the embassy.\n") == (
        ["Antony Blinken"], "criticize", [])
    assert first("Foreign Minister Wang Yi said Beijing stands ready to work with Washington on climate change.\n") \
        == (["Wang Yi"], "express-intent", ["United States"])
    # their own country with another is theirs to say too ("Italia e Polonia condividono…", ha dichiarato Tajani)
    assert first("Secretary Blinken said the United States and Mexico agree on the need to secure the border.\n")[:2] \
        == (["Antony Blinken"], "agree")
    assert first("«Italia e Polonia condividono la stessa visione sulla sicurezza europea», ha dichiarato il ministro "
                 "degli Esteri Antonio Tajani.\n")[:2] == (["Antonio Tajani"], "agree")
    # another country's statement, or a colleague's, stays theirs
    assert first("Secretary Blinken said Russia rejects the proposal.\n")[:2] == (["Russia"], "reject")
    assert first("Spokesperson Tammy Bruce said Secretary Marco Rubio condemns the attack.\n")[:2] == (
        ["Marco Rubio"], "criticize")
    # the verbs coordinated with the inner one are the speaker's too
    both = records_of(tmp_path, vocabulary, "Foreign Minister Wang Yi said Beijing supported the initiative "
                                            "and called on Washington to back it.\n")
    assert [(r["actors"], r["act"]) for r in both] == [(["Wang Yi"], "support"), (["Wang Yi"], "appeal")]


def test_a_speaker_saying_what_they_themselves_do_makes_one_statement(tmp_path, vocabulary):
    def acts(text):
        return [(record["actors"], record["act"]) for record in records_of(tmp_path, vocabulary, text)]

    # "X said (that|:) he/we VERB": the reporting verb adds no statement of its own
    assert acts("Foreign Minister Wang Yi said he agreed with the plan for a ceasefire.\n") == [(["Wang Yi"], "agree")]
    assert acts("Spokesperson Maria Zakharova said: We condemn the shelling of the power plant.\n") == [
        (["Maria Zakharova"], "criticize")]
    assert acts("Il ministro Antonio Tajani ha detto: condanniamo l'attacco alla centrale.\n") == [
        (["Antonio Tajani"], "criticize")]
    # a second verb of the speaker's, after a position of the first, is a statement of its own
    assert acts("Foreign Minister Wang Yi said he agreed with the plan, and stressed that talks must go on.\n") == [
        (["Wang Yi"], "agree"), (["Wang Yi"], "emphasize")]


def test_concern_in_the_plural_and_in_italian_is_opposition(tmp_path, vocabulary):
    def stance_of(text):
        (record,) = records_of(tmp_path, vocabulary, text)
        return record["act"], record["stance"]

    assert stance_of("Foreign Minister Wang Yi reiterated China's concerns about the safety of its citizens.\n") == (
        "reaffirm", "oppose")
    assert stance_of("Il ministro Antonio Tajani ha ribadito le preoccupazioni dell'Italia per i civili a Gaza.\n") == (
        "reaffirm", "oppose")
    assert stance_of("Il ministro Antonio Tajani ha ribadito il sostegno dell'Italia ai civili a Gaza.\n") == (
        "reaffirm", "support")


def test_a_person_aimed_at_brings_the_relations_of_their_country(tmp_path, vocabulary):
    # one person targeted: the relations of the speaker's country and theirs, as for a country
    text = "Foreign Minister Wang Yi criticised Luiz Inácio Lula da Silva for the remarks on the trade dispute.\n"
    (record,) = records_of(tmp_path, vocabulary, text)
    assert record["targets"] == ["Luiz Inácio Lula da Silva"]
    assert "brazil-china-relations" in record["topics"]


def test_believing_and_hoping_are_two_statements(tmp_path, vocabulary):
    text = ("Spokesperson Jane Doyle said: We believe that the Chilean side will handle this case properly "
            "and hope that the ambassador will recover soon.\n")
    assert [(r["act"], r["position"]["en"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("state", "the Chilean side will handle this case properly"), ("state", "the ambassador will recover soon")]


def test_a_gerund_is_a_statement_of_the_subject_it_leans_on(tmp_path, vocabulary):
    def acts(text):
        return [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)]

    # after a comma: the sentence's subject, not a name inside the clause before it
    assert acts("Foreign Minister Wang Yi condemned the attack on the convoy, calling for restraint.\n") == [
        (["Wang Yi"], "criticize"), (["Wang Yi"], "appeal")]
    assert acts("Nel colloquio con il ministro Lena Varga, il ministro Antonio Tajani ha ricordato i legami "
                "economici, sottolineando che gli scambi crescono.\n")[-1] == (["Antonio Tajani"], "emphasize")
    # opening the sentence: the subject of the clause after it, even across a relative clause
    opening = records_of(tmp_path, vocabulary, "Stressing that the islands, which no court has ever assigned, belong "
                         "to China, Foreign Minister Wang Yi told reporters that talks must go on.\n")
    assert [(r["actors"], r["act"]) for r in opening][0] == (["Wang Yi"], "emphasize")
    # and what it asserts ends before that subject
    assert opening[0]["position"]["en"] == "the islands, which no court has ever assigned, belong to China"
    # right after a noun: that noun's actor
    assert acts("Spokesperson Jane Doyle said she was encouraged by statements of Chilean leaders urging "
                "the protection of civilians.\n")[-1] == (["Chile"], "appeal")


FRENCH = Path(__file__).parent / "vocab" / "french.ttl"


def test_a_third_language_works_with_turtle_added_and_no_python_changed(tmp_path):
    # tests/vocab/french.ttl adds French verbs, cues and four country names; nothing else changes
    french = load_vocabulary([FRENCH])
    text = ("Le ministre des Affaires étrangères de la Ruritanie, Jean Dupont, a souligné que la Russie doit "
            "respecter le cessez-le-feu. Jean Dupont et Marie Leclerc ont convenu de poursuivre le dialogue. "
            "« Nous condamnons cette agression », a déclaré Marie Leclerc. "
            "Le ministre a appelé la Russie à cesser les frappes.\n")
    records = records_of(tmp_path, french, text)
    assert [list(r["position"]) for r in records] == [["fr"]] * 4
    assert [(r["actors"], r["act"], r["targets"]) for r in records] == [
        (["Jean Dupont"], "emphasize", ["Russia"]),
        (["Jean Dupont", "Marie Leclerc"], "agree", []),
        (["Marie Leclerc"], "criticize", []),
        (["Jean Dupont"], "appeal", ["Russia"])]
    assert records[1]["joint"] and records[1]["position"]["fr"] == "poursuivre le dialogue"
    assert records[2]["stance"] == "oppose" and records[2]["position"]["fr"] == "cette agression"
    # so is how a gerund ends ("soulignant")
    gerund = records_of(tmp_path, french, "Soulignant que la paix est possible, Marie Leclerc a appelé la Russie "
                                          "à cesser les frappes.\n")
    assert [(r["actors"], r["act"], r["position"]["fr"]) for r in gerund] == [
        (["Marie Leclerc"], "emphasize", "la paix est possible"),
        (["Marie Leclerc"], "appeal", "la Russie à cesser les frappes")]
    # without the French labels the same text gives none of these statements
    assert not any(r["actors"] == ["Jean Dupont", "Marie Leclerc"] for r in records_of(tmp_path, load_vocabulary(), text))


def test_wishes_and_solidarity_are_statements_of_support(tmp_path, vocabulary):
    # "wishes" states, with the stance of what is wished; "stands in solidarity with" supports
    records = records_of(tmp_path, vocabulary, "The Secretary-General of Ruritania, Jane Doyle, condemns the attack, "
                                               "wishes a speedy recovery to the injured and stands in solidarity with "
                                               "the people of Chile.\n")
    assert [(r["actors"], r["act"], r["stance"]) for r in records] == [
        (["Jane Doyle"], "criticize", "oppose"), (["Jane Doyle"], "state", "support"),
        (["Jane Doyle"], "support", "support")]
    assert records[2]["targets"] == ["Chile"]
    italian = records_of(tmp_path, vocabulary, "Il ministro Mario Bianchi ha augurato una pronta guarigione ai feriti "
                                               "ed è solidale con il Cile.\n")
    assert [(r["act"], r["stance"], r["targets"]) for r in italian] == [
        ("state", "support", []), ("support", "support", ["Chile"])]


def test_quoted_as_saying_is_the_statement_of_who_is_quoted(tmp_path, vocabulary):
    for text in ("Prime Minister Jane Doyle was quoted by local media as saying that the border would stay closed.\n",
                 "The spokesperson quoted Prime Minister Jane Doyle as saying that the border would stay closed.\n",
                 "Spokesperson Lena Varga quoted Prime Minister Jane Doyle as saying that the border would stay "
                 "closed.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert (record["actors"], record["act"]) == (["Jane Doyle"], "state")
        assert record["position"]["en"] == "the border would stay closed"


def test_every_organisation_a_title_names_is_part_of_it(tmp_path, vocabulary):
    [record] = records_of(tmp_path, vocabulary, "The talks will resume in May, US Department of State Spokesperson "
                                                "Jane Doyle has told reporters.\n")
    assert record["actors"] == ["Jane Doyle"]
    # a country coordinated with a person is a speaker of its own
    [joint] = records_of(tmp_path, vocabulary, "Russia and Foreign Minister Jane Doyle said the talks will resume.\n")
    assert joint["actors"] == ["Russia", "Jane Doyle"]


def test_who_reports_another_actor_goes_on_speaking(tmp_path, vocabulary):
    records = records_of(tmp_path, vocabulary, "Spokesperson Jane Doyle said Foreign Minister Lena Varga agreed to "
                                               "meet Marco Rubio. She added that the border would stay closed.\n")
    assert [(r["actors"], r["act"]) for r in records] == [(["Lena Varga"], "agree"), (["Jane Doyle"], "state")]


def test_who_will_be_briefed_does_not_speak(tmp_path, vocabulary):
    [record] = records_of(tmp_path, vocabulary, "President Lena Varga will be briefed by Foreign Minister Jane Doyle on "
                                                "the talks, Spokesperson Mark Toller told reporters.\n")
    assert record["actors"] == ["Mark Toller"]
    assert record["position"]["en"].startswith("President Lena Varga will be briefed")


def test_a_verb_opening_a_first_person_quotation_is_only_its_attribution(tmp_path, vocabulary):
    for text in ('Spokesperson Jane Doyle said: "We urge the parties to return to the table."\n',
                 'In response to a question, Spokesperson Jane Doyle said, "We urge the parties to return."\n'):
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Jane Doyle"], "appeal")]
    # a quotation with no verb of its own stays the statement of the verb that opens it
    [record] = records_of(tmp_path, vocabulary, 'Spokesperson Jane Doyle said: "The parties must return."\n')
    assert (record["act"], record["position"]["en"]) == ("state", "The parties must return")


def test_what_the_speakers_own_side_does_is_the_speakers_act_whatever_the_reporting_verb(tmp_path, vocabulary):
    def brief_of(text):
        return [(r["actors"], r["act"], r["stance"], r["position"]["en"]) for r in records_of(tmp_path, vocabulary, text)]

    for verb in ("said", "stressed", "noted"):
        assert brief_of(f"Chilean Foreign Minister Jane Doyle {verb} that Chile rejects the blockade.\n") == [
            (["Jane Doyle"], "reject", "oppose", "the blockade")]
    # a comma inside the reported clause, after its "that", keeps it reported
    records = records_of(tmp_path, vocabulary, "Chinese President Xi Jinping said that, following the principles of "
                                               "mutual respect, China is ready to work with Chile.\n")
    assert [(r["actors"], r["act"]) for r in records] == [(["Xi Jinping"], "express-intent")]
    # another country's act stays its own
    assert [r[:2] for r in brief_of("Chilean Foreign Minister Jane Doyle stressed that Russia rejects the plan.\n")] == [
        (["Jane Doyle"], "emphasize"), (["Russia"], "reject")]


def test_a_countrys_ministry_unlisted_speaks_by_the_guides_pattern(tmp_path, vocabulary):
    # Chile's foreign ministry is not in the gazetteer: the institution speaks, named as the
    # annotation guide names one ("Chinese Ministry of Foreign Affairs")
    for text in ("Chile's Foreign Ministry condemned the raid, saying that it violated the ceasefire.\n",
                 "The Chilean Foreign Ministry condemned the raid, saying that it violated the ceasefire.\n",
                 "Il ministero degli Esteri cileno ha condannato il raid, affermando che viola la tregua.\n"):
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
            ([CHILEAN_MFA], "criticize"), ([CHILEAN_MFA], "state")], text


def test_the_speakers_relation_goes_on_into_a_statement_that_names_no_relation(tmp_path, vocabulary):
    first, second = records_of(tmp_path, vocabulary, "Foreign Minister Wang Yi criticised Japan for its decision. "
                                                     "He stressed that the South China Sea must remain calm.\n")
    assert first["topics"] == ["china-japan-relations"]
    assert second["topics"] == ["indo-pacific", "china-japan-relations"]
    # not into one aimed at a party of its own
    _, aimed = records_of(tmp_path, vocabulary, "Foreign Minister Wang Yi criticised Japan for its decision. "
                                                "He stressed that Taiwan is part of China.\n")
    assert aimed["targets"] == ["Taiwan"] and aimed["topics"] == ["indo-pacific"]
    # not into another speaker's statement
    _, other = records_of(tmp_path, vocabulary, "Foreign Minister Wang Yi criticised Japan for its decision. "
                                                "The European Union said that Taiwan matters.\n")
    assert other["topics"] == ["indo-pacific"]


def test_the_seed_without_its_translation_note_still_gives_seven_bilingual_records(tmp_path, vocabulary):
    text = (CORPUS / "seed" / "lavrov-rubio-2025-09-24.txt").read_text(encoding="utf-8")
    bare = "".join(line for line in text.splitlines(keepends=True) if "Traduzione realizzata" not in line)
    path = tmp_path / "lavrov-rubio-2025-09-24.txt"
    path.write_text(bare, encoding="utf-8")
    records = [record_to_json(r) for r in extract(read(path, vocabulary), vocabulary)]
    gold = gold_objects(SEED_GOLD)
    assert [(r["actors"], r["act"], sorted(r["position"])) for r in records] == [
        (g["actors"], g["act"], ["en", "it"]) for g in gold]


def test_an_organisation_in_the_apposition_after_a_name_is_part_of_the_title(tmp_path, vocabulary):
    for text in ("Jane Doyle, GCC Secretary-General, stressed that the talks were useful.\n",
                 "Jane Doyle, the EU Special Representative, said the talks were useful.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["actors"] == ["Jane Doyle"], text
        assert record["position"]["en"] == "the talks were useful"
    # a closing "…, X said" still asserts what comes before the comma
    [closing] = records_of(tmp_path, vocabulary, "The talks were useful, Foreign Minister Jane Doyle said.\n")
    assert closing["position"]["en"] == "The talks were useful"


def test_an_organisation_a_title_names_beside_a_name_does_not_speak_with_them(tmp_path, vocabulary):
    # a role of several words apposed after the name ("Secretary General", not its "Secretary"),
    # and an apposed title before a name that has a title of its own
    for text in ("Jane Doyle, Secretary General of the African Union, strongly condemned the attack.\n",
                 "The OSCE Chairperson-in-Office, Foreign Minister Jane Doyle, called for the release of the staff.\n",
                 "OSCE Chairperson-in-Office, Chile's Foreign Minister Jane Doyle, called for the release of the staff.\n",
                 "NATO Secretary General, Jane Doyle, strongly condemned the attack.\n",
                 "Il presidente di turno dell'Osce, il ministro degli Esteri Jane Doyle, ha chiesto il rilascio.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["actors"] == ["Jane Doyle"], text
    # two who speak are still both the subject
    [joint] = records_of(tmp_path, vocabulary, "Minister Jane Doyle and the African Union strongly condemned the attack.\n")
    assert joint["actors"] == ["Jane Doyle", "African Union"]


def test_failing_or_not_managing_to_do_it_is_not_doing_it(tmp_path, vocabulary):
    for text in ("Foreign Minister Jane Doyle and Foreign Minister Paolo Rossi failed on Monday to agree on a text.\n",
                 "Foreign Minister Jane Doyle and Foreign Minister Paolo Rossi were unable to agree on a text.\n",
                 "Foreign Minister Jane Doyle and Foreign Minister Paolo Rossi did not manage to agree on a text.\n"):
        assert records_of(tmp_path, vocabulary, text) == [], text
    # managing to do it is doing it; and "to" before a verb is no failure of itself
    [managed] = records_of(tmp_path, vocabulary,
                           "Foreign Minister Jane Doyle and Foreign Minister Paolo Rossi managed to agree on a text.\n")
    assert (managed["actors"], managed["act"]) == (["Jane Doyle", "Paolo Rossi"], "agree")
    [appeal] = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle called on the parties to condemn the attack.\n")
    assert appeal["act"] == "appeal"


def test_a_report_of_what_the_speaker_itself_does_is_that_statement_only(tmp_path, vocabulary):
    # a spokesman's report of what the one they speak for does, named again or by role
    for said in ("Her spokesman said Doyle supports all efforts to end the war.",
                 "Her spokesman said that the minister supports all efforts to end the war.",
                 "She said she supports all efforts to end the war."):
        records = records_of(tmp_path, vocabulary, f"Foreign Minister Jane Doyle arrived in Lima. {said}\n")
        assert [(r["actors"], r["act"], r["position"]["en"]) for r in records] == [
            (["Jane Doyle"], "support", "all efforts to end the war")], said
    # a report whose own subject follows it still says what the quotation does
    records = records_of(tmp_path, vocabulary, "«Siamo pronti a mediare», ha detto il ministro Paolo Rossi, "
                                               "aggiungendo che l'Italia sosterrà il piano.\n")
    assert [(r["actors"], r["act"]) for r in records] == [(["Paolo Rossi"], "express-intent"), (["Paolo Rossi"], "state")]


def test_a_spokesman_for_a_titled_person_speaks_for_them_and_the_role_refers_back(tmp_path, vocabulary):
    for text, person in (("A spokesman for Foreign Minister Jane Doyle said the talks were useful.\n", "Jane Doyle"),
                         ("Un portavoce del ministro degli Esteri Paolo Rossi ha detto che i colloqui sono stati utili.\n",
                          "Paolo Rossi")):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["actors"] == [person], text
    # "the minister" of the same sentence is the minister just named
    records = records_of(tmp_path, vocabulary, "A spokesman for Foreign Minister Jane Doyle said the minister "
                                               "supports all efforts to end the war.\n")
    assert [(r["actors"], r["act"]) for r in records] == [(["Jane Doyle"], "support")]


def test_readiness_and_appeals_expressed_with_a_light_verb_are_their_acts(tmp_path, vocabulary):
    def acts(text):
        return [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)]

    assert acts("Il ministro Mario Bianchi ha chiesto il dialogo, esprimendo la disponibilità a mediare.\n") == [
        (["Mario Bianchi"], "appeal"), (["Mario Bianchi"], "express-intent")]
    assert acts("Foreign Minister Jane Doyle expressed her country's readiness to mediate.\n") == [
        (["Jane Doyle"], "express-intent")]
    assert acts("Il ministro Mario Bianchi ha rivolto un appello alle parti perché cessino le ostilità.\n") == [
        (["Mario Bianchi"], "appeal")]
    assert acts("Il ministro Mario Bianchi ha espresso il desiderio di visitare Santiago.\n") == [
        (["Mario Bianchi"], "express-intent")]


def test_remaining_steadfast_supports_and_a_closing_speaker_is_not_the_verb_before_s(tmp_path, vocabulary):
    records = records_of(tmp_path, vocabulary, "We extend our deepest condolences to the victims, and remain "
                                               "steadfast in our support for the people of Chile, Spokesperson "
                                               "Jane Doyle said.\n")
    assert [(r["actors"], r["act"], r["position"]["en"]) for r in records] == [
        (["Jane Doyle"], "state", "the victims"),
        (["Jane Doyle"], "support", "the people of Chile")]
    [italian] = records_of(tmp_path, vocabulary, "L'Italia resta al fianco del popolo cileno, ha detto il ministro "
                                                 "Mario Bianchi.\n")
    assert (italian["actors"], italian["act"]) == (["Mario Bianchi"], "support")


def test_states_claimed_maintained_are_verbs_only_before_what_is_stated(tmp_path, vocabulary):
    assert records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle met envoys of the Gulf states and of the "
                                            "member states of the European Union in Geneva.\n") == []
    [record] = records_of(tmp_path, vocabulary, "Chile states that the talks were useful.\n")
    assert (record["actors"], record["act"], record["position"]["en"]) == (["Chile"], "state", "the talks were useful")
    # so are "claimed" and "maintained": an attack claims lives, a country maintains its neutrality
    for text in ("The attack claimed the lives of 54 people, Foreign Minister Jane Doyle said.\n",
                 "Chile has always maintained its neutrality, Foreign Minister Jane Doyle said.\n"):
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Jane Doyle"], "state")]
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, "Chile claimed that the talks failed.\n")] == [
        ["Chile"]]
    # one delivers aid, or a message: only the message is a statement
    [aid] = records_of(tmp_path, vocabulary, "Chile delivered aid to Gaza, Foreign Minister Jane Doyle said.\n")
    assert aid["position"]["en"] == "Chile delivered aid to Gaza"
    [message] = records_of(tmp_path, vocabulary, "Envoy Jane Doyle delivered the president's strong message that "
                                                 "the war must end.\n")
    assert (message["act"], message["position"]["en"]) == ("state", "the war must end")


def test_a_country_after_a_place_preposition_and_a_compass_word_is_a_place(tmp_path, vocabulary):
    [record] = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle expressed concern about the fighting in "
                                                "eastern Ukraine.\n")
    assert record["stance"] == "oppose" and record["targets"] == []
    [aimed] = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle condemned the shelling by eastern "
                                               "Ukraine's separatists.\n")
    assert aimed["targets"] == ["Ukraine"]


def test_a_relative_clause_with_its_own_pronoun_is_part_of_the_position(tmp_path, vocabulary):
    [record] = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle welcomed the ideas that he said he "
                                                "would study.\n")
    assert (record["act"], record["position"]["en"]) == ("support", "the ideas that he said he would study")
    # "said that he agreed" is still the inner verb's statement
    [inner] = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle said that she agreed to meet.\n")
    assert (inner["actors"], inner["act"]) == (["Jane Doyle"], "agree")


def test_a_gerund_inside_a_clause_with_its_own_verb_says_how_not_what(tmp_path, vocabulary):
    def acts(text):
        return [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)]

    assert acts("Foreign Minister Jane Doyle said that Chile has deepened the crisis by declaring an economic war "
                "on Peru.\n") == [(["Jane Doyle"], "state")]
    assert acts("Il ministro Mario Bianchi ha denunciato che Cile e Perù hanno aggravato la crisi dichiarando una "
                "guerra economica.\n") == [(["Mario Bianchi"], "criticize")]
    # after a comma or a coordinator a gerund is a statement of its own
    assert acts("The Chilean Foreign Ministry issued a statement, criticizing Peru by name and expressing grave "
                "concern over the border.\n") == [([CHILEAN_MFA], "criticize"), ([CHILEAN_MFA], "state")]


def test_points_under_a_statements_heading_are_the_persons_statements(tmp_path, vocabulary):
    text = ("Key takeaways from Chilean Foreign Minister Jane Doyle's statements to reporters:\n\n"
            "Chile will not sign the treaty before the elections; silence is also an answer\n\n"
            "A dialogue on the border is impossible without a review of Peru's policies\n\n"
            "Chile is ready to talk.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["Jane Doyle"], "state")] * 2 + [
        (["Jane Doyle"], "express-intent")]
    assert records[0]["position"]["en"].startswith("Chile will not sign the treaty")
    italian = records_of(tmp_path, vocabulary, "Punti chiave delle dichiarazioni del ministro Mario Bianchi ai "
                                               "giornalisti: il Cile non firmerà il trattato prima delle elezioni. "
                                               "Un dialogo sul confine è impossibile senza una revisione.\n")
    assert [(r["actors"], r["act"]) for r in italian] == [(["Mario Bianchi"], "state")] * 2
    # a heading that introduces no one's statements ("the meeting") changes nothing
    assert records_of(tmp_path, vocabulary, "Key takeaways from the meeting:\n\nThe weather was fine.\n") == []


def test_retaliation_impossibility_and_failure_are_cues_of_opposition(tmp_path, vocabulary):
    for text in ("Foreign Minister Jane Doyle said that a dialogue is impossible without a review of the sanctions.\n",
                 "Foreign Minister Jane Doyle said that the new bases will require retaliation measures.\n",
                 "Il ministro Mario Bianchi ha detto che le nuove basi richiederanno misure di ritorsione.\n",
                 "Foreign Minister Jane Doyle said that the blockade is the largest foreign policy failure of Peru.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["stance"] == "oppose", text


def test_a_pair_of_countries_naming_their_relations_is_no_target(tmp_path, vocabulary):
    [record] = records_of(tmp_path, vocabulary, "Foreign Minister Wang Yi said China wants to bring China-US "
                                                "relations back to the right track.\n")
    assert record["targets"] == [] and record["topics"] == ["china-us-relations"]
    [aimed] = records_of(tmp_path, vocabulary, "Foreign Minister Wang Yi criticised the United States over trade.\n")
    assert aimed["targets"] == ["United States"]


def test_refusing_to_accept_or_recognise_is_opposition_and_accepting_is_support(tmp_path, vocabulary):
    for text, wanted in (
            ("Foreign Minister Jane Doyle said Ruritania would never recognise the so-called referendum.\n", "oppose"),
            ("Foreign Minister Jane Doyle said the government would not accept any change of borders by force.\n",
             "oppose"),
            ("Foreign Minister Jane Doyle said Ruritania accepts the invitation to the conference.\n", "support"),
            ("Il ministro degli Esteri Paolo Rossi ha detto che l'Italia non riconoscerà mai l'annessione.\n", "oppose"),
            ("Il ministro degli Esteri Paolo Rossi ha affermato che il governo accetta l'invito.\n", "support")):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["stance"] == wanted, text


def test_a_country_named_inside_another_country_s_name_is_no_mention(tmp_path, vocabulary):
    # "Republic of China" (Taiwan) inside "People's Republic of China", "Guinea" inside "Papua New Guinea"
    [record] = records_of(tmp_path, vocabulary, "The spokesperson for the Ministry of Foreign Affairs of the People's "
                                                "Republic of China, Mao Ning, said the talks were useful.\n")
    assert record["actors"] == ["Mao Ning"] and "indo-pacific" not in record["topics"]
    [record] = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle praised the government of Papua New "
                                                "Guinea for its support.\n")
    assert record["targets"] == ["Papua New Guinea"]


def test_the_two_presidents_or_heads_of_state_are_the_participants(tmp_path, vocabulary):
    records = records_of(tmp_path, vocabulary, "President Jane Doyle met President Tom Berg of Chile in Lima. "
                                                "The two presidents agreed to expand trade.\n")
    assert [(r["actors"], r["act"]) for r in records] == [(["Jane Doyle", "Tom Berg"], "agree")]
    records = records_of(tmp_path, vocabulary, "Il presidente Sergio Mattarella ha ricevuto al Quirinale il presidente "
                                                "tedesco Frank-Walter Steinmeier. I due capi di Stato hanno ribadito "
                                                "il comune impegno per la pace.\n")
    assert [(r["actors"], r["act"]) for r in records] == [(["Sergio Mattarella", "Frank-Walter Steinmeier"], "reaffirm")]


def test_an_opening_phrase_of_a_preposition_says_where_it_was_said_not_what(tmp_path, vocabulary):
    [record] = records_of(tmp_path, vocabulary, "In a letter to the Security Council, Foreign Minister Jane Doyle said "
                                                "the blockade violated international law.\n")
    assert record["position"]["en"] == "the blockade violated international law" and record["stance"] == "oppose"
    [record] = records_of(tmp_path, vocabulary, "Talks with Chile will go on, Foreign Minister Jane Doyle said.\n")
    assert record["position"]["en"] == "Talks with Chile will go on"
    # a gerund with its preposition or article opening the sentence is an adjunct too
    [record] = records_of(tmp_path, vocabulary, "Speaking to reporters in Santiago, Jane Doyle said the sanctions were "
                                                "illegal.\n")
    assert record["position"]["en"] == "the sanctions were illegal" and record["stance"] == "oppose"
    [record] = records_of(tmp_path, vocabulary, "Talking is the only way, Foreign Minister Jane Doyle said.\n")
    assert record["position"]["en"] == "Talking is the only way"


def test_violations_and_counterproductive_measures_are_opposed(tmp_path, vocabulary):
    for text in ("Foreign Minister Jane Doyle said the sanctions are counterproductive.\n",
                 "Foreign Minister Jane Doyle said the blockade violates the ceasefire.\n",
                 "Il ministro Paolo Rossi ha detto che le sanzioni sono controproducenti.\n",
                 "«Non accetteremo ultimatum», ha detto il ministro Paolo Rossi.\n",
                 "Foreign Minister Jane Doyle said Chile would take countermeasures.\n",
                 # disappointment and damage, in either language
                 "“We are disappointed by this decision,” Foreign Minister Jane Doyle told reporters.\n",
                 "Il ministro Paolo Rossi ha detto che la decisione è deludente.\n",
                 "Foreign Minister Jane Doyle said the tariffs were damaging to both economies.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["stance"] == "oppose", text


def test_a_name_before_the_comma_is_the_subject_unless_the_name_after_the_verb_closes_a_parenthesis(tmp_path, vocabulary):
    text = ("Foreign Minister Tom Berg met the press.\n\n"
            "His spokesman, Jane Doyle, said the minister was deeply alarmed by the escalation.\n\n"
            "Chile, said Foreign Minister Jane Doyle, was misleading the public.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["position"]["en"]) for r in records] == [
        (["Jane Doyle"], "the minister was deeply alarmed by the escalation"),
        (["Jane Doyle"], "Chile, said Foreign Minister Jane Doyle, was misleading the public")]
    assert records[0]["stance"] == "oppose"


def test_cosi_after_a_quotation_attributes_it_and_the_two_are_the_participants(tmp_path, vocabulary):
    text = ("\"Il Cile deve tornare al tavolo dei negoziati\". Così il ministro degli Esteri Paolo Rossi, "
            "intervenendo al Consiglio a Bruxelles.\n")
    [record] = records_of(tmp_path, vocabulary, text)
    assert (record["actors"], record["act"], record["verb"]) == (["Paolo Rossi"], "state", {"it": "Così"})
    assert record["position"]["it"] == "Il Cile deve tornare al tavolo dei negoziati"
    # "così" inside a sentence attributes nothing
    assert records_of(tmp_path, vocabulary, "Il governo ha fatto così il suo dovere.\n") == []
    text = ("Foreign Minister Jane Doyle spoke by phone with Foreign Minister Tom Berg. "
            "The two discussed the next steps towards a ceasefire, the ministry said.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle", "Tom Berg"], "consult")]


def test_the_subject_of_a_verb_after_that_stands_after_it_not_before(tmp_path, vocabulary):
    # "told X that Y opposed": X is whom it was told; the speaker's own country opposing is the speaker's act
    [record] = records_of(tmp_path, vocabulary, "Foreign Minister Hakan Fidan told his Iranian counterpart Abbas "
                                                "Araghchi that Türkiye opposed any escalation in the region.\n")
    assert (record["actors"], record["act"]) == (["Hakan Fidan"], "reject")
    [record] = records_of(tmp_path, vocabulary, "Il ministro Hakan Fidan ha detto al suo omologo Abbas Araghchi "
                                                "che la Turchia respinge ogni escalation.\n")
    assert (record["actors"], record["act"]) == (["Hakan Fidan"], "reject")


def test_whom_it_is_said_to_is_not_part_of_what_is_said(tmp_path, vocabulary):
    for text, position in (
            ("Foreign Minister Jane Doyle told her counterpart Tom Berg that the blockade was unacceptable.\n",
             "the blockade was unacceptable"),
            ("Foreign Minister Jane Doyle told Reuters that the blockade was unacceptable.\n",
             "the blockade was unacceptable"),
            ("Il ministro Paolo Rossi ha detto al suo omologo che il blocco è inaccettabile.\n",
             "il blocco è inaccettabile"),
            # a "that" after a noun relates it: the noun is part of what is said
            ("Foreign Minister Jane Doyle condemned the attacks in Chile today that targeted civilians.\n",
             "the attacks in Chile today that targeted civilians")):
        [record] = records_of(tmp_path, vocabulary, text)
        assert list(record["position"].values()) == [position], text
        assert record["targets"] == [], text


def test_a_position_ends_where_the_next_speaker_begins(tmp_path, vocabulary):
    text = ("German Foreign Minister Johann Wadephul welcomed the ceasefire, while his French counterpart "
            "Jean-Noël Barrot warned that it remained fragile.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["targets"]) for r in records] == [
        (["Johann Wadephul"], "support", []), (["Jean-Noël Barrot"], "warn", [])]
    assert records[0]["position"]["en"] == "the ceasefire"


def test_whom_a_war_is_waged_against_is_no_target_whatever_the_stance(tmp_path, vocabulary):
    [record] = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle welcomed the extension of the sanctions "
                                                "against Peru for its war against Chile.\n")
    assert record["stance"] == "support" and record["targets"] == ["Peru"]
    # a supporting position may want pressure on someone: they remain its target
    [record] = records_of(tmp_path, vocabulary, "Il ministro Paolo Rossi ha ribadito la necessità di esercitare "
                                                "pressioni su Mosca per la pace.\n")
    assert record["targets"] == ["Russia"]


def test_what_is_wanted_ended_counts_for_support(tmp_path, vocabulary):
    for text in ("Foreign Minister Jane Doyle stressed the need for an end to the violence.\n",
                 "Foreign Minister Jane Doyle emphasized that the attacks must stop.\n",
                 "Il ministro Paolo Rossi ha sottolineato l'urgenza della cessazione delle ostilità e della fine "
                 "delle violenze.\n",
                 # or fought: "the fight against terrorism", "combating", "la lotta al terrorismo"
                 "Minister Jane Doyle reaffirmed Chile's commitment to the fight against terrorism.\n",
                 "Minister Jane Doyle stressed the importance of combating terrorism and violent extremism.\n",
                 "Il ministro Tom Berg ha ribadito l'impegno dell'Italia nella lotta al terrorismo.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["stance"] == "support", text
    [record] = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle emphasized that the violence is "
                                                "unacceptable.\n")
    assert record["stance"] == "oppose"


def test_launching_or_renewing_an_appeal_is_one(tmp_path, vocabulary):
    for text in ("Foreign Minister Jane Doyle spoke. The minister launched an appeal to the parties.\n",
                 "Il ministro Paolo Rossi ha lanciato un nuovo appello per la pace.\n"):
        assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == ["appeal"], text
    [record] = records_of(tmp_path, vocabulary, "«Basta con la guerra», ha detto il ministro Paolo Rossi.\n")
    assert record["stance"] == "oppose"


def test_whom_an_oblique_relative_names_is_spoken_to_not_speaking(tmp_path, vocabulary):
    for text in ("La premier Giorgia Meloni ha sentito al telefono il presidente ucraino Volodymyr Zelensky, "
                 "al quale ha ribadito il sostegno dell'Italia.\n",
                 "Foreign Minister Jane Doyle called Foreign Minister Tom Berg, to whom she reaffirmed her support.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["act"] == "reaffirm" and len(record["actors"]) == 1, text
    assert records_of(tmp_path, vocabulary, "La premier Giorgia Meloni ha sentito al telefono il presidente ucraino "
                                            "Volodymyr Zelensky, al quale ha ribadito il sostegno.\n")[0]["actors"] == [
        "Giorgia Meloni"]


def test_a_report_after_while_or_but_is_a_clause_of_its_own_not_a_closing_one(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle praised the partnership between the two countries, while Foreign "
            "Minister Tom Berg said Peru would continue to buy Chilean copper.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], list(r["position"].values())) for r in records] == [
        (["Jane Doyle"], "support", ["the partnership between the two countries"]),
        (["Tom Berg"], "state", ["Peru would continue to buy Chilean copper"])]


def test_an_unnamed_source_says_nothing_and_no_earlier_speaker_stands_in(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle said the talks were useful.\n\n"
            "Diplomatic sources said the blockade would end soon.\n\n"
            "Fonti diplomatiche hanno riferito ieri sera ai giornalisti che il blocco navale nel porto di Odessa "
            "finirà presto.\n\n"
            "A senior official said the blockade would end soon.\n")  # the Italian no translation: twice as long
    path = tmp_path / "doc.txt"
    path.write_text(" date 2025-05-17\n" + text, encoding="utf-8")
    found = extract_document(read(path, vocabulary), vocabulary)
    assert [[a.name for a in r.actors] for r in found.records] == [["Jane Doyle"]]
    assert len(found.unattributed) == 3
    # an official of a named institution speaks for it; "the two officials" are the participants
    [record] = records_of(tmp_path, vocabulary, "US officials said the blockade would end soon.\n")
    assert record["actors"] == ["United States"]


def test_defending_a_decision_supports_it_and_ends_the_position_before_it(tmp_path, vocabulary):
    text = ("Il presidente Paolo Rossi ha ricevuto il ministro degli Esteri Tom Berg. Nel corso dell'incontro, "
            "Rossi ha condannato gli attacchi sul Cile, mentre Berg ha difeso l'operazione militare.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["targets"]) for r in records] == [
        (["Paolo Rossi"], "criticize", []), (["Tom Berg"], "support", [])]
    [record] = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle defended the decision to close the border.\n")
    assert record["act"] == "support"


def test_the_place_one_is_invited_to_visit_is_no_target(tmp_path, vocabulary):
    for text in ("Foreign Minister Jane Doyle met with Foreign Minister Tom Berg. Doyle invited Berg to visit Santiago.\n",
                 "Il ministro Paolo Rossi ha incontrato l'omologo Tom Berg. Rossi ha invitato Berg a visitare Roma.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert (record["act"], record["targets"]) == ("appeal", ["Tom Berg"]), text


def test_the_ministers_of_a_named_group_are_the_group(tmp_path, vocabulary):
    text = ("The Foreign Ministers of the Quad reaffirmed their commitment to a free and open Indo-Pacific. "
            "They condemned the missile launches.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Quad"], "reaffirm"), (["Quad"], "criticize")]
    [record] = records_of(tmp_path, vocabulary, "L'Alto rappresentante Kaja Kallas ha dichiarato che la pressione "
                                                "su Mosca continuerà.\n")
    assert record["stance"] == "oppose"


def test_a_quotation_of_the_reporters_own_side_is_the_reporters_act(tmp_path, vocabulary):
    for text in ("“Italy firmly supports the peace process,” Foreign Minister Antonio Tajani said.\n",
                 "«L'Italia sostiene con convinzione il processo di pace», ha dichiarato il ministro degli Esteri "
                 "Antonio Tajani.\n"):
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
            (["Antonio Tajani"], "support")], text
    # another side's, quoted, stays theirs
    records = records_of(tmp_path, vocabulary, "“Russia rejects the plan,” Foreign Minister Antonio Tajani said.\n")
    assert [(r["actors"], r["act"]) for r in records][0] == (["Russia"], "reject")


def test_according_to_a_source_names_them_and_what_they_say_begins_after_the_comma(tmp_path, vocabulary):
    # the source may be a name the gazetteer lacks: "according to" is a cue of a person's name
    texts = {"According to Jane Doyle, the sanctions are unjust.\n": (["Jane Doyle"], "the sanctions are unjust"),
             "According to Sergey Lavrov, the sanctions are unjust.\n": (["Sergey Lavrov"], "the sanctions are unjust"),
             "Secondo Paolo Rossi, le sanzioni sono ingiuste.\n": (["Paolo Rossi"], "le sanzioni sono ingiuste")}
    for text, (actors, position) in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert (record["actors"], next(iter(record["position"].values()))) == (actors, position), text


def test_a_keyword_completing_a_title_in_the_subject_names_no_topic(tmp_path, vocabulary):
    # "Trade" of the ministry's name, "Energia" of the minister's title: the post, not the matter
    for text in ("The Ministry of Foreign Affairs and Trade of Jamaica said the embassy would be closed.\n",
                 "Jane Doyle, Minister of Foreign Affairs and Foreign Trade, said the embassy would be closed.\n",
                 "Il ministro dell'Energia Paolo Rossi ha detto che l'ambasciata sarà chiusa.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["topics"] == ["diplomatic-contacts"], text
    # the keyword in the position, or opening the sentence as a matter, still names its topic
    [record] = records_of(tmp_path, vocabulary, "Trade talks will resume, the Minister of Trade Jane Doyle said.\n")
    assert record["topics"] == ["trade"]
    [record] = records_of(tmp_path, vocabulary, "Su Gaza, il ministro Paolo Rossi ha detto che serve una tregua.\n")
    assert record["topics"] == ["middle-east-conflict"]


def test_how_the_speaker_takes_it_belongs_to_the_verb_not_the_position(tmp_path, vocabulary):
    # "noted with concern", "ha rilevato con soddisfazione": the feeling still decides the stance
    texts = {"Jane Doyle noted with concern the situation in the border region.\n":
             ("oppose", "the situation in the border region"),
             "Jane Doyle noted with satisfaction that exports had grown.\n": ("support", "exports had grown"),
             "Il ministro degli Esteri Paolo Rossi ha rilevato con preoccupazione che la crisi si aggrava.\n":
             ("oppose", "la crisi si aggrava")}
    for text, (stance, position) in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert (record["stance"], next(iter(record["position"].values()))) == (stance, position), text


def test_a_note_that_opens_with_a_feeling_has_its_statement_and_the_signature_says_whose_role_it_is(tmp_path, vocabulary):
    # "is deeply alarmed by", "reminds": a UN note's present tense; the Secretary-General is the
    # incumbent of the organisation the signing spokesman speaks for, though the note never names it
    text = ("The Secretary-General is deeply alarmed by the fighting in the northern provinces. He reminds all "
            "parties of their obligations under international humanitarian law.\n\n"
            "Stéphane Dujarric, Spokesman for the Secretary-General\n")
    records = records_of(tmp_path, vocabulary, text, name="note-2025-05-06.txt")
    assert [(r["actors"], r["act"], next(iter(r["position"].values()))) for r in records] == [
        (["António Guterres"], "state", "the fighting in the northern provinces"),
        (["António Guterres"], "state", "all parties of their obligations under international humanitarian law")]
    texts = {"Jane Doyle is pleased with the outcome of the vote.\n": "support",
             "Jane Doyle looks forward to the next round of talks.\n": "express-intent",
             "Jane Doyle raised concerns about the arrests of journalists.\n": "state",  # not a consultation
             "Jane Doyle described the vote as a step forward.\n": "state"}
    for text, act in texts.items():
        assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == [act], text


def test_a_commitment_that_remains_is_an_intent(tmp_path, vocabulary):
    # the closing line of many statements: "The EU remains committed to…", "L'Italia resta impegnata a…"
    text = ("The EU remains committed to supporting the Georgian people in their European aspirations.\n\n"
            "Chile and Peru remain fully committed to the peace process.\n\n"
            "L'Italia resta impegnata a sostenere il processo di pace.\n")
    assert [(r["actors"], r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["European Union"], "express-intent", "support"), (["Chile", "Peru"], "express-intent", "support"),
        (["Italy"], "express-intent", "support")]


def test_greetings_conveyed_state_goodwill_and_an_invitation_extended_asks(tmp_path, vocabulary):
    # the courtesies of readouts: "conveyed the greetings of…" (as condolences: state, support),
    # "extended an invitation to… to visit" (as "invited": appeal)
    texts = {"Minister Tom Berg conveyed the greetings of President Ana Ruiz to President Luis Vega.\n": ("state", "support"),
             "Il ministro Tom Berg ha trasmesso i saluti del presidente Ana Ruiz.\n": ("state", "support"),
             "Minister Jane Doyle extended an invitation to Minister Tom Berg to visit Santiago.\n": ("appeal", "support"),
             "Il ministro Tom Berg ha rivolto un invito al suo omologo a visitare Roma.\n": ("appeal", "support")}
    for text, (act, stance) in texts.items():
        assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [(act, stance)], text


def test_over_after_a_verb_of_feeling_opens_what_it_is_about(tmp_path, vocabulary):
    # "expressed concern over X", "regrets over X": X is the position, as "about X" would be
    texts = {"Jane Doyle expressed concern over the arrests of journalists.\n": "the arrests of journalists",
             "Chile's foreign ministry expresses regret over the incident at the border.\n": "the incident at the border"}
    for text, position in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert next(iter(record["position"].values())) == position, text


def test_a_verb_word_right_after_a_verb_is_its_object_not_a_clause(tmp_path, vocabulary):
    # "calls", "demands" are verbs elsewhere; after a verb, alone or with an article, they are nouns
    texts = {"Jane Doyle welcomed calls for a ceasefire in the region.\n": ("support", "calls for a ceasefire in the region"),
             "Jane Doyle rejected the demands for reparations.\n": ("reject", "the demands for reparations"),
             "Jane Doyle said calls for a boycott were growing.\n": ("state", "calls for a boycott were growing")}
    for text, (act, position) in texts.items():
        assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
            (act, position)], text
    # a verb after a coordination is a clause of its own
    records = records_of(tmp_path, vocabulary, "Jane Doyle welcomed the talks and called for a ceasefire.\n")
    assert [r["act"] for r in records] == ["support", "appeal"]


def test_a_verb_between_a_noun_and_the_agent_of_a_passive_is_no_statement(tmp_path, vocabulary):
    # "the results announced by the council": what the results are, not what anyone says
    text = ("Jane Doyle said the talks were useful.\n\n"
            "The results announced by the electoral council lack any credibility.\n\n"
            "The measures adopted by the council are illegal, Jane Doyle added.\n")
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "the talks were useful"), (["Jane Doyle"], "The measures adopted by the council are illegal")]
    # a named subject's verb before "by" is still theirs ("Ruritania announced by decree that…")
    [record] = records_of(tmp_path, vocabulary, "Jane Doyle announced by phone that the talks would resume.\n")
    assert record["actors"] == ["Jane Doyle"]
    # between commas ("the offensive, supported by Ruritania,") or glued to a name by a hyphen
    # ("the Ruritania-backed militia") the participle still only describes: no one says anything
    text = ("Chile condemned the offensive by the armed group, supported by the Ruritanian army, on the capital.\n\n"
            "Peru said that the militia, backed by foreign fighters, had seized the town.\n\n"
            "Jane Doyle condemned the attacks by the Iran-backed militias on shipping.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile"], "criticize"), (["Peru"], "state"), (["Jane Doyle"], "criticize")]


def test_an_adverb_inside_a_light_verb_keeps_it_one_verb_with_its_noun(tmp_path, vocabulary):
    # "ha anche espresso sostegno", "ha poi espresso il suo sostegno": as "ha espresso sostegno"
    for text in ("Il ministro Paolo Rossi ha anche espresso sostegno all'iniziativa per una tregua.\n",
                 "Il ministro Paolo Rossi ha poi espresso il suo sostegno all'iniziativa per una tregua.\n"):
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
            (["Paolo Rossi"], "support")], text


def test_an_agentless_passive_in_a_text_that_names_no_person_is_the_last_speakers(tmp_path, vocabulary):
    # "It must be pointed out that…" in a ministry's note that names only its country
    text = "Chile believes that the new sanctions are illegal. It must be pointed out that such measures harm citizens.\n"
    assert [(r["actors"], r["method"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile"], "rules:subject"), (["Chile"], "rules:agentless-passive")]


def test_an_unofficial_translation_note_pairs_the_text_with_its_translation(tmp_path, vocabulary):
    text = ("Il ministro Paolo Rossi ha condannato l'attacco contro la missione in Libano.\n\n"
            "(Traduzione non ufficiale)\n\n"
            "Minister Paolo Rossi condemned the attack on the mission in Lebanon.\n")
    [record] = records_of(tmp_path, vocabulary, text)
    assert sorted(record["position"]) == ["en", "it"] and record["actors"] == ["Paolo Rossi"]


def test_the_common_words_of_a_matter_name_its_topic(tmp_path, vocabulary):
    # words of the field's vocabulary that no dev text happens to use
    texts = {"Jane Doyle called for a free trade agreement with the region.\n": "trade",
             "Jane Doyle condemned the launch of ballistic missiles over the sea.\n": "arms-control",
             "Il ministro Paolo Rossi ha chiesto di fermare i trafficanti di esseri umani.\n": "migration",
             "Il ministro Paolo Rossi ha sottolineato l'importanza della difesa europea.\n": "european-security",
             "«L'Europa deve fare di più per la difesa comune», ha aggiunto Paolo Rossi.\n": "european-security",
             "Il ministro Paolo Rossi ha condannato l'attacco contro la missione Unifil.\n": "middle-east-conflict",
             "Jane Doyle called for respect of the Blue Line.\n": "middle-east-conflict",
             "Jane Doyle condemned the fighting in El Fasher.\n": "africa",
             "Jane Doyle condemned the attacks by the Rapid Support Forces.\n": "africa"}
    for text, topic in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert topic in record["topics"], text


def test_the_environment_is_climate_but_a_security_environment_is_not(tmp_path, vocabulary):
    texts = {"Foreign Minister Jane Doyle said that both countries must protect the environment.\n": True,
             "Foreign Minister Jane Doyle stressed the importance of environmental cooperation.\n": True,
             "Il ministro Paolo Rossi ha sottolineato l'importanza della tutela dell'ambiente.\n": True,
             "Foreign Minister Jane Doyle said cooperation matters in the current security environment.\n": False,
             "Il ministro Paolo Rossi ha detto che il Cile offre un ambiente favorevole agli investimenti.\n": False}
    for text, climate in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert ("climate" in record["topics"]) is climate, text


def test_sorrow_expressed_is_a_statement_and_a_disaster_is_humanitarian(tmp_path, vocabulary):
    for text in ("We, the Foreign Ministers of the G7, express our deep sorrow over the loss of lives caused by the earthquake.\n",
                 "I ministri degli Esteri del G7 esprimono il loro profondo dolore per le vittime del terremoto.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert (record["actors"], record["act"], record["stance"], record["topics"]) == (
            ["G7"], "state", "support", ["humanitarian"]), text


def test_the_present_tense_of_a_press_release_is_a_statement(tmp_path, vocabulary):
    texts = {"The Republic of Chile affirms its support for the talks.\n": "reaffirm",
             "Chile declares that the border will stay open.\n": "state",
             "Chile exhorts the parties to return to the table.\n": "appeal",
             "Chile concurs with the findings of the panel.\n": "agree"}
    for text, act in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert (record["actors"], record["act"]) == (["Chile"], act), text
    # the forms that are nouns too are no verbs: "member states", "thanks to"
    assert records_of(tmp_path, vocabulary, "The member states of the Union met in Lima.\n") == []


def test_gratitude_said_with_an_adjective_is_support(tmp_path, vocabulary):
    for text in ("Chile is grateful for the support of Peru.\n", "Il Cile è grato al Perù per il sostegno.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert (record["actors"], record["act"], record["targets"]) == (["Chile"], "support", ["Peru"]), text


def test_what_an_italian_item_says_a_call_was_about_is_the_participants_consultation(tmp_path, vocabulary):
    for opening in ("Colloquio telefonico tra il ministro degli Esteri Paolo Rossi e il suo omologo cileno Jane Doyle.",
                    "Telefonata tra il ministro degli Esteri Paolo Rossi e la ministra cilena Jane Doyle."):
        for about in ("Al centro della conversazione la situazione in Medio Oriente.",
                      "Al centro della telefonata la situazione in Medio Oriente."):
            [record] = records_of(tmp_path, vocabulary, f"{opening} {about}\n")
            assert (record["actors"], record["act"], record["joint"]) == (["Paolo Rossi", "Jane Doyle"], "consult", True)


def test_according_to_whom_after_a_name_gives_them_the_rest(tmp_path, vocabulary):
    texts = {"Più cauto il collega cileno Paolo Rossi, per il quale «le sanzioni hanno fallito».\n":
             ("Paolo Rossi", "le sanzioni hanno fallito"),
             "Il ministro Paolo Rossi, secondo cui la tregua è fragile, ha chiesto nuovi colloqui.\n":
             ("Paolo Rossi", "la tregua è fragile"),
             "The talks ended, said Foreign Minister Jane Doyle, according to whom the border will stay closed.\n":
             ("Jane Doyle", "the border will stay closed")}
    for text, (actor, position) in texts.items():
        records = records_of(tmp_path, vocabulary, text)
        assert ([actor], "state", position) in [(r["actors"], r["act"], next(iter(r["position"].values())))
                                                 for r in records], text


def test_a_reply_noun_whose_speaker_and_colon_open_a_quotation_is_their_statement(tmp_path, vocabulary):
    texts = {"Dura la replica della ministra Chiara Bianchi: «Il governo non ha una strategia».\n":
             ("Chiara Bianchi", "Il governo non ha una strategia"),
             "The reaction of Foreign Minister Jane Doyle: \"This is unacceptable.\"\n":
             ("Jane Doyle", "This is unacceptable")}
    for text, (actor, position) in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert (record["actors"], record["act"], next(iter(record["position"].values()))) == ([actor], "state", position)
    # the noun alone says nothing
    [record] = records_of(tmp_path, vocabulary, "The reply of Chile was slow, Foreign Minister Jane Doyle said.\n")
    assert record["actors"] == ["Jane Doyle"]


def test_a_speech_noun_heading_the_position_decides_its_stance(tmp_path, vocabulary):
    texts = {"Foreign Minister Jane Doyle reaffirmed Chile's solidarity with Peru in the fight against terrorism.\n": "support",
             "Foreign Minister Jane Doyle reaffirmed its full support for the fight against organised crime.\n": "support",
             "Il ministro Paolo Rossi ha ribadito la piena solidarietà dell'Italia nella lotta contro il terrorismo.\n": "support",
             "Foreign Minister Jane Doyle reaffirmed Chile's rejection of any peace plan.\n": "oppose",
             # a noun of taking sides that is no cue itself: its act's stance
             "Foreign Minister Jane Doyle reiterated Chile's opposition to the sanctions.\n": "oppose",
             "Il ministro Paolo Rossi ha ribadito la contrarietà dell'Italia alle sanzioni.\n": "oppose"}
    for text, stance in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["stance"] == stance, text


def test_a_pronoun_before_anyone_has_spoken_is_the_meetings_subject(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle spoke with her Peruvian counterpart, Foreign Minister Tom Berg, on Monday. "
            "She called for restraint on the border.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Jane Doyle"]]
    # once someone has spoken, the pronoun is theirs
    text = ("Foreign Minister Jane Doyle spoke with her Peruvian counterpart, Foreign Minister Tom Berg, on Monday. "
            "Berg said the border would stay open. He called for restraint.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Tom Berg"], ["Tom Berg"]]


def test_apprising_a_counterpart_is_a_statement_as_informing_is(tmp_path, vocabulary):
    for text in ("Foreign Minister Jane Doyle apprised Foreign Minister Tom Berg of the situation on the border.\n",
                 "Il ministro Paolo Rossi ha aggiornato il collega Tom Berg sulla situazione al confine.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["act"] == "state", text


def test_more_nouns_and_light_verbs_make_acts(tmp_path, vocabulary):
    texts = {"Il ministro Paolo Rossi ha rilanciato l'appello per un cessate il fuoco.\n": "appeal",
             "Il ministro Paolo Rossi ha espresso vicinanza al popolo cileno.\n": "support",
             "Il ministro Paolo Rossi ha lanciato un monito contro l'escalation.\n": "warn",
             "Foreign Minister Jane Doyle issued a warning against escalation.\n": "warn"}
    for text, act in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert record["act"] == act, text


def test_an_institution_saying_what_it_does_makes_one_statement(tmp_path, vocabulary):
    texts = {"Chile said it was ready to mediate between the parties.\n": ("express-intent", "mediate between the parties"),
             "The Chilean Foreign Ministry said that it was ready to help.\n": ("express-intent", "help"),
             "Peru said it welcomed the proposal of the mediators.\n": ("support", "the proposal of the mediators"),
             # when it was said, or an adverb of the inner verb, between: the same reporter
             "Chile said on Monday that it was ready to help.\n": ("express-intent", "help"),
             "Peru said it strongly opposes the new tariffs.\n": ("reject", "the new tariffs"),
             "Chile said on Tuesday evening that it firmly rejects the proposal.\n": ("reject", "the proposal"),
             "Peru said on Monday it firmly opposes the tariffs.\n": ("reject", "the tariffs"),
             "Foreign Minister Jane Doyle said yesterday she strongly supports the plan.\n": ("support", "the plan")}
    for text, (act, position) in texts.items():
        records = records_of(tmp_path, vocabulary, text)
        assert [(r["act"], r["position"]["en"]) for r in records] == [(act, position)], text
    # an "It" of its own is no reporter's: an agentless passive
    path = tmp_path / "ministry.txt"
    path.write_text(" date 2025-05-17\nForeign Minister Jane Doyle met Foreign Minister Tom Berg. "
                    "It was agreed that the talks would resume.\n", encoding="utf-8")
    [record] = [record_to_json(r) for r in extract(read(path, vocabulary), vocabulary)]
    assert record["method"] != "rules:coordinated"


def test_a_statement_its_issuer_introduces_with_a_colon_is_theirs(tmp_path, vocabulary):
    texts = {('Statement on Haiti\n\nForeign Minister Jane Doyle today issued the following statement on the situation '
              'in Haiti:\n\n"We condemn the attacks on the civilian population. We call on all parties to return to '
              'dialogue."\n'): [(["Jane Doyle"], "criticize"), (["Jane Doyle"], "appeal")],
             ("Dichiarazione sulla crisi\n\nIl ministro Paolo Rossi ha rilasciato la seguente dichiarazione:\n\n"
              "«Condanniamo gli attacchi contro la popolazione civile.»\n"): [(["Paolo Rossi"], "criticize")]}
    for text, wanted in texts.items():
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == wanted, text


def test_a_quotations_we_is_who_is_quoted_not_whom_it_names(tmp_path, vocabulary):
    text = ('Statement on the attack\n\nChile\'s Foreign Minister Jane Doyle said:\n\n'
            '"Chile condemns the attack on aid workers. We call on the parties to protect them."\n')
    # and what the quoted minister says her own country does is hers too (as the guide has "'China
    # will continue…,' she said" Mao Ning's)
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "criticize"), (["Jane Doyle"], "appeal")]
    # a first line that ends with a colon is no headline: it introduces what follows
    text = ('Chile\'s Foreign Minister Jane Doyle said:\n\n'
            '"Chile condemns the attack on aid workers. We call on the parties to protect them."\n')
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "criticize"), (["Jane Doyle"], "appeal")]
    # a government's release writes the statement it introduces without marks, over paragraphs:
    # still hers, her "I" and "we" and her own side's sentences, up to a heading or another speaker
    text = ("Statement on the detention of aid workers\n\nForeign Secretary Jane Doyle said:\n\n"
            "Chile is deeply concerned by the detention of aid workers in Peru. We have raised their cases.\n\n"
            "I spoke to Foreign Minister Tom Berg today and urged him to release them.\n\n"
            "Notes to editors\n\nChile has provided aid to Peru since 2020.\n\nChile condemned the arrests.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text, "unmarked.txt")] == [
        (["Jane Doyle"], "state"), (["Jane Doyle"], "consult"), (["Jane Doyle"], "appeal"), (["Chile"], "criticize")]
    # honorifics and letters after the name are no part of it
    text = "Statement\n\nThe Rt Hon Jane Doyle MP, Foreign Secretary, said the talks were useful.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Jane Doyle"]]


def test_an_anonymous_source_stays_anonymous_across_asides_and_its_next_verbs(tmp_path, vocabulary):
    opening = "Foreign Minister Jane Doyle said the talks were useful. "
    for text in ("European diplomats, speaking on condition of anonymity, said they feared the talks would collapse.",
                 "Two officials, who asked not to be named, said the talks would collapse.",
                 "A senior official said the talks would collapse and urged patience.",
                 # whose source it is, by a word of the lexicon, names no one
                 "An Israeli official, who declined to be named, said the talks would collapse.",
                 "A Western diplomat said the talks would collapse.",
                 # a country's name that is also its demonym is one too
                 "A senior U.S. official, speaking on condition of anonymity, said the talks would collapse.",
                 "A US official said the talks would collapse."):
        records = records_of(tmp_path, vocabulary, opening + text + "\n")
        assert [r["actors"] for r in records] == [["Jane Doyle"]], text
    # a named subject with an aside still speaks
    records = records_of(tmp_path, vocabulary, opening + "Tom Berg, the Peruvian foreign minister, said they would talk.\n")
    assert [r["actors"] for r in records] == [["Jane Doyle"], ["Tom Berg"]]


def test_according_to_a_source_what_another_actor_did_is_that_actors_statement(tmp_path, vocabulary):
    text = ("MOSCOW, June 3 (TASS) - Russian Foreign Minister Sergey Lavrov and his Turkish counterpart Hakan Fidan "
            "discussed the border in a phone call on Tuesday, the Russian Foreign Ministry said. According to the "
            "ministry, Lavrov stressed the importance of the agreements.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records][-1:] == [(["Sergey Lavrov"], "emphasize")]
    assert not any(r["position"]["en"] == "Lavrov" for r in records)
    # what the source itself says stays its own
    [record] = records_of(tmp_path, vocabulary, "According to Foreign Minister Jane Doyle, the talks were useful.\n")
    assert (record["actors"], record["act"]) == (["Jane Doyle"], "state")


def test_a_closing_report_followed_by_another_keeps_what_precedes_it(tmp_path, vocabulary):
    for text in ("The plan is a good basis for talks, Foreign Minister Jane Doyle said on Monday, according to the ministry.\n",
                 "The plan is a good basis for talks, Foreign Minister Jane Doyle wrote in a letter, "
                 "the Chilean Foreign Ministry said.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert (record["actors"], record["position"]["en"]) == (["Jane Doyle"], "The plan is a good basis for talks"), text


def test_whom_a_verb_of_informing_tells_is_no_part_of_what_is_said(tmp_path, vocabulary):
    texts = {"Foreign Minister Jane Doyle informed Foreign Minister Tom Berg about the attack on the border.\n":
             "the attack on the border",
             "Foreign Minister Jane Doyle briefed Peru on the situation on the border.\n": "the situation on the border",
             "Il ministro Paolo Rossi ha aggiornato il collega Tom Berg sulla situazione al confine.\n":
             "situazione al confine",
             # a "that" after whom it tells, as before
             "Foreign Minister Jane Doyle informed the press that the border would stay open.\n":
             "the border would stay open"}
    for text, position in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert next(iter(record["position"].values())) == position, text


def test_an_aside_between_subject_and_verb_leaves_the_subject_before_it(tmp_path, vocabulary):
    # "Doyle, for her part, stressed that the two countries…": no inverted subject after the verb
    text = ("Foreign Minister Jane Doyle received Peru's Foreign Minister Tom Berg in Santiago. "
            "Doyle, for her part, stressed that the two countries must work together against organised crime.\n")
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "the two countries must work together against organised crime")]


def test_a_negated_verb_is_no_act_of_its_own(tmp_path, vocabulary):
    # what was not done is not stated: no condemnation in "did not condemn"; a quotation's denial
    # is a statement of the verb that reports it
    text = ("Jane Doyle said the talks were useful. Doyle did not condemn the attack on the convoy.\n\n"
            "Il ministro Paolo Rossi non ha condannato l'attacco.\n\n"
            "“We have never refused dialogue,” Doyle told reporters.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "state"), (["Jane Doyle"], "state")]


def test_an_agencys_present_tense_is_a_verb_and_after_a_determiner_a_noun(tmp_path, vocabulary):
    # "La Farnesina condanna fermamente…": the verb, its manner not in the position; "la condanna",
    # "un messaggio di condanna": the noun, no statement
    text = ("La Farnesina condanna fermamente l'attacco contro la sede diplomatica.\n\n"
            "La condanna dell'Ue è stata unanime. Un messaggio di condanna è arrivato da Roma.\n")
    assert [(r["actors"], r["act"], next(iter(r["position"].values())))
            for r in records_of(tmp_path, vocabulary, text)] == [
        (["Italian Ministry of Foreign Affairs"], "criticize", "l'attacco contro la sede diplomatica")]


def test_a_clause_after_the_one_attributing_a_quotation_keeps_its_own_position(tmp_path, vocabulary):
    text = "«Si tratta di un atto inaccettabile», ha detto Paolo Rossi, che ha espresso solidarietà al personale.\n"
    assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [
        "Si tratta di un atto inaccettabile", "al personale"]


def test_what_is_told_to_reporters_begins_after_that(tmp_path, vocabulary):
    texts = {"Jane Doyle told reporters that Chile would host a conference.\n": "Chile would host a conference",
             "Il ministro Paolo Rossi ha detto ai giornalisti che l'Italia ospiterà la conferenza.\n":
             "l'Italia ospiterà la conferenza",
             # a place after its preposition is no addressee: the "that" opens a relative clause
             "Chile condemns the attack in Lima that killed dozens of civilians.\n":
             "the attack in Lima that killed dozens of civilians"}
    for text, position in texts.items():
        assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [position], text


def test_cosi_after_a_quotation_attributes_it_and_longer_according_to_phrases(tmp_path, vocabulary):
    # "«…». Così il ministro X a margine del vertice.": the quotation before is X's, comma or not
    texts = {"«L'Europa deve fare di più». Così il ministro degli Esteri Paolo Rossi a margine del vertice.\n": "Paolo Rossi",
             "«L'Europa deve fare di più». Così il ministro degli Esteri Paolo Rossi, a margine del vertice.\n": "Paolo Rossi",
             # a feminine role after an elided article
             "«L'Europa deve fare di più». Così l'Alta rappresentante Paola Ferri al suo arrivo.\n": "Paola Ferri"}
    for text, actor in texts.items():
        assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] \
            == [([actor], "L'Europa deve fare di più")], text
    text = "Secondo quanto riferito da Paolo Rossi, la decisione arriverà a giugno.\n"
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi"], "la decisione arriverà a giugno")]


def test_a_process_named_after_a_place_does_not_mention_the_place(tmp_path, vocabulary):
    # "the Astana format": Astana is Kazakhstan's capital, but the format is no target of the speaker's
    text = "Jane Doyle emphasised the importance of the Astana format for the talks.\n"
    [record] = records_of(tmp_path, vocabulary, text)
    assert record["targets"] == [] and "caucasus-central-asia" not in record["topics"]
    # two places before one plural noun, and Italian's "di" before a city; not "di" before a country
    # ("la dichiarazione di Israele" is Israel's) nor English "of" ("the peace process of Mali")
    texts = {"Chile supports the Luanda and Nairobi processes.\n": [],
             "Paolo Rossi ha detto che l'Italia sostiene i processi di Luanda e Nairobi.\n": [],
             "Paolo Rossi ha ribadito il sostegno dell'Italia agli accordi di Minsk.\n": [],
             "Paolo Rossi ha criticato la dichiarazione di Israele.\n": ["Israel"],
             "Chile welcomed the progress in the peace process of Mali.\n": ["Mali"]}
    for text, targets in texts.items():
        assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [targets], text


def test_lo_before_any_verb_refers_back_and_the_own_sides_act_before_it_is_the_reporters(tmp_path, vocabulary):
    # "X. Lo ha assicurato Y": the pronoun before a verb label of its own; what Y's own side does in
    # the sentence before is Y's statement, its verb deciding the act (one record, not two)
    text = ("L'Italia è pronta a sostenere la ricostruzione. "
            "Lo ha assicurato il ministro degli Esteri Paolo Rossi al termine del vertice.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi"], "express-intent")]
    # and so when the sentence before is quoted, as agency items open
    quoted = ("«L'Italia è pronta a sostenere la ricostruzione». "
              "Lo ha detto il ministro degli Esteri Paolo Rossi a margine del vertice.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, quoted)] == [
        (["Paolo Rossi"], "express-intent")]


def test_a_position_ends_before_the_word_that_opens_the_next_clause(tmp_path, vocabulary):
    # "…farà la sua parte, ma ha escluso…": the "ma" is the next clause's
    text = "Il ministro Paolo Rossi ha ribadito che l'Italia farà la sua parte, ma ha escluso l'invio di truppe.\n"
    assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [
        "l'Italia farà la sua parte", "l'invio di truppe"]


def test_the_agent_of_a_passive_reporting_verb_is_its_actor(tmp_path, vocabulary):
    # "was condemned by Moscow", "welcomed by the European Union": who did it is named after "by"
    text = "The decision was condemned by Moscow. The plan was welcomed by the European Union.\n"
    assert [(r["actors"], r["act"], next(iter(r["position"].values())))
            for r in records_of(tmp_path, vocabulary, text)] == [
        (["Russia"], "criticize", "The decision"), (["European Union"], "support", "The plan")]
    # a name with its possessive after "by" owns the cause, it is no agent: "We, the Ministers of
    # Chile and Peru, are deeply concerned by Bolivia's decision" is Chile's and Peru's
    text = ("We, the Foreign Ministers of Chile and Peru, are deeply concerned by Bolivia's decision to close "
            "the border.\n")
    assert [(r["actors"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile", "Peru"], ["Bolivia"])]


def test_calling_something_a_judgement_is_a_statement_calling_someone_is_not(tmp_path, vocabulary):
    # "called the move shameful", "called the decision “a grave mistake”": what the speaker judges it;
    # "called Berg on Tuesday" (a phone call), "the so-called referendum" are no statements of theirs
    text = ("Jane Doyle called the move shameful. Doyle called the decision “a grave mistake”. "
            "Doyle called Tom Berg on Tuesday. Doyle called the meeting for Friday.\n")
    assert [(r["actors"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "oppose"), (["Jane Doyle"], "oppose")]


def test_a_subject_after_its_verb_and_a_phrase_that_names_a_medium(tmp_path, vocabulary):
    # "su X", "a Rtl": the capitalised object of the preposition is no part of the title after it
    text = ("«La pace è necessaria», ha scritto su X il ministro degli Esteri Paolo Rossi.\n\n"
            "«Il dialogo resta aperto», ha detto a Radio Capitale il ministro degli Esteri Paolo Rossi.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Paolo Rossi"], ["Paolo Rossi"]]


def test_a_closing_report_with_a_gerund_after_it_gives_both_to_the_reporter(tmp_path, vocabulary):
    text = ("Chile is ready to host the next round of talks, Chilean Foreign Minister Jane Doyle said on "
            "Monday, adding that Santiago had spoken to both sides.\n")
    assert [(r["actors"], r["act"], r["position"]["en"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "express-intent", "host the next round of talks"),
        (["Jane Doyle"], "state", "Santiago had spoken to both sides")]


def test_a_coordinated_report_of_the_own_side_and_an_intention_expressed(tmp_path, vocabulary):
    # "…and stated that Kenya hopes to…" is no report closing what came before; "expressed her
    # intention to" is an intent of its own after the own side's emphasis
    text = ("Kenyan Foreign Minister Ahmed Odhiambo expressed his gratitude for Chile's support and stated "
            "that Kenya hopes to deepen the partnership. Chilean Foreign Minister Jane Doyle stated that "
            "Chile attaches great importance to its ties with Kenya, and expressed her intention to visit "
            "Nairobi soon.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Ahmed Odhiambo"], "support"), (["Ahmed Odhiambo"], "state"),
        (["Jane Doyle"], "emphasize"), (["Jane Doyle"], "express-intent")]


def test_a_report_ending_with_a_colon_introduces_the_quotation_in_the_next_paragraph(tmp_path, vocabulary):
    text = ("Chile has today announced new sanctions on the traders.\n\n"
            "Foreign Minister Jane Doyle said:\n\n"
            "\"We will continue to stand with Peru for as long as it takes.\"\n\n"
            "Il ministro degli Esteri Paolo Rossi ha dichiarato:\n\n"
            "«Condanniamo con fermezza l'attacco contro i civili».\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile"], "state"), (["Jane Doyle"], "support"), (["Paolo Rossi"], "criticize")]


def test_being_willing_to_is_an_intent_in_either_language(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle said Chile attaches great importance to its partnership with Peru "
            "and is willing to deepen cooperation in trade.\n\n"
            "Il ministro degli Esteri Paolo Rossi ha detto che l'Italia è disposta a sostenere il negoziato.\n")
    assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == ["emphasize", "express-intent",
                                                                          "express-intent"]


def test_a_title_that_gives_one_persons_words_names_the_speaker_of_the_text(tmp_path, vocabulary):
    def speakers(text):
        return [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)]

    assert speakers("Remarks by Secretary of State Marco Rubio at the NATO Foreign Ministers Meeting\n\n"
                    "We call on Russia to end its war.\n") == [(["Marco Rubio"], "appeal")]
    assert speakers("Statement by Foreign Minister Jane Doyle on the elections in Peru\n\n"
                    "I welcome the peaceful conduct of the elections.\n") == [(["Jane Doyle"], "support")]
    # a possessive after the noun is the person's country, not whose statement it is
    assert speakers("Statement by Chile's Foreign Minister Jane Doyle on the elections in Peru\n\n"
                    "I welcome the peaceful conduct of the elections.\n") == [(["Jane Doyle"], "support")]
    # Italian drops the pronoun: the verb's own person says it
    assert speakers("Intervento del ministro degli Esteri Paolo Rossi al Consiglio Affari Esteri\n\n"
                    "Chiedo a tutti i partner di sostenere il piano. Condanno con fermezza l'attacco.\n") == [
        (["Paolo Rossi"], "appeal"), (["Paolo Rossi"], "criticize")]
    # a headline that reports is no such title
    assert speakers("Jane Doyle meets Peruvian counterpart in Lima\n\n"
                    "We call on both parties to respect the ceasefire.\n") == []


def test_the_countrys_minister_an_aside_of_time_and_a_broadcaster_told(tmp_path, vocabulary):
    # "the country's foreign minister": of the country its sentence names first, who held the post
    text = ("Iran will not negotiate with Peru under pressure, the country's foreign minister said Sunday.\n\n"
            "Il Cremlino, intanto, fa sapere che Vladimir Putin è pronto a incontrare Volodymyr Zelensky.\n\n"
            "Sergey Lavrov told state television that Moscow remained open to diplomacy.\n")
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Abbas Araghchi"], "Iran will not negotiate with Peru under pressure"),
        (["Vladimir Putin"], "incontrare Volodymyr Zelensky"),
        (["Sergey Lavrov"], "Moscow remained open to diplomacy")]


def test_an_adverb_before_the_next_verb_is_its_and_deciding_to_is_an_intent(tmp_path, vocabulary):
    text = ("Sergey Lavrov met Wang Yi in Beijing on Monday.\n\n"
            "The ministers expressed serious concern over the situation in the Red Sea and strongly opposed "
            "any attempt to change the status quo by force.\n\n"
            "The ministers welcomed the new agreement and decided to hold the next meeting in Lima.\n")
    assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("state", "the situation in the Red Sea"),
        ("reject", "any attempt to change the status quo by force"),
        ("support", "the new agreement"), ("express-intent", "hold the next meeting in Lima")]


def test_proposing_is_an_intent(tmp_path, vocabulary):
    text = ("Il ministro Paolo Rossi ha proposto la creazione di un consiglio d'affari congiunto.\n\n"
            "Chile has proposed a joint business council.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi"], "express-intent"), (["Chile"], "express-intent")]


def test_where_it_was_said_and_being_asked_are_not_what_was_said(tmp_path, vocabulary):
    texts = {"Foreign Minister Jane Doyle wrote in an op-ed that Europe must spend more on defence.\n":
             "Europe must spend more on defence",
             "Il ministro Paolo Rossi ha affermato in un'intervista al quotidiano che l'Italia farà la sua parte.\n":
             "l'Italia farà la sua parte",
             "Asked about the talks, Foreign Minister Jane Doyle said they would resume next week.\n":
             "they would resume next week"}
    for text, position in texts.items():
        assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] \
            == [("state", position)], text


def test_the_press_figures_of_speech_for_the_acts(tmp_path, vocabulary):
    text = ("Il ministro Paolo Rossi ha bollato come inaccettabili le minacce di Mosca.\n\n"
            "Il ministro Paolo Rossi ha puntato il dito contro la Russia.\n\n"
            "Il ministro Paolo Rossi ha plaudito all'accordo raggiunto a Doha.\n\n"
            "Il ministro Paolo Rossi si è detto pronto a incontrare il suo omologo.\n\n"
            "Foreign Minister Jane Doyle branded the referendum a sham.\n")
    assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == [
        "criticize", "criticize", "support", "express-intent", "criticize"]


def test_armed_groups_that_statements_condemn_or_call_on_are_targets(tmp_path, vocabulary):
    text = ("Chile condemns the attacks by the RSF in El Fasher and by M23 rebels near Goma.\n\n"
            "Peru calls on the Taliban to release the detained aid workers.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["Rapid Support Forces", "M23"], ["Taliban"]]


def test_calling_two_countries_partners_or_friends_is_about_their_relations_and_supports_them(tmp_path, vocabulary):
    text = ("The Chilean foreign ministry said Chile and Peru are strategic partners.\n\n"
            "The Chilean foreign ministry said Chile and Bolivia are good friends and reliable partners.\n")
    assert [brief(r) for r in records_of(tmp_path, vocabulary, text)] == [
        ([CHILEAN_MFA], "state", "support", ["Peru"], ["chile-peru-relations"]),
        ([CHILEAN_MFA], "state", "support", ["Bolivia"], ["bolivia-chile-relations"])]
    text = "Il ministero degli Esteri cileno ha detto che Cile e Perù sono partner strategici.\n"
    assert [brief(r) for r in records_of(tmp_path, vocabulary, text)] == [
        ([CHILEAN_MFA], "state", "support", ["Peru"], ["chile-peru-relations"])]


def test_adhering_to_or_upholding_a_principle_supports_it(tmp_path, vocabulary):
    text = ("The Chilean foreign ministry said Chile firmly adheres to the principle of non-intervention.\n\n"
            "The Chilean foreign ministry said Chile upholds the principles of the UN Charter.\n\n"
            "Il ministero degli Esteri cileno ha detto che il Cile aderisce ai principi della Carta delle Nazioni Unite.\n")
    assert [r["stance"] for r in records_of(tmp_path, vocabulary, text)] == ["support"] * 3


def test_military_action_against_a_country_harms_it_and_its_nuclear_sites_are_its_programme(tmp_path, vocabulary):
    # "military action against X" is a condemned deed that harms X; a nuclear programme's words
    # with Iran (named or by demonym) are Iran's nuclear programme, not arms control in general
    text = ("Chile opposes any military action against Iran's nuclear facilities.\n\n"
            "Chile condemned Israel's military action in Lebanon.\n")
    assert [(r["targets"], r["topics"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ([], ["iran-nuclear"]), (["Israel"], ["middle-east-conflict"])]
    text = "Il Cile si oppone a qualsiasi azione militare contro gli impianti nucleari iraniani.\n"
    assert [(r["targets"], r["topics"]) for r in records_of(tmp_path, vocabulary, text)] == [([], ["iran-nuclear"])]


def test_keeping_in_contact_is_about_diplomatic_contacts(tmp_path, vocabulary):
    text = ("Chile and Peru agreed to stay in touch.\n\n"
            "Il Cile e la Bolivia hanno concordato di restare in contatto.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["diplomatic-contacts", "chile-peru-relations"], ["diplomatic-contacts", "bolivia-chile-relations"]]


def test_a_word_of_peace_names_the_conflict_a_few_adjectives_after_it(tmp_path, vocabulary):
    # "una pace giusta e duratura in Ucraina": the peace of the conflict it names, not the one named last
    text = ("Il Cile ha condannato la violenza in Medio Oriente.\n\n"
            "Il Cile sostiene una pace giusta e duratura in Ucraina.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["middle-east-conflict"], ["ukraine-conflict"]]


def test_the_host_of_a_summit_that_is_the_occasion_is_no_target(tmp_path, vocabulary):
    text = ("Chile and Peru agreed to strengthen coordination ahead of the NATO summit in The Hague.\n\n"
            "Chile criticised the decisions of the NATO summit in Wales.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [[], ["NATO"]]
    text = ("Il Cile ha chiesto un cessate il fuoco in Ucraina a margine del vertice del G7.\n\n"
            "Il Perù e la Bolivia hanno concordato di coordinarsi in vista del vertice NATO dell'Aia.\n")
    assert [(r["targets"], r["topics"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ([], ["ukraine-conflict"]), ([], ["european-security"])]


def test_a_hyphenated_pair_names_its_own_relations_not_the_speakers_with_each(tmp_path, vocabulary):
    # "Sino-" is China's; the pair's relations are the topic, not the speaker's with either half
    text = ("Chile said Sino-US relations are important.\n\n"
            "Peru said Bolivia-Chile relations are excellent.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["china-us-relations"], ["bolivia-chile-relations"]]


def test_a_veto_opposes(tmp_path, vocabulary):
    text = ("Chile said it would veto any plan to expand the mission.\n\n"
            "Il Perù ha detto che porrà il veto su qualsiasi piano di sanzioni.\n")
    assert [r["stance"] for r in records_of(tmp_path, vocabulary, text)] == ["oppose", "oppose"]


def test_a_report_after_a_quotation_is_no_part_of_a_relative_clause_inside_it(tmp_path, vocabulary):
    # "which", "quando" inside the quotation do not make the report after it part of the quotation
    text = '"Chile condemns the attacks, which must stop", Chilean Foreign Minister Jane Doyle said.\n'
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Jane Doyle"], "criticize")]
    text = ('"Il Perù continuerà a sostenere la Bolivia fino a quando sarà necessario", ha dichiarato il ministro '
            'degli Esteri peruviano Tom Berg.\n')
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Tom Berg"], "support")]


def test_european_is_europes_demonym(tmp_path, vocabulary):
    # whose criticism or proposal it is ("the European criticism", "le critiche europee"); the
    # names that begin with it stay theirs ("the European Union")
    text = ("Chile rejected the European criticism.\n\n"
            "Peru welcomed the European proposal and the European Union's support.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Europe"], ["European Union", "Europe"]]
    text = "Il Perù ha respinto le critiche europee.\n"
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Europe"]]


def test_a_light_verb_and_its_noun_ending_the_sentence_are_a_statement(tmp_path, vocabulary):
    # "Chile lodged a strong protest.": the noun says what was said, though nothing follows it
    text = ("Chile lodged a strong protest.\n\n"
            "Peru expressed deep concern.\n\n"
            "Il ministro Tom Berg ha espresso forte preoccupazione.\n")
    assert [(r["actors"], r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile"], "criticize", "oppose"), (["Peru"], "state", "oppose"), (["Tom Berg"], "state", "oppose")]


def test_a_verb_whose_subject_a_name_only_owns_is_part_of_what_is_said(tmp_path, vocabulary):
    # "said North Korea's missiles threaten peace": the missiles threaten, no one speaks; one
    # statement, aimed at their owner; a name that is the subject still speaks ("Peru's foreign
    # minister Jane Doyle agreed")
    text = ("Chile said Bolivia's new missiles threaten peace in the region.\n\n"
            "Chile said Peru's foreign minister Jane Doyle agreed to the plan.\n")
    assert [(r["actors"], r["act"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile"], "state", ["Bolivia"]), (["Jane Doyle"], "agree", [])]


def test_i_after_a_joint_we_is_the_principal_alone(tmp_path, vocabulary):
    # a minister's own release: "We discussed trade" is both, "I welcomed" the minister alone
    text = ("Foreign Minister Jane Doyle met Peru's Foreign Minister Tom Berg in Santiago.\n\n"
            "We discussed trade. I welcomed Peru's leadership in the region.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Jane Doyle", "Tom Berg"], ["Jane Doyle"]]
    text = ("Il ministro Paolo Rossi ha incontrato il ministro degli Esteri peruviano Tom Berg a Roma.\n\n"
            "Abbiamo discusso di commercio. Io ho accolto con favore la leadership del Perù nella regione.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Paolo Rossi", "Tom Berg"], ["Paolo Rossi"]]


def test_the_transatlantic_alliance_is_european_security(tmp_path, vocabulary):
    text = ("Chile said the transatlantic alliance remains strong.\n\n"
            "Il Perù ha detto che l'alleanza transatlantica resta solida.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["european-security"]] * 2


def test_the_un_missions_in_africa_are_africa(tmp_path, vocabulary):
    text = ("Chile reaffirmed its full support for MINUSCA.\n\n"
            "Il Perù ha ribadito il pieno sostegno alla MONUSCO.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["africa"]] * 2


def test_the_speaker_named_as_subject_evokes_no_topic(tmp_path, vocabulary):
    # the Security Council speaking is no statement about multilateralism; named in the position it is
    text = ("The members of the Security Council condemned the attack on the peacekeepers of MINUSCA.\n\n"
            "Chile called for a reform of the Security Council.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["africa"], ["multilateralism"]]
    # a place the speaker's name holds still says where the matter is
    text = "La missione dell'Onu in Sudan ha condannato l'attacco contro il convoglio.\n"
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["africa"]]


def test_a_titles_matter_does_not_speak_and_a_judgement_may_come_late(tmp_path, vocabulary):
    # "Comment by the Press Office on the EU sanctions": the EU is what it is about, not who says
    # "we"; an unknown issuer leaves the "we" unattributed rather than the EU's
    text = ("Comment by the Press Office on the new EU sanctions against Chile\n\n"
            "We have taken note of the European Union's decision to adopt new sanctions.\n")
    records, unattributed = extraction(tmp_path, vocabulary, text)
    assert records == [] and len(unattributed) == 1
    # the Russian ministry's press department issues such comments; "regard X as Y" judges even
    # when the judging word comes eleven words after the verb
    text = ("Comment by the Information and Press Department on the new EU sanctions\n\n"
            "We have taken note of the European Union's decision to adopt new sanctions.\n\n"
            "We regard this step as yet another clear manifestation of the EU's hostile course.\n")
    assert [(r["actors"], r["act"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Russian Ministry of Foreign Affairs"], "state", []),
        (["Russian Ministry of Foreign Affairs"], "criticize", ["European Union"])]


def test_an_agentless_agreement_at_a_meeting_is_both_sides(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle held talks with Peru's Foreign Minister Tom Berg in Santiago.\n\n"
            "It was agreed to hold the next round of consultations in Lima.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle", "Tom Berg"], "agree")]
    text = ("Il ministro Paolo Rossi ha avuto un colloquio telefonico con il ministro degli Esteri peruviano Tom Berg.\n\n"
            "È stato concordato di tenere il prossimo round di consultazioni a Lima.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi", "Tom Berg"], "agree")]


def test_a_headline_naming_two_countries_has_no_signatories(tmp_path, vocabulary):
    # "the two ministers" under a headline that quotes a demand on two countries are the two people
    # last named, not the headline's countries; under a joint statement's title, its countries
    text = ('Sahel, Rossi: "Il Mali fermi gli attacchi in Niger"\n\n'
            '"Bisogna fermare gli attacchi", ha detto Paolo Rossi a margine di un incontro con l\'omologo peruviano '
            "Tom Berg.\n\n"
            "I due ministri hanno concordato di rafforzare la cooperazione.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)][-1] == ["Paolo Rossi", "Tom Berg"]
    text = ("Joint Statement of the Foreign Ministers of Chile and Peru\n\n"
            "The foreign ministers agreed to strengthen cooperation.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Chile", "Peru"]]


def test_whom_a_deed_wanted_ended_harms_is_no_target_of_an_appeal(tmp_path, vocabulary):
    # "called on Peru to stop the attacks on Bolivia": Peru is asked, Bolivia suffers; pressure
    # wanted on a country still aims at it
    text = ("Chile called on Peru to stop the attacks on Bolivia.\n\n"
            "Chile called for more pressure on Peru.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Peru"], ["Peru"]]
    text = "Il Cile ha chiesto al Perù di fermare gli attacchi contro la Bolivia.\n"
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Peru"]]


def test_a_byline_of_a_name_and_its_post_after_a_comma_signs_the_release(tmp_path, vocabulary):
    # the spokesperson's own "we" is theirs; the country named as the subject is the country's
    text = ("Condemning the Attack in Arica\n\nPress Statement\nJane Doyle, Department Spokesperson\nApril 22, 2025\n\n"
            "Chile strongly condemns the attack in Arica. We stand with Peru.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile"], "criticize"), (["Jane Doyle"], "support")]


def test_both_sides_after_two_countries_named_together_are_those_countries(tmp_path, vocabulary):
    text = ("Chile and Peru held consultations in Lima. Both sides reaffirmed their commitment to the process.\n\n"
            "Il Cile e la Bolivia hanno tenuto consultazioni a La Paz. Le due parti hanno ribadito il loro impegno.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Chile", "Peru"], ["Chile", "Bolivia"]]


def test_an_offer_of_a_speech_noun_is_the_nouns_act(tmp_path, vocabulary):
    # "offered its condolences" states condolences, "offered its full support" supports; an offer
    # of a deed is an intention
    text = ("Chile offered its condolences to the families of the victims.\n\n"
            "Chile offered its full support to Peru.\n\n"
            "Chile offered to mediate between the parties.\n")
    assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("state", "support"), ("support", "support"), ("express-intent", "support")]


def test_a_hyphenated_pair_that_begins_a_name_names_the_pairs_relations(tmp_path, vocabulary):
    text = "Chile underlined its commitment to the Chile-Peru Comprehensive Strategic Partnership.\n"
    assert [(r["targets"], r["topics"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ([], ["chile-peru-relations"])]


def test_a_joint_statement_about_a_pair_between_others_is_about_their_relations(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle met Peru's Foreign Minister Tom Berg in Lima.\n\n"
            "Both ministers agreed on the importance of de-escalation between Bolivia and Paraguay.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["bolivia-paraguay-relations"]]


def test_a_pair_between_whose_first_is_a_name_with_a_demonym_in_it(tmp_path, vocabulary):
    # "tra l'Unione europea e l'India": the pair is the EU and India, not the "europea" inside its name
    text = "Il Cile ha auspicato la conclusione dell'accordo di libero scambio tra l'Unione europea e l'India.\n"
    [record] = records_of(tmp_path, vocabulary, text)
    assert "eu-india-relations" in record["topics"]


def test_taking_stock_together_is_consulting(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle met Peru's Foreign Minister Tom Berg in Lima. "
            "The ministers took stock of the progress in bilateral cooperation.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle", "Tom Berg"], "consult")]
    text = ("Il ministro Paolo Rossi ha incontrato a Roma il ministro degli Esteri peruviano Tom Berg. "
            "I due ministri hanno inoltre fatto il punto sulle relazioni bilaterali.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi", "Tom Berg"], "consult")]


def test_a_meeting_phrase_interrupted_by_a_time_or_place_is_still_a_meeting(tmp_path, vocabulary):
    # "spoke with" with "today by phone" or "on Monday" before its "with": "the ministers" are both
    for meeting in ("spoke today by phone with", "had a telephone conversation today with", "spoke on Monday with"):
        records = records_of(tmp_path, vocabulary, (
            f"Foreign Minister Jane Doyle {meeting} Chilean Foreign Minister Ana Soto. "
            "The ministers reviewed the bilateral agenda.\n"))
        assert [r["actors"] for r in records] == [["Jane Doyle", "Ana Soto"]], meeting
    # a verb between is another clause: whom she spoke to is not at a meeting
    records = records_of(tmp_path, vocabulary, (
        "Foreign Minister Jane Doyle said today that she agrees with Chilean Foreign Minister Ana Soto.\n"))
    assert [r["actors"] for r in records] == [["Jane Doyle"]]


def test_whom_an_attack_is_on_is_no_target_after_an_indefinite_article_too(tmp_path, vocabulary):
    # the victim is not criticised, whether "the", "a" or "its" stands before it
    for victim in ("the UNICEF convoy", "a UNICEF convoy", "an OSCE patrol"):
        records = records_of(tmp_path, vocabulary, f"Chile condemns the attack on {victim} near the border.\n")
        assert [(r["act"], r["targets"]) for r in records] == [("criticize", [])], victim
    text = "Chile condemns the Bolivian attack on a UNICEF convoy.\n"  # the doer is
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Bolivia"]]


def test_haiti_is_named_for_its_crisis_a_matter_of_the_region(tmp_path, vocabulary):
    records = records_of(tmp_path, vocabulary, "Chile warned that the gang violence in Haiti continues to spread.\n")
    assert [r["topics"] for r in records] == [["latin-america"]]


def test_a_person_who_spoke_up_then_a_colon_and_a_quotation_said_it(tmp_path, vocabulary):
    # what the person did before the colon says only that they spoke: the quotation is theirs
    texts = ("Anche il ministro della Difesa Marco Neri è intervenuto: «Non manderemo truppe in Bolivia».\n",
             "Il ministro della Difesa Marco Neri è intervenuto sul tema: «Non manderemo truppe in Bolivia».\n",
             "Defence Minister Jane Doyle weighed in: \"We will not send troops to Bolivia.\"\n")
    for speaker, records in zip(("Marco Neri", "Marco Neri", "Jane Doyle"), records_of_each(tmp_path, vocabulary, texts)):
        assert [(r["actors"], r["act"]) for r in records] == [([speaker], "state")]
        assert "Bolivia" in next(iter(records[0]["position"].values()))
    # a meeting, someone else named before the colon: the quotation is nobody's said so
    text = "Il ministro Marco Neri ha incontrato Jane Doyle: «Un incontro utile per entrambi i Paesi».\n"
    assert records_of(tmp_path, vocabulary, text, "met.txt") == []


def test_a_closing_report_then_a_gerund_gives_what_it_closes_to_its_speaker(tmp_path, vocabulary):
    # "…, X said, adding that…": the report closes the clause before it, the gerund is its own
    records = records_of(tmp_path, vocabulary, (
        "Peru firmly supports Chile in its bid, Jane Doyle said, adding that the talks would resume in May.\n"))
    assert [(r["actors"], r["act"], r["targets"]) for r in records] == [
        (["Jane Doyle"], "support", ["Chile"]), (["Jane Doyle"], "state", [])]
    assert next(iter(records[1]["position"].values())) == "the talks would resume in May"


def test_a_quotation_left_open_goes_on_in_the_paragraph_that_closes_it(tmp_path, vocabulary):
    # a paragraph that opens no quotation but closes one continues the one the paragraph before left open
    for opening, closing in (('"', '"'), ("“", "”")):
        records = records_of(tmp_path, vocabulary, (
            "Foreign Secretary Jane Doyle said:\n\n"
            f"{opening}Chile condemns the offensive on the border towns.\n\n"
            f"I call on Bolivia to withdraw its troops.{closing}\n"))
        assert [(r["actors"], r["act"], r["targets"]) for r in records] == [
            (["Jane Doyle"], "criticize", []), (["Jane Doyle"], "appeal", ["Bolivia"])], opening


def test_immigration_is_migration_in_either_language(tmp_path, vocabulary):
    texts = ("Chile and Peru agreed to strengthen cooperation against irregular immigration.\n",
             "Cile e Perù hanno concordato di rafforzare la cooperazione contro l'immigrazione irregolare.\n")
    for records in records_of_each(tmp_path, vocabulary, texts):
        assert ["migration" in r["topics"] for r in records] == [True]


def test_whom_the_speakers_own_protest_is_against_is_its_target(tmp_path, vocabulary):
    # the protest is the verb's own noun, not a deed done to Bolivia; others' accusations still harm
    for text, targets in (("Chile has lodged a strong protest against Bolivia through diplomatic channels.\n", ["Bolivia"]),
                          ("Chile rejects the accusations against Peru.\n", [])):
        assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [targets], text


def test_calling_a_countrys_conditions_unrealistic_criticises_it(tmp_path, vocabulary):
    # a name's possessive after "called" is whose the thing named is, not whom one phoned
    texts = ("Jane Doyle called Bolivia's conditions unrealistic.\n",
             "Jane Doyle called the conditions set by Bolivia \"absurd\".\n",
             "Marco Neri ha definito irrealistiche le condizioni poste dalla Bolivia.\n")
    for records in records_of_each(tmp_path, vocabulary, texts):
        assert [(r["act"], r["stance"], r["targets"]) for r in records] == [("criticize", "oppose", ["Bolivia"])]


def test_another_speakers_statement_aimed_at_its_own_party_keeps_no_topic_of_the_one_before(tmp_path, vocabulary):
    records = records_of(tmp_path, vocabulary, (
        "Peru said the talks on the war in Ukraine went well. Chile condemns the Houthi attacks on shipping.\n"))
    assert [("ukraine-conflict" in r["topics"]) for r in records] == [True, False]
    # one aimed at no one still goes on with the matter
    records = records_of(tmp_path, vocabulary, (
        "Peru said the talks on the war in Ukraine went well. Chile stressed that the talks must go on.\n"))
    assert [("ukraine-conflict" in r["topics"]) for r in records] == [True, True]


def test_spending_on_defence_is_european_security_in_either_language(tmp_path, vocabulary):
    texts = ("Chile said it will spend two per cent of GDP on defence by next year.\n",
             "Il Cile ha assicurato che raggiungerà il 2% del Pil per la difesa entro l'anno prossimo.\n",
             "Chile said that military spending must rise.\n")
    for records in records_of_each(tmp_path, vocabulary, texts):
        assert ["european-security" in r["topics"] for r in records] == [True]


def test_a_person_as_source_of_their_own_sides_act_is_its_actor(tmp_path, vocabulary):
    # "According to X, <X's country> will…": X says it, as "X said <X's country> will…" does
    texts = ("According to Foreign Minister Paolo Rossi of Italy, Italy will not recognise the result.\n",
             "Secondo il ministro degli Esteri italiano Paolo Rossi, l'Italia non riconoscerà il risultato.\n")
    for records in records_of_each(tmp_path, vocabulary, texts):
        assert [(r["actors"], r["act"]) for r in records] == [(["Paolo Rossi"], "reject")]
    # anonymous sources still say nothing of their own
    text = "Secondo fonti del ministero, l'Italia non riconoscerà il risultato.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Italy"]]


def test_discussing_a_country_is_a_consultation_about_it(tmp_path, vocabulary):
    # a bare name after "discussed" is the matter; "in Lima with X" names only where and with whom
    records = records_of(tmp_path, vocabulary, "Chile and Peru discussed Bolivia.\n")
    assert [(r["actors"], r["act"]) for r in records] == [(["Chile", "Peru"], "consult")]


def test_whom_a_speech_noun_is_for_is_its_target_across_an_elided_owner(tmp_path, vocabulary):
    # "il sostegno dell'Italia all'Ucraina": "dell'" and "Italia" are two words, as "della Grecia"
    text = "Il ministro Marco Neri ha ribadito il sostegno dell'Italia alla Bolivia.\n"
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Bolivia"]]


def test_a_passive_with_its_subject_named_before_it_is_said_by_its_agent(tmp_path, vocabulary):
    # only a verb of telling or asking makes its subject whom it was told ("Chile was briefed by…")
    text = ("Quito, 3 May 2025\n\nBolivia was condemned by Chile for the attack. Support for Peru was reaffirmed by "
            "Foreign Minister Jane Doyle. Ecuador was briefed by Chile on the talks.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile"], "criticize"), (["Jane Doyle"], "reaffirm")]
    assert records_of(tmp_path, vocabulary, text)[0]["targets"] == ["Bolivia"]


def test_speaking_to_someone_is_a_meeting_but_speaking_to_reporters_is_none(tmp_path, vocabulary):
    records = records_of(tmp_path, vocabulary, (
        "Foreign Minister Jane Doyle spoke to Foreign Minister Ana Rios of Peru this afternoon. "
        "The ministers discussed the border.\n"))
    assert [r["actors"] for r in records] == [["Jane Doyle", "Ana Rios"]]
    records = records_of(tmp_path, vocabulary, (
        "Foreign Minister Jane Doyle spoke to reporters after her talks with Foreign Minister Ana Rios of Peru. "
        "The ministers agreed to reopen the border.\n"))
    assert [r["actors"] for r in records] == [["Jane Doyle", "Ana Rios"]]


def test_the_snapback_is_irans_nuclear_programme(tmp_path, vocabulary):
    text = "Chile warned that triggering the snapback mechanism would end the talks.\n"
    assert ["iran-nuclear" in r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [True]


def test_no_legal_basis_opposes_in_either_language(tmp_path, vocabulary):
    texts = ("Foreign Minister Jane Doyle said that Bolivia has no legal basis for the claim.\n",
             "Il ministro Marco Neri ha detto che la richiesta della Bolivia non ha alcuna base giuridica.\n")
    for records in records_of_each(tmp_path, vocabulary, texts):
        assert [(r["stance"], r["targets"]) for r in records] == [("oppose", ["Bolivia"])]


def test_a_first_person_quotation_before_lo_ha_detto_takes_its_own_verb(tmp_path, vocabulary):
    # the verb inside the quotation decides the act, the cataphoric report names whose it is
    for report in ("Lo ha detto il ministro degli Esteri Marco Neri.", "Così il ministro degli Esteri Marco Neri."):
        records = records_of(tmp_path, vocabulary, f"«Chiediamo alla Bolivia di fermare i bombardamenti». {report}\n")
        assert [(r["actors"], r["act"], r["targets"]) for r in records] == [(["Marco Neri"], "appeal", ["Bolivia"])]
        assert records[0]["evidence"][0]["text"].endswith(report)


def test_a_translations_headline_is_no_statement_and_never_recognising_rejects(tmp_path, vocabulary):
    text = ('Doyle: "Chile will never recognise the annexation"\n\nSantiago, 26 February 2025\n\n'
            '"Chile will never recognise the illegal annexation of the islands," Foreign Minister Jane Doyle said.\n\n'
            'Doyle: "Il Cile non riconoscerà mai l\'annessione"\n\nSantiago, 26 febbraio 2025\n\n'
            '"Il Cile non riconoscerà mai l\'annessione illegale delle isole". Lo ha dichiarato il ministro degli '
            'Esteri Jane Doyle.\n')
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], sorted(r["position"])) for r in records] == [(["Jane Doyle"], "reject", ["en", "it"])]


def test_opposing_it_opposes_whose_deed_the_sentence_before_opened_with(tmp_path, vocabulary):
    text = ("Bolivia's new tariffs violate the trade agreement. Chile firmly opposes it.\n\n"
            "The Peruvian blockade of the port continues. Chile firmly rejects this.\n")  # no "this week"
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["targets"]) for r in records] == [(["Chile"], ["Bolivia"]), (["Chile"], ["Peru"])]
    # not across a paragraph, nor when the position names something of its own
    text = "Bolivia's new tariffs violate the agreement.\n\nChile firmly opposes it.\n"
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [[]]


def test_we_request_is_an_appeal_and_a_request_is_a_noun(tmp_path, vocabulary):
    text = "Chile said: \"We request that Bolivia withdraw the ship immediately.\"\n"
    assert [(r["act"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [("appeal", ["Bolivia"])]
    text = "Chile welcomed the request by Peru for talks.\n"
    assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == ["support"]


def test_the_grain_corridor_is_the_war_in_ukraine(tmp_path, vocabulary):
    texts = ("Chile and Peru discussed the Black Sea grain corridor.\n",
             "Cile e Perù hanno discusso del corridoio del grano nel Mar Nero.\n")
    for records in records_of_each(tmp_path, vocabulary, texts):
        assert ["ukraine-conflict" in r["topics"] for r in records] == [True]


def test_a_closing_source_speaks_what_comes_before_it(tmp_path, vocabulary):
    # "…, according to X." / "…, si legge in una nota della Farnesina.": one statement, the
    # source's, with the inner verb's act (not the country's and a second "state" beside it)
    texts = ("Chile is ready to help Bolivia, according to Foreign Minister Jane Doyle.\n",
             "Roma, 3 marzo 2025 - L'Italia è pronta ad aiutare la Bolivia, si legge in una nota della Farnesina.\n")
    expected = [["Jane Doyle"], ["Italian Ministry of Foreign Affairs"]]
    for actors, records in zip(expected, records_of_each(tmp_path, vocabulary, texts)):
        assert [(r["actors"], r["act"]) for r in records] == [(actors, "express-intent")]


def test_whom_a_later_verb_addresses_is_no_victim_of_a_deed_before_it(tmp_path, vocabulary):
    # "the war and calls on Bolivia": "calls on" is a verb, not the war's "on"
    text = "Chile condemns the war and calls on Bolivia to withdraw its forces.\n"
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["act"], r["targets"]) for r in records] == [("criticize", []), ("appeal", ["Bolivia"])]


def test_the_deed_an_accusation_or_thanks_names_is_no_statement_of_its_own(tmp_path, vocabulary):
    # "accused X of rejecting", "thanked X for supporting", "di aver respinto": X's deed, which the
    # speaker judges; X says nothing
    english, italian = records_of_each(tmp_path, vocabulary, [
        "Foreign Minister Jane Doyle accused Bolivia of rejecting every proposal.\n\n"
        "Foreign Minister Jane Doyle thanked Chile for supporting the proposal.\n",
        "Il ministro degli Esteri Paolo Ferri ha accusato la Bolivia di aver respinto ogni proposta.\n\n"
        "Il ministro degli Esteri Paolo Ferri ha ringraziato il Cile per aver sostenuto la proposta.\n"])
    assert [(r["actors"], r["act"], r["targets"]) for r in english] == [
        (["Jane Doyle"], "criticize", ["Bolivia"]), (["Jane Doyle"], "support", ["Chile"])]
    assert [(r["actors"], r["act"], r["targets"]) for r in italian] == [
        (["Paolo Ferri"], "criticize", ["Bolivia"]), (["Paolo Ferri"], "support", ["Chile"])]
    # a gerund of the speaker's own after a comma is still a statement
    records = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle criticised Bolivia, calling for talks.\n")
    assert [r["act"] for r in records] == ["criticize", "appeal"]


def test_telling_reports_and_a_modal_before_an_adverb_still_asks(tmp_path, vocabulary):
    # "…, telling reporters that…" is a report of its own, as "…, saying that…" is; "should jointly
    # oppose" asks the sides to oppose, as "should oppose" does: no one rejects anything yet
    records = records_of(tmp_path, vocabulary,
                         "Foreign Minister Jane Doyle dismissed the claims, telling reporters that the plan is lawful.\n\n"
                         "Foreign Minister Jane Doyle said the two sides should jointly oppose protectionism.\n")
    assert [(r["actors"], r["act"], r["stance"]) for r in records] == [
        (["Jane Doyle"], "reject", "oppose"), (["Jane Doyle"], "state", "neutral"),
        (["Jane Doyle"], "state", "oppose")]


def test_not_allowing_is_opposing(tmp_path, vocabulary):
    english, italian = records_of_each(tmp_path, vocabulary, [
        "Irish Foreign Minister Jane Doyle said Ireland would not allow Peru to build the dam.\n",
        "Il ministro degli Esteri cileno Paolo Ferri ha detto che il Cile non permetterà al Perù di costruire la diga.\n"])
    assert [(r["act"], r["stance"], r["targets"]) for r in english + italian] == [
        ("state", "oppose", ["Peru"]), ("state", "oppose", ["Peru"])]


def test_working_for_a_ceasefire_supports_it(tmp_path, vocabulary):
    english, italian = records_of_each(tmp_path, vocabulary, [
        "\"Chile is working tirelessly for a ceasefire,\" Jane Doyle said.\n\n"
        "Jane Doyle said Peru violated the truce.\n",
        "\"Il Cile lavora senza sosta per un cessate il fuoco\", ha dichiarato Paolo Ferri.\n"])
    assert [r["stance"] for r in english + italian] == ["support", "oppose", "support"]


def test_people_who_held_talks_together_are_the_meetings_participants(tmp_path, vocabulary):
    # "X and Y held talks" names no partner after the phrase: the people before it met
    english, italian = records_of_each(tmp_path, vocabulary, [
        "Foreign Minister Jane Doyle and her Peruvian counterpart Tom Berg held talks in Lima on Tuesday. "
        "The ministers discussed the situation at the border.\n",
        "Il ministro Paolo Rossi e il suo omologo peruviano Tom Berg hanno avuto un colloquio telefonico. "
        "I ministri hanno discusso della situazione al confine.\n"])
    assert [(r["actors"], r["act"], r["joint"]) for r in english + italian] == [
        (["Jane Doyle", "Tom Berg"], "consult", True), (["Paolo Rossi", "Tom Berg"], "consult", True)]


def test_contacts_kept_are_the_relations_of_those_who_keep_them(tmp_path, vocabulary):
    # not the topic of the statement before, which was one speaker's on another matter
    english, italian = records_of_each(tmp_path, vocabulary, [
        "Chilean Foreign Minister Jane Doyle and her Peruvian counterpart Tom Berg held talks in Lima. "
        "Doyle condemned the war in Ukraine. The ministers agreed to maintain contacts.\n",
        "Il ministro degli Esteri cileno Paolo Ferri e il suo omologo peruviano Tom Berg hanno avuto un colloquio. "
        "Ferri ha condannato la guerra in Ucraina. I ministri hanno concordato di mantenere i contatti.\n"])
    assert [r["topics"] for r in english + italian] == [
        ["ukraine-conflict"], ["chile-peru-relations"], ["ukraine-conflict"], ["chile-peru-relations"]]


def test_a_country_before_a_noun_of_crisis_names_a_matter_not_a_target(tmp_path, vocabulary):
    text = ("Foreign Minister Tom Berg said the Peruvian crisis must be settled by peaceful means.\n\n"
            "Foreign Minister Tom Berg said the Bolivia situation must be settled by peaceful means.\n\n"
            "Foreign Minister Tom Berg welcomed the Peruvian proposal.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [[], [], ["Peru"]]


def test_the_seas_named_together_are_the_indo_pacific(tmp_path, vocabulary):
    text = ("Foreign Minister Tom Berg expressed serious concerns over attempts to change the status quo by force "
            "in the East and South China Seas.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["indo-pacific"]]


def test_announcing_after_a_comma_is_a_statement_of_its_own(tmp_path, vocabulary):
    english, italian = records_of_each(tmp_path, vocabulary, [
        "Foreign Minister Tom Berg criticised the sanctions, announcing that Peru would retaliate.\n",
        "Il ministro degli Esteri Paolo Ferri ha criticato le sanzioni, annunciando che il Cile adotterà "
        "misure di ritorsione.\n"])
    assert [r["act"] for r in english + italian] == ["criticize", "state", "criticize", "state"]


def test_a_countrys_embassy_or_defence_ministry_speaks_by_the_guides_pattern(tmp_path, vocabulary):
    # a demonym or possessive before the institution ("The Chilean Embassy in Peru", "l'ambasciata
    # cilena in Perù", "the Peruvian Defence Ministry", "China's Ministry of Commerce", "il ministero
    # del Commercio cinese"): it speaks, named as the annotation guide names one ("Chinese Embassy
    # in Italy"), with the host country a city or article may name; an embassy attacked is still
    # about diplomatic contacts, but the speaker's own name is no topic
    found = records_of_each(tmp_path, vocabulary, [
        "The Chilean Embassy in Peru said the tariffs were unfair.\n",
        "The Peruvian Defence Ministry said the report was groundless.\n",
        "Chile condemns the attack on the Peruvian embassy in Lima.\n",
        "L'ambasciata cilena in Perù ha definito infondate le accuse.\n",
        "The Russian embassy in Washington said the sanctions were illegal.\n",
        "China's Ministry of Commerce said on Monday that it firmly opposes the new tariffs.\n",
        "Il ministero del Commercio cinese ha annunciato che si oppone ai nuovi dazi.\n",
        "India's Ministry of External Affairs said the talks were useful.\n"])
    assert [[(r["actors"], r["topics"]) for r in records] for records in found] == [
        [(["Chilean Embassy in Peru"], ["trade"])], [(["Peruvian Ministry of Defence"], ["diplomatic-contacts"])],
        [(["Chile"], ["diplomatic-contacts"])], [(["Chilean Embassy in Peru"], ["diplomatic-contacts"])],
        [(["Russian Embassy in the United States"], ["sanctions"])], [(["Chinese Ministry of Commerce"], ["trade"])],
        [(["Chinese Ministry of Commerce"], ["trade"])], [(["Indian Ministry of External Affairs"], ["diplomatic-contacts"])]]
    # the embassy attacked is no target of the speaker's, nor of its own country's statement
    assert found[2][0]["targets"] == []
    # an embassy whose host the text does not name is its country
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, "The Chilean embassy said the talks were useful.\n")] \
        == [["Chile"]]


def test_sanctions_imposed_on_another_oppose_it(tmp_path, vocabulary):
    found = records_of_each(tmp_path, vocabulary, [
        "Chilean Foreign Minister Jane Doyle said Chile will impose sanctions on Peru.\n",
        "Chilean Foreign Minister Jane Doyle announced further sanctions on Peruvian officials.\n",
        "Il ministro degli Esteri cileno Paolo Ferri ha detto che il Cile adotterà sanzioni contro il Perù.\n"])
    assert [[(r["stance"], r["targets"]) for r in records] for records in found] == [
        [("oppose", ["Peru"])], [("oppose", ["Peru"])], [("oppose", ["Peru"])]]


def test_a_closing_report_with_its_speakers_post_or_its_day_still_closes(tmp_path, vocabulary):
    # the speaker's post after the name, or "oggi" before the title, make the report longer,
    # not a statement of its own: one record, the speaker's, with the inner verb's act
    found = records_of_each(tmp_path, vocabulary, [
        "Chile firmly opposes the tariffs imposed by Peru, said Ana Ríos, a spokesperson for the Ministry of Trade.\n",
        "Il Cile si oppone fermamente ai dazi del Perù, ha dichiarato oggi il portavoce del ministero del "
        "Commercio Ana Ríos.\n"])
    assert [[(r["actors"], r["act"], r["targets"]) for r in records] for records in found] == [
        [(["Ana Ríos"], "reject", ["Peru"])], [(["Ana Ríos"], "reject", ["Peru"])]]


def test_the_reform_of_the_security_council_is_a_matter_not_a_target(tmp_path, vocabulary):
    # a name inside a longer keyword is the matter the keyword names
    text = "Foreign Minister Tom Berg underlined the importance of reform of the UN Security Council.\n"
    assert [(r["topics"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [(["multilateralism"], [])]


def test_a_headline_below_other_head_lines_is_no_statement(tmp_path, vocabulary):
    # a release's head: its kind, a date line in its own language, then the headline
    text = ("Santiago, 20 de mayo de 2025\n\nComunicado de prensa\n\nChile and Peru reaffirm commitment to the "
            "Pacific Alliance\n\nSantiago, 20 May 2025\n\nForeign Minister Jane Doyle received her Peruvian "
            "counterpart Tom Berg. The ministers reaffirmed the importance of the Pacific Alliance.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle", "Tom Berg"], "reaffirm")]


def test_sharing_an_assessment_states_it(tmp_path, vocabulary):
    found = records_of_each(tmp_path, vocabulary, [
        "Foreign Minister Tom Berg shared his assessment of the situation around the Ukrainian settlement.\n",
        "Il ministro degli Esteri Paolo Ferri ha condiviso la sua valutazione della situazione al confine.\n"])
    assert [[(r["act"], r["topics"], r["targets"]) for r in records] for records in found] == [
        [("state", ["ukraine-conflict"], [])], [("state", ["diplomatic-contacts"], [])]]


def test_him_after_a_verb_of_praise_or_appeal_in_a_readout_is_the_other_participant(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle held talks with her Peruvian counterpart Tom Berg. She thanked him for his "
            "support. She welcomed her country's new plan. She urged him to act.\n")
    assert [(r["act"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("support", ["Tom Berg"]), ("support", []), ("appeal", ["Tom Berg"])]


def test_an_outsider_who_denounces_a_meeting_targets_its_participants(tmp_path, vocabulary):
    # the people who held talks agreed together; the outsider's reply is aimed at their countries
    # and goes on with what they agreed on
    text = ("Chilean Foreign Minister Jane Doyle and her Peruvian counterpart Tom Berg held talks in Lima and agreed "
            "to expand trade. Bolivia's foreign ministry denounced the meeting as a provocation.\n")
    assert [(r["actors"], r["act"], r["topics"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle", "Tom Berg"], "agree", ["trade"], []), (["Bolivian Ministry of Foreign Affairs"], "criticize", ["trade"], ["Chile", "Peru"])]


def test_a_countrys_foreign_ministry_named_with_its_possessive_is_the_listed_ministry(tmp_path, vocabulary):
    # as "the Japanese Foreign Ministry" is: the institution speaks (the guide's "Japanese Ministry
    # of Foreign Affairs"); another of its ministries, not in the gazetteer, by the same pattern
    text = ("Japan's foreign ministry said the plan was illegal.\n\nTurkey's Ministry of Foreign Affairs said the plan "
            "was illegal.\n\nJapan's defence ministry said the plan was illegal.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["Japanese Ministry of Foreign Affairs"], ["Turkish Ministry of Foreign Affairs"], ["Japanese Ministry of Defence"]]


def test_a_countrys_parliament_is_the_country(tmp_path, vocabulary):
    found = records_of_each(tmp_path, vocabulary, [
        "Chile deplores the adoption of the law by the Peruvian Parliament.\n",
        "Il Cile deplora l'approvazione della legge da parte del parlamento peruviano.\n"])
    assert [[r["targets"] for r in records] for records in found] == [[["Peru"]], [["Peru"]]]


def test_recognising_a_state_supports_it(tmp_path, vocabulary):
    # and the Assembly's organisation in its name is no target
    found = records_of_each(tmp_path, vocabulary, [
        "Foreign Minister Jane Doyle announced Chile's recognition of the State of Palestine.\n",
        "Il ministro degli Esteri cileno Paolo Ferri ha annunciato oggi all'Assemblea generale delle Nazioni Unite il "
        "riconoscimento dello Stato di Palestina da parte del Cile.\n"])
    assert [[(r["stance"], r["targets"]) for r in records] for records in found] == [
        [("support", ["State of Palestine"])], [("support", ["State of Palestine"])]]


def test_reservations_expressed_are_a_statement_of_opposition(tmp_path, vocabulary):
    # having none is no opposition
    found = records_of_each(tmp_path, vocabulary, [
        "Chilean Foreign Minister Jane Doyle expressed reservations about the plan.\n\n"
        "Chilean Foreign Minister Jane Doyle said Chile had no reservations about the plan.\n",
        "Il ministro degli Esteri cileno Paolo Ferri ha espresso riserve sul piano.\n"])
    assert [[(r["act"], r["stance"]) for r in records] for records in found] == [
        [("state", "oppose"), ("state", "neutral")], [("state", "oppose")]]


def test_the_meeting_an_outsider_denounces_is_the_one_before_not_one_named_later(tmp_path, vocabulary):
    # the joint speakers a reply reads are those before it, not the last of the text
    text = ("Chilean Foreign Minister Jane Doyle and Peruvian Foreign Minister Tom Berg agreed to expand trade. "
            "Bolivia's foreign ministry denounced the meeting as a provocation.\n\n"
            "Argentine Foreign Minister Ana Ruiz and Uruguayan Foreign Minister Luis Sosa agreed to expand trade.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)][1] == ["Chile", "Peru"]


def test_armed_forces_that_attack_make_no_criticism(tmp_path, vocabulary):
    # "attaccare" is a verb of criticism ("il ministro ha attaccato l'Ue") and of force: with
    # armed forces for its subject it is a deed the statement reports
    found = records_of_each(tmp_path, vocabulary, [
        "Il ministero della Difesa cileno ha affermato che le forze peruviane hanno attaccato Arica.\n",
        "Secondo il governo cileno, l'esercito peruviano attacca da giorni i villaggi di confine.\n",
        "Il ministro Paolo Rossi ha attaccato il governo peruviano.\n"])
    assert [[(r["actors"], r["act"]) for r in records] for records in found] == [
        [(["Chilean Ministry of Defence"], "state")], [(["Chile"], "state")], [(["Paolo Rossi"], "criticize")]]


def test_countermeasures_are_the_speakers_own_deed_against_their_target(tmp_path, vocabulary):
    # whom measures in return are against is their target ("announced countermeasures against
    # the EU's duties"), as with "China will take measures against X"; not a victim defended
    found = records_of_each(tmp_path, vocabulary, [
        "Chile announced countermeasures against the European Union's duties on copper.\n",
        "Chile announced retaliatory tariffs on goods from the European Union.\n",
        "Il Cile ha annunciato contromisure contro i dazi dell'Unione europea.\n",
        "Chile condemned the attacks against Peru.\n"])
    assert [[r["targets"] for r in records] for records in found] == [
        [["European Union"]], [["European Union"]], [["European Union"]], [[]]]


def test_a_third_party_addressing_both_sides_targets_the_pair_named_before(tmp_path, vocabulary):
    # "urged both sides to show restraint", "called on both countries", "ha esortato le due parti":
    # the two countries the text named together, and their relations; a speaker who is one of
    # them addresses no one by it
    found = records_of_each(tmp_path, vocabulary, [
        "Tensions between Chile and Peru rose after the incident.\n\nArgentina urged both sides to show restraint.\n",
        "Chile and Peru exchanged accusations.\n\nBrazil called on both countries to resolve their differences "
        "through dialogue.\n",
        "Cresce la tensione tra Cile e Perù.\n\nL'Argentina ha esortato le due parti al dialogo.\n",
        "Tensions between Chile and Peru rose after the incident.\n\nChile urged both sides to show restraint.\n",
        "Foreign Minister Jane Doyle of Chile spoke with Foreign Minister Tom Berg of Peru. The two ministers "
        "discussed the war in Ukraine. Doyle stressed that both sides must make compromises.\n"])
    assert [[(r["targets"], r["topics"]) for r in records] for records in found] == [
        [(["Chile", "Peru"], ["chile-peru-relations"])], [(["Chile", "Peru"], ["chile-peru-relations"])],
        [(["Chile", "Peru"], ["chile-peru-relations"])], [([], ["diplomatic-contacts"])],
        [([], ["ukraine-conflict"]), ([], ["ukraine-conflict"])]]
    # the joint speakers' own sides are not the sides they work with
    text = ("Foreign Minister Jane Doyle of Chile spoke with Foreign Minister Tom Berg of Peru about the war in "
            "Ukraine. The two ministers agreed to keep working with both sides for a peaceful settlement.\n")
    assert [(r["targets"], r["topics"]) for r in records_of(tmp_path, vocabulary, text)][-1] == ([], ["ukraine-conflict"])


def test_a_protest_lodged_with_a_capital_targets_its_country(tmp_path, vocabulary):
    # "ha presentato una protesta (formale) a Washington": whom a protest is lodged with, not a
    # place; "presentare" makes a speech act with its noun; "viola" a judgement of opposition
    found = records_of_each(tmp_path, vocabulary, [
        "Il Cile ha presentato una protesta formale a Washington.\n",
        "Il Perù ha presentato rimostranze a Santiago.\n",
        "Secondo il Cile, la decisione viola il diritto internazionale.\n"])
    assert [[(r["act"], r["stance"], r["targets"]) for r in records] for records in found] == [
        [("criticize", "oppose", ["United States"])], [("criticize", "oppose", ["Chile"])],
        [("state", "oppose", [])]]


def test_whose_weapons_an_opposing_position_names_is_its_target(tmp_path, vocabulary):
    # a demonym beside a noun of weapons names whose deed is opposed, on the side where the
    # language puts its adjectives ("American weapons", "armi statunitensi")
    found = records_of_each(tmp_path, vocabulary, [
        "Chile firmly opposes the sale of Peruvian weapons to Bolivia.\n",
        "Il Cile si oppone alla vendita di armi peruviane alla Bolivia.\n",
        "Il Cile si oppone al dispiegamento di missili peruviani al confine.\n"])
    assert [["Peru" in r["targets"] for r in records] for records in found] == [[True], [True], [True]]


def test_a_participle_after_such_or_these_qualifies_a_noun(tmp_path, vocabulary):
    # "Such repeated launches", "these renewed attacks": an adjective, as after "the", no verb
    # of reaffirming
    for text in ("Such repeated launches are unacceptable, Chile said.\n",
                 "These renewed attacks must stop, Peru said.\n"):
        assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == ["state"], text


def test_rejecting_the_accusation_answers_the_statement_before(tmp_path, vocabulary):
    # "dismissed the accusation as absurd", "ha respinto le accuse": what the speaker before said,
    # so its side is the target; not one's own side's, nor a position that names someone
    found = records_of_each(tmp_path, vocabulary, [
        "Peru accused Chile of violating the accord.\n\nChile's foreign minister, Jane Doyle, dismissed the "
        "accusation as absurd.\n",
        "Il Perù ha accusato il Cile di violare l'accordo.\n\nIl ministro cileno Paolo Rossi ha respinto le accuse.\n",
        "Peru accused Chile of violating the accord.\n\nPeru rejected the claims of Bolivia.\n",
        # an account of what happened, a version of events
        "Peru said a Chilean vessel had rammed its patrol boat.\n\nSantiago rejected the account.\n",
        "Il Perù ha detto che una nave cilena ha speronato la sua motovedetta.\n\nIl Cile ha respinto la versione peruviana.\n",
        # denying any involvement in what one is accused of
        "Peru accused Chile of sabotaging the railway.\n\nSantiago denied any involvement.\n"])
    assert [records[-1]["targets"] for records in found] == [["Peru"], ["Peru"], ["Bolivia"], ["Peru"], ["Peru"], ["Peru"]]
    # welcoming "the initiative", "la proposta" answers the statement before: its speaker's side
    found = records_of_each(tmp_path, vocabulary, [
        "Chile said it was ready to mediate between the parties.\n\nPeru welcomed the initiative.\n",
        "Il Cile ha proposto un cessate il fuoco.\n\nIl Perù ha accolto con favore la proposta.\n"])
    assert [records[-1]["targets"] for records in found] == [["Chile"], ["Chile"]]
    # nor one that names the speaker's side, though aiming at no one
    text = "Chile said the Peruvian people deserve free elections.\n\nPeru's government rejected the statement.\n"
    assert records_of(tmp_path, vocabulary, text)[-1]["targets"] == ["Chile"]
    # a statement before that was not aimed at the speaker's side is not what is answered
    text = "Peru called on Bolivia to release the detained journalists.\n\nChile rejected the claims.\n"
    assert records_of(tmp_path, vocabulary, text)[-1]["targets"] == []
    # the statements in a row of the speaker before: the accusation need not be the last of them
    text = ("Peru accused Chile of violating the accord. Peru said it would continue to press for talks.\n\n"
            "Chile's foreign ministry dismissed the remarks as baseless.\n")
    assert records_of(tmp_path, vocabulary, text)[-1]["targets"] == ["Peru"]


def test_a_warning_that_steps_will_not_go_unanswered(tmp_path, vocabulary):
    # an idiom of warning whose subject is the deed answered ("Such decisions will not go
    # unanswered", "non resteranno senza risposta"), also as a whole answer of a transcript
    found = records_of_each(tmp_path, vocabulary, [
        "Such steps will not go unanswered, Foreign Minister Jane Doyle said.\n",
        "Jane Doyle: We regard this step as hostile. Such decisions will not go unanswered.\n",
        "«Queste misure non resteranno senza risposta», ha detto il ministro Paolo Rossi.\n"])
    assert [[(r["actors"], r["act"]) for r in records] for records in found] == [
        [(["Jane Doyle"], "warn")], [(["Jane Doyle"], "criticize"), (["Jane Doyle"], "warn")],
        [(["Paolo Rossi"], "warn")]]


def test_no_target_carries_over_a_question(tmp_path, vocabulary):
    # an answer names its own matter: whom the answer before opposed is not its target
    text = ("Question: How do you comment on Peru's decision?\n\n"
            "Jane Doyle: We condemn Peru's decision.\n\n"
            "Question: The Commission has proposed new rules. Your assessment?\n\n"
            "Jane Doyle: Such rules will not go unanswered.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Peru"], []]


def test_targeting_anothers_infrastructure_opposes_who_does_it(tmp_path, vocabulary):
    # "targeting", "prendendo di mira": a deed of harm; who does it is the target, whose grid it
    # is the harmed (in English right after the verb); energy infrastructure is energy
    found = records_of_each(tmp_path, vocabulary, [
        "Chilean Foreign Minister Jane Doyle said Peru was deliberately targeting Chile's power grid.\n",
        "Il ministro cileno Paolo Rossi ha detto che il Perù sta prendendo di mira le infrastrutture energetiche.\n"])
    assert [[(r["stance"], r["targets"], r["topics"]) for r in records] for records in found] == [
        [("oppose", ["Peru"], ["energy", "chile-peru-relations"])]] * 2


def test_a_deed_on_part_of_a_country_harms_the_country(tmp_path, vocabulary):
    # "airstrikes on southern Peru": Peru is whom the deed is done to, not a target of the criticism
    records = records_of(tmp_path, vocabulary, "Chile strongly condemns Bolivia's airstrikes on southern Peru.\n")
    assert [r["targets"] for r in records] == [["Bolivia"]]


def test_a_statement_by_an_unnamed_spokesperson_of_a_ministry_is_the_ministrys(tmp_path, vocabulary):
    # the title's spokesperson, whom the text does not name, speaks for the ministry its complement
    # names; a sentence whose subject is a thing of another's ("Peru's aggressive policies
    # threaten…") is no one's statement, not the last speaker's
    text = ("Statement by the Spokesperson of the Ministry of Foreign Affairs of Chile on the Strikes on Bolivia\n\n"
            "We strongly condemn Peru's airstrikes on southern Bolivia.\n\n"
            "Peru's aggressive policies threaten regional peace and stability.\n\n"
            "Chile will continue to stand by the Bolivian people.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [[CHILEAN_MFA], ["Chile"]]


def test_an_embassys_spokesperson_speaks_for_the_embassy_named_with_its_host(tmp_path, vocabulary):
    # the title's unnamed spokesperson of an embassy: the embassy, its host after "in the";
    # dissatisfaction expressed criticises; "to express" after representations lodged is why,
    # the same criticism, not a second one
    text = ("Remarks of the Spokesperson of the Chilean Embassy in the United States on the Tariffs\n\n"
            "The Embassy expresses strong dissatisfaction and firm opposition.\n\n"
            "Chile has lodged representations with Peru and Bolivia in Santiago, Lima and La Paz to express strong "
            "dissatisfaction and firm opposition to their decision, a spokesperson for the Chilean foreign ministry "
            "said.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chilean Embassy in the United States"], "criticize"), ([CHILEAN_MFA], "criticize")]


def test_an_institution_named_with_its_country_after_it_speaks_and_is_referred_back_to(tmp_path, vocabulary):
    # "the Embassy of Chile in Peru", "the Ministry of Foreign Affairs of Peru", "l'Ambasciata
    # d'Italia a Lima": one actor, the institution (its country no second speaker); "The Embassy"
    # after it is that embassy, "The Ministry" no embassy
    found = records_of_each(tmp_path, vocabulary, [
        "The Embassy of Chile in Peru said the tariffs were unfair. The Ministry of Foreign Affairs of Peru rejected "
        "the claims. The Embassy later urged Peru to reconsider.\n",
        "L'Ambasciata d'Italia a Lima ha condannato l'attacco. L'Ambasciata ha espresso vicinanza alla popolazione.\n"])
    assert [[r["actors"] for r in records] for records in found] == [
        [["Chilean Embassy in Peru"], ["Peruvian Ministry of Foreign Affairs"], ["Chilean Embassy in Peru"]],
        [["Italian Embassy in Peru"], ["Italian Embassy in Peru"]]]


def test_whose_words_are_judged_by_their_post_is_the_target(tmp_path, vocabulary):
    # "le parole del ministro", "the remarks of the minister": the minister the text named; and
    # "ipocrite" judges as hypocrisy does
    found = records_of_each(tmp_path, vocabulary, [
        "Peruvian Foreign Minister Tom Berg said the border was closed.\n\n"
        "Chilean President Ana Ríos rejected the remarks of the minister.\n",
        "Il ministro degli Esteri peruviano Tom Berg ha detto che il confine è chiuso.\n\n"
        "La presidente cilena Ana Ríos ha definito le parole del ministro «ipocrite».\n"])
    assert [(records[-1]["act"], records[-1]["targets"]) for records in found] == [
        ("reject", ["Tom Berg"]), ("criticize", ["Tom Berg"])]


def test_a_quotation_over_paragraphs_is_the_speaker_its_last_paragraph_names(tmp_path, vocabulary):
    # the press leaves a quotation open at a paragraph's end and opens the next one with a mark
    # (or goes on without one): who says the last paragraph says the first; "will not accept" rejects
    for second in ('"Chile is ready to help," Foreign Minister Jane Doyle said.\n',
                   'Chile is ready to help," Foreign Minister Jane Doyle said.\n'):
        text = '"We will not accept any agreement that is imposed on Peru. We condemn the attack.\n\n' + second
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)][:2] == [
            (["Jane Doyle"], "reject"), (["Jane Doyle"], "criticize")], second
    # a quotation closed at its paragraph's end is not the next paragraph's speaker's
    text = '"We condemn the attack."\n\n"Chile is ready to help," Foreign Minister Jane Doyle said.\n'
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "express-intent")]


def test_plans_to_meet_a_counterpart_are_contacts_with_the_counterparts_side(tmp_path, vocabulary):
    # "had no plans to meet his Peruvian counterpart": the meeting itself is what is said, with
    # the side of the counterpart named; a demonym elsewhere in it is no party ("Peruvian staff of
    # the embassy")
    found = records_of_each(tmp_path, vocabulary, [
        "Chile said that President Jane Doyle had no plans to meet her Peruvian counterpart this year.\n",
        "Chile condemned the detention of Peruvian staff of the embassy in Lima.\n"])
    assert [[r["topics"] for r in records] for records in found] == [
        [["diplomatic-contacts", "chile-peru-relations"]], [["human-rights", "diplomatic-contacts"]]]


def test_ministries_with_names_of_their_own_are_found_by_what_the_press_calls_them(tmp_path, vocabulary):
    # the gazetteer's French, German and British foreign ministries and the Pentagon, by their
    # nicknames and by the country's possessive or demonym
    found = records_of_each(tmp_path, vocabulary, [
        "The Quai d'Orsay condemned the attack.\n", "Germany's foreign ministry welcomed the plan.\n",
        "The British Foreign Office rejected the claims.\n", "The Pentagon said the strikes were necessary.\n",
        "The US defense ministry said the strikes were necessary.\n",
        "Il ministero degli Esteri francese ha condannato l'attacco.\n"])
    assert [[r["actors"] for r in records] for records in found] == [
        [["Ministry for Europe and Foreign Affairs"]], [["Federal Foreign Office"]],
        [["Foreign, Commonwealth and Development Office"]], [["United States Department of Defense"]],
        [["United States Department of Defense"]], [["Ministry for Europe and Foreign Affairs"]]]


def test_a_cataphora_with_a_participle_and_its_agent_reports_the_sentence_before(tmp_path, vocabulary):
    # "È quanto dichiarato dal ministro X" (no auxiliary, the speaker its agent), as "È quanto ha
    # dichiarato X": the sentence before is X's
    for closing in ("È quanto dichiarato dal ministro boliviano Ana Ríos.", "È quanto ha dichiarato il ministro boliviano Ana Ríos."):
        text = "La Bolivia sostiene il piano. " + closing + "\n"
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Ana Ríos"], "support")], closing


def test_refusing_to_recognise_a_countrys_independence_targets_it(tmp_path, vocabulary):
    # whose sovereignty a refusal to recognise names is whose claim is refused (a target, and so
    # the two countries' relations); whose sovereignty a condemned deed violates is a victim
    found = records_of_each(tmp_path, vocabulary, [
        "Chile will never recognise Peru's independence, Chilean Foreign Minister Jane Doyle said.\n",
        "Il Cile non riconoscerà mai l'indipendenza del Perù, ha detto il ministro cileno Paolo Rossi.\n",
        "Chile condemned the violation of Peru's sovereignty.\n"])
    assert [[(r["targets"], r["topics"]) for r in records] for records in found] == [
        [(["Peru"], ["chile-peru-relations"])], [(["Peru"], ["chile-peru-relations"])], [([], ["diplomatic-contacts"])]]


def test_the_council_after_an_organisations_official_is_that_organisation(tmp_path, vocabulary):
    # "the Council" is the organisation whose name has the word though the text names it by its
    # acronym ("GCC Secretary-General X said the Council stands…"): his own side, one statement
    text = ("GCC Secretary-General Jasem Mohamed Albudaiwi said the Council stands in solidarity with the "
            "Palestinian people.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jasem Mohamed Albudaiwi"], "support")]


def test_a_role_thanked_or_urged_is_the_side_of_whom_it_refers_to(tmp_path, vocabulary):
    # "thanked the Peruvian leader for…", as "urged his Peruvian counterpart to…": the side of the
    # person the role refers to; not one of the speaker's own side
    text = ("President Jane Doyle of Chile spoke with President Tom Berg of Peru. The Chilean President thanked "
            "the Peruvian leader for his mediation efforts. The President later thanked the Chilean foreign "
            "minister for her work.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Peru"], []]


def test_an_institutions_unnamed_spokesperson_after_an_articulated_preposition(tmp_path, vocabulary):
    # "il portavoce dell'ambasciata", "del ministero", "della sede diplomatica": the institution the
    # text named before speaks, as "the spokesperson of the embassy" does in English; "the diplomatic
    # mission", "la sede diplomatica" are the embassy by another noun
    found = records_of_each(tmp_path, vocabulary, [
        "Le parole hanno provocato la reazione dell'ambasciata cilena in Italia. \"Respingiamo queste accuse\", "
        "fa sapere il portavoce dell'ambasciata.\n",
        "Le parole hanno provocato la reazione del ministero degli Esteri cileno. \"Respingiamo queste accuse\", "
        "ha dichiarato il portavoce del ministero.\n",
        "Le parole hanno provocato la reazione dell'ambasciata cilena in Italia. \"Respingiamo queste accuse\", "
        "fa sapere il portavoce della sede diplomatica.\n",
        "The remarks drew a reaction from the Chilean embassy in Italy. \"We reject these accusations,\" the "
        "spokesperson of the diplomatic mission said.\n"])
    embassy = "Chilean Embassy in Italy"
    assert [[(r["actors"], r["act"]) for r in records] for records in found] == [
        [([embassy], "reject")], [([CHILEAN_MFA], "reject")], [([embassy], "reject")], [([embassy], "reject")]]
    # the institution the reference names, not the side that spoke last
    text = ("Le parole hanno provocato la reazione dell'ambasciata cilena in Italia. Il Cile respinge queste accuse. "
            "\"Le parole del ministro sono inaccettabili\", fa sapere il portavoce della sede diplomatica.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Chile"], [embassy]]


def test_a_light_verb_in_the_first_person_plural_and_discontent(tmp_path, vocabulary):
    # an institution's "we": "manifestiamo il nostro forte malcontento", "esprimiamo la ferma
    # opposizione", "abbiamo manifestato", as "ha manifestato"; discontent is a criticism as
    # dissatisfaction is
    found = records_of_each(tmp_path, vocabulary, [
        "\"Manifestiamo il nostro forte malcontento\", ha detto il ministro cileno Paolo Rossi.\n",
        "\"Esprimiamo la nostra ferma opposizione\", ha detto il ministro cileno Paolo Rossi.\n",
        "\"Abbiamo manifestato il nostro disappunto\", ha detto il ministro cileno Paolo Rossi.\n",
        "\"We express our strong discontent,\" Chilean Foreign Minister Jane Doyle said.\n"])
    assert [[(r["act"], r["stance"]) for r in records] for records in found] == [[("criticize", "oppose")]] * 4


def test_a_reporter_naming_an_institution_of_their_side_as_whose_position_it_is(tmp_path, vocabulary):
    # "X said the ministry rejects…": the institution named as whose position it is speaks (the
    # annotation guide's principal), where "X said Chile rejects…" is X speaking for their country
    found = records_of_each(tmp_path, vocabulary, [
        "Chilean Foreign Ministry spokesperson Ana Lopez said the ministry rejects the accusations.\n",
        "Chile's foreign ministry spokesperson Ana Lopez said the ministry firmly rejects the accusations.\n",
        "Chilean Foreign Ministry spokesperson Ana Lopez said Chile rejects the accusations.\n"])
    assert [[(r["actors"], r["act"]) for r in records] for records in found] == [
        [([CHILEAN_MFA], "reject")], [([CHILEAN_MFA], "reject")], [(["Ana Lopez"], "reject")]]


def test_denying_another_the_standing_to_lecture_opposes_them(tmp_path, vocabulary):
    # "had no standing to lecture X", "in no position to lecture", "non può dare lezioni al X": an
    # opposition to who lectures, not to who is lectured
    found = records_of_each(tmp_path, vocabulary, [
        "Chilean Foreign Minister Jane Doyle said Peru had no standing to lecture Chile.\n",
        "Chilean Foreign Minister Jane Doyle said Peru was in no position to lecture Chile.\n",
        "Il ministro cileno Paolo Rossi ha detto che il Perù non può dare lezioni al Cile.\n"])
    assert [[(r["stance"], r["targets"]) for r in records] for records in found] == [[("oppose", ["Peru"])]] * 3


def test_calling_a_decision_an_error_criticises_it(tmp_path, vocabulary):
    # "definendola un errore", "ha definito la decisione un grave errore", as "called it a mistake";
    # "inutili e dannose", as "useless" and "damaging"
    found = records_of_each(tmp_path, vocabulary, [
        "Il ministro cileno Paolo Rossi ha definito la decisione un grave errore.\n",
        "Il ministro cileno Paolo Rossi ha criticato la decisione, definendola \"un errore\".\n",
        "Il ministro cileno Paolo Rossi ha definito le sanzioni \"inutili e dannose\".\n",
        "Chilean Foreign Minister Jane Doyle called the decision a serious mistake.\n"])
    assert [[(r["act"], r["stance"]) for r in records] for records in found] == [
        [("criticize", "oppose")], [("criticize", "oppose")] * 2, [("criticize", "oppose")], [("criticize", "oppose")]]


def test_a_participle_describing_the_noun_before_its_comma_is_no_act(tmp_path, vocabulary):
    # "welcomed the agreement, signed in Doha on Monday,": the agreement was signed, the subject
    # agreed to nothing; with its agent ("endorsed by X") or what was said ("stressed … that") it is an act
    found = records_of_each(tmp_path, vocabulary, [
        "Chile welcomed the agreement, signed in Lima on Monday, between the two sides.\n",
        "Il Cile ha accolto con favore l'intesa, firmata a Lima lunedì.\n",
        "Chile condemned the attack, stressed in a statement that it was unacceptable, and called for calm.\n"])
    assert [[r["act"] for r in records] for records in found] == [
        ["support"], ["support"], ["criticize", "emphasize", "appeal"]]


def test_a_closing_report_of_an_unquoted_position_then_a_gerund_gives_both(tmp_path, vocabulary):
    # "Unilateral sanctions are unacceptable, X said, adding that Chile supports Peru": what the
    # report closes is its statement, the gerund's its own; a date before the comma is no position
    found = records_of_each(tmp_path, vocabulary, [
        "Unilateral sanctions are unacceptable, Chilean Foreign Minister Jane Doyle said, adding that Chile "
        "supports Peru.\n",
        "On Monday, Chilean Foreign Minister Jane Doyle said, adding that Chile supports Peru.\n"])
    assert [[(r["act"], r["stance"]) for r in records] for records in found] == [
        [("state", "oppose"), ("support", "support")], [("support", "support")]]


def test_refusing_to_tolerate_rejects(tmp_path, vocabulary):
    # "would not tolerate", "will not tolerate", "non tollererà": a rejection, as "will not accept" is
    found = records_of_each(tmp_path, vocabulary, [
        "Foreign Minister Jane Doyle said Chile would not tolerate any unconstitutional change of government.\n",
        "Chile will not tolerate interference in its internal affairs.\n",
        "Il Cile non tollererà interferenze, ha detto il ministro cileno Paolo Rossi.\n"])
    assert [[(r["act"], r["stance"]) for r in records] for records in found] == [[("reject", "oppose")]] * 3


def test_an_answer_rejecting_the_claims_a_question_reports_targets_their_country(tmp_path, vocabulary):
    # "Question: Peru's president has claimed … — We reject any claims to the contrary": the one
    # country the question names besides the speaker's; none when it names two others
    def answer(question):
        text = ("Chilean Foreign Ministry Spokesperson Jane Doyle: Good afternoon.\n\n"
                f"Question: {question} What is your response?\n\n"
                "Jane Doyle: We reject any claims to the contrary.\n")
        return [r["targets"] for r in records_of(tmp_path, vocabulary, text)]
    assert answer("Peru's president has claimed credit for the ceasefire.") == [["Peru"]]
    assert answer("Peru and Bolivia have claimed credit for the ceasefire.") == [[]]


def test_a_demonstrative_carries_the_matter_before_into_the_next_statement(tmp_path, vocabulary):
    # "…condemns the attack on the convoy in Gaza. … rejects these violations of international
    # law": the matter before goes on beside what the words name; without one, only the words
    text = ("Chile condemns the attack on the aid convoy in Gaza. The ministry also rejected {} violations of "
            "international law.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text.format("these"))][-1] == [
        "multilateralism", "middle-east-conflict"]
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text.format("all"))][-1] == ["multilateralism"]


def test_the_congo_named_without_its_article(tmp_path, vocabulary):
    # "the Democratic Republic of Congo", as the press writes it: the country (its region's topic),
    # not a word of democracy
    text = "Chile condemned the renewed fighting in the eastern Democratic Republic of Congo.\n"
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["africa"]]


def test_a_ledes_unnamed_role_is_the_person_the_story_names_later_with_it(tmp_path, vocabulary):
    # "A Chilean Foreign Ministry spokeswoman on Wednesday urged… spokeswoman Ana Lopez said": the
    # wire's lede names her later; with no one named so, the ministry
    later = ("\n\nIn response to a question, spokeswoman Ana Lopez said, \"We urge the Peruvian side to face "
             "reality.\"\n")
    lede = "SANTIAGO - A Chilean Foreign Ministry spokeswoman on Wednesday urged Peru to stop the provocations."
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, lede + later)] == [["Ana Lopez"], ["Ana Lopez"]]
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, lede + "\n")] == [[CHILEAN_MFA]]


def test_describing_a_deed_by_words_of_opposition_criticises_it(tmp_path, vocabulary):
    # "ha parlato di «un atto inaccettabile»", "spoke of a cowardly attack": criticism, as "called it
    # unacceptable" is; described by other words, a statement
    found = records_of_each(tmp_path, vocabulary, [
        "Il ministro cileno Paolo Rossi ha parlato di \"un atto inaccettabile\".\n",
        "Chilean Foreign Minister Jane Doyle spoke of a cowardly attack.\n",
        "Il ministro cileno Paolo Rossi ha parlato di cooperazione economica.\n"])
    assert [[r["act"] for r in records] for records in found] == [["criticize"], ["criticize"], ["state"]]


def test_a_cataphoric_report_after_a_closing_quotation_and_its_stop(tmp_path, vocabulary):
    # '«…». È quanto ha detto X', '"…". È quanto si legge in una nota della Farnesina': a sentence of
    # its own after the quotation's stop, which reports the quotation (not an attribution line)
    found = records_of_each(tmp_path, vocabulary, [
        "«Il Cile condanna con fermezza l'attacco». È quanto ha detto il ministro cileno Paolo Rossi.\n",
        "\"L'Italia condanna con fermezza l'attacco\". È quanto si legge in una nota della Farnesina.\n",
        "\"L'Italia condanna con fermezza l'attacco\". Lo si legge in una nota della Farnesina.\n"])
    farnesina = "Italian Ministry of Foreign Affairs"
    assert [[(r["actors"], r["act"]) for r in records] for records in found] == [
        [(["Paolo Rossi"], "criticize")], [([farnesina], "criticize")], [([farnesina], "criticize")]]


def test_a_named_quotation_after_an_aside_on_the_matter(tmp_path, vocabulary):
    # "Sul Perù, Rossi è stato netto: «…»", 'On Peru, X was blunt: "…"': the aside on the matter
    # before the person does not hide the quotation they introduce
    found = records_of_each(tmp_path, vocabulary, [
        "Sul Perù, il ministro cileno Paolo Rossi è stato netto: «Lima deve ritirare le truppe dal confine».\n",
        "On Peru, Chilean Foreign Minister Jane Doyle was blunt: \"Lima must withdraw its troops from the border.\"\n"])
    assert [[r["actors"] for r in records] for records in found] == [[["Paolo Rossi"]], [["Jane Doyle"]]]


def test_a_clause_of_time_has_its_own_subject(tmp_path, vocabulary):
    # "…after Lima announced new tariffs": Lima is the subject of its clause, not an object of "after"
    # whose verb goes on with the subject before
    text = "Chile lodged a protest with Peru after Lima announced new tariffs on copper.\n"
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile"], "criticize"), (["Peru"], "state")]


def test_opposing_the_move_answers_the_statement_before(tmp_path, vocabulary):
    # "Peru announced new tariffs… Chile firmly opposes the move", "la decisione": whose move it is
    # is the target, and its matter goes on; not one's own side's move
    found = records_of_each(tmp_path, vocabulary, [
        "Peru announced new tariffs on copper imports.\n\nChile firmly opposes the move.\n",
        "Il Perù ha annunciato nuovi dazi sul rame.\n\nIl Cile condanna la decisione.\n",
        "Chile announced new tariffs on copper imports.\n\nThe Chilean government defended the move.\n"])
    assert [(records[-1]["targets"], records[-1]["topics"][-1]) for records in found] == [
        (["Peru"], "trade"), (["Peru"], "trade"), ([], "trade")]


def test_reserving_the_right_warns_in_any_tense(tmp_path, vocabulary):
    # "said Chile reserved the right to respond", "reserves its right", "si è riservato il diritto":
    # a warning, as "reserves the right" is
    found = records_of_each(tmp_path, vocabulary, [
        "Chilean Foreign Minister Jane Doyle said Chile reserved the right to respond.\n",
        "Chile reserves its right to respond to the attack.\n",
        "Il Cile si è riservato il diritto di rispondere, ha detto il ministro cileno Paolo Rossi.\n"])
    assert [[r["act"] for r in records] for records in found] == [["warn"]] * 3


def test_a_part_of_a_country_after_a_place_preposition_is_a_place(tmp_path, vocabulary):
    # "the clashes in the coastal region of Syria", "nella regione costiera della Siria", "in the
    # eastern part of Ukraine": where it happens, as "in Syria" is, no target
    found = records_of_each(tmp_path, vocabulary, [
        "Chile is concerned about the clashes in the coastal region of Syria.\n",
        "Il Cile è preoccupato per gli scontri nella regione costiera della Siria.\n",
        "Chile is concerned about the fighting in the eastern part of Ukraine.\n"])
    assert [[r["targets"] for r in records] for records in found] == [[[]]] * 3


def test_being_open_to_talks_expresses_intent(tmp_path, vocabulary):
    # "said Lima was open to talks with Santiago", "il Perù è aperto al dialogo", "stood ready to":
    # readiness, an intent (not a passive that tells what Lima was told)
    found = records_of_each(tmp_path, vocabulary, [
        "Peruvian Foreign Minister Tom Berg said Lima was open to talks with Santiago on the border.\n",
        "Il Perù è aperto al dialogo con il Cile, ha detto il ministro peruviano Paolo Rossi.\n",
        "Peruvian Foreign Minister Tom Berg said Peru stood ready to help Chile.\n"])
    assert [[(r["act"], r["targets"]) for r in records] for records in found] == [
        [("express-intent", ["Chile"])], [("express-intent", ["Chile"])], [("express-intent", ["Chile"])]]


def test_a_source_before_an_elided_article_with_no_comma(tmp_path, vocabulary):
    # "Per Rossi l'Europa deve…", "Secondo Rossi l'accordo è…": the elided article opens what the
    # source says, as "Per Rossi la Nato…" does
    found = records_of_each(tmp_path, vocabulary, [
        "Per il ministro cileno Paolo Rossi l'Europa deve parlare con una voce sola.\n",
        "Secondo il ministro cileno Paolo Rossi l'accordo con il Perù è un successo.\n"])
    assert [[(r["actors"], r["act"]) for r in records] for records in found] == [
        [(["Paolo Rossi"], "state")], [(["Paolo Rossi"], "state")]]


def test_a_post_qualified_by_its_ministry_is_not_another_post_of_its_country(tmp_path, vocabulary):
    # "the Indian Defence Minister", "Chile's Defence Minister": not the foreign minister the
    # gazetteer lists for the country (whose post is also a minister's); unnamed, the country
    texts = ("New Delhi, 3 May 2025\n\nThe Indian Defence Minister said India would respond firmly to any attack.\n",
             "Chile's Interior Minister said on Monday that Chile would close the border.\n")
    assert [[r["actors"] for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        [["India"]], [["Chile"]]]


def test_the_remarks_of_a_countrys_unnamed_minister_target_the_country(tmp_path, vocabulary):
    # "rejects the remarks made by the Peruvian Defence Minister": whose words are rejected, by post;
    # no person known, the post's country (not the speaker's own minister)
    texts = ("Chile strongly rejects the remarks made by the Peruvian Defence Minister.\n",
             "Chile rejects the statements of the Peruvian Foreign Minister about the border.\n")
    assert [[r["targets"] for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        [["Peru"]], [["Peru"]]]


def test_a_name_after_a_post_and_a_word_of_subject_matter_is_no_holder(tmp_path, vocabulary):
    # "the statement of the Peruvian Interior Minister regarding Lake Titicaca": the place is what
    # the statement is about, not the minister's name (it had become a person and a target)
    text = ("Chile rejects the statement of the Peruvian Interior Minister regarding Lake Titicaca.\n"
            "Chile remains committed to the peaceful settlement of the border dispute.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Peru"], []]


def test_an_organisation_that_adopted_a_resolution_is_no_target_of_it(tmp_path, vocabulary):
    # "in accordance with UN Security Council resolutions", "le risoluzioni del Consiglio di
    # sicurezza": the organisation names the documents, as a place names "the Minsk agreements"
    texts = ("Chile supports a peaceful settlement of the dispute in accordance with UN Security Council resolutions.\n",
             "Chile supports a peaceful settlement of the dispute in line with the relevant Security Council resolutions.\n")
    assert [[r["targets"] for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [[[]], [[]]]


def test_the_country_a_position_refers_back_to_is_its_target(tmp_path, vocabulary):
    # "respect for the sovereignty of the country", "gli sforzi del Paese", "the country's efforts":
    # the country named before, not the speaker's own; one the position names itself before the
    # noun is whose it is ("the Chilean government … the country's rights": none); a country that
    # evokes a topic evokes it so too (the conflicts of Sudan: africa)
    texts = ("Chile is concerned about the violence in Bolivia. Chile calls for respect for the sovereignty "
             "and territorial integrity of the country.\n",
             "Il Cile è preoccupato per le violenze in Sudan. Il Cile sostiene gli sforzi di pace del Paese.\n",
             "Peru criticised Chile. The Chilean government will continue to firmly safeguard the country's sovereign "
             "rights over the islands, Chilean Foreign Minister Jane Doyle added.\n")
    found = [[(r["targets"], r["topics"]) for r in records][-1] for records in records_of_each(tmp_path, vocabulary, texts)]
    assert found[0] == (["Bolivia"], ["bolivia-chile-relations"])
    assert found[1] == (["Sudan"], ["africa"])
    assert found[2] == ([], ["chile-peru-relations"])


def test_a_charge_the_accused_denies_answers_the_accuser(tmp_path, vocabulary):
    # "…accused Peru of arming the rebels, a charge Lima denies", "un'accusa che Lima respinge": the
    # apposed claim is what the accused rejects, so its target is the accuser (not the rebels)
    texts = ("Chile has accused Peru of arming the rebels, a charge Lima has repeatedly denied.\n",
             "Bolivia accused Chile of supporting the Andean Liberation Front, an accusation Santiago rejects.\n",
             "Il Cile ha accusato il Perù di armare i ribelli, un'accusa che Lima respinge.\n")
    found = [[(r["actors"], r["act"], r["targets"]) for r in records] for records in records_of_each(tmp_path, vocabulary, texts)]
    assert [records[-1] for records in found] == [(["Peru"], "reject", ["Chile"]), (["Chile"], "reject", ["Bolivia"]),
                                                  (["Peru"], "reject", ["Chile"])]


def test_the_partner_an_addressee_is_urged_to_work_with_is_the_addressees(tmp_path, vocabulary):
    # "urged India to work with Pakistan": the speaker's relations with the addressee, and the
    # addressee's with its partner, not the speaker's with the partner ("agreed to work with Peru" is)
    texts = ("Chile urged Bolivia to work with Peru to maintain peace in the region.\n",
             "Chile agreed to work with Peru on border security.\n",
             "Il Cile ha invitato la Bolivia a negoziare con il Perù.\n")
    assert [[r["topics"] for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        [["bolivia-chile-relations", "bolivia-peru-relations"]], [["chile-peru-relations"]],
        [["bolivia-chile-relations", "bolivia-peru-relations"]]]


def test_words_of_catastrophe_and_worsening_oppose(tmp_path, vocabulary):
    # "will only worsen the humanitarian catastrophe", "è catastrofica", "playing into the hands of":
    # what is described is opposed
    texts = ("Chile said the blockade will only worsen the suffering of civilians.\n",
             "Chile said the humanitarian situation in the region is catastrophic.\n",
             "Il Cile ha detto che la situazione umanitaria nella regione è catastrofica.\n",
             "Chile said Peru was playing into the hands of the smugglers.\n",
             "Il Cile ha detto che il Perù fa il gioco dei trafficanti.\n",
             "Chile said the arrests of the journalists were arbitrary.\n",
             # words of violence and crime
             "Chile said such violent incidents at the border are increasing.\n",
             "Il Cile ha detto che la giunta criminale deve lasciare il potere.\n",
             "Chile said any foreign troops deployed at the border would be considered legitimate targets.\n")
    assert [[r["stance"] for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [["oppose"]] * 9


def test_a_word_of_war_inside_another_matters_name_is_no_conflict(tmp_path, vocabulary):
    # "a trade war", "una guerra commerciale" after the war in Ukraine: trade, not that conflict
    texts = ("Chile reaffirmed its support for Ukraine. Chile said it does not fear a trade war with Peru.\n",
             "Il Cile ha ribadito il sostegno all'Ucraina. Il Cile ha detto di non temere una guerra commerciale con il Perù.\n")
    assert [records[-1]["topics"] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        ["trade", "chile-peru-relations"]] * 2


def test_pressing_another_to_act_is_an_appeal_not_the_act_it_presses_for(tmp_path, vocabulary):
    # "will continue to press the parties to agree to a truce": an appeal, not an agreement; the
    # noun ("told a press conference") is no verb
    texts = ("Chile will continue to press both parties to agree to a truce.\n",
             "Chile pressed Peru to release the fishermen.\n",
             "Jane Doyle told a press conference that Peru must release the fishermen.\n")
    assert [[r["act"] for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        ["appeal"], ["appeal"], ["state"]]


def test_tariffs_in_italian_are_trade(tmp_path, vocabulary):
    text = "Il Cile ha espresso preoccupazione per l'impatto delle tariffe sulle imprese cilene.\n"
    assert records_of(tmp_path, vocabulary, text)[0]["topics"] == ["trade"]


def test_having_concerns_is_a_statement_of_opposition(tmp_path, vocabulary):
    # a briefer's "We have serious concerns that…": what "we are deeply concerned that" says
    texts = ("MS DOYLE: We have serious concerns that the announced result does not reflect the votes of the people.\n",
             "Chile has deep concerns about the detention of the journalists.\n")
    assert [[(r["act"], r["stance"]) for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        [("state", "oppose")]] * 2


def test_calling_words_hysterical_criticises_their_speaker(tmp_path, vocabulary):
    texts = ("Il ministro cileno Paolo Rossi ha definito le parole di Kaja Kallas \"isteriche\".\n",
             "Chile's foreign minister called the remarks of Kaja Kallas hysterical.\n")
    assert [[(r["act"], r["targets"]) for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        [("criticize", ["Kaja Kallas"])]] * 2


def test_a_closing_attribution_by_the_speechs_noun_reports_the_quotation_before(tmp_path, vocabulary):
    # "«…». È l'appello lanciato dal ministro X", "È il monito di X", "È l'accusa lanciata da X": the
    # quotation before is the position, the noun the act, the agent the speaker
    texts = ("«Serve un cessate il fuoco immediato». È l'appello lanciato dal ministro degli Esteri cileno Paolo Rossi.\n",
             "«Il Perù rischia di isolarsi». È il monito del ministro degli Esteri cileno Paolo Rossi.\n",
             "«Il Perù non vuole la pace». È l'accusa lanciata dal ministro degli Esteri cileno Paolo Rossi.\n")
    found = [[(r["actors"], r["act"], r["position"]["it"]) for r in records]
             for records in records_of_each(tmp_path, vocabulary, texts)]
    assert found == [[(["Paolo Rossi"], "appeal", "Serve un cessate il fuoco immediato")],
                     [(["Paolo Rossi"], "warn", "Il Perù rischia di isolarsi")],
                     [(["Paolo Rossi"], "criticize", "Il Perù non vuole la pace")]]


def test_armed_forces_named_without_their_side_are_those_of_the_country_in_question(tmp_path, vocabulary):
    # "condemns the military coup in Myanmar", "calls on the army to…" in a text about Myanmar: the
    # armed forces the gazetteer lists for it (else the country); not "the military escalation in
    # Peru" (an adjective), nor the speaker's own army
    texts = ("Chile condemns the military coup in Myanmar. Chile calls on the army to release all detainees.\n",
             "Chile condemns the military escalation in Peru.\n",
             "Chile is concerned about the violence in Bolivia. Chile calls on the army to respect human rights.\n",
             "Chile will ask the army to protect the border.\n")
    assert [[r["targets"] for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        [["Myanmar Armed Forces"], ["Myanmar Armed Forces"]], [[]], [[], ["Bolivia"]], [[]]]


def test_a_government_named_without_its_country_is_that_of_the_country_in_question(tmp_path, vocabulary):
    # "esorta il governo federale a negoziare", "urges the authorities to…" after the crisis in Peru,
    # "the authorities in Lima" (the place right after them first); not "the government of X"
    # (named), nor the speaker's own
    texts = ("L'Unione africana è preoccupata per la guerra in Etiopia. L'Ua esorta il governo federale a negoziare.\n",
             "Chile is concerned about the crisis in Peru. Chile urges the authorities to release the journalists.\n",
             "Peru criticised Bolivia. Chile urges the authorities in Lima to release the journalists.\n",
             "Chile said the government will protect the border.\n")
    assert [records[-1]["targets"] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        ["Ethiopia"], ["Peru"], ["Peru"], []]


def test_a_country_in_a_compound_before_the_actor_it_qualifies_is_its_backer_not_a_target(tmp_path, vocabulary):
    # "the Iran-aligned Houthis": the Houthis are judged, not Iran; with no actor after it
    # ("the Iran-backed militias") the country is whose the deed is
    texts = ("Chile condemns the detention of aid workers by the Iran-aligned Houthis.\n",
             "Chile condemns the attacks by the Iran-backed militias.\n")
    assert [records[0]["targets"] for records in records_of_each(tmp_path, vocabulary, texts)] == [["Houthis"], ["Iran"]]


def test_a_verb_in_a_clause_of_condition_is_no_statement(tmp_path, vocabulary):
    # "would recognise the state unless Peru agreed to a ceasefire", "if Peru rejects the offer":
    # what would be, so the speaker's saying is the statement, not an agreement of Peru's
    texts = ("Chile said it would recognise the new state unless Peru agreed to a ceasefire.\n",
             "Chile said it would withdraw its ambassador if Peru rejected the offer.\n")
    assert [[(r["actors"], r["act"]) for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        [(["Chile"], "state")]] * 2


def test_a_readouts_paragraph_goes_on_with_the_persons_words_but_not_with_a_deed_narrated(tmp_path, vocabulary):
    # "X said that Chile and Peru are friends. Chile is ready to…": X's words go on; "Santiago
    # lodged a protest with Lima" after them is a deed the text narrates, the country's own
    texts = ("Chilean Foreign Minister Jane Doyle said that Chile and Peru are good friends. Chile is ready to work with Peru.\n",
             "Chile's foreign minister Jane Doyle said the launches threatened the region. Santiago lodged a protest "
             "with Lima.\n")
    assert [[r["actors"] for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        [["Jane Doyle"], ["Jane Doyle"]], [["Jane Doyle"], ["Chile"]]]


def test_according_to_an_unnamed_spokesperson_of_a_side_is_the_sides_statement(tmp_path, vocabulary):
    # "Secondo quanto riferito dal portavoce del governo cileno, …" (the article inside "dal"),
    # "According to a spokesperson for the Chilean government, …": the side speaks
    texts = ("Secondo quanto riferito dal portavoce del governo cileno, il Cile non firmerà l'accordo.\n",
             "According to a spokesperson for the Chilean government, Chile will not sign the accord.\n")
    assert [[(r["actors"], r["act"]) for r in records] for records in records_of_each(tmp_path, vocabulary, texts)] == [
        [(["Chile"], "state")]] * 2


def test_a_relative_after_the_speakers_comma_names_a_judgement_of_its_own(tmp_path, vocabulary):
    # '"…", ha detto il ministro X, che ha definito "genocidio" le operazioni': the relative "che" after
    # the name's comma is no "that" of what was said; calling something a genocide criticises it
    text = ('"Il Perù deve fermarsi subito", ha detto il ministro degli Esteri cileno Paolo Rossi, che ha definito '
            '"genocidio" le operazioni militari al confine.\n')
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi"], "state"), (["Paolo Rossi"], "criticize")]


def test_what_a_report_comments_on_is_no_statement_but_whose_words_it_names_are(tmp_path, vocabulary):
    # "…, Doyle said, commenting on the talks": no statement of hers; "Commenting on Berg's words that
    # X, Doyle said…", "Commentando le parole di Rossi secondo cui X, …": X is Berg's (Rossi's)
    texts = ("Chile will respond firmly, Foreign Minister Jane Doyle said, commenting on the talks in Lima.\n",
             "Commenting on Kaja Kallas's words that a new approach had been proposed, Foreign Minister Jane Doyle "
             "said that there was nothing new.\n",
             "Commentando le parole di Kaja Kallas secondo cui era stato proposto un nuovo approccio, il ministro "
             "Paolo Rossi ha affermato che non c'è nessuna novità.\n")
    found = [[(r["actors"], next(iter(r["position"].values()))) for r in records]
             for records in records_of_each(tmp_path, vocabulary, texts)]
    assert found == [[(["Jane Doyle"], "Chile will respond firmly")],
                     [(["Kaja Kallas"], "a new approach had been proposed"), (["Jane Doyle"], "there was nothing new")],
                     [(["Kaja Kallas"], "era stato proposto un nuovo approccio"), (["Paolo Rossi"], "non c'è nessuna novità")]]


def test_an_envoy_summoned_to_say_something_is_no_subject_and_the_verb_no_part_of_the_post(tmp_path, vocabulary):
    # "Chile summoned Peru's ambassador to express its strong protest": the verb after "to" is no
    # complement of the post ("ambassador to Brazil"), and whom Chile summoned does not protest
    texts = ("Chile summoned Peru's ambassador to express its strong protest over the detention of the fishermen.\n",
             "Chile's foreign minister Jane Doyle described the manoeuvres as unsafe and unprofessional.\n",
             "Chile issued a note protesting against the detention of the fishermen.\n")
    found = [[(r["actors"], r["act"], r["stance"]) for r in records] for records in records_of_each(tmp_path, vocabulary, texts)]
    assert found == [[(["Chile"], "criticize", "oppose")], [(["Jane Doyle"], "criticize", "oppose")],
                     [(["Chile"], "criticize", "oppose")]]


def test_a_statement_that_names_no_matter_in_a_text_about_a_conflict_is_about_it(tmp_path, vocabulary):
    # "Nessun passo indietro sul sostegno all'Ucraina." opening an item: a statement after it that
    # names no matter, with none after it, is about that conflict, not about diplomatic contacts
    text = ("Nessun passo indietro sul sostegno all'Ucraina. Il ministro degli Esteri cileno Paolo Rossi ha annunciato "
            "un nuovo pacchetto di aiuti da due miliardi di euro.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["ukraine-conflict"]]
    text = "Il ministro degli Esteri cileno Paolo Rossi ha annunciato un nuovo pacchetto di aiuti da due miliardi di euro.\n"
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [["diplomatic-contacts"]]


def test_a_quotation_read_in_a_note_of_a_ministry_is_the_ministrys(tmp_path, vocabulary):
    # '"…", si legge in una nota del ministero degli Esteri': the "del" ends the source's words and
    # opens the ministry's; the ministry of the dateline's country speaks
    text = 'SANTIAGO, 3 marzo 2025\n\n"Chiediamo il suo immediato rilascio", si legge in una nota del ministero degli Esteri.\n'
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [([CHILEAN_MFA], "appeal")]


def test_a_verb_coordinated_after_a_deed_is_no_closing_report(tmp_path, vocabulary):
    # "X, il ministro, ha convocato l'incaricato d'affari e ha parlato di «un arresto arbitrario»": the
    # verb after "e" goes on with the subject, its complement is what it says (not "…, X said")
    text = ("Il ministro degli Esteri cileno, Paolo Rossi, ha convocato l'incaricato d'affari peruviano e ha parlato "
            "di \"un arresto arbitrario e inaccettabile\".\n")
    assert [(r["act"], r["position"]["it"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("criticize", "un arresto arbitrario e inaccettabile")]


def test_attacking_in_words_criticises(tmp_path, vocabulary):
    # "ha aperto il dibattito attaccando le sanzioni": the gerund criticises as "ha attaccato" does
    text = "Il presidente cileno ha aperto il dibattito attaccando le sanzioni unilaterali.\n"
    assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [("criticize", "oppose")]


def test_a_quotation_attributed_in_a_later_sentence_speaks_for_its_speakers_side(tmp_path, vocabulary):
    # '"Di recente la parte cilena ha notato… Di ciò manifestiamo…", fa sapere il portavoce
    # dell'ambasciata': its first sentence, whose subject is the speaker's own side, is the speaker's
    text = ('"Di recente, la parte cilena ha notato alcune osservazioni negative. Di ciò manifestiamo il nostro forte '
            'malcontento", ha detto il ministro degli Esteri cileno Paolo Rossi.\n')
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Paolo Rossi"], ["Paolo Rossi"]]


def test_remaining_determined_and_a_countrys_nuclear_escalation(tmp_path, vocabulary):
    # "We remain determined that Iran must never…": an intent; "Iran's nuclear escalation" is Iran's
    # nuclear programme, as "its nuclear activities" are
    text = ("Chile condemns Iran's continued nuclear escalation. Chile remains determined that Iran must never "
            "develop a nuclear weapon.\n")
    assert [(r["act"], r["topics"][0]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("criticize", "iran-nuclear"), ("express-intent", "iran-nuclear")]


def test_rejecting_the_accusation_after_ones_own_sides_words_answers_the_accuser(tmp_path, vocabulary):
    # "Peru accused Chile… Santiago said the talks would go on. Chile's minister dismissed the
    # accusations": the statements just before are her own side's, so she answers the ones before them
    text = ("Peru accused Chile of sabotaging the railway. Santiago said the talks would go on. Chilean Foreign "
            "Minister Jane Doyle dismissed the accusations as absurd.\n")
    assert records_of(tmp_path, vocabulary, text)[-1]["targets"] == ["Peru"]


def test_a_countrys_armed_forces_are_the_country(tmp_path, vocabulary):
    # a demonym before (or, in Italian, after) an armed-forces noun, and a country's name before
    # one written as a name ("the Ruritania Defence Force"), name the country whose forces they are
    text = ("Chile condemns the offensive by the Peruvian army near the border.\n\n"
            "Chile condemns the shelling by the Bolivia Defence Force near the border.\n\n"
            "Chile calls on the Peru Armed Forces to withdraw from the border.\n\n"
            "Chile condemns the attacks of Bolivian troops and Peruvian soldiers on the villages.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["Peru"], ["Bolivia"], ["Peru"], ["Bolivia", "Peru"]]
    text = "Il Cile condanna l'offensiva delle truppe peruviane al confine.\n"
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Peru"]]
    # a name that goes on with other words stays a name ("the Peru Football Federation")
    text = "Chile condemns the decision of the Peru Football Federation.\n"
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [[]]


def test_views_exchanged_in_the_passive_are_the_participants_consultation(tmp_path, vocabulary):
    text = ("Foreign Minister Paolo Rossi met the Minister for Foreign Affairs of Ghana, Kwame Mensah, in Rome.\n\n"
            "Views were exchanged on the situation in the Sahel.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi", "Kwame Mensah"], "consult")]


def test_in_the_strongest_terms_is_the_verbs_and_lo_scrive_reports(tmp_path, vocabulary):
    text = ("The members of the Security Council condemned in the strongest terms the attack on the convoy.\n\n"
            "«Desidero rivolgerLe i più fervidi auguri». Lo scrive il ministro degli Esteri Paolo Rossi in un "
            "messaggio al suo omologo.\n")
    assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("criticize", "the attack on the convoy"), ("state", "Desidero rivolgerLe i più fervidi auguri")]


def test_a_negated_passive_and_a_judgement_of_what_something_is(tmp_path, vocabulary):
    # "No dates have been agreed": nothing agreed; "regard X as Y" is a judgement, a statement
    # only with one (criticism when it opposes, as "called them provocations" in the guide), and
    # what was stressed when reported after "that"
    text = ("MS DOYLE: No dates have been agreed yet. We regard the new sanctions as illegitimate.\n\n"
            "MS DOYLE: The Council will consider the proposal next week.\n\n"
            "MS DOYLE: I stress that Chile considers such actions hostile.\n")
    assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("criticize", "oppose"), ("emphasize", "oppose")]


def test_regret_opposes_what_it_is_about(tmp_path, vocabulary):
    text = ("The European Union regrets that the campaign was marred by intimidation of voters.\n\n"
            "Il ministro Paolo Rossi ha espresso rammarico per la decisione.\n")
    assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("state", "oppose"), ("state", "oppose")]


def test_the_e3_is_an_actor(tmp_path, vocabulary):
    text = "In a joint statement, the E3 called on Iran to cooperate fully with the IAEA.\n"
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["E3"], "appeal")]


def test_eam_and_a_courtesy_call_in_an_mea_readout(tmp_path, vocabulary):
    # "EAM" is India's External Affairs Minister (a periphrasis by acronym); "called on X" with
    # nothing asked is a visit, whose participants "they" are
    text = ("External Affairs Minister Dr. S. Jaishankar paid an official visit to Singapore.\n\n"
            "EAM called on Prime Minister Lawrence Wong and conveyed the greetings of Prime Minister Shri "
            "Narendra Modi. They discussed ways to deepen the partnership.\n\n"
            "EAM called on all parties to exercise restraint in West Asia.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Subrahmanyam Jaishankar"], "state"),
        (["Subrahmanyam Jaishankar", "Lawrence Wong"], "consult"),
        (["Subrahmanyam Jaishankar"], "appeal")]


def test_a_name_along_with_the_subject_is_a_speaker_too(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle, along with Wang Yi, called for a political settlement.\n\n"
            "Il ministro Paolo Rossi, insieme al collega Hakan Fidan, ha chiesto un cessate il fuoco.\n")
    assert [(r["actors"], r["joint"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle", "Wang Yi"], True), (["Paolo Rossi", "Hakan Fidan"], True)]


def test_a_role_owning_the_remarks_of_a_title_is_its_holder(tmp_path, vocabulary):
    # "Secretary-General's remarks to the Security Council": the Council is of the United Nations,
    # whose Secretary-General on the date speaks the text's "I"
    text = ("Secretary-General's remarks to the Security Council on Haiti\n\n"
            "I call on the international community to fully fund the humanitarian response plan.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["António Guterres"], "appeal")]


def test_a_retort_reports_and_having_no_right_opposes(tmp_path, vocabulary):
    text = "Foreign Minister Jane Doyle retorted that Lima had no right to lecture Santiago.\n"
    assert [(r["actors"], r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "state", "oppose")]


def test_as_someone_said_and_the_italian_passive_with_its_agent(tmp_path, vocabulary):
    texts = {"Come sottolineato dal ministro Paolo Rossi, la pace richiede garanzie.\n":
             (["Paolo Rossi"], "emphasize", "la pace richiede garanzie"),
             "Come ha spiegato il ministro Paolo Rossi, l'Italia non invierà truppe.\n":
             (["Paolo Rossi"], "state", "l'Italia non invierà truppe"),
             "As Foreign Minister Jane Doyle said on Monday, the talks will resume in May.\n":
             (["Jane Doyle"], "state", "the talks will resume in May"),
             "La proposta è stata respinta dal ministro degli Esteri Paolo Rossi.\n":
             (["Paolo Rossi"], "reject", "La proposta"),
             "A detta del ministro Paolo Rossi, l'accordo è a portata di mano.\n":
             (["Paolo Rossi"], "state", "l'accordo è a portata di mano")}
    for text, expected in texts.items():
        assert [(r["actors"], r["act"], next(iter(r["position"].values())))
                for r in records_of(tmp_path, vocabulary, text)] == [expected], text


def test_a_subject_that_names_no_one_who_acts_makes_no_statement(tmp_path, vocabulary):
    text = ("No country has condemned the attack so far.\n\n"
            "Neither Sergey Lavrov nor Wang Yi commented on the report.\n\n"
            "Nessun governo europeo ha condannato il voto.\n\n"
            "No, we will never accept these demands, Sergey Lavrov said.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Sergey Lavrov"], "state")]


def test_a_broad_topic_with_the_actor_that_narrows_it_is_the_narrower_one(tmp_path, vocabulary):
    # kg:narrows: nuclear weapons with Iran named are Iran's nuclear programme, as the guide says;
    # without Iran, arms control
    text = ("Foreign Minister Jane Doyle said Iran must never acquire nuclear weapons.\n\n"
            "Il ministro Paolo Rossi ha detto che l'Iran non deve avere armi nucleari.\n\n"
            "Sergey Lavrov called for talks on nuclear weapons with the United States.\n")
    topics = [r["topics"] for r in records_of(tmp_path, vocabulary, text)]
    assert all(found[0] == "iran-nuclear" and "arms-control" not in found for found in topics[:2])
    assert "arms-control" in topics[2] and "iran-nuclear" not in topics[2]


def test_a_nuclear_programme_is_arms_control_and_the_speakers_side_narrows_it(tmp_path, vocabulary):
    text = ("Iran's foreign ministry spokesman Reza Tavakoli said the country's nuclear programme is peaceful.\n\n"
            "North Korea's nuclear programme is a threat to the region, Jane Doyle said.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["iran-nuclear"], ["north-korea", "arms-control"]]


def test_who_is_named_after_that_is_no_subject_of_the_verb_before_it(tmp_path, vocabulary):
    # "stated that X will travel": X is the subject of what is said, not of "stated"; an unnamed
    # spokesperson nobody can resolve is reported, not replaced by X
    texts = ("The spokesperson stated that Foreign Minister Jane Doyle will travel to Lima on Monday.\n",
             "Un portavoce ha detto che il ministro Paolo Rossi partirà domani per Lima.\n")
    for text in texts:
        records, unattributed = extraction(tmp_path, vocabulary, text)
        assert records == [] and len(unattributed) == 1, text
    # the subject after the verb is still found where nothing opens a clause
    assert [(r["actors"], r["act"]) for r in records_of(
        tmp_path, vocabulary, "The talks were useful, said Jane Doyle, the foreign minister.\n")] == [
        (["Jane Doyle"], "state")]


def test_a_call_word_before_a_verb_label_makes_it_a_noun(tmp_path, vocabulary):
    # "a phone call on Monday" is no "call on" (appeal); "The conversation focused on" still consults
    text = ("Foreign Minister Jane Doyle received a phone call on Monday from Paolo Rossi.\n\n"
            "After a video call on Friday, Jane Doyle said Chile supports the plan.\n\n"
            "The conversation focused on the situation in Peru.\n")
    assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("support", "the plan"), ("consult", "the situation in Peru")]


def test_a_long_title_in_apposition_keeps_the_name_before_it_the_subject(tmp_path, vocabulary):
    # the name before a title that is a reference to a person, however long, is who speaks; the
    # name after "stated" is not an inverted subject
    text = ("Ambassador Tamer Hosny, the Official Spokesperson of the Ministry of Foreign Affairs of Egypt, "
            "stated that Foreign Minister Jane Doyle will visit Cairo next week to sign the accord.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Tamer Hosny"], "state")]
    # the country that completes the apposed title does not speak beside her
    text = "Jane Doyle, the spokesperson of the Ministry of Foreign Affairs of Chile, said the plan is sound.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Jane Doyle"]]


def test_saying_only_that_a_meeting_took_place_is_no_statement(tmp_path, vocabulary):
    # the guide: a sentence that only says a meeting or call happened is no statement, also when
    # someone says it; what they discussed or judged of it still is
    text = ("The spokesman Tamer Hosny stated that Foreign Minister Jane Doyle received a phone call on "
            "Monday from her Peruvian counterpart.\n\n"
            "Jane Doyle said that she met Foreign Minister Paolo Rossi in Lima on Tuesday.\n\n"
            "Il portavoce Luca Verdi ha detto che il ministro Mario Bianchi ha incontrato ieri il collega Paolo Rossi.\n\n"
            "Jane Doyle said the two ministers met in Lima to discuss trade.\n\n"
            "Jane Doyle said she met Paolo Rossi and the talks were constructive.\n")
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "the two ministers met in Lima to discuss trade"),
        (["Jane Doyle"], "she met Paolo Rossi and the talks were constructive")]


def test_speech_nouns_coordinated_after_a_light_verb_are_the_verbs(tmp_path, vocabulary):
    # "expressed their deepest sympathy and condolences to…": what is said begins after both nouns
    text = ("The members of the Security Council expressed their deepest sympathy and condolences to the "
            "families of the victims.\n\n"
            "Il ministro Paolo Rossi ha espresso dolore e cordoglio per le vittime dell'alluvione.\n")
    assert [(r["stance"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("support", "the families of the victims"), ("support", "le vittime dell'alluvione")]


def test_whom_one_informs_is_told_not_targeted(tmp_path, vocabulary):
    # "his colleague" in a readout of a call is the counterpart; informing him of something is no
    # part of what is said and does not target his country, reminding him of something does (a
    # "Ukraine settlement" is a matter, as "the Ukraine issue" is: no target either)
    text = ("Vladimir Putin had a telephone conversation with Foreign Minister Jane Doyle of Chile.\n\n"
            "The Russian President informed his colleague of the progress of the negotiations on a Ukraine "
            "settlement. Putin reminded his colleague of the inadmissibility of new sanctions.\n\n"
            "Il presidente Paolo Rossi ha informato il suo collega sull'andamento dei negoziati.\n")
    assert [(r["targets"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ([], "the progress of the negotiations on a Ukraine settlement"),
        (["Chile"], "his colleague of the inadmissibility of new sanctions"),
        ([], "andamento dei negoziati")]


def test_whom_something_is_agreed_or_discussed_with_is_no_part_of_it(tmp_path, vocabulary):
    # as the guide annotates: "agreed to …" is the position, the partners take part
    text = ("Jane Doyle agreed with Foreign Minister Paolo Rossi, her counterpart, to resume the talks.\n\n"
            "Jane Doyle discussed with Foreign Minister Paolo Rossi and Foreign Minister Tom Berg the "
            "situation in Peru.\n\n"
            "Il ministro Paolo Rossi ha concordato con la collega Jane Doyle di rafforzare la cooperazione.\n\n"
            "The United States will stand shoulder to shoulder with the Iraqi people.\n")
    assert [(r["targets"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ([], "to resume the talks"), ([], "the situation in Peru"), ([], "di rafforzare la cooperazione"),
        (["Iraq"], "the Iraqi people")]


def test_an_answer_is_about_what_was_asked_not_what_the_answer_before_was_about(tmp_path, vocabulary):
    # a press conference: an answer that names no topic is about its question's; a topic does not
    # carry over a question, neither from the answer before nor from the one after
    text = ("Foreign Ministry Spokesperson Jane Doyle's Regular Press Conference on May 6, 2025\n\n"
            "Q: Peru and Bolivia signed a trade agreement yesterday. What is your comment?\n\n"
            "A: We welcome this positive development.\n\n"
            "Q: A bomb exploded near the stadium this morning. Is this a terrorist attack?\n\n"
            "A: I have seen the reports. We believe the police will find those responsible as soon as possible.\n\n"
            "Q: What about the border?\n\n"
            "A: We hope the border will reopen soon.\n\n"
            "Q: And the elections in Venezuela?\n\n"
            "A: We demand the release of all political prisoners in Venezuela.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["trade"], ["terrorism"], ["diplomatic-contacts"], ["human-rights", "latin-america"]]


def test_an_answer_with_no_topic_is_about_the_relations_its_question_names(tmp_path, vocabulary):
    # the question names two countries, or one and the answer's speaker is another's
    text = ("Foreign Ministry Spokesperson Jane Doyle's Regular Press Conference on May 6, 2025\n\n"
            "Q: Bolivia says Peru is to blame for the tensions at the border. Your response?\n\n"
            "A: We reject these baseless allegations.\n\n"
            "Q: Chile's foreign minister has criticised you again. Any comment?\n\n"
            "Mao Ning: We reject these baseless allegations.\n")
    assert [r["topics"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["bolivia-peru-relations"], ["chile-china-relations"]]


def test_an_answer_that_names_only_relations_is_about_the_matter_asked_too(tmp_path, vocabulary):
    text = ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on May 6, 2025\n\n"
            "Q: Chile has adopted new sanctions against Chinese companies. What is your comment?\n\n"
            "Mao Ning: We regard this decision by Chile as a hostile step. China reserves the right to respond.\n")
    assert [(r["act"], r["topics"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("criticize", ["sanctions", "chile-china-relations"]), ("warn", ["sanctions", "chile-china-relations"])]


def test_a_position_ends_before_the_next_verbs_subject_and_keeps_its_article(tmp_path, vocabulary):
    # "…the plan and she urged…": the pronoun and its coordinator begin the next clause; "rejected
    # the timetable" keeps "the" in what is rejected
    text = ("Jane Doyle welcomed the plan and she urged Peru to join it.\n\n"
            "MS DOYLE: We welcome the plan and we urge Peru to join it.\n\n"
            "Jane Doyle welcomed the plan, but he rejected the timetable.\n\n"
            "Jane Doyle welcomed the cooperation between Chile and Peru and urged Bolivia to join.\n")
    assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [
        "the plan", "Peru to join it", "the plan", "Peru to join it", "the plan", "the timetable",
        "the cooperation between Chile and Peru", "Bolivia to join"]
    # an "and" that joins the names of the next verb's subject is no boundary of the position
    text = "Foreign Minister Jane Doyle stressed that Chile and Peru agreed to reopen the border.\n"
    assert next(iter(records_of(tmp_path, vocabulary, text)[0]["position"].values())) == "Chile and Peru"


def test_each_sentence_of_an_introduced_quotation_is_a_statement_of_its_speaker(tmp_path, vocabulary):
    # 'X said:' or 'X issued the following statement:' then a quotation, in its paragraph or the
    # next: quoted sentences with no verb of their own are still the speaker's statement, one for
    # each run of them
    for text in ('Foreign Minister Jane Doyle issued the following statement:\n\n'
                 '"The reports of irregularities are deeply troubling. They must be investigated. We call on Peru '
                 'to investigate them. The people of Peru deserve the truth."\n',
                 'Foreign Minister Jane Doyle said: "The reports of irregularities are deeply troubling. '
                 'We call on Peru to investigate them. The people of Peru deserve the truth."\n'):
        first = "The reports of irregularities are deeply troubling" + (
            ". They must be investigated" if "investigated" in text else "")
        assert [(r["actors"], r["act"], r["stance"], next(iter(r["position"].values())))
                for r in records_of(tmp_path, vocabulary, text)] == [
            (["Jane Doyle"], "state", "oppose", first),
            (["Jane Doyle"], "appeal", "support", "Peru to investigate them"),
            (["Jane Doyle"], "state", "neutral", "The people of Peru deserve the truth")], text
    # an introduction followed by no quotation stays a statement of its own only with a position
    text = "Foreign Minister Jane Doyle said:\n\n\"The reports are deeply troubling.\"\n\nPeru rejected the reports.\n"
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "The reports are deeply troubling"), (["Peru"], "the reports")]


def test_standing_by_someone_supports_them(tmp_path, vocabulary):
    text = "Chile stands by the people of Peru.\n"
    assert [(r["act"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [("support", ["Peru"])]


def test_both_sides_of_a_joint_statement_are_the_countries_its_title_names(tmp_path, vocabulary):
    # no one meets in person: the ministries held consultations, the title names the two countries
    text = ("Joint Press Statement on Political Consultations between Peru and Chile\n\n"
            "The consultations between the foreign ministries of the two countries were held in Lima on 20 March.\n\n"
            "Both sides expressed satisfaction with the progress in bilateral relations and agreed to promote trade.\n")
    assert [(r["actors"], r["act"], next(iter(r["position"].values())))
            for r in records_of(tmp_path, vocabulary, text)] == [
        (["Peru", "Chile"], "support", "the progress in bilateral relations"),
        (["Peru", "Chile"], "agree", "promote trade")]


def test_with_whom_one_stands_is_what_one_supports(tmp_path, vocabulary):
    text = ("Chile will continue to stand shoulder to shoulder with the people of Peru.\n\n"
            "Jane Doyle expressed satisfaction with the outcome of the vote.\n")
    assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [
        "the people of Peru", "the outcome of the vote"]


def test_a_quotation_of_ones_own_side_is_ones_own_however_long_the_report_goes_on(tmp_path, vocabulary):
    # where and to whom it was said do not make the closing report a statement of its own
    texts = {"\"L'Italia è pronta a sostenere ogni sforzo di mediazione\", ha detto il ministro degli Esteri "
             "Antonio Tajani ai giornalisti a margine di un incontro a Bruxelles.\n": "Antonio Tajani",
             "\"The United States is ready to support every mediation effort,\" Secretary of State Marco Rubio told "
             "reporters on the sidelines of a meeting in Brussels on Monday.\n": "Marco Rubio"}
    for text, speaker in texts.items():
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
            ([speaker], "express-intent")], text


def test_whom_one_meets_and_the_source_one_is_reported_by_do_not_speak(tmp_path, vocabulary):
    # "X met Y and called for": Y is met; "Secondo fonti della Farnesina, …": the sources are the
    # report's, the minister speaks; an "and" that joins verbs makes no list of speakers
    texts = {"Foreign Minister Jane Doyle met Foreign Minister Paolo Rossi and called for a ceasefire.\n": "Jane Doyle",
             "Secondo fonti della Farnesina, il ministro Paolo Rossi ha sentito il suo omologo libico e ha chiesto "
             "un immediato cessate il fuoco.\n": "Paolo Rossi",
             "Secondo la Farnesina, il ministro Paolo Rossi ha sentito il suo omologo libico e ha chiesto "
             "un immediato cessate il fuoco.\n": "Paolo Rossi",
             "According to sources in the Chilean Foreign Ministry, Jane Doyle will call for a ceasefire.\n": "Jane Doyle"}
    for text, speaker in texts.items():
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
            ([speaker], "appeal")], text
    for text in ("Germany, France and Italy condemn the attack.\n", "Germany, France, and Italy condemn the attack.\n"):
        assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Germany", "France", "Italy"]], text
    # ", and" after a name that ends no list starts a clause of its own: the name before is no speaker
    texts = {"The launch violates the EU's sanctions, and Chile strongly condemns it.\n": ["Chile"],
             "This is a breach of the rules of the United Nations, and Peru rejects it.\n": ["Peru"]}
    for text, actors in texts.items():
        assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [actors], text


def test_following_something_with_concern_is_a_statement_of_it(tmp_path, vocabulary):
    text = ("La Farnesina segue con grande preoccupazione gli scontri armati in corso a Tripoli.\n\n"
            "Chile is following with deep concern the escalation in the region.\n")
    assert [(r["actors"], r["act"], r["stance"], next(iter(r["position"].values())))
            for r in records_of(tmp_path, vocabulary, text)] == [
        (["Italian Ministry of Foreign Affairs"], "state", "oppose", "gli scontri armati in corso a Tripoli"),
        (["Chile"], "state", "oppose", "the escalation in the region")]


def test_a_verb_in_the_first_person_and_the_rest_of_its_quotation(tmp_path, vocabulary):
    # "abbiamo discusso", "ho ribadito" are the verbs "ha discusso", "ha ribadito"; the closing
    # attribution asserts only what the quotation's own verbs do not
    text = ("«Abbiamo discusso della situazione in Libia. L'Italia lavora per una pace giusta e duratura», ha scritto "
            "il ministro degli Esteri Paolo Rossi.\n\n"
            "«Ho ribadito il nostro sostegno al piano di pace», ha detto Paolo Rossi.\n")
    assert [(r["act"], r["verb"]["it"], r["position"]["it"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("consult", "Abbiamo discusso", "della situazione in Libia"),
        ("state", "ha scritto", "L'Italia lavora per una pace giusta e duratura"),
        ("reaffirm", "Ho ribadito", "il nostro sostegno al piano di pace")]


def test_the_present_tense_of_italian_news_and_a_position_that_keeps_its_quotation_whole(tmp_path, vocabulary):
    # "spiega", "aggiunge" report; "sottolinea poi che": the adverb is the verb's; a quotation that
    # opens or closes inside a position keeps both its marks
    text = ("«Non è prevista alcuna missione militare», spiega il ministro Paolo Rossi in un'intervista.\n\n"
            "Il ministro Paolo Rossi sottolinea poi che la pace richiede giustizia.\n\n"
            "Il ministro Paolo Rossi definisce «una follia» qualsiasi ipotesi di intervento.\n\n"
            'Jane Doyle called the decision "a grave mistake".\n')
    assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("state", "Non è prevista alcuna missione militare"),
        ("emphasize", "la pace richiede giustizia"),
        ("criticize", "«una follia» qualsiasi ipotesi di intervento"),
        ("criticize", 'the decision "a grave mistake"')]


def test_according_to_someone_at_the_end_of_a_sentence_or_after_what_they_reported(tmp_path, vocabulary):
    texts = {"The talks will resume in May, according to Foreign Minister Jane Doyle.\n":
             (["Jane Doyle"], "The talks will resume in May"),
             "I negoziati riprenderanno a maggio, secondo il ministro Paolo Rossi.\n":
             (["Paolo Rossi"], "I negoziati riprenderanno a maggio"),
             "Secondo quanto riferito dal ministro degli Esteri Paolo Rossi, i negoziati riprenderanno a maggio.\n":
             (["Paolo Rossi"], "i negoziati riprenderanno a maggio")}
    for text, (actors, position) in texts.items():
        assert [(r["actors"], r["act"], next(iter(r["position"].values())))
                for r in records_of(tmp_path, vocabulary, text)] == [(actors, "state", position)], text


def test_a_wire_reports_lede_role_its_unnamed_spokesperson_and_a_principals_coordinated_verbs(tmp_path, vocabulary):
    # "Peru's foreign minister" in the lede is the foreign minister the story names later, who
    # then speaks for Peru; "the spokesperson" after "a spokesperson for the Chilean foreign
    # ministry" is Chile's, not the minister named before; "told a news conference that" tells
    # the conference nothing of what is said
    text = ("LIMA, March 4 (Reuters) - Peru's foreign minister on Tuesday accused Chile of violating the fishing "
            "accord.\n\n"
            "\"We will go to court if necessary,\" Foreign Minister Elena Castro told reporters in Lima.\n\n"
            "In Santiago, a spokesperson for the Chilean foreign ministry rejected the accusation. Chile has always "
            "respected the accord, the spokesperson said, adding that Santiago remained open to dialogue.\n\n"
            "Chilean President Tomás Vidal told a news conference that he would call his Peruvian counterpart.\n")
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Elena Castro"], "Chile of violating the fishing accord"),
        (["Elena Castro"], "We will go to court if necessary"),
        ([CHILEAN_MFA], "the accusation"),
        ([CHILEAN_MFA], "Chile has always respected the accord"),  # closed by the report before "adding"
        ([CHILEAN_MFA], "Santiago remained open to dialogue"),
        (["Tomás Vidal"], "he would call his Peruvian counterpart")]
    assert records_of(tmp_path, vocabulary, text)[0]["topics"] == ["chile-peru-relations"]


def test_a_principals_verbs_coordinated_before_the_spokesmans_report_are_the_principals(tmp_path, vocabulary):
    text = ("The Secretary-General is deeply concerned about the escalation and calls on both countries to "
            "de-escalate, his spokesman Stéphane Dujarric told reporters.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["António Guterres"], "state"), (["António Guterres"], "appeal")]


def test_concerned_by_per_someone_with_a_quotation_and_the_verb_again(tmp_path, vocabulary):
    texts = {"MS DOYLE: We are deeply concerned by reports of famine.\n":
             (["Doyle"], "state", "reports of famine"),
             "Per la senatrice Laura Verdi \"il governo si muove troppo tardi\".\n":
             (["Laura Verdi"], "state", "il governo si muove troppo tardi"),
             "Il ministro degli Esteri Paolo Rossi è tornato a chiedere una tregua immediata a Gaza.\n":
             (["Paolo Rossi"], "appeal", "una tregua immediata a Gaza")}
    for text, (actors, act, position) in texts.items():
        assert [(r["actors"], r["act"], next(iter(r["position"].values())))
                for r in records_of(tmp_path, vocabulary, text)][-1:] == [(actors, act, position)], text


def test_talks_held_where_and_with_whom_only_are_a_meeting_not_a_consultation(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle held talks in Lima with Foreign Minister Paolo Rossi of Italy.\n\n"
            "Foreign Minister Jane Doyle held consultations in Lima with her Peruvian counterpart on May 3.\n\n"
            "Foreign Minister Jane Doyle held talks in Lima with Foreign Minister Paolo Rossi on trade and migration.\n")
    assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("consult", "in Lima with Foreign Minister Paolo Rossi on trade and migration")]


def test_a_subject_and_a_colon_alone_are_the_subject_of_the_items_below(tmp_path, vocabulary):
    # a communiqué's "The Ministers:" then verb-first items: the ministers' countries (from the
    # title) speak each item
    for text in ("Joint Communiqué of the Chile-Peru Foreign Ministers' Meeting\n\n"
                 "The Ministers:\n\n"
                 "- welcomed the progress made in the border integration plan;\n"
                 "- condemned all forms of terrorism.\n",
                 "Comunicato congiunto della riunione dei ministri degli Esteri di Cile e Perù\n\n"
                 "I ministri degli Esteri:\n\n"
                 "- hanno accolto con favore i progressi del piano di integrazione;\n"
                 "- hanno condannato ogni forma di terrorismo.\n"):
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
            (["Chile", "Peru"], "support"), (["Chile", "Peru"], "criticize")], text


def test_a_role_names_the_name_right_after_it_not_a_later_capitalised_place(tmp_path, vocabulary):
    text = ("President Lula da Silva received President Gabriel Boric at the Planalto Palace on Tuesday. "
            "Both leaders reaffirmed their commitment to regional integration.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["Luiz Inácio Lula da Silva", "Gabriel Boric"]]


def test_an_adjunct_of_time_opens_no_position_and_against_opens_what_is_warned_of(tmp_path, vocabulary):
    texts = {"Speaking after the meeting, Foreign Minister Jane Doyle said the talks had been constructive.\n":
             ("state", "the talks had been constructive"),
             "Il ministro degli Esteri Paolo Rossi ha messo in guardia contro i rischi di un'escalation.\n":
             ("warn", "i rischi di un'escalation"),
             "Il ministro degli Esteri Paolo Rossi ha lanciato l'allarme sulla crisi alimentare.\n":
             ("warn", "sulla crisi alimentare"),
             "Foreign Minister Jane Doyle spoke out against the new law.\n": ("criticize", "the new law")}
    for text, (act, position) in texts.items():
        assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
            (act, position)], text


def test_a_meeting_phrase_with_today_or_yesterday_inside_is_still_a_meeting(tmp_path, vocabulary):
    text = ("Colloquio telefonico oggi tra il ministro degli Esteri Paolo Rossi e la collega cilena Jane Doyle. "
            "I due ministri hanno discusso della crisi in Venezuela.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi", "Jane Doyle"], "consult")]


def test_a_communique_title_gives_the_we_of_the_text_below(tmp_path, vocabulary):
    texts = {"Communiqué of the Chilean Foreign Ministry\n\nWe strongly condemn the attack in Lima.\n": CHILEAN_MFA,
             "Comunicato della Farnesina sull'attacco a Lima\n\nCondanniamo con fermezza l'attacco di ieri a Lima.\n":
             "Italian Ministry of Foreign Affairs"}
    for text, speaker in texts.items():
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
            ([speaker], "criticize")], text


def test_an_abuse_of_export_controls_is_about_sanctions_not_human_rights(tmp_path, vocabulary):
    text = "MR LIN: China firmly opposes the abuse of export control measures by the United States.\n"
    assert [r["topics"][0] for r in records_of(tmp_path, vocabulary, text)] == ["sanctions"]


def test_judgements_of_a_deed_and_of_who_answers_for_it_take_sides(tmp_path, vocabulary):
    texts = {"Foreign Minister Jane Doyle said the agreement was a major achievement.\n": "support",
             "Foreign Minister Jane Doyle described the accord as historic.\n": "support",
             "Foreign Minister Jane Doyle described the vote as a sham.\n": "oppose",
             "Foreign Minister Jane Doyle said Russia must pay for the damage it has caused.\n": "oppose",
             "Foreign Minister Jane Doyle said Peru bears full responsibility for the crisis.\n": "oppose",
             "Il ministro Paolo Rossi ha detto che Mosca dovrà pagare per i danni causati.\n": "oppose"}
    for text, stance in texts.items():
        assert [r["stance"] for r in records_of(tmp_path, vocabulary, text)] == [stance], text


def test_a_gerund_after_an_unsigned_document_or_joined_x_in_is_the_subjects(tmp_path, vocabulary):
    texts = {"Chile, Peru and Bolivia issued a joint statement condemning the attack.\n": ["Chile", "Peru", "Bolivia"],
             "Chile joined Peru in condemning the attack.\n": ["Chile", "Peru"],
             "Foreign Minister Jane Doyle welcomed statements by Peruvian leaders urging calm.\n": ["Peru"]}
    for text, actors in texts.items():
        assert records_of(tmp_path, vocabulary, text)[-1]["actors"] == actors, text


def test_the_gcc_secretary_general_as_media_spell_him_and_the_italian_deputy_prime_ministers(tmp_path, vocabulary):
    text = ("His Excellency Mr. Jasem Al-Budaiwi, Secretary General of the Gulf Cooperation Council, condemned "
            "the attack.\n\n"
            "Il vicepremier Matteo Salvini ha criticato la proposta della Commissione.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["Jasem Mohamed Albudaiwi"], ["Matteo Salvini"]]
    lexicon = lexicon_for(vocabulary)  # listed, with his country: not a name found in the text
    assert [lexicon.represents.get(key, "").rsplit("/", 1)[-1] for key, name in lexicon.names.items()
            if name == "Matteo Salvini"] == ["italy"]


def test_the_verbs_adverbs_and_where_it_was_posted_are_no_part_of_what_is_said(tmp_path, vocabulary):
    texts = {"MS ROSSI: Respingiamo però ogni pressione sulle nostre scelte.\n": "ogni pressione sulle nostre scelte",
             "Il primo ministro Paolo Rossi ha affermato oggi via Twitter che l'offensiva cesserà presto.\n":
             "l'offensiva cesserà presto"}
    for text, position in texts.items():
        assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [position], text


def test_a_speech_noun_the_verb_restates_is_the_verbs_not_what_is_said(tmp_path, vocabulary):
    # as the guide annotates "reiterate our concerns about X", "remain steadfast in our support for
    # X", "expressing our deep concerns at X": X is the position, the verb decides the act; what the
    # noun itself governs stays ("stressed his readiness to coordinate…")
    texts = {"MS LIN: We reiterate our concerns about the safety of the detained leaders.\n":
             ("reaffirm", "the safety of the detained leaders"),
             "Chile reaffirmed its support for the people of Peru.\n": ("reaffirm", "the people of Peru"),
             "MS LIN: We express our deep concerns at the rise in violence.\n": ("state", "the rise in violence"),
             "Jane Doyle stressed her readiness to coordinate with Peru.\n":
             ("emphasize", "her readiness to coordinate with Peru")}
    for text, (act, position) in texts.items():
        assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
            (act, position)], text


def test_whom_something_is_discussed_with_at_the_end_is_no_part_of_it_nor_is_a_matter_a_restated_noun(tmp_path, vocabulary):
    # "discuss support for Ukraine with his counterparts": support is what is discussed (no
    # restated noun of the speaker's own), the counterparts take part; "cooperation with Peru" is
    # the matter itself
    texts = {"The foreign minister Jane Doyle will discuss support for Ukraine with her counterparts.\n":
             "support for Ukraine",
             "Jane Doyle discussed the crisis in Peru with Foreign Minister Paolo Rossi.\n": "the crisis in Peru",
             "Foreign Minister Jane Doyle discussed cooperation with Peru.\n": "cooperation with Peru"}
    for text, position in texts.items():
        assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [position], text


def test_going_on_supporting_someone_in_italian_supports_them(tmp_path, vocabulary):
    text = "Il ministro Paolo Rossi ha aggiunto che l'Italia continuerà a sostenere Kiev.\n"
    assert [(r["stance"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [("support", ["Ukraine"])]


def test_whom_a_courtesy_call_visits_is_no_participant_of_the_talks_after_it(tmp_path, vocabulary):
    text = ("During the visit, External Affairs Minister Dr. S. Jaishankar called on President Ana Rios and held "
            "talks with Foreign Minister Tom Berg. Both Ministers reviewed the bilateral relationship.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Subrahmanyam Jaishankar", "Tom Berg"]]


def test_refusing_or_stopping_short_of_saying_something_says_nothing(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle declined to condemn the attack.\n\n"
            "Foreign Minister Jane Doyle refused to comment on the report.\n\n"
            "Foreign Minister Jane Doyle stopped short of condemning the coup.\n\n"
            "Il ministro Paolo Rossi si è rifiutato di commentare.\n\n"
            "Foreign Minister Jane Doyle refused to recognise the referendum.\n")
    assert [(r["act"], r["stance"], next(iter(r["position"].values())))
            for r in records_of(tmp_path, vocabulary, text)] == [("reject", "oppose", "recognise the referendum")]


def test_what_is_planned_or_not_yet_done_is_no_statement(tmp_path, vocabulary):
    text = ("Chile has yet to comment on the decision.\n\n"
            "Foreign Minister Jane Doyle plans to call for new sanctions at the summit.\n\n"
            "Foreign Minister Jane Doyle is set to announce new aid for Ukraine.\n\n"
            "Il ministro Paolo Rossi dovrebbe annunciare nuovi aiuti all'Ucraina.\n\n"
            "Foreign Minister Jane Doyle called for new sanctions.\n")
    assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == ["appeal"]


def test_not_recognising_something_rejects_it_and_a_call_is_a_speech_noun(tmp_path, vocabulary):
    text = ("The European Union does not recognise the results of the so-called elections.\n\n"
            "Il ministro Paolo Rossi ha detto che l'Italia non riconoscerà mai l'annessione.\n\n"
            "Chile renewed its call for a ceasefire.\n")
    assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("reject", "the results of the so-called elections"), ("reject", "l'annessione"),
        ("reaffirm", "a ceasefire")]


def test_a_quotation_said_by_an_unnamed_spokesperson_of_a_side_and_more_italian_verbs(tmp_path, vocabulary):
    texts = {'"This is unacceptable," said a spokesperson for the Chilean foreign ministry.\n': ([CHILEAN_MFA], "state"),
             # the verb inside a first-person quotation decides: "non accetteremo" rejects
             '"Non accetteremo ricatti", ha tuonato il vicepremier Matteo Salvini.\n': (["Matteo Salvini"], "reject"),
             "Il ministro Paolo Rossi ha rivendicato il ruolo dell'Italia nel Mediterraneo.\n": (["Paolo Rossi"], "reaffirm")}
    for text, (actors, act) in texts.items():
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(actors, act)], text


def test_a_quotation_said_at_a_press_conference_is_what_is_said(tmp_path, vocabulary):
    # "at" opens what one is concerned at, but where something was said is no complement of the verb
    text = ('"Peace requires justice," Foreign Minister Jane Doyle said at a press conference following talks '
            'with her counterpart.\n')
    assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [
        "Peace requires justice"]


def test_an_according_word_inside_a_quotation_attributes_nothing(tmp_path, vocabulary):
    # "per Kiev" closing a quotation is "for Kiev", not "according to Kiev"
    text = ('(ANSA) - ROMA, 6 MAR - "Non ci può essere una pace giusta senza garanzie per Kiev". Così la '
            'presidente del Consiglio Giorgia Meloni, intervenendo a Bruxelles.\n')
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Giorgia Meloni"]]


def test_a_name_and_a_colon_opening_a_quotation_make_it_their_statement(tmp_path, vocabulary):
    # the agencies' "Il ministro X: «…»": the quotation is theirs, as after "said:"; with a verb
    # of its own inside, that verb is the one statement, and their own side's verb is theirs too
    texts = {"Il ministro degli Esteri, Paolo Rossi: «Una giornata importante per l'Europa».\n":
             [(["Paolo Rossi"], "state", "Una giornata importante per l'Europa")],
             "La premier Giulia Conti: «Una pace giusta per l'Ucraina è ancora lontana».\n":
             [(["Giulia Conti"], "state", "Una pace giusta per l'Ucraina è ancora lontana")],
             "Jane Doyle: \"A good day for the region and for the people of Chile.\"\n":
             [(["Jane Doyle"], "state", "A good day for the region and for the people of Chile")],
             "Il ministro Paolo Rossi: «Condanniamo con forza gli attacchi contro i civili».\n":
             [(["Paolo Rossi"], "criticize", "gli attacchi contro i civili")],
             "Chilean Foreign Minister Jane Doyle said: \"Chile supports the plan of the African Union.\"\n":
             [(["Jane Doyle"], "support", "the plan of the African Union")]}
    for text, expected in texts.items():
        found = [(r["actors"], r["act"], next(iter(r["position"].values())))
                 for r in records_of(tmp_path, vocabulary, text)]
        assert found == expected, text


def test_an_introduction_with_words_before_its_colon_says_nothing_beside_the_quotations_verb(tmp_path, vocabulary):
    texts = {"Il ministro Paolo Rossi ha commentato così: «Condanniamo con forza i bombardamenti».\n": "criticize",
             "The reaction of Foreign Minister Jane Doyle: \"We condemn the shelling of the port.\"\n": "criticize",
             "La replica della ministra Chiara Bianchi: «Sosteniamo il piano dell'Unione africana».\n": "support"}
    for text, act in texts.items():
        assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == [act], text


def test_a_report_set_between_a_subject_and_its_predicate_keeps_both_in_the_position(tmp_path, vocabulary):
    # "X, Doyle said, is Y": what is said is the whole sentence around the report, not the words
    # after it (nor whom it was told to); "In Lima, Doyle said, the talks…" opens with where
    texts = {"Peace in the region, Foreign Minister Jane Doyle said, requires justice for the refugees.\n":
             ("Peace in the region", "requires justice for the refugees"),
             "Foreign Minister Jane Doyle arrived in Lima on Monday.\n"
             "The new sanctions, the minister told reporters in Lima, are a grave mistake.\n":
             ("The new sanctions", "are a grave mistake"),
             "The talks, Jane Doyle added on Tuesday, were frank and useful.\n": ("The talks", "were frank and useful"),
             "In Lima, Jane Doyle said, the talks were useful.\n": ("the talks", "were useful"),
             "Chile is ready for talks, Jane Doyle said on Thursday, as Peru warned that time was running out.\n":
             ("Chile is ready for talks", "Chile is ready for talks")}
    for text, (begins, ends) in texts.items():
        position = next(iter(records_of(tmp_path, vocabulary, text)[0]["position"].values()))
        assert position.startswith(begins) and position.endswith(ends), text
    [record] = records_of(tmp_path, vocabulary, "The new sanctions, Foreign Minister Jane Doyle told reporters, are a grave mistake.\n")
    assert record["topics"] == ["sanctions"] and record["stance"] == "oppose"


def test_a_speech_nouns_word_joined_to_a_verb_before_an_object_is_a_second_verb(tmp_path, vocabulary):
    # "We appreciate and support the efforts": "support" is a verb here, and two verbs on one
    # object are two statements; "expressed appreciation and support for" is one, with two nouns
    text = "Spokesperson Lin Jian said: We appreciate and support the efforts of Egypt to mediate.\n"
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["act"], next(iter(r["position"].values()))) for r in records] == [
        ("support", "the efforts of Egypt to mediate")] * 2
    text = "Foreign Minister Jane Doyle expressed appreciation and support for the efforts of Egypt.\n"
    assert len(records_of(tmp_path, vocabulary, text)) == 1


def test_words_of_dismay_oppose_what_they_are_about(tmp_path, vocabulary):
    texts = ("Statement by Foreign Minister Jane Doyle\n\nI am appalled by the sentencing of the journalist.\n",
             "We are deeply shocked by the attack on the convoy, Foreign Minister Jane Doyle said.\n",
             "Foreign Minister Jane Doyle said she was horrified by the images from the camp.\n",
             "Il ministro Paolo Rossi si è detto sconvolto per l'attacco al convoglio.\n")
    for text in texts:
        assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [("state", "oppose")], text


def test_a_paragraph_opened_by_a_dash_and_closed_by_a_report_is_a_quotation(tmp_path, vocabulary):
    # the Nordic press release: "– We are shocked… . Those responsible…, says Foreign Minister X."
    text = ("– We are deeply shocked by the attack on the convoy. Those responsible must be held to account, "
            "says Foreign Minister Ola Brekke.\n\n– We will double our humanitarian aid, says Brekke.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records] == [
        (["Ola Brekke"], "the attack on the convoy"), (["Ola Brekke"], "Those responsible must be held to account"),
        (["Ola Brekke"], "We will double our humanitarian aid")]
    assert records[0]["stance"] == "oppose"
    # a list item opened by a dash is no quotation
    text = ("Foreign Minister Jane Doyle met Foreign Minister Tom Berg in Lima.\n\nThe Ministers:\n\n"
            "– welcomed the agreement, which entered into force in May.\n")
    assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == ["support"]


def test_the_meeting_a_position_was_stated_in_and_a_closing_source_are_not_part_of_it(tmp_path, vocabulary):
    # "…during a call with Foreign Minister X": where it was said, not what, and the partner is no
    # target; ", according to a readout" closing the sentence is whence the report comes
    texts = {"Foreign Minister Jane Doyle stressed the need for a ceasefire in Sudan during a call with Foreign "
             "Minister Tom Berg of Peru.\n": "the need for a ceasefire in Sudan",
             "Foreign Minister Jane Doyle stressed the need for a ceasefire in Sudan during a call with Peruvian "
             "Foreign Minister Tom Berg.\n": "the need for a ceasefire in Sudan",
             "Il ministro Paolo Rossi ha ribadito il sostegno dell'Italia al processo di pace durante un colloquio "
             "telefonico con l'omologo Ugo Neri.\n": "il sostegno dell'Italia al processo di pace",
             "Foreign Minister Jane Doyle stressed the need for a ceasefire in Sudan, according to a readout of "
             "the ministry.\n": "the need for a ceasefire in Sudan"}
    for text, position in texts.items():
        [record] = records_of(tmp_path, vocabulary, text)
        assert (next(iter(record["position"].values())), record["targets"]) == (position, []), text


def test_a_country_after_a_place_in_it_is_where_not_a_target(tmp_path, vocabulary):
    for text in ("Foreign Minister Jane Doyle condemned the terrorist attack in Tillabéri, Niger, on Sunday.\n",
                 "Foreign Minister Jane Doyle condemned the terrorist attack in the Tillabéri region of Niger.\n",
                 "Il ministro Paolo Rossi ha condannato l'attacco nella regione di Tillabéri, in Niger.\n"):
        [record] = records_of(tmp_path, vocabulary, text)
        assert (record["act"], record["targets"]) == ("criticize", []), text
    [record] = records_of(tmp_path, vocabulary, "Foreign Minister Jane Doyle condemned the attacks by Russia and Iran.\n")
    assert record["targets"] == ["Russia", "Iran"]


def test_an_italian_participle_agreeing_with_an_object_pronoun_is_the_verb(tmp_path, vocabulary):
    # "le ha definite", "li ha respinti": the participle agrees with the pronoun before it
    texts = {"La portavoce Maria Rossi le ha definite pericolose.\n": ("state", "oppose"),
             "Il ministro Paolo Rossi li ha respinti con forza.\n": ("reject", "oppose"),
             "La ministra Chiara Bianchi l'ha condannata senza riserve.\n": ("criticize", "oppose")}
    for text, (act, stance) in texts.items():
        assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [(act, stance)], text


def test_continuing_to_support_is_support_in_a_quotation_split_by_its_report_too(tmp_path, vocabulary):
    text = ("«Non abbiamo mai cambiato posizione», ha rivendicato la premier Giulia Conti, «e continueremo a "
            "sostenere Kiev finché sarà necessario».\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Giulia Conti"], "reaffirm"), (["Giulia Conti"], "support")]
    text = ('"We have never changed our position," Prime Minister Jane Doyle said. "We will continue to support '
            'Kyiv as long as necessary."\n')
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "state"), (["Jane Doyle"], "support")]
    # a quotation going on after its attribution: what the speaker's own side does is theirs
    text = ('"We are keeping up the pressure," said Chilean Foreign Minister Jane Doyle. "Chile will continue to '
            'support the peace process."\n')
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "state"), (["Jane Doyle"], "support")]


def test_a_one_statement_item_in_two_languages_is_one_record(tmp_path, vocabulary):
    text = ("Il ministro degli Esteri cileno Jane Doyle ha condannato l'attacco contro la missione dell'Onu.\n\n"
            "Chilean Foreign Minister Jane Doyle condemned the attack on the UN mission.\n")
    [record] = records_of(tmp_path, vocabulary, text)
    assert set(record["position"]) == {"it", "en"} and record["actors"] == ["Jane Doyle"]
    # a shorter paragraph in another language that says something else stays apart
    text = ("Chilean Foreign Minister Jane Doyle condemned the attack on the UN mission in a long statement "
            "read out to the press in Santiago on Monday evening.\n\n"
            "Il ministro Paolo Rossi ha detto che la pace è lontana.\n")
    assert len(records_of(tmp_path, vocabulary, text)) == 2


def test_a_nuclear_deal_and_enrichment_are_arms_control_and_irans_when_iran_speaks(tmp_path, vocabulary):
    texts = {"Iran is ready for a fair nuclear deal, Foreign Minister Abbas Araqchi said.\n": ["iran-nuclear"],
             '"Enrichment is a red line for us," Araqchi told reporters.\n': ["iran-nuclear"],
             "Il ministro Paolo Rossi ha detto che un accordo sul nucleare con la Corea del Nord è lontano.\n":
             ["arms-control", "north-korea"]}
    for text, topics in texts.items():
        assert [sorted(r["topics"]) for r in records_of(tmp_path, vocabulary, text)] == [topics], text


def test_a_clause_of_its_own_after_a_closing_report_is_not_the_reporters(tmp_path, vocabulary):
    # "…, X said, as European powers warned that…": the report closes what came before it, and the
    # warning is whoever "European powers" are, not X; "…, X said, but warned…" is X's again
    text = "Chile is ready for talks, Foreign Minister Jane Doyle said, as European powers warned that time was short.\n"
    path = tmp_path / "doc.txt"
    path.write_text(" date 2025-05-17\n" + text, encoding="utf-8")
    found = extract_document(read(path, vocabulary), vocabulary)
    assert [(r.act, next(iter(r.position.values()))) for r in found.records] == [("state", "Chile is ready for talks")]
    assert len(found.unattributed) == 1
    text = "Chile is ready for talks, Foreign Minister Jane Doyle said, but warned that time was short.\n"
    assert [(r["actors"], r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "state", "Chile is ready for talks"), (["Jane Doyle"], "warn", "time was short")]


def test_a_paragraph_without_marks_after_an_introduction_ending_its_own_is_the_statement(tmp_path, vocabulary):
    # "X issued the following statement today:" then the statement, unquoted, as ministries write it
    text = ("Foreign Minister Jane Doyle issued the following statement today:\n\n"
            "The humanitarian situation in the camps is unbearable. Access for aid must be allowed at once.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], next(iter(r["position"].values()))) for r in records] == [
        (["Jane Doyle"], "state", "The humanitarian situation in the camps is unbearable. Access for aid must be "
                                  "allowed at once")]
    # a comment titled as someone's is theirs
    text = "Comment by Foreign Ministry Spokeswoman Jane Doyle on the elections\n\nWe have taken note of the results.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Jane Doyle"]]


def test_regret_in_the_first_person_is_a_statement_against_what_is_regretted(tmp_path, vocabulary):
    text = "Jane Doyle: We regret that Bolivia has not responded to our proposal for a dialogue.\n"
    assert [(r["actors"], r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "state", "oppose")]


def test_unnamed_sources_before_a_subject_and_a_role_before_a_verb(tmp_path, vocabulary):
    # "Secondo fonti di X, Y …": the sources say nothing of their own, and what comes before the
    # comma is no position; "l'inviato ha consegnato … del presidente Z": a verb between a role
    # and a name makes it no title, so the role refers back to the envoy
    text = ("L'inviato speciale Tom Berg è arrivato a Lima. Secondo fonti della Farnesina, l'inviato ha consegnato "
            "un messaggio del presidente Ana Rios.\n")
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Tom Berg"], "del presidente Ana Rios")]
    text = "Secondo fonti della Farnesina, l'Italia è pronta a contribuire alla missione.\n"
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Italy"], "express-intent")]


def test_more_verbs_of_news_reports(tmp_path, vocabulary):
    texts = {"Foreign Minister Jane Doyle acknowledged that the talks had stalled.\n": "state",
             "Foreign Minister Jane Doyle repeated her call for a ceasefire.\n": "reaffirm",
             "Foreign Minister Jane Doyle hit out at the sanctions imposed by Peru.\n": "criticize",
             "Foreign Minister Jane Doyle refuted the accusations made by Peru.\n": "reject",
             "Foreign Minister Jane Doyle pressed Peru to reopen the border.\n": "appeal",
             "Foreign Minister Jane Doyle termed the decision a grave mistake.\n": "criticize",
             "Il ministro Paolo Rossi ha bollato come inaccettabili le accuse di Mosca.\n": "criticize",
             "Il ministro Paolo Rossi ha lodato gli sforzi dell'Egitto.\n": "support"}
    for text, act in texts.items():
        assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == [act], text


def test_a_passive_report_closing_its_sentence_is_the_principals(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle met Foreign Minister Tom Berg of Peru in Santiago today. The importance "
            "of close coordination at multilateral fora was underscored. Concern was expressed over the situation "
            "in the camps.\n")
    assert [(r["actors"], r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "emphasize", "support"), (["Jane Doyle"], "state", "oppose")]


def test_an_italian_passive_with_its_agreeing_auxiliary_and_with_whom_it_was_confirmed(tmp_path, vocabulary):
    # "è stata ribadita la X": an agentless report whose matter follows the verb; opening with
    # "Con il Ministro X" it is joint with X, as the guide has "With Minister X it was confirmed…"
    text = ("Il ministro Paolo Rossi ha incontrato l'omologo Ugo Neri. Nel corso del colloquio è stata ribadita "
            "la comune volontà di rafforzare la cooperazione.\n\n"
            "Con il Ministro Ana Rios, che ha invitato Rossi a Lima, è stata confermata la solidità dei rapporti.\n")
    assert [(r["actors"], r["act"], next(iter(r["position"].values())))
            for r in records_of(tmp_path, vocabulary, text) if r["act"] == "reaffirm"] == [
        (["Paolo Rossi"], "reaffirm", "la comune volontà di rafforzare la cooperazione"),
        (["Paolo Rossi", "Ana Rios"], "reaffirm", "la solidità dei rapporti")]
    # with an adverb inside it too
    text = "Il ministro Paolo Rossi ha incontrato Ugo Neri. È stata inoltre sottolineata l'importanza del dialogo.\n"
    assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("emphasize", "l'importanza del dialogo")]
    # a passive with its agent keeps what was done before it
    text = "La proposta è stata respinta dal ministro degli Esteri Paolo Rossi.\n"
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi"], "La proposta")]


def test_a_report_with_words_of_its_own_before_a_colon_and_the_next_speaker_after_it(tmp_path, vocabulary):
    # "X ha però già fatto sapere che…: il ministro Y ha definito…": two statements, each its own
    # speaker (adverbs inside a three-word label too); the first ends at the colon
    text = ("L'Ungheria ha però già fatto sapere che porrà il veto: il ministro degli Esteri Paolo Rossi ha "
            "definito le sanzioni controproducenti.\n")
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Hungary"], "porrà il veto"), (["Paolo Rossi"], "le sanzioni controproducenti")]


def test_accusing_right_after_a_reporting_verb_or_after_its_comma_is_what_was_said(tmp_path, vocabulary):
    texts = ("Il premier Ugo Neri ha replicato accusando Belgrado di destabilizzare la regione.\n",
             "Prime Minister Tom Berg responded, accusing Belgrade of destabilising the region.\n")
    for text in texts:
        assert [(r["act"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [
            ("criticize", ["Serbia"])], text


def test_being_very_clear_that_is_emphasis(tmp_path, vocabulary):
    text = "Foreign Minister Jane Doyle has been very clear that the determination of genocide is a matter for the courts.\n"
    assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("emphasize", "the determination of genocide is a matter for the courts")]


def test_a_wire_ledes_circumstances_are_no_statements_of_their_own(tmp_path, vocabulary):
    # "…, as U.S. envoy X prepared to visit" closes the position (a clause of its own); "rebels
    # backed by Rwanda" is a noun's modifier, no support of Rwanda's; "The U.N. Security Council" one actor
    text = ("Foreign Minister Jane Doyle said on Thursday that Chile was ready for a ceasefire, as U.S. envoy Tom Berg "
            "prepared to visit the region.\n")
    assert [(next(iter(r["position"].values())), r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("Chile was ready for a ceasefire", [])]
    text = ("The U.N. Security Council called for an immediate halt to fighting in eastern Congo, where M23 rebels "
            "backed by Rwanda have seized two cities.\n")
    assert [(r["actors"], r["act"], r["topics"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["UN Security Council"], "appeal", ["africa"])]


def test_said_with_a_pronoun_and_an_auxiliary_before_the_inner_verb_says_nothing_beside_it(tmp_path, vocabulary):
    text = "Foreign Minister Jane Doyle said she had raised the case directly with her Peruvian counterpart.\n"
    assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == ["consult"]
    # a deed, then "and" and the inner verb: the report goes on to it, the deed in its position
    text = ("The Chilean foreign ministry said it had summoned the ambassador of Peru and lodged a strong protest "
            "over the arrests.\n\n"
            "Jane Doyle said the talks were useful and condemned the attack.\n")
    assert [(r["actors"], r["act"], next(iter(r["position"].values())), r["targets"])
            for r in records_of(tmp_path, vocabulary, text)] == [
        ([CHILEAN_MFA], "criticize", "it had summoned the ambassador of Peru and lodged a strong protest over the arrests",
         ["Peru"]),
        (["Jane Doyle"], "state", "the talks were useful", []), (["Jane Doyle"], "criticize", "the attack", [])]


def test_a_title_after_a_line_of_place_and_date_is_a_headline_and_an_op_ed_is_its_authors(tmp_path, vocabulary):
    text = ("Santiago, 12 June 2025\n\nOp-ed by Foreign Minister Jane Doyle: Why Chile stands with Ukraine\n\n"
            "We condemn the aggression and we support the sovereignty of Ukraine.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "criticize"), (["Jane Doyle"], "support")]


def test_a_date_between_a_verb_and_its_object_is_no_part_of_the_position(tmp_path, vocabulary):
    # "condemned on Tuesday the attack", "welcomed today the decision"; an amount is the object ("€50 million")
    for text, position in (("Chile strongly condemned on Tuesday the shelling of the border town.\n",
                            "the shelling of the border town"),
                           ("Peru welcomed today the decision of the court.\n", "the decision of the court"),
                           ("Chile condemned on 9 June the shelling of the border town.\n", "the shelling of the border town"),
                           ("The Commission announced €50 million in humanitarian aid for Sudan.\n",
                            "€50 million in humanitarian aid for Sudan")):
        assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [position], text


def test_rejection_and_displeasure_expressed_are_criticism(tmp_path, vocabulary):
    for text in ("Chile expressed its categorical rejection of these practices.\n",
                 "Peru expressed its strong displeasure at the decision.\n",
                 "Il Cile ha espresso il suo netto rifiuto di queste pratiche.\n"):
        assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [("criticize", "oppose")], text


def test_a_headline_after_a_label_line_is_no_statement(tmp_path, vocabulary):
    # "Press Release No. 254" then the headline: only the body is annotated (tests/corpus/README.md)
    text = ("Press Release No. 254\n\nChile condemns attack on UN peacekeepers\n\n"
            "The Chilean government strongly condemns the attack on the peacekeepers' positions on 9 June.\n")
    assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("criticize", "the attack on the peacekeepers' positions on 9 June")]


def test_we_with_an_apposition_names_whose_we_the_declaration_is(tmp_path, vocabulary):
    # "We, the Leaders of X, met in…" is no statement, but says who "we" are in what follows
    text = ("We, the Leaders of ASEAN, met in Kuala Lumpur on 26 May 2025 for the 46th ASEAN Summit.\n\n"
            "1. We reaffirm our commitment to the peaceful settlement of disputes.\n\n"
            "2. We condemn the imposition of unilateral coercive measures.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Association of Southeast Asian Nations"], "reaffirm"), (["Association of Southeast Asian Nations"], "criticize")]
    text = ("We, the Foreign Ministers of Australia, Canada and New Zealand, met in Wellington on 2 June 2025.\n\n"
            "We reaffirm our commitment to the peaceful settlement of disputes.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Australia", "Canada", "New Zealand"]]


def test_a_department_named_without_its_country_is_the_country_of_the_place_and_date_line(tmp_path, vocabulary):
    # the Department of Foreign Affairs is the country's foreign ministry; a ministry of no kind, the country
    text = ("Santiago, 12 June 2025\n\nThe Department of Foreign Affairs expresses serious concern over the "
            "dangerous maneuvers of the vessels near the border.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [([CHILEAN_MFA], "state")]
    text = "Lima, 12 June 2025\n\nThe ministry has lodged a diplomatic protest over the detention of the crew.\n"
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Peru"], "criticize")]


def test_the_parties_concerned_show_no_concern(tmp_path, vocabulary):
    text = "Chile welcomes the agreement and urges the parties concerned to implement it in good faith.\n"
    assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("support", "support"), ("appeal", "support")]
    text = "Chile hopes that the agreement will be implemented in good faith by the parties concerned.\n"
    assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [("state", "neutral")]
    text = "Chile is deeply concerned about the escalation of violence.\n"
    assert [r["stance"] for r in records_of(tmp_path, vocabulary, text)] == ["oppose"]


def test_an_unsigned_statements_we_is_its_one_speaker(tmp_path, vocabulary):
    text = ("Press Release Regarding the Attack on the Border Post\n\n"
            "We strongly condemn the attack on the border post, which killed three soldiers.\n\n"
            "Chile stands in solidarity with Peru in the fight against terrorism.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile"], "criticize"), (["Chile"], "support")]
    # two sides speak: whose "we" it is, is not known
    text = ("We strongly condemn the attack on the border post.\n\n"
            "Chile stands in solidarity with Peru. Argentina rejects the attack.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Chile"], ["Argentina"]]


def test_a_countrys_ministry_military_or_government_speaks_for_it(tmp_path, vocabulary):
    for text, actor in (("Peru's defence ministry said its forces had struck the camps.\n", "Peruvian Ministry of Defence"),
                        ("Chile's military said it had shot down 40 drones.\n", "Chile")):
        assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [[actor]], text
    text = "Peru's allies said they would send more weapons.\n"  # no word of Peru's
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == []


def test_the_parties_of_a_joint_statement_are_its_signatories(tmp_path, vocabulary):
    text = ("Joint Statement between the Republic of Chile and the Republic of Peru\n\n"
            "The Parties reaffirmed their commitment to the principles of the UN Charter.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Chile", "Peru"]]


def test_whom_a_verb_tells_and_when_come_before_what_it_tells(tmp_path, vocabulary):
    for text in ("Foreign Minister Jane Doyle told reporters on Monday that Chile would not wait indefinitely.\n",
                 "Foreign Minister Jane Doyle told a news conference in Lima that Chile would not wait indefinitely.\n",
                 # what kind of briefing it was
                 "Foreign Minister Jane Doyle told a regular news briefing that Chile would not wait indefinitely.\n",
                 "Foreign Minister Jane Doyle told a joint press conference that Chile would not wait indefinitely.\n"):
        assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [
            "Chile would not wait indefinitely"], text


def test_a_few_words_quoted_inside_a_clause_are_no_quotation_of_their_own(tmp_path, vocabulary):
    text = 'A spokesman for the Chilean foreign ministry told reporters that Santiago "strongly rejects" the plan.\n'
    assert [(r["actors"], r["act"], next(iter(r["position"].values())))
            for r in records_of(tmp_path, vocabulary, text)] == [([CHILEAN_MFA], "reject", "the plan")]


def test_agents_joined_after_a_passive_are_all_its_speakers(tmp_path, vocabulary):
    for text, actors in (("The plan was condemned by Peru and Bolivia.\n", ["Peru", "Bolivia"]),
                         ("The move was welcomed by the EU, Japan and Canada.\n", ["European Union", "Japan", "Canada"]),
                         ("La decisione è stata accolta con favore dall'Autorità nazionale palestinese.\n",
                          ["State of Palestine"])):
        assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [actors], text


def test_a_side_speaking_through_its_spokesman_per_bocca_del_is_the_spokesman(tmp_path, vocabulary):
    text = "Il Cremlino, per bocca del portavoce Dmitry Peskov, ha fatto sapere che Mosca è pronta a nuovi colloqui.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Dmitry Peskov"]]


def test_the_european_council_and_the_council_of_the_eu_speak_for_the_eu(tmp_path, vocabulary):
    text = "The European Council condemns in the strongest terms the continuing violence against civilians.\n"
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["European Union"], "criticize")]


def test_a_quotation_of_several_sentences_before_lo_ha_detto_is_all_the_speakers(tmp_path, vocabulary):
    # the own side's act in its first sentence is the speaker's too, not only the sentence right before
    for closing in ("Lo ha detto il ministro della Difesa Paolo Rossi.", "Così il ministro della Difesa Paolo Rossi in una nota."):
        text = ("«L'Italia condanna con fermezza l'attacco contro la missione. La sicurezza dei nostri militari è una "
                f"priorità assoluta». {closing}\n")
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
            (["Paolo Rossi"], "criticize"), (["Paolo Rossi"], "state")], closing


def test_a_source_opening_the_sentence_without_a_comma_says_what_follows_it(tmp_path, vocabulary):
    for text, position in (("Per il ministro degli Esteri Paolo Rossi la conferenza di Roma è stata un successo.\n",
                            "la conferenza di Roma è stata un successo"),
                           ("According to Foreign Minister Jane Doyle the talks were useful.\n", "the talks were useful")):
        assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
            ("state", position)], text


def test_standing_by_or_al_fianco_is_support(tmp_path, vocabulary):
    for text in ("«L'Italia è al fianco dell'Ucraina», ha detto il ministro Paolo Rossi.\n",
                 "Foreign Minister Jane Doyle said Chile stands by Ukraine.\n"):
        assert [r["stance"] for r in records_of(tmp_path, vocabulary, text)] == ["support"], text


def test_a_party_named_as_a_plural_subject_is_not_the_last_speaker(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle said the agreement was a significant step. The Conservatives criticised "
            "the deal.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Jane Doyle"]]


def test_the_call_after_a_verb_whose_subject_is_named_before_is_its_object(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle urged more aid. Peru's foreign minister, Tom Berg, rejected the call.\n")
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)][-1] == (
        ["Tom Berg"], "the call")


def test_who_a_speaker_was_asked_about_is_no_speaker(tmp_path, vocabulary):
    text = ("Asked whether Washington would impose new sanctions, the spokesperson of the Chilean foreign ministry, "
            "Jane Doyle, said all options remained on the table.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Jane Doyle"]]


def test_calling_something_by_words_of_opposition_is_criticism(tmp_path, vocabulary):
    for text, act in (('Foreign Minister Jane Doyle called the veto "a shameful decision".\n', "criticize"),
                      ("Foreign Minister Jane Doyle called the strikes provocations.\n", "criticize"),
                      ("Foreign Minister Jane Doyle called the talks productive.\n", "state")):
        assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == [act], text


def test_italian_agency_shapes_of_wires_notes_and_replies(tmp_path, vocabulary):
    # a wire's time and agency after the date are its dateline, no place that speaks; a note read
    # as an aside attributes nothing away; "replica che" reports
    text = ("Roma, 10 giu 09:35 - (Agenzia Nova) - Il ministro degli Esteri cileno Paolo Rossi ha accusato il Perù "
            "di voler prolungare il conflitto.\n\n"
            "Rossi, si legge in una nota, ha chiesto il rilascio immediato della giornalista.\n\n"
            "Il ministro peruviano Tom Berg replica che Lima non accetterà nuove sanzioni.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi"], "criticize"), (["Paolo Rossi"], "appeal"), (["Tom Berg"], "state")]


def test_the_side_whose_speech_noun_a_verb_expresses_is_no_part_of_the_position(tmp_path, vocabulary):
    text = "Foreign Minister Jane Doyle expressed the full support of Chile for the peace plan.\n"
    assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == ["the peace plan"]


def test_whom_and_where_it_was_told_before_a_colon_and_a_quotation_are_no_part_of_the_position(tmp_path, vocabulary):
    text = 'Foreign Minister Jane Doyle told reporters in Santiago: "The talks were useful."\n'
    assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [
        "The talks were useful"]


def test_whom_one_discusses_with_and_the_outlet_that_reports_it_are_no_part_of_the_position(tmp_path, vocabulary):
    for text, position in (("Foreign Minister Jane Doyle discussed with her Peruvian counterpart Tom Berg the "
                            "preparations for the summit.\n", "the preparations for the summit"),
                           ("Foreign Minister Jane Doyle discussed the preparations for the summit, Prensa Latina "
                            "reports.\n", "the preparations for the summit"),
                           ("Il ministro Paolo Rossi ha ribadito il sostegno a Kiev, riporta l'Ansa.\n", "il sostegno a Kiev")):
        assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [position], text


def test_an_adverb_before_that_and_a_source_close_to_the_talks(tmp_path, vocabulary):
    text = ("Chile said separately that it had accepted the mediators' proposal. A source close to the negotiations "
            "said the talks had stalled.\n")
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile"], "it had accepted the mediators' proposal")]


def test_a_reply_opening_its_sentence_and_an_aside_after_a_source(tmp_path, vocabulary):
    text = ("Per il leader dell'opposizione Paolo Rossi, invece, la linea del governo è corretta.\n\n"
            "Replica a stretto giro il ministro Tom Berg: «Le critiche dell'opposizione sono infondate».\n")
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi"], "la linea del governo è corretta"),
        (["Tom Berg"], "Le critiche dell'opposizione sono infondate")]


def test_both_sides_with_no_meeting_reported_are_the_two_countries_the_text_calls_sides(tmp_path, vocabulary):
    text = ("The two sides agreed to raise bilateral trade. The Peruvian side thanked the Chilean side for its support. "
            "Both sides underlined the importance of peace in the region.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["Peru", "Chile"], ["Peru"], ["Peru", "Chile"]]


def test_the_council_is_the_last_council_named_and_whom_one_tells(tmp_path, vocabulary):
    text = "Myanmar: Council conclusions\n\n1. The Council strongly condemns the continued violence against civilians.\n"
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["European Union"], "criticize")]
    text = ("The Security Council met on Sudan. The Council called on the parties to agree a ceasefire. Foreign Minister "
            "Jane Doyle told the council that her country was ready to help.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["UN Security Council"], "appeal"), (["Jane Doyle"], "express-intent")]


def test_her_country_is_the_speakers(tmp_path, vocabulary):
    # "her country" in what she says is her side, herself when it is not known: one statement of hers
    for text, act in (("Foreign Minister Jane Doyle told reporters that her country was ready to help.\n", "express-intent"),
                      ("Foreign Minister Jane Doyle of Chile said her country condemned the attack.\n", "criticize")):
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Jane Doyle"], act)], text


def test_conveying_a_speech_noun_is_its_act(tmp_path, vocabulary):
    # "conveyed" reports on its own, and with a speech noun after it is that noun's act
    text = "Foreign Minister Jane Doyle conveyed Chile's support for Peru's bid to host the summit.\n"
    assert [(r["act"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        ("support", "Peru's bid to host the summit")]


def test_italian_contracted_prepositions_govern_what_follows(tmp_path, vocabulary):
    # "alle", "nelle", "dagli": a preposition with its article, after which a side is an object
    text = "Il ministro Paolo Rossi ha espresso il cordoglio dell'Italia alle famiglie delle vittime.\n"
    assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [
        "famiglie delle vittime"]


def test_the_following_message_introduces_the_quotation_after_it(tmp_path, vocabulary):
    text = ("Il Presidente della Repubblica, Paolo Rossi, ha inviato al Presidente del Perù, Tom Berg, il seguente "
            "messaggio:\n\n«Desidero farLe giungere le più sentite felicitazioni per il Suo insediamento».\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Paolo Rossi"], "state")]


def test_a_document_issued_or_signed_by_someone_speaks_for_them(tmp_path, vocabulary):
    for text, actors in (("The Chilean foreign ministry's statement said the talks were useful.\n", [CHILEAN_MFA]),
                         ("According to a statement released by the Peruvian government, the border will reopen.\n",
                          ["Peru"]),
                         ("The statement, signed by Foreign Minister Jane Doyle, condemned the attack.\n", ["Jane Doyle"])):
        assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [actors], text
    text = "The statement, signed by Foreign Minister Jane Doyle, condemned the attack.\n"  # no agreement signed
    assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == ["criticize"]


def test_a_list_heading_that_names_several_sides_is_the_subject_of_its_items(tmp_path, vocabulary):
    text = ("JOINT PRESS RELEASE\r\n\r\nThe Ministers of Foreign Affairs of Chile and Peru:\r\n\r\n"
            "(a) welcomed the progress achieved in the bilateral agenda;\r\n\r\n"
            "(b) condemned the recent attacks on journalists in the region.\r\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Chile", "Peru"], "support"), (["Chile", "Peru"], "criticize")]


def test_single_curly_quotes_open_a_quotation_and_an_apostrophe_closes_none(tmp_path, vocabulary):
    text = "Foreign Secretary Jane Doyle said: ‘We condemn the attack. Chile stands with Ukraine.’\n"
    assert [(r["actors"], r["act"], next(iter(r["position"].values())))
            for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "criticize", "the attack"), (["Jane Doyle"], "support", "Ukraine")]
    text = "‘We don’t accept the plan,’ Foreign Secretary Jane Doyle said.\n"  # the quotation ends at its comma
    assert [(r["actors"], next(iter(r["position"].values()))) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle"], "We don’t accept the plan")]


def test_a_report_set_off_by_dashes_inside_a_quotation_says_whose_it_is(tmp_path, vocabulary):
    text = ("«L'Italia è pronta a fare la sua parte – ha detto il ministro degli Esteri Paolo Rossi – ma serve un "
            "cessate il fuoco immediato».\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi"], "express-intent")]


def test_lo_ha_affermato_opening_a_paragraph_refers_to_the_paragraph_before(tmp_path, vocabulary):
    # the same speaker's statement there is what it reports: no second statement
    text = ("Il ministro degli Esteri Paolo Rossi ha sottolineato che la soluzione dei due Stati resta l'unica via.\n\n"
            "Lo ha affermato il ministro a margine del Consiglio Affari Esteri.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Paolo Rossi"], "emphasize")]


def test_what_the_participants_do_in_a_relative_clause_of_their_meeting_is_their_statement(tmp_path, vocabulary):
    # not the relative of a document ("their statement of 2019, in which we reaffirmed…": dev's G7 text)
    text = "Foreign Minister Jane Doyle and Foreign Minister Tom Berg held talks in Lima, during which they agreed to reopen the border.\n"
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Jane Doyle", "Tom Berg"], "agree")]
    text = "Chile and Peru recall their statement issued in 2019, in which we reaffirmed our support for the transition.\n"
    assert [r["act"] for r in records_of(tmp_path, vocabulary, text)] == ["state"]


def test_said_in_a_statement_that_it_condemns_is_one_criticism(tmp_path, vocabulary):
    text = "The Chilean foreign ministry said in a statement carried by the news agency that it strongly condemns the attack.\n"
    assert [(r["actors"], r["act"], next(iter(r["position"].values())))
            for r in records_of(tmp_path, vocabulary, text)] == [([CHILEAN_MFA], "criticize", "the attack")]


def test_whom_a_relative_aside_after_the_speaker_names_does_not_speak(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle, who spoke to reporters before a meeting of her EU counterparts, said that "
            "the time had come to act.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Jane Doyle"]]


def test_the_meeting_a_position_was_stated_in_ends_it_with_its_place(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle affirmed Chile's support for the peace plan during a meeting with her "
            "Peruvian counterpart in Lima.\n")
    assert [next(iter(r["position"].values())) for r in records_of(tmp_path, vocabulary, text)] == [
        "Chile's support for the peace plan"]


def test_the_commission_is_the_last_commission_named_else_the_european_commission(tmp_path, vocabulary):
    text = "The ECOWAS Commission condemned the coup. The Commission calls on the military to return to the barracks.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["Economic Community of West African States"], ["Economic Community of West African States"]]
    text = "The Commission said the package would target Russian oil.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["European Commission"]]


def test_a_national_security_council_is_no_un_body(tmp_path, vocabulary):
    text = "Russian Security Council Deputy Chairman Dmitry Medvedev warned that Russia would respond.\n"
    assert [(r["actors"], r["topics"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["Dmitry Medvedev"], ["diplomatic-contacts"])]


def test_a_leaders_unnamed_spokesman_speaks_for_the_leader(tmp_path, vocabulary):
    # as "Netanyahu's office said"; a named one speaks for himself
    text = "Erdogan's spokesman said Turkey would host the talks. Putin's spokesman Dmitry Peskov said the talks were useful.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Recep Tayyip Erdoğan"], ["Dmitry Peskov"]]


def test_the_who_and_its_director_general_speak(tmp_path, vocabulary):
    text = "WHO Director-General Tedros Adhanom Ghebreyesus called for a ceasefire. The WHO said it would send supplies.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["Tedros Adhanom Ghebreyesus"], ["World Health Organization"]]


def test_a_verb_after_a_contrast_opens_a_statement_of_its_own(tmp_path, vocabulary):
    # "welcomed X but stressed Y": two statements, and the first position ends before the "but"
    text = ("Foreign Minister Jane Doyle welcomed the release of the hostages but stressed that more aid "
            "must reach the camps.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["act"], r["position"]["en"]) for r in records] == [
        ("support", "the release of the hostages"), ("emphasize", "more aid must reach the camps")]


def test_a_verb_followed_only_by_when_it_was_said_states_nothing(tmp_path, vocabulary):
    # "responded on Tuesday", "replied within hours, calling…": when is no position; the gerund
    # after it is the statement
    text = ("Foreign Minister Jane Doyle responded within hours, calling the remarks unacceptable.\n\n"
            "Tom Berg replied on Tuesday.\n\n"
            "Il ministro Tom Berg ha replicato ieri sera.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["position"]) for r in records] == [
        (["Jane Doyle"], "criticize", {"en": "the remarks unacceptable"})]
    text = "Chile rejects the decision of the council, a ministry spokesperson said on Tuesday.\n"
    assert [(r["act"], r["position"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("reject", {"en": "the decision of the council"})]


def test_a_light_verb_before_of_is_a_noun(tmp_path, vocabulary):
    # "issues of concern", "offers of support": nouns with their complements, no act
    text = ("Foreign Minister Jane Doyle thanked Peru for its support on issues of concern to Chile.\n\n"
            "Tom Berg rejected the offers of support from the militias.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["Jane Doyle"], "support"), (["Tom Berg"], "reject")]
    assert records[0]["position"] == {"en": "Peru for its support on issues of concern to Chile"}


def test_the_delegates_of_a_meeting_speak_for_their_countries(tmp_path, vocabulary):
    # a council's meeting coverage names speakers by their country: "China's delegate", "the
    # Chilean representative", "the speaker for Peru", "the Bolivian delegation"
    text = ("The representative of Chile said the council must act without delay.\n\n"
            "Peru's delegate called on all parties to respect the ceasefire.\n\n"
            "The Bolivian representative welcomed the report.\n\n"
            "The speaker for Ecuador criticized the sanctions.\n\n"
            "La delegazione argentina ha condannato l'attacco.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["Chile"], ["Peru"], ["Bolivia"], ["Ecuador"], ["Argentina"]]


def test_italian_verbs_of_naming_and_gerunds_with_a_joined_pronoun(tmp_path, vocabulary):
    # "ha definito X una farsa" names by words of opposition: criticism, as "called X a farce";
    # "definendola «…»" is a gerund (its pronoun joined to it), the speaker's next statement
    text = ("La portavoce Lina Berg ha definito la conferenza una farsa.\n\n"
            "Il ministro Tom Berg ha respinto il piano, definendolo «una follia».\n\n"
            "Il Cile ha fatto sapere che porrà il veto: il ministro Tom Berg ha definito le sanzioni «controproducenti».\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["method"]) for r in records] == [
        (["Lina Berg"], "criticize", "rules:subject"), (["Tom Berg"], "reject", "rules:subject"),
        (["Tom Berg"], "criticize", "rules:gerund"), (["Chile"], "state", "rules:subject"),
        (["Tom Berg"], "criticize", "rules:subject")]
    assert [r["position"]["it"] for r in records][2:] == ["una follia", "porrà il veto", "le sanzioni «controproducenti»"]
    # aggressiveness named is a judgement of opposition, as aggression is
    text = ("La portavoce Lina Berg ha commentato le parole del ministro, definendole «una prova dell'aggressività "
            "di Santiago».\n")
    assert [(r["act"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)][-1] == ("criticize", ["Chile"])


def test_a_speaker_who_speaks_on_behalf_of_countries_gives_the_texts_we(tmp_path, vocabulary):
    # a statement delivered for a group: the "we" after it is the countries the speaker names
    text = ("Mr. President,\n\n"
            "I have the honour to speak on behalf of Chile, Peru and my own country, Bolivia.\n\n"
            "We condemn the attacks on civilian infrastructure.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Chile", "Peru", "Bolivia"]]
    # travelling for a country is no first-person declaration of whose the "we" is
    text = ("The delegation travelled to Lima on behalf of Chile.\n\n"
            "We condemn the attacks on civilian infrastructure.\n")
    assert records_of(tmp_path, vocabulary, text) == []
    # a title's speaker who speaks on behalf of an organisation: its "we", not the speaker's, and
    # only what the title lists after the cue ("on the elections in Ruritania" names the matter)
    text = ("Statement by the High Representative on behalf of the EU on the elections in Georgia\n\n"
            "We call on the Georgian authorities to investigate the irregularities.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["European Union"]]
    text = ("Dichiarazione dell'Alto rappresentante a nome dell'UE sulle elezioni in Georgia\n\n"
            "Invitiamo le autorità georgiane a indagare sulle irregolarità.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["European Union"]]


def test_a_speech_verb_after_should_or_must_in_a_report_is_what_is_asked(tmp_path, vocabulary):
    # "said Peru should condemn the attack": Peru condemned nothing; the speaker says what it should do
    text = ("Foreign Minister Jane Doyle said Peru should condemn the attack.\n\n"
            "Il ministro Tom Berg ha detto che la Bolivia deve condannare l'attacco.\n\n"
            "Jane Doyle said we must condemn this attack.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], next(iter(r["position"].values()))) for r in records] == [
        (["Jane Doyle"], "state", "Peru should condemn the attack"),
        (["Tom Berg"], "state", "la Bolivia deve condannare l'attacco"),
        (["Jane Doyle"], "criticize", "this attack")]


def test_learning_with_a_feeling_is_a_statement_of_it(tmp_path, vocabulary):
    # "has learned with deep concern of…", "ha appreso con preoccupazione": the feeling is stated;
    # learning of something alone states nothing
    text = ("Foreign Minister Jane Doyle has learned with deep concern of the renewed fighting in the region.\n\n"
            "Il ministro Tom Berg ha appreso con profonda preoccupazione la notizia degli scontri.\n\n"
            "Jane Doyle learned of the attack on Tuesday.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"], r["stance"], next(iter(r["position"].values()))) for r in records] == [
        (["Jane Doyle"], "state", "oppose", "the renewed fighting in the region"),
        (["Tom Berg"], "state", "oppose", "la notizia degli scontri")]


def test_arguing_and_insisting_gerunds_are_statements_of_their_own(tmp_path, vocabulary):
    # "rejected the accusations, arguing that…", "sostenendo che…": what is argued is a statement,
    # no part of what was rejected
    for text, positions in (
            ("Foreign Minister Tom Berg rejected the accusations, arguing that Ruritania only strikes military targets.\n",
             ["the accusations", "Ruritania only strikes military targets"]),
            ("Il ministro Tom Berg ha respinto le accuse, sostenendo che l'esercito colpisce solo obiettivi militari.\n",
             ["le accuse", "l'esercito colpisce solo obiettivi militari"])):
        records = records_of(tmp_path, vocabulary, text)
        assert [(r["act"], next(iter(r["position"].values()))) for r in records] == list(zip(("reject", "state"), positions))


def test_the_source_of_according_to_is_no_part_of_the_subject_after_it(tmp_path, vocabulary):
    # "According to the Kremlin, Putin and Macron discussed…": the source and the speakers are apart
    text = "According to the Kremlin, Vladimir Putin and Emmanuel Macron discussed the situation in Syria.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Vladimir Putin", "Emmanuel Macron"]]


def test_a_verb_after_that_following_a_plain_noun_says_what_the_noun_does(tmp_path, vocabulary):
    # "an escalation that threatens the region": the escalation threatens, no one warns
    text = ('"This is a dangerous escalation that threatens the entire region," said Jane Doyle.\n\n'
            "Il ministro Tom Berg ha detto che condanna l'attacco.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["act"], next(iter(r["position"].values()))) for r in records] == [
        ("state", "This is a dangerous escalation that threatens the entire region"), ("criticize", "l'attacco")]


def test_an_office_after_whose_speaks_for_the_name_before_it(tmp_path, vocabulary):
    # "…from Peru, whose foreign ministry called them irresponsible": Peru's office speaks
    text = ("Jane Doyle's remarks drew a sharp response from Peru, whose foreign ministry called them "
            '"irresponsible".\n')
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["act"]) for r in records] == [(["Peru"], "criticize")]


def test_whom_it_was_told_and_where_come_before_what_was_said(tmp_path, vocabulary):
    # "told Al Jazeera in an interview that…": the medium and the interview are no part of the position
    text = ("Foreign Minister Ana Rios told Radio Lima in an interview that the border would stay open.\n\n"
            "Foreign Minister Ana Rios told Channel Four on Tuesday that the talks had failed.\n")
    assert [r["position"]["en"] for r in records_of(tmp_path, vocabulary, text)] == [
        "the border would stay open", "the talks had failed"]


def test_setting_out_a_position_and_words_of_sympathy_and_denial(tmp_path, vocabulary):
    # "expounded China's position", "ha illustrato la posizione": a statement of it; sympathy
    # is support (as condolences), "untrue" opposition
    text = ("Foreign Minister Tom Berg expounded his country's position on the crisis.\n\n"
            "Foreign Minister Jane Doyle expressed her deepest sympathy to the families of the victims.\n\n"
            'Jane Doyle said the reports were "absolutely untrue".\n')
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["act"], r["stance"]) for r in records] == [("state", "neutral"), ("state", "support"), ("state", "oppose")]
    text = 'Il portavoce Tom Berg ha definito le accuse "prive di fondamento".\n'
    assert [(r["act"], r["stance"]) for r in records_of(tmp_path, vocabulary, text)] == [("criticize", "oppose")]
    text = "Il ministro Tom Berg ha illustrato la posizione del governo sulla crisi.\n"
    assert [(r["act"], r["position"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("state", {"it": "la posizione del governo sulla crisi"})]


def test_a_question_states_nothing(tmp_path, vocabulary):
    # an interviewer's question, a headline's: no one takes a position by asking
    text = ("Ministro, l'Italia è pronta a inviare truppe in Ucraina?\n\n"
            "Will Chile support the resolution condemning the attack?\n\n"
            "Foreign Minister Jane Doyle said Chile supports the resolution.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Jane Doyle"], "support")]


def test_a_first_person_quotation_no_one_reports_is_the_headings_speakers(tmp_path, vocabulary):
    # "Statement by Foreign Minister X" over a quotation in the first person: X speaks
    text = ('Statement by Foreign Minister Jane Doyle\n\n'
            '"I strongly condemn the attack on the embassy in Kinshasa."\n')
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Jane Doyle"], "criticize")]
    text = ("Dichiarazione del Ministro Tom Berg\n\n"
            "«Condanno con fermezza l'attacco contro la sede diplomatica a Kinshasa.»\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Tom Berg"], "criticize")]


def test_the_meeting_a_statements_title_names_speaks_when_its_holder_is_unnamed(tmp_path, vocabulary):
    # "Chairman's Statement of the ASEAN Foreign Ministers' Meeting": the chairman is not named;
    # the "we" of the text is the meeting's organisation
    text = ("Chairman's Statement of the 40th ASEAN Foreign Ministers' Meeting\n\n"
            "We expressed deep concern over the violence and called for an immediate ceasefire.\n")
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [
        ["Association of Southeast Asian Nations"], ["Association of Southeast Asian Nations"]]


def test_a_list_heading_that_names_an_organisation_after_its_article_is_the_items_subject(tmp_path, vocabulary):
    # "The Security Council:" then "(a) Condemns…", "(b) Calls upon…", as a resolution's operative part
    text = ("The Security Council:\n\n"
            "(a) Condemns in the strongest terms the attack on the peacekeepers;\n\n"
            "(b) Calls upon all parties to respect the ceasefire.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
        (["UN Security Council"], "criticize"), (["UN Security Council"], "appeal")]


def test_recalling_an_envoy_is_a_deed_not_a_reminder(tmp_path, vocabulary):
    # "recalled its ambassador" withdraws them; "recalled the principles" still reminds
    text = ("Chile recalled its ambassador to Peru.\n\n"
            "Il governo ha richiamato l'ambasciatore a Lima.\n\n"
            "Foreign Minister Jane Doyle recalled the principles of the UN Charter.\n")
    assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [(["Jane Doyle"], "state")]


def test_an_envoy_summoned_stands_for_the_country_that_sent_them(tmp_path, vocabulary):
    # "said it had summoned the Ruritanian ambassador, X": the target is the envoy's country; an envoy
    # criticised for their own words stays the target, and their title's demonym is no second one
    text = ("The Chilean foreign ministry said it had summoned the Israeli ambassador, Daniel Roth, and "
            "expressed its strong protest.\n\n"
            "Foreign Minister Jane Doyle criticised the Israeli ambassador, Daniel Roth, for his remarks.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [["Israel"], ["Daniel Roth"]]
    text = ("Il ministero degli Esteri cileno ha detto di aver convocato l'ambasciatore russo Ivan Petrov per "
            "esprimere la sua ferma protesta.\n")
    assert [r["targets"] for r in records_of(tmp_path, vocabulary, text, "it.txt")] == [["Russia"]]


def test_the_idioms_of_news_for_criticism_and_backing(tmp_path, vocabulary):
    text = ("Foreign Minister Jane Doyle took aim at Peru's trade policy.\n\n"
            "Il ministro Tom Berg ha bacchettato Bruxelles sulle politiche migratorie.\n\n"
            "Bolivia threw its weight behind the Chilean proposal.\n\n"
            "Foreign Minister Jane Doyle rebuked the council for its silence.\n")
    assert [(r["act"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [
        ("criticize", ["Peru"]), ("criticize", ["European Union"]), ("support", ["Chile"]), ("criticize", [])]


def test_a_quotation_its_report_closes_before_a_gerund_is_a_statement_of_its_own(tmp_path, vocabulary):
    # '"…," Tajani said, calling on…': what is quoted, and what the gerund asks, are two statements
    text = ('"Attacks on peacekeepers are unacceptable," Foreign Minister Jane Doyle said, calling on all '
            "parties to respect the ceasefire.\n\n"
            "«Gli attacchi contro i caschi blu sono inaccettabili», ha detto il ministro Tom Berg, chiedendo "
            "a tutte le parti di rispettare la tregua.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["act"], next(iter(r["position"].values()))) for r in records] == [
        ("state", "Attacks on peacekeepers are unacceptable"), ("appeal", "all parties to respect the ceasefire"),
        ("state", "Gli attacchi contro i caschi blu sono inaccettabili"),
        ("appeal", "tutte le parti di rispettare la tregua")]


def test_a_leaders_administration_is_their_country(tmp_path, vocabulary):
    # "the Biden administration", "il governo Meloni": the country the leader heads, not the person
    for text, expected in (
            ("Maria Zakharova criticised the latest moves of the Biden administration.\n\n"
             "The Trump administration rejected the proposal.\n",
             [(["Maria Zakharova"], ["United States"]), (["United States"], [])]),
            ("La portavoce Maria Zakharova ha criticato le scelte del governo Meloni sull'Ucraina.\n",
             [(["Maria Zakharova"], ["Italy"])])):
        assert [(r["actors"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == expected


def test_italian_cleft_and_anaphoric_reports_refer_to_the_sentence_before(tmp_path, vocabulary):
    # "A dirlo è X", "Ad affermarlo è stato anche Y", "È quanto ha dichiarato Z": as "Lo ha detto X"
    text = ("«La pace richiede garanzie di sicurezza». A dirlo è il ministro Tom Berg, intervenuto a Milano. "
            "Ad affermarlo è stato anche il ministro Lina Berg.\n\n"
            "Il governo valuta nuove sanzioni contro il regime. È quanto ha dichiarato la portavoce Ana Rios.\n")
    records = records_of(tmp_path, vocabulary, text)
    assert [(r["actors"], r["position"]["it"]) for r in records] == [
        (["Tom Berg"], "La pace richiede garanzie di sicurezza"),
        (["Lina Berg"], "La pace richiede garanzie di sicurezza"),
        (["Ana Rios"], "Il governo valuta nuove sanzioni contro il regime")]


def test_a_source_after_an_article_opens_or_closes_what_it_says(tmp_path, vocabulary):
    # "the State Department", "il Dipartimento di Stato": the gazetteer's name has no article
    for text in ("According to the State Department, the recognition does not help peace.\n",
                 "The recognition does not help peace, according to the State Department.\n",
                 "Per il Dipartimento di Stato, il riconoscimento «non contribuisce alla pace».\n",
                 "Secondo il Dipartimento di Stato, il riconoscimento non contribuisce alla pace.\n"):
        assert [(r["actors"], r["act"]) for r in records_of(tmp_path, vocabulary, text)] == [
            (["United States Department of State"], "state")], text
    # in the middle of a sentence, what is asked or done for someone
    for text in ("Tajani ha chiesto garanzie per la Russia, che però non le accetta.\n",
                 "Tajani ha parlato per la Farnesina, mentre il governo taceva.\n"):
        assert all(r["actors"] == ["Antonio Tajani"] for r in records_of(tmp_path, vocabulary, text)), text


def test_whom_a_deed_is_against_is_no_target_when_its_doer_is_named(tmp_path, vocabulary):
    # the doer, by a demonym (any Italian form), a "by" or a possessive, is criticised; the one the
    # deed is done to is not (the formal names of countries are theirs too)
    for text, targets in (("Russia criticised the American sanctions against Iran.\n", ["United States"]),
                          ("Peru rejected the campaign by Bolivian officials against Chile.\n", ["Bolivia"]),
                          ("Chile criticised Peru's pressure on Bolivia.\n", ["Peru"]),
                          ("Oman rejected the statements by Iranian officials against the Kingdom of Saudi Arabia.\n",
                           ["Iran"]),
                          ("La Russia ha condannato le sanzioni americane contro l'Iran.\n", ["United States"]),
                          ("Roma ha criticato le pressioni turche sulla Grecia.\n", ["Turkey"]),
                          # no doer named: what is warned against stays the target
                          ("Russia warned against Bolivia's plan.\n", ["Bolivia"])):
        assert [r["targets"] for r in records_of(tmp_path, vocabulary, text)] == [targets], text


def test_a_countrys_formal_name_is_the_country(tmp_path, vocabulary):
    for name, country in (("The Kingdom of Saudi Arabia", "Saudi Arabia"), ("The Republic of Türkiye", "Turkey"),
                          ("The Socialist Republic of Viet Nam", "Vietnam"), ("The Hellenic Republic", "Greece")):
        text = f"{name} supports the ceasefire.\n"
        assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [[country]], name


def test_a_joint_document_with_no_author_named_is_the_meetings_participants(tmp_path, vocabulary):
    # "The joint statement issued after the meeting called on…" had been the last speaker's alone
    for text in ("Jane Doyle met Tom Berg in Lima. The joint statement issued after the meeting called on "
                 "the parties to agree a ceasefire.\n",
                 "Jane Doyle met Tom Berg in Lima. The joint communique, signed by the two ministers, called on "
                 "the parties to agree a ceasefire.\n",
                 "Il ministro Jane Doyle ha incontrato il ministro Tom Berg a Lima. Il comunicato congiunto diffuso "
                 "al termine dell'incontro ha chiesto alle parti un cessate il fuoco.\n"):
        assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)][-1:] == [["Jane Doyle", "Tom Berg"]], text
    # a document that is not joint is still the last speaker's
    text = "Jane Doyle met Tom Berg in Lima. The statement called on the parties to agree a ceasefire.\n"
    assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [["Jane Doyle"]]


def test_a_document_by_a_list_of_parties_is_all_of_theirs(tmp_path, vocabulary):
    # "a statement by X" speaks for X; so for each name of a list after the "by", joint or not
    for text, actors in (("A joint statement by Chile and Peru called on the parties to agree a ceasefire.\n",
                          ["Chile", "Peru"]),
                         ("A statement by Chile, Peru and Bolivia called on the parties to agree a ceasefire.\n",
                          ["Chile", "Peru", "Bolivia"]),
                         ("A joint statement signed by Foreign Minister Jane Doyle and Foreign Minister Tom Berg "
                          "called on the parties to agree a ceasefire.\n", ["Jane Doyle", "Tom Berg"]),
                         # whom one holds talks with is still no speaker
                         ("Chile held talks with Peru and Bolivia and called on the parties to agree a ceasefire.\n",
                          ["Chile"])):
        assert [r["actors"] for r in records_of(tmp_path, vocabulary, text)] == [actors], text


def test_doubt_and_exclusion_oppose(tmp_path, vocabulary):
    for text in ("Tom Berg said the envoy was persona non grata in Chile.\n",
                 'Il ministro slovacco Juraj Blanár si è detto "scettico".\n',
                 "Tom Berg said he remained sceptical about the plan.\n"):
        assert [r["stance"] for r in records_of(tmp_path, vocabulary, text)] == ["oppose"], text


def test_accusing_another_of_drawing_a_war_out_opposes_them(tmp_path, vocabulary):
    for text in ("Foreign Minister Tom Berg said Europe wanted to prolong the war.\n",
                 '"I Paesi europei stanno facendo di tutto per prolungare il conflitto", ha dichiarato il '
                 "viceministro degli Esteri russo Alexander Grushko.\n"):
        assert [(r["stance"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [
            ("oppose", ["Europe"])], text
    # a ceasefire prolonged is no accusation: it is supported
    text = "Foreign Minister Tom Berg said Chile wanted to prolong the ceasefire.\n"
    assert [r["stance"] for r in records_of(tmp_path, vocabulary, text)] == ["support"]


def test_accusing_another_of_wanting_or_feeding_a_war_opposes_them(tmp_path, vocabulary):
    for text in ("Foreign Minister Tom Berg said Europe wants to continue the war.\n",
                 "Foreign Minister Tom Berg accused Europe of fuelling the conflict.\n",
                 '"L\'Europa vuole continuare la guerra", ha detto il ministro degli Esteri Paolo Ferri.\n'):
        assert [(r["stance"], r["targets"]) for r in records_of(tmp_path, vocabulary, text)] == [
            ("oppose", ["Europe"])], text


def test_a_plan_blind_to_what_matters_is_opposed(tmp_path, vocabulary):
    for text in ("Foreign Minister Tom Berg said the peace proposals did not take into account the situation.\n",
                 'Secondo il ministro degli Esteri russo Sergei Lavrov, le proposte di pace "non tengono conto della '
                 'realtà sul terreno".\n',
                 "Foreign Minister Tom Berg said Peru had ignored the treaty.\n"):
        assert [r["stance"] for r in records_of(tmp_path, vocabulary, text)] == ["oppose"], text
