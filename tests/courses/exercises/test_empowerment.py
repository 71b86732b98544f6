"""The empowerment self-assessment: definitions, answers, scores with reverse-scored statements, the chart."""

import copy
import re
import xml.etree.ElementTree as ET

import pytest
from django.http import QueryDict
from django.utils import translation

from courses.exercises.empowerment import (
    REFLECTION_LIMIT,
    compare,
    default_definition,
    form_fields,
    parse_answers,
    radar_or_bar_svg,
    rating_field,
    reflection_field,
    score,
    validate_definition,
)

SVG = "{http://www.w3.org/2000/svg}"

# Two dimensions of unequal length, one reverse-scored statement, one reflection question.
SMALL = {
    "title": "Krótka samoocena",
    "scale": {"max": 5, "min_label": "nie zgadzam się", "max_label": "zgadzam się"},
    "dimensions": [
        {
            "key": "wplyw",
            "title": "Poczucie wpływu",
            "statements": [
                {"key": "w1", "text": "Mam wpływ na swoje życie."},
                {"key": "w2", "text": "Decyzje zapadają beze mnie.", "reverse": True},
            ],
        },
        {
            "key": "relacje",
            "title": "Relacje i wsparcie",
            "statements": [
                {"key": "r1", "text": "Mam do kogo zadzwonić."},
                {"key": "r2", "text": "Rozmawiamy w rodzinie."},
                {"key": "r3", "text": "Znam sąsiadów."},
            ],
        },
    ],
    "reflection_questions": ["Co udało mi się zmienić?"],
}


def answers(**ratings):
    return {"ratings": ratings, "reflections": {}}


def definition(**changes):
    defn = copy.deepcopy(SMALL)
    defn.update(changes)
    return defn


def errors_of(defn):
    with translation.override("en"):
        return validate_definition(defn)


# ---------------------------------------------------------------------------------------------- definition


def test_the_default_definition_is_valid_and_complete():
    defn = default_definition()
    assert validate_definition(defn) == []
    titles = [dimension["title"] for dimension in defn["dimensions"]]
    assert titles == ["Poczucie wpływu", "Kompetencje", "Relacje i wsparcie", "Udział w decyzjach"]
    assert all(len(dimension["statements"]) == 4 for dimension in defn["dimensions"])
    assert all(
        sum(statement["reverse"] for statement in dimension["statements"]) == 1 for dimension in defn["dimensions"]
    )
    assert len(defn["reflection_questions"]) == 3
    assert (defn["scale"]["max"], defn["scale"]["min_label"]) == (5, "zdecydowanie się nie zgadzam")


def test_the_default_definition_is_a_fresh_copy():
    default_definition()["dimensions"].clear()
    assert len(default_definition()["dimensions"]) == 4


def test_a_small_definition_is_valid():
    assert validate_definition(SMALL) == []


@pytest.mark.parametrize("defn", [None, "skala", [], 5])
def test_a_definition_that_is_not_a_mapping(defn):
    assert errors_of(defn) == ["The self-assessment could not be read: it has no scale, dimensions or statements."]


@pytest.mark.parametrize("maximum", [2, 11, "5", 5.0, True, None])
def test_the_scale_ends_between_3_and_10(maximum):
    defn = definition(scale={"max": maximum, "min_label": "nie", "max_label": "tak"})
    assert errors_of(defn) == ["The highest value of the scale must be a whole number from 3 to 10."]


def test_the_scale_starts_at_1_and_both_ends_have_labels():
    defn = definition(scale={"min": 0, "max": 5, "min_label": " ", "max_label": "x" * 101})
    assert errors_of(defn) == [
        "The scale always starts at 1.",
        "Label the lowest value of the scale, e.g. “strongly disagree”.",
        "The label “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…” is too long: at most 100 characters.",
    ]


def test_a_definition_without_scale_or_dimensions():
    assert errors_of({"title": "Pusta"}) == [
        "Set the scale: its highest value and the labels of both ends.",
        "Add at least one dimension with statements.",
    ]


def test_dimension_problems_are_named_by_position():
    defn = definition()
    defn["dimensions"] += [
        {"key": "wplyw", "title": "poczucie WPŁYWU", "statements": []},
        "nie wymiar",
        {"key": "Udział w decyzjach", "title": "", "statements": [{"text": ""}, 7, {"text": "Tak", "reverse": "tak"}]},
    ]
    assert errors_of(defn) == [
        "Dimension 3: the key “wplyw” is used twice.",
        "Dimension 3: another dimension has the same title “poczucie WPŁYWU”.",
        "Dimension 3: add at least one statement.",
        "Dimension 4 could not be read. Remove it and add it again.",
        "Dimension 5: the key “Udział w decyzjach” may have only small letters without accents, digits, - and _.",
        "Dimension 5: give it a title.",
        "Dimension 5, statement 1: the key “Udział w decyzjach-1” may have only small letters without accents, "
        "digits, - and _.",
        "Dimension 5, statement 1: the text is empty.",
        "Dimension 5, statement 2 could not be read.",
        "Dimension 5, statement 3: the key “Udział w decyzjach-3” may have only small letters without accents, "
        "digits, - and _.",
        "Dimension 5, statement 3: say yes or no to “reverse-scored”.",
    ]


def test_statement_keys_are_unique_across_dimensions():
    defn = definition()
    defn["dimensions"][1]["statements"][0]["key"] = "w1"
    assert errors_of(defn) == ["Dimension 2, statement 1: the key “w1” is used twice."]


def test_positional_keys_stand_in_for_missing_ones():
    defn = {
        "scale": {"max": 4, "min_label": "nie", "max_label": "tak"},
        "dimensions": [
            {"title": "A", "statements": [{"text": "Jeden"}, {"text": "Dwa"}]},
            {"title": "B", "statements": [{"text": "Trzy"}]},
        ],
        "reflection_questions": ["Pytanie?", {"text": "Drugie?"}],
    }
    assert validate_definition(defn) == []
    fields = form_fields(defn)
    names = [statement["name"] for dimension in fields["dimensions"] for statement in dimension["statements"]]
    assert names == ["rating-d1-1", "rating-d1-2", "rating-d2-1"]
    assert [question["name"] for question in fields["reflections"]] == ["reflection-r1", "reflection-r2"]
    assert fields["scale"]["values"] == [1, 2, 3, 4]


def test_reflection_question_problems():
    defn = definition(reflection_questions=["", 5, {"key": "r1", "text": "x" * 501}, *["Pytanie?"] * 8])
    assert errors_of(defn) == [
        "At most 10 reflection questions are allowed.",
        "A reflection question could not be read. Remove it and add it again.",
        "Reflection question 1 is empty.",
        "Reflection question 2: the key “r1” is used twice.",
        "Reflection question 2 is too long: at most 500 characters.",
    ]
    assert errors_of(definition(reflection_questions="Co dalej?")) == ["The reflection questions could not be read."]


def test_too_many_dimensions():
    dimensions = [{"title": f"Wymiar {number}", "statements": [{"text": "Zdanie"}]} for number in range(13)]
    assert errors_of(definition(dimensions=dimensions)) == ["At most 12 dimensions are allowed."]


# ---------------------------------------------------------------------------------------------- answers


def full_post(**values):
    post = {rating_field(key): "3" for key in ("w1", "w2", "r1", "r2", "r3")}
    post.update(values)
    return post


def test_every_statement_is_required():
    with translation.override("en"):
        result, errors = parse_answers(SMALL, {rating_field("w1"): "4"})
    assert result == {"ratings": {"w1": 4}, "reflections": {}}
    assert set(errors) == {"rating-w2", "rating-r1", "rating-r2", "rating-r3"}
    assert errors["rating-w2"] == "“Decyzje zapadają beze mnie.”: choose an answer from 1 to 5."


@pytest.mark.parametrize("value", ["0", "6", "abc", "3.5", "-1", " ", "99999", ["3"], True])
def test_answers_off_the_scale_are_reported_per_statement(value):
    with translation.override("en"):
        result, errors = parse_answers(SMALL, full_post(**{rating_field("w1"): value}))
    assert list(errors) == ["rating-w1"]
    assert "w1" not in result["ratings"]
    assert "Mam wpływ na swoje życie." in errors["rating-w1"]


def test_answers_from_a_form_post():
    post = QueryDict(mutable=True)
    post.update(full_post(**{rating_field("w1"): "5", reflection_field("r1"): "  Znalazłam pracę.\r\n "}))
    result, errors = parse_answers(SMALL, post)
    assert errors == {}
    assert result == {
        "ratings": {"w1": 5, "w2": 3, "r1": 3, "r2": 3, "r3": 3},
        "reflections": {"r1": "Znalazłam pracę."},
    }


def test_reflections_are_optional_and_limited():
    _result, errors = parse_answers(SMALL, full_post())
    assert errors == {}
    with translation.override("en"):
        result, errors = parse_answers(SMALL, full_post(**{reflection_field("r1"): "x" * (REFLECTION_LIMIT + 1)}))
    assert errors == {"reflection-r1": "The answer is too long: at most 2000 characters, now 2001."}
    assert result["reflections"] == {}
    _result, errors = parse_answers(SMALL, full_post(**{reflection_field("r1"): ["a", "b"]}))
    assert list(errors) == ["reflection-r1"]


@pytest.mark.parametrize("post", [None, "rating-w1=3", []])
def test_a_post_that_is_not_a_mapping_answers_nothing(post):
    result, errors = parse_answers(SMALL, post)
    assert result == {"ratings": {}, "reflections": {}}
    assert len(errors) == 5


# ---------------------------------------------------------------------------------------------- scores


def test_a_reverse_scored_statement_counts_the_other_way():
    # "Decisions are made without me": disagreeing fully (1) is the strongest sense of influence (5).
    result = score(SMALL, answers(w1=5, w2=1, r1=1, r2=1, r3=1))
    influence, relations = result["dimensions"]
    assert (influence["mean"], influence["percent"]) == (5.0, 100)
    assert (relations["mean"], relations["percent"]) == (1.0, 0)
    assert result["overall"] == {"mean": 3.0, "percent": 50}


def test_means_and_percents_of_the_scale():
    result = score(SMALL, answers(w1=4, w2=4, r1=2, r2=3, r3=3))
    influence, relations = result["dimensions"]
    assert (influence["mean"], influence["percent"]) == (3.0, 50)  # 4 and (6 − 4 = 2)
    assert (relations["mean"], relations["percent"]) == (2.67, 42)
    # Overall is the mean of the dimensions, so the dimension with three statements does not weigh more.
    assert result["overall"] == {"mean": 2.83, "percent": 46}
    assert result["scale"] == {"min": 1, "max": 5}
    assert (relations["answered"], relations["statements"]) == (3, 3)


def test_percents_are_rounded_half_up():
    result = score(SMALL, answers(w1=4, w2=3, r1=3, r2=4, r3=3))
    assert result["dimensions"][0]["percent"] == 63  # mean 3.5 on 1–5 is 62.5 per cent


def test_a_dimension_without_answers_has_no_result():
    result = score(SMALL, answers(w1=5, w2=9))  # 9 is off the scale and ignored
    influence, relations = result["dimensions"]
    assert (influence["mean"], influence["answered"]) == (5.0, 1)
    assert (relations["mean"], relations["percent"]) == (None, None)
    assert result["overall"] == {"mean": 5.0, "percent": 100}
    assert score(SMALL, None)["overall"] == {"mean": None, "percent": None}


def test_the_default_definition_scores_end_to_end():
    defn = default_definition()
    post = {
        statement["name"]: "4" for dimension in form_fields(defn)["dimensions"] for statement in dimension["statements"]
    }
    result, errors = parse_answers(defn, post)
    assert errors == {}
    scored = score(defn, result)
    # Three statements at 4 and one reverse-scored at 6 − 4 = 2 in each dimension.
    assert [dimension["mean"] for dimension in scored["dimensions"]] == [3.5, 3.5, 3.5, 3.5]


# ---------------------------------------------------------------------------------------------- compare


def test_compare_per_dimension():
    earlier = score(SMALL, answers(w1=2, w2=4, r1=3, r2=3, r3=3))
    later = score(SMALL, answers(w1=4, w2=2, r1=3, r2=3, r3=2))
    change = compare(earlier, later)
    influence, relations = change["dimensions"]
    assert influence == {
        "key": "wplyw",
        "title": "Poczucie wpływu",
        "earlier_mean": 2.0,
        "later_mean": 4.0,
        "earlier_percent": 25,
        "later_percent": 75,
        "change": 2.0,
        "percent_change": 50,
        "direction": "up",
    }
    assert (relations["change"], relations["direction"]) == (-0.33, "down")
    assert compare(later, later)["overall"]["direction"] == "same"


def test_compare_with_dimensions_added_and_removed():
    earlier = score(SMALL, answers(w1=2, w2=4, r1=3, r2=3, r3=3))
    changed = definition()
    changed["dimensions"] = [
        changed["dimensions"][0],
        {
            "key": "decyzje",
            "title": "Udział w decyzjach",
            "statements": [{"key": "d1", "text": "Pytają mnie o zdanie."}],
        },
    ]
    later = score(changed, answers(w1=4, w2=2, d1=5))
    rows = {row["key"]: row for row in compare(earlier, later)["dimensions"]}
    assert list(rows) == ["wplyw", "decyzje", "relacje"]
    assert (rows["decyzje"]["earlier_mean"], rows["decyzje"]["change"], rows["decyzje"]["direction"]) == (
        None,
        None,
        None,
    )
    assert (rows["relacje"]["later_mean"], rows["relacje"]["direction"]) == (None, None)


def test_compare_across_a_changed_scale_uses_percents_only():
    earlier = score(SMALL, answers(w1=3, w2=3, r1=3, r2=3, r3=3))
    seven = definition(scale={"max": 7, "min_label": "nie", "max_label": "tak"})
    later = score(seven, answers(w1=7, w2=1, r1=4, r2=4, r3=4))
    influence = compare(earlier, later)["dimensions"][0]
    assert (influence["change"], influence["percent_change"], influence["direction"]) == (None, 50, "up")


# ---------------------------------------------------------------------------------------------- chart


def texts(svg):
    root = ET.fromstring(svg)
    return root, [
        "".join(element.itertext()) for element in root.iter() if element.tag in (SVG + "text", SVG + "tspan")
    ]


def test_the_chart_is_well_formed_accessible_svg_with_the_numbers():
    result = score(SMALL, answers(w1=4, w2=2, r1=3, r2=3, r3=4))
    with translation.override("pl"):
        chart = radar_or_bar_svg(result, chart_id="wynik-1")
    root, words = texts(str(chart.svg))
    assert root.tag == SVG + "svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "wynik-1-title wynik-1-desc"
    assert root.find(SVG + "title").get("id") == "wynik-1-title"
    description = root.find(SVG + "desc")
    assert description.get("id") == "wynik-1-desc"
    # Polish decimal commas, in the drawing, in the description and in the table.
    assert "Poczucie wpływu" in words and "Relacje i wsparcie" in words
    assert "4,00 (75%)" in words and "3,33 (58%)" in words
    assert "Poczucie wpływu: 4,00" in description.text and "(75%)" in description.text
    assert [row["cells"] for row in chart.rows] == [["4,00", "75%"], ["3,33", "58%"]]
    assert chart.overall["cells"] == ["3,67", "67%"]
    assert len(chart.columns) == 3
    # One filled bar per dimension on a grey track, and the scale's values under them.
    bars = [rect for rect in root.iter(SVG + "rect") if rect.get("fill") == "#0b4f8a"]
    assert [int(bar.get("width")) for bar in bars] == [315, 244]  # 75% and 58% of 420
    assert ["1", "2", "3", "4", "5"] == [word for word in words if word.isdigit()]


def test_the_chart_with_the_previous_result():
    earlier = score(SMALL, answers(w1=2, w2=4, r1=3, r2=3, r3=3))
    later = score(SMALL, answers(w1=4, w2=2, r1=3, r2=3, r3=4))
    with translation.override("en"):
        chart = radar_or_bar_svg(later, earlier)
    root, words = texts(str(chart.svg))
    assert "This time" in words and "Last time" in words
    assert "last time: 2.00 (25%)" in words
    outlined = [rect for rect in root.iter(SVG + "rect") if rect.get("stroke") == "#006e6e"]
    assert len(outlined) == 3  # one in the legend, one under each dimension
    assert chart.columns == ["Dimension", "Mean (1–5)", "Per cent of the scale", "Mean last time", "Difference"]
    assert [row["cells"] for row in chart.rows] == [["4.00", "75%", "2.00", "+2.00"], ["3.33", "58%", "3.00", "+0.33"]]
    assert chart.overall["title"] == "Overall"
    assert chart.overall["cells"] == ["3.67", "67%", "2.50", "+1.17"]
    assert "Last time: 2.00." in root.find(SVG + "desc").text


def test_the_chart_escapes_titles_and_shows_missing_answers():
    defn = definition()
    defn["dimensions"][0]["title"] = 'Wpływ <script>alert("x")</script> & co'
    result = score(defn, answers(w1=4, w2=2))
    with translation.override("en"):
        chart = radar_or_bar_svg(result)
    assert "<script>" not in str(chart.svg)
    _root, words = texts(str(chart.svg))
    assert 'Wpływ <script>alert("x")</script> & co' in words
    assert "no answers" in words
    assert chart.rows[1]["cells"] == ["–", "–"]


def test_long_titles_wrap_onto_two_lines():
    defn = definition()
    defn["dimensions"][0]["title"] = (
        "Poczucie wpływu na to, co dzieje się w rodzinie, w szkole dzieci, w pracy i w urzędzie"
    )
    _root, words = texts(str(radar_or_bar_svg(score(defn, answers(w1=3, w2=3))).svg))
    assert "Poczucie wpływu na to, co dzieje się w rodzinie, w szkole dzieci, w" in words
    assert "pracy i w urzędzie" in words


def relative_luminance(colour):
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_text_and_bars_have_enough_contrast_on_white():
    earlier = score(SMALL, answers(w1=2, w2=4, r1=3, r2=3, r3=3))
    root, _words = texts(str(radar_or_bar_svg(earlier, earlier).svg))
    white = relative_luminance("#ffffff")

    def contrast(colour):
        return (white + 0.05) / (relative_luminance(colour) + 0.05)

    text_colours = {element.get("fill") for element in root.iter(SVG + "text")}
    assert text_colours and all(contrast(colour) >= 4.5 for colour in text_colours)  # WCAG 1.4.3
    bar_colours = {rect.get("stroke") or rect.get("fill") for rect in root.iter(SVG + "rect")} - {"#e8e8e8"}
    assert all(contrast(colour) >= 3 for colour in bar_colours)  # WCAG 1.4.11, the grey track is decoration
    assert re.fullmatch(r"0 0 680 \d+", root.get("viewBox"))
