"""``oppgave.analysis`` hands out its public names lazily (PEP 562): each name must be the very
object of the module that defines it, ``dir()`` must list them before first use, and an unknown
name must fail like a normal missing attribute (``hasattr`` and ``from … import`` rely on it)."""

from __future__ import annotations

import importlib

import pytest

import oppgave.analysis as analysis


@pytest.mark.parametrize("name", analysis.__all__)
def test_each_public_name_is_its_modules_object(name: str) -> None:
    module = importlib.import_module(f"oppgave.analysis.{analysis._EXPORTS[name]}")
    assert getattr(analysis, name) is getattr(module, name)
    assert name in vars(analysis), "cached after the first use"


def test_all_lists_exactly_the_lazy_names() -> None:
    assert sorted(analysis.__all__) == sorted(analysis._EXPORTS)


def test_dir_lists_the_lazy_names() -> None:
    assert set(analysis._EXPORTS) <= set(dir(analysis))
    assert "__getattr__" in dir(analysis)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_function"):
        analysis.no_such_function  # noqa: B018 - the attribute access is the test
    assert not hasattr(analysis, "no_such_function")
