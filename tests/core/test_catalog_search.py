"""Finding a unit the way officers type its name."""
import pytest

from desktop_app.core.catalog import fold
from desktop_app.resources import default_catalog

CAT = default_catalog()


def names(query):
    return [c.name for c in CAT.find_communes(query)]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("tan cuong", "Xã Tân Cương"),
        ("dai phuc", "Xã Đại Phúc"),
        ("TÂN CƯƠNG", "Xã Tân Cương"),
        ("Phở Yên", "Phường Phổ Yên"),  # the seed's spelling
        ("pho yen", "Phường Phổ Yên"),
        ("Định Hoá", "Xã Định Hóa"),  # the other accent placement
        ("Định Hóa", "Xã Định Hóa"),
        ("Diêm Thụy", "Xã Điềm Thụy"),
        ("05503", "Xã Tân Cương"),
    ],
)
def test_search_finds_the_official_unit(query, expected):
    """Without accents, in capitals, in the seed's spelling or by code: the official unit comes first."""
    assert names(query)[0] == expected


def test_search_shows_both_units_when_two_match():
    """"van lang" matches Xã Văn Lăng and Xã Văn Lang: both are listed."""
    assert set(names("van lang")[:2]) == {"Xã Văn Lăng", "Xã Văn Lang"}


def test_seed_spelling_with_accents_resolves_to_one_unit():
    """The seed's "Văn Lãng" is Xã Văn Lăng (05665), not Xã Văn Lang."""
    assert CAT.resolve_commune("Văn Lãng").code == "05665"
    assert CAT.resolve_commune("Xã Văn Lang").code == "02143"


def test_fold_removes_accents_and_d_stroke():
    """Đ becomes d and both accent placements of "Hoá"/"Hóa" fold alike."""
    assert fold("Xã Đại Phúc") == "xa dai phuc"
    assert fold("Hoá") == fold("Hóa") == "hoa"


def test_prefix_only_search_lists_every_ward():
    """Typing "phuong" lists the 15 wards."""
    assert len([n for n in names("phuong") if n.startswith("Phường")]) == 15
