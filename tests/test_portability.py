"""The app's code runs on Windows as on Linux (clinic workstations mostly run Windows): no
POSIX-only module, call or constant without a platform guard, no hard-coded POSIX paths or
home-made user folders (data goes where Qt's standard locations say), and text files always
read and written with an explicit encoding (Windows' default is not UTF-8).

Read from the source, so it runs and fails on Linux too; the Windows CI job
(.github/workflows/windows.yml) runs the app itself there. Test tools (the LD_PRELOAD socket
shim, tests/support/) stay Linux-only and are not scanned."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

POSIX_MODULES = {"fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix", "crypt", "spwd", "syslog",
                 "readline", "curses"}
POSIX_OS = {
    "fork", "forkpty", "fchmod", "fchown", "chown", "lchown", "lchmod", "getuid", "geteuid", "getgid", "getegid",
    "getgroups", "setuid", "seteuid", "setgid", "setegid", "setsid", "getsid", "setpgrp", "getpgid", "setpgid",
    "killpg", "nice", "wait3", "wait4", "mkfifo", "mknod", "openpty", "sync", "statvfs", "fstatvfs", "uname",
    "ttyname", "pipe2", "posix_spawn", "posix_spawnp", "sched_getaffinity", "sched_setaffinity", "getloadavg",
    "fdatasync", "pathconf", "fpathconf", "sysconf", "confstr", "O_NOFOLLOW", "O_DIRECTORY", "O_CLOEXEC", "O_SYNC",
    "O_DSYNC", "O_NONBLOCK", "WNOHANG",
}  # os.fchmod reached Windows only in Python 3.13; the bundle ships 3.11
POSIX_SIGNAL = {
    "SIGKILL", "SIGHUP", "SIGALRM", "SIGUSR1", "SIGUSR2", "SIGCHLD", "SIGPIPE", "SIGQUIT", "SIGSTOP", "SIGCONT",
    "SIGTSTP", "SIGXFSZ", "alarm", "setitimer", "getitimer", "pause", "siginterrupt", "sigwait", "pthread_kill",
}
POSIX_PATHS = ("/tmp", "/var/", "/home/", "/usr/", "/etc/", "/dev/", "/proc/", "~/")
USER_FOLDER_VARIABLES = {"HOME", "APPDATA", "LOCALAPPDATA", "USERPROFILE", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "TMPDIR"}
TEXT_IO = {"read_text", "write_text"}


def _mentions_platform(test: ast.expr) -> bool:
    """`os.name`, `sys.platform`, `platform.system()` or `hasattr(...)` in a condition."""
    for node in ast.walk(test):
        if isinstance(node, ast.Attribute) and (node.attr, getattr(node.value, "id", "")) in {
            ("name", "os"), ("platform", "sys"), ("system", "platform")
        }:
            return True
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "hasattr":
            return True
    return False


def _exits(body: list[ast.stmt]) -> bool:
    return bool(body) and isinstance(body[-1], (ast.Return, ast.Raise, ast.Continue, ast.Break))


def _guarded(path: list[ast.AST]) -> bool:
    """Inside a platform condition, an `except ImportError/AttributeError`, or after an early
    `if <platform>: return` in the same block."""
    for index, node in enumerate(path[:-1]):
        child = path[index + 1]
        if isinstance(node, (ast.If, ast.IfExp, ast.While)) and _mentions_platform(node.test) and child is not node.test:
            return True
        if isinstance(node, ast.Try) and child in node.body:
            caught = {getattr(name, "id", "") for h in node.handlers if h.type is not None
                      for name in (h.type.elts if isinstance(h.type, ast.Tuple) else [h.type])}
            if caught & {"ImportError", "ModuleNotFoundError", "AttributeError"}:
                return True
        for block in ("body", "orelse", "finalbody"):
            statements = getattr(node, block, None)
            if isinstance(statements, list) and child in statements:
                for earlier in statements[: statements.index(child)]:
                    if isinstance(earlier, ast.If) and _mentions_platform(earlier.test) and _exits(earlier.body):
                        return True
    return False


def _is_text_mode(call: ast.Call, mode_position: int) -> bool:
    """open()/Path.open() in text mode (the default) with no `encoding=`."""
    if any(k.arg == "encoding" for k in call.keywords):
        return False
    mode: ast.expr | None = next((k.value for k in call.keywords if k.arg == "mode"), None)
    if mode is None and len(call.args) > mode_position:
        mode = call.args[mode_position]
    if mode is None:
        return True
    return isinstance(mode, ast.Constant) and isinstance(mode.value, str) and "b" not in mode.value


def problems(source: str, filename: str = "<source>") -> list[str]:
    """What would not work (or not the same) on Windows, as 'file:line: what'."""
    found: list[str] = []

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{filename}:{getattr(node, 'lineno', 0)}: {what}")

    def visit(node: ast.AST, path: list[ast.AST]) -> None:
        path = [*path, node]
        guarded = None

        def unguarded() -> bool:
            nonlocal guarded
            if guarded is None:
                guarded = _guarded(path)
            return not guarded

        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in POSIX_MODULES and unguarded():
                    report(node, f"imports POSIX-only module {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            module = (node.module or "").split(".")[0]
            if node.level == 0 and module in POSIX_MODULES and unguarded():
                report(node, f"imports POSIX-only module {node.module}")
            if node.level == 0 and module in ("os", "signal"):
                for alias in node.names:
                    if alias.name in (POSIX_OS if module == "os" else POSIX_SIGNAL) and unguarded():
                        report(node, f"imports POSIX-only {module}.{alias.name}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = node.value.id
            if ((owner == "os" and node.attr in POSIX_OS) or (owner == "signal" and node.attr in POSIX_SIGNAL)) \
                    and unguarded():
                report(node, f"uses POSIX-only {owner}.{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value.startswith(POSIX_PATHS) and unguarded():
                report(node, f"hard-codes the POSIX path {node.value!r}")
            if node.value in USER_FOLDER_VARIABLES and isinstance(path[-2], (ast.Call, ast.Subscript)):
                report(node, f"finds a user folder through ${node.value} (use QStandardPaths)")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "open" and _is_text_mode(node, 1):
                report(node, "opens a text file without encoding=")
            elif isinstance(func, ast.Attribute) and func.attr in TEXT_IO:
                if not any(k.arg == "encoding" for k in node.keywords) and len(node.args) < (2 if func.attr == "write_text" else 1):
                    report(node, f"{func.attr}() without encoding=")
            elif isinstance(func, ast.Attribute) and func.attr == "open" and not isinstance(func.value, ast.Name) \
                    and _is_text_mode(node, 0) and node.args:
                report(node, "opens a text file without encoding=")
            elif isinstance(func, ast.Attribute) and func.attr == "expanduser":
                report(node, "expands ~ by hand (use Path.home() or QStandardPaths)")
            elif isinstance(func, ast.Attribute) and func.attr == "kill" and getattr(func.value, "id", "") == "os" \
                    and len(node.args) == 2 and isinstance(node.args[1], ast.Constant) and node.args[1].value == 0:
                report(node, "probes a process with os.kill(pid, 0), which terminates it on Windows")
        for child in ast.iter_child_nodes(node):
            visit(child, path)

    visit(ast.parse(source, filename), [])
    return found


def test_the_app_has_nothing_posix_only() -> None:
    found = []
    for source in sorted((REPO / "desktop").rglob("*.py")):
        found += problems(source.read_text(encoding="utf-8"), str(source.relative_to(REPO)))
    assert found == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("import os\nos.fork()\n", "uses POSIX-only os.fork"),
        ("import os\ndef f(fd):\n    os.fchmod(fd, 0o600)\n", "uses POSIX-only os.fchmod"),
        ("import fcntl\n", "imports POSIX-only module fcntl"),
        ("from os import getuid\n", "imports POSIX-only os.getuid"),
        ("import signal\nsignal.SIGKILL\n", "uses POSIX-only signal.SIGKILL"),
        ("x = '/tmp/ovcf'\n", "hard-codes the POSIX path '/tmp/ovcf'"),
        ("import os\nos.environ['APPDATA']\n", "finds a user folder through $APPDATA (use QStandardPaths)"),
        ("import os\nos.environ.get('HOME')\n", "finds a user folder through $HOME (use QStandardPaths)"),
        ("open(p)\n", "opens a text file without encoding="),
        ("open(p, 'w')\n", "opens a text file without encoding="),
        ("p.read_text()\n", "read_text() without encoding="),
        ("p.write_text(s)\n", "write_text() without encoding="),
        ("Path(p).open('r')\n", "opens a text file without encoding="),
        ("os.path.expanduser('~')\n", "expands ~ by hand (use Path.home() or QStandardPaths)"),
        ("import os\nos.kill(pid, 0)\n", "probes a process with os.kill(pid, 0), which terminates it on Windows"),
    ],
)
def test_the_scanner_finds(code: str, expected: str) -> None:
    assert [p.split(": ", 1)[1] for p in problems(code)] == [expected]


@pytest.mark.parametrize(
    "code",
    [
        "import os\nif os.name == 'posix':\n    os.fchmod(3, 0o600)\n",
        "import os, sys\nif sys.platform != 'win32':\n    import fcntl\n",
        "import os\ndef f(fd):\n    if os.name != 'posix':\n        return\n    os.fchmod(fd, 0o600)\n",
        "import os\nif hasattr(os, 'fchmod'):\n    os.fchmod(3, 0o600)\n",
        "try:\n    import fcntl\nexcept ImportError:\n    fcntl = None\n",
        "import os\nmode = os.O_BINARY if os.name == 'nt' else os.O_NOFOLLOW\n",
        "open(p, 'rb')\nopen(p, 'w', encoding='utf-8')\np.read_text(encoding='utf-8')\np.write_text(s, encoding='utf-8')\n",
        "p.read_bytes()\nrel.split('/', 1)\n",
    ],
)
def test_the_scanner_accepts(code: str) -> None:
    assert problems(code) == []


def test_the_data_folder_is_qts_standard_location(monkeypatch: pytest.MonkeyPatch) -> None:
    """Drafts and settings live where Qt says applications keep data on this platform
    (%APPDATA% on Windows, ~/.local/share on Linux), unless OVCF_DATA_DIR or the user chose."""
    from PySide6.QtCore import QStandardPaths

    from desktop.ui import data_folder

    monkeypatch.delenv("OVCF_DATA_DIR", raising=False)
    data_folder.use_data_dir(None)
    expected = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert expected
    assert data_folder.data_dir() == Path(expected)
    monkeypatch.setenv("OVCF_DATA_DIR", os.fspath(REPO / "elsewhere"))
    assert data_folder.data_dir() == REPO / "elsewhere"
