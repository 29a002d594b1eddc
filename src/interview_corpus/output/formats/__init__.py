"""Export formats: one module per format, each with the same shape.

Every module defines:

* ``KIND``: ``"text"`` (one text stream), ``"binary"`` (one binary file) or
  ``"directory"`` (a folder of files);
* ``OPTIONS``: the keyword options ``write`` takes besides the object and target;
* ``DIRECTORY_FOR_CORPUS`` (optional): ``True`` when a text format writes a
  corpus, or to an existing directory, as a directory of files (``html``);
* ``write(obj, target, *, progress=None, **options)``: write an
  :class:`~interview_corpus.Interview` or :class:`~interview_corpus.Corpus` to
  ``target`` — a text stream, a binary stream, or a directory path, by ``KIND``
  — calling ``progress(done, total, name)`` after each interview, if given.

:func:`interview_corpus.export` picks the module by name, opens files, and
checks options; the modules import their own libraries (csv, xml, pyarrow) and
nothing imports them but :func:`~interview_corpus.export`.
"""

FORMATS = ("json", "jsonl", "csv", "markdown", "tei", "convokit", "parquet", "html")
"""The names :func:`interview_corpus.export` accepts, each a module of this package."""
