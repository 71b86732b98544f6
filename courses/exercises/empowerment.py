"""The empowerment self-assessment: an author's definition, the learner's answers, scores and a chart.

A definition is plain data (the exercise block's value, or ``default_definition()``)::

    {
        "title": "…",
        "scale": {"max": 5, "min_label": "…", "max_label": "…"},  # the scale always starts at 1
        "dimensions": [
            {"key": "wplyw", "title": "…", "description": "…",
             "statements": [{"key": "wplyw-1", "text": "…", "reverse": False}, …]},
        ],
        "reflection_questions": [{"key": "r1", "text": "…"}, …],  # or plain strings
    }

Keys are optional (positions stand in: "d1", "d1-2", "r1"); giving them keeps answers and comparisons
valid when an author reorders statements. A reverse-scored statement is worded negatively ("Decisions are
made without me"), so its rating r counts as (min + max − r). A dimension's result is the mean of its
statements; the overall result is the mean of the dimensions, so each dimension weighs the same.
Results are plain, JSON-ready dicts, so they can be stored and compared with a later attempt.
"""

import copy
import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from html import escape

from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from portal.parsing import parse_int

SCALE_MIN = 1
SCALE_MAX_LOWEST, SCALE_MAX_HIGHEST = 3, 10
MAX_DIMENSIONS = 12
MAX_STATEMENTS = 20  # per dimension
MAX_QUESTIONS = 10
REFLECTION_LIMIT = 2000
LIMITS = {"title": 200, "label": 100, "dimension": 100, "description": 500, "statement": 300, "question": 500}
KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,49}")


def rating_field(statement_key):
    """The name of a statement's form field (radio buttons)."""
    return f"rating-{statement_key}"


def reflection_field(question_key):
    """The name of a reflection question's form field (a text area)."""
    return f"reflection-{question_key}"


# ---------------------------------------------------------------------------------------------- definition


def _text(value):
    return value.strip() if isinstance(value, str) else ""


def _scale(defn):
    scale = defn.get("scale") if isinstance(defn, Mapping) else None
    scale = scale if isinstance(scale, Mapping) else {}
    maximum = scale.get("max")
    return {
        "min": SCALE_MIN,
        "max": maximum if isinstance(maximum, int) and not isinstance(maximum, bool) else None,
        "min_label": _text(scale.get("min_label")),
        "max_label": _text(scale.get("max_label")),
    }


def _dimension(number, dimension):
    """A dimension with its keys filled in; statements of the wrong type are skipped (validation reports them)."""
    key = _text(dimension.get("key")) or f"d{number}"
    statements = dimension.get("statements")
    return {
        "key": key,
        "title": _text(dimension.get("title")),
        "description": _text(dimension.get("description")),
        "statements": [
            {
                "key": _text(statement.get("key")) or f"{key}-{position}",
                "text": _text(statement.get("text")),
                "reverse": statement.get("reverse") is True,
            }
            for position, statement in enumerate(_list(statements), start=1)
            if isinstance(statement, Mapping)
        ],
    }


def _list(value):
    return value if isinstance(value, list | tuple) else []


def _dimensions(defn):
    raw = defn.get("dimensions") if isinstance(defn, Mapping) else None
    return [
        _dimension(number, dimension)
        for number, dimension in enumerate(_list(raw), start=1)
        if isinstance(dimension, Mapping)
    ]


def _questions(defn):
    raw = defn.get("reflection_questions") if isinstance(defn, Mapping) else None
    questions = []
    for number, question in enumerate(_list(raw), start=1):
        if isinstance(question, str):
            question = {"text": question}
        if isinstance(question, Mapping):
            questions.append({"key": _text(question.get("key")) or f"r{number}", "text": _text(question.get("text"))})
    return questions


def validate_definition(defn):
    """The problems of a definition as a list of Polish messages; an empty list means it can be used."""
    if not isinstance(defn, Mapping):
        return [_("The self-assessment could not be read: it has no scale, dimensions or statements.")]
    errors = []
    if len(_text(defn.get("title"))) > LIMITS["title"]:
        errors.append(_("The title is too long: at most %(limit)s characters.") % {"limit": LIMITS["title"]})
    errors += _validate_scale(defn)
    errors += _validate_dimensions(defn)
    errors += _validate_questions(defn)
    return errors


def _validate_scale(defn):
    errors = []
    raw = defn.get("scale")
    if not isinstance(raw, Mapping):
        return [_("Set the scale: its highest value and the labels of both ends.")]
    if "min" in raw and raw["min"] != SCALE_MIN:
        errors.append(_("The scale always starts at %(min)s.") % {"min": SCALE_MIN})
    scale = _scale(defn)
    if scale["max"] is None or not SCALE_MAX_LOWEST <= scale["max"] <= SCALE_MAX_HIGHEST:
        errors.append(
            _("The highest value of the scale must be a whole number from %(lowest)s to %(highest)s.")
            % {"lowest": SCALE_MAX_LOWEST, "highest": SCALE_MAX_HIGHEST}
        )
    for end in ("min_label", "max_label"):
        label = scale[end]
        if not label:
            errors.append(
                _("Label the lowest value of the scale, e.g. “strongly disagree”.")
                if end == "min_label"
                else _("Label the highest value of the scale, e.g. “strongly agree”.")
            )
        elif len(label) > LIMITS["label"]:
            errors.append(
                _("The label “%(label)s” is too long: at most %(limit)s characters.")
                % {"label": label[:30] + "…", "limit": LIMITS["label"]}
            )
    return errors


def _validate_dimensions(defn):
    raw = defn.get("dimensions")
    if not isinstance(raw, list | tuple) or not raw:
        return [_("Add at least one dimension with statements.")]
    errors = []
    if len(raw) > MAX_DIMENSIONS:
        errors.append(_("At most %(limit)s dimensions are allowed.") % {"limit": MAX_DIMENSIONS})
    dimension_keys, statement_keys, titles = set(), set(), set()
    for number, raw_dimension in enumerate(raw, start=1):
        where = {"dimension": number}
        if not isinstance(raw_dimension, Mapping):
            errors.append(_("Dimension %(dimension)s could not be read. Remove it and add it again.") % where)
            continue
        dimension = _dimension(number, raw_dimension)
        errors += _validate_key(dimension["key"], dimension_keys, _("Dimension %(dimension)s") % where)
        if not dimension["title"]:
            errors.append(_("Dimension %(dimension)s: give it a title.") % where)
        elif len(dimension["title"]) > LIMITS["dimension"]:
            errors.append(
                _("Dimension %(dimension)s: the title is too long, at most %(limit)s characters.")
                % {**where, "limit": LIMITS["dimension"]}
            )
        elif dimension["title"].casefold() in titles:
            errors.append(
                _("Dimension %(dimension)s: another dimension has the same title “%(title)s”.")
                % {**where, "title": dimension["title"]}
            )
        titles.add(dimension["title"].casefold())
        if len(dimension["description"]) > LIMITS["description"]:
            errors.append(
                _("Dimension %(dimension)s: the description is too long, at most %(limit)s characters.")
                % {**where, "limit": LIMITS["description"]}
            )
        errors += _validate_statements(where, dimension["key"], _list(raw_dimension.get("statements")), statement_keys)
    return errors


def _validate_statements(where, dimension_key, raw, keys):
    if not raw:
        return [_("Dimension %(dimension)s: add at least one statement.") % where]
    errors = []
    if len(raw) > MAX_STATEMENTS:
        errors.append(
            _("Dimension %(dimension)s: at most %(limit)s statements are allowed.") % {**where, "limit": MAX_STATEMENTS}
        )
    for position, statement in enumerate(raw, start=1):
        place = {**where, "statement": position}
        if not isinstance(statement, Mapping):
            errors.append(_("Dimension %(dimension)s, statement %(statement)s could not be read.") % place)
            continue
        statement_key = _text(statement.get("key")) or f"{dimension_key}-{position}"
        errors += _validate_key(statement_key, keys, _("Dimension %(dimension)s, statement %(statement)s") % place)
        text = _text(statement.get("text"))
        if not text:
            errors.append(_("Dimension %(dimension)s, statement %(statement)s: the text is empty.") % place)
        elif len(text) > LIMITS["statement"]:
            errors.append(
                _(
                    "Dimension %(dimension)s, statement %(statement)s: the text is too long, at most %(limit)s characters."
                )
                % {**place, "limit": LIMITS["statement"]}
            )
        if statement.get("reverse") not in (None, True, False):
            errors.append(
                _("Dimension %(dimension)s, statement %(statement)s: say yes or no to “reverse-scored”.") % place
            )
    return errors


def _validate_key(key, seen, where):
    if not KEY.fullmatch(key):
        return [
            _("%(where)s: the key “%(key)s” may have only small letters without accents, digits, - and _.")
            % {"where": where, "key": key[:50]}
        ]
    if key in seen:
        return [_("%(where)s: the key “%(key)s” is used twice.") % {"where": where, "key": key}]
    seen.add(key)
    return []


def _validate_questions(defn):
    raw = defn.get("reflection_questions", [])
    if not isinstance(raw, list | tuple):
        return [_("The reflection questions could not be read.")]
    errors = []
    if len(raw) > MAX_QUESTIONS:
        errors.append(_("At most %(limit)s reflection questions are allowed.") % {"limit": MAX_QUESTIONS})
    if any(not isinstance(question, str | Mapping) for question in raw):
        errors.append(_("A reflection question could not be read. Remove it and add it again."))
    keys = set()
    for number, question in enumerate(_questions(defn), start=1):
        errors += _validate_key(question["key"], keys, _("Reflection question %(number)s") % {"number": number})
        if not question["text"]:
            errors.append(_("Reflection question %(number)s is empty.") % {"number": number})
        elif len(question["text"]) > LIMITS["question"]:
            errors.append(
                _("Reflection question %(number)s is too long: at most %(limit)s characters.")
                % {"number": number, "limit": LIMITS["question"]}
            )
    return errors


def form_fields(defn):
    """What a form template needs for a valid definition: the scale's values, statements and questions."""
    scale = _scale(defn)
    return {
        "title": _text(defn.get("title")),
        "scale": {**scale, "values": list(range(scale["min"], scale["max"] + 1))},
        "dimensions": [
            {
                **dimension,
                "statements": [
                    {**statement, "name": rating_field(statement["key"])} for statement in dimension["statements"]
                ],
            }
            for dimension in _dimensions(defn)
        ],
        "reflections": [
            {**question, "name": reflection_field(question["key"]), "max_length": REFLECTION_LIMIT}
            for question in _questions(defn)
        ],
    }


# ---------------------------------------------------------------------------------------------- answers


def parse_answers(defn, post_data):
    """``(answers, errors)`` from a POST (a QueryDict or a dict) for a valid definition; never raises.

    ``answers`` is ``{"ratings": {statement key: int}, "reflections": {question key: text}}``; ``errors``
    maps a form field's name to a Polish message. Every statement needs a rating on the scale; reflection
    answers are optional text of at most ``REFLECTION_LIMIT`` characters.
    """
    data = post_data if isinstance(post_data, Mapping) else {}
    scale = _scale(defn)
    bounds = {"min": scale["min"], "max": scale["max"]}
    ratings, reflections, errors = {}, {}, {}
    for dimension in _dimensions(defn):
        for statement in dimension["statements"]:
            name = rating_field(statement["key"])
            raw = data.get(name)
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                errors[name] = _("“%(statement)s”: choose an answer from %(min)s to %(max)s.") % {
                    **bounds,
                    "statement": statement["text"],
                }
                continue
            value = _whole_number(raw)
            if value is None or not scale["min"] <= value <= scale["max"]:
                errors[name] = _("The answer to “%(statement)s” must be a whole number from %(min)s to %(max)s.") % {
                    **bounds,
                    "statement": statement["text"],
                }
                continue
            ratings[statement["key"]] = value
    for question in _questions(defn):
        name = reflection_field(question["key"])
        raw = data.get(name)
        if raw is None:
            continue
        if not isinstance(raw, str):
            errors[name] = _("This answer could not be read. Type it in again.")
            continue
        text = raw.replace("\r\n", "\n").strip()
        if len(text) > REFLECTION_LIMIT:
            errors[name] = _("The answer is too long: at most %(limit)s characters, now %(length)s.") % {
                "limit": REFLECTION_LIMIT,
                "length": len(text),
            }
            continue
        if text:
            reflections[question["key"]] = text
    return {"ratings": ratings, "reflections": reflections}, errors


def _whole_number(raw):
    return parse_int(raw, max_digits=3)


# ---------------------------------------------------------------------------------------------- scores


def _round(value, places=0):
    """Rounded half up, as people round (Python's round() sends 62.5 to 62)."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return int(rounded) if places == 0 else float(rounded)


def _percent(mean, scale):
    return _round(100 * (mean - scale["min"]) / (scale["max"] - scale["min"]))


def score(defn, answers):
    """The result of ``answers`` (from ``parse_answers``): each dimension's mean and percent, and overall.

    ``{"scale": {"min", "max"}, "dimensions": [{"key", "title", "mean", "percent", "answered",
    "statements"}], "overall": {"mean", "percent"}}``; a mean is rounded to two decimals, a percent (of
    the way from the lowest to the highest value) to a whole number. Ratings off the scale are ignored
    and a dimension with no rating has ``None`` for both.
    """
    scale = _scale(defn)
    scale = {"min": scale["min"], "max": scale["max"]}
    ratings = answers.get("ratings", {}) if isinstance(answers, Mapping) else {}
    dimensions, means = [], []
    for dimension in _dimensions(defn):
        values = []
        for statement in dimension["statements"]:
            value = _whole_number(ratings.get(statement["key"]))
            if value is None or not scale["min"] <= value <= scale["max"]:
                continue
            values.append(scale["min"] + scale["max"] - value if statement["reverse"] else value)
        mean = sum(values) / len(values) if values else None
        if mean is not None:
            means.append(mean)
        dimensions.append(
            {
                "key": dimension["key"],
                "title": dimension["title"],
                "mean": _round(mean, 2) if mean is not None else None,
                "percent": _percent(mean, scale) if mean is not None else None,
                "answered": len(values),
                "statements": len(dimension["statements"]),
            }
        )
    overall = sum(means) / len(means) if means else None
    return {
        "scale": scale,
        "dimensions": dimensions,
        "overall": {
            "mean": _round(overall, 2) if overall is not None else None,
            "percent": _percent(overall, scale) if overall is not None else None,
        },
    }


def _change(earlier, later, same_scale):
    """The change from one ``{"mean", "percent"}`` to another; ``None`` where either side is missing."""
    earlier = earlier or {}
    later = later or {}
    mean_change = percent_change = direction = None
    if earlier.get("percent") is not None and later.get("percent") is not None:
        percent_change = later["percent"] - earlier["percent"]
        if same_scale:
            mean_change = _round(later["mean"] - earlier["mean"], 2)
        difference = mean_change if same_scale else percent_change
        direction = "same" if abs(difference) < 0.005 else "up" if difference > 0 else "down"
    return {
        "earlier_mean": earlier.get("mean"),
        "later_mean": later.get("mean"),
        "earlier_percent": earlier.get("percent"),
        "later_percent": later.get("percent"),
        "change": mean_change,
        "percent_change": percent_change,
        "direction": direction,
    }


def compare(earlier, later):
    """Per-dimension change between two results of ``score``, matched by dimension key.

    ``{"dimensions": [{"key", "title", "earlier_mean", "later_mean", "earlier_percent", "later_percent",
    "change", "percent_change", "direction"}], "overall": {…}}``; ``direction`` is "up", "down", "same" or
    ``None`` when a side is missing (a dimension added or removed since). When the author changed the
    scale between the attempts, only the percents are compared (``change`` is ``None``).
    """
    same_scale = earlier.get("scale") == later.get("scale")
    earlier_by_key = {dimension["key"]: dimension for dimension in earlier.get("dimensions", [])}
    later_keys = {dimension["key"] for dimension in later.get("dimensions", [])}
    dimensions = [
        {"key": dimension["key"], "title": dimension["title"]}
        | _change(earlier_by_key.get(dimension["key"]), dimension, same_scale)
        for dimension in later.get("dimensions", [])
    ]
    dimensions += [
        {"key": dimension["key"], "title": dimension["title"]} | _change(dimension, None, same_scale)
        for dimension in earlier.get("dimensions", [])
        if dimension["key"] not in later_keys
    ]
    return {"dimensions": dimensions, "overall": _change(earlier.get("overall"), later.get("overall"), same_scale)}


# The result in words: what the introduction of a self-assessment promises (strong areas, areas to develop).
STRONG_SHARE = 0.75  # a strength: a mean at least three quarters of the way up the scale (4 on a 1–5 scale)
DEVELOP_SHARE = 0.5  # an area to develop: a mean below the middle of the scale (below 3 on a 1–5 scale)


def strengths_and_areas(result):
    """The dimensions of a result (of ``score``) read in words.

    ``{"strong": [titles], "develop": [titles], "strong_from": mean, "develop_below": mean, "scale",
    "highest": [titles], "lowest": [titles]}``: strengths are the dimensions whose mean reaches
    ``strong_from``, highest first; areas to develop those below ``develop_below``, lowest first. Where no
    dimension qualifies, ``highest`` and ``lowest`` still name the best and the weakest ones.
    """
    scale = result["scale"]
    span = scale["max"] - scale["min"]
    strong_from = scale["min"] + STRONG_SHARE * span
    develop_below = scale["min"] + DEVELOP_SHARE * span
    rated = sorted(
        (item for item in result.get("dimensions", []) if item.get("mean") is not None),
        key=lambda item: item["mean"],
        reverse=True,
    )
    top = rated[0]["mean"] if rated else None
    bottom = rated[-1]["mean"] if rated else None
    return {
        "scale": scale,
        "strong_from": strong_from,
        "develop_below": develop_below,
        "strong": [item["title"] for item in rated if item["mean"] >= strong_from],
        "develop": [item["title"] for item in reversed(rated) if item["mean"] < develop_below],
        "highest": [item["title"] for item in rated if item["mean"] == top],
        "lowest": [item["title"] for item in reversed(rated) if item["mean"] == bottom],
    }


# ---------------------------------------------------------------------------------------------- chart

INK = "#1b1b1b"  # text: 16.9:1 on white
CURRENT = "#0b4f8a"  # the portal's navy: 8.3:1 on white, a filled bar
PREVIOUS = "#006e6e"  # the portal's teal: 5.9:1 on white, an outlined, thinner bar (shape, not only colour)
TRACK = "#e8e8e8"
GRID = "#8a8a8a"
FONT = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif"

WIDTH = 680
LEFT = 16
BAR_LENGTH = 420
VALUE_X = LEFT + BAR_LENGTH + 12
LINE = 18  # a line of a dimension's title
CURRENT_HEIGHT, PREVIOUS_HEIGHT = 20, 12


@dataclass
class Chart:
    svg: str  # safe to insert: every text in it is escaped
    title: str
    caption: str  # the caption of the table of numbers beside the chart
    columns: list[str]  # table headers: the first heads the row headers (dimension titles)
    rows: list[dict] = field(default_factory=list)  # {"title", "cells": [text per column after the first], …}
    overall: dict | None = None  # the same shape as a row, for the table's footer


def _number(value):
    return number_format(value, decimal_pos=2) if value is not None else "–"


def _signed(value, decimal_pos=2):
    if value is None:
        return "–"
    text = number_format(abs(value), decimal_pos=decimal_pos)
    return ("+" if value > 0 else "−" if value < 0 else "±") + text


def _row(title, item, before, same_scale):
    change = _change(before, item, same_scale) if before is not None else None
    cells = [_number(item.get("mean")), f"{item['percent']}%" if item.get("percent") is not None else "–"]
    if before is not None or change is not None:
        cells += [_number(before.get("mean")) if before else "–"]
        if change and change["change"] is not None:
            cells.append(_signed(change["change"]))
        elif change and change["percent_change"] is not None:
            cells.append(_signed(change["percent_change"], 0) + "%")
        else:
            cells.append("–")
    return {
        "title": title,
        "mean": item.get("mean"),
        "percent": item.get("percent"),
        "previous_mean": before.get("mean") if before else None,
        "previous_percent": before.get("percent") if before else None,
        "change": change["change"] if change else None,
        "cells": cells,
    }


def radar_or_bar_svg(result, previous=None, *, chart_id="empowerment-chart", current_label=None, previous_label=None):
    """A ``Chart``: horizontal bars per dimension (the previous result as a thinner outlined bar under each),
    with <title>, <desc> (every number in words) and role="img", plus the same numbers as table rows.

    Bars are clearer than a radar: lengths are read off one axis, and long Polish titles fit above them.
    ``chart_id`` must be unique on the page (it prefixes the ids of <title> and <desc>).
    """
    scale = result["scale"]
    same_scale = previous is not None and previous.get("scale") == scale
    current_label = current_label or _("This time")
    previous_label = previous_label or _("Last time")
    previous_by_key = {item["key"]: item for item in previous["dimensions"]} if previous else {}
    title = _("Self-assessment results by dimension")

    rows = []
    for item in result["dimensions"]:
        before = previous_by_key.get(item["key"]) if previous else None
        if previous and before is None:
            before = {}  # a dimension added since: an empty "last time" cell
        rows.append(_row(item["title"], item, before, same_scale))
    overall_before = previous.get("overall") if previous else None
    overall = _row(_("Overall"), result["overall"], overall_before, same_scale)

    columns = [_("Dimension"), _("Mean (%(min)s–%(max)s)") % scale, _("Per cent of the scale")]
    if previous:
        columns += [_("Mean last time"), _("Difference")]
    caption = _("Your results on the scale from %(min)s to %(max)s") % scale

    body, height = _draw(result, previous_by_key, previous is not None, current_label, previous_label)
    description = " ".join(_describe(row, scale, previous is not None) for row in [*rows, overall])
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" style="max-width: 100%; height: auto" aria-labelledby="{chart_id}-title {chart_id}-desc" class="exercise-chart" '
        f'font-family="{escape(FONT)}">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
        f"{body}</svg>"
    )
    return Chart(mark_safe(svg), title, caption, columns, rows, overall)  # every text in it was escaped above


def _describe(row, scale, with_previous):
    words = _("%(dimension)s: %(mean)s on the scale from %(min)s to %(max)s (%(percent)s%%).") % {
        "dimension": row["title"],
        "mean": _number(row["mean"]),
        "min": scale["min"],
        "max": scale["max"],
        "percent": row["percent"] if row["percent"] is not None else "–",
    }
    if with_previous and row["previous_mean"] is not None:
        words += " " + _("Last time: %(mean)s.") % {"mean": _number(row["previous_mean"])}
    return words


def _bar_length(percent):
    return max(2, round(BAR_LENGTH * percent / 100))  # a 1 on the scale still shows as a sliver


def _draw(result, previous_by_key, with_previous, current_label, previous_label):
    """The chart's elements and its height."""
    scale = result["scale"]
    parts = []
    y = 8
    if with_previous:  # the legend
        parts.append(f'<rect x="{LEFT}" y="{y}" width="24" height="14" fill="{CURRENT}"/>')
        parts.append(f'<text x="{LEFT + 32}" y="{y + 12}" font-size="14" fill="{INK}">{escape(current_label)}</text>')
        x = LEFT + 200
        parts.append(
            f'<rect x="{x}" y="{y + 2}" width="24" height="10" fill="#ffffff" stroke="{PREVIOUS}" stroke-width="2"/>'
        )
        parts.append(f'<text x="{x + 32}" y="{y + 12}" font-size="14" fill="{INK}">{escape(previous_label)}</text>')
        y += 34
    for item in result["dimensions"]:
        for line in _wrap(item["title"]):
            y += LINE
            parts.append(
                f'<text x="{LEFT}" y="{y - 4}" font-size="14" font-weight="bold" fill="{INK}">{escape(line)}</text>'
            )
        y += 4
        before = previous_by_key.get(item["key"])
        shows_before = with_previous and before and before.get("percent") is not None
        parts.append(f'<rect x="{LEFT}" y="{y}" width="{BAR_LENGTH}" height="{CURRENT_HEIGHT}" fill="{TRACK}"/>')
        height = CURRENT_HEIGHT + (4 + PREVIOUS_HEIGHT if shows_before else 0)
        parts += [  # the scale's grid over the track and under the bars, so it never crosses a title
            f'<line x1="{x}" y1="{y}" x2="{x}" y2="{y + height}" stroke="{GRID}" stroke-width="1" '
            f'stroke-dasharray="2 3"/>'
            for x in _ticks(scale)
        ]
        if item["percent"] is not None:
            parts.append(
                f'<rect x="{LEFT}" y="{y}" width="{_bar_length(item["percent"])}" height="{CURRENT_HEIGHT}" '
                f'fill="{CURRENT}"/>'
            )
            value = f"{_number(item['mean'])} ({item['percent']}%)"
        else:
            value = _("no answers")
        parts.append(f'<text x="{VALUE_X}" y="{y + 15}" font-size="14" fill="{INK}">{escape(value)}</text>')
        y += CURRENT_HEIGHT + 4
        if shows_before:
            parts.append(
                f'<rect x="{LEFT + 1}" y="{y + 1}" width="{_bar_length(before["percent"]) - 2 or 1}" '
                f'height="{PREVIOUS_HEIGHT - 2}" fill="#ffffff" stroke="{PREVIOUS}" stroke-width="2"/>'
            )
            text = _("last time: %(mean)s (%(percent)s%%)") % {
                "mean": _number(before["mean"]),
                "percent": before["percent"],
            }
            parts.append(f'<text x="{VALUE_X}" y="{y + 10}" font-size="13" fill="{INK}">{escape(text)}</text>')
            y += PREVIOUS_HEIGHT + 4
        y += 14
    # The axis: the scale's values under the bars.
    for value, x in zip(range(scale["min"], scale["max"] + 1), _ticks(scale), strict=True):
        parts.append(f'<text x="{x}" y="{y + 10}" font-size="13" fill="{INK}" text-anchor="middle">{value}</text>')
    return "".join(parts), y + 24


def _ticks(scale):
    """The x of each value of the scale."""
    steps = scale["max"] - scale["min"]
    return [LEFT + round(BAR_LENGTH * step / steps) for step in range(steps + 1)]


def _wrap(title):
    lines = textwrap.wrap(title, 70) or [""]
    if len(lines) > 2:
        lines = [lines[0], lines[1][:68] + "…"]
    return lines


# ---------------------------------------------------------------------------------------------- default


def default_definition():
    """A ready self-assessment for clients of social assistance and families (Polish; a fresh copy each call)."""
    return copy.deepcopy(DEFAULT_DEFINITION)


def _statements(key, texts):
    return [
        {"key": f"{key}-{number}", "text": text, "reverse": reverse} for number, (text, reverse) in enumerate(texts, 1)
    ]


# Content, not interface: the author's own text, in Polish like any lesson; translated with the lesson.
DEFAULT_DEFINITION = {
    "title": "Jak wpływam na swoje życie? Samoocena empowermentu",
    "scale": {"min": 1, "max": 5, "min_label": "zdecydowanie się nie zgadzam", "max_label": "zdecydowanie się zgadzam"},
    "dimensions": [
        {
            "key": "wplyw",
            "title": "Poczucie wpływu",
            "description": "Na ile czuję, że to, co robię, zmienia moją sytuację i sytuację mojej rodziny.",
            "statements": _statements(
                "wplyw",
                [
                    ("Mam wpływ na to, co dzieje się w moim życiu.", False),
                    ("Gdy coś postanowię, zwykle udaje mi się to zrobić.", False),
                    ("To, jak żyje moja rodzina, zależy głównie od innych ludzi albo od przypadku.", True),
                    ("Wiem, od czego zacząć, kiedy chcę coś zmienić w swojej sytuacji.", False),
                ],
            ),
        },
        {
            "key": "kompetencje",
            "title": "Kompetencje",
            "description": "Umiejętności, które pomagają radzić sobie z codziennymi sprawami.",
            "statements": _statements(
                "kompetencje",
                [
                    ("Potrafię sam lub sama załatwić sprawę w urzędzie, szkole albo przychodni.", False),
                    ("Umiem zaplanować domowe wydatki tak, żeby pieniędzy starczyło do końca miesiąca.", False),
                    ("Często czuję, że nie poradzę sobie z codziennymi obowiązkami.", True),
                    ("Wiem, gdzie szukać informacji o świadczeniach i pomocy, które mi przysługują.", False),
                ],
            ),
        },
        {
            "key": "relacje",
            "title": "Relacje i wsparcie",
            "description": "Ludzie, na których mogę liczyć, i to, jak rozmawiamy w rodzinie.",
            "statements": _statements(
                "relacje",
                [
                    ("Mam przynajmniej jedną osobę, do której mogę się zwrócić w trudnej sytuacji.", False),
                    ("W mojej rodzinie potrafimy spokojnie rozmawiać o problemach.", False),
                    ("Z trudnościami zostaję zwykle sam lub sama.", True),
                    ("Utrzymuję kontakt z ludźmi spoza domu: sąsiadami, znajomymi, grupą wsparcia.", False),
                ],
            ),
        },
        {
            "key": "decyzje",
            "title": "Udział w decyzjach",
            "description": "Na ile biorę udział w ustalaniu pomocy dla siebie i swojej rodziny.",
            "statements": _statements(
                "decyzje",
                [
                    (
                        "Pracownik socjalny lub asystent rodziny pyta mnie o zdanie, zanim coś wspólnie zaplanujemy.",
                        False,
                    ),
                    ("Plan pomocy dla mojej rodziny powstał razem ze mną.", False),
                    ("Decyzje w mojej sprawie zapadają bez mojego udziału.", True),
                    ("Potrafię powiedzieć specjalistom, z czym się nie zgadzam.", False),
                ],
            ),
        },
    ],
    "reflection_questions": [
        {"key": "zmiana", "text": "Co w ostatnich miesiącach udało mi się zmienić własnymi siłami?"},
        {"key": "wsparcie", "text": "Kto lub co najbardziej mnie wspiera, a czego mi jeszcze brakuje?"},
        {"key": "krok", "text": "W jakiej sprawie chcę mieć więcej do powiedzenia i jaki pierwszy krok mogę zrobić?"},
    ],
}
