"""The ontology files: terms, schemes, labels in both languages, the gazetteer, the rule."""

import re
from pathlib import Path

from rdflib import OWL, RDF, Graph, Literal
from rdflib.namespace import ORG, SKOS

from kg.namespaces import KG, TOPIC, WD
from kg.vocabulary import DISPLAY_FILE, VOCABULARY_FILES, load_vocabulary, packaged_file

GUIDE = (Path(__file__).parent / "corpus" / "README.md").read_text(encoding="utf-8")
GUIDE_TOPICS = re.findall(r"^\| ([a-z]+(?:-[a-z]+)*) \| [a-zA-Z]", GUIDE.split("## Topic ids")[1], re.M)[1:]
GUIDE_SHORT_NAMES = ["us", "russia", "china", "ukraine", "eu", "italy", "france", "germany", "uk",
                     "india", "turkey", "iran", "israel", "japan"]


def labels(graph, subject, predicate=SKOS.prefLabel):
    return {o.language for o in graph.objects(subject, predicate) if isinstance(o, Literal)}


def test_every_kg_term_is_declared_in_the_ontology():
    declared = Graph()
    for name in (*VOCABULARY_FILES, DISPLAY_FILE):
        declared.parse(data=packaged_file(name), format="turtle")
    subjects = {str(s) for s in declared.subjects()}
    missing = [t for t in KG.__annotations__ if str(KG[t]) not in subjects]
    assert missing == []


def test_every_concept_is_declared_once_per_file():
    # two declarations of one id merge their labels silently (a new cue named like an old one
    # gives the old one's rules the new words): each concept is declared once
    for path in VOCABULARY_FILES:
        declared = re.findall(r"^([\w-]+:[\w-]+) a skos:Concept\b", packaged_file(path), re.M)
        assert len(declared) == len(set(declared)), (path, sorted({d for d in declared if declared.count(d) > 1}))


def test_classes_and_properties_have_english_and_italian_labels_and_definitions():
    graph = Graph().parse(data=packaged_file("kg.ttl"), format="turtle")
    terms = set(graph.subjects(RDF.type, OWL.Class)) | set(graph.subjects(RDF.type, OWL.ObjectProperty)) \
        | set(graph.subjects(RDF.type, OWL.DatatypeProperty))
    assert len(terms) > 30
    from rdflib import RDFS
    for term in terms:
        assert labels(graph, term, RDFS.label) >= {"en", "it"}, term
        assert labels(graph, term, SKOS.definition) >= {"en", "it"}, term


def test_twelve_speech_acts_with_verbs_in_both_languages_and_cameo_codes(vocabulary):
    assert sorted(vocabulary.acts) == sorted(
        ["state", "emphasize", "reaffirm", "agree", "consult", "express-intent", "appeal",
         "demand", "support", "criticize", "reject", "warn"])
    graph = vocabulary.graph
    for act in vocabulary.acts.values():
        assert labels(graph, act, SKOS.altLabel) >= {"en", "it"}
        assert graph.value(act, KG.cameo) is not None
    assert Literal("hanno concordato", lang="it") in set(graph.objects(vocabulary.acts["agree"], SKOS.altLabel))
    assert Literal("AGREE") in set(graph.objects(vocabulary.acts["agree"], KG.plover))


def test_every_guide_topic_is_a_concept_with_both_labels(vocabulary):
    assert len(GUIDE_TOPICS) >= 21
    for topic_id in GUIDE_TOPICS:
        if topic_id == "A-B-relations":
            continue
        concept = vocabulary.topic(topic_id)
        assert labels(vocabulary.graph, concept) >= {"en", "it"}, topic_id
        assert vocabulary.graph.value(concept, SKOS.broader) is not None, topic_id


def test_bilateral_topics_exist_for_every_pair_in_alphabetical_order(vocabulary):
    for i, a in enumerate(sorted(GUIDE_SHORT_NAMES)):
        for b in sorted(GUIDE_SHORT_NAMES)[i + 1:]:
            topic_id = f"{a}-{b}-relations"
            assert vocabulary.topic(topic_id) == TOPIC[topic_id]
            assert vocabulary.broader(topic_id) == "bilateral-relations"
    assert vocabulary.topic_concept("us-russia-relations") is None
    # gazetteer countries beyond the guide's short names get their English name, hyphenated
    assert vocabulary.topic_concept("south-korea-us-relations") == TOPIC["south-korea-us-relations"]
    assert vocabulary.label(TOPIC["russia-us-relations"], "en") == "Russia–United States relations"
    assert vocabulary.label(TOPIC["russia-us-relations"], "it") == "relazioni Russia–Stati Uniti"


def test_bilateral_topics_are_not_in_the_vocabulary_graph_but_in_the_graphs_of_documents_about_them(vocabulary):
    # tens of thousands of pairs: the vocabulary graph (loaded by every command, stored with every
    # graph) holds none of them; a document's graph describes those its statements are about
    assert (TOPIC["russia-us-relations"], None, None) not in vocabulary.graph
    assert len(vocabulary.graph) < 20_000 < len(vocabulary.relations) * 8
    triples = set(vocabulary.relation_triples("russia-us-relations"))
    assert (TOPIC["russia-us-relations"], SKOS.notation, Literal("russia-us-relations")) in triples
    assert {o for _, p, o in triples if p == KG.relationBetween} == \
        {vocabulary.find_actor("Russia"), vocabulary.find_actor("United States")}
    assert (TOPIC["russia-us-relations"], SKOS.broader, TOPIC["bilateral-relations"]) in triples


def test_a_relations_topic_the_vocab_turtle_describes_is_its_own(tmp_path):
    own = tmp_path / "own.ttl"
    own.write_text(
        "@prefix kg: <https://w3id.org/diplo-kg/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://w3id.org/diplo-kg/topic/russia-us-relations> a kg:Topic ; skos:inScheme kg:TopicScheme ;\n"
        "    skos:notation \"russia-us-relations\" ; skos:prefLabel \"The great détente\"@en .\n",
        encoding="utf-8")
    vocabulary = load_vocabulary([own])
    assert "russia-us-relations" in vocabulary.topics and "russia-us-relations" not in vocabulary.relations
    assert vocabulary.label(vocabulary.topic("russia-us-relations"), "en") == "The great détente"
    assert "china-us-relations" in vocabulary.relations


def test_gazetteer_has_150_actors_with_labels_in_both_languages(vocabulary):
    actors = list(vocabulary.graph.subjects(SKOS.inScheme, KG.ActorScheme))
    assert len(actors) >= 150
    for actor in actors:
        assert labels(vocabulary.graph, actor) >= {"en", "it"}, actor
    people = set(vocabulary.graph.subjects(RDF.type, KG.Person))
    assert all(vocabulary.graph.value(p, KG.represents) is not None for p in people)


def test_a_post_whose_title_names_a_country_is_in_that_country(vocabulary):
    # who held a post is looked up by the country it is in (org:postIn): "the Estonian prime
    # minister" must not find a post put in another country or organisation by mistake
    graph = vocabulary.graph
    countries = {str(label): country for country in graph.subjects(RDF.type, KG.Country)
                 for label in graph.objects(country, SKOS.prefLabel) if label.language == "en"}
    wrong = []
    for post, within in graph.subject_objects(ORG.postIn):
        title = next(str(t) for t in graph.objects(post, SKOS.prefLabel) if t.language == "en")
        named = countries.get(title.rsplit(" of ", 1)[-1].removeprefix("the "))
        if named is not None and named != within:
            wrong.append(title)
    assert wrong == []


def test_wikidata_ids_and_aliases(vocabulary):
    rubio = vocabulary.find_actor("Marco Rubio")
    assert (rubio, OWL.sameAs, WD.Q324546) in vocabulary.graph
    assert vocabulary.find_actor("Sergei Lavrov") == vocabulary.find_actor("Sergey Lavrov")
    assert vocabulary.name_of(vocabulary.find_actor("kyiv")) == "Ukraine"
    assert vocabulary.name_of(vocabulary.find_actor("Kiev")) == "Ukraine"
    assert vocabulary.name_of(vocabulary.find_actor("Washington")) == "United States"
    assert vocabulary.name_of(vocabulary.find_actor("ZELENSKIY")) == "Volodymyr Zelenskyy"
    assert vocabulary.name_of(vocabulary.find_actor("Erdogan")) == "Recep Tayyip Erdoğan"


def test_every_gold_act_and_topic_is_known(vocabulary):
    # acts and topics are closed schemes; actors are open (a name the gazetteer lacks gets an IRI
    # of its own from its normalised name)
    from tests.conftest import GOLD_FILES, gold_objects
    relation_parties = {p for pair in vocabulary.relations.values() for p in pair}
    for path in GOLD_FILES:
        for record in gold_objects(path):
            vocabulary.act(record["act"])
            for topic in record["topics"]:
                vocabulary.topic(topic)
                if topic.endswith("-relations"):
                    assert len(set(vocabulary.relations[topic])) == 2
    assert vocabulary.find_actor("Gulf Cooperation Council") in relation_parties


def test_a_users_turtle_extends_the_vocabulary(tmp_path):
    extra = tmp_path / "mine.ttl"
    extra.write_text(
        '@prefix kg: <https://w3id.org/diplo-kg/ontology#> .\n'
        '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
        '@prefix actor: <https://w3id.org/diplo-kg/actor/> .\n'
        'actor:ruritania a kg:Country ; skos:inScheme kg:ActorScheme ;\n'
        '  skos:prefLabel "Ruritania"@en , "Ruritania"@it ; kg:metonym "Strelsau"@en .\n',
        encoding="utf-8")
    extended = load_vocabulary([extra])
    assert extended.name_of(extended.find_actor("Strelsau")) == "Ruritania"
    assert "ruritania-us-relations" in extended.relations
    assert load_vocabulary().find_actor("Strelsau") is None
    assert extended.digest != load_vocabulary().digest


def test_vocabulary_files_are_packaged():
    for name in VOCABULARY_FILES + ("shapes.ttl", DISPLAY_FILE):
        assert packaged_file(name).startswith(("#", "@prefix"))


def test_the_vocabulary_leaves_listed_surnames_names(vocabulary):
    # a label word that is also a surname ("price" of "pay the price") can stop "MR PRICE:" or "Ms
    # Hope" being read as a name: a listed person's last name is a name word, or a word only
    # lowercase keywords have (read as a surname after a first name or an honorific); these five
    # are known and found as whole listed names ("Albanese" is also Italian for Albanian)
    from kg.extraction.lexicon import lexicon_for
    lexicon = lexicon_for(vocabulary)
    surnames = {lexicon.names[key]: lexicon.names[key].split()[-1]
                for key, kind in lexicon.actor_kind.items() if kind == "person"}
    assert {name for name, last in surnames.items() if not lexicon.is_name_word(last, "en")
            and last.lower() not in lexicon.lowercase_words} == {
        "António Costa", "Kim Jong Un", "Vladimir Putin", "Pope Leo XIV", "Anthony Albanese"}
