"""The registered spaCy components of the chidao pipeline.

Each component reads the ``ingest.Document`` and the results of earlier components from
``doc.user_data``, calls one pure function module of ``nlp`` and writes one span group
(``doc.spans[...]``, character-aligned with ``alignment_mode="expand"``) plus its exact results
under ``doc.user_data[...]``. The pipeline's composition is config (``nlp.config.PipelineConfig``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.types import BodyRef, DirectiveInfo

DOCUMENT, DIRECTIVE, UNITS, DECISIONS, TASKS = "document", "directive", "units", "decisions", "tasks"
TARGET_KINDS = ("item", "sentence", "intro", "table_row")
OWNER_KINDS = ("item", "sentence", "intro", "body_header", "heading")  # units that may name the document's owners


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand") if end > start else None


def _write(doc: Doc, group: str, spans: list[tuple[int, int, str]]) -> None:
    doc.spans[group] = [sp for s, e, label in spans if (sp := _span(doc, s, e, label)) is not None]


def _text(doc: Doc) -> str:
    """The document text as one shared string (``doc.text`` rebuilds it from the tokens on every call)."""
    document = doc.user_data.get(DOCUMENT)
    return document.text if document is not None else doc.text


def _issued_on(info: DirectiveInfo) -> date | None:
    try:
        return date.fromisoformat(info.issued_on) if info.issued_on else None
    except ValueError:
        return None


def ancestors(units: list[Any], index: int) -> list[tuple[int, int]]:
    """Spans of a unit's ancestors in the outline, nearest first."""
    out, parent = [], units[index].parent
    while parent is not None:
        out.append((units[parent].start, units[parent].end))
        parent = units[parent].parent
    return out


def header_ancestors(units: list[Any], index: int) -> dict[tuple[int, int], str]:
    """Spans of a unit's ancestors that are header lines (body headers and headings), with their kind."""
    out, parent = {}, units[index].parent
    while parent is not None:
        if units[parent].kind in ("body_header", "heading"):
            out[(units[parent].start, units[parent].end)] = units[parent].kind
        parent = units[parent].parent
    return out


def _heading_texts(text: str, units: list[Any], index: int) -> tuple[str, ...]:
    """The texts of a unit's heading and intro ancestors ("2. Mục tiêu cụ thể", "Phấn đấu đến năm 2030:")."""
    out, parent = [], units[index].parent
    while parent is not None:
        if units[parent].kind in ("heading", "intro"):
            out.append(text[units[parent].start:units[parent].end][:200])
        parent = units[parent].parent
    return tuple(out)


def _under_body_header(units: list[Any], index: int) -> bool:
    """Whether an ancestor of the unit only names who acts ("7. Báo và Phát thanh, Truyền hình"): its
    owner is that body, even when the gazetteer does not know the name."""
    parent = units[index].parent
    while parent is not None:
        if units[parent].kind == "body_header":
            return True
        parent = units[parent].parent
    return False


@Language.component("chidao_header", assigns=["doc.spans", "doc.user_data"])
def header_component(doc: Doc) -> Doc:
    from nlp.header import parse_header

    info = parse_header(_text(doc))  # references included
    doc.user_data[DIRECTIVE] = info
    _write(doc, "reference", [(r.span[0], r.span[1], r.type or "ref") for r in info.references if r.span])
    _write(doc, "header", [(s, e, k) for k, (s, e) in info.spans.items()])
    return doc


@Language.component("chidao_outline", assigns=["doc.spans", "doc.user_data"])
def outline_component(doc: Doc) -> Doc:
    from nlp.structure import parse_outline

    units = parse_outline(doc.user_data[DOCUMENT])
    doc.user_data[UNITS] = units
    _write(doc, "unit", [(u.start, u.end, u.kind) for u in units])
    return doc


@Language.component("chidao_tasks", assigns=["doc.spans", "doc.user_data"])
def tasks_component(doc: Doc) -> Doc:
    from nlp.tasks import classify_units

    units = doc.user_data[UNITS]
    decisions = classify_units(_text(doc), units)
    threshold = doc.user_data.get("config_task_threshold", 0.5)
    chosen = [i for i, d in enumerate(decisions) if d.is_task and d.score >= threshold]
    doc.user_data[DECISIONS] = decisions
    doc.user_data[TASKS] = {i: {} for i in chosen}
    _write(doc, "task", [(units[i].start, units[i].end, units[i].kind) for i in chosen])
    return doc


@Language.component("chidao_bodies", assigns=["doc.spans", "doc.user_data"])
def bodies_component(doc: Doc) -> Doc:
    from nlp.roles import assign_bodies, host_locality, is_owner_clause

    units, info, text = doc.user_data[UNITS], doc.user_data[DIRECTIVE], _text(doc)
    addressees = [info.spans[k] for k in ("addressees",) if k in info.spans]
    owners = [(u.start, u.end) for u in units if u.kind in OWNER_KINDS and is_owner_clause(text, u.start, u.end)]
    host = host_locality(info.subject)
    mentions = []
    for i, slot in doc.user_data[TASKS].items():
        u = units[i]
        slot["bodies"] = assign_bodies(text, (u.start, u.end), ancestors=ancestors(units, i), issuer=info.issuer,
                                       cells=u.cells, addressees=addressees,
                                       owners=() if _under_body_header(units, i) else owners,
                                       headers=header_ancestors(units, i))
        if host and not any(b.role == "lead" for b in slot["bodies"]):
            slot["bodies"] = [BodyRef(name=host, role="lead", explicit=False), *slot["bodies"]]
        mentions += [(b.span[0], b.span[1], b.role) for b in slot["bodies"] if b.span]
    _write(doc, "body", mentions)
    return doc


@Language.component("chidao_deadlines", assigns=["doc.spans", "doc.user_data"])
def deadlines_component(doc: Doc) -> Doc:
    from nlp.deadlines import task_deadline

    units, info = doc.user_data[UNITS], doc.user_data[DIRECTIVE]
    issued_on, mentions = _issued_on(info), []
    for i, slot in doc.user_data[TASKS].items():
        u = units[i]
        slot["deadline"] = d = task_deadline(_text(doc), (u.start, u.end), ancestors=ancestors(units, i),
                                             issued_on=issued_on, cells=u.cells)
        if d is not None and d.span:
            mentions.append((d.span[0], d.span[1], d.kind))
    _write(doc, "deadline", mentions)
    return doc


@Language.component("chidao_targets", assigns=["doc.spans", "doc.user_data"])
def targets_component(doc: Doc) -> Doc:
    from nlp.targets import aim_targets, find_targets

    units, tasks, mentions = doc.user_data[UNITS], doc.user_data[TASKS], []
    for i, slot in tasks.items():
        slot["targets"] = found = find_targets(_text(doc), units[i].start, units[i].end)
        mentions += [(t.start, t.end, t.comparator) for t in found]
    # commitments stated in content that is not a task unit itself (aims of a plan, "Mục tiêu" items)
    text = _text(doc)
    doc.user_data["loose_targets"] = loose = [
        t for i, u in enumerate(units) if i not in tasks and u.kind in TARGET_KINDS
        for t in aim_targets(text, u.start, u.end, context=_heading_texts(text, units, i))]
    mentions += [(t.start, t.end, t.comparator) for t in loose]
    _write(doc, "target", mentions)
    return doc


@Language.component("chidao_indicators", assigns=["doc.user_data"])
def indicators_component(doc: Doc) -> Doc:
    from nlp.indicators import link_directive, link_task

    units, info = doc.user_data[UNITS], doc.user_data[DIRECTIVE]
    info.indices = link_directive(_text(doc), info)
    for i, slot in doc.user_data[TASKS].items():
        slot["indices"], slot["criteria"] = link_task(
            _text(doc), (units[i].start, units[i].end), directive_indices=info.indices, issued_on=_issued_on(info))
    return doc
