"""The genogram as a standalone SVG in the McGoldrick–Gerson notation, drawn from a Layout.

Only presentation attributes are used (no CSS), so the browser, CairoSVG (PNG) and WeasyPrint (PDF) draw
the same picture. Text is dark on white (contrast above 10:1); line colours are above 4.5:1 and every
kind of line also differs in pattern, never in colour alone.
"""

from bisect import bisect_left
from xml.sax.saxutils import escape, quoteattr

from django.utils.translation import gettext as _

from . import measure, text
from .geometry import HALF, SIDE
from .layout import layout as compute_layout
from .measure import NAME_SIZE, SMALL_SIZE, text_width

INK = "#1b1b1b"
GREY_TEXT = "#3d3d3d"
CLOSE = "#1d5c2e"
DISTANT = "#4a4a4a"
HOSTILE = "#a4161a"
HOUSEHOLD = "#0b4f8a"
FONT = "DejaVu Sans, sans-serif"
COUPLE_SIZE = 10
LEGEND_ROW = 30
LEGEND_SAMPLE = 52
RELATION_COLOURS = {"close": CLOSE, "fused": CLOSE, "distant": DISTANT, "conflict": HOSTILE, "hostile": HOSTILE}


def _n(value):
    """A coordinate as short text: 12, 12.5, -3.2."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}"


def _points(points):
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)


def _line(p1, p2, **attributes):
    return _element("line", x1=p1[0], y1=p1[1], x2=p2[0], y2=p2[1], **attributes)


def _element(name, **attributes):
    parts = []
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, float | int) and not isinstance(value, bool):
            value = _n(value)
        parts.append(f"{key.rstrip('_').replace('_', '-')}={quoteattr(str(value))}")
    return f"<{name} {' '.join(parts)}/>"


def _text(x, y, value, size, anchor="middle", fill=INK, bold=False):
    weight = ' font-weight="bold"' if bold else ""
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" text-anchor="{anchor}" fill="{fill}"{weight}>'
        f"{escape(value)}</text>"
    )


# Symbols ----------------------------------------------------------------------------------------------

LINE_STYLES = {
    "married": {},
    "cohabiting": {"stroke_dasharray": "8 5"},
    "engaged": {"stroke_dasharray": "1 5", "stroke_linecap": "round"},
    "separated": {},
    "divorced": {},
    "biological": {},
    "adopted": {"stroke_dasharray": "7 4"},
    "foster": {"stroke_dasharray": "1 5", "stroke_linecap": "round"},
}


def symbol(sex, x, y, half=HALF, deceased=False, index=False, stroke_width=2):
    """The person's symbol: square (man), circle (woman), diamond (unknown); a second outline for the
    index person; an X over it when the person has died."""
    shapes = []
    outlines = [(half, "#ffffff")] if not index else [(half + 5, "#ffffff"), (half, "none")]
    for size, fill in outlines:
        common = {"fill": fill, "stroke": INK, "stroke_width": stroke_width}
        if sex == "male":
            shapes.append(_element("rect", x=x - size, y=y - size, width=2 * size, height=2 * size, **common))
        elif sex == "female":
            shapes.append(_element("circle", cx=x, cy=y, r=size, **common))
        else:
            reach = size * 1.15
            diamond = ((x, y - reach), (x + reach, y), (x, y + reach), (x - reach, y))
            shapes.append(_element("polygon", points=_points(diamond), **common))
    if deceased:
        # An X over the symbol; over the diamond it is steeper, so that it does not run along the edges.
        across, down = {"male": (0.8, 0.8), "female": (0.7, 0.7), "unknown": (0.55, 0.95)}[sex]
        across, down = across * half, down * half
        common = {"stroke": INK, "stroke_width": stroke_width}
        shapes.append(_line((x - across, y - down), (x + across, y + down), **common))
        shapes.append(_line((x - across, y + down), (x + across, y - down), **common))
    return "".join(shapes)


def _slashes(count, x, y, colour=INK):
    return "".join(
        _line((x + offset - 5, y + 7), (x + offset + 5, y - 7), stroke=colour, stroke_width=2)
        for offset in ((0,) if count == 1 else (-4, 4))
    )


def _lengths(points):
    lengths = [0.0]
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        lengths.append(lengths[-1] + ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
    return lengths


def _at(points, lengths, along, across=0.0):
    """The point ``along`` the polyline, moved ``across`` to its left."""
    along = min(max(along, 0), lengths[-1])
    number = min(max(bisect_left(lengths, along), 1), len(lengths) - 1)
    (x1, y1), (x2, y2) = points[number - 1], points[number]
    size = max(lengths[number] - lengths[number - 1], 1e-9)
    ux, uy = (x2 - x1) / size, (y2 - y1) / size
    part = along - lengths[number - 1]
    return (x1 + ux * part - uy * across, y1 + uy * part + ux * across)


def _between(points, lengths, start, end):
    inner = [point for point, length in zip(points, lengths, strict=True) if start < length < end]
    return [_at(points, lengths, start)] + inner + [_at(points, lengths, end)]


def _offset(points, distance):
    """The polyline moved sideways by ``distance`` (mitred corners)."""
    result = []
    for number, (x, y) in enumerate(points):
        normals = []
        for (x1, y1), (x2, y2) in (
            (points[max(number - 1, 0)], points[number]),
            (points[number], points[min(number + 1, len(points) - 1)]),
        ):
            size = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
            if size:
                normals.append((-(y2 - y1) / size, (x2 - x1) / size))
        if not normals:
            result.append((x, y))
            continue
        nx, ny = (sum(n[0] for n in normals) / len(normals), sum(n[1] for n in normals) / len(normals))
        scale = max(nx * nx + ny * ny, 0.25)
        result.append((x + nx / scale * distance, y + ny / scale * distance))
    return result


def pattern(kind, points):
    """A relation line of ``kind`` along ``points``: parallel lines, dashes, a zigzag or a broken line."""
    points = list(points)
    lengths = _lengths(points)
    length = lengths[-1]
    colour = RELATION_COLOURS.get(kind, INK)
    common = {"stroke": colour, "stroke_width": 1.6, "fill": "none"}
    if kind in ("close", "fused"):
        offsets = (-2.5, 2.5) if kind == "close" else (-4, 0, 4)
        return "".join(_element("polyline", points=_points(_offset(points, offset)), **common) for offset in offsets)
    if kind == "distant":
        return _element("polyline", points=_points(points), stroke_dasharray="6 5", **common)
    if kind in ("conflict", "hostile"):
        lead = min(6, length / 4)
        teeth = max(2, int((length - 2 * lead) / 5))
        step = (length - 2 * lead) / teeth
        zigzag = [_at(points, lengths, 0), _at(points, lengths, lead)]
        zigzag += [_at(points, lengths, lead + step * (n + 0.5), 5 if n % 2 == 0 else -5) for n in range(teeth)]
        zigzag += [_at(points, lengths, length - lead), _at(points, lengths, length)]
        drawn = _element("polyline", points=_points(zigzag), stroke_linejoin="round", **common)
        if kind == "hostile":
            drawn += _element("polyline", points=_points(points), **common)
        return drawn
    # cut-off: the line is broken in the middle, the break closed by two short bars
    middle, gap = length / 2, 4
    drawn = _element("polyline", points=_points(_between(points, lengths, 0, middle - gap)), **common)
    drawn += _element("polyline", points=_points(_between(points, lengths, middle + gap, length)), **common)
    for along in (middle - gap, middle + gap):
        drawn += _line(_at(points, lengths, along, -7), _at(points, lengths, along, 7), **common)
    return drawn


def _rounded_path(points, radius=14):
    """A closed path through ``points`` with rounded corners."""
    commands = []
    count = len(points)
    for number, (x, y) in enumerate(points):
        before, after = points[number - 1], points[(number + 1) % count]
        into = ((before[0] - x), (before[1] - y))
        out = ((after[0] - x), (after[1] - y))
        size_in = max((into[0] ** 2 + into[1] ** 2) ** 0.5, 1)
        size_out = max((out[0] ** 2 + out[1] ** 2) ** 0.5, 1)
        r = min(radius, size_in / 2, size_out / 2)
        start = (x + into[0] / size_in * r, y + into[1] / size_in * r)
        end = (x + out[0] / size_out * r, y + out[1] / size_out * r)
        commands.append(("M" if number == 0 else "L") + f"{_n(start[0])},{_n(start[1])}")
        commands.append(f"Q{_n(x)},{_n(y)} {_n(end[0])},{_n(end[1])}")
    return " ".join(commands) + " Z"


# The drawing ------------------------------------------------------------------------------------------


def _person(person, box, name, id_prefix):
    words = measure.label(person)
    parts = [
        f'<g id="{id_prefix}-person-{person.id}" class="genogram-person">',
        f"<title>{escape(text.describe_person(person, name))}</title>",
        symbol(person.sex, box.x, box.y, deceased=person.deceased, index=person.index),
        # White behind the label: a relation line passing by goes under the words, not through them.
        _element(
            "rect",
            x=box.x - words.width / 2 - 2,
            y=box.y + words.top - 1,
            width=words.width + 4,
            height=words.height + 2,
            fill="#ffffff",
        ),
    ]
    for line, baseline in zip(words.lines, words.baselines, strict=True):
        parts.append(_text(box.x, box.y + baseline, line, NAME_SIZE, bold=person.index))
    if words.years:
        parts.append(_text(box.x, box.y + words.baselines[-1] + 13, words.years, SMALL_SIZE, fill=GREY_TEXT))
    parts.append("</g>")
    return "".join(parts)


def _couple(line, couple):
    style = LINE_STYLES[couple.kind]
    parts = [_element("polyline", points=_points(line.points), fill="none", stroke=INK, stroke_width=2, **style)]
    if couple.kind in ("separated", "divorced"):
        end = line.drop_x if line.drop_x is not None else (line.x1 + line.x2) / 2
        parts.append(_slashes(1 if couple.kind == "separated" else 2, (line.x1 + end) / 2, line.y))
    lines = text.couple_years(couple) if line.text_x is not None else []
    if lines:
        y = line.text_y + (16 if len(lines) == 1 else 12)
        width = max(text_width(value, COUPLE_SIZE) for value in lines)
        parts.append(
            _element(
                "rect",
                x=line.text_x - width / 2 - 2,
                y=y - 10,
                width=width + 4,
                height=12 * len(lines) + 1,
                fill="#ffffff",
            )
        )
        for value in lines:
            parts.append(_text(line.text_x, y, value, COUPLE_SIZE, fill=GREY_TEXT))
            y += 12
    return "".join(parts)


def _children(layout):
    parts = []
    for sibship in layout.sibships:
        parts.append(_line(*sibship.drop, stroke=INK, stroke_width=2))
        parts.append(_line((sibship.x1, sibship.y), (sibship.x2, sibship.y), stroke=INK, stroke_width=2))
    for child in layout.children:
        style = LINE_STYLES[child.kind]
        parts.append(_line(*child.points, stroke=INK, stroke_width=2, **style))
    return "".join(parts)


def _relations(layout):
    return "".join(pattern(relation.kind, relation.points) for relation in layout.relations)


# The legend -------------------------------------------------------------------------------------------


def legend_items(genogram):
    """(label, drawing function) for each sign the genogram uses, in a fixed order."""
    sexes = {person.sex for person in genogram.people}
    items = []
    for sex, label in text.sex_choices():
        if sex in sexes:
            items.append((label, lambda x, y, sex=sex: symbol(sex, x, y, half=9, stroke_width=1.6)))
    if any(person.deceased for person in genogram.people):
        items.append((_("Deceased"), lambda x, y: symbol("male", x, y, half=9, deceased=True, stroke_width=1.6)))
    if any(person.index for person in genogram.people):
        items.append((_("Index person"), lambda x, y: symbol("male", x, y, half=7, index=True, stroke_width=1.6)))
    couple_kinds = {couple.kind for couple in genogram.couples}
    for kind, label in text.couple_kind_choices():
        if kind in couple_kinds:
            items.append((label, lambda x, y, kind=kind: _legend_couple(kind, x, y)))
    children = [child for couple in genogram.couples for child in couple.children]
    child_kinds = {child.kind for child in children}
    for kind, label in text.child_kind_choices():
        if kind in child_kinds:
            items.append((label, lambda x, y, kind=kind: _legend_child(kind, x, y)))
    if any(child.twin_group for child in children):
        items.append((_("Twins"), _legend_twins))
    if genogram.household:
        items.append((_("Household"), _legend_household))
    relation_kinds = {relation.kind for relation in genogram.relations}
    for kind, label in text.relation_kind_choices():
        if kind in relation_kinds:
            items.append((label, lambda x, y, kind=kind: pattern(kind, ((x - 20, y), (x + 20, y)))))
    return items


def _legend_couple(kind, x, y):
    points = ((x - 18, y - 8), (x - 18, y + 4), (x + 18, y + 4), (x + 18, y - 8))
    drawn = _element("polyline", points=_points(points), fill="none", stroke=INK, stroke_width=2, **LINE_STYLES[kind])
    if kind in ("separated", "divorced"):
        drawn += _slashes(1 if kind == "separated" else 2, x, y + 4)
    return drawn


def _legend_child(kind, x, y):
    return _line((x, y - 11), (x, y + 11), stroke=INK, stroke_width=2, **LINE_STYLES[kind])


def _legend_household(x, y):
    return _element(
        "rect",
        x=x - 20,
        y=y - 9,
        width=40,
        height=18,
        rx=6,
        fill="none",
        stroke=HOUSEHOLD,
        stroke_width=2,
        stroke_dasharray="6 4",
    )


def _legend_twins(x, y):
    return _line((x, y - 10), (x - 10, y + 10), stroke=INK, stroke_width=2) + _line(
        (x, y - 10), (x + 10, y + 10), stroke=INK, stroke_width=2
    )


def _legend(items, top, width):
    """The legend under the drawing, in as many columns as fit; returns (svg, height)."""
    if not items:
        return "", 0
    column = max(text_width(label, NAME_SIZE) for label, _draw in items) + LEGEND_SAMPLE + 24
    columns = max(1, int((width - 2 * SIDE) // column))
    rows = -(-len(items) // columns)
    parts = [
        '<g class="genogram-legend">',
        _line((SIDE, top), (width - SIDE, top), stroke="#767676", stroke_width=1),
        _text(SIDE, top + 24, _("Legend"), NAME_SIZE + 1, anchor="start", bold=True),
    ]
    for number, (label, draw) in enumerate(items):
        x = SIDE + (number // rows) * column
        y = top + 48 + (number % rows) * LEGEND_ROW
        parts.append(draw(x + LEGEND_SAMPLE / 2, y))
        parts.append(_text(x + LEGEND_SAMPLE + 8, y + 4, label, NAME_SIZE, anchor="start"))
    parts.append("</g>")
    return "".join(parts), 48 + rows * LEGEND_ROW


def legend_width(genogram):
    items = legend_items(genogram)
    if not items:
        return 0
    return max(text_width(label, NAME_SIZE) for label, _draw in items) + LEGEND_SAMPLE + 24 + 2 * SIDE


def render_svg(genogram, title="", *, layout=None, id_prefix="genogram", full_description=True):
    """The genogram as SVG text (UTF-8, standalone, with xmlns).

    ``title`` names the drawing (<title>); <desc> holds the text alternative, or only its summary when
    ``full_description`` is false (a page that lists the sentences beside the drawing).
    ``id_prefix`` keeps element ids unique when a page shows more than one genogram."""
    layout = layout or compute_layout(genogram)
    names = text.display_names(genogram)
    items = legend_items(genogram)
    column = legend_width(genogram)
    width = max(layout.width, 2 * column - 2 * SIDE if len(items) > 6 else column, 280)
    shift = (width - layout.width) / 2
    legend, legend_height = _legend(items, layout.height + 4, width)
    height = layout.height + 4 + legend_height + (SIDE if legend_height else 0)
    title = title or _("Genogram")
    description = text.describe(genogram) if full_description else [text.summary(genogram)]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{_n(width)}" height="{_n(height)}" '
        f'viewBox="0 0 {_n(width)} {_n(height)}" role="img" '
        f'aria-labelledby="{id_prefix}-title {id_prefix}-desc" font-family="{FONT}">',
        f'<title id="{id_prefix}-title">{escape(title)}</title>',
        f'<desc id="{id_prefix}-desc">{escape(" ".join(description))}</desc>',
        _element("rect", x=0, y=0, width=width, height=height, fill="#ffffff"),
        f'<g class="genogram-drawing" transform="translate({_n(shift)},0)">',
    ]
    if not genogram.people:
        parts.append(_text(layout.width / 2, layout.height / 2, _("The genogram is empty."), NAME_SIZE, fill=GREY_TEXT))
    for outline in layout.household:
        parts.append(
            _element(
                "path",
                d=_rounded_path(outline),
                fill="none",
                stroke=HOUSEHOLD,
                stroke_width=2,
                stroke_dasharray="9 6",
                class_="genogram-household",
            )
        )
    couples = {couple.id: couple for couple in genogram.couples}
    parts.append('<g class="genogram-lines">')
    parts.extend(_couple(line, couples[line.id]) for line in layout.couples)
    parts.append(_children(layout))
    parts.append(_relations(layout))
    parts.append("</g>")
    for person in genogram.people:
        parts.append(_person(person, layout.people[person.id], names[person.id], id_prefix))
    parts.append("</g>")
    parts.append(legend)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
