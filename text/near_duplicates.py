"""Near-duplicate texts: MinHash signatures of word shingles and an LSH index over them (datasketch).

A wire story republished by several outlets comes back with small edits, another headline and
other page noise. Its cleaned body keeps most runs of three words (shingles) of the original, which
different articles on the same event do not: they share names and vocabulary, not sentences.
The Jaccard similarity of two bodies' shingle sets is estimated from 128-value MinHash signatures
(512 bytes each, stored so that a later run compares new articles with the archive without reading
old texts), and an LSH index finds the candidates of a signature in time independent of the archive's
size. Candidates are then checked on their estimated Jaccard, so the threshold is the one measured
by `manage.py bench_near_duplicates` (see the README), not the banding's approximation of it.

Plain Python with numpy through datasketch; no Django.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from functools import cache

import numpy as np

from text.normalize import folded_words

NUM_PERM = 128
SHINGLE_WORDS = 3
# Estimated Jaccard of 3-word shingles from which two bodies are one story. Measured (README, "Near-duplicates"):
# different articles on one event stay under 0.13, a republication with 30 % of its words changed is ~0.25.
THRESHOLD = 0.2
# Fewer shingles than this: a teaser or a caption, too short to call a copy of anything.
MIN_SHINGLES = 20
SEED = 1  # fixed, like the scheme: stored signatures must stay comparable from one run to the next
SCHEME = "affine32"  # datasketch 2.0's 32-bit permutations: every value fits the 4 bytes stored


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """One set of permutations for the process (datasketch draws them from the seed at each MinHash):
    the multipliers and offsets of datasketch's affine32 scheme, uint32 arrays of NUM_PERM values,
    as columns (a permutation per row, its minimum taken along the row: contiguous memory).

    datasketch is imported on first use, here and in `NearDuplicateIndex`, not with this module:
    its LSH imports scipy's integration routines, 0.9 s at every start of a process that loads the
    admin (every management command, every web worker) whether it compares texts or not."""
    from datasketch import MinHash

    multipliers, offsets = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    return multipliers[:, np.newaxis], offsets[:, np.newaxis]


class _WordHashes(dict):
    """crc32 of each word seen, computed once per process: a dict look-up costs a tenth of hashing."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode())
        return value


_WORD_HASHES = _WordHashes()


def _shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the text's distinct runs of `k` words, folded (case, accents, Arabic letter
    forms; the words the search document has already cached for the body). Each word is hashed once with
    crc32 (stable across processes and runs, unlike Python's salted hash(), and ten times cheaper
    than datasketch's default sha1) and the runs are combined with numpy, not built as strings."""
    words = folded_words(text)
    if len(words) < k:
        return np.empty(0, dtype=np.uint64)
    if len(_WORD_HASHES) > 1_000_000:
        _WORD_HASHES.clear()  # a bound on memory: news vocabulary stays far below it
    hashed = np.fromiter(map(_WORD_HASHES.__getitem__, words), dtype=np.uint64, count=len(words))
    combined = hashed[: len(words) - k + 1].copy()
    for offset in range(1, k):
        combined = (combined * np.uint64(0x01000193) + hashed[offset : len(words) - k + 1 + offset]) & np.uint64(
            0xFFFFFFFF
        )
    return _distinct(combined)


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: what `np.unique` gives, at a quarter of its cost on arrays of an
    article's size (numpy 2's `unique` goes through a hash table before sorting)."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """The text's runs of `k` words, folded, as strings (for tests and explanations; signatures hash them)."""
    words = folded_words(text)
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, the bijection datasketch's affine32 scheme mixes each input
    hash with before permuting it (uint32 arithmetic: the products wrap, as the scheme intends)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def signature(text: str) -> bytes | None:
    """The MinHash signature of `text` as 512 bytes, or None for a text too short to compare.

    Computed as datasketch's `MinHash(scheme="affine32").update_batch` computes it (each shingle
    hash mixed by `_fmix32`, then `a * h + b` in uint32 for every permutation, the minimum per
    permutation), on the array of shingle hashes at once: the MinHash object took the hashes as a
    Python list, one `int` call each, and checked its arguments at every article, twice the cost
    of the arithmetic itself. tests/test_stories.py checks the bytes against datasketch's."""
    hashes = _shingle_hashes(text)
    if len(hashes) < MIN_SHINGLES:
        return None
    mixed = _fmix32(hashes.astype(np.uint32))
    # one row per permutation (the rows' minima are reductions of contiguous memory), computed in place
    multipliers, offsets = _permutations()
    permuted = multipliers * mixed
    permuted += offsets
    return permuted.min(axis=1).astype(np.uint32).tobytes()


def _lean(value: bytes):
    from datasketch import LeanMinHash

    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(value, dtype=np.uint32).astype(np.uint64), scheme=SCHEME)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal values)."""
    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32)))


class NearDuplicateIndex:
    """An LSH index of signatures by key: `add` each, `similar` answers the keys at or above the
    threshold. Built once per import run (from the stored signatures) and grown as it goes."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        # The banding is tuned for a threshold a little lower, so that few true pairs are missed;
        # the exact check against `threshold` then drops the extra candidates.
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=max(0.05, threshold - 0.1), num_perm=NUM_PERM)
        self.signatures: dict[object, bytes] = {}
        self._values: dict[object, np.ndarray] = {}  # the same, as arrays: candidates compared at once

    def __len__(self) -> int:
        return len(self.signatures)

    def add(self, key, value: bytes) -> None:
        if key in self.signatures:
            self.remove(key)
        self.signatures[key] = value
        self._values[key] = np.frombuffer(value, dtype=np.uint32)
        self.lsh.insert(key, _lean(value), check_duplication=False)

    def add_many(self, items: Iterable[tuple[object, bytes]]) -> None:
        with self.lsh.insertion_session() as session:
            for key, value in items:
                if key in self.signatures:
                    self.remove(key)
                self.signatures[key] = value
                self._values[key] = np.frombuffer(value, dtype=np.uint32)
                session.insert(key, _lean(value), check_duplication=False)

    def remove(self, key) -> bool:
        """Forget a key; whether it was indexed (its owner keeps counts of what it indexed)."""
        if self.signatures.pop(key, None) is None:
            return False
        del self._values[key]
        self.lsh.remove(key)
        return True

    def similar(self, value: bytes) -> list[tuple[object, float]]:
        """Keys whose signatures reach the threshold, most similar first. The LSH candidates are
        checked in one numpy comparison, not one call each: a busy topic can have hundreds."""
        keys = list(self.lsh.query(_lean(value)))
        if not keys:
            return []
        matrix = np.stack([self._values[key] for key in keys])
        scores = (matrix == np.frombuffer(value, dtype=np.uint32)).mean(axis=1)
        found = [(keys[i], float(scores[i])) for i in np.flatnonzero(scores >= self.threshold)]
        return sorted(found, key=lambda item: -item[1])
