"""Files uploaded in the admin, stored where the import's workers can read them.

An upload is article files (.txt, .jsonl, .json, .csv) or .zip archives of them. Everything is
checked before anything is written, and a refused upload leaves nothing behind:

- the upload's total size (IMPORT_UPLOAD_MAX_BYTES);
- in a zip: the number of members (IMPORT_ZIP_MAX_MEMBERS) and their total uncompressed size
  (IMPORT_ZIP_MAX_BYTES), as declared and again as actually written (a zip bomb's headers lie);
- no member outside the upload's folder (an absolute path, a drive, `..`), no symbolic link,
  no encrypted member.

Each upload gets a folder of its own under IMPORT_UPLOAD_DIR (a shared volume when workers run on
other machines); the import reads that folder like any other.
"""

from __future__ import annotations

import re
import secrets
import shutil
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.utils import timezone

from archive.importer.readers import SUPPORTED_SUFFIXES

_CHUNK = 1 << 16
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


class UploadError(Exception):
    """An upload refused, with the reason an editor can act on (naming the file or member)."""


@dataclass(frozen=True)
class StoredUpload:
    folder: Path  # what the import reads: origins are relative to its parent
    files: int  # article files stored
    skipped: tuple[str, ...] = ()  # zip members left out: not an article file type


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB"


def _safe_name(name: str, *, what: str) -> str:
    """An uploaded file's own name, without any folder part a client may send."""
    base = PurePosixPath(name.replace("\\", "/")).name
    if base in {"", ".", ".."} or base.startswith("."):
        raise UploadError(f"{what} {name!r}: not a usable file name")
    return base


def _member_path(info: zipfile.ZipInfo, archive: str) -> PurePosixPath | None:
    """Where a zip member goes, relative to the upload folder; None for a folder entry.
    Refuses anything that would land outside the folder or is not a plain file."""
    name = info.filename
    where = f"{archive}: {name!r}"
    if info.flag_bits & 0x1:
        raise UploadError(f"{where} is encrypted: upload it without a password")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise UploadError(f"{where} is a symbolic link: links are refused, upload the files themselves")
    if "\\" in name or name.startswith("/") or _DRIVE_RE.match(name):
        raise UploadError(f"{where} has an absolute or Windows path: refused (path traversal)")
    path = PurePosixPath(name)
    if ".." in path.parts:
        raise UploadError(f"{where} points outside the archive's folder ('..'): refused (path traversal)")
    if info.is_dir():
        return None
    if stat.S_IFMT(mode) and not stat.S_ISREG(mode):
        raise UploadError(f"{where} is not a regular file: refused")
    return path


def _check_zip(archive: zipfile.ZipFile, label: str) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    infos = archive.infolist()
    if len(infos) > settings.IMPORT_ZIP_MAX_MEMBERS:
        raise UploadError(
            f"{label} holds {len(infos):,} entries; at most {settings.IMPORT_ZIP_MAX_MEMBERS:,} are accepted"
        )
    declared = sum(info.file_size for info in infos)
    if declared > settings.IMPORT_ZIP_MAX_BYTES:
        raise UploadError(
            f"{label} would expand to {_megabytes(declared)}; at most "
            f"{_megabytes(settings.IMPORT_ZIP_MAX_BYTES)} uncompressed are accepted"
        )
    members = []
    for info in infos:
        path = _member_path(info, label)
        if path is not None:
            members.append((info, path))
    return members


def _extract(archive: zipfile.ZipFile, members, into: Path, label: str, budget: list[int], skipped: list) -> int:
    """Write the members, counting the bytes really written against the uncompressed limit."""
    stored = 0
    for info, path in members:
        if path.suffix.lower() not in SUPPORTED_SUFFIXES or any(p.startswith(".") for p in path.parts):
            skipped.append(f"{label}: {info.filename}")  # not read by the import: not written
            continue
        target = into.joinpath(*path.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with archive.open(info) as source, target.open("xb") as out:
                while chunk := source.read(_CHUNK):
                    budget[0] -= len(chunk)
                    if budget[0] < 0:
                        raise UploadError(
                            f"{label} expands past {_megabytes(settings.IMPORT_ZIP_MAX_BYTES)} "
                            "(its sizes are not what it declares): refused"
                        )
                    out.write(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            # Among them, a member longer than its header says: zipfile reads only the declared
            # size, and the checksum then fails.
            raise UploadError(f"{label}: {info.filename!r} is damaged ({exc}): refused") from None
        stored += 1
    return stored


def store_upload(files, *, name: str = "upload") -> StoredUpload:
    """Store uploaded files (Django UploadedFile objects) in a new folder named `name` under a
    folder of the upload's own, extracting zips; raise UploadError naming what was refused, with
    nothing left on disk."""
    if not files:
        raise UploadError("choose at least one file or .zip archive to upload")
    total = sum(f.size or 0 for f in files)
    if total > settings.IMPORT_UPLOAD_MAX_BYTES:
        raise UploadError(
            f"the upload is {_megabytes(total)}; at most {_megabytes(settings.IMPORT_UPLOAD_MAX_BYTES)} are accepted"
        )
    plain, zips, seen = [], [], set()
    for upload in files:
        base = _safe_name(upload.name, what="file")
        suffix = Path(base).suffix.lower()
        if suffix != ".zip" and suffix not in SUPPORTED_SUFFIXES:
            accepted = ", ".join(sorted([*SUPPORTED_SUFFIXES, ".zip"]))
            raise UploadError(f"{base}: {suffix or 'no'} file type is not imported (accepted: {accepted})")
        if base in seen:
            raise UploadError(f"two files are named {base}: rename one")
        seen.add(base)
        (zips if suffix == ".zip" else plain).append((base, upload))

    opened = []
    try:
        for base, upload in zips:
            try:
                archive = zipfile.ZipFile(upload)
            except (zipfile.BadZipFile, OSError) as exc:
                raise UploadError(f"{base}: not a readable .zip archive ({exc})") from None
            opened.append((base, archive, _check_zip(archive, base)))
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        upload_root = Path(settings.IMPORT_UPLOAD_DIR) / f"{stamp}-{secrets.token_hex(4)}"
        folder = upload_root / name
        folder.mkdir(parents=True)
        try:
            stored = 0
            for base, upload in plain:
                with (folder / base).open("xb") as out:
                    for chunk in upload.chunks():
                        out.write(chunk)
                stored += 1
            budget, skipped = [settings.IMPORT_ZIP_MAX_BYTES], []
            for base, archive, members in opened:
                # Each archive in a folder named after it: two archives may hold the same names.
                stored += _extract(archive, members, folder / Path(base).stem, base, budget, skipped)
        except BaseException:
            shutil.rmtree(upload_root, ignore_errors=True)
            raise
    finally:
        for _, archive, _ in opened:
            archive.close()
    if not stored:
        shutil.rmtree(upload_root, ignore_errors=True)
        raise UploadError("the upload holds no article file (.txt, .jsonl, .json, .csv)")
    return StoredUpload(folder=folder, files=stored, skipped=tuple(skipped))
