"""Publication dates in wire formats met in unseen articles (invented texts): the agency between
slashes, a "Published:" field inside a pipe-separated line, KUNA's day-month dateline under a
month-only marker."""

import pytest

from text.dates import publication_date_found
from text.partial_date import PartialDate


@pytest.mark.parametrize(
    ("text", "marker", "expected", "rule"),
    [
        ("CAIRO, March 9, 2027. /TASS/. The ministers met on Tuesday.", None, (2027, 3, 9), "dateline"),
        ("ANKARA, Jan. 4, 2027 /Xinhua/ -- The delegations met on Monday.", None, (2027, 1, 4), "dateline"),
        ("Gulf Daily | Manama | Published: 3 Feb 2027 - 8:10 pm\n\nThe minister met them.", None, (2027, 2, 3), "meta"),
        ("المنامة - 21 - 6 (كونا) -- استقبل وزير الداخلية اليوم الوفد.", "2027-06", (2027, 6, 21), "dateline"),
        # the dateline's month contradicts the marker: the marker stands
        ("المنامة - 21 - 7 (كونا) -- استقبل وزير الداخلية اليوم الوفد.", "2027-06", (2027, 6, None), "marker"),
    ],
)
def test_wire_dates(text, marker, expected, rule):
    found, source = publication_date_found(text, marker=marker)
    assert (found, source) == (PartialDate(*expected), rule)


def test_a_day_month_dateline_without_a_marker_gives_no_year():
    found, _ = publication_date_found("المنامة - 21 - 6 (كونا) -- استقبل وزير الداخلية اليوم الوفد.")
    assert found is None or found.year is not None
