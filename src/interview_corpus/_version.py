"""The package's version, kept here so that reading it imports nothing."""

__version__ = "0.1.0"
