"""Pages and their JSON twins, on real directives (gold data of tests/store/data)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORD, gold_bytes

Client = Callable[[str | None], TestClient]


def test_login_form_sets_a_new_session_and_logout_ends_it(client_for: Client) -> None:
    c = client_for(None)
    page = c.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    before = c.cookies.get("chidao_session")
    assert c.post("/login", data={"name": "clerk", "password": "sai mật khẩu", "csrf_token": token}).status_code == 401
    r = c.post("/login", data={"name": "clerk", "password": PASSWORD, "csrf_token": token, "next": "//evil.example"})
    assert r.status_code == 303 and r.headers["location"] == "/directives"
    assert c.cookies.get("chidao_session") != before  # no session fixation
    assert c.get("/directives").status_code == 200
    token = c.get("/api/me").json()["csrf_token"]
    c.post("/logout", data={"csrf_token": token})
    assert c.get("/directives").headers["location"].startswith("/login")


def test_login_without_csrf_token_is_refused(client_for: Client) -> None:
    r = client_for(None).post("/login", data={"name": "clerk", "password": PASSWORD})
    assert r.status_code == 403


def test_upload_reports_tasks_duplicates_and_errors(client_for: Client) -> None:
    clerk = client_for("clerk")
    files = [("files", ("c-009.txt", gold_bytes("c-009"), "text/plain")),
             ("files", ("ban-sao.txt", gold_bytes("c-009"), "text/plain")),
             ("files", ("hỏng.pdf", b"\xff\xfe\x00 not a pdf", "application/pdf"))]
    results = clerk.post("/api/upload", files=files).json()
    assert results[0]["ok"] and results[0]["message"] == f"{results[0]['tasks']} nhiệm vụ" and results[0]["tasks"] > 0
    assert results[1]["duplicate"] and results[1]["message"].startswith("đã nhập trước đó: ")
    assert results[1]["directive_id"] == results[0]["directive_id"]
    assert not results[2]["ok"] and "Không đọc được tệp" in results[2]["message"]
    page = clerk.post("/upload", files=[("files", ("c-009.txt", gold_bytes("c-009"), "text/plain"))]).text
    assert "đã nhập trước đó" in page


def test_directive_page_highlights_every_kind(client_for: Client, loaded: dict[str, Any]) -> None:
    did = loaded["c-010.txt"]["directive_id"]
    page = client_for("clerk").get(f"/directives/{did}").text
    source = page[page.index('<pre class="source">'):]
    for kind in ("task", "body", "deadline", "target"):
        assert re.search(rf'<span class="hl[^"]* k-{kind}[ "]', source), kind
        assert f'id="{kind}-' in source, kind
    data = client_for("clerk").get(f"/api/directives/{did}").json()
    assert len(data["tasks"]) == loaded["c-010.txt"]["tasks"]
    t = data["tasks"][0]
    assert data["text"][t["span"][0]:t["span"][1]] == t["machine_text"]


def test_uploaded_html_is_shown_escaped(client_for: Client) -> None:
    clerk = client_for("clerk")
    evil = "<html><body><script>alert('xss')</script><p>Số: 12/UBND-VP Về việc kiểm tra</p></body></html>"
    res = clerk.post("/api/upload", files=[("files", ("độc.html", evil.encode(), "text/html"))]).json()[0]
    page = clerk.get(f"/directives/{res['directive_id']}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in page or "&lt;script&gt;alert(&#x27;xss&#x27;)" in page
    assert "script-src 'self'" in clerk.get("/directives").headers["content-security-policy"]


def test_review_accept_edit_conflict_and_undo(client_for: Client, loaded: dict[str, Any]) -> None:
    manager = client_for("manager")
    did = loaded["c-009.txt"]["directive_id"]
    tasks = manager.get(f"/api/review/{did}").json()["tasks"]
    first = tasks[0]
    r = manager.post(f"/tasks/{first['id']}/review", data={"action": "accept", "version": first["version"]},
                     headers={"HX-Request": "true"})
    assert r.status_code == 200 and 'id="row-' in r.text and "Đã duyệt" in r.text
    # a second reviewer with the old version gets a clear conflict, not a silent overwrite
    r = manager.post(f"/tasks/{first['id']}/review",
                     data={"action": "edit", "version": first["version"], "text": "Nội dung khác"},
                     headers={"HX-Request": "true"})
    assert "người khác thay đổi" in r.text
    r = manager.post(f"/api/tasks/{first['id']}/review",
                     json={"action": "edit", "expected_version": first["version"], "changes": {"text": "x"}})
    assert r.status_code == 409
    now = manager.get(f"/api/tasks/{first['id']}").json()["task"]
    r = manager.post(f"/tasks/{first['id']}/review", headers={"HX-Request": "true"},
                     data={"action": "edit", "version": now["version"], "text": now["text"],
                           "lead": "Sở Tài chính", "support": "", "deadline": "2025-12-31"})
    assert "Sở Tài chính" in r.text and "2025-12-31" in r.text
    r = manager.post(f"/tasks/{first['id']}/review", data={"action": "undo"}, headers={"HX-Request": "true"})
    assert r.status_code == 200
    history = client_for("auditor").get(f"/api/tasks/{first['id']}").json()["history"]
    assert [e["action"] for e in history][:2] == ["accept", "add_body"] and history[-1]["action"] == "undo"
    assert all(e["actor"] == "manager" for e in history)


def test_split_merge_and_accept_above(client_for: Client, loaded: dict[str, Any]) -> None:
    manager = client_for("manager")
    did = loaded["c-003.txt"]["directive_id"]
    tasks = manager.get(f"/api/review/{did}").json()["tasks"]
    n = len(tasks)
    t = tasks[0]
    cut = t["text"].index(" ", len(t["text"]) // 2) + 1
    phrase = t["text"][cut:cut + 12]
    r = manager.post(f"/tasks/{t['id']}/review", data={"action": "split", "at_text": phrase, "version": t["version"]},
                     headers={"HX-Request": "true"})
    assert r.status_code == 204 and r.headers["HX-Refresh"] == "true", r.text
    assert len(manager.get(f"/api/review/{did}").json()["tasks"]) == n + 1
    r = manager.post(f"/tasks/{t['id']}/review", data={"action": "merge"})
    assert r.status_code == 303
    assert len(manager.get(f"/api/review/{did}").json()["tasks"]) == n
    high = sum(1 for x in tasks if x["confidence"] >= 0.9 and x["status"] == "extracted")
    r = manager.post(f"/api/review/{did}/accept-above", json={"threshold": 0.9})
    assert r.json()["accepted"] == high - 1 or r.json()["accepted"] == high  # the merged task may have been one


def test_progress_with_evidence_dashboard_and_overdue(client_for: Client, loaded: dict[str, Any]) -> None:
    manager = client_for("manager")
    did = loaded["c-009.txt"]["directive_id"]
    tasks = manager.get(f"/api/review/{did}").json()["tasks"]
    for t in tasks:
        manager.post(f"/api/tasks/{t['id']}/review", json={"action": "accept", "expected_version": t["version"]})
    t = tasks[0]
    r = manager.post(f"/api/tasks/{t['id']}/progress", data={"percent": "100", "note": "Đã hoàn thành báo cáo"},
                     files=[("files", ("bien-ban.txt", "Biên bản kiểm tra".encode(), "text/plain"))])
    assert r.status_code == 200 and r.json()["evidence"][0]["name"] == "bien-ban.txt"
    sha = r.json()["evidence"][0]["sha"]
    assert client_for("auditor").get(f"/evidence/{sha}").content == "Biên bản kiểm tra".encode()
    assert client_for("clerk").get(f"/evidence/{sha}").status_code == 403
    dash = client_for("clerk").get("/api/tracking").json()
    assert dash["total"] == len(tasks) and dash["done"] == 1
    lead = next(b for b in dash["bodies"] if b["done"])
    assert lead["total"] >= 1
    with_deadline = [x for x in tasks if x["deadline"] and x["deadline"]["date"]]
    overdue = client_for("clerk").get("/api/tracking/overdue").json()
    expected = [x for x in with_deadline if x["id"] != t["id"] and date.fromisoformat(x["deadline"]["date"]) < date.today()]
    assert {x["id"] for x in overdue} == {x["id"] for x in expected}
    html = client_for("clerk").get("/tracking").text
    assert "<svg" in html and "hoàn thành" in html
    body = client_for("clerk").get(f"/api/bodies/{lead['id']}").json()
    assert any(x["id"] == t["id"] for x in body["tasks"]) or body["tasks"]


def test_trace_target_to_passage_and_references(client_for: Client, loaded: dict[str, Any]) -> None:
    clerk = client_for("clerk")
    did = loaded["c-010.txt"]["directive_id"]
    d = clerk.get(f"/api/directives/{did}").json()
    target = next(g for t in d["tasks"] for g in t["targets"])
    r = clerk.get(f"/targets/{target['id']}")
    assert r.status_code == 303 and f"#target-{target['id']}" in r.headers["location"]
    page = clerk.get(r.headers["location"].split("#")[0]).text
    assert f'id="target-{target["id"]}"' in page and "trang" in page.lower()
    info = clerk.get(f"/api/targets/{target['id']}").json()
    assert d["text"][info["span"][0]:info["span"][1]] == info["text"] and info["page"] >= 1
    api = clerk.get(f"/api/tasks/{target and next(t['id'] for t in d['tasks'] if t['targets'])}").json()
    assert api["history"] is None  # a clerk does not read the review log
    assert {r["number"] for r in api["directive"]["references"]} >= {"3280/UBND-VX"}
    passage = api["passage"]
    assert passage["text"] == d["text"][passage["start"]:passage["end"]] and passage["page"] >= 1


def test_admin_creates_users_and_lists_registry(client_for: Client, loaded: dict[str, Any]) -> None:
    admin = client_for("admin")
    r = admin.post("/api/admin/users", json={"name": "trần.thị.bình", "role": "auditor", "password": "mật-khẩu-mới-1"})
    assert r.status_code == 201
    assert admin.post("/api/admin/users", json={"name": "x", "role": "chủ tịch", "password": "mật-khẩu-mới-1"}).status_code == 422
    assert "trần.thị.bình" in admin.get("/admin/users").text
    assert all("password_hash" not in u for u in admin.get("/api/admin/users").json())
    bodies = admin.get("/api/admin/bodies").json()
    assert any(b["tasks"] > 0 for b in bodies)
    client_for("trần.thị.bình" if False else "auditor")  # roles still log in
    new = client_for(None)
    r = new.post("/api/login", json={"name": "trần.thị.bình", "password": "mật-khẩu-mới-1"})
    assert r.status_code == 200 and r.json()["role"] == "auditor"


def test_repeated_wrong_passwords_lock_the_name(client_for: Client) -> None:
    c = client_for(None)
    for _ in range(5):
        assert c.post("/api/login", json={"name": "auditor", "password": "đoán-mò-123"}).status_code == 401
    r = c.post("/api/login", json={"name": "auditor", "password": PASSWORD})
    assert r.status_code == 429 and "quá nhiều lần" in r.json()["detail"]
    assert c.post("/api/login", json={"name": "clerk", "password": PASSWORD}).status_code == 200


def test_task_search_ignores_diacritics_and_filters(client_for: Client, loaded: dict[str, Any]) -> None:
    clerk = client_for("clerk")
    found = clerk.get("/api/tasks", params={"q": "ma buu chinh"}).json()
    assert found["count"] >= 1 and all(t["directive_number"] == "4085/UBND-ĐT" for t in found["items"])
    assert any("mã bưu chính" in t["text"] for t in found["items"])
    same = clerk.get("/api/tasks", params={"q": "MÃ BƯU CHÍNH"}).json()
    assert [t["id"] for t in same["items"]] == [t["id"] for t in found["items"]]
    by_body = clerk.get("/api/tasks", params={"body": "so noi vu"}).json()
    assert by_body["count"] > 0
    assert all("Sở Nội vụ" in [b["name"] for b in t["lead"] + t["support"]] for t in by_body["items"])
    page = clerk.get("/tasks", params={"q": "ma buu chinh"}).text
    assert all(f'href="/tasks/{t["id"]}"' in page for t in found["items"]) and 'value="ma buu chinh"' in page
    assert clerk.get("/api/tasks", params={"q": "không có cụm từ này đâu"}).json()["count"] == 0


def test_history_says_what_each_change_did(client_for: Client, loaded: dict[str, Any]) -> None:
    manager = client_for("manager")
    did = loaded["c-009.txt"]["directive_id"]
    t = manager.get(f"/api/review/{did}").json()["tasks"][0]
    steps = [("accept", {}), ("add_body", {"name": "Sở Tài chính", "role": "support"}),
             ("set_deadline", {"due_on": "2025-12-31", "kind": "by"}),
             ("edit", {"text": "Chia sẻ cơ sở dữ liệu đất đai cho các phường, xã"})]
    for action, changes in steps:
        version = manager.get(f"/api/tasks/{t['id']}").json()["task"]["version"]
        r = manager.post(f"/api/tasks/{t['id']}/review", json={"action": action, "expected_version": version,
                                                               "changes": changes})
        assert r.status_code == 200, r.text
    history = client_for("auditor").get(f"/api/tasks/{t['id']}").json()["history"]
    said = [c for e in history for c in e["changes"]]
    assert "trạng thái: Chờ duyệt → Đã duyệt" in said
    assert "thêm phối hợp: Sở Tài chính" in said
    assert "thời hạn: trước ngày 05/12/2025 → trước ngày 31/12/2025" in said
    assert any(c.startswith("nội dung: «Khẩn trương chia sẻ") and c.endswith("«Chia sẻ cơ sở dữ liệu đất đai cho các phường, xã»")
               for c in said)
    page = client_for("auditor").get(f"/tasks/{t['id']}").text
    assert "thêm phối hợp: Sở Tài chính" in page
    log = client_for("auditor").get("/audit").text
    assert "thời hạn: trước ngày 05/12/2025 → trước ngày 31/12/2025" in log


def test_recurring_deadline_rolls_forward_on_the_dashboard(client_for: Client, loaded: dict[str, Any]) -> None:
    """c-003 t9 is due "trước ngày 25/12 hàng năm": overdue once 25/12/2025 has passed, until a report."""
    manager = client_for("manager")
    did = loaded["c-003.txt"]["directive_id"]
    t9 = next(t for t in manager.get(f"/api/review/{did}").json()["tasks"] if t["label"] == "t9")
    assert t9["deadline"]["kind"] == "recurring" and date.today() > date(2025, 12, 25)
    manager.post(f"/api/tasks/{t9['id']}/review", json={"action": "accept", "expected_version": t9["version"]})
    assert t9["id"] in {t["id"] for t in manager.get("/api/tracking/overdue").json()}
    before = manager.get("/api/tracking").json()["overdue"]
    r = manager.post(f"/api/tasks/{t9['id']}/progress", data={"percent": "100", "note": "Báo cáo năm"})
    assert r.status_code == 200
    view = manager.get(f"/api/tasks/{t9['id']}").json()["task"]
    assert view["status"] == "done" or not view["overdue"]
    assert date.fromisoformat(view["due"]) > date.today() and view["deadline"]["label"].startswith("Hằng năm (kỳ tới 25/12/")
    assert t9["id"] not in {t["id"] for t in manager.get("/api/tracking/overdue").json()}
    assert manager.get("/api/tracking").json()["overdue"] == before - 1


def test_reextraction_proposals_are_shown_and_applied(client_for: Client, loaded: dict[str, Any], app: Any) -> None:
    from sqlmodel import Session

    from nlp.types import BodyRef
    from store.reextract import reextract
    from tests.conftest import load_extraction

    manager = client_for("manager")
    did = loaded["c-009.txt"]["directive_id"]
    first = manager.get(f"/api/review/{did}").json()["tasks"][0]
    manager.post(f"/api/tasks/{first['id']}/review", json={"action": "accept", "expected_version": first["version"]})
    newer = load_extraction("c-009", version="2.0", config_hash="c" * 16)
    newer.tasks[0].bodies.append(BodyRef(name="Sở Tài chính", role="support"))
    with Session(app.state.engine) as s:
        reextract(session=s, directive_id=did, extraction=newer)
        s.commit()
    ps = manager.get(f"/api/review/{did}/proposals").json()
    mine = next(p for p in ps if p["task_id"] == first["id"])
    assert "thêm phối hợp: Sở Tài chính" in mine["summary"] and mine["applicable"]
    page = manager.get(f"/review/{did}").text
    assert "Đề xuất của lượt trích xuất mới (2.0)" in page and "thêm phối hợp: Sở Tài chính" in page
    assert client_for("clerk").get(f"/api/review/{did}/proposals").status_code == 403
    r = manager.post(f"/api/review/{did}/proposals/{mine['index']}/apply", json={})
    assert r.status_code == 200 and r.json()["proposal"]["applied"]
    assert "Sở Tài chính" in [b["name"] for b in r.json()["task"]["support"]]
    assert manager.post(f"/api/review/{did}/proposals/{mine['index']}/apply", json={}).status_code == 422
    token = manager.get("/api/me").json()["csrf_token"]
    r = manager.post(f"/review/{did}/proposals/{mine['index']}/apply", data={"csrf_token": token})
    assert r.status_code == 303
    assert "đã áp dụng" in manager.get(f"/review/{did}").text
