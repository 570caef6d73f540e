"""A generator of bad input: every kind of bad file the importer has met, as data.

Each `KINDS` entry writes its files under a folder and says what must become of each record:
refused with a reason naming the file (and line), or stored (and how to check it was stored
right). `tests/test_bad_files.py` imports every kind, one folder each, next to a good file, so
that each bad input stays handled and never costs its neighbour. The same generator makes the
long fault run (`BAD_FILES_SCALE=50 pytest tests/test_bad_files.py`: 100,000-line JSONL).

The texts are invented for the project.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SCALE = int(os.environ.get("BAD_FILES_SCALE", "1"))

BODY_FR = (
    "Le directeur général de la police a reçu à Rabat une délégation venue discuter de coopération. "
    "Les deux parties ont salué la qualité de leurs relations et prévu une nouvelle réunion."
)
BODY_AR = "استقبل المدير العام للشرطة في الرباط وفدا أمنيا لبحث سبل التعاون. وأشاد الطرفان بمستوى العلاقات الثنائية."


@dataclass
class Expect:
    """What must become of the record at `origin` (relative to the folder's parent)."""

    origin: str
    error: str | None = None  # a substring of the reported reason; None: stored
    check: Callable | None = None  # for a stored record: called with its Article


@dataclass
class Kind:
    name: str
    write: Callable[[Path], None]
    expect: list[Expect] = field(default_factory=list)


def _jsonl(path: Path, records: list) -> None:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")


def _record(**fields) -> dict:
    return {"title": "Titre", "body": BODY_FR, **fields}


def _no_tags(article) -> None:
    assert "<" not in article.title and "<" not in article.body, (article.title, article.body[:80])


def _has_arabic(article) -> None:
    assert "الرباط" in article.body


def _clean_controls(article) -> None:
    assert not any(ord(c) < 32 and c not in "\t\n" for c in article.title + article.body)


def _paragraphs(article) -> None:
    assert article.body.startswith("Premier paragraphe.\n\nSecond")


def _symlink_loop(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "a.txt").write_text(BODY_FR, encoding="utf-8")
    os.symlink(folder, folder / "sub" / "loop")


def _long_jsonl(folder: Path) -> None:
    lines = 2_000 * SCALE
    with open(folder / "long.jsonl", "w", encoding="utf-8") as out:
        for n in range(lines):
            out.write(json.dumps({"title": f"Dépêche {n}", "body": f"{BODY_FR} Dépêche numéro {n}."}) + "\n")


KINDS: list[Kind] = [
    # -- handled before issue 8: they must stay handled --------------------------------------
    Kind("empty", lambda d: (d / "empty.txt").write_bytes(b""), [Expect("empty/empty.txt", "empty file")]),
    Kind(
        "binary",
        lambda d: (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20),
        [Expect("binary/image.txt", "binary file")],
    ),
    Kind(
        "broken_utf8",
        lambda d: (d / "cut.txt").write_bytes(BODY_FR.encode() + b"\xc3\x28 " + BODY_FR.encode()),
        [Expect("broken_utf8/cut.txt", "invalid UTF-8")],
    ),
    Kind(
        "windows_1256",
        lambda d: (d / "ar.txt").write_bytes(BODY_AR.encode("cp1256")),
        [Expect("windows_1256/ar.txt", check=_has_arabic)],
    ),
    Kind(
        "utf16",
        lambda d: (d / "ar16.txt").write_bytes(codecs.BOM_UTF16_LE + BODY_AR.encode("utf-16-le")),
        [Expect("utf16/ar16.txt", check=_has_arabic)],
    ),
    Kind("symlink_loop", _symlink_loop, [Expect("symlink_loop/sub/a.txt")]),
    Kind(
        "long_jsonl", _long_jsonl, [Expect("long_jsonl/long.jsonl#1"), Expect(f"long_jsonl/long.jsonl#{2_000 * SCALE}")]
    ),
    Kind(
        "bad_csv_rows",
        lambda d: (d / "feed.csv").write_text(f'title,body\nBon,"{BODY_FR}"\nTrop,de,cellules,ici\n', encoding="utf-8"),
        [Expect("bad_csv_rows/feed.csv#2"), Expect("bad_csv_rows/feed.csv#3", "row has 4 cells, the header 2")],
    ),
    Kind(
        "broken_json_line",
        lambda d: (d / "feed.jsonl").write_text('{"title": "x", "body": \n', encoding="utf-8"),
        [Expect("broken_json_line/feed.jsonl#1", "invalid JSON on line 1")],
    ),
    # -- found by issue 8 ------------------------------------------------------------------
    Kind(
        "nul_in_body",
        lambda d: _jsonl(d / "f.jsonl", [_record(body=BODY_FR + " avec\u0000nul.")]),
        [Expect("nul_in_body/f.jsonl#1", check=lambda a: _clean_controls(a))],
    ),
    Kind(
        "long_source",
        lambda d: _jsonl(d / "f.jsonl", [_record(source="S" * 250)]),
        [Expect("long_source/f.jsonl#1", "source:")],
    ),
    Kind(
        "javascript_url",
        lambda d: _jsonl(d / "f.jsonl", [_record(url="javascript:alert(4)")]),
        [Expect("javascript_url/f.jsonl#1", "url:")],
    ),
    Kind(
        "placeholder_dates",
        lambda d: _jsonl(d / "f.jsonl", [_record(date="9999-12-31"), _record(date="0001-01-01", body=BODY_AR)]),
        [
            Expect("placeholder_dates/f.jsonl#1", "9999-12-31 is outside"),
            Expect("placeholder_dates/f.jsonl#2", "0001-01-01 is outside"),
        ],
    ),
    Kind(
        "list_body",
        lambda d: _jsonl(d / "f.jsonl", [_record(body=["Premier paragraphe.", "Second paragraphe, plus long."])]),
        [Expect("list_body/f.jsonl#1", check=_paragraphs)],
    ),
    Kind(
        "object_body",
        lambda d: _jsonl(d / "f.jsonl", [_record(body={"fr": BODY_FR})]),
        [Expect("object_body/f.jsonl#1", "'body' is an object")],
    ),
    Kind(
        "number_body",
        lambda d: _jsonl(d / "f.jsonl", [_record(body=12345)]),
        [Expect("number_body/f.jsonl#1", "'body' is a number (12345)")],
    ),
    Kind(
        "html_as_text",
        lambda d: (d / "page.txt").write_text(
            f"<html><body><nav>Accueil | Sport</nav><h1>Réunion à Rabat</h1><p>{BODY_FR}</p></body></html>",
            encoding="utf-8",
        ),
        [Expect("html_as_text/page.txt", check=_no_tags)],
    ),
    Kind(
        "short_csv_body",
        lambda d: (d / "f.csv").write_text("title,body\nCourt,La réunion a eu lieu à Rabat\n", encoding="utf-8"),
        [Expect("short_csv_body/f.csv#2")],
    ),
    Kind(
        "deep_json",
        lambda d: (d / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8"),
        [Expect("deep_json/deep.json", "nested too deeply")],
    ),
    Kind(
        "lone_surrogate",
        lambda d: (d / "f.jsonl").write_text(
            json.dumps(_record()).replace('"Titre"', '"Ti\\ud800tre"') + "\n", encoding="utf-8"
        ),
        [Expect("lone_surrogate/f.jsonl#1", check=lambda a: a.title == "Titre")],
    ),
    Kind(
        "control_characters",
        lambda d: _jsonl(d / "f.jsonl", [_record(title="Ti\x1b[31mtre\x07", body=BODY_FR + "\x0b\x1f")]),
        [Expect("control_characters/f.jsonl#1", check=_clean_controls)],
    ),
    Kind(
        "oversized",
        lambda d: (d / "dump.txt").write_text((BODY_FR + "\n") * 6_000, encoding="utf-8"),
        [Expect("oversized/dump.txt", "larger than the 1,000,000 characters")],
    ),
    Kind(
        "huge_csv_field",
        lambda d: (d / "f.csv").write_text(
            f'title,body\nLong,"{"mot " * 50_000}"\nBon,"{BODY_FR}"\n', encoding="utf-8"
        ),
        [Expect("huge_csv_field/f.csv#2"), Expect("huge_csv_field/f.csv#3")],
    ),
]


def make(kind: Kind, root: Path) -> Path:
    """Write `kind`'s files into root/<kind.name>/ beside one good file; return the folder."""
    folder = root / kind.name
    folder.mkdir(parents=True)
    kind.write(folder)
    (folder / "zz_good_neighbour.txt").write_text(f"{BODY_FR} Voisin de {kind.name}.", encoding="utf-8")
    return folder
