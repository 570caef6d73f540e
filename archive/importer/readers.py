"""The read stage: files and directories to raw records, one reader per input shape.

Every record keeps the text exactly as read (`raw_text`, hashed later to detect changes) and
an `origin` that stays the same from one import to the next: the path relative to the parent
of the path given (`seeds/001.txt`), plus `#LINE` for a JSONL/CSV record and `#N` for an item
of a JSON list. A bad file or line becomes a `RecordError` naming it, and reading goes on.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from archive.importer.decoding import DecodeError, decode_bytes_as

SUPPORTED_SUFFIXES = {".txt", ".jsonl", ".json", ".csv"}

# Field names accepted in JSON and CSV input, and the name each is stored under.
FIELD_ALIASES = {
    "title": "title",
    "headline": "title",
    "titre": "title",
    "body": "body",
    "text": "body",
    "texte": "body",
    "content": "body",
    "contenu": "body",
    "date": "date",
    "published": "date",
    "published_at": "date",
    "url": "url",
    "link": "url",
    "lien": "url",
    "source": "source",
    "language": "language",
    "lang": "language",
    "langue": "language",
}


@dataclass
class RawRecord:
    """One article as read: its origin, the text exactly as read, and any structured fields
    (title, body, date, url, source, language) the input shape provides."""

    origin: str
    raw_text: str
    fields: dict = field(default_factory=dict)
    root: str = ""  # the absolute folder `origin` is relative to (see iter_records)
    encoding: str = ""  # how the file's bytes were decoded (decoding.decode_bytes_as)


@dataclass
class RecordError:
    """A file, line or record that could not be read, and why."""

    origin: str
    error: str


# A JSON "\ud800" escape decodes to a lone surrogate: not a character, and not encodable in UTF-8.
_SURROGATES_RE = re.compile(r"[\ud800-\udfff]")

# The csv module refuses fields over 131,072 characters, which would end the file's reading there:
# read them whole, so that an oversized body is refused alone by the size check of validation.
csv.field_size_limit(max(csv.field_size_limit(), 16_000_000))


def _json_kind(value: object) -> str:
    return {dict: "an object", list: "a list", bool: "true/false"}.get(type(value), "a number")


def _field_text(name: str, key: str, value: object) -> str:
    """A field's value as text, or ValueError saying what it is instead.

    A list of strings as a body is a list of paragraphs (some feeds write them so); any other
    structure is not text, and turning it into Python's repr of it would store garbage."""
    if isinstance(value, str):
        return _SURROGATES_RE.sub("", value)
    if name == "source" and isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]  # the interchange format's {"id": …, "name": …}
    if name == "body" and isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n\n".join(v.strip() for v in value if v.strip())
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name != "body":
        return str(value)  # a year as a date, a numeric title
    if name == "body" and isinstance(value, (int, float)):
        raise ValueError(f"'{key}' is a number ({value!r}), not the article's text")
    raise ValueError(f"'{key}' is {_json_kind(value)}, not text")


def _fields(obj: dict) -> dict:
    """The known fields of a record as text; ValueError for a field that is not text."""
    out: dict[str, str] = {}
    for key, value in obj.items():
        name = FIELD_ALIASES.get(str(key).strip().lower())
        if name is None or value is None or name in out:
            continue
        text = _field_text(name, str(key), value)
        if text.strip():
            out[name] = text.strip() if name != "body" else text
    return out


def _has_body(obj: object) -> bool:
    try:
        return isinstance(obj, dict) and bool(_fields(obj).get("body"))
    except ValueError:
        return True  # an article record with a bad field: reported on its own


def _record(origin: str, raw_text: str, obj: object) -> RawRecord | RecordError:
    if not isinstance(obj, dict):
        return RecordError(origin, f"expected a JSON object, found {type(obj).__name__}")
    try:
        fields = _fields(obj)
    except ValueError as exc:
        return RecordError(origin, str(exc))
    if not fields.get("body", "").strip():
        return RecordError(origin, "record has no 'body' or 'text'")
    return RawRecord(origin, raw_text, fields)


def _read_jsonl(text: str, origin: str) -> Iterator[RawRecord | RecordError]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}#{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordError(where, f"invalid JSON on line {number}: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            yield RecordError(where, f"JSON on line {number} is nested too deeply to be an article")
            continue
        yield _record(where, line, obj)


def _read_json(text: str, origin: str) -> Iterator[RawRecord | RecordError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield RecordError(origin, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield RecordError(origin, "JSON nested too deeply to be an article file")
        return
    if isinstance(data, dict):
        yield _record(origin, text, data)
        return
    if not isinstance(data, list):
        yield RecordError(origin, "expected a JSON object or a list of objects")
        return
    if not any(_has_body(item) for item in data):
        # e.g. an annotation file lying next to the articles: one error, not one per item
        yield RecordError(origin, "no object in this JSON file has a 'body' or 'text': not an article file")
        return
    for index, item in enumerate(data, start=1):
        yield _record(f"{origin}#{index}", json.dumps(item, ensure_ascii=False), item)


def _read_csv(text: str, origin: str) -> Iterator[RawRecord | RecordError]:
    lines = text.split("\n")
    first = lines[0]
    # Spreadsheets in French locales write ";"-separated files; tab-separated ones exist too.
    delimiter = max((",", ";", "\t"), key=first.count) if first.count(",") == 0 else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        yield RecordError(origin, f"unreadable CSV header: {exc}")
        return
    known = [FIELD_ALIASES.get(name.strip().lstrip("\ufeff").lower()) for name in header]
    if not any(known):
        yield RecordError(origin, f"CSV header names none of {', '.join(sorted(set(FIELD_ALIASES)))}")
        return
    if "body" not in known:
        yield RecordError(origin, "CSV header has no 'body' or 'text' column")
        return
    last_line = reader.line_num
    while True:
        first_line = last_line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RecordError(f"{origin}#{first_line}", f"unreadable CSV row: {exc}")
            return
        last_line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        where = f"{origin}#{first_line}"
        if len(row) != len(header):
            yield RecordError(where, f"row has {len(row)} cells, the header {len(header)}")
            continue
        obj = {name: value for name, value in zip(header, row, strict=True)}
        yield _record(where, "\n".join(lines[first_line - 1 : last_line]), obj)


_READERS = {".jsonl": _read_jsonl, ".json": _read_json, ".csv": _read_csv}


def _read_file(path: Path, origin: str, root: str = "") -> Iterator[RawRecord | RecordError]:
    try:
        text, encoding = decode_bytes_as(path.read_bytes(), origin)
    except DecodeError as exc:
        yield RecordError(origin, exc.reason.removeprefix(f"{origin}: "))
        return
    except OSError as exc:
        yield RecordError(origin, f"cannot read: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield RawRecord(origin, text, {}, root, encoding)
        return
    try:
        for record in _READERS[suffix](text, origin):
            if isinstance(record, RawRecord):
                record.root = root
                record.encoding = encoding
            yield record
    except Exception as exc:  # a reader's defect must cost this file only, never the run
        yield RecordError(origin, f"internal error while reading: {type(exc).__name__}: {exc}")


def _files_under(directory: Path) -> tuple[list[Path], list[tuple[Path, OSError]]]:
    """Supported files under `directory`, recursively, in sorted order; hidden ones skipped;
    and the folders that could not be listed, with why (never skipped in silence).
    Symbolic links to folders are not followed: a link loop cannot make the walk endless."""
    found: list[Path] = []
    unreadable: list[tuple[Path, OSError]] = []

    def refused(error: OSError) -> None:
        unreadable.append((Path(error.filename), error))

    for folder, subfolders, files in os.walk(directory, onerror=refused):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in files:
            path = Path(folder) / name
            if not name.startswith(".") and path.suffix.lower() in SUPPORTED_SUFFIXES and path.is_file():
                found.append(path)
    return sorted(found), unreadable


@dataclass(frozen=True)
class ListedFile:
    """One file to read, with the identity its records get: `origin` relative to `root`.

    Listing is separate from reading so that a queued import can split the files of a folder
    into batches for several workers and give each file the same origin as an import of the
    whole folder in one process would (an article is its origin *and* its root)."""

    path: str
    origin: str
    root: str


def list_files(paths: list[Path | ListedFile]) -> Iterator[ListedFile | RecordError]:
    """The files under `paths` (directories recursively, sorted) with their origins, and a
    `RecordError` for each folder that cannot be read or file that cannot be imported."""
    for given in paths:
        if isinstance(given, ListedFile):
            yield given
            continue
        path = Path(given)
        if path.is_dir():
            resolved = path.resolve()
            root_name, root = resolved.name, str(resolved.parent)
            files, unreadable = _files_under(path)
            for folder, error in unreadable:
                where = f"{root_name}/{folder.relative_to(path).as_posix()}".removesuffix("/.")
                yield RecordError(where, f"cannot read this folder: {error.strerror or error}")
            for file in files:
                yield ListedFile(str(file), f"{root_name}/{file.relative_to(path).as_posix()}", root)
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                yield RecordError(path.name, f"unsupported file type {path.suffix or '(none)'!r}")
                continue
            yield ListedFile(str(path), path.name, str(path.resolve().parent))
        else:
            yield RecordError(path.name or str(path), "no such file or directory")


def iter_records(paths: list[Path | ListedFile]) -> Iterator[RawRecord | RecordError]:
    """Records from files and directories (recursively, sorted), errors included, in order.

    Each record's `root` is the absolute folder its origin is relative to: the same file name
    under another folder of the same name (`/a/dev/001.txt`, `/b/dev/001.txt`) is another article.
    A `ListedFile` (from `list_files`) is read with the origin and root it carries."""
    for item in list_files(paths):
        if isinstance(item, RecordError):
            yield item
        else:
            yield from _read_file(Path(item.path), item.origin, item.root)
