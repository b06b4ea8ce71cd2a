"""The shipped indicator taxonomy: complete, sourced, versioned."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from nlp.taxonomy_load import INDEX_CODES, TaxonomyError, load_taxonomy, node_by_code


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def test_top_level_codes_are_exactly_the_seven_indices(tax):
    assert tuple(tax) == ("PAR", "SIPAS", "PCI", "DDCI", "PAPI", "DTI", "QD766")
    assert set(tax) == set(INDEX_CODES)


def test_every_node_names_its_source_and_a_known_version(tax):
    for ix in tax.values():
        assert ix.source and ix.aliases
        known = {v.id for v in ix.versions}
        for n in ix.nodes:
            assert n.source.strip(), n.code
            assert n.versions and set(n.versions) <= known, n.code
            assert n.name.strip(), n.code
            assert isinstance(n.verified, bool)


def test_node_codes_are_unique_and_parents_exist(tax):
    codes = [ix.code for ix in tax.values()] + [n.code for ix in tax.values() for n in ix.nodes]
    assert len(codes) == len(set(codes))
    for ix in tax.values():
        for n in ix.nodes:
            assert n.parent in codes, n.code
            assert n.code.startswith(n.parent + "."), n.code


# fmt: off
STRUCTURE = [
    ("PAR", 8), ("SIPAS", 9), ("PCI", 10), ("DDCI", 11), ("PAPI", 8), ("DTI", 10), ("QD766", 5),
]
# fmt: on


@pytest.mark.parametrize(("code", "areas"), STRUCTURE)
def test_component_areas_per_index(tax, code, areas):
    assert len([n for n in tax[code].nodes if n.depth == 1]) == areas


def test_required_versions_are_present(tax):
    ids = {c: {v.id for v in ix.versions} for c, ix in tax.items()}
    assert {"1149/QĐ-BNV", "876/QĐ-BNV"} <= ids["PAR"]
    assert {"2640/QĐ-BNV", "1001/QĐ-BNV"} <= ids["SIPAS"]
    assert {"922/QĐ-BTTTT", "405/QĐ-BKHCN"} <= ids["DTI"]
    assert "766/QĐ-TTg" in ids["QD766"]


# fmt: off
IN_FORCE = [
    ("PAR", "2021-09-20", "1149/QĐ-BNV"),
    ("PAR", "2023-03-01", "876/QĐ-BNV"),
    ("PAR", "2019-01-01", "1149/QĐ-BNV"),   # before the first known version: the first one
    ("SIPAS", "2020-08-19", "2640/QĐ-BNV"),
    ("SIPAS", "2024-06-01", "1001/QĐ-BNV"),
    ("DTI", "2022-12-31", "922/QĐ-BTTTT"),
    ("DTI", "2025-11-26", "405/QĐ-BKHCN"),
    ("DTI", None, "405/QĐ-BKHCN"),
]
# fmt: on


@pytest.mark.parametrize(("code", "day", "expected"), IN_FORCE)
def test_version_in_force_on_issue_date(tax, code, day, expected):
    assert tax[code].version_in_force(day) == expected


def test_version_in_force_accepts_a_date_object(tax):
    assert tax["PAR"].version_in_force(date(2022, 11, 10)) == "876/QĐ-BNV"


def test_nodes_for_a_version_keep_only_its_components(tax):
    dti_922 = {n.code for n in tax["DTI"].nodes_for("922/QĐ-BTTTT")}
    dti_405 = {n.code for n in tax["DTI"].nodes_for("405/QĐ-BKHCN")}
    assert "DTI.9" in dti_922 and "DTI.9" not in dti_405  # Đô thị thông minh: 922 only


def test_unverified_recall_criteria_stay_flagged(tax):
    par_a = node_by_code("PAR.1.a")
    assert par_a is not None and par_a.verified is False
    assert node_by_code("QD766.2").verified is True
    assert node_by_code("NOPE.1") is None


def test_renamed_pci_subindex_keeps_its_old_name_as_alias(tax):
    pci8 = node_by_code("PCI.8")
    assert "Chính sách hỗ trợ doanh nghiệp" in pci8.name
    assert "Dịch vụ hỗ trợ doanh nghiệp" in pci8.name


def test_missing_source_is_refused(tmp_path: Path):
    bad = {"code": "PAR", "name": "Chỉ số CCHC", "source": "x", "aliases": ["Chỉ số CCHC"],
           "versions": [{"id": "876/QĐ-BNV", "valid_from": "2022-11-10", "source": "876"}],
           "nodes": [{"code": "PAR.1", "name": "Công tác chỉ đạo, điều hành"}]}
    (tmp_path / "par.yaml").write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    with pytest.raises(TaxonomyError, match="source"):
        load_taxonomy(str(tmp_path))
