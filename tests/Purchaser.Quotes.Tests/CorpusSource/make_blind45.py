#!/usr/bin/env python3
"""Writes replies u705..u720 (Corpus/u*.eml + expected u*.json) - the forty-fifth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is TOTALS, EXTENSIONS AND CHARGES AROUND THE UNIT PRICE. Sixteen ordinary replies whose prices come
with the arithmetic vendors add: an extended amount on every line with a subtotal, a one-time die charge, estimated
freight and a grand total (plain text above an Outlook original); LOT prices for the whole quantity with no unit price
written (HTML with a state sales-tax line; a Czech foundry's PDF with a pattern charge); prices per box, bag, drum, coil
and pack of 25 next to the number of packs and the line amount (CSV, XLSX in GBP with a zero-rated VAT row, XLSX in CAD,
PDF, Dutch XLSX); unit prices with five decimals beside totals rounded to the cent (PDF with a one-time handling fee);
a List / "Net after 5% discount" / Extended net table (multipart/alternative); a six-line HTML quote whose bottom line
is a 2% prompt-payment discount (a payment term: the unit prices stand); a German Nettobetrag / 19 % MwSt. /
Gesamtbetrag block with one-time set-up costs; a Chinese RMB quote and a French quote whose amounts differ from
quantity x unit price by rounding (the unit price column is the price; both readings agree within 0.0001); and a full
no-bid that names the enquiry's total value. Totals, freight, tax and discounts on the order are never unit prices;
one-off charges are notes; freight appears only as "included", "collect" or an estimate beside a one-off charge, so no
case's deviation set turns on it.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, xlsx, pdf  # expected-line shapes, one-sheet workbook writer, text-layer PDF writer
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(705)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u705 an Akron distributor, plain text: every line carries Qty, Unit and Extended, then Subtotal, a one-time steel-rule
# die, estimated freight and a Total, above the buyer's request in an Outlook "Original Message" block (history).
# Gasket "$0.1864" (Ext 932.00) -> 0.1864, 4 wks -> 28 (Jul 3, before Aug 3). Cable "$1.395/m" (Ext 2,092.50) -> 1.395 per
# metre, 3 wks -> 21 (Jun 26, before Jul 20). Screws "$0.0301" (Ext 602.00) -> 0.0301, stock -> 0. Plate "$44.20" (Ext
# 5,304.00) -> 44.20, 8 wks -> 56 (Jul 31, before Aug 17). Springs "$0.0712" (Ext 569.60) -> 0.0712, 4 wks -> 28 (Jul 3,
# before Jul 27). Quantities the RFQ's -> null. Subtotal 9,500.10, die 285.00, freight 165.00 and Total 9,950.10 are no
# unit prices; "one-time steel rule die for the gasket $285.00" -> note (the estimated freight beside it changes nothing:
# the set holds "note" either way). "Quote valid 45 days" from Fri 5 Jun -> 2026-07-20 (not short); "FOB Akron, OH" ->
# FOB. USD. Every line priced -> parsed.
assert close(5000 * 0.1864, 932.00) and close(1500 * 1.395, 2092.50) and close(20000 * 0.0301, 602.00)
assert close(120 * 44.20, 5304.00) and close(8000 * 0.0712, 569.60)
assert close(932.00 + 2092.50 + 602.00 + 5304.00 + 569.60, 9500.10) and close(9500.10 + 285.00 + 165.00, 9950.10)
assert plus("2026-06-05", 45) == "2026-07-20" and plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 28) == "2026-07-03"
sample("u705-plain-extended-subtotal-die-freight-total", S.msg("Gretchen Vollmer <gvollmer@portagelakes-supply.example>", "text/plain", """Hi Nora,

Thanks for the RFQ, recieved it Monday. Our pricing for NR-RFQ-0619 is below, all USD.

Part            Qty          Unit        Extended    Lead
GSK-EPDM-80     5,000 pcs    $0.1864     $932.00     4 wks
CBL-4C22-PUR    1,500 m      $1.395/m    $2,092.50   3 wks
SCR-M4X10-A2    20,000 pcs   $0.0301     $602.00     stock
PLT-0915-R2     120 pcs      $44.20      $5,304.00   8 wks
SPR-C0630-302   8,000 pcs    $0.0712     $569.60     4 wks
                                         ---------
                             Subtotal    $9,500.10
  One-time steel rule die (gasket)       $285.00
  Freight, est. (prepaid & add)          $165.00
                                         ---------
                             Total       $9,950.10

Quote valid 45 days. FOB Akron, OH. Terms net 30 w/ approved credit.

Let me know if you have any questions.

Gretchen Vollmer
Inside Sales | Portage Lakes Industrial Supply
1455 Brown St, Akron, OH 44301
330-555-0167  |  fax 330-555-0168

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Monday, June 1, 2026 8:05 AM
To: Gretchen Vollmer <gvollmer@portagelakes-supply.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Gretchen,

Could you quote the following by Friday June 12? Unit prices please, plus lead time, Incoterms and validity.

  1  GSK-EPDM-80     gasket EPDM 70A 80x62x3          5,000 EA     need by 8/3
  2  CBL-4C22-PUR    cable 4x22 AWG shld PUR black    1,500 M      need by 7/20
  3  SCR-M4X10-A2    SHCS M4x10 A2-70                 20,000 EA    need by 7/13
  4  PLT-0915-R2     motor base plate 6082-T6         120 EA       need by 8/17
  5  SPR-C0630-302   comp. spring 302SS               8,000 EA     need by 7/27

Thanks!
Nora Reyes
Purchasing, Northridge Robotics
"""),
       "parsed", "USD", "2026-07-20", "FOB",
       [line(1, 0.1864, lead=28), line(2, 1.395, lead=21), line(3, 0.0301, lead=0), line(4, 44.20, lead=56),
        line(5, 0.0712, lead=28)],
       ["note"])


# u706 HTML only (quoted-printable) from a Michigan contract manufacturer that prices COMPLETE LOTS: the table has "Lot
# qty" and "Lot price" and no unit price anywhere. Gasket "5,000 pcs" "$935.00" -> 935.00 / 5,000 = 0.187 each, 5 weeks
# -> 35 (Jul 10, before Aug 3). Plate "120 pcs" "$5,460.00" -> 5,460.00 / 120 = 45.50 each, 7 weeks -> 49 (Jul 24,
# before Aug 17). The lot quantities are the RFQ's -> null. Subtotal 6,395.00, "Michigan sales tax 6%" 383.70 and Total
# 6,778.70 are no prices; the sales-tax remark is no deviation; "tooling and set-up are included in the lot price" is no
# charge. "Springs: no quote" -> line 5 declined. Cable and screws never mentioned -> missing-line. "Quotation valid 30
# days" from Fri 5 Jun -> 2026-07-05 (not short); "FCA Wyoming, MI" -> FCA. USD. Partial.
assert close(935.00 / 5000, 0.187) and close(5460.00 / 120, 45.50) and close(935.00 + 5460.00, 6395.00)
assert close(round(6395.00 * 0.06, 2), 383.70) and close(6395.00 + 383.70, 6778.70)
assert plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 49) == "2026-07-24"
sample("u706-html-lot-prices-only-sales-tax", S.msg("Brent Vander Molen <bvandermolen@grandriver-cm.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:10pt;color:#202020">
<p>Good afternoon Nora,</p>
<p>Thank you for the opportunity on NR-RFQ-0619. We quote complete lots - tooling and set-up are included in the lot
price, so there is nothing extra on the first order.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#A6A6A6">
<tr style="background:#305496;color:#FFFFFF"><th>Part number</th><th>Description</th><th>Lot qty</th><th>Lot price</th><th>Lead time</th></tr>
<tr><td>GSK-EPDM-80</td><td>Gasket, EPDM 70A, die-cut, 80 OD x 62 ID x 3 mm</td><td align="right">5,000 pcs</td><td align="right">$935.00</td><td>5 weeks</td></tr>
<tr><td>PLT-0915-R2</td><td>Motor base plate, 6082-T6, 10 mm, CNC, 4x M6</td><td align="right">120 pcs</td><td align="right">$5,460.00</td><td>7 weeks</td></tr>
<tr><td colspan="3" align="right">Subtotal</td><td align="right">$6,395.00</td><td></td></tr>
<tr><td colspan="3" align="right">Michigan sales tax 6%</td><td align="right">$383.70</td><td></td></tr>
<tr style="font-weight:bold"><td colspan="3" align="right">Total</td><td align="right">$6,778.70</td><td></td></tr>
</table>
<p>Sales tax comes off if you send us your exemption certificate.</p>
<p>Springs: no quote - we don't wind springs in house.</p>
<p>Quotation valid 30 days. FCA Wyoming, MI (Incoterms 2020).</p>
<p>Regards,<br>Brent Vander Molen<br>Estimating, Grand River Contract Manufacturing<br>
3340 Clay Ave SW, Wyoming, MI 49548 &middot; 616-555-0124</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-07-05", "FCA",
       [line(1, 0.187, lead=35), line(4, 45.50, lead=49), nob(5)],
       ["missing-line", "no-bid"])


# u707 short body + a CSV (comma, quoted notes) from a Chicago fastener and spring house that sells by the pack: columns
# Order Qty | Pack | Packs | Price/Pack | Ext Amount. Screws "Box 500", 40 packs, "15.40" per pack, Ext 616.00 -> 15.40 /
# 500 = 0.0308 each; 40 x 500 = 20,000 as asked -> null; "Stock" -> 0; Notes "MOQ 1 box (500 pcs)" -> moq 500 (below the
# quantity: no deviation). Springs "Bag 2500", 4 packs, "172.50" per pack, Ext 690.00 -> 172.50 / 2,500 = 0.069 each;
# "Full bags only - 4 bags = 10,000 pcs for your 8,000" -> quantity 10000 (quantity-differs); "3-4 wks" -> upper bound
# 28 (Jul 3, before Jul 27). The Subtotal 1,306.00, "Sales tax 0.00" and Total rows are no prices. Body: "cable and base
# plates: no quote" -> lines 2 and 4 declined. The gasket is never mentioned -> missing-line. "Quote expires June 30,
# 2026" (not short: Jun 30 >= Jun 26); "FCA Bensenville, IL" -> FCA. USD. Partial.
assert close(15.40 / 500, 0.0308) and 40 * 500 == 20000 and close(40 * 15.40, 616.00)
assert close(172.50 / 2500, 0.069) and -(-8000 // 2500) * 2500 == 10000 and close(4 * 172.50, 690.00)
assert close(616.00 + 690.00, 1306.00) and plus("2026-06-05", 28) == "2026-07-03"
U707_ROWS = [["Line", "Customer PN", "Description", "Order Qty", "Pack", "Packs", "Price/Pack", "Ext Amount", "Lead Time", "Notes"],
             [3, "SCR-M4X10-A2", "SHCS M4 x 10 ISO 4762 A2-70", "20000", "Box 500", 40, "15.40", "616.00", "Stock",
              "MOQ 1 box (500 pcs)"],
             [5, "SPR-C0630-302", "Comp spring 302SS .6 x 6.3 x 30", "10000", "Bag 2500", 4, "172.50", "690.00", "3-4 wks",
              "Full bags only - 4 bags = 10,000 pcs for your 8,000"],
             ["", "", "", "", "", "", "Subtotal", "1306.00", "", ""],
             ["", "", "", "", "", "", "Sales tax", "0.00", "", "resale / mfg exemption on file"],
             ["", "", "", "", "", "", "Total", "1306.00", "", ""]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U707_ROWS)
sample("u707-csv-box-and-bag-prices-full-bags", S.with_attachment("Hector Villanueva <hvillanueva@lakeshore-fs.example>", """Nora -

Quote Q-260605-09 attached as a CSV for the screws and springs. Prices are per pack, pack sizes are in the file.
The cable and base plates: no quote, we don't carry either.

Quote expires June 30, 2026. FCA Bensenville, IL.

Hector Villanueva
Lakeshore Fastener & Spring Co.
901 Industrial Dr, Bensenville, IL 60106
630-555-0181""", "text/csv", "Q-260605-09.csv", _buf.getvalue().encode("utf-8")),
       "partial", "USD", "2026-06-30", "FCA",
       [nob(2), line(3, 0.0308, lead=0, moq=500), nob(4), line(5, 0.069, qty=10000, lead=28)],
       ["missing-line", "no-bid", "quantity-differs"])


# u708 a Yorkshire cable distributor in GBP (currency-differs), body + XLSX. The cable is priced PER 305 m DRUM with the
# drum count and the line value: 5 drums x 305 m = 1,525 m, "411.75" per drum, line value 2,058.75 -> 411.75 / 305 =
# 1.35 per metre; the body says full drums only, "your 1,500 m becomes 5 drums / 1,525 m" -> quantity 1525
# (quantity-differs); "10 working days" -> 10 x 7/5 = 14 (Jun 19, before Jul 20). The "Goods total", "Carriage:
# included", "VAT @ 0% (export)" and "Total GBP" rows are no prices (the VAT row is a VAT remark). "The other four items
# are outside our range, so we must decline those" -> lines 1, 3, 4, 5 declined. "valid until 17 July 2026" ->
# 2026-07-17 (not short); "CPT Dayton, Ohio" -> CPT. Partial.
assert close(411.75 / 305, 1.35) and 5 * 305 == 1525 and close(5 * 411.75, 2058.75) and workdays(10) == 14
assert plus("2026-06-05", 14) == "2026-06-19"
U708_XLSX = xlsx([
    ["Pennine Cable Distribution Ltd", "", "", "", "", "Quotation PCD-Q-10482"],
    ["Customer: Northridge Robotics - Nora Reyes", "", "", "", "", "Your ref: NR-RFQ-0619"],
    [""],
    ["Part no.", "Description", "Drums", "Metres per drum", "Total metres", "Price per drum (GBP)", "Line value (GBP)",
     "Lead time"],
    ["CBL-4C22-PUR", "4 core 22 AWG screened, PUR sheath, black", 5, 305, 1525, 411.75, 2058.75, "10 working days"],
    [""],
    ["", "", "", "", "", "Goods total", 2058.75],
    ["", "", "", "", "", "Carriage", "included"],
    ["", "", "", "", "", "VAT @ 0% (export)", 0],
    ["", "", "", "", "", "Total GBP", 2058.75],
])
sample("u708-xlsx-gbp-per-drum-line-value-vat-row", S.with_attachment("Callum Ashworth <c.ashworth@pennine-cable.example>", """Dear Nora,

Many thanks for your enquiry NR-RFQ-0619. Please find our quotation PCD-Q-10482 attached, prices in GBP.

We only supply this cable in full 305 m drums, so your 1,500 m becomes 5 drums / 1,525 m. The other four items are
outside our range, so we must decline those.

Quotation valid until 17 July 2026. Delivery CPT Dayton, Ohio (Incoterms 2020).

Kind regards,
Callum Ashworth
Sales Executive
Pennine Cable Distribution Ltd
Unit 7, Leeds Road Industrial Estate, Huddersfield HD1 6PR
T: +44 1484 555 017
Registered in England No. 07755102 | VAT GB 775 5102 64""", XLSX, "PCD-Q-10482.xlsx", U708_XLSX),
       "partial", "GBP", "2026-07-17", "CPT",
       [nob(1), line(2, 1.35, "GBP", qty=1525, lead=14), nob(3), nob(4), nob(5)],
       ["currency-differs", "no-bid", "quantity-differs"])


# u709 a one-page PDF from an Erie distributor whose Unit Price column has FIVE decimals and whose Extension is rounded to
# the cent. Gasket 0.18640 (Ext 932.00) -> 0.1864, 5 wks -> 35 (Jul 10, before Aug 3). Cable 1.41267 per M (the line is
# bought in metres; Ext 2,119.01 = 1,500 x 1.41267 = 2,119.005 rounded) -> 1.41267, 2 wks -> 14. Screws 0.03085 (Ext
# 617.00) -> 0.03085, Stock -> 0. Plate "N/Q" -> declined. Springs 0.06838 (Ext 547.04) -> 0.06838, 6 wks -> 42 (Jul 17,
# before Jul 27). Quantities as asked -> null. Merchandise 4,215.05 and Total 4,250.05 are no prices; "Order handling fee
# (one time) 35.00" -> note. "Quote valid through July 10, 2026" (not short); "FCA Erie, PA" -> FCA. USD. Partial.
assert close(5000 * 0.18640, 932.00) and close(round(1500 * 1.41267 + 1e-9, 2), 2119.01) and close(20000 * 0.03085, 617.00)
assert close(8000 * 0.06838, 547.04) and close(932.00 + 2119.01 + 617.00 + 547.04, 4215.05) and close(4215.05 + 35.00, 4250.05)
assert plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 35) == "2026-07-10"
X709 = [40, 60, 140, 316, 366, 392, 458, 522]
P709 = check_page(
    [(40, 800, 14, "PRESQUE ISLE INDUSTRIAL DISTRIBUTORS"), (40, 786, 8, "2710 W 12th St, Erie, PA 16505  |  814-555-0133"),
     (420, 800, 13, "QUOTATION"), (420, 786, 9, "No. PQ-44817"), (420, 774, 9, "Date: June 5, 2026"),
     (40, 756, 9, "Customer: Northridge Robotics / Nora Reyes"), (420, 756, 9, "Your RFQ: NR-RFQ-0619")]
    + row(720, X709, ["Ln", "Item", "Description", "Qty", "U/M", "Unit Price", "Extension", "Lead"], 9)
    + row(702, X709, ["1", "GSK-EPDM-80", "Gasket EPDM 70A 80 x 62 x 3 mm", "5,000", "EA", "0.18640", "932.00", "5 wks"])
    + row(686, X709, ["2", "CBL-4C22-PUR", "Cable 4C 22AWG shielded PUR blk", "1,500", "M", "1.41267", "2,119.01", "2 wks"])
    + row(670, X709, ["3", "SCR-M4X10-A2", "SHCS M4 x 10 ISO 4762 A2-70", "20,000", "EA", "0.03085", "617.00", "Stock"])
    + row(654, X709, ["4", "PLT-0915-R2", "Motor base plate 6082-T6 CNC", "120", "EA", "N/Q", "", ""])
    + row(638, X709, ["5", "SPR-C0630-302", "Comp spring 302SS .6 x 6.3 x 30", "8,000", "EA", "0.06838", "547.04", "6 wks"])
    + row(606, X709, ["", "", "", "", "", "Merchandise", "4,215.05", ""])
    + [(300, 590, 8, "Order handling fee (one time)"), (458, 590, 8, "35.00")]
    + row(574, X709, ["", "", "", "", "", "Total USD", "4,250.05", ""])
    + [(40, 540, 8, "All prices USD. FCA Erie, PA (Incoterms 2020). Quote valid through July 10, 2026."),
       (40, 528, 8, "N/Q = not quoted. Lead times in weeks after receipt of order. Terms net 30."),
       (40, 500, 8, "Quoted by: Dale Mikulski, Inside Sales"),
       (500, 60, 7, "Page 1 of 1")])
sample("u709-pdf-five-decimal-units-rounded-extensions", S.with_attachment("Dale Mikulski <dmikulski@presqueisle-id.example>", """Nora,

Please see attached quote PQ-44817 for NR-RFQ-0619. We can't do the base plate (N/Q on the quote), everything else is
priced.

Thanks,
Dale Mikulski
Presque Isle Industrial Distributors
814-555-0133""", "application/pdf", "PQ-44817.pdf", pdf([P709])),
       "partial", "USD", "2026-07-10", "FCA",
       [line(1, 0.1864, lead=35), line(2, 1.41267, lead=14), line(3, 0.03085, lead=0), nob(4), line(5, 0.06838, lead=42)],
       ["no-bid", "note"])


# u710 multipart/alternative (text + HTML) from a Georgia distributor: List | Net (after 5% discount) | Extended net. The
# unit price is the NET column (the discount defines the price: no note). Gasket list 0.1980, net 0.1881 (Ext 940.50), 4
# weeks -> 28. Cable list 1.46/m, net 1.387/m (Ext 2,080.50), 3 weeks -> 21. Screws list 0.0320, net 0.0304 (Ext
# 608.00), "6 weeks - mill direct, our stock is low" -> 42 -> Jun 5 + 42 = Jul 17, AFTER the Jul 13 need-by ->
# lead-time-after-need-by. Plate list 47.00, net 44.65 (Ext 5,358.00), 7 weeks -> 49 (Jul 24, before Aug 17). Springs
# list 0.0740, net 0.0703 (Ext 562.40), 4 weeks -> 28 (Jul 3, before Jul 27). Quantities as asked -> null. "Total net
# $9,549.40" is no price. "Pricing valid for 60 days" from Fri 5 Jun -> 2026-08-04 (not short); "DDP Dayton, OH" -> DDP.
# USD. Parsed.
for _list, _net, _qty, _ext in [(0.1980, 0.1881, 5000, 940.50), (1.46, 1.387, 1500, 2080.50), (0.0320, 0.0304, 20000, 608.00),
                                (47.00, 44.65, 120, 5358.00), (0.0740, 0.0703, 8000, 562.40)]:
    assert close(_list * 0.95, _net) and close(_net * _qty, _ext)
assert close(940.50 + 2080.50 + 608.00 + 5358.00 + 562.40, 9549.40) and plus("2026-06-05", 60) == "2026-08-04"
assert plus("2026-06-05", 42) == "2026-07-17" and days("2026-06-05", "2026-07-13") < 42
U710_ROWS = [("GSK-EPDM-80", "5,000", "$0.1980", "$0.1881", "$940.50", "4 weeks"),
             ("CBL-4C22-PUR", "1,500 m", "$1.46/m", "$1.387/m", "$2,080.50", "3 weeks"),
             ("SCR-M4X10-A2", "20,000", "$0.0320", "$0.0304", "$608.00", "6 weeks"),
             ("PLT-0915-R2", "120", "$47.00", "$44.65", "$5,358.00", "7 weeks"),
             ("SPR-C0630-302", "8,000", "$0.0740", "$0.0703", "$562.40", "4 weeks")]
U710_TEXT = """Hi Nora,

Appreciate you sending NR-RFQ-0619 our way. Your 5% project discount is already taken in the Net column below.

Part            Qty        List       Net (after 5% disc.)   Ext. net     Lead
""" + "\n".join(f"{p:<16}{q:<11}{l:<11}{n:<23}{e:<13}{t}" for p, q, l, n, e, t in U710_ROWS) + """
                                                  Total net  $9,549.40

Screws are 6 weeks mill direct, our stock is low right now.

Pricing valid for 60 days. DDP Dayton, OH.

Thanks,
Wendell Pruitt
Chattahoochee Industrial Supply
Norcross, GA | 770-555-0119"""
U710_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Nora,</p>
<p>Appreciate you sending NR-RFQ-0619 our way. Your 5% project discount is already taken in the Net column below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#F2F2F2"><th>Part</th><th>Qty</th><th>List</th><th>Net (after 5% disc.)</th><th>Ext. net</th><th>Lead</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U710_ROWS) + """
<tr><td colspan="4" align="right"><b>Total net</b></td><td><b>$9,549.40</b></td><td></td></tr>
</table>
<p>Screws are 6 weeks mill direct, our stock is low right now.</p>
<p>Pricing valid for 60 days. DDP Dayton, OH.</p>
<p>Thanks,<br>Wendell Pruitt<br>Chattahoochee Industrial Supply<br>Norcross, GA | 770-555-0119</p>
</body></html>"""
sample("u710-alt-list-net-after-5pct-extended-net", S.alternative("Wendell Pruitt <wpruitt@chattahoochee-is.example>", U710_TEXT, U710_HTML),
       "parsed", "USD", "2026-08-04", "DDP",
       [line(1, 0.1881, lead=28), line(2, 1.387, lead=21), line(3, 0.0304, lead=42), line(4, 44.65, lead=49),
        line(5, 0.0703, lead=28)],
       ["lead-time-after-need-by"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u711 an Illinois materials distributor, plain text, above the buyer's request in an Outlook block (history). Resin
# "2,500 kg (100 bags x 25 kg) @ $4.29/kg = $10,725.00" -> 4.29 per kg, as asked -> null, "1-2 weeks" -> 14 (Jun 26,
# before Jul 20). Sheet: "lot price for the 90 sheets $12,789.00" with no price per sheet -> 12,789.00 / 90 = 142.10 per
# sheet, 3 weeks -> 21 (Jul 3, before Aug 10). Subtotal 23,514.00, "Est. freight $310.00 prepaid & add" and the total
# are no prices. "The sheet price is subject to the Midwest aluminum premium in effect on the ship date" -> a price-
# adjustment clause: note. "The seal kits we can't help with" -> line 6 declined. Bearings, O-rings and hose never
# mentioned -> missing-line. "Prices good through July 10, 2026" (not short: Jul 10 >= Jul 3); "FOB Kankakee, IL" ->
# FOB. USD. Partial.
assert close(2500 * 4.29, 10725.00) and close(12789.00 / 90, 142.10) and close(10725.00 + 12789.00, 23514.00)
assert close(23514.00 + 310.00, 23824.00) and plus("2026-06-12", 14) == "2026-06-26" and plus("2026-06-12", 21) == "2026-07-03"
blind("u711-resin-extended-sheet-lot-price-premium-clause", H.msg("Russ Kowalski <rkowalski@kankakee-materials.example>", "text/plain", """Lena,

Thanks for the RFQ. Here's what we can do on HM-RFQ-2611:

RES-PA66-GF30  PA66 30% GF, heat stabilized, black
  2,500 kg (100 bags x 25 kg) @ $4.29/kg = $10,725.00
  Ships 1-2 weeks

SHT-5052H32-030  5052-H32 .118" (3.0 mm) x 1250 x 2500 mm, PVC one side
  Lot price for the 90 sheets: $12,789.00 (cut, filmed, crated)
  Ships 3 weeks

  Subtotal                        $23,514.00
  Est. freight, prepaid & add        $310.00
  Total                           $23,824.00

The sheet price is subject to the Midwest aluminum premium in effect on the ship date.
The seal kits we can't help with, sorry.

Prices good through July 10, 2026. FOB Kankakee, IL.

Russ Kowalski
Kankakee Materials Supply
815-555-0129

-----Original Message-----
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Tuesday, June 9, 2026 10:12 AM
To: sales@kankakee-materials.example
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hello,

Please quote the items below by June 19, 2026 (unit price, lead time, Incoterms, validity).

""" + H.RFQ_TABLE + """

Regards,
Lena Marsh
Halvorsen Manufacturing
"""),
       "partial", "USD", "2026-07-10", "FOB",
       [line(1, 4.29, lead=14), line(2, 142.10, lead=21), nob(6)],
       ["missing-line", "no-bid", "note"])


# u712 HTML only from a Nebraska MRO house quoting ALL SIX lines with Unit price and Extended, a subtotal and, at the
# bottom, "Less 2% cash discount if paid within 10 days" with the net-if-paid amount - a payment term: the unit prices
# stand and it is no deviation. Resin $4.41/kg (Ext 11,025.00), 2 weeks -> 14 (Jun 26, before Jul 20). Sheet $146.30
# (Ext 13,167.00), 4 weeks -> 28 (Jul 10, before Aug 10). Bearings $3.44 (Ext 1,376.00), stock -> 0. O-rings "$18.90 /
# 1,000" (Ext 945.00) -> 0.0189, with the quantity breaks 10,000 - 49,999 $19.60 / 50,000 - 99,999 $18.90 / 100,000+
# $17.75 per 1,000 (the 50,000 asked fall in the second -> 0.0189, the same figure) and "Min. order 10,000 pcs" -> moq
# 10000 (below the quantity: no deviation); 3 weeks -> 21 (Jul 3, before Aug 17). Hose $4.62/m (Ext 3,696.00), 2 weeks
# -> 14. Seal kits $33.75 (Ext 5,062.50), 5 weeks -> 35 (Jul 17, before Sep 21). Quantities as asked -> null. Subtotal
# 35,271.50, the discount 705.43 and 34,566.07 are no prices; "freight collect" a shipping remark. "Quote good for 30
# days" from Fri 12 Jun -> 2026-07-12 (not short); "FCA Omaha, NE" -> FCA. USD. Every line priced -> parsed.
assert close(2500 * 4.41, 11025.00) and close(90 * 146.30, 13167.00) and close(400 * 3.44, 1376.00)
assert close(50000 * 18.90 / 1000, 945.00) and close(800 * 4.62, 3696.00) and close(150 * 33.75, 5062.50)
assert close(11025.00 + 13167.00 + 1376.00 + 945.00 + 3696.00 + 5062.50, 35271.50)
assert close(round(35271.50 * 0.02, 2), 705.43) and close(35271.50 - 705.43, 34566.07) and 50000 <= 50000 <= 99999
assert plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 35) == "2026-07-17" and plus("2026-06-12", 28) == "2026-07-10"
U712_ROWS = [("1", "RES-PA66-GF30", "PA66 GF30 resin, black, 25 kg bags", "2,500", "KG", "$4.41 /kg", "$11,025.00", "2 weeks"),
             ("2", "SHT-5052H32-030", "Alum. sheet 5052-H32 3.0 x 1250 x 2500", "90", "EA", "$146.30", "$13,167.00", "4 weeks"),
             ("3", "BRG 6205-2RS", "Bearing 6205-2RS C3, SKF", "400", "EA", "$3.44", "$1,376.00", "stock"),
             ("4", "OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR 70", "50,000", "EA", "$18.90 / 1,000", "$945.00", "3 weeks"),
             ("5", "HSE-2SN-08", "Hose EN 853 2SN DN12", "800", "M", "$4.62 /m", "$3,696.00", "2 weeks"),
             ("6", "KIT-PX200-SEAL", "Seal kit PX-200", "150", "SET", "$33.75", "$5,062.50", "5 weeks")]
blind("u712-html-six-lines-extended-cash-discount-line", H.msg("Jolene Brandvold <jbrandvold@greatplains-is.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Hello Lena,</p>
<p>We can supply every line on HM-RFQ-2611. Quote GP-Q-58213 below, USD.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#BFBFBF">
<tr style="background:#C6E0B4"><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Extended</th><th>Lead time</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U712_ROWS) + """
<tr><td colspan="6" align="right">Subtotal</td><td>$35,271.50</td><td></td></tr>
<tr><td colspan="6" align="right">Less 2% cash discount if paid within 10 days</td><td>-$705.43</td><td></td></tr>
<tr><td colspan="6" align="right"><b>Net if paid within 10 days</b></td><td><b>$34,566.07</b></td><td></td></tr>
</table>
<p>O-ring pricing by quantity (per 1,000 pcs): 10,000 - 49,999 $19.60 / 50,000 - 99,999 $18.90 / 100,000+ $17.75.
Min. order 10,000 pcs.</p>
<p>Terms 2% 10, net 30. Freight collect. Quote good for 30 days, FCA Omaha, NE.</p>
<p>Jolene Brandvold<br>Great Plains Industrial Supply<br>4820 S 108th St, Omaha, NE 68137<br>402-555-0158</p>
</body></html>"""),
       "parsed", "USD", "2026-07-12", "FCA",
       [line(1, 4.41, lead=14), line(2, 146.30, lead=28), line(3, 3.44, lead=0), line(4, 0.0189, lead=21, moq=10000),
        line(5, 4.62, lead=14), line(6, 33.75, lead=35)],
       [])


# u713 an Ontario seal and bearing house, body + XLSX in Canadian dollars (currency-differs). Columns Qty | Sold per |
# Price (CAD) | Amount (CAD). Bearings "each" 3.52, Amount 1,408.00 -> 3.52, stock -> 0. O-rings "bag of 500" 9.75,
# Amount 975.00 (= 100 bags) -> 9.75 / 500 = 0.0195 each, 50,000 as asked -> null, 2 weeks -> 14. Seal kits "set" 32.80,
# Amount 4,920.00 -> 32.80, 6 weeks -> 42 (Jul 24, before Sep 21). The Subtotal, "HST 13%: not charged (export)",
# "Freight: collect" and "Total CAD" rows are no prices. Body: "Resin, aluminium sheet and hydraulic hose: no quote" ->
# lines 1, 2, 5 declined. "valid until 2026-07-31" (not short); "FCA St. Catharines, ON" -> FCA. Partial.
assert close(400 * 3.52, 1408.00) and close(9.75 / 500, 0.0195) and close(50000 / 500 * 9.75, 975.00)
assert close(150 * 32.80, 4920.00) and close(1408.00 + 975.00 + 4920.00, 7303.00) and plus("2026-06-12", 42) == "2026-07-24"
U713_XLSX = xlsx([
    ["Niagara Seal & Bearing Inc.", "", "", "", "", "Quotation NSB-26-0773"],
    ["Customer: Halvorsen Manufacturing - Lena Marsh", "", "", "", "", "Currency: CAD"],
    [""],
    ["Item", "Your part no.", "Description", "Qty", "Sold per", "Price (CAD)", "Amount (CAD)", "Lead time"],
    [3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3 (SKF)", 400, "each", 3.52, 1408.00, "stock"],
    [4, "OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR70 black", 50000, "bag of 500", 9.75, 975.00, "2 weeks"],
    [6, "KIT-PX200-SEAL", "Seal kit PX-200 (2 lip seals, 4 O-rings, 1 gasket)", 150, "set", 32.80, 4920.00, "6 weeks"],
    [""],
    ["", "", "", "", "", "Subtotal", 7303.00],
    ["", "", "", "", "", "HST 13%", "not charged (export)"],
    ["", "", "", "", "", "Freight", "collect"],
    ["", "", "", "", "", "Total CAD", 7303.00],
])
blind("u713-xlsx-cad-bag-of-500-amount-column", H.with_attachment("Heather Szabo <hszabo@niagara-sb.example>", """Hi Lena,

Thank you for HM-RFQ-2611. Our quotation NSB-26-0773 is attached; all prices are in Canadian dollars.

Resin, aluminium sheet and hydraulic hose: no quote, not our product lines.

Valid until 2026-07-31. FCA St. Catharines, ON (Incoterms 2020).

Best regards,
Heather Szabo
Niagara Seal & Bearing Inc.
85 Dunkirk Rd, St. Catharines, ON L2P 3H3
905-555-0143""", XLSX, "NSB-26-0773.xlsx", U713_XLSX),
       "partial", "CAD", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 3.52, "CAD", lead=0), line(4, 0.0195, "CAD", lead=14), nob(5), line(6, 32.80, "CAD", lead=42)],
       ["currency-differs", "no-bid"])


# u714 a Kansas hydraulics shop, body + one-page PDF: hose priced PER 50 m COIL with the coil count and the amount: 16
# coils x 50 m = 800 m (the quantity asked -> null), "$213.37" per coil, Amount $3,413.92 -> 213.37 / 50 = 4.2674 per
# metre; "3-4 wks" -> 28 (Jul 10, before Sep 1). "Test certificate EN 10204 3.1, one per order $45.00" -> a one-off
# charge: note. Subtotal / Total are no prices. Seal kits "Regret - cannot supply" -> line 6 declined. Resin, sheet,
# bearings and O-rings never mentioned -> missing-line. "Quote valid 14 days" (dated June 12) -> 2026-06-26, earlier than
# Jul 3 -> validity-short. "EXW Wichita, KS" -> EXW. USD. Partial.
assert close(213.37 / 50, 4.2674) and 16 * 50 == 800 and close(16 * 213.37, 3413.92) and close(3413.92 + 45.00, 3458.92)
assert plus("2026-06-12", 14) == "2026-06-26" and plus("2026-06-12", 28) == "2026-07-10"
X714 = [40, 118, 262, 296, 330, 374, 436, 500]
P714 = check_page(
    [(40, 800, 14, "Flint Hills Hydraulics, Inc."), (40, 786, 8, "3120 N Ohio St, Wichita, KS 67219  |  316-555-0176"),
     (420, 800, 13, "QUOTE"), (420, 786, 9, "FHH-Q-2291"), (420, 774, 9, "June 12, 2026"),
     (40, 756, 9, "To: Halvorsen Manufacturing, Lena Marsh"), (420, 756, 9, "RFQ HM-RFQ-2611")]
    + row(720, X714, ["Item", "Description", "Coils", "m/coil", "Total m", "Price/coil", "Amount", "Lead"], 9)
    + row(702, X714, ["HSE-2SN-08", "Hose EN 853 2SN DN12 275 bar", "16", "50", "800", "$213.37", "$3,413.92", "3-4 wks"])
    + [(40, 686, 8, "KIT-PX200-SEAL"), (118, 686, 8, "Seal kit PX-200"), (262, 686, 8, "Regret - cannot supply")]
    + [(118, 654, 8, "Test certificate EN 10204 3.1, one per order"), (436, 654, 8, "$45.00")]
    + row(630, X714, ["", "", "", "", "", "Subtotal", "$3,458.92", ""])
    + row(614, X714, ["", "", "", "", "", "Total", "$3,458.92", ""])
    + [(40, 582, 8, "Prices USD. EXW Wichita, KS (Incoterms 2020). Quote valid 14 days."),
       (40, 570, 8, "Hose cut and coiled in 50 m coils, ends taped. Lead time after order."),
       (40, 540, 8, "Brad Hollenbeck, Sales"),
       (500, 60, 7, "Page 1 of 1")])
blind("u714-pdf-hose-per-coil-amount-cert-fee-short", H.with_attachment("Brad Hollenbeck <brad@flinthills-hyd.example>", """Lena,

Quote for the 2SN hose attached (FHH-Q-2291). We can't supply the PX-200 seal kits.

Brad Hollenbeck
Flint Hills Hydraulics, Inc.
316-555-0176""", "application/pdf", "FHH-Q-2291.pdf", pdf([P714])),
       "partial", "USD", "2026-06-26", "EXW",
       [line(5, 4.2674, lead=28), nob(6)],
       ["missing-line", "no-bid", "note", "validity-short"])


# u715 multipart/alternative (quoted-printable) from a Ningbo trading company in RMB -> CNY (currency-differs). Columns
# Unit Price (RMB) | Amount (RMB). Resin 31.60 /kg, Amount 79,000.00 -> 31.60 per kg, "35 days" -> Jul 17, before Jul 20.
# O-rings "0.1338" /pc with Amount 6,687.50: 50,000 x 0.1338 = 6,690.00, so the amount was worked from an unrounded
# 0.13375 - the unit price column gives 0.1338 (the two readings differ by 0.00005, inside the 0.0001 tolerance); "25
# days" -> 25 (Jul 7, before Aug 17). Seal kit 215.00 /set, Amount 32,250.00 -> 215.00, "45 days" -> 45 (Jul 27, before
# Sep 21). Quantities as asked -> null. Total 117,937.50 is no price; "sea freight can be quoted separately" a shipping
# remark. "Items 2, 3 and 5 we can not supply" -> declined. "Price validity: 30 days" from Fri 12 Jun -> 2026-07-12 (not
# short); "FOB Ningbo" -> FOB. Partial.
assert close(2500 * 31.60, 79000.00) and close(50000 * 0.13375, 6687.50) and abs(6687.50 / 50000 - 0.1338) < 0.0001
assert close(150 * 215.00, 32250.00) and close(79000.00 + 6687.50 + 32250.00, 117937.50)
assert plus("2026-06-12", 35) == "2026-07-17" and plus("2026-06-12", 25) == "2026-07-07" and plus("2026-06-12", 45) == "2026-07-27"
U715_ROWS = [("1", "RES-PA66-GF30", "PA66+GF30 black, 25kg bag", "2,500", "kg", "31.60", "79,000.00", "35 days"),
             ("4", "OR-0120-NBR70", "O-ring 12x2 NBR70 black", "50,000", "pcs", "0.1338", "6,687.50", "25 days"),
             ("6", "KIT-PX200-SEAL", "Seal kit for PX-200", "150", "set", "215.00", "32,250.00", "45 days")]
U715_TEXT = """Dear Lena,

Good day! Thanks for your inquiry HM-RFQ-2611. Please check our offer as below, price in RMB.

No.  Part No.         Description                  Qty      Unit  Unit Price (RMB)  Amount (RMB)  Delivery
""" + "\n".join(f"{a:<5}{b:<17}{c:<29}{d:<9}{e:<6}{f:<18}{g:<14}{h}" for a, b, c, d, e, f, g, h in U715_ROWS) + """
                                                              Total   RMB 117,937.50

Items 2, 3 and 5 we can not supply, sorry.

Price term: FOB Ningbo. Sea freight to your port can be quoted separately.
Price validity: 30 days.
Payment: 30% T/T deposit, balance before shipment.

Best regards,
Vivian Zhao
Sales Manager
Ningbo Haixin Rubber & Plastics Co., Ltd. / 宁波海新橡塑有限公司
No. 88 Jinxi Road, Beilun, Ningbo, China
Tel: +86 574 5555 0136  WeChat: vivian_hx0136"""
U715_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:SimSun,Arial,sans-serif;font-size:10.5pt">
<div>Dear Lena,</div><div><br></div>
<div>Good day! Thanks for your inquiry HM-RFQ-2611. Please check our offer as below, price in RMB.</div><div><br></div>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>No.</th><th>Part No.</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit Price (RMB)</th><th>Amount (RMB)</th><th>Delivery</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U715_ROWS) + """
<tr><td colspan="6" align="right">Total</td><td>RMB 117,937.50</td><td></td></tr>
</table>
<div><br></div>
<div>Items 2, 3 and 5 we can not supply, sorry.</div><div><br></div>
<div>Price term: FOB Ningbo. Sea freight to your port can be quoted separately.<br>Price validity: 30 days.<br>
Payment: 30% T/T deposit, balance before shipment.</div><div><br></div>
<div>Best regards,<br>Vivian Zhao<br>Sales Manager<br>Ningbo Haixin Rubber &amp; Plastics Co., Ltd. / 宁波海新橡塑有限公司<br>
No. 88 Jinxi Road, Beilun, Ningbo, China<br>Tel: +86 574 5555 0136&nbsp; WeChat: vivian_hx0136</div>
</body></html>"""
blind("u715-alt-rmb-amount-rounded-from-unrounded-unit", H.alternative("Vivian Zhao <vivian.zhao@haixin-rp.example>", U715_TEXT, U715_HTML,
                                                                      cte="quoted-printable"),
       "partial", "CNY", "2026-07-12", "FOB",
       [line(1, 31.60, "CNY", lead=35), nob(2), nob(3), line(4, 0.1338, "CNY", lead=25), nob(5), line(6, 215.00, "CNY", lead=45)],
       ["currency-differs", "no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

BLIND2_REQUEST = "\n".join(f"{a:<5}{b:<20}{c:<44}{d:>6} {e:<5}{f}" for a, b, c, d, e, f in
                           [("Pos", "Teilenummer", "Bezeichnung", "Menge", "ME", "Bedarf")] + V.RFQ_ROWS)

# u716 a Detmold turning shop, German plain text (quoted-printable) above the buyer's request ("Ursprüngliche
# Nachricht", history). "Pos. 1 ... 250 Stk. à 37,85 € = 9.462,50 €" -> 37.85, "8 Wochen" -> 56 (Aug 10, before Aug 28).
# "Pos. 5 ... 150 Satz à 23,40 € = 3.510,00 €" -> 23.40 per set, "5–6 Wochen" -> 42 (Jul 27, before Oct 9). Quantities
# as asked -> null. The block Warenwert 12.972,50 / "Rüstkosten Pos. 1 (einmalig)" 180,00 / Nettobetrag 13.152,50 /
# "zzgl. 19 % MwSt." 2.498,98 / Gesamtbetrag 15.651,48 holds no unit price; the one-time set-up cost -> note; the VAT line
# is a VAT remark. "Pos. 2, 3 und 4 können wir leider nicht anbieten" -> declined. "Angebot gültig bis 31.07.2026" ->
# 2026-07-31 (not short); "frei Haus Bielefeld (DAP Bielefeld, Incoterms 2020)" -> DAP. EUR. Partial.
assert close(250 * 37.85, 9462.50) and close(150 * 23.40, 3510.00) and close(9462.50 + 3510.00, 12972.50)
assert close(12972.50 + 180.00, 13152.50) and close(round(13152.50 * 0.19 + 1e-9, 2), 2498.98) and close(13152.50 + 2498.98, 15651.48)
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 42) == "2026-07-27"
blind2("u716-german-netto-mwst-brutto-ruestkosten", V.msg("Heike Brinkmann <h.brinkmann@lippe-praezision.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen wie folgt an:

Pos. 1  SH-2231-C rev B  Antriebswelle 42CrMo4, gedreht und geschliffen
        250 Stk. à 37,85 € = 9.462,50 €
        Lieferzeit: 8 Wochen nach Auftragseingang

Pos. 5  2231-004-03  Sensorhalter-Satz (links + rechts, inkl. Schrauben), schwarz eloxiert
        150 Satz à 23,40 € = 3.510,00 €
        Lieferzeit: 5–6 Wochen

        Warenwert                         12.972,50 €
        Rüstkosten Pos. 1 (einmalig)         180,00 €
        Nettobetrag                       13.152,50 €
        zzgl. 19 % MwSt.                   2.498,98 €
        Gesamtbetrag                      15.651,48 €

Pos. 2, 3 und 4 können wir leider nicht anbieten.

Lieferung frei Haus Bielefeld (DAP Bielefeld, Incoterms 2020).
Zahlung: 14 Tage 2 % Skonto, 30 Tage netto.
Angebot gültig bis 31.07.2026.

Mit freundlichen Grüßen

Heike Brinkmann
Vertriebsinnendienst
Lippe Präzisionsdrehteile GmbH
Hakedahler Str. 14, 32760 Detmold
Tel. +49 5231 555-042
Amtsgericht Lemgo HRB 5521 | USt-IdNr. DE 555 318 442

-----Ursprüngliche Nachricht-----
Von: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Gesendet: Mittwoch, 10. Juni 2026 11:47
An: vertrieb@lippe-praezision.example
Betreff: Anfrage VM-RFQ-4418 - Dreh- und Zukaufteile VL-60

Sehr geehrte Damen und Herren,

bitte senden Sie uns Ihr Angebot für folgende Positionen bis 26.06.2026:

""" + BLIND2_REQUEST + """

Mit freundlichen Grüßen
Jonas Albers
Einkauf, Vossberg Maschinenbau GmbH
""", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418 - Dreh- und Zukaufteile VL-60"),
       "partial", "EUR", "2026-07-31", "DAP",
       [line(1, 37.85, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 23.40, "EUR", lead=42)],
       ["no-bid", "note"])


# u717 a Dutch pneumatics distributor, English body + XLSX: Aantal | Verpakking | Aantal verp. | Prijs per verp. | Prijs
# per stuk | Bedrag. Fitting "zak 25 st", 80 bags, 108.75 per bag, no price per piece, Bedrag 8,700.00 -> 108.75 / 25 =
# 4.35 each; 80 x 25 = 2,000 as asked -> null; "2 weken" -> 14 (Jun 29, before Aug 14). Cylinder: the body offers "the
# SMC equivalent C96SDB32-80C" for the Festo DSBC-32-80-PPVA-N3 and the row's part number is C96SDB32-80C ->
# alternatePartNumber C96SDB32-80C (alternate-part); "stuk" 104.60, Bedrag 12,552.00 -> 104.60, "4 weken" -> 28 (Jul 13,
# before Sep 11). Subtotaal 21,252.00, "Vracht: franco", "BTW 0% (verlegd)" and Totaal are no prices. Shaft, housing and
# brackets never mentioned -> missing-line. Body: "valid until 31-07-2026" (not short); "DAP Bielefeld" -> DAP. EUR.
# Partial.
assert close(108.75 / 25, 4.35) and 80 * 25 == 2000 and close(80 * 108.75, 8700.00) and close(120 * 104.60, 12552.00)
assert close(8700.00 + 12552.00, 21252.00) and plus("2026-06-15", 14) == "2026-06-29" and plus("2026-06-15", 28) == "2026-07-13"
U717_XLSX = xlsx([
    ["Twente Pneumatiek & Fittingen B.V. - Offerte 26-1187"],
    ["Klant: Vossberg Maschinenbau GmbH, t.a.v. J. Albers", "", "", "", "", "", "", "Uw ref.: VM-RFQ-4418"],
    [""],
    ["Pos", "Artikel / Part no.", "Omschrijving / Description", "Aantal", "Verpakking", "Aantal verp.", "Prijs per verp. EUR",
     "Prijs per stuk EUR", "Bedrag EUR", "Levertijd"],
    [3, "FIT-316-G12-10", "Rechte koppeling G1/2 - 10 mm buis, RVS 316L", 2000, "zak 25 st", 80, 108.75, "", 8700.00, "2 weken"],
    [4, "C96SDB32-80C", "SMC ISO 15552 cilinder 32/80, instelbare demping (alternatief voor Festo DSBC-32-80-PPVA-N3)",
     120, "stuk", "", "", 104.60, 12552.00, "4 weken"],
    [""],
    ["", "", "", "", "", "", "", "Subtotaal", 21252.00],
    ["", "", "", "", "", "", "", "Vracht", "franco"],
    ["", "", "", "", "", "", "", "BTW 0% (verlegd)", 0],
    ["", "", "", "", "", "", "", "Totaal EUR", 21252.00],
])
blind2("u717-xlsx-dutch-bag-of-25-bedrag-smc-alternate", V.message("Joost Meijerink <j.meijerink@twente-pf.example>", multipart("mixed", "=_tpf_717_mix", [
        text_part("text/plain", """Dear Mr Albers,

Thank you for your request VM-RFQ-4418. Please find our offer 26-1187 attached for the straight connectors and the
cylinders. The connectors are packed in bags of 25; the price in the sheet is per bag.

For the Festo DSBC-32-80-PPVA-N3 we offer the SMC equivalent C96SDB32-80C (ISO 15552, same mounting dimensions).

Prices in EUR, valid until 31-07-2026. Delivery DAP Bielefeld (Incoterms 2020), freight free of charge.

Met vriendelijke groet / Kind regards,
Joost Meijerink
Twente Pneumatiek & Fittingen B.V.
Josink Esweg 31, 7545 PN Enschede | +31 53 555 0172
"""),
        file_part(XLSX, "Offerte_26-1187.xlsx", U717_XLSX)])),
       "partial", "EUR", "2026-07-31", "DAP",
       [line(3, 4.35, "EUR", lead=14), line(4, 104.60, "EUR", lead=28, alt="C96SDB32-80C")],
       ["alternate-part", "missing-line"])


# u718 a Czech foundry, short English body + one-page PDF offer: the housing is priced as a LOT with no unit price -
# "Lot price EUR" "30 875,00" for "25 pcs" (space as thousands separator) -> 30,875.00 / 25 = 1,235.00 per housing; 25
# pcs as asked -> null; "13 weeks" -> 91 (Sep 14, before Oct 2). "Pattern equipment (one-time charge) EUR 3 650,00" ->
# note. "Total offer value EUR 34 525,00" is no price; packing and transport "included" are shipping remarks. Shaft,
# fitting, cylinder and brackets never mentioned -> missing-line. "Offer valid until 14.08.2026" -> 2026-08-14 (not
# short); "DAP Bielefeld" -> DAP. EUR. Partial.
assert close(30875.00 / 25, 1235.00) and close(30875.00 + 3650.00, 34525.00) and plus("2026-06-15", 91) == "2026-09-14"
X718 = [40, 70, 150, 340, 400, 480]
P718 = check_page(
    [(40, 800, 14, "SLEVARNA VYSOCINA s.r.o."), (40, 786, 8, "Brnenska 412, 586 01 Jihlava, Czech Republic  |  +420 567 555 019"),
     (400, 800, 13, "OFFER"), (400, 786, 9, "No. NAB-2026-0318"), (400, 774, 9, "Date: 15.06.2026"),
     (40, 752, 9, "Vossberg Maschinenbau GmbH, Mr Jonas Albers"), (400, 752, 9, "Your enquiry: VM-RFQ-4418")]
    + row(716, X718, ["Item", "Part No.", "Description", "Quantity", "Lot price EUR", "Delivery"], 9)
    + row(698, X718, ["2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined", "25 pcs", "30 875,00", "13 weeks"])
    + row(684, X718, ["", "", "complete, primed RAL 7035", "", "", ""])
    + [(40, 650, 8, "Pattern equipment (one-time charge)"), (400, 650, 8, "3 650,00"),
       (40, 634, 8, "Total offer value"), (400, 634, 8, "34 525,00")]
    + [(40, 600, 8, "The price is for the complete lot of 25 pcs incl. first sample inspection report."),
       (40, 588, 8, "Packing on wooden pallets and transport included. Delivery DAP Bielefeld (Incoterms 2020)."),
       (40, 576, 8, "Offer valid until 14.08.2026. Payment 30 days net."),
       (40, 546, 8, "Ing. Petr Dvorak, Sales"),
       (480, 60, 7, "Page 1 / 1")])
blind2("u718-pdf-czech-foundry-lot-price-pattern", V.message("Petr Dvořák <dvorak@slevarna-vysocina.example>", multipart("mixed", "=_svj_718", [
        text_part("text/plain", """Dear Mr Albers,

thank you for your enquiry. In the attachment we send our offer NAB-2026-0318 for the gearbox housing.

Best regards
Ing. Petr Dvořák
Obchodní oddělení / Sales
Slévárna Vysočina s.r.o.
+420 567 555 019
"""),
        file_part("application/pdf", "NAB-2026-0318.pdf", pdf([P718]))])),
       "partial", "EUR", "2026-08-14", "DAP",
       [line(2, 1235.00, "EUR", lead=91)],
       ["missing-line", "note"])


# u719 multipart/alternative from a Haute-Savoie machine shop, in French. Shaft: price breaks as rows "100 à 199 pièces
# : 41,20 € / 200 à 499 pièces : 38,90 € / 500 pièces et plus : 36,75 €" - the 250 asked fall in 200-499 -> 38.90,
# "montant pour 250 pièces : 9 725,00 €"; "10 semaines" -> 70 (Aug 24, before Aug 28). Brackets: "150 jeux, prix unitaire
# 24,2667 € / jeu, montant 3 640,00 €" - 150 x 24.2667 = 3,640.005, so the amount does not match exactly (rounding);
# the unit price is 24.2667 per set (3,640.00 / 150 = 24.26667, inside the 0.0001 tolerance either way); "7 semaines"
# -> 49 (Aug 3, before Oct 9). Quantities as asked -> null. "Rapport de contrôle premier article (FAI) : 250,00 €
# forfait unique" -> note. "Total HT : 13 365,00 €" is no price; "TVA : autoliquidation" is a VAT remark. "Le carter (pos.
# 2) et les raccords (pos. 3) : nous ne pouvons pas proposer" -> declined. The cylinder (pos. 4) is never mentioned ->
# missing-line. "Offre valable 45 jours" from Mon 15 Jun -> 2026-07-30 (not short); "FCA Annemasse" -> FCA. EUR.
# Partial.
assert 200 <= 250 <= 499 and close(250 * 38.90, 9725.00) and abs(150 * 24.2667 - 3640.00) < 0.01
assert abs(3640.00 / 150 - 24.2667) < 0.0001 and close(9725.00 + 3640.00, 13365.00)
assert plus("2026-06-15", 45) == "2026-07-30" and plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 49) == "2026-08-03"
U719_TEXT = """Bonjour Monsieur Albers,

Suite à votre demande VM-RFQ-4418, veuillez trouver ci-dessous notre offre (prix en euros, hors taxes).

Pos. 1 - Arbre d'entraînement SH-2231-C rev B, 42CrMo4, 30 h6 x 412 mm
    100 à 199 pièces : 41,20 €
    200 à 499 pièces : 38,90 €
    500 pièces et plus : 36,75 €
    Montant pour 250 pièces : 9 725,00 €
    Délai : 10 semaines

Pos. 5 - Jeu de supports capteur 2231-004-03
    150 jeux, prix unitaire 24,2667 € / jeu, montant 3 640,00 €
    Délai : 7 semaines

Total HT : 13 365,00 €
Rapport de contrôle premier article (FAI) : 250,00 € forfait unique
TVA : autoliquidation (art. 283-2 du CGI)

Le carter (pos. 2) et les raccords (pos. 3) : nous ne pouvons pas proposer, hors de notre activité.

Offre valable 45 jours. Incoterm : FCA Annemasse (Incoterms 2020).

Cordialement,
Sébastien Dufour
Responsable commercial
Ateliers Mécaniques du Genevois SAS
ZI des Érables, 74100 Annemasse
Tél. +33 4 50 55 50 37"""
U719_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Bonjour Monsieur Albers,</p>
<p>Suite à votre demande VM-RFQ-4418, veuillez trouver ci-dessous notre offre (prix en euros, hors taxes).</p>
<p><b>Pos. 1 - Arbre d'entraînement SH-2231-C rev B</b>, 42CrMo4, 30 h6 x 412 mm</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>Quantité</th><th>Prix unitaire</th></tr>
<tr><td>100 à 199 pièces</td><td>41,20 €</td></tr>
<tr><td>200 à 499 pièces</td><td>38,90 €</td></tr>
<tr><td>500 pièces et plus</td><td>36,75 €</td></tr>
</table>
<p>Montant pour 250 pièces : 9 725,00 €<br>Délai : 10 semaines</p>
<p><b>Pos. 5 - Jeu de supports capteur 2231-004-03</b><br>
150 jeux, prix unitaire 24,2667 € / jeu, montant 3 640,00 €<br>Délai : 7 semaines</p>
<p>Total HT : 13 365,00 €<br>
Rapport de contrôle premier article (FAI) : 250,00 € forfait unique<br>
TVA : autoliquidation (art. 283-2 du CGI)</p>
<p>Le carter (pos. 2) et les raccords (pos. 3) : nous ne pouvons pas proposer, hors de notre activité.</p>
<p>Offre valable 45 jours. Incoterm : FCA Annemasse (Incoterms 2020).</p>
<p>Cordialement,<br>Sébastien Dufour<br>Responsable commercial<br>Ateliers Mécaniques du Genevois SAS<br>
ZI des Érables, 74100 Annemasse<br>Tél. +33 4 50 55 50 37</p>
</body></html>"""
blind2("u719-alt-french-break-rows-rounded-amount-fai", V.alternative("Sébastien Dufour <s.dufour@amg-annemasse.example>", U719_TEXT, U719_HTML,
                                                                     "=_amg_alt_719", cte="quoted-printable",
                                                                     subject="RE: RFQ VM-RFQ-4418 - offre AMG 26-0412"),
       "partial", "EUR", "2026-07-30", "FCA",
       [line(1, 38.90, "EUR", lead=70), nob(2), nob(3), line(5, 24.2667, "EUR", lead=49)],
       ["missing-line", "no-bid", "note"])


# u720 a Bremen distributor declines the whole enquiry: its credit insurer caps a new customer's open balance at EUR
# 10.000 and "the total value of your enquiry is well above that (roughly EUR 45.000 by our estimate)", so "we regret
# that we must decline to quote". The amounts are no prices -> every line declined: five noBid lines, currency /
# validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind2("u720-full-no-bid-enquiry-value-above-credit-limit", V.msg("Frauke Janssen <f.janssen@weser-technikhandel.example>", "text/plain", """Dear Mr Albers,

thank you for your enquiry VM-RFQ-4418 and for thinking of us.

Unfortunately our credit insurer limits the open balance of a new customer account to EUR 10.000, and the total value
of your enquiry is well above that (roughly EUR 45.000 by our estimate). We therefore regret that we must decline to
quote on this occasion.

We would be glad to support you with smaller requirements from our catalogue range in future.

Kind regards
Frauke Janssen
Weser Technikhandel GmbH
Hafenstraße 61, 28217 Bremen
Tel. +49 421 555 0187
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


if __name__ == "__main__":
    ROUND.write()
