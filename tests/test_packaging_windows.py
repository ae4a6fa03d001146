"""The bundle trimmer (desktop/packaging.py) on each platform's names, fed the recorded contents
of the Windows and Linux Qt wheels and their import graphs (tests/data/wheels/, recorded with
scripts/record-wheel-files): what a trimmed bundle keeps and drops, and that nothing kept
links a library that was dropped. The build itself (scripts/build-bundle) uses PyInstaller's
view of the same links; the Linux bundle is built and smoke-tested in CI, the Windows one on
a Windows runner (.github/workflows/windows.yml)."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pytest

from desktop import packaging

REPO = Path(__file__).resolve().parent.parent
WHEELS = Path(__file__).resolve().parent / "data" / "wheels"
Entry = tuple[str, str, str]

# What PyInstaller adds from the Python installation next to the wheels' files (hand-written:
# python.org's CPython 3.11 for Windows; python3.dll forwards every export to python311.dll).
PYTHON_WINDOWS = {
    "python311.dll": ["VCRUNTIME140.dll", "KERNEL32.dll", "ADVAPI32.dll", "VERSION.dll", "WS2_32.dll"],
    "python3.dll": ["python311.dll"],
    "VCRUNTIME140.dll": ["KERNEL32.dll"],
    "VCRUNTIME140_1.dll": ["VCRUNTIME140.dll", "KERNEL32.dll"],
    "_ctypes.pyd": ["python311.dll", "libffi-8.dll", "VCRUNTIME140.dll", "KERNEL32.dll", "ole32.dll", "OLEAUT32.dll"],
    "libffi-8.dll": ["VCRUNTIME140.dll", "KERNEL32.dll"],
    "select.pyd": ["python311.dll", "WS2_32.dll", "VCRUNTIME140.dll"],
    "unicodedata.pyd": ["python311.dll", "VCRUNTIME140.dll"],
    "yaml/_yaml.cp311-win_amd64.pyd": ["python311.dll", "VCRUNTIME140.dll", "KERNEL32.dll"],
}
PYTHON_LINUX = {
    "libpython3.11.so.1.0": ["libm.so.6", "libc.so.6"],
    "python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so": ["libffi.so.8", "libc.so.6"],
    "libffi.so.8": ["libc.so.6"],
    "yaml/_yaml.cpython-311-x86_64-linux-gnu.so": ["libc.so.6"],
}


@dataclass
class Toc:
    """A PyInstaller-like Analysis of a wheel's files: binaries, datas and the import graph."""

    binaries: list[Entry] = field(default_factory=list)
    datas: list[Entry] = field(default_factory=list)
    imports: dict[str, list[str]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)

    def add(self, path: str, imports: list[str], size: int = 0) -> None:
        extension = path.endswith(".pyd") or re.search(r"\.(abi3|cpython-[^.]+)\.so$", path) is not None
        self.binaries.append((path, path, "EXTENSION" if extension else "BINARY"))
        self.imports[path] = imports
        self.sizes[path] = size

    def lookup(self, src: str) -> list[str]:
        return self.imports[src]


def recorded(name: str, python: dict[str, list[str]]) -> Toc:
    toc = Toc()
    for line in (WHEELS / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        size, path, linked = line.split("\t")
        if path.endswith(".qm"):
            toc.datas.append((path, path, "DATA"))
            toc.sizes[path] = int(size)
        else:
            toc.add(path, linked.split(), int(size))
    for path, imports in python.items():
        toc.add(path, imports)
    return toc


def trim(toc: Toc, platform: str) -> tuple[list[Entry], list[Entry]]:
    return packaging.prune_qt(toc.binaries, toc.datas, imports=toc.lookup, platform=platform)


def names(entries: Iterable[Entry]) -> set[str]:
    return {dest for dest, _src, _kind in entries}


@pytest.fixture(scope="module")
def windows() -> Toc:
    return recorded("pyside6-6.11.3-win_amd64.txt", PYTHON_WINDOWS)


@pytest.fixture(scope="module")
def linux() -> Toc:
    return recorded("pyside6-6.11.3-manylinux_2_34_x86_64.txt", PYTHON_LINUX)


WINDOWS_KEPT = [
    "PySide6/QtCore.pyd", "PySide6/QtGui.pyd", "PySide6/QtWidgets.pyd", "PySide6/QtPrintSupport.pyd",
    "shiboken6/Shiboken.pyd", "PySide6/pyside6.abi3.dll", "shiboken6/shiboken6.abi3.dll",
    "PySide6/Qt6Core.dll", "PySide6/Qt6Gui.dll", "PySide6/Qt6Widgets.dll", "PySide6/Qt6PrintSupport.dll",
    "PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms/qoffscreen.dll",
    "PySide6/plugins/platforms/qminimal.dll", "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/msvcp140.dll", "PySide6/vcruntime140.dll", "PySide6/vcruntime140_1.dll", "PySide6/msvcp140_1.dll",
    "python311.dll", "python3.dll", "VCRUNTIME140.dll", "_ctypes.pyd", "libffi-8.dll", "yaml/_yaml.cp311-win_amd64.pyd",
    "PySide6/translations/qtbase_fr.qm", "PySide6/translations/qtbase_pt_BR.qm", "PySide6/translations/qt_es.qm",
]
WINDOWS_DROPPED = [
    "PySide6/Qt6Network.dll", "PySide6/QtNetwork.pyd", "PySide6/opengl32sw.dll", "PySide6/Qt6OpenGL.dll",
    "PySide6/Qt6Qml.dll", "PySide6/Qt6Quick.dll", "PySide6/Qt6Svg.dll", "PySide6/Qt6Sql.dll", "PySide6/QtQml.pyd",
    "PySide6/Qt6DBus.dll", "PySide6/Qt6Designer.dll", "PySide6/pyside6qml.abi3.dll", "PySide6/designer.exe",
    "PySide6/plugins/platforms/qdirect2d.dll", "PySide6/plugins/imageformats/qjpeg.dll",
    "PySide6/plugins/tls/qschannelbackend.dll", "PySide6/plugins/networkinformation/qnetworklistmanager.dll",
    "PySide6/plugins/sqldrivers/qsqlite.dll", "PySide6/translations/qtbase_de.qm", "PySide6/translations/qt_help_fr.qm",
    "PySide6/translations/designer_fr.qm",
]


def test_the_trimmed_windows_bundle_keeps_what_starts_the_app(windows: Toc) -> None:
    binaries, datas = trim(windows, "win32")
    kept = names(binaries) | names(datas)
    assert [n for n in WINDOWS_KEPT if n not in kept] == []


def test_the_trimmed_windows_bundle_drops_network_opengl_and_unused_qt(windows: Toc) -> None:
    binaries, datas = trim(windows, "win32")
    kept = names(binaries) | names(datas)
    assert [n for n in WINDOWS_DROPPED if n in kept] == []
    assert all(n in names(windows.binaries) | names(windows.datas) for n in WINDOWS_DROPPED)  # really in the wheel


def test_windows_libraries_needed_only_indirectly_are_kept(windows: Toc) -> None:
    """msvcp140_1.dll is linked by Qt6Core.dll, by no extension module: a lookup of the roots'
    direct imports (what pefile gives) would lose it."""
    roots = [dest for dest, _src, kind in windows.binaries if packaging.is_root(dest, kind)]
    assert not any("msvcp140_1.dll" in (i.lower() for i in windows.imports[r]) for r in roots)
    assert "MSVCP140_1.dll" in windows.imports["PySide6/Qt6Core.dll"]
    assert "PySide6/msvcp140_1.dll" in names(trim(windows, "win32")[0])


def test_windows_names_are_matched_case_insensitively(windows: Toc) -> None:
    """QtCore.pyd links "MSVCP140.dll"; the wheel's file is msvcp140.dll."""
    assert "MSVCP140.dll" in windows.imports["PySide6/QtCore.pyd"]
    assert "PySide6/msvcp140.dll" in names(trim(windows, "win32")[0])


def test_windows_destinations_with_backslashes(windows: Toc) -> None:
    """PyInstaller writes Windows destinations with backslashes: the same decisions."""

    def back(entries: list[Entry]) -> list[Entry]:
        return [(d.replace("/", "\\"), s, k) for d, s, k in entries]

    binaries, datas = packaging.prune_qt(back(windows.binaries), back(windows.datas), imports=windows.lookup,
                                         platform="win32")
    expected = trim(windows, "win32")
    assert (binaries, datas) == (back(expected[0]), back(expected[1]))


def test_icu_on_windows_is_the_system_one(windows: Toc, tmp_path: Path) -> None:
    """The Windows wheel ships no ICU: Qt6Core.dll links Windows' own icuuc.dll (System32),
    which PyInstaller never collects, so there is nothing to keep, drop or stub."""
    everything = names(windows.binaries) | names(windows.datas)
    assert not [n for n in everything if PurePosixPath(n).name.lower().startswith("icu")]
    assert "icuuc.dll" in windows.imports["PySide6/Qt6Core.dll"]
    binaries, _datas = trim(windows, "win32")
    assert packaging.stub_icu_data(binaries, REPO / "scripts" / "icu_stubdata.c", tmp_path, platform="win32") == binaries
    assert not any(tmp_path.iterdir())


def test_nothing_kept_links_a_library_that_was_dropped(windows: Toc, linux: Toc) -> None:
    """Every library a kept binary links, if the wheel has it, is kept too: the trimmed bundle
    can load what it ships."""
    for toc, platform in ((windows, "win32"), (linux, "linux")):
        fold = str.lower if platform == "win32" else str
        shipped = {fold(PurePosixPath(d).name) for d in names(toc.binaries)}
        binaries, _datas = trim(toc, platform)
        kept = {fold(PurePosixPath(d).name) for d in names(binaries)}
        missing = sorted(
            f"{src} -> {lib}" for _d, src, _k in binaries for lib in toc.imports[src]
            if fold(lib) in shipped and fold(lib) not in kept
        )
        assert missing == [], platform


def test_what_the_windows_trim_saves(windows: Toc) -> None:
    binaries, datas = trim(windows, "win32")
    wheel_mb = sum(windows.sizes[d] for d in names(windows.binaries) | names(windows.datas)) / 1e6
    kept_mb = sum(windows.sizes[d] for d in names(binaries) | names(datas)) / 1e6
    assert (round(wheel_mb), round(kept_mb)) == (WINDOWS_FIGURES["wheel_mb"], WINDOWS_FIGURES["kept_mb"])
    assert (len(binaries), len(windows.binaries)) == (WINDOWS_FIGURES["kept"], WINDOWS_FIGURES["binaries"])


# Of the wheels' 189 binaries (with Python's few) and 200 translations, 170 MB, the bundle keeps
# 34 binaries and 9 translations, 44 MB.
WINDOWS_FIGURES = {"wheel_mb": 170, "kept_mb": 44, "kept": 34, "binaries": 189}

LINUX_KEPT = [
    "PySide6/QtCore.abi3.so", "PySide6/QtWidgets.abi3.so", "PySide6/QtPrintSupport.abi3.so", "shiboken6/Shiboken.abi3.so",
    "PySide6/libpyside6.abi3.so.6.11", "shiboken6/libshiboken6.abi3.so.6.11", "libpython3.11.so.1.0",
    "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libQt6DBus.so.6",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/lib/libicuuc.so.73", "PySide6/Qt/lib/libicui18n.so.73", "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so", "libffi.so.8",
    "PySide6/Qt/plugins/wayland-decoration-client/libbradient.so",
]
LINUX_DROPPED = [
    "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/QtNetwork.abi3.so", "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/lib/libQt6Designer.so.6", "PySide6/Qt/libexec/rcc", "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    # plugins that link a dropped library (OpenGL, Svg, Qml...) could never load
    "PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
    "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
    "PySide6/Qt/plugins/wayland-graphics-integration-server/libqt-wayland-compositor-wayland-egl.so",
    "PySide6/Qt/lib/libQt6WaylandCompositor.so.6",
]


def test_the_trimmed_linux_bundle(linux: Toc) -> None:
    binaries, datas = trim(linux, "linux")
    kept = names(binaries) | names(datas)
    assert [n for n in LINUX_KEPT if n not in kept] == []
    assert [n for n in LINUX_DROPPED if n in kept] == []


def test_icu_on_linux_is_kept_then_stubbed(linux: Toc, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """libicudata is linked by libicuuc only (reached through libQt6Core): kept, then its
    32 MB of locale data replaced by the stub built from scripts/icu_stubdata.c."""
    assert not any("libicudata.so.73" in linux.imports[s] for _d, s, k in linux.binaries if packaging.is_root(_d, k))
    binaries, _datas = trim(linux, "linux")
    calls: list[list[str]] = []
    monkeypatch.setattr(subprocess, "run", lambda args, **_kw: calls.append(args))
    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}")
    stubbed = dict((d, s) for d, s, _k in packaging.stub_icu_data(binaries, Path("stub.c"), tmp_path, platform="linux"))
    assert stubbed["PySide6/Qt/lib/libicudata.so.73"] == str(tmp_path / "libicudata.so.73")
    assert stubbed["PySide6/Qt/lib/libicuuc.so.73"] == "PySide6/Qt/lib/libicuuc.so.73"
    assert [c for c in calls[0] if c.startswith("-DICU")] == ["-DICU_MAJOR=73"]


def test_an_entry_point_that_would_lose_a_library_stops_the_build() -> None:
    toc = Toc()
    toc.add("PySide6/QtWidgets.pyd", ["Qt6Widgets.dll"])
    toc.add("PySide6/Qt6Widgets.dll", ["Qt6Network.dll"])
    toc.add("PySide6/Qt6Network.dll", [])
    with pytest.raises(packaging.TrimError, match=r"PySide6/QtWidgets.pyd needs a library that needs a dropped one"):
        trim(toc, "win32")
    toc.add("PySide6/plugins/platforms/qwindows.dll", ["Qt6Network.dll"])
    toc.imports["PySide6/Qt6Widgets.dll"] = []
    assert names(trim(toc, "win32")[0]) == {"PySide6/QtWidgets.pyd", "PySide6/Qt6Widgets.dll"}


def test_symlinks_go_with_their_library() -> None:
    """PyInstaller links Linux libraries into the top folder (SYMLINK entries, in datas)."""
    toc = Toc()
    toc.add("PySide6/QtCore.abi3.so", ["libQt6Core.so.6"])
    toc.add("PySide6/Qt/lib/libQt6Core.so.6", [])
    toc.add("PySide6/Qt/lib/libQt6XcbQpa.so.6", [])  # linked by nothing here
    toc.datas = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
                 ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK")]
    binaries, datas = trim(toc, "linux")
    assert names(binaries) == {"PySide6/QtCore.abi3.so", "PySide6/Qt/lib/libQt6Core.so.6"}
    assert names(datas) == {"libQt6Core.so.6"}


def test_macos_frameworks() -> None:
    """macOS names (no recorded wheel): a dropped framework leaves nothing behind."""
    lib = "PySide6/Qt/lib"
    toc = Toc()
    toc.add("PySide6/QtCore.abi3.so", ["@rpath/QtCore.framework/Versions/A/QtCore", "@rpath/libpyside6.abi3.6.11.dylib"])
    toc.add("PySide6/libpyside6.abi3.6.11.dylib", ["@rpath/QtCore.framework/Versions/A/QtCore"])
    toc.add(f"{lib}/QtCore.framework/Versions/A/QtCore", [])
    toc.add(f"{lib}/QtNetwork.framework/Versions/A/QtNetwork", [f"{lib}/QtCore.framework/Versions/A/QtCore"])
    toc.add(f"{lib}/QtDBus.framework/Versions/A/QtDBus", [])
    toc.add("PySide6/Qt/plugins/platforms/libqcocoa.dylib", ["@rpath/QtCore.framework/Versions/A/QtCore"])
    toc.add("Python", [])
    toc.datas = [(f"{lib}/{m}.framework/Resources/Info.plist", "x", "DATA") for m in ("QtCore", "QtNetwork", "QtDBus")]
    binaries, datas = trim(toc, "darwin")
    assert names(binaries) == {"PySide6/QtCore.abi3.so", "PySide6/libpyside6.abi3.6.11.dylib", "Python",
                               f"{lib}/QtCore.framework/Versions/A/QtCore", "PySide6/Qt/plugins/platforms/libqcocoa.dylib"}
    assert names(datas) == {f"{lib}/QtCore.framework/Resources/Info.plist"}


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt6Network.dll", True),
        ("PySide6\\Qt6Network.dll", True),
        ("PySide6/QtNetwork.pyd", True),
        ("PySide6/opengl32sw.dll", True),
        ("PySide6/d3dcompiler_47.dll", True),
        ("PySide6/Qt6Core.dll", False),
        ("PySide6/QtCore.pyd", False),
        ("PySide6/Qt6QuickWidgets.dll", True),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/plugins/platforms/qoffscreen.dll", False),
        ("PySide6/plugins/platforms/qdirect2d.dll", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", False),
        ("PySide6/translations/qtbase_es.qm", False),
        ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", True),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/plugins/imageformats/libqgif.dylib", True),
        ("libEGL.so.1", False),  # Linux's EGL (Qt's xcb and wayland use it), not ANGLE's libEGL.dll
    ],
)
def test_names_on_every_platform(dest: str, dropped: bool) -> None:
    assert packaging._dropped(dest) is dropped


@pytest.mark.parametrize(
    ("dest", "root"),
    [
        ("PySide6/QtCore.pyd", True),
        ("_ctypes.pyd", True),
        ("PySide6/pyside6.abi3.dll", True),
        ("shiboken6/shiboken6.abi3.dll", True),
        ("python311.dll", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt6Core.dll", False),
        ("PySide6/pyside6qml.abi3.dll", False),  # loaded by QtQml only
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
        ("libpython3.11.so.1.0", True),
        ("PySide6/libpyside6.abi3.so.6.11", True),
        ("PySide6/libpyside6.abi3.6.11.dylib", True),
        ("Python", True),
    ],
)
def test_entry_points(dest: str, root: bool) -> None:
    assert packaging.is_root(dest) is root


def test_the_qt_modules_the_app_imports_are_never_trimmed(windows: Toc, linux: Toc) -> None:
    """Every PySide6 module imported in desktop/ is shipped; every other one in the wheels is
    excluded from the Analysis (QT_EXCLUDES), so PyInstaller never even collects it."""
    imported = set()
    for source in (REPO / "desktop").rglob("*.py"):
        imported |= set(re.findall(r"\bPySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert imported >= {"QtCore", "QtGui", "QtWidgets"}
    assert not imported & {m.removeprefix("PySide6.") for m in packaging.QT_EXCLUDES}
    for toc, suffix in ((windows, ".pyd"), (linux, ".abi3.so")):
        modules = {PurePosixPath(d).name.removesuffix(suffix) for d in names(toc.binaries)
                   if d.startswith("PySide6/Qt") and d.endswith(suffix)}
        assert modules - imported - {m.removeprefix("PySide6.") for m in packaging.QT_EXCLUDES} == set()
        kept = names(trim(toc, "linux" if toc is linux else "win32")[0])
        assert {f"PySide6/{m}{suffix}" for m in imported} <= kept


def test_the_default_lookup_is_pyinstallers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without `imports`, the trimmer asks PyInstaller (bindepend.get_imports), names and paths."""
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda src: {("Qt6Core.dll", "C:\\site\\PySide6\\Qt6Core.dll"), ("KERNEL32.dll", None)}  # type: ignore[attr-defined]
    depend = types.ModuleType("PyInstaller.depend")
    depend.bindepend = bindepend  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller", types.ModuleType("PyInstaller"))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend", depend)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    assert sorted(packaging.pyinstaller_imports("QtCore.pyd")) == ["C:\\site\\PySide6\\Qt6Core.dll", "KERNEL32.dll",
                                                                   "Qt6Core.dll"]
    binaries, _datas = packaging.prune_qt(
        [("PySide6\\QtCore.pyd", "QtCore.pyd", "EXTENSION"), ("PySide6\\Qt6Core.dll", "C:\\site\\PySide6\\Qt6Core.dll", "BINARY"),
         ("PySide6\\Qt6Xml.dll", "C:\\site\\PySide6\\Qt6Xml.dll", "BINARY")], [], platform="win32")
    assert names(binaries) == {"PySide6\\QtCore.pyd", "PySide6\\Qt6Core.dll"}


def test_the_installer_is_per_user() -> None:
    """No administrator rights: the user's own folders and registry hive only (CI compiles the
    script with makensis: scripts/build-installer)."""
    script = (REPO / "installer" / "ovcf-pathway.nsi").read_text(encoding="utf-8")
    lines = [line.strip() for line in script.splitlines() if line.strip() and not line.strip().startswith(";")]
    assert "RequestExecutionLevel user" in lines
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in lines
    assert not [line for line in lines if re.search(r"HKLM|\$PROGRAMFILES|SetShellVarContext all|\$WINDIR", line)]
    registry = [line for line in lines if line.startswith(("WriteReg", "DeleteReg"))]
    assert registry
    assert all(" HKCU " in line for line in registry)
    assert 'CreateShortcut "$SMPROGRAMS\\${APP}.lnk" "$INSTDIR\\${EXE}"' in lines
    assert 'WriteUninstaller "$INSTDIR\\uninstall.exe"' in lines
    assert "RMDir /r \"$INSTDIR\"" not in lines  # the uninstaller removes its own files, not a folder the user chose
