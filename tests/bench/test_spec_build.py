"""The project's hand-annotated gold sets are reproducible from their compact specs."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from bench.spec_build import build

BENCH = Path(__file__).resolve().parents[2] / "bench"
SPECS = sorted([*BENCH.glob("gold2/specs_d/d-*.py"), *BENCH.glob("gold*/specs/*-*.py")])


def _load(path: Path) -> dict:
    loader = importlib.util.spec_from_file_location("spec", path)
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    return module.__dict__


def test_every_gold_set_has_specs() -> None:
    assert {p.parent.parent.name for p in SPECS} == {"gold2", "gold3", "gold4", "gold5", "gold6", "gold7", "gold8", "gold9"}


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_spec_rebuilds_the_committed_gold(spec: Path, tmp_path: Path) -> None:
    gold = spec.parent.parent
    shutil.copy(gold / f"{spec.stem}.txt", tmp_path)
    built = build(spec.stem, _load(spec), tmp_path)
    assert built == json.loads((gold / f"{spec.stem}.json").read_text(encoding="utf-8"))
    text = (tmp_path / f"{spec.stem}.txt").read_text(encoding="utf-8")
    for item in [*built["tasks"], *built["targets"]]:
        s, e = item["span"]
        assert text[s:e] == item["quote"]
