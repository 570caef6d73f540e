"""Bilateral joint bodies on invented articles: a joint committee of two countries is one candidate
series whatever the language and word order of its name, keyed by the pair of countries."""

import pytest

from events.detection import SeriesCatalogue, detect_events
from text.partial_date import PartialDate
from text.places import country_of_adjective


@pytest.fixture(scope="module")
def catalogue() -> SeriesCatalogue:
    return SeriesCatalogue.from_json()


def keys(catalogue, text):
    found = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    return [(e.ordinal, e.candidate_key) for e in found]


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("tunisienne", "TN"),
        ("tunisien", "TN"),
        ("tuniso", "TN"),  # the first part of "tuniso-algérienne"
        ("Algerian", "DZ"),
        ("الجزائرية", "DZ"),
        ("جزائري", "DZ"),
        ("mixte", None),
        ("hispano", None),  # a stem that opens no listed adjective
    ],
)
def test_a_nationality_adjective_names_its_country(word, country):
    assert country_of_adjective(word) == country


@pytest.mark.parametrize(
    "text",
    [
        "Les travaux de la cinquième session de la commission mixte tuniso-algérienne se sont ouverts à Alger.",
        "The fifth session of the Algerian-Tunisian Joint Committee opened in Algiers on Monday.",
        "انطلقت بالجزائر أعمال الدورة الخامسة للجنة المشتركة الجزائرية التونسية.",
        "عقدت اللجنة المشتركة التونسية الجزائرية اجتماعها الخامس اليوم بالجزائر.",
        "انطلقت أعمال الدورة الخامسة للجنة المشتركة بين الجمهورية التونسية والجمهورية الجزائرية.",
    ],
)
def test_a_joint_committee_is_one_series_in_every_language(catalogue, text):
    assert keys(catalogue, text) == [(5, "session:joint DZ-TN")]


def test_a_bare_committee_is_the_one_joint_body_the_article_names(catalogue):
    text = (
        "La cinquième session de la commission mixte tuniso-algérienne s'est tenue à Alger. "
        "La quatrième session de la commission s'était tenue à Tunis."
    )
    assert keys(catalogue, text) == [(5, "session:joint DZ-TN"), (4, "session:joint DZ-TN")]


def test_a_bare_committee_among_two_joint_bodies_is_nobody(catalogue):
    text = (
        "La cinquième session de la commission mixte tuniso-algérienne s'est tenue à Alger, après celle "
        "de la commission mixte tuniso-libyenne. La quatrième session de la commission s'était tenue à Tunis."
    )
    assert (4, "session:joint DZ-TN") not in keys(catalogue, text)


def test_a_committee_of_one_country_is_no_joint_body(catalogue):
    text = "La cinquième session de la commission nationale mixte tunisienne s'est tenue à Tunis."
    assert all("joint" not in (key or "") for _, key in keys(catalogue, text))


def test_a_session_named_without_a_body_is_the_articles_joint_body(catalogue):
    text = (
        "The fifth meeting of the Algerian-Tunisian Joint Committee opened in Algiers. "
        "The ministers reviewed what the fourth meeting in Tunis had decided."
    )
    assert keys(catalogue, text) == [(5, "session:joint DZ-TN"), (4, "session:joint DZ-TN")]


def test_a_joint_bodys_name_ends_once_it_is_whole(catalogue):
    text = "The fifth meeting of the Algerian-Tunisian Joint Committee in Algiers, the Tunisian agency said."
    found = detect_events(text, "en", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert found[0].candidate_body == "Algerian-Tunisian Joint Committee"
