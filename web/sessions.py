"""Server-side login sessions referenced by a signed cookie, and CSRF tokens.

The cookie carries only a random session id signed with the application's secret key
(``itsdangerous``); the user id, the CSRF token and the expiry live in the server-side
store. Anonymous sessions (before login) exist too, so the login form has a CSRF token.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field

from itsdangerous import BadSignature, URLSafeSerializer

COOKIE_NAME = "chidao_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


@dataclass
class WebSession:
    """One browser session: who is logged in (or nobody) and its CSRF token."""

    sid: str
    csrf: str
    user_id: int | None = None
    expires: float = 0.0
    flash: list[str] = field(default_factory=list)


class SessionStore:
    """An in-process, thread-safe session store with a sliding expiry.

    Args:
        ttl_s: seconds of inactivity after which a session is dropped.
        max_sessions: the oldest sessions are dropped beyond this many.
    """

    def __init__(self, *, ttl_s: float = 8 * 3600, max_sessions: int = 10_000) -> None:
        self._ttl = ttl_s
        self._max = max_sessions
        self._data: dict[str, WebSession] = {}
        self._lock = threading.Lock()

    def new(self, *, user_id: int | None = None) -> WebSession:
        """Create a session with fresh id and CSRF token."""
        s = WebSession(sid=secrets.token_urlsafe(32), csrf=secrets.token_urlsafe(32), user_id=user_id,
                       expires=time.monotonic() + self._ttl)
        with self._lock:
            if len(self._data) >= self._max:
                self._purge_locked(force=True)
            self._data[s.sid] = s
        return s

    def get(self, sid: str) -> WebSession | None:
        """The live session ``sid`` (its expiry pushed forward), or ``None``."""
        now = time.monotonic()
        with self._lock:
            s = self._data.get(sid)
            if s is None:
                return None
            if s.expires < now:
                del self._data[sid]
                return None
            s.expires = now + self._ttl
            return s

    def drop(self, sid: str) -> None:
        """Forget a session (logout)."""
        with self._lock:
            self._data.pop(sid, None)

    def drop_user(self, user_id: int) -> None:
        """Forget every session of one user (disabled account, changed role)."""
        with self._lock:
            for sid in [k for k, v in self._data.items() if v.user_id == user_id]:
                del self._data[sid]

    def _purge_locked(self, *, force: bool) -> None:
        now = time.monotonic()
        for sid in [k for k, v in self._data.items() if v.expires < now]:
            del self._data[sid]
        if force and len(self._data) >= self._max:
            oldest = sorted(self._data.values(), key=lambda v: v.expires)[: len(self._data) // 10 + 1]
            for s in oldest:
                del self._data[s.sid]


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
    return hmac.compare_digest(session.csrf.encode(), token.encode())
