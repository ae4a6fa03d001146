"""Files the app writes: atomic (an interrupted or failed save never leaves a damaged file
behind) and private (patient data is readable by its owner only, whatever the umask)."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PRIVATE_FILE = 0o600  # case files, drafts, PDFs, settings: owner read/write only
PRIVATE_DIR = 0o700  # the data and drafts folders: others cannot even list them
# Windows refuses to replace a file that another program holds open (a virus scanner or the
# search indexer reading the file just written): PermissionError with winerror 5 (access
# denied) or 32 (sharing violation). They let go within moments: retry for about 3 seconds.
RENAME_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)
_FILE_IN_USE = (5, 32)  # ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION


def write_atomic(path: str | Path, data: bytes, mode: int = PRIVATE_FILE) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, then replace `path`.

    The file ends up with `mode` (os.replace keeps the temporary file's mode, so it is set
    explicitly). If anything fails, `path` is left exactly as it was and the temporary file
    is removed.
    """

    def fill(temp: Path) -> None:
        with open(temp, "wb") as stream:
            stream.write(data)

    write_via_temp(path, fill, mode=mode)


def write_via_temp(
    path: str | Path,
    fill: Callable[[Path], None],
    check: Callable[[Path], None] | None = None,
    mode: int = PRIVATE_FILE,
) -> None:
    """Let `fill` write a temporary file beside `path`; `check` it (raising OSError if it is not
    complete), flush it to disk with `mode`, then rename it over `path` in one step.

    For writers that do not report errors themselves (QPdfWriter): what was not written
    completely never replaces anything. On any failure the temporary file is removed.
    """
    path = Path(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # name the file the user asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    os.close(handle)
    temp = Path(name)
    try:
        fill(temp)
        if check is not None:
            check(temp)
        descriptor = os.open(temp, os.O_RDWR)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(descriptor, mode)
            else:  # Windows before Python 3.13 (where mode bits are only the read-only flag)
                os.chmod(temp, mode)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        replace_retrying(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    sync_folder(path.parent)


def replace_retrying(source: Path, target: Path, sleep: Callable[[float], None] | None = None) -> None:
    """os.replace(source, target), retried while Windows reports `target` in use by another
    program; any other error, or the same one after the last retry, is raised."""
    for delay in (*RENAME_RETRY_DELAYS, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if delay is None or getattr(exc, "winerror", None) not in _FILE_IN_USE:
                raise
            (sleep or time.sleep)(delay)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; elsewhere the rename is all there is)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def private_dir(path: str | Path) -> Path:
    """Create `path` (and its parents) if needed and make it owner-only (0700), also when it
    already existed with wider permissions. OSError if it cannot be created or changed."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name == "posix" and (path.stat().st_mode & 0o777) != PRIVATE_DIR:
        path.chmod(PRIVATE_DIR)
    return path


def make_private(path: str | Path) -> None:
    """Owner read/write only (0600) for a file another library wrote (QSettings' ini file)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)


def check_writable(folder: str | Path) -> None:
    """Prove a file can be created and written in `folder` (a read-only folder or one that is
    not a folder raise OSError); nothing is left behind. Cheap: it runs at every start."""
    handle, name = tempfile.mkstemp(prefix=".ovcf-probe.", suffix=".tmp", dir=folder)
    try:
        os.write(handle, b"ok")
    finally:
        os.close(handle)
        with contextlib.suppress(OSError):
            os.unlink(name)
