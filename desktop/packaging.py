"""Build-time helpers for build.spec: the rule pack manifest, and trimming the Qt payload.

Kept in the package (not the spec) so they are typed, linted and tested.

The trimmer works from PyInstaller's own view of the bundle, the same on Windows, macOS and
Linux: the Analysis' TOC entries (destination, source, typecode) and, for what each binary
links, `PyInstaller.depend.bindepend.get_imports` (PE import tables read with pefile on
Windows, Mach-O load commands on macOS, ldd on Linux). It walks those links itself, so a
lookup that reports direct imports only (pefile) still reaches every library needed
indirectly. Tests replace the lookup with import graphs recorded from the Windows and Linux
Qt wheels (tests/data/wheels/).
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from .engine.pack.integrity import MANIFEST_NAME, manifest_text

Entry = tuple[str, str, str]  # (destination, source, typecode) as in a PyInstaller Analysis
Imports = Callable[[str], Iterable[str]]  # a binary's source path -> the libraries it links (names or paths)

# Qt for Python modules the app never imports (only QtCore, QtGui, QtWidgets, QtPrintSupport).
QT_EXCLUDES = [
    f"PySide6.{module}"
    for module in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest", "QtSql", "QtSvg",
        "QtSvgWidgets", "QtTest", "QtXml", "QtDBus", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
        "QtConcurrent", "QtHelp", "QtDesigner", "QtUiTools", "QtNetworkAuth", "QtStateMachine", "QtHttpServer",
    )
]
# Translations of the Qt base strings (dialog buttons...) for the languages the app ships.
KEEP_QT_TRANSLATIONS = ("en", "fr", "es", "pt")
# Qt plugin folders and plugins (by name without "lib" and extension: libqvnc.so, qvnc.dll and
# libqvnc.dylib are all "qvnc") the app does not use. Platforms kept: xcb and wayland (Linux
# desktops), windows (Windows), cocoa (macOS), offscreen (self-test), minimal; printsupport
# (CUPS printing) and styles (the native Windows 11 style) stay.
DROP_PLUGIN_DIRS = (
    "qmltooling", "qmllint", "sqldrivers", "tls", "networkinformation", "designer", "iconengines",
    "egldeviceintegrations", "generic", "vectorimageformats", "platforminputcontexts",
)
DROP_PLUGINS = (
    "qvnc", "qeglfs", "qlinuxfb", "qvkkhrdisplay", "qminimalegl",  # embedded Linux platforms
    "qdirect2d",  # an alternative Windows platform (qwindows is the default)
    "qgif", "qico", "qjpeg", "qwebp", "qtiff", "qtga", "qwbmp", "qicns", "qsvg", "qpdf",  # image formats
    "qxdgdesktopportal", "qgtk3",  # Linux desktop themes (they pull in GTK)
)
# Qt libraries by module name, whatever the platform calls them (libQt6Network.so.6,
# Qt6Network.dll, QtNetwork.framework): a prefix drops the module's relatives too
# (Network: NetworkAuth; Quick: QuickWidgets, QuickControls2...; Qml: QmlModels...).
DROP_QT_LIBRARIES = (
    "Network", "Qml", "Quick", "Pdf", "Svg", "OpenGL", "Sql",
    "EglFSDeviceIntegration", "EglFsKmsSupport",  # embedded Linux (no window system)
)
# Windows only: software OpenGL (20 MB) and ANGLE, which Qt loads only for OpenGL/Quick.
DROP_WINDOWS_LIBRARIES = ("opengl32sw.dll", "d3dcompiler_*.dll", "libEGL.dll", "libGLESv2.dll")

_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6([A-Za-z0-9]+?)(?:\.so(?:\.[0-9.]+)?|\.dll|(?:\.[0-9]+)*\.dylib)$")
_QT_FRAMEWORK = re.compile(r"^Qt([A-Za-z0-9]+)\.framework$")
_QT_PYTHON_MODULE = re.compile(r"^(Qt[A-Za-z0-9]+)(?:\.abi3\.so|\.cpython-[^.]+\.so|\.pyd|\.cp3[0-9]+-[^.]+\.pyd)$")
# Loaded by Python, the bootloader or Qt's plugin loader, not through another library's imports.
_PYTHON_LIBRARY = re.compile(
    r"^(?:libpython3\.[0-9]+\.so(?:\.[0-9.]+)?|libpython3\.[0-9]+\.dylib|python3[0-9]*\.dll|Python)$", re.IGNORECASE
)
_BINDING_LIBRARY = re.compile(
    r"^(?:lib)?(?:pyside6|shiboken6)\.abi3\.(?:so(?:\.[0-9.]+)?|dll|(?:[0-9]+\.)*dylib)$", re.IGNORECASE
)


def write_manifest(rules: Path, out_dir: Path) -> Path:
    """Write rules/MANIFEST.sha256 (outside the source tree) for the build to bundle."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / MANIFEST_NAME
    target.write_text(manifest_text(rules), encoding="utf-8")
    return target


def qt_translation_language(name: str) -> str | None:
    """'qtbase_pt_BR.qm' -> 'pt'; None for catalogues the app never loads (Qt Help, ...)."""
    stem = name.removesuffix(".qm")
    for prefix in ("qtbase_", "qt_"):
        if stem.startswith(prefix) and not stem.startswith("qt_help_"):
            return stem[len(prefix):].split("_")[0]
    return None


def _path(dest: str) -> PurePosixPath:
    """A TOC destination on any platform (PyInstaller writes backslashes on Windows)."""
    return PurePosixPath(dest.replace("\\", "/"))


def qt_library_module(dest: str) -> str | None:
    """'PySide6/Qt/lib/libQt6Network.so.6', 'PySide6/Qt6Network.dll' and
    'PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork' -> 'Network'; None if not a Qt library."""
    path = _path(dest)
    for part in path.parts[:-1]:
        framework = _QT_FRAMEWORK.match(part)
        if framework:
            return framework[1]
    library = _QT_LIBRARY.match(path.name)
    return library[1] if library else None


def plugin_name(name: str) -> str:
    """'libqxcb.so', 'qwindows.dll', 'libqcocoa.dylib' -> 'qxcb', 'qwindows', 'qcocoa'."""
    stem = name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") and not name.lower().endswith(".dll") else stem


def _dropped(dest: str) -> bool:
    """Left out by name, on every platform (each platform's names cannot occur on another)."""
    path = _path(dest)
    parts, name = path.parts, path.name
    if "translations" in parts and name.endswith(".qm"):
        return qt_translation_language(name) not in KEEP_QT_TRANSLATIONS
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) > index + 1 and parts[index + 1] in DROP_PLUGIN_DIRS:
            return True
        return plugin_name(name) in DROP_PLUGINS
    module = qt_library_module(dest)
    if module is not None:
        return module.startswith(DROP_QT_LIBRARIES)
    binding = _QT_PYTHON_MODULE.match(name)
    if binding and len(parts) > 1 and parts[-2] == "PySide6":
        return f"PySide6.{binding[1]}" in QT_EXCLUDES
    return any(fnmatch.fnmatch(name.lower(), pattern.lower()) for pattern in DROP_WINDOWS_LIBRARIES)


def is_root(dest: str, typecode: str = "BINARY") -> bool:
    """Loaded by Python, the bootloader or Qt itself, not through another library's imports:
    Python extension modules (.pyd, .cpython-*.so, .abi3.so; PyInstaller's EXTENSION entries),
    the Python library, the PySide6/shiboken6 binding libraries and Qt plugins."""
    if typecode == "SYMLINK":
        return False
    if typecode == "EXTENSION":
        return True
    path = _path(dest)
    name = path.name
    return (
        name.lower().endswith(".pyd")
        or ".cpython-" in name
        or name.endswith(".abi3.so")
        or "plugins" in path.parts
        or bool(_PYTHON_LIBRARY.match(name) or _BINDING_LIBRARY.match(name))
    )


def pyinstaller_imports(src: str) -> list[str]:
    """What `src` links, in PyInstaller's view (pefile on Windows, macholib on macOS, ldd on Linux)."""
    from PyInstaller.depend import bindepend  # build time only

    found: list[str] = []
    for name, path in bindepend.get_imports(src):
        found.append(name)
        if path:
            found.append(path)
    return found


class TrimError(Exception):
    """Trimming would ship an entry point that cannot load (it links a dropped library)."""


def needed(
    binaries: Iterable[Entry], imports: Imports, platform: str = sys.platform, dropped: Iterable[str] = ()
) -> list[Entry]:
    """The binaries (not symlinks) that the roots (`is_root`) load, directly or through each
    other: a transitive walk over `imports`, matching names against the entries' file names
    (case-insensitively on Windows, as its loader does). Unmatched names are system libraries.

    `dropped` names libraries left out of the bundle: a Qt plugin that links one, directly or
    not, could never load and goes too (Qt skips it anyway); any other entry point that does
    is a trimming mistake and raises TrimError.
    """
    fold: Callable[[str], str] = str.lower if platform == "win32" else str
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    gone = {fold(_path(name).name) for name in dropped}
    by_name: dict[str, list[int]] = {}
    for index, (dest, _src, _kind) in enumerate(files):
        by_name.setdefault(fold(_path(dest).name), []).append(index)
    links: dict[int, set[int]] = {}
    broken: dict[int, str] = {}  # entry -> a dropped library it links

    def walk(roots: set[int]) -> set[int]:
        reached, todo = set(roots), sorted(roots)
        while todo:
            index = todo.pop()
            if index not in links:
                names = [fold(_path(dependency).name) for dependency in imports(files[index][1])]
                links[index] = {other for name in names for other in by_name.get(name, ())}
                lost = [name for name in names if name in gone]
                if lost:
                    broken[index] = lost[0]
            for other in links[index] - reached:
                reached.add(other)
                todo.append(other)
        return reached

    roots = {index for index, (dest, _src, kind) in enumerate(files) if is_root(dest, kind)}
    reached = walk(roots)
    unloadable = set(broken)
    while True:
        more = {index for index in reached - unloadable if links[index] & unloadable}
        if not more:
            break
        unloadable |= more
    plugins = {index for index in roots & unloadable if "plugins" in _path(files[index][0]).parts}
    stuck = (roots & unloadable) - plugins
    if stuck:
        raise TrimError("; ".join(
            f"{files[index][0]} needs {broken.get(index) or 'a library that needs a dropped one'}"
            for index in sorted(stuck)
        ))
    if plugins:
        reached = walk(roots - plugins)
    return [entry for index, entry in enumerate(files) if index in reached]


def _framework(dest: str) -> str | None:
    """'.../QtNetwork.framework/Versions/A/QtNetwork' -> '.../QtNetwork.framework' (macOS)."""
    parts = _path(dest).parts
    for index, part in enumerate(parts):
        if part.endswith(".framework"):
            return "/".join(parts[: index + 1])
    return None


def prune_qt(
    binaries: Iterable[Entry],
    datas: Iterable[Entry],
    imports: Imports | None = None,
    platform: str = sys.platform,
) -> tuple[list[Entry], list[Entry]]:
    """The Analysis' binaries and datas without the Qt parts the app does not use (by name), the
    plugins that link those, and the libraries only they needed (nor the symlinks or framework
    files of what goes). TrimError if an entry point other than a plugin would lose a library."""
    binaries, datas = list(binaries), list(datas)
    candidates = [b for b in binaries if not _dropped(b[0])]
    by_name = [b[0] for b in binaries if b[2] != "SYMLINK" and _dropped(b[0])]
    kept = needed(candidates, imports or pyinstaller_imports, platform, dropped=by_name)
    kept_set = set(kept)
    gone = {str(_path(b[0])) for b in binaries if b[2] != "SYMLINK" and b not in kept_set}
    gone_frameworks = {f for f in map(_framework, gone) if f} - {_framework(b[0]) for b in kept}

    def stays(entry: Entry) -> bool:
        dest, src, kind = entry
        if _dropped(dest) or _framework(dest) in gone_frameworks:
            return False
        return kind != "SYMLINK" or str(_path(src)) not in gone

    return (
        [b for b in binaries if (b in kept_set if b[2] != "SYMLINK" else stays(b))],
        [d for d in datas if stays(d)],
    )


def trim_summary(before: Iterable[Entry], after: Iterable[Entry]) -> str:
    """'kept 142 of 196 binaries (95.1 of 140.3 MB)', sizes read from the entries' sources."""
    def size(entries: list[Entry]) -> float:
        return sum(os.path.getsize(src) for _d, src, kind in entries if kind != "SYMLINK" and os.path.isfile(src)) / 1e6

    old, new = list(before), list(after)
    return f"kept {len(new)} of {len(old)} binaries ({size(new):.1f} of {size(old):.1f} MB)"


def stub_icu_data(binaries: list[Entry], source: Path, out_dir: Path, platform: str = sys.platform) -> list[Entry]:
    """Replace ICU's 32 MB locale database with an empty one (ICU's own "stubdata" idea).

    Qt keeps its own locale data, Unicode tables and text layout; it asks ICU only for
    collation, legacy text codecs and locale case mapping, none of which the app uses, and
    falls back when ICU reports missing data. Needs a C compiler; without one the real
    database is kept.

    Linux only: the Linux Qt wheels ship ICU (libicudata.so.NN). The Windows wheels ship none:
    Qt6Core.dll links Windows' own icuuc.dll (System32, Windows 10 1903 and later), which
    PyInstaller never collects. On macOS Qt does not use ICU.
    """
    import shutil
    import subprocess

    if not platform.startswith("linux"):
        return binaries
    compiler = shutil.which("cc") or shutil.which("gcc")
    out: list[Entry] = []
    for dest, src, kind in binaries:
        name = Path(dest).name
        if compiler and name.startswith("libicudata.so."):
            major = name.split(".so.")[1].split(".")[0]
            out_dir.mkdir(parents=True, exist_ok=True)
            stub = out_dir / name
            subprocess.run([compiler, "-shared", "-fPIC", "-O2", f"-DICU_MAJOR={major}",
                            f"-Wl,-soname,{name}", "-o", str(stub), str(source)], check=True)
            src = str(stub)
        out.append((dest, src, kind))
    return out


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
