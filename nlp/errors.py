"""Coded errors of the nlp package.

NlpError
 ├── AlignmentError     tokens do not reproduce the canonical text (a tokenizer bug)
 └── ArtefactError      a trained artefact is missing or unreadable at its local path
"""

from __future__ import annotations


class NlpError(Exception):
    code = "E200"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class AlignmentError(NlpError):
    code = "E201"


class ArtefactError(NlpError):
    code = "E202"
