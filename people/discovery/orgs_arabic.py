"""The Arabic side of organization discovery (`people.discovery.orgs`): the heads that open a body's
name ("وزارة", "المديرية العامة", "الشرطة"), the words that end one, the police and ministries named
as entities ("الشرطة الوطنية الفرنسية", "بوزارة الداخلية"), and the named bodies of a text
(`_arabic_named_bodies`: a head, its construct chain and adjectives). Tables and pure helpers; the
finder that reads a text with them is `orgs.OrgFinder`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate, compress, count, islice

from people.lexicon import AR_HONORIFICS, AR_PLACES, AR_ROLE_WORDS, akey
from text.scanning import Anchored

_AR_HEADS = frozenset(
    akey(w)
    for w in [
        "المنظمة",
        "منظمة",
        "الوكالة",
        "وكالة",
        "آلية",
        "مكتب",
        "المكتب",
        "مجلس",
        "المجلس",
        "الاتحاد",
        "اتحاد",
        "جامعة",
        "الجامعة",
        "هيئة",
        "الهيئة",
        "اللجنة",
        "لجنة",
        "المديرية",
        "مديرية",
        "وزارة",
        "الوزارة",
        "المحكمة",
        "محكمة",
        "الشرطة",
        "شرطة",
        "المفوضية",
        "مفوضية",
        "الأكاديمية",
        "أكاديمية",
    ]
)
# A line break or a digit: a name never spans one. The last one of a window is found by searching
# the window reversed (a greedy "[\s\S]*" before the class backtracked from every start: quadratic).
_AR_NAME_BREAK = re.compile(r"[\n\d٠-٩]")


def _after_name_break(window: str) -> str:
    """`window` after its last line break or digit, all of it when it has none."""
    last = _AR_NAME_BREAK.search(window[::-1])
    return window if last is None else window[len(window) - last.start() :]


_AR_TOKEN = re.compile(r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])+|[^\w\s]")
# Tried only where "شرطة" or "وزارة" is written, after at most five or two letters of clitics.
_AR_POLICE = Anchored(
    re.compile(
        r"(?<![\w])(?:[وبل]|لل|بال|وال)?(?:ال)?شرطة\s+(?:(?:ال)?(?:وطنية|فيدرالية|فدرالية|اتحادية|ملكية)\s+)?"
        r"(?P<nat>[^\s،,.()]+)"
    ),
    ["شرطة"],
    reach=5,
)
_AR_MINISTRY = Anchored(
    re.compile(
        # ("وزارة الشؤون الخارجية": the affairs' portfolio is two words)
        r"(?<![\w])(?P<clitic>[وبل]|وب)?وزارة\s+(?P<port>الشؤون\s+ال\S+|ال\S+)(?P<where>\s+(?:ب|في\s+)(?:دولة\s+|المملكة\s+|جمهورية\s+)?"
        r"\S+(?:\s+(?:ال\S+))*)?"
    ),
    ["وزارة"],
    reach=2,
)
# Adjectives of a continent or a region, not of a country: "الشرطة العربية" names no one police.
_AR_CONTINENTAL = frozenset(
    akey(w)
    for a in ("الأوروبي", "الإفريقي", "الأفريقي", "العربي", "الخليجي", "الأممي", "الآسيوي")
    for w in (a, a + "ة")
)
# "قوات" (forces) written right before "الشرطة X", with its clitics: "لقوات الشرطة السودانية".
_AR_FORCES_BEFORE = re.compile(r"(?<![\w])(?:[وبل]|لل|وب|ول)?(?P<word>قوات)\s+$")
# A country's national gendarmerie or guard, its command included ("قيادة الدرك الوطني", "الحرس
# الوطني"): always a body, unlike "الأمن الوطني", as often national security as the directorate.
_AR_NATIONAL_FORCE = re.compile(r"(?<![\w])(?:[وبل]|لل)?(?:(?:ال)?قيادة\s+(?:ال)?|ال|لل)(?:درك|حرس)\s+الوطني(?![\w])")
_AR_CLITIC = re.compile(r"^(?:و?ب|و?ل|و|ف)(?=ال)|^لل|^(?:و|ب|ل)(?=[^ا])")


_AR_WORDS = re.compile(r"[^\s،,.()]+")
# A police service named by its administrative level and its task ("المصلحة المركزية لمكافحة المخدرات",
# "المصلحة الولائية للشرطة القضائية"); "المصلحة" alone is as often an interest ("المصلحة الوطنية").
_AR_SERVICE = re.compile(
    r"(?<![\w])(?:[وبل]|لل)?(?:ال)?مصلحة\s+(?:ال)?(?:مركزية|جهوية|ولائية|إقليمية)\s+(?:ل|لل)[\u0621-\u064a]+"
)
# A department its director is named with ("مدير إدارة التعاون الدولي", "مديرة مديرية الهجرة ومراقبة
# الحدود", "رئيس قسم مكافحة الجرائم الإلكترونية"): after a director's title the word is a body, where
# alone it is as often the act of managing ("إدارة الحدود", border management).
# Tried only where "مدير" or "رئيس" is written: every match opens with one (see text.scanning.Anchored).
_AR_DEPARTMENT = Anchored(
    re.compile(
        r"(?<![\w])(?:مدير|مديرة|رئيس|رئيسة)\s+(?P<head>(?:إدارة|مديرية|قسم|شعبة)\s+)"
        r"(?P<first>(?:ال|لل|ل)[\u0621-\u064a]{2,}|[\u0621-\u064a]{3,}\s+ال[\u0621-\u064a]{2,})"
    ),
    ["مدير", "رئيس"],
)
_AR_ROYAL = frozenset(akey(w) for w in ("السلطانية", "الملكية"))


def _ar_police_of_place(text: str, pos: int) -> int | None:
    """The end of "شرطة" + a place of one or two words + an optional royal adjective ("شرطة هونغ
    كونغ", "شرطة عمان السلطانية", "شرطة دبي"): a police named by its territory, else None."""
    words = list(islice(_AR_WORDS.finditer(text, pos), 3))
    end = None
    if len(words) >= 2 and akey(f"{words[0].group()} {words[1].group()}") in AR_PLACES:
        end, rest = words[1].end(), words[2:]
    elif words and akey(words[0].group()) in AR_PLACES:
        end, rest = words[0].end(), words[1:]
    else:
        return None
    if rest and akey(rest[0].group()) in _AR_ROYAL and not text[end : rest[0].start()].strip():
        end = rest[0].end()
    return end


def _ar_clean(surface: str) -> str:
    """An Arabic name without the clitics glued to its first word ('للمنظمة' → 'المنظمة', 'ووكالة' →
    'وكالة'), keeping a first letter that belongs to the word ('وكالة', 'وزارة')."""
    first, _, rest = surface.partition(" ")
    if akey(first) not in _AR_HEADS:
        if first.startswith("لل"):
            first = "ال" + first[2:]
        else:
            for cut in (1, 2):
                tail = first[cut:]
                if first[:cut].strip("وبلف") == "" and (akey(tail) in _AR_HEADS or tail.startswith("ال")):
                    first = tail
                    break
    return f"{first} {rest}".strip()


# Heads of Arabic organization names read with their complement ("الإدارة العامة لمكافحة المخدرات",
# "منظمة الصحة العالمية"); ministries and police have rules of their own.
_AR_NAMED_HEADS = _AR_HEADS - frozenset(akey(w) for w in ("وزارة", "الوزارة", "الشرطة", "شرطة")) | frozenset(
    akey(w) for w in ("الإدارة", "إدارة", "المندوبية", "مندوبية", "الهيكل", "المركز", "مركز", "الأمانة")
)
# What ends a name: prepositions, relatives and the words that open a clause.
_AR_NAME_STOPS = frozenset(
    akey(w)
    for w in [
        "في",
        "على",
        "من",
        "إلى",
        "الى",
        "عن",
        "مع",
        "التي",
        "الذي",
        "الذين",
        "بين",
        "خلال",
        "حول",
        "منذ",
        "ضد",
        "عبر",
        "لدى",
        "تحت",
        "بحضور",
        "بمشاركة",
        "برئاسة",
        "وذلك",
        "حيث",
        "كما",
        "أن",
        "إن",
        "قد",
        "لا",
        "ما",
    ]
)
_AR_NOT_IN_NAMES = frozenset(
    akey(w)
    for w in [
        "للمؤتمر",
        "للاجتماع",
        "للدورة",
        "للقمة",
        "للملتقى",
        "المشتركة",
        "المشترك",
        "المنظمة",
        "الاجتماع",
        "المؤتمر",
        "الدورة",
        "القمة",
        "الملتقى",
        "التابع",
        "التابعة",
        "المكلف",
        "المكلفة",
        "المعني",
        "المعنية",
    ]
)
# Indefinite heads whose construct with a definite noun is a body's name ("منظمة الصحة العالمية",
# "مديرية الأمن العام"); "مجلس الوزراء", "مكتب الاتصال", "مركز التدريب" are as often an office or a room.
_AR_CONSTRUCT_HEADS = frozenset(
    akey(w) for w in ("منظمة", "مديرية", "هيئة", "وكالة", "مفوضية", "أكاديمية", "جامعة", "مندوبية")
)
_AR_PERSON_WORDS = frozenset(akey(h) for h in AR_HONORIFICS) | AR_ROLE_WORDS
# The heads with the clitics a word may carry ("والمنظمة", "للمديرية", "بمنظمة"), folded.
_AR_HEAD_FORMS = frozenset(
    akey(clitic + (head if not clitic.endswith("ل") or not head.startswith("ال") else head[1:]))
    for head in _AR_NAMED_HEADS
    for clitic in ("", "و", "ب", "ل", "ف", "وب", "ول", "فب")
) | frozenset(akey(c + head) for head in _AR_NAMED_HEADS if head.startswith("ال") for c in ("بال", "وال"))


class _WordKeys(dict):
    """`akey` of each Arabic word seen, computed once per process: an article's words are all looked
    up (a dict look-up costs a fraction of folding a word again)."""

    def __missing__(self, word: str) -> str:
        if len(self) > 100_000:
            self.clear()  # a bound on memory: news vocabulary stays far below it
        value = self[word] = akey(word)
        return value


_AR_WORD_KEYS = _WordKeys()


def _definite(word: str) -> bool:
    k = _AR_WORD_KEYS[word.rstrip("،,.:؛")]
    # ("للجريمة المنظمة": "ل" and the article fused)
    return k.startswith(("ال", "وال", "بال", "فال", "لل", "ولل")) and k not in _AR_NAME_STOPS


_AR_WORD_RUN = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0640]+[،,.:؛]?")
# The same words kept by `re.split` (a group), between what separates them: the words and their
# offsets without a match object per word.
_AR_WORD_SPLIT = re.compile(f"({_AR_WORD_RUN.pattern})")


class _Openings(dict):
    """Whether an Arabic word, as `_AR_WORD_RUN` reads it (a closing comma or stop included), is one
    of the heads that may open a name, asked once per word written: an article's words are all asked."""

    def __missing__(self, word: str) -> bool:
        if len(self) > 100_000:
            self.clear()  # a bound on memory: news vocabulary stays far below it
        value = self[word] = _AR_WORD_KEYS[word.rstrip("،,.:؛")] in _AR_HEAD_FORMS
        return value


_AR_OPENINGS = _Openings()


def _opens_own_name(words: list[str], j: int) -> bool:
    """Whether word j, after a head, is its adjective of rank or its genitive ("العامة", "للديوانة")."""
    if j >= len(words):
        return False
    k = akey(words[j].rstrip("،,.:؛"))
    return k in _HEAD_RANKS or (k.startswith("لل") and len(k) > 4)


_HEAD_RANKS = frozenset(akey(w) for w in ("العامة", "العام", "الوطنية", "الوطني", "المركزية", "الجهوية", "العليا"))


def _arabic_named_bodies(text: str) -> Iterator[tuple[int, int]]:
    """Spans of Arabic organization names made of a head noun and a complement: a definite head,
    its adjectives and a genitive with a glued "لـ" ("الإدارة العامة للمرور", "الاتحاد العربي للنقل
    البري", "اللجنة الدولية للصليب الأحمر"), or an indefinite head in construct with a definite noun
    ("منظمة الصحة العالمية", "مديرية الأمن العام"); then their adjectives and "و"-joined ones.

    The text is split once (in C): word n is ``parts[2n + 1]``, what separates it from the word before
    ``parts[2n]``, and its start ``bounds[2n + 1]`` (the lengths of the parts before it, summed); the
    words that may open a name are picked by a look-up each, without a Python step per word."""
    parts = _AR_WORD_SPLIT.split(text)
    words = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=0))
    keys = _AR_WORD_KEYS
    free = 0  # the first word no name found so far holds
    for i in compress(count(), map(_AR_OPENINGS.__getitem__, words)):
        if i < free:
            continue
        first = words[i].rstrip("،,.:؛")
        head = akey(_ar_clean(first).split()[0])
        definite = head.startswith("ال")
        joined = first[:1] == "و" and akey(first[1:]) in _AR_NAMED_HEADS  # "… والاتحاد العربي": a name of its own
        # (a definite word only: "المفوض العام لوكالة الشرطة …" is a genitive, no adjective)
        after_noun = definite and not joined and i > 0 and not parts[2 * i].strip() and _definite(words[i - 1])
        if (
            head not in _AR_NAMED_HEADS
            or first != words[i]
            or (not definite and head not in _AR_CONSTRUCT_HEADS)
            or after_noun  # "الجريمة المنظمة العابرة للحدود": an adjective, no head
        ):
            continue
        adjective = False
        complement, end, j = False, None, i + 1
        while j < len(words) and j - i <= 7:
            raw = words[j]
            word = raw.rstrip("،,.:؛")
            k = keys[word]
            another = k in _AR_HEADS or (k[:1] == "و" and k[1:] in _AR_HEADS)  # "… والاتحاد العربي": a second name
            # "… الجزائرية والإدارة العامة للديوانة …": a head with its own adjective or genitive opens a
            # second name ("… للتخطيط والإدارة" ends one)
            another = another or (
                k[:1] == "و" and k[1:3] == "ال" and k[1:] in _AR_NAMED_HEADS and _opens_own_name(words, j + 1)
            )
            # (an indefinite head's first word is its complement in construct, a head word too: "وكالة الشرطة …")
            another = another and not (not definite and j == i + 1 and k.startswith("ال"))
            gap = parts[2 * j].strip()
            if gap or another or k in _AR_NAME_STOPS or k in _AR_NOT_IN_NAMES:
                break
            if k in _AR_PERSON_WORDS:
                break  # "… للمرور العميد": a rank or a title opens the person's name
            if word.startswith("ل") and not word.startswith("ال") and len(word) > 3:
                if definite and not adjective:
                    break  # "المنظمة لولاية مدتها": the body named before, then a clause
                complement = True  # "للمرور", "لمكافحة"
            elif word.startswith("ال") or (complement and word.startswith("وال")):
                if definite and not complement and not head.endswith("ه") and k.endswith("ه"):
                    break  # "وأقر المجلس الميزانية …": a masculine head takes no feminine adjective (an object)
                if definite and not complement and head.endswith("ه") and k.endswith("ي"):
                    break  # "برنامج الجامعة التدريبي": a feminine head takes no masculine adjective (the noun before's)
                if complement and words[j - 1].startswith("لل") and not _adjective_like(k):
                    break  # "المكتب الإقليمي للمنظمة الخطة": after a definite genitive, a noun is the verb's object
                adjective = adjective or (definite and not complement)
                complement = complement or (not definite and j == i + 1)  # "منظمة الصحة"
            elif (
                complement
                and j > i + 1
                and akey(words[j - 1]).startswith("ل")
                and not akey(words[j - 1]).startswith("لل")
            ):
                pass  # "لمكافحة الإرهاب": the genitive of a verbal noun ("للرابطة ستتولى": a definite one ends it)
            else:
                break
            end = bounds[2 * j + 1] + len(word)
            if raw != word:
                break
            j += 1
        if complement and end is not None:
            yield bounds[2 * i + 1], end
        free = j if complement else i + 1


def _adjective_like(k: str) -> bool:
    """Whether a definite word has the shape of an adjective: a relative adjective in -ي/-ية
    ("الدولية"), a participle in م- ("المتحدة", "المنظمة"), an elative ("الأعلى", "الأحمر"), or a
    word joined by "و" to the name ("والعدالة")."""
    return k.endswith(("ي", "يه", "ى")) or k.startswith(("الم", "الا", "وال")) or k in _PLAIN_ADJECTIVES


_PLAIN_ADJECTIVES = frozenset(akey(w) for w in ("العام", "العامة", "الخاص", "الخاصة"))  # "للأمن العام"
