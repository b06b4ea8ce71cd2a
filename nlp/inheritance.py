"""Bodies a task inherits from its context: the sentences before it in its paragraph, its
ancestors in the outline (a body header "2. Sở Y tế Hà Nội", a group header "Đối với X:", an intro
"... yêu cầu X thực hiện các nội dung sau:") and the addressees of a letter."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.bodies import BodyMention, find_bodies, lexicon, tokenize
from nlp.role_cues import _JOINERS, LEAD, NONE, SUPPORT, WEAK, _explicit_refs, _skip_title_back, cues
from nlp.types import BodyRef, Span

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


def _relative_tail(text: str, m: BodyMention, b: int, limit: int = 16) -> int | None:
    """The end of a restrictive clause after a collective mention of an intro line, up to the
    clause's verb: "các doanh nghiệp | có hoạt động cho thuê lại lao động trên địa bàn Thành phố |
    tự kiểm tra". ``None`` unless the clause opens with a relative word and a verb closes it."""
    from nlp.structure_data import layout
    from nlp.text import fold

    toks = tokenize(text, m.end, min(b, m.end + 300))
    if len(toks) < 3 or not cues().relative_openers.match(toks, 0):
        return None
    for k in range(1, min(len(toks), limit)):
        if not toks[k].word:
            return None
        if toks[k].key == "tư" or layout().start_verb.match(fold(text[toks[k].start:toks[k].start + 30])) \
                and k >= 2:
            return toks[k - 1].end
    return None


def _inherit(text: str, ancestors: Sequence[Span], addressees: Sequence[Span], issuer: str | None = None,
             headers: Sequence[Span] | dict[Span, str] = ()) -> list[BodyRef]:
    kinds = dict(headers) if isinstance(headers, dict) else dict.fromkeys(headers, "heading")
    spans: list[Span] = []
    for a, b in ancestors:  # a bare "Cụ thể:" / "như sau:" line: its owner is in the sentence before
        bare = len(text[a:b].strip()) < 40 and text[a:b].rstrip().endswith(":")
        spans += [(a, b)] + (_sentence_before(text, a) if bare else [])
    supports: list[BodyRef] = []  # "1. Sở Công Thương" | "Chủ trì, phối hợp với X thực hiện các nội dung sau:"
    for a, b0 in spans:
        b = _clause_end(text, a, b0)
        group = _group_header(text, a, b)
        if group:
            return [group, *supports]
        found = _explicit_refs(text, a, b, issuer)
        supports += [BodyRef(name=m.name, role="support", explicit=False, span=(m.start, m.end))
                     for m, r in found if r == SUPPORT]
        leads = [(m, r) for m, r in found if r in (LEAD, WEAK)]
        leads = leads or [(m, LEAD) for m in _names_only(text, a, b)]
        strong = [(m, r) for m, r in leads if r == LEAD] or leads
        if strong:
            refs = [BodyRef(name=m.name, role="lead", explicit=False, span=(m.start, m.end)) for m, _ in strong]
            if len(strong) == 1 and strong[0][0].collective and (tail := _relative_tail(text, strong[0][0], b)):
                m = strong[0][0]  # "đề nghị các doanh nghiệp | có hoạt động cho thuê lại lao động ... | tự kiểm tra"
                refs = [BodyRef(name=" ".join(text[m.start:tail].split()), role="lead", explicit=False,
                                span=(m.start, tail))]
            kind = kinds.get((a, b)) or kinds.get((a, b0))
            if kind:
                m = strong[-1][0]
                name = _header_name(text, m, b, body_header=kind == "body_header")
                if name:
                    refs[-1] = BodyRef(name=name, role="lead", explicit=False, span=(m.start, m.start + len(name)))
            return refs + supports
    refs = []
    for a, b in addressees:
        refs += [BodyRef(name=m.name, role="lead", explicit=False, span=(m.start, m.end))
                 for m in find_bodies(text, a, b, loose=True)]
    return refs
