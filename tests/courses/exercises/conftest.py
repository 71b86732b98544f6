"""Fixtures of the exercise tests: ``lesson`` is the genogram exercise lesson here."""

import pytest

from tests.courses.genogram_lesson import make_lesson


@pytest.fixture
def lesson(home):
    return make_lesson(home)
