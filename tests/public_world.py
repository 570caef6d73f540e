"""A small invented world for the public pages' tests, browser tests and screenshots: one event
series with three sessions, the middle one covered in French, Arabic and English, persons with
Latin and Arabic names and roles, organizations, a draft and a rejected link that must stay
hidden, and an article quoting markup. `build(extra_articles=n)` adds n more covered articles,
to show that query counts do not grow with rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from archive.coverage import mention_counts_refresh
from archive.models import Article, ArticleEvent
from tests.factories import (
    make_article,
    make_article_event,
    make_article_organization,
    make_article_person,
    make_event,
    make_event_series,
    make_organization,
    make_person,
    make_source,
)
from text.partial_date import Precision

PUBLISHED = Article.Status.PUBLISHED


@dataclass
class World:
    series: object = None
    events: list = field(default_factory=list)
    articles: dict = field(default_factory=dict)
    persons: dict = field(default_factory=dict)
    organizations: dict = field(default_factory=dict)


def build(extra_articles: int = 0, tag: str = "") -> World:
    """`tag` tells a second world's series apart (series names are unique)."""
    world = World()
    interpol = make_organization(
        name="INTERPOL",
        label_fr="Organisation internationale de police criminelle",
        label_ar="المنظمة الدولية للشرطة الجنائية",
        label_en="International Criminal Police Organization",
        acronym="INTERPOL",
        kind="international",
        country="",
        aliases=["الإنتربول", "Interpol"],
    )
    dgsn = make_organization(
        name="Direction générale de la sûreté nationale",
        label_fr="Direction générale de la sûreté nationale",
        label_ar="المديرية العامة للأمن الوطني",
        label_en="General Directorate for National Security",
        acronym="DGSN",
    )
    world.organizations = {"interpol": interpol, "dgsn": dgsn}
    hammouchi = make_person(
        name="Abdellatif Hammouchi",
        label_fr="Abdellatif Hammouchi",
        label_ar="عبد اللطيف الحموشي",
        label_en="Abdellatif Hammouchi",
        aliases=["Hammouchi", "الحموشي"],
    )
    stock = make_person(name="Jürgen Stock", label_fr="Jürgen Stock", label_ar="يورغن شتوك", aliases=[])
    world.persons = {"hammouchi": hammouchi, "stock": stock}
    # An invented series: the real ones (and their known sessions) come with the migrations.
    world.series = make_event_series(
        name=f"Mediterranean Police Chiefs Conference{tag}",
        label_fr=f"Conférence des chefs de police de la Méditerranée{tag}",
        label_ar="مؤتمر قادة الشرطة في المتوسط",
        label_en=f"Mediterranean Police Chiefs Conference{tag}",
        organization=interpol,
    )
    for ordinal, year, city in ((11, 2023, "Vienna"), (12, 2024, "Glasgow"), (13, 2025, "Marrakech")):
        world.events.append(
            make_event(
                series=world.series,
                ordinal=ordinal,
                name=f"{ordinal}th Mediterranean Police Chiefs Conference{tag}",
                city=city,
                country="MA" if city == "Marrakech" else "",
                start=dt.date(year, 11, 1),
                start_precision=Precision.MONTH,
            )
        )
    marrakech = world.events[2]
    map_ = make_source(name=f"MAP{tag}", domain="mapexpress.ma")
    hespress = make_source(name=f"Hespress{tag}", domain="hespress.com", language="ar")
    texts = {
        "fr": (
            "Marrakech accueille la 13e Conférence des chefs de police de la Méditerranée",
            "Marrakech – La 13e Conférence des chefs de police de la Méditerranée s'est ouverte lundi. "
            "M. Abdellatif Hammouchi, directeur général de la sûreté nationale, a salué la coopération "
            "policière internationale face à la criminalité transfrontalière.\n\n"
            "Le secrétaire général d'Interpol, Jürgen Stock, a présenté le bilan de son mandat.",
            "fr",
            map_,
            "https://www.mapexpress.ma/actualite/assemblee-interpol/",
        ),
        "ar": (
            "انطلاق أشغال الدورة 13 لمؤتمر قادة الشرطة في المتوسط بمراكش",
            "مراكش – انطلقت اليوم بمراكش أشغال الدورة 13 لمؤتمر قادة الشرطة في المتوسط "
            "بحضور المنظمة الدولية للشرطة الجنائية. "
            "وأكد عبد اللطيف الحموشي، المدير العام للأمن الوطني، أهمية التعاون الأمني الدولي "
            "لمواجهة الجريمة العابرة للحدود.",
            "ar",
            hespress,
            "javascript:alert('not a link')",
        ),
        "en": (
            "Mediterranean police chiefs meet in Marrakech",
            "Marrakech – The 13th Mediterranean Police Chiefs Conference opened on Monday with INTERPOL. "
            "Morocco's police chief "
            "Abdellatif Hammouchi welcomed delegates from 190 countries.",
            "en",
            map_,
            "https://example.org/interpol-marrakech",
        ),
    }
    for key, (title, body, language, source, url) in texts.items():
        article = make_article(
            title=title,
            body=body,
            raw_text=body,
            language=language,
            source=source,
            url=url,
            published=dt.date(2025, 11, 24) if key != "en" else dt.date(2025, 11, 1),
            published_precision=Precision.DAY if key != "en" else Precision.MONTH,
            status=PUBLISHED,
        )
        world.articles[key] = article
        make_article_event(article=article, event=marrakech, relation=ArticleEvent.Relation.SUBJECT)
        make_article_person(
            article=article,
            person=hammouchi,
            surface="الحموشي" if language == "ar" else "Abdellatif Hammouchi",
            role="المدير العام للأمن الوطني" if language == "ar" else "directeur général de la sûreté nationale",
            affiliation=dgsn,
        )
        make_article_organization(article=article, organization=interpol)
    make_article_person(article=world.articles["fr"], person=stock, role="secrétaire général d'Interpol")
    world.articles["script"] = make_article(
        title="Une page qui cite du code",
        body="Le site piraté affichait <script>alert('x')</script> à ses visiteurs, selon la police.",
        language="fr",
        status=PUBLISHED,
        published=dt.date(2024, 3, 1),
        published_precision=Precision.MONTH,
    )
    world.articles["draft"] = make_article(title="Brouillon non publié sur Interpol", language="fr")
    rejected = make_person(name=f"Rédaction Hespress{tag}")
    make_article_person(article=world.articles["ar"], person=rejected, decision="rejected")
    for n in range(extra_articles):
        language = ("fr", "ar", "en")[n % 3]
        article = make_article(title=f"Interpol article {n}{tag}", language=language, status=PUBLISHED, source=map_)
        make_article_event(article=article, event=marrakech)
        make_article_person(article=article, person=hammouchi, role="directeur général")
        make_article_person(article=article, person=make_person())
        make_article_organization(article=article, organization=interpol)
        make_article_organization(article=article, organization=make_organization())
    mention_counts_refresh()  # as an import run or an editor's operation ends
    return world
