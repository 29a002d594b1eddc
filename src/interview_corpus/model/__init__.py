"""The model: spans, the frozen data classes, sentences and mentions."""
