"""Render the app icon into the freedesktop ``hicolor`` theme layout installers ship.

The one source is ``resources/icons/factsheet.svg`` (the window icon too). This writes
``packaging/icons/hicolor/<N>x<N>/apps/io.factsheet.Factsheet.png`` for every size below and
copies the SVG to ``hicolor/scalable/apps/``. Run after editing the SVG:
``.venv/bin/python packaging/render_icons.py``.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SVG = ROOT / "resources" / "icons" / "factsheet.svg"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
APP_ID = "io.factsheet.Factsheet"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE_SVG))
    if not renderer.isValid():
        print(f"{SOURCE_SVG} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ROOT))
    svg_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE_SVG, svg_path())
    print(svg_path().relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
