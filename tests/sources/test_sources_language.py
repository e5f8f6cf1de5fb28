"""The stopword/script language detector: clear cases, conservative on short or mixed text."""

from __future__ import annotations

import pytest

from detente.sources.language import detect_language, primary_subtag, skip_reason_for
from sources_helpers import FRENCH, STORY_TEXT

SAMPLES = {  # invented sentences, one per language
    "fr": " ".join(FRENCH),
    "de": "Der norwegische Außenminister hat am Montag ein Treffen mit seinem isländischen Amtskollegen "
          "vorgeschlagen, um einen Streit über die Fangquoten beizulegen, wie das Ministerium mitteilte.",
    "es": "El ministro de Asuntos Exteriores de Noruega propuso el lunes una reunión con su homólogo "
          "islandés para resolver una disputa sobre las cuotas de pesca, según el ministerio.",
    "it": "Il ministro degli Esteri norvegese ha proposto lunedì un incontro con il suo omologo islandese "
          "per risolvere una disputa sulle quote di pesca, secondo il ministero.",
    "pt": "O ministro das Relações Exteriores da Noruega propôs na segunda-feira uma reunião com o seu "
          "homólogo islandês para resolver uma disputa sobre as quotas de pesca, segundo o ministério.",
    "nl": "De Noorse minister van Buitenlandse Zaken heeft maandag een ontmoeting met zijn IJslandse "
          "collega voorgesteld om een geschil over de visquota op te lossen, zo meldt het ministerie.",
    "ru": "Министр иностранных дел Норвегии в понедельник предложил провести встречу со своим "
          "исландским коллегой, чтобы урегулировать спор о квотах на вылов рыбы.",
    "zh": "挪威外交大臣周一提议与冰岛外交部长会面，以解决有关鲭鱼捕捞配额的长期争端。冰岛方面尚未作出回应。",
    "ja": "ノルウェーの外相は月曜日、サバの漁獲枠をめぐる長年の紛争を解決するため、アイスランドの外相との会談を提案した。",
    "ar": "اقترح وزير الخارجية النرويجي يوم الاثنين عقد اجتماع مع نظيره الآيسلندي لتسوية نزاع طويل حول حصص الصيد.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_other_languages(lang):
    assert detect_language(SAMPLES[lang]) == lang


def test_english_article_is_english():
    assert detect_language(STORY_TEXT) == "en"


def test_english_with_a_foreign_quote_stays_english():
    text = STORY_TEXT + '\n\n"Nous sommes prêts à discuter," the Icelandic spokesperson said in French.'
    assert detect_language(text) == "en"


def test_short_text_follows_the_hint_else_english():
    assert detect_language("Talks on Monday.") == "en"
    assert detect_language("Talks on Monday.", hint="fr-FR") == "fr"
    assert detect_language(STORY_TEXT, hint="fr") == "en"  # the text itself wins over a wrong lang=


def test_tables_of_numbers_are_not_mistaken_for_another_language():
    table = "\n".join(f"May/Jul 0.{n}0 no quote even no change o no" for n in range(10))
    assert detect_language(table) == "en"


def test_helpers():
    assert primary_subtag("en-GB") == "en" and primary_subtag("pt_BR") == "pt"
    assert primary_subtag("") is None and primary_subtag("x") is None
    assert skip_reason_for("en") is None
    assert "French (fr), not English" in skip_reason_for("fr")
