"""Families generated at random for the genogram layout, and the drawing rules every layout must keep.

``build_family(pick, size)`` grows a valid genogram dict of ``size`` people from a source of choices:
``pick(n)`` returns a whole number from 0 to n - 1. Hypothesis draws the choices in the tests (so that a
failing family shrinks to a small one); ``random.Random(seed).randrange`` draws them in bench/. Besides
children and partners from outside, people pair up inside the family: with a partner of their parent,
grandparent, sibling or child, or with anyone not their ancestor or descendant, which gives the shapes
that broke the layout (remarriages, a person partnered with two members of one family, father and son
sharing a partner, the partner of a son having a child with his mother, partner chains back to a
grandparent, partners across generations).
"""

import json
from itertools import combinations
from pathlib import Path

from hypothesis import strategies as st

from courses.exercises.genogram import render_svg
from courses.exercises.genogram.geometry import COUPLE_DROP, HALF, row_y

# Families that once broke the layout, kept as regression cases (genogram_cases/<what broke>.json).
CASES_DIR = Path(__file__).parent / "genogram_cases"
CASES = {path.stem: json.loads(path.read_text()) for path in sorted(CASES_DIR.glob("*.json"))}

SEXES = ("male", "female", "unknown")
COUPLE_KINDS = ("married", "cohabiting", "engaged", "separated", "divorced")
CHILD_KINDS = ("biological", "biological", "adopted", "foster")
RELATION_KINDS = ("close", "fused", "distant", "conflict", "hostile", "cutoff")


def build_family(pick, size):
    """A valid genogram dict of exactly ``size`` people (2 or more) grown from ``pick``'s choices."""
    people, couples = [], []
    parents_of = {}  # person → the couple's two partners
    pairs = set()

    def new_person():
        person_id = f"p{len(people)}"
        people.append({"id": person_id, "name": f"Osoba {len(people)}", "sex": SEXES[pick(3)]})
        return person_id

    def ancestors(person):
        found, todo = set(), [person]
        while todo:
            for parent in parents_of.get(todo.pop(), ()):
                if parent not in found:
                    found.add(parent)
                    todo.append(parent)
        return found

    def partners(person):
        return [b if a == person else a for a, b in (c["partners"] for c in couples) if person in (a, b)]

    def add_couple(first, second):
        pair = frozenset((first, second))
        if first == second or pair in pairs or first in ancestors(second) or second in ancestors(first):
            return None
        pairs.add(pair)
        start = None if pick(3) else 1950 + pick(60)
        couple = {"id": f"c{len(couples)}", "partners": [first, second], "kind": COUPLE_KINDS[pick(5)]}
        couple.update({"start_year": start, "children": []})
        couples.append(couple)
        return couple

    def add_child(couple):
        child = new_person()
        entry = {"person": child, "kind": CHILD_KINDS[pick(4)], "twin_group": None}
        children = couple["children"]
        if children and not pick(5):  # a twin of the youngest so far
            group = children[-1]["twin_group"] or f"t{couple['id']}{len(children)}"
            children[-1]["twin_group"] = entry["twin_group"] = group
        children.append(entry)
        parents_of[child] = tuple(couple["partners"])

    def relative_of(person):
        """A partner of someone close to ``person``, or anyone."""
        parents = list(parents_of.get(person, ()))
        grandparents = [g for parent in parents for g in parents_of.get(parent, ())]
        siblings = [p for p, ps in parents_of.items() if ps == parents_of.get(person) and p != person]
        children = [p for p, ps in parents_of.items() if person in ps]
        circles = [parents, grandparents, siblings, children, [p["id"] for p in people]]
        circle = circles[pick(len(circles))]
        if not circle:
            return None
        chosen = circle[pick(len(circle))]
        if circle is circles[-1]:
            return chosen
        around = partners(chosen) + [chosen]
        return around[pick(len(around))]

    add_couple(new_person(), new_person())
    for _step in range(6 * size):  # bounded: some steps add no one
        if len(people) >= size:
            break
        choice = pick(10)
        if choice < 4:  # a child of an existing couple
            add_child(couples[pick(len(couples))])
        elif choice < 6:  # a partner from outside (a remarriage when the person already has one)
            person = people[pick(len(people))]["id"]
            add_couple(person, new_person()) if pick(2) else add_couple(new_person(), person)
        elif choice < 9:  # a couple inside the family
            person = people[pick(len(people))]["id"]
            other = relative_of(person)
            if other is not None:
                couple = add_couple(person, other) if pick(2) else add_couple(other, person)
                if couple is not None and pick(2):
                    add_child(couple)
        else:  # a new founding couple
            add_couple(new_person(), new_person())
    while len(people) < size:
        add_couple(people[pick(len(people))]["id"], new_person())
    del people[size:]  # the last step may add two
    known = {person["id"] for person in people}
    couples = [c for c in couples if set(c["partners"]) <= known]
    for couple in couples:
        couple["children"] = [child for child in couple["children"] if child["person"] in known]
        groups = [child["twin_group"] for child in couple["children"]]
        for child in couple["children"]:
            if child["twin_group"] and groups.count(child["twin_group"]) < 2:
                child["twin_group"] = None
    ids = sorted(known)
    relations = []
    for _number in range(pick(size + 1)):
        a, b = ids[pick(len(ids))], ids[pick(len(ids))]
        if a != b and not any({a, b} == {r["a"], r["b"]} for r in relations):
            relations.append({"a": a, "b": b, "kind": RELATION_KINDS[pick(6)]})
    household = [person for person in ids if not pick(4)]
    return {"version": 1, "people": people, "couples": couples, "household": household, "relations": relations}


@st.composite
def families(draw, min_size=2, max_size=61):
    size = draw(st.integers(min_size, max_size))
    return build_family(lambda n: draw(st.integers(0, n - 1)), size)


# The drawing rules ------------------------------------------------------------------------------------


def _overlap(first, second):
    return first[0] < second[2] and second[0] < first[2] and first[1] < second[3] and second[1] < first[3]


def assert_drawing_rules(genogram, drawn):
    """What every layout must satisfy, whatever the family: everyone drawn, no two symbols (with their labels)
    on one spot, one row per generation, children below their parents' couple line, brothers and sisters in
    one row oldest on the left, each child's line leaving the sibling line, which leaves the couple line,
    and nothing outside the drawing."""
    boxes = drawn.people
    assert set(boxes) == {person.id for person in genogram.people}, "everyone is drawn"
    for first, second in combinations(boxes.values(), 2):
        assert not _overlap(first.slot, second.slot), f"{first.id} and {second.id} overlap"
    assert {box.y for box in boxes.values()} == {row_y(generation) for generation in drawn.rows}
    sibships = {sibship.couple: sibship for sibship in drawn.sibships}
    lines = {line.id: line for line in drawn.couples}
    child_lines = {}
    for line in drawn.children:
        child_lines.setdefault(line.couple, []).append(line)
    for couple in genogram.couples:
        line = lines[couple.id]
        for child in couple.children:
            child_top = boxes[child.person].y - HALF
            for partner in couple.partners:
                assert boxes[child.person].y > boxes[partner].y, f"{child.person} is drawn below {partner}"
            assert child_top > line.y, f"{child.person} is drawn below the couple line of {couple.id}"
        assert line.y >= max(boxes[partner].y for partner in couple.partners) + HALF + COUPLE_DROP
        if couple.children:
            rows = {}
            for child in couple.children:
                rows.setdefault(boxes[child.person].y, []).append(boxes[child.person].x)
            for child_xs in rows.values():  # brothers and sisters in one row (docs/genogram-format.md)
                assert child_xs == sorted(child_xs) and len(set(child_xs)) == len(child_xs), "oldest on the left"
            sibship = sibships[couple.id]
            for child_line in child_lines[couple.id]:
                (x, y), (_child_x, child_y) = child_line.points
                assert sibship.x1 <= x <= sibship.x2 and y == sibship.y, "each child's line leaves the sibling line"
                assert y < child_y, f"{child_line.person}'s line comes down to them"
            assert sibship.x1 <= sibship.drop[0][0] <= sibship.x2
        if line.drop_x is not None:
            assert line.x1 <= line.drop_x <= line.x2, "the children's line leaves the couple line"
    for box in boxes.values():
        left, top, right, bottom = box.slot
        assert 0 <= left and right <= drawn.width and 0 <= top and bottom <= drawn.height, f"{box.id} is cut off"
    points = [point for line in drawn.couples for point in line.points]
    points += [point for child in drawn.children for point in child.points]
    points += [point for sibship in drawn.sibships for point in sibship.drop]
    points += [point for relation in drawn.relations for point in relation.points]
    points += [point for outline in drawn.household for point in outline]
    for x, y in points:
        assert 0 <= x <= drawn.width and 0 <= y <= drawn.height, f"a line runs out of the drawing at {(x, y)}"


def assert_renders(genogram, drawn):
    svg = render_svg(genogram, "Rodzina", layout=drawn)
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert svg.count('class="genogram-person"') == len(genogram.people)
