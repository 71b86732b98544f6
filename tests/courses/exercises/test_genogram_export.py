"""Genogram files: SVG, PNG and PDF downloads, JSON export and validated import."""

import json

import pytest
from django.utils import translation

from courses.exercises.genogram import (
    GenogramError,
    export_filename,
    from_json,
    parse,
    pdf_bytes,
    png_bytes,
    svg_bytes,
    to_json,
)
from courses.exercises.genogram.export import MAX_JSON_BYTES
from tests.courses.exercises.genogram_families import FAMILIES, HOUSEHOLD, TITLES


def test_svg_png_and_pdf_have_the_right_signatures():
    genogram = parse(HOUSEHOLD)
    assert svg_bytes(genogram, TITLES["household"]).startswith(b'<svg xmlns="http://www.w3.org/2000/svg"')
    png = png_bytes(genogram, TITLES["household"])
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pdf = pdf_bytes(genogram, TITLES["household"])
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")


def test_png_is_drawn_twice_the_svg_size():
    genogram = parse(FAMILIES["twins"])
    png = png_bytes(genogram)
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    svg = svg_bytes(genogram).decode()
    svg_width = float(svg.split('width="', 1)[1].split('"', 1)[0])
    assert width == round(2 * svg_width) and height > 0


def test_exports_accept_the_stored_dict_and_validate_it():
    assert png_bytes(FAMILIES["twins"]).startswith(b"\x89PNG")
    with pytest.raises(GenogramError):
        svg_bytes({"people": [{"id": "a"}]})


@pytest.mark.parametrize("name", FAMILIES)
def test_json_export_is_normalised_and_imports_back(name):
    genogram = parse(FAMILIES[name])
    text = to_json(genogram)
    assert json.loads(text)["version"] == 1
    assert from_json(text) == genogram
    assert from_json(text.encode("utf-8")) == genogram
    assert to_json(from_json(text)) == text


def test_json_export_keeps_polish_letters_readable():
    assert "Grażyna Kamińska" in to_json(parse(HOUSEHOLD))


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (b"{", "Plik nie jest poprawnym plikiem JSON (wiersz 1, kolumna 2)."),
        (b'{"people": [}', "Plik nie jest poprawnym plikiem JSON (wiersz 1, kolumna 13)."),
        (b"\xff\xfe\x00", "To nie jest plik genogramu: nie jest tekstem w kodowaniu UTF-8."),
        (b"[" * 100_000, "To nie jest plik genogramu: nie da się odczytać jego zawartości JSON."),
        (b" " * (MAX_JSON_BYTES + 1), "Plik jest za duży: plik genogramu może mieć najwyżej 1000 kB."),
        (b"[]", "Genogram musi być obiektem JSON z listami „people” i „couples”."),
        (
            b'{"people": [{"id": "a", "name": "A"}], "couples": [{"id": "c", "partners": ["a", "b"], "kind": "married"}]}',
            "Para „c” wskazuje osobę „b”, której nie ma w genogramie.",
        ),
        (None, "To nie jest plik genogramu: nie zawiera tekstu JSON."),
    ],
)
def test_a_bad_upload_is_refused_with_a_polish_message(upload, message):
    with translation.override("pl"), pytest.raises(GenogramError) as error:
        from_json(upload)
    assert error.value.messages == [message]


def test_a_byte_order_mark_is_accepted():
    assert from_json("\ufeff".encode() + to_json(parse(HOUSEHOLD)).encode()) == parse(HOUSEHOLD)


def test_file_names_are_ascii():
    assert (
        export_filename("Rodzina Kamińskich: gospodarstwo domowe", "pdf")
        == "genogram-rodzina-kaminskich-gospodarstwo-domowe.pdf"
    )
    assert export_filename("Genogram Łukasza", "png") == "genogram-lukasza.png"
    assert export_filename("", "json") == "genogram.json"
