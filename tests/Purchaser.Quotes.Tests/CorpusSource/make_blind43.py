#!/usr/bin/env python3
"""Writes replies u673..u688 (Corpus/u*.eml + expected u*.json) - the forty-third blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is ANOTHER ORDINARY WEEK, ATTACHMENT-HEAVY: sixteen ordinary replies of mixed kinds, eleven of them
with a file attached (the quote, part of it, or something that is not the quote). A two-page PDF estimate printed from
a small vendor's accounting tool (header block with estimate number, date, expiration date, terms and ship terms; the
item table runs onto page 2 with a one-time die charge and the totals); an MRO distributor's PDF whose description
column wraps onto two and three text lines full of sizes; the buyer's XLSX template returned with the prices filled in and the vendor's own
columns added on the right (pack qty, MOQ, country of origin, HS code); a semicolon CSV in windows-1252 with decimal
commas and a price-unit column; an XLSX whose price breaks are extra tier columns; a PDF that states the same prices as
the body; a "see attached" workbook holding two lines while the body declines the other three; an Outlook HTML reply with
inline logo images and a signature full of phone, fax, DUNS and certificate numbers; a plain-text reply pasting a
tab-separated table from Excel above the quoted request; a French reply with a PDF "devis"; a revised quotation whose
new PDF supersedes rev 0 (the body names the old sheet price); a full no-bid with its reason; a turned-parts shop that
attaches the buyer's drawing stamped "quoted as drawn" (dimensions, no prices) and puts its prices in the body; an
Italian multipart/alternative with a house-brand cylinder; a UK shop in GBP with shaft price breaks, a late lead time
and a ten-day validity; and a Swedish distributor attaching its ISO 9001 certificate, whose own "valid until" is not
the quote's.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, xlsx, pdf  # expected-line shapes, one-sheet workbook writer, text-layer PDF writer
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind3 import b64, png, related  # base64 lines, a small PNG logo, Outlook multipart/related with inline images
from make_blind5 import check_page, file_part, multipart, row, text_part, workbook  # MIME parts, PDF rows, styled XLSX
import make_blind5 as M  # message("sample" | "blind", frm, part): a whole message with S / H headers
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(673)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind})


def gt(text):
    """Quotes text the way mail clients do ("> " before every line, a bare ">" on empty ones)."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u673 a small Michigan distributor's ESTIMATE printed to PDF from its accounting tool, two pages. Page 1: letterhead,
# "Bill To" block and the header block "Estimate # 2417 / Date Jun 4, 2026 / Expiration Date Jul 17, 2026 / Terms Net 30 /
# Ship Terms FCA Hastings, MI", then the item table (Item | Description | Qty | Rate | Lead Time | Amount) with three rows;
# page 2 repeats the table header and carries the other two RFQ lines, a one-time die charge and the totals.
# Gasket 0.182 (x 5,000 = 910.00), 4 weeks -> 28 (Jul 3, before Aug 3). Cable "per meter" 1.37 (x 1,500 = 2,055.00),
# 2 weeks -> 14 (Jun 19, before Jul 20). Screws 0.0296 (x 20,000 = 592.00), Stock -> 0. Plate 44.10 (x 120 = 5,292.00),
# 7 weeks -> 49 (Jul 24, before Aug 17). Springs 0.0684 (x 8,000 = 547.20), 5 weeks -> 35 (Jul 10, before Jul 27).
# Quantities are the RFQ's -> null. "TOOL-DIE Steel rule die for GSK-EPDM-80 (one-time charge) 1 240.00" -> a one-off
# die charge: note, not a line price. The Amount column and the total are never unit prices. "Expiration Date Jul 17,
# 2026" -> 2026-07-17 (not short); "Ship Terms FCA Hastings, MI" -> FCA; "Terms Net 30" is payment. USD. Every line
# priced -> parsed.
assert close(5000 * 0.182, 910.00) and close(1500 * 1.37, 2055.00) and close(20000 * 0.0296, 592.00)
assert close(120 * 44.10, 5292.00) and close(8000 * 0.0684, 547.20)
assert close(910.00 + 2055.00 + 592.00 + 5292.00 + 547.20 + 240.00, 9636.20)
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 49) == "2026-07-24" and plus("2026-06-05", 35) == "2026-07-10"
X673 = [50, 122, 312, 362, 414, 480]
HEAD673 = ["Item", "Description", "Qty", "Rate", "Lead Time", "Amount"]
P673_1 = check_page(
    [(50, 800, 15, "Barry County Industrial Products, LLC"), (455, 800, 18, "Estimate"),
     (50, 786, 8, "1120 W. State St, Hastings, MI 49058"), (50, 775, 8, "(269) 555-0134  |  sales@barrycounty-ip.example"),
     (50, 740, 9, "Bill To"), (50, 727, 9, "Northridge Robotics"), (50, 715, 9, "Attn: Nora Reyes, Purchasing"),
     (50, 703, 9, "Ref: RFQ NR-RFQ-0619"),
     (360, 740, 9, "Estimate #"), (460, 740, 9, "2417"),
     (360, 727, 9, "Date"), (460, 727, 9, "Jun 4, 2026"),
     (360, 715, 9, "Expiration Date"), (460, 715, 9, "Jul 17, 2026"),
     (360, 703, 9, "Terms"), (460, 703, 9, "Net 30"),
     (360, 691, 9, "Ship Terms"), (460, 691, 9, "FCA Hastings, MI"),
     (360, 679, 9, "Rep"), (460, 679, 9, "DK")]
    + row(640, X673, HEAD673, 9)
    + row(620, X673, ["GSK-EPDM-80", "Gasket EPDM 70A die-cut 80x62x3", "5,000", "0.182", "4 weeks", "910.00"])
    + row(604, X673, ["CBL-4C22-PUR", "Cable 4x22 AWG shld PUR, per meter", "1,500", "1.37", "2 weeks", "2,055.00"])
    + row(588, X673, ["SCR-M4X10-A2", "SHCS M4 x 10 ISO 4762 A2-70", "20,000", "0.0296", "Stock", "592.00"])
    + [(50, 540, 8, "Continued on next page"), (480, 60, 8, "Page 1 of 2")])
P673_2 = check_page(
    [(50, 800, 9, "Barry County Industrial Products, LLC  -  Estimate # 2417 (continued)")]
    + row(770, X673, HEAD673, 9)
    + row(750, X673, ["PLT-0915-R2", "Motor base plate 6082-T6, CNC", "120", "44.10", "7 weeks", "5,292.00"])
    + row(734, X673, ["SPR-C0630-302", "Compression spring 302 SS", "8,000", "0.0684", "5 weeks", "547.20"])
    + row(718, X673, ["TOOL-DIE", "Steel rule die for GSK-EPDM-80", "1", "240.00", "", "240.00"])
    + row(706, X673, ["", "(one-time charge)", "", "", "", ""])
    + row(676, X673, ["", "", "", "Subtotal", "", "9,636.20"], 9)
    + row(662, X673, ["", "", "", "Sales Tax", "", "0.00"], 9)
    + row(648, X673, ["", "", "", "Total", "", "USD 9,636.20"], 9)
    + [(50, 610, 8, "All prices in US dollars. Lead times are from receipt of order. Tax exempt - resale certificate on file."),
       (50, 598, 8, "Thank you for the opportunity to quote!"),
       (50, 560, 8, "Accepted By: ______________________"), (320, 560, 8, "Accepted Date: ______________"),
       (480, 60, 8, "Page 2 of 2")])
sample("u673-pdf-two-page-accounting-estimate-die", S.with_attachment("Doug Kessel <dkessel@barrycounty-ip.example>", """Hi Nora,

Please find attached Estimate #2417 for your RFQ NR-RFQ-0619.

Thanks,
Doug Kessel
Barry County Industrial Products, LLC
(269) 555-0134""", "application/pdf", "Estimate_2417_from_Barry_County_Industrial_Products_LLC.pdf", pdf([P673_1, P673_2])),
       "parsed", "USD", "2026-07-17", "FCA",
       [line(1, 0.182, lead=28), line(2, 1.37, lead=14), line(3, 0.0296, lead=0), line(4, 44.10, lead=49),
        line(5, 0.0684, lead=35)],
       ["note"])


# u674 plain text: a table copied from Excel and pasted with TABS between the cells, above the buyer's request quoted with
# "> " (that request carries the RFQ's quantities and need-by dates - not a quote). Columns Line | Part No | Description |
# Qty | Unit Price | MOQ | Lead Time. Gasket $0.196, MOQ 1000, "5 wks" -> 35 (Jul 10, before Aug 3). Cable "N/Q" and
# plate "N/Q" -> declined. Screws $0.0301, MOQ 5000, "stock" -> 0. Springs $0.0712, MOQ 10000 -> above the 8,000 asked
# (moq-above-quantity); the Qty cell restates 8000 and the vendor does not quote another quantity -> null; "4 wks" -> 28
# (Jul 3, before Jul 27). "Pricing valid through 7/31/2026" -> 2026-07-31; "FOB Twinsburg, OH" -> FOB. Partial.
assert plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 28) == "2026-07-03"
U674_ROWS = [("Line", "Part No", "Description", "Qty", "Unit Price", "MOQ", "Lead Time"),
             ("1", "GSK-EPDM-80", "Gasket EPDM 80x62x3", "5000", "$0.196", "1000", "5 wks"),
             ("2", "CBL-4C22-PUR", "Cable 4C 22AWG PUR", "1500", "N/Q", "", ""),
             ("3", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20000", "$0.0301", "5000", "stock"),
             ("4", "PLT-0915-R2", "Motor base plate", "120", "N/Q", "", ""),
             ("5", "SPR-C0630-302", "Comp spring 302SS", "8000", "$0.0712", "10000", "4 wks")]
sample("u674-tab-separated-paste-quoted-request", S.msg("Rick Mazur <rmazur@twinsburg-fs.example>", "text/plain", """Hi Nora,

Thanks for the RFQ. Pasted our pricing below (USD).

""" + "\n".join("\t".join(r) for r in U674_ROWS) + """

Please note the 10,000 pc minimum on the springs.
Pricing valid through 7/31/2026, FOB Twinsburg, OH.

Rick Mazur
Twinsburg Fastener & Spring
330-555-0184

On Mon, Jun 1, 2026 at 8:14 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + gt("""Hello Rick,

Please quote the following by June 12 (RFQ NR-RFQ-0619):

1  GSK-EPDM-80     Gasket EPDM 70A 80x62x3        5,000 EA   need by 2026-08-03
2  CBL-4C22-PUR    Cable 4x22 AWG shielded PUR    1,500 M    need by 2026-07-20
3  SCR-M4X10-A2    SHCS M4x10 A2-70               20,000 EA  need by 2026-07-13
4  PLT-0915-R2     Motor base plate 6082-T6       120 EA     need by 2026-08-17
5  SPR-C0630-302   Compression spring 302 SS      8,000 EA   need by 2026-07-27

Thanks,
Nora Reyes
Purchasing, Northridge Robotics""")),
       "partial", "USD", "2026-07-31", "FOB",
       [line(1, 0.196, lead=35, moq=1000), nob(2), line(3, 0.0301, lead=0, moq=5000), nob(4),
        line(5, 0.0712, lead=28, moq=10000)],
       ["moq-above-quantity", "no-bid"])


# u675 Outlook multipart/related: text + HTML alternatives and two inline PNG images (company logo, ISO badge) referenced
# by cid: from the signature, which is full of numbers (phone, fax, toll-free, DUNS, CAGE, certificate no., street
# address, suite) - none is a price or a lead time. The quote: cable "$1.38 per metre", "10 business days" -> 10 x 7/5 =
# 14 (Jun 19, before Jul 20). Screws "$29.80 per 1,000" -> 0.0298, "stock" -> 0. Springs "$0.0725 each", 3 weeks -> 21
# (Jun 26, before Jul 27). "The gaskets and the machined plate we do not offer" -> lines 1 and 4 declined. "Quote valid
# 45 days" from Fri 5 Jun -> 2026-07-20 (not short); "DAP Dayton, OH" -> DAP. USD. Partial.
assert workdays(10) == 14 and close(29.80 / 1000, 0.0298) and plus("2026-06-05", 45) == "2026-07-20"
U675_TEXT = """Hi Nora,

Thank you for RFQ NR-RFQ-0619. Here is our quote (USD):

CBL-4C22-PUR   1,500 m   $1.38 per metre    10 business days
SCR-M4X10-A2   20,000    $29.80 per 1,000   stock
SPR-C0630-302  8,000     $0.0725 each       3 weeks

The gaskets and the machined plate we do not offer.
Quote valid 45 days. DAP Dayton, OH (Incoterms 2020).

Best regards,
Jill Petrakis
Inside Sales
Tallmadge Wire & Industrial, Inc.
4400 Industrial Pkwy, Suite 210, Tallmadge, OH 44278
Phone 330-555-0107 | Fax 330-555-0108 | Toll-free 1-800-555-0176
DUNS 08-555-1234 | CAGE 5XY12 | ISO 9001:2015 Cert. No. 44 100 26 0712"""
U675_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Nora,</p>
<p>Thank you for RFQ NR-RFQ-0619. Here is our quote (USD):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#BFBFBF">
<tr style="background:#F2F2F2"><th>Part</th><th>Qty</th><th>Price</th><th>Lead time</th></tr>
<tr><td>CBL-4C22-PUR</td><td>1,500 m</td><td>$1.38 per metre</td><td>10 business days</td></tr>
<tr><td>SCR-M4X10-A2</td><td>20,000</td><td>$29.80 per 1,000</td><td>stock</td></tr>
<tr><td>SPR-C0630-302</td><td>8,000</td><td>$0.0725 each</td><td>3 weeks</td></tr>
</table>
<p>The gaskets and the machined plate we do not offer.<br>Quote valid 45 days. DAP Dayton, OH (Incoterms 2020).</p>
<p>Best regards,</p>
<table cellspacing="0" cellpadding="0"><tr>
<td style="padding-right:12px"><img width="96" height="48" src="cid:image001.png@01DCF4A2.5B1E7C30" alt="Tallmadge Wire &amp; Industrial"></td>
<td style="border-left:2px solid #C00000;padding-left:12px;font-size:9pt;color:#404040">
<b>Jill Petrakis</b><br>Inside Sales<br>Tallmadge Wire &amp; Industrial, Inc.<br>
4400 Industrial Pkwy, Suite 210, Tallmadge, OH 44278<br>
Phone 330-555-0107 | Fax 330-555-0108 | Toll-free 1-800-555-0176<br>
DUNS 08-555-1234 | CAGE 5XY12 | ISO 9001:2015 Cert. No. 44 100 26 0712<br>
<img width="40" height="40" src="cid:image002.png@01DCF4A2.5B1E7C30" alt="ISO 9001"></td></tr></table>
</body></html>"""
sample("u675-outlook-inline-logos-numeric-signature", related("Jill Petrakis <jpetrakis@tallmadge-wi.example>", U675_TEXT, U675_HTML,
                                                              [("image001.png", "image001.png@01DCF4A2.5B1E7C30", png(96, 48, (192, 0, 0))),
                                                               ("image002.png", "image002.png@01DCF4A2.5B1E7C30", png(40, 40, (31, 78, 121)))]),
       "partial", "USD", "2026-07-20", "DAP",
       [nob(1), line(2, 1.38, lead=14), line(3, 0.0298, lead=0), nob(4), line(5, 0.0725, lead=21)],
       ["no-bid"])


# u676 the buyer's own XLSX template returned with the price cells filled in and FOUR columns the vendor added on the
# right: Pack qty | MOQ | Country of origin | HS code (10-digit tariff numbers as text - not prices). The buyer's columns
# carry Qty, Unit and Need by (the RFQ's own values) and "Unit price (USD)" per RFQ unit and "Lead time (weeks)".
# Gasket 0.189, 4 weeks -> 28, MOQ 500. Cable 1.41 (the unit is M, per metre), 3 weeks -> 21 (Jun 26, before Jul 20),
# MOQ 100 (m). Screws 0.0312, lead "stock" -> 0, MOQ 1000. Plate 46.90, 8 weeks -> 56 (Jul 31, before Aug 17), MOQ 50.
# Springs 0.0695, 3 weeks -> 21 (Jun 26, before Jul 27), MOQ 2000. Every MOQ is below its quantity; quantities are the
# RFQ's -> null; the pack quantities divide them (no rounding). Body: "valid until August 14, 2026" (not short), "CIP
# Dayton, OH" -> CIP. USD. Every line priced -> parsed, no deviations.
assert plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 21) == "2026-06-26"
assert 5000 % 500 == 0 and 20000 % 1000 == 0 and 8000 % 1000 == 0
U676_XLSX = xlsx([
    ["Northridge Robotics - Request for Quotation NR-RFQ-0619"], ["Supplier:", "Illiana Industrial Components"], [""],
    ["Line", "Part number", "Description", "Qty", "Unit", "Need by", "Unit price (USD)", "Lead time (weeks)", "Comments",
     "Pack qty", "MOQ", "Country of origin", "HS code"],
    [1, "GSK-EPDM-80", "Gasket, EPDM 70 Shore A, die-cut, 80 OD x 62 ID x 3", 5000, "EA", "2026-08-03", 0.189, 4, "",
     500, 500, "US", "4016.93.5020"],
    [2, "CBL-4C22-PUR", "Cable, 4 x 22 AWG shielded, PUR, black", 1500, "M", "2026-07-20", 1.41, 3, "cut to length",
     "", 100, "DE", "8544.49.2000"],
    [3, "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", 20000, "EA", "2026-07-13", 0.0312, "stock", "",
     1000, 1000, "TW", "7318.15.2065"],
    [4, "PLT-0915-R2", "Motor base plate, 10 mm 6082-T6, CNC milled", 120, "EA", "2026-08-17", 46.9, 8, "",
     1, 50, "US", "7616.99.5190"],
    [5, "SPR-C0630-302", "Compression spring, 302 SS, 0.6 wire, 6.3 OD, 30 L0", 8000, "EA", "2026-07-27", 0.0695, 3, "",
     1000, 2000, "US", "7320.20.5020"],
])
sample("u676-xlsx-buyer-template-vendor-columns-added", S.with_attachment("Marcy Dubois <mdubois@illiana-ic.example>", """Hello Nora,

Attached is your RFQ sheet with our prices filled in. We added a few columns on the right (pack qty, MOQ,
country of origin and HS code) for your records.

Prices in USD, valid until August 14, 2026. CIP Dayton, OH.

Regards,
Marcy Dubois
Illiana Industrial Components | Danville, IL | 217-555-0163""", XLSX, "NR-RFQ-0619_Illiana.xlsx", U676_XLSX),
       "parsed", "USD", "2026-08-14", "CIP",
       [line(1, 0.189, lead=28, moq=500), line(2, 1.41, lead=21, moq=100), line(3, 0.0312, lead=0, moq=1000),
        line(4, 46.90, lead=56, moq=50), line(5, 0.0695, lead=21, moq=2000)],
       [])


# u677 a full no-bid with its reason: the Arkansas vendor closed its die-cutting and spring departments after a plant
# consolidation and "must decline to quote NR-RFQ-0619 in full". The buyer's request is quoted below (quantities and
# need-by dates - not a quote). Every line declined: five noBid lines, currency / validUntil / incoterms null, status
# no-bid, kinds {no-bid}.
sample("u677-full-no-bid-plant-consolidation", S.msg("Wendell Hayes <whayes@bostonmtn-rs.example>", "text/plain", """Nora,

Thank you for thinking of us. Unfortunately we must decline to quote NR-RFQ-0619 in full. As of May 29 we
consolidated into our Fort Smith plant and closed the die-cutting and spring departments; we no longer machine
aluminum either, and cable and fasteners were never our line.

Sorry we can't help this time.

Wendell Hayes
Boston Mountain Rubber & Spring
Fort Smith, AR | 479-555-0121

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Monday, June 1, 2026 8:20 AM
To: Wendell Hayes <whayes@bostonmtn-rs.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hi Wendell,

Please quote by June 12: GSK-EPDM-80 gasket 5,000 pcs, CBL-4C22-PUR cable 1,500 m, SCR-M4X10-A2 screws 20,000 pcs,
PLT-0915-R2 plate 120 pcs, SPR-C0630-302 springs 8,000 pcs.

Thanks,
Nora
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


# u678 the body and an attached one-page PDF quotation state the SAME prices (counted once). Gasket "$0.178 each", 4 weeks
# -> 28 (Jul 3, before Aug 3). Plate "$47.25 each", 6 weeks -> 42 (Jul 17, before Aug 17). Springs: "instead of
# SPR-C0630-302 we offer our catalogue spring LC-0630-30-S (17-7PH stainless instead of 302)" -> alternatePartNumber
# LC-0630-30-S (alternate-part), "$0.0665 each", 3 weeks -> 21 (Jun 26, before Jul 27). "We do not offer the cable or
# the screws" -> lines 2 and 3 declined. "Valid 60 days" from Fri 5 Jun -> 2026-08-04 (not short); "EXW Wichita, KS" ->
# EXW. USD. Partial.
assert plus("2026-06-05", 60) == "2026-08-04" and plus("2026-06-05", 42) == "2026-07-17"
assert close(5000 * 0.178, 890.00) and close(120 * 47.25, 5670.00) and close(8000 * 0.0665, 532.00)
X678 = [50, 90, 175, 345, 400, 465, 520]
P678 = check_page(
    [(50, 800, 14, "ARKANSAS VALLEY COMPONENTS"), (50, 786, 8, "3300 N. Hillside Ave, Wichita, KS 67219  |  316-555-0149"),
     (400, 800, 13, "QUOTATION"), (400, 786, 9, "No. AVC-Q-6612"), (400, 774, 9, "Date: June 5, 2026"),
     (50, 750, 9, "To: Northridge Robotics, Nora Reyes"), (400, 750, 9, "Your RFQ: NR-RFQ-0619")]
    + row(712, X678, ["Item", "Part no.", "Description", "Qty", "Unit price", "Total", "Lead"], 9)
    + row(694, X678, ["1", "GSK-EPDM-80", "Gasket EPDM 70A 80x62x3", "5,000", "$0.178", "$890.00", "4 wks"])
    + row(678, X678, ["4", "PLT-0915-R2", "Motor base plate 6082-T6", "120", "$47.25", "$5,670.00", "6 wks"])
    + row(662, X678, ["5", "LC-0630-30-S", "Alt. for SPR-C0630-302, 17-7PH", "8,000", "$0.0665", "$532.00", "3 wks"])
    + [(50, 630, 8, "Line 2 (CBL-4C22-PUR) and line 3 (SCR-M4X10-A2): not offered."),
       (50, 604, 8, "Prices in USD. EXW Wichita, KS (Incoterms 2020). Quotation valid 60 days. Terms: Net 30."),
       (50, 580, 8, "Arkansas Valley Components - Sales: Tyler Ochs")])
sample("u678-pdf-and-body-same-prices-alt-spring", S.with_attachment("Tyler Ochs <tochs@arkvalley-comp.example>", """Hi Nora,

Our quotation AVC-Q-6612 is attached as PDF; for convenience here are the prices:

  GSK-EPDM-80     5,000 pcs   $0.178 each    4 weeks
  PLT-0915-R2       120 pcs   $47.25 each    6 weeks
  SPR-C0630-302 - instead we offer our catalogue spring LC-0630-30-S (same wire, OD and free length,
                  17-7PH stainless instead of 302)   8,000 pcs   $0.0665 each   3 weeks

We do not offer the cable or the screws.

Valid 60 days, EXW Wichita, KS.

Tyler Ochs
Arkansas Valley Components
316-555-0149""", "application/pdf", "AVC-Q-6612.pdf", pdf([P678])),
       "partial", "USD", "2026-08-04", "EXW",
       [line(1, 0.178, lead=28), nob(2), nob(3), line(4, 47.25, lead=42), line(5, 0.0665, lead=21, alt="LC-0630-30-S")],
       ["alternate-part", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u679 a Slovenian hydraulics and seals distributor, English body; the quote is a CSV export with ';' separators, decimal
# commas, dot thousands, windows-1252, and a "Price unit" column. Bearing "3,18" per 1 -> 3.18 EUR, "ex stock" -> 0.
# O-rings "14,60" per 1000 -> 0.0146 EUR, "2 weeks" -> 14; quantity "50.000" = the 50,000 asked -> null. Hose "4,05" per
# 1 M -> 4.05 EUR per metre, "3 weeks" -> 21 (Jul 3, before Sep 1). Seal kit: empty price, Remark "no quote" -> declined.
# Resin and sheet are in neither the CSV nor the body -> missing-line. "Prices in EUR" -> EUR (currency-differs). Body:
# "Offer valid until 31.07.2026" -> 2026-07-31 (not short), "FCA Kranj (Incoterms 2020)" -> FCA. Partial.
assert close(14.60 / 1000, 0.0146) and plus("2026-06-12", 21) == "2026-07-03"
U679_CSV = "\r\n".join([
    "Item;Customer part no.;Description;Qty;UoM;Unit price EUR;Price unit;Lead time;Remark",
    "3;BRG 6205-2RS;Ball bearing 6205-2RS C3 (SKF);400;EA;3,18;1;ex stock;",
    "4;OR-0120-NBR70;O-ring 12,0 x 2,0 NBR 70 Shore A;50.000;EA;14,60;1000;2 weeks;",
    "5;HSE-2SN-08;Hydraulic hose EN 853 2SN DN12 – 275 bar;800;M;4,05;1;3 weeks;cut lengths, fittings not included",
    "6;KIT-PX200-SEAL;Seal kit PX-200;150;SET;;;;no quote – kit assembly not possible",
    ""]).encode("cp1252")
blind("u679-csv-semicolon-decimal-comma-cp1252", H.with_attachment("Matej Zupan <matej.zupan@hidroteh-kranj.example>", """Dear Ms Marsh,

thank you for your RFQ HM-RFQ-2611. Please find our offer attached as CSV (export from our ERP). Prices in EUR.

Offer valid until 31.07.2026. Delivery FCA Kranj (Incoterms 2020). Payment 30 days net.

Best regards
Matej Zupan
Hidroteh Kranj d.o.o. | Ljubljanska cesta 28, 4000 Kranj, Slovenia | +386 4 555 0172""",
     "text/csv; charset=\"windows-1252\"", "ponudba_HM-RFQ-2611.csv", U679_CSV),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(3, 3.18, "EUR", lead=0), line(4, 0.0146, "EUR", lead=14), line(5, 4.05, "EUR", lead=21), nob(6)],
       ["currency-differs", "missing-line", "no-bid"])


# u680 an XLSX whose price breaks are EXTRA COLUMNS: "Your qty | Break 1 qty | Break 1 price | Break 2 qty | Break 2 price
# | Break 3 qty | Break 3 price | Lead time | Remarks", each row with its own break quantities; the price is the break
# whose quantity is the largest one not above the requested quantity. Resin breaks 1,000 / 2,500 / 5,000 kg: 2,500 kg
# asked -> 4.31 per kg; "3 weeks" -> 21 (Jul 3, before Jul 20). O-rings 10,000 / 25,000 / 100,000: 50,000 asked ->
# 0.0198; "stock" -> 0. Hose 100 / 500 / 1,000 m: 800 m asked -> 4.52 per m; "2 weeks" -> 14. Seal kit 50 / 100 / 250:
# 150 asked -> 31.40 per set; "6 weeks" -> 42 (Jul 24, before Sep 21). Bearing row "No quote" -> declined. The sheet is
# not mentioned anywhere -> missing-line. Body: "valid 30 days" from Fri 12 Jun -> 2026-07-12 (not short); "FOB Gary, IN"
# -> FOB. USD. Partial.
assert 2500 <= 2500 < 5000 and 25000 <= 50000 < 100000 and 500 <= 800 < 1000 and 100 <= 150 < 250
assert plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 42) == "2026-07-24"
U680_ROWS = [["Lake County Polymer & Seal Supply - Quote LCP-5530"], ["RFQ: HM-RFQ-2611", "", "Prices USD per UoM"], [],
             ["Part number", "Description", "UoM", "Your qty", "Break 1 qty", "Break 1 price", "Break 2 qty", "Break 2 price",
              "Break 3 qty", "Break 3 price", "Lead time", "Remarks"],
             ["RES-PA66-GF30", "PA66 GF30 HS black, 25 kg bags", "KG", 2500, 1000, 4.48, 2500, 4.31, 5000, 4.15, "3 weeks", ""],
             ["BRG 6205-2RS", "Bearing 6205-2RS C3", "EA", 400, "", "", "", "", "", "", "", "No quote"],
             ["OR-0120-NBR70", "O-ring 12 x 2 NBR70", "EA", 50000, 10000, 0.0214, 25000, 0.0198, 100000, 0.0176, "stock", ""],
             ["HSE-2SN-08", "Hose EN853 2SN DN12", "M", 800, 100, 4.90, 500, 4.52, 1000, 4.21, "2 weeks", ""],
             ["KIT-PX200-SEAL", "Seal kit PX-200", "SET", 150, 50, 33.90, 100, 31.40, 250, 29.80, "6 weeks", ""]]
blind("u680-xlsx-break-tier-columns", H.with_attachment("Dana Kowalczyk <dkowalczyk@lakecounty-ps.example>", """Lena,

Quote LCP-5530 attached - we show our price breaks in the columns so you can see where the next break is.
Valid 30 days. FOB Gary, IN.

Dana Kowalczyk
Lake County Polymer & Seal Supply
219-555-0135""", XLSX, "LCP-5530.xlsx", xlsx_book([("Quote", U680_ROWS)])),
       "partial", "USD", "2026-07-12", "FOB",
       [line(1, 4.31, lead=21), nob(3), line(4, 0.0198, lead=0), line(5, 4.52, lead=14), line(6, 31.40, lead=42)],
       ["missing-line", "no-bid"])


# u681 a French bearing and hose distributor writing in French, with a PDF "devis" in French. Devis rows: bearing
# "3,05 €", "sur stock" -> 3.05 EUR, 0. O-rings "16,90 € le mille" (per thousand) -> 0.0169; "50 000" (space thousands) =
# the 50,000 asked -> null; "3 semaines" -> 21. Hose "4,38 € / m" -> 4.38 per metre; "15 jours ouvrés" (working days) ->
# 15 x 7/5 = 21 (Jul 3, before Sep 1). "Positions 1, 2 et 6 : pas d'offre (hors gamme)" in the devis and "nous ne faisons
# pas d'offre pour la résine, la tôle aluminium et le kit de joints" in the body -> lines 1, 2, 6 declined. "Validité de
# l'offre : 45 jours" from Fri 12 Jun -> 2026-07-27 (not short); "FCA Lille (Incoterms 2020)" -> FCA; "Règlement : 30
# jours fin de mois" is payment. EUR (currency-differs). Partial.
assert workdays(15) == 21 and close(16.90 / 1000, 0.0169) and plus("2026-06-12", 45) == "2026-07-27"
X681 = [50, 80, 160, 290, 340, 430]
P681 = check_page(
    [(50, 800, 14, "Roulements & Flexibles du Nord SAS"), (50, 786, 8, "ZI de la Pilaterie, 59290 Wasquehal  |  Tél. 03 20 55 50 81"),
     (420, 800, 16, "DEVIS"), (420, 786, 9, "N° D26-0518"), (420, 774, 9, "Date : 12 juin 2026"),
     (50, 752, 9, "Client : Halvorsen Manufacturing - Mme Lena Marsh"), (420, 752, 9, "Votre réf. : HM-RFQ-2611")]
    + row(716, X681, ["Pos.", "Référence", "Désignation", "Qté", "Prix unitaire HT", "Délai"], 9)
    + row(698, X681, ["3", "BRG 6205-2RS", "Roulement 6205-2RS C3", "400", "3,05 €", "sur stock"])
    + row(682, X681, ["4", "OR-0120-NBR70", "Joint torique 12 x 2 NBR 70", "50 000", "16,90 € le mille", "3 semaines"])
    + row(666, X681, ["5", "HSE-2SN-08", "Flexible EN 853 2SN DN12", "800 m", "4,38 € / m", "15 jours ouvrés"])
    + [(50, 640, 8, "Positions 1, 2 et 6 : pas d'offre (hors gamme)."),
       (50, 612, 8, "Prix en euros hors taxes. Conditions de livraison : FCA Lille (Incoterms 2020)."),
       (50, 600, 8, "Validité de l'offre : 45 jours. Règlement : 30 jours fin de mois."),
       (50, 60, 7, "SAS au capital de 250 000 € - RCS Lille Métropole 512 555 081 - TVA FR 27 512555081"), (520, 60, 7, "1/1")])
blind("u681-french-body-pdf-devis-le-mille", H.with_attachment("Aurélie Vandamme <a.vandamme@rfnord.example>", """Bonjour Madame Marsh,

Suite à votre demande HM-RFQ-2611, veuillez trouver ci-joint notre devis n° D26-0518 pour le roulement,
les joints toriques et le flexible hydraulique. Nous ne faisons pas d'offre pour la résine, la tôle aluminium
et le kit de joints.

Les prix sont en euros, hors taxes.

Bien cordialement,
Aurélie Vandamme
Technico-commerciale
Roulements & Flexibles du Nord SAS
Tél. 03 20 55 50 81""", "application/pdf", "Devis_D26-0518.pdf", pdf([P681])),
       "partial", "EUR", "2026-07-27", "FCA",
       [nob(1), nob(2), line(3, 3.05, "EUR", lead=0), line(4, 0.0169, "EUR", lead=21), line(5, 4.38, "EUR", lead=21), nob(6)],
       ["currency-differs", "no-bid"])


# u682 a REVISED quotation: the body says rev 1 is attached and supersedes rev 0 of June 10, the sheet price "reduced from
# $146.20 to $139.60 per sheet" and the hose lead time "now 3 weeks instead of 5"; the PDF (rev 1) lists the new values
# only. The earlier mail (rev 0 cover note, no prices) is quoted below. Only the new prices count: sheet 139.60, "4 wks"
# -> 28 (Jul 10, before Aug 10); bearing 3.52, "Stock" -> 0; hose "$4.71 / m", "3 wks" -> 21 (Jul 3, before Sep 1).
# "No quote: RES-PA66-GF30, OR-0120-NBR70, KIT-PX200-SEAL" -> lines 1, 4, 6 declined. "Valid until: July 24, 2026"
# (rev 1) -> 2026-07-24 (not short); "FCA West Chester, OH" -> FCA. USD. Partial; classification revised-quote.
assert plus("2026-06-12", 28) == "2026-07-10" and close(90 * 139.60, 12564.00) and close(400 * 3.52, 1408.00)
assert close(800 * 4.71, 3768.00)
X682 = [50, 80, 175, 330, 385, 450, 520]
P682 = check_page(
    [(50, 800, 14, "MILL CREEK METALS & MRO"), (50, 786, 8, "9150 Le Saint Dr, West Chester, OH 45014  |  513-555-0158"),
     (360, 800, 12, "REVISED QUOTATION"), (360, 786, 9, "Q-30871  Rev. 1"), (360, 774, 9, "Supersedes Rev. 0 of June 10, 2026"),
     (360, 762, 9, "Date: June 12, 2026"), (360, 750, 9, "Valid until: July 24, 2026"),
     (50, 762, 9, "Customer: Halvorsen Manufacturing"), (50, 750, 9, "Attn: Lena Marsh  |  RFQ HM-RFQ-2611")]
    + row(712, X682, ["Ln", "Part number", "Description", "Qty", "Unit price", "Extended", "Lead"], 9)
    + row(694, X682, ["2", "SHT-5052H32-030", "Al sheet 5052-H32 3.0x1250x2500", "90", "$139.60", "$12,564.00", "4 wks"])
    + row(678, X682, ["3", "BRG 6205-2RS", "Bearing 6205-2RS C3 (SKF)", "400", "$3.52", "$1,408.00", "Stock"])
    + row(662, X682, ["5", "HSE-2SN-08", "Hose EN 853 2SN DN12", "800 m", "$4.71 / m", "$3,768.00", "3 wks"])
    + [(50, 636, 8, "No quote: RES-PA66-GF30, OR-0120-NBR70, KIT-PX200-SEAL."),
       (50, 610, 8, "Terms: FCA West Chester, OH (Incoterms 2020). Net 30 days. Prices in USD."),
       (50, 598, 8, "Rev. 1: sheet price revised after mill confirmation; hose lead time revised.")])
blind("u682-revised-quote-rev1-pdf-supersedes", H.with_attachment("Greg Tolbert <gtolbert@millcreek-mro.example>", """Lena,

Attached is Q-30871 Rev. 1, which supersedes Rev. 0 that I sent on June 10. Two changes:

- SHT-5052H32-030: the mill confirmed a lower price, so the sheet is reduced from $146.20 to $139.60 per sheet.
- HSE-2SN-08: lead time is now 3 weeks instead of 5.

Everything else is unchanged. Rev. 1 is valid until July 24.

Greg Tolbert
Mill Creek Metals & MRO | 513-555-0158

-----Original Message-----
From: Greg Tolbert <gtolbert@millcreek-mro.example>
Sent: Wednesday, June 10, 2026 3:41 PM
To: Lena Marsh <lmarsh@halvorsen-mfg.example>
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Lena, our quotation Q-30871 is attached. Let me know if you have any questions.
Greg""", "application/pdf", "Q-30871_Rev1.pdf", pdf([P682])),
       "partial", "USD", "2026-07-24", "FCA",
       [nob(1), line(2, 139.60, lead=28), line(3, 3.52, lead=0), nob(4), line(5, 4.71, lead=21), nob(6)],
       ["no-bid"])
classify("revised-quote")


# u683 an MRO sourcing house's PDF whose Description column WRAPS onto two or three text lines (sizes, pressures, kit
# contents - numbers that are not prices); Qty, Unit, Unit price and Lead time sit on each item's first line. All six
# lines: resin "$4.44 / kg" against the KG line -> 4.44, 3 weeks -> 21 (Jul 3, before Jul 20). Sheet $141.30, 4 weeks ->
# 28 (Jul 10, before Aug 10). Bearing $3.47, stock -> 0. O-rings $0.0207, 3 weeks -> 21. Hose "$4.62 / m", 4 weeks -> 28
# (Jul 10, before Sep 1). Seal kit $28.40, 5 weeks -> 35 (Jul 17, before Sep 21). Quantities the RFQ's -> null. "Kit
# assembly fixture and label set-up, one-time charge $150.00" -> note. "Quotation valid until 2026-07-31" (not short);
# "DAP Moline, IL" -> DAP. USD. Every line priced -> parsed.
assert plus("2026-06-12", 35) == "2026-07-17" and plus("2026-06-12", 28) == "2026-07-10"
X683 = [50, 72, 160, 330, 380, 410, 490]
P683 = check_page(
    [(50, 800, 14, "Quad Cities Industrial Sourcing, Inc."), (50, 786, 8, "2600 River Dr, Moline, IL 61265  |  309-555-0177"),
     (400, 800, 12, "Quotation QCI-26-1944"), (400, 786, 9, "June 12, 2026"), (400, 774, 9, "RFQ: HM-RFQ-2611"),
     (50, 762, 9, "Halvorsen Manufacturing, attn. Lena Marsh")]
    + row(730, X683, ["Ln", "Part number", "Description", "Qty", "Unit", "Unit price", "Lead time"], 9)
    + row(712, X683, ["1", "RES-PA66-GF30", "Polyamide 66 resin, 30% glass", "2,500", "KG", "$4.44 / kg", "3 weeks"])
    + row(701, X683, ["", "", "fibre, heat stabilised, black,", "", "", "", ""])
    + row(690, X683, ["", "", "25 kg bags, 40 bags per pallet", "", "", "", ""])
    + row(672, X683, ["2", "SHT-5052H32-030", "Aluminium sheet 5052-H32,", "90", "EA", "$141.30", "4 weeks"])
    + row(661, X683, ["", "", "3.0 x 1250 x 2500 mm, PVC film", "", "", "", ""])
    + row(650, X683, ["", "", "one side", "", "", "", ""])
    + row(632, X683, ["3", "BRG 6205-2RS", "Deep groove ball bearing", "400", "EA", "$3.47", "stock"])
    + row(621, X683, ["", "", "6205-2RS C3, 25 x 52 x 15 mm", "", "", "", ""])
    + row(603, X683, ["4", "OR-0120-NBR70", "O-ring 12.0 x 2.0 mm, NBR 70", "50,000", "EA", "$0.0207", "3 weeks"])
    + row(592, X683, ["", "", "Shore A, black, bags of 1,000", "", "", "", ""])
    + row(574, X683, ["5", "HSE-2SN-08", "Hydraulic hose EN 853 2SN,", "800", "M", "$4.62 / m", "4 weeks"])
    + row(563, X683, ["", "", "DN12 (1/2 in), 275 bar, on", "", "", "", ""])
    + row(552, X683, ["", "", "50 m coils", "", "", "", ""])
    + row(534, X683, ["6", "KIT-PX200-SEAL", "Seal kit PX-200: 2 lip seals,", "150", "SET", "$28.40", "5 weeks"])
    + row(523, X683, ["", "", "4 O-rings, 1 gasket, bagged", "", "", "", ""])
    + row(512, X683, ["", "", "and labelled", "", "", "", ""])
    + [(50, 486, 8, "Kit assembly fixture and label set-up, one-time charge $150.00."),
       (50, 460, 8, "Prices in USD. DAP Moline, IL (Incoterms 2020). Quotation valid until 2026-07-31."),
       (50, 448, 8, "Lead times from receipt of order. Payment net 30 days."),
       (480, 60, 7, "Page 1 of 1")])
blind("u683-pdf-wrapped-description-all-six", H.with_attachment("Renee Vasquez <rvasquez@quadcities-is.example>", """Hi Lena,

Please see our quotation QCI-26-1944 attached - we can supply all six lines.

Renee Vasquez
Quad Cities Industrial Sourcing, Inc.
309-555-0177""", "application/pdf", "QCI-26-1944.pdf", pdf([P683])),
       "parsed", "USD", "2026-07-31", "DAP",
       [line(1, 4.44, lead=21), line(2, 141.30, lead=28), line(3, 3.47, lead=0), line(4, 0.0207, lead=21),
        line(5, 4.62, lead=28), line(6, 28.40, lead=35)],
       ["note"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u684 a turned-parts shop replies in English with the buyer's shaft drawing attached, stamped "QUOTED AS DRAWN" - the PDF
# holds only the drawing (diameters, lengths, tolerances, scale, drawing and sheet numbers) and no prices. The prices are
# in the body: shaft "EUR 37,40 per piece" at the 250 pieces asked -> 37.40, "8 weeks" -> 56 (Aug 10, before Aug 28).
# Bracket set "EUR 24,10 per set", "6 weeks" -> 42 (Jul 27, before Oct 9). "Housing, fittings and cylinders we do not
# offer" -> lines 2, 3, 4 declined. "Offer valid until 14 August 2026" (not short); "FCA Spaichingen" -> FCA. EUR.
# Partial.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 42) == "2026-07-27"
P684 = check_page(
    [(50, 800, 10, "VOSSBERG MASCHINENBAU GMBH"), (420, 800, 9, "Drawing SH-2231-C"),
     (120, 640, 9, "Ø30 h6"), (300, 640, 9, "Ø36"), (470, 640, 9, "Ø30 h6"),
     (250, 590, 9, "412 ±0.2"), (160, 700, 8, "Keyway 8 P9 x 45"), (360, 700, 8, "Ra 0.8 (both bearing seats)"),
     (90, 560, 8, "2 x 45°"), (430, 560, 8, "R1"), (120, 540, 8, "Centre holes DIN 332-A 3.15"),
     (240, 440, 16, "QUOTED AS DRAWN"), (240, 424, 8, "Brenntal Drehtechnik GmbH - 15.06.2026 - KH"),
     (50, 170, 8, "Material: 42CrMo4 +QT (EN 10083-3), 900-1100 N/mm²"),
     (50, 158, 8, "General tolerances ISO 2768-mK. Edges broken 0.2-0.5."),
     (330, 170, 8, "Title: Drive shaft VL-60"), (330, 158, 8, "Drawing no.: SH-2231-C   Rev.: B"),
     (330, 146, 8, "Scale 1:2   Sheet 1 of 1   Format A3"), (330, 134, 8, "Drawn: JA  2026-05-18   Checked: MK")])
blind2("u684-drawing-pdf-no-prices-body-priced", V.message("Konrad Haug <k.haug@brenntal-dreh.example>", multipart("mixed", "=_bdt_0615_684", [
        text_part("text/plain", """Dear Mr Albers,

thank you for the enquiry VM-RFQ-4418. We can offer the turned shaft and the bracket sets:

Pos. 1  SH-2231-C rev B drive shaft     250 pcs   EUR 37,40 per piece   delivery 8 weeks
Pos. 5  2231-004-03 sensor bracket set  150 sets  EUR 24,10 per set     delivery 6 weeks

Housing, fittings and cylinders we do not offer.

Attached is your drawing SH-2231-C rev B with our stamp "quoted as drawn" - no deviations from the drawing.

Offer valid until 14 August 2026, FCA Spaichingen (Incoterms 2020).

Best regards
Konrad Haug
Brenntal Drehtechnik GmbH
Hauptstr. 71, 78549 Spaichingen | +49 7424 555 0184
"""),
        file_part("application/pdf", "SH-2231-C_revB_quoted.pdf", pdf([P684]))])),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 37.40, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 24.10, "EUR", lead=42)],
       ["no-bid"])


# u685 "please see attached": the body of a Dutch pneumatics distributor says its quotation covers the fitting and the
# cylinder and that the shaft, the housing and the bracket sets "are made-to-drawing parts, which we cannot supply"
# (lines 1, 2, 5 declined). The styled XLSX (shared strings, number formats) holds only lines 3 and 4: fitting 4.37 per
# piece, "2 weeks" -> 14 (Jun 29, before Aug 14); cylinder DSBC-32-80-PPVA-N3 (Festo, as asked) 119.60, "5 weeks" -> 35
# (Jul 20, before Sep 11). Quantities the RFQ's -> null. The workbook's "Valid until" cell "31-07-2026" as text ->
# 2026-07-31 (not short); body "DAP Bielefeld" -> DAP. EUR. Partial.
assert plus("2026-06-15", 14) == "2026-06-29" and plus("2026-06-15", 35) == "2026-07-20"
C685 = {"A1": {"v": "VELUWE PNEUMATIEK B.V. - OFFERTE / QUOTATION 2026-0741", "s": 6},
        "A3": {"v": "Customer", "s": 5}, "C3": "Vossberg Maschinenbau GmbH - J. Albers",
        "A4": {"v": "Your RFQ", "s": 5}, "C4": "VM-RFQ-4418",
        "A5": {"v": "Valid until", "s": 5}, "C5": "31-07-2026",
        "A6": {"v": "Currency", "s": 5}, "C6": "EUR"}
for c, h in zip("ABCDEFGH", ("Line", "Part number", "Description", "Qty", "Unit", "Unit price", "Amount", "Lead time")):
    C685[f"{c}8"] = {"v": h, "s": 5}
for r, (ln, pn, desc, qty, unit, price, lead) in enumerate([
        (3, "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", 2000, "pcs", 4.37, "2 weeks"),
        (4, "DSBC-32-80-PPVA-N3", "Festo ISO 15552 cylinder 32/80", 120, "pcs", 119.60, "5 weeks")], start=9):
    C685.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 7}, f"E{r}": unit,
                 f"F{r}": {"v": price, "s": 2}, f"G{r}": {"v": round(qty * price, 2), "s": 2, "f": f"D{r}*F{r}"},
                 f"H{r}": lead})
assert close(C685["G9"]["v"], 8740.00) and close(C685["G10"]["v"], 14352.00)
blind2("u685-see-attached-two-lines-body-declines-rest", V.message("Bas Hendriks <b.hendriks@veluwe-pneumatiek.example>", multipart("mixed", "=_vp_0741", [
        text_part("text/plain", """Dear Mr Albers,

Please see attached our quotation 2026-0741 for the fitting and the cylinder.
The shaft, the housing and the bracket sets are made-to-drawing parts, which we cannot supply.

Delivery DAP Bielefeld (Incoterms 2020).

Met vriendelijke groet / Kind regards,
Bas Hendriks
Veluwe Pneumatiek B.V. | Apeldoorn | +31 55 555 0162
""", cte="quoted-printable"),
        file_part(XLSX, "Offerte_2026-0741.xlsx", workbook(C685, merges=("A1:H1",), sheet_name="Offerte", dim="A1:H10"))])),
       "partial", "EUR", "2026-07-31", "DAP",
       [nob(1), nob(2), line(3, 4.37, "EUR", lead=14), line(4, 119.60, "EUR", lead=35), nob(5)],
       ["no-bid"])


# u686 an Italian pneumatics maker, multipart/alternative (text + HTML, the same content once). Fitting "EUR 231,00 per
# bag of 50 pieces (40 bags = 2.000 pieces)" -> 231.00 / 50 = 4.62 each, as asked -> null; "ex stock" -> 0. Cylinder: "the
# Festo DSBC is on allocation, so instead we offer our ISO 15552 cylinder CPI-32-80-AC" -> alternatePartNumber
# CPI-32-80-AC (alternate-part), "EUR 84,50 each", "4 weeks" -> 28 (Jul 13, before Sep 11). Shaft, housing and bracket
# sets never mentioned -> missing-line. "Offer valid 30 days" from Mon 15 Jun -> 2026-07-15 (not short); "CPT Bielefeld"
# -> CPT. EUR. Partial.
assert close(231.00 / 50, 4.62) and 40 * 50 == 2000 and plus("2026-06-15", 30) == "2026-07-15" and plus("2026-06-15", 28) == "2026-07-13"
U686_TEXT = """Dear Mr Albers,

thank you for your request VM-RFQ-4418. For the pneumatic items we can offer:

- FIT-316-G12-10, male connector G1/2 - 10 mm, AISI 316L: EUR 231,00 per bag of 50 pieces
  (40 bags = 2.000 pieces), ex stock
- DSBC-32-80-PPVA-N3: the Festo DSBC is on allocation, so instead we offer our ISO 15552 cylinder
  CPI-32-80-AC (bore 32, stroke 80, adjustable cushioning), EUR 84,50 each, delivery 4 weeks

Offer valid 30 days, CPT Bielefeld (Incoterms 2020). Prices net, VAT excluded.

Best regards
Giulia Rota
Oleopneumatica Bergamasca S.r.l.
Via dell'Industria 12, 24040 Stezzano (BG) | +39 035 555 0186"""
U686_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Mr Albers,</p>
<p>thank you for your request VM-RFQ-4418. For the pneumatic items we can offer:</p>
<ul>
<li>FIT-316-G12-10, male connector G1/2 - 10 mm, AISI 316L: <b>EUR 231,00 per bag of 50 pieces</b> (40 bags = 2.000 pieces), ex stock</li>
<li>DSBC-32-80-PPVA-N3: the Festo DSBC is on allocation, so instead we offer our ISO 15552 cylinder <b>CPI-32-80-AC</b>
(bore 32, stroke 80, adjustable cushioning), <b>EUR 84,50 each</b>, delivery 4 weeks</li>
</ul>
<p>Offer valid 30 days, CPT Bielefeld (Incoterms 2020). Prices net, VAT excluded.</p>
<p>Best regards<br>Giulia Rota<br><span style="color:#0B5394">Oleopneumatica Bergamasca S.r.l.</span><br>
Via dell'Industria 12, 24040 Stezzano (BG) | +39 035 555 0186</p>
</body></html>"""
blind2("u686-alt-italian-bag-of-50-house-cylinder", V.alternative("Giulia Rota <g.rota@oleopneu-bg.example>", U686_TEXT, U686_HTML,
                                                                  "=_obg_alt_686", cte="quoted-printable"),
       "partial", "EUR", "2026-07-15", "CPT",
       [line(3, 4.62, "EUR", lead=0), line(4, 84.50, "EUR", lead=28, alt="CPI-32-80-AC")],
       ["alternate-part", "missing-line"])


# u687 a UK turning shop, plain text in GBP, above the buyer's request in an Outlook "From: / Sent:" block. Shaft price
# breaks as rows "100 - 249 pcs £33.60 / 250 - 499 pcs £31.90 / 500+ pcs £30.20": the 250 asked fall in 250 - 499 ->
# 31.90 GBP; "10-11 weeks" -> upper bound 77 -> Jun 15 + 77 = Aug 31, AFTER the Aug 28 need-by
# (lead-time-after-need-by). Bracket set "£21.75 per set", "6 weeks" -> 42 (Jul 27, before Oct 9). "Housing, fittings
# and cylinders: no quote" -> lines 2, 3, 4 declined. "Quote valid 10 days" from Mon 15 Jun -> 2026-06-25, earlier than
# Jul 10 -> validity-short. "DAP Bielefeld" -> DAP. GBP (currency-differs). Partial.
assert plus("2026-06-15", 77) == "2026-08-31" and days("2026-06-15", "2026-08-28") < 77 and plus("2026-06-15", 10) == "2026-06-25"
blind2("u687-uk-gbp-shaft-break-rows-late-short", V.msg("Neil Bradshaw <neil.bradshaw@tipton-pt.example>", "text/plain", """Hi Jonas,

Thanks for sending VM-RFQ-4418 over. We're a turning shop so we've priced the shaft and the bracket sets only.
All prices in GBP.

SH-2231-C rev B drive shaft
    100 - 249 pcs    £33.60 each
    250 - 499 pcs    £31.90 each
    500+ pcs         £30.20 each
    Lead time 10-11 weeks (heat treatment and grinding are subcontracted)

2231-004-03 sensor bracket set (L + R with screws)
    £21.75 per set, lead time 6 weeks

Housing, fittings and cylinders: no quote.

Delivered DAP Bielefeld. Quote valid 10 days as steel prices are moving.

Cheers,
Neil Bradshaw
Tipton Precision Turning Ltd
Unit 4, Bloomfield Road, Tipton DY4 9ET | 0121 555 0187

From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: 11 June 2026 09:12
To: sales@tipton-pt.example
Subject: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Hello,

please quote the parts below (unit price in EUR, lead time, Incoterms and validity) by June 26, 2026.

""" + "\n".join(f"{a:<6}{b:<20}{c:<44}{d:<7}{e:<5}{f}" for a, b, c, d, e, f in
                [("Line", "Part number", "Description", "Qty", "Unit", "Need by")] + V.RFQ_ROWS) + """

Kind regards,
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH
"""),
       "partial", "GBP", "2026-06-25", "DAP",
       [line(1, 31.90, "GBP", lead=77), nob(2), nob(3), nob(4), line(5, 21.75, "GBP", lead=42)],
       ["currency-differs", "lead-time-after-need-by", "no-bid", "validity-short"])


# u688 a Swedish fluid-power distributor: the quote is in the body, and the attachment is the company's ISO 9001
# CERTIFICATE (certificate number, issue date, "Valid until: 2028-03-14", scope) - nothing in it is a price, a lead time
# or the quote's validity. Fitting "EUR 452,00 per 100 pcs" -> 4.52, "ex stock" -> 0. Cylinder "DSBC-32-80-PPVA-N3 (Festo
# original) EUR 126,30 each", "3 weeks" -> 21 (Jul 6, before Sep 11). Shaft, housing and brackets never mentioned ->
# missing-line. "Offer valid until 31 July 2026" -> 2026-07-31 (not short); "CIP Bielefeld" -> CIP. EUR. Partial.
assert close(452.00 / 100, 4.52) and plus("2026-06-15", 21) == "2026-07-06"
P688 = check_page(
    [(200, 760, 22, "CERTIFICATE"), (150, 724, 11, "Nordic Quality Certification AB hereby certifies that"),
     (185, 694, 14, "Halland Fluidteknik AB"), (190, 676, 10, "Kristinebergsvägen 9, 302 41 Halmstad, Sweden"),
     (150, 646, 11, "operates a quality management system which complies with"), (240, 622, 14, "ISO 9001:2015"),
     (120, 590, 10, "Scope: Sales and distribution of pneumatic and hydraulic components, hose"),
     (120, 576, 10, "assembly and kitting."),
     (120, 530, 10, "Certificate No.: NQC 12 100 4471"), (120, 514, 10, "Initial certification: 2019-03-15"),
     (120, 498, 10, "Issue date: 2025-03-15"), (120, 482, 10, "Valid until: 2028-03-14"),
     (120, 420, 9, "Göteborg, 2025-03-15"), (120, 406, 9, "Lars Nyberg, Head of Certification Body"),
     (50, 60, 7, "Nordic Quality Certification AB, Box 5521, 402 27 Göteborg - accreditation no. 1944")])
blind2("u688-swedish-quote-in-body-iso-certificate-pdf", V.message("Emma Lindqvist <emma.lindqvist@halland-fluid.example>", multipart("mixed", "=_hft_688", [
        text_part("text/plain", """Hello Jonas,

Thank you for your RFQ VM-RFQ-4418. We can offer the two catalogue items:

FIT-316-G12-10   male connector G1/2 - 10 mm, 316L   2,000 pcs   EUR 452,00 per 100 pcs   ex stock
DSBC-32-80-PPVA-N3   Festo original                   120 pcs     EUR 126,30 each          3 weeks

Offer valid until 31 July 2026. Delivery CIP Bielefeld (Incoterms 2020).
As requested by your supplier questionnaire, our ISO 9001 certificate is attached.

Best regards
Emma Lindqvist
Halland Fluidteknik AB | Halmstad | +46 35 555 01 88
"""),
        file_part("application/pdf", "ISO9001_Certificate_Halland_Fluidteknik.pdf", pdf([P688]))])),
       "partial", "EUR", "2026-07-31", "CIP",
       [line(3, 4.52, "EUR", lead=0), line(4, 126.30, "EUR", lead=21)],
       ["missing-line"])


if __name__ == "__main__":
    ROUND.write()
