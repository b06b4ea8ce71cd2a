"""A spaCy tokenizer built on underthesea's word segmentation, aligned to the exact text.

underthesea segments Vietnamese into words of one or more syllables ("Xây dựng", "chủ trì")
but returns strings, not offsets, and joins syllables with a single space even where the text
has a line break. ``segment`` re-finds every syllable in the original text, so each word is an
exact substring (``"Xây\\ndựng"`` stays as written); anything underthesea did not account for
becomes a word of its own. ``VietnameseTokenizer`` turns that into a ``Doc`` whose text is
exactly the input (checked).
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

from nlp.errors import AlignmentError

Span = tuple[int, int]


def _match(text: str, pos: int, syllable: str) -> int:
    """End offset if ``syllable`` matches ``text`` at ``pos`` (exactly or after NFC), else -1."""
    if text.startswith(syllable, pos):
        return pos + len(syllable)
    chunk = text[pos : pos + len(syllable) + 4]
    for k in range(1, len(chunk) + 1):
        if unicodedata.normalize("NFC", chunk[:k]) == unicodedata.normalize("NFC", syllable):
            return pos + k
    return -1


_NON_SPACE = re.compile(r"\S+")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _chunk(text: str, pos: int, spans: list[Span]) -> int:
    """Append the next whitespace-delimited chunk from ``pos`` to ``spans``; return the position after it."""
    m = _NON_SPACE.search(text, pos)
    if m is None:
        return len(text)
    spans.append(m.span())
    return m.end()


def segment(text: str) -> list[Span]:
    """Word spans of ``text`` from underthesea, each ``text[s:e]`` an exact, non-space substring."""
    from underthesea import word_tokenize  # heavy: imported on first use

    spans: list[Span] = []
    pos, n = 0, len(text)
    for word in word_tokenize(text, use_token_normalize=False):
        start = end = -1
        for syllable in word.split():
            pos = _skip_space(text, pos)
            stop = _match(text, pos, syllable)
            if stop < 0:
                break
            if start < 0:
                start = pos
            pos = end = stop
        if start >= 0:
            spans.append((start, end))
        elif pos < n:  # resynchronise: take the next whitespace-delimited chunk as a word
            pos = _chunk(text, pos, spans)
    while pos < n:  # whatever remains (underthesea dropped it) becomes whitespace-delimited words
        pos = _chunk(text, pos, spans)
    return spans


class VietnameseTokenizer:
    """spaCy tokenizer: underthesea words re-aligned to the input; ``doc.text == text`` always."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = [text[s:e] for s, e in segment(text)] if text.strip() else []
        try:
            words, spaces = get_words_and_spaces(words, text)
        except ValueError as e:
            raise AlignmentError(f"underthesea words do not reproduce the text: {e}") from e
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if doc.text != text:
            raise AlignmentError("the tokenized Doc does not reproduce the input text")
        return doc

    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> VietnameseTokenizer:
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> VietnameseTokenizer:
        return self
