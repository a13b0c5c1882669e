#!/usr/bin/env python3
"""Writes replies u785..u800 (Corpus/u*.eml + expected u*.json) - the fiftieth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is DISTRIBUTORS AND SYSTEM-GENERATED QUOTES: a Kentucky catalog distributor listing its own SKU beside
the buyer's part number, with reels of 305 m (the cable rounded up to whole reels), boxes of 500, stock counts per line
and catalog price breaks for the springs; a Michigan components house pasting a Salesforce-style CPQ quote (quote
number, header block, product codes, a terms footer) that prices all five lines; a web-shop quote confirmation in HTML
from a no-reply address, packs of 100 and bags of 250, a minimum order value with a handling fee and no Incoterms; an
Ohio distributor's Epicor-style PDF with a "Per" column of E / C / M codes; the Rotterdam branch of a distributor
answering in EUR in its own Excel template, with reels of 500 m, boxes of 500 and a minimum order value; the Coventry
branch of a distributor in GBP offering another maker's spring as an equivalent (multipart/alternative); a Memphis MRO
distributor's text table with stock per line and a factory lead time; a Duisburg plastics distributor's SAP-style PDF
in EUR with a scale price, full pallets only and a raw-material clause; an Indiana MRO house's Excel quote form with a
price-per column, an MOQ above the hose quantity and O-ring break prices; an Odoo-style HTML quotation e-mail offering
FAG instead of SKF; a CRM's automatic "closed - no quote" notice declining the whole RFQ; a German web shop's
Angebot with packs of 50 (VPE) and working days; the Brno branch of a distributor in an XLSX offering a Camozzi
cylinder instead of the Festo one, with break rows for the fitting; a Dutch shop's Business Central PDF with a set-up
line, a late shaft and three positions declined; a Huddersfield distributor in GBP with boxes of 25, stock counts, a
factory lead time and a short validity; and a Dutch distributor's semicolon CSV export with a price-unit column and a
minimum quantity.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf  # expected-line shapes, text-layer PDF writer
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(785)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def quoted(text, mark=">"):
    """Quotes text the way mail clients do (mark + " " before every line, a bare mark on empty ones)."""
    return "\n".join((mark + " " + t) if t else mark for t in text.split("\n"))


# ----- the buyers' requests, as they appear quoted below some replies (quantities, no prices) -----

SAMPLE_REQUEST = """Hello,

Please quote the following for our AGV drive module by June 12, 2026. Prices in USD, with lead time,
validity and Incoterms.

Line  Part number     Description                                   Qty      Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 70 Shore A, 80 x 62 x 3 mm        5,000    EA    Aug 3, 2026
2     CBL-4C22-PUR    Cable 4 x 22 AWG shielded PUR, 305 m spools   1,500    M     Jul 20, 2026
3     SCR-M4X10-A2    SHCS M4 x 10, ISO 4762, A2-70                 20,000   EA    Jul 13, 2026
4     PLT-0915-R2     Motor base plate, 6082-T6, CNC milled         120      EA    Aug 17, 2026
5     SPR-C0630-302   Compression spring 302 SS, 0.6 x 6.3 x 30     8,000    EA    Jul 27, 2026

Thank you,
Nora Reyes
Purchasing | Northridge"""

BLIND_REQUEST = """Hello,

Please find below our RFQ HM-RFQ-2611 for the PX-200 pump line. Quotes in USD by June 19, 2026 please;
partial quotes are welcome.

""" + H.RFQ_TABLE + """

Best regards,
Lena Marsh
Halvorsen Manufacturing"""

BLIND2_REQUEST = """Dear Sir or Madam,

please send us your offer for the items below by 26 June 2026 (unit price in EUR, delivery time, Incoterms,
validity of the offer).

""" + "\n".join(f"{ln:<6}{pn:<21}{d:<44}{q:>6} {u:<5}{nb}" for ln, pn, d, q, u, nb in
                [("Pos.", "Part number", "Description", "Qty", "Unit", "Need by")] + V.RFQ_ROWS) + """

Kind regards
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH"""


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u785 a Kentucky catalog distributor, plain text, its own SKU in a column beside "Your P/N" ("the same item you
# specified, not a substitute" -> no alternate). Cable "305 m reel", "$420.90 / reel", "reels only, so your 1,500 m = 5
# reels = 1,525 m" -> 420.90 / 305 = 1.38 per m, quantity 1,525 (quantity-differs), "in stock: 14 reels" (more than the
# 5 reels needed) -> 0. Screws "box of 500", "$15.25 / box", "40 boxes = 20,000 pcs" -> 15.25 / 500 = 0.0305, as asked
# -> null, "in stock: 62,500 pcs" -> 0. Springs in bags of 100 at catalog breaks "1-999 $0.112 / 1,000-4,999 $0.089 /
# 5,000-9,999 $0.0765 / 10,000+ $0.0698": 8,000 asked -> the 5,000-9,999 break 0.0765; "factory lead time 6-8 weeks"
# -> upper bound 56 -> Jun 5 + 56 = Jul 31, AFTER the Jul 27 need-by -> lead-time-after-need-by. "Gaskets ... and the
# machined plate ...: we cannot supply them" -> lines 1 and 4 declined. "Quote good for 30 days" from Fri 5 Jun ->
# 2026-07-05 (not short); "FCA Louisville, KY" -> FCA. The request quoted below (Outlook original) has no prices.
# USD. Partial: no-bid, quantity-differs, lead-time-after-need-by.
assert close(420.90 / 305, 1.38) and 5 * 305 == 1525 and 4 * 305 < 1500 and close(15.25 / 500, 0.0305) and 40 * 500 == 20000
assert 5000 <= 8000 <= 9999 and 8000 % 100 == 0 and plus("2026-06-05", 56) == "2026-07-31" > "2026-07-27"
assert plus("2026-06-05", 30) == "2026-07-05"
sample("u785-catalog-sku-beside-your-pn-reels-stock", S.msg("Tammy Okafor <tokafor@bluegrass-indsupply.example>", "text/plain", """Hi Nora,

Thanks for the RFQ. Below is what we can do from our catalog. I put our stock number (SKU) next to your
part number so your PO can reference both - it is the same item you specified, not a substitute.

Your P/N        Our SKU       Description                        Pack          Price (USD)         Availability
CBL-4C22-PUR    WC-448-305    4C 22AWG shielded PUR cable, blk   305 m reel    $420.90 / reel      in stock: 14 reels
SCR-M4X10-A2    FS-20417      SHCS M4x10 ISO 4762 A2-70          box of 500    $15.25 / box        in stock: 62,500 pcs
SPR-C0630-302   SP-77310      Comp spring 302SS .6 x 6.3 x 30    bag of 100    see breaks below    factory lead time 6-8 weeks

Cable: sold in full reels only, so your 1,500 m = 5 reels = 1,525 m.
Screws: 40 boxes = 20,000 pcs.
Spring catalog breaks (price per piece):  1-999 $0.112  /  1,000-4,999 $0.089  /  5,000-9,999 $0.0765  /  10,000+ $0.0698

Gaskets (GSK-EPDM-80) and the machined plate (PLT-0915-R2) are custom parts - we cannot supply them.

Quote good for 30 days. FCA Louisville, KY (Incoterms 2020). Net 30 with approved credit.

Thanks again,
Tammy Okafor
Inside Sales | Bluegrass Industrial Supply
3300 Fern Valley Rd, Louisville, KY 40213
Direct 502-555-0164 | Main 502-555-0100

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Tuesday, May 26, 2026 8:41 AM
To: quotes@bluegrass-indsupply.example
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + SAMPLE_REQUEST + "\n", subject="RE: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "USD", "2026-07-05", "FCA",
       [nob(1), line(2, 1.38, qty=1525, lead=0), line(3, 0.0305, lead=0), nob(4), line(5, 0.0765, lead=56)],
       ["lead-time-after-need-by", "no-bid", "quantity-differs"])


# u786 a Michigan components house pastes its Salesforce-style CPQ quote as text ("our system's PDF keeps getting caught
# in spam filters"): quote number, a header block (Created Date written out, Expiration Date 7/17/2026 - 17 cannot be a
# month -> 2026-07-17, not short), "Product Code" (the vendor's own item number, said so in the footer - not an
# alternate) beside "Customer Part", Sales Price and Total Price columns, a subtotal and a terms footer. Gasket $0.1865
# (5,000 x 0.1865 = 932.50), 4 weeks -> 28 (Jul 3, before Aug 3). Cable $1.39 per m (1,500 x 1.39 = 2,085.00), 3 weeks
# -> 21 (Jun 26, before Jul 20). Screws $0.0312 (20,000 x 0.0312 = 624.00), "Stock" -> 0. Plate $41.30 (120 x 41.30 =
# 4,956.00), 6 weeks -> 42 (Jul 17, before Aug 17). Springs $0.0719 (8,000 x 0.0719 = 575.20), 5 weeks -> 35 (Jul 10,
# before Jul 27). "ARO" changes nothing. Quantities as asked -> null. Subtotal $9,172.70 is a total. "Shipping Terms:
# FOB Ann Arbor, MI" -> FOB. USD. Every line priced -> parsed, no deviations.
assert close(5000 * 0.1865, 932.50) and close(1500 * 1.39, 2085.00) and close(20000 * 0.0312, 624.00)
assert close(120 * 41.30, 4956.00) and close(8000 * 0.0719, 575.20) and close(932.50 + 2085 + 624 + 4956 + 575.20, 9172.70)
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 35) == "2026-07-10"
sample("u786-salesforce-cpq-quote-pasted-all-five", S.msg("Kyle Brennan <kbrennan@huronvalley-comp.example>", "text/plain", """Hi Nora,

Pasting our quote below - the PDF our system sends keeps getting caught in spam filters on the customer side.
Let me know if you'd like it as an attachment anyway.

==========================================================================================
QUOTE                                                       Huron Valley Components, Inc.
                                                            4410 Jackson Rd
                                                            Ann Arbor, MI 48103
==========================================================================================
Quote Number:       Q-00048213
Created Date:       June 5, 2026
Expiration Date:    7/17/2026
Prepared By:        Kyle Brennan, kbrennan@huronvalley-comp.example, 734-555-0187
Prepared For:       Nora Reyes, Northridge
Customer RFQ:       NR-RFQ-0619
------------------------------------------------------------------------------------------
Product Code  Customer Part   Product Description                   Quantity  Sales Price  Total Price  Lead Time
HVC-GK-8062   GSK-EPDM-80     Gasket EPDM 70A 80x62x3 die-cut       5,000     $0.1865      $932.50      4 weeks ARO
HVC-CB-4C22   CBL-4C22-PUR    Cable 4x22 AWG shld PUR blk, per m    1,500     $1.39        $2,085.00    3 weeks ARO
HVC-SH-M410   SCR-M4X10-A2    SHCS M4x10 ISO 4762 A2-70             20,000    $0.0312      $624.00      Stock
HVC-BP-0915   PLT-0915-R2     Motor base plate 6082-T6, 4x M6       120       $41.30       $4,956.00    6 weeks ARO
HVC-CS-0630   SPR-C0630-302   Comp. spring 302 SS 0.6 x 6.3 x 30    8,000     $0.0719      $575.20      5 weeks ARO
------------------------------------------------------------------------------------------
                                                                         Subtotal:   $9,172.70
Currency: USD
Shipping Terms: FOB Ann Arbor, MI (Incoterms 2020)
Payment Terms: Net 30
------------------------------------------------------------------------------------------
Terms and Conditions: Prices are valid through the Expiration Date above. Product Code is our internal
item number; all items are supplied to your part numbers and drawings. Sales tax not included.
==========================================================================================

Thanks,
Kyle Brennan
Account Manager | Huron Valley Components, Inc.
734-555-0187 (direct) | 734-555-0100 (main)
"""),
       "parsed", "USD", "2026-07-17", "FOB",
       [line(1, 0.1865, lead=28), line(2, 1.39, lead=21), line(3, 0.0312, lead=0), line(4, 41.30, lead=42),
        line(5, 0.0719, lead=35)],
       [])


# u787 a web shop's quote confirmation, HTML only (quoted-printable), from a no-reply address with its own subject.
# Screws "Pack of 100", 200 packs = 20,000 pcs, "$3.05" per pack ($610.00) -> 3.05 / 100 = 0.0305, "In stock - ships
# today" -> 0. Springs "Bag of 250", 32 bags = 8,000 pcs, "$18.50" per bag ($592.00) -> 18.50 / 250 = 0.074, "In stock:
# 11,250 pcs" (more than the 8,000) -> 0. Quantities as asked -> null. "Items we cannot supply (not in our catalog)":
# gasket, cable and plate -> lines 1, 2, 4 declined. "Minimum order value $100.00 - orders below it carry a $12.00
# handling fee" -> note (not an MOQ). "Prices reserved for you until June 19, 2026" -> 2026-06-19, earlier than Jun 26
# -> validity-short. Shipping "UPS Ground, freight added at checkout" - no Incoterms -> null. USD. Partial.
assert close(3.05 / 100, 0.0305) and close(18.50 / 250, 0.074) and 200 * 100 == 20000 and 32 * 250 == 8000
assert close(200 * 3.05, 610.00) and close(32 * 18.50, 592.00) and 11250 >= 8000
sample("u787-webshop-quote-confirmation-packs", S.msg("FastenRight Online <quotes-noreply@fastenright.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#F2F4F7;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#F2F4F7"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#FFFFFF;margin:24px 0">
<tr><td style="background:#0B3D91;color:#FFFFFF;padding:18px 24px;font-size:20px;font-weight:bold">FastenRight<span style="font-weight:normal"> Online</span></td></tr>
<tr><td style="padding:24px">
<p style="font-size:18px;margin:0 0 12px 0">Your quote WQ-2026-118734 is ready</p>
<p>Hello Nora Reyes,</p>
<p>Thank you for requesting a quote on fastenright.example (reference: NR-RFQ-0619). The prices below are reserved
for you until <b>June 19, 2026</b>. To order, click &quot;Convert to order&quot; in your account or reply with a PO.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#E8EDF5;text-align:left"><th>Item</th><th>Your reference</th><th>Pack</th><th>Packs</th><th>Pieces</th><th>Price per pack</th><th>Line total</th><th>Availability</th></tr>
<tr style="border-bottom:1px solid #DDD"><td>Socket head cap screw ISO 4762 M4 x 10, A2-70<br><span style="color:#777">Item # 4762-A2-0410</span></td><td>SCR-M4X10-A2</td><td>Pack of 100</td><td align="right">200</td><td align="right">20,000</td><td align="right">$3.05</td><td align="right">$610.00</td><td style="color:#1B7F3B">In stock &ndash; ships today</td></tr>
<tr style="border-bottom:1px solid #DDD"><td>Compression spring 0.6 x 6.3 x 30 mm, 302 stainless<br><span style="color:#777">Item # CS-302-063-30</span></td><td>SPR-C0630-302</td><td>Bag of 250</td><td align="right">32</td><td align="right">8,000</td><td align="right">$18.50</td><td align="right">$592.00</td><td style="color:#1B7F3B">In stock: 11,250 pcs</td></tr>
<tr><td colspan="6" align="right"><b>Quote total (excl. freight and tax)</b></td><td align="right"><b>$1,202.00</b></td><td></td></tr>
</table>
<p style="margin-top:18px"><b>Items we cannot supply (not in our catalog):</b><br>
GSK-EPDM-80 &ndash; Gasket EPDM 80 x 62 x 3 mm<br>
CBL-4C22-PUR &ndash; Cable 4 x 22 AWG shielded PUR<br>
PLT-0915-R2 &ndash; Motor base plate</p>
<p>Shipping: UPS Ground from our Aurora, IL warehouse; freight is added at checkout.<br>
Minimum order value $100.00 &ndash; orders below it carry a $12.00 handling fee.<br>
All prices in US dollars.</p>
<p style="color:#777;font-size:12px">Questions? Call customer service at 1-800-555-0142 (Mon&ndash;Fri 7am&ndash;7pm CT) or reply to
this e-mail. This message was generated automatically. FastenRight Online is a division of FastenRight Industrial
Inc., 1750 Bilter Rd, Aurora, IL 60502.</p>
</td></tr></table>
</td></tr></table>
</body></html>""", cte="quoted-printable", subject="Your FastenRight quote WQ-2026-118734 is ready"),
       "partial", "USD", "2026-06-19", None,
       [nob(1), nob(2), line(3, 0.0305, lead=0), nob(4), line(5, 0.074, lead=0)],
       ["no-bid", "note", "validity-short"])


# u788 an Ohio distributor's Epicor-style PDF quote, with a short cover note that declines the plate ("no quote on line
# 4" -> declined). PDF "Per" column with the legend "E = each, C = per 100, M = per 1,000". Gasket 191.00 per M ->
# 0.191 (Ext 955.00), "25 days" -> 25 (Jun 30, before Aug 3). Screws 3.12 per C -> 0.0312 (Ext 624.00), "Stock" -> 0.
# Springs 0.0731 per E (Ext 584.80), "30 days" -> 30 (Jul 5, before Jul 27). Quantities as asked -> null. The cable is
# mentioned nowhere -> missing-line. "Quote expires 31-Jul-2026" -> 2026-07-31 (not short); "Incoterms: FCA
# Youngstown, OH" -> FCA. USD. Partial: missing-line, no-bid.
assert close(191.00 / 1000, 0.191) and close(3.12 / 100, 0.0312) and close(5000 * 0.191, 955.00)
assert close(20000 * 0.0312, 624.00) and close(8000 * 0.0731, 584.80) and plus("2026-06-05", 30) == "2026-07-05"
X788 = [40, 60, 130, 204, 316, 356, 384, 434, 458, 510]
P788 = ([(40, 800, 14, "MAHONING INDUSTRIAL PRODUCTS, INC."),
         (40, 786, 8, "2150 Midlothian Blvd, Youngstown, OH 44502  |  330-555-0172  |  sales@mahoning-ip.example"),
         (440, 760, 13, "QUOTATION"),
         (40, 740, 9, "Customer: Northridge - Nora Reyes"), (380, 740, 9, "Quote: 104527"),
         (40, 728, 9, "Customer RFQ: NR-RFQ-0619"), (380, 728, 9, "Quote Date: 05-Jun-2026"),
         (40, 716, 9, "Ship Via: Best Way"), (380, 716, 9, "Expires: 31-Jul-2026"),
         (40, 704, 9, "Incoterms: FCA Youngstown, OH"), (380, 704, 9, "Terms: Net 30")]
        + row(676, X788, ["Ln", "Part/Rev", "Your Part", "Description", "Qty", "UOM", "Unit Price", "Per", "Ext Price",
                          "Lead"])
        + row(660, X788, ["1", "MIP-G80-EP/A", "GSK-EPDM-80", "Gasket EPDM 80x62x3", "5,000", "EA", "191.00", "M",
                          "955.00", "25 days"])
        + row(644, X788, ["2", "MIP-S410-A2", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000", "EA", "3.12", "C", "624.00",
                          "Stock"])
        + row(628, X788, ["3", "MIP-SP063/B", "SPR-C0630-302", "Spring 302SS .6x6.3x30", "8,000", "EA", "0.0731", "E",
                          "584.80", "30 days"])
        + [(384, 604, 9, "Total USD:"), (458, 604, 9, "2,163.80"),
           (40, 580, 8, "Per: E = each, C = per 100, M = per 1,000. Lead times in calendar days after receipt of order."),
           (40, 568, 8, "Quote expires 31-Jul-2026. Prices firm for the quantities shown."),
           (40, 556, 8, "All prices in U.S. dollars. Freight prepaid and added to invoice."),
           (40, 520, 8, "Mahoning Industrial Products, Inc. - an Epicor Kinetic generated document")])
assert close(955.00 + 624.00 + 584.80, 2163.80)
sample("u788-epicor-pdf-per-codes-plate-declined", S.with_attachment("Diane Kowalski <dkowalski@mahoning-ip.example>", """Nora,

Attached is our quote 104527 for your RFQ NR-RFQ-0619.

Line 4 (PLT-0915-R2, the milled plate) is a no quote - we don't have machining capacity for it right now.

Diane Kowalski
Inside Sales, Mahoning Industrial Products
330-555-0172 | fax 330-555-0173""", "application/pdf", "Quote_104527.pdf", pdf([check_page(P788)])),
       "partial", "USD", "2026-07-31", "FCA",
       [line(1, 0.191, lead=25), line(3, 0.0312, lead=0), nob(4), line(5, 0.0731, lead=30)],
       ["missing-line", "no-bid"])


# u789 the Rotterdam branch of a distributor answers in EUR in its own Excel template ("our US colleagues forwarded your
# RFQ") -> EUR against the USD RFQ (currency-differs). Columns Packing / Price EUR / Per. Gasket 0.172 per "1 pcs",
# 4 weeks -> 28 (Jul 3, before Aug 3). Cable 645.00 per "reel 500 m" -> 1.29 per m, 3 reels = 1,500 m as asked -> null,
# "ex stock" -> 0. Screws 14.50 per "box 500" -> 0.029, 40 boxes as asked, "ex stock" -> 0. Springs 66.50 per "1000 pcs"
# -> 0.0665, 5 weeks -> 35 (Jul 10, before Jul 27). Plate "cannot supply" -> declined. "Minimum order value EUR 250,00
# net; orders below are subject to a handling fee of EUR 25,00" -> note. The sheet: valid until 2026-07-31 (not short),
# "CPT Chicago" -> CPT. Our article numbers are for reference only (not alternates). Partial.
assert close(645.00 / 500, 1.29) and 3 * 500 == 1500 and close(14.50 / 500, 0.029) and close(66.50 / 1000, 0.0665)
U789_ROWS = [["MAASVLAKTE TECHNICAL SUPPLY B.V.", "", "", "", "", "", "", "QUOTATION"],
             ["Europaweg 210, 3199 LD Rotterdam, The Netherlands", "", "", "", "", "", "", "Quotation no.", "MTS-Q-26-05588"],
             ["Tel. +31 10 555 0193  |  sales.nl@maasvlakte-ts.example", "", "", "", "", "", "", "Date", "2026-06-05"],
             ["", "", "", "", "", "", "", "Your reference", "NR-RFQ-0619"],
             ["Customer", "Northridge - Ms Nora Reyes", "", "", "", "", "", "Valid until", "2026-07-31"],
             ["Currency", "EUR", "", "", "", "", "", "Incoterms 2020", "CPT Chicago"],
             [],
             ["Pos", "Your part no.", "Our art. no.", "Description", "Qty", "Unit", "Packing", "Price EUR", "Per",
              "Delivery"],
             [1, "GSK-EPDM-80", "30-118-080", "Gasket EPDM 70 ShA 80x62x3", 5000, "pcs", "bag of 250", 0.172, "1 pcs",
              "4 weeks"],
             [2, "CBL-4C22-PUR", "41-422-500", "Cable 4x22AWG PUR shielded blk", 1500, "m", "reel 500 m", 645.00,
              "reel 500 m", "ex stock"],
             [3, "SCR-M4X10-A2", "12-410-002", "ISO 4762 M4x10 A2-70", 20000, "pcs", "box of 500", 14.50, "box 500",
              "ex stock"],
             [4, "PLT-0915-R2", "", "Motor base plate 6082-T6", 120, "pcs", "", "", "", "cannot supply"],
             [5, "SPR-C0630-302", "55-063-030", "Comp. spring 0.6x6.3x30 AISI 302", 8000, "pcs", "bag of 1000", 66.50,
              "1000 pcs", "5 weeks"],
             [],
             ["Our article numbers are given for reference only; all items are supplied to your specification."],
             ["Minimum order value EUR 250,00 net; orders below are subject to a handling fee of EUR 25,00."],
             ["Payment: 30 days net. Prices excl. VAT."]]
sample("u789-rotterdam-branch-xlsx-eur-reels-boxes", S.with_attachment("Sanne de Boer <s.deboer@maasvlakte-ts.example>", """Dear Nora,

Our US colleagues forwarded your RFQ NR-RFQ-0619 to the European branch, as these items ship from our
Rotterdam warehouse. Please find our quotation MTS-Q-26-05588 attached in our standard Excel template.
All prices are in EUR.

Met vriendelijke groet / Kind regards,
Sanne de Boer
Sales Support Europe
Maasvlakte Technical Supply B.V.
Europaweg 210, 3199 LD Rotterdam
T +31 10 555 0193""", XLSX, "MTS-Q-26-05588.xlsx", xlsx_book([("Quotation", U789_ROWS)])),
       "partial", "EUR", "2026-07-31", "CPT",
       [line(1, 0.172, "EUR", lead=28), line(2, 1.29, "EUR", lead=0), line(3, 0.029, "EUR", lead=0), nob(4),
        line(5, 0.0665, "EUR", lead=35)],
       ["currency-differs", "no-bid", "note"])


# u790 the Coventry branch of a distributor, multipart/alternative (text + HTML, the same content), "prices are in GBP".
# Cable "£0.98 per metre, cut to length, 2 weeks" -> 0.98, 14 (Jun 19, before Jul 20). Screws "£2.48 per bag of 100
# (200 bags), ex stock" -> 0.0248, 0. Springs: "your spec is not a catalogue spring; nearest stock equivalent: Sterling
# Spring part no. SS-C06-063-30" -> alternatePartNumber SS-C06-063-30 (alternate-part), "£0.058 each, 3 weeks" ->
# 0.058, 21 (Jun 26, before Jul 27). "We regret we cannot supply the die-cut gaskets or the machined plate" -> lines 1
# and 4 declined. "Quotation valid 30 days" from Fri 5 Jun -> 2026-07-05 (not short); "CIP Chicago O'Hare" -> CIP.
# GBP (currency-differs). Partial.
assert close(2.48 / 100, 0.0248) and 200 * 100 == 20000 and plus("2026-06-05", 21) == "2026-06-26"
U790_TEXT = """Hello Nora,

Our Chicago office passed your RFQ NR-RFQ-0619 to us at the UK branch, as we hold these items in stock in
Coventry. Prices are in GBP (£).

CBL-4C22-PUR   4 x 22 AWG shielded PUR cable, black
               £0.98 per metre, cut to length - 2 weeks

SCR-M4X10-A2   SHCS M4 x 10, ISO 4762, A2-70
               £2.48 per bag of 100 (200 bags) - ex stock

SPR-C0630-302  Your spec is not a catalogue spring. Nearest stock equivalent:
               Sterling Spring part no. SS-C06-063-30 (302 stainless, wire 0.6, OD 6.3, free length 30 mm)
               £0.058 each - 3 weeks

We regret we cannot supply the die-cut gaskets or the machined plate.

Quotation valid 30 days. CIP Chicago O'Hare (Incoterms 2020).

Kind regards,
Graham Pollard
Arden Industrial Supplies Ltd - UK branch
Unit 4, Torrington Avenue, Coventry CV4 9AQ
+44 24 7655 0186
"""
U790_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Hello Nora,</p>
<p>Our Chicago office passed your RFQ NR-RFQ-0619 to us at the UK branch, as we hold these items in stock in
Coventry. Prices are in GBP (&pound;).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#E2EFDA"><th>Part</th><th>Description</th><th>Price</th><th>Lead time</th></tr>
<tr><td>CBL-4C22-PUR</td><td>4 x 22 AWG shielded PUR cable, black</td><td>&pound;0.98 per metre, cut to length</td><td>2 weeks</td></tr>
<tr><td>SCR-M4X10-A2</td><td>SHCS M4 x 10, ISO 4762, A2-70</td><td>&pound;2.48 per bag of 100 (200 bags)</td><td>ex stock</td></tr>
<tr><td>SPR-C0630-302</td><td>Your spec is not a catalogue spring. Nearest stock equivalent: Sterling Spring part no. SS-C06-063-30 (302 stainless, wire 0.6, OD 6.3, free length 30 mm)</td><td>&pound;0.058 each</td><td>3 weeks</td></tr>
</table>
<p>We regret we cannot supply the die-cut gaskets or the machined plate.</p>
<p>Quotation valid 30 days. CIP Chicago O'Hare (Incoterms 2020).</p>
<p>Kind regards,<br>Graham Pollard<br>Arden Industrial Supplies Ltd - UK branch<br>Unit 4, Torrington Avenue, Coventry CV4 9AQ<br>+44 24 7655 0186</p>
</body></html>"""
sample("u790-alt-coventry-branch-gbp-equivalent-spring", S.alternative("Graham Pollard <g.pollard@arden-industrial.example>",
                                                                     U790_TEXT, U790_HTML),
       "partial", "GBP", "2026-07-05", "CIP",
       [nob(1), line(2, 0.98, "GBP", lead=14), line(3, 0.0248, "GBP", lead=0), nob(4),
        line(5, 0.058, "GBP", lead=21, alt="SS-C06-063-30")],
       ["alternate-part", "currency-differs", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u791 a Memphis MRO distributor, a typed table with "Our item" beside "Your part no." and an Availability column ("all
# bearings SKF as specified" -> no alternate). Bearing $3.47 ea, "in stock: 1,840" (more than 400) -> 0. O-rings "$1.96
# / bag of 100" -> 0.0196, "in stock: 62,400" (more than 50,000) -> 0. Hose "$4.38 / m", "0 in stock - factory lead
# time 6-8 weeks" -> 56 (Aug 7, before Sep 1). Seal kit "cannot source" -> declined. Resin and sheet never mentioned ->
# missing-line. Quantities as asked -> null. "Pricing good through June 30, 2026" -> earlier than Jul 3 ->
# validity-short. "FOB Memphis, TN" -> FOB. The request quoted below (Gmail) has no prices. USD. Partial.
assert close(1.96 / 100, 0.0196) and 62400 >= 50000 and 1840 >= 400 and plus("2026-06-12", 56) == "2026-08-07"
blind("u791-memphis-mro-stock-per-line-factory-lead", H.msg("Marcus Bell <mbell@delta-bearing.example>", "text/plain", """Lena,

Here's our quote on HM-RFQ-2611. "Our item" is our stock number; all bearings are SKF as specified.

Ln  Your part no.    Our item        Description                    Qty        Price                Availability
3   BRG 6205-2RS     BB-6205-2RSC3   Ball brg 6205-2RS C3 25x52x15  400 ea     $3.47 ea             in stock: 1,840
4   OR-0120-NBR70    OR-12X2-N70     O-ring 12 x 2 NBR 70 black     50,000 ea  $1.96 / bag of 100   in stock: 62,400
5   HSE-2SN-08       HH-2SN-08       Hose EN853 2SN 1/2" (DN12)     800 m      $4.38 / m            0 in stock - factory lead time 6-8 weeks
6   KIT-PX200-SEAL   --              Seal kit PX-200                150 set    cannot source        --

The seal kit is your own kit build - we can't source it, so no bid on line 6.

Pricing good through June 30, 2026. FOB Memphis, TN.

Marcus Bell
Delta Bearing & Industrial Supply
1180 Democrat Rd, Memphis, TN 38116
901-555-0149 | cell 901-555-0162

On Fri, Jun 5, 2026 at 9:02 AM Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:
""" + quoted(BLIND_REQUEST) + "\n"),
       "partial", "USD", "2026-06-30", "FOB",
       [line(3, 3.47, lead=0), line(4, 0.0196, lead=0), line(5, 4.38, lead=56), nob(6)],
       ["missing-line", "no-bid", "validity-short"])


# u792 a Duisburg plastics distributor, English cover note + an SAP-style PDF quotation in EUR (currency-differs).
# Item 10, customer material RES-PA66-GF30: "3.000 KG" at "398,00 EUR" per "100 KG" -> 3.98 per kg (net value
# 11.940,00 EUR = 3,000 x 3.98). "Full pallets only - your 2.500 kg rounded up to 3 pallets = 3.000 kg" (the cover
# note: 3,000 kg) -> quantity 3000 (quantity-differs). Scale price "from 5.000 KG 384,00 EUR / 100 KG" does not reach
# 3,000 kg -> 3.98 stands. "Delivery time: 3 weeks" -> 21 (Jul 3, before Jul 20). "Raw-material clause: a surcharge
# may be added if the PA66 index ... exceeds ... by more than 5 %" -> note. "Items 2 to 6 of your RFQ we cannot offer"
# -> lines 2-6 declined. "Valid to: 31.07.2026" -> 2026-07-31 (not short); "Incoterms: FCA Duisburg" -> FCA. Partial.
assert close(398.00 / 100, 3.98) and close(3000 * 3.98, 11940.00) and 3 * 1000 == 3000 and 2 * 1000 < 2500
assert 3000 < 5000 and plus("2026-06-12", 21) == "2026-07-03"
X792 = [40, 72, 116, 300, 366, 426, 470]
P792 = ([(40, 800, 14, "RHEIN-POLYMER DISTRIBUTION GMBH"),
         (40, 786, 8, "Hafenstrasse 112, 47119 Duisburg, Germany  |  Tel. +49 203 555 0147  |  sales@rhein-polymer.example"),
         (40, 758, 13, "Quotation 20184377"),
         (40, 736, 9, "Customer: Halvorsen Manufacturing, Ms Lena Marsh"), (370, 736, 9, "Date: 2026-06-12"),
         (40, 724, 9, "Your inquiry: HM-RFQ-2611"), (370, 724, 9, "Valid to: 31.07.2026"),
         (40, 712, 9, "Customer no.: 100448"), (370, 712, 9, "Incoterms: FCA Duisburg"),
         (370, 700, 9, "Payment: 30 days net")]
        + row(672, X792, ["Item", "Material", "Description", "Quantity", "Net price", "per", "Net value"])
        + row(656, X792, ["10", "300118", "PA66 GF30 HS black, 25 kg bag", "3.000 KG", "398,00 EUR", "100 KG",
                          "11.940,00 EUR"])
        + [(116, 642, 8, "Customer material: RES-PA66-GF30"),
           (116, 630, 8, "Scale price: from 5.000 KG 384,00 EUR / 100 KG"),
           (116, 618, 8, "Delivery time: 3 weeks after receipt of order"),
           (116, 606, 8, "Packing: 25 kg bags, 40 bags (1.000 kg) per pallet. Full pallets only -"),
           (116, 594, 8, "your 2.500 kg rounded up to 3 pallets = 3.000 kg."),
           (366, 566, 9, "Total net value:"), (470, 566, 9, "11.940,00 EUR"),
           (40, 538, 8, "Raw-material clause: a surcharge may be added if the PA66 index at the date of delivery exceeds the"),
           (40, 526, 8, "June 2026 index by more than 5 %."),
           (40, 514, 8, "Our general terms of sale apply. VAT is not charged on export deliveries."),
           (40, 470, 7, "Rhein-Polymer Distribution GmbH - Amtsgericht Duisburg HRB 30417 - Managing Director: Dr. Uwe Hartkopf")])
blind("u792-sap-pdf-eur-resin-full-pallets-scale", H.with_attachment("Nadine Wolters <n.wolters@rhein-polymer.example>", """Dear Ms Marsh,

thank you for your inquiry HM-RFQ-2611. Please find attached our quotation 20184377 for the PA66 GF30.

As we ship full pallets only, the 2,500 kg you asked for is quoted as 3,000 kg (3 pallets of 1,000 kg).
We distribute engineering plastics only - items 2 to 6 of your RFQ we cannot offer.

Best regards
Nadine Wolters
Customer Service Export
Rhein-Polymer Distribution GmbH, Duisburg
Tel. +49 203 555 0147""", "application/pdf", "Quotation_20184377.pdf", pdf([check_page(P792)])),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 3.98, "EUR", qty=3000, lead=21), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid", "note", "quantity-differs"])


# u793 an Indiana MRO house's own Excel quote form: header block (Valid for 45 days -> Jun 12 + 45 = 2026-07-27, not
# short; "EXW Terre Haute, IN" -> EXW; USD), a line table with "Unit Price" and "Price Per" (number of units the price is
# for) and an MOQ column. Bearing 3.41 per 1, MOQ 10, "Stock" -> 0. O-rings 18.70 per 1000 -> 0.0187 (the 50,000+
# break of the break row "1,000+ 26.20 / 10,000+ 20.40 / 50,000+ 18.70 / 100,000+ 17.20 USD per 1,000", 50,000 asked),
# MOQ 5,000, 2 weeks -> 14. Hose 4.52 per 1 (metre), quantity 800 as asked -> null, MOQ 1,000 (m) above 800 ->
# moq-above-quantity, 3 weeks -> 21 (Jul 3, before Sep 1). Seal kit "No quote" -> declined. Resin and sheet not listed
# -> missing-line. "Minimum order value $150.00; orders below carry a $25.00 small-order fee" -> note. Partial.
assert close(18.70 / 1000, 0.0187) and 50000 <= 50000 < 100000 and 1000 > 800 and plus("2026-06-12", 45) == "2026-07-27"
U793_ROWS = [["WABASH VALLEY INDUSTRIAL SUPPLY", "", "", "", "QUOTE FORM QF-7"],
             ["2201 Wabash Ave, Terre Haute, IN 47807  |  812-555-0176"],
             [],
             ["Quote #", "WV-Q-26-1192", "", "Customer", "Halvorsen Manufacturing - Lena Marsh"],
             ["Quote date", "June 12, 2026", "", "Your RFQ", "HM-RFQ-2611"],
             ["Valid for", "45 days", "", "Incoterms", "EXW Terre Haute, IN"],
             ["Currency", "USD", "", "Payment", "Net 30"],
             [],
             ["Line", "Your Part #", "Description", "Qty", "UOM", "Unit Price", "Price Per", "MOQ", "Lead Time", "Remarks"],
             [3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3", 400, "EA", 3.41, 1, 10, "Stock", ""],
             [4, "OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR 70 black", 50000, "EA", 18.70, 1000, 5000, "2 weeks",
              "see breaks below"],
             [5, "HSE-2SN-08", "Hose EN 853 2SN DN12", 800, "M", 4.52, 1, 1000, "3 weeks", "MOQ 1,000 m"],
             [6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", "", "", "", "", "No quote"],
             [],
             ["O-ring breaks (USD per 1,000):", "1,000+ 26.20", "10,000+ 20.40", "50,000+ 18.70", "100,000+ 17.20"],
             ["Price Per = number of units the unit price is for."],
             ["Minimum order value $150.00; orders below carry a $25.00 small-order fee."],
             ["Prepared by: Beth Carver, 812-555-0176"]]
blind("u793-xlsx-quote-form-price-per-moq-above", H.with_attachment("Beth Carver <bcarver@wabashvalley-supply.example>", """Hi Lena,

Attached is our quote WV-Q-26-1192 on HM-RFQ-2611, on our usual quote form.

Beth Carver
Wabash Valley Industrial Supply
812-555-0176""", XLSX, "WV-Q-26-1192.xlsx", xlsx_book([("QF-7", U793_ROWS)])),
       "partial", "USD", "2026-07-27", "EXW",
       [line(3, 3.41, lead=0, moq=10), line(4, 0.0187, lead=14, moq=5000), line(5, 4.52, lead=21, moq=1000), nob(6)],
       ["missing-line", "moq-above-quantity", "no-bid", "note"])


# u794 an Odoo-style quotation e-mail, HTML only: "Here is your quotation S04417 amounting in $ 7,279.00". Bearing
# "[6205-C-2HRS-C3] FAG deep groove ball bearing ... offered in place of SKF 6205-2RS C3 (your BRG 6205-2RS)" -> the FAG
# part is an alternate (the other two lines carry the buyer's own part numbers in brackets): alternatePartNumber
# 6205-C-2HRS-C3 (alternate-part), 400 Units at 3.56 (1,424.00), "Lead time: ex stock" -> 0. O-rings "box of 1,000",
# 50.00 Box at 21.40 (1,070.00) -> 0.0214 each, 50 boxes = 50,000 as asked -> null, 2 weeks -> 14 (Jun 26, before
# Aug 17). Seal kit 150 Units at 31.90 (4,785.00), "3-4 weeks" -> 28 (Jul 10, before Sep 21). "We cannot supply the
# PA66 resin, the aluminium sheet or the hydraulic hose" -> lines 1, 2, 5 declined. "Expiration: 07/24/2026" (24
# cannot be a month) -> 2026-07-24 (not short); "Incoterm: FCA - Free Carrier, Houston, TX" -> FCA. USD. Partial.
assert close(400 * 3.56, 1424.00) and close(50 * 21.40, 1070.00) and close(150 * 31.90, 4785.00)
assert close(1424 + 1070 + 4785, 7279.00) and close(21.40 / 1000, 0.0214) and plus("2026-06-12", 28) == "2026-07-10"
U794_LINES = [("[6205-C-2HRS-C3] FAG deep groove ball bearing 6205-C-2HRS-C3, 25 x 52 x 15 mm<br>Offered in place of SKF "
               "6205-2RS C3 (your BRG 6205-2RS) - FAG equivalent, C3 clearance, contact seals both sides<br>Lead time: ex stock",
               "400.00 Units", "3.56", "", "$ 1,424.00"),
              ("[OR-0120-NBR70] O-ring 12 x 2 mm NBR 70 black, box of 1,000<br>Lead time: 2 weeks",
               "50.00 Box", "21.40", "", "$ 1,070.00"),
              ("[KIT-PX200-SEAL] Seal kit PX-200 per your BOM (2 lip seals, 4 O-rings, 1 gasket), bagged and labelled<br>"
               "Lead time: 3-4 weeks", "150.00 Units", "31.90", "", "$ 4,785.00")]
blind("u794-odoo-html-quotation-fag-alternate", H.msg("Gulf Coast Seal & Bearing <sales@gulfcoast-sb.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="margin:0px;padding:0px;font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p style="margin:0px;padding:0px;font-size:13px">
Hello Lena Marsh,<br><br>
Here is your quotation <strong>S04417</strong> amounting in <strong>$ 7,279.00</strong> from Gulf Coast Seal &amp; Bearing.
<br><br>
Do not hesitate to contact us if you have any questions.
<br><br>
Your reference: HM-RFQ-2611
</p>
</div>
<div style="margin-top:16px">
<table style="width:100%;border-collapse:collapse;font-size:12px">
<thead><tr style="border-bottom:2px solid #875A7B"><th style="text-align:left">Description</th><th style="text-align:right">Quantity</th><th style="text-align:right">Unit Price</th><th style="text-align:right">Taxes</th><th style="text-align:right">Amount</th></tr></thead>
<tbody>
""" + "\n".join("<tr style=\"border-bottom:1px solid #DDD\">" + "".join(f"<td style=\"text-align:{'left' if i == 0 else 'right'};padding:4px\">{c}</td>" for i, c in enumerate(r)) + "</tr>" for r in U794_LINES) + """
</tbody>
<tfoot><tr><td colspan="4" style="text-align:right"><strong>Total</strong></td><td style="text-align:right"><strong>$ 7,279.00</strong></td></tr></tfoot>
</table>
</div>
<div style="margin-top:16px;font-size:12px">
<p><strong>Expiration:</strong> 07/24/2026<br>
<strong>Incoterm:</strong> FCA - Free Carrier, Houston, TX<br>
<strong>Payment terms:</strong> 30 Days</p>
<p>Note from your sales rep: we cannot supply the PA66 resin, the aluminium sheet or the hydraulic hose, so there is no
quote on lines 1, 2 and 5. &ndash; Hector Salinas, 713-555-0158</p>
</div>
<div style="margin-top:24px;color:#888;font-size:11px">
Gulf Coast Seal &amp; Bearing LLC &middot; 8820 Clinton Dr, Houston, TX 77029 &middot; +1 713-555-0100 &middot; gulfcoast-sb.example<br>
Powered by Odoo
</div>
</body></html>""", cte="quoted-printable", subject="Gulf Coast Seal & Bearing Quotation (Ref S04417)"),
       "partial", "USD", "2026-07-24", "FCA",
       [nob(1), nob(2), line(3, 3.56, lead=0, alt="6205-C-2HRS-C3"), line(4, 0.0214, lead=14), nob(5),
        line(6, 31.90, lead=28)],
       ["alternate-part", "no-bid"])


# u795 a CRM's automatic notice from an electrical and automation distributor: "Status: Closed - No Quote", reason code
# "not in our line card", every RFQ line listed "No Quote", and a line from the rep ("we're electrical and automation
# only"). The whole RFQ is declined -> six noBid lines, currency / validUntil / incoterms null, status no-bid,
# kinds {no-bid}. The case number and phone numbers are not prices.
blind("u795-crm-auto-notice-closed-no-quote", H.msg("Voltline Quote Desk <quotedesk-noreply@voltline-dist.example>", "text/plain", """*** This is an automated message from the Voltline Distribution quote desk. ***

Quote Request:     HM-RFQ-2611 (Halvorsen Manufacturing)
Case Number:       00912774
Status:            Closed - No Quote
Reason Code:       NQ-03 - Product not in our line card
Assigned Rep:      Dana Whitcomb

Line  Customer Part      Qty      UoM   Result
1     RES-PA66-GF30      2500     KG    No Quote
2     SHT-5052H32-030    90       EA    No Quote
3     BRG 6205-2RS       400      EA    No Quote
4     OR-0120-NBR70      50000    EA    No Quote
5     HSE-2SN-08         800      M     No Quote
6     KIT-PX200-SEAL     150      SET   No Quote

Comment from your rep:
  Hi Lena - sorry, we're electrical and automation only (drives, controls, wire and cable), so nothing on this
  list is something we can supply. Please keep us in mind for your panel and controls work.
  Dana Whitcomb, 636-555-0127

Please do not reply to this message. To reach the quote desk call 636-555-0100 or write to
quotes@voltline-dist.example and quote case number 00912774.

Voltline Distribution Inc. | 410 Mid Rivers Mall Dr, St. Peters, MO 63376
""", subject="Case 00912774: HM-RFQ-2611 - Closed - No Quote"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u796 a German web shop's Angebot e-mail, HTML only (quoted-printable), from a no-reply address. Fitting in "VPE 50"
# (packing unit of 50 pieces), "40 VPE (2.000 Stück)" at "187,50 €" per VPE (7.500,00 €) -> 187.50 / 50 = 3.75, as
# asked -> null, "Lagerbestand: 2.350 Stück" (more than 2,000) -> 0. Cylinder, the Festo part itself (the shop's
# article number, "unsere Shop-Artikelnummer für den angefragten Artikel", is not an alternate), 120 Stück at
# "74,90 €" per VPE 1 (8.988,00 €) -> 74.90, "Lieferzeit 8-10 Werktage" -> upper bound 10 working days -> 14 (Jun 29,
# before Sep 11). "zzgl. 19 % MwSt." is VAT, no deviation. "Ihr Angebot ist gültig bis 15.07.2026" -> 2026-07-15 (not
# short); "FCA Fürth (Incoterms 2020)" -> FCA. Shaft, housing and bracket set not mentioned -> missing-line. EUR.
# Partial.
assert close(187.50 / 50, 3.75) and 40 * 50 == 2000 and close(40 * 187.50, 7500.00) and close(120 * 74.90, 8988.00)
assert workdays(10) == 14 and plus("2026-06-15", 14) == "2026-06-29" and close(7500 + 8988, 16488.00)
blind2("u796-german-webshop-angebot-vpe-50-werktage", V.msg("Pneumatik Franken Online-Shop <angebote-noreply@pneumatik-franken.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<div style="max-width:680px;margin:0 auto">
<div style="background:#C8102E;color:#fff;padding:14px 20px;font-size:18px"><b>Pneumatik Franken</b> &middot; Online-Shop</div>
<div style="padding:20px">
<p>Guten Tag Herr Albers,</p>
<p>vielen Dank f&uuml;r Ihre Angebotsanfrage &uuml;ber unseren Online-Shop (Ihre Referenz: VM-RFQ-4418).
Ihr Angebot <b>WA-2026-044718</b> ist gültig bis <b>15.07.2026</b>.</p>
<table cellpadding="5" cellspacing="0" style="border-collapse:collapse;width:100%;font-size:12px">
<tr style="background:#F0F0F0"><th align="left">Pos.</th><th align="left">Artikel-Nr.</th><th align="left">Ihre Artikel-Nr.</th><th align="left">Bezeichnung</th><th align="right">Menge</th><th align="right">VPE</th><th align="right">Preis je VPE</th><th align="right">Gesamt</th><th align="left">Verf&uuml;gbarkeit</th></tr>
<tr style="border-bottom:1px solid #ddd"><td>1</td><td>11-316-1210</td><td>FIT-316-G12-10</td><td>Gerade Einschraubverschraubung G1/2 - 10 mm Rohr, Edelstahl 1.4404</td><td align="right">40 VPE (2.000 St&uuml;ck)</td><td align="right">50 St&uuml;ck</td><td align="right">187,50&nbsp;&euro;</td><td align="right">7.500,00&nbsp;&euro;</td><td>Lagerbestand: 2.350 St&uuml;ck</td></tr>
<tr style="border-bottom:1px solid #ddd"><td>2</td><td>FE-DSBC-32-80</td><td>DSBC-32-80-PPVA-N3</td><td>Festo Normzylinder DSBC-32-80-PPVA-N3</td><td align="right">120 St&uuml;ck</td><td align="right">1 St&uuml;ck</td><td align="right">74,90&nbsp;&euro;</td><td align="right">8.988,00&nbsp;&euro;</td><td>Lieferzeit 8-10 Werktage</td></tr>
<tr><td colspan="7" align="right"><b>Summe netto</b></td><td align="right"><b>16.488,00&nbsp;&euro;</b></td><td></td></tr>
</table>
<p>Artikel-Nr. = unsere Shop-Artikelnummer f&uuml;r den angefragten Artikel.<br>
Alle Preise zzgl. 19 % MwSt.<br>
Lieferbedingung: FCA F&uuml;rth (Incoterms 2020)<br>
Zahlung: 30 Tage netto nach Rechnungsdatum</p>
<p>Um das Angebot zu bestellen, melden Sie sich in Ihrem Kundenkonto an und w&auml;hlen Sie &bdquo;Angebot in Warenkorb&ldquo;.</p>
<p style="font-size:11px;color:#888">Diese E-Mail wurde automatisch erstellt. Bei Fragen erreichen Sie uns unter +49 911 555 0138.<br>
Pneumatik Franken GmbH &middot; Kurgartenstra&szlig;e 37 &middot; 90762 F&uuml;rth &middot; HRB 14472 F&uuml;rth</p>
</div></div>
</body></html>""", cte="quoted-printable", subject="Ihr Angebot WA-2026-044718 von Pneumatik Franken"),
       "partial", "EUR", "2026-07-15", "FCA",
       [line(3, 3.75, "EUR", lead=0), line(4, 74.90, "EUR", lead=14)],
       ["missing-line"])


# u797 the Brno branch of a distributor, English cover note + its XLSX template. Fitting "as requested" 3.71 EUR: the
# break rows under the table say "1-499 pcs 4,20 / 500-1 999 pcs 3,95 / 2 000+ pcs 3,71" and 2,000 are asked -> 3.71,
# "ex stock" -> 0. Cylinder: "Festo DSBC is on long allocation; we offer the Camozzi Series 61 equivalent", Offered P/N
# 61M2P032A0080 -> alternatePartNumber 61M2P032A0080 (alternate-part), 63.40, 4 weeks -> 28 (Jul 13, before Sep 11).
# Bracket set "cannot supply (drawing part)" -> declined. Shaft and housing not listed -> missing-line. "Offer valid 30
# days" from Mon 15 Jun -> 2026-07-15 (not short); "FCA Brno (Incoterms 2020)" -> FCA. EUR. Partial.
assert 2000 >= 2000 and plus("2026-06-15", 30) == "2026-07-15" and plus("2026-06-15", 28) == "2026-07-13"
U797_ROWS = [["MORAVIA TECHNIK s.r.o. - Brno branch", "", "", "", "", "Nabídka / Quotation", "NB-26-3318"],
             ["Vídeňská 88, 639 00 Brno, Czech Republic", "", "", "", "", "Customer", "Vossberg Maschinenbau GmbH"],
             ["", "", "", "", "", "Enquiry", "VM-RFQ-4418"],
             [],
             ["Item", "Customer P/N", "Offered P/N", "Manufacturer", "Description", "Qty", "Unit", "Unit price EUR",
              "Delivery"],
             [3, "FIT-316-G12-10", "as requested", "", "Male connector G1/2 - 10 mm tube, 316L", 2000, "pcs", 3.71,
              "ex stock"],
             [4, "DSBC-32-80-PPVA-N3", "61M2P032A0080", "Camozzi", "ISO 15552 cylinder 32 x 80, adj. cushioning", 120,
              "pcs", 63.40, "4 weeks"],
             [5, "2231-004-03", "", "", "Sensor bracket set L+R", 150, "set", "", "cannot supply (drawing part)"],
             [],
             ["Price breaks item 3:", "1-499 pcs 4,20", "500-1 999 pcs 3,95", "2 000+ pcs 3,71"],
             ["Prices in EUR, net, excl. VAT."]]
blind2("u797-brno-branch-xlsx-camozzi-alternate", V.message("Tomáš Novák <t.novak@moravia-technik.example>", multipart("mixed", "=_moravia_797", [
        text_part("text/plain", """Dear Mr Albers,

thank you for your enquiry VM-RFQ-4418, which our Brno branch handles for Germany. Our quotation NB-26-3318
is attached (Excel).

The Festo DSBC is on long allocation at the moment, so for item 4 we offer the Camozzi Series 61 equivalent
(same ISO 15552 mounting dimensions, adjustable cushioning). The bracket set is a drawing part which we
cannot supply.

Offer valid 30 days. FCA Brno (Incoterms 2020).

Best regards / S pozdravem
Tomáš Novák
Key Account Manager DACH
Moravia Technik s.r.o., Vídeňská 88, 639 00 Brno
Tel. +420 545 555 019
"""),
        file_part(XLSX, "NB-26-3318.xlsx", xlsx_book([("Nabidka", U797_ROWS)]))])),
       "partial", "EUR", "2026-07-15", "FCA",
       [line(3, 3.71, "EUR", lead=0), line(4, 63.40, "EUR", lead=28, alt="61M2P032A0080"), nob(5)],
       ["alternate-part", "missing-line", "no-bid"])


# u798 a Dutch machining shop's Business Central-style PDF quote in EUR, with a cover note declining positions 2, 3
# and 4 ("we do not offer the housing, the fitting or the cylinder" -> declined). Shaft 250 PCS at "37,60" (9.400,00)
# -> 37.60; "Delivery time: shaft 12 weeks" -> 84 -> Jun 15 + 84 = Sep 7, AFTER the Aug 28 need-by ->
# lead-time-after-need-by. Bracket sets 150 SET at "23,40" (3.510,00) -> 23.40, 8 weeks -> 56 (Aug 10, before Oct 9).
# The table's "SETUP - one-time set-up and CNC programming, 185,00" line is a one-off charge -> note (not an RFQ line).
# "Quote Valid Until 14 August 2026" -> 2026-08-14 (not short); "Shipment Method: EXW - Ex Works Eindhoven" -> EXW.
# EUR. Partial.
assert close(250 * 37.60, 9400.00) and close(150 * 23.40, 3510.00) and close(9400 + 3510 + 185, 13095.00)
assert plus("2026-06-15", 84) == "2026-09-07" > "2026-08-28" and plus("2026-06-15", 56) == "2026-08-10"
X798 = [40, 92, 170, 370, 412, 452, 510]
P798 = ([(40, 800, 14, "Kempen Precisie B.V."),
         (40, 786, 8, "De Run 5421, 5504 DG Veldhoven (Eindhoven), NL  |  +31 40 555 0165  |  verkoop@kempen-precisie.example"),
         (430, 762, 14, "Quote"),
         (40, 740, 9, "Vossberg Maschinenbau GmbH"), (340, 740, 9, "Quote No.: S-QUO104812"),
         (40, 728, 9, "Attn. Mr Jonas Albers"), (340, 728, 9, "Document Date: 15 June 2026"),
         (40, 716, 9, "Your Reference: VM-RFQ-4418"), (340, 716, 9, "Quote Valid Until: 14 August 2026"),
         (340, 704, 9, "Shipment Method: EXW - Ex Works Eindhoven"),
         (340, 692, 9, "Payment Terms: 30 days")]
        + row(664, X798, ["No.", "Your reference", "Description", "Quantity", "Unit", "Unit Price", "Line Amount"])
        + row(650, X798, ["", "", "", "", "", "Excl. VAT", "Excl. VAT"])
        + row(634, X798, ["SH-2231", "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412", "250", "PCS", "37,60",
                          "9.400,00"])
        + row(618, X798, ["BR-2231-4", "2231-004-03", "Sensor bracket set L+R, black anod.", "150", "SET", "23,40",
                          "3.510,00"])
        + row(602, X798, ["SETUP", "", "One-time set-up and CNC programming", "1", "PCS", "185,00", "185,00"])
        + [(370, 576, 9, "Total EUR Excl. VAT"), (510, 576, 9, "13.095,00"),
           (40, 548, 8, "Delivery time: shaft 12 weeks, bracket sets 8 weeks after receipt of order."),
           (40, 536, 8, "Prices in EUR. Delivery to your drawing SH-2231-C rev B and 2231-004-03."),
           (40, 496, 7, "Kempen Precisie B.V.  |  KvK 17045521  |  BTW NL8123.45.678.B01  |  IBAN NL55 RABO 0123 4567 89")])
blind2("u798-business-central-pdf-setup-line-late-shaft", V.message("Ruben Smits <r.smits@kempen-precisie.example>", multipart("mixed", "=_kempen_798", [
        text_part("text/plain", """Dear Mr Albers,

Please find our quote S-QUO104812 attached for the turned shaft and the bracket sets.
We do not offer the housing, the fitting or the cylinder (positions 2, 3 and 4).

Met vriendelijke groet,
Ruben Smits
Kempen Precisie B.V.
+31 40 555 0165
"""),
        file_part("application/pdf", "S-QUO104812.pdf", pdf([check_page(P798)]))])),
       "partial", "EUR", "2026-08-14", "EXW",
       [line(1, 37.60, "EUR", lead=84), nob(2), nob(3), nob(4), line(5, 23.40, "EUR", lead=56)],
       ["lead-time-after-need-by", "no-bid", "note"])


# u799 a Huddersfield distributor in GBP ("all prices in pounds sterling") -> GBP (currency-differs). Fitting, its
# stock no. PF-31612-10 beside the buyer's part: "boxes of 25, £92.50 per box (80 boxes = 2,000 pcs)" -> 92.50 / 25 =
# 3.70, as asked -> null, "in stock: 2,600 pcs" (more than 2,000) -> 0. Cylinder "Festo, as specified" £66.80 each, "in
# stock: 0, factory lead time 6-8 weeks" -> 56 (Aug 10, before Sep 11). Shaft, housing and bracket set not mentioned ->
# missing-line. "Prices valid until 30/06/2026" -> 2026-06-30, earlier than Jul 10 -> validity-short. "DAP Bielefeld
# (Incoterms 2020)" -> DAP. The request quoted below (Outlook) has no prices. Partial.
assert close(92.50 / 25, 3.70) and 80 * 25 == 2000 and 2600 >= 2000 and plus("2026-06-15", 56) == "2026-08-10"
blind2("u799-huddersfield-gbp-box-of-25-factory-lead-short", V.msg("Claire Whitworth <c.whitworth@pennine-fluidpower.example>", "text/plain", """Hi Jonas,

Thanks for the enquiry. We can help with the fitting and the cylinder; all prices in pounds sterling (GBP).

1) FIT-316-G12-10 - our stock no. PF-31612-10
   Male stud connector G1/2 x 10 mm tube, 316 stainless
   Packed in boxes of 25: £92.50 per box (80 boxes = 2,000 pcs)
   In stock: 2,600 pcs

2) DSBC-32-80-PPVA-N3 - Festo, as specified - our stock no. PF-FE-1376480
   £66.80 each
   In stock: 0, factory lead time 6-8 weeks

Prices valid until 30/06/2026 (our price list changes on 1 July).
Delivery DAP Bielefeld (Incoterms 2020).

Kind regards,
Claire Whitworth
Internal Sales
Pennine Fluid Power Distribution Ltd
Leeds Road, Huddersfield HD1 6PZ
Tel: +44 1484 555 072

From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: 08 June 2026 10:14
To: sales@pennine-fluidpower.example
Subject: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

""" + BLIND2_REQUEST + "\n"),
       "partial", "GBP", "2026-06-30", "DAP",
       [line(3, 3.70, "GBP", lead=0), line(4, 66.80, "GBP", lead=56)],
       ["currency-differs", "missing-line", "validity-short"])


# u800 a Dutch distributor's e-procurement export, a semicolon CSV with decimal commas: "Price" per "PriceUnit" pieces,
# "DeliveryWorkingDays", "Stock" and "MinQty". Fitting 378,00 per 100 -> 3.78, 0 working days with 4,800 in stock -> 0,
# MinQty 500 -> moq 500 (below 2,000, no deviation). Cylinder 72,15 per 1 -> 72.15, 15 working days -> 15 x 7/5 = 21
# (Jul 6, before Sep 11), MinQty empty -> null. Bracket set "no bid - drawing part, not sourced" -> declined. Shaft and
# housing not in the file -> missing-line. Body: "Offer valid until 7 August 2026" -> 2026-08-07 (not short); "FCA
# Gorinchem (Incoterms 2020)" -> FCA. EUR. Partial.
assert close(378.00 / 100, 3.78) and workdays(15) == 21 and plus("2026-06-15", 21) == "2026-07-06" and 500 < 2000
U800_CSV = """CustomerItem;SupplierItem;Description;Qty;UoM;Price;PriceUnit;Currency;DeliveryWorkingDays;Stock;MinQty;Remark
FIT-316-G12-10;LM-7731210;Male connector G1/2-10mm 316L;2000;PCS;378,00;100;EUR;0;4800;500;
DSBC-32-80-PPVA-N3;LM-FE1376;Festo DSBC-32-80-PPVA-N3;120;PCS;72,15;1;EUR;15;0;;
2231-004-03;;Sensor bracket set L+R;150;SET;;;;;;;no bid - drawing part, not sourced
"""
blind2("u800-dutch-csv-export-price-unit-minqty", V.message("Femke Verhoeven <f.verhoeven@lekmerwede-techniek.example>", multipart("mixed", "=_lekmerwede_800", [
        text_part("text/plain", """Dear Mr Albers,

Attached you will find our offer for VM-RFQ-4418 as a CSV export from our ordering system
(separator ";", decimal comma). The price is per "PriceUnit" pieces; delivery in working days.

Offer valid until 7 August 2026. FCA Gorinchem (Incoterms 2020).

With kind regards,
Femke Verhoeven
Lek & Merwede Techniek B.V.
Avelingen-West 14, 4202 MS Gorinchem
+31 183 555 041
"""),
        file_part("text/csv", "offer_VM-RFQ-4418.csv", S.crlf(U800_CSV).encode("utf-8"))])),
       "partial", "EUR", "2026-08-07", "FCA",
       [line(3, 3.78, "EUR", lead=0, moq=500), line(4, 72.15, "EUR", lead=21), nob(5)],
       ["missing-line", "no-bid"])


if __name__ == "__main__":
    ROUND.write()
