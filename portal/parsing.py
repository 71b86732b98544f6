"""Whole numbers read from untrusted text: forms, query strings, POSTed answers, imported files.

Python's own checks do not agree with each other: ``"²".isdigit()`` is true but ``int("²")`` raises
ValueError (a 500 where a view trusted the check), while ``int()`` quietly accepts Arabic-Indic
("٣"), full-width ("１２") and other Unicode digits and strips any Unicode whitespace. People type
numbers here as ASCII digits, and files the portal reads carry them so; anything else is not a
number. Every place that turns untrusted text into a whole number goes through ``parse_int`` (or the
form field ``StrictIntegerField``), so that what one form accepts, every form accepts.
"""

import re

from django import forms
from django.core.exceptions import ValidationError

ASCII_WHITESPACE = " \t\n\r\f\v"
ASCII_DIGITS = re.compile(r"[0-9]+", re.ASCII)
MAX_DIGITS = 18  # far beyond any count, year or index; int() of a 5,000-digit string raises ValueError


def parse_int(value, minimum=None, maximum=None, *, max_digits=MAX_DIGITS):
    """``value`` as an int, or None when it is not one.

    Accepted: an int (not a bool), or a string of ASCII digits 0-9, with ASCII whitespace around it
    and at most ``max_digits`` digits; then within ``minimum``..``maximum`` when they are given.
    Refused (None): signs, decimal points, superscripts, Unicode digits of other scripts, full-width
    digits, non-breaking, em and ideographic spaces, zero-width characters, anything not a string.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        text = value.strip(ASCII_WHITESPACE)
        if len(text) > max_digits or not ASCII_DIGITS.fullmatch(text):
            return None
        number = int(text)
    else:
        return None
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return None
    return number


class StrictIntegerField(forms.IntegerField):
    """Django's IntegerField reading only ASCII digits (``parse_int``): its own would take "١٩٨٧" as 1987.

    The limits (``min_value``, ``max_value``) are still checked by the field's validators, with
    Django's messages; anything that is not a number gets the field's "invalid" message.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, str) and not value.strip(ASCII_WHITESPACE):
            return None
        number = parse_int(value)
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number
