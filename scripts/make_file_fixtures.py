"""Make the Word and PDF fixtures from a real, public-domain transcript in the development corpus.

A press office sends transcripts as Word files and PDFs: this script makes one
of each from ``tests/real/statedept-briefing-gayle-smith-2021-06-04.txt`` (a US
State Department briefing, public domain), the way such offices lay them out:

* ``.docx`` (python-docx): the title in the Heading 1 style, one Word paragraph
  per paragraph of the text, the speaker's label in bold;
* ``.pdf`` (fpdf2): the text wrapped to the page, with a running header and a
  "Page N of M" footer on every page, a label in bold.

Run it from the project root with the test extras installed:
``python scripts/make_file_fixtures.py``. The files are committed; the script is
here so that anyone can see how they were made and make them again.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "real" / "statedept-briefing-gayle-smith-2021-06-04.txt"
TARGET = ROOT / "tests" / "fixtures" / "files"
LABEL = re.compile(r"(?:MR|MS|MRS|DR) [A-Z]+:|QUESTION:|OPERATOR:")
FIXED = datetime.datetime(2021, 6, 4, 12, 0, 0, tzinfo=datetime.UTC)


def paragraphs() -> list[str]:
    text = SOURCE.read_text(encoding="utf-8")
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def make_docx(blocks: list[str]) -> None:
    document = docx.Document()
    document.core_properties.created = FIXED
    document.core_properties.modified = FIXED
    document.add_heading(blocks[0], level=1)
    for block in blocks[1:]:
        paragraph = document.add_paragraph()
        label = LABEL.match(block)
        if label:
            paragraph.add_run(label.group()).bold = True
            paragraph.add_run(block[label.end() :])
        else:
            paragraph.add_run(block)
    document.save(TARGET / "state-briefing-gayle-smith-2021.docx")


def write_pdf(
    blocks: list[str],
    target: Path,
    *,
    running_header: str,
    label: Callable[[str], tuple[str, str] | None],
    size: int,
    leading: int,
    gap: int,
) -> None:
    """The title in bold, then each block wrapped to A4 pages, its label (``label``) in bold.

    Every page has ``running_header`` above and "Page N of M" below, as offices print them.
    """

    class Pages(FPDF):
        def header(self) -> None:
            self.set_font("helvetica", "I", 8)
            self.cell(0, 8, running_header, align="C")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("helvetica", "I", 8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Pages()
    pdf.set_creation_date(FIXED)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.add_font("dejavu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("dejavu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_font("dejavu", "B", 13)
    pdf.multi_cell(0, 7, blocks[0])
    pdf.ln(4)
    for block in blocks[1:]:
        pdf.set_font("dejavu", "", size)
        found = label(block)
        if found:
            pdf.multi_cell(0, leading, f"**{found[0]}**{found[1]}", markdown=True)
        else:
            pdf.multi_cell(0, leading, block)
        pdf.ln(gap)
    pdf.output(str(target))


def _briefing_label(block: str) -> tuple[str, str] | None:
    found = LABEL.match(block)
    return (found.group(), block[found.end() :]) if found else None


HEARING = ROOT / "tests" / "real" / "inquiry-pohi-focus-group-2022-03-18.txt"
_BOLD_LABEL = re.compile(r"\*\*([^*]+)\*\*:")


def hearing_paragraphs() -> list[str]:
    """The Post Office Horizon IT Inquiry's focus-group hearing (OGL v3), its reStructuredText undone.

    The page's raw HTML blocks and the title's underlines go; ``**Name**:`` becomes ``Name:``
    (set in bold in the PDF), ``*(2.00 pm)*`` a plain line, as the inquiry's own PDFs print them.
    """
    blocks = []
    for block in HEARING.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines or lines[0].startswith(".. ") or lines[0].startswith("   "):
            continue
        lines = [line for line in lines if set(line.strip()) - set("=-")]
        text = " ".join(" ".join(lines).split()).replace("*(", "(").replace(")*", ")")
        if text:
            blocks.append(text)
    return blocks


def _hearing_label(block: str) -> tuple[str, str] | None:
    found = _BOLD_LABEL.match(block)
    return (found.group(1) + ":", block[found.end() :]) if found else None


if __name__ == "__main__":
    TARGET.mkdir(parents=True, exist_ok=True)
    blocks = paragraphs()
    make_docx(blocks)
    write_pdf(
        blocks,
        TARGET / "state-briefing-gayle-smith-2021.pdf",
        running_header="U.S. Department of State - Office of the Spokesperson",
        label=_briefing_label,
        size=11,
        leading=6,
        gap=3,
    )
    write_pdf(
        hearing_paragraphs(),
        TARGET / "inquiry-pohi-focus-group-2022.pdf",
        running_header="Post Office Horizon IT Inquiry - Human Impact Focus Group 4",
        label=_hearing_label,
        size=10,
        leading=5,
        gap=2,
    )
