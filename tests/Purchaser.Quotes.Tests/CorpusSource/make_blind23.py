#!/usr/bin/env python3
"""Writes replies u353..u368 (Corpus/u*.eml + expected u*.json) - the twenty-third blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the twenty-two earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is TABLES TYPED BY HAND IN THE EMAIL BODY: markdown tables with outer pipes and
alignment colons (":---:", "---:"), a GitHub-style table without outer pipes, a pipe table typed without any padding,
columns that no longer line up because they were typed in a proportional font, headers split over two lines ("Unit"
over "Price", "Lead" over "Time", "Unit price" over "EUR", "Delivery" over "weeks"), units carried in the header
("Price (USD/100)", "LT (wks)", "MOQ (pcs)", "USD/M 50k+", "Price (GBP)"), a "Per" column ("100 pcs", "25 kg bag"), a
totals row under a blank separator row, a table that puts the vendor's own stock codes first and the customer's part
numbers second, rows whose long description spills onto the next line(s), "n/a", "--" and "–" in cells that are not
quoted (each explained in the mail), break columns "1k+ / 10k+ / 50k+", a "+/- vs. last order" column of signed price
changes that are not prices, and footnote markers on prices ("0.185*", "41.90**", "4,05*", "98,50¹") whose footnotes
are a break condition the requested quantity meets, a one-time fixture charge or an alloy surcharge. Plain text,
HTML with <pre>, and one multipart/alternative whose HTML part is a <pre> block.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob  # expected-line shapes
from blind_round import Round, close, plus  # the round's cases, checked and written; date and amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime

ROUND = Round(353)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u353 markdown table WITH outer pipes and alignment colons, units in the header: "Price (USD/100)" and "LT (wks)".
# Gasket 18.60 / 100 = 0.186, LT 4 -> 28 (Jun 5 + 28 = Jul 3, before Aug 3). Screws 3.05 / 100 = 0.0305, "stock" -> 0.
# Springs 7.10 / 100 = 0.071, LT 3 -> 21 (Jun 26, before Jul 27). Cable and plate "n/a" in price and LT, explained
# under the table as "n/a = no quote, not a product we carry" -> lines 2 and 4 declined. Quantities as asked -> null.
# "Prices valid 30 days" from Fri 5 Jun -> 2026-07-05 (not short); "FCA Elk Grove Village, IL" -> FCA. Partial, no-bid.
assert close(18.60 / 100, 0.186) and close(3.05 / 100, 0.0305) and close(7.10 / 100, 0.071)
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 30) == "2026-07-05"
sample("u353-md-pipes-colons-per-100-na", S.msg("Tomasz Wilk <twilk@prairie-fastening.example>", "text/plain", """Hi Nora,

Our pricing for NR-RFQ-0619 is below (pasted from our quoting tool, so it comes out as a markdown table).

| Line | Part No.      |     Qty | Price (USD/100) | LT (wks) |
|:----:|:--------------|--------:|----------------:|:--------:|
|  1   | GSK-EPDM-80   |   5,000 |           18.60 |    4     |
|  2   | CBL-4C22-PUR  | 1,500 m |             n/a |   n/a    |
|  3   | SCR-M4X10-A2  |  20,000 |            3.05 |  stock   |
|  4   | PLT-0915-R2   |     120 |             n/a |   n/a    |
|  5   | SPR-C0630-302 |   8,000 |            7.10 |    3     |

n/a = no quote, not a product we carry.

Prices are per 100 pieces in US dollars. FCA Elk Grove Village, IL. Prices valid 30 days.

Thanks,
Tomasz Wilk
Prairie Fastening & Spring Co.
847-555-0153
"""),
       "partial", "USD", "2026-07-05", "FCA",
       [line(1, 0.186, lead=28), nob(2), line(3, 0.0305, lead=0), nob(4), line(5, 0.071, lead=21)],
       ["no-bid"])


# u354 GitHub-style markdown WITHOUT outer pipes, an empty separator row and a bold "Total" row whose amount sits in the
# Ext. price column (never a unit price). Gasket $0.179, 4 weeks -> 28 (Jul 3, before Aug 3). Cable "$1.34/m" on the
# metre line -> 1.34, 3 weeks -> 21 (Jun 26, before Jul 20). Screws $0.0296, stock -> 0. Plate $43.20, 11 weeks -> 77
# (Jun 5 + 77 = Aug 21, AFTER the Aug 17 need-by -> lead-time-after-need-by). Springs $0.0702, 4 weeks -> 28 (Jul 3,
# before Jul 27). Quantities restated as asked -> null. Extensions and total check out (9,242.60). "Quote good through
# July 24, 2026" -> 2026-07-24 (not short); "FOB Grand Rapids, MI" -> FOB. All priced -> parsed.
assert round(5000 * 0.179 + 1500 * 1.34 + 20000 * 0.0296 + 120 * 43.20 + 8000 * 0.0702, 2) == 9242.60
assert plus("2026-06-05", 77) == "2026-08-21"
sample("u354-md-no-outer-pipes-total-row", S.msg("Brenda Kowalczyk <bkowalczyk@grand-river-ind.example>", "text/plain", """Nora,

Here you go for NR-RFQ-0619, all in USD:

Line | Part number   | Qty     | Unit price | Ext. price | Lead time
---- | ------------- | ------- | ---------- | ---------- | ---------
1    | GSK-EPDM-80   | 5,000   | $0.179     | $895.00    | 4 weeks
2    | CBL-4C22-PUR  | 1,500 m | $1.34/m    | $2,010.00  | 3 weeks
3    | SCR-M4X10-A2  | 20,000  | $0.0296    | $592.00    | stock
4    | PLT-0915-R2   | 120     | $43.20     | $5,184.00  | 11 weeks
5    | SPR-C0630-302 | 8,000   | $0.0702    | $561.60    | 4 weeks
     |               |         |            |            |
     | **Total**     |         |            | $9,242.60  |

The plate is 11 weeks because our 6082 plate stock is on order.
FOB Grand Rapids, MI. Quote good through July 24, 2026.

Brenda Kowalczyk
Grand River Industrial Supply
616-555-0172
"""),
       "parsed", "USD", "2026-07-24", "FOB",
       [line(1, 0.179, lead=28), line(2, 1.34, lead=21), line(3, 0.0296, lead=0), line(4, 43.20, lead=77),
        line(5, 0.0702, lead=28)],
       ["lead-time-after-need-by"])


# u355 a table typed in Outlook with a proportional font, so the columns no longer line up, and its header split over
# two lines: "Unit" over "Price", "MOQ" over "(pcs)", "Lead" over "Time". Items are the RFQ line numbers 1, 3, 5 (also
# matched by part number). Gasket $0.191, MOQ 1,000 (below 5,000), 5 wks -> 35 (Jun 5 + 35 = Jul 10, before Aug 3).
# Screws $0.0318, MOQ 25,000 ABOVE the 20,000 requested (quantity column restates 20,000 -> null) ->
# moq-above-quantity, stock -> 0. Springs $0.0689, MOQ 5,000 (below 8,000), 3 wks -> 21. Cable and plate never
# mentioned -> missing-line. "Prices in USD", "EXW Kenosha, WI" -> EXW, "Valid 60 days" -> 2026-08-04. Partial.
assert plus("2026-06-05", 60) == "2026-08-04" and plus("2026-06-05", 35) == "2026-07-10"
sample("u355-proportional-two-line-header-moq", S.msg("Gail Lindgren <glindgren@kenosha-spring.example>", "text/plain", """Good morning Nora,

Please see our quote for NR-RFQ-0619 below.

Item    Part No.               Qty          Unit          MOQ         Lead
                                                  Price        (pcs)       Time
1         GSK-EPDM-80       5,000        $0.191       1,000      5 wks
3        SCR-M4X10-A2       20,000     $0.0318     25,000     stock
5         SPR-C0630-302     8,000       $0.0689     5,000       3 wks

The MOQ on the screws is one full carton lot of 25,000 pcs.

Prices in USD, EXW Kenosha, WI. Valid 60 days.

Best regards,
Gail Lindgren
Kenosha Spring & Fastener
262-555-0186
""", cte="quoted-printable"),
       "partial", "USD", "2026-08-04", "EXW",
       [line(1, 0.191, lead=35, moq=1000), line(3, 0.0318, lead=0, moq=25000), line(5, 0.0689, lead=21, moq=5000)],
       ["missing-line", "moq-above-quantity"])


# u356 the vendor's OWN stock codes in the first column and the customer's part numbers in the second; the mail says
# so and that everything is quoted exactly to spec (the stock codes are cross-references, not alternates -> null).
# Cable $1.33/m -> 1.33, 3 weeks -> 21 (Jun 26, before Jul 20). Screws $0.0309, stock -> 0. Springs $0.0711, 8 weeks ->
# 56 (Jun 5 + 56 = Jul 31, AFTER the Jul 27 need-by -> lead-time-after-need-by). Gasket and plate "regret, not in our
# range" -> declined. Quantities as asked -> null. "USD", "FCA Milwaukee, WI", "valid until July 3, 2026" ->
# 2026-07-03 (not short: Jul 3 >= Jun 26). Partial.
assert plus("2026-06-05", 56) == "2026-07-31"
sample("u356-vendor-code-first-customer-pn-second", S.msg("Rashid Okafor <rokafor@cream-city-mro.example>", "text/plain", """Hello Nora,

Thank you for RFQ NR-RFQ-0619. In the table below the first column is our own stock code (please show it on
your PO if you can), the second column is your part number - everything is quoted exactly to your spec.

Our code       Your P/N          Description                    Qty        Unit price    Lead time
MW-CB-42217    CBL-4C22-PUR      Cable 4x22 AWG shld PUR blk    1,500 m    $1.33/m       3 weeks
MW-FS-00410    SCR-M4X10-A2      SHCS M4x10 A2-70               20,000     $0.0309       stock
MW-SP-63030    SPR-C0630-302     Comp. spring 302SS             8,000      $0.0711       8 weeks

GSK-EPDM-80 and PLT-0915-R2: regret, not in our range.

Prices in USD, FCA Milwaukee, WI. Quote valid until July 3, 2026.

Regards,
Rashid Okafor
Cream City MRO Supply
414-555-0119
"""),
       "partial", "USD", "2026-07-03", "FCA",
       [nob(1), line(2, 1.33, lead=21), line(3, 0.0309, lead=0), nob(4), line(5, 0.0711, lead=56)],
       ["lead-time-after-need-by", "no-bid"])


# u357 a space-aligned table in which the cable row's long description spills onto two more lines (the spill carries
# "UL AWM 20549" and "80 C / 300 V", not prices), and footnote markers on two prices: gasket "0.185*" with "* price
# valid for 5,000+ only" (the 5,000 requested meet it -> 0.185, no deviation) and plate "41.90**" with "** plus one-time
# fixture charge of $240.00" (note). Gasket 4 wks -> 28; cable "1.36/m" -> 1.36, 2 wks -> 14 (Jun 19, before Jul 20);
# screws 0.0302, stock -> 0; plate 41.90, 6 wks -> 42 (Jul 17, before Aug 17); springs 0.0695, 3 wks -> 21. Quantities
# as asked -> null. "All prices USD", "FOB Erie, PA", "Valid through 31 July 2026" -> 2026-07-31. Parsed, note.
assert plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 14) == "2026-06-19"
sample("u357-spilled-description-footnote-prices", S.msg("Kevin Marchetti <kmarchetti@presque-isle-supply.example>", "text/plain", """Nora,

Thanks for the opportunity. All prices USD.

Ln  Part no.         Description                          Qty      Price/ea   Lead
1   GSK-EPDM-80      Gasket EPDM 70A 80x62x3 die-cut      5,000    0.185*     4 wks
2   CBL-4C22-PUR     Cable 4x22 AWG shielded, PUR         1,500 m  1.36/m     2 wks
                     jacket, black, UL AWM 20549,
                     80 C / 300 V
3   SCR-M4X10-A2     SHCS M4x10 ISO 4762 A2-70            20,000   0.0302     stock
4   PLT-0915-R2      Motor base plate 6082-T6             120      41.90**    6 wks
5   SPR-C0630-302    Compression spring 302SS             8,000    0.0695     3 wks

*  price valid for 5,000+ only
** plus one-time fixture charge of $240.00

FOB Erie, PA. Valid through 31 July 2026.

Kevin Marchetti
Presque Isle Supply Co.
814-555-0164
"""),
       "parsed", "USD", "2026-07-31", "FOB",
       [line(1, 0.185, lead=28), line(2, 1.36, lead=14), line(3, 0.0302, lead=0), line(4, 41.90, lead=42),
        line(5, 0.0695, lead=21)],
       ["note"])


# u358 HTML with the table typed inside <pre>: a Dutch vendor, "Price (EUR)" in the header, decimal commas and dot
# thousands ("5.000", "0,172"), "--" in the price and lead-time cells of the cable and screw rows with the remark
# "cannot supply" -> lines 2 and 3 declined. Gasket 0,172 -> 0.172 EUR, 4 weeks -> 28. Plate 36,40 -> 36.40 EUR,
# 7 weeks -> 49 (Jun 5 + 49 = Jul 24, before Aug 17). Springs 0,0655 -> 0.0655 EUR, "25 working days" -> 25 x 7/5 = 35
# (Jul 10, before Jul 27). Quantities as asked -> null. EUR against the USD RFQ -> currency-differs. "Offer valid until
# 20-06-2026" -> 2026-06-20, before Jun 26 -> validity-short. "DAP your warehouse" -> DAP. Partial.
assert 25 * 7 / 5 == 35 and plus("2026-06-05", 49) == "2026-07-24"
sample("u358-html-pre-eur-double-dash", S.msg("Joost van Dijk <j.vandijk@twente-rubber.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Nora,</p>
<p>Thank you for your RFQ NR-RFQ-0619. Please find our offer below.</p>
<pre style="font-family:'Courier New',monospace;font-size:9pt">
Pos  Part No.         Qty        Price (EUR)   Lead time          Remarks
---  ---------------  ---------  ------------  -----------------  -------------
1    GSK-EPDM-80      5.000      0,172         4 weeks
2    CBL-4C22-PUR     1.500 m    --            --                 cannot supply
3    SCR-M4X10-A2     20.000     --            --                 cannot supply
4    PLT-0915-R2      120        36,40         7 weeks
5    SPR-C0630-302    8.000      0,0655        25 working days
</pre>
<p>Delivery DAP your warehouse (Incoterms 2020). Offer valid until 20-06-2026.</p>
<p>Kind regards,<br>Joost van Dijk<br>Twente Rubber &amp; Veren B.V.<br>+31 53 555 0147</p>
</body></html>"""),
       "partial", "EUR", "2026-06-20", "DAP",
       [line(1, 0.172, "EUR", lead=28), nob(2), nob(3), line(4, 36.40, "EUR", lead=49), line(5, 0.0655, "EUR", lead=35)],
       ["currency-differs", "no-bid", "validity-short"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u359 two small markdown tables from a seal house. The O-ring table has break COLUMNS with the unit in the header
# ("USD/M 1k+", "USD/M 10k+", "USD/M 50k+", per thousand of a counted part): the 50,000 requested take the 50k+ column,
# 19.85 / 1000 = 0.01985, "LT (wks)" 2 -> 14 (Jun 12 + 14 = Jun 26, before Aug 17). The seal kit table "USD/set" 34.60,
# LT 5 -> 35 (Jul 17, before Sep 21). "no quote on the resin, sheet, bearings and hose" -> lines 1, 2, 3, 5 declined.
# Quantities as asked -> null. "valid until 2026-07-10" (not short: Jul 10 >= Jul 3); "FCA Cleveland, OH" -> FCA.
# Partial, no-bid.
assert close(19.85 / 1000, 0.01985) and plus("2026-06-12", 35) == "2026-07-17"
blind("u359-md-break-columns-per-thousand", H.msg("Dmitri Sokolov <dsokolov@lakefront-seals.example>", "text/plain", """Hi Lena,

Thanks for HM-RFQ-2611. We are a seal house, so we quote the O-rings and the seal kit only - no quote on the resin,
sheet, bearings and hose (not our products).

O-rings, prices per thousand pieces:

| Part          |    Qty | USD/M 1k+ | USD/M 10k+ | USD/M 50k+ | LT (wks) |
|:--------------|-------:|----------:|-----------:|-----------:|:--------:|
| OR-0120-NBR70 | 50,000 |     27.40 |      22.90 |      19.85 |    2     |

Seal kit:

| Part           | Qty | USD/set | LT (wks) |
|:---------------|----:|--------:|:--------:|
| KIT-PX200-SEAL | 150 |   34.60 |    5     |

FCA Cleveland, OH. Pricing valid until 2026-07-10.

Best,
Dmitri Sokolov
Lakefront Seal & Gasket
216-555-0138
"""),
       "partial", "USD", "2026-07-10", "FCA",
       [nob(1), nob(2), nob(3), line(4, 0.01985, lead=14), nob(5), line(6, 34.60, lead=35)],
       ["no-bid"])


# u360 a proportional-font table whose columns drift, units in the header: "USD ea", "MOQ (pcs)", "LT (wks)". Bearing
# 3.22, MOQ 500 ABOVE the 400 requested -> moq-above-quantity, LT 1 -> 7. O-rings 0.0208, MOQ 10,000 (below 50,000),
# LT 3 -> 21 (Jul 3, before Aug 17). Hose "4.35/m" on the metre line -> 4.35, MOQ "-" (none) -> null, LT "2-3" -> upper
# bound 3 weeks = 21 (before Sep 1). Quantities restated as asked -> null. Resin, sheet and kit never mentioned ->
# missing-line. "Pricing valid 15 days" from Fri 12 Jun -> 2026-06-27, earlier than Jul 3 -> validity-short.
# "Ex Works Hammond, IN" -> EXW. Partial.
assert plus("2026-06-12", 15) == "2026-06-27" and plus("2026-06-12", 21) == "2026-07-03"
blind("u360-proportional-moq-lt-wks-headers", H.msg("Luis Carrillo <lcarrillo@calumet-bearing.example>", "text/plain", """Lena,

Our quote on the items we stock from HM-RFQ-2611:

Part No.             Qty          USD ea      MOQ (pcs)      LT (wks)
BRG 6205-2RS        400           3.22          500                1
OR-0120-NBR70     50,000       0.0208      10,000            3
HSE-2SN-08          800 m       4.35/m       -                    2-3

Pricing valid 15 days. Ex Works Hammond, IN.

Luis Carrillo
Calumet Bearing & Transmission
219-555-0161
"""),
       "partial", "USD", "2026-06-27", "EXW",
       [line(3, 3.22, lead=7, moq=500), line(4, 0.0208, lead=21, moq=10000), line(5, 4.35, lead=21)],
       ["missing-line", "moq-above-quantity", "validity-short"])


# u361 HTML <pre> table with the vendor's own item codes first and the customer's part numbers second, a "Per" column,
# a blank separator row and a Total row. Resin "$85.50" per "25 kg bag", 100 bags (= the 2,500 kg asked -> null) ->
# 85.50 / 25 = 3.42 per kg, 3 wks -> 21 (Jun 12 + 21 = Jul 3, before Jul 20). Sheet "$141.80" per "sheet" -> 141.80,
# 5 wks -> 35 (Jul 17, before Aug 10). Amounts and total (8,550.00 + 12,762.00 = 21,312.00) are not unit prices.
# "Lines 3 to 6 ... no bid" -> declined. "valid until July 17, 2026" (not short); "FOB Chicago, IL" -> FOB. Partial.
assert close(85.50 / 25, 3.42) and 100 * 25 == 2500 and round(100 * 85.50 + 90 * 141.80, 2) == 21312.00
blind("u361-html-pre-own-code-first-bag-total", H.msg("Megan Thiessen <mthiessen@lakeshore-polymetals.example>", "text/html", """<html><body style="font-family:Segoe UI,sans-serif;font-size:10pt">
<p>Hi Lena,</p>
<p>Please see our pricing for HM-RFQ-2611 below. First column is our item code, second is yours.</p>
<pre>
Our code      Your part no.      Qty        Price      Per          Amount        Lead
PL-66G30-BK   RES-PA66-GF30      100 bags   $85.50     25 kg bag    $8,550.00     3 wks
AL-5232-3012  SHT-5052H32-030    90 pcs     $141.80    sheet        $12,762.00    5 wks

                                                       Total        $21,312.00
</pre>
<p>Lines 3 to 6 (bearings, O-rings, hose and seal kits) are not items we carry - no bid.</p>
<p>FOB Chicago, IL. Prices valid until July 17, 2026.</p>
<p>Thanks,<br>Megan Thiessen<br>Lakeshore Polymers &amp; Metals<br>312-555-0177</p>
</body></html>"""),
       "partial", "USD", "2026-07-17", "FOB",
       [line(1, 3.42, lead=21), line(2, 141.80, lead=35), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid"])


# u362 a whole no-bid typed as a markdown table: every row says "regret" in the Price column and "–" as lead time,
# with the reason below. Every line declined -> all six noBid, currency / validUntil / incoterms null, status no-bid.
blind("u362-md-table-regret-every-row", H.msg("Harold Nygaard <hnygaard@north-shore-ind.example>", "text/plain", """Hi Lena,

Thanks for the invite. I ran HM-RFQ-2611 through our system, but I'm afraid it's a regret across the board:

| Ln | Part            | Qty       | Price  | Lead |
|----|-----------------|-----------|--------|------|
| 1  | RES-PA66-GF30   | 2,500 kg  | regret | –    |
| 2  | SHT-5052H32-030 | 90        | regret | –    |
| 3  | BRG 6205-2RS    | 400       | regret | –    |
| 4  | OR-0120-NBR70   | 50,000    | regret | –    |
| 5  | HSE-2SN-08      | 800 m     | regret | –    |
| 6  | KIT-PX200-SEAL  | 150 sets  | regret | –    |

We sold our MRO distribution business in May and the compounding line is fully booked through the autumn.
Sorry we can't help this time.

Harold Nygaard
North Shore Industrial
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# u363 a space-aligned table with the header split over two lines ("Unit" over "Price", "Lead" over "Time") whose seal
# kit row spills its long description onto two more lines (the spill holds "2 lip seals, 4 O-rings, 1 gasket" - not
# quantities or prices). Bearing $3.05, stock -> 0. Hose "$4.62/m" -> 4.62, 2 wks -> 14 (Jun 26, before Sep 1). Kit
# $39.80, 7 wks -> 49 (Jun 12 + 49 = Jul 31, before Sep 21). Quantities as asked -> null. "Not quoted: resin, sheet,
# O-rings (no bid)" -> lines 1, 2, 4 declined. "USD", "Quotation valid 45 days" -> 2026-07-27; "DAP your plant" -> DAP.
# Partial, no-bid.
assert plus("2026-06-12", 45) == "2026-07-27" and plus("2026-06-12", 49) == "2026-07-31"
blind("u363-split-header-spilled-kit-description", H.msg("Irene Vasquez <ivasquez@bluestem-fluidpower.example>", "text/plain", """Hello Lena,

Our offer for HM-RFQ-2611, prices in USD:

Line  Part No.          Description                      Qty       Unit      Lead
                                                                   Price     Time
3     BRG 6205-2RS      Ball bearing 6205-2RS C3         400       $3.05     stock
5     HSE-2SN-08        Hose EN 853 2SN DN12, 275 bar    800 m     $4.62/m   2 wks
6     KIT-PX200-SEAL    Seal kit PX-200: 2 lip seals,    150 sets  $39.80    7 wks
                        4 O-rings, 1 gasket, bagged
                        and labelled

Not quoted: resin, sheet, O-rings (no bid).

DAP your plant. Quotation valid 45 days.

Kind regards,
Irene Vasquez
Bluestem Fluid Power
316-555-0140
"""),
       "partial", "USD", "2026-07-27", "DAP",
       [nob(1), nob(2), line(3, 3.05, lead=0), nob(4), line(5, 4.62, lead=14), line(6, 39.80, lead=49)],
       ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u364 a German distributor writing English, a markdown table WITHOUT outer pipes but with alignment colons, "Price
# (EUR)" with a "Per" column and "LT (wks)". Fitting 412,00 per 100 pcs -> 4.12, LT 3 -> 21 (Jun 15 + 21 = Jul 6,
# before Aug 14). Cylinder 104,30 per 1 pc -> 104.30, LT 6 -> 42 (Jul 27, before Sep 11). Lines 1, 2, 5 with "–" in
# every cell, explained "– = no offer" -> declined. Quantities as asked ("2.000" = 2,000) -> null. "valid until
# 31.07.2026" -> 2026-07-31; "FCA Dortmund" -> FCA. EUR. Partial, no-bid.
assert close(412.00 / 100, 4.12) and plus("2026-06-15", 21) == "2026-07-06" and plus("2026-06-15", 42) == "2026-07-27"
blind2("u364-md-no-outer-pipes-per-column-dashes", V.msg("Sabine Kortmann <s.kortmann@ruhr-fluidtechnik.example>", "text/plain", """Dear Mr Albers,

thank you for your enquiry VM-RFQ-4418. Our offer:

Pos | Part no.           | Qty   | Price (EUR) | Per     | LT (wks)
:--:|:-------------------|------:|------------:|:-------:|:-------:
1   | SH-2231-C rev B    | 250   | –           | –       | –
2   | HSG-1180-GJL       | 25    | –           | –       | –
3   | FIT-316-G12-10     | 2.000 | 412,00      | 100 pcs | 3
4   | DSBC-32-80-PPVA-N3 | 120   | 104,30      | 1 pc    | 6
5   | 2231-004-03        | 150   | –           | –       | –

– = no offer (machined parts are outside our scope).

FCA Dortmund (Incoterms 2020), offer valid until 31.07.2026.

Kind regards
Sabine Kortmann
Ruhr Fluidtechnik GmbH
"""),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 4.12, "EUR", lead=21), line(4, 104.30, "EUR", lead=42), nob(5)],
       ["no-bid"])


# u365 an Austrian distributor, English, a proportional-font table that drifts, footnote markers on both prices: the
# fitting "4,05*" with "* plus alloy surcharge for stainless steel at the rate on the day of delivery" (note) -> 4.05,
# "stock" -> 0; the cylinder "98,50¹" with "¹ price for 100 pcs and more" (120 requested -> applies) -> 98.50, 5 weeks
# -> 35 (Jun 15 + 35 = Jul 20, before Sep 11). Quantities as asked -> null. Shaft, housing and bracket set never
# mentioned -> missing-line. "Offer valid 4 weeks" from Mon 15 Jun -> 28 days -> 2026-07-13 (not short: Jul 13 >=
# Jul 10); "DAP Bielefeld" -> DAP. EUR. Partial, missing-line and note.
assert plus("2026-06-15", 28) == "2026-07-13" and plus("2026-06-15", 35) == "2026-07-20"
blind2("u365-proportional-footnote-markers-alloy", V.msg("Florian Gruber <f.gruber@alpen-pneumatik.example>", "text/plain", """Dear Mr Albers,

many thanks for VM-RFQ-4418. We can offer the two catalogue items:

Pos.   Part no.                          Qty        EUR/pc        Delivery
3       FIT-316-G12-10                2.000      4,05*           stock
4      DSBC-32-80-PPVA-N3       120          98,50¹         5 weeks

*  plus alloy surcharge for stainless steel at the rate on the day of delivery
¹  price for 100 pcs and more

DAP Bielefeld. Offer valid 4 weeks.

Best regards
Florian Gruber
Alpen Pneumatik GmbH, Linz
""", cte="quoted-printable"),
       "partial", "EUR", "2026-07-13", "DAP",
       [line(3, 4.05, "EUR", lead=0), line(4, 98.50, "EUR", lead=35)],
       ["missing-line", "note"])


# u366 a repeat supplier's table with a "+/- vs. last order" column of signed price changes ("+1,20", "-35,00",
# "+0,90") that are not prices; the unit price column holds the new prices. Shaft 37,40 -> 37.40, 10 weeks -> 70
# (Jun 15 + 70 = Aug 24, before Aug 28). Housing 1.165,00 -> 1165.00, 16 weeks -> 112 (Oct 5, AFTER the Oct 2 need-by
# -> lead-time-after-need-by). Bracket set 24,60 per set -> 24.60, 6 weeks -> 42 (Jul 27, before Oct 9). Fitting and
# cylinder "no quote" -> declined. Quantities as asked -> null. "valid until 14 August 2026" -> 2026-08-14; "FCA
# Paderborn" -> FCA. EUR. Partial.
assert plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 112) == "2026-10-05"
blind2("u366-signed-change-column-not-prices", V.msg("Henrik Brandes <h.brandes@senne-drehteile.example>", "text/plain", """Hello Mr Albers,

thanks for VM-RFQ-4418. Prices in EUR; the last column shows the change against your last order of each part.

Pos  Part no.             Qty   Unit price EUR   Delivery    +/- vs. last order
1    SH-2231-C rev B      250   37,40            10 weeks    +1,20
2    HSG-1180-GJL         25    1.165,00         16 weeks    -35,00
3    FIT-316-G12-10       2000  no quote         -
4    DSBC-32-80-PPVA-N3   120   no quote         -
5    2231-004-03          150   24,60 / set      6 weeks     +0,90

Positions 3 and 4 are bought-in parts, please source them directly.
FCA Paderborn, valid until 14 August 2026.

Best regards
Henrik Brandes
Senne Drehteile GmbH & Co. KG
""", cte="quoted-printable"),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 37.40, "EUR", lead=70), line(2, 1165.00, "EUR", lead=112), nob(3), nob(4), line(5, 24.60, "EUR", lead=42)],
       ["lead-time-after-need-by", "no-bid"])


# u367 multipart/alternative: the same table as plain text and as an HTML <pre> block, with a two-line header whose
# second line carries the units ("Unit price" over "EUR", "Total" over "EUR", "Delivery" over "weeks"), a blank
# separator row and a "Net total" row. Shaft 36,10 -> 36.10, 9 weeks -> 63 (Jun 15 + 63 = Aug 17, before Aug 28).
# Housing 1.218,00 -> 1218.00, 14 -> 98 (Sep 21, before Oct 2). Fitting 4,22 -> 4.22, 4 -> 28 (Jul 13, before Aug 14).
# Cylinder 101,70 -> 101.70, 6 -> 42 (Jul 27, before Sep 11). Bracket set 22,80 -> 22.80, 7 -> 49 (Aug 3, before
# Oct 9). Quantities as asked -> null; totals check out (63.539,00). "Offer valid 30 days" -> 2026-07-15; "DAP
# Bielefeld" -> DAP. EUR. All five priced -> parsed, no deviations.
assert round(250 * 36.10 + 25 * 1218.00 + 2000 * 4.22 + 120 * 101.70 + 150 * 22.80, 2) == 63539.00
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 30) == "2026-07-15"
U367_TABLE = """Pos  Part number          Qty     Unit price   Total        Delivery
                                  EUR          EUR          weeks
1    SH-2231-C rev B      250     36,10        9.025,00     9
2    HSG-1180-GJL         25      1.218,00     30.450,00    14
3    FIT-316-G12-10       2.000   4,22         8.440,00     4
4    DSBC-32-80-PPVA-N3   120     101,70       12.204,00    6
5    2231-004-03          150     22,80        3.420,00     7

                                  Net total    63.539,00"""
U367_TEXT = """Dear Mr Albers,

thank you for the enquiry VM-RFQ-4418. We are pleased to quote all five positions:

""" + U367_TABLE + """

DAP Bielefeld (Incoterms 2020). Offer valid 30 days.

With kind regards
Petra Lindner
Lindner Maschinenteile GmbH, Kassel
+49 561 555 0128
"""
U367_HTML = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Mr Albers,</p>
<p>thank you for the enquiry VM-RFQ-4418. We are pleased to quote all five positions:</p>
<pre style="font-family:Consolas,monospace;font-size:10pt">
""" + U367_TABLE + """
</pre>
<p>DAP Bielefeld (Incoterms 2020). Offer valid 30 days.</p>
<p>With kind regards<br>Petra Lindner<br>Lindner Maschinenteile GmbH, Kassel<br>+49 561 555 0128</p>
</body></html>"""
blind2("u367-alt-pre-units-on-second-header-line", V.alternative("Petra Lindner <p.lindner@lindner-mt.example>", U367_TEXT, U367_HTML,
                                                                 "=_blind23_alt_367"),
       "parsed", "EUR", "2026-07-15", "DAP",
       [line(1, 36.10, "EUR", lead=63), line(2, 1218.00, "EUR", lead=98), line(3, 4.22, "EUR", lead=28),
        line(4, 101.70, "EUR", lead=42), line(5, 22.80, "EUR", lead=49)],
       [])


# u368 a pipe table typed without any padding, a British distributor quoting GBP against the EUR RFQ
# (currency-differs): "Price (GBP)" 3.58 for the fitting, "MOQ (pcs)" 500 (below the 2,000 asked), "stock" -> 0; the
# cylinder row "n/a" in every cell, explained "n/a = we can't offer this item" -> declined. Quantity as asked -> null.
# Shaft, housing and bracket set never mentioned -> missing-line. "Quote valid for 30 days" from Mon 15 Jun ->
# 2026-07-15 (not short); "CIP Bielefeld" -> CIP. Partial.
blind2("u368-unpadded-pipes-gbp-na-row", V.msg("Oliver Pennington <opennington@severn-pneumatics.example>", "text/plain", """Hi Jonas,

Re VM-RFQ-4418 - we can help with the fitting:

|Line|Part|Qty|Price (GBP)|MOQ (pcs)|LT|
|---|---|---|---|---|---|
|3|FIT-316-G12-10|2,000|3.58|500|stock|
|4|DSBC-32-80-PPVA-N3|120|n/a|n/a|n/a|

n/a = we can't offer this item (we are not a Festo distributor and have no equivalent).

CIP Bielefeld. Quote valid for 30 days.

Cheers,
Oliver Pennington
Severn Pneumatics Ltd, Gloucester
+44 1452 555 019
"""),
       "partial", "GBP", "2026-07-15", "CIP",
       [line(3, 3.58, "GBP", lead=0, moq=500), nob(4)],
       ["currency-differs", "missing-line", "no-bid"])


if __name__ == "__main__":
    ROUND.write()
