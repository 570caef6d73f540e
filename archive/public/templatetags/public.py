"""Template helpers of the public pages: dates at their precision, direction, names in the
interface language, JSON-LD."""

from __future__ import annotations

import json

from django import template
from django.utils import translation
from django.utils.formats import date_format, number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from archive.public.views.common import direction
from text.dates import moroccan_month_name
from text.script import is_arabic_text

register = template.Library()

_FORMATS = {"year": "Y", "month": "F Y", "day": "j F Y"}
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def date_text(value) -> str:
    """The date at its precision in the interface language. In Arabic, the month names Moroccan
    readers use ("نونبر 2024", not "نوفمبر 2024"): the archive's sources and most of its readers
    are Moroccan (READING.md: choose per audience, and say so: the footer does), with Latin
    digits as the sources write them."""
    day = value.first_day()
    if (translation.get_language() or "").split("-")[0] == "ar" and value.precision != "year":
        month = f"{moroccan_month_name(day.month)} {day.year}"
        return month if value.precision == "month" else f"{day.day} {month}"
    return date_format(day, _FORMATS[value.precision])


@register.simple_tag
def partial_date(value, css_class: str = ""):
    """A `PartialDate` as `<time datetime="2024-11">novembre 2024</time>`: never a day or a month
    that is not known."""
    if value is None:
        return ""
    text = date_text(value)
    if css_class:
        return format_html('<time class="{}" datetime="{}">{}</time>', css_class, value.isoformat(), text)
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), text)


@register.filter
def count(value) -> str:
    """A count grouped as the interface language writes it ("31 031", "31,031"; "31.031" in
    Arabic, Latin digits): for counts only, never for an id or a year in an address."""
    return number_format(value, use_l10n=True, force_grouping=True)


@register.filter
def text_direction(language: str) -> str:
    return direction(language or "")


@register.filter
def language_label(code: str) -> str:
    """The name of a language in the interface language ("arabe", "العربية", "Arabic")."""
    try:
        return translation.get_language_info(code)["name_translated"]
    except KeyError:
        return code


@register.filter
def label(entity) -> str:
    """The entity's name in the interface language where known, else its canonical name."""
    labels = getattr(entity, "labels", None) or {}
    return labels.get(translation.get_language() or "", "") or str(entity)


@register.filter
def label_language(entity) -> str:
    """The language `label` shows the name in (for `lang` and `dir` on the element)."""
    labels = getattr(entity, "labels", None) or {}
    language = translation.get_language() or ""
    if labels.get(language):
        return language
    return "ar" if is_arabic_text(str(entity)) else "und"


@register.filter
def jsonld(data) -> str:
    """A schema.org description as a JSON-LD script block (markup characters escaped)."""
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')
