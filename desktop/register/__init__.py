"""The clinic register: every patient, visit, decision and due item, and an append-only,
hash-chained audit trail, in one SQLite file in the user's data folder. Qt-free."""
