"""Server-side login sessions referenced by a signed cookie, and CSRF tokens.

The cookie carries only a random token signed with the application's secret key
(``itsdangerous``). The database row (``models.tables.WebSession``) is keyed by the token's
SHA-256 and holds the user id, the CSRF token, pending flash messages and the expiry, so
sessions survive a restart and are shared by several worker processes. Anonymous sessions
(before login) exist too, so the login form has a CSRF token; they are stored only once a
page has used their CSRF token or a flash message.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from datetime import UTC, datetime, timedelta

from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import Session

from models.tables import WebSession as SessionRow

COOKIE_NAME = "chidao_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    """``value`` in UTC (a naive value read back from a database is taken as UTC)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def token_hash(sid: str) -> str:
    """The primary key of a session row: the SHA-256 of the cookie's token (hex)."""
    return hashlib.sha256(sid.encode("utf-8")).hexdigest()


class WebSession:
    """One browser session: who is logged in (or nobody), its CSRF token and pending flash messages.

    Attributes:
        sid: the random token carried by the cookie (never stored in clear).
        user_id: the logged-in user, or ``None``.
        flash: messages shown once on the next rendered page.
        stored: whether a database row exists for this session.
        needed: whether the session must be stored (its CSRF token was handed out, or a user logged in).
    """

    def __init__(self, *, sid: str, csrf: str, user_id: int | None = None, flash: list[str] | None = None,
                 stored: bool = False, last_seen: datetime | None = None) -> None:
        self.sid = sid
        self._csrf = csrf
        self.user_id = user_id
        self.flash: list[str] = list(flash or [])
        self.stored = stored
        self.needed = user_id is not None
        self.last_seen = last_seen
        self._flash_seen = list(self.flash)

    @property
    def csrf(self) -> str:
        """The CSRF token; reading it means a form or client holds it, so the session is kept."""
        self.needed = True
        return self._csrf

    def check_csrf(self, token: str) -> bool:
        """Whether ``token`` is this session's CSRF token (constant-time comparison)."""
        return hmac.compare_digest(self._csrf.encode(), token.encode())

    @property
    def flash_changed(self) -> bool:
        return self.flash != self._flash_seen


class SessionStore:
    """Sessions in the database with a sliding expiry.

    Args:
        engine: the application's engine (the ``websession`` table must exist).
        ttl_s: seconds of inactivity after which a logged-in session expires.
        anonymous_ttl_s: the same for sessions nobody logged into.
        touch_every_s: the expiry is pushed forward at most this often (one write per interval, not per request).
        purge_every_s: expired rows are deleted at most this often, when a session is created.
    """

    def __init__(self, engine: Engine, *, ttl_s: float = 8 * 3600, anonymous_ttl_s: float = 2 * 3600,
                 touch_every_s: float = 60.0, purge_every_s: float = 600.0) -> None:
        self._engine = engine
        self._ttl = timedelta(seconds=ttl_s)
        self._anon_ttl = timedelta(seconds=anonymous_ttl_s)
        self._touch = timedelta(seconds=touch_every_s)
        self._purge_every = purge_every_s
        self._last_purge = 0.0
        self._lock = threading.Lock()

    def _expiry(self, ws: WebSession, now: datetime) -> datetime:
        return now + (self._ttl if ws.user_id is not None else self._anon_ttl)

    def new(self, *, user_id: int | None = None) -> WebSession:
        """A session with a fresh token and CSRF token (stored by :meth:`save` when needed)."""
        return WebSession(sid=secrets.token_urlsafe(32), csrf=secrets.token_urlsafe(32), user_id=user_id)

    def get(self, sid: str) -> WebSession | None:
        """The live session whose cookie token is ``sid``, or ``None`` (unknown or expired; expired rows are deleted)."""
        key = token_hash(sid)
        with Session(self._engine) as s:
            row = s.get(SessionRow, key)
            if row is None:
                return None
            if _aware(row.expires_at) <= _now():
                s.delete(row)
                s.commit()
                return None
            ws = WebSession(sid=sid, csrf=row.csrf, user_id=row.user_id, flash=list(row.flash), stored=True,
                            last_seen=_aware(row.last_seen))
        ws.needed = True
        return ws

    def save(self, ws: WebSession) -> bool:
        """Store a new session that is needed, or push a stored one's expiry forward and keep its flash messages.

        Returns:
            Whether a row was written.
        """
        now = _now()
        if not ws.stored:
            if not (ws.needed or ws.flash):
                return False
            with Session(self._engine) as s:
                s.add(SessionRow(id=token_hash(ws.sid), user_id=ws.user_id, csrf=ws._csrf, flash=list(ws.flash),
                                 created_at=now, last_seen=now, expires_at=self._expiry(ws, now)))
                s.commit()
            ws.stored, ws.last_seen = True, now
            self._maybe_purge()
            return True
        stale = ws.last_seen is None or now - ws.last_seen >= self._touch
        if not (stale or ws.flash_changed):
            return False
        with Session(self._engine) as s:
            row = s.get(SessionRow, token_hash(ws.sid))
            if row is None:  # dropped meanwhile (logout elsewhere, account disabled)
                return False
            row.flash = list(ws.flash)
            if stale:
                row.last_seen, row.expires_at = now, self._expiry(ws, now)
            s.add(row)
            s.commit()
        ws.last_seen = now if stale else ws.last_seen
        return True

    def drop(self, sid: str) -> None:
        """Delete a session (logout)."""
        with Session(self._engine) as s:
            s.exec(delete(SessionRow).where(SessionRow.id == token_hash(sid)))  # type: ignore[call-overload]
            s.commit()

    def drop_user(self, user_id: int) -> int:
        """Delete every session of one user (disabled account, changed role); returns how many."""
        with Session(self._engine) as s:
            n = s.exec(delete(SessionRow).where(SessionRow.user_id == user_id)).rowcount  # type: ignore[call-overload]
            s.commit()
        return int(n or 0)

    def purge(self, *, now: datetime | None = None) -> int:
        """Delete every expired session; returns how many."""
        with Session(self._engine) as s:
            n = s.exec(delete(SessionRow).where(SessionRow.expires_at <= (now or _now()))).rowcount  # type: ignore[call-overload]
            s.commit()
        return int(n or 0)

    def _maybe_purge(self) -> None:
        with self._lock:
            if time.monotonic() - self._last_purge < self._purge_every:
                return
            self._last_purge = time.monotonic()
        self.purge()


class CookieSigner:
    """Signs and checks the session id carried by the cookie."""

    def __init__(self, secret_key: str) -> None:
        if not secret_key or len(secret_key) < 16:
            raise ValueError("secret_key must have at least 16 characters; set CHIDAO_SECRET_KEY")
        self._s = URLSafeSerializer(secret_key, salt="chidao-session")

    def dumps(self, sid: str) -> str:
        return self._s.dumps(sid)

    def loads(self, value: str | None) -> str | None:
        if not value:
            return None
        try:
            sid = self._s.loads(value)
        except BadSignature:
            return None
        return sid if isinstance(sid, str) else None


def csrf_ok(session: WebSession | None, token: str | None) -> bool:
    """Whether ``token`` is the session's CSRF token (constant-time comparison)."""
    if session is None or not token:
        return False
    return session.check_csrf(token)


class LoginThrottle:
    """Slows down password guessing: after ``limit`` failures for a name, refuse it for ``lock_s`` seconds."""

    def __init__(self, *, limit: int = 5, lock_s: float = 60.0) -> None:
        self._limit, self._lock_s = limit, lock_s
        self._fails: dict[str, tuple[int, float]] = {}
        self._mutex = threading.Lock()

    def blocked(self, name: str) -> bool:
        """Whether logins for ``name`` are refused right now."""
        with self._mutex:
            count, until = self._fails.get(name.strip().lower(), (0, 0.0))
            return count >= self._limit and time.monotonic() < until

    def failed(self, name: str) -> None:
        """Record a failed login for ``name``."""
        key = name.strip().lower()
        with self._mutex:
            count, _ = self._fails.get(key, (0, 0.0))
            self._fails[key] = (count + 1, time.monotonic() + self._lock_s)
            if len(self._fails) > 10_000:
                self._fails.clear()

    def succeeded(self, name: str) -> None:
        """Forget the failures of ``name``."""
        with self._mutex:
            self._fails.pop(name.strip().lower(), None)
