"""Script-independent keys of person names, token by token, for resolving spellings to one person.

A name is read as its core tokens: courtesy and royal styles dropped ("M.", "السيد", "King"),
particles dropped (al/el/ال, ben/bin/ibn/بن, ould, ait, moulay), "abd"/"abou" joined to the word
they open ("Abdel Latif", "Abdellatif" and "عبد اللطيف" are one token) and "eddine"/"الدين" to the word
it closes ("Nour Eddine", "Noureddine", "نور الدين" and "نورالدين" are one token). Each token becomes a
consonant skeleton of its Latin form: Arabic tokens are transliterated first (anyascii; see the
README for the measurement that chose it), then the letters that spellings of one name vary on are
folded: vowels and the w/y that Arabic writes for them, doubled letters, ch/sh, ph/f, v/f, p/b,
q/k, c/k/s, gh/g, dh/d, th/t, a final h (ta marbuta). "Hammouchi", "Hamouchi", "حموشي" and
"الحموشي" all give "hms"; "Dkhissi", "Dkhisi" and "الدخيسي" give "dks". Arabic letters that Latin
spellings render several ways (ث as th or s, ج as j, g or the d of "Ndiaye", ذ/ظ, ق) give each token
its alternate skeletons, compared across scripts only ("عثمان" is "Othmane" and "Ousmane").

Regnal numbers are tokens too: "VI" and "السادس" give "#6", so "Mohammed VI" is never just a
"Mohammed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from people.lexicon import (
    AR_GIVEN_NAMES,
    AR_HONORIFICS,
    GIVEN_NAMES,
    HONORIFICS,
    NASAB,
    RANKS,
    ROYAL_STYLES,
    ROYAL_TITLES,
    STYLES_GIVEN_BEFORE_NASAB,
    given_name_family,
)
from text.normalize import normalize_name
from text.wordlists import split_words

_ARABIC = re.compile("[\u0600-\u06ff]")
_SPLIT = re.compile(r"[\s.\-'’]+")
# An apostrophe inside a word, after two letters at least, writes the ʿayn or the hamza of an Arabic
# name ("Sa'ad", "Ja'far", "Al-Ma'mari"): no break, the spellings without it ("Saad", "Jafar") are
# the same word. After one letter it is an elision or a Celtic prefix ("d'Ormesson", "O'Neill").
_GLOTTAL = re.compile(r"(?<=[a-z]{2})['’](?=[a-z])")

# Words that are not part of who a person is: styles, honorifics, ranks (their first word).
_STYLE_WORDS = frozenset(
    w
    for phrase in (*HONORIFICS, *ROYAL_TITLES, *ROYAL_STYLES, *RANKS, *AR_HONORIFICS)
    for w in normalize_name(phrase).split()
    # "Seri"/"Sri" of "Datuk Seri" are also names ("Sri Mulyani"): only the style's first word is left out;
    # "Pol" of the Thai police ranks is a given name too ("Pol Garcia")
    if (len(w) > 1 or w in {"m", "s"})
    and w not in {"سري", "seri", "sri", "pol", "police"}
    # "Sultan", "Amir": given names as often as titles; discovery leaves a sovereign's title out of
    # his name ("Haitham bin Tarik"), so in a name they are its given name ("Sultan Al-Mazrouei"),
    # as the Arabic spelling keeps them ("سلطان المزروعي")
    and w not in {"sultan", "amir"}
) | frozenset({"sa", "majeste", "altesse", "highness", "majesty", "جلاله", "سمو", "صاحب", "السمو", "الملكي"})
# "شيخ" without its article opens a name as "Cheikh" does in Latin ("شيخ تجان سال" is "Cheikh Tidiane Sall"):
# left out on both sides, so that the two spellings compare
_STYLE_WORDS = _STYLE_WORDS | {normalize_name("شيخ")}
# Particles: read, then dropped from the key (spellings keep or drop them at will).
_PARTICLES = frozenset(
    {"al", "el", "ال", "ben", "bin", "ibn", "bn", "بن", "ابن", "ould", "ولد", "ait", "ayt", "ايت", "آيت"}
    | {"moulay", "mulay", "mawlay", "مولاي", "sidi", "سيدي", "lalla", "لاله"}
)
_PATRONYMIC = frozenset(["ben", "bin", "ibn", "bn", "بن", "ابن", "ould", "ولد"])
# Particles that are names too: the last word after a patronymic is the father's ("ولد سيدي").
_NAME_PARTICLES = frozenset({"sidi", "سيدي", "moulay", "mulay", "مولاي"})
# Words that open a compound name: joined to the next word.
_OPENERS = frozenset(["abd", "abde", "abdel", "abdul", "abdal", "abdi", "abdoul", "abou", "abu", "ابو", "عبد"])
# Words that close a compound given name: joined to the word before ("نور الدين", "Nour Eddine",
# "Nour-Eddine" and "Noureddine" are one token; "ed"/"el" + "dine" are read as one closer).
_CLOSERS = frozenset(["الدين", "eddine", "eddin", "edine", "uddin", "uddine", "addin", "eldine", "dine", "din"])
_CLOSER_ARTICLES = frozenset(["ed", "ad", "ud"])

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_AR_REGNAL = {
    "الاول": 1,
    "الثاني": 2,
    "الثالث": 3,
    "الرابع": 4,
    "الخامس": 5,
    "السادس": 6,
    "السابع": 7,
    "الثامن": 8,
    "التاسع": 9,
    "العاشر": 10,
}

_SKELETON = [
    (re.compile(r"[^a-z]"), ""),
    # (and the sj of Dutch and old Indonesian spellings: "Sjafrie Sjamsoeddin" is "شفري شمس الدين")
    (re.compile(r"tch|tsh|sch|ch|sh|sj"), "s"),  # "Tchiani" and "تشياني", "Chirac" and "شيراك"
    # French spellings write the j of English ones and of ج as "dj" ("Kodjo"/"Kojo", "Djibril"/"Jibril",
    # "Madjid"/"Majid"), at a word's start or after a vowel ("Abdjalil" is Abd + Jalil)
    (re.compile(r"(?:^|(?<=[aeiouy]))dj"), "j"),
    # Russian and Central Asian names: English writes ж "zh" where French writes "j" ("Zhaksybekov",
    # "Jaksybekov"), and French writes an opening ю "iou" where English writes "yu" ("Ioussoupov")
    (re.compile(r"zh"), "j"),
    (re.compile(r"^i(?=ou)"), "y"),
    (re.compile(r"z$"), "s"),  # a final s is a ز in Arabic ("Williams", "ويليامز")
    (re.compile(r"ph"), "f"),
    (re.compile(r"kh"), "k"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"dh"), "d"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ck|qu|q"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"v"), "f"),
    (re.compile(r"p"), "b"),
    (re.compile(r"(?<=.)h$"), ""),  # ta marbuta, a final silent h
    (re.compile(r"^y(?=[aeiouw])"), "j"),  # an opening consonant ي is a J as often as a Y ("Jürgen", "يورغن")
    (re.compile(r"^ou(?=[aeiy])"), "w"),  # "Ouali" is "وعلي": an opening w is a consonant
    (re.compile(r"[aeiouy]|(?<=.)w"), ""),  # vowels and the letters Arabic writes for them
    # a silent h after j ("John", "Johan" and "جون"); after other consonants it is heard:
    # "Mhamed" is "محمد", "Abderrahim" "عبد الرحيم"
    (re.compile(r"(?<=^j)h"), ""),
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters
]


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


_DIGRAPH_H = re.compile("(?<=[تدسكصضطزغش])ه")


@lru_cache(maxsize=65536)
def token_skeleton(token: str) -> str:
    """The consonant skeleton of one folded name token, Arabic or Latin."""
    if is_arabic(token):
        if token.startswith("او"):
            token = "u" + token[2:]  # an opening "أو" is the vowel of "Ourkiza", not a w
        # anyascii drops alef, and ع is written as a vowel in Latin ("عواد" is "Awad", whose w
        # stands between vowels): both are vowels still
        # a ه after a letter whose Latin form would take it for a digraph (ت+ه is no "th": "التهامي" is
        # "Touhami"; س+ه no "sh": "سهام" is "Siham") is read apart, a vowel between them
        token = _DIGRAPH_H.sub("aه", token)
        token = anyascii(token.replace("ا", "a").replace("ع", "a"))
    text = token.lower()
    for pattern, replacement in _SKELETON:
        text = pattern.sub(replacement, text)
    return text


# Arabic letters that Latin spellings render more than one way: ث as th or s ("Othmane", "Ousmane"), and as
# the z (or c) of Spanish names, whose sound it writes ("أولايثولا" is "Olaizola", "غونثاليث" "Gonzalez"),
# ذ and ظ as dh, d or z, ج as j, g or the d of "di" ("Gamal", "Ndiaye"), ق as q or g ("Gasim"); ز is
# also the s that European spellings sound as z between vowels ("إيزابيل" is "Isabel"). Chinese names:
# "تش" writes the pinyin zh, j and q as well as ch ("تشانغ" is "Zhang", "تشيانغ" "Qiang"). خ writes the j of
# Spanish names, whose sound it is ("خافيير" is "Javier", "خوان" "Juan").
_AR_OTHER_READINGS = {"ث": "سز", "ذ": "ز", "ظ": "ز", "ج": "دغ", "ق": "غ", "ز": "س", "تش": "جك", "خ": "ج"}


# Latin letters of several readings across languages: "ch" is the k of Italian, English and German
# names ("Marchetti" is "ماركيتي", "Michael" "مايكل", "Christophe" "كريستوف") as well as the French sh;
# Pinyin's x is the sh of "شي" ("Xi", "Xiaohong" is "شياو هونغ"), which other spellings write ks; a g before
# e or i is the j of Spanish, French and Italian names ("Gil" is "خيل", "Georges" "جورج", "Giulia" "جوليا").
_LATIN_OTHER_READINGS = (
    (re.compile(r"(?<![st])ch"), "k"),
    (re.compile(r"(?<![a-z])x(?=i|u)"), "sh"),
    (re.compile(r"g(?=[ei])"), "j"),
)


@lru_cache(maxsize=65536)
def token_alternates(word: str) -> tuple[str, ...]:
    """The other skeletons of a name word, one letter (or "تش", or Latin "ch") of several readings changed
    at a time (at most four): compared across scripts only."""
    if not is_arabic(word):
        main = token_skeleton(word)
        others = (token_skeleton(pattern.sub(reading, word)) for pattern, reading in _LATIN_OTHER_READINGS)
        return tuple(dict.fromkeys(o for o in others if o != main))
    main = token_skeleton(word)
    out: list[str] = []
    for letter, readings in _AR_OTHER_READINGS.items():
        if letter in word:
            for reading in readings:
                skeleton = token_skeleton(word.replace(letter, reading))
                if skeleton != main and skeleton not in out:
                    out.append(skeleton)
    return tuple(out[:4])


_HAMZA_LAM = re.compile(r"(?<![^\s-])[أإ]ل[^\s-]+")


def _strip_article(token: str) -> str:
    """ "الحموشي" → "حموشي", "al-raisi" was split already; a bare "ال" + two letters is kept."""
    if token.startswith("ال") and len(token) > 4:
        return token[2:]
    return token


_SUN_LETTERS = frozenset("تثدذرزسشصضطظلن")


def _join(opener: str, word: str) -> str:
    """ "عبد" + "الرحمن" → "عبدرحمن" (the article's l is not heard before a sun letter, and Latin
    spellings drop it: "Abderrahmane"); "عبد" + "العزيز" keeps it ("Abdelaziz")."""
    if word.startswith("ال") and len(word) > 3 and word[2] in _SUN_LETTERS:
        word = word[2:]
    return opener + word


@dataclass(frozen=True, slots=True)
class NameKey:
    """A name as compared: its script and the skeletons of its core tokens, in order."""

    script: str
    tokens: tuple[str, ...]
    # per token: it may be left out at the end of the name (it follows bin/ben/ibn/ould, or it is the
    # hyphenated given name of a Chinese name: "John Lee Ka-chiu" is "John Lee")
    patronyms: tuple[bool, ...] = ()
    initials: tuple[str, ...] = ()  # per token: its first letter as written, in Latin letters
    # per token: the skeletons its letters of several readings also give ("عثمان": "tmn" as "Othmane",
    # "smn" as "Ousmane"; "Michael": "msl" as French reads it, "mkl" as English does)
    alternates: tuple[tuple[str, ...], ...] = ()
    # which of the given names sharing their consonants with another the first word spells, if one
    # ("Mahmoud" and "Mohamed" both have the key "mhmd": people.lexicon.given_name_family)
    given: int | None = None
    # per token: whether its word is a given name of the lists (Latin or Arabic), as written, not by its skeleton
    # ("Moriyama" is no given name; its skeleton "mrm" is Maryam's)
    given_words: tuple[bool, ...] = ()

    @property
    def surname(self) -> str:
        return self.tokens[-1] if self.tokens else ""


# The Cantonese given name that closes a Hong Kong official's name after an English one and the
# surname ("John Lee Ka-chiu", "Chris Tang Ping-keung"): often left out.
_CHINESE_GIVEN = re.compile(r"\s([A-Z][a-z]{1,5})-([a-z]{2,6})\s*$")
INITIAL = "="  # a token that is an initial: "=k" for "K." ("K. Bennis")


def joined_skeleton(first: str, second: str) -> str:
    """Two words' skeletons read as one word's: end to end, a doubled letter folded."""
    return first + second[1:] if first[-1:] == second[:1] else first + second


def _syllables_joined(key: NameKey) -> NameKey:
    """The key with its last two tokens, the syllables of a hyphenated given name ("Jong-yang",
    "Ka-chiu"), read as one word: their skeletons end to end, as Arabic writes the syllables apart
    ("جونغ يانغ") and identity.name_similarity joins two words of the other spelling."""
    word = joined_skeleton(key.tokens[-2], key.tokens[-1])
    return NameKey(key.script, (*key.tokens[:-2], word), key.patronyms[:-1], key.initials[:-1], key.alternates[:-1])


def family_name_first(name: str) -> bool:
    """Whether a name is written family name first, as Chinese names are: a surname and a hyphenated
    Cantonese given name ("Leung Wai-kit", whom "Mr Leung" names), or a common Chinese surname and a
    given name of one or two pinyin syllables ("Wang Xiaohong", whom "M. Wang" names)."""
    words = name.split()
    if len(words) != 2:
        return False
    if _CHINESE_GIVEN.search(" " + name):
        return True
    return words[0].lower() in _CHINESE_SURNAMES and _PINYIN_GIVEN.fullmatch(words[1].lower()) is not None


# The commonest Chinese surnames in pinyin, and a given name of one or two pinyin syllables.
_CHINESE_SURNAMES = frozenset(
    split_words(
        "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song"
        " tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren"
        " shen yao jin fu zhong xi qin wen meng bai cui kong mao qiu lei hou shi"
    )
)
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u)"
)
_PINYIN_GIVEN = re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,2}}")


def _initial(word: str) -> str:
    letters = [c for c in anyascii(word).lower() if c.isalpha()]
    return letters[0] if letters else ""


@lru_cache(maxsize=65536)
def name_key(name: str) -> NameKey:
    """The NameKey of a name as written (any script, any styles around it)."""
    chinese = _CHINESE_GIVEN.search(name)
    if chinese:
        name = name[: chinese.start()] + " " + chinese.group(1) + " " + chinese.group(2)
    key = _name_key(name)
    if chinese and len(key.tokens) >= 2:
        key = _syllables_joined(key)
    if chinese and len(key.tokens) >= 3:
        key = NameKey(key.script, key.tokens, (*key.patronyms[:-1], True), key.initials, key.alternates)
    return key


def _initial_s(words: list[str], n: int) -> bool:
    """ "S." opens a style only with the style's next letter ("S. M.", "S. E."): before a name it is
    the initial of a given name ("S. Ould Cheikh" for Samira Ould Cheikh)."""
    return words[n] == "s" and n + 1 < len(words) and words[n + 1] not in _STYLE_WORDS and len(words[n + 1]) > 1


# A nasal written apart before the consonant it opens, as West and East African names begin ("M'houdine",
# "N'Diaye", "M'Bow"): one word, the same as the spellings without the apostrophe ("Mhoudine", "Ndiaye").
_NASAL_PREFIX = re.compile(r"(?<![^\W\d_])([mn])['’](?=[^\W\d_])")


# "Abdul"/"Abdel"/"Abdal" before a sun letter: Latin spellings write the article's l that is not heard
# ("Abdulrahman", "Abdelsalam") as often as they drop it ("Abderrahmane", "Abdessalam"), and the
# Arabic key drops it (see _join): one word without it. "dj" is the ج of "Abdeldjalil", no sun letter.
_ABD_SUN = re.compile(r"^(abd[aeiou]?)l(?=[tdrzsn])(?!dj)")


def _fold_opening(word: str) -> str:
    """The opening of a core name word folded to what its spellings share: an opening ي before a consonant
    is the consonant of "Yahia"/"Yahya" (Arabic writes no short vowel after it: "يحيى"), read with its
    vowel so it folds as the Latin y before a vowel does; an "Abdul"/"Abdel" before a sun letter loses
    its silent l."""
    if is_arabic(word):
        if len(word) > 2 and word[0] == "ي" and word[1] not in "اويى":
            return "يا" + word[1:]
        return word
    return _ABD_SUN.sub(r"\1", word)


def _name_key(name: str) -> NameKey:
    # a ç is the s of French spellings ("Fayçal" is "Faisal", "فيصل"), never the k its folded c would be
    name = name.replace("ç", "s").replace("Ç", "S")
    folded = _NASAL_PREFIX.sub(r"\1", _GLOTTAL.sub("", normalize_name(name)))
    words = [w for w in _SPLIT.split(folded) if w]
    # a word that opens with hamza and lām is a foreign name's ("أليون" Alioune, "ألبرتو"), never the
    # article, which is written without hamza: its "ال" stays in the key
    hamza_lam = {normalize_name(w) for w in _HAMZA_LAM.findall(name)} if "ل" in name else set()
    core: list[str] = []
    previous = ""  # the word of the last core token, as written (a closer joins it)
    pending = ""
    patronyms: list[bool] = []
    initials: list[str] = []
    alternates: list[tuple[str, ...]] = []
    given_words: list[bool] = []
    after_patronymic = False
    particled = False  # a particle was read: what follows is a name's part, never a style
    given = None
    for n, word in enumerate(words):
        if core and word in _CLOSERS and (n == 0 or words[n - 1] not in _PATRONYMIC):
            joined = _strip_article(previous) + _strip_article(word)
            core[-1] = token_skeleton(joined)
            alternates[-1] = token_alternates(joined)
            continue
        if word in _CLOSER_ARTICLES and n + 1 < len(words) and words[n + 1] in _CLOSERS:
            continue
        if (
            word in _STYLE_WORDS
            and not (core or pending or particled or _initial_s(words, n))
            and not (word in STYLES_GIVEN_BEFORE_NASAB and n + 1 < len(words) and words[n + 1] in NASAB)
        ):
            continue  # styles open a name: "M. X", "الملك X", "King X"; after "Ould", "Cheikh" is a name
        if (word in _ROMAN or word in _AR_REGNAL) and core:
            core.append(f"#{_ROMAN.get(word) or _AR_REGNAL[word]}")
            patronyms.append(False)
            initials.append("#")
            alternates.append(())
            given_words.append(False)
            continue
        # ("Mesgharou Ould Sidi", "Mohamed Lemine Ould Sidi Baba": the father's name, kept)
        fathers = word in _NAME_PARTICLES and n > 0 and words[n - 1] in _PATRONYMIC
        if word in _PARTICLES and not fathers:
            after_patronymic = after_patronymic or (word in _PATRONYMIC and bool(core))
            particled = True
            continue
        if word in _OPENERS:
            pending += word
            continue
        if word.endswith("الدين") and len(word) > 5:
            word = word[:-5] + "دين"  # "نورالدين" written as one word: the article's l is not heard
        if word.startswith("عبد") and len(word) > 3:
            pending, word = pending + "عبد", word[3:]
        word = _join(pending, word) if pending else (word if word in hamza_lam else _strip_article(word))
        pending = ""
        word = _fold_opening(word)
        if len(word) == 1 and word.isalpha() and not is_arabic(word) and n + 1 < len(words):
            skeleton = INITIAL + word  # an initial before the surname: "K. Bennis", "A. Hammouchi"
        else:
            skeleton = token_skeleton(word)
        if skeleton:
            if not core and not skeleton.startswith(INITIAL):
                given = given_name_family(word)
            previous = word
            core.append(skeleton)
            patronyms.append(after_patronymic)
            initials.append(_initial(word))
            alternates.append(token_alternates(word) if not skeleton.startswith(INITIAL) else ())
            given_words.append(word in GIVEN_NAMES or word in AR_GIVEN_NAMES)
        after_patronymic = False
    if pending:
        core.append(token_skeleton(pending))
        patronyms.append(after_patronymic)
        initials.append(_initial(pending))
        alternates.append(token_alternates(pending))
        given_words.append(pending in GIVEN_NAMES or pending in AR_GIVEN_NAMES)
    script = "arabic" if is_arabic(name) else "latin"
    return NameKey(script, tuple(core), tuple(patronyms), tuple(initials), tuple(alternates), given, tuple(given_words))
