"""Name candidates of one text, and how they become mentions once their neighbours are known.

Both finders (Latin and Arabic script) first collect candidates in text order, each with the role
phrases seen before and after it; only then can a role be given to the right person of a list. In
"A, ministre de l'Intérieur, B, …" the title after A is A's; in "Interior Minister A, Minister of
Foreign Affairs B" (and "وزير الداخلية A، ووزير الخارجية B") the title that follows A's comma is
attached to B and is B's. This module settles that and turns candidates into `PersonMention`s.
"""

from __future__ import annotations

from dataclasses import dataclass

from people.discovery.roles import RoleAfter, RoleBefore, held_office, office_roles, trim_role
from people.discovery.types import PersonMention
from text.sentences import Sentences

CUE_CONFIDENCE = {
    "honorific": 0.95,
    "royal": 0.95,
    "rank": 0.9,
    "byline": 0.9,
    "credit": 0.85,
    "nationality": 0.85,
    "apposition": 0.85,
    "title-after": 0.85,
    "title": 0.8,
    "verb": 0.65,
    "headline": 0.6,
    "agent": 0.6,
    "succession": 0.6,
    "given-name": 0.6,
    "surname": 0.5,
}
# Cues that may carry a lone surname into the mention list ("M. Starmer", "le président Macron").
# (and the subject of a headline's present tense, named as headlines name the known: "حموشي يستقبل …")
SINGLE_TOKEN_CUES = frozenset(
    {"honorific", "royal", "rank", "title", "apposition", "nationality", "credit", "headline"}
)


@dataclass(slots=True)
class Candidate:
    """A name read from the text, before its role is settled against its neighbours."""

    surface_start: int
    name_start: int
    name_end: int
    chain_start: int
    cues: set[str]
    single: bool
    before: RoleBefore | None = None
    after: RoleAfter | None = None
    rank: str | None = None

    @property
    def claim_end(self) -> int:
        """Where the text that this name claims (the name and the role after it) ends."""
        return self.after.end if self.after else self.name_end


def make_mention(
    text: str,
    sentences: Sentences,
    span: tuple[int, int, int],
    role: str | None,
    cues: set[str],
    single: bool,
    roles: tuple[str, ...] = (),
) -> PersonMention:
    """A mention from (surface start, name start, name end), scored by its strongest cue."""
    surface_start, name_start, name_end = span
    best = max(cues, key=lambda c: CUE_CONFIDENCE[c])
    confidence = min(0.99, CUE_CONFIDENCE[best] + 0.05 * (len(cues) - 1))
    if single:
        confidence *= 0.8
    return PersonMention(
        surface=text[surface_start:name_end],
        name=text[name_start:name_end],
        start=surface_start,
        end=name_end,
        role=role,
        cue=best,
        confidence=round(confidence, 2),
        sentence=sentences.sentence(name_start),
        roles=roles,
    )


def _role_after(text: str, found: list[Candidate], i: int) -> str | None:
    """The role after candidate i, cut before the next person of a list and the title that is theirs."""
    f = found[i]
    if f.after is None:
        return None
    nxt = found[i + 1] if i + 1 < len(found) else None
    if nxt is None:
        return f.after.text
    cut = nxt.chain_start
    if nxt.before and not nxt.before.apposition:
        cut = min(cut, nxt.before.start)
    if cut >= f.after.end:
        return f.after.text
    if cut <= f.after.start:
        return None
    return trim_role(text[f.after.start : cut])


def _same_phrase(after: RoleAfter, before: RoleBefore) -> bool:
    return after.start <= before.start < after.end


def build_mentions(text: str, sentences: Sentences, found: list[Candidate]) -> list[PersonMention]:
    """Mentions of the candidates (in text order), with the roles settled between neighbours."""
    found.sort(key=lambda c: c.name_start)
    for i in range(1, len(found)):
        prev, cur = found[i - 1], found[i]
        if cur.before and cur.before.apposition and cur.before.start < prev.claim_end:
            if prev.before and prev.before.apposition and prev.after and _same_phrase(prev.after, cur.before):
                # "le ministre espagnol, A, son homologue italien, B, …": a list of "title, name" pairs,
                # A has its own; the title between them is B's
                prev.after = None
                prev.cues.discard("title-after")
                continue
            cur.before = None  # "A, ministre de l'Intérieur, B": that title is A's
            cur.cues.discard("apposition")
    mentions = []
    for i, f in enumerate(found):
        after = _role_after(text, found, i)
        if f.after and not after:
            f.cues.discard("title-after")
        if not f.cues or (f.single and not f.cues & SINGLE_TOKEN_CUES):
            continue
        stated = [r for r in (f.before.text if f.before else None, f.rank, after) if r]
        # an office stated by its verb ("X, who chairs the Y") is the role only where no title or rank is
        # stated with the name ("Le préfet de police X, qui dirige la brigade"); it stays one of the stated
        by_verb = after if f.after is not None and f.after.by_verb else None
        roles = [r for r in (f.before.text if f.before else None, None if by_verb else after) if r]
        # "Le secrétaire général X, ancien vice-président …": the office held now is the role; a rank
        # stated with the name is one ("le candidat du Maroc, le préfet de police X")
        roles = office_roles(roles)
        if f.rank and not any(held_office(r) for r in roles):
            roles = []
        role = max(roles, key=len) if roles else f.rank or by_verb
        span = (f.surface_start, f.name_start, f.name_end)
        mentions.append(make_mention(text, sentences, span, role, f.cues, f.single, tuple(stated)))
    return mentions
