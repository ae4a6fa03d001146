"""OVCF Pathway: offline point-of-care planning for osteoporotic vertebral compression fractures."""

__version__ = "0.1.0"
