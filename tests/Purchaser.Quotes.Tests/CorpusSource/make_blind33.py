#!/usr/bin/env python3
"""Writes replies u513..u528 (Corpus/u*.eml + expected u*.json) - the thirty-third blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is QUOTE DOCUMENTS FROM VENDORS' ERP SYSTEMS: the mail body says little more than "please find our
quotation attached" (now and then above the buyer's quoted request with its quantities, once an ERP's own mail template
with the quotation total), and the quote is a document laid out the way SAP, Microsoft Dynamics (NAV and Business
Central), Epicor, Sage 50 / 200, Odoo, NetSuite, Infor, Exact, Abacus and SAP Business One print or export quotations:
a header block with quotation number, customer number, dates, payment terms, Incoterms and validity; item rows with
position numbers 10, 20, 30 (or the vendor's own line numbers 1, 2, 3 that are NOT the RFQ's), the vendor's material
number in one column and the customer's part number on a second row ("Your material no.", "Ihre Materialnr.", "Cust
Item", "Your Part", "Customer ref"); a price unit (SAP "per 100 PC" / "per 1.000 PC" / "per 100 KG", German "PE 100",
Epicor E / C / M codes, a numeric "Price Per" column), sales units that are packs (BOX of 100 with "Qty. per Unit of
Measure", a bag of 500, a 50 m coil, a 305 m spool, "1000 Units", "Bag of 1000"), net values and totals, VAT lines
(0 % export, 19 % MwSt, 20 % UK VAT, MWST, IVA), one-off tooling / fixture / set-up positions, quantity-break rows and
scales under an item, promised delivery DATES instead of lead times, an alternate offered in an item row, quantities
rounded to packs or raised to an MOQ, freight in the totals block, and page footers with bank details (IBAN, BIC, sort
code, CLABE), commercial-register and VAT numbers. Twelve PDFs with a text layer (one of two pages), three XLSX
workbooks and one Odoo CSV export; senders from Germany, the Netherlands, the UK, Switzerland, Spain, Mexico, Taiwan and
the US, quoting in USD, EUR, GBP and CHF; one full no-bid printed as a quotation whose every line is "cannot supply".
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, pdf, xlsx  # expected-line shapes, the text-layer PDF writer, one-sheet workbook
from blind_round import Round, close, plus, days  # the round's cases, checked and written; date and amount helpers
from make_blind5 import check_page, file_part, message, multipart, row, text_part, workbook  # MIME, PDF rows, XLSX
from make_blind13 import letters, serial  # PDF paragraphs, date serials
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(513)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def us(n):
    """1234.5 -> '1,234.50' (US / UK notation)."""
    return f"{n:,.2f}"


def de(n):
    """1234.5 -> '1.234,50' (German / Dutch notation)."""
    return f"{n:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def ch(n):
    """1234.5 -> "1'234.50" (Swiss notation)."""
    return f"{n:,.2f}".replace(",", "'")


def quoted(text):
    """The buyer's earlier mail as quoted history ("> " before every line)."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


# The buyer's request as it appears in the quoted history of some replies to rfq-sample.json (same quantities).
SAMPLE_REQUEST = """Hello,

please quote the parts below for our AGV drive module (RFQ NR-RFQ-0619). Quotes are due June 12.

Ln  Part no.        Description                               Qty      Unit  Need by
1   GSK-EPDM-80     Gasket EPDM 70A, 80 x 62 x 3 mm           5,000    EA    2026-08-03
2   CBL-4C22-PUR    Cable 4 x 22 AWG shielded, PUR, black     1,500    M     2026-07-20
3   SCR-M4X10-A2    SHCS M4 x 10, ISO 4762, A2-70             20,000   EA    2026-07-13
4   PLT-0915-R2     Motor base plate, 6082-T6, CNC            120      EA    2026-08-17
5   SPR-C0630-302   Compression spring, 302 SS, 0.6 x 6.3 x 30  8,000  EA    2026-07-27

Thank you,
Nora Reyes
Purchasing, Northridge Robotics"""

BLIND_REQUEST = ("Hi,\n\nplease quote HM-RFQ-2611 (PX-200 pump line) by June 19:\n\n" + H.RFQ_TABLE
                 + "\n\nBest regards\nLena Marsh\nHalvorsen Manufacturing, Purchasing")

BLIND2_REQUEST = ("Sehr geehrte Damen und Herren,\n\nbitte bieten Sie uns gemäß Anfrage VM-RFQ-4418 an:\n\n"
                  + "\n".join(f"{ln:<4}{pn:<22}{d:<44}{q:>6} {u:<4} {nb}" for ln, pn, d, q, u, nb in V.RFQ_ROWS)
                  + "\n\nMit freundlichen Grüßen\nJonas Albers\nEinkauf, Vossberg Maschinenbau GmbH")

BLIND2_REQUEST_EN = ("Dear Sir or Madam,\n\nplease quote the following items of our RFQ VM-RFQ-4418 (VL-60 labelling "
                     "machine), quotes due 26 June:\n\n"
                     + "\n".join(f"{ln:<4}{pn:<22}{d:<44}{q:>6} {u:<4} {nb}" for ln, pn, d, q, u, nb in V.RFQ_ROWS)
                     + "\n\nKind regards\nJonas Albers\nPurchasing, Vossberg Maschinenbau GmbH")


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u513 a German gasket and spring maker's SAP SD quotation print (English form, German number notation), one-page PDF
# under a two-line cover note. Items 10 / 20 / 30 / 40 are the vendor's positions; the customer's part number is on the
# row below each item ("Your material no."). Price column with an SAP price unit: gasket "18,40 per 100 PC" -> 0.184,
# springs "7,15 per 100 PC" -> 0.0715, screws "29,80 per 1.000 PC" -> 0.0298 (each Net value = quantity x price / price
# unit confirms the basis: 920,00 / 572,00 / 596,00). Quantities restate the RFQ's (5.000, 8.000, 20.000) -> null.
# Delivery time 4 weeks -> 28 (Jul 3, before Aug 3); 5 weeks -> 35 (Jul 10, before Jul 27); "ex stock" -> 0. Item 40 is
# a one-off cutting die for item 10 (240,00 EUR) -> note, not a price of any RFQ line. Header: currency EUR (against the
# USD RFQ -> currency-differs), "Valid to 17.07.2026" -> 2026-07-17 (not short), "Incoterms FCA Hildesheim" -> FCA. VAT 0 %
# line, totals and the footer (register, VAT ID, IBAN) carry no prices. Cable and plate are never mentioned ->
# missing-line. Partial.
assert close(5000 * 18.40 / 100, 920) and close(8000 * 7.15 / 100, 572) and close(20000 * 29.80 / 1000, 596)
assert close(18.40 / 100, 0.184) and close(7.15 / 100, 0.0715) and close(29.80 / 1000, 0.0298)
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 35) == "2026-07-10"
X513 = [40, 66, 114, 300, 346, 372, 420, 490]
U513_ITEMS = [("10", "400-1187", "Gasket EPDM 70 Sh A, 80x62x3, die-cut", "5.000", "PC", "18,40", "100 PC", "920,00",
               "Your material no.: GSK-EPDM-80      Delivery time: 4 weeks"),
              ("20", "610-0630", "Compression spring 302 stainless 0,6x6,3x30", "8.000", "PC", "7,15", "100 PC", "572,00",
               "Your material no.: SPR-C0630-302      Delivery time: 5 weeks"),
              ("30", "550-0410", "Socket head cap screw ISO 4762 M4x10 A2-70", "20.000", "PC", "29,80", "1.000 PC",
               "596,00", "Your material no.: SCR-M4X10-A2      Delivery: ex stock"),
              ("40", "990-0001", "Cutting die for item 10 (one-off)", "1", "AU", "240,00", "1 AU", "240,00",
               "Tooling charge, invoiced once with the first order")]
U513_TOTAL = 920 + 572 + 596 + 240
P513 = ([(40, 806, 7, "Leinetal Dichtungs- und Federntechnik GmbH · Am Kanal 14 · 31137 Hildesheim · Germany")]
        + letters("Northridge Robotics Inc.\nAttn. Ms Nora Reyes\n4410 Research Blvd, Suite 200\nDayton OH 45420\nUSA",
                  9, 40, 784, 12)
        + [(360, 800, 16, "Quotation")]
        + letters("Quotation no.   20061245\nDate   05.06.2026\nCustomer no.   104772\nYour inquiry   NR-RFQ-0619\n"
                  "Contact   Sabine Rohwedder\nPhone   +49 5121 555-0213\nPage   1 / 1", 8, 360, 780, 11)
        + letters("Dear Ms Reyes,\nthank you for your inquiry. We are pleased to quote as follows, subject to our general "
                  "terms of sale.", 8, 40, 690, 11)
        + letters("Currency: EUR      Valid to: 17.07.2026      Incoterms: FCA Hildesheim\n"
                  "Terms of payment: within 30 days net", 8, 40, 658, 11)
        + row(624, X513, ["Item", "Material", "Description", "Quantity", "UoM", "Price", "per", "Net value"])
        + [it for i, (pos, mat, desc, qty, uom, price, per, net, sub) in enumerate(U513_ITEMS)
           for it in row(606 - 30 * i, X513, [pos, mat, desc, qty, uom, price, per, net]) + [(114, 595 - 30 * i, 7, sub)]]
        + [(346, 470, 8, "Total net value"), (490, 470, 8, de(U513_TOTAL) + " EUR"),
           (346, 458, 8, "VAT 0 % (export delivery)"), (490, 458, 8, "0,00 EUR"),
           (346, 444, 9, "Total amount"), (490, 444, 9, de(U513_TOTAL) + " EUR")]
        + letters("Kind regards\nLeinetal Dichtungs- und Federntechnik GmbH\nSabine Rohwedder", 8, 40, 400, 11)
        + letters("Leinetal Dichtungs- und Federntechnik GmbH · Registered office Hildesheim · Amtsgericht Hildesheim "
                  "HRB 201457 · Managing directors: Jörg Leineweber, Anke Tews\nVAT ID DE 281 447 905 · Sparkasse "
                  "Hildesheim Goslar Peine · IBAN DE44 2595 0130 0012 3456 78 · BIC NOLADE21HIK", 6, 40, 70, 9))
sample("u513-sap-pdf-eur-items-per-100-die", message("sample", "Sabine Rohwedder <s.rohwedder@leinetal-dft.example>",
        multipart("mixed", "----=_Part_20061245_1780655", [
            text_part("text/plain", """Dear Ms Reyes,

please find attached our quotation 20061245 for your inquiry NR-RFQ-0619.

Best regards / Mit freundlichen Grüßen
Sabine Rohwedder
Inside Sales
Leinetal Dichtungs- und Federntechnik GmbH
Am Kanal 14, 31137 Hildesheim, Germany
Tel. +49 5121 555-0213
"""),
            file_part(PDF, "Quotation_20061245.pdf", pdf([check_page(P513)]))]),
        subject="Quotation 20061245 - your inquiry NR-RFQ-0619"),
       "partial", "EUR", "2026-07-17", "FCA",
       [line(1, 0.184, "EUR", lead=28), line(3, 0.0298, "EUR", lead=0), line(5, 0.0715, "EUR", lead=35)],
       ["currency-differs", "missing-line", "note"])


# u514 a Michigan distributor's Dynamics 365 Business Central "Sales Quote" exported to Excel, sent above the buyer's
# quoted request. Header cells: Document Date and "Quote Valid Until Date" as date serials (d-mmm-yyyy) -> 2026-07-20
# (not short); "Shipment Method: FCA Grand Rapids, MI" -> FCA; Currency Code USD. Item lines: "No." is the vendor's item,
# "Item Reference No." the customer's part number. Screws are sold by the BOX with "Qty. per Unit of Measure" 100:
# 200 BOX at 3.05 -> 3.05 / 100 = 0.0305 per piece, 200 x 100 = 20,000 as asked -> null. Gasket 0.192, cable 1.38 per M
# (the RFQ's metre), plate 44.50, springs 0.0715; quantities as asked -> null. Lead times come as "Promised Delivery
# Date" cells, counted from the Date header's Jun 5: Jul 6 -> 31 (before Aug 3), Jun 19 -> 14 (before Jul 20), Jun 8 ->
# 3 (before Jul 13), Aug 21 -> 77, AFTER the plate's Aug 17 need-by -> lead-time-after-need-by, Jul 10 -> 35 (before
# Jul 27). A "Comment" line: prices subject to a metals surcharge at time of shipment -> note. Every line priced ->
# parsed.
assert close(3.05 / 100, 0.0305) and 200 * 100 == 20000
assert [days("2026-06-05", d) for d in ("2026-07-06", "2026-06-19", "2026-06-08", "2026-08-21", "2026-07-10")] == [31, 14, 3, 77, 35]
U514_ITEMS = [("40-1180", "GSK-EPDM-80", "Gasket EPDM 70A 80 OD x 62 ID x 3", 5000, "PCS", 1, 0.192, (2026, 7, 6)),
              ("52-4022", "CBL-4C22-PUR", "Cable 4C 22AWG shielded PUR black", 1500, "M", 1, 1.38, (2026, 6, 19)),
              ("31-0410", "SCR-M4X10-A2", "SHCS M4 x 10 A2-70 ISO 4762", 200, "BOX", 100, 3.05, (2026, 6, 8)),
              ("77-0915", "PLT-0915-R2", "Motor base plate 6082-T6 10mm", 120, "PCS", 1, 44.50, (2026, 8, 21)),
              ("45-0630", "SPR-C0630-302", "Comp spring 302SS .6 x 6.3 x 30", 8000, "PCS", 1, 0.0715, (2026, 7, 10))]
C514 = {"A1": {"v": "Sales Quote", "s": 6}, "A2": "Thornapple Industrial Supply, Inc.",
        "A3": "2750 Patterson Ave SE, Grand Rapids, MI 49512", "A4": "Phone 616-555-0177  |  quotes@thornapple-ind.example",
        "A6": "No.", "B6": "SQ-104418", "A7": "Sell-to Customer No.", "B7": "C00231",
        "A8": "Sell-to Customer Name", "B8": "Northridge Robotics", "A9": "Your Reference", "B9": "NR-RFQ-0619",
        "D6": "Document Date", "E6": {"v": serial(2026, 6, 5), "s": 3},
        "D7": "Quote Valid Until Date", "E7": {"v": serial(2026, 7, 20), "s": 3},
        "D8": "Payment Terms Code", "E8": "NET30", "D9": "Shipment Method", "E9": "FCA Grand Rapids, MI (Incoterms 2020)",
        "D10": "Currency Code", "E10": "USD"}
C514.update({f"{c}12": {"v": h, "s": 5} for c, h in zip("ABCDEFGHIJ", (
    "Type", "No.", "Item Reference No.", "Description", "Quantity", "Unit of Measure Code", "Qty. per Unit of Measure",
    "Unit Price Excl. Tax", "Line Amount Excl. Tax", "Promised Delivery Date"))})
for r, (no, ref, desc, qty, uom, per, price, (y, m, d)) in enumerate(U514_ITEMS, 13):
    C514.update({f"A{r}": "Item", f"B{r}": no, f"C{r}": ref, f"D{r}": desc, f"E{r}": {"v": qty, "s": 7}, f"F{r}": uom,
                 f"G{r}": per, f"H{r}": {"v": price, "s": 1},
                 f"I{r}": {"v": round(qty * price, 2), "s": 2, "f": f"E{r}*H{r}"}, f"J{r}": {"v": serial(y, m, d), "s": 3}})
U514_TOTAL = round(sum(round(q * p, 2) for _, _, _, q, _, _, p, _ in U514_ITEMS), 2)
C514.update({"A18": "Comment", "D18": "Prices subject to a metals surcharge in effect at time of shipment.",
             "H20": "Total USD Excl. Tax", "I20": {"v": U514_TOTAL, "s": 2, "f": "SUM(I13:I17)"},
             "H21": "Total Tax", "I21": {"v": 0, "s": 2},
             "H22": {"v": "Total USD Incl. Tax", "s": 5}, "I22": {"v": U514_TOTAL, "s": 2, "f": "I20+I21"}})
assert U514_TOTAL == 9552.00
sample("u514-bc-xlsx-box-uom-promised-dates", message("sample", "Kyle VanderMolen <kvandermolen@thornapple-ind.example>",
        multipart("mixed", "_002_SN6PR08MB4417_", [
            text_part("text/plain", """Hi Nora,

Pls find our quotation SQ-104418 attached for your RFQ.

Thanks,
Kyle VanderMolen
Inside Sales | Thornapple Industrial Supply, Inc.
2750 Patterson Ave SE, Grand Rapids, MI 49512
616-555-0177 ext. 23

On Mon, Jun 1, 2026 at 8:04 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + quoted(SAMPLE_REQUEST) + "\n"),
            file_part(XLSX, "Sales Quote SQ-104418.xlsx", workbook(
                C514, cols='<cols><col min="1" max="1" width="20" customWidth="1"/><col min="4" max="4" width="34" '
                           'customWidth="1"/><col min="8" max="10" width="20" customWidth="1"/></cols>',
                sheet_name="Sales Quote", dim="A1:J22"))]),
        subject="RE: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "parsed", "USD", "2026-07-20", "FCA",
       [line(1, 0.192, lead=31), line(2, 1.38, lead=14), line(3, 0.0305, lead=3), line(4, 44.50, lead=77),
        line(5, 0.0715, lead=35)],
       ["lead-time-after-need-by", "note"])


# u515 a Wisconsin die-cutter and spring maker's Epicor quote form, a TWO-page PDF. The vendor's lines are numbered 1, 2,
# 3 and are not the RFQ's: its line 1 is the plate (Your Part PLT-0915-R2 -> RFQ line 4), line 2 the gasket (-> RFQ
# line 1), line 3 the springs (-> RFQ line 5; it sits on page 2 under the repeated column header). Prices carry Epicor's
# per codes, explained in the page-2 legend (E = each, C = per hundred, M = per thousand). Plate 46.20 E -> 46.20, 6
# weeks -> 42 (Jul 17, before Aug 17). Gasket 184.00 M at the 5,000 asked -> 0.184 (the quantity-break rows 2,500 /
# 5,000 / 10,000 confirm: 5,000 falls in the 5,000 row), 4 weeks -> 28. Springs 7.40 C at 8,000 -> 0.074 (breaks 5,000
# 7.40 C / 10,000 6.95 C: 8,000 is in the 5,000 row), "Minimum Order Qty: 5,000 EA" -> moq 5000 (not above 8,000), 5
# weeks -> 35 (Jul 10, before Jul 27). Quantities as asked -> null. Page-2 comments decline CBL-4C22-PUR and
# SCR-M4X10-A2 -> lines 2 and 3 noBid. "Expiration Date: 7/31/2026" -> 2026-07-31; "FOB: Kenosha, WI" -> FOB. Partial.
assert close(184.00 / 1000, 0.184) and close(7.40 / 100, 0.074) and 5000 <= 5000 < 10000 and 5000 <= 8000 < 10000
assert plus("2026-06-05", 42) == "2026-07-17"
X515 = [40, 68, 168, 348, 408, 456, 484]
HEAD515 = ["Line", "Part / Rev", "Description", "Quantity", "Unit Price", "Per", "Lead Time"]


def epicor_top(page):
    return ([(40, 806, 13, "KENOSHA DIE CUT & SPRING CO."),
             (40, 793, 8, "6120 52nd Street, Kenosha, WI 53144  |  Ph 262-555-0188  |  Fax 262-555-0189"),
             (430, 806, 13, "QUOTE")]
            + letters(f"Quote: 26118\nQuote Date: June 5, 2026\nExpiration Date: 7/31/2026\nPage {page} of 2",
                      8, 430, 790, 11))


P515_1 = (epicor_top(1)
          + letters("Customer: Northridge Robotics (NORRO01)\nContact: Nora Reyes\nRFQ: NR-RFQ-0619", 8, 40, 760, 11)
          + letters("Sales Rep: Dale Brunner\nTerms: Net 30\nShip Via: Best Way\nFOB: Kenosha, WI", 8, 250, 760, 11)
          + row(700, X515, HEAD515)
          + row(684, X515, ["1", "MBP-0915 / R2", "Motor base plate, 6082-T6, 10 mm", "120 EA", "46.20", "E", "6 weeks"])
          + [(68, 673, 7, "Your Part: PLT-0915-R2"), (168, 673, 7, "CNC milled, 4 x M6 tapped, deburred, bagged individually")]
          + row(650, X515, ["2", "DC-EPDM-80 / A", "Gasket, EPDM 70A, 80 x 62 x 3, die cut", "5,000 EA", "184.00", "M",
                            "4 weeks"])
          + [(68, 639, 7, "Your Part: GSK-EPDM-80"), (168, 628, 7, "Quantity Breaks:")]
          + [it for i, (q, p) in enumerate([("2,500 EA", "198.00"), ("5,000 EA", "184.00"), ("10,000 EA", "169.50")])
             for it in row(617 - 11 * i, X515, ["", "", "", q, p, "M", ""], size=7)]
          + [(40, 90, 7, "Continued on page 2"),
             (40, 60, 6, "Kenosha Die Cut & Spring Co.  |  ISO 9001:2015 Cert. 44-1180  |  FEIN 39-0000418  |  "
                         "Remit to: PO Box 1180, Kenosha, WI 53141")])
P515_2 = (epicor_top(2)
          + row(730, X515, HEAD515)
          + row(714, X515, ["3", "CS-0630-302 / B", "Compression spring, 302 SS, .6 x 6.3 x 30", "8,000 EA", "7.40", "C",
                            "5 weeks"])
          + [(68, 703, 7, "Your Part: SPR-C0630-302"), (168, 703, 7, "Minimum Order Qty: 5,000 EA"),
             (168, 692, 7, "Quantity Breaks:")]
          + [it for i, (q, p) in enumerate([("5,000 EA", "7.40"), ("10,000 EA", "6.95")])
             for it in row(681 - 11 * i, X515, ["", "", "", q, p, "C", ""], size=7)]
          + letters("Quote Comments:\nWe do not manufacture cable or fasteners and respectfully decline CBL-4C22-PUR and "
                    "SCR-M4X10-A2.\nLead times are from receipt of order and approved drawings.", 8, 40, 630, 12)
          + [(40, 586, 8, "Per codes: E = each, C = per hundred, M = per thousand")]
          + letters("Thank you for the opportunity to quote!\nRenee Szymanski, Inside Sales - 262-555-0188 ext. 131",
                    8, 40, 556, 12)
          + [(40, 60, 6, "Kenosha Die Cut & Spring Co.  |  ISO 9001:2015 Cert. 44-1180  |  FEIN 39-0000418  |  "
                         "Remit to: PO Box 1180, Kenosha, WI 53141")])
sample("u515-epicor-pdf-two-pages-per-codes-breaks", S.with_attachment(
        "Renee Szymanski <rszymanski@kenosha-dcs.example>", """Nora -

Quote 26118 attached per your RFQ.

Renee Szymanski
Kenosha Die Cut & Spring Co.
262-555-0188 ext. 131""", PDF, "Quote_26118.pdf", pdf([check_page(P515_1), check_page(P515_2)])),
       "partial", "USD", "2026-07-31", "FOB",
       [line(1, 0.184, lead=28), nob(2), nob(3), line(4, 46.20, lead=42), line(5, 0.074, lead=35, moq=5000)],
       ["no-bid"])


# u516 a Taiwanese screw and spring maker's Odoo quotation as the CSV export Odoo writes ("Order Lines/..." columns, the
# order fields only on the first row, multi-line Description cells). Unit of Measure "1000 Units": screws 20.0 x 1000 =
# 20,000 as asked -> null, 28.60 per 1000 -> 0.0286, "Lead time: 35 days after deposit" -> 35 (Jul 10, before Jul 13).
# Springs: "MOQ 10,000 pcs - quantity raised from your 8,000 pcs", 10.0 x 1000 -> quantity 10000 (quantity-differs),
# moq 10000 (moq-above-quantity), 64.80 per 1000 -> 0.0648, 60 days -> Aug 4, AFTER Jul 27 -> lead-time-after-need-by.
# Subtotals 572.00 / 648.00 confirm the basis. Expiration 2026-06-20, earlier than Jun 26 -> validity-short; Incoterm FOB
# (location Taichung) -> FOB; Currency USD. Gasket, cable and plate never mentioned -> missing-line. Partial.
assert close(20 * 28.60, 572) and close(10 * 64.80, 648) and close(28.60 / 1000, 0.0286) and close(64.80 / 1000, 0.0648)
assert plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 60) == "2026-08-04"
U516_ROWS = [["Order Reference", "Customer", "Customer Reference", "Quotation Date", "Expiration", "Incoterm",
              "Incoterm Location", "Payment Terms", "Currency", "Order Lines/Product", "Order Lines/Description",
              "Order Lines/Quantity", "Order Lines/Unit of Measure", "Order Lines/Unit Price", "Order Lines/Taxes",
              "Order Lines/Subtotal"],
             ["S00412", "Northridge Robotics", "NR-RFQ-0619", "2026-06-05", "2026-06-20", "FOB", "Taichung",
              "T/T 30% deposit, 70% before shipment", "USD", "[HF-SHCS-M4X10-A2] SHCS M4x10 ISO 4762 A2-70",
              "SHCS M4x10 ISO 4762 A2-70\nYour P/N: SCR-M4X10-A2\nLead time: 35 days after deposit", "20.0",
              "1000 Units", "28.60", "0% Export", "572.00"],
             ["", "", "", "", "", "", "", "", "", "[HF-CS-0630-302] Compression spring SUS302 0.6x6.3x30",
              "Compression spring SUS302 0.6x6.3x30\nYour P/N: SPR-C0630-302\nMOQ 10,000 pcs - quantity raised from "
              "your 8,000 pcs\nLead time: 60 days after deposit", "10.0", "1000 Units", "64.80", "0% Export", "648.00"]]
_buf = io.StringIO()
csv.writer(_buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(U516_ROWS)
sample("u516-odoo-csv-thousand-units-moq", S.with_attachment("Vivian Tsai <vivian.tsai@hsinfeng-hw.example>", """Dear Nora,

Thank you for your inquiry. Please find attached our quoation S00412 (exported from our system as CSV).

Best regards,
Vivian Tsai
Sales Dept.
Hsin Feng Precision Hardware Co., Ltd.
No. 88, Gongye 2nd Rd., Xitun Dist., Taichung 407, Taiwan
Tel: +886 4 2555 0164  Fax: +886 4 2555 0165""", "text/csv", "sale.order.S00412.csv", _buf.getvalue().encode("utf-8")),
       "partial", "USD", "2026-06-20", "FOB",
       [line(3, 0.0286, lead=35), line(5, 0.0648, qty=10000, lead=60, moq=10000)],
       ["lead-time-after-need-by", "missing-line", "moq-above-quantity", "quantity-differs", "validity-short"])


# u517 a Yorkshire cable and engineering stockist's Sage 200 "Sales Quotation" PDF in pounds sterling (GBP against the
# USD RFQ -> currency-differs). Cable row: "ALTERNATIVE to your CBL-4C22-PUR: Helix HX-4C22-PURS ..." -> alternate part
# HX-4C22-PURS (alternate-part), 1,500 m at 1.12 -> 1.12 per metre, "Lead time: 2 weeks" -> 14 (Jun 19, before Jul 20).
# Plate row "Your part PLT-0915-R2" under the vendor's code BP-0915-6082 (the vendor's code for the same part, not an
# alternate): 120 at 34.80, 6 weeks -> 42 (Jul 17, before Aug 17). A text line "Your enquiry items 1, 3 and 5 (gaskets,
# cap screws, springs): regret, not quoted." -> lines 1, 3, 5 noBid. Net and VAT columns (VAT @ 20 %) and the totals are
# not unit prices. "valid for 30 days from the quotation date" and "Quotation Date: 5 June 2026" -> 2026-07-05 (not
# short); "Delivery terms: DAP Dayton, Ohio" -> DAP. Partial.
assert close(1500 * 1.12, 1680) and close(120 * 34.80, 4176) and close(0.2 * (1680 + 4176), 1171.20)
assert plus("2026-06-05", 30) == "2026-07-05"
X517 = [40, 112, 330, 372, 404, 450, 512]
P517 = ([(40, 806, 14, "CALDER CABLE & ENGINEERING SUPPLIES LTD"),
         (40, 792, 8, "Unit 7, Dean Clough Mills, Halifax HX3 5AX, West Yorkshire  ·  Tel +44 1422 555 0149"),
         (400, 770, 14, "SALES QUOTATION")]
        + letters("Quotation No:   SQ0047731\nQuotation Date:   5 June 2026\nAccount Ref:   NORTHR01\n"
                  "Customer Enquiry:   NR-RFQ-0619\nPage 1 of 1", 8, 400, 752, 11)
        + letters("Quotation To:\nNorthridge Robotics Inc.\nAttn: Nora Reyes\n4410 Research Blvd, Suite 200\n"
                  "Dayton OH 45420, USA", 8, 40, 760, 11)
        + row(680, X517, ["Code", "Description", "Qty", "Unit", "Price £", "Net £", "VAT £"])
        + row(662, X517, ["HX-4C22-PURS", "ALTERNATIVE to your CBL-4C22-PUR:", "1,500", "m", "1.12", "1,680.00", "336.00"])
        + letters("Helix HX-4C22-PURS 4 x 22 AWG screened, PUR, black, 305 m drums\nLead time: 2 weeks", 7, 112, 651, 10)
        + row(620, X517, ["BP-0915-6082", "Your part PLT-0915-R2: motor base plate", "120", "each", "34.80",
                          "4,176.00", "835.20"])
        + letters("6082-T6, 10 mm, CNC milled, 4 x M6 tapped\nLead time: 6 weeks", 7, 112, 609, 10)
        + [(112, 578, 8, "Your enquiry items 1, 3 and 5 (gaskets, cap screws, springs): regret, not quoted.")]
        + [(372, 540, 8, "Total Net"), (512, 540, 8, "5,856.00"),
           (372, 528, 8, "Total VAT @ 20%"), (512, 528, 8, "1,171.20"),
           (372, 514, 9, "Total £"), (512, 514, 9, "7,027.20")]
        + letters("Terms: This quotation is valid for 30 days from the quotation date. Prices in GBP.\n"
                  "Delivery terms: DAP Dayton, Ohio (Incoterms 2020). Payment: 30 days net from invoice.\n"
                  "VAT will be zero-rated on proof of export.", 8, 40, 470, 12)
        + letters("Calder Cable & Engineering Supplies Ltd · Registered in England & Wales No. 04417723 · VAT Reg No "
                  "GB 214 5566 71\nBank: Yorkshire Commercial Bank · Sort Code 05-08-77 · Account 31247789 · "
                  "IBAN GB29 YCBK 0508 7731 2477 89", 6, 40, 70, 9))
sample("u517-sage-pdf-gbp-vat-alternate-cable", S.with_attachment(
        "Graham Sutcliffe <g.sutcliffe@calder-ces.example>", """Hi Nora,

Please find our quotation SQ0047731 attached.

Kind regards,
Graham Sutcliffe
Sales Engineer
Calder Cable & Engineering Supplies Ltd
Tel +44 1422 555 0149 | Mob +44 7700 900418

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in
error please notify the sender and delete it. Calder Cable & Engineering Supplies Ltd, registered in England & Wales
No. 04417723.""", PDF, "SQ0047731.pdf", pdf([check_page(P517)])),
       "partial", "GBP", "2026-07-05", "DAP",
       [nob(1), line(2, 1.12, "GBP", lead=14, alt="HX-4C22-PURS"), nob(3), line(4, 34.80, "GBP", lead=42), nob(5)],
       ["alternate-part", "currency-differs", "no-bid"])


# u518 a North Carolina wire house's NetSuite "Estimate" PDF. Cable item "CB4C22PUR-305" (Customer Part # CBL-4C22-PUR)
# sold by the SPOOL of 305 m: 5 SPOOL at 427.00, "Full spools only: 5 x 305 m = 1,525 m" -> 427.00 / 305 = 1.40 per
# metre, quantity 1525 (quantity-differs); "Ships 3-5 business days" -> upper bound 5 x 7/5 = 7 (Jun 12, before Jul 20).
# Screws (Customer Part # SCR-M4X10-A2) 20,000 EA at 0.0302 -> 0.0302, as asked -> null, "In stock" -> 0. The totals
# block holds "Est. Freight 85.00" (a shipping remark, not a unit price and not a note). "Expires: Jun 19, 2026", earlier
# than Jun 26 -> validity-short; "Ship Terms: FCA Hickory, NC" -> FCA. Gasket, plate and springs never mentioned ->
# missing-line. Partial.
assert close(427.00 / 305, 1.40) and 5 * 305 == 1525 and close(5 * 427.00 + 20000 * 0.0302, 2739.00)
assert -(-5 * 7 // 5) == 7 and plus("2026-06-05", 7) == "2026-06-12"
X518 = [40, 112, 186, 380, 420, 464, 512]
P518 = ([(40, 806, 14, "Catawba Wire & Cable Supply"),
         (40, 793, 8, "1840 Startown Rd, Hickory, NC 28602  ·  828-555-0152  ·  orders@catawba-wire.example"),
         (440, 806, 16, "Estimate")]
        + letters("#EST-30418\nDate: Jun 5, 2026\nExpires: Jun 19, 2026", 9, 440, 788, 12)
        + letters("Bill To\nNorthridge Robotics\nAccounts Payable\nPO Box 2210\nDayton OH 45401", 8, 40, 760, 11)
        + letters("Ship To\nNorthridge Robotics - Receiving\n3300 Kettering Blvd, Bldg 2\nDayton OH 45439", 8, 220, 760, 11)
        + letters("Customer #: CUS-8812\nRFQ #: NR-RFQ-0619\nSales Rep: Shauna Pettigrew\nTerms: Net 30\n"
                  "Ship Terms: FCA Hickory, NC\nShip Method: LTL", 8, 400, 760, 11)
        + row(670, X518, ["Item", "Customer Part #", "Description", "Qty", "Units", "Rate", "Amount"])
        + row(652, X518, ["CB4C22PUR-305", "CBL-4C22-PUR", "Cable 4C/22AWG shld PUR blk, 305 m spool", "5",
                          "SPOOL", "427.00", "2,135.00"])
        + [(186, 641, 7, "Full spools only: 5 x 305 m = 1,525 m. Ships 3-5 business days.")]
        + row(622, X518, ["SHCS-M4-10-A2", "SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2-70", "20,000", "EA",
                          "0.0302", "604.00"])
        + [(186, 611, 7, "In stock")]
        + [(420, 570, 8, "Subtotal"), (512, 570, 8, "2,739.00"), (420, 558, 8, "Est. Freight"), (512, 558, 8, "85.00"),
           (420, 546, 8, "Tax (0%)"), (512, 546, 8, "0.00"), (420, 532, 9, "Total"), (512, 532, 9, "$2,824.00")]
        + letters("Pricing in US dollars. Freight is prepaid and added to the invoice; the amount above is an estimate.\n"
                  "Thank you for your business!", 8, 40, 490, 12)
        + [(40, 60, 6, "Catawba Wire & Cable Supply, LLC  ·  EIN 56-0000418  ·  Remit to: PO Box 3306, Hickory, NC 28603  "
                       "·  Page 1 of 1")])
sample("u518-netsuite-pdf-spools-freight-total", S.with_attachment(
        "Shauna Pettigrew <spettigrew@catawba-wire.example>", """Hi Nora,

Please find our estimate #EST-30418 attached. Let me know if you have any questions!

Shauna Pettigrew
Catawba Wire & Cable Supply
828-555-0152""", PDF, "Estimate_EST-30418.pdf", pdf([check_page(P518)])),
       "partial", "USD", "2026-06-19", "FCA",
       [line(2, 1.40, qty=1525, lead=7), line(3, 0.0302, lead=0)],
       ["missing-line", "quantity-differs", "validity-short"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u519 a Dutch compounder's SAP quotation print (English form, Dutch/German notation) in EUR (currency-differs), above
# the buyer's quoted request. Item 10, "Your material no.: RES-PA66-GF30", 2.500 KG, price 412,00 per 100 KG -> 4.12 per
# kg (net value 10.300,00 = 2,500 x 4.12 confirms); the scale under the item (from 500 KG 438,00 / from 2.000 KG 412,00
# / from 10.000 KG 396,00 per 100 KG) puts the 2,500 kg asked in the 2.000 row -> the same 4.12. "100 bags x 25 kg" is
# the 2,500 kg asked -> null. "Delivery time: 3 weeks after order" -> 21 (Jul 3, before Jul 20). "Prices subject to
# adjustment in line with the PA66 raw-material index at the date of delivery" -> a price-adjustment clause -> note.
# "Valid from 12.06.2026 to 30.06.2026" -> 2026-06-30, earlier than Jul 3 -> validity-short; "Incoterms CIP Milwaukee" ->
# CIP. The other five lines never mentioned -> missing-line. Partial.
assert close(2500 * 412.00 / 100, 10300) and close(412.00 / 100, 4.12) and 2000 <= 2500 < 10000 and 100 * 25 == 2500
assert plus("2026-06-12", 21) == "2026-07-03"
X519 = [40, 66, 156, 330, 372, 396, 440, 466, 510]
P519 = ([(40, 806, 7, "Maasdelta Compounds B.V. · Industrieweg 41 · 6161 AB Geleen · The Netherlands")]
        + letters("Halvorsen Manufacturing Inc.\nPurchasing - Ms Lena Marsh\n1200 Industrial Pkwy\nRacine WI 53406\nUSA",
                  9, 40, 784, 12)
        + [(360, 800, 16, "Quotation")]
        + letters("Quotation   21004877\nDate   12.06.2026\nCustomer   3004419\nYour inquiry   HM-RFQ-2611\n"
                  "Contact   Ruud Hendriks\nTelephone   +31 46 555 0231\nPage   1 of 1", 8, 360, 780, 11)
        + letters("Valid from 12.06.2026 to 30.06.2026\nIncoterms CIP Milwaukee\nTerms of payment 30 days net\n"
                  "Currency EUR", 8, 40, 690, 11)
        + row(630, X519, ["Item", "Material", "Description", "Order qty", "Un", "Price", "per", "Un", "Net value"])
        + row(612, X519, ["10", "CPA66-GF30-HS-BK", "PA66 GF30 heat stabilised, black", "2.500", "KG", "412,00", "100",
                          "KG", "10.300,00"])
        + letters("Your material no.: RES-PA66-GF30\nPackaging: 100 bags x 25 kg on 3 pallets\n"
                  "Delivery time: 3 weeks after order\n"
                  "Scale (EUR per 100 KG): from 500 KG 438,00 / from 2.000 KG 412,00 / from 10.000 KG 396,00", 7, 156, 601, 10)
        + letters("Prices subject to adjustment in line with the PA66 raw-material index at the date of delivery.",
                  8, 40, 540, 11)
        + [(372, 500, 8, "Total net value"), (490, 500, 8, "10.300,00 EUR"),
           (372, 488, 8, "VAT 0 % (export)"), (490, 488, 8, "0,00 EUR"),
           (372, 474, 9, "Total"), (490, 474, 9, "10.300,00 EUR")]
        + letters("Maasdelta Compounds B.V. · Industrieweg 41 · 6161 AB Geleen · KvK 14012345 · BTW NL 8123.45.678.B01\n"
                  "ING Bank · IBAN NL91 INGB 0001 2345 67 · BIC INGBNL2A · ISO 9001 / IATF 16949", 6, 40, 70, 9))
blind("u519-sap-pdf-resin-per-100-kg-scale", message("blind", "Ruud Hendriks <r.hendriks@maasdelta-compounds.example>",
        multipart("mixed", "----=_Part_21004877_4419", [
            text_part("text/plain", """Dear Ms Marsh,

Attached please find our quotation 21004877.

Kind regards / Met vriendelijke groet,
Ruud Hendriks
Account Manager Americas
Maasdelta Compounds B.V.
T +31 46 555 0231

-----Original Message-----
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Tuesday, 9 June 2026 14:12
To: Sales Maasdelta <sales@maasdelta-compounds.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

""" + BLIND_REQUEST + "\n"),
            file_part(PDF, "21004877.pdf", pdf([check_page(P519)]))]),
        subject="Quotation 21004877 / HM-RFQ-2611"),
       "partial", "EUR", "2026-06-30", "CIP",
       [line(1, 4.12, "EUR", lead=21)],
       ["currency-differs", "missing-line", "note", "validity-short"])


# u520 an Indiana bearing and seal distributor's Dynamics NAV "Sales - Quote" PDF (bank and account numbers in the
# header block, as NAV prints them). Sales units are packs: bearings 400 Piece at 3.56 -> 3.56, "Avail.: stock" -> 0;
# O-rings 100 "Bag (500)" at 9.65 -> 9.65 / 500 = 0.0193, 100 x 500 = 50,000 as asked -> null, 2 weeks -> 14 (Jun 26,
# before Aug 17); hose 16 "Coil (50 m)" at 232.50 -> 232.50 / 50 = 4.65 per metre, 16 x 50 = 800 m as asked -> null,
# "10 working days" -> 14 (before Sep 1). A text line "Your items RES-PA66-GF30, SHT-5052H32-030 and KIT-PX200-SEAL:
# no quote, not in our range." -> lines 1, 2, 6 noBid. "Quote Valid Until Date: July 31, 2026" -> 2026-07-31; "Shipment
# Method: FCA Terre Haute, IN" -> FCA. Partial.
assert close(9.65 / 500, 0.0193) and close(232.50 / 50, 4.65) and 100 * 500 == 50000 and 16 * 50 == 800
assert close(400 * 3.56 + 100 * 9.65 + 16 * 232.50, 6109.00) and -(-10 * 7 // 5) == 14
X520 = [40, 120, 290, 336, 420, 490]
P520 = ([(40, 806, 12, "Sales - Quote"), (470, 806, 8, "Page 1")]
        + letters("Halvorsen Manufacturing Inc.\nLena Marsh\n1200 Industrial Pkwy\nRacine, WI 53406", 8, 40, 786, 11)
        + letters("Wabash Bearing & Seal Supply Inc.\n1400 Wabash Ave\nTerre Haute, IN 47807\nPhone No. 812-555-0193\n"
                  "Fax No. 812-555-0194\nBank First Wabash Bank\nAccount No. 0044718823", 8, 380, 786, 11)
        + letters("Customer No. 10450\nYour Reference HM-RFQ-2611\nSalesperson Troy Heckert\nNo. SQ1042271\n"
                  "Document Date June 12, 2026\nQuote Valid Until Date July 31, 2026\n"
                  "Shipment Method FCA Terre Haute, IN\nPayment Terms Net 30", 8, 40, 720, 11)
        + row(620, X520, ["No.", "Description", "Quantity", "Unit of Measure", "Unit Price", "Amount"])
        + row(604, X520, ["6205-2RSC3-SKF", "Ball bearing 6205-2RS C3 SKF", "400", "Piece", "3.56", "1,424.00"])
        + [(120, 594, 7, "Your no. BRG 6205-2RS  ·  Avail.: stock")]
        + row(576, X520, ["OR120X20N70", "O-ring 12.0 x 2.0 NBR 70 black", "100", "Bag (500)", "9.65", "965.00"])
        + [(120, 566, 7, "Your no. OR-0120-NBR70  ·  Lead time 2 weeks")]
        + row(548, X520, ["2SN08-COIL50", "Hose EN 853 2SN DN12, 275 bar", "16", "Coil (50 m)", "232.50", "3,720.00"])
        + [(120, 538, 7, "Your no. HSE-2SN-08  ·  Lead time 10 working days")]
        + [(120, 516, 8, "Your items RES-PA66-GF30, SHT-5052H32-030 and KIT-PX200-SEAL: no quote, not in our range.")]
        + [(372, 484, 8, "Total USD Excl. Tax"), (506, 484, 8, "6,109.00"), (372, 472, 8, "Sales Tax"),
           (506, 472, 8, "0.00"), (372, 458, 9, "Total USD Incl. Tax"), (506, 458, 9, "6,109.00")]
        + [(40, 60, 6, "Wabash Bearing & Seal Supply Inc.  ·  Routing No. 074900000  ·  Federal Tax ID 35-0000193")])
blind("u520-nav-pdf-bag-and-coil-units", H.with_attachment("Troy Heckert <theckert@wabash-bearing.example>", """Lena,

quote attached.

Troy Heckert
Wabash Bearing & Seal Supply Inc.
812-555-0193""", PDF, "Sales Quote SQ1042271.pdf", pdf([check_page(P520)])),
       "partial", "USD", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 3.56, lead=0), line(4, 0.0193, lead=14), line(5, 4.65, lead=14), nob(6)],
       ["no-bid"])


# u521 a Monterrey seal-kit assembler's Odoo quotation: the mail body is Odoo's own template ("Your quotation S00873
# amounting in $ 5,810.00 ... is ready for review" - a total, not a unit price), the PDF states "All amounts in USD" ->
# USD. Seal kit "Customer ref: KIT-PX200-SEAL", 150.00 Units at 31.90 -> 31.90 per set, as asked -> null, "lead time 25
# working days" -> 25 x 7/5 = 35 (Jul 17, before Sep 21). O-rings "Customer ref: OR-0120-NBR70", 50.00 "Bag of 1000" at
# 18.10 -> 18.10 / 1000 = 0.0181, 50 x 1000 = 50,000 as asked -> null, "from stock" -> 0. A third line "[SETUP]
# One-time kitting fixture and label set-up" 120.00 -> note. IVA 0 % and the total are not prices. "Expiration:
# 2026-07-10" -> not short (Jul 10 >= Jul 3); "Incoterm: EXW Monterrey, N.L." -> EXW. Resin, sheet, bearings and hose
# never mentioned -> missing-line. Partial.
assert close(150 * 31.90, 4785) and close(50 * 18.10, 905) and close(4785 + 905 + 120, 5810) and close(18.10 / 1000, 0.0181)
assert -(-25 * 7 // 5) == 35 and plus("2026-06-12", 35) == "2026-07-17"
X521 = [40, 300, 380, 436, 500]
P521 = ([(40, 806, 12, "SELLOS Y EMPAQUES DEL NORTE S.A. de C.V.")]
        + letters("Av. Ruiz Cortines 2410, Col. Moderna, 64530 Monterrey, N.L., México\nRFC SEN-090415-AB7  ·  "
                  "Tel. +52 81 5555 0187  ·  ventas@sellosnorte.example", 8, 40, 792, 11)
        + letters("Halvorsen Manufacturing Inc.\nAttn. Lena Marsh\n1200 Industrial Pkwy\nRacine WI 53406\n"
                  "United States", 9, 360, 760, 12)
        + [(40, 690, 16, "Quotation # S00873")]
        + letters("Quotation Date: 2026-06-12     Expiration: 2026-07-10     Salesperson: Daniela Garza\n"
                  "Customer Reference: HM-RFQ-2611     Incoterm: EXW Monterrey, N.L.     Payment terms: 30 Days\n"
                  "All amounts in USD (US dollars).", 8, 40, 668, 12)
        + row(614, X521, ["Description", "Quantity", "Unit Price", "Taxes", "Amount"])
        + row(596, X521, ["[KSP-PX200] Seal kit PX-200 (2 lip seals, 4 O-rings, 1 gasket)", "150.00 Units", "31.90",
                          "IVA 0% Exp.", "$ 4,785.00"])
        + [(40, 586, 7, "Customer ref: KIT-PX200-SEAL - bagged and labelled - lead time 25 working days")]
        + row(566, X521, ["[OR-12X2-N70-B1K] O-ring 12.0 x 2.0 NBR 70 black", "50.00 Bag of 1000", "18.10",
                          "IVA 0% Exp.", "$ 905.00"])
        + [(40, 556, 7, "Customer ref: OR-0120-NBR70 - from stock")]
        + row(536, X521, ["[SETUP] One-time kitting fixture and label set-up", "1.00 Units", "120.00", "IVA 0% Exp.",
                          "$ 120.00"])
        + [(380, 500, 8, "Untaxed Amount"), (500, 500, 8, "$ 5,810.00"), (380, 488, 8, "IVA 0%"), (500, 488, 8, "$ 0.00"),
           (380, 474, 9, "Total"), (500, 474, 9, "$ 5,810.00")]
        + letters("Payment terms: 30 Days\nBBVA México  ·  CLABE 012580001234567891  ·  SWIFT BCMRMXMM", 7, 40, 430, 11)
        + [(40, 60, 7, "ventas@sellosnorte.example   ·   www.sellosnorte.example   ·   Page: 1 / 1")])
blind("u521-odoo-pdf-template-mail-setup-line", H.with_attachment("Daniela Garza <dgarza@sellosnorte.example>", """Hello Lena Marsh,

Your quotation S00873 amounting in $ 5,810.00 from Sellos y Empaques del Norte S.A. de C.V. is ready for review.

Do not hesitate to contact us if you have any questions.

--
Daniela Garza
Ventas / Sales
Sellos y Empaques del Norte S.A. de C.V.
+52 81 5555 0187""", PDF, "Quotation - S00873.pdf", pdf([check_page(P521)])),
       "partial", "USD", "2026-07-10", "EXW",
       [line(4, 0.0181, lead=0), line(6, 31.90, lead=35)],
       ["missing-line", "note"])


# u522 a Leeds hydraulics firm's Sage 200 quotation exported to Excel, in GBP (currency-differs), under the buyer's
# quoted Outlook request. The vendor's own lines 1, 2, 3 are not the RFQ's; the "Your Part No." column matches them:
# line 1 = hose (RFQ 5), line 2 = O-rings (RFQ 4), line 3 = seal kit (RFQ 6). A numeric "Price Per" column: hose 412.00
# per 100 (m) -> 4.12 per metre; O-rings 15.60 per 1000 -> 0.0156; kit 27.45 per 1 -> 27.45 (Net 3,296.00 / 780.00 /
# 4,117.50 confirm). Quantities as asked -> null. Lead 3 weeks -> 21 (Jul 3, before Sep 1), 2 weeks -> 14, 6 weeks -> 42
# (Jul 24, before Sep 21). "Valid for: 60 days" from the quotation date Jun 12 (a date cell) -> 2026-08-11; "FCA Leeds"
# -> FCA. VAT @ 20 % and totals are not prices. Resin, sheet and bearings never mentioned -> missing-line. Partial.
assert close(800 * 412.00 / 100, 3296) and close(50000 * 15.60 / 1000, 780) and close(150 * 27.45, 4117.50)
assert plus("2026-06-12", 60) == "2026-08-11" and close(0.2 * 8193.50, 1638.70)
U522_ITEMS = [(1, "2SN-08-100", "HSE-2SN-08", 'Hose EN853 2SN 1/2" DN12 275 bar', 800, "m", 412.00, 100, "3 weeks"),
              (2, "OR-NBR70-1220", "OR-0120-NBR70", "O-ring 12 x 2 NBR70 black", 50000, "each", 15.60, 1000, "2 weeks"),
              (3, "SK-PX200", "KIT-PX200-SEAL", "Seal kit PX-200 (bagged, labelled)", 150, "set", 27.45, 1, "6 weeks")]
C522 = {"A1": {"v": "Aire Valley Hydraulics Ltd", "s": 6}, "A2": {"v": "Sales Quotation", "s": 5},
        "A4": "Quotation No.", "B4": "Q-0031847", "A5": "Quotation Date", "B5": {"v": serial(2026, 6, 12), "s": 3},
        "A6": "Account", "B6": "HALVOR01", "A7": "Customer Ref.", "B7": "HM-RFQ-2611",
        "A8": "Currency", "B8": "GBP (Pound Sterling)", "A9": "Valid for", "B9": "60 days",
        "A10": "Delivery", "B10": "FCA Leeds (Incoterms 2020)", "A11": "Payment", "B11": "30 days end of month"}
C522.update({f"{c}13": {"v": h, "s": 5} for c, h in zip("ABCDEFGHIJ", (
    "Line", "Stock Code", "Your Part No.", "Description", "Qty", "Unit", "Price £", "Price Per", "Net £", "Lead Time"))})
for r, (ln, code, part, desc, qty, unit, price, per, lead) in enumerate(U522_ITEMS, 14):
    C522.update({f"A{r}": ln, f"B{r}": code, f"C{r}": part, f"D{r}": desc, f"E{r}": {"v": qty, "s": 7}, f"F{r}": unit,
                 f"G{r}": {"v": price, "s": 2}, f"H{r}": per,
                 f"I{r}": {"v": round(qty * price / per, 2), "s": 2, "f": f"E{r}*G{r}/H{r}"}, f"J{r}": lead})
C522.update({"H18": "Net total", "I18": {"v": 8193.50, "s": 2, "f": "SUM(I14:I16)"},
             "H19": "VAT @ 20%", "I19": {"v": 1638.70, "s": 2, "f": "ROUND(I18*0.2,2)"},
             "H20": {"v": "Gross total", "s": 5}, "I20": {"v": 9832.20, "s": 2, "f": "I18+I19"},
             "A23": "Aire Valley Hydraulics Ltd, Units 3-5 Kirkstall Forge Trade Park, Leeds LS5 3BF. Registered in "
                    "England No. 05518442. VAT No. GB 871 2231 09.",
             "A24": "Bank: Pennine Commercial Bank, Sort Code 40-18-22, Account 60417735."})
u522_total = sum(round(q * p / per, 2) for _, _, _, _, q, _, p, per, _ in U522_ITEMS)
assert close(u522_total, 8193.50)
blind("u522-sage-xlsx-gbp-price-per-column", message("blind", "Dean Ackroyd <dean.ackroyd@airevalley-hyd.example>",
        multipart("mixed", "_004_LO2P265MB0418_", [
            text_part("text/plain", """Lena,

Quotation attached as requested - any questions give me a shout.

Regards
Dean Ackroyd
Internal Sales
Aire Valley Hydraulics Ltd
T: 0113 555 0146

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: 10 June 2026 15:31
To: Sales <sales@airevalley-hyd.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

""" + BLIND_REQUEST + "\n"),
            file_part(XLSX, "Q-0031847.xlsx", workbook(
                C522, cols='<cols><col min="1" max="1" width="16" customWidth="1"/><col min="2" max="3" width="17" '
                           'customWidth="1"/><col min="4" max="4" width="34" customWidth="1"/></cols>',
                sheet_name="Quotation", dim="A1:J24"))]),
        subject="RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
       "partial", "GBP", "2026-08-11", "FCA",
       [line(4, 0.0156, "GBP", lead=14), line(5, 4.12, "GBP", lead=21), line(6, 27.45, "GBP", lead=42)],
       ["currency-differs", "missing-line"])


# u523 an Indiana metals service centre's Infor quotation PDF (DD-MON-YYYY dates). Its line "1" is the sheet (Cust Item
# SHT-5052H32-030 -> RFQ line 2, not line 1). 90 EA at 149.60 (Ext 13,464.00); the break row under it "1-49 162.40 |
# 50-99 149.60 | 100+ 141.20" puts the 90 asked in the 50-99 band -> 149.60. "Lead: 9 weeks (mill)" -> 63 -> Aug 14,
# AFTER the Aug 10 need-by -> lead-time-after-need-by. "Expires: 26-JUN-2026" -> 2026-06-26, earlier than Jul 3 ->
# validity-short; "FOB: Hammond, IN" -> FOB. Mill test reports free of charge (no note). The other five lines never
# mentioned -> missing-line. Partial.
assert close(90 * 149.60, 13464) and 50 <= 90 <= 99 and plus("2026-06-12", 63) == "2026-08-14"
X523 = [40, 64, 210, 390, 420, 452, 510]
P523 = ([(40, 806, 13, "CALUMET METALS SERVICE CENTER, INC."),
         (40, 793, 8, "3901 Calumet Ave, Hammond, IN 46320  ·  Tel 219-555-0162  ·  Fax 219-555-0163"),
         (430, 806, 14, "QUOTATION")]
        + letters("Quote No.   Q0061733\nQuote Date   12-JUN-2026\nExpires   26-JUN-2026\nPage   1 of 1", 8, 430, 788, 11)
        + letters("Customer   HALV0004  Halvorsen Mfg.\nContact   Lena Marsh\nCust PO/RFQ   HM-RFQ-2611", 8, 40, 770, 11)
        + letters("Terms   1% 10 Net 30\nFOB   Hammond, IN\nShip Via   Our Truck\nSalesperson   Joe Kaczmarek",
                  8, 250, 770, 11)
        + row(700, X523, ["Ln", "Item", "Description", "Qty", "U/M", "Price", "Ext Price"])
        + row(684, X523, ["1", "AL5052H32-3.0-1250X2500", "Alum sheet 5052-H32 3.0 x 1250 x 2500 mm", "90", "EA",
                          "149.60", "13,464.00"])
        + letters("Cust Item: SHT-5052H32-030\nPVC film one side  ·  Lead: 9 weeks (mill)\n"
                  "Qty Breaks (EA): 1-49 162.40  |  50-99 149.60  |  100+ 141.20", 7, 64, 673, 10)
        + [(390, 620, 8, "Total"), (510, 620, 9, "13,464.00")]
        + letters("All prices in USD. Material sold subject to Calumet Metals terms and conditions of sale, available on "
                  "request.\nMill test reports furnished free of charge.", 7, 40, 580, 10)
        + [(40, 60, 6, "Calumet Metals Service Center, Inc.  ·  Remit to: Dept. 4417, PO Box 8800, Chicago, IL 60680  ·  "
                       "FEIN 35-0001733")])
blind("u523-infor-pdf-sheet-break-row-late", H.with_attachment("Joe Kaczmarek <jkaczmarek@calumet-metals.example>", """Lena - see attached quote Q0061733 for the 5052 sheet.

Joe Kaczmarek
Calumet Metals Service Center
219-555-0162""", PDF, "Q0061733.pdf", pdf([check_page(P523)])),
       "partial", "USD", "2026-06-26", "FOB",
       [line(2, 149.60, lead=63)],
       ["lead-time-after-need-by", "missing-line", "validity-short"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u524 a Pforzheim turned-parts maker and trader's SAP "Angebot" printed in German, above the quoted German request.
# Positions 10-50 carry "Ihre Materialnr." on the row below; "PE" is the SAP price unit (Preiseinheit). Shaft 38,90 per
# 1 ST -> 38.90, "Lieferzeit: 8 Wochen" -> 56 (Aug 10, before Aug 28). Housing 1.185,00 per 1 ST -> 1185.00, 14 Wochen ->
# 98 (Sep 21, before Oct 2). Fitting 412,00 per 100 ST -> 4.12, "ab Lager" -> 0. Cylinder (the Festo part asked, not an
# alternate) 156,30 per 1 ST -> 156.30, 3 Wochen -> 21. Bracket set 2.395,00 per 100 SAT -> 23.95 per set, 6 Wochen ->
# 42 (Jul 27, before Oct 9). Nettowerte confirm every basis. Position 60 "Vorrichtung für Pos. 50, einmalig" 650,00 ->
# a one-off fixture charge -> note. 19 % MwSt and totals are not prices. "Gültig bis: 31.07.2026" -> 2026-07-31;
# "Lieferbedingung: FCA Pforzheim" -> FCA. Every line priced -> parsed.
U524_ITEMS = [("10", "3100-2231", "Antriebswelle 42CrMo4 vergütet, 30 h6 x 412", 250, "ST", 38.90, 1,
               "Ihre Materialnr.: SH-2231-C rev B      Lieferzeit: 8 Wochen"),
              ("20", "3100-1180", "Getriebegehäuse EN-GJL-250, bearb., RAL 7035", 25, "ST", 1185.00, 1,
               "Ihre Materialnr.: HSG-1180-GJL      Lieferzeit: 14 Wochen"),
              ("30", "8800-4471", "Gerade Einschraubverschraubung G1/2-10L 1.4404", 2000, "ST", 412.00, 100,
               "Ihre Materialnr.: FIT-316-G12-10      Lieferzeit: ab Lager"),
              ("40", "8800-1555", "Normzylinder ISO 15552, 32/80, Festo", 120, "ST", 156.30, 1,
               "Ihre Materialnr.: DSBC-32-80-PPVA-N3      Lieferzeit: 3 Wochen"),
              ("50", "3100-2004", "Sensorhalter-Satz L+R inkl. Schrauben, schwarz", 150, "SAT", 2395.00, 100,
               "Ihre Materialnr.: 2231-004-03      Lieferzeit: 6 Wochen"),
              ("60", "9900-0010", "Vorrichtung für Pos. 50, einmalig", 1, "LE", 650.00, 1,
               "Einmalige Kosten, berechnet mit der ersten Lieferung")]
U524_NET = round(sum(round(q * p / pe, 2) for _, _, _, q, _, p, pe, _ in U524_ITEMS), 2)
U524_VAT = round(U524_NET * 0.19, 2)
assert close(2395.00 / 100, 23.95) and close(412.00 / 100, 4.12) and U524_NET == 70588.50
assert [plus("2026-06-15", n) for n in (56, 98, 21, 42)] == ["2026-08-10", "2026-09-21", "2026-07-06", "2026-07-27"]
X524 = [40, 66, 112, 316, 350, 378, 428, 446, 500]
P524 = ([(40, 806, 7, "Enzkreis Präzisionsteile GmbH & Co. KG · Östliche Karl-Friedrich-Str. 118 · 75175 Pforzheim")]
        + letters("Vossberg Maschinenbau GmbH\nEinkauf\nHerrn Jonas Albers\nIndustriestraße 40\n32051 Herford", 9, 40, 784, 12)
        + [(360, 800, 16, "Angebot")]
        + letters("Angebotsnummer   20031587\nDatum   15.06.2026\nKundennummer   200418\nIhre Anfrage   VM-RFQ-4418\n"
                  "Ansprechpartner   Tobias Maier\nTelefon   +49 7231 555-0224\nSeite   1 von 1", 8, 360, 780, 11)
        + letters("Sehr geehrter Herr Albers,\nvielen Dank für Ihre Anfrage. Wir bieten Ihnen gemäß unseren Allgemeinen "
                  "Verkaufsbedingungen an:", 8, 40, 690, 11)
        + letters("Gültig bis: 31.07.2026      Lieferbedingung: FCA Pforzheim (Incoterms 2020)\n"
                  "Zahlungsbedingung: 30 Tage netto      Währung: EUR", 8, 40, 658, 11)
        + row(624, X524, ["Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis", "PE", "ME", "Nettowert"])
        + [it for i, (pos, mat, desc, q, me, p, pe, sub) in enumerate(U524_ITEMS)
           for it in row(606 - 28 * i, X524, [pos, mat, desc, f"{q:,}".replace(",", "."), me, de(p), str(pe), me,
                                              de(round(q * p / pe, 2))])
           + [(112, 596 - 28 * i, 7, sub)]]
        + [(316, 420, 8, "Summe netto"), (490, 420, 8, de(U524_NET) + " EUR"),
           (316, 408, 8, "zzgl. 19 % MwSt."), (490, 408, 8, de(U524_VAT) + " EUR"),
           (316, 394, 9, "Gesamtbetrag"), (490, 394, 9, de(U524_NET + U524_VAT) + " EUR")]
        + letters("Mit freundlichen Grüßen\nEnzkreis Präzisionsteile GmbH & Co. KG\ni. A. Tobias Maier", 8, 40, 350, 11)
        + letters("Enzkreis Präzisionsteile GmbH & Co. KG · Sitz Pforzheim · Registergericht Mannheim HRA 704418 · "
                  "Komplementärin: Enzkreis Verwaltungs GmbH, HRB 505512\nGeschäftsführer: Tobias Maier, Petra Kunzmann · "
                  "USt-IdNr. DE 144 556 781 · Sparkasse Pforzheim Calw · IBAN DE61 6665 0085 0004 4718 23 · "
                  "BIC PZHSDE66XXX", 6, 40, 70, 9))
blind2("u524-sap-pdf-german-pe-100-fixture", V.message("Tobias Maier <t.maier@enzkreis-praezision.example>",
        multipart("mixed", "----=_Part_20031587_200418", [
            text_part("text/plain", """Sehr geehrter Herr Albers,

anbei erhalten Sie unser Angebot 20031587 zu Ihrer Anfrage VM-RFQ-4418.

Mit freundlichen Grüßen

Tobias Maier
Vertrieb Innendienst
Enzkreis Präzisionsteile GmbH & Co. KG
Tel. +49 7231 555-0224

-----Ursprüngliche Nachricht-----
Von: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Gesendet: Mittwoch, 10. Juni 2026 09:14
An: Vertrieb Enzkreis <vertrieb@enzkreis-praezision.example>
Betreff: Anfrage VM-RFQ-4418 - Dreh- und Kaufteile VL-60

""" + BLIND2_REQUEST + "\n"),
            file_part(PDF, "Angebot_20031587.pdf", pdf([check_page(P524)]))]),
        subject="AW: Anfrage VM-RFQ-4418 - Dreh- und Kaufteile VL-60"),
       "parsed", "EUR", "2026-07-31", "FCA",
       [line(1, 38.90, "EUR", lead=56), line(2, 1185.00, "EUR", lead=98), line(3, 4.12, "EUR", lead=0),
        line(4, 156.30, "EUR", lead=21), line(5, 23.95, "EUR", lead=42)],
       ["note"])


# u525 a Brabant pneumatics distributor's Exact Online quotation exported to XLSX (English, EUR). Item codes are the
# vendor's numeric article numbers; "Your item" sits on the row below. Line 10: "ALTERNATIVE for your
# DSBC-32-80-PPVA-N3: SMC part no. C96SDB32-80C" -> alternatePartNumber C96SDB32-80C (alternate-part), 120 at 148.20 per 1
# -> 148.20, "Delivery 4 weeks" -> 28 (Jul 13, before Sep 11); the Festo delivery time it names (16 weeks) is for a part
# not offered -> ignored. Line 20: fitting 389.00 "Price per" 100 -> 3.89, 2,000 as asked -> null, "stock" -> 0. A text
# row declines "lines 1, 2 and 5 of your inquiry (shaft, gearbox housing, bracket set)" -> noBid. Header "Valid until:
# 17 July 2026" -> not short (>= Jul 10); "Delivery terms: DAP Herford" -> DAP. VAT 0 % reverse charge, totals and the
# KvK / VAT / IBAN footer are not prices. Partial.
assert close(389.00 / 100, 3.89) and close(120 * 148.20, 17784) and close(2000 * 3.89, 7780)
assert plus("2026-06-15", 28) == "2026-07-13"
U525_XLSX = xlsx([
    ["Pneumatiek Brabant B.V."], ["De Run 5410, 5504 DE Veldhoven, The Netherlands - Tel +31 40 555 0218"], [""],
    ["QUOTATION", "OFF-26-00418"],
    ["Date", "15 June 2026", "", "Customer", "Vossberg Maschinenbau GmbH (debtor 40187)"],
    ["Your reference", "VM-RFQ-4418", "", "Contact", "Sanne van der Heijden"],
    ["Valid until", "17 July 2026", "", "Delivery terms", "DAP Herford (Incoterms 2020)"],
    ["Currency", "EUR", "", "Payment", "30 days net"], [""],
    ["Line", "Item code", "Description", "Quantity", "Unit", "Price", "Price per", "Amount", "Delivery"],
    [10, 100447, "ALTERNATIVE for your DSBC-32-80-PPVA-N3: SMC part no. C96SDB32-80C", 120, "pcs", 148.20, 1, 17784.00,
     "4 weeks"],
    ["", "", "ISO 15552 cylinder 32/80, adjustable air cushioning. Festo DSBC-32-80-PPVA-N3 has a delivery time of 16 "
             "weeks and is not offered.", "", "", "", "", "", ""],
    [20, 100218, "Male connector G1/2 - 10 mm tube, stainless 316L", 2000, "pcs", 389.00, 100, 7780.00, "stock"],
    ["", "", "Your item: FIT-316-G12-10", "", "", "", "", "", ""],
    ["", "", "Lines 1, 2 and 5 of your inquiry (shaft, gearbox housing, bracket set): no quotation - we do not "
             "manufacture to drawing.", "", "", "", "", "", ""], [""],
    ["", "", "", "", "", "Subtotal excl. VAT", "", 25564.00],
    ["", "", "", "", "", "VAT 0% (intra-Community supply, VAT reverse-charged)", "", 0],
    ["", "", "", "", "", "Total EUR", "", 25564.00], [""],
    ["Pneumatiek Brabant B.V. - KvK 17084419 - VAT NL8601.12.345.B01 - IBAN NL20 RABO 0123 4567 89 - BIC RABONL2U"]])
blind2("u525-exact-xlsx-smc-alternate-per-100", V.message("Sanne van der Heijden <s.vanderheijden@pneumatiek-brabant.example>",
        multipart("mixed", "=_exact_OFF2600418", [
            text_part("text/plain", """Dear Mr Albers,

Please find attached our quotation OFF-26-00418.

Met vriendelijke groet / Kind regards,
Sanne van der Heijden
Binnendienst | Pneumatiek Brabant B.V.
+31 40 555 0218

The information in this e-mail is confidential and may be legally privileged. It is intended solely for the
addressee. Pneumatiek Brabant B.V. is registered with the Chamber of Commerce under no. 17084419.
"""),
            file_part(XLSX, "OFF-26-00418.xlsx", U525_XLSX)])),
       "partial", "EUR", "2026-07-17", "DAP",
       [nob(1), nob(2), line(3, 3.89, "EUR", lead=0), line(4, 148.20, "EUR", lead=28, alt="C96SDB32-80C"), nob(5)],
       ["alternate-part", "no-bid"])


# u526 a Worcester fittings stockist's Sage 50 quotation PDF in GBP (currency-differs). Fitting (your FIT-316-G12-10):
# 2,000 at 3.62, the break row "500+ £4.10 · 2,000+ £3.62 · 5,000+ £3.35" confirms the 2,000 tier -> 3.62, "Despatch:
# 10 working days" -> 14 (Jun 29, before Aug 14). Bracket set (your 2231-004-03): "Packed in boxes of 20 sets - quantity
# rounded up from 150 to 160 sets (8 boxes)" -> quantity 160 (quantity-differs), 21.60 per set, 5 weeks -> 35 (Jul 20,
# before Oct 9). "DSBC-32-80-PPVA-N3: regret, we cannot supply Festo cylinders." -> line 4 noBid. "Date: 15/06/2026"
# (day first, unambiguous) and "valid 30 days" -> 2026-07-15 (not short); "CPT Bielefeld" -> CPT. Shaft and housing never
# mentioned -> missing-line. Partial.
assert close(2000 * 3.62, 7240) and close(160 * 21.60, 3456) and 8 * 20 == 160 and -(-150 // 20) == 8
assert plus("2026-06-15", 14) == "2026-06-29" and plus("2026-06-15", 30) == "2026-07-15"
X526 = [40, 124, 370, 420, 470, 530]
P526 = ([(40, 806, 13, "SEVERN FLUID FITTINGS LTD"),
         (40, 793, 8, "Unit 4, Shrub Hill Industrial Estate, Worcester WR4 9EL  ·  Tel 01905 555 0171"),
         (440, 806, 14, "QUOTATION")]
        + letters("Quote No.   7731\nDate   15/06/2026\nAccount Ref   VOSSBE01\nYour Ref   VM-RFQ-4418\nPage   1",
                  8, 440, 788, 11)
        + letters("Vossberg Maschinenbau GmbH\nFAO Jonas Albers\nIndustriestraße 40\n32051 Herford\nGermany", 8, 40, 770, 11)
        + row(690, X526, ["Product Code", "Details", "Quantity", "Price £", "Net £", "VAT £"])
        + row(674, X526, ["SS-MC-G12-10L", "Male connector G1/2 BSPP x 10 mm tube, 316L", "2,000", "3.62", "7,240.00",
                          "0.00"])
        + letters("Your part FIT-316-G12-10\nQuantity breaks: 500+ £4.10  ·  2,000+ £3.62  ·  5,000+ £3.35 (each)\n"
                  "Despatch: 10 working days", 7, 124, 664, 10)
        + row(622, X526, ["BK-2231-LR", "Sensor bracket set L+R with screws, black anodised", "160", "21.60", "3,456.00",
                          "0.00"])
        + letters("Your part 2231-004-03\nPacked in boxes of 20 sets - quantity rounded up from 150 to 160 sets (8 boxes)\n"
                  "Despatch: 5 weeks", 7, 124, 612, 10)
        + [(124, 572, 8, "DSBC-32-80-PPVA-N3: regret, we cannot supply Festo cylinders.")]
        + [(370, 540, 8, "Total Net Amount"), (510, 540, 8, "£10,696.00"),
           (370, 528, 8, "Total VAT Amount"), (510, 528, 8, "£0.00"),
           (370, 514, 9, "Quote Total"), (510, 514, 9, "£10,696.00")]
        + letters("Prices in GBP, valid 30 days from the date of this quotation. Carriage: CPT Bielefeld (Incoterms "
                  "2020).\nVAT zero-rated (export of goods). Payment: 30 days from date of invoice.", 8, 40, 470, 12)
        + letters("Severn Fluid Fittings Ltd  ·  Registered in England No. 03318870  ·  VAT No. GB 662 1477 05\n"
                  "Lloyds Bank plc  ·  Sort Code 30-96-41  ·  Account 11842277  ·  IBAN GB71 LOYD 3096 4111 8422 77",
                  6, 40, 70, 9))
blind2("u526-sage50-pdf-gbp-breaks-boxes-of-20", V.message("Helen Pritchard <helen@severn-fluidfit.example>",
        multipart("mixed", "----=_NextPart_000_7731_01DCFC10", [
            text_part("text/plain", """Dear Jonas

Please find attached our quotation 7731 as requested.

Kind regards
Helen Pritchard
Severn Fluid Fittings Ltd
01905 555 0171


On 9 Jun 2026, at 10:22, Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
""" + quoted(BLIND2_REQUEST_EN) + "\n"),
            file_part(PDF, "Quote 7731.pdf", pdf([check_page(P526)]))]),
        subject="Quotation 7731"),
       "partial", "GBP", "2026-07-15", "CPT",
       [line(3, 3.62, "GBP", lead=14), nob(4), line(5, 21.60, "GBP", qty=160, lead=35)],
       ["currency-differs", "missing-line", "no-bid", "quantity-differs"])


# u527 a Schaffhausen machine shop's Abacus "Offerte" PDF (Swiss German, "ss" for ß) in CHF with apostrophe thousands
# (currency-differs). Pos. 10 shaft (Ihre Art.-Nr. SH-2231-C rev B) 250 Stk at 41.50 -> 41.50 (Betrag 10'375.00); Pos.
# 20 housing (HSG-1180-GJL) 25 Stk at 1'312.00 -> 1312.00 (Betrag 32'800.00). "Lieferfrist: 12 Wochen" for both -> 84 ->
# Sep 7: AFTER the shaft's Aug 28 need-by (lead-time-after-need-by), before the housing's Oct 2. "Offertgültigkeit: 60
# Tage" from Mon 15 Jun -> 2026-08-14; "EXW Neuhausen am Rheinfall" -> EXW. MWST 0.0 % (Export) and totals are not
# prices. Positions 3, 4, 5 never mentioned -> missing-line. Partial.
assert close(250 * 41.50, 10375) and close(25 * 1312.00, 32800) and ch(43175) == "43'175.00"
assert plus("2026-06-15", 84) == "2026-09-07" and plus("2026-06-15", 60) == "2026-08-14"
X527 = [40, 70, 126, 350, 386, 430, 506]
P527 = ([(40, 806, 13, "Rheinfall Mechanik AG"),
         (40, 793, 8, "Industriestrasse 22  ·  CH-8212 Neuhausen am Rheinfall  ·  Tel. +41 52 555 02 27")]
        + letters("Vossberg Maschinenbau GmbH\nHerr Jonas Albers\nIndustriestrasse 40\nDE-32051 Herford", 9, 360, 780, 12)
        + [(40, 720, 15, "Offerte Nr. 26-10418")]
        + letters("Datum: 15.06.2026     Kunden-Nr.: 40233     Ihre Anfrage: VM-RFQ-4418     Sachbearbeiter: Urs Gehring\n"
                  "Offertgültigkeit: 60 Tage     Lieferbedingungen: EXW Neuhausen am Rheinfall (Incoterms 2020)\n"
                  "Zahlungsbedingungen: 30 Tage netto     Währung: CHF", 8, 40, 700, 12)
        + row(640, X527, ["Pos.", "Artikel", "Bezeichnung", "Menge", "Einheit", "Preis CHF", "Betrag CHF"])
        + row(622, X527, ["10", "RM-2231-C", "Antriebswelle 42CrMo4 vergütet, geschliffen", "250", "Stk", "41.50",
                          ch(10375)])
        + [(126, 612, 7, "30 h6 x 412 mm, Passfedernut 8 P9  ·  Ihre Art.-Nr.: SH-2231-C rev B  ·  Lieferfrist: 12 Wochen")]
        + row(592, X527, ["20", "RM-1180", "Getriebegehäuse EN-GJL-250, bearbeitet", "25", "Stk", ch(1312), ch(32800)])
        + [(126, 582, 7, "grundiert RAL 7035  ·  Ihre Art.-Nr.: HSG-1180-GJL  ·  Lieferfrist: 12 Wochen")]
        + [(386, 540, 8, "Total netto"), (506, 540, 8, ch(43175)), (386, 528, 8, "MWST 0.0 % (Export)"),
           (506, 528, 8, "0.00"), (386, 514, 9, "Total CHF"), (506, 514, 9, ch(43175))]
        + letters("Freundliche Grüsse\nRheinfall Mechanik AG\nUrs Gehring", 8, 40, 470, 11)
        + letters("Rheinfall Mechanik AG  ·  UID CHE-114.556.902 MWST  ·  Handelsregister Kanton Schaffhausen\n"
                  "Schaffhauser Kantonalbank  ·  IBAN CH56 0078 2008 0412 3456 7  ·  BIC SHKBCH2S", 6, 40, 70, 9))
blind2("u527-abacus-pdf-chf-apostrophe-late-shaft", V.message("Urs Gehring <u.gehring@rheinfall-mechanik.example>",
        multipart("mixed", "=_abacus_26-10418", [
            text_part("text/plain", """Grüezi Herr Albers

Im Anhang erhalten Sie unsere Offerte Nr. 26-10418.

Freundliche Grüsse
Urs Gehring
Rheinfall Mechanik AG
Tel. +41 52 555 02 27
"""),
            file_part(PDF, "Offerte_26-10418.pdf", pdf([check_page(P527)]))]),
        subject="Offerte 26-10418 zu Ihrer Anfrage VM-RFQ-4418"),
       "partial", "CHF", "2026-08-14", "EXW",
       [line(1, 41.50, "CHF", lead=84), line(2, 1312.00, "CHF", lead=84)],
       ["currency-differs", "lead-time-after-need-by", "missing-line"])


# u528 a Basque machining firm's SAP Business One "Sales Quotation" PDF whose every line - all five RFQ parts with the
# quantities asked - reads 0.00 with the remark "Cannot supply - no capacity until Q4 2026", total 0.00; the body says
# they are fully booked. Every line declined -> full no-bid: five noBid lines, and (README convention) currency,
# validUntil and incoterms null although the form prints "Valid Until 15.07.2026" and "Incoterms EXW Eibar". Kinds
# {no-bid}.
X528 = [40, 62, 160, 330, 380, 430, 480]
U528_ROWS = [("1", "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412", "250", "EA"),
             ("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "25", "EA"),
             ("3", "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", "2,000", "EA"),
             ("4", "DSBC-32-80-PPVA-N3", "Cylinder ISO 15552 32/80", "120", "EA"),
             ("5", "2231-004-03", "Sensor bracket set L+R", "150", "SET")]
P528 = ([(40, 806, 13, "MECANIZADOS DEBA S.L."),
         (40, 793, 8, "Polígono Azitain 7, 20600 Eibar (Gipuzkoa), Spain  ·  Tel. +34 943 555 028  ·  CIF B-20554187"),
         (400, 806, 13, "Sales Quotation")]
        + letters("No.   26000418\nPosting Date   15.06.2026\nValid Until   15.07.2026\nCustomer   C40871\n"
                  "Customer Ref. No.   VM-RFQ-4418", 8, 400, 788, 11)
        + letters("Vossberg Maschinenbau GmbH\nAttn. Jonas Albers\nIndustriestraße 40\n32051 Herford, Germany",
                  8, 40, 770, 11)
        + letters("Incoterms EXW Eibar     Payment Terms 60 days     Currency EUR     Sales Employee Iker Arrieta",
                  8, 40, 700, 11)
        + row(670, X528, ["#", "Item No.", "Description", "Quantity", "UoM", "Unit Price", "Total (LC)"])
        + [it for i, (n, pn, desc, q, u) in enumerate(U528_ROWS)
           for it in row(652 - 26 * i, X528, [n, pn, desc, q, u, "0.00", "0.00"])
           + [(160, 642 - 26 * i, 7, "Cannot supply - no capacity until Q4 2026")]]
        + [(380, 500, 8, "Total Before Discount"), (480, 500, 8, "0.00"), (380, 488, 8, "Tax"), (480, 488, 8, "0.00"),
           (380, 474, 9, "Total"), (480, 474, 9, "EUR 0.00")]
        + letters("Remarks: We regret that we cannot quote this inquiry. Our machining capacity is fully booked until "
                  "the fourth quarter of 2026.", 8, 40, 430, 11)
        + letters("Mecanizados Deba S.L.  ·  Registro Mercantil de Gipuzkoa, Tomo 2417, Folio 88, Hoja SS-30418  ·  "
                  "CIF B-20554187\nKutxabank  ·  IBAN ES12 2095 5001 0012 3456 7890  ·  BIC BASKES2BXXX", 6, 40, 70, 9))
blind2("u528-b1-pdf-all-lines-cannot-supply", V.message("Iker Arrieta <i.arrieta@mecanizados-deba.example>",
        multipart("mixed", "=_sapb1_26000418", [
            text_part("text/plain", """Dear Mr. Albers,

Please find attached our quotation 26000418. Unfortunately we are fully booked until Q4 and cannot offer this time.

Best regards,
Iker Arrieta
Mecanizados Deba S.L.
Tel. +34 943 555 028
"""),
            file_part(PDF, "Sales Quotation 26000418.pdf", pdf([check_page(P528)]))]),
        subject="Sales Quotation 26000418 - VM-RFQ-4418"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


if __name__ == "__main__":
    ROUND.write()
