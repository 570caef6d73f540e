"""Issue 8, points 1 and 2: every record validated before writing, a bad one reported by file and
line without costing its neighbours, the run record always closed; origins that cannot collide,
and an export imported back recognized as the archive's own articles."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import DataError

from archive.importer import pipeline, validation, writer
from archive.importer.pipeline import ImportOptions, import_paths
from archive.models import Article, ImportRun

pytestmark = pytest.mark.django_db

BODY = (
    "Le directeur général de la police a reçu à Rabat une délégation venue discuter de coopération. "
    "Les deux parties ont salué la qualité de leurs relations et prévu une nouvelle réunion."
)


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def _good(n: int) -> dict:
    return {"title": f"Réunion numéro {n}", "body": f"{BODY} Compte rendu numéro {n}.", "source": "Agence"}


BAD = {
    "source": ({"title": "x", "body": BODY + " a", "source": "S" * 250}, "source:"),
    "url": ({"title": "x", "body": BODY + " b", "url": "javascript:alert(4)"}, "url:"),
    "far": ({"title": "x", "body": BODY + " c", "date": "9999-12-31"}, "9999-12-31 is outside"),
    "old": ({"title": "x", "body": BODY + " d", "date": "0001-01-01"}, "0001-01-01 is outside"),
    "number": ({"title": "x", "body": 12345}, "'body' is a number (12345)"),
    "object": ({"title": "x", "body": {"p": "texte"}}, "'body' is an object"),
    "language": ({"title": "x", "body": BODY + " e", "language": "français-de-france-longue"}, None),
}


def _run(*paths: Path, **options) -> tuple[int, str]:
    try:
        call_command("import_articles", *map(str, paths), "--no-extract", verbosity=0, **options)
    except CommandError as exc:
        return 1, str(exc)
    return 0, ""


def test_bad_values_are_reported_by_line_and_cost_no_neighbour(tmp_path):
    records = [_good(i) for i in range(10)]
    expected_errors = {}
    for record, reason in BAD.values():
        records.append(record)
        if reason:
            expected_errors[f"feed/feed.jsonl#{len(records)}"] = reason
    records.append({"title": "NUL", "body": BODY + " avec\u0000un\u0007contrôle."})
    records.append({"title": "Liste", "body": ["Premier paragraphe de la liste.", "Second paragraphe."]})
    _jsonl(tmp_path / "feed" / "feed.jsonl", records)

    status, _ = _run(tmp_path / "feed")

    assert status == 1
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FINISHED and run.finished_at is not None
    errors = {e["origin"]: e["error"] for e in run.errors}
    assert set(errors) == set(expected_errors)
    for origin, reason in expected_errors.items():
        assert reason in errors[origin], (origin, errors[origin])
    stored = len(records) - len(expected_errors)
    assert Article.objects.count() == run.created == stored
    assert run.failed == len(expected_errors)
    nul = Article.objects.get(title="NUL")
    assert "\x00" not in nul.body and "\x07" not in nul.body and "avecun" in nul.body
    assert Article.objects.get(title="Liste").body == "Premier paragraphe de la liste.\n\nSecond paragraphe."
    assert not Article.objects.exclude(url="").exists()


@pytest.mark.parametrize("url", ["javascript:alert(4)", "ftp://example.org/a", "pas une adresse"])
def test_a_bad_url_is_reported_once(tmp_path, url):
    """One rule, one message: the field's only validator is the http/https one (a URLField with it
    added checked every address twice, and gave two messages for one bad address)."""
    _jsonl(tmp_path / "feed" / "feed.jsonl", [{"title": "x", "body": BODY, "url": url}])
    report = import_paths([tmp_path / "feed"], options=ImportOptions(extract=False))
    assert report.failed == 1
    assert report.errors[0]["error"] == "invalid record: url: Enter an http:// or https:// address."


def test_dry_run_reports_the_same_failures(tmp_path):
    _jsonl(tmp_path / "feed" / "feed.jsonl", [_good(1), BAD["url"][0], BAD["source"][0]])
    report = import_paths([tmp_path / "feed"], options=ImportOptions(dry_run=True, extract=False))
    assert (report.created, report.failed) == (1, 2)
    assert Article.objects.count() == 0


def test_a_value_the_database_refuses_costs_only_its_record(tmp_path, monkeypatch):
    """The cold path: were validation to miss something, the batch is rolled back and written
    again record by record, so that only the culprit is lost."""
    _jsonl(tmp_path / "feed" / "feed.jsonl", [_good(i) for i in range(6)])
    real_write = writer.write_batch

    def refusing(parsed, **kwargs):
        if any(p.title == "Réunion numéro 3" for p, _, _ in parsed):
            raise DataError("value too long")
        return real_write(parsed, **kwargs)

    monkeypatch.setattr(pipeline, "write_batch", refusing)
    report = import_paths([tmp_path / "feed"], options=ImportOptions(extract=False))
    assert (report.created, report.failed) == (5, 1)
    assert report.errors[0]["origin"] == "feed/feed.jsonl#4"
    assert "database refused" in report.errors[0]["error"]


def test_an_unexpected_error_still_closes_the_run_with_its_counts(tmp_path, monkeypatch):
    _jsonl(tmp_path / "feed" / "feed.jsonl", [_good(i) for i in range(5)])
    calls = []
    real_plan = pipeline.plan_batch

    def failing_third(records, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        return real_plan(records, **kwargs)

    monkeypatch.setattr(pipeline, "plan_batch", failing_third)
    with pytest.raises(RuntimeError):
        import_paths([tmp_path / "feed"], options=ImportOptions(extract=False, batch_size=2))
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED and run.finished_at is not None
    assert run.created == Article.objects.count() == 2  # the batch written before the error
    monkeypatch.setattr(pipeline, "plan_batch", real_plan)
    report = import_paths([tmp_path / "feed"], options=ImportOptions(extract=False, batch_size=2))
    assert (report.created, report.unchanged, Article.objects.count()) == (3, 2, 5)  # a re-run completes it


def test_an_oversized_article_is_refused_with_its_size(tmp_path, monkeypatch):
    monkeypatch.setattr(validation, "MAX_ARTICLE_CHARS", 1000)
    (tmp_path / "big").mkdir()
    (tmp_path / "big" / "huge.txt").write_text(BODY * 20, encoding="utf-8")
    (tmp_path / "big" / "small.txt").write_text(BODY, encoding="utf-8")
    report = import_paths([tmp_path / "big"], options=ImportOptions(extract=False))
    assert (report.created, report.failed) == (1, 1)
    assert "larger than the 1,000 characters" in report.errors[0]["error"]


def test_control_characters_are_stripped_and_titles_fit(tmp_path):
    long_title = "Titre " * 120
    _jsonl(tmp_path / "f" / "f.jsonl", [{"title": long_title + "\x1b[31m", "body": BODY, "source": "Agence\x00"}])
    import_paths([tmp_path / "f"], options=ImportOptions(extract=False))
    article = Article.objects.get()
    assert len(article.title) <= 500 and article.title.endswith("…")
    assert article.source.name == "Agence"


# -- point 2: origins ----------------------------------------------------------------------


def test_same_folder_name_elsewhere_is_another_article(tmp_path):
    for folder, text in (("a", "Texte du dossier A."), ("b", "Texte du dossier B.")):
        (tmp_path / folder / "dev").mkdir(parents=True)
        (tmp_path / folder / "dev" / "001.txt").write_text(f"{BODY} {text}", encoding="utf-8")
    _run(tmp_path / "a" / "dev")
    _run(tmp_path / "b" / "dev")
    articles = Article.objects.order_by("origin_root")
    assert [a.origin for a in articles] == ["dev/001.txt", "dev/001.txt"]  # the interchange origin
    assert [a.origin_root for a in articles] == [str(tmp_path / "a"), str(tmp_path / "b")]
    assert "dossier A" in articles[0].body and "dossier B" in articles[1].body
    # A changed file still updates its own article, not its namesake.
    (tmp_path / "b" / "dev" / "001.txt").write_text(f"{BODY} Texte du dossier B, corrigé.", encoding="utf-8")
    _run(tmp_path / "b" / "dev")
    assert ImportRun.objects.first().updated == 1
    assert "corrigé" in Article.objects.get(origin_root=str(tmp_path / "b")).body
    assert "corrigé" not in Article.objects.get(origin_root=str(tmp_path / "a")).body


def test_an_article_imported_before_roots_were_kept_is_adopted(tmp_path):
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "001.txt").write_text(BODY, encoding="utf-8")
    _run(tmp_path / "dev")
    Article.objects.update(origin_root="")  # as migration 0004 leaves older rows
    (tmp_path / "dev" / "001.txt").write_text(BODY + " Mise à jour.", encoding="utf-8")
    _run(tmp_path / "dev")
    article = Article.objects.get()
    assert article.origin_root == str(tmp_path) and "Mise à jour" in article.body


def test_an_export_imported_back_is_recognized(tmp_path, sample_corpus):
    _run(sample_corpus)
    stored = Article.objects.count()
    export = tmp_path / "exp" / "export.jsonl"
    export.parent.mkdir()
    call_command("export_archive", "--output", str(export), verbosity=0)
    status, _ = _run(export.parent)
    assert status == 0
    assert Article.objects.count() == stored
    assert ImportRun.objects.first().unchanged == stored


# -- files that used to slip through -------------------------------------------------------


def test_html_saved_as_text_loses_its_tags(tmp_path):
    (tmp_path / "html").mkdir()
    page = (
        "<html><head><title>x</title></head><body><nav>Accueil | Sport</nav>"
        f"<h1>La police reçoit ses homologues</h1><p>{BODY}</p><script>alert(1)</script></body></html>"
    )
    (tmp_path / "html" / "page.txt").write_text(page, encoding="utf-8")
    _run(tmp_path / "html")
    article = Article.objects.get()
    assert "<" not in article.title and "<" not in article.body
    assert "Sport" not in article.body and "alert" not in article.body
    assert article.title == "La police reçoit ses homologues"
    assert article.raw_text == page


def test_a_short_csv_body_without_final_stop_is_kept(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "short.csv").write_text("title,body\nCourt,La réunion a eu lieu à Rabat\n", encoding="utf-8")
    assert _run(tmp_path / "c")[0] == 0
    assert Article.objects.get().body == "La réunion a eu lieu à Rabat"


def test_an_unreadable_folder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "corpus" / "locked").mkdir(parents=True)
    (tmp_path / "corpus" / "ok.txt").write_text(BODY, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":  # as for a folder without read permission (tests run as root)
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status, _ = _run(tmp_path / "corpus")
    assert status == 1
    run = ImportRun.objects.get()
    assert run.errors == [{"origin": "corpus/locked", "error": "cannot read this folder: Permission denied"}]
    assert run.created == 1


def test_a_record_whose_extraction_fails_is_reported_and_its_neighbours_are_extracted(tmp_path, monkeypatch):
    """A chunk's records are extracted together (stage by stage, archive.importer.pipeline): when
    one of them breaks the extractor, it alone is reported, by its origin, and the others are
    extracted and linked as if it were not there."""
    from archive.extraction.extractor import Extractor
    from archive.models import ArticleOrganization

    text = "La Direction générale de la sûreté nationale (DGSN) a reçu à Rabat une délégation. " + BODY
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(
            f"Réunion {name}\n\n{text}{' PANNE' if name == 'b' else ''} Fin du compte rendu {name}.\n", encoding="utf-8"
        )
    events = Extractor._events

    def failing(self, text, language, published):
        if "PANNE" in text:
            raise RuntimeError("the event reader broke")
        return events(self, text, language, published)

    monkeypatch.setattr(Extractor, "_events", failing)
    report = import_paths([tmp_path], options=ImportOptions(extract=True))
    assert report.created == 2 and report.failed == 1
    assert report.errors[0]["origin"].endswith("b.txt")
    assert "internal error" in report.errors[0]["error"] and "the event reader broke" in report.errors[0]["error"]
    linked = set(ArticleOrganization.objects.values_list("article__origin", flat=True))
    assert {origin.rsplit("/", 1)[-1] for origin in linked} == {"a.txt", "c.txt"}
