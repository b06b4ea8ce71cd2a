"""The extractor on a fixed sample of unlabeled corpus documents: no crash, consistent output.

The sample spreads over the document types of ``shared/corpus`` (decisions with annex tables,
công văn, plans, resolutions, telegrams, conclusion notices, directives, press reports), short
and long, with and without a header block, and includes the longest text of the corpus.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.paths import SHARED, require_shared

CORPUS = SHARED / "corpus"

SAMPLE = [
    # bulk/: Quyết định (the longest text of the corpus last)
    "bulk/0193.txt", "bulk/0160.txt", "bulk/0191.txt", "bulk/0250.txt", "bulk/0259.txt", "bulk/0377.txt",
    # Công văn (0027 has no header block)
    "bulk/0050.txt", "bulk/0101.txt", "bulk/0029.txt", "bulk/0083.txt", "bulk/0027.txt",
    # Kế hoạch, Nghị quyết, Công điện, Thông báo (0390 has no place/date line), Chỉ thị
    "bulk/0110.txt", "bulk/0123.txt", "bulk/0127.txt", "bulk/0140.txt", "bulk/0146.txt",
    "bulk/0017.txt", "bulk/0005.txt", "bulk/0008.txt", "bulk/0379.txt", "bulk/0390.txt", "bulk/0381.txt",
    "bulk/0003.txt",
    # directives/: press reports and official texts of 2015–2026
    "directives/089.txt", "directives/086.txt", "directives/087.txt",
    "directives/078.txt", "directives/052.txt", "directives/024.txt", "directives/017.txt",
]

KINDS = {"by", "period", "recurring", "ongoing"}
COMPARATORS = {">=", ">", "=", "<", "<=", "increase", "decrease"}


def _inside(span: list[int] | tuple[int, int], n: int) -> bool:
    s, e = span
    return 0 <= s < e <= n


@pytest.fixture(scope="module")
def extractor():
    require_shared()
    if not (CORPUS / "bulk").is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    from nlp import load_pipeline

    return load_pipeline()


@pytest.mark.slow
@pytest.mark.parametrize("name", SAMPLE)
def test_corpus_document_extracts_consistently(extractor, name: str) -> None:
    from ingest import read

    document = read(CORPUS / name)
    text, n = document.text, len(document.text)
    data = extractor(document).to_json_dict()
    json.loads(json.dumps(data, ensure_ascii=False))  # serialisable, and round-trips

    info = data["directive"]
    for key, span in info["spans"].items():
        assert _inside(span, n), (key, span)
    for ref in info["references"]:
        assert ref["number"].strip()
        assert ref["span"] is None or _inside(ref["span"], n), ref
    if info["issued_on"]:
        date.fromisoformat(info["issued_on"])

    tasks = data["tasks"]
    assert len({t["id"] for t in tasks}) == len(tasks)
    spans = sorted(tuple(t["span"]) for t in tasks)
    for s, e in spans:
        assert _inside((s, e), n), (s, e)
        assert text[s:e].strip(), "empty task"
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert e1 <= s2, f"overlapping tasks ending {e1} and starting {s2}"
    for t in tasks:
        for b in t["bodies"]:
            assert b["name"].strip(), t
            assert b["role"] in ("lead", "support")
            if b.get("span"):
                assert _inside(b["span"], n), b
        d = t["deadline"]
        if d is not None:
            assert d["kind"] in KINDS
            if d["date"] is not None:
                date.fromisoformat(d["date"])
            if d.get("span"):
                assert _inside(d["span"], n), d
        assert 0.0 <= t["confidence"] <= 1.0

    by_id = {t["id"]: t for t in tasks}
    for g in data["targets"]:
        assert g["comparator"] in COMPARATORS
        assert _inside(g["span"], n), g
        if g["task"] is None:  # a commitment outside any task unit (an aim of a plan)
            continue
        assert g["task"] in by_id, g
        ts, te = by_id[g["task"]]["span"]
        s, e = g["span"]
        assert ts <= s < e <= te, (g, (ts, te))
