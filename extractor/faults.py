"""A test hook for kill tests, at the bottom of the package so any stage may call it."""
from __future__ import annotations

import os
import signal

_KILL_SEEN: dict[str, int] = {}


def kill_point(stage: str) -> None:
    """Tests only: CCHC_TEST_KILL_AT=stage[:n] kills this process (SIGKILL, no cleanup)
    the n-th time (default 1st) it passes `stage`, to prove a kill there loses nothing."""
    want = os.environ.get("CCHC_TEST_KILL_AT")
    if not want:
        return
    name, _, nth = want.partition(":")
    if name != stage:
        return
    _KILL_SEEN[stage] = _KILL_SEEN.get(stage, 0) + 1
    if _KILL_SEEN[stage] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


