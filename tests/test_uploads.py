"""Issue 13, item 2: uploads in the admin. Files or zips are stored in a folder of their own, with
every limit checked before anything is written (size, zip members, uncompressed size as declared
and as written, path traversal, symbolic links); then the import runs as a queued run (eagerly
here), and the run's page shows its progress, also as JSON for the page's script."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from archive.editors import EDITORS, grant_editors
from archive.models import Article, ImportRun
from archive.uploads import UploadError, store_upload

FR = "Les ministres de l'Intérieur se sont réunis à Tunis pour une session ordinaire consacrée à la sécurité.\n"
EN = "Police chiefs met in Vienna to discuss cooperation against organised crime across borders this week.\n"


def _zip(entries: dict[str, bytes], *, links: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


@pytest.fixture(autouse=True)
def upload_dir(settings, tmp_path) -> Path:
    settings.IMPORT_UPLOAD_DIR = tmp_path / "uploads"
    return settings.IMPORT_UPLOAD_DIR


def _left_on_disk(upload_dir: Path) -> list[Path]:
    return [p for p in upload_dir.rglob("*") if p.is_file()] if upload_dir.exists() else []


def test_files_and_a_zip_are_stored_in_a_folder_of_their_own(upload_dir):
    stored = store_upload(
        [
            _upload("a.txt", FR.encode()),
            _upload("news.zip", _zip({"x/b.txt": EN.encode(), "x/photo.jpg": b"\xff", ".hidden.txt": b"x"})),
        ]
    )
    assert stored.files == 2 and stored.folder.parent.parent == upload_dir
    assert sorted(p.relative_to(stored.folder).as_posix() for p in _left_on_disk(upload_dir)) == [
        "a.txt",
        "news/x/b.txt",
    ]
    assert stored.skipped == ("news.zip: x/photo.jpg", "news.zip: .hidden.txt")


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"../evil.txt": b"x"}, "points outside the archive's folder"),
        ({"a/../../evil.txt": b"x"}, "points outside the archive's folder"),
        ({"/etc/evil.txt": b"x"}, "absolute or Windows path"),
        ({"C:/evil.txt": b"x"}, "absolute or Windows path"),
        ({"a\\..\\evil.txt": b"x"}, "absolute or Windows path"),
    ],
)
def test_path_traversal_is_refused_with_nothing_written(upload_dir, entries, message):
    data = _zip({"good.txt": FR.encode(), **entries})
    with pytest.raises(UploadError, match=message):
        store_upload([_upload("bad.zip", data)])
    assert _left_on_disk(upload_dir) == []


def test_symbolic_links_are_refused(upload_dir):
    with pytest.raises(UploadError, match=r"bad.zip: 'link.txt' is a symbolic link"):
        store_upload([_upload("bad.zip", _zip({"good.txt": FR.encode()}, links=("link.txt",)))])
    assert _left_on_disk(upload_dir) == []


def test_zip_bombs_are_refused_by_declared_and_by_written_size(settings, upload_dir):
    settings.IMPORT_ZIP_MAX_BYTES = 100_000
    bomb = _zip({"zeros.txt": b"0" * 200_000})  # a few hundred bytes compressed
    assert len(bomb) < 2_000
    with pytest.raises(UploadError, match=r"bomb.zip would expand to 0.2 MB; at most 0.1 MB"):
        store_upload([_upload("bomb.zip", bomb)])

    # Headers that lie: the member declares 10 bytes and expands to 200,000 (zipfile reads what
    # is declared, the checksum fails).
    lying = bytearray(bomb)
    for header in (b"PK\x03\x04", b"PK\x01\x02"):
        at = lying.find(header)
        size_at = at + (22 if header == b"PK\x03\x04" else 24)
        lying[size_at : size_at + 4] = (10).to_bytes(4, "little")
    with pytest.raises(UploadError, match=r"lying.zip: 'zeros.txt' is damaged \(Bad CRC-32"):
        store_upload([_upload("lying.zip", bytes(lying))])
    assert _left_on_disk(upload_dir) == []


def test_member_count_and_upload_size_limits(settings):
    settings.IMPORT_ZIP_MAX_MEMBERS = 3
    with pytest.raises(UploadError, match=r"many.zip holds 4 entries; at most 3"):
        store_upload([_upload("many.zip", _zip({f"{i}.txt": b"x" for i in range(4)}))])
    settings.IMPORT_UPLOAD_MAX_BYTES = 50
    with pytest.raises(UploadError, match=r"the upload is 0\.0 MB; at most 0\.0 MB"):
        store_upload([_upload("a.txt", b"x" * 51)])


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.pdf", b"%PDF", "notes.pdf: .pdf file type is not imported"),
        ("broken.zip", b"not a zip", "broken.zip: not a readable .zip archive"),
        ("empty.zip", _zip({"readme.md": b"x"}), "holds no article file"),
    ],
)
def test_unusable_uploads_say_why(name, data, message):
    with pytest.raises(UploadError, match=message):
        store_upload([_upload(name, data)])


# -- The admin --------------------------------------------------------------------------------------


@pytest.fixture
def editor(db, client):
    group = grant_editors(Group, Permission)
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(group)
    assert group.name == EDITORS
    client.force_login(user)
    return user


def test_an_editor_uploads_a_zip_and_sees_the_run(client, editor):
    data = _zip({"dossier/fr.txt": FR.encode(), "dossier/en.txt": EN.encode()})
    response = client.post(
        reverse("admin:archive_importrun_upload"), {"files": [_upload("press.zip", data)], "publish": ""}
    )
    run = ImportRun.objects.get()
    assert response.status_code == 302 and response.url == reverse("admin:archive_importrun_change", args=[run.pk])
    assert run.status == ImportRun.Status.FINISHED and run.created == 2
    assert run.arguments["uploaded_by"] == "editor" and run.arguments["uploaded"] == ["press.zip"]
    assert sorted(Article.objects.values_list("origin", flat=True)) == [
        "upload/press/dossier/en.txt",
        "upload/press/dossier/fr.txt",
    ]
    page = client.get(response.url).content.decode()
    assert 'id="import-progress"' in page and 'data-finished="1"' in page
    assert 'data-field="batches"' in page  # a queued run: its files and batches are counted

    progress = client.get(reverse("admin:archive_importrun_progress", args=[run.pk])).json()
    assert (progress["files_done"], progress["files_total"], progress["created"], progress["finished"]) == (
        2,
        2,
        2,
        True,
    )


def test_a_command_line_runs_page_shows_no_queue_figures(client, editor, tmp_path):
    from archive.importer.pipeline import ImportOptions
    from archive.services import articles_import

    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    report = articles_import(paths=[tmp_path], options=ImportOptions())
    page = client.get(reverse("admin:archive_importrun_change", args=[report.run_id])).content.decode()
    assert 'id="import-progress"' in page and "1</span> created" in page
    assert 'data-field="batches"' not in page and "files/s" not in page  # was "0 / 0", "0.0 files/s"


def test_a_refused_upload_shows_the_reason_and_stores_nothing(client, editor):
    response = client.post(
        reverse("admin:archive_importrun_upload"), {"files": [_upload("bad.zip", _zip({"../x.txt": b"x"}))]}
    )
    assert response.status_code == 200
    assert "points outside the archive&#x27;s folder" in response.content.decode()
    assert not ImportRun.objects.exists()


def test_the_upload_needs_the_permission_to_import(client, db):
    user = User.objects.create_user("reader", password="pw", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:archive_importrun_upload")).status_code == 403
