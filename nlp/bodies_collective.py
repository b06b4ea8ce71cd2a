"""Collective and generic body names for the scanner of ``nlp.bodies``: "các cơ quan, đơn vị có
liên quan", "sở, ban, ngành", "UBND các tỉnh: Sơn La, Điện Biên", "các Tập đoàn, Tổng công ty"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.bodies_lexicon import _LOCALITY_HEADS, _OF, _VA, Lexicon, Token

if TYPE_CHECKING:
    from collections.abc import Callable


class _CollectiveRules:
    """Rules for generic heads and their lists, mixed into ``nlp.bodies._Scanner``."""

    t: list[Token]
    lx: Lexicon
    loose: bool
    text: str
    scan: Callable[[int], tuple[int, int, str, bool] | None]
    _committee: Callable[[int], int | None]
    _locality: Callable[[int], int]
    _head_at: Callable[[int], bool]
    _proper: Callable[[int], int]

    def _generic(self, i: int, quant: bool) -> tuple[int, bool] | None:
        """A generic collective: "các cơ quan, đơn vị có liên quan", "sở, ban, ngành"."""
        t, lx = self.t, self.lx
        g = lx.generic.match(t, i)
        if not g or g[1] == "list_only":
            return None
        if i > 0 and (prev := lx.named.match(t, i - 1)) and prev[0] >= 2:
            return None  # "ban" of "Ủy ban": inside a named head, not a generic one
        j, more = self._more_parts(i + g[0], g[0] > 2 and g[1] != "peer")
        if t[i].cap and lx.named.match(t, i) and not quant and g[0] == 1 and not self.loose and not more:
            return None  # "Sở" alone is a named head without its name
        parts = 1 + more
        qualified = False
        mod = self._modifier(j) if quant or parts > 1 else j
        if mod > j:
            j, qualified = mod, True
        if (quant or parts > 1) and _LOCALITY_HEADS.match(t, j):  # "các sở, ban, ngành tỉnh"
            j = self._locality(j)
        while True:
            qm = lx.qualifiers.match(t, j)
            if not qm:
                break
            j, qualified = j + qm[0], True
            sub = self._committee(j) if j < len(t) else None
            inner = self.scan(j) if not sub and j < len(t) and t[j].cap and t[j - 1].key in _OF else None
            if sub:
                j = sub
            elif inner and inner[0] == j and not inner[3]:  # "... thuộc Sở Y tế"
                j = inner[1]
            elif j < len(t) and t[j - 1].key in _OF and t[j].cap and lx.named.match(t, j):  # "thuộc Bộ"
                j += lx.named.match(t, j)[0]
            else:
                j = self._locality(j)
        if parts == 1 and j < len(t) and t[j].cap and " ".join(x.tkey for x in t[i:i + g[0]]) in lx.force_heads:
            inner = self.scan(j)  # "lực lượng | Công an cấp xã, phường": the force of that body
            if inner and inner[0] == j and not inner[3]:
                j, qualified = inner[1], True
        if (quant or parts > 1 or qualified) and j + 1 < len(t) and t[j].key == "cua" and t[j + 1].cap:
            inner = self.scan(j + 1)  # genitive: "các đơn vị của Bộ Nông nghiệp và Môi trường"
            if inner and inner[0] == j + 1 and not inner[3]:
                j, qualified = inner[1], True
        if quant and (parts > 1 or qualified or not t[i].cap or i > 0 and t[i - 1].cap
                      or j >= len(t) or not (t[j].word and t[j].cap or t[j].key == ":")):  # "các Sở" alone
            return j, True
        if qualified or parts > 1 or (self.loose and g[0] > 1):
            return j, True
        if self._clause_subject(i, j) or self._after_role_cue(i):
            return j, True
        return None

    def _after_role_cue(self, i: int) -> bool:
        """A bare generic head right after a role verb names a body ("Phối hợp chính quyền địa
        phương, Mặt trận cơ sở", "giao lực lượng chức năng")."""
        t, lx = self.t, self.lx
        if lx.verb_heads.match(t, i):  # "đề nghị tổ chức thực hiện"
            return False
        for n in (1, 2, 3, 4):
            if i - n >= 0 and (hit := lx.generic_cues.match(t, i - n)) and hit[0] == n:
                return True
        return False

    def _clause_subject(self, i: int, j: int) -> bool:
        """The bare generic ``t[i:j]`` is the subject of a clause of the first sentence: "Cấp ủy
        đảng phải lãnh đạo, chính quyền phải ..." (not a label "Cơ quan thực hiện:", not the verb
        "tổ chức thực hiện")."""
        t, lx = self.t, self.lx
        if i > 0 and (t[i - 1].word or t[i - 1].key in ("-", ".")) or lx.verb_heads.match(t, i):
            return False
        modal = lx.subject_modals.match(t, j)
        if not modal or j + modal[0] < len(t) and t[j + modal[0]].key == ":":
            return False
        return not any(x.key in (".", ";", ":") for x in t[:i])

    def _more_parts(self, j: int, multi: bool = False) -> tuple[int, int]:
        """More generic heads coordinated after ``j`` (", đơn vị", ", Thủ trưởng cơ quan ngang
        Bộ"): the end and the number of parts. A multi-word head ends the list."""
        t, lx, parts = self.t, self.lx, 0
        while not multi and j + 1 < len(t) and t[j].key in (",", _VA):
            k = j + 1
            if t[k].key in (_VA, ","):
                k += 1
            tm = lx.titles.match(t, k)
            if tm and lx.generic.match(t, k + tm[0]):  # "các Bộ, Thủ trưởng cơ quan ngang Bộ"
                k += tm[0]
            if lx.quantifiers.match(t, k) or lx.collectives.match(t, k):
                break
            g2 = lx.generic.match(t, k)
            if not g2 or g2[1] == "list_only" and t[k].cap:
                break
            j, parts, multi = k + g2[0], parts + 1, g2[0] > 2 and g2[1] != "peer"
        return j, parts

    def _modifier(self, j: int, limit: int = 4) -> int:
        """A restrictive modifier after a generic head ("các đơn vị | cấp nước sạch", "các lực
        lượng | chức năng"): lower-case words up to a boundary (punctuation, a stop word, a
        qualifier, a capitalised word, the end); nothing when no boundary comes within ``limit``."""
        t, lx, k = self.t, self.lx, j
        while k < len(t) and k - j <= limit:
            tok = t[k]
            if not tok.word or tok.cap or lx.qualifiers.match(t, k) or lx.units.match(t, k):
                return k
            if "\n\n" in self.text[t[k - 1].end:tok.start] or k + 1 < len(t) and t[k + 1].key == ")":
                return k  # a blank line or a list marker "a)" ends the phrase
            if lx.stops.match(t, k) and not (tok.key == "câp" and not lx.units.match(t, k + 1)):
                return k
            if lx.generic.match(t, k) or lx.quantifiers.match(t, k):
                return j
            k += 1
        return k if k >= len(t) else j

    def _where(self, j: int, limit: int = 12) -> int | None:
        """After a plural locality, "tại <place>" up to the clause's verb belongs to the body ("UBND
        các tỉnh, thành phố | tại khu vực dự báo xảy ra mưa, lũ | tập trung lãnh đạo"); None when
        no verb closes it within ``limit`` words."""
        t, lx = self.t, self.lx
        if j + 1 >= len(t) or t[j].key != "tai":
            return None
        k = j + 1
        while k < len(t) and k - j <= limit:
            if lx.stops.match(t, k) and t[k].key not in (",", "va"):
                return k if k > j + 1 else None
            if not t[k].word and t[k].key != ",":
                return None
            k += 1
        return None

    def _range(self, j: int) -> int | None:
        """After a plural locality, a range of places belongs to the body ("UBND các tỉnh, thành phố
        | từ Hà Tĩnh đến Khánh Hòa"): the index after it, or None."""
        t = self.t
        if j + 3 >= len(t) or t[j].key != "tư" or not t[j + 1].cap:
            return None
        k = self._proper(j + 1)
        if k == j + 1 or k + 1 >= len(t) or t[k].key != "đên" or not t[k + 1].cap:
            return None
        end = self._proper(k + 1)
        return end if end > k + 1 else None

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
