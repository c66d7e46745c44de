"""Packages only; all other metadata is in pyproject.toml.

The top-level ``resources/`` folder is installed as the package ``oppgave.resources`` so that
icons, fonts, translations and the task library load through ``importlib.resources``, in a
development checkout, an installed wheel and a PyInstaller bundle alike.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["oppgave", "oppgave.*"]), "oppgave.resources"],
    package_dir={"oppgave.resources": "resources"},
)
