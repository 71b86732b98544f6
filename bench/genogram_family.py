"""Fictional families for the genogram benchmarks (bench/run_genogram.py, bench/run_render_burst.py)."""

RELATION_KINDS = ("close", "conflict", "distant", "hostile", "fused")


def family(size):
    """A valid genogram dict of exactly ``size`` people, three or more generations: each couple with two or
    three children, each child with a partner from outside; a conflict between every seventh person and
    the one two places further."""
    people, couples = [], []

    def add(name, sex, year):
        person_id = f"p{len(people) + 1}"
        people.append({"id": person_id, "name": name, "sex": sex, "birth_year": year})
        return person_id

    first = add("Józef", "male", 1900)
    partner = add("Maria", "female", 1902)
    queue = [(first, partner, 1900)]
    while queue and len(people) < size:
        a, b, year = queue.pop(0)
        children = []
        for number in range(3 if len(couples) % 2 else 2):
            if len(people) >= size:
                break
            sex = "female" if number % 2 else "male"
            child = add(f"Dziecko {len(people) + 1}", sex, year + 25 + number * 2)
            children.append({"person": child})
            if len(people) < size:
                spouse = add(f"Partner {len(people) + 1}", "male" if sex == "female" else "female", year + 26)
                queue.append((child, spouse, year + 25))
        couples.append({"id": f"c{len(couples) + 1}", "partners": [a, b], "kind": "married", "children": children})
    relations = [{"a": people[i]["id"], "b": people[i + 2]["id"], "kind": "conflict"} for i in range(0, size - 2, 7)]
    return {"version": 1, "people": people, "couples": couples, "household": [first, partner], "relations": relations}


def limit_genogram():
    """The format's limit: 200 people in four and more generations, 400 emotional relations, every note
    500 characters (about 290 kB of JSON)."""
    data = family(200)
    note = ("Notatka z wywiadu z rodziną: relacje, choroby, ważne zdarzenia i daty. " * 8)[:500]
    for person in data["people"]:
        person["notes"] = note
    ids = [person["id"] for person in data["people"]]
    relations, step = [], 1
    while len(relations) < 400:
        for index in range(0, len(ids) - step, 3):
            if len(relations) == 400:
                break
            kind = RELATION_KINDS[len(relations) % len(RELATION_KINDS)]
            relations.append({"a": ids[index], "b": ids[index + step], "kind": kind})
        step += 1
    data["relations"] = relations
    return data
