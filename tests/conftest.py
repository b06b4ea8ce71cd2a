"""Shared fixtures: an engine on SQLite and (when ``CHIDAO_TEST_PG`` holds a URL) on PostgreSQL,
a session, and real Vietnamese documents with their gold extractions.

``engine`` is parametrized over ``sqlite`` and ``postgres``; the PostgreSQL variant runs each
test in a fresh schema and is skipped unless ``CHIDAO_TEST_PG`` is set (``.ci/pg start`` prints one).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from ingest.document import Block, BlockKind, Document, InputFormat, Page
from nlp.types import DirectiveInfo, Extraction, Reference
from nlp.types import Task as XTask

STORE_DATA = Path(__file__).resolve().parent / "store" / "data"
PG_ENV = "CHIDAO_TEST_PG"


def load_document(name: str, *, text: str | None = None) -> Document:
    """A ``Document`` for a stored sample (``c-009``), one page per 2,000 characters, one block per line."""
    if text is None:
        text = (STORE_DATA / f"{name}.txt").read_text(encoding="utf-8")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    pages = [Page(page_no=i // 2000 + 1, start=i, end=min(i + 2000, len(text))) for i in range(0, len(text), 2000)]
    blocks, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        page = pos // 2000 + 1
        blocks.append(Block(index=n, kind=BlockKind.LINE, start=pos, end=pos + len(line), page_no=page))
        pos += len(line) + 1
    return Document(text=text, format=InputFormat.TXT, sha256=sha, name=f"{name}.txt", pages=pages, blocks=blocks)


def load_extraction(name: str, *, version: str = "gold", config_hash: str = "0" * 16) -> Extraction:
    """The gold JSON of a stored sample as an ``Extraction`` (references become ``Reference`` objects)."""
    data = json.loads((STORE_DATA / f"{name}.json").read_text(encoding="utf-8"))
    info = dict(data["directive"])
    for key in ("doc_type", "number", "issuer", "signer", "issued_on", "subject"):
        if isinstance(info.get(key), list):
            info[key] = info[key][0]
    info["references"] = [Reference(number=n) for n in info.get("references", [])]
    tasks = [XTask.model_validate(t) for t in data["tasks"]]
    targets = data.get("targets", [])
    return Extraction(directive=DirectiveInfo.model_validate(info), tasks=tasks, targets=targets,
                      extractor={"version": version, "config_hash": config_hash})


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from store.db import init_db, make_engine

    path = tmp_path_factory.mktemp("db") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    init_db(engine)
    engine.dispose()
    return path


def _pg_engine(url: str) -> Iterator[Engine]:
    from store.db import init_db, make_engine

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.execute(sql_text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in url else "?"
    engine = make_engine(f"{url}{sep}options=-csearch_path%3D{schema}")
    try:
        init_db(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(sql_text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty database: a fresh SQLite file, or a fresh PostgreSQL schema."""
    from store.db import make_engine

    if request.param == "postgres":
        url = os.environ.get(PG_ENV)
        if not url:
            pytest.skip(f"{PG_ENV} is not set (start a server with `.ci/pg start`)")
        yield from _pg_engine(url)
        return
    template = request.getfixturevalue("_sqlite_template")
    path = tmp_path / "chidao.db"
    shutil.copyfile(template, path)
    eng = make_engine(f"sqlite:///{path}")
    yield eng
    eng.dispose()


@pytest.fixture
def db_url(engine: Engine) -> str:
    """The URL of ``engine`` (for CLI tests that take ``--db``); PostgreSQL keeps its search path."""
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on ``engine``; the test commits when it needs to."""
    with Session(engine, expire_on_commit=False) as s:
        yield s


@pytest.fixture
def sample_document() -> Document:
    """Công văn 4085/UBND-ĐT of UBND TP Hồ Chí Minh (real text)."""
    return load_document("c-009")


@pytest.fixture
def sample_extraction() -> Extraction:
    """Its gold extraction: nine tasks with bodies and a deadline."""
    return load_extraction("c-009")
