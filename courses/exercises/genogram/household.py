"""The household boundary: outlines round the members of the household and no one else."""

from .geometry import HALF, SLOT
from .measure import label


def household_outlines(genogram, boxes, rows):
    """The household boundary: outlines around the members' symbols and labels, joined where members
    stand side by side or a child stands under a parent; never around anyone outside the household."""
    members = set(genogram.household)
    if not members:
        return ()
    rectangles = {}
    for person_id in genogram.household:
        box, words = boxes[person_id], label(genogram.person(person_id))
        # Round the label, but at least 12 px clear of a child line coming down between two neighbours.
        reach = max(min(words.width / 2 + 8, SLOT / 2 - 12), HALF + (5 if genogram.person(person_id).index else 0) + 8)
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
