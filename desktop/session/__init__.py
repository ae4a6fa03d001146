"""The open case as the app holds it, without Qt: answers, file, unsaved changes, decisions,
visit history and when to autosave. The UI wires its widgets and a timer to it."""
