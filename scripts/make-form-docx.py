#!/usr/bin/env python3
"""Writes the referral form as a Word document (.docx), section by section
and question by question from FORM.md, for comparing start-up against a word
processor (scripts/measure-launch.sh) and, filled in, the program's PDF copy
against LibreOffice converting the form to PDF (docs/PERFORMANCE.md).
Needs python-docx.

    python3 scripts/make-form-docx.py ../shared/FORM.md target/prevent-referral-form.docx
        [--answers]   every answer filled in with a short sample
        [--long]      as --answers, with three answers of 50,000 characters
"""
import re
import sys

from docx import Document
from docx.shared import Pt


def sections(form_md):
    current = None
    for line in form_md.splitlines():
        m = re.match(r"^### (\w+): (.+)$", line)
        if m:
            current = (m.group(2), [])
            yield current
            continue
        m = re.match(r"^\| `([^`]+)` \| ([^|]+) \|", line)
        if m and current is not None:
            current[1].append((m.group(1), m.group(2).strip()))


LONG_ANSWERS = ("concerns.description", "concerns.online_activity", "actions.taken")


def long_answer(size):
    """About 50,000 characters of prose, in paragraphs, as the PDF bench has."""
    sentence = ("She said that the group meets on Fridays after school and that new "
                "members are shown videos before they are trusted. ")
    paragraphs, total = [], 0
    while total < size:
        paragraph = sentence * 8
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def main():
    source, out = sys.argv[1], sys.argv[2]
    long = "--long" in sys.argv[3:]
    answers = long or "--answers" in sys.argv[3:]
    text = open(source, encoding="utf-8").read()
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Prevent National Referral Form", 0)
    doc.add_paragraph("OFFICIAL-SENSITIVE when completed")
    doc.add_heading("Before you start", 1)
    doc.add_paragraph(
        "If you think someone is in immediate danger, call 999. Use your own words "
        "and give as much detail as you can. Send the completed form to your local "
        "police Prevent team by a secure route."
    )
    # list(): each section's rows are gathered after it is yielded.
    for title, labels in list(sections(text)):
        doc.add_heading(title, 1)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for path, label in labels:
            row = table.add_row().cells
            row[0].text = label
            answer = f"Sample answer: {label}" if answers else ""
            # The same three answers as the PDF benchmark (benches/pdf.rs).
            if long and path in LONG_ANSWERS:
                answer = long_answer(50_000)
            row[1].text = answer
    doc.add_heading("Declaration", 1)
    doc.add_paragraph("☐ The information is accurate to the best of my knowledge")
    doc.add_paragraph("Date of referral: ____ / ____ / ________")
    doc.save(out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
