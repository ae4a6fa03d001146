"""Build-time helpers for build.spec: the rule pack manifest, and trimming the Qt payload.

Kept in the package (not the spec) so they are typed, linted and tested.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from .engine.integrity import MANIFEST_NAME, manifest_text

# Qt for Python modules the app never imports (only QtCore, QtGui, QtWidgets, QtPrintSupport).
QT_EXCLUDES = [
    f"PySide6.{module}"
    for module in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtSql", "QtSvg", "QtSvgWidgets",
        "QtTest", "QtXml", "QtDBus", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtConcurrent",
        "QtHelp", "QtDesigner", "QtUiTools", "QtNetworkAuth", "QtStateMachine", "QtHttpServer",
    )
]
# Translations of the Qt base strings (dialog buttons...) for the languages the app ships.
KEEP_QT_TRANSLATIONS = ("en", "fr", "es", "pt")
# Qt plugin folders and plugins the app does not use. Platforms: xcb and wayland (desktops),
# offscreen (self-test), minimal; printsupport stays (CUPS printing).
DROP_PLUGIN_DIRS = (
    "qmltooling", "sqldrivers", "tls", "networkinformation", "designer", "iconengines", "egldeviceintegrations",
    "generic", "vectorimageformats", "platforminputcontexts",
)
DROP_PLUGIN_FILES = (
    "libqvnc", "libqeglfs", "libqlinuxfb", "libqvkkhrdisplay", "libqminimalegl",
    "libqgif", "libqico", "libqjpeg", "libqwebp", "libqtiff", "libqtga", "libqwbmp", "libqicns", "libqsvg",
    "libqpdf", "libqxdgdesktopportal", "libqgtk3",
)
DROP_LIBRARIES = (
    "libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6Pdf", "libQt6Svg", "libQt6OpenGL", "libQt6Sql",
    "libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport",  # embedded Linux (no window system)
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


def _dropped(dest: str) -> bool:
    parts = Path(dest).parts
    name = Path(dest).name
    if "translations" in parts and name.endswith(".qm"):
        return qt_translation_language(name) not in KEEP_QT_TRANSLATIONS
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) > index + 1 and parts[index + 1] in DROP_PLUGIN_DIRS:
            return True
        return any(name.startswith(prefix) for prefix in DROP_PLUGIN_FILES)
    return any(name.startswith(prefix) for prefix in DROP_LIBRARIES)


Entry = tuple[str, str, str]  # (destination, source, kind) as in a PyInstaller Analysis


def is_root(dest: str) -> bool:
    """Loaded by Python or Qt at run time (not through another library's dependencies)."""
    name = Path(dest).name
    return ".cpython-" in name or name.endswith(".abi3.so") or "plugins" in Path(dest).parts or \
        name.startswith("libpython")


def prune_qt(binaries: Iterable[Entry], datas: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The Analysis' binaries and datas without the Qt parts the app does not use, and without
    the shared libraries that only those parts needed."""
    kept = [b for b in binaries if not _dropped(b[0])]
    needed = needed_libraries([b[1] for b in kept if is_root(b[0])])
    kept = [b for b in kept if is_root(b[0]) or Path(b[0]).name in needed]
    return kept, [d for d in datas if not _dropped(d[0])]


def stub_icu_data(binaries: list[Entry], source: Path, out_dir: Path) -> list[Entry]:
    """Replace ICU's 32 MB locale database with an empty one (ICU's own "stubdata" idea).

    Qt keeps its own locale data, Unicode tables and text layout; it asks ICU only for
    collation, legacy text codecs and locale case mapping, none of which the app uses, and
    falls back when ICU reports missing data. Needs a C compiler; without one the real
    database is kept.
    """
    import shutil
    import subprocess

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


def needed_libraries(roots: list[str]) -> set[str]:
    """File names of every library the roots load, directly or not (ldd on Linux is transitive)."""
    from PyInstaller.depend import bindepend  # build time only

    needed: set[str] = set()
    for root in roots:
        for name, path in bindepend.get_imports(root):
            needed.add(Path(path or name).name)
            needed.add(Path(name).name)
    return needed


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
