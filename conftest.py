"""Shared fixtures. `shared_dir` points at ../shared when it is there, else skips the test."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent / "shared"
SAMPLE_CORPUS = Path(__file__).resolve().parent / "tests" / "sample_corpus"


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared (seeds and dev corpus) is not beside this clone")
    return SHARED


@pytest.fixture
def sample_corpus() -> Path:
    return SAMPLE_CORPUS
