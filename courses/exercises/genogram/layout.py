"""Where every symbol and line of a genogram goes, computed once in Python for every renderer.

1. Generations. Partners are joined into units (kept in one row); a unit sits one row below its parents'
   unit, and a unit without parents sits just above its highest child, so married-in people share their
   partner's row. Couples that would make the units circular (rare remarriages across generations) are
   left out of the units and drawn between rows.
2. Order in a row. A unit is arranged around its person with parents: a person with several partners stands
   between the first partner (left) and the later ones (right), except the oldest or youngest of several
   siblings, whose partners all stand on the outer side; a single couple keeps its listed order.
3. Positions. Units form a tree (a unit hangs under the couple its person with parents was born to) laid out
   like a tidy tree: children packed left to right in birth order under their parents' couple line, every
   subtree kept apart from its neighbours row by row, so symbols never overlap. A partner who also has
   parents elsewhere (two families joined by a marriage) stays beside their partner; their parents are
   placed next to that family and the sibling line reaches them.

Every loop is bounded by the size of the genogram (at most 200 people, 200 couples, 400 relations), and
layout() has a budget of CPU time on top (LAYOUT_SECONDS): a genogram that takes longer is refused with
LayoutTooSlow (a GenogramError with a Polish message), never left to hold a worker.

Everything is deterministic: the same genogram always gives the same coordinates. Modules: rows.py (1, 2),
placement.py (3), this module (couple and child lines), relations.py (relation routes), household.py
(the household boundary), geometry.py (sizes and the dataclasses returned).
"""

import time

from django.utils.translation import ngettext

from .geometry import (
    BOTTOM,
    COUPLE_DROP,
    COUPLE_STEP,
    HALF,
    LABEL_BOTTOM,
    SIBLING_RISE,
    SIBLING_STEP,
    SIDE,
    SLOT,
    ChildLine,
    CoupleLine,
    Layout,
    PersonBox,
    RelationLine,
    Sibship,
    level_spans,
    row_y,
)
from .household import household_outlines
from .placement import place_units
from .relations import Obstacles, relation_lines
from .rows import assign_generations, build_units
from .validation import GenogramError

__all__ = [
    "LAYOUT_SECONDS",
    "ChildLine",
    "CoupleLine",
    "Layout",
    "LayoutTooSlow",
    "PersonBox",
    "RelationLine",
    "Sibship",
    "layout",
    "row_y",
]

# The most CPU time a layout may take. The largest genograms the format allows are laid out in under
# a second (docs/performance.md); the budget is a hard stop on top of the loops' bounds.
LAYOUT_SECONDS = 3


class LayoutTooSlow(GenogramError):
    """The layout took longer than its budget: the genogram is not drawn (and not saved by the editor)."""

    def __init__(self, seconds):
        super().__init__(
            [
                ngettext(
                    "The genogram is too complex to be drawn within %(seconds)s second of computing time: "
                    "remove some relations or people, or split the family into two genograms.",
                    "The genogram is too complex to be drawn within %(seconds)s seconds of computing time: "
                    "remove some relations or people, or split the family into two genograms.",
                    seconds,
                )
                % {"seconds": seconds}
            ]
        )


class Budget:
    """The computing time a layout may still take: ``check()`` raises LayoutTooSlow once it is spent.

    It counts the thread's CPU time, not the clock: the same genogram is drawn or refused whatever else
    the server is doing (on a busy server the clock runs several times faster than the CPU time)."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.ends = time.thread_time() + seconds

    def check(self):
        if time.thread_time() >= self.ends:
            raise LayoutTooSlow(self.seconds)


def layout(genogram, *, seconds=None):
    """The Layout of a valid Genogram, or LayoutTooSlow after ``seconds`` (default LAYOUT_SECONDS)."""
    if not genogram.people:
        return Layout(people={}, rows={})
    budget = Budget(LAYOUT_SECONDS if seconds is None else seconds)
    generations = assign_generations(genogram)
    budget.check()
    units = build_units(genogram, generations)
    budget.check()
    positions = place_units(genogram, units)
    budget.check()
    return draw(genogram, generations, positions, budget)


def draw(genogram, generations, xs, budget):
    boxes = {
        person.id: PersonBox(person.id, xs[person.id], row_y(generations[person.id]), generations[person.id])
        for person in genogram.people
    }
    rows = {}
    for box in sorted(boxes.values(), key=lambda box: box.x):
        rows.setdefault(box.generation, []).append(box.id)
    rank = {person_id: number for row in rows.values() for number, person_id in enumerate(row)}
    couples = _couple_lines(genogram, boxes, rows, rank)
    sibships, children = _child_lines(genogram, boxes, {line.id: line for line in couples})
    budget.check()
    right = max(box.x for box in boxes.values()) + SLOT / 2 + SIDE
    obstacles = Obstacles(boxes, couples, sibships, children, right)
    relations = relation_lines(genogram, boxes, rank, obstacles, budget)
    budget.check()
    bottom = row_y(max(rows)) + LABEL_BOTTOM + BOTTOM
    return Layout(
        people=boxes,
        rows=rows,
        couples=tuple(couples),
        sibships=tuple(sibships),
        children=tuple(children),
        relations=tuple(relations),
        household=household_outlines(genogram, boxes, rows),
        width=right,
        height=bottom,
    )


def _couple_lines(genogram, boxes, rows, rank):
    spans_by_row = {}
    for couple in genogram.couples:
        first, second = (boxes[partner] for partner in couple.partners)
        if first.y == second.y:
            left, right = sorted((first, second), key=lambda box: box.x)
            spans_by_row.setdefault(first.generation, []).append((left.x, right.x, couple.id))
    # Partners with someone between them get a lower line, under their neighbours' couple lines.
    adjacent = {c.id: abs(rank[c.partners[0]] - rank[c.partners[1]]) == 1 for c in genogram.couples}
    levels = {}
    for spans in spans_by_row.values():
        levels.update(level_spans(spans, start_level=lambda span: 0 if adjacent[span[2]] else 1))
    # A person with two partners in the row gets two lines, side by side under the symbol, so that
    # the couples' lines do not run into one.
    attached = {}
    for couple in genogram.couples:
        first, second = (boxes[partner] for partner in couple.partners)
        if first.y == second.y:
            attached.setdefault(first.id, []).append((second.x, couple.id))
            attached.setdefault(second.id, []).append((first.x, couple.id))
    foot = {}
    for person_id, partners in attached.items():
        for number, (_x, couple_id) in enumerate(sorted(partners)):
            foot[(person_id, couple_id)] = boxes[person_id].x + (number - (len(partners) - 1) / 2) * 10
    gaps = _text_gaps(genogram, boxes, rank, adjacent)
    lines = []
    for couple in genogram.couples:
        first, second = (boxes[partner] for partner in couple.partners)
        child_xs = [boxes[child.person].x for child in couple.children]
        if first.y == second.y:
            left, right = sorted((first, second), key=lambda box: box.x)
            y = left.y + HALF + COUPLE_DROP + levels[couple.id] * COUPLE_STEP
            x1, x2 = foot[(left.id, couple.id)], foot[(right.id, couple.id)]
            points = ((x1, left.y + HALF - 4), (x1, y), (x2, y), (x2, right.y + HALF - 4))
            gap = gaps[couple.id]
            row = rows[left.generation]
            text_x, text_y = (boxes[row[gap]].x + boxes[row[gap + 1]].x) / 2, left.y
            ends = (left.x, right.x)
        else:
            upper, lower = sorted((first, second), key=lambda box: box.y)
            side = 1 if lower.x >= upper.x else -1
            y = lower.y + HALF + COUPLE_DROP
            corner = upper.x + side * SLOT / 2
            points = (
                (upper.x + side * HALF, upper.y),
                (corner, upper.y),
                (corner, y),
                (lower.x, y),
                (lower.x, lower.y + HALF),
            )
            x1, x2 = sorted((corner, lower.x))
            text_x = text_y = None  # no free gap between rows: the years are in the text and the tooltip
            ends = (x1, x2)
        drop_x = None
        if child_xs:
            centre = (min(child_xs) + max(child_xs)) / 2
            # Under the children, but clear of the partners' labels.
            reach = min(SLOT / 2 - 2, (ends[1] - ends[0]) / 2)
            drop_x = min(max(centre, ends[0] + reach), ends[1] - reach)
        lines.append(CoupleLine(couple.id, couple.kind, points, x1, x2, y, drop_x, text_x, text_y))
    return lines


def _text_gaps(genogram, boxes, rank, adjacent):
    """couple id → the gap (after the person of that rank) where the couple's years are written: its own
    for neighbours, else the first gap along the couple line that no neighbours' years use."""
    gaps, used = {}, set()
    same_row = [c for c in genogram.couples if boxes[c.partners[0]].y == boxes[c.partners[1]].y]
    for couple in same_row:
        if adjacent[couple.id]:
            gaps[couple.id] = min(rank[partner] for partner in couple.partners)
            used.add((boxes[couple.partners[0]].generation, gaps[couple.id]))
    for couple in same_row:
        if not adjacent[couple.id]:
            first, last = sorted(rank[partner] for partner in couple.partners)
            generation = boxes[couple.partners[0]].generation
            free = [gap for gap in range(first, last) if (generation, gap) not in used]
            gaps[couple.id] = free[0] if free else first
            used.add((generation, gaps[couple.id]))
    return gaps


def _joint_key(child):
    """Twins share the point their lines leave the sibling line from; every other child has its own."""
    return ("twins", child.twin_group) if child.twin_group is not None else ("child", child.person)


def _child_lines(genogram, boxes, couple_lines):
    prepared = []
    for couple in genogram.couples:
        if not couple.children:
            continue
        line = couple_lines[couple.id]
        child_row = min(boxes[child.person].generation for child in couple.children)
        points = {}
        for child in couple.children:
            points.setdefault(_joint_key(child), []).append(boxes[child.person].x)
        joints = {key: sum(values) / len(values) for key, values in points.items()}
        xs = list(joints.values()) + [line.drop_x]
        prepared.append((couple, line, child_row, joints, min(xs), max(xs)))
    levels = {}
    for generation in {item[2] for item in prepared}:
        levels.update(
            level_spans([(x1, x2, c.id) for c, _l, row, _j, x1, x2 in prepared if row == generation], margin=12)
        )
    sibships, children = [], []
    for couple, line, child_row, joints, x1, x2 in prepared:
        y = row_y(child_row) - SIBLING_RISE - levels[couple.id] * SIBLING_STEP
        sibships.append(Sibship(couple.id, ((line.drop_x, line.y), (line.drop_x, y)), x1, x2, y))
        for child in couple.children:
            box = boxes[child.person]
            joint_x = joints[_joint_key(child)]
            children.append(
                ChildLine(child.person, couple.id, child.kind, child.twin_group, ((joint_x, y), (box.x, box.y - HALF)))
            )
    return sibships, children
