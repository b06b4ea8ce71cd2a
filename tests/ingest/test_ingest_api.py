"""The public façade of ``ingest`` is pinned, and importing it loads no heavy parser."""

from __future__ import annotations

import subprocess
import sys

import ingest

EXPECTED = {
    "BinaryContent", "Block", "BlockKind", "Cell", "CorruptDocument", "Document", "DocumentLoadError",
    "EmptyDocument", "EncryptedDocument", "FileMissing", "FileTooLarge", "FormatMismatch", "IngestError",
    "InputFormat", "NoTextLayer", "Page", "ReadOptions", "ReadResult", "ReadStatus", "Table", "TableRow",
    "UnsupportedFormat", "detect_format", "read", "read_bytes", "read_many",
}


def test_exported_members():
    assert set(ingest.__all__) == EXPECTED
    assert all(hasattr(ingest, name) for name in ingest.__all__)


def test_error_codes_are_distinct_and_coded():
    codes = [getattr(ingest, n).code for n in EXPECTED if n.endswith(("Error", "Format", "Mismatch", "Missing",
                                                                     "Document", "Large", "Content", "Layer"))
             and isinstance(getattr(ingest, n), type) and issubclass(getattr(ingest, n), ingest.IngestError)]
    assert len(codes) == len(set(codes)) >= 10 and all(c.startswith("E1") for c in codes)


def test_import_is_light():
    code = "import sys, ingest; print(sorted(m for m in ('pdfplumber', 'docx', 'bs4', 'pytesseract', 'charset_normalizer') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.strip() == "[]"
