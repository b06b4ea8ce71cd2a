"""The lexicon of Vietnamese body names (``patterns/bodies.yaml``): tokens, phrase matchers, and the
registry key and level of a name. ``nlp.bodies`` matches mentions with it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp.text import fold

PATTERNS = Path(__file__).parent / "patterns"
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_TOKEN = re.compile(r"[\w\u0300-\u036f]+(?:[&-][\w\u0300-\u036f]+)*|[^\w\s\u0300-\u036f]")


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its offsets and its matching key."""

    start: int
    end: int
    key: str
    cap: bool
    word: bool
    tkey: str = ""  # lower case, tone kept but its placement normalised ("uỷ" == "ủy" != "uy")
    upper: bool = False  # written in capitals, two letters or more


def tone_fold(s: str) -> str:
    """Lower-case and drop tone marks, keeping vowel marks: "Uỷ"/"Ủy" → "uy", "Sở" → "sơ"."""
    nfd = unicodedata.normalize("NFD", s.lower())
    return unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))


def tone_key(s: str) -> str:
    """Lower-case with the tone mark moved to the end: "Uỷ"/"Ủy" → same key, "Bản" ≠ "Ban"."""
    nfd = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in nfd if c not in _TONES) + "".join(c for c in nfd if c in _TONES)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into words (``TN&MT`` and ``LĐ-TB&XH`` stay whole) and marks."""
    out = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s = m.group()
        out.append(Token(m.start(), m.end(), tone_fold(s), s[0].isupper(), s[0].isalnum(), tone_key(s),
                         len(s) > 1 and s.isupper()))
    return out


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(t.tkey for t in tokenize(phrase))


class _Phrases:
    """Multi-word phrases indexed by first key; ``match`` returns the longest at a position."""

    def __init__(self, items: list[tuple[str, Any]]):
        self.by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, value in items:
            keys = _keys(phrase)
            if keys:
                self.by_first.setdefault(keys[0], []).append((keys, value))
        for lst in self.by_first.values():
            lst.sort(key=lambda kv: -len(kv[0]))

    def matches(self, toks: list[Token], i: int) -> list[tuple[int, Any]]:
        """Every phrase that matches at ``i``, longest first."""
        if i >= len(toks):
            return []
        return [(len(keys), value) for keys, value in self.by_first.get(toks[i].tkey, ())
                if i + len(keys) <= len(toks) and all(toks[i + k].tkey == keys[k] for k in range(len(keys)))]

    def match(self, toks: list[Token], i: int) -> tuple[int, Any] | None:
        if i >= len(toks):
            return None
        for keys, value in self.by_first.get(toks[i].tkey, ()):
            n = len(keys)
            if i + n <= len(toks) and all(toks[i + k].tkey == keys[k] for k in range(n)):
                return n, value
        return None


_DASHES = {"-", "–", "—"}
_VA, _CAC = "va", "cac"
_OF = {"thuôc"}  # "(trực) thuộc": what follows is the parent body
_OFFICE_HEADS = {"văn phong", "bô phân"}  # their name may be a body: "Văn phòng Sở Y tế"


@dataclass
class Lexicon:
    """The gazetteer of ``bodies.yaml`` compiled into phrase matchers."""

    titles: _Phrases
    quantifiers: _Phrases
    committee: _Phrases
    named: _Phrases
    known: _Phrases
    not_names: frozenset[str]  # first words; "^word" when written capitalised in the list

    def not_name(self, tok: Token) -> bool:
        """The word after a head shows the head is not a body ("Ban hành", "Bộ Chỉ số")."""
        return (("^" if tok.cap and not tok.upper else "") + tok.tkey) in self.not_names
    units: _Phrases
    weak_units: frozenset[str]
    unit_prefixes: _Phrases
    generic: _Phrases
    collectives: _Phrases
    qualifiers: _Phrases
    stops: _Phrases
    breakers: _Phrases
    title_heads: _Phrases
    subject_modals: _Phrases
    verb_heads: _Phrases
    generic_cues: _Phrases
    force_heads: frozenset[str]
    compounds: frozenset[str]
    committee_tails: _Phrases
    title_re: re.Pattern[str]
    abbreviations: dict[str, str]


def _titles_re(titles: list[str]) -> re.Pattern[str]:
    """A title right after a comma inside a list ("các Bộ, Thủ trưởng cơ quan ngang Bộ")."""
    alts = "|".join(sorted(map(re.escape, titles), key=len, reverse=True))
    return re.compile(rf"(?<=[,;] )(?:{alts}) ", re.I)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile ``patterns/bodies.yaml`` and the abbreviations of the registry seed."""
    import yaml

    d = yaml.safe_load((PATTERNS / "bodies.yaml").read_text(encoding="utf-8"))
    reg = yaml.safe_load((PATTERNS / "registry_seed.yaml").read_text(encoding="utf-8"))

    def p(items: list[Any], value: Any = True) -> _Phrases:
        return _Phrases([(x, value) for x in items])

    return Lexicon(
        titles=p(d["titles"]),
        quantifiers=p(d["quantifiers"]),
        committee=_Phrases([(h["head"], h) for h in d["committee_heads"]]),
        named=_Phrases([(h["head"], h) for h in d["named_heads"]]),
        known=p(d["known_names"]),
        not_names=frozenset(("^" if x[:1].isupper() else "") + _keys(x)[0] for x in d["not_names"]),
        units=p(d["units"]),
        weak_units=frozenset(" ".join(_keys(x)) for x in d["weak_units"]),
        unit_prefixes=p(d["unit_prefixes"]),
        generic=_Phrases([(x, True) for x in d["generic_heads"]] + [(x, "list_only") for x in d["list_only_heads"]]
                         + [(x, "peer") for x in d["peer_heads"]]),
        title_heads=_Phrases(list(d["title_heads"].items())),
        subject_modals=p(d["subject_modals"]),
        verb_heads=p(d["verb_heads"]),
        generic_cues=p(d["generic_cues"]),
        force_heads=frozenset(" ".join(_keys(x)) for x in d["force_heads"]),
        compounds=frozenset(" ".join(_keys(x)) for x in d["compounds"]),
        committee_tails=p(d["committee_tails"]),
        title_re=_titles_re(d["titles"]),
        collectives=p(d["collectives"]),
        qualifiers=p(d["qualifiers"]),
        stops=p(d["stop_words"]),
        breakers=p(d.get("name_breakers", [])),
        abbreviations={tone_fold(k): v for k, v in (reg.get("abbreviations") or {}).items()},
    )


def canonical_key(name: str) -> str:
    """The registry key of a body name: folded, titles dropped, abbreviations expanded.

    >>> canonical_key("Chủ tịch UBND tỉnh An Giang")
    'uy ban nhan dan tinh an giang'
    """
    lx = lexicon()
    toks = tokenize(unicodedata.normalize("NFC", name))
    i = 0
    while True:
        tm = lx.titles.match(toks, i)
        if not tm or i + tm[0] >= len(toks):
            break
        i += tm[0]
    words = []
    for tok in toks[i:]:
        if not tok.word:
            continue
        words.append(lx.abbreviations.get(tok.key, tok.key))
    return " ".join(fold(" ".join(words)).split())


_LEVEL_CUES = {
    "xa": "commune", "phuong": "commune", "thi tran": "commune", "dac khu": "commune",
    "huyen": "district", "thi xa": "district", "tinh": "province", "thanh pho": "province",
    "trung uong": "central", "quoc gia": "central",
}


def level_of(name: str) -> str | None:
    """central | province | district | commune | collective, or None when the name does not say.

    The level is read from the last administrative unit word in the name ("Sở Nội vụ tỉnh X"
    → province); plural forms ("UBND các xã", "các sở, ban, ngành") are ``collective``.

    >>> level_of("UBND các xã, phường")
    'collective'
    """
    words = canonical_key(name).split()
    if not words:
        return None
    if words[0] in ("cac", "tung", "moi") or "," in name or " cac " in f" {' '.join(words)} ":
        return "collective"
    key = " ".join(words).replace("xa hoi", "_").replace("chinh phu", "_cp")
    best, pos = None, -1
    for cue, level in _LEVEL_CUES.items():
        p = f" {key} ".rfind(f" {cue} ")
        if p > pos:
            best, pos = level, p
    if best:
        return best
    if words[0] == "bo" and len(words) > 1 and words[1] not in ("chi", "phan"):
        return "central"
    if "_cp" in key or words[0] in ("chinh", "thu", "quoc"):
        return "central"
    if words[0] in ("so",):
        return "province"
    if words[0] == "phong":
        return "district"
    return None


_LOCALITY_HEADS = _Phrases([(u, u) for u in ("tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường")])
