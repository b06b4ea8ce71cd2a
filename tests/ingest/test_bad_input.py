"""Bad input: a coded one-line error naming the file and the reason, never a traceback."""

from __future__ import annotations

import os
import random
import shutil

import pytest

import ingest
from ingest import ReadOptions, ReadStatus, read, read_bytes, read_many
from ingest.detect import detect_format, sniff

GOOD_TEXT = "Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì thực hiện.\n".encode()


def _garbage(n: int = 4000, *, nul: bool) -> bytes:
    rng = random.Random(7)
    data = bytes(rng.randrange(128 if not nul else 0, 256) for _ in range(n))
    return data if nul else data.replace(b"\x00", b"\x81")


def _check(err: ingest.IngestError, label: str) -> None:
    msg = str(err)
    assert "\n" not in msg and msg.startswith(f"[{err.code}] ") and label in msg


# (file name, bytes or a fixture file to copy, expected error class, message fragment)
# fmt: off
CASES = [
    ("rong.txt", b"", ingest.EmptyDocument, "empty"),
    ("trang.txt", b"  \n\t\n", ingest.EmptyDocument, "only whitespace"),
    ("anh.png", b"\x89PNG\r\n\x1a\n", ingest.UnsupportedFormat, "'.png'"),
    ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ingest.UnsupportedFormat, "save it as .docx"),
    ("nhi_phan.txt", _garbage(nul=True), ingest.FormatMismatch, "binary"),
    ("rac.txt", _garbage(nul=False), ingest.BinaryContent, "not text"),
    ("gia.docx", "chi_thi.pdf", ingest.FormatMismatch, "PDF"),
    ("gia.pdf", "chi_thi.docx", ingest.FormatMismatch, "DOCX"),
    ("nen.docx", b"PK\x03\x04" + b"\x00" * 60, ingest.FormatMismatch, "ZIP"),
    ("mat_khau.pdf", "encrypted.pdf", ingest.EncryptedDocument, "password"),
    ("hong.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF", ingest.CorruptDocument, "PDF"),
    ("hong.docx", "corrupt.docx", ingest.CorruptDocument, "DOCX"),
    ("rong.html", b"<html><body><nav><a href='/'>Trang chu</a></nav><script>x()</script></body></html>",
     ingest.EmptyDocument, "no body text"),
    ("bang.pdf", "chi_thi.pdf", None, None),  # control: the same bytes under their own name are fine
]
# fmt: on


@pytest.mark.parametrize(("name", "content", "error", "fragment"), CASES)
def test_bad_input(tmp_path, files, name, content, error, fragment):
    path = tmp_path / name
    if isinstance(content, str):
        shutil.copy(files / content, path)
    else:
        path.write_bytes(content)
    if error is None:
        assert read(path).text
        return
    with pytest.raises(error, match=fragment) as info:
        read(path)
    _check(info.value, str(path))
    with pytest.raises(error):
        read_bytes(path.read_bytes(), name=name)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ingest.FileMissing, match="no such file") as info:
        read(tmp_path / "khong_co.pdf")
    _check(info.value, "khong_co.pdf")
    with pytest.raises(ingest.FileMissing, match="directory"):
        read(tmp_path)


def test_too_large(tmp_path):
    path = tmp_path / "lon.txt"
    path.write_bytes(GOOD_TEXT * 100)
    with pytest.raises(ingest.FileTooLarge, match="limit of 1000"):
        read(path, options=ReadOptions(max_bytes=1000))
    with pytest.raises(ingest.FileTooLarge):
        read_bytes(path.read_bytes(), name="lon.txt", options=ReadOptions(max_bytes=1000))


def test_html_saved_as_txt_is_read_as_text(tmp_path):
    path = tmp_path / "trang.txt"
    path.write_text("<html><body><p>Giao Sở Y tế chủ trì.</p></body></html>", encoding="utf-8")
    doc = read(path)
    assert doc.format is ingest.InputFormat.TXT and doc.text.startswith("<html>")


def test_forced_format_must_agree_with_content(files):
    data = (files / "chi_thi.pdf").read_bytes()
    assert detect_format("tai_lieu", data) is ingest.InputFormat.PDF
    with pytest.raises(ingest.FormatMismatch):
        detect_format("tai_lieu.pdf", data, input_format="docx")
    assert read_bytes(data, name="upload", input_format="pdf").format is ingest.InputFormat.PDF


def test_sniff():
    assert sniff(b"%PDF-1.7\n") == "pdf"
    assert sniff("<!DOCTYPE html><html><body>Ủy ban</body></html>".encode()) == "html"
    assert sniff("Kính gửi: Sở Y tế".encode("utf-16-le")) == "txt"  # UTF-16 without a BOM
    assert sniff(b"\x00\x01\x02\x03" * 10) == "binary"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_file(tmp_path):
    path = tmp_path / "khoa.txt"
    path.write_bytes(GOOD_TEXT)
    path.chmod(0)
    with pytest.raises(ingest.DocumentLoadError, match="cannot open"):
        read(path)


def test_read_many_goes_on_past_bad_files(tmp_path, files):
    bad = tmp_path / "rac.txt"
    bad.write_bytes(_garbage(nul=True))
    paths = [files / "chi_thi.txt", tmp_path / "khong_co.txt", bad, files / "encrypted.pdf", files / "chi_thi.docx"]
    results = list(read_many(paths))
    assert [r.status for r in results] == [ReadStatus.SUCCESS, ReadStatus.FAILURE, ReadStatus.FAILURE,
                                           ReadStatus.FAILURE, ReadStatus.SUCCESS]
    assert [r.error_code for r in results] == [None, "E104", "E103", "E108", None]
    assert results[0].document is not None and results[0].ok and results[1].document is None
    assert all("\n" not in (r.error or "") for r in results)


def test_read_many_survives_an_unexpected_bug(monkeypatch, files):
    def boom(*_args, **_kwargs):
        raise RuntimeError("lỗi bất ngờ")

    monkeypatch.setattr(ingest, "read", boom)
    (result,) = read_many([files / "chi_thi.txt"])
    assert result.status is ReadStatus.FAILURE and result.error_code == "E100" and "lỗi bất ngờ" in result.error
