"""The rule pack: reading, checking and compiling `rules/` into typed, immutable data.

The lowest layer of the engine: it knows nothing of cases or plans. Also home to what every
layer shares: the engine's errors, its sentences (`catalog`) and the one safe reader.
"""
