"""The body registry: seeding, alias matching, proposals, validity in time."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from models.tables import Body
from store.bodies import SEED_PATH, find_body, get_or_propose, list_bodies, seed_registry

SEED = """
central:
  - {name: Chính phủ, level: central}
  - {name: Bộ Nông nghiệp và Môi trường, aliases: [Bộ NN&MT], parent: Chính phủ, valid_from: 2025-03-01}
provincial_departments:
  - {name: Sở Tài nguyên và Môi trường, aliases: [Sở TN&MT], valid_to: 2025-02-28}
provinces:
  - {name: Quảng Trị, kind: tinh}
  - {name: Quảng Bình, kind: tinh, merged_into: Quảng Trị}
merge_date: 2025-07-01
"""


def test_seed_builds_hierarchy_levels_and_validity(session, tmp_path):
    path = tmp_path / "seed.yaml"
    path.write_text(SEED, encoding="utf-8")
    assert seed_registry(session=session, path=path) == 5
    assert seed_registry(session=session, path=path) == 5  # idempotent
    session.commit()
    assert len(session.exec(select(Body)).all()) == 5
    bo = find_body(session=session, name="Bộ NN&MT")
    assert bo.name == "Bộ Nông nghiệp và Môi trường" and bo.level == "central" and not bo.proposed
    assert session.get(Body, bo.parent_id).name == "Chính phủ"
    qb = find_body(session=session, name="UBND tỉnh Quảng Bình")
    assert qb.name == "Ủy ban nhân dân tỉnh Quảng Bình" and qb.valid_to == date(2025, 6, 30)
    on = {b.name for b in list_bodies(session=session, on=date(2025, 8, 1))}
    assert "Ủy ban nhân dân tỉnh Quảng Trị" in on and "Ủy ban nhân dân tỉnh Quảng Bình" not in on
    assert "Sở Tài nguyên và Môi trường" not in on


def test_unknown_body_is_proposed_once(session):
    a = get_or_propose(session=session, name="Trung tâm Chuyển đổi số Thành phố")
    b = get_or_propose(session=session, name="trung tâm chuyển đổi số thành phố")
    session.commit()
    assert a.id == b.id and a.proposed
    assert [x.name for x in list_bodies(session=session, q="chuyen doi so", proposed=True)] == [a.name]


def test_project_seed_file_loads(session):
    if not SEED_PATH.exists():
        return
    n = seed_registry(session=session)
    session.commit()
    assert n > 50
    assert find_body(session=session, name="UBND tỉnh Quảng Trị") is not None
