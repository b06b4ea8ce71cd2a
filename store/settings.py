"""Settings read from the environment (prefix ``CHIDAO_``), created at the edges (cli, web).

Never instantiate at module level: ``Settings()`` is called by ``cli`` and ``web.create_app``.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def data_dir() -> Path:
    """The per-user data directory: ``$XDG_DATA_HOME/chidao`` or ``~/.local/share/chidao``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "chidao"


def default_db_url() -> str:
    """``sqlite:///`` + ``chidao.db`` in the user data directory (the directory is made on connect)."""
    return f"sqlite:///{data_dir() / 'chidao.db'}"


class Settings(BaseSettings):
    """Configuration of a chidao installation.

    Attributes:
        db: SQLAlchemy URL (``sqlite:///path`` or ``postgresql+psycopg://user@host:port/db``).
        evidence_dir: where progress evidence files are stored, by content hash.
        files_dir: where the original files received are kept, by content hash (PDF page images).
        secret_key: signs web session cookies; set ``CHIDAO_SECRET_KEY`` in production
            (the default is random per process, so sessions do not survive a restart).
        max_upload_mb: the largest file accepted by the web upload.
        extractor_config: optional path of an extractor configuration file.
    """

    model_config = SettingsConfigDict(env_prefix="CHIDAO_", extra="ignore")

    db: str = Field(default_factory=default_db_url, description="SQLAlchemy database URL")
    evidence_dir: Path = Field(default_factory=lambda: data_dir() / "evidence")
    files_dir: Path = Field(default_factory=lambda: data_dir() / "files")
    secret_key: str = Field(default_factory=lambda: secrets.token_hex(32), min_length=16)
    max_upload_mb: int = Field(default=50, ge=1, le=1024)
    extractor_config: Path | None = None

    @field_validator("db")
    @classmethod
    def _known_engine(cls, v: str) -> str:
        if not v.startswith(("sqlite:", "postgresql")):
            raise ValueError(f"CHIDAO_DB={v!r}: expected a sqlite:/// or postgresql+psycopg:// URL")
        if v.startswith("postgresql://"):
            v = "postgresql+psycopg://" + v[len("postgresql://"):]
        return v
