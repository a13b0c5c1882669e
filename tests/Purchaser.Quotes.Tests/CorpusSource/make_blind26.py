#!/usr/bin/env python3
"""Writes replies u401..u416 (Corpus/u*.eml + expected u*.json) - the twenty-sixth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json
(HM-RFQ-2611, those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the twenty-five earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is ATTACHMENTS FROM QUOTING SYSTEMS, SECOND ROUND: the body is a short cover note
("quote attached", at most the terms the export lacks) and the quote lives in a file a quoting or ERP system wrote.
XLSX workbooks with two sheets (a cover sheet carrying the commercial terms - currency, Incoterms, validity as a date
cell, a one-time die charge - and then the line items, in English and as a German "Deckblatt" / "Positionen" pair);
header cells merged over two rows (a "Price USD" group over "Price | Per", a "Quantity" group over "Qty | UoM | MOQ");
prices as formulas with cached values (pack price / pack size, list price less a discount with ROUND); a column of
the vendor's INTERNAL cost and margin the sender forgot to hide (clearly labelled, before the sell price in one
sheet and parked to the right of the table in another - never the price); CSV exports with a UTF-8 byte-order mark
whose quoted fields hold line breaks (a wrapped description in the middle of a record, remarks with a one-time
pattern charge and multi-line "no quote" reasons); semicolon CSVs with decimal commas (Swedish space thousands and
EUR against a USD RFQ; a German windows-1252 ERP export with dot thousands and delivery DATES instead of lead times);
PDF quotations whose line table continues on page 2 with the column header repeated; and PDFs whose terms sit in a
ruled box at the bottom of the page (a label/value grid with a 14-day validity, a numbered terms list) - one of them
sent with a body that corrects one printed lead time (the correction wins).
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import datetime
import io

from make_corpus import line, nob, pdf_escape  # expected-line shapes, PDF string escaping
from blind_round import Round, close, plus, days  # the round's cases, checked and written; date and amount helpers
from make_blind5 import check_page, file_part, message, multipart, row, text_part  # MIME parts, PDF rows
from make_blind13 import book, cols, serial  # multi-sheet XLSX (shared strings, styles, merges, formulas)
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(401)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def mail(mod, frm, body, files, boundary):
    """A multipart/mixed reply: a short text/plain cover note and the attachments [(content type, name, bytes)], with
    the Date header and buyer of the RFQ module mod (S, H or V)."""
    part = multipart("mixed", boundary, [text_part("text/plain", body)]
                     + [file_part(ctype, name, data) for ctype, name, data in files])
    if mod is V:
        return V.message(frm, part)
    return message("sample" if mod is S else "blind", frm, part)


def csv_bytes(rows, delimiter=",", bom=True, encoding="utf-8"):
    """A CSV as a quoting system writes it: CRLF between records, LF inside a quoted field, fields quoted only when
    they must be (a delimiter, a quote or a line break inside)."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


# ----- a text-layer PDF with ruled boxes (make_corpus.pdf draws text only) -----

def ruled_pdf(pages):
    """Like make_corpus.pdf - Helvetica (WinAnsi) text items (x, y, size, text) - plus ("box", x, y, w, h) stroked
    rectangles, ("fill", x, y, w, h, gray) filled rectangles, ("rule", x1, y, x2) horizontal and ("vline", x, y1, y2)
    vertical lines."""
    objects = {1: "<< /Type /Catalog /Pages 2 0 R >>",
               3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids, n = [], 4
    for page in pages:
        ops = "0.6 w\n"
        for item in page:
            if item[0] == "box":
                ops += "{} {} {} {} re S\n".format(*item[1:])
            elif item[0] == "fill":
                _, x, y, w, h, gray = item
                ops += f"{gray} g {x} {y} {w} {h} re f 0 g\n"
            elif item[0] == "rule":
                _, x1, y, x2 = item
                ops += f"{x1} {y} m {x2} {y} l S\n"
            elif item[0] == "vline":
                _, x, y1, y2 = item
                ops += f"{x} {y1} m {x} {y2} l S\n"
            else:
                x, y, size, text = item
                ops += f"BT /F1 {size} Tf {x} {y} Td ({pdf_escape(text)}) Tj ET\n"
        stream = ops.encode("cp1252")
        objects[n] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                      f"/Contents {n + 1} 0 R >>")
        objects[n + 1] = (f"<< /Length {len(stream)} >>", stream)
        kids.append(f"{n} 0 R")
        n += 2
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        body = objects[number]
        if isinstance(body, tuple):
            out += f"{number} 0 obj\n{body[0]}\nstream\n".encode() + body[1] + b"\nendstream\nendobj\n"
        else:
            out += f"{number} 0 obj\n{body}\nendobj\n".encode("cp1252")
    xref, size = len(out), max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offsets[i]:010d} 00000 n \n".encode() for i in range(1, size))
    return out + f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()


def text_items(items):
    """check_page (on the page, no overlapping text on a baseline) applied to the text items of a page only."""
    check_page([i for i in items if not isinstance(i[0], str)])
    return items


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u401 a two-sheet XLSX from a quoting system: sheet 1 "Cover" holds the quote header and the commercial terms (Currency
# USD, "Incoterms 2020: FCA Newark, OH" -> FCA, "Valid until" a date cell 24-Jul-2026 -> 2026-07-24, not short; payment
# net 30; a one-time die charge USD 240.00 for the gasket, not in the unit price -> note); sheet 2 "Items" holds the
# lines. Gasket 0.1795, "4 weeks" -> 28 (Jun 5 + 28 = Jul 3, before Aug 3); cable 1.395 per M (RFQ unit M), "3 weeks"
# -> 21 (Jun 26, before Jul 20); screws 0.0302, "Stock" -> 0; plate 42.65, "6 weeks" -> 42 (Jul 17, before Aug 17);
# springs 0.0708, "5 weeks" -> 35 (Jul 10, before Jul 27). Quantities as asked -> null (Extended = Qty x Unit price
# confirms each: 897.50, 2,092.50, 604.00, 5,118.00, 566.40). Body: "Quote attached." only. All priced -> parsed, note.
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 35) == "2026-07-10"
assert close(5000 * 0.1795, 897.50) and close(1500 * 1.395, 2092.50) and close(120 * 42.65, 5118.00)
U401_COVER = {
    "A1": {"v": "LICKING RIVER COMPONENTS", "s": 2},
    "A2": "2150 Thornwood Dr, Newark, OH 43055  |  740-555-0164",
    "A4": {"v": "Quotation", "s": 1}, "B4": "LRC-Q-26-1187",
    "A5": {"v": "Quote date", "s": 1}, "B5": {"v": serial(2026, 6, 5), "s": 5},
    "A6": {"v": "Customer", "s": 1}, "B6": "Northridge Robotics - Nora Reyes",
    "A7": {"v": "Your RFQ", "s": 1}, "B7": "NR-RFQ-0619",
    "A9": {"v": "COMMERCIAL TERMS", "s": 9},
    "A10": "Currency", "B10": "USD",
    "A11": "Incoterms 2020", "B11": "FCA Newark, OH",
    "A12": "Valid until", "B12": {"v": serial(2026, 7, 24), "s": 5},
    "A13": "Payment", "B13": "Net 30 days",
    "A14": "Lead times", "B14": "Weeks after receipt of order",
    "A15": "Tooling", "B15": "One-time die charge for GSK-EPDM-80: USD 240.00 (not included in the unit price)",
    "A17": "Line items: see sheet 'Items'.",
}
U401_ITEMS = {f"{c}1": {"v": h, "s": 9} for c, h in zip("ABCDEFGH", ["Line", "Part number", "Description", "Qty", "UoM",
                                                                    "Unit price", "Extended", "Lead time"])}
for r, (ln, pn, desc, qty, uom, price, lead) in enumerate([
        (1, "GSK-EPDM-80", "Gasket EPDM 70A, 80 x 62 x 3 mm", 5000, "EA", 0.1795, "4 weeks"),
        (2, "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR, black", 1500, "M", 1.395, "3 weeks"),
        (3, "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", 20000, "EA", 0.0302, "Stock"),
        (4, "PLT-0915-R2", "Motor base plate, 6082-T6, 10 mm", 120, "EA", 42.65, "6 weeks"),
        (5, "SPR-C0630-302", "Compression spring 302 SS, 0.6 x 6.3 x 30", 8000, "EA", 0.0708, "5 weeks")], start=2):
    U401_ITEMS.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": uom,
                       f"F{r}": {"v": price, "s": 3}, f"G{r}": {"v": round(qty * price, 2), "s": 4}, f"H{r}": lead})
U401_ITEMS.update({"F8": {"v": "Total", "s": 1}, "G8": {"v": 9278.40, "s": 4}})
assert close(897.50 + 2092.50 + 604.00 + 5118.00 + 566.40, 9278.40)
sample("u401-xlsx-cover-terms-sheet-then-items", mail(S, "Tamsin Rowe <trowe@lickingriver-comp.example>", """Hi Nora,

Quote attached.

Tamsin Rowe
Licking River Components
740-555-0164
""", [(XLSX, "LRC-Q-26-1187.xlsx", book([("Cover", U401_COVER, ["A1:D1"], cols(18, 70)),
                                         ("Items", U401_ITEMS, [], cols(6, 16, 40, 9, 6, 12, 12, 11))]))],
        "=_lrc_quote_401"),
       "parsed", "USD", "2026-07-24", "FCA",
       [line(1, 0.1795, lead=28), line(2, 1.395, lead=21), line(3, 0.0302, lead=0), line(4, 42.65, lead=42),
        line(5, 0.0708, lead=35)],
       ["note"])


# u402 one-sheet XLSX whose header is two rows of MERGED cells: "Line", "Part number", "Description" and "Lead time"
# each merged over rows 4-5; "Quantity" merged over D4:E4 above "Qty" | "UoM"; "Price USD" merged over F4:G4 above
# "Price" | "Per". So each price is read with its "Per" cell: gasket 18.60 per 100 -> 0.186; cable 1.44 per m (RFQ
# unit M) -> 1.44; screws 30.90 per 1000 -> 0.0309; plate 44.00 per ea -> 44.00; springs 6.95 per 100 -> 0.0695.
# Lead times "5 wks" -> 35 (Jun 5 + 35 = Jul 10, before Aug 3), "2 wks" -> 14 (Jun 19, before Jul 20), "stock" -> 0,
# "7 wks" -> 49 (Jul 24, before Aug 17), "4 wks" -> 28 (Jul 3, before Jul 27). Quantities as asked -> null. Below the
# table: "Quote valid 30 days" from Fri 5 Jun -> 2026-07-05 (not short), "FOB Akron, OH" -> FOB. Parsed, no deviations.
assert close(18.60 / 100, 0.186) and close(30.90 / 1000, 0.0309) and close(6.95 / 100, 0.0695)
assert plus("2026-06-05", 49) == "2026-07-24" and plus("2026-06-05", 30) == "2026-07-05"
U402 = {"A1": {"v": "PORTAGE LAKES INDUSTRIAL SUPPLY", "s": 2},
        "A2": "Quotation PLI-4471  |  Northridge Robotics, RFQ NR-RFQ-0619  |  June 5, 2026",
        "A4": {"v": "Line", "s": 9}, "B4": {"v": "Part number", "s": 9}, "C4": {"v": "Description", "s": 9},
        "D4": {"v": "Quantity", "s": 9}, "F4": {"v": "Price USD", "s": 9}, "H4": {"v": "Lead time", "s": 9},
        "D5": {"v": "Qty", "s": 9}, "E5": {"v": "UoM", "s": 9}, "F5": {"v": "Price", "s": 9}, "G5": {"v": "Per", "s": 9},
        "A13": "Quote valid 30 days. FOB Akron, OH (Incoterms 2020). All prices in US dollars.",
        "A14": "Brent Okonkwo, Inside Sales - 330-555-0147"}
for r, (ln, pn, desc, qty, uom, price, per, lead) in enumerate([
        (1, "GSK-EPDM-80", "Gasket EPDM 80x62x3", 5000, "EA", 18.60, 100, "5 wks"),
        (2, "CBL-4C22-PUR", "Cable 4C 22AWG shielded PUR", 1500, "M", 1.44, "m", "2 wks"),
        (3, "SCR-M4X10-A2", "SHCS M4x10 A2-70", 20000, "EA", 30.90, 1000, "stock"),
        (4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", 44.00, "ea", "7 wks"),
        (5, "SPR-C0630-302", "Comp. spring 302SS 0.6x6.3x30", 8000, "EA", 6.95, 100, "4 wks")], start=6):
    U402.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": uom,
                 f"F{r}": {"v": price, "s": 4}, f"G{r}": per, f"H{r}": lead})
sample("u402-xlsx-two-row-merged-header-per", mail(S, "Brent Okonkwo <bokonkwo@portagelakes-ind.example>", """Nora - our quote is attached.

Brent
""", [(XLSX, "PLI-4471.xlsx", book([("Quote", U402, ["A1:H1", "A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4", "H4:H5"],
                                     cols(6, 16, 30, 9, 6, 10, 6, 10))]))], "=_pli_4471"),
       "parsed", "USD", "2026-07-05", "FOB",
       [line(1, 0.186, lead=35), line(2, 1.44, lead=14), line(3, 0.0309, lead=0), line(4, 44.00, lead=49),
        line(5, 0.0695, lead=28)],
       [])


# u403 a CSV export with a UTF-8 byte-order mark, commas, CRLF between records, fields quoted only when they must be.
# Two descriptions hold a LINE BREAK inside their quotes (the plate "Motor base plate" / "10 mm 6082-T6, 4 x M6
# tapped" and the spring), so those records run over two physical lines and their Qty, price and lead time sit on the
# second one. Gasket 0.1825, "5 weeks" -> 35 (Jun 5 + 35 = Jul 10, before Aug 3); cable "NO QUOTE" in the price field
# -> declined; screws 0.0296, "Stock" -> 0; plate 45.30, "8 weeks" -> 56 (Jul 31, before Aug 17); springs 0.0689,
# "6 weeks" -> 42 (Jul 17, before Jul 27). Quantities as asked -> null. Body: "EXW Delaware, OH, quote good for 60 days"
# -> EXW, Jun 5 + 60 = 2026-08-04 (not short). Partial, no-bid.
assert plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 60) == "2026-08-04"
U403_CSV = csv_bytes([
    ["Line", "Customer Part", "Description", "Qty", "UOM", "Unit Price", "Ext Price", "Lead Time"],
    [1, "GSK-EPDM-80", "Gasket, EPDM 70 Shore A, 80 x 62 x 3", 5000, "EA", "0.1825", "912.50", "5 weeks"],
    [2, "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR", 1500, "M", "NO QUOTE", "", ""],
    [3, "SCR-M4X10-A2", "SHCS M4 x 10 A2-70", 20000, "EA", "0.0296", "592.00", "Stock"],
    [4, "PLT-0915-R2", "Motor base plate\n10 mm 6082-T6, 4 x M6 tapped", 120, "EA", "45.30", "5436.00", "8 weeks"],
    [5, "SPR-C0630-302", "Compression spring\n302 SS, 0.6 x 6.3 x 30", 8000, "EA", "0.0689", "551.20", "6 weeks"],
])
assert U403_CSV.count(b"\r\n") == 6 and U403_CSV.count(b"\n") == 8 and U403_CSV.startswith(b"\xef\xbb\xbf")
assert close(5000 * 0.1825, 912.50) and close(120 * 45.30, 5436.00) and close(8000 * 0.0689, 551.20)
sample("u403-csv-bom-wrapped-description", mail(S, "Renee Halvorsen <rhalvorsen@olentangy-ip.example>", """Nora,

Quote attached as CSV (export from our quoting system). EXW Delaware, OH, quote good for 60 days.

Renee Halvorsen
Olentangy Industrial Products
""", [("text/csv", "OIP-77310.csv", U403_CSV)], "=_oip_77310"),
       "partial", "USD", "2026-08-04", "EXW",
       [line(1, 0.1825, lead=35), nob(2), line(3, 0.0296, lead=0), line(4, 45.30, lead=56), line(5, 0.0689, lead=42)],
       ["no-bid"])


# u404 a two-page PDF quotation: page 1 has the letterhead, the quote block, bill-to / ship-to and the line table with
# lines 1-3 (each item with a wrapped second description line), then "Continued on page 2"; page 2 repeats a short
# heading ("Quotation MPP-26-3318 (continued)") and the COLUMN HEADER, then lines 4-5, the total and the terms.
# Gasket $0.1910, "4 weeks" -> 28 (Jun 5 + 28 = Jul 3, before Aug 3); cable "NO BID" -> declined; screws $0.0318,
# "Stock" -> 0; plate $39.95, "12 weeks" -> 84 (Aug 28, AFTER the Aug 17 need-by -> lead-time-after-need-by); springs
# $0.0702, "3 weeks" -> 21 (Jun 26, before Jul 27). Quantities as asked -> null. Terms: "CPT Dayton, OH" -> CPT;
# "This quotation is valid for 45 days" from June 5 (the quote date, also the Date header's) -> 2026-07-20 (not short).
# Partial, no-bid and lead-time-after-need-by.
assert plus("2026-06-05", 84) == "2026-08-28" and plus("2026-06-05", 45) == "2026-07-20"
assert close(5000 * 0.191, 955.00) and close(120 * 39.95, 4794.00) and close(955 + 636 + 4794 + 561.60, 6946.60)
X404 = [40, 62, 142, 300, 352, 384, 440, 506]
HDR404 = ["Ln", "Part Number", "Description", "Qty", "Unit", "Unit Price", "Extended", "Lead Time"]


def u404_item(y, ln, pn, desc, desc2, qty, unit, price, ext, lead):
    return row(y, X404, [ln, pn, desc, qty, unit, price, ext, lead]) + row(y - 11, X404, ["", "", desc2, "", "", "", "", ""])


P404_1 = ([(40, 800, 13, "MAHONING PRECISION PARTS, LLC"), (40, 786, 8, "3380 Salt Springs Rd, Youngstown, OH 44509"),
           (40, 775, 8, "Phone 330-555-0126  |  quotes@mahoning-pp.example"),
           (400, 800, 14, "QUOTATION"), (400, 784, 9, "No. MPP-26-3318"), (400, 772, 9, "Date: June 5, 2026"),
           (400, 760, 9, "Page 1 of 2"),
           (40, 730, 9, "Bill to:"), (90, 730, 9, "Northridge Robotics, Purchasing"), (90, 718, 9, "Attn. Nora Reyes"),
           (320, 730, 9, "Ship to:"), (370, 730, 9, "Northridge Robotics, Dock 2"),
           (370, 718, 9, "2200 Kettering Blvd, Dayton, OH 45439"),
           (40, 694, 9, "Your reference: NR-RFQ-0619"), (320, 694, 9, "Salesperson: Colin Ferraro")]
          + row(664, X404, HDR404) + [("rule", 40, 659, 555)]
          + u404_item(644, "1", "GSK-EPDM-80", "Gasket, EPDM 70 Shore A", "die-cut, 80 OD x 62 ID x 3", "5,000", "EA",
                      "$0.1910", "$955.00", "4 weeks")
          + u404_item(614, "2", "CBL-4C22-PUR", "Cable 4 x 22 AWG, PUR", "shielded, black, 305 m spools", "1,500", "M",
                      "NO BID", "", "")
          + u404_item(584, "3", "SCR-M4X10-A2", "Socket head cap screw", "M4 x 10, ISO 4762, A2-70", "20,000", "EA",
                      "$0.0318", "$636.00", "Stock")
          + [("rule", 40, 560, 555), (400, 546, 8, "Continued on page 2"),
             (250, 50, 8, "MPP-26-3318  -  Page 1 of 2")])
P404_2 = ([(40, 800, 11, "Mahoning Precision Parts, LLC  -  Quotation MPP-26-3318 (continued)"),
           (450, 784, 9, "Page 2 of 2")]
          + row(754, X404, HDR404) + [("rule", 40, 749, 555)]
          + u404_item(734, "4", "PLT-0915-R2", "Motor base plate", "10 mm 6082-T6, 4 x M6 tapped", "120", "EA",
                      "$39.95", "$4,794.00", "12 weeks")
          + u404_item(704, "5", "SPR-C0630-302", "Compression spring", "302 SS, 0.6 x 6.3 x 30 mm", "8,000", "EA",
                      "$0.0702", "$561.60", "3 weeks")
          + [("rule", 40, 680, 555)]
          + row(666, X404, ["", "", "", "", "", "Total", "$6,946.60", ""])
          + [(40, 630, 9, "Terms"),
             (40, 616, 8, "Prices in US dollars, per unit of measure shown. CPT Dayton, OH (Incoterms 2020)."),
             (40, 604, 8, "This quotation is valid for 45 days. Payment net 30 days from invoice date."),
             (40, 592, 8, "Lead times are from receipt of purchase order."),
             (250, 50, 8, "MPP-26-3318  -  Page 2 of 2")])
sample("u404-pdf-table-continues-page-2", mail(S, "Colin Ferraro <cferraro@mahoning-pp.example>", """Hello Nora,

Please find quote MPP-26-3318 attached (2 pages).

Colin Ferraro
Mahoning Precision Parts
""", [(PDF, "MPP-26-3318.pdf", ruled_pdf([text_items(P404_1), text_items(P404_2)]))], "=_mpp_3318"),
       "partial", "USD", "2026-07-20", "CPT",
       [line(1, 0.191, lead=28), nob(2), line(3, 0.0318, lead=0), line(4, 39.95, lead=84), line(5, 0.0702, lead=21)],
       ["lead-time-after-need-by", "no-bid"])


# u405 a one-page PDF whose terms are a RULED BOX at the bottom of the page: a grey title bar "TERMS OF THIS QUOTATION"
# and a label | value grid ("Currency: US dollars (USD)", "Delivery terms: DAP Dayton, OH - Incoterms 2020" -> DAP,
# "Validity: 14 days from quotation date", "Payment: Net 30 days", "Lead times: from receipt of purchase order").
# The quotation date printed at the top is June 5, 2026 (the Date header's) -> valid until 2026-06-19, earlier than
# Jun 26 -> validity-short. The table lists three lines: gasket $0.176, "6 weeks" -> 42 (Jun 5 + 42 = Jul 17, before
# Aug 3); screws $0.0305, "Stock" -> 0; springs $0.0679, "4 weeks" -> 28 (Jul 3, before Jul 27). Quantities as asked
# -> null. Cable and plate appear nowhere -> missing-line. Partial, missing-line and validity-short.
assert plus("2026-06-05", 14) == "2026-06-19" and close(5000 * 0.176 + 20000 * 0.0305 + 8000 * 0.0679, 2033.20)
X405 = [40, 70, 160, 330, 390, 450, 510]
P405 = ([(40, 800, 13, "SANDUSKY BAY RUBBER & SPRING CO."), (40, 786, 8, "915 Cleveland Rd W, Sandusky, OH 44870"),
         (40, 775, 8, "419-555-0158  |  www.sanduskybay-rs.example"),
         (400, 800, 12, "QUOTATION SBR-5092"), (400, 786, 9, "Quotation date: June 5, 2026"),
         (400, 774, 9, "Your RFQ: NR-RFQ-0619"),
         (40, 744, 9, "To: Northridge Robotics, Attn. Nora Reyes")]
        + row(710, X405, ["Item", "Part", "Description", "Qty", "Price ea.", "Amount", "Lead time"])
        + [("rule", 40, 705, 555)]
        + row(690, X405, ["1", "GSK-EPDM-80", "EPDM gasket 80 x 62 x 3", "5,000", "$0.176", "$880.00", "6 weeks"])
        + row(674, X405, ["2", "SCR-M4X10-A2", "SHCS M4 x 10 A2-70", "20,000", "$0.0305", "$610.00", "Stock"])
        + row(658, X405, ["3", "SPR-C0630-302", "Spring 302 SS 0.6 x 6.3 x 30", "8,000", "$0.0679", "$543.20", "4 weeks"])
        + [("rule", 40, 648, 555)]
        + row(634, X405, ["", "", "", "", "Total", "$2,033.20", ""])
        + [(40, 600, 9, "Thank you for the opportunity to quote. Please reference SBR-5092 on your purchase order."),
           ("box", 40, 70, 515, 130), ("fill", 40, 180, 515, 20, 0.85), ("rule", 40, 180, 555),
           (48, 186, 9, "TERMS OF THIS QUOTATION"), ("vline", 150, 70, 180)]
        + [item for i, (label, value) in enumerate([
            ("Currency:", "US dollars (USD)"),
            ("Delivery terms:", "DAP Dayton, OH - Incoterms 2020"),
            ("Validity:", "14 days from quotation date"),
            ("Payment:", "Net 30 days"),
            ("Lead times:", "from receipt of purchase order")])
           for item in [(48, 162 - 18 * i, 9, label), (160, 162 - 18 * i, 9, value)]])
sample("u405-pdf-terms-box-bottom-14-days", mail(S, "Marisol Vega <mvega@sanduskybay-rs.example>", """Nora, quote attached.

Thanks,
Marisol
""", [(PDF, "SBR-5092.pdf", ruled_pdf([text_items(P405)]))], "=_sbr_5092"),
       "partial", "USD", "2026-06-19", "DAP",
       [line(1, 0.176, lead=42), line(3, 0.0305, lead=0), line(5, 0.0679, lead=28)],
       ["missing-line", "validity-short"])


# u406 an XLSX straight out of the distributor's quoting tool with two INTERNAL columns the sender forgot to hide,
# between UOM and the price: "Our cost (internal)" and "Margin % (internal)" (the margin a formula with its cached
# value). The price is the column headed "Sell price USD" (Extended = Qty x Sell price confirms it): gasket 0.1895
# (cost 0.1420), cable 1.385 per M (cost 1.09), screws 0.0315 (cost 0.0221), plate 46.20 (cost 35.10), springs 0.0725
# (cost 0.0538). Lead "4 wks" -> 28 (Jun 5 + 28 = Jul 3, before Aug 3), "3 wks" -> 21 (Jun 26, before Jul 20),
# "stock" -> 0, "9 wks" -> 63 (Aug 7, before Aug 17), "6 wks" -> 42 (Jul 17, before Jul 27). Quantities as asked ->
# null. Below the table: "Prices USD, FOB Fort Wayne, IN. Valid until 07/17/2026." -> FOB, 2026-07-17 (US month/day,
# unambiguous: 17 is no month; not short).
# Parsed, no deviations.
assert plus("2026-06-05", 63) == "2026-08-07"
U406 = {"A1": {"v": "Wabash Industrial Supply - Quote WIS-30582", "s": 2},
        "A2": "Customer: Northridge Robotics (Nora Reyes)   RFQ: NR-RFQ-0619   Date: Jun 5, 2026",
        "A14": "Prices USD, FOB Fort Wayne, IN. Valid until 07/17/2026.",
        "A15": "Doug Pelletier - Wabash Industrial Supply - 260-555-0133"}
U406.update({f"{c}4": {"v": h, "s": 9} for c, h in zip("ABCDEFGHIJ", [
    "Line", "Part #", "Description", "Qty", "UOM", "Our cost (internal)", "Margin % (internal)", "Sell price USD",
    "Extended USD", "Lead time"])})
U406_ROWS = [(1, "GSK-EPDM-80", "Gasket EPDM 80x62x3", 5000, "EA", 0.1420, 0.1895, "4 wks"),
             (2, "CBL-4C22-PUR", "Cable 4x22 AWG PUR shielded", 1500, "M", 1.09, 1.385, "3 wks"),
             (3, "SCR-M4X10-A2", "SHCS M4x10 A2-70", 20000, "EA", 0.0221, 0.0315, "stock"),
             (4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", 35.10, 46.20, "9 wks"),
             (5, "SPR-C0630-302", "Compression spring 302SS", 8000, "EA", 0.0538, 0.0725, "6 wks")]
for r, (ln, pn, desc, qty, uom, cost, sell, lead) in enumerate(U406_ROWS, start=5):
    U406.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": uom,
                 f"F{r}": {"v": cost, "s": 3},
                 f"G{r}": {"v": round((sell - cost) / sell * 100, 1), "f": f"ROUND((H{r}-F{r})/H{r}*100,1)"},
                 f"H{r}": {"v": sell, "s": 3}, f"I{r}": {"v": round(qty * sell, 2), "s": 4}, f"J{r}": lead})
sample("u406-xlsx-internal-cost-margin-visible", mail(S, "Doug Pelletier <dpelletier@wabash-isupply.example>", """Hi Nora,

Our quote is attached.

Doug Pelletier
Wabash Industrial Supply
""", [(XLSX, "WIS-30582.xlsx", book([("Quote", U406, ["A1:J1"], cols(6, 16, 28, 9, 6, 16, 16, 14, 13, 10))]))],
        "=_wis_30582"),
       "parsed", "USD", "2026-07-17", "FOB",
       [line(1, 0.1895, lead=28), line(2, 1.385, lead=21), line(3, 0.0315, lead=0), line(4, 46.20, lead=63),
        line(5, 0.0725, lead=42)],
       [])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u407 an XLSX whose unit prices are FORMULAS with cached values: "Unit price" = "Price / pack" / "Pack size"
# (=G6/F6) and "Amount" = Qty x Unit price (=D6*H6). Resin 84.50 per 25 kg bag -> cached 3.38 per kg (RFQ unit KG),
# "3 weeks" -> 21 (Jun 12 + 21 = Jul 3, before Jul 20); sheet 141.00 / 1 -> 141.00, "4 weeks" -> 28 (Jul 10, before
# Aug 10); bearing 3.35 / 1 -> 3.35, "stock" -> 0; O-rings 19.80 per pack of 1000 -> cached 0.0198, "2 weeks" -> 14
# (Jun 26, before Aug 17); hose "no quote" in the unit-price cell -> declined; kit 43.75 / 1 -> 43.75, "6 weeks" -> 42
# (Jul 24, before Sep 21). Quantities as asked -> null. Below: "Prices in USD. FCA Appleton, WI (Incoterms 2020)" ->
# FCA; "Valid until" a date cell 31-Jul-2026 -> 2026-07-31 (not short). Partial, no-bid.
assert close(84.50 / 25, 3.38) and close(19.80 / 1000, 0.0198) and plus("2026-06-12", 42) == "2026-07-24"
U407 = {"A1": {"v": "FOX VALLEY POLYMER & SUPPLY", "s": 2},
        "A2": "Quotation FVP-26-0612-3  |  Halvorsen Mfg., Lena Marsh  |  Ref. HM-RFQ-2611",
        "A3": "Date", "B3": {"v": serial(2026, 6, 12), "s": 5}}
U407.update({f"{c}5": {"v": h, "s": 9} for c, h in zip("ABCDEFGHIJ", [
    "Item", "Part no.", "Description", "Qty", "UoM", "Pack size", "Price / pack", "Unit price", "Amount", "Lead time"])})
U407_ROWS = [(1, "RES-PA66-GF30", "PA66 GF30 black, 25 kg bag", 2500, "KG", 25, 84.50, "3 weeks"),
             (2, "SHT-5052H32-030", "Sheet 5052-H32 3.0 x 1250 x 2500", 90, "EA", 1, 141.00, "4 weeks"),
             (3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3", 400, "EA", 1, 3.35, "stock"),
             (4, "OR-0120-NBR70", "O-ring 12 x 2 NBR 70, bag of 1000", 50000, "EA", 1000, 19.80, "2 weeks"),
             (5, "HSE-2SN-08", "Hose EN 853 2SN DN12", 800, "M", None, None, None),
             (6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", 1, 43.75, "6 weeks")]
total407 = 0.0
for r, (ln, pn, desc, qty, uom, pack, pack_price, lead) in enumerate(U407_ROWS, start=6):
    U407.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": uom})
    if pack is None:
        U407[f"H{r}"] = "no quote"
        continue
    unit = pack_price / pack
    total407 += qty * unit
    U407.update({f"F{r}": {"v": pack, "s": 6}, f"G{r}": {"v": pack_price, "s": 4},
                 f"H{r}": {"v": unit, "s": 3, "f": f"G{r}/F{r}"}, f"I{r}": {"v": qty * unit, "s": 4, "f": f"D{r}*H{r}"},
                 f"J{r}": lead})
assert close(total407, 30032.5)
U407.update({"H13": {"v": "Total", "s": 1}, "I13": {"v": total407, "s": 4, "f": "SUM(I6:I11)"},
             "A15": "Prices in USD. FCA Appleton, WI (Incoterms 2020).",
             "A16": "Valid until", "B16": {"v": serial(2026, 7, 31), "s": 5},
             "A17": "Hose HSE-2SN-08: not in our program."})
blind("u407-xlsx-formula-unit-price-per-pack", mail(H, "Greta Lindahl <glindahl@foxvalley-ps.example>", """Lena,

Quote attached.

Greta Lindahl
Fox Valley Polymer & Supply
""", [(XLSX, "FVP-26-0612-3.xlsx", book([("Quotation", U407, ["A1:J1"], cols(6, 17, 32, 9, 6, 10, 12, 12, 12, 10))]))],
        "=_fvp_0612"),
       "partial", "USD", "2026-07-31", "FCA",
       [line(1, 3.38, lead=21), line(2, 141.00, lead=28), line(3, 3.35, lead=0), line(4, 0.0198, lead=14), nob(5),
        line(6, 43.75, lead=42)],
       ["no-bid"])


# u408 a Swedish distributor's SEMICOLON CSV (no BOM, ASCII) with DECIMAL COMMAS and space thousands ("2 500",
# "7 800,00", "0,0205"), a description with a decimal comma of its own ("3,0x1250x2500"), prices under "Price EUR".
# Resin 3,12 per kg -> 3.12 EUR, "4 weeks" -> 28 (Jun 12 + 28 = Jul 10, before Jul 20); sheet 128,40 -> 128.40,
# "5 weeks" -> 35 (Jul 17, before Aug 10); bearing 2,86 -> 2.86, "from stock" -> 0; O-rings 0,0205 -> 0.0205, "3 weeks"
# -> 21 (Jul 3, before Aug 17); hose 3,94 per m -> 3.94, "3 weeks" -> 21. Kit not in the file and not in the body ->
# missing-line. Quantities as asked -> null (Amount = Qty x Price confirms each). Body: "Prices in EUR" (against the
# USD RFQ -> currency-differs), "CIP Rockford, IL" -> CIP, "offer valid until 15 August 2026" -> 2026-08-15.
# Partial, currency-differs and missing-line.
assert close(2500 * 3.12, 7800) and close(90 * 128.40, 11556) and close(50000 * 0.0205, 1025) and close(800 * 3.94, 3152)
U408_CSV = csv_bytes([
    ["Pos", "Article no.", "Description", "Quantity", "Unit", "Price EUR", "Amount EUR", "Delivery time"],
    ["1", "RES-PA66-GF30", "PA66 GF30 black, 25 kg bags", "2 500", "kg", "3,12", "7 800,00", "4 weeks"],
    ["2", "SHT-5052H32-030", "Al sheet 5052-H32 3,0x1250x2500", "90", "pcs", "128,40", "11 556,00", "5 weeks"],
    ["3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3", "400", "pcs", "2,86", "1 144,00", "from stock"],
    ["4", "OR-0120-NBR70", "O-ring 12x2 NBR70", "50 000", "pcs", "0,0205", "1 025,00", "3 weeks"],
    ["5", "HSE-2SN-08", "Hydraulic hose 2SN DN12", "800", "m", "3,94", "3 152,00", "3 weeks"],
], delimiter=";", bom=False, encoding="ascii")
assert b'"' not in U408_CSV
blind("u408-csv-semicolon-decimal-comma-eur", mail(H, "Karin Sjöberg <karin.sjoberg@nordvik-industri.example>", """Hi Lena,

Please find our quotation attached (CSV). Prices in EUR, CIP Rockford, IL. Offer valid until 15 August 2026.

Best regards,
Karin Sjöberg
Nordvik Industri AB, Göteborg
""", [("text/csv", "NVI-Q-26-2208.csv", U408_CSV)], "=_nvi_2208"),
       "partial", "EUR", "2026-08-15", "CIP",
       [line(1, 3.12, "EUR", lead=28), line(2, 128.40, "EUR", lead=35), line(3, 2.86, "EUR", lead=0),
        line(4, 0.0205, "EUR", lead=21), line(5, 3.94, "EUR", lead=21)],
       ["currency-differs", "missing-line"])


# u409 an XLSX whose last two columns are the distributor's INTERNAL numbers, parked to the right of the table after an
# empty column: "INTERNAL - unit cost" and "INTERNAL - GM %". The price is "Unit price" (Ext. = Qty x Unit price
# confirms it). Resin and sheet "No quote" -> declined; bearing 3.35 (cost 2.41), "stock" -> 0; O-rings 0.0195 (cost
# 0.0139), "3 wks" -> 21 (Jun 12 + 21 = Jul 3, before Aug 17); hose 4.05 per m (cost 3.02), "2 wks" -> 14 (Jun 26,
# before Sep 1); kit 44.50 per set (cost 31.80), "8 wks" -> 56 (Aug 7, before Sep 21). Quantities as asked -> null.
# Below: "USD, FOB Joliet, IL. Valid 30 days." -> FOB, Jun 12 + 30 = 2026-07-12 (not short). Partial, no-bid.
assert plus("2026-06-12", 56) == "2026-08-07" and plus("2026-06-12", 30) == "2026-07-12"
U409 = {"A1": {"v": "Kankakee Industrial Distributors - Quotation KID-118204", "s": 2},
        "A2": "For: Halvorsen Mfg. / Lena Marsh - RFQ HM-RFQ-2611 - 12-Jun-2026"}
U409.update({f"{c}4": {"v": h, "s": 9} for c, h in zip("ABCDEFGHJK", [
    "Line", "Part No", "Description", "Qty", "UM", "Unit price", "Ext.", "Lead time",
    "INTERNAL - unit cost", "INTERNAL - GM %"])})
for r, (ln, pn, desc, qty, um, price, lead, cost) in enumerate([
        (1, "RES-PA66-GF30", "PA66 GF30 resin, black", 2500, "KG", None, None, None),
        (2, "SHT-5052H32-030", "Alum. sheet 5052-H32 3.0mm", 90, "EA", None, None, None),
        (3, "BRG 6205-2RS", "Bearing 6205-2RS C3", 400, "EA", 3.35, "stock", 2.41),
        (4, "OR-0120-NBR70", "O-ring 12x2 NBR70", 50000, "EA", 0.0195, "3 wks", 0.0139),
        (5, "HSE-2SN-08", "Hose 2SN -08 (1/2\")", 800, "M", 4.05, "2 wks", 3.02),
        (6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", 44.50, "8 wks", 31.80)], start=5):
    U409.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": um})
    if price is None:
        U409[f"F{r}"] = "No quote"
        continue
    U409.update({f"F{r}": {"v": price, "s": 3}, f"G{r}": {"v": round(qty * price, 2), "s": 4}, f"H{r}": lead,
                 f"J{r}": {"v": cost, "s": 3},
                 f"K{r}": {"v": round((price - cost) / price * 100, 1), "f": f"ROUND((F{r}-J{r})/F{r}*100,1)"}})
U409.update({"A12": "USD, FOB Joliet, IL. Valid 30 days.", "A13": "Hank Jurado  815-555-0162"})
blind("u409-xlsx-internal-cost-gm-right", mail(H, "Hank Jurado <hjurado@kankakee-id.example>", """Lena,

Attached is our quote for HM-RFQ-2611.

Hank
""", [(XLSX, "KID-118204.xlsx", book([("Sheet1", U409, ["A1:H1"], cols(6, 17, 28, 9, 6, 11, 12, 10, 3, 18, 16))]))],
        "=_kid_118204"),
       "partial", "USD", "2026-07-12", "FOB",
       [nob(1), nob(2), line(3, 3.35, lead=0), line(4, 0.0195, lead=21), line(5, 4.05, lead=14), line(6, 44.50, lead=56)],
       ["no-bid"])


# u410 an XLSX with a two-row MERGED header: "Item" and "Lead time" merged over rows 5-6; "Part" merged over B5:C5 above
# "Number" | "Description"; "Quantity" merged over D5:F5 above "Qty" | "UoM" | "MOQ"; "Price (USD)" merged over G5:H5
# above "Unit" | "Total". Resin 3.29 per kg, "5 weeks" -> 35 (Jun 12 + 35 = Jul 17, before Jul 20); sheet 137.50,
# "7 weeks" -> 49 (Jul 31, before Aug 10); bearing 3.05, "ex stock" -> 0; O-rings 0.0189, MOQ 10,000 (below the
# 50,000 asked), "6 weeks" -> 42 (Jul 24, before Aug 17); hose 4.20 per m, "3 weeks" -> 21; kit 41.90 per set, MOQ 200
# sets (ABOVE the 150 asked -> moq-above-quantity), "11 weeks" -> 77 (Aug 28, before Sep 21). Quantities as asked ->
# null (the totals are Qty x Unit). Below: "EXW Muskegon, MI (Incoterms 2020). Prices valid until July 31, 2026." ->
# EXW, 2026-07-31. All six priced -> parsed, moq-above-quantity.
assert plus("2026-06-12", 35) == "2026-07-17" and plus("2026-06-12", 49) == "2026-07-31" and plus("2026-06-12", 77) == "2026-08-28"
U410 = {"A1": {"v": "MUSKEGON METALS & PLASTICS CO.", "s": 2},
        "A2": "Quotation MMP-Q-61207 for Halvorsen Mfg. - RFQ HM-RFQ-2611",
        "A3": "Date", "B3": {"v": serial(2026, 6, 12), "s": 5}}
U410.update({f"{c}5": {"v": h, "s": 9} for c, h in zip("ABCDEFGHI", [
    "Item", "Part", "", "Quantity", "", "", "Price (USD)", "", "Lead time"]) if h})
U410.update({f"{c}6": {"v": h, "s": 9} for c, h in zip("ABCDEFGHI", [
    "", "Number", "Description", "Qty", "UoM", "MOQ", "Unit", "Total", ""]) if h})
for r, (ln, pn, desc, qty, uom, moq, price, lead) in enumerate([
        (1, "RES-PA66-GF30", "PA66 GF30 black, 25 kg bags", 2500, "kg", None, 3.29, "5 weeks"),
        (2, "SHT-5052H32-030", "Sheet 5052-H32 3.0 x 1250 x 2500", 90, "pcs", None, 137.50, "7 weeks"),
        (3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3", 400, "pcs", None, 3.05, "ex stock"),
        (4, "OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR 70", 50000, "pcs", 10000, 0.0189, "6 weeks"),
        (5, "HSE-2SN-08", "Hose EN 853 2SN DN12", 800, "m", None, 4.20, "3 weeks"),
        (6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "sets", 200, 41.90, "11 weeks")], start=7):
    U410.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": uom,
                 f"G{r}": {"v": price, "s": 3}, f"H{r}": {"v": round(qty * price, 2), "s": 4}, f"I{r}": lead})
    if moq:
        U410[f"F{r}"] = {"v": moq, "s": 6}
U410["A14"] = "EXW Muskegon, MI (Incoterms 2020). Prices valid until July 31, 2026."
blind("u410-xlsx-merged-group-header-moq", mail(H, "Paula Nyberg <pnyberg@muskegon-mp.example>", """Hi Lena,

our offer is attached.

Paula Nyberg
Muskegon Metals & Plastics Co.
231-555-0188
""", [(XLSX, "MMP-Q-61207.xlsx", book([("Offer", U410, ["A1:I1", "A5:A6", "B5:C5", "D5:F5", "G5:H5", "I5:I6"],
                                        cols(6, 17, 32, 9, 6, 9, 10, 12, 10))]))], "=_mmp_61207"),
       "parsed", "USD", "2026-07-31", "EXW",
       [line(1, 3.29, lead=35), line(2, 137.50, lead=49), line(3, 3.05, lead=0), line(4, 0.0189, lead=42, moq=10000),
        line(5, 4.20, lead=21), line(6, 41.90, lead=77, moq=200)],
       ["moq-above-quantity"])


# u411 a two-page PDF: page 1 carries the letterhead, the quote block, the column header and lines 1-4, with "Page 1
# of 2" and "continued"; page 2 REPEATS the letterhead line, the quote number and the COLUMN HEADER, then lines 5-6,
# the total and the terms. Resin and sheet "NO BID" -> declined; bearing $3.12, "Stock" -> 0; O-rings $0.0224,
# "2 weeks" -> 14 (Jun 12 + 14 = Jun 26, before Aug 17); hose $4.38 per M (RFQ unit M), "10 working days" -> 10 x 7/5
# = 14 (before Sep 1); kit $46.80 per SET, "14 weeks" -> 98 (Sep 18, before Sep 21). Quantities as asked -> null.
# Terms: "All prices in U.S. dollars. CPT Rockford, IL (Incoterms 2020). Quotation valid 30 days." -> CPT, Jun 12 +
# 30 = 2026-07-12 (not short). Partial, no-bid.
assert plus("2026-06-12", 98) == "2026-09-18" and close(1248 + 1120 + 3504 + 7020, 12892)
X411 = [40, 64, 146, 300, 350, 380, 440, 506]
HDR411 = ["Item", "Part Number", "Description", "Qty", "U/M", "Unit Price", "Ext. Price", "Lead Time"]


def u411_head(page):
    return ([(40, 800, 13, "DES PLAINES BEARING & HOSE, INC."),
             (40, 786, 8, "1470 Lee St, Des Plaines, IL 60018  |  847-555-0119"),
             (400, 800, 12, "QUOTATION"), (400, 786, 9, "DPB-260612"), (400, 774, 9, f"Page {page} of 2")]
            + ([(40, 750, 9, "Customer: Halvorsen Mfg.  -  Attn. Lena Marsh"), (40, 738, 9, "RFQ: HM-RFQ-2611"),
                (400, 750, 9, "Date: June 12, 2026"), (400, 738, 9, "Sales: Victor Almeida")] if page == 1 else [])
            + row(700 if page == 1 else 748, X411, HDR411) + [("rule", 40, 695 if page == 1 else 743, 555)])


P411_1 = (u411_head(1)
          + row(680, X411, ["1", "RES-PA66-GF30", "PA66 GF30 resin, black", "2,500", "KG", "NO BID", "", ""])
          + row(664, X411, ["2", "SHT-5052H32-030", "Sheet 5052-H32 3.0 mm", "90", "EA", "NO BID", "", ""])
          + row(648, X411, ["3", "BRG 6205-2RS", "Bearing 6205-2RS C3", "400", "EA", "$3.12", "$1,248.00", "Stock"])
          + row(632, X411, ["4", "OR-0120-NBR70", "O-ring 12 x 2 NBR 70", "50,000", "EA", "$0.0224", "$1,120.00",
                            "2 weeks"])
          + [(440, 600, 8, "continued on page 2"), (260, 50, 8, "Page 1 of 2")])
P411_2 = (u411_head(2)
          + row(728, X411, ["5", "HSE-2SN-08", "Hose EN 853 2SN DN12", "800", "M", "$4.38", "$3,504.00",
                            "10 working days"])
          + row(712, X411, ["6", "KIT-PX200-SEAL", "Seal kit PX-200 pump", "150", "SET", "$46.80", "$7,020.00",
                            "14 weeks"])
          + [("rule", 40, 700, 555)] + row(686, X411, ["", "", "", "", "", "Total", "$12,892.00", ""])
          + [(40, 650, 8, "All prices in U.S. dollars. CPT Rockford, IL (Incoterms 2020). Quotation valid 30 days."),
             (40, 638, 8, "Payment terms: net 30. Lead times from receipt of order."),
             (260, 50, 8, "Page 2 of 2")])
blind("u411-pdf-two-pages-letterhead-header-repeated", mail(H, "Victor Almeida <valmeida@desplaines-bh.example>", """Lena,

Our quotation DPB-260612 is attached.

Victor Almeida
Des Plaines Bearing & Hose
""", [(PDF, "DPB-260612.pdf", ruled_pdf([text_items(P411_1), text_items(P411_2)]))], "=_dpb_260612"),
       "partial", "USD", "2026-07-12", "CPT",
       [nob(1), nob(2), line(3, 3.12, lead=0), line(4, 0.0224, lead=14), line(5, 4.38, lead=14), line(6, 46.80, lead=98)],
       ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u412 a German two-sheet XLSX: sheet 1 "Deckblatt" (cover) with the offer header and the terms - "Währung EUR",
# "Lieferbedingung FCA Reutlingen (Incoterms 2020)" -> FCA, "Gültig bis" a date cell 31.07.2026 -> 2026-07-31 (not
# short), "Zahlungsbedingung 30 Tage netto", "Preise netto zzgl. MwSt." (a VAT remark, no deviation); sheet 2
# "Positionen" with the items (euro-formatted cells). Pos. 1 shaft 38,90 EUR -> 38.90, "8 Wochen" -> 56 (Jun 15 + 56 =
# Aug 10, before Aug 28); pos. 2, 3, 4 "kein Angebot" -> declined; pos. 5 bracket set 13,40 EUR per Satz -> 13.40,
# "6 Wochen" -> 42 (Jul 27, before Oct 9). Quantities as asked -> null. Body: "anbei unser Angebot". Partial, no-bid.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 42) == "2026-07-27"
U412_COVER = {"A1": {"v": "Neckartal Zerspanung GmbH", "s": 2},
              "A2": "Industriestraße 41, 72760 Reutlingen  |  Tel. +49 7121 555-0147",
              "A4": {"v": "Angebot", "s": 1}, "B4": "NZ-A-26-0412",
              "A5": {"v": "Datum", "s": 1}, "B5": {"v": serial(2026, 6, 15), "s": 8},
              "A6": {"v": "Kunde", "s": 1}, "B6": "Vossberg Maschinenbau, Herr Jonas Albers",
              "A7": {"v": "Ihre Anfrage", "s": 1}, "B7": "VM-RFQ-4418",
              "A9": {"v": "Konditionen", "s": 9},
              "A10": "Währung", "B10": "EUR",
              "A11": "Lieferbedingung", "B11": "FCA Reutlingen (Incoterms 2020)",
              "A12": "Gültig bis", "B12": {"v": serial(2026, 7, 31), "s": 8},
              "A13": "Zahlungsbedingung", "B13": "30 Tage netto",
              "A14": "Hinweis", "B14": "Preise netto zzgl. gesetzl. MwSt.; Positionen siehe Blatt 'Positionen'"}
U412_POS = {f"{c}1": {"v": h, "s": 9} for c, h in zip("ABCDEFGH", [
    "Pos.", "Artikel-Nr.", "Bezeichnung", "Menge", "ME", "Einzelpreis", "Gesamtpreis", "Lieferzeit"])}
for r, (pos, pn, desc, qty, me, price, lead) in enumerate([
        (1, "SH-2231-C rev B", "Antriebswelle 42CrMo4, 30 h6 x 412", 250, "Stk", 38.90, "8 Wochen"),
        (2, "HSG-1180-GJL", "Getriebegehäuse EN-GJL-250", 25, "Stk", None, None),
        (3, "FIT-316-G12-10", "Gerade Einschraubverschraubung G1/2-10", 2000, "Stk", None, None),
        (4, "DSBC-32-80-PPVA-N3", "Zylinder ISO 15552 32/80", 120, "Stk", None, None),
        (5, "2231-004-03", "Sensorhalter-Satz li./re., schwarz eloxiert", 150, "Satz", 13.40, "6 Wochen")], start=2):
    U412_POS.update({f"A{r}": pos, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": me})
    if price is None:
        U412_POS[f"F{r}"] = "kein Angebot"
    else:
        U412_POS.update({f"F{r}": {"v": price, "s": 7}, f"G{r}": {"v": round(qty * price, 2), "s": 7}, f"H{r}": lead})
blind2("u412-xlsx-deckblatt-then-positionen", mail(V, "Miriam Keßler <m.kessler@neckartal-zerspanung.example>", """Sehr geehrter Herr Albers,

anbei unser Angebot NZ-A-26-0412 zu Ihrer Anfrage VM-RFQ-4418.

Mit freundlichen Grüßen
Miriam Keßler
Neckartal Zerspanung GmbH
""", [(XLSX, "Angebot_NZ-A-26-0412.xlsx", book([("Deckblatt", U412_COVER, ["A1:D1"], cols(20, 60)),
                                                  ("Positionen", U412_POS, [], cols(6, 20, 40, 8, 6, 13, 13, 11))]))],
        "=_nz_0412"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 38.90, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 13.40, "EUR", lead=42)],
       ["no-bid"])


# u413 an Austrian distributor's XLSX whose net prices are FORMULAS with cached values: "Net price EUR" =
# ROUND(List*(1-Disc/100),2) and "Net total EUR" = Qty x Net price. Fitting list 5.60 less 25 % -> cached 4.20, "ex
# stock" -> 0; cylinder list 142.00 less 32 % -> cached 96.56, "3 weeks" -> 21 (Jun 15 + 21 = Jul 6, before Sep 11).
# The unit price is the NET price, not the list price. Quantities as asked -> null. Shaft, housing and bracket set
# appear nowhere -> missing-line. Below the table: "Offer valid for 21 days from 15.06.2026" -> 2026-07-06, earlier
# than Jul 10 -> validity-short; "CPT Bielefeld (Incoterms 2020)" -> CPT; EUR. Partial, missing-line, validity-short.
assert close(round(5.60 * (1 - 25 / 100), 2), 4.20) and close(round(142.00 * (1 - 32 / 100), 2), 96.56)
assert plus("2026-06-15", 21) == "2026-07-06"
U413 = {"A1": {"v": "ALPENFLUID Handels GmbH - Offer AF-26-10377", "s": 2},
        "A2": "Customer: Vossberg Maschinenbau, Mr Jonas Albers  |  Your enquiry VM-RFQ-4418  |  15.06.2026"}
U413.update({f"{c}4": {"v": h, "s": 9} for c, h in zip("ABCDEFGHIJ", [
    "Pos.", "Article no.", "Description", "Qty", "Unit", "List price EUR", "Disc. %", "Net price EUR", "Net total EUR",
    "Delivery time"])})
for r, (pos, pn, desc, qty, lst, disc, lead) in enumerate([
        (3, "FIT-316-G12-10", "Male stud connector G1/2 - 10 mm, 1.4404", 2000, 5.60, 25, "ex stock"),
        (4, "DSBC-32-80-PPVA-N3", "Festo ISO cylinder DSBC-32-80-PPVA-N3", 120, 142.00, 32, "3 weeks")], start=5):
    net = round(lst * (1 - disc / 100), 2)
    U413.update({f"A{r}": pos, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 6}, f"E{r}": "pcs",
                 f"F{r}": {"v": lst, "s": 7}, f"G{r}": disc,
                 f"H{r}": {"v": net, "s": 7, "f": f"ROUND(F{r}*(1-G{r}/100),2)"},
                 f"I{r}": {"v": round(qty * net, 2), "s": 7, "f": f"D{r}*H{r}"}, f"J{r}": lead})
U413.update({"A8": "Offer valid for 21 days from 15.06.2026. CPT Bielefeld (Incoterms 2020). All prices in EUR, excl. VAT.",
             "A9": "Stefan Pichler, Sales - +43 662 555 0139"})
blind2("u413-xlsx-formula-net-price-short-validity", mail(V, "Stefan Pichler <s.pichler@alpenfluid.example>", """Hello Mr Albers,

please find our offer attached.

Kind regards
Stefan Pichler
ALPENFLUID Handels GmbH, Salzburg
""", [(XLSX, "AF-26-10377.xlsx", book([("Offer", U413, ["A1:J1"], cols(6, 20, 38, 8, 6, 13, 8, 13, 13, 12))]))],
        "=_af_10377"),
       "partial", "EUR", "2026-07-06", "CPT",
       [line(3, 4.20, "EUR", lead=0), line(4, 96.56, "EUR", lead=21)],
       ["missing-line", "validity-short"])


# u414 a Czech job shop's comma CSV with a UTF-8 byte-order mark and a "Remarks" column in the MIDDLE of the record whose
# quoted text holds line breaks, so the lead time after it sits on the next physical line. Shaft 40.80, remarks
# "Quoted to drawing rev B." / "Grinding of 30 h6 included.", "9 weeks" -> 63 (Jun 15 + 63 = Aug 17, before Aug 28);
# housing "1,185.00" (quoted: it holds a comma) -> 1185.00, remarks "Cast by our partner foundry." / "One-time pattern
# charge EUR 2,400.00, not included in the unit price." -> note, "14 weeks" -> 98 (Sep 21, before Oct 2); fitting and
# cylinder "no quote" in the price field (remarks "Catalogue part -" / "...") -> declined; bracket set 12.60 per set,
# "5 weeks" -> 35 (Jul 20, before Oct 9). Quantities as asked -> null. Body: "DAP Bielefeld", "validity 60 days" ->
# DAP, Jun 15 + 60 = 2026-08-14 (not short); EUR. Partial, no-bid and note.
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 60) == "2026-08-14"
U414_CSV = csv_bytes([
    ["Item", "Part number", "Description", "Qty", "UoM", "Unit price (EUR)", "Amount (EUR)", "Remarks", "Lead time"],
    [1, "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412 mm", 250, "pcs", "40.80", "10,200.00",
     "Quoted to drawing rev B.\nGrinding of 30 h6 included.", "9 weeks"],
    [2, "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, primed", 25, "pcs", "1,185.00", "29,625.00",
     "Cast by our partner foundry.\nOne-time pattern charge EUR 2,400.00, not included in the unit price.", "14 weeks"],
    [3, "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", 2000, "pcs", "no quote", "",
     "Catalogue part -\nplease ask a fittings distributor.", ""],
    [4, "DSBC-32-80-PPVA-N3", "Cylinder ISO 15552 32/80", 120, "pcs", "no quote", "",
     "Catalogue part -\nnot our business.", ""],
    [5, "2231-004-03", "Sensor bracket set L+R, black anodised", 150, "set", "12.60", "1,890.00", "", "5 weeks"],
])
assert close(250 * 40.80, 10200) and close(25 * 1185, 29625) and close(150 * 12.60, 1890)
blind2("u414-csv-bom-multiline-remarks-pattern-charge", mail(V, "Tomáš Dvořák <t.dvorak@morava-cnc.example>", """Dear Mr Albers,

our quotation is attached as a CSV file. Delivery terms DAP Bielefeld, validity 60 days.

Best regards
Tomáš Dvořák
Morava CNC s.r.o.
""", [("text/csv", "MCNC-Q-2026-188.csv", U414_CSV)], "=_mcnc_188"),
       "partial", "EUR", "2026-08-14", "DAP",
       [line(1, 40.80, "EUR", lead=63), line(2, 1185.00, "EUR", lead=98), nob(3), nob(4), line(5, 12.60, "EUR", lead=35)],
       ["no-bid", "note"])


# u415 a German ERP export: SEMICOLON CSV in windows-1252 ("Getriebegehäuse"), DECIMAL COMMAS with dot thousands
# ("1.142,00", "9.937,50"), and a "Liefertermin" column holding delivery DATES (dd.mm.yyyy, every day above 12) instead
# of lead times, counted from the Date header (Mon 15 Jun): shaft 39,75 -> 39.75, 21.08.2026 -> 67 days (before Aug
# 28); housing 1.142,00 -> 1142.00, 16.10.2026 -> 123 days (AFTER the Oct 2 need-by -> lead-time-after-need-by);
# bracket set 12,95 per Satz -> 12.95, 18.09.2026 -> 95 days (before Oct 9). Fitting and cylinder neither in the file
# nor in the body -> missing-line. Quantities as asked -> null. Body: "Preise in EUR netto, Lieferung FCA Haslach
# (Incoterms 2020), Angebot gültig bis 14.08.2026" -> FCA, 2026-08-14 (not short). Partial.
assert days("2026-06-15", "2026-08-21") == 67 and days("2026-06-15", "2026-10-16") == 123 and days("2026-06-15", "2026-09-18") == 95
assert close(250 * 39.75, 9937.50) and close(25 * 1142, 28550) and close(150 * 12.95, 1942.50)
U415_CSV = csv_bytes([
    ["Pos", "Artikelnummer", "Bezeichnung", "Menge", "ME", "Einzelpreis EUR", "Gesamtpreis EUR", "Liefertermin"],
    ["1", "SH-2231-C rev B", "Antriebswelle 42CrMo4 30h6x412", "250", "Stk", "39,75", "9.937,50", "21.08.2026"],
    ["2", "HSG-1180-GJL", "Getriebegehäuse EN-GJL-250 bearb.", "25", "Stk", "1.142,00", "28.550,00", "16.10.2026"],
    ["5", "2231-004-03", "Sensorhalter-Satz li+re, schwarz eloxiert", "150", "Satz", "12,95", "1.942,50", "18.09.2026"],
], delimiter=";", bom=False, encoding="cp1252")
blind2("u415-csv-semicolon-cp1252-delivery-dates", mail(V, "Jürgen Maier <j.maier@kinzig-praezision.example>", """Hallo Herr Albers,

anbei unser Angebot AN-26-0733 als CSV (Export aus dem ERP). Preise in EUR netto, Lieferung FCA Haslach \
(Incoterms 2020), Angebot gültig bis 14.08.2026.

Gruß
Jürgen Maier
Kinzig Präzisionsteile GmbH
""", [("text/csv; charset=windows-1252", "AN-26-0733.csv", U415_CSV)], "=_kinzig_0733"),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 39.75, "EUR", lead=67), line(2, 1142.00, "EUR", lead=123), line(5, 12.95, "EUR", lead=95)],
       ["lead-time-after-need-by", "missing-line"])


# u416 an Italian PDF offer whose terms are a numbered list in a RULED BOX at the bottom ("1. Prices in EUR, net,
# excluding VAT. 2. Delivery EXW Monza (Incoterms 2020) ... 3. This offer is valid for 30 days from its date." - the
# offer date printed at the top is 15/06/2026, the Date header's -> 2026-07-15, not short), and a body that CORRECTS
# one printed value: "the delivery time for the gearbox housing (pos. 2) is 16 weeks, not 10 weeks as printed" - the
# correction wins. Shaft 42.30, "9 weeks" -> 63 (Jun 15 + 63 = Aug 17, before Aug 28); housing 1,210.00, 16 weeks ->
# 112 (Oct 5, AFTER the Oct 2 need-by -> lead-time-after-need-by; the printed 10 weeks would have been in time);
# bracket set 11.85 per set, "6 weeks" -> 42 (Jul 27, before Oct 9). Fitting and cylinder appear nowhere ->
# missing-line. Quantities as asked -> null. EXW, EUR. Partial, lead-time-after-need-by and missing-line.
assert plus("2026-06-15", 112) == "2026-10-05" and plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 30) == "2026-07-15"
assert close(250 * 42.30 + 25 * 1210 + 150 * 11.85, 42602.50)
X416 = [40, 68, 160, 330, 372, 440, 506]
P416 = ([(40, 800, 13, "OFFICINE MECCANICHE BRIANZA S.r.l."), (40, 786, 8, "Via dell'Artigianato 22, 20900 Monza (MB), Italia"),
         (40, 775, 8, "Tel. +39 039 555 0182  |  P.IVA IT 05512870961"),
         (400, 800, 12, "OFFER OMB-2026-0615"), (400, 786, 9, "Date: 15/06/2026"),
         (400, 774, 9, "Your enquiry: VM-RFQ-4418"),
         (40, 744, 9, "Vossberg Maschinenbau - Mr Jonas Albers")]
        + row(710, X416, ["Pos.", "Part number", "Description", "Qty", "Unit price EUR", "Total EUR", "Delivery"])
        + [("rule", 40, 705, 555)]
        + row(690, X416, ["1", "SH-2231-C rev B", "Drive shaft 42CrMo4 30 h6", "250", "42.30", "10,575.00", "9 weeks"])
        + row(674, X416, ["2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "25", "1,210.00", "30,250.00", "10 weeks"])
        + row(658, X416, ["5", "2231-004-03", "Sensor bracket set L+R", "150 sets", "11.85", "1,777.50", "6 weeks"])
        + [("rule", 40, 648, 555)]
        + row(634, X416, ["", "", "", "", "Total", "42,602.50", ""])
        + [("box", 40, 60, 515, 120), ("fill", 40, 160, 515, 20, 0.88), ("rule", 40, 160, 555),
           (48, 166, 9, "GENERAL TERMS OF OFFER")]
        + [(48, 144 - 15 * i, 8, t) for i, t in enumerate([
            "1. Prices in EUR, net, excluding VAT.",
            "2. Delivery EXW Monza (Incoterms 2020), standard export packing included.",
            "3. This offer is valid for 30 days from its date.",
            "4. Payment: 60 days end of month.",
            "5. Delivery times in weeks from order and approved drawings."])])
blind2("u416-pdf-terms-box-body-corrects-lead-time", mail(V, "Luca Ferrario <l.ferrario@om-brianza.example>", """Dear Mr Albers,

please find our offer OMB-2026-0615 attached.

One correction: the delivery time for the gearbox housing (pos. 2) is 16 weeks, not 10 weeks as printed - our \
foundry has just confirmed the later date.

Best regards,
Luca Ferrario
Officine Meccaniche Brianza S.r.l.
""", [(PDF, "OMB-2026-0615.pdf", ruled_pdf([text_items(P416)]))], "=_omb_0615"),
       "partial", "EUR", "2026-07-15", "EXW",
       [line(1, 42.30, "EUR", lead=63), line(2, 1210.00, "EUR", lead=112), line(5, 11.85, "EUR", lead=42)],
       ["lead-time-after-need-by", "missing-line"])


if __name__ == "__main__":
    ROUND.write()
