"""Which row each person stands in, and the order of partners within a row (see layout.py)."""

from dataclasses import dataclass, field


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

        def merged(person, keep=keep, joined=joined):
            root = units.find(person)
            return keep if root == joined else root

        # The union is tried on a view and made only if it keeps parenthood acyclic: undoing it afterwards
        # would leave the members whose paths find() had already compressed in the merged unit.
        if not _has_cycle(_unit_edges(genogram, merged)):
            units.parent[joined] = keep
        # else: this couple would make someone their own ancestor's peer; it is drawn between rows
    unit_of = {person_id: units.find(person_id) for person_id in order}
    edges = _unit_edges(genogram, units.find)
    all_units = sorted(set(unit_of.values()), key=order.get)
    incoming = dict.fromkeys(all_units, 0)
    for successors in edges.values():
        for successor in successors:
            incoming[successor] += 1
    # Kahn's topological order, ties broken by the order people are listed in.
    ready = [unit for unit in all_units if not incoming[unit]]
    topological = []
    while ready:
        unit = ready.pop(0)
        topological.append(unit)
        for successor in sorted(edges.get(unit, ()), key=order.get):
            incoming[successor] -= 1
            if not incoming[successor]:
                ready.append(successor)
    generation = dict.fromkeys(all_units, 0)
    for unit in topological:
        for successor in edges.get(unit, ()):
            generation[successor] = max(generation[successor], generation[unit] + 1)
    for unit in reversed(topological):  # parents without parents come down to just above their children
        successors = edges.get(unit)
        if successors:
            generation[unit] = max(generation[unit], min(generation[s] for s in successors) - 1)
    return {person_id: generation[unit] for person_id, unit in unit_of.items()}


# Units and their order --------------------------------------------------------------------------------


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
            host = unit_of[_host(couple, generations)]
            if host.generation < unit.generation:  # always so (see assign_generations): the units form trees
                host.tree_children.setdefault(couple.id, []).append(unit)
            else:  # never reached; kept so that no order of the data can hang a unit in a circle
                unit.owner = None
    birth_position = {child.person: number for c in genogram.couples for number, child in enumerate(c.children)}
    for unit in units:
        for children in unit.tree_children.values():
            children.sort(key=lambda child_unit: birth_position[child_unit.owner])
    return {"units": units, "unit_of": unit_of}
