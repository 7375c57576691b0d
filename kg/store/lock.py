"""One process at a time holds an embedded store: an exclusive lock on its owner file, which
names the holder for the message another process gets."""

from __future__ import annotations

import fcntl
import os
import sys
import time
from pathlib import Path
from typing import TextIO

from kg.errors import KgError

OWNER_FILE = "kg-owner.txt"  # who holds an embedded store open, for the message another process gets


def holds_store(path: Path) -> bool:
    """Whether a directory holds an embedded store (Oxigraph's RocksDB files)."""
    return (path / "CURRENT").is_file()


def lock(path: Path, location: str) -> TextIO:
    """Hold an exclusive lock on the owner file and write who holds it; the lock goes with the
    process (even a killed one), and a second process is told who has the store."""
    handle = open(path, "a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = ""
        for _ in range(50):  # the holder writes its name right after it got the lock
            handle.seek(0)
            holder = handle.read().strip()
            if holder:
                break
            time.sleep(0.02)
        handle.close()
        raise KgError(f"the store is in use by {holder or 'another process'}", location,
                      "wait for that process to finish, or use another --store") from None
    handle.truncate(0)
    handle.write(f"PID {os.getpid()} ({' '.join(sys.argv[:2])})\n")
    handle.flush()
    return handle
