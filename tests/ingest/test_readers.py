"""Each reader: the same directive from TXT (4 encodings), HTML, DOCX and PDF gives the same lines."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest

import ingest
from ingest import BlockKind, InputFormat, ReadOptions, read, read_bytes
from tests.ingest.conftest import needs_tesseract

ALL = ["chi_thi.txt", "chi_thi_bom.txt", "chi_thi_utf16.txt", "chi_thi_cp1258.txt", "chi_thi.html",
       "chi_thi.docx", "chi_thi.pdf"]


def _squashed_blocks(doc) -> list[str]:
    return [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks]


def _check_offsets(doc) -> None:
    n = len(doc.text)
    for b in doc.blocks:
        piece = doc.text[b.start:b.end]
        assert 0 <= b.start < b.end <= n and piece.strip() == piece, b
        assert doc.page_of(b.start) == b.page_no
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))
    assert all(a.end <= b.start for a, b in zip(doc.blocks, doc.blocks[1:], strict=False))
    for t in doc.tables:
        for r in t.rows:
            for c in r.cells:
                assert "\n" not in doc.text[c.start:c.end] and "|" not in doc.text[c.start:c.end]
    assert doc.pages[0].start == 0 and doc.pages[-1].end == n


@pytest.mark.parametrize("name", ALL)
def test_same_key_lines_from_every_format(files, expected_lines, name):
    doc = read(files / name)
    blocks = _squashed_blocks(doc)
    missing = [k for k in expected_lines if k not in blocks]
    assert not missing, f"{name}: missing {missing}"
    _check_offsets(doc)
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.sha256 == hashlib.sha256((files / name).read_bytes()).hexdigest()
    assert doc.name == name and doc.format is InputFormat(name.rsplit(".", 1)[1])


@pytest.mark.parametrize("name", ALL)
def test_list_items_and_levels(files, name):
    doc = read(files / name)
    items = {" ".join(doc.text[b.start:b.end].split())[:2]: b for b in doc.blocks if b.kind is BlockKind.LIST_ITEM}
    assert items["1."].level == 1 and items["a)"].level == 2 and items["- "].level == 2


def test_txt_is_the_file_exactly(files):
    raw = (files / "chi_thi.txt").read_text(encoding="utf-8")
    assert read(files / "chi_thi.txt").text == raw
    bom = read(files / "chi_thi_bom.txt")
    assert bom.text == raw and bom.meta["bom"] == "utf-8"
    assert read(files / "chi_thi_utf16.txt").text == raw


def test_cp1258_is_decoded_and_composed(files):
    doc = read(files / "chi_thi_cp1258.txt")
    assert doc.meta == {"encoding": "windows-1258", "normalized": "NFC"}
    assert "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:" in " ".join(doc.text.split())
    assert "\r\n" in doc.text  # line breaks kept as written


def test_txt_keeps_nbsp_and_old_tone_placement(tmp_path):
    text = "Uỷ ban nhân dân\u00a0tỉnh giao Ủy ban nhân dân huyện thực hiện.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert read(tmp_path / "a.txt").text == text


def test_form_feed_starts_a_page(tmp_path):
    (tmp_path / "p.txt").write_text("Trang một.\n\fTrang hai.\n", encoding="utf-8")
    doc = read(tmp_path / "p.txt")
    assert [p.page_no for p in doc.pages] == [1, 2]
    assert doc.blocks[-1].page_no == 2


def test_html_drops_site_chrome(files):
    doc = read(files / "chi_thi.html")
    for chrome in ("Trang chủ", "Tin tức", "Văn bản mới", "Bản quyền", "console.log", "Cổng thông tin"):
        assert chrome not in doc.text
    assert doc.meta["title"] == "Chỉ thị 15/CT-UBND"
    heading = next(b for b in doc.blocks if doc.text[b.start:b.end] == "CHỈ THỊ")
    assert heading.kind is BlockKind.HEADING and heading.level == 2


def test_html_densest_block_without_article():
    page = ("<html><body><div class='menu'><a href='/'>Trang chủ</a> <a href='/a'>Giới thiệu</a></div>"
            "<div><div><p>Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan "
            "tham mưu bố trí kinh phí thực hiện.</p><p>Thời gian hoàn thành trước ngày 30/6/2025.</p></div>"
            "<div><a href='/1'>Tin liên quan một</a></div></div><div>Liên hệ: 0123</div></body></html>")
    doc = read_bytes(page.encode("utf-8"), name="trang.html")
    assert doc.text == ("Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan tham mưu "
                        "bố trí kinh phí thực hiện.\nThời gian hoàn thành trước ngày 30/6/2025.\n")


def test_html_br_and_declared_legacy_charset():
    body = "<html><head><meta charset='windows-1258'></head><body><p>Kính gửi:<br>- Sở Y tế;<br>- Sở Nội vụ.</p></body></html>"
    from tests.data.make_fixtures import to_cp1258

    doc = read_bytes(to_cp1258(body), name="cv.htm")
    assert doc.meta["encoding"] == "windows-1258"
    assert [doc.text[b.start:b.end] for b in doc.blocks] == ["Kính gửi:", "- Sở Y tế;", "- Sở Nội vụ."]


@pytest.mark.parametrize("name", ["chi_thi.docx", "chi_thi.html", "chi_thi.pdf"])
def test_tables_have_cell_offsets(files, task_table, name):
    doc = read(files / name)
    table = next(t for t in doc.tables if doc.text[t.rows[0].cells[0].start:t.rows[0].cells[0].end] == "STT")
    cells = [[doc.text[c.start:c.end] for c in r.cells] for r in table.rows]
    assert cells == task_table
    row = next(b for b in doc.blocks if doc.text[b.start:b.end].startswith("1 | Xây dựng"))
    assert row.kind is BlockKind.TABLE_ROW


def test_docx_numbering_rendered(files):
    doc = read(files / "chi_thi.docx")
    starts = [doc.text[b.start:b.end].split()[0] for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert starts == ["1.", "a)", "b)", "2.", "-", "-", "3."]
    assert doc.tables[0].rows[0].cells and "ỦY BAN NHÂN DÂN TỈNH AN BÌNH" in doc.text


def test_docx_style_numbering_and_merged_cells(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Các nhiệm vụ trọng tâm:")
    d.add_paragraph("Rà soát thủ tục hành chính.", style="List Number")
    d.add_paragraph("Số hóa hồ sơ.", style="List Number")
    d.add_paragraph("Báo cáo hằng tháng.", style="List Bullet")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Sở Nội vụ"
    t.cell(0, 1).text, t.cell(1, 1).text = "Quý I", "Quý II"
    d.save(tmp_path / "kh.docx")
    doc = read(tmp_path / "kh.docx")
    assert doc.text.splitlines() == ["Các nhiệm vụ trọng tâm:", "1. Rà soát thủ tục hành chính.", "2. Số hóa hồ sơ.",
                                     "- Báo cáo hằng tháng.", "Sở Nội vụ | Quý I", " | Quý II"]


def test_pdf_pages_boxes_and_header_columns(files):
    doc = read(files / "chi_thi.pdf")
    assert len(doc.pages) == 1 and doc.pages[0].width == pytest.approx(595.3, abs=1) and not doc.pages[0].ocr
    assert "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in doc.text
    assert all(b.bbox is not None for b in doc.blocks)
    assert "ocr" not in doc.meta


@needs_tesseract
def test_scanned_pdf_is_ocred(files):
    doc = read(files / "scan.pdf")
    assert doc.meta["ocr"] == "tesseract" and doc.pages[0].ocr
    flat = " ".join(doc.text.split())
    assert "CHỈ THỊ" in flat and "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:" in flat
    assert any(doc.text[b.start:b.end].startswith("1. Sở Khoa học") for b in doc.blocks)


def test_scan_without_tesseract_is_a_clear_error(files, monkeypatch):
    monkeypatch.setattr("ingest.ocr.shutil.which", lambda _name: None)
    with pytest.raises(ingest.NoTextLayer, match="no text layer.*tesseract-ocr-vie"):
        read(files / "scan.pdf")
    with pytest.raises(ingest.NoTextLayer, match="OCR is turned off"):
        read(files / "scan.pdf", options=ReadOptions(ocr=False))
