#!/usr/bin/env python3
"""Writes replies u369..u384 (Corpus/u*.eml + expected u*.json) - the twenty-fourth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is FORWARDS AND RELAYS: every quote reaches the buyer forwarded, and the sender is always the
forwarder. The vendor's inside-sales colleague forwards a travelling salesman's quote ("Forwarding Mark's quote below")
with the buyer's original RFQ further down (its quantities and need-by dates must not be read); a Gmail "----------
Forwarded message ---------" whose top note only says "see below"; manufacturers' representatives relay a factory's
quote in the factory's currency and terms, the rep's note on top amending one value (a shorter spring lead time, a
validity extended to August 31, DAP instead of the factory's FCA - the note wins); a top note that corrects the gasket
price in the forwarded quote (the correction wins); nested forwards two deep (FW: FW:) from a cable mill, a Chinese
bearing factory and a Polish foundry; a top note that declines two lines the forwarded part leaves out; a distributor
that prices its own stock item on top and forwards the manufacturer's reply on a built-to-order kit (MOQ above the
quantity); an Outlook HTML forward (divRplyFwdMsg) with only "FYI - see below" on top; a factory's whole regret
relayed by a rep with the RFQ quoted below; German Outlook "Von: / Gesendet: / An: / Betreff:" blocks with a one-off
pattern charge; a manufacturer's box-of-50 price with a short written validity; and a same-day forward whose "valid
60 days" counts from the Date header.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026); relative validity
appears only where the forwarded message was written on the same calendar day.
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob  # expected-line shapes
from blind_round import Round, close, plus  # the round's cases, checked and written; date and amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime

ROUND = Round(369)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u369 the vendor's inside-sales colleague forwards the salesman's quote (Outlook plain text, "From: / Sent: / To: /
# Subject:" blocks under a rule); below the quote, the buyer's ORIGINAL RFQ with its quantities and need-by dates (not
# the vendor's). Mark's quote: gasket "$0.184 ea, 4 weeks" -> 0.184, 28 (Jun 5 + 28 = Jul 3, before Aug 3); cable
# "$1.38 per metre, 3 weeks" on the metre line -> 1.38, 21 (Jun 26, before Jul 20); screws "$29.80 per M, stock" ->
# 29.80 / 1000 = 0.0298, 0; plate "$43.20 ea, 6 weeks" -> 43.20, 42 (Jul 17, before Aug 17); springs "$0.0715 ea,
# 3 weeks" -> 0.0715, 21 (Jun 26, before Jul 27). Quantities not restated -> null. "prices USD", "FOB Cincinnati, OH",
# "good through July 31, 2026" -> 2026-07-31 (not short). All five priced -> parsed, no deviations.
assert close(29.80 / 1000, 0.0298) and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 21) == "2026-06-26"
sample("u369-outlook-fw-marks-quote-rfq-below", S.msg("Jenna Walsh <jwalsh@tristate-mech.example>", "text/plain", """Hi Nora,

Forwarding Mark's quote below - he's on the road this week and asked me to make sure it reached you before your
deadline. If anything needs clarifying I can help, or Mark is back in the office on Tuesday.

Thanks,
Jenna Walsh
Inside Sales | Tri-State Mechanical Supply
513-555-0164

________________________________
From: Mark Feeney <mfeeney@tristate-mech.example>
Sent: Thursday, June 4, 2026 6:52 PM
To: Jenna Walsh <jwalsh@tristate-mech.example>
Subject: FW: RFQ NR-RFQ-0619 - Mechanical and cable parts

Jenna - please send this to Nora Reyes at Northridge tomorrow morning, I won't have a laptop.

Quote TSM-26-0412, prices USD:

1  GSK-EPDM-80     gasket          $0.184 ea          4 weeks
2  CBL-4C22-PUR    cable           $1.38 per metre    3 weeks
3  SCR-M4X10-A2    SHCS M4x10      $29.80 per M       stock
4  PLT-0915-R2     base plate      $43.20 ea          6 weeks
5  SPR-C0630-302   spring          $0.0715 ea         3 weeks

FOB Cincinnati, OH. Quote good through July 31, 2026.

Mark

________________________________
From: Nora Reyes <nreyes@northridge.example>
Sent: Monday, June 1, 2026 8:02 AM
To: Mark Feeney <mfeeney@tristate-mech.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hello Mark,

Please quote the parts below by June 12, 2026.

Line  Part number     Description                         Qty     Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 80x62x3                 5000    EA    2026-08-03
2     CBL-4C22-PUR    Cable 4x22 AWG PUR, 305 m spools    1500    M     2026-07-20
3     SCR-M4X10-A2    SHCS M4x10 A2-70                    20000   EA    2026-07-13
4     PLT-0915-R2     Motor base plate 6082-T6            120     EA    2026-08-17
5     SPR-C0630-302   Compression spring 302 SS           8000    EA    2026-07-27

Thank you,
Nora Reyes
Purchasing, Northridge
""", subject="FW: Quote TSM-26-0412 - Northridge NR-RFQ-0619"),
       "parsed", "USD", "2026-07-31", "FOB",
       [line(1, 0.184, lead=28), line(2, 1.38, lead=21), line(3, 0.0298, lead=0), line(4, 43.20, lead=42),
        line(5, 0.0715, lead=21)],
       [])


# u370 a Gmail forward whose top note only says "see below"; the quote is the colleague's message under the
# "---------- Forwarded message ---------" marker. Gasket "$0.179 each, 5 weeks" -> 0.179, 35 (Jun 5 + 35 = Jul 10,
# before Aug 3); screws "$30.60/M, from stock" -> 0.0306, 0; springs "$68.40/M, 4 weeks" -> 68.40 / 1000 = 0.0684, 28
# (Jul 3, before Jul 27). "no quote on those two" (cable CBL-4C22-PUR and plate PLT-0915-R2) -> lines 2 and 4 declined.
# Quantities not restated -> null. "all USD"; "CPT your dock (Incoterms 2020)" -> CPT; "firm until July 20, 2026" ->
# 2026-07-20 (not short). Partial, no-bid.
assert close(30.60 / 1000, 0.0306) and close(68.40 / 1000, 0.0684) and plus("2026-06-05", 35) == "2026-07-10"
sample("u370-gmail-fwd-see-below", S.msg("Brian Okafor <bokafor@gateway-rubber.example>", "text/plain", """Nora, see below.

Brian

---------- Forwarded message ---------
From: Sofia Lindgren <slindgren@gateway-rubber.example>
Date: Fri, Jun 5, 2026 at 7:48 AM
Subject: Re: Northridge RFQ NR-RFQ-0619
To: Brian Okafor <bokafor@gateway-rubber.example>


Brian,

Pricing for Northridge, all USD:

GSK-EPDM-80 gasket: $0.179 each, 5 weeks
SCR-M4X10-A2 screws: $30.60/M, from stock
SPR-C0630-302 springs: $68.40/M, 4 weeks

We don't make the cable (CBL-4C22-PUR) or the machined base plate (PLT-0915-R2), so no quote on those two.

CPT your dock (Incoterms 2020). Prices firm until July 20, 2026.

Sofia Lindgren
Estimating, Gateway Rubber & Spring
""", subject="Fwd: Northridge RFQ NR-RFQ-0619"),
       "partial", "USD", "2026-07-20", "CPT",
       [line(1, 0.179, lead=35), nob(2), line(3, 0.0306, lead=0), nob(4), line(5, 0.0684, lead=28)],
       ["no-bid"])


# u371 a manufacturers' rep relays a German factory's quote ("-----Original Message-----" block) in the factory's
# currency and terms; the rep's note on top amends ONE value: the springs in 6 weeks, not the 8 weeks written below (the
# note wins). Screws "EUR 27,40 / 1000 pcs, delivery 3 weeks" -> 27.40 / 1000 = 0.0274 EUR, 21 (Jun 5 + 21 = Jun 26,
# before Jul 13). Springs "EUR 0,0615 / pc" -> 0.0615 EUR, amended 6 weeks -> 42 (Jul 17, before Jul 27; the factory's
# 8 weeks = 56 -> Jul 31 would have been late). "Pos. 1, 2 and 4 ... no offer" -> declined. Quantities restated as
# asked ("20.000 pcs", "8.000 pcs") -> null. EUR against the USD RFQ -> currency-differs. "FCA Pforzheim" -> FCA;
# "valid until 31.07.2026" -> 2026-07-31 (not short). Partial, currency-differs and no-bid.
assert close(27.40 / 1000, 0.0274) and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 56) == "2026-07-31"
sample("u371-rep-relays-factory-eur-lead-amended", S.msg("Tom Hadley <thadley@hadley-tech-sales.example>", "text/plain", """Nora,

Below is the factory's quotation for the screws and springs - Schwarzwald Feder- und Schraubenwerk is one of the
lines we represent. Prices are in euros, direct from the factory; you would order from them and they invoice you.

One update: I spoke with Jürgen this morning and the factory can do the springs in 6 weeks, not the 8 weeks in
his quote - they are moving your order into an earlier coiling slot. Everything else stands as written.

Regards,
Tom Hadley
Hadley Technical Sales, Inc. - manufacturers' representatives
Cell 248-555-0119

-----Original Message-----
From: Jürgen Keller <j.keller@schwarzwald-feder.example>
Sent: Thursday, June 4, 2026 3:15 PM
To: Tom Hadley <thadley@hadley-tech-sales.example>
Subject: Angebot / Quotation 26-0877 - Northridge NR-RFQ-0619

Dear Tom,

for your customer Northridge, RFQ NR-RFQ-0619, we offer as follows:

Pos. 3  SCR-M4X10-A2   ISO 4762 M4 x 10 A2-70      20.000 pcs   EUR 27,40 / 1000 pcs   delivery 3 weeks
Pos. 5  SPR-C0630-302  compression spring 302 SS    8.000 pcs   EUR 0,0615 / pc        delivery 8 weeks

Pos. 1, 2 and 4 (gasket, cable, base plate) are not in our production range - no offer.

Prices net, FCA Pforzheim (Incoterms 2020). Offer valid until 31.07.2026.

Mit freundlichen Grüßen / best regards
Jürgen Keller
Export Sales
Schwarzwald Feder- und Schraubenwerk GmbH
""", subject="FW: Angebot / Quotation 26-0877 - Northridge NR-RFQ-0619"),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 0.0274, "EUR", lead=21), nob(4), line(5, 0.0615, "EUR", lead=42)],
       ["currency-differs", "no-bid"])


# u372 the sales manager forwards the quote his colleague sent yesterday with ONE correction on top: the gasket is
# $0.172 each, not the $0.182 written below (the correction wins). Gasket 0.172, "4-5 weeks" -> upper bound 35 (Jun 5 +
# 35 = Jul 10, before Aug 3); screws "$0.0289 ea, stock" -> 0.0289, 0; plate "$46.30 ea, 7 weeks" -> 46.30, 49 (Jul 24,
# before Aug 17); springs "$0.0702 ea, 3-4 weeks" -> 0.0702, 28 (Jul 3, before Jul 27). The cable is mentioned nowhere
# -> missing-line. Quantities not restated -> null. "USD", "DAP Northridge" -> DAP ("net 30" is a payment term);
# "valid until July 17, 2026" -> 2026-07-17 (not short). Partial, missing-line.
assert plus("2026-06-05", 49) == "2026-07-24" and plus("2026-06-05", 28) == "2026-07-03"
sample("u372-fw-top-note-corrects-gasket-price", S.msg("Kevin Dunn <kdunn@ridgeline-ind.example>", "text/plain", """Nora,

Forwarding Alan's quote from yesterday with one correction: the gasket price should read $0.172 each, not
$0.182 - he used last quarter's EPDM cost. All other prices and terms below are correct.

Apologies for the mix-up.

Kevin Dunn
Sales Manager, Ridgeline Industrial Products

-----Original Message-----
From: Alan Pierce <apierce@ridgeline-ind.example>
Sent: Thursday, June 4, 2026 4:30 PM
To: Nora Reyes <nreyes@northridge.example>
Cc: Kevin Dunn <kdunn@ridgeline-ind.example>
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hi Nora,

Please see our quotation below, prices in USD:

- Gasket GSK-EPDM-80: $0.182 ea, 4-5 weeks
- Socket screws SCR-M4X10-A2: $0.0289 ea, stock
- Base plate PLT-0915-R2: $46.30 ea, 7 weeks
- Spring SPR-C0630-302: $0.0702 ea, 3-4 weeks

Terms: DAP Northridge, net 30. Prices valid until July 17, 2026.

Best regards,
Alan Pierce
Ridgeline Industrial Products
""", subject="FW: RFQ NR-RFQ-0619 - Mechanical and cable parts (corrected gasket price)"),
       "partial", "USD", "2026-07-17", "DAP",
       [line(1, 0.172, lead=35), line(3, 0.0289, lead=0), line(4, 46.30, lead=49), line(5, 0.0702, lead=28)],
       ["missing-line"])


# u373 nested forwards two deep (FW: FW:): the distributor's salesperson forwards her product manager's forward of the
# cable mill's quote. The mill only sells full spools: "1,525 m (5 full spools of 305 m - we do not cut)" -> quantity
# 1525 (differs from 1,500 -> quantity-differs); "$396.50 per 305 m spool" -> 396.50 / 305 = 1.30 per metre; "3-4 weeks
# ARO" -> 28 (Jun 5 + 28 = Jul 3, before Jul 20). Gasket, screws, plate and springs are mentioned nowhere in the chain
# -> missing-line. "FCA Lakeland, FL" -> FCA; "valid through June 30, 2026" -> 2026-06-30 (not short: Jun 30 >= Jun 26).
# USD (the mill's "$", nothing says otherwise). Partial, missing-line and quantity-differs.
assert close(396.50 / 305, 1.30) and 5 * 305 == 1525 and plus("2026-06-05", 28) == "2026-07-03"
sample("u373-nested-fw-fw-cable-mill-spools", S.msg("Carla Benitez <cbenitez@heartland-electric.example>", "text/plain", """Nora,

Cable pricing from the mill is at the bottom of this chain. We'll invoice and ship it ourselves at the mill's
price and terms.

Carla Benitez
Account Manager, Heartland Electric Supply
317-555-0126

-----Original Message-----
From: Dale Hutchins <dhutchins@heartland-electric.example>
Sent: Thursday, June 4, 2026 2:05 PM
To: Carla Benitez <cbenitez@heartland-electric.example>
Subject: FW: CBL-4C22-PUR quote for Northridge

Carla - the mill came back on the Northridge cable, see below. They only ship full spools.

Dale

-----Original Message-----
From: Quote Desk <quotes@lakeland-wire.example>
Sent: Thursday, June 4, 2026 11:47 AM
To: Dale Hutchins <dhutchins@heartland-electric.example>
Subject: CBL-4C22-PUR quote for Northridge

Dale,

Cable 4C x 22 AWG shielded, PUR jacket, black, to your customer's part CBL-4C22-PUR:

Quantity:    1,525 m (5 full spools of 305 m - we do not cut)
Price:       $396.50 per 305 m spool
Lead time:   3-4 weeks ARO
Terms:       FCA Lakeland, FL
Validity:    valid through June 30, 2026

Regards,
Quote Desk, Lakeland Wire & Cable Mills
""", subject="FW: FW: CBL-4C22-PUR quote for Northridge"),
       "partial", "USD", "2026-06-30", "FCA",
       [line(2, 1.30, qty=1525, lead=28)],
       ["missing-line", "quantity-differs"])


# u374 the forward's TOP NOTE declines two lines ("we decline lines 2 and 3 - the cable and the M4 screws"); the
# forwarded plant pricing (Gmail marker) covers the other three. Gasket "$0.191 ea - 4 wks" -> 0.191, 28 (Jul 3, before
# Aug 3); plate "$39.80 ea - 12 wks" -> 39.80, 84 (Jun 5 + 84 = Aug 28, AFTER the Aug 17 need-by ->
# lead-time-after-need-by); springs "$0.0693 ea - 3 wks" -> 0.0693, 21 (Jun 26, before Jul 27). Quantities not restated
# -> null. "USD, EXW Lexington KY" -> EXW; "good until 7/31/2026" -> 2026-07-31 (not short; 31 cannot be a month).
# Partial, lead-time-after-need-by and no-bid.
assert plus("2026-06-05", 84) == "2026-08-28"
sample("u374-gmail-fwd-note-declines-two-lines", S.msg("Rachel Stone <rstone@bluegrass-precision.example>", "text/plain", """Hi Nora,

Forwarding our plant's pricing below for the gasket, base plate and springs. Please note we decline lines 2 and 3 -
the cable and the M4 screws are bought-in items we can't supply competitively.

Thank you for including us,
Rachel Stone
Customer Service, Bluegrass Precision

---------- Forwarded message ---------
From: Plant Estimating <estimating@bluegrass-precision.example>
Date: Thu, Jun 4, 2026 at 5:10 PM
Subject: Pricing - Northridge NR-RFQ-0619
To: Rachel Stone <rstone@bluegrass-precision.example>


Rachel,

Northridge pricing:

GSK-EPDM-80    - $0.191 ea  - 4 wks
PLT-0915-R2    - $39.80 ea  - 12 wks (anodize line backlog)
SPR-C0630-302  - $0.0693 ea - 3 wks

USD, EXW Lexington KY, good until 7/31/2026.

Estimating
""", subject="Fwd: Pricing - Northridge NR-RFQ-0619"),
       "partial", "USD", "2026-07-31", "EXW",
       [line(1, 0.191, lead=28), nob(2), nob(3), line(4, 39.80, lead=84), line(5, 0.0693, lead=21)],
       ["lead-time-after-need-by", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u375 a hose distributor prices its own stock item on top and forwards the kit manufacturer's reply (Outlook "From: /
# Sent:" without a rule) for the built-to-order seal kit; the terms on top cover both. Hose "$4.38/m, 800 m from stock"
# -> 4.38, 0 (quantity as asked -> null). Kit "$31.40 per kit, minimum order 200 kits, lead time 7 weeks" -> 31.40 per
# set, moq 200 (above the 150 asked -> moq-above-quantity; the quantity itself is not restated -> null), 49 (Jun 12 +
# 49 = Jul 31, before Sep 21). Resin, sheet, bearings and O-rings mentioned nowhere -> missing-line. "Both items FCA
# Toledo, OH" -> FCA; "valid until July 24, 2026" -> 2026-07-24 (not short). USD. Partial.
assert plus("2026-06-12", 49) == "2026-07-31"
blind("u375-distributor-own-hose-plus-fw-kit-maker", H.msg("Nate Kowalczyk <nkowalczyk@greatlakes-hose.example>", "text/plain", """Lena,

Our quote on HM-RFQ-2611:

HSE-2SN-08 hydraulic hose, EN 853 2SN DN12 - $4.38/m, 800 m from stock.

The seal kit is built to order by Keystone Seal, so I asked them to price it for you; their reply is below. We'll
take the order and ship both items together.

Both items FCA Toledo, OH. Pricing valid until July 24, 2026.

Nate Kowalczyk
Great Lakes Hose & Fitting
419-555-0187

From: Ellen Rusk <erusk@keystone-seal.example>
Sent: Thursday, June 11, 2026 3:22 PM
To: Nate Kowalczyk <nkowalczyk@greatlakes-hose.example>
Subject: RE: Seal kit KIT-PX200-SEAL - Halvorsen HM-RFQ-2611

Nate,

KIT-PX200-SEAL (2 lip seals, 4 O-rings, 1 gasket, bagged and labelled):
$31.40 per kit, minimum order 200 kits, lead time 7 weeks.

Ellen Rusk
Keystone Seal Company
""", subject="FW: Seal kit KIT-PX200-SEAL - Halvorsen HM-RFQ-2611"),
       "partial", "USD", "2026-07-24", "FCA",
       [line(5, 4.38, lead=0), line(6, 31.40, lead=49, moq=200)],
       ["missing-line", "moq-above-quantity"])


# u376 a manufacturers' agent relays an Italian hose factory's offer in euro; her note on top extends the validity:
# "the offer below says 30 days, but Tubiflex has agreed to hold these prices for you until August 31, 2026" -> the note
# wins, 2026-08-31. Hose "EUR 3,85 / m, delivery 5 weeks" -> 3.85 EUR, 35 (Jun 12 + 35 = Jul 17, before Sep 1). O-rings
# "EUR 16,20 / 1.000 pcs, ex stock" -> 16.20 / 1000 = 0.0162 EUR, 0. "Resin, aluminium sheet, bearings and seal kits:
# not our range, no offer" -> lines 1, 2, 3, 6 declined. Quantities restated as asked -> null. EUR against USD ->
# currency-differs. "CPT Chicago, IL" -> CPT. Partial, currency-differs and no-bid.
assert close(16.20 / 1000, 0.0162) and plus("2026-06-12", 35) == "2026-07-17"
blind("u376-agent-relays-italian-factory-validity-extended", H.msg("Gina Ferraro <gferraro@ferraro-associates.example>", "text/plain", """Lena,

Here is the factory's offer for the hose and the O-rings. Tubiflex Brescia is one of our principals; prices are in
euro and you buy direct from them.

Good news on validity: the offer below says 30 days, but Tubiflex has agreed to hold these prices for you until
August 31, 2026.

Best,
Gina Ferraro
Ferraro & Associates - manufacturers' agents
630-555-0148

-----Original Message-----
From: Paolo Bianchi <p.bianchi@tubiflex-brescia.example>
Sent: Friday, June 12, 2026 3:05 PM
To: Gina Ferraro <gferraro@ferraro-associates.example>
Subject: Offerta 26/0614 - Halvorsen HM-RFQ-2611

Dear Gina,

for Halvorsen (RFQ HM-RFQ-2611) our offer:

HSE-2SN-08      hydraulic hose EN 853 2SN DN12   800 m        EUR 3,85 / m             delivery 5 weeks
OR-0120-NBR70   O-ring 12 x 2 NBR 70             50.000 pcs   EUR 16,20 / 1.000 pcs    ex stock

Resin, aluminium sheet, bearings and seal kits: not our range, no offer.

Delivery terms CPT Chicago, IL. Offer valid 30 days.

Cordiali saluti / best regards
Paolo Bianchi
Tubiflex S.p.A., Brescia
""", subject="FW: Offerta 26/0614 - Halvorsen HM-RFQ-2611"),
       "partial", "EUR", "2026-08-31", "CPT",
       [nob(1), nob(2), nob(3), line(4, 0.0162, "EUR", lead=0), line(5, 3.85, "EUR", lead=35), nob(6)],
       ["currency-differs", "no-bid"])


# u377 an Outlook HTML forward (quoted-printable): the inside-sales note on top says only "FYI - see below"; the
# colleague's message sits under <div id="divRplyFwdMsg"> with bold "From: / Sent: / To: / Subject:" and a small table.
# Resin "$4.52/kg, 2 weeks" -> 4.52 per kg on the KG line, 14 (Jun 12 + 14 = Jun 26, before Jul 20); sheet "$141.75/
# sheet, 3 weeks" -> 141.75 each, 21 (Jul 3, before Aug 10). "Bearings, O-rings, hose and seal kits: no bid" -> lines
# 3-6 declined. Quantities restated as asked (2,500 kg, 90 sheets) -> null. "Prices USD, DAP Halvorsen" -> DAP ("freight
# included" is a shipping remark); "Valid until July 10, 2026" -> 2026-07-10 (not short: Jul 10 >= Jul 3). Partial.
assert plus("2026-06-12", 21) == "2026-07-03"
blind("u377-outlook-html-fwd-fyi", H.msg("Marisol Ortega <mortega@riverside-pm.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">Lena,</div>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">FYI - see below.</div>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000"><br>Marisol Ortega<br>Riverside Plastics &amp; Metals Supply</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Greg Tanaka &lt;gtanaka@riverside-pm.example&gt;<br>
<b>Sent:</b> Thursday, June 11, 2026 5:40 PM<br>
<b>To:</b> Marisol Ortega &lt;mortega@riverside-pm.example&gt;<br>
<b>Subject:</b> Halvorsen HM-RFQ-2611 pricing</font>
<div>&nbsp;</div></div>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Marisol - please pass this on to Lena Marsh at Halvorsen.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#D9E1F2"><th>Item</th><th>Description</th><th>Qty</th><th>Price</th><th>Lead time</th></tr>
<tr><td>RES-PA66-GF30</td><td>PA66 GF30 black, 25 kg bags</td><td>2,500 kg</td><td>$4.52/kg</td><td>2 weeks</td></tr>
<tr><td>SHT-5052H32-030</td><td>5052-H32, 3.0 x 1250 x 2500 mm, PVC one side</td><td>90 sheets</td><td>$141.75/sheet</td><td>3 weeks</td></tr>
</table>
<p>Bearings, O-rings, hose and seal kits: no bid, not stocked.</p>
<p>Prices USD, DAP Halvorsen (freight included). Valid until July 10, 2026.</p>
<p>Greg Tanaka<br>Outside Sales</p>
</div>
</body></html>""", cte="quoted-printable", subject="FW: Halvorsen HM-RFQ-2611 pricing"),
       "partial", "USD", "2026-07-10", "DAP",
       [line(1, 4.52, lead=14), line(2, 141.75, lead=21), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid"])


# u378 nested forwards two deep from a sourcing agent: its US office forwards its Ningbo office's forward of the
# bearing factory's quotation. Bearing "(customer P/N BRG 6205-2RS), 400 pcs, USD 2.68/pc" -> 2.68 (the same part, no
# alternate number offered); O-ring "(customer P/N OR-0120-NBR70), 50,000 pcs, USD 11.50 per 1000 pcs" -> 0.0115.
# "Delivery time: 35 days after deposit" -> 35 for both (Jun 12 + 35 = Jul 17, before Jul 27 and Aug 17). Quantities as
# asked -> null. Resin, sheet, hose and kit mentioned nowhere -> missing-line. "FOB Ningbo" -> FOB; "until 2026-07-31"
# (not short); the 30 % T/T deposit is a payment term. USD. Partial, missing-line.
assert close(11.50 / 1000, 0.0115) and plus("2026-06-12", 35) == "2026-07-17"
blind("u378-nested-fw-agent-china-factory", H.msg("Kevin Zhou <kzhou@pacific-bridge-sourcing.example>", "text/plain", """Hi Lena,

The factory's quotation for the bearings and O-rings is at the bottom of this chain; our agency fee is already in
the prices. Happy to arrange a sample shipment if you want to test the bearings first.

Kevin Zhou
Pacific Bridge Sourcing LLC | Chicago office

-----Original Message-----
From: Amy Lin <alin@pacific-bridge-sourcing.example>
Sent: Thursday, June 11, 2026 9:14 PM
To: Kevin Zhou <kzhou@pacific-bridge-sourcing.example>
Subject: FW: Quotation HM-RFQ-2611 bearings and O-rings

Kevin, factory price below, checked with them by phone. OK to send to Halvorsen.

Amy

-----Original Message-----
From: Sales Dept <sales@yuyao-precision-bearing.example>
Sent: Thursday, June 11, 2026 4:02 PM
To: Amy Lin <alin@pacific-bridge-sourcing.example>
Subject: Quotation HM-RFQ-2611 bearings and O-rings

Dear Amy,

Please find our quotation as below:

1. Deep groove ball bearing 6205-2RS C3 (customer P/N BRG 6205-2RS), 400 pcs, USD 2.68/pc
2. O-ring 12 x 2 mm NBR70 black (customer P/N OR-0120-NBR70), 50,000 pcs, USD 11.50 per 1000 pcs

Delivery time: 35 days after deposit
Price term: FOB Ningbo
Payment: 30% T/T deposit, balance before shipment
Validity: until 2026-07-31

Best regards
Sales Dept.
Yuyao Precision Bearing Co., Ltd.
""", subject="FW: FW: Quotation HM-RFQ-2611 bearings and O-rings"),
       "partial", "USD", "2026-07-31", "FOB",
       [line(3, 2.68, lead=35), line(4, 0.0115, lead=35)],
       ["missing-line"])


# u379 a rep relays the factory's regret for the WHOLE RFQ ("our principal has declined HM-RFQ-2611 ... a no-quote from
# us"); the factory's message ("we must decline to quote HM-RFQ-2611") sits in an Outlook block, and below it the rep's
# own forward of the RFQ to the factory quotes the RFQ table with quantities and need-by dates (not a quote). Every line
# declined -> all six noBid, currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind("u379-rep-relays-factory-regret-whole-rfq", H.msg("Doug Pressley <dpressley@summit-rep-group.example>", "text/plain", """Lena,

Sorry - our principal has declined HM-RFQ-2611, see their reply below. So it's a no-quote from us this time; please
keep us in mind for the next package.

Doug Pressley
Summit Rep Group

-----Original Message-----
From: Hana Dvorak <h.dvorak@moravia-components.example>
Sent: Thursday, June 11, 2026 10:37 AM
To: Doug Pressley <dpressley@summit-rep-group.example>
Subject: RE: Halvorsen RFQ HM-RFQ-2611

Dear Doug,

thank you for sending the Halvorsen enquiry. Regrettably we must decline to quote HM-RFQ-2611 - our plant is fully
booked until October and we could not meet the customer's dates. Please pass on our apologies.

Kind regards
Hana Dvorak
Moravia Components s.r.o.

-----Original Message-----
From: Doug Pressley <dpressley@summit-rep-group.example>
Sent: Tuesday, June 9, 2026 8:15 AM
To: Hana Dvorak <h.dvorak@moravia-components.example>
Subject: Halvorsen RFQ HM-RFQ-2611

Hana, can you quote this package for Halvorsen? Due June 19.

""" + H.RFQ_TABLE + """

Doug
""", subject="FW: Halvorsen RFQ HM-RFQ-2611 - regret"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u380 German inside sales forwards ("WG:") her colleague's offer, with a German Outlook "Von: / Gesendet: / An: /
# Betreff:" block. Shaft "38,90 EUR/St., Lieferzeit 8 Wochen" -> 38.90, 56 (Jun 15 + 56 = Aug 10, before Aug 28).
# Housing "1.180,00 EUR/St., Lieferzeit 12 Wochen" -> 1180.00, 84 (Sep 7, before Oct 2), "zzgl. Modellkosten einmalig
# 2.400,00 EUR" (one-off pattern cost) -> note. Bracket set "12,40 EUR/Satz, Lieferzeit 4 Wochen" -> 12.40 per set, 28
# (Jul 13, before Oct 9). Fitting and cylinder mentioned nowhere -> missing-line. Quantities restated as asked -> null.
# "ab Werk (EXW) Bochum" -> EXW; "gültig bis 31.07.2026" -> 2026-07-31 (not short). EUR. Partial, missing-line + note.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 84) == "2026-09-07"
blind2("u380-wg-von-gesendet-colleagues-offer-pattern", V.msg("Sabine Krüger <s.krueger@ruhr-zerspanung.example>", "text/plain", """Sehr geehrter Herr Albers,

anbei das Angebot meines Kollegen Markus Brandt, der diese Woche im Urlaub ist. / Forwarding Markus's offer
below - he is on holiday this week.

Mit freundlichen Grüßen / kind regards
Sabine Krüger
Vertriebsinnendienst
Ruhr Zerspanung & Guss GmbH

Von: Markus Brandt <m.brandt@ruhr-zerspanung.example>
Gesendet: Freitag, 12. Juni 2026 17:48
An: Sabine Krüger <s.krueger@ruhr-zerspanung.example>
Betreff: Angebot AN-26-0731 Vossberg VM-RFQ-4418

Sabine, bitte am Montag an Herrn Albers (Vossberg) schicken. Danke!

Angebot AN-26-0731 zu Ihrer Anfrage VM-RFQ-4418:

Pos. 1  SH-2231-C rev B   Antriebswelle 42CrMo4       250 St.    38,90 EUR/St.      Lieferzeit 8 Wochen
Pos. 2  HSG-1180-GJL      Getriebegehäuse GJL-250      25 St.    1.180,00 EUR/St.   Lieferzeit 12 Wochen
        zzgl. Modellkosten einmalig 2.400,00 EUR
Pos. 5  2231-004-03       Sensorhalter-Set            150 Satz   12,40 EUR/Satz     Lieferzeit 4 Wochen

Preise netto ab Werk (EXW) Bochum, zzgl. MwSt. Angebot gültig bis 31.07.2026.

Markus Brandt
Vertrieb, Ruhr Zerspanung & Guss GmbH
""", subject="WG: Angebot AN-26-0731 Vossberg VM-RFQ-4418"),
       "partial", "EUR", "2026-07-31", "EXW",
       [line(1, 38.90, "EUR", lead=56), line(2, 1180.00, "EUR", lead=84), line(5, 12.40, "EUR", lead=28)],
       ["missing-line", "note"])


# u381 a German agent relays (German Outlook "-----Ursprüngliche Nachricht----- / Von: / Gesendet:") his US principal's
# cylinder quote in US dollars (the factory's currency) and amends ONE term on top: the factory writes FCA Chicago,
# but "please take DAP as the delivery term" -> DAP (the note wins). The factory offers its ISO 15552 equivalent
# "part no. AP-ISO-32-80-ACU" for the Festo cylinder -> alternatePartNumber,
# "USD 84.50 each - 4 weeks ARO" -> 84.50 USD, 28 (Jun 15 + 28 = Jul 13, before Sep 11). Quantity "Qty 120" as asked
# -> null. Shaft, housing, fitting and brackets mentioned nowhere -> missing-line. USD against the EUR RFQ ->
# currency-differs. "valid through August 14, 2026" -> 2026-08-14 (not short). Partial.
assert plus("2026-06-15", 28) == "2026-07-13"
blind2("u381-agent-relays-us-factory-usd-dap-amended", V.msg("Frank Weber <f.weber@weber-industrievertretung.example>", "text/plain", """Guten Morgen Herr Albers,

below the quotation from our principal Allied Pneumatics (USA) for the cylinders. The prices are in US dollars as
quoted by the factory. One change to their terms: the factory quotes FCA Chicago, but as their agent we deliver
DAP Bielefeld at the same prices - please take DAP as the delivery term.

Mit freundlichen Grüßen
Frank Weber
Weber Industrievertretung - Handelsvertretung für Pneumatik

-----Ursprüngliche Nachricht-----
Von: Megan Price <mprice@allied-pneumatics.example>
Gesendet: Freitag, 12. Juni 2026 18:20
An: Frank Weber <f.weber@weber-industrievertretung.example>
Betreff: Quote Q-60418 - Vossberg VM-RFQ-4418 cylinders

Frank,

For Vossberg's line 4 (Festo DSBC-32-80-PPVA-N3) we offer our ISO 15552 equivalent, part no. AP-ISO-32-80-ACU -
same mounting dimensions, adjustable cushioning both ends.

Qty 120 - USD 84.50 each - 4 weeks ARO.

FCA Chicago, IL. Quote valid through August 14, 2026.

Megan Price
Allied Pneumatics Inc.
""", subject="WG: Quote Q-60418 - Vossberg VM-RFQ-4418 cylinders"),
       "partial", "USD", "2026-08-14", "DAP",
       [line(4, 84.50, "USD", lead=28, alt="AP-ISO-32-80-ACU")],
       ["alternate-part", "currency-differs", "missing-line"])


# u382 nested forwards two deep: a Dutch trading house's salesman forwards his purchasing colleague's forward of a Polish
# foundry's offer for the housing. "EUR 1.245,00 per piece" -> 1245.00; "Delivery: 16 weeks after order" -> 112 (Jun 15
# + 112 = Oct 5, AFTER the Oct 2 need-by -> lead-time-after-need-by). "Quantity: 25 pcs" as asked -> null. The other
# four lines are mentioned nowhere -> missing-line. "Incoterms: FCA Opole" -> FCA; "valid until 14.08.2026" ->
# 2026-08-14 (not short). EUR. Partial, lead-time-after-need-by and missing-line.
assert plus("2026-06-15", 112) == "2026-10-05"
blind2("u382-nested-fw-trader-foundry-late-housing", V.msg("Bram de Wit <b.dewit@rijnland-trading.example>", "text/plain", """Dear Mr Albers,

Please find below the foundry's offer for the gearbox housing, which reached me through our purchasing department.
We supply on the foundry's prices and terms.

Kind regards,
Bram de Wit
Sales, Rijnland Industrial Trading B.V.

From: Inge Bakker <i.bakker@rijnland-trading.example>
Sent: Friday, 12 June 2026 14:10
To: Bram de Wit <b.dewit@rijnland-trading.example>
Subject: FW: Offer housing HSG-1180-GJL

Bram, here is Odra's offer for the Vossberg housing. The lead time is long because they need a new pattern.

Inge

From: Piotr Zielinski <p.zielinski@odra-odlewnia.example>
Sent: Friday, 12 June 2026 10:02
To: Inge Bakker <i.bakker@rijnland-trading.example>
Subject: Offer housing HSG-1180-GJL

Dear Ms Bakker,

Our offer for HSG-1180-GJL, gearbox housing EN-GJL-250, machined complete, primed RAL 7035:

Quantity:    25 pcs
Price:       EUR 1.245,00 per piece
Delivery:    16 weeks after order
Incoterms:   FCA Opole
Offer valid until 14.08.2026

Best regards,
Piotr Zielinski
Odra Odlewnia Sp. z o.o.
""", subject="FW: FW: Offer housing HSG-1180-GJL"),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(2, 1245.00, "EUR", lead=112)],
       ["lead-time-after-need-by", "missing-line"])


# u383 a distributor forwards the fitting manufacturer's reply (Gmail marker) and declines the Festo cylinder in its own
# note ("no offer this time"). Fitting "EUR 208,50 per box of 50 pcs, 2.000 pcs = 40 boxes, from stock" -> 208.50 / 50 =
# 4.17 per piece, 0; 40 boxes are exactly 2,000 -> quantity as asked, null. Cylinder declined -> no-bid. Shaft, housing
# and brackets mentioned nowhere -> missing-line. "valid until 30 June 2026" -> 2026-06-30, earlier than Jul 10 ->
# validity-short. "Delivery CPT Bielefeld" -> CPT. EUR. Partial.
assert close(208.50 / 50, 4.17) and 40 * 50 == 2000
blind2("u383-distributor-fwd-maker-box-of-50-short-validity", V.msg("Femke Jacobs <f.jacobs@delta-fluidtechniek.example>", "text/plain", """Hi Jonas,

Below the manufacturer's reply on the stainless fittings - we order from them and deliver to you at these prices.
For the Festo cylinder we have no offer this time; Festo only lets its own sales channel quote that one.

Groeten / regards,
Femke Jacobs
Delta Fluidtechniek B.V.

---------- Forwarded message ---------
From: Order Desk Inoxfit <orders@inoxfit-werke.example>
Date: Fri, Jun 12, 2026 at 2:37 PM
Subject: RE: VM-RFQ-4418 fittings
To: Femke Jacobs <f.jacobs@delta-fluidtechniek.example>


Dear Femke,

FIT-316-G12-10, male connector G1/2 - 10 mm tube, 316L, packed 50 pcs per box:
EUR 208,50 per box of 50 pcs; 2.000 pcs = 40 boxes, from stock.

Prices valid until 30 June 2026 (new price list from 1 July). Delivery CPT Bielefeld.

Kind regards
Order Desk, Inoxfit Werke
""", subject="Fwd: RE: VM-RFQ-4418 fittings"),
       "partial", "EUR", "2026-06-30", "CPT",
       [line(3, 4.17, "EUR", lead=0), nob(4)],
       ["missing-line", "no-bid", "validity-short"])


# u384 inside sales forwards a quotation her sales engineer wrote THIS MORNING (Outlook "From: / Sent: Monday, June 15,
# 2026 07:41" - the same calendar day as the Date header, so "Offer valid 60 days" -> Jun 15 + 60 = 2026-08-14, not
# short). All five positions priced, decimal commas: shaft "EUR 40,60 / pc, 8 weeks" -> 40.60, 56 (Aug 10, before
# Aug 28); housing "EUR 1.210,00 / pc, 14 weeks" -> 1210.00, 98 (Sep 21, before Oct 2); fitting "EUR 4,09 / pc, 2 weeks"
# -> 4.09, 14 (Jun 29, before Aug 14); cylinder "EUR 102,30 / pc, stock" -> 102.30, 0; bracket set "1-99 sets EUR 13,20
# / 100+ sets EUR 11,80, 5 weeks" -> the 150 sets asked fall in the 100+ break -> 11.80, 35 (Jul 20, before Oct 9).
# Quantities restated as asked -> null. "FCA Hameln" -> FCA. EUR. Parsed, no deviations.
assert plus("2026-06-15", 60) == "2026-08-14" and plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 14) == "2026-06-29"
blind2("u384-same-day-fw-valid-60-days-break", V.msg("Katrin Vogel <k.vogel@weser-praezision.example>", "text/plain", """Dear Mr Albers,

Forwarding our quotation below, prepared this morning by our sales engineer Mr Lorenz. Please address technical
questions to him directly (+49 5151 555 0134).

Best regards,
Katrin Vogel
Sales Office, Weser Präzision GmbH

________________________________
From: Stefan Lorenz <s.lorenz@weser-praezision.example>
Sent: Monday, June 15, 2026 07:41
To: Katrin Vogel <k.vogel@weser-praezision.example>
Subject: VM-RFQ-4418 - quotation

Katrin, please send to Vossberg (Mr Albers):

Pos 1  SH-2231-C rev B       250 pcs     EUR 40,60 / pc       8 weeks
Pos 2  HSG-1180-GJL          25 pcs      EUR 1.210,00 / pc    14 weeks
Pos 3  FIT-316-G12-10        2.000 pcs   EUR 4,09 / pc        2 weeks
Pos 4  DSBC-32-80-PPVA-N3    120 pcs     EUR 102,30 / pc      stock
Pos 5  2231-004-03           150 sets    1-99 sets EUR 13,20 / 100+ sets EUR 11,80     5 weeks

Offer valid 60 days, FCA Hameln.

Stefan
""", subject="FW: VM-RFQ-4418 - quotation"),
       "parsed", "EUR", "2026-08-14", "FCA",
       [line(1, 40.60, "EUR", lead=56), line(2, 1210.00, "EUR", lead=98), line(3, 4.09, "EUR", lead=14),
        line(4, 102.30, "EUR", lead=0), line(5, 11.80, "EUR", lead=35)],
       [])


if __name__ == "__main__":
    ROUND.write()
