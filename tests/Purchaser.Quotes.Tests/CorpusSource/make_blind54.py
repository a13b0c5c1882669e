#!/usr/bin/env python3
"""Writes replies u849..u864 (Corpus/u*.eml + expected u*.json) - the fifty-fourth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is AN EIGHTH ORDINARY WEEK, NORTH AMERICA: sixteen ordinary replies from US, Canadian and Mexican
suppliers. An Ohio fastener man typing on his phone above the quoted request (screws "$31.40/M", springs "$7.15/C",
"3-4 wks ARO", "cant help on the rest", "FOB our dock", "frt prepay & add", a standard package of 500); a Georgia wire
distributor (multipart/alternative) pricing the metre cable per foot, cutting in multiples of 500 ft (5,000 ft =
1,524 m for 1,500 m), "10 business days ARO", a copper-adjustment clause and a quote good for 10 days; an Indiana spring
maker's PDF quotation with break ROWS per M, a minimum below the quantity and a one-time set-up charge; a Winnipeg
distributor's HTML table in CAD for all five lines with a C / metre / M / ea "Per" column, freight allowed (DAP) and a
late plate; a Texas machine shop's ERP quote for the plate with a 250-piece break, a programming / first-article charge,
an aluminium tariff clause and a ship date; and a Wisconsin gasket converter's XLSX with a price per M and a minimum of
one die run above the quantity, "No Quote" rows and the buyer's request below an Outlook header block. A Houston resin
distributor pricing per POUND against the kg line, with a pallet minimum, a tariff-surcharge clause and "prepaid and
added"; a Kansas City service centre pricing the sheet per lb at a stated theoretical weight for 7 days (base64); a
Wichita hydraulics house's pasted ERP table with the hose per foot, O-rings per M from stock and seal kits in multiples of
25; an Illinois MRO distributor's XLSX with break COLUMNS, an SPQ of 500, a seal-kit minimum and an NTN bearing instead
of the SKF; and a Minneapolis rep agency no-bidding the whole RFQ from its phone. A Queretaro machine shop in MXN with a
one-time fixture charge; a Louisville fluid-power distributor in USD (multipart/alternative) with fittings per C, a
house-brand ISO cylinder instead of the Festo and a tariff clause; an Ohio shaft shop's HTML break columns with ship
dates, the shaft's after its need-by; a Duluth sheet-metal shop asking about the anodising before quoting (a question);
and an Erie distributor's CSV export with a minimum above the fitting quantity and "10 business days". Freight terms
("prepay & add", "freight allowed"), payment terms, packing remarks and "ARO" are no deviations; one-time charges and
tariff / metal surcharges that may be added are notes.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, pdf, table_page, xlsx  # expected-line shapes, text-layer PDF, one-sheet workbook
from make_blind5 import check_page, file_part, multipart, text_part  # MIME parts and the PDF page check
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(849)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

FT = 0.3048  # metres per foot (exact)
LB = 0.45359237  # kilograms per pound (exact)


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def gt(text):
    """Quotes text the way a mail client does: '> ' before every line, a bare '>' on empty ones."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


# The buyers' requests as the vendors received them (quantities, units and need-by dates; no prices), quoted below some
# replies.
NR_ASK = """Hi,

Northridge Robotics is requesting pricing on the items below for our AGV drive module, RFQ NR-RFQ-0619.
Please reply by Friday, June 12 with unit price (USD), lead time, freight terms and how long your price is good.

Ln  Part number      Qty      U/M  Need by     Description
1   GSK-EPDM-80      5,000    EA   08/03/2026  Gasket, EPDM 70A, die-cut, 80 OD x 62 ID x 3 mm
2   CBL-4C22-PUR     1,500    M    07/20/2026  Cable 4 x 22 AWG shielded, PUR, black, 305 m spools
3   SCR-M4X10-A2     20,000   EA   07/13/2026  SHCS M4 x 10, ISO 4762, A2-70
4   PLT-0915-R2      120      EA   08/17/2026  Motor base plate, 10 mm 6082-T6, CNC, 4 x M6
5   SPR-C0630-302    8,000    EA   07/27/2026  Compression spring, 302 SS, 0.6 wire, 6.3 OD, 30 FL

Thanks,
Nora Reyes
Buyer, Northridge Robotics
Dayton, OH | 937-555-0100"""

HM_ASK = """Hello,

Please quote the following for our PX-200 pump line, RFQ HM-RFQ-2611. USD pricing, quotes due June 19, 2026.

Line  Part No.          Qty      UOM  Need by     Description
1     RES-PA66-GF30     2,500    KG   07/20/2026  PA66 GF30 resin, heat stabilized, black, 25 kg bags
2     SHT-5052H32-030   90       EA   08/10/2026  Al sheet 5052-H32, 3.0 x 1250 x 2500 mm, PVC 1S
3     BRG 6205-2RS      400      EA   07/27/2026  Ball bearing 6205-2RS C3, SKF or equal
4     OR-0120-NBR70     50,000   EA   08/17/2026  O-ring 12.0 x 2.0 mm, NBR 70, black
5     HSE-2SN-08        800      M    09/01/2026  Hydraulic hose EN 853 2SN, DN12 (1/2"), 275 bar
6     KIT-PX200-SEAL    150      SET  09/21/2026  Seal kit PX-200 (2 lip seals, 4 O-rings, 1 gasket)

Best regards,
Lena Marsh
Purchasing | Halvorsen Manufacturing | Rockford, IL"""

VM_ASK = """Dear supplier,

please send us your quotation for the parts listed below (RFQ VM-RFQ-4418, VL-60 labelling machine) until
26 June 2026. Prices in EUR are preferred.

Pos  Part no.              Qty    Unit  Need by     Description
1    SH-2231-C rev B       250    EA    2026-08-28  Drive shaft 42CrMo4 QT, 30 h6 x 412 mm, keyway 8 P9
2    HSG-1180-GJL          25     EA    2026-10-02  Gearbox housing EN-GJL-250, machined, RAL 7035
3    FIT-316-G12-10        2000   EA    2026-08-14  Male connector G1/2 - 10 mm tube, 316L
4    DSBC-32-80-PPVA-N3    120    EA    2026-09-11  ISO 15552 cylinder 32/80, Festo or equivalent
5    2231-004-03           150    SET   2026-10-09  Sensor bracket set L+R with screws, 6082 T6, black anodised

Best regards
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH, Bielefeld, Germany"""


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u849 an Ohio fastener distributor typing on his phone above the quoted request. Screws "$31.40/M" -> 31.40 / 1,000 =
# 0.0314; "20M in stock" (20 thousand = the 20,000 asked -> null) -> stock = 0; "std pkg is 500 so multiples of 500 -
# 20,000 works" is a standard package (SPQ), not a minimum -> moq null. Springs "$7.15/C" -> 7.15 / 100 = 0.0715;
# "3-4 wks ARO" -> upper bound 4 x 7 = 28 (Jul 3, before Jul 27); quantity not restated -> null. "cant help on the rest,
# not our line" -> the gaskets, cable and plate (lines 1, 2, 4) declined. "pricing good 30 days" from Fri 5 Jun ->
# 2026-07-05 (not short); "FOB our dock Mason OH" -> FOB ("frt prepay & add" is a freight remark). The quantities in
# the quoted request are the buyer's. Partial, no-bid.
assert close(31.40 / 1000, 0.0314) and close(7.15 / 100, 0.0715) and 20000 % 500 == 0
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 30) == "2026-07-05"
sample("u849-phone-screws-per-M-springs-per-C-cant-help-rest", S.msg("Dale Vogelsang <dvogelsang@kingsmills-fastener.example>", "text/plain", """Nora - quick answer on NR-RFQ-0619, im on the road today

SCR-M4X10-A2  $31.40/M   20M in stock. std pkg is 500 so multiples of 500 - 20,000 works
SPR-C0630-302  $7.15/C   3-4 wks ARO

cant help on the rest, not our line. sorry

pricing good 30 days, FOB our dock Mason OH, frt prepay & add

Dale
Kings Mills Fastener & Supply
513-555-0849 cell

Sent from my iPhone

On Jun 2, 2026, at 2:47 PM, Nora Reyes <nreyes@northridge.example> wrote:

""" + gt(NR_ASK) + "\n", subject="Re: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "USD", "2026-07-05", "FOB",
       [nob(1), nob(2), line(3, 0.0314, lead=0), nob(4), line(5, 0.0715, lead=28)],
       ["no-bid"])


# u850 a Georgia wire and cable distributor, multipart/alternative (the same quote as text and as an HTML table). Cable
# "$0.5334 / ft" on the metre line -> 0.5334 / 0.3048 m per ft = 1.75 per m (exact: 0.3048 x 1.75 = 0.5334). "We cut
# this cable in multiples of 500 ft. Your 1,500 m = 4,921 ft, so we would ship 5,000 ft (1,524 m)" -> quantity 1,524 m
# (5,000 x 0.3048; quantity-differs). "10 business days ARO" -> 10 x 7/5 = 14 (Jun 19, before Jul 20). "price is based
# on COMEX copper at $4.85/lb; if COMEX moves more than 5% before we ship, a copper adjustment will be added" -> a
# surcharge that may be added later: note (the $4.85/lb is no price of ours). Nothing said about lines 1, 3, 4, 5 ->
# missing-line. "Quote good for 10 days" from Fri 5 Jun -> 2026-06-15, earlier than Jun 26 -> validity-short.
# "FCA Norcross, GA" -> FCA. USD. Partial.
assert close(0.5334 / FT, 1.75) and 4921 < 1500 / FT < 4922 and -(-4922 // 500) * 500 == 5000 and close(5000 * FT, 1524.0)
assert workdays(10) == 14 and plus("2026-06-05", 14) == "2026-06-19" and plus("2026-06-05", 10) == "2026-06-15"
U850_TERMS = ["We cut this cable in multiples of 500 ft. Your 1,500 m = 4,921 ft, so we would ship 5,000 ft (1,524 m).",
              "Copper: price is based on COMEX copper at $4.85/lb; if COMEX moves more than 5% before we ship, a copper "
              "adjustment will be added to the invoice.",
              "Quote good for 10 days. FCA Norcross, GA (Incoterms 2020). Net 30 with approved credit."]
U850_SIGN = ["LaToya Simmons", "Inside Sales | Gwinnett Wire & Cable Supply", "4410 Jimmy Carter Blvd, Norcross, GA 30093",
             "770-555-0850 | lsimmons@gwinnett-wire.example"]
U850_TEXT = ("Hi Nora,\n\nThanks for the RFQ. We're a wire & cable house, so I'm quoting the cable only:\n\n"
             "Item: CBL-4C22-PUR - 4/C 22 AWG shielded, PUR jacket, black\n"
             "Ship qty: 5,000 ft\nPrice: $0.5334 / ft\nLead time: 10 business days ARO\n\n"
             + "\n".join(U850_TERMS) + "\n\nThank you!\n\n" + "\n".join(U850_SIGN) + "\n")
U850_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Nora,</p>
<p>Thanks for the RFQ. We're a wire &amp; cable house, so I'm quoting the cable only:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#8EA9DB">
<tr style="background:#305496;color:#FFFFFF"><th>Item</th><th>Description</th><th>Ship qty</th><th>Price</th><th>Lead time</th></tr>
<tr><td>CBL-4C22-PUR</td><td>4/C 22 AWG shielded, PUR jacket, black</td><td>5,000 ft</td><td>$0.5334 / ft</td><td>10 business days ARO</td></tr>
</table>
<p>""" + "<br>\n".join(U850_TERMS) + "</p>\n<p>Thank you!</p>\n<p>" + "<br>\n".join(U850_SIGN) + "</p>\n</body></html>"
sample("u850-alt-cable-per-ft-500-ft-cuts-10-days", S.alternative("LaToya Simmons <lsimmons@gwinnett-wire.example>", U850_TEXT, U850_HTML),
       "partial", "USD", "2026-06-15", "FCA",
       [line(2, 1.75, qty=1524, lead=14)],
       ["missing-line", "note", "quantity-differs", "validity-short"])


# u851 an Indiana spring maker, a PDF quotation (text layer) under a short cover mail. SPR-C0630-302 break ROWS priced
# "Per M": 5,000 - 9,999 $81.20 / 10,000 - 24,999 $74.50 / 25,000 + $69.00 -> the 8,000 asked fall in 5,000 - 9,999 ->
# 81.20 / 1,000 = 0.0812; quantity not restated -> null. "Minimum order 5,000 pcs" -> moq 5000 (below 8,000: no
# deviation). "4-5 wks ARO" -> 35 (Jul 10, before Jul 27). "One-time set-up charge: $125.00" -> note. The cover mail: "no
# quote on the gaskets, cable, screws or base plate" -> lines 1-4 declined. "Quotation valid 60 days from quote date"
# (quote date 06/05/2026 = the Date header) -> 2026-08-04 (not short); "F.O.B. Terre Haute, IN" -> FOB. USD. Partial.
assert 5000 <= 8000 <= 9999 and close(81.20 / 1000, 0.0812) and plus("2026-06-05", 35) == "2026-07-10"
assert plus("2026-06-05", 60) == "2026-08-04"
P851 = check_page(table_page(
    "Vigo Spring Works, Inc. - Quotation VSQ-26-0412",
    ["Item", "Part No.", "Description", "Qty Break", "Price", "Per", "Lead Time"],
    [["1", "SPR-C0630-302", "Comp. spring, 302 SS, .024 wire", "5,000 - 9,999", "$81.20", "M", "4-5 wks ARO"],
     ["", "", "6.3 mm OD x 30 mm free length", "10,000 - 24,999", "$74.50", "M", ""],
     ["", "", "", "25,000 +", "$69.00", "M", ""]],
    ["Quote date: 06/05/2026    Customer: Northridge Robotics, Attn. Nora Reyes    Your RFQ: NR-RFQ-0619",
     "Per: M = per 1,000 pieces. Minimum order 5,000 pcs.",
     "One-time set-up charge: $125.00",
     "All prices in US dollars. F.O.B. Terre Haute, IN. Terms: net 30 days.",
     "Quotation valid 60 days from quote date.",
     "Vigo Spring Works, Inc.  |  1950 N 13th St, Terre Haute, IN 47804  |  812-555-0851"],
    [34, 86, 160, 80, 50, 30, 80]))
sample("u851-pdf-spring-break-rows-per-M-setup", S.with_attachment("Gary Hufnagel <ghufnagel@vigo-spring.example>", """Nora,

Our quotation VSQ-26-0412 on the compression springs is attached. We are a spring maker only, so no quote on the
gaskets, cable, screws or base plate.

Regards,
Gary Hufnagel
Sales Manager
Vigo Spring Works, Inc.
812-555-0851""", "application/pdf", "VSQ-26-0412.pdf", pdf([P851])),
       "partial", "USD", "2026-08-04", "FOB",
       [nob(1), nob(2), nob(3), nob(4), line(5, 0.0812, lead=35, moq=5000)],
       ["no-bid", "note"])


# u852 a Winnipeg industrial distributor, HTML only, all five lines, "All prices are in Canadian dollars (CAD)" with "$"
# on every price -> CAD (currency-differs). A "Per" column with the key "C = per 100, M = per 1,000": gasket $21.40 per C
# -> 0.214, "4 wks" -> 28 (Jul 3, before Aug 3); cable $1.96 per metre -> 1.96, "2-3 wks" -> 21 (Jun 26, before Jul 20);
# screws $43.80 per M -> 0.0438, "Stock" -> 0; plate $62.75 ea, "10-12 wks" -> 84 -> Jun 5 + 84 = Aug 28, AFTER the
# Aug 17 need-by -> lead-time-after-need-by; springs $96.40 per M -> 0.0964, "3 wks" -> 21 (Jun 26, before Jul 27). The
# Extended column (qty x price) holds totals, not prices; quantities as asked -> null. "Freight allowed to Dayton, OH:
# DAP Dayton, OH (Incoterms 2020)" -> DAP. "Quote valid until July 17, 2026" -> not short. Every line priced -> parsed.
assert close(21.40 / 100, 0.214) and close(43.80 / 1000, 0.0438) and close(96.40 / 1000, 0.0964)
assert close(5000 * 0.214, 1070.00) and close(1500 * 1.96, 2940.00) and close(20000 * 0.0438, 876.00)
assert close(120 * 62.75, 7530.00) and close(8000 * 0.0964, 771.20) and plus("2026-06-05", 84) == "2026-08-28"
U852_ROWS = [("Line", "Part No.", "Description", "Qty", "Unit Price (CAD)", "Per", "Extended", "Lead Time"),
             ("1", "GSK-EPDM-80", "EPDM gasket 80 x 62 x 3, 70A", "5,000", "$21.40", "C", "$1,070.00", "4 wks"),
             ("2", "CBL-4C22-PUR", "Cable 4C 22AWG shielded PUR blk", "1,500 m", "$1.96", "metre", "$2,940.00", "2-3 wks"),
             ("3", "SCR-M4X10-A2", "SHCS M4 x 10 A2-70", "20,000", "$43.80", "M", "$876.00", "Stock"),
             ("4", "PLT-0915-R2", "Motor base plate 6082-T6", "120", "$62.75", "ea", "$7,530.00", "10-12 wks"),
             ("5", "SPR-C0630-302", "Comp spring 302SS 0.6 x 6.3 x 30", "8,000", "$96.40", "M", "$771.20", "3 wks")]
sample("u852-cad-html-all-five-freight-allowed-late-plate", S.msg("Moira McTavish <mmctavish@assiniboine-ind.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt;color:#222222">
<p>Good morning Nora,</p>
<p>Thank you for the opportunity to quote NR-RFQ-0619. Please see our pricing below. <b>All prices are in Canadian
dollars (CAD).</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#BFBFBF">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#E2EFDA\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
                for i, r in enumerate(U852_ROWS)) + """
</table>
<p style="font-size:9pt">Per: C = per 100 pcs, M = per 1,000 pcs, ea = each, metre = per metre.</p>
<p>Freight allowed to Dayton, OH: DAP Dayton, OH (Incoterms 2020). Customs brokerage is included.<br>
Quote valid until July 17, 2026. Terms net 30 days.</p>
<p>Kind regards,</p>
<p>Moira McTavish<br>Account Manager<br>Assiniboine Industrial Supply Ltd.<br>1275 Border St, Winnipeg, MB R3H 0N1<br>
204-555-0852</p>
</body></html>"""),
       "parsed", "CAD", "2026-07-17", "DAP",
       [line(1, 0.214, "CAD", lead=28), line(2, 1.96, "CAD", lead=21), line(3, 0.0438, "CAD", lead=0),
        line(4, 62.75, "CAD", lead=84), line(5, 0.0964, "CAD", lead=21)],
       ["currency-differs", "lead-time-after-need-by"])


# u853 a Texas machine shop pasting its ERP quote (fixed-width text) for the base plate. Two quantity rows under the part:
# 120 @ $46.85 (ext. $5,622.00) and 250 @ $41.20 (ext. $10,300.00) -> the 120 asked -> 46.85; quantity as asked ->
# null. "Programming / first article inspection - one time $385.00" -> note; "Aluminum plate is priced at today's mill
# cost; a Section 232 tariff surcharge may be added if the tariff on imported plate changes before we buy material" ->
# also a surcharge that may be added (note). "Est. ship date: 07/24/26 (7 wks ARO)" -> Jun 5 to Jul 24 = 49 days
# (= 7 x 7; before Aug 17). Lines 1, 2, 3, 5 never mentioned -> missing-line. "Quote valid 30 days" from Fri 5 Jun ->
# 2026-07-05 (not short); "FOB Pasadena, TX (our dock)" -> FOB. USD. Partial.
assert close(120 * 46.85, 5622.00) and close(250 * 41.20, 10300.00) and days("2026-06-05", "2026-07-24") == 49 == 7 * 7
sample("u853-texas-plate-qty-breaks-programming-ship-date", S.msg("Ruben Guerra <rguerra@shipchannel-machine.example>", "text/plain", """Nora,

Thanks for sending the RFQ over. Here's our quote on the motor base plate, pasted from our system:

QUOTATION Q26-06118                                   Date: 06/05/26
Customer: NORTHRIDGE ROBOTICS                         Your ref: NR-RFQ-0619
Attn:     Nora Reyes

Part Number     Description                              Qty    Unit Price    Ext. Price
PLT-0915-R2     MOTOR BASE PLATE, 10MM 6082-T6,           120      $46.85     $5,622.00
                CNC MILLED, (4) M6 TAPPED                 250      $41.20    $10,300.00

Programming / first article inspection - one time                   $385.00
Est. ship date: 07/24/26 (7 wks ARO)

Notes:
 - Aluminum plate is priced at today's mill cost; a Section 232 tariff surcharge may be added if the
   tariff on imported plate changes before we buy material.
 - Parts deburred, bagged individually. Certs included.
 - Terms: Net 30. FOB Pasadena, TX (our dock). Quote valid 30 days.

Ruben Guerra
Estimating / Sales
Ship Channel Machine Works, LLC
2210 Red Bluff Rd, Pasadena, TX 77506
O: 713-555-0853  C: 832-555-0185
"""),
       "partial", "USD", "2026-07-05", "FOB",
       [line(4, 46.85, lead=49)],
       ["missing-line", "note"])


# u854 a Wisconsin gasket converter, an XLSX on its quote form under a cover mail, the buyer's request below an Outlook
# "From: / Sent: / To: / Subject:" block. Gasket "Price 168.00, Per M" (key: M = per 1,000 pcs) -> 0.168; "Qty 5000"
# as asked -> null; "Min Order 10000 - one full die run" -> moq 10000, above the 5,000 asked -> moq-above-quantity;
# "3-4 wks" -> 28 (Jul 3, before Aug 3). Rows 2-5 "No Quote" -> declined. "Valid until 07/15/2026" -> 2026-07-15
# (not short); "FOB Appleton, WI (our dock)" -> FOB. USD. Partial.
assert close(168.00 / 1000, 0.168) and 10000 > 5000 and plus("2026-06-05", 28) == "2026-07-03"
U854_XLSX = xlsx([
    ["Fox River Gasket & Seal, Inc.", "", "", "", "", "QUOTE", "FRG-26-1187"],
    ["N2150 Eisenhower Dr, Appleton, WI 54915", "", "", "", "", "Date", "06/05/2026"],
    [""],
    ["Line", "Part Number", "Description", "Qty", "UOM", "Price", "Per", "Min Order", "Lead Time", "Comments"],
    [1, "GSK-EPDM-80", "EPDM 70A die-cut gasket 80 OD x 62 ID x 3", 5000, "EA", 168.0, "M", 10000, "3-4 wks",
     "Min = one full die run"],
    [2, "CBL-4C22-PUR", "Cable 4 x 22 AWG PUR", 1500, "m", "", "", "", "", "No Quote"],
    [3, "SCR-M4X10-A2", "SHCS M4 x 10 A2-70", 20000, "EA", "", "", "", "", "No Quote"],
    [4, "PLT-0915-R2", "Motor base plate", 120, "EA", "", "", "", "", "No Quote"],
    [5, "SPR-C0630-302", "Compression spring 302 SS", 8000, "EA", "", "", "", "", "No Quote"],
    [""],
    ["Per: M = per 1,000 pcs"],
    ["Prices in USD. FOB Appleton, WI (our dock), freight prepaid and added."],
    ["Valid until 07/15/2026"],
])
sample("u854-xlsx-gaskets-per-M-die-run-minimum", S.with_attachment("Kristin Lemmenes <klemmenes@foxriver-gasket.example>", """Hi Nora,

Attached is our quote FRG-26-1187 for NR-RFQ-0619. We can only help with the EPDM gasket; the other
lines are marked No Quote on the sheet.

Please note our minimum on the gasket is one full die run.

Thanks,
Kristin Lemmenes
Customer Service
Fox River Gasket & Seal, Inc.
920-555-0854

From: Nora Reyes <nreyes@northridge.example>
Sent: Tuesday, June 2, 2026 10:05 AM
To: sales@foxriver-gasket.example
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + NR_ASK, XLSX, "FRG-26-1187.xlsx", U854_XLSX),
       "partial", "USD", "2026-07-15", "FOB",
       [line(1, 0.168, lead=28, moq=10000), nob(2), nob(3), nob(4), nob(5)],
       ["moq-above-quantity", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u855 a Houston resin distributor, plain text above an Outlook "-----Original Message-----" block. PA66 GF30 "$1.74/lb"
# against the kg line -> 1.74 / 0.45359237 kg per lb = 3.836043362... per kg (non-terminating; written to 6 places,
# 3.836043). "2,500 kg = 100 bags of 25 kg (5,512 lb)" is the quantity asked -> null. "Minimum order: one pallet, 40
# bags = 1,000 kg" -> moq 1000 (kg; below 2,500). "Ex-stock, our Houston warehouse" -> 0. "this grade is imported ...
# if tariffs on imported resin change before shipment, a tariff surcharge will be added" -> note. Lines 2-6 never
# mentioned -> missing-line. "Prices good through July 10, 2026" -> not short (Jul 10 >= Jul 3); "FOB Houston, TX,
# freight prepaid and added to the invoice" -> FOB. USD. Partial.
assert close(1.74 / LB, 3.836043, 1e-6) and 100 * 25 == 2500 and round(2500 / LB) == 5512 and 40 * 25 == 1000
blind("u855-resin-per-lb-pallet-minimum-tariff-clause", H.msg("Beau Castille <bcastille@bayoucity-polymers.example>", "text/plain", """Lena,

Thanks for the inquiry. On the nylon we can help:

RES-PA66-GF30 - PA66 30% glass, heat stabilized, black, as specified
   Price: $1.74/lb
   Qty: 2,500 kg = 100 bags of 25 kg (5,512 lb)
   Minimum order: one pallet, 40 bags = 1,000 kg
   Availability: ex-stock, our Houston warehouse

Please note this grade is imported. Pricing includes current duties; if tariffs on imported resin change
before shipment, a tariff surcharge will be added.

FOB Houston, TX, freight prepaid and added to the invoice. Prices good through July 10, 2026.
Terms net 30.

Beau Castille
Bayou City Polymers
8800 Clinton Dr, Houston, TX 77029
713-555-0855

-----Original Message-----
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Monday, June 8, 2026 9:12 AM
To: quotes@bayoucity-polymers.example
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

""" + HM_ASK + "\n"),
       "partial", "USD", "2026-07-10", "FOB",
       [line(1, 3.836043, lead=0, moq=1000)],
       ["missing-line", "note"])


# u856 a Kansas City metals service centre, plain text sent base64. Sheet "$2.60/lb" with "Theo. wt 55.4 lb/sheet" and
# "billed at theoretical weight" -> 2.60 x 55.4 = 144.04 per sheet (the EA line); "90 sheets (4,986 lb)" as asked ->
# null; the extension $12,963.60 is a total. "3-4 wks" -> 28 (Jul 10, before Aug 10). Nothing about lines 1, 3-6 ->
# missing-line. "Pricing firm 7 days" from Fri 12 Jun -> 2026-06-19, earlier than Jul 3 -> validity-short. "FOB our dock,
# North Kansas City, MO" -> FOB. USD. Partial.
assert close(2.60 * 55.4, 144.04) and close(90 * 55.4, 4986) and close(90 * 144.04, 12963.60) and abs(25.125 / LB - 55.4) < 0.01
assert plus("2026-06-12", 28) == "2026-07-10" and plus("2026-06-12", 7) == "2026-06-19"
blind("u856-sheet-per-lb-theoretical-weight-7-days", H.msg("Monica Stadler <mstadler@kawpoint-metals.example>", "text/plain", """Hi Lena,

Here's our price on the 5052 sheet from HM-RFQ-2611:

  SHT-5052H32-030  .118" (3.0 mm) x 1250 x 2500 mm  5052-H32  PVC 1 side
  90 sheets (4,986 lb)
  Theo. wt 55.4 lb/sheet - billed at theoretical weight
  $2.60/lb    ext. $12,963.60
  Lead time 3-4 wks (metric size, mill direct)

Pricing firm 7 days - aluminum has been moving.
FOB our dock, North Kansas City, MO. Freight quoted at time of order.

Monica Stadler
Inside Sales
Kaw Point Metals
1500 Burlington St, North Kansas City, MO 64116
816-555-0856
""", cte="base64"),
       "partial", "USD", "2026-06-19", "FOB",
       [line(2, 144.04, lead=28)],
       ["missing-line", "validity-short"])


# u857 a Wichita hydraulics house pasting an ERP table (ragged spacing, upper case). O-rings "50,000 EA $21.50 /M,
# STOCK" -> 0.0215, 0. Hose "2,625 FT (= your 800 m)" is the quantity asked restated -> null; "$1.38 /FT" -> 1.38 /
# 0.3048 = 4.527559055... per m (written to 6 places, 4.527559); "3-4 WKS" -> 28 (Jul 10, before Sep 1). Seal kit "150
# KIT $38.75 EA" -> 38.75; "kits packed 25 per carton, order in multiples of 25" (150 = 6 x 25, SPQ, no minimum) ->
# null; "6 WKS ARO" -> 42 (Jul 24, before Sep 21). "No bid on the resin and the sheet" -> lines 1, 2 declined; the
# bearing never mentioned -> missing-line. "Quote good 30 days" from Fri 12 Jun -> 2026-07-12 (not short); "FOB Wichita,
# KS, ppd & add" -> FOB. USD. Partial.
assert close(21.50 / 1000, 0.0215) and close(1.38 / FT, 4.527559, 1e-6) and abs(2625 * FT - 800) < 0.2 and 150 % 25 == 0
assert plus("2026-06-12", 42) == "2026-07-24" and plus("2026-06-12", 30) == "2026-07-12"
blind("u857-hose-per-ft-orings-per-M-kits-multiples-of-25", H.msg("Cody Dockery <cdockery@aircapital-hydraulics.example>", "text/plain", """Lena,

See below, copied out of our quote screen. Hose is priced by the foot like we stock it.

QUOTE 0061247   HALVORSEN MFG   REF HM-RFQ-2611
LN  ITEM              DESCRIPTION                    QTY        PRICE     LEAD
4   OR-0120-NBR70     O-RING 12X2 NBR70 BLK          50,000 EA  $21.50 /M STOCK
5   HSE-2SN-08        HOSE 2SN -08 1/2" 275 BAR      2,625 FT   $1.38 /FT 3-4 WKS
6   KIT-PX200-SEAL    SEAL KIT PX-200 PER DWG        150 KIT    $38.75 EA 6 WKS ARO

- hose qty 2,625 FT (= your 800 m), cut to length on 1/2" hose reels
- kits packed 25 per carton, order in multiples of 25
- No bid on the resin and the sheet, we dont carry them

Quote good 30 days. FOB Wichita, KS, ppd & add.

Cody Dockery
Air Capital Hydraulics
3320 N Ohio St, Wichita, KS 67219
316-555-0857
"""),
       "partial", "USD", "2026-07-12", "FOB",
       [nob(1), nob(2), line(4, 0.0215, lead=0), line(5, 4.527559, lead=28), line(6, 38.75, lead=42)],
       ["missing-line", "no-bid"])


# u858 an Illinois MRO distributor's XLSX with break COLUMNS (Break 1 / 2 / 3: qty and price) and a Per column.
# Resin "N/Q" -> declined. Sheet 1 / $158.60, 50 / $149.80, 100 / $142.30 per EA -> the 90 asked -> 149.80; 21 days
# (Jul 3, before Aug 10). Bearing: "Mfr NTN", "Mfr P/N 6205LLUC3", comment "SKF not available - NTN equivalent offered"
# -> alternatePartNumber 6205LLUC3 (alternate-part); 1 / $3.12 per EA -> 3.12, 0 days. O-rings 10,000 / $24.10,
# 50,000 / $20.60, 100,000 / $18.40 per M -> 50,000 -> 20.60 / 1,000 = 0.0206; "SPQ 500" (50,000 = 100 x 500) is no
# minimum -> moq null; 14 days. Hose 1 / $4.65 per m (the metre line) -> 4.65; 21 days (Jul 3, before Sep 1). Seal kit
# 100 / $36.90, 250 / $33.40 per SET -> 150 -> 36.90; "MOQ 100" -> moq 100 (below 150); 35 days (Jul 17, before
# Sep 21). Quantities as asked -> null. Body: "valid until 07/24/2026" (not short), "FOB Bolingbrook, IL" -> FOB. USD.
# Partial.
assert 50 <= 90 < 100 and 50000 <= 50000 < 100000 and 100 <= 150 < 250 and close(20.60 / 1000, 0.0206) and 50000 % 500 == 0
assert plus("2026-06-12", 21) == "2026-07-03" and plus("2026-06-12", 35) == "2026-07-17"
U858_XLSX = xlsx([
    ["Illini Bearing & MRO Supply - Quotation IBQ-118842", "", "", "", "", "", "Customer: Halvorsen Mfg - RFQ HM-RFQ-2611"],
    [""],
    ["Line", "Customer P/N", "Mfr", "Mfr P/N", "Description", "Qty", "UOM", "Break 1 Qty", "Break 1 Price",
     "Break 2 Qty", "Break 2 Price", "Break 3 Qty", "Break 3 Price", "Per", "MOQ", "SPQ", "Lead (days)", "Comments"],
    [1, "RES-PA66-GF30", "", "", "PA66 GF30 resin", 2500, "KG", "", "", "", "", "", "", "", "", "", "", "N/Q"],
    [2, "SHT-5052H32-030", "", "", "Sheet 5052-H32 3.0 x 1250 x 2500 PVC 1S", 90, "EA", 1, 158.6, 50, 149.8, 100, 142.3,
     "EA", "", "", 21, ""],
    [3, "BRG 6205-2RS", "NTN", "6205LLUC3", "Ball bearing 25 x 52 x 15, 2 seals, C3", 400, "EA", 1, 3.12, "", "", "", "",
     "EA", "", "", 0, "SKF not available - NTN equivalent offered"],
    [4, "OR-0120-NBR70", "", "", "O-ring 12 x 2 NBR70 black", 50000, "EA", 10000, 24.1, 50000, 20.6, 100000, 18.4,
     "M", "", 500, 14, ""],
    [5, "HSE-2SN-08", "", "", "Hose EN853 2SN DN12 275 bar", 800, "M", 1, 4.65, "", "", "", "", "m", "", "", 21,
     "Cut to length"],
    [6, "KIT-PX200-SEAL", "", "", "Seal kit PX-200, bagged & labeled", 150, "SET", 100, 36.9, 250, 33.4, "", "", "SET",
     100, "", 35, ""],
    [""],
    ["Per: EA = each, M = per 1,000 pcs, m = per metre, SET = per kit. Lead time in calendar days ARO; 0 = stock."],
])
blind("u858-xlsx-break-columns-spq-ntn-alternate", H.with_attachment("Ed Przybylski <eprzybylski@illini-mro.example>", """Lena,

Our quotation IBQ-118842 for HM-RFQ-2611 is attached (Excel). Breaks are in columns across each line.
We can't get the SKF bearing in a reasonable time, so I quoted the NTN equivalent.

Pricing USD, valid until 07/24/2026. FOB Bolingbrook, IL, freight prepay & add.

Ed Przybylski
Illini Bearing & MRO Supply
650 Remington Blvd, Bolingbrook, IL 60440
630-555-0858 | cell 630-555-0885""", XLSX, "IBQ-118842.xlsx", U858_XLSX),
       "partial", "USD", "2026-07-24", "FOB",
       [nob(1), line(2, 149.80, lead=21), line(3, 3.12, lead=0, alt="6205LLUC3"), line(4, 0.0206, lead=14),
        line(5, 4.65, lead=21), line(6, 36.90, lead=35, moq=100)],
       ["alternate-part", "no-bid"])


# u859 a Minneapolis manufacturers' rep agency, from a phone, above the quoted request: "we're going to no bid HM-RFQ-2611
# ... none of our principals are a fit" -> every line declined: six noBid lines, currency / validUntil / incoterms
# null, status no-bid, kinds {no-bid}. The quantities in the quoted request are the buyer's.
blind("u859-rep-agency-phone-full-no-bid", H.msg("Arne Engebretson <arne@mesabi-techsales.example>", "text/plain", """Hi Lena,

Ran HM-RFQ-2611 by our principals this week. Unfortunately we're going to no bid this one - resin, sheet,
bearings, o-rings, hose and the kits, none of our lines are a fit right now.

Appreciate you thinking of us, keep us in mind for castings and machined parts.

Arne Engebretson
Mesabi Technical Sales | Manufacturers' Representatives
612-555-0859

Sent from my Android

On Mon, Jun 8, 2026 at 9:15 AM Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:

""" + gt(HM_ASK) + "\n"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u860 a Queretaro machine shop writing English (ISO-8859-1, quoted-printable), "All prices in Mexican pesos (MXN), plus
# IVA" -> MXN (currency-differs). Mexican number style (thousands comma, decimal point). Shaft "$742.50 MXN each" ->
# 742.50, "8 weeks" -> 56 (Aug 10, before Aug 28). Bracket set "$389.00 MXN per set (left + right bracket with screws)"
# -> 389.00 per SET, "6-7 weeks" -> 49 (Aug 3, before Oct 9). Quantities as asked -> null. "Fixture / herramental, one
# time charge: $6,500.00 MXN" -> note. "Housing, fitting and cylinder: no quote" -> lines 2, 3, 4 declined. "Quote valid
# 30 days" from Mon 15 Jun -> 2026-07-15 (not short); "FCA El Marques, Qro." -> FCA. Partial.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 49) == "2026-08-03" and plus("2026-06-15", 30) == "2026-07-15"
blind2("u860-queretaro-mxn-shaft-bracket-sets-fixture", V.msg("Ximena Ríos Villaseñor <xrios@mpq-maquinados.example>", "text/plain", """Dear Mr. Albers,

Good morning and thank you for your RFQ VM-RFQ-4418. Please find our quotation for the machined parts.
All prices in Mexican pesos (MXN), plus IVA.

Pos. 1  SH-2231-C rev B - Drive shaft 42CrMo4, turned and ground, keyway 8 P9
        Qty: 250 pcs
        Price: $742.50 MXN each
        Lead time: 8 weeks

Pos. 5  2231-004-03 - Sensor bracket set, 6082-T6, black anodized
        Qty: 150 sets
        Price: $389.00 MXN per set (left + right bracket with screws)
        Lead time: 6-7 weeks

Fixture / herramental, one time charge: $6,500.00 MXN

Housing, fitting and cylinder: no quote, these are not in our scope.

Incoterm: FCA El Marqués, Qro. (Incoterms 2020)
Payment: 30 days
Quote valid 30 days.

Saludos / Best regards,

Ing. Ximena Ríos Villaseñor
Ventas
Maquinados Precisos de Querétaro, S.A. de C.V.
Av. de la Luz 1180, Parque Industrial Benito Juárez, Querétaro, Qro. 76120
Tel. +52 442 555 0860
""", charset="iso-8859-1", cte="quoted-printable", subject="RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "MXN", "2026-07-15", "FCA",
       [line(1, 742.50, "MXN", lead=56), nob(2), nob(3), nob(4), line(5, 389.00, "MXN", lead=49)],
       ["currency-differs", "no-bid", "note"])


# u861 a Louisville fluid-power distributor, multipart/alternative, "pricing in US dollars" -> USD (currency-differs
# against the EUR RFQ). Fitting "$412.00/C" -> 412.00 / 100 = 4.12 each, "Stock" -> 0; "sold in multiples of 50"
# (2,000 = 40 x 50) -> SPQ, moq null, quantity as asked -> null. Cylinder: "We don't sell Festo; we offer our ISO 15552
# equivalent KFP-ISO-32-80-AC" -> alternatePartNumber KFP-ISO-32-80-AC (alternate-part), "$109.60 ea", "3-4 wks ARO"
# -> 28 (Jul 13, before Sep 11). "Cylinders are imported: a tariff surcharge may be added at time of shipment if duties
# change" -> note. Shaft, housing, bracket set never mentioned -> missing-line. "Quote good for 45 days" from Mon 15 Jun
# -> 2026-07-30 (not short); "FCA Louisville, KY" -> FCA. Partial.
assert close(412.00 / 100, 4.12) and 2000 % 50 == 0 and plus("2026-06-15", 28) == "2026-07-13" and plus("2026-06-15", 45) == "2026-07-30"
U861_ROWS = [("Your P/N", "Offered", "Qty", "Price", "Lead time"),
             ("FIT-316-G12-10", "as specified, 316 SS", "2,000", "$412.00/C", "Stock"),
             ("DSBC-32-80-PPVA-N3", "KFP-ISO-32-80-AC", "120", "$109.60 ea", "3-4 wks ARO")]
U861_NOTES = ["We don't sell Festo; the cylinder is our ISO 15552 equivalent KFP-ISO-32-80-AC (32 bore x 80 stroke, "
              "adjustable cushions, same mounting dimensions).",
              "Fittings are sold in multiples of 50.",
              "Cylinders are imported: a tariff surcharge may be added at time of shipment if duties change.",
              "Pricing in US dollars. Quote good for 45 days. FCA Louisville, KY (Incoterms 2020)."]
U861_SIGN = ["Wes Gatewood", "Fluid Power Specialist", "Kentuckiana Fluid Power, Inc.", "4700 Poplar Level Rd, Louisville, KY 40213",
             "502-555-0861"]
U861_TEXT = ("Hello Jonas,\n\nThanks for including us on VM-RFQ-4418. We can quote two of the items:\n\n"
             + "\n".join(f"{a:<20}{b:<24}{c:<7}{d:<12}{e}" for a, b, c, d, e in U861_ROWS)
             + "\n\n" + "\n".join("- " + n for n in U861_NOTES) + "\n\nBest,\n" + "\n".join(U861_SIGN) + "\n")
U861_HTML = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Jonas,</p>
<p>Thanks for including us on VM-RFQ-4418. We can quote two of the items:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
""" + "\n".join("<tr>" + "".join((f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
                for i, r in enumerate(U861_ROWS)) + """
</table>
<ul>""" + "".join(f"<li>{n}</li>" for n in U861_NOTES) + "</ul>\n<p>Best,<br>" + "<br>".join(U861_SIGN) + "</p>\n</body></html>")
blind2("u861-alt-usd-fitting-per-C-house-cylinder-tariff", V.alternative("Wes Gatewood <wgatewood@kentuckiana-fp.example>", U861_TEXT, U861_HTML, "=_kfp_alt_861"),
       "partial", "USD", "2026-07-30", "FCA",
       [line(3, 4.12, "USD", lead=0), line(4, 109.60, "USD", lead=28, alt="KFP-ISO-32-80-AC")],
       ["alternate-part", "currency-differs", "missing-line", "note"])


# u862 an Ohio shaft shop, HTML only, USD (currency-differs). Break COLUMNS "@ 100 / @ 250 / @ 500" and a ship-date
# column. Shaft "$44.90 / $39.75 / $36.20" -> the 250 asked -> 39.75; "Est. ship 08/31/2026 (11 wks ARO)" -> Jun 15 to
# Aug 31 = 77 days (= 11 x 7), AFTER the Aug 28 need-by -> lead-time-after-need-by. Bracket set "$27.80 / $24.60 /
# $22.90" per set -> 150 falls in 100 - 249 -> 27.80; "Est. ship 08/17/2026 (9 wks ARO)" -> 63 (before Oct 9).
# Quantities as asked -> null. "Housing, fittings and cylinders - no quote" -> lines 2, 3, 4 declined. "Quote valid 60
# days" from Mon 15 Jun -> 2026-08-14 (not short); "FCA Troy, OH" -> FCA. Partial.
assert 250 <= 250 < 500 and 100 <= 150 < 250 and days("2026-06-15", "2026-08-31") == 77 == 11 * 7
assert days("2026-06-15", "2026-08-17") == 63 == 9 * 7 and plus("2026-06-15", 60) == "2026-08-14"
U862_ROWS = [("Part", "Description", "Qty req.", "@ 100", "@ 250", "@ 500", "Est. ship"),
             ("SH-2231-C rev B", "Drive shaft 42CrMo4 Q&amp;T, 30 h6 x 412, keyway 8 P9", "250", "$44.90", "$39.75", "$36.20",
              "08/31/2026 (11 wks ARO)"),
             ("2231-004-03", "Sensor bracket set L + R w/ screws, 6082-T6, black anodize", "150 sets", "$27.80", "$24.60",
              "$22.90", "08/17/2026 (9 wks ARO)")]
blind2("u862-html-shaft-break-columns-ship-date-late", V.msg("Tom Hollenkamp <thollenkamp@twincreek-precision.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Jonas,</p>
<p>Thank you for the RFQ. Our pricing on the turned and machined items is below, US dollars, each (bracket sets per
set).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#808080">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#DDDDDD\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
                for i, r in enumerate(U862_ROWS)) + """
</table>
<p>Housing, fittings and cylinders - no quote, outside what we make.</p>
<p>Material certs and first-piece inspection report included. Export packing in wooden crates included.<br>
FCA Troy, OH (Incoterms 2020). Quote valid 60 days. Terms net 45.</p>
<p>Regards,<br>Tom Hollenkamp<br>Sales Engineer<br>Twin Creek Precision Shafting, Inc.<br>1820 W Stanfield Rd, Troy, OH 45373<br>
937-555-0862</p>
</body></html>"""),
       "partial", "USD", "2026-08-14", "FCA",
       [line(1, 39.75, "USD", lead=77), nob(2), nob(3), nob(4), line(5, 27.80, "USD", lead=63)],
       ["currency-differs", "lead-time-after-need-by", "no-bid"])


# u863 a Duluth sheet-metal shop asks, before quoting the bracket sets, whether "black anodised" means Type II or hard
# coat (Type III) and whether the screws are to be supplied by them, and promises a price afterwards. It prices nothing
# and declines nothing; the quantities in the quoted request are the buyer's -> unparseable, no lines, no deviation
# kinds; classification "question".
blind2("u863-duluth-bracket-question-anodize-type", V.msg("Kari Thorsrud <kthorsrud@arrowhead-sheetmetal.example>", "text/plain", """Hi Jonas,

We'd like to quote the sensor bracket sets (2231-004-03) on VM-RFQ-4418, but two questions first:

1. Black anodize - is that a standard Type II sulfuric anodize (MIL-A-8625 Type II, Class 2), or do you
   need hard coat (Type III)? It makes a big difference on price.
2. The set includes screws. Do you want us to buy and bag the screws, or will you supply them?

Once I hear back I can have pricing to you in a day or two.

Thanks,
Kari Thorsrud
Estimator, Arrowhead Sheet Metal Inc.
218-555-0863

On Mon, Jun 8, 2026 at 3:30 AM Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:

""" + gt(VM_ASK) + "\n"),
       "unparseable", None, None, None, [], [])
classify("question")


# u864 an Erie, PA distributor's CSV export of its quote lines under a short cover mail, USD (currency-differs). The
# fitting: "OrderQty 2000", "UnitPrice 3.96", "PricePer E" (E = each) -> 3.96; "MinOrderQty 2500" -> moq 2500, above
# the 2,000 asked -> moq-above-quantity; quantity as asked -> null; "10 business days" -> 14 (Jun 29, before Aug 14). The
# cylinder (Festo, as asked): 131.40 each, "3-4 wks ARO" -> 28 (Jul 13, before Sep 11). Shaft, housing and bracket set
# not in the file -> missing-line. "Quote expires 07/31/2026" (not short); "FCA Erie, PA" -> FCA. Partial.
assert workdays(10) == 14 and plus("2026-06-15", 14) == "2026-06-29" and 2500 > 2000
U864_ROWS = [["QuoteNum", "QuoteLine", "CustPartNum", "LineDesc", "Mfr", "OrderQty", "IUM", "UnitPrice", "PricePer",
              "MinOrderQty", "LeadTime", "Comment"],
             ["41877", "1", "FIT-316-G12-10", "MALE CONN G1/2 X 10MM TUBE 316", "", "2000", "EA", "3.96", "E", "2500",
              "10 business days", "Packed 50/bag; min order 2,500"],
             ["41877", "2", "DSBC-32-80-PPVA-N3", "ISO CYL 32 BORE 80 STROKE PPVA", "FESTO", "120", "EA", "131.40", "E", "",
              "3-4 wks ARO", ""]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U864_ROWS)
blind2("u864-csv-fitting-minimum-2500-festo-business-days", V.message("Frank Zappone <fzappone@bayfront-industrial.example>", multipart("mixed", "=_bayfront_864", [
    text_part("text/plain", """Jonas,

Attached is quote 41877 for VM-RFQ-4418 as a CSV export. We quoted the fitting and the Festo cylinder;
PricePer E = each. Prices are in USD.

Quote expires 07/31/2026. FCA Erie, PA.

Frank Zappone
Bayfront Industrial Supply
1600 E 12th St, Erie, PA 16503
814-555-0864
"""),
    file_part("text/csv", "Quote_41877.csv", _buf.getvalue().encode("utf-8"))])),
       "partial", "USD", "2026-07-31", "FCA",
       [line(3, 3.96, "USD", lead=14, moq=2500), line(4, 131.40, "USD", lead=28)],
       ["currency-differs", "missing-line", "moq-above-quantity"])


if __name__ == "__main__":
    ROUND.write()
