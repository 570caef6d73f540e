"""Dates and headlines on the lines pages put around an article: a date with its clock time opening a
header line, a wire's closing credit with its date, a header of short fields holding the date, and a
two-label section path above the headline (all invented text)."""

import pytest

from archive.importer.cleaning import clean_text
from archive.importer.parsing import parse_record
from archive.importer.readers import RawRecord
from text.dates import has_date_field, is_agency_stamp, is_meta_line
from text.outlets import staff_credit

LEDE_FR = (
    "La commission mixte de sécurité a tenu sa sixième réunion à Nouakchott, sous la présidence des "
    "directeurs généraux des polices des deux pays, qui ont passé en revue la coopération contre les "
    "réseaux de passeurs."
)
LEDE_EN = (
    "Senior officers from twelve countries met in Lisbon to compare notes on maritime smuggling routes, "
    "the seizure of encrypted phones and the exchange of liaison officers between their services."
)


def _parse(text: str):
    return parse_record(RawRecord(origin="x.txt", raw_text=text))


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Le 3 février 2023 à 09:15 - Mis à jour le 4 février 2023", "2023-02-03"),
        ("Publié le 3 février 2023 à 9h15", "2023-02-03"),
        ("February 3, 2023 at 9:15 | Updated February 4, 2023", "2023-02-03"),
    ],
)
def test_a_date_opening_a_header_line_with_its_clock_time_dates_the_article(header, expected):
    text = f"La Mauritanie et le Sénégal renforcent leur coopération policière\n{header}\n\n{LEDE_FR}\n"
    assert str(_parse(text).published) == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        ("هيئة التحرير | 12 فبراير 2031 - 10:05", "2031-02-12"),
        ("Desk staff | March 4, 2031 10:40", "2031-03-04"),
        ("14/05/2031 09:15 | Rédaction", "2031-05-14"),
    ],
)
def test_a_header_field_of_a_date_and_its_clock_time_beside_the_desk_dates_the_article(header, expected):
    text = f"La Mauritanie et le Sénégal renforcent leur coopération policière\n{header}\n\n{LEDE_FR}\n"
    assert str(_parse(text).published) == expected


def test_an_event_date_with_a_time_inside_a_headline_is_not_the_publication_date():
    text = f"Les ministres se réuniront le 3 février 2023 à 10h à Nouakchott\n\n{LEDE_FR}\n"
    assert _parse(text).published is None


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("(XNA) - 21/10/2022", "2022-10-21"),
        ("21/10/2022 (XNA)", "2022-10-21"),
        ("(XNA) 21/10/2022 14:05", "2022-10-21"),
        ("(وكالة) - 21/10/2022", "2022-10-21"),
    ],
)
def test_a_wires_closing_credit_with_a_date_dates_the_article_and_stays_in_the_body(closing, expected):
    text = f"Coopération policière : Nouakchott et Dakar font le point\n\n{LEDE_FR}\n\n{closing}\n"
    article = _parse(text)
    assert str(article.published) == expected
    assert article.body.rstrip().endswith(closing)  # the agency's credit, for extraction
    assert is_agency_stamp(closing)


@pytest.mark.parametrize("line", ["(XNA)", "(voir la photo) 21/10/2022 et la suite du texte", "Nouakchott 21/10/2022"])
def test_other_lines_are_no_agency_stamps(line):
    assert not is_agency_stamp(line)


def test_a_header_of_short_fields_holding_the_date_is_no_menu_and_dates_the_article():
    header = "Communiqué de presse  |  8 mai 2023  |  Genève"
    text = f"{header}\nActualités > Communiqués\n\n{LEDE_FR}\n"
    cleaned = clean_text(text)
    assert header in cleaned.lines  # kept as written: such a header may hold a byline
    assert "Communiqués" not in cleaned.body
    article = _parse(text)
    assert str(article.published) == "2023-05-08"
    assert article.title_derived  # neither the header nor the section path is a headline


def test_a_header_opening_with_the_date_then_the_desk_dates_the_article():
    header = "3 May 2031 | Europol press office, The Hague"
    text = f"Police chiefs compare notes on maritime smuggling\n{header}\n\n{LEDE_EN}\n"
    assert str(_parse(text).published) == "2031-05-03"


def test_a_menu_of_three_items_without_a_date_stays_noise():
    assert not has_date_field("Accueil | Politique | Sécurité") and not is_meta_line("Accueil | Politique | Sécurité")
    cleaned = clean_text(f"Accueil | Politique | Sécurité\n\n{LEDE_FR}\n")
    assert "Accueil" not in cleaned.body


@pytest.mark.parametrize(
    "path",
    ["INTERNATIONAL  >  AFRIQUE", "Newsroom › Press releases", "الرياض | جدة", "News » Europe"],
)
def test_a_section_path_of_two_short_labels_is_not_the_headline(path):
    headline = "Maritime smuggling: twelve police forces agree on a joint watch list"
    article = _parse(f"{path}\n{headline}\nBy Joana Reis | 14 June 2024\n\n{LEDE_EN}\n")
    assert article.title == headline
    assert path not in article.body


@pytest.mark.parametrize("path", ["Actualités > National", "Accueil › Maghreb", "News » Security"])
def test_a_short_line_above_a_section_path_is_the_sites_name_not_the_headline(path):
    """A page opening with its site's name, then its section path, then the headline: the name is the
    masthead (the article's source), the headline the line after the path."""
    headline = "Sécurité : les chefs de la garde côtière réunis à Nouakchott pour leur 7e rencontre"
    byline = "Publié le 3 mars 2031 | Par Awa Ndiaye"
    article = _parse(f"Le Courrier du Fleuve\n{path}\n{headline}\n{byline}\n\n{LEDE_FR}\n")
    assert article.title == headline
    assert article.source_name == "Le Courrier du Fleuve"
    assert "Le Courrier du Fleuve" not in article.body


def test_a_headline_with_a_separator_and_long_parts_is_kept():
    headline = "Sécurité | Les ministres arabes de l'Intérieur se réunissent à Tunis"
    assert _parse(f"{headline}\n\n{LEDE_FR}\n").title == headline


@pytest.mark.parametrize(
    "closing, owner",
    [
        ("© Harbour Times", "Harbour Times"),
        ("Copyright 2031 Sahel Courrier. Tous droits réservés.", "Sahel Courrier"),
        ("Copyright © 2031 Nile Online, all rights reserved", "Nile Online"),
        ("© 2031 Tous droits réservés", None),  # no holder named
        ("© Photo DR", None),  # a photo's credit, no outlet
    ],
)
def test_a_closing_copyright_line_names_the_pages_outlet_where_no_masthead_does(closing, owner):
    article = _parse(f"Une réunion sur la sécurité maritime\n\n{LEDE_FR}\n\n{closing}\n")
    assert article.source_name == owner
    assert closing not in article.body  # still page noise, removed from the body


def test_an_outlets_report_credit_is_a_staff_credit():
    assert staff_credit("Harbour Gazette report")
    assert not staff_credit("Annual report")


@pytest.mark.parametrize("stamp", ["Harbour Hebdo — Sécurité", "Harbour Hebdo – Politique", "Harbour Times | Security"])
def test_an_outlets_stamp_with_its_section_above_the_headline_is_the_source_not_the_headline(stamp):
    article = _parse(f"{stamp}\nRéunion des garde-côtes à Dakar sur la sécurité maritime\n\n{LEDE_FR}\n")
    assert article.title == "Réunion des garde-côtes à Dakar sur la sécurité maritime"
    assert article.source_name == stamp.split(" ")[0] + " " + stamp.split(" ")[1]


def test_a_numeric_dateline_date_with_spaced_en_dashes_dates_the_article():
    article = _parse(
        "الوزراء يجتمعون في الكويت\nالكويت – 12 – 11 – 2031 (كونا) – اجتمع الوزراء أمس في الكويت لبحث التعاون.\n"
    )
    assert str(article.published) == "2031-11-12"


LEDE_AR = (
    "عقدت اللجنة الأمنية المشتركة اجتماعها السادس في نواكشوط برئاسة المديرين العامين للشرطة في البلدين، "
    "واستعرضت التعاون في مكافحة شبكات تهريب المهاجرين."
)
HEADLINE_AR = "وزيرا الداخلية يبحثان تعزيز التعاون في مجال الحدود"


def test_a_date_line_with_its_hijri_date_is_a_stamp_not_the_headline():
    text = f"الخميس 12 مارس 2026 - 23 من رمضان 1447 هـ\n{HEADLINE_AR}\n\n{LEDE_AR}\n"
    parsed = _parse(text)
    assert (parsed.title, str(parsed.published)) == (HEADLINE_AR, "2026-03-12")


@pytest.mark.parametrize("agency", ["الوكالة الصومالية للأنباء", "Agence Somalienne d'Information"])
def test_a_news_agencys_name_above_a_dashed_arabic_menu_is_the_source_not_the_headline(agency):
    text = f"{agency}\nالرئيسية - الأخبار الوطنية - الأخبار الدولية - الاقتصاد - الرياضة\n{HEADLINE_AR}\n\n{LEDE_AR}\n"
    parsed = _parse(text)
    assert (parsed.title, parsed.source_name) == (HEADLINE_AR, agency)


def test_a_sites_domain_and_its_date_with_seconds_is_a_header_not_the_headline():
    headline = "Les polices du Sahel renforcent leur coopération contre les passeurs"
    text = f"Sahel.news.example | 2031-04-22 16:18:05\n{headline}\n{LEDE_FR}\n"
    parsed = _parse(text)
    assert (parsed.title, str(parsed.published)) == (headline, "2031-04-22")


def test_a_closing_stamp_of_a_hijri_date_and_its_corresponding_gregorian_day_dates_the_article():
    """ "الخميس 19 صفر 1452 هـ الموافق 20 يونيو 2030 م": the Hijri date, "الموافق" (corresponding to), the
    Gregorian day and its era mark: a stamp, kept to date the article, not a widget cut from the tail."""
    stamp = "الخميس 19 صفر 1452 هـ الموافق 20 يونيو 2030 م"
    assert is_meta_line(stamp)
    parsed = _parse(f"{HEADLINE_AR}\nنواكشوط في 20 يونيو / وام / {LEDE_AR}\n\n{stamp}\n")
    assert str(parsed.published) == "2030-06-20"


@pytest.mark.parametrize(
    ("stamp", "expected"), [("كونا031045 جمت ديس 30", "2030-12-03"), ("KUNA 031045 GMT Dec 30", "2030-12-03")]
)
def test_a_wires_date_time_group_closing_the_copy_dates_the_article(stamp, expected):
    """ "كونا031045 جمت ديس 30": the agency's code, the day and the clock in GMT, the month and the year (the 3rd
    at 10:45 GMT, December 2030), as KUNA closes its copy under a dateline that gives no year."""
    assert is_meta_line(stamp)
    parsed = _parse(f"{HEADLINE_AR}\nالكويت – 3 – 12 (كونا) -- {LEDE_AR}\n\n{stamp}\n")
    assert str(parsed.published) == expected


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("الأربعاء 1 ذو الحجة 1452 هـ - 28 أيار 2030", "2030-05-28"),
        ("الثلاثاء 13 جمادى الأولى 1452هـ الموافق 9 سبتمبر 2030م", "2030-09-09"),
    ],
)
def test_a_date_line_opening_on_the_weekday_of_its_hijri_date_is_a_stamp_not_the_headline(stamp, expected):
    """The weekday opens the Hijri date, the Gregorian day follows (after a dash, or "الموافق"): the page's
    date line, whose day dates the article; the headline is the line under it."""
    parsed = _parse(f"{stamp}\n{HEADLINE_AR}\n\n{LEDE_AR}\n")
    assert (parsed.title, str(parsed.published)) == (HEADLINE_AR, expected)


def test_a_dateline_of_a_city_and_a_slash_above_the_headline_is_no_headline():
    parsed = _parse(f"أخبار | سياسة | أمن | اقتصاد | رياضة\nبغداد / 10 أيلول 2030\n{HEADLINE_AR}\n\n{LEDE_AR}\n")
    assert (parsed.title, str(parsed.published)) == (HEADLINE_AR, "2030-09-10")


def test_a_wires_code_and_name_above_its_menu_are_the_source_not_the_headline():
    headline = "Maritime smuggling: twelve police forces agree on a joint watch list"
    parsed = _parse(f"SNA\nSahel News Agency\nHome | World | Business | Sports\n{headline}\n\n{LEDE_EN}\n")
    assert (parsed.title, parsed.source_name) == (headline, "Sahel News Agency")


def test_a_mis_en_ligne_line_dates_the_article():
    parsed = _parse(f"Réunion des garde-côtes à Dakar\nMis en ligne le 24 avril 2031 à 16h02\n\n{LEDE_FR}\n")
    assert str(parsed.published) == "2031-04-24"


def test_a_sites_name_and_what_it_is_above_its_menu_name_the_source():
    """ "Sahel Wire English | News Agency" above the menu: the site is "Sahel Wire English"; "News Agency"
    names no body, and the word after it on the next line is no outlet's name."""
    headline = "Maritime smuggling: twelve police forces agree on a joint watch list"
    text = f"Sahel Wire English | News Agency\nNational | Economy | World | Culture\n{headline}\n\n{LEDE_EN}\n"
    parsed = _parse(text)
    assert (parsed.title, parsed.source_name) == (headline, "Sahel Wire English")
    assert "News Agency" not in parsed.body
