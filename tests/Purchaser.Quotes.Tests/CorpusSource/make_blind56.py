#!/usr/bin/env python3
"""Writes replies u881..u896 (Corpus/u*.eml + expected u*.json) - the fifty-sixth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is A NINTH ORDINARY MIXED MAILBOX, ATTACHMENT-HEAVY: sixteen ordinary replies whose quote sits mostly
in an attachment. A Pennsylvania fastener house's comma CSV with its own header wording and a "Price Per" column (1 /
1000), freight excluded in the body, the buyer's request quoted below; a Midlands stockist's XLSX in GBP with a title
block, its own column order (Description first), a "Per" 100 column and a totals row; a Massachusetts distributor's
PDF quotation (letterhead, table with per-1 / per-100 / per-1000 prices, a one-time die row, terms at the foot); a
Carolina spring maker's REVISED PDF (Rev. 1 supersedes the quote quoted below it, whose old prices no longer count); a
Quebec distributor's semicolon CSV WITHOUT a header row (columns described in the body), decimal commas, CAD, springs in
full boxes; and a Mainz fastener house's XLSX in EUR where the body says line 3 is an alternate. A Peoria ERP's comma CSV
with lead times in calendar days and a per-100 hose price; a Venlo distributor's PDF in EUR for resin and sheet that the
body summarises; a Milwaukee fluid-power house's XLSX with a per-100 column, MOQs (one above the quantity), NO QUOTE rows
and a totals row, freight excluded; an Illinois distributor returning the buyer's sheet with "Regret" on every line (a
full no-bid with its reason); and a Stockport seal house's PDF in GBP with an alternate bearing, summarised in the body.
An Austrian machine shop's German PDF Angebot with a one-time pattern charge; a Hull stockist's XLSX in GBP held for 21
days; a Sauerland fittings house's semicolon CSV with a German header, "Preiseinheit 100" and "Arbeitstage"; a Dutch
pneumatics distributor's PDF with fittings per pack of 10 and an energy surcharge the body says may be added; and a
Polish machine shop's XLSX for all five lines with a minimum batch above the housing quantity.
Freight, VAT, packing and payment remarks are no deviations; one-time charges and surcharges that may be added are
notes. The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import datetime
import io

from make_corpus import line, nob, pdf  # expected-line shapes, the text-layer PDF writer
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind3 import excel_serial  # a date as an Excel serial number
from make_blind5 import check_page, file_part, multipart, row, text_part, workbook  # MIME parts, PDF rows, styled XLSX
from blind_round import Round, close, plus, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(881)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def quoted(text):
    """Quotes text the way mail clients do ("> " before every line, a bare ">" on empty ones)."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


def csv_text(rows, delimiter=",", quoting=csv.QUOTE_MINIMAL):
    """Rows written as a CSV export (CRLF line ends)."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def grid(rows, first=1):
    """A list of rows (lists of cell values, "" = empty) as workbook() cells starting at row `first`, column A."""
    cells = {}
    for r, values in enumerate(rows, start=first):
        for c, v in enumerate(values):
            if v != "" and v is not None:
                cells["ABCDEFGHIJKL"[c] + str(r)] = v
    return cells


def bold(v):
    return {"v": v, "s": 5}


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.
# quantities: L1 5,000 EA, L2 1,500 M, L3 20,000 EA, L4 120 EA, L5 8,000 EA.

REQUEST_0619 = """Hello Joe,

Please quote the items below by Friday, June 12 (RFQ NR-RFQ-0619):

1  GSK-EPDM-80    Gasket EPDM 70A, die-cut 80 x 62 x 3     5,000 EA   need by 08/03/2026
2  CBL-4C22-PUR   Cable 4 x 22 AWG shielded PUR            1,500 M    need by 07/20/2026
3  SCR-M4X10-A2   SHCS M4 x 10, A2-70                     20,000 EA   need by 07/13/2026
4  PLT-0915-R2    Motor base plate 6082-T6                   120 EA   need by 08/17/2026
5  SPR-C0630-302  Compression spring 302 SS                8,000 EA   need by 07/27/2026

Thank you,
Nora Reyes
Purchasing, Northridge Robotics"""

# u881 a Pennsylvania fastener and spring house; the quote is a comma CSV export, every field quoted, with the vendor's own
# header wording (Quote # | Ln | Your Part # | Description | Qty | U/M | Unit Price | Price Per | Ext Price | Lead Time).
# "Ln" is the RFQ line (1, 3, 5) and the part numbers agree. Gasket 0.184 per 1 -> 0.184 (x 5,000 = 920.00), "5 WKS" ->
# 35 (Jul 10, before Aug 3). Screws 29.40 per 1000 -> 0.0294 (x 20,000 = 588.00), "STOCK" -> 0. Springs 68.90 per 1000
# -> 0.0689 (x 8,000 = 551.20), "4 WKS" -> 28 (Jul 3, before Jul 27). Quantities are the RFQ's -> null. The body
# declines lines 2 and 4 ("no quote on lines 2 and 4") -> noBid. "Prices in the attached exclude freight - FOB
# Allentown, PA, prepay & add" is a freight remark (no deviation) -> FOB. "Quote valid through 07/24/2026" -> 2026-07-24
# (not short). The buyer's request quoted below carries quantities and need-by dates - not a quote. USD. Partial.
assert close(29.40 / 1000, 0.0294) and close(68.90 / 1000, 0.0689)
assert close(5000 * 0.184, 920.00) and close(20000 * 0.0294, 588.00) and close(8000 * 0.0689, 551.20)
assert plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 28) == "2026-07-03"
U881_CSV = csv_text([
    ["Quote #", "Ln", "Your Part #", "Description", "Qty", "U/M", "Unit Price", "Price Per", "Ext Price", "Lead Time"],
    ["LV-60512", "1", "GSK-EPDM-80", "GASKET EPDM 70A 80OD X 62ID X 3MM", "5000", "EA", "0.184", "1", "920.00", "5 WKS"],
    ["LV-60512", "3", "SCR-M4X10-A2", "SHCS M4 X 10 ISO 4762 A2-70", "20000", "EA", "29.40", "1000", "588.00", "STOCK"],
    ["LV-60512", "5", "SPR-C0630-302", "COMP SPRING .6 WIRE 6.3 OD 30 FL 302SS", "8000", "EA", "68.90", "1000", "551.20", "4 WKS"],
], quoting=csv.QUOTE_ALL)
sample("u881-csv-comma-price-per-freight-excluded", S.with_attachment("Joe Kowalski <jkowalski@lehighvalley-fs.example>", """Hi Nora,

Thanks for sending over NR-RFQ-0619. Our quote LV-60512 is attached as a CSV (straight out of our system, so the
screws and springs are priced per thousand - see the Price Per column).

We don't carry cable and we don't do machined parts, so no quote on lines 2 and 4.

Prices in the attached exclude freight - FOB Allentown, PA, prepay & add. Quote valid through 07/24/2026.

Thanks,
Joe Kowalski
Inside Sales | Lehigh Valley Fastener & Spring Co.
2150 Mack Blvd, Allentown, PA 18103
P 610-555-0181   F 610-555-0182

On Mon, Jun 1, 2026 at 8:05 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + quoted(REQUEST_0619), "text/csv", "LV-60512.csv", U881_CSV.encode("utf-8")),
       "partial", "USD", "2026-07-24", "FOB",
       [line(1, 0.184, lead=35), nob(2), line(3, 0.0294, lead=0), nob(4), line(5, 0.0689, lead=28)],
       ["no-bid"])


# u882 a Midlands stockist's XLSX (shared strings, styles, formulas with cached values): a title block (company, address,
# quotation no., customer, enquiry, date as a date cell, "Valid until 31 July 2026", "Currency GBP", "Delivery FCA
# Tamworth (Incoterms 2020)"), then the table in the vendor's own column order Description | Your Ref | Qty | UoM |
# Lead Time | Unit Price (GBP) | Per | Line Total (GBP) | Remarks, and a "Total (excl. VAT)" row under it.
# Gasket 0.148 per 1, "4 weeks" -> 28 (Jul 3, before Aug 3). Cable 1.12 per 1 M (per metre), "3 weeks" -> 21 (Jun 26,
# before Jul 20). Screws 2.35 per 100 -> 0.0235, "ex stock" -> 0. Plate "No quote" (machined parts not in our range) ->
# declined. Springs 5.75 per 100 -> 0.0575, "6 weeks" -> 42 (Jul 17, before Jul 27). Quantities are the RFQ's -> null.
# The totals row (3,350.00) and line totals are not unit prices; "excl. VAT" is no deviation. GBP (currency-differs);
# 2026-07-31 (not short); FCA. Partial.
assert close(2.35 / 100, 0.0235) and close(5.75 / 100, 0.0575) and plus("2026-06-05", 42) == "2026-07-17"
assert close(5000 * 0.148 + 1500 * 1.12 + 20000 * 2.35 / 100 + 8000 * 5.75 / 100, 3350.00)
C882 = {"A1": {"v": "TAMWORTH INDUSTRIAL COMPONENTS LTD", "s": 6},
        "A2": "Unit 7, Centurion Park, Tamworth B77 5PN  |  01827 555 048  |  sales@tamworth-ic.example",
        "A4": bold("Quotation"), "C4": "TIC-Q-10388",
        "A5": bold("Customer"), "C5": "Northridge Robotics - Nora Reyes",
        "A6": bold("Your enquiry"), "C6": "NR-RFQ-0619",
        "A7": bold("Date"), "C7": {"v": excel_serial(datetime.date(2026, 6, 5)), "s": 3},
        "A8": bold("Valid until"), "C8": "31 July 2026",
        "A9": bold("Currency"), "C9": "GBP",
        "A10": bold("Delivery"), "C10": "FCA Tamworth (Incoterms 2020)"}
C882.update(grid([[bold(h) for h in ("Description", "Your Ref", "Qty", "UoM", "Lead Time", "Unit Price (GBP)", "Per",
                                     "Line Total (GBP)", "Remarks")]], first=12))
for r, (desc, ref, qty, uom, lead, price, per, remark) in enumerate([
        ("Gasket EPDM 70 Sh A, 80 x 62 x 3 die-cut", "GSK-EPDM-80", 5000, "EA", "4 weeks", 0.148, 1, ""),
        ("Cable 4 x 22AWG screened, PUR, black", "CBL-4C22-PUR", 1500, "M", "3 weeks", 1.12, 1, "cut to length"),
        ("Socket cap screw M4 x 10 A2-70", "SCR-M4X10-A2", 20000, "EA", "ex stock", 2.35, 100, ""),
        ("Motor base plate 6082-T6", "PLT-0915-R2", 120, "EA", "", "No quote", "", "machined parts not in our range"),
        ("Compression spring 302 S/S 0.6 x 6.3 x 30", "SPR-C0630-302", 8000, "EA", "6 weeks", 5.75, 100, "")], start=13):
    C882.update(grid([[desc, ref, {"v": qty, "s": 7}, uom, lead, price if isinstance(price, str) else {"v": price, "s": 1},
                       per, remark]], first=r))
    if not isinstance(price, str):
        C882[f"H{r}"] = {"v": round(qty * price / per, 2), "s": 2, "f": f"C{r}*F{r}/G{r}"}
C882["G18"] = bold("Total (excl. VAT)")
C882["H18"] = {"v": 3350.0, "s": 2, "f": "SUM(H13:H17)"}
sample("u882-xlsx-gbp-title-block-per-100-total-row", S.with_attachment("Gemma Hartley <g.hartley@tamworth-ic.example>", """Dear Nora,

Thank you for your enquiry NR-RFQ-0619. Please find attached our quotation TIC-Q-10388.

All prices are in pounds sterling and exclude VAT. I'm afraid we cannot help with the motor base plate, as noted on
the sheet.

Kind regards,

Gemma Hartley
Internal Sales
Tamworth Industrial Components Ltd
Unit 7, Centurion Park, Tamworth B77 5PN, United Kingdom
Tel: +44 (0)1827 555 048
Registered in England No. 05518822""", XLSX, "TIC-Q-10388.xlsx",
                                      workbook(C882, merges=("A1:I1",), sheet_name="Quotation", dim="A1:I18")),
       "partial", "GBP", "2026-07-31", "FCA",
       [line(1, 0.148, "GBP", lead=28), line(2, 1.12, "GBP", lead=21), line(3, 0.0235, "GBP", lead=0), nob(4),
        line(5, 0.0575, "GBP", lead=42)],
       ["currency-differs", "no-bid"])


# u883 a Massachusetts distributor's one-page PDF quotation with a text layer: letterhead left, "QUOTATION" with number,
# date and validity on the right, a nine-column table Ln | Part Number | Description | Qty | UM | Unit Price | Per |
# Extended | Delivery, a tooling row without a line number, subtotal, and numbered terms at the foot ("Per" is the price
# unit). Gasket 186.50 per 1000 -> 0.1865, 4 wks -> 28 (Jul 3, before Aug 3). Cable 1.395 per 1 (M) -> 1.395, 3 wks ->
# 21 (Jun 26, before Jul 20). Screws 3.05 per 100 -> 0.0305, Stock -> 0. Plate 43.75 per 1, 8 wks -> 56 (Jul 31,
# before Aug 17). Springs 71.40 per 1000 -> 0.0714, 5 wks -> 35 (Jul 10, before Jul 27). Quantities are the RFQ's ->
# null. "Steel rule die, one-time" 185.00 -> a one-off die charge: note (not a line). Extended amounts and the subtotal
# are never unit prices. "Valid until: July 17, 2026" -> 2026-07-17 (not short); "FCA Worcester, MA" -> FCA. USD.
# Every line priced -> parsed.
assert close(186.50 / 1000, 0.1865) and close(3.05 / 100, 0.0305) and close(71.40 / 1000, 0.0714)
assert close(5000 * 0.1865, 932.50) and close(1500 * 1.395, 2092.50) and close(20000 * 0.0305, 610.00)
assert close(120 * 43.75, 5250.00) and close(8000 * 0.0714, 571.20)
assert close(932.50 + 2092.50 + 610.00 + 5250.00 + 571.20 + 185.00, 9641.20)
assert plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 21) == "2026-06-26"
X883 = [50, 66, 140, 268, 308, 330, 384, 412, 470]
P883 = check_page(
    [(50, 800, 13, "BLACKSTONE VALLEY INDUSTRIAL SUPPLY, INC."), (430, 800, 16, "QUOTATION"),
     (50, 786, 8, "88 Goddard Memorial Dr, Worcester, MA 01603"), (430, 784, 9, "No.: BVIS-Q-31207"),
     (50, 775, 8, "Tel. 508-555-0116  |  quotes@blackstone-vis.example"), (430, 772, 9, "Date: June 5, 2026"),
     (430, 760, 9, "Valid until: July 17, 2026"),
     (50, 736, 9, "Quote to:  Northridge Robotics - Nora Reyes, Purchasing"), (330, 736, 9, "Your RFQ: NR-RFQ-0619")]
    + row(704, X883, ["Ln", "Part Number", "Description", "Qty", "UM", "Unit Price", "Per", "Extended", "Delivery"])
    + row(688, X883, ["1", "GSK-EPDM-80", "Gasket EPDM 70A 80x62x3", "5,000", "EA", "186.50", "1000", "932.50", "4 wks"])
    + row(672, X883, ["2", "CBL-4C22-PUR", "Cable 4x22 AWG shld PUR", "1,500", "M", "1.395", "1", "2,092.50", "3 wks"])
    + row(656, X883, ["3", "SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2", "20,000", "EA", "3.05", "100", "610.00", "Stock"])
    + row(640, X883, ["4", "PLT-0915-R2", "Motor base plate 6082-T6", "120", "EA", "43.75", "1", "5,250.00", "8 wks"])
    + row(624, X883, ["5", "SPR-C0630-302", "Comp. spring 302 SS", "8,000", "EA", "71.40", "1000", "571.20", "5 wks"])
    + row(608, X883, ["", "TOOLING", "Steel rule die, one-time", "1", "LOT", "185.00", "1", "185.00", ""])
    + row(584, X883, ["", "", "", "", "", "Subtotal", "", "9,641.20", ""])
    + [(50, 552, 8, "Terms and conditions"),
       (50, 540, 8, "1. All prices in US dollars, FCA Worcester, MA (Incoterms 2020)."),
       (50, 528, 8, "2. Per = price unit: 1 = each (or per metre for cable), 100 = per hundred, 1000 = per thousand pieces."),
       (50, 516, 8, "3. Delivery in weeks after receipt of order. Stock items subject to prior sale."),
       (50, 504, 8, "4. The steel rule die is a one-time charge and remains our property."),
       (50, 492, 8, "5. Payment net 30 days. Quotation valid until the date shown above."),
       (270, 60, 8, "Page 1 of 1")])
sample("u883-pdf-letterhead-per-column-die-row", S.with_attachment("Kevin Doherty <kdoherty@blackstone-vis.example>", """Good morning Nora,

Thank you for the opportunity. Our quotation BVIS-Q-31207 for RFQ NR-RFQ-0619 is attached (PDF) - all five lines.

Regards,
Kevin Doherty
Account Manager
Blackstone Valley Industrial Supply, Inc.
88 Goddard Memorial Dr, Worcester, MA 01603
508-555-0116 (office) | 508-555-0117 (cell)""", "application/pdf", "BVIS-Q-31207.pdf", pdf([P883])),
       "parsed", "USD", "2026-07-17", "FCA",
       [line(1, 0.1865, lead=28), line(2, 1.395, lead=21), line(3, 0.0305, lead=0), line(4, 43.75, lead=56),
        line(5, 0.0714, lead=35)],
       ["note"])


# u884 a REVISED quote: "Please disregard our quotation CSS-4471 from Wednesday - the attached CSS-4471 Rev. 1 supersedes
# it." The Wednesday message is quoted below with the OLD prices (screws $34.60/M 4 weeks, springs $76.50/M 5 weeks,
# valid until June 30) - quoted history, no longer counts. The Rev. 1 PDF: gasket 0.205 each, 5 weeks -> 35 (Jul 10,
# before Aug 3); cable "No quote"; screws 31.80 per 1,000 -> 0.0318, "Stock" -> 0; plate "No quote"; springs 69.80 per
# 1,000 -> 0.0698, 4 weeks -> 28 (Jul 3, before Jul 27). Quantities the RFQ's -> null. Rev. 1 "Valid until: July 10,
# 2026" -> 2026-07-10 (not short); "FCA Gastonia, NC" -> FCA. USD. Partial, no-bid.
assert close(31.80 / 1000, 0.0318) and close(69.80 / 1000, 0.0698)
assert close(20000 * 0.0318, 636.00) and close(8000 * 0.0698, 558.40) and close(5000 * 0.205, 1025.00)
X884 = [50, 76, 152, 268, 318, 346, 398, 444, 500]
P884 = check_page(
    [(50, 800, 14, "CAROLINA SPRING & STAMPING, INC."), (400, 800, 13, "QUOTATION"),
     (50, 786, 8, "410 Linwood Rd, Gastonia, NC 28052  |  704-555-0158"), (400, 786, 9, "CSS-4471 Rev. 1"),
     (400, 774, 9, "Date: June 5, 2026"), (400, 762, 9, "Supersedes CSS-4471 of June 3, 2026"),
     (50, 740, 9, "To: Northridge Robotics, Attn. Nora Reyes"), (400, 740, 9, "Your ref.: NR-RFQ-0619")]
    + row(708, X884, ["Line", "Part No.", "Description", "Qty", "UM", "Price", "Per", "Amount", "Lead time"])
    + row(692, X884, ["1", "GSK-EPDM-80", "Gasket EPDM 70A die-cut", "5,000", "EA", "0.205", "1", "1,025.00", "5 weeks"])
    + row(676, X884, ["2", "CBL-4C22-PUR", "Cable 4x22 AWG PUR", "1,500", "M", "No quote", "", "", ""])
    + row(660, X884, ["3", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000", "EA", "31.80", "1,000", "636.00", "Stock"])
    + row(644, X884, ["4", "PLT-0915-R2", "Motor base plate", "120", "EA", "No quote", "", "", ""])
    + row(628, X884, ["5", "SPR-C0630-302", "Comp. spring 302 SS", "8,000", "EA", "69.80", "1,000", "558.40", "4 weeks"])
    + [(50, 596, 8, "Prices in USD. Per = price unit (1 = each, 1,000 = per thousand pieces)."),
       (50, 584, 8, "Delivery FCA Gastonia, NC (Incoterms 2020). Payment net 30 days."),
       (50, 572, 8, "Valid until: July 10, 2026."),
       (50, 560, 8, "This revision replaces all earlier prices quoted under CSS-4471.")])
sample("u884-revised-pdf-rev-1-supersedes-quoted-quote", S.with_attachment("Wes Tolliver <wtolliver@carolina-ss.example>", """Nora,

Please disregard our quotation CSS-4471 from Wednesday - the attached CSS-4471 Rev. 1 supersedes it.
We got a better price on the 302 wire, so the springs came down, and the screws are now available from stock.
Gasket unchanged. Still no quote on the cable and the plate, sorry.

Wes Tolliver
Carolina Spring & Stamping, Inc.
410 Linwood Rd, Gastonia, NC 28052
704-555-0158

-----Original Message-----
From: Wes Tolliver <wtolliver@carolina-ss.example>
Sent: Wednesday, June 3, 2026 3:47 PM
To: Nora Reyes <nreyes@northridge.example>
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Nora,

Quotation CSS-4471 attached. Summary:

GSK-EPDM-80     $0.205 ea      5 weeks
SCR-M4X10-A2    $34.60 / M     4 weeks
SPR-C0630-302   $76.50 / M     5 weeks

Cable and plate: no quote.
Valid until June 30, 2026. FCA Gastonia, NC.

Wes""", "application/pdf", "CSS-4471_Rev1.pdf", pdf([P884])),
       "partial", "USD", "2026-07-10", "FCA",
       [line(1, 0.205, lead=35), nob(2), line(3, 0.0318, lead=0), nob(4), line(5, 0.0698, lead=28)],
       ["no-bid"])


# u885 a Quebec distributor; the CSV export has NO header row, ';' separators and decimal commas, and the body names the
# columns: RFQ line; your part number; quantity; unit price in CAD (per piece, per metre for the cable); lead time in
# weeks. Gasket 0,245 -> 0.245, 5 -> 35 (Jul 10, before Aug 3). Cable 1,89 per metre, 3 -> 21 (Jun 26, before Jul 20).
# Screws 0,041, 0 weeks -> 0. Plate 58,40, 7 -> 49 (Jul 24, before Aug 17). Springs "packed 1 200 per box, so we quoted 7
# boxes = 8 400 pcs" (8,000 / 1,200 = 6.67 -> 7 boxes) -> quantity 8400 (quantity-differs), 0,092, 4 -> 28 (Jul 3,
# before Jul 27). The other quantities are the RFQ's -> null. "All prices in Canadian dollars" -> CAD
# (currency-differs). "valid 30 days" from Fri 5 Jun -> 2026-07-05 (not short); "DAP Dayton, OH" -> DAP. Every line
# priced -> parsed.
assert 6 * 1200 < 8000 <= 7 * 1200 == 8400 and plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 49) == "2026-07-24"
U885_CSV = csv_text([["1", "GSK-EPDM-80", "5000", "0,245", "5"],
                     ["2", "CBL-4C22-PUR", "1500", "1,89", "3"],
                     ["3", "SCR-M4X10-A2", "20000", "0,041", "0"],
                     ["4", "PLT-0915-R2", "120", "58,40", "7"],
                     ["5", "SPR-C0630-302", "8400", "0,092", "4"]], delimiter=";")
sample("u885-csv-semicolon-no-header-cad-boxes", S.with_attachment("Mathieu Bélanger <mbelanger@laurentide-di.example>", """Hi Nora,

Our quote for NR-RFQ-0619 is in the attached CSV. It comes from our ERP and has no header line, so here are the
columns, in order:

  RFQ line ; your part number ; quantity ; unit price in CAD (per piece, per metre for the cable) ; lead time in weeks

A lead time of 0 means from stock. The springs are packed 1 200 per box, so we quoted 7 boxes = 8 400 pcs.

All prices in Canadian dollars, DAP Dayton, OH (Incoterms 2020). Quote valid 30 days.

Merci et bonne journée,
Mathieu Bélanger
Représentant des ventes / Sales Representative
Distribution Industrielle Laurentide inc.
1275 boul. du Grand-Héron, Saint-Jérôme (Québec) J7Y 3G1
Tél. 450 555-0123 poste 214""", "text/csv; charset=\"windows-1252\"", "soumission_NR-RFQ-0619.csv", U885_CSV.encode("cp1252")),
       "parsed", "CAD", "2026-07-05", "DAP",
       [line(1, 0.245, "CAD", lead=35), line(2, 1.89, "CAD", lead=21), line(3, 0.041, "CAD", lead=0),
        line(4, 58.40, "CAD", lead=49), line(5, 0.092, "CAD", qty=8400, lead=28)],
       ["currency-differs", "quantity-differs"])


# u886 a Mainz fastener house's XLSX (inline strings) in EUR: a title block (quotation no., date, "Valid until
# 31.07.2026", "Delivery FCA Mainz (Incoterms 2020)", "Currency EUR") above the table Pos. | Qty | Unit | Part no. |
# Description | Price EUR | Price unit | Delivery | Remark, and a "Total net" row. The body says "line 3 is an
# alternate": A4-70 screws, our part no. ISO4762-M4X10-A4, instead of the A2-70 asked; the sheet's Pos. 3 carries that
# part number -> alternatePartNumber ISO4762-M4X10-A4 (alternate-part). Gasket 171.00 per 1000 -> 0.171, 4 weeks -> 28
# (Jul 3, before Aug 3). Alternate screws 3.40 per 100 -> 0.034, "ex stock" -> 0. Springs 64.80 per 1000 -> 0.0648,
# 5 weeks -> 35 (Jul 10, before Jul 27). Pos. 2 and 4 "no quote" -> declined. Quantities the RFQ's -> null. EUR
# (currency-differs); 2026-07-31 (not short); FCA. Partial.
assert close(171.00 / 1000, 0.171) and close(3.40 / 100, 0.034) and close(64.80 / 1000, 0.0648)
assert close(5000 * 0.171 + 20000 * 0.034 + 8000 * 0.0648, 2053.40)
U886_ROWS = [["Rheinhessen Normteile GmbH - Angebot / Quotation AN-26-03317"],
             ["Customer: Northridge Robotics, Nora Reyes", "", "", "Your RFQ: NR-RFQ-0619"],
             ["Date: 5 June 2026", "", "", "Valid until: 31.07.2026"],
             ["Currency: EUR", "", "", "Delivery: FCA Mainz (Incoterms 2020)"],
             [],
             ["Pos.", "Qty", "Unit", "Part no.", "Description", "Price EUR", "Price unit", "Delivery", "Remark"],
             [1, 5000, "pcs", "GSK-EPDM-80", "Gasket EPDM 70 Shore A 80x62x3", 171.00, 1000, "4 weeks", ""],
             [2, 1500, "m", "CBL-4C22-PUR", "Cable 4x22 AWG PUR", "", "", "", "no quote"],
             [3, 20000, "pcs", "ISO4762-M4X10-A4", "Socket head cap screw M4x10 A4-70 (alternate)", 3.40, 100, "ex stock",
              "alternate for SCR-M4X10-A2"],
             [4, 120, "pcs", "PLT-0915-R2", "Motor base plate", "", "", "", "no quote"],
             [5, 8000, "pcs", "SPR-C0630-302", "Compression spring 1.4310, 0.6x6.3x30", 64.80, 1000, "5 weeks", ""],
             [],
             ["", "", "", "", "Total net", 2053.40]]
sample("u886-xlsx-eur-body-says-line-3-alternate", S.with_attachment("Katrin Neumeier <k.neumeier@rheinhessen-normteile.example>", """Dear Ms Reyes,

thank you for your RFQ NR-RFQ-0619. Please find our quotation AN-26-03317 attached as an Excel file.

Please note that line 3 is an alternate: we offer socket head cap screws in A4-70 (our part no. ISO4762-M4X10-A4)
instead of A2-70, at the price shown. Cable and base plate we cannot offer.

Best regards
Katrin Neumeier
Vertrieb / Sales
Rheinhessen Normteile GmbH
Rheinallee 140, 55120 Mainz, Germany
Tel. +49 6131 555 0286""", XLSX, "AN-26-03317.xlsx", xlsx_book([("Angebot", U886_ROWS)])),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 0.171, "EUR", lead=28), nob(2), line(3, 0.034, "EUR", lead=0, alt="ISO4762-M4X10-A4"), nob(4),
        line(5, 0.0648, "EUR", lead=35)],
       ["alternate-part", "currency-differs", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.
# quantities: L1 2,500 KG, L2 90 EA, L3 400 EA, L4 50,000 EA, L5 800 M, L6 150 SET.

# u887 a Peoria bearing and hose distributor's ERP CSV (comma, quoted where needed) with its own header: Quote No | Quote
# Line | Customer Item | Description | Qty | UOM | Unit Price (USD) | Price Per | Lead Time (cal. days) | Comments. The
# quote lines 1-3 are the vendor's own numbering; the Customer Item column matches RFQ lines 3, 4, 5. Bearing 3.42 per 1,
# 10 calendar days -> 10 (Jun 22, before Jul 27). O-rings 18.40 per 1000 -> 0.0184, 21 days -> 21. Hose 412.00 per 100
# (UOM M) -> 4.12 per metre, 35 days -> 35 (Jul 17, before Sep 1). Quantities the RFQ's -> null. Resin, sheet and
# seal kits are nowhere in the reply -> missing-line. "Quote expires 07/10/2026" -> 2026-07-10 (not short); "CPT
# Rockford, IL" -> CPT. USD. Partial.
assert close(18.40 / 1000, 0.0184) and close(412.00 / 100, 4.12) and plus("2026-06-12", 35) == "2026-07-17"
U887_CSV = csv_text([
    ["Quote No", "Quote Line", "Customer Item", "Description", "Qty", "UOM", "Unit Price (USD)", "Price Per",
     "Lead Time (cal. days)", "Comments"],
    ["PSB-22871", "1", "BRG 6205-2RS", "BEARING 6205-2RS C3, SKF", "400", "EA", "3.42", "1", "10", ""],
    ["PSB-22871", "2", "OR-0120-NBR70", "O-RING 12.0 X 2.0 NBR 70", "50000", "EA", "18.40", "1000", "21", ""],
    ["PSB-22871", "3", "HSE-2SN-08", "HOSE EN853 2SN DN12 1/2IN", "800", "M", "412.00", "100", "35",
     "cut lengths, fittings not included"]])
blind("u887-csv-erp-header-calendar-days-per-100-hose", H.with_attachment("Brad Lindquist <blindquist@prairiestate-bh.example>", """Lena,

Attached is quote PSB-22871 for your RFQ HM-RFQ-2611, exported from our system. Lead times are calendar days
from order.

Prices USD, CPT Rockford, IL. Quote expires 07/10/2026.

Brad Lindquist
Prairie State Bearing & Hose
3300 SW Adams St, Peoria, IL 61602
309-555-0147""", "text/csv", "PSB-22871.csv", U887_CSV.encode("utf-8")),
       "partial", "USD", "2026-07-10", "CPT",
       [line(3, 3.42, lead=10), line(4, 0.0184, lead=21), line(5, 4.12, lead=35)],
       ["missing-line"])


# u888 a Venlo plastics and metals distributor's PDF "OFFERTE / QUOTATION" with European number formats; the English body
# repeats the two prices. Resin "3,62" EUR per kg for "2.500 kg", with a break row "from 5.000 kg: 3,48" below it -> the
# 2,500 kg asked takes 3.62; "3 weeks" -> 21 (Jul 3, before Jul 20). Sheet "142,50" per sheet (pcs), 90 pcs, "5-6 weeks"
# -> upper bound 42 (Jul 24, before Aug 10). "Pos. 3 to 6 (bearings, O-rings, hose, seal kits): no quotation" ->
# declined. Quantities the RFQ's -> null. EUR (currency-differs). "Valid until 17-07-2026" -> 2026-07-17 (not short);
# "CIP Rockford, IL" -> CIP. Partial.
assert plus("2026-06-12", 21) == "2026-07-03" and plus("2026-06-12", 42) == "2026-07-24"
assert close(2500 * 3.62, 9050.00) and close(90 * 142.50, 12825.00)
X888 = [50, 74, 160, 318, 368, 398, 454, 504]
P888 = check_page(
    [(50, 800, 13, "KEMPEN KUNSTSTOF & METAAL B.V."), (420, 800, 13, "OFFERTE / QUOTATION"),
     (50, 786, 8, "Industrieweg 22, 5928 PT Venlo, Nederland  |  +31 77 555 0288"), (420, 786, 9, "Nr. KKM-26-0917"),
     (50, 775, 8, "KvK 12345678  |  BTW NL001234567B01"), (420, 774, 9, "Datum: 12 juni 2026"),
     (50, 748, 9, "Halvorsen Manufacturing, Rockford IL, USA - Attn. Lena Marsh"), (420, 748, 9, "Ref.: HM-RFQ-2611")]
    + row(716, X888, ["Pos", "Article", "Description", "Qty", "Unit", "Price EUR", "Per", "Delivery"])
    + row(700, X888, ["1", "RES-PA66-GF30", "PA66 GF30 HS black, 25 kg bags", "2.500", "kg", "3,62", "kg", "3 weeks"])
    + row(688, X888, ["", "", "  from 5.000 kg:", "", "", "3,48", "kg", ""])
    + row(672, X888, ["2", "SHT-5052H32-030", "Al sheet 5052-H32 3x1250x2500", "90", "pcs", "142,50", "pcs", "5-6 weeks"])
    + [(50, 640, 8, "Pos. 3 to 6 (bearings, O-rings, hose, seal kits): no quotation - outside our product range."),
       (50, 620, 8, "Prices in EUR, excl. VAT. Delivery CIP Rockford, IL (Incoterms 2020)."),
       (50, 608, 8, "Valid until 17-07-2026. Payment 30 days net. Our general terms of sale apply."),
       (270, 60, 8, "Pagina 1 / 1")])
blind("u888-pdf-eur-resin-sheet-body-repeats", H.with_attachment("Ruud Verhoeven <r.verhoeven@kempen-km.example>", """Dear Lena,

Thank you for your RFQ HM-RFQ-2611. Please find our quotation KKM-26-0917 attached.

In short: the PA66 GF30 at EUR 3,62 per kg (2.500 kg) and the 5052-H32 sheet at EUR 142,50 per sheet. The other
items are outside our range, see the PDF.

Met vriendelijke groet / Kind regards,
Ruud Verhoeven
Kempen Kunststof & Metaal B.V.
Industrieweg 22, 5928 PT Venlo
+31 77 555 0288""", "application/pdf", "Offerte_KKM-26-0917.pdf", pdf([P888])),
       "partial", "EUR", "2026-07-17", "CIP",
       [line(1, 3.62, "EUR", lead=21), line(2, 142.50, "EUR", lead=42), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid"])


# u889 a Milwaukee fluid-power and seal house's XLSX (shared strings, formulas): title block above (quote no., customer,
# RFQ, quote date as a date cell, "Terms: EXW Milwaukee, WI - freight not included"), the table in the vendor's own order
# Part Number | Description | Qty | UOM | Price | Per | MOQ | Lead Time | Extended, resin and sheet rows "NO QUOTE" at the
# bottom, and a "Quote total" row. Bearing 3.55 per 1, MOQ 10, "2 wks" -> 14 (Jun 26, before Jul 27). O-rings 1.95 per
# 100 -> 0.0195, MOQ 5000, "stock" -> 0. Hose 4.38 per 1 M, MOQ 50 (m), "10 working days" -> 14 (Jun 26, before Sep 1).
# Seal kit 28.60 per 1 SET, MOQ 200 -> above the 150 asked (moq-above-quantity); the Qty cell is the 150 asked -> null;
# "6 wks" -> 42 (Jul 24, before Sep 21). Resin and sheet "NO QUOTE" -> declined. "Prices in the attached exclude
# freight" - freight remark, no deviation. "Valid 60 days" from Fri 12 Jun -> 2026-08-11 (not short); EXW. USD. Partial.
assert close(1.95 / 100, 0.0195) and workdays(10) == 14 and plus("2026-06-12", 60) == "2026-08-11"
assert close(400 * 3.55 + 50000 * 0.0195 + 800 * 4.38 + 150 * 28.60, 10189.00)
C889 = {"A1": {"v": "GREAT LAKES FLUID POWER & SEAL CO.", "s": 6},
        "A2": "2700 S. 13th St, Milwaukee, WI 53215  |  414-555-0192",
        "A4": bold("Quote"), "B4": "58-20931", "D4": bold("Customer"), "E4": "Halvorsen Manufacturing - Lena Marsh",
        "A5": bold("Quote date"), "B5": {"v": excel_serial(datetime.date(2026, 6, 12)), "s": 3},
        "D5": bold("RFQ"), "E5": "HM-RFQ-2611",
        "A6": bold("Terms"), "B6": "EXW Milwaukee, WI - freight not included"}
C889.update(grid([[bold(h) for h in ("Part Number", "Description", "Qty", "UOM", "Price", "Per", "MOQ", "Lead Time",
                                     "Extended")]], first=8))
R889 = [("BRG 6205-2RS", "Ball bearing 6205-2RS C3 (SKF)", 400, "EA", 3.55, 1, 10, "2 wks"),
        ("OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR 70", 50000, "EA", 1.95, 100, 5000, "stock"),
        ("HSE-2SN-08", "Hose EN 853 2SN DN12", 800, "M", 4.38, 1, 50, "10 working days"),
        ("KIT-PX200-SEAL", "Seal kit PX-200, bagged & labelled", 150, "SET", 28.60, 1, 200, "6 wks"),
        ("RES-PA66-GF30", "PA66 GF30 resin", 2500, "KG", "NO QUOTE", "", "", ""),
        ("SHT-5052H32-030", "Al sheet 5052-H32 3.0 mm", 90, "EA", "NO QUOTE", "", "", "")]
for r, (pn, desc, qty, uom, price, per, moq, lead) in enumerate(R889, start=9):
    C889.update(grid([[pn, desc, {"v": qty, "s": 7}, uom, price if isinstance(price, str) else {"v": price, "s": 1}, per,
                       moq, lead]], first=r))
    if not isinstance(price, str):
        C889[f"I{r}"] = {"v": round(qty * price / per, 2), "s": 2, "f": f"C{r}*E{r}/F{r}"}
C889["H16"] = bold("Quote total")
C889["I16"] = {"v": 10189.0, "s": 2, "f": "SUM(I9:I14)"}
blind("u889-xlsx-own-column-order-moq-kit-freight-excluded", H.with_attachment("Tom Brzezinski <tbrzezinski@glfps.example>", """Lena,

Quote 58-20931 attached. Prices in the attached exclude freight - EXW our dock in Milwaukee, we can arrange
freight and add it to the invoice if you like.

Note the 200-kit minimum on the seal kits. Resin and sheet we don't sell.

Valid 60 days.

Tom Brzezinski
Great Lakes Fluid Power & Seal Co.
414-555-0192 | tbrzezinski@glfps.example""", XLSX, "Quote_58-20931.xlsx",
                                                              workbook(C889, merges=("A1:I1",), sheet_name="Quote", dim="A1:I16")),
       "partial", "USD", "2026-08-11", "EXW",
       [nob(1), nob(2), line(3, 3.55, lead=14, moq=10), line(4, 0.0195, lead=0, moq=5000), line(5, 4.38, lead=14, moq=50),
        line(6, 28.60, lead=42, moq=200)],
       ["moq-above-quantity", "no-bid"])


# u890 a full no-bid with its reason: an Illinois distributor returns the buyer's RFQ sheet with "Regret" in every price
# cell and the reason in the remarks (their SKF and hydraulic-hose franchises ended May 31; resin, sheet and assembled kits
# were never their line); the body says "we have to decline to quote HM-RFQ-2611". The sheet's Qty and Need by columns
# are the buyer's own values; the buyer's request is quoted below an Outlook header block. Every line declined: six noBid
# lines; currency, validUntil and incoterms null; status no-bid; kinds {no-bid}.
U890_ROWS = [["Halvorsen Manufacturing - Request for Quotation HM-RFQ-2611"], ["Supplier: Tri-County Industrial Distributors"], [],
             ["Line", "Part number", "Description", "Qty", "Unit", "Need by", "Unit price (USD)", "Lead time", "Remarks"],
             [1, "RES-PA66-GF30", "PA66 GF30 resin, black, 25 kg bags", 2500, "KG", "2026-07-20", "Regret", "", "not our line"],
             [2, "SHT-5052H32-030", "Al sheet 5052-H32, 3.0 x 1250 x 2500 mm", 90, "EA", "2026-08-10", "Regret", "", "not our line"],
             [3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3, SKF or equiv.", 400, "EA", "2026-07-27", "Regret", "", "SKF franchise ended 05/31"],
             [4, "OR-0120-NBR70", "O-ring 12.0 x 2.0 mm, NBR 70", 50000, "EA", "2026-08-17", "Regret", "", "seals went with the hose line"],
             [5, "HSE-2SN-08", "Hydraulic hose EN 853 2SN DN12", 800, "M", "2026-09-01", "Regret", "", "hose franchise ended 05/31"],
             [6, "KIT-PX200-SEAL", "Seal kit PX-200, bagged and labelled", 150, "SET", "2026-09-21", "Regret", "", "no kitting"]]
blind("u890-returned-rfq-sheet-regret-every-line", H.with_attachment("Sharon Pulaski <spulaski@tricounty-id.example>", """Hi Lena,

I'm sorry, but we have to decline to quote HM-RFQ-2611. Our distribution agreements for SKF bearings and for the
hydraulic hose line ended on May 31, and the seals went with the hose business. Resin, aluminum sheet and assembled
kits were never our line. I've marked your sheet "Regret" on every line and returned it for your records.

Hope we can help on something else down the road.

Sharon Pulaski
Tri-County Industrial Distributors
Joliet, IL | 815-555-0163

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Tuesday, June 9, 2026 9:12 AM
To: Sharon Pulaski <spulaski@tricounty-id.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hi Sharon,

Please quote the attached RFQ sheet (six lines) by June 19. Fill in unit price and lead time per line.

Thanks,
Lena Marsh
Halvorsen Manufacturing, Rockford IL""", XLSX, "HM-RFQ-2611_TriCounty.xlsx", xlsx_book([("RFQ", U890_ROWS)])),
       "no-bid", None, None, None,
       [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid"])


# u891 a Stockport seal and bearing house's PDF quotation in GBP; the body says "line 3 is an alternate" and repeats the
# three prices. Line 3: "6205DDUC3" (NSK, contact seals, C3) in place of BRG 6205-2RS -> alternatePartNumber 6205DDUC3
# (alternate-part), 2.68 each, "1 week" -> 7. O-rings 17.20 per 1000 -> 0.0172, "ex stock" -> 0. Seal kit 24.90 per
# kit (= the RFQ's SET), "5 weeks" -> 35 (Jul 17, before Sep 21). "Lines 1, 2 and 5: no quote" -> declined. Quantities
# the RFQ's -> null. GBP (currency-differs); "Valid until 31 July 2026" -> 2026-07-31 (not short); "DAP Rockford, IL" ->
# DAP. Partial.
assert close(17.20 / 1000, 0.0172) and plus("2026-06-12", 35) == "2026-07-17"
assert close(400 * 2.68, 1072.00) and close(50000 * 0.0172, 860.00) and close(150 * 24.90, 3735.00)
X891 = [50, 74, 146, 318, 364, 392, 446, 490]
P891 = check_page(
    [(50, 800, 13, "PENNANT SEALS & BEARINGS LTD"), (420, 800, 13, "QUOTATION"),
     (50, 786, 8, "Hempshaw Lane, Stockport SK1 4LG  |  0161 555 0291"), (420, 786, 9, "No. PEN-Q-7752"),
     (420, 774, 9, "Date: 12 June 2026"),
     (50, 750, 9, "Customer: Halvorsen Manufacturing, Rockford IL - Lena Marsh"), (420, 750, 9, "Your ref: HM-RFQ-2611")]
    + row(716, X891, ["Line", "Part No.", "Description", "Qty", "Unit", "Price GBP", "Per", "Lead time"])
    + row(700, X891, ["3", "6205DDUC3", "NSK bearing, alternate for 6205-2RS", "400", "EA", "2.68", "1", "1 week"])
    + row(684, X891, ["4", "OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR 70", "50,000", "EA", "17.20", "1000", "ex stock"])
    + row(668, X891, ["6", "KIT-PX200-SEAL", "Seal kit PX-200, bagged", "150", "KIT", "24.90", "1", "5 weeks"])
    + [(50, 636, 8, "Lines 1, 2 and 5 of your enquiry (resin, aluminium sheet, hydraulic hose): no quote."),
       (50, 612, 8, "Prices in GBP, exclusive of VAT. Delivery DAP Rockford, IL (Incoterms 2020)."),
       (50, 600, 8, "Valid until 31 July 2026. Payment 30 days end of month."),
       (50, 588, 8, "Registered in England and Wales No. 04417729. VAT GB 417 7290 55.")])
blind("u891-pdf-gbp-alternate-bearing-body-summary", H.with_attachment("Alan Whitworth <a.whitworth@pennant-sb.example>", """Dear Lena,

Please find attached our quotation PEN-Q-7752 against HM-RFQ-2611.

Line 3 is an alternate: we offer the NSK 6205DDUC3 (contact seals, C3 clearance) in place of the SKF 6205-2RS C3.

Summary of the attached:
  Line 3  6205DDUC3 (alternate)   £2.68 each         1 week
  Line 4  O-rings                 £17.20 per 1,000   ex stock
  Line 6  PX-200 seal kits        £24.90 per kit     5 weeks

Kind regards,
Alan Whitworth
Sales Engineer
Pennant Seals & Bearings Ltd | Stockport | 0161 555 0291""", "application/pdf", "PEN-Q-7752.pdf", pdf([P891])),
       "partial", "GBP", "2026-07-31", "DAP",
       [nob(1), nob(2), line(3, 2.68, "GBP", lead=7, alt="6205DDUC3"), line(4, 0.0172, "GBP", lead=0), nob(5),
        line(6, 24.90, "GBP", lead=35)],
       ["alternate-part", "currency-differs", "no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.
# quantities: L1 250 EA, L2 25 EA, L3 2,000 EA, L4 120 EA, L5 150 SET.

# u892 an Austrian machine shop's German PDF "ANGEBOT" under a short German cover note. Table Pos. | Zeichnungs-Nr. |
# Bezeichnung | Menge | ME | Einzelpreis EUR | Gesamt EUR | Lieferzeit with German number formats. Shaft "37,80",
# "10 Wochen" -> 70 (Aug 24, before Aug 28). Housing "1.236,00", "14 Wochen" -> 98 (Sep 21, before Oct 2). Bracket set
# "22,40" per Satz (= SET), "7 Wochen" -> 49 (Aug 3, before Oct 9). Quantities the RFQ's -> null. "Pos. 3 und 4 ...:
# kein Angebot" -> declined. "Modellkosten zu Pos. 2 einmalig 2.180,00 EUR netto" -> one-off pattern charge: note.
# "Gesamt" column and "Summe netto" are not unit prices. "FCA Steyr" -> FCA; "Angebot gültig bis 14.08.2026" ->
# 2026-08-14 (not short). EUR = RFQ currency. Partial.
assert plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 49) == "2026-08-03"
assert close(250 * 37.80, 9450.00) and close(25 * 1236.00, 30900.00) and close(150 * 22.40, 3360.00)
assert close(9450.00 + 30900.00 + 3360.00, 43710.00)
X892 = [50, 74, 148, 266, 300, 328, 398, 462]
P892 = check_page(
    [(50, 800, 13, "Steyrtal Präzisionsteile GmbH"), (440, 800, 14, "ANGEBOT"),
     (50, 786, 8, "Ennser Straße 61, 4400 Steyr, Österreich  |  Tel. +43 7252 555 0192"), (440, 786, 9, "Nr. 2026-0457"),
     (50, 775, 8, "FN 123456x  |  UID ATU12345678"), (440, 774, 9, "Datum: 15.06.2026"),
     (50, 748, 9, "Vossberg Maschinenbau GmbH, Einkauf, Herr Jonas Albers"), (330, 748, 9, "Ihre Anfrage: VM-RFQ-4418")]
    + row(716, X892, ["Pos.", "Zeichnungs-Nr.", "Bezeichnung", "Menge", "ME", "Einzelpreis EUR", "Gesamt EUR", "Lieferzeit"])
    + row(700, X892, ["1", "SH-2231-C rev B", "Antriebswelle 42CrMo4", "250", "Stk", "37,80", "9.450,00", "10 Wochen"])
    + row(684, X892, ["2", "HSG-1180-GJL", "Getriebegehäuse GJL-250", "25", "Stk", "1.236,00", "30.900,00", "14 Wochen"])
    + row(668, X892, ["5", "2231-004-03", "Sensorhalter-Satz L+R", "150", "Satz", "22,40", "3.360,00", "7 Wochen"])
    + row(644, X892, ["", "", "", "", "", "Summe netto", "43.710,00", ""])
    + [(50, 612, 8, "Pos. 3 und 4 (Verschraubung, Pneumatikzylinder): kein Angebot - Zukaufteile führen wir nicht."),
       (50, 600, 8, "Modellkosten zu Pos. 2: einmalig 2.180,00 EUR netto."),
       (50, 588, 8, "Lieferbedingung: FCA Steyr (Incoterms 2020). Zahlung: 30 Tage netto."),
       (50, 576, 8, "Angebot gültig bis 14.08.2026."),
       (270, 60, 8, "Seite 1 von 1")])
blind2("u892-austrian-pdf-angebot-pattern-charge", V.message("Bernhard Aigner <b.aigner@steyrtal-praezision.example>", multipart("mixed", "=_steyrtal_892", [
    text_part("text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Anbei erhalten Sie unser Angebot Nr. 2026-0457 für die
Zeichnungsteile (Pos. 1, 2 und 5).

Mit freundlichen Grüßen
Bernhard Aigner
Verkauf
Steyrtal Präzisionsteile GmbH
Ennser Straße 61, 4400 Steyr
Tel. +43 7252 555 0192
""", cte="quoted-printable"),
    file_part("application/pdf", "Angebot_2026-0457.pdf", pdf([P892]))]), subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 37.80, "EUR", lead=70), line(2, 1236.00, "EUR", lead=98), nob(3), nob(4), line(5, 22.40, "EUR", lead=49)],
       ["no-bid", "note"])


# u893 a Hull stockist's XLSX in GBP (shared strings, formulas): title block (quotation no., customer, enquiry,
# "Validity 21 days", "Delivery DAP Bielefeld (Incoterms 2020)", "Currency GBP"), the table in its own order Your Ref |
# Description | Availability | Qty | Unit Price (GBP) | Total (GBP), and a "Total" row. Fitting 3.48 each, "ex stock" ->
# 0. Cylinder (Festo, as asked) 89.60 each, "3 weeks" -> 21 (Jul 6, before Sep 11). Quantities the RFQ's -> null.
# Shaft, housing and bracket set are nowhere in the reply -> missing-line. GBP (currency-differs). "held for 21 days"
# from Mon 15 Jun -> 2026-07-06, before Jul 10 -> validity-short. DAP. Partial.
assert plus("2026-06-15", 21) == "2026-07-06" and close(2000 * 3.48 + 120 * 89.60, 17712.00)
C893 = {"A1": {"v": "HUMBER PNEUMATICS & FITTINGS LTD - QUOTATION", "s": 6},
        "A2": "Stoneferry Road, Hull HU8 8DE  |  01482 555 093",
        "A4": bold("Quotation no."), "C4": "HPF-26-1190", "D4": bold("Customer"), "E4": "Vossberg Maschinenbau GmbH, J. Albers",
        "A5": bold("Your enquiry"), "C5": "VM-RFQ-4418", "D5": bold("Validity"), "E5": "21 days",
        "A6": bold("Currency"), "C6": "GBP", "D6": bold("Delivery"), "E6": "DAP Bielefeld (Incoterms 2020)"}
C893.update(grid([[bold(h) for h in ("Your Ref", "Description", "Availability", "Qty", "Unit Price (GBP)", "Total (GBP)")]], first=8))
for r, (ref, desc, avail, qty, price) in enumerate([
        ("FIT-316-G12-10", "Male stud coupling G1/2 x 10 mm tube, 316", "ex stock", 2000, 3.48),
        ("DSBC-32-80-PPVA-N3", "Festo ISO 15552 cylinder 32 x 80, PPV-A", "3 weeks", 120, 89.60)], start=9):
    C893.update(grid([[ref, desc, avail, {"v": qty, "s": 7}, {"v": price, "s": 2},
                       {"v": round(qty * price, 2), "s": 2, "f": f"D{r}*E{r}"}]], first=r))
C893["E12"] = bold("Total")
C893["F12"] = {"v": 17712.0, "s": 2, "f": "SUM(F9:F10)"}
blind2("u893-xlsx-gbp-stockist-21-days", V.message("Craig Pickering <c.pickering@humber-pf.example>", multipart("mixed", "=_humber_893", [
    text_part("text/plain", """Hi Jonas,

Please see attached quotation HPF-26-1190 for the fittings and the Festo cylinders from your enquiry.
Prices are in GBP and held for 21 days, as our stock moves quickly.

Cheers,
Craig Pickering
Humber Pneumatics & Fittings Ltd
Stoneferry Road, Hull HU8 8DE, UK
T: 01482 555 093  M: 07700 900 893
"""),
    file_part(XLSX, "HPF-26-1190.xlsx", workbook(C893, merges=("A1:F1",), sheet_name="Quotation", dim="A1:F12"))])),
       "partial", "GBP", "2026-07-06", "DAP",
       [line(3, 3.48, "GBP", lead=0), line(4, 89.60, "GBP", lead=21)],
       ["currency-differs", "missing-line", "validity-short"])


# u894 a Sauerland fittings house: German cover note and a semicolon CSV (windows-1252) with its own German header Pos |
# Ihre Art.-Nr. | Bezeichnung | Menge | ME | Preis EUR | Preiseinheit | Lieferzeit | Bemerkung, decimal commas and dot
# thousands. Fitting "412,00" per Preiseinheit 100 -> 4.12, "3 Wochen" -> 21 (Jul 6, before Aug 14); "VPE 50 Stk"
# (2,000 = 40 packs, the quantity asked) -> null. Cylinder "96,80" per 1, "10 Arbeitstage" -> 10 x 7/5 = 14 (Jun 29,
# before Sep 11). Pos. 1, 2 and 5 "kein Angebot" -> declined. EUR = RFQ currency. Body: "Lieferung DDP Bielefeld" ->
# DDP; "Angebot gültig bis 31.07.2026" -> 2026-07-31 (not short); "zzgl. Verpackung" is packing, no deviation. Partial.
assert close(412.00 / 100, 4.12) and workdays(10) == 14 and 2000 % 50 == 0 and plus("2026-06-15", 21) == "2026-07-06"
U894_CSV = csv_text([
    ["Pos", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis EUR", "Preiseinheit", "Lieferzeit", "Bemerkung"],
    ["1", "SH-2231-C rev B", "Antriebswelle", "250", "Stk", "", "", "", "kein Angebot"],
    ["2", "HSG-1180-GJL", "Getriebegehäuse", "25", "Stk", "", "", "", "kein Angebot"],
    ["3", "FIT-316-G12-10", "Gerade Einschraubverschraubung G1/2 - 10L, 1.4571", "2.000", "Stk", "412,00", "100",
     "3 Wochen", "VPE 50 Stk"],
    ["4", "DSBC-32-80-PPVA-N3", "Normzylinder DSBC-32-80-PPVA-N3 (Festo)", "120", "Stk", "96,80", "1", "10 Arbeitstage", ""],
    ["5", "2231-004-03", "Sensorhalter-Satz", "150", "Satz", "", "", "", "kein Angebot"]], delimiter=";")
blind2("u894-csv-semicolon-german-header-preiseinheit-100", V.message("Sabine Gräfe <s.graefe@fluidtechnik-sauerland.example>", multipart("mixed", "=_sauerland_894", [
    text_part("text/plain", """Hallo Herr Albers,

anbei unser Angebot zu Ihrer Anfrage VM-RFQ-4418 als CSV-Datei (Export aus unserer Warenwirtschaft).
Die Zeichnungsteile (Pos. 1, 2 und 5) können wir leider nicht anbieten.

Lieferung DDP Bielefeld, Preise zzgl. Verpackung. Angebot gültig bis 31.07.2026.

Viele Grüße
Sabine Gräfe
Fluidtechnik Sauerland GmbH
Heedfelder Straße 12, 58509 Lüdenscheid
Tel. 02351 555 0894
""", charset="iso-8859-1", cte="quoted-printable"),
    file_part("text/csv; charset=\"windows-1252\"", "Angebot_VM-RFQ-4418.csv", U894_CSV.encode("cp1252"))]),
                  subject="AW: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "EUR", "2026-07-31", "DDP",
       [nob(1), nob(2), line(3, 4.12, "EUR", lead=21), line(4, 96.80, "EUR", lead=14), nob(5)],
       ["no-bid"])


# u895 a Dutch pneumatics distributor's English PDF "OFFER" and a body that adds a condition: "prices in the attached
# exclude the energy surcharge (currently 2.5%) that our supplier may add at the time of shipment" -> a surcharge that
# may be added: note. Fitting "2,000 pcs (200 packs)", "43.60" per "pack of 10" -> 4.36 each, "2 weeks" -> 14 (Jun 29,
# before Aug 14). Cylinder (Festo, as asked) "98.40" per pc, "2 weeks" -> 14. Quantities the RFQ's -> null. "Lines 1, 2
# and 5: no quote" -> declined. "CPT Bielefeld" -> CPT; "Offer valid 30 days" from Mon 15 Jun -> 2026-07-15 (not short).
# EUR. Partial.
assert close(43.60 / 10, 4.36) and 200 * 10 == 2000 and plus("2026-06-15", 30) == "2026-07-15"
X895 = [50, 74, 166, 292, 350, 404, 460]
P895 = check_page(
    [(50, 800, 13, "VAN DER HEIJDEN PNEUMATIEK B.V."), (440, 800, 14, "OFFER"),
     (50, 786, 8, "Hurksestraat 40, 5652 AL Eindhoven  |  +31 40 555 0895"), (440, 786, 9, "No. VDH-26-3381"),
     (440, 774, 9, "Date: 15-06-2026"),
     (50, 750, 9, "Vossberg Maschinenbau GmbH, Bielefeld - Mr Jonas Albers"), (360, 750, 9, "Your RFQ: VM-RFQ-4418")]
    + row(716, X895, ["Line", "Item", "Description", "Qty", "Unit", "Price EUR", "Delivery"])
    + row(700, X895, ["3", "FIT-316-G12-10", "Male connector G1/2-10, 316L", "2,000 pcs", "pack of 10", "43.60", "2 weeks"])
    + row(688, X895, ["", "", "", "(200 packs)", "", "", ""])
    + row(672, X895, ["4", "DSBC-32-80-PPVA-N3", "Festo ISO cylinder 32/80", "120 pcs", "pc", "98.40", "2 weeks"])
    + [(50, 640, 8, "Lines 1, 2 and 5 (machined to drawing): no quote - not our scope."),
       (50, 616, 8, "Delivery CPT Bielefeld (Incoterms 2020). Prices in EUR excl. VAT."),
       (50, 604, 8, "Offer valid 30 days. Payment 30 days after invoice date."),
       (270, 60, 8, "1/1")])
blind2("u895-pdf-pack-of-10-body-energy-surcharge", V.message("Sander Bosman <s.bosman@vdheijden-pneumatiek.example>", multipart("mixed", "=_vdh_895", [
    text_part("text/plain", """Dear Jonas,

Thank you for your RFQ. Attached you will find our offer VDH-26-3381 for the fittings and the Festo cylinders.

Please note: prices in the attached exclude the energy surcharge (currently 2.5%) that our supplier may add at the
time of shipment.

Met vriendelijke groet,
Sander Bosman
Van der Heijden Pneumatiek B.V.
Hurksestraat 40, 5652 AL Eindhoven
T +31 40 555 0895
"""),
    file_part("application/pdf", "VDH-26-3381.pdf", pdf([P895]))])),
       "partial", "EUR", "2026-07-15", "CPT",
       [nob(1), nob(2), line(3, 4.36, "EUR", lead=14), line(4, 98.40, "EUR", lead=14), nob(5)],
       ["no-bid", "note"])


# u896 a Polish machine shop that also buys in the catalogue parts: an XLSX (inline strings) with a title block (offer no.,
# date, customer, "Valid until 14.08.2026", "Delivery FCA Wrocław (Incoterms 2020)", "Currency EUR"), the table in its own
# order Qty | UoM | Drawing / part no. | Description | Unit price EUR | Value EUR | Delivery (weeks) | Remarks, and a
# "Total" row. Shaft 36.40, 9 -> 63 (Aug 17, before Aug 28). Housing 1,195.00, 12 -> 84 (Sep 7, before Oct 2), remark
# "min. batch 30 pcs" -> moq 30 above the 25 asked (moq-above-quantity); the Qty cell is the 25 asked -> null. Fitting
# 4.02, 4 -> 28 (Jul 13, before Aug 14). Cylinder 101.50, 5 -> 35 (Jul 20, before Sep 11). Bracket set 24.30 per set,
# 8 -> 56 (Aug 10, before Oct 9). EUR. Every line priced -> parsed.
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 84) == "2026-09-07" and plus("2026-06-15", 56) == "2026-08-10"
assert close(250 * 36.40 + 25 * 1195.00 + 2000 * 4.02 + 120 * 101.50 + 150 * 24.30, 62840.00)
U896_ROWS = [["ZMP KORAL Sp. z o.o. - Offer OF/2026/0615/3"],
             ["ul. Krakowska 180, 50-427 Wrocław, Poland", "", "", "tel. +48 71 555 08 96"],
             ["Customer: Vossberg Maschinenbau GmbH, Jonas Albers", "", "", "Your RFQ: VM-RFQ-4418"],
             ["Date: 15.06.2026", "", "", "Valid until: 14.08.2026"],
             ["Currency: EUR", "", "", "Delivery: FCA Wrocław (Incoterms 2020)"],
             [],
             ["Qty", "UoM", "Drawing / part no.", "Description", "Unit price EUR", "Value EUR", "Delivery (weeks)", "Remarks"],
             [250, "pcs", "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412", 36.40, 9100.00, 9, ""],
             [25, "pcs", "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, RAL 7035", 1195.00, 29875.00, 12, "min. batch 30 pcs"],
             [2000, "pcs", "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", 4.02, 8040.00, 4, ""],
             [120, "pcs", "DSBC-32-80-PPVA-N3", "Festo ISO 15552 cylinder 32/80", 101.50, 12180.00, 5, ""],
             [150, "sets", "2231-004-03", "Sensor bracket set L+R, black anodised", 24.30, 3645.00, 8, ""],
             [],
             ["", "", "", "", "Total", 62840.00]]
blind2("u896-xlsx-polish-all-five-housing-min-batch", V.message("Tomasz Wieczorek <t.wieczorek@zmp-koral.example>", multipart("mixed", "=_koral_896", [
    text_part("text/plain", """Dear Mr Albers,

thank you for RFQ VM-RFQ-4418. Attached is our offer OF/2026/0615/3 for all five positions - the machined parts
from our own workshop, the fittings and cylinders bought in.

Best regards,
Tomasz Wieczorek
Sales Department
ZMP KORAL Sp. z o.o.
ul. Krakowska 180, 50-427 Wrocław
tel. +48 71 555 08 96 | NIP 899-555-08-96
"""),
    file_part(XLSX, "OF_2026_0615_3.xlsx", xlsx_book([("Offer", U896_ROWS)]))])),
       "parsed", "EUR", "2026-08-14", "FCA",
       [line(1, 36.40, "EUR", lead=63), line(2, 1195.00, "EUR", lead=84, moq=30), line(3, 4.02, "EUR", lead=28),
        line(4, 101.50, "EUR", lead=35), line(5, 24.30, "EUR", lead=56)],
       ["moq-above-quantity"])


if __name__ == "__main__":
    ROUND.write()
