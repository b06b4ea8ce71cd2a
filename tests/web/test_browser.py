"""The web app in a real browser: headless Chromium (Debian's) driven by Playwright.

Log in, drop a PDF and a text file on the upload page, review and accept the tasks with the
keyboard (j/k/a/x/u/e), report progress with evidence, trace a target to its passage and the PDF
page, read the history as an auditor. Each screen is checked readable (no horizontal scroll, no
text outside the screen or under 12 px) and photographed at 1280×800 and at 390 px wide under
``artifacts/screenshots/``.
"""

from __future__ import annotations

import base64
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, SQLModel, create_engine

from store.users import create_user
from tests.web.conftest import DATA, PASSWORD, ROLES, Settings, fake_extractor
from web.app import create_app
from web.services import default_extractor

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
PDF = Path(__file__).resolve().parents[1] / "data" / "files" / "chi_thi.pdf"  # made by tests/data/make_fixtures.py
JOURNEY = PDF if PDF.exists() else DATA / "c-010.txt"
SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


def _extract(data: bytes, name: str) -> Any:
    """The real reader and extractor for PDF files; gold data for the text files."""
    return default_extractor(data, name) if name.endswith(".pdf") else fake_extractor(data, name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    tmp = tmp_path_factory.mktemp("browser")
    engine = create_engine(f"sqlite:///{tmp / 'web.db'}", connect_args={"check_same_thread": False})
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        for role in ROLES:
            create_user(session=s, name=role, role=role, password=PASSWORD)
        s.commit()
    app = create_app(Settings(tmp / "evidence"), engine=engine, extractor=_extract)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = "Debian chromium is not installed (apt-get install -y chromium)"
        if os.environ.get("CI"):  # in CI a missing browser is a failure, never a silent skip
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def _login(page: Any, base: str, name: str) -> None:
    page.goto(f"{base}/login")
    page.fill('input[name="name"]', name)
    page.fill('input[name="password"]', PASSWORD)
    page.click('button[type="submit"]')
    page.wait_for_url(f"{base}/directives")


# Every visible element with its own text: font size, and whether it sticks out of the viewport.
_READABLE = """() => {
  const width = document.documentElement.clientWidth, problems = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const st = getComputedStyle(el), r = el.getBoundingClientRect();
    if (st.visibility === 'hidden' || r.width === 0 || r.height === 0) continue;
    const what = el.tagName + ' «' + el.textContent.trim().slice(0, 40) + '»';
    if (parseFloat(st.fontSize) < 12) problems.push('tiny text ' + st.fontSize + ' ' + what);
    if (r.right > width + 1 || r.left < -1) problems.push('outside the screen (' + Math.round(r.left) + '–' + Math.round(r.right) + ') ' + what);
  }
  return {scrollWidth: document.documentElement.scrollWidth, width: width, problems: problems.slice(0, 8)};
}"""


def _readable(page: Any, name: str) -> None:
    """No horizontal scrolling, no text outside the screen, no text under 12 px."""
    r = page.evaluate(_READABLE)
    assert r["scrollWidth"] <= r["width"] + 1, f"{name}: {r['scrollWidth']}px wide on a {r['width']}px screen"
    assert not r["problems"], f"{name}: {r['problems']}"


def _shot(page: Any, name: str, size: str, *, check: bool = True) -> None:
    if check:
        _readable(page, f"{name}-{size}")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{size}.png"), full_page=False)


def _drop(page: Any, paths: list[Path]) -> None:
    """Drop files on the drop zone, as a person dragging them from the file manager does."""
    files = [[p.name, base64.b64encode(p.read_bytes()).decode("ascii")] for p in paths]
    page.evaluate("""(files) => {
      const dt = new DataTransfer();
      for (const [name, b64] of files) {
        const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
        dt.items.add(new File([bytes], name));
      }
      const zone = document.getElementById('dropzone');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true}));
      }
    }""", files)


def _image_loaded(page: Any, selector: str) -> None:
    page.wait_for_function("(s) => { const i = document.querySelector(s); return i && i.complete && i.naturalWidth > 200; }",
                           arg=selector, timeout=20000)


def test_clerk_manager_auditor_journey(server: str, browser: Any, tmp_path: Path) -> None:
    base = server
    ctx = browser.new_context(viewport=SIZES["desktop"])
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(f"{base}/login")
    _shot(page, "01-login", "desktop")
    _login(page, base, "clerk")
    page.goto(f"{base}/upload")
    _drop(page, [JOURNEY, DATA / "c-009.txt"])  # two files dropped at once
    page.wait_for_selector("#upload-results li.ok >> nth=1", timeout=120000)
    results = page.inner_text("#upload-results")
    assert "nhiệm vụ" in results
    href = page.locator("#upload-results li", has_text=JOURNEY.name).locator("a").first.get_attribute("href")
    page.set_input_files("#file-input", str(JOURNEY))
    page.wait_for_selector("text=đã nhập trước đó", timeout=20000)
    _shot(page, "02-upload", "desktop")
    page.goto(f"{base}/directives")
    _shot(page, "03-directives", "desktop")
    page.locator(f'table.list a[href="{href}"]').click()
    page.wait_for_selector("pre.source .hl.k-task")
    _shot(page, "04-directive", "desktop")
    directive_url = page.url
    page.click("text=Đăng xuất")

    _login(page, base, "manager")
    page.goto(directive_url.replace("/directives/", "/review/"))
    rows = page.locator("tr.task-row")
    n = rows.count()
    assert n > 1
    reloads: list[str] = []
    page.on("framenavigated", lambda f: reloads.append(f.url))
    page.keyboard.press("a")  # accept the first task
    page.wait_for_selector("tr.task-row >> nth=0 >> text=Đã duyệt")
    page.keyboard.press("j")
    page.keyboard.press("x")  # reject the second
    page.wait_for_selector("tr.task-row >> nth=1 >> text=Loại bỏ")
    page.keyboard.press("u")  # and undo that
    page.wait_for_selector("tr.task-row >> nth=1 >> text=Chờ duyệt")
    page.keyboard.press("e")  # edit the second task: the form opens with the cursor in the text
    assert reloads == [], f"a key submitted the whole page instead of the row: {reloads}"
    assert page.evaluate("document.activeElement.name") == "text"
    edited = "Sửa bằng bàn phím: " + page.input_value("tr.task-row >> nth=1 >> textarea[name=text]")[:60]
    page.fill("tr.task-row >> nth=1 >> textarea[name=text]", edited)
    page.locator("tr.task-row >> nth=1 >> details.edit button", has_text="Lưu").click()
    page.wait_for_selector("tr.task-row >> nth=1 >> text=đã sửa")
    assert edited in page.inner_text("tr.task-row >> nth=1")
    page.fill('input[name="threshold"]', "0")
    page.click("text=Duyệt hàng loạt")
    page.wait_for_selector("text=Đã duyệt")
    assert page.locator("tr.task-row >> text=Chờ duyệt").count() == 0
    _shot(page, "05-review", "desktop")

    evidence = tmp_path / "bien-ban-kiem-tra.txt"
    evidence.write_text("Biên bản kiểm tra thực hiện", encoding="utf-8")
    page.locator("tr.task-row >> nth=0 >> a[href^='/tasks/']").first.click() if page.locator(
        "tr.task-row >> nth=0 >> a[href^='/tasks/']").count() else page.goto(f"{base}/tasks/{rows.first.get_attribute('data-task')}")
    page.fill('input[name="percent"]', "60")
    page.fill('textarea[name="note"]', "Đã triển khai tại các xã")
    page.set_input_files('input[name="files"]', str(evidence))
    page.click("text=Ghi nhận")
    page.wait_for_selector("text=Đã ghi nhận tiến độ 60%")
    assert page.locator("text=bien-ban-kiem-tra.txt").count() >= 1
    task_url = page.url.split("#")[0]
    _shot(page, "06-task", "desktop")
    if JOURNEY.suffix == ".pdf":  # the page of the PDF, with the passage marked
        page.locator("#page-image").scroll_into_view_if_needed()
        _image_loaded(page, "#page-image img")
        _shot(page, "06-task-page-image", "desktop")

    page.goto(f"{base}/tracking")
    assert page.locator("svg rect.bar-done").count() > 0
    _shot(page, "07-tracking", "desktop")
    page.goto(f"{base}/tracking/overdue")
    _shot(page, "07-overdue", "desktop")
    page.goto(f"{base}/tasks?q=chuyen+doi+so")  # accents left out on purpose
    assert page.locator("table.tasks tbody tr a[href^='/tasks/']").count() > 0
    _shot(page, "07-tasks-search", "desktop")
    page.goto(f"{base}/tracking")
    page.locator("table.bars a[href^='/bodies/']").first.click()
    page.wait_for_selector("table.tasks")
    body_url = page.url
    _shot(page, "07-body", "desktop")
    page.goto(f"{base}/directives")
    page.goto(directive_url)
    target_link = page.locator("a.tag.target").first
    target_link.click()
    page.wait_for_selector("pre.passage .hl.k-target")
    assert page.url.split("#")[1].startswith("target-")
    assert "trang" in page.inner_text("h2").lower()
    _shot(page, "08-trace-target", "desktop")
    target_url = page.url
    page.click("text=Đăng xuất")

    _login(page, base, "auditor")
    page.goto(f"{base}/audit")
    assert page.locator("td", has_text="duyệt").count() > 0
    assert page.locator("ul.changes li", has_text="trạng thái: Chờ duyệt → Đã duyệt").count() > 0
    _shot(page, "09-audit", "desktop")
    page.goto(task_url)  # the auditor reads the full history of the task
    assert page.locator("table.history ul.changes li", has_text="tiến độ").count() >= 1
    page.locator("#history").scroll_into_view_if_needed()
    _shot(page, "09-task-history", "desktop")
    page.click("text=Đăng xuất")
    _login(page, base, "admin")
    page.goto(f"{base}/admin/users")
    _shot(page, "10-admin-users", "desktop")
    page.goto(f"{base}/admin/bodies")
    _shot(page, "11-admin-bodies", "desktop")
    assert not errors, errors
    ctx.close()

    phone = browser.new_context(viewport=SIZES["phone"], is_mobile=True, device_scale_factor=2)
    p2 = phone.new_page()
    p2.goto(f"{base}/login")
    _shot(p2, "01-login", "phone")
    _login(p2, base, "manager")
    review_url = directive_url.replace("/directives/", "/review/")
    for name, url in [("02-upload", f"{base}/upload"), ("03-directives", f"{base}/directives"),
                      ("04-directive", directive_url), ("05-review", review_url), ("06-task", task_url),
                      ("07-tracking", f"{base}/tracking"), ("07-overdue", f"{base}/tracking/overdue"),
                      ("07-tasks-search", f"{base}/tasks?q=chuyen+doi+so"), ("07-body", body_url),
                      ("08-trace-target", target_url), ("09-audit", f"{base}/audit")]:
        p2.goto(url)
        _shot(p2, name, "phone")
    p2.goto(review_url)  # the task table, below the source on a phone
    p2.locator("table.review-table tbody tr").first.scroll_into_view_if_needed()
    _shot(p2, "05-review-tasks", "phone")
    p2.goto(task_url)
    p2.locator("#history").scroll_into_view_if_needed()
    _shot(p2, "09-task-history", "phone")
    if JOURNEY.suffix == ".pdf":
        p2.locator("#page-image").scroll_into_view_if_needed()
        _image_loaded(p2, "#page-image img")
        _shot(p2, "06-task-page-image", "phone")
    p2.click("text=Đăng xuất")
    _login(p2, base, "admin")
    for name, url in [("10-admin-users", "/admin/users"), ("11-admin-bodies", "/admin/bodies")]:
        p2.goto(f"{base}{url}")
        _shot(p2, name, "phone")
    phone.close()


def test_docs_offline_and_index_pages(server: str, browser: Any) -> None:
    """Swagger UI renders from the vendored copy under its CSP; the index and taxonomy pages render."""
    base = server
    ctx = browser.new_context(viewport=SIZES["desktop"])
    page = ctx.new_page()
    errors: list[str] = []
    outside: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((base, "data:")) else None)
    page.goto(f"{base}/docs")
    page.wait_for_selector(".opblock-summary", timeout=20000)
    assert page.locator(".opblock-summary-path", has_text="/api/indices/{code}").count() == 1
    _shot(page, "12-docs", "desktop", check=False)  # Swagger UI's own styles
    _login(page, base, "admin")
    page.goto(f"{base}/tracking")
    page.goto(f"{base}/indices")
    page.locator('a[href="/indices/PAR"]').click()
    page.wait_for_selector("table.tree tr.depth-2")
    assert "Cây tiêu chí" in page.inner_text("main")
    _shot(page, "13-index", "desktop")
    page.goto(f"{base}/admin/taxonomy")
    page.locator('a[href="/admin/taxonomy/PAR.1"]').click()
    page.wait_for_selector("text=Tiêu chí con")
    _shot(page, "14-admin-criterion", "desktop")
    assert not errors, errors
    assert not outside, outside
    ctx.close()
    phone = browser.new_context(viewport=SIZES["phone"], is_mobile=True, device_scale_factor=2)
    p2 = phone.new_page()
    _login(p2, base, "admin")
    p2.goto(f"{base}/indices")
    _shot(p2, "13-indices", "phone")
    p2.goto(f"{base}/indices/PAR")
    _shot(p2, "13-index", "phone")
    p2.goto(f"{base}/admin/taxonomy/PAR.1")
    _shot(p2, "14-admin-criterion", "phone")
    phone.close()
