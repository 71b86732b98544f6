"""Genogram validation: a clear Polish message for each kind of mistake, and no other exception than
GenogramError whatever the data (a form, an uploaded file, an author's case)."""

import copy
import json
from pathlib import Path

import pytest
from django.utils import translation

from courses.exercises.genogram import GenogramError, empty_genogram, learner_copy, normalise, parse, validate
from tests.courses.exercises.genogram_families import FAMILIES, TWINS
from tests.unicode_input import NOT_ASCII_NUMBERS, as_year


def family(**changes):
    """A small valid family (parents and a son) with some parts replaced."""
    data = {
        "version": 1,
        "people": [
            {"id": "jan", "name": "Jan Nowak", "sex": "male", "birth_year": 1960},
            {"id": "ewa", "name": "Ewa Nowak", "sex": "female", "birth_year": 1962},
            {"id": "piotr", "name": "Piotr Nowak", "sex": "male", "birth_year": 1990},
        ],
        "couples": [
            {"id": "c1", "partners": ["jan", "ewa"], "kind": "married", "children": [{"person": "piotr"}]},
        ],
        "household": ["jan", "ewa"],
        "relations": [{"a": "jan", "b": "piotr", "kind": "close"}],
    }
    data.update(changes)
    return data


def people(*extra):
    return family()["people"] + list(extra)


def messages(data):
    with translation.override("pl"):
        return validate(data)


@pytest.mark.parametrize("name", FAMILIES)
def test_known_families_are_valid(name):
    assert messages(FAMILIES[name]) == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # unknown ids
        (
            family(couples=[{"id": "c1", "partners": ["jan", "anna"], "kind": "married"}]),
            "Para „c1” wskazuje osobę „anna”, której nie ma w genogramie.",
        ),
        (
            family(
                couples=[{"id": "c1", "partners": ["jan", "ewa"], "kind": "married", "children": [{"person": "x"}]}]
            ),
            "Para „c1”: wśród dzieci jest osoba „x”, której nie ma w genogramie.",
        ),
        (family(household=["jan", "zosia"]), "Gospodarstwo domowe obejmuje osobę „zosia”, której nie ma w genogramie."),
        (
            family(relations=[{"a": "jan", "b": "nikt", "kind": "close"}]),
            "Relacja nr 1 wskazuje osobę „nikt”, której nie ma w genogramie.",
        ),
        # duplicate ids
        (
            family(people=people({"id": "jan", "name": "Jan Drugi"})),
            "Identyfikator „jan” ma więcej niż jedna osoba.",
        ),
        (
            family(couples=[{"id": "jan", "partners": ["jan", "ewa"], "kind": "married"}]),
            "Identyfikator „jan” występuje więcej niż raz.",
        ),
        # a person as their own partner
        (
            family(couples=[{"id": "c1", "partners": ["jan", "jan"], "kind": "married"}]),
            "Jan Nowak: osoba nie może tworzyć pary sama ze sobą.",
        ),
        # cycles in parenthood
        (
            family(
                couples=[
                    {"id": "c1", "partners": ["jan", "ewa"], "kind": "married", "children": [{"person": "piotr"}]},
                    {"id": "c2", "partners": ["piotr", "x"], "kind": "married", "children": [{"person": "jan"}]},
                ],
                people=[
                    {"id": "jan", "name": "Jan Nowak", "sex": "male"},
                    {"id": "ewa", "name": "Ewa Nowak", "sex": "female"},
                    {"id": "piotr", "name": "Piotr Nowak", "sex": "male"},
                    {"id": "x", "name": "Anna", "sex": "female"},
                ],
            ),
            "Pokrewieństwo tworzy zamknięty krąg (Jan Nowak → Piotr Nowak → Jan Nowak): nikt nie może być własnym przodkiem.",
        ),
        # a child born before a parent
        (
            family(people=people()[:2] + [{"id": "piotr", "name": "Piotr Nowak", "sex": "male", "birth_year": 1955}]),
            "Piotr Nowak (ur. 1955): dziecko nie może urodzić się przed swoim rodzicem – Jan Nowak (ur. 1960).",
        ),
        # death before birth
        (
            family(people=people({"id": "zofia", "name": "Zofia", "birth_year": 1950, "death_year": 1940})),
            "Zofia: rok śmierci (1940) jest wcześniejszy niż rok urodzenia (1950).",
        ),
        # a child of two couples
        (
            family(
                people=people({"id": "anna", "name": "Anna", "sex": "female"}),
                couples=[
                    {"id": "c1", "partners": ["jan", "ewa"], "kind": "married", "children": [{"person": "piotr"}]},
                    {"id": "c2", "partners": ["jan", "anna"], "kind": "divorced", "children": [{"person": "piotr"}]},
                ],
            ),
            "Piotr Nowak: osoba jest dzieckiem dwóch par („c1” i „c2”), a może mieć tylko jedną rodzinę pochodzenia.",
        ),
        # wrong kinds
        (
            family(people=people({"id": "x", "name": "Iks", "sex": "M"})),
            "Iks: płeć musi mieć jedną z wartości: male, female, unknown.",
        ),
        (
            family(couples=[{"id": "c1", "partners": ["jan", "ewa"], "kind": "partnership"}]),
            "Para „c1”: rodzaj związku musi mieć jedną z wartości: married, cohabiting, engaged, separated, divorced.",
        ),
        (
            family(
                couples=[
                    {
                        "id": "c1",
                        "partners": ["jan", "ewa"],
                        "kind": "married",
                        "children": [{"person": "piotr", "kind": "step"}],
                    }
                ]
            ),
            "Piotr Nowak: rodzaj więzi dziecka z rodzicami musi mieć jedną z wartości: biological, adopted, foster.",
        ),
        (
            family(relations=[{"a": "jan", "b": "ewa", "kind": "love"}]),
            "Relacja nr 1: rodzaj relacji musi mieć jedną z wartości: close, fused, distant, conflict, hostile, cutoff.",
        ),
        # wrong types
        (
            family(people=people({"id": "x", "name": "Iks", "birth_year": "dawno"})),
            "Iks: rok urodzenia musi być liczbą całkowitą od 1800 do 2100.",
        ),
        (
            family(people=people({"id": "x", "name": "Iks", "birth_year": 1950.5})),
            "Iks: rok urodzenia musi być liczbą całkowitą od 1800 do 2100.",
        ),
        (
            family(people=people({"id": "x", "name": "Iks", "index": "tak"})),
            "Iks: pole „index” musi mieć wartość true lub false.",
        ),
        (family(people=people({"id": "x", "name": "Iks", "notes": 7})), "Iks: uwagi muszą być tekstem."),
        (family(people=people({"id": "x", "name": 7})), "Osoba „x” musi mieć imię lub opis (np. „Matka”)."),
        (family(people="Jan, Ewa"), "„people” musi być listą."),
        (family(people=people(["x", "Iks"])), "Osoba nr 4 nie jest opisana jako obiekt z identyfikatorem i imieniem."),
        (
            family(people=people({"id": "a b", "name": "Spacja"})),
            "Osoba nr 4 musi mieć identyfikator: do 40 liter, cyfr, łączników lub podkreślników.",
        ),
        (
            family(couples=[{"id": "c1", "partners": ["jan"], "kind": "married"}]),
            "Para „c1” musi składać się z dokładnie dwóch osób; samotny rodzic tworzy parę z osobą nieznaną (np. „Ojciec nieznany”).",
        ),
        # too long strings
        (
            family(people=people({"id": "x", "name": "A" * 81})),
            "Imię lub opis „AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA…” jest dłuższe niż 80 znaków.",
        ),
        (
            family(people=people({"id": "x", "name": "Iks", "notes": "n" * 501})),
            "Iks: uwagi są dłuższe niż 500 znaków.",
        ),
        # more than one index person
        (
            family(
                people=people({"id": "x", "name": "Iks", "index": True}, {"id": "y", "name": "Igrek", "index": True})
            ),
            "Osoba indeksowa może być tylko jedna; zaznaczono 2: Iks, Igrek.",
        ),
        # years and order
        (
            family(
                couples=[
                    {"id": "c1", "partners": ["jan", "ewa"], "kind": "divorced", "start_year": 1990, "end_year": 1985}
                ]
            ),
            "Para „c1”: rok zakończenia związku (1985) jest wcześniejszy niż rok jego początku (1990).",
        ),
        (
            family(people=people({"id": "z", "name": "Zuzia", "death_year": 2000, "deceased": False})),
            "Zuzia: podano rok śmierci, a osoba jest oznaczona jako żyjąca.",
        ),
        (
            family(
                people=people({"id": "ola", "name": "Ola", "birth_year": 1985}),
                couples=[
                    {
                        "id": "c1",
                        "partners": ["jan", "ewa"],
                        "kind": "married",
                        "children": [{"person": "piotr"}, {"person": "ola"}],
                    }
                ],
            ),
            "Para „c1”: dzieci trzeba podać od najstarszego; Piotr Nowak (ur. 1990) jest przed: Ola (ur. 1985).",
        ),
        (
            family(
                couples=[
                    {
                        "id": "c1",
                        "partners": ["jan", "ewa"],
                        "kind": "married",
                        "children": [{"person": "piotr", "twin_group": "A"}],
                    }
                ]
            ),
            "Para „c1”: w grupie bliźniąt „A” jest tylko jedno dziecko, a bliźnięta to co najmniej dwoje dzieci.",
        ),
        # couples and relations described twice, a relation with oneself
        (
            family(
                couples=[
                    {"id": "c1", "partners": ["jan", "ewa"], "kind": "divorced"},
                    {"id": "c2", "partners": ["ewa", "jan"], "kind": "married", "children": [{"person": "piotr"}]},
                ]
            ),
            "Para Ewa Nowak i Jan Nowak jest opisana dwa razy („c1” i „c2”); zostaw jeden opis.",
        ),
        (
            family(relations=[{"a": "jan", "b": "ewa", "kind": "close"}, {"a": "ewa", "b": "jan", "kind": "conflict"}]),
            "Relacja: Ewa Nowak i Jan Nowak jest opisana więcej niż raz; zostaw jeden opis.",
        ),
        (
            family(relations=[{"a": "jan", "b": "jan", "kind": "close"}]),
            "Relacja łączy dwie różne osoby, a relacja nr 1 dwa razy wskazuje: Jan Nowak.",
        ),
        # a partner who is their partner's descendant
        (
            family(
                couples=[
                    {"id": "c1", "partners": ["jan", "ewa"], "kind": "married", "children": [{"person": "piotr"}]},
                    {"id": "c2", "partners": ["piotr", "ewa"], "kind": "cohabiting"},
                ]
            ),
            "Piotr Nowak i Ewa Nowak nie mogą tworzyć pary. Przodek: Ewa Nowak, potomek: Piotr Nowak.",
        ),
        (family(version=2), "Ten genogram ma format w wersji „2”, a portal odczytuje wersję 1."),
    ],
)
def test_each_mistake_gets_a_clear_polish_message(data, expected):
    assert expected in messages(data)


def test_more_than_200_people_are_refused_with_one_message():
    data = family(
        people=[{"id": f"p{n}", "name": f"Osoba {n}"} for n in range(201)], couples=[], household=[], relations=[]
    )
    assert messages(data) == ["Genogram może mieć najwyżej 200 osób, a ten ma 201."]
    data["people"].pop()
    assert messages(data) == []


def test_a_genogram_broken_everywhere_lists_the_first_problems_and_counts_the_rest():
    data = family(
        people=[{"id": f"p{n}", "name": f"Osoba {n}", "sex": "?"} for n in range(40)],
        couples=[],
        household=[],
        relations=[],
    )
    listed = messages(data)
    assert len(listed) == 31
    assert listed[-1] == "… i jeszcze 10 błędów."


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "genogram",
        42,
        {"people": [None, 1, "x", [], {}]},
        {"people": [{"id": None}], "couples": [{"partners": None}]},
        {"couples": [{"id": "c", "partners": [{}, []], "kind": [], "children": "dzieci"}]},
        {"couples": [{"id": "c", "partners": ["a", "b"], "kind": "married", "children": [None, {"person": {}}]}]},
        {"relations": [{"a": [], "b": {}, "kind": None}], "household": [None, {}, 3.5]},
        {"people": [{"id": "a", "name": "\x00\ud800", "birth_year": 10**40, "death_year": float("nan")}]},
        {"version": "1", "people": []},
        {"version": None},
    ],
)
def test_malformed_data_gives_messages_never_another_exception(data):
    with translation.override("pl"), pytest.raises(GenogramError) as error:
        parse(data)
    assert error.value.messages and all(isinstance(message, str) and message for message in error.value.messages)


def test_missing_lists_are_empty():
    assert normalise({"people": None}) == normalise({}) == empty_genogram()


def test_text_is_cleaned_and_optional_fields_filled_in():
    data = family(
        people=[
            {"id": 7, "name": "  Jan \t Nowak\x07 "},
            {"id": "ewa", "name": "Ewa", "sex": "female", "birth_year": "1962", "notes": "Pierwsza linia  \r\nDruga"},
            {"id": "piotr", "name": "Piotr", "death_year": 2020},
        ],
        couples=[{"id": "c1", "partners": [7, "ewa"], "kind": "married", "children": [{"person": "piotr"}]}],
        household=["ewa", "ewa"],
        relations=[],
    )
    normal = normalise(data)
    assert normal["people"][0] == {
        "id": "7",
        "name": "Jan Nowak",
        "sex": "unknown",
        "birth_year": None,
        "death_year": None,
        "deceased": False,
        "index": False,
        "notes": "",
    }
    assert normal["people"][1]["birth_year"] == 1962
    assert normal["people"][1]["notes"] == "Pierwsza linia\nDruga"
    assert normal["people"][2]["deceased"] is True
    assert normal["couples"][0]["partners"] == ["7", "ewa"]
    assert normal["couples"][0]["children"] == [{"person": "piotr", "kind": "biological", "twin_group": None}]
    assert normal["household"] == ["ewa"]
    assert normalise(normal) == normal


def test_a_learner_gets_an_independent_copy_of_the_case():
    case = copy.deepcopy(TWINS)
    copied = learner_copy(case)
    assert copied == normalise(TWINS)
    copied["people"][0]["name"] = "Zmieniony"
    copied["couples"][0]["children"].pop()
    assert case == TWINS
    assert learner_copy(case) == normalise(TWINS)


def test_a_case_left_empty_gives_an_empty_genogram_and_a_broken_case_is_refused():
    assert learner_copy(None) == learner_copy({}) == empty_genogram()
    assert empty_genogram() == {"version": 1, "people": [], "couples": [], "household": [], "relations": []}
    with pytest.raises(GenogramError):
        learner_copy({"people": [{"id": "a"}]})


def test_the_example_in_the_documentation_is_valid():
    document = (Path(__file__).resolve().parents[3] / "docs" / "genogram-format.md").read_text(encoding="utf-8")
    example = document.split("```json\n")[2].split("```")[0]
    genogram = parse(json.loads(example))
    assert len(genogram.people) == 5 and genogram.index_person.name == "Agnieszka Lis"


# Unicode digits and spaces (issue 19, item 5) ---------------------------------------------------------


@pytest.mark.parametrize("value", NOT_ASCII_NUMBERS.values(), ids=NOT_ASCII_NUMBERS.keys())
def test_a_year_in_unicode_digits_or_spaces_is_not_a_year(value):
    year = as_year(value)

    assert messages(family(people=people({"id": "x", "name": "Iks", "birth_year": year}))) == [
        "Iks: rok urodzenia musi być liczbą całkowitą od 1800 do 2100."
    ]
    assert messages(family(people=people({"id": "x", "name": "Iks", "birth_year": "1950", "death_year": year}))) == [
        "Iks: rok śmierci musi być liczbą całkowitą od 1800 do 2100."
    ]


def test_a_year_as_ascii_digits_with_ascii_spaces_is_read():
    assert messages(family(people=people({"id": "x", "name": "Iks", "birth_year": " 1950\n"}))) == []
