"""Reading a genogram from untrusted data (a form, an imported file, an author's case) into a Genogram.

parse() accepts anything json.loads can return and either gives a valid Genogram or raises GenogramError
whose ``messages`` say in plain words (Polish when the site is Polish) everything that is wrong; no
other exception escapes, whatever the input.
"""

import re

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.parsing import parse_int

from .model import (
    CHILD_KINDS,
    COUPLE_KINDS,
    FORMAT_VERSION,
    MAX_COUPLES,
    MAX_ID,
    MAX_NAME,
    MAX_NOTES,
    MAX_PEOPLE,
    MAX_RELATIONS,
    MAX_TWIN_GROUP,
    MAX_YEAR,
    MIN_YEAR,
    RELATION_KINDS,
    SEXES,
    Child,
    Couple,
    Genogram,
    Person,
    Relation,
)

MAX_MESSAGES = 30  # a file broken everywhere gets a readable list, not hundreds of lines
ID_PATTERN = re.compile(r"[A-Za-z0-9_-]+")
# Characters XML cannot carry (and lone surrogates, which UTF-8 cannot encode): dropped from every text.
UNSAFE_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


class GenogramError(ValueError):
    """The data is not a valid genogram; ``messages`` lists every problem found, ready to show."""

    def __init__(self, messages):
        self.messages = [str(message) for message in messages]
        super().__init__("\n".join(self.messages))


def parse(data):
    """A valid Genogram from ``data`` (a dict in the documented format), or GenogramError."""
    checker = _Checker()
    genogram = checker.read(data)
    if checker.messages:
        raise GenogramError(checker.report())
    return genogram


def validate(data):
    """The list of problems in ``data``; empty when it is a valid genogram."""
    try:
        parse(data)
    except GenogramError as error:
        return error.messages
    return []


def normalise(data):
    """The normalised dict of a valid genogram (every key present, texts cleaned), or GenogramError."""
    return parse(data).to_dict()


def empty_genogram():
    return Genogram().to_dict()


def learner_copy(case=None):
    """The learner's own starting genogram: a normalised, independent copy of the author's case.

    An empty case gives an empty genogram; an invalid case raises GenogramError (the author must fix it)."""
    if case in (None, "", {}):
        return empty_genogram()
    return normalise(case)  # to_dict() builds new lists and dicts: nothing is shared with ``case``


def clean_line(value):
    """One line of text: unsafe characters dropped, runs of white space made one space."""
    return " ".join(UNSAFE_CHARACTERS.sub("", value).split())


def clean_text(value):
    """Free text keeping its line breaks (notes)."""
    lines = UNSAFE_CHARACTERS.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines).strip()


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _shown(value):
    """A value quoted in a message: short text or number, anything else "?"."""
    if isinstance(value, str):
        return clean_line(value)[:MAX_ID]
    if (_is_int(value) and abs(value) < 10**MAX_ID) or isinstance(value, float):
        return str(value)[:MAX_ID]
    return "?"


class _Checker:
    """One pass over the data: what it can read it keeps, what it cannot it describes."""

    def __init__(self):
        self.messages = []
        self.people = {}  # id → Person: everyone with a valid id, so that references to them resolve

    def error(self, message):
        self.messages.append(message)

    def report(self):
        if len(self.messages) <= MAX_MESSAGES:
            return self.messages
        rest = len(self.messages) - MAX_MESSAGES
        more = ngettext("… and %(count)s more problem.", "… and %(count)s more problems.", rest) % {"count": rest}
        return self.messages[:MAX_MESSAGES] + [more]

    def name(self, person_id):
        """How messages name a person: the name when known, else the id in quotes."""
        person = self.people.get(person_id)
        return person.name if person else f"“{person_id}”"

    # Values -------------------------------------------------------------------------------------------

    def read_id(self, value):
        """The id as text, or None when it is not a valid id."""
        if _is_int(value) and 0 <= value < 10**MAX_ID:
            value = str(value)
        if not isinstance(value, str):
            return None
        value = value.strip()
        if not (0 < len(value) <= MAX_ID and ID_PATTERN.fullmatch(value)):
            return None
        return value

    def read_reference(self, value, message, **params):
        """A reference to a person: its id, or None when no person has it (``message`` then says where)."""
        person_id = self.read_id(value)
        if person_id is None or person_id not in self.people:
            self.error(message % {**params, "person": _shown(value)})
            return None
        return person_id

    def read_year(self, value, message, **params):
        """A year (None when absent); ``message`` is shown, with min and max, when it is not a year."""
        if value is None or value == "":
            return None
        year = parse_int(value, MIN_YEAR, MAX_YEAR, max_digits=4)
        if year is not None:
            return year
        self.error(message % {**params, "min": MIN_YEAR, "max": MAX_YEAR})
        return None

    def read_flag(self, value, message):
        if value is None:
            return False
        if isinstance(value, bool):
            return value
        self.error(message)
        return False

    def read_choice(self, value, choices, default, message, **params):
        if value is None and default is not None:
            return default
        if isinstance(value, str) and value.strip() in choices:
            return value.strip()
        self.error(message % {**params, "choices": ", ".join(choices)})
        return None

    def read_list(self, data, key):
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(_("“%(key)s” must be a list.") % {"key": key})
            return []
        return value

    # The genogram -------------------------------------------------------------------------------------

    def read(self, data):
        if not isinstance(data, dict):
            self.error(_("A genogram must be a JSON object with the lists “people” and “couples”."))
            return None
        version = data.get("version", FORMAT_VERSION)
        if not (_is_int(version) and version == FORMAT_VERSION):
            self.error(
                _("This genogram has format version “%(version)s”; the portal reads version %(supported)s.")
                % {"version": _shown(version), "supported": FORMAT_VERSION}
            )
            return None
        raw_people = self.read_list(data, "people")
        raw_couples = self.read_list(data, "couples")
        raw_household = self.read_list(data, "household")
        raw_relations = self.read_list(data, "relations")
        if self.too_many(raw_people, raw_couples, raw_relations):
            return None

        people = [person for number, item in enumerate(raw_people, 1) if (person := self.read_person(number, item))]
        self.check_index_person(people)
        used_ids = set(self.people)
        couples = []
        for number, item in enumerate(raw_couples, 1):
            couple = self.read_couple(number, item, used_ids)
            if couple:
                couples.append(couple)
        self.check_children(couples)
        self.check_pairs(couples)
        household = self.read_household(raw_household)
        relations = self.read_relations(raw_relations)
        if self.messages:
            return None
        genogram = Genogram(tuple(people), tuple(couples), household, relations)
        self.check_family_tree(genogram)
        return genogram

    def too_many(self, people, couples, relations):
        """Oversized data is refused before anything is read (it may be an attack, never a case)."""
        for items, limit, message in (
            (people, MAX_PEOPLE, _("A genogram can have at most %(max)s people; this one has %(count)s.")),
            (couples, MAX_COUPLES, _("A genogram can have at most %(max)s couples; this one has %(count)s.")),
            (relations, MAX_RELATIONS, _("A genogram can have at most %(max)s relations; this one has %(count)s.")),
        ):
            if len(items) > limit:
                self.error(message % {"max": limit, "count": len(items)})
        return bool(self.messages)

    def read_person(self, number, item):
        if not isinstance(item, dict):
            self.error(
                _("Person no. %(number)s is not described as an object with an id and a name.") % {"number": number}
            )
            return None
        person_id = self.read_id(item.get("id"))
        if person_id is None:
            self.error(
                _("Person no. %(number)s needs an id: up to %(max)s letters, digits, hyphens or underscores.")
                % {"number": number, "max": MAX_ID}
            )
            return None
        if person_id in self.people:
            self.error(_("The id “%(id)s” is used by more than one person.") % {"id": person_id})
            return None
        raw_name = item.get("name")
        name = clean_line(raw_name) if isinstance(raw_name, str) else ""
        shown = name or f"“{person_id}”"
        if not name:
            self.error(_("Person “%(id)s” needs a name or a label (e.g. “Mother”).") % {"id": person_id})
        elif len(name) > MAX_NAME:
            self.error(
                _("The name “%(name)s…” is longer than %(max)s characters.") % {"name": name[:30], "max": MAX_NAME}
            )
        sex = self.read_choice(
            item.get("sex"), SEXES, "unknown", _("The sex of %(name)s must be one of: %(choices)s."), name=shown
        )
        birth = self.read_year(
            item.get("birth_year"),
            _("The year of birth of %(name)s must be a whole number from %(min)s to %(max)s."),
            name=shown,
        )
        death = self.read_year(
            item.get("death_year"),
            _("The year of death of %(name)s must be a whole number from %(min)s to %(max)s."),
            name=shown,
        )
        index = self.read_flag(item.get("index"), _("“index” of %(name)s must be true or false.") % {"name": shown})
        deceased = self.read_flag(
            item.get("deceased"), _("“deceased” of %(name)s must be true or false.") % {"name": shown}
        )
        if item.get("deceased") is False and death is not None:
            self.error(_("%(name)s has a year of death but is marked as living.") % {"name": shown})
        if birth is not None and death is not None and death < birth:
            self.error(
                _("%(name)s cannot die (%(death)s) before being born (%(birth)s).")
                % {"name": shown, "death": death, "birth": birth}
            )
        raw_notes = item.get("notes")
        notes = ""
        if isinstance(raw_notes, str):
            notes = clean_text(raw_notes)
            if len(notes) > MAX_NOTES:
                self.error(
                    _("The notes on %(name)s are longer than %(max)s characters.") % {"name": shown, "max": MAX_NOTES}
                )
        elif raw_notes is not None:
            self.error(_("The notes on %(name)s must be text.") % {"name": shown})
        # Kept even when something is wrong, so that references to this person do not add noise.
        person = Person(
            person_id, name or person_id, sex or "unknown", birth, death, deceased or bool(death), index, notes
        )
        self.people[person_id] = person
        return person

    def check_index_person(self, people):
        index_people = [person.name for person in people if person.index]
        if len(index_people) > 1:
            self.error(
                _("Only one person can be the index person; now there are %(count)s: %(names)s.")
                % {"count": len(index_people), "names": ", ".join(index_people)}
            )

    def read_couple(self, number, item, used_ids):
        if not isinstance(item, dict):
            self.error(
                _("Couple no. %(number)s is not described as an object with an id and partners.") % {"number": number}
            )
            return None
        couple_id = self.read_id(item.get("id"))
        if couple_id is None:
            self.error(
                _("Couple no. %(number)s needs an id: up to %(max)s letters, digits, hyphens or underscores.")
                % {"number": number, "max": MAX_ID}
            )
            return None
        if couple_id in used_ids:
            self.error(_("The id “%(id)s” is used more than once.") % {"id": couple_id})
            return None
        used_ids.add(couple_id)
        raw_partners = item.get("partners")
        partners = None
        if not (isinstance(raw_partners, list) and len(raw_partners) == 2):
            self.error(
                _("Couple “%(id)s” needs exactly two partners; a single parent forms a couple with a person “unknown”.")
                % {"id": couple_id}
            )
        else:
            first, second = (
                self.read_reference(
                    value, _("Couple “%(id)s” names a person “%(person)s” who is not in the genogram."), id=couple_id
                )
                for value in raw_partners
            )
            if first and second and first == second:
                self.error(_("%(name)s cannot be their own partner.") % {"name": self.name(first)})
            elif first and second:
                partners = (first, second)
        kind = self.read_choice(
            item.get("kind"),
            COUPLE_KINDS,
            None,
            _("The kind of couple “%(id)s” must be one of: %(choices)s."),
            id=couple_id,
        )
        start = self.read_year(
            item.get("start_year"),
            _("The year couple “%(id)s” began must be a whole number from %(min)s to %(max)s."),
            id=couple_id,
        )
        end = self.read_year(
            item.get("end_year"),
            _("The year couple “%(id)s” ended must be a whole number from %(min)s to %(max)s."),
            id=couple_id,
        )
        if start is not None and end is not None and end < start:
            self.error(
                _("Couple “%(id)s” cannot end (%(end)s) before it began (%(start)s).")
                % {"id": couple_id, "end": end, "start": start}
            )
        children = self.read_children(couple_id, item.get("children"))
        if partners is None or kind is None or children is None:
            return None
        return Couple(couple_id, partners, kind, start, end, children)

    def read_children(self, couple_id, value):
        if value is None:
            return ()
        if not isinstance(value, list):
            self.error(_("The children of couple “%(id)s” must be a list.") % {"id": couple_id})
            return None
        children = []
        for number, item in enumerate(value, 1):
            if not isinstance(item, dict):
                self.error(
                    _("Child no. %(number)s of couple “%(id)s” must be an object with a “person”.")
                    % {"number": number, "id": couple_id}
                )
                continue
            person_id = self.read_reference(
                item.get("person"),
                _("A child of couple “%(id)s” is a person “%(person)s” who is not in the genogram."),
                id=couple_id,
            )
            kind = self.read_choice(
                item.get("kind"),
                CHILD_KINDS,
                "biological",
                _("The kind of child %(name)s must be one of: %(choices)s."),
                name=self.name(person_id or "?"),
            )
            twin_group = item.get("twin_group")
            if twin_group in (None, ""):
                twin_group = None
            elif _is_int(twin_group) or (
                isinstance(twin_group, str) and 0 < len(clean_line(twin_group)) <= MAX_TWIN_GROUP
            ):
                twin_group = clean_line(str(twin_group))
            else:
                self.error(
                    _("The twin group of %(name)s must be a short text (up to %(max)s characters).")
                    % {"name": self.name(person_id or "?"), "max": MAX_TWIN_GROUP}
                )
                twin_group = None
            if person_id and kind:
                if any(child.person == person_id for child in children):
                    self.error(
                        _("%(name)s is listed twice among the children of couple “%(id)s”.")
                        % {"name": self.name(person_id), "id": couple_id}
                    )
                    continue
                children.append(Child(person_id, kind, twin_group))
        self.check_twins(couple_id, children)
        self.check_birth_order(couple_id, children)
        return tuple(children)

    def check_twins(self, couple_id, children):
        groups = {}
        for position, child in enumerate(children):
            if child.twin_group is not None:
                groups.setdefault(child.twin_group, []).append(position)
        for group, positions in groups.items():
            if len(positions) < 2:
                self.error(
                    _("The twin group “%(group)s” of couple “%(id)s” has only one child; twins need at least two.")
                    % {"group": group, "id": couple_id}
                )
            elif positions[-1] - positions[0] != len(positions) - 1:
                self.error(
                    _("Twins of the group “%(group)s” of couple “%(id)s” must be listed one after another.")
                    % {"group": group, "id": couple_id}
                )

    def check_birth_order(self, couple_id, children):
        latest = None  # the latest known birth year so far, and whose it is
        for child in children:
            year = self.people[child.person].birth_year
            if year is None:
                continue
            if latest and year < latest[0]:
                self.error(
                    _(
                        "Children of couple “%(id)s” must be listed from the oldest: %(later)s (born %(later_year)s) "
                        "is listed before %(earlier)s (born %(earlier_year)s)."
                    )
                    % {
                        "id": couple_id,
                        "later": self.name(latest[1]),
                        "later_year": latest[0],
                        "earlier": self.name(child.person),
                        "earlier_year": year,
                    }
                )
                return
            latest = (year, child.person)

    def check_children(self, couples):
        """Each person is a child of one couple at most."""
        parents = {}
        for couple in couples:
            for child in couple.children:
                if child.person in parents:
                    self.error(
                        _(
                            "%(name)s is a child of two couples (“%(first)s” and “%(second)s”); a person has one family of origin."
                        )
                        % {"name": self.name(child.person), "first": parents[child.person], "second": couple.id}
                    )
                else:
                    parents[child.person] = couple.id

    def check_pairs(self, couples):
        """Two people form one couple at most: a relationship that changed is one couple of its latest kind."""
        pairs = {}
        for couple in couples:
            pair = frozenset(couple.partners)
            if pair in pairs:
                self.error(
                    _("%(a)s and %(b)s are described as a couple twice (“%(first)s” and “%(second)s”); keep one.")
                    % {
                        "a": self.name(couple.partners[0]),
                        "b": self.name(couple.partners[1]),
                        "first": pairs[pair],
                        "second": couple.id,
                    }
                )
            else:
                pairs[pair] = couple.id

    def read_household(self, items):
        household = []
        for item in items:
            person_id = self.read_reference(
                item, _("The household includes a person “%(person)s” who is not in the genogram.")
            )
            if person_id and person_id not in household:
                household.append(person_id)
        return tuple(household)

    def read_relations(self, items):
        relations = []
        pairs = set()
        for number, item in enumerate(items, 1):
            if not isinstance(item, dict):
                self.error(
                    _("Relation no. %(number)s must be an object with the people “a” and “b” and a kind.")
                    % {"number": number}
                )
                continue
            unknown = _("Relation no. %(number)s names a person “%(person)s” who is not in the genogram.")
            first = self.read_reference(item.get("a"), unknown, number=number)
            second = self.read_reference(item.get("b"), unknown, number=number)
            kind = self.read_choice(
                item.get("kind"),
                RELATION_KINDS,
                None,
                _("The kind of relation no. %(number)s must be one of: %(choices)s."),
                number=number,
            )
            if not (first and second and kind):
                continue
            if first == second:
                self.error(
                    _("A relation joins two different people; relation no. %(number)s names %(name)s twice.")
                    % {"number": number, "name": self.name(first)}
                )
                continue
            pair = frozenset((first, second))
            if pair in pairs:
                self.error(
                    _("The relation between %(a)s and %(b)s is described more than once; keep one.")
                    % {"a": self.name(first), "b": self.name(second)}
                )
                continue
            pairs.add(pair)
            relations.append(Relation(first, second, kind))
        return tuple(relations)

    # The family tree ----------------------------------------------------------------------------------

    def check_family_tree(self, genogram):
        """No one is their own ancestor, no child is born before a parent, no one partners an ancestor."""
        children_of = {}
        for couple in genogram.couples:
            for partner in couple.partners:
                children_of.setdefault(partner, []).extend(child.person for child in couple.children)
        cycle = find_cycle(children_of, [person.id for person in genogram.people])
        if cycle:
            self.error(
                _("Parenthood goes round in a circle (%(path)s): no one can be their own ancestor.")
                % {"path": " → ".join(self.name(person_id) for person_id in cycle)}
            )
            return
        for couple in genogram.couples:
            for partner_id in couple.partners:
                parent = genogram.person(partner_id)
                for child in couple.children:
                    person = genogram.person(child.person)
                    if (
                        parent.birth_year is not None
                        and person.birth_year is not None
                        and person.birth_year < parent.birth_year
                    ):
                        self.error(
                            _(
                                "%(child)s (born %(child_year)s) cannot be born before their parent %(parent)s (born %(parent_year)s)."
                            )
                            % {
                                "child": person.name,
                                "child_year": person.birth_year,
                                "parent": parent.name,
                                "parent_year": parent.birth_year,
                            }
                        )
        for couple in genogram.couples:
            first, second = couple.partners
            for ancestor, descendant in ((first, second), (second, first)):
                if descendant in descendants(children_of, ancestor):
                    self.error(
                        _("%(a)s and %(b)s cannot be a couple: %(ancestor)s is an ancestor of %(descendant)s.")
                        % {
                            "a": self.name(first),
                            "b": self.name(second),
                            "ancestor": self.name(ancestor),
                            "descendant": self.name(descendant),
                        }
                    )


def descendants(children_of, person_id):
    found, stack = set(), list(children_of.get(person_id, ()))
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children_of.get(current, ()))
    return found


def find_cycle(children_of, people):
    """One cycle in the parent → child graph as a list of ids (first repeated at the end), or None."""
    state = {}  # id → 1 while on the current path, 2 when done
    for start in people:
        if state.get(start):
            continue
        path, stack = [], [(start, iter(children_of.get(start, ())))]
        state[start] = 1
        path.append(start)
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(child) == 1:
                return path[path.index(child) :] + [child]
            elif not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append((child, iter(children_of.get(child, ()))))
    return None
