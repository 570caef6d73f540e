"""Organizations of shapes met in unseen articles (every name invented): a country's navy, a body
French writes in lower case with its acronym, an outlet named in its dateline or after its date, and
a country in a dateline's parentheses that is no agency."""

import pytest

from people.discovery import discover_organizations


def _orgs(text: str, language: str) -> dict[str, str | None]:
    return {o.name: o.acronym for o in discover_organizations(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Commander Ali Diop of the Gambian Navy said the exercise went well.", "en", "Gambian Navy"),
        ("Officers of the Mauritanian Army attended the drill.", "en", "Mauritanian Army"),
    ],
)
def test_a_countrys_navy_or_army(text, language, name):
    assert name in _orgs(text, language)


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        # the body in lower case, its acronym after it
        (
            "Le représentant de la direction de la sécurité maritime (DSM) a parlé.",
            "Direction de la sécurité maritime",
            "DSM",
        ),
        # named by its head's title: the directorate's name
        (
            "Paul Girard, directeur de la coopération policière internationale (DCPI), est arrivé.",
            "Direction de la coopération policière internationale",
            "DCPI",
        ),
    ],
)
def test_a_lower_case_body_defined_by_its_acronym(text, name, acronym):
    assert _orgs(text, "fr").get(name) == acronym


def test_a_lower_case_phrase_whose_initials_are_not_the_acronym_is_no_body():
    assert _orgs("Il a rencontré le chef de la délégation (DSM) hier.", "fr") == {}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Agadez, 05/03/2031 (Sahara Security Watch)\nLe ministre a reçu une délégation.",
            "fr",
            "Sahara Security Watch",
        ),
        ("Kayes, 5 mars 2031 (Sahel Hebdo) – Le ministre a reçu une délégation.", "fr", "Sahel Hebdo"),
        ("12 March 2031 | Atlantic Policing Review\n\nThe ministers met in Praia.", "en", "Atlantic Policing Review"),
    ],
)
def test_an_outlet_named_in_its_dateline_or_after_its_date(text, language, name):
    assert name in _orgs(text, language)


def test_a_country_in_a_datelines_parentheses_is_no_agency():
    assert _orgs("SÉVILLE (Espagne) – La réunion s'est tenue hier.", "fr") == {}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Les saisies ont été faites avec la direction de la police judiciaire.",
            "fr",
            "Direction de la police judiciaire",
        ),
        (
            "Étaient présents des cadres de la direction générale de la douane malienne.",
            "fr",
            "Direction générale de la douane malienne",
        ),
        (
            "Un atelier organisé par la direction de la police des frontières.",
            "fr",
            "Direction de la police des frontières",
        ),
        (
            "The forum was opened by Director General of Public Security Maj. Gen. Rashed Al Kaabi.",
            "en",
            "General Directorate of Public Security",
        ),
        ("وضم الوفد إطارات من الإدارة العامة للديوانة.", "ar", "الإدارة العامة للديوانة"),
    ],
)
def test_a_service_named_by_what_it_does(text, language, name):
    assert name in _orgs(text, language)


def test_customs_named_by_their_capitalized_noun_and_country():
    text = "La saisie a été faite avec la Douane sénégalaise, a précisé la douane du port."
    assert "Douane sénégalaise" in _orgs(text, "fr")
    assert _orgs("La douane a saisi la cargaison. La Douane reste mobilisée.", "fr") == {}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La préservation de la sécurité publique et la police judiciaire sont des priorités.", "fr"),
        # the head's title alone: Arabic writes a service's and a function's alike
        ("وقال مدير الشرطة القضائية إن العملية نجحت.", "ar"),
    ],
)
def test_a_service_without_its_directorate_is_no_body(text, language):
    assert _orgs(text, language) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Le titre\nSahel Policing Watch | Sécurité | 3 min de lecture\nLes polices ont lancé des patrouilles.",
        "Title of the story\nAtlantic Policing Review | Security\nThe patrols began this week.",
    ],
)
def test_an_outlet_stamped_on_the_page_with_its_section(text):
    # the outlet, then its section and a reading time
    assert any(name.endswith(("Watch", "Review")) for name in _orgs(text, "fr" if "polices" in text else "en"))


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Un mécanisme d'alerte relie la Gendarmerie nationale nigérienne et la Police nationale tchadienne.",
            "fr",
            {"Gendarmerie nationale nigérienne", "Police nationale tchadienne"},
        ),
        (
            "وشارك ممثلون عن المديرية العامة للجمارك الليبية والإدارة العامة للديوانة التونسية.",
            "ar",
            {"المديرية العامة للجمارك الليبية", "الإدارة العامة للديوانة التونسية"},
        ),
    ],
)
def test_two_bodies_joined_by_and_are_two(text, language, names):
    """ "et la Police …", "والإدارة العامة …": a capitalized body, a head with its own rank or genitive."""
    assert names <= set(_orgs(text, language))


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The Valletta-based Regional Centre for Sea Rescue – Operations (RCSR-O) presented its report.",
            "Regional Centre for Sea Rescue – Operations",
            "RCSR-O",
        ),
        ("The Dakar-based Sahel Border Observatory presented its report.", "Sahel Border Observatory", None),
    ],
)
def test_where_a_body_sits_is_no_part_of_its_name_and_a_dashed_part_may_be(text, name, acronym):
    assert _orgs(text, "en") == {name: acronym}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les Garde-côtes sénégalais ont intercepté trois pirogues.", "fr"),
        ("La Garde côtière sénégalaise a intercepté trois pirogues.", "fr"),
        ("واعترض خفر السواحل السنغالي ثلاثة قوارب.", "ar"),
        ("The Senegalese Coast Guard intercepted three boats.", "en"),
    ],
)
def test_a_countrys_coast_guard_is_one_body_in_every_language(text, language):
    assert "Senegalese Coast Guard" in _orgs(text, language)


def test_a_coast_guard_without_its_country_is_the_function():
    assert _orgs("وعززت دوريات خفر السواحل المراقبة.", "ar") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Le Sommet mondial de la police (World Police Summit 2031) se tient depuis mardi à Dubaï.",
        "Les équipes ont pris part au « Police Challenge » organisé en marge du sommet.",
    ],
)
def test_a_meetings_or_a_contests_name_after_a_head_is_no_body_fr(text):
    assert _orgs(text, "fr") == {}


def test_a_name_listing_its_remit_between_commas_before_its_acronym():
    text = "La réunion du Comité technique spécialisé sur la pêche, la sûreté et la navigation (CTSPSN) a pris fin."
    assert _orgs(text, "fr") == {"Comité technique spécialisé sur la pêche, la sûreté et la navigation": "CTSPSN"}
    # a title before the comma is no part of the name the acronym defines
    assert _orgs("Le ministre, président de l'Office national de veille (ONV), a dit.", "fr") == {
        "Office national de veille": "ONV"
    }


def test_an_arabic_ministry_of_two_word_affairs_and_organised_crime_after_a_fused_article():
    found = _orgs(
        "وأكد ممثل وزارة الشؤون الخارجية أهمية مكافحة الإرهاب. وخصص الاجتماع للجريمة المنظمة العابرة للحدود.", "ar"
    )
    # "وزارة الشؤون الخارجية", not "وزارة الشؤون"; "المنظمة" after "للجريمة" is "organised", no body
    assert found == {"وزارة الشؤون الخارجية": None}


@pytest.mark.django_db
@pytest.mark.parametrize("credit", ["(و م ع)", "(و.م.ع)", "(ومع)"])
def test_the_moroccan_agencys_arabic_initials_spaced_or_dotted_as_a_credit(credit):
    from archive.extraction.run import build_extractor

    found = build_extractor().extract(f"استقبل الوزير نظيره الإسباني بالرباط.\n{credit}", "ar")
    assert [o.name for o in found.organizations] == ["Maghreb Arabe Presse"]
    # the same letters outside parentheses are words ("and with")
    assert build_extractor().extract("وقال إن الدعم و م ع سيستمر.", "ar").organizations == []


@pytest.mark.parametrize(
    "text",
    [
        "Algeria will finance the extension of the AFRIPOL Secure Communication System (AFSECOM) to ten states.",
        "Experts of the EU-funded EUROMED Police project met in Valletta.",
        "La plateforme Système d'information policière (SIPAO) sera étendue.",
    ],
)
def test_what_a_body_runs_or_funds_is_no_body(text):
    # a system, a platform or a project is no organization
    assert _orgs(text, "fr" if "La " in text else "en") == {}


def test_a_portfolio_before_its_ministers_title_and_a_second_body_after_et_les():
    text = "Opening it, Interior and National Administration Cabinet Secretary Peter Kamau said so."
    assert _orgs(text, "en") == {}
    text = "Côté malien, le Commandement de la Gendarmerie nationale et les services des Douanes ont signé."
    assert list(_orgs(text, "fr")) == ["Commandement de la Gendarmerie nationale"]


def test_general_opens_an_english_directorate_and_an_infinitive_ends_a_french_complement():
    text = "Major General Karim Saadi, director general of the General Directorate of Narcotics Affairs, spoke."
    assert "General Directorate of Narcotics Affairs" in _orgs(text, "en")
    text = "Les ministres ont chargé la Direction générale des études de préparer une étude sur les risques."
    assert list(_orgs(text, "fr")) == ["Direction générale des études"]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        # the acronym takes letters from inside the words, as Schwartz and Hearst's definitions do
        (
            "Des experts de la Cellule nationale de veille des flux financiers (CENVEF) ont parlé.",
            "Cellule nationale de veille des flux financiers",
            "CENVEF",
        ),
        # more content words than letters, and a head the head list does not hold
        (
            "Le Groupe interétatique d'action contre la fraude et la piraterie maritimes en Afrique de l'Est"
            " (GIAFMA) a siégé.",
            "Groupe interétatique d'action contre la fraude et la piraterie maritimes en Afrique de l'Est",
            "GIAFMA",
        ),
    ],
)
def test_a_long_name_spells_its_acronym_inside_its_words(text, name, acronym):
    assert _orgs(text, "fr").get(name) == acronym


def test_a_letter_the_name_does_not_hold_is_no_definition():
    assert _orgs("Le Réseau de recherche sur la paix (RZQ) a publié un rapport.", "fr") == {}


@pytest.mark.django_db
def test_a_known_body_inside_a_longer_proper_name_is_a_word_of_it():
    """The mission is one body; "Nations unies" inside its name is not the United Nations as well,
    unless the text names the United Nations elsewhere too. A name ending on a known body names both."""
    from archive.extraction.run import build_extractor

    mission = "La Mission intégrée des Nations unies pour l'appui à la paix en Bétonie (MIUAPB) a fermé."
    names = {o.name for o in build_extractor().extract(mission, "fr").organizations}
    assert names == {"Mission intégrée des Nations unies pour l'appui à la paix en Bétonie"}
    also = build_extractor().extract(mission + " Les Nations unies ont salué son travail.", "fr").organizations
    assert "United Nations" in {o.name for o in also}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It asked the Union for the Mediterranean Basin to back the plan.", "Union for the Mediterranean Basin"),
        (
            "Experts of the Agency for the Safety of Navigation spoke.",
            "Agency for the Safety of Navigation",
        ),
    ],
)
def test_an_english_name_goes_on_with_a_particle_and_its_article(text, name):
    assert name in _orgs(text, "en")


def test_a_french_name_ends_where_the_sentence_joins_its_next_object():
    found = _orgs(
        "Rome a annoncé des vedettes pour la Garde nationale et le financement de stages pour ses unités.", "fr"
    )
    assert found == {"Garde nationale": None}
    # inside a complement, "et le" joins the complement's nouns
    assert "Agence nationale contre la fraude et le trafic du Bénin" in _orgs(
        "Un expert de l'Agence nationale contre la fraude et le trafic du Bénin a parlé.", "fr"
    )


@pytest.mark.parametrize(
    "text",
    [
        "He chaired the 12th Conference of Justice Ministers of the Sahel Region (CJMSR) in Niamey.",
        "Il a pris part à la 12e Conférence des ministres de la Justice de la région du Sahel (CMJRS).",
    ],
)
def test_a_meeting_opening_with_its_noun_and_named_with_an_acronym_is_no_body(text):
    assert _orgs(text, "en" if text.startswith("He") else "fr") == {}
    # a parliament's assembly is a body
    assert _orgs("Les députés de l'Assemblée populaire de Bétonie (APB) ont voté.", "fr") == {
        "Assemblée populaire de Bétonie": "APB"
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Valletta was represented by its Minister of Internal Administration, Joe Borg.", "en"),
        ("Le ministre de l'Administration territoriale, Issa Diallo, a ouvert la séance.", "fr"),
    ],
)
def test_a_ministers_portfolio_after_the_title_is_no_body(text, language):
    """The corpus conventions: a portfolio creates no organization, even when its last word is a head
    noun ("Administration"); the ministry named as such is one."""
    assert _orgs(text, language) == {}
    assert "Ministry of Internal Administration" in _orgs(
        "A statement from the Ministry of Internal Administration said so.", "en"
    )


def test_an_arabic_bodys_name_ends_at_a_verb_after_its_definite_genitive():
    """ "الأمانة العامة للرابطة ستتولى …": a definite genitive ends the name; "لمكافحة تهريب" reads on."""
    assert "الأمانة العامة للرابطة" in _orgs("وأعلن الأمين العام أن الأمانة العامة للرابطة ستتولى متابعة الخطة.", "ar")
    assert "الأمانة العامة للمنظمة لمكافحة تهريب المخدرات" in _orgs(
        "وقال إن الأمانة العامة للمنظمة لمكافحة تهريب المخدرات ستتولى المتابعة.", "ar"
    )


def test_a_french_ministrys_plural_portfolio_adjective_is_its_name():
    """Named in English as the knowledge base names its kind, with the country its adjective says."""
    assert "Ministry of Foreign Affairs (Uzbekistan)" in _orgs(
        "a annoncé le ministère ouzbek des Affaires étrangères dans un communiqué.", "fr"
    )
    assert "Ministry of Foreign Affairs (Bahrain)" in _orgs(
        "en partenariat avec le ministère bahreïni des Affaires étrangères, le forum s'est ouvert.", "fr"
    )
    # a portfolio the table does not translate keeps its name as written
    assert "ministère mauritanien de l'Hydraulique" in _orgs(
        "a annoncé le ministère mauritanien de l'Hydraulique.", "fr"
    )


@pytest.mark.django_db
def test_a_name_after_a_title_of_a_known_body_is_its_holder_whatever_the_given_name():
    """ "Director of the RATS Executive Committee" names a known body as the title's complement; the two
    capitalised words after it are its director, though no list holds the given name."""
    from archive.extraction.run import build_extractor

    text = "Opening the session, Director of the RATS Executive Committee Timur Abdukarimov said attacks were foiled."
    assert [p.name for p in build_extractor().extract(text, "en").persons] == ["Timur Abdukarimov"]


def test_a_rank_after_a_department_opens_its_directors_name():
    text = "وقال مدير إدارة مكافحة التهريب العميد سامر الحديدي إن الأجهزة ضبطت شحنات كبيرة."
    names = [o.name for o in discover_organizations(text, "ar")]
    assert "إدارة مكافحة التهريب" in names and not any("العميد" in n for n in names)


@pytest.mark.django_db
def test_a_lowercase_french_title_of_a_known_body_vouches_for_the_name_after_it():
    """French writes its titles in lower case: "le commissaire de l'UA" names the known body as the
    title's complement, and the two capitalised words after it are its holder."""
    from archive.extraction.run import build_extractor

    text = (
        "Le commissaire de l'UA Bankolé Oyelaran avait, dès l'ouverture, placé les débats sous le signe de l'urgence."
    )
    found = [(p.name, p.role) for p in build_extractor().extract(text, "fr").persons]
    assert found == [("Bankolé Oyelaran", "commissaire de l'UA")]


def test_a_name_cut_before_its_complement_is_no_body():
    text = "Il a plaidé pour des échanges plus rapides avec le Centre européen chargé de la lutte contre la fraude."
    assert not any(name.endswith(" de") for name in _orgs(text, "fr"))


@pytest.mark.django_db
def test_the_french_national_polices_general_directorate_by_its_acronym():
    from archive.extraction.run import build_extractor

    text = "Le directeur général de la police nationale française (DGPN), Paul Martin, a été reçu à Rabat."
    names = {o.name for o in build_extractor().extract(text, "fr").organizations}
    assert "General Directorate of the National Police (France)" in names


def test_a_remit_listed_after_on_is_part_of_an_english_bodys_name():
    """ "… Committee on Defence, Safety and Security": the run's comma does not end the name; a list of
    places after it ("… on Migration, Morocco and Spain") is no remit."""
    text = (
        "The Standing Committee on Customs, Trade and Transport met in Lusaka. "
        "The Panel on Fisheries, Malawi and Zambia said."
    )
    names = [o.name for o in discover_organizations(text, "en")]
    assert "Standing Committee on Customs, Trade and Transport" in names
    assert not any("Malawi" in name for name in names)


def test_a_countrys_body_followed_by_an_officials_name_ends_with_the_country():
    """ "the National Police of Côte d'Ivoire Alain Koffi Yao": the body's name ends with its country."""
    text = "The Director General of the National Police of Côte d'Ivoire Bakary Sanogo Traoré opened the meeting."
    assert [o.name for o in discover_organizations(text, "en")] == ["National Police of Côte d'Ivoire"]


def test_a_rulers_title_opens_the_name_of_a_body_named_after_him():
    """ "Sultan Qaboos University", "Prince Naif Academy for Security": the title is the eponym's, part of the
    name (it was cut off as a person's title)."""
    from people.discovery import discover_organizations

    text = "The panel was moderated by a professor of Sultan Faisal University and a lecturer of Prince Nawaf Academy."
    names = [o.name for o in discover_organizations(text, "en")]
    assert "Sultan Faisal University" in names and "Prince Nawaf Academy" in names


@pytest.mark.django_db
def test_a_directors_title_names_the_known_body_they_head():
    """ "la directrice des enquêtes criminelles du Kenya" heads the "Direction des enquêtes criminelles du Kenya",
    which the knowledge base knows; "le directeur général de la Police nationale" names no country, and the
    police of that name of many countries is none of them in particular."""
    from archive.extraction.run import build_extractor

    text = (
        "Niamey – Le directeur général de la Police nationale a reçu la directrice des enquêtes criminelles du "
        "Kenya, Wanjiku Otieno, venue préparer la prochaine conférence."
    )
    extraction = build_extractor().extract(text, "fr")
    found = {o.name: o.evidence.surface for o in extraction.organizations}
    assert found.get("Directorate of Criminal Investigations (Kenya)") == "directrice des enquêtes criminelles du Kenya"
    assert "General Directorate of the National Police (France)" not in found
    assert [(p.name, p.role) for p in extraction.persons] == [
        ("Wanjiku Otieno", "directrice des enquêtes criminelles du Kenya")
    ]


def test_a_feminine_head_with_a_masculine_adjective_is_no_bodys_name():
    """ "برنامج الجامعة التدريبي للسنة المقبلة": the adjective agrees with the programme, not the university
    named before; the words are no body's name (as a masculine head takes no feminine adjective)."""
    text = "وعرض رئيس الجامعة برنامج الجامعة التدريبي للسنة المقبلة، الذي يتضمن دورات متخصصة."
    assert not any("التدريبي" in name for name in _orgs(text, "ar"))
    assert "الجامعة العربية للعلوم" in " ".join(_orgs("وقررت الجامعة العربية للعلوم الشرطية فتح باب التسجيل.", "ar"))


def test_an_agency_in_construct_with_a_head_word_after_a_definite_title_is_one_body():
    """ "المفوض العام لوكالة الشرطة الوطنية الكورية": "لوكالة" after the title is a genitive (no adjective of the
    title), and "الشرطة" is its complement in construct (no second body): one name, "وكالة الشرطة …"."""
    text = "وتحدث كيم سو، المفوض العام لوكالة الشرطة الوطنية الفلبينية، عن التعاون."
    assert "وكالة الشرطة الوطنية الفلبينية" in _orgs(text, "ar")
