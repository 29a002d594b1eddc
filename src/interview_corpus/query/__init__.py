"""Queries over the model: search, grep, records, frames, quotes, filters."""
