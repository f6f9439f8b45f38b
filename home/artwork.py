"""The site's mark (a leaf on a green tile) drawn with Pillow: the icons under static/ and the demo's
default share card are made from it, so no picture is downloaded or licensed from elsewhere."""

import io
import math

from PIL import Image, ImageDraw, ImageFont

GREEN = "#0d3b2e"  # --green-900 of site.css, the theme colour of the web app manifest
LEAF = "#e3f1ea"  # --green-100
VEIN = "#17634a"  # --green-700

# The leaf, in a 64-unit square: the lens between two circles through its tip and stem, the
# same shape as static/icons/icon.svg draws with two arcs.
LEAF_STEM, LEAF_TIP, LEAF_RADIUS = (16, 48), (48, 16), 32


def leaf_outline(scale, steps=48):
    """Points of the leaf's outline, scaled from the 64-unit square."""
    (x1, y1), (x2, y2) = LEAF_STEM, LEAF_TIP
    half = math.dist(LEAF_STEM, LEAF_TIP) / 2
    middle = ((x1 + x2) / 2, (y1 + y2) / 2)
    # Each arc's centre lies on the perpendicular bisector of stem and tip, on either side.
    offset = math.sqrt(LEAF_RADIUS**2 - half**2)
    normal = ((y2 - y1) / (2 * half), (x1 - x2) / (2 * half))
    points = []
    for side in (1, -1):
        cx, cy = middle[0] + side * offset * normal[0], middle[1] + side * offset * normal[1]
        start = math.atan2(y1 - cy, x1 - cx)
        sweep = math.atan2(y2 - cy, x2 - cx) - start
        sweep = (sweep + math.pi) % (2 * math.pi) - math.pi
        ends = range(steps + 1) if side == 1 else range(steps, -1, -1)
        points += [
            (
                (cx + LEAF_RADIUS * math.cos(start + sweep * i / steps)) * scale,
                (cy + LEAF_RADIUS * math.sin(start + sweep * i / steps)) * scale,
            )
            for i in ends
        ]
    return points


def draw_mark(size):
    """The mark as a square RGBA image of `size` pixels: a rounded green tile with the leaf."""
    # Drawn four times larger and scaled down, for smooth edges.
    big = size * 4
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 12 // 64, fill=GREEN)
    scale = big / 64
    draw.polygon(leaf_outline(scale), fill=LEAF)
    draw.line([(c * scale) for c in (*LEAF_STEM, *LEAF_TIP)], fill=VEIN, width=max(1, round(3 * scale)))
    return image.resize((size, size), Image.Resampling.LANCZOS)


def share_card(title, subtitle):
    """A 1200 × 630 JPEG (the Open Graph size) with the mark, `title` and `subtitle`, as bytes."""
    card = Image.new("RGB", (1200, 630), GREEN)
    mark = draw_mark(240)
    card.paste(mark, (90, 195), mark)
    draw = ImageDraw.Draw(card)
    draw.text((390, 200), title, fill="#ffffff", font=ImageFont.load_default(size=120))
    font = ImageFont.load_default(size=38)
    lines, line = [], ""
    for word in subtitle.split():
        if line and draw.textlength(f"{line} {word}", font=font) > 720:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    draw.multiline_text((395, 350), "\n".join([*lines, line]), fill=LEAF, font=font, spacing=12)
    buffer = io.BytesIO()
    card.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()
