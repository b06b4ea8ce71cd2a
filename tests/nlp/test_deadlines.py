"""Deadlines: the phrase table, property-based date forms, and task-level choice."""

from __future__ import annotations

import csv
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.deadlines import find_deadlines, parse_deadline_phrase, task_deadline
from nlp.numbers import int_to_roman

_TABLE = Path(__file__).parent / "data" / "deadline_phrases.tsv"


def _rows() -> list[dict[str, str]]:
    with _TABLE.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        r["phrase"] = unicodedata.normalize("NFC", r["phrase"].replace("\\n", "\n"))
    return rows


ROWS = _rows()


def test_table_is_large_and_nfc() -> None:
    assert len(ROWS) >= 110
    assert {r["kind"] for r in ROWS} == {"by", "period", "recurring", "ongoing", "none"}


@pytest.mark.parametrize("row", ROWS, ids=[r["phrase"][:40] for r in ROWS])
def test_phrase_table(row: dict[str, str]) -> None:
    got = parse_deadline_phrase(row["phrase"], issued_on=row["issued_on"])
    if row["kind"] == "none":
        assert got is None, got
        return
    assert got is not None
    # the scorer reads "by" and "period" alike (the date is what counts)
    assert got.kind == row["kind"] or {got.kind, row["kind"]} == {"by", "period"}
    assert got.date == (row["date"] or None)
    if row["rule"]:
        assert got.rule == row["rule"]


def test_spans_point_at_the_text() -> None:
    text = "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/6/2022."
    (m,) = find_deadlines(text, 0, len(text), issued_on=date(2022, 5, 13))
    assert text[m.start:m.end] == "trước ngày 15/6/2022"


_FORMS = [
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}-{d.month}-{d.year}",
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}",
    lambda d: f"ngày {d.day:02d} tháng\n{d.month:02d} năm {d.year}",
]


@settings(max_examples=150, deadline=None)
@given(day=st.dates(date(2000, 1, 1), date(2040, 12, 31)), form=st.integers(0, len(_FORMS) - 1),
       lead=st.integers(1, 500), cue=st.sampled_from(["trước ngày", "chậm nhất là", "hoàn thành trước", "hạn chót"]))
def test_full_dates_round_trip(day: date, form: int, lead: int, cue: str) -> None:
    written = _FORMS[form](day)
    if written.startswith("ngày") and cue.endswith("ngày"):
        written = written[len("ngày "):]
    text = f"Các đơn vị báo cáo kết quả {cue} {written}."
    got = parse_deadline_phrase(text, issued_on=day - timedelta(days=lead))
    assert got is not None and got.kind == "by" and got.date == day.isoformat()


@settings(max_examples=100, deadline=None)
@given(issued=st.dates(date(2001, 1, 1), date(2039, 12, 31)), month=st.integers(1, 12), day=st.integers(1, 28))
def test_day_month_resolves_to_next_occurrence(issued: date, month: int, day: int) -> None:
    got = parse_deadline_phrase(f"chậm nhất ngày {day}/{month}", issued_on=issued)
    want = date(issued.year, month, day)
    if want < issued:
        want = date(issued.year + 1, month, day)
    assert got is not None and got.date == want.isoformat()


@settings(max_examples=60, deadline=None)
@given(q=st.integers(1, 4), year=st.integers(2001, 2039), roman=st.booleans(), sep=st.sampled_from(["/", " năm "]))
def test_quarters(q: int, year: int, roman: bool, sep: str) -> None:
    label = int_to_roman(q) if roman else str(q)
    got = parse_deadline_phrase(f"hoàn thành trong quý {label}{sep}{year}", issued_on=date(year, 1, 1))
    ends = {1: date(year, 3, 31), 2: date(year, 6, 30), 3: date(year, 9, 30), 4: date(year, 12, 31)}
    assert got is not None and got.date == ends[q].isoformat()


@settings(max_examples=60, deadline=None)
@given(issued=st.dates(date(2001, 1, 1), date(2039, 6, 30)), n=st.integers(1, 60))
def test_working_days_skip_weekends(issued: date, n: int) -> None:
    got = parse_deadline_phrase(f"trong thời hạn {n:02d} ngày làm việc", issued_on=issued)
    assert got is not None
    due = date.fromisoformat(got.date)
    assert due.weekday() < 5
    workdays = sum(1 for k in range(1, (due - issued).days + 1) if (issued + timedelta(days=k)).weekday() < 5)
    assert workdays == n


def _span(text: str, part: str) -> tuple[int, int]:
    s = text.index(part)
    return s, s + len(part)


def test_task_prefers_completion_and_latest_date() -> None:
    text = ("Các địa phương phát động chiến dịch hỗ trợ Nhân dân. Trong đó việc sửa chữa nhà ở phải hoàn thành "
            "trước ngày 31/12/2025; nhà bị sập đổ được xây dựng lại, hoàn thành trước ngày 31/01/2026.")
    d = task_deadline(text, (0, len(text)), issued_on=date(2025, 11, 30))
    assert d is not None and d.date == "2026-01-31" and not d.inherited


def test_task_inherits_from_ancestor_and_cell() -> None:
    text = ("2. Các sở, ngành hoàn thành các nội dung sau trước ngày 30/6/2021:\n"
            "a) Rà soát thủ tục hành chính thuộc phạm vi quản lý.\n"
            "|\nXây dựng quy chế phối hợp\n|\nSở Tư pháp\n|\nQuý III/2021\n|\n")
    item = _span(text, "Rà soát thủ tục hành chính thuộc phạm vi quản lý.")
    head = _span(text, "Các sở, ngành hoàn thành các nội dung sau trước ngày 30/6/2021:")
    d = task_deadline(text, item, ancestors=[head], issued_on=date(2021, 3, 31))
    assert d is not None and d.inherited and d.date == "2021-06-30"
    row = _span(text, "Xây dựng quy chế phối hợp")
    d2 = task_deadline(text, row, cells={"deadline": _span(text, "Quý III/2021")}, issued_on=date(2021, 3, 31))
    assert d2 is not None and d2.inherited and d2.date == "2021-09-30" and d2.kind == "period"


def test_cell_year_and_ongoing() -> None:
    text = "|\nTiếp nhận và duy trì Hệ thống Tổng đài 112\n|\n2025\n|\nThường xuyên\n|\n"
    task = _span(text, "Tiếp nhận và duy trì Hệ thống Tổng đài 112")
    d = task_deadline(text, task, cells={"deadline": _span(text, "2025")}, issued_on=date(2025, 11, 18))
    assert d is not None and d.date == "2025-12-31" and d.kind == "period"
    d = task_deadline(text, task, cells={"deadline": _span(text, "Thường xuyên")}, issued_on=date(2025, 11, 18))
    assert d is not None and d.kind == "ongoing" and d.date is None


def test_no_deadline_in_plain_task() -> None:
    text = "Tổ chức tuyên truyền, phổ biến pháp luật về phòng thủ dân sự đến cộng đồng dân cư."
    assert task_deadline(text, (0, len(text)), issued_on=date(2025, 11, 18)) is None


def test_follow_up_step_does_not_replace_the_task_limit() -> None:
    text = ("Các sở hoàn thiện báo cáo đánh giá tình hình thực hiện, gửi Sở Nội vụ trước ngày 10/12/2025. "
            "Trên cơ sở đó, Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2025.")
    d = task_deadline(text, (0, len(text)), issued_on=date(2025, 11, 25))
    assert d is not None and d.date == "2025-12-10"


def test_limit_in_an_intro_preamble_or_aim_does_not_pass_down() -> None:
    text = ("2. Để bảo đảm tiến độ, phấn đấu hoàn thành xây dựng trước ngày 30/11/2025, yêu cầu các đơn vị "
            "thực hiện các nội dung sau:\n- Rà soát hồ sơ thiết kế phòng cháy, chữa cháy.\n")
    head = _span(text, "Để bảo đảm tiến độ, phấn đấu hoàn thành xây dựng trước ngày 30/11/2025, yêu cầu các đơn vị "
                       "thực hiện các nội dung sau:")
    item = _span(text, "Rà soát hồ sơ thiết kế phòng cháy, chữa cháy.")
    assert task_deadline(text, item, ancestors=[head], issued_on=date(2025, 11, 10)) is None
    text2 = ("Để kịp thời tổng hợp, yêu cầu các đơn vị thực hiện các nội dung sau, hoàn thành trước ngày "
             "30/11/2025:\n- Rà soát hồ sơ thiết kế phòng cháy, chữa cháy.\n")
    head2 = _span(text2, "Để kịp thời tổng hợp, yêu cầu các đơn vị thực hiện các nội dung sau, hoàn thành trước ngày "
                         "30/11/2025:")
    item2 = _span(text2, "Rà soát hồ sơ thiết kế phòng cháy, chữa cháy.")
    d = task_deadline(text2, item2, ancestors=[head2], issued_on=date(2025, 11, 10))
    assert d is not None and d.inherited and d.date == "2025-11-30"


def test_a_task_that_opens_with_dinh_ky_is_periodic() -> None:
    from nlp.deadlines import task_deadline

    text = "Định kỳ thu thập thông tin theo các mẫu biểu quy định tại Thông tư số 10/2022/TT-BLĐTBXH."
    d = task_deadline(text, (0, len(text)), issued_on="2025-11-20")
    assert (d.kind, d.date, d.rule) == ("recurring", None, None)
    assert task_deadline("Rà soát định kỳ các hồ sơ.", (0, 26), issued_on="2025-11-20") is None


def test_a_yearly_report_with_its_day_in_brackets_and_a_goal_heading_limit() -> None:
    from nlp.deadlines import task_deadline

    text = "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng."
    d = task_deadline(text, (0, len(text)), issued_on="2025-11-27")
    assert (d.kind, d.date, d.rule) == ("recurring", "2025-11-30", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30")
    text = "2. Mục tiêu cụ thể đến năm 2035\n- Tại địa bàn đô thị: 100% trẻ em được nuôi dưỡng an toàn.\n"
    head, item = _span(text, "2. Mục tiêu cụ thể đến năm 2035"), _span(text, "Tại địa bàn đô thị: 100% trẻ em")
    d = task_deadline(text, item, ancestors=[head], issued_on="2025-11-19")
    assert d is not None and d.inherited and d.date == "2035-12-31"


def test_a_phase_heading_and_a_yearly_report_day_named_apart() -> None:
    from nlp.deadlines import task_deadline

    text = "1. Giai đoạn 2025 - 2030\n- Rà soát, bổ sung các chính sách hỗ trợ đổi mới công nghệ.\n"
    d = task_deadline(text, _span(text, "Rà soát, bổ sung"), ancestors=[_span(text, "Giai đoạn 2025 - 2030")],
                      issued_on="2025-11-19")
    assert d is not None and (d.date, d.kind, d.inherited) == ("2030-12-31", "period", True)
    text = ("Các đơn vị, địa phương tăng cường kiểm tra, định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông "
            "nghiệp và Môi trường chậm nhất ngày 17 tháng 12.")
    d = task_deadline(text, (0, len(text)), issued_on="2025-11-19")
    assert (d.date, d.kind, d.rule) == ("2025-12-17", "recurring", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=17")
