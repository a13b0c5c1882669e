#!/usr/bin/env python3
"""Writes replies u545..u560 (Corpus/u*.eml + expected u*.json) - the thirty-fifth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is LEAD TIMES, VALIDITY AND TERMS IN THE WILD: lead times written as US ship dates without a year
("Est Ship 7/24"), as delivery dates ("delivery: 28 August", "28 July at your works"), as ISO dispatch dates in a CSV,
as calendar weeks with their date range ("CW 29 (13/07 - 17/07/2026)", "KW 36 (31.08.-04.09.2026)"), "ARO", "after
drawing approval" / "nach Zeichnungsfreigabe", ranges in days, working days, weeks and months, stock plus a balance
later (the balance's lead time is the line's), "samples 2 wks, production 6 wks" (production counts); validity as
"good thru end of month" / "valid until the end of this month" (the Date header's month), "held through Q3 2026",
"valid 10 days", "firm for 60 days", "valid till 17-07-2026", "2026/07/15", "07/24/2026", "July 31st, 2026", "gültig
bis 21.08.2026", "until end of July 2026"; Incoterms with named places and odd spellings ("F.O.B. Origin
(Chattanooga, TN)", "FCA our dock, Genk", "DDP your plant", "Ex-Works Apodaca", "Ex Works our Steubenville
warehouse", "ab Werk Heilbronn (EXW ...)", "CIF Long Beach", "CIP your plant", "CPT your dock") next to payment terms
("Net 30", "2% 10 / Net 30", "60 days end of month", "T/T 30 days after B/L", "14 Tage 2 % Skonto") and freight remarks
that are not Incoterms ("prepaid & added to invoice, free freight over $5,000" with no Incoterm at all -> null); and a
full no-bid from a shop "booked through Q3" whose weeks and dates are no lead times.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import datetime
import io
import re

from make_corpus import line, nob, xlsx, pdf, table_page  # expected-line shapes, workbook and text-layer PDF writers
from blind_round import Round, close, plus, days  # the round's cases, checked and written; date and amount helpers
from make_blind5 import check_page, file_part, multipart, row, text_part  # PDF checks and rows, MIME parts
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(545)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"
INCOTERMS = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")


def iso_week(week):
    """Monday and Friday of ISO calendar week `week` of 2026 ('YYYY-MM-DD')."""
    return (datetime.date.fromisocalendar(2026, week, 1).isoformat(),
            datetime.date.fromisocalendar(2026, week, 5).isoformat())


def no_incoterm(text):
    """Whether no Incoterm code stands as a word in text (for the replies whose incoterms is null)."""
    return not re.search(r"\b(" + "|".join(INCOTERMS) + r")\b", text, re.I)


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u545 a Tennessee distributor's ERP-style text quote whose last column is "Est Ship" - ship dates in US month/day
# without a year (the coming ones; every day is above 12, so the order is unambiguous), counted from Fri 5 Jun: gasket
# $0.1865, 7/17 -> 42 (before Aug 3); cable $1.44 per MTR (metre) on the metre line, 6/19 -> 14 (before Jul 20); screws
# $0.0311, STOCK -> 0; plate $45.20, 7/24 -> 49 (before Aug 17); springs $0.0698, 7/31 -> 56: Jun 5 + 56 = Jul 31, AFTER
# the Jul 27 need-by -> lead-time-after-need-by. Quantities as asked -> null. "Quote good thru end of month" -> the end
# of the Date header's month -> 2026-06-30 (not short: Jun 30 >= Jun 26). "F.O.B. Origin (Chattanooga, TN)" -> FOB;
# "freight prepay & add" and "Net 30" are no Incoterm and no deviation. The Outlook original below (the buyer's
# quantities, "by June 12") is quoted history. Parsed.
assert [days("2026-06-05", d) for d in ("2026-07-17", "2026-06-19", "2026-07-24", "2026-07-31")] == [42, 14, 49, 56]
assert plus("2026-06-05", 56) > "2026-07-27" and plus("2026-06-05", 49) <= "2026-08-17"
sample("u545-est-ship-dates-m-d-fob-origin", S.msg("Wade Tolliver <wtolliver@volunteer-ind.example>", "text/plain", """Nora,

Quote below for NR-RFQ-0619. We show estimated SHIP dates instead of lead times - the date the material
leaves our Chattanooga dock.

Ln  Item            Description                       Qty      UM    Unit Price   Est Ship
--  --------------  --------------------------------  -------  ----  -----------  --------
1   GSK-EPDM-80     Gasket EPDM 70A 80x62x3 die-cut    5,000   EA       $0.1865   7/17
2   CBL-4C22-PUR    Cable 4C 22AWG shld PUR blk        1,500   MTR      $1.44     6/19
3   SCR-M4X10-A2    SHCS M4x10 A2-70                  20,000   EA       $0.0311   STOCK
4   PLT-0915-R2     Motor base plate 6082-T6             120   EA      $45.20     7/24
5   SPR-C0630-302   Comp spring 302SS .6 x 6.3 x 30    8,000   EA       $0.0698   7/31

Quote good thru end of month.
F.O.B. Origin (Chattanooga, TN) - freight prepay & add, UPS Ground or LTL, your choice.
Terms: Net 30 on approved credit.

Thanks for the opportunity,

Wade Tolliver
Inside Sales | Volunteer Industrial Supply
1400 Central Ave, Chattanooga, TN 37408
423-555-0163 | wtolliver@volunteer-ind.example

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Thursday, June 4, 2026 4:41 PM
To: Sales <sales@volunteer-ind.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hello,

Please quote the parts below by June 12. Need-by dates are dock dates at our plant.

GSK-EPDM-80      5000 EA    need by 2026-08-03
CBL-4C22-PUR     1500 M     need by 2026-07-20
SCR-M4X10-A2    20000 EA    need by 2026-07-13
PLT-0915-R2       120 EA    need by 2026-08-17
SPR-C0630-302    8000 EA    need by 2026-07-27

Thank you,
Nora Reyes
Purchasing, Northridge Robotics
"""),
       "parsed", "USD", "2026-06-30", "FOB",
       [line(1, 0.1865, lead=42), line(2, 1.44, lead=14), line(3, 0.0311, lead=0), line(4, 45.20, lead=49),
        line(5, 0.0698, lead=56)],
       ["lead-time-after-need-by"])


# u546 a Belgian gasket and spring maker writing English with decimal commas and dot thousands, prices in EUR against the
# USD RFQ -> currency-differs. Delivery as calendar weeks with their date range; a range takes its upper bound (the
# Friday): gasket "€ 172,50 per 1.000 pcs" -> 0.1725, "CW 29 (13/07 - 17/07/2026)" -> Jul 17 -> 42 (before Aug 3);
# springs "€ 64,80 per 1.000 pcs" -> 0.0648, "CW 31 (27/07 - 31/07/2026)" -> Jul 31 -> 56, AFTER the Jul 27 need-by ->
# lead-time-after-need-by. "5.000 pcs" / "8.000 pcs" restate the quantities -> null. "One-off cutting tool: € 380,00"
# -> note. "Items 2, 3 and 4: no quote" -> declined. "valid till 17-07-2026" (day 17: day-month-year) -> 2026-07-17 (not
# short); "FCA our dock, Genk" -> FCA; "Transport by your forwarder" and "30 days net" are no Incoterm. Partial.
assert iso_week(29) == ("2026-07-13", "2026-07-17") and iso_week(31) == ("2026-07-27", "2026-07-31")
assert close(172.50 / 1000, 0.1725) and close(64.80 / 1000, 0.0648)
assert days("2026-06-05", "2026-07-17") == 42 and days("2026-06-05", "2026-07-31") == 56
sample("u546-cw-week-ranges-eur-fca-our-dock", S.msg("Els Vanhoof <els.vanhoof@kempen-techniek.example>", "text/plain", """Dear Ms Reyes,

Thank you for your RFQ NR-RFQ-0619. Please find below our offer for the items in our range.
All prices in EUR.

Item 1 - GSK-EPDM-80, gasket EPDM 70 Sh A, 80 x 62 x 3 mm, die-cut
    5.000 pcs          € 172,50 per 1.000 pcs
    Delivery:          CW 29 (13/07 - 17/07/2026)
    One-off cutting tool: € 380,00

Item 5 - SPR-C0630-302, compression spring 1.4310 (AISI 302), d 0,6 x De 6,3 x L0 30 mm
    8.000 pcs          € 64,80 per 1.000 pcs
    Delivery:          CW 31 (27/07 - 31/07/2026)

Items 2, 3 and 4: no quote, these are not in our range.

Terms of delivery: FCA our dock, Genk (Incoterms 2020). Transport by your forwarder.
Payment: 30 days net.
This offer is valid till 17-07-2026.

Kind regards / Met vriendelijke groeten

Els Vanhoof
Sales Engineer
Kempen Techniek NV
Industrieweg 88, 3600 Genk, Belgium
T +32 89 55 01 47
""", cte="quoted-printable"),
       "partial", "EUR", "2026-07-17", "FCA",
       [line(1, 0.1725, "EUR", lead=42), nob(2), nob(3), nob(4), line(5, 0.0648, "EUR", lead=56)],
       ["currency-differs", "lead-time-after-need-by", "no-bid", "note"])


# u547 HTML only from a South Dakota wire and fastener distributor: two lines part from stock now and the BALANCE later
# - the whole line is there when the balance is, so the balance's lead time is the line's. Cable "$1.41/m", "600 m on
# the shelf ships now, balance of 900 m in 3-4 weeks ARO" -> upper bound 4 x 7 = 28 (Jul 3, before Jul 20); 600 + 900 =
# the 1,500 asked -> null. Screws "$0.0304 ea", "12,000 ex-stock, balance of 8,000 in 10-12 working days" -> 12 x 7/5 =
# 16.8 -> 17 (Jun 22, before Jul 13); 12,000 + 8,000 = 20,000 -> null. Plate "$44.10 ea", "6 weeks after drawing
# approval" -> 42 (the start event changes nothing, as ARO; Jul 17, before Aug 17). Gasket and springs never mentioned
# -> missing-line. "Pricing firm for 60 days" from Fri 5 Jun -> 2026-08-04; "DDP your plant" -> DDP ("freight
# included", "2% 10 / Net 30" are no deviations). Partial.
assert 600 + 900 == 1500 and 12000 + 8000 == 20000 and -(-12 * 7 // 5) == 17
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 17) == "2026-06-22" and plus("2026-06-05", 60) == "2026-08-04"
sample("u547-html-stock-plus-balance-ddp-your-plant", S.msg("Kirsten Lindgren <klindgren@dakota-wf.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1F1F1F">
<div>Hi Nora,</div><div><br></div>
<div>Here's what we can do on NR-RFQ-0619. We can ship part of two lines right away and the rest later:</div>
<ul>
<li><b>CBL-4C22-PUR</b>, 1,500 m: <b>$1.41/m</b>. 600 m on the shelf ships now, balance of 900 m in 3-4 weeks ARO.</li>
<li><b>SCR-M4X10-A2</b>, 20,000 pcs: <b>$0.0304 ea</b>. 12,000 ex-stock, balance of 8,000 in 10-12 working days.</li>
<li><b>PLT-0915-R2</b>, 120 pcs: <b>$44.10 ea</b>. 6 weeks after drawing approval - we send our shop drawing for sign-off
with the order acknowledgement.</li>
</ul>
<div>All prices DDP your plant, freight included. Terms 2% 10 / Net 30.</div>
<div>Pricing firm for 60 days.</div><div><br></div>
<div>Thanks!<br>Kirsten</div><div><br></div>
<div style="font-size:9pt;color:#7F7F7F">Kirsten Lindgren | Inside Sales<br>Dakota Wire &amp; Fastener Co.<br>
4800 N Cliff Ave, Sioux Falls, SD 57104 | 605-555-0137</div>
</div></body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-08-04", "DDP",
       [line(2, 1.41, lead=28), line(3, 0.0304, lead=17), line(4, 44.10, lead=42)],
       ["missing-line"])


# u548 a Mexican manufacturer's XLSX (English headers, Spanish descriptions, unit "PZA" = pieza) with lead times in four
# notations, "WD = working days" in a legend row: gasket 0.179, "4-6 wks ARO" -> 42 (Jul 17, before Aug 3); cable "No
# quote" -> declined; screws 0.0296, "15-20 WD" -> 20 x 7/5 = 28 (Jul 3, before Jul 13); plate 43.75, "2-3 months" ->
# upper bound 3 x 30 = 90: Jun 5 + 90 = Sep 3, AFTER the Aug 17 need-by -> lead-time-after-need-by; springs 0.0705,
# "25-30 days" -> 30 (Jul 5, before Jul 27). Quantities as asked -> null. "Prices held through Q3 2026" -> the end of the
# third calendar quarter -> 2026-09-30; "Ex-Works Apodaca, N.L." -> EXW; the freight-to-Laredo offer and "Net 30" are no
# Incoterm. USD. Partial.
assert 20 * 7 // 5 == 28 and plus("2026-06-05", 90) == "2026-09-03" and plus("2026-06-05", 30) == "2026-07-05"
U548_XLSX = xlsx([
    ["Manufacturas Técnicas del Norte, S.A. de C.V. - Cotización / Quotation MTN-2606-118"],
    ["Cliente: Northridge Robotics - RFQ NR-RFQ-0619 - Attn. Nora Reyes"],
    [""],
    ["Line", "Part number", "Description", "Qty", "UM", "Unit price USD", "Lead time"],
    [1, "GSK-EPDM-80", "Empaque EPDM 70 Sh A 80x62x3", 5000, "PZA", 0.179, "4-6 wks ARO"],
    [2, "CBL-4C22-PUR", "Cable 4x22 AWG blindado, forro PUR", 1500, "M", "", "No quote"],
    [3, "SCR-M4X10-A2", "Tornillo Allen M4x10 A2-70", 20000, "PZA", 0.0296, "15-20 WD"],
    [4, "PLT-0915-R2", "Placa base motor 6082-T6", 120, "PZA", 43.75, "2-3 months"],
    [5, "SPR-C0630-302", "Resorte de compresión inox 302", 8000, "PZA", 0.0705, "25-30 days"],
    [""],
    ["WD = working days. Lead times from receipt of PO."],
    ["Prices held through Q3 2026. Ex-Works Apodaca, N.L. Payment: Net 30."],
])
sample("u548-xlsx-wd-weeks-months-held-q3-ex-works", S.with_attachment("Rodrigo Garza <rgarza@mtnorte.example>", """Hi Nora,

Please find attached our quotation MTN-2606-118 for your RFQ NR-RFQ-0619. We can't quote the cable (we don't
process cable), the other four items are in the sheet.

Prices held through Q3 2026. Ex-Works Apodaca, N.L., Mexico - if you want, we can quote the freight to
Laredo separately.

Saludos / Best regards,
Rodrigo Garza
Ventas - Manufacturas Técnicas del Norte
Av. Industrial 455, Parque Industrial, Apodaca, N.L. 66600, México
Tel. +52 81 5550 1274""", XLSX, "MTN-2606-118.xlsx", U548_XLSX),
       "partial", "USD", "2026-09-30", "EXW",
       [line(1, 0.179, lead=42), nob(2), line(3, 0.0296, lead=28), line(4, 43.75, lead=90), line(5, 0.0705, lead=30)],
       ["lead-time-after-need-by", "no-bid"])


# u549 a Taiwanese spring maker, plain text above a Gmail-quoted RFQ (">" lines with the buyer's quantities). Springs
# "USD 0.0660/pc" -> 0.066; "MOQ: 10,000 pcs" above the 8,000 asked -> moq 10000, moq-above-quantity (no quantity
# restated -> null). "Lead time: samples 2 wks, production 6 wks after PO" -> the production lead time counts: 42 (Jul
# 17, before Jul 27). "Sample charge: USD 45.00 one time" -> a one-off charge: note. "Other items ... we can not supply"
# -> lines 1-4 declined. "Quotation validity: 2026/07/15" -> 2026-07-15 (not short); "Price term: CIF Long Beach" ->
# CIF; "T/T 30 days after B/L date" is a payment term. USD. Partial.
assert plus("2026-06-05", 42) == "2026-07-17" and 10000 > 8000
sample("u549-samples-then-production-moq-cif", S.msg("Vivian Hsu <vivian.hsu@tainan-spring.example>", "text/plain", """Dear Nora,

Good day! Thanks for your inquiry NR-RFQ-0619. We are spring maker, so we quote item 5 only.

Item: SPR-C0630-302  compression spring, SUS302, wire 0.6mm, OD 6.3mm, free length 30mm
Unit price: USD 0.0660/pc
MOQ: 10,000 pcs
Lead time: samples 2 wks, production 6 wks after PO
Sample charge: USD 45.00 one time (20 pcs samples with dimension report)

Other items (gasket, cable, screw, base plate) we can not supply, sorry.

Price term: CIF Long Beach, USA
Payment term: T/T 30 days after B/L date
Quotation validity: 2026/07/15

Best regards,
Vivian Hsu
Sales Dept.
Tainan Precision Spring Co., Ltd.
No. 27, Gongye 3rd Rd., Rende Dist., Tainan City 71755, Taiwan
Tel: +886-6-555-0192  Fax: +886-6-555-0193

On Thu, Jun 4, 2026 at 11:02 PM Nora Reyes <nreyes@northridge.example> wrote:
> Dear supplier,
>
> Please quote the items below for our RFQ NR-RFQ-0619, reply by June 12.
>
> 1. GSK-EPDM-80    Gasket EPDM 70A, 80 x 62 x 3 mm        5,000 pcs
> 2. CBL-4C22-PUR   Cable 4 x 22 AWG shielded, PUR          1,500 m
> 3. SCR-M4X10-A2   SHCS M4 x 10, A2-70                    20,000 pcs
> 4. PLT-0915-R2    Motor base plate, 6082-T6                 120 pcs
> 5. SPR-C0630-302  Compression spring, 302 SS              8,000 pcs
>
> Regards,
> Nora Reyes
> Northridge Robotics
"""),
       "partial", "USD", "2026-07-15", "CIF",
       [nob(1), nob(2), nob(3), nob(4), line(5, 0.066, lead=42, moq=10000)],
       ["moq-above-quantity", "no-bid", "note"])


# u550 multipart/alternative full no-bid from a machining and gasket shop "booked solid through Q3": "we have to decline
# to quote this one ... we'll pass" -> every line declined: five noBid lines, currency / validUntil / incoterms null,
# status no-bid, kinds {no-bid}. "CW 41 (week of October 5)", "July 13 to August 17" and "Q4" are the reason, not lead
# times or a validity; no Incoterm is written.
U550_TEXT = """Nora,

Thank you for including Loess Hills on NR-RFQ-0619. I'm sorry to say we have to decline to quote this one.

Our CNC and die-cutting cells are booked solid through Q3 - the earliest open slot we could promise is
CW 41 (week of October 5), and your need-by dates run from July 13 to August 17. Rather than quote lead
times we can't keep, we'll pass.

Please keep us on your list for Q4 work; we expect to open up capacity once the new machining center is in.

Regards,
Gary Pohlman
Loess Hills Machining & Gasket
2715 S 24th St, Council Bluffs, IA 51501 | 712-555-0126
"""
U550_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:small">
<div>Nora,</div><div><br></div>
<div>Thank you for including Loess Hills on NR-RFQ-0619. I'm sorry to say we have to decline to quote this one.</div><div><br></div>
<div>Our CNC and die-cutting cells are booked solid through Q3 - the earliest open slot we could promise is
CW 41 (week of October 5), and your need-by dates run from July 13 to August 17. Rather than quote lead
times we can't keep, we'll pass.</div><div><br></div>
<div>Please keep us on your list for Q4 work; we expect to open up capacity once the new machining center is in.</div><div><br></div>
<div>Regards,</div><div>Gary Pohlman</div>
<div><font color="#666666">Loess Hills Machining &amp; Gasket<br>2715 S 24th St, Council Bluffs, IA 51501 | 712-555-0126</font></div>
</div></body></html>"""
assert iso_week(41)[0] == "2026-10-05" and no_incoterm(U550_TEXT)
sample("u550-alt-full-no-bid-booked-through-q3", S.alternative("Gary Pohlman <gpohlman@loesshills-mg.example>", U550_TEXT, U550_HTML),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u551 a Spanish compounder writing English, EUR against the USD RFQ -> currency-differs. Resin "3,38 €/kg for 2.500 kg"
# (the break for the quantity asked; "3,21 €/kg from 5.000 kg" does not apply) -> 3.38 EUR; "Minimum order: 1.000 kg" ->
# moq 1000 (below the 2,500 asked, no deviation); "Delivery: 28 July at your works" -> a date, no year (the coming one):
# Jul 28 - Jun 12 = 46 days, AFTER the Jul 20 need-by -> lead-time-after-need-by. "Items 2 to 6 ...: no quote" ->
# declined. "valid until the end of this month" -> the Date header's month -> 2026-06-30, earlier than Jul 3 ->
# validity-short ("60 days end of month" is the payment term, not the validity); "DAP your works" -> DAP. Partial.
assert days("2026-06-12", "2026-07-28") == 46 and 1000 < 2500 < 5000
blind("u551-resin-delivery-date-valid-end-of-this-month", H.msg("Montserrat Puig <mpuig@polimeros-camp.example>", "text/plain", """Dear Lena,

Thank you for your enquiry HM-RFQ-2611. We are a compounder of engineering plastics, so we offer item 1 only:

RES-PA66-GF30 - our grade POLICAMP A66 GF30 HS BK (PA66, 30 % glass fibre, heat stabilised, black)
    Packing:        25 kg bags, 40 bags (1.000 kg) per pallet
    Price:          3,38 €/kg for 2.500 kg
                    3,21 €/kg from 5.000 kg
    Minimum order:  1.000 kg (1 pallet)
    Delivery:       28 July at your works

Items 2 to 6 (sheet, bearings, O-rings, hose, seal kits): no quote, not our business.

Prices are in EUR and valid until the end of this month because of the volatility of PA66 raw materials.
Delivery terms: DAP your works (Incoterms 2020).
Payment terms: 60 days end of month from invoice date.

Best regards,

Montserrat Puig
Customer Service & Sales
Polímeros Técnicos del Camp, S.L.
Polígon Agro-Reus, C/ de la Indústria 14, 43206 Reus (Tarragona), Spain
Tel. +34 977 55 01 62
"""),
       "partial", "EUR", "2026-06-30", "DAP",
       [line(1, 3.38, "EUR", lead=46, moq=1000), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "lead-time-after-need-by", "no-bid", "validity-short"])


# u552 an Iowa MRO distributor: CSV attachment with three break columns and a "Ship Date" column of ISO dates, counted
# from Fri 12 Jun. Bearing breaks 1+ 3.46 / 100+ 3.24 / 500+ 3.05 -> 400 falls in 100+ -> 3.24, ship 2026-06-26 -> 14
# (before Jul 27). O-rings 10,000+ 0.0236 / 50,000+ 0.0212 / 100,000+ 0.0199 -> 50,000 -> 0.0212, 2026-07-10 -> 28
# (before Aug 17). Hose 4.35 with UM M on the metre line (per metre), 2026-07-17 -> 35 (before Sep 1). Resin and sheet
# "N/Q" -> declined. The seal kit row is absent and the body says nothing of it -> missing-line. "Quote expires
# 07/24/2026" (day 24: month/day) -> 2026-07-24 (not short). The body names only freight and payment ("prepaid & added
# to invoice", "free freight on orders over $5,000", "1% 10, net 30") - no Incoterm -> incoterms null. USD. Partial.
assert [days("2026-06-12", d) for d in ("2026-06-26", "2026-07-10", "2026-07-17")] == [14, 28, 35]
assert 100 <= 400 < 500 and 50000 <= 50000 < 100000
U552_ROWS = [["Line", "Item", "Description", "Qty", "UM", "Brk Qty 1", "Price 1", "Brk Qty 2", "Price 2", "Brk Qty 3", "Price 3",
              "Ship Date", "Comment"],
             [1, "RES-PA66-GF30", "PA66 GF30 resin black 25kg bag", 2500, "KG", "", "", "", "", "", "", "", "N/Q - resin not stocked"],
             [2, "SHT-5052H32-030", "AL SHEET 5052-H32 3.0X1250X2500", 90, "EA", "", "", "", "", "", "", "", "N/Q"],
             [3, "BRG 6205-2RS", "BALL BRG 6205-2RS C3", 400, "EA", 1, "3.46", 100, "3.24", 500, "3.05", "2026-06-26", ""],
             [4, "OR-0120-NBR70", "O-RING 12.0X2.0 NBR70 BLK", 50000, "EA", 10000, "0.0236", 50000, "0.0212", 100000, "0.0199",
              "2026-07-10", ""],
             [5, "HSE-2SN-08", "HOSE EN853 2SN 1/2 IN", 800, "M", 1, "4.35", "", "", "", "", "2026-07-17", "cut lengths on request"]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U552_ROWS)
U552_BODY = """Lena -

Attached is our quote 7741-Q for HM-RFQ-2611 (CSV, opens in Excel). Ship dates shown are the dates the
goods leave our Des Moines warehouse. Prices in USD, each unless the UM says otherwise.

Freight: prepaid & added to invoice; free freight on orders over $5,000.
Terms: 1% 10, net 30.
Quote expires 07/24/2026.

Tyler Vos
Outside Sales - Raccoon River Industrial Supply
1801 SE 14th St, Des Moines, IA 50320
515-555-0119"""
assert no_incoterm(U552_BODY + _buf.getvalue())
blind("u552-csv-iso-ship-dates-freight-terms-no-incoterm", H.with_attachment("Tyler Vos <tvos@raccoonriver-ind.example>", U552_BODY,
                                                                          "text/csv", "7741-Q.csv", _buf.getvalue().encode("utf-8")),
      "partial", "USD", "2026-07-24", None,
      [nob(1), nob(2), line(3, 3.24, lead=14), line(4, 0.0212, lead=28), line(5, 4.35, lead=35)],
      ["missing-line", "no-bid"])


# u553 a South Carolina seal distributor's XLSX. Bearing "Regret - not our line" -> declined. O-rings 0.0218, "20,000
# ex-stock, balance 30,000 in 5 wks" -> the balance's 35 (Jul 17, before Aug 17); 20,000 + 30,000 = 50,000 -> null.
# Hose 4.62 "price per metre", "1-2 months" -> upper bound 2 x 30 = 60 (Aug 11, before Sep 1). Seal kit 41.80 per SET,
# "Samples 3 wks / production 8-10 wks" -> production counts, upper bound 70 (Aug 21, before Sep 21); "One-time kit
# set-up & label artwork $150.00" -> note. Resin and sheet are not in the sheet or the body -> missing-line. "Quote
# valid until Aug 14, 2026" -> 2026-08-14 (not short); "CPT your dock" -> CPT ("Net 30", "Estes LTL" are no Incoterm).
# USD. Partial.
assert 20000 + 30000 == 50000 and plus("2026-06-12", 35) == "2026-07-17" and plus("2026-06-12", 60) == "2026-08-11"
assert plus("2026-06-12", 70) == "2026-08-21"
U553_XLSX = xlsx([
    ["Upstate Seal & Gasket, Inc. - Quotation USG-Q-60612"],
    ["For: Halvorsen Mfg., attn. Lena Marsh - your RFQ HM-RFQ-2611"],
    [""],
    ["Line", "Part No.", "Description", "Qty", "U/M", "Unit Price", "Lead Time", "Notes"],
    [3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3", 400, "EA", "", "", "Regret - not our line"],
    [4, "OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR 70 black", 50000, "EA", 0.0218, "20,000 ex-stock, balance 30,000 in 5 wks", ""],
    [5, "HSE-2SN-08", "Hose EN 853 2SN DN12", 800, "M", 4.62, "1-2 months", "price per metre"],
    [6, "KIT-PX200-SEAL", "Seal kit PX-200, bagged & labelled", 150, "SET", 41.80, "Samples 3 wks / production 8-10 wks",
     "One-time kit set-up & label artwork $150.00"],
    [""],
    ["Prices in USD. Quote valid until Aug 14, 2026. CPT your dock (Incoterms 2020). Net 30. Ships via Estes LTL."],
])
blind("u553-xlsx-balance-months-samples-production-cpt", H.with_attachment("Shonda Gaines <sgaines@upstate-seal.example>", """Hi Lena,

Attached is our quote USG-Q-60612 on HM-RFQ-2611 - O-rings, hose and the PX-200 seal kits.
We don't handle bearings; that row is marked.

Kit samples go out first for your approval, production runs in parallel.

Thanks,
Shonda Gaines
Upstate Seal & Gasket, Inc.
310 Mary Black Memorial Dr, Spartanburg, SC 29303 | 864-555-0152""", XLSX, "USG-Q-60612.xlsx", U553_XLSX),
      "partial", "USD", "2026-08-14", "CPT",
      [nob(3), line(4, 0.0218, lead=35), line(5, 4.62, lead=60), line(6, 41.80, lead=70)],
      ["missing-line", "no-bid", "note"])


# u554 multipart/alternative (text + HTML, quoted-printable) from an Ohio aluminium service centre on the sheet only:
# "90 sheets @ $148.60/sheet" -> 148.60, as asked -> null; "Mill lead time 5-7 weeks" -> 49 (Jul 31, before Aug 10).
# "the sheet price may move up or down with the MWP" at shipment -> a price-adjustment clause: note. Nothing said about
# the other five lines -> missing-line. "Quote valid 10 days" from Fri 12 Jun -> 2026-06-22, earlier than Jul 3 ->
# validity-short. "Ex Works our Steubenville warehouse" -> EXW ("prepaid and add" freight is no Incoterm). USD. Partial.
assert plus("2026-06-12", 49) == "2026-07-31" and plus("2026-06-12", 10) == "2026-06-22"
U554_TEXT = """Lena,

Quote on the 5052 sheet, HM-RFQ-2611 line 2:

SHT-5052H32-030   5052-H32 .118" (3.0 mm) x 1250 x 2500 mm, PVC film one side
90 sheets @ $148.60/sheet
Mill lead time 5-7 weeks - we have no 1250 x 2500 on the floor right now.

Aluminum Midwest premium (MWP) is adjusted at time of shipment - the sheet price may move up or down with the MWP.

Ex Works our Steubenville warehouse. We can arrange the freight, prepaid and add.
Quote valid 10 days due to the metal market.

Frank Dellapina
Ohio River Aluminum Service
600 Commercial St, Steubenville, OH 43952
740-555-0171
"""
U554_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Lena,</p>
<p>Quote on the 5052 sheet, HM-RFQ-2611 line 2:</p>
<table cellpadding="3" style="border:1px solid #888">
<tr><td><b>SHT-5052H32-030</b></td><td>5052-H32 .118&quot; (3.0 mm) x 1250 x 2500 mm, PVC film one side</td></tr>
<tr><td>Qty / price</td><td>90 sheets @ $148.60/sheet</td></tr>
<tr><td>Lead time</td><td>Mill lead time 5-7 weeks - we have no 1250 x 2500 on the floor right now.</td></tr>
</table>
<p>Aluminum Midwest premium (MWP) is adjusted at time of shipment - the sheet price may move up or down with the MWP.</p>
<p>Ex Works our Steubenville warehouse. We can arrange the freight, prepaid and add.<br>
Quote valid 10 days due to the metal market.</p>
<p>Frank Dellapina<br>Ohio River Aluminum Service<br>600 Commercial St, Steubenville, OH 43952<br>740-555-0171</p>
</body></html>"""
blind("u554-alt-sheet-mill-weeks-mwp-ex-works-10-days", H.alternative("Frank Dellapina <fdellapina@ohioriver-alum.example>", U554_TEXT, U554_HTML,
                                                                      cte="quoted-printable"),
      "partial", "USD", "2026-06-22", "EXW",
      [line(2, 148.60, lead=49)],
      ["missing-line", "note", "validity-short"])


# u555 a Louisiana industrial and polymer distributor quotes all six lines in a one-page PDF with an "Avail." column
# (ship lead time ARO, per the legend) and a "Per" column the legend explains (KG, EA, SET, MTR = per metre, M = per
# 1,000 pieces). Resin $3.86 per KG, "2-3 WKS" -> 21 (Jul 3, before Jul 20). Sheet $151.20 EA, "4-5 WKS" -> 35 (Jul 17,
# before Aug 10). Bearing $3.31 EA, "STOCK" -> 0. O-rings $22.40 per M on the counted line -> 0.0224, "10-15 DAYS" ->
# 15 (Jun 27, before Aug 17). Hose $4.48 per MTR -> 4.48, "6 WKS ARO" -> 42 (Jul 24, before Sep 1). Kit $44.90 per
# SET, "45 DAYS" -> 45 (Jul 27, before Sep 21). Quantities as asked -> null. "Quote expires: July 31st, 2026" ->
# 2026-07-31 (not short); "CIP your plant (Incoterms 2020)" -> CIP. Every line priced, nothing late -> parsed, no kinds.
assert close(22.40 / 1000, 0.0224) and plus("2026-06-12", 15) == "2026-06-27" and plus("2026-06-12", 45) == "2026-07-27"
P555 = table_page("QUOTATION BQ-260612-07",
                  ["Ln", "Item", "Description", "Qty", "UM", "Price", "Per", "Avail."],
                  [["1", "RES-PA66-GF30", "PA66 GF30 HS resin, black, 25 kg bag", "2,500", "KG", "$3.86", "KG", "2-3 WKS"],
                   ["2", "SHT-5052H32-030", "Al sheet 5052-H32 3.0x1250x2500", "90", "EA", "$151.20", "EA", "4-5 WKS"],
                   ["3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3", "400", "EA", "$3.31", "EA", "STOCK"],
                   ["4", "OR-0120-NBR70", "O-ring 12.0x2.0 NBR 70 black", "50,000", "EA", "$22.40", "M", "10-15 DAYS"],
                   ["5", "HSE-2SN-08", "Hyd. hose EN 853 2SN DN12", "800", "M", "$4.48", "MTR", "6 WKS ARO"],
                   ["6", "KIT-PX200-SEAL", "Seal kit PX-200, bagged", "150", "SET", "$44.90", "SET", "45 DAYS"]],
                  ["Bayou Industrial & Polymer Supply - 2200 Broad St, Lake Charles, LA 70601 - 337-555-0148",
                   "Customer: Halvorsen Mfg., attn. Lena Marsh - your RFQ HM-RFQ-2611",
                   "Per: EA = each, KG = per kilogram, SET = per set, MTR = per metre, M = per 1,000 pieces.",
                   "Avail. = ship lead time after receipt of order.",
                   "Quote expires: July 31st, 2026",
                   "Shipping terms: CIP your plant (Incoterms 2020) - freight and insurance included",
                   "Payment terms: Net 30 days"],
                  [24, 88, 178, 48, 30, 54, 34, 70])
blind("u555-pdf-avail-column-all-six-lines-cip", H.with_attachment("Renee Broussard <rbroussard@bayou-ips.example>", """Lena,

Our quote BQ-260612-07 for all six lines of HM-RFQ-2611 is attached (PDF).

Renee Broussard
Bayou Industrial & Polymer Supply
337-555-0148""", PDF, "BQ-260612-07.pdf", pdf([check_page(P555)])),
      "parsed", "USD", "2026-07-31", "CIP",
      [line(1, 3.86, lead=21), line(2, 151.20, lead=35), line(3, 3.31, lead=0), line(4, 0.0224, lead=15),
       line(5, 4.48, lead=42), line(6, 44.90, lead=45)],
      [])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u556 a German turning shop, quoted-printable, above the buyer's quoted request ("-----Ursprüngliche Nachricht-----").
# Shaft "à 41,60 EUR", "8 Wochen nach Zeichnungsfreigabe" (after drawing approval) -> 56 (Aug 10, before Aug 28).
# Housing "à 1.318,00 EUR" -> 1318.00, "Lieferzeit: 3-4 Monate" -> 4 x 30 = 120: Jun 15 + 120 = Oct 13, AFTER the Oct 2
# need-by -> lead-time-after-need-by; "Einmalige Vorrichtungskosten: 650,00 EUR" (one-time fixture cost) -> note.
# Bracket set "à 26,40 EUR" per Satz, "Liefertermin: KW 36 (31.08.-04.09.2026)" -> upper bound Sep 4 -> 81 (before Oct
# 9). Quantities as asked -> null. "Pos. 3 und 4 ...: hierzu kein Angebot" -> declined. "Angebot gültig bis 21.08.2026"
# -> 2026-08-21 (not short); "ab Werk Heilbronn (EXW, Incoterms 2020)" -> EXW ("14 Tage 2 % Skonto" is payment). EUR.
assert iso_week(36) == ("2026-08-31", "2026-09-04") and days("2026-06-15", "2026-09-04") == 81
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 120) == "2026-10-13"
V_QUOTED = "\n".join(f" {p:<5}{pn:<20}{d:<44}{q:>6} {u:<4}{nb}" for p, pn, d, q, u, nb in
                     [("Pos", "Teilenummer", "Bezeichnung", "Menge", "ME", "Liefertermin")] + V.RFQ_ROWS)
blind2("u556-german-kw-range-zeichnungsfreigabe-ab-werk", V.msg("Tobias Bader <t.bader@bader-dreherei.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen wie folgt an:

Pos. 1   SH-2231-C rev B   Antriebswelle 42CrMo4 vergütet, gedreht und geschliffen
         250 Stk.   à 41,60 EUR
         Lieferzeit: 8 Wochen nach Zeichnungsfreigabe

Pos. 2   HSG-1180-GJL   Getriebegehäuse EN-GJL-250, komplett bearbeitet, grundiert RAL 7035
         25 Stk.    à 1.318,00 EUR
         Lieferzeit: 3-4 Monate (Rohguss über unsere Partnergießerei)
         Einmalige Vorrichtungskosten: 650,00 EUR

Pos. 5   2231-004-03   Sensorhalter-Satz li./re., schwarz eloxiert, inkl. Schrauben
         150 Satz   à 26,40 EUR
         Liefertermin: KW 36 (31.08.-04.09.2026)

Pos. 3 und 4 (Verschraubung, Normzylinder) sind Handelsware - hierzu kein Angebot.

Lieferbedingung: ab Werk Heilbronn (EXW, Incoterms 2020), Verpackung inklusive
Zahlungsbedingung: 30 Tage netto, 14 Tage 2 % Skonto
Angebot gültig bis 21.08.2026

Mit freundlichen Grüßen

Tobias Bader
Dreherei Bader GmbH
Weipertstraße 31, 74076 Heilbronn
Tel. +49 7131 555 01 93

-----Ursprüngliche Nachricht-----
Von: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Gesendet: Freitag, 12. Juni 2026 14:20
An: vertrieb@bader-dreherei.example
Betreff: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Sehr geehrte Damen und Herren,

bitte bieten Sie uns folgende Positionen an:

""" + V_QUOTED + """

Mit freundlichen Grüßen
Jonas Albers
""", cte="quoted-printable", subject="AW: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "EUR", "2026-08-21", "EXW",
       [line(1, 41.60, "EUR", lead=56), line(2, 1318.00, "EUR", lead=120), nob(3), nob(4), line(5, 26.40, "EUR", lead=81)],
       ["lead-time-after-need-by", "no-bid", "note"])


# u557 a Danish pneumatics distributor: short body and a one-page PDF whose "Your pos." column names the RFQ lines and
# whose "Delivery" column holds dispatch dates ("24 Jul 2026"), counted from Mon 15 Jun. Connector, a price scale in
# rows below it with decimal commas ("1 - 999 pcs 4,35 / 1.000 - 4.999 pcs 3,96 / 5.000 pcs + 3,71"): 2,000 falls in
# the middle band -> 3.96 EUR; 24 Jul -> 39 (before Aug 14); "2.000 pcs" as asked -> null. Cylinder: "we are not a
# Festo distributor", their own "HP-ISO32-080-A ... offered instead of Festo DSBC-32-80-PPVA-N3" -> alternatePartNumber
# HP-ISO32-080-A (alternate-part), 86,40 -> 86.40, 21 Aug -> 67 (before Sep 11). Shaft, housing and bracket set never
# mentioned -> missing-line. "Validity: until 14 Jul 2026" -> 2026-07-14 (not short: Jul 14 >= Jul 10); "FCA Horsens"
# -> FCA ("DHL Freight at cost" is a freight remark). EUR. Partial.
assert days("2026-06-15", "2026-07-24") == 39 and days("2026-06-15", "2026-08-21") == 67 and 1000 <= 2000 <= 4999
X557 = [40, 84, 160, 360, 420, 480]
P557 = ([(40, 800, 14, "HORSENS PNEUMATIK A/S"), (430, 800, 14, "QUOTATION"),
         (40, 786, 8, "Vejlevej 212, 8700 Horsens, Denmark  |  +45 75 55 01 38  |  CVR 55 01 38 21"),
         (430, 784, 9, "No. HP-26-1187"), (430, 772, 9, "Date: 15 June 2026"),
         (40, 748, 9, "Customer: Vossberg Maschinenbau GmbH, attn. Mr Jonas Albers"), (360, 748, 9, "Your RFQ: VM-RFQ-4418")]
        + row(716, X557, ["Your pos.", "Item no.", "Description", "Qty", "Price EUR", "Delivery"])
        + row(700, X557, ["3", "FIT-316-G12-10", "Male connector G1/2 - 10 mm tube, 316L", "2.000 pcs", "see scale", "24 Jul 2026"])
        + row(686, X557, ["", "", "   price scale   1 - 999 pcs", "", "4,35", ""])
        + row(674, X557, ["", "", "                     1.000 - 4.999 pcs", "", "3,96", ""])
        + row(662, X557, ["", "", "                     5.000 pcs +", "", "3,71", ""])
        + row(642, X557, ["4", "HP-ISO32-080-A", "ISO 15552 cylinder 32/80, adj. cushioning", "120 pcs", "86,40", "21 Aug 2026"])
        + row(628, X557, ["", "", "offered instead of Festo DSBC-32-80-PPVA-N3", "", "", ""])
        + [(40, 600, 9, "Pos. 4: we are not a Festo distributor. HP-ISO32-080-A is our own cylinder to ISO 15552, same mounting"),
           (40, 588, 9, "dimensions and stroke; data sheet on request."),
           (40, 570, 9, "Delivery dates are dates of dispatch from Horsens."),
           (40, 556, 9, "Delivery terms: FCA Horsens (Incoterms 2020). Freight by your forwarder or via DHL Freight at cost."),
           (40, 542, 9, "Payment: 30 days net"),
           (40, 528, 9, "Validity: until 14 Jul 2026"),
           (40, 500, 9, "Mette Kjaergaard, Sales")])
blind2("u557-pdf-dispatch-dates-scale-house-cylinder", V.message("Mette Kjærgaard <mk@horsens-pneumatik.example>", multipart("mixed", "=_hp_1187", [
        text_part("text/plain", """Dear Jonas,

thank you for VM-RFQ-4418. Attached is our quotation HP-26-1187 for the connector and the cylinder
(your pos. 3 and 4).

Best regards
Mette Kjærgaard
Horsens Pneumatik A/S
Vejlevej 212, 8700 Horsens, Denmark
+45 75 55 01 38
""", cte="quoted-printable"),
        file_part(PDF, "HP-26-1187.pdf", pdf([check_page(P557)]))])),
       "partial", "EUR", "2026-07-14", "FCA",
       [line(3, 3.96, "EUR", lead=39), line(4, 86.40, "EUR", lead=67, alt="HP-ISO32-080-A")],
       ["alternate-part", "missing-line"])


# u558 a Polish grey-iron foundry in English with space thousands and decimal commas, above an Outlook-quoted RFQ:
# housing "1 274,00 EUR/pc" -> 1274.00; "minimum batch: 30 pcs" above the 25 asked -> moq 30, moq-above-quantity (no
# quantity restated -> null); "pattern equipment (one-time): 4 850,00 EUR" -> note; "delivery time: 45-60 days from
# drawing approval" -> upper bound 60 (Aug 14, before Oct 2). "Pos. 1, 3, 4, 5: no quote" -> declined. "Offer valid 30
# days" from Mon 15 Jun -> 2026-07-15 (not short); "DAP your plant, Bremen" -> DAP ("45 days from invoice date" is the
# payment term). EUR. Partial.
assert plus("2026-06-15", 60) == "2026-08-14" and plus("2026-06-15", 30) == "2026-07-15" and 30 > 25
blind2("u558-polish-foundry-day-range-moq-pattern-dap", V.msg("Agnieszka Wróbel <a.wrobel@dolnoslaska-odlewnia.example>", "text/plain", """Dear Mr. Albers,

thank you for the inquiry VM-RFQ-4418. We are a grey iron foundry with own machining shop, so we quote
pos. 2 only.

Pos. 2  HSG-1180-GJL  gearbox housing EN-GJL-250, machined complete, primed RAL 7035
  unit price:                       1 274,00 EUR/pc (casting + machining + primer)
  minimum batch:                    30 pcs (one moulding series)
  pattern equipment (one-time):     4 850,00 EUR
  delivery time:                    45-60 days from drawing approval

Pos. 1, 3, 4, 5: no quote - these are not castings.

Delivery: DAP your plant, Bremen (Incoterms 2020), freight included.
Payment: 45 days from invoice date.
Offer valid 30 days.

Best regards
Agnieszka Wróbel
Sales Specialist
Dolnośląska Odlewnia Żeliwa Sp. z o.o.
ul. Odlewnicza 7, 54-610 Wrocław, Poland
tel. +48 71 555 01 84

-----Original Message-----
From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: Friday, June 12, 2026 2:20 PM
To: sales@dolnoslaska-odlewnia.example
Subject: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Sir or Madam,

please quote the following items:

""" + V_QUOTED + """

Kind regards
Jonas Albers
Vossberg Maschinenbau GmbH
"""),
       "partial", "EUR", "2026-07-15", "DAP",
       [nob(1), line(2, 1274.00, "EUR", lead=60, moq=30), nob(3), nob(4), nob(5)],
       ["moq-above-quantity", "no-bid", "note"])


# u559 multipart/alternative (text + HTML) from an Austrian machining shop, English with decimal commas, delivery DATES:
# shaft "EUR 39,90 / pc", "delivery: 4 September 2026" -> Sep 4 - Jun 15 = 81 days: AFTER the Aug 28 need-by ->
# lead-time-after-need-by; bracket set "EUR 23,40 / set", "delivery: 28 August" (no year: the coming one) -> 74 (before
# Oct 9). Quantities as asked -> null. "2), 3), 4): regret, we cannot offer these" -> declined. "Prices valid until end
# of July 2026" -> 2026-07-31 (not short); "Delivery CPT Bremen" -> CPT ("wooden boxes", "30 days net" are no Incoterm).
# EUR. Partial.
assert days("2026-06-15", "2026-09-04") == 81 and days("2026-06-15", "2026-08-28") == 74
U559_TEXT = """Dear Mr Albers,

thank you for VM-RFQ-4418. We offer the turned and the milled item:

1) SH-2231-C rev B - drive shaft 42CrMo4, 30 h6 x 412 mm
   250 pcs   EUR 39,90 / pc
   delivery: 4 September 2026

5) 2231-004-03 - sensor bracket set L/R, black anodised, incl. screws
   150 sets  EUR 23,40 / set
   delivery: 28 August

2), 3), 4): regret, we cannot offer these.

Prices valid until end of July 2026.
Delivery CPT Bremen, packed in wooden boxes. Payment 30 days net.

Kind regards
Lukas Pichler
Murtal Präzisionstechnik GmbH
Industriestraße 5, 8740 Zeltweg, Austria
T +43 3577 555 01 66
"""
U559_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Mr Albers,</p>
<p>thank you for VM-RFQ-4418. We offer the turned and the milled item:</p>
<p><b>1) SH-2231-C rev B</b> - drive shaft 42CrMo4, 30 h6 x 412 mm<br>
250 pcs &nbsp; EUR 39,90 / pc<br>delivery: 4 September 2026</p>
<p><b>5) 2231-004-03</b> - sensor bracket set L/R, black anodised, incl. screws<br>
150 sets &nbsp; EUR 23,40 / set<br>delivery: 28 August</p>
<p>2), 3), 4): regret, we cannot offer these.</p>
<p>Prices valid until end of July 2026.<br>Delivery CPT Bremen, packed in wooden boxes. Payment 30 days net.</p>
<p>Kind regards<br>Lukas Pichler<br>Murtal Präzisionstechnik GmbH<br>Industriestraße 5, 8740 Zeltweg, Austria<br>T +43 3577 555 01 66</p>
</body></html>"""
blind2("u559-alt-delivery-dates-valid-end-of-july-cpt", V.alternative("Lukas Pichler <l.pichler@murtal-praezision.example>", U559_TEXT, U559_HTML,
                                                                     "=_murtal_alt_4418", cte="quoted-printable"),
       "partial", "EUR", "2026-07-31", "CPT",
       [line(1, 39.90, "EUR", lead=81), nob(2), nob(3), nob(4), line(5, 23.40, "EUR", lead=74)],
       ["lead-time-after-need-by", "no-bid"])


# u560 a Portuguese sourcing house quotes all five lines in an XLSX, each lead time in another notation, counted from
# Mon 15 Jun: shaft 37.20 "8 weeks after drawing approval" -> 56 (Aug 10, before Aug 28); housing 1189.00 "14-16
# weeks" -> 112: Oct 5, AFTER the Oct 2 need-by -> lead-time-after-need-by; connector 3.88 "ex-stock" -> 0; cylinder
# (the Festo part asked) 91.50 "3-4 weeks" -> 28; bracket set 24.10 per set "30 working days" -> 30 x 7/5 = 42 (Jul
# 27, before Oct 9). Quantities as asked -> null. "Validity: 45 days" from Mon 15 Jun -> 2026-07-30 (not short);
# "Incoterm: DDP Bremen" -> DDP ("30% with order, 70% before dispatch" is payment). EUR. Parsed.
assert plus("2026-06-15", 112) == "2026-10-05" and 30 * 7 // 5 == 42 and plus("2026-06-15", 45) == "2026-07-30"
U560_XLSX = xlsx([
    ["MINHO INDUSTRIAL SOURCING, LDA. - Proposal MIS-0626/41"],
    ["Customer: Vossberg Maschinenbau GmbH - RFQ VM-RFQ-4418"],
    [""],
    ["Item", "Ref. customer", "Description", "Qty", "Unit", "Unit price (EUR)", "Delivery"],
    [1, "SH-2231-C rev B", "Drive shaft 42CrMo4 QT, ground, 30h6 x 412", 250, "pc", 37.2, "8 weeks after drawing approval"],
    [2, "HSG-1180-GJL", "Gearbox housing EN-GJL-250 machined, primed", 25, "pc", 1189.0, "14-16 weeks"],
    [3, "FIT-316-G12-10", "Male connector G1/2 - 10 mm tube, 316L", 2000, "pc", 3.88, "ex-stock"],
    [4, "DSBC-32-80-PPVA-N3", "Festo ISO 15552 cylinder 32/80 PPVA", 120, "pc", 91.5, "3-4 weeks"],
    [5, "2231-004-03", "Sensor bracket set L+R, 6082-T6, black anodised", 150, "set", 24.1, "30 working days"],
    [""],
    ["Validity: 45 days", "", "", "", "", "Incoterm:", "DDP Bremen"],
    ["Payment: 30% with order, 70% before dispatch"],
])
blind2("u560-xlsx-five-lead-notations-ddp-parsed", V.message("Tiago Fernandes <tiago.fernandes@minho-sourcing.example>", multipart("mixed", "=_mis_0626_41", [
        text_part("text/plain", """Dear Mr. Albers,

good afternoon. Please find attached our proposal MIS-0626/41 for all five positions of your RFQ VM-RFQ-4418.
The housing is cast by our partner foundry in Leiria and machined in our own shop; the shaft starts
once you approve our manufacturing drawing.

Best regards,
Tiago Fernandes
Minho Industrial Sourcing, Lda.
Rua da Indústria 120, 4835-044 Guimarães, Portugal
+351 253 555 017
"""),
        file_part(XLSX, "MIS-0626-41.xlsx", U560_XLSX)])),
       "parsed", "EUR", "2026-07-30", "DDP",
       [line(1, 37.20, "EUR", lead=56), line(2, 1189.00, "EUR", lead=112), line(3, 3.88, "EUR", lead=0),
        line(4, 91.50, "EUR", lead=28), line(5, 24.10, "EUR", lead=42)],
       ["lead-time-after-need-by"])


if __name__ == "__main__":
    ROUND.write()
