"""Issue 13, item 2 in a real browser: an editor logs in, uploads a zip of articles on the import
runs' upload page, lands on the new run's page and watches its progress to the end (the page's
script polls the progress endpoint, then reloads with the final counts).

Twice: eagerly (the test settings, as on the SQLite default: the batches run in the web process
while the upload is answered, the page opens on the run as it ended), and on PostgreSQL with a
real `celery -A config worker` process taking the batches through RabbitMQ while the page follows
them (skipped on SQLite or without a broker). Screenshots at 1366 × 900 (the run under way, the
run finished, its per-file ingest report):

    SCREENSHOTS_DIR=docs/screenshots DATABASE_URL=postgres://… .venv/bin/pytest tests/test_browser_upload.py
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import transaction

from archive.editors import grant_editors
from archive.importer.synthetic import write_corpus
from archive.locking import lock_import_writes
from archive.models import Article, ImportRun
from archive.tasks import import_batch
from tests.celery_workers import running_workers

SCREEN = {"width": 1366, "height": 900}
PASSWORD = "an editor's long password"

pytestmark = [pytest.mark.browser]


@pytest.fixture
def editor(transactional_db):
    user = User.objects.create_user("upload-editor", password=PASSWORD, is_staff=True)
    user.groups.add(grant_editors(Group, Permission))
    return user


@pytest.fixture
def press_zip(tmp_path) -> Path:
    folder = tmp_path / "dossier"
    write_corpus(folder, 40, seed=13)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, f"dossier/{path.name}")
    target = tmp_path / "press.zip"
    target.write_bytes(buffer.getvalue())
    return target


@pytest.fixture
def queue(settings):
    """Eager: the batches run in the live server while the upload is answered."""
    settings.IMPORT_BATCH_FILES = 5
    return "eager"


def test_upload_a_zip_and_watch_the_run_to_its_end(chromium, live_server, editor, queue, press_zip, settings, tmp_path):
    settings.IMPORT_UPLOAD_DIR = tmp_path / "uploads"
    page = chromium.new_context(locale="fr-FR", viewport=SCREEN).new_page()
    page.set_default_timeout(20_000)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/admin/")

    page.goto(live_server.url + "/admin/archive/importrun/")
    page.get_by_role("link", name="Upload files").click()
    page.set_input_files("#id_files", str(press_zip))
    # Eager (no worker), the upload answers once the import is done: give it time on a busy machine.
    with page.expect_navigation(url="**/admin/archive/importrun/*/change/", timeout=120_000):
        page.get_by_role("button", name="Upload and import").click(no_wait_after=True)
    run = ImportRun.objects.get()
    assert run.files_total == 40 and run.arguments["uploaded"] == ["press.zip"]

    # The run has ended before the page opens: the page says so at once.
    page.wait_for_selector('#import-progress[data-finished="1"]', timeout=120_000)
    page.wait_for_load_state()
    box = page.locator("#import-progress")
    assert box.locator('[data-field="status"]').inner_text() == "finished"
    assert box.locator('[data-field="files_done"]').inner_text() == "40"
    assert box.locator("progress").get_attribute("value") == "40"
    assert "press.zip" in page.locator("body").inner_text()
    assert Article.objects.filter(import_run=run).count() == 40
    assert run.batches.count() == 8


# -- The same upload imported by a real worker (PostgreSQL and RabbitMQ) ------------------------


@pytest.fixture
def worker(transactional_db, settings, tmp_path):
    """One real `celery -A config worker` process on a queue of its own, connected to the test
    database; the live server sends the upload's batches to it through RabbitMQ (not eager)."""
    with running_workers(1, tmp_path / "worker-logs", wait_ready=True) as env:
        # Celery reads its settings through Django's: these reach the live server's thread too.
        settings.CELERY_TASK_ALWAYS_EAGER = False
        settings.CELERY_TASK_DEFAULT_QUEUE = env["CELERY_QUEUE"]
        settings.IMPORT_BATCH_FILES = 5
        assert not import_batch.app.conf.task_always_eager
        yield env["CELERY_QUEUE"]


def test_a_real_worker_imports_an_upload_while_the_page_shows_progress(
    chromium, live_server, editor, worker, press_zip, settings, tmp_path
):
    settings.IMPORT_UPLOAD_DIR = tmp_path / "uploads"
    page = chromium.new_context(locale="fr-FR", viewport=SCREEN).new_page()
    page.set_default_timeout(20_000)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/admin/")
    shots = Path(os.environ["SCREENSHOTS_DIR"]) if os.environ.get("SCREENSHOTS_DIR") else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)

    # Hold the import lock while the editor uploads: the worker takes the first batch and waits
    # at its first write, so that the page is seen while the run is under way, every time.
    with transaction.atomic():
        lock_import_writes()
        page.goto(live_server.url + "/admin/archive/importrun/upload/")
        page.set_input_files("#id_files", str(press_zip))
        with page.expect_navigation(url="**/admin/archive/importrun/*/change/"):
            page.get_by_role("button", name="Upload and import").click()
        box = page.locator("#import-progress")
        assert box.get_attribute("data-finished") == "0"
        assert box.locator('[data-field="status"]').inner_text() == "running"
        assert box.locator('[data-field="files_done"]').inner_text() == "0"
        assert box.locator('[data-field="files_total"]').inner_text() == "40"
        run = ImportRun.objects.get()
        # The page's script polls the progress endpoint (the hint to reload is removed when it starts).
        with page.expect_response("**/progress/"):
            pass
        assert page.locator("#import-progress [data-hint]").count() == 0
        if shots:
            page.screenshot(path=str(shots / "import-run-progress.png"))
    # Lock released: the worker imports the 8 batches; the page follows them, then reloads.
    page.wait_for_selector('#import-progress[data-finished="1"]', timeout=180_000)
    page.wait_for_load_state()
    box = page.locator("#import-progress")
    assert box.locator('[data-field="status"]').inner_text() == "finished"
    assert box.locator('[data-field="files_done"]').inner_text() == "40"
    assert box.locator('[data-field="created"]').inner_text() == "40"
    run.refresh_from_db()
    assert (run.status, run.created, run.failed) == (ImportRun.Status.FINISHED, 40, 0)
    # Every batch was taken by the worker started above, none ran in the web process.
    assert {b.worker.split("@")[0] for b in run.batches.all()} == {f"{worker}-1"}
    assert Article.objects.filter(import_run=run).count() == 40
    if shots:
        page.screenshot(path=str(shots / "import-run-finished.png"))

    # The run's ingest-quality report: the per-file list of this run.
    page.get_by_role("link", name="every file").click()
    page.wait_for_load_state()
    assert page.locator("#result_list tbody tr").count() == 40
    assert "dossier/" in page.locator("#result_list").inner_text()
    if shots:
        page.screenshot(path=str(shots / "ingest-report-admin.png"))
