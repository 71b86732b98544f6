"""The edits a learner makes in the accessible (no-JavaScript) genogram editor, as pure functions.

Each function takes a valid genogram dict and returns a new normalised dict (the input is never changed);
the result is always checked by parse(). Every problem is a GenogramError whose messages name the people
concerned. Ids come from a form that may be stale (the genogram was changed in another tab), so an unknown
id is a message, never a KeyError.
"""

from django.utils.translation import gettext as _

from portal.parsing import parse_int

from .model import FORMAT_VERSION
from .text import couple_kind_label, display_names, relation_kind_label
from .validation import GenogramError, clean_line, parse

# Messages ----------------------------------------------------------------------------------------------


def _no_person():
    return GenogramError([_("This person is no longer in the genogram; the page may have been open in another tab.")])


def _no_couple():
    return GenogramError([_("This couple is no longer in the genogram; the page may have been open in another tab.")])


def _no_relation(a, b):
    return GenogramError(
        [
            _("%(a)s and %(b)s have no relation in the genogram; the page may have been open in another tab.")
            % {"a": a, "b": b}
        ]
    )


def _no_parents(name):
    return GenogramError([_("%(name)s has no parents in the genogram.") % {"name": name}])


# Reading the input -------------------------------------------------------------------------------------


def _start(data):
    """The parsed genogram (GenogramError when ``data`` is not valid), its display names and a working dict.

    The working dict comes from to_dict(), which builds new lists and dicts, so editing it never touches
    ``data``."""
    genogram = parse(data)
    return genogram, display_names(genogram), genogram.to_dict()


def _finish(work):
    """The edited genogram, validated and normalised."""
    return parse(work).to_dict()


def _person_id(genogram, value):
    if isinstance(value, str) and value in genogram.people_by_id:
        return value
    raise _no_person()


def _couple(work, couple_id):
    """The couple's dict in the working copy."""
    if isinstance(couple_id, str):
        for couple in work["couples"]:
            if couple["id"] == couple_id:
                return couple
    raise _no_couple()


def _child_entry(work, person_id):
    """(the couple's dict, the child's dict) for a person with parents, or (None, None)."""
    for couple in work["couples"]:
        for child in couple["children"]:
            if child["person"] == person_id:
                return couple, child
    return None, None


def _relation_position(work, a, b):
    pair = {a, b}
    return next(
        (number for number, relation in enumerate(work["relations"]) if {relation["a"], relation["b"]} == pair), None
    )


def _new_id(work, prefix):
    """``prefix`` + the smallest number from 1 that no person or couple uses as an id."""
    used = {person["id"] for person in work["people"]} | {couple["id"] for couple in work["couples"]}
    number = 1
    while f"{prefix}{number}" in used:
        number += 1
    return f"{prefix}{number}"


def _as_year(value):
    """A year given as a number or digits, or None (parse() reports anything else)."""
    return parse_int(value)


# People ------------------------------------------------------------------------------------------------


def _read_person(person_id, *, name, sex, birth_year, death_year, deceased, index, notes):
    """The person's normalised dict, checked on its own so that messages name them, or GenogramError."""
    if not (isinstance(name, str) and clean_line(name)):
        raise GenogramError([_("Enter a name or a label (e.g. “Mother”).")])
    fields = {
        "id": person_id,
        "name": name,
        "sex": sex,
        "birth_year": birth_year,
        "death_year": death_year,
        # A known year of death means the person has died; the box may be left unticked.
        "deceased": bool(deceased) or death_year not in (None, ""),
        "index": bool(index),
        "notes": notes,
    }
    return parse({"version": FORMAT_VERSION, "people": [fields]}).to_dict()["people"][0]


def _set_household_member(work, person_id, member):
    """Adds or removes the person, keeping the household in the order of the people list."""
    household = set(work["household"])
    if (person_id in household) == bool(member):
        return
    household.symmetric_difference_update({person_id})
    work["household"] = [person["id"] for person in work["people"] if person["id"] in household]


def _place_person(work, person):
    """Stores the person (new or changed); the index mark is moved to them when they are the index."""
    if person["index"]:
        for other in work["people"]:
            other["index"] = False
    for number, other in enumerate(work["people"]):
        if other["id"] == person["id"]:
            work["people"][number] = person
            return
    work["people"].append(person)


def add_person(
    data,
    *,
    name,
    sex="unknown",
    birth_year=None,
    death_year=None,
    deceased=False,
    index=False,
    notes="",
    in_household=False,
):
    """(the new genogram, the new person's id)."""
    _genogram, _names, work = _start(data)
    person_id = _new_id(work, "p")
    person = _read_person(
        person_id,
        name=name,
        sex=sex,
        birth_year=birth_year,
        death_year=death_year,
        deceased=deceased,
        index=index,
        notes=notes,
    )
    _place_person(work, person)
    _set_household_member(work, person_id, in_household)
    return _finish(work), person_id


def update_person(data, person_id, *, name, sex, birth_year, death_year, deceased, index, notes, in_household):
    """The person changed in place (same id, same position in the list)."""
    genogram, _names, work = _start(data)
    person_id = _person_id(genogram, person_id)
    person = _read_person(
        person_id,
        name=name,
        sex=sex,
        birth_year=birth_year,
        death_year=death_year,
        deceased=deceased,
        index=index,
        notes=notes,
    )
    _place_person(work, person)
    _set_household_member(work, person_id, in_household)
    _keep_birth_order(genogram, work, person)
    return _finish(work)


def _keep_birth_order(genogram, work, person):
    """A child whose corrected year of birth no longer fits their place moves among the siblings to where
    it does (twins stay where they are: parse() reports them)."""
    couple, child = _child_entry(work, person["id"])
    if child is None or child["twin_group"] is not None:
        return
    years = {**_birth_years(genogram), person["id"]: person["birth_year"]}
    if _out_of_order(couple["children"], years) is None:
        return
    couple["children"].remove(child)
    couple["children"].insert(_birth_position(couple["children"], years, person["birth_year"]), child)


def remove_person(data, person_id):
    """Removes the person with every couple they are a partner in (the couple's children stay, without
    parents), their place among their parents' children, the household and their relations."""
    genogram, _names, work = _start(data)
    person_id = _person_id(genogram, person_id)
    work["people"] = [person for person in work["people"] if person["id"] != person_id]
    work["couples"] = [couple for couple in work["couples"] if person_id not in couple["partners"]]
    couple, child = _child_entry(work, person_id)
    if child is not None:
        couple["children"].remove(child)
        _drop_lonely_twins(couple["children"])
    work["household"] = [member for member in work["household"] if member != person_id]
    work["relations"] = [relation for relation in work["relations"] if person_id not in (relation["a"], relation["b"])]
    return _finish(work)


def removal_consequences(data, person_id):
    """What else remove_person() would delete, one phrase each, for the page that asks to confirm it.

    An empty list when nothing but the person goes."""
    genogram, names, _work = _start(data)
    person_id = _person_id(genogram, person_id)
    phrases = []
    for couple in genogram.couples:
        if person_id not in couple.partners:
            continue
        a, b = (names[partner] for partner in couple.partners)
        phrases.append(
            _("couple: %(a)s and %(b)s (%(kind)s)") % {"a": a, "b": b, "kind": couple_kind_label(couple.kind)}
        )
        phrases.extend(
            _("the link to the parents: %(child)s (the person stays in the genogram)") % {"child": names[child.person]}
            for child in couple.children
        )
    child = genogram.child_link.get(person_id)
    if child is not None and child.twin_group is not None:
        twins = [
            sibling.person
            for sibling in genogram.birth_couple[person_id].children
            if sibling.twin_group == child.twin_group and sibling.person != person_id
        ]
        if len(twins) == 1:
            phrases.append(_("twin mark: %(name)s (no other twin is left)") % {"name": names[twins[0]]})
    for relation in genogram.relations:
        if person_id in (relation.a, relation.b):
            phrases.append(
                _("relation: %(a)s and %(b)s (%(kind)s)")
                % {"a": names[relation.a], "b": names[relation.b], "kind": relation_kind_label(relation.kind)}
            )
    return phrases


def set_household(data, person_ids):
    """The household made of exactly these people, in the order of the people list."""
    genogram, _names, work = _start(data)
    if not isinstance(person_ids, (list, tuple, set, frozenset)):
        raise _no_person()
    members = {_person_id(genogram, person_id) for person_id in person_ids}
    work["household"] = [person.id for person in genogram.people if person.id in members]
    return _finish(work)


# Couples -----------------------------------------------------------------------------------------------


def _check_couple_years(start_year, end_year, a, b):
    start, end = _as_year(start_year), _as_year(end_year)
    if start is not None and end is not None and end < start:
        raise GenogramError(
            [
                _("The relationship of %(a)s and %(b)s cannot end (%(end)s) before it began (%(start)s).")
                % {"a": a, "b": b, "end": end, "start": start}
            ]
        )


def add_couple(data, *, partner_a, partner_b, kind, start_year=None, end_year=None):
    """(the new genogram, the new couple's id); partner_a is drawn on the left."""
    genogram, names, work = _start(data)
    first, second = _person_id(genogram, partner_a), _person_id(genogram, partner_b)
    if first == second:
        raise GenogramError([_("%(name)s cannot be their own partner.") % {"name": names[first]}])
    if any(set(couple.partners) == {first, second} for couple in genogram.couples):
        raise GenogramError(
            [
                _(
                    "%(a)s and %(b)s are already a couple: change the kind of their relationship instead of adding a new one."
                )
                % {"a": names[first], "b": names[second]}
            ]
        )
    _check_couple_years(start_year, end_year, names[first], names[second])
    couple_id = _new_id(work, "c")
    work["couples"].append(
        {
            "id": couple_id,
            "partners": [first, second],
            "kind": kind,
            "start_year": start_year,
            "end_year": end_year,
            "children": [],
        }
    )
    return _finish(work), couple_id


def update_couple(data, couple_id, *, kind, start_year=None, end_year=None):
    _genogram, names, work = _start(data)
    couple = _couple(work, couple_id)
    _check_couple_years(start_year, end_year, *(names[partner] for partner in couple["partners"]))
    couple.update(kind=kind, start_year=start_year, end_year=end_year)
    return _finish(work)


def remove_couple(data, couple_id):
    """Removes the couple; its children stay in the genogram, without parents."""
    _genogram, _names, work = _start(data)
    couple = _couple(work, couple_id)
    work["couples"].remove(couple)
    return _finish(work)


# Children ----------------------------------------------------------------------------------------------


def _birth_years(genogram):
    return {person.id: person.birth_year for person in genogram.people}


def _birth_position(children, years, year):
    """Where a child born in ``year`` goes: before the first child born later, else at the end; never
    inside a twin group."""
    if year is None:
        return len(children)
    for position, child in enumerate(children):
        other = years[child["person"]]
        if other is not None and other > year:
            group = child["twin_group"]
            while group is not None and position > 0 and children[position - 1]["twin_group"] == group:
                position -= 1
            return position
    return len(children)


def _out_of_order(children, years):
    """(the later-born child, the earlier-born child listed after them) when known years go backwards."""
    oldest_latest = None  # the first child of the latest year so far (so twins are named by the first one)
    for child in children:
        year = years[child["person"]]
        if year is None:
            continue
        if oldest_latest is not None and year < years[oldest_latest]:
            return oldest_latest, child["person"]
        if oldest_latest is None or year > years[oldest_latest]:
            oldest_latest = child["person"]
    return None


def _twin_blocks(children):
    """The children in runs that move together: a twin group, or a single child."""
    blocks = []
    for child in children:
        group = child["twin_group"]
        if blocks and group is not None and blocks[-1][-1]["twin_group"] == group:
            blocks[-1].append(child)
        else:
            blocks.append([child])
    return blocks


def _drop_lonely_twins(children):
    """A twin group left with one child is no group: that child's mark goes."""
    for child in children:
        group = child["twin_group"]
        if group is not None and sum(other["twin_group"] == group for other in children) < 2:
            child["twin_group"] = None


def _new_twin_group(children):
    used = {child["twin_group"] for child in children}
    number = 1
    while f"t{number}" in used:
        number += 1
    return f"t{number}"


def add_child(data, couple_id, person_id, *, kind="biological", twin_of=None):
    """The person becomes a child of the couple, placed by year of birth, or right after the twin sibling
    ``twin_of`` (a child of the same couple) and in their twin group."""
    genogram, names, work = _start(data)
    couple = _couple(work, couple_id)
    person_id = _person_id(genogram, person_id)
    a, b = (names[partner] for partner in couple["partners"])
    parents = genogram.birth_couple.get(person_id)
    if parents is not None:
        raise GenogramError(
            [
                _("%(child)s is already a child of %(a)s and %(b)s; a person can be a child of one couple only.")
                % {"child": names[person_id], "a": names[parents.partners[0]], "b": names[parents.partners[1]]}
            ]
        )
    if person_id in couple["partners"]:
        raise GenogramError(
            [_("%(child)s cannot be a child of a couple they belong to.") % {"child": names[person_id]}]
        )
    children = couple["children"]
    child = {"person": person_id, "kind": kind, "twin_group": None}
    if twin_of is None:
        children.insert(_birth_position(children, _birth_years(genogram), genogram.person(person_id).birth_year), child)
        return _finish(work)
    twin_id = _person_id(genogram, twin_of)
    sibling = next((entry for entry in children if entry["person"] == twin_id), None)
    if sibling is None:
        raise GenogramError(
            [
                _("Twins are children of the same couple: %(twin)s is not a child of %(a)s and %(b)s.")
                % {"twin": names[twin_id], "a": a, "b": b}
            ]
        )
    if sibling["twin_group"] is None:
        sibling["twin_group"] = _new_twin_group(children)
    child["twin_group"] = sibling["twin_group"]
    last_twin = max(number for number, entry in enumerate(children) if entry["twin_group"] == child["twin_group"])
    children.insert(last_twin + 1, child)
    return _finish(work)


def _child_of(genogram, names, work, person_id):
    """(the person's id, their parents' couple dict, their child dict), or GenogramError."""
    person_id = _person_id(genogram, person_id)
    couple, child = _child_entry(work, person_id)
    if child is None:
        raise _no_parents(names[person_id])
    return person_id, couple, child


def update_child(data, person_id, *, kind):
    """The kind of the child's bond with their parents (biological, adopted, foster)."""
    genogram, names, work = _start(data)
    _person, _couple_dict, child = _child_of(genogram, names, work, person_id)
    child["kind"] = kind
    return _finish(work)


def move_child(data, person_id, step):
    """The child (with their twins) one place earlier (step -1, older) or later (+1) among the siblings.

    At either end nothing changes; a move against known years of birth is refused."""
    genogram, names, work = _start(data)
    if not (isinstance(step, int) and not isinstance(step, bool) and step in (-1, 1)):
        raise GenogramError([_("A child can be moved one place earlier or later.")])
    person_id, couple, _child = _child_of(genogram, names, work, person_id)
    blocks = _twin_blocks(couple["children"])
    here = next(number for number, block in enumerate(blocks) if any(c["person"] == person_id for c in block))
    there = here + step
    if not 0 <= there < len(blocks):
        return _finish(work)
    blocks[here], blocks[there] = blocks[there], blocks[here]
    children = [child for block in blocks for child in block]
    years = _birth_years(genogram)
    wrong = _out_of_order(children, years)
    if wrong is not None:
        later, earlier = wrong
        raise GenogramError(
            [
                _(
                    "Children are listed from the oldest: %(later)s (born %(later_year)s) cannot come before "
                    "%(earlier)s (born %(earlier_year)s)."
                )
                % {
                    "later": names[later],
                    "later_year": years[later],
                    "earlier": names[earlier],
                    "earlier_year": years[earlier],
                }
            ]
        )
    couple["children"] = children
    return _finish(work)


def remove_child(data, person_id):
    """Unlinks the child from their parents' couple; the person stays in the genogram."""
    genogram, names, work = _start(data)
    _person, couple, child = _child_of(genogram, names, work, person_id)
    couple["children"].remove(child)
    _drop_lonely_twins(couple["children"])
    return _finish(work)


# Relations ---------------------------------------------------------------------------------------------


def _relation_pair(genogram, a, b):
    return _person_id(genogram, a), _person_id(genogram, b)


def add_relation(data, a, b, kind):
    genogram, names, work = _start(data)
    a, b = _relation_pair(genogram, a, b)
    if a == b:
        raise GenogramError(
            [_("A relation joins two different people; choose someone other than %(name)s.") % {"name": names[a]}]
        )
    if _relation_position(work, a, b) is not None:
        raise GenogramError(
            [
                _("%(a)s and %(b)s already have a relation: change its kind instead of adding another.")
                % {"a": names[a], "b": names[b]}
            ]
        )
    work["relations"].append({"a": a, "b": b, "kind": kind})
    return _finish(work)


def update_relation(data, a, b, kind):
    """The kind of the relation between a and b (in either order)."""
    genogram, names, work = _start(data)
    a, b = _relation_pair(genogram, a, b)
    position = _relation_position(work, a, b)
    if position is None:
        raise _no_relation(names[a], names[b])
    work["relations"][position]["kind"] = kind
    return _finish(work)


def remove_relation(data, a, b):
    """Removes the relation between a and b (in either order)."""
    genogram, names, work = _start(data)
    a, b = _relation_pair(genogram, a, b)
    position = _relation_position(work, a, b)
    if position is None:
        raise _no_relation(names[a], names[b])
    del work["relations"][position]
    return _finish(work)
