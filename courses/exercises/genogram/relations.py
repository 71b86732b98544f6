"""The routes of emotional relation lines, chosen to cross as little of the drawing as possible."""

from .geometry import (
    BRACKET_RISE,
    BRACKET_STEP,
    HALF,
    LABEL_BOTTOM,
    LABEL_WIDTH,
    RELATION_RISE,
    SLOT,
    RelationLine,
    level_spans,
)


def relation_lines(genogram, boxes, rank, obstacles, budget):
    """The routes of the relations: the costliest part of the layout, so the budget is checked per line."""
    brackets = []
    for relation in genogram.relations:
        a, b = boxes[relation.a], boxes[relation.b]
        if a.y == b.y and abs(rank[a.id] - rank[b.id]) > 1:
            left, right = sorted((a, b), key=lambda box: box.x)
            brackets.append((left.x, right.x, (relation.a, relation.b), left.generation))
    levels = {}
    for generation in {item[3] for item in brackets}:
        levels.update(level_spans([(x1, x2, key) for x1, x2, key, row in brackets if row == generation], margin=4))
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
        obstacles.add_line(routes[number])
    for number, relation in enumerate(genogram.relations):  # between rows: routed around all the rest
        a, b = boxes[relation.a], boxes[relation.b]
        if a.y != b.y:
            budget.check()
            routes[number] = _route_between(a, b, obstacles)
            obstacles.add_line(routes[number])
    return [
        RelationLine(relation.a, relation.b, relation.kind, routes[number])
        for number, relation in enumerate(genogram.relations)
    ]


class Obstacles:
    """What a relation line between rows should not cross: symbols, labels, couples' years, child lines and
    the relation lines drawn before it, kept in a grid of CELL-pixel squares so that a route is priced fast."""

    def __init__(self, boxes, couples, sibships, children, width):
        self.width = width
        self.price = {}  # cell → cost of passing through it
        self.symbols = {}  # cell → ids of the symbols covering it
        self.lines = set()  # cells next to relation lines already drawn
        for box in boxes.values():
            for cell in _cells(box.x - HALF - 6, box.y - HALF - 6, box.x + HALF + 6, box.y + HALF + 6):
                self.symbols.setdefault(cell, []).append(box.id)
            self._add(2, box.x - LABEL_WIDTH / 2, box.y + HALF - 1, box.x + LABEL_WIDTH / 2, box.y + LABEL_BOTTOM + 3)
        for couple in couples:
            if couple.text_x is not None:
                self._add(2, couple.text_x - 37, couple.text_y - 5, couple.text_x + 37, couple.text_y + 33)
        for child in children:
            (x1, y1), (x2, y2) = child.points
            if x1 == x2:
                self._add(5, x1 - 6, y1, x1 + 6, y2)
        for sibship in sibships:
            (x, y1), (_x, y2) = sibship.drop
            self._add(5, x - 6, y1, x + 6, y2)

    def _add(self, price, x1, y1, x2, y2):
        for cell in _cells(x1, y1, x2, y2):
            self.price[cell] = self.price.get(cell, 0) + price

    def add_line(self, points):
        self.lines.update((int(x // CELL), int(y // CELL)) for x, y in _samples(points, CELL / 2))

    def cost(self, points, ends, limit=None):
        """How badly the polyline ``points`` crosses things (0: not at all), plus a little for its length;
        None when it leaves the drawing or costs more than ``limit``. Long lines are priced from fewer
        points: 200 people with 400 relations must still be drawn in a moment."""
        length = sum(_distance(p, q) for p, q in zip(points, points[1:], strict=False))
        cost = length / 1000
        for x, y in _samples(points, max(6, length / 150)):
            if not 0 <= x <= self.width:
                return None
            cell = (int(x // CELL), int(y // CELL))
            cost += self.price.get(cell, 0) + (3 if cell in self.lines else 0)
            symbols = self.symbols.get(cell)
            if symbols:
                cost += 20 * sum(1 for person in symbols if person not in ends)
            if limit is not None and cost > limit:
                return None
        return cost


CELL = 8


def _cells(x1, y1, x2, y2):
    return [
        (i, j) for i in range(int(x1 // CELL), int(x2 // CELL) + 1) for j in range(int(y1 // CELL), int(y2 // CELL) + 1)
    ]


def _distance(p, q):
    return ((q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2) ** 0.5


def _samples(points, step=6):
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
    candidates = [tuple(p for n, p in enumerate(points) if n == 0 or p != points[n - 1]) for points in candidates]
    best = None
    for points in candidates:
        cost = obstacles.cost(points, (a.id, b.id), best[0] if best else None)
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
