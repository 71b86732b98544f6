"""Helpers the course tests share: a quiz, reading a PDF back, learners, report URLs."""

import re
import zlib

from tests.factories import UserFactory

QUIZ = {
    "title": "Sprawdź się",
    "pass_threshold": 60,
    "max_attempts": 3,
    "questions": [
        {
            "kind": "single",
            "text": "Kto prowadzi posiedzenia G-PZK?",
            "answers": [
                {"text": "Koordynator zespołu", "correct": True, "feedback": "Tak – koordynator zwołuje i prowadzi."},
                {"text": "Dzielnicowy", "correct": False, "feedback": "Nie – policja jest członkiem zespołu."},
            ],
        },
        {
            "kind": "multiple",
            "text": "Które instytucje mogą należeć do zespołu?",
            "answers": [
                {"text": "Szkoła", "correct": True, "feedback": "Tak – szkoła zna dziecko najlepiej."},
                {"text": "Powiatowy urząd pracy", "correct": True, "feedback": "Tak – PUP wspiera rodziców."},
                {"text": "Biuro podróży", "correct": False, "feedback": "Nie – to nie jest instytucja pomocowa."},
            ],
        },
        {
            "kind": "true_false",
            "text": "Plan kooperacji rodziny powstaje bez udziału rodziny.",
            "answers": [
                {"text": "Prawda", "correct": False, "feedback": "Nie – rodzina współtworzy plan."},
                {"text": "Fałsz", "correct": True, "feedback": "Dobrze – rodzina jest współautorem planu."},
            ],
        },
    ],
}

RIGHT = {"q0": "0", "q1": ["0", "1"], "q2": "1"}
WRONG = {"q0": "1", "q1": "2", "q2": "0"}


def quiz_id(lesson):
    return next(block.id for block in lesson.body if block.block_type == "quiz")


# Reading the PDF back: no PDF library is installed, and WeasyPrint's output is regular enough to read
# with zlib: text is drawn with Type0 fonts whose ToUnicode maps turn glyph ids back into characters.
def pdf_objects(data):
    """Object number → (dictionary bytes, inflated stream bytes), including objects packed in object streams."""
    objects, position = {}, 0
    pattern = re.compile(rb"(\d+) 0 obj(.*?)(stream\r?\n|endobj)", re.S)
    while match := pattern.search(data, position):
        number, head = int(match[1]), match[2]
        if match[3] == b"endobj":
            objects[number], position = (head, b""), match.end()
            continue
        length = int(re.search(rb"/Length (\d+)", head)[1])
        body = data[match.end() : match.end() + length]
        body = zlib.decompress(body) if b"/FlateDecode" in head else body
        objects[number], position = (head, body), match.end() + length
        if b"/ObjStm" in head:
            first = int(re.search(rb"/First (\d+)", head)[1])
            numbers = [int(value) for value in body[:first].split()]
            offsets = numbers[1::2] + [len(body) - first]
            for index, packed in enumerate(numbers[::2]):
                objects[packed] = (body[first + offsets[index] : first + offsets[index + 1]], b"")
    return objects


def to_unicode(cmap):
    glyphs = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            glyphs[code.lower()] = bytes.fromhex(text.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for start, end, text in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            for offset in range(int(end, 16) - int(start, 16) + 1):
                code = f"{int(start, 16) + offset:0{len(start)}x}".encode()
                glyphs[code] = chr(int(text, 16) + offset)
    return glyphs


def pdf_text(data):
    """The text drawn on the PDF's pages, runs separated by spaces, whitespace collapsed."""
    objects = pdf_objects(data)
    font_maps = {
        number: to_unicode(objects[int(ref[1])][1])
        for number, (head, _stream) in objects.items()
        if (ref := re.search(rb"/ToUnicode (\d+) 0 R", head))
    }
    fonts = {}
    for head, _stream in objects.values():
        for name, number in re.findall(rb"/([^\s/<>\[\]()]+) (\d+) 0 R", head):
            if int(number) in font_maps:
                fonts[name] = font_maps[int(number)]
    runs = []
    contents = {int(n) for head, _s in objects.values() for n in re.findall(rb"/Contents (\d+) 0 R", head)}
    for number in sorted(contents):
        glyphs = {}
        operators = rb"/([^\s/<>\[\]()]+)\s+[-\d.]+\s+Tf|\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj"
        for font, array, single in re.findall(operators, objects[number][1], re.S):
            if font:
                glyphs = fonts.get(font, {})
                continue
            string = b"".join(re.findall(rb"<([0-9a-fA-F]*)>", array)) if array else single
            codes = [string[i : i + 4].lower() for i in range(0, len(string), 4)]
            runs.append("".join(glyphs.get(code, "?") for code in codes))
    return " ".join(" ".join(runs).split())


def make_learner(name):
    return UserFactory(username=name, first_name=name)


def report_url(course, query=""):
    return f"/admin/raporty-szkolen/{course.pk}/" + (f"?{query}" if query else "")


def get_as(client, user, url):
    client.force_login(user)
    return client.get(url)
