"""Where every symbol and line of a genogram goes, computed once in Python for every renderer.

1. Generations. Partners are joined into units (kept in one row); a unit sits one row below its parents'
   unit, and a unit without parents sits just above its highest child, so married-in people share their
   partner's row. Couples that would make the units circular (rare remarriages across generations) are
   left out of the units and drawn between rows.
2. Order in a row. A unit is arranged around its person with parents: a person with several partners stands
   between the first partner (left) and the later ones (right); a single couple keeps its listed order.
3. Positions. Units form a tree (a unit hangs under the couple its person with parents was born to) laid out
   like a tidy tree: children packed left to right in birth order under their parents' couple line, every
   subtree kept apart from its neighbours row by row, so symbols never overlap. A partner who also has
   parents elsewhere (two families joined by a marriage) stays beside their partner; their parents are
   placed next to that family and the sibling line reaches them.

Everything is deterministic: the same genogram always gives the same coordinates.
"""

from dataclasses import dataclass, field

from .measure import HALF, LABEL_WIDTH, label

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
    text_x: float  # centre of the couple's years, written between the partners
    text_y: float


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


def layout(genogram):
    """The Layout of a valid Genogram."""
    if not genogram.people:
        return Layout(people={}, rows={})
    generations = assign_generations(genogram)
    units = build_units(genogram, generations)
    positions = place_units(genogram, units)
    return draw(genogram, generations, positions)


# 1. Generations ---------------------------------------------------------------------------------------


class _UnionFind:
    def __init__(self, items):
        self.parent = {item: item for item in items}

    def find(self, item):
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return self.parent[item]


def _unit_edges(genogram, find):
    edges = {}
    for couple in genogram.couples:
        for partner in couple.partners:
            for child in couple.children:
                edges.setdefault(find(partner), set()).add(find(child.person))
    return edges


def _has_cycle(edges):
    state = {}
    for start in edges:
        if state.get(start):
            continue
        stack = [(start, iter(sorted(edges.get(start, ()))))]
        state[start] = 1
        while stack:
            node, successors = stack[-1]
            successor = next(successors, None)
            if successor is None:
                state[node] = 2
                stack.pop()
            elif state.get(successor) == 1:
                return True
            elif not state.get(successor):
                state[successor] = 1
                stack.append((successor, iter(sorted(edges.get(successor, ())))))
    return False


def assign_generations(genogram):
    """person id → generation (0 is the top row)."""
    order = {person.id: number for number, person in enumerate(genogram.people)}
    units = _UnionFind(order)
    for couple in genogram.couples:
        first, second = (units.find(partner) for partner in couple.partners)
        if first == second:
            continue
        keep, joined = sorted((first, second), key=order.get)
        units.parent[joined] = keep
        if _has_cycle(_unit_edges(genogram, units.find)):
            units.parent[joined] = joined  # this couple would make someone their own ancestor's peer
    unit_of = {person_id: units.find(person_id) for person_id in order}
    edges = _unit_edges(genogram, units.find)
    roots = sorted(set(unit_of.values()), key=order.get)
    incoming = {unit: 0 for unit in roots}
    for successors in edges.values():
        for successor in successors:
            incoming[successor] += 1
    # Kahn's topological order, ties broken by the order people are listed in.
    ready = [unit for unit in roots if not incoming[unit]]
    topological = []
    while ready:
        unit = ready.pop(0)
        topological.append(unit)
        for successor in sorted(edges.get(unit, ()), key=order.get):
            incoming[successor] -= 1
            if not incoming[successor]:
                ready.append(successor)
    generation = dict.fromkeys(roots, 0)
    for unit in topological:
        for successor in edges.get(unit, ()):
            generation[successor] = max(generation[successor], generation[unit] + 1)
    for unit in reversed(topological):  # parents without parents come down to just above their children
        successors = edges.get(unit)
        if successors:
            generation[unit] = max(generation[unit], min(generation[s] for s in successors) - 1)
    return {person_id: generation[unit] for person_id, unit in unit_of.items()}


# 2. Units and their order ---------------------------------------------------------------------------


@dataclass(eq=False)
class _Unit:
    members: list  # ids from left to right
    generation: int
    owner: str | None  # the member with parents the unit hangs under (None: a root)
    families: list = field(default_factory=list)  # couples with children drawn from this unit
    tree_children: dict = field(default_factory=dict)  # couple id → units hanging under it, birth order


def _couple_key(couple, number):
    return (couple.start_year is None, couple.start_year or 0, number)


def _arrange(members, couples, centre, outward=0):
    """The members of a unit from left to right, partners next to each other where possible.

    ``outward`` is -1 for the oldest of several siblings and 1 for the youngest: their partners then stand
    on the outer side, so that brothers and sisters stay together under their parents."""
    partners_of = {member: [] for member in members}
    for number, couple in enumerate(couples):
        first, second = couple.partners
        partners_of[first].append((_couple_key(couple, number), second, couple))
        partners_of[second].append((_couple_key(couple, number), first, couple))
    order, placed = [centre], {centre}
    queue = [(centre, 0)]
    while queue:
        person, side = queue.pop(0)
        new = [(partner, couple) for _key, partner, couple in sorted(partners_of[person], key=lambda item: item[0])]
        new = [(partner, couple) for partner, couple in new if partner not in placed]
        if not new:
            continue
        if side == 0 and outward:
            lefts, rights = ([p for p, _c in new], []) if outward < 0 else ([], [p for p, _c in new])
        elif side == 0 and len(new) == 1:
            partner, couple = new[0]
            lefts, rights = ([partner], []) if couple.partners[0] == partner else ([], [partner])
        elif side == 0:
            lefts, rights = [new[0][0]], [partner for partner, _couple in new[1:]]
        elif side < 0:
            lefts, rights = [partner for partner, _couple in new], []
        else:
            lefts, rights = [], [partner for partner, _couple in new]
        position = order.index(person)
        for offset, partner in enumerate(rights, 1):
            order.insert(position + offset, partner)
        for partner in reversed(lefts):  # the earliest partner ends up nearest
            order.insert(order.index(person), partner)
        placed.update(lefts + rights)
        queue.extend([(partner, -1) for partner in lefts] + [(partner, 1) for partner in rights])
    return order


def _host(couple, generations):
    """The partner whose unit carries the couple's children: the lower one when they are in two rows."""
    first, second = couple.partners
    return second if generations[second] > generations[first] else first


def build_units(genogram, generations):
    """The units (rows of partners) with their order, owner and the couples whose children they carry."""
    order = {person.id: number for number, person in enumerate(genogram.people)}
    couple_number = {couple.id: number for number, couple in enumerate(genogram.couples)}
    same_row = _UnionFind(order)
    for couple in genogram.couples:
        first, second = couple.partners
        if generations[first] == generations[second]:
            root_a, root_b = same_row.find(first), same_row.find(second)
            if root_a != root_b:
                keep, joined = sorted((root_a, root_b), key=order.get)
                same_row.parent[joined] = keep
    groups = {}
    for person in genogram.people:
        groups.setdefault(same_row.find(person.id), []).append(person.id)
    units = []
    unit_of = {}
    for members in groups.values():
        member_set = set(members)
        couples = [couple for couple in genogram.couples if set(couple.partners) <= member_set]
        cores = [member for member in members if member in genogram.birth_couple]
        owner = min(cores, key=lambda m: (couple_number[genogram.birth_couple[m].id], order[m]), default=None)
        outward = 0
        if owner is not None:
            centre = owner
            siblings = [child.person for child in genogram.birth_couple[owner].children]
            if len(siblings) > 1 and owner in (siblings[0], siblings[-1]):
                outward = -1 if owner == siblings[0] else 1
        else:
            centre = max(members, key=lambda m: (sum(m in c.partners for c in couples), -order[m]))
        unit = _Unit(_arrange(members, couples, centre, outward), generations[members[0]], owner)
        units.append(unit)
        for member in members:
            unit_of[member] = unit
    for couple in genogram.couples:
        if couple.children:
            unit_of[_host(couple, generations)].families.append(couple)
    for unit in units:
        if unit.owner is not None:
            couple = genogram.birth_couple[unit.owner]
            unit_of[_host(couple, generations)].tree_children.setdefault(couple.id, []).append(unit)
    birth_position = {child.person: number for c in genogram.couples for number, child in enumerate(c.children)}
    for unit in units:
        for children in unit.tree_children.values():
            children.sort(key=lambda child_unit: birth_position[child_unit.owner])
    return {"units": units, "unit_of": unit_of}


# 3. Positions -----------------------------------------------------------------------------------------


@dataclass
class _Block:
    """A subtree laid out relative to its anchor: people's x, and per row the extent it occupies."""

    xs: dict
    rows: dict  # generation → [left, right]

    def moved(self, offset):
        return _Block(
            {person: x + offset for person, x in self.xs.items()},
            {row: [left + offset, right + offset] for row, (left, right) in self.rows.items()},
        )

    def absorb(self, other):
        self.xs.update(other.xs)
        for row, (left, right) in other.rows.items():
            if row in self.rows:
                self.rows[row] = [min(self.rows[row][0], left), max(self.rows[row][1], right)]
            else:
                self.rows[row] = [left, right]


def _least_offset(placed, block, gap):
    """The least offset putting ``block`` right of ``placed`` on every row they share (None: no row)."""
    needed = [placed.rows[row][1] - left + gap(row) for row, (left, _right) in block.rows.items() if row in placed.rows]
    return max(needed) if needed else None


def _family_block(genogram, unit, couple):
    """The children of ``couple`` hanging in the tree, packed oldest first, centred on 0."""
    child_units = unit.tree_children.get(couple.id, [])
    if not child_units:
        return None
    sibling_row = min(child.generation for child in child_units)
    packed = _Block({}, {})
    anchors = []
    for child in child_units:
        block = _unit_block(genogram, child)
        offset = _least_offset(packed, block, lambda row: 0 if row == sibling_row else FAMILY_GAP)
        if anchors:
            offset = max(offset if offset is not None else anchors[-1], anchors[-1] + SLOT)
        else:
            offset = 0
        anchors.append(offset)
        packed.absorb(block.moved(offset))
    return packed.moved(-(anchors[0] + anchors[-1]) / 2)


def _unit_block(genogram, unit):
    """A unit with everything hanging under it, anchored at its owner (or its first member)."""
    xs = [number * SLOT for number in range(len(unit.members))]
    position = {member: number for number, member in enumerate(unit.members)}
    families = []
    for couple in unit.families:
        indexes = sorted(position[partner] for partner in couple.partners if partner in position)
        families.append((indexes[-1], indexes[0], couple))
    families.sort(key=lambda family: (family[0], family[1]))
    placed = _Block({}, {})
    for right, left, couple in families:
        block = _family_block(genogram, unit, couple)
        if block is None:
            continue
        wanted = (xs[left] + xs[right]) / 2
        least = _least_offset(placed, block, lambda row: FAMILY_GAP)
        offset = wanted if least is None else max(wanted, least)
        if offset > wanted and right != left:
            # Keep the children centred under the couple: the right partner (and all right of them) moves.
            shift = 2 * offset - xs[left] - xs[right]
            for number in range(right, len(xs)):
                xs[number] += shift
        placed.absorb(block.moved(offset))
    own = _Block(dict(zip(unit.members, xs, strict=True)), {unit.generation: [xs[0] - SLOT / 2, xs[-1] + SLOT / 2]})
    own.absorb(placed)
    anchor = own.xs[unit.owner] if unit.owner is not None else xs[0]
    return own.moved(-anchor)


def _root_order(genogram, units, unit_of):
    """Root units left to right: in listed order, except that the parents of someone who married into
    another family stand beside that family (on the side where their child is)."""
    roots = [unit for unit in units if unit.owner is None]
    tree_parent = {}
    for unit in units:
        for children in unit.tree_children.values():
            for child in children:
                tree_parent[id(child)] = unit

    def root_of(unit):
        while id(unit) in tree_parent:
            unit = tree_parent[id(unit)]
        return unit

    attached = {}  # id(root) → (root it stands beside, side)
    for root in roots:
        for couple in root.families:
            for child in couple.children:
                guest_unit = unit_of[child.person]
                if guest_unit.owner in (None, child.person):
                    continue
                target = root_of(guest_unit)
                if target is root:
                    continue
                side = 1 if guest_unit.members.index(child.person) > guest_unit.members.index(guest_unit.owner) else -1
                attached.setdefault(id(root), (target, side))
    # Break circles (two families each married into the other): the first listed root stays free.
    for root in roots:
        seen, current = [], root
        while id(current) in attached and current not in seen:
            seen.append(current)
            current = attached[id(current)][0]
        if current in seen:
            attached.pop(id(min(seen, key=roots.index)), None)
    result = []

    def emit(root):
        beside = [(other, attached[id(other)][1]) for other in roots if attached.get(id(other), (None,))[0] is root]
        for other, side in beside:
            if side < 0:
                emit(other)
        result.append(root)
        for other, side in beside:
            if side > 0:
                emit(other)

    for root in roots:
        if id(root) not in attached:
            emit(root)
    return result


def place_units(genogram, built):
    """person id → x: the root blocks packed left to right, then parents of married-in people moved
    towards them where their row has room."""
    units, unit_of = built["units"], built["unit_of"]
    roots = _root_order(genogram, units, unit_of)
    whole = _Block({}, {})
    for root in roots:
        block = _unit_block(genogram, root)
        offset = _least_offset(whole, block, lambda row: FAMILY_GAP)
        whole.absorb(block.moved(offset or 0))
    left = min(extent[0] for extent in whole.rows.values())
    xs = {person: x - left + SIDE for person, x in whole.xs.items()}
    generations = {member: unit.generation for unit in units for member in unit.members}
    for root in roots:
        children = [child.person for couple in root.families for child in couple.children]
        if not any(unit_of[child].owner != child for child in children):
            continue  # no child married into another family: the tidy position is already right
        child_xs = [xs[child] for child in children]
        members = [xs[member] for member in root.members]
        shift = (min(child_xs) + max(child_xs)) / 2 - (min(members) + max(members)) / 2
        others = [
            x for person, x in xs.items() if generations[person] == root.generation and person not in root.members
        ]
        least = max([x + SLOT + FAMILY_GAP - min(members) for x in others if x < min(members)], default=-1e9)
        most = min([x - SLOT - FAMILY_GAP - max(members) for x in others if x > max(members)], default=1e9)
        if least <= most:
            shift = min(max(shift, least), most)
            for member in root.members:
                xs[member] += shift
    return xs


# 4. Lines ---------------------------------------------------------------------------------------------


def _levels(spans, start_level=lambda span: 0, margin=0):
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


def draw(genogram, generations, xs):
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
    right = max(box.x for box in boxes.values()) + SLOT / 2 + SIDE
    obstacles = _Obstacles(boxes, couples, sibships, children, right)
    relations = _relation_lines(genogram, boxes, rank, obstacles)
    bottom = row_y(max(rows)) + LABEL_BOTTOM + BOTTOM
    return Layout(
        people=boxes,
        rows=rows,
        couples=tuple(couples),
        sibships=tuple(sibships),
        children=tuple(children),
        relations=tuple(relations),
        household=_household(genogram, boxes, rows),
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
        levels.update(_levels(spans, start_level=lambda span: 0 if adjacent[span[2]] else 1))
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
            text_x, text_y = (x1 + x2) / 2, y + 14
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


def _child_lines(genogram, boxes, couple_lines):
    prepared = []
    for couple in genogram.couples:
        if not couple.children:
            continue
        line = couple_lines[couple.id]
        child_row = min(boxes[child.person].generation for child in couple.children)
        points = {}
        for child in couple.children:
            key = child.twin_group or child.person
            points.setdefault(key, []).append(boxes[child.person].x)
        joints = {key: sum(values) / len(values) for key, values in points.items()}
        xs = list(joints.values()) + [line.drop_x]
        prepared.append((couple, line, child_row, joints, min(xs), max(xs)))
    levels = {}
    for generation in {item[2] for item in prepared}:
        levels.update(_levels([(x1, x2, c.id) for c, _l, row, _j, x1, x2 in prepared if row == generation], margin=12))
    sibships, children = [], []
    for couple, line, child_row, joints, x1, x2 in prepared:
        y = row_y(child_row) - SIBLING_RISE - levels[couple.id] * SIBLING_STEP
        sibships.append(Sibship(couple.id, ((line.drop_x, line.y), (line.drop_x, y)), x1, x2, y))
        for child in couple.children:
            box = boxes[child.person]
            joint_x = joints[child.twin_group or child.person]
            children.append(
                ChildLine(child.person, couple.id, child.kind, child.twin_group, ((joint_x, y), (box.x, box.y - HALF)))
            )
    return sibships, children


def _relation_lines(genogram, boxes, rank, obstacles):
    brackets = []
    for relation in genogram.relations:
        a, b = boxes[relation.a], boxes[relation.b]
        if a.y == b.y and abs(rank[a.id] - rank[b.id]) > 1:
            left, right = sorted((a, b), key=lambda box: box.x)
            brackets.append((left.x, right.x, (relation.a, relation.b), left.generation))
    levels = {}
    for generation in {item[3] for item in brackets}:
        levels.update(_levels([(x1, x2, key) for x1, x2, key, row in brackets if row == generation], margin=4))
    routes = {}
    for number, relation in enumerate(genogram.relations):
        a, b = boxes[relation.a], boxes[relation.b]
        if a.y != b.y:
            continue
        left, right = sorted((a, b), key=lambda box: box.x)
        if abs(rank[a.id] - rank[b.id]) == 1:  # neighbours: straight across, above the couple's years
            y = a.y - RELATION_RISE
            routes[number] = ((left.x + HALF + 4, y), (right.x - HALF - 4, y))
        else:  # over the heads of the people between them
            y = a.y - BRACKET_RISE - levels[(relation.a, relation.b)] * BRACKET_STEP
            top = a.y - HALF - 2
            routes[number] = ((left.x + 8, top), (left.x + 8, y), (right.x - 8, y), (right.x - 8, top))
        obstacles.lines.append(routes[number])
    for number, relation in enumerate(genogram.relations):  # between rows: routed around all the rest
        a, b = boxes[relation.a], boxes[relation.b]
        if a.y != b.y:
            routes[number] = _route_between(a, b, obstacles)
            obstacles.lines.append(routes[number])
    return [
        RelationLine(relation.a, relation.b, relation.kind, routes[number])
        for number, relation in enumerate(genogram.relations)
    ]


class _Obstacles:
    """What a relation line between rows should not cross: symbols, labels, couples' years, child lines."""

    def __init__(self, boxes, couples, sibships, children, width):
        self.boxes = boxes
        self.width = width
        self.labels = [
            (b.x - LABEL_WIDTH / 2, b.y + HALF + 4, b.x + LABEL_WIDTH / 2, b.y + LABEL_BOTTOM) for b in boxes.values()
        ]
        self.labels += [(c.text_x - 32, c.text_y, c.text_x + 32, c.text_y + 28) for c in couples]
        self.verticals = [
            (c.points[0][0], c.points[0][1], c.points[1][1]) for c in children if c.points[0][0] == c.points[1][0]
        ]
        self.verticals += [(s.drop[0][0], s.drop[0][1], s.drop[1][1]) for s in sibships]
        self.lines = []  # relation lines already routed

    def _near_lines(self, x, y):
        return any(abs(x - px) < 8 and abs(y - py) < 8 for line in self.lines for px, py in _samples(line))

    def cost(self, points, ends):
        """How badly the polyline ``points`` crosses things (0: not at all), plus a little for its length."""
        cost = 0.0
        for x, y in _samples(points):
            if not 0 <= x <= self.width:
                return None
            for box in self.boxes.values():
                if box.id not in ends and abs(x - box.x) <= HALF + 6 and abs(y - box.y) <= HALF + 6:
                    cost += 20
            cost += sum(2 for x1, y1, x2, y2 in self.labels if x1 - 5 <= x <= x2 + 5 and y1 - 5 <= y <= y2 + 5)
            cost += sum(5 for vx, y1, y2 in self.verticals if abs(x - vx) < 7 and y1 <= y <= y2)
            cost += 3 if self._near_lines(x, y) else 0
        return cost + sum(_distance(p, q) for p, q in zip(points, points[1:], strict=False)) / 1000


def _distance(p, q):
    return ((q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2) ** 0.5


def _samples(points, step=4):
    for p, q in zip(points, points[1:], strict=False):
        count = max(1, int(_distance(p, q) / step))
        for number in range(count):
            t = number / count
            yield (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)
    yield points[-1]


def _route_between(a, b, obstacles):
    """A relation between rows: straight, through the free lane beside a symbol, or bowed, whichever
    crosses least (a line straight down would run along the child lines and through the labels)."""
    candidates = [_bowed(a, b, 0)]
    for lane in (a.x - SLOT / 2, a.x + SLOT / 2, b.x - SLOT / 2, b.x + SLOT / 2):
        start = (a.x + (HALF + 4) * (1 if lane > a.x else -1), a.y)
        side = 1 if lane > b.x else -1
        end = (b.x + (HALF + 4) * side, b.y)
        candidates.append((start, (lane, a.y), (lane, b.y), end))
        # or in from above, beside the child line that comes down to the symbol
        above = b.y - HALF - 12
        candidates.append(
            (start, (lane, a.y), (lane, above), (b.x + 10 * side, above), (b.x + 10 * side, b.y - HALF - 2))
        )
    candidates += [_bowed(a, b, bow) for bow in (50, -50, 90, -90)]
    best = None
    for points in candidates:
        cost = obstacles.cost(points, (a.id, b.id))
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, points)
    return best[1] if best else candidates[0]


def _bowed(a, b, bow, steps=32):
    """Points of the quadratic curve from a's centre to b's, its control point ``bow`` px aside, without
    the parts inside the two symbols."""
    dx, dy = b.x - a.x, b.y - a.y
    length = (dx * dx + dy * dy) ** 0.5
    control = ((a.x + b.x) / 2 - dy / length * bow, (a.y + b.y) / 2 + dx / length * bow)
    points = []
    for step in range(steps + 1):
        t = step / steps
        x = (1 - t) ** 2 * a.x + 2 * (1 - t) * t * control[0] + t * t * b.x
        y = (1 - t) ** 2 * a.y + 2 * (1 - t) * t * control[1] + t * t * b.y
        if all((x - box.x) ** 2 + (y - box.y) ** 2 > (HALF + 6) ** 2 for box in (a, b)):
            points.append((round(x, 1), round(y, 1)))
    return tuple(points)


def _household(genogram, boxes, rows):
    """The household boundary: outlines around the members' symbols and labels, joined where members
    stand side by side or a child stands under a parent; never around anyone outside the household."""
    members = set(genogram.household)
    if not members:
        return ()
    rectangles = {}
    for person_id in genogram.household:
        box, words = boxes[person_id], label(genogram.person(person_id))
        reach = max(words.width / 2, HALF + (5 if genogram.person(person_id).index else 0)) + 8
        rectangles[person_id] = (box.x - reach, box.y - HALF - 14, box.x + reach, box.y + words.top + words.height + 8)
    joined = list(rectangles.values())
    for row in rows.values():
        for left, right in zip(row, row[1:], strict=False):
            if left in members and right in members:
                a, b = rectangles[left], rectangles[right]
                joined.append((a[2] - 1, a[1], b[0] + 1, min(a[3], b[3])))
    for person_id in genogram.household:
        couple = genogram.birth_couple.get(person_id)
        for parent in couple.partners if couple else ():
            if parent in members and boxes[parent].generation < boxes[person_id].generation:
                below, above = rectangles[person_id], rectangles[parent]
                joined.append((min(below[0], above[0]), above[3] - 1, max(below[2], above[2]), below[1] + 1))
    return tuple(_outlines(joined))


def _outlines(rectangles):
    """The outlines of the union of rectangles (left, top, right, bottom), each a clockwise list of corners."""
    xs = sorted({r[0] for r in rectangles} | {r[2] for r in rectangles})
    ys = sorted({r[1] for r in rectangles} | {r[3] for r in rectangles})
    column, line = {x: n for n, x in enumerate(xs)}, {y: n for n, y in enumerate(ys)}
    filled = set()
    for x1, y1, x2, y2 in rectangles:
        for i in range(column[x1], column[x2]):
            for j in range(line[y1], line[y2]):
                filled.add((i, j))
    # Edges between a filled and an empty cell, directed so that the filled side is on the right.
    edges = {}
    for i, j in filled:
        if (i, j - 1) not in filled:
            edges.setdefault((i, j), []).append((i + 1, j))
        if (i + 1, j) not in filled:
            edges.setdefault((i + 1, j), []).append((i + 1, j + 1))
        if (i, j + 1) not in filled:
            edges.setdefault((i + 1, j + 1), []).append((i, j + 1))
        if (i - 1, j) not in filled:
            edges.setdefault((i, j + 1), []).append((i, j))
    outlines = []
    while edges:
        start = min(edges)
        loop, current = [start], start
        while True:
            ends = edges[current]
            following = ends.pop(min(range(len(ends)), key=lambda n: ends[n]))
            if not ends:
                del edges[current]
            if following == start:
                break
            loop.append(following)
            current = following
        outlines.append(_without_straight_corners([(xs[i], ys[j]) for i, j in loop]))
    return [outline for outline in outlines if len(outline) >= 4]


def _without_straight_corners(points):
    """Drops repeated points and points in the middle of a straight run."""
    unique = [point for number, point in enumerate(points) if point != points[number - 1]]
    result = []
    for number, point in enumerate(unique):
        before, after = unique[number - 1], unique[(number + 1) % len(unique)]
        if (before[0] == point[0] == after[0]) or (before[1] == point[1] == after[1]):
            continue
        result.append(point)
    return result
