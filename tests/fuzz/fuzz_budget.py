"""The fuzz tests' budget: small by default so that the suite stays fast, large under
``HYPOTHESIS_PROFILE=long`` (run it now and then, e.g. overnight)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = os.environ.get("HYPOTHESIS_PROFILE", "default") == "long"
#: How many times more cases the long profile runs.
LONG_FACTOR = 25


def fuzz_settings(max_examples: int) -> settings:
    """Settings for a fuzz test: ``max_examples`` cases by default, many more when long."""
    return settings(
        max_examples=max_examples * LONG_FACTOR if LONG else max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
