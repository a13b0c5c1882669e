#!/usr/bin/env python3
"""Writes replies u257..u272 (Corpus/u*.eml + expected u*.json) - the seventeenth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the sixteen earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is THE NEGOTIATION THREAD: sixteen replies written later in a sourcing thread, each a
complete answer on its own, with the earlier messages of the thread (the vendor's first quote, the buyer's push-back or
question) quoted below it, whose old prices, quantities, validities and terms must not be read. For NR-RFQ-0619: a
"we sharpened our pencil" revision restating every line above two Outlook "From: / Sent:" blocks (push-back, first
quote); a Gmail "On ... wrote:" thread whose reply holds the 5,000 price and offers "$0.162 if you can take 10,000"
(a price break, not the quote) and keeps its earlier no-quotes; an HTML-only requote inside Thunderbird <blockquote
type="cite"> at the 6,000 gaskets the buyer asked for in the thread while the RFQ still says 5,000 (quantity differs);
a vendor withdrawing its offer on item 3 and pushing a spring lead time past need-by, above "-----Original
Message-----" (base64); a validity extension to August 31 that restates per-100 and per-M prices under Apple Mail
"> > " history; a "best and final" pipe table with the old prices in a "Was" column left of "Now" and a short
validity. For HM-RFQ-2611: a German distributor converting its EUR / EXW offer into USD / DAP (German Outlook
"Von: / Gesendet:" block below); a resin revision priced per 25 kg bag that adds a raw-material surcharge clause
(note) and stays short; answers to the buyer's questions followed by the final prices replacing "budget numbers"; the
vendor's FIRST priced reply after its own clarifying question (classification "quote", hose rounded up to whole 60 m
coils); a corrected quote fixing "per 100" to "per 1,000" (multipart/alternative, HTML blockquote history). For
VM-RFQ-4418: a German reply ("neu 38,90 EUR (bisher 42,60 EUR)") above an English history; a requote to drawing rev B
after a first offer to rev A, with a late housing; a revision switching EXW to DAP and the Festo cylinder to a house
brand (alternate); a counter-offer "EUR 3.21 if you can take 5,000" under an Outlook HTML divRplyFwdMsg history
(multipart/alternative); and an Italian shop's HTML table with <s>struck</s> "Previous offer" prices beside the
"Revised offer" and a one-off pattern cost (note). Every case carries "classification": "revised-quote", except
u266 ("quote").
The Date headers are the usual ones of each RFQ module (05 / 12 / 15 Jun 2026): the quoted history is dated before
them. A later Date header was not used, because the modules' head() always writes their DATE and the checks
(make_blind.check, blind_round's check_reply call, make_blind4.check, make_blind6.check) re-derive lead-time and
validity deviations from those fixed dates.
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob  # expected-line shapes
from blind_round import Round, close, plus  # the round's cases, checked and written; date and amount helpers
from make_blind5 import message, multipart, text_part  # whole messages from one part, MIME parts
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime

ROUND = Round(257)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind})


def quote(text, depth=1):
    """Quotes text with '> ' per level (empty lines get the bare markers)."""
    mark = ">" * depth
    return "\n".join((mark + " " + ln) if ln else mark for ln in text.splitlines())


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u257 plain us-ascii text: "We sharpened our pencil ... Revised pricing below replaces our quote AQ-26-0588 of June 2 in
# full", a table restating all five lines, above two Outlook "From: / Sent: / To: / Subject:" blocks: the buyer's
# push-back (Thu Jun 4) and the vendor's first quote (Tue Jun 2, old prices 0.196 / 1.42 / 33.40 per M / 46.90 / 0.0705,
# plate 6 weeks) - none of which is read. Revised: gasket "$0.178 ea" -> 0.178, 4 weeks -> 28 (Jun 5 + 28 = Jul 3,
# before Aug 3). Cable "$1.37 /m" on the metre line -> 1.37, 3 weeks -> 21 (Jun 26, before Jul 20). Screws "$29.60 /M" ->
# 29.60 / 1,000 = 0.0296, "stock" -> 0. Plate "$41.20 ea", now 7 weeks -> 49 (Jul 24, before Aug 17). Springs "$0.0662
# ea", 4 weeks -> 28 (Jul 3, before Jul 27). Quantities as asked -> null. "valid until July 31, 2026" -> 2026-07-31
# (not short: due Jun 12 + 14 = Jun 26); "FOB Pittsburgh, PA" -> FOB. Every line priced -> parsed, no deviations.
# A revision of the vendor's own quote -> revised-quote.
assert close(29.60 / 1000, 0.0296) and plus("2026-06-05", 49) == "2026-07-24"
U257_FIRST = """Nora,

Our quote AQ-26-0588 for NR-RFQ-0619:

Line  Part number      Qty        Price          Lead time
1     GSK-EPDM-80      5,000      $0.196 ea      4 weeks
2     CBL-4C22-PUR     1,500 m    $1.42 /m       3 weeks
3     SCR-M4X10-A2     20,000     $33.40 /M      stock
4     PLT-0915-R2      120        $46.90 ea      6 weeks
5     SPR-C0630-302    8,000      $0.0705 ea     4 weeks

Valid 30 days, FOB Pittsburgh, PA. Terms net 30.

Travis"""
sample("u257-sharpened-pencil-outlook-history", S.msg("Travis Heller <theller@allegheny-supply.example>", "text/plain", f"""Nora,

Thanks for the feedback on our first round. We sharpened our pencil and went back to the mill and to our spring
maker. Revised pricing below replaces our quote AQ-26-0588 of June 2 in full:

Line  Part number      Qty        Revised price  Lead time
1     GSK-EPDM-80      5,000      $0.178 ea      4 weeks
2     CBL-4C22-PUR     1,500 m    $1.37 /m       3 weeks
3     SCR-M4X10-A2     20,000     $29.60 /M      stock
4     PLT-0915-R2      120        $41.20 ea      7 weeks
5     SPR-C0630-302    8,000      $0.0662 ea     4 weeks

Note the plate now needs 7 weeks instead of 6 - we moved it to our second shift to get the price down.
Revised quote AQ-26-0588 R1 is valid until July 31, 2026, FOB Pittsburgh, PA. Terms net 30 as before.

Regards,
Travis Heller
Allegheny Industrial Supply
412-555-0163

________________________________
From: Nora Reyes <nreyes@northridge.example>
Sent: Thursday, June 4, 2026 3:41 PM
To: Travis Heller <theller@allegheny-supply.example>
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hi Travis,

Thanks for the quick quote. Your gasket and plate prices are well above the other offers we have, and the
screws are high too. Is there anything you can do before we close the RFQ on June 12?

Nora

________________________________
From: Travis Heller <theller@allegheny-supply.example>
Sent: Tuesday, June 2, 2026 10:15 AM
To: Nora Reyes <nreyes@northridge.example>
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

{U257_FIRST}
""", charset="us-ascii", cte="7bit", subject="RE: RFQ NR-RFQ-0619 - Mechanical and cable parts - REVISED"),
       "parsed", "USD", "2026-07-31", "FOB",
       [line(1, 0.178, lead=28), line(2, 1.37, lead=21), line(3, 0.0296, lead=0), line(4, 41.20, lead=49),
        line(5, 0.0662, lead=28)],
       [])
classify("revised-quote")


# u258 Gmail plain text (quoted-printable), two levels of "On ... wrote:" history ("> " the buyer's push-back, ">> " the
# first quote at $0.189). The reply: "At your quantities the best we can do is: GSK-EPDM-80 (5,000 pcs): $0.181 each,
# down from $0.189" -> 0.181 (the "down from" figure is the old price), 4 weeks -> 28 (Jun 5 + 28 = Jul 3, before Aug 3);
# "SPR-C0630-302 (8,000 pcs): $0.0705 each, unchanged" -> 0.0705, 3 weeks -> 21 (Jun 26, before Jul 27). Quantities as
# asked -> null. "If you can take 10,000 gaskets we can do $0.162 each, and at 15,000 springs $0.0640" are offers at
# larger quantities -> price breaks; the requested quantities keep 0.181 / 0.0705. "As before, ... no quote on lines
# 2, 3 and 4" -> declined. "valid 30 days from today" from Fri 5 Jun -> 2026-07-05 (not short); "FCA Akron, OH" -> FCA.
# Partial, no-bid. Re-quotes its own earlier quote -> revised-quote.
assert plus("2026-06-05", 30) == "2026-07-05"
U258_FIRST = """Hi Nora,

Our quote for NR-RFQ-0619:

GSK-EPDM-80      5,000 pcs    $0.189 each    4 weeks
SPR-C0630-302    8,000 pcs    $0.0705 each   3 weeks

No quote on lines 2, 3 and 4 (we only make rubber parts and springs).
FCA Akron, OH, valid 30 days.

Rosa"""
U258_PUSH = f"""Rosa,

Thanks for your quote. Your gasket price is about 8% above the best offer we
have. Can you sharpen it? We are also open to a larger quantity if it
makes a real difference.

Nora

On Wed, Jun 3, 2026 at 2:40 PM Rosa Delgado <rdelgado@cuyahoga-rubber.example> wrote:
{quote(U258_FIRST)}"""
sample("u258-counter-offer-larger-qty-break", S.msg("Rosa Delgado <rdelgado@cuyahoga-rubber.example>", "text/plain", f"""Hi Nora,

I took your note to our plant manager. At your quantities the best we can do is:

GSK-EPDM-80 (5,000 pcs): $0.181 each, down from $0.189 - lead time 4 weeks
SPR-C0630-302 (8,000 pcs): $0.0705 each, unchanged - lead time 3 weeks

If you can take 10,000 gaskets we can do $0.162 each, and at 15,000 springs $0.0640 each. Just let me know which
quantities you want on the PO.

As before, the cable, screws and base plates are outside what we make, so no quote on lines 2, 3 and 4.

Pricing FCA Akron, OH, valid 30 days from today.

Thanks,
Rosa

Rosa Delgado | Cuyahoga Rubber & Spring | 330-555-0148

On Thu, Jun 4, 2026 at 11:02 AM Nora Reyes <nreyes@northridge.example> wrote:
{quote(U258_PUSH)}
""", cte="quoted-printable", subject="Re: RFQ NR-RFQ-0619 - Mechanical and cable parts",
        extra="In-Reply-To: <nr0619.push.rd@northridge.example>\nReferences: <cr.q1.0603@cuyahoga-rubber.example> <nr0619.push.rd@northridge.example>\n"),
       "partial", "USD", "2026-07-05", "FCA",
       [line(1, 0.181, lead=28), nob(2), nob(3), nob(4), line(5, 0.0705, lead=21)],
       ["no-bid"])
classify("revised-quote")


# u259 HTML only (quoted-printable), Thunderbird style: the reply above <div class="moz-cite-prefix">On 6/4/2026 8:55 AM,
# Nora Reyes wrote:</div><blockquote type="cite"> holding the buyer's request ("we will likely need 6,000 gaskets instead
# of 5,000 - the RFQ still shows 5,000 - could you requote the gasket at 6,000?") and, nested, the vendor's first quote
# (gasket 5,000 at $0.184). The updated quote table: gasket Qty 6,000, "$0.176", extended $1,056.00 (6,000 x 0.176) ->
# unit price 0.176, quantity 6000 (the RFQ line says 5,000 -> quantity-differs), 4 weeks -> 28 (Jun 5 + 28 = Jul 3,
# before Aug 3). Plate "unchanged" 120 at "$43.10" (120 x 43.10 = 5,172.00) -> 43.10, quantity as asked -> null, 8 weeks
# -> 56 (Jul 31, before Aug 17). Cable, screws and springs are never mentioned (neither in the reply nor in the quoted
# first quote) -> missing-line. "Quote Q-4471 rev 1, valid until July 17, 2026" -> 2026-07-17 (not short); "EXW
# Elkhart, IN" -> EXW. Partial. An updated quote -> revised-quote.
assert close(6000 * 0.176, 1056) and close(120 * 43.10, 5172) and plus("2026-06-05", 56) == "2026-07-31"
U259_TD = 'style="border:1px solid #999999;padding:3px 8px"'
U259_TR = 'style="border:1px solid #999999;padding:3px 8px;text-align:right"'
sample("u259-requote-buyer-qty-6000-blockquote", S.msg("Kelsey Ahn <kahn@elkhart-diecut.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body>
<p>Hi Nora,</p>
<p>As you asked, here is our updated quote with the gasket at <b>6,000 pcs</b> instead of 5,000:</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:10pt">
<tr style="background:#EEEEEE"><th {U259_TD}>Part</th><th {U259_TD}>Qty</th><th {U259_TD}>Unit price</th><th {U259_TD}>Extended</th><th {U259_TD}>Lead time</th></tr>
<tr><td {U259_TD}>GSK-EPDM-80</td><td {U259_TR}>6,000</td><td {U259_TR}>$0.176</td><td {U259_TR}>$1,056.00</td><td {U259_TD}>4 weeks</td></tr>
<tr><td {U259_TD}>PLT-0915-R2</td><td {U259_TR}>120</td><td {U259_TR}>$43.10</td><td {U259_TR}>$5,172.00</td><td {U259_TD}>8 weeks</td></tr>
</table>
<p>The gasket comes down from $0.184 because the die set-up is spread over more parts; the plate is unchanged.</p>
<p>Quote Q-4471 rev 1, valid until July 17, 2026. EXW Elkhart, IN.</p>
<p>Thanks,<br>Kelsey Ahn<br>Elkhart Die-Cut &amp; Machine<br>574-555-0138</p>
<div class="moz-cite-prefix">On 6/4/2026 8:55 AM, Nora Reyes wrote:<br></div>
<blockquote type="cite" cite="mid:nr0619.qty6000@northridge.example">
<p>Kelsey,</p>
<p>engineering tells me we will likely need 6,000 gaskets instead of 5,000 (the RFQ still shows 5,000).
Could you requote the gasket at 6,000? The plate stays at 120.</p>
<p>Thanks,<br>Nora</p>
<div class="moz-cite-prefix">On 6/3/2026 1:17 PM, Kelsey Ahn wrote:<br></div>
<blockquote type="cite" cite="mid:q4471@elkhart-diecut.example">
<p>Hi Nora, our quote Q-4471:</p>
<pre>GSK-EPDM-80    5,000 pcs   $0.184 ea   4 weeks
PLT-0915-R2      120 pcs   $43.10 ea   8 weeks</pre>
<p>Valid until July 17, 2026, EXW Elkhart, IN.<br>Kelsey</p>
</blockquote>
</blockquote>
</body></html>""", cte="quoted-printable", subject="Re: RFQ NR-RFQ-0619 - gasket at 6,000 pcs"),
       "partial", "USD", "2026-07-17", "EXW",
       [line(1, 0.176, qty=6000, lead=28), line(4, 43.10, lead=56)],
       ["missing-line", "quantity-differs"])
classify("revised-quote")


# u260 plain text, base64 UTF-8, above two "-----Original Message-----" blocks (the buyer's acknowledgement and the
# vendor's first quote MV-2291, where item 3 was priced at USD 0.0289 from stock and the springs at 5 weeks). The reply:
# "we have to withdraw our offer on item 3 (SCR-M4X10-A2)" and the restated table marks item 3 "withdrawn" ->
# declined. Gasket "USD 0.191 ea" -> 0.191, 5 weeks -> 35 (Jun 5 + 35 = Jul 10, before Aug 3). Cable "USD 1.44 /m" ->
# 1.44, 2 weeks -> 14 (Jun 19, before Jul 20). Plate "USD 42.60 ea" -> 42.60, 6 weeks -> 42 (Jul 17, before Aug 17).
# Springs "USD 0.0688 ea", lead time pushed out to 8 weeks -> 56 (Jun 5 + 56 = Jul 31, AFTER the Jul 27 need-by ->
# lead-time-after-need-by). Quantities as asked -> null. "Valid 45 days from today" from Fri 5 Jun -> 2026-07-20 (not
# short); "CPT Dayton, OH" -> CPT. Partial. An updated quote MV-2291-A -> revised-quote.
assert plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 45) == "2026-07-20"
sample("u260-withdraw-item-3-original-message", message("sample", "Brian Castellano <bcastellano@mohawk-industrial.example>", text_part("text/plain", """Nora,

I have to come back to you on our quote MV-2291. Our screw supplier pulled its pricing this morning, so we have to
withdraw our offer on item 3 (SCR-M4X10-A2, the A2 screws). Sorry for the trouble – we did not want you to order
on a price we can no longer hold.

The rest of the quote stands, but the spring maker has pushed its lead time out to 8 weeks. Updated quote
MV-2291-A in full:

Item 1   GSK-EPDM-80     5,000 pcs    USD 0.191 ea     5 weeks
Item 2   CBL-4C22-PUR    1,500 m      USD 1.44 /m      2 weeks
Item 3   SCR-M4X10-A2    --           withdrawn        --
Item 4   PLT-0915-R2     120 pcs      USD 42.60 ea     6 weeks
Item 5   SPR-C0630-302   8,000 pcs    USD 0.0688 ea    8 weeks

CPT Dayton, OH. Valid 45 days from today.

Brian Castellano
Mohawk Valley Industrial Supply
315-555-0176

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Thursday, June 4, 2026 8:12 AM
To: Brian Castellano <bcastellano@mohawk-industrial.example>
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Thanks Brian, received. We will come back to you after the RFQ closes on June 12.

Nora

-----Original Message-----
From: Brian Castellano <bcastellano@mohawk-industrial.example>
Sent: Wednesday, June 3, 2026 4:20 PM
To: Nora Reyes <nreyes@northridge.example>
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Nora, our quote MV-2291:

Item 1   GSK-EPDM-80     5,000 pcs    USD 0.191 ea     5 weeks
Item 2   CBL-4C22-PUR    1,500 m      USD 1.44 /m      2 weeks
Item 3   SCR-M4X10-A2    20,000 pcs   USD 0.0289 ea    stock
Item 4   PLT-0915-R2     120 pcs      USD 42.60 ea     6 weeks
Item 5   SPR-C0630-302   8,000 pcs    USD 0.0688 ea    5 weeks

CPT Dayton, OH. Valid 45 days.

Brian
""", cte="base64"), subject="RE: RFQ NR-RFQ-0619 - Mechanical and cable parts - item 3 withdrawn"),
       "partial", "USD", "2026-07-20", "CPT",
       [line(1, 0.191, lead=35), line(2, 1.44, lead=14), nob(3), line(4, 42.60, lead=42), line(5, 0.0688, lead=56)],
       ["lead-time-after-need-by", "no-bid"])
classify("revised-quote")


# u261 plain text (quoted-printable) with Apple Mail history ("> On Jun 4, 2026, at 16:12, Nora Reyes wrote:" holding
# the buyer's "your quote HF-6120 is only valid until June 20 - can you extend it?" and "> > " the first quote, valid
# until June 20, which would be short). The reply: "we can extend the validity of our quote HF-6120 to August 31, 2026"
# -> 2026-08-31, prices and lead times restated unchanged. Gasket "USD 18.40 / 100 pcs" -> 18.40 / 100 = 0.184, 5 weeks
# -> 35 (Jun 5 + 35 = Jul 10, before Aug 3). Screws "USD 30.50 per M" on a counted line -> 30.50 / 1,000 = 0.0305, "from
# stock" -> 0. Springs "USD 6.95 / 100 pcs" -> 0.0695, "20 working days" -> 20 x 7/5 = 28 (Jul 3, before Jul 27).
# Quantities not restated -> null. "Cable and base plates: still no quote from us (lines 2 and 4)" -> declined. "DAP
# Dayton, OH" -> DAP. Partial, no-bid. Re-states its own earlier quote with new validity -> revised-quote.
assert close(18.40 / 100, 0.184) and close(30.50 / 1000, 0.0305) and close(6.95 / 100, 0.0695) and 20 * 7 / 5 == 28
U261_FIRST = """Hello Nora,

Our quote HF-6120 for NR-RFQ-0619:

GSK-EPDM-80     USD 18.40 / 100 pcs     5 weeks
SCR-M4X10-A2    USD 30.50 per M         from stock
SPR-C0630-302   USD 6.95 / 100 pcs      20 working days

We do not offer the cable or the base plates (lines 2 and 4).
Valid until June 20, 2026. DAP Dayton, OH.

Best regards,
Ingrid Solberg"""
U261_ASK = f"""Hello Ingrid,

Our award decision will slip into July. Your quote HF-6120 is only valid
until June 20 - can you extend it?

Thanks,
Nora

On Jun 2, 2026, at 09:30, Ingrid Solberg <isolberg@heartland-fastener.example> wrote:

{quote(U261_FIRST)}"""
sample("u261-validity-extended-restated", S.msg("Ingrid Solberg <isolberg@heartland-fastener.example>", "text/plain", f"""Hello Nora,

No problem - we can extend the validity of our quote HF-6120 to August 31, 2026. Prices and lead times are
unchanged; for your records here they are again:

GSK-EPDM-80     USD 18.40 / 100 pcs     5 weeks
SCR-M4X10-A2    USD 30.50 per M         from stock
SPR-C0630-302   USD 6.95 / 100 pcs      20 working days

Cable and base plates: still no quote from us (lines 2 and 4).
Delivery terms unchanged, DAP Dayton, OH.

Best regards,
Ingrid Solberg
Heartland Fastener & Spring Co.
Sent from my iPad

> On Jun 4, 2026, at 16:12, Nora Reyes <nreyes@northridge.example> wrote:
>
{quote(U261_ASK)}
""", cte="quoted-printable", subject="Re: RFQ NR-RFQ-0619 - validity of quote HF-6120"),
       "partial", "USD", "2026-08-31", "DAP",
       [line(1, 0.184, lead=35), nob(2), line(3, 0.0305, lead=0), nob(4), line(5, 0.0695, lead=28)],
       ["no-bid"])
classify("revised-quote")


# u262 plain text "best and final" pipe table whose "Was (USD)" column (the first quote's prices) stands LEFT of "Now
# (USD)"; only "Now" counts. Gasket now 0.183, 4 wks -> 28 (Jun 5 + 28 = Jul 3, before Aug 3). Cable now "1.38/m" ->
# 1.38, 2 wks -> 14 (Jun 19, before Jul 20). Screws now 0.0301, "stock" -> 0. Plate now 43.75, 9 wks -> 63 (Aug 7,
# before Aug 17). Springs now 0.0684, 5 wks -> 35 (Jul 10, before Jul 27). Quantities as asked -> null. The "Total now"
# row 915.00 + 2,070.00 + 602.00 + 5,250.00 + 547.20 = 9,384.20 is no price. Below, an Outlook block with the buyer's
# "please send your best and final offer" (no prices). "Best and final pricing, firm until June 19, 2026" ->
# 2026-06-19, earlier than Jun 12 + 14 = Jun 26 -> validity-short. "FCA Nashville, TN" -> FCA. Every line priced ->
# parsed. A revised offer -> revised-quote.
assert close(5000 * 0.183, 915) and close(1500 * 1.38, 2070) and close(20000 * 0.0301, 602) and close(120 * 43.75, 5250)
assert close(8000 * 0.0684, 547.20) and close(915 + 2070 + 602 + 5250 + 547.20, 9384.20)
assert plus("2026-06-05", 63) == "2026-08-07"
sample("u262-best-and-final-was-now-columns", S.msg("Darnell Pruitt <dpruitt@cumberland-ind.example>", "text/plain", """Nora,

Here is our best and final offer for NR-RFQ-0619. The "Was" column is our quote of June 2 for comparison; the
"Now" column is what we will invoice.

| Line | Part          | Qty     | Was (USD) | Now (USD) | Lead time |
|------|---------------|---------|-----------|-----------|-----------|
| 1    | GSK-EPDM-80   | 5,000   | 0.198     | 0.183     | 4 wks     |
| 2    | CBL-4C22-PUR  | 1,500 m | 1.46/m    | 1.38/m    | 2 wks     |
| 3    | SCR-M4X10-A2  | 20,000  | 0.0334    | 0.0301    | stock     |
| 4    | PLT-0915-R2   | 120     | 47.50     | 43.75     | 9 wks     |
| 5    | SPR-C0630-302 | 8,000   | 0.0731    | 0.0684    | 5 wks     |
|      | Total now     |         |           | 9,384.20  |           |

Best and final pricing, firm until June 19, 2026. FCA Nashville, TN.

Darnell Pruitt
Cumberland Industrial Distributors
615-555-0119

From: Nora Reyes <nreyes@northridge.example>
Sent: Thursday, June 4, 2026 5:02 PM
To: Darnell Pruitt <dpruitt@cumberland-ind.example>
Subject: NR-RFQ-0619 - best and final

Darnell,

You are in the final two for this package. Please send your best and final offer by Friday.

Nora Reyes
Purchasing, Northridge
""", subject="RE: NR-RFQ-0619 - best and final"),
       "parsed", "USD", "2026-06-19", "FCA",
       [line(1, 0.183, lead=28), line(2, 1.38, lead=14), line(3, 0.0301, lead=0), line(4, 43.75, lead=63),
        line(5, 0.0684, lead=35)],
       ["validity-short"])
classify("revised-quote")


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u263 a German bearing and seal distributor writing English, plain text: "we have converted our offer ME-26-1147 to US
# dollars and changed the delivery terms from EXW Schweinfurt to DAP Rockford, IL ... This revised offer replaces the
# EUR offer of June 10 below". Below it the buyer's request (English Outlook block) and the first offer in a German
# Outlook "Von: / Gesendet: / An: / Betreff:" block (EUR 3,09 / EUR 17,80 per 1.000, EXW) - not read. The vendor's
# Pos. 1 / Pos. 2 are RFQ lines 3 / 4 by part number. Bearing "USD 3.61 / pc" -> 3.61 (the 6205-2RS C3 as specified,
# no alternate), 3 weeks -> 21 (Jun 12 + 21 = Jul 3, before Jul 27).
# O-rings "USD 20.80 / 1,000 pcs" -> 0.0208, 4 weeks -> 28 (Jul 10, before Aug 17). Quantities as asked -> null. Resin,
# sheet, hose and kit are not mentioned -> missing-line. Quote currency USD = the RFQ's (no currency-differs). "valid
# until July 24, 2026" -> 2026-07-24 (not short: due Jun 19 + 14 = Jul 3); DAP. Partial. Revised -> revised-quote.
assert close(20.80 / 1000, 0.0208) and plus("2026-06-12", 28) == "2026-07-10"
blind("u263-revised-eur-exw-to-usd-dap", H.msg("Tobias Ritter <t.ritter@mainfranken-lager.example>", "text/plain", """Dear Ms Marsh,

As requested, we have converted our offer ME-26-1147 to US dollars and changed the delivery terms from EXW
Schweinfurt to DAP Rockford, IL (Incoterms 2020), freight and insurance included. This revised offer replaces the
EUR offer of June 10 below.

Pos. 1   BRG 6205-2RS     Deep groove ball bearing 6205-2RS C3, as specified   400 pcs      USD 3.61 / pc            3 weeks
Pos. 2   OR-0120-NBR70    O-ring 12 x 2 mm NBR 70, black                        50,000 pcs   USD 20.80 / 1,000 pcs    4 weeks

The revised offer ME-26-1147-R1 is valid until July 24, 2026.

Kind regards
Tobias Ritter
Export Sales
Mainfranken Wälzlager GmbH, Schweinfurt
Tel. +49 9721 555 0142

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Thursday, June 11, 2026 9:14 AM
To: Tobias Ritter <t.ritter@mainfranken-lager.example>
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Tobias,

thanks for the offer. We buy in USD only and need delivered pricing to our Rockford plant - could you revise
your offer in USD, DAP Rockford?

Lena

Von: Tobias Ritter
Gesendet: Mittwoch, 10. Juni 2026 15:02
An: Lena Marsh <lmarsh@halvorsen-mfg.example>
Betreff: AW: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Dear Ms Marsh,

our offer ME-26-1147:

Pos. 1   BRG 6205-2RS     400 pcs      EUR 3,09 / pc              3 weeks
Pos. 2   OR-0120-NBR70    50,000 pcs   EUR 17,80 / 1.000 pcs      4 weeks

EXW Schweinfurt, valid until July 10, 2026.

Kind regards
Tobias Ritter
""", subject="RE: RFQ HM-RFQ-2611 - revised offer in USD"),
      "partial", "USD", "2026-07-24", "DAP",
      [line(3, 3.61, lead=21), line(4, 0.0208, lead=28)],
      ["missing-line"])
classify("revised-quote")


# u264 Gmail plain text: a resin and metals distributor revises the resin "to get the price down" and adds a surcharge
# clause; history "> " (the buyer: "$4.71/kg, we have an offer at $4.40") and ">> " (the first quote, $117.75 per bag) -
# not read. Resin "$108.75 per 25 kg bag" -> 108.75 / 25 = 4.35 per kg, "2,500 kg (100 bags)" = the requested quantity
# -> null, 3 weeks -> 21 (Jun 12 + 21 = Jul 3, before Jul 20). Sheet "$142.50 per sheet" unchanged -> 142.50, 90 as asked,
# 2 weeks -> 14 (Jun 26, before Aug 10). "if the index rises by more than 5% before shipment, a raw-material surcharge
# equal to the increase will be added to the invoice" -> note. Bearing, O-rings, hose and kit never mentioned ->
# missing-line. "Revised quote valid until June 30, 2026" -> 2026-06-30, earlier than Jun 19 + 14 = Jul 3 ->
# validity-short. "FCA Gary, IN" -> FCA. Partial. Revised pricing -> revised-quote.
assert close(108.75 / 25, 4.35) and close(117.75 / 25, 4.71) and 2500 / 25 == 100
U264_FIRST = """Lena,

Our quote for HM-RFQ-2611:

RES-PA66-GF30     2,500 kg (100 bags)   $117.75 per 25 kg bag ($4.71/kg)   3 weeks
SHT-5052H32-030   90 sheets             $142.50 per sheet                  2 weeks

FCA Gary, IN. Valid until June 30, 2026.

Marty"""
U264_PUSH = f"""Marty,

Your sheet price is fine, but the resin at $4.71/kg is well above an offer
we have at $4.40. Anything you can do?

Lena

On Tue, Jun 9, 2026 at 1:48 PM Marty Kowalczyk <mkowalczyk@calumet-metals.example> wrote:
{quote(U264_FIRST)}"""
blind("u264-resin-revision-surcharge-clause", H.msg("Marty Kowalczyk <mkowalczyk@calumet-metals.example>", "text/plain", f"""Lena,

Revised pricing below. To get the resin down we moved you onto our index-linked resin program, so the resin price now
carries a surcharge clause (see the note).

RES-PA66-GF30     2,500 kg (100 bags)   $108.75 per 25 kg bag   3 weeks
SHT-5052H32-030   90 sheets             $142.50 per sheet       2 weeks (unchanged)

Note: the resin price is based on the June PA66 index. If the index rises by more than 5% before shipment, a
raw-material surcharge equal to the increase will be added to the invoice.

FCA Gary, IN. Revised quote valid until June 30, 2026.

Marty Kowalczyk
Calumet Metals & Plastics | 219-555-0186

On Wed, Jun 10, 2026 at 4:05 PM Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:
{quote(U264_PUSH)}
""", subject="Re: RFQ HM-RFQ-2611 - revised resin pricing"),
      "partial", "USD", "2026-06-30", "FCA",
      [line(1, 4.35, lead=21), line(2, 142.50, lead=14)],
      ["missing-line", "note", "validity-short"])
classify("revised-quote")


# u265 plain text, quoted-printable: the vendor answers the buyer's two questions (the kit includes the gasket, lip seals
# NBR; the bearings are C3, SKF brand - the brand the RFQ names, no other part number) and then gives "our final prices
# (they replace the budget numbers in my first email)"; history "> " (the questions) and ">> " (the budget numbers) -
# not read. Bearing "$3.29 ea", "stock" -> 0. O-rings "$19.40 per 1,000" -> 0.0194, 3 weeks -> 21 (Jun 12 + 21 = Jul 3,
# before Aug 17). Hose "$4.52 /m" on the metre line -> 4.52, 2 weeks -> 14 (Jun 26, before Sep 1). Kit "$31.75 /set" ->
# 31.75, "6-8 weeks" -> 56 (Aug 7, before Sep 21). Quantities as asked -> null. "Resin and aluminium sheet (lines 1 and
# 2): not our line of business, no quote" -> declined. "Valid 60 days" from Fri 12 Jun -> 2026-08-11 (not short);
# "FOB Janesville, WI" -> FOB. Partial, no-bid. Final prices replacing its own budget quote -> revised-quote.
assert close(19.40 / 1000, 0.0194) and plus("2026-06-12", 60) == "2026-08-11" and plus("2026-06-12", 56) == "2026-08-07"
U265_BUDGET = """Hi Lena,

Budget numbers for HM-RFQ-2611 until I hear back on the kit:

BRG 6205-2RS      $3.45 ea
OR-0120-NBR70     $20.10 per 1,000
HSE-2SN-08        $4.65 /m
KIT-PX200-SEAL    approx. $34.00 /set

Dwayne"""
U265_ASK = f"""Dwayne,

Two questions before I can compare your numbers:
1. Does the seal kit include the gasket, and are the lip seals FKM or NBR?
2. Can you confirm the bearings are C3 clearance?

Lena

On Tue, Jun 9, 2026 at 10:20 AM Dwayne Mercer <dmercer@rockriver-seal.example> wrote:
{quote(U265_BUDGET)}"""
blind("u265-answers-questions-final-prices", H.msg("Dwayne Mercer <dmercer@rockriver-seal.example>", "text/plain", f"""Hi Lena,

Answers to your questions:
1. Yes - each KIT-PX200-SEAL includes the gasket, and the lip seals are NBR, as on the parts list you sent.
2. Yes, the bearings are C3 clearance, SKF brand.

With that settled, here are our final prices (they replace the budget numbers in my first email):

BRG 6205-2RS      400 pcs       $3.29 ea            stock
OR-0120-NBR70     50,000 pcs    $19.40 per 1,000    3 weeks
HSE-2SN-08        800 m         $4.52 /m            2 weeks
KIT-PX200-SEAL    150 sets      $31.75 /set         6-8 weeks

Resin and aluminium sheet (lines 1 and 2): not our line of business, no quote.

FOB Janesville, WI. Valid 60 days.

Dwayne Mercer
Rock River Seal & Hose
608-555-0131

On Thu, Jun 11, 2026 at 8:37 AM Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:
{quote(U265_ASK)}
""", cte="quoted-printable", subject="Re: RFQ HM-RFQ-2611 - your questions + final prices"),
      "partial", "USD", "2026-08-11", "FOB",
      [nob(1), nob(2), line(3, 3.29, lead=0), line(4, 0.0194, lead=21), line(5, 4.52, lead=14), line(6, 31.75, lead=56)],
      ["no-bid"])
classify("revised-quote")


# u266 the vendor's FIRST priced reply, after its own clarifying question earlier in the thread (quoted below: the
# buyer's answer "> " with seal sizes, and ">> " the vendor's question, which had no prices) -> classification "quote",
# not a revision. Hose: "supplied in full 60 m coils only, so we quote 14 coils = 840 m" (800 / 60 = 13.3 -> 14 coils)
# -> quantity 840 (quantity-differs); "USD 268.80 per 60 m coil" -> 268.80 / 60 = 4.48 per metre; 3 weeks -> 21 (Jun 12
# + 21 = Jul 3, before Sep 1). Kit "150 sets at USD 29.90 per set" -> 29.90, quantity as asked -> null, 10 weeks -> 70
# (Aug 21, before Sep 21). The seal sizes in the history (25 x 40 x 7 etc.) are no prices. Resin, sheet, bearing and
# O-rings are not mentioned -> missing-line. "Quote valid until July 31, 2026" -> 2026-07-31; "CPT Rockford, IL" -> CPT.
# Partial.
assert close(268.80 / 60, 4.48) and 14 * 60 == 840 and 13 * 60 < 800 and plus("2026-06-12", 70) == "2026-08-21"
U266_Q = """Hi Lena,

Before I can quote the seal kit KIT-PX200-SEAL I need the seal sizes - do you
have a parts list? The hose is no problem.

Ahmed"""
U266_ANSWER = f"""Hi Ahmed,

Here are the kit contents:
- 2 lip seals 25 x 40 x 7 mm, NBR
- 4 O-rings 12.0 x 2.0 mm, NBR 70
- 1 flat gasket 62 x 80 x 1.5 mm, aramid fibre

Each kit bagged and labelled with the part number.

Lena

On Tue, Jun 9, 2026 at 2:14 PM Ahmed Qureshi <aqureshi@prairie-fluidpower.example> wrote:
{quote(U266_Q)}"""
blind("u266-first-quote-after-clarification", H.msg("Ahmed Qureshi <aqureshi@prairie-fluidpower.example>", "text/plain", f"""Hi Lena,

Thanks for the kit contents - that answered my question. Here is our quote for HM-RFQ-2611:

HSE-2SN-08, hose EN 853 2SN DN12
  Supplied in full 60 m coils only, so we quote 14 coils = 840 m.
  USD 268.80 per 60 m coil, lead time 3 weeks.

KIT-PX200-SEAL, kitted to the contents you sent
  150 sets at USD 29.90 per set, lead time 10 weeks.

Quote valid until July 31, 2026. CPT Rockford, IL.

Regards,
Ahmed Qureshi
Prairie Fluid Power | 309-555-0167

On Wed, Jun 10, 2026 at 3:22 PM Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:
{quote(U266_ANSWER)}
""", subject="Re: RFQ HM-RFQ-2611 - seal kit question"),
      "partial", "USD", "2026-07-31", "CPT",
      [line(5, 4.48, qty=840, lead=21), line(6, 29.90, lead=70)],
      ["missing-line", "quantity-differs"])
classify("quote")


# u267 multipart/alternative (quoted-printable): "our quote from yesterday had a typo on the O-ring line. The price is
# $21.60 per 1,000 pcs, not per 100. Corrected quote in full:" - the text part quotes the first quote with "> ", the HTML
# part in <blockquote type="cite">; that first quote's "$21.60 per 100" (= 0.216) is not read. Bearing "$3.47 each" ->
# 3.47, 2 weeks -> 14 (Jun 12 + 14 = Jun 26, before Jul 27). O-rings "$21.60 per 1,000" -> 0.0216, 5 weeks -> 35 (Jul
# 17, before Aug 17). Hose "$4.71 per metre" -> 4.71, 3 weeks -> 21 (Jul 3, before Sep 1). Quantities as asked -> null.
# "No quote on the resin, the aluminium sheet or the seal kits" -> lines 1, 2, 6 declined. "valid through July 31,
# 2026" -> 2026-07-31; "FOB Milwaukee, WI" -> FOB. Partial, no-bid. A corrected quote -> revised-quote.
assert close(21.60 / 1000, 0.0216) and plus("2026-06-12", 35) == "2026-07-17"
U267_ROWS = [("Part", "Qty", "Price", "Lead time"),
             ("BRG 6205-2RS", "400", "$3.47 each", "2 weeks"),
             ("OR-0120-NBR70", "50,000", "$21.60 per 1,000", "5 weeks"),
             ("HSE-2SN-08", "800 m", "$4.71 per metre", "3 weeks")]
U267_OLD = [("BRG 6205-2RS", "400", "$3.47 each", "2 weeks"),
            ("OR-0120-NBR70", "50,000", "$21.60 per 100", "5 weeks"),
            ("HSE-2SN-08", "800 m", "$4.71 per metre", "3 weeks")]
U267_TEXT = ("Hi Lena,\n\nApologies - our quote from yesterday had a typo on the O-ring line. The price is $21.60 per 1,000 "
             "pcs, not per 100. Corrected quote in full:\n\n"
             + "".join(f"{a:<16}{b:<9}{c:<19}{d}\n" for a, b, c, d in U267_ROWS)
             + "\nNo quote on the resin, the aluminium sheet or the seal kits.\n"
             "FOB Milwaukee, WI, valid through July 31, 2026.\n\nSorry for the confusion,\nGreta Lindqvist\n"
             "Badger Bearing & Hose Supply | 414-555-0129\n\n"
             "On Thu, Jun 11, 2026 at 4:48 PM Greta Lindqvist <glindqvist@badger-bhs.example> wrote:\n"
             + quote("Hi Lena,\n\nOur quote for HM-RFQ-2611:\n\n"
                     + "".join(f"{a:<16}{b:<9}{c:<19}{d}\n" for a, b, c, d in U267_OLD)
                     + "\nNo quote on the resin, the aluminium sheet or the seal kits.\n"
                       "FOB Milwaukee, WI, valid through July 31, 2026.\n\nGreta") + "\n")
U267_TD = 'style="border:1px solid #B7B7B7;padding:3px 7px"'


def u267_table(rows, head=True):
    out = []
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag} {U267_TD}>{c}</{tag}>" for c in r) + "</tr>")
    return '<table cellspacing="0" style="border-collapse:collapse">\n' + "\n".join(out) + "\n</table>"


U267_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<div>Hi Lena,</div><div><br></div>
<div>Apologies - our quote from yesterday had a typo on the O-ring line. The price is <b>$21.60 per 1,000 pcs</b>, not
per 100. Corrected quote in full:</div><div><br></div>
{u267_table(U267_ROWS)}
<div><br></div>
<div>No quote on the resin, the aluminium sheet or the seal kits.<br>FOB Milwaukee, WI, valid through July 31, 2026.</div>
<div><br></div>
<div>Sorry for the confusion,<br>Greta Lindqvist<br>Badger Bearing &amp; Hose Supply | 414-555-0129</div>
<div><br></div>
<div class="gmail_quote"><div>On Thu, Jun 11, 2026 at 4:48 PM Greta Lindqvist &lt;glindqvist@badger-bhs.example&gt; wrote:</div>
<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<div>Hi Lena,</div><div><br></div><div>Our quote for HM-RFQ-2611:</div><div><br></div>
{u267_table([U267_ROWS[0]] + U267_OLD)}
<div><br></div>
<div>No quote on the resin, the aluminium sheet or the seal kits.<br>FOB Milwaukee, WI, valid through July 31, 2026.</div>
<div><br></div><div>Greta</div>
</blockquote></div>
</body></html>"""
blind("u267-corrected-per-100-to-per-1000", message("blind", "Greta Lindqvist <glindqvist@badger-bhs.example>", multipart("alternative", "000000000000a1b2c3d4e5f60717", [
        text_part("text/plain", U267_TEXT, cte="quoted-printable"),
        text_part("text/html", U267_HTML, cte="quoted-printable")]),
        subject="Re: RFQ HM-RFQ-2611 - CORRECTED quote (O-ring price)"),
      "partial", "USD", "2026-07-31", "FOB",
      [nob(1), nob(2), line(3, 3.47, lead=14), line(4, 0.0216, lead=35), line(5, 4.71, lead=21), nob(6)],
      ["no-bid"])
classify("revised-quote")


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u268 a German turning shop answers in GERMAN above an ENGLISH quoted history (an English Outlook "From: / Sent:" block
# with the buyer's "your shaft price is about 10% above our target" and, below it, the vendor's first offer in English:
# shaft EUR 42.60, 8 weeks, valid until July 15). The reply: "Pos. 1 SH-2231-C rev B ... neu 38,90 €/Stk. (bisher
# 42,60 €)" -> 38.90 (the "bisher" figure is the old price), "Lieferzeit 7 Wochen" -> 49 (Jun 15 + 49 = Aug 3, before
# Aug 28). "Pos. 5 2231-004-03 ... 150 Satz ... 19,80 €/Satz (unverändert)" -> 19.80, "5 Wochen" -> 35 (Jul 20, before
# Oct 9). Quantities as asked -> null. "Die Positionen 2, 3 und 4 bieten wir weiterhin nicht an" -> declined. "frei Haus
# Bielefeld (DAP, Incoterms 2020)" -> DAP. "gültig bis 31.07.2026" -> 2026-07-31 (not short: due Jun 26 + 14 = Jul 10).
# EUR. Partial, no-bid. A revised offer -> revised-quote.
assert plus("2026-06-15", 49) == "2026-08-03" and plus("2026-06-15", 35) == "2026-07-20"
blind2("u268-de-revision-above-en-history", V.message("Markus Krämer <m.kraemer@lippe-drehteile.example>", text_part("text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Rückmeldung. Wir haben die Welle noch einmal kalkuliert (Rohmaterial jetzt aus unserem
Lagerbestand) und können Ihnen folgendes überarbeitetes Angebot machen:

Pos. 1   SH-2231-C rev B   Antriebswelle 42CrMo4     250 Stk.   neu 38,90 €/Stk. (bisher 42,60 €)   Lieferzeit 7 Wochen
Pos. 5   2231-004-03       Sensorhalter-Satz         150 Satz   19,80 €/Satz (unverändert)          Lieferzeit 5 Wochen

Die Positionen 2, 3 und 4 bieten wir weiterhin nicht an.

Lieferung frei Haus Bielefeld (DAP, Incoterms 2020). Das überarbeitete Angebot ist gültig bis 31.07.2026.

Mit freundlichen Grüßen
Markus Krämer
Vertrieb
Lippe Drehteile GmbH, Detmold
Tel. +49 5231 555 0177

From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: Friday, June 12, 2026 10:47 AM
To: Markus Krämer <m.kraemer@lippe-drehteile.example>
Subject: RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Mr Krämer,

thank you for your offer. Your shaft price is about 10% above our target. Could you review it? The bracket set
is fine.

Best regards,
Jonas Albers

From: Markus Krämer <m.kraemer@lippe-drehteile.example>
Sent: Wednesday, June 10, 2026 2:31 PM
To: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Subject: RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Mr Albers,

please find our offer below:

Item 1   SH-2231-C rev B   Drive shaft       250 pcs    EUR 42.60 / pc     8 weeks
Item 5   2231-004-03       Bracket set       150 sets   EUR 19.80 / set    5 weeks

Items 2, 3 and 4: no quote. Delivery DAP Bielefeld. Offer valid until July 15, 2026.

Best regards,
Markus Krämer
""", cte="quoted-printable"), subject="AW: RFQ VM-RFQ-4418 - überarbeitetes Angebot"),
       "partial", "EUR", "2026-07-31", "DAP",
       [line(1, 38.90, "EUR", lead=49), nob(2), nob(3), nob(4), line(5, 19.80, "EUR", lead=35)],
       ["no-bid"])
classify("revised-quote")


# u269 a Czech machine shop and foundry, English plain text: "our first offer was based on drawing revision A. We have
# now recalculated the shaft to SH-2231-C rev B" - the requested part, so no alternate; the first offer (quoted below
# two "-----Original Message-----" markers, "SH-2231-C rev A ... EUR 41.80") is not read. Shaft "EUR 44.30 / pc" ->
# 44.30, 9 weeks -> 63 (Jun 15 + 63 = Aug 17, before Aug 28). Housing "EUR 1,310.00 / pc" (unchanged) -> 1310.00, 16 weeks
# -> 112 (Jun 15 + 112 = Oct 5, AFTER the Oct 2 need-by -> lead-time-after-need-by). Quantities as asked -> null.
# Fitting, cylinder and bracket set never mentioned -> missing-line. "Offer valid 6 weeks" -> 42 days from Mon 15 Jun ->
# 2026-07-27 (not short); "FCA Opava" -> FCA. EUR. Partial. Requote after a drawing revision -> revised-quote.
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 112) == "2026-10-05" and plus("2026-06-15", 42) == "2026-07-27"
blind2("u269-requote-drawing-rev-b", V.msg("Petr Novák <p.novak@opava-strojirny.example>", "text/plain", """Dear Mr Albers,

thank you for pointing out that our first offer was based on drawing revision A. We have now recalculated the
shaft to SH-2231-C rev B (keyway 8 P9, length 412 mm). Our revised offer NO-26-208/1:

1. SH-2231-C rev B - drive shaft, 42CrMo4 - 250 pcs - EUR 44.30 / pc - 9 weeks
2. HSG-1180-GJL - gearbox housing EN-GJL-250 - 25 pcs - EUR 1,310.00 / pc (unchanged) - 16 weeks incl. casting

Delivery FCA Opava (Incoterms 2020). Offer valid 6 weeks.

Best regards
Petr Novák
Opava Strojírny s.r.o.
+420 553 555 014

-----Original Message-----
From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: Thursday, June 11, 2026 2:05 PM
To: Petr Novák <p.novak@opava-strojirny.example>
Subject: RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Mr Novák,

your offer for the shaft refers to drawing rev A. Our RFQ is for SH-2231-C rev B (keyway changed from 8 N9 to
8 P9, length 412 mm instead of 408 mm). Please requote the shaft to rev B.

Best regards,
Jonas Albers

-----Original Message-----
From: Petr Novák <p.novak@opava-strojirny.example>
Sent: Wednesday, June 10, 2026 9:40 AM
To: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Subject: RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Mr Albers,

our offer NO-26-208:

1. SH-2231-C rev A - drive shaft - 250 pcs - EUR 41.80 / pc - 8 weeks
2. HSG-1180-GJL - gearbox housing - 25 pcs - EUR 1,310.00 / pc - 16 weeks incl. casting

FCA Opava, offer valid 6 weeks.

Petr Novák
""", cte="quoted-printable", subject="RE: RFQ VM-RFQ-4418 - requote shaft rev B"),
       "partial", "EUR", "2026-07-27", "FCA",
       [line(1, 44.30, "EUR", lead=63), line(2, 1310.00, "EUR", lead=112)],
       ["lead-time-after-need-by", "missing-line"])
classify("revised-quote")


# u270 a Swedish pneumatics distributor, English plain text with "> " history ("On Fri, 12 Jun 2026 at 11:20, Jonas
# Albers wrote:" asking for delivered pricing and a cheaper cylinder; ">> " the first offer EXW Borås with the Festo at
# EUR 96.40 and the fitting at 3.52, valid until 10 July) - not read. Revised: delivery "DAP Bielefeld (Incoterms 2020)
# instead of EXW Borås" -> DAP. Fitting "EUR 3.74 / pc" (freight now included) -> 3.74, 4 weeks -> 28 (Jun 15 + 28 = Jul
# 13, before Aug 14). Line 4 "GP-ISO-32-80-AC ... (replaces DSBC-32-80-PPVA-N3)" -> alternatePartNumber
# GP-ISO-32-80-AC, "EUR 71.50 / pc" -> 71.50, 3 weeks -> 21 (Jul 6, before Sep 11). Quantities as asked -> null. Shaft,
# housing and bracket set never mentioned -> missing-line. "Revised offer valid until 17 July 2026" -> 2026-07-17 (not
# short: limit Jul 10). EUR. Partial. A revised offer -> revised-quote.
assert plus("2026-06-15", 28) == "2026-07-13" and plus("2026-06-15", 21) == "2026-07-06"
U270_FIRST = """Dear Jonas,

our offer for the catalogue items of VM-RFQ-4418:

Line 3  FIT-316-G12-10       2,000 pcs   EUR 3.52 / pc    4 weeks
Line 4  DSBC-32-80-PPVA-N3     120 pcs   EUR 96.40 / pc   2 weeks

EXW Borås (Incoterms 2020). Offer valid until 10 July 2026.

Best regards,
Linnea Håkansson"""
U270_ASK = f"""Dear Ms Håkansson,

thank you for the offer. Could you quote delivered to Bielefeld, and is there
a cheaper alternative to the Festo cylinder?

Best regards,
Jonas Albers

On Wed, 10 Jun 2026 at 15:55, Linnea Håkansson <linnea.hakansson@gota-pneumatik.example> wrote:
{quote(U270_FIRST)}"""
blind2("u270-revised-dap-house-brand-alternate", V.msg("Linnea Håkansson <linnea.hakansson@gota-pneumatik.example>", "text/plain", f"""Dear Jonas,

following your questions, here is our revised offer. Two changes:
- delivery is now DAP Bielefeld (Incoterms 2020) instead of EXW Borås, freight included in the prices;
- on line 4 we now offer our own GP-ISO-32-80-AC cylinder instead of the Festo. It is fully interchangeable
  (ISO 15552, bore 32 mm, stroke 80 mm, adjustable cushioning).

Line 3  FIT-316-G12-10       2,000 pcs   EUR 3.74 / pc    4 weeks
Line 4  GP-ISO-32-80-AC        120 pcs   EUR 71.50 / pc   3 weeks   (replaces DSBC-32-80-PPVA-N3)

Revised offer valid until 17 July 2026.

Best regards,
Linnea Håkansson
Göta Pneumatik AB, Borås
+46 33 555 01 62

On Fri, 12 Jun 2026 at 11:20, Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
{quote(U270_ASK)}
""", cte="quoted-printable", subject="Re: RFQ VM-RFQ-4418 - revised offer DAP Bielefeld"),
       "partial", "EUR", "2026-07-17", "DAP",
       [line(3, 3.74, "EUR", lead=28), line(4, 71.50, "EUR", lead=21, alt="GP-ISO-32-80-AC")],
       ["alternate-part", "missing-line"])
classify("revised-quote")


# u271 a Dutch fittings distributor, multipart/alternative (quoted-printable) from Outlook: the HTML reply above a
# <div id="divRplyFwdMsg"> block (<b>From:</b> ... <b>Sent:</b> Friday, June 12, 2026) with the buyer's "your fitting is
# above our budget of EUR 3.40 - is there room, e.g. at higher volume?" and the first offer (fitting EUR 3.85, cylinder
# EUR 92.80); the text part is the same with the Outlook header block in plain text. Fitting "2,000 pcs: EUR 3.62 per
# piece (previously EUR 3.85)" -> 3.62, 3 weeks -> 21 (Jun 15 + 21 = Jul 6, before Aug 14). "If you can take 5,000
# fittings (call-offs over 12 months) we can do EUR 3.21 per piece" -> a price break; the requested 2,000 keep 3.62 and
# quantity null. Cylinder "120 pcs: EUR 92.80 per piece (unchanged)" -> 92.80, 2 weeks -> 14 (Jun 29, before Sep 11).
# "Positions 1, 2 and 5 remain without offer" -> declined. "Offer valid 30 days" from Mon 15 Jun -> 2026-07-15 (not
# short); "CPT Bielefeld" -> CPT. EUR. Partial, no-bid. A revised offer -> revised-quote.
assert plus("2026-06-15", 30) == "2026-07-15"
U271_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr">
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt;color:rgb(0,0,0)">
<p>Dear Mr Albers,</p>
<p>&nbsp;</p>
<p>thank you for your feedback on our offer 26-4471. We have checked again with the manufacturer:</p>
<ul>
<li><b>FIT-316-G12-10</b>, 2,000 pcs: EUR 3.62 per piece (previously EUR 3.85), delivery 3 weeks</li>
<li><b>DSBC-32-80-PPVA-N3</b>, 120 pcs: EUR 92.80 per piece (unchanged), delivery 2 weeks</li>
</ul>
<p>If you can take 5,000 fittings (call-offs over 12 months) we can do EUR 3.21 per piece.</p>
<p>&nbsp;</p>
<p>Positions 1, 2 and 5 remain without offer (machined parts are not our business).</p>
<p>CPT Bielefeld (Incoterms 2020). Offer valid 30 days.</p>
<p>&nbsp;</p>
<p>Met vriendelijke groet / Kind regards,<br>Sander Bakker<br>Rijnmond Fittings B.V., Rotterdam<br>+31 10 555 0193</p>
</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Jonas Albers &lt;j.albers@vossberg-maschinenbau.example&gt;<br>
<b>Sent:</b> Friday, June 12, 2026 09:31<br>
<b>To:</b> Sander Bakker &lt;s.bakker@rijnmond-fittings.example&gt;<br>
<b>Subject:</b> RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60</font>
<div>&nbsp;</div></div>
<div>
<p>Dear Mr Bakker,</p>
<p>your fitting is above our budget of EUR 3.40. Is there room, e.g. at a higher volume?</p>
<p>Best regards,<br>Jonas Albers</p>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Sander Bakker &lt;s.bakker@rijnmond-fittings.example&gt;<br>
<b>Sent:</b> Wednesday, June 10, 2026 16:05<br>
<b>To:</b> Jonas Albers &lt;j.albers@vossberg-maschinenbau.example&gt;<br>
<b>Subject:</b> RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60</font></div>
<p>Dear Mr Albers,</p>
<p>our offer 26-4471:</p>
<ul>
<li>FIT-316-G12-10, 2,000 pcs: EUR 3.85 per piece, 3 weeks</li>
<li>DSBC-32-80-PPVA-N3, 120 pcs: EUR 92.80 per piece, 2 weeks</li>
</ul>
<p>Positions 1, 2 and 5: no offer. CPT Bielefeld, valid 30 days.</p>
<p>Sander Bakker</p>
</div>
</body></html>"""
U271_TEXT = """Dear Mr Albers,

thank you for your feedback on our offer 26-4471. We have checked again with the manufacturer:

  *   FIT-316-G12-10, 2,000 pcs: EUR 3.62 per piece (previously EUR 3.85), delivery 3 weeks
  *   DSBC-32-80-PPVA-N3, 120 pcs: EUR 92.80 per piece (unchanged), delivery 2 weeks

If you can take 5,000 fittings (call-offs over 12 months) we can do EUR 3.21 per piece.

Positions 1, 2 and 5 remain without offer (machined parts are not our business).
CPT Bielefeld (Incoterms 2020). Offer valid 30 days.

Met vriendelijke groet / Kind regards,
Sander Bakker
Rijnmond Fittings B.V., Rotterdam
+31 10 555 0193

________________________________
From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: Friday, June 12, 2026 09:31
To: Sander Bakker <s.bakker@rijnmond-fittings.example>
Subject: RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Mr Bakker,

your fitting is above our budget of EUR 3.40. Is there room, e.g. at a higher volume?

Best regards,
Jonas Albers

________________________________
From: Sander Bakker <s.bakker@rijnmond-fittings.example>
Sent: Wednesday, June 10, 2026 16:05
To: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Subject: RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Mr Albers,

our offer 26-4471:

  *   FIT-316-G12-10, 2,000 pcs: EUR 3.85 per piece, 3 weeks
  *   DSBC-32-80-PPVA-N3, 120 pcs: EUR 92.80 per piece, 2 weeks

Positions 1, 2 and 5: no offer. CPT Bielefeld, valid 30 days.

Sander Bakker
"""
blind2("u271-counter-offer-5000-outlook-html", V.alternative("Sander Bakker <s.bakker@rijnmond-fittings.example>", U271_TEXT, U271_HTML,
                                                            "_000_AM0PR07MB5521A3C2E1B7D9F0C4A6E8B2AM0PR07MB5521_",
                                                            cte="quoted-printable",
                                                            subject="RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "EUR", "2026-07-15", "CPT",
       [nob(1), nob(2), line(3, 3.62, "EUR", lead=21), line(4, 92.80, "EUR", lead=14), nob(5)],
       ["no-bid"])
classify("revised-quote")


# u272 an Italian job shop writing English, HTML only (8bit UTF-8): "Revised offer OF-26-0391 rev. 1" as a table with a
# "Previous offer" column of <s>struck</s> prices LEFT of "Revised offer", decimal commas and dot thousands; below, the
# buyer's message quoted in an Outlook-style block (a "target price EUR 38.00" for the shaft - no vendor price). Shaft
# revised "39,60 €" -> 39.60, 8 weeks -> 56 (Jun 15 + 56 = Aug 10, before Aug 28). Housing "1.240,00 €" -> 1240.00, 14
# weeks -> 98 (Sep 21, before Oct 2). Fitting "3,88 €" -> 3.88, "2.000" as asked, 3 weeks -> 21 (Jul 6, before Aug 14).
# Cylinder "99,50 €" (same in both columns) -> 99.50, 2 weeks -> 14 (Jun 29, before Sep 11). Bracket set "20,10 €" per
# set -> 20.10, 6 weeks -> 42 (Jul 27, before Oct 9). Quantities as asked -> null. "One-off pattern cost for the
# housing: 2.400,00 € (unchanged)" -> note. The total 9.900,00 + 31.000,00 + 7.760,00 + 11.940,00 + 3.015,00 =
# 63.615,00 € is no price. "Revised offer valid until 31 July 2026" -> 2026-07-31 (not short); "FCA Brescia" -> FCA.
# EUR. Every line priced -> parsed. A revised offer -> revised-quote.
assert close(250 * 39.60, 9900) and close(25 * 1240, 31000) and close(2000 * 3.88, 7760) and close(120 * 99.50, 11940)
assert close(150 * 20.10, 3015) and close(9900 + 31000 + 7760 + 11940 + 3015, 63615)
assert plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 42) == "2026-07-27"
U272_ROWS = [("1", "SH-2231-C rev B", "Drive shaft 42CrMo4, ground", "250", "41,20 €", "39,60 €", "9.900,00 €", "8 weeks"),
             ("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, primed", "25", "1.285,00 €", "1.240,00 €", "31.000,00 €", "14 weeks"),
             ("3", "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", "2.000", "4,05 €", "3,88 €", "7.760,00 €", "3 weeks"),
             ("4", "DSBC-32-80-PPVA-N3", "Festo ISO cylinder 32 x 80", "120", "99,50 €", "99,50 €", "11.940,00 €", "2 weeks"),
             ("5", "2231-004-03", "Sensor bracket set L+R, black anodised", "150 sets", "21,40 €", "20,10 €", "3.015,00 €", "6 weeks")]
U272_TD = 'style="border:1px solid #BFBFBF;padding:3px 6px"'
U272_TR = 'style="border:1px solid #BFBFBF;padding:3px 6px;text-align:right"'
U272_OLD = 'style="border:1px solid #BFBFBF;padding:3px 6px;text-align:right;color:#808080"'
U272_TABLE = ("<table cellspacing=\"0\" style=\"border-collapse:collapse;font-size:10pt\">\n<tr style=\"background:#E2EFDA\">"
              + "".join(f"<th {U272_TD}>{h}</th>" for h in ("Pos.", "Part number", "Description", "Qty", "Previous offer",
                                                             "Revised offer", "Amount", "Delivery"))
              + "</tr>\n"
              + "\n".join(f"<tr><td {U272_TD}>{p}</td><td {U272_TD}>{pn}</td><td {U272_TD}>{d}</td><td {U272_TR}>{q}</td>"
                          f"<td {U272_OLD}><s>{old}</s></td><td {U272_TR}><b>{new}</b></td>"
                          f"<td {U272_TR}>{amt}</td><td {U272_TD}>{lt}</td></tr>"
                          for p, pn, d, q, old, new, amt, lt in U272_ROWS)
              + f"\n<tr><td colspan=\"6\" {U272_TR}><b>Total</b></td><td {U272_TR}><b>63.615,00 €</b></td><td {U272_TD}></td></tr>\n</table>")
blind2("u272-html-struck-previous-column-pattern", V.msg("Chiara Bellandi <c.bellandi@valtrompia-meccanica.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Mr Albers,</p>
<p>thank you for the meeting on Friday. As agreed, please find our revised offer OF-26-0391 rev. 1 below; the previous
prices are shown struck through for reference only.</p>
{U272_TABLE}
<p>One-off pattern cost for the housing: 2.400,00 € (unchanged).</p>
<p>Delivery FCA Brescia (Incoterms 2020). Payment 60 days end of month. Revised offer valid until 31 July 2026.</p>
<p>Best regards,<br>Chiara Bellandi<br>Sales Office<br>Valtrompia Meccanica S.r.l., Lumezzane (BS)<br>Tel. +39 030 555 0148 &ndash; P.IVA IT05550148017</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Jonas Albers &lt;j.albers@vossberg-maschinenbau.example&gt;<br>
<b>Sent:</b> Friday, June 12, 2026 16:12<br>
<b>To:</b> Chiara Bellandi &lt;c.bellandi@valtrompia-meccanica.example&gt;<br>
<b>Subject:</b> RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60</p>
</div>
<p>Dear Ms Bellandi,</p>
<p>thank you for today's meeting. As discussed, our target price for the shaft is EUR 38.00; please send your revised
offer for all five positions by Monday.</p>
<p>Best regards,<br>Jonas Albers</p>
</body></html>""", subject="RE: RFQ VM-RFQ-4418 - revised offer OF-26-0391 rev. 1"),
       "parsed", "EUR", "2026-07-31", "FCA",
       [line(1, 39.60, "EUR", lead=56), line(2, 1240.00, "EUR", lead=98), line(3, 3.88, "EUR", lead=21),
        line(4, 99.50, "EUR", lead=14), line(5, 20.10, "EUR", lead=42)],
       ["note"])
classify("revised-quote")


if __name__ == "__main__":
    ROUND.write()
