"""Role cues: the words around a body mention that make it lead, support or only mentioned.

``cues()`` loads ``patterns/bodies_roles.yaml``; ``_chains`` groups coordinated mentions;
``_classify`` gives a chain its role from the cue before it, the verb after it and the clause it
opens; ``_explicit_refs`` returns the responsible mentions of a span with their roles. Used by
``nlp.roles`` (assignment) and ``nlp.inheritance`` (bodies a task inherits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlp.bodies import PATTERNS, BodyMention, Token, _Phrases, canonical_key, find_bodies, lexicon, tokenize

_STRONG = {".", ";", ":", "!", "?", "|", "\u201c", '"'}  # sentence or list boundaries
_BOUNDARY = _STRONG | {","}
_NOT_PREDICATE = {"trong", "cua", "vơi", "tai", "vê", "cho", "thuôc", "ơ", "trên", "theo", "đê", "tư", "đên", "năm",
                  "va", "hoăc", "nhăm", "vao", "ra", "sau", "trươc", "qua", "do", "bơi", "la"}
_JOINERS = {",", "va", "cung", "vơi", ";", "-", "–"}
LEAD, WEAK, SUPPORT, NONE, HEADING, ASSIGN = "lead", "weak", "support", "none", "heading", "assign"
_ADVERBS = {"đa", "vưa", "đông", "thơi", "va", "cung", "tiêp", "tuc", "se", "trân", "trong", "kinh"}  # "đã", "vừa", "đồng thời", "tiếp tục"
_CELL_KEYS = {"lead": "lead", "chu_tri": "lead", "support": "support", "phoi_hop": "support"}
_LOCALITY = {"tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường"}
_BARE_UNITS = ("huyện", "tỉnh", "thành phố", "thị xã", "xã", "phường")


@dataclass
class _Cues:
    before: _Phrases  # value: role
    after_giver: _Phrases
    issuer_after: _Phrases
    owner_clauses: tuple[re.Pattern[str], ...] = ()
    lead_after: _Phrases | None = None
    subordinators: _Phrases | None = None
    host_patterns: tuple[re.Pattern[str], ...] = ()
    relative_openers: _Phrases | None = None
    name_tail_openers: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def cues() -> _Cues:
    """Load ``patterns/bodies_roles.yaml`` into phrase matchers."""
    import yaml

    d = yaml.safe_load((PATTERNS / "bodies_roles.yaml").read_text(encoding="utf-8"))
    before = [(p, LEAD) for p in d["lead_before"]] + [(p, WEAK) for p in d["weak_lead_before"]]
    before += [(p, HEADING) for p in d["heading_lead_before"]] + [(p, ASSIGN) for p in d["assign_before"]]
    before += [(p, SUPPORT) for p in d["support_before"]] + [(p, NONE) for p in d["none_before"]]
    return _Cues(
        before=_Phrases(before),
        after_giver=_Phrases([(p, NONE) for p in d["giver_after"]]),
        issuer_after=_Phrases([(p, NONE) for p in d["issuer_giver_after"]]),
        owner_clauses=tuple(re.compile(p) for p in d.get("owner_clauses", [])),
        lead_after=_Phrases([(p, LEAD) for p in d["lead_after"]]),
        subordinators=_Phrases([(p, NONE) for p in d["subordinators"]]),
        host_patterns=tuple(re.compile(p) for p in d["host_patterns"]),
        relative_openers=_Phrases([(p, NONE) for p in d["relative_openers"]]),
        name_tail_openers=frozenset(t.tkey for p in d["name_tail_openers"] for t in tokenize(p)[:1]),
    )



@dataclass
class _Chain:
    mentions: list[BodyMention]
    first: int  # token index of the first mention (title included)
    last: int  # token index after the last mention
    role: str = NONE


def _token_index(toks: list[Token], offset: int) -> int:
    for k, t in enumerate(toks):
        if t.start >= offset:
            return k
    return len(toks)


def _skip_title_back(toks: list[Token], k: int) -> int:
    """Move ``k`` back over a title that ends right before it ("yêu cầu Giám đốc | các sở")."""
    titles = lexicon().titles
    moved = True
    while moved:  # "Đồng chí | Bộ trưởng | Bộ Y tế"
        moved = False
        for n in (4, 3, 2, 1):
            if k - n >= 0:
                m = titles.match(toks, k - n)
                if m and m[0] == n:
                    k, moved = k - n, True
                    break
    return k


def _chains(toks: list[Token], mentions: list[BodyMention]) -> list[_Chain]:
    out: list[_Chain] = []
    for m in mentions:
        a = _skip_title_back(toks, _token_index(toks, m.start))
        b = _token_index(toks, m.end)
        if out and all(t.key in _JOINERS for t in toks[out[-1].last:a]) and a - out[-1].last <= 2:
            out[-1].mentions.append(m)
            out[-1].last = b
        else:
            out.append(_Chain([m], a, b))
    return out


def _before_cue(toks: list[Token], k: int) -> tuple[int, str] | None:
    """(length, role) of the longest cue phrase that ends right before token ``k``."""
    best: tuple[int, str] | None = None
    for n in range(1, 6):
        if k - n < 0:
            break
        m = cues().before.match(toks, k - n)
        if m and m[0] == n and (best is None or n > best[0]):
            best = (n, m[1])
    return best


def _assigner(toks: list[Token], ks: int, prev_end: int) -> bool:
    """The assignment verb at ``ks`` ("giao", "yêu cầu") is the issuer's: it starts a clause or
    follows its subject ("UBND tỉnh (đã) yêu cầu"), not a verb of the task ("hướng dẫn, yêu cầu")."""
    j = ks
    while j > 0 and toks[j - 1].key in _ADVERBS:
        j -= 1
    if j == prev_end or _clause_start(toks, j) == "strong":
        return True
    if _clause_start(toks, j) == "comma":  # "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị X ..."
        s = j - 1
        while s > 0 and toks[s - 1].key not in _STRONG:
            s -= 1
        seg = j - 1  # the words since the previous comma: a clause, not one verb of a list ("hướng dẫn,")
        while seg > s and toks[seg - 1].key != ",":
            seg -= 1
        main_started = any(t.key in ("phai", "cân") for t in toks[s:j])
        return bool(cues().subordinators.match(toks, s)) and j - 1 - seg >= 3 and not main_started
    return False


def _before_role(toks: list[Token], k: int) -> str | None:
    """The role given by a cue phrase that ends right before token ``k`` (longest cue wins)."""
    best = _before_cue(toks, k)
    if best and best[1] == HEADING:  # "Trách nhiệm của X:" heads a clause; "nâng cao trách nhiệm của X" does not
        return LEAD if _clause_start(toks, k - best[0]) == "strong" else NONE
    return best[1] if best else None


def _clause_start(toks: list[Token], k: int) -> str | None:
    """"strong" at a sentence/list start, "comma" after a comma, None inside a clause."""
    if k == 0 or toks[k - 1].key in _STRONG or toks[k - 1].key in ("-", "–", "+", "•"):
        return "strong"
    if _after_marker(toks, k):
        return "strong"
    return "comma" if toks[k - 1].key == "," else None


def _after_giver_verb(toks: list[Token], k: int) -> bool:
    """A giver phrase ("vừa chỉ đạo", "đã yêu cầu") ends right before token ``k``."""
    for n in (1, 2, 3):
        m = cues().after_giver.match(toks, k - n) if k - n >= 0 else None
        if m and m[0] == n and n > 1 and toks[k - n].key in ("đa", "vưa"):
            return True
    return False


def _after_marker(toks: list[Token], k: int) -> bool:
    """Token ``k`` follows a list marker left in the span: "(1)", "a)", "(iv)"."""
    if k < 2 or toks[k - 1].key != ")" or not toks[k - 2].word or len(toks[k - 2].key) > 4:
        return False
    j = k - 3 if k >= 3 and toks[k - 3].key == "(" else k - 2
    return j == 0 or toks[j - 1].key in _STRONG


def _skip_paren(toks: list[Token], k: int, limit: int = 8) -> int:
    """The token after a short bracket at ``k`` ("Bộ VHTTDL (VHTTDL) đề nghị"), else ``k``."""
    if k < len(toks) and toks[k].key == "(":
        for j in range(k + 1, min(len(toks), k + limit + 1)):
            if toks[j].key == ")":
                return j + 1
    return k


def _predicate_follows(toks: list[Token], k: int) -> bool:
    """A lower-case word that can start a predicate follows (not a preposition, not a comma)."""
    return k < len(toks) and toks[k].word and not toks[k].cap and toks[k].key not in _NOT_PREDICATE


def _classify(toks: list[Token], chain: _Chain, prev_end: int = -1, giver: bool = False) -> str:
    cue = _before_role(toks, chain.first)
    if cue == ASSIGN:  # the giver of the sentence ("UBND tỉnh ban hành văn bản ... đề nghị X") assigns
        n = _before_cue(toks, chain.first)[0]  # type: ignore[index]
        return LEAD if giver or _assigner(toks, chain.first - n, prev_end) else WEAK
    if cue:
        return cue
    start = _clause_start(toks, chain.first)
    nxt = _skip_paren(toks, chain.last)
    verb = nxt
    while verb < len(toks) and toks[verb].key in ("đa", "vưa", "se", "trân", "trong", "kinh", "xin"):
        verb += 1  # "... Bùi Thanh Sơn | đã | kết luận", "Bộ Tài chính | trân trọng | đề nghị"
    if nxt < len(toks) and cues().after_giver.match(toks, nxt) or verb < len(toks) and cues().after_giver.match(toks, verb):
        return NONE
    locality = all(m.head in _LOCALITY for m in chain.mentions)
    if start == "strong" and (not locality or _predicate_follows(toks, nxt)):
        return LEAD
    if start == "comma" and _predicate_follows(toks, nxt):
        return LEAD
    return NONE


def _explicit_refs(text: str, start: int, end: int, issuer: str | None = None) -> list[tuple[BodyMention, str]]:
    """(mention, role) for every responsible mention in ``text[start:end]``; the issuer named as
    the subject of a launching verb ("UBND tỉnh phát động ...") is the one speaking."""
    ikey = canonical_key(issuer) if issuer else ""
    toks = tokenize(text, start, end)
    mentions = find_bodies(text, start, end)
    out: list[tuple[BodyMention, str]] = []
    directed, giver, pos = False, False, 0  # inside the clause of a directed body ("chỉ đạo X ...")
    for ch in _chains(toks, mentions):
        if any(t.key in _STRONG for t in toks[pos:ch.first]):
            directed = giver = False
        if pos and any(cues().before.match(toks, k) and cues().before.match(toks, k)[1] == WEAK
                       for k in range(pos, ch.first)):
            directed = True  # "X chỉ đạo <unnamed unit>, các đơn vị liên quan phối hợp ..."
        role = _classify(toks, ch, pos if out or pos else -1, giver)
        pos = ch.last
        after = _skip_paren(toks, ch.last)
        giver = giver or after < len(toks) and bool(cues().after_giver.match(toks, after))
        if ikey and role == LEAD and ch.last < len(toks) and cues().issuer_after.match(toks, ch.last) \
                and all(ikey.startswith(canonical_key(m.name)) for m in ch.mentions):
            role = NONE
        if role == WEAK and _after_giver_verb(toks, ch.first):
            role, directed = LEAD, False  # "UBND huyện vừa chỉ đạo X ...": the issuer's instruction to X
        elif directed and role in (LEAD, SUPPORT) and _before_role(toks, ch.first) != LEAD:
            role = NONE  # "chỉ đạo Ban X, các đơn vị liên quan phối hợp với Y": X's clause
        if role == WEAK:
            directed = True
        if role != NONE:
            out.extend((m, role) for m in ch.mentions)
    return out
