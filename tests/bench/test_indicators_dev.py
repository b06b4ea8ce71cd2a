"""The index-linking harness meets the goal bar on the gold dev set."""

from __future__ import annotations

import re

from bench.indicators_dev import run_dev
from tests.paths import GOLD_DEV, require_shared


def _f1(line: str) -> float:
    m = re.search(r"F1=([0-9.]+)", line)
    assert m, line
    return float(m.group(1))


def test_index_linking_on_dev_meets_the_bar(tmp_path):
    require_shared()
    rows = run_dev(GOLD_DEV, tmp_path)
    assert _f1(rows["directive.indices"]) >= 0.90
    assert _f1(rows["task.indices"]) >= 0.75
