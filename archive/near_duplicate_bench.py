"""Precision and recall of near-duplicate detection, on a corpus and on generated edits of it.

Each article of the corpus (parsed as the import parses it) gets, for each edit rate, a generated
republication: a share of its words changed (substituted, dropped or inserted from the corpus's own
vocabulary of that language), another headline, and other page noise around it (a menu line, a share
row), parsed again by the importer's cleaner. Stories are the originals (pairs named with `same` are one
story: the corpus's known republished pairs) and their copies. Every pair the index groups is scored:
precision is the share of grouped pairs that are one story, recall the share of one-story pairs grouped.
Different articles on the same event (from the corpus's gold events, when a gold.json is there) are the
hard negatives: how many of them are grouped is printed apart.
"""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import dataclass
from pathlib import Path

from archive.importer.parsing import parse_record
from archive.importer.readers import RawRecord, iter_records
from text.near_duplicates import NearDuplicateIndex, signature


@dataclass
class Item:
    key: str
    story: str
    language: str
    body: str
    value: bytes | None = None


def corpus_articles(path: Path) -> list[Item]:
    items = []
    for record in iter_records([path]):
        if isinstance(record, RawRecord):
            article = parse_record(record)
            name = record.origin.split("/", 1)[-1]
            items.append(Item(name, name, article.language, article.body))
    return items


def edited(body: str, rate: float, vocabulary: list[str], rng: random.Random) -> str:
    """`body` with about `rate` of its words changed: two in three substituted, the rest dropped or
    inserted; paragraphs kept."""
    paragraphs = []
    for paragraph in body.split("\n"):
        words = []
        for word in paragraph.split():
            if rng.random() >= rate:
                words.append(word)
                continue
            roll = rng.random()
            if roll < 2 / 3:
                words.append(rng.choice(vocabulary))
            elif roll < 5 / 6:
                continue
            else:
                words.extend([word, rng.choice(vocabulary)])
        paragraphs.append(" ".join(words))
    return "\n".join(paragraphs)


def republication(item: Item, rate: float, vocabulary: list[str], rng: random.Random) -> str:
    """The raw page of a republication: other headline, other menu, edited text, share row."""
    menu = " | ".join(rng.sample(["Accueil", "Monde", "Sport", "Économie", "Culture", "Vidéos", "Contact"], 5))
    headline = " ".join(rng.sample(vocabulary, 8)).capitalize()
    return f"{menu}\n{headline}\n{edited(item.body, rate, vocabulary, rng)}\nPartager : Facebook | Twitter | WhatsApp\n"


def same_event_pairs(path: Path, items: list[Item]) -> set[frozenset[str]]:
    """Pairs of different stories that the gold says cover the same event."""
    gold = path / "gold.json"
    if not gold.exists():
        return set()
    by_event: dict[str, set[str]] = {}
    for entry in json.loads(gold.read_text(encoding="utf-8")):
        for event in entry.get("events") or []:
            by_event.setdefault(event.get("name") or "", set()).add(Path(entry["file"]).name)
    story = {i.key: i.story for i in items}
    pairs = set()
    for files in by_event.values():
        for a, b in itertools.combinations(sorted(f for f in files if f in story), 2):
            if story[a] != story[b]:
                pairs.add(frozenset((a, b)))
    return pairs


@dataclass
class Score:
    rate: float
    threshold: float
    grouped: int
    correct: int
    expected: int
    same_event_grouped: int
    same_event_pairs: int

    @property
    def precision(self) -> float:
        return self.correct / self.grouped if self.grouped else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


def score(items: list[Item], threshold: float, negatives: set[frozenset[str]], rate: float) -> Score:
    index = NearDuplicateIndex(threshold)
    signed = [i for i in items if i.value is not None]
    for item in signed:
        index.add(item.key, item.value)
    grouped = set()
    for item in signed:
        for key, _ in index.similar(item.value):
            if key != item.key:
                grouped.add(frozenset((item.key, key)))
    story = {i.key: i.story for i in signed}
    expected = {frozenset(p) for p in itertools.combinations(story, 2) if story[min(p)] == story[max(p)]}
    negatives_grouped = sum(1 for pair in negatives if pair in grouped)
    return Score(
        rate, threshold, len(grouped), len(grouped & expected), len(expected), negatives_grouped, len(negatives)
    )


def run(path: Path, *, rates=(0.05, 0.15, 0.30), thresholds=(0.3,), same=(), seed=13) -> list[Score]:
    originals = corpus_articles(path)
    for group in same:
        first = group[0]
        for item in originals:
            if item.key in group:
                item.story = first
    vocabulary: dict[str, list[str]] = {}
    for item in originals:
        vocabulary.setdefault(item.language, []).extend(item.body.split())
    negatives = same_event_pairs(path, originals)
    for item in originals:
        item.value = signature(item.body)
    scores = []
    for rate in (0.0, *rates):
        rng = random.Random(seed)
        items = list(originals)
        if rate:
            for item in originals:
                raw = republication(item, rate, vocabulary[item.language], rng)
                copy = parse_record(RawRecord(f"copy-{item.key}", raw))
                items.append(Item(f"{item.key}~{rate}", item.story, item.language, copy.body, signature(copy.body)))
        for threshold in thresholds:
            scores.append(score(items, threshold, negatives, rate))
    return scores
