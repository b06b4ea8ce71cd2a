"""Decide which bodies are responsible for a task, and in which role (lead / support).

``assign_bodies`` reads the body mentions of a task span (``nlp.bodies.find_bodies``), groups
coordinated mentions into chains, and gives each chain a role from the cue words around it
(``patterns/bodies_roles.yaml``): "giao X", "X chủ trì", the clause subject → lead; "phối hợp
với Y" → support; "tham mưu UBND tỉnh", "báo cáo ...", "của ..." → not responsible. Without an
explicit lead, bodies are inherited (``explicit=False``) from table cells, the nearest ancestor
header or intro line, the addressees, and finally the issuing authority.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from nlp.bodies import canonical_key, find_bodies, tokenize
from nlp.inheritance import _group_header, _inherit, preceding_context
from nlp.role_cues import (
    _BARE_UNITS,
    _BOUNDARY,
    _CELL_KEYS,
    _LOCALITY,
    LEAD,
    NONE,
    SUPPORT,
    WEAK,
    _before_role,
    _chains,
    _explicit_refs,
    cues,
)
from nlp.types import BodyRef, Span

__all__ = ["assign_bodies", "host_locality", "is_owner_clause", "preceding_context"]


def is_owner_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names who carries out the whole document (``owner_clauses``)."""
    from nlp.text import fold

    f = " ".join(fold(text[start:end]).split())
    return any(p.search(f) for p in cues().owner_clauses)


def host_locality(subject: str | None) -> str | None:
    """The province or city a central body's conclusions are addressed to, from the directive's
    subject ("kết luận ... tại buổi làm việc với lãnh đạo tỉnh Sơn La" → "Ủy ban nhân dân tỉnh Sơn
    La"): the owner of the tasks that name none."""
    for rx in cues().host_patterns:
        m = rx.search(" ".join((subject or "").split()))
        if m:
            name = m.group(2).split()
            k = next((n for n, w in enumerate(name) if not w[:1].isupper()), len(name))
            if k and name[0].lower() not in ("ủy", "uỷ"):  # "Tỉnh ủy Thanh Hóa" is the party committee  # the capitalised words of the place name ("Sơn La", "Đà Nẵng | về tình hình")
                return f"Ủy ban nhân dân {m.group(1).lower()} {' '.join(name[:k])}"
    return None


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


def _order(refs: list[BodyRef]) -> list[BodyRef]:
    return [r for r in refs if r.role == "lead"] + [r for r in refs if r.role != "lead"]
