#!/usr/bin/env python3
"""Writes replies u385..u400 (Corpus/u*.eml + expected u*.json) - the twenty-fifth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is JOB SHOPS AND MACHINISTS QUOTING MADE-TO-PRINT PARTS: small-shop owners writing plain text (and
two simple PDF quote forms) about the parts they can make and declining the rest. A setup or lot charge on top of a
piece price ("setup $250 + $38.40/pc": the piece price is the unit price, the setup a one-off charge -> note); a
first-article inspection fee, a material-cert fee, a pattern cost and a lot charge per release (notes); prices per lot
of N (springs per lot of 1,000, seal kits per lot of 50); finishing priced separately per piece and ADDED to the
machining price only where the vendor says the finish is part of the requested part (clear anodize "your print note 3
calls for it", black anodising "as specified in your RFQ", PVC film "your RFQ calls for it"), and NOT added where the
vendor says the RFQ does not ask for it; finishing and heat treatment included in the price; tolerance and material
exceptions (302 -> 304 spring wire, a shearing tolerance, a flatness on grey iron) and "we calculated from drawing rev
A, your RFQ shows rev B" (notes); lead times the vendor builds from parts ("10-12 business days ARO + 1 week for
anodize", "15 working days machining + 5 working days anodising", "castings 12-13 weeks + 15 working days", "3 weeks to
first articles, then 2 weeks") which are added up; prototype vs production quantity breaks as rows and as PDF
columns; a US shop quoting in dollars against the EUR RFQ; a made-to-print shop declining a whole MRO RFQ; and one shop
that only asks for the STEP file (classification "question", unparseable).
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf  # expected-line shapes and the text-layer PDF writer
from blind_round import Round, close, plus, workdays  # the round's cases, checked and written; date and amount helpers
from make_blind5 import check_page, file_part, multipart, row, text_part  # PDF rows, MIME parts for the blind2 PDF
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime
import math

ROUND = Round(385)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2



def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u385 a four-man CNC shop, terse plain text, the plate only. "setup $250 + $38.40/pc" -> unit price 38.40, the setup a
# one-off charge -> note. "15 business days ARO" -> 15 x 7/5 = 21 (Jun 5 + 21 = Jun 26, before Aug 17). The clear
# anodize "another $3.10/pc ... your RFQ doesn't call for it so it's not in the number above" is NOT added (the
# vendor says the requested part has no finish). Quantity not restated -> null. "Gaskets, cable, screws and springs
# ... no quote" -> lines 1, 2, 3, 5 declined (matched by description). "prices good 30 days" from Fri 5 Jun ->
# 2026-07-05 (not short); "FOB Elyria OH" -> FOB. USD ($). Partial, no-bid and note.
assert workdays(15) == 21 and plus("2026-06-05", 21) == "2026-06-26" and plus("2026-06-05", 30) == "2026-07-05"
sample("u385-setup-plus-piece-price-finish-not-asked", S.msg("Mike Dressler <mike@dressler-machine.example>", "text/plain", """Nora,

Got your RFQ. We're a 4-man CNC shop so I only looked at the motor base plate.

PLT-0915-R2, 6082-T6, 120 pcs:
setup $250 + $38.40/pc
15 business days ARO

That's as-machined, deburred and tapped - no finish. If you ever want them clear anodized it's another
$3.10/pc, but your RFQ doesn't call for it so it's not in the number above.

Gaskets, cable, screws and springs aren't us - no quote on those.

FOB Elyria OH, prices good 30 days.

Mike Dressler
Dressler Machine & Tool
""", charset="us-ascii", cte="7bit"),
       "partial", "USD", "2026-07-05", "FOB",
       [nob(1), nob(2), nob(3), line(4, 38.40, lead=21), nob(5)],
       ["no-bid", "note"])


# u386 prototype vs production prices as ROWS for the plate. "5 (proto) $112.00 2 wks" is another quantity; the
# requested 120 takes "$41.25 ... 6 wks" -> 41.25, 42 (Jun 5 + 42 = Jul 17, before Aug 17); the 250 row is a break
# above. Quantity 120 as asked -> null. "First article inspection ... $175.00 one time charge" -> note; "certs included
# at no charge" is no charge. Lines 1, 2, 3 and 5 never mentioned -> missing-line. "Pricing good for 60 days from
# today" -> 2026-08-04 (not short); "FOB Kenosha, WI" -> FOB. USD. Partial, missing-line and note.
assert plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 60) == "2026-08-04"
sample("u386-proto-vs-production-rows-fai-fee", S.msg("Tina Albrecht <talbrecht@kenosha-precision.example>", "text/plain", """Hi Nora,

Thanks for sending NR-RFQ-0619. Here's our pricing on the motor base plate PLT-0915-R2, prototype and
production quantities:

   Qty          Price/ea     Lead time
   5 (proto)    $112.00      2 wks
   120          $41.25       6 wks
   250          $37.90       6 wks

First article inspection (AS9102 forms on the first production piece): $175.00 one time charge.
Material is 6082-T6 per your print, certs included at no charge.

Pricing good for 60 days from today, FOB Kenosha, WI.

Tina Albrecht
Estimating
Kenosha Precision Machining
"""),
       "partial", "USD", "2026-08-04", "FOB",
       [line(4, 41.25, lead=42)],
       ["missing-line", "note"])


# u387 a spring maker, plain text. Springs "$68.00 per lot of 1,000" -> 68.00 / 1000 = 0.068 per piece; 8,000 pcs =
# 8 lots exactly, as asked -> null. "4-5 wks" -> upper bound 35 (Jun 5 + 35 = Jul 10, before Jul 27). A material
# exception (wound from 304 instead of 302 wire, same part, no other part number) -> note; "Material certs: $35.00 per
# shipment" -> an extra charge, also a note. "no quote on lines 1 through 4" -> declined. "Quote good thru June 30"
# (year of the Date header) -> 2026-06-30 (not short: Jun 30 >= Jun 26); "FCA Bristol, CT" -> FCA. USD. Partial.
assert close(68.00 / 1000, 0.068) and 8000 % 1000 == 0 and plus("2026-06-05", 35) == "2026-07-10"
sample("u387-springs-per-lot-of-1000-304-wire", S.msg("Walt Sorensen <wsorensen@farmington-spring.example>", "text/plain", """Nora,

Spring quote for SPR-C0630-302 (comp. spring, .6 wire x 6.3 OD x 30 free length):

   8,000 pcs    $68.00 per lot of 1,000    4-5 wks

One exception: 302 wire in 0.6 mm isn't being drawn by our mill any more, so we'd wind these from 304
stainless. Same rate and load, within your tolerances - let us know if 304 is a problem.
Material certs: $35.00 per shipment if you need them.

Nothing else on the list is ours - no quote on lines 1 through 4.

Quote good thru June 30. FCA Bristol, CT.

Walt Sorensen
Farmington Spring Works
"""),
       "partial", "USD", "2026-06-30", "FCA",
       [nob(1), nob(2), nob(3), nob(4), line(5, 0.068, lead=35)],
       ["no-bid", "note"])


# u388 a short body declining four lines by description ("gaskets, cable, screws, springs ... we can't supply") and a
# one-page PDF quote form for the plate. Row 1 "PLT-0915-R2 ... 120 ... $43.60 ... $5,232.00" -> 43.60 (120 x 43.60 =
# 5,232.00), as asked -> null. Rows 2 and 3 "Setup / programming, one time $195.00" and "Material certification
# $40.00" are no RFQ lines -> note. Total 5,232.00 + 195.00 + 40.00 = 5,467.00 is no price. "Lead time: 5 weeks ARO"
# -> 35 (Jun 5 + 35 = Jul 10, before Aug 17). "This quote is valid for 15 days" from Fri 5 Jun -> 2026-06-20, earlier
# than Jun 26 -> validity-short. "FOB: Sturtevant, WI" -> FOB. USD. Partial, no-bid, note and validity-short.
assert close(120 * 43.60, 5232) and close(5232 + 195 + 40, 5467) and plus("2026-06-05", 15) == "2026-06-20"
X388 = [50, 80, 160, 380, 420, 500]
P388 = ([(50, 800, 14, "ROOT RIVER MFG. CO."), (420, 800, 14, "QUOTATION"),
         (50, 786, 8, "1550 Commerce Dr, Sturtevant, WI 53177  |  262-555-0164"),
         (420, 784, 9, "Quote #: RR-26-0412"), (420, 772, 9, "Date: June 5, 2026"),
         (50, 748, 9, "Customer: Northridge - Attn. Nora Reyes"), (330, 748, 9, "Your ref: NR-RFQ-0619")]
        + row(716, X388, ["Item", "Part No.", "Description", "Qty", "Unit Price", "Extended"])
        + row(700, X388, ["1", "PLT-0915-R2", "Motor base plate, 6082-T6, CNC milled", "120", "$43.60", "$5,232.00"])
        + row(684, X388, ["2", "SETUP", "Setup / programming, one time", "1", "$195.00", "$195.00"])
        + row(668, X388, ["3", "CERT", "Material certification", "1", "$40.00", "$40.00"])
        + row(644, X388, ["", "", "", "", "Total", "$5,467.00"])
        + [(50, 612, 9, "Lead time: 5 weeks ARO"),
           (50, 598, 9, "Terms: Net 30     FOB: Sturtevant, WI"),
           (50, 584, 9, "This quote is valid for 15 days."),
           (50, 540, 9, "Quoted by: Gary Pulaski")])
sample("u388-pdf-form-setup-cert-rows-15-days", S.with_attachment("Gary Pulaski <gpulaski@root-river-mfg.example>", """Nora,

Quote attached for the base plate. The rest of the RFQ (gaskets, cable, screws, springs) we can't supply - sorry.

Gary
Root River Mfg. Co.
""", "application/pdf", "RR-26-0412.pdf", pdf([check_page(P388)])),
       "partial", "USD", "2026-06-20", "FOB",
       [nob(1), nob(2), nob(3), line(4, 43.60, lead=35), nob(5)],
       ["no-bid", "note", "validity-short"])


# u389 the finish is ADDED: "machining: $36.80/pc" and "clear anodize ... your print (note 3) calls for it, so add it to
# the machining price for the finished part: +$4.20/pc" -> 36.80 + 4.20 = 41.00 per finished plate. Lead time "2-3
# weeks ARO for machining, plus 5 working days at the anodizer" -> 21 + 5 x 7/5 = 21 + 7 = 28 (Jun 5 + 28 = Jul 3,
# before Aug 17). Quantity 120 as asked -> null. "Lines 1, 2, 3 and 5 - we'll pass" -> declined. "Pricing good 14 days"
# from Fri 5 Jun -> 2026-06-19, earlier than Jun 26 -> validity-short. "Ex works" -> EXW. USD ($). The added finish is
# part of the unit price, not a one-off charge -> no note. Partial, no-bid and validity-short.
assert close(36.80 + 4.20, 41.00) and 21 + workdays(5) == 28 and plus("2026-06-05", 28) == "2026-07-03"
assert plus("2026-06-05", 14) == "2026-06-19"
sample("u389-anodize-on-print-added-lead-sum", S.msg("Hector Villanueva <hector@villanueva-cnc.example>", "text/plain", """Hi Nora,

PLT-0915-R2 motor base plate, 120 pcs:

- machining: $36.80/pc
- clear anodize (Type II, class 1): your print (note 3) calls for it, so add it to the machining price
  for the finished part: +$4.20/pc
- lead time: 2-3 weeks ARO for machining, plus 5 working days at the anodizer

Lines 1, 2, 3 and 5 - we'll pass, those aren't machined parts.

Ex works our shop in Fremont, OH. Pricing good 14 days (aluminum keeps moving on us).

Hector Villanueva
Villanueva CNC LLC
"""),
       "partial", "USD", "2026-06-19", "EXW",
       [nob(1), nob(2), nob(3), line(4, 41.00, lead=28), nob(5)],
       ["no-bid", "validity-short"])


# u390 a shop that only asks for the STEP file of the plate before it quotes ("Once I have it I'll get you a quote").
# No price, no decline -> unparseable, no lines, no deviation kinds; classification "question" as for u88 / u297.
sample("u390-question-step-file-only", S.msg("Becky Lindgren <becky@lindgren-machine.example>", "text/plain", """Hi Nora,

Could you send the STEP file (.stp or .step) for the base plate PLT-0915-R2? The PDF drawing in the package
only dimensions the outline and the tapped holes, and we program everything from the 3D model. A Parasolid
works too if that's easier on your end.

Once I have it I'll get you a quote within a couple of days.

Thanks,
Becky Lindgren
Lindgren Machine Co.
""", subject="RE: RFQ NR-RFQ-0619 - STEP file for PLT-0915-R2?"),
       "unparseable", None, None, None, [], [])
classify("question")


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u391 a sheet metal shop: prototype vs production breaks as rows for the sheet. 90 sheets fall in "51-100 sheets
# $146.50/sheet" -> 146.50 per EA (sheet); as asked -> null. "Lot charge: $85.00 per release (shear setup and
# crating)" -> a one-off charge -> note. "8-10 working days" -> upper bound 10 x 7/5 = 14 (Jun 12 + 14 = Jun 26, before
# Aug 10). "Resin, bearings, O-rings, hose and seal kits ... no quote" -> lines 1, 3, 4, 5, 6 declined by description.
# "Prices valid 30 days" from Fri 12 Jun -> 2026-07-12 (not short); "FCA Hammond, IN" -> FCA. USD. Partial.
assert workdays(10) == 14 and plus("2026-06-12", 14) == "2026-06-26" and plus("2026-06-12", 30) == "2026-07-12"
blind("u391-sheet-proto-production-rows-lot-charge", H.msg("Russ Kowalczyk <russ@hammond-sheetmetal.example>", "text/plain", """Lena,

Quote on HM-RFQ-2611 from our side - we're a sheet metal shop, so just the aluminium sheet:

SHT-5052H32-030   5052-H32, 3.0 x 1250 x 2500 mm, PVC film one side
    1-10 sheets (proto/sample)   $171.00/sheet
    11-50 sheets                 $158.00/sheet
    51-100 sheets                $146.50/sheet
    101+ sheets                  $139.90/sheet
Lot charge: $85.00 per release (shear setup and crating).
Lead time: 8-10 working days.

Resin, bearings, O-rings, hose and seal kits are not our line - no quote.

FCA Hammond, IN. Prices valid 30 days.

Russ Kowalczyk
Hammond Sheet Metal & Fab
"""),
       "partial", "USD", "2026-07-12", "FCA",
       [nob(1), line(2, 146.50, lead=14), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid", "note"])


# u392 a kitting shop making the seal kit to print. "$28.60 per kit, 150 kits" -> 28.60 per SET, as asked -> null (the
# "5 sample kits" are the first articles, not the quoted quantity). "FAI charge $150.00, one time" -> note. Lead time
# "3 weeks to first articles, then 2 weeks for the production run" -> 21 + 14 = 35 (Jun 12 + 35 = Jul 17, before
# Sep 21). Lines 1-5 never mentioned -> missing-line. "Quote valid until July 31, 2026" (not short); "FOB Racine, WI" ->
# FOB. USD. Partial, missing-line and note.
assert 21 + 14 == 35 and plus("2026-06-12", 35) == "2026-07-17"
blind("u392-seal-kit-fai-lead-two-stages", H.msg("Carmen Ortiz <cortiz@racine-gasket-kit.example>", "text/plain", """Hi Lena,

We make seal kits to print, so here is our quote on KIT-PX200-SEAL (2 lip seals, 4 O-rings, 1 gasket, bagged
and labelled):

  Price:         $28.60 per kit, 150 kits
  Gasket:        waterjet-cut in-house from your DXF
  First article: 5 sample kits with a full FAI report before the run - FAI charge $150.00, one time
  Lead time:     3 weeks to first articles, then 2 weeks for the production run after your sign-off

Quote valid until July 31, 2026. FOB Racine, WI.

Carmen Ortiz
Racine Gasket & Kitting
"""),
       "partial", "USD", "2026-07-31", "FOB",
       [line(6, 28.60, lead=35)],
       ["missing-line", "note"])


# u393 a made-to-print machining and fab shop declines the whole MRO RFQ ("we'll decline HM-RFQ-2611 in full"). Every
# line declined -> all six noBid, currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind("u393-made-to-print-shop-declines-all", H.msg("Stan Whitaker <stan@whitaker-tool.example>", "text/plain", """Lena,

Thanks for thinking of us, but we're strictly a made-to-print machining and fab shop. Resin, sheet stock,
bearings, O-rings, hose and seal kits are all off-the-shelf buys for us, so we'll decline HM-RFQ-2611 in full.

If the PX-200 line ever needs brackets, shafts or fixtures machined to print, send them our way.

Stan Whitaker
Whitaker Tool & Die
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# u394 a metals processor: the PVC film is ADDED. "Sheet, bare mill finish: $128.90 each" + "PVC film one side (your RFQ
# calls for it): add $7.60 per sheet" -> 136.50 per filmed sheet; 90 sheets as asked -> null. Lead time "sheets are in
# stock, filming takes 3 working days" -> 0 + 3 x 7/5 = 4.2 -> 5 (Jun 12 + 5 = Jun 17, before Aug 10). A tolerance
# exception (+/-0.8 mm instead of +/-0.5 mm) -> note. Lines 1, 3, 4, 5, 6 never mentioned -> missing-line. "Quote firm
# for 10 days" from Fri 12 Jun -> 2026-06-22, earlier than Jul 3 -> validity-short. "FOB Cicero, IL" -> FOB. USD.
# Partial, missing-line, note and validity-short.
assert close(128.90 + 7.60, 136.50) and 0 + workdays(3) == 5 and plus("2026-06-12", 10) == "2026-06-22"
blind("u394-sheet-film-added-tolerance-exception", H.msg("Angie Patel <apatel@cicero-metals.example>", "text/plain", """Hi Lena,

Pricing for the 5052-H32 sheet (SHT-5052H32-030), 90 sheets 3.0 x 1250 x 2500 mm:

Sheet, bare mill finish:                   $128.90 each
PVC film one side (your RFQ calls for it):  add $7.60 per sheet
Lead time: sheets are in stock, filming takes 3 working days

Exception: we cut to length from coil at +/-0.8 mm on length and width - we can't hold the +/-0.5 mm in
your spec without sawing.

Quote firm for 10 days, FOB Cicero, IL.

Angie Patel
Cicero Metals & Processing
"""),
       "partial", "USD", "2026-06-22", "FOB",
       [line(2, 136.50, lead=5)],
       ["missing-line", "note", "validity-short"])


# u395 a seal-kit shop pricing per LOT of 50 kits: "$1,437.50 per lot of 50 kits (150 kits = 3 lots)" -> 1,437.50 / 50
# = 28.75 per SET, as asked -> null; "4 weeks" -> 28 (Jun 12 + 28 = Jul 10, before Sep 21). "Setup $180.00 on the first
# lot only" -> note. "Loose O-rings (OR-0120-NBR70): cannot supply" -> line 4 declined. Lines 1, 2, 3 and 5 never
# mentioned -> missing-line. "Quote valid until 6/30/2026" -> 2026-06-30, earlier than Jul 3 -> validity-short.
# "EXW Waukegan, IL" -> EXW. USD. Partial, missing-line, no-bid, note and validity-short.
assert close(1437.50 / 50, 28.75) and 3 * 50 == 150 and plus("2026-06-12", 28) == "2026-07-10"
blind("u395-seal-kit-per-lot-of-50-setup", H.msg("Gordon Fisk <gfisk@northshore-seal.example>", "text/plain", """Lena,

HM-RFQ-2611 - we can do the seal kit. We run kits in lots of 50:

KIT-PX200-SEAL    $1,437.50 per lot of 50 kits  (150 kits = 3 lots)    4 weeks
Setup $180.00 on the first lot only (label plate and bag sealer tooling).

Loose O-rings (OR-0120-NBR70): cannot supply, we buy those in ourselves.

Quote valid until 6/30/2026, EXW Waukegan, IL.

Gordon Fisk
North Shore Seal & Kit
"""),
       "partial", "USD", "2026-06-30", "EXW",
       [nob(4), line(6, 28.75, lead=28)],
       ["missing-line", "no-bid", "note", "validity-short"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u396 a Dutch turning shop, English plain text, the shaft only. "SH-2231-C rev B ... EUR 39,40 per piece, including
# quench & temper ... and grinding" -> 39.40 (heat treatment included, nothing to add); the vendor quotes the requested
# rev B part number (no alternate). "we calculated this price from drawing rev A ... if it changes more than the title
# block we will requote" -> a stated condition -> note. "7 weeks machining + 1 week heat treatment" -> 49 + 7 = 56
# (Jun 15 + 56 = Aug 10, before Aug 28). 250 pcs as asked -> null. "Pos. 2 to 5: ... no offer" -> declined. "Offer valid
# until 31.07.2026" (not short); "FCA Hengelo" -> FCA. EUR. Partial, no-bid and note.
assert 49 + 7 == 56 and plus("2026-06-15", 56) == "2026-08-10"
blind2("u396-shaft-priced-from-rev-a-heat-treat-incl", V.msg("Henk Vermeulen <h.vermeulen@twente-draaiwerk.example>", "text/plain", """Dear Mr Albers,

Thank you for VM-RFQ-4418. We are a turning shop, so we only offer the shaft:

Pos. 1  SH-2231-C rev B, drive shaft 42CrMo4, 250 pcs
        EUR 39,40 per piece, including quench & temper (outside heat treater) and grinding
        Delivery: 7 weeks machining + 1 week heat treatment

Please note: we calculated this price from drawing rev A, which we have on file from your 2024 enquiry - the
rev B drawing was not in the RFQ package. Please send rev B; if it changes more than the title block we will
requote.

Pos. 2 to 5: not our field, no offer.

Offer valid until 31.07.2026, FCA Hengelo (Incoterms 2020).

Kind regards,
Henk Vermeulen
Twente Draaiwerk B.V.
"""),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 39.40, "EUR", lead=56), nob(2), nob(3), nob(4), nob(5)],
       ["no-bid", "note"])


# u397 a Polish machine shop, English: the bracket set's black anodising is ADDED. "machined, deburred, screws included:
# EUR 9,80 per set" + "black anodising as specified in your RFQ ...: + EUR 1,35 per set" -> 11.15 per SET; 150 sets as
# asked -> null. "15 working days machining + 5 working days anodising" -> 20 working days x 7/5 = 28 (Jun 15 + 28 =
# Jul 13, before Oct 9). "Pos. 1 (shaft) and pos. 2 (housing): no offer" -> declined; lines 3 and 4 never mentioned ->
# missing-line. "Offer valid 60 days" from Mon 15 Jun -> 2026-08-14 (not short); "DAP Bielefeld" -> DAP. EUR. Partial.
assert close(9.80 + 1.35, 11.15) and workdays(15 + 5) == 28 and workdays(15) + workdays(5) == 28
assert plus("2026-06-15", 28) == "2026-07-13" and plus("2026-06-15", 60) == "2026-08-14"
blind2("u397-bracket-black-anodise-added-workdays", V.msg("Katarzyna Nowak <k.nowak@slask-obrobka.example>", "text/plain", """Dear Mr Albers,

Our offer for the sensor bracket set 2231-004-03 (VM-RFQ-4418, pos. 5), 150 sets:

- machined, deburred, screws included: EUR 9,80 per set
- black anodising as specified in your RFQ (outside anodiser): + EUR 1,35 per set
- delivery: 15 working days machining + 5 working days anodising

Pos. 1 (shaft) and pos. 2 (housing): no offer - we have no grinding and no capacity for castings.

Offer valid 60 days. DAP Bielefeld (Incoterms 2020).

Best regards,
Katarzyna Nowak
Śląsk Obróbka Sp. z o.o.
""", cte="quoted-printable"),
       "partial", "EUR", "2026-08-14", "DAP",
       [nob(1), nob(2), line(5, 11.15, "EUR", lead=28)],
       ["missing-line", "no-bid"])


# u398 an Austrian CNC shop: a one-page PDF offer with prototype and series COLUMNS. Shaft "10 | 71,50 | 250 | 38,90 |
# 9 weeks" -> the series quantity 250 is the requested one -> 38.90, series lead 9 weeks = 63 (Jun 15 + 63 = Aug 17,
# before Aug 28). Bracket set "10 | 26,40 | 150 | 12,15 | 6 weeks" -> 12.15 per SET, 42 (Jul 27, before Oct 9); "black
# anodising included". Quantities as asked -> null. The 3-week prototype lead time is for the 10 prototypes, not the
# quoted quantity. "Initial sample inspection report (FAI / EMPB), one-off per part number: EUR 220,00" -> note. Lines
# 2, 3 and 4 never mentioned -> missing-line. "Validity: 30 days" from the offer date = the Date header's date
# (15 June 2026) -> 2026-07-15 (not short); "EXW Freistadt" -> EXW. EUR. Partial, missing-line and note.
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 42) == "2026-07-27" and plus("2026-06-15", 30) == "2026-07-15"
X398 = [40, 66, 146, 262, 322, 380, 436, 494]
P398 = ([(40, 800, 14, "Mühlviertel CNC GmbH"), (430, 800, 14, "OFFER"),
         (40, 786, 8, "Gewerbepark 7, 4240 Freistadt, Austria  |  +43 7942 555 0136"),
         (430, 784, 9, "No. AN-26-0615"), (430, 772, 9, "Date: 15 June 2026"),
         (40, 748, 9, "Customer: Vossberg Maschinenbau GmbH, attn. Mr Jonas Albers"), (360, 748, 9, "Your RFQ: VM-RFQ-4418"),
         (40, 736, 9, "All prices in EUR per piece / per set, net.")]
        + row(706, X398, ["Pos.", "Part no.", "Description", "Proto qty", "Price EUR", "Series qty", "Price EUR", "Lead series"])
        + row(690, X398, ["1", "SH-2231-C rev B", "Drive shaft 42CrMo4", "10", "71,50", "250", "38,90", "9 weeks"])
        + row(674, X398, ["5", "2231-004-03", "Sensor bracket set", "10 sets", "26,40", "150 sets", "12,15", "6 weeks"])
        + [(40, 642, 9, "Prototype lead time: 3 weeks. Series lead time from order. Bracket sets: black anodising included."),
           (40, 628, 9, "Initial sample inspection report (FAI / EMPB), one-off per part number: EUR 220,00"),
           (40, 614, 9, "Delivery terms: EXW Freistadt (Incoterms 2020)     Payment: 30 days net"),
           (40, 600, 9, "Validity: 30 days"),
           (40, 560, 9, "Stefan Gruber, Sales")])
blind2("u398-pdf-proto-and-series-columns-fai", V.message("Stefan Gruber <s.gruber@muehlviertel-cnc.example>", multipart("mixed", "=_blind25_398", [
        text_part("text/plain", """Dear Mr Albers,

please find attached our offer AN-26-0615 for the shaft and the bracket set, with prototype and series prices.

Best regards
Stefan Gruber
Mühlviertel CNC GmbH
""", cte="quoted-printable"),
        file_part("application/pdf", "AN-26-0615.pdf", pdf([check_page(P398)]))])),
       "partial", "EUR", "2026-07-15", "EXW",
       [line(1, 38.90, "EUR", lead=63), line(5, 12.15, "EUR", lead=42)],
       ["missing-line", "note"])


# u399 a Czech foundry and machine shop, English (quoted-printable). Housing "EUR 1.118,00 per piece (primer included)"
# -> 1118.00 (the RAL 7035 primer is in the price, nothing to add); 25 pcs as asked -> null. "One-off pattern cost: EUR
# 2.650,00" -> note; the flatness exception (0,03 mm offered instead of 0,01 mm) -> note. Lead time "castings 12-13
# weeks ARO, then machining and priming 15 working days" -> 13 x 7 + 15 x 7/5 = 91 + 21 = 112 (Jun 15 + 112 = Oct 5,
# AFTER the Oct 2 need-by -> lead-time-after-need-by). "Pos. 1 (shaft): no offer" -> declined; lines 3, 4 and 5 never
# mentioned -> missing-line. "Offer valid until 15/08/2026" -> 2026-08-15 (not short); "FCA Olomouc" -> FCA. EUR.
# Partial.
assert 13 * 7 + workdays(15) == 112 and plus("2026-06-15", 112) == "2026-10-05"
blind2("u399-housing-pattern-flatness-exception-late", V.msg("Pavel Horák <p.horak@moravia-litina.example>", "text/plain", """Dear Mr Albers,

thank you for RFQ VM-RFQ-4418. Our offer for the gearbox housing:

Pos. 2  HSG-1180-GJL, EN-GJL-250, machined complete, primed RAL 7035
        25 pcs - EUR 1.118,00 per piece (primer included)
        One-off pattern cost: EUR 2.650,00
        Delivery: castings 12-13 weeks ARO, then machining and priming 15 working days

Technical exception: the 0,01 mm flatness on the split face cannot be held on grey iron without hand
scraping; we offer 0,03 mm.

Pos. 1 (shaft): no offer.

Offer valid until 15/08/2026. FCA Olomouc (Incoterms 2020).

S pozdravem / best regards
Pavel Horák
Moravia Litina a.s.
""", cte="quoted-printable"),
       "partial", "EUR", "2026-08-15", "FCA",
       [nob(1), line(2, 1118.00, "EUR", lead=112)],
       ["lead-time-after-need-by", "missing-line", "no-bid", "note"])


# u400 a small US shop quoting in US dollars against the EUR RFQ -> currency-differs. Bracket set "setup $250 +
# $12.40/set" -> 12.40 per SET (USD), the setup a one-off charge -> note; "black anodize is included in the $12.40" ->
# nothing to add; 150 sets as asked -> null. "10-12 business days ARO + 1 week for anodize" -> upper bound 12 x 7/5 =
# 16.8 -> 17, + 7 = 24 (Jun 15 + 24 = Jul 9, before Oct 9). "Shaft, housing, fitting and cylinder - no bid" -> lines
# 1-4 declined by description. "Quote good for 30 days" from Mon 15 Jun -> 2026-07-15 (not short); "EXW Erie, PA" ->
# EXW. Partial, currency-differs, no-bid and note.
assert workdays(12) + 7 == 24 and math.ceil(12 * 7 / 5 + 7) == 24 and plus("2026-06-15", 24) == "2026-07-09"
blind2("u400-usd-setup-plus-per-set-anodize-incl", V.msg("Rob Tennant <rob@tennant-machine.example>", "text/plain", """Jonas,

Thanks for including a US shop on VM-RFQ-4418. All prices below are in US dollars.

2231-004-03 sensor bracket set (L+R with screws), 150 sets:
   setup $250 + $12.40/set
   black anodize is included in the $12.40 (our anodizer is down the street)
   10-12 business days ARO + 1 week for anodize

Shaft, housing, fitting and cylinder - no bid, we're a small 3-axis shop.

EXW Erie, PA. Quote good for 30 days.

Rob Tennant
Tennant Machine & Tool
"""),
       "partial", "USD", "2026-07-15", "EXW",
       [nob(1), nob(2), nob(3), nob(4), line(5, 12.40, "USD", lead=24)],
       ["currency-differs", "no-bid", "note"])


if __name__ == "__main__":
    ROUND.write()
