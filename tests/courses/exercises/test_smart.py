"""The SMART goal worksheet: reading what a learner typed and checking the goal against each criterion."""

import json
from datetime import date

import pytest
from django.http import QueryDict
from django.utils import translation

from courses.exercises.smart import (
    MAX_STEPS,
    SmartWorksheet,
    Step,
    check,
    checklist,
    has_verb,
    parse,
    printable,
    quantity,
    summary,
    target_number,
)

TODAY = date(2026, 1, 15)

GOOD = {
    "goal": "Pani Anna będzie uczestniczyć w spotkaniach grupy wsparcia dla rodziców.",
    "specific": "Pani Anna, matka trojga dzieci, weźmie udział w grupie wsparcia w ośrodku.",
    "measurable": "Liczymy obecności na liście prowadzącej grupę; cel osiągnięty przy czterech spotkaniach.",
    "achievable": "Grupa spotyka się blisko domu, a opiekę nad dziećmi zapewnia babcia.",
    "relevant": "Pani Anna sama mówi, że brakuje jej rozmowy z innymi rodzicami.",
    "time_bound": "Pierwsze spotkanie w lutym, ocena na koniec kwietnia.",
    "indicator": "liczba spotkań: 4",
    "target_value": "4",
    "deadline": "2026-04-30",
    "responsible": "Pani Anna, asystentka rodziny Ewa Nowak",
    "steps": [
        {"step": "Zapisać się do grupy wsparcia", "owner": "Pani Anna", "due": "2026-02-01"},
        {"step": "Ustalić opiekę nad dziećmi", "owner": "Asystentka rodziny", "due": "2026-02-05"},
    ],
}


def checks_of(worksheet, today=TODAY):
    """Every check by code, with the criterion it belongs to."""
    return {item.code: item for criterion in check(worksheet, today) for item in criterion.checks}


def criteria_of(worksheet, today=TODAY):
    return {criterion.key: criterion for criterion in check(worksheet, today)}


def worksheet(**changes):
    sheet, errors = parse({**GOOD, **changes})
    assert errors == {}
    return sheet


def test_a_good_goal_meets_all_five_criteria():
    sheet = worksheet()
    criteria = check(sheet, TODAY)
    assert [criterion.letter for criterion in criteria] == ["S", "M", "A", "R", "T"]
    assert all(criterion.met for criterion in criteria), [criterion.problems for criterion in criteria]
    assert not any(criterion.warnings for criterion in criteria)
    with translation.override("en"):
        result = summary(check(sheet, TODAY))
        assert result == {"met": 5, "total": 5, "all_met": True, "text": "The goal meets 5 of 5 SMART criteria."}
        assert checks_of(sheet)["indicator_quantity"].detail == "Found: 4 spotkań."


def test_the_criteria_carry_the_polish_labels_through_gettext():
    with translation.override("en"):
        labels = [criterion.label for criterion in check(worksheet(), TODAY)]
    assert labels == ["Specific", "Measurable", "Achievable", "Relevant", "Time-bound"]


def test_a_vague_goal_is_a_noun_phrase_and_too_short():
    with translation.override("en"):
        criteria = criteria_of(worksheet(goal="poprawa sytuacji rodziny"))
    specific = criteria["specific"]
    assert not specific.met
    codes = {item.code: item.passed for item in specific.checks}
    assert codes == {"goal_filled": True, "goal_verb": False, "specific_filled": True, "responsible_named": True}
    assert "names a state, not an action" in specific.explanation
    assert summary(list(criteria.values()))["met"] == 4


def test_a_one_word_goal_is_not_a_sentence():
    with translation.override("en"):
        item = checks_of(worksheet(goal="Szkoła"))["goal_filled"]
    assert not item.passed
    assert "“Szkoła” is too short for a goal" in item.detail


@pytest.mark.parametrize(
    ("goal", "verb"),
    [
        ("poprawa sytuacji rodziny", False),
        ("Zwiększenie samodzielności matki w prowadzeniu domu", False),
        ("Regularne uczęszczanie dzieci do szkoły", False),
        ("Pani Anna będzie uczestniczyć w grupie wsparcia", True),
        ("Syn ukończy szóstą klasę bez zaległości", True),
        ("Matka nauczy się planować wydatki", True),
        ("Dzieci codziennie uczęszczają do szkoły", True),
        ("Rodzina zamieszka w mieszkaniu socjalnym", True),
        ("Zorganizujemy dla rodziny cztery spotkania", True),
    ],
)
def test_a_goal_statement_needs_a_verb(goal, verb):
    assert has_verb(goal) is verb


@pytest.mark.parametrize(
    ("indicator", "found"),
    [
        ("liczba spotkań: 4", ("4", "spotkań")),
        ("80% dzieci", ("80", "%")),
        ("80 % dzieci", ("80", "%")),
        ("80 proc. uczniów", ("80", "%")),
        ("2 razy w miesiącu", ("2", "razy")),
        ("od 2 do 4 spotkań", ("4", "spotkań")),
        ("1 200 zł oszczędności", ("1 200", "zł")),
        ("4,5 godziny tygodniowo", ("4,5", "godziny")),
        ("4", ("4", "")),
        ("4 lub więcej", ("4", "")),
        ("więcej", None),
        ("więcej spotkań do końca 2026 r.", None),
        ("spotkania od 30.06.2026", None),
    ],
)
def test_the_indicator_needs_a_number_and_a_unit(indicator, found):
    assert quantity(indicator) == found


def test_more_alone_is_not_measurable():
    with translation.override("en"):
        criteria = criteria_of(worksheet(indicator="więcej spotkań"))
    assert not criteria["measurable"].met
    assert "Words such as “more” or “better” cannot be measured" in criteria["measurable"].explanation


def test_an_indicator_without_a_number_says_so():
    with translation.override("en"):
        item = checks_of(worksheet(indicator="obecność na spotkaniach grupy"))["indicator_quantity"]
    assert not item.passed
    assert item.detail.startswith("The indicator has no number.")


def test_a_number_without_a_unit_is_asked_for_its_unit():
    with translation.override("en"):
        item = checks_of(worksheet(indicator="4"))["indicator_quantity"]
    assert not item.passed
    assert item.detail.startswith("The number 4 has no unit.")


def test_an_empty_indicator_and_target_fail():
    found = checks_of(worksheet(indicator="", target_value=""))
    assert not found["indicator_quantity"].passed
    assert not found["target_number"].passed


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("4", 4.0),
        ("80%", 80.0),
        ("co najmniej 4 spotkania", 4.0),
        ("≥ 3", 3.0),
        ("1 200 zł", 1200.0),
        ("4,5", 4.5),
        ("dużo", None),
        ("więcej niż teraz", None),
        ("", None),
    ],
)
def test_the_target_value_must_be_a_number(text, number):
    assert target_number(text) == number


def test_a_target_that_is_not_a_number_fails_and_a_percent_over_100_is_a_warning():
    with translation.override("en"):
        words = checks_of(worksheet(target_value="dużo"))["target_number"]
        too_much = checks_of(worksheet(indicator="80% dzieci", target_value="150%"))["target_number"]
    assert not words.passed
    assert words.detail == "“dużo” is not a number. Give the target value as a number, e.g. 4 or 80%."
    assert too_much.passed and too_much.warning
    assert "150 per cent" in too_much.detail


def test_a_past_deadline_is_not_met():
    with translation.override("en"):
        criteria = criteria_of(worksheet(deadline="2025-12-31"))
    assert not criteria["time_bound"].met
    assert "The deadline Dec. 31, 2025 is not in the future." in criteria["time_bound"].explanation


def test_today_is_not_a_future_deadline():
    assert not checks_of(worksheet(deadline="2026-01-15"))["deadline_future"].passed
    assert checks_of(worksheet(deadline="2026-01-16"))["deadline_future"].passed


def test_a_deadline_more_than_five_years_away_is_met_with_a_warning():
    with translation.override("en"):
        criteria = criteria_of(worksheet(deadline="2032-01-15", steps=[]))
    time_bound = criteria["time_bound"]
    assert time_bound.met
    assert len(time_bound.warnings) == 1
    assert "more than five years away" in time_bound.explanation


def test_a_missing_deadline_is_asked_for():
    with translation.override("en"):
        item = checks_of(worksheet(deadline=""))["deadline_future"]
    assert not item.passed
    assert item.detail == "Give the deadline as a calendar date, e.g. 30.06.2026."


@pytest.mark.parametrize("text", ["2026-02-30", "31.04.2026", "2026-13-01"])
def test_an_impossible_date_is_reported_in_words(text):
    with translation.override("en"):
        sheet, errors = parse({**GOOD, "deadline": text})
    assert sheet.deadline is None
    assert errors == {"deadline": [f"There is no such day as {text} in the calendar. Check the day and the month."]}
    assert not checks_of(sheet)["deadline_future"].passed


@pytest.mark.parametrize(
    "text",
    # The last three: full-width and Arabic-Indic digits, a zero-width space (issue 19, item 5)
    ["jutro", "30 czerwca", "2026/06/30/1", "20260630", "３０.０６.２０２６", "2026-06-٣0", "30.06.2026\u200b"],
)
def test_a_date_in_no_known_format_is_reported(text):
    with translation.override("en"):
        _sheet, errors = parse({**GOOD, "deadline": text})
    assert errors["deadline"] == [f"“{text}” is not a date. Enter it as DD.MM.YYYY, e.g. 30.06.2026."]


@pytest.mark.parametrize("text", ["30.06.2026", "30-06-2026", "30/06/2026", "2026-06-30", " 2026-6-30 "])
def test_dates_are_read_in_the_polish_and_the_iso_form(text):
    sheet, errors = parse({**GOOD, "deadline": text})
    assert errors == {}
    assert sheet.deadline == date(2026, 6, 30)


def test_the_deadline_may_be_a_date_object():
    sheet, errors = parse({**GOOD, "deadline": date(2026, 6, 30)})
    assert (sheet.deadline, errors) == (date(2026, 6, 30), {})


def test_steps_without_owners_are_named_by_number():
    steps = [
        {"step": "Zapisać się do grupy", "owner": "Pani Anna"},
        {"step": "Ustalić opiekę nad dziećmi", "owner": ""},
        {"step": "Odebrać zaświadczenie z poradni", "owner": "  "},
    ]
    with translation.override("en"):
        criteria = criteria_of(worksheet(steps=steps))
    achievable = criteria["achievable"]
    assert not achievable.met
    assert achievable.problems == [
        "Steps without an owner: 2, 3. Say who does each: a step without an owner is easily left undone."
    ]


def test_a_step_with_only_an_owner_needs_a_description():
    with translation.override("en"):
        item = checks_of(worksheet(steps=[{"owner": "Pani Anna"}]))["steps_described"]
    assert not item.passed
    assert item.detail == "Steps without a description: 1. Say in a few words what will be done."


def test_a_goal_without_steps_is_not_achievable():
    found = checks_of(worksheet(steps=[]))
    assert not found["steps_present"].passed
    assert not found["steps_owners"].passed
    assert found["steps_before_deadline"].passed


def test_a_step_due_after_the_deadline_is_a_warning():
    steps = [{"step": "Ocenić udział w grupie", "owner": "Asystentka rodziny", "due": "2026-05-15"}]
    with translation.override("en"):
        criteria = criteria_of(worksheet(steps=steps))
    assert criteria["time_bound"].met
    assert criteria["time_bound"].warnings == ["Steps due after the goal’s deadline: 1. Check the dates."]


@pytest.mark.parametrize("text", ["", "tak", "nie wiem", "jw.", "Będzie dobrze"])
def test_a_guided_field_needs_more_than_a_token(text):
    criteria = criteria_of(worksheet(relevant=text))
    assert not criteria["relevant"].met


def test_people_responsible_must_be_named():
    assert not checks_of(worksheet(responsible=""))["responsible_named"].passed
    assert not checks_of(worksheet(responsible="-"))["responsible_named"].passed
    assert checks_of(worksheet(responsible="Pani Anna"))["responsible_named"].passed


@pytest.mark.parametrize("data", [None, "goal", 42, ["goal"], ("a", "b")])
def test_input_that_is_not_a_mapping_gives_an_empty_worksheet_and_a_message(data):
    with translation.override("en"):
        sheet, errors = parse(data)
    assert sheet == SmartWorksheet()
    assert errors == {"__all__": ["The worksheet could not be read. Fill it in again."]}
    assert summary(check(sheet, TODAY))["met"] == 0


def test_values_of_the_wrong_type_are_reported_not_raised():
    data = {
        "goal": ["Pani Anna", "będzie"],
        "specific": {"a": 1},
        "measurable": True,
        "target_value": 4,
        "indicator": 4.5,
        "deadline": 20260630,
        "steps": [
            "Zapisać się",
            {"step": 7, "owner": None, "due": ["2026-01-01"]},
            None,
        ],
    }
    with translation.override("en"):
        sheet, errors = parse(data)
    unreadable = "This value could not be read. Type it in as text."
    assert errors["goal"] == errors["specific"] == errors["measurable"] == [unreadable]
    assert errors["deadline"] == ["This date could not be read. Enter it as DD.MM.YYYY, e.g. 30.06.2026."]
    assert errors["steps-0-step"] == errors["steps-2-step"] == ["This step could not be read. Enter it again."]
    assert "steps-1-due" in errors
    assert (sheet.goal, sheet.target_value, sheet.indicator, sheet.deadline) == ("", "4", "4.5", None)
    assert sheet.steps == [Step(step="7", owner="", due=None)]
    check(sheet, TODAY)  # and checking it does not fail either


def test_steps_that_are_not_a_list_are_reported():
    with translation.override("en"):
        sheet, errors = parse({**GOOD, "steps": "zapisać się do grupy"})
    assert sheet.steps == []
    assert errors == {"steps": ["The steps could not be read. Enter them again."]}


def test_too_many_steps_are_cut_to_the_limit():
    steps = [{"step": f"Krok numer {number}", "owner": "Pani Anna"} for number in range(MAX_STEPS + 5)]
    sheet, errors = parse({**GOOD, "steps": steps})
    assert len(sheet.steps) == MAX_STEPS
    assert list(errors) == ["steps"]


def test_long_text_is_cut_and_reported():
    with translation.override("en"):
        sheet, errors = parse({**GOOD, "goal": "Pani Anna będzie " + "bardzo " * 200})
    assert len(sheet.goal) <= 500
    assert errors["goal"][0].startswith("This text is too long: at most 500 characters, now 1416.")


def test_text_is_trimmed_and_control_characters_dropped():
    sheet, _errors = parse({**GOOD, "goal": "  Pani Anna\x00 będzie uczestniczyć\r\nw grupie  "})
    assert sheet.goal == "Pani Anna będzie uczestniczyć\nw grupie"


def test_a_form_post_with_numbered_step_fields():
    post = QueryDict(mutable=True)
    for name in ("goal", "specific", "measurable", "achievable", "relevant", "time_bound", "indicator"):
        post[name] = GOOD[name]
    post.update({"target_value": "4", "deadline": "30.04.2026", "responsible": GOOD["responsible"]})
    post.update({"steps-0-step": "Zapisać się do grupy", "steps-0-owner": "Pani Anna", "steps-0-due": ""})
    post.update({"steps-1-step": "", "steps-1-owner": "", "steps-1-due": ""})  # an empty row is skipped
    post.update({"steps-2-step": "Ustalić opiekę", "steps-2-owner": "Babcia", "steps-2-due": "2026-02-30"})
    with translation.override("en"):
        sheet, errors = parse(post)
    assert list(errors) == ["steps-2-due"]
    assert [step.step for step in sheet.steps] == ["Zapisać się do grupy", "Ustalić opiekę"]
    assert sheet.deadline == date(2026, 4, 30)
    assert all(criterion.met for criterion in check(sheet, TODAY))


def test_a_stored_worksheet_reads_back_unchanged():
    sheet = worksheet()
    stored = json.loads(json.dumps(sheet.to_dict()))
    again, errors = parse(stored)
    assert errors == {}
    assert again == sheet


def test_checklist_and_printable_are_plain_data():
    sheet = worksheet(target_value="dużo")
    with translation.override("en"):
        criteria = check(sheet, TODAY)
        rows = checklist(criteria)
        page = printable(sheet, criteria)
    json.dumps(rows)  # plain data, ready for a template or for storage
    measurable = rows[1]
    assert (measurable["letter"], measurable["label"], measurable["met"]) == ("M", "Measurable", False)
    assert [item["code"] for item in measurable["checks"]] == [
        "measurable_filled",
        "indicator_quantity",
        "target_number",
    ]
    assert page["summary"]["text"] == "The goal meets 4 of 5 SMART criteria."
    fields = {item["name"]: item for item in page["fields"]}
    assert fields["deadline"] == {"name": "deadline", "label": "Deadline", "value": "April 30, 2026"}
    assert fields["time_bound"]["label"] == "Time-bound"
    assert page["steps"][0] == {
        "number": 1,
        "step": "Zapisać się do grupy wsparcia",
        "owner": "Pani Anna",
        "due": date(2026, 2, 1),
        "due_text": "Feb. 1, 2026",
    }


def test_dates_in_messages_follow_the_language():
    with translation.override("pl"):
        detail = checks_of(worksheet(deadline="2025-12-31"))["deadline_future"].detail
    assert "31 grudnia 2025" in detail
