"""The coordinates every renderer draws from: sizes, rows and the dataclasses layout() returns."""

from dataclasses import dataclass

from .measure import HALF, LABEL_WIDTH

SLOT = 120  # least distance between two people in a row; labels are LABEL_WIDTH wide
ROW_PITCH = 180
TOP = 62  # centre of the first row (room above it for relation lines)
SIDE = 10  # space left and right of the outermost slots
BOTTOM = 16
COUPLE_DROP = 16  # the couple line runs this far below the symbols
COUPLE_STEP = 6
SIBLING_RISE = 56  # the children's line runs this far above the children's centres
SIBLING_STEP = 7
RELATION_RISE = 12  # relations between neighbours run this far above the centres
BRACKET_RISE = 28  # relations between people further apart in a row pass over their heads
BRACKET_STEP = 6
LABEL_BOTTOM = 96  # the lowest label line, below the centre
FAMILY_GAP = 24  # extra room between the children of different couples
MAX_LEVEL = 2


@dataclass(frozen=True)
class PersonBox:
    id: str
    x: float
    y: float
    generation: int

    @property
    def box(self):
        """The symbol's bounding box (left, top, right, bottom)."""
        return (self.x - HALF, self.y - HALF, self.x + HALF, self.y + HALF)

    @property
    def slot(self):
        """The symbol with its label (left, top, right, bottom)."""
        return (self.x - LABEL_WIDTH / 2, self.y - HALF, self.x + LABEL_WIDTH / 2, self.y + LABEL_BOTTOM)


@dataclass(frozen=True)
class CoupleLine:
    id: str
    kind: str
    points: tuple  # the line from one partner to the other: ((x, y), ...)
    x1: float  # the horizontal part, from x1 to x2 at height y
    x2: float
    y: float
    drop_x: float | None  # where the children's line leaves it (None: no children)
    text_x: float | None  # centre of the couple's years, written between the partners (None: not written)
    text_y: float | None


@dataclass(frozen=True)
class Sibship:
    """The children's line of a couple: down from the couple line, then across above the children."""

    couple: str
    drop: tuple  # ((x, y on the couple line), (x, y on the sibling line))
    x1: float
    x2: float
    y: float


@dataclass(frozen=True)
class ChildLine:
    person: str
    couple: str
    kind: str
    twin_group: str | None
    points: tuple  # from the sibling line (twins: their common point) to the top of the child's symbol


@dataclass(frozen=True)
class RelationLine:
    a: str
    b: str
    kind: str
    points: tuple  # a polyline from beside a's symbol to beside b's, drawn in the relation's pattern


@dataclass(frozen=True)
class Layout:
    people: dict  # id → PersonBox
    rows: dict  # generation → ids from left to right
    couples: tuple = ()
    sibships: tuple = ()
    children: tuple = ()
    relations: tuple = ()
    household: tuple = ()  # the household boundary: outlines, each a tuple of corners (x, y)
    width: float = 2 * SIDE + SLOT
    height: float = TOP + LABEL_BOTTOM + BOTTOM


def row_y(generation):
    return TOP + generation * ROW_PITCH


def level_spans(spans, start_level=lambda span: 0, margin=0):
    """A level for each (x1, x2, key) span so that spans on one level do not overlap (capped)."""
    taken = {}
    result = {}
    for x1, x2, key in sorted(spans, key=lambda span: (span[1] - span[0], span[0])):
        level = start_level((x1, x2, key))
        while level < MAX_LEVEL and any(x1 < b + margin and a - margin < x2 for a, b in taken.get(level, ())):
            level += 1
        taken.setdefault(level, []).append((x1, x2))
        result[key] = level
    return result
