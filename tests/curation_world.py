"""An invented newsroom day for the editors' screens (browser tests and screenshots): one man
under five spellings in two scripts, candidates with evidence, a suggestion, unsure links, an
event's coverage in drafts, two import runs. All text is written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from archive.editors import grant_editors
from archive.models import Article
from people.models import Person, Review
from tests.factories import (
    make_article,
    make_article_event,
    make_article_organization,
    make_article_person,
    make_event,
    make_event_series,
    make_import_run,
    make_organization,
    make_person,
)

PASSWORD = "editor-pass-2026"

SPELLINGS = ["Abdellatif Hammouchi", "Abdellatif Hamouchi", "Abdelatif Hammouchi", "A. Hammouchi", "عبد اللطيف حموشي"]

SENTENCES_FR = [
    "Le directeur général {name} a reçu mardi à Rabat une délégation de la police espagnole.",
    "Selon {name}, la coopération sécuritaire entre les deux pays a permis de démanteler trois réseaux.",
    "La séance d'ouverture a été présidée par {name}, en présence de plusieurs chefs de police africains.",
]
SENTENCES_AR = [
    "استقبل {name} المدير العام للأمن الوطني وفدا أمنيا رفيع المستوى بالرباط.",
    "أكد {name} خلال الاجتماع على أهمية تبادل المعلومات بين الأجهزة الأمنية.",
]


@dataclass
class World:
    editor: object
    spellings: list[Person] = field(default_factory=list)
    candidates: list[Person] = field(default_factory=list)
    event: object = None
    coverage: list[Article] = field(default_factory=list)


def build() -> World:
    editor = get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)
    # A transactional test (the live server's) flushed what the migration made: make it again.
    editor.groups.add(grant_editors(Group, Permission))
    world = World(editor=editor)

    runs = [
        make_import_run(created=40, updated=2, unchanged=310, failed=0),
        make_import_run(created=12, updated=0, unchanged=350, failed=1, errors=[{"origin": "x.txt", "error": "empty"}]),
    ]
    dgsn = make_organization(
        name="Direction générale de la Sûreté nationale",
        acronym="DGSNX",
        label_ar="المديرية العامة للأمن الوطني",
        review=Review.CONFIRMED,
        aliases=["Sûreté nationale"],
    )
    series = make_event_series(name="Conference of Heads of Police", label_fr="Conférence des chefs de police")
    world.event = make_event(series=series, ordinal=21, name="21e Conférence des chefs de police", city="Marrakech")

    for i, name in enumerate(SPELLINGS):
        arabic = not name.isascii()
        person = make_person(
            name=name, label_fr="", label_ar=name if arabic else "", aliases=[], review=Review.CANDIDATE
        )
        world.spellings.append(person)
        for j in range(3 - i % 2):
            template = (SENTENCES_AR if arabic else SENTENCES_FR)[j % (2 if arabic else 3)]
            article = make_article(
                title=(
                    "الأمن الوطني يستقبل وفدا أجنبيا" if arabic else f"Coopération policière : visite à Rabat ({i}.{j})"
                ),
                language="ar" if arabic else "fr",
                import_run=runs[j % 2],
                published=dt.date(2024, 3, 1 + i + j),
            )
            make_article_person(
                article=article,
                person=person,
                surface=name,
                sentence=template.format(name=name),
                role="directeur général",
                affiliation=dgsn,
                confidence=0.9 - 0.1 * j,
            )
            make_article_organization(
                article=article,
                organization=dgsn,
                surface="Sûreté nationale",
                sentence="La Sûreté nationale a publié un communiqué.",
            )
    # A confirmed record and a candidate resembling it: a suggestion to accept.
    known = make_person(name="Mohamed Dkhissi", label_ar="محمد الدخيسي", aliases=[], review=Review.CONFIRMED)
    suggested = make_person(
        name="Mohamed Dkhisi", aliases=[], similar_to=known, similarity=94.0, review=Review.CANDIDATE
    )
    make_article_person(
        person=suggested,
        surface="Mohamed Dkhisi",
        confidence=0.85,
        sentence="Le directeur de la police judiciaire, Mohamed Dkhisi, a présenté le bilan annuel.",
    )
    # A reporter's byline taken for a person: to reject.
    byline = make_person(name="Rédaction Quotidien", aliases=[], review=Review.CANDIDATE)
    make_article_person(
        person=byline,
        surface="Rédaction Quotidien",
        confidence=0.55,
        sentence="Par Rédaction Quotidien, publié le 3 mars 2024.",
    )
    world.candidates = [suggested, byline]
    # An event's coverage, in drafts.
    for title, language in [
        ("Ouverture de la 21e Conférence des chefs de police à Marrakech", "fr"),
        ("انطلاق أشغال المؤتمر الحادي والعشرين لقادة الشرطة بمراكش", "ar"),
        ("21st Conference of Heads of Police opens in Marrakech", "en"),
    ]:
        article = make_article(title=title, language=language, published=dt.date(2024, 11, 4))
        make_article_event(
            article=article,
            event=world.event,
            surface=world.event.name,
            sentence=f"{title}, en présence de délégations de quarante pays.",
        )
        world.coverage.append(article)
    Article.objects.filter(pk__in=[a.pk for a in world.coverage]).update(updated_at=timezone.now())
    return world
