"""people.knowledge_base: the starter organizations, their loading, and the matching rules they carry."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from people.knowledge_base import (
    KINDS,
    KnowledgeBaseError,
    KnowledgeRules,
    OrganizationRecord,
    knowledge_base_rules,
    knowledge_base_upsert,
    read_knowledge_base,
)
from people.models import Organization, Review
from people.services import knowledge_base_load
from text.matching import NameIndex

INTERPOL = "International Criminal Police Organization"
AIMC = "Council of Arab Interior Ministers"
DGSN_MA = "General Directorate of National Security (Morocco)"
DGSN_DZ = "Directorate General of National Security (Algeria)"


@pytest.fixture(scope="module")
def records() -> list[OrganizationRecord]:
    return read_knowledge_base()


@pytest.fixture(scope="module")
def rules(records: list[OrganizationRecord]) -> KnowledgeRules:
    return KnowledgeRules(records)


@pytest.fixture(scope="module")
def index(records: list[OrganizationRecord], rules: KnowledgeRules) -> NameIndex:
    return NameIndex.build(rules.name_entries(records, key=lambda record: record.name))


@pytest.fixture(scope="module")
def extract(records, rules, index):
    """Canonical names of the organizations found in a text (with the ones their mention implies)."""
    name_of = {record.name: record.name for record in records}

    def run(text: str) -> set[str]:
        return rules.named(rules.resolve(text, index.find(text), name_of), name_of)

    return run


def write_kb(tmp_path: Path, organizations: list[dict]) -> Path:
    path = tmp_path / "organizations.json"
    path.write_text(json.dumps(organizations, ensure_ascii=False), encoding="utf-8")
    return path


def kb_entry(name: str, **fields) -> dict:
    entry = {"name": name, "acronym": "", "kind": "other", "country": "", "parent": None}
    entry |= {"label_fr": "", "label_ar": "", "label_en": "", "aliases": []}
    return entry | fields


# ---------------------------------------------------------------------------- the file


def test_kinds_are_the_model_kinds() -> None:
    assert set(Organization.Kind.values) == KINDS


def test_the_knowledge_base_file_is_valid_and_names_the_field(records: list[OrganizationRecord]) -> None:
    by_name = {record.name: record for record in records}
    interpol = by_name[INTERPOL]
    assert interpol.acronym == "INTERPOL"
    assert {"Interpol", "OIPC", "OIPC-Interpol", "ICPO-INTERPOL", "الإنتربول", "أنتربول"} <= set(interpol.all_names())
    assert by_name["INTERPOL Executive Committee"].requires == (INTERPOL,)
    assert by_name["General Secretariat of the Council of Arab Interior Ministers"].parent == AIMC
    assert by_name[AIMC].acronym == "AIMC"
    assert by_name[DGSN_DZ].country_cues
    for name in (
        "Europol",
        "African Union Mechanism for Police Cooperation",
        "Maghreb Arabe Presse",
        "Saudi Press Agency",
    ):
        assert name in by_name


def test_stored_aliases_leave_out_what_has_a_field_of_its_own() -> None:
    record = OrganizationRecord(
        name="X", acronym="XO", kind="other", country="", parent=None, label_fr="Le X", label_ar="", label_en="X",
        aliases=("XO", "Le X", "Ex", "Ex"), generic_aliases=("the Org",), requires=("Y",),
    )  # fmt: skip
    assert record.stored_aliases() == ["Ex", "the Org"]


def test_a_malformed_file_is_refused_with_every_problem(tmp_path: Path) -> None:
    path = write_kb(
        tmp_path,
        [
            kb_entry("A", kind="club", parent="Nobody"),
            kb_entry("A"),
            kb_entry("B", country="Morocco", generic_aliases=["the office"]),
            kb_entry("C", aliases=["Shared"]),
            kb_entry("D", aliases=["Shared"]),
            kb_entry("E", colour="blue"),
            {"name": "F"},
        ],
    )
    with pytest.raises(KnowledgeBaseError) as error:
        read_knowledge_base(path)
    message = str(error.value)
    for problem in (
        "kind 'club'",
        "unknown organization 'Nobody'",
        "'A': listed twice",
        "country 'Morocco'",
        "generic_aliases and requires go together",
        "unknown field 'colour'",
        "missing field 'acronym'",
    ):
        assert problem in message
    assert "name 'shared' is shared" in message


def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        read_knowledge_base(tmp_path / "broken.json")
    with pytest.raises(KnowledgeBaseError):
        read_knowledge_base(tmp_path / "missing.json")


# ---------------------------------------------------------------------------- the rules


def test_generic_names_need_their_required_organization(extract) -> None:
    assert "INTERPOL Executive Committee" not in extract("Le Comité exécutif de la fédération s'est réuni.")
    found = extract("Le Maroc a été élu au Comité exécutif lors de l'assemblée d'Interpol.")
    assert {"INTERPOL Executive Committee", INTERPOL} <= found
    assert "NAUSS Supreme Council" not in extract("المجلس الأعلى للتعليم")


def test_a_generic_name_goes_to_the_organization_the_article_is_about(extract) -> None:
    text = (
        "La session du Conseil des ministres arabes de l'Intérieur s'est ouverte. "
        "Le bilan du secrétariat général a été adopté."
    )
    found = extract(text)
    assert "General Secretariat of the Council of Arab Interior Ministers" in found
    assert "INTERPOL General Secretariat" not in found
    found = extract("Interpol a tenu son assemblée; le secrétariat général a présenté son rapport.")
    assert "INTERPOL General Secretariat" in found


def test_naming_a_body_of_an_organization_names_the_organization(extract) -> None:
    found = extract("le bureau Interpol-Rabat et le secrétariat général du CMIA")
    assert found == {
        "INTERPOL National Central Bureau Rabat",
        INTERPOL,
        "General Secretariat of the Council of Arab Interior Ministers",
        AIMC,
    }


def test_a_proper_name_containing_another_does_not_name_it(extract) -> None:
    assert extract("l'Office des Nations Unies contre la drogue et le crime (ONUDC)") == {
        "United Nations Office on Drugs and Crime"
    }


def test_country_cues_tell_homonyms_apart(extract) -> None:
    assert DGSN_MA in extract("La Direction générale de la Sûreté nationale (DGSN) a annoncé")
    text = (
        "Il a salué la Direction générale de la Sûreté nationale (DGSN) algérienne pour son accueil. "
        "La réunion, organisée par la DGSN, s'achève mardi."
    )
    found = extract(text)
    assert DGSN_DZ in found
    assert DGSN_MA not in found
    assert DGSN_DZ in extract("المديرية العامة للأمن الوطني الجزائرية")
    # the English names and the head's title are every homonym's, the country cue chooses
    assert extract("Mauritania's Director General of National Security chaired the session.") == {
        "General Directorate of National Security (Mauritania)"
    }
    assert extract("The Director General of National Security chaired the session in Rabat.") == {DGSN_MA}


def test_a_national_police_directorate_is_the_country_its_sentence_names(extract) -> None:
    """France's DGPN is also Senegal's (and others'): the country the sentence names chooses."""
    dgpn_fr = "General Directorate of the National Police (France)"
    assert extract("La Direction générale de la Police nationale a publié son bilan à Paris.") == {dgpn_fr}
    found = extract("La Direction générale de la Police nationale du Sénégal a représenté le Sénégal à Alger.")
    assert found == {"National Police (Senegal)"}


def test_country_cues_choose_between_interior_ministries(extract) -> None:
    assert extract("un responsable du ministère de l'Intérieur") == {"Ministry of Interior (Morocco)"}
    found = extract("le ministre de l'Intérieur des Emirats arabes unis, dont le ministère de l'Intérieur accueille")
    assert found == {"Ministry of Interior (United Arab Emirates)"}
    assert extract("وكيل وزارة الداخلية بدولة الإمارات العربية المتحدة") == {
        "Ministry of Interior (United Arab Emirates)"
    }


def test_ambiguous_acronyms_need_a_marker_or_another_name(extract) -> None:
    assert extract("ومع ذلك، لم يحضر الوفد") == set()
    assert extract("الرباط (ومع) – أعلن") == {"Maghreb Arabe Presse"}
    assert extract("ISA, l'agence israélienne") == set()
    assert extract("l'Alliance internationale de sécurité (ISA)") == {"International Security Alliance"}
    assert extract("Les ministres de l'Alliance internationale de sécurité. L'ISA a été créée en 2017") == {
        "International Security Alliance"
    }
    assert extract("a day at the SPA") == set()
    assert extract("Riyadh, Nov 4 (SPA) -- The minister") == {"Saudi Press Agency"}
    assert extract("Rabat - MAP\nLe ministre") == {"Maghreb Arabe Presse"}
    assert extract("Botola : FAR-MAS et OCS-RCAZ ce soir") == set()


def test_an_ambiguous_acronym_before_a_title_names_its_body(extract) -> None:
    assert extract("The delegation met the AU Commissioner for Health on Friday.") == {"African Union"}
    assert extract("Il a remis le rapport au Directeur de cabinet.") == set()  # a word, not the acronym
    assert extract("The AU team arrived in Accra.") == set()  # no title follows


def test_a_body_of_its_parent_names_the_parent_unless_its_name_opens_with_it(extract) -> None:
    """The corpus conventions: "X of ORG" names both; a proper name containing another's does not."""
    auc = "African Union Commission"
    assert extract("la Commission de l'Union africaine a annoncé") == {auc, "African Union"}
    assert extract("أعلنت مفوضية الاتحاد الإفريقي") == {auc, "African Union"}
    assert extract("the Chairperson of the African Union Commission said") == {auc}
    assert extract("the African Union Commission, then the Commission of the African Union") == {auc, "African Union"}


def test_name_entries_follow_the_case_rules(rules: KnowledgeRules, records: list[OrganizationRecord]) -> None:
    entries = rules.name_entries(records, key=lambda record: record.name)
    dgst = {e.name: e.case_sensitive for e in entries if e.entity_key.startswith("General Directorate of Territorial")}
    assert dgst["Territorial Surveillance"] is True
    assert dgst["DGST"] is False  # acronyms are case-sensitive in the index anyway
    assert knowledge_base_rules().rules_for("unknown").requires == ()


# ---------------------------------------------------------------------------- loading


@pytest.mark.django_db
def test_the_data_migration_loaded_the_knowledge_base(records: list[OrganizationRecord]) -> None:
    assert Organization.objects.count() >= len(records)
    interpol = Organization.objects.get(name=INTERPOL)
    assert interpol.review == Review.CONFIRMED
    assert "الإنتربول" in interpol.aliases
    secretariat = Organization.objects.get(name="General Secretariat of the Council of Arab Interior Ministers")
    assert secretariat.parent.name == AIMC


@pytest.mark.django_db
def test_loading_twice_creates_nothing_new() -> None:
    before = Organization.objects.count()
    counts = knowledge_base_load()
    assert counts["created"] == 0
    assert counts["updated"] == 0
    assert counts["parents_set"] == 0
    assert counts["unchanged"] == counts["total"]
    assert Organization.objects.count() == before


@pytest.mark.django_db
def test_loading_into_an_empty_table_takes_a_bounded_number_of_queries(
    records: list[OrganizationRecord], django_assert_max_num_queries
) -> None:
    Organization.objects.all().delete()
    with django_assert_max_num_queries(15):
        counts = knowledge_base_load()
    assert counts["created"] == len(records) == Organization.objects.count()
    assert counts["parents_set"] == sum(1 for record in records if record.parent)
    with django_assert_max_num_queries(6):
        assert knowledge_base_load()["created"] == 0


@pytest.mark.django_db
def test_an_editors_work_survives_a_reload() -> None:
    interpol = Organization.objects.get(name=INTERPOL)
    interpol.aliases = [*interpol.aliases, "Interpol (Lyon)"]
    interpol.label_fr = "OIPC-Interpol"
    interpol.save()
    council = Organization.objects.get(name=AIMC)
    council.aliases = ["only the editor's"]
    council.parent = None
    council.kind = Organization.Kind.MINISTRY
    council.save()

    counts = knowledge_base_load()

    interpol.refresh_from_db()
    assert "Interpol (Lyon)" in interpol.aliases
    assert interpol.label_fr == "OIPC-Interpol"
    assert "Organisation internationale de police criminelle" in interpol.aliases
    council.refresh_from_db()
    assert council.aliases[0] == "only the editor's"
    assert "CMIA" in council.aliases
    assert council.kind == Organization.Kind.MINISTRY
    assert council.parent.name == "League of Arab States"  # an empty parent is filled in again
    assert counts["updated"] == 2
    assert counts["parents_set"] == 1


@pytest.mark.django_db
def test_an_editors_parent_is_kept(records: list[OrganizationRecord]) -> None:
    secretariat = Organization.objects.get(name="General Secretariat of the Council of Arab Interior Ministers")
    secretariat.parent = Organization.objects.get(name="League of Arab States")
    secretariat.save()
    knowledge_base_load()
    secretariat.refresh_from_db()
    assert secretariat.parent.name == "League of Arab States"


@pytest.mark.django_db
def test_new_names_in_the_file_are_merged_into_existing_rows(tmp_path: Path) -> None:
    path = write_kb(
        tmp_path,
        [
            kb_entry(INTERPOL, acronym="ICPO", kind="international", aliases=["Interpol", "Police mondiale"]),
            kb_entry("A new body", kind="agency", country="MA", parent=INTERPOL, label_fr="Un nouvel organe"),
        ],
    )
    counts = knowledge_base_load(path=path)
    assert (counts["created"], counts["updated"], counts["parents_set"]) == (1, 1, 1)
    interpol = Organization.objects.get(name=INTERPOL)
    assert interpol.acronym == "INTERPOL"
    assert {"Police mondiale", "ICPO"} <= set(interpol.aliases)
    new = Organization.objects.get(name="A new body")
    assert (new.review, new.kind, new.country, new.parent) == (Review.CONFIRMED, "agency", "MA", interpol)


@pytest.mark.django_db
def test_a_dry_run_saves_nothing(tmp_path: Path) -> None:
    path = write_kb(tmp_path, [kb_entry("A new body")])
    assert knowledge_base_load(path=path, dry_run=True)["created"] == 1
    assert not Organization.objects.filter(name="A new body").exists()


@pytest.mark.django_db
def test_the_loader_runs_on_the_historical_model(records: list[OrganizationRecord]) -> None:
    state = MigrationExecutor(connection).loader.project_state(("people", "0001_initial"))
    historical = state.apps.get_model("people", "Organization")
    Organization.objects.all().delete()
    counts = knowledge_base_upsert(records=records, organization_model=historical)
    assert counts["created"] == len(records) == Organization.objects.count()


@pytest.mark.django_db
def test_the_command_reports_through_stdout_and_honours_verbosity(tmp_path: Path) -> None:
    out = StringIO()
    call_command("load_knowledge_base", verbosity=0, stdout=out)
    assert out.getvalue() == ""
    call_command("load_knowledge_base", "--dry-run", stdout=out)
    assert "Dry run" in out.getvalue()
    assert "0 created" in out.getvalue()
    with pytest.raises(CommandError):
        call_command("load_knowledge_base", "--path", str(tmp_path / "missing.json"), verbosity=0)


# ---------------------------------------------------------------------------- the bodies of the field


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chef du Bureau central national d'Interpol à Rabat", {"INTERPOL National Central Bureau Rabat", INTERPOL}),
        ("with the African Union and ECOWAS", {"African Union", "Economic Community of West African States"}),
        (
            "la Communauté économique des Etats de l'Afrique de l'Ouest (CEDEAO)",
            {"Economic Community of West African States"},
        ),
        ('وقائد قوة الأمن الداخلي "لخويا"', {"Internal Security Force (Qatar)"}),
        ("المدير العام لقوى الأمن الداخلي اللبنانية", {"Internal Security Forces (Lebanon)"}),
        ("رئيس الفرقة الوطنية للشرطة القضائية", {"National Brigade of Judicial Police (Morocco)"}),
        ("وإدارة الجمارك والضرائب غير المباشرة", {"Customs and Indirect Taxes Administration (Morocco)"}),
        ("le directeur de la sécurité publique jordanienne", {"Public Security Directorate (Jordan)"}),
        ("أعلنت مديرية الأمن العام", {"Public Security Directorate (Jordan)"}),
        ("le général directeur des Carabiniers du Chili", {"Carabineros de Chile"}),
        ("CBI Director said", {"Central Bureau of Investigation (India)"}),
        ("(With inputs from PTI)", {"Press Trust of India"}),
        ("ABUJA, April 22, 2024 (NAN) - The summit", {"News Agency of Nigeria"}),
        ("Europol's European Counter Terrorism Centre (ECTC)", {"Europol", "European Counter Terrorism Centre"}),
        (
            "la Direction exécutive du Comité contre le terrorisme (DECT)",
            {"Counter-Terrorism Committee Executive Directorate"},
        ),
        ("le Forum mondial de lutte contre le terrorisme (GCTF)", {"Global Counterterrorism Forum"}),
        ("la Policía Nacional española y la Guardia Civil", {"National Police (Spain)", "Civil Guard (Spain)"}),
    ],
)
def test_bodies_of_the_field_are_known(extract, text, expected) -> None:
    assert extract(text) == expected


def test_the_gcc_general_secretariat(extract) -> None:
    text = "اجتماع وزراء الداخلية بدول مجلس التعاون لدول الخليج العربية. وأكد أن الأمانة العامة لمجلس التعاون ستعمل"
    assert extract(text) == {"Gulf Cooperation Council", "General Secretariat of the Gulf Cooperation Council"}
    assert extract("الأمانة العامة لمجلس التعاون الخليجي") == {
        "Gulf Cooperation Council",
        "General Secretariat of the Gulf Cooperation Council",
    }
    assert "General Secretariat of the Gulf Cooperation Council" not in extract("الأمانة العامة لمجلس التعاون")


@pytest.mark.parametrize(
    "text",
    [
        "والشيخ فهد يوسف سعود الصباح النائب الأول لرئيس مجلس الوزراء",  # the Kuwaiti family, not the daily
        "في الصباح الباكر",
        "les éléments de la police nationale ont interpellé le suspect",  # no country: no national police
        "la Policía Nacional del Perú",  # (Colombia's is known: not Spain's either)
        "قوات الأمن الداخلي",
        "the National Security Council",
    ],
)
def test_common_words_and_other_countries_bodies_are_not_taken(extract, text) -> None:
    assert extract(text) == set()


def test_country_cues_choose_between_the_new_interior_ministries(extract) -> None:
    assert extract("وزارة الداخلية بدولة الكويت") == {"Ministry of Interior (Kuwait)"}
    assert extract("وكيل وزارة الداخلية البحرينية") == {"Ministry of Interior (Bahrain)"}
    assert extract("a reçu un responsable du ministère de l'Intérieur.") == {"Ministry of Interior (Morocco)"}


def test_a_capital_city_is_a_country_cue_of_its_ministry(extract) -> None:
    assert extract("Les experts se sont réunis au siège du ministère de l'Intérieur à Doha.") == {
        "Ministry of Interior (Qatar)"
    }
    assert extract("عقد الاجتماع في مقر وزارة الداخلية بالمنامة أمس.") == {"Ministry of Interior (Bahrain)"}


def test_each_of_two_ministries_named_in_one_article(extract) -> None:
    text = "اجتمع الوفدان في مقر وزارة الداخلية بالخرطوم، وحضر ممثل عن وزارة الداخلية العمانية."
    assert extract(text) == {"Ministry of Interior (Sudan)", "Ministry of Interior (Oman)"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the African Union's regional economic communities, in three languages
        ("Les ministres de l'IGAD se sont réunis à Djibouti.", {"Intergovernmental Authority on Development"}),
        ("اجتمع وزراء الهيئة الحكومية للتنمية (إيغاد) أمس.", {"Intergovernmental Authority on Development"}),
        ("The Southern African Development Community backed the plan.", {"Southern African Development Community"}),
        ("La Communauté caribéenne a adopté le texte.", {"Caribbean Community"}),
        # a proper name that holds another organization's name names it alone
        (
            "وتشارك بعثة الاتحاد الإفريقي للدعم والاستقرار في الصومال.",
            {"African Union Support and Stabilization Mission in Somalia"},
        ),
        ("officers of CARICOM IMPACS trained the unit", {"CARICOM Implementation Agency for Crime and Security"}),
        ("the Australian Federal Police and the Royal Oman Police", {"Australian Federal Police", "Royal Oman Police"}),
        ("هجوم تبنته حركة الشباب في جنوب البلاد", {"Al-Shabaab"}),
        ("كوالالمبور (برناما) - اختتمت", {"Bernama"}),
    ],
)
def test_regional_bodies_armed_groups_and_news_agencies(extract, text, expected) -> None:
    assert extract(text) == expected


def test_country_cues_tell_the_press_agencies_and_national_securities_apart(extract) -> None:
    assert extract("Dakar, 3 mai (APS) - Les policiers sénégalais ont saisi une tonne de cocaïne.") == {
        "Senegalese Press Agency"
    }
    assert extract("Alger, 3 mai (APS) - La réunion s'est tenue au siège.") == {"Algeria Press Service"}
    assert extract("le directeur de la Sûreté nationale mauritanienne") == {
        "General Directorate of National Security (Mauritania)"
    }
    assert extract("La Sûreté nationale a tenu sa réunion à Nouakchott.") == {
        "General Directorate of National Security (Mauritania)"
    }


def test_a_department_alone_is_jordans_beside_its_public_security_directorate(extract) -> None:
    text = "وأكد مدير مديرية الأمن العام أن إدارة مكافحة المخدرات أحبطت عمليات تهريب."
    assert "Anti-Narcotics Department (Jordan)" in extract(text)
    assert "Anti-Narcotics Department (Jordan)" not in extract("وقالت إدارة مكافحة المخدرات إن العملية نجحت.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("… des dix pays membres. –CVN/VNA", {"Le Courrier du Vietnam", "Vietnam News Agency"}),
        ("Le texte a été signé lundi.\nTran Anh/CVN", {"Le Courrier du Vietnam"}),
        ("The talks ended on Monday.\n— Times of Oman / ONA", {"Oman News Agency"}),
    ],
)
def test_an_agency_code_in_a_wire_credit_is_a_marker(extract, text, expected) -> None:
    assert extract(text) == expected
    assert extract("Ona a dit que le CVN de la ville") == set()


def test_a_cue_inside_another_mention_of_a_homonym_is_that_mentions(extract) -> None:
    # the Mauritanian's own name holds the cue: the plain name beside it stays Morocco's
    text = "اجتمع مسؤولون بالمديرية العامة للأمن الوطني مع المدير العام للأمن الوطني الموريتاني أمس."
    assert extract(text) == {DGSN_MA, "General Directorate of National Security (Mauritania)"}
    # a cue in the name of another kind of body still tells the country
    assert extract("وقال المدير العام للأمن الوطني للوكالة الموريتانية للأنباء إن") == {
        "General Directorate of National Security (Mauritania)",
        "Mauritanian News Agency",
    }


def test_bodies_of_regional_organizations(extract) -> None:
    assert extract("تبرعت مؤسسة الإنتربول من أجل عالم أكثر أمانا بمعدات.") == {"INTERPOL Foundation for a Safer World"}
    assert "SADC Organ on Politics, Defence and Security Cooperation" in extract(
        "The meeting is held under the SADC Organ on Politics, Defence and Security Cooperation."
    )
    # the police chiefs' council of the organization the article names
    assert "EAPCCO Council of Police Chiefs" in extract(
        "Les chefs de police de l'EAPCCO se réunissent. La présidente du Conseil des chefs de police a parlé."
    )
    assert "EAPCCO Council of Police Chiefs" not in extract("Le Conseil des chefs de police a parlé.")


def test_the_maritime_bodies_of_the_field_are_known_in_three_languages(extract) -> None:
    imo = "International Maritime Organization"
    assert extract("sous l'égide de l'Organisation maritime internationale (OMI)") == {imo}
    assert extract("تحت رعاية المنظمة البحرية الدولية") == {imo}
    assert extract("under the auspices of the IMO") == {imo}
    assert extract("Le Forum des fonctions de garde-côtes de la Méditerranée (MCGFF) a adopté") == {
        "Mediterranean Coast Guard Functions Forum"
    }


@pytest.mark.parametrize(
    "text",
    ["Le ministre a reçu son homologue.\n\nAvec SPA", "Le ministre a reçu son homologue. (avec SPA)", "Source : SPA"],
)
def test_an_agency_credited_with_avec_or_source_is_a_marker(extract, text) -> None:
    assert extract(text) == {"Saudi Press Agency"}
    assert extract("Il se repose avec SPA et hammam.") == set()  # a word of a sentence


def test_moroccos_national_security_in_an_english_title_is_the_dgsn(extract) -> None:
    assert DGSN_MA in extract("Karim Alami, Director-General of Morocco's National Security, met them.")
    assert extract("He said Morocco's national security was at stake.") == set()


def test_jordans_general_intelligence_directorate_by_its_arabic_name(extract) -> None:
    assert extract("وحضر ممثلون عن دائرة المخابرات العامة ومديرية الأمن العام.") == {
        "General Intelligence Directorate (Jordan)",
        "Public Security Directorate (Jordan)",
    }


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Paul Girard, directeur de la coopération internationale de sécurité, a parlé.", "France"),
        ("Saeed Al Kaabi, Director General of Federal Criminal Police, spoke.", "United Arab Emirates"),
        ("Le directeur de la Sûreté publique saoudienne a parlé.", "Saudi Arabia"),
        ("وقال مدير الأمن العام بالمملكة الأردنية الهاشمية إن التعاون مستمر.", "Jordan"),
    ],
)
def test_a_national_directorate_named_in_its_heads_title(extract, text, body) -> None:
    assert any(name.endswith(f"({body})") for name in extract(text))


def test_an_ambiguous_acronym_the_text_calls_an_agency_names_it(extract) -> None:
    assert extract("Le ministre a déclaré, selon l'agence officielle SPA, que le dialogue progresse.") == {
        "Saudi Press Agency"
    }
    assert extract("the minister told the state agency SPA on Monday") == {"Saudi Press Agency"}
    assert extract("a day at the SPA of the agency's hotel") == set()


def test_an_ambiguous_acronym_between_slashes_in_a_dateline_is_a_marker(extract) -> None:
    assert extract("المنامة في 12 نوفمبر/ بنا / شارك الوزير في الاجتماع.") == {"Bahrain News Agency"}
    assert extract("وقال إن الدولة بنا / الوطن قوية") == set()
    assert extract("see www.example.com/SPA/news for details") == set()


def test_south_and_central_asian_security_bodies_are_known(extract) -> None:
    assert extract("A Border Security Force (BSF) team met Border Guard Bangladesh officials.") == {
        "Border Security Force (India)",
        "Border Guard Bangladesh",
    }
    assert extract("La Structure régionale antiterroriste de l'OCS siège à Tachkent.") >= {
        "Regional Anti-Terrorist Structure of the SCO"
    }
    assert extract("شارك ممثل عن رابطة جنوب آسيا للتعاون الإقليمي.") == {
        "South Asian Association for Regional Cooperation"
    }
    assert extract("the rats were everywhere") == set()  # "RATS" is also a word: a marker only


def test_central_asian_and_east_african_security_bodies_and_outlets_are_known(extract) -> None:
    assert extract("Le Comité de sécurité nationale du Kazakhstan et la Police fédérale éthiopienne ont coopéré.") == {
        "National Security Committee (Kazakhstan)",
        "Ethiopian Federal Police",
    }
    assert extract("selon Sputnik et The Hindu") == {"Sputnik", "The Hindu"}
    assert extract("the sputnik launch and the hindu festival") == set()  # written so, common words


def test_the_g7_and_g20_hong_kong_police_russia_svr_and_china_daily_are_known(extract) -> None:
    assert extract("la réunion des ministres de l'Intérieur du G7 et le sommet du G20") == {
        "Group of Seven",
        "Group of Twenty",
    }
    assert extract("وتعاونت شرطة هونغ كونغ مع جهاز الاستخبارات الخارجية الروسي") == {
        "Hong Kong Police Force",
        "Foreign Intelligence Service (Russia)",
    }
    assert extract("according to China Daily") == {"China Daily"}


def test_an_ambiguous_acronym_listed_with_other_bodies_is_their_peer(extract) -> None:
    """An acronym that is also a word, an item of a list of bodies ("the CSTO, the SCO and the CIS")."""
    assert extract("Delegates of the CSTO, the SCO and the CIS attended.") >= {"Commonwealth of Independent States"}
    assert extract("La CEI et l'OTSC étaient représentées.") >= {"Commonwealth of Independent States"}
    assert extract("The CIS database was updated.") == set()


def test_iraqi_and_kurdish_bodies_and_the_unhcr_in_arabic_word_order_are_known(extract) -> None:
    text = (
        "وحضر ممثلون عن قيادة قوات الحدود العراقية ووزارة شؤون البيشمركة في حكومة إقليم كردستان، "
        "تحت إشراف مفوضية الأمم المتحدة السامية لشؤون اللاجئين."
    )
    assert extract(text) >= {
        "Border Forces Command (Iraq)",
        "Ministry of Peshmerga Affairs (Kurdistan Region)",
        "Kurdistan Regional Government",
        "United Nations High Commissioner for Refugees",
    }


def test_the_gcc_general_secretariat_named_bare_after_the_council_and_its_police_and_drug_centre(extract) -> None:
    text = (
        "اجتمع وزراء الداخلية بدول مجلس التعاون لدول الخليج العربية، وأوضحت الأمانة العامة أن التقرير السنوي "
        "لجهاز الشرطة لدول مجلس التعاون وتقرير مركز المعلومات الجنائية لمكافحة المخدرات لدول مجلس التعاون نوقشا."
    )
    assert extract(text) == {
        "Gulf Cooperation Council",
        "General Secretariat of the Gulf Cooperation Council",
        "GCC Police",
        "GCC Criminal Information Center to Combat Drugs",
    }


def test_bodies_of_russia_china_central_asia_and_turkiye_and_their_outlets_are_known(extract) -> None:
    assert extract("Le Conseil de sécurité collective de l'OTSC et les Forces collectives de réaction rapide.") >= {
        "CSTO Collective Security Council",
        "CSTO Collective Rapid Reaction Forces",
    }
    assert extract("واتهم جهاز الاستخبارات التركي حزب العمال الكردستاني بتنفيذ الهجوم.") == {
        "National Intelligence Organization (Türkiye)",
        "Kurdistan Workers' Party",
    }
    assert extract("selon Kabar et Asia-Plus") == {"Kabar", "Asia-Plus"}
    assert extract("المصدر: RT + نوفوستي") == {"RT", "RIA Novosti"}
    assert extract("the MIT campus and the RT network") == set()  # acronyms that are words too: markers only


def test_national_police_forces_by_their_nationality_forms_in_three_languages(extract) -> None:
    assert extract("La police néerlandaise, la Garde civile et les Mossos d'Esquadra ont démantelé le réseau.") == {
        "National Police (Netherlands)",
        "Civil Guard (Spain)",
        "Mossos d'Esquadra (Catalonia)",
    }
    assert extract("وتعاونت الشرطة الهولندية مع قوة شرطة سنغافورة وبالشرطة الملكية الماليزية.") == {
        "National Police (Netherlands)",
        "Singapore Police Force",
        "Royal Malaysia Police",
    }
    assert extract("The Nigeria Police Force, the NDLEA and the EFCC met the National Crime Agency (NCA).") == {
        "Nigeria Police Force",
        "National Drug Law Enforcement Agency (Nigeria)",
        "Economic and Financial Crimes Commission (Nigeria)",
        "National Crime Agency (United Kingdom)",
    }
    assert extract("the ICE cream was cold, the FIA race ended and la policía belga detuvo") == set()


def test_public_security_ministries_and_state_committees_are_told_apart_by_country_cues(extract) -> None:
    assert extract("Hanoï, 3 mai (VNA) - Le ministère de la Sécurité publique (MPS) du Vietnam a signé.") == {
        "Ministry of Public Security (Vietnam)",
        "Vietnam News Agency",
    }
    assert extract("Le GKNB du Tadjikistan a arrêté un suspect à Douchanbé.") == {
        "State Committee for National Security (Tajikistan)"
    }
    assert extract("Bichkek, le GKNB a arrêté un suspect.") == {"State Committee for National Security (Kyrgyzstan)"}
    # Cameroon's Délégation générale has no bare DGSN (Morocco's name, whose homonyms need cues)
    assert extract("La Délégation générale à la Sûreté nationale a saisi de la drogue à Yaoundé.") == {
        "General Delegation for National Security (Cameroon)"
    }
    assert "General Delegation for National Security (Cameroon)" not in extract("La DGSN a saisi de la drogue.")


def test_arab_and_regional_security_bodies_and_news_agencies_are_known(extract) -> None:
    assert extract("أعلنت الإدارة العامة لمكافحة المخدرات المصرية وقطاع الأمن الوطني المصري") == {
        "Anti-Narcotics General Administration (Egypt)",
        "National Security Sector (Egypt)",
    }
    assert extract("أعلنت الإدارة العامة لمكافحة المخدرات ضبط شحنة.") == set()  # whose? no country, no body
    assert extract("Le Comité exécutif de la Structure régionale antiterroriste de l'OCS s'est réuni.") == {
        "Executive Committee of the SCO Regional Anti-Terrorist Structure",
        "Regional Anti-Terrorist Structure of the SCO",
    }
    assert extract("La CEMAC et le Centre de ciblage du financement du terrorisme (TFTC), selon Belga.") == {
        "Central African Economic and Monetary Community",
        "Terrorist Financing Targeting Center",
        "Belga",
    }


def test_an_agency_credited_in_brackets_after_the_writer(extract) -> None:
    """ "C. A. Ould Sidi (avec AMI)": the agency the writer worked with, though its acronym is a word."""
    assert extract("Les ateliers reprennent mercredi.\\n\\nK. Ould Sidi (avec AMI)") == {"Mauritanian News Agency"}
    assert extract("Il a parlé (avec AMI) aux journalistes.") == set()
