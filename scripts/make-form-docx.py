#!/usr/bin/env python3
"""Writes the referral form as a Word document (.docx), section by section
and question by question from FORM.md, for comparing start-up against a word
processor (scripts/measure-launch.sh). Needs python-docx.

    python3 scripts/make-form-docx.py ../shared/FORM.md target/prevent-referral-form.docx
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
            current[1].append(m.group(2).strip())


def main():
    source, out = sys.argv[1], sys.argv[2]
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
    for title, labels in sections(text):
        doc.add_heading(title, 1)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label in labels:
            row = table.add_row().cells
            row[0].text = label
            row[1].text = ""
    doc.add_heading("Declaration", 1)
    doc.add_paragraph("☐ The information is accurate to the best of my knowledge")
    doc.add_paragraph("Date of referral: ____ / ____ / ________")
    doc.save(out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
