"""Group the person mentions of one article: one group per person, under the fullest name given.

News prose names a person in full once, then by surname ("M. Hammouchi", "Hammouchi", "الحموشي"),
sometimes with another spelling ("Hamouchi"). Full names merge when their keys are equal, close
(rapidfuzz ratio ≥ 90 within one article) or one holds the other; a shorter mention joins the full
name whose last words it repeats, the nearest one before it first (a royal style with a given name,
"Prince Abdulaziz", joins the full name that given name opens). Failing that, it may join a person
already in the archive (`known_names`) when exactly one of them ends that way. A lone surname that
resolves to nobody is kept only on a strong cue ("M. X", "السيد X"), as a group of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from people.discovery.roles import office_roles
from people.discovery.types import STRONG_CUES, PersonGroup, PersonMention
from people.identity import SAME_AT, name_similarity
from people.lexicon import AR_COURTESY_TITLES, AR_PARTICLES, HONORIFICS, PARTICLES, ROYAL_TITLES, given_name_family
from people.name_keys import NameKey, family_name_first, name_key
from text.normalize import normalize_name

_FULL_NAME_RATIO = 90
_SURNAME_RATIO = 88
_PARTICLE_KEYS = frozenset(PARTICLES) | AR_PARTICLES
# "bin", "ben", "ould", "بن": the words before a father's name
_PATRONYMS = frozenset(normalize_name(w) for w in ("bin", "ben", "ibn", "bint", "ould", "بن", "ابن", "بنت", "ولد"))


def _token_key(token: str) -> str:
    """A name part as compared: folded, Arabic article dropped ("الحموشي" ~ "حموشي")."""
    if token.startswith("ال") and len(token) > 4:
        return token[2:]
    return token


def name_tokens(name: str) -> list[str]:
    return [_token_key(t) for t in normalize_name(name).replace(".", " ").split()]


def _core(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in _PARTICLE_KEYS]


def _is_full(mention: PersonMention, tokens: list[str]) -> bool:
    return mention.cue != "surname" and len(_core(tokens)) >= 2


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """Whether `shorter` (two core words or more) runs contiguously inside `longer`, not right after a
    patronym: "Faisal bin Hamad bin Khalid" holds his father "Hamad bin Khalid", another person."""
    # (the lengths and the first word first: most pairs of names fail there, with no list to build)
    if len(shorter) > len(longer) or not shorter or shorter[0] not in longer or len(_core(shorter)) < 2:
        return False
    n = len(shorter)
    return any(
        longer[i : i + n] == shorter and (i == 0 or longer[i - 1] not in _PATRONYMS) for i in range(len(longer) - n + 1)
    )


def _distinct_given(a: list[str], b: list[str]) -> bool:
    """Whether two names open with two different given names of the lexicon's families of names that share
    their consonants ("Mahmoud" and "Mohamed", "محمود" and "محمد")."""
    first_a, first_b = _core(a)[:1], _core(b)[:1]
    if not first_a or not first_b or first_a == first_b:
        return False
    family_a, family_b = given_name_family(first_a[0]), given_name_family(first_b[0])
    return family_a is not None and family_b is not None and family_a != family_b


def _ends_with(tokens: list[str], tail: list[str]) -> bool:
    if not tail or len(tail) > len(tokens):
        return False
    if tokens[-len(tail) :] == tail:
        return True
    # one surname spelled two ways within one article: "Hammouchi" / "Hamouchi"
    return (
        len(tail) == 1
        and len(tail[0]) > 4
        and fuzz.ratio(tokens[-1], tail[0]) >= _SURNAME_RATIO
        and tokens[-1][0] == tail[0][0]
    )


@dataclass(slots=True)
class _Group:
    tokens: list[str]
    name: str
    mentions: list[PersonMention] = field(default_factory=list)
    fixed_name: bool = False
    # the tokens joined, and the name's key once asked, as `same_person` compares them with each mention after
    joined: str = field(init=False)
    key: NameKey | None = field(init=False)

    def __post_init__(self) -> None:
        self._named(self.tokens, self.name)

    def _named(self, tokens: list[str], name: str) -> None:
        self.tokens, self.name = tokens, name
        self.joined, self.key = " ".join(tokens), None

    def same_person(self, tokens: list[str], joined: str, name: str) -> bool:
        """Whether a full name (its tokens, them joined, as written) is this group's person."""
        if self.joined == joined or _contains(self.tokens, tokens) or _contains(tokens, self.tokens):
            return True
        if _distinct_given(self.tokens, tokens):
            return False  # "Mahmoud Cherif" and "Mohamed Cherif": the same consonants, two given names
        if abs(len(self.tokens) - len(tokens)) <= 1 and fuzz.ratio(self.joined, joined) >= _FULL_NAME_RATIO:
            return True
        # The archive's own test of one name ("Khalifa Ben Hamad Al Thani" and "… Ben Hamad Ben Khalifa
        # Al Thani", "K. Bennis" and "Karima Bennis"): within one article, the same person.
        if self.key is None:
            self.key = name_key(self.name)
        return name_similarity(self.key, name_key(name)) >= SAME_AT

    def add(self, mention: PersonMention, tokens: list[str] | None = None) -> None:
        self.mentions.append(mention)
        if tokens is not None and not self.fixed_name and len(_core(tokens)) > len(_core(self.tokens)):
            self._named(tokens, mention.name)

    def freeze(self) -> PersonGroup:
        mentions = sorted(self.mentions, key=lambda m: m.start)
        surfaces = list(dict.fromkeys(m.surface for m in mentions))
        roles = office_roles([m.role for m in mentions if m.role])
        role = max(roles, key=len) if roles else None
        return PersonGroup(
            name=self.name, surfaces=surfaces, role=role, mentions=mentions, roles=stated_roles(role, mentions)
        )


_COURTESY = HONORIFICS | ROYAL_TITLES | AR_COURTESY_TITLES


def stated_roles(role: str | None, mentions: list[PersonMention]) -> list[str]:
    """Every role the article states for one person, the chosen `role` first, then the others in
    text order ("général-major" and "président d'Interpol"); a role written again, or inside a
    longer one the list holds ("ministre" beside "ministre de l'Intérieur"), is listed once."""
    # Each role once (a role written again is always dropped below, so this changes nothing): the
    # mentions of one person repeat the same role, each folded and compared otherwise.
    candidates = dict.fromkeys(r for r in (role, *(r for m in mentions for r in (m.roles or (m.role,)))) if r)
    kept: dict[str, str] = {}  # each role kept, with its casefolded form (folded once, compared often)
    for candidate in candidates:
        words = candidate.split()
        while words and normalize_name(words[-1]) in _COURTESY:
            words.pop()  # "Lieutenant General Sheikh": the style after the rank is no part of it
        if not words:
            continue  # "Dr.", "الدكتور", "صاحب السمو الملكي الأمير": a style, no role
        candidate = " ".join(words)
        folded = candidate.casefold()
        if any(folded in k for k in kept.values()):
            continue
        kept = {k: f for k, f in kept.items() if f not in folded or k == role}
        kept[candidate] = folded
    return list(kept)


class KnownNames:
    """Names of persons already in the archive, looked up by their last words. Build it once per run
    and pass it as `known_names`: an archive holds thousands of names, an article a handful."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_full: dict[str, str] = {}
        self.by_last: dict[str, list[tuple[list[str], str]]] = {}
        for name in names:
            tokens = name_tokens(name)
            if not tokens:
                continue
            self.by_full.setdefault(" ".join(tokens), name)
            self.by_last.setdefault(tokens[-1], []).append((tokens, name))

    def full(self, tokens: list[str]) -> str | None:
        return self.by_full.get(" ".join(tokens))

    def ending_with(self, tail: list[str]) -> str | None:
        hits = {
            name
            for tokens, name in self.by_last.get(tail[-1], [])
            if len(tokens) > len(tail) and _ends_with(tokens, tail)
        }
        return hits.pop() if len(hits) == 1 else None


def _ranked_with_office(m: PersonMention) -> bool:
    """A lone name after a rank, its office stated with it ("الدكتور كومان، الأمين العام لمجلس …", "le général
    Zoubi, directeur de la Sécurité publique"): a person, named in full in other articles."""
    return m.cue == "rank" and len(m.roles) > 1  # (the rank is one of the roles stated)


def _holds_family_name(group: _Group, token: str) -> bool:
    """Whether a lone name is one of the family names of a full name other than its last: a word
    between the given name and the last ("Rojas" in "Andrés Felipe Rojas Villamizar"), or the first
    word of a name written family name first ("Leung Wai-kit")."""
    if len(token) < 3 or token in _PARTICLE_KEYS:
        return False
    return token in group.tokens[1:-1] or (group.tokens[0] == token and family_name_first(group.name))


def _role_words(role: str | None) -> set[str]:
    return {w for w in normalize_name(role or "").split() if len(w) > 3}


def _by_role(groups: list[_Group], mention: PersonMention) -> list[_Group]:
    """Of several persons of the article with the mention's surname, those whose stated roles share
    a word with the mention's own ("le général Zoubi": the one introduced as général de division)."""
    words = _role_words(mention.role) | _role_words(mention.surface.removesuffix(mention.name))
    if not words:
        return groups
    return [g for g in groups if any(words & _role_words(m.role) for m in g.mentions)]


def _nearest(groups: list[_Group], position: int) -> _Group:
    """The group whose mention comes last before `position`, else the first one after it."""

    def distance(g: _Group) -> tuple[int, int]:
        before = [position - m.start for m in g.mentions if m.start <= position]
        return (0, min(before)) if before else (1, min(m.start for m in g.mentions) - position)

    return min(groups, key=distance)


def _particled(tokens: list[str], m: PersonMention) -> bool:
    """A family name with its particle after a title ("le ministre Ould Cheikhna", "President Ben
    Ali"): no common word takes a particle, so it names a person as surely as "M." would, one
    whom the linker looks for among the persons already known by that family name."""
    return m.cue == "title" and len(tokens) == 2 and tokens[0] in _PARTICLE_KEYS


def resolve_mentions(
    mentions: list[PersonMention], *, known_names: KnownNames | Iterable[str] = ()
) -> list[PersonGroup]:
    """Group the person mentions of one article per person (see the module docstring)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    tokens_of = [name_tokens(m.name) for m in ordered]
    known = known_names if isinstance(known_names, KnownNames) else KnownNames(known_names)
    groups: list[_Group] = []
    for m, tokens in zip(ordered, tokens_of, strict=True):
        if not _is_full(m, tokens):
            continue
        joined = " ".join(tokens)
        group = next((g for g in groups if g.same_person(tokens, joined, m.name)), None)
        if group is None:
            canonical = known.full(tokens)
            group = _Group(tokens, canonical or m.name, fixed_name=canonical is not None)
            groups.append(group)
        group.add(m, tokens)
    full_groups = list(groups)
    lone: dict[str, _Group] = {}
    for m, tokens in zip(ordered, tokens_of, strict=True):
        if _is_full(m, tokens) or not tokens:
            continue
        candidates = [g for g in full_groups if _ends_with(g.tokens, tokens)]
        if not candidates and len(tokens) == 1 and m.cue in STRONG_CUES:
            # "M. Rojas" for "Andrés Felipe Rojas Villamizar" (two family names), "M. Leung" for "Leung
            # Wai-kit" (family name first): the one full name of the article that holds it elsewhere
            inside = [g for g in full_groups if _holds_family_name(g, tokens[0])]
            candidates = inside if len(inside) == 1 else []
        if not candidates and m.cue == "royal" and len(tokens) == 1:
            # a royal style with the given name ("Prince Abdulaziz", "الشيخ سيف"): the full name it opens
            candidates = [g for g in full_groups if g.tokens[0] == tokens[0]]
        if len(candidates) > 1:
            candidates = _by_role(candidates, m)
            if len(candidates) != 1:
                continue  # "le général Zoubi" after two Zoubis: the article does not say which
        if candidates:
            _nearest(candidates, m.start).add(m)
            continue
        key = " ".join(tokens)
        archived = known.ending_with(tokens)
        if archived is not None:
            key = " ".join(name_tokens(archived))
        elif m.cue not in STRONG_CUES and not _particled(tokens, m) and not _ranked_with_office(m) and key not in lone:
            continue
        if key not in lone:
            lone[key] = _Group(name_tokens(archived) if archived else tokens, archived or m.name, fixed_name=True)
            groups.append(lone[key])
        lone[key].add(m)
    return [g.freeze() for g in sorted(groups, key=lambda g: min(x.start for x in g.mentions))]
