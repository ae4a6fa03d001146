"""A case: today's answers checked against the rule pack, its history, and the question route."""
