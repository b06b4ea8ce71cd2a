"""Fixtures of the web tests: an app on in-memory SQLite, users of every role, a fake extractor
built from real gold data (``tests/store/data``), and logged-in clients."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

import models  # noqa: F401 - registers every table
from ingest.document import Document, InputFormat, Page
from nlp.types import DirectiveInfo, Extraction, Reference
from nlp.types import Task as XTask
from store.users import create_user
from web.app import create_app

DATA = Path(__file__).resolve().parents[1] / "store" / "data"
PASSWORD = "mật-khẩu-đủ-dài"
ROLES = ("clerk", "manager", "auditor", "admin")


def gold_names() -> list[str]:
    return sorted(p.stem for p in DATA.glob("*.json"))


def gold_bytes(name: str) -> bytes:
    return (DATA / f"{name}.txt").read_bytes()


def _document(data: bytes, name: str) -> Document:
    text = data.decode("utf-8")
    pages = [Page(page_no=i // 2000 + 1, start=i, end=min(i + 2000, len(text))) for i in range(0, len(text), 2000)]
    return Document(text=text, format=InputFormat.TXT, sha256=hashlib.sha256(data).hexdigest(), name=name, pages=pages)


def _find(text: str, needle: str | None, start: int, end: int) -> list[int] | None:
    """The span of ``needle`` inside ``text[start:end]`` (as an extractor would report it)."""
    if not needle:
        return None
    pos = text.find(needle, start, end)
    return [pos, pos + len(needle)] if pos >= 0 else None


def _gold(name: str) -> Extraction:
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    info = {k: (v[0] if isinstance(v, list) and k != "references" and k != "indices" else v)
            for k, v in data["directive"].items()}
    info["references"] = [Reference(number=n) for n in info.get("references", [])]
    tasks = []
    for i, t in enumerate(data["tasks"]):
        t = dict(t)
        t["confidence"] = 0.95 if i % 2 == 0 else 0.6
        s, e = t["span"]
        t["bodies"] = [b | {"span": _find(text, b["name"], s, e)} for b in t["bodies"]]
        if t.get("deadline"):
            t["deadline"] = t["deadline"] | {"span": _find(text, t["deadline"].get("quote"), s, e)}
        tasks.append(XTask.model_validate(t))
    return Extraction(directive=DirectiveInfo.model_validate(info), tasks=tasks, targets=data.get("targets", []))


def fake_extractor(data: bytes, name: str) -> tuple[Document, Extraction]:
    """Gold output for a known gold text; a real ``ValueError`` for anything else that is not UTF-8 text."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"{name}: không phải văn bản UTF-8") from e
    for gold in gold_names():
        if gold_bytes(gold) == data:
            return _document(data, name), _gold(gold)
    number = re.search(r"Số:\s*(\S+)", text)
    info = DirectiveInfo(doc_type="cong_van", number=number.group(1) if number else None, subject=text[:60])
    return _document(data, name), Extraction(directive=info)


class Settings:
    """What ``create_app`` reads from the settings."""

    def __init__(self, evidence_dir: Path) -> None:
        self.db = "sqlite://"
        self.secret_key = "k" * 32
        self.evidence_dir = evidence_dir
        self.files_dir = evidence_dir.parent / "files"
        self.max_upload_mb = 2


@pytest.fixture
def web_engine() -> Iterator[Engine]:
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        for role in ROLES:
            create_user(session=s, name=role, role=role, password=PASSWORD)
        s.commit()
    yield engine
    engine.dispose()


@pytest.fixture
def app(web_engine: Engine, tmp_path: Path) -> FastAPI:
    return create_app(Settings(tmp_path / "evidence"), engine=web_engine, extractor=fake_extractor)


def csrf_of(client: TestClient) -> str:
    return client.get("/api/me").json()["csrf_token"]


def login(client: TestClient, name: str, password: str = PASSWORD) -> TestClient:
    r = client.post("/api/login", json={"name": name, "password": password})
    assert r.status_code == 200, r.text
    client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return client


@pytest.fixture
def client_for(app: FastAPI) -> Callable[[str | None], TestClient]:
    """``client_for("manager")``: a client logged in with that role (``None``: anonymous)."""
    made: list[TestClient] = []

    def make(role: str | None) -> TestClient:
        c = TestClient(app, follow_redirects=False)
        made.append(c)
        return login(c, role) if role else c

    return make


@pytest.fixture
def loaded(client_for: Callable[[str | None], TestClient]) -> dict[str, Any]:
    """c-003, c-009 and c-010 uploaded by a clerk; returns their upload results."""
    clerk = client_for("clerk")
    files = [("files", (f"{n}.txt", gold_bytes(n), "text/plain")) for n in ("c-003", "c-009", "c-010")]
    r = clerk.post("/api/upload", files=files)
    assert r.status_code == 200, r.text
    return {res["name"]: res for res in r.json()}
