"""`chidao extract` and `chidao evaluate` on real directives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from tests.paths import GOLD_DEV, SCORER, require_shared

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("chidao ")


def test_extract_one_file_prints_format_json():
    result = runner.invoke(app, ["extract", str(SAMPLES / "c-094.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"directive", "tasks", "targets"}
    assert data["directive"]["doc_type"] == "cong_van"
    text = (SAMPLES / "c-094.txt").read_text(encoding="utf-8")
    for task in data["tasks"]:
        s, e = task["span"]
        assert 0 <= s < e <= len(text) and text[s:e].strip() == text[s:e]


def test_extract_table_shows_the_tasks():
    result = runner.invoke(app, ["extract", str(SAMPLES / "c-009.txt"), "--format", "table"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "4085/UBND-ĐT" in result.stdout and "Sở Xây dựng" in result.stdout


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fake.pdf").write_bytes(b"this is not a pdf at all")
    good = tmp_path / "good.txt"
    good.write_text((SAMPLES / "c-094.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.docx"), str(tmp_path / "empty.txt"),
                                 str(tmp_path / "fake.pdf"), str(good), "--out", str(out)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 3
    assert all(name in result.stderr for name in ("missing.docx", "empty.txt", "fake.pdf"))
    assert [p.name for p in out.iterdir()] == ["good.json"]


@pytest.mark.slow
def test_extract_dev_writes_one_valid_json_per_text_and_evaluate_matches_the_reference(tmp_path):
    require_shared()
    out = tmp_path / "pred"
    result = runner.invoke(app, ["extract", str(GOLD_DEV), "--format", "json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    texts = sorted(GOLD_DEV.glob("*.txt"))
    assert sorted(p.stem for p in out.glob("*.json")) == [p.stem for p in texts]
    for path in texts:
        text = path.read_text(encoding="utf-8")
        data = json.loads((out / f"{path.stem}.json").read_text(encoding="utf-8"))
        spans = [t["span"] for t in data["tasks"]] + [t["span"] for t in data["targets"]]
        spans += [b["span"] for t in data["tasks"] for b in t["bodies"] if b.get("span")]
        spans += [t["deadline"]["span"] for t in data["tasks"] if t.get("deadline") and t["deadline"].get("span")]
        spans += [r["span"] for r in data["directive"]["references"] if r.get("span")]
        assert all(0 <= s < e <= len(text) for s, e in spans), path.name
    reference = subprocess.run([sys.executable, str(SCORER), str(GOLD_DEV), str(out)],
                               capture_output=True, text=True, check=True).stdout
    ours = runner.invoke(app, ["evaluate", str(GOLD_DEV)])
    assert ours.exit_code == 0, ours.output
    assert ours.stdout == reference
    from_files = runner.invoke(app, ["evaluate", str(GOLD_DEV), "--pred", str(out)])
    assert from_files.stdout == reference
