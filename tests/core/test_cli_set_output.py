"""`chitieu set` prints a rate as the report does: "88,24%", not "88,24 %"."""
from tests.core.test_cli import chitieu, cli_dir  # noqa: F401  (fixtures)


def test_set_prints_a_rate_without_a_space_before_the_percent_sign(cli_dir, chitieu):  # noqa: F811
    r = chitieu(cli_dir, "set", "--period", "2026", "--indicator", "bhyt", "--numerator", "8.824",
                "--denominator", "10.000")
    assert r.returncode == 0, r.stderr
    assert "→ 88,24% |" in r.stdout
    r = chitieu(cli_dir, "set", "--period", "2026", "--indicator", "thu_ngan_sach", "--value", "52.000")
    assert "→ 52.000 triệu đồng |" in r.stdout
