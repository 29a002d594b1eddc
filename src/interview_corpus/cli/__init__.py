"""The command line: ``interview-corpus``."""
