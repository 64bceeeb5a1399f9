"""One of two processes writing the same database at once (tests/reliability/test_two_writers.py).

  race_worker.py DATA_DIR edit N     N edits of bhyt in 2026 (refused ones counted, not fatal)
  race_worker.py DATA_DIR cycle N    N times: complete, approve, reopen 2026
  race_worker.py DATA_DIR field F N  N writes of one field F of bhyt in 2026-Q1
  race_worker.py DATA_DIR fresh N    opens N new data folders DATA_DIR/0 … N-1, one after another
Prints "DONE ok refused" at the end.
"""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_app.core.errors import ChiTieuError  # noqa: E402
from desktop_app.services import Workspace  # noqa: E402

data_dir, mode = sys.argv[1], sys.argv[2]
ok = refused = 0
if mode == "fresh":  # the other process opens the same new folders at the same moments
    for n in range(int(sys.argv[3])):
        Workspace.open(Path(data_dir) / str(n), user="race-fresh").close()
        ok += 1
    print(f"DONE {ok} {refused}", flush=True)
    sys.exit(0)
ws = Workspace.open(data_dir, user=f"race-{mode}")


def attempt(action, *args, **kwargs) -> None:
    global ok, refused
    try:
        action(*args, **kwargs)
        ok += 1
    except ChiTieuError:  # frozen, not complete, busy: what a person would be told
        refused += 1


if mode == "edit":
    for n in range(int(sys.argv[3])):
        # every value valid (≤ the population, 10.000): a refusal says only that the period was frozen
        attempt(ws.set_entry, "2026", "bhyt", numerator=str(9000 + n % 1000))
        # spread over the other process's cycles, as a person's edits are: back to back, a burst of
        # refusals could fall whole inside the periods approved (reopening checks the history first),
        # and the test would see no edit at all (fresh-clone CI at 591bb67: 0 of 3.000)
        time.sleep(0.002)
elif mode == "cycle":
    for n in range(int(sys.argv[3])):
        attempt(ws.complete, "2026")
        attempt(ws.approve, "2026")
        attempt(ws.reopen, "2026", f"Vòng {n}")
else:
    field, count = sys.argv[3], int(sys.argv[4])
    for n in range(count):
        if field == "comment":
            attempt(ws.set_entry, "2026-Q1", "bhyt", comment=f"Ghi chú {n}")
        else:
            attempt(ws.set_entry, "2026-Q1", "bhyt", **{field: str(10_000 + n)})
ws.close()
print(f"DONE {ok} {refused}", flush=True)
