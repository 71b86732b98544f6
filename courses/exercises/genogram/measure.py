"""How wide text is in DejaVu Sans, and how a person's label is wrapped under the symbol.

The drawing is laid out on the server without a font at hand; these widths (in ems, measured from
DejaVu Sans and rounded up) keep labels inside their slot in the browser, in the PNG and in the PDF.
"""

from dataclasses import dataclass

from . import text

SYMBOL = 40  # side of the square, diameter of the circle
HALF = SYMBOL / 2
LABEL_WIDTH = 104  # a label's widest line
NAME_SIZE = 12
SMALL_SIZE = 10.5
LINE_HEIGHT = 14
FIRST_BASELINE = HALF + 42  # below the symbol's centre, leaving room for couple lines

# Advance widths of DejaVu Sans in ems, for wrapping names without a font at hand.
_GROUPS = (
    ("ijlłIJ", 0.29),
    (" .,:;'!|", 0.33),
    ("f-", 0.36),
    ("t()[]r", 0.4),
    ("–", 0.5),
    ('szśźżcć?"', 0.54),
    ("LŁkFvxyP", 0.6),
    ("0123456789", 0.64),
    ("KAVĄBRXZŹŻCĆ", 0.7),
    ("UHNŃDGOQÓ", 0.77),
    ("wM", 0.86),
    ("mW…", 1.0),
)
_WIDTHS = {character: width for group, width in _GROUPS for character in group}


def text_width(value, size, bold=False):
    """The width of ``value`` in DejaVu Sans at ``size`` pixels (an estimate that errs on the wide side)."""
    ems = sum(_WIDTHS.get(character, 0.72 if character.isupper() else 0.63) for character in value)
    return ems * size * (1.14 if bold else 1.0)


def wrap(value, width, size, lines=2, bold=False):
    """``value`` in at most ``lines`` lines of ``width`` pixels; what does not fit ends in "…"."""
    words = value.split()
    result = []
    while words and len(result) < lines:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", size, bold) <= width:
            line = f"{line} {words.pop(0)}"
        result.append(line)
    overflow = bool(words) or any(text_width(line, size, bold) > width for line in result)
    if overflow and result:
        last = result[-1] if not words else f"{result[-1]} {' '.join(words)}"
        while last and text_width(last + "…", size, bold) > width:
            last = last[:-1]
        result[-1] = last.rstrip() + "…"
        result = [line if text_width(line, size, bold) <= width else _cut(line, width, size, bold) for line in result]
    return result


def _cut(line, width, size, bold):
    while line and text_width(line + "…", size, bold) > width:
        line = line[:-1]
    return line.rstrip() + "…"


@dataclass(frozen=True)
class Label:
    lines: list  # the name, wrapped (at most two lines)
    years: str
    width: float
    top: float  # relative to the symbol's centre
    height: float

    @property
    def baselines(self):
        return [FIRST_BASELINE + number * LINE_HEIGHT for number in range(len(self.lines))]


def label(person):
    lines = wrap(person.name, LABEL_WIDTH, NAME_SIZE, bold=person.index)
    years = text.life_years(person)
    widths = [text_width(line, NAME_SIZE, person.index) for line in lines] + [text_width(years, SMALL_SIZE)]
    height = LINE_HEIGHT * len(lines) + (13 if years else 0)
    return Label(lines, years, max(widths), FIRST_BASELINE - 11, height)
