"""Link a directive and its tasks to the performance indices and criteria they work on.

Pure functions, no database. Matching runs on folded text (lower case, no diacritics) split into
word tokens, so "Chỉ số CCHC", "chỉ số cchc" and "Chi so CCHC" are the same, and punctuation inside a
phrase does not matter ("kỷ luật, kỷ cương" = "kỷ luật kỷ cương").

Three kinds of evidence come from the taxonomy (``nlp/taxonomy/*.yaml``):
- an *alias*: the index named ("Chỉ số hài lòng", "PAR INDEX", "Bộ chỉ số 766");
- a *strong cue*: a phrase of one of its areas that on its own says what the text works on
  ("cải cách hành chính", "chuyển đổi số", "môi trường đầu tư kinh doanh");
- a *weak cue*: a phrase that points to the index only inside a directive that targets it
  ("thủ tục hành chính", "doanh nghiệp").

A directive targets an index it names where it counts (subject, opening), names again and again,
or names beside an index it targets; or whose areas it keeps working on. A task carries the
indices it names or works on; a task of a directive that targets indices, with no cue of any
index, serves the directive's indices (GUIDELINE "Indicator criteria of a task").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from nlp.taxonomy_load import Index, Node, load_taxonomy
from nlp.text import fold
from nlp.types import DirectiveInfo

Span = tuple[int, int]
_WORD = re.compile(r"\w+")

# Weights and thresholds of the rules (fixed by reasoning about the layout, checked on dev).
HEAD_CHARS = 700  # the opening of a document: title, trích yếu, first paragraph
HEAD_WEIGHT = 2.0  # a mention in the subject or the opening counts double
FOCUS_SCORE = 2.0  # explicit score at which an index is the directive's focus
IMPLIED_SCORE = 6.0  # strong-cue score at which a directive works on an index it does not name
IMPLIED_DENSITY = 1.0  # ... and strong cues per 1000 characters


@dataclass(frozen=True)
class Mention:
    """A phrase of the taxonomy found in the text."""

    index: str
    kind: str  # alias | strong | weak | node
    phrase: str
    start: int
    end: int
    node: str | None = None


class _Tokens:
    """Folded word tokens of a text with their offsets in the original text."""

    def __init__(self, text: str) -> None:
        folded: list[str] = []
        where: list[int] = []
        for i, ch in enumerate(text):
            f = fold(ch)
            for c in f:
                folded.append(c)
                where.append(i)
        flat = "".join(folded)
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _WORD.finditer(flat):
            self.words.append(m.group())
            self.starts.append(where[m.start()])
            self.ends.append(where[m.end() - 1] + 1)
        self.by_word: dict[str, list[int]] = {}
        for i, w in enumerate(self.words):
            self.by_word.setdefault(w, []).append(i)

    def find(self, phrase: tuple[str, ...], lo: int = 0, hi: int | None = None) -> list[Span]:
        """Character spans where the token sequence ``phrase`` occurs within ``[lo, hi)``."""
        hi = len(self.words) if hi is None else hi
        out = []
        n = len(phrase)
        where = self.by_word.get(phrase[0], [])
        for k in range(bisect.bisect_left(where, lo), bisect.bisect_right(where, hi - n)):
            i = where[k]
            if tuple(self.words[i : i + n]) == phrase:
                out.append((self.starts[i], self.ends[i + n - 1]))
        return out

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices ``[lo, hi)`` of the tokens inside characters ``[start, end)``."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_right(self.ends, end)


@functools.lru_cache(maxsize=4)
def _tokens_of(text: str) -> _Tokens:
    """The tokens of ``text``, built once per document (every task of it reuses them)."""
    return _Tokens(text)


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(phrase)))


@dataclass(frozen=True)
class _Lexicon:
    """Every phrase of the taxonomy as token tuples."""

    entries: tuple[tuple[str, str, tuple[str, ...], str, str | None], ...]  # index, kind, key, phrase, node
    exclude: dict[str, tuple[tuple[str, ...], ...]]


@functools.lru_cache(maxsize=2)
def _lexicon() -> _Lexicon:
    entries = []
    exclude = {}
    for code, ix in load_taxonomy().items():
        for kind, phrases in (("alias", ix.aliases), ("strong", ix.strong), ("weak", ix.weak)):
            for p in phrases:
                k = _key(p)
                if k:
                    entries.append((code, kind, k, p, None))
        for n in ix.nodes:
            for p in (n.name, *n.aliases, *n.cues):
                k = _key(p)
                if len(k) >= 2:  # one-word cues of a node are too vague to name a criterion
                    entries.append((code, "node", k, p, n.code))
        exclude[code] = tuple(k for k in (_key(p) for p in ix.exclude) if k)
    return _Lexicon(tuple(entries), exclude)


def find_mentions(text: str, start: int = 0, end: int | None = None, *, tokens: _Tokens | None = None) -> list[Mention]:
    """Every taxonomy phrase in ``text[start:end]``; overlapping phrases of one index keep the longest.

    A phrase inside an excluded body name ("Trung tâm Chuyển đổi số") is not a mention.
    """
    end = len(text) if end is None else end
    tok = tokens or _tokens_of(text)
    lo, hi = tok.token_range(start, end)
    lex = _lexicon()
    blocked: dict[str, list[Span]] = {}
    for code, keys in lex.exclude.items():
        blocked[code] = [s for k in keys for s in tok.find(k, lo, hi)]
    found: list[Mention] = []
    for code, kind, key, phrase, node in lex.entries:
        for s, e in tok.find(key, lo, hi):
            if any(bs <= s and e <= be for bs, be in blocked[code]):
                continue
            found.append(Mention(code, kind, phrase, s, e, node))
    # an alias/strong/weak mention covered by a longer one of the same index and level is dropped
    rank = {"alias": 0, "strong": 1, "weak": 2, "node": 3}
    found.sort(key=lambda m: (m.index, rank[m.kind] if m.kind != "node" else 3, m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in found:
        if m.kind != "node" and any(
            k.index == m.index and k.kind != "node" and k.start <= m.start and m.end <= k.end and rank[k.kind] <= rank[m.kind]
            for k in kept
        ):
            continue
        kept.append(m)
    # a cue inside a longer name of another index is part of that name ("năng lực cạnh tranh" in
    # "năng lực cạnh tranh các sở, ban, ngành" names DDCI, not PCI)
    names = [m for m in kept if m.kind == "alias"]
    return [
        m
        for m in kept
        if m.kind not in ("strong", "weak")
        or not any(a.index != m.index and a.start <= m.start and m.end <= a.end and (a.end - a.start) > (m.end - m.start) for a in names)
    ]


BM25_MIN = 6.0  # BM25 score under which no criterion is proposed
BM25_MARGIN = 1.5  # ... and the ratio the best must keep over the second


def _grams(s: str) -> list[str]:
    """Folded syllables and syllable bigrams: a stand-in for word segmentation that needs no model."""
    w = _WORD.findall(fold(s))
    return w + [a + "_" + b for a, b in zip(w, w[1:], strict=False)]


@functools.lru_cache(maxsize=64)
def _bm25(index_code: str, node_codes: tuple[str, ...]) -> tuple[Any, tuple[Node, ...]]:
    from rank_bm25 import BM25Okapi

    nodes = tuple(n for n in load_taxonomy()[index_code].nodes if n.code in node_codes)
    docs = [_grams(" . ".join((n.name, *n.aliases, *n.cues))) for n in nodes]
    return BM25Okapi(docs), nodes


def _bm25_best(index_code: str, node_codes: tuple[str, ...], task_text: str) -> tuple[str, float, str] | None:
    """The node whose name and cues best match ``task_text`` (code, confidence, evidence), or None."""
    if not node_codes:
        return None
    model, nodes = _bm25(index_code, node_codes)
    q = _grams(task_text)
    scores = list(model.get_scores(q))
    order = sorted(range(len(nodes)), key=lambda i: -scores[i])
    best = order[0]
    second = scores[order[1]] if len(order) > 1 else 0.0
    if scores[best] < BM25_MIN or scores[best] < BM25_MARGIN * max(second, 1e-9):
        return None
    node = nodes[best]
    shared = [g for g in dict.fromkeys(q) if "_" in g and g in set(_grams(" . ".join((node.name, *node.cues))))]
    conf = round(min(0.6, 0.3 + scores[best] / 100.0), 2)
    return node.code, conf, "bm25: " + ", ".join(g.replace("_", " ") for g in shared[:4])


def _head_spans(text: str, info: DirectiveInfo | None) -> list[Span]:
    spans = [(0, min(len(text), HEAD_CHARS))]
    if info is not None:
        sub = (info.spans or {}).get("subject")
        if sub:
            spans.append((int(sub[0]), int(sub[1])))
    return spans


def directive_scores(text: str, info: DirectiveInfo | None = None) -> dict[str, dict[str, float]]:
    """Per index: ``alias`` and ``strong`` scores over the whole text (mentions in the head count double;
    a strong cue shared by several indices counts for none), and ``subject``: 1 when the trích yếu names the index or one of its strong cues."""
    heads = _head_spans(text, info)
    scores: dict[str, dict[str, float]] = {c: {"alias": 0.0, "strong": 0.0, "subject": 0.0} for c in load_taxonomy()}
    mentions = [m for m in find_mentions(text) if m.kind in ("alias", "strong")]
    owners: Counter[tuple[int, int]] = Counter((m.start, m.end) for m in mentions if m.kind == "strong")
    for m in mentions:
        if m.kind == "strong" and owners[(m.start, m.end)] > 1:
            continue  # a cue shared by several indices does not tell which one the text works on
        w = HEAD_WEIGHT if any(s <= m.start < e for s, e in heads) else 1.0
        scores[m.index][m.kind] += w
    subject = info.subject if info is not None and isinstance(info.subject, str) else ""
    if subject:
        for m in find_mentions(subject):
            if m.kind in ("alias", "strong"):
                scores[m.index]["subject"] = 1.0
    return scores


def link_directive(text: str, info: DirectiveInfo | None = None) -> list[str]:
    """The indices a directive targets, in taxonomy order.

    An index counts when it is named in the subject or the opening, or named at least twice; an index
    named once counts beside another that counts (a directive on indices that lists several); an index
    never named counts when its strong cues run through the text (the areas it works on).

    Args:
        text: the document text.
        info: the directive header (its ``subject`` and ``spans["subject"]`` weigh more).

    Returns:
        Index codes such as ``["PAR", "SIPAS"]``.
    """
    scores = directive_scores(text, info)
    focus = {c for c, s in scores.items() if s["alias"] >= FOCUS_SCORE or (s["subject"] and s["alias"] > 0)}
    chosen = set(focus)
    if focus:
        chosen |= {c for c, s in scores.items() if s["alias"] > 0}
    per_k = max(1.0, len(text) / 1000.0)
    for c, s in scores.items():
        implied = s["strong"] >= IMPLIED_SCORE and s["strong"] / per_k >= IMPLIED_DENSITY
        if implied and (focus or s["subject"]):
            chosen.add(c)
    return [c for c in load_taxonomy() if c in chosen]


def _criteria(
    tax: dict[str, Index], codes: list[str], mentions: list[Mention], text: str, span: Span, issued_on: Any
) -> list[dict[str, Any]]:
    """Criteria of ``codes`` named by node phrases, in the version in force on ``issued_on``; for an index
    with no phrase hit, the best BM25 match of the task over node names and cues, if it is clear enough."""
    out: dict[str, dict[str, Any]] = {}
    for code in codes:
        ix = tax[code]
        allowed = {n.code: n for n in ix.nodes_for(ix.version_in_force(issued_on))}
        hits = [m for m in mentions if m.kind == "node" and m.node in allowed]
        for m in hits:
            node: Node = allowed[m.node or ""]
            conf = round(min(0.95, 0.55 + 0.1 * len(_key(m.phrase)) + (0.1 if node.verified else 0.0)), 2)
            prev = out.get(node.code)
            if prev is None or prev["confidence"] < conf:
                out[node.code] = {"code": node.code, "confidence": conf, "evidence": text[m.start : m.end]}
        if not hits:
            best = _bm25_best(ix.code, tuple(sorted(allowed)), text[span[0] : span[1]])
            if best is not None:
                code_, conf, evidence = best
                out[code_] = {"code": code_, "confidence": conf, "evidence": evidence}
    # keep the most specific: drop a component when one of its criteria is linked with at least its confidence
    for c in list(out):
        if any(o != c and o.startswith(c + ".") and out[o]["confidence"] >= out[c]["confidence"] for o in out):
            del out[c]
    return sorted(out.values(), key=lambda d: (-d["confidence"], d["code"]))


def _disambiguate(mentions: list[Mention], target: list[str]) -> list[Mention]:
    """A cue shared by several indices ("môi trường đầu tư kinh doanh": PCI and DDCI) goes to those of
    them the directive targets, when it targets any."""
    if not target:
        return mentions
    at: dict[tuple[int, int, str], set[str]] = {}
    for m in mentions:
        if m.kind in ("strong", "weak"):
            at.setdefault((m.start, m.end, m.kind), set()).add(m.index)
    out = []
    for m in mentions:
        owners = at.get((m.start, m.end, m.kind))
        if owners and len(owners) > 1 and owners & set(target) and m.index not in target:
            continue
        out.append(m)
    return out


def link_task(
    text: str,
    span: Span,
    *,
    directive_indices: list[str] | None = None,
    issued_on: date | str | None = None,
) -> tuple[list[str], list[dict[str, Any]]]:
    """The indices and criteria a task serves.

    An index the task names, or an index whose strong cue it carries, is linked; inside a directive
    that targets indices, a weak cue of one of them is enough, and a task with no cue of any index
    serves all of them.

    Args:
        text: the document text.
        span: the task's ``[start, end)`` in ``text``.
        directive_indices: the indices of the directive (``link_directive``).
        issued_on: the directive's issue date; criteria come from the version in force then.

    Returns:
        ``(index codes, [{"code", "confidence", "evidence"}])``.
    """
    tax = load_taxonomy()
    target = [c for c in (directive_indices or []) if c in tax]
    mentions = find_mentions(text, span[0], span[1])
    kinds: dict[str, Counter[str]] = {c: Counter() for c in tax}
    for m in _disambiguate(mentions, target):
        kinds[m.index][m.kind] += 1
    chosen = set()
    for c, k in kinds.items():
        if k["alias"] or k["strong"]:
            chosen.add(c)
        elif c in target and k["weak"]:
            chosen.add(c)
    if target and not chosen and not any(k["strong"] or k["alias"] for k in kinds.values()):
        chosen = set(target)
    codes = [c for c in tax if c in chosen]
    return codes, _criteria(tax, codes, mentions, text, span, issued_on)
