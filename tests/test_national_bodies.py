"""National security bodies named by their generic name, their country said beside them ("le Koweïtien X,
directeur de la Sûreté de l'État", "Director of Public Security in Saudi Arabia", "مدير جهاز أمن الدولة" in
the sentence of a delegation's country). Invented sentences; the bodies are invented records of the shape the
knowledge base gives, and, last, the knowledge base's own through the extractor."""

import pytest

from archive.extraction.national_bodies import NationalBodies, generic_name

BODIES = NationalBodies(
    [
        (
            1,
            "SA",
            ["Public Security (Saudi Arabia)", "Sécurité publique saoudienne", "الأمن العام بالمملكة العربية السعودية"],
        ),
        (2, "BH", ["Bahrain's Public Security", "Sécurité publique bahreïnie", "الأمن العام بمملكة البحرين"]),
        (3, "KW", ["Kuwait's State Security", "Sûreté de l'État koweïtienne", "جهاز أمن الدولة في الكويت"]),
        (4, "EG", ["National Security Sector (Egypt)", "قطاع الأمن الوطني في مصر"]),
    ]
)


def _found(text: str, taken=()) -> list[tuple[str, int]]:
    return [(m.surface, m.entity_key) for m in BODIES.find(text, list(taken))]


@pytest.mark.parametrize(
    ("name", "country", "generic"),
    [
        ("Sécurité publique saoudienne", "SA", "Sécurité publique"),
        ("Saudi Arabia's Public Security", "SA", "Public Security"),
        ("جهاز أمن الدولة في الكويت", "KW", "جهاز أمن الدولة"),
        ("Sûreté nationale de la République islamique de Mauritanie", "MR", "Sûreté nationale"),
        ("Police of Dubai Emirate", "AE", None),  # no country at an end of the name
        ("Guardia Civil", "ES", None),  # no country in it
    ],
)
def test_a_bodys_generic_name_is_its_name_without_its_countrys_words(name, country, generic):
    assert generic_name(name, country) == generic


def test_the_country_said_before_in_the_sentence_chooses_the_body():
    text = (
        "Parmi les intervenants : le Koweïtien Salem Rached, directeur de la Sûreté de l'État, le Saoudien Fahd "
        "Nasser, directeur de la Sécurité publique, ainsi que le Bahreïni Ali Jaber."
    )
    assert _found(text) == [("Sûreté de l'État", 3), ("Sécurité publique", 1)]


def test_the_country_said_right_after_the_name_comes_first():
    assert _found("Le chef de la Sécurité publique de Bahreïn, reçu par le ministre saoudien, a parlé.") == [
        ("Sécurité publique", 2)
    ]
    assert _found("Fahd Nasser, Director of Public Security in Saudi Arabia, spoke.") == [("Public Security", 1)]


def test_an_arabic_delegations_country_chooses_the_body_and_a_given_name_is_no_nationality():
    """ "تركي" (Turki) is a given name before it is "Turkish": a bare Arabic adjective says no country."""
    text = (
        "وترأس وفد المملكة العربية السعودية اللواء تركي الحربي، مدير الأمن العام، "
        "فيما ترأس وفد دولة الكويت سالم راشد، مدير جهاز أمن الدولة."
    )
    assert _found(text) == [("الأمن العام", 1), ("جهاز أمن الدولة", 3)]


def test_no_country_said_no_body():
    assert _found("Fahd Nasser, Director of Public Security, spoke.") == []


def test_a_longer_generic_name_holding_another_bodys_name_is_its_countrys_body():
    text = "وشارك من جمهورية مصر العربية اللواء حازم سالم، مساعد وزير الداخلية لقطاع الأمن الوطني."
    start = text.index("الأمن الوطني")
    assert _found(text, [(start, start + len("الأمن الوطني"))]) == [("لقطاع الأمن الوطني", 4)]
    # a name found already, not held whole in the generic one, stands
    assert _found(text, [(start - 12, start + 3)]) == []


@pytest.mark.django_db
def test_the_extractor_reads_the_knowledge_bases_bodies_by_their_country():
    from archive.extraction.run import build_extractor

    body = "Le Koweïtien Salem Rached, directeur de la Sûreté de l'État, a rencontré ses homologues à Tunis."
    result = build_extractor().extract_article(
        title="Une réunion", body=body, title_derived=False, language="fr", published=None
    )
    assert ("State Security (Kuwait)", "Sûreté de l'État") in {
        (o.name, o.evidence.surface) for o in result.organizations
    }
