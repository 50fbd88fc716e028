import datetime

import pytest

from milestones.dates import date_range_html, date_range_text

D = datetime.date


@pytest.mark.parametrize(
    ("start", "end", "german", "english"),
    [
        (D(2023, 9, 20), D(2023, 9, 22), "20.–22.09.2023", "20–22 September 2023"),
        (D(2024, 7, 2), None, "02.07.2024", "2 July 2024"),
        (D(2024, 7, 2), D(2024, 7, 2), "02.07.2024", "2 July 2024"),
        (D(2023, 9, 30), D(2023, 10, 2), "30.09.–02.10.2023", "30 September – 2 October 2023"),
        (D(2023, 12, 30), D(2024, 1, 2), "30.12.2023–02.01.2024", "30 December 2023 – 2 January 2024"),
    ],
)
def test_date_ranges_read_naturally_in_each_language(start, end, german, english):
    assert date_range_text(start, end, "de") == german
    assert date_range_text(start, end, "en") == english


def test_date_ranges_are_machine_readable():
    html = date_range_html(D(2023, 9, 20), D(2023, 9, 22), "en")
    assert (
        html == '<time datetime="2023-09-20">20</time>–<time datetime="2023-09-22">22 September 2023</time>'
    )
