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
    for spot in (home, *places):
        x, y = spot["xy"]
        left_of_dot = spot is home or x > box[0] + box[2] * 0.8
        spot.update(
            x=round(x, 2),
            y=round(y, 2),
            label_x=round(x - 5 * scale if left_of_dot else x + 5 * scale, 2),
            anchor="end" if left_of_dot else "start",
        )
    return {
        "home": home,
        "places": places,
        "view_box": " ".join(f"{v:g}" for v in box),
        "radius": round(3 * scale, 2),
        "font_size": round(8 * scale, 2),
        "dy": round(2.7 * scale, 2),
        "zoomed": zoom,
        "width": WIDTH,
        "height": HEIGHT,
    }
