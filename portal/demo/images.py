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


def _font(size):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def cooperation_circles(seed, width=1600, height=900):
    """Overlapping circles on a soft background: institutions meeting around one family."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), SAND)
    draw = ImageDraw.Draw(image, "RGBA")
    centre_x, centre_y = width // 2, height // 2
    for index, colour in enumerate([NAVY, TEAL, RED, (90, 60, 140), (200, 120, 20)]):
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
