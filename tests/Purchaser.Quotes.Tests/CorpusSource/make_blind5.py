#!/usr/bin/env python3
"""Writes replies u65..u80 (Corpus/u*.eml + expected u*.json) - the fifth blind round, eight against rfq-sample.json
(NR-RFQ-0619, Date header and buyer of make_blind.py / make_blind3.py) and eight against rfq-blind.json (HM-RFQ-2611,
Date header and buyer of make_blind4.py).

Like the four earlier rounds, these replies were written BLIND from the normalization rules and the conventions in
../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the
parser's output. This round puts the quote mostly in ATTACHMENTS and rich HTML: PDF quotation forms with a text layer
(a header block, a line table and a terms footer; a table continued on page 2; descriptions wrapped onto a second
line; price-break rows; a PDF sent as application/octet-stream; a terms-of-sale PDF that is not the quote), XLSX
workbooks (header on row 5 under a logo and address block with a hidden helper column and empty columns; quantity
tiers as columns; prices as formulas with cached values), an ERP CSV with a UTF-8 BOM and a trailing summary line, a
fixed-column .txt export, an XLSX and a PDF of the same quote, HTML with nested layout tables, "<br><small>per
piece</small>" price cells and nested bullet lists, a multipart/alternative whose parts differ only in formatting,
and a quote forwarded from a colleague below a "Forwarded message" marker that the reply points to.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import base64, datetime, json, os, quopri
from make_blind import write_case

from make_corpus import line, nob, pdf, table_page  # expected-line shapes and the text-layer PDF writer
import make_blind as S  # rfq-sample.json round: OUT, DATE (Fri, 05 Jun 2026), head() to Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json round: DATE (Fri, 12 Jun 2026), head() to Lena Marsh, check(), RFQ_TABLE
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind3 import b64, excel_serial, png  # base64 lines, Excel date serials, a small logo PNG

OUT, crlf = S.OUT, S.crlf
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ----- MIME building blocks (headers come from make_blind.head / make_blind4.head, so Date and buyer match) -----

def encode(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return b64(raw)
    return raw


def text_part(ctype, body, charset="utf-8", cte="8bit"):
    return (f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n",
            encode(crlf(body).encode(charset), cte))


def file_part(ctype, name, payload, disposition="attachment"):
    return (f"Content-Type: {ctype}; name=\"{name}\"\nContent-Disposition: {disposition}; filename=\"{name}\"\n"
            f"Content-Transfer-Encoding: base64\n", b64(payload))


def multipart(kind, boundary, parts):
    body = b"This is a multi-part message in MIME format.\r\n\r\n" if kind == "mixed" else b""
    for h, payload in parts:
        body += crlf(f"--{boundary}\n{h}\n").encode("ascii") + payload + b"\r\n"
    return f"Content-Type: multipart/{kind}; boundary=\"{boundary}\"\n", body + f"--{boundary}--\r\n".encode()


def message(rfq, frm, part, **kw):
    headers, body = part
    head = (S if rfq == "sample" else H).head(frm, **kw)
    return crlf(head + headers + "\n").encode("ascii") + body


# ----- PDF layout helpers (make_corpus.pdf draws each (x, y, size, text) in Helvetica) -----

def text_width(text, size):
    """Approximate Helvetica advance width, to keep the columns of a PDF row from touching."""
    w = 0.0
    for ch in text:
        if ch in "il.,:;|'!jI ":
            w += 0.28
        elif ch in "ft/()-":
            w += 0.33
        elif ch in "mMW%":
            w += 0.89
        elif ch.isupper() or ch in "w&":
            w += 0.72
        else:
            w += 0.56
    return w * size


def check_page(items):
    """Every text item stays on the page and items sharing a baseline do not overlap."""
    for x, y, size, text in items:
        assert 0 < x and x + text_width(text, size) <= 585 and 40 <= y <= 820, text
    for a in items:
        for b in items:
            if a is not b and a[1] == b[1] and a[0] <= b[0]:
                assert a[0] + text_width(a[3], a[2]) + 4 <= b[0], (a, b)
    return items


def row(y, xs, cells, size=8):
    """One table row: cells drawn at the column positions xs; asserts no cell runs into the next column."""
    items = []
    for i, (x, cell) in enumerate(zip(xs, cells)):
        if not cell:
            continue
        limit = xs[i + 1] - 4 if i + 1 < len(xs) else 575
        assert x + text_width(cell, size) <= limit, (cell, x, limit)
        items.append((x, y, size, cell))
    return items


# ----- XLSX with shared strings, styles, hidden columns, formulas with cached values and an optional logo -----

def workbook(cells, cols="", merges=(), logo=None, sheet_name="Quote", dim="A1:K20"):
    """cells: {"B5": value}; a value is a str (shared string), a number, or a dict {"v": value, "s": style,
    "f": formula} (a formula keeps its cached value in <v>). Styles: 1 0.0000, 2 #,##0.00, 3 d-mmm-yyyy, 4 0%,
    5 bold, 6 bold 14pt, 7 #,##0. logo: PNG bytes anchored over A1:C3 through a drawing part."""
    strings, index = [], {}
    def sst(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    def cell(ref, c):
        c = c if isinstance(c, dict) else {"v": c}
        s = f' s="{c["s"]}"' if "s" in c else ""
        if isinstance(c["v"], str):
            if "f" in c:
                return f'<c r="{ref}"{s} t="str"><f>{esc(c["f"])}</f><v>{esc(c["v"])}</v></c>'
            return f'<c r="{ref}"{s} t="s"><v>{sst(c["v"])}</v></c>'
        f = f'<f>{esc(c["f"])}</f>' if "f" in c else ""
        return f'<c r="{ref}"{s}>{f}<v>{c["v"]}</v></c>'
    def split(ref):
        col = "".join(ch for ch in ref if ch.isalpha())
        return int(ref[len(col):]), col
    rows = {}
    for ref, value in cells.items():
        r, col = split(ref)
        rows.setdefault(r, []).append((len(col), col, ref, value))
    body = "".join(f'<row r="{r}">' + "".join(cell(ref, v) for _, _, ref, v in sorted(rows[r])) + "</row>"
                   for r in sorted(rows))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    merge = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>") if merges else ""
    drawing = '<drawing r:id="rId1"/>' if logo else ""
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns} xmlns:r="{rel}">'
             f'<dimension ref="{dim}"/><sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>'
             f'<sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>{body}</sheetData>{merge}'
             f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>{drawing}</worksheet>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {ns}>'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0000"/><numFmt numFmtId="165" formatCode="d\\-mmm\\-yyyy"/></numFmts>'
              '<fonts count="3"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font>'
              '<font><b/><sz val="14"/><name val="Arial"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">'
              + "".join(f'<si><t xml:space="preserve">{esc(s)}</t></si>' for s in strings) + "</sst>")
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             + ('<Default Extension="png" ContentType="image/png"/>' if logo else "") +
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
             '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
             '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
             + ('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' if logo else "")
             + "</Types>")
    import io, zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} xmlns:r="{rel}"><bookViews><workbookView/></bookViews>'
                   f'<sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pkg}">'
                   f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                   f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
                   f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/sharedStrings.xml", shared)
        if logo:
            xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
            a = "http://schemas.openxmlformats.org/drawingml/2006/main"
            z.writestr("xl/worksheets/_rels/sheet1.xml.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/drawing" Target="../drawings/drawing1.xml"/></Relationships>')
            z.writestr("xl/drawings/_rels/drawing1.xml.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/image" Target="../media/image1.png"/></Relationships>')
            z.writestr("xl/drawings/drawing1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="{xdr}" xmlns:a="{a}" xmlns:r="{rel}">'
                       '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
                       '<xdr:to><xdr:col>1</xdr:col><xdr:colOff>400000</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
                       '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>'
                       '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
                       '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1524000" cy="571500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>'
                       '<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>')
            z.writestr("xl/media/image1.png", logo)
    return buf.getvalue()


CASES = []
def case(name, rfq, data, status, currency, valid, inco, lines, kinds):
    CASES.append((name, rfq, data, {"file": name + ".eml", "rfq": "rfq-sample.json" if rfq == "sample" else H.RFQ_FILE,
                                    "status": status, "currency": currency, "validUntil": valid, "incoterms": inco,
                                    "lines": lines, "deviationKinds": sorted(kinds)}))


# u65 a formal PDF quotation form (one page): letterhead left and "QUOTATION" with number / date / page on the right of
# the same baselines, a customer block beside "Your reference" / "Valid until", an eight-column table (Item, Part
# number, Description, Qty, UoM, Unit price, Amount, Delivery) with 4-decimal unit prices and a subtotal, and a
# numbered terms footer (FCA, payment, validity again). "15 working days" = 21. Every line priced.
X65 = [50, 78, 150, 264, 302, 332, 388, 448]
P65 = ([(50, 800, 13, "KEYSTONE PRECISION PRODUCTS, INC."), (430, 800, 16, "QUOTATION"),
        (50, 784, 8, "1180 Industrial Parkway, Cincinnati, OH 45215"), (430, 784, 9, "Quotation no.: KPP-Q-24417"),
        (50, 772, 8, "Tel. 513-555-0172  |  sales@keystone-pp.example"), (430, 772, 9, "Date: 04-Jun-2026"),
        (430, 760, 9, "Page 1 of 1"),
        (50, 728, 9, "Customer:"), (110, 728, 9, "Northridge - Purchasing"), (330, 728, 9, "Your reference:"), (420, 728, 9, "NR-RFQ-0619"),
        (110, 716, 9, "Attn. Nora Reyes"), (330, 716, 9, "Valid until:"), (420, 716, 9, "17-Jul-2026"),
        (330, 704, 9, "Sales contact:"), (420, 704, 9, "Brian Tessler")]
       + row(672, X65, ["Item", "Part number", "Description", "Qty", "UoM", "Unit price", "Amount", "Delivery"])
       + row(656, X65, ["1", "GSK-EPDM-80", "Gasket EPDM 70, 80x62x3", "5,000", "EA", "0.1890", "945.00", "4 weeks"])
       + row(640, X65, ["2", "CBL-4C22-PUR", "Cable 4x22 AWG PUR shld", "1,500", "M", "1.4200", "2,130.00", "15 working days"])
       + row(624, X65, ["3", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000", "EA", "0.0298", "596.00", "stock"])
       + row(608, X65, ["4", "PLT-0915-R2", "Motor base plate 6082", "120", "EA", "41.9000", "5,028.00", "6 weeks"])
       + row(592, X65, ["5", "SPR-C0630-302", "Spring 302 SS 0.6x6.3x30", "8,000", "EA", "0.0712", "569.60", "5 weeks"])
       + row(568, X65, ["", "", "", "", "", "Subtotal", "9,268.60", ""])
       + [(50, 530, 9, "Terms and conditions"),
          (50, 516, 8, "1. All prices in US dollars (USD) per unit of measure shown."),
          (50, 504, 8, "2. Delivery terms: FCA Cincinnati, OH (Incoterms 2020)."),
          (50, 492, 8, "3. Payment: net 30 days from date of invoice."),
          (50, 480, 8, "4. Delivery times are from receipt of order. This quotation is valid until 17-Jul-2026.")])
case("u65-pdf-quote-form", "sample", message("sample", "Brian Tessler <btessler@keystone-pp.example>", multipart("mixed", "=_blind5_65", [
        text_part("text/plain", "Hi Nora,\n\nPlease find our quotation KPP-Q-24417 for RFQ NR-RFQ-0619 attached.\n\nBest regards,\nBrian Tessler\nKeystone Precision Products, Inc.\n"),
        file_part("application/pdf", "KPP-Q-24417.pdf", pdf([check_page(P65)]))])),
     "parsed", "USD", "2026-07-17", "FCA",
     [line(1, 0.189, lead=28), line(2, 1.42, lead=21), line(3, 0.0298, lead=0), line(4, 41.90, lead=42), line(5, 0.0712, lead=35)],
     [])


# u66 a two-page PDF quotation: page 1 has the header block and lines 1-3, then "Continued on page 2" and a carried-
# forward amount; page 2 repeats a short header and the column headings, then lines 4-6, the total and the terms.
# Price cells carry their unit ("4.55 /kg", "21.40 /1000", "4.48 /m"); the kit is "NO BID"; "valid for 45 days from
# its date", and the quotation date is the Date header's date -> 2026-07-27.
X66 = [50, 78, 155, 272, 318, 350, 418, 480]
HDR66 = ["Line", "Part number", "Description", "Qty", "UoM", "Unit price", "Amount", "Lead time"]
P66_1 = ([(50, 800, 13, "Kettle Moraine Industrial Supply"), (400, 800, 11, "QUOTATION KM-Q-77120"),
          (50, 786, 8, "N8 W22350 Johnson Dr, Waukesha, WI 53186  |  262-555-0146"), (400, 786, 9, "Date: 12 June 2026"),
          (50, 760, 9, "To: Halvorsen Manufacturing, Attn. Lena Marsh"), (330, 760, 9, "Your RFQ: HM-RFQ-2611"),
          (50, 748, 9, "2150 Harrison Ave, Rockford, IL 61104"), (330, 748, 9, "Prepared by: Dawn Feltz")]
         + row(716, X66, HDR66)
         + row(700, X66, ["1", "RES-PA66-GF30", "PA66 GF30 black, 25 kg bags", "2,500", "KG", "4.55 /kg", "11,375.00", "3 weeks"])
         + row(684, X66, ["2", "SHT-5052H32-030", "Sheet 5052-H32 3x1250x2500", "90", "EA", "142.00", "12,780.00", "6 weeks"])
         + row(668, X66, ["3", "BRG 6205-2RS", "Bearing 6205-2RS C3 (SKF)", "400", "EA", "3.58", "1,432.00", "stock"])
         + [(50, 640, 8, "Continued on page 2"), (330, 640, 8, "Carried forward:"), (418, 640, 8, "25,587.00"),
            (270, 60, 8, "Page 1 of 2")])
P66_2 = ([(50, 800, 10, "Kettle Moraine Industrial Supply - Quotation KM-Q-77120 (continued)")]
         + row(770, X66, HDR66)
         + row(754, X66, ["4", "OR-0120-NBR70", "O-ring 12 x 2 NBR 70 black", "50,000", "EA", "21.40 /1000", "1,070.00", "4 weeks"])
         + row(738, X66, ["5", "HSE-2SN-08", "Hose EN 853 2SN DN12", "800", "M", "4.48 /m", "3,584.00", "2 weeks"])
         + row(722, X66, ["6", "KIT-PX200-SEAL", "Seal kit PX-200", "150", "SET", "NO BID", "-", "-"])
         + row(698, X66, ["", "", "", "", "", "Total USD", "30,241.00", ""])
         + [(50, 660, 8, "Prices in US dollars. Delivery terms: CPT Rockford, IL (Incoterms 2020)."),
            (50, 648, 8, "Lead times are from receipt of order. Payment: net 30 days."),
            (50, 636, 8, "This quotation is valid for 45 days from its date."),
            (270, 60, 8, "Page 2 of 2")])
case("u66-pdf-two-pages", "blind", message("blind", "Dawn Feltz <dfeltz@kettlemoraine-ind.example>", multipart("mixed", "=_blind5_66", [
        text_part("text/plain", "Lena,\n\nAttached is our quotation KM-Q-77120 (2 pages) for your RFQ HM-RFQ-2611.\n\nDawn Feltz\nKettle Moraine Industrial Supply\n"),
        file_part("application/pdf", "KM-Q-77120.pdf", pdf([check_page(P66_1), check_page(P66_2)]))])),
     "partial", "USD", "2026-07-27", "CPT",
     [line(1, 4.55, lead=21), line(2, 142.0, lead=42), line(3, 3.58, lead=0), line(4, 0.0214, lead=28), line(5, 4.48, lead=14), nob(6)],
     ["no-bid"])


# u67 XLSX whose header row is row 5, under a logo picture (drawing part) and a three-row address block; the data
# columns have empty, unheaded columns between them (C and E) and a hidden helper column I ("Item key", the vendor's
# internal integer keys) between the price and the lead time. Cable quoted as 1,525 m (5 full spools -> quantity
# differs); "No quote" in the screws' price cell. Terms in the body.
C67 = {"C1": {"v": "GREAT MIAMI FASTENER & SPRING CO.", "s": 6}, "C2": "2200 Valley Pike, Troy, OH 45373",
       "C3": "Tel 937-555-0165  |  Fax 937-555-0166  |  quotes@greatmiami-fs.example",
       "A5": {"v": "Ln", "s": 5}, "B5": {"v": "Part number", "s": 5}, "D5": {"v": "Description", "s": 5}, "F5": {"v": "Qty", "s": 5},
       "G5": {"v": "UoM", "s": 5}, "H5": {"v": "Unit price (USD)", "s": 5}, "I5": {"v": "Item key", "s": 5},
       "J5": {"v": "Lead time", "s": 5}, "K5": {"v": "Comment", "s": 5}}
for r, (ln, pn, desc, qty, uom, price, key, lead, comment) in enumerate([
        (1, "GSK-EPDM-80", "Gasket EPDM 70 ShA 80x62x3", 5000, "EA", 0.191, 40117, "4 weeks", ""),
        (2, "CBL-4C22-PUR", "Cable 4x22 AWG shielded PUR black", 1525, "M", 1.46, 52208, "3 weeks", "5 full spools of 305 m"),
        (3, "SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2-70", 20000, "EA", "No quote", 47125, "", "Not in our range"),
        (4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", 43.75, 61930, "7 weeks", ""),
        (5, "SPR-C0630-302", "Compression spring 302 SS", 8000, "EA", 0.0709, 38844, "5 weeks", "")], start=6):
    C67.update({f"A{r}": ln, f"B{r}": pn, f"D{r}": desc, f"F{r}": {"v": qty, "s": 7},
                f"H{r}": price if isinstance(price, str) else {"v": price, "s": 1}, f"I{r}": key})
    C67.update({ref: v for ref, v in ((f"J{r}", lead), (f"K{r}", comment)) if v})
C67["A12"] = "Quotation GMF-Q-3318 - prices per unit of measure shown."
COLS67 = ('<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="2" width="18" customWidth="1"/>'
          '<col min="3" max="3" width="2" customWidth="1"/><col min="4" max="4" width="34" customWidth="1"/>'
          '<col min="5" max="5" width="2" customWidth="1"/><col min="6" max="8" width="12" customWidth="1"/>'
          '<col min="9" max="9" width="0" hidden="1" customWidth="1"/><col min="10" max="10" width="12" customWidth="1"/>'
          '<col min="11" max="11" width="26" customWidth="1"/></cols>')
case("u67-xlsx-row5-hidden-column", "sample", message("sample", "Rick Schaefer <rschaefer@greatmiami-fs.example>", multipart("mixed", "=_blind5_67", [
        text_part("text/plain", "Hi Nora,\n\nOur quotation GMF-Q-3318 for NR-RFQ-0619 is in the attached spreadsheet.\n"
                  "Terms: FOB Troy, OH. Quote valid through July 31, 2026.\n\nRick Schaefer\nGreat Miami Fastener & Spring Co.\n"),
        file_part(XLSX, "GMF-Q-3318.xlsx", workbook(C67, COLS67, logo=png(160, 60, (0, 84, 147)), sheet_name="Quotation", dim="A1:K12"))])),
     "partial", "USD", "2026-07-31", "FOB",
     [line(1, 0.191, lead=28), line(2, 1.46, qty=1525, lead=21), nob(3), line(4, 43.75, lead=49), line(5, 0.0709, lead=35)],
     ["no-bid", "quantity-differs"])


# u68 XLSX sent as application/octet-stream: quantity tiers as columns headed "1-99" | "100-499" | "500+", with the
# buyer's quantity in a "Your qty" column; the tier containing it applies (sheets 90 -> "1-99", bearings 400 and kits
# 150 -> "100-499"). Canadian dollars named in the sheet and the body; three lines not mentioned; 60 days validity.
R68 = [["Escarpment Industrial Supply Ltd. - Quotation EIS-3390"],
       ["Customer: Halvorsen Manufacturing - RFQ HM-RFQ-2611"],
       ["All prices in CAD per unit; the price in the tier containing your quantity applies."],
       [],
       ["Line", "Part No.", "Description", "Your qty", "UoM", "1-99", "100-499", "500+", "Lead time"],
       [2, "SHT-5052H32-030", "Aluminium sheet 5052-H32 3 x 1250 x 2500 mm", 90, "EA", 151, 146.5, 141, "7 weeks"],
       [3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3, SKF", 400, "EA", 3.95, 3.62, 3.4, "2 weeks"],
       [6, "KIT-PX200-SEAL", "Seal kit PX-200 (2 lip seals, 4 O-rings, 1 gasket)", 150, "SET", 34.8, 31.2, 28.9, "8 weeks"]]
case("u68-xlsx-tier-columns", "blind", message("blind", "Claire Dubois <cdubois@escarpment-ind.example>", multipart("mixed", "=_blind5_68", [
        text_part("text/plain", "Hello Lena,\n\nAttached is our quote for the sheet, bearing and seal kit lines of HM-RFQ-2611.\n"
                  "Prices are in Canadian dollars, DAP Rockford, IL (Incoterms 2020). Valid 60 days.\n\n"
                  "Claire Dubois\nEscarpment Industrial Supply Ltd. | Hamilton, ON | 905-555-0152\n"),
        file_part("application/octet-stream", "EIS-3390.xlsx", xlsx_book([("EIS-3390", R68)]))])),
     "partial", "CAD", "2026-08-11", "DAP",
     [line(2, 151.0, "CAD", lead=49), line(3, 3.62, "CAD", lead=14), line(6, 31.20, "CAD", lead=56)],
     ["currency-differs", "missing-line"])


# u69 ERP CSV export: UTF-8 byte-order mark before the first quoted header, every field quoted, the quote number
# repeated on every row, three-decimal quantities ("2500.000" = the requested quantity), a "Lead Time (Days)" column of
# bare numbers, an MOQ column (below the quantities), a trailing TOTAL summary row and an export stamp line. The sheet
# line is not in the file; terms in the body.
CSV69 = ('"Quote No","Line","Customer Item","Description","Quantity","UOM","Unit Price","Extended","Currency","Lead Time (Days)","MOQ"\n'
         '"SQ-104455","1","RES-PA66-GF30","PA66 GF30 BLK 25KG BAG","2500.000","KG","4.4900","11225.00","USD","21","1000.000"\n'
         '"SQ-104455","3","BRG 6205-2RS","BRG 6205-2RS C3","400.000","EA","3.6600","1464.00","USD","7",""\n'
         '"SQ-104455","4","OR-0120-NBR70","ORING 12X2 NBR70 BLK","50000.000","EA","0.0199","995.00","USD","28","10000.000"\n'
         '"SQ-104455","5","HSE-2SN-08","HOSE EN853 2SN DN12","800.000","M","4.5200","3616.00","USD","35",""\n'
         '"SQ-104455","6","KIT-PX200-SEAL","SEAL KIT PX-200","150.000","SET","28.5000","4275.00","USD","49",""\n'
         '"","","","TOTAL (5 LINES)","","","","21575.00","USD","",""\n'
         '"Exported 2026-06-12 09:58 by WEBQUOTE"\n')
case("u69-csv-bom-erp-summary", "blind", message("blind", "Victor Petrakis <vpetrakis@calumet-mro.example>", multipart("mixed", "=_blind5_69", [
        text_part("text/plain", "Lena,\n\nQuote SQ-104455 attached as CSV.\n"
                  "EXW Gary, IN. Valid until 2026-07-31.\n\nVictor Petrakis\nCalumet MRO Supply\n219-555-0170\n"),
        file_part("text/csv; charset=utf-8", "SQ-104455.csv", b"\xef\xbb\xbf" + crlf(CSV69).encode("utf-8"))])),
     "partial", "USD", "2026-07-31", "EXW",
     [line(1, 4.49, lead=21, moq=1000), line(3, 3.66, lead=7), line(4, 0.0199, lead=28, moq=10000), line(5, 4.52, lead=35),
      line(6, 28.50, lead=49)],
     ["missing-line"])


# u70 HTML-only newsletter-style layout: an outer 640px layout table (banner row with a nested two-cell table for the
# letterhead and the quotation number/date, a content row holding the greeting and the data table two tables deep, a
# terms row, a grey footer row with address and phone numbers). Cable "No bid"; screws MOQ 25,000 in a Notes cell
# (above the 20,000 asked, quantity not restated); spring "7-8 weeks" = 56 days, after its need-by.
R70 = [("1", "GSK-EPDM-80", "Gasket, EPDM 70, 80 x 62 x 3 mm", "5,000", "$0.186", "4 weeks", ""),
       ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG, shielded, PUR", "1,500 m", "No bid", "&mdash;", "Not our product line"),
       ("3", "SCR-M4X10-A2", "SHCS M4 x 10, A2-70", "20,000", "$0.0305", "Stock", "MOQ 25,000 pcs (full carton)"),
       ("4", "PLT-0915-R2", "Motor base plate, 6082-T6", "120", "$42.30", "6 weeks", ""),
       ("5", "SPR-C0630-302", "Compression spring, 302 SS", "8,000", "$0.0698", "7-8 weeks", "")]
H70 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Quotation BR-Q-60718</title></head>
<body style="margin:0;padding:0;background:#EEF1F5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#EEF1F5"><tr><td align="center" style="padding:20px 0">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#FFFFFF;font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222">
<tr><td style="background:#12355B;padding:18px 24px">
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
    <td style="color:#FFFFFF;font-size:18px;font-weight:bold">BLUE RIVER INDUSTRIAL SUPPLY<br><span style="font-size:11px;font-weight:normal">Fasteners &middot; Springs &middot; Machined parts</span></td>
    <td align="right" style="color:#FFFFFF;font-size:12px">QUOTATION<br>No. BR-Q-60718<br>June 5, 2026</td>
  </tr></table>
</td></tr>
<tr><td style="padding:22px 24px">
  <p style="margin:0 0 12px 0">Hello Nora,</p>
  <p style="margin:0 0 16px 0">Thank you for RFQ NR-RFQ-0619. Our quotation:</p>
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>
    <table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:12px">
      <tr style="background:#DCE6F0">""" + "".join(f'<th align="left" style="border-bottom:2px solid #12355B">{h}</th>' for h in
                                             ("Line", "Part No.", "Description", "Qty", "Unit Price", "Lead Time", "Notes")) + "</tr>\n" + "\n".join(
    "      <tr>" + "".join(f'<td style="border-bottom:1px solid #D0D7DE">{c}</td>' for c in r) + "</tr>" for r in R70) + """
    </table>
  </td></tr></table>
</td></tr>
<tr><td style="padding:0 24px 22px 24px;font-size:12px">
  Prices in US dollars, DDP Dayton, OH (Incoterms 2020). This quotation is valid until June 30, 2026.<br>
  Janelle Ortiz &middot; Inside Sales
</td></tr>
<tr><td style="background:#F4F6F8;padding:12px 24px;font-size:10px;color:#6A737D">
  Blue River Industrial Supply, Inc. &middot; 4410 Commerce Dr, Lafayette, IN 47905 &middot; Tel 765-555-0149 &middot; Fax 765-555-0150<br>
  You receive this quotation because you requested it on 06/01/2026.
</td></tr>
</table>
</td></tr></table>
</body></html>"""
case("u70-html-nested-layout", "sample", message("sample", "Janelle Ortiz <jortiz@blueriver-ind.example>", text_part("text/html", H70)),
     "partial", "USD", "2026-06-30", "DDP",
     [line(1, 0.186, lead=28), nob(2), line(3, 0.0305, lead=0, moq=25000), line(4, 42.30, lead=42), line(5, 0.0698, lead=56)],
     ["lead-time-after-need-by", "moq-above-quantity", "no-bid"])


# u71 HTML table whose price cells put the price basis under the amount: "$0.185<br><small>per piece</small>",
# "$1.43<br><small>per metre</small>", "$2.98<br><small>per 100 pcs</small>" (0.0298 each), "$68.40<br><small>per
# 1,000 pcs</small>" (0.0684 each), "$44.10<br><small>each</small>"; quantities likewise "5,000<br><small>pcs</small>".
# Quoted-printable; "valid 14 days" from June 5 = June 19 (short).
R71 = [("GSK-EPDM-80", "5,000", "pcs", "$0.185", "per piece", "4 weeks"),
       ("CBL-4C22-PUR", "1,500", "m", "$1.43", "per metre", "3 weeks"),
       ("SCR-M4X10-A2", "20,000", "pcs", "$2.98", "per 100 pcs", "ex-stock"),
       ("PLT-0915-R2", "120", "pcs", "$44.10", "each", "8 weeks"),
       ("SPR-C0630-302", "8,000", "pcs", "$68.40", "per 1,000 pcs", "5 weeks")]
H71 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{border:1px solid #BFBFBF;padding:4px 8px;vertical-align:top} small{color:#666666;font-size:9pt}</style></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:10pt">
<p>Hi Nora,</p>
<p>Here is our pricing for NR-RFQ-0619:</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr style="background:#404040;color:#FFFFFF"><td><b>Part number</b></td><td><b>Quantity</b></td><td><b>Price</b></td><td><b>Lead time</b></td></tr>
""" + "\n".join(f'<tr><td>{pn}</td><td align="right">{q}<br><small>{u}</small></td><td align="right">{p}<br><small>{basis}</small></td><td>{lt}</td></tr>'
                for pn, q, u, p, basis, lt in R71) + """
</table>
<p>CPT Dayton, OH (Incoterms 2020). Quote valid 14 days - steel and copper prices are moving.</p>
<p>Regards,<br>Dennis Yoder<br>Cuyahoga Gasket &amp; Fastener<br>440-555-0129</p>
</body></html>"""
case("u71-html-price-small-basis", "sample", message("sample", "Dennis Yoder <dyoder@cuyahoga-gf.example>",
                                                      text_part("text/html", H71, cte="quoted-printable")),
     "parsed", "USD", "2026-06-19", "CPT",
     [line(1, 0.185, lead=28), line(2, 1.43, lead=21), line(3, 0.0298, lead=0), line(4, 44.10, lead=56), line(5, 0.0684, lead=35)],
     ["validity-short"])


# u72 HTML-only (quoted-printable) quote as a bulleted list with a nested list per item (Price / Packing / Minimum
# order / Lead time): euro prices with decimal commas, "€ 17,60 per 1.000 pcs" (dot thousands), "ex stock", a coil
# remark that restates the requested 800 m (quantity null), a "regret" on the kit; sheet and bearing not mentioned.
H72 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Ms Marsh,</p>
<p>Thank you for your enquiry HM-RFQ-2611. We can offer the following:</p>
<ul>
  <li><b>RES-PA66-GF30</b> &ndash; PA66 GF30, heat stabilised, black
    <ul>
      <li>Price: &euro;&nbsp;4,12 per kg</li>
      <li>Packing: 25 kg bags, 40 bags per pallet</li>
      <li>Lead time: 5 weeks</li>
    </ul>
  </li>
  <li><b>OR-0120-NBR70</b> &ndash; O-ring 12 x 2 mm, NBR 70 Shore A
    <ul>
      <li>Price: &euro;&nbsp;17,60 per 1.000 pcs</li>
      <li>Minimum order: 5.000 pcs</li>
      <li>Lead time: ex stock</li>
    </ul>
  </li>
  <li><b>HSE-2SN-08</b> &ndash; hydraulic hose EN 853 2SN, DN12
    <ul>
      <li>Price: &euro;&nbsp;3,85 per metre</li>
      <li>Supplied in 50 m coils (16 coils = 800 m)</li>
      <li>Lead time: 15 working days</li>
    </ul>
  </li>
  <li><b>KIT-PX200-SEAL</b> &ndash; regret, we cannot supply this kit.</li>
</ul>
<p>Prices in EUR, excluding VAT. Delivery FCA Venlo (Incoterms 2020). This offer is valid until 31 July 2026.</p>
<p>Met vriendelijke groet / Kind regards,<br>Femke Verbeek<br>Maas Polymeren B.V. &middot; Venlo &middot; +31 77 555 0183</p>
</body></html>"""
case("u72-html-nested-bullets-eur", "blind", message("blind", "Femke Verbeek <f.verbeek@maas-polymeren.example>",
                                                      text_part("text/html", H72, cte="quoted-printable")),
     "partial", "EUR", "2026-07-31", "FCA",
     [line(1, 4.12, "EUR", lead=35), line(4, 0.0176, "EUR", lead=0, moq=5000), line(5, 3.85, "EUR", lead=21), nob(6)],
     ["currency-differs", "missing-line", "no-bid"])


# u73 multipart/alternative, text part quoted-printable and HTML part base64, carrying the same quote in different
# formatting ("2,500 kg" / "2500 kg", "$4.41/kg" / "US$ 4.41 per kg", "3 wks" / "3 weeks", "stock" / "from stock",
# "July 10, 2026" / "2026-07-10"). An "Offered part" column: "as specified" or the FAG alternate 6205-2RSR-C3.
T73 = """Hi Lena,

Quote for HM-RFQ-2611, all six lines:

Ln  Your part          Offered part    Qty         Price         Lead
1   RES-PA66-GF30      as specified    2,500 kg    $4.41/kg      3 wks
2   SHT-5052H32-030    as specified    90 ea       $147.25 ea    8 wks
3   BRG 6205-2RS       6205-2RSR-C3    400 ea      $3.29 ea      stock
4   OR-0120-NBR70      as specified    50,000 ea   $0.0208 ea    2 wks
5   HSE-2SN-08         as specified    800 m       $4.36/m       4 wks
6   KIT-PX200-SEAL     as specified    150 sets    $30.10/set    10 wks

Line 3: 6205-2RSR-C3 is the Schaeffler (FAG) equivalent of the SKF bearing.
FOB Toledo, OH. Valid through July 10, 2026.

Aaron Fitch
Glass City Industrial Supply | 419-555-0175
"""
R73 = [("1", "RES-PA66-GF30", "as specified", "2500 kg", "US$ 4.41 per kg", "3 weeks"),
       ("2", "SHT-5052H32-030", "as specified", "90 ea", "US$ 147.25 each", "8 weeks"),
       ("3", "BRG 6205-2RS", "6205-2RSR-C3", "400 ea", "US$ 3.29 each", "from stock"),
       ("4", "OR-0120-NBR70", "as specified", "50000 ea", "US$ 0.0208 each", "2 weeks"),
       ("5", "HSE-2SN-08", "as specified", "800 m", "US$ 4.36 per m", "4 weeks"),
       ("6", "KIT-PX200-SEAL", "as specified", "150 sets", "US$ 30.10 per set", "10 weeks")]
H73 = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<div>Hi Lena,</div><div><br></div><div>Quote for <b>HM-RFQ-2611</b>, all six lines:</div><div><br></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><th>Ln</th><th>Your part</th><th>Offered part</th><th>Qty</th><th>Price</th><th>Lead</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in R73) + """
</table>
<div><br></div>
<div>Line 3: <i>6205-2RSR-C3</i> is the Schaeffler (FAG) equivalent of the SKF bearing.</div>
<div>FOB Toledo, OH. Valid through 2026-07-10.</div><div><br></div>
<div>Aaron Fitch<br>Glass City Industrial Supply | 419-555-0175</div>
</body></html>"""
case("u73-alt-parts-differ-in-format", "blind", message("blind", "Aaron Fitch <afitch@glasscity-supply.example>", multipart("alternative", "=_blind5_73", [
        text_part("text/plain", T73, cte="quoted-printable"), text_part("text/html", H73, cte="base64")])),
     "parsed", "USD", "2026-07-10", "FOB",
     [line(1, 4.41, lead=21), line(2, 147.25, lead=56), line(3, 3.29, lead=0, alt="6205-2RSR-C3"), line(4, 0.0208, lead=14),
      line(5, 4.36, lead=28), line(6, 30.10, lead=70)],
     ["alternate-part"])


# u74 the same quotation twice: as an XLSX and as a PDF (identical values and terms), body says so. Lines must not
# double up; screws "No quote" in both; "1.395" per metre on the cable; plate 10 weeks = 70 days (in time).
ROWS74 = [["1", "GSK-EPDM-80", "Gasket EPDM 80x62x3", "5,000", "EA", "0.1795", "5 weeks"],
          ["2", "CBL-4C22-PUR", "Cable 4x22 AWG PUR", "1,500", "M", "1.395", "2 weeks"],
          ["3", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000", "EA", "No quote", ""],
          ["4", "PLT-0915-R2", "Motor base plate", "120", "EA", "40.80", "10 weeks"],
          ["5", "SPR-C0630-302", "Compression spring", "8,000", "EA", "0.0725", "4 weeks"]]
HDR74 = ["Line", "Part number", "Description", "Qty", "UoM", "Unit price USD", "Lead time"]
TERMS74 = ["Delivery terms: CIP Dayton, OH (Incoterms 2020)", "Valid until: 24 July 2026"]
def num74(s):
    try:
        return float(s.replace(",", "")) if "." in s else int(s.replace(",", ""))
    except ValueError:
        return s
X74 = xlsx_book([("HVI-51877", [["Hocking Valley Industrial - Quotation HVI-51877"], ["Customer: Northridge (Nora Reyes)", "", "RFQ: NR-RFQ-0619"], [],
                               HDR74] + [[int(r[0]), r[1], r[2], num74(r[3]), r[4], num74(r[5]), r[6]] for r in ROWS74]
                              + [[]] + [[t] for t in TERMS74])])
for r in [HDR74] + ROWS74:  # the table_page columns must not touch
    row(0, [50, 80, 160, 270, 315, 350, 430], r, 9)
P74 = pdf([table_page("Hocking Valley Industrial - Quotation HVI-51877", HDR74, ROWS74,
                      ["Customer: Northridge (Nora Reyes) - RFQ: NR-RFQ-0619"] + TERMS74, [30, 80, 110, 45, 35, 80, 70])])
case("u74-xlsx-and-pdf-same-quote", "sample", message("sample", "Megan Stout <mstout@hockingvalley-ind.example>", multipart("mixed", "=_blind5_74", [
        text_part("text/plain", "Hi Nora,\n\nAttached is our quotation HVI-51877, once as Excel and once as PDF - same content in both.\n\n"
                  "Megan Stout\nHocking Valley Industrial | Lancaster, OH | 740-555-0161\n"),
        file_part(XLSX, "HVI-51877.xlsx", X74), file_part("application/pdf", "HVI-51877.pdf", P74)])),
     "partial", "USD", "2026-07-24", "CIP",
     [line(1, 0.1795, lead=35), line(2, 1.395, lead=14), nob(3), line(4, 40.80, lead=70), line(5, 0.0725, lead=28)],
     ["no-bid"])


# u75 the reply itself carries no prices: "Please see our quote below" points at a colleague's internal reply under a
# Gmail "---------- Forwarded message ---------" marker; that message is the quote (two lines priced, four declined
# by part number, EXW, a written validity date). Below it the original internal request quotes the RFQ table ("> ").
# Convention followed: u33 / u48 (answers the reply points to below the marker are read), unlike u22 / c11 where a
# fresh quote sits on top and the older numbers below it are history.
case("u75-forwarded-colleague-quote", "blind", message("blind", "Mark Delgado <mdelgado@threerivers-hyd.example>", text_part("text/plain", """Hi Lena,

Please see our quote below - my colleague Priya in our hose & fittings group priced the two items we carry.
Let me know if you have any questions.

Thanks,
Mark Delgado
Inside Sales | Three Rivers Hydraulics
260-555-0135

---------- Forwarded message ---------
From: Priya Natarajan <pnatarajan@threerivers-hyd.example>
Date: Thu, Jun 11, 2026 at 4:18 PM
Subject: Re: Halvorsen RFQ HM-RFQ-2611
To: Mark Delgado <mdelgado@threerivers-hyd.example>


Mark,

Here are the numbers for Halvorsen:

HSE-2SN-08       800 m         $4.27 per metre    3 weeks
OR-0120-NBR70    50,000 pcs    $0.0221 each       stock

RES-PA66-GF30, SHT-5052H32-030, BRG 6205-2RS and KIT-PX200-SEAL: no quote, not our range.

EXW Fort Wayne, IN. Prices valid until July 17, 2026.

Priya

On Tue, Jun 9, 2026 at 8:40 AM Mark Delgado <mdelgado@threerivers-hyd.example> wrote:
> Priya, can you price the hose and the O-rings for Halvorsen? Their RFQ is below, due June 19.
>
""" + "\n".join("> " + l for l in H.RFQ_TABLE.splitlines()) + "\n"), subject="Fwd: Re: Halvorsen RFQ HM-RFQ-2611"),
     "partial", "USD", "2026-07-17", "EXW",
     [nob(1), nob(2), nob(3), line(4, 0.0221, lead=0), line(5, 4.27, lead=21), nob(6)],
     ["no-bid"])


# u76 a fixed-column .txt attachment (ISO-8859-1, upper case, from the vendor's system): header block with "Currency :
# GBP (£)", "Delivery : CIF BALTIMORE", "Valid to : 24-JUL-2026"; columns LN / PART NUMBER / DESCRIPTION / QUANTITY / UM
# / PRICE / PER / LEAD WKS with a "PER" price unit (1, 1000, 100: O-rings 15.20 per 1000 EA, hose 362.00 per 100 M),
# lead times in weeks or "STOCK", "NO QUOTE" on the kit; the bearing line is absent.
def fixed(ln, pn, desc, qty, um, price, per, lead):
    return f"{ln:>2} {pn:<16} {desc:<30} {qty:>10} {um:<3} {price:>9} {per:>5} {lead:>8}".rstrip()
TXT76 = "\n".join([
    "PENNINE INDUSTRIAL SUPPLIES LTD                                        QUOTATION",
    "CALDER WORKS, BRIGHOUSE ROAD, HALIFAX HX3 5AB, UNITED KINGDOM          NO.   Q26-0612",
    "TEL +44 1422 555 014                                                   DATE  12-JUN-2026",
    "",
    "CUSTOMER : HALVORSEN MANUFACTURING, ROCKFORD IL, USA",
    "ATTENTION: LENA MARSH                      YOUR REF : HM-RFQ-2611",
    "CURRENCY : GBP (£)                         DELIVERY : CIF BALTIMORE (INCOTERMS 2020)",
    "VALID TO : 24-JUL-2026",
    "",
    fixed("LN", "PART NUMBER", "DESCRIPTION", "QUANTITY", "UM", "PRICE", "PER", "LEAD WKS"),
    fixed("--", "-" * 16, "-" * 30, "-" * 10, "---", "-" * 9, "-----", "--------"),
    fixed("1", "RES-PA66-GF30", "PA66 GF30 BLACK 25KG BAGS", "2,500.00", "KG", "3.86", "1", "4"),
    fixed("2", "SHT-5052H32-030", "AL SHEET 5052-H32 3X1250X2500", "90.00", "EA", "118.40", "1", "6"),
    fixed("4", "OR-0120-NBR70", "O-RING 12X2 NBR70 BLACK", "50,000.00", "EA", "15.20", "1000", "STOCK"),
    fixed("5", "HSE-2SN-08", "HOSE EN853 2SN DN12", "800.00", "M", "362.00", "100", "3"),
    fixed("6", "KIT-PX200-SEAL", "SEAL KIT PX-200", "150.00", "SET", "NO QUOTE", "", ""),
    "",
    "PRICES ARE PER THE 'PER' QUANTITY IN THE UNIT OF MEASURE SHOWN (E.G. PER 1000 EA, PER 100 M).",
    "LEAD TIMES IN WEEKS FROM RECEIPT OF ORDER.  PAYMENT 30 DAYS NET.",
    "*** END OF QUOTATION ***", ""])
case("u76-txt-fixed-columns-gbp", "blind", message("blind", "Gareth Holroyd <g.holroyd@pennine-ind.example>", multipart("mixed", "=_blind5_76", [
        text_part("text/plain", "Dear Lena,\n\nPlease find our quotation Q26-0612 attached as a text file from our system.\n\n"
                  "Kind regards,\nGareth Holroyd\nPennine Industrial Supplies Ltd\n"),
        file_part("text/plain; charset=\"iso-8859-1\"", "Q26-0612.TXT", crlf(TXT76).encode("iso-8859-1"))])),
     "partial", "GBP", "2026-07-24", "CIF",
     [line(1, 3.86, "GBP", lead=28), line(2, 118.40, "GBP", lead=42), line(4, 0.0152, "GBP", lead=0), line(5, 3.62, "GBP", lead=21), nob(6)],
     ["currency-differs", "missing-line", "no-bid"])


# u77 styled XLSX (shared strings, number formats) with a key/value block (validity as a date serial with a date
# format, DPU terms), then List price | Disc. (percent-formatted 0.12) | Net price = ROUND(List*(1-Disc),4) and
# Extended = Qty*Net as FORMULAS with cached values, and a SUM total. The net price is the unit price; the list price
# and the discount are not.
C77 = {"A1": {"v": "FALLS CITY INDUSTRIAL SUPPLY - OFFER FC-20417", "s": 6},
       "A3": {"v": "Customer", "s": 5}, "C3": "Northridge - Nora Reyes", "A4": {"v": "RFQ", "s": 5}, "C4": "NR-RFQ-0619",
       "A5": {"v": "Valid until", "s": 5}, "C5": {"v": excel_serial(datetime.date(2026, 7, 31)), "s": 3},
       "A6": {"v": "Delivery terms", "s": 5}, "C6": "DPU Dayton, OH (Incoterms 2020)"}
for c, h in zip("ABCDEFGHI", ("Line", "Part number", "Description", "Qty", "List price (USD)", "Disc.", "Net price (USD)", "Extended (USD)", "Lead time")):
    C77[f"{c}8"] = {"v": h, "s": 5}
for r, (ln, pn, desc, qty, lst, disc, net, lead) in enumerate([
        (1, "GSK-EPDM-80", "Gasket EPDM 70 80x62x3", 5000, 0.21, 0.12, 0.1848, "4 weeks"),
        (2, "CBL-4C22-PUR", "Cable 4x22 AWG PUR (per m)", 1500, 1.55, 0.10, 1.395, "3 weeks"),
        (3, "SCR-M4X10-A2", "SHCS M4x10 A2-70", 20000, 0.034, 0.15, 0.0289, "stock"),
        (4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, 48.0, 0.05, 45.6, "8 weeks"),
        (5, "SPR-C0630-302", "Compression spring 302", 8000, 0.08, 0.12, 0.0704, "6 weeks")], start=9):
    assert abs(round(lst * (1 - disc), 4) - net) < 1e-9
    C77.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 7}, f"E{r}": {"v": lst, "s": 1},
                f"F{r}": {"v": disc, "s": 4}, f"G{r}": {"v": net, "s": 1, "f": f"ROUND(E{r}*(1-F{r}),4)"},
                f"H{r}": {"v": round(qty * net, 2), "s": 2, "f": f"D{r}*G{r}"}, f"I{r}": lead})
C77["G14"] = {"v": "Total", "s": 5}
C77["H14"] = {"v": 9629.7, "s": 2, "f": "SUM(H9:H13)"}
assert abs(sum(C77[f"H{r}"]["v"] for r in range(9, 14)) - 9629.7) < 1e-6
case("u77-xlsx-formula-net-price", "sample", message("sample", "Rhonda Pike <rpike@fallscity-ind.example>", multipart("mixed", "=_blind5_77", [
        text_part("text/plain", "Nora,\n\nPlease find our offer FC-20417 attached.\n\nRhonda Pike\nFalls City Industrial Supply | Louisville, KY\n"),
        file_part(XLSX, "FC-20417.xlsx", workbook(C77, merges=("A1:I1",), sheet_name="Offer", dim="A1:I14"))])),
     "parsed", "USD", "2026-07-31", "DPU",
     [line(1, 0.1848, lead=28), line(2, 1.395, lead=21), line(3, 0.0289, lead=0), line(4, 45.60, lead=56), line(5, 0.0704, lead=42)],
     [])


# u78 a German vendor's PDF in English with German number formats: vendor positions 10/20/30 (not RFQ line numbers;
# the part numbers match RFQ lines 3, 5 and 1), each description wrapped onto a second text line below (with sizes
# in it), "20.000" pcs, "27,90 € / 1000 pcs" (0.0279), "0,0655 €", "ex stock"; cable and plate "no quote" below the
# table; DAP, "valid until 31.07.2026".
X78 = [50, 82, 160, 300, 345, 378, 480]
P78 = ([(50, 800, 13, "Brenner Normteile GmbH"), (400, 800, 13, "Quotation AN-2026-0871"),
        (50, 786, 8, "Westliche Karl-Friedrich-Str. 88, 75172 Pforzheim, Germany"), (400, 786, 9, "Date: 4 June 2026"),
        (50, 774, 8, "Tel. +49 7231 555 019"), (400, 774, 9, "Your inquiry: NR-RFQ-0619"),
        (50, 746, 9, "Northridge - Purchasing, Attn. Mrs Nora Reyes")]
       + row(716, X78, ["Pos.", "Part no.", "Description", "Qty", "Unit", "Unit price", "Delivery"])
       + row(700, X78, ["10", "SCR-M4X10-A2", "Socket head cap screw", "20.000", "pcs", "27,90 \u20ac / 1000 pcs", "ex stock"])
       + row(689, X78, ["", "", "ISO 4762 M4 x 10, A2-70", "", "", "", ""])
       + row(672, X78, ["20", "SPR-C0630-302", "Compression spring 1.4310", "8.000", "pcs", "0,0655 \u20ac", "4 weeks"])
       + row(661, X78, ["", "", "wire 0,6 mm, OD 6,3 mm, L0 30 mm", "", "", "", ""])
       + row(644, X78, ["30", "GSK-EPDM-80", "Gasket EPDM 70 Shore A", "5.000", "pcs", "0,176 \u20ac", "5 weeks"])
       + row(633, X78, ["", "", "die-cut, 80 x 62 x 3 mm", "", "", "", ""])
       + [(50, 604, 9, "Not offered: CBL-4C22-PUR (cable) and PLT-0915-R2 (machined plate) - no quote."),
          (50, 570, 8, "All prices in EUR, net, excluding VAT. Delivery terms: DAP Dayton, OH (Incoterms 2020)."),
          (50, 558, 8, "This offer is valid until 31.07.2026. Payment: 30 days net."),
          (50, 546, 8, "Delivery times from receipt of order.")])
case("u78-pdf-wrapped-descriptions-eur", "sample", message("sample", "Katrin Brenner <k.brenner@brenner-normteile.example>", multipart("mixed", "=_blind5_78", [
        text_part("text/plain", "Dear Mrs Reyes,\n\nplease find attached our quotation AN-2026-0871.\n\nBest regards\nKatrin Brenner\nBrenner Normteile GmbH\n"),
        file_part("application/pdf", "AN-2026-0871.pdf", pdf([check_page(P78)]))])),
     "partial", "EUR", "2026-07-31", "DAP",
     [line(1, 0.176, "EUR", lead=35), nob(2), line(3, 0.0279, "EUR", lead=0), nob(4), line(5, 0.0655, "EUR", lead=28)],
     ["currency-differs", "no-bid"])


# u79 HTML table quote (three lines; the hose quoted at 850 m = 17 coils of 50 m -> quantity differs) plus an attached
# PDF of general terms and conditions of sale, full of numbers (30 days, 1.5% per month, 12 months, a revision date)
# and a generic "valid for 30 days unless the quotation states otherwise": the quote's own explicit date wins and
# nothing in the terms is a price, lead time or deviation.
H79 = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hi Lena,</p>
<p>Our quote for HM-RFQ-2611 is below. Our general terms of sale are attached for reference.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#E7E6E6"><th>Item</th><th>Part</th><th>Qty</th><th>Unit price</th><th>Lead time</th></tr>
<tr><td>2</td><td>SHT-5052H32-030</td><td>90 sheets</td><td>$139.80 / sheet</td><td>5 weeks</td></tr>
<tr><td>3</td><td>BRG 6205-2RS</td><td>400</td><td>$3.49 ea</td><td>stock</td></tr>
<tr><td>5</td><td>HSE-2SN-08</td><td>850 m (17 coils x 50 m)</td><td>$4.95 / m</td><td>3 weeks</td></tr>
</table>
<p>Prices FOB Chicago, IL. Valid until July 15, 2026.</p>
<p>Luis Herrera<br>Windy City Metals &amp; Bearings, Inc.<br>773-555-0118</p>
</body></html>"""
P79 = ([(50, 800, 12, "WINDY CITY METALS & BEARINGS, INC."), (50, 784, 11, "GENERAL TERMS AND CONDITIONS OF SALE (Rev. 2024-03)")]
           + [(50, 750 - 16 * i, 8, t) for i, t in enumerate([
               "1. Offers. Quotations are valid for 30 days from their date unless the quotation states otherwise.",
               "2. Prices. Prices are in US dollars and exclude sales tax.",
               "3. Payment. Net 30 days from invoice date. Overdue amounts bear interest at 1.5% per month.",
               "4. Delivery. Delivery dates are estimates; partial shipments are permitted.",
               "5. Warranty. Products are warranted free from defects in material for 12 months from shipment.",
               "6. Returns. No returns without prior written authorization.",
               "7. Law. These terms are governed by the laws of the State of Illinois."])]
           + [(50, 60, 7, "Windy City Metals & Bearings, Inc. | 2750 S. Kedzie Ave, Chicago, IL 60623 | 773-555-0118"), (500, 60, 7, "Page 1 of 1")])
P79 = pdf([check_page(P79)])
case("u79-html-quote-terms-pdf", "blind", message("blind", "Luis Herrera <lherrera@windycity-mb.example>", multipart("mixed", "=_blind5_79", [
        text_part("text/html", H79), file_part("application/pdf", "WCMB_General_Terms_of_Sale.pdf", P79)])),
     "partial", "USD", "2026-07-15", "FOB",
     [line(2, 139.80, lead=35), line(3, 3.49, lead=0), line(5, 4.95, qty=850, lead=21)],
     ["missing-line", "quantity-differs"])


# u80 HTML body with only a cover note; the quote is a PDF sent as application/octet-stream. Its table lists price
# breaks as rows: the part number on the first tier row only, continuation rows carrying just a quantity range and a
# price. Requested quantities pick the "5,000 - 9,999" gasket tier, the "10,000 - 24,999" screw tier and the
# "5,000 - 9,999" spring tier. Cable and plate "no quote"; valid 30 days from June 5.
X80 = [50, 122, 232, 318, 400]
P80 = ([(50, 800, 13, "Pacific Rim Fastener & Spring"), (380, 800, 12, "Price Quotation PRF-7730"),
        (50, 786, 8, "1650 W. Anaheim St, Long Beach, CA 90813  |  562-555-0193"), (380, 786, 9, "Customer: Northridge"),
        (380, 774, 9, "Attn: Nora Reyes  |  RFQ: NR-RFQ-0619")]
       + row(740, X80, ["Part number", "Description", "Quantity (pcs)", "Unit price (USD)", "Lead time"])
       + row(724, X80, ["GSK-EPDM-80", "Gasket EPDM 80x62x3", "1,000 - 4,999", "0.214", "5 weeks"])
       + row(712, X80, ["", "", "5,000 - 9,999", "0.192", ""])
       + row(700, X80, ["", "", "10,000 +", "0.171", ""])
       + row(684, X80, ["SCR-M4X10-A2", "SHCS M4x10 A2-70", "10,000 - 24,999", "0.0335", "stock"])
       + row(672, X80, ["", "", "25,000 +", "0.0301", ""])
       + row(656, X80, ["SPR-C0630-302", "Spring 302 SS", "5,000 - 9,999", "0.0748", "6 weeks"])
       + row(644, X80, ["", "", "10,000 +", "0.0690", ""])
       + [(50, 616, 9, "CBL-4C22-PUR and PLT-0915-R2: no quote (not in our product range)."),
          (50, 590, 8, "Terms: FOB Long Beach, CA (Incoterms 2020). This quotation is valid for 30 days."),
          (50, 578, 8, "The unit price is the price of the quantity range that contains the order quantity.")])
case("u80-pdf-octet-break-rows", "sample", message("sample", "Grace Tanaka <gtanaka@pacrim-fs.example>", multipart("mixed", "=_blind5_80", [
        text_part("text/html", "<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\"><p>Hi Nora,</p>"
                  "<p>Please find our quotation PRF-7730 attached (PDF).</p>"
                  "<p>Best regards,<br>Grace Tanaka<br>Pacific Rim Fastener &amp; Spring<br>562-555-0193</p></body></html>"),
        file_part("application/octet-stream", "PRF-7730.pdf", pdf([check_page(P80)]))])),
     "partial", "USD", "2026-07-05", "FOB",
     [line(1, 0.192, lead=35), nob(2), line(3, 0.0335, lead=0), nob(4), line(5, 0.0748, lead=42)],
     ["no-bid"])


if __name__ == "__main__":
    names = [n for n, _, _, _ in CASES]
    assert names == sorted(names) and len(CASES) == 16 and [n[:3] for n in names] == [f"u{i}" for i in range(65, 81)]
    assert sum(r == "sample" for _, r, _, _ in CASES) == 8
    for name, rfq, data, expected in CASES:
        (S if rfq == "sample" else H).check(expected)
        write_case(name, data, expected)
    print(len(CASES), "cases")
