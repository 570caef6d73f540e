"""text.matching: every known name in one pass, on word boundaries, mapped back to the text."""

import pytest

from text.matching import NameEntry, NameIndex, NameMatch, is_acronym


def org(key: str, *names: str, case_sensitive: bool = False) -> list[NameEntry]:
    return [NameEntry("organization", key, name, case_sensitive) for name in names]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex.build(
        [
            *org("interpol", "Interpol", "INTERPOL", "OIPC", "المنظمة الدولية للشرطة الجنائية", "الإنتربول", "أنتربول"),
            *org("ncb", "Bureau central national d'Interpol-Rabat", "Interpol-Rabat"),
            *org("un", "UN", "Nations unies", "الأمم المتحدة"),
            *org("unodc", "UNODC", "Office des Nations Unies contre la drogue et le crime"),
            *org("map", "MAP", "ومع"),
            *org("dgsn", "Sûreté nationale", "المديرية العامة للأمن الوطني", "الأمن الوطني"),
            *org("dgst", "مراقبة التراب الوطني"),
            *org("nauss", "جامعة نايف العربية للعلوم الأمنية"),
            *org("dgst", "Territorial Surveillance", case_sensitive=True),
        ]
    )


def found(index: NameIndex, text: str) -> list[tuple[str | int, str]]:
    return [(match.entity_key, match.surface) for match in index.find(text)]


def test_longest_match_wins_and_matches_do_not_overlap(index: NameIndex) -> None:
    text = "le Bureau central national d'Interpol-Rabat et l'Office des Nations Unies contre la drogue et le crime"
    assert found(index, text) == [
        ("ncb", "Bureau central national d'Interpol-Rabat"),
        ("unodc", "Office des Nations Unies contre la drogue et le crime"),
    ]


def test_shorter_names_still_match_alone(index: NameIndex) -> None:
    assert found(index, "Interpol-Rabat, Interpol et les Nations unies") == [
        ("ncb", "Interpol-Rabat"),
        ("interpol", "Interpol"),
        ("un", "Nations unies"),
    ]


def test_acronyms_match_case_sensitively(index: NameIndex) -> None:
    assert found(index, "selon la MAP, l'ONU") == [("map", "MAP")]
    assert found(index, "une map du monde, un plan, Map") == []


def test_acronyms_match_on_word_boundaries_only(index: NameIndex) -> None:
    assert found(index, "l'UNODC et l'UN.") == [("unodc", "UNODC"), ("un", "UN")]
    assert found(index, "MAPS UNITED UNODCs") == []


def test_names_do_not_match_inside_words(index: NameIndex) -> None:
    assert found(index, "interpolation et Interpolaris") == []


def test_case_insensitive_names_match_any_capitals(index: NameIndex) -> None:
    assert found(index, "la SÛRETÉ NATIONALE et INTERPOL") == [("dgsn", "SÛRETÉ NATIONALE"), ("interpol", "INTERPOL")]


def test_an_entry_can_ask_for_case_sensitivity(index: NameIndex) -> None:
    assert found(index, "Director General of National Security and Territorial Surveillance") == [
        ("dgst", "Territorial Surveillance")
    ]
    assert found(index, "routine territorial surveillance") == []


def test_capitals_prove_nothing_in_a_shouted_line(index: NameIndex) -> None:
    assert found(index, "UN HOMME ARRÊTÉ GRÂCE À INTERPOL") == [("interpol", "INTERPOL")]
    assert found(index, "RABAT (MAP) - LE CONSEIL SE RÉUNIT AUJOURD'HUI") == [("map", "MAP")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("le président d'Interpol", "Interpol"),
        ("le président d’Interpol", "Interpol"),
        ("l'Interpol a indiqué", "Interpol"),
        ("L’INTERPOL", "INTERPOL"),
    ],
)
def test_french_elision(index: NameIndex, text: str, surface: str) -> None:
    assert found(index, text) == [("interpol", surface)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("رئيس المنظمة الدولية للشرطة الجنائية", "المنظمة الدولية للشرطة الجنائية"),
        ("الجمعية العامة للمنظمة الدولية للشرطة الجنائية", "للمنظمة الدولية للشرطة الجنائية"),
        ("وللمنظمة الدولية للشرطة الجنائية", "وللمنظمة الدولية للشرطة الجنائية"),
        ("بالمنظمة الدولية للشرطة الجنائية", "بالمنظمة الدولية للشرطة الجنائية"),
        ("والمنظمة الدولية للشرطة الجنائية", "والمنظمة الدولية للشرطة الجنائية"),
        ("وبالمنظمة الدولية للشرطة الجنائية", "وبالمنظمة الدولية للشرطة الجنائية"),
        ("دعم جهود الإنتربول", "الإنتربول"),
        ("أمينا عاما للإنتربول", "للإنتربول"),
        ("العامة للأنتربول بمراكش", "للأنتربول"),
        ("مع أنتربول", "أنتربول"),
        ("ولأنتربول", "ولأنتربول"),
        ("وكالأنتربول", "وكالأنتربول"),
    ],
)
def test_arabic_clitics_are_part_of_the_surface(index: NameIndex, text: str, surface: str) -> None:
    assert found(index, text) == [("interpol", surface)]


def test_arabic_article_forms_of_a_name(index: NameIndex) -> None:
    text = "المدير العام للأمن الوطني ولمراقبة التراب الوطني، بالمديرية العامة للأمن الوطني"
    assert found(index, text) == [
        ("dgsn", "للأمن الوطني"),
        ("dgst", "ولمراقبة التراب الوطني"),
        ("dgsn", "بالمديرية العامة للأمن الوطني"),
    ]
    assert found(index, "مشاركة بالأمم المتحدة") == [("un", "بالأمم المتحدة")]
    assert found(index, "لجامعة نايف العربية للعلوم الأمنية") == [("nauss", "لجامعة نايف العربية للعلوم الأمنية")]


def test_arabic_prefixes_are_limited_to_clitics(index: NameIndex) -> None:
    # "سالأمن" and "مللمنظمة" are not a clitic + name; a suffix is not allowed either
    assert found(index, "سالأمن الوطني مللمنظمة الدولية للشرطة الجنائية") == []
    assert found(index, "الإنتربولي") == []


def test_arabic_short_names_do_not_match_inside_words(index: NameIndex) -> None:
    assert found(index, "ومعه الوفد") == []
    assert found(index, "الرباط (ومع)") == [("map", "ومع")]


def test_offsets_map_back_to_the_original_text_exactly(index: NameIndex) -> None:
    text = (
        "Le  président\u00a0d’INTERPOL  a salué l’Office des  Nations\nUnies contre la drogue et le crime "
        "et la\tSûreté  nationale; للإِنْتَرْبُولِ"
    )
    matches = index.find(text)
    assert [m.surface for m in matches] == [
        "INTERPOL",
        "Office des  Nations\nUnies contre la drogue et le crime",
        "Sûreté  nationale",
        "للإِنْتَرْبُولِ",
    ]
    for match in matches:
        assert text[match.start : match.end] == match.surface


def test_a_match_names_the_entry_that_matched(index: NameIndex) -> None:
    (match,) = index.find("le président de l'OIPC")
    assert match == NameMatch("organization", "interpol", 18, 22, "OIPC", "OIPC")


def test_homonyms_give_one_match_each_for_the_same_span() -> None:
    index = NameIndex.build([*org("ma", "DGSN", "Sûreté nationale"), *org("dz", "DGSN", "Sûreté nationale")])
    matches = index.find("La DGSN")
    assert [(m.entity_key, m.start, m.end) for m in matches] == [("ma", 3, 7), ("dz", 3, 7)]


def test_kinds_are_kept_apart() -> None:
    index = NameIndex.build(
        [NameEntry("person", 1, "Abdellatif Hammouchi"), NameEntry("organization", 2, "Abdellatif Hammouchi")]
    )
    assert {(m.kind, m.entity_key) for m in index.find("M. Abdellatif Hammouchi")} == {
        ("person", 1),
        ("organization", 2),
    }


def test_empty_index_and_empty_text() -> None:
    assert NameIndex.build([]).find("Interpol") == []
    assert NameIndex.build(org("x", "Interpol")).find("") == []
    assert len(NameIndex.build(org("x", "", " ", "a"))) == 0


def test_index_size() -> None:
    index = NameIndex.build(org("x", "Interpol", "INTERPOL", "الإنتربول"))
    assert index.entry_count == 3
    assert len(index) == 3  # "interpol", "الانتربول" and its لل form


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("MAP", True),
        ("UN", True),
        ("OIPC", True),
        ("UNODC", True),
        ("Interpol", False),
        ("INTERPOL", False),
        ("ومع", False),
    ],
)
def test_is_acronym(name: str, acronym: bool) -> None:
    assert is_acronym(name) is acronym
