"""Identity and discovery of name shapes met in unseen articles (every name invented): a glued "Ben"
that answers no "bin", a Mauritanian "Cheikh Ould …", the Gulf press's "Shaikh", a Korean given name
in syllables, an Arabic given name that carries the article, and West African "-ou" given names."""

import pytest

from people.discovery import discover_persons
from people.identity import SAME_AT, Outcome, PersonIndex, name_similarity
from people.name_keys import name_key


def _same(a: str, b: str) -> float:
    return name_similarity(name_key(a), name_key(b))


def test_a_glued_ben_answers_only_a_name_after_a_ben():
    # "Benkhalfa" is "Ben Khalfa", not the "Khalfa" of a chain whose "bin" opens another name
    assert _same("Karim Benkhalfa", "Karim Ben Khalfa") > 0.9
    assert _same("Karim Benkhalfa", "Karim bin Saad Al Khalfa") == 0.0
    assert _same("Karim Benkhalfa", "كريم بن سعد آل خلفة") == 0.0
    index = PersonIndex()
    index.add_names(1, ["Karim Benkhalfa"])
    assert index.decide("Karim bin Saad Al Khalfa").outcome == Outcome.NEW


def test_cheikh_before_ould_is_a_given_name_in_every_script():
    assert name_key("Cheikh Ould Hamdi").tokens == name_key("الشيخ ولد حمدي").tokens
    assert len(name_key("Cheikh Ould Hamdi").tokens) == 2
    assert name_key("Cheikh Salem Ould Hamdi").tokens[0] != name_key("Cheikh Ould Hamdi").tokens[0]
    assert name_key("M. Ould Hamdi").tokens == name_key("Ould Hamdi").tokens  # "M." stays a style
    index = PersonIndex()
    index.add_names(1, ["Cheikh Ould Hamdi"])
    assert index.decide("الشيخ ولد حمدي").outcome == Outcome.SAME
    assert index.decide("Ould Hamdi").outcome != Outcome.SAME  # the family name alone: not sure


def test_discovery_keeps_cheikh_before_ould_in_the_name():
    fr = discover_persons("Il était accompagné du commissaire Cheikh Ould Hamdi, chef de la brigade.", "fr")
    assert [m.name for m in fr] == ["Cheikh Ould Hamdi"]
    ar = discover_persons(
        "ويضم الوفد المفوض الدكتور الشيخ ولد حمدي، رئيس المكتب الوطني للتحاليل، الذي زار المختبر.", "ar"
    )
    assert [(m.name, m.role) for m in ar] == [("الشيخ ولد حمدي", "رئيس المكتب الوطني للتحاليل")]
    # a Gulf sheikh's style stays a style
    gulf = discover_persons("واستقبل الشيخ سالم بن حمد الوفد.", "ar")
    assert [m.name for m in gulf] == ["سالم بن حمد"]


def test_shaikh_is_a_style_as_sheikh_is():
    assert name_key("Shaikh Salem bin Hamad Al Mansoor").tokens == name_key("Salem bin Hamad Al Mansoor").tokens
    found = discover_persons("Shaikh Salem bin Hamad Al Mansoor, the Interior Minister, said on Monday.", "en")
    assert [m.name for m in found] == ["Salem bin Hamad Al Mansoor"]


def test_a_korean_given_name_in_syllables_meets_its_arabic_spelling():
    assert _same("Park Min-jung", "بارك مين جونغ") > 0.9
    assert _same("Lee Sung-yang", "لي سونغ يانغ") > 0.9
    assert _same("Lee Sung-yang", "Lee Sung") < 0.9  # the second syllable is the name's


def test_an_arabic_given_name_with_the_article_opens_an_apposition():
    text = "وذكر المدير التنفيذي للمركز، الطاهر بن سالمي، أن العمل تقدم."
    assert [(m.name, m.role) for m in discover_persons(text, "ar")] == [("الطاهر بن سالمي", "المدير التنفيذي للمركز")]
    # a title word that is also a given name does not open one
    assert discover_persons("وقال الأمين العام للمجلس إن العمل تقدم.", "ar") == []


def test_a_west_african_given_name_in_ou():
    # "أحمدو" is not listed, "أحمد" is: the name's first word is a given name, so the apposition is read
    text = "وافتتح الاجتماع وزير الداخلية الموريتاني، أحمدو ولد عبد الله السالم، الذي تتولى بلاده الرئاسة."
    assert [m.name for m in discover_persons(text, "ar")] == ["أحمدو ولد عبد الله السالم"]


def test_a_name_after_a_title_the_index_knows_as_a_body():
    text = "Addressing the session, Director General of National Security Belkacem Zerrouki said the system works."
    start, end = text.index("Director"), text.index(" Belkacem")
    found = discover_persons(text, "en", known_spans=[(start, end)])
    assert [(m.name, m.role) for m in found] == [("Belkacem Zerrouki", "Director General of National Security")]


def test_a_list_of_title_and_name_pairs_gives_each_name_the_title_before_it():
    text = (
        "Étaient présents le ministre malien de la Sécurité, Oumar Sidibé, son homologue nigérien, Issa Garba, "
        "et la ministre tchadienne de l'Intérieur, Halimé Mahamat."
    )
    assert [(m.name, m.role) for m in discover_persons(text, "fr")] == [
        ("Oumar Sidibé", "ministre malien de la Sécurité"),
        ("Issa Garba", "homologue nigérien"),
        ("Halimé Mahamat", "ministre tchadienne de l'Intérieur"),
    ]
    # a name without a title before it keeps the one after it
    text = "Étaient présents Oumar Sidibé, ministre malien de la Sécurité, et Issa Garba."
    first, *_ = discover_persons(text, "fr")
    assert (first.name, first.role) == (
        "Oumar Sidibé",
        "ministre malien de la Sécurité",
    )


def test_sultan_and_amir_opening_a_name_are_its_given_name_in_every_script():
    # discovery leaves a sovereign's title out of his name: in a name, "Sultan" is the given name
    assert _same("Sultan Al-Kaabi", "سلطان الكعبي") == 1.0
    assert _same("Amir Bouchnak", "أمير بوشناق") == 1.0
    assert _same("Sultan bin Rashed Al Kaabi", "Sultan Al-Kaabi") > 0.9


def test_a_glued_ben_before_a_name_that_opens_with_a_glide():
    assert _same("Nabil Benyoussef", "Nabil Ben Youssef") > 0.9
    assert _same("Nabil Benwahab", "Nabil Ben Wahab") > 0.9


def test_the_given_name_written_last_is_the_same_name_but_for_an_arabic_lineage():
    assert _same("Kouamé N'Guessan Firmin", "Firmin Kouamé N'Guessan") > 0.9
    # Arabic names are lineages: the same words in another order are another man
    assert _same("Ahmed Ali Hassan", "Hassan Ahmed Ali") == 0.0
    index = PersonIndex()
    index.add_names(1, ["Ahmed Ali Hassan"])
    assert index.decide("Hassan Ahmed Ali").outcome == Outcome.NEW


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        ("Salim bin Khalfan Al Busaidi", "سالم بن خلفان بن علي البوسعيدي"),  # سالم, "Salim" in Oman's spelling
        ("Rashid bin Hamad Al Nuaimi", "راشد بن حمد النعيمي"),  # راشد, "Rashid" in the Gulf's
    ],
)
def test_the_gulfs_spellings_of_salem_and_rashed_are_those_names(latin, arabic):
    """ "Salim" and "Rashid" write سليم and رشيد in the Maghreb, سالم and راشد in the Gulf: in no family of
    given names, they match both, where a family would have made the Omani official two persons."""
    assert name_similarity(name_key(latin), name_key(arabic)) >= SAME_AT
