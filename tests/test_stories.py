"""Near-duplicates: MinHash signatures, stories at import and over the archive, what readers see."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from datasketch import MinHash
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive.importer.pipeline import ImportOptions, import_paths
from archive.models import Article, ArticleSignature
from archive.public.selectors import public_articles
from archive.stories import INDEXED_PER_STORY, StoryDetector, copies_of
from text.near_duplicates import NUM_PERM, SCHEME, SEED, NearDuplicateIndex, _shingle_hashes, signature, similarity

# An invented wire story and an unrelated article on the same meeting.
WIRE = (
    "Les ministres de l'Intérieur des pays arabes ont adopté mercredi à Tunis une stratégie commune de lutte contre "
    "le trafic de drogue, au terme de leur réunion annuelle tenue au siège du secrétariat général du conseil. "
    "La stratégie prévoit le renforcement de l'échange d'informations entre les services de police, la création "
    "d'une base de données commune sur les réseaux criminels et la formation de plusieurs centaines d'enquêteurs "
    "spécialisés au cours des trois prochaines années. Les participants ont également examiné les moyens de "
    "contrôler les frontières maritimes et de suivre les transferts financiers liés aux réseaux de contrebande. "
    "Le secrétaire général a salué l'engagement des délégations et annoncé que la prochaine session se tiendra "
    "l'année prochaine dans une capitale du Golfe, après consultation des États membres."
)
OTHER = (
    "À Tunis, la réunion des ministres arabes de l'Intérieur a été marquée mercredi par un long débat sur la "
    "sécurité des frontières. Plusieurs délégations ont demandé davantage de moyens pour leurs garde-côtes, tandis "
    "que d'autres ont insisté sur la coopération judiciaire et l'extradition des suspects. Le ministre tunisien a "
    "ouvert les travaux en rappelant les défis posés par la migration irrégulière et le terrorisme dans la région. "
    "Aucune décision chiffrée n'a été annoncée à l'issue de la séance, mais un communiqué final doit être publié "
    "dans les prochains jours par le secrétariat général du conseil, selon des sources proches des délégations."
)


def _edit(text: str, rate: float, seed: int = 3) -> str:
    rng = random.Random(seed)
    words = text.split()
    return " ".join(
        rng.choice(["rapidement", "aussi", "notamment", "hier"]) if rng.random() < rate else w for w in words
    )


def test_a_lightly_edited_copy_is_similar_and_another_article_is_not():
    original = signature(WIRE)
    assert similarity(original, signature(_edit(WIRE, 0.05))) > 0.6
    assert similarity(original, signature(OTHER)) < 0.1
    assert signature("Trop court pour comparer quoi que ce soit.") is None


def test_signatures_are_datasketchs_minhash_of_the_shingles():
    # the signature is computed on the array of shingle hashes, not through a MinHash object: the
    # stored bytes must stay those datasketch gives (old signatures are compared with new ones)
    for text in (WIRE, OTHER, _edit(WIRE, 0.3)):
        minhash = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme=SCHEME)
        minhash.update_batch(_shingle_hashes(text).tolist())
        assert signature(text) == minhash.hashvalues.astype("uint32").tobytes()


def test_signatures_are_the_same_in_every_process():
    # stored signatures are compared across runs: nothing salted (Python's hash) may enter them
    assert signature(WIRE) == signature(WIRE) and len(signature(WIRE)) == 512


def test_the_index_finds_the_copy_only():
    index = NearDuplicateIndex()
    index.add("wire", signature(WIRE))
    index.add("other", signature(OTHER))
    assert [key for key, _ in index.similar(signature(_edit(WIRE, 0.1)))] == ["wire"]


def test_a_copy_placed_again_frees_its_place_among_the_indexed_copies():
    # An updated copy is taken out and placed again: the story's count of indexed copies must not
    # grow each time, or a story whose copies are re-imported stops indexing new copies.
    detector = StoryDetector(index=NearDuplicateIndex())
    detector.place(1, signature(WIRE))
    for _ in range(3 * INDEXED_PER_STORY):
        assert detector.place(2, signature(_edit(WIRE, 0.05))) == 1
    assert detector.indexed[1] == 2
    detector.place(3, signature(_edit(WIRE, 0.05, seed=4)))
    assert 3 in detector.index.signatures


def _page(menu: str, headline: str, body: str, date: str = "2024-05-08") -> str:
    return f" date {date}\n{menu}\n{headline}\n{body}\nPartager : Facebook | Twitter | WhatsApp\n"


@pytest.fixture
def inbox(tmp_path) -> Path:
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "a.txt").write_text(
        _page("Accueil | Monde | Sport | Culture", "Stratégie arabe contre la drogue", WIRE), encoding="utf-8"
    )
    (root / "b.txt").write_text(
        _page("Home | Politique | Régions | Vidéos", "Tunis : les ministres adoptent une stratégie", _edit(WIRE, 0.08)),
        encoding="utf-8",
    )
    (root / "c.txt").write_text(_page("Accueil | Monde | Sport | Culture", "Débat sur les frontières", OTHER))
    return root


@pytest.mark.django_db
def test_import_groups_a_republished_story_and_keeps_each_copy(inbox):
    import_paths([inbox], options=ImportOptions(extract=False, publish=True))
    a, b, c = (Article.objects.get(origin=f"inbox/{name}.txt") for name in "abc")
    assert (a.story_id, b.story_id, c.story_id) == (None, a.pk, None)
    assert ArticleSignature.objects.count() == 3
    assert b.title != a.title  # each copy kept whole
    assert set(public_articles().values_list("pk", flat=True)) == {a.pk, c.pk}
    assert [x.pk for x in copies_of(a)] == [b.pk] and [x.pk for x in copies_of(b)] == [a.pk]


@pytest.mark.django_db
def test_a_later_run_compares_with_the_stored_signatures(inbox, tmp_path):
    import_paths([inbox / "a.txt"], options=ImportOptions(extract=False))
    import_paths([inbox / "b.txt", inbox / "c.txt"], options=ImportOptions(extract=False))
    a = Article.objects.get(origin="a.txt")
    assert Article.objects.get(origin="b.txt").story_id == a.pk
    assert Article.objects.get(origin="c.txt").story_id is None


@pytest.mark.django_db
def test_detection_costs_the_same_queries_per_batch_whatever_its_size(tmp_path):
    def folder(name: str, n: int) -> Path:
        root = tmp_path / name
        root.mkdir()
        for i in range(n):
            (root / f"{i}.txt").write_text(_page("A | B | C | D", f"Titre {name} {i}", _edit(WIRE, 0.05, i)))
        return root

    with CaptureQueriesContext(connection) as few:
        import_paths([folder("few", 3)], options=ImportOptions(extract=False))
    with CaptureQueriesContext(connection) as many:
        import_paths([folder("many", 30)], options=ImportOptions(extract=False))

    def story_queries(queries):
        return [q for q in queries.captured_queries if "archive_articlesignature" in q["sql"] or "story" in q["sql"]]

    assert len(story_queries(many)) <= len(story_queries(few)) + 2  # (SQLite may split a bulk statement)
    assert Article.objects.filter(story__isnull=True).count() == 1  # every later copy points to the first


@pytest.mark.django_db
def test_recompute_command_regroups_the_archive(inbox):
    import_paths([inbox], options=ImportOptions(extract=False))
    Article.objects.update(story=None)
    ArticleSignature.objects.all().delete()
    call_command("detect_near_duplicates", verbosity=0)
    a = Article.objects.get(origin="inbox/a.txt")
    assert list(Article.objects.filter(story=a).values_list("origin", flat=True)) == ["inbox/b.txt"]
    assert ArticleSignature.objects.count() == 3


@pytest.mark.django_db
def test_readers_see_the_story_once_with_its_copies(inbox, client):
    import_paths([inbox], options=ImportOptions(extract=False, publish=True))
    a = Article.objects.get(origin="inbox/a.txt")
    b = Article.objects.get(origin="inbox/b.txt")
    page = client.get(a.get_absolute_url())
    assert page.status_code == 200 and b.title in page.content.decode()
    listing = client.get(reverse("api:article-list")).json()
    assert {row["id"] for row in listing["results"]} == {a.pk, Article.objects.get(origin="inbox/c.txt").pk}
    detail = client.get(reverse("api:article-detail", args=[a.pk])).json()
    assert detail["story"] is None and [copy["id"] for copy in detail["copies"]] == [b.pk]
    assert client.get(reverse("api:article-detail", args=[b.pk])).json()["story"] == a.pk


@pytest.mark.django_db
def test_a_copy_of_a_draft_story_stands_for_it(inbox):
    import_paths([inbox], options=ImportOptions(extract=False))
    Article.objects.filter(origin="inbox/b.txt").update(status="published")
    assert list(public_articles().values_list("origin", flat=True)) == ["inbox/b.txt"]
