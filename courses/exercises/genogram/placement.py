"""Where each person stands along their row: a tidy-tree layout of units (see layout.py)."""

from dataclasses import dataclass

from .geometry import FAMILY_GAP, SIDE, SLOT


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
        # A unit hangs under a unit in a higher row (rows.build_units), so the climb ends within len(units).
        for _step in range(len(units)):
            if id(unit) not in tree_parent:
                break
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
                if len(couple.children) > 1 and child.person == couple.children[0].person:
                    side = 1  # the eldest: the younger brothers and sisters stand to the right
                elif len(couple.children) > 1 and child.person == couple.children[-1].person:
                    side = -1  # the youngest: the elder ones stand to the left
                attached.setdefault(id(root), (target, side))
    # Break circles (two families each married into the other): the first listed root of the circle stays
    # free. Each walk visits a root once at most, and each root has one target, so this ends.
    for root in roots:
        seen, current = [], root
        while id(current) in attached and current not in seen:
            seen.append(current)
            current = attached[id(current)][0]
        if current in seen:
            circle = seen[seen.index(current) :]
            attached.pop(id(min(circle, key=roots.index)))
    # The attachments now form trees whose roots are the free roots: each root is emitted once.
    beside = {}
    for other in roots:
        if id(other) in attached:
            target, side = attached[id(other)]
            beside.setdefault(id(target), []).append((other, side))
    result, todo = [], [root for root in reversed(roots) if id(root) not in attached]
    while todo:  # depth first, without recursion: a root, or ("emit", root) once its left side is done
        item = todo.pop()
        if isinstance(item, tuple):
            result.append(item[1])
            continue
        around = beside.get(id(item), [])
        todo.extend(reversed([other for other, side in around if side > 0]))
        todo.append(("emit", item))
        todo.extend(reversed([other for other, side in around if side < 0]))
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
    xs = dict(whole.xs)
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
    _siblings_in_birth_order(genogram, xs, generations)
    left = min(xs.values()) - SLOT / 2  # after the moves: the leftmost slot starts SIDE from the edge
    return {person: x - left + SIDE for person, x in xs.items()}


def _siblings_in_birth_order(genogram, xs, generations):
    """Brothers and sisters standing in one row take that row's places they hold, oldest first.

    The tidy tree packs the children who carry their own unit in birth order; a child who stands beside
    a partner in another family (or two siblings sharing a partner) is placed by that family, and may land
    on the wrong side of a sibling. Exchanging the places siblings hold keeps every place as it was, so
    nothing comes to overlap; each couple's children are put in order once (a person has one birth couple)."""
    for couple in genogram.couples:
        by_row = {}
        for child in couple.children:
            by_row.setdefault(generations[child.person], []).append(child.person)
        for siblings in by_row.values():
            places = sorted(xs[person] for person in siblings)
            for person, x in zip(siblings, places, strict=True):
                xs[person] = x
