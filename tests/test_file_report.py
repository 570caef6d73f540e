"""The ingest-quality report: one FileReport per record read, written in bulk, filterable and as CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive import ingest_report
from archive.importer import reports
from archive.importer.pipeline import ImportOptions, import_paths
from archive.models import FileReport
from text.dates import publication_date_found
from text.language import detect_language_scored

pytestmark = pytest.mark.django_db

# Invented texts, one per kind of report.
DATED = """ date 2024-03-05
Les polices de la région renforcent leur coopération contre la cybercriminalité
Accueil | Politique | Société | Sport | Culture | Contact
Rabat, 5 mars 2024 (MAP) - Les responsables des services de police de plusieurs pays se sont réunis mardi à Rabat
pour examiner les moyens de renforcer leur coopération face à la cybercriminalité et au trafic de stupéfiants.
Lire aussi : Les douanes saisissent une cargaison au port
Les participants ont adopté une série de recommandations portant sur l'échange d'informations, la formation des
enquêteurs et la mise en place d'un réseau de points de contact disponibles jour et nuit dans chaque pays membre.
La réunion, organisée pendant deux jours, a aussi permis de présenter les résultats des opérations conjointes menées
au cours de l'année écoulée, qui ont conduit à de nombreuses arrestations et à la saisie de matériel informatique.
Partager : Facebook | Twitter | WhatsApp
"""
SHORT = "Brève sans date\nLe comité se réunira prochainement pour examiner la question des frontières.\n"
MIXED = (
    "Joint statement on border security\n"
    "The ministers agreed to strengthen the exchange of information between their services and to meet again "
    "next year. اتفق الوزراء على تعزيز تبادل المعلومات بين الأجهزة الأمنية وعلى عقد اجتماعهم المقبل في العام "
    "القادم بمقر الأمانة العامة للمجلس لمتابعة تنفيذ التوصيات.\n"
)
ARABIC_1256 = (
    "الرباط في 12 مارس 2024 (و م ع) - عقد المسؤولون عن الأجهزة الأمنية اجتماعا لبحث سبل تعزيز التعاون "
    "في مجال مكافحة الجريمة المنظمة العابرة للحدود وتبادل الخبرات والمعلومات بين الدول الأعضاء.\n"
)


@pytest.fixture
def folder(tmp_path) -> Path:
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "dated.txt").write_text(DATED, encoding="utf-8")
    (root / "short.txt").write_text(SHORT, encoding="utf-8")
    (root / "mixed.txt").write_text(MIXED, encoding="utf-8")
    (root / "arabic.txt").write_bytes(ARABIC_1256.encode("cp1256"))
    (root / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (root / "feed.jsonl").write_text(
        '{"title": "Given headline", "body": "Un texte de flux assez court.", "date": "2024-01-02"}\n',
        encoding="utf-8",
    )
    return root


def _reports() -> dict[str, FileReport]:
    return {r.origin.split("/", 1)[1]: r for r in FileReport.objects.all()}


def test_one_report_per_record_with_what_reading_found(folder):
    report = import_paths([folder], options=ImportOptions(extract=False))
    rows = _reports()
    assert set(rows) == {"dated.txt", "short.txt", "mixed.txt", "arabic.txt", "binary.txt", "feed.jsonl#1"}
    assert {r.run_id for r in rows.values()} == {report.run_id}

    dated = rows["dated.txt"]
    assert (dated.outcome, dated.encoding, dated.language) == ("created", "utf-8", "fr")
    assert dated.article.origin == dated.origin
    assert dated.language_confidence > 0.9
    assert (dated.date_found, dated.date_source, dated.title_source) == ("2024-03-05", "marker", "found")
    assert set(dated.noise_rules) == {"menu", "widget"}  # the section menu and share row; "Lire aussi"
    assert dated.noise_lines == 3 and dated.noise_chars == sum(c for _, c in dated.noise_rules.values())
    assert dated.warning_codes == []

    assert rows["arabic.txt"].encoding == "cp1256"
    assert (rows["arabic.txt"].date_found, rows["arabic.txt"].date_source) == ("2024-03-12", "dateline")
    assert set(rows["short.txt"].warning_codes) >= {"short_body", "no_date"}
    assert "mixed_languages" in rows["mixed.txt"].warning_codes
    assert (rows["binary.txt"].outcome, rows["binary.txt"].article) == ("failed", None)
    assert "binary" in rows["binary.txt"].error
    feed = rows["feed.jsonl#1"]
    assert (feed.title_source, feed.date_source) == ("given", "field")


def test_entities_are_counted_when_extraction_runs(folder):
    import_paths([folder / "dated.txt"])
    dated = FileReport.objects.get()
    assert dated.organizations + dated.persons + dated.events > 0 or "no_entity" in dated.warning_codes


def test_a_second_run_reports_its_records_unchanged(folder):
    import_paths([folder], options=ImportOptions(extract=False))
    second = import_paths([folder], options=ImportOptions(extract=False))
    outcomes = dict(FileReport.objects.filter(run_id=second.run_id).values_list("origin", "outcome"))
    assert outcomes["inbox/dated.txt"] == "unchanged" and outcomes["inbox/binary.txt"] == "failed"


def test_reports_are_written_in_one_insert_per_batch(folder, monkeypatch):
    for i in range(12):
        (folder / f"copy{i}.txt").write_text(DATED.replace("mardi", f"mardi {i} fois"), encoding="utf-8")
    writes = []
    insert = reports.insert_rows
    monkeypatch.setattr(reports, "insert_rows", lambda model, rows: writes.append(len(rows)) or insert(model, rows))
    with CaptureQueriesContext(connection) as queries:
        import_paths([folder], options=ImportOptions(extract=False, batch_size=10))
    assert writes == [10, 8]  # 18 records in batches of 10
    inserts = [q for q in queries.captured_queries if q["sql"].startswith('INSERT INTO "archive_filereport"')]
    # One COPY per batch on PostgreSQL (not seen by the capture), one INSERT per batch elsewhere.
    assert len(inserts) == (0 if connection.vendor == "postgresql" else 2)
    assert FileReport.objects.count() == 18


def test_dry_run_leaves_no_report(folder):
    import_paths([folder], options=ImportOptions(extract=False, dry_run=True))
    assert not FileReport.objects.exists()


def test_admin_filters_by_warning_language_and_date_source(folder, admin_client):
    report = import_paths([folder], options=ImportOptions(extract=False))
    url = reverse("admin:archive_filereport_changelist")
    for query, expected in [
        ("warning=no_date", {"short.txt"}),
        ("language__exact=ar", {"arabic.txt"}),
        ("date_source__exact=marker", {"dated.txt"}),
        ("outcome__exact=failed", {"binary.txt"}),
        (f"run__id__exact={report.run_id}&warning=mixed_languages", {"mixed.txt"}),
    ]:
        response = admin_client.get(f"{url}?{query}")
        assert response.status_code == 200
        shown = {r.origin.split("/", 1)[1] for r in response.context["cl"].result_list}
        assert expected <= shown, query
        assert "dated.txt" not in shown or "dated.txt" in expected
    run_page = admin_client.get(reverse("admin:archive_importrun_change", args=[report.run_id]))
    assert b"download CSV" in run_page.content and b"no date" not in run_page.content[:0]


def test_csv_of_a_run_has_one_line_per_record(folder, admin_client):
    report = import_paths([folder], options=ImportOptions(extract=False))
    response = admin_client.get(reverse("admin:archive_importrun_report_csv", args=[report.run_id]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 6 and list(rows[0]) == ingest_report.CSV_COLUMNS
    dated = next(r for r in rows if r["origin"].endswith("dated.txt"))
    assert dated["date_source"] == "marker" and "menu: 2 lines" in dated["noise_rules"]


def test_csv_needs_a_staff_login(folder, client):
    report = import_paths([folder], options=ImportOptions(extract=False))
    response = client.get(reverse("admin:archive_importrun_report_csv", args=[report.run_id]))
    assert response.status_code == 302  # to the login page


def test_summary_counts_outcomes_and_warnings(folder):
    report = import_paths([folder], options=ImportOptions(extract=False))
    counts = ingest_report.summary(report.run_id)
    assert counts["outcome"] == {"created": 5, "failed": 1}
    assert counts["warnings"]["no_date"] >= 1 and sum(counts["language"].values()) == 5


# The text layer's answers behind the report


@pytest.mark.parametrize(
    ("text", "marker", "urls", "expected"),
    [
        ("Titre\nTexte.", "2024-03-05", (), ("2024-03-05", "marker")),
        ("Publié le 04/02/2023 à 10h00\nTexte.", None, (), ("2023-02-04", "meta")),
        ("Tunis, 3 mars 2020 (MAP) - Les ministres se sont réunis pour une longue séance de travail.", None, (), None),
        ("Sans date ici.", None, ("https://x.example/2021/06/07/a",), ("2021-06-07", "url")),
        ("Sans date ici.", None, (), (None, "")),
    ],
)
def test_publication_date_says_where_it_was_read(text, marker, urls, expected):
    found, rule = publication_date_found(text, marker=marker, urls=urls)
    if expected is None:
        assert rule in {"dateline", "header"} and str(found) == "2020-03-03"
        return
    assert (str(found) if found else None, rule) == expected


def test_language_comes_with_its_confidence():
    language, confidence = detect_language_scored("Le ministre a reçu la délégation de la police pour une réunion.")
    assert language == "fr" and 0.5 < confidence <= 1
    assert detect_language_scored("تعزيز التعاون الأمني بين الدول العربية") == ("ar", None)
    assert detect_language_scored("anything", override="en") == ("en", None)


def test_letter_counts_are_those_of_the_script_classes():
    """`quality.letter_counts` counts on code units what deleting every other character counted."""
    import random
    import re

    from archive.importer import quality
    from text.script import ARABIC_LETTERS

    not_arabic, not_latin = re.compile(f"[^{ARABIC_LETTERS}]+"), re.compile("[^A-Za-z\u00c0-\u024f]+")
    every = "".join(map(chr, range(0x800))) + "".join(map(chr, range(0xFB50, 0xFF00))) + "\U0001f600\ud800"
    rng = random.Random(7)
    texts = [every, "", "Le ministre a dit: «السلام عليكم» 😀 ok"]
    texts += ["".join(rng.sample(every, 40)) for _ in range(200)]
    for text in texts:
        assert quality.letter_counts(text) == (len(not_arabic.sub("", text)), len(not_latin.sub("", text)))
