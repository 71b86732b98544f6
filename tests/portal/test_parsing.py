"""portal.parsing: whole numbers from untrusted text are ASCII digits, or nothing (issue 19, item 5)."""

import pytest
from django import forms

from portal.parsing import StrictIntegerField, parse_int
from tests.unicode_input import NOT_ASCII_NUMBERS, as_year


@pytest.mark.parametrize("value", NOT_ASCII_NUMBERS.values(), ids=NOT_ASCII_NUMBERS.keys())
def test_unicode_digits_and_spaces_are_not_numbers(value):
    assert parse_int(value) is None
    assert parse_int(value.replace("1", "12")) is None


@pytest.mark.parametrize(
    "value", ["", " ", "-1", "+1", "1.5", "1e3", "0x10", "1_000", "1 000", "9" * 19, "9" * 5000, None, 1.0, [], True]
)
def test_anything_else_that_is_not_ascii_digits_is_not_a_number(value):
    assert parse_int(value) is None


def test_ascii_digits_with_ascii_whitespace_and_ints_are_numbers_within_the_limits():
    assert parse_int(" 42\n") == 42
    assert parse_int("007") == 7
    assert parse_int(1987) == 1987
    assert parse_int("3", 0, 2) is None and parse_int("2", 0, 2) == 2 and parse_int(-1, 0) is None
    assert parse_int("12345", max_digits=4) is None


class YearForm(forms.Form):
    year = StrictIntegerField(required=False, min_value=1800, max_value=2100)


@pytest.mark.parametrize("value", NOT_ASCII_NUMBERS.values(), ids=NOT_ASCII_NUMBERS.keys())
def test_the_form_field_refuses_what_djangos_would_read(value):
    form = YearForm({"year": as_year(value)})
    assert not form.is_valid()
    assert form.errors["year"] == [forms.IntegerField.default_error_messages["invalid"]]
    assert forms.IntegerField().clean("١٩٨٧") == 1987, "Django's own field reads Arabic-Indic digits"


def test_the_form_field_reads_ascii_and_leaves_empty_empty():
    assert YearForm({"year": " 1987 "}).is_valid()
    form = YearForm({"year": ""})
    assert form.is_valid() and form.cleaned_data["year"] is None
    form = YearForm({"year": "1700"})
    assert not form.is_valid()
