"""Credit lines: the lines of a news page that say who wrote, reported, edited or photographed it.

One place for their shape, read by the clean stage (which keeps such lines in the body,
`archive.importer.cleaning`) and by person discovery (which takes the names they give,
`people.discovery.latin`). A credit line opens with a lead, then names:

- "Par X", "By X", "بقلم X" (a byline);
- a task followed by "by"/"par"/"por": "Reporting by X; editing by Y", "Propos recueillis par X";
- a task or a post followed by a colon or a dash: "Rédaction : X", "Rédaction – X", "Envoyé
  spécial : X", "إعداد: X";
- the outlet's own correspondent, then a comma: "Par notre correspondant à Niamey, X", "De notre
  envoyé spécial à Abuja, X", "By our correspondent in Lagos, X";

the agencies a story draws on ("Avec AFP", "With inputs from KUNA", "-- XNA"); and, without a lead,
a wire's signature: an agency's code and its journalists' names, either way
round ("WAM/Hatem Mohammed", "Tran Van Nam/VNA"). Several credits may share a line, set apart by
";" or "|", and one credit may name several persons ("Edited by X/Y", "X and Y").
"""

from __future__ import annotations

import re
from functools import lru_cache

from text.normalize import normalize_name
from text.outlets import outlet_shaped
from text.wordlists import given_names

# Tasks credited with "by"/"par"/"por" after them.
_TASK_BY = (
    r"(?:additional |further )?(?:reporting|writing|written|editing|edited|compiled|reported|translated"
    r"|translation|text|story|interview|photographs?|photography|pictures?|images?|video|graphics?"
    r"|illustrations?)(?: and (?:editing|writing|reporting))? by"
)
_TASK_PAR = (
    r"(?:texte|propos recueillis|r[ée]dig[ée]e?|traduit|traduction|reportage|entretien r[ée]alis[ée]"
    r"|photos?|vid[ée]o|illustrations?|texto|reportaje|fotos?|redactado)\s+(?:par|por)"
)
# Tasks and posts credited with a colon after them ("Rédaction : X"); in a lead also with a dash.
_POSTS = (
    r"(?:r[ée]daction|texte|auteure?|autrice|author|writer|editor|reporter|correspondante?"
    r"|envoy[ée]e? sp[ée]ciale?|redacci[óo]n|texto|autora?|إعداد|تحرير|متابعة|مراسلة?|ترجمة|كتبه|كتبت|كتبها"
    r"|حاوره|حاورته|عدسة)"
)
# The outlet's own reporter, then the name after a comma: "Par notre correspondant à Niamey, ".
_OUR_REPORTER = r"(?:par|de|by|from)\s+(?:notre|nos|our)\s+(?P<our>[^\W\d_][^,:;|\n]{2,50})[,:]"
# Of the posts, those that are a reporter's role (not a task: "Rédaction", "Texte").
_REPORTER_POST = re.compile(
    r"(?:correspondante?s?|correspondents?|envoy[ée]e?s? sp[ée]ciale?s?|special (?:correspondent|envoy)"
    r"|reporter|editor|writer|مراسلة?|موفد)\b",
    re.IGNORECASE,
)

# The Arabic words that open a credit line, before the name they credit ("بقلم", "تصوير", "حرر بواسطة"):
# read by the clean stage (below) and by the Arabic person finder.
ARABIC_CREDIT_LEADS = r"(?:تصوير|الصورة|صورة|بقلم|إعداد|كتبه|كتب|عدسة|تحرير|متابعة|(?:حرر(?:ه|ت|ها)?\s+)?بواسطة)"

# A line that opens as a credit (the clean stage keeps it): the leads above, photo and source credits,
# an agency's code in parentheses alone ("(MAP)").
CREDIT_LINE = re.compile(
    r"^(?:\(?\s*(?:photos?|cr[ée]dits?(?: photo)?|credits?|source|sources|par|by|por|bylines?|المصدر"
    rf"|{ARABIC_CREDIT_LEADS})\b|\(\s*[^()\n]{{1,25}}\s*\)\s*$"
    rf"|\(?\s*{_TASK_BY}\s|\(?\s*{_TASK_PAR}\s|{_POSTS}\s*:)"
    # the agencies the story draws on, alone on the line: "Avec AFP", "— With inputs from KUNA", "-- XNA"
    r"|(?:[—–-]{1,2}\s*|\(?(?:avec|with(?: inputs? from)?|d['’]apr[èe]s)\s+)+(?-i:[A-Z]{2,8})"
    r"(?:\s*(?:/|,|et|and)\s*(?-i:[A-Z]{2,8}))*\s*\)?\s*$",
    re.IGNORECASE,
)
# The lead right before a credited name: the whole of the credit's text up to the name.
_LEAD = re.compile(
    rf"\s*(?:{_OUR_REPORTER}|(?:par|by|por|texte|written by|écrit par|{_TASK_BY}|{_TASK_PAR})\b\s*:?"
    rf"|(?P<post>{_POSTS})\s*[:–—-])\s*",
    re.IGNORECASE,
)
# Names already read in the credit, each followed by the list's separator ("X/", "X, ", "X and ").
_NAMES_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][^/,;|&\n]{0,40}?\s*(?:/|,|&|\band\b|\bet\b)\s*)*")
# A wire's signature the other way round: the agency's code, a slash, names parted by slashes.
_CODE_THEN_NAMES = re.compile(r"^\s*[A-Z]{2,8}\s*/(?:\s*[A-ZÀ-Þ][^/\n]{1,40}/)*\s*$")
# A wire's signature: a name (two to four capitalised words) and the agency's code after a slash.
_NAME_THEN_CODE = re.compile(r"^(?P<name>[A-ZÀ-Þ][^\W\d_'’-]*(?:[ '’-][A-ZÀ-Þ][^\W\d_'’-]*){1,3})\s*/\s*[A-Z]{2,8}$")


def credited_after(line_left: str) -> bool:
    """Whether a name standing after `line_left` (its line's text before it) is credited: the last
    credit of the line (after "|" or ";") is a lead and maybe the names it credited already
    ("Edited by X/" before Y, "Reporting by X; editing by " before Y)."""
    segment = line_left[max(line_left.rfind("|"), line_left.rfind(";")) + 1 :]
    m = _LEAD.match(segment)
    return bool(m) and _NAMES_BEFORE.fullmatch(segment, m.end()) is not None


def credit_post(line_left: str) -> str | None:
    """The reporter's post that the credit before a name states ("Envoyé spécial : X", "Par notre
    correspondant à Niamey, X" give "Envoyé spécial", "correspondant à Niamey"); None for a task
    ("Rédaction – X", "Par X")."""
    segment = line_left[max(line_left.rfind("|"), line_left.rfind(";")) + 1 :]
    m = _LEAD.match(segment)
    if not m:
        return None
    post = (m.group("our") or m.group("post") or "").strip()
    return post if _REPORTER_POST.match(post) else None


def after_agency_code(line_left: str) -> bool:
    """Whether a name stands in a wire's signature after the agency's code, maybe after other names
    ("WAM/" before "Hatem Mohamed", "WAM/Hatem Mohamed/" before "Rasha Abubaker")."""
    return _CODE_THEN_NAMES.match(line_left) is not None


def signature_name(line: str) -> str | None:
    """The name of a wire's signature written name first ("Tran Van Nam/VNA"), else None (an
    outlet's name before its code is no person's: "Le Petit Courrier/LPC")."""
    m = _NAME_THEN_CODE.match(line.strip())
    return m.group("name") if m and not outlet_shaped(m.group("name")) else None


_SLASH_PART = re.compile(r"[^/]+")
# an Arabic wire's code before its writers' names ("وام/أحمد النعيمي/ريم الهاجري"): one word of a few letters
_ARABIC_CODE = re.compile("[\u0621-\u064a]{2,5}")


def slash_credit_line(line: str) -> bool:
    """A closing line of two or three Arabic names parted by "/" ("سعيد الزاوي/ كمال بن عيسى"), as a
    story's authors sign it, maybe after the wire's code ("وام/أحمد النعيمي/ريم الهاجري"): each part two to
    five words, one at least opening with a given name of the data (`text/data/given_names.json`), none
    with a noun's article. The clean stage keeps it for person discovery."""
    return slash_credit_names(line) is not None


def slash_credit_names(line: str) -> list[tuple[int, str]] | None:
    """The names of a `slash_credit_line`, each with its offset in the line (the wire's code left out);
    None for any other line."""
    if "/" not in line or len(line) > 90:
        return None
    pieces = [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip()) for m in _SLASH_PART.finditer(line)
    ]
    if len(pieces) >= 3 and _ARABIC_CODE.fullmatch(pieces[0][1]):
        pieces = pieces[1:]
    parts = [name.split() for _, name in pieces]
    if not 2 <= len(parts) <= 3 or any(not 2 <= len(words) <= 5 for words in parts):
        return None
    names = _arabic_given_names()
    known = [normalize_name(words[0]) in names for words in parts]
    # (a given name the data lacks, "بتول", beside a known one: no noun with its article opens a name)
    if any(known) and all(
        k or not normalize_name(words[0]).startswith("ال") for k, words in zip(known, parts, strict=True)
    ):
        return pieces
    return None


@lru_cache(maxsize=1)
def _arabic_given_names() -> frozenset[str]:
    return frozenset(normalize_name(name) for name in given_names("arabic"))
