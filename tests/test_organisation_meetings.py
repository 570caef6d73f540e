"""An organisation's meeting the catalogue does not know, named by what it is about in three languages ("EUROPOL
Global Narcotics Conference 2031", "la Conférence mondiale d'Europol sur les stupéfiants, tenue en mars à
Lisbonne", "المؤتمر العالمي لليوروبول حول المخدرات لعام 2031"): one candidate series keyed by its concepts, and one
meeting of it that year. Invented sentences and meetings."""

import pytest
from django.core.management import call_command

from events.detection import detect_events
from events.models import Event
from text.partial_date import PartialDate
from text.places import find_places

TEXTS = {
    "en": "LISBON – Delegates closed the EUROPOL Global Narcotics Conference 2031 on Thursday in Lisbon.",
    "fr": (
        "Les conclusions de la Conférence mondiale d'Europol sur les stupéfiants, tenue en mars à Lisbonne, seront "
        "examinées par les ministres."
    ),
    "ar": "وشارك الوفد في أعمال المؤتمر العالمي لليوروبول حول المخدرات لعام 2031، الذي احتضنته لشبونة في مارس.",
}


def _detect(catalogue, language):
    return detect_events(TEXTS[language], language, published=PartialDate.parse("2031-04-02"), catalogue=catalogue)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_an_organisations_meeting_named_by_its_concepts_is_one_candidate_series_in_every_language(catalogue, language):
    (event,) = _detect(catalogue, language)
    assert event.candidate_key == "conference:concepts europol global narcotics"
    assert event.city == "Lisbon" and (event.start_date or PartialDate(2031)).year == 2031


def test_an_organisations_name_before_a_series_noun_is_still_its_series(catalogue):
    """ "INTERPOL Assembly 2025": the organisation's own series (its General Assembly), no theme of its own."""
    (event,) = detect_events(
        "Delegates met at the INTERPOL Assembly 2025 in Marrakech.",
        "en",
        published=PartialDate.parse("2025-11"),
        catalogue=catalogue,
    )
    assert event.series_name == "INTERPOL General Assembly" and event.candidate_key == ""


def test_the_city_that_hosts_a_meeting_is_its_venue():
    """ "الذي احتضنته سنغافورة": the host is the verb's subject, no locative before it."""
    assert [p.city for p in find_places("المؤتمر الذي احتضنته سنغافورة في أكتوبر")] == ["Singapore"]


@pytest.mark.django_db
def test_its_articles_in_three_languages_link_to_one_meeting(tmp_path):
    root = tmp_path / "news"
    root.mkdir()
    for language, text in TEXTS.items():
        (root / f"{language}.txt").write_text(f" date 2031-04-02\n{text}\n", encoding="utf-8")
    call_command("import_articles", str(root), verbosity=0)
    (event,) = Event.objects.exclude(article_links=None).distinct()
    assert event.article_links.count() == 3
