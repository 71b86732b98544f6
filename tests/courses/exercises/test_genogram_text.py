"""The genogram in words (Polish): every person, couple, child, the household and every relation, for
screen readers and for the page beside the drawing."""

import pytest
from django.utils import translation

from courses.exercises.genogram import describe, describe_sections, parse
from tests.courses.exercises.genogram_families import (
    ADOPTION_AND_FOSTER,
    DIVORCE_AND_REMARRIAGE,
    FAMILIES,
    HOUSEHOLD,
    RELATIONS,
    TWINS,
)


def sentences(data):
    with translation.override("pl"):
        return describe(parse(data))


@pytest.mark.parametrize("name", FAMILIES)
def test_every_person_couple_child_and_relation_is_described(name):
    data = FAMILIES[name]
    described = sentences(data)
    children = sum(len(couple.get("children", [])) for couple in data["couples"])
    household = 1 if data["household"] else 0
    expected = 1 + len(data["people"]) + len(data["couples"]) + children + household + len(data["relations"])
    assert len(described) == expected
    for person in data["people"]:
        assert any(sentence.startswith(f"{person['name']}: ") for sentence in described)


def test_people_are_described_with_sex_years_death_and_the_index_person():
    described = sentences(HOUSEHOLD)
    assert described[0] == "Genogram przedstawia: 9 osób, 4 pary i 1 relacja emocjonalna."
    assert "Ryszard Kamiński: mężczyzna, rok urodzenia 1958, rok śmierci 2018." in described
    assert "Karolina Kamińska: kobieta, rok urodzenia 1985, osoba indeksowa (genogram dotyczy tej osoby)." in described
    assert "Matka nieznana: kobieta." in described
    unknown = sentences(TWINS)
    assert "Dziecko zmarłe po porodzie: płeć nieznana, rok urodzenia 2010, rok śmierci 2010." in unknown


def test_a_death_without_a_year_and_notes_are_described():
    data = {
        "people": [{"id": "a", "name": "Stefan", "sex": "male", "deceased": True, "notes": "Zmarł\nw czasie wojny."}]
    }
    assert sentences(data)[1] == "Stefan: mężczyzna, nie żyje. Uwagi: Zmarł w czasie wojny."


def test_couples_are_described_with_their_kind_and_years():
    described = sentences(DIVORCE_AND_REMARRIAGE)
    assert (
        "Adam Kowalski i Beata Kowalska: małżeństwo zakończone rozwodem, razem od 1983 r., rozwód w 1995 r."
        in described
    )
    assert "Adam Kowalski i Celina Kowalska: małżeństwo, razem od 1998 r." in described
    assert "Dariusz Lis i Beata Kowalska: związek nieformalny (bez ślubu), razem od 1997 r." in described
    household = sentences(HOUSEHOLD)
    assert "Łukasz Dąbrowski i Karolina Kamińska: para w separacji, razem od 2008 r., separacja od 2016 r." in household
    assert "Karolina Kamińska i Michał Krawczyk: narzeczeństwo, razem od 2021 r." in household
    assert "Ryszard Kamiński i Grażyna Kamińska: małżeństwo, razem od 1983 r., razem do 2018 r." in household


def test_children_are_described_in_birth_order_with_their_kind_and_twins():
    described = sentences(TWINS)
    assert (
        "Lena Mazur: dziecko biologiczne – rodzice: Robert Mazur i Monika Mazur, "
        "2. z 5 dzieci w kolejności urodzenia, rodzeństwo bliźniacze: Maja Mazur."
    ) in described
    adoption = sentences(ADOPTION_AND_FOSTER)
    assert (
        "Zuzanna Zielińska: dziecko adoptowane przez: Jan Zieliński i Maria Zielińska, "
        "2. z 4 dzieci w kolejności urodzenia."
    ) in adoption
    assert (
        "Dawid: dziecko w pieczy zastępczej – rodzina zastępcza: Jan Zieliński i Maria Zielińska, "
        "3. z 4 dzieci w kolejności urodzenia."
    ) in adoption
    divorce = sentences(DIVORCE_AND_REMARRIAGE)
    assert "Filip Kowalski: dziecko biologiczne – rodzice: Adam Kowalski i Celina Kowalska." in divorce


def test_the_household_and_relations_are_described():
    assert (
        "We wspólnym gospodarstwie domowym mieszkają: Jan Zieliński, Maria Zielińska, Zuzanna Zielińska, Dawid, Oliwia."
        in sentences(ADOPTION_AND_FOSTER)
    )
    described = sentences(RELATIONS)
    for sentence in (
        "Leszek Wójcik i Joanna Wójcik: konflikt.",
        "Igor Wójcik i Julia Wójcik: relacja bliska.",
        "Irena Wójcik i Agata Wójcik: relacja bardzo bliska (zlanie).",
        "Henryk Wójcik i Leszek Wójcik: wrogość lub przemoc.",
        "Leszek Wójcik i Agata Wójcik: zerwanie kontaktu.",
        "Joanna Wójcik i Igor Wójcik: relacja z dystansem.",
    ):
        assert sentence in described


def test_people_with_the_same_name_are_told_apart():
    data = {"people": [{"id": "a", "name": "Jan"}, {"id": "b", "name": "Jan"}]}
    assert sentences(data)[1:] == ["Jan (1): płeć nieznana.", "Jan (2): płeć nieznana."]


def test_sections_have_headings_and_leave_out_what_is_empty():
    with translation.override("pl"):
        sections = describe_sections(parse(TWINS))
    assert [heading for heading, _sentences in sections] == ["Osoby", "Pary", "Dzieci"]


def test_an_empty_genogram_says_so():
    assert sentences({}) == ["Genogram jest pusty."]
