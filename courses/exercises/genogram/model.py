"""A genogram as plain, immutable data: people, couples with their children, the household, relations.

Only courses.exercises.genogram.validation builds these objects, so every Genogram is valid: ids are
unique, references resolve, parenthood has no cycles. See docs/genogram-format.md for the JSON format.
"""

from dataclasses import dataclass
from functools import cached_property

FORMAT_VERSION = 1
SEXES = ("male", "female", "unknown")
COUPLE_KINDS = ("married", "cohabiting", "engaged", "separated", "divorced")
CHILD_KINDS = ("biological", "adopted", "foster")
RELATION_KINDS = ("close", "fused", "distant", "conflict", "hostile", "cutoff")

MAX_PEOPLE = 200
MAX_COUPLES = 200
MAX_RELATIONS = 400
MAX_NAME = 80
MAX_NOTES = 500
MAX_ID = 40
MAX_TWIN_GROUP = 20
MIN_YEAR = 1800
MAX_YEAR = 2100


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    sex: str = "unknown"
    birth_year: int | None = None
    death_year: int | None = None
    deceased: bool = False  # true whenever death_year is known
    index: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Child:
    person: str
    kind: str = "biological"
    twin_group: str | None = None


@dataclass(frozen=True)
class Couple:
    id: str
    partners: tuple[str, str]
    kind: str
    start_year: int | None = None
    end_year: int | None = None
    children: tuple[Child, ...] = ()  # in birth order, oldest first


@dataclass(frozen=True)
class Relation:
    a: str
    b: str
    kind: str


@dataclass(frozen=True)
class Genogram:
    people: tuple[Person, ...] = ()
    couples: tuple[Couple, ...] = ()
    household: tuple[str, ...] = ()
    relations: tuple[Relation, ...] = ()

    @cached_property
    def people_by_id(self):
        return {person.id: person for person in self.people}

    @cached_property
    def birth_couple(self):
        """person id → the couple the person is a child of (people without parents are absent)."""
        return {child.person: couple for couple in self.couples for child in couple.children}

    @cached_property
    def child_link(self):
        """person id → their Child entry (kind, twin group)."""
        return {child.person: child for couple in self.couples for child in couple.children}

    def person(self, person_id):
        return self.people_by_id[person_id]

    @property
    def index_person(self):
        return next((person for person in self.people if person.index), None)

    def to_dict(self):
        """The normalised JSON form (format version 1): every key present, in a fixed order."""
        return {
            "version": FORMAT_VERSION,
            "people": [
                {
                    "id": person.id,
                    "name": person.name,
                    "sex": person.sex,
                    "birth_year": person.birth_year,
                    "death_year": person.death_year,
                    "deceased": person.deceased,
                    "index": person.index,
                    "notes": person.notes,
                }
                for person in self.people
            ],
            "couples": [
                {
                    "id": couple.id,
                    "partners": list(couple.partners),
                    "kind": couple.kind,
                    "start_year": couple.start_year,
                    "end_year": couple.end_year,
                    "children": [
                        {"person": child.person, "kind": child.kind, "twin_group": child.twin_group}
                        for child in couple.children
                    ],
                }
                for couple in self.couples
            ],
            "household": list(self.household),
            "relations": [{"a": relation.a, "b": relation.b, "kind": relation.kind} for relation in self.relations],
        }
