"""Stopping an import cleanly, and workers that never outlive it.

- `StopSignals`: the first SIGINT or SIGTERM asks the run to stop. The pipeline finishes the
  batch it is writing (a batch is one transaction: it commits whole), writes nothing more,
  records the run as interrupted with its counts, and the command exits without a traceback.
  A second signal stops at once: the batch being written is rolled back whole.
- `worker_init`: each worker process of the parse/extract pool asks Linux to kill it when its
  parent dies (prctl PR_SET_PDEATHSIG), so that even `kill -9` of the import leaves no worker
  running; workers ignore SIGINT (Ctrl-C reaches the whole process group: the parent decides).
  Where prctl is not available (not Linux), workers watch their parent instead between chunks.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class ImportInterrupted(Exception):
    """Raised between batches once the run was asked to stop; `signum` says by which signal."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.report = None  # the ImportReport so far, set by the pipeline


class StopSignals:
    """While active (a context manager, main thread only), SIGINT and SIGTERM set `requested`
    instead of killing the process; a second one raises at once."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self):
        self.requested: int | None = None
        self._previous: dict[int, object] = {}

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():
            for signum in self.SIGNALS:
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)

    def _handle(self, signum, frame) -> None:
        if self.requested is not None:
            raise ImportInterrupted(signum)  # second signal: stop now, the open batch rolls back
        self.requested = signum

    def check(self) -> None:
        """Raise ImportInterrupted if a stop was asked (called between batches)."""
        if self.requested is not None:
            raise ImportInterrupted(self.requested)


def _die_with_parent() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


_PARENT: dict[str, int] = {}


def worker_init(parent_pid: int) -> None:
    """Initializer of every worker process (see the module docstring)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _PARENT["pid"] = parent_pid
    _die_with_parent()
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def parent_alive() -> bool:
    """For workers without prctl: is the import that started us still there?"""
    return not _PARENT or os.getppid() == _PARENT["pid"]
