#!/usr/bin/env python3
"""Draws the application icon as PNG files from the same shapes as
assets/icons/prevent-referral.svg, with no dependencies beyond Python.

    python3 packaging/make-icons.py
"""
import math
import struct
import zlib
from pathlib import Path

BLUE = (0x1D, 0x70, 0xB8)
WHITE = (0xFF, 0xFF, 0xFF)
YELLOW = (0xFF, 0xDD, 0x00)
BLACK = (0x0B, 0x0C, 0x0C)
LINE = (0x50, 0x5A, 0x5F)


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def in_round_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return math.hypot(x - cx, y - cy) <= r


def colour_at(x, y):
    """The icon on a 256 x 256 canvas, as in the SVG."""
    if not in_round_rect(x, y, 8, 8, 248, 248, 40):
        return None
    c = BLUE
    # The page, with its top-right corner folded.
    if 56 <= x <= 176 and 40 <= y <= 208 and not (x - 146 > y - 40 and x > 146 and y < 70):
        c = WHITE
        for ly in (96, 124, 152):
            if 76 <= x <= 156 and abs(y - ly) <= 5:
                c = LINE
        if 76 <= x <= 120 and abs(y - 180) <= 5:
            c = LINE
    # The check mark in a yellow circle.
    if math.hypot(x - 184, y - 184) <= 48:
        c = YELLOW
        if min(seg_dist(x, y, 160, 186, 178, 204), seg_dist(x, y, 178, 204, 210, 166)) <= 8:
            c = BLACK
    return c


def render(size, samples=4):
    rows = []
    scale = 256 / size
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(samples):
                for si in range(samples):
                    x = (i + (si + 0.5) / samples) * scale
                    y = (j + (sj + 0.5) / samples) * scale
                    c = colour_at(x, y)
                    if c:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 255
            n = samples * samples
            a = acc[3] / n
            if a:
                row += bytes([round(acc[0] * 255 / acc[3]), round(acc[1] * 255 / acc[3]), round(acc[2] * 255 / acc[3]), round(a)])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "assets" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in (512, 256, 128, 64, 48, 32, 24, 16):
        (out / f"prevent-referral-{size}.png").write_bytes(render(size))
        print(f"wrote prevent-referral-{size}.png")
