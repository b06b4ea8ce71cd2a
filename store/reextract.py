"""Re-extraction of a stored directive with a newer extractor.

A new :class:`ExtractionRun` is recorded. Tasks are matched to the new output by span overlap
(intersection over union >= 0.5, best first, one to one):

* untouched machine tasks are updated in place (their uid stays) or, when the new run no longer
  finds them, removed;
* tasks a person touched (status changed, edited, human bodies/deadline, merged) are never
  changed: the differences are stored as proposals on the run (``ExtractionRun.proposals``);
* new tasks are added unless they overlap a human-touched task, in which case they are proposed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, delete, select

from ingest.document import Block, Document, InputFormat, Page, Table
from models.tables import (
    Deadline,
    Directive,
    ExtractionRun,
    Reference,
    SourceFile,
    Target,
    Task,
    TaskBody,
    TaskCriterion,
)
from nlp import types as nt
from store.errors import NotFound
from store.importer import (
    add_targets,
    check_spans,
    directive_fields,
    link_references,
    new_run,
    new_task,
    write_task_parts,
)
from store.keys import search_fold
from store.snapshot import body_rows, deadline_row, human_touched

MATCH_IOU = 0.5


@dataclass
class ReextractResult:
    """What a re-extraction did, by task uid."""

    run: ExtractionRun
    updated: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    proposals: list[dict[str, Any]] = field(default_factory=list)


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two ``[start, end)`` spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match_spans(old: list[tuple[int, int]], new: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one matches ``old index → new index`` with IoU >= 0.5, best pairs first."""
    pairs = sorted(((iou(o, n), i, j) for i, o in enumerate(old) for j, n in enumerate(new)), reverse=True)
    used_old: set[int] = set()
    used_new: set[int] = set()
    out: dict[int, int] = {}
    for score, i, j in pairs:
        if score < MATCH_IOU:
            break
        if i not in used_old and j not in used_new:
            out[i] = j
            used_old.add(i)
            used_new.add(j)
    return out


def _machine_view(source: nt.Task) -> dict[str, Any]:
    d = source.deadline
    return {
        "span": list(source.span),
        "bodies": sorted([b.name, b.role] for b in source.bodies),
        "deadline": {"due_on": d.date, "kind": d.kind, "rule": d.rule} if d else None,
    }


def _stored_view(session: Session, task: Task) -> dict[str, Any]:
    d = deadline_row(session, task.id)
    return {
        "span": [task.start, task.end],
        "bodies": sorted([b["name_as_written"] or b["name"], b["role"]] for b in body_rows(session, task.id)),
        "deadline": {"due_on": d["due_on"], "kind": d["kind"], "rule": d["rule"]} if d else None,
    }


def _drop_task(session: Session, task: Task) -> None:
    session.exec(delete(TaskBody).where(col(TaskBody.task_id) == task.id))  # type: ignore[call-overload]
    session.exec(delete(Deadline).where(col(Deadline.task_id) == task.id))  # type: ignore[call-overload]
    session.exec(delete(Target).where(col(Target.task_id) == task.id))  # type: ignore[call-overload]
    session.exec(delete(TaskCriterion).where(col(TaskCriterion.task_id) == task.id))  # type: ignore[call-overload]
    session.delete(task)


def reextract(*, session: Session, directive_id: int, extraction: nt.Extraction) -> ReextractResult:
    """Apply a newer extraction of a stored directive without losing any human change.

    Args:
        session: the caller's transaction.
        directive_id: the stored directive.
        extraction: the new extractor output for the same source text.

    Returns:
        What was updated, added, removed and kept, and the proposals recorded on the run.
    """
    directive = session.get(Directive, directive_id)
    if directive is None:
        raise NotFound(f"directive {directive_id} does not exist")
    source = session.get(SourceFile, directive.source_file_id)
    text = source.text  # type: ignore[union-attr]
    check_spans(text, extraction)
    run = new_run(session=session, source_file_id=source.id, extraction=extraction)  # type: ignore[union-attr]
    result = ReextractResult(run=run)

    for key, value in directive_fields(extraction.directive).items():
        setattr(directive, key, value)
    directive.run_id = run.id
    session.exec(delete(Reference).where(col(Reference.directive_id) == directive.id))  # type: ignore[call-overload]
    session.flush()
    link_references(session=session, directive=directive, info=extraction.directive)

    tasks = list(session.exec(select(Task).where(Task.directive_id == directive.id, col(Task.merged_into_id).is_(None))
                              .order_by(col(Task.ordinal), col(Task.id))).all())
    touched = {t.id: human_touched(session, t) for t in tasks}
    matches = match_spans([(t.start, t.end) for t in tasks], [tuple(x.span) for x in extraction.tasks])
    ids: dict[str, int] = {}
    page_of = _page_lookup(source.pages)  # type: ignore[union-attr]
    for i, task in enumerate(tasks):
        j = matches.get(i)
        new = extraction.tasks[j] if j is not None else None
        if touched[task.id]:
            result.kept.append(task.uid)
            if new is None:
                result.proposals.append({"kind": "remove", "task_uid": task.uid})
            else:
                ids[new.id] = task.id
                old_view, new_view = _stored_view(session, task), _machine_view(new)
                diff = {k: {"stored": old_view[k], "proposed": new_view[k]} for k in old_view if old_view[k] != new_view[k]}
                if diff:
                    result.proposals.append({"kind": "update", "task_uid": task.uid, "changes": diff})
            continue
        if new is None:
            result.removed.append(task.uid)
            _drop_task(session, task)
            continue
        s, e = new.span
        task.start, task.end, task.text = s, e, text[s:e]
        task.label, task.ordinal, task.run_id = new.id, j, run.id
        task.confidence, task.evidence, task.indices = new.confidence, list(new.evidence), list(new.indices)
        task.page_no, task.folded = new.page or page_of(s), search_fold(text[s:e])
        session.add(task)
        session.exec(delete(Target).where(col(Target.task_id) == task.id, Target.origin == "machine"))  # type: ignore[call-overload]
        write_task_parts(session=session, task=task, source=new)
        ids[new.id] = task.id
        result.updated.append(task.uid)

    kept_spans = [(t.start, t.end) for t in tasks if touched[t.id]]
    matched_new = set(matches.values())
    for j, new in enumerate(extraction.tasks):
        if j in matched_new:
            continue
        if any(min(e, new.span[1]) > max(s, new.span[0]) for s, e in kept_spans):
            result.proposals.append({"kind": "add", "task": new.model_dump(mode="json")})
            continue
        task = new_task(session=session, directive=directive, sha256=source.sha256, source=new, text=text,  # type: ignore[union-attr]
                        run_id=run.id, ordinal=j, page_of=page_of)
        ids[new.id] = task.id
        result.added.append(task.uid)

    session.exec(delete(Target).where(col(Target.directive_id) == directive.id, col(Target.task_id).is_(None),
                                      Target.origin == "machine"))  # type: ignore[call-overload]
    fresh = {x.id for x in extraction.tasks if x.id in ids and not touched.get(ids[x.id], False)}
    add_targets(session=session, directive_id=directive.id, extraction=extraction, document_text=text,
                task_ids=ids, page_of=page_of, only_tasks=fresh)
    run.proposals = result.proposals
    session.add(run)
    session.flush()
    return result


def document_of(source: SourceFile) -> Document:
    """The stored file as an ``ingest.Document`` (text, pages, blocks, tables), for re-extraction."""
    return Document(text=source.text, format=InputFormat(source.format), sha256=source.sha256, name=source.name,
                    pages=[Page(**p) for p in source.pages], blocks=[Block(**b) for b in source.blocks],
                    tables=[Table(**t) for t in source.tables], meta=dict(source.meta))


def _page_lookup(pages: list[dict[str, Any]]):  # noqa: ANN202
    def page_of(offset: int) -> int:
        for p in pages:
            if p["start"] <= offset < p["end"]:
                return int(p["page_no"])
        return int(pages[-1]["page_no"]) if pages else 1

    return page_of
