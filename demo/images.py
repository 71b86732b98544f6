"""Demo images drawn on the fly with Pillow, so the demo needs no downloads."""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

NAVY = (11, 79, 138)
TEAL = (0, 110, 110)
SAND = (244, 234, 214)
RED = (212, 33, 61)
EU_BLUE = (0, 51, 153)
EU_YELLOW = (255, 204, 0)
WOOD = (196, 150, 102)
PAPER = (255, 253, 247)
INK = (70, 78, 90)
GREEN = (92, 150, 92)
SKY = (214, 232, 245)
PALETTES = {
    "classic": [NAVY, TEAL, RED, (90, 60, 140), (200, 120, 20)],
    "spring": [(46, 125, 50), (0, 131, 143), (249, 168, 37), (142, 36, 170), (230, 81, 0)],
    "sea": [(1, 87, 155), (0, 121, 107), (77, 182, 172), (41, 98, 255), (120, 144, 156)],
}


def _font(size):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def cooperation_circles(seed, width=1600, height=900, palette="classic"):
    """Overlapping circles on a soft background: institutions meeting around one family."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), SAND)
    draw = ImageDraw.Draw(image, "RGBA")
    centre_x, centre_y = width // 2, height // 2
    for index, colour in enumerate(PALETTES[palette]):
        angle = 2 * math.pi * index / 5 + rng.random() * 0.3
        x = centre_x + int(math.cos(angle) * height * 0.22)
        y = centre_y + int(math.sin(angle) * height * 0.22)
        radius = int(height * (0.2 + rng.random() * 0.05))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour + (110,))
    draw.ellipse((centre_x - 60, centre_y - 60, centre_x + 60, centre_y + 60), fill=(255, 255, 255, 230))
    return image


def funding_strip(width=1200, height=150):
    """A simplified EU funding mark strip: the three marks named, with the PL and EU flags."""
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    third = width // 3
    labels = ["Fundusze Europejskie", "Rzeczpospolita Polska", "Unia Europejska"]
    # Each label sits right of a 120 px mark inside its third: shrink the font until the longest fits.
    size = 26
    while size > 12 and max(draw.textlength(label, font=_font(size)) for label in labels) > third - 170:
        size -= 1
    font = _font(size)
    # Fundusze Europejskie
    draw.rectangle((30, 35, 110, 115), fill=EU_BLUE)
    # Rzeczpospolita Polska
    draw.rectangle((third + 30, 40, third + 120, 75), fill=(255, 255, 255), outline=(150, 150, 150))
    draw.rectangle((third + 30, 75, third + 120, 110), fill=RED)
    # Unia Europejska
    flag = (2 * third + 30, 35, 2 * third + 150, 115)
    draw.rectangle(flag, fill=EU_BLUE)
    cx, cy = (flag[0] + flag[2]) / 2, (flag[1] + flag[3]) / 2
    for star in range(12):
        angle = 2 * math.pi * star / 12
        sx, sy = cx + math.cos(angle) * 28, cy + math.sin(angle) * 28
        draw.ellipse((sx - 4, sy - 4, sx + 4, sy + 4), fill=EU_YELLOW)
    for index, label in enumerate(labels):
        draw.text((index * third + 160, height // 2), label, fill=(0, 0, 0), font=font, anchor="lm")
    return image


def as_image_file(image, name):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)


# Illustrations for news, events and documents ------------------------------------------------------


def _canvas(width, height, colour=SAND):
    image = Image.new("RGB", (width, height), colour)
    return image, ImageDraw.Draw(image, "RGBA")


def _sheet(draw, box, rng, header=None, lines=9):
    """A sheet of paper with a coloured header band and grey lines of text."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle((x0 + 8, y0 + 10, x1 + 8, y1 + 10), radius=10, fill=(0, 0, 0, 40))
    draw.rounded_rectangle(box, radius=10, fill=PAPER, outline=(210, 205, 195), width=2)
    top = y0 + 30
    if header:
        draw.rectangle((x0 + 30, top, x1 - 30, top + 34), fill=header)
        top += 64
    step = max(18, (y1 - top - 30) // max(lines, 1))
    for index in range(lines):
        y = top + index * step
        if y > y1 - 30:
            break
        right = x1 - 30 - (rng.randint(20, 140) if index % 4 == 3 else rng.randint(0, 30))
        draw.rounded_rectangle((x0 + 30, y, right, y + 8), radius=4, fill=(190, 196, 204))


def meeting_table(seed=1, width=1200, height=675, chairs=10):
    """A long oval table seen from above with chairs around it, papers and cups on it."""
    rng = random.Random(seed)
    image, draw = _canvas(width, height, (232, 238, 236))
    box = (width * 0.2, height * 0.3, width * 0.8, height * 0.7)
    draw.ellipse((box[0] + 10, box[1] + 14, box[2] + 10, box[3] + 14), fill=(0, 0, 0, 35))
    draw.ellipse(box, fill=WOOD, outline=(150, 105, 70), width=4)
    cx, cy = width / 2, height / 2
    rx, ry = (box[2] - box[0]) / 2, (box[3] - box[1]) / 2
    colours = PALETTES["classic"]
    for index in range(chairs):
        angle = 2 * math.pi * index / chairs + math.pi / chairs
        x, y = cx + math.cos(angle) * (rx + 55), cy + math.sin(angle) * (ry + 50)
        colour = colours[index % len(colours)]
        draw.rounded_rectangle((x - 34, y - 34, x + 34, y + 34), radius=14, fill=colour + (230,))
        # Papers and a cup in front of each chair.
        px, py = cx + math.cos(angle) * (rx - 60), cy + math.sin(angle) * (ry - 38)
        draw.rectangle((px - 18, py - 24, px + 18, py + 24), fill=PAPER, outline=(200, 200, 200))
        if rng.random() < 0.7:
            qx, qy = px + 30 * math.copysign(1, math.cos(angle) or 1), py
            draw.ellipse((qx - 11, qy - 11, qx + 11, qy + 11), fill=(255, 255, 255), outline=(120, 120, 120), width=3)
    return image


def circle_of_chairs(seed=1, width=1200, height=675, chairs=8):
    """Chairs in a circle around a small round table with coloured sticky notes: a focus group."""
    rng = random.Random(seed)
    image, draw = _canvas(width, height, (240, 236, 228))
    cx, cy = width / 2, height / 2
    radius = height * 0.33
    draw.ellipse((cx - radius - 70, cy - radius - 70, cx + radius + 70, cy + radius + 70), fill=(225, 218, 204))
    for index in range(chairs):
        angle = 2 * math.pi * index / chairs
        x, y = cx + math.cos(angle) * radius, cy + math.sin(angle) * radius
        colour = PALETTES["spring"][index % 5]
        draw.ellipse((x - 40, y - 40, x + 40, y + 40), fill=colour + (235,))
        draw.ellipse((x - 22, y - 22, x + 22, y + 22), fill=(255, 255, 255, 70))
    draw.ellipse((cx - 95, cy - 95, cx + 95, cy + 95), fill=WOOD, outline=(150, 105, 70), width=4)
    for _note in range(6):
        x, y = cx + rng.randint(-55, 35), cy + rng.randint(-55, 35)
        colour = rng.choice([(255, 235, 120), (255, 190, 200), (170, 220, 255), (190, 240, 170)])
        draw.rectangle((x, y, x + 30, y + 30), fill=colour, outline=(0, 0, 0, 40))
    return image


def calendar_page(day=14, month="WRZESIEŃ", seed=1, width=1200, height=675):
    """A wall calendar page with a month name and one day circled."""
    image, draw = _canvas(width, height, (226, 236, 244))
    left, top, right, bottom = width * 0.28, height * 0.1, width * 0.72, height * 0.92
    draw.rounded_rectangle((left + 10, top + 14, right + 10, bottom + 14), radius=16, fill=(0, 0, 0, 40))
    draw.rounded_rectangle((left, top, right, bottom), radius=16, fill=PAPER)
    draw.rounded_rectangle((left, top, right, top + 100), radius=16, fill=RED)
    draw.rectangle((left, top + 80, right, top + 100), fill=RED)
    for ring in range(2):
        x = left + (right - left) * (0.3 + 0.4 * ring)
        draw.rounded_rectangle((x - 9, top - 30, x + 9, top + 25), radius=9, fill=(90, 90, 90))
    draw.text(((left + right) / 2, top + 50), month, fill=(255, 255, 255), font=_font(44), anchor="mm")
    cell_w, cell_h = (right - left - 40) / 7, (bottom - top - 150) / 5
    font = _font(24)
    first_weekday = seed % 7
    for number in range(1, 31):
        slot = number - 1 + first_weekday
        col, row = slot % 7, slot // 7
        if row > 4:
            col, row = col, 4
        x = left + 20 + cell_w * (col + 0.5)
        y = top + 125 + cell_h * (row + 0.5)
        colour = RED if col == 6 else INK
        if number == day:
            draw.ellipse((x - 26, y - 26, x + 26, y + 26), outline=TEAL, width=6)
        draw.text((x, y), str(number), fill=colour, font=font, anchor="mm")
    return image


def document_stack(seed=1, width=1200, height=675, header=NAVY):
    """A fan of three sheets of paper; the top one has a coloured title band and a round seal."""
    rng = random.Random(seed)
    image, draw = _canvas(width, height, (233, 230, 240))
    for index, shift in enumerate((-170, -60, 60)):
        x0 = width / 2 - 190 + shift + (40 if index == 2 else 0)
        y0 = height * 0.1 + index * 18
        _sheet(draw, (x0, y0, x0 + 380, y0 + 500), rng, header=header if index == 2 else None, lines=12)
    x, y = width / 2 + 190, height * 0.72
    draw.ellipse((x - 48, y - 48, x + 48, y + 48), fill=RED + (210,))
    draw.ellipse((x - 32, y - 32, x + 32, y + 32), outline=(255, 255, 255, 200), width=4)
    return image


def network(seed=1, width=1200, height=675, palette="sea"):
    """Points of several colours joined by lines around a larger centre: a network of institutions."""
    rng = random.Random(seed)
    image, draw = _canvas(width, height, (236, 242, 246))
    colours = PALETTES[palette]
    centre = (width / 2, height / 2)
    nodes = []
    for ring, count in ((0.22, 6), (0.38, 9)):
        offset = rng.random()
        for index in range(count):
            angle = 2 * math.pi * (index + offset) / count
            nodes.append(
                (centre[0] + math.cos(angle) * height * ring * 1.6, centre[1] + math.sin(angle) * height * ring)
            )
    for index, (x, y) in enumerate(nodes):
        draw.line((centre, (x, y)), fill=(120, 140, 160, 120), width=3)
        neighbour = nodes[(index + 1) % len(nodes)]
        draw.line(((x, y), neighbour), fill=(120, 140, 160, 90), width=2)
    for index, (x, y) in enumerate(nodes):
        radius = rng.randint(18, 30)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colours[index % len(colours)])
    draw.ellipse((centre[0] - 60, centre[1] - 60, centre[0] + 60, centre[1] + 60), fill=RED)
    draw.ellipse((centre[0] - 30, centre[1] - 30, centre[0] + 30, centre[1] + 30), fill=(255, 255, 255))
    return image


def training_room(seed=1, width=1200, height=675):
    """A screen with a bar chart above rows of chairs: a training session seen from the back."""
    rng = random.Random(seed)
    image, draw = _canvas(width, height, (238, 233, 224))
    draw.rectangle((0, height * 0.62, width, height), fill=(205, 196, 182))
    screen = (width * 0.25, height * 0.08, width * 0.75, height * 0.5)
    draw.rectangle(screen, fill=(255, 255, 255), outline=(80, 80, 80), width=6)
    bars = 6
    span = (screen[2] - screen[0] - 80) / bars
    for index in range(bars):
        bar_height = (screen[3] - screen[1] - 60) * (0.3 + 0.7 * rng.random())
        x = screen[0] + 40 + index * span
        colour = PALETTES["classic"][index % 5]
        draw.rectangle((x + 10, screen[3] - 30 - bar_height, x + span - 10, screen[3] - 30), fill=colour)
    draw.line((screen[0] + 30, screen[3] - 30, screen[2] - 30, screen[3] - 30), fill=INK, width=3)
    for row in range(3):
        y = height * (0.66 + row * 0.11)
        count = 6 + row
        for index in range(count):
            x = width * 0.5 + (index - (count - 1) / 2) * 130
            draw.rounded_rectangle((x - 48, y, x + 48, y + 62), radius=16, fill=NAVY if (index + row) % 3 else TEAL)
    return image


def speech_bubbles(seed=1, width=1200, height=675):
    """Overlapping speech bubbles in several colours: a conversation, a consultation."""
    rng = random.Random(seed)
    image, draw = _canvas(width, height, (246, 240, 230))
    colours = PALETTES["spring"] + [NAVY]
    for index in range(6):
        w, h = rng.randint(260, 380), rng.randint(150, 210)
        x = 80 + (index % 3) * (width - 200) / 3 + rng.randint(-20, 40)
        y = 70 + (index // 3) * (height - 160) / 2 + rng.randint(-10, 40)
        colour = colours[index % len(colours)]
        draw.rounded_rectangle((x, y, x + w, y + h), radius=40, fill=colour + (215,))
        tail_x = x + (w * 0.25 if index % 2 else w * 0.7)
        draw.polygon([(tail_x, y + h - 5), (tail_x + 50, y + h - 5), (tail_x + 10, y + h + 50)], fill=colour + (215,))
        for line in range(3):
            length = w - 80 - (rng.randint(0, 80) if line == 2 else 0)
            draw.rounded_rectangle(
                (x + 40, y + 40 + line * 36, x + 40 + length, y + 54 + line * 36), radius=7, fill=(255, 255, 255, 190)
            )
    return image


def milestone_road(seed=1, width=1200, height=675):
    """A road winding up green hills to a flag on the horizon, with a milestone by the road."""
    rng = random.Random(seed)
    image, draw = _canvas(width, height, SKY)
    draw.ellipse((width * 0.78, height * 0.08, width * 0.78 + 90, height * 0.08 + 90), fill=(255, 214, 90))
    for index, colour in enumerate([(150, 196, 130), (118, 172, 104), GREEN]):
        y = height * (0.42 + index * 0.12)
        draw.ellipse((-width * 0.3 + index * 200, y, width * 1.2 - index * 150, y + height), fill=colour)
    points = []
    steps = 160
    for step in range(steps + 1):
        t = step / steps
        x = width * (0.5 + 0.18 * math.sin(t * 3 * math.pi + seed)) * (1 - t * 0.1) + t * 60
        y = height - t * height * 0.55
        radius = 45 * (1 - t) + 4
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(235, 225, 200))
        points.append((x, y))
    fx, fy = points[-1]
    draw.line((fx, fy, fx, fy - 90), fill=INK, width=5)
    draw.polygon([(fx, fy - 90), (fx + 60, fy - 75), (fx, fy - 60)], fill=RED)
    sx, sy = width * 0.2, height * 0.72
    draw.rounded_rectangle(
        (sx, sy, sx + 90, sy + 120), radius=30, fill=(170, 170, 165), outline=(120, 120, 115), width=4
    )
    draw.text((sx + 45, sy + 55), "2", fill=(255, 255, 255), font=_font(48), anchor="mm")
    for _flower in range(25):
        x, y = rng.randint(0, width), rng.randint(int(height * 0.75), height)
        draw.ellipse((x - 5, y - 5, x + 5, y + 5), fill=rng.choice([(255, 255, 255), (255, 220, 80), (240, 120, 140)]))
    return image


def town(seed=1, width=1200, height=675):
    """Simple houses, a school with a clock and trees along a street: a municipality."""
    rng = random.Random(seed)
    image, draw = _canvas(width, height, SKY)
    draw.rectangle((0, height * 0.78, width, height), fill=(150, 190, 130))
    draw.rectangle((0, height * 0.84, width, height * 0.9), fill=(190, 190, 185))
    base = height * 0.8
    x = 30
    for kind in ("house", "tree", "school", "house", "tree", "house", "house"):
        if kind == "school":
            # The school: wide, with a clock in the gable.
            w, h = 260, 200
            draw.rectangle((x, base - h, x + w, base), fill=(230, 200, 150))
            draw.polygon([(x - 15, base - h), (x + w / 2, base - h - 90), (x + w + 15, base - h)], fill=(160, 70, 60))
            clock_x, clock_y = x + w / 2, base - h - 29
            draw.ellipse((clock_x - 26, clock_y - 26, clock_x + 26, clock_y + 26), fill=PAPER, outline=INK, width=3)
            draw.line((clock_x, clock_y, clock_x, clock_y - 18), fill=INK, width=3)
            draw.line((clock_x, clock_y, clock_x + 13, clock_y + 4), fill=INK, width=3)
            for window in range(4):
                wx = x + 25 + window * 60
                draw.rectangle((wx, base - h + 40, wx + 35, base - h + 90), fill=(170, 210, 240))
            draw.rectangle((x + w / 2 - 25, base - 70, x + w / 2 + 25, base), fill=(120, 80, 50))
            x += w + 40
        elif kind == "house":
            w, h = rng.randint(110, 150), rng.randint(100, 150)
            colour = rng.choice([(240, 220, 190), (200, 225, 235), (245, 200, 170), (225, 235, 200)])
            draw.rectangle((x, base - h, x + w, base), fill=colour)
            draw.polygon([(x - 10, base - h), (x + w / 2, base - h - 60), (x + w + 10, base - h)], fill=(180, 80, 60))
            draw.rectangle((x + 20, base - h + 25, x + 50, base - h + 55), fill=(170, 210, 240))
            draw.rectangle((x + w - 50, base - 60, x + w - 22, base), fill=(120, 80, 50))
            x += w + 35
        else:
            draw.rectangle((x + 30, base - 70, x + 42, base), fill=(110, 80, 50))
            draw.ellipse((x, base - 150, x + 72, base - 55), fill=GREEN)
            x += 100
    return image


# The demo's illustrations: key → title, truthful alternative text, drawing, file name.
ILLUSTRATIONS = {
    "stol-obrad": (
        "Ilustracja: stół obrad",
        "Ilustracja: owalny drewniany stół widziany z góry, wokół dziesięć kolorowych krzeseł, "
        "na stole kartki papieru i kubki",
        lambda: meeting_table(seed=2),
    ),
    "krag-krzesel": (
        "Ilustracja: krąg krzeseł wokół stolika",
        "Ilustracja: osiem kolorowych krzeseł ustawionych w krąg wokół okrągłego stolika, "
        "na którym leżą kolorowe karteczki",
        lambda: circle_of_chairs(seed=3),
    ),
    "kalendarz": (
        "Ilustracja: kartka kalendarza",
        "Ilustracja: kartka ściennego kalendarza z napisem „Wrzesień” i zakreślonym w kółko dniem 14",
        lambda: calendar_page(day=14, month="WRZESIEŃ", seed=2),
    ),
    "dokumenty": (
        "Ilustracja: plik dokumentów",
        "Ilustracja: trzy rozłożone wachlarzem kartki z liniami tekstu, na wierzchniej granatowy pasek "
        "tytułu i czerwona okrągła pieczęć",
        lambda: document_stack(seed=4),
    ),
    "siec-wspolpracy": (
        "Ilustracja: sieć współpracy",
        "Ilustracja: kolorowe punkty połączone liniami ze sobą i z większym czerwonym punktem pośrodku",
        lambda: network(seed=5),
    ),
    "sala-szkoleniowa": (
        "Ilustracja: sala szkoleniowa",
        "Ilustracja: sala widziana od tyłu – trzy rzędy krzeseł przed ekranem, na którym wyświetlono "
        "kolorowy wykres słupkowy",
        lambda: training_room(seed=6),
    ),
    "dymki-rozmowy": (
        "Ilustracja: dymki rozmowy",
        "Ilustracja: sześć kolorowych dymków komiksowych z białymi liniami tekstu",
        lambda: speech_bubbles(seed=7),
    ),
    "kamien-milowy": (
        "Ilustracja: droga do celu",
        "Ilustracja: droga wijąca się przez zielone wzgórza do czerwonej flagi na horyzoncie; "
        "przy drodze szary kamień milowy z cyfrą 2",
        lambda: milestone_road(seed=8),
    ),
    "gmina": (
        "Ilustracja: ulica w gminie",
        "Ilustracja: ulica z czterema kolorowymi domami o czerwonych dachach, szkołą z zegarem w szczycie "
        "i dwoma drzewami",
        lambda: town(seed=9),
    ),
    "kola-wiosna": (
        "Ilustracja: koła współpracy",
        "Ilustracja: pięć nachodzących na siebie kół w kolorach zieleni, turkusu, żółci, fioletu "
        "i pomarańczu wokół białego środka",
        lambda: cooperation_circles(seed=11, width=1200, height=675, palette="spring"),
    ),
}
