"""The clean stage: page noise out, headline found, the article's own text kept whole.

Scrapers return the page, not the article: menus, headline tickers, cookie banners, share and
comment widgets, "Lire aussi" links, images, duplicated paragraphs. They are recognised by
their shape — lists of short items run together with `|`, `>` or runs of spaces, trailing
button rows, short unpunctuated lines after the last paragraph, link density, repetition —
and by the small vocabulary widgets share across sites, never by the sentences of particular
files: the importer is judged on pages it has never seen. Bylines, photo credits, closing
credit lines ("Reporting by X; Editing by Y", "سناء الوردي – تونس", an outlet's "Sahel Times Staff",
`text.outlets`) and datelines stay in the body (persons, outlets and dates are read from them later).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from itertools import islice

from people.lexicon import AR_GIVEN_NAMES, GIVEN_NAMES, akey
from text.credits import CREDIT_LINE, signature_name, slash_credit_line
from text.datelines import strip_dateline
from text.dates import dateline_only, find_dates, has_date_field, is_agency_stamp, is_meta_line
from text.normalize import normalize_name
from text.outlets import (
    MORE_FROM,
    copyright_holder,
    credit_line_outlets,
    is_section_word,
    news_agency_line,
    outlet_opening_line,
    promoted_outlet,
    section_stamp,
)
from text.places import city_named, is_country_name
from text.scanning import may_hold
from text.script import ARABIC_LETTERS, is_arabic
from text.sentences import END_MARKS, first_sentence

_MARKER_RE = re.compile(r"\A[ \t\n]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]*")
# (the article's first words may follow it on its line: " date 2025-07-21 أديس أبابا – عقد …")
_MARKER_LINE_RE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]*")
_MARKER_HEAD_LINES = 6  # lines above the marker at most, each a short one (a menu, a byline, a blank)
_MARKER_HEAD_WIDTH = 120
_MD_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\(\s*([^)\s]+)[^)\n]*\)")
_MD_LINK_RE = re.compile(r"(?<!!)\[([^\]\n]+)\]\(\s*(https?://[^)\s]+)[^)\n]*\)")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
# A URL alone on its line: with its scheme, from "www.", or a host name and a path as some scrapers
# copy the address bar ("english.example.cn/africa/20250416/c_forum.htm")
_BARE_URL_RE = re.compile(r"^<?(?:https?://|www\.|(?:[a-z0-9-]+\.)+[a-z]{2,12}/)\S+?>?$", re.IGNORECASE)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Items of menus, tickers and button rows: separated by | > » › → / • · or by runs of spaces
# (non-breaking spaces included, as tickers are glued with them); news tickers also use
# triangles, squares and diamonds ("EN CONTINU ▸ item ▸ item", "Breaking ■ item ■ item").
_ITEM_MARKS = ">»›→/•·▸▶►‣▪■◆●"
# A pipe with the white space around it, a mark between white spaces, or two white spaces or more:
# `\s*\|\s*|\s+[marks]\s+|[\s\u00a0]{2,}`, written to open on one class (a white space or a pipe)
# that the regex engine skips to; the branches after it, by a look-behind at that first character,
# continue as those three did (the same splits, 2.4 times faster over a long line).
_ITEM_SPLIT_RE = re.compile(
    rf"[\s|](?:(?<=\|)\s*|(?<=\s)\s*\|\s*|(?<=\s)\s*[{_ITEM_MARKS}]\s+|(?<=[\s\u00a0])[\s\u00a0]+)"
)
_ITEM_HINTS = ("|", "  ", "\u00a0", "\t", *(f" {mark} " for mark in _ITEM_MARKS))
_SPACED_MARKS = tuple((mark, f" {mark} ") for mark in _ITEM_MARKS)
_SENTENCE_END = tuple(END_MARKS)
_PROSE_END = (*_SENTENCE_END, "»", '"', "”", ")")

_STRONG_LABEL_RE = re.compile(
    r"^(?:lire aussi|[àa] lire aussi|lire [ée]galement|voir aussi|lire la suite|read also|also read|read more"
    rf"|{MORE_FROM}"
    r"|see also|related(?: articles| stories| news)?\s*:|click here|cliquez ici|haz clic|lee tambi[ée]n"
    r"|leer tambi[ée]n|[اإ]قر[أا] [أا]يضا|[اإ]قر[أا] المزيد|اضغط هنا|انقر هنا|inscrivez-vous|abonnez-vous"
    r"|je m'abonne|subscribe|sign up|suscr[íi]bete|newsletter|tags?\s*:|mots[- ]cl[ée]s\s*:|etiquetas\s*:"
    r"|الوسوم|كلمات مفتاحية|les plus (?:lus|populaires|partag[ée]s)|most (?:read|popular|viewed)"
    r"|الأكثر (?:قراءة|مشاهدة)|lo m[áa]s le[íi]do|laisse[rz] un commentaire|leave a (?:comment|reply)"
    r"|deja un comentario|أضف تعليق|soyez le premier|be the first|votre adresse (?:e-?mail|[ée]lectronique)"
    r"|your email address|suivez-nous|follow us|تابعونا|تابعنا على|اشترك (?:في نشرت|الآن|معنا))",
    re.IGNORECASE,
)
_WEAK_LABEL_RE = re.compile(
    r"^(?:partage[rz]?|share(?: this)?|compartir|comparte|شارك(?:وا)?(?: الخبر| المقال)?|commentaires?|comments?"
    r"|comentarios|التعليقات|تعليقات|r[ée]agi(?:r|ssez)|vos r[ée]actions|imprimer|print|طباعة|recevez|publicit[ée]"
    r"|advertisement|sponsored|إعلان|newsletter|النشرة (?:البريدية|الإخبارية)|envoyer par e-?mail)(?![^\W\d_])",
    re.IGNORECASE,
)
_SOCIAL = {
    "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "instagram", "youtube", "tiktok", "messenger",
    "pinterest", "reddit", "email", "e-mail", "imprimer", "print", "فيسبوك", "تويتر", "واتساب", "تيليغرام",
    "تلغرام", "انستغرام", "يوتيوب", "لينكدإن", "لينكدان",
}  # fmt: skip
_COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|tous droits r[ée]serv[ée]s|all rights reserved|جميع الحقوق محفوظة", re.IGNORECASE
)
_COPYRIGHT_HINTS = ("©", "(c)", "(C)", "opyright", "OPYRIGHT", "serv", "SERV", "rights", "RIGHTS", "الحقوق")
_ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
# Agency signatures closing an article ("MAP", "و.م.ع", an Arabic wire's code of three or four letters,
# which has no capitals to tell it: "وأج", "واس", "كونا"): kept, they name the outlet.
_SIGNATURE_RE = re.compile(
    rf"^(?:[A-Z][A-Z0-9&/ -]{{1,15}}|[^\s.]{{1,6}}(?:\.[^\s.]{{1,6}}){{1,4}}\.?|\(?[{ARABIC_LETTERS}]{{3,4}}\)?)$"
)
# Sign-up and consent vocabulary: after the last paragraph, a line using it is a widget even
# when it is a full sentence ("Inscrivez-vous à notre newsletter pour recevoir … .").
_TAIL_WORDS_RE = re.compile(
    r"newsletter|cookies?\b|inbox|bo[îi]te (?:mail|e-?mail)|(?:adresse|votre|your) e-?mail|e-?mail address"
    r"|بريدك|البريد الإلكتروني|نشرتنا|النشرة (?:البريدية|الإخبارية)|الكوكيز|\babonne[rz]\b|m'abonne|inscrivez"
    r"|sign up|subscribe|alertes? info",
    re.IGNORECASE,
)
# A word each alternative of _TAIL_WORDS_RE writes, in lower case: a line without any (read as the
# pattern reads it, `text.scanning.may_hold`) is not searched.
_TAIL_WORD_NEEDLES = (
    "newsletter", "cookie", "inbox", "mail", "بريد", "نشرتنا", "النشرة", "الكوكيز", "abonne", "inscrivez",
    "sign up", "subscribe", "alert",
)  # fmt: skip


def _has_tail_words(line: str) -> bool:
    """`_TAIL_WORDS_RE.search(line)`, searched only where a match may be (the engine tries its
    case-insensitive alternatives at every character: a hundred times the cost of the test)."""
    return may_hold(line, _TAIL_WORD_NEEDLES) and _TAIL_WORDS_RE.search(line) is not None


# Lines kept even where noise is cut: credits, bylines and agency signatures name people and outlets
# (their shape: `text.credits`).
_BYLINE_RE = re.compile(r"^(?:par|by|por|بقلم)(?:\s*:)?\s+\S", re.IGNORECASE)
# An author line of its own: initials and surname ("A.Bennis", "A. Bennis").
# "A.Bennis", "J.-M. Martin", "M. DIALLO" (a surname in capitals, as some outlets sign)
_INITIALS_NAME_RE = re.compile(
    r"^(?:[A-Z]\.\s?){1,3}(?:[A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+)?|[A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]{2,})?)$"
)
# An agency's code before its journalists' names: "WAM/Hatem Mohammed/Tariq Alfaham", "MAP/A. Dupont".
_AGENCY_CODE_RE = re.compile(r"^[A-Z]{2,8}$")
# Author and place: "سناء الوردي – تونس", "Nadia Berrada, Rabat", "الرباط: كمال العلوي".
_AUTHOR_PLACE_SEP_RE = re.compile(r"\s*(?:\s[–—-]|[–—/,،:])\s*")
_NAME_PARTICLES = _wordset("de du des d' la le el al ben bin ibn bint ould ait aït ou van von der da dos di del y")
_ARABIC_NAME_PARTICLES = _wordset("بن ابن بنت آل أبو عبد ولد آيت")
_PURE_META_EXTRA_RE = re.compile(r"\||(?:^|\s)(?:par|by|por|بقلم)\s", re.IGNORECASE)


@dataclass
class CleanText:
    """What the clean stage makes of a text: the article, and the lines it set apart, as they
    were written. What those lines mean (a date, a source, the article's URL) is read by the
    describe stage (`archive.importer.parsing`), not here."""

    title: str | None  # the headline the text carries, None when it has none
    body: str  # the article: noise, marker, headline and pure metadata lines removed
    lines: list[str]  # noise-free lines in order, headline and metadata included: dates are read here
    marker: str | None = None  # the value of the scraper's ` date YYYY-MM(-DD)` line, unread
    meta_lines: list[str] = field(default_factory=list)  # metadata lines ("Publié dans SOURCE le …")
    url_lines: list[str] = field(default_factory=list)  # URLs standing alone on a line, in order
    urls: list[str] = field(default_factory=list)  # every URL seen, images included (dates hide in paths)
    # Page noise removed, by rule: {rule: [lines, characters]} (the ingest report shows it).
    noise: dict[str, list[int]] = field(default_factory=dict)
    masthead: str | None = None  # the site's name at the top of the page, its menu's first item or above it
    owner: str | None = None  # the outlet a copyright line names ("© Kuwait Times"), which the cleaner removes


def _removed(noise: dict[str, list[int]], rule: str, line: str) -> None:
    counts = noise.setdefault(rule, [0, 0])
    counts[0] += 1
    counts[1] += len(line)


def _noise_rule(line: str) -> str | None:
    """The rule that makes a line page noise, or None for a line of the article."""
    if not any(ch.isalnum() for ch in line):
        return "separator"  # ----, * * *
    if len(line) <= 12 and _END_OF_COPY_RE.fullmatch(line):
        return "separator"  # a wire's end of copy: "(END)", "-FIN-", "(انتهى)"
    if _link_density(line) > 0.5:
        return "links"
    if _may_have_items(line):  # (both rules need items: most lines of prose have none)
        if is_list_line(line):
            return "menu"
        if has_button_row(line):
            return "buttons"
    if is_widget(line):
        return "widget"
    if _section_run(line) or _dash_menu(line):
        return "menu"
    if "ookie" in line and _COOKIE_CONSENT_RE.search(line) and len(line) <= 400:
        return "widget"  # a consent banner, wherever it stands ("Ce site utilise des cookies … OK")
    return None


# A wire's end-of-copy mark alone on its line ("(END)", "- FIN -", "(انتهى)", "-30-"): no word of the article.
_END_OF_COPY_RE = re.compile(r"[\s(\[\-–—]*(?:END|ENDS|End|FIN|Fin|انتهى|30)[\s)\]\-–—.]*")


# A cookie banner: cookies, and what it asks or points to (consent, acceptance, the privacy policy).
_COOKIE_CONSENT_RE = re.compile(
    r"\bcookies?\b.*\b(?:accept\w*|consent\w*|continu\w*|confidentialit[ée]|privacy|vie priv[ée]e|param[eè]tr\w*)"
    r"|\b(?:accept\w*|consent\w*|continu\w*)\b.*\bcookies?\b",
    re.IGNORECASE,
)


def _before_sections(line: str) -> str:
    """The words a menu written with single spaces opens with before its first section: the site's."""
    words = line.split()
    first = next(i for i, word in enumerate(words) if is_section_word(word))
    return " ".join(words[:first])


def _dash_menu(line: str) -> bool:
    """A menu whose items dashes part ("Accueil – Police – Renseignement – Justice – Cyber", "الرئيسية -
    الأخبار الوطنية - الاقتصاد - الرياضة"): four items or more, each one or two capitalised words (one to
    three Arabic ones), no sentence's end (a headline's dash parts two clauses)."""
    if len(line) > 120 or not (" – " in line or " — " in line or " - " in line):
        return False
    items = _MENU_DASH_RE.split(line)
    return len(items) >= 4 and all(
        ((1 <= _words(item) <= 2 and item[:1].isupper()) or (1 <= _words(item) <= 3 and is_arabic(item[:1])))
        and not item.endswith(_PROSE_END)
        for item in items
    )


_DASH_ITEM_RE = re.compile(r"\s[–—]\s")
_MENU_DASH_RE = re.compile(r"\s[–—-]\s")


def _tagged_name(line: str) -> str | None:
    """A site's name and its tagline after a dash ("Émirats Hebdo — l'actualité des Émirats en français"):
    the name, one to four capitalised words; None for another line."""
    if len(line) > 100 or line.endswith(_PROSE_END):
        return None
    parts = _DASH_ITEM_RE.split(line, maxsplit=1)
    if len(parts) != 2:
        return None
    return _site_name(parts[0].strip())


def _named_with_kind(line: str) -> str | None:
    """A site's name and what it is, between pipes ("TAP English | News Agency"): the name."""
    fields = [f.strip() for f in line.split("|")]
    if len(fields) != 2 or not all(fields) or _words(fields[1]) > 3:
        return None
    return _site_name(fields[0])


def _site_name(name: str) -> str | None:
    """`name` if it can be a site's name: one to four capitalised words."""
    return name if 1 <= _words(name) <= 4 and all(w[:1].isupper() for w in name.split()) else None


def _section_run(line: str) -> bool:
    """A menu written with single spaces ("Le360 Politique Economie Société Monde Sport Vidéos"): four
    section names or more, two thirds of the line's words at least, and no sentence's end."""
    if len(line) > 120 or line.rstrip().endswith(_SENTENCE_END):
        return False
    words = line.split()
    if not 4 <= len(words) <= 16 or not (is_section_word(words[1]) or is_section_word(words[0])):
        return False  # (a menu's first or second word is a section: most lines are asked no more)
    sections = sum(1 for word in words if is_section_word(word))
    return sections >= 4 and sections * 3 >= len(words) * 2


def _words(line: str) -> int:
    return len(line.split())


def _may_have_items(line: str) -> bool:
    """Cheap test before splitting: most lines of prose have no separator at all (whether one of
    `_ITEM_HINTS` is in the line; a spaced mark looked for only where the mark is)."""
    if "|" in line or "  " in line or "\u00a0" in line or "\t" in line:
        return True
    for mark, spaced in _SPACED_MARKS:  # noqa: SIM110 (any() over a generator costs more than the searches)
        if mark in line and spaced in line:
            return True
    return False


def _items(line: str) -> list[str]:
    return [item.strip() for item in _ITEM_SPLIT_RE.split(line) if item.strip()]


def _continues_a_sentence(items: list[str]) -> bool:
    """Items of prose split by stray double spaces: one ends on a comma or the next starts in lower case."""
    return any(item.endswith((",", "،")) for item in items[:-1]) or any(item[0].islower() for item in items[1:])


def is_list_line(line: str) -> bool:
    """A menu, breadcrumb, share row or headline ticker: three or more short items side by side."""
    if not _may_have_items(line) or is_credit(line):
        return False  # "Photo : MAP / DGSN / archives" is a credit, not a menu
    items = _items(line)
    if len(items) < 3 or _continues_a_sentence(items):
        return False
    if has_date_field(line) or ("|" in line and is_meta_line(line)):
        return False  # "Press release | 25 September 2025 | The Hague": the page's header, not a menu
    if _holds_byline(line):
        return False  # "20.05.2025 à 18h47 | Par X | APS": a header with the article's byline, not a menu
    sentences = sum(1 for item in items if item.rstrip().endswith("."))
    if sentences * 3 > len(items):
        return False  # prose that happens to be double-spaced
    if any(_words(item) >= 8 and item.rstrip().endswith(_SENTENCE_END) for item in items):
        return False  # a wire dateline "CITY في DATE / AGENCY / sentence…": menus hold no sentences
    return max(_words(item) for item in items) <= 30 and sum(_words(i) for i in items) / len(items) <= 20


def _holds_byline(line: str) -> bool:
    """Whether one of a line's fields between pipes is a byline ("… | Par Aminata S. Diallo | APS"), or
    an author's initials and name ("R. Sedou | 17/12/2025": an initial's period ends no sentence)."""
    return "|" in line and any(
        _BYLINE_RE.match(field) or _INITIALS_NAME_RE.match(field) for field in map(str.strip, line.split("|"))
    )


def has_button_row(line: str) -> bool:
    """A banner ending in buttons: "… vous acceptez leur utilisation. Accepter | Paramétrer"."""
    if len(line) > 600 or not _may_have_items(line):
        return False  # the tail's items are the line's: none there, none in the tail
    if is_credit(line) or _holds_byline(line):
        return False  # "By J. Otieno | Nairobi Ledger Correspondent": an initial's period ends no banner
    cut = max(line.rfind(mark) for mark in _SENTENCE_END)
    if cut < 0:
        return False
    tail = line[cut + 1 :]
    if len(tail) > 100 or not _may_have_items(tail) or tail.lstrip().startswith("("):
        return False  # (a wire's end and its editors' initials: "… الوزارة. (النهاية) ف ع / س ج")
    items = _items(tail)
    return (
        len(items) >= 2
        and len(tail.strip()) <= 80
        and all(_words(i) <= 4 for i in items)
        and not any(i[0].islower() for i in items)
    )


def _has_copyright_hint(line: str) -> bool:
    """Whether one of `_COPYRIGHT_HINTS` is in the line (a loop: no generator to resume per hint)."""
    for hint in _COPYRIGHT_HINTS:  # noqa: SIM110 (any() over a generator costs more than the searches)
        if hint in line:
            return True
    return False


def is_widget(line: str) -> bool:
    """Share/comment/newsletter/related-link widgets and copyright lines, wherever they stand."""
    if len(line) > 300:
        return False
    if _STRONG_LABEL_RE.match(line):
        return True
    if _has_copyright_hint(line) and _COPYRIGHT_RE.search(line):
        return True
    if len(line) <= 150 and len(parts := line.split()) <= 12:
        words = [w.strip(":|,.·•").casefold() for w in parts]
        if sum(1 for w in words if w in _SOCIAL) >= max(2, len(words) // 2):
            return True  # a row of share buttons without a label
    label = _WEAK_LABEL_RE.match(line)
    if label:
        rest = line[label.end() :].lstrip()
        # "Partager : Facebook …", "Commentaires (0)", "Vos réactions" — not "Partager les données … ."
        return rest.startswith((":", "(", "|", "—", "-")) or (_words(line) <= 12 and not line.endswith(_SENTENCE_END))
    return False


def is_credit(line: str) -> bool:
    return bool(CREDIT_LINE.match(line))


def _name_shaped(words: list[str]) -> bool:
    """Two to four words that can be a person's name: capitalised in Latin script, no digits."""
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for w in words for ch in w):
        return False
    cased = [w for w in words if w[0].isupper() or w[0].islower()]
    if not cased:  # Arabic script has no capitals: four words only with a kinship particle ("محمد بن علي كومان")
        return len(words) <= 3 or any(w in _ARABIC_NAME_PARTICLES for w in words)
    return all(w[0].isupper() or w.casefold() in _NAME_PARTICLES for w in cased) and not all(
        w.casefold() in _NAME_PARTICLES for w in words
    )


def is_author_line(line: str) -> bool:
    """A short author line: "A.Bennis", "سناء الوردي – تونس", "Nadia Berrada, Rabat", "الرباط: كمال العلوي".

    The place must be a city the gazetteer knows, so "Accueil – Monde" or "Sécurité : le bilan"
    are not taken for one.
    """
    if len(line) > 70 or _words(line) > 7:
        return False
    if _INITIALS_NAME_RE.match(line):
        return True
    parts = _AUTHOR_PLACE_SEP_RE.split(line)
    if len(parts) != 2 or not all(parts):
        return False
    first, second = parts
    if ":" in line:  # "CITY: NAME", the dateline form
        return bool(city_named(first)) and not city_named(second) and _name_shaped(second.split())
    for name, place in ((first, second), (second, first)):
        if city_named(place) and not city_named(name) and _name_shaped(name.split()):
            return True
    return False


def is_signature(line: str) -> bool:
    """A journalist's name signing the article on a line of its own, the wire's way: "Ahmed Fathi",
    "M. DIALLO", "WAM/Hatem Mohammed/Tariq Alfaham", "Tran Van Nam/VNA". A name alone is taken for
    one only when it opens with a known given name: a widget's short line ("Related Articles") is
    name-shaped too; before an agency's code, a name-shaped one is enough."""
    if len(line) > 70:
        return False
    name = signature_name(line)
    if name and _name_shaped(name.split()):
        return True
    parts = [p.strip() for p in line.split("/")]
    if len(parts) > 1 and _AGENCY_CODE_RE.match(parts[0]):
        # after an agency's code, names each, one at least opening with a known given name
        names = parts[1:]
        return all(_INITIALS_NAME_RE.match(p) or _name_shaped(p.split()) for p in names) and any(
            _given_name_first(p.split()) for p in names
        )
    return all(_INITIALS_NAME_RE.match(p) or _given_name_first(p.split()) for p in parts)


def _given_name_first(words: list[str]) -> bool:
    return _name_shaped(words) and normalize_name(words[0]) in GIVEN_NAMES


def is_byline(line: str) -> bool:
    """A line naming the article's author(s) or photographer: kept in the body, never a headline."""
    return bool(_BYLINE_RE.match(line)) or is_credit(line) or is_author_line(line) or is_signature(line)


def _link_density(line: str) -> float:
    if "http" not in line and "www." not in line:
        return 0.0
    return sum(len(u) for u in _URL_RE.findall(line)) / max(len(line), 1)


def headline_shaped(line: str) -> bool:
    """A headline: a few words on a line of their own, not ending like a sentence or a list."""
    return (
        3 <= _words(line) <= 35
        and len(line) <= 250
        and not line.endswith((".", ",", ";", ":", "،"))
        and not is_byline(line)
        and not is_meta_line(line)
    )


def headline_sentence(line: str) -> bool:
    """A headline written as one sentence with its full stop: "X : ouverture de la 37e session à Tunis."

    Headline-shaped but for the period, short, a single sentence, and without a dateline (a
    lede opens with one: "Tunis, 3 mars 2020 (MAP) – …").
    """
    if not line.endswith(".") or line.endswith(("..", "…")) or _words(line) > 20:
        return False
    return headline_shaped(line[:-1].rstrip()) and first_sentence(line) == line and strip_dateline(line) == line


def _page_furniture(line: str) -> bool:
    """A long line above the marker that is no article's: a ticker of other headlines ("Flash info :
    A +++ B +++ C"), a menu."""
    return _TICKER_RE.match(line) is not None or is_list_line(line)


def _split_marker(text: str) -> tuple[str | None, str]:
    match = _MARKER_RE.match(text)
    if match:
        return match.group(1), text[match.end() :]
    # Below a page's first lines (a menu, a byline: "Liban | Région | Monde", "Par X", a ticker), the
    # marker is found on a line of its own among the first few lines, never inside the article's prose.
    pos = 0
    for _ in range(_MARKER_HEAD_LINES):
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        if m := _MARKER_LINE_RE.match(line):
            rest = line[m.end() :]
            after = "" if end < 0 else text[end + 1 :]
            return m.group(1), text[:pos] + (f"{rest}\n{after}" if rest else after)
        if (len(line) > _MARKER_HEAD_WIDTH and not _page_furniture(line)) or end < 0:
            break
        pos = end + 1
    return None, text


def _strip_links(line: str, urls: list[str]) -> str:
    if "](" not in line:
        return line
    for match in _MD_IMAGE_RE.finditer(line):
        urls.append(match.group(1))
    line = _MD_IMAGE_RE.sub("", line)
    for match in _MD_LINK_RE.finditer(line):
        urls.append(match.group(2))
    return _MD_LINK_RE.sub(r"\1", line).strip()


def _has_invisible(text: str) -> bool:
    """Whether the text holds a zero-width character: five searches, each over before it starts
    in a text of Latin-1 characters only (most articles), where the regex reads every character."""
    for char in _INVISIBLE:  # noqa: SIM110 (any() over a generator costs more than the searches)
        if char in text:
            return True
    return False


def _line_key(line: str) -> str:
    """What two lines that repeat each other share: case and spacing aside."""
    return " ".join(line.casefold().split())


def _noise_free_lines(
    text: str, urls: list[str], noise: dict[str, list[int]], keys: dict[str, str] | None = None
) -> tuple[list[str], list[str]]:
    """Lines with page noise replaced by '' (blank), and the URLs that stood alone on a line;
    `keys` (when given) receives the `_line_key` of each line kept."""
    url_lines: list[str] = []
    lines: list[str] = []
    seen: set[str] = set()
    if keys is None:
        keys = {}
    if _has_invisible(text):
        text = _INVISIBLE_RE.sub("", text)
    for raw in text.split("\n"):
        line = _strip_links(raw.strip(" \t\u00a0"), urls).strip()
        if "&" in line and _ENTITY_RE.search(line):
            line = html.unescape(line)
        if line and _BARE_URL_RE.match(line):
            url = line.strip("<>")
            urls.append(url)
            url_lines.append(url)
            _removed(noise, "url line", line)
            line = ""
        elif line and (rule := _noise_rule(line)) and not is_meta_line(line):
            # (a "Source | City | Published: …" line is metadata, set apart below, not page noise)
            urls.extend(_URL_RE.findall(line))
            _removed(noise, rule, line)
            line = ""
        if line:
            key = keys[line] = _line_key(line)
            if len(key) >= 30 and key in seen:
                _removed(noise, "duplicate", line)
                line = ""  # a duplicated paragraph: the first stays
            seen.add(key)
        lines.append(line)
    return lines, url_lines


_MASTHEAD_LINES = 5  # the site's name stands among the page's first lines
_MASTHEAD_CHARS = 2000  # which a page's first 2,000 characters hold


def _masthead(text: str) -> str | None:
    """The site's name the page opens with ("Le360 | Politique | Economie | …", "The National" above
    its menu, "GNA - Ghana News Agency" above a URL and a menu): the first item of a menu among the
    first lines, or a short line right before the menu (a URL line between them). None elsewhere.
    The describe stage takes it as the article's source when nothing else names one."""
    head = (line.strip() for line in text[:_MASTHEAD_CHARS].split("\n"))
    lines = list(islice((line for line in head if line), _MASTHEAD_LINES + 1))
    lines = [line for line in lines if not line.startswith("date ")]
    previous = None
    for line in lines[:_MASTHEAD_LINES]:
        if _BARE_URL_RE.match(line):
            continue
        short = _words(line) <= 6 and not line.endswith(_PROSE_END)
        if short and (is_meta_line(line) or has_date_field(line)):
            continue  # the page's date: "Tuesday, 14 June 2022" above "THE GABORONE SENTINEL"
        if short and (stamp := section_stamp(line)):
            return stamp  # "Sahel Hebdo — Sécurité" above the headline: the site and its section
        if previous is None and news_agency_line(line):
            return line  # "وكالة جيبوتي للأنباء" alone above the headline: the agency's site
        listed = is_list_line(line)
        # (or above a section path of two labels: "Le Courrier du Sahel" above "Actualités > National")
        if listed or _section_run(line) or _dash_menu(line) or (previous is not None and _section_path(line)):
            if previous is not None:
                # "The National" above "UAE | Gulf News | MENA | …"; "X — its tagline" above its menu: X;
                # "X | News Agency": X
                return _tagged_name(previous) or _named_with_kind(previous) or previous
            first = _items(line)[0] if listed else _before_sections(line)
            if not first:
                return None
            section = is_section_word(first.split()[0]) or is_country_name(first)
            return first if not section and _words(first) <= 5 and first[0].isalnum() else None
        tagged = not short and previous is None and _tagged_name(line) is not None
        # (a wire's code above its name, both above the menu: "WAM" then "Emirates News Agency")
        code_above = previous is not None and short and len(previous.split()) == 1 and previous.isupper()
        previous = line if (short or tagged) and (previous is None or code_above) else None
        if not (short or tagged):
            return None
    return None


def _trim_tail(lines: list[str], noise: dict[str, list[int]]) -> None:
    """Blank the widgets after the last paragraph: short unpunctuated lines, form fields, sign-ups."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line:
            continue
        if len(line) > 300:
            return
        if (is_byline(line) or _SIGNATURE_RE.match(line)) and not _has_tail_words(line):
            continue  # "Reporting by X; Editing by Y", "سناء الوردي – تونس", "(MAP)"
        if is_meta_line(line):
            continue  # "Updated 17 February 2025": the page's date, read by the describe stage
        if credit_line_outlets(line) or outlet_opening_line(line):
            continue  # the outlet's credit: "Gulf Courier", "Sahel Times Staff", "Sahel Times | 3 mars 2025"
        if slash_credit_line(line) or _signed_name(line):
            continue  # the authors' names parted by "/": "سعيد الزاوي/ كمال بن عيسى", or one: "سلمى بنكيران"
        if _has_tail_words(line) or line.endswith("*"):
            _removed(noise, "tail", line)
            lines[i] = ""
            continue
        if not line.endswith(_PROSE_END) and _words(line) <= 12:
            _removed(noise, "tail", line)
            lines[i] = ""
            continue
        return


_ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}]+")


def _signed_name(line: str) -> bool:
    """A closing line that is one Arabic name alone ("سلمى بنكيران"), as a story's author signs it: two
    to four Arabic words opening with a given name the lexicon knows (female names included)."""
    words = line.split()
    return (
        2 <= len(words) <= 4
        and len(line) <= 60
        and all(_ARABIC_WORD.fullmatch(w) for w in words)
        and akey(words[0]) in AR_GIVEN_NAMES
    )


def _find_headline(lines: list[str], noise: dict[str, list[int]]) -> int | None:
    """Index of the headline, blanking what precedes it when a metadata line anchors it."""
    filled = [i for i, line in enumerate(lines) if line]
    for i in filled[:8]:
        if not is_meta_line(lines[i]):
            continue
        start = i
        while start > 0 and lines[start - 1]:
            start -= 1  # the headline opens the block the metadata line closes
        while start < i and (_section_path(lines[start]) or _furniture(lines[start], lines[start + 1])):
            _drop_label(lines, start, noise)  # "Actualité > Sécurité", "Flash info : …" above the headline
            start += 1
        if start < i and (headline_shaped(lines[start]) or headline_sentence(lines[start])):
            for j in range(start):
                if lines[j]:
                    _removed(noise, "above headline", lines[j])
                lines[j] = ""  # page furniture above the article
            return start
        break
    # section labels above the article ("Sécurité", "عاجل", "Actualité > Sécurité") are not headlines
    for i in filled[:3]:
        if is_meta_line(lines[i]) or has_date_field(lines[i]):
            continue  # the page's date line above its section label
        one_word = _words(lines[i]) == 1 and not lines[i].endswith(_SENTENCE_END) and not is_credit(lines[i])
        if one_word or _section_path(lines[i]):
            _removed(noise, "section label", lines[i])
            lines[i] = ""
        else:
            break
    # the first two lines of the article (the tests are pure: the lines after them are not read)
    filled = list(
        islice(
            (
                i
                for i, line in enumerate(lines)
                if line
                and not is_meta_line(line)
                and not is_byline(line)
                and not has_date_field(line)
                and not _agency_and_city(line)
                and not dateline_only(line)
            ),
            3,
        )
    )
    if len(filled) == 3 and _furniture(lines[filled[0]], lines[filled[1]]):
        _drop_label(lines, filled[0], noise)  # a ticker or a kicker in capitals above the headline
        filled = filled[1:]
    if len(filled) < 2:
        return None
    first, following = lines[filled[0]], lines[filled[1]]
    if headline_shaped(first):
        return filled[0]
    # a headline with a full stop is told from a short lede by the paragraph that follows it
    if headline_sentence(first) and _words(following) >= max(20, 2 * _words(first)):
        return filled[0]
    return None


# A wire's code and the story's city alone on a line: "MAP - Rabat", "Rabat - APS", "(APS) – Alger".
_AGENCY_AND_CITY_RE = re.compile(
    r"^(?:\(?(?P<code>[A-Z]{2,6})\)?\s*[–—-]\s*(?P<city>[^\W\d_][^\d–—-]{1,30})"
    r"|(?P<city2>[^\W\d_][^\d–—-]{1,30}?)\s*[–—-]\s*\(?(?P<code2>[A-Z]{2,6})\)?)$"
)


def _agency_and_city(line: str) -> bool:
    """Whether a line is a wire's credit with its city ("MAP - Rabat"): above the headline, no headline."""
    m = _AGENCY_AND_CITY_RE.match(line.strip())
    return m is not None and city_named((m.group("city") or m.group("city2")).strip()) is not None


# A ticker's label opening a line of headlines ("Flash info : A – B – C", "Breaking: …", "عاجل |").
_TICKER_RE = re.compile(
    r"^(?:flash(?:\s+info)?|breaking(?:\s+news)?|derni[eè]re\s+minute|en\s+continu|latest|live|عاجل|آخر الأخبار)"
    r"\s*[:|–—-]",
    re.IGNORECASE,
)
# A dateline standing alone: a place and a date ("Mascate – 10/12/2025", "TUNIS, 3 mars 2026").
# ("Rabat, 3 mars 2031", "بغداد / 10 أيلول 2031": a city, a comma, a dash or a slash, the date)
_DATELINE_ALONE_RE = re.compile(r"^[^\W\d_][^\d,–—|-]{1,30}\s*[,–—|/-]\s*[\w /.-]*\d[\w /.-]*$")


def _drop_label(lines: list[str], i: int, noise: dict[str, list[int]]) -> None:
    """Blank line i above the headline as a section label, unless it is a dateline alone, which stays
    for the describe stage to read its date."""
    if not _dateline_alone(lines[i]):
        _removed(noise, "section label", lines[i])
        lines[i] = ""


def _dateline_alone(line: str) -> bool:
    return _DATELINE_ALONE_RE.match(line) is not None and bool(find_dates(line))


def _furniture(line: str, following: str) -> bool:
    """A line above the headline that is page furniture: a ticker of other headlines, a dateline
    alone, or a kicker or a masthead in capitals ("DAKHLA FORUM 2026 | SECURITY", "THE GABORONE
    SENTINEL") above a headline written in lower case."""
    if _TICKER_RE.match(line) or _dateline_alone(line):
        return True
    letters = [c for c in line if c.isalpha()]
    shouting = bool(letters) and all(c.isupper() for c in letters) and _words(line) <= 8
    return shouting and bool(following) and not following.isupper() and headline_shaped(following)


_PATH_MARK_RE = re.compile(r"\s[>»›→]\s|\|")


def _has_path_mark(line: str) -> bool:
    """`_PATH_MARK_RE.search(line)`, searched only when one of its marks is in the line."""
    for mark in "|>»›→":
        if mark in line:
            return _PATH_MARK_RE.search(line) is not None
    return False


def _section_path(line: str) -> bool:
    """A breadcrumb of two short labels ("Actualité > Sécurité", "Newsroom > News", "المنامة | الدوحة"):
    a page's section path, not a headline. Three labels or more are a menu already (is_list_line);
    a date or an outlet ("Sahel Times | 3 mars 2025") makes it a credit line instead."""
    if not _has_path_mark(line) or any(c.isdigit() for c in line) or line.endswith(_SENTENCE_END):
        return False
    items = _items(line)
    return (
        len(items) == 2
        and all(_words(item) <= 3 for item in items)
        and not is_credit(line)
        and not credit_line_outlets(line)
        and outlet_opening_line(line) is None
    )


def _join(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


_BY_RE = re.compile(r"(?:^|\s)(?:par|by|por|بقلم)\s", re.IGNORECASE)


def _short_fields(line: str) -> bool:
    """A line of short fields between pipes naming no author ("The Daily | Doha | Published: 14 Apr
    2026"; not "Publié le … | Par Nadia X" nor "R. Sedou | 17/12/2025", whose author the body keeps for
    extraction)."""
    fields = line.split("|")
    return (
        len(fields) > 1
        and all(len(f.strip()) <= 40 for f in fields)
        and not _BY_RE.search(line)
        and not _holds_byline(line)
    )


def _outlet_credit(line: str) -> bool:
    """An outlet's credit and its date, two fields alone ("Sahel Times | 3 mars 2025"): it stays in
    the body for extraction, where a "Source | City | Published: …" header is metadata only."""
    return line.count("|") == 1 and outlet_opening_line(line) is not None


def clean_text(text: str, *, title: str | None = None) -> CleanText:
    """Separate the article from the page: headline, body, and the lines set apart (marker,
    metadata, URLs), kept as written for the describe stage.

    With `title` (given by a structured record), no headline is looked for in the text, and
    a line repeating it is dropped from the body.
    """
    marker, text = _split_marker(text)
    urls: list[str] = []
    noise: dict[str, list[int]] = {}
    keys: dict[str, str] = {}  # each line's `_line_key`, computed once (lines are only blanked after)
    lines, url_lines = _noise_free_lines(text, urls, noise, keys)
    masthead = _masthead(text)
    if masthead:
        for i, line in enumerate(lines[:12]):
            # the site's name above its menu, or its stamp with its section: no headline, no article text
            if line == masthead or (
                line.startswith(masthead)
                and masthead in (section_stamp(line), _tagged_name(line), _named_with_kind(line))
            ):
                _removed(noise, "masthead", line)
                lines[i] = ""
                break
    _trim_tail(lines, noise)
    title_index = _find_headline(lines, noise) if title is None else None
    found_title = lines[title_index] if title_index is not None else None
    title = title or found_title
    meta_lines = []
    body_lines = []
    title_key = _line_key(title) if title else None
    for i, line in enumerate(lines):
        if i == title_index:
            continue
        if line and is_meta_line(line):
            meta_lines.append(line)
            if is_agency_stamp(line):
                pass  # "(APS) - 09/07/2024": the wire's credit stays in the body, for extraction
            elif not _PURE_META_EXTRA_RE.search(line) or (_short_fields(line) and not _outlet_credit(line)):
                continue  # "Publié dans X le …", "Source | City | Published: …" are metadata, stored apart
        if title and line and keys[line] == title_key:
            continue
        body_lines.append(line)
    return CleanText(
        title=found_title,
        body=_join(body_lines),
        lines=[line for line in lines if line],
        marker=marker,
        meta_lines=meta_lines,
        url_lines=url_lines,
        urls=urls,
        noise=noise,
        masthead=masthead,
        owner=_owner(text),
    )


_OWNER_CHARS = 1500  # a copyright line closes the page


def _owner(text: str) -> str | None:
    """The outlet the page's closing copyright line names (`text.outlets.copyright_holder`), else the
    one its promotion of itself names ("Follow Kuwait Times on WhatsApp": `promoted_outlet`), else None."""
    tail = text[-_OWNER_CHARS:]
    lines = tail.split("\n")[::-1]
    if any(mark in tail for mark in ("©", "opyright", "OPYRIGHT", "(c)", "(C)")):
        # (a holder's line opens with one of these: most pages have none in their tail)
        holder = next((name for line in lines if (name := copyright_holder(line))), None)
        if holder:
            return holder
    return next((name for line in lines if (name := promoted_outlet(line))), None)


# --- titles made from the text ----------------------------------------------------------------


def shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:–—-") + "…"


def derive_title(body: str, limit: int = 120) -> str:
    """A short title from the first sentence, for articles that come without a headline."""
    for line in body.split("\n"):
        line = line.strip()
        if not line or is_byline(line) or is_meta_line(line) or _words(line) < 4:
            continue
        sentence = first_sentence(strip_dateline(line)).rstrip(".")
        if sentence.strip():
            return shorten(sentence, limit)
    return shorten(body.strip(), limit)
