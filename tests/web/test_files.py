"""Originals kept by hash, and PDF page images with the audited passage marked on the right page.

The PDF is written here with fpdf2 (two pages of real Vietnamese text) and read by the real
reader (``ingest``); the extraction names one task on each page. Where the mark lands is checked
against pdfplumber's word positions, a library independent of the renderer's pdfium search.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from PIL import Image, ImageChops

import ingest
from nlp.types import BodyRef, DirectiveInfo, Extraction, Target
from nlp.types import Task as XTask
from tests.web.conftest import Settings, fake_extractor, gold_bytes
from web.app import create_app

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PAGE_1 = [
    "ỦY BAN NHÂN DÂN TỈNH AN BÌNH",
    "Số: 27/KH-UBND",
    "KẾ HOẠCH Cải cách hành chính năm 2026",
    "1. Sở Nội vụ chủ trì rà soát, đơn giản hóa thủ tục hành chính; hoàn thành trước ngày 30/6/2026.",
]
PAGE_2 = [
    "2. Văn phòng Ủy ban nhân dân tỉnh chủ trì số hóa hồ sơ, bảo đảm 100% hồ sơ được số hóa.",
    "3. Các sở, ngành báo cáo kết quả thực hiện trước ngày 15/12/2026.",
]


def two_page_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=11)
    for lines in (PAGE_1, PAGE_2):
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def pdf_extractor(data: bytes, name: str) -> tuple[Any, Extraction]:
    """The real reader; an extraction naming one task per page, with a target on page 2."""
    if not name.endswith(".pdf"):
        return fake_extractor(data, name)
    doc = ingest.read_bytes(data, name=name)
    text = doc.text
    t1 = _span(text, "Sở Nội vụ chủ trì rà soát")
    t1 = (t1[0], text.index("30/6/2026.") + len("30/6/2026."))
    t2 = (text.index("Văn phòng Ủy ban nhân dân tỉnh chủ trì"), text.index("được số hóa.") + len("được số hóa."))
    target = _span(text, "100% hồ sơ được số hóa")
    tasks = [
        XTask(id="t1", span=t1, bodies=[BodyRef(name="Sở Nội vụ", role="lead", span=_span(text, "Sở Nội vụ"))]),
        XTask(id="t2", span=t2, bodies=[BodyRef(name="Văn phòng Ủy ban nhân dân tỉnh", role="lead")]),
    ]
    info = DirectiveInfo(doc_type="ke_hoach", number="27/KH-UBND", issuer="UBND tỉnh An Bình")
    return doc, Extraction(directive=info, tasks=tasks,
                           targets=[Target(task="t2", span=target, value=100, unit="%", comparator=">=")])


@pytest.fixture
def pdf_app(web_engine: Any, tmp_path: Path) -> FastAPI:
    return create_app(Settings(tmp_path / "evidence"), engine=web_engine, extractor=pdf_extractor)


@pytest.fixture
def clerk(pdf_app: FastAPI) -> TestClient:
    from tests.web.conftest import login

    return login(TestClient(pdf_app, follow_redirects=False), "clerk")


def _png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    return image.convert("RGB")


def _word_box(pdf: bytes, page_no: int, word: str) -> tuple[float, float, float, float]:
    """(x0, top, x1, bottom) of ``word`` on the page, in points from the top left (pdfplumber)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[page_no - 1]
        hit = next(w for w in page.extract_words() if w["text"] == word)
        return hit["x0"], hit["top"], hit["x1"], hit["bottom"], page.height  # type: ignore[return-value]


def test_pdf_task_page_shows_its_page_with_the_passage_marked(clerk: TestClient, pdf_app: FastAPI) -> None:
    data = two_page_pdf()
    res = clerk.post("/api/upload", files=[("files", ("ke-hoach.pdf", data, "application/pdf"))]).json()[0]
    assert res["ok"] and res["tasks"] == 2, res
    sha = hashlib.sha256(data).hexdigest()
    assert (Path(pdf_app.state.settings.files_dir) / sha[:2] / sha).read_bytes() == data  # kept by hash
    d = clerk.get(f"/api/directives/{res['directive_id']}").json()
    assert d["original"]["original"] and set(d["original"]["page_images"]) == {"1", "2"}
    second = next(t for t in d["tasks"] if t["label"] == "t2")
    assert second["page"] == 2
    view = clerk.get(f"/api/tasks/{second['id']}").json()
    url = view["passage"]["image"]
    assert url == f"/files/{sha}/pages/2.png?task={second['id']}"
    page_html = clerk.get(f"/tasks/{second['id']}").text
    assert f'src="/files/{sha}/pages/2.png?task={second["id"]}"' in page_html and "Trang 2 của bản PDF gốc" in page_html

    marked = _png(clerk.get(url).content)
    plain = _png(clerk.get(f"/files/{sha}/pages/2.png").content)
    assert marked.size == plain.size
    diff = ImageChops.difference(marked, plain).getbbox()
    assert diff is not None, "the passage is not marked"
    x0, top, x1, bottom, height = _word_box(data, 2, "phòng")  # a word of task t2 (line 1 of page 2)
    scale = marked.size[1] / height
    cx, cy = (x0 + x1) / 2 * scale, (top + bottom) / 2 * scale
    assert diff[0] <= cx <= diff[2] and diff[1] <= cy <= diff[3]
    _, top3, _, _, _ = _word_box(data, 2, "báo")  # task 3's line is not marked
    assert top3 * scale > diff[3]
    # the target's words are marked too, in the target colour (more blue than red)
    tx0, ttop, tx1, tbottom, _ = _word_box(data, 2, "100%")
    r, g, b = marked.getpixel((int((tx0 + 2) * scale), int((ttop + tbottom) / 2 * scale)))
    assert b > r and (r, g, b) != plain.getpixel((int((tx0 + 2) * scale), int((ttop + tbottom) / 2 * scale)))

    first = next(t for t in d["tasks"] if t["label"] == "t1")
    assert clerk.get(f"/api/tasks/{first['id']}").json()["passage"]["image"].startswith(f"/files/{sha}/pages/1.png")
    assert clerk.get(f"/files/{sha}/pages/3.png").status_code == 404


def test_original_is_a_download_and_text_files_have_no_page_images(clerk: TestClient) -> None:
    data = two_page_pdf()
    clerk.post("/api/upload", files=[("files", ("ke-hoach.pdf", data, "application/pdf"))])
    sha = hashlib.sha256(data).hexdigest()
    r = clerk.get(f"/files/{sha}")
    assert r.status_code == 200 and r.content == data
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment")
    txt = clerk.post("/api/upload", files=[("files", ("c-009.txt", gold_bytes("c-009"), "text/plain"))]).json()[0]
    info = clerk.get(f"/api/directives/{txt['directive_id']}").json()["original"]
    tsha = hashlib.sha256(gold_bytes("c-009")).hexdigest()
    assert info["original"] and info["page_images"] == {} and info["download"] == f"/files/{tsha}"
    assert clerk.get(f"/files/{tsha}/pages/1.png").status_code == 404
    for bad in ("0" * 64, "..%2F..%2Fetc%2Fpasswd", "ABC"):
        assert clerk.get(f"/files/{bad}").status_code == 404


def test_page_image_needs_a_login(pdf_app: FastAPI, client_for: Callable[[str | None], TestClient]) -> None:
    data = two_page_pdf()
    sha = hashlib.sha256(data).hexdigest()
    anon = TestClient(pdf_app, follow_redirects=False)
    assert anon.get(f"/files/{sha}/pages/1.png").status_code == 303
    assert anon.get(f"/api/files/{sha}").status_code == 401
