"""`chidao indicators`: the indices with their counts, one criterion tree, JSON output."""

from __future__ import annotations

import json
from datetime import date

from sqlmodel import Session
from typer.testing import CliRunner

from cli.main import app
from models.tables import Deadline, Directive, SourceFile, Task
from store.indicators import link_task_criteria, load_taxonomy


def _seed(engine) -> None:
    with Session(engine) as s:
        load_taxonomy(session=s)
        sf = SourceFile(sha256="b" * 64, name="seed-001.txt", format="txt", text="Quyết định 2011/QĐ-UBND")
        s.add(sf)
        s.flush()
        d = Directive(source_file_id=sf.id, doc_type="quyet_dinh", indices=["SIPAS", "PAR"])
        s.add(d)
        s.flush()
        t = Task(uid="T0001", directive_id=d.id, start=0, end=10, text="Tập trung hoàn thành Kế hoạch CCHC năm 2021.",
                 indices=["PAR"])
        s.add(t)
        s.flush()
        s.add(Deadline(task_id=t.id, due_on=date(2021, 12, 31), kind="period"))
        link_task_criteria(session=s, task_id=t.id, criteria=[{"code": "PAR.1.a", "confidence": 0.7, "evidence": "Kế hoạch CCHC"}])
        s.commit()


def test_indicators_lists_indices_with_counts(engine, db_url):
    _seed(engine)
    res = CliRunner().invoke(app, ["indicators", "--db", db_url, "--json", "--today", "2022-01-10"])
    assert res.exit_code == 0, res.output
    rows = {r["code"]: r for r in json.loads(res.output)}
    assert list(rows) == ["PAR", "SIPAS", "PCI", "DDCI", "PAPI", "DTI", "QD766"]
    assert (rows["PAR"]["commitments"], rows["PAR"]["overdue"]) == (1, 1)
    assert rows["SIPAS"]["commitments"] == 0


def test_indicators_code_shows_the_criterion_tree(engine, db_url):
    _seed(engine)
    res = CliRunner().invoke(app, ["indicators", "PAR.1", "--db", db_url, "--today", "2021-06-01"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[1].split()[:4] == ["PAR.1", "1", "0", "0"]
    assert any(line.strip().startswith("PAR.1.a") for line in lines)
    assert not any(line.strip().startswith("PAR.2") for line in lines)


def test_indicators_unknown_code_fails(engine, db_url):
    res = CliRunner().invoke(app, ["indicators", "PAR.99", "--db", db_url])
    assert res.exit_code == 2
    assert "E302" in res.output
