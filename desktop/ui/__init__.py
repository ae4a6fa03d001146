"""The Qt user interface. Views render a plan computed by `desktop.engine`; no clinical logic here."""
