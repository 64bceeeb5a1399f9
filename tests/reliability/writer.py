"""A writer that prints "ACK n" only after edit n has been committed; killed by the test.

  writer.py DATA_DIR START [COUNT]   COUNT edits (for ever without it)
It first prints the journal mode and the synchronous level its connection writes with.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_app.services import Workspace  # noqa: E402

data_dir, start = sys.argv[1], int(sys.argv[2])
count = int(sys.argv[3]) if len(sys.argv) > 3 else None
ws = Workspace.open(data_dir, user="writer")
conn = ws.store.conn
print(f"PRAGMAS {conn.execute('PRAGMA journal_mode').fetchone()[0]} "
      f"{conn.execute('PRAGMA synchronous').fetchone()[0]}", flush=True)
periods = ["2026-Q1", "2026-6M", "2026-9M", "2026"]
n = start
while count is None or n < start + count:
    ws.set_entry(periods[n % 4], "thu_ngan_sach", value=str(n), comment=f"lần {n}")
    print(f"ACK {n}", flush=True)
    n += 1
