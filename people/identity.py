"""Who a person mention is: a person already known, perhaps one (a suggestion for editors), or new.

The index holds every name of every known person as a `NameKey` (token skeletons, any script; see
people.name_keys), reached through the skeletons of their tokens, and what is known of each person's
context: the organizations their stated roles named, the persons named beside them, the events of
their articles. It is built once per run and kept current as the run creates persons: no query is
made per mention.

A mention's name is compared with each candidate's names token by token: the first tokens must
answer each other (given name), the others must follow in order, and the last one must be the
other's last unless the longer name is a chain of patronyms ("Abdelaziz Ben Saoud Ben Nayef" is
"عبدالعزيز بن سعود بن نايف بن عبدالعزيز"). Equal skeletons count 1; close ones less, and much
less when they do not start alike ("Ahmed"/"Mohamed" are different names); two given names that share
their consonants but are different names ("Mahmoud"/"Mohamed"/"محمد", "Hassan"/"Hussein": the lexicon's
families of such names) are a suggestion at most, whatever the context (DISTINCT_GIVEN_FACTOR); two given names of the
lexicon written in one script are two names however close ("Birame"/"Ibrahima": near, the same only
with context, DIFFERENT_GIVEN_FACTOR). A name that leaves out
an opening "Mohamed" of a compound given name ("Amine Belhaj" for "Mohamed Amine Belhaj") scores
DROPPED_FIRST_FACTOR: near, same only with context; so does a name that leaves out the family name
("Fahd Al-Yousef" for "Fahd Youssef Saoud Al-Sabah", WITHOUT_FAMILY_FACTOR). An initial answers the
given name it opens ("K. Bennis", INITIAL_SIMILARITY), though after an initial a family name of fewer
than three consonants whose Latin vowels differ is only near ("K. Saada" and "Kaïs Saïed" share the skeleton
"sd": THIN_FAMILY_FACTOR). Two words of one spelling may answer one word
of the other ("Wai-kit" and "واي كيت", JOINED_FACTOR) when the joined word is a word of the other.
A name like a person's spelling in the other script only, and unlike each of its spellings in its own
("Joseph Cruz" beside "يوسف الخرازي" and "Youssef El Kharrazi"), is near at most (OTHER_SCRIPT_ONLY_FACTOR).
A surname alone ("M. Koumane") is the only known person of that surname when the context agrees, a
suggestion without context, new when two known persons bear it. Context adds to the score. Then:

- **same** when the name alone is strong (≥ SAME_AT) and no other known person comes within
  RIVAL_GAP, or when a good name (≥ LIFT_FROM) is carried to SAME_AT by the context;
- **suggestion** when the score reaches SUGGEST_AT;
- **new** otherwise.

Persons that one article names apart are never one: the caller passes them as `exclude`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from people.lexicon import AR_GIVEN_NAMES, GIVEN_NAMES
from people.name_keys import INITIAL, NameKey, joined_skeleton, name_key
from text.normalize import normalize_name

SAME_AT = 0.9
LIFT_FROM = 0.75
SUGGEST_AT = 0.7
RIVAL_GAP = 0.05
MAX_POSTING = 2000  # a token that many persons share ("mhmd") finds no candidates on its own

AFFILIATION_WEIGHT = 0.1
ROLE_WEIGHT = 0.1  # the same role stated (two words at least, in the same language), as the same body is
PERSON_WEIGHT = 0.05
EVENT_WEIGHT = 0.05
CONTEXT_CAP = 0.1  # per kind of context
SURNAME_CONTEXT = 0.05  # a surname alone is its only known bearer given any context in common


class Outcome:
    SAME = "same"
    SUGGESTION = "suggestion"
    NEW = "new"


@lru_cache(maxsize=65536)
def token_similarity(a: str, b: str) -> float:
    """0–1: how alike two token skeletons are (regnal numbers must be equal). Cached: names are
    compared token by token with every name of the article, and given names repeat from article to
    article."""
    if a == b:
        return 1.0
    if a.startswith("#") or b.startswith("#"):
        return 0.0
    short, long = sorted((a, b), key=len)
    if long in ("l" + short, "bn" + short) or _glide_glued(a, b) or _glide_glued(b, a):
        # an article or a "ben" glued to the name: "Elmansouri", "Bensaleh"; glued, the glide that
        # opens the name is read as a vowel: "Elouazzani" for "Ouazzani", "Benyoussef" for "Ben Youssef"
        return 0.9
    if min(len(a), len(b)) < 3:
        # short skeletons ("lks"/"lk" for "Lucas"/"لوكا"): a silent final letter at most
        return 0.8 if abs(len(a) - len(b)) == 1 and (a.startswith(b) or b.startswith(a)) else 0.0
    ratio = fuzz.ratio(a, b) / 100
    if ratio < 0.75:
        return 0.0
    return ratio if a[0] == b[0] else ratio - 0.4


def _glide_glued(glued: str, name: str) -> bool:
    """`glued` is `name` after a glued article or "ben" that made its opening glide a vowel ("lzn"
    for "wzn", "Elouazzani"; "bnsf" for "jsf", "Benyoussef" for "Ben Youssef")."""
    return len(name) >= 3 and name[0] in "wj" and glued in ("l" + name[1:], "bn" + name[1:])


# Given names that open a compound given name and are often left out ("Mohamed Amine Belhaj" is
# "Amine Belhaj" in the next article); the name without it is near, never the same on its own.
DROPPABLE_FIRST = frozenset({"mhmd"})
INITIAL_SIMILARITY = 0.85  # "K. Bennis" and "Karima Bennis": the same unless a namesake rivals
WITHOUT_FAMILY_FACTOR = 0.87  # below SAME_AT: "Fahd Al-Yousef" for "Fahd Youssef Saoud Al-Sabah" needs context
GIVEN_LAST_FACTOR = 0.95  # "Kouassi Yao Bertin" for "Bertin Kouassi Yao": three words at least, all alike
JOINED_FACTOR = 0.97  # two words of one spelling read as one of the other: the same, a little less sure
DIFFERENT_GIVEN_FACTOR = 0.85  # two given names of the lexicon, close in letters: near, same only with context
# two given names that share their consonants but are different names ("Mahmoud" and "Mohamed"): below
# LIFT_FROM, so that no context makes them one, above SUGGEST_AT, so that editors are asked
DISTINCT_GIVEN_FACTOR = 0.72
DROPPED_FIRST_FACTOR = 0.88  # above LIFT_FROM: context (role, co-mentions, events) may make it the same
SWAPPED_FACTOR = 0.88  # two words swapped, neither a known given name: the same only with context


def name_similarity(a: NameKey, b: NameKey) -> float:
    """0–1: how alike two full names are, token by token (see the module docstring)."""
    short, long = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    if not short.tokens:
        return 0.0  # a name of particles or styles only ("Al", "Ould") is like no name
    similarity = _aligned(short, long)
    if similarity < SAME_AT and len(short.tokens) < len(long.tokens) and _drops_first(short, long):
        rest = NameKey(long.script, long.tokens[1:], long.patronyms[1:], alternates=long.alternates[1:])
        similarity = max(similarity, DROPPED_FIRST_FACTOR * _aligned(short, rest))
    if similarity < SAME_AT and len(short.tokens) >= 3 and len(short.tokens) == len(long.tokens):
        # the given name written last, as lists and West African administrations write it
        # ("Kouassi Yao Bertin" for "Bertin Kouassi Yao"): the same words, the last one moved first
        for moved, other in ((short, long), (long, short)):
            if moved.tokens[-1] not in _arabic_given_skeletons():
                similarity = max(similarity, GIVEN_LAST_FACTOR * _aligned(_given_first(moved), other))
    if similarity < SAME_AT and len(short.tokens) == len(long.tokens) == 2 and _no_given_name(short, long):
        # the two words in the other order, neither a given name of the lists ("Moriyama Takahiro" for "Takahiro
        # Moriyama": Japanese and Korean names are written family name first too): near, the same with context
        similarity = max(similarity, SWAPPED_FACTOR * _aligned(_given_first(short), long))
    if similarity < SAME_AT and len(long.tokens) == len(short.tokens) + 1:
        # one name written as two words in the other spelling: "Wai-kit" and "واي كيت"
        for j in range(len(long.tokens) - 1):
            word = _joined_word(long, j)
            # the joined word is one of its words, or another reading of one ("Xiaohong" and "شياو هونغ")
            if word is not None and (word in short.tokens or any(word in alts for alts in short.alternates)):
                similarity = max(similarity, JOINED_FACTOR * _aligned(short, _joined(long, j, word)))
    return similarity


def prepare_identity_tables() -> None:
    """Build the given names' keys now (about 7,000 names: 0.4 s), not at the first comparison that
    needs them: an import builds them before it forks its workers, which then share them."""
    _given_skeletons()


@lru_cache(maxsize=1)
def _given_skeletons() -> frozenset[str]:
    """The keys of the given names of both lists (Latin and Arabic script)."""
    latin = frozenset(key.tokens[0] for key in map(name_key, GIVEN_NAMES) if len(key.tokens) == 1)
    return latin | _arabic_given_skeletons()


@lru_cache(maxsize=1)
def _arabic_given_skeletons() -> frozenset[str]:
    """The keys of the Arabic given names (written in Arabic: the key is the same in Latin script)."""
    return frozenset(key.tokens[0] for key in map(name_key, AR_GIVEN_NAMES) if len(key.tokens) == 1)


def _no_given_name(*keys: NameKey) -> bool:
    """Whether no word of the keys is a given name of the lists, as written (Latin or Arabic): the order of such
    names' words tells a given name from a family name, or a lineage ("Ali Hassan" and "Hassan Ali" are two men).
    A key that does not say (built from another) does not qualify."""
    return all(len(key.given_words) == len(key.tokens) and not any(key.given_words) for key in keys) and not any(
        token[:1] in ("#", INITIAL) for key in keys for token in key.tokens
    )


def _given_first(key: NameKey) -> NameKey:
    """The key with its last word moved first. Never an Arabic given name's (the caller's test): in an
    Arabic name the order of the words is a lineage ("Ahmed Ali Hassan" is Ahmed son of Ali, "Hassan
    Ahmed Ali" is another man), so the same words in another order are another person."""
    return NameKey(
        key.script,
        (key.tokens[-1], *key.tokens[:-1]),
        (key.patronyms[-1], *key.patronyms[:-1]),
        alternates=(key.alternates[-1], *key.alternates[:-1]) if key.alternates else (),
    )


def _joined_word(key: NameKey, j: int) -> str | None:
    """Tokens j and j + 1 of the key read as one word, or None when either is a number or an
    initial. Asked of every pair of tokens of most names compared, and rarely one of the other
    name's words: the key with the joined word (`_joined`) is only built then."""
    first, second = key.tokens[j], key.tokens[j + 1]
    if first[:1] in ("#", INITIAL) or second[:1] in ("#", INITIAL):
        return None
    return joined_skeleton(first, second)


def _joined(key: NameKey, j: int, word: str) -> NameKey:
    """The key with tokens j and j + 1 read as one word, `word` (`_joined_word`)."""
    return NameKey(
        key.script,
        (*key.tokens[:j], word, *key.tokens[j + 2 :]),
        (*key.patronyms[:j], key.patronyms[j + 1], *key.patronyms[j + 2 :]),
        (*key.initials[:j], *key.initials[j : j + 1], *key.initials[j + 2 :]),
    )


def _drops_first(short: NameKey, long: NameKey) -> bool:
    """Whether the short name may be the long one without its first word: a "Mohamed" many leave out, or a
    given name before family names the short one keeps whole, none of its words a given name ("M. Fall Diouf"
    for "Moussa Fall Diouf", "Ortega Sanz" for "Javier Ortega Sanz")."""
    if short.tokens[0] == long.tokens[0]:
        return False
    if long.tokens[0] in DROPPABLE_FIRST:
        return True
    # (as written: skeletons are shared by too many names, "Fall" and "Diouf" have given names' too)
    said = len(short.given_words) == len(short.tokens) and len(long.given_words) == len(long.tokens)
    return said and long.given_words[0] and not any(short.given_words)


def _token_similarity(a: NameKey, i: int, b: NameKey, k: int) -> float:
    """Token i of a against token k of b; an initial answers a token that starts with its letter."""
    x, y = a.tokens[i], b.tokens[k]
    if x.startswith(INITIAL) != y.startswith(INITIAL):
        initial, other = (x, b.initials[k : k + 1]) if x.startswith(INITIAL) else (y, a.initials[i : i + 1])
        if other and a.script != b.script:
            # across scripts, the letter as Arabic writes it: "Ana P. Ferreira" is "آنا باولا فيريرا" (ب for p)
            return (
                INITIAL_SIMILARITY
                if other[0].translate(_SOUND_CLASSES) == initial[1:].translate(_SOUND_CLASSES)
                else 0.0
            )
        return INITIAL_SIMILARITY if other and other[0] == initial[1:] else 0.0
    similarity = token_similarity(x, y)
    if similarity and _ben_glued_to_no_patronym(a, i, b, k):
        return 0.0
    if similarity < 1.0 and a.script != b.script:
        # an Arabic letter of several Latin readings: "عثمان" is "Othmane" and "Ousmane"
        for skeleton in a.alternates[i] if a.alternates else ():
            similarity = max(similarity, token_similarity(skeleton, y))
        for skeleton in b.alternates[k] if b.alternates else ():
            similarity = max(similarity, token_similarity(x, skeleton))
            # both read otherwise: "Gil" (a Spanish g, j) and "خيل" (خ, j)
            for other in a.alternates[i] if a.alternates else ():
                similarity = max(similarity, token_similarity(other, skeleton))
    if similarity < SOUNDS_ALIKE and "arabic" in (a.script, b.script) and _sounds_alike(x, y):
        similarity = SOUNDS_ALIKE
    elif similarity < G_SPELLING_ALIKE and a.script == b.script == "latin" and _g_spellings_alike(x, y):
        similarity = G_SPELLING_ALIKE
    return similarity


# Letters that Arabic spellings of one name write either way, as its Latin spellings hear them: "أوركيزا"
# and "أوركيسا" (Urquiza), "طاهر" for "Daher", "ق"/"ك"/"g". Between two Latin spellings they stay apart
# ("Daher" and "Taher" are two family names).
SOUNDS_ALIKE = 0.88  # below an exact reading: a namesake spelled exactly wins by more than RIVAL_GAP
_SOUND_CLASSES = str.maketrans("zdqgvp", "stkkfb")


# Two Latin spellings of one ق: "Zerrouki" and "Zerrougui", "Belkacem" and "Belgacem" (Maghrebi and
# Bedouin speech say g), or of one ج: "Rajji" and "Raggi" (Egyptian and Italian g). A near word.
G_SPELLING_ALIKE = 0.85
_HARD_G = str.maketrans("gq", "kk")


_SOFT_G = str.maketrans("j", "g")


def _g_spellings_alike(x: str, y: str) -> bool:
    """Also one ج written j or g: "Rajji" and "Raggi", "Jamal" and "Gamal" (but never a k for a j:
    "Jamal" and "Kamal" are two names)."""
    if x == y:
        return False
    return (min(len(x), len(y)) >= 3 and x.translate(_HARD_G) == y.translate(_HARD_G)) or (
        min(len(x), len(y)) >= 2 and x.translate(_SOFT_G) == y.translate(_SOFT_G)
    )


def _sounds_alike(x: str, y: str) -> bool:
    return min(len(x), len(y)) >= 3 and x.translate(_SOUND_CLASSES) == y.translate(_SOUND_CLASSES)


def _ben_glued_to_no_patronym(a: NameKey, i: int, b: NameKey, k: int) -> bool:
    """Whether one token is the other with a "ben" glued on ("Bensaleh" for "Ben Saleh") while the other
    name's token follows no ben: "Rachid Benyakhlef" is not "Rashid bin Abdullah Al Khalifa", whose
    "bin" opens Abdullah, not Khalifa."""
    x, y = a.tokens[i], b.tokens[k]
    if x == "bn" + y:
        return not (b.patronyms and b.patronyms[k])
    if y == "bn" + x:
        return not (a.patronyms and a.patronyms[i])
    return False


def _aligned(short: NameKey, long: NameKey) -> float:
    if len(short.tokens) < 2:
        return 0.0
    total = _token_similarity(short, 0, long, 0)
    if not total:
        return 0.0
    # Two given names of the lexicon that differ in one script are two names, however close their
    # letters ("Birame" and "Ibrahima", "Abdelbar" and "Abdeljabbar"): near, the same only with
    # context. (Across scripts, letters differ by transliteration: "كريستيان" is "Christian".)
    given = _given_skeletons()
    if short.given is not None and long.given is not None and short.given != long.given:
        factor = DISTINCT_GIVEN_FACTOR  # the same consonants, two names: "Mahmoud" and "Mohamed" (any script)
    elif total < 1.0 and short.script == long.script and short.tokens[0] in given and long.tokens[0] in given:
        factor = DIFFERENT_GIVEN_FACTOR
    else:
        factor = 1.0
    at = 1
    last = 0
    for i in range(1, len(short.tokens)):
        best, best_at = 0.0, None
        for k in range(at, len(long.tokens)):
            similarity = _token_similarity(short, i, long, k)
            if similarity > best:
                best, best_at = similarity, k
                if similarity == 1.0:
                    break
        if best_at is None:
            return 0.0
        total += best
        at = last = best_at
        at += 1
    score = factor * max(0.0, total / len(short.tokens) - 0.03 * (len(long.tokens) - len(short.tokens)))
    if not all(long.patronyms[last + 1 :]):
        # "Fahd Al-Yousef" for "Fahd Youssef Saoud Al-Sabah": a name without its family name is near,
        # the same only with context; "Mohamed Ali" stays apart from "Mohamed Ali Koumane" without it.
        # "Abdelaziz Ben Saoud" is "… بن سعود بن نايف" (a tail of patronyms may be left out).
        left_out = len(long.tokens) - last - 1
        if left_out > 2 or any(t.startswith(INITIAL) for t in short.tokens):
            return 0.0
        if left_out == 1 and last > 0 and short.tokens[-1] not in _given_skeletons():
            # "Rafael Ortega" for "Rafael Ortega Lluch": a family name ends the short name, the second
            # family name is left out, as Spanish and Portuguese names are written (a given name ending
            # it, "Mohamed Ali" for "Mohamed Ali Koumane", may be another man's whole name). Compared by
            # skeleton, a family name that shares a given name's ("Varela", "veerle") keeps the factor.
            return score
        return WITHOUT_FAMILY_FACTOR * score
    return score


@dataclass(frozen=True)
class Context:
    """What the article says around a mention: its role's organization, the other persons it
    names (already resolved), its events."""

    affiliation: int | None = None
    persons: frozenset[int] = frozenset()
    events: frozenset[int] = frozenset()
    roles: frozenset[str] = frozenset()  # the roles stated with the mention, as written


@dataclass
class Decision:
    outcome: str
    matched: int | None
    score: float
    reasons: list[dict] = field(default_factory=list)


@dataclass
class _Known:
    names: dict[NameKey, str] = field(default_factory=dict)
    affiliations: set[int] = field(default_factory=set)
    persons: set[int] = field(default_factory=set)
    events: set[int] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # role_key of each role stated with the person


@lru_cache(maxsize=4096)
def role_key(role: str) -> str:
    """A stated role compared with another: folded, without its articles and "of"/"de" ("the", "le", "du").
    Remembered: an article's roles are keyed for its context and again when the person takes them in,
    and roles repeat from article to article."""
    return " ".join(w for w in normalize_name(role).split() if w not in _ROLE_ARTICLES)


_ROLE_ARTICLES = frozenset({"the", "le", "la", "les", "l", "of", "de", "du", "des", "d"})


def _same_role(mention_roles: frozenset[str], known_roles: set[str]) -> bool:
    """Whether a role stated with the mention is one stated with the known person: the same words, or
    one inside the other ("secrétaire général adjoint" in "secrétaire général adjoint du Conseil"), of
    two words at least (a bare "ministre" or "président" tells no one apart)."""
    for role in mention_roles:
        if len(role.split()) < 2:
            continue
        for known in known_roles:
            if len(known.split()) >= 2 and (
                role == known or f" {role} " in f" {known} " or f" {known} " in f" {role} "
            ):
                return True
    return False


def _reason(evidence: str, detail: str, weight: float) -> dict:
    return {"evidence": evidence, "detail": detail, "weight": round(weight, 3)}


def _posted_tokens(key: NameKey) -> set[str]:
    """The skeletons a name is reached by: its tokens', and for an Arabic name the other Latin
    readings of its letters ("جوفاني" is reached from "Giovanni" as "gfn", not only as "jfn"), the
    alternates `name_similarity` compares too."""
    tokens = set(key.tokens)
    for alternates in key.alternates or ():
        tokens.update(alternates)
    return tokens


class PersonIndex:
    """Known persons by the skeletons of their names, with their context; built once per run."""

    def __init__(self) -> None:
        self._known: dict[int, _Known] = defaultdict(_Known)
        self._postings: dict[str, set[int]] = defaultdict(set)
        self._surnames: dict[str, set[int]] = defaultdict(set)  # last token of a full name → persons

    def add_names(self, pk: int, names: Iterable[str]) -> None:
        known = self._known[pk]
        for name in names:
            key = name_key(name)
            if len(key.tokens) < 2 or key in known.names:
                continue
            known.names[key] = name
            for token in _posted_tokens(key):
                self._postings[token].add(pk)
            self._surnames[key.surname].add(pk)

    def add_context(
        self,
        pk: int,
        *,
        affiliations: Iterable[int] = (),
        persons: Iterable[int] = (),
        events: Iterable[int] = (),
        roles: Iterable[str] = (),
    ) -> None:
        known = self._known[pk]
        known.affiliations.update(a for a in affiliations if a)
        known.persons.update(p for p in persons if p != pk)
        known.events.update(events)
        known.roles.update(key for key in map(role_key, filter(None, roles)) if key)

    def rename(self, old: int, new: int) -> None:
        """A record created by the run got its database id (`old` was a placeholder)."""
        known = self._known.pop(old, None)
        if known is None:
            return
        self._known[new] = known
        for key in known.names:
            for postings in (*(self._postings[token] for token in _posted_tokens(key)), self._surnames[key.surname]):
                postings.discard(old)
                postings.add(new)
        for other in self._known.values():
            if old in other.persons:
                other.persons.discard(old)
                other.persons.add(new)

    def _candidates(self, key: NameKey) -> set[int]:
        found: set[int] = set()
        for token in _posted_tokens(key):
            postings = self._postings.get(token)
            if postings and len(postings) <= MAX_POSTING:
                found |= postings
        return found

    def decide(self, name: str, context: Context = Context(), *, exclude: Iterable[int] = ()) -> Decision:
        """Same, suggestion or new, for a full name met in an article, with the reasons."""
        key = name_key(name)
        excluded = set(exclude)
        if len(key.tokens) == 1:
            return self._decide_surname(name, key, context, excluded)
        if not key.tokens:
            return Decision(Outcome.NEW, None, 0.0, [_reason("name", "no name left once styles are set aside", 0)])
        scored = []
        for pk in self._candidates(key):
            known = self._known[pk]
            similarity, spelling, known_key = max(
                ((name_similarity(key, k), n, k) for k, n in known.names.items()),
                key=lambda scored: scored[:2],
                default=(0, "", None),
            )
            if similarity < SUGGEST_AT - 0.1:
                continue
            if similarity >= LIFT_FROM and _thin_family_name_unlike(key, name, known_key, spelling):
                similarity *= THIN_FAMILY_FACTOR
            if similarity >= SUGGEST_AT and _unlike_in_its_own_script(key, known_key, known.names):
                similarity *= OTHER_SCRIPT_ONLY_FACTOR
            reasons = [_reason("name", _name_detail(name, spelling, key), similarity)]
            bonus, shared = _context_bonus(context, known)
            reasons.extend(shared)
            scored.append((min(1.0, similarity + bonus), similarity, pk, reasons))
        if not scored:
            return Decision(Outcome.NEW, None, 0.0, [_reason("name", "no known person with a name like it", 0)])
        scored.sort(key=lambda s: (-s[0], s[2]))
        allowed = [s for s in scored if s[2] not in excluded]
        if len(allowed) < len(scored) and scored[0][2] in excluded:
            blocked = scored[0]
            guard = _reason("same article", f"person {blocked[2]} is another person of this article", 0)
            if not allowed:
                return Decision(Outcome.NEW, blocked[2], blocked[0], [*blocked[3], guard])
        else:
            guard = None
        total, similarity, pk, reasons = allowed[0]
        if guard:
            reasons = [*reasons, guard]
        rival = next((s for s in allowed[1:] if s[0] >= total - RIVAL_GAP), None)
        if rival is not None:
            reasons = [*reasons, _reason("rival", f"person {rival[2]} is as close ({rival[0]:.2f})", 0)]
        strong = similarity >= SAME_AT or (similarity >= LIFT_FROM and total >= SAME_AT)
        if strong and rival is None:
            return Decision(Outcome.SAME, pk, round(total, 3), reasons)
        if total >= SUGGEST_AT:
            return Decision(Outcome.SUGGESTION, pk, round(total, 3), reasons)
        return Decision(Outcome.NEW, pk, round(total, 3), reasons)

    def _decide_surname(self, name: str, key: NameKey, context: Context, excluded: set[int]) -> Decision:
        """A surname alone ("M. Koumane", "Hammouchi"): the known person of that surname when only one
        is known by it and the context agrees (the same organization, event or co-mentioned persons);
        a suggestion when only one is known by it; otherwise new (two known namesakes: too little)."""
        known_by = self._surnames.get(key.tokens[0], set()) - excluded
        if not known_by:
            return Decision(Outcome.NEW, None, 0.0, [_reason("name", "a surname alone, of no known person", 0)])
        if len(known_by) > 1:
            detail = f"a surname alone, of {len(known_by)} known persons"
            return Decision(Outcome.NEW, None, 0.0, [_reason("name", detail, 0)])
        (pk,) = known_by
        known = self._known[pk]
        spelling = next((n for k, n in known.names.items() if k.surname == key.tokens[0]), "")
        reasons = [_reason("name", f"{name!r}: the surname of {spelling!r}, the only known person of that name", 0)]
        bonus, shared = _context_bonus(context, known)
        reasons.extend(shared)
        if bonus >= SURNAME_CONTEXT:
            return Decision(Outcome.SAME, pk, round(SAME_AT + bonus / 10, 3), reasons)
        return Decision(Outcome.SUGGESTION, pk, SUGGEST_AT, reasons)


# A name alike only in the other script: reading a name across scripts loses letters (vowels, "kh" and "c"
# both a k), so a Latin name that answers a person's Arabic spelling while it is unlike every Latin spelling
# of that person ("Joseph Cruz" and "يوسف الخرازي", beside "Youssef El Kharrazi") is near at most, never
# the same even with context: its own script's spellings are the better witnesses.
OTHER_SCRIPT_ONLY_FACTOR = 0.75


def _unlike_in_its_own_script(key: NameKey, best: NameKey, names: dict[NameKey, str]) -> bool:
    """Whether the best-matching name `best` is in the other script than the Latin `key`, and the known person
    has Latin names, none of which is like it (below what makes a candidate at all)."""
    if best is None or best.script == key.script or key.script != "latin":
        return False  # (Arabic spellings of a foreign name vary more: "خيل" and "غيل" are both "Gil")
    own = [k for k in names if k.script == key.script]
    return bool(own) and all(name_similarity(key, k) < SUGGEST_AT - 0.1 for k in own)


# An initial and a family name of fewer than three consonants ("K. Saada"): the family name's skeleton
# is all the name says, and short skeletons are shared by many names ("Saada", "Saied", "Souda" are all
# "sd"). Where the two Latin spellings' vowels disagree the name is near, the same only with context.
THIN_FAMILY_FACTOR = 0.85
_VOWEL_CLASSES = str.maketrans("eyowu", "iiuuu")
_VOWEL_RUN = re.compile("[aiu]+")
_REPEATED = re.compile(r"(.)\1+")


def _thin_family_name_unlike(key: NameKey, name: str, other: NameKey, spelling: str) -> bool:
    """Whether one of two names, the mention `name` (whose key is `key`) and the known `spelling` (key
    `other`), is initials and a short family name, and the vowels of their family names differ (both in
    Latin script: Arabic writes few vowels)."""
    if key.script != "latin" or other.script != "latin" or not (_thin(key) or _thin(other)):
        return False
    return _vowel_pattern(name) != _vowel_pattern(spelling)


def _thin(key: NameKey) -> bool:
    words = [t for t in key.tokens if not t.startswith(INITIAL)]
    return len(words) < len(key.tokens) and all(len(w) < 3 for w in words)


def _vowel_pattern(name: str) -> str:
    """The vowels of a name's last word, as transliterations vary them (e/i/y one, o/u/w one), each run
    read once and the runs parted by "|": "Saïed" and "Said" are "ai", "Saada" is "a|a"."""
    last = normalize_name(name).replace("-", " ").split()[-1:]
    runs = _VOWEL_RUN.findall("".join(last).translate(_VOWEL_CLASSES))
    return "|".join(_REPEATED.sub(r"\1", run) for run in runs)


def _context_bonus(context: Context, known: _Known) -> tuple[float, list[dict]]:
    """What the article's context adds to a name's score for one known person, with the reasons."""
    bonus, reasons = 0.0, []
    if context.affiliation and context.affiliation in known.affiliations:
        bonus += AFFILIATION_WEIGHT
        reasons.append(_reason("affiliation", "the same organization in the stated role", AFFILIATION_WEIGHT))
    shared = len(context.persons & known.persons)
    if shared:
        weight = min(CONTEXT_CAP, PERSON_WEIGHT * shared)
        bonus += weight
        reasons.append(_reason("co-mentioned", f"{shared} person(s) named beside both", weight))
    shared = len(context.events & known.events)
    if shared:
        weight = min(CONTEXT_CAP, EVENT_WEIGHT * shared)
        bonus += weight
        reasons.append(_reason("event", f"{shared} event(s) in common", weight))
    if context.roles and known.roles and _same_role(context.roles, known.roles):
        bonus += ROLE_WEIGHT
        reasons.append(_reason("role", "the same role stated", ROLE_WEIGHT))
    return bonus, reasons


def _name_detail(name: str, spelling: str, key: NameKey) -> str:
    other = name_key(spelling)
    how = "another script" if other.script != key.script else "a spelling variant"
    if other.tokens == key.tokens:
        how = "the same name in another script" if other.script != key.script else "the same name, spelled apart"
    return f"{name!r} ~ {spelling!r}: {how}"
