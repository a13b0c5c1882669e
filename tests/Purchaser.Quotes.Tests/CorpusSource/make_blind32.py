#!/usr/bin/env python3
"""Writes replies u497..u512 (Corpus/u*.eml + expected u*.json) - the thirty-second blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the thirty-one earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is NEGOTIATION IN THE THREAD: every reply comes later in a sourcing thread and is a
complete answer on its own, above quoted history (the buyer's push-back, targets, questions or reminder, and the
vendor's OWN earlier quote) whose prices, lead times, validities and terms must not be read. For NR-RFQ-0619: a
Mexican supplier's "Rev. 1" above Spanish-locale Outlook blocks ("De: / Enviado: / Para: / Asunto:"); a Canadian
"best and final" in CAD (multipart/alternative) whose history holds the buyer's own target prices and which adds a
larger-quantity break; a Taiwanese vendor's US branch matching a competitor's screw price on that one line only and
restating the rest (cable in whole 305 m spools -> quantity differs); a validity extension re-issued as an XLSX "rev B"
with unchanged prices; a machine shop asking two questions about the base plate before quoting (classification
"question"); and the answer to the buyer's two questions that pulls the plate in from 12 to 9 weeks, restating all five
lines above three levels of "> " history. For HM-RFQ-2611: a Polish distributor hitting the target in EUR by switching
to its house-brand bearing (alternate) and withdrawing the seal kit (Polish Outlook "Od: / Wysłano:"); a "best and
final" on hose in full 45 m coils and seal kits with a 200-set break, short validity; a resin price cut bought with an
ocean-freight lead time that misses the need-by (Outlook for Mac history); a distributor withdrawing its quote and
declining the whole RFQ above its own priced quote (HTML, full no-bid); and a CSV "rev 2" of the whole package after a
call. For VM-RFQ-4418: a German shop taking the fixture cost out of the shaft price into a one-off charge (note,
"Am ... schrieb" history); a Czech foundry's revised PDF quotation for the housing below a Czech Outlook block; an
Italian distributor confirming unchanged prices with validity extended to 30 September (multipart/alternative); a
Dutch distributor matching a competitor on the cylinder only; and a Slovenian shop accepting the buyer's counter on the
bracket set and granting the shaft counter only from 300 pieces (HTML, Outlook 365 history).
Revisions of the vendor's own quote carry classification "revised-quote" (as round 17's), the question "question"; the
full no-bid carries none.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026); the quoted history
is dated before them.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, xlsx, pdf  # expected-line shapes, one-sheet workbook writer, text-layer PDF writer
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts, PDF rows and page check
from blind_round import Round, close, plus, days  # the round's cases, checked and written; date and amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(497)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def cite(text, mark=">"):
    """Prefixes every line of text with mark + space (bare mark on empty lines), as mail clients quote history."""
    return "\n".join((mark + " " + ln) if ln else mark for ln in text.splitlines())


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u497 a Monterrey supplier writing English from a Spanish-locale Outlook: "Rev. 1 replaces Rev. 0 in full", above two
# quoted blocks headed "De: / Enviado: / Para: / Asunto:" (the buyer's push-back of Thu Jun 4 and the vendor's Rev. 0 of
# Tue Jun 2 with gasket 0.189, screws 31.50 per thousand, plate 44.20, springs 0.0712, valid until June 30) - not read.
# Rev. 1: gasket "USD 0.176 ea" -> 0.176, 4 weeks -> 28 (Jun 5 + 28 = Jul 3, before Aug 3). Cable "no quote" ->
# declined. Screws "USD 28.90 per thousand" -> 28.90 / 1,000 = 0.0289, "from stock (Monterrey)" -> 0. Plate "USD 40.75
# ea", 6 weeks -> 42 (Jul 17, before Aug 17). Springs "USD 0.0671 ea", 3 weeks -> 21 (Jun 26, before Jul 27). Quantities
# restated as asked -> null. "Rev. 1 is valid until July 15, 2026" -> 2026-07-15 (not short); "DAP Dayton, OH" -> DAP;
# "Net 45" is payment. Partial, no-bid. A revision of its own quote -> revised-quote.
assert close(28.90 / 1000, 0.0289) and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 21) == "2026-06-26"
assert plus("2026-06-05", 28) == "2026-07-03"
sample("u497-mexican-rev1-spanish-outlook-history", S.msg("Alejandro Treviño <atrevino@sierramadre-ind.example>", "text/plain", """Hi Nora,

Thank you for the call yesterday and for the chance to reveiw our numbers. We went back to our die cutter and to
our spring line and were able to improve the pricing on four items. Rev. 1 below replaces Rev. 0 in full.

COT-2606-118 Rev. 1 - NR-RFQ-0619

Item  Part number      Qty          Price (USD)            Lead time
1     GSK-EPDM-80      5,000 pcs    USD 0.176 ea           4 weeks
2     CBL-4C22-PUR     -            no quote               -
3     SCR-M4X10-A2     20,000 pcs   USD 28.90 per thousand from stock (Monterrey)
4     PLT-0915-R2      120 pcs      USD 40.75 ea           6 weeks
5     SPR-C0630-302    8,000 pcs    USD 0.0671 ea          3 weeks

Rev. 1 is valid until July 15, 2026. Delivery DAP Dayton, OH (Incoterms 2020), customs clearance by us.
Payment Net 45 as agreed.

Saludos / Best regards,

Alejandro Treviño
Ventas Exportación | Industrias Sierra Madre S.A. de C.V.
Av. Industrial 2215, Parque Industrial Escobedo, N.L. 66050, México
Tel. +52 81 5550 1437

AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son confidenciales. Si usted no es el destinatario, favor de
borrarlo. / This e-mail and any attachments are confidential.

De: Nora Reyes <nreyes@northridge.example>
Enviado: jueves, 4 de junio de 2026 11:47 a. m.
Para: Alejandro Treviño <atrevino@sierramadre-ind.example>
Asunto: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hi Alejandro,

Thanks for Rev. 0. To be honest we have lower offers on the gasket, the screws and the springs, and the plate
is on the high side as well. If you can take another look, please send your best pricing before our RFQ closes
on June 12.

Best regards,
Nora Reyes
Purchasing, Northridge

De: Alejandro Treviño <atrevino@sierramadre-ind.example>
Enviado: martes, 2 de junio de 2026 05:10 p. m.
Para: Nora Reyes <nreyes@northridge.example>
Asunto: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hi Nora,

Please see our quotation COT-2606-118 Rev. 0:

Item  Part number      Qty          Price (USD)            Lead time
1     GSK-EPDM-80      5,000 pcs    USD 0.189 ea           4 weeks
2     CBL-4C22-PUR     -            no quote               -
3     SCR-M4X10-A2     20,000 pcs   USD 31.50 per thousand from stock (Monterrey)
4     PLT-0915-R2      120 pcs      USD 44.20 ea           6 weeks
5     SPR-C0630-302    8,000 pcs    USD 0.0712 ea          3 weeks

Valid until June 30, 2026. DAP Dayton, OH. Payment Net 45.

Saludos,
Alejandro
""", subject="RE: RFQ NR-RFQ-0619 - Mechanical and cable parts - COT-2606-118 Rev. 1"),
       "partial", "USD", "2026-07-15", "DAP",
       [line(1, 0.176, lead=28), nob(2), line(3, 0.0289, lead=0), line(4, 40.75, lead=42), line(5, 0.0671, lead=21)],
       ["no-bid"])
classify("revised-quote")


# u498 multipart/alternative (text + HTML with the same content) from an Ontario rubber and spring maker: "our best and
# final offer", "All prices are in Canadian dollars (CAD)" -> the "$" amounts are CAD (currency-differs). Gasket "5,000
# pcs at $0.172 each" -> 0.172; "at 10,000 pcs or more $0.161 each" is a break above the requested quantity, so the
# 5,000 price stands; 5 weeks -> 35 (Jun 5 + 35 = Jul 10, before Aug 3). Springs "8,000 pcs at $0.0655 each", "25 working
# days" -> 25 x 7/5 = 35 (Jul 10, before Jul 27). Quantities as asked -> null. The history (text "> " / HTML blockquote)
# holds the buyer's BAFO request with HER target prices ($0.170 gasket, $0.065 springs) and, one level deeper, the
# vendor's first quote ($0.181 / $0.168 at 10,000 / $0.0689, 4 weeks) - none of them is read. Cable, screws and plate
# are never mentioned -> missing-line. "BAFO firm for 60 days" from Fri 5 Jun -> 2026-08-04 (not short); "CPT Dayton,
# OH" -> CPT. Partial. Revised -> revised-quote.
assert 25 * 7 / 5 == 35 and plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 60) == "2026-08-04"
U498_FIRST = """Hi Nora,

Thanks for RFQ NR-RFQ-0619. We can offer the gasket and the spring (prices in CAD):

GSK-EPDM-80    5,000 pcs at $0.181 each (10,000+ : $0.168), 4 weeks
SPR-C0630-302  8,000 pcs at $0.0689 each, 25 working days

CPT Dayton, OH, valid 30 days.

Marie-Claire"""
U498_ASK = """Marie-Claire,

We are down to two suppliers for the gasket and the spring. Our target prices
are $0.170 for the gasket and $0.065 for the spring. Please send your best and
final offer by Friday morning.

Thank you,
Nora"""
U498_TEXT = f"""Hi Nora,

Thank you for the chance to requote. Below is our best and final offer for NR-RFQ-0619.
All prices are in Canadian dollars (CAD).

  GSK-EPDM-80 (EPDM gasket 80 x 62 x 3)
    5,000 pcs at $0.172 each - at 10,000 pcs or more $0.161 each
    Lead time 5 weeks

  SPR-C0630-302 (compression spring, 302 SS)
    8,000 pcs at $0.0655 each
    Lead time 25 working days

BAFO firm for 60 days. CPT Dayton, OH.

We hope this earns us the business!

Marie-Claire Bouchard
Grand River Rubber & Spring Inc.
380 Shirley Ave, Kitchener, ON N2B 2E1, Canada
519-555-0192

On Thu, Jun 4, 2026 at 3:10 PM, Nora Reyes <nreyes@northridge.example> wrote:
{cite(U498_ASK)}
>
> On Tue, Jun 2, 2026 at 9:26 AM, Marie-Claire Bouchard <mcbouchard@grandriver-rs.example> wrote:
{cite(U498_FIRST, ">>")}
"""
U498_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px">
<div>Hi Nora,</div><div><br></div>
<div>Thank you for the chance to requote. Below is our <b>best and final offer</b> for NR-RFQ-0619.<br>
All prices are in Canadian dollars (CAD).</div><div><br></div>
<ul>
<li><b>GSK-EPDM-80</b> (EPDM gasket 80 x 62 x 3)<br>5,000 pcs at $0.172 each - at 10,000 pcs or more $0.161 each<br>Lead time 5 weeks</li>
<li><b>SPR-C0630-302</b> (compression spring, 302 SS)<br>8,000 pcs at $0.0655 each<br>Lead time 25 working days</li>
</ul>
<div>BAFO firm for 60 days. CPT Dayton, OH.</div><div><br></div>
<div>We hope this earns us the business!</div><div><br></div>
<div>Marie-Claire Bouchard<br>Grand River Rubber &amp; Spring Inc.<br>380 Shirley Ave, Kitchener, ON N2B 2E1, Canada<br>519-555-0192</div>
<div><br></div>
<div class="yahoo_quoted" style="margin:10px 0 0 0">
<div style="font-size:12px;color:#26282a">On Thu, Jun 4, 2026 at 3:10 PM, Nora Reyes &lt;nreyes@northridge.example&gt; wrote:</div>
<blockquote style="margin:0 0 0 6px;border-left:2px solid #0f69ff;padding-left:8px">
<div>Marie-Claire,</div><div><br></div>
<div>We are down to two suppliers for the gasket and the spring. Our target prices are $0.170 for the gasket and $0.065
for the spring. Please send your best and final offer by Friday morning.</div><div><br></div>
<div>Thank you,<br>Nora</div><div><br></div>
<div style="font-size:12px;color:#26282a">On Tue, Jun 2, 2026 at 9:26 AM, Marie-Claire Bouchard &lt;mcbouchard@grandriver-rs.example&gt; wrote:</div>
<blockquote style="margin:0 0 0 6px;border-left:2px solid #0f69ff;padding-left:8px">
<div>Hi Nora,</div><div><br></div>
<div>Thanks for RFQ NR-RFQ-0619. We can offer the gasket and the spring (prices in CAD):</div><div><br></div>
<div>GSK-EPDM-80&nbsp;&nbsp;&nbsp; 5,000 pcs at $0.181 each (10,000+ : $0.168), 4 weeks<br>
SPR-C0630-302&nbsp; 8,000 pcs at $0.0689 each, 25 working days</div><div><br></div>
<div>CPT Dayton, OH, valid 30 days.</div><div><br></div><div>Marie-Claire</div>
</blockquote>
</blockquote>
</div>
</div></body></html>"""
sample("u498-cad-bafo-targets-in-history", S.alternative("Marie-Claire Bouchard <mcbouchard@grandriver-rs.example>", U498_TEXT, U498_HTML),
       "partial", "CAD", "2026-08-04", "CPT",
       [line(1, 0.172, "CAD", lead=35), line(5, 0.0655, "CAD", lead=35)],
       ["currency-differs", "missing-line"])
classify("revised-quote")


# u499 plain text (quoted-printable) from the US branch of a Taiwanese fastener and wire maker: the buyer (quoted "> ")
# reported a competitor at $0.0275 on the screws; the vendor matches THAT LINE ONLY and restates the rest of its first
# quote (">> ", screws 0.0309). Screws "USD 0.0275/pc - matched", "ex-stock" -> 0.0275, 0. Cable "USD 423.95 per 305 m
# spool, full spools only: 5 spools = 1,525 m" -> 423.95 / 305 = 1.39 per metre; 1,500 / 305 = 4.9 -> 5 spools = 1,525 m
# -> quantity 1525 (quantity-differs); 2 weeks -> 14 (Jun 19, before Jul 20). Springs "USD 0.0698/pc", "4-5 weeks" ->
# 35 (Jul 10, before Jul 27). "Gasket and motor base plate: still no quote" -> lines 1 and 4 declined. "valid until
# July 10, 2026" -> 2026-07-10 (not short); "FCA City of Industry, CA" -> FCA. Partial. Revised -> revised-quote.
assert close(423.95 / 305, 1.39) and 5 * 305 == 1525 and 4 * 305 < 1500 < 5 * 305 and plus("2026-06-05", 35) == "2026-07-10"
U499_FIRST = """Dear Nora,

Thank you for your inquiry NR-RFQ-0619. Our offer from US stock / Taiwan factory:

SCR-M4X10-A2   20,000 pcs   USD 0.0309/pc      ex-stock
CBL-4C22-PUR   5 spools = 1,525 m (full 305 m spools only)
               USD 423.95 per 305 m spool      2 weeks
SPR-C0630-302  8,000 pcs    USD 0.0698/pc      4-5 weeks

Gasket and motor base plate: no quote, not our products.
Validity: until July 10, 2026. FCA City of Industry, CA.

Best regards,
Kevin Lin"""
U499_ASK = f"""Kevin,

Thanks for your offer. On the M4 screws we have another supplier at
$0.0275/pc - can you match that? The rest of your offer looks fine.

Nora

On 6/2/2026 4:48 PM, Kevin Lin wrote:
{cite(U499_FIRST)}"""
sample("u499-match-competitor-screws-only", S.msg("Kevin Lin <kevin.lin@chenhsin-us.example>", "text/plain", f"""Dear Nora,

Good news - after checking with our factory in Kaohsiung we can match the other supplier on the screws.
All other items stay as in our first offer; please find the complete offer again below so you have it in one place.

SCR-M4X10-A2   20,000 pcs   USD 0.0275/pc - matched     ex-stock
CBL-4C22-PUR   5 spools = 1,525 m (full 305 m spools only, we do not cut)
               USD 423.95 per 305 m spool               2 weeks
SPR-C0630-302  8,000 pcs    USD 0.0698/pc               4-5 weeks

Gasket and motor base plate: still no quote.
Offer valid until July 10, 2026. FCA City of Industry, CA.

Best regards,
Kevin Lin 林凱文
Sales Manager, US Branch
Chen Hsin Industrial Co., Ltd.
17800 Railroad St, City of Industry, CA 91748
Tel: 626-555-0153 | Mobile: 626-555-0174

On Thu, Jun 4, 2026 at 10:05 AM Nora Reyes <nreyes@northridge.example> wrote:
{cite(U499_ASK)}
""", cte="quoted-printable", subject="Re: RFQ NR-RFQ-0619 - M4 screws price match"),
       "partial", "USD", "2026-07-10", "FCA",
       [nob(1), line(2, 1.39, qty=1525, lead=14), line(3, 0.0275, lead=0), nob(4), line(5, 0.0698, lead=35)],
       ["no-bid", "quantity-differs"])
classify("revised-quote")


# u500 a validity extension re-issued as an XLSX ("rev B, new expiry date only"): the body says pricing and lead times
# have not changed and quotes the buyer's request below an Outlook "From: / Sent:" block (the first quote expired June
# 19, which would have been short). Sheet: "Valid until: 15 Sep 2026" -> 2026-09-15; "Terms: EXW Cedar Rapids, IA" -> EXW.
# Gasket 0.186 per "1 pc", 4 weeks -> 28 (Jul 3, before Aug 3). Cable 1.40 per "1 m", 2 weeks -> 14 (Jun 19, before Jul
# 20). Screws 31.20 per "1000 pcs" -> 0.0312, 6 weeks -> 42 -> Jun 5 + 42 = Jul 17, AFTER the Jul 13 need-by ->
# lead-time-after-need-by. Plate 43.90 per "1 pc", 8 weeks -> 56 (Jul 31, before Aug 17). Springs 71.50 per "1000 pcs"
# -> 0.0715, 4 weeks -> 28 (Jul 3, before Jul 27). Quantities as asked -> null. Every line priced -> parsed. Re-issued
# quote -> revised-quote.
assert close(31.20 / 1000, 0.0312) and close(71.50 / 1000, 0.0715) and plus("2026-06-05", 42) == "2026-07-17"
assert days("2026-06-05", "2026-07-13") < 42 and plus("2026-06-05", 56) == "2026-07-31"
U500_XLSX = xlsx([
    ["Hawkeye Mill Supply - Quotation HM-44817 rev B"],
    ["Customer: Northridge - RFQ NR-RFQ-0619", "", "", "", "Valid until: 15 Sep 2026"],
    ["Terms: EXW Cedar Rapids, IA", "", "", "", "Currency: USD"],
    [""],
    ["Line", "Part Number", "Description", "Qty", "UOM", "Unit Price", "Price Unit", "Lead Time"],
    [1, "GSK-EPDM-80", "Gasket EPDM 70A 80x62x3", 5000, "EA", 0.186, "1 pc", "4 weeks"],
    [2, "CBL-4C22-PUR", "Cable 4x22AWG shielded PUR blk", 1500, "M", 1.40, "1 m", "2 weeks"],
    [3, "SCR-M4X10-A2", "SHCS M4x10 ISO4762 A2-70", 20000, "EA", 31.20, "1000 pcs", "6 weeks"],
    [4, "PLT-0915-R2", "Motor base plate 6082-T6 CNC", 120, "EA", 43.90, "1 pc", "8 weeks"],
    [5, "SPR-C0630-302", "Comp. spring 302SS 0.6x6.3x30", 8000, "EA", 71.50, "1000 pcs", "4 weeks"],
    [""],
    ["Rev B: validity extended at customer request. Prices and lead times unchanged from rev A."],
])
sample("u500-xlsx-rev-b-validity-extended", S.with_attachment("Gary Lindgren <glindgren@hawkeye-mill.example>", """Hi Nora,

As discussed, we have extended quote HM-44817 to September 15, 2026. Pricing and lead times have not changed -
the re-issued quote (rev B, only the expiry date is new) is attached.

Good luck with the award, and let me know if you need anything else.

Gary Lindgren
Inside Sales | Hawkeye Mill Supply
2150 16th Ave SW, Cedar Rapids, IA 52404
319-555-0117

From: Nora Reyes <nreyes@northridge.example>
Sent: Thursday, June 4, 2026 1:22 PM
To: Gary Lindgren <glindgren@hawkeye-mill.example>
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hi Gary,

Our award for this package has moved to the end of July. Your quote HM-44817 runs out on June 19 -
could you extend it to mid-September at the same prices?

Thanks,
Nora Reyes
Purchasing, Northridge""", XLSX, "HM-44817_revB.xlsx", U500_XLSX),
       "parsed", "USD", "2026-09-15", "EXW",
       [line(1, 0.186, lead=28), line(2, 1.40, lead=14), line(3, 0.0312, lead=42), line(4, 43.90, lead=56),
        line(5, 0.0715, lead=28)],
       ["lead-time-after-need-by"])
classify("revised-quote")


# u501 a machine shop answers the buyer's reminder with two QUESTIONS about the base plate (tapped through or blind
# holes per the STEP model; anodised or bare) and promises the full quote once answered. Below it the reminder and the
# buyer's original RFQ with its quantities and need-by dates ("-----Original Message-----"). The only numbers in the
# reply are thread sizes, depths and dates. No price, no decline -> unparseable, no lines, no deviation kinds;
# classification "question".
sample("u501-question-plate-holes-before-quoting", S.msg("Dennis Okonkwo <dokonkwo@lakeshore-precision.example>", "text/plain", """Hi Nora,

Sorry for the slow reply - we have not forgotten you. Before I can price NR-RFQ-0619 I need two answers on the
motor base plate PLT-0915-R2:

1. The PDF calls out "4 x M6 tapped" through, but the STEP model you attached has the four M6 holes blind, 12 mm
   deep. Which one governs?
2. Is the plate to be clear anodized, or is bare 6082-T6 with the edges deburred OK?

The answers change our setup and the finishing cost, so I'd rather ask than guess. Once I hear back I can have
the full quote (all five lines) to you well before your June 12 deadline.

Thanks,
Dennis Okonkwo
Estimator, Lakeshore Precision Machining
4410 W. Howard Ave, Milwaukee, WI 53220
414-555-0108

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Wednesday, June 3, 2026 4:55 PM
To: Dennis Okonkwo <dokonkwo@lakeshore-precision.example>
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hi Dennis,

Just a friendly reminder that our RFQ closes on Friday, June 12. Will you be quoting?

Nora

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Monday, June 1, 2026 8:30 AM
To: Dennis Okonkwo <dokonkwo@lakeshore-precision.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hello Dennis,

Please quote the following by June 12, 2026 (drawings and STEP files attached):

Line  Part number     Description                        Qty     Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 80x62x3                5000    EA    2026-08-03
2     CBL-4C22-PUR    Cable 4x22 AWG PUR, 305 m spools   1500    M     2026-07-20
3     SCR-M4X10-A2    SHCS M4x10 A2-70                   20000   EA    2026-07-13
4     PLT-0915-R2     Motor base plate 6082-T6           120     EA    2026-08-17
5     SPR-C0630-302   Compression spring 302 SS          8000    EA    2026-07-27

Regards,
Nora Reyes
Purchasing, Northridge
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u502 plain text above THREE levels of "> " history (Thunderbird "On ..., ... wrote:"): "> " the buyer's two questions
# (plate 12 weeks misses Aug 17; are the springs passivated?), ">> " the vendor's own quote SQ-5531 (plate 12 weeks ->
# would be Aug 28, late), ">>> " the buyer's RFQ table. The reply answers both and pulls the plate in to 9 weeks,
# restating all five lines. Gasket "$0.193 ea", 5 wks -> 35 (Jul 10, before Aug 3). Cable "$1.43/m" on the metre line
# -> 1.43, 3 wks -> 21 (Jun 26, before Jul 20). Screws "$3.05/C" -> 3.05 / 100 = 0.0305, stock -> 0. Plate "$45.30 ea",
# 9 wks -> 63 (Jun 5 + 63 = Aug 7, before Aug 17). Springs "$0.0705 ea", 6 wks -> 42 (Jul 17, before Jul 27).
# Quantities as asked -> null. "Passivated ... at no extra cost" is no charge. "SQ-5531 rev 1 valid until August 14,
# 2026" -> 2026-08-14; "FOB Peoria, IL" -> FOB. All five priced, nothing late -> parsed, no deviations. revised-quote.
assert close(3.05 / 100, 0.0305) and plus("2026-06-05", 63) == "2026-08-07" and plus("2026-06-05", 84) == "2026-08-28"
U502_RFQ = """Hello Ray,

Please quote the parts below by June 12, 2026.

Line  Part number     Qty     Unit  Need by
1     GSK-EPDM-80     5000    EA    2026-08-03
2     CBL-4C22-PUR    1500    M     2026-07-20
3     SCR-M4X10-A2    20000   EA    2026-07-13
4     PLT-0915-R2     120     EA    2026-08-17
5     SPR-C0630-302   8000    EA    2026-07-27

Nora Reyes
Purchasing, Northridge"""
U502_FIRST = f"""Nora,

Quote SQ-5531 for NR-RFQ-0619:

Line  Part             Qty        Price       Lead
1     GSK-EPDM-80      5,000      $0.193 ea   5 wks
2     CBL-4C22-PUR     1,500 m    $1.43/m     3 wks
3     SCR-M4X10-A2     20,000     $3.05/C     stock
4     PLT-0915-R2      120        $45.30 ea   12 wks
5     SPR-C0630-302    8,000      $0.0705 ea  6 wks

Valid until July 17, 2026. FOB Peoria, IL.

Ray

On 6/1/2026 8:02 AM, Nora Reyes wrote:
{cite(U502_RFQ)}"""
U502_ASK = f"""Ray,

Thanks for SQ-5531. Two questions before we decide:
1. 12 weeks on the plate puts us past our Aug 17 need date. Can you do better?
2. Are the springs passivated?

Nora

On 6/2/2026 3:37 PM, Ray Kowalski wrote:
{cite(U502_FIRST)}"""
sample("u502-answers-plate-lead-pulled-in-deep-history", S.msg("Ray Kowalski <rkowalski@illinois-valley-ind.example>", "text/plain", f"""Nora,

Answers below.

1. Plate: we moved PLT-0915-R2 onto our new horizontal cell, so we can do 9 weeks instead of 12. Price unchanged.
2. Springs: yes, passivated per ASTM A967, at no extra cost.

Nothing else changes. Here is SQ-5531 rev 1 in full so it's all in one place:

Line  Part             Qty        Price       Lead
1     GSK-EPDM-80      5,000      $0.193 ea   5 wks
2     CBL-4C22-PUR     1,500 m    $1.43/m     3 wks
3     SCR-M4X10-A2     20,000     $3.05/C     stock
4     PLT-0915-R2      120        $45.30 ea   9 wks
5     SPR-C0630-302    8,000      $0.0705 ea  6 wks

SQ-5531 rev 1 valid until August 14, 2026. FOB Peoria, IL.

Ray Kowalski
Illinois Valley Industrial
309-555-0181 | 1200 SW Adams St, Peoria, IL 61602

On 6/4/2026 2:05 PM, Nora Reyes wrote:
{cite(U502_ASK)}
""", charset="us-ascii", cte="7bit", subject="Re: RFQ NR-RFQ-0619 - SQ-5531 questions"),
       "parsed", "USD", "2026-08-14", "FOB",
       [line(1, 0.193, lead=35), line(2, 1.43, lead=21), line(3, 0.0305, lead=0), line(4, 45.30, lead=63),
        line(5, 0.0705, lead=42)],
       [])
classify("revised-quote")


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u503 a Polish bearing and seal distributor writing English (quoted-printable), above a Polish Outlook block ("Od: /
# Wysłano: / Do: / DW: / Temat:") holding the buyer's target and the vendor's first offer (SKF at EUR 3,18, O-rings EUR
# 18,20 per 1 000, kit EUR 30,50) - not read. "All prices in EUR" -> EUR (currency-differs). To reach the target the
# bearing is switched from SKF to the house brand "WB6205-2RS-C3" -> alternatePartNumber WB6205-2RS-C3 (alternate-part),
# "EUR 2,49/pc" -> 2.49, "ex stock Poznań" -> 0. O-rings "EUR 16,10 per 1 000 pcs" -> 16.10 / 1,000 = 0.0161, 3 weeks
# -> 21 (Jul 3, before Aug 17). "we must withdraw our offer on the seal kit KIT-PX200-SEAL ... regret" -> line 6
# declined. Resin, sheet and hose never mentioned -> missing-line. "valid until 17 July 2026" -> 2026-07-17 (not short);
# "CPT Chicago, IL" -> CPT. Partial. revised-quote.
assert close(16.10 / 1000, 0.0161) and plus("2026-06-12", 21) == "2026-07-03"
blind("u503-polish-eur-house-brand-kit-withdrawn", H.msg("Tomasz Wróblewski <t.wroblewski@warta-lozyska.example>", "text/plain", """Dear Ms Marsh,

Thank you for your feedback on our offer OF/2026/06/0412. To reach your target on the bearing we propose our
house brand instead of SKF - same dimensions, C3 clearance, 2RS seals, EU production, full traceability.
All prices in EUR.

Revised offer OF/2026/06/0412/R1:

  BRG 6205-2RS   ->  offered: WB6205-2RS-C3 (house brand, replaces SKF)
                     400 pcs, EUR 2,49/pc, ex stock Poznań
  OR-0120-NBR70  ->  50 000 pcs, EUR 16,10 per 1 000 pcs, 3 weeks

Unfortunately we must withdraw our offer on the seal kit KIT-PX200-SEAL - our kitting partner cannot hold the
price. We regret any inconvenience.

Delivery CPT Chicago, IL (Incoterms 2020) by air. Offer valid until 17 July 2026.

Best regards / Z poważaniem
Tomasz Wróblewski
Key Account Manager - Export
Warta Łożyska Sp. z o.o.
ul. Gnieźnieńska 52, 61-021 Poznań, Poland
tel. +48 61 555 04 27 | NIP 7781234567

Od: Lena Marsh <lmarsh@halvorsen-mfg.example>
Wysłano: czwartek, 11 czerwca 2026 16:02
Do: Tomasz Wróblewski <t.wroblewski@warta-lozyska.example>
DW: purchasing@halvorsen-mfg.example
Temat: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Tomasz,

Your bearing is about 25% above our target and the O-rings are a little high as well. We can accept an
equivalent brand if it helps. Could you send a revised offer by Friday?

Lena

Od: Tomasz Wróblewski
Wysłano: wtorek, 9 czerwca 2026 10:44
Do: Lena Marsh <lmarsh@halvorsen-mfg.example>
Temat: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Dear Ms Marsh,

our offer OF/2026/06/0412 (prices in EUR):

  BRG 6205-2RS     400 pcs      SKF 6205-2RS1/C3   EUR 3,18/pc         ex stock
  OR-0120-NBR70    50 000 pcs                      EUR 18,20 per 1 000  3 weeks
  KIT-PX200-SEAL   150 sets                        EUR 30,50/set        6 weeks

Valid until 30 June 2026, CPT Chicago, IL.

Best regards
Tomasz Wróblewski
""", cte="quoted-printable", subject="RE: RFQ HM-RFQ-2611 - revised offer OF/2026/06/0412/R1"),
      "partial", "EUR", "2026-07-17", "CPT",
      [line(3, 2.49, "EUR", lead=0, alt="WB6205-2RS-C3"), line(4, 0.0161, "EUR", lead=21), nob(6)],
      ["alternate-part", "currency-differs", "missing-line", "no-bid"])
classify("revised-quote")


# u504 multipart/alternative, quoted-printable: "our best and final offer" on hose and seal kits, above an Outlook
# "From: / Sent:" history (the buyer's "BAFO by Friday" with the old $4.46/m and $33.50 named, and the vendor's first
# quote) - not read. Hose "$4.18 per metre, full 45 m coils only: 18 coils = 810 m" -> 4.18; 800 / 45 = 17.8 -> 18 coils
# = 810 m -> quantity 810 (quantity-differs); 3 weeks -> 21 (Jul 3, before Sep 1). Kits "150 sets: $31.90 per set" ->
# 31.90 at the requested 150; "from 200 sets: $28.40 per set" is a break above it; 7 weeks -> 49 (Jul 31, before Sep
# 21). Quantity as asked -> null. Resin, sheet, bearings and O-rings never mentioned -> missing-line. "This best and
# final offer is valid until June 30, 2026" -> earlier than Jul 3 -> validity-short. "FOB Cleveland, OH" -> FOB.
# Partial. revised-quote.
assert 18 * 45 == 810 and 17 * 45 < 800 < 18 * 45 and plus("2026-06-12", 49) == "2026-07-31"
U504_ROWS = [("Item", "Qty", "Price", "Lead time"),
             ("HSE-2SN-08 hose EN 853 2SN DN12", "18 coils x 45 m = 810 m", "$4.18 per metre", "3 weeks"),
             ("KIT-PX200-SEAL seal kit", "150 sets", "$31.90 per set (from 200 sets: $28.40 per set)", "7 weeks")]
U504_HIST_TEXT = """From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Wednesday, June 10, 2026 11:18 AM
To: Walt Brzezinski <wbrzezinski@erieshore-hose.example>
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Walt,

You are still in the running on the hose and the kits, but your $4.46/m and $33.50 per kit are above the
other offers. Please send your best and final by Friday.

Lena

From: Walt Brzezinski <wbrzezinski@erieshore-hose.example>
Sent: Monday, June 8, 2026 2:51 PM
To: Lena Marsh <lmarsh@halvorsen-mfg.example>
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Lena - hose $4.46 per metre in full 45 m coils (18 coils = 810 m), 3 weeks.
Seal kits $33.50 per set, 7 weeks. FOB Cleveland, OH, valid until June 30, 2026.
Walt"""
U504_TEXT = ("Lena,\n\nAs requested, here is our best and final offer:\n\n"
             + "".join(f"{a:<34}{b:<26}{c:<48}{d}\n" for a, b, c, d in U504_ROWS)
             + "\nWe sharpend the hose as far as we can and added a price for 200 kits in case you can combine two builds.\n"
               "This best and final offer is valid until June 30, 2026. FOB Cleveland, OH.\n\n"
               "Walt Brzezinski\nErie Shore Hose & Seal\n4700 Lakeside Ave E, Cleveland, OH 44114\n216-555-0124\n\n"
               "________________________________\n" + U504_HIST_TEXT + "\n")
U504_TD = 'style="border:1px solid #A6A6A6;padding:2px 6px"'
U504_HTML = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Lena,</p><p>As requested, here is our best and final offer:</p>
<table cellspacing="0" style="border-collapse:collapse">
""" + "\n".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'} {U504_TD}>{c}</{'th' if i == 0 else 'td'}>" for c in r) + "</tr>"
                for i, r in enumerate(U504_ROWS)) + """
</table>
<p>We sharpend the hose as far as we can and added a price for 200 kits in case you can combine two builds.<br>
This best and final offer is valid until June 30, 2026. FOB Cleveland, OH.</p>
<p>Walt Brzezinski<br>Erie Shore Hose &amp; Seal<br>4700 Lakeside Ave E, Cleveland, OH 44114<br>216-555-0124</p>
<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%">
<font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Lena Marsh &lt;lmarsh@halvorsen-mfg.example&gt;<br>
<b>Sent:</b> Wednesday, June 10, 2026 11:18 AM<br><b>To:</b> Walt Brzezinski &lt;wbrzezinski@erieshore-hose.example&gt;<br>
<b>Subject:</b> RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line</font></div>
<div><p>Walt,</p><p>You are still in the running on the hose and the kits, but your $4.46/m and $33.50 per kit are above the
other offers. Please send your best and final by Friday.</p><p>Lena</p>
<hr style="display:inline-block;width:98%">
<p><b>From:</b> Walt Brzezinski &lt;wbrzezinski@erieshore-hose.example&gt;<br><b>Sent:</b> Monday, June 8, 2026 2:51 PM<br>
<b>To:</b> Lena Marsh &lt;lmarsh@halvorsen-mfg.example&gt;<br><b>Subject:</b> RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line</p>
<p>Lena - hose $4.46 per metre in full 45 m coils (18 coils = 810 m), 3 weeks.<br>
Seal kits $33.50 per set, 7 weeks. FOB Cleveland, OH, valid until June 30, 2026.<br>Walt</p></div>
</div></body></html>""")
blind("u504-bafo-hose-coils-kit-200-break-short", H.alternative("Walt Brzezinski <wbrzezinski@erieshore-hose.example>", U504_TEXT, U504_HTML,
                                                                cte="quoted-printable"),
      "partial", "USD", "2026-06-30", "FOB",
      [line(5, 4.18, qty=810, lead=21), line(6, 31.90, lead=49)],
      ["missing-line", "quantity-differs", "validity-short"])
classify("revised-quote")


# u505 plain text above Outlook for Mac history ("From: / Date: / To: / Subject:", the buyer offering to accept a longer
# lead time for a lower resin price; the vendor's first quote at $115.50 per bag, 3 weeks) - not read. Resin "now
# $101.25 per 25 kg bag, 100 bags for your 2,500 kg" -> 101.25 / 25 = 4.05 per kg, quantity as asked -> null; "8-9
# weeks (ocean freight from our compounder in Malaysia)" -> upper bound 63 -> Jun 12 + 63 = Aug 14, AFTER the Jul 20
# need-by -> lead-time-after-need-by. Sheet "unchanged at $139.80 per sheet, 2 weeks" -> 139.80, 14 (Jun 26, before Aug
# 10). "Lines 3 to 6: no quote, as before" -> declined. "Revised offer valid through July 17, 2026" -> 2026-07-17 (not
# short); "FCA Houston, TX" -> FCA. Partial. revised-quote.
assert close(101.25 / 25, 4.05) and close(115.50 / 25, 4.62) and 100 * 25 == 2500 and plus("2026-06-12", 63) == "2026-08-14"
blind("u505-resin-cheaper-by-sea-late-mac-history", H.msg("Rosa Villarreal <rvillarreal@gulfcoast-polymer.example>", "text/plain", """Lena,

Thanks for being flexible on timing - that is what made the difference. If the resin can come by ocean from our
compounder in Malaysia instead of out of our Houston warehouse, we can do a lot better on price:

RES-PA66-GF30   now $101.25 per 25 kg bag, 100 bags for your 2,500 kg
                lead time 8-9 weeks (ocean freight from our compounder in Malaysia)
SHT-5052H32-030 unchanged at $139.80 per sheet, 90 sheets, 2 weeks

Lines 3 to 6: no quote, as before.

Revised offer valid through July 17, 2026. FCA Houston, TX.

Rosa Villarreal
Account Manager | Gulf Coast Polymer Trading LLC
8800 Wallisville Rd, Houston, TX 77029
713-555-0162 (office) | 832-555-0119 (cell)

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Date: Wednesday, June 10, 2026 at 4:41 PM
To: Rosa Villarreal <rvillarreal@gulfcoast-polymer.example>
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Rosa,

Your resin at $115.50 per bag ($4.62/kg) is about 12% above where we need to be. We could live with a longer
lead time if that helps you on cost. Let me know.

Lena

From: Rosa Villarreal <rvillarreal@gulfcoast-polymer.example>
Date: Monday, June 8, 2026 at 9:03 AM
To: Lena Marsh <lmarsh@halvorsen-mfg.example>
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Lena, our quote:
RES-PA66-GF30    $115.50 per 25 kg bag, 100 bags, 3 weeks from Houston stock
SHT-5052H32-030  $139.80 per sheet, 90 sheets, 2 weeks
No quote on lines 3 to 6. FCA Houston, TX, valid through June 30, 2026.
Rosa
""", subject="RE: RFQ HM-RFQ-2611 - revised resin price"),
      "partial", "USD", "2026-07-17", "FCA",
      [line(1, 4.05, lead=63), line(2, 139.80, lead=14), nob(3), nob(4), nob(5), nob(6)],
      ["lead-time-after-need-by", "no-bid"])
classify("revised-quote")


# u506 HTML only: after the buyer's push-back a distributor withdraws its quotation NW-2206 and "must respectfully decline
# to quote HM-RFQ-2611"; below, an Outlook HTML history with the buyer's targets and the vendor's own priced table
# (bearing $3.44, O-rings $20.60 per 1,000, hose $4.58/m, kit $34.10) - not read. The whole RFQ is declined -> status
# no-bid, six noBid lines, currency / validUntil / incoterms null, kinds {no-bid}. No classification.
U506_TD = 'style="border:1px solid #BFBFBF;padding:2px 6px"'
blind("u506-html-withdraws-quote-declines-all", H.msg("Jeff Vandenberg <jvandenberg@northwoods-ind.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Hi Lena,</p>
<p>Thanks for the honest feedback on our pricing. We went back to our bearing and hose suppliers, but we could not get
anywhere near your targets, and we do not want to leave a quote out there that we cannot stand behind.</p>
<p>We are therefore withdrawing our quotation NW-2206 and must respectfully <b>decline to quote HM-RFQ-2611</b>.
Please keep us on your bidders list for future MRO packages.</p>
<p>Best regards,<br>Jeff Vandenberg<br>Northwoods Industrial Supply<br>1650 Velp Ave, Green Bay, WI 54303<br>920-555-0135</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> Lena Marsh &lt;lmarsh@halvorsen-mfg.example&gt;<br><b>Sent:</b> Thursday, June 11, 2026 10:02 AM<br>
<b>To:</b> Jeff Vandenberg &lt;jvandenberg@northwoods-ind.example&gt;<br><b>Subject:</b> RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line</p></div>
<p>Jeff,</p>
<p>Your offer is 15-20% above the others on every line. Our targets are $2.90 for the bearing and $17.50 per
1,000 O-rings. Is there room to move?</p>
<p>Lena</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> Jeff Vandenberg &lt;jvandenberg@northwoods-ind.example&gt;<br><b>Sent:</b> Tuesday, June 9, 2026 3:30 PM<br>
<b>To:</b> Lena Marsh &lt;lmarsh@halvorsen-mfg.example&gt;<br><b>Subject:</b> RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line</p></div>
<p>Lena, our quotation NW-2206:</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr><th {U506_TD}>Part</th><th {U506_TD}>Qty</th><th {U506_TD}>Price</th><th {U506_TD}>Lead time</th></tr>
<tr><td {U506_TD}>BRG 6205-2RS</td><td {U506_TD}>400</td><td {U506_TD}>$3.44 ea</td><td {U506_TD}>stock</td></tr>
<tr><td {U506_TD}>OR-0120-NBR70</td><td {U506_TD}>50,000</td><td {U506_TD}>$20.60 per 1,000</td><td {U506_TD}>2 weeks</td></tr>
<tr><td {U506_TD}>HSE-2SN-08</td><td {U506_TD}>800 m</td><td {U506_TD}>$4.58/m</td><td {U506_TD}>1 week</td></tr>
<tr><td {U506_TD}>KIT-PX200-SEAL</td><td {U506_TD}>150 sets</td><td {U506_TD}>$34.10/set</td><td {U506_TD}>6 weeks</td></tr>
</table>
<p>No quote on resin and sheet. FOB Green Bay, WI. Valid 30 days.<br>Jeff</p>
</div></body></html>""", subject="RE: RFQ HM-RFQ-2611 - quotation NW-2206 withdrawn"),
      "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)],
      ["no-bid"])


# u507 CSV attachment "rev 2" of the whole package after a call; the body quotes the buyer's Gmail message ("> ") naming
# the rev 1 resin $4.58/kg and O-rings $21.00 per 1,000 - not read. Resin 4.31 per kg, 3 weeks -> 21 (Jul 3, before Jul
# 20). Sheet 144.20 per sheet, 2 weeks -> 14. Bearing 3.36 per pc, stock -> 0. O-rings 19.60 per "1000 pcs" -> 0.0196,
# MOQ 10000 (below the 50,000 asked, no deviation), remark "100,000+ @ 17.90 per 1000" is a break above the requested
# quantity; 4 weeks -> 28 (Jul 10, before Aug 17). Hose 4.39 per "m", "10 working days" -> 14 (Jun 26, before Sep 1).
# Kit 32.75 per set, 6 weeks -> 42 (Jul 24, before Sep 21). Quantities = the RFQ's -> null. Body: "Rev 2 valid until
# July 31, 2026", "CPT Rockford, IL". All six priced -> parsed, no deviations. revised-quote.
assert close(19.60 / 1000, 0.0196) and 10 * 7 / 5 == 14 and plus("2026-06-12", 42) == "2026-07-24"
U507_ROWS = [["Line", "Part Number", "Description", "Qty", "UoM", "Unit Price USD", "Price Per", "Lead Time", "MOQ", "Remarks"],
             [1, "RES-PA66-GF30", "PA66 GF30 HS black, 25 kg bags", 2500, "KG", "4.31", "kg", "3 weeks", "", "rev 2"],
             [2, "SHT-5052H32-030", "5052-H32 3.0x1250x2500 PVC 1S", 90, "EA", "144.20", "sheet", "2 weeks", "", ""],
             [3, "BRG 6205-2RS", "6205-2RS C3 SKF", 400, "EA", "3.36", "pc", "stock", "", ""],
             [4, "OR-0120-NBR70", "O-ring 12.0x2.0 NBR70 blk", 50000, "EA", "19.60", "1000 pcs", "4 weeks", "10000",
              "rev 2; 100,000+ @ 17.90 per 1000"],
             [5, "HSE-2SN-08", "Hose EN853 2SN DN12", 800, "M", "4.39", "m", "10 working days", "", "cut to length"],
             [6, "KIT-PX200-SEAL", "Seal kit PX-200 bagged+labelled", 150, "SET", "32.75", "set", "6 weeks", "", ""]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U507_ROWS)
blind("u507-csv-rev2-whole-package-after-call", H.with_attachment("Megan Thorsen <mthorsen@twincities-ind.example>", """Hi Lena,

Good talking to you this morning. As promised, rev 2 of our quote TC-88120 for the whole HM-RFQ-2611 package is
attached (CSV). It replaces rev 1 of June 9: we took the resin and the O-rings down, everything else is as before.

Rev 2 valid until July 31, 2026. CPT Rockford, IL.

Thanks again,
Megan Thorsen
Twin Cities Industrial Supply | 612-555-0147
3300 Hiawatha Ave, Minneapolis, MN 55406

On Thu, Jun 11, 2026 at 5:12 PM Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:
> Megan,
>
> If you can hold the whole package together we would consider awarding all six
> lines to you, but the resin at $4.58/kg and the O-rings at $21.00 per 1,000 in
> rev 1 are too high. Can we talk tomorrow at 9?
>
> Lena""", "text/csv", "TC-88120_rev2.csv", _buf.getvalue().encode("utf-8")),
      "parsed", "USD", "2026-07-31", "CPT",
      [line(1, 4.31, lead=21), line(2, 144.20, lead=14), line(3, 3.36, lead=0), line(4, 0.0196, lead=28, moq=10000),
       line(5, 4.39, lead=14), line(6, 32.75, lead=42)],
      [])
classify("revised-quote")


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u508 German plain text (quoted-printable) above "Am Freitag, 12. Juni 2026 um 14:03 schrieb Jonas Albers" ("> ", the
# buyer asking to take the fixture cost out of the piece price for repeat orders) and ">> " the first offer (shaft
# 37,90 € including the fixture). Shaft "Stückpreis 32,10 €" -> 32.10 (37.90 - 1,450 / 250 = 32.10), "8 Wochen" -> 56
# (Jun 15 + 56 = Aug 10, before Aug 28). "Vorrichtung und CNC-Programm: einmalig 1.450,00 €" -> one-off charge -> note.
# Bracket set "23,80 € je Satz", "5 Wochen" -> 35 (Jul 20, before Oct 9). Quantities restated as asked -> null. "Pos. 2
# bis 4 bieten wir weiterhin nicht an" -> declined. "Angebot gültig bis 14.08.2026" -> 2026-08-14 (not short); "FCA
# Bielefeld" -> FCA; "30 Tage netto" is payment. EUR. Partial. revised-quote.
assert close(37.90 - 1450 / 250, 32.10) and plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 35) == "2026-07-20"
U508_FIRST = """Sehr geehrter Herr Albers,

unser Angebot AN-2606-2291:

Pos. 1  SH-2231-C rev B   250 Stück   37,90 €/Stück (inkl. Vorrichtung)   8 Wochen
Pos. 5  2231-004-03       150 Sätze   23,80 €/Satz                        5 Wochen

Pos. 2 bis 4 bieten wir nicht an. FCA Bielefeld, gültig bis 31.07.2026.

Mit freundlichen Grüßen
Heike Brinkmann"""
U508_ASK = f"""Sehr geehrte Frau Brinkmann,

danke für Ihr Angebot. Da wir die Welle über mehrere Jahre abrufen werden,
bitten wir Sie, die Vorrichtungskosten aus dem Stückpreis herauszunehmen und
separat als Einmalkosten auszuweisen.

Mit freundlichen Grüßen
Jonas Albers

Am Mittwoch, 10. Juni 2026 um 09:12 schrieb Heike Brinkmann <h.brinkmann@owl-drehteile.example>:
{cite(U508_FIRST)}"""
blind2("u508-german-fixture-out-of-piece-price", V.msg("Heike Brinkmann <h.brinkmann@owl-drehteile.example>", "text/plain", f"""Sehr geehrter Herr Albers,

wie gewünscht haben wir die Vorrichtungskosten aus dem Stückpreis herausgenommen. Unser überarbeitetes Angebot
AN-2606-2291 Rev. 1:

Pos. 1  SH-2231-C rev B, Antriebswelle 42CrMo4
        Menge: 250 Stück
        Stückpreis: 32,10 €
        Lieferzeit: 8 Wochen

        Vorrichtung und CNC-Programm: einmalig 1.450,00 € (bei Folgeaufträgen entfällt dieser Betrag)

Pos. 5  2231-004-03, Sensorhalter-Satz
        Menge: 150 Sätze
        Preis: 23,80 € je Satz
        Lieferzeit: 5 Wochen

Pos. 2 bis 4 bieten wir weiterhin nicht an.

Lieferbedingung: FCA Bielefeld (Incoterms 2020)
Zahlungsbedingung: 30 Tage netto
Angebot gültig bis 14.08.2026

Mit freundlichen Grüßen

Heike Brinkmann
Vertrieb Innendienst
OWL Präzisionsdrehteile GmbH
Eckendorfer Str. 91, 33609 Bielefeld
Tel. +49 521 555 0148
Geschäftsführer: Dr. Klaus Meier | Amtsgericht Bielefeld HRB 41207

Am Freitag, 12. Juni 2026 um 14:03 schrieb Jonas Albers <j.albers@vossberg-maschinenbau.example>:
{cite(U508_ASK)}
""", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418 - Angebot AN-2606-2291 Rev. 1"),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 32.10, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 23.80, "EUR", lead=35)],
       ["no-bid", "note"])
classify("revised-quote")


# u509 a Czech foundry: plain text (the buyer's budget of "EUR 1.100,00 per housing" and the first price "EUR
# 1.214,00" in a Czech Outlook block "Od: / Odesláno: / Komu: / Předmět:") and a one-page PDF "QUOTATION NB-26-0311 -
# Revision 2". PDF row: vendor Pos. 1 = HSG-1180-GJL (RFQ line 2 by part number), "25 pcs", "1 118,00" EUR per piece ->
# 1118.00, "14 weeks" -> 98 (Jun 15 + 98 = Sep 21, before Oct 2). "Pattern equipment, one-off (unchanged): 2 900,00
# EUR" -> note. "Minimum batch: 25 pcs" -> moq 25 (not above the 25 asked). Quantity as asked -> null. "Validity:
# 31.07.2026" -> 2026-07-31 (not short); "FCA Olomouc" -> FCA. Lines 1, 3, 4, 5 never mentioned -> missing-line. EUR.
# Partial. revised-quote. (The PDF spells the Czech names without diacritics: its Helvetica text is WinAnsi.)
assert plus("2026-06-15", 98) == "2026-09-21" and days("2026-06-15", "2026-10-02") > 98
X509 = [40, 76, 156, 376, 426, 500]
P509 = ([(40, 800, 14, "Hanacka slevarna s.r.o."), (380, 800, 13, "QUOTATION"),
         (40, 786, 8, "Prumyslova 18, 779 00 Olomouc, Czech Republic  |  +420 585 555 016"),
         (380, 784, 9, "No. NB-26-0311 - Revision 2"), (380, 772, 9, "Date: 15.06.2026"),
         (40, 748, 9, "Customer: Vossberg Maschinenbau GmbH, Mr Jonas Albers"), (380, 748, 9, "Your enquiry: VM-RFQ-4418"),
         (40, 736, 9, "Prices in EUR per piece, net. Revision 2 replaces Revision 1 of 08.06.2026.")]
        + row(706, X509, ["Pos.", "Part no.", "Description", "Qty", "Unit price", "Delivery"])
        + row(690, X509, ["1", "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, RAL 7035", "25 pcs", "1 118,00", "14 weeks"])
        + [(40, 658, 9, "Pattern equipment, one-off (unchanged): 2 900,00 EUR"),
           (40, 644, 9, "Minimum batch: 25 pcs"),
           (40, 630, 9, "Delivery terms: FCA Olomouc (Incoterms 2020)     Payment: 30 days net"),
           (40, 616, 9, "Validity: 31.07.2026"),
           (40, 576, 9, "Ing. Petra Dvorakova, Sales")])
blind2("u509-czech-foundry-pdf-revision-2", V.message("Petra Dvořáková <p.dvorakova@hanacka-slevarna.example>", multipart("mixed", "=_blind32_509", [
        text_part("text/plain", """Dear Mr Albers,

following our phone call on Friday, please find attached our revised quotation NB-26-0311, Revision 2. By
re-designing the core package we were able to reduce the price of the housing; the pattern cost stays as offered.

Best regards
Petra Dvořáková
Sales, Hanácká slévárna s.r.o.
+420 585 555 016

-----Původní zpráva-----
Od: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Odesláno: pátek 12. června 2026 11:20
Komu: Petra Dvořáková <p.dvorakova@hanacka-slevarna.example>
Předmět: RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Ms Dvořáková,

thank you for Revision 1. Your price of EUR 1.214,00 per housing is well above our budget of EUR 1.100,00.
Is there any way to come closer? I will call you this afternoon.

Best regards
Jonas Albers
""", cte="quoted-printable"),
        file_part("application/pdf", "NB-26-0311_Rev2.pdf", pdf([check_page(P509)]))]),
        subject="RE: RFQ VM-RFQ-4418 - revised quotation NB-26-0311 Rev. 2"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(2, 1118.00, "EUR", lead=98, moq=25)],
       ["missing-line", "note"])
classify("revised-quote")


# u510 multipart/alternative from an Italian pneumatics distributor writing English: "we confirm our prices unchanged and
# extend the validity of offer OF-26/0744 to 30 September 2026" -> 2026-09-30; the history (text "> " and HTML
# blockquote) holds the buyer's request and the original offer valid until 30/06/2026 (which would be short) - not read.
# Fitting "EUR 3,87 each", "ex stock" -> 3.87, 0. Cylinder "DSBC-32-80-PPVA-N3 (Festo original) EUR 104,50 each, 3
# weeks" -> 104.50, 21 (Jul 6, before Sep 11), the RFQ's own part. Quantities restated as asked -> null. "Pos. 1, 2 and
# 5: no offer" -> declined. "DAP Gütersloh" -> DAP. EUR. Partial, no-bid. revised-quote.
assert plus("2026-06-15", 21) == "2026-07-06"
U510_TEXT = """Dear Mr Albers,

as requested we confirm our prices unchanged and extend the validity of offer OF-26/0744 to 30 September 2026.
For completeness, the offer again:

Pos. 3  FIT-316-G12-10        2.000 pcs   EUR 3,87 each     ex stock
Pos. 4  DSBC-32-80-PPVA-N3      120 pcs   EUR 104,50 each   3 weeks   (Festo original)

Pos. 1, 2 and 5: no offer (machined parts are not in our programme).
Delivery DAP Gütersloh (Incoterms 2020), packing included.

Kind regards / Cordiali saluti
Davide Colombo
Pneumatica Brianza S.r.l.
Via Lecco 118, 20900 Monza (MB), Italy
Tel. +39 039 555 0172

On 12/06/2026 10:15, Jonas Albers wrote:
> Dear Mr Colombo,
>
> our award for the VL-60 parts has been postponed to August. Your offer OF-26/0744 is valid only
> until 30/06/2026 - could you extend it until the end of September at the same prices?
>
> Best regards
> Jonas Albers
>
> On 08/06/2026 16:40, Davide Colombo wrote:
>> Dear Mr Albers,
>>
>> our offer OF-26/0744:
>> Pos. 3  FIT-316-G12-10      2.000 pcs  EUR 3,87 each    ex stock
>> Pos. 4  DSBC-32-80-PPVA-N3    120 pcs  EUR 104,50 each  3 weeks (Festo original)
>> Pos. 1, 2 and 5: no offer. DAP Gütersloh. Validity: 30/06/2026.
>>
>> Davide Colombo
"""
U510_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr Albers,</p>
<p>as requested we confirm our prices unchanged and extend the validity of offer OF-26/0744 to <b>30 September 2026</b>.<br>
For completeness, the offer again:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;border-color:#8EA9DB">
<tr><th>Pos.</th><th>Code</th><th>Qty</th><th>Price</th><th>Delivery</th><th>Note</th></tr>
<tr><td>3</td><td>FIT-316-G12-10</td><td align="right">2.000 pcs</td><td align="right">EUR 3,87 each</td><td>ex stock</td><td></td></tr>
<tr><td>4</td><td>DSBC-32-80-PPVA-N3</td><td align="right">120 pcs</td><td align="right">EUR 104,50 each</td><td>3 weeks</td><td>Festo original</td></tr>
</table>
<p>Pos. 1, 2 and 5: no offer (machined parts are not in our programme).<br>
Delivery DAP G&uuml;tersloh (Incoterms 2020), packing included.</p>
<p>Kind regards / Cordiali saluti<br>Davide Colombo<br>Pneumatica Brianza S.r.l.<br>Via Lecco 118, 20900 Monza (MB), Italy<br>Tel. +39 039 555 0172</p>
<div class="moz-cite-prefix">On 12/06/2026 10:15, Jonas Albers wrote:<br></div>
<blockquote type="cite">
<p>Dear Mr Colombo,</p>
<p>our award for the VL-60 parts has been postponed to August. Your offer OF-26/0744 is valid only until 30/06/2026 -
could you extend it until the end of September at the same prices?</p>
<p>Best regards<br>Jonas Albers</p>
<div class="moz-cite-prefix">On 08/06/2026 16:40, Davide Colombo wrote:<br></div>
<blockquote type="cite">
<p>Dear Mr Albers,</p><p>our offer OF-26/0744:</p>
<pre>Pos. 3  FIT-316-G12-10      2.000 pcs  EUR 3,87 each    ex stock
Pos. 4  DSBC-32-80-PPVA-N3    120 pcs  EUR 104,50 each  3 weeks (Festo original)</pre>
<p>Pos. 1, 2 and 5: no offer. DAP G&uuml;tersloh. Validity: 30/06/2026.</p>
<p>Davide Colombo</p>
</blockquote>
</blockquote>
</body></html>"""
blind2("u510-italian-validity-to-september-alt", V.alternative("Davide Colombo <d.colombo@pneumatica-brianza.example>", U510_TEXT, U510_HTML,
                                                               "=_blind32_510_alt", subject="Re: RFQ VM-RFQ-4418 - validity of offer OF-26/0744"),
       "partial", "EUR", "2026-09-30", "DAP",
       [nob(1), nob(2), line(3, 3.87, "EUR", lead=0), line(4, 104.50, "EUR", lead=21), nob(5)],
       ["no-bid"])
classify("revised-quote")


# u511 a Dutch distributor, plain text: the buyer ("> ") named a competitor at EUR 96,00 on the cylinder; the vendor
# matches the CYLINDER ONLY and keeps the fitting price, restating both; ">> " its first offer (cylinder EUR 103,80).
# Cylinder "DSBC-32-80-PPVA-N3, Festo original: EUR 96,00 per piece (matched)" -> 96.00, 4 weeks -> 28 (Jul 13, before
# Sep 11). Fitting "EUR 41,20 per bag of 10 pcs, 200 bags for your 2.000 pcs" -> 41.20 / 10 = 4.12 each, as asked ->
# null; "2-3 weeks" -> 21 (Jul 6, before Aug 14). Lines 1, 2 and 5 never mentioned -> missing-line. "Both prices valid
# until 24 July 2026" -> 2026-07-24 (not short); "CPT Gütersloh" -> CPT. EUR. Partial. revised-quote.
assert close(41.20 / 10, 4.12) and 200 * 10 == 2000 and plus("2026-06-15", 28) == "2026-07-13"
U511_FIRST = """Dear Mr Albers,

Our offer for VM-RFQ-4418:

Pos. 3  FIT-316-G12-10       EUR 41,20 per bag of 10 pcs (200 bags)   2-3 weeks
Pos. 4  DSBC-32-80-PPVA-N3   EUR 103,80 per piece, Festo original     4 weeks

CPT Gütersloh, valid until 10 July 2026.

Met vriendelijke groet,
Sander Hoekstra"""
blind2("u511-dutch-match-cylinder-only", V.msg("Sander Hoekstra <s.hoekstra@kempen-fluidtechniek.example>", "text/plain", f"""Dear Mr Albers,

Thank you for the open feedback. We checked with Festo and can match the other offer on the cylinder. On the
fittings we are already at our cost level, so that price stays. Updated offer VK-26-1093-B:

Pos. 3  FIT-316-G12-10       EUR 41,20 per bag of 10 pcs, 200 bags for your 2.000 pcs   2-3 weeks
Pos. 4  DSBC-32-80-PPVA-N3   Festo original: EUR 96,00 per piece (matched)             4 weeks

Both prices valid until 24 July 2026. Delivery CPT Gütersloh (Incoterms 2020).

Met vriendelijke groet / Kind regards,
Sander Hoekstra
Kempen Fluidtechniek B.V.
De Run 4312, 5503 LN Veldhoven, the Netherlands
T +31 40 555 0193

On Fri, 12 Jun 2026 at 11:48, Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
> Dear Mr Hoekstra,
>
> We have an offer for the Festo cylinder at EUR 96,00 per piece. Can you match that? The fittings
> are fine as they are.
>
> Best regards
> Jonas Albers
>
> On Wed, 10 Jun 2026 at 15:20, Sander Hoekstra <s.hoekstra@kempen-fluidtechniek.example> wrote:
{cite(U511_FIRST, ">>")}
""", subject="RE: RFQ VM-RFQ-4418 - cylinder price"),
       "partial", "EUR", "2026-07-24", "CPT",
       [line(3, 4.12, "EUR", lead=21), line(4, 96.00, "EUR", lead=28)],
       ["missing-line"])
classify("revised-quote")


# u512 HTML only from a Slovenian turning shop: the buyer's counter-proposal (EUR 36,00 shaft, EUR 22,00 bracket set)
# and the first offer (38,90 / 23,60) sit in an Outlook 365 history below - not read. The reply accepts EUR 22,00 per
# set -> 22.00, 6 weeks -> 42 (Jul 27, before Oct 9). On the shaft, EUR 36,00 "only from 300 pcs (one full bar lot)";
# "for your 250 pcs: EUR 37,20 per piece" -> 37.20 at the requested 250, the 300-piece price a break above it; 9 weeks
# -> 63 (Jun 15 + 63 = Aug 17, before Aug 28). Quantities as asked -> null. "Pos. 2-4 remain without offer from our
# side" -> declined. "valid until 31 July 2026" -> 2026-07-31 (not short); "FCA Celje" -> FCA. EUR. Partial. revised-quote.
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 42) == "2026-07-27"
U512_TD = 'style="border:1px solid #9E9E9E;padding:3px 7px"'
blind2("u512-html-accepts-counter-set-shaft-from-300", V.msg("Luka Kovačič <luka.kovacic@savinja-precision.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Segoe UI,Calibri,sans-serif;font-size:10.5pt">
<p>Dear Mr Albers,</p>
<p>thank you for your counter-proposal. We accept <b>EUR 22,00 per bracket set</b>. On the shaft we can give you
EUR 36,00 only from 300 pcs (one full bar lot); for your 250 pcs the best we can do is EUR 37,20 per piece.</p>
<p>Our updated offer PN-0626-17 rev. 1:</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th {U512_TD}>Pos.</th><th {U512_TD}>Part no.</th><th {U512_TD}>Qty</th><th {U512_TD}>Price EUR</th><th {U512_TD}>Delivery</th></tr>
<tr><td {U512_TD}>1</td><td {U512_TD}>SH-2231-C rev B</td><td {U512_TD}>250 pcs</td><td {U512_TD}>37,20 / pc<br><small>(from 300 pcs: 36,00 / pc)</small></td><td {U512_TD}>9 weeks</td></tr>
<tr><td {U512_TD}>5</td><td {U512_TD}>2231-004-03</td><td {U512_TD}>150 sets</td><td {U512_TD}>22,00 / set</td><td {U512_TD}>6 weeks</td></tr>
</table>
<p>Pos. 2-4 remain without offer from our side.<br>
Delivery terms FCA Celje (Incoterms 2020). Offer valid until 31 July 2026.</p>
<p>Kind regards,<br>Luka Kovačič<br>Sales Engineer<br>Savinja Precision d.o.o.<br>Ljubljanska cesta 40, 3000 Celje, Slovenia<br>+386 3 555 0128</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Jonas Albers &lt;j.albers@vossberg-maschinenbau.example&gt;<br><b>Sent:</b> Friday, 12 June 2026 16:25<br>
<b>To:</b> Luka Kovačič &lt;luka.kovacic@savinja-precision.example&gt;<br><b>Subject:</b> RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60</p></div>
<p>Dear Mr Kovačič,</p>
<p>thank you for your offer. We would like to place the order with you at EUR 36,00 per shaft and EUR 22,00 per
bracket set. Can you accept?</p>
<p>Best regards<br>Jonas Albers</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Luka Kovačič &lt;luka.kovacic@savinja-precision.example&gt;<br><b>Sent:</b> Tuesday, 9 June 2026 09:05<br>
<b>To:</b> Jonas Albers &lt;j.albers@vossberg-maschinenbau.example&gt;<br><b>Subject:</b> RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60</p></div>
<p>Dear Mr Albers, our offer PN-0626-17:</p>
<p>Pos. 1 SH-2231-C rev B, 250 pcs, EUR 38,90 / pc, 9 weeks<br>Pos. 5 2231-004-03, 150 sets, EUR 23,60 / set, 6 weeks<br>
Pos. 2-4: no offer. FCA Celje, valid until 31 July 2026.</p>
<p>Luka Kovačič</p>
</div></body></html>""", subject="RE: RFQ VM-RFQ-4418 - counter-proposal"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 37.20, "EUR", lead=63), nob(2), nob(3), nob(4), line(5, 22.00, "EUR", lead=42)],
       ["no-bid"])
classify("revised-quote")


if __name__ == "__main__":
    ROUND.write()
