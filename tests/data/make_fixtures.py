"""Rebuild the ingest test fixtures in tests/data/files/ and the app samples in samples/.

Run from the repository root: ``python tests/data/make_fixtures.py``. Needs the dev extras
``fpdf2`` and ``pypdf`` and the DejaVu fonts (``apt-get install fonts-dejavu-core``).

One synthetic directive (:data:`DIRECTIVE`) is written as TXT (four encodings), HTML, DOCX and
PDF, so tests can check that every reader yields the same key lines; a scanned PDF (an image
of text), an encrypted PDF and a damaged DOCX cover the bad-input paths.
"""

from __future__ import annotations

import io
import random
import sys
import textwrap
import unicodedata
import zipfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "files"
FIXED_DATE = datetime(2025, 2, 5, 8, 0, tzinfo=UTC)  # fixtures rebuild byte-identical where possible
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

# fmt: off
HEADER = [
    ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
    ("Số: 15/CT-UBND", "An Bình, ngày 05 tháng 02 năm 2025"),
]
# (kind, marker, text): kind is title | para | num | alpha | dash | sign
DIRECTIVE: list[tuple[str, str, str]] = [
    ("title", "", "CHỈ THỊ"),
    ("para", "", "Về việc tăng cường công tác chuyển đổi số trong cơ quan nhà nước năm 2025"),
    ("para", "", "Thời gian qua, công tác chuyển đổi số trên địa bàn tỉnh đã đạt được nhiều kết quả quan trọng, "
                 "tuy nhiên vẫn còn một số tồn tại, hạn chế cần khắc phục. Để thực hiện hiệu quả các mục tiêu đã "
                 "đề ra, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:"),
    ("num", "1.", "Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành rà soát, hoàn thiện hạ "
                  "tầng số dùng chung của tỉnh; hoàn thành trước ngày 30 tháng 6 năm 2025."),
    ("alpha", "a)", "Bảo đảm 100% cơ quan nhà nước cấp tỉnh kết nối mạng truyền số liệu chuyên dùng."),
    ("alpha", "b)", "Phối hợp với Công an tỉnh triển khai các giải pháp bảo đảm an toàn thông tin mạng."),
    ("num", "2.", "Các sở, ban, ngành và Ủy ban nhân dân cấp huyện thực hiện các nội dung sau:"),
    ("dash", "-", "Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, phấn đấu tỷ lệ hồ sơ trực tuyến "
                  "đạt tối thiểu 80%."),
    ("dash", "-", "Báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 15 hằng tháng."),
    ("num", "3.", "Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này."),
    ("table", "", ""),
    ("para", "", "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện "
                 "Chỉ thị này./."),
    ("sign", "", "KT. CHỦ TỊCH"),
    ("sign", "", "PHÓ CHỦ TỊCH"),
    ("sign", "", "Nguyễn Văn An"),
]
TABLE = [
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
    ["1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "Quý III/2025"],
    ["2", "Số hóa hồ sơ thủ tục hành chính", "Sở Nội vụ", "31/12/2025"],
]
# fmt: on


def key_lines() -> list[str]:
    """The lines every reader must produce, whitespace-squashed (the header table aside)."""
    out = [f"{m} {t}".strip() for kind, m, t in DIRECTIVE if kind != "table"]
    out += [" | ".join(r) for r in TABLE]
    return out


def plain_lines(width: int = 72) -> list[str]:
    """The directive as a hard-wrapped plain text, the way the corpus stores directives."""
    lines = [" | ".join(c.replace("\n", " ") for c in row) for row in HEADER]
    lines.append("")
    for kind, m, t in DIRECTIVE:
        if kind == "table":
            lines += ["", *(" | ".join(r) for r in TABLE), ""]
            continue
        lines += textwrap.wrap(f"{m} {t}".strip(), width=width, break_long_words=False)
        if kind in ("title", "sign") or t.startswith("Về việc"):
            lines.append("")
    return lines


def to_cp1258(text: str) -> bytes:
    """Encode NFC text in Windows-1258: base letters precomposed, tone marks combining."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        tone = "".join(c for c in d if c in tones)
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            out.append((base + tone).encode("cp1258"))
    return b"".join(out)


def write_txt() -> None:
    text = "\n".join(plain_lines()) + "\n"
    (OUT / "chi_thi.txt").write_text(text, encoding="utf-8")
    (OUT / "chi_thi_bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (OUT / "chi_thi_utf16.txt").write_bytes(text.encode("utf-16"))
    (OUT / "chi_thi_cp1258.txt").write_bytes(to_cp1258(text.replace("\n", "\r\n")))


def write_html() -> None:
    parts = ["<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Chỉ thị 15/CT-UBND</title>",
             "<script>var menu = 'Trang chủ';</script><style>p{margin:0}</style></head><body>",
             "<header class='site-header'><a href='/'>Cổng thông tin điện tử tỉnh</a></header>",
             "<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/vb'>Văn bản</a></li></ul></nav>",
             "<div class='main-menu'><a href='/tt'>Tin tức</a> <a href='/lh'>Liên hệ</a></div>",
             "<div id='wrapper'><article class='van-ban'><table class='header'>"]
    parts += [f"<tr><td>{a.replace(chr(10), '<br>')}</td><td>{b.replace(chr(10), '<br>')}</td></tr>" for a, b in HEADER]
    parts.append("</table>")
    open_list: list[str] = []

    def close_to(depth: int) -> None:
        while len(open_list) > depth:
            parts.append(f"</li></{open_list.pop()}>")

    for kind, _m, t in DIRECTIVE:
        if kind == "num":
            close_to(1)
            if not open_list:
                parts.append("<ol>")
                open_list.append("ol")
            else:
                parts.append("</li>")
            parts.append(f"<li>{t}")
        elif kind in ("alpha", "dash"):
            if len(open_list) == 1:
                parts.append("<ol type='a'>" if kind == "alpha" else "<ul>")
                open_list.append("ol" if kind == "alpha" else "ul")
            else:
                parts.append("</li>")
            parts.append(f"<li>{t}")
        else:
            close_to(0)
            if kind == "table":
                parts.append("<table border='1'><thead><tr>" + "".join(f"<th>{c}</th>" for c in TABLE[0]) + "</tr></thead>")
                parts += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in TABLE[1:]]
                parts.append("</table>")
            elif kind == "title":
                parts.append(f"<h2>{t}</h2>")
            else:
                parts.append(f"<p>{t}</p>")
    close_to(0)
    parts += ["</article><aside class='sidebar'><h3>Văn bản mới</h3><ul><li><a href='/1'>Quyết định 1</a></li></ul></aside></div>",
              "<footer>Bản quyền thuộc Ủy ban nhân dân tỉnh An Bình. Địa chỉ: 01 đường Trần Phú.</footer>",
              "<script>console.log('x')</script></body></html>"]
    (OUT / "chi_thi.html").write_text("\n".join(parts), encoding="utf-8")


def _add_numbering(document) -> tuple[str, str]:  # noqa: ANN001 - python-docx Document
    """Add two list definitions to the numbering part: ``1.``/``a)`` and ``-``; return their numIds."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lvl = '<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/></w:lvl>'
    numbering.insert(0, parse_xml(f'<w:abstractNum {ns} w:abstractNumId="90">'
                                  + lvl.format(i=0, f="decimal", t="%1.") + lvl.format(i=1, f="lowerLetter", t="%2)")
                                  + "</w:abstractNum>"))
    numbering.insert(1, parse_xml(f'<w:abstractNum {ns} w:abstractNumId="91">'
                                  + lvl.format(i=0, f="bullet", t="-") + "</w:abstractNum>"))
    numbering.append(parse_xml(f'<w:num {ns} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {ns} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    return "90", "91"


def _number(paragraph, num_id: str, ilvl: int) -> None:  # noqa: ANN001
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {ns}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def write_docx(path: Path, *, header=HEADER, body=DIRECTIVE, table=TABLE, title: str = "") -> None:  # noqa: ANN001
    import docx

    document = docx.Document()
    t = document.add_table(rows=0, cols=2)
    for a, b in header:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
    num_id, dash_id = _add_numbering(document)
    for kind, _m, text in body:
        if kind == "table":
            tbl = document.add_table(rows=0, cols=len(table[0]))
            tbl.style = "Table Grid"
            for row in table:
                cells = tbl.add_row().cells
                for c, v in zip(cells, row, strict=True):
                    c.text = v
        elif kind == "title":
            document.add_heading(text, level=1)
        else:
            p = document.add_paragraph(text)
            if kind in ("num", "alpha"):
                _number(p, num_id, 0 if kind == "num" else 1)
            elif kind == "dash":
                _number(p, dash_id, 0)
    document.core_properties.title = title
    for attr in ("created", "modified", "last_printed"):
        setattr(document.core_properties, attr, FIXED_DATE)
    document.save(path)


def write_pdf(path: Path, *, header=HEADER, body=DIRECTIVE, table=TABLE) -> None:  # noqa: ANN001
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_compression(True)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_margins(20, 15, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for a, b in header:
        la, lb = a.split("\n"), b.split("\n")
        for i in range(max(len(la), len(lb))):
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(70, 6, la[i] if i < len(la) else "", align="C")
            pdf.set_xy(95, y)
            pdf.cell(100, 6, lb[i] if i < len(lb) else "", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for kind, m, text in body:
        if kind == "table":
            with pdf.table(col_widths=(12, 70, 50, 30), text_align="LEFT") as tbl:
                for row in table:
                    r = tbl.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
            continue
        line = f"{m} {text}".strip()
        if kind in ("title", "sign"):
            pdf.set_font("DejaVu", "B" if kind == "title" else "", 12)
            pdf.multi_cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", size=11)
        else:
            pdf.multi_cell(0, 6, line, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(str(path))


def write_scan(path: Path) -> None:
    """A one-page PDF that is only an image of text (no text layer), for the OCR path."""
    from PIL import Image, ImageDraw, ImageFont

    dpi = 200
    img = Image.new("L", (int(8.27 * dpi), int(4.0 * dpi)), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 30)
    y = 60
    for kind, m, t in DIRECTIVE[:4]:
        for ln in textwrap.wrap(f"{m} {t}".strip(), width=70):
            draw.text((110, y), ln, font=font, fill=0)
            y += 46
        y += 20 if kind != "title" else 10
    img = img.point(lambda v: 255 if v > 160 else 0).convert("1")
    img.save(path, "PDF", resolution=dpi)


def write_encrypted(path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(OUT / "chi_thi.pdf").pages:
        writer.add_page(page)
    writer.encrypt(user_password="matkhau", owner_password="chu-so-huu", algorithm="AES-128")
    with path.open("wb") as fh:
        writer.write(fh)


def write_corrupt_docx(path: Path) -> None:
    """A ZIP that names itself a Word document but whose body XML is cut off."""
    buf = io.BytesIO()
    with zipfile.ZipFile(OUT / "chi_thi.docx") as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    path.write_bytes(buf.getvalue())


def samples() -> None:
    """Real-looking DOCX and PDF samples for the app, from two dev texts (as logical blocks)."""
    sys.path.insert(0, str(ROOT))
    from ingest import read

    shared = ROOT.parent / "shared" / "gold" / "dev"
    for stem, writer, suffix in (("c-009", write_docx, ".docx"), ("c-094", write_pdf, ".pdf")):
        doc = read(shared / f"{stem}.txt")
        body = []
        for b in doc.blocks:
            if b.kind.value in ("line", "table_row"):
                continue
            body.append(("title" if b.kind.value == "heading" else "para", "", " ".join(doc.text[b.start:b.end].split())))
        writer(ROOT / "samples" / f"{stem}{suffix}", header=[], body=body, table=[])


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    random.seed(42)
    write_txt()
    write_html()
    write_docx(OUT / "chi_thi.docx", title="Chỉ thị 15/CT-UBND")
    write_pdf(OUT / "chi_thi.pdf")
    write_scan(OUT / "scan.pdf")
    write_encrypted(OUT / "encrypted.pdf")
    write_corrupt_docx(OUT / "corrupt.docx")
    samples()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
