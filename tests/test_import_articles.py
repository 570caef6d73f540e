"""The import command end to end on the project's own sample corpus (tests/sample_corpus)."""

import gc
import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.importer.pipeline import ImportOptions, import_paths
from archive.models import Article, ArticlePerson, ImportRun
from people.models import Person

pytestmark = pytest.mark.django_db

SAMPLE = Path(__file__).parent / "sample_corpus"
SAMPLE_BAD = Path(__file__).parent / "sample_bad"


def _record_count(root: Path) -> int:
    count = 0
    for path in root.rglob("*"):
        if path.suffix == ".txt":
            count += 1
        elif path.suffix == ".jsonl":
            count += sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        elif path.suffix == ".csv":
            count += len(path.read_text(encoding="utf-8").splitlines()) - 1
    return count


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A private copy of the sample corpus that a test may change."""
    target = tmp_path / "sample"
    shutil.copytree(SAMPLE, target, ignore=shutil.ignore_patterns("README.md"))
    return target


def test_import_creates_every_record_as_draft(corpus):
    call_command("import_articles", str(corpus), "--no-extract", verbosity=0)
    expected = _record_count(corpus)
    assert Article.objects.count() == expected
    assert set(Article.objects.values_list("status", flat=True)) == {"draft"}
    run = ImportRun.objects.get()
    assert (run.created, run.updated, run.unchanged, run.failed) == (expected, 0, 0, 0)
    assert run.finished_at is not None
    # origins are relative to the import root's parent and end with the file name
    assert all(o.startswith("sample/") for o in Article.objects.values_list("origin", flat=True))


def test_raw_text_is_kept_exactly(corpus):
    call_command("import_articles", str(corpus), "--no-extract", verbosity=0)
    for article in Article.objects.filter(origin__endswith=".txt"):
        path = corpus.parent / article.origin
        data = path.read_bytes()
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue  # legacy encodings: decoded, compared in the decoding tests
        assert article.raw_text == text.replace("\r\n", "\n")


def test_second_run_changes_nothing(corpus):
    call_command("import_articles", str(corpus), "--no-extract", verbosity=0)
    before = list(Article.objects.order_by("id").values_list("id", "content_hash", "updated_at"))
    call_command("import_articles", str(corpus), "--no-extract", verbosity=0)
    after = list(Article.objects.order_by("id").values_list("id", "content_hash", "updated_at"))
    assert before == after
    second = ImportRun.objects.order_by("-id").first()
    assert (second.created, second.updated, second.unchanged) == (0, 0, len(before))


def test_changed_file_updates_its_article(corpus):
    call_command("import_articles", str(corpus), "--no-extract", verbosity=0)
    count = Article.objects.count()
    path = sorted(corpus.glob("*.txt"))[0]
    text = path.read_bytes()
    path.write_bytes(text + b"\n\nA paragraph added by the newsroom after publication, with more details.\n")
    origin = f"sample/{path.name}"
    old = Article.objects.get(origin=origin)
    old.status = Article.Status.PUBLISHED  # an editor's decision survives the update
    old.save()

    call_command("import_articles", str(corpus), "--no-extract", verbosity=0)

    assert Article.objects.count() == count
    article = Article.objects.get(origin=origin)
    assert article.pk == old.pk
    assert article.content_hash != old.content_hash
    assert "added by the newsroom" in article.body
    assert article.status == Article.Status.PUBLISHED
    run = ImportRun.objects.order_by("-id").first()
    assert run.updated == 1
    assert run.updated_articles == [origin]


def test_dry_run_writes_nothing(corpus):
    call_command("import_articles", str(corpus), "--dry-run", verbosity=0)
    assert Article.objects.count() == 0
    assert ImportRun.objects.count() == 0


def test_dry_run_reports_what_the_import_would_create(corpus):
    """The same code path as an import, extraction included: its report matches the real run's."""
    people_before = Person.objects.count()
    dry = import_paths([corpus], options=ImportOptions(dry_run=True))
    assert (Article.objects.count(), Person.objects.count(), ArticlePerson.objects.count()) == (0, people_before, 0)
    real = import_paths([corpus], options=ImportOptions())
    assert dry.created == real.created > 0
    assert dry.new_rows == real.new_rows
    assert dry.new_rows["persons"] > 0 and dry.new_rows["links"] > 0
    assert dry.run_id is None and real.run_id is not None


def test_dry_run_command_prints_the_entities_it_would_add(corpus):
    out = StringIO()
    call_command("import_articles", str(corpus), "--dry-run", "--no-progress", stdout=out)
    assert "Dry run: would have created" in out.getvalue()
    assert "would add" in out.getvalue() and "persons" in out.getvalue()


def test_two_imports_with_their_own_worker_pools_do_not_share_state(tmp_path, corpus):
    """Each run's workers get their state from their own pool's initializer: a run with extraction
    and a run without, one after the other in one process, each do as asked."""
    import archive.importer.pipeline as pipeline

    many = tmp_path / "many"
    many.mkdir()
    texts = [p.read_bytes() for p in sorted(corpus.rglob("*.txt"))]
    for i in range(pipeline.POOL_THRESHOLD + 10):
        (many / f"{i:04d}.txt").write_bytes(texts[i % len(texts)] + f"\n\nNote {i}.".encode())
    without = import_paths([many], options=ImportOptions(extract=False, workers=2, dry_run=True))
    with_extraction = import_paths([many], options=ImportOptions(extract=True, workers=2, dry_run=True))
    assert without.created == with_extraction.created == pipeline.POOL_THRESHOLD + 10
    assert without.new_rows["links"] == 0 < with_extraction.new_rows["links"]


def test_publish_and_overrides(corpus):
    call_command(
        "import_articles", str(corpus), "--publish", "--source", "Wire", "--language", "fr", "--no-extract", verbosity=0
    )
    assert set(Article.objects.values_list("status", flat=True)) == {"published"}
    assert set(Article.objects.values_list("source__name", flat=True)) == {"Wire"}
    assert set(Article.objects.values_list("language", flat=True)) == {"fr"}


def test_bad_files_are_reported_and_do_not_stop_the_run(corpus, capsys):
    good = _record_count(corpus)
    shutil.copytree(SAMPLE_BAD, corpus / "bad")
    with pytest.raises(CommandError, match="failed"):
        call_command("import_articles", str(corpus), "--no-extract", verbosity=1)
    run = ImportRun.objects.get()
    assert run.failed >= 4
    # every good file went in despite the bad ones
    assert Article.objects.exclude(origin__startswith="sample/bad/").count() == good
    failed_files = {error["origin"].split("#")[0] for error in run.errors}
    assert all(origin.startswith("sample/bad/") for origin in failed_files)
    assert all(error["error"] for error in run.errors)
    stderr = capsys.readouterr().err
    for error in run.errors:
        assert error["origin"] in stderr


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_articles", str(tmp_path / "nowhere"), verbosity=0)


def test_query_count_does_not_grow_with_articles(tmp_path):
    """Bulk writes: ten times the articles, the same number of queries."""
    from archive.importer.synthetic import write_corpus

    small, large = tmp_path / "small", tmp_path / "large"
    write_corpus(small, 10, seed=1)
    write_corpus(large, 100, seed=2)
    with CaptureQueriesContext(connection) as few:
        call_command("import_articles", str(small), "--no-extract", verbosity=0)
    with CaptureQueriesContext(connection) as many:
        call_command("import_articles", str(large), "--no-extract", verbosity=0)
    assert Article.objects.count() == 110
    # No query per article. (SQLite's limit on query parameters may split the INSERT of the articles,
    # and that of their ingest reports, in two or three.)
    assert len(many) <= len(few) + 4


def test_export_follows_the_interchange_format(corpus, tmp_path):
    call_command("import_articles", str(corpus), "--no-extract", verbosity=0)
    out = tmp_path / "export.jsonl"
    call_command("export_archive", "--output", str(out), verbosity=0)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == Article.objects.count()
    for entry in lines:
        assert {"id", "origin", "url", "title", "title_derived", "language", "published", "source", "body"} <= set(
            entry
        )
        assert isinstance(entry["persons"], list)
        assert isinstance(entry["organizations"], list)
        assert isinstance(entry["events"], list)
        if entry["published"]:
            assert len(entry["published"]) in (4, 7, 10)
    assert "\\u" not in out.read_text(encoding="utf-8")  # UTF-8, no ASCII escaping


def test_worker_processes_give_the_same_archive(tmp_path):
    """Large imports parse and extract in worker processes; the result must not depend on it."""
    from archive.importer.pipeline import POOL_THRESHOLD
    from archive.importer.synthetic import write_corpus
    from archive.models import ArticleOrganization

    write_corpus(tmp_path / "big", POOL_THRESHOLD + 50, seed=7)

    def snapshot():
        return sorted(
            (a.origin, a.title, a.language, str(a.published_date), a.body)
            for a in Article.objects.all().only(
                "origin", "title", "language", "published", "published_precision", "body"
            )
        ), sorted(ArticleOrganization.objects.values_list("article__origin", "organization__name"))

    call_command("import_articles", str(tmp_path / "big"), "--workers", "2", verbosity=0)
    pooled = snapshot()
    Article.objects.all().delete()
    call_command("import_articles", str(tmp_path / "big"), "--workers", "1", verbosity=0)
    assert snapshot() == pooled
    assert len(pooled[0]) == POOL_THRESHOLD + 50
    assert pooled[1]


def test_export_to_standard_output_and_bad_path(corpus, tmp_path):
    from io import StringIO

    call_command("import_articles", str(corpus), "--no-extract", verbosity=0)
    out = StringIO()
    call_command("export_archive", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == Article.objects.count()
    assert json.loads(lines[0])["origin"]
    with pytest.raises(CommandError, match="cannot write"):
        call_command("export_archive", "--output", str(tmp_path / "missing" / "x.jsonl"))


def test_bad_language_override_is_refused(corpus):
    with pytest.raises(CommandError, match="ISO 639-1"):
        call_command("import_articles", str(corpus), "--language", "french", verbosity=0)
    assert Article.objects.count() == 0


def test_the_run_keeps_its_long_lived_heap_out_of_the_garbage_collector(corpus):
    """Frozen (gc.freeze) while the run goes; the process left as it was."""
    assert gc.get_freeze_count() == 0
    frozen_while_running = []
    import_paths(
        [corpus],
        options=ImportOptions(batch_size=3),
        on_progress=lambda n: frozen_while_running.append(gc.get_freeze_count()),
    )
    assert frozen_while_running and min(frozen_while_running) > 0
    assert gc.get_freeze_count() == 0


def test_a_process_that_froze_its_heap_itself_keeps_it_frozen(corpus):
    gc.freeze()
    try:
        import_paths([corpus], options=ImportOptions(extract=False))
        assert gc.get_freeze_count() > 0  # not unfrozen by the run (objects freed meanwhile leave the count)
    finally:
        gc.unfreeze()


def test_the_stages_build_their_lazy_tables_before_the_workers_fork(corpus):
    """`_warm` runs the stages on the sentence bank's articles in the main process: the given names'
    keys (which each worker built on its first chunk) and lingua's detector exist before any fork,
    and no warm-up article lands in the archive."""
    from archive.extraction.run import build_extractor
    from archive.importer import pipeline
    from archive.importer.synthetic import warm_up_records
    from people import identity
    from text import language

    identity._given_skeletons.cache_clear()
    language.detector.cache_clear()
    state = pipeline.StageState(ImportOptions(), extractor=build_extractor())
    pipeline._warm(state)
    assert identity._given_skeletons.cache_info().currsize == 1
    assert language.detector.cache_info().currsize == 1
    prepared = pipeline._prepare([(r, "", None) for r in warm_up_records()], state)
    assert [p.error for p in prepared] == [None, None, None]
    assert [p.article.language for p in prepared] == ["fr", "en", "ar"]
    assert all(p.extraction.events for p in prepared)  # the stages really ran: each names its session
    assert not Article.objects.exists()
