#!/usr/bin/env python3
"""The baseline of `letters --outstanding`: the same letters, already merged, as one word-processor
file for LibreOffice to export to PDF. Reads the text of the app's own letters PDF (made with
`pdftotext letters.pdf letters.txt`, one letter a page) and writes a flat ODF text file with one
paragraph per line and a page break before each letter (DejaVu Sans 10.5 pt, no logo: a plainer
document than the app's, so LibreOffice's figure is if anything low). Then time
`soffice --headless --convert-to pdf --outdir OUT merged-letters.fodt` against the app.

usage: merged_letters_fodt.py letters.txt merged-letters.fodt
"""
import sys
from xml.sax.saxutils import escape

pages = [p for p in open(sys.argv[1], encoding="utf-8").read().split("\f") if p.strip()]
paragraphs = []
for number, page in enumerate(pages):
    for index, line in enumerate(page.split("\n")):
        style = "First" if index == 0 and number > 0 else "Body"
        paragraphs.append('<text:p text:style-name="%s">%s</text:p>' % (style, escape(line)))
font = 'style:font-name="DejaVu Sans" fo:font-size="10.5pt"'
document = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="DejaVu Sans"/></office:font-face-decls>
<office:automatic-styles>
<style:style style:name="Body" style:family="paragraph"><style:text-properties {font}/></style:style>
<style:style style:name="First" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/><style:text-properties {font}/></style:style>
</office:automatic-styles>
<office:body><office:text>
{chr(10).join(paragraphs)}
</office:text></office:body></office:document>
'''
open(sys.argv[2], "w", encoding="utf-8").write(document)
print(f"{len(pages)} letters written to {sys.argv[2]}")
