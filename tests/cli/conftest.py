"""CLI tests keep everything they write (originals, evidence) under the test's temporary folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _data_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    base = tmp_path_factory.mktemp("chidao-data")
    monkeypatch.setenv("CHIDAO_FILES_DIR", str(base / "files"))
    monkeypatch.setenv("CHIDAO_EVIDENCE_DIR", str(base / "evidence"))
