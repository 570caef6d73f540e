"""How a session of a series is named: in English as the knowledge base stores it ("93rd
INTERPOL General Assembly"), and in each language its series has a label in, for the public
pages. Plain functions of the series' names, the ordinal and the year."""

from __future__ import annotations


def ordinal_en(number: int) -> str:
    """93 → '93rd', 11 → '11th', 22 → '22nd'."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def event_name(template: str, series_name: str, ordinal: int | None, year: int | None = None) -> str:
    """'93rd INTERPOL General Assembly'; a series whose sessions go by their year ('World Police
    Summit {year}') names them so, and a session known by neither is named by its series."""
    if "{year}" in template:
        return template.format(year=year) if year is not None else series_name
    if ordinal is None and year is not None:
        # a session known by its year only, until an article gives its number: "INTERPOL General
        # Assembly (2026)"; never the year before the name, which reads as the session's number
        return f"{template.replace('{ordinal}', '').strip() if template else series_name} ({year})"
    if ordinal is None:
        return series_name
    if template:
        return template.format(ordinal=ordinal_en(ordinal))
    return f"{ordinal_en(ordinal)} {series_name}"


def arabic_session_name(label: str, ordinal: int) -> str:
    """An Arabic name of a series with a session's number after its noun and adjectives, before
    the body ('الاجتماع العام السنوي 33 لمنظمة …', 'المؤتمر 44 لرؤساء …'), as `session_labels`
    writes 'الدورة 93 للجمعية …': never an English ordinal glued on Arabic words."""
    words = label.split()
    at = next((i for i, w in enumerate(words) if i and w.startswith("ل")), 1)
    return " ".join([*words[:at], str(ordinal), *words[at:]])


def ordinal_fr(number: int) -> str:
    """1 → '1re', 93 → '93e'."""
    return "1re" if number == 1 else f"{number}e"


def _arabic_of(label: str) -> str:
    """'ل' before a name: 'الجمعية…' → 'للجمعية…' (the article's alif drops), 'مجلس…' → 'لمجلس…'."""
    return f"ل{label[1:]}" if label.startswith("ال") else f"ل{label}"


def session_labels(labels: dict[str, str], template: str, ordinal: int | None, year: int | None) -> dict[str, str]:
    """A session's name in each language its series has a label in: 'Assemblée générale
    d'INTERPOL, 93e session', 'الدورة 93 للجمعية العامة للإنتربول', '93rd INTERPOL General
    Assembly' (the English one as `event_name` makes it); a session named by its year takes
    the year after the label, one known by neither is named by its series' label."""
    names = {}
    for language, label in labels.items():
        if "{year}" in template:
            names[language] = f"{label} {year}" if year is not None else label
        elif ordinal is None:
            names[language] = label
        elif language == "fr":
            names[language] = f"{label}, {ordinal_fr(ordinal)} session"
        elif language == "ar":
            names[language] = f"الدورة {ordinal} {_arabic_of(label)}"
        else:
            names[language] = event_name(template, label, ordinal)
    return names
