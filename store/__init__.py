"""Persistence and the unit of work (SQLite by default, PostgreSQL for many users).

Public verbs (imported lazily, so ``import store`` stays light)::

    make_engine(url) / init_db(engine) / session_scope(engine)      store.db
    Settings()                                                       store.settings (edges only)
    save_extraction(...) / ingest_file(...)                          store.importer
    reextract(...)                                                   store.reextract
    apply_review(...) / report_progress(...) / history(...)          store.review
    list_tasks(...) / get_task(...) / provenance(...)                store.tasks
    list_directives(...) / get_directive(...)                        store.directives
    export_tasks(...) / progress_import(...)                         store.export
    list_proposals(...) / apply_proposal(...)                        store.proposals

Every function takes ``session=`` and never commits; errors are in :mod:`store.errors`.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "make_engine": "store.db", "init_db": "store.db", "session_scope": "store.db", "Settings": "store.settings",
    "save_extraction": "store.importer", "ingest_file": "store.importer", "SaveResult": "store.importer",
    "reextract": "store.reextract", "apply_review": "store.review", "report_progress": "store.review",
    "history": "store.review", "list_tasks": "store.tasks", "get_task": "store.tasks", "provenance": "store.tasks",
    "list_directives": "store.directives", "get_directive": "store.directives", "export_tasks": "store.export",
    "progress_import": "store.export", "list_proposals": "store.proposals", "apply_proposal": "store.proposals",
    "schedule": "store.tasks", "NotFound": "store.errors", "Conflict": "store.errors",
    "InvalidTransition": "store.errors", "InvalidData": "store.errors", "StoreError": "store.errors",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'store' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
