"""Places on the site's own world map (static/img/world.svg): no map service is asked for tiles.

The map is equirectangular from 180° W to 180° E and from 85° N to 60° S, one unit per degree,
the same projection scripts/build_world_map.py draws the land with. A map of one partnership is
the same picture, zoomed by its view box to Arnsberg and the partner city.
"""

from decimal import Decimal

WIDTH, NORTH, SOUTH = 360, 85, -60
HEIGHT = NORTH - SOUTH
ARNSBERG = {"name": "Arnsberg", "latitude": Decimal("51.39670"), "longitude": Decimal("8.06440")}


def position(latitude, longitude) -> tuple[float, float]:
    return float(longitude) + 180, NORTH - float(latitude)


def view_box(points, zoom: bool) -> tuple[float, float, float, float]:
    """The whole world, or the smallest 2:1 frame around the points with room for labels."""
    if not zoom:
        return 0, 0, WIDTH, HEIGHT
    xs, ys = [x for x, _ in points], [y for _, y in points]
    width = max(max(xs) - min(xs) + 40, 2 * (max(ys) - min(ys) + 20), 60)
    height = width / 2
    left = min(max(0, (min(xs) + max(xs)) / 2 - width / 2), WIDTH - width)
    top = min(max(0, (min(ys) + max(ys)) / 2 - height / 2), HEIGHT - height)
    return (
        round(max(0, left), 2),
        round(max(0, top), 2),
        round(min(width, WIDTH), 2),
        round(min(height, HEIGHT), 2),
    )


def partner_map(partnerships, zoom: bool = False) -> dict:
    home = {"name": ARNSBERG["name"], "xy": position(ARNSBERG["latitude"], ARNSBERG["longitude"])}
    places = [
        {"name": p.city, "xy": position(p.latitude, p.longitude)}
        for p in partnerships
        if p.latitude is not None and p.longitude is not None
    ]
    box = view_box([home["xy"], *(p["xy"] for p in places)], zoom)
    # Markers and labels keep their size on screen when zoomed; a zoomed map is drawn narrower
    # (beside the facts), so its units are doubled.
    scale = box[2] / WIDTH * (2 if zoom else 1)
    # On a phone the world map's labels are drawn at 12 units (site.css), not 8: room is kept for that.
    label_size = 8 * scale if zoom else 12
    placed: list[tuple[float, float, float, float]] = []
    for spot in (home, *places):
        x, y = spot["xy"]
        spot.update(x=round(x, 2), y=round(y, 2))
        spot.update(_label_place(spot, x, y, scale, label_size, box, placed, first=spot is home))
    return {
        "home": home,
        "places": places,
        "view_box": " ".join(f"{v:g}" for v in box),
        "radius": round(3 * scale, 2),
        "font_size": round(8 * scale, 2),
        "zoomed": zoom,
        "width": WIDTH,
        "height": HEIGHT,
    }


def _label_place(spot, x, y, scale, size, box, placed, first) -> dict:
    """Where a place's name goes: beside its dot (left near the right edge, and for Arnsberg), else
    above or below it where beside would cover a name already placed (Warren and Arnsberg lie on
    nearly one line of latitude)."""
    width, gap = 0.62 * size * len(spot["name"]), 5 * scale
    left_first = first or x > box[0] + box[2] * 0.8
    sides = [("end", x - gap, y), ("start", x + gap, y)]
    candidates = [
        *(sides if left_first else sides[::-1]),
        ("middle", x, y - gap - size / 2),
        ("middle", x, y + gap + size / 2),
    ]
    for anchor, label_x, label_y in candidates:
        left = {"end": label_x - width, "start": label_x, "middle": label_x - width / 2}[anchor]
        rect = (left, label_y - size / 2, left + width, label_y + size / 2)
        if not any(_overlap(rect, other) for other in placed):
            break
    placed.append(rect)
    # The text is centred on label_y (dominant-baseline: central), whatever size a screen draws it at.
    return {"label_x": round(label_x, 2), "label_y": round(label_y, 2), "anchor": anchor}


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
