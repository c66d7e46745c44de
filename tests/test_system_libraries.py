"""The system libraries Qt needs: one list in the app, the installer script and the README, and
a clear message with the apt-get command instead of Qt's abort when some are missing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from oppgave import system_libraries
from oppgave.system_libraries import DEBIAN_PACKAGES, GUI_LIBRARIES, XCB_LIBRARIES

ROOT = Path(__file__).resolve().parents[1]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")


def _script_packages() -> list[str]:
    script = (ROOT / "installer" / "linux" / "system-deps.sh").read_text(encoding="utf-8")
    body = re.search(r"packages=\((.*?)\)", script, flags=re.S)
    assert body is not None
    return body.group(1).split()


def test_installer_script_and_readme_name_the_same_packages_as_the_app() -> None:
    assert _script_packages() == list(DEBIAN_PACKAGES)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(row for row in readme.splitlines() if row.startswith("sudo apt-get install -y"))
    assert line.split()[4:] == list(DEBIAN_PACKAGES)
    assert "libxcb-icccm4" in DEBIAN_PACKAGES and "libxcb-keysyms1" in DEBIAN_PACKAGES


@linux_only
def test_every_system_library_of_the_xcb_plugin_is_in_the_list() -> None:
    """What the installed PySide6's xcb plugin really links (``ldd``), outside the wheel and the
    C/C++ runtime, must be known, so that a missing one is named by its package."""
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("no ldd")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=True).stdout
    known = {**GUI_LIBRARIES, **XCB_LIBRARIES}
    runtime = (
        "libc.so",
        "libm.so",
        "libstdc++",
        "libgcc_s",
        "ld-linux",
        "linux-vdso",
        "libpthread",
        "libdl.so",
        "librt.so",
    )
    direct = (
        subprocess.run(["objdump", "-p", str(plugin)], capture_output=True, text=True).stdout
        if shutil.which("objdump")
        else output
    )
    needed = set(re.findall(r"NEEDED\s+(\S+)", direct)) or {
        row.split()[0] for row in output.splitlines() if "=>" in row
    }
    unknown = {
        name
        for name in needed
        if not name.startswith("libQt6") and not name.startswith(runtime) and name not in known
    }
    assert not unknown, f"add to oppgave/system_libraries.py: {sorted(unknown)}"


def test_missing_libraries_are_named_with_the_apt_command() -> None:
    """The loader answers "not found" for two xcb libraries: the check names their packages."""
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    packages = system_libraries.missing_packages(
        {"DISPLAY": ":0"}, loads=lambda soname: soname not in absent
    )
    assert packages == ("libxcb-icccm4", "libxcb-keysyms1")
    message = system_libraries.missing_message(packages)
    assert "apt-get install -y libxcb-icccm4 libxcb-keysyms1" in message
    # Offscreen and Wayland do not load the xcb plugin: only the GUI libraries count there.
    assert (
        system_libraries.missing_packages(
            {"QT_QPA_PLATFORM": "offscreen"}, loads=lambda soname: soname not in absent
        )
        == ()
    )
    assert system_libraries.uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}) is False
    assert system_libraries.uses_xcb({"QT_QPA_PLATFORM": "xcb;wayland"}) is True


@linux_only
def test_the_real_loader_finds_the_libraries_of_this_machine() -> None:
    """``_loads`` is the dynamic loader itself: true for libc, false for a made-up name."""
    assert system_libraries._loads("libc.so.6")
    assert not system_libraries._loads("libdoes-not-exist-oppgave.so.9")


@linux_only
def test_the_app_without_a_display_exits_with_a_message_not_an_abort(tmp_path: Path) -> None:
    """``oppgave --demo`` where Qt would abort (xcb, no DISPLAY): exit 1 and a sentence."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment.update(XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "oppgave", "--demo"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("Feil: skrivebordsprogrammet")
    assert not (tmp_path / "oppgave" / "demo.oppgave").exists()  # stopped before anything


def test_ci_starts_the_readme_command_under_xvfb() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = next(
        block.strip()
        for block in re.findall(r"```sh\n(.*?)```", readme, flags=re.S)
        if "--demo" in block and "pip install" in block
    )
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"bash .ci/start-app.sh '{start}'" in ci.splitlines()
