"""Genogram layout on known families: no overlapping symbols, children under their parents' couple line in
birth order, one row per generation, partners side by side, twins from one point, the household boundary
around its members only; and the same on many generated families."""

import copy
import random
from itertools import combinations

import pytest

from courses.exercises.genogram import GenogramError, layout, parse
from courses.exercises.genogram.layout import row_y
from tests.courses.exercises.genogram_families import (
    DIVORCE_AND_REMARRIAGE,
    FAMILIES,
    HOUSEHOLD,
    THREE_GENERATIONS,
    TWINS,
)


def overlap(first, second):
    return first[0] < second[2] and second[0] < first[2] and first[1] < second[3] and second[1] < first[3]


def inside(point, outline):
    """Ray casting: is ``point`` inside the closed polygon ``outline``?"""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(outline, outline[1:] + outline[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def assert_well_laid_out(genogram, drawn):
    """What every layout must satisfy, whatever the family."""
    boxes = drawn.people
    for first, second in combinations(boxes.values(), 2):
        assert not overlap(first.slot, second.slot), f"{first.id} and {second.id} overlap"
    assert {box.y for box in boxes.values()} == {row_y(generation) for generation in drawn.rows}
    sibships = {sibship.couple: sibship for sibship in drawn.sibships}
    for couple in genogram.couples:
        for child in couple.children:
            for partner in couple.partners:
                assert boxes[child.person].y > boxes[partner].y, "a child is drawn below its parents"
        if couple.children:
            child_xs = [boxes[child.person].x for child in couple.children]
            assert child_xs == sorted(child_xs) and len(set(child_xs)) == len(child_xs), "oldest on the left"
            sibship = sibships[couple.id]
            assert sibship.x1 <= min(child_xs) and max(child_xs) <= sibship.x2
            assert sibship.x1 <= sibship.drop[0][0] <= sibship.x2
    lines = {line.id: line for line in drawn.couples}
    for couple in genogram.couples:
        line = lines[couple.id]
        if line.drop_x is not None:
            assert line.x1 <= line.drop_x <= line.x2, "the children's line leaves the couple line"


@pytest.mark.parametrize("name", FAMILIES)
def test_known_families_are_laid_out_without_overlaps_and_children_under_parents(name):
    genogram = parse(FAMILIES[name])
    assert_well_laid_out(genogram, layout(genogram))


@pytest.mark.parametrize("name", FAMILIES)
def test_the_parents_stand_over_their_children(name):
    """The children's line comes down between the oldest and the youngest child; an only child stands
    right under it."""
    genogram = parse(FAMILIES[name])
    drawn = layout(genogram)
    for line in drawn.couples:
        couple = next(c for c in genogram.couples if c.id == line.id)
        child_xs = [drawn.people[child.person].x for child in couple.children]
        if len(child_xs) == 1:
            assert line.drop_x == child_xs[0]
        elif child_xs:
            assert min(child_xs) <= line.drop_x <= max(child_xs)


def test_three_generations_keep_each_family_together():
    drawn = layout(parse(THREE_GENERATIONS))
    assert drawn.rows == {
        0: ["stanislaw", "helena", "jozef", "zofia"],
        1: ["tomasz", "marek", "ewa", "anna"],
        2: ["kasia", "piotr", "ola"],
    }
    ys = [drawn.people[person].y for person in ("stanislaw", "marek", "kasia")]
    assert ys == sorted(ys) and len(set(ys)) == 3
    marek, ewa = drawn.people["marek"], drawn.people["ewa"]
    assert ewa.x - marek.x == 120, "the married son and daughter stand side by side"


def test_divorce_and_remarriage_put_each_partner_beside_the_shared_one():
    drawn = layout(parse(DIVORCE_AND_REMARRIAGE))
    assert drawn.rows[0] == ["dariusz", "beata", "adam", "celina"]
    assert drawn.rows[1] == ["natalia", "karol", "dominika", "filip"]
    lines = {line.id: line for line in drawn.couples}
    # Adam's two marriages leave his symbol as two separate lines.
    assert lines["adam-beata"].x2 != lines["adam-celina"].x1
    assert lines["adam-beata"].x2 < drawn.people["adam"].x < lines["adam-celina"].x1


def test_twins_come_down_from_one_point():
    drawn = layout(parse(TWINS))
    starts = {line.person: line.points[0] for line in drawn.children}
    assert starts["lena"] == starts["maja"]
    assert starts["lena"][0] == (drawn.people["lena"].x + drawn.people["maja"].x) / 2
    assert starts["jakub"][0] == drawn.people["jakub"].x
    assert starts["oskar"][0] == drawn.people["oskar"].x


@pytest.mark.parametrize("name", ["household", "adoption-and-foster"])
def test_the_household_boundary_encloses_its_members_and_no_one_else(name):
    genogram = parse(FAMILIES[name])
    drawn = layout(genogram)
    assert drawn.household
    for person in genogram.people:
        centre = (drawn.people[person.id].x, drawn.people[person.id].y)
        enclosed = any(inside(centre, list(outline)) for outline in drawn.household)
        assert enclosed == (person.id in genogram.household), person.id


def test_a_partner_between_two_others_is_left_out_of_the_household():
    """Łukasz stands between Michał and Karolina, who live together: the boundary goes round him."""
    drawn = layout(parse(HOUSEHOLD))
    assert drawn.rows[1][:3] == ["michal", "lukasz", "karolina"]
    lukasz = drawn.people["lukasz"]
    assert not any(inside((lukasz.x, lukasz.y), list(outline)) for outline in drawn.household)


@pytest.mark.parametrize("name", FAMILIES)
def test_relation_lines_run_between_their_two_people(name):
    genogram = parse(FAMILIES[name])
    drawn = layout(genogram)
    for line in drawn.relations:
        ends = {line.points[0], line.points[-1]}
        for person in (line.a, line.b):
            box = drawn.people[person]
            assert any(abs(x - box.x) <= 30 and abs(y - box.y) <= 30 for x, y in ends), (line, person)


def test_the_same_genogram_is_always_laid_out_the_same():
    assert layout(parse(FAMILIES["relations"])) == layout(parse(copy.deepcopy(FAMILIES["relations"])))


def test_a_remarriage_across_generations_is_drawn_between_rows():
    """Adam's ex-wife Celina later marries his son Szymon: one row cannot hold both couples."""
    data = {
        "people": [
            {"id": "adam", "name": "Adam", "sex": "male"},
            {"id": "basia", "name": "Basia", "sex": "female"},
            {"id": "celina", "name": "Celina", "sex": "female"},
            {"id": "szymon", "name": "Szymon", "sex": "male"},
        ],
        "couples": [
            {"id": "ab", "partners": ["adam", "basia"], "kind": "divorced", "children": [{"person": "szymon"}]},
            {"id": "ac", "partners": ["adam", "celina"], "kind": "divorced"},
            {"id": "sc", "partners": ["szymon", "celina"], "kind": "married"},
        ],
    }
    genogram = parse(data)
    drawn = layout(genogram)
    assert_well_laid_out(genogram, drawn)
    line = next(line for line in drawn.couples if line.id == "sc")
    assert len({y for _x, y in line.points}) > 1


def random_family(seed, size):
    """A family grown at random: people become children of earlier couples or partners of earlier people."""
    rng = random.Random(seed)
    people = [
        {"id": f"p{n}", "name": f"Osoba {n}", "sex": rng.choice(["male", "female", "unknown"])} for n in range(size)
    ]
    couples = []
    for number in range(1, size):
        person = f"p{number}"
        if couples and rng.random() < 0.45:
            rng.choice(couples)["children"].append({"person": person, "kind": rng.choice(["biological", "adopted"])})
            continue
        partner = f"p{rng.randrange(number)}"
        if rng.random() < 0.8 and not any(set(c["partners"]) == {person, partner} for c in couples):
            kind = rng.choice(["married", "cohabiting", "divorced", "separated", "engaged"])
            couples.append({"id": f"c{len(couples)}", "partners": [partner, person], "kind": kind, "children": []})
    ids = [person["id"] for person in people]
    relations = []
    for a, b in {tuple(sorted(rng.sample(ids, 2))) for _ in range(size // 2)} if size > 1 else ():
        relations.append({"a": a, "b": b, "kind": rng.choice(["close", "conflict", "cutoff", "distant"])})
    household = rng.sample(ids, min(size, 4))
    return {"people": people, "couples": couples, "household": household, "relations": relations}


def test_generated_families_are_laid_out_without_overlaps():
    checked = 0
    for seed in range(150):
        data = random_family(seed, random.Random(seed).randrange(2, 45))
        try:
            genogram = parse(data)
        except GenogramError:  # e.g. someone partnered with their own descendant: refused, not drawn
            continue
        assert_well_laid_out(genogram, layout(genogram))
        checked += 1
    assert checked > 100


def test_two_hundred_people_are_laid_out_without_overlaps():
    genogram = parse(random_family(7, 200))
    assert len(genogram.people) == 200
    assert_well_laid_out(genogram, layout(genogram))
