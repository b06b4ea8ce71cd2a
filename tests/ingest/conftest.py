"""Fixture files for the ingest tests (rebuilt by ``python tests/data/make_fixtures.py``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.data.make_fixtures import TABLE, key_lines

FILES = Path(__file__).resolve().parents[1] / "data" / "files"

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr not installed")


@pytest.fixture
def files() -> Path:
    return FILES


@pytest.fixture
def expected_lines() -> list[str]:
    return key_lines()


@pytest.fixture
def task_table() -> list[list[str]]:
    return TABLE
