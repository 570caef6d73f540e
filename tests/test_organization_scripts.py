"""Organizations outside the knowledge base named in Latin and Arabic script: one record when
their acronyms are one written in two scripts ("SAHELPOL", "ساحلبول"), with the decision recorded;
acronyms that are too short or shared stay apart (invented articles)."""

import pytest
from django.core.management import call_command

from archive.extraction.linking import acronym_key
from archive.models import ArticleOrganization
from people.models import Organization, OrganizationIdentityDecision

pytestmark = pytest.mark.django_db

FRENCH = """ date 2031-03-02
Le Mécanisme de coopération policière du Sahel (SAHELPOL) renforce ses équipes
Niamey – Le Mécanisme de coopération policière du Sahel (SAHELPOL) a tenu lundi une réunion technique à Niamey.
"""
ARABIC = """ date 2031-03-03
عقدت آلية التعاون الشرطي لدول الساحل (ساحلبول) اجتماعا تقنيا في نيامي يوم الاثنين.
"""


def _import(root, files):
    root.mkdir(exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    call_command("import_articles", str(root), verbosity=0)


def test_acronym_keys_meet_across_scripts_and_shun_short_ones():
    assert acronym_key("SAHELPOL") == acronym_key("ساحلبول") == acronym_key("Sahelpol")
    assert acronym_key("AFRIPOL") == acronym_key("أفريبول")
    assert acronym_key("UA") == acronym_key("AU") == ""  # too short to tell bodies apart
    assert acronym_key("SAHELPOL") != acronym_key("SAHELNET")


@pytest.mark.parametrize("together", [True, False])
def test_latin_and_arabic_forms_of_one_body_are_one_record(tmp_path, together):
    if together:
        _import(tmp_path / "news", {"fr.txt": FRENCH, "ar.txt": ARABIC})
    else:
        _import(tmp_path / "news", {"fr.txt": FRENCH})
        _import(tmp_path / "more", {"ar.txt": ARABIC})
    links = ArticleOrganization.objects.filter(organization__name__in=["Mécanisme de coopération policière du Sahel"])
    assert links.count() == 2
    (org,) = {link.organization for link in links}
    assert org.label_ar == "آلية التعاون الشرطي لدول الساحل"  # the name is the Latin one, by rule
    # whichever script came second was linked to the first, and the decision says why
    (decision,) = OrganizationIdentityDecision.objects.filter(organization=org, outcome="same")
    assert decision.reasons[0]["evidence"] == "acronym"
    assert decision.spelling in {"آلية التعاون الشرطي لدول الساحل", "Mécanisme de coopération policière du Sahel"}
    assert not Organization.objects.filter(name="آلية التعاون الشرطي لدول الساحل").exists()
