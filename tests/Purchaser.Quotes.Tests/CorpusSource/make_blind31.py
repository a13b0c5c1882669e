#!/usr/bin/env python3
"""Writes replies u481..u496 (Corpus/u*.eml + expected u*.json) - the thirty-first blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json
(HM-RFQ-2611, those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the thirty earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is THE EVERYDAY REPLY: short, ordinary replies from small and mid-size vendors in the
US, the UK and Canada, the kind a buyer gets twenty of a week. An Ohio rubber shop answering from an iPhone on top of
the buyer's Apple-quoted request (the quoted lines carry quantities and need-by dates); a Wisconsin machine shop
writing three paragraphs of prose with a one-time setup/programming charge and a screw price "per M", three lines
skipped without a word; an Ontario distributor quoting "in US dollars" in a table typed with spaces above an Outlook
"-----Original Message-----" copy of the RFQ, with cable rounded up to full reels and a break that does not apply; a
Redditch spring maker in GBP, Outlook HTML only, with a minimum order above the quantity; a Virginia distributor's CSV
with price-break COLUMNS (1-4999 / 5000-9999 / 10000+) and an "N/Q" row, one line absent; a Nebraska distributor's
Gmail multipart/alternative with prices typed inline after the part numbers ("GSK-EPDM-80 .182 ea") and every lead
time in business days, one of them after the need-by date; an Alberta hydraulics shop in CAD with a minimum kit run;
a full no-bid sent from an iPhone over the quoted RFQ; a Tennessee bearing house's PDF with break ROWS and a price per
C, everything else skipped; a Yorkshire polymer distributor's HTML in GBP with a price per 25 kg bag and a 14-day
validity; a West Virginia MRO house top-posting inline prices, a bag-of-1000 O-ring price and a one-time charge for
printed kit bags over an Outlook "From: / Sent:" block; a Devon machine shop quoting the EUR RFQ in euros with a
one-off press tool charge; an Ontario shop that only asks about the drawing revision (a question, no quote); a
Pennsylvania distributor in USD with fitting breaks as rows; a Swindon distributor's XLSX in EUR with "N/Q" rows, a
house-brand cylinder and a 14-day validity; and a Black Country foundry in GBP with a pattern charge, an 18-week lead
time past the need-by date and a declined shaft.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, pdf, table_page, xlsx  # expected-line shapes, PDF and one-sheet workbook writers
from make_blind5 import check_page, file_part, multipart, text_part  # PDF row check, MIME parts
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; date and amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(481)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})



def gt(text):
    """Quotes text the way mail clients do ("> " before every line)."""
    return "\n".join(("> " + t).rstrip() for t in text.split("\n"))


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u481 an Ohio rubber shop answering from an iPhone, top-posted over the buyer's request quoted Apple-style ("On Jun 2,
# 2026, at 4:41 PM, Nora Reyes ... wrote:" and "> " lines that carry the requested quantities and need-by dates; they
# are the buyer's, not the vendor's). Gasket "$0.187 ea, 4 wks" -> 0.187, 28 (Jun 5 + 28 = Jul 3, before Aug 3).
# Springs "$0.069 ea, 3 wks" -> 0.069, 21 (Jun 26, before Jul 27). "Cable, screws and base plates - no quote" -> lines
# 2, 3, 4 declined. Quantities not restated -> null. "Pricing firm thru 6/30/2026" -> 2026-06-30 (not short: Jun 30 >=
# Jun 26); "FOB Sugarcreek OH" -> FOB; "$" with nothing else said -> USD. Partial, no-bid.
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 21) == "2026-06-26"
sample("u481-iphone-top-posted-two-lines", S.msg("Mike Orosz <mike@sugarcreek-rubber.example>", "text/plain", """Nora,

GSK-EPDM-80 - $0.187 ea, 4 wks
SPR-C0630-302 - $0.069 ea, 3 wks

Cable, screws and base plates - no quote, not our stuff.
Pricing firm thru 6/30/2026, FOB Sugarcreek OH.

Mike

Sent from my iPhone

> On Jun 2, 2026, at 4:41 PM, Nora Reyes <nreyes@northridge.example> wrote:
>
> Hi Mike,
>
> Can you quote the following for RFQ NR-RFQ-0619? Responses due June 12.
>
> GSK-EPDM-80     Gasket EPDM 80 OD x 62 ID x 3 mm      5,000 EA   need by Aug 3
> CBL-4C22-PUR    Cable 4x22 AWG shielded, PUR jacket   1,500 M    need by Jul 20
> SCR-M4X10-A2    SHCS M4 x 10, A2-70                  20,000 EA   need by Jul 13
> PLT-0915-R2     Motor base plate, 6082-T6               120 EA   need by Aug 17
> SPR-C0630-302   Comp. spring 302 SS 0.6 x 6.3 x 30    8,000 EA   need by Jul 27
>
> Thanks,
> Nora
>
> Nora Reyes | Purchasing | Northridge
""", charset="us-ascii", cte="7bit"),
       "partial", "USD", "2026-06-30", "FOB",
       [line(1, 0.187, lead=28), nob(2), nob(3), nob(4), line(5, 0.069, lead=21)],
       ["no-bid"])


# u482 a Wisconsin machine shop writing prose. Plate "$46.25 each on the 120 pcs" (the requested quantity restated ->
# null), "lead time 5-6 weeks ARO" -> upper bound 42 (Jul 17, before Aug 17). "a one-time setup/programming charge of
# $350.00" -> note (a one-off set-up charge, never a unit price). Screws "$29.80 per M from stock" -> per thousand on
# an EA line: 29.80 / 1,000 = 0.0298, "from stock" -> 0. Gasket, cable and springs are never mentioned -> missing-line.
# "Pricing is good for 60 days" from Fri 5 Jun -> 2026-08-04 (not short); "Ex Works Oshkosh, WI" -> EXW. Partial.
assert close(29.80 / 1000, 0.0298) and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 60) == "2026-08-04"
sample("u482-prose-setup-charge-three-skipped", S.msg("Marty Hinz <mhinz@wolfriver-precision.example>", "text/plain", """Hi Nora,

Thanks for including us on NR-RFQ-0619. We took a look and can help you with two of the items.

The PLT-0915-R2 motor base plates we can machine complete for $46.25 each on the 120 pcs, lead time 5-6 weeks
ARO. There is a one-time setup/programming charge of $350.00 on the first order; repeat orders won't see it.

We can also supply the SCR-M4X10-A2 socket head cap screws (A2-70, ISO 4762) at $29.80 per M from stock.

Pricing is good for 60 days. Ex Works Oshkosh, WI - we can prepay and add freight to the invoice if you'd
rather we ship.

Thanks again,
Marty Hinz
Estimating | Wolf River Precision, LLC
2150 Enterprise Dr, Oshkosh, WI 54901
o 920-555-0172 | c 920-555-0199
"""),
       "partial", "USD", "2026-08-04", "EXW",
       [line(3, 0.0298, lead=0), line(4, 46.25, lead=42)],
       ["missing-line", "note"])


# u483 an Ontario distributor, "All pricing is in US dollars" -> "$" is USD. A table typed with spaces above an Outlook
# "-----Original Message-----" copy of the RFQ (no "> ", quantities and need-by dates that are the buyer's). Cable
# "1,525 m", "$1.38/m", "Cable is 5 full reels of 305 m - we don't cut reels" -> 5 x 305 = 1,525 m, not the 1,500 asked
# -> quantity 1525 (quantity-differs); per metre on the metre line -> 1.38; 2 wks -> 14 (Jun 19, before Jul 20).
# Screws "$0.031 ea", stock -> 0.031, 0; "drop to $0.0285 ea at 50,000+" is a break that does not apply to 20,000 ->
# unitPrice stays 0.031. Springs "$0.0712 ea", 3 wks -> 21. Quantities of screws and springs as asked -> null. Gasket
# "no quote" -> declined. The plate is never mentioned -> missing-line. "Quote valid 30 days" from Fri 5 Jun ->
# 2026-07-05 (not short); "FCA Burlington, ON" -> FCA. Partial.
assert 5 * 305 == 1525 and 20000 < 50000 and plus("2026-06-05", 30) == "2026-07-05"
sample("u483-ontario-usd-space-table-original-message", S.msg("Jaswinder Sandhu <jsandhu@halton-industrial.example>", "text/plain", """Hi Nora,

Please see below. All pricing is in US dollars.

Item             Qty            Price         Delivery
CBL-4C22-PUR     1,525 m        $1.38/m       2 wks
SCR-M4X10-A2     20,000 pcs     $0.031 ea     stock
SPR-C0630-302    8,000 pcs      $0.0712 ea    3 wks
GSK-EPDM-80      no quote

Cable is 5 full reels of 305 m - we don't cut reels.
Screws drop to $0.0285 ea at 50,000+ if you ever want to buy ahead.

Quote valid 30 days. FCA Burlington, ON.

Regards,
Jaswinder Sandhu
Inside Sales | Halton Industrial Supply Ltd.
T 905-555-0163 | 3320 Mainway, Burlington ON L7M 1A7

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Tuesday, June 2, 2026 10:15 AM
To: Jaswinder Sandhu <jsandhu@halton-industrial.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hello Jaswinder,

Please quote the items below by June 12, 2026.

Line  Part number     Qty       Unit  Need by
1     GSK-EPDM-80     5,000     EA    2026-08-03
2     CBL-4C22-PUR    1,500     M     2026-07-20
3     SCR-M4X10-A2    20,000    EA    2026-07-13
4     PLT-0915-R2     120       EA    2026-08-17
5     SPR-C0630-302   8,000     EA    2026-07-27

Thank you,
Nora Reyes
Northridge Purchasing
"""),
       "partial", "USD", "2026-07-05", "FCA",
       [nob(1), line(2, 1.38, qty=1525, lead=14), line(3, 0.031, lead=0), line(5, 0.0712, lead=21)],
       ["missing-line", "no-bid", "quantity-differs"])


# u484 a Redditch spring maker, Outlook HTML only (quoted-printable, "£" in UTF-8). Springs "£0.061 each" on "8,000"
# (the requested quantity -> null) -> 0.061 GBP (currency-differs against the USD RFQ); "6 weeks" -> 42 (Jul 17,
# before Jul 27); "our minimum order quantity on this spring is 10,000 pcs" -> moq 10000 > 8000 -> moq-above-quantity
# (quantity stays null, as in s02). "Prices exclude VAT" is a VAT remark. The other four lines are never mentioned ->
# missing-line. "This quotation is valid for 30 days" from Fri 5 Jun -> 2026-07-05 (not short); "FCA Redditch" -> FCA.
# Partial.
assert 10000 > 8000 and plus("2026-06-05", 42) == "2026-07-17"
sample("u484-uk-html-spring-gbp-moq", S.msg("Rhys Pugh <rhys.pugh@arrowvalley-springs.example>", "text/html", """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Dear Nora,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for your enquiry NR-RFQ-0619. We are pleased to quote for the compression spring as follows:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Part No.</b></p></td><td><p class="MsoNormal"><b>Description</b></p></td><td><p class="MsoNormal"><b>Qty</b></p></td><td><p class="MsoNormal"><b>Price</b></p></td><td><p class="MsoNormal"><b>Lead time</b></p></td></tr>
<tr><td><p class="MsoNormal">SPR-C0630-302</p></td><td><p class="MsoNormal">Compression spring, 302 S/S, 0.6 wire x 6.3 OD x 30 FL</p></td><td><p class="MsoNormal">8,000</p></td><td><p class="MsoNormal">£0.061 each</p></td><td><p class="MsoNormal">6 weeks</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please note our minimum order quantity on this spring is 10,000 pcs (one coiling batch).<o:p></o:p></p>
<p class="MsoNormal">Prices exclude VAT. This quotation is valid for 30 days, FCA Redditch.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal"><b>Rhys Pugh</b><br>Sales Office<br>Arrow Valley Springs Ltd<br>Unit 7, Moons Moat Drive, Redditch B98 9HN<br>Tel: 01527 555 014<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Arrow Valley Springs Ltd, registered in England No. 03318842.</span><o:p></o:p></p>
</div>
</body></html>
""", cte="quoted-printable"),
       "partial", "GBP", "2026-07-05", "FCA",
       [line(5, 0.061, "GBP", lead=42, moq=10000)],
       ["currency-differs", "missing-line", "moq-above-quantity"])


# u485 a Virginia distributor's CSV ("our system only spits out CSV") with price-break COLUMNS "1-4999", "5000-9999",
# "10000+". Gasket at 5,000 -> the 5000-9999 column: 0.189, 4 weeks -> 28. Screws at 20,000 -> 10000+: 0.0296, Stock
# -> 0. Springs at 8,000 -> 5000-9999: 0.0731, 3 weeks -> 21 (Jun 26, before Jul 27). Cable "N/Q" -> declined. The
# plate has no row at all -> missing-line. Quantities as asked -> null. Body: "all prices USD", "good through
# 7/17/2026" -> 2026-07-17 (not short); "FOB Chesapeake, VA" -> FOB. Partial.
assert 5000 <= 5000 <= 9999 and 20000 >= 10000 and 5000 <= 8000 <= 9999
U485_ROWS = [["Part Number", "Description", "UOM", "Qty 1-4999", "Qty 5000-9999", "Qty 10000+", "Lead Time", "Notes"],
             ["GSK-EPDM-80", "Gasket EPDM 70A 80x62x3 die cut", "EA", "0.214", "0.189", "0.171", "4 weeks", ""],
             ["CBL-4C22-PUR", "Cable 4C 22AWG shld PUR blk", "M", "N/Q", "N/Q", "N/Q", "", "not stocked"],
             ["SCR-M4X10-A2", "SHCS M4x10 A2-70 ISO 4762", "EA", "0.0345", "0.0318", "0.0296", "Stock", ""],
             ["SPR-C0630-302", "Comp spring 302SS .6 wire 6.3 OD 30 FL", "EA", "0.0790", "0.0731", "0.0688", "3 weeks", ""]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U485_ROWS)
sample("u485-csv-break-columns-one-row-missing", S.with_attachment("Keisha Monroe <kmonroe@chesapeake-indsupply.example>", """Nora,

Quote attached for NR-RFQ-0619 - sorry, our system only spits out CSV. All prices USD, good through 7/17/2026,
FOB Chesapeake, VA.

Let me know if you have any quesitons.

Keisha Monroe
Chesapeake Industrial Supply
1240 Executive Blvd, Chesapeake, VA 23320
757-555-0114""", "text/csv", "CIS-Q-58213.csv", _buf.getvalue().encode("utf-8")),
       "partial", "USD", "2026-07-17", "FOB",
       [line(1, 0.189, lead=28), nob(2), line(3, 0.0296, lead=0), line(5, 0.0731, lead=21)],
       ["missing-line", "no-bid"])


# u486 a Nebraska distributor's Gmail reply, multipart/alternative (text and HTML carry the same quote), top-posted over
# the buyer's reminder in a gmail_quote. Prices typed inline after the part numbers, no "$" (the body says "all USD"),
# leading-dot decimals; every lead time in business days (x 7/5, rounded up): gasket ".182 ea - 15 business days" ->
# 0.182, 21 (Jun 26, before Aug 3); cable "1.34/m - 8 business days" -> 1.34 per metre, 11.2 -> 12 (Jun 17, before
# Jul 20); screws ".0301 ea - 30 business days (not on the shelf, import)" -> 0.0301, 42 -> Jun 5 + 42 = Jul 17, AFTER
# the Jul 13 need-by -> lead-time-after-need-by; plate "44.95 ea - 25 business days" -> 44.95, 35 (Jul 10, before
# Aug 17); springs ".0709 ea - 10 business days" -> 0.0709, 14 (Jun 19, before Jul 27). The quoted reminder repeats the
# quantities (the buyer's). "Valid thru July 15, 2026" (not short); "FOB Lincoln, NE" -> FOB. All priced -> parsed.
assert [workdays(n) for n in (15, 8, 30, 25, 10)] == [21, 12, 42, 35, 14]
assert plus("2026-06-05", 42) == "2026-07-17" and days("2026-06-05", "2026-07-13") == 38 < 42
U486_LINES = ["GSK-EPDM-80 .182 ea - 15 business days",
              "CBL-4C22-PUR 1.34/m - 8 business days",
              "SCR-M4X10-A2 .0301 ea - 30 business days (not on the shelf, import)",
              "PLT-0915-R2 44.95 ea - 25 business days",
              "SPR-C0630-302 .0709 ea - 10 business days"]
U486_REMINDER = ["Hi Tom,",
                 "",
                 "Just checking whether you'll be quoting NR-RFQ-0619 - responses are due Friday June 12.",
                 "Quantities are 5,000 gaskets / 1,500 m cable / 20,000 screws / 120 plates / 8,000 springs.",
                 "",
                 "Thanks,",
                 "Nora"]
sample("u486-gmail-inline-prices-business-days", S.alternative("Tom Reinholt <treinholt@cornhusker-supply.example>", """Hi Nora,

Here you go, all USD:

""" + "\n".join(U486_LINES) + """

Valid thru July 15, 2026. FOB Lincoln, NE.

Thanks,
Tom Reinholt
Cornhusker Industrial Supply
402-555-0121

On Thu, Jun 4, 2026 at 3:02 PM Nora Reyes <nreyes@northridge.example> wrote:
""" + gt("\n".join(U486_REMINDER)), """<div dir="ltr"><div>Hi Nora,</div><div><br></div><div>Here you go, all USD:</div><div><br></div>
""" + "\n".join(f"<div>{t}</div>" for t in U486_LINES) + """
<div><br></div><div>Valid thru July 15, 2026. FOB Lincoln, NE.</div><div><br></div><div>Thanks,</div>
<div>Tom Reinholt</div><div>Cornhusker Industrial Supply</div><div>402-555-0121</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Jun 4, 2026 at 3:02 PM Nora Reyes &lt;<a href="mailto:nreyes@northridge.example">nreyes@northridge.example</a>&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
""" + "\n".join(f"<div>{t or '<br>'}</div>" for t in U486_REMINDER) + """
</blockquote></div>"""),
       "parsed", "USD", "2026-07-15", "FOB",
       [line(1, 0.182, lead=21), line(2, 1.34, lead=12), line(3, 0.0301, lead=42), line(4, 44.95, lead=35),
        line(5, 0.0709, lead=14)],
       ["lead-time-after-need-by"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u487 an Alberta hydraulics shop, "Pricing in Canadian dollars", "$... CAD" -> CAD (currency-differs). Hose "$5.85/m
# CAD, 800 m, 2-3 weeks" -> 5.85 per metre, the requested length -> null, upper bound 21 (Jul 3, before Sep 1). Seal kit
# "$44.20 CAD per kit, 4 weeks" -> 44.20, 28 (Jul 10, before Sep 21); "minimum run on the kits is 200 kits" -> moq
# 200 > 150 -> moq-above-quantity (the vendor does not say it will ship 200 -> quantity null). "Bearings and O-rings -
# regret" -> lines 3 and 4 declined. Resin and sheet never mentioned -> missing-line. "Good for 45 days" from Fri
# 12 Jun -> 2026-07-27 (not short); "FCA Red Deer, AB" -> FCA. Partial.
assert plus("2026-06-12", 45) == "2026-07-27" and plus("2026-06-12", 28) == "2026-07-10" and 200 > 150
blind("u487-alberta-cad-hose-kits-min-run", H.msg("Shane McAllister <shane@foothills-hydraulic.example>", "text/plain", """Hi Lena,

Thanks for the RFQ. We can do the hose and the seal kits. Pricing in Canadian dollars:

HSE-2SN-08  1/2" 2SN hose - $5.85/m CAD, 800 m, 2-3 weeks
KIT-PX200-SEAL - $44.20 CAD per kit, 4 weeks. Minimum run on the kits is 200 kits.

Bearings and O-rings - regret, we buy those form the same places you do.

Good for 45 days. FCA Red Deer, AB.

Cheers,
Shane McAllister
Foothills Hydraulic & Seal Ltd.
7710 Edgar Industrial Dr, Red Deer, AB T4P 3R2
403-555-0188
"""),
       "partial", "CAD", "2026-07-27", "FCA",
       [nob(3), nob(4), line(5, 5.85, "CAD", lead=21), line(6, 44.20, "CAD", lead=28, moq=200)],
       ["currency-differs", "missing-line", "moq-above-quantity", "no-bid"])


# u488 a full no-bid typed on an iPhone over the quoted RFQ ("> " lines of make_blind4's RFQ table, quantities and
# need-by dates that are the buyer's): "no quote from us on HM-RFQ-2611 this time" -> every line declined: six noBid
# lines, currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind("u488-iphone-full-no-bid-over-rfq", H.msg("Rob Kettler <rkettler@ozark-plastics.example>", "text/plain", """Hi Lena - going to have to pass, no quote from us on HM-RFQ-2611 this time. We're not set up for resin in bags or hose and the rest is outside what we stock. Sorry! Keep us in mind for molded plastic parts.

Rob

Sent from my iPhone

> On Jun 10, 2026, at 9:02 AM, Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:
>
> Hi Rob,
>
> Please quote the following by June 19 (RFQ HM-RFQ-2611):
>
""" + gt(H.RFQ_TABLE) + """
>
> Thanks,
> Lena
""", charset="us-ascii", cte="7bit"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# u489 a Tennessee bearing house: the body is one line ("attached is our quote for the bearings and O-rings"), the
# quote is a one-page PDF (text layer). Bearing break ROWS "1-99 $4.12 / 100-499 $3.64 / 500+ $3.29" per EA -> 400 falls
# in 100-499 -> 3.64, "Stock" -> 0. O-rings "50,000", "$2.35" per "C" -> 2.35 / 100 = 0.0235, 2 weeks -> 14 (Jun 26,
# before Aug 17). Quantities as asked (the bearing's Qty cells are break ranges) -> null. Resin, sheet, hose and kits
# are skipped without a word -> missing-line. "Prices in USD", "Quote expires: 07/24/2026" -> 2026-07-24 (not short);
# "F.O.B. Franklin, TN" -> FOB. Partial.
assert 100 <= 400 <= 499 and close(2.35 / 100, 0.0235) and plus("2026-06-12", 14) == "2026-06-26"
U489_PAGE = table_page("HARPETH BEARING SUPPLY - QUOTATION Q26-10482",
                       ["Item", "Part Number", "Description", "Qty", "Unit Price", "Per", "Lead Time"],
                       [["1", "BRG 6205-2RS", "Ball bearing 6205-2RS C3", "1-99", "$4.12", "EA", "Stock"],
                        ["", "", "", "100-499", "$3.64", "EA", ""],
                        ["", "", "", "500+", "$3.29", "EA", ""],
                        ["2", "OR-0120-NBR70", "O-ring 12 x 2 NBR70 black", "50,000", "$2.35", "C", "2 weeks"]],
                       ["Prices in USD.  Quote expires: 07/24/2026.", "F.O.B. Franklin, TN.  Terms: Net 30.",
                        "Harpeth Bearing Supply, 410 Mallory Ln, Franklin, TN 37067  -  615-555-0176"],
                       [40, 85, 150, 60, 65, 35, 60], top=800)
U489_PAGE.insert(1, (50, 780, 9, "Quote date: Jun 12, 2026    Customer: Halvorsen Mfg / Lena Marsh    Your RFQ: HM-RFQ-2611"))
check_page(U489_PAGE)
blind("u489-pdf-break-rows-per-c-rest-skipped", H.with_attachment("Alyssa Crane <acrane@harpeth-bearing.example>", """Lena,

Attached is our quote for the bearings and O-rings.

Thanks,
Alyssa Crane
Harpeth Bearing Supply
615-555-0176""", "application/pdf", "Q26-10482.pdf", pdf([U489_PAGE])),
       "partial", "USD", "2026-07-24", "FOB",
       [line(3, 3.64, lead=0), line(4, 0.0235, lead=14)],
       ["missing-line"])


# u490 a Yorkshire polymer distributor, HTML only, in GBP ("£", "prices in sterling") -> GBP (currency-differs). Resin
# "£97.50 per 25 kg bag, 100 bags (2,500 kg)" -> 97.50 / 25 = 3.90 per kg, the requested quantity -> null; "10 working
# days" -> 14 (Jun 26, before Jul 20). Sheet "£118.40 per sheet, 90 sheets, 3 weeks" -> 118.40, 21 (Jul 3, before
# Aug 10). Bearings, O-rings, hose and kits are never mentioned -> missing-line. "This quotation is valid for 14 days"
# from Fri 12 Jun -> 2026-06-26, earlier than Jul 3 -> validity-short. "FOB Liverpool" -> FOB. Partial.
assert close(97.50 / 25, 3.90) and 100 * 25 == 2500 and workdays(10) == 14 and plus("2026-06-12", 14) == "2026-06-26"
blind("u490-uk-html-resin-per-bag-gbp-14-days", H.msg("Helen Ackroyd <h.ackroyd@ryburn-polymers.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hi Lena,</p>
<p>Thanks for HM-RFQ-2611. We can offer two of the items, prices in sterling:</p>
<p><b>RES-PA66-GF30</b> PA66 GF30 HS black &ndash; £97.50 per 25 kg bag, 100 bags (2,500 kg), 10 working days<br>
<b>SHT-5052H32-030</b> 5052-H32 3.0 x 1250 x 2500, PVC one side &ndash; £118.40 per sheet, 90 sheets, 3 weeks</p>
<p>This quotation is valid for 14 days. FOB Liverpool.</p>
<p>Best wishes,<br>Helen Ackroyd<br>Ryburn Polymers Ltd<br>Wharf Street, Sowerby Bridge HX6 2AF<br>01422 555 093</p>
</body></html>""", cte="quoted-printable"),
       "partial", "GBP", "2026-06-26", "FOB",
       [line(1, 3.90, "GBP", lead=14), line(2, 118.40, "GBP", lead=21)],
       ["currency-differs", "missing-line", "validity-short"])


# u491 a West Virginia MRO house, plain text, inline prices top-posted over an Outlook "From: / Sent: / To: / Subject:"
# block carrying the RFQ table (the buyer's quantities). "Pricing below, USD". Bearing "$3.48 ea stock (SKF)" -> 3.48, 0
# (SKF is the RFQ's own brand, not an alternate). O-rings "$21.40 per bag of 1000" -> 21.40 / 1,000 = 0.0214, 2 wks ->
# 14. Hose "$4.72/m" on the metre line -> 4.72, 3 wks -> 21. Kit "$39.75/kit, 5 wks" -> 39.75, 35 (Jul 17, before
# Sep 21); "plus $185.00 one-time setup for the printed kit bags" -> note. "no quote on the resin or sheet" -> lines 1
# and 2 declined. Quantities not restated -> null. "Quote good thru 7/31/2026" (not short); "FOB Charleston, WV" -> FOB.
# Partial.
assert close(21.40 / 1000, 0.0214) and plus("2026-06-12", 35) == "2026-07-17"
blind("u491-top-posted-inline-bag-of-1000-kit-setup", H.msg("Jim Basham <jbasham@kanawha-mro.example>", "text/plain", """Lena,

Pricing below, USD.

BRG 6205-2RS    $3.48 ea   stock (SKF)
OR-0120-NBR70   $21.40 per bag of 1000   2 wks
HSE-2SN-08   $4.72/m   3 wks
KIT-PX200-SEAL   $39.75/kit   5 wks - plus $185.00 one-time setup for the printed kit bags

no quote on the resin or sheet

Quote good thru 7/31/2026. FOB Charleston, WV.

Jim Basham
Kanawha Valley MRO
1500 Smith St, Charleston, WV 25301
304-555-0147

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Wednesday, June 10, 2026 9:14 AM
To: Jim Basham <jbasham@kanawha-mro.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hi Jim,

Please quote the items below by June 19.

""" + H.RFQ_TABLE + """

Regards,
Lena Marsh
Halvorsen Mfg
"""),
       "partial", "USD", "2026-07-31", "FOB",
       [nob(1), nob(2), line(3, 3.48, lead=0), line(4, 0.0214, lead=14), line(5, 4.72, lead=21), line(6, 39.75, lead=35)],
       ["no-bid", "note"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u492 a Devon machine shop writing prose, prices "in euros as requested" ("€38.90", UK number style) -> EUR, the RFQ
# currency. Shaft "€38.90 each for the 250 off" (the requested quantity -> null), "10 weeks from order" -> 70 (Aug 24,
# before Aug 28). Bracket sets "€23.40 per set (L + R, screws included), 150 sets, 6 weeks" -> 23.40 per SET, null, 42
# (Jul 27, before Oct 9). "a one-off press tool charge of €480.00 for the brackets" -> note. Housing, fitting and
# cylinder are never mentioned -> missing-line. "Quotation valid 60 days" from Mon 15 Jun -> 2026-08-14 (not short);
# "FCA Tavistock" -> FCA. Partial.
assert plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 60) == "2026-08-14"
blind2("u492-devon-prose-eur-press-tool", V.msg("Neil Trethewey <neil@tavistock-precision.example>", "text/plain", """Hello Jonas,

Thank you for the enquiry. We've priced the shaft and the bracket sets in euros as requested:

SH-2231-C rev B drive shaft - €38.90 each for the 250 off. Lead time 10 weeks from order.

2231-004-03 sensor bracket sets - €23.40 per set (L + R, screws included), 150 sets, 6 weeks.
There is a one-off press tool charge of €480.00 for the brackets.

Quotation valid 60 days, FCA Tavistock. Happy to talk through any of it.

Regards,
Neil Trethewey
Tavistock Precision Engineering Ltd
Pixon Lane, Tavistock, Devon PL19 9AZ
+44 1822 555 061
"""),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 38.90, "EUR", lead=70), line(5, 23.40, "EUR", lead=42)],
       ["missing-line", "note"])


# u493 an Ontario shop that only asks, top-posted over the quoted RFQ: the shaft drawing it received is rev A while the
# RFQ calls out rev B, and is the keyway on one end or both? "Once I have that I'll get you pricing". No price, no
# decline -> unparseable, no lines, no deviation kinds; classification "question" as for u470.
blind2("u493-question-drawing-revision", V.msg("Nathalie Tremblay <ntremblay@lakehead-machine.example>", "text/plain", """Hi Jonas,

Before we quote VM-RFQ-4418 - the drawing we received for the drive shaft SH-2231-C shows rev A in the title
block, but your RFQ calls out rev B. Can you send the rev B drawing? Also, is the 8 P9 keyway on one end only?

Once I have that I'll get you pricing on the shaft and the bracket sets within a couple of days.

Thanks,
Nathalie Tremblay
Lakehead Machine Works
Thunder Bay, ON | 807-555-0135

On Thu, Jun 11, 2026 at 9:40 AM Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
> Dear Nathalie,
>
> please quote the following positions (RFQ VM-RFQ-4418), drawings attached:
>
""" + "\n".join(f"> {ln:<3}{pn:<21}{desc:<44}{qty:>5} {unit:<4}{need}" for ln, pn, desc, qty, unit, need in V.RFQ_ROWS) + """
>
> Best regards
> Jonas Albers
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u494 a Pennsylvania fluid-power distributor, Gmail-style multipart/alternative (quoted-printable), "Prices are in US
# dollars" -> USD (currency-differs against the EUR RFQ). Fitting break ROWS "1-499 pcs: $5.12 / 500-1,999 pcs: $4.86 /
# 2,000+ pcs: $4.41" -> 2,000 asked -> 4.41; 4 weeks -> 28 (Jul 13, before Aug 14). Cylinder "Festo - $88.60 ea, 3-4
# weeks" -> 88.60 (the RFQ's own part, not an alternate), upper bound 28 (Jul 13, before Sep 11). Shaft, housing and
# brackets are skipped -> missing-line. Quantities not restated -> null. "Quote valid 30 days" from Mon 15 Jun ->
# 2026-07-15 (not short); "FCA Pittsburgh, PA" -> FCA. Partial.
assert 2000 >= 2000 and plus("2026-06-15", 28) == "2026-07-13" and plus("2026-06-15", 30) == "2026-07-15"
U494_TEXT = """Hi Jonas,

Thanks for the RFQ. We can supply the fitting and the cylinder. Prices are in US dollars.

FIT-316-G12-10 316 SS male connector G1/2 x 10 mm tube
  1-499 pcs: $5.12 ea
  500-1,999 pcs: $4.86 ea
  2,000+ pcs: $4.41 ea
  4 weeks

DSBC-32-80-PPVA-N3 Festo - $88.60 ea, 3-4 weeks

Quote valid 30 days. FCA Pittsburgh, PA.

Brian Kostelnik
Tri-Rivers Fluid Power
412-555-0153
"""
blind2("u494-usd-fitting-break-rows-two-skipped", V.alternative("Brian Kostelnik <bkostelnik@tririvers-fp.example>", U494_TEXT,
                                                                 '<div dir="ltr">' + "".join(
                                                                     f"<div>{t or '<br>'}</div>" for t in U494_TEXT.rstrip("\n").split("\n"))
                                                                 + "</div>\n", "000000000000a1b2c3d4e5f60718", cte="quoted-printable"),
       "partial", "USD", "2026-07-15", "FCA",
       [line(3, 4.41, "USD", lead=28), line(4, 88.60, "USD", lead=28)],
       ["currency-differs", "missing-line"])


# u495 a Swindon distributor's XLSX, "Currency: EUR" -> EUR. Fitting 3.72 per piece, "15 working days" -> 21 (Jul 6,
# before Aug 14). Cylinder: the "Offered Part" column says WXP-1552-32-80 ("house brand, ISO 15552 equivalent") instead
# of the Festo -> alternatePartNumber WXP-1552-32-80 (alternate-part), 81.50, "3 weeks" -> 21 (Jul 6, before Sep 11).
# Shaft, housing and bracket sets are rows with "N/Q" in the price cell -> declined. Quantities are the RFQ's -> null.
# Body: "Quote valid 14 days" from Mon 15 Jun -> 2026-06-29, earlier than Jul 10 -> validity-short; "DAP Osnabrueck" ->
# DAP. Partial.
assert workdays(15) == 21 and plus("2026-06-15", 21) == "2026-07-06" and plus("2026-06-15", 14) == "2026-06-29"
U495_XLSX = xlsx([
    ["Wessex Pneumatics Ltd - Quotation WP-QN-20931"], [""],
    ["Your ref", "VM-RFQ-4418"], ["Currency", "EUR"], [""],
    ["Pos", "Part No", "Offered Part", "Description", "Qty", "Unit Price", "Lead Time", "Comments"],
    [1, "SH-2231-C rev B", "", "Drive shaft 42CrMo4", 250, "N/Q", "", "machined part - not our range"],
    [2, "HSG-1180-GJL", "", "Gearbox housing GJL-250", 25, "N/Q", "", "casting - not our range"],
    [3, "FIT-316-G12-10", "", "Male stud connector G1/2 x 10mm 316", 2000, 3.72, "15 working days", ""],
    [4, "DSBC-32-80-PPVA-N3", "WXP-1552-32-80", "ISO 15552 cylinder 32 bore x 80 stroke, adj. cushion", 120, 81.5,
     "3 weeks", "house brand, ISO 15552 equivalent"],
    [5, "2231-004-03", "", "Sensor bracket set", 150, "N/Q", "", "not our range"],
])
blind2("u495-xlsx-eur-nq-rows-house-brand-14-days", V.message("Claire Hobbs <claire.hobbs@wessex-pneumatics.example>", multipart("mixed", "=_wessex_31_mixed", [
    text_part("text/plain", """Hi Jonas,

Please find our quotation WP-QN-20931 attached.
Quote valid 14 days. Delivery DAP Osnabrueck (Incoterms 2020).

Kind regards,
Claire Hobbs
Sales Engineer | Wessex Pneumatics Ltd
Unit 4, Kembrey Park, Swindon SN2 8YY | +44 1793 555 027
"""),
    file_part(XLSX, "WP-QN-20931.xlsx", U495_XLSX)])),
       "partial", "EUR", "2026-06-29", "DAP",
       [nob(1), nob(2), line(3, 3.72, "EUR", lead=21), line(4, 81.50, "EUR", lead=21, alt="WXP-1552-32-80"), nob(5)],
       ["alternate-part", "no-bid", "validity-short"])


# u496 a Black Country foundry and machine shop, plain text, "Pricing in GBP" -> GBP (currency-differs). Housing "25 off
# @ £1,085.00 each" -> 1085.00, the requested quantity -> null; "Lead time 16-18 weeks" -> upper bound 126 -> Jun 15 +
# 126 = Oct 19, AFTER the Oct 2 need-by -> lead-time-after-need-by. "Pattern equipment: £2,400.00 one-off" -> note.
# Shaft "sorry, no bid" -> declined. Fitting, cylinder and brackets are never mentioned -> missing-line. The footer's
# company number is not a price. "Quote valid 30 days" from Mon 15 Jun -> 2026-07-15 (not short); "EXW Dudley" -> EXW.
# Partial.
assert plus("2026-06-15", 126) == "2026-10-19" and days("2026-06-15", "2026-10-02") == 109 < 126
blind2("u496-foundry-gbp-pattern-late-shaft-declined", V.msg("Paul Whitehouse <paul.w@blackcountry-castings.example>", "text/plain", """Morning Jonas,

Thanks for thinking of us. Pricing in GBP, as we can't hold euro prices on castings:

HSG-1180-GJL gearbox housing, EN-GJL-250, machined & primed RAL 7035
   25 off @ £1,085.00 each
   Pattern equipment: £2,400.00 one-off (remains your property)
   Lead time 16-18 weeks (first castings need pattern approval)

SH-2231-C rev B shaft - sorry, no bid, we've no grinding capacity at the moment.

Quote valid 30 days, EXW Dudley.

Cheers,
Paul Whitehouse
Black Country Castings Ltd
Hall Street, Dudley DY2 7DQ
Tel 01384 555 072

Black Country Castings Ltd is registered in England and Wales, company no. 02209451. This message is confidential
and intended only for the addressee.
"""),
       "partial", "GBP", "2026-07-15", "EXW",
       [nob(1), line(2, 1085.00, "GBP", lead=126)],
       ["currency-differs", "lead-time-after-need-by", "missing-line", "no-bid", "note"])


if __name__ == "__main__":
    ROUND.write()
