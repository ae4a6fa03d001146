"""What the screen, the printouts and the text output say about a plan, written once.

Qt-free: every function takes the plan (and, for wording, a `Words`: the reader's language
and date format) and returns text or HTML. The UI renders it; the CLI prints it.
"""
