#!/usr/bin/env python3
"""Writes replies u689..u704 (Corpus/u*.eml + expected u*.json) - the forty-fourth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is A THIRD ORDINARY WEEK: REPLIES THAT NAME LINES WITHOUT PART NUMBERS. Sixteen ordinary replies whose
vendors point at the RFQ lines the way people do when they do not copy part numbers: by line or item number only ("Item
1", "#3", "the 2nd and 4th lines", "item 6", "the 5th item"); by a short description ("the gaskets", "the aluminum
motor plate", "the bearings", "the Festo cylinders"); by their own catalogue or article number with the customer's part
in a second column (XLSX, semicolon CSV) or in brackets; by a shortened or mistyped part number next to a few words of
description ("GSK-EPMD-80", "SPR-C630", "RES-PA66-G30", "SHT-5025H32-030", "FIT-316-G12"); by restating the quantity and
the description in prose, in a PDF table and in an Italian foundry's HTML table; and a phone reply that answers in the
order of the request without naming anything, unambiguous because every RFQ quantity is different and each row restates
its own. Ordinary outcomes around that: price breaks as rows, columns and prose, one quantity that differs (plates run
in lots of 25), an MOQ above and one below the quantity, no-bids by description and by number, one alternate cylinder,
a die and a pattern charge (notes), CAD, EUR and CHF against the USD and EUR RFQs, a 14-day validity, a late foundry
lead time and cross-referenced article numbers that are NOT alternates because the vendor says it quotes exactly to the
buyer's specification.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, xlsx, pdf  # expected-line shapes, one-sheet workbook writer, text-layer PDF writer
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(689)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def quoted(text):
    """The buyer's earlier mail as a mail client quotes it ("> " before each line, ">" on empty ones)."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u689 a Wisconsin distributor answers by the buyer's LINE NUMBERS only - "Item 1", "#3", "Line 5", "the 2nd and 4th
# lines" - never a part number; the buyer's request, with its numbered lines, is quoted below in an Outlook block (history,
# not a quote). Item 1 = the gasket: "$0.187 each, 4 weeks" -> 0.187, 28 (Jul 3, before Aug 3). #3 = the screws: "$2.96
# per C (boxes of 100)" -> 2.96 / 100 = 0.0296, "from stock" -> 0. Line 5 = the springs: "$0.0705 each, 3 wks ARO" ->
# 0.0705, 21 (Jun 26, before Jul 27). "The 2nd and 4th lines we have to pass on" -> lines 2 and 4 declined. Quantities are
# not restated -> null. "Pricing good for 60 days" from Fri 5 Jun -> 2026-08-04 (not short); "FOB Waukesha, WI" -> FOB.
# USD. Partial, no-bid.
assert close(2.96 / 100, 0.0296) and plus("2026-06-05", 60) == "2026-08-04"
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 21) == "2026-06-26"
sample("u689-by-line-number-only-hash-item-nth", S.msg("Carl Jablonski <cjablonski@kettlemoraine-is.example>", "text/plain", """Hi Nora,

Got your RFQ NR-RFQ-0619, thanks. Pricing below goes by your line numbers (USD):

Item 1  -  $0.187 each, 4 weeks
#3      -  $2.96 per C (boxes of 100), from stock
Line 5  -  $0.0705 each, 3 wks ARO

The 2nd and 4th lines we have to pass on - we don't carry cable and we don't do any machining.

Pricing good for 60 days. FOB Waukesha, WI.

Thanks!
Carl Jablonski
Kettle Moraine Industrial Supply
W227 N890 Westmound Dr, Waukesha, WI 53186
262-555-0193

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Monday, June 1, 2026 7:58 AM
To: Carl Jablonski <cjablonski@kettlemoraine-is.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hi Carl,

Please quote the lines below by June 12. Unit price, lead time, Incoterms and validity please.

Line  Part number     Description                                   Qty        Need by
1     GSK-EPDM-80     Gasket EPDM 70 Shore A, 80 OD x 62 ID x 3     5,000 EA   2026-08-03
2     CBL-4C22-PUR    Cable 4 x 22 AWG shielded, PUR, black         1,500 M    2026-07-20
3     SCR-M4X10-A2    SHCS M4 x 10, ISO 4762, A2-70                 20,000 EA  2026-07-13
4     PLT-0915-R2     Motor base plate, 6082-T6, CNC milled         120 EA     2026-08-17
5     SPR-C0630-302   Compression spring, 302 SS, 0.6 x 6.3 x 30    8,000 EA   2026-07-27

Thanks,
Nora Reyes
Purchasing, Northridge Robotics
"""),
       "partial", "USD", "2026-08-04", "FOB",
       [line(1, 0.187, lead=28), nob(2), line(3, 0.0296, lead=0), nob(4), line(5, 0.0705, lead=21)],
       ["no-bid"])


# u690 a reply typed on a phone that answers IN THE ORDER OF THE REQUEST and names nothing - no part number, no line
# number, no description - above the buyer's request quoted with "> ". It is unambiguous: the five RFQ quantities are all
# different (5,000 / 1,500 m / 20,000 / 120 / 8,000) and each row restates its own, in the same order as the request.
# 5,000 pcs "$0.184 ea 4 wks" -> line 1: 0.184, 28 (Jul 3, before Aug 3). 1,500 m "$1.36/m 2 wks" -> line 2: 1.36 per
# metre, 14 (Jun 19, before Jul 20). 20,000 pcs "$0.0299 ea stock" -> line 3: 0.0299, 0. 120 pcs "$45.80 ea 6 wks" ->
# line 4: 45.80, 42 (Jul 17, before Aug 17). 8,000 pcs "$0.0698 ea 3 wks" -> line 5: 0.0698, 21 (Jun 26, before Jul 27).
# The restated quantities are the RFQ's -> null. "good for 30 days" from Fri 5 Jun -> 2026-07-05 (not short: Jul 5 >=
# Jun 26); "FOB Akron OH" -> FOB; "USD". Every line priced -> parsed, no deviations.
assert sorted([5000, 1500, 20000, 120, 8000]) == sorted(set([5000, 1500, 20000, 120, 8000]))
assert plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 14) == "2026-06-19"
sample("u690-phone-reply-in-request-order-quantities-only", S.msg("Mike Petrosky <mpetrosky@cuyahoga-vs.example>", "text/plain", """Nora - quick numbers, same order as your list:

5,000 pcs   $0.184 ea   4 wks
1,500 m   $1.36/m   2 wks
20,000 pcs   $0.0299 ea   stock
120 pcs   $45.80 ea   6 wks
8,000 pcs   $0.0698 ea   3 wks

USD, FOB Akron OH, good for 30 days. Can put it on letterhead if you need it for the file.

Mike
Cuyahoga Valley Supply | 330-555-0148

Sent from my iPhone

On Jun 1, 2026, at 8:02 AM, Nora Reyes <nreyes@northridge.example> wrote:

""" + quoted("""Hi Mike,

Please quote RFQ NR-RFQ-0619 by June 12:

1. GSK-EPDM-80 - gasket, EPDM 70A, 80 x 62 x 3 mm - 5,000 EA - need by Aug 3
2. CBL-4C22-PUR - cable 4 x 22 AWG shielded, PUR, black - 1,500 M - need by Jul 20
3. SCR-M4X10-A2 - SHCS M4 x 10, A2-70 - 20,000 EA - need by Jul 13
4. PLT-0915-R2 - motor base plate, 6082-T6, CNC - 120 EA - need by Aug 17
5. SPR-C0630-302 - compression spring, 302 SS - 8,000 EA - need by Jul 27

Thanks,
Nora""")),
       "parsed", "USD", "2026-07-05", "FOB",
       [line(1, 0.184, lead=28), line(2, 1.36, lead=14), line(3, 0.0299, lead=0), line(4, 45.80, lead=42),
        line(5, 0.0698, lead=21)],
       [])


# u691 HTML only (quoted-printable) from a Pennsylvania distributor naming the lines by SHORT DESCRIPTION: "The gaskets"
# (line 1, the only gasket) "$0.193 each", 5 weeks -> 0.193, 35 (Jul 10, before Aug 3). "The cable" (line 2) "$1.41 per
# metre", "10 working days" -> 10 x 7/5 = 14 (Jun 19, before Jul 20). "The springs" (line 5) with a break table 1,000 -
# 4,999 $0.0815 / 5,000 - 9,999 $0.0740 / 10,000+ $0.0680: the 8,000 asked fall in 5,000 - 9,999 -> 0.0740; 3 weeks ->
# 21 (Jun 26, before Jul 27). "The aluminum motor plate: no bid" (line 4, the only plate) -> declined (a no-bid by
# description). The screws are never mentioned -> missing-line. "Prices valid until July 10, 2026" (not short: Jul 10 >=
# Jun 26); "CPT Dayton, OH" -> CPT. USD. Partial.
assert workdays(10) == 14 and 5000 <= 8000 <= 9999 and plus("2026-06-05", 35) == "2026-07-10"
sample("u691-html-short-descriptions-spring-breaks-plate-no-bid", S.msg("Diane Hollenbach <dhollenbach@susquehanna-ic.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:10pt;color:#222222">
<p>Good morning Nora,</p>
<p>Thanks for including us on NR-RFQ-0619. Here is where we come out (all prices USD):</p>
<ul>
<li><b>The gaskets:</b> $0.193 each, lead time 5 weeks.</li>
<li><b>The cable:</b> $1.41 per metre, cut to length from full spools, lead time 10 working days.</li>
<li><b>The springs:</b> per the breaks below, lead time 3 weeks.
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;margin:4px 0 4px 0">
<tr style="background:#EDEDED"><th>Quantity</th><th>Price each</th></tr>
<tr><td>1,000 - 4,999</td><td>$0.0815</td></tr>
<tr><td>5,000 - 9,999</td><td>$0.0740</td></tr>
<tr><td>10,000+</td><td>$0.0680</td></tr>
</table></li>
<li><b>The aluminum motor plate:</b> no bid, sorry - our machining partner is booked solid through September.</li>
</ul>
<p>Prices valid until July 10, 2026. CPT Dayton, OH (Incoterms 2020). Terms net 30.</p>
<p>Kind regards,<br>
Diane Hollenbach<br>
Customer Service Lead<br>
Susquehanna Industrial Components<br>
1875 Fruitville Pike, Lancaster, PA 17601 &middot; 717-555-0126</p>
<p style="font-size:8pt;color:#888888">This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error please notify the sender and delete it.</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-07-10", "CPT",
       [line(1, 0.193, lead=35), line(2, 1.41, lead=14), nob(4), line(5, 0.0740, lead=21)],
       ["missing-line", "no-bid"])


# u692 an XLSX whose FIRST column is the vendor's own item number and whose second ("Your ref.") is the buyer's part
# number; the rows are in the vendor's item-number order (screws, springs, gasket), not the RFQ's. The body says the own
# numbers are for the PO and that every item is quoted to the buyer's specification -> cross-references, not alternates
# (null). Screws "31.20" per 1000 -> 0.0312, "Stock" -> 0. Springs "7.05" per 100 -> 0.0705, "4 wks" -> 28 (Jul 3,
# before Jul 27). Gasket "0.189" per 1, "5 wks" -> 35 (Jul 10, before Aug 3), MOQ 10,000 pcs -> above the 5,000 asked
# (moq-above-quantity); the Qty cell restates 5,000 and no other quantity is quoted -> null. The MOQ column also gives
# 5,000 for the screws and 1,000 for the springs (both below their quantities, no deviation). Cable and plate appear
# nowhere -> missing-line. Sheet: "Quote valid thru 07/31/2026" (31 cannot be a month) -> 2026-07-31 (not short); body:
# "FCA Norcross, GA" -> FCA. USD. Partial.
assert close(31.20 / 1000, 0.0312) and close(7.05 / 100, 0.0705) and 10000 > 5000
U692_XLSX = xlsx([
    ["Peachtree Fastener & Spring Supply - Quotation PF-Q-118734"],
    ["Customer: Northridge Robotics (Nora Reyes)", "", "", "Your RFQ: NR-RFQ-0619"],
    ["Quote valid thru 07/31/2026", "", "", "Currency: USD"],
    [""],
    ["Our item #", "Your ref.", "Description", "Qty", "UOM", "Unit price", "Per", "MOQ", "Lead time"],
    ["PFS-220417", "SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2-70", 20000, "EA", 31.2, 1000, 5000, "Stock"],
    ["PFS-380552", "SPR-C0630-302", "Comp spring 302SS .6 wire 6.3 OD 30 FL", 8000, "EA", 7.05, 100, 1000, "4 wks"],
    ["PFS-510080", "GSK-EPDM-80", "Gasket EPDM 70A die-cut 80/62 x 3", 5000, "EA", 0.189, 1, 10000, "5 wks"],
    [""],
    ["Prices per 'Per' quantity. MOQ in pieces."],
])
sample("u692-xlsx-own-item-number-first-moq-above", S.with_attachment("Tamika Boone <tboone@peachtree-fs.example>", """Hi Nora,

Attached is our quotation PF-Q-118734 for RFQ NR-RFQ-0619.

The first column is our item number - please reference it on the PO if you can. "Your ref." is your part number;
all items are quoted exactly to your specifications.

Please note the minimum order of 10,000 pcs on the gaskets (one full die run).
Shipping FCA Norcross, GA.

Best,
Tamika Boone
Inside Sales | Peachtree Fastener & Spring Supply
5390 Oakbrook Pkwy, Norcross, GA 30093 | 770-555-0162""", XLSX, "PF-Q-118734.xlsx", U692_XLSX),
       "partial", "USD", "2026-07-31", "FCA",
       [line(1, 0.189, lead=35, moq=10000), line(3, 0.0312, lead=0, moq=5000), line(5, 0.0705, lead=28, moq=1000)],
       ["missing-line", "moq-above-quantity"])


# u693 an Ohio shop types the part numbers from memory - MISTYPED or SHORTENED - each with a few words of description:
# "GSK-EPMD-80 (EPDM gasket, 80 OD)" is line 1's GSK-EPDM-80 with two letters swapped: "$0.181 ea", 4 weeks -> 0.181, 28
# (Jul 3, before Aug 3). "PLT-915-R2 (motor base plate)" is line 4's PLT-0915-R2 without the zero: "$46.20 ea", and "we
# run these in lots of 25, so we'd make and ship 125 pcs instead of 120" -> quantity 125 (quantity-differs), 6 weeks ->
# 42 (Jul 17, before Aug 17). "SPR-C630 (the 302 SS springs)" is line 5 shortened: "$68.50 per M" -> 0.0685, 3 weeks ->
# 21 (Jun 26, before Jul 27). "The cable and the M4 screws - no quote" -> lines 2 and 3 declined by description.
# "Quote valid through July 17, 2026" (not short); "EXW Mentor, OH" -> EXW. USD. Partial.
assert close(68.50 / 1000, 0.0685) and 125 % 25 == 0 and 100 < 120 < 125
sample("u693-mistyped-shortened-part-numbers-plate-lots-of-25", S.msg("Gary Lisowski <glisowski@lakeshore-ptc.example>", "text/plain", """Nora,

Here's what we can do on your RFQ (NR-RFQ-0619), prices in USD:

GSK-EPMD-80 (EPDM gasket, 80 OD)      $0.181 ea      4 weeks
PLT-915-R2 (motor base plate)         $46.20 ea      6 weeks
   - we run these in lots of 25, so we'd make and ship 125 pcs instead of 120
SPR-C630 (the 302 SS springs)         $68.50 per M   3 weeks

The cable and the M4 screws - no quote, we'd only be reselling them at a markup.

Quote valid through July 17, 2026. EXW Mentor, OH.

Gary Lisowski
Sales Engineer
Lakeshore Parts & Tool Co.
8610 Tyler Blvd, Mentor, OH 44060
Office 440-555-0117 | Cell 440-555-0188
"""),
       "partial", "USD", "2026-07-17", "EXW",
       [line(1, 0.181, lead=28), nob(2), nob(3), line(4, 46.20, qty=125, lead=42), line(5, 0.0685, lead=21)],
       ["no-bid", "quantity-differs"])


# u694 multipart/alternative from an Ontario distributor writing PROSE that restates each line's QUANTITY AND
# DESCRIPTION and never a part number: "the 5,000 EPDM gaskets" (line 1) "$0.242 each", 5 weeks -> 0.242, 35 (Jul 10,
# before Aug 3), plus "a one-time steel rule die charge of $310.00" -> note. "the 1,500 metres of 4-conductor shielded PUR
# cable" (line 2) "$1.86 per metre", 3 weeks -> 21 (Jun 26, before Jul 20). "the 20,000 M4 x 10 stainless socket head
# cap screws" (line 3) "$0.0412 each", from stock -> 0. "the 120 motor base plates" (line 4) "$61.50 each", 7 weeks -> 49
# (Jul 24, before Aug 17). "the 8,000 compression springs" (line 5) in prose breaks "$0.0985 each up to 4,999 pieces and
# $0.0910 each from 5,000 pieces up" -> 8,000 -> 0.0910; 4 weeks -> 28 (Jul 3, before Jul 27). "All prices are in
# Canadian dollars" -> CAD (currency-differs). "valid for 45 days" from Fri 5 Jun -> 2026-07-20 (not short); "DAP Dayton,
# Ohio" -> DAP. Every line priced -> parsed.
assert plus("2026-06-05", 45) == "2026-07-20" and plus("2026-06-05", 49) == "2026-07-24" and 8000 >= 5000
U694_TEXT = """Hello Nora,

Thank you for the opportunity to quote on NR-RFQ-0619. All prices are in Canadian dollars.

For the 5,000 EPDM gaskets we can offer $0.242 each with a 5 week lead time. There is a one-time steel rule
die charge of $310.00 on the first order.

The 1,500 metres of 4-conductor shielded PUR cable would be $1.86 per metre, 3 weeks.

The 20,000 M4 x 10 stainless socket head cap screws are $0.0412 each and we have them on the shelf, so from stock.

The 120 motor base plates come out at $61.50 each, 7 weeks from your order.

And for the 8,000 compression springs: $0.0985 each up to 4,999 pieces and $0.0910 each from 5,000 pieces up,
4 weeks.

This quotation is valid for 45 days, delivered DAP Dayton, Ohio (Incoterms 2020), duties paid by us.

Kind regards,
Heather MacLeod
Account Manager
Grand River Industrial Supply Ltd.
455 Conestoga Blvd, Cambridge, ON N1R 7P5 | 519-555-0131"""
U694_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Nora,</p>
<p>Thank you for the opportunity to quote on NR-RFQ-0619. All prices are in Canadian dollars.</p>
<p>For the 5,000 EPDM gaskets we can offer <b>$0.242 each</b> with a 5 week lead time. There is a one-time steel rule
die charge of $310.00 on the first order.</p>
<p>The 1,500 metres of 4-conductor shielded PUR cable would be <b>$1.86 per metre</b>, 3 weeks.</p>
<p>The 20,000 M4 x 10 stainless socket head cap screws are <b>$0.0412 each</b> and we have them on the shelf, so from stock.</p>
<p>The 120 motor base plates come out at <b>$61.50 each</b>, 7 weeks from your order.</p>
<p>And for the 8,000 compression springs: $0.0985 each up to 4,999 pieces and <b>$0.0910 each from 5,000 pieces up</b>,
4 weeks.</p>
<p>This quotation is valid for 45 days, delivered DAP Dayton, Ohio (Incoterms 2020), duties paid by us.</p>
<p>Kind regards,<br>Heather MacLeod<br>Account Manager<br><b>Grand River Industrial Supply Ltd.</b><br>
455 Conestoga Blvd, Cambridge, ON N1R 7P5 | 519-555-0131</p>
</body></html>"""
sample("u694-alt-cad-prose-restates-quantity-and-description", S.alternative("Heather MacLeod <hmacleod@grandriver-is.example>", U694_TEXT, U694_HTML),
       "parsed", "CAD", "2026-07-20", "DAP",
       [line(1, 0.242, "CAD", lead=35), line(2, 1.86, "CAD", lead=21), line(3, 0.0412, "CAD", lead=0),
        line(4, 61.50, "CAD", lead=49), line(5, 0.0910, "CAD", lead=28)],
       ["currency-differs", "note"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u695 a Kentucky bearing and seal house answers by ITEM NUMBER only, above the buyer's request (H.RFQ_TABLE) in an
# Outlook block. "item 3 - $3.36 each, ex-stock" -> bearing 3.36, 0. "item 4 - $18.40 per M, MOQ 10,000 pcs, 2 weeks" ->
# O-rings 18.40 / 1,000 = 0.0184 (per M on a counted line = per thousand), moq 10000 (below the 50,000 asked, no
# deviation), 14. "item 6 - $30.90 per kit, 5-6 weeks" -> seal kit 30.90 per SET, upper bound 42 (Jul 24, before Sep 21).
# "items 1, 2 and 5 - no quote" -> declined. "Prices firm until July 17, 2026" (not short: Jul 17 >= Jul 3); "FCA
# Louisville, KY" -> FCA. USD. Partial, no-bid.
assert close(18.40 / 1000, 0.0184) and 10000 < 50000 and plus("2026-06-12", 42) == "2026-07-24"
blind("u695-item-numbers-only-orings-per-m-moq-below", H.msg("Darnell Huff <dhuff@bluegrass-bs.example>", "text/plain", """Lena,

Thanks for the RFQ. We can help on three of the six:

item 3 - $3.36 each, ex-stock
item 4 - $18.40 per M, MOQ 10,000 pcs, 2 weeks
item 6 - $30.90 per kit, 5-6 weeks

items 1, 2 and 5 - no quote (not our products).

Prices firm until July 17, 2026. FCA Louisville, KY.

Darnell Huff
Bluegrass Bearing & Seal
4120 Poplar Level Rd, Louisville, KY 40213
502-555-0145

________________________________
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Tuesday, June 9, 2026 9:40 AM
To: sales@bluegrass-bs.example
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hello,

please quote the following by June 19, 2026:

""" + H.RFQ_TABLE + """

Regards,
Lena Marsh
Halvorsen Manufacturing
"""),
       "partial", "USD", "2026-07-17", "FCA",
       [nob(1), nob(2), line(3, 3.36, lead=0), line(4, 0.0184, lead=14, moq=10000), nob(5), line(6, 30.90, lead=42)],
       ["no-bid"])


# u696 a PDF quotation whose table has NO part-number column: each row restates the QUANTITY AND DESCRIPTION ("2,500 kg
# PA66 GF30 resin...", "90 sheets Alu sheet 5052-H32...", "800 m Hydraulic hose EN 853 2SN..."). Resin "$4.36 / kg"
# -> 4.36 per kg (KG line), 3 weeks -> 21 (Jul 3, before Jul 20). Sheet "$143.80 / sheet" -> 143.80 per EA, 4 weeks -> 28
# (Jul 10, before Aug 10). Hose "$4.58 / m" -> 4.58 per metre, 2 weeks -> 14. Quantities the RFQ's -> null. "Not quoted:
# ball bearings, O-rings, seal kits" (PDF) and "The bearings, O-rings and seal kits are not in our range - no quote"
# (body) -> lines 3, 4, 6 declined by description. "Quotation valid 30 days from date" (dated June 12, 2026) ->
# 2026-07-12 (not short); "CPT Rockford, IL" -> CPT. USD. Partial, no-bid.
assert plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 28) == "2026-07-10" and plus("2026-06-12", 21) == "2026-07-03"
assert close(2500 * 4.36, 10900.00) and close(90 * 143.80, 12942.00) and close(800 * 4.58, 3664.00)
X696 = [50, 110, 335, 410, 470]
P696 = check_page(
    [(50, 800, 14, "Fox Valley Materials Co."), (50, 786, 8, "2210 W. College Ave, Appleton, WI 54914  |  920-555-0152"),
     (400, 800, 13, "QUOTATION"), (400, 786, 9, "No. FV-26-0388"), (400, 774, 9, "Date: June 12, 2026"),
     (50, 756, 9, "To: Halvorsen Manufacturing - Lena Marsh"), (400, 756, 9, "Ref.: HM-RFQ-2611")]
    + row(716, X696, ["Quantity", "Description", "Unit price", "Extended", "Lead time"], 9)
    + row(698, X696, ["2,500 kg", "PA66 GF30 resin, heat stab., black, 25 kg bags", "$4.36 / kg", "$10,900.00", "3 weeks"])
    + row(682, X696, ["90 sheets", "Alu sheet 5052-H32, 3.0 x 1250 x 2500, PVC 1 side", "$143.80 / sheet", "$12,942.00", "4 weeks"])
    + row(666, X696, ["800 m", "Hydraulic hose EN 853 2SN, DN12, 275 bar", "$4.58 / m", "$3,664.00", "2 weeks"])
    + [(50, 640, 8, "Not quoted: ball bearings, O-rings, seal kits (not in our range)."),
       (50, 614, 8, "Prices in USD. CPT Rockford, IL (Incoterms 2020). Quotation valid 30 days from date."),
       (50, 602, 8, "Lead times from receipt of purchase order. Payment terms net 30 days."),
       (50, 570, 8, "Fox Valley Materials Co. - Jenna Krueger, Account Manager"),
       (500, 60, 7, "Page 1 of 1")])
blind("u696-pdf-no-part-column-quantity-and-description", H.with_attachment("Jenna Krueger <jkrueger@foxvalley-materials.example>", """Hi Lena,

Attached is our quotation FV-26-0388 for the resin, the aluminium sheet and the hose.
The bearings, O-rings and seal kits are not in our range - no quote on those.

Have a good weekend,
Jenna Krueger
Account Manager
Fox Valley Materials Co. | Appleton, WI | 920-555-0152""", "application/pdf", "FV-26-0388.pdf", pdf([P696])),
       "partial", "USD", "2026-07-12", "CPT",
       [line(1, 4.36, lead=21), line(2, 143.80, lead=28), nob(3), nob(4), line(5, 4.58, lead=14), nob(6)],
       ["no-bid"])


# u697 multipart/alternative (quoted-printable) from a Texas MRO house naming the lines by SHORT DESCRIPTION: "The
# bearings (SKF, as specified)" (line 3) "$3.41 each, stock" -> 3.41, 0. "The O-rings" (line 4) with column breaks
# 10,000 $0.0231 / 25,000 $0.0204 / 50,000 $0.0188 / 100,000 $0.0171: the 50,000 asked reach the 50,000 break ->
# 0.0188; 3 weeks -> 21 (Jul 3, before Aug 17). "The hose" (line 5) "$4.47 per metre", "800 m on two 400 m reels" = the
# 800 asked -> null; 2 weeks -> 14. Resin, sheet and seal kits are never mentioned -> missing-line. "Quote good through
# July 31, 2026" (not short); "FOB Houston, TX" -> FOB. USD. Partial.
assert 50000 <= 50000 < 100000 and 2 * 400 == 800 and plus("2026-06-12", 21) == "2026-07-03"
U697_TEXT = """Hi Lena,

Happy to quote part of HM-RFQ-2611 for you (USD):

The bearings (SKF, as specified): $3.41 each, stock.

The O-rings - price depends on quantity:
    Qty      10,000    25,000    50,000    100,000
    Each     $0.0231   $0.0204   $0.0188   $0.0171
  3 weeks.

The hose: $4.47 per metre, 800 m on two 400 m reels, 2 weeks.

Quote good through July 31, 2026. FOB Houston, TX.

Thanks,
Rosa Villarreal
Gulf Coast MRO Supply
7707 Harrisburg Blvd, Houston, TX 77012 | 713-555-0174"""
U697_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Lena,</p>
<p>Happy to quote part of HM-RFQ-2611 for you (USD):</p>
<p><b>The bearings</b> (SKF, as specified): $3.41 each, stock.</p>
<p><b>The O-rings</b> - price depends on quantity:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Qty</th><td>10,000</td><td>25,000</td><td>50,000</td><td>100,000</td></tr>
<tr><th>Each</th><td>$0.0231</td><td>$0.0204</td><td>$0.0188</td><td>$0.0171</td></tr>
</table>
<p>3 weeks.</p>
<p><b>The hose:</b> $4.47 per metre, 800 m on two 400 m reels, 2 weeks.</p>
<p>Quote good through July 31, 2026. FOB Houston, TX.</p>
<p>Thanks,<br>Rosa Villarreal<br>Gulf Coast MRO Supply<br>7707 Harrisburg Blvd, Houston, TX 77012 | 713-555-0174</p>
</body></html>"""
blind("u697-alt-short-descriptions-oring-break-columns", H.alternative("Rosa Villarreal <rvillarreal@gulfcoast-mro.example>", U697_TEXT, U697_HTML,
                                                                       cte="quoted-printable"),
       "partial", "USD", "2026-07-31", "FOB",
       [line(3, 3.41, lead=0), line(4, 0.0188, lead=21), line(5, 4.47, lead=14)],
       ["missing-line"])


# u698 a German hydraulics distributor writing English: its OWN ARTICLE NUMBER first and the buyer's part number IN
# BRACKETS, "all items exactly to your specification, no substitutes" -> cross-references, not alternates (null). Hose
# "Art. 71.2SN.12 (your HSE-2SN-08)" "EUR 3,94 / m", 3 weeks -> 3.94 per metre, 21 (Jul 3, before Sep 1). O-rings "Art.
# 88.0120.70 (your OR-0120-NBR70)" "EUR 17,60 per 1.000 pcs", from stock -> 0.0176, 0. Bearing "Art. 55.6205.2RS.C3
# (your BRG 6205-2RS)" "EUR 2,98", 1 week -> 2.98, 7. "Positions 1, 2 and 6 we cannot offer" -> declined. "Prices in
# EUR" -> EUR (currency-differs). "Offer valid until 24.07.2026" -> 2026-07-24 (not short); "FCA Duisburg" -> FCA.
# Partial.
assert close(17.60 / 1000, 0.0176) and plus("2026-06-12", 7) == "2026-06-19"
blind("u698-own-article-number-customer-pn-in-brackets-eur", H.msg("Frank Wüstefeld <f.wuestefeld@rheinhydraulik.example>", "text/plain", """Dear Ms Marsh,

thank you for your RFQ HM-RFQ-2611. Please find our offer below. Our article number comes first, your part
number in brackets - all items exactly to your specification, no substitutes. Prices in EUR, net.

Art. 55.6205.2RS.C3  (your BRG 6205-2RS)     400 pcs      EUR 2,98 each             1 week
Art. 88.0120.70      (your OR-0120-NBR70)    50.000 pcs   EUR 17,60 per 1.000 pcs   from stock
Art. 71.2SN.12       (your HSE-2SN-08)       800 m        EUR 3,94 / m              3 weeks

Positions 1, 2 and 6 we cannot offer.

Offer valid until 24.07.2026. Delivery FCA Duisburg (Incoterms 2020). Payment 30 days net.

Kind regards

Frank Wüstefeld
Vertrieb / Sales
Rhein-Hydraulik Handelsgesellschaft mbH
Hafenstraße 14, 47119 Duisburg, Germany
Tel. +49 203 555 0147

Geschäftsführer: Dr. M. Lenz | Amtsgericht Duisburg HRB 25 518 | USt-IdNr. DE 555 012 347
"""),
       "partial", "EUR", "2026-07-24", "FCA",
       [nob(1), nob(2), line(3, 2.98, "EUR", lead=7), line(4, 0.0176, "EUR", lead=0), line(5, 3.94, "EUR", lead=21), nob(6)],
       ["currency-differs", "no-bid"])


# u699 an Indiana resin and metals distributor MISTYPES both part numbers and adds a few words of description:
# "RES-PA66-G30 (PA66 30% glass, black, 25 kg bags)" is line 1's RES-PA66-GF30; "SHT-5025H32-030 (alu sheet 5052-H32,
# 3.0 x 1250 x 2500)" is line 2's SHT-5052H32-030 with two digits swapped (its own description says 5052). Resin breaks
# as rows 1,000 - 2,499 kg $4.52 / 2,500 - 4,999 kg $4.29 / 5,000 kg + $4.10: the 2,500 kg asked fall in 2,500 - 4,999
# -> 4.29 per kg; "ships 10 working days after PO" -> 14 (Jun 26, before Jul 20). Sheet "$146.50 per sheet", "90
# sheets" as asked -> null, 5 weeks -> 35 (Jul 17, before Aug 10). Bearings, O-rings, hose and kits never mentioned ->
# missing-line. "This quote is valid 14 days" from Fri 12 Jun -> 2026-06-26, earlier than Jul 3 -> validity-short. "EXW
# Hammond, IN" -> EXW. USD. Partial.
assert 2500 <= 2500 <= 4999 and workdays(10) == 14 and plus("2026-06-12", 14) == "2026-06-26" and plus("2026-06-12", 35) == "2026-07-17"
blind("u699-mistyped-pns-resin-break-rows-short-validity", H.msg("Brian Kowalski <bkowalski@calumet-rm.example>", "text/plain", """Hi Lena,

Pricing on the two items we handle, in USD:

RES-PA66-G30 (PA66 30% glass, black, 25 kg bags)
    1,000 - 2,499 kg     $4.52/kg
    2,500 - 4,999 kg     $4.29/kg
    5,000 kg +           $4.10/kg
    ships 10 working days after PO

SHT-5025H32-030 (alu sheet 5052-H32, 3.0 x 1250 x 2500, PVC film one side)
    $146.50 per sheet, 90 sheets, 5 weeks

This quote is valid 14 days - resin and aluminum are both moving right now.
EXW Hammond, IN.

Regards,
Brian Kowalski
Calumet Resin & Metals
1450 Calumet Ave, Hammond, IN 46320
219-555-0139
"""),
       "partial", "USD", "2026-06-26", "EXW",
       [line(1, 4.29, lead=14), line(2, 146.50, lead=35)],
       ["missing-line", "validity-short"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u700 a Polish turning shop writing English answers by ITEM NUMBER only ("Regarding item 1", "The 5th item", "Items 2, 3
# and 4"), above the buyer's request quoted in an Outlook block (V.RFQ_ROWS). Item 1 = the shaft, breaks as rows "100 pcs
# EUR 41,20 / 250 pcs EUR 38,70 / 500 pcs EUR 36,90": the 250 asked take the 250 break -> 38.70; "9-10 weeks" -> upper
# bound 70 (Aug 24, before Aug 28). The 5th item = the bracket set: "EUR 22,80 per set", 7 weeks -> 49 (Aug 3, before
# Oct 9). "Items 2, 3 and 4 we do not quote" -> declined. "Offer valid until 31.07.2026" (not short); "FCA Poznań" ->
# FCA. EUR. Partial, no-bid.
assert plus("2026-06-15", 70) == "2026-08-24" and days("2026-06-15", "2026-08-28") > 70 and plus("2026-06-15", 49) == "2026-08-03"
blind2("u700-item-numbers-only-shaft-break-rows-polish", V.msg("Tomasz Wielgosz <t.wielgosz@wielkopolska-cnc.example>", "text/plain", """Dear Mr Albers,

thank you for your inquiry. Regarding item 1, we offer:

   100 pcs   EUR 41,20 / pc
   250 pcs   EUR 38,70 / pc
   500 pcs   EUR 36,90 / pc
   delivery time 9-10 weeks (material 42CrMo4 QT from stock, grinding in house)

The 5th item we offer at EUR 22,80 per set (left + right bracket, screws included), delivery time 7 weeks.

Items 2, 3 and 4 we do not quote - castings and catalogue parts are not our business.

Offer valid until 31.07.2026. Delivery terms FCA Poznań (Incoterms 2020). Payment 30 days.

Best regards
Tomasz Wielgosz
Sales Department
Wielkopolska CNC Sp. z o.o.
ul. Przemysłowa 18, 61-064 Poznań, Poland
tel. +48 61 555 01 72

From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: Wednesday, 10 June 2026 14:22
To: biuro@wielkopolska-cnc.example
Subject: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Sir or Madam,

please send us your offer for the items below by 26 June 2026.

""" + "\n".join(f"{a:<6}{b:<20}{c:<44}{d:<7}{e:<5}{f}" for a, b, c, d, e, f in
                [("Item", "Part number", "Description", "Qty", "Unit", "Need by")] + V.RFQ_ROWS) + """

Kind regards
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH
"""),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 38.70, "EUR", lead=70), nob(2), nob(3), nob(4), line(5, 22.80, "EUR", lead=49)],
       ["no-bid"])


# u701 a Swiss pneumatics distributor, plain text in CHF (currency-differs), SHORTENED part numbers: "FIT-316-G12" with
# "straight connector G1/2 to 10 mm tube, 316L" is line 3's FIT-316-G12-10 (the only fitting): "CHF 4.18 each", "2'000 pcs
# from stock" -> 4.18, quantity as asked -> null, 0; the "Total CHF 8'360.00" is not a unit price. The cylinder "DSBC-32-80"
# (line 4, the only cylinder): "we do not sell Festo. Instead we offer our ISO 15552 cylinder SZ-ISO-32-0080-A" ->
# alternatePartNumber SZ-ISO-32-0080-A (alternate-part), "CHF 97.40 each", 4 weeks -> 28 (Jul 13, before Sep 11). Shaft,
# housing and brackets never mentioned -> missing-line. "Offer valid 30 days" from Mon 15 Jun -> 2026-07-15 (not short);
# "DAP Bielefeld" -> DAP. Partial.
assert close(2000 * 4.18, 8360.00) and plus("2026-06-15", 30) == "2026-07-15" and plus("2026-06-15", 28) == "2026-07-13"
blind2("u701-chf-shortened-pns-alternate-cylinder", V.msg("Reto Zimmermann <r.zimmermann@sz-pneumatik.example>", "text/plain", """Dear Mr Albers

Thank you for your enquiry VM-RFQ-4418. We can offer two positions; all prices in CHF, net, excluding VAT.

FIT-316-G12 - straight connector G1/2 to 10 mm tube, 316L
   CHF 4.18 each, 2'000 pcs from stock (Total CHF 8'360.00)

DSBC-32-80 - ISO cylinder bore 32, stroke 80
   We do not sell Festo. Instead we offer our ISO 15552 cylinder SZ-ISO-32-0080-A
   (bore 32, stroke 80, adjustable cushioning both ends, magnetic piston),
   CHF 97.40 each, delivery 4 weeks.

Offer valid 30 days. Delivery DAP Bielefeld (Incoterms 2020), customs clearance export by us.

Freundliche Grüsse / Kind regards
Reto Zimmermann
SZ Pneumatik AG
Industriestrasse 41, 8404 Winterthur, Switzerland
+41 52 555 01 93
"""),
       "partial", "CHF", "2026-07-15", "DAP",
       [line(3, 4.18, "CHF", lead=0), line(4, 97.40, "CHF", lead=28, alt="SZ-ISO-32-0080-A")],
       ["alternate-part", "currency-differs", "missing-line"])


# u702 an Italian foundry, HTML only with bilingual table headers and NO part-number column: the row restates the
# QUANTITY AND DESCRIPTION ("25 pz / pcs", "Gearbox housing EN-GJL-250, machined complete, primed RAL 7035") -> line 2
# (the only housing). "EUR 1.248,00" each -> 1248.00; "15-16 settimane / weeks" -> upper bound 112 -> Jun 15 + 112 =
# Oct 5, AFTER the Oct 2 need-by -> lead-time-after-need-by. "One-time pattern cost EUR 2.900,00" -> note (the table's
# "Totale" 31.200,00 is not a unit price). "Drive shafts, fittings, cylinders and sensor brackets are outside our
# scope - no offer" -> lines 1, 3, 4, 5 declined by description. "Offer valid 60 days" from Mon 15 Jun -> 2026-08-14 (not
# short); "FCA Brescia" -> FCA. EUR. Partial.
assert close(25 * 1248.00, 31200.00) and plus("2026-06-15", 112) == "2026-10-05" and days("2026-06-15", "2026-10-02") < 112
assert plus("2026-06-15", 60) == "2026-08-14"
blind2("u702-html-italian-foundry-quantity-description-late-pattern", V.msg("Chiara Bonomi <c.bonomi@fonderia-valtrompia.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Dear Mr Albers,</p>
<p>with reference to your request VM-RFQ-4418 we are pleased to submit our offer for the casting:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#808080">
<tr style="background:#DDEBF7"><th>Q.t&agrave; / Qty</th><th>Descrizione / Description</th><th>Prezzo unitario / Unit price</th><th>Totale / Total</th><th>Consegna / Delivery</th></tr>
<tr><td>25 pz / pcs</td><td>Gearbox housing EN-GJL-250, machined complete, primed RAL 7035</td><td>EUR 1.248,00</td><td>EUR 31.200,00</td><td>15-16 settimane / weeks</td></tr>
</table>
<p>One-time pattern cost EUR 2.900,00 (the pattern remains your property and is stored free of charge).</p>
<p>Drive shafts, fittings, cylinders and sensor brackets are outside our scope - no offer.</p>
<p>Offer valid 60 days. Delivery FCA Brescia (Incoterms 2020). Payment 60 days end of month.</p>
<p>Cordiali saluti / Best regards<br>
Chiara Bonomi<br>
Ufficio Commerciale<br>
Fonderia Valtrompia S.p.A.<br>
Via Artigiani 7, 25063 Gardone Val Trompia (BS) - Italy<br>
Tel. +39 030 555 0164</p>
</body></html>""", cte="quoted-printable"),
       "partial", "EUR", "2026-08-14", "FCA",
       [nob(1), line(2, 1248.00, "EUR", lead=112), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "no-bid", "note"])


# u703 a Dutch distributor's semicolon CSV with decimal commas: FIRST column its own article number ("Artikelnr."),
# SECOND the buyer's ("Uw artikel / Your part no."); the body: "second column is your part number; everything is quoted
# as specified, the cylinder is original Festo" -> cross-references, not alternates (null). Fitting "436,00" per 100 ->
# 4.36, "Aantal 2.000" = the 2,000 asked -> null, "1 week" -> 7 (Jun 22, before Aug 14). Cylinder "118,40" per 1 ->
# 118.40, "3 weeks" -> 21 (Jul 6, before Sep 11). Shaft, housing and brackets are nowhere -> missing-line. Body: "valid
# until 17-07-2026" -> 2026-07-17 (not short), "DAP Bielefeld" -> DAP. EUR. Partial.
assert close(436.00 / 100, 4.36) and plus("2026-06-15", 21) == "2026-07-06" and plus("2026-06-15", 7) == "2026-06-22"
U703_CSV = "\r\n".join([
    "Artikelnr.;Uw artikel / Your part no.;Omschrijving / Description;Aantal;Eenheid;Prijs EUR;Per;Levertijd",
    "RVS-KN-G12-10-316;FIT-316-G12-10;Rechte inschroefkoppeling G1/2 - 10 mm, RVS 316L;2.000;st;436,00;100;1 week",
    "FES-1376425;DSBC-32-80-PPVA-N3;Festo ISO-cilinder 32/80, PPVA, N3;120;st;118,40;1;3 weeks",
    ""]).encode("utf-8")
blind2("u703-csv-own-article-first-customer-pn-second", V.message("Sanne de Wit <s.dewit@ijssel-techniek.example>", multipart("mixed", "=_ijt_703_mix", [
        text_part("text/plain", """Dear Mr Albers,

Attached our quotation for the connectors and the cylinders (CSV, opens in Excel). The first column is our
article number, the second column is your part number; everything is quoted as specified - the cylinder is
original Festo.

Prices in EUR, valid until 17-07-2026. Delivery DAP Bielefeld (Incoterms 2020).

Met vriendelijke groet,
Sanne de Wit
IJssel Techniek B.V.
Zutphenseweg 120, 7418 AJ Deventer | +31 570 555 018
"""),
        file_part("text/csv", "offerte_VM-RFQ-4418.csv", U703_CSV)])),
       "partial", "EUR", "2026-07-17", "DAP",
       [line(3, 4.36, "EUR", lead=7), line(4, 118.40, "EUR", lead=21)],
       ["missing-line"])


# u704 multipart/alternative from a Portuguese sourcing house quoting ALL FIVE lines by SHORT DESCRIPTION only ("the
# shafts", "the gearbox housings", "the straight connectors", "the Festo cylinders (original Festo, as requested)", "the
# sensor bracket sets") - each description fits exactly one RFQ line. Shaft "EUR 39,60 each", 9 weeks -> 63 (Aug 17,
# before Aug 28). Housing "EUR 1.185,00 each", 14 weeks -> 98 (Sep 21, before Oct 2). Connector "EUR 4,49 each", 2 weeks
# -> 14 (Jun 29, before Aug 14). Cylinder "EUR 122,80 each", 5 weeks -> 35 (Jul 20, before Sep 11). Bracket set "EUR
# 25,30 per set", 6 weeks -> 42 (Jul 27, before Oct 9). Quantities not restated -> null. "This offer is valid for 6
# weeks" -> 42 days from Mon 15 Jun -> 2026-07-27 (not short); "DAP Bielefeld" -> DAP. EUR. Every line priced -> parsed.
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 42) == "2026-07-27"
assert plus("2026-06-15", 35) == "2026-07-20" and plus("2026-06-15", 14) == "2026-06-29"
U704_TEXT = """Dear Jonas,

Thank you for VM-RFQ-4418 - we can cover the whole list. Our prices (EUR, net):

- the shafts: EUR 39,60 each, 9 weeks
- the gearbox housings: EUR 1.185,00 each, 14 weeks
- the straight connectors: EUR 4,49 each, 2 weeks
- the Festo cylinders (original Festo, as requested): EUR 122,80 each, 5 weeks
- the sensor bracket sets: EUR 25,30 per set, 6 weeks

This offer is valid for 6 weeks. Delivery DAP Bielefeld (Incoterms 2020), consolidated in one shipment per
lead time.

Best regards,
Inês Carvalho
Key Account Manager
Atlântico Industrial Sourcing, Lda.
Rua do Progresso 210, 4470-440 Maia, Portugal | +351 22 555 0139"""
U704_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,sans-serif;font-size:10pt">
<p>Dear Jonas,</p>
<p>Thank you for VM-RFQ-4418 - we can cover the whole list. Our prices (EUR, net):</p>
<ul>
<li>the shafts: EUR 39,60 each, 9 weeks</li>
<li>the gearbox housings: EUR 1.185,00 each, 14 weeks</li>
<li>the straight connectors: EUR 4,49 each, 2 weeks</li>
<li>the Festo cylinders (original Festo, as requested): EUR 122,80 each, 5 weeks</li>
<li>the sensor bracket sets: EUR 25,30 per set, 6 weeks</li>
</ul>
<p>This offer is valid for 6 weeks. Delivery DAP Bielefeld (Incoterms 2020), consolidated in one shipment per
lead time.</p>
<p>Best regards,<br>In&ecirc;s Carvalho<br>Key Account Manager<br>Atl&acirc;ntico Industrial Sourcing, Lda.<br>
Rua do Progresso 210, 4470-440 Maia, Portugal | +351 22 555 0139</p>
</body></html>"""
blind2("u704-alt-portuguese-all-five-by-short-description", V.alternative("Inês Carvalho <i.carvalho@atlantico-is.example>", U704_TEXT, U704_HTML,
                                                                          "=_ais_alt_704", cte="quoted-printable"),
       "parsed", "EUR", "2026-07-27", "DAP",
       [line(1, 39.60, "EUR", lead=63), line(2, 1185.00, "EUR", lead=98), line(3, 4.49, "EUR", lead=14),
        line(4, 122.80, "EUR", lead=35), line(5, 25.30, "EUR", lead=42)],
       [])


if __name__ == "__main__":
    ROUND.write()
