"""The clean stage: page noise recognised by shape, headline and metadata lines set apart (and
read by the describe stage, `archive.importer.parsing`)."""

import pytest

from archive.importer.cleaning import (
    clean_text,
    derive_title,
    has_button_row,
    headline_shaped,
    is_author_line,
    is_list_line,
    is_widget,
    shorten,
)
from archive.importer.parsing import article_url, marker_date, source_named
from text.datelines import strip_dateline
from text.dates import url_date
from text.partial_date import PartialDate
from text.sentences import first_sentence

PARAGRAPH = (
    "Les délégués ont examiné les moyens de renforcer l'échange d'informations entre les services de police "
    "des pays membres, notamment dans la lutte contre la cybercriminalité et le trafic de stupéfiants."
)
PARAGRAPH_2 = (
    "La prochaine réunion se tiendra au siège du secrétariat général, qui présentera un rapport d'étape sur "
    "la mise en oeuvre des recommandations adoptées."
)


@pytest.mark.parametrize(
    "line",
    [
        "Accueil | Politique | Société | Économie | Monde | Sport | Contact",
        "Accueil > Politique > Sécurité",
        "Home › News › Security",
        "Home   World   Security   Opinion   Contact",
        "الرئيسية | محليات | عربي ودولي | اقتصاد | رياضة",
        "Bourse : le marché en hausse\u00a0 \u00a0 Météo : des pluies attendues\u00a0 \u00a0 Sport : le derby reporté",
        "عاجل    طقس الثلاثاء: أمطار متفرقة    أسعار المحروقات تستقر    انطلاق حملة تلقيح",
        "Partager :  Facebook  Twitter  LinkedIn  WhatsApp",
        "EN DIRECT ▸ Rugby : le XV en stage à Marcoussis ▸ Météo : orages attendus sur le Rhône",
        "Breaking ■ Port strike ends in Antwerp ■ Rail fares rise in April",
        "عاجل ▶ افتتاح معرض الكتاب ▶ أمطار غزيرة في الشمال",
    ],
)
def test_list_lines(line):
    assert is_list_line(line)


@pytest.mark.parametrize(
    "line",
    [
        PARAGRAPH,
        "Il a pris la parole.  Les délégués ont applaudi.  La séance a été levée.",  # double-spaced prose
        "Le ministre a déclaré que  la coopération reste essentielle pour  la région",
        "Le ministre,  accompagné du wali,  a inauguré le siège",
        "Publié le 16/05/2017 à 11h20 | Par Nadia Berrada",
        "Photo : MAP / DGSN / Archives",
        "تونس – الأربعاء 2 آذار 2022 | افتتحت اليوم في العاصمة التونسية أعمال الدورة.",
        "الدوحة في 5 يونيو 2021 / قنا / افتتح وزير الداخلية اليوم أعمال الملتقى الأمني الخليجي الأول.",
    ],
)
def test_prose_is_not_a_list(line):
    assert not is_list_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez. Accepter | Refuser",
        "This site uses cookies. By continuing you agree.   Accept   Manage settings",
        "يستخدم هذا الموقع ملفات تعريف الارتباط. بمواصلتك فإنك توافق.   موافق   المزيد من المعلومات",
    ],
)
def test_banners_ending_in_buttons(line):
    assert has_button_row(line)


def test_a_sentence_is_not_a_banner():
    assert not has_button_row(PARAGRAPH)
    assert not has_button_row("Le ministre a pris la parole.  Selon  lui")


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi : Sécurité routière : un nouveau plan présenté",
        "Read also: Marrakech steps up security arrangements",
        "اقرأ أيضا: مراكش.. افتتاح أشغال الجمعية العامة",
        "Cliquez ici pour consulter l'article original.",
        "Newsletter : recevez l'essentiel chaque soir. Je m'abonne",
        "Commentaires (0) — Soyez le premier à réagir",
        "Tags : Interpol, Europol, coopération",
        "Sign up for our daily briefing and get the top stories in your inbox.",
        "Facebook Twitter WhatsApp",
        "© 2024 Le Journal. Tous droits réservés.",
        "Vos réactions",
    ],
)
def test_widgets(line):
    assert is_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        PARAGRAPH,
        "Partager les renseignements entre services reste la priorité, a-t-il dit.",
        "شارك في الاجتماع ممثلون عن الإنتربول ومكتب الأمم المتحدة المعني بالمخدرات والجريمة.",
        "Photo : Salma Idrissi",
    ],
)
def test_not_widgets(line):
    assert not is_widget(line)


def test_headline_shape():
    assert headline_shaped("Le Maroc élu vice-président d'Interpol pour l'Afrique")
    assert headline_shaped("طنجة.. اختتام المؤتمر السابع والأربعين لقادة الشرطة والأمن العرب")
    assert not headline_shaped(PARAGRAPH)
    assert not headline_shaped("Sécurité")
    assert not headline_shaped("Photo : Salma Idrissi Benali Alaoui")
    assert not headline_shaped("Publié dans Barlamane le 06 - 12 - 2023")


def test_marker_alone_then_headline_then_body():
    cleaned = clean_text(f" date 2024-11\nInterpol : la 92e session s'ouvre à Glasgow\nPar Jean Martin\n{PARAGRAPH}")
    assert cleaned.marker == "2024-11"  # set apart as written; the describe stage reads it
    assert marker_date(cleaned.marker) == PartialDate(2024, 11)
    assert cleaned.title == "Interpol : la 92e session s'ouvre à Glasgow"
    assert cleaned.body == f"Par Jean Martin\n{PARAGRAPH}"  # the byline stays for person extraction


def test_marker_below_a_long_ticker_of_other_headlines():
    ticker = (
        "Flash info : orages attendus sur la côte sud ce soir +++ Basket : les Lions qualifiés pour la finale "
        "+++ Port : reprise du trafic des conteneurs après trois jours de grève"
    )
    cleaned = clean_text(f"{ticker}\n date 2031-06\n{PARAGRAPH}")
    assert len(ticker) > 120 and cleaned.marker == "2031-06"
    assert "date 2031-06" not in cleaned.body


def test_marker_inline_with_the_text():
    cleaned = clean_text(f" date 2023-01-09 Abou Dhabi – {PARAGRAPH}\n\n{PARAGRAPH_2}")
    assert marker_date(cleaned.marker) == PartialDate(2023, 1, 9)
    assert cleaned.title is None
    assert cleaned.body == f"Abou Dhabi – {PARAGRAPH}\n\n{PARAGRAPH_2}"


def test_an_invalid_marker_is_dropped_without_a_date():
    cleaned = clean_text(f" date 2024-13\n{PARAGRAPH}")
    assert cleaned.marker == "2024-13"
    assert marker_date(cleaned.marker) is None
    assert cleaned.body == PARAGRAPH


def test_published_in_line_anchors_the_headline_and_names_the_source():
    text = (
        "Sport : le derby reporté\u00a0 \u00a0 Bourse : hausse\u00a0 \u00a0 Météo : pluies\n\n\n"
        "Signalement envoyé!\nCette photo sera retirée après vérification par nos équipes.\n\n"
        "À Tunis, la 48e conférence des chefs de police arabes ouverte\n"
        "Publié dans La Gazette du Sud le 18 - 12 - 2024\n\n"
        f"{PARAGRAPH}\n\nCliquez ici pour lire l'article sur le site de la source.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.title == "À Tunis, la 48e conférence des chefs de police arabes ouverte"
    assert cleaned.meta_lines == ["Publié dans La Gazette du Sud le 18 - 12 - 2024"]
    assert source_named(cleaned.meta_lines) == "La Gazette du Sud"
    assert cleaned.body == PARAGRAPH
    assert "Publié dans La Gazette du Sud le 18 - 12 - 2024" in cleaned.lines  # dates are read there


def test_no_headline_when_the_text_opens_with_a_paragraph():
    cleaned = clean_text(f"Accueil | Monde | Sport\nVienne, 28 novembre 2023 (MAP) – {PARAGRAPH}\n\n{PARAGRAPH_2}")
    assert cleaned.title is None
    assert cleaned.body.startswith("Vienne, 28 novembre 2023 (MAP) – ")


@pytest.mark.parametrize(
    "menu",
    [
        "SahelInfo Politique Economie Société Monde Sport Culture Vidéos",
        "Home News World Business Politics Sport Opinion Videos",
        "الرئيسية أخبار سياسة اقتصاد رياضة ثقافة",
    ],
)
def test_a_menu_written_with_single_spaces_is_no_headline(menu):
    """A site's sections side by side with no mark between them: a menu, the headline the line below."""
    cleaned = clean_text(f"{menu}\nLes polices du Sahel renforcent leur coopération\n{PARAGRAPH}\n\n{PARAGRAPH_2}")
    assert cleaned.title == "Les polices du Sahel renforcent leur coopération"
    assert menu not in cleaned.body
    assert cleaned.masthead == ("SahelInfo" if menu.startswith("SahelInfo") else None)


@pytest.mark.parametrize(
    "line", ["Politique, économie et sport au menu du sommet", "Politique Economie Société Monde : le ministre parle."]
)
def test_section_words_in_a_headline_leave_it_a_headline(line):
    assert clean_text(f"{line}\n{PARAGRAPH}\n\n{PARAGRAPH_2}").title == line


def test_a_wires_signature_after_its_code_with_mashreq_given_names_is_kept():
    """ "QNA/Hatem Saleh/Reem Khalil": the agency's code, then names opening with given names the
    generated list lacks; a signature, kept in the body for person discovery, not a widget's tail."""
    cleaned = clean_text(f"{PARAGRAPH}\n\n{PARAGRAPH_2}\n\nQNA/Hatem Saleh/Reem Khalil\n")
    assert cleaned.body.endswith("QNA/Hatem Saleh/Reem Khalil")


@pytest.mark.parametrize(
    "banner",
    [
        "Ce site utilise des cookies pour vous garantir la meilleure expérience. En continuant, vous acceptez "
        "notre politique de confidentialité.  OK",
        "We use cookies to improve your experience on our site. Accept",
    ],
)
def test_a_cookie_banner_above_the_headline_is_noise(banner):
    cleaned = clean_text(f"{banner}\nLes polices du Sahel renforcent leur coopération\n{PARAGRAPH}\n\n{PARAGRAPH_2}")
    assert cleaned.title == "Les polices du Sahel renforcent leur coopération"
    assert "cookies" not in cleaned.body


@pytest.mark.parametrize("agency", ["وكالة نواكشوط للأنباء", "Gambia News Agency", "Agence Sahel Presse"])
def test_a_news_agencys_name_alone_above_the_headline_is_the_masthead(agency):
    cleaned = clean_text(f"{agency}\nLes polices du Sahel renforcent leur coopération\n{PARAGRAPH}\n\n{PARAGRAPH_2}")
    assert cleaned.title == "Les polices du Sahel renforcent leur coopération"
    assert cleaned.masthead == agency


def test_duplicated_paragraph_keeps_the_first():
    cleaned = clean_text(f"Un titre de trois mots\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n{PARAGRAPH}\n")
    assert cleaned.body == f"{PARAGRAPH}\n\n{PARAGRAPH_2}"


def test_images_links_and_urls():
    text = (
        "Marrakech opens the 93rd INTERPOL General Assembly\n"
        "https://www.example.ma/2025/11/marrakech-interpol/\n"
        "![Delegates](https://cdn.example.ma/uploads/2025/11/ga.jpg)\n"
        f"{PARAGRAPH} See [the programme](https://www.example.org/programme).\n"
    )
    cleaned = clean_text(text)
    assert article_url(cleaned.url_lines) == "https://www.example.ma/2025/11/marrakech-interpol/"
    assert "https://cdn.example.ma/uploads/2025/11/ga.jpg" in cleaned.urls
    assert cleaned.body == f"{PARAGRAPH} See the programme."


def test_the_article_url_is_the_first_alone_on_its_line_that_is_no_image():
    text = f"https://cdn.example.org/a/photo.JPG?w=800\nhttps://news.example.org/2024/03/article\n{PARAGRAPH}\n"
    cleaned = clean_text(text)
    assert cleaned.url_lines == [
        "https://cdn.example.org/a/photo.JPG?w=800",
        "https://news.example.org/2024/03/article",
    ]
    assert article_url(cleaned.url_lines) == "https://news.example.org/2024/03/article"
    assert article_url(["https://cdn.example.org/only.png"]) is None


def test_tail_widgets_go_credits_and_signatures_stay():
    text = (
        f"{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n(MAP)\nCrédit photo : DGSN / Anas Mernissi\n"
        "Réagissez à cet article\nVotre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués *\n"
        "أضف تعليقك\nالاسم *\nLaisser un commentaire\n"
    )
    assert clean_text(text).body == f"{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n(MAP)\nCrédit photo : DGSN / Anas Mernissi"


@pytest.mark.parametrize(
    "last",
    [
        "Fondée en 1923, Interpol compte 196 pays membres.",
        "Le ministère n'a pas fait de commentaires.",
        "Cette visite vient s'inscrire dans le cadre du partenariat stratégique.",
    ],
)
def test_a_short_last_sentence_is_kept(last):
    assert clean_text(f"{PARAGRAPH}\n\n{last}\n").body.endswith(last)


def test_a_sentence_opening_like_metadata_stays_in_the_body():
    line = "Publié en 2019, le rapport d'Interpol soulignait déjà la menace des drones."
    assert clean_text(f"{PARAGRAPH}\n{line}\n{PARAGRAPH_2}").body == f"{PARAGRAPH}\n{line}\n{PARAGRAPH_2}"


def test_a_given_title_is_not_searched_and_not_repeated():
    cleaned = clean_text(f"Le titre donné\n{PARAGRAPH}", title="Le titre donné")
    assert cleaned.title is None
    assert cleaned.body == PARAGRAPH


def test_html_entities_are_decoded():
    assert clean_text("L&#39;Assembl&eacute;e g&eacute;n&eacute;rale s&#39;est ouverte &agrave; Vienne.").body == (
        "L'Assemblée générale s'est ouverte à Vienne."
    )


def test_strip_dateline():
    assert strip_dateline("Vienne, 28 novembre 2023 (MAP) – Le Maroc prend part") == "Le Maroc prend part"
    assert strip_dateline("Tunis – La 42ème session s'est tenue") == "La 42ème session s'est tenue"
    assert strip_dateline("تونس – الأربعاء 2 آذار 2022 | افتتحت اليوم") == "افتتحت اليوم"
    assert strip_dateline("Marrakech se prépare à accueillir, du 24 au 27 novembre") == (
        "Marrakech se prépare à accueillir, du 24 au 27 novembre"
    )


def test_first_sentence_skips_abbreviations():
    assert first_sentence("Le ministre, M. Laftit, a parlé. Puis il est parti.") == "Le ministre, M. Laftit, a parlé."
    assert first_sentence("S.M. le Roi a reçu le président. Ensuite") == "S.M. le Roi a reçu le président."


def test_shorten_cuts_on_a_word():
    title = shorten("mot " * 60, 120)
    assert len(title) <= 120
    assert title.endswith("mot…")


def test_derived_title_from_the_first_sentence_without_dateline():
    body = (
        f"Par Nadia Lahlimi – 26 février 2024\n\nTunis, 01/03/2023 (MAP) – Le Maroc participe aux travaux. {PARAGRAPH}"
    )
    assert derive_title(body) == "Le Maroc participe aux travaux"
    long_title = derive_title(PARAGRAPH)
    assert len(long_title) <= 120
    assert long_title.startswith("Les délégués ont examiné") and long_title.endswith("…")


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting by Chinedu Okafor; Editing by Amaka Eze",
        "(Additional reporting by Sarah White; Writing by Tom Black)",
        "Propos recueillis par Nadia Lahlimi",
        "Rédaction : Karim Tazi",
        "إعداد: يوسف الإدريسي",
        "سناء الوردي – تونس",
        "محمد بن علي كومان – تونس",
        "Nadia Berrada, Rabat",
        "A.Bennis",
        "A. Bennis",
    ],
)
def test_closing_credits_and_bylines_stay_widgets_go(credit):
    text = f"{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n{credit}\nShare : Facebook | X | LinkedIn\nRéagissez à cet article\n"
    assert clean_text(text).body == f"{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n{credit}"


def test_a_newsletter_line_is_no_credit():
    text = f"{PARAGRAPH}\n\nRédaction : inscrivez-vous à notre newsletter\n"
    assert clean_text(text).body == PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "Accueil – Monde",
        "Politique – Sécurité – Maroc",
        "Sport, Football",
        "Tunis – Rabat",
        "Rabat : ouverture des travaux",
        "الحموشي يستقبل رئيس الأنتربول - الرباط",  # a headline: four words, no kinship particle
    ],
)
def test_not_author_lines(line):
    assert not is_author_line(line)


@pytest.mark.parametrize("byline", ["Par A.Bennis", "Par A. Bennis", "بقلم: كمال العلوي", "الرباط: كمال العلوي"])
def test_opening_bylines_stay_in_the_body_and_are_no_headline(byline):
    cleaned = clean_text(f"{byline}\n{PARAGRAPH}\n\n{PARAGRAPH_2}")
    assert cleaned.title is None
    assert cleaned.body == f"{byline}\n{PARAGRAPH}\n\n{PARAGRAPH_2}"
    headed = clean_text(f"Le Maroc élu vice-président d'Interpol pour l'Afrique\n{byline}\n{PARAGRAPH}")
    assert headed.title == "Le Maroc élu vice-président d'Interpol pour l'Afrique"
    assert headed.body == f"{byline}\n{PARAGRAPH}"


def test_a_headline_ending_with_a_period():
    headline = "Conseil des ministres arabes de l'Intérieur : ouverture de la 37ème session à Tunis."
    anchored = clean_text(f"{headline}\nPublié dans Le Quotidien le 04 - 03 - 2020\n\n{PARAGRAPH}")
    assert anchored.title == headline
    assert anchored.body == PARAGRAPH
    alone = clean_text(f"{headline}\n{PARAGRAPH}\n\n{PARAGRAPH_2}")
    assert alone.title == headline
    assert alone.body == f"{PARAGRAPH}\n\n{PARAGRAPH_2}"


@pytest.mark.parametrize(
    "opening",
    [
        "Le Maroc a pris part aux travaux.",  # a short lede followed by a short paragraph
        "Tunis – La session s'est ouverte.",  # a dateline opens a lede, not a headline
        "Le ministre a reçu son homologue. Ils ont signé un accord.",  # two sentences
    ],
)
def test_a_short_lede_is_no_headline(opening):
    follow = PARAGRAPH if opening.startswith(("Tunis", "Le ministre")) else "Il a pris la parole."
    cleaned = clean_text(f"{opening}\n{follow}")
    assert cleaned.title is None
    assert cleaned.body.startswith(opening)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Le 9 déc. 2024, le Dr. Al-Raisi a parlé. Puis il est parti.", "Le 9 déc. 2024, le Dr. Al-Raisi a parlé."),
        ("Réunion le 5 janv. 2023 à Tunis. Suite", "Réunion le 5 janv. 2023 à Tunis."),
        ("On Dec. 9, Maj. Gen. Laka spoke. Then", "On Dec. 9, Maj. Gen. Laka spoke."),
        ("Le U.N. envoy arrived. Then", "Le U.N. envoy arrived."),
        ("Les délégués, env. trois cents, ont voté. Puis", "Les délégués, env. trois cents, ont voté."),
        ("Il a été élu en déc. Ensuite il a parlé.", "Il a été élu en déc."),
    ],
)
def test_first_sentence_skips_dated_abbreviations(text, sentence):
    assert first_sentence(text) == sentence


def test_derived_title_is_not_cut_in_an_abbreviated_dateline():
    body = f"Alger, 9 déc. 2024 (APS) - Les travaux de l'Assemblée générale se sont ouverts lundi. {PARAGRAPH}"
    assert derive_title(body) == "Les travaux de l'Assemblée générale se sont ouverts lundi"
    assert derive_title("Par A. Bennis\n" + body) == "Les travaux de l'Assemblée générale se sont ouverts lundi"


@pytest.mark.parametrize("date_line", ["Jeudi 3 avril 2025", "March 4, 2026", "الخميس 3 أبريل 2025", "03/04/2025"])
def test_a_date_alone_above_the_headline_is_not_the_headline(date_line):
    text = f"{date_line}\nLa brigade fluviale reçoit deux vedettes neuves\n" + "Le texte de l'article suit ici. " * 12
    assert clean_text(text).title == "La brigade fluviale reçoit deux vedettes neuves"


_ARTICLE = "Un titre d'article assez long pour un titre\n\n" + "Le texte de l'article suit ici. " * 12


@pytest.mark.parametrize(
    "signature",
    [
        "Karim Benslimane",
        "S. NDOYE",
        "APS/Karim Benslimane/Leila Mansouri",
        "Pham Van Long/VNA",  # the name first, then the agency's code
        "Rédaction – B.K.",
        "Envoyée spéciale : S. B. Diallo",
        "Reporting by Jon Ferrers; editing by T.W.",
    ],
)
def test_a_journalists_signature_at_the_end_stays_in_the_body(signature):
    text = _ARTICLE + "\n\n" + signature
    assert clean_text(text).body.endswith(signature)


@pytest.mark.parametrize("line", ["Related Articles", "Lire aussi", "Most Read Stories"])
def test_a_widgets_short_line_at_the_end_is_still_removed(line):
    text = _ARTICLE + "\n\n" + line
    assert line not in clean_text(text).body


@pytest.mark.parametrize("credit", ["Sahel Gazette", "Desert Times Staff", "Le Petit Courrier/LPC", "واحة ميديا"])
def test_an_outlet_credit_closing_the_article_stays_in_the_body(credit):
    cleaned = clean_text(f"{PARAGRAPH}\n\n{credit}\n\nPartager : Facebook Twitter\n")
    assert cleaned.body == f"{PARAGRAPH}\n\n{credit}"


def test_a_short_label_closing_the_article_is_still_cut():
    assert clean_text(f"{PARAGRAPH}\n\nLatest News\n").body == PARAGRAPH


def test_an_outlet_credit_with_the_date_stays_in_the_body():
    cleaned = clean_text(f"{PARAGRAPH}\n\nSahel Times | 3 mars 2025\n")
    assert cleaned.body == f"{PARAGRAPH}\n\nSahel Times | 3 mars 2025"


@pytest.mark.parametrize("credit", ["Avec AFP", "— With inputs from XNA", "-- NEWSAG", "(avec MAP/APS)"])
def test_the_agencies_a_story_draws_on_stay_in_the_body(credit):
    cleaned = clean_text(f"{PARAGRAPH}\n\n{credit}\n\nPartager : Facebook Twitter\n")
    assert cleaned.body == f"{PARAGRAPH}\n\n{credit}"


def test_a_marker_below_a_menu_and_a_byline_is_set_apart():
    text = "Accueil | Monde | Sport\nPar Lina SAADE\n date 2024-11\n" + PARAGRAPH
    cleaned = clean_text(text)
    assert cleaned.marker == "2024-11"
    assert "date 2024-11" not in cleaned.body


def test_a_date_line_inside_the_prose_is_no_marker():
    text = PARAGRAPH + "\n" + PARAGRAPH + "\n date 2024-11\n" + PARAGRAPH
    assert clean_text(text).marker is None


def test_a_wires_closing_stamp_is_kept_for_the_describe_stage():
    cleaned = clean_text(f"{PARAGRAPH}\n\n--(XNA) a b/ c d\n03/03/2025 10:41:07\n")
    assert "03/03/2025 10:41:07" in cleaned.meta_lines
    assert "10:41:07" not in cleaned.body


def test_a_ticker_above_the_headline_is_no_title():
    text = (
        "EN CONTINU ▸ Rugby : le XV en stage à Marcoussis ▸ Météo : orages attendus sur le Rhône\n"
        "Lyon : ouverture du salon des douanes européennes\n" + PARAGRAPH_2 + " " + PARAGRAPH_2 + "\n"
    )
    assert clean_text(text).title == "Lyon : ouverture du salon des douanes européennes"


_ARABIC_STORY = "وزير الداخلية يستقبل وفدا أمنيا\n\nاستقبل الوزير وفدا أمنيا لبحث التعاون في مكافحة التهريب.\n\n"


def test_authors_parted_by_a_slash_close_the_story_and_stay_in_the_body():
    text = _ARABIC_STORY + "سعيد الزاوي/ كمال بن عيسى\n"
    assert clean_text(text).body.endswith("سعيد الزاوي/ كمال بن عيسى")


def test_an_arabic_wires_code_and_its_writers_close_the_story():
    text = _ARABIC_STORY + "قنا/سعيد الزاوي/كمال بن عيسى\n"
    assert clean_text(text).body.endswith("قنا/سعيد الزاوي/كمال بن عيسى")


@pytest.mark.parametrize("author", ["نادية الشرقاوي", "فاطمة الزهراء بنعلي"])
def test_one_authors_name_alone_closing_the_story_stays_in_the_body(author):
    assert clean_text(_ARABIC_STORY + author + "\n").body.endswith(author)
    assert not clean_text(_ARABIC_STORY + "تابعونا على فيسبوك\n").body.endswith("فيسبوك")


def test_a_closing_line_with_a_slash_and_no_names_is_still_noise():
    text = _ARABIC_STORY + "الرئيسية/ أخبار\n"
    assert "الرئيسية" not in clean_text(text).body


@pytest.mark.parametrize(
    ("text", "masthead", "title"),
    [
        # the menu's first item is the site
        (
            "Sahel Hebdo | Politique | Economie | Société | Monde | Sport\nLe Niger accueille une réunion de police\n\n"
            "Les chefs de police de la région se sont réunis lundi à Niamey pour discuter de la sécurité.",
            "Sahel Hebdo",
            "Le Niger accueille une réunion de police",
        ),
        # the site's name on the line above its menu (a URL between them), never the headline
        (
            "AMP - Agence Minérale de Presse\nhttps://amp.example/2031/02/12/reunion\n"
            "Accueil  Actualités  Nationales  Internationales  Economie  Contact\n"
            "Ouverture de la réunion des chefs de police\n\n"
            "Les chefs de police de la région se sont réunis lundi à Niamey pour discuter de la sécurité.",
            "AMP - Agence Minérale de Presse",
            "Ouverture de la réunion des chefs de police",
        ),
        # a section or a country opening the menu is no site
        (
            "Algérie | Monde | Economie | Sport | Culture | Santé\nUne réunion de police à Alger\n\n"
            "Les chefs de police de la région se sont réunis lundi à Alger pour discuter de la sécurité.",
            None,
            "Une réunion de police à Alger",
        ),
        # a breadcrumb opening on the home page ("الصفحة الرئيسية", the page that is the site's home)
        (
            "الصفحة الرئيسية › أخبار محلية › عربي ودولي › رياضة\nاجتماع أمني في عمّان\n\n"
            "عقد مسؤولو الأمن في المنطقة اجتماعا يوم الاثنين لبحث التعاون في مجال مكافحة التهريب.",
            None,
            "اجتماع أمني في عمّان",
        ),
    ],
)
def test_the_sites_name_at_the_top_of_the_page(text, masthead, title):
    cleaned = clean_text(text)
    assert (cleaned.masthead, cleaned.title) == (masthead, title)
    assert not masthead or masthead not in cleaned.body


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a ticker of other stories above the headline, the page's update line below it
        (
            "Flash info : Incendie à Oran – Grève des dockers à Sfax\nLa police des frontières renforce ses contrôles\n"
            "20310212-INT-0042 | Mis à jour le 12 février 2031\n\n"
            "Les contrôles ont été renforcés lundi aux postes-frontières du pays, a annoncé la direction.",
            "La police des frontières renforce ses contrôles",
        ),
        # a dateline alone above the headline
        (
            "Nouadhibou – 12/02/2031\nLa garde côtière saisit deux pirogues\n\n"
            "La garde côtière a saisi lundi deux pirogues transportant des migrants au large de la ville.",
            "La garde côtière saisit deux pirogues",
        ),
        # a kicker or a masthead in capitals above a headline in lower case
        (
            "PRAIA FORUM 2031 | SECURITY\nAtlantic security forum closes in Praia\nby Ana Lopes\n\n"
            "The forum closed on Wednesday after two days of debates among security officials.",
            "Atlantic security forum closes in Praia",
        ),
    ],
)
def test_page_furniture_above_the_headline_is_no_headline(text, title):
    assert clean_text(text).title == title


def test_a_dateline_alone_above_the_headline_still_dates_the_article():
    cleaned = clean_text(
        "Nouadhibou – 12/02/2031\nLa garde côtière saisit deux pirogues\n\n"
        "La garde côtière a saisi lundi deux pirogues transportant des migrants au large de la ville."
    )
    assert "Nouadhibou – 12/02/2031" in cleaned.lines


def test_a_wires_end_mark_and_editors_initials_make_no_button_row():
    line = "وحضر الاجتماع من الجانب الكويتي مدير الإدارة العامة اللواء سالم العنزي. (النهاية) م ع / ر ب"
    assert not has_button_row(line)
    assert has_button_row("En poursuivant, vous acceptez leur utilisation. Accepter | Paramétrer")


def test_the_pages_date_above_the_sites_name_leaves_the_site_as_masthead():
    text = (
        "Tuesday, 14 June 2031\nTHE KALAHARI SENTINEL\nNews | Politics | Business | Sport | Opinion\n"
        "Police chiefs meet in Gaborone for a regional conference\n\n"
        "Police chiefs from twelve countries met on Tuesday in Gaborone for a regional conference on crime."
    )
    cleaned = clean_text(text)
    assert (cleaned.masthead, cleaned.title) == (
        "THE KALAHARI SENTINEL",
        "Police chiefs meet in Gaborone for a regional conference",
    )


@pytest.mark.parametrize(
    ("closing", "owner"),
    [
        ("Follow Sahel Daily News on WhatsApp for breaking news", "Sahel Daily News"),
        ("Suivez Le Courrier du Sud sur Facebook", "Le Courrier du Sud"),
        ("More from Gulf Evening Times: Two states sign a deal on coast guards", "Gulf Evening Times"),
    ],
)
def test_a_pages_promotion_of_itself_names_its_owner_and_is_no_copy(closing, owner):
    cleaned = clean_text(f"The ministers met in Manama on Monday to review the plan.\n\n{closing}\n")
    assert cleaned.owner == owner
    assert closing not in cleaned.body
    # a sentence of the copy that follows someone is no promotion
    assert clean_text("Follow the money on Monday, he said.\n").owner is None


@pytest.mark.parametrize("credit", ["تحرير كمال العلوي", "إعداد نادية الشرقاوي", "عدسة سمير البقالي"])
def test_an_arabic_credit_without_a_colon_stays_among_the_tail_widgets(credit):
    """The Arabic finder reads these leads as credits: the clean stage must keep their lines."""
    text = f"{PARAGRAPH}\n\n{credit}\nأضف تعليقك\nالاسم *\n"
    assert clean_text(text).body == f"{PARAGRAPH}\n\n{credit}"


@pytest.mark.parametrize("credit", ["MAP - Oran", "Oran - APS", "(APS) – Oran"])
def test_an_agency_and_city_line_above_the_headline_is_no_headline(credit):
    """ "MAP - Rabat" above the headline: the wire's credit and the story's city, no headline; it stays
    in the text, where the agency is read."""
    cleaned = clean_text(f"{credit}\nCoopération sécuritaire : le ministre reçoit son homologue\n{PARAGRAPH}")
    assert cleaned.title == "Coopération sécuritaire : le ministre reçoit son homologue"
    assert credit in cleaned.body


def test_a_dateline_alone_on_the_first_line_is_no_headline():
    """ "Maseru. Friday, March 14, 2031" above the headline: the story's place and day, not its title."""
    from archive.importer.cleaning import clean_text

    cleaned = clean_text(
        "Maseru. Friday, March 14, 2031\nLesotho hands over the chair at the ministers' meeting\n"
        "By Our Correspondent\nLesotho has handed over the chairmanship of the organisation to Namibia.\n"
    )
    assert cleaned.title == "Lesotho hands over the chair at the ministers' meeting"


def test_a_marker_followed_by_the_articles_first_words_on_its_line():
    text = (
        "عاجل    خبر أول عن الطقس    خبر ثان عن الرياضة    خبر ثالث عن الاقتصاد الوطني "
        "والأسواق المالية في البلاد اليوم\n"
        " date 2031-07-21 أديس أبابا – عقد المجلس اليوم اجتماعه الوزاري لبحث الأمن في المنطقة.\n\n"
        "وقال المفوض إن الوضع يتطلب تنسيقا أكبر بين الدول الأعضاء.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.marker == "2031-07-21"
    assert cleaned.body.startswith("أديس أبابا – عقد المجلس")
    assert "date 2031" not in cleaned.body


@pytest.mark.parametrize("byline", ["R. Sedou | 17/12/2025", "17/12/2025 | J.-P. Ragot"])
def test_an_author_by_initials_beside_a_date_stays_in_the_body(byline):
    """A byline of initials and a surname with the date in another field of its line: the author is
    the article's (the body keeps him for extraction); the period after an initial closes no sentence,
    so the line is no row of buttons either."""
    cleaned = clean_text(f"Le Maroc prend part à la conférence régionale de Yaoundé\n{byline}\n{PARAGRAPH}")
    assert cleaned.body == f"{byline}\n{PARAGRAPH}"
    assert byline in cleaned.lines


@pytest.mark.parametrize(
    ("line", "stored"),
    [
        ("www.example.org/2025/04/16/forum.html", "https://www.example.org/2025/04/16/forum.html"),
        ("english.example.cn/africa/20250416/c_forum.htm", "https://english.example.cn/africa/20250416/c_forum.htm"),
    ],
)
def test_an_address_copied_without_its_scheme_is_the_articles_url(line, stored):
    """An address bar copied without "https://" is the article's URL (a web address it can store: the
    record was refused for it), and its date still dates the article."""
    cleaned = clean_text(f"{line}\n{PARAGRAPH}")
    assert cleaned.url_lines == [line]
    assert cleaned.body == PARAGRAPH
    assert article_url(cleaned.url_lines) == stored
    assert url_date(cleaned.urls) == PartialDate(2025, 4, 16)


@pytest.mark.parametrize("line", ["Sahel.Sécurité/Analyse", "Mise à jour 16.04/2025", "M. Diallo/APS"])
def test_prose_with_a_dot_and_a_slash_is_no_address(line):
    assert clean_text(f"{line}\n{PARAGRAPH}").url_lines == []


@pytest.mark.parametrize("code", ["وأج", "واس", "(كونا)"])
def test_an_arabic_wires_code_closing_the_copy_stays(code):
    """An Arabic wire's code alone on the last line has no capitals to tell it from a short widget: its
    three or four letters do; the body keeps it, the credit names the outlet."""
    paragraph = "وتوجت الأشغال بالتوقيع على محضر يتضمن جملة من التوصيات، على أن تحتضن العاصمة الدورة المقبلة."
    assert clean_text(f"{paragraph}\n\n{code}").body == f"{paragraph}\n\n{code}"
    assert clean_text(f"{paragraph}\n\nشارك الخبر").body == paragraph  # a widget's two words still go


def test_a_masthead_with_its_tagline_above_a_menu_parted_by_dashes():
    """A site's name and its tagline after a dash, above a menu whose items dashes part: the site is the
    masthead (its name only), the menu is noise, and the headline is the line after them."""
    text = (
        "https://www.sahel-veille.example/2025/05/forum/\n"
        "Sahel Veille — l'actualité sécuritaire du Sahel en français\n"
        "Accueil – Police – Renseignement – Justice – Frontières\n\n"
        "Nouakchott accueille les chefs de police de la région\n"
        f"{PARAGRAPH}"
    )
    cleaned = clean_text(text)
    assert cleaned.masthead == "Sahel Veille"
    assert cleaned.title == "Nouakchott accueille les chefs de police de la région"
    assert cleaned.body == PARAGRAPH


@pytest.mark.parametrize(
    "line", ["Maroc – Espagne : une coopération renforcée", "La réunion – prévue à Rabat – a été reportée."]
)
def test_a_headline_with_dashes_is_no_menu(line):
    assert clean_text(f"{line}\n{PARAGRAPH}").title == line


def test_a_papers_date_and_issue_number_is_no_headline():
    stamp = "الأحد 20 أبريل 2031 - العدد 17384"
    headline = "وزيرا الداخلية يتابعان تنفيذ مخرجات اللجنة المشتركة"
    paragraph = (
        "تابع وزيرا الداخلية في البلدين خلال اجتماع عقد أمس تنفيذ مخرجات اللجنة المشتركة وسبل تعزيز التعاون الأمني."
    )
    cleaned = clean_text(f"محليات | عربي | دولي | اقتصاد | رياضة\n{stamp}\n\n{headline}\n{paragraph}")
    assert cleaned.title == headline
    assert stamp in cleaned.meta_lines


@pytest.mark.parametrize("mark", ["(END)", "- FIN -", "(انتهى)", "-30-"])
def test_a_wires_end_of_copy_mark_is_no_line_of_the_article(mark):
    """ "(END)" alone on its line closes a wire's copy: it was read as a body's acronym."""
    cleaned = clean_text(
        f"Police chiefs meet in Lome\n\nLOME (Agency) - Police chiefs met on Tuesday in Lome.\n\n{mark}\n"
    )
    assert cleaned.body == "LOME (Agency) - Police chiefs met on Tuesday in Lome."
