#!/usr/bin/env python3
"""Writes replies u529..u544 (Corpus/u*.eml + expected u*.json) - the thirty-fourth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is PRICE BREAKS, MOQ AND PACKAGING: tier columns headed "1k+ / 5k+ / 10k+ / 25k+" in a typed table
(with the buyer's RFQ quoted below); "$0.189 ea @ 5,000" and "100 @ $44.20" lists in an HTML mail with a minimum run and
a fixture charge; full boxes of 1,500 rounding 20,000 screws up to 21,000 next to a spring MOQ above the quantity and a
minimum order VALUE with a small-order fee (a note, not an MOQ) under an Outlook original; an XLSX with break ROWS
under each part, "Price per" 1 pc / 100 m / 1000 pcs, MOQ and SPQ columns, a screw ladder whose next tier starts above
the quantity and springs quoted at their MOQ; cable in full 1,000 m reels whose reel count moves the order into the
next per-metre bracket; a spring maker asking whether a full lot is acceptable (a question, no quote); resin in full
1,000 kg pallets from a Dutch CSV in EUR; a Koyo bearing alternate and an O-ring ladder per 1,000 in "10k+" columns
with a minimum of two bags; hose in full 60 m coils priced per coil by coil-count band, in GBP, with a small-order
charge; a US MRO distributor's PDF with break rows for all six lines (multiples of a bag that divide the quantity
exactly); an O-ring moulder declining the whole RFQ because its minimum runs are far above the quantities; a German
"Staffelpreise" / VPE / Mindermengenzuschlag reply; a Czech shop's XLSX with batch-size price columns and a bracket
batch of 200 sets above the 150 asked; a Belgian HTML grid of shared quantity bands (each line falls in a different
band) with an own-brand cylinder; an Italian fitting maker whose scale starts at its 5,000 pc minimum; and a Swiss PDF
in CHF with a price per bag of 25, apostrophe thousands and a cylinder priced "s. Staffel".
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""

from make_corpus import line, nob, pdf, table_page, xlsx  # expected-line shapes, PDF and one-sheet workbook writers
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; date and amount helpers
from make_blind5 import check_page, file_part, multipart, text_part  # MIME parts, PDF layout check
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(529)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"



def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u529 a Wisconsin fastener and spring house, plain text: a typed table whose price columns are quantity tiers headed
# "1k+ / 5k+ / 10k+ / 25k+" (USD per piece). Gasket 5,000 sits exactly on the 5k+ tier -> 0.196; "4-5 wks" -> upper
# bound 35 (Jul 10, before Aug 3). Screws 20,000 lies between 10k and 25k -> the 10k+ column 0.0336; "stock" -> 0.
# Springs 8,000 lies between 5k and 10k -> 5k+ 0.0784; "6 wks" -> 42 (Jul 17, before Jul 27). "CBL-4C22-PUR and
# PLT-0915-R2: no quote" -> lines 2 and 4 declined. Quantities not restated -> null. "Pricing good for 60 days from
# today" from Fri 5 Jun -> 2026-08-04 (not short); "FOB Menomonee Falls, WI" -> FOB. The buyer's RFQ quoted below the
# signature (quantities 5,000 ... 8,000, need-by dates) is history, not a quote. Partial, no-bid.
assert 5000 <= 5000 < 10000 and 10000 <= 20000 < 25000 and 5000 <= 8000 < 10000
assert plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 60) == "2026-08-04"
sample("u529-text-tier-columns-1k-5k-10k-25k", S.msg("Dale Wojcik <dwojcik@menomonee-fastener.example>", "text/plain", """Hi Nora,

Thanks for sending NR-RFQ-0619 our way. Pricing is USD per piece by quantity break - I've shown the
whole ladder so you can see where the price steps if you ever consolidate releases.

Part no.         Description                    1k+      5k+      10k+     25k+     Lead time
---------------  -----------------------------  -------  -------  -------  -------  ---------
GSK-EPDM-80      EPDM gasket 80 x 62 x 3        0.248    0.196    0.174    0.158    4-5 wks
SCR-M4X10-A2     SHCS M4x10 ISO 4762 A2-70      0.0462   0.0391   0.0336   0.0298   stock
SPR-C0630-302    Comp spring 302SS .6x6.3x30    0.112    0.0784   0.0697   0.0615   6 wks

CBL-4C22-PUR and PLT-0915-R2: no quote, we dont carry cable or machined parts.

Pricing good for 60 days from today.  FOB Menomonee Falls, WI.

Regards,

Dale Wojcik
Inside Sales | Menomonee Fastener & Spring Co.
N88 W14250 Main St, Menomonee Falls, WI 53051
Ph 262-555-0193 | Fax 262-555-0194

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s)
and may contain confidential information. If you are not the intended recipient, please delete it.

On Tue, Jun 2, 2026 at 8:14 AM Nora Reyes <nreyes@northridge.example> wrote:
> Hello,
>
> Please quote the parts below for our AGV drive module. Quotes are due
> Friday, June 12, 2026.
>
> Line  Part no.        Qty      UoM  Need by
> 1     GSK-EPDM-80     5,000    EA   2026-08-03
> 2     CBL-4C22-PUR    1,500    M    2026-07-20
> 3     SCR-M4X10-A2    20,000   EA   2026-07-13
> 4     PLT-0915-R2     120      EA   2026-08-17
> 5     SPR-C0630-302   8,000    EA   2026-07-27
>
> Thank you,
> Nora Reyes
> Purchasing, Northridge
"""),
       "partial", "USD", "2026-08-04", "FOB",
       [line(1, 0.196, lead=35), nob(2), line(3, 0.0336, lead=0), nob(4), line(5, 0.0784, lead=42)],
       ["no-bid"])


# u530 HTML only (quoted-printable) from a shop that does CNC and die-cutting. Gasket as an inline "price ea @ quantity"
# list: "$0.231 ea @ 1,000 . $0.207 ea @ 2,500 . $0.189 ea @ 5,000 . $0.171 ea @ 10,000" -> 5,000 is on the 5,000
# tier -> 0.189; 3 weeks -> 21 (Jun 26, before Aug 3). Plate as a "quantity @ price" list "50 @ $48.90 / 100 @ $44.20 /
# 250 @ $39.75" -> 120 lies between 100 and 250 -> 44.20; "Minimum run 50 pcs" -> moq 50 (below the 120 asked, no
# deviation); "One-time fixture & programming charge $420.00" -> note; "6 weeks ARO" -> 42 (Jul 17, before Aug 17).
# Cable, screws and springs are never mentioned -> missing-line. "Prices held until 07/24/2026" -> 2026-07-24 (not
# short); "FCA Kankakee, IL" -> FCA. Partial.
assert 100 <= 120 < 250 and plus("2026-06-05", 21) == "2026-06-26" and plus("2026-06-05", 42) == "2026-07-17"
sample("u530-html-ea-at-lists-minimum-run-fixture", S.msg("Marisa Okonkwo <mokonkwo@kankakee-precision.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:10.5pt;color:#222222">
<p>Good morning Nora,</p>
<p>Thanks for the opportunity on NR-RFQ-0619. We run CNC and die-cutting under one roof, so we quoted the gasket and
the motor base plate. Pricing is USD per piece at each quantity:</p>
<p><b>GSK-EPDM-80</b> &ndash; EPDM 70A gasket, 80 OD x 62 ID x 3 mm, die-cut<br>
$0.231 ea @ 1,000 &middot; $0.207 ea @ 2,500 &middot; $0.189 ea @ 5,000 &middot; $0.171 ea @ 10,000<br>
Lead time: 3 weeks</p>
<p><b>PLT-0915-R2</b> &ndash; motor base plate, 10 mm 6082-T6, 4 x M6 tapped<br>
50 @ $48.90 / 100 @ $44.20 / 250 @ $39.75<br>
Minimum run 50 pcs. One-time fixture &amp; programming charge $420.00.<br>
Lead time: 6 weeks ARO</p>
<p>Prices held until 07/24/2026. FCA Kankakee, IL.</p>
<p>Thanks,<br>
Marisa Okonkwo<br>
Estimating | Kankakee Precision Works, Inc.<br>
1450 W Station St, Kankakee, IL 60901<br>
815-555-0177</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-07-24", "FCA",
       [line(1, 0.189, lead=21), line(4, 44.20, lead=42, moq=50)],
       ["missing-line", "note"])


# u531 Windows-1252 quoted-printable plain text with an Outlook "-----Original Message-----" block below (the buyer's
# five lines and quantities: history). Screws "Packed 1,500 pcs per box ... full boxes, so 14 boxes = 21,000 pcs"
# (20,000 / 1,500 = 13.3 -> 14 boxes) -> quantity 21000 (quantity-differs); "$46.80 per box" -> 46.80 / 1,500 = 0.0312;
# "From stock" -> 0. Springs "$0.0655 each", "MOQ 10,000 pcs" above the 8,000 asked -> moq 10000, moq-above-quantity;
# the quantity itself is not restated -> null; 5 weeks -> 35 (Jul 10, before Jul 27). Gasket "we have to decline" ->
# declined. Cable and plate never mentioned in the reply -> missing-line. "minimum order value is $300.00; orders under
# that carry a $40.00 small order fee" -> a value minimum with a charge: note, no MOQ from it. "good for 30 days" from
# Fri 5 Jun -> 2026-07-05 (not short); "FOB Charlotte, NC" -> FOB. Partial.
assert -(-20000 // 1500) == 14 and 14 * 1500 == 21000 and close(46.80 / 1500, 0.0312) and plus("2026-06-05", 30) == "2026-07-05"
sample("u531-cp1252-full-boxes-moq-min-order-value", S.msg("Tonya Barksdale <tbarksdale@carolina-fastener.example>", "text/plain", """Nora,

Thanks for the RFQ \u2013 see below. All USD, FOB Charlotte, NC.

SCR-M4X10-A2   SHCS M4 x 10 A2-70
    Packed 1,500 pcs per box and we only ship full boxes, so 14 boxes = 21,000 pcs
    $46.80 per box
    From stock

SPR-C0630-302   compression spring 302 SS
    $0.0655 each
    MOQ 10,000 pcs \u2013 these are coiled to order in one lot
    Lead time 5 weeks

GSK-EPDM-80 \u2013 we have to decline, we don\u2019t die-cut gaskets.

Our minimum order value is $300.00; orders under that carry a $40.00 small order fee.
Quote is good for 30 days.

Thanks,
Tonya Barksdale
Carolina Fastener Supply, LLC
4120 Westinghouse Blvd, Charlotte, NC 28273
O: 704-555-0152   C: 704-555-0198

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Wednesday, June 3, 2026 7:48 AM
To: quotes@carolina-fastener.example
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Good morning,

Please quote the following by June 12:

GSK-EPDM-80     Gasket EPDM 80x62x3          5,000 EA
CBL-4C22-PUR    Cable 4x22 AWG PUR           1,500 M
SCR-M4X10-A2    SHCS M4x10 A2-70            20,000 EA
PLT-0915-R2     Motor base plate               120 EA
SPR-C0630-302   Compression spring           8,000 EA

Regards,
Nora Reyes
""", charset="windows-1252", cte="quoted-printable"),
       "partial", "USD", "2026-07-05", "FOB",
       [nob(1), line(3, 0.0312, qty=21000, lead=0), line(5, 0.0655, lead=35, moq=10000)],
       ["missing-line", "moq-above-quantity", "no-bid", "note", "quantity-differs"])


# u532 an XLSX with break ROWS under each part ("Break from" + "Unit price USD" + "Price per"), MOQ and SPQ columns and
# a "Qty quoted" column; all five lines priced. Gasket breaks 1,000 / 5,000 / 10,000 per 1 pc -> 5,000 -> 0.193; MOQ
# 1,000 -> moq 1000; 4 wks -> 28 (Jul 3, before Aug 3). Cable breaks 1 / 1,000 / 3,000 m, "Price per" 100 m -> 1,500 m
# lies in the 1,000 m row: 139.00 / 100 = 1.39 per m; no MOQ -> null; 2 wks -> 14. Screws breaks 2,500 / 25,000 /
# 100,000 per 1000 pcs -> 20,000 lies below the 25,000 tier, so the 2,500 row applies: 36.90 / 1,000 = 0.0369; MOQ
# 2,500, SPQ 2,500 (20,000 = 8 x 2,500, quantity as asked -> null); stock -> 0. Plate breaks 50 / 100 / 250 per 1 pc ->
# 120 -> 43.60; MOQ 50; 6 wks -> 42 (Jul 17, before Aug 17). Springs: MOQ 10,000, "Qty quoted" 10,000 against 8,000
# requested, remark "quoted at MOQ" -> quantity 10000 (quantity-differs), moq 10000 (moq-above-quantity); the 10,000
# row per 1000 pcs -> 67.80 / 1,000 = 0.0678; 5 wks -> 35 (Jul 10, before Jul 27). Body: "valid until 31 July 2026"
# (not short), "CIP Columbus, OH" -> CIP. Every line priced -> parsed.
assert close(139.00 / 100, 1.39) and close(36.90 / 1000, 0.0369) and close(67.80 / 1000, 0.0678) and 8 * 2500 == 20000
assert 1000 <= 1500 < 3000 and 2500 <= 20000 < 25000 and 100 <= 120 < 250 and plus("2026-06-05", 28) == "2026-07-03"
U532_XLSX = xlsx([
    ["Delmarva Industrial Supply - Quotation DIS-Q-48817"],
    ["Customer: Northridge / Nora Reyes", "", "", "", "Your RFQ: NR-RFQ-0619", "", "Date: 06/05/2026"],
    [""],
    ["Part No.", "Description", "UoM", "Qty req.", "Qty quoted", "Break from", "Unit price USD", "Price per", "MOQ", "SPQ",
     "Lead time", "Remarks"],
    ["GSK-EPDM-80", "Gasket EPDM 70A 80x62x3", "EA", 5000, 5000, 1000, 0.214, "1 pc", 1000, 500, "4 wks", ""],
    ["", "", "", "", "", 5000, 0.193, "1 pc", "", "", "", ""],
    ["", "", "", "", "", 10000, 0.176, "1 pc", "", "", "", ""],
    ["CBL-4C22-PUR", "Cable 4x22 AWG shielded PUR black", "M", 1500, 1500, 1, 148.00, "100 m", "", "cut to length",
     "2 wks", ""],
    ["", "", "", "", "", 1000, 139.00, "100 m", "", "", "", ""],
    ["", "", "", "", "", 3000, 131.00, "100 m", "", "", "", ""],
    ["SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2-70", "EA", 20000, 20000, 2500, 36.90, "1000 pcs", 2500, 2500, "stock", ""],
    ["", "", "", "", "", 25000, 30.40, "1000 pcs", "", "", "", ""],
    ["", "", "", "", "", 100000, 27.10, "1000 pcs", "", "", "", ""],
    ["PLT-0915-R2", "Motor base plate 6082-T6, 4x M6", "EA", 120, 120, 50, 47.20, "1 pc", 50, 1, "6 wks", ""],
    ["", "", "", "", "", 100, 43.60, "1 pc", "", "", "", ""],
    ["", "", "", "", "", 250, 40.10, "1 pc", "", "", "", ""],
    ["SPR-C0630-302", "Compression spring 302SS 0.6x6.3x30", "EA", 8000, 10000, 10000, 67.80, "1000 pcs", 10000, 2500,
     "5 wks", "quoted at MOQ"],
    ["", "", "", "", "", 25000, 61.20, "1000 pcs", "", "", "", ""],
    [""],
    ["Prices in USD. Price breaks apply to the quantity of one line on one order."],
])
sample("u532-xlsx-break-rows-moq-spq-price-per", S.with_attachment("Greg Ostrowski <gostrowski@delmarva-industrial.example>", """Hi Nora,

Attached is our quotation DIS-Q-48817 for NR-RFQ-0619 - all five lines. Price breaks are on the rows
under each part. The springs are quoted at our 10,000 pc minimum.

Quote valid until 31 July 2026. CIP Columbus, OH (Incoterms 2020). Terms net 30.

Best,
Greg Ostrowski
Account Manager
Delmarva Industrial Supply
300 Water St, Wilmington, DE 19801
302-555-0116""", XLSX, "DIS-Q-48817.xlsx", U532_XLSX),
       "parsed", "USD", "2026-07-31", "CIP",
       [line(1, 0.193, lead=28, moq=1000), line(2, 1.39, lead=14), line(3, 0.0369, lead=0, moq=2500),
        line(4, 43.60, lead=42, moq=50), line(5, 0.0678, qty=10000, lead=35, moq=10000)],
       ["moq-above-quantity", "quantity-differs"])


# u533 multipart/alternative (text + HTML) from a wire and fastener house. Cable "on 1,000 m reels and ship full reels
# only, so your 1,500 m becomes 2 reels = 2,000 m" -> quantity 2000 (quantity-differs); the per-metre price is by
# number of reels on the order: "1 reel $1.49/m, 2-4 reels $1.38/m, 5+ reels $1.29/m" -> 2 reels -> 1.38 (the quoted
# quantity decides the break); "Ex-stock" -> 0. Screws "$.0355 ea @ 5,000 / $.0318 ea @ 20,000 / $.0290 ea @ 50,000"
# -> 20,000 is on the 20,000 tier -> 0.0318; 2 weeks -> 14 (Jun 19, before Jul 13). Gasket, plate and springs never
# mentioned -> missing-line. "only good for 10 days" from Fri 5 Jun -> 2026-06-15, earlier than Jun 26 ->
# validity-short. "FCA Louisville, KY" -> FCA. Partial.
assert -(-1500 // 1000) == 2 and plus("2026-06-05", 10) == "2026-06-15" and plus("2026-06-05", 14) == "2026-06-19"
U533_TEXT = """Nora -

Thanks for the RFQ. Two items from us:

CBL-4C22-PUR  4C/22 AWG shielded, PUR jacket, black
  We stock this on 1,000 m reels and ship full reels only, so your 1,500 m
  becomes 2 reels = 2,000 m.
  Price per metre, by number of reels on the order:
    1 reel ........ $1.49/m
    2-4 reels ..... $1.38/m
    5+ reels ...... $1.29/m
  Ex-stock.

SCR-M4X10-A2  SHCS M4x10 A2-70
  $.0355 ea @ 5,000 / $.0318 ea @ 20,000 / $.0290 ea @ 50,000
  2 weeks

Because copper moves daily this quote is only good for 10 days.
FCA Louisville, KY.

Brent Calloway
Derby City Wire & Fastener
2301 Crittenden Dr, Louisville, KY 40217
502-555-0189
"""
U533_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:10pt">
<div>Nora -</div><div><br></div>
<div>Thanks for the RFQ. Two items from us:</div><div><br></div>
<div><b>CBL-4C22-PUR</b>&nbsp; 4C/22 AWG shielded, PUR jacket, black</div>
<div>We stock this on 1,000 m reels and ship full reels only, so your 1,500 m becomes 2 reels = 2,000 m.</div>
<div>Price per metre, by number of reels on the order:</div>
<table cellpadding="2" style="font-size:10pt">
<tr><td>1 reel</td><td>$1.49/m</td></tr>
<tr><td>2-4 reels</td><td>$1.38/m</td></tr>
<tr><td>5+ reels</td><td>$1.29/m</td></tr>
</table>
<div>Ex-stock.</div><div><br></div>
<div><b>SCR-M4X10-A2</b>&nbsp; SHCS M4x10 A2-70</div>
<div>$.0355 ea @ 5,000 / $.0318 ea @ 20,000 / $.0290 ea @ 50,000</div>
<div>2 weeks</div><div><br></div>
<div>Because copper moves daily this quote is only good for 10 days.<br>FCA Louisville, KY.</div><div><br></div>
<div>Brent Calloway<br>Derby City Wire &amp; Fastener<br>2301 Crittenden Dr, Louisville, KY 40217<br>502-555-0189</div>
</body></html>"""
sample("u533-alt-full-reels-reel-count-bracket", S.alternative("Brent Calloway <bcalloway@derbycity-wire.example>", U533_TEXT, U533_HTML),
       "partial", "USD", "2026-06-15", "FCA",
       [line(2, 1.38, qty=2000, lead=0), line(3, 0.0318, lead=14)],
       ["missing-line", "quantity-differs", "validity-short"])


# u534 a spring maker asks, before quoting, whether the buyer can take a full production lot of 10,000 (4 bags of 2,500)
# instead of the 8,000 asked, and whether passivation is required; it promises a formal quote once answered. No price,
# no decline -> unparseable, no lines, no deviation kinds; classification "question".
sample("u534-question-full-lot-instead-of-8000", S.msg("Walt Prochaska <walt@prochaska-spring.example>", "text/plain", """Hi Nora,

Got your RFQ for the springs (SPR-C0630-302) and I want to get this right before I send numbers.

We coil this size in production lots of 10,000 pcs and bag them 2,500 to a bag. Your RFQ shows 8,000 pcs,
so two questions:

  1. Can you take a full lot of 10,000 (4 bags), or do you need exactly 8,000?
  2. Is passivation required on the 302 SS, or is as-coiled OK?

Once I hear back I'll get you a formal quote the same day.

Thanks,
Walt Prochaska
Prochaska Spring Works
5120 W 25th St, Cicero, IL 60804 | 708-555-0124
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u535 a Dutch engineering-plastics distributor, English body with a semicolon CSV (decimal commas, dot thousands).
# "All prices in EUR" -> EUR (currency-differs). Resin "full pallets of 1.000 kg (40 bags of 25 kg) only, so your
# 2.500 kg becomes 3 pallets = 3.000 kg" -> quantity 3000 kg (quantity-differs); the CSV's kg breaks 1.000 / 5.000 /
# 20.000 -> 3.000 kg lies in the 1.000 row -> 3,42 -> 3.42 per kg; "Minimum order is 1 pallet (1.000 kg)" -> moq 1000
# (below 2,500, no deviation); 3 weeks -> 21 (Jul 3, before Jul 20). "Sheet, bearings, O-rings, hose and seal kits: no
# quote" -> lines 2-6 declined. "valid until 31-07-2026" -> 2026-07-31 (not short); "FCA Rotterdam" -> FCA. Partial.
assert 3 * 1000 == 3000 and -(-2500 // 1000) == 3 and 1000 <= 3000 < 5000 and plus("2026-06-12", 21) == "2026-07-03"
U535_CSV = ("Part;Description;Packing;Qty (kg);Break from (kg);Price EUR/kg;Lead time\r\n"
            "RES-PA66-GF30;PA66 GF30 heat stabilised, black;25 kg bag / 1.000 kg pallet;3.000;1.000;3,42;3 weeks\r\n"
            ";;;;5.000;3,18;\r\n"
            ";;;;20.000;2,96;\r\n")
blind("u535-csv-eur-resin-full-pallets-kg-breaks", H.with_attachment("Sanne de Vries <s.devries@maasvlakte-polymeren.example>", """Dear Ms Marsh,

Thank you for your request HM-RFQ-2611. Please find our offer for the PA66 GF30 in the attached CSV file.

We deliver this grade on full pallets of 1.000 kg (40 bags of 25 kg) only, so your 2.500 kg becomes
3 pallets = 3.000 kg. The kg breaks are in the file. Minimum order is 1 pallet (1.000 kg).

Sheet, bearings, O-rings, hose and seal kits: no quote, these are not in our programme.

All prices in EUR, FCA Rotterdam (Incoterms 2020). Offer valid until 31-07-2026.

Met vriendelijke groet / Kind regards,

Sanne de Vries
Sales Engineering Plastics
Maasvlakte Polymeren B.V.
Waalhaven Z.z. 40, 3089 JH Rotterdam, The Netherlands
T +31 10 555 0147""", "text/csv", "offerte_HM-RFQ-2611.csv", U535_CSV.encode("utf-8")),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 3.42, "EUR", qty=3000, lead=21, moq=1000), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid", "quantity-differs"])


# u536 multipart/alternative (quoted-printable text + HTML) from an Ohio bearing and seal distributor. Bearing: "SKF is
# on allocation, so we offer Koyo", "Offered P/N: 6205-2RSC3" -> alternatePartNumber 6205-2RSC3 (alternate-part);
# tier columns "1-99 / 100-499 / 500-999 / 1,000+" -> 400 lies in 100-499 -> 3.94; "ex stock" -> 0. O-rings "price per
# 1,000 pcs" in columns "10k+ / 25k+ / 50k+ / 100k+" -> 50,000 sits on 50k+ -> 19.40 / 1,000 = 0.0194; "Minimum order
# 10,000 pcs (2 bags)" -> moq 10000 (below 50,000); "Packed 5,000 per bag" (50,000 = 10 bags, as asked -> null);
# 2 weeks -> 14 (Jun 26, before Aug 17). "The PX-200 seal kit we have to decline" -> line 6 declined. Resin, sheet and
# hose never mentioned -> missing-line. "Quote valid through 8/14/2026" -> 2026-08-14; "FCA Akron, OH" -> FCA. Partial.
assert 100 <= 400 < 500 and close(19.40 / 1000, 0.0194) and 10 * 5000 == 50000 and plus("2026-06-12", 14) == "2026-06-26"
U536_TEXT = """Hi Lena,

Thanks for HM-RFQ-2611. We can help on the bearings and the O-rings.

Bearings - SKF is on allocation, so we offer Koyo:
  Your P/N: BRG 6205-2RS
  Offered brand: Koyo     Offered P/N: 6205-2RSC3 (C3 clearance, contact seals)
  Price each, USD:
    1-99      100-499   500-999   1,000+
    $4.86     $3.94     $3.61     $3.37
  Ex stock.

O-rings OR-0120-NBR70, 12 x 2 mm NBR 70 black - price per 1,000 pcs, USD:
    10k+      25k+      50k+      100k+
    $24.60    $21.90    $19.40    $17.85
  Packed 5,000 per bag. Minimum order 10,000 pcs (2 bags). Lead time 2 weeks.

The PX-200 seal kit we have to decline - we don't do kitting.

Quote valid through 8/14/2026, FCA Akron, OH.

Kevin Marchetti
Summit Bearing & Seal Co.
1880 Brittain Rd, Akron, OH 44310
330-555-0171
"""
U536_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Lena,</p>
<p>Thanks for HM-RFQ-2611. We can help on the bearings and the O-rings.</p>
<p><b>Bearings</b> - SKF is on allocation, so we offer Koyo:<br>
Your P/N: BRG 6205-2RS<br>
Offered brand: Koyo&nbsp;&nbsp;&nbsp; Offered P/N: 6205-2RSC3 (C3 clearance, contact seals)</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#F2F2F2"><th>Price each, USD</th><th>1-99</th><th>100-499</th><th>500-999</th><th>1,000+</th></tr>
<tr><td>6205-2RSC3</td><td>$4.86</td><td>$3.94</td><td>$3.61</td><td>$3.37</td></tr>
</table>
<p>Ex stock.</p>
<p><b>O-rings OR-0120-NBR70</b>, 12 x 2 mm NBR 70 black - price per 1,000 pcs, USD:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#F2F2F2"><th>Part</th><th>10k+</th><th>25k+</th><th>50k+</th><th>100k+</th></tr>
<tr><td>OR-0120-NBR70</td><td>$24.60</td><td>$21.90</td><td>$19.40</td><td>$17.85</td></tr>
</table>
<p>Packed 5,000 per bag. Minimum order 10,000 pcs (2 bags). Lead time 2 weeks.</p>
<p>The PX-200 seal kit we have to decline - we don't do kitting.</p>
<p>Quote valid through 8/14/2026, FCA Akron, OH.</p>
<p>Kevin Marchetti<br>Summit Bearing &amp; Seal Co.<br>1880 Brittain Rd, Akron, OH 44310<br>330-555-0171</p>
</body></html>"""
blind("u536-alt-koyo-alternate-orings-10k-columns", H.alternative("Kevin Marchetti <kmarchetti@summit-bearing.example>", U536_TEXT, U536_HTML,
                                                                  cte="quoted-printable"),
      "partial", "USD", "2026-08-14", "FCA",
      [line(3, 3.94, lead=0, alt="6205-2RSC3"), line(4, 0.0194, lead=14, moq=10000), nob(6)],
      ["alternate-part", "missing-line", "no-bid"])


# u537 a UK hydraulics house, plain text, "All prices in GBP (£), ex VAT" -> GBP (currency-differs). Hose "Supplied in
# 60 m coils, full coils only - your 800 m = 14 coils (840 m)" (800 / 60 = 13.3 -> 14) -> quantity 840 m
# (quantity-differs); "Price per 60 m coil: 1-9 coils £249.00 | 10-24 coils £231.00 | 25+ coils £214.50" -> 14 coils
# -> 231.00 / 60 = 3.85 per m; "7-10 working days" -> upper bound 10 x 7/5 = 14 (Jun 26, before Sep 1). Seal kit
# "£27.40 per kit, min. 100 kits (250+ kits: £24.90)" -> 150 kits -> 27.40, moq 100 (below 150); 5 weeks -> 35 (Jul 17,
# before Sep 21). "minimum order value is £150.00 net; orders below that carry a £25.00 small-order handling charge" ->
# note. Resin, sheet, bearings and O-rings never mentioned -> missing-line. "Quotation valid 30 days" from Fri 12 Jun ->
# 2026-07-12 (not short); "FCA Wolverhampton" -> FCA. Partial.
assert -(-800 // 60) == 14 and 14 * 60 == 840 and close(231.00 / 60, 3.85) and workdays(10) == 14
assert plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 35) == "2026-07-17"
blind("u537-gbp-hose-full-coils-coil-bands-min-order-value", H.msg("Gareth Pugh <gareth.pugh@blackcountry-hydraulics.example>", "text/plain", """Hi Lena,

Many thanks for the enquiry (HM-RFQ-2611). We can offer the 2SN hose and the PX-200 seal kits.
All prices in GBP (\u00a3), ex VAT.

HSE-2SN-08  EN 853 2SN 1/2" (DN12) 275 bar
  Supplied in 60 m coils, full coils only - your 800 m = 14 coils (840 m).
  Price per 60 m coil:  1-9 coils \u00a3249.00 | 10-24 coils \u00a3231.00 | 25+ coils \u00a3214.50
  Lead time 7-10 working days

KIT-PX200-SEAL  seal kit, 2 lip seals + 4 O-rings + 1 gasket, bagged & labelled
  \u00a327.40 per kit, min. 100 kits (250+ kits: \u00a324.90)
  Lead time 5 weeks

Please note our minimum order value is \u00a3150.00 net; orders below that carry a \u00a325.00 small-order handling charge.

Quotation valid 30 days. FCA Wolverhampton (Incoterms 2020).

Kind regards,
Gareth Pugh
Sales - Black Country Hydraulics Ltd
Unit 7, Steelhouse Lane Trading Estate, Wolverhampton WV2 2AE
Tel: +44 1902 555 0136
Registered in England No. 04829117
""", cte="quoted-printable"),
      "partial", "GBP", "2026-07-12", "FCA",
      [line(5, 3.85, "GBP", qty=840, lead=14), line(6, 27.40, "GBP", lead=35, moq=100)],
      ["currency-differs", "missing-line", "note", "quantity-differs"])


# u538 a US MRO distributor's PDF quotation (text layer) with BREAK ROWS for all six lines, the first row of each part
# carrying the part and the lead time. Resin breaks "1,000 kg+ $3.96 / 5,000 kg+ $3.71" per kg -> 2,500 kg -> 3.96;
# "6-7 wks" -> 49 -> Jun 12 + 49 = Jul 31, AFTER the Jul 20 need-by -> lead-time-after-need-by. Sheet "1-49 / 50-99 /
# 100+" -> 90 -> 146.20; 3 wks -> 21. Bearing "1+ / 250+ / 1,000+" -> 400 -> 3.58; stock -> 0. O-rings per M (the
# legend: M = per 1,000 pcs) "10,000+ / 50,000+ / 250,000+" -> 50,000 -> 19.90 / 1,000 = 0.0199; "sold in multiples of
# 2,000 pcs" (50,000 = 25 bags, as asked -> null); 2 wks -> 14. Hose per m "1-499 m / 500 m+" -> 800 m -> 4.41; 3 wks
# -> 21. Seal kit "100+ / 250+" per set -> 150 -> 33.80; "minimum order 100 sets" -> moq 100; 6 wks -> 42 (Jul 24,
# before Sep 21). "valid until 07/31/2026" (not short); "FOB Joliet, IL" -> FOB. Every line priced -> parsed.
assert 1000 <= 2500 < 5000 and 50 <= 90 < 100 and 250 <= 400 < 1000 and 50000 <= 50000 < 250000 and 500 <= 800
assert close(19.90 / 1000, 0.0199) and 25 * 2000 == 50000 and plus("2026-06-12", 49) == "2026-07-31"
U538_PAGE = check_page(table_page(
    "Prairie State Industrial Supply - Quotation PSQ-260612-08",
    ["Ln", "Part No.", "Description", "Qty", "Break", "Unit Price", "Per", "Lead Time"],
    [["1", "RES-PA66-GF30", "PA66 GF30 HS black, 25 kg bags", "2,500 kg", "1,000 kg+", "$3.96", "kg", "6-7 wks"],
     ["", "", "", "", "5,000 kg+", "$3.71", "kg", ""],
     ["2", "SHT-5052H32-030", "5052-H32 3.0x1250x2500, PVC 1S", "90", "1-49", "$151.30", "sheet", "3 wks"],
     ["", "", "", "", "50-99", "$146.20", "sheet", ""],
     ["", "", "", "", "100+", "$139.90", "sheet", ""],
     ["3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3, SKF", "400", "1+", "$4.12", "ea", "stock"],
     ["", "", "", "", "250+", "$3.58", "ea", ""],
     ["", "", "", "", "1,000+", "$3.21", "ea", ""],
     ["4", "OR-0120-NBR70", "O-ring 12 x 2 NBR70 black", "50,000", "10,000+", "$23.40", "M", "2 wks"],
     ["", "", "", "", "50,000+", "$19.90", "M", ""],
     ["", "", "", "", "250,000+", "$16.80", "M", ""],
     ["5", "HSE-2SN-08", "Hose EN 853 2SN DN12 275 bar", "800 m", "1-499 m", "$4.78", "m", "3 wks"],
     ["", "", "", "", "500 m+", "$4.41", "m", ""],
     ["6", "KIT-PX200-SEAL", "Seal kit PX-200, bagged + labelled", "150 sets", "100+", "$33.80", "set", "6 wks"],
     ["", "", "", "", "250+", "$30.10", "set", ""]],
    ["Per: M = per 1,000 pcs. O-rings are packed 2,000 per bag and sold in multiples of 2,000 pcs.",
     "Seal kits: minimum order 100 sets.",
     "All prices in USD. Quotation valid until 07/31/2026.",
     "Terms: FOB Joliet, IL (Incoterms 2020). Net 30 days.",
     "Prairie State Industrial Supply, 2400 Channahon Rd, Joliet, IL 60436 - 815-555-0153"],
    [22, 86, 150, 52, 58, 56, 34, 60]))
blind("u538-pdf-break-rows-all-six-lines", H.with_attachment("Tom Kaczmarek <tkaczmarek@prairiestate-supply.example>", """Hi Lena,

Attached is our quote PSQ-260612-08 covering all six lines of HM-RFQ-2611. Breaks are listed under
each item; let me know if you want pricing at a different release quantity.

Thanks,
Tom Kaczmarek
Outside Sales, Prairie State Industrial Supply
815-555-0153 (office) | 815-555-0190 (cell)""", "application/pdf", "PSQ-260612-08.pdf", pdf([U538_PAGE])),
      "parsed", "USD", "2026-07-31", "FOB",
      [line(1, 3.96, lead=49), line(2, 146.20, lead=21), line(3, 3.58, lead=0), line(4, 0.0199, lead=14),
       line(5, 4.41, lead=21), line(6, 33.80, lead=42, moq=100)],
      ["lead-time-after-need-by"])


# u539 a custom O-ring and seal-kit moulder declines the whole RFQ: its minimum runs (250,000 O-rings of a size, 1,000
# assembled kits) are far above the 50,000 and 150 asked, and the resin, sheet, bearings and hose are outside its
# scope - "we therefore have to decline to quote HM-RFQ-2611 in full". Every line declined: six noBid lines (the
# minimum runs are the reason, not MOQs of a quote), currency / validUntil / incoterms null, status no-bid.
blind("u539-moulder-minimum-runs-full-no-bid", H.msg("Rachel Nguyen <rnguyen@elastoform-molding.example>", "text/plain", """Dear Lena,

Thank you for thinking of Elastoform on HM-RFQ-2611.

We are a custom compression and injection moulder. Our minimum runs are 250,000 pcs for an O-ring size
and 1,000 sets for an assembled seal kit, so the 50,000 O-rings and 150 kits you need are well below
what we can run economically. The resin, sheet, bearings and hose are outside our scope altogether.

We therefore have to decline to quote HM-RFQ-2611 in full. Should your annual volumes grow, we would
welcome the chance to look at it again.

Best regards,
Rachel Nguyen
Customer Service Manager
Elastoform Molding Inc.
77 Industrial Park Dr, Dover, NH 03820
603-555-0144

This message may contain confidential information. If you received it in error, please notify the
sender and delete it.
"""),
      "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u540 a German fluid-power distributor, ISO-8859-1 quoted-printable, with the buyer's German RFQ quoted below
# ("-----Ursprüngliche Nachricht-----"). Fitting "Staffelpreise je Stück: ab 500 Stk 4,38 / ab 1.000 Stk 4,06 / ab
# 2.500 Stk 3,71 EUR" -> 2,000 lies in "ab 1.000" -> 4.06; "VPE 50 Stk (2.000 Stk = 40 VPE)" -> as asked -> null; "ab
# Lager" -> 0. Cylinder (Festo original) "ab 1 St. 112,40 / ab 10 St. 104,90 / ab 100 St. 98,70 EUR" -> 120 -> 98.70;
# "ca. 3-4 Wochen" -> 28 (Jul 13, before Sep 11). "Mindestauftragswert 150,00 EUR netto; ... Mindermengenzuschlag von
# 15,00 EUR" -> a value minimum with a small-quantity surcharge: note. Positions 1, 2 and 5 are not mentioned in the
# reply (only in the quoted RFQ) -> missing-line. "Angebot gültig bis 31.07.2026" -> 2026-07-31; "FCA Mannheim" -> FCA.
# EUR. Partial.
assert 1000 <= 2000 < 2500 and 100 <= 120 and 40 * 50 == 2000 and plus("2026-06-15", 28) == "2026-07-13"
blind2("u540-german-staffelpreise-vpe-mindermengenzuschlag", V.msg("Markus Lehnert <m.lehnert@rn-fluidtechnik.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen an:

Pos. 3  FIT-316-G12-10
        Gerade Einschraubverschraubung G1/2 - Rohr 10 mm, Edelstahl 1.4404 (316L)
        Staffelpreise je Stück:
          ab   500 Stk      4,38 EUR
          ab 1.000 Stk      4,06 EUR
          ab 2.500 Stk      3,71 EUR
        VPE 50 Stk (2.000 Stk = 40 VPE)
        Lieferzeit: ab Lager

Pos. 4  DSBC-32-80-PPVA-N3 (Festo, Original)
        Normzylinder ISO 15552, Kolben 32 mm, Hub 80 mm, einstellbare Endlagendämpfung
        Staffelpreise je Stück:
          ab   1 St.      112,40 EUR
          ab  10 St.      104,90 EUR
          ab 100 St.       98,70 EUR
        Lieferzeit: ca. 3-4 Wochen

Mindestauftragswert 150,00 EUR netto; bei Aufträgen darunter berechnen wir einen
Mindermengenzuschlag von 15,00 EUR.

Lieferung FCA Mannheim (Incoterms 2020), zzgl. MwSt. Zahlung 30 Tage netto.
Angebot gültig bis 31.07.2026.

Mit freundlichen Grüßen

i.A. Markus Lehnert
Vertrieb Innendienst

Rhein-Neckar Fluidtechnik GmbH
Industriestraße 14, 68169 Mannheim
Tel. +49 621 555 0183
Geschäftsführer: Dr. Anja Wirth | Amtsgericht Mannheim HRB 712345

-----Ursprüngliche Nachricht-----
Von: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Gesendet: Mittwoch, 10. Juni 2026 14:22
An: vertrieb@rn-fluidtechnik.example
Betreff: Anfrage VM-RFQ-4418

Sehr geehrte Damen und Herren,

bitte bieten Sie uns bis 26.06.2026 an:

Pos. 1  SH-2231-C rev B      Antriebswelle 42CrMo4           250 Stk
Pos. 2  HSG-1180-GJL         Getriebegehäuse EN-GJL-250       25 Stk
Pos. 3  FIT-316-G12-10       Einschraubverschraubung G1/2   2000 Stk
Pos. 4  DSBC-32-80-PPVA-N3   Normzylinder 32/80              120 Stk
Pos. 5  2231-004-03          Sensorhalter-Set L+R            150 Set

Mit freundlichen Grüßen
Jonas Albers
""", charset="iso-8859-1", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(3, 4.06, "EUR", lead=0), line(4, 98.70, "EUR", lead=28)],
       ["missing-line", "note"])


# u541 a Czech machine shop writing English, an XLSX with BATCH-SIZE price columns "Price EUR @ 100 / 200 / 250 / 500"
# shared by two parts. Shaft: requested and quoted 250, MOQ 100 -> the @ 250 column 44.60; moq 100 (below 250);
# "8 weeks" -> 56 (Aug 10, before Aug 28). Bracket set: "minimum batch for the bracket sets is 200 sets and we have
# quoted 200 sets", "Qty quoted" 200, MOQ 200 -> quantity 200 (quantity-differs), moq 200 above the 150 asked
# (moq-above-quantity); its cells are @ 200 = 17.80 and @ 500 = 15.90 -> the quoted 200 takes 17.80 per SET; "6 weeks"
# -> 42 (Jul 27, before Oct 9). Housing, fitting and cylinder "no quote" -> declined. "Validity of offer 30 days" from
# Mon 15 Jun -> 2026-07-15 (not short); "DAP Bielefeld" -> DAP. EUR. Partial.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 42) == "2026-07-27" and plus("2026-06-15", 30) == "2026-07-15"
U541_XLSX = xlsx([
    ["Strojírna Hranice s.r.o. - Offer NAB-26-0412"],
    ["Customer", "Vossberg Maschinenbau", "", "Inquiry", "VM-RFQ-4418", "", "Date", "15.06.2026"],
    [""],
    ["Pos.", "Part no.", "Description", "Qty req.", "Qty quoted", "MOQ", "Price EUR @ 100", "Price EUR @ 200",
     "Price EUR @ 250", "Price EUR @ 500", "Lead time", "Remark"],
    [1, "SH-2231-C rev B", "Drive shaft 42CrMo4 QT, 30 h6 x 412, keyway 8 P9", 250, 250, 100, 48.90, "", 44.60, 41.20,
     "8 weeks", ""],
    [2, "HSG-1180-GJL", "Gearbox housing EN-GJL-250", 25, "", "", "", "", "", "", "", "no quote"],
    [3, "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", 2000, "", "", "", "", "", "", "", "no quote"],
    [4, "DSBC-32-80-PPVA-N3", "Cylinder ISO 15552 32/80", 120, "", "", "", "", "", "", "", "no quote"],
    [5, "2231-004-03", "Sensor bracket set L+R, EN AW-6082 T6, black anodised", 150, 200, 200, "", 17.80, "", 15.90,
     "6 weeks", "min. batch 200 sets (anodising lot)"],
    [""],
    ["Prices per piece (pos. 5: per set), EUR, DAP Bielefeld."],
])
blind2("u541-czech-xlsx-batch-columns-bracket-batch-200", V.message("Petr Dvořák <p.dvorak@strojirna-hranice.example>", multipart("mixed", "=_b34_hranice_0412", [
    text_part("text/plain", """Dear Mr. Albers,

thank you for your inquiry VM-RFQ-4418. Enclosed please find our offer no. NAB-26-0412 (xlsx) for the
drive shaft and the sensor bracket sets.

Prices are in EUR per piece / per set for the batch sizes given in the columns. Anodising is done in
lots, so the minimum batch for the bracket sets is 200 sets and we have quoted 200 sets.

Housing, fitting and cylinder: no quote - not our production.

Delivery DAP Bielefeld. Validity of offer 30 days.

Best regards
Petr Dvořák
Sales manager
Strojírna Hranice s.r.o.
Tovární 1152, 753 01 Hranice, Czech Republic
tel. +420 581 555 019
"""),
    file_part(XLSX, "NAB-26-0412.xlsx", U541_XLSX)])),
       "partial", "EUR", "2026-07-15", "DAP",
       [line(1, 44.60, "EUR", lead=56, moq=100), nob(2), nob(3), nob(4), line(5, 17.80, "EUR", qty=200, lead=42, moq=200)],
       ["moq-above-quantity", "no-bid", "quantity-differs"])


# u542 a Belgian industrial supplier, HTML only (quoted-printable): ONE grid of quantity bands "1-49 / 50-199 / 200-999
# / 1.000+" shared by all five lines, decimal commas and dot thousands, "your quantity decides the band". Shaft 250 ->
# 200-999 -> 46,90 -> 46.90; 9 weeks -> 63 (Aug 17, before Aug 28). Housing 25 -> 1-49 -> 1.186,00 -> 1186.00; 14 weeks
# -> 98 (Sep 21, before Oct 2). Fitting 2,000 -> 1.000+ -> 4,18 -> 4.18; ex stock -> 0. Cylinder: pos. 4 row carries
# the vendor's own VX-15552-32-80-A, and the note says it is offered instead of the Festo -> alternatePartNumber
# VX-15552-32-80-A (alternate-part); 120 -> 50-199 -> 96,40 -> 96.40; "10 working days" -> 14. Bracket set 150 ->
# 50-199 -> 19,60 -> 19.60 per set; 7 weeks -> 49 (Aug 3, before Oct 9). "Offer valid 60 days" from Mon 15 Jun ->
# 2026-08-14 (not short); "DAP Bielefeld" -> DAP. EUR. Every line priced (an alternate counts) -> parsed.
assert 200 <= 250 < 1000 and 1 <= 25 < 50 and 2000 >= 1000 and 50 <= 120 < 200 and 50 <= 150 < 200
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 98) == "2026-09-21" and workdays(10) == 14
assert plus("2026-06-15", 60) == "2026-08-14"
U542_ROWS = [("1", "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412, keyway 8 P9", "61,80", "52,40", "46,90", "42,10", "9 weeks"),
             ("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, primed RAL 7035", "1.186,00", "1.092,00", "&ndash;", "&ndash;", "14 weeks"),
             ("3", "FIT-316-G12-10", "Male connector G1/2 - 10 mm tube, 316L", "6,95", "5,80", "4,72", "4,18", "ex stock"),
             ("4", "VX-15552-32-80-A", "ISO 15552 cylinder 32/80, adj. cushioning (own brand)", "104,50", "96,40", "91,20", "&ndash;", "10 working days"),
             ("5", "2231-004-03", "Sensor bracket set L+R with screws, black anodised", "24,90", "19,60", "17,40", "&ndash;", "7 weeks")]
blind2("u542-html-shared-quantity-bands-own-brand-cylinder", V.msg("Luc Vandenberghe <l.vandenberghe@meuse-industrie.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr Albers,</p>
<p>Thank you for your request VM-RFQ-4418. Please find our quotation OF-2026-0615-3 below. Prices are in EUR per piece
(per set for pos. 5) by quantity band &ndash; your quantity decides the band.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#DDE4EE"><th>Pos.</th><th>Part number</th><th>Description</th><th>1-49</th><th>50-199</th><th>200-999</th><th>1.000+</th><th>Lead time</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U542_ROWS) + """
</table>
<p>Pos. 4: instead of the Festo DSBC-32-80-PPVA-N3 we offer our own-brand cylinder VX-15552-32-80-A, fully
interchangeable to ISO 15552.</p>
<p>Offer valid 60 days. Incoterms 2020: DAP Bielefeld. Payment 30 days end of month.</p>
<p>Kind regards,<br>
Luc Vandenberghe<br>
Account Manager Germany<br>
Meuse Industrie Services SA<br>
Rue de l'Abattoir 12, 4000 Li&egrave;ge, Belgium<br>
+32 4 555 01 62 | TVA BE 0412.345.678</p>
</body></html>""", cte="quoted-printable"),
       "parsed", "EUR", "2026-08-14", "DAP",
       [line(1, 46.90, "EUR", lead=63), line(2, 1186.00, "EUR", lead=98), line(3, 4.18, "EUR", lead=0),
        line(4, 96.40, "EUR", lead=14, alt="VX-15552-32-80-A"), line(5, 19.60, "EUR", lead=49)],
       ["alternate-part"])


# u543 an Italian stainless-fitting maker writing English, plain text. Fitting "Minimum order quantity: 5.000 pcs per
# code" above the 2,000 asked -> moq 5000 (moq-above-quantity); the quantity is not restated -> null; its price scale
# STARTS at the minimum ("from 5.000 pcs EUR 2,94 / from 10.000 pcs EUR 2,71 / from 25.000 pcs EUR 2,48") -> the
# smallest order it accepts is priced by the first tier -> 2.94; "4 weeks from order confirmation" -> 28 (Jul 13,
# before Aug 14). "Positions 1, 2, 4 and 5 are not our production: no quote" -> declined. "Offer valid until
# 15/07/2026" -> 2026-07-15 (not short); "EXW Lumezzane (BS)" -> EXW. EUR. Partial.
assert plus("2026-06-15", 28) == "2026-07-13"
blind2("u543-italian-scale-starts-at-moq-5000", V.msg("Chiara Bertoli <c.bertoli@raccorderie-valgobbia.example>", "text/plain", """Dear Mr. Albers,

good morning and thank you for the inquiry VM-RFQ-4418.

We are manufacturer of stainless steel fittings, so we can offer only the position 3:

Pos. 3 - FIT-316-G12-10 - raccordo diritto maschio G1/2 x tubo 10 mm, AISI 316L
  Minimum order quantity: 5.000 pcs per code (one production lot)
  Price scale:
    from  5.000 pcs    EUR 2,94 /pc
    from 10.000 pcs    EUR 2,71 /pc
    from 25.000 pcs    EUR 2,48 /pc
  Delivery: 4 weeks from order confirmation

Positions 1, 2, 4 and 5 are not our production: no quote.

Terms: EXW Lumezzane (BS), Incoterms 2020. Payment: bank transfer 60 days e.o.m.
Offer valid until 15/07/2026.

Best regards / Distinti saluti

Chiara Bertoli
Ufficio Commerciale
Raccorderie Val Gobbia S.r.l.
Via Matteotti 88, 25065 Lumezzane (BS) - Italy
Tel. +39 030 555 0149
P.IVA IT01234560987
"""),
       "partial", "EUR", "2026-07-15", "EXW",
       [nob(1), nob(2), line(3, 2.94, "EUR", lead=28, moq=5000), nob(4), nob(5)],
       ["moq-above-quantity", "no-bid"])


# u544 a Swiss pneumatics distributor: German body, PDF quotation (text layer) in CHF (currency-differs) with apostrophe
# thousands. Fitting "96.25" per "Beutel à 25" -> 96.25 / 25 = 3.85 each; "2'000 Stk" = 80 bags, as asked -> null
# (Total 7'700.00 = 80 x 96.25 is not a price); "ab Lager" -> 0. Cylinder "Preis CHF: s. Staffel", scale below the
# table "ab 1 Stk 129.80 / ab 25 Stk 121.40 / ab 100 Stk 114.60" -> 120 -> 114.60 (Total 13'752.00 = 120 x 114.60
# agrees); "3 Wochen" -> 21 (Jul 6, before Sep 11). "Pos. 1, 2 und 5: kein Angebot" -> declined. "Angebotsdatum:
# 15.06.2026. Gültigkeit: 14 Tage" -> 2026-06-29, earlier than Jul 10 -> validity-short. "FCA Dietikon" -> FCA. Partial.
assert close(96.25 / 25, 3.85) and close(80 * 96.25, 7700) and close(120 * 114.60, 13752) and 80 * 25 == 2000
assert plus("2026-06-15", 14) == "2026-06-29" and days("2026-06-15", "2026-07-06") == 21
U544_PAGE = check_page(table_page(
    "Limmat Pneumatik AG - Angebot AN-26-1187",
    ["Pos", "Artikel-Nr.", "Bezeichnung", "Menge", "Preis CHF", "Preiseinheit", "Total CHF", "Lieferzeit"],
    [["3", "FIT-316-G12-10", "Verschraubung G1/2-10, 1.4404", "2'000 Stk", "96.25", "Beutel à 25", "7'700.00", "ab Lager"],
     ["4", "DSBC-32-80-PPVA-N3", "Normzylinder ISO 15552, Festo", "120 Stk", "s. Staffel", "1 Stk", "13'752.00", "3 Wochen"]],
    ["Staffelpreise Pos. 4 (CHF je Stk): ab 1 Stk 129.80 / ab 25 Stk 121.40 / ab 100 Stk 114.60",
     "Pos. 1, 2 und 5: kein Angebot (nicht in unserem Sortiment).",
     "Preise in CHF, exkl. MWST. Lieferbedingung: FCA Dietikon (Incoterms 2020).",
     "Angebotsdatum: 15.06.2026. Gültigkeit: 14 Tage.",
     "Limmat Pneumatik AG, Riedstrasse 9, 8953 Dietikon - Tel. +41 44 555 01 72"],
    [24, 100, 140, 46, 54, 60, 54, 50]))
blind2("u544-swiss-pdf-chf-bag-of-25-staffel", V.message("Beat Zürcher <b.zuercher@limmat-pneumatik.example>", multipart("mixed", "=_b34_limmat_1187", [
    text_part("text/plain", """Grüezi Herr Albers

Besten Dank für Ihre Anfrage VM-RFQ-4418. Im Anhang erhalten Sie unser Angebot AN-26-1187
für die Positionen 3 und 4.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Beat Zürcher
Verkauf Pneumatik
Limmat Pneumatik AG
Riedstrasse 9, 8953 Dietikon
Tel. +41 44 555 01 72
"""),
    file_part("application/pdf", "AN-26-1187.pdf", pdf([U544_PAGE]))]), subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "CHF", "2026-06-29", "FCA",
       [nob(1), nob(2), line(3, 3.85, "CHF", lead=0), line(4, 114.60, "CHF", lead=21), nob(5)],
       ["currency-differs", "no-bid", "validity-short"])


if __name__ == "__main__":
    ROUND.write()
