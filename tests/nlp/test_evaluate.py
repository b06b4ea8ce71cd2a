"""The project's scorer reports exactly what the reference scorer (shared/gold/score.py) reports."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.evaluate import Report, body_tokens, evaluate, same_body, score_document
from tests.paths import GOLD_DEV, SCORER, require_shared


def _perturbed_predictions(out: Path, seed: int) -> None:
    rnd = random.Random(seed)
    for g in sorted(GOLD_DEV.glob("*.json")):
        d = json.loads(g.read_text(encoding="utf-8"))
        for k, v in list(d["directive"].items()):
            if isinstance(v, list) and k not in ("references", "indices"):
                d["directive"][k] = v[-1]
        for t in d["tasks"]:
            t["span"] = [t["span"][0] + rnd.randint(-40, 40), t["span"][1] + rnd.randint(-80, 20)]
            if rnd.random() < 0.3:
                t["bodies"] = t["bodies"][:1] + [{"name": "Sở Tài chính", "role": "support"}]
            if rnd.random() < 0.3:
                t["deadline"] = None if rnd.random() < 0.5 else {"date": "2025-12-31", "kind": "by"}
            if rnd.random() < 0.2:
                t["indices"] = ["PAR"]
        d["tasks"] = [t for t in d["tasks"] if rnd.random() < 0.85]
        d["targets"] = [t for t in d["targets"] if rnd.random() < 0.7]
        if rnd.random() < 0.4:
            d["directive"]["number"] = None
        if rnd.random() < 0.4:
            d["directive"]["references"] = d["directive"]["references"][1:] + ["1/2020/QĐ-UBND"]
        (out / g.name).write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_numbers_as_the_reference_scorer(tmp_path, seed):
    require_shared()
    _perturbed_predictions(tmp_path, seed)
    ref = subprocess.run([sys.executable, str(SCORER), str(GOLD_DEV), str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    report = evaluate(GOLD_DEV, lambda name, _p: json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8")))
    assert report.lines() == ref


def test_a_perfect_prediction_scores_one():
    gold = {"directive": {"doc_type": "chi_thi", "number": "05/CT-UBND", "issuer": "UBND tỉnh An Giang",
                          "issued_on": "2021-03-31", "subject": "tăng cường cải cách hành chính",
                          "references": ["30/2020/NĐ-CP"], "indices": ["PAR"]},
            "tasks": [{"id": "t1", "span": [10, 80], "bodies": [{"name": "Sở Nội vụ", "role": "lead"}],
                       "deadline": {"date": "2021-06-30", "kind": "by"}, "indices": ["PAR"]}],
            "targets": [{"task": "t1", "span": [40, 60], "value": 98, "unit": "%", "comparator": ">="}]}
    report = Report()
    score_document(gold, json.loads(json.dumps(gold)), report)
    assert report.headline == 1.0 and report.fields_accuracy == 1.0


# fmt: off
BODY_CASES = [
    ("Chủ tịch UBND các xã", "UBND các xã", True),
    ("Thủ trưởng các cơ quan chuyên môn thuộc UBND Huyện", "các cơ quan chuyên môn thuộc UBND Huyện", True),
    ("Uỷ ban nhân dân tỉnh An Giang", "UBND tỉnh An Giang", True),
    ("Sở Nội vụ", "Sở Tài chính", False),
    ("Phòng Văn hóa - Thông tin", "Phòng Văn hoá và Thông tin", True),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "same"), BODY_CASES)
def test_body_names_are_folded_like_the_scorer(a, b, same):
    assert same_body(a, b) is same


def test_ubnd_before_a_unit_is_dropped():
    assert body_tokens("UBND tỉnh Đắk Lắk") == ["tinh", "dak", "lak"]
