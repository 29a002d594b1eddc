"""Small helpers below everything: lazy values, text, limits, atomic writes, progress callbacks."""
