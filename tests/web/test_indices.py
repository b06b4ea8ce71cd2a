"""The page per index (criterion tree with roll-ups, tasks serving it), the admin node page, offline /docs."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from models.tables import Deadline, Task
from store.indicators import link_task_criteria, load_taxonomy

Client = Callable[[str | None], TestClient]


@pytest.fixture
def linked(loaded: dict[str, Any], web_engine: Engine) -> dict[str, int]:
    """The taxonomy loaded; three tasks serving PAR: one by its indices (done), two by criteria of PAR.1
    (one overdue), and one rejected task linked to PAR.2 that must not count."""
    with Session(web_engine) as s:
        load_taxonomy(session=s)
        t1, t2, t3, t4 = s.exec(select(Task).order_by(Task.id).limit(4)).all()
        t1.indices, t1.status = ["PAR"], "done"
        link_task_criteria(session=s, task_id=t2.id, criteria=[{"code": "PAR.1.a", "confidence": 0.9}])
        link_task_criteria(session=s, task_id=t3.id, criteria=[{"code": "PAR.1.b"}])
        dl = s.exec(select(Deadline).where(Deadline.task_id == t3.id)).first() or Deadline(task_id=t3.id)
        dl.due_on, dl.kind = date.today() - timedelta(days=10), "by"
        t3.status = "accepted"
        t4.status = "rejected"
        link_task_criteria(session=s, task_id=t4.id, criteria=[{"code": "PAR.2.a"}])
        s.add_all([t1, t2, t3, t4, dl])
        s.commit()
        return {"done": t1.id, "a": t2.id, "late": t3.id, "rejected": t4.id}


def _row(rows: list[dict[str, Any]], code: str) -> dict[str, Any]:
    return next(r for r in rows if r["code"] == code)


def test_index_api_rolls_up_criteria_and_lists_tasks(client_for: Client, linked: dict[str, int]) -> None:
    data = client_for("clerk").get("/api/indices/PAR").json()
    assert data["index"]["code"] == "PAR" and "cải cách hành chính" in data["index"]["name"].lower()
    assert data["summary"]["commitments"] == 3 and data["summary"]["done"] == 1 and data["summary"]["overdue"] == 1
    par1 = _row(data["criteria"], "PAR.1")
    assert (par1["commitments"], par1["done"], par1["overdue"], par1["depth"]) == (2, 0, 1, 1)
    assert _row(data["criteria"], "PAR.1.a")["commitments"] == 1 and _row(data["criteria"], "PAR.1.a")["depth"] == 2
    assert _row(data["criteria"], "PAR.2")["commitments"] == 0  # the rejected task does not count
    ids = {t["id"]: t for t in data["tasks"]}
    assert set(ids) == {linked["done"], linked["a"], linked["late"]}
    assert ids[linked["a"]]["index_criteria"] == ["PAR.1.a"] and ids[linked["done"]]["index_criteria"] == []
    assert all(not r["code"].startswith("SIPAS") for r in data["criteria"])
    assert client_for("clerk").get("/api/indices/par").json()["index"]["code"] == "PAR"


def test_index_page_shows_tree_and_links_tasks(client_for: Client, linked: dict[str, int]) -> None:
    html = client_for("auditor").get("/indices/PAR").text
    assert "<h1>PAR — " in html and "Cây tiêu chí" in html
    assert f'href="/tasks/{linked["late"]}"' in html and f'href="/tasks/{linked["rejected"]}"' not in html
    row = re.search(r'<tr class="depth-1">\s*<td data-label="Tiêu chí" class="crit"><span class="code">PAR\.1</span>.*?</tr>',
                    html, re.S)
    assert row and '<td data-label="Nhiệm vụ">2</td>' in row.group(0) and 'class="late">1</td>' in row.group(0)


def test_unknown_index_is_404(client_for: Client, linked: dict[str, int]) -> None:
    c = client_for("clerk")
    assert c.get("/api/indices/KHÔNG-CÓ").status_code == 404
    assert c.get("/indices/PAR.1").status_code == 404  # a criterion is not an index


def test_dashboard_and_index_list_link_each_index(client_for: Client, linked: dict[str, int]) -> None:
    c = client_for("manager")
    assert 'href="/indices/PAR"' in c.get("/tracking").text
    rows = c.get("/api/indices").json()
    assert {"PAR", "SIPAS", "PCI", "DDCI", "PAPI"} <= {r["code"] for r in rows}
    assert _row(rows, "PAR")["commitments"] == 3
    assert 'href="/indices/SIPAS"' in c.get("/indices").text


def test_admin_taxonomy_links_to_node_detail(client_for: Client, linked: dict[str, int]) -> None:
    admin = client_for("admin")
    assert 'href="/admin/taxonomy/PAR.1.a"' in admin.get("/admin/taxonomy").text
    node = admin.get("/api/admin/taxonomy/PAR.1").json()
    assert node["index"] == "PAR" and node["parent"] == "PAR" and [p["code"] for p in node["path"]] == ["PAR"]
    assert "PAR.1.a" in {c["code"] for c in node["children"]}
    assert admin.get("/api/admin/taxonomy/PAR.1.a").json()["linked_tasks"] == 1
    page = admin.get("/admin/taxonomy/PAR.1.b").text
    assert 'href="/admin/taxonomy/PAR.1"' in page and 'href="/indices/PAR"' in page
    assert admin.get("/api/admin/taxonomy/PAR.9.z").status_code == 404
    assert client_for("manager").get("/admin/taxonomy/PAR.1").status_code == 403


def test_docs_are_served_offline_under_a_nonce_csp(client_for: Client) -> None:
    c = client_for(None)
    r = c.get("/docs")
    assert r.status_code == 200
    assert "cdn.jsdelivr" not in r.text and "fastapi.tiangolo.com" not in r.text
    assert 'src="/static/swagger-ui/swagger-ui-bundle.js"' in r.text and 'href="/static/swagger-ui/swagger-ui.css"' in r.text
    csp = r.headers["content-security-policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    inline = re.findall(r"<script(?![^>]*src=)([^>]*)>", r.text)
    assert inline and all(f'nonce="{nonce}"' in attrs for attrs in inline)
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]
    assert nonce != re.search(r"'nonce-([^']+)'", c.get("/docs").headers["content-security-policy"]).group(1)
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "LICENSE"):
        assert c.get(f"/static/swagger-ui/{asset}").status_code == 200
    assert c.get("/redoc").status_code == 404 and c.get("/docs/oauth2-redirect").status_code == 404
    assert "/api/indices/{code}" in c.get("/openapi.json").json()["paths"]
