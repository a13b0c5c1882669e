#!/usr/bin/env python3
"""Writes replies u129..u144 (Corpus/u*.eml + expected u*.json) - the ninth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the eight earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. This round covers inbox situations the earlier rounds lack: the quote in a Word .docx attachment,
once as a Word table (a "No quote" cell spanning two grid columns, a price split over two runs, a footer part full of
numbers) and once as auto-numbered paragraphs (the list numbers live in numbering.xml, not in the text; a bag price
against the KG line); an SAP-style quotation print with positions 10/20/30, vendor material numbers, "Your material
number" fields and gross / discount / net price condition lines with a "/ 1,000 PC" price unit; an HTML table whose
cells hold <br> line breaks (price tiers stacked in one cell, "MOQ 25,000" under a price); "k" / "M" quantity
suffixes with prices per "k" and a validity written as a weekday and a date without a year; a reply that prices two
lines and says the rest will follow in a separate quote (missing, not declined); a pack-size round-up ("bags of 750,
so we quote 8,250"); a UTF-8 CSV with a byte-order mark, title rows above the header and quoted fields holding commas
and line breaks; an Outlook HTML "table" typed with tab stops (mso-tab-count spans) and &nbsp; runs in <p> paragraphs;
a LibreOffice .ods spreadsheet (currency-typed cells, repeated-column and repeated-row elements); a format=flowed
plain-text reply whose long lines are soft-wrapped; a Swedish reply in SEK ("à-pris", "från lager", "veckor",
"giltig t.o.m."); German whole-euro amounts ("41,-", "1.250,-") with the currency named once; an ERP quotation saved
as a windows-1252 .htm attachment with a "per" price-unit column; the requested cylinder quoted with a cheaper own-brand
alternative offered only "if acceptable" in a separate paragraph; and a report printout in the body whose table
continues under a repeated page header after "--- page 2 ---", with a vCard attachment.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import datetime
import io
import zipfile
from xml.sax.saxutils import escape

from make_corpus import line, nob  # expected-line shapes
from blind_round import Round  # the round's cases, checked and written
from make_blind5 import file_part, multipart, text_part  # MIME parts
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ROUND = Round(129)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


# ----- a minimal WordprocessingML package (what Word needs to open it: content types, package and part relationships,
# the main document with a section, optionally a footer part and a numbering part) -----

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def w_run(piece):
    """One run: a string, or (text, "b") for bold, or (text, "b", half_points) for bold at a size."""
    text, bold, size = (piece, False, None) if isinstance(piece, str) else (piece[0], "b" in piece[1:2], (piece[2:] or [None])[0])
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    return (f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}"
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def w_p(*pieces, numbered=False, after=120):
    ppr = ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else "") + \
          f'<w:spacing w:after="{after}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(w_run(p) for p in pieces if p)}</w:p>"


def w_table(widths, rows):
    """rows: lists of cells; a cell is a string, a list of run pieces, or {"runs": [...], "span": n}. Row 0 is the
    repeated header row (bold)."""
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
           + "".join(border.format(e) for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + '</w:tblBorders><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
             'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
    for i, cells in enumerate(rows):
        out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""))
        col = 0
        for c in cells:
            if isinstance(c, dict):
                pieces, span = c["runs"], c["span"]
            else:
                pieces, span = ([c] if isinstance(c, str) else c), 1
            if i == 0:
                pieces = [(p, "b") if isinstance(p, str) else p for p in pieces]
            width = sum(widths[col:col + span])
            tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{w_p(*pieces, after=0)}</w:tc>")
            col += span
        assert col == len(widths), cells
        out.append("</w:tr>")
    return "".join(out) + "</w:tbl>"


def docx(body, footer=None, numbering=False):
    ct = ['<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    rels = []
    if footer:
        ct.append('<Override PartName="/word/footer1.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
                    'Target="footer1.xml"/>')
    if numbering:
        ct.append('<Override PartName="/word/numbering.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
                    'Target="numbering.xml"/>')
    ct.append("</Types>")
    sect = ('<w:sectPr>' + ('<w:footerReference w:type="default" r:id="rId2"/>' if footer else "")
            + '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
              'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", XML_DECL + "".join(ct))
        z.writestr("_rels/.rels", XML_DECL +
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   'Target="word/document.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                   'Target="docProps/core.xml"/></Relationships>')
        z.writestr("docProps/core.xml", XML_DECL +
                   '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                   'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                   'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Quotation</dc:title>'
                   '<dc:creator>Sales</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-06-04T15:20:00Z</dcterms:created>'
                   '</cp:coreProperties>')
        z.writestr("word/_rels/document.xml.rels", XML_DECL +
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels)
                   + "</Relationships>")
        z.writestr("word/document.xml", XML_DECL + f"<w:document {W_NS}><w:body>{body}{sect}</w:body></w:document>")
        if footer:
            z.writestr("word/footer1.xml", XML_DECL + f"<w:ftr {W_NS}>{footer}</w:ftr>")
        if numbering:
            z.writestr("word/numbering.xml", XML_DECL +
                       f'<w:numbering {W_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
                       '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
                       '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
                       '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    return buf.getvalue()


# ----- a minimal OpenDocument spreadsheet as LibreOffice writes it (mimetype stored first, manifest, content) -----

def ods(rows):
    """rows: lists of cells; a cell is "" (empty), a string, a number (float cell), ("$", value, shown) for a USD
    currency cell, or ("span", text, n) for a cell spanning n columns. Trailing empty cells are folded into one
    number-columns-repeated cell, and the sheet ends with LibreOffice's huge repeated empty row."""
    def cell(c):
        if c == "":
            return "<table:table-cell/>"
        if isinstance(c, tuple) and c[0] == "$":
            return (f'<table:table-cell table:style-name="ce2" office:value-type="currency" office:currency="USD" '
                    f'office:value="{c[1]}" calcext:value-type="currency"><text:p>{escape(c[2])}</text:p></table:table-cell>')
        if isinstance(c, tuple) and c[0] == "span":
            return (f'<table:table-cell table:number-columns-spanned="{c[2]}" table:number-rows-spanned="1" '
                    f'office:value-type="string" calcext:value-type="string"><text:p>{escape(c[1])}</text:p></table:table-cell>'
                    + (f'<table:covered-table-cell table:number-columns-repeated="{c[2] - 1}"/>' if c[2] > 2
                       else "<table:covered-table-cell/>"))
        if isinstance(c, (int, float)):
            shown = f"{c:,}" if isinstance(c, int) else f"{c}"
            return (f'<table:table-cell office:value-type="float" office:value="{c}" calcext:value-type="float">'
                    f"<text:p>{shown}</text:p></table:table-cell>")
        return (f'<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>{escape(c)}</text:p>'
                "</table:table-cell>")

    width = 8
    xml_rows = []
    for r in rows:
        used = sum(c[2] if isinstance(c, tuple) and c[0] == "span" else 1 for c in r)
        while r and r[-1] == "":
            r = r[:-1]
            used -= 1
        cells = "".join(cell(c) for c in r)
        if used < width:
            cells += f'<table:table-cell table:number-columns-repeated="{width - used}"/>'
        xml_rows.append(f'<table:table-row table:style-name="ro1">{cells}</table:table-row>')
    xml_rows.append(f'<table:table-row table:style-name="ro1" table:number-rows-repeated="{1048576 - len(rows)}">'
                    f'<table:table-cell table:number-columns-repeated="{width}"/></table:table-row>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">'
        '<office:automatic-styles>'
        '<number:currency-style style:name="N104P0" style:volatile="true"><number:currency-symbol number:language="en" '
        'number:country="US">$</number:currency-symbol><number:number number:decimal-places="2" number:min-decimal-places="2" '
        'number:min-integer-digits="1" number:grouping="true"/></number:currency-style>'
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="0.889in"/></style:style>'
        '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.178in" '
        'style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="ta1" style:family="table"><style:table-properties '
        'table:display="true" style:writing-mode="lr-tb"/></style:style>'
        '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N104P0"/>'
        '</office:automatic-styles><office:body><office:spreadsheet>'
        '<table:table table:name="Quotation" table:style-name="ta1">'
        f'<table:table-column table:style-name="co1" table:number-columns-repeated="{width}" '
        'table:default-cell-style-name="Default"/>'
        + "".join(xml_rows) +
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{ODS}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2026, 6, 12, 9, 40, 0)), ODS, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def flowed(text, width=72):
    """RFC 3676 format=flowed (DelSp=no) as Thunderbird sends it: a line longer than width is soft-broken after the
    last space that fits, the space kept at the end of the first piece; "-- " (the signature separator) and quoted
    lines ("> ...", already flowed by hand) are left alone."""
    out = []
    for ln in text.split("\n"):
        if ln.startswith(">") or ln == "-- ":
            out.append(ln)
            continue
        while len(ln) > width:
            cut = ln.rfind(" ", 0, width)
            assert cut > 0, ln
            out.append(ln[:cut + 1])
            ln = ln[cut + 1:]
        out.append(ln)
    for ln in out:
        assert not ln.startswith((" ", "From ")), ln  # would need space-stuffing
    return "\n".join(out)


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u129 the quote is a Word .docx attachment with a real Word table (w:tbl, header row repeated on each page): a short
# cover note in the body; the spring row's "No quote" cell spans the price and lead-time grid columns (w:gridSpan);
# the plate price sits in two runs ("43." + "80", as Word splits text at an edit); screws "30.80 per 1,000" -> 0.0308;
# terms and a written validity date in paragraphs under the table; a footer part with address and phone numbers.
U129_TABLE = w_table([600, 1700, 2700, 900, 600, 1600, 1200], [
    ["Item", "Part number", "Description", "Qty", "Unit", "Unit price (USD)", "Lead time"],
    ["1", "GSK-EPDM-80", "Gasket, EPDM 70 Shore A, 80 x 62 x 3 mm", "5,000", "EA", "0.187", "4 weeks"],
    ["2", "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR, black", "1,500", "M", "1.41 / m", "3 weeks"],
    ["3", "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "20,000", "EA", "30.80 per 1,000", "stock"],
    ["4", "PLT-0915-R2", "Motor base plate, 6082-T6, CNC", "120", "EA", ["43.", "80"], ["8 ", "weeks"]],
    ["5", "SPR-C0630-302", "Compression spring, 302 SS", "8,000", "EA",
     {"runs": ["No quote - springs are outside our range"], "span": 2}]])
U129_DOCX = docx(
    w_p(("Mid-Ohio Gasket & Wire Co.", "b", 32))
    + w_p(("QUOTATION QN-26-0412", "b", 26))
    + w_p("Date: June 5, 2026")
    + w_p("To: Northridge - Attn. Nora Reyes")
    + w_p("Your reference: ", ("NR-RFQ-0619", "b"))
    + w_p("We are pleased to quote as follows:")
    + U129_TABLE
    + w_p("")
    + w_p("All prices in US dollars, per piece unless stated otherwise; the cable is priced per metre.")
    + w_p("Delivery terms: FCA Columbus, OH (Incoterms 2020). Payment terms: net 30 days.")
    + w_p("This quotation is valid until July 24, 2026.")
    + w_p("Sincerely,")
    + w_p("Trent Abernathy, Inside Sales"),
    footer=w_p("Mid-Ohio Gasket & Wire Co. | 2200 Refugee Rd, Columbus, OH 43207 | Tel 614-555-0172 | Fax 614-555-0173 | "
               "Form QF-07 rev 3, 01/2025", after=0))
sample("u129-docx-word-table", S.with_attachment("Trent Abernathy <tabernathy@midohio-gasket.example>", """Hi Nora,

Please find our quotation QN-26-0412 for your RFQ NR-RFQ-0619 attached (Word document).

Regards,
Trent Abernathy
Mid-Ohio Gasket & Wire Co.""", DOCX, "QN-26-0412 Northridge.docx", U129_DOCX),
       "partial", "USD", "2026-07-24", "FCA",
       [line(1, 0.187, lead=28), line(2, 1.41, lead=21), line(3, 0.0308, lead=0), line(4, 43.80, lead=56), nob(5)],
       ["no-bid"])

# u130 SAP-style quotation print in the body: a header block of fields (quotation number, dd.mm.yyyy dates, "Valid to
# 17.07.2026", Incoterms, payment key, document currency), then positions 10 / 20 / 30 (not RFQ line numbers) with the
# vendor's own material number on the position line and the customer's part number in a "Your material number" field
# under it; condition lines gross price / discount 6 % / net price (the net price is the quote; screws "31.96 USD /
# 1,000 PC" -> 0.03196) and a "Net value" per position, a total net value. Cable and plate listed under "No
# quotation for" (declined).
sample("u130-sap-positions-conditions", S.msg("Karl Fenske <kfenske@ohiovalley-ic.example>", "text/plain", """Dear Ms. Reyes,

please find below our quotation for your inquiry NR-RFQ-0619.

QUOTATION                                   Ohio Valley Industrial Components LLC
                                            4620 Spring Grove Ave, Cincinnati OH 45232

Quotation number    20004711
Quotation date      05.06.2026
Valid from          05.06.2026
Valid to            17.07.2026
Sold-to party       100388  NORTHRIDGE AUTOMATION
Your inquiry        NR-RFQ-0619  of  29.05.2026
Contact person      Karl Fenske  513-555-0166
Incoterms           FCA  Cincinnati OH
Terms of payment    ZN30  within 30 days net
Document currency   USD

Item  Material        Description                              Quantity  UoM
----  --------------  ---------------------------------------  --------  ---
  10  300-118-44      GASKET EPDM 70SH 80/62X3 DIE-CUT            5,000  PC
      Your material number   GSK-EPDM-80
      Gross price            0.2050 USD  /     1 PC
      Discount                6.000- %
      Net price              0.1927 USD  /     1 PC
      Net value              963.50 USD
      Delivery time          4 weeks after receipt of order

  20  410-022-07      SCREW SHCS ISO4762 M4X10 A2-70             20,000  PC
      Your material number   SCR-M4X10-A2
      Gross price             34.00 USD  / 1,000 PC
      Discount                6.000- %
      Net price               31.96 USD  / 1,000 PC
      Net value              639.20 USD
      Delivery time          from stock

  30  520-630-30      SPRING COMPR 302SS 0.6X6.3X30               8,000  PC
      Your material number   SPR-C0630-302
      Gross price            0.0745 USD  /     1 PC
      Net price              0.0745 USD  /     1 PC
      Net value              596.00 USD
      Delivery time          6 weeks after receipt of order

Total net value                                      2,198.70 USD

No quotation for the following items of your inquiry:
  CBL-4C22-PUR   cable        - not in our product range
  PLT-0915-R2    motor plate  - machined parts are not in our product range

Kind regards
Karl Fenske
Sales Office Industrial Components
"""), "partial", "USD", "2026-07-17", "FCA",
       [line(1, 0.1927, lead=28), nob(2), line(3, 0.03196, lead=0), nob(4), line(5, 0.0745, lead=42)],
       ["no-bid"])

# u131 HTML table whose cells contain <br> line breaks: the gasket's price cell stacks three tiers ("1k+: $0.214<br>
# 5k+: $0.186<br>10k+: $0.171" -> 5,000 takes 5k+), the screw and spring price cells put "MOQ ..." on a second line
# (screws MOQ 25,000 above the 20,000 asked, quantity restated as asked -> null), the cable cell adds "cut to length",
# descriptions wrap with <br>. Plate "regret". "valid through June 30, 2026" (not short).
sample("u131-html-br-stacked-cells", S.msg("Carla Vintner <cvintner@wolverine-ind.example>", "text/html", """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Hi Nora,</p>
<p>Thanks for sending NR-RFQ-0619 our way. Our pricing is below, all in US dollars.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#E7E6E6"><th>Part number</th><th>Description</th><th>Qty</th><th>Price (USD)</th><th>Lead time</th></tr>
<tr><td>GSK-EPDM-80</td><td>Gasket, EPDM 70<br>80 x 62 x 3 mm</td><td align="right">5,000</td><td align="right">1k+: $0.214<br>5k+: $0.186<br>10k+: $0.171</td><td>4 weeks</td></tr>
<tr><td>CBL-4C22-PUR</td><td>Cable 4 x 22 AWG<br>shielded, PUR</td><td align="right">1,500 m</td><td align="right">$1.39 / m<br><small>cut to length</small></td><td>2 weeks</td></tr>
<tr><td>SCR-M4X10-A2</td><td>SHCS M4 x 10<br>A2-70</td><td align="right">20,000</td><td align="right">$0.0302 ea<br><small>MOQ 25,000</small></td><td>stock</td></tr>
<tr><td>PLT-0915-R2</td><td>Motor base plate<br>6082-T6</td><td align="right">120</td><td align="right">regret</td><td>-</td></tr>
<tr><td>SPR-C0630-302</td><td>Compression spring<br>302 SS, 0.6 x 6.3 x 30</td><td align="right">8,000</td><td align="right">$0.0725 ea<br><small>MOQ 5,000</small></td><td>5 weeks</td></tr>
</table>
<p>Quote valid through June 30, 2026. EXW Grand Rapids, MI.</p>
<p>Carla Vintner<br>Wolverine Industrial Supply<br>616-555-0183</p>
</body></html>"""), "partial", "USD", "2026-06-30", "EXW",
       [line(1, 0.186, lead=28), line(2, 1.39, lead=14), line(3, 0.0302, lead=0, moq=25000), nob(4),
        line(5, 0.0725, lead=35, moq=5000)],
       ["moq-above-quantity", "no-bid"])

# u132 "k" / "M" suffixes: quantities "5k pcs", "1.5k m", "20k pcs", "8k pcs" (all as requested -> null), prices per
# "k" ("$192/k" -> 0.192, "$29.40/k" -> 0.0294), MOQs "2.5k" / "1.5k", a "0.5M+" blanket break that does not apply;
# validity as a weekday and a date without a year ("good through Friday, July 10") -> the coming one, 2026-07-10.
sample("u132-k-suffix-weekday-validity", S.msg("Jim Ostrowski <jim@bluegrass-fastener.example>", "text/plain", """Nora,

Quick numbers on 0619, all USD:

GSK-EPDM-80     5k pcs     $192/k      4 wks     MOQ 2.5k
CBL-4C22-PUR    1.5k m     $1.37/m     2 wks
SCR-M4X10-A2    20k pcs    $29.40/k    stock     (0.5M+ pcs on a blanket order: $24.10/k)
SPR-C0630-302   8k pcs     $71.50/k    5 wks     MOQ 1.5k

No quote on the plate PLT-0915-R2 - we don't machine.

Pricing good through Friday, July 10. CPT Louisville, KY.

Thanks,
Jim Ostrowski
Bluegrass Fastener & Spring
502-555-0128
"""), "partial", "USD", "2026-07-10", "CPT",
       [line(1, 0.192, lead=28, moq=2500), line(2, 1.37, lead=14), line(3, 0.0294, lead=0), nob(4),
        line(5, 0.0715, lead=35, moq=1500)],
       ["no-bid"])

# u133 the vendor prices two lines now and says the other three will follow in a separate quote ("remaining items to
# follow"): lines 2-4 are missing (not declined), so missing-line and no no-bid. "4-5 weeks" -> 35; "valid 45 days"
# -> 2026-07-20; a follow-up date in the text is not the validity.
sample("u133-remaining-items-to-follow", S.msg("Dana Whitlock <dwhitlock@hoosier-rubber.example>", "text/plain", """Hi Nora,

Thanks for NR-RFQ-0619. Here is what I can give you today, prices in US dollars:

  GSK-EPDM-80     5,000 pcs    $0.1845 each    5 weeks
  SPR-C0630-302   8,000 pcs    $0.0702 each    4-5 weeks

The cable, the screws and the motor base plate are still out with our suppliers. The remaining items will
follow in a separate quote - I expect to have them to you by Wednesday, June 10.

The prices above are valid 45 days, DAP Fort Wayne, IN (Incoterms 2020).

Best,
Dana Whitlock
Hoosier Rubber & Spring
260-555-0114
"""), "partial", "USD", "2026-07-20", "DAP",
       [line(1, 0.1845, lead=35), line(5, 0.0702, lead=35)],
       ["missing-line"])

# u134 pack sizes: gaskets "$95.00 per carton of 500" (10 cartons = the 5,000 asked), screws "$74.50 per box of
# 2,500" (8 boxes = 20,000; minimum 2 boxes -> MOQ 5,000), springs "packed in bags of 750, so we quote 8,250" (11 bags
# -> quantity differs) with "SPQ 750 / MOQ 1,500". Cable "no bid"; the plate never mentioned. Written validity date
# (not short).
sample("u134-pack-roundup-spq", S.msg("Reggie Alvarado <ralvarado@mahoning-supply.example>", "text/plain", """Nora,

Our offer for NR-RFQ-0619, US dollars:

1) GSK-EPDM-80 - $95.00 per carton of 500 pcs. 5,000 pcs = 10 cartons. 3 weeks.

2) SCR-M4X10-A2 - $74.50 per box of 2,500 pcs. 20,000 pcs = 8 boxes. From stock. Minimum order 2 boxes.

3) SPR-C0630-302 - $0.0712 each. The springs are packed in bags of 750, so we quote 8,250 pcs (11 bags)
   instead of 8,000. SPQ 750 / MOQ 1,500. 6 weeks.

CBL-4C22-PUR: no bid, we don't carry cable.

Offer valid until July 2, 2026. FCA Youngstown, OH.

Reggie Alvarado
Mahoning Industrial Supply
330-555-0161
"""), "partial", "USD", "2026-07-02", "FCA",
       [line(1, 0.19, lead=21), nob(2), line(3, 0.0298, lead=0, moq=5000), line(5, 0.0712, qty=8250, lead=42, moq=1500)],
       ["missing-line", "no-bid", "quantity-differs"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u135 the quote is a Word .docx letter with the items as AUTO-NUMBERED paragraphs (w:numPr -> numbering.xml; the
# "1." ... "4." are not in the text), bold part numbers in their own runs; the resin "USD 81.25 per 25 kg bag" -> 3.25
# per kg; O-rings and hose declined in one sentence; terms, CPT and a written validity date in the last paragraph; a
# footer part with address and phone.
U135_ITEMS = [
    [("RES-PA66-GF30", "b"), ", polyamide 66 GF30, heat stabilised, black - 2,500 kg: USD 81.25 per 25 kg bag "
                             "(100 bags), delivery 3 weeks after receipt of order."],
    [("SHT-5052H32-030", "b"), ", aluminium sheet 5052-H32, 3.0 x 1250 x 2500 mm - 90 sheets: USD 141.00 per sheet, "
                               "delivery 5 weeks."],
    [("BRG 6205-2RS", "b"), ", SKF deep groove ball bearing, C3 - 400 pcs: USD 3.12 each, from stock."],
    [("KIT-PX200-SEAL", "b"), ", seal kit for PX-200 pump, bagged and labelled - 150 sets: USD 38.75 per set, "
                              "delivery 7 weeks."]]
U135_DOCX = docx(
    w_p(("Red River Industrial Supply, Inc.", "b", 28))
    + w_p("Tulsa, June 12, 2026")
    + w_p("Halvorsen Mfg. - Attn. Ms. Lena Marsh")
    + w_p(("Re: Your request for quotation HM-RFQ-2611", "b"))
    + w_p("Dear Ms. Marsh,")
    + w_p("Thank you for your request for quotation. We are pleased to offer the following items:")
    + "".join(w_p(*it, numbered=True) for it in U135_ITEMS)
    + w_p("We regret that we cannot quote the O-rings (OR-0120-NBR70) or the hydraulic hose (HSE-2SN-08); both are "
          "outside our product range.")
    + w_p("All prices are in US dollars, CPT Tulsa, OK (Incoterms 2020). This offer is valid until 17 July 2026. "
          "Payment terms: net 30 days.")
    + w_p("Yours sincerely,")
    + w_p("Dale Hutchins")
    + w_p("Sales Manager"),
    footer=w_p("Red River Industrial Supply, Inc. | 4410 S. Mingo Rd, Tulsa, OK 74146 | Tel 918-555-0144 | "
               "www.redriver-supply.example", after=0),
    numbering=True)
blind("u135-docx-numbered-paragraphs", H.with_attachment("Dale Hutchins <dhutchins@redriver-supply.example>", """Lena,

Our offer for HM-RFQ-2611 is in the attached letter.

Dale Hutchins
Red River Industrial Supply""", DOCX, "Offer HM-RFQ-2611.docx", U135_DOCX),
      "partial", "USD", "2026-07-17", "CPT",
      [line(1, 3.25, lead=21), line(2, 141.00, lead=35), line(3, 3.12, lead=0), nob(4), nob(5), line(6, 38.75, lead=49)],
      ["no-bid"])

# u136 UTF-8 CSV with a byte-order mark, two title rows and an empty row above the header (row 4); every text field
# quoted, descriptions and a "Per" value ("1,000") containing commas, Comments holding line breaks inside the quotes
# (LF inside a field, CRLF between records, as Excel writes). Sheet and bearing "No quote" in the comments; O-rings
# "19.60" per "1,000" -> 0.0196. "valid 30 days" in the body -> 2026-07-12; FOB with a named place.
U136_CSV = ("\ufeff" + "\r\n".join([
    '"Gulf Coast Polymer & Seal Co. - Quotation GCPS-7781",,,,,,,,',
    '"Customer: Halvorsen Mfg., Attn. Lena Marsh","RFQ: HM-RFQ-2611",,,,,,,',
    ",,,,,,,,",
    '"Line","Part Number","Description","Qty","UoM","Unit Price (USD)","Per","Lead Time","Comments"',
    '"1","RES-PA66-GF30","PA66, 30% GF, heat stabilised, black","2,500","KG","3.41","kg","3 weeks","25 kg bags,\n40 bags per pallet"',
    '"2","SHT-5052H32-030","Aluminium sheet 5052-H32, 3.0 x 1250 x 2500","90","EA","","","","No quote -\nsheet metal is not in our range"',
    '"3","BRG 6205-2RS","Ball bearing 6205-2RS C3, 25 x 52 x 15","400","EA","","","","No quote -\nbearings are not in our range"',
    '"4","OR-0120-NBR70","O-ring 12 x 2, NBR 70, black","50,000","EA","19.60","1,000","stock","Boxes of 5,000"',
    '"5","HSE-2SN-08","Hose EN 853 2SN, DN12, 275 bar","800","M","4.36","m","2 weeks",""',
    '"6","KIT-PX200-SEAL","Seal kit PX-200, bagged and labelled","150","SET","42.00","set","8 weeks","Labels per your spec,\none sample kit for approval included"',
]) + "\r\n").encode("utf-8")
blind("u136-csv-bom-multiline-fields", H.with_attachment("Ramon Delgado <rdelgado@gulfcoast-ps.example>", """Hi Lena,

Our quotation GCPS-7781 for HM-RFQ-2611 is attached as a CSV file. Prices are valid 30 days, FOB Beaumont, TX.

Ramon Delgado
Gulf Coast Polymer & Seal Co.
409-555-0175""", "text/csv", "GCPS-7781.csv", U136_CSV),
      "partial", "USD", "2026-07-12", "FOB",
      [line(1, 3.41, lead=21), nob(2), nob(3), line(4, 0.0196, lead=0), line(5, 4.36, lead=14), line(6, 42.00, lead=56)],
      ["no-bid"])


# u137 Outlook HTML with no <table>: the vendor typed a "table" with tab stops, so every row is one
# <p class=MsoNormal> whose columns are separated by <span style='mso-tab-count:N'> runs of &nbsp; (different lengths
# per row, proportional font), two rows aligned with plain &nbsp; runs instead; hose and kit "no bid".
def tabs(n):
    return f"<span style='mso-tab-count:{n}'>" + "&nbsp;" * (7 * n - 2) + " </span>"


U137_ROWS = [
    ("<b>Part no.</b>", 2, "<b>Qty</b>", 1, "<b>Price</b>", 2, "<b>Delivery</b>"),
    ("RES-PA66-GF30", 1, "2,500 kg", 1, "$3.29 / kg", 1, "4 weeks"),
    ("SHT-5052H32-030", 1, "90 sheets", 1, "$146.20 each", 1, "6 weeks"),
    ("BRG 6205-2RS", 2, "400 pcs", 1, "$3.44 each", 1, "3 weeks"),
]
U137_P = "\n".join(
    "<p class=MsoNormal style='tab-stops:1.75in 2.75in 3.9in'>" + r[0] + tabs(r[1]) + r[2] + tabs(r[3]) + r[4]
    + tabs(r[5]) + r[6] + "<o:p></o:p></p>" for r in U137_ROWS) + """
<p class=MsoNormal>OR-0120-NBR70&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 50,000 pcs&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; $0.0211 each&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; stock<o:p></o:p></p>
<p class=MsoNormal>HSE-2SN-08&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 800 m&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; no bid<o:p></o:p></p>"""
blind("u137-html-tabstop-paragraphs", H.msg("Gordon Pike <gpike@prairiestate-mro.example>", "text/html", f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
--></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoNormal>Lena,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Our prices for HM-RFQ-2611, in US dollars:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{U137_P}
<p class=MsoNormal>KIT-PX200-SEAL<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>150 sets<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>no bid<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Prices valid until July 31, 2026. DDP Rockford, IL (Incoterms 2020).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Gordon Pike<o:p></o:p></p>
<p class=MsoNormal>Prairie State MRO | 815-555-0123<o:p></o:p></p>
</div>
</body>
</html>"""), "partial", "USD", "2026-07-31", "DDP",
      [line(1, 3.29, lead=28), line(2, 146.20, lead=42), line(3, 3.44, lead=21), line(4, 0.0211, lead=0), nob(5), nob(6)],
      ["no-bid"])

# u138 LibreOffice .ods attachment: a title cell spanning columns (covered cells), currency-typed price cells
# (office:value-type="currency", shown "$3.36", the O-rings "$0.0205"), float quantity cells, a "Lead time (days)"
# column of bare numbers, trailing empty cells folded into number-columns-repeated, the sheet closed by LibreOffice's
# ~1M-row repeated empty row. Bearing "no quote" in the Remark column; terms in the body.
U138_ODS = ods([
    [("span", "Bayou State Industrial - Quotation BSI-26-1032 for Halvorsen Mfg. HM-RFQ-2611", 6)],
    [""],
    ["Line", "Part No.", "Description", "Qty", "Unit", "Unit price", "Lead time (days)", "Remark"],
    [1, "RES-PA66-GF30", "PA66 GF30 resin, black, 25 kg bags", 2500, "KG", ("$", 3.36, "$3.36"), 21, ""],
    [2, "SHT-5052H32-030", "Sheet 5052-H32 3.0 x 1250 x 2500", 90, "EA", ("$", 139.5, "$139.50"), 30, ""],
    [3, "BRG 6205-2RS", "Bearing 6205-2RS C3", 400, "EA", "", "", "no quote"],
    [4, "OR-0120-NBR70", "O-ring 12 x 2 NBR 70", 50000, "EA", ("$", 0.0205, "$0.0205"), 0, "ex stock"],
    [5, "HSE-2SN-08", "Hose EN 853 2SN DN12", 800, "M", ("$", 4.27, "$4.27"), 14, "per metre"],
    [6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", ("$", 40.8, "$40.80"), 35, "per set"],
])
blind("u138-ods-libreoffice", H.with_attachment("Celeste Arceneaux <carceneaux@bayoustate-ind.example>", """Hello Lena,

Please see our quotation BSI-26-1032 in the attached spreadsheet (LibreOffice .ods). Prices in US dollars,
valid until July 10, 2026, EXW Baton Rouge, LA.

Celeste Arceneaux
Bayou State Industrial""", ODS, "BSI-26-1032.ods", U138_ODS),
      "partial", "USD", "2026-07-10", "EXW",
      [line(1, 3.36, lead=21), line(2, 139.50, lead=30), nob(3), line(4, 0.0205, lead=0), line(5, 4.27, lead=14),
       line(6, 40.80, lead=35)],
      ["no-bid"])

# u139 format=flowed (Thunderbird, DelSp=no): one paragraph per item, each longer than 72 characters and so
# soft-broken (line ends with a space) - some between the price and its unit or between a number and "weeks"; a
# "-- " signature separator; the buyer's RFQ mail quoted below with target prices. Sheets "USD 1,395.00 per pack of 10
# sheets" -> 139.50 (9 packs = the 90 asked); O-rings "USD 20.40 per thousand" -> 0.0204. All six priced; 45 days.
U139_TEXT = flowed("""Hi Lena,

Thanks for the RFQ. Here is our quote for HM-RFQ-2611, all six lines, prices in US dollars:

RES-PA66-GF30 (PA66 GF30, heat stabilised, black, 25 kg bags), 2,500 kg: USD 3.31 per kg, delivery 3 weeks after order.

SHT-5052H32-030 (5052-H32 sheet, 3.0 x 1250 x 2500 mm, PVC film one side), 90 sheets: USD 1,395.00 per pack of 10 sheets (9 packs), delivery 5 weeks.

BRG 6205-2RS (deep groove ball bearing, C3 clearance), 400 pcs: USD 3.21 each, shipped from stock.

OR-0120-NBR70 (O-ring 12.0 x 2.0 mm, NBR 70 Shore A, black), 50,000 pcs: USD 20.40 per thousand, 2 weeks.

HSE-2SN-08 (hydraulic hose EN 853 2SN, DN12, 275 bar), 800 m: USD 4.33 per metre, supplied in 50 m coils, 4 weeks.

KIT-PX200-SEAL (seal kit for the PX-200 pump, bagged and labelled to your spec), 150 sets: USD 39.90 per set, 10 weeks.

The quote is valid for 45 days. Delivery CIP Rockford, IL (Incoterms 2020).

Cheers,
Megan
-- 
Megan Kowalczyk
Lakeshore Polymer & Hose Co. | Kenosha, WI
(262) 555-0139

On 6/10/2026 2:41 PM, Lena Marsh wrote:
> Hello,
>
> Please quote the parts below by June 19, 2026. Target prices: resin 
> $3.10/kg, O-rings $18.00 per 1,000, hose $4.00/m.
>
> 1  RES-PA66-GF30     2,500 kg   need by 2026-07-20
> 2  SHT-5052H32-030      90 ea   need by 2026-08-10
> 3  BRG 6205-2RS        400 ea   need by 2026-07-27
> 4  OR-0120-NBR70    50,000 ea   need by 2026-08-17
> 5  HSE-2SN-08          800 m    need by 2026-09-01
> 6  KIT-PX200-SEAL      150 set  need by 2026-09-21
>
> Regards,
> Lena Marsh
""")
blind("u139-format-flowed-wrapped", H.msg("Megan Kowalczyk <mkowalczyk@lakeshore-ph.example>",
                                          "text/plain; format=flowed; delsp=no", U139_TEXT),
      "parsed", "USD", "2026-07-27", "CIP",
      [line(1, 3.31, lead=21), line(2, 139.50, lead=35), line(3, 3.21, lead=0), line(4, 0.0204, lead=14),
       line(5, 4.33, lead=28), line(6, 39.90, lead=70)],
      [])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u140 Swedish reply in Swedish kronor ("Alla priser i SEK", "kr" on every price): "À-pris", "Antal", "Leveranstid",
# "st" / "sats", space thousands and decimal commas ("2 000 st", "4 150,00 kr/100 st" -> 41.50 per piece), "från
# lager" -> 0, "6–8 veckor" -> 56; position 2 "kan vi tyvärr inte offerera" (declined); "giltig t.o.m. 31 juli 2026".
blind2("u140-swedish-sek", V.msg("Elin Lundqvist <elin.lundqvist@vattern-maskinteknik.example>", "text/plain", """Hej Jonas,

Tack för er förfrågan VM-RFQ-4418. Vi har nöjet att offerera enligt nedan.
Alla priser i SEK (svenska kronor), exkl. moms.

Pos  Artikelnr            Benämning                      Antal      À-pris                Leveranstid
1    SH-2231-C rev B      Drivaxel 42CrMo4, 30 h6        250 st     468,00 kr/st          7 veckor
3    FIT-316-G12-10       Rak koppling G1/2-10, 316L     2 000 st   4 150,00 kr/100 st    från lager
4    DSBC-32-80-PPVA-N3   Pneumatikcylinder 32/80        120 st     812,50 kr/st          3 veckor
5    2231-004-03          Sensorfäste, sats V+H          150 sats   289,00 kr/sats        6–8 veckor

Pos 2 (växellådshus i gjutjärn) kan vi tyvärr inte offerera – vi har ingen gjuteripartner för GJL-250.

Leveransvillkor: FCA Jönköping (Incoterms 2020).
Betalningsvillkor: 30 dagar netto.
Offerten är giltig t.o.m. 31 juli 2026.

Med vänliga hälsningar
Elin Lundqvist
Innesälj, Vättern Maskinteknik AB
+46 36 555 01 72
"""), "partial", "SEK", "2026-07-31", "FCA",
       [line(1, 468.00, "SEK", lead=49), nob(2), line(3, 41.50, "SEK", lead=0), line(4, 812.50, "SEK", lead=21),
        line(5, 289.00, "SEK", lead=56)],
       ["currency-differs", "no-bid"])

# u141 German, currency named once ("Alle Preise in EUR"), whole amounts in the German "41,-" / "1.250,-" notation
# next to "27,50"; the housing 16 Wochen = 112 days (after its need-by) with one-off pattern costs "3.400,-" (note);
# fitting and cylinder "kein Angebot" (declined); "gültig bis 31.07.2026"; FCA Chemnitz.
blind2("u141-german-comma-dash-amounts", V.msg("Uwe Reichelt <u.reichelt@erzgebirge-guss.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Wir bieten Ihnen an (alle Preise in EUR, netto zzgl. gesetzl. MwSt.):

Pos. 1  SH-2231-C rev B - Antriebswelle 42CrMo4, vergütet, gedreht und geschliffen
        250 Stück, Stückpreis 41,-, Lieferzeit 9 Wochen

Pos. 2  HSG-1180-GJL - Getriebegehäuse EN-GJL-250, komplett bearbeitet, grundiert RAL 7035
        25 Stück, Stückpreis 1.250,-, Lieferzeit 16 Wochen
        zzgl. einmalige Modellkosten 3.400,-

Pos. 3  FIT-316-G12-10: kein Angebot (Zukaufteil, nicht in unserem Programm)

Pos. 4  DSBC-32-80-PPVA-N3: kein Angebot

Pos. 5  2231-004-03 - Sensorhalter-Satz, schwarz eloxiert
        150 Sätze, Preis je Satz 27,50, Lieferzeit 6 Wochen

Lieferung FCA Chemnitz (Incoterms 2020). Zahlung 30 Tage netto.
Das Angebot ist gültig bis 31.07.2026.

Mit freundlichen Grüßen
Uwe Reichelt
Vertrieb, Erzgebirge Guss- und Maschinenbau GmbH
Tel. +49 371 555 0188
"""), "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 41.00, "EUR", lead=63), line(2, 1250.00, "EUR", lead=112), nob(3), nob(4),
        line(5, 27.50, "EUR", lead=42)],
       ["lead-time-after-need-by", "no-bid", "note"])

# u142 the quote is an ERP export saved as an .htm file (text/html attachment in windows-1252, "&euro;" entities and
# a cp1252 en dash): a header table (offer date 15/06/2026, "Validity: 45 days from offer date", DAP Bremen, a
# payment term in days), then vendor positions 1-3 that are RFQ lines 3-5 (matched by part number) with Italian
# number formats and a "per" column ("3.890,00" per "1.000 pcs" -> 3.89); the bracket set "N/Q" across three cells.
# Shaft and housing not in the file.
U142_HTM = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Offer OF-26/1187</title></head>
<body style="font-family:Tahoma,sans-serif;font-size:9pt">
<h2>LOMBARDA RACCORDI S.r.l. \u2013 OFFER OF-26/1187</h2>
<table border="0" cellpadding="2">
<tr><td><b>Customer</b></td><td>Vossberg Maschinenbau GmbH</td></tr>
<tr><td><b>Your inquiry</b></td><td>VM-RFQ-4418</td></tr>
<tr><td><b>Offer date</b></td><td>15/06/2026</td></tr>
<tr><td><b>Validity</b></td><td>45 days from offer date</td></tr>
<tr><td><b>Delivery terms</b></td><td>DAP Bremen (Incoterms 2020)</td></tr>
<tr><td><b>Payment</b></td><td>60 days end of month</td></tr>
</table>
<br>
<table border="1" cellspacing="0" cellpadding="3">
<tr bgcolor="#DDDDDD"><th>Pos.</th><th>Your code</th><th>Description</th><th>Q.ty</th><th>Unit price &euro;</th><th>per</th><th>Lead time</th></tr>
<tr><td>1</td><td>FIT-316-G12-10</td><td>Male connector G1/2 - 10 mm, AISI 316L</td><td align="right">2.000</td><td align="right">3.890,00</td><td>1.000 pcs</td><td>2 weeks</td></tr>
<tr><td>2</td><td>DSBC-32-80-PPVA-N3</td><td>Cylinder ISO 15552 32/80, Festo</td><td align="right">120</td><td align="right">74,20</td><td>1 pc</td><td>3 weeks</td></tr>
<tr><td>3</td><td>2231-004-03</td><td>Sensor bracket set</td><td align="right">150</td><td colspan="3">N/Q \u2013 machined parts are not in our range</td></tr>
</table>
<p>Prices net, in euro. Lombarda Raccordi S.r.l. \u2013 Via dell'Artigianato 14, 20871 Vimercate (MB) \u2013 Tel. +39 039 555 0134</p>
</body></html>
""".replace("\n", "\r\n").encode("cp1252")
blind2("u142-htm-attachment-per-column", V.message("Paolo Brambilla <p.brambilla@lombarda-raccordi.example>", multipart(
    "mixed", "=_u142_mixed", [
        text_part("text/plain", "Dear Mr Albers,\n\nplease find our offer OF-26/1187 attached.\n\nBest regards\n"
                                "Paolo Brambilla\nLombarda Raccordi S.r.l.\n"),
        file_part("text/html; charset=windows-1252", "OF-26-1187.htm", U142_HTM)])),
       "partial", "EUR", "2026-07-30", "DAP",
       [line(3, 3.89, "EUR", lead=14), line(4, 74.20, "EUR", lead=21), nob(5)],
       ["missing-line", "no-bid"])

# u143 the requested Festo cylinder is quoted (EUR 78.60, 2 weeks); in a separate paragraph the vendor adds that, "if
# acceptable", it could also supply its own-brand cylinder at a lower price and shorter lead time - an option, not
# the quote (no alternate part). Lines 1, 2 and 5 declined; valid until 14 July 2026 (not short); CPT Bremen.
blind2("u143-alternate-if-acceptable", V.msg("Henrik Ahlers <h.ahlers@weser-pneumatik.example>", "text/plain", """Hello Mr Albers,

thank you for VM-RFQ-4418. As a pneumatics and fittings distributor we can offer lines 3 and 4 only; lines 1, 2
and 5 (machined and cast parts) we have to decline.

Line 3 - FIT-316-G12-10, 2,000 pcs: EUR 4.02 per piece, from stock.
Line 4 - DSBC-32-80-PPVA-N3 (Festo, as requested), 120 pcs: EUR 78.60 per piece, 2 weeks.

If acceptable, we could also supply our own-brand ISO 15552 cylinder WP-ISO-32-80-PPV for line 4 at EUR 61.90
per piece, 1 week - same mounting dimensions and adjustable cushioning. Just let us know and we will revise
the quote.

Prices in EUR, CPT Bremen (Incoterms 2020). Valid until 14 July 2026.

Kind regards
Henrik Ahlers
Weser Pneumatik & Hydraulik GmbH
+49 421 555 0157
"""), "partial", "EUR", "2026-07-14", "CPT",
       [nob(1), nob(2), line(3, 4.02, "EUR", lead=0), line(4, 78.60, "EUR", lead=14), nob(5)],
       ["no-bid"])

# u144 a report printout pasted into the body: page 1 (title block with "Page 1 of 2", column headings, lines 1-3,
# "Continued on page 2 ...") and after a "--- page 2 ---" line the title block and the column headings again, then
# lines 4-5 and the terms; the housing "NO QUOTE"; "valid 60 days from its date" (= the Date header's date) ->
# 2026-08-14. A vCard attachment with phone numbers, a postcode and a revision timestamp is not part of the quote.
U144_HEAD = """TYNE VALLEY ENGINEERING LTD                                       QUOTATION TVE-Q-20931
Customer: Vossberg Maschinenbau GmbH    Your ref: VM-RFQ-4418    Date: 15-Jun-2026    Page {0} of 2

Pos  Part number          Description                        Qty         Unit price EUR   Lead time
---  -------------------  ---------------------------------  ----------  ---------------  ----------"""
U144_TEXT = f"""Jonas,

Our quotation for VM-RFQ-4418, printed from our quoting system, is below. My contact card is attached.

{U144_HEAD.format(1)}
1    SH-2231-C rev B      Drive shaft 42CrMo4 30 h6 x 412     250 pcs             44.20   7 weeks
2    HSG-1180-GJL         Gearbox housing EN-GJL-250           25 pcs          NO QUOTE   -
3    FIT-316-G12-10       Male connector G1/2-10 316L       2,000 pcs              3.74   3 weeks

                                                                             Continued on page 2 ...
--- page 2 ---
{U144_HEAD.format(2)}
4    DSBC-32-80-PPVA-N3   ISO cylinder 32/80, Festo           120 pcs             76.90   stock
5    2231-004-03          Sensor bracket set L+R              150 sets            31.40   13 weeks

Terms: DAP Bremen (Incoterms 2020). Quotation valid 60 days from its date. Payment 30 days net.

Regards,
Oliver Grant
Tyne Valley Engineering Ltd
"""
U144_VCF = S.crlf("""BEGIN:VCARD
VERSION:3.0
N:Grant;Oliver;;;
FN:Oliver Grant
ORG:Tyne Valley Engineering Ltd
TITLE:Sales Engineer
TEL;TYPE=WORK,VOICE:+44 191 555 0147
TEL;TYPE=CELL:+44 7700 900 582
EMAIL;TYPE=INTERNET:o.grant@tynevalley-eng.example
ADR;TYPE=WORK:;;Unit 7, Team Valley Trading Estate;Gateshead;;NE11 0QA;United Kingdom
URL:https://www.tynevalley-eng.example
REV:2026-03-02T09:14:00Z
END:VCARD
""").encode("utf-8")
blind2("u144-page-break-repeated-header-vcard", V.message("Oliver Grant <o.grant@tynevalley-eng.example>", multipart(
    "mixed", "=_u144_mixed", [text_part("text/plain", U144_TEXT),
                              file_part("text/vcard; charset=utf-8", "Oliver Grant.vcf", U144_VCF)])),
       "partial", "EUR", "2026-08-14", "DAP",
       [line(1, 44.20, "EUR", lead=49), nob(2), line(3, 3.74, "EUR", lead=21), line(4, 76.90, "EUR", lead=0),
        line(5, 31.40, "EUR", lead=91)],
       ["no-bid"])


if __name__ == "__main__":
    ROUND.write()
