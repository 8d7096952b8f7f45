"""The files a Linux installer puts beside the app: icons, .desktop entry, AppStream data."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.factsheet.Factsheet"
DESKTOP_FILE = PACKAGING / "factsheet.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
HICOLOR = PACKAGING / "icons" / "hicolor"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header.startswith(PNG_SIGNATURE), f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_hicolor_png_has_its_nominal_size(size: int) -> None:
    png = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(png) == (size, size)


def test_scalable_icon_is_the_apps_own_svg() -> None:
    """Editing resources/icons/factsheet.svg needs packaging/render_icons.py to run again."""
    shipped = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert shipped.read_bytes() == (ROOT / "resources" / "icons" / "factsheet.svg").read_bytes()


def test_desktop_entry_names_the_icon_and_a_real_command() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    binary, *arguments = entry["Exec"].split()
    assert binary == entry["TryExec"] == "factsheet"
    build_parser().parse_args(arguments)  # exits (SystemExit) if the command is unknown
    assert "de" in {key.split("[")[1].rstrip("]") for key in entry if "[" in key}


def test_metainfo_matches_the_desktop_file_and_the_release() -> None:
    root = _metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("icon") == _desktop_entry()["Icon"]
    assert root.findtext("provides/binary") == "factsheet"
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__, "add a <release> for the new version"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="Debian's appstream not installed")
def test_metainfo_passes_appstream_validation() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="Debian's desktop-file-utils missing"
)
def test_desktop_file_passes_validation() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
