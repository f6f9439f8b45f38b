"""Pictures of the demo site, drawn by Pillow when the demo loads: landscapes, emblems, a portrait
placeholder and partner word-marks. Made by this project and dedicated to the public domain (CC0),
so the demo ships no third-party picture; the same name always draws the same picture."""

import io
import math
import random

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as Picture
from PIL import ImageChops, ImageDraw, ImageFont
from wagtail.images import get_image_model

HERO_SIZE = (1600, 900)
EMBLEM_SIZE = (480, 480)
PORTRAIT_SIZE = (600, 600)
LOGO_SIZE = (720, 240)

# Colours by landscape: sky top, sky bottom, the hills from far to near, sea (or None).
PALETTES = {
    "boreal": ("#9cc6de", "#e8f1f2", ["#7d9fa8", "#4f7f72", "#2f5f4f", "#173f33"], "#5f8fa8"),
    "tropical": ("#f2b872", "#fbe6c4", ["#9dbb7a", "#5f9a5a", "#2f7a48", "#175a35"], "#3f9fa8"),
    "atlantic_forest": ("#a8d0c0", "#eef6ee", ["#88b08a", "#4f8f5f", "#2f6f45", "#154f30"], None),
    "mediterranean": ("#f0c8a0", "#fdf1de", ["#c8a878", "#9a9a5f", "#6f7f45", "#3f5a2f"], "#4f8fb8"),
    "temperate": ("#b8d0e8", "#f2f6f8", ["#9ab8a0", "#6f9a6f", "#45784a", "#25552f"], None),
    "coast": ("#c0d8f0", "#f4f0e8", ["#a0b8b0", "#6f9a88", "#3f7a62", "#1f5a45"], "#3f7fb0"),
    "fynbos": ("#f5c890", "#fdefd8", ["#b09a80", "#9a8a5f", "#7a7a3f", "#4a5a2a"], "#4a88b0"),
    "dawn": ("#f7b7a3", "#fde9d9", ["#b3a6c9", "#6f8fa0", "#3f6f5f", "#17634a"], None),
}


# What each kind of landscape shows, as its alternative text (translated in home.demo_translations).
DESCRIPTIONS = {
    "dawn": "Illustration: green hills and a rising sun under a pink dawn sky",
    "boreal": "Illustration: dark forested hills under a clear blue sky",
    "tropical": "Illustration: green hills by a turquoise sea under a golden sky",
    "atlantic_forest": "Illustration: rolling green forest hills under a pale sky",
    "mediterranean": "Illustration: olive-green hills by a blue sea at sunset",
    "temperate": "Illustration: wooded green hills under a soft blue sky",
    "coast": "Illustration: green coastal hills above a blue sea",
    "fynbos": "Illustration: ochre and olive hills under a warm evening sky",
}
PORTRAIT_DESCRIPTION = "Illustrated placeholder portrait: a silhouette on a green background"


def _hex(colour):
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _font(size):
    # Pillow's own scalable font: the pictures look the same on every machine.
    return ImageFont.load_default(size=size)


def landscape(seed, palette_name, size=HERO_SIZE):
    """Layered hills under a sky with a sun, over the sea where the palette has one."""
    rng = random.Random(seed)
    sky_top, sky_bottom, hills, sea = PALETTES[palette_name]
    width, height = size
    picture = Picture.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    top, bottom = _hex(sky_top), _hex(sky_bottom)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_mix(top, bottom, y / height))
    sun_x, sun_y = rng.uniform(0.15, 0.85) * width, rng.uniform(0.18, 0.35) * height
    radius = height * 0.09
    draw.ellipse([sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius], fill="#fff6d8")
    if sea:
        draw.rectangle([0, height * 0.62, width, height], fill=sea)
    for layer, colour in enumerate(hills):
        base = height * (0.45 + 0.13 * layer) + (height * 0.08 if sea and layer == 0 else 0)
        amplitude = height * (0.10 - 0.015 * layer)
        waves = [(rng.uniform(1, 3.5), rng.uniform(0, 2 * math.pi)) for _ in range(3)]
        points = [(0, height)]
        for x in range(0, width + 20, 20):
            t = x / width
            y = base - amplitude * sum(
                math.sin(2 * math.pi * f * t + p) / (i + 1) for i, (f, p) in enumerate(waves)
            )
            points.append((x, y))
        points.append((width, height))
        draw.polygon(points, fill=colour)
        if layer == len(hills) - 1:
            # A few trees on the nearest hill, for scale.
            for _ in range(rng.randint(5, 9)):
                x = rng.uniform(0, width)
                ground = min(y for px, y in points[1:-1] if abs(px - x) < 20)
                tall = rng.uniform(0.06, 0.11) * height
                draw.polygon(
                    [(x - tall / 4, ground + 4), (x, ground - tall), (x + tall / 4, ground + 4)],
                    fill="#0d3b2e",
                )
    return picture


def emblem(initials, colours, size=EMBLEM_SIZE):
    """A shield in two colours with the region's initials."""
    width, height = size
    picture = Picture.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    left, right, top = width * 0.12, width * 0.88, height * 0.08
    shield = [
        (left, top),
        (right, top),
        (right, height * 0.55),
        (width / 2, height * 0.94),
        (left, height * 0.55),
    ]
    draw.polygon(shield, fill=colours[0], outline="#ffffff", width=10)
    draw.polygon(
        [(width / 2, top + 8), (right - 8, top + 8), (right - 8, height * 0.55), (width / 2, height * 0.9)],
        fill=colours[1],
    )
    draw.polygon(shield, outline="#0d3b2e", width=6)
    draw.text(
        (width / 2, height * 0.45),
        initials,
        font=_font(150),
        fill="#ffffff",
        anchor="mm",
        stroke_width=4,
        stroke_fill="#0d3b2e",
    )
    return picture


def portrait(size=PORTRAIT_SIZE):
    """An illustrated silhouette on a soft round ground: plainly a placeholder, not a person's face."""
    width, height = size
    picture = Picture.new("RGB", size, "#e3f1ea")
    draw = ImageDraw.Draw(picture)
    for step in range(40):
        inset = step * width / 110
        draw.ellipse(
            [inset, inset, width - inset, height - inset],
            fill=_mix(_hex("#c9e4d6"), _hex("#e3f1ea"), step / 40),
        )
    draw.ellipse([width * 0.18, height * 0.62, width * 0.82, height * 1.25], fill="#17634a")
    draw.ellipse([width * 0.33, height * 0.2, width * 0.67, height * 0.6], fill="#0d3b2e")
    return picture


def word_mark(lines, colour, size=LOGO_SIZE):
    """A partner's name set as a word-mark beside a leaf: never the partner's real logo."""
    width, height = size
    picture = Picture.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse([24, 40, 184, 200], fill=colour)
    # A leaf: where two discs overlap, turned on its side, with its stem.
    first, second = Picture.new("L", (160, 160), 0), Picture.new("L", (160, 160), 0)
    ImageDraw.Draw(first).ellipse([-40, 20, 120, 180], fill=255)
    ImageDraw.Draw(second).ellipse([40, -20, 200, 140], fill=255)
    leaf = ImageChops.multiply(first, second)
    picture.paste("#ffffff", (24, 40), leaf)
    draw.line([(64, 170), (96, 128)], fill="#ffffff", width=6)
    size_px = 48
    while size_px > 16 and max(_font(size_px).getlength(line) for line in lines) > width - 230:
        size_px -= 2
    font = _font(size_px)
    line_height = size_px * 1.25
    y = height / 2 - line_height * len(lines) / 2
    for line in lines:
        draw.text((210, y), line, font=font, fill="#1b1f1d")
        y += line_height
    return picture


def demo_image(title, description, picture, fmt="JPEG"):
    """The library image of this title, saved from `picture` when the library has none."""
    model = get_image_model()
    existing = model.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    if fmt == "JPEG":
        picture.convert("RGB").save(buffer, fmt, quality=86, optimize=True)
    else:
        picture.save(buffer, fmt, optimize=True)
    name = slugify(title) + (".jpg" if fmt == "JPEG" else ".png")
    image = model(title=title, description=description)
    image.file = ImageFile(buffer, name=name)
    image.save()
    return image


def landscape_image(name, palette_name):
    """A library image of a landscape for the page called `name`, described for screen readers."""
    return demo_image(f"{name} (demo landscape)", DESCRIPTIONS[palette_name], landscape(name, palette_name))


def emblem_image(name, initials, colours):
    return demo_image(f"{name} (demo emblem)", f"Emblem: {name}", emblem(initials, colours), fmt="PNG")


def portrait_image(name):
    return demo_image(f"{name} (placeholder portrait)", PORTRAIT_DESCRIPTION, portrait())


def logo_image(name, lines, colour):
    return demo_image(f"{name} (demo word-mark)", f"Logo of the {name}", word_mark(lines, colour), fmt="PNG")
