"""Sphinx configuration for the interview-corpus documentation."""

from __future__ import annotations

from importlib.metadata import version as installed_version

project = "interview-corpus"
author = "the interview_corpus developers"
copyright = "2026, the interview_corpus developers; the bundled text © TASS"
release = installed_version("interview-corpus")  # the installed package is what is documented
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
]
# Copy code without the prompts and outputs: ">>> ", "... " and "$ " lines only.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_inventories", "explanation/benchmark-results.md"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_class_signature = "separated"
autodoc_member_order = "bysource"
autodoc_preserve_defaults = True
autodoc_default_options = {"exclude-members": "__init__, __new__"}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

# The build runs offline: the inventories are kept in _inventories (see its README); links
# still point at the published documentation.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3.11", "_inventories/python-3.11.inv"),
    "attrs": ("https://www.attrs.org/en/stable/", "_inventories/attrs-22.2.inv"),
    "pandas": ("https://pandas.pydata.org/docs/", "_inventories/pandas-1.5.inv"),
}

# Type aliases used in parameters, linked to their entries on the API page (the Literal ones
# nested in other types, such as MentionForm, read best spelled out).
TYPE_ALIASES = (
    "Object",
    "SpeakerKey",
    "TopicKey",
    "Level",
    "Syntax",
    "RecordLevel",
    "Style",
    "Lexicon",
    "Segmenter",
    "InterviewRecord",
    "ExchangeRecord",
    "TurnRecord",
    "ParagraphRecord",
    "SentenceRecord",
    "MentionRecord",
    "TextMatchRecord",
)
autodoc_type_aliases = {name: f"interview_corpus.{name}" for name in TYPE_ALIASES}
# The type variable of Interview.get's overloads has no page of its own to link to.
# Type variables, and the Protocol of "anything with a start and an end" that normalize() takes
# (a Span, from a wing below the model): private names, documented where they are used.
nitpick_ignore = [
    ("py:class", "_T"),
    ("py:class", "interview_corpus.interview._T"),
    ("py:class", "interview_corpus.model._objects.ObjectT"),  # lookup(id, kind)'s kind
    ("py:class", "_Found_co"),
    ("py:class", "interview_corpus._util.text._Bounds"),
]

nitpicky = True

html_theme = "furo"
html_title = f"interview-corpus {release}"
