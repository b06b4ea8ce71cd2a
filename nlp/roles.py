"""Decide which bodies are responsible for a task, and in which role (lead / support).

``assign_bodies`` reads the body mentions of a task span (``nlp.bodies.find_bodies``), groups
coordinated mentions into chains, and gives each chain a role from the cue words around it
(``patterns/bodies_roles.yaml``): "giao X", "X chủ trì", the clause subject → lead; "phối hợp
với Y" → support; "tham mưu UBND tỉnh", "báo cáo ...", "của ..." → not responsible. Without an
explicit lead, bodies are inherited (``explicit=False``) from table cells, the nearest ancestor
header or intro line, the addressees, and finally the issuing authority.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from nlp.bodies import PATTERNS, BodyMention, Token, _Phrases, canonical_key, find_bodies, lexicon, tokenize
from nlp.types import BodyRef, Span

_STRONG = {".", ";", ":", "!", "?", "|", "\u201c", '"'}  # sentence or list boundaries
_BOUNDARY = _STRONG | {","}
_NOT_PREDICATE = {"trong", "cua", "vơi", "tai", "vê", "cho", "thuôc", "ơ", "trên", "theo", "đê", "tư", "đên", "năm",
                  "va", "hoăc", "nhăm", "vao", "ra", "sau", "trươc", "qua", "do", "bơi", "la"}
_JOINERS = {",", "va", "cung", "vơi", ";", "-", "–"}
LEAD, WEAK, SUPPORT, NONE, HEADING, ASSIGN = "lead", "weak", "support", "none", "heading", "assign"
_ADVERBS = {"đa", "vưa", "đông", "thơi", "va", "cung", "tiêp", "tuc", "se"}  # "đã", "vừa", "đồng thời", "tiếp tục"
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
        name_tail_openers=frozenset(t.tkey for p in d["name_tail_openers"] for t in tokenize(p)[:1]),
    )


def is_owner_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names who carries out the whole document (``owner_clauses``)."""
    from nlp.text import fold

    f = " ".join(fold(text[start:end]).split())
    return any(p.search(f) for p in cues().owner_clauses)


def _owner_refs(text: str, owners: Sequence[Span]) -> list[BodyRef]:
    """The bodies an owner clause charges: every chain not cued as advised, cited or giving."""
    refs: list[BodyRef] = []
    for a, b in owners:
        toks = tokenize(text, a, b)
        for ch in _chains(toks, find_bodies(text, a, b)):
            if _before_role(toks, ch.first) == NONE or (ch.last < len(toks) and cues().after_giver.match(toks, ch.last)):
                continue
            if all(m.head in _LOCALITY for m in ch.mentions):  # "trên địa bàn thành phố Cần Thơ"
                continue
            refs += [BodyRef(name=m.name, role="lead", explicit=False, span=(m.start, m.end)) for m in ch.mentions]
    return refs


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
    nxt = chain.last
    if nxt < len(toks) and cues().after_giver.match(toks, nxt):
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
        giver = giver or ch.last < len(toks) and bool(cues().after_giver.match(toks, ch.last))
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


def _issuer_unit(text: str, start: int, end: int, issuer: str | None) -> bool:
    """The span's subject is the issuer's own unit named bare ("Huyện cần ...", "Tỉnh tập trung")."""
    if not issuer:
        return False
    toks = tokenize(text, start, min(end, start + 200))
    i = 0
    while i < len(toks) and toks[i].key in _BOUNDARY:
        i += 1
    for unit in _BARE_UNITS:
        keys = [t.key for t in tokenize(unit)]
        n = len(keys)
        if [t.key for t in toks[i:i + n]] == keys and i + n < len(toks) and toks[i + n].word \
                and not toks[i + n].cap and unit.split()[-1] in issuer.lower():
            return True
    return False


def _dedupe(refs: Iterable[BodyRef]) -> list[BodyRef]:
    seen: dict[str, BodyRef] = {}
    for r in refs:
        key = canonical_key(r.name)
        if key and key not in seen:
            seen[key] = r
    return list(seen.values())


def assign_bodies(
    text: str,
    span: Span,
    *,
    ancestors: Sequence[Span] = (),
    issuer: str | None = None,
    cells: dict[str, Span] | None = None,
    addressees: Sequence[Span] = (),
    use_context: bool = True,
    owners: Sequence[Span] = (),
    headers: Sequence[Span] | dict[Span, str] = (),
) -> list[BodyRef]:
    """The responsible bodies of the task at ``span``.

    Args:
        text: The document text.
        span: ``[start, end)`` of the task unit.
        ancestors: Spans of the enclosing outline units, nearest first (headers such as
            "2. Sở Tài chính:" or intro lines "... yêu cầu các cơ quan thực hiện các nội dung sau:").
        issuer: The issuing authority ("UBND huyện U Minh"), the owner of last resort.
        cells: For a table row, the spans of its columns; keys ``lead`` and ``support``.
        addressees: Spans of the "Kính gửi" list of a letter.
        use_context: Also inherit from the sentences before ``span`` in its paragraph (a header
            line "1.1. Giao Sở X" wrapped into the item, the previous sentence of a news report),
            which are tried before ``ancestors``.
        owners: Spans of the document's owner clauses ("Các sở, ban, ngành chịu trách nhiệm thực
            hiện Kế hoạch này", see ``is_owner_clause``): their bodies own a task that has no lead
            of its own and inherits none from its context, ancestors or addressees.
        headers: The spans among ``ancestors`` that are header lines (a body header "3. Các cơ sở
            KCB trên địa bàn Thành phố", a heading), or a mapping of those spans to their outline
            kind (``body_header`` / ``heading``): the body they name runs to the end of the line.

    Returns:
        ``BodyRef`` objects; explicit ones carry the mention span, inherited ones
        ``explicit=False``. Lead bodies come first.
    """
    start, end = span
    own = [(m, r) for m, r in _explicit_refs(text, start, end) if r != WEAK]  # directed: optional in gold
    refs = [BodyRef(name=m.name, role="support" if r == SUPPORT else "lead", explicit=True,
                    span=(m.start, m.end)) for m, r in own]
    if cells:
        cell_refs = [BodyRef(name=m.name, role=role, explicit=True, span=(m.start, m.end))
                     for key, cell in cells.items() if (role := _CELL_KEYS.get(key)) and cell
                     for m in find_bodies(text, cell[0], cell[1], loose=True)]
        refs += cell_refs
    group = _group_header(text, start, end, opens=True)
    if group and not any(r == LEAD for _, r in own):
        return _order(_dedupe([group, *refs]))
    if any(r == LEAD for _, r in own) or (cells and any(x.role == "lead" for x in refs)):
        return _order(_dedupe(refs))
    if issuer and _issuer_unit(text, start, end, issuer):
        return _order(_dedupe([BodyRef(name=issuer, role="lead", explicit=True)] + refs))
    context = preceding_context(text, start) if use_context else []
    inherited = _inherit(text, [*context, *ancestors], addressees, issuer, headers)
    if not inherited and owners and not any(x.role == "lead" for x in refs):
        inherited = _owner_refs(text, [o for o in owners if not (o[0] < end and start < o[1])])
    if not inherited and issuer and not ancestors and not any(x.role == "lead" for x in refs):
        inherited = [BodyRef(name=issuer, role="lead", explicit=False)]
    return _order(_dedupe(inherited + refs))


_PARA_BREAK = re.compile(r"\n[ \t\xa0]*\n|\n\|\n|(?m:^[ \t]*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+•])[ \t])")
_SENT_END = re.compile(r"(?<=[.!?;:])\s+")


def preceding_context(text: str, start: int, limit: int = 1500) -> list[Span]:
    """Sentences between the paragraph start (blank line, list marker, table cell) and ``start``,
    nearest first."""
    lo = max(0, start - limit)
    para = lo
    for m in _PARA_BREAK.finditer(text, lo, start):
        para = m.end() if m.end() <= start else para
    if not text[para:start].strip():
        return []
    cuts = [para, *(m.end() for m in _SENT_END.finditer(text, para, start)), start]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]
    return spans[::-1]


def _names_only(text: str, start: int, end: int) -> list[BodyMention]:
    """The mentions of a header line that only names who acts ("Giám đốc Sở, Thủ trưởng cơ quan,
    ban, ngành"): every word outside the mentions is a title, a joiner or one stray head noun."""
    toks = tokenize(text, start, end)
    mentions = find_bodies(text, start, end)
    if not mentions or len(toks) > 30:
        return []
    titles, k, stray = lexicon().titles, 0, 0
    while k < len(toks):
        t = toks[k]
        if any(m.start <= t.start < m.end for m in mentions) or not t.word or t.key in _JOINERS:
            k += 1
            continue
        hit = titles.match(toks, k)
        if hit:
            k += hit[0]
            continue
        stray, k = stray + 1, k + 1
    return mentions if stray <= 1 else []


_CUT = re.compile(r"[,\w]\s*$")


def _clause_end(text: str, a: int, b: int, limit: int = 400) -> int:
    """An ancestor cut at a line wrap ("1. Các đồng chí Bộ trưởng,"): extended to the end of its
    clause (the next ".", ":" or ";")."""
    seg, rest = text[a:b].rstrip(), text[b:b + 40].lstrip(" \t\n|")
    toks = tokenize(seg[-40:])
    dangling = bool(toks) and _skip_title_back(toks, len(toks)) < len(toks)  # "8. Giám đốc\nSở, ..."
    if not _CUT.search(seg) or not (seg.endswith(",") or rest[:1].islower() or dangling):
        return b
    stop = min(len(text), b + limit)
    brk = _PARA_BREAK.search(text, b, stop)
    m = re.compile(r"[.:;](?=\s)").search(text, b, brk.start() if brk else stop)
    return m.end() if m else (brk.start() if brk else b)


def _sentence_before(text: str, start: int, limit: int = 1200) -> list[Span]:
    """The sentence that ends right before ``start`` (semicolons do not split it)."""
    lo = max(0, start - limit)
    ends = [m.end() for m in re.finditer(r"[.!?:](?=\s)", text[lo:start].rstrip()[:-1])]
    a = lo + ends[-1] if ends else lo
    return [(a, start)] if text[a:start].strip() else []


def _header_name(text: str, m: BodyMention, b: int, body_header: bool = False) -> str | None:
    """The name of the body a header line names, when the line goes on after the mention with
    words that qualify it ("2. Sở Y tế Hà Nội", "3. Các cơ sở KCB BHYT trên địa bàn Thành phố",
    "12. Các tổ chức, cá nhân ... khai thác nước dưới đất trên địa bàn có trách nhiệm"): the mention
    and that tail, without a closing predicate ("có trách nhiệm"), a parenthesis or a colon.
    ``None`` when the tail is something else (another clause, a list, a role cue). A line that
    only names who acts (``body_header``) may go on in lower case ("Các chủ đầu tư | xây dựng và
    kinh doanh hạ tầng khu công nghiệp", "Các doanh nghiệp thứ cấp | đang hoạt động trong KCN")."""
    toks = tokenize(text, m.end, b)
    cut = next((k for k, t in enumerate(toks) if t.key in ("(", ":", "|")), len(toks))
    toks = toks[:cut]
    predicate = False
    for k in range(len(toks)):
        hit = cues().lead_after.match(toks, k)
        if hit and (k + hit[0] == len(toks) or k + hit[0] < len(toks) and toks[k + hit[0]].key == "thưc"):
            toks, predicate = toks[:k], True
            break
    while toks and not toks[-1].word:
        toks.pop()
    if not toks or len(toks) > 15 or any(not t.word and t.key not in ("-", "–", "&") for t in toks):
        return None
    if not (toks[0].cap or predicate or body_header or toks[0].tkey in cues().name_tail_openers):
        return None
    for k in range(1, len(toks)):  # a role cue in the tail: another clause ("... phối hợp với Y")
        cue = cues().before.match(toks, k)
        if cue and not predicate and (not body_header or cue[1] != NONE):
            return None
    return " ".join(text[m.start:toks[-1].end].split())


_GROUP_HEADER = re.compile(r"\s*(?:Đối|đối) với\s+(.{3,300}?)\s*:\s*$", re.S)
_GROUP_LEAD = re.compile(r"\s*(?:Đối|đối) với\s+([^:;.]{3,150}?)\s*:", re.S)


def _group_header(text: str, a: int, b: int, *, opens: bool = False) -> BodyRef | None:
    """"9.1. Đối với các cơ sở sản xuất có lưu lượng xả thải lớn:" over a list: the group it names
    owns the items below it, named to the colon (a narrower owner than the section's body). With
    ``opens``, the group opens an item ("Đối với các xã còn diện tích đất lúa: cần tập trung ...")."""
    m = (_GROUP_LEAD if opens else _GROUP_HEADER).match(text, a, b)
    if not m:
        return None
    s, e = m.span(1)
    if text[e - 1] == ")" and "(" in text[s:e]:  # "(theo danh sách gửi kèm)"
        e = s + text[s:e].rindex("(")
        while e > s and text[e - 1].isspace():
            e -= 1
    mentions = find_bodies(text, s, e)
    if not mentions or mentions[0].start - s > 12 or len(text[s:e].split()) > 45:
        return None
    return BodyRef(name=" ".join(text[mentions[0].start:e].split()), role="lead", explicit=opens,
                   span=(mentions[0].start, e))


def _inherit(text: str, ancestors: Sequence[Span], addressees: Sequence[Span], issuer: str | None = None,
             headers: Sequence[Span] | dict[Span, str] = ()) -> list[BodyRef]:
    kinds = dict(headers) if isinstance(headers, dict) else dict.fromkeys(headers, "heading")
    spans: list[Span] = []
    for a, b in ancestors:  # a bare "Cụ thể:" / "như sau:" line: its owner is in the sentence before
        spans += [(a, b)] + (_sentence_before(text, a) if len(text[a:b].strip()) < 40 else [])
    for a, b0 in spans:
        b = _clause_end(text, a, b0)
        group = _group_header(text, a, b)
        if group:
            return [group]
        leads = [(m, r) for m, r in _explicit_refs(text, a, b, issuer) if r in (LEAD, WEAK)]
        leads = leads or [(m, LEAD) for m in _names_only(text, a, b)]
        strong = [(m, r) for m, r in leads if r == LEAD] or leads
        if strong:
            refs = [BodyRef(name=m.name, role="lead", explicit=False, span=(m.start, m.end)) for m, _ in strong]
            kind = kinds.get((a, b)) or kinds.get((a, b0))
            if kind:
                m = strong[-1][0]
                name = _header_name(text, m, b, body_header=kind == "body_header")
                if name:
                    refs[-1] = BodyRef(name=name, role="lead", explicit=False, span=(m.start, m.start + len(name)))
            return refs
    refs = []
    for a, b in addressees:
        refs += [BodyRef(name=m.name, role="lead", explicit=False, span=(m.start, m.end))
                 for m in find_bodies(text, a, b, loose=True)]
    return refs


def _order(refs: list[BodyRef]) -> list[BodyRef]:
    return [r for r in refs if r.role == "lead"] + [r for r in refs if r.role != "lead"]
