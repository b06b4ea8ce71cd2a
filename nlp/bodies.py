"""Find mentions of Vietnamese public bodies in a text span, driven by ``patterns/bodies.yaml``.

``find_bodies(text, start, end)`` returns :class:`BodyMention` objects whose ``[start, end)``
are offsets into ``text`` (a leading title such as "Chủ tịch" is left out of the span). Matching
is case-insensitive, ignores tone placement ("Uỷ"/"Ủy") and decomposed Unicode, and runs over
hard line wraps ("Ủy ban\\nnhân dân"). ``canonical_key`` and ``level_of`` serve the body registry.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp.text import fold, squash

PATTERNS = Path(__file__).parent / "patterns"
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_TOKEN = re.compile(r"[\w\u0300-\u036f]+(?:[&-][\w\u0300-\u036f]+)*|[^\w\s\u0300-\u036f]")
_DASHES = {"-", "–", "—"}
_VA, _CAC = "va", "cac"
_OFFICE_HEADS = {"văn phong", "bô phân"}  # their name may be a body: "Văn phòng Sở Y tế"


@dataclass(frozen=True)
class BodyMention:
    """One body named in the text: ``text[start:end]`` is the mention without a leading title."""

    start: int
    end: int
    name: str
    head: str
    level: str | None
    collective: bool


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its offsets and its matching key."""

    start: int
    end: int
    key: str
    cap: bool
    word: bool
    tkey: str = ""  # lower case, tone kept but its placement normalised ("uỷ" == "ủy" != "uy")


def tone_fold(s: str) -> str:
    """Lower-case and drop tone marks, keeping vowel marks: "Uỷ"/"Ủy" → "uy", "Sở" → "sơ"."""
    nfd = unicodedata.normalize("NFD", s.lower())
    return unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))


def tone_key(s: str) -> str:
    """Lower-case with the tone mark moved to the end: "Uỷ"/"Ủy" → same key, "Bản" ≠ "Ban"."""
    nfd = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in nfd if c not in _TONES) + "".join(c for c in nfd if c in _TONES)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into words (``TN&MT`` and ``LĐ-TB&XH`` stay whole) and marks."""
    out = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s = m.group()
        out.append(Token(m.start(), m.end(), tone_fold(s), s[0].isupper(), s[0].isalnum(), tone_key(s)))
    return out


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(t.tkey for t in tokenize(phrase))


class _Phrases:
    """Multi-word phrases indexed by first key; ``match`` returns the longest at a position."""

    def __init__(self, items: list[tuple[str, Any]]):
        self.by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, value in items:
            keys = _keys(phrase)
            if keys:
                self.by_first.setdefault(keys[0], []).append((keys, value))
        for lst in self.by_first.values():
            lst.sort(key=lambda kv: -len(kv[0]))

    def matches(self, toks: list[Token], i: int) -> list[tuple[int, Any]]:
        """Every phrase that matches at ``i``, longest first."""
        if i >= len(toks):
            return []
        return [(len(keys), value) for keys, value in self.by_first.get(toks[i].tkey, ())
                if i + len(keys) <= len(toks) and all(toks[i + k].tkey == keys[k] for k in range(len(keys)))]

    def match(self, toks: list[Token], i: int) -> tuple[int, Any] | None:
        if i >= len(toks):
            return None
        for keys, value in self.by_first.get(toks[i].tkey, ()):
            n = len(keys)
            if i + n <= len(toks) and all(toks[i + k].tkey == keys[k] for k in range(n)):
                return n, value
        return None


@dataclass
class Lexicon:
    """The gazetteer of ``bodies.yaml`` compiled into phrase matchers."""

    titles: _Phrases
    quantifiers: _Phrases
    committee: _Phrases
    named: _Phrases
    known: _Phrases
    not_names: frozenset[str]
    units: _Phrases
    unit_prefixes: _Phrases
    generic: _Phrases
    collectives: _Phrases
    qualifiers: _Phrases
    stops: _Phrases
    breakers: _Phrases
    abbreviations: dict[str, str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile ``patterns/bodies.yaml`` and the abbreviations of the registry seed."""
    import yaml

    d = yaml.safe_load((PATTERNS / "bodies.yaml").read_text(encoding="utf-8"))
    reg = yaml.safe_load((PATTERNS / "registry_seed.yaml").read_text(encoding="utf-8"))

    def p(items: list[Any], value: Any = True) -> _Phrases:
        return _Phrases([(x, value) for x in items])

    return Lexicon(
        titles=p(d["titles"]),
        quantifiers=p(d["quantifiers"]),
        committee=_Phrases([(h["head"], h) for h in d["committee_heads"]]),
        named=_Phrases([(h["head"], h) for h in d["named_heads"]]),
        known=p(d["known_names"]),
        not_names=frozenset(_keys(x)[0] for x in d["not_names"]),
        units=p(d["units"]),
        unit_prefixes=p(d["unit_prefixes"]),
        generic=_Phrases([(x, True) for x in d["generic_heads"]] + [(x, "list_only") for x in d["list_only_heads"]]),
        collectives=p(d["collectives"]),
        qualifiers=p(d["qualifiers"]),
        stops=p(d["stop_words"]),
        breakers=p(d.get("name_breakers", [])),
        abbreviations={tone_fold(k): v for k, v in (reg.get("abbreviations") or {}).items()},
    )


_LOCALITY_HEADS = _Phrases([(u, u) for u in ("tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường")])


class _Scanner:
    """Greedy left-to-right matcher over the tokens of one span."""

    def __init__(self, text: str, toks: list[Token], loose: bool):
        self.text, self.t, self.lx, self.loose = text, toks, lexicon(), loose

    def _proper(self, i: int) -> int:
        """Consume a capitalised proper name ("Đắk Lắk", "Bà Rịa - Vũng Tàu", "Cồn Cỏ")."""
        t, j = self.t, i
        while j < len(t):
            if t[j].word and t[j].cap and not self.lx.named.match(t, j) and not self.lx.committee.match(t, j):
                j += 1
            elif t[j].key in _DASHES and j > i and j + 1 < len(t) and t[j + 1].cap and t[j + 1].word:
                j += 1
            else:
                break
        return j

    def _locality(self, i: int) -> int:
        """Consume "tỉnh X", "các xã, phường, thị trấn", "cấp tỉnh, cấp xã", "Thành phố"."""
        t, lx, j = self.t, self.lx, i
        q = lx.quantifiers.match(t, j)
        if q:
            j += q[0]
        found = False
        while True:
            k = j
            pre = lx.unit_prefixes.match(t, k)
            k += pre[0] if pre else 0
            u = lx.units.match(t, k)
            if not u:
                if pre and pre[0] == 2:  # "các cấp"
                    j, found = k, True
                break
            j, found = k + u[0], True
            if j + 1 < len(t) and t[j].key in (",", _VA):
                k2 = j + 1
                pre2 = lx.unit_prefixes.match(t, k2)
                if (q or pre or not t[k2].cap) and lx.units.match(t, k2 + (pre2[0] if pre2 else 0)):
                    j = k2
                    continue
            break
        return self._proper(j) if found else i

    def _head_at(self, j: int) -> bool:
        """A new body starts at ``j`` (a capitalised named head or a committee head)."""
        return self._real_head(j) or bool(self.lx.committee.match(self.t, j))

    def _reaches_name(self, j: int, limit: int = 8) -> int | None:
        """From ``j``, lower-case words ("các", "và" allowed, no other stop word) that reach a
        capitalised word that is not a new head ("Cục Văn hóa | các dân tộc Việt Nam"): the
        index after that word, or None."""
        t, lx = self.t, self.lx
        k = j
        while k < len(t) and k - j < limit:
            tok = t[k]
            if tok.word and tok.cap:
                if k == j or self._head_at(k) or lx.units.match(t, k):
                    return None
                return k + 1
            if not tok.word or tok.key.isdigit():
                return None
            if tok.key not in (_VA, _CAC) and (lx.stops.match(t, k) or lx.units.match(t, k)):
                return None
            k += 1
        return None

    def _name(self, i: int) -> int:
        """Consume the proper part of a named body: a known name, else the grammar of a name: a
        capitalised word (or a number), then capitalised words, numbers, lower-case words up to a
        stop word, "và"/","/"-" before a capitalised word that starts no new head."""
        t, lx = self.t, self.lx
        k = lx.known.match(t, i)
        if k:
            return i + k[0]
        if i >= len(t) or not t[i].word or t[i].tkey in lx.not_names:
            return i
        if not t[i].cap and not t[i].key.isdigit():
            k = self._reaches_name(i)
            if k is None:
                return i
            i = k - 1
        j, last_cap, lower_run = i, i, 0
        while j < len(t):
            tok = t[j]
            if j > i and self._head_at(j):
                if not t[j - 1].word:
                    return j
                inner = self.scan(j)  # genitive: "Ban X Tỉnh ủy", "Văn phòng Thường trực Ban Y"
                cm = lx.committee.match(t, j)
                end = inner[1] if inner and inner[0] == j and not inner[3] else j
                return max(end, j + cm[0]) if cm else end
            if j > i and (lx.units.match(t, j) or lx.breakers.match(t, j)):
                break
            if tok.word and (tok.cap or tok.key.isdigit()):
                j, last_cap, lower_run = j + 1, j + 1, 0
                continue
            if tok.key in (_VA, "&", ",", _CAC) or tok.key in _DASHES:
                nj = j + 1
                if nj < len(t) and t[nj].word and t[nj].cap and not self._head_at(nj) \
                        and not lx.units.match(t, nj) and not lx.breakers.match(t, nj) and tok.key != _CAC:
                    j = nj
                    continue
                reach = self._reaches_name(nj) if tok.key in (_VA, _CAC) else None
                if reach:
                    j, last_cap, lower_run = reach, reach, 0
                    continue
                break
            pre = lx.unit_prefixes.match(t, j)
            if pre and lx.units.match(t, j + pre[0]):
                break
            if tok.word and not lx.stops.match(t, j):
                if lower_run == 5:
                    return last_cap
                j, lower_run = j + 1, lower_run + 1
                continue
            break
        return j

    def _generic(self, i: int, quant: bool) -> tuple[int, bool] | None:
        """A generic collective: "các cơ quan, đơn vị có liên quan", "sở, ban, ngành"."""
        t, lx = self.t, self.lx
        g = lx.generic.match(t, i)
        if g and g[1] == "list_only":
            return None
        if not g or (t[i].cap and lx.named.match(t, i) and not quant and g[0] == 1 and not self.loose):
            return None
        j, parts, multi = i + g[0], 1, g[0] > 2
        while not multi and j + 1 < len(t) and t[j].key in (",", _VA):
            k = j + 1
            if t[k].key in (_VA, ","):
                k += 1
            if lx.quantifiers.match(t, k) or lx.collectives.match(t, k):
                break
            g2 = lx.generic.match(t, k)
            if not g2:
                break
            j, parts, multi = k + g2[0], parts + 1, g2[0] > 2
        qualified = False
        mod = self._modifier(j) if quant or parts > 1 else j
        if mod > j:
            j, qualified = mod, True
        while True:
            qm = lx.qualifiers.match(t, j)
            if not qm:
                break
            j, qualified = j + qm[0], True
            sub = self._committee(j) if j < len(t) else None
            if sub:
                j = sub
            else:
                j = self._locality(j)
        if quant and (parts > 1 or qualified or not t[i].cap or i > 0 and t[i - 1].cap):
            return j, True
        if qualified or parts > 1 or (self.loose and g[0] > 1):
            return j, True
        return None

    def _modifier(self, j: int, limit: int = 4) -> int:
        """A restrictive modifier after a generic head ("các đơn vị | cấp nước sạch", "các lực
        lượng | chức năng"): lower-case words up to a boundary (punctuation, a stop word, a
        qualifier, a capitalised word, the end); nothing when no boundary comes within ``limit``."""
        t, lx, k = self.t, self.lx, j
        while k < len(t) and k - j <= limit:
            tok = t[k]
            if not tok.word or tok.cap or lx.qualifiers.match(t, k) or lx.units.match(t, k):
                return k
            if lx.stops.match(t, k) and not (tok.key == "câp" and not lx.units.match(t, k + 1)):
                return k
            if lx.generic.match(t, k) or lx.quantifiers.match(t, k):
                return j
            k += 1
        return k if k >= len(t) else j

    def _colon_list(self, j: int) -> int:
        """After a plural locality ("các tỉnh"), a colon and a list of proper names belong to the
        collective body ("các tỉnh: Đắk Lắk, Khánh Hòa và Lâm Đồng")."""
        t = self.t
        if j + 1 >= len(t) or t[j].key != ":" or not t[j + 1].cap:
            return j
        k, parts = j + 1, 0
        while k < len(t):
            e = self._proper(k)
            if e == k:
                break
            k, parts = e, parts + 1
            if k + 1 < len(t) and t[k].key in (",", _VA) and t[k + 1].cap and not self._head_at(k + 1):
                k += 1
                continue
            break
        return k if parts >= 2 else j

    def shared_head(self, i: int) -> list[tuple[int, int, str]]:
        """"các Bộ: Quốc phòng, Công an" → (start token, end token, name) per body, the head noun
        shared: "Bộ Quốc phòng", "Bộ Công an". Empty when ``i`` starts no such list."""
        t, lx = self.t, self.lx
        q = lx.quantifiers.match(t, i)
        if not q:
            return []
        h = i + q[0]
        nm = lx.named.match(t, h)
        if not nm or h + nm[0] >= len(t) or t[h + nm[0]].key != ":":
            return []
        head, out, k = self._words(h, h + nm[0]), [], h + nm[0] + 1
        while k < len(t):
            e = self._name(k)
            if e == k:
                break
            out.append((k, e, f"{head[:1].upper()}{head[1:]} {self._words(k, e)}"))
            if e + 1 < len(t) and t[e].key in (",", _VA) and t[e + 1].cap:
                k = e + 1
                continue
            break
        return out if len(out) >= 2 else []

    def _committee(self, i: int) -> int | None:
        t, lx = self.t, self.lx
        c = lx.committee.match(t, i)
        if not c:
            return None
        j = i + c[0]
        loc = self._locality(j)
        if loc > j:
            return self._colon_list(loc) if any(x.key == _CAC for x in t[j:loc]) else loc
        if j < len(t) and t[j].word and t[j].cap:  # "UBND Thành phố", "Huyện ủy Lâm Hà"
            return self._proper(j)
        return None

    def scan(self, i: int) -> tuple[int, int, str, bool] | None:
        """Match one mention at token ``i``: (first token, end token, head key, collective)."""
        t, lx = self.t, self.lx
        best = None  # "Trưởng Ban Chỉ đạo": the title "Trưởng", not "Trưởng ban"
        for n, _ in lx.titles.matches(t, i):
            inner = self.scan(i + n) if i + n < len(t) else None
            if inner and inner[0] == i + n and (best is None or inner[1] > best[1]):
                best = inner
        if best:
            return best
        if lx.collectives.match(t, i):
            n = lx.collectives.match(t, i)[0]
            j = i + n
            qm = lx.qualifiers.match(t, j)
            return i, j + (qm[0] if qm else 0), self._words(i, i + n), True
        q = lx.quantifiers.match(t, i)
        h = i + q[0] if q else i
        end = self._committee(h)
        if end:
            coll = bool(q) or any(x.key == _CAC for x in t[h:end]) or any(x.key == "," for x in t[h:end])
            return i, end, self._words(h, h + lx.committee.match(t, h)[0]), coll
        nm = lx.named.match(t, h)
        if nm and t[h].cap:
            n, info = nm
            j = h + n
            k = self._name(j)
            if k == j and " ".join(x.key for x in t[h:j]) in _OFFICE_HEADS:  # "Văn phòng Ban Chỉ huy"
                inner = self.scan(j)
                if inner and inner[0] == j and not inner[3]:
                    k = inner[1]
                elif lx.named.match(t, j) and t[j].cap:
                    k = self._name(j + lx.named.match(t, j)[0])
                    k = max(k, j + lx.named.match(t, j)[0])
            loc = self._locality(k)
            if k > j or loc > k or info.get("bare") or (info.get("standalone") and n > 1 and self._cap_head(h, j)):
                return i, max(k, loc), self._words(h, j), bool(q)
        gen = self._generic(h, bool(q))
        if gen:
            return i, gen[0], self._words(h, h + lx.generic.match(t, h)[0]).lower(), True
        if q and lx.units.match(t, h):  # "các xã, thị trấn"
            k = self._locality(i)
            if k > h:
                return i, k, self._words(h, h + lx.units.match(t, h)[0]), True
        loc_unit = None if q else _LOCALITY_HEADS.match(t, h)
        if loc_unit:
            k = self._proper(h + loc_unit[0])
            if k > h + loc_unit[0]:
                return i, k, loc_unit[1], False
        return None

    def _real_head(self, j: int) -> bool:
        """A named head at ``j`` that is not followed by a non-name word ("Phòng thủ", "Ban hành")."""
        nm = self.lx.named.match(self.t, j)
        if not nm or not self.t[j].cap:
            return False
        k = j + nm[0]
        return k >= len(self.t) or self.t[k].tkey not in self.lx.not_names

    def _words(self, a: int, b: int) -> str:
        """The text of tokens ``a..b-1`` with whitespace collapsed."""
        return squash(self.text[self.t[a].start:self.t[b - 1].end])

    def _cap_head(self, h: int, j: int) -> bool:
        """A multi-word standalone head written in title case ("Kho bạc Nhà nước")."""
        return all(x.cap or not x.word for x in self.t[h:j][:1])


def find_bodies(text: str, start: int = 0, end: int | None = None, *, loose: bool = False) -> list[BodyMention]:
    """Find body mentions in ``text[start:end]``.

    Args:
        text: The document text.
        start: Start offset of the span to search.
        end: End offset (default: end of text).
        loose: Accept bare generic nouns ("Cơ quan liên quan", "Sở, ban, ngành"), as in the
            lead/support cells of an assignment table.

    Returns:
        Mentions in text order; a leading title is outside the span, a coordination of heads
        gives one mention per head ("Sở Tài chính và Sở Y tế" → two).
    """
    toks = tokenize(text, start, end)
    sc = _Scanner(text, toks, loose)
    out: list[BodyMention] = []
    i = 0
    while i < len(toks):
        shared = sc.shared_head(i) if toks[i].word else []
        for a, b, name in shared:
            s, e = toks[a].start, toks[b - 1].end
            out.append(BodyMention(s, e, name, name.split()[0], level_of(name), False))
        if shared:
            i = shared[-1][1]
            continue
        m = sc.scan(i) if toks[i].word else None
        if not m:
            i += 1
            continue
        first, last, head, coll = m
        while last > first + 1 and toks[last - 1].key in {",", _VA, "-", "–"}:
            last -= 1
        s, e = toks[first].start, toks[last - 1].end
        name = squash(text[s:e])
        out.append(BodyMention(s, e, name, head, level_of(name), coll))
        i = last
    return out


def canonical_key(name: str) -> str:
    """The registry key of a body name: folded, titles dropped, abbreviations expanded.

    >>> canonical_key("Chủ tịch UBND tỉnh An Giang")
    'uy ban nhan dan tinh an giang'
    """
    lx = lexicon()
    toks = tokenize(unicodedata.normalize("NFC", name))
    i = 0
    while True:
        tm = lx.titles.match(toks, i)
        if not tm or i + tm[0] >= len(toks):
            break
        i += tm[0]
    words = []
    for tok in toks[i:]:
        if not tok.word:
            continue
        words.append(lx.abbreviations.get(tok.key, tok.key))
    return " ".join(fold(" ".join(words)).split())


_LEVEL_CUES = {
    "xa": "commune", "phuong": "commune", "thi tran": "commune", "dac khu": "commune",
    "huyen": "district", "thi xa": "district", "tinh": "province", "thanh pho": "province",
    "trung uong": "central", "quoc gia": "central",
}


def level_of(name: str) -> str | None:
    """central | province | district | commune | collective, or None when the name does not say.

    The level is read from the last administrative unit word in the name ("Sở Nội vụ tỉnh X"
    → province); plural forms ("UBND các xã", "các sở, ban, ngành") are ``collective``.

    >>> level_of("UBND các xã, phường")
    'collective'
    """
    words = canonical_key(name).split()
    if not words:
        return None
    if words[0] in ("cac", "tung", "moi") or "," in name or " cac " in f" {' '.join(words)} ":
        return "collective"
    key = " ".join(words).replace("xa hoi", "_").replace("chinh phu", "_cp")
    best, pos = None, -1
    for cue, level in _LEVEL_CUES.items():
        p = f" {key} ".rfind(f" {cue} ")
        if p > pos:
            best, pos = level, p
    if best:
        return best
    if words[0] == "bo" and len(words) > 1 and words[1] not in ("chi", "phan"):
        return "central"
    if "_cp" in key or words[0] in ("chinh", "thu", "quoc"):
        return "central"
    if words[0] in ("so",):
        return "province"
    if words[0] == "phong":
        return "district"
    return None
