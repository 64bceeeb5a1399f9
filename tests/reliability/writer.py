"""A writer that prints "ACK n" only after edit n has been committed; killed by the test."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_app.services import Workspace  # noqa: E402

data_dir, start = sys.argv[1], int(sys.argv[2])
ws = Workspace.open(data_dir, user="writer")
periods = ["2026-Q1", "2026-6M", "2026-9M", "2026"]
n = start
while True:
    ws.set_entry(periods[n % 4], "thu_ngan_sach", value=str(n), comment=f"lần {n}")
    print(f"ACK {n}", flush=True)
    n += 1
