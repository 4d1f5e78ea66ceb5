"""How many examples the property tests (hypothesis) try: their own counts in the suite, a few in
mutation runs.

tests/mutation.py sets ``OBSERVER_HYPOTHESIS_PROFILE=mutation``; tests/conftest.py then loads the
``mutation`` profile below before any test module is imported. mutmut runs the tests once per
mutant, so 400 examples a test make a module of 700 mutants take hours; the few derandomized
examples of this profile give the same verdict on every run (a mutant is killed or not, never by
luck), and hand-written tests do the exact checking. Tests that name their own count write it as
``max_examples=examples(400)``: a profile only changes the settings a test leaves unset.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

PROFILE_VARIABLE = "OBSERVER_HYPOTHESIS_PROFILE"
MUTATION = "mutation"
MUTATION_EXAMPLES = 25

settings.register_profile(
    MUTATION,
    max_examples=MUTATION_EXAMPLES,
    derandomize=True,  # the same examples for every mutant: a verdict does not depend on luck
    database=None,  # a failing example of one mutant must not be replayed against the next
    deadline=None,  # mutants are slower (mutmut's trampolines) and the machine is shared
    phases=(Phase.explicit, Phase.generate),  # a killed mutant needs no shrunk example
    suppress_health_check=list(HealthCheck),
)


def load_selected_profile() -> None:
    """Load the profile named by ``OBSERVER_HYPOTHESIS_PROFILE``, if any (tests/conftest.py)."""
    name = os.environ.get(PROFILE_VARIABLE, "")
    if name:
        settings.load_profile(name)


def mutation_run() -> bool:
    return settings.get_current_profile_name() == MUTATION


def examples(count: int) -> int:
    """``count`` examples, or the mutation profile's few (never more than ``count``)."""
    return min(count, MUTATION_EXAMPLES) if mutation_run() else count
