"""Where the shared data lives: ``../shared`` beside the repository (as in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CHIDAO_SHARED", ROOT.parent / "shared"))
GOLD_DEV = SHARED / "gold" / "dev"
SCORER = SHARED / "gold" / "score.py"


def require_shared() -> None:
    """Skip outside CI when ../shared is absent; in CI (CI=true) its absence is a failure."""
    if not GOLD_DEV.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"shared data missing at {SHARED}")
        pytest.skip(f"shared data not found at {SHARED}")
