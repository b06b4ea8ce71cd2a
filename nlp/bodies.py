"""Find mentions of Vietnamese public bodies in a text span, driven by ``patterns/bodies.yaml``.

``find_bodies(text, start, end)`` returns :class:`BodyMention` objects whose ``[start, end)``
are offsets into ``text`` (a leading title such as "Chủ tịch" is left out of the span). Matching
is case-insensitive, ignores tone placement ("Uỷ"/"Ủy") and decomposed Unicode, and runs over
hard line wraps ("Ủy ban\\nnhân dân"). ``canonical_key`` and ``level_of`` serve the body registry.
"""

from __future__ import annotations

from dataclasses import dataclass

from nlp.bodies_collective import _CollectiveRules
from nlp.bodies_lexicon import (  # noqa: F401
    _CAC,
    _DASHES,
    _LOCALITY_HEADS,
    _OF,
    _OFFICE_HEADS,
    _VA,
    PATTERNS,
    Token,
    _Phrases,
    canonical_key,
    level_of,
    lexicon,
    tokenize,
)
from nlp.text import squash


@dataclass(frozen=True)
class BodyMention:
    """One body named in the text: ``text[start:end]`` is the mention without a leading title."""

    start: int
    end: int
    name: str
    head: str
    level: str | None
    collective: bool


class _Scanner(_CollectiveRules):
    """Greedy left-to-right matcher over the tokens of one span."""

    def __init__(self, text: str, toks: list[Token], loose: bool):
        self.text, self.t, self.lx, self.loose = text, toks, lexicon(), loose

    def _proper(self, i: int) -> int:
        """Consume a capitalised proper name ("Đắk Lắk", "Bà Rịa - Vũng Tàu", "Cồn Cỏ")."""
        t, j = self.t, i
        upper = i < len(t) and _upper(t[i]) and (i == 0 or _upper(t[i - 1]))
        while j < len(t):
            if upper and not _upper(t[j]) or self.lx.titles.match(t, j) or self.lx.breakers.match(t, j):
                break
            st = self.lx.stops.match(t, j)
            if st and st[0] > 1:  # "thành phố | Chỉ đạo ..." at a line start
                break
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
            if t[k].key == "khu" and j < len(t) and t[j].word and (t[j].key.isdigit() or t[j].upper):
                j += 1  # "Kho bạc Nhà nước khu vực XI", "Ngân hàng Nhà nước khu vực 8"
            if j + 1 < len(t) and t[j].key in (",", _VA):
                k2 = j + 1
                pre2 = lx.unit_prefixes.match(t, k2)
                if (q or pre or not t[k2].cap) and lx.units.match(t, k2 + (pre2[0] if pre2 else 0)):
                    j = k2
                    continue
            break
        return self._proper(j) if found else i

    def _unit_at(self, j: int) -> bool:
        """An administrative unit starts at ``j``; a weak one ("bản", "ấp", "thôn") only before its
        name ("bản Nà Ngựu"), since the word is also a noun ("Cục Xuất bản", "văn bản")."""
        u = self.lx.units.match(self.t, j)
        if not u:
            return False
        k = j + u[0]
        weak = " ".join(x.tkey for x in self.t[j:k]) in self.lx.weak_units
        return not weak or k < len(self.t) and self.t[k].word and (self.t[k].cap or self.t[k].key.isdigit())

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
            end = i + k[0]
            cm = self._committee(end) if end < len(t) and t[end].cap and "\n" not in self.text[t[end - 1].end:t[end].start] else None
            return cm or end  # genitive: "Ban Tổ chức | Tỉnh ủy", "Văn phòng Đoàn ĐBQH và HĐND | tỉnh"
        if i >= len(t) or not t[i].word or lx.not_name(t[i]):
            return i
        if not t[i].cap and not t[i].key.isdigit():
            k = self._reaches_name(i)
            if k is None:
                return i
            i = k - 1
        j, last_cap, lower_run = i, i, 0
        inner_head = lx.named.match(t, i) if t[i].cap else None
        if inner_head:  # "Văn phòng | Ban Chỉ huy": a head inside the name is one unit
            j = last_cap = i + inner_head[0]
        upper = _upper(t[i]) and i > 0 and _upper(t[i - 1])  # "SỞ Y TẾ": ends where the capitals end
        while j < len(t):
            tok = t[j]
            if j > i and (lx.titles.match(t, j) and t[j].cap or upper and tok.word and not _upper(tok)
                          or upper and lx.stops.match(t, j)):
                break
            if j > i and self._head_at(j):
                cm = lx.committee.match(t, j)
                if not t[j - 1].word or not cm and "\n" in self.text[t[j - 1].end:t[j].start]:
                    return j  # a list of bodies one per line is no genitive
                inner = self.scan(j)  # genitive: "Ban X Tỉnh ủy", "Văn phòng Thường trực Ban Y"
                end = inner[1] if inner and inner[0] == j and not inner[3] else j
                return max(end, j + cm[0]) if cm else end
            if j > i and (self._unit_at(j) or lx.breakers.match(t, j)):
                break
            if tok.word and (tok.cap or tok.key.isdigit() and (j == i or t[j - 1].cap)):  # "Ban Chỉ đạo 389"
                j, last_cap, lower_run = j + 1, j + 1, 0
                continue
            if tok.key in (_VA, "&", ",", _CAC) or tok.key in _DASHES:
                nj = j + 1
                if nj < len(t) and t[nj].word and t[nj].cap and not self._head_at(nj) and not lx.titles.match(t, nj) \
                        and not lx.units.match(t, nj) and not lx.breakers.match(t, nj) and tok.key != _CAC \
                        and not lx.generic.match(t, nj):
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
            if tok.word and not tok.key.isdigit() and not lx.stops.match(t, j):
                if lower_run == 5:
                    return last_cap
                j, lower_run = j + 1, lower_run + 1
                continue
            if tok.key.isdigit():  # "... khoảng | 530 tỷ đồng": the lower-case words were no name
                return last_cap
            break
        return j

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
            e = self._list_name(k)
            if e == k:
                break
            out.append((k, e, f"{head[:1].upper()}{head[1:]} {self._words(k, e)}"))
            if e + 1 < len(t) and t[e].key in (",", _VA) and t[e + 1].cap:
                k = e + 1
                continue
            break
        return out if len(out) >= 2 else []

    def _descriptive(self, j: int, limit: int = 12) -> int:
        """The lower-case name of a head that takes a description ("Ban Quản lý | các khu công
        nghệ cao và khu công nghiệp", "Ban Chỉ đạo | phòng, chống tham nhũng"): words up to a stop
        word, a locality, a mark or a new head; "và" only between two such words."""
        t, lx, k = self.t, self.lx, j
        while k < len(t) and k - j < limit:
            tok = t[k]
            if tok.key == "," and k + 1 < len(t) and t[k + 1].key == "chông":  # "phòng, chống"
                k += 1
                continue
            if not tok.word or k > j and self._head_at(k) or lx.units.match(t, k) or lx.breakers.match(t, k):
                break
            if tok.key == _VA:
                nxt = k + 1
                if nxt < len(t) and t[nxt].word and not t[nxt].cap and not lx.stops.match(t, nxt):
                    k += 1
                    continue
                break
            if tok.key != _CAC and lx.stops.match(t, k) or lx.qualifiers.match(t, k):
                break
            k += 1
        while k > j and t[k - 1].key in (_VA, _CAC):
            k -= 1
        return k

    def _list_name(self, k: int) -> int:
        """One name of a shared-head list ("các Tập đoàn: Bưu chính viễn thông Việt Nam, Công nghiệp -
        Viễn thông Quân đội"): a known name, else the words from a capitalised one up to a comma,
        a "và" before a capitalised word, a stop word or a mark; heads inside it are part of it."""
        t, lx = self.t, self.lx
        kn = lx.known.match(t, k)
        if kn:
            return k + kn[0]
        if k >= len(t) or not (t[k].word and t[k].cap):
            return k
        j = k
        while j < len(t):
            tok = t[j]
            if tok.key in _DASHES and j + 1 < len(t) and t[j + 1].word:
                j += 1
                continue
            if not tok.word or j > k and (tok.key == _VA or lx.stops.match(t, j) and not tok.cap):
                break
            j += 1
        return j

    def _committee(self, i: int) -> int | None:
        t, lx = self.t, self.lx
        c = lx.committee.match(t, i)
        if not c:
            return None
        j = i + c[0]
        loc = self._locality(j)
        if loc > j:
            if not any(x.key == _CAC for x in t[j:loc]):
                return loc
            tail = lx.committee_tails.match(t, loc)
            return loc + tail[0] if tail else self._range(loc) or self._where(loc) or self._colon_list(loc)
        if j < len(t) and t[j].word and t[j].cap:  # "UBND Thành phố", "Huyện ủy Lâm Hà"
            return self._proper(j)
        if c[1].get("complete"):  # "Tỉnh ủy", "Thường trực Tỉnh ủy": a whole name on its own
            while not t[i].cap and j + 1 < len(t) and t[j].key in (",", _VA) and not t[j + 1].cap \
                    and (nxt := lx.committee.match(t, j + 1)) and nxt[1].get("complete"):
                j += 1 + nxt[0]  # "tỉnh ủy, thành ủy" in lower case: the committees of that kind, one body
            return j
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
        th = lx.title_heads.match(t, i)
        if th and i + th[0] < len(t) and t[i + th[0]].key == ",":  # "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ"
            j, more = self._more_parts(i + th[0])
            if more:
                return i, j, th[1], True
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
        if nm and t[h].cap and not self._compound(h):
            n, info = nm
            j = h + n
            if info.get("person"):  # "Phó Thủ tướng | Trần Hồng Hà": the holder's name, capitals only
                k = j
                while k < len(t) and k - j < 4 and t[k].word and t[k].cap and not self._head_at(k):
                    k += 1
                return (i, k, self._words(h, j), bool(q)) if k - j >= 2 else None
            k = self._name(j)
            if k == j and " ".join(x.key for x in t[h:j]) in _OFFICE_HEADS:  # "Văn phòng Ban Chỉ huy"
                inner = self.scan(j)
                if inner and inner[0] == j and not inner[3]:
                    k = inner[1]
                elif lx.named.match(t, j) and t[j].cap:
                    k = self._name(j + lx.named.match(t, j)[0])
                    k = max(k, j + lx.named.match(t, j)[0])
            if k == j and info.get("descriptive"):  # "Ban Quản lý | các khu công nghiệp"
                k = self._descriptive(j)
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

    def _compound(self, j: int) -> bool:
        """The head word at ``j`` ends a common noun with the word before it ("NHIỆM VỤ", "CÁN BỘ",
        "CƠ SỞ"): headings in capitals are no bodies."""
        return j > 0 and self.t[j - 1].word and f"{self.t[j - 1].tkey} {self.t[j].tkey}" in self.lx.compounds

    def _real_head(self, j: int) -> bool:
        """A named head at ``j`` that is not followed by a non-name word ("Phòng thủ", "Ban hành")."""
        nm = self.lx.named.match(self.t, j)
        if not nm or not self.t[j].cap or self._compound(j):
            return False
        k = j + nm[0]
        return k >= len(self.t) or not self.lx.not_name(self.t[k])

    def _words(self, a: int, b: int) -> str:
        """The text of tokens ``a..b-1`` with whitespace collapsed."""
        return squash(self.text[self.t[a].start:self.t[b - 1].end])

    def _cap_head(self, h: int, j: int) -> bool:
        """A multi-word standalone head written in title case ("Kho bạc Nhà nước")."""
        return all(x.cap or not x.word for x in self.t[h:j][:1])


def _upper(tok: Token) -> bool:
    """A word written in capitals, two letters or more ("SỞ", not "Sở" or "A")."""
    return tok.upper


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
        for n, (a, b, name) in enumerate(shared):
            s, e = toks[i if n == 0 else a].start, toks[b - 1].end  # the first one spans "các Bộ: Tài chính"
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
        if coll:  # titles inside a list are not part of the name; a plural title names its body
            th = sc.lx.title_heads.match(toks, first)
            name = sc.lx.title_re.sub("", (head + name[len(squash(text[s:toks[first + th[0] - 1].end])):]) if th
                                      else name)
        out.append(BodyMention(s, e, name, head, level_of(name), coll))
        i = last
    return out
