"""The small public API of each package is pinned (httpx's test_exported_members)."""

from __future__ import annotations

import importlib

import pytest

# fmt: off
EXPECTED = {
    "nlp": {"BodyRef", "Deadline", "DirectiveInfo", "Extraction", "Extractor", "PipelineConfig", "Reference",
            "Target", "Task", "extract", "load_pipeline"},
}
# fmt: on


@pytest.mark.parametrize("package", sorted(EXPECTED))
def test_exported_members(package):
    module = importlib.import_module(package)
    assert set(module.__all__) == EXPECTED[package]
    for name in module.__all__:
        assert hasattr(module, name), f"{package}.{name} is exported but missing"
