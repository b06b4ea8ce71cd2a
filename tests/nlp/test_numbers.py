"""Vietnamese number notation, number words and Roman numerals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.numbers import (
    fold_same_length,
    format_number,
    int_to_roman,
    int_to_words,
    parse_number,
    roman_to_int,
    to_int,
    words_to_int,
)


@pytest.mark.parametrize("s, want", [
    ("1.000", 1000.0), ("2,4", 2.4), ("46,96", 46.96), ("1.000.000,5", 1000000.5), ("98,5", 98.5),
    ("8.5", 8.5), ("1,000,000", 1000000.0), ("100", 100.0), ("07", 7.0), ("12.500", 12500.0),
    ("abc", None), ("1.5.", None), ("", None), ("30/6", None),
])
def test_parse_number(s: str, want: float | None) -> None:
    assert parse_number(s) == want


@pytest.mark.parametrize("s, want", [
    ("mười", 10), ("mười lăm", 15), ("hai mươi mốt", 21), ("ba mươi", 30), ("một trăm linh năm", 105),
    ("bảy", 7), ("chín mươi chín", 99), ("một nghìn hai trăm", 1200), ("hai triệu", 2_000_000),
    ("ngày", None), ("", None),
])
def test_words_to_int(s: str, want: int | None) -> None:
    assert words_to_int(s) == want


def test_small_helpers() -> None:
    assert fold_same_length("Trước NGÀY Đến hạn") == "truoc ngay den han"
    assert roman_to_int("IV") == 4 and roman_to_int("IIII") is None and roman_to_int("quý") is None
    assert to_int("07") == 7 and to_int("III") == 3 and to_int("mười") == 10
    assert format_number(1234.5) == "1.234,5" and format_number(1000, group=False) == "1000"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ÀĐƯ1/", max_size=40))
def test_fold_keeps_length(s: str) -> None:
    assert len(fold_same_length(s)) == len(s)


@given(st.integers(0, 999))
def test_words_round_trip(n: int) -> None:
    assert words_to_int(int_to_words(n)) == n


@given(st.integers(1, 3999))
def test_roman_round_trip(n: int) -> None:
    assert roman_to_int(int_to_roman(n)) == n


@settings(max_examples=300)
@given(st.decimals(min_value="0", max_value="1000000000", places=3), st.booleans())
def test_number_round_trip(value, group: bool) -> None:
    x = float(value)
    assert parse_number(format_number(x, group=group)) == pytest.approx(x)
