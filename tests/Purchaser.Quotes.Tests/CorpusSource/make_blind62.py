#!/usr/bin/env python3
"""Writes replies u977..u992 (Corpus/u*.eml + expected u*.json) - the sixty-second blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is QUOTES THAT CHANGE: REVISIONS, COUNTER-OFFERS AND CORRECTIONS. Every reply is a later message of a
quote thread that states in full the values that now apply, above quoted history (the vendor's own earlier quote, the
buyer's request or push-back) that must not be read.
For NR-RFQ-0619: a Wisconsin gasket and spring maker's "REV 1" lowering two prices above Gmail "> " / ">> " history; a
Minnesota distributor's HTML correction of a slipped decimal ("should read $31.60 per M, not $316.00") above the wrong
quote in an Outlook header block; an Indiana distributor's best and final offer on all five lines (multipart/alternative)
with a spring break and a 10-day validity, the buyer's target prices quoted below; a Connecticut spring maker's
counter-offer for 10,000 springs instead of 8,000 because its minimum run is 10,000 (windows-1252, "-----Original
Message-----"); an Ohio distributor completing its partial quote with an XLSX "rev 2" covering all five lines (an MOQ
below the quantity, a per-1,000 price); and an Illinois screw and spring maker's PDF "Rev B" passing on a 6% stainless
increase with an alloy-surcharge clause and a short validity.
For HM-RFQ-2611: a Memphis bearing house revising its offer to a full case of 500 bearings instead of 400 (HTML with a
blockquote history, totals in the prose); an Antwerp compounder whose Houston stock sold out, so the resin moves from
FCA Houston to CIF Houston with a 7-8 week sea-freight lead time past the need-by (EUR, decimal commas, ISO-8859-1
quoted-printable); an Ontario hose and seal house withdrawing the seal-kit line and restating the rest in CAD (base64
text); a Nashville bearing house offering an FAG bearing after first declining line 3 (multipart/alternative,
quoted-printable); and an Indiana distributor's CSV "rev 2" correcting a sheet price keyed ten times too high.
For VM-RFQ-4418: a Hohenlohe turning shop's German "finales Angebot" with working days (ISO-8859-1 quoted-printable,
"Am ... schrieb" history); a Valencia distributor's revised XLSX after a 316L price increase, per 100 pcs, valid 15
days; a Gliwice foundry's PDF "rev. 1" moving the housing from 14 to 18 weeks (late) with a one-time pattern cost; a
Kolding distributor offering an SMC cylinder after declining the Festo one (multipart/alternative); and a Dutch trading
house withdrawing its whole offer above its own priced offer (HTML, full no-bid).
Revisions of the vendor's own quote carry classification "revised-quote" (as rounds 17 and 32); the full withdrawal
carries none.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026); the quoted history
is dated before them.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, xlsx, pdf, table_page  # expected-line shapes, one-sheet workbook, text-layer PDF
from make_blind5 import check_page, file_part, multipart, text_part  # MIME parts and the PDF page check
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; date/amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(977)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind})


def quoted(text, mark=">"):
    """Quotes text as a mail client does: the mark and a space before every line, the bare mark on empty ones."""
    return "\n".join(f"{mark} {t}" if t else mark for t in text.split("\n"))


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u977 a Wisconsin gasket and spring maker, plain text: "QUOTE KM-4471 REV 1 (supersedes KM-4471 dated 06/03/2026)" above
# the June 3 quote ("> ") and the buyer's request (">> "). Only the REV 1 values count: gasket "$0.176 ea", "4 weeks ARO"
# -> 0.176, 28 (Jul 3, before Aug 3); spring "$0.0662 ea", "3 weeks ARO" -> 0.0662, 21 (Jun 26, before Jul 27); the
# quantities restated are the RFQ's -> null. "Still no quote on CBL-4C22-PUR, SCR-M4X10-A2 and PLT-0915-R2" -> lines 2,
# 3, 4 declined. "Rev 1 pricing valid through July 24, 2026" (not short); "FCA Plymouth, WI" -> FCA. The $0.189 / $0.0715
# and "valid 30 days" of the quoted June 3 quote are history. Partial, no-bid.
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 21) == "2026-06-26"
U977_HISTORY = quoted("""Hi Nora,

Thanks for the RFQ. Our quote KM-4471:

GSK-EPDM-80     5,000 pcs    $0.189 ea     4 weeks ARO
SPR-C0630-302   8,000 pcs    $0.0715 ea    3 weeks ARO

No quote on the cable, the screws or the base plate.

FCA Plymouth, WI. Quote valid 30 days.

Gretchen

On Mon, Jun 1, 2026 at 8:05 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + quoted("""Hello Gretchen,

Please quote the items below by June 12, 2026 (RFQ NR-RFQ-0619).

1  GSK-EPDM-80     Gasket EPDM 80 x 62 x 3 mm     5000 EA    need by 08/03/2026
2  CBL-4C22-PUR    Cable 4 x 22 AWG PUR           1500 M     need by 07/20/2026
3  SCR-M4X10-A2    SHCS M4 x 10 A2-70             20000 EA   need by 07/13/2026
4  PLT-0915-R2     Motor base plate 6082-T6       120 EA     need by 08/17/2026
5  SPR-C0630-302   Compression spring 302 SS      8000 EA    need by 07/27/2026

Thanks,
Nora Reyes
Northridge Purchasing"""))
sample("u977-rev1-supersedes-gmail-history", S.msg("Gretchen Vandermolen <gvandermolen@kettlemoraine-gs.example>", "text/plain", """Hi Nora,

Please replace our quote KM-4471 of June 3 with the revision below. We re-ran the gasket
nest on a wider sheet and got a better yield, and our spring wire came in under budget, so
both prices come down. Lead times are unchanged.

QUOTE KM-4471 REV 1  (supersedes KM-4471 dated 06/03/2026)

GSK-EPDM-80     EPDM gasket 80 x 62 x 3    5,000 pcs   $0.176 ea    4 weeks ARO
SPR-C0630-302   Comp. spring 302 SS        8,000 pcs   $0.0662 ea   3 weeks ARO

Still no quote on CBL-4C22-PUR, SCR-M4X10-A2 and PLT-0915-R2 - not our products.

Terms: FCA Plymouth, WI (Incoterms 2020), net 30.
Rev 1 pricing valid through July 24, 2026.

Thanks,
Gretchen Vandermolen
Inside Sales | Kettle Moraine Gasket & Spring, Inc.
W6180 County Rd C, Plymouth, WI 53073
(920) 555-0137

On Wed, Jun 3, 2026 at 2:41 PM Gretchen Vandermolen <gvandermolen@kettlemoraine-gs.example> wrote:
""" + U977_HISTORY + "\n", subject="RE: RFQ NR-RFQ-0619 - REV 1 of our quote KM-4471"),
       "partial", "USD", "2026-07-24", "FCA",
       [line(1, 0.176, lead=28), nob(2), nob(3), nob(4), line(5, 0.0662, lead=21)],
       ["no-bid"])
classify("revised-quote")


# u978 a Minnesota fastener distributor, HTML only (quoted-printable): "Please disregard the quote I sent you at 8:15 this
# morning ... The SCR-M4X10-A2 price should read $31.60 per M (per thousand), not $316.00" above a corrected table whose
# legend says "M = per 1,000 pcs, C = per 100 pcs"; the wrong 8:15 quote sits below an Outlook From/Sent block.
# Gasket "$0.198" "each", "5 wks" -> 0.198, 35 (Jul 10, before Aug 3). Screws "$31.60" per "M" -> 31.60 / 1,000 = 0.0316,
# "stock" -> 0. Springs "$7.45" per "C" -> 7.45 / 100 = 0.0745, "4 wks" -> 28 (Jul 3, before Jul 27). Quantities as asked
# -> null. "no bid on CBL-4C22-PUR and PLT-0915-R2" -> lines 2, 4 declined. "FOB Eagan, MN, valid 30 days" from Fri 5 Jun
# -> 2026-07-05 (not short). Partial, no-bid.
assert close(31.60 / 1000, 0.0316) and close(7.45 / 100, 0.0745) and plus("2026-06-05", 30) == "2026-07-05"
assert plus("2026-06-05", 35) == "2026-07-10"


def u978_table(screw_price):
    rows = [("Part number", "Description", "Qty", "Price", "Per", "Lead time"),
            ("GSK-EPDM-80", "EPDM gasket 80x62x3", "5,000", "$0.198", "each", "5 wks"),
            ("SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000", screw_price, "M", "stock"),
            ("SPR-C0630-302", "Comp spring 302SS", "8,000", "$7.45", "C", "4 wks")]
    return ("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse;font-size:10pt\">\n"
            + "\n".join("<tr>" + "".join((f"<th style=\"background:#DDEBF7\">{c}</th>" if i == 0 else f"<td>{c}</td>")
                                         for c in r) + "</tr>" for i, r in enumerate(rows))
            + "\n</table>\n<p style=\"font-size:9pt\">Per: M = per 1,000 pcs, C = per 100 pcs</p>")


sample("u978-html-disregard-should-read-per-m", S.msg("Tom Lindgren <tlindgren@northstar-fastener.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Nora,</p>
<p>Please disregard the quote I sent you at 8:15 this morning &ndash; I dropped a decimal on the screws. The
SCR-M4X10-A2 price should read <b>$31.60 per M</b> (per thousand), not $316.00. Corrected quote below; the gasket
and spring prices are unchanged.</p>
""" + u978_table("$31.60") + """
<p>We don't stock the PUR cable or machine the base plate, so no bid on CBL-4C22-PUR and PLT-0915-R2.</p>
<p>Prices FOB Eagan, MN, valid 30 days.</p>
<p>Sorry for the confusion,<br>Tom Lindgren<br>Outside Sales | North Star Fastener Supply<br>
3150 Lexington Ave S, Eagan, MN 55121<br>651-555-0174 | tlindgren@northstar-fastener.example</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> Tom Lindgren &lt;tlindgren@northstar-fastener.example&gt;<br>
<b>Sent:</b> Friday, June 5, 2026 8:15 AM<br>
<b>To:</b> Nora Reyes &lt;nreyes@northridge.example&gt;<br>
<b>Subject:</b> RE: RFQ NR-RFQ-0619 - Mechanical and cable parts</p></div>
<p>Nora, our quote below.</p>
""" + u978_table("$316.00") + """
<p>Prices FOB Eagan, MN, valid 30 days.</p>
<p>Tom</p>
</body></html>""", cte="quoted-printable", subject="RE: RFQ NR-RFQ-0619 - CORRECTED quote (screw price)"),
       "partial", "USD", "2026-07-05", "FOB",
       [line(1, 0.198, lead=35), nob(2), line(3, 0.0316, lead=0), nob(4), line(5, 0.0745, lead=28)],
       ["no-bid"])
classify("revised-quote")


# u979 an Indiana distributor's best and final offer (multipart/alternative, both parts carry it) that "replaces our quote
# WR-Q-20611 of May 29 in full", above the buyer's push-back with her TARGET prices ("target $36.00" for the plate,
# "$0.062" for the springs), which are history. Gasket "$0.179 ea", 4 weeks -> 0.179, 28. Cable "$1.33 per m", 2 weeks ->
# 1.33, 14 (Jun 19, before Jul 20). Screws "$0.0299 ea", stock -> 0.0299, 0. Plate "$38.90 ea", 10 weeks -> 70 (Jun 5 +
# 70 = Aug 14, before Aug 17). Springs "5,000-9,999: $0.0655 ea / 10,000+: $0.0590 ea" -> the 8,000 asked falls in the
# first tier -> 0.0655, 3 weeks -> 21. Quantities as asked -> null. "DAP Dayton, OH" -> DAP. "this offer is valid 10 days"
# from Fri 5 Jun -> 2026-06-15, earlier than Jun 26 -> validity-short. Every line priced -> parsed.
assert plus("2026-06-05", 70) == "2026-08-14" and plus("2026-06-05", 10) == "2026-06-15" and 5000 <= 8000 <= 9999
U979_PUSHBACK = """Jim,

Thanks for the quote. To be honest you are not the low bidder on two lines: on the base plate you are about 10%
above the best price we have (our target is $36.00) and the springs would need to be near $0.062. If you can
sharpen the pencil, please send your best and final by Friday noon - we award next week.

Regards,
Nora Reyes
Purchasing, Northridge Robotics"""
U979_TEXT = """Nora,

Thanks for the call yesterday and for the chance to take another look. Below is our best and final offer for
NR-RFQ-0619; it replaces our quote WR-Q-20611 of May 29 in full.

Line 1  GSK-EPDM-80     5,000 pcs    $0.179 ea       4 weeks
Line 2  CBL-4C22-PUR    1,500 m      $1.33 per m     2 weeks
Line 3  SCR-M4X10-A2    20,000 pcs   $0.0299 ea      stock
Line 4  PLT-0915-R2     120 pcs      $38.90 ea       10 weeks
Line 5  SPR-C0630-302   8,000 pcs    5,000-9,999: $0.0655 ea / 10,000+: $0.0590 ea    3 weeks

Delivered DAP Dayton, OH (Incoterms 2020). Because these are our final numbers, this offer is valid 10 days.

We appreciate the oportunity,
Jim Harrold
Account Manager, White River Industrial Supply
2201 W Kilgore Ave, Muncie, IN 47304
765-555-0142

On Wed, Jun 3, 2026 at 9:20 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + quoted(U979_PUSHBACK)
U979_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Nora,</p>
<p>Thanks for the call yesterday and for the chance to take another look. Below is our best and final offer for
NR-RFQ-0619; it replaces our quote WR-Q-20611 of May 29 in full.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#FCE4D6"><th>Line</th><th>Part</th><th>Qty</th><th>Price</th><th>Lead time</th></tr>
<tr><td>1</td><td>GSK-EPDM-80</td><td>5,000 pcs</td><td>$0.179 ea</td><td>4 weeks</td></tr>
<tr><td>2</td><td>CBL-4C22-PUR</td><td>1,500 m</td><td>$1.33 per m</td><td>2 weeks</td></tr>
<tr><td>3</td><td>SCR-M4X10-A2</td><td>20,000 pcs</td><td>$0.0299 ea</td><td>stock</td></tr>
<tr><td>4</td><td>PLT-0915-R2</td><td>120 pcs</td><td>$38.90 ea</td><td>10 weeks</td></tr>
<tr><td>5</td><td>SPR-C0630-302</td><td>8,000 pcs</td><td>5,000-9,999: $0.0655 ea<br>10,000+: $0.0590 ea</td><td>3 weeks</td></tr>
</table>
<p>Delivered DAP Dayton, OH (Incoterms 2020). Because these are our final numbers, this offer is valid 10 days.</p>
<p>We appreciate the oportunity,<br>Jim Harrold<br>Account Manager, White River Industrial Supply<br>
2201 W Kilgore Ave, Muncie, IN 47304<br>765-555-0142</p>
<div>On Wed, Jun 3, 2026 at 9:20 AM Nora Reyes &lt;nreyes@northridge.example&gt; wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">""" + U979_PUSHBACK.replace("\n\n", "<br><br>\n").replace("\n", " ") + """</blockquote>
</body></html>"""
sample("u979-alt-best-and-final-all-five", S.alternative("Jim Harrold <jharrold@whiteriver-ind.example>", U979_TEXT, U979_HTML),
       "parsed", "USD", "2026-06-15", "DAP",
       [line(1, 0.179, lead=28), line(2, 1.33, lead=14), line(3, 0.0299, lead=0), line(4, 38.90, lead=70),
        line(5, 0.0655, lead=21)],
       ["validity-short"])
classify("revised-quote")


# u980 a Connecticut spring maker, windows-1252 plain text, counter-offer after a call: "our minimum run on this spring is
# 10,000 pcs ... So our counter-offer is for 10,000 pcs" -> quantity 10000 (quantity-differs), moq 10000 above the 8,000
# asked (moq-above-quantity); "$0.0584 each" -> 0.0584; "5 weeks ARO" -> 35 (Jul 10, before Jul 27). The prose comparison
# ("less than the 8,000 did on our first quote") and the first quote in the "-----Original Message-----" block ($0.0741
# for 8,000) are history. "No bid on GSK-EPDM-80, CBL-4C22-PUR, SCR-M4X10-A2 and PLT-0915-R2" -> lines 1-4 declined.
# "EXW Waterbury, CT"; "Offer valid until June 30, 2026" (not short). Partial.
assert 10000 * 0.0584 < 8000 * 0.0741 and plus("2026-06-05", 35) == "2026-07-10"
sample("u980-cp1252-counter-offer-10000-springs", S.msg("Linda Ciarleglio <lciarleglio@naugatuck-spring.example>", "text/plain", """Nora,

Following up on our call this morning about SPR-C0630-302.

We can’t coil 8,000 pcs economically – our minimum run on this spring is 10,000 pcs (one full
heat-treat load). So our counter-offer is for 10,000 pcs:

   SPR-C0630-302  compression spring, 302 SS, 0.6 wire, 6.3 OD, 30 mm free length
   Quantity:    10,000 pcs
   Price:       $0.0584 each
   Lead time:   5 weeks ARO

The extra 2,000 pcs can go on your shelf – at this price the 10,000 cost you less than the 8,000
did on our first quote.

No bid on GSK-EPDM-80, CBL-4C22-PUR, SCR-M4X10-A2 and PLT-0915-R2, same as before.

EXW Waterbury, CT. Offer valid until June 30, 2026.

Regards,
Linda Ciarleglio
Naugatuck Valley Spring Co.
455 Thomaston Ave, Waterbury, CT 06702
Tel 203-555-0119  Fax 203-555-0120

-----Original Message-----
From: Linda Ciarleglio <lciarleglio@naugatuck-spring.example>
Sent: Tuesday, June 2, 2026 3:06 PM
To: Nora Reyes <nreyes@northridge.example>
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Nora,

SPR-C0630-302: 8,000 pcs at $0.0741 each, 5 weeks ARO. EXW Waterbury, CT, valid 30 days.
No bid on the other four lines, we only make springs.

Linda
""", charset="windows-1252", subject="RE: RFQ NR-RFQ-0619 - counter-offer SPR-C0630-302"),
       "partial", "USD", "2026-06-30", "EXW",
       [nob(1), nob(2), nob(3), nob(4), line(5, 0.0584, qty=10000, lead=35, moq=10000)],
       ["moq-above-quantity", "no-bid", "quantity-differs"])
classify("revised-quote")


# u981 an Ohio distributor completing a partial quote: "the attached rev 2 now covers all five lines ... and replaces rev 1
# in full"; the quoted Tuesday mail had no prices ("the cable and the base plate ... I'll have those by Friday"). XLSX:
# gasket 0.183 "per pc", 4 weeks -> 28. Cable 1.36 "per m", 3 weeks -> 21 (Jun 26, before Jul 20). Screws 0.0309 "per pc",
# MOQ 10000 (below the 20,000 asked: no deviation), stock -> 0. Plate 41.75 "per pc", 8 weeks -> 56 (Jul 31, before Aug
# 17). Springs 68.40 "per 1,000 pcs" -> 0.0684, 4 weeks -> 28 (Jul 3, before Jul 27). Quantities as asked -> null. Body:
# "CPT Dayton, OH", "Valid until 31 July 2026" (not short). Every line priced -> parsed, no deviations.
assert close(68.40 / 1000, 0.0684) and plus("2026-06-05", 56) == "2026-07-31" and 10000 < 20000
U981_XLSX = xlsx([
    ["Maumee Valley Industrial - Quotation MVQ-26-1142 rev 2"],
    ["Customer: Northridge Robotics - RFQ NR-RFQ-0619 - prices in USD"],
    [""],
    ["Line", "Part No.", "Description", "Qty", "UOM", "Unit Price", "Price per", "MOQ", "Lead Time", "Rev 2"],
    [1, "GSK-EPDM-80", "Gasket EPDM 70A 80x62x3", 5000, "EA", 0.183, "per pc", "", "4 weeks", "unchanged"],
    [2, "CBL-4C22-PUR", "Cable 4x22 AWG shielded PUR black", 1500, "M", 1.36, "per m", "", "3 weeks", "added"],
    [3, "SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2-70", 20000, "EA", 0.0309, "per pc", 10000, "stock", "unchanged"],
    [4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", 41.75, "per pc", "", "8 weeks", "added"],
    [5, "SPR-C0630-302", "Comp spring 302SS 0.6x6.3x30", 8000, "EA", 68.4, "per 1,000 pcs", "", "4 weeks", "unchanged"],
])
sample("u981-xlsx-rev2-completes-partial", S.with_attachment("Renee Castellano <rcastellano@maumeevalley-ind.example>", """Hi Nora,

As promised on Tuesday, here is the rest of our quote. The attached rev 2 now covers all five lines of
NR-RFQ-0619 - the cable and the base plate are added, lines 1, 3 and 5 are as in rev 1 - and replaces
rev 1 in full.

CPT Dayton, OH. Valid until 31 July 2026.

Best regards,
Renee Castellano
Maumee Valley Industrial | 1720 Tiffin Ave, Findlay, OH 45840 | 419-555-0185

On Tue, Jun 2, 2026 at 4:50 PM Renee Castellano <rcastellano@maumeevalley-ind.example> wrote:
> Nora,
>
> Rev 1 attached for lines 1, 3 and 5. The cable and the base plate are out with our suppliers,
> I'll have those by Friday.
>
> Renee""", XLSX, "MVQ-26-1142_rev2.xlsx", U981_XLSX),
       "parsed", "USD", "2026-07-31", "CPT",
       [line(1, 0.183, lead=28), line(2, 1.36, lead=21), line(3, 0.0309, lead=0, moq=10000), line(4, 41.75, lead=56),
        line(5, 0.0684, lead=28)],
       [])
classify("revised-quote")


# u982 an Illinois screw and spring maker passing on a stainless increase: body "Attached is quotation KPP-26-0571 Rev B
# with the new prices; it replaces Rev A of May 28", Rev A's prices only in the quoted history. PDF: screws "$33.40" per
# "1,000" -> 0.0334, 2 weeks -> 14 (Jun 19, before Jul 13); springs "$0.0742" per "1" -> 0.0742, 5 weeks -> 35 (Jul 10,
# before Jul 27); quantities as asked -> null (31.50 x 1.06 = 33.39 -> 33.40, 0.0700 x 1.06 = 0.0742). "the surcharge
# in effect on the ship date will be added" -> a surcharge that may be added later: note. Gasket, cable and plate never
# mentioned -> missing-line. "CIP Dayton, OH" -> CIP. "Quotation valid until 06/19/2026" -> earlier than Jun 26 ->
# validity-short. Partial.
assert close(33.40 / 1000, 0.0334) and abs(31.50 * 1.06 - 33.40) < 0.01 and close(0.0700 * 1.06, 0.0742)
assert plus("2026-06-05", 14) == "2026-06-19"
P982 = check_page(table_page(
    "Kishwaukee Precision Products - Quotation KPP-26-0571 Rev B",
    ["Item", "Part No.", "Description", "Qty", "Price", "Per", "Lead Time"],
    [["1", "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "20,000", "$33.40", "1,000", "2 weeks"],
     ["2", "SPR-C0630-302", "Comp. spring, 302 SS, 0.6 wire", "8,000", "$0.0742", "1", "5 weeks"]],
    ["Quote date: 06/05/2026    Customer: Northridge Robotics, Attn. Nora Reyes    Your RFQ: NR-RFQ-0619",
     "Rev B replaces Rev A dated 05/28/2026 (stainless price increase of 6%).",
     "Per: price per 1 piece or per 1,000 pieces.",
     "Alloy surcharge: the surcharge in effect on the ship date will be added to the invoice.",
     "Prices in USD. CIP Dayton, OH (Incoterms 2020). Terms: net 30 days.",
     "Quotation valid until 06/19/2026.",
     "Kishwaukee Precision Products  |  1410 Logistics Dr, Belvidere, IL 61008  |  815-555-0129"],
    [34, 80, 150, 50, 50, 40, 80]))
sample("u982-pdf-rev-b-stainless-increase", S.with_attachment("Dale Prochaska <dprochaska@kishwaukee-pp.example>", """Nora,

Our wire mill raised the price of A2 / 302 stainless 6% effective June 1 and we have to pass it on.
Attached is quotation KPP-26-0571 Rev B with the new prices; it replaces Rev A of May 28. Lead times
are as before.

Sorry for the change, stainless has been moving every month this year.

Dale Prochaska
Sales Manager
Kishwaukee Precision Products
815-555-0129

-----Original Message-----
From: Dale Prochaska
Sent: Thursday, May 28, 2026 11:32 AM
To: Nora Reyes
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Nora, attached is our quotation KPP-26-0571 for the screws and springs: screws $31.50 per 1,000,
springs $0.0700 each. Dale""", "application/pdf", "KPP-26-0571_RevB.pdf", pdf([P982])),
       "partial", "USD", "2026-06-19", "CIP",
       [line(3, 0.0334, lead=14), line(5, 0.0742, lead=35)],
       ["missing-line", "note", "validity-short"])
classify("revised-quote")


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u983 a Memphis bearing house, HTML only (quoted-printable), revising line 3 to a full case: "500 pcs at $2.52 each" ->
# quantity 500, not the 400 asked (quantity-differs), 2.52, "stock" -> 0. The totals in the prose ($1,260.00 for 500 and
# $1,296.00 for the 400 of the first quote) are never unit prices; the first quote ($3.24) sits in the blockquote.
# O-rings "$17.60 / 1,000" -> 0.0176, 3 weeks -> 21 (Jul 3, before Aug 17). "We still can't offer the resin, the aluminium
# sheet, the hose or the seal kits" -> lines 1, 2, 5, 6 declined. "Revised quote valid 30 days" from Fri 12 Jun ->
# 2026-07-12 (not short); "FOB Memphis, TN" -> FOB. Partial.
assert close(500 * 2.52, 1260.00) and close(400 * 3.24, 1296.00) and plus("2026-06-12", 30) == "2026-07-12"
assert close(17.60 / 1000, 0.0176) and plus("2026-06-12", 21) == "2026-07-03"
U983_ROWS = [("Line", "Part", "Description", "Qty", "Unit price", "Lead time"),
             ("3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3, 25 x 52 x 15", "500 pcs", "$2.52 ea", "stock"),
             ("4", "OR-0120-NBR70", "O-ring 12.0 x 2.0, NBR 70, black", "50,000 pcs", "$17.60 / 1,000", "3 weeks")]
blind("u983-html-full-case-500-bearings", H.msg("Keisha Broussard <kbroussard@deltabearing.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Hi Lena,</p>
<p>I took another look at line 3 after your note. The 6205-2RS C3 is packed 500 to a case and our full-case price is a
lot better, so I'm revising our offer to a full case: <b>500 pcs at $2.52 each</b>. That comes to $1,260.00, less than
the $1,296.00 the 400 pcs came to on my first quote, and you get 100 spares.</p>
<p>Revised quote DB-60418 rev 1:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#E2EFDA\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
                for i, r in enumerate(U983_ROWS)) + """
</table>
<p>We still can't offer the resin, the aluminium sheet, the hose or the seal kits.</p>
<p>Revised quote valid 30 days. FOB Memphis, TN.</p>
<p>Thanks!<br>Keisha Broussard<br>Delta Bearing &amp; Supply Co.<br>3380 Democrat Rd, Memphis, TN 38118<br>
901-555-0153</p>
<div>On Tue, Jun 9, 2026 at 3:12 PM, Keisha Broussard wrote:</div>
<blockquote type="cite" style="margin-left:6px;border-left:2px solid #1010FF;padding-left:6px">
<p>Lena,</p>
<p>Quote DB-60418: BRG 6205-2RS, 400 pcs at $3.24 each, stock. OR-0120-NBR70, 50,000 pcs at $17.60 / 1,000, 3 weeks.
No quote on lines 1, 2, 5 and 6. Valid 30 days, FOB Memphis, TN.</p>
<p>Keisha</p>
</blockquote>
</body></html>""", cte="quoted-printable", subject="RE: RFQ HM-RFQ-2611 - revised bearing offer (full case)"),
      "partial", "USD", "2026-07-12", "FOB",
      [nob(1), nob(2), line(3, 2.52, qty=500, lead=0), line(4, 0.0176, lead=21), nob(5), nob(6)],
      ["no-bid", "quantity-differs"])
classify("revised-quote")


# u984 an Antwerp compounder, ISO-8859-1 quoted-printable text in EUR with decimal commas. Its Houston stock sold out, so
# "we can no longer offer FCA Houston"; the offer "now reads": resin "2.500 kg (100 bags)" = the 2,500 kg asked -> null;
# "EUR 3,58 per kg (5.000 kg and more: EUR 3,44 per kg)" -> 2,500 kg is below the 5,000 kg break -> 3.58 EUR
# (currency-differs against the USD RFQ); "7-8 weeks, sea freight" -> upper bound 56 -> Jun 12 + 56 = Aug 7, AFTER the
# Jul 20 need-by -> lead-time-after-need-by. "Terms: CIF Houston, TX (Incoterms 2020)" -> CIF (the FCA of the quoted
# first offer is history). The other five lines are not mentioned -> missing-line. "Offer valid until 10 July 2026"
# (not short: Jul 10 >= Jul 3). Partial.
assert plus("2026-06-12", 56) == "2026-08-07" and 2500 < 5000
blind("u984-iso-resin-now-cif-sea-freight", H.msg("Pieter Claes <pieter.claes@scheldt-compounds.example>", "text/plain", """Dear Lena,

An update on our offer for RES-PA66-GF30. Our Houston consignment stock of this grade has been
sold out since our offer of 5 June, so we can no longer offer FCA Houston from stock. We can supply
the same material from our plant in Antwerp: the price per kg stays the same, but the delivery
terms and the lead time change. Our offer now reads:

RES-PA66-GF30 - PA66 GF30, heat stabilised, black, 25 kg bags
  Quantity:  2.500 kg (100 bags)
  Price:     EUR 3,58 per kg   (5.000 kg and more: EUR 3,44 per kg)
  Delivery:  7-8 weeks, sea freight Antwerp - Houston
  Terms:     CIF Houston, TX (Incoterms 2020)

Offer valid until 10 July 2026. I'm sorry for the longer delivery time, the next vessel leaves
Antwerp on 22 June.

Kind regards / Met vriendelijke groeten,
Pieter Claes
Sales Engineer Americas
Scheldt Compounds NV
Haven 1542, Scheldelaan 400, 2040 Antwerpen, België
T +32 3 555 01 77 | BTW BE 0455.512.378

----- Original message -----
From: Pieter Claes
Sent: Friday, 5 June 2026 16:40
To: Lena Marsh
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Dear Lena,
RES-PA66-GF30, 2.500 kg: EUR 3,58 per kg, FCA Houston, 1 week from our consignment stock.
We only supply compounds, so no offer for the other lines.
Pieter
""", charset="iso-8859-1", cte="quoted-printable", subject="RE: RFQ HM-RFQ-2611 - revised terms RES-PA66-GF30"),
      "partial", "EUR", "2026-07-10", "CIF",
      [line(1, 3.58, "EUR", lead=56)],
      ["currency-differs", "lead-time-after-need-by", "missing-line"])
classify("revised-quote")


# u985 an Ontario hose and seal house, base64 plain text in CAD ("all prices in Canadian dollars") -> CAD
# (currency-differs). "I have to withdraw our offer on line 6, the KIT-PX200-SEAL seal kits" -> line 6 declined. The rest
# "as it now reads": O-rings "$2.05 per 100" -> 0.0205, 2 weeks -> 14; hose "$4.38 per metre" -> 4.38, 3 weeks -> 21
# (Jul 3, before Sep 1); quantities as asked -> null. Resin, sheet and bearings never mentioned -> missing-line. The
# kit price ($38.90) is only in the quoted first quote. "valid until July 17, 2026" (not short); "FCA Peterborough, ON".
# Partial.
assert close(2.05 / 100, 0.0205) and plus("2026-06-12", 14) == "2026-06-26"
blind("u985-b64-cad-seal-kit-withdrawn", H.msg("Colin MacAulay <cmacaulay@trentvalley-hose.example>", "text/plain", """Hi Lena,

I'm sorry to do this, but I have to withdraw our offer on line 6, the KIT-PX200-SEAL seal kits.
Our supplier made one of the lip seals in the kit obsolete this week and we can't build the kit to
your parts list anymore.

The rest of our quote stands. For completeness, here's the quote as it now reads (all prices in
Canadian dollars):

  OR-0120-NBR70    O-ring 12 x 2, NBR 70       50,000 pcs   $2.05 per 100      2 weeks
  HSE-2SN-08       Hose EN 853 2SN DN12        800 m        $4.38 per metre    3 weeks
  KIT-PX200-SEAL   Seal kit PX-200             withdrawn - no quote

Quote valid until July 17, 2026. FCA Peterborough, ON.

Colin MacAulay
Trent Valley Hose & Seal Ltd.
1120 Lansdowne St W, Peterborough ON  K9J 2A2
705-555-0163 | cmacaulay@trentvalley-hose.example

________________________________
From: Colin MacAulay <cmacaulay@trentvalley-hose.example>
Sent: Tuesday, June 9, 2026 10:14 AM
To: Lena Marsh <lmarsh@halvorsen-mfg.example>
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Lena, our quote in CAD: O-rings $2.05 per 100, 2 weeks; hose $4.38 per metre, 3 weeks;
seal kits $38.90 per set, 5 weeks. FCA Peterborough, ON. Valid until July 17.
Colin
""", cte="base64", subject="RE: RFQ HM-RFQ-2611 - line 6 withdrawn"),
      "partial", "CAD", "2026-07-17", "FCA",
      [line(4, 0.0205, "CAD", lead=14), line(5, 4.38, "CAD", lead=21), nob(6)],
      ["currency-differs", "missing-line", "no-bid"])
classify("revised-quote")


# u986 a Nashville bearing house (multipart/alternative, quoted-printable), which first passed on line 3 because SKF has
# the bearing on allocation "until October" (a lead time for a part not offered: ignored), now offers "FAG part no.
# 6205-C-2HRS-C3" instead -> alternatePartNumber 6205-C-2HRS-C3 (alternate-part; FAG is the brand), "400 pcs @ $3.18
# ea", "ex-stock" -> 3.18, 0. Restated with it: O-rings "$19.20 per M" (counted -> per thousand) -> 0.0192, "10 working
# days" -> 14 (Jun 26, before Aug 17). "No quote on lines 1, 2, 5 and 6" -> declined. "Valid 30 days" from Fri 12 Jun ->
# 2026-07-12 (not short); "CPT Rockford, IL" -> CPT. Partial.
assert close(19.20 / 1000, 0.0192) and workdays(10) == 14
U986_TEXT = """Lena,

When I quoted on Tuesday I had to pass on line 3 because SKF has the 6205-2RS C3 on allocation until
October. Our FAG rep has found stock of the equivalent, so I can offer it now: FAG part no.
6205-C-2HRS-C3 (25 x 52 x 15 mm, C3 clearance, two contact seals), 400 pcs @ $3.18 ea, ex-stock.

Together with the O-rings from Tuesday our quote now reads:

Line 3   6205-C-2HRS-C3 (FAG)   400 pcs      $3.18 ea       ex-stock
Line 4   OR-0120-NBR70          50,000 pcs   $19.20 per M   10 working days

No quote on lines 1, 2, 5 and 6.

Valid 30 days, CPT Rockford, IL.

Ray Tidwell
Cumberland Power Transmission
615-555-0138

-----Original Message-----
From: Ray Tidwell
Sent: Tuesday, June 9, 2026 2:05 PM
To: Lena Marsh
Subject: RE: RFQ HM-RFQ-2611

Lena - O-rings OR-0120-NBR70 $19.20 per M, 10 working days. Sorry, no quote on the 6205 (SKF allocation)
or on lines 1, 2, 5 and 6.
Ray"""
U986_HTML = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<div>Lena,</div><div><br></div>
<div>When I quoted on Tuesday I had to pass on line 3 because SKF has the 6205-2RS C3 on allocation until
October. Our FAG rep has found stock of the equivalent, so I can offer it now: FAG part no.
6205-C-2HRS-C3 (25 x 52 x 15 mm, C3 clearance, two contact seals), 400 pcs @ $3.18 ea, ex-stock.</div><div><br></div>
<div>Together with the O-rings from Tuesday our quote now reads:</div>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>Line</th><th>Part</th><th>Qty</th><th>Price</th><th>Lead time</th></tr>
<tr><td>3</td><td>6205-C-2HRS-C3 (FAG)</td><td>400 pcs</td><td>$3.18 ea</td><td>ex-stock</td></tr>
<tr><td>4</td><td>OR-0120-NBR70</td><td>50,000 pcs</td><td>$19.20 per M</td><td>10 working days</td></tr>
</table>
<div><br></div><div>No quote on lines 1, 2, 5 and 6.</div><div><br></div>
<div>Valid 30 days, CPT Rockford, IL.</div><div><br></div>
<div>Ray Tidwell<br>Cumberland Power Transmission<br>615-555-0138</div>
<hr>
<div><b>From:</b> Ray Tidwell<br><b>Sent:</b> Tuesday, June 9, 2026 2:05 PM<br><b>To:</b> Lena Marsh<br>
<b>Subject:</b> RE: RFQ HM-RFQ-2611</div>
<div>Lena - O-rings OR-0120-NBR70 $19.20 per M, 10 working days. Sorry, no quote on the 6205 (SKF allocation)
or on lines 1, 2, 5 and 6.<br>Ray</div>
</body></html>"""
blind("u986-alt-fag-bearing-after-decline", H.alternative("Ray Tidwell <rtidwell@cumberland-pt.example>", U986_TEXT, U986_HTML,
                                                          cte="quoted-printable"),
      "partial", "USD", "2026-07-12", "CPT",
      [nob(1), nob(2), line(3, 3.18, lead=0, alt="6205-C-2HRS-C3"), line(4, 0.0192, lead=14), nob(5), nob(6)],
      ["alternate-part", "no-bid"])
classify("revised-quote")


# u987 an Indiana distributor's CSV "rev 2" of its whole quote: "On rev 1 the aluminium sheet was keyed as $1,865.00 per
# sheet; it should read $186.50 per sheet" -> 186.50 (the rev 1 figure is only in the prose), 2 weeks -> 14. The other
# lines restated: resin 3.92 "kg", 3 weeks -> 21 (Jul 3, before Jul 20); bearing 3.36 "each", stock -> 0; O-rings 18.40
# "1,000 pcs" -> 0.0184, 3 weeks -> 21; hose 4.52 "metre", "10 working days" -> 14; seal kit 31.75 "set", 6 weeks -> 42
# (Jul 24, before Sep 21). Quantities as asked -> null. Body "EXW Gary, IN", "Valid until July 31, 2026" (not short).
# Every line priced -> parsed, no deviations.
assert close(1865.00 / 10, 186.50) and close(18.40 / 1000, 0.0184) and plus("2026-06-12", 42) == "2026-07-24"
U987_ROWS = [["Line", "Part Number", "Description", "Qty", "UoM", "Unit Price USD", "Price Per", "Lead Time", "Note"],
             [1, "RES-PA66-GF30", "PA66 GF30 resin, black, 25 kg bags", 2500, "KG", "3.92", "kg", "3 weeks", ""],
             [2, "SHT-5052H32-030", "Sheet 5052-H32 3.0 x 1250 x 2500, PVC 1S", 90, "EA", "186.50", "sheet", "2 weeks",
              "corrected in rev 2"],
             [3, "BRG 6205-2RS", "Bearing 6205-2RS C3", 400, "EA", "3.36", "each", "stock", ""],
             [4, "OR-0120-NBR70", "O-ring 12 x 2 NBR70 black", 50000, "EA", "18.40", "1,000 pcs", "3 weeks", ""],
             [5, "HSE-2SN-08", "Hose EN 853 2SN DN12", 800, "M", "4.52", "metre", "10 working days", ""],
             [6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", "31.75", "set", "6 weeks", ""]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U987_ROWS)
blind("u987-csv-rev2-sheet-decimal-corrected", H.with_attachment("Teresa Wozniak <twozniak@calumet-ind.example>", """Lena,

Please use the attached rev 2 of our quote CIS-40772 in place of rev 1. On rev 1 the aluminium sheet
was keyed as $1,865.00 per sheet; it should read $186.50 per sheet. That is the only change, all six
lines are restated in the file.

EXW Gary, IN. Valid until July 31, 2026.

Thank you and sorry for the mixup,
Teresa Wozniak
Inside Sales, Calumet Industrial Supply
5400 W 5th Ave, Gary, IN 46406 | 219-555-0126""", "text/csv", "CIS-40772_rev2.csv", _buf.getvalue().encode("utf-8")),
      "parsed", "USD", "2026-07-31", "EXW",
      [line(1, 3.92, lead=21), line(2, 186.50, lead=14), line(3, 3.36, lead=0), line(4, 0.0184, lead=21),
       line(5, 4.52, lead=14), line(6, 31.75, lead=42)],
      [])
classify("revised-quote")


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u988 a Hohenlohe turning shop, German, ISO-8859-1 quoted-printable: "unser finales Angebot (Best and Final Offer) ... Es
# ersetzt unser Angebot AN-26-1187 vom 05.06.2026", that offer quoted below an "Am ... schrieb" line. Shaft "250 Stück,
# Stückpreis 34,60 EUR", "Lieferzeit 8 Wochen" -> 34.60, 56 (Aug 10, before Aug 28). Bracket set "150 Sätze, 21,30 EUR je
# Satz", "30 Arbeitstage" -> 21.30, 30 x 7/5 = 42 (Jul 27, before Oct 9). Quantities as asked -> null. "Pos. 2, 3 und 4
# bieten wir weiterhin nicht an" -> declined. "FCA Künzelsau (Incoterms 2020)"; "gültig bis 31.07.2026" (not short). EUR.
# Partial, no-bid.
assert workdays(30) == 42 and plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 42) == "2026-07-27"
blind2("u988-german-finales-angebot-arbeitstage", V.msg("Jürgen Ehrmann <j.ehrmann@hohenlohe-praezision.example>", "text/plain", """Sehr geehrter Herr Albers,

wie gestern telefonisch besprochen erhalten Sie hiermit unser finales Angebot (Best and Final
Offer) zu Ihrer Anfrage VM-RFQ-4418. Es ersetzt unser Angebot AN-26-1187 vom 05.06.2026 vollständig.

Pos. 1  SH-2231-C rev B  Antriebswelle 42CrMo4, 30 h6 x 412 mm
        250 Stück, Stückpreis 34,60 EUR netto
        Lieferzeit 8 Wochen nach Auftragseingang

Pos. 5  2231-004-03  Sensorhalter-Satz links/rechts inkl. Schrauben, schwarz eloxiert
        150 Sätze, 21,30 EUR je Satz netto
        Lieferzeit 30 Arbeitstage

Pos. 2, 3 und 4 bieten wir weiterhin nicht an.

Lieferbedingung: FCA Künzelsau (Incoterms 2020)
Zahlungsbedingung: 30 Tage netto
Das Angebot ist gültig bis 31.07.2026.

Wir würden uns über Ihren Auftrag sehr freuen.

Mit freundlichen Grüßen

Jürgen Ehrmann
Vertrieb
Hohenlohe Präzisionsteile GmbH
Gaisbacher Str. 31, 74653 Künzelsau
Tel. +49 7940 555 018 | Fax +49 7940 555 019
Geschäftsführer: K. Ehrmann | Amtsgericht Stuttgart HRB 730112

Am 05.06.2026 um 14:22 schrieb Jürgen Ehrmann:
""" + quoted("""Sehr geehrter Herr Albers,

zu Ihrer Anfrage VM-RFQ-4418 bieten wir an:
Pos. 1  SH-2231-C rev B, 250 Stück à 37,90 EUR, Lieferzeit 8 Wochen
Pos. 5  2231-004-03, 150 Sätze à 23,80 EUR, Lieferzeit 30 Arbeitstage
Pos. 2, 3 und 4: kein Angebot.
FCA Künzelsau, gültig 4 Wochen.

Mit freundlichen Grüßen
Jürgen Ehrmann""") + "\n", charset="iso-8859-1", cte="quoted-printable",
                          subject="AW: RFQ VM-RFQ-4418 - finales Angebot AN-26-1187"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 34.60, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 21.30, "EUR", lead=42)],
       ["no-bid"])
classify("revised-quote")


# u989 a Valencia distributor writing English, revised XLSX after a 316L increase ("The attached revised offer replaces
# the one of 4 June"). Fitting 412.00 EUR per "100 pcs" -> 4.12, 3 weeks -> 21 (Jul 6, before Aug 14). Cylinder (the
# Festo part asked) 168.50 EUR per "1 pc", "4-5 weeks" -> 35 (Jul 20, before Sep 11). Quantities as asked -> null. Shaft,
# housing and bracket set never mentioned -> missing-line. "This revised offer is valid 15 days" from Mon 15 Jun ->
# 2026-06-30, earlier than Jul 10 -> validity-short. "DAP Bielefeld (Incoterms 2020)" -> DAP. EUR. Partial.
assert close(412.00 / 100, 4.12) and plus("2026-06-15", 15) == "2026-06-30" and plus("2026-06-15", 35) == "2026-07-20"
U989_XLSX = xlsx([
    ["Suministros Hidráulicos Levante S.L. - Revised offer OF-26-0733-R1"],
    ["Customer: Vossberg Maschinenbau - Enquiry VM-RFQ-4418 - Date 15/06/2026"],
    [""],
    ["Pos.", "Reference", "Description", "Quantity", "Price EUR", "Per", "Delivery"],
    [3, "FIT-316-G12-10", "Male connector G1/2 - 10 mm tube, 316L", 2000, 412.0, "100 pcs", "3 weeks"],
    [4, "DSBC-32-80-PPVA-N3", "Festo cylinder ISO 15552, 32/80", 120, 168.5, "1 pc", "4-5 weeks"],
    [""],
    ["Revised because of the 316L price increase of our manufacturer. Prices net, excl. VAT."],
])
blind2("u989-xlsx-316l-increase-per-100-valid-15-days", V.message("Marta Ibáñez <marta.ibanez@levante-hidraulica.example>", multipart("mixed", "=_levante_0733_R1", [
    text_part("text/plain", """Dear Mr. Albers,

Regarding our offer OF-26-0733 of 4 June: our manufacturer has increased the list prices of 316L
fittings from 15 June, so I must send you a revised offer with the new price for the fitting. The
cylinder price does not change. The attached revised offer replaces the one of 4 June.

This revised offer is valid 15 days, because the manufacturer does not guarantee the prices for
longer. Delivery DAP Bielefeld (Incoterms 2020).

Best regards / Saludos cordiales
Marta Ibáñez
Export Department
Suministros Hidráulicos Levante S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 12, 46988 Paterna (Valencia)
Tel. +34 961 555 043"""),
    file_part(XLSX, "OF-26-0733-R1.xlsx", U989_XLSX)]), subject="RE: RFQ VM-RFQ-4418 - revised offer OF-26-0733-R1"),
       "partial", "EUR", "2026-06-30", "DAP",
       [line(3, 4.12, "EUR", lead=21), line(4, 168.50, "EUR", lead=35)],
       ["missing-line", "validity-short"])
classify("revised-quote")


# u990 a Gliwice foundry writing English, PDF "Offer 112/2026 rev. 1": housing "25 pcs", unit price "1 148,00" EUR (space
# thousands, decimal comma) -> 1148.00, total 28 700,00 (not a unit price); "18 weeks" -> 126 -> Jun 15 + 126 = Oct 19,
# AFTER the Oct 2 need-by -> lead-time-after-need-by (the old 14 weeks is history). "One-time pattern cost: 2 850,00 EUR"
# -> note. "Positions 1, 3, 4 and 5 are not offered" -> declined. "FCA Gliwice (Incoterms 2020)"; "Offer valid until
# 31.08.2026" (not short). EUR. Partial.
assert close(25 * 1148.00, 28700.00) and plus("2026-06-15", 126) == "2026-10-19" and days("2026-06-15", "2026-10-02") < 126
P990 = check_page(table_page(
    "Odlewnia Gliwice Sp. z o.o. - Offer 112/2026 rev. 1",
    ["Pos.", "Part No.", "Description", "Qty", "Unit price EUR", "Total EUR", "Delivery"],
    [["2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "25 pcs", "1 148,00", "28 700,00", "18 weeks"],
     ["", "", "machined, primed RAL 7035", "", "", "", ""]],
    ["Offer date: 12.06.2026    Customer: Vossberg Maschinenbau, Mr J. Albers    Enquiry: VM-RFQ-4418",
     "Rev. 1: delivery time changed from 14 to 18 weeks (pattern shop capacity); prices unchanged.",
     "One-time pattern cost: 2 850,00 EUR.",
     "Positions 1, 3, 4 and 5 are not offered (we supply castings only).",
     "Delivery terms: FCA Gliwice (Incoterms 2020). Payment: 30 days net.",
     "Offer valid until 31.08.2026.",
     "Odlewnia Gliwice Sp. z o.o.  |  ul. Portowa 28, 44-100 Gliwice, Poland  |  +48 32 555 01 64"],
    [30, 76, 150, 44, 76, 60, 60]))
blind2("u990-pdf-foundry-rev1-18-weeks-pattern", V.message("Agnieszka Wróbel <a.wrobel@odlewnia-gliwice.example>", multipart("mixed", "=_og_112_2026_r1", [
    text_part("text/plain", """Dear Mr Albers,

please find attached our offer 112/2026 rev. 1 for the gearbox housing. The price is unchanged, but
our pattern shop is fully booked until August, so the delivery time is now 18 weeks instead of 14
weeks. I am very sorry for this change.

Best regards
Agnieszka Wróbel
Sales Department
Odlewnia Gliwice Sp. z o.o.
tel. +48 32 555 01 64

-----Original Message-----
From: Agnieszka Wróbel
Sent: Monday, 8 June 2026 09:47
To: Jonas Albers
Subject: RE: RFQ VM-RFQ-4418

Dear Mr Albers, attached our offer 112/2026: housing 1 148,00 EUR/pc, 14 weeks, pattern 2 850,00 EUR."""),
    file_part("application/pdf", "Offer_112_2026_rev1.pdf", pdf([P990]))]), subject="RE: RFQ VM-RFQ-4418 - offer 112/2026 rev. 1"),
       "partial", "EUR", "2026-08-31", "FCA",
       [nob(1), line(2, 1148.00, "EUR", lead=126), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "no-bid", "note"])
classify("revised-quote")


# u991 a Kolding distributor writing English (multipart/alternative), which declined the Festo cylinder last week, now
# offers "SMC C96SDB32-80C" instead -> alternatePartNumber C96SDB32-80C (alternate-part; SMC is the brand), "120 pcs",
# "EUR 118,40 per piece", "3-4 weeks" -> 118.40, 28 (Jul 13, before Sep 11). Fitting restated: "2.000 pcs" = 2,000 asked
# -> null, "EUR 3,95 per piece", "from stock" -> 3.95, 0. "Pos. 1, 2 and 5: no quote" -> declined. "DAP Bielefeld"; "Offer
# valid until 14 August 2026" (not short). EUR. Partial.
assert plus("2026-06-15", 28) == "2026-07-13"
U991_TEXT = """Dear Jonas,

Last week we had to decline the cylinder, as we are not a Festo distributor. We have since checked
with SMC and can offer their ISO 15552 cylinder as an equivalent: SMC C96SDB32-80C (bore 32 mm,
stroke 80 mm, adjustable air cushioning, same mounting dimensions).

Our revised offer, which replaces the one of 9 June:

Pos. 3   FIT-316-G12-10          2.000 pcs   EUR 3,95 per piece     from stock
Pos. 4   C96SDB32-80C (SMC)      120 pcs     EUR 118,40 per piece   3-4 weeks
         offered instead of Festo DSBC-32-80-PPVA-N3

Pos. 1, 2 and 5: no quote, not in our range.

Delivery DAP Bielefeld (Incoterms 2020). Offer valid until 14 August 2026.

Med venlig hilsen / Kind regards
Mikkel Sørensen
Nordisk Pneumatik A/S
Vejlevej 122, 6000 Kolding, Denmark
+45 75 55 01 46"""
U991_HTML = """<html><body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Dear Jonas,</p>
<p>Last week we had to decline the cylinder, as we are not a Festo distributor. We have since checked
with SMC and can offer their ISO 15552 cylinder as an equivalent: SMC C96SDB32-80C (bore 32 mm,
stroke 80 mm, adjustable air cushioning, same mounting dimensions).</p>
<p>Our revised offer, which replaces the one of 9 June:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#D9D9D9"><th>Pos.</th><th>Item</th><th>Qty</th><th>Price</th><th>Delivery</th></tr>
<tr><td>3</td><td>FIT-316-G12-10</td><td>2.000 pcs</td><td>EUR 3,95 per piece</td><td>from stock</td></tr>
<tr><td>4</td><td>C96SDB32-80C (SMC)<br><i>offered instead of Festo DSBC-32-80-PPVA-N3</i></td><td>120 pcs</td><td>EUR 118,40 per piece</td><td>3-4 weeks</td></tr>
</table>
<p>Pos. 1, 2 and 5: no quote, not in our range.</p>
<p>Delivery DAP Bielefeld (Incoterms 2020). Offer valid until 14 August 2026.</p>
<p>Med venlig hilsen / Kind regards<br>Mikkel Sørensen<br>Nordisk Pneumatik A/S<br>Vejlevej 122, 6000 Kolding, Denmark<br>+45 75 55 01 46</p>
</body></html>"""
blind2("u991-alt-smc-cylinder-after-decline", V.alternative("Mikkel Sørensen <ms@nordisk-pneumatik.example>", U991_TEXT, U991_HTML,
                                                            "=_np_alt_0615", subject="RE: RFQ VM-RFQ-4418 - revised offer, cylinder added"),
       "partial", "EUR", "2026-08-14", "DAP",
       [nob(1), nob(2), line(3, 3.95, "EUR", lead=0), line(4, 118.40, "EUR", lead=28, alt="C96SDB32-80C"), nob(5)],
       ["alternate-part", "no-bid"])
classify("revised-quote")


# u992 a Dutch trading house, HTML only: "we must withdraw our offer OF-26-0614 of 9 June for VM-RFQ-4418 in full ... we
# cannot supply any of the five positions. Please regard this as a no-quote on the whole enquiry." Its own priced offer
# in the blockquote below is history. Every line declined: five noBid lines, currency / validUntil / incoterms null,
# status no-bid, kinds {no-bid}; no classification (as round 32's full withdrawal).
blind2("u992-html-offer-withdrawn-in-full", V.msg("Bram Verhoeven <b.verhoeven@dommel-trading.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr Albers,</p>
<p>With regret I have to inform you that we must withdraw our offer OF-26-0614 of 9 June for VM-RFQ-4418 in full.
Our machining partner in Eindhoven has been taken over and will not accept new orders for the rest of the year, and
our catalogue suppliers quoted us through that partner, so we cannot supply any of the five positions. Please regard
this as a no-quote on the whole enquiry.</p>
<p>We apologise for the inconvenience and hope to be of service on a future enquiry.</p>
<p>Met vriendelijke groet / Kind regards,<br>Bram Verhoeven<br>Dommel Trading B.V.<br>Hurksestraat 19, 5652 AH Eindhoven<br>
+31 40 555 0129 | KvK 17284466</p>
<hr>
<p><b>Van:</b> Bram Verhoeven<br><b>Verzonden:</b> dinsdag 9 juni 2026 11:08<br><b>Aan:</b> Jonas Albers<br>
<b>Onderwerp:</b> RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60</p>
<blockquote style="border-left:2px solid #999;padding-left:8px">
<p>Dear Mr Albers, our offer OF-26-0614:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>Pos.</th><th>Part</th><th>Qty</th><th>Price EUR</th><th>Delivery</th></tr>
<tr><td>1</td><td>SH-2231-C rev B</td><td>250</td><td>39,20</td><td>9 weeks</td></tr>
<tr><td>2</td><td>HSG-1180-GJL</td><td>25</td><td>1.215,00</td><td>15 weeks</td></tr>
<tr><td>3</td><td>FIT-316-G12-10</td><td>2.000</td><td>4,05</td><td>2 weeks</td></tr>
<tr><td>4</td><td>DSBC-32-80-PPVA-N3</td><td>120</td><td>171,00</td><td>5 weeks</td></tr>
<tr><td>5</td><td>2231-004-03</td><td>150</td><td>24,60</td><td>7 weeks</td></tr>
</table>
<p>DAP Bielefeld, valid until 31 July 2026.</p>
</blockquote>
</body></html>""", subject="RE: RFQ VM-RFQ-4418 - offer OF-26-0614 withdrawn"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


if __name__ == "__main__":
    ROUND.write()
