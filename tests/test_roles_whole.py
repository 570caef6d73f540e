"""Roles kept whole as stated, and never swallowing the next clause or the next person's title."""

import pytest

from people.discovery import discover_persons


def _roles(text: str, language: str) -> dict[str, str | None]:
    return {m.name: m.role for m in discover_persons(text, language)}


def test_a_role_that_goes_on_after_a_comma_stays_with_its_person_in_a_list():
    roles = _roles(
        "Le gouvernement était représenté par Karim Alaoui, ministre de la Justice, Samir Bennis, ministre de "
        "l'Économie, des Finances et de la Réforme de l'administration, et Fouad Lazrak, ministre délégué "
        "chargé du Budget.",
        "fr",
    )
    assert roles["Samir Bennis"] == "ministre de l'Économie, des Finances et de la Réforme de l'administration"
    assert roles["Fouad Lazrak"] == "ministre délégué chargé du Budget"
    assert roles["Karim Alaoui"] == "ministre de la Justice"


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "L'assemblée a confirmé le Chilien Pedro Almeida au poste de secrétaire général de l'organisation, "
            "en remplacement de Karl Weber.",
            "fr",
            "Pedro Almeida",
            "secrétaire général de l'organisation",
        ),
        (
            "The assembly elected Mr. Pedro Almeida as Secretary General of the organization.",
            "en",
            "Pedro Almeida",
            "Secretary General of the organization",
        ),
        (
            "وأعلنت المنظمة انتخاب السيد بيدرو ألميدا أمينا عاما جديدا للمنظمة خلفا للسيد كارل فيبر.",
            "ar",
            "بيدرو ألميدا",
            "أمينا عاما جديدا للمنظمة",
        ),
    ],
)
def test_a_role_named_without_a_comma_is_read_up_to_the_next_clause(text, language, name, role):
    assert _roles(text, language)[name] == role


def test_an_adverb_in_the_accusative_is_not_a_name():
    names = _roles("وأعلنت المنظمة انتخاب السيد بيدرو ألميدا أمينا عاما جديدا للمنظمة خلفا لكارل فيبر.", "ar")
    assert not any(n.startswith("خلفا") for n in names)


def test_guests_in_the_genitive_each_keep_their_own_title_fr():
    roles = _roles(
        "en présence du directeur de la police des frontières, Karim Haddou, du président de l'Office régional "
        "(ORPC), Samir Zeroual, et du recteur de l'université, Hamid Lazrak.",
        "fr",
    )
    assert roles == {
        "Karim Haddou": "directeur de la police des frontières",
        "Samir Zeroual": "président de l'Office régional (ORPC)",
        "Hamid Lazrak": "recteur de l'université",
    }


def test_a_lower_case_rank_is_the_role_when_no_other_is_stated_fr():
    assert _roles("Le préfet de police Karim Haddou, qui dirige la brigade, a été élu.", "fr") == {
        "Karim Haddou": "préfet de police"
    }
    assert _roles("Le général-major Karim Haddou a été reçu.", "fr") == {"Karim Haddou": "général-major"}


def test_arabic_role_after_a_rank_without_comma_stops_at_the_clause():
    text = "وقال اللواء سالم الدرعي رئيس الهيئة العربية للطيران المدني إن التعاون مهم."
    assert _roles(text, "ar") == {"سالم الدرعي": "رئيس الهيئة العربية للطيران المدني"}
    # the title before the next name is theirs, not the previous person's
    assert _roles("والتقى سالم الدرعي رئيس الوزراء عبد الله الكعبي.", "ar")["عبد الله الكعبي"] == "رئيس الوزراء"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "وحضر مساعد وزير الداخلية للشؤون الأمنية اللواء فهد الغامدي.",
            "فهد الغامدي",
            "مساعد وزير الداخلية للشؤون الأمنية",
        ),
        ("والتقى مساعد المدير العام للجمارك سعيد الهاشمي بالوفد.", "سعيد الهاشمي", "مساعد المدير العام للجمارك"),
        ("وقال مساعد الأمين العام للمنظمة، كريم الطاهري، إن", "كريم الطاهري", "مساعد الأمين العام للمنظمة"),
    ],
)
def test_an_arabic_assistants_title_before_the_name_opens_the_role(text, name, role):
    """Cut after "مساعد", the role would name the one assisted."""
    assert _roles(text, "ar")[name] == role


def test_arabic_role_before_a_rank_keeps_the_bodys_short_name():
    text = 'وحضر رئيس الهيئة العربية للطيران المدني "أكاو" اللواء سالم الدرعي، والأمين العام للمجلس الدكتور حمد الكعبي.'
    roles = _roles(text, "ar")
    assert roles["سالم الدرعي"] == 'رئيس الهيئة العربية للطيران المدني "أكاو"'
    assert roles["حمد الكعبي"] == "الأمين العام للمجلس"


@pytest.mark.parametrize(
    ("text", "language", "name", "role", "other", "other_role"),
    [
        (
            "Le ministre a salué l'accueil réservé par Karim Lazrak, directeur de la police judiciaire, au "
            "secrétaire général de l'organisation, Pedro Almeida, venu présenter son rapport.",
            "fr",
            "Karim Lazrak",
            "directeur de la police judiciaire",
            "Pedro Almeida",
            "secrétaire général de l'organisation",
        ),
        (
            "The award was handed by Karim Lazrak, head of the judicial police, to the Secretary General of "
            "the organization, Pedro Almeida, on Monday.",
            "en",
            "Karim Lazrak",
            "head of the judicial police",
            "Pedro Almeida",
            "Secretary General of the organization",
        ),
    ],
)
def test_a_role_does_not_run_on_into_whom_the_verb_reaches(text, language, name, role, other, other_role):
    roles = _roles(text, language)
    assert roles[name] == role
    assert roles[other] == other_role


def test_a_role_goes_on_at_a_place_or_a_body_after_a_comma():
    roles = _roles(
        "Selon Karim Lazrak, directeur de la coopération, au ministère de l'Intérieur, le plan avance.", "fr"
    )
    assert roles["Karim Lazrak"] == "directeur de la coopération, au ministère de l'Intérieur"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # where the person comes from, then "as" and the role
        (
            "Delegates on Thursday elected Pedro Almeida of Chile as the organization's new President.",
            "Pedro Almeida",
            "organization's new President",
        ),
        # a courtesy title between an attached role and the name: the body cannot run into the name
        (
            "Secretary General of the Council Dr. Karim bin Ali Lazrak presented the annual report.",
            "Karim bin Ali Lazrak",
            "Secretary General of the Council",
        ),
        # a hyphenated commissioner-general, before a rank
        (
            "National Police Commissioner-General Pol Gen Somchai Rattana opened the meeting.",
            "Somchai Rattana",
            "National Police Commissioner-General",
        ),
    ],
)
def test_english_roles_around_origins_courtesy_titles_and_ranks(text, name, role):
    assert _roles(text, "en")[name] == role


def _mention(role, *roles):
    from people.discovery.types import PersonMention

    return PersonMention("X", "X", 0, 1, role, "title", 0.9, "", roles=roles)


def test_stated_roles_list_each_role_once_the_chosen_one_first_without_styles():
    from people.discovery.resolve import stated_roles

    mentions = [
        _mention("ministre de l'Intérieur", "Lieutenant General Sheikh", "ministre de l'Intérieur"),
        _mention("ministre", "ministre"),  # inside a longer role already listed
        _mention("الدكتور", "الدكتور"),  # a courtesy title alone
    ]
    assert stated_roles("ministre de l'Intérieur", mentions) == ["ministre de l'Intérieur", "Lieutenant General"]
    assert stated_roles(None, []) == []


def test_an_acting_title_par_interim_stays_whole():
    text = "Le directeur exécutif par intérim de l'agence, Karim Lazrak, a présenté le bilan."
    assert _roles(text, "fr")["Karim Lazrak"] == "directeur exécutif par intérim de l'agence"


def test_a_title_with_its_article_between_two_names_is_the_second_names():
    text = "Au nom du président Okafor, le conseiller à la sécurité nationale, Musa Danladi, a ouvert les travaux."
    assert _roles(text, "fr") == {"Okafor": "président", "Musa Danladi": "conseiller à la sécurité nationale"}
    # a list writes no article: each title after its name
    text = "Karim Idrissi, directeur de la police, Ahmed Alami, wali de Rabat, et Said Bennani ont assisté."
    roles = _roles(text, "fr")
    assert (roles["Karim Idrissi"], roles["Ahmed Alami"]) == ("directeur de la police", "wali de Rabat")


def test_in_a_list_a_title_with_its_article_stays_with_the_name_before_it():
    text = (
        "La délégation comprenait Karim Idrissi, l'ambassadeur du Royaume au Caire, Ahmed Alami, wali "
        "directeur de la coopération, et Said Bennani."
    )
    roles = _roles(text, "fr")
    assert (roles["Karim Idrissi"], roles["Ahmed Alami"]) == (
        "ambassadeur du Royaume au Caire",
        "wali directeur de la coopération",
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ambassador Tunde Adebayo, Commissioner for Political Affairs, Peace and Security, opened the meeting.",
            "Tunde Adebayo",
            "Commissioner for Political Affairs, Peace and Security",
        ),
        (
            "Mariam Toure, Minister of Territorial Administration, Decentralization and Local Development, said.",
            "Mariam Toure",
            "Minister of Territorial Administration, Decentralization and Local Development",
        ),
        (  # a list of persons after the title is no portfolio of it
            "Mariam Toure, Minister of the Interior, Ahmed Sow and Fatou Diop, attended.",
            "Mariam Toure",
            "Minister of the Interior",
        ),
    ],
)
def test_portfolios_joined_by_and_after_a_comma_end_the_title_en(text, name, role):
    assert _roles(text, "en")[name] == role


@pytest.mark.parametrize("rank", ["le contre-amiral", "le vice-amiral", "l'amiral", "le capitaine de vaisseau"])
def test_a_naval_rank_between_a_title_and_the_name_fr(rank):
    roles = _roles(f"Le chef d'état-major de la Marine, {rank} Cheikh Tidiane Sarr, a plaidé pour l'extension.", "fr")
    assert roles == {"Cheikh Tidiane Sarr": "chef d'état-major de la Marine"}


def test_a_high_title_before_a_rank_is_the_role_with_its_adjective():
    from people.discovery import discover_persons

    text = "Il était accompagné du haut commandant de la Gendarmerie nationale, le général de division Paul Sarr."
    ((name, role),) = [(p.name, p.role) for p in discover_persons(text, "fr")]
    assert (name, role) == ("Paul Sarr", "haut commandant de la Gendarmerie nationale")


def test_a_function_before_an_ambassadors_style_is_the_role_en():
    from people.discovery import discover_persons

    text = "Ghana's Minister of Foreign Affairs, Ambassador Kofi Mensah Boateng, said the summit was vital."
    ((name, role),) = [(p.name, p.role) for p in discover_persons(text, "en")]
    assert (name, role) == ("Kofi Mensah Boateng", "Ghana's Minister of Foreign Affairs")


def test_a_title_whose_portfolios_a_given_name_opens_stays_whole_before_the_name():
    # "Peace" is also a given name: joined to another portfolio by "and", it is the title's
    text = "The Regional Commissioner for Trade, Peace and Security, Obinna Eze, said the plan works."
    assert _roles(text, "en")["Obinna Eze"] == "Regional Commissioner for Trade, Peace and Security"


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "The talks were attended by Major General Saif Rashid Al Kaabi, Commander-in-Chief of Fujairah Police.",
            "en",
            "Saif Rashid Al Kaabi",
            "Commander-in-Chief of Fujairah Police",
        ),
        (
            "Le général Oumar Sow, commandant en chef de la Garde nationale, a pris la parole.",
            "fr",
            "Oumar Sow",
            "commandant en chef de la Garde nationale",
        ),
    ],
)
def test_a_commander_in_chief_is_a_role(text, language, name, role):
    assert _roles(text, language)[name] == role


def test_an_arabic_title_after_a_preposition_or_with_is_the_title_alone():
    roles = _roles(
        "وافتتحت الأشغال بكلمة لوزير الداخلية البرتغالي جواو ماركيش، ثم أجرى الوزير مباحثات مع وزير الداخلية "
        "اليوناني نيكوس بابادوبولوس، وقدم التقرير للمدير العام للأمن الوطني السيد كريم بلعيد.",
        "ar",
    )
    assert roles["جواو ماركيش"].startswith("وزير الداخلية")
    assert roles["نيكوس بابادوبولوس"].startswith("وزير الداخلية")
    assert roles["كريم بلعيد"].startswith("المدير العام للأمن الوطني")


def test_an_arabic_title_after_each_of_is_the_title_alone():
    """ "جمع الاجتماع الوزير X بكل من وزير الداخلية …": the title of the one met starts after "each of"."""
    roles = _roles(
        "وجمع اللقاء الوزير الكافي بكل من وزير الداخلية والجماعات المحلية المالي موسى كوناتي، ووزير الأمن "
        "النيجري عمر سيدو.",
        "ar",
    )
    assert roles["موسى كوناتي"].startswith("وزير الداخلية والجماعات المحلية")


def test_an_arabic_titles_pronoun_is_the_body_named_before_it():
    roles = _roles(
        "واطلع المجلس على تقرير أعمال الأكاديمية الذي قدمه رئيسها الدكتور فهد بن سالم القحطاني، ثم عقد "
        "الاتحاد اجتماعه برئاسة أمينه العام اللواء ماجد بن خالد الزهراني.",
        "ar",
    )
    assert roles["فهد بن سالم القحطاني"] == "رئيس الأكاديمية"
    assert roles["ماجد بن خالد الزهراني"] == "أمين الاتحاد العام"
    # no body of the pronoun's gender before it: the title as written
    assert _roles("وقال رئيسها الدكتور فهد بن سالم القحطاني، إن العمل مستمر.", "ar")["فهد بن سالم القحطاني"] == "رئيسها"


def test_a_feminine_noun_in_a_title_is_no_possessive_title():
    # "ومراقبة" (and control) folds as "مراقبه" (his controller): its ta marbuta says it is no pronoun
    roles = _roles("برئاسة الوالي مدير الهجرة ومراقبة الحدود بوزارة الداخلية، سعيد العمراني، أمس.", "ar")
    assert roles["سعيد العمراني"] == "الوالي مدير الهجرة ومراقبة الحدود بوزارة الداخلية"


def test_a_department_for_a_field_and_a_police_ranks_abbreviation_stay_in_the_roles():
    roles = _roles(
        "The Commissioner of Police, Lagos Island Command, CP Tunde Bakare, met Colonel Samir Haddad, Director "
        "General of the General Department for Drug Control, on Monday.",  # (when: no part of the title)
        "en",
    )
    assert roles == {
        "Tunde Bakare": "Commissioner of Police, Lagos Island Command",
        "Samir Haddad": "Director General of the General Department for Drug Control",
    }


def test_a_titles_last_portfolios_after_a_comma_are_no_person():
    """ "…, Local Authorities and Transport, X": capitalised words that go on with "and" to a comma are
    the title's last items; a list of two persons after a title ("Nasser Ali and Omar Khan") is not."""
    roles = _roles(
        "Kenya's Minister of the Interior, Rural Roads and Public Works, Daniel Otieno, met the delegation. "
        "The Minister of Interior, Nasser Ali and Omar Khan, said.",
        "en",
    )
    assert roles["Daniel Otieno"] == "Kenya's Minister of the Interior, Rural Roads and Public Works"
    assert "Rural Roads" not in roles
    assert roles["Nasser Ali"] == "Minister of Interior"
    assert "Omar Khan" in roles


def test_a_titles_last_portfolios_run_on_to_its_holders_given_name():
    """ "…, Local Authorities and Regional Planning Karim Belhadi said": no comma before the holder, whose
    common given name ends the title's portfolios."""
    roles = _roles(
        "Opening the meeting, Minister of the Interior, Local Authorities and Regional Planning Karim Belhadi "
        "said Algeria would continue its support.",
        "en",
    )
    assert roles == {"Karim Belhadi": "Minister of the Interior, Local Authorities and Regional Planning"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "They agreed, Secretary of the Kenyan Security Council Daniel Otieno told reporters.",
            "Daniel Otieno",
            "Secretary of the Kenyan Security Council",
        ),
        ("The Director of the National Police Ahmed Khan spoke.", "Ahmed Khan", "Director of the National Police"),
    ],
)
def test_an_attached_title_may_end_on_a_bodys_head_before_a_given_name(text, name, role):
    """The body's head noun closes its name: the common given name after it opens the person's."""
    assert _roles(text, "en")[name] == role


def test_an_attached_title_ending_on_an_adjective_still_runs_into_the_name():
    """ "président de l'Université arabe Naif …": no head noun closes the body, its name may go on."""
    assert _roles("Le président de l'Université arabe Naif Ben Abdelaziz a parlé.", "fr") == {
        "Naif Ben Abdelaziz": None
    }


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "Kenya's Daniel Otieno was elected President of INTERPOL on Wednesday at the close of the assembly.",
            "en",
            "Daniel Otieno",
            "President of INTERPOL",
        ),
        (
            "Karim Alaoui was appointed Director General at the close of the session.",
            "en",
            "Karim Alaoui",
            "Director General",
        ),
        (
            "Fatima Zahra Bennani a été nommée directrice générale de l'Office le 3 mars.",
            "fr",
            "Fatima Zahra Bennani",
            "directrice générale de l'Office",
        ),
        ("Samir Bennis a été élu président du comité lors de la session.", "fr", "Samir Bennis", "président du comité"),
        ("Karim Alaoui was appointed to lead the committee.", "en", "Karim Alaoui", None),
    ],
)
def test_the_office_a_person_was_given_is_their_role(text, language, name, role):
    """ "X was elected President of …", "X a été nommée directrice …": the office, up to when and where."""
    assert _roles(text, language)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Trainers included analysts from Europol and Inspector Daniel Otieno, who led a module.",
            "Daniel Otieno",
            "Inspector",
        ),
        ("The delegation met Commissioner Karim Alaoui on Monday.", "Karim Alaoui", "Commissioner"),
        ("The delegation met the interior minister on Monday, then Karim Alaoui.", "Karim Alaoui", None),
    ],
)
def test_a_capitalised_title_after_a_verb_is_its_names(text, name, role):
    assert _roles(text, "en")[name] == role


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Director of the Police Academy Daniel Otieno spoke.",
            {"Daniel Otieno": "Director of the Police Academy"},
        ),
        ("He visited the Royal Academy Mohammed VI.", {}),
        ("Students of the Naval Academy Hassan Ali praised it.", {}),
    ],
)
def test_a_name_after_an_english_bodys_noun_is_its_heads(text, names):
    """English names an institution after a person before its noun ("the Hassan II Academy"): a given
    name and a surname after "Academy" are its head's, a royal name and numeral its namesake's."""
    assert _roles(text, "en") == names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Mali was represented by its security minister, General Daoud Keita, and Niger by its own.",
            "Daoud Keita",
            "security minister",
        ),
        ("The delegation met police chief Karim Alaoui on Monday.", "Karim Alaoui", "police chief"),
    ],
)
def test_a_lower_case_title_keeps_its_portfolios_words(text, name, role):
    """ "its security minister, General X": the title in apposition before a rank, its portfolio's words with it."""
    assert _roles(text, "en")[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The eighth General Assembly of the agency met in March under acting executive director Tomas Berg, with "
            "the Sahel as the main concern.",
            "Tomas Berg",
            "executive director",
        ),
        (
            "The group, co-chaired by Portugal's Secretary of State for Security Ana Ferreira and a Moroccan "
            "official, met in Rabat.",
            "Ana Ferreira",
            "Portugal's Secretary of State for Security",
        ),
    ],
)
def test_a_title_before_the_name_past_an_earlier_head_and_with_its_state(text, name, role):
    """A head earlier in the sentence ("General Assembly … met under …") whose phrase is no title leaves the
    later head's ("executive director"); the "State" of a "Secretary of State" is the title's, no body's."""
    assert {m.name: m.role for m in discover_persons(text, "en")}.get(name) == role


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Étaient présents le cheikh Nasser Ben Hamad Al Thani (Qatar), Zoubeir Ben Fayçal Al-Harthi (Oman).", "fr"),
        ("Also present were Zoubeir bin Faisal Al Harthi (Oman) and the others.", "en"),
    ],
)
def test_a_name_whose_fathers_name_is_a_common_given_name(text, language):
    """ "Zoubeir Ben Fayçal Al-Harthi": no list holds the first word, but "son of Fayçal" makes it a name."""
    assert "Zoubeir" in " ".join(_roles(text, language))


def test_a_titles_last_portfolios_and_its_country_before_the_holder_and_an_offices_plural():
    """ "the Minister of Interior, Local Authorities and Town Planning of the Republic of X, H.E. Y": the title's
    last portfolios are no person, "H.E." is a courtesy title; "National Liaison Offices" is a body's name."""
    text = (
        "The session was opened by the Minister of Interior, Local Authorities and Town Planning of the Republic "
        "of Ruritania, H.E. Tomas Berg, in the presence of officials. He asked the States to equip their National "
        "Liaison Offices."
    )
    assert list(_roles(text, "en")) == ["Tomas Berg"]


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        ("Il a participé, aux côtés de son prédécesseur Kassou Diallo, à l'organisation.", "fr", "prédécesseur"),
        ("He thanked his successor Kassou Diallo for the work done.", "en", "successor"),
    ],
)
def test_a_predecessor_or_successor_named_is_a_person_with_that_role(text, language, role):
    assert _roles(text, language) == {"Kassou Diallo": role}


def test_persons_listed_each_after_their_nationality_under_a_plural_title():
    """ "ses homologues malien X, nigérien Y et tchadien Z": each name vouched for by the plural title, its
    role the title's singular with its own adjective."""
    roles = _roles(
        "Le ministre a accueilli mardi ses homologues malien Bakary Sanogo, nigérien Issoufou Garba Maman et "
        "tchadien Idriss Mahamat Abakar, pour la réunion quadripartite.",
        "fr",
    )
    assert roles == {
        "Bakary Sanogo": "homologue malien",
        "Issoufou Garba Maman": "homologue nigérien",
        "Idriss Mahamat Abakar": "homologue tchadien",
    }


def test_a_long_title_before_a_royal_style_is_the_persons_role():
    text = (
        "Minister of Interior and Chairman of the Board of the Gulf Police Academy (GPA) Prince Faisal bin Khalid "
        "opened the session."
    )
    (person,) = [p for p in discover_persons(text, "en") if p.name == "Faisal bin Khalid"]
    assert person.role == "Minister of Interior and Chairman of the Board of the Gulf Police Academy (GPA)"


def test_a_role_after_the_name_may_open_with_the_body_it_serves():
    """ "X, African Union Commissioner for …": a title after the name opens with a body's name (its
    words a nationality and a body's head) before the title's head."""
    found = discover_persons(
        "In a recorded address, Tiwalade Okonkwo, African Union Commissioner for Political Affairs, Peace and"
        " Security, said crime and terrorism feed each other.",
        "en",
    )
    assert [(m.name, m.role) for m in found] == [
        ("Tiwalade Okonkwo", "African Union Commissioner for Political Affairs, Peace and Security")
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Philippine police international relations chief Dante Ramos, who led the team, spoke.",
            "Philippine police international relations chief",
        ),
        ("The ministry's public affairs director Dante Ramos said the talks went well.", "public affairs director"),
    ],
)
def test_a_title_naming_its_field_in_lower_case_before_its_head_is_whole(text, role):
    """ "international relations chief", "public affairs director": the field's words are the title's."""
    assert _roles(text, "en").get("Dante Ramos") == role


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "Maria Lindqvist, who chairs the Baltic Sea Task Force on Organised Crime, opened the meeting.",
            "en",
            "Maria Lindqvist",
            "chairs the Baltic Sea Task Force on Organised Crime",
        ),
        (
            "Le Tchadien Idriss Mahamat, qui dirige la coopération policière régionale, a pris la parole.",
            "fr",
            "Idriss Mahamat",
            "dirige la coopération policière régionale",
        ),
    ],
)
def test_an_office_stated_by_its_verb_in_a_relative_clause_is_the_role(text, language, name, role):
    """ "X, who chairs the Y," states an office as surely as "X, chair of the Y,": the verb and what it heads."""
    assert _roles(text, language)[name] == role


def test_a_relative_clause_of_a_verb_heading_nothing_is_no_role():
    assert _roles("Karim Bennani, who leads, said the talks went well.", "en")["Karim Bennani"] is None


def test_an_office_stated_by_its_verb_gives_way_to_a_title_before_the_name_and_stays_stated():
    (mention,) = discover_persons("Le préfet de police Karim Haddou, qui dirige la brigade mobile, a été élu.", "fr")
    assert mention.role == "préfet de police"
    assert "dirige la brigade mobile" in mention.roles


def test_a_role_in_apposition_after_a_body_whose_name_holds_of():
    """ "X of the Presidency of State Security, an expert in …": the body is where the person comes from
    (its name may hold "of", "for", "and"), the indefinite apposition after it the stated role."""
    text = (
        "The workshop will be led by Col. Nabil Al-Harthi of the Omani Directorate for Border Security, "
        "an expert in document fraud, and will open in March."
    )
    assert _roles(text, "en")["Nabil Al-Harthi"] == "expert in document fraud"


def test_the_talks_a_rank_and_name_hold_are_no_word_of_the_name():
    """A verb before its subject's name, then the talks held: "لقاءات" and "مباحثات" are the object, not
    the end of the name."""
    text = "ومن المنتظر أن يجري العميد فريد بن عيسى لقاءات ثنائية مع نظرائه من تونس وليبيا."
    assert "فريد بن عيسى" in _roles(text, "ar")
    text = "وأجرى الوزير سالم بوزيد مباحثات مع نظيره المالي حول أمن الحدود."
    assert "سالم بوزيد" in _roles(text, "ar")


def test_the_engineers_style_opens_a_name_and_no_body_takes_it():
    text = "وضم الوفد مدير عام المركز الوطني لأمن المعلومات المهندس سامي عودة الحباشنة."
    assert _roles(text, "ar").get("سامي عودة الحباشنة") == "مدير عام المركز الوطني لأمن المعلومات"


def test_el_sayed_after_a_given_name_is_the_family_name_not_a_courtesy_title():
    text = "ويرأس الوفد اللواء محمود رأفت السيد مساعد وزير الداخلية، فيما يرأس الوفد الآخر العميد علي الجبوري."
    names = set(_roles(text, "ar"))
    assert "مساعد" not in names and not any(n.startswith("السيد") for n in names)


def test_an_adjective_shaped_family_name_after_ben_before_the_title():
    """ "… بن صالح الشرقي الأمين العام المساعد …": after "بن X", an article word right before the title that
    follows the name is the family name, whatever else it means ("the eastern"), as it is before a comma."""
    text = "وقال الدكتور ماهر بن صالح الشرقي الأمين العام المساعد للمجلس، في كلمته، إن الاجتماع ناجح."
    assert _roles(text, "ar").get("ماهر بن صالح الشرقي") == "الأمين العام المساعد للمجلس"
