"""Load the indicator taxonomy shipped in ``nlp/taxonomy/*.yaml``.

Each file holds one index (PAR, SIPAS, PCI, DDCI, PAPI, DTI, QD766): its names (``aliases``),
the phrases of its areas that directives use (``cues.strong`` / ``cues.weak``), the body names
that contain a cue but are not a mention (``exclude``), its versions (the deciding document and
the date it applies from) and its nodes (component areas, criteria, sub-criteria), each naming its
``source`` and whether it was ``verified`` against a source.

Examples:
    >>> tax = load_taxonomy()
    >>> tax["PAR"].version_in_force("2021-05-04")
    '1149/QĐ-BNV'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

TAXONOMY_DIR = Path(__file__).parent / "taxonomy"
INDEX_CODES = ("PAR", "SIPAS", "PCI", "DDCI", "PAPI", "DTI", "QD766")


class TaxonomyError(ValueError):
    """A taxonomy file is missing a required field or is inconsistent (E301)."""


@dataclass(frozen=True)
class Version:
    """One version of an index: the document that defines it and the date it applies from."""

    id: str
    valid_from: date | None
    source: str
    verified: bool


@dataclass(frozen=True)
class Node:
    """A node of an index tree: component area, criterion or sub-criterion."""

    code: str
    index: str
    parent: str
    name: str
    aliases: tuple[str, ...]
    cues: tuple[str, ...]
    source: str
    versions: tuple[str, ...]
    valid_from: date | None
    verified: bool

    @property
    def depth(self) -> int:
        """1 for a component area (``PAR.3``), 2 for a criterion (``PAR.3.a``), ..."""
        return self.code.count(".")


@dataclass(frozen=True)
class Index:
    """One index with its mention phrases, versions and nodes."""

    code: str
    name: str
    name_en: str
    source: str
    verified: bool
    aliases: tuple[str, ...]
    strong: tuple[str, ...]
    weak: tuple[str, ...]
    exclude: tuple[str, ...]
    versions: tuple[Version, ...]
    nodes: tuple[Node, ...] = field(default_factory=tuple)

    def version_in_force(self, issued_on: date | str | None) -> str:
        """The id of the version in force on ``issued_on`` (the latest one when the date is unknown).

        A date before the first known version links to the first version.
        """
        day = _as_date(issued_on)
        dated = sorted((v for v in self.versions if v.valid_from), key=lambda v: v.valid_from or date.min)
        if not dated:
            return self.versions[0].id
        if day is None:
            return dated[-1].id
        current = dated[0]
        for v in dated:
            if v.valid_from and v.valid_from <= day:
                current = v
        return current.id

    def nodes_for(self, version: str | None) -> list[Node]:
        """The nodes that belong to ``version`` (all nodes when ``version`` is None)."""
        return [n for n in self.nodes if version is None or version in n.versions]


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _require(d: dict[str, Any], key: str, where: str) -> Any:
    if key not in d or d[key] in (None, ""):
        raise TaxonomyError(f"E301 taxonomy {where}: field {key!r} is required; add it to the YAML file.")
    return d[key]


def _parse(d: dict[str, Any], where: str) -> Index:
    code = _require(d, "code", where)
    versions = tuple(
        Version(
            id=str(_require(v, "id", f"{where} version")),
            valid_from=_as_date(v.get("valid_from")),
            source=str(_require(v, "source", f"{where} version {v.get('id')}")),
            verified=bool(v.get("verified", False)),
        )
        for v in _require(d, "versions", where)
    )
    known = {v.id for v in versions}
    nodes = []
    for n in d.get("nodes") or []:
        ncode = str(_require(n, "code", where))
        vs = tuple(n.get("versions") or known)
        if not set(vs) <= known:
            raise TaxonomyError(f"E301 taxonomy {where}: node {ncode} names unknown versions {sorted(set(vs) - known)}.")
        if not ncode.startswith(code + "."):
            raise TaxonomyError(f"E301 taxonomy {where}: node {ncode} does not start with {code}.")
        nodes.append(
            Node(
                code=ncode,
                index=code,
                parent=str(n.get("parent") or code),
                name=str(_require(n, "name", f"{where} node {ncode}")),
                aliases=tuple(n.get("aliases") or ()),
                cues=tuple(n.get("cues") or ()),
                source=str(_require(n, "source", f"{where} node {ncode}")),
                versions=vs,
                valid_from=_as_date(n.get("valid_from")),
                verified=bool(n.get("verified", False)),
            )
        )
    cues = d.get("cues") or {}
    return Index(
        code=code,
        name=str(_require(d, "name", where)),
        name_en=str(d.get("name_en") or ""),
        source=str(_require(d, "source", where)),
        verified=bool(d.get("verified", False)),
        aliases=tuple(_require(d, "aliases", where)),
        strong=tuple(cues.get("strong") or ()),
        weak=tuple(cues.get("weak") or ()),
        exclude=tuple(d.get("exclude") or ()),
        versions=versions,
        nodes=tuple(nodes),
    )


@functools.lru_cache(maxsize=4)
def load_taxonomy(directory: str | None = None) -> dict[str, Index]:
    """Read every ``*.yaml`` index file of ``directory`` (default: the shipped taxonomy).

    Returns:
        ``{index code: Index}`` in the order of ``INDEX_CODES`` for the shipped indices.

    Raises:
        TaxonomyError: a file lacks a required field or a node is inconsistent.
    """
    root = Path(directory) if directory else TAXONOMY_DIR
    found: dict[str, Index] = {}
    for path in sorted(root.glob("*.yaml")):
        with path.open(encoding="utf-8") as f:
            data = yaml.safe_load(f)
        if not isinstance(data, dict) or "nodes" not in data:
            continue  # sources.yaml and other side files
        ix = _parse(data, path.name)
        found[ix.code] = ix
    order = {c: i for i, c in enumerate(INDEX_CODES)}
    return dict(sorted(found.items(), key=lambda kv: order.get(kv[0], len(order))))


def node_by_code(code: str) -> Node | Index | None:
    """The node (or the index itself) with ``code``; None when it is not in the taxonomy."""
    tax = load_taxonomy()
    head = code.split(".")[0]
    ix = tax.get(head)
    if ix is None:
        return None
    if code == head:
        return ix
    return next((n for n in ix.nodes if n.code == code), None)
