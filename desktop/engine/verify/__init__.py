"""Checking the rule pack as a whole: exhaustive invariant verification and the scenario bank."""
