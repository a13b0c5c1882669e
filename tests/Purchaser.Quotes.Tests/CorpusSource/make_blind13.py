#!/usr/bin/env python3
"""Writes replies u193..u208 (Corpus/u*.eml + expected u*.json) - the thirteenth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the twelve earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is THE QUOTE IS IN THE ATTACHMENT: sixteen replies whose body is a cover note ("please
find our offer attached", now and then with one extra fact) while the quote itself lives in a file of the vendor's own
making. A PDF quotation with a letterhead, bill-to / ship-to blocks full of numbers, its columns in an unusual order
(Qty, U/M, Ext. Price, Unit Price, then the part number) and a merchandise / freight / total block; an XLSX with a logo
picture, a merged title cell, address rows, currency-formatted prices, lead times as numbers under "Lead time (weeks)",
an empty row inside the table and the validity and Incoterms on a second "Terms" sheet; a semicolon CSV with a UTF-8 BOM,
decimal commas, a "Price unit" column (1 / 100 / 1000) and working days, whose validity only the body gives; a Word
.docx whose price cells carry their basis ("USD 138.50 / 100 m"); the buyer's own RFQ spreadsheet returned with the
price, lead-time, MOQ and validity cells filled in (need-by dates as date serials beside them); a PDF whose spring
price the body corrects; a two-page PDF with list price / discount / net price columns, the column header repeated on
page 2 and a carried-forward subtotal; an XLSX with a "Quantity breaks" block beside the main table; a fixed-width ERP
.txt with a form feed between its pages, "PER 1000" and "PER M" (metres) price units and ship-days availability; a
LibreOffice .ods with currency cells and a resin quoted in whole octabins; a whole no-bid that exists only as a PDF
letter; a PDF whose price column is headed "Price EUR/100"; a comma CSV whose quoted fields hold commas (descriptions,
"1,186.00" amounts) with a one-off inspection charge; a German XLSX with euro-formatted cells, "kein Angebot" rows, a
"Konditionen" sheet and a body that lengthens one lead time; a German .docx offer sent together with the buyer's own
RFQ PDF returned for reference; and a GBP PDF quotation sent together with an unrelated cylinder data sheet full of
numbers.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import datetime
import io
import zipfile

from make_corpus import line, nob, pdf  # expected-line shapes and the text-layer PDF writer
from blind_round import Round  # the round's cases, checked and written
from make_blind3 import excel_serial, png  # Excel date serials, a small logo PNG
from make_blind5 import check_page, file_part, message, multipart, row, text_part  # MIME parts, PDF rows
from make_blind9 import DOCX, ODS, docx, ods, w_p, w_table  # Word and LibreOffice writers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ROUND = Round(193)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


# ----- a multi-sheet XLSX as Excel saves it: shared strings across sheets, styles with currency and date formats,
# merged cells, column widths, formulas with cached values and an optional logo picture on the first sheet -----

def book(sheets, logo=None):
    """sheets: [(name, cells, merges, cols)]; cells {"B5": value}, a value a str (shared string), a number, or a dict
    {"v": value, "s": style, "f": formula}. Styles: 1 bold, 2 bold 14pt centred (titles), 3 "$"#,##0.0000,
    4 "$"#,##0.00, 5 d-mmm-yyyy, 6 #,##0, 7 #,##0.00 "EUR-sign", 8 dd.mm.yyyy, 9 bold on a blue fill (headers),
    10 yellow fill, 11 yellow fill "$"#,##0.0000, 12 yellow fill d-mmm-yyyy, 13 yellow fill #,##0."""
    strings, index = [], {}

    def sst(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

    def cell(ref, c):
        c = c if isinstance(c, dict) else {"v": c}
        s = f' s="{c["s"]}"' if "s" in c else ""
        if isinstance(c["v"], str):
            return f'<c r="{ref}"{s} t="s"><v>{sst(c["v"])}</v></c>'
        f = f'<f>{esc(c["f"])}</f>' if "f" in c else ""
        return f'<c r="{ref}"{s}>{f}<v>{c["v"]}</v></c>'

    def split(ref):
        col = "".join(ch for ch in ref if ch.isalpha())
        return int(ref[len(col):]), col

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    sheet_xml = []
    for i, (name, cells, merges, cols) in enumerate(sheets):
        rows = {}
        for ref, value in cells.items():
            r, col = split(ref)
            rows.setdefault(r, []).append((len(col), col, ref, value))
        last_col = max((len(col), col) for r in rows.values() for _, col, _, _ in r)[1]
        body = "".join(f'<row r="{r}">' + "".join(cell(ref, v) for _, _, ref, v in sorted(rows[r])) + "</row>"
                       for r in sorted(rows))
        merge = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
                 + "</mergeCells>") if merges else ""
        drawing = '<drawing r:id="rId1"/>' if logo and i == 0 else ""
        tab = ' tabSelected="1"' if i == 0 else ""
        sheet_xml.append(
            f'{decl}<worksheet {ns} xmlns:r="{rel}"><dimension ref="A1:{last_col}{max(rows)}"/>'
            f'<sheetViews><sheetView{tab} workbookViewId="0" showGridLines="0"/></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>{body}</sheetData>{merge}'
            f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>{drawing}</worksheet>')
    fmts = [(164, '"$"#,##0.0000'), (165, '"$"#,##0.00'), (166, "d\\-mmm\\-yyyy"), (167, '#,##0.00\\ "\u20ac"'),
            (168, "dd\\.mm\\.yyyy")]
    xfs = [(0, 0, 0, ""), (0, 1, 0, ""), (0, 2, 0, '<alignment horizontal="center"/>'), (164, 0, 0, ""), (165, 0, 0, ""),
           (166, 0, 0, ""), (3, 0, 0, ""), (167, 0, 0, ""), (168, 0, 0, ""), (0, 1, 2, ""), (0, 0, 3, ""),
           (164, 0, 3, ""), (166, 0, 3, ""), (3, 0, 3, "")]
    styles = (f"{decl}<styleSheet {ns}>"
              f'<numFmts count="{len(fmts)}">' + "".join(f'<numFmt numFmtId="{n}" formatCode="{esc(c)}"/>' for n, c in fmts)
              + '</numFmts><fonts count="3"><font><sz val="10"/><name val="Arial"/></font>'
              '<font><b/><sz val="10"/><name val="Arial"/></font><font><b/><sz val="14"/><name val="Arial"/></font></fonts>'
              '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
              '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>'
              '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF99"/><bgColor indexed="64"/></patternFill></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              f'<cellXfs count="{len(xfs)}">'
              + "".join(f'<xf numFmtId="{n}" fontId="{fo}" fillId="{fi}" borderId="0" xfId="0"'
                        + (' applyNumberFormat="1"' if n else "") + (' applyFont="1"' if fo else "")
                        + (' applyFill="1"' if fi else "") + (f' applyAlignment="1">{al}</xf>' if al else "/>")
                        for n, fo, fi, al in xfs)
              + '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    shared = (f'{decl}<sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">'
              + "".join(f'<si><t xml:space="preserve">{esc(s)}</t></si>' for s in strings) + "</sst>")
    n = len(sheets)
    types = (f'{decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             + ('<Default Extension="png" ContentType="image/png"/>' if logo else "")
             + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
             + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
             '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
             + ('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
                if logo else "")
             + "</Types>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", f'{decl}<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" '
                                  'Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'{decl}<workbook {ns} xmlns:r="{rel}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
                   + "".join(f'<sheet name="{esc(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                             for i, (name, _, _, _) in enumerate(sheets))
                   + '</sheets><calcPr calcId="191029"/></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'{decl}<Relationships xmlns="{pkg}">'
                   + "".join(f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                             for i in range(n))
                   + f'<Relationship Id="rId{n + 1}" Type="{rel}/styles" Target="styles.xml"/>'
                   f'<Relationship Id="rId{n + 2}" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        for i, xml in enumerate(sheet_xml):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/sharedStrings.xml", shared)
        if logo:
            xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
            a = "http://schemas.openxmlformats.org/drawingml/2006/main"
            z.writestr("xl/worksheets/_rels/sheet1.xml.rels", f'{decl}<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                       f'Type="{rel}/drawing" Target="../drawings/drawing1.xml"/></Relationships>')
            z.writestr("xl/drawings/_rels/drawing1.xml.rels", f'{decl}<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                       f'Type="{rel}/image" Target="../media/image1.png"/></Relationships>')
            z.writestr("xl/drawings/drawing1.xml", f'{decl}<xdr:wsDr xmlns:xdr="{xdr}" xmlns:a="{a}" xmlns:r="{rel}">'
                       '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff>'
                       '<xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>2</xdr:col>'
                       '<xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic>'
                       '<xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1" descr="Company logo"/><xdr:cNvPicPr>'
                       '<a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/>'
                       '<a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/>'
                       '<a:ext cx="1714500" cy="571500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
                       '</xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>')
            z.writestr("xl/media/image1.png", logo)
    return buf.getvalue()


def cols(*widths):
    """<cols> with one width per column from A on."""
    return "<cols>" + "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                              for i, w in enumerate(widths, start=1)) + "</cols>"


def serial(y, m, d):
    return excel_serial(datetime.date(y, m, d))


def letters(text, size, x, y, step=13):
    """A paragraph of lines at one x, each step points below the last (a PDF letter body)."""
    return [(x, y - i * step, size, t) for i, t in enumerate(text.split("\n")) if t]


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u193 three-line body (quote number only), the quote is a one-page PDF: a letterhead with phone, fax and DUNS numbers,
# a right-hand block (quote no., "Date: June 5, 2026", customer no. 30417), Bill To / Ship To blocks full of numbers
# (PO box, ZIP+4, dock 4, building 2), and a table whose columns run Ln | Qty | U/M | Ext. Price | Unit Price | Part No.
# | Description | Lead Time - the extended price comes BEFORE the unit price. Unit prices: gasket 0.1865, cable 1.418
# (U/M M, bought in metres), screws 0.0308, plate 46.40, springs 0.0712 (each Ext. Price = Qty x Unit Price confirms
# which column is which). Quantities as asked (null). Lead times: 5 wks -> 35, 3 wks -> 21, Stock -> 0, 11 wks -> 77
# (Jun 5 + 77 = Aug 21, after the plate's need-by Aug 17 -> lead-time-after-need-by), 5 wks -> 35. The totals block
# (merchandise 9,813.10, est. freight 210.00, total 10,023.10) holds no unit price. Terms at the bottom: "F.O.B. Tipp
# City, OH" -> FOB; "expires 30 days from date of issue" and the issue date is the Date header's June 5 -> 2026-07-05
# (not short: due Jun 12 + 14 = Jun 26). Every line priced -> parsed.
X193 = [40, 58, 100, 124, 178, 226, 300, 522]
U193_ROWS = [("1", 5000, "EA", 0.1865, "0.1865", "GSK-EPDM-80", "Gasket, EPDM 70 ShA, 80 x 62 x 3 mm, die-cut", "5 wks"),
             ("2", 1500, "M", 1.418, "1.418", "CBL-4C22-PUR", "Cable 4C 22 AWG shielded, PUR jacket, black", "3 wks"),
             ("3", 20000, "EA", 0.0308, "0.0308", "SCR-M4X10-A2", "Socket head cap screw M4 x 10, A2-70", "Stock"),
             ("4", 120, "EA", 46.40, "46.40", "PLT-0915-R2", "Motor base plate, 6082-T6, 10 mm, CNC", "11 wks"),
             ("5", 8000, "EA", 0.0712, "0.0712", "SPR-C0630-302", "Compression spring, 302 SS, .6 x 6.3 x 30", "5 wks")]
U193_SUB = round(sum(q * p for _, q, _, p, _, _, _, _ in U193_ROWS), 2)
P193 = ([(40, 800, 14, "WOLF CREEK INDUSTRIAL PRODUCTS, INC."), (430, 800, 14, "QUOTATION"),
         (40, 786, 8, "1450 Commerce Park Dr, Tipp City, OH 45371-9240"),
         (40, 776, 8, "Tel 937-555-0142  |  Fax 937-555-0143  |  DUNS 00-555-0193"),
         (430, 784, 9, "Quote No.: WC-Q-26-0417"), (430, 772, 9, "Date: June 5, 2026"),
         (430, 760, 9, "Customer No.: 30417"), (430, 748, 9, "Your RFQ: NR-RFQ-0619"), (430, 736, 9, "Page 1 of 1")]
        + letters("Bill To:\nNorthridge Robotics\nAccounts Payable\nPO Box 2210\nDayton, OH 45401-2210", 8, 40, 740, 11)
        + letters("Ship To:\nNorthridge Robotics - Receiving Dock 4\n3300 Kettering Blvd, Bldg 2\nDayton, OH 45439\n"
                  "Attn. Nora Reyes, +1 937 555 0100", 8, 200, 740, 11)
        + [(40, 672, 8, "Salesperson: Carl Wendt (ext. 214)   |   Terms: Net 30   |   Ship Via: Best Way")]
        + row(650, X193, ["Ln", "Qty", "U/M", "Ext. Price", "Unit Price", "Part No.", "Description", "Lead Time"])
        + [item for i, (ln, q, um, p, ps, pn, desc, lead) in enumerate(U193_ROWS)
           for item in row(634 - 16 * i, X193, [ln, f"{q:,}", um, f"{q * p:,.2f}", ps, pn, desc, lead])]
        + [(340, 540, 9, "Merchandise total"), (470, 540, 9, f"{U193_SUB:,.2f}"),
           (340, 526, 9, "Est. freight"), (470, 526, 9, "210.00"),
           (340, 510, 9, "Quote total USD"), (470, 510, 9, f"{U193_SUB + 210:,.2f}")]
        + letters("TERMS AND CONDITIONS\nAll prices in US dollars. F.O.B. Tipp City, OH - freight prepaid and added to the "
                  "invoice.\nLead times are in weeks after receipt of order. Payment terms: Net 30 days.\n"
                  "This quotation expires 30 days from date of issue. Returns require an RMA number.", 7, 40, 140, 10)
        + [(40, 60, 7, "Wolf Creek Industrial Products, Inc.  |  ISO 9001:2015 Cert. No. 41 100 9932  |  Fed. Tax ID 31-0000871")])
assert U193_SUB == 9813.10
sample("u193-pdf-ext-before-unit-price", message("sample", "Carl Wendt <cwendt@wolfcreek-ind.example>", multipart(
        "mixed", "----=_NextPart_000_0193_01DCF4A1", [
            text_part("text/plain", "Good morning Nora,\n\nPlease find our quotation WC-Q-26-0417 attached for your RFQ "
                                    "NR-RFQ-0619.\n\nBest regards,\nCarl Wendt\nWolf Creek Industrial Products\n"
                                    "937-555-0142 ext. 214\n"),
            file_part("application/pdf", "WC-Q-26-0417.pdf", pdf([check_page(P193)]))]),
        subject="Quotation WC-Q-26-0417 / your RFQ NR-RFQ-0619"),
       "parsed", "USD", "2026-07-05", "FOB",
       [line(1, 0.1865, lead=35), line(2, 1.418, lead=21), line(3, 0.0308, lead=0), line(4, 46.40, lead=77),
        line(5, 0.0712, lead=35)],
       ["lead-time-after-need-by"])


# u194 "please find our offer attached (two tabs)"; the quote is the vendor's XLSX: a logo picture over A1:B3, the company
# name in C1 merged across C1:H1, address and phone rows, the quote date as a date serial, the header on row 7 and an
# EMPTY row 10 inside the table (gasket and cable above it, screws, plate and springs below). Prices are numbers
# formatted "$"#,##0.0000, Extended a formula with its cached value, lead times plain numbers under "Lead time (weeks)"
# and the word "Stock" in that column for the screws. Gasket 0.188, 5 -> 35; cable 1.395, 3 -> 21; screws 0.0302,
# Stock -> 0; plate 45.80, 7 -> 49 (Jul 24, before Aug 17); springs 0.0699, 4 -> 28. Quantities as asked. The second
# sheet "Terms": "Quotation valid until" a date serial = 2026-07-17 (not short), "Incoterms 2020: CPT Dayton, OH" ->
# CPT, currency USD. Parsed, nothing deviates.
C194 = {"C1": {"v": "STILLWATER SUPPLY CO.", "s": 2}, "C2": "3120 Needmore Rd, Dayton, OH 45414",
        "C3": "Tel 937-555-0157  |  Fax 937-555-0158  |  quotes@stillwater-supply.example",
        "A5": {"v": "Quotation SS-26-0883", "s": 1}, "E5": "Date", "F5": {"v": serial(2026, 6, 5), "s": 5},
        "A6": "Customer: Northridge Robotics - Attn. Nora Reyes - RFQ NR-RFQ-0619"}
C194.update({f"{c}7": {"v": h, "s": 9} for c, h in zip("ABCDEFGH", ("Item", "Part Number", "Description", "Qty", "UOM",
                                                                     "Unit Price", "Extended", "Lead time (weeks)"))})
for r, (item, pn, desc, qty, uom, price, lead) in zip((8, 9, 11, 12, 13), [
        (1, "GSK-EPDM-80", "Gasket EPDM 70 ShA 80x62x3 die-cut", 5000, "EA", 0.188, 5),
        (2, "CBL-4C22-PUR", "Cable 4x22 AWG shielded PUR black", 1500, "M", 1.395, 3),
        (3, "SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2-70", 20000, "EA", 0.0302, "Stock"),
        (4, "PLT-0915-R2", "Motor base plate 6082-T6 10 mm", 120, "EA", 45.80, 7),
        (5, "SPR-C0630-302", "Compression spring 302SS .6x6.3x30", 8000, "EA", 0.0699, 4)]):
    C194.update({f"A{r}": item, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": uom,
                 f"F{r}": {"v": price, "s": 3}, f"G{r}": {"v": round(qty * price, 2), "s": 4, "f": f"D{r}*F{r}"},
                 f"H{r}": lead})
C194.update({"F15": {"v": "Total", "s": 1},
             "G15": {"v": round(sum(C194[f"G{r}"]["v"] for r in (8, 9, 11, 12, 13)), 2), "s": 4, "f": "SUM(G8:G13)"}})
T194 = {"A1": {"v": "Terms of quotation SS-26-0883", "s": 1},
        "A3": "Quotation valid until", "B3": {"v": serial(2026, 7, 17), "s": 5},
        "A4": "Incoterms 2020", "B4": "CPT Dayton, OH",
        "A5": "Currency", "B5": "USD",
        "A6": "Payment", "B6": "Net 30 days",
        "A7": "Lead times", "B7": "Weeks after receipt of order",
        "A8": "Sales tax", "B8": "Not included - please send resale certificate"}
sample("u194-xlsx-logo-empty-row-terms-sheet", message("sample", "Janet Kowalczyk <jkowalczyk@stillwater-supply.example>",
        multipart("mixed", "_004_BN7PR11MB2607_", [
            text_part("text/plain", "Hi Nora,\n\nPlease find our offer for NR-RFQ-0619 attached (two tabs - pricing and "
                                    "terms).\n\nThank you,\nJanet Kowalczyk\nStillwater Supply Co.\n"),
            file_part(XLSX, "SS-26-0883 Northridge.xlsx", book([
                ("Quote", C194, ["C1:H1"], cols(8, 16, 34, 10, 7, 12, 13, 17)),
                ("Terms", T194, [], cols(24, 44))], logo=png(180, 60, (31, 78, 121))))])),
       "parsed", "USD", "2026-07-17", "CPT",
       [line(1, 0.188, lead=35), line(2, 1.395, lead=21), line(3, 0.0302, lead=0), line(4, 45.80, lead=49),
        line(5, 0.0699, lead=28)],
       [])


# u195 a Dutch distributor's ERP export: a semicolon CSV in UTF-8 with a byte-order mark, CRLF, title rows above the
# header, decimal commas and dot thousands ("5.000", "0,1742", "1.955,00"), a "Price unit" column (1 / 1000 / 100) and
# "Delivery (working days)". Gasket 0,1742 per 1 -> 0.1742, 20 working days -> 28; screws 28,40 per 1000 -> 0.0284,
# "ex stock" -> 0; springs 6,45 per 100 -> 0.0645, 15 working days -> 21 (the Amount column confirms each basis).
# Cable and plate are not in the file and the body does not mention them -> missing-line. The body adds what the export
# lacks: prices in euros (EUR against the USD RFQ -> currency-differs), "DAP Dayton, OH" -> DAP, and "our offer is
# valid until 17 July 2026" -> 2026-07-17 (not short). Partial.
U195_ROWS = [("1", "GSK-EPDM-80", "Pakking EPDM 70 Shore A 80x62x3", "5.000", "ST", "0,1742", "1", "20", "871,00"),
             ("3", "SCR-M4X10-A2", "Inbusbout M4x10 ISO 4762 A2-70", "20.000", "ST", "28,40", "1000", "ex stock", "568,00"),
             ("5", "SPR-C0630-302", "Drukveer RVS 302 0,6x6,3x30", "8.000", "ST", "6,45", "100", "15", "516,00")]
U195_CSV = ("\ufeff" + "".join(";".join(r) + "\r\n" for r in [
    ("Offer no.", "OF-26-3318"), ("Customer", "Northridge Robotics"), ("Your reference", "NR-RFQ-0619"), (),
    ("Line", "Customer part no.", "Description", "Quantity", "Unit", "Price EUR", "Price unit",
     "Delivery (working days)", "Amount EUR")] + U195_ROWS + [("", "", "", "", "", "", "", "Total", "1.955,00")])
            ).encode("utf-8")
sample("u195-csv-semicolon-bom-eur-body-validity", message("sample", "Maarten Verbeek <m.verbeek@peelland-th.example>",
        multipart("mixed", "=_peelland_195", [
            text_part("text/plain", """Dear Ms Reyes,

Attached is our offer OF-26-3318 for your RFQ NR-RFQ-0619, exported from our ERP as a CSV file.

Prices are in euros, delivered DAP Dayton, OH (Incoterms 2020). The export does not show the validity: our offer is \
valid until 17 July 2026.

Kind regards,
Maarten Verbeek
Peelland Technische Handel B.V.
Helmond, the Netherlands - +31 492 555 017
"""),
            file_part("text/csv; charset=utf-8", "OF-26-3318.csv", U195_CSV)])),
       "partial", "EUR", "2026-07-17", "DAP",
       [line(1, 0.1742, "EUR", lead=28), line(3, 0.0284, "EUR", lead=0), line(5, 0.0645, "EUR", lead=21)],
       ["currency-differs", "missing-line"])


# u196 the quote is a Word .docx: letterhead paragraphs, a Word table whose price cells carry their own basis ("USD
# 138.50 / 100 m" -> 1.385 per metre, "USD 29.90 / 1,000 pcs" -> 0.0299), quantities restated with their unit (as
# asked -> null), and a footer part full of numbers (address, phone, tax ID, certificate). Cable 2 weeks -> 14;
# screws "from stock" -> 0; gasket, plate and springs "not quoted" -> declined. "valid for 60 days from the date above"
# and the date above is June 5, 2026 -> 2026-08-04; "FCA Lebanon, OH" -> FCA. Partial, no-bid.
U196_DOCX = docx(
    w_p(("LITTLE MIAMI WIRE & FASTENER CO.", "b", 30))
    + w_p("640 Columbus Ave, Lebanon, OH 45036  |  513-555-0137")
    + w_p(("QUOTATION LMW-2606-114", "b", 26))
    + w_p("Date: June 5, 2026")
    + w_p("To: Northridge Robotics - Attn. Nora Reyes")
    + w_p("Your reference: NR-RFQ-0619")
    + w_table([700, 1800, 3000, 1300, 2100, 1300], [
        ["Line", "Part number", "Description", "Quantity", "Price", "Delivery"],
        ["1", "GSK-EPDM-80", "Gasket, EPDM 70, 80 x 62 x 3 mm", "5,000 EA", "not quoted", "-"],
        ["2", "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR, black", "1,500 M", "USD 138.50 / 100 m", "2 weeks"],
        ["3", "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "20,000 EA", "USD 29.90 / 1,000 pcs", "from stock"],
        ["4", "PLT-0915-R2", "Motor base plate, 6082-T6", "120 EA", "not quoted", "-"],
        ["5", "SPR-C0630-302", "Compression spring, 302 SS", "8,000 EA", "not quoted", "-"]])
    + w_p("")
    + w_p("Gaskets, machined parts and springs are outside our product range.")
    + w_p("Delivery terms: FCA Lebanon, OH (Incoterms 2020). Payment: net 30 days.")
    + w_p("This quotation is valid for 60 days from the date above.")
    + w_p("Sincerely,")
    + w_p("Dana Whitcomb, Sales Engineer"),
    footer=w_p("Little Miami Wire & Fastener Co. | 640 Columbus Ave, Lebanon, OH 45036 | Tel 513-555-0137 | "
               "Fax 513-555-0138 | Fed. Tax ID 31-0000552 | ISO 9001:2015 Cert. 77 100 4412", after=0))
sample("u196-docx-price-basis-in-cell", message("sample", "Dana Whitcomb <dwhitcomb@littlemiami-wf.example>",
        multipart("mixed", "=_lmw_196", [
            text_part("text/plain", "Nora,\n\nPlease find our quotation LMW-2606-114 attached.\n\nRegards,\nDana Whitcomb\n"
                                    "Little Miami Wire & Fastener Co.\n"),
            file_part(DOCX, "LMW-2606-114.docx", U196_DOCX)])),
       "partial", "USD", "2026-08-04", "FCA",
       [nob(1), line(2, 1.385, lead=14), line(3, 0.0299, lead=0), nob(4), nob(5)],
       ["no-bid"])


# u197 the vendor returns the BUYER'S OWN RFQ spreadsheet ("NR-RFQ-0619.xlsx": Northridge title rows, reply-by date,
# Line / Part number / Description / Qty / Unit / Need by columns with need-by dates as date serials) with the yellow
# columns filled in: Unit price (USD), Lead time, MOQ, Remarks, and the footer cells Quote valid until / Incoterms /
# Supplier. Gasket 0.194, "5 wks" -> 35; cable "no quote" (remark "cable is not in our range") -> declined; screws
# 0.0311, "stock" -> 0; plate 42.90, "8 wks" -> 56 (Jul 31, before Aug 17); springs 0.0725, "4 wks" -> 28, MOQ 10,000
# (remark "one coil lot") -> moq 10000 above the 8,000 asked (quantity stays null). The need-by serials are not lead
# times. "Quote valid until" a date serial = 2026-07-10 (not short); Incoterms "FOB Cincinnati, OH" -> FOB. Partial,
# no-bid + moq-above-quantity.
C197 = {"A1": {"v": "Northridge Robotics - Request for Quotation", "s": 2},
        "A2": "RFQ NR-RFQ-0619 - Mechanical and cable parts for AGV drive module",
        "A3": "Please return by", "C3": {"v": serial(2026, 6, 12), "s": 5}}
C197.update({f"{c}5": {"v": h, "s": 9} for c, h in zip("ABCDEFGHIJ", (
    "Line", "Part number", "Description", "Qty", "Unit", "Need by", "Unit price (USD)", "Lead time", "MOQ", "Remarks"))})
for r, (ln, pn, desc, qty, unit, need, price, lead, moq, rem) in enumerate([
        (1, "GSK-EPDM-80", "Gasket, EPDM 70 Shore A, die-cut, 80 x 62 x 3 mm", 5000, "EA", (2026, 8, 3), 0.194, "5 wks",
         None, ""),
        (2, "CBL-4C22-PUR", "Cable, 4 x 22 AWG shielded, PUR, black, 305 m spools", 1500, "M", (2026, 7, 20), "no quote",
         "", None, "cable is not in our range"),
        (3, "SCR-M4X10-A2", "Socket head cap screw M4 x 10, ISO 4762, A2-70", 20000, "EA", (2026, 7, 13), 0.0311,
         "stock", None, ""),
        (4, "PLT-0915-R2", "Motor base plate, 10 mm 6082-T6, CNC milled", 120, "EA", (2026, 8, 17), 42.90, "8 wks", None,
         ""),
        (5, "SPR-C0630-302", "Compression spring, 302 SS, 0.6 x 6.3 x 30", 8000, "EA", (2026, 7, 27), 0.0725, "4 wks",
         10000, "MOQ = one coil lot")], start=6):
    C197.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": unit,
                 f"F{r}": {"v": serial(*need), "s": 5},
                 f"G{r}": {"v": price, "s": 11 if not isinstance(price, str) else 10}})
    if lead:
        C197[f"H{r}"] = {"v": lead, "s": 10}
    if moq:
        C197[f"I{r}"] = {"v": moq, "s": 13}
    if rem:
        C197[f"J{r}"] = {"v": rem, "s": 10}
C197.update({"A12": "Quote valid until", "C12": {"v": serial(2026, 7, 10), "s": 12},
             "A13": "Incoterms", "C13": {"v": "FOB Cincinnati, OH", "s": 10},
             "A14": "Supplier", "C14": {"v": "Queen City Spring & Stamping, quote QC-5530", "s": 10},
             "A16": "Please fill in the yellow cells and return this sheet to nreyes@northridge.example."})
sample("u197-buyer-rfq-sheet-filled-in", message("sample", "Jeff Amberg <jamberg@queencity-spring.example>",
        multipart("mixed", "Apple-Mail=_197B2E44-3C1A", [
            text_part("text/plain", "Hi Nora,\n\nAttached is your RFQ sheet with our pricing filled in (yellow columns).\n\n"
                                    "Thanks,\nJeff Amberg\nQueen City Spring & Stamping\n513-555-0128\n"),
            file_part(XLSX, "NR-RFQ-0619.xlsx", book([("RFQ", C197, ["A1:J1"],
                                                       cols(6, 16, 44, 9, 6, 12, 15, 11, 9, 24))]))])),
       "partial", "USD", "2026-07-10", "FOB",
       [line(1, 0.194, lead=35), nob(2), line(3, 0.0311, lead=0), line(4, 42.90, lead=56),
        line(5, 0.0725, lead=28, moq=10000)],
       ["moq-above-quantity", "no-bid"])


# u198 a one-page PDF quotation, and a body that CORRECTS it: "the spring price on the attached PDF is wrong - it picked
# up our 2025 price of $0.0749. The correct price is $0.0694 each; everything else stands." The body wins for that
# value: springs 0.0694 (not 0.0749), 4 wks -> 28. Plate $44.60 each, 6 wks -> 42. Gasket, cable and screws "No quote"
# in the PDF -> declined. "Valid until: July 31, 2026"; "FCA Urbana, OH" -> FCA. Partial, no-bid.
X198 = [40, 66, 150, 300, 346, 410, 480]
P198 = ([(40, 800, 13, "MAD RIVER SPRING & MACHINE CO."), (40, 786, 8, "455 Miami St, Urbana, OH 43078  |  937-555-0181"),
         (400, 800, 12, "QUOTATION"), (400, 786, 9, "No. MR-26-0651"), (400, 774, 9, "Date: June 5, 2026"),
         (40, 750, 9, "Northridge Robotics, Attn. Nora Reyes"), (400, 750, 9, "RFQ: NR-RFQ-0619")]
        + row(716, X198, ["Item", "Customer P/N", "Description", "Qty", "Price Each", "Total", "Lead Time"])
        + row(700, X198, ["1", "GSK-EPDM-80", "Gasket EPDM 80x62x3", "5,000", "No quote", "", ""])
        + row(684, X198, ["2", "CBL-4C22-PUR", "Cable 4x22 AWG PUR", "1,500 m", "No quote", "", ""])
        + row(668, X198, ["3", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000", "No quote", "", ""])
        + row(652, X198, ["4", "PLT-0915-R2", "Motor base plate 6082-T6", "120", "$44.60", "$5,352.00", "6 wks"])
        + row(636, X198, ["5", "SPR-C0630-302", "Comp. spring 302SS", "8,000", "$0.0749", "$599.20", "4 wks"])
        + row(612, X198, ["", "", "", "", "Total", "$5,951.20", ""])
        + [(40, 580, 8, "Prices in USD. FCA Urbana, OH (Incoterms 2020). Net 30 days."),
           (40, 568, 8, "Valid until: July 31, 2026"),
           (40, 556, 8, "Lead times in weeks after receipt of order and approved drawings."),
           (270, 60, 8, "Page 1 of 1")])
sample("u198-body-corrects-pdf-price", S.with_attachment(
    "Rachel Dunbar <rdunbar@madriver-spring.example>", """Nora,

Our quotation MR-26-0651 is attached.

One correction: the spring price on the attached PDF is wrong - it picked up our 2025 price of $0.0749. The correct \
price for SPR-C0630-302 is $0.0694 each (8,000 pcs = $555.20). Everything else on the quote stands.

Rachel Dunbar
Mad River Spring & Machine Co.
937-555-0181
""", "application/pdf", "MR-26-0651.pdf", pdf([check_page(P198)])),
       "partial", "USD", "2026-07-31", "FCA",
       [nob(1), nob(2), nob(3), line(4, 44.60, lead=42), line(5, 0.0694, lead=28)],
       ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u199 a short HTML cover note; the quote is a TWO-PAGE PDF: page 1 carries the letterhead, the customer block (customer
# no. 22871, ZIP codes, phone), the column header and lines 1-3, then "Subtotal carried forward"; page 2 repeats a short
# header and the column header and continues with lines 4-6, a brought-forward subtotal, the total and the terms. The
# columns are List price | Disc. | Net price | Net amount - the unit price is the NET price: resin 3.60 less 10 % =
# 3.24/kg; sheet 152.00 less 8 % = 139.84; bearing 4.10 less 20 % = 3.28; O-rings "28.00 /1000" less 25 % = "21.00
# /1000" -> 0.021; hose "5.20 /m" less 15 % = "4.42 /m" -> 4.42; kit 48.00 less 10 % = 43.20 (net amounts confirm).
# Lead times 3 weeks -> 21, 4 weeks -> 28, ex stock -> 0, 2 weeks -> 14, 3 weeks -> 21, 7 weeks -> 49 (all in time).
# "valid 30 days from the offer date" (12 June 2026, the Date header's day) -> 2026-07-12 (not short: due Jun 19 + 14 =
# Jul 3); "CPT Rockford, IL" -> CPT. Parsed, nothing deviates.
X199 = [36, 56, 132, 262, 296, 322, 372, 398, 452, 512]
HDR199 = ["Pos", "Your part no.", "Description", "Qty", "UoM", "List price", "Disc.", "Net price", "Net amount", "Lead time"]
U199_ROWS = [("1", "RES-PA66-GF30", "PA66 GF30 black, 25 kg bags", 2500, "KG", "3.60 /kg", "10 %", "3.24 /kg", 3.24,
              "3 weeks"),
             ("2", "SHT-5052H32-030", "Sheet 5052-H32 3.0x1250x2500", 90, "EA", "152.00", "8 %", "139.84", 139.84, "4 weeks"),
             ("3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3", 400, "EA", "4.10", "20 %", "3.28", 3.28, "ex stock"),
             ("4", "OR-0120-NBR70", "O-ring 12 x 2 NBR 70 black", 50000, "EA", "28.00 /1000", "25 %", "21.00 /1000", 0.021,
              "2 weeks"),
             ("5", "HSE-2SN-08", "Hose EN 853 2SN DN12", 800, "M", "5.20 /m", "15 %", "4.42 /m", 4.42, "3 weeks"),
             ("6", "KIT-PX200-SEAL", "Seal kit PX-200 pump", 150, "SET", "48.00", "10 %", "43.20", 43.20, "7 weeks")]


def u199_rows(y, rows):
    return [item for i, (pos, pn, desc, qty, uom, lst, disc, net, unit, lead) in enumerate(rows)
            for item in row(y - 14 * i, X199, [pos, pn, desc, f"{qty:,}", uom, lst, disc, net, f"{qty * unit:,.2f}", lead],
                            size=7)]


U199_P1 = round(sum(r[3] * r[8] for r in U199_ROWS[:3]), 2)
U199_ALL = round(sum(r[3] * r[8] for r in U199_ROWS), 2)
P199_1 = ([(36, 800, 13, "Kishwaukee Industrial Supply, Inc."), (400, 800, 12, "OFFER KIS-A-26-2290"),
           (36, 786, 8, "915 Lincoln Hwy, DeKalb, IL 60115  |  Tel 815-555-0138  |  Fax 815-555-0139"),
           (400, 786, 9, "Date: 12 June 2026"), (400, 774, 9, "Customer no.: 22871"),
           (400, 762, 9, "Your RFQ: HM-RFQ-2611"), (400, 750, 9, "Contact: Ben Okafor")]
          + letters("Halvorsen Manufacturing\nPurchasing - Lena Marsh\n2150 Harrison Ave\nRockford, IL 61104", 9, 36, 762, 12)
          + row(700, X199, HDR199, size=7) + u199_rows(684, U199_ROWS[:3])
          + [(296, 630, 8, "Subtotal carried forward"), (452, 630, 8, f"{U199_P1:,.2f}"),
             (36, 612, 8, "Continued on page 2"), (270, 60, 8, "Page 1 of 2")])
P199_2 = ([(36, 800, 10, "Kishwaukee Industrial Supply, Inc.  -  Offer KIS-A-26-2290  -  continued")]
          + row(770, X199, HDR199, size=7)
          + [(296, 754, 8, "Subtotal brought forward"), (452, 754, 8, f"{U199_P1:,.2f}")]
          + u199_rows(738, U199_ROWS[3:])
          + [(296, 684, 8, "Total net USD"), (452, 684, 8, f"{U199_ALL:,.2f}")]
          + letters("Prices in US dollars, net of the discount shown. Delivery CPT Rockford, IL (Incoterms 2020).\n"
                    "Lead times from receipt of order. Payment 30 days net.\n"
                    "This offer is valid 30 days from the offer date.", 8, 36, 650, 12)
          + [(270, 60, 8, "Page 2 of 2")])
assert U199_ALL == 33063.60
blind("u199-pdf-two-pages-net-after-discount", message("blind", "Ben Okafor <bokafor@kishwaukee-supply.example>",
        multipart("mixed", "=_kis_199", [
            text_part("text/html", "<html><body style=\"font-family:Arial;font-size:10pt\"><p>Hello Lena,</p><p>Please "
                                   "find attached our offer KIS-A-26-2290 (2 pages) for HM-RFQ-2611.</p><p>Best regards,"
                                   "<br>Ben Okafor<br>Kishwaukee Industrial Supply, Inc.</p></body></html>"),
            file_part("application/pdf", "Offer_KIS-A-26-2290.pdf", pdf([check_page(P199_1), check_page(P199_2)]))])),
      "parsed", "USD", "2026-07-12", "CPT",
      [line(1, 3.24, lead=21), line(2, 139.84, lead=28), line(3, 3.28, lead=0), line(4, 0.021, lead=14),
       line(5, 4.42, lead=21), line(6, 43.20, lead=49)],
      [])


# u200 the vendor's XLSX: a merged title, address rows, the quote date as a serial; the main table A-G (header row 6)
# with prices as numbers formatted "$"#,##0.0000 and lead times as numbers under "Lead time (weeks)"; BESIDE it, in
# I-K under a merged "Quantity breaks" title, a break block whose rows sit on the same sheet rows as the main lines
# (resin 1,000 / 2,500 / 5,000 kg; O-rings 25,000 / 50,000 / 100,000; kit 100 / 250 sets). The main table already
# gives the price at the requested quantity and agrees with the applicable break: resin 3.29 (2,500 kg break), 3 weeks
# -> 21; sheet 140.15, 5 -> 35; bearing 3.31, 1 -> 7; O-rings 0.0209 (50,000 break), 2 -> 14; hose "no quote" ->
# declined; kit 46.90 (the 100-set break applies to 150; 42.80 needs 250), 6 -> 42. "Valid until" a date serial =
# 2026-07-15 (not short); "FOB Springfield, IL" -> FOB. Partial, no-bid.
C200 = {"A1": {"v": "SANGAMON SEAL & POLYMER SUPPLY", "s": 2},
        "A2": "2270 N. Dirksen Pkwy, Springfield, IL 62702  -  217-555-0163  -  sales@sangamon-sps.example",
        "A3": {"v": "Quotation SSP-26-4471", "s": 1}, "C3": "Date", "D3": {"v": serial(2026, 6, 12), "s": 5},
        "A4": "Customer: Halvorsen Manufacturing - Attn. Lena Marsh - RFQ HM-RFQ-2611",
        "I5": {"v": "Quantity breaks", "s": 2}}
C200.update({f"{c}6": {"v": h, "s": 9} for c, h in zip("ABCDEFGIJK", (
    "Line", "Part no.", "Description", "Qty", "UoM", "Unit price", "Lead time (weeks)", "Part no.", "From qty",
    "Unit price"))})
for r, (ln, pn, desc, qty, uom, price, lead) in enumerate([
        (1, "RES-PA66-GF30", "PA66 GF30 black, 25 kg bags", 2500, "KG", 3.29, 3),
        (2, "SHT-5052H32-030", "Sheet 5052-H32 3.0 x 1250 x 2500", 90, "EA", 140.15, 5),
        (3, "BRG 6205-2RS", "Bearing 6205-2RS C3", 400, "EA", 3.31, 1),
        (4, "OR-0120-NBR70", "O-ring 12 x 2 NBR 70", 50000, "EA", 0.0209, 2),
        (5, "HSE-2SN-08", "Hose 2SN DN12", 800, "M", "no quote", None),
        (6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", 46.90, 6)], start=7):
    C200.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": uom,
                 f"F{r}": price if isinstance(price, str) else {"v": price, "s": 3}})
    if lead is not None:
        C200[f"G{r}"] = lead
for r, (pn, frm, price) in enumerate([("RES-PA66-GF30", 1000, 3.45), ("", 2500, 3.29), ("", 5000, 3.15),
                                      ("OR-0120-NBR70", 25000, 0.0231), ("", 50000, 0.0209), ("", 100000, 0.0188),
                                      ("KIT-PX200-SEAL", 100, 46.90), ("", 250, 42.80)], start=7):
    C200.update({f"J{r}": {"v": frm, "s": 6}, f"K{r}": {"v": price, "s": 3}})
    if pn:
        C200[f"I{r}"] = pn
C200.update({"A16": "Valid until", "C16": {"v": serial(2026, 7, 15), "s": 5},
             "A17": "Incoterms", "C17": "FOB Springfield, IL (Incoterms 2020)",
             "A18": "Prices in USD per unit of measure. Lead times in weeks ARO."})
blind("u200-xlsx-break-block-beside-table", H.with_attachment("Curtis Lamb <clamb@sangamon-sps.example>", """Lena,

Please see the attached quote SSP-26-4471. Break pricing is shown to the right of the main table in case you want to \
change quantities.

Curtis Lamb
Sangamon Seal & Polymer Supply
217-555-0163
""", XLSX, "SSP-26-4471.xlsx", book([("Quotation", C200, ["A1:G1", "I5:K5"], cols(6, 18, 32, 10, 6, 12, 17, 3, 18, 10, 11))])),
      "partial", "USD", "2026-07-15", "FOB",
      [line(1, 3.29, lead=21), line(2, 140.15, lead=35), line(3, 3.31, lead=7), line(4, 0.0209, lead=14), nob(5),
       line(6, 46.90, lead=42)],
      ["no-bid"])


# u201 the quote is a fixed-width .TXT printed to file by the vendor's ERP (us-ascii, CRLF), two pages separated by a
# FORM FEED, the page header (sold-to / ship-to blocks, customer no. 104417, ZIP codes, phone and fax) repeated on page
# 2. Each line shows the vendor's product and a "CUST PROD:" line with the RFQ part number. Price and "PER": bearing
# 3.370 EA; O-rings 20.600 per 1000 -> 0.0206; hose 4.290 per M - the hose is bought in metres (UM M), so M is a metre
# here, not a thousand (800 x 4.29 = 3,432.00 confirms) -> 4.29; kit 45.750 SET. AVAIL (ship days ARO): STOCK -> 0,
# 14 DAYS -> 14, 21 DAYS -> 21, 42 DAYS -> 42. The body declines the resin and the sheet ("we don't carry either") ->
# lines 1, 2 declined. "EXPIRES: 07/24/26" -> 2026-07-24 (not short); "FOB: MOLINE IL" -> FOB. Partial, no-bid.
def u201_header(page):
    return f"""BLACKHAWK FLUID POWER & BEARING CO.                                   QUOTATION
2815 4TH AVE                                                  QUOTE NO:   Q118842
MOLINE IL 61265                                               QUOTE DATE: 06/12/26
PHONE (309) 555-0171  FAX (309) 555-0172                      EXPIRES:    07/24/26
                                                              PAGE:       {page}
SOLD TO: 104417                          SHIP TO: 104417-02
HALVORSEN MANUFACTURING                  HALVORSEN MFG - RECEIVING
ATTN LENA MARSH                          2150 HARRISON AVE
2150 HARRISON AVE                        ROCKFORD IL 61104
ROCKFORD IL 61104

CUST REF: HM-RFQ-2611   TERMS: NET 30   SHIP VIA: BEST WAY   FOB: MOLINE IL   SLSP: 14 D.KRAUSE

LN  PRODUCT              DESCRIPTION                     QTY UM      PRICE PER     NET AMOUNT AVAIL
--- -------------------- ---------------------------- ------ --- ---------- ---- ------------ --------
"""


def u201_line(ln, prod, desc, qty, um, price, per, amount, avail, cust):
    return f"{ln:03d} {prod:<20} {desc:<28} {qty:>6} {um:<3} {price:>10.3f} {per:<4} {amount:>12,.2f} {avail}\n    CUST PROD: {cust}\n"


U201_TXT = (u201_header(1)
            + u201_line(1, "6205-2RS1/C3", "BRG DEEP GROOVE 25X52X15 C3", 400, "EA", 3.37, "EA", 1348.00, "STOCK",
                        "BRG 6205-2RS")
            + u201_line(2, "ORG-12X2-N70", "O-RING 12.0X2.0 NBR70 BLK", 50000, "EA", 20.60, "1000", 1030.00, "14 DAYS",
                        "OR-0120-NBR70")
            + "\n                                                        *** CONTINUED ON NEXT PAGE ***\n\f"
            + u201_header(2)
            + u201_line(3, "H2SN-08-BULK", "HOSE EN853 2SN 1/2 BULK", 800, "M", 4.29, "M", 3432.00, "21 DAYS",
                        "HSE-2SN-08")
            + u201_line(4, "SK-PX200", "SEAL KIT PX-200 PUMP", 150, "SET", 45.75, "SET", 6862.50, "42 DAYS",
                        "KIT-PX200-SEAL")
            + """
                                                              QUOTE TOTAL:     12,672.50

PRICES IN U.S. DOLLARS. AVAIL = ESTIMATED SHIP DAYS ARO, SUBJECT TO PRIOR SALE.
PRICE PER: EA = EACH, SET = PER SET, 1000 = PER THOUSAND, M = PER METER.
THANK YOU FOR THE OPPORTUNITY TO QUOTE.
""")
assert round(400 * 3.37 + 50000 * 0.0206 + 800 * 4.29 + 150 * 45.75, 2) == 12672.50
blind("u201-erp-txt-form-feed-per-m-metre", message("blind", "Don Krause <dkrause@blackhawk-fpb.example>",
        multipart("mixed", "=_blackhawk_201", [
            text_part("text/plain", "Lena,\n\nQuote Q118842 attached (text file from our system). No quote on the PA66 "
                                    "resin or the aluminum sheet - we don't carry either.\n\nDon Krause\nBlackhawk Fluid "
                                    "Power & Bearing\n(309) 555-0171\n", charset="us-ascii", cte="7bit"),
            file_part("text/plain; charset=us-ascii", "Q118842.TXT", S.crlf(U201_TXT).encode("ascii"))]),
        subject="Quote Q118842 - RFQ HM-RFQ-2611"),
      "partial", "USD", "2026-07-24", "FOB",
      [nob(1), nob(2), line(3, 3.37, lead=0), line(4, 0.0206, lead=14), line(5, 4.29, lead=21), line(6, 45.75, lead=42)],
      ["no-bid"])


# u202 a one-line body; the quote is a LibreOffice .ods (a title spanning columns, address rows, currency-typed price
# cells). The resin comes only in 1,000 kg octabins: "quoted 3 octabins = 3,000 kg" -> quantity 3000 (quantity-differs)
# at $3.18/kg, 2 weeks -> 14; sheet "no quote" -> declined; bearing $3.45, stock -> 0; O-rings $0.0198, 3 weeks -> 21;
# hose $4.52 per metre, 4 weeks -> 28; kit "no quote" -> declined. "Valid until 31 July 2026"; "FCA Kankakee, IL" ->
# FCA. Partial, no-bid + quantity-differs.
U202_ODS = ods([
    [("span", "Kankakee Resin & Rubber Supply - Quotation KRR-Q-2612", 6)],
    ["1840 E. Court St, Kankakee, IL 60901 - Tel 815-555-0149 - Fax 815-555-0150"],
    ["Customer: Halvorsen Manufacturing, Lena Marsh", "", "", "", "RFQ: HM-RFQ-2611"],
    [],
    ["Line", "Part number", "Description", "Qty", "UoM", "Unit price", "Lead time", "Remarks"],
    [1, "RES-PA66-GF30", "PA66 GF30 black", 3000, "KG", ("$", 3.18, "$3.18"), "2 weeks",
     "1,000 kg octabins only - quoted 3 octabins = 3,000 kg"],
    [2, "SHT-5052H32-030", "Sheet 5052-H32 3.0 x 1250 x 2500", 90, "EA", "no quote", "", "we do not stock sheet"],
    [3, "BRG 6205-2RS", "Bearing 6205-2RS C3", 400, "EA", ("$", 3.45, "$3.45"), "stock", ""],
    [4, "OR-0120-NBR70", "O-ring 12 x 2 NBR 70", 50000, "EA", ("$", 0.0198, "$0.0198"), "3 weeks", ""],
    [5, "HSE-2SN-08", "Hose EN 853 2SN DN12", 800, "M", ("$", 4.52, "$4.52"), "4 weeks", "price per metre"],
    [6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", "no quote", "", ""],
    [],
    ["Prices in USD. FCA Kankakee, IL (Incoterms 2020). Valid until 31 July 2026. Payment net 30."]])
blind("u202-ods-octabin-round-up", H.with_attachment(
    "Rick Vaszquez <rvaszquez@kankakee-rr.example>", "Lena - our quote for HM-RFQ-2611 is attached.\n\nRick\n",
    ODS, "KRR-Q-2612.ods", U202_ODS),
      "partial", "USD", "2026-07-31", "FCA",
      [line(1, 3.18, qty=3000, lead=14), nob(2), line(3, 3.45, lead=0), line(4, 0.0198, lead=21), line(5, 4.52, lead=28),
       nob(6)],
      ["no-bid", "quantity-differs"])


# u203 a whole no-bid that exists only as an attached PDF LETTER ("Please see the attached letter regarding your RFQ"):
# letterhead with address, phone, fax and a customer number, "Re: Your RFQ HM-RFQ-2611 of June 9, 2026 - 6 items",
# "we regret that we are unable to submit a quotation", reasons with numbers (capacity committed through week 36, a
# 3,000 lb press, 20 years of business) - none is a price or a lead time. Every line declined; currency, validity
# and Incoterms null.
P203 = ([(60, 790, 14, "PECATONICA METAL & PLASTICS, INC."),
         (60, 776, 8, "700 W. Stephenson St, Freeport, IL 61032  |  Tel 815-555-0124  |  Fax 815-555-0125"),
         (60, 730, 10, "Halvorsen Manufacturing"), (60, 717, 10, "Attn. Ms. Lena Marsh, Purchasing"),
         (60, 704, 10, "2150 Harrison Ave"), (60, 691, 10, "Rockford, IL 61104"),
         (400, 730, 10, "Freeport, June 12, 2026"), (400, 717, 10, "Customer No. 44180"),
         (60, 650, 10, "Re: Your RFQ HM-RFQ-2611 of June 9, 2026 - 6 items")]
        + letters("""Dear Ms. Marsh,

Thank you for inviting Pecatonica Metal & Plastics to quote on the six items of your
request for quotation.

After reviewing the resin, sheet, bearings, O-rings, hose and seal kits with our purchasing
and production teams, we regret that we are unable to submit a quotation on this occasion.
Our sheet-metal and molding capacity is fully committed through week 36, and the purchased
components are outside the range we normally supply.

We value the relationship we have built over 20 years and hope to be considered for future
requirements, in particular for formed parts on our 3,000 lb press line.

Sincerely,

Karen Dietz
Sales Manager""", 10, 60, 620, 14)
        + [(60, 60, 7, "Pecatonica Metal & Plastics, Inc.  |  ISO 9001:2015  |  www.pecatonica-mp.example")])
blind("u203-pdf-letter-whole-nobid", H.with_attachment("Karen Dietz <kdietz@pecatonica-mp.example>", """Lena,

Please see the attached letter regarding your RFQ HM-RFQ-2611.

Regards,
Karen Dietz
Pecatonica Metal & Plastics, Inc.
""", "application/pdf", "HM-RFQ-2611 response.pdf", pdf([check_page(P203)])),
      "no-bid", None, None, None,
      [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)],
      ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u204 a one-page PDF offer whose price column is headed "Price EUR/100" (German number format): fitting 412,00 per 100
# -> 4.12 EUR each, bracket set 2.345,00 per 100 sets -> 23.45 per set; the "Value EUR" column (8.240,00 and 3.517,50)
# and the note "Prices in EUR per 100 pieces (sets)" confirm the basis. Delivery 3 weeks -> 21, 5 weeks -> 35. Shaft,
# housing and cylinder rows say "no offer" -> declined. Letterhead and legal footer full of numbers (HRB, USt-IdNr,
# phone, fax). "Offer valid until 31.07.2026" -> 2026-07-31 (not short: due Jun 26 + 14 = Jul 10); "FCA Hamburg" -> FCA.
# Partial, no-bid.
X204 = [36, 62, 128, 210, 340, 376, 404, 466, 524]
P204 = ([(36, 800, 12, "Hanseatische Blech- & Verbindungstechnik GmbH"),
         (36, 786, 8, "Billwerder Ring 21 · 21035 Hamburg · Tel. +49 40 555 0190 · Fax +49 40 555 0199"),
         (400, 760, 11, "OFFER 4418-HBV-26"), (400, 746, 9, "Date: 15.06.2026"), (400, 734, 9, "Customer no.: 70 3312"),
         (36, 760, 9, "Vossberg Maschinenbau GmbH"), (36, 748, 9, "Purchasing, Mr Jonas Albers"),
         (36, 736, 9, "33609 Bielefeld"), (36, 712, 9, "Your inquiry VM-RFQ-4418 of 08.06.2026")]
        + row(680, X204, ["Pos.", "Art.-No.", "Your part no.", "Description", "Qty", "Unit", "Price EUR/100",
                          "Value EUR", "Delivery"], size=7)
        + row(664, X204, ["1", "-", "SH-2231-C rev B", "Drive shaft 42CrMo4", "250", "PC", "no offer", "", ""], size=7)
        + row(650, X204, ["2", "-", "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "25", "PC", "no offer", "", ""], size=7)
        + row(636, X204, ["3", "HV-GE10-12-4L", "FIT-316-G12-10", "Male connector G1/2 - 10, 316L", "2.000", "PC",
                          "412,00", "8.240,00", "3 weeks"], size=7)
        + row(622, X204, ["4", "-", "DSBC-32-80-PPVA-N3", "Cylinder ISO 15552 32/80", "120", "PC", "no offer", "", ""],
              size=7)
        + row(608, X204, ["5", "HB-2231-S-LR", "2231-004-03", "Sensor bracket set L+R, anod.", "150", "SET", "2.345,00",
                          "3.517,50", "5 weeks"], size=7)
        + row(588, X204, ["", "", "", "", "", "", "Total", "11.757,50", ""], size=7)
        + letters("Prices in EUR per 100 pieces (sets), net, excl. VAT.\nDelivery terms: FCA Hamburg (Incoterms 2020). "
                  "Payment: 30 days net.\nDelivery times in weeks after receipt of order.\nOffer valid until 31.07.2026.",
                  8, 36, 556, 12)
        + [(36, 70, 7, "Hanseatische Blech- & Verbindungstechnik GmbH · Amtsgericht Hamburg HRB 99412 · "
                       "USt-IdNr. DE 301 555 118"),
           (36, 60, 7, "Commerzbank Hamburg · IBAN DE71 2004 0000 0555 0190 00 · BIC COBADEHHXXX"), (520, 60, 7, "Page 1/1")])
blind2("u204-pdf-price-eur-per-100-header", V.message("Svenja Petersen <s.petersen@hbv-hamburg.example>", multipart(
        "mixed", "=_hbv_204", [
            text_part("text/plain", "Dear Mr Albers,\n\nplease find attached our offer 4418-HBV-26.\n\nKind regards\n"
                                    "Svenja Petersen\nHanseatische Blech- & Verbindungstechnik GmbH\n"),
            file_part("application/pdf", "Offer_4418-HBV-26.pdf", pdf([check_page(P204)]))])),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 4.12, "EUR", lead=21), nob(4), line(5, 23.45, "EUR", lead=35)],
       ["no-bid"])


# u205 an Irish machine shop's comma-separated CSV (UTF-8, no BOM, CRLF): fields holding commas are quoted -
# descriptions ("Drive shaft, 42CrMo4 Q+T, ...") and amounts ("1,186.00", "29,650.00"); title rows above the header,
# dd/mm/yyyy dates. Shaft 41.80, 9 weeks -> 63 (Jun 15 + 63 = Aug 17, before Aug 28); housing 1,186.00 (not 1 or 186),
# 14 weeks -> 98 (Sep 21, before Oct 2); bracket set 24.35, 6 weeks -> 42. Fitting and cylinder are not in the file and
# the body does not mention them -> missing-line. "Valid until,31/07/2026" -> 2026-07-31; "DAP Bielefeld" -> DAP;
# the "Notes" row's one-off first article inspection charge EUR 380.00 -> note. Partial.
U205_BUF = io.StringIO()
U205_W = csv.writer(U205_BUF, lineterminator="\r\n")
U205_W.writerows([
    ["Shannon Precision Engineering Ltd", "Quotation SPE-Q-2606-041"],
    ["Unit 7, Raheen Business Park, Limerick V94 K2X7, Ireland", "Tel +353 61 555 014"],
    ["Customer", "Vossberg Maschinenbau GmbH, Bielefeld"],
    ["Your enquiry", "VM-RFQ-4418"],
    ["Quote date", "15/06/2026"],
    [],
    ["Line", "Part No.", "Description", "Qty", "UoM", "Unit Price (EUR)", "Total (EUR)", "Lead Time"],
    ["1", "SH-2231-C rev B", "Drive shaft, 42CrMo4 Q+T, turned and ground, 30h6 x 412", "250", "EA", "41.80",
     "10,450.00", "9 weeks"],
    ["2", "HSG-1180-GJL", "Gearbox housing, EN-GJL-250, machined, primed RAL 7035", "25", "EA", "1,186.00",
     "29,650.00", "14 weeks"],
    ["5", "2231-004-03", "Sensor bracket set, L + R, 6082-T6, black anodised", "150", "SET", "24.35", "3,652.50",
     "6 weeks"],
    ["", "", "", "", "", "Total", "43,752.50", ""],
    [],
    ["Valid until", "31/07/2026"],
    ["Delivery", "DAP Bielefeld, Germany (Incoterms 2020)"],
    ["Payment", "30 days from invoice"],
    ["Notes", "First article inspection report (FAIR), one-off charge EUR 380.00, invoiced with the first delivery"]])
assert round(250 * 41.80 + 25 * 1186 + 150 * 24.35, 2) == 43752.50
blind2("u205-csv-comma-quoted-amounts", V.message("Ciarán Moloney <cmoloney@shannon-precision.example>", multipart(
        "mixed", "=_spe_205", [
            text_part("text/plain", "Dear Jonas,\n\nPlease find attached our quotation SPE-Q-2606-041 as a CSV file.\n\n"
                                    "Kind regards,\nCiarán Moloney\nShannon Precision Engineering Ltd\n"),
            file_part("text/csv; charset=utf-8", "SPE-Q-2606-041.csv", U205_BUF.getvalue().encode("utf-8"))])),
       "partial", "EUR", "2026-07-31", "DAP",
       [line(1, 41.80, "EUR", lead=63), line(2, 1186.00, "EUR", lead=98), line(5, 24.35, "EUR", lead=42)],
       ["missing-line", "note"])


# u206 a German job shop's XLSX: company name merged across A1:I1, an address row full of numbers (phone, fax, USt-IdNr),
# the offer date as a dd.mm.yyyy date serial; prices as numbers formatted #,##0.00 "EUR-sign", lead times as numbers
# under "Lieferzeit (Wochen)", "kein Angebot" in the price cells of the housing and the cylinder -> declined; a second
# sheet "Konditionen" with "Angebot gueltig bis" (a date serial = 2026-07-31) and "FCA Altena (Incoterms 2020)" -> FCA.
# The BODY changes one value: "Abweichend von der Tabelle betraegt die Lieferzeit fuer die Antriebswelle (Pos. 1)
# inzwischen 12 Wochen" -> shaft 84 days, not the sheet's 8 weeks; Jun 15 + 84 = Sep 7, after the Aug 28 need-by ->
# lead-time-after-need-by. Shaft 39.60; fitting 4.18, 3 -> 21; bracket set 22.75 per Satz, 6 -> 42. Partial.
C206 = {"A1": {"v": "Lenne-Drehteile GmbH", "s": 2},
        "A2": "Am Hammer 14 · 58762 Altena · Tel. +49 2352 555-0 · Fax +49 2352 555-99 · USt-IdNr. DE 298 551 204",
        "A3": {"v": "Angebot Nr. 2026-0577", "s": 1}, "D3": "vom", "E3": {"v": serial(2026, 6, 15), "s": 8},
        "A4": "Kunde: Vossberg Maschinenbau GmbH, Herr Albers · Ihre Anfrage VM-RFQ-4418"}
C206.update({f"{c}6": {"v": h, "s": 9} for c, h in zip("ABCDEFGHI", (
    "Pos.", "Ihre Teilenr.", "Bezeichnung", "Menge", "ME", "Einzelpreis", "Gesamtpreis", "Lieferzeit (Wochen)",
    "Bemerkung"))})
for r, (pos, pn, desc, qty, me, price, lead, rem) in enumerate([
        (1, "SH-2231-C rev B", "Antriebswelle 42CrMo4 vergütet, geschliffen", 250, "Stk", 39.60, 8, ""),
        (2, "HSG-1180-GJL", "Getriebegehäuse EN-GJL-250", 25, "Stk", "kein Angebot", None, "Guss nicht in unserem Programm"),
        (3, "FIT-316-G12-10", "Einschraubverschraubung G1/2 - 10 mm, 1.4404", 2000, "Stk", 4.18, 3, ""),
        (4, "DSBC-32-80-PPVA-N3", "Normzylinder ISO 15552 32/80", 120, "Stk", "kein Angebot", None,
         "Kaufteil - bitte direkt beim Hersteller anfragen"),
        (5, "2231-004-03", "Sensorhalter-Satz L+R, eloxiert schwarz", 150, "Satz", 22.75, 6, "")], start=7):
    C206.update({f"A{r}": pos, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": me})
    if isinstance(price, str):
        C206[f"F{r}"] = price
    else:
        C206.update({f"F{r}": {"v": price, "s": 7}, f"G{r}": {"v": round(qty * price, 2), "s": 7, "f": f"D{r}*F{r}"},
                     f"H{r}": lead})
    if rem:
        C206[f"I{r}"] = rem
C206.update({"F13": {"v": "Summe netto", "s": 1},
             "G13": {"v": round(250 * 39.60 + 2000 * 4.18 + 150 * 22.75, 2), "s": 7, "f": "SUM(G7:G11)"}})
K206 = {"A1": {"v": "Konditionen zum Angebot 2026-0577", "s": 1},
        "A3": "Angebot gültig bis", "B3": {"v": serial(2026, 7, 31), "s": 8},
        "A4": "Lieferbedingung", "B4": "FCA Altena (Incoterms 2020)",
        "A5": "Zahlungsbedingung", "B5": "30 Tage netto",
        "A6": "Preise", "B6": "netto in EUR zzgl. gesetzlicher MwSt.",
        "A7": "Lieferzeit", "B7": "Wochen nach Auftragseingang und Klärung aller technischen Details"}
blind2("u206-xlsx-euro-format-body-lead-change", V.message("Thorsten Kämper <t.kaemper@lenne-drehteile.example>", multipart(
        "mixed", "=_lenne_206", [
            text_part("text/plain", """Sehr geehrter Herr Albers,

anbei erhalten Sie unser Angebot 2026-0577 zu Ihrer Anfrage VM-RFQ-4418.

Bitte beachten Sie: Abweichend von der Tabelle beträgt die Lieferzeit für die Antriebswelle (Pos. 1) inzwischen \
12 Wochen, da unsere Härterei ausgelastet ist. Alle anderen Angaben gelten unverändert.

Mit freundlichen Grüßen
Thorsten Kämper
Lenne-Drehteile GmbH
"""),
            file_part(XLSX, "Angebot_2026-0577.xlsx", book([
                ("Angebot", C206, ["A1:I1"], cols(6, 18, 40, 9, 6, 13, 14, 19, 40)),
                ("Konditionen", K206, [], cols(22, 60))]))]),
        subject="AW: RFQ VM-RFQ-4418 - Angebot 2026-0577"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 39.60, "EUR", lead=84), nob(2), line(3, 4.18, "EUR", lead=21), nob(4), line(5, 22.75, "EUR", lead=42)],
       ["lead-time-after-need-by", "no-bid"])


# u207 two attachments: the vendor's German offer as a Word .docx (a table "Pos. | Artikel | Ihre Teilenummer |
# Bezeichnung | Menge | Einzelpreis EUR | Lieferzeit") AND the buyer's own RFQ VM-RFQ-4418 returned as a PDF "for
# reference" - its table has every line, quantity and need-by date and blank "Unit price" / "Lead time" cells, none of
# which is a quote. The offer: fitting 4,09 EUR, "2-3 Wochen" -> 21; cylinder 72,40 EUR, "ab Lager" -> 0; shaft,
# housing and bracket set "kein Angebot" -> declined. The vendor's own article numbers are not alternates (the
# customer part numbers are the requested ones). "Dieses Angebot ist 45 Tage ab Angebotsdatum gueltig" and the offer
# date is 15.06.2026 -> 2026-07-30 (not short); "CPT Bielefeld" -> CPT. Partial, no-bid.
U207_DOCX = docx(
    w_p(("Ravensberger Fluidtechnik GmbH", "b", 30))
    + w_p("Goebenstraße 9 · 32052 Herford · Tel. +49 5221 555-310")
    + w_p(("Angebot AN-26-1187", "b", 26))
    + w_p("Angebotsdatum: 15.06.2026")
    + w_p("Vossberg Maschinenbau GmbH, Einkauf, Herrn Jonas Albers, 33609 Bielefeld")
    + w_p("Ihre Anfrage: VM-RFQ-4418")
    + w_table([600, 1700, 2000, 2600, 1000, 1400, 1300], [
        ["Pos.", "Artikel", "Ihre Teilenummer", "Bezeichnung", "Menge", "Einzelpreis EUR", "Lieferzeit"],
        ["1", "-", "SH-2231-C rev B", "Antriebswelle", "250 Stk", "kein Angebot", "-"],
        ["2", "-", "HSG-1180-GJL", "Getriebegehäuse", "25 Stk", "kein Angebot", "-"],
        ["3", "GE10-LR-G12-4L", "FIT-316-G12-10", "Gerade Einschraubverschraubung G1/2 - 10 mm, 1.4404", "2.000 Stk",
         "4,09", "2-3 Wochen"],
        ["4", "RF-DSBC-3280-N3", "DSBC-32-80-PPVA-N3", "Normzylinder ISO 15552, 32/80, PPV-A", "120 Stk", "72,40",
         "ab Lager"],
        ["5", "-", "2231-004-03", "Sensorhalter-Satz", "150 Satz", "kein Angebot", "-"]])
    + w_p("")
    + w_p("Preise netto zzgl. MwSt. Lieferbedingung: CPT Bielefeld (Incoterms 2020).")
    + w_p("Zahlung: 14 Tage 2 % Skonto, 30 Tage netto.")
    + w_p("Dieses Angebot ist 45 Tage ab Angebotsdatum gültig.")
    + w_p("Mit freundlichen Grüßen")
    + w_p("Dirk Meinert, Vertrieb Innendienst"),
    footer=w_p("Ravensberger Fluidtechnik GmbH · Goebenstraße 9 · 32052 Herford · Tel. +49 5221 555-310 · Amtsgericht "
               "Bad Oeynhausen HRB 11874 · IBAN DE12 4945 0120 0000 3310 55", after=0))
X207 = [40, 62, 142, 292, 318, 344, 390, 434]
P207 = ([(40, 800, 13, "Vossberg Maschinenbau GmbH"), (40, 786, 8, "Einkauf · 33609 Bielefeld · Tel. +49 521 555-0"),
         (40, 756, 12, "Request for Quotation VM-RFQ-4418"),
         (40, 740, 9, "Machined and purchased parts for VL-60 labelling machine"),
         (40, 724, 9, "Date: 08.06.2026     Reply by: 26.06.2026     Currency: EUR"),
         (40, 708, 9, "Please state unit price, lead time, Incoterms and validity for each line.")]
        + row(680, X207, ["Line", "Part number", "Description", "Qty", "Unit", "Need by", "Unit price", "Lead time"],
              size=7)
        + [item for i, (ln, pn, desc, qty, unit, need) in enumerate(V.RFQ_ROWS)
           for item in row(664 - 16 * i, X207, [ln, pn, desc, qty, unit, need, "________", "________"], size=7)]
        + [(40, 560, 9, "Quote valid until: ____________     Incoterms: ____________"),
           (40, 530, 9, "Jonas Albers, Purchasing"), (270, 60, 8, "Page 1 of 1")])
blind2("u207-docx-offer-plus-buyer-rfq-returned", V.message("Dirk Meinert <d.meinert@ravensberger-fluid.example>", multipart(
        "mixed", "=_rft_207", [
            text_part("text/plain", """Sehr geehrter Herr Albers,

anbei unser Angebot AN-26-1187 zu Ihrer Anfrage VM-RFQ-4418. Ihre Anfrage habe ich zur Zuordnung nochmals beigefügt.

Mit freundlichen Grüßen
Dirk Meinert
Ravensberger Fluidtechnik GmbH
"""),
            file_part(DOCX, "Angebot_AN-26-1187.docx", U207_DOCX),
            file_part("application/pdf", "VM-RFQ-4418.pdf", pdf([check_page(P207)]))]),
        subject="AW: RFQ VM-RFQ-4418 - unser Angebot AN-26-1187"),
       "partial", "EUR", "2026-07-30", "CPT",
       [nob(1), nob(2), line(3, 4.09, "EUR", lead=21), line(4, 72.40, "EUR", lead=0), nob(5)],
       ["no-bid"])


# u208 two attachments: a GBP quotation PDF and an unrelated cylinder DATA SHEET PDF full of numbers (bore 32, stroke
# 80, M10x1.25 rod thread, 0.6-12 bar, 483 N / 415 N, 0.71 kg, document number and revision) - nothing in it is a
# price, quantity or lead time. The quote: cylinder "Price each GBP 61.20" for 120 off (the break line "1-99 off 63.80 /
# 100-249 off 61.20 / 250+ off 58.90" agrees: 120 falls in 100-249), "5 working days" -> 7; fitting GBP 3.48 each, "ex
# stock" -> 0. Shaft, housing and bracket set are not on the quote -> missing-line. GBP against the EUR RFQ ->
# currency-differs. "valid for 14 days from the date above" (15 June 2026) -> 2026-06-29, before Jul 10 ->
# validity-short. "DAP Bielefeld" -> DAP. Partial.
X208 = [40, 62, 234, 326, 356, 408, 456]
P208 = ([(40, 800, 13, "PENNINE PNEUMATICS LTD"), (40, 786, 8, "Unit 4, Colne Valley Works, Huddersfield HD7 5QG  |  "
                                                             "+44 1484 555 071  |  VAT GB 555 0712 08"),
         (400, 766, 11, "QUOTATION PP-Q-11583"), (400, 752, 9, "Date: 15 June 2026"),
         (40, 766, 9, "To: Vossberg Maschinenbau GmbH, Bielefeld"), (40, 754, 9, "Attn: Jonas Albers"),
         (40, 742, 9, "Your ref.: VM-RFQ-4418")]
        + row(706, X208, ["Line", "Description", "Your ref.", "Qty", "Price each", "Amount", "Delivery"])
        + row(690, X208, ["1", "ISO 15552 cylinder 32/80, adj. cushioning", "DSBC-32-80-PPVA-N3", "120", "GBP 61.20",
                          "7,344.00", "5 working days"])
        + [(62, 678, 8, "Price breaks: 1-99 off 63.80 / 100-249 off 61.20 / 250+ off 58.90")]
        + row(660, X208, ["2", "Male stud connector G1/2 - 10 mm tube, 316", "FIT-316-G12-10", "2,000", "GBP 3.48",
                          "6,960.00", "ex stock"])
        + row(636, X208, ["", "", "", "", "Total GBP", "14,304.00", ""])
        + letters("All prices in pounds sterling (GBP), excluding VAT.\nDelivery DAP Bielefeld, Germany (Incoterms 2020).\n"
                  "This quotation is valid for 14 days from the date above.\nPayment: 30 days end of month.", 8, 40, 600, 12)
        + [(40, 60, 7, "Pennine Pneumatics Ltd  |  Registered in England No. 05550712"), (520, 60, 7, "Page 1 of 1")])
P208_DS = ([(40, 800, 13, "Technical data sheet"), (40, 784, 10, "ISO 15552 cylinder, bore 32 mm, stroke 80 mm"),
            (40, 770, 8, "Doc. TD-1552-032 rev 4, 03/2025")]
           + [item for i, (k, v) in enumerate([
               ("Bore", "32 mm"), ("Stroke", "80 mm"), ("Piston rod thread", "M10x1.25"),
               ("Operating pressure", "0.6 - 12 bar"), ("Theoretical force at 6 bar, advancing", "483 N"),
               ("Theoretical force at 6 bar, retracting", "415 N"), ("Cushioning length", "20 mm"),
               ("Ambient temperature", "-20 to +80 °C"), ("Max. piston speed", "1.5 m/s"),
               ("Product weight (0 mm stroke / per 10 mm)", "0.71 kg / 0.03 kg")])
              for item in row(740 - 16 * i, [40, 300], [k, v], size=9)]
           + [(40, 60, 7, "Subject to technical changes. Pennine Pneumatics Ltd.")])
assert round(120 * 61.20 + 2000 * 3.48, 2) == 14304.00
blind2("u208-gbp-pdf-plus-datasheet-short", V.message("Gareth Holroyd <g.holroyd@pennine-pneumatics.example>", multipart(
        "mixed", "=_pp_208", [
            text_part("text/plain", "Hi Jonas,\n\nPlease find our quotation PP-Q-11583 attached, together with the data "
                                    "sheet for the cylinder. Please note our prices are in pounds sterling.\n\nKind regards,"
                                    "\nGareth Holroyd\nPennine Pneumatics Ltd\n"),
            file_part("application/pdf", "PP-Q-11583.pdf", pdf([check_page(P208)])),
            file_part("application/pdf", "Datasheet_ISO15552_32x80.pdf", pdf([check_page(P208_DS)]))])),
       "partial", "GBP", "2026-06-29", "DAP",
       [line(3, 3.48, "GBP", lead=0), line(4, 61.20, "GBP", lead=7)],
       ["currency-differs", "missing-line", "validity-short"])


if __name__ == "__main__":
    ROUND.write()
