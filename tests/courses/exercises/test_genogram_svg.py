"""The genogram drawing: a standalone, well-formed, accessible SVG in the McGoldrick–Gerson notation,
compared with golden drawings reviewed by eye.

The golden SVGs (tests/courses/exercises/golden/) and their PNG pictures (docs/genogram/) are written
again, after a deliberate change to the drawing, with

    GENOGRAM_REGENERATE=1 .venv/bin/python -m pytest tests/courses/exercises/test_genogram_svg.py

then looked at (the PNGs) before they are committed.
"""

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.utils import translation

from courses.exercises.genogram import parse, png_bytes, render_svg
from tests.courses.exercises.genogram_families import FAMILIES, HOUSEHOLD, RELATIONS, TITLES, TWINS

GOLDEN = Path(__file__).parent / "golden"
PICTURES = Path(__file__).resolve().parents[3] / "docs" / "genogram"
REGENERATE = os.environ.get("GENOGRAM_REGENERATE") == "1"
SVG = "{http://www.w3.org/2000/svg}"


def drawing(data, title="", **options):
    with translation.override("pl"):
        return render_svg(parse(data), title, **options)


def tree(svg):
    return ET.fromstring(svg)


def texts(root):
    return ["".join(element.itertext()) for element in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("name", FAMILIES)
def test_drawing_matches_the_reviewed_golden_svg(name):
    svg = drawing(FAMILIES[name], TITLES[name])
    golden = GOLDEN / f"{name}.svg"
    if REGENERATE:
        GOLDEN.mkdir(exist_ok=True)
        PICTURES.mkdir(exist_ok=True)
        golden.write_text(svg, encoding="utf-8")
        with translation.override("pl"):
            picture = png_bytes(parse(FAMILIES[name]), TITLES[name], scale=1.5)
        (PICTURES / f"{name}.png").write_bytes(picture)
    assert svg == golden.read_text(encoding="utf-8"), f"run GENOGRAM_REGENERATE=1 and review docs/genogram/{name}.png"


@pytest.mark.parametrize("name", FAMILIES)
def test_drawing_is_a_standalone_accessible_svg(name):
    svg = drawing(FAMILIES[name], TITLES[name])
    root = tree(svg)
    assert root.tag == f"{SVG}svg"
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "genogram-title genogram-desc"
    assert root.find(f"{SVG}title").get("id") == "genogram-title"
    assert root.find(f"{SVG}title").text == TITLES[name]
    assert root.find(f"{SVG}desc").get("id") == "genogram-desc"
    assert root.find(f"{SVG}desc").text.startswith("Genogram przedstawia: ")
    assert "DejaVu Sans" in root.get("font-family")
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}"


def test_every_person_has_a_symbol_a_name_and_a_tooltip():
    root = tree(drawing(HOUSEHOLD))
    groups = {group.get("id"): group for group in root.iter(f"{SVG}g") if group.get("class") == "genogram-person"}
    assert len(groups) == len(HOUSEHOLD["people"])
    karolina = groups["genogram-person-karolina"]
    assert karolina.find(f"{SVG}title").text.startswith("Karolina Kamińska: kobieta, rok urodzenia 1985")
    assert len(karolina.findall(f"{SVG}circle")) == 2, "the index person has a double outline"
    ryszard = groups["genogram-person-ryszard"]
    assert ryszard.find(f"{SVG}rect") is not None and len(ryszard.findall(f"{SVG}line")) == 2, "a square with an X"
    assert texts(ryszard) == ["Ryszard", "Kamiński", "1958–2018"]


def test_the_unknown_sex_is_a_diamond():
    root = tree(drawing(TWINS))
    child = next(group for group in root.iter(f"{SVG}g") if group.get("id") == "genogram-person-niemowle")
    assert child.find(f"{SVG}polygon") is not None


def test_line_styles_follow_the_notation():
    svg = drawing(HOUSEHOLD)
    root = tree(svg)
    lines = [element for element in root.iter() if element.tag in (f"{SVG}polyline", f"{SVG}line")]
    dashes = {element.get("stroke-dasharray") for element in lines}
    assert "8 5" in dashes, "cohabiting: dashed"
    assert "1 5" in dashes, "engaged: dotted"
    household = [path for path in root.iter(f"{SVG}path") if path.get("class") == "genogram-household"]
    assert household and all(path.get("stroke-dasharray") == "9 6" for path in household)


def test_the_legend_names_each_sign_used_and_only_those():
    legend = texts(tree(drawing(RELATIONS)).find(f"{SVG}g[@class='genogram-legend']"))
    assert legend[0] == "Legenda"
    assert legend[1:] == [
        "Mężczyzna",
        "Kobieta",
        "Osoba zmarła",
        "Osoba indeksowa",
        "Małżeństwo",
        "Separacja",
        "Dziecko biologiczne",
        "Relacja bliska",
        "Relacja bardzo bliska (zlanie)",
        "Relacja z dystansem",
        "Konflikt",
        "Wrogość lub przemoc",
        "Zerwanie kontaktu",
    ]


def test_names_are_escaped_and_long_names_shortened():
    data = {
        "people": [
            {"id": "a", "name": 'Anna <b>"Ala"</b> & Co', "sex": "female"},
            {"id": "b", "name": "Bartłomiej Konstanty Wierzbicki-Zawadzki herbu Ślepowron", "sex": "male"},
        ]
    }
    svg = drawing(data)
    assert "&lt;b&gt;" in svg and "<b>" not in svg
    root = tree(svg)
    shown = texts(root)
    assert shown[:4] == ["Anna", '<b>"Ala"</b>…', "Bartłomiej", "Konstanty Wie…"], "two lines at most, then …"
    titles = [element.text for element in root.iter(f"{SVG}title")]
    assert any("Bartłomiej Konstanty Wierzbicki-Zawadzki herbu Ślepowron" in title for title in titles)


def test_two_drawings_on_one_page_have_their_own_ids():
    first = tree(drawing(TWINS, id_prefix="case"))
    assert first.get("aria-labelledby") == "case-title case-desc"
    assert any(group.get("id") == "case-person-jakub" for group in first.iter(f"{SVG}g"))


def test_the_description_can_be_only_the_summary():
    root = tree(drawing(TWINS, full_description=False))
    assert root.find(f"{SVG}desc").text == "Genogram przedstawia: 7 osób, 1 para i 0 relacji emocjonalnych."


def test_an_empty_genogram_says_so():
    root = tree(drawing({}))
    assert "Genogram jest pusty." in texts(root)
    assert root.find(f"{SVG}title").text == "Genogram"
