"""Leftover Chinese in German and French: the shared topic words (cleaner/data/sense_domains.txt)
choose a sense where a sentence speaks plainly of its topic and no cue of the entry is near the
term, as they do in English; words of two topics leave the term reported; a word belongs to one
topic of a language only; and a German compound counts for a topic only when it is a kind of the
topic word it ends in ("Heimatmarkt"), not when it merely ends in its letters ("Interessen" is no
"Essen")."""

from __future__ import annotations

import dataclasses

import pytest

from cleaner import clean
from cleaner.glossary import senses
from cleaner.glossary.table import choose_in, senses_by_term
from cleaner.rules import default_rules


def _group(zh: str):
    return senses_by_term(default_rules().get("cjk_glossary"))[zh]


def _choice(group, text: str, lang: str):
    span = senses.locate({group[0].zh}, text)
    assert span is not None, text
    chosen = senses.choose(group, text, *span, lang)
    return None if chosen is None else chosen.sense


def _without_topics(group):
    return [dataclasses.replace(c, domains=()) for c in group]


# Each sentence names its topic in ordinary words and holds no cue of the entry: without the topic
# lists no sense is chosen (checked below), with them the right one is.
TOPIC_ONLY = [
    ("老虎", "de", "tiger (animal)", "Im Tierpark und in der Wildnis leben immer weniger 老虎."),
    ("老虎", "fr", "tiger (animal)", "Dans la réserve naturelle, les 老虎 partagent la forêt avec les oiseaux."),
    ("老虎", "de", "senior corrupt official", "Die Behörden haben in den Ministerien mehrere 老虎 zu Fall gebracht."),
    ("老虎", "fr", "senior corrupt official",
     "Le gouvernement et les autorités ont fait tomber plusieurs 老虎 dans les ministères."),
    ("下海", "de", "go into business",
     "In den Neunzigern wollten viele Ingenieure als Firmengründer 下海 und eigene Firmen aufbauen."),
    ("下海", "de", "go into the sea", "Die Matrosen sprangen vom Boot, um im Hafen zu 下海."),
    ("下海", "fr", "go into business",
     "Dans les années 1990, de nombreux ingénieurs ont choisi de 下海 comme fondateurs de start-up."),
    ("下海", "fr", "go into the sea", "Les matelots ont quitté le chalutier pour 下海 près des navires."),
    ("上岸", "de", "go ashore", "Die Matrosen des Frachters durften im Hafen nicht 上岸."),
    ("上岸", "fr", "go ashore", "Les matelots des chalutiers n'ont pas pu 上岸 hier soir."),
    ("荣耀", "de", "glory", "Die Spieler und der Trainer kämpfen im Finale um 荣耀 für die Mannschaft."),
    ("荣耀", "de", "Honor (phone brand)", "Die Nutzer loben die Software und das Betriebssystem von 荣耀."),
    ("荣耀", "fr", "Honor (phone brand)", "Les utilisateurs apprécient les logiciels et les applications de 荣耀."),
    ("长安", "de", "Chang'an (ancient capital)",
     "Die Archäologen im Museum zeigen Reliquien aus 长安 und dem Kaiserpalast."),
    ("长安", "fr", "Chang'an (ancient capital)",
     "Les archéologues du musée exposent des reliques de 长安 et du palais impérial."),
    ("长安", "de", "Changan (carmaker)", "Die Autohändler verkaufen die Limousinen von 长安 als Neuwagen."),
    ("长安", "fr", "Changan (carmaker)", "Les concessionnaires vendent les berlines de 长安 aux automobilistes."),
    ("颠覆", "de", "subversion", "Die Regierung und die Behörden werfen den Aktivisten 颠覆 vor."),
    ("颠覆", "fr", "subversion", "Le gouvernement et les autorités accusent les militants de 颠覆."),
    ("编制", "de", "permanent state post", "Die Angestellten und Mitarbeiter hoffen auf eine 编制 mit festem Gehalt."),
    ("编制", "fr", "permanent state post", "Les employés et les salariés espèrent un 编制 avec un salaire fixe."),
    ("安利", "de", "Amway (company)", "Die Kunden und Verbraucher kaufen die Produkte von 安利 in Filialen."),
    # a sense with a prior is chosen once the topic gives evidence
    ("苹果", "de", "Apple (company)", "Die Nutzer laden die Software von 苹果 auf ihre Handys."),
    ("苹果", "fr", "Apple (company)", "Les utilisateurs téléchargent les logiciels de 苹果 sur leurs ordinateurs."),
    ("蚂蚁", "de", "Ant Group", "Die Gläubiger und Kleinanleger von 蚂蚁 fürchten höhere Zinsen."),
    ("蚂蚁", "fr", "Ant Group", "Les créanciers et les épargnants de 蚂蚁 redoutent la hausse des taux."),
    ("韭菜", "de", "retail investors (slang)", "Hedgefonds und Broker verdienen an den 韭菜, wenn die Zinsen steigen."),
]


@pytest.mark.parametrize("zh,lang,sense,text", TOPIC_ONLY)
def test_topic_words_alone_choose_the_sense(zh, lang, sense, text):
    group = _group(zh)
    assert _choice(_without_topics(group), text, lang) is None  # no cue, no grammar, no prior decides
    assert _choice(group, text, lang) == sense
    assert choose_in(group, text).sense == sense  # the language is read from the sentence too


# Words of the topics of two senses: no sense wins clearly, the term stays and is reported.
BOTH_TOPICS = [
    ("老虎", "de", "Die Behörden im Tierpark und in der Wildnis zählen die 老虎."),
    ("老虎", "fr", "Le gouvernement et les autorités de la réserve naturelle comptent les 老虎 dans la forêt."),
    ("下海", "de", "Die Matrosen und die Firmengründer wollen 下海."),
    ("出海", "de", "Die Konzerne und die Matrosen der Reederei wollen 出海."),
    ("出海", "fr", "Les start-up et les matelots des cargos veulent 出海."),
    ("荣耀", "fr", "Les joueurs de l'équipe et les utilisateurs de logiciels parlent de 荣耀."),
    ("长安", "de", "Die Autohändler im Museum zeigen Limousinen aus 长安 neben Reliquien."),
]


@pytest.mark.parametrize("zh,lang,text", BOTH_TOPICS)
def test_topic_words_of_both_senses_leave_the_term_reported(zh, lang, text):
    assert _choice(_group(zh), text, lang) is None
    result = clean(text, lang=lang, select=["cjk_glossary"])
    assert zh in result.text
    assert "cjk-sense-unclear" in [f.rule for f in result.findings]


def _words(lang: str) -> dict[str, dict[tuple[str, ...], bool]]:
    """topic -> the word sequences of its list in ``lang`` (lower case unless matched exactly)."""
    return {topic: {cue.words: cue.exact_case for cue in by_lang.get(lang, ())}
            for topic, by_lang in senses.topics().items()}


def _shared(lang: str) -> dict[tuple[str, ...], set[str]]:
    seen: dict[tuple[str, ...], set[str]] = {}
    for topic, words in _words(lang).items():
        for w in words:
            seen.setdefault(w, set()).add(topic)
    return {w: topics for w, topics in seen.items() if len(topics) > 1}


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_no_word_belongs_to_two_topics_unless_it_does_in_english(lang):
    english = _shared("en")
    for words, topics in _shared(lang).items():
        assert any(topics <= en_topics for en_topics in english.values()), (lang, words, topics)


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_every_topic_has_german_and_french_words_near_the_english_coverage(lang):
    for topic, by_lang in senses.topics().items():
        english, own = len(by_lang.get("en", ())), len(by_lang.get(lang, ()))
        assert own >= 0.75 * english, (topic, lang, own, english)


def _topics_of_german_word(word: str) -> set[str]:
    """The topics a German word counts for: as a word of a list, or as a compound ending in one."""
    out = set()
    heads = senses._compound_heads(word)
    for topic, words in _words("de").items():
        if (word.lower(),) in words or any((h,) in words and not words[(h,)] for h in heads):
            out.add(topic)
    return out


@pytest.mark.parametrize("word,topic", [
    # a compound of a topic word counts for its topic
    ("Heimatmarkt", "business"), ("Elektroautos", "auto"), ("Regenwälder", "nature"), ("Kampfjets", "aviation"),
    ("Tageszeitung", "media"), ("Staatsanleihen", "finance"), ("Nationalmannschaft", "sports"),
    ("Obstbauern", "food"), ("Weltmeisterschaft", "sports"), ("Bildungsreform", "policy"),
    # a word that only ends in the letters of a topic word counts for none
    ("Interessen", None), ("Stattdessen", None), ("Versicherung", None), ("Mindestsicherung", None),
    ("Streaming", None), ("Einfluss", None), ("Beispiel", None), ("Kreditkarten", None),
    ("Geschäftsfelder", None), ("Machtübernahme", None), ("Verkäufer", None), ("Zitterpartie", None),
])
def test_german_compounds_count_for_the_topic_of_their_last_part_only(word, topic):
    assert _topics_of_german_word(word) == ({topic} if topic else set())


def test_a_carmaker_is_no_farmer():
    # "Bauer" (a farmer) is no topic word: "Autobauer" would count as food next to 小米
    assert "food" not in _topics_of_german_word("Autobauer")
    assert "auto" in _topics_of_german_word("Autobauer")
