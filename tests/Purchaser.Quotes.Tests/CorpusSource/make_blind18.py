#!/usr/bin/env python3
"""Writes replies u273..u288 (Corpus/u*.eml + expected u*.json) - the eighteenth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the seventeen earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is NUMBERS THAT ARE NOT PRICES, AND PRICE WORDS THAT ARE NOT PRICES: sixteen ordinary
replies (plain text, simple HTML, one CSV and one XLSX attachment) in which a careful reader has to ignore most of the
numbers - phone, fax and ZIP codes, quote, order and drawing numbers, dimensions (80 x 62 x 3 mm, M4 x 10, 6082-T6,
25 x 52 x 15), bearing codes, percentages (cash discounts, Skonto, VAT, list-price discounts, a price increase),
weights, temperatures and pressures, "since 1987", dates in several formats, quantities restated as boxes, bags, pairs
and pallets, subtotals and totals, a freight charge, a tooling charge and deposits - and in which some price cells hold
words instead of prices: "TBA" / "TBD", "POA", "call for price" (a line neither priced nor declined is left out and
gives missing-line), "N/C" and "FOC" for samples, "included" for a service row, for screws in a set and for a whole
RFQ line whose price the vendor folds into another line (not priced, not declined -> left out, missing-line). The
prices themselves are written unusually but clearly: "$ .0312", "$.187", "$41.50/ea." with a trailing period,
"USD0,19" and "USD 34,50 per box of 500 pcs" in a decimal-comma reply, "41.60 USD/pc", "12.50 USD/set", "€ 4,-",
"EUR 1.234,50 per 100", "2 for $5.00", list / discount / net columns, and ranges the vendor resolves for the buyer's
specification ("$1.35-1.47/m depending on jacket colour; black ... $1.35/m").
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, xlsx  # expected-line shapes, one-sheet workbook writer
from blind_round import Round, close, plus, days  # the round's cases, checked and written; date and amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime

ROUND = Round(273)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u273 plain text from an Ohio fastener and spring house whose lines are crowded with dimensions (80 x 62 x 3 mm, M4 x 10,
# ISO 4762, A2-70, 10 mm 6082-T6, 4 x M6, .6 x 6.3 x 30) and whose signature holds a street number, ZIP, phone, fax,
# cell and "since 1987". Prices written unusually: gasket "$.187 ea" -> 0.187, 4 weeks -> 28 (Jun 5 + 28 = Jul 3, before
# Aug 3); screws "$ .0312 ea" -> 0.0312, "stock" -> 0; plate "$41.50/ea." (trailing period) -> 41.50, 6 weeks -> 42
# (Jul 17, before Aug 17); springs "$.0695/ea." -> 0.0695, 3 weeks -> 21 (Jun 26, before Jul 27). Quantities restated
# as asked -> null. "no quote on the CBL-4C22-PUR cable" -> line 2 declined. "Terms 2% 10, net 30" is a payment term;
# "freight collect" a shipping remark (no deviations). "Pricing good through 07/31/2026" -> 2026-07-31 (not short: due
# Jun 12 + 14 = Jun 26); "FOB Canton, OH 44706" -> FOB. Partial, no-bid.
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 21) == "2026-06-26"
sample("u273-sig-phone-fax-zip-dot-prices", S.msg("Dale Fenwick <dfenwick@stark-fastener.example>", "text/plain", """Nora,

Thanks for the RFQ (NR-RFQ-0619). Our quote no. 26-0605-14 is below, quantities as you listed them.

GSK-EPDM-80    EPDM 70 Shore A gasket, 80 x 62 x 3 mm       5,000 pcs    $.187 ea       4 weeks
SCR-M4X10-A2   SHCS M4 x 10, ISO 4762, A2-70               20,000 pcs    $ .0312 ea     stock
PLT-0915-R2    Motor base plate, 10 mm 6082-T6, 4 x M6        120 pcs    $41.50/ea.     6 weeks
SPR-C0630-302  Comp. spring 302 SS, .6 wire x 6.3 OD x 30    8,000 pcs    $.0695/ea.     3 weeks

Sorry, no quote on the CBL-4C22-PUR cable - we don't stock wire.

Terms 2% 10, net 30. FOB Canton, OH 44706, freight collect. Pricing good through 07/31/2026.

Dale Fenwick
Inside Sales
Stark County Fastener & Spring Co. - serving Ohio industry since 1987
4120 Navarre Rd SW, Canton, OH 44706
Ph 330-555-0172 | Fax 330-555-0173 | Cell 330.555.0179
""", charset="us-ascii", cte="7bit"),
       "partial", "USD", "2026-07-31", "FOB",
       [line(1, 0.187, lead=28), nob(2), line(3, 0.0312, lead=0), line(4, 41.50, lead=42), line(5, 0.0695, lead=21)],
       ["no-bid"])


# u274 HTML only (quoted-printable), a simple bordered table whose price cells hold words on two rows: cable "TBA" (the
# note below says the price follows after June 20) and plate "POA" (price on application, they need the STEP file).
# Neither is priced nor declined -> both left out -> missing-line. Gasket "$0.192" -> 0.192, "5 wks" -> 35 (Jun 5 + 35 =
# Jul 10, before Aug 3). Screws "$29.80 /M" -> 29.80 / 1,000 = 0.0298, "Stock" -> 0. Springs "$0.0710" -> 0.071, lead
# time "TBA" (coiler being rebuilt) -> leadTimeDays null. Quantities as asked -> null. "Est. ship weight 41 lb" is not a
# price. "Quote valid 30 days" from Fri 5 Jun -> 2026-07-05 (not short); "FCA Erie, PA 16509" -> FCA. Partial.
assert close(29.80 / 1000, 0.0298) and plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 35) == "2026-07-10"
U274_TD = 'style="border:1px solid #8EA9DB;padding:3px 7px"'
U274_ROWS = [("Item", "Part No.", "Description", "Qty", "Unit Price", "Lead Time"),
             ("1", "GSK-EPDM-80", "Gasket EPDM 70A, 80 OD x 62 ID x 3 mm", "5,000", "$0.192", "5 wks"),
             ("2", "CBL-4C22-PUR", "Cable 4C x 22 AWG shielded, PUR, black", "1,500 m", "TBA", "TBA"),
             ("3", "SCR-M4X10-A2", "SHCS M4 x 10, A2-70", "20,000", "$29.80 /M", "Stock"),
             ("4", "PLT-0915-R2", "Motor base plate 6082-T6, 10 mm", "120", "POA", "-"),
             ("5", "SPR-C0630-302", "Comp. spring 302 SS, 0.6 x 6.3 x 30", "8,000", "$0.0710", "TBA")]
U274_TABLE = ("<table cellspacing=\"0\" style=\"border-collapse:collapse;font-size:10pt\">\n"
              + "\n".join("<tr>" + "".join((f"<th {U274_TD}>{c}</th>" if i == 0 else f"<td {U274_TD}>{c}</td>") for c in r) + "</tr>"
                          for i, r in enumerate(U274_ROWS))
              + "\n</table>")
sample("u274-html-tba-poa-cells", S.msg("Kyle Brandt <kbrandt@presque-isle-ind.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hi Nora,</p>
<p>Here is our quote PIQ-60512 on NR-RFQ-0619.</p>
{U274_TABLE}
<p>Notes:<br>
- Cable: price TBA. Our copper-based list changes on June 20; we will send you the cable price right after that date.<br>
- Plate: POA (price on application). We need your STEP file for PLT-0915-R2 before we can price the machining.<br>
- Spring lead time TBA: our coiler is being rebuilt, we will confirm the lead time next week.</p>
<p>Est. ship weight 41 lb for lines 1, 3 and 5. Quote valid 30 days, FCA Erie, PA 16509.</p>
<p>Regards,<br>Kyle Brandt<br>Presque Isle Industrial<br>814-555-0139</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-07-05", "FCA",
       [line(1, 0.192, lead=35), line(3, 0.0298, lead=0), line(5, 0.071, lead=None)],
       ["missing-line"])


# u275 short body + a CSV attachment (comma-separated, quoted descriptions). The CSV lists RFQ lines 1, 3, 4 and 5; the
# cable (line 2) appears nowhere -> missing-line. Gasket "0.1835" -> 0.1835 (Ext. 5,000 x 0.1835 = 917.50 confirms the
# column), "4 wks ARO" -> 28 (Jul 3, before Aug 3). Screws: "no quote" in Remarks -> declined. Plate 43.20 (120 x 43.20 =
# 5,184.00), "7 wks ARO" -> 49 (Jul 24, before Aug 17). Springs 0.0702 (8,000 x 0.0702 = 561.60), "5 wks ARO" -> 35
# (Jul 10, before Jul 27). Quantities as asked -> null. The "Samples" column says "N/C" (no charge, 10 FOC samples per
# part) - not a price. The gasket's "Tooling USD 350.00" (one-time steel-rule die) -> note. "Freight ... $85.00 prepaid
# and added to the invoice" is a one-off extra charge on this order -> also a note by the rule (the set holds "note"
# because of the die charge either way). "3% discount for payment within 10 days" is a payment term; "8 working days"
# is the sample lead time, not a line's; "62 lb" a weight. "valid until July 24, 2026" -> 2026-07-24 (not short);
# "FOB Rochester, NY 14623" -> FOB. Partial.
assert close(5000 * 0.1835, 917.50) and close(120 * 43.20, 5184) and close(8000 * 0.0702, 561.60)
assert plus("2026-06-05", 49) == "2026-07-24"
U275_CSV = S.crlf('''Line,Part Number,Description,Qty,UOM,Unit Price USD,Ext. Price USD,Samples,Tooling USD,Lead Time,Remarks
1,GSK-EPDM-80,"Gasket, EPDM 70A, 80 x 62 x 3 mm",5000,EA,0.1835,917.50,N/C,350.00,4 wks ARO,
3,SCR-M4X10-A2,"SHCS M4 x 10, A2-70",20000,EA,,,,,,"no quote - we do not stock fasteners"
4,PLT-0915-R2,"Motor base plate, 6082-T6, 10 mm",120,EA,43.20,5184.00,N/C,N/C,7 wks ARO,
5,SPR-C0630-302,"Comp. spring, 302 SS, 0.6 x 6.3 x 30",8000,EA,0.0702,561.60,N/C,N/C,5 wks ARO,
''').encode("utf-8")
sample("u275-csv-nc-samples-tooling-freight", S.with_attachment("Monica Szabo <mszabo@genesee-custom.example>", """Hi Nora,

Attached is our quotation GCP-Q26-1187 for NR-RFQ-0619 (CSV, one row per RFQ line we looked at).

A few notes:
- 10 FOC samples of each part we quote can ship within 8 working days of your request; N/C in the
  Samples column means no charge.
- The gasket needs a new steel-rule die: one-time tooling charge $350.00 (Tooling column).
- Freight: one consolidated shipment, approx. 62 lb, $85.00 prepaid and added to the invoice.
- Terms: 3% discount for payment within 10 days, otherwise net 30.

Prices FOB Rochester, NY 14623. Quotation valid until July 24, 2026.

Monica Szabo
Genesee Custom Parts, Inc. | 585-555-0144 | Fax 585-555-0145""", "text/csv", "GCP-Q26-1187.csv", U275_CSV),
       "partial", "USD", "2026-07-24", "FOB",
       [line(1, 0.1835, lead=28), nob(3), line(4, 43.20, lead=49), line(5, 0.0702, lead=35)],
       ["missing-line", "no-bid", "note"])


# u276 plain text from a distributor who states "All prices below are in US dollars" and gives each line as a range that
# it resolves for the buyer's specification. Gasket "$0.172-0.189 depending on finish: plain $0.172, with PSA adhesive
# backing $0.189. Your drawing shows no adhesive, so your price is $0.172" -> 0.172; "4-5 weeks" -> upper bound 35 (Jun 5
# + 35 = Jul 10, before Aug 3). Cable "$1.35-1.47/m depending on jacket colour; black (as in your RFQ) ... $1.35/m" on
# the metre line -> 1.35; "2-3 weeks" -> 21 (Jun 26, before Jul 20). Springs "$0.066-0.074 depending on end finish ...
# Your print calls for closed and ground ends, so $0.074" -> 0.074; 4 weeks -> 28 (Jul 3, before Jul 27). The
# temperatures (-40 to +120 °C, -40 to +90 °C), 300 V and dimensions are no prices. Quantities as asked -> null. "Screws
# and base plates (lines 3 and 4): not our line, no bid" -> declined. "Prices firm until 15-Jul-2026" -> 2026-07-15
# (not short); "FCA Buffalo, NY" -> FCA. Partial, no-bid.
assert plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 21) == "2026-06-26"
sample("u276-ranges-resolved-by-finish", S.msg("Graham Tulloch <gtulloch@niagara-indsupply.example>", "text/plain", """Hi Nora,

Thanks for thinking of us for NR-RFQ-0619. All prices below are in US dollars, per piece unless noted.

1) GSK-EPDM-80 - EPDM 70 Shore A, 80 x 62 x 3 mm, service -40 to +120 °C
   $0.172-0.189 depending on finish: plain $0.172, with PSA adhesive backing $0.189.
   Your drawing shows no adhesive, so your price is $0.172. Lead time 4-5 weeks.

2) CBL-4C22-PUR - 4 x 22 AWG shielded, PUR jacket, rated -40 to +90 °C, 300 V
   $1.35-1.47/m depending on jacket colour; black (as in your RFQ) is our stock colour at $1.35/m.
   Lead time 2-3 weeks.

5) SPR-C0630-302 - 302 SS, 0.6 mm wire, 6.3 mm OD, 30 mm free length
   $0.066-0.074 depending on end finish: closed ends $0.066, closed and ground $0.074.
   Your print calls for closed and ground ends, so $0.074. Lead time 4 weeks.

Screws and base plates (lines 3 and 4): not our line, no bid.

Prices firm until 15-Jul-2026, FCA Buffalo, NY (we ship from our US warehouse).

Best regards,
Graham Tulloch
Niagara Industrial Supply Ltd.
St. Catharines, ON L2R 7K6 | Buffalo, NY 14206
905-555-0126
"""),
       "partial", "USD", "2026-07-15", "FCA",
       [line(1, 0.172, lead=35), line(2, 1.35, lead=21), nob(3), nob(4), line(5, 0.074, lead=28)],
       ["no-bid"])


# u277 a CNC job shop's quotation block in plain text for the plate only ("lines 1, 2, 3 and 5 are a no bid from us" ->
# declined). "120   41.60 USD/pc   4,992.00 USD" -> 41.60 (120 x 41.60 = 4,992.00); quantity as asked -> null.
# "Programming & first-article inspection (one time) 285.00 USD" -> a one-off charge -> note. Subtotal 4,992.00 + 285.00
# = 5,277.00, sales tax 0.00, total 5,277.00 and "Deposit: 50% with order = 2,638.50 USD" (a payment term) are no
# prices; blank 210 x 160 mm, 0.74 kg, dwg rev R2 and 4 x M6 are no prices either. "6-7 weeks after receipt of deposit"
# -> upper bound 49 (Jun 5 + 49 = Jul 24, before Aug 17). "Quote valid 60 days" from Fri 5 Jun -> 2026-08-04 (not
# short); "EXW Dover, OH 44622" -> EXW. Partial, no-bid and note.
assert close(120 * 41.60, 4992) and close(4992 + 285, 5277) and close(5277 / 2, 2638.50)
assert plus("2026-06-05", 60) == "2026-08-04"
sample("u277-subtotal-total-deposit-usd-per-pc", S.msg("Ray Castillo <rcastillo@tusc-cnc.example>", "text/plain", """Nora,

Please see our quotation for the motor base plate. We are a CNC job shop, so lines 1, 2, 3 and 5 are a no bid
from us.

QUOTATION TC-2606-031                          Date: June 5, 2026
Customer: Northridge - Nora Reyes              RFQ: NR-RFQ-0619
Part: PLT-0915-R2 motor base plate, dwg rev R2
Material: 6082-T6 plate, 10 mm, blank 210 x 160 mm, approx. 0.74 kg finished
Operations: CNC mill, 4 x M6 tapped, deburr, tumble

Qty    Unit price                                          Amount
120    41.60 USD/pc                                      4,992.00 USD
       Programming & first-article inspection (one time)   285.00 USD
       Subtotal                                          5,277.00 USD
       Sales tax (resale certificate on file)                0.00 USD
       Total                                             5,277.00 USD

Deposit: 50% with order = 2,638.50 USD, balance net 30.
Lead time: 6-7 weeks after receipt of deposit.
Shipping EXW Dover, OH 44622. Quote valid 60 days.

Ray Castillo
Tuscarawas CNC LLC
330-555-0158
""", charset="us-ascii", cte="7bit"),
       "partial", "USD", "2026-08-04", "EXW",
       [nob(1), nob(2), nob(3), line(4, 41.60, lead=49), nob(5)],
       ["no-bid", "note"])


# u278 an Italian vendor writing English but with decimal commas and dot thousands, quoting in US dollars (quoted-
# printable UTF-8). Gasket "5.000 pcs: USD0,19/pc" -> 0.19, "delivery 30 days" -> 30 (Jun 5 + 30 = Jul 5, before Aug
# 3). Screws "20.000 pcs (40 boxes of 500 included): USD 29,60 per 1.000 pcs" -> 29.60 / 1,000 = 0.0296 (the boxes
# restate the same 20,000 = 40 x 500 -> quantity null), 2 weeks -> 14 (Jun 19, before Jul 13). Springs "8.000 pcs: USD
# 34,50 per box of 500 pcs (16 boxes)" -> 34.50 / 500 = 0.069 (16 x 500 = 8,000 as asked -> null), 5 weeks -> 35 (Jul
# 10, before Jul 27). Wire 0,6 mm, Ø 6,3 mm, L0 30 mm, "IVA 22%" (not applied, export; a VAT remark), "art. 8 DPR 633/72",
# "60 days end of month" (payment), P.IVA and phone numbers are no prices. Cable and plate never mentioned ->
# missing-line. "valid until 31/07/2026" -> 2026-07-31 (day 31 makes the order unambiguous; not short); "FCA Monza" ->
# FCA. USD as the RFQ. Partial.
assert close(29.60 / 1000, 0.0296) and close(34.50 / 500, 0.069) and 40 * 500 == 20000 and 16 * 500 == 8000
assert plus("2026-06-05", 14) == "2026-06-19"
sample("u278-decimal-comma-usd-box-of-500", S.msg("Giulia Ferraris <g.ferraris@brianza-minuterie.example>", "text/plain", """Dear Ms Reyes,

with reference to your RFQ NR-RFQ-0619 we are pleased to send our offer n. 0605/26-B of 5th June 2026.
Prices are in US dollars (USD); please note we write decimals with a comma.

- GSK-EPDM-80, EPDM 70 Sh A gasket 80 x 62 x 3 mm, 5.000 pcs: USD0,19/pc, delivery 30 days
- SCR-M4X10-A2, socket head screw M4 x 10 ISO 4762 A2-70, 20.000 pcs (40 boxes of 500 included):
  USD 29,60 per 1.000 pcs, delivery 2 weeks
- SPR-C0630-302, compression spring AISI 302, wire 0,6 mm, Ø ext. 6,3 mm, L0 30 mm, 8.000 pcs:
  USD 34,50 per box of 500 pcs (16 boxes), delivery 5 weeks

VAT (IVA 22%) not applicable: export outside the EU (art. 8 DPR 633/72).
Payment: bank transfer 60 days end of month.
Delivery FCA Monza (Incoterms 2020). This offer is valid until 31/07/2026.

Best regards,
Giulia Ferraris
Ufficio Commerciale
Brianza Minuterie S.r.l. - Via Lecco 118, 20900 Monza (MB)
Tel. +39 039 555 0143 - P.IVA 05550143961
""", cte="quoted-printable"),
       "partial", "USD", "2026-07-31", "FCA",
       [line(1, 0.19, lead=30), line(3, 0.0296, lead=14), line(5, 0.069, lead=35)],
       ["missing-line"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u279 an MRO distributor in plain text. Bearing "BRG 6205-2RS ... 6205-2RS C3, 25 x 52 x 15 mm, SKF (as specified)
# priced per pair: 2 for $5.00 (your 400 pcs = 200 pairs)" -> 5.00 / 2 = 2.50 each; 400 as asked -> null; "Stock,
# 1,900+ on the shelf" -> 0 (the shelf count is no MOQ or quantity). O-rings "$.0184 ea" -> 0.0184, 3 weeks -> 21 (Jun
# 12 + 21 = Jul 3, before Aug 17). Hose "$4.72/m." (trailing period) on the metre line -> 4.72, "5 working days" -> 5 x
# 7/5 = 7 (Jun 19, before Sep 1); "275 bar / 4,000 psi", "-40 to +100 °C", DN12 and "cut to your lengths at no charge"
# are no prices. Seal kit "call for price" -> neither priced nor declined -> left out; the resin is never mentioned ->
# missing-line. Sheet "we don't carry aluminium sheet, no bid" -> declined. "Quote good for 30 days" from Fri 12 Jun ->
# 2026-07-12 (not short: due Jun 19 + 14 = Jul 3); "FOB Portage, IN 46368" -> FOB. Partial.
assert close(5.00 / 2, 2.50) and 200 * 2 == 400 and plus("2026-06-12", 21) == "2026-07-03"
assert plus("2026-06-12", 7) == "2026-06-19" and plus("2026-06-12", 30) == "2026-07-12"
blind("u279-bearing-2-for-5-call-for-price", H.msg("Hank Dorsey <hdorsey@duneland-bearing.example>", "text/plain", """Lena,

Here's what we can do on HM-RFQ-2611:

BRG 6205-2RS - deep groove ball bearing 6205-2RS C3, 25 x 52 x 15 mm, SKF (as specified)
  Priced per pair: 2 for $5.00 (your 400 pcs = 200 pairs). Stock, 1,900+ on the shelf in Portage.

OR-0120-NBR70 - O-ring 12.0 x 2.0 mm, NBR 70, black
  $.0184 ea, bagged 1,000 per bag. 3 weeks.

HSE-2SN-08 - hose EN 853 2SN, DN12 (1/2"), 275 bar / 4,000 psi, -40 to +100 °C
  $4.72/m. Cut to your lengths at no charge. 5 working days.

KIT-PX200-SEAL - call for price; our seal shop has to build a sample kit first.

SHT-5052H32-030 - we don't carry aluminium sheet, no bid.

Quote good for 30 days. FOB Portage, IN 46368.

Hank Dorsey
Duneland Bearing & Supply
219-555-0161 | fax 219-555-0162
"""),
       "partial", "USD", "2026-07-12", "FOB",
       [nob(2), line(3, 2.50, lead=0), line(4, 0.0184, lead=21), line(5, 4.72, lead=7)],
       ["missing-line", "no-bid"])


# u280 HTML only from a plastics and metals distributor: a two-row table crowded with material data. Resin "USD 4.46 /
# kg" on the KG line -> 4.46; "2,500 kg (100 bags of 25 kg, 40 bags per pallet)" restates the quantity -> null; "ex
# stock" -> 0; density 1.36 g/cm³, moisture 0.2 %, 80 °C for 4 h, 30 % glass are no prices. Sheet "USD 151.20 / sheet"
# on the EA line -> 151.20; "approx. 25.1 kg per sheet" and "approx. 2,260 kg" are weights (90 x 25.1 = 2,259), 90
# sheets as asked -> null; 2 weeks -> 14 (Jun 12 + 14 = Jun 26, before Aug 10). "no bid on lines 3 to 6" -> declined.
# "valid until June 30, 2026" -> 2026-06-30, earlier than due Jun 19 + 14 = Jul 3 -> validity-short. "1% 10 days, net
# 30" is a payment term. "CPT Rockford, IL 61109" -> CPT. Partial.
assert close(90 * 25.1, 2259) and 100 * 25 == 2500 and plus("2026-06-12", 14) == "2026-06-26"
U280_TD = 'style="border:1px solid #A9D08E;padding:4px 8px;vertical-align:top"'
blind("u280-html-resin-weights-temps-short", H.msg("Erin Lindgren <elindgren@rockriver-pm.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Hi Lena,</p>
<p>Thanks for RFQ HM-RFQ-2611. We are a plastics and metals distributor, so we quote the resin and the sheet;
bearings, O-rings, hose and seal kits are not in our range (no bid on lines 3 to 6).</p>
<table cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#E2EFDA"><th {U280_TD}>Line</th><th {U280_TD}>Item</th><th {U280_TD}>Specification</th><th {U280_TD}>Quantity</th><th {U280_TD}>Price</th><th {U280_TD}>Availability</th></tr>
<tr><td {U280_TD}>1</td><td {U280_TD}>RES-PA66-GF30</td><td {U280_TD}>PA66 GF30 (30 % glass), heat stabilised, black; density 1.36 g/cm&sup3;, moisture &le; 0.2 %, dry at 80 &deg;C for 4 h before moulding</td><td {U280_TD}>2,500 kg (100 bags of 25 kg, 40 bags per pallet)</td><td {U280_TD}>USD 4.46 / kg</td><td {U280_TD}>ex stock</td></tr>
<tr><td {U280_TD}>2</td><td {U280_TD}>SHT-5052H32-030</td><td {U280_TD}>5052-H32, 3.0 x 1250 x 2500 mm, PVC film one side; approx. 25.1 kg per sheet</td><td {U280_TD}>90 sheets (approx. 2,260 kg)</td><td {U280_TD}>USD 151.20 / sheet</td><td {U280_TD}>2 weeks</td></tr>
</table>
<p>Our July price list is published on July 1, so this quotation is valid until June 30, 2026.</p>
<p>Payment terms 1% 10 days, net 30. Delivery CPT Rockford, IL 61109 (Incoterms 2020).</p>
<p>Best regards,<br>Erin Lindgren<br>Rock River Plastics &amp; Metals, Beloit, WI 53511<br>608-555-0194</p>
</body></html>"""),
       "partial", "USD", "2026-06-30", "CPT",
       [line(1, 4.46, lead=0), line(2, 151.20, lead=14), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid", "validity-short"])


# u281 short body + an XLSX (one sheet: a title row, a date row, a header row, three positions and a total row). The
# vendor's Pos 1 / 2 / 3 are not RFQ lines: the part numbers give RFQ lines 4 and 6; Pos 3 "Bagging and labelling of
# kits - included" has no part number and is no RFQ line (a service included in the kit price, no deviation). O-rings
# "Price USD 19.6, Price per 1,000 pcs" -> 19.60 / 1,000 = 0.0196; "MOQ 10000" -> moq 10000 (below the 50,000 asked);
# 3 weeks -> 21 (Jun 12 + 21 = Jul 3, before Aug 17). Kit "24.9 per set" -> 24.90, 6 weeks -> 42 (Jul 24, before Sep
# 21). Quantities as asked -> null. The "Samples" column says "FOC (25 pcs)" / "FOC (2 sets)" - free samples, no price.
# The total row 4,715 = 50,000 x 0.0196 + 150 x 24.90 = 980 + 3,735 is no price. The body: "resin, sheet, bearings and
# hose are a no quote" -> lines 1, 2, 3 and 5 declined. "Offer valid until 14.08.2026" -> 2026-08-14 (day 14 makes it
# unambiguous; not short); "FCA Minneapolis, MN 55413" -> FCA. Partial, no-bid.
assert close(19.6 / 1000, 0.0196) and close(50000 * 0.0196 + 150 * 24.9, 4715) and plus("2026-06-12", 42) == "2026-07-24"
U281_XLSX = xlsx([
    ["Northstar Seal Co. - Quotation NSQ-26-0612-3 for HM-RFQ-2611"],
    ["Date: 12 June 2026", "", "Customer no. 40218"],
    [""],
    ["Pos", "Part no.", "Description", "Qty", "Unit", "Price USD", "Price per", "MOQ", "Lead time", "Samples"],
    [1, "OR-0120-NBR70", "O-ring 12.0 x 2.0 mm NBR 70 Shore A black", 50000, "pcs", 19.6, "1,000 pcs", 10000, "3 weeks", "FOC (25 pcs)"],
    [2, "KIT-PX200-SEAL", "Seal kit PX-200: 2 lip seals 35 x 52 x 7, 4 O-rings 12 x 2, 1 gasket", 150, "sets", 24.9, "set", "", "6 weeks", "FOC (2 sets)"],
    [3, "", "Bagging and labelling of kits", "", "", "included", "", "", "", ""],
    ["", "", "Total (goods)", "", "", 4715, "", "", "", ""],
])
blind("u281-xlsx-foc-samples-included-row", H.with_attachment("Ingrid Solberg <isolberg@northstar-seal.example>", """Hi Lena,

Our quotation NSQ-26-0612-3 is attached. We only make seals, so the resin, sheet, bearings and hose are a
no quote from us. Samples are free of charge (FOC) in the quantities shown in the sheet.

Offer valid until 14.08.2026, FCA Minneapolis, MN 55413.

Kind regards,
Ingrid Solberg
Northstar Seal Co. | 612-555-0147""", XLSX, "NSQ-26-0612-3.xlsx", U281_XLSX),
       "partial", "USD", "2026-08-14", "FCA",
       [nob(1), nob(2), nob(3), line(4, 0.0196, lead=21, moq=10000), nob(5), line(6, 24.90, lead=42)],
       ["no-bid"])


# u282 plain text from a Scottish fluid-power and bearing house quoting in US dollars, with dates in five formats: the
# enquiry "of 8 June 2026", the offer "dated 12.06.2026", and each line's lead time given as a DELIVERY DATE, counted in
# calendar days from the Date header (Fri 12 Jun). Sheet "USD 152.40 per sheet, delivery to you on 24 July 2026" ->
# 152.40, Jun 12 -> Jul 24 = 42 days (before Aug 10). Bearing "(SKF, C3 clearance, 25 x 52 x 15)" - the brand the RFQ
# names, no alternate - "USD 3.18 each, delivery 26/06/2026" -> 3.18, 14 days (before Jul 27). Hose "USD 4.86 per metre,
# delivery 2026-07-03" -> 4.86, 21 days (before Sep 1). Quantities as asked -> null. "Resin, O-rings and seal kits: no
# offer from us" -> declined. The works holiday "from 27.07. to 14.08.2026" is no lead time. "Offer valid until
# 31/07/2026" -> 2026-07-31 (not short); "DAP Rockford, IL" -> DAP. Partial, no-bid.
assert days("2026-06-12", "2026-07-24") == 42 and days("2026-06-12", "2026-06-26") == 14 and days("2026-06-12", "2026-07-03") == 21
blind("u282-delivery-dates-many-formats", H.msg("Callum Reid <c.reid@clyde-fluidpower.example>", "text/plain", """Dear Lena,

Thank you for your enquiry HM-RFQ-2611 of 8 June 2026. Our offer CFP/Q/26/0612-07 dated 12.06.2026 follows;
all prices in US dollars, quantities as requested.

Sheet SHT-5052H32-030 (5052-H32, 3.0 x 1250 x 2500 mm): USD 152.40 per sheet, delivery to you on 24 July 2026.
Bearing BRG 6205-2RS (SKF, C3 clearance, 25 x 52 x 15): USD 3.18 each, delivery 26/06/2026.
Hose HSE-2SN-08 (EN 853 2SN DN12, 1/2"): USD 4.86 per metre, delivery 2026-07-03.

Resin, O-rings and seal kits: no offer from us.

Our works close for the summer from 27.07. to 14.08.2026; the delivery dates above already allow for this.
Delivery DAP Rockford, IL (Incoterms 2020). Offer valid until 31/07/2026.

Kind regards,
Callum Reid
Clyde Fluid Power & Bearings Ltd, 14 Kelvin Way, Glasgow G20 0SP
Tel +44 141 555 0171
""", cte="quoted-printable"),
       "partial", "USD", "2026-07-31", "DAP",
       [nob(1), line(2, 152.40, lead=42), line(3, 3.18, lead=14), nob(4), line(5, 4.86, lead=21), nob(6)],
       ["no-bid"])


# u283 HTML only, a distributor web-portal quote with List price | Disc. | Net price columns, a stock column and a
# weight column. The price is the NET price: bearing $4.10 less 25% = $3.075 -> 3.075, "in stock" -> 0; O-rings
# "$31.00 /M" less 40% = "$18.60 /M" -> 18.60 / 1,000 = 0.0186, in stock -> 0; hose "$6.20 /m" less 25% = "$4.65 /m" ->
# 4.65 on the metre line, stock 0 m, "2 weeks" -> 14 (Jun 12 + 14 = Jun 26, before Sep 1). Stock quantities (1,240 /
# 212,000 / 0 m) and weights are no quantities or prices; quantities as asked -> null. Seal kit "TBD" in every cell
# ("we expect to send the kit price by June 19") -> neither priced nor declined -> left out. Resin and sheet never
# mentioned -> missing-line. The subtotal 400 x 3.075 + 50,000 x 0.0186 + 800 x 4.65 = 1,230.00 + 930.00 + 3,720.00 =
# 5,880.00 is no price; "free freight on orders over $2,500.00" a shipping remark. "Quote expires July 10, 2026" ->
# 2026-07-10 (not short); "FCA Indianapolis, IN 46241" -> FCA. Partial.
assert close(4.10 * 0.75, 3.075) and close(31.00 * 0.60, 18.60) and close(6.20 * 0.75, 4.65)
assert close(400 * 3.075 + 50000 * 0.0186 + 800 * 4.65, 5880)
U283_TD = 'style="border-bottom:1px solid #D9D9D9;padding:4px 8px"'
U283_R = 'style="border-bottom:1px solid #D9D9D9;padding:4px 8px;text-align:right"'
U283_ROWS = [("3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3, SKF", "400", "$4.10", "25%", "$3.075", "1,240", "in stock", "0.13 kg"),
             ("4", "OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR 70 black", "50,000", "$31.00 /M", "40%", "$18.60 /M", "212,000", "in stock", "0.3 g"),
             ("5", "HSE-2SN-08", "Hose EN 853 2SN DN12", "800 m", "$6.20 /m", "25%", "$4.65 /m", "0 m", "2 weeks", "0.49 kg/m"),
             ("6", "KIT-PX200-SEAL", "Seal kit PX-200", "150 sets", "TBD", "&ndash;", "TBD", "&ndash;", "TBD", "&ndash;")]
U283_HEAD = ("Line", "Your part no.", "Description", "Qty", "List price", "Disc.", "Net price", "Stock", "Lead time", "Weight")
blind("u283-html-list-discount-net-tbd", H.msg("Heartland MRO Quotes <quotes@heartland-mro.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:10pt;color:#222222">
<p>Hello Lena Marsh,</p>
<p>Thank you for your request. Quote <b>#WQ-4471982</b> (customer # 100238, your ref. HM-RFQ-2611) is shown below.
You pay the <b>net price</b>.</p>
<table cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#F2F2F2">{"".join(f"<th {U283_TD}>{h}</th>" for h in U283_HEAD)}</tr>
{chr(10).join("<tr>" + "".join(f"<td {U283_R if i in (3, 4, 5, 6, 7) else U283_TD}>{c}</td>" for i, c in enumerate(r)) + "</tr>" for r in U283_ROWS)}
<tr><td colspan="6" {U283_R}><b>Subtotal (lines 3-5)</b></td><td {U283_R}><b>$5,880.00</b></td><td colspan="3" {U283_TD}></td></tr>
</table>
<p>Seal kit: price TBD &ndash; our seal partner is still quoting the lip seals; we expect to send the kit price by June 19.</p>
<p>Free freight on orders over $2,500.00. Prices FCA Indianapolis, IN 46241. Quote expires July 10, 2026.</p>
<p>Heartland MRO Supply &middot; 7250 W Ridge Dr, Indianapolis, IN 46241 &middot; 317-555-0120</p>
</body></html>""", subject="Your quote #WQ-4471982 (HM-RFQ-2611)"),
       "partial", "USD", "2026-07-10", "FCA",
       [line(3, 3.075, lead=0), line(4, 0.0186, lead=0), line(5, 4.65, lead=14)],
       ["missing-line"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u284 a German pneumatics distributor in German (quoted-printable UTF-8). Pos. 3 fitting "Preis: € 4,-/Stück" -> 4.00
# (the ",-" means no cents), "Lieferzeit: ab Lager" -> 0; G1/2, 10 mm, 1.4404, "bis 315 bar", "-20 bis +200 °C" are no
# prices. Pos. 4 Festo cylinder "€ 98,50/Stück" -> 98.50, "3-4 Wochen" -> 28 (Jun 15 + 28 = Jul 13, before Sep 11);
# Kolben-Ø 32 mm, Hub 80 mm no prices. Quantities "2.000 Stück" / "120 Stück" as asked -> null. "Pos. 1, 2 und 5 ...
# können wir leider nicht anbieten" -> declined. "zzgl. 19 % MwSt." (VAT remark) and "14 Tage 2 % Skonto, 30 Tage
# netto" (payment) are no deviations; Angebot Nr., HRB, USt-IdNr. and phone numbers no prices. "Angebot gültig bis
# 31.07.2026" -> 2026-07-31 (not short: due Jun 26 + 14 = Jul 10); "DAP Bielefeld" -> DAP. EUR. Partial, no-bid.
assert plus("2026-06-15", 28) == "2026-07-13"
blind2("u284-de-euro-dash-mwst-skonto", V.msg("Frank Hoffmeister <f.hoffmeister@owl-pneumatik.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418 vom 10. Juni 2026. Gern bieten wir Ihnen an (Angebot Nr. 2026-0615-112):

Pos. 3  FIT-316-G12-10
        Gerader Einschraubverbinder G1/2 auf Rohr 10 mm, Edelstahl 1.4404 (316L), bis 315 bar, -20 bis +200 °C
        Menge: 2.000 Stück
        Preis: € 4,-/Stück
        Lieferzeit: ab Lager

Pos. 4  DSBC-32-80-PPVA-N3
        Normzylinder ISO 15552, Festo, Kolben-Ø 32 mm, Hub 80 mm, Endlagendämpfung einstellbar
        Menge: 120 Stück
        Preis: € 98,50/Stück
        Lieferzeit: 3-4 Wochen

Pos. 1, 2 und 5 (Fertigungsteile) können wir leider nicht anbieten.

Preise netto zzgl. 19 % MwSt. Zahlung: 14 Tage 2 % Skonto, 30 Tage netto.
Lieferung DAP Bielefeld (Incoterms 2020). Angebot gültig bis 31.07.2026.

Mit freundlichen Grüßen
Frank Hoffmeister
Vertrieb Innendienst
OWL Pneumatik GmbH, Industriestraße 48, 33334 Gütersloh
Tel. +49 5241 555-0187, Fax +49 5241 555-0188
Amtsgericht Gütersloh HRB 5550, USt-IdNr. DE555018712
""", cte="quoted-printable", subject="AW: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "EUR", "2026-07-31", "DAP",
       [nob(1), nob(2), line(3, 4.00, "EUR", lead=0), line(4, 98.50, "EUR", lead=28), nob(5)],
       ["no-bid"])


# u285 a Belgian machining shop, English HTML with decimal commas and dot thousands, prices per 100. Shaft "EUR 4.185,00
# per 100" -> 41.85 (amount 250 x 41.85 = 10.462,50); the drawing data (rev B, Ø30 h6 x 412 mm, keyway 8 P9, 28-32 HRC,
# Ra 0,4) are no prices; "8-9 weeks" -> upper bound 63 (Jun 15 + 63 = Aug 17, before Aug 28). Bracket set "EUR 1.234,50
# per 100 sets" -> 12.345 per set (150 x 12.345 = 1.851,75); "M5 screws included" describes the set (no deviation); 5
# weeks -> 35 (Jul 20, before Oct 9). Quantities as asked -> null. Housing "no offer (we do not machine cast iron)" ->
# declined. Fitting and cylinder never mentioned -> missing-line. The subtotal 10.462,50 + 1.851,75 = 12.314,25 and
# "21% VAT" (reverse charge, a VAT remark) are no prices. "Offer valid until 14/08/2026" -> 2026-08-14 (not short);
# "FCA Geel" -> FCA. EUR. Partial.
assert close(4185.00 / 100, 41.85) and close(1234.50 / 100, 12.345) and close(250 * 41.85, 10462.50)
assert close(150 * 12.345, 1851.75) and close(10462.50 + 1851.75, 12314.25) and plus("2026-06-15", 63) == "2026-08-17"
U285_TD = 'style="border:1px solid #BDD7EE;padding:3px 7px"'
U285_R = 'style="border:1px solid #BDD7EE;padding:3px 7px;text-align:right"'
U285_ROWS = [("1", "SH-2231-C rev B", "Drive shaft 42CrMo4 +QT (28-32 HRC), &Oslash;30 h6 x 412 mm, keyway 8 P9, bearing seats Ra 0,4", "250", "EUR 4.185,00 per 100", "EUR 10.462,50", "8-9 weeks"),
             ("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "25", "no offer (we do not machine cast iron)", "&ndash;", "&ndash;"),
             ("5", "2231-004-03", "Sensor bracket set L+R, EN AW-6082 T6, black anodised, M5 screws included", "150 sets", "EUR 1.234,50 per 100 sets", "EUR 1.851,75", "5 weeks")]
blind2("u285-html-eur-per-100-subtotal", V.msg("Wim Claes <wim.claes@kempen-precisie.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr Albers,</p>
<p>Thank you for your RFQ VM-RFQ-4418. Please find our offer KP-26-0615-02 below (prices per 100 pieces or sets).</p>
<table cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#DDEBF7">{"".join(f"<th {U285_TD}>{h}</th>" for h in ("Pos.", "Part number", "Description", "Qty", "Price", "Amount", "Delivery"))}</tr>
{chr(10).join("<tr>" + "".join(f"<td {U285_R if i in (3, 5) else U285_TD}>{c}</td>" for i, c in enumerate(r)) + "</tr>" for r in U285_ROWS)}
<tr><td colspan="5" {U285_R}><b>Subtotal</b></td><td {U285_R}><b>EUR 12.314,25</b></td><td {U285_TD}></td></tr>
</table>
<p>Prices exclusive of 21% VAT (intra-EU supply, reverse charge). Delivery FCA Geel (Incoterms 2020).<br>
Offer valid until 14/08/2026.</p>
<p>Met vriendelijke groeten / Kind regards,<br>Wim Claes<br>Kempen Precisie NV, Geel &ndash; BE 0555.014.872<br>+32 14 55 50 14</p>
</body></html>"""),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 41.85, "EUR", lead=63), nob(2), line(5, 12.345, "EUR", lead=35)],
       ["missing-line", "no-bid"])


# u286 a Polish machining shop, English plain text (quoted-printable), "since 1994", ISO 9001:2015, 22 CNC centres. Shaft
# "38,90 EUR/pc" -> 38.90, 9 weeks -> 63 (Jun 15 + 63 = Aug 17, before Aug 28). Housing "1 180,00 EUR/pc" (space as the
# thousands separator) -> 1180.00, "16 weeks (casting 10 weeks + machining 6 weeks)" -> 112 (Oct 5, AFTER the Oct 2
# need-by -> lead-time-after-need-by). Quantities as asked -> null. Bracket sets: "included in the shaft price (pos. 1):
# we deliver the bracket sets together with the shafts and do not price them separately" - RFQ line 5 gets no price of
# its own and is not declined, so a human records it as not priced: left out of the lines -> missing-line. "One-off
# pattern cost for the housing: 2 400,00 EUR" -> note. Fitting and cylinder "no offer" -> declined. The deposit "30% ...
# EUR 12 487,50 on a total of EUR 41 625,00" (250 x 38.90 + 25 x 1,180.00 + 2,400.00 = 9,725.00 + 29,500.00 + 2,400.00
# = 41,625.00; x 0.30 = 12,487.50) is a payment term and no price. "Offer valid 30 days" from Mon 15 Jun -> 2026-07-15
# (not short); "FCA Poznań" -> FCA. EUR. Partial.
assert close(250 * 38.90 + 25 * 1180.00 + 2400.00, 41625) and close(41625 * 0.30, 12487.50)
assert plus("2026-06-15", 112) == "2026-10-05" and plus("2026-06-15", 30) == "2026-07-15" and 10 + 6 == 16
blind2("u286-included-in-shaft-price-deposit", V.msg("Marek Zieliński <m.zielinski@wlkp-cnc.example>", "text/plain", """Dear Mr Albers,

thank you for RFQ VM-RFQ-4418. Wielkopolska CNC has machined drive components since 1994 (ISO 9001:2015,
22 CNC centres). Our offer WCNC/26/0615/3:

1. SH-2231-C rev B - drive shaft 42CrMo4, Ø30 h6 x 412 mm - 250 pcs - 38,90 EUR/pc - 9 weeks
2. HSG-1180-GJL - gearbox housing EN-GJL-250, machined, primed RAL 7035 - 25 pcs - 1 180,00 EUR/pc -
   16 weeks (casting 10 weeks + machining 6 weeks)
5. 2231-004-03 - sensor bracket set - 150 sets - included in the shaft price (pos. 1): we deliver the
   bracket sets together with the shafts and do not price them separately.

One-off pattern cost for the housing: 2 400,00 EUR.
Positions 3 and 4 (fitting and cylinder) are catalogue parts which we do not sell - no offer.

Payment: 30% deposit with order (EUR 12 487,50 on a total of EUR 41 625,00 incl. pattern), balance 30 days
after delivery. Delivery FCA Poznań (Incoterms 2020). Offer valid 30 days.

Best regards,
Marek Zieliński
Sales Manager
Wielkopolska CNC Sp. z o.o., ul. Obornicka 233, 60-650 Poznań
tel. +48 61 555 01 23, NIP 778-555-01-23
""", cte="quoted-printable"),
       "partial", "EUR", "2026-07-15", "FCA",
       [line(1, 38.90, "EUR", lead=63), line(2, 1180.00, "EUR", lead=112), nob(3), nob(4)],
       ["lead-time-after-need-by", "missing-line", "no-bid", "note"])


# u287 a Spanish distributor, English plain text, "2.000 units x 3,72 €/unit = 7.440,00 €" -> 3.72 (amount confirms),
# "15 working days" -> 15 x 7/5 = 21 (Jun 15 + 21 = Jul 6, before Aug 14); cylinder "120 units x 101,30 €/unit =
# 12.156,00 €" -> 101.30, "from stock" -> 0. G1/2, Ø10 mm, 316L, 400 bar, Ø32 x 80, 10 bar are no prices; quantities as
# asked -> null. The total 7.440,00 + 12.156,00 = 19.596,00 € and "VAT 21% not included" (a VAT remark) are no prices.
# "A price increase of 3,5% will apply to deliveries after 31/08/2026" is a price-adjustment clause -> note. Shaft,
# housing and bracket set never mentioned -> missing-line. "Prices valid until 30/06/2026" -> 2026-06-30, earlier than
# due Jun 26 + 14 = Jul 10 -> validity-short. "DAP Bielefeld" -> DAP. EUR. Partial.
assert close(2000 * 3.72, 7440) and close(120 * 101.30, 12156) and close(7440 + 12156, 19596)
assert plus("2026-06-15", 21) == "2026-07-06"
blind2("u287-es-iva-price-increase-clause", V.msg("Lucía Herrero <lherrero@levante-neumatica.example>", "text/plain", """Dear Mr Albers,

Thank you for your RFQ VM-RFQ-4418. Please find our offer no. 2026/0615-044 for the two catalogue items:

Line 3: FIT-316-G12-10, male connector G1/2 - tube Ø10 mm, AISI 316L, max. 400 bar
        2.000 units x 3,72 €/unit = 7.440,00 €
        Delivery: 15 working days

Line 4: DSBC-32-80-PPVA-N3, Festo ISO 15552 cylinder, Ø32 x 80 mm stroke, max. 10 bar
        120 units x 101,30 €/unit = 12.156,00 €
        Delivery: from stock

Total: 19.596,00 € (VAT 21% not included; intra-community supply, exempt with your VAT number).

Prices valid until 30/06/2026. A price increase of 3,5% will apply to deliveries after 31/08/2026
(new Festo price list).
Delivery DAP Bielefeld (Incoterms 2020).

Kind regards,
Lucía Herrero
Levante Neumática S.L. - Polígono Fuente del Jarro, C/ Ciudad de Sevilla 19, 46988 Paterna (Valencia)
Tel. +34 96 555 01 44 - CIF B-55501440
"""),
       "partial", "EUR", "2026-06-30", "DAP",
       [line(3, 3.72, "EUR", lead=21), line(4, 101.30, "EUR", lead=0)],
       ["missing-line", "note", "validity-short"])


# u288 a US machine shop, multipart/alternative (text + a simple HTML table with the same content), quoting in US dollars
# against the EUR RFQ -> currency-differs. Shaft "250 pcs at 47.80 USD/pc" -> 47.80, "10 wks ARO" -> 70 (Jun 15 + 70 =
# Aug 24, before Aug 28). Bracket set "150 sets at 12.50 USD/set" -> 12.50, "4 wks ARO" -> 28 (Jul 13, before Oct 9).
# Quantities as asked -> null. Housing "call for price - our foundry partner needs your casting model first" -> neither
# priced nor declined -> left out -> missing-line. "Lines 3 and 4 - catalog items, no quote" -> declined. ISO 9001:2015,
# AS9100D, CAGE code, "+/-0.0005 in (0.013 mm)", phone, fax and ZIP are no prices. "good through 8/14/2026" ->
# 2026-08-14 (month 8 / day 14 unambiguous; not short); "EXW Cleveland, OH 44135" -> EXW. Partial.
assert plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 28) == "2026-07-13"
U288_TEXT = """Hello Jonas,

Thanks for including us on VM-RFQ-4418. Brook Park Precision (ISO 9001:2015 / AS9100D, CAGE 5BP88)
quotes in US dollars:

Line 1 - SH-2231-C rev B, drive shaft 42CrMo4, 30 mm h6 x 412 mm: 250 pcs at 47.80 USD/pc, 10 wks ARO
Line 2 - HSG-1180-GJL, gearbox housing: call for price - our foundry partner needs your casting model first
Line 5 - 2231-004-03, sensor bracket set: 150 sets at 12.50 USD/set, 4 wks ARO
Lines 3 and 4 - catalog items, no quote.

We hold +/-0.0005 in (0.013 mm) on the bearing seats and ship with a CMM report.
Pricing EXW Cleveland, OH 44135 (Incoterms 2020), good through 8/14/2026.

Dwayne Pruitt
Brook Park Precision Machining, Inc.
Tel (216) 555-0186 | Fax (216) 555-0187
"""
U288_TD = 'style="border:1px solid #C9C9C9;padding:3px 7px"'
U288_ROWS = [("1", "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 mm h6 x 412 mm", "250 pcs", "47.80 USD/pc", "10 wks ARO"),
             ("2", "HSG-1180-GJL", "Gearbox housing", "25 pcs", "call for price", "&ndash;"),
             ("5", "2231-004-03", "Sensor bracket set", "150 sets", "12.50 USD/set", "4 wks ARO"),
             ("3", "FIT-316-G12-10", "Catalog item", "2,000 pcs", "no quote", "&ndash;"),
             ("4", "DSBC-32-80-PPVA-N3", "Catalog item", "120 pcs", "no quote", "&ndash;")]
U288_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Jonas,</p>
<p>Thanks for including us on VM-RFQ-4418. Brook Park Precision (ISO 9001:2015 / AS9100D, CAGE 5BP88) quotes in US dollars:</p>
<table cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#EDEDED">{"".join(f"<th {U288_TD}>{h}</th>" for h in ("Line", "Part number", "Description", "Qty", "Price", "Lead time"))}</tr>
{chr(10).join("<tr>" + "".join(f"<td {U288_TD}>{c}</td>" for c in r) + "</tr>" for r in U288_ROWS)}
</table>
<p>Housing: call for price &ndash; our foundry partner needs your casting model first.</p>
<p>We hold +/-0.0005 in (0.013 mm) on the bearing seats and ship with a CMM report.<br>
Pricing EXW Cleveland, OH 44135 (Incoterms 2020), good through 8/14/2026.</p>
<p>Dwayne Pruitt<br>Brook Park Precision Machining, Inc.<br>Tel (216) 555-0186 | Fax (216) 555-0187</p>
</body></html>"""
blind2("u288-usd-alt-call-for-price", V.alternative("Dwayne Pruitt <dpruitt@brookpark-precision.example>", U288_TEXT, U288_HTML,
                                                    "----=_Part_28817_552018.1781503500000"),
       "partial", "USD", "2026-08-14", "EXW",
       [line(1, 47.80, "USD", lead=70), nob(3), nob(4), line(5, 12.50, "USD", lead=28)],
       ["currency-differs", "missing-line", "no-bid"])


if __name__ == "__main__":
    ROUND.write()
