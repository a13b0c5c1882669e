#!/usr/bin/env python3
"""Writes replies u577..u592 (Corpus/u*.eml + expected u*.json) - the thirty-seventh blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is UK AND IRISH ENGINEERING SUPPLIERS: everyday quotes from British and Irish machine shops,
stockists, fastener houses, spring makers, a bearing factor, an aluminium stockholder, a hose shop, a seal-kit
assembler, a resin distributor, a foundry and a pneumatics distributor, in GBP (mostly against the USD RFQs) and EUR
(Irish vendors, and a UK sourcing house billing the German buyer in euros), with 'ex-works', 'carriage paid', 'plus
VAT', 'p&p', 'lead time 3-4 weeks from receipt of order', 'quote valid 30 days', '31st July 2026', prices per 100, per
1,000, per pack of 10, per box of 1,000 and per 305 m drum, tier ladders in prose, typed tables, an HTML price table
with '120 off / 250 off' columns, Outlook signatures with company registration and VAT numbers, one-off setting,
programming, label set-up and pattern charges and an LME surcharge clause (notes), batch and full-drum quantities, a
minimum batch above the quantity, stockists quoting only what is on the shelf (12,500 of 20,000 screws), a
house-brand cylinder (alternate), a foundry lead time past the need-by, 7-day validities, a Dublin wholesaler's full
no-bid and an Irish sheet-metal shop that only asks questions (classification "question").
Formats: plain text in UTF-8, windows-1252 and ISO-8859-1 (8bit and quoted-printable), HTML only,
multipart/alternative, a CSV, two XLSX workbooks and two PDFs with a text layer.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, pdf, table_page, xlsx  # expected-line shapes, PDF writer and page, workbook writer
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; date and amount helpers
from make_blind5 import check_page, file_part, multipart, text_part  # MIME parts and the PDF page check
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(577)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


# The sample RFQ as Nora Reyes sent it on Wed 3 Jun 2026 (quoted below some replies; same quantities as the RFQ).
SAMPLE_RFQ_LINES = [
    ("Line", "Part number", "Description", "Qty", "Unit", "Need by"),
    ("1", "GSK-EPDM-80", "Gasket EPDM 70 ShA, die-cut, 80 x 62 x 3", "5,000", "EA", "2026-08-03"),
    ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR, black", "1,500", "M", "2026-07-20"),
    ("3", "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "20,000", "EA", "2026-07-13"),
    ("4", "PLT-0915-R2", "Motor base plate, 10 mm 6082-T6, CNC", "120", "EA", "2026-08-17"),
    ("5", "SPR-C0630-302", "Compression spring 302 SS 0.6 x 6.3 x 30", "8,000", "EA", "2026-07-27")]
SAMPLE_RFQ = ("Please quote the items below by June 12, 2026 (unit price, lead time, validity, Incoterms).\n\n"
              + "\n".join(f"{ln:<6}{pn:<16}{d:<44}{q:>7}  {u:<5} {nb}" for ln, pn, d, q, u, nb in SAMPLE_RFQ_LINES)
              + "\n\nRegards,\nNora Reyes\nPurchasing, Northridge Automation")


def quoted(text):
    """The buyer's message as an '> ' quote below a reply."""
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u577 a Walsall fastener house, plain text in windows-1252 ("£"), with the buyer's RFQ quoted below with "> ". Screws
# only, a tier ladder "per 100": 1,000+ £3.10 / 10,000+ £2.86 / 25,000+ £2.64; the 20,000 asked falls in the 10,000+
# tier (10,000 <= 20,000 < 25,000) -> 2.86 / 100 = 0.0286 GBP; "boxes of 500 (40 boxes)" = 20,000, as asked -> null;
# "Ex-stock" -> 0. "Lines 1, 2, 4 and 5 - no quote" -> declined. "Prices are ex-works Walsall (EXW), plus VAT" -> EXW
# (VAT is a remark); "carriage paid on orders over £250" is a shipping remark. "Quote valid 30 days" from Fri 5 Jun ->
# 2026-07-05 (not short). GBP against the USD RFQ -> currency-differs. Partial, no-bid.
assert 10000 <= 20000 < 25000 and close(2.86 / 100, 0.0286) and 40 * 500 == 20000 and plus("2026-06-05", 30) == "2026-07-05"
sample("u577-walsall-screws-per-100-tiers-cp1252", S.msg("Dave Mellor <dave.mellor@walsall-fastener.example>", "text/plain", """Hi Nora,

Thanks for the enquiry. We can only help with the socket screws I'm afraid - pricing below in GBP.

SCR-M4X10-A2   Socket cap screw M4 x 10, ISO 4762 / DIN 912, A2-70 stainless

   Qty            Price per 100
   1,000+         £3.10
   10,000+        £2.86
   25,000+        £2.64

Your 20,000 off comes in at the 10,000+ rate. Packed in boxes of 500 (40 boxes). Ex-stock.

Lines 1, 2, 4 and 5 - no quote, not products we stock.

Prices are ex-works Walsall (EXW), plus VAT where applicable. We can arrange carriage to your
forwarder at cost; carriage paid on UK orders over £250.
Quote valid 30 days.

Kind regards

Dave Mellor
Sales Office
Walsall Fastener Supplies Ltd
Unit 4, Darlaston Road Industrial Estate, Walsall, West Midlands WS2 9RX
Tel: 01922 555014  |  Fax: 01922 555015
Registered in England & Wales No. 04417823  |  VAT Reg No. GB 812 4471 09

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: 03 June 2026 15:41
To: sales@walsall-fastener.example
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + quoted("Hello,\n\n" + SAMPLE_RFQ) + "\n", charset="windows-1252"),
       "partial", "GBP", "2026-07-05", "EXW",
       [nob(1), nob(2), line(3, 0.0286, "GBP", lead=0), nob(4), nob(5)],
       ["currency-differs", "no-bid"])


# u578 a Cork CNC subcontract shop, HTML only (quoted-printable), EUR. Only the motor base plate, in a table with
# "120 off" / "250 off" columns: the 120 asked -> EUR 46.75 each (250 off EUR 41.20 does not apply). "3-4 weeks from
# receipt of order" -> upper bound 28 (Jul 3, before Aug 17). "One-off programming and first-off inspection charge:
# EUR 185.00" -> note. The other four lines are never mentioned -> missing-line. "exclusive of VAT" is a remark;
# "Quotation valid 30 days" -> 2026-07-05 (not short); "EXW Little Island, Co. Cork (Incoterms 2020)" -> EXW. EUR
# against USD -> currency-differs. The company and VAT numbers in the signature are not prices. Partial.
assert plus("2026-06-05", 28) == "2026-07-03" and 120 < 250
sample("u578-cork-html-off-columns-programming-charge", S.msg("Siobhán Walsh <swalsh@leeside-cnc.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0;font-family:"Calibri",sans-serif;font-size:11pt}</style></head>
<body lang="EN-IE"><div class="WordSection1">
<p class="MsoNormal">Hi Nora,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks for sending on NR-RFQ-0619. Please see our quotation for the machined base plate below - we&#8217;d be glad to look at any other machined parts you have coming up.</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#8EA9DB;font-family:Calibri,sans-serif;font-size:10pt">
<tr style="background:#D9E1F2"><th>Part No.</th><th>Description</th><th>120 off</th><th>250 off</th><th>Lead time</th></tr>
<tr><td>PLT-0915-R2</td><td>Motor base plate, 10 mm 6082-T6, CNC milled, 4 x M6 tapped, deburred</td><td>&euro;46.75 each</td><td>&euro;41.20 each</td><td>3-4 weeks from receipt of order</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">One-off programming and first-off inspection charge: &euro;185.00</p>
<p class="MsoNormal">All prices are exclusive of VAT. Quotation valid 30 days.<br>
Delivery: EXW Little Island, Co. Cork (Incoterms 2020).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal"><b>Siobh&aacute;n Walsh</b><br>Estimating<br>Leeside CNC Engineering Ltd<br>
Unit 12, Little Island Business Park, Co. Cork, T45 XK22<br>T: +353 21 555 0178 | M: +353 87 555 0179<br>
<span style="font-size:8pt;color:#7F7F7F">Registered in Ireland No. 412873 | VAT No. IE 6412873K | Directors: S. Walsh, P. Murphy</span></p>
</div></body></html>""", cte="quoted-printable"),
       "partial", "EUR", "2026-07-05", "EXW",
       [line(4, 46.75, "EUR", lead=28)],
       ["currency-differs", "missing-line", "note"])


# u579 a Paisley spring maker, multipart/alternative (text + HTML), GBP. Springs "£61.20 per 1,000" -> 0.0612 GBP; "we
# coil in batches of 2,500 so we have quoted 10,000 off (4 batches) rather than the 8,000" -> quantity 10000
# (quantity-differs); "Lead time 4 weeks" -> 28 (Jul 3, before Jul 27). "We cannot supply the gaskets, cable, screws or
# base plate" -> lines 1 to 4 declined. "Prices held until 31st July 2026" -> 2026-07-31 (not short); "FCA Paisley
# (Incoterms 2020)" -> FCA; "plus VAT" is a remark. GBP -> currency-differs. Partial.
assert close(61.20 / 1000, 0.0612) and 4 * 2500 == 10000 and 3 * 2500 < 8000 and plus("2026-06-05", 28) == "2026-07-03"
U579_TEXT = """Hello Nora,

Many thanks for your enquiry NR-RFQ-0619. Our quotation for the compression spring is as follows:

Part No:    SPR-C0630-302
Spec:       Compression spring, 302 stainless, 0.6 mm wire, 6.3 mm OD, 30 mm free length, ends closed & ground
Quantity:   10,000 off
Price:      £61.20 per 1,000
Lead time:  4 weeks

Please note we coil in batches of 2,500, so we have quoted 10,000 off (4 batches) rather than the 8,000.

We cannot supply the gaskets, cable, screws or base plate - sorry we can't be more help on those.

Prices held until 31st July 2026, FCA Paisley (Incoterms 2020), plus VAT where applicable.

Best regards,
Fiona Craig
Sales Engineer
Clyde Spring Company Ltd
14 Abercorn Street, Paisley PA3 4AY, Scotland
Tel 0141 555 0163
Registered in Scotland SC214876
"""
U579_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Nora,</p>
<p>Many thanks for your enquiry NR-RFQ-0619. Our quotation for the compression spring is as follows:</p>
<table cellspacing="0" cellpadding="2" style="font-family:Arial,sans-serif;font-size:10pt">
<tr><td><b>Part No:</b></td><td>SPR-C0630-302</td></tr>
<tr><td><b>Spec:</b></td><td>Compression spring, 302 stainless, 0.6 mm wire, 6.3 mm OD, 30 mm free length, ends closed &amp; ground</td></tr>
<tr><td><b>Quantity:</b></td><td>10,000 off</td></tr>
<tr><td><b>Price:</b></td><td>&pound;61.20 per 1,000</td></tr>
<tr><td><b>Lead time:</b></td><td>4 weeks</td></tr>
</table>
<p>Please note we coil in batches of 2,500, so we have quoted 10,000 off (4 batches) rather than the 8,000.</p>
<p>We cannot supply the gaskets, cable, screws or base plate - sorry we can't be more help on those.</p>
<p>Prices held until 31st July 2026, FCA Paisley (Incoterms 2020), plus VAT where applicable.</p>
<p>Best regards,<br>Fiona Craig<br>Sales Engineer<br>Clyde Spring Company Ltd<br>14 Abercorn Street, Paisley PA3 4AY, Scotland<br>
Tel 0141 555 0163<br><span style="font-size:8pt">Registered in Scotland SC214876</span></p>
</body></html>"""
sample("u579-paisley-springs-batches-of-2500-alt", S.alternative("Fiona Craig <fiona.craig@clyde-spring.example>", U579_TEXT, U579_HTML),
       "partial", "GBP", "2026-07-31", "FCA",
       [nob(1), nob(2), nob(3), nob(4), line(5, 0.0612, "GBP", qty=10000, lead=28)],
       ["currency-differs", "no-bid", "quantity-differs"])


# u580 a Huddersfield engineering distributor, XLSX with "Price £" and "Per" columns, all five lines, GBP.
# Gasket 182.50 per 1000 -> 0.1825, "3-4 wks" -> 28 (Jul 3, before Aug 3). Cable 414.80 per "305 m drum" -> 414.80 / 305
# = 1.36 per m; "full drums only - 5 drums (1,525 m)" -> quantity 1525 (quantity-differs); "ex-stock" -> 0. Screws 2.94
# per 100 -> 0.0294, "stock" -> 0. Plate 39.85 per 1 -> 39.85, "6 wks" -> 42 (Jul 17, before Aug 17). Springs 66.40 per
# 1000 -> 0.0664, "10 working days" -> 14 (Jun 19, before Jul 27). Body: "CIP Reno, NV (Incoterms 2020)", "Quote valid
# 30 days" -> 2026-07-05 (not short); "prices exclude VAT" a remark. GBP -> currency-differs. Every line priced -> parsed.
assert close(414.80 / 305, 1.36) and 5 * 305 == 1525 and 4 * 305 < 1500 and close(182.50 / 1000, 0.1825)
assert close(2.94 / 100, 0.0294) and close(66.40 / 1000, 0.0664) and workdays(10) == 14 and plus("2026-06-05", 42) == "2026-07-17"
U580_XLSX = xlsx([
    ["Pennine Engineering Supplies Ltd - Quotation PQ-260605-03"],
    ["Customer: Northridge Automation", "", "", "Your ref: NR-RFQ-0619"], [""],
    ["Line", "Part No", "Description", "Qty", "Unit", "Price £", "Per", "Lead time"],
    [1, "GSK-EPDM-80", "Gasket EPDM 70 80x62x3 die-cut", 5000, "EA", 182.5, "1000", "3-4 wks"],
    [2, "CBL-4C22-PUR", "Cable 4x22AWG scrd PUR blk", 1525, "M", 414.8, "305 m drum", "ex-stock"],
    [3, "SCR-M4X10-A2", "Skt cap scr M4x10 A2-70", 20000, "EA", 2.94, "100", "stock"],
    [4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", 39.85, "1", "6 wks"],
    [5, "SPR-C0630-302", "Comp spring 302ss 0.6x6.3x30", 8000, "EA", 66.4, "1000", "10 working days"],
    [""], ["Cable supplied in full 305 m drums only - 5 drums (1,525 m) quoted against 1,500 m requested."],
    ["All prices exclude VAT. E&OE."],
])
sample("u580-huddersfield-xlsx-per-column-full-drums", S.with_attachment("Gareth Holroyd <gareth.holroyd@pennine-eng.example>", """Hi Nora,

Please find our quotation PQ-260605-03 attached, all five lines priced in GBP.

Delivery CIP Reno, NV (Incoterms 2020). Quote valid 30 days.

Any questions give me a shout.

Regards
Gareth Holroyd
Internal Sales | Pennine Engineering Supplies Ltd
Leeds Road, Huddersfield HD2 1YY | 01484 555 092
Registered in England No. 02938814""", XLSX, "PQ-260605-03.xlsx", U580_XLSX),
       "parsed", "GBP", "2026-07-05", "CIP",
       [line(1, 0.1825, "GBP", lead=28), line(2, 1.36, "GBP", qty=1525, lead=0), line(3, 0.0294, "GBP", lead=0),
        line(4, 39.85, "GBP", lead=42), line(5, 0.0664, "GBP", lead=14)],
       ["currency-differs", "quantity-differs"])


# u581 a Leeds stockist quoting only what is on the shelf, in US dollars ("Prices in US dollars as requested" -> USD,
# the RFQ's currency). Screws: "we hold 12,500 pcs in stock and can offer those at $31.50 per 1,000 ... no offer on the
# balance" -> quantity 12500 (quantity-differs), 31.50 / 1,000 = 0.0315, from stock -> 0. Springs "8,000 pcs from stock
# at $0.074 each" -> 0.074, as asked -> null, 0. Gaskets, cable and plate are never mentioned -> missing-line. "quote
# valid 7 days" from Fri 5 Jun -> 2026-06-12, earlier than Jun 26 -> validity-short. "FCA Leeds (Incoterms 2020)" ->
# FCA; "p&p" on samples is a packing remark. Partial.
assert close(31.50 / 1000, 0.0315) and 12500 + 7500 == 20000 and plus("2026-06-05", 7) == "2026-06-12"
sample("u581-leeds-stockist-part-stock-screws-usd", S.msg("Karen Booth <karen@kirkstall-stockholders.example>", "text/plain", """Hi Nora,

We're a stockist rather than a manufacturer, so I've only quoted what we actually have on the shelf today:

SCR-M4X10-A2 (M4 x 10 socket cap, A2) - we hold 12,500 pcs in stock and can offer those at $31.50 per 1,000.
Our supplier can't get us the balance of 7,500 before September, so no offer on the balance I'm afraid.

SPR-C0630-302 (comp spring 302 s/s) - 8,000 pcs from stock at $0.074 each.

Prices in US dollars as requested. Stock is offered subject to remaining unsold, so this quote is valid 7 days.
FCA Leeds (Incoterms 2020). If you'd like a couple of samples first we can post them, p&p free.

Thanks
Karen

Karen Booth
Kirkstall Fixings & Stockholding Ltd
Unit 7 Kirkstall Industrial Park, Leeds LS5 3BT
0113 555 0127
Registered in England and Wales 06123984. VAT GB 905 1183 27.
"""),
       "partial", "USD", "2026-06-12", "FCA",
       [line(3, 0.0315, qty=12500, lead=0), line(5, 0.074, lead=0)],
       ["missing-line", "quantity-differs", "validity-short"])


# u582 a Dublin cable wholesaler, multipart/alternative: "we must decline to quote on this occasion" for the whole RFQ
# (Irish and UK market only) above the buyer's RFQ quoted with its quantities -> every line declined: five noBid lines,
# currency / validUntil / incoterms null, status no-bid, kinds {no-bid}. The cable named in the reason is not a quote.
U582_TEXT = """Dear Nora,

Thank you for the opportunity to quote on NR-RFQ-0619.

Unfortunately we must decline to quote on this occasion. We supply cable and electrical accessories to the
Irish and UK market only and don't export to the US, and the mechanical items are outside our range in any case.

We'd be happy to help should you ever need supply into Ireland.

Kind regards,
Ciarán Doyle
Liffey Cable & Electrical Wholesale Ltd
Unit 3, Ballymount Industrial Estate, Dublin 12, D12 R2Y6
T: +353 1 555 0192
Registered in Ireland No. 287451

On Wed, 3 Jun 2026 at 15:41, Nora Reyes <nreyes@northridge.example> wrote:
""" + quoted("Hello,\n\n" + SAMPLE_RFQ) + "\n"
U582_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Nora,</p>
<p>Thank you for the opportunity to quote on NR-RFQ-0619.</p>
<p>Unfortunately we must decline to quote on this occasion. We supply cable and electrical accessories to the
Irish and UK market only and don't export to the US, and the mechanical items are outside our range in any case.</p>
<p>We'd be happy to help should you ever need supply into Ireland.</p>
<p>Kind regards,<br>Ciar&aacute;n Doyle<br>Liffey Cable &amp; Electrical Wholesale Ltd<br>Unit 3, Ballymount Industrial Estate, Dublin 12, D12 R2Y6<br>
T: +353 1 555 0192<br>Registered in Ireland No. 287451</p>
<div>On Wed, 3 Jun 2026 at 15:41, Nora Reyes &lt;nreyes@northridge.example&gt; wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex"><pre>""" + SAMPLE_RFQ + """</pre></blockquote>
</body></html>"""
sample("u582-dublin-wholesaler-full-decline-alt", S.alternative("Ciarán Doyle <cdoyle@liffey-cable.example>", U582_TEXT, U582_HTML),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u583 a Trafford Park bearing factor, plain text, with an Outlook "From:/Sent:/To:/Subject:" block and the buyer's RFQ
# table below it. Bearings "SKF, as specified ... £2.94 each, ex-stock" -> 2.94 GBP, 0, no alternate. O-rings
# "£16.80 per 1,000 ... 3-4 weeks from receipt of order" -> 0.0168, 28 (Jul 10, before Aug 17). "Resin, aluminium sheet,
# hose and seal kits - no quote" -> lines 1, 2, 5, 6 declined. "ex-works Trafford Park (EXW), plus VAT" -> EXW; "Quote
# valid 30 days" from Fri 12 Jun -> 2026-07-12 (not short). GBP -> currency-differs. Partial.
assert close(16.80 / 1000, 0.0168) and plus("2026-06-12", 28) == "2026-07-10" and plus("2026-06-12", 30) == "2026-07-12"
blind("u583-trafford-bearings-orings-outlook-history", H.msg("Steve Rowlands <steve.rowlands@irwell-bearings.example>", "text/plain", """Hi Lena,

Thanks for the enquiry, please see below our best prices in GBP.

BRG 6205-2RS    Ball bearing 6205-2RS C3 - SKF, as specified    400 off       £2.94 each         ex-stock
OR-0120-NBR70   O-ring 12 x 2 NBR 70 black                      50,000 off    £16.80 per 1,000   3-4 weeks from receipt of order

Resin, aluminium sheet, hose and seal kits - no quote, not our line.

All prices ex-works Trafford Park (EXW), plus VAT. Carriage can be quoted on request.
Quote valid 30 days.

Cheers
Steve

Steve Rowlands
Irwell Bearings & Transmission Ltd
Westinghouse Road, Trafford Park, Manchester M17 1PJ
T 0161 555 0148  M 07700 900148
Registered in England & Wales No. 03356120

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: 10 June 2026 14:22
To: Sales <sales@irwell-bearings.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hello,

Please quote the following by June 19, 2026:

""" + H.RFQ_TABLE + """

Thank you,
Lena Marsh
Purchasing, Halvorsen Manufacturing
"""),
       "partial", "GBP", "2026-07-12", "EXW",
       [nob(1), nob(2), line(3, 2.94, "GBP", lead=0), line(4, 0.0168, "GBP", lead=28), nob(5), nob(6)],
       ["currency-differs", "no-bid"])


# u584 a Tamworth aluminium stockholder, HTML only: sheet "£131.25 per sheet", 90 sheets as asked -> null, "2-3 weeks" ->
# 21 (Jul 3, before Aug 10). "Prices are subject to an LME aluminium surcharge, adjusted at date of despatch" -> a
# surcharge that may be added later: note. The other five lines are never mentioned -> missing-line. "Quote valid 7 days"
# from Fri 12 Jun -> 2026-06-19, earlier than Jul 3 -> validity-short. "FCA Tamworth (Incoterms 2020)" -> FCA. The
# sheet weight "approx. 25 kg" is not a price. GBP -> currency-differs. Partial.
assert plus("2026-06-12", 21) == "2026-07-03" and plus("2026-06-12", 7) == "2026-06-19"
blind("u584-tamworth-html-sheet-lme-surcharge-7-days", H.msg("Jason Pritchard <jpritchard@tamevalley-alu.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Good afternoon Lena,</p>
<p>Further to your enquiry HM-RFQ-2611, please find our quotation for the aluminium sheet:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#FCE4D6"><th>Your part no.</th><th>Spec</th><th>Qty</th><th>Price</th><th>Lead time</th></tr>
<tr><td>SHT-5052H32-030</td><td>5052-H32 sheet 3.0 x 1250 x 2500 mm, PVC one side (approx. 25 kg/sheet)</td><td>90 sheets</td><td>&pound;131.25 per sheet</td><td>2-3 weeks</td></tr>
</table>
<p>Prices are subject to an LME aluminium surcharge, adjusted at date of despatch.<br>
Quote valid 7 days owing to current metal prices. FCA Tamworth (Incoterms 2020). All prices plus VAT.</p>
<p>Regards,<br>Jason Pritchard<br>Tame Valley Aluminium Stockholders Ltd<br>Two Gates Trading Estate, Tamworth B77 1EW<br>
Tel: 01827 555 061<br><small>Registered in England No. 05572310. VAT No. GB 873 2210 45.</small></p>
</body></html>""", cte="quoted-printable"),
       "partial", "GBP", "2026-06-19", "FCA",
       [line(2, 131.25, "GBP", lead=21)],
       ["currency-differs", "missing-line", "note", "validity-short"])


# u585 a Neath hose shop, plain text in ISO-8859-1 ("£"), a ragged typed table. Hose "£4.85 /m", 800 m "in 50 m coils
# (16 coils)" = 800 as asked -> null, "ex-stock" -> 0. O-rings "£21.50 per box of 1,000" -> 0.0215, 50,000 = 50 boxes,
# as asked -> null, "5 working days" -> 7 (Jun 19, before Aug 17). Resin, sheet, bearings and kits never mentioned ->
# missing-line. "Valid until 10th July 2026" -> 2026-07-10 (not short: Jul 10 >= Jul 3). "CPT Chicago, IL (Incoterms
# 2020) - carriage paid to Chicago" -> CPT. GBP -> currency-differs. Partial.
assert close(21.50 / 1000, 0.0215) and 16 * 50 == 800 and workdays(5) == 7 and days("2026-06-12", "2026-07-10") == 28
blind("u585-neath-hose-coils-orings-box-latin1", H.msg("Rhys Evans <rhys.evans@neath-hose.example>", "text/plain", """Afternoon Lena,

Thanks for the RFQ, we can do the hose and the o-rings for you. Prices in GBP:

Part No          Description                     Qty         Price                  Lead time
HSE-2SN-08       2SN 1/2" (DN12) hose, 275 bar   800 m       £4.85 /m               ex-stock
OR-0120-NBR70    O-ring 12 x 2 NBR 70 blk        50,000      £21.50 per box of 1,000   5 working days

Hose will be supplied in 50 m coils (16 coils), o-rings 50 boxes.

Valid until 10th July 2026.  CPT Chicago, IL (Incoterms 2020) - carriage paid to Chicago.
Prices exclude VAT.

Diolch / Thanks
Rhys Evans
Neath Hydraulic & Hose Ltd
Milland Road Ind. Est., Neath SA11 1NJ
01639 555 083
Registered in Wales No. 07244519
""", charset="iso-8859-1"),
       "partial", "GBP", "2026-07-10", "CPT",
       [line(4, 0.0215, "GBP", lead=7), line(5, 4.85, "GBP", lead=0)],
       ["currency-differs", "missing-line"])


# u586 a Lisburn seal-kit assembler, CSV attachment (","), GBP. Resin, sheet, bearings, hose "No quote" -> declined.
# O-rings 1.95 "per 100" -> 0.0195, "3 weeks" -> 21 (Jul 3, before Aug 17). Seal kit 27.40 per kit (the RFQ's SET),
# "Minimum batch 200 kits" -> moq 200, above the 150 asked -> moq-above-quantity; the quantity column restates 150 ->
# null; "6-8 weeks" -> 56 (Aug 7, before Sep 21). Body: "a one-off setting charge of £95.00 applies to the kit line
# (label artwork and bagging set-up)" -> note. "plus VAT, ex-works Lisburn (EXW)" -> EXW; "Quote valid 30 days" ->
# 2026-07-12 (not short). GBP -> currency-differs. Partial.
assert close(1.95 / 100, 0.0195) and 200 > 150 and plus("2026-06-12", 56) == "2026-08-07"
U586_ROWS = [["Line", "Part number", "Description", "Qty", "UoM", "Price GBP", "Per", "Lead time", "Notes"],
             [1, "RES-PA66-GF30", "PA66 GF30 resin", "2500", "KG", "", "", "", "No quote"],
             [2, "SHT-5052H32-030", "Alu sheet 5052 3mm", "90", "EA", "", "", "", "No quote"],
             [3, "BRG 6205-2RS", "Bearing 6205-2RS C3", "400", "EA", "", "", "", "No quote"],
             [4, "OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR70 black", "50000", "EA", "1.95", "100", "3 weeks", ""],
             [5, "HSE-2SN-08", "Hose 2SN DN12", "800", "M", "", "", "", "No quote"],
             [6, "KIT-PX200-SEAL", "Seal kit PX-200 (2 lip seals, 4 O-rings, 1 gasket), bagged & labelled", "150", "SET",
              "27.40", "1 kit", "6-8 weeks", "Minimum batch 200 kits"]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U586_ROWS)
blind("u586-lisburn-csv-kit-min-batch-setting-charge", H.with_attachment("Niamh McCartney <niamh@lagan-seals.example>", """Hi Lena,

Quotation LS-4471 attached as CSV against HM-RFQ-2611.

Please note a one-off setting charge of £95.00 applies to the kit line (label artwork and bagging set-up).

All prices plus VAT, ex-works Lisburn (EXW). Quote valid 30 days.

Kind regards
Niamh McCartney
Lagan Seals & Gaskets Ltd
Unit 9, Knockmore Hill Industrial Park, Lisburn BT28 2EX, Northern Ireland
Tel: 028 9255 0194
Registered in Northern Ireland No. NI061237""", "text/csv", "LS-4471.csv", _buf.getvalue().encode("utf-8")),
       "partial", "GBP", "2026-07-12", "EXW",
       [nob(1), nob(2), nob(3), line(4, 0.0195, "GBP", lead=21), nob(5), line(6, 27.40, "GBP", lead=56, moq=200)],
       ["currency-differs", "moq-above-quantity", "no-bid", "note"])


# u587 a Shannon resin distributor, PDF with a text layer under a short cover note, EUR. Tier rows per kg: "1,000 -
# 2,999 kg" 3.12 / "3,000 kg +" 2.98; the 2,500 kg asked (100 bags) falls in the first tier -> 3.12 EUR/kg (the RFQ
# unit is KG); "2-3 weeks from receipt of order" -> 21 (Jul 3, before Jul 20). "No quote on lines 2 to 6" -> declined.
# "Prices valid until 30 June 2026" -> earlier than Jul 3 -> validity-short. "CIP Chicago, IL (Incoterms 2020)" -> CIP.
# EUR against USD -> currency-differs. Partial.
assert 1000 <= 2500 <= 2999 and 100 * 25 == 2500 and plus("2026-06-12", 21) == "2026-07-03"
U587_PAGE = check_page(table_page(
    "Shannon Polymers Ltd - Quotation SP-Q-26-0388",
    ["Product", "Description", "Quantity", "Price EUR/kg", "Lead time"],
    [["RES-PA66-GF30", "PA66 GF30 heat stab., black", "1,000 - 2,999 kg", "3.12", "2-3 weeks"],
     ["", "25 kg bags", "3,000 kg +", "2.98", ""]],
    ["Customer: Halvorsen Manufacturing - your enquiry HM-RFQ-2611 (Attn. Lena Marsh)",
     "Your requirement: 2,500 kg (100 bags). Lead time 2-3 weeks from receipt of order.",
     "No quote on lines 2 to 6 of your enquiry - outside our product range.",
     "Prices valid until 30 June 2026. CIP Chicago, IL (Incoterms 2020).",
     "Shannon Polymers Ltd, Smithstown Industrial Estate, Shannon, Co. Clare. Tel +353 61 555 0137",
     "Registered in Ireland No. 338102. VAT No. IE 9338102R."],
    [95, 150, 95, 80, 80]))
blind("u587-shannon-pdf-resin-kg-tiers-eur-short", H.with_attachment("Declan Hogan <dhogan@shannon-polymers.example>", """Hi Lena,

Please see attached our quotation SP-Q-26-0388 for the PA66 GF30.

Regards,
Declan Hogan
Shannon Polymers Ltd""", PDF, "SP-Q-26-0388.pdf", pdf([U587_PAGE])),
       "partial", "EUR", "2026-06-30", "CIP",
       [line(1, 3.12, "EUR", lead=21), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid", "validity-short"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u588 a Galway turning shop, multipart/alternative, EUR (the RFQ's currency). Shaft "EUR 38.90 each, 250 off", "7-8
# weeks from receipt of order" -> 56 (Aug 10, before Aug 28); "a one-off setting charge of EUR 240.00" -> note. Bracket
# set "EUR 24.60 per set, 150 sets", 5 weeks -> 35 (Jul 20, before Oct 9). Housing, fitting and cylinder never
# mentioned -> missing-line. "reverse charge" is a VAT remark; "Quote valid 30 days" from Mon 15 Jun -> 2026-07-15 (not
# short); "EXW Galway (Incoterms 2020)" -> EXW. Partial.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 35) == "2026-07-20" and plus("2026-06-15", 30) == "2026-07-15"
U588_TEXT = """Hi Jonas,

Thanks for the enquiry, happy to quote the turned shaft and the bracket sets:

SH-2231-C rev B - drive shaft 42CrMo4 Q+T, turned & ground 30 h6 x 412, keyway 8 P9
    €38.90 each, 250 off
    Lead time 7-8 weeks from receipt of order
    A one-off setting charge of €240.00 applies (CNC set-up and grinding fixture)

2231-004-03 - sensor bracket set (L + R, screws incl.), 6082 T6 black anodised
    €24.60 per set, 150 sets
    Lead time 5 weeks

Prices are exclusive of VAT (reverse charge for intra-EU supply). Quote valid 30 days.
EXW Galway (Incoterms 2020).

Regards,
Pádraig Ó Súilleabháin
Corrib Precision Engineering Ltd
Parkmore Business Park West, Galway H91 P2DK
+353 91 555 0115
Registered in Ireland No. 501992
"""
U588_HTML = """<div dir="ltr" style="font-family:Arial,sans-serif;font-size:10pt">
<div>Hi Jonas,</div><div><br></div>
<div>Thanks for the enquiry, happy to quote the turned shaft and the bracket sets:</div><div><br></div>
<div><b>SH-2231-C rev B</b> - drive shaft 42CrMo4 Q+T, turned &amp; ground 30 h6 x 412, keyway 8 P9</div>
<ul><li>&euro;38.90 each, 250 off</li><li>Lead time 7-8 weeks from receipt of order</li>
<li>A one-off setting charge of &euro;240.00 applies (CNC set-up and grinding fixture)</li></ul>
<div><b>2231-004-03</b> - sensor bracket set (L + R, screws incl.), 6082 T6 black anodised</div>
<ul><li>&euro;24.60 per set, 150 sets</li><li>Lead time 5 weeks</li></ul>
<div>Prices are exclusive of VAT (reverse charge for intra-EU supply). Quote valid 30 days.<br>EXW Galway (Incoterms 2020).</div>
<div><br></div>
<div>Regards,<br>P&aacute;draig &Oacute; S&uacute;illeabh&aacute;in<br>Corrib Precision Engineering Ltd<br>Parkmore Business Park West, Galway H91 P2DK<br>
+353 91 555 0115<br>Registered in Ireland No. 501992</div>
</div>"""
blind2("u588-galway-shaft-setting-charge-brackets-alt", V.alternative("Pádraig Ó Súilleabháin <padraig@corrib-precision.example>",
                                                                     U588_TEXT, U588_HTML, "=_b37_corrib_0615"),
       "partial", "EUR", "2026-07-15", "EXW",
       [line(1, 38.90, "EUR", lead=56), line(5, 24.60, "EUR", lead=35)],
       ["missing-line", "note"])


# u589 a Derbyshire foundry, PDF with a text layer, GBP. Housing break rows "25 off £1,064.00 / 50 off £982.00 each" ->
# the 25 asked -> 1,064.00 GBP; "14-15 weeks" -> 105 (Sep 28, before Oct 2). "One-off pattern equipment charge
# £2,850.00" -> note. "Items 1, 3, 4 and 5: no quote (not castings)" -> declined. "This quotation is valid for 60 days"
# from Mon 15 Jun -> 2026-08-14 (not short); "FCA Ripley, Derbyshire (Incoterms 2020)" -> FCA. GBP against the EUR RFQ ->
# currency-differs. Partial.
assert plus("2026-06-15", 105) == "2026-09-28" and days("2026-06-15", "2026-10-02") == 109 and plus("2026-06-15", 60) == "2026-08-14"
U589_PAGE = check_page(table_page(
    "Amber Valley Castings Ltd - Quotation AVC/Q/2614",
    ["Item", "Part No.", "Description", "Qty", "Price each", "Lead time"],
    [["2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "25 off", "£1,064.00", "14-15 weeks"],
     ["", "", "machined complete, RAL 7035 primer", "50 off", "£982.00", ""]],
    ["Your enquiry VM-RFQ-4418 (Vossberg Maschinenbau GmbH, Mr J. Albers)",
     "One-off pattern equipment charge: £2,850.00 (pattern remains your property).",
     "Items 1, 3, 4 and 5: no quote (not castings).",
     "Prices in GBP, FCA Ripley, Derbyshire (Incoterms 2020). Plus VAT where applicable.",
     "This quotation is valid for 60 days.",
     "Amber Valley Castings Ltd, Butterley Works, Ripley DE5 3QL. Tel 01773 555 071",
     "Registered in England No. 01187734. VAT Reg. GB 118 7734 21."],
    [35, 85, 185, 50, 70, 70]))
blind2("u589-derbyshire-foundry-pdf-pattern-gbp", V.message("Ian Whitworth <ian.whitworth@ambervalley-castings.example>", multipart("mixed", "=_b37_avc_2614", [
        text_part("text/plain", """Dear Jonas,

Please find attached our quotation AVC/Q/2614 for the gearbox housing.

Best regards
Ian Whitworth
Commercial Manager
Amber Valley Castings Ltd
"""),
        file_part(PDF, "AVC-Q-2614.pdf", pdf([U589_PAGE]))])),
       "partial", "GBP", "2026-08-14", "FCA",
       [nob(1), line(2, 1064.00, "GBP", lead=105), nob(3), nob(4), nob(5)],
       ["currency-differs", "no-bid", "note"])


# u590 a Southampton pneumatics distributor, plain text with the buyer's RFQ quoted below ("> "), GBP. Fitting "£41.20
# per pack of 10 - 200 packs = 2,000 pcs" -> 4.12 GBP each, as asked -> null, "ex-stock" -> 0. Cylinder: "we offer the
# equivalent from our own range, part no. SP-ISO-32-80-ACS" -> alternatePartNumber (alternate-part); prose ladder
# "1-49 off £71.20 / 50-99 off £66.80 / 100+ off £62.40 each" -> the 120 asked -> 62.40; "3-4 weeks" -> 28 (Jul 13,
# before Sep 11). Shaft, housing and bracket set never mentioned -> missing-line. "Quote valid 30 days" -> 2026-07-15
# (not short); "DAP Bielefeld (Incoterms 2020), carriage paid" -> DAP. GBP -> currency-differs. Partial.
assert close(41.20 / 10, 4.12) and 200 * 10 == 2000 and 120 >= 100 and plus("2026-06-15", 28) == "2026-07-13"
V_RFQ = "\n".join(f"{ln:<6}{pn:<22}{d:<40}{q:>6}  {u:<5} {nb}" for ln, pn, d, q, u, nb in
                  [("Line", "Part number", "Description", "Qty", "Unit", "Need by")] + list(V.RFQ_ROWS))
blind2("u590-solent-pneumatics-own-brand-cylinder-pack-of-10", V.msg("Mark Ellery <mark.ellery@solent-pneumatics.example>", "text/plain", """Hi Jonas,

Re your RFQ VM-RFQ-4418 - we can offer the fittings and the cylinder. Prices in GBP.

Item 3 - FIT-316-G12-10 male stud connector G1/2 - 10 mm tube, 316 stainless
    £41.20 per pack of 10 - 200 packs = 2,000 pcs
    ex-stock

Item 4 - DSBC-32-80-PPVA-N3: we offer the equivalent from our own range, part no. SP-ISO-32-80-ACS
    (ISO 15552, 32 bore x 80 stroke, adjustable air cushioning, magnetic piston)
    1-49 off £71.20 / 50-99 off £66.80 / 100+ off £62.40 each
    Lead time 3-4 weeks

Quote valid 30 days. DAP Bielefeld (Incoterms 2020), carriage paid. Prices exclude VAT.

Regards,
Mark Ellery
Technical Sales
Solent Pneumatics Ltd
Unit 22, Nursling Industrial Estate, Southampton SO16 0YB
Tel: 023 8055 0139
Registered in England No. 04720518

On 10 Jun 2026, at 09:30, Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
""" + quoted("Dear Sir or Madam,\n\nplease quote the items below by June 26, 2026 (unit price in EUR, lead time, "
             "Incoterms and validity).\n\n" + V_RFQ + "\n\nKind regards,\nJonas Albers\nPurchasing, Vossberg Maschinenbau GmbH") + "\n"),
       "partial", "GBP", "2026-07-15", "DAP",
       [line(3, 4.12, "GBP", lead=0), line(4, 62.40, "GBP", lead=28, alt="SP-ISO-32-80-ACS")],
       ["alternate-part", "currency-differs", "missing-line"])


# u591 a Drogheda sheet-metal shop only asks questions before quoting the bracket set (is "150 SET" 150 pairs or 150
# brackets, which anodising class and thickness) and promises prices once answered. No price and no decline ->
# unparseable, no lines, no deviation kinds; classification "question". Quoted-printable plain text.
blind2("u591-drogheda-questions-before-quoting", V.msg("Eoin Gallagher <eoin@boyne-sheetmetal.example>", "text/plain", """Hi Jonas,

Thanks for including us on VM-RFQ-4418. We'd like to price the sensor bracket set (2231-004-03) but have a
couple of questions first:

1. The RFQ says 150 SET - can you confirm that is 150 pairs (150 left + 150 right brackets, 300 in total)
   and not 150 brackets?
2. Black anodise - is that to a particular spec and thickness (e.g. 15-20 micron), and do the screws need
   to be bagged with each set or can they go loose in one bag?

Also, would you have the drawings as STEP files? Our laser programs run off those.

Once I hear back I'll have a price with you within two days.

Thanks,
Eoin Gallagher
Estimator
Boyne Sheet Metal Ltd
Donore Road Industrial Estate, Drogheda, Co. Louth A92 FT21
+353 41 555 0108
Registered in Ireland No. 448207
""", cte="quoted-printable"),
       "unparseable", None, None, None, [], [])
classify("question")


# u592 a Nottingham sourcing house billing the German buyer in EUR, XLSX with all five lines, "Per" column. Shaft 37.40
# each, "8 wks" -> 56 (Aug 10, before Aug 28). Housing 1,188.00 each, "16 wks" -> 112 -> Jun 15 + 112 = Oct 5, AFTER the
# Oct 2 need-by -> lead-time-after-need-by. Fitting 438.00 "per 100" -> 4.38, "ex-stock" -> 0. Cylinder "Festo
# DSBC-32-80-PPVA-N3" as specified, 84.50 each, "10 working days" -> 14 (Jun 29, before Sep 11). Bracket set 25.90 "per
# set", "4-5 wks" -> 35 (Jul 20, before Oct 9). Body: "DAP Bielefeld (Incoterms 2020)", "Quote valid 45 days" ->
# 2026-07-30 (not short). EUR, quantities as asked -> parsed.
assert plus("2026-06-15", 112) == "2026-10-05" and "2026-10-05" > "2026-10-02" and close(438.00 / 100, 4.38)
assert plus("2026-06-15", 45) == "2026-07-30" and workdays(10) == 14 and plus("2026-06-15", 56) == "2026-08-10"
U592_XLSX = xlsx([
    ["Trent Engineering Sourcing Ltd", "", "", "", "QUOTATION TES-Q-10611"],
    ["To: Vossberg Maschinenbau GmbH, Bielefeld - Attn. Jonas Albers", "", "", "", "Your ref: VM-RFQ-4418"], [""],
    ["Item", "Part No.", "Description", "Qty", "UoM", "Price EUR", "Per", "Lead time"],
    [1, "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412, turned & ground", 250, "EA", 37.4, "each", "8 wks"],
    [2, "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, RAL 7035", 25, "EA", 1188, "each", "16 wks"],
    [3, "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", 2000, "EA", 438, "per 100", "ex-stock"],
    [4, "DSBC-32-80-PPVA-N3", "Festo ISO cylinder 32/80, as specified", 120, "EA", 84.5, "each", "10 working days"],
    [5, "2231-004-03", "Sensor bracket set L+R with screws, black anodised", 150, "SET", 25.9, "per set", "4-5 wks"],
    [""], ["All prices in EUR, exclusive of VAT. E&OE."],
])
blind2("u592-nottingham-xlsx-eur-all-lines-late-housing", V.message("Claire Fenwick <claire.fenwick@trent-sourcing.example>", multipart("mixed", "=_b37_trent_10611", [
        text_part("text/plain", """Dear Jonas,

Thank you for your enquiry. Our quotation TES-Q-10611 is attached, all five items priced in euros.

Delivery DAP Bielefeld (Incoterms 2020). Quote valid 45 days.

Kind regards

Claire Fenwick
Account Manager
Trent Engineering Sourcing Ltd
Castle Marina Park, Nottingham NG7 1TN
T: +44 115 555 0152
Trent Engineering Sourcing Ltd is registered in England and Wales, company no. 08812047.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in
error please notify the sender and delete it.
"""),
        file_part(XLSX, "TES-Q-10611.xlsx", U592_XLSX)])),
       "parsed", "EUR", "2026-07-30", "DAP",
       [line(1, 37.40, "EUR", lead=56), line(2, 1188.00, "EUR", lead=112), line(3, 4.38, "EUR", lead=0),
        line(4, 84.50, "EUR", lead=14), line(5, 25.90, "EUR", lead=35)],
       ["lead-time-after-need-by"])


if __name__ == "__main__":
    ROUND.write()
