#!/usr/bin/env python3
"""Writes replies u993..u1008 (Corpus/u*.eml + expected u*.json) - the sixty-third blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is A TWELFTH ORDINARY MIXED MAILBOX: sixteen everyday replies from vendors of every size in the US,
the UK, Mexico, Taiwan, India, France, Germany, Italy, Poland, the Czech Republic and the Netherlands, mostly in English,
one each in Spanish, French and German.
For NR-RFQ-0619: a Reading (Pennsylvania) distributor pasting a five-line table (each, /m, per 1000, stock, weeks) above
the buyer's quoted request; a Loughborough (UK) cable maker's HTML table in GBP, the cable per 100 m, a one-drum
minimum below the quantity and 8 working days, the gaskets regretted; a Monterrey (Mexico) screw and spring maker in
Spanish, USD, screws per 1,000 pieces and a spring price-break ladder in rows, a 15-day validity; a Michigan machine
shop's XLSX with plate price breaks as columns (25-99 / 100-199 / 200+) and the round's one-time fixture charge; a
Tainan (Taiwan) factory's multipart/alternative offer with a screw MOQ above the quantity and a 40-45 day lead time past
the screws' need-by; and a Pune (India) rubber and machining house quoting gaskets per 1000 Nos. and the plate, CIF,
above an Outlook header block.
For HM-RFQ-2611: a Texas seal house's CSV with a "Per" column (100 / 1), an MOQ column and an N/Q row; a Pittsburgh
service centre's PDF quotation with a ship date instead of a lead time; a Lyon distributor's French HTML table in EUR
(the O-rings per 1 000 pieces, "en stock"); an Akron resin distributor's per-kg break columns with a 14-day validity;
and a Florida distributor declining the whole RFQ above the quoted request.
For VM-RFQ-4418: a Lüdenscheid turning shop in German (windows-1252 quoted-printable) with a Staffel in rows, "30
Arbeitstage" and a written delivery date; a Czech foundry asking two questions before quoting the housing; a Verona
distributor's multipart/alternative offer of a Camozzi cylinder in place of the Festo one (the round's alternate part)
and fittings per 100 with a minimum above the quantity; a Gdańsk machine shop quoting 160 bracket sets per 100 sets
(the round's quantity that differs) and a shaft 12 weeks out, past its need-by; and an Eindhoven sourcing company's HTML
table pricing all five lines (parsed, no deviations).
Payment, VAT, packing and freight remarks are no deviations; the one-time fixture charge is a note. The Date headers
are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026); quoted history is dated before them.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, xlsx, pdf, table_page  # expected-line shapes, one-sheet workbook, text-layer PDF
from make_blind5 import check_page  # the PDF page check
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; date/amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(993)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def gt(text):
    """Quoted history as a mail client writes it: '> ' before each line, a bare '>' on empty ones."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


# The buyers' requests as they appear quoted below some replies (history, never a quote).
NR_REQUEST = """Hello,

Please quote the parts below for our AGV drive module (RFQ NR-RFQ-0619). We need unit price in USD,
lead time, quote validity and shipping terms by June 12, 2026.

Line  Part number      Description                                   Qty      Unit  Need by
1     GSK-EPDM-80      Gasket EPDM 70A, die-cut, 80 OD x 62 ID x 3   5,000    EA    Aug 3
2     CBL-4C22-PUR     Cable 4 x 22 AWG shielded, PUR, black         1,500    M     Jul 20
3     SCR-M4X10-A2     SHCS M4 x 10, ISO 4762, A2-70                 20,000   EA    Jul 13
4     PLT-0915-R2      Motor base plate, 6082-T6, CNC                120      EA    Aug 17
5     SPR-C0630-302    Compression spring, 302 SS, 0.6 x 6.3 x 30    8,000    EA    Jul 27

Thank you,
Nora Reyes
Purchasing - Northridge Robotics"""

HM_REQUEST = """Good morning,

Halvorsen Manufacturing invites you to quote the items below under RFQ HM-RFQ-2611 (PX-200 pump line).
Quotes are due June 19, 2026: unit prices in USD, lead times, validity and Incoterms please.

""" + H.RFQ_TABLE + """

Best regards,
Lena Marsh
Halvorsen Manufacturing"""


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.
# quantities: L1 5,000 EA, L2 1,500 M, L3 20,000 EA, L4 120 EA, L5 8,000 EA.

# u993 a Reading (Pennsylvania) industrial distributor, plain text: a pasted five-line table above the buyer's request
# quoted after "On Tue, Jun 2, 2026 at 8:47 AM ... wrote:" (history, never a quote). USD. Gasket "$0.193 ea" -> 0.193,
# "4 wks" -> 28 (Jul 3, before Aug 3). Cable "$1.47 /m" on the metre line -> 1.47 per metre, "2 wks" -> 14 (Jun 19,
# before Jul 20). Screws "$29.90 per 1000" -> 0.0299, "stock" -> 0. Plate "$45.60 ea", "7 wks" -> 49 (Jul 24, before
# Aug 17). Springs "$0.0715 ea", "5 wks" -> 35 (Jul 10, before Jul 27). Quantities as asked -> null. "Prices held thru
# July 17, 2026" -> 2026-07-17 (not short); "FOB Reading, PA" -> FOB. Every line priced -> parsed, no deviations.
assert close(29.90 / 1000, 0.0299) and plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 14) == "2026-06-19"
assert plus("2026-06-05", 49) == "2026-07-24" <= "2026-08-17" and plus("2026-06-05", 35) == "2026-07-10" <= "2026-07-27"
sample("u993-reading-pa-pasted-table-per-1000-all-five", S.msg("Rick Brensinger <rbrensinger@schuylkill-indsupply.example>", "text/plain", """Nora,

Thansk for the RFQ - we can do all 5 items. Pricing below, USD.

Ln  Item            Qty        Price              Lead
1   GSK-EPDM-80     5,000      $0.193 ea          4 wks
2   CBL-4C22-PUR    1,500 m    $1.47 /m           2 wks
3   SCR-M4X10-A2    20,000     $29.90 per 1000    stock
4   PLT-0915-R2     120        $45.60 ea          7 wks
5   SPR-C0630-302   8,000      $0.0715 ea         5 wks

Prices held thru July 17, 2026.  FOB Reading, PA - freight prepay & add.
Net 30 on approved credit.

Any questions just give me a call.

Rick Brensinger
Inside Sales
Schuylkill Industrial Supply Co.
1180 Lancaster Ave, Reading, PA 19607
610-555-0172 | fax 610-555-0173

On Tue, Jun 2, 2026 at 8:47 AM Nora Reyes <nreyes@northridge.example> wrote:

""" + gt(NR_REQUEST) + "\n", subject="Re: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "parsed", "USD", "2026-07-17", "FOB",
       [line(1, 0.193, lead=28), line(2, 1.47, lead=14), line(3, 0.0299, lead=0), line(4, 45.60, lead=49),
        line(5, 0.0715, lead=35)],
       [])


# u994 a Loughborough (UK) cable maker, HTML only (quoted-printable), "All prices are in GBP (£)" -> GBP
# (currency-differs). One-row table for the cable: "£118.00" per "100 m" on the metre line -> 118.00 / 100 = 1.18 per
# metre; "1,500 m (3 x 500 m drums)" is the quantity asked -> null; "8 working days" -> 8 x 7/5 = 11.2 -> 12 (Jun 17,
# before Jul 20); "Minimum order: 500 m (one drum)" -> moq 500 (below the 1,500 asked: no deviation). "We regret that we
# cannot supply the EPDM gaskets (line 1)" -> line 1 declined. Screws, plate and springs never mentioned ->
# missing-line. "valid until 10 July 2026" -> 2026-07-10 (not short); "Carriage and Insurance Paid To (CIP) Chicago" ->
# CIP. Partial; currency-differs, missing-line, no-bid.
assert close(118.00 / 100, 1.18) and workdays(8) == 12 and plus("2026-06-05", 12) == "2026-06-17" and 3 * 500 == 1500
sample("u994-loughborough-html-gbp-cable-per-100-m", S.msg("Hannah Whitmore <hannah.whitmore@charnwood-cable.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222222">
<p>Dear Nora,</p>
<p>Thank you for sending us RFQ NR-RFQ-0619. We are pleased to quote for the screened PUR cable as follows.
All prices are in GBP (&pound;) and exclude VAT.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#BFBFBF;font-size:10pt">
<tr style="background:#F2F2F2"><th>Your part no.</th><th>Description</th><th>Quantity</th><th>Price</th><th>Per</th><th>Lead time</th></tr>
<tr><td>CBL-4C22-PUR</td><td>4 core 22 AWG, overall foil + braid screen, PUR sheath, black</td><td>1,500 m (3 x 500 m drums)</td><td>&pound;118.00</td><td>100 m</td><td>8 working days</td></tr>
</table>
<p>Minimum order: 500 m (one drum).</p>
<p>We regret that we cannot supply the EPDM gaskets (line 1); die-cut parts are outside our range.</p>
<p>This quotation is valid until 10 July 2026.<br>
Delivery: Carriage and Insurance Paid To (CIP) Chicago, Incoterms 2020.<br>
Payment: 30 days from date of invoice.</p>
<p>Kind regards,</p>
<p>Hannah Whitmore<br>
Sales Coordinator<br>
Charnwood Cable &amp; Wire Ltd<br>
14 Belton Road West, Loughborough LE11 5XL, United Kingdom<br>
T: +44 1509 555 210</p>
<p style="font-size:8pt;color:#808080">Charnwood Cable &amp; Wire Ltd. Registered in England and Wales No. 04417723.
VAT No. GB 555 7713 42. This message is confidential; if you have received it in error please delete it.</p>
</body></html>""", cte="quoted-printable"),
       "partial", "GBP", "2026-07-10", "CIP",
       [nob(1), line(2, 1.18, "GBP", lead=12, moq=500)],
       ["currency-differs", "missing-line", "no-bid"])


# u995 a Monterrey (Mexico) screw and spring maker, wholly in Spanish, plain text. "Precios en dólares americanos (USD)"
# -> USD (the RFQ currency). Screws "US$ 31.40 el millar (por cada 1,000 piezas)" -> 0.0314, "Entrega: en stock" -> 0. Springs:
# a price ladder in rows "1,000 a 4,999 / 5,000 a 9,999 / 10,000 o más" -> the 8,000 asked falls in "5,000 a 9,999" ->
# 0.0765; "Lote mínimo: 1,000 pzas" -> moq 1000 (below 8,000); "Entrega: 4 semanas" -> 28 (Jul 3, before Jul 27).
# "Las partidas 1, 2 y 4 ... no las cotizamos" -> declined. "Vigencia de la cotización: 15 días" from Fri 5 Jun ->
# 2026-06-20, earlier than Jun 26 -> validity-short. "FCA Laredo, Texas" -> FCA. Partial; no-bid, validity-short.
assert close(31.40 / 1000, 0.0314) and 5000 <= 8000 <= 9999 and plus("2026-06-05", 15) == "2026-06-20" < "2026-06-26"
assert plus("2026-06-05", 28) == "2026-07-03" <= "2026-07-27"
sample("u995-monterrey-spanish-millar-break-rows", S.msg("Alejandra Garza Treviño <agarza@resortes-norte.example>", "text/plain", """Estimada Nora:

Muchas gracias por tomarnos en cuenta para su requisición NR-RFQ-0619. Le comparto nuestra cotización
para los tornillos y los resortes. Precios en dólares americanos (USD), más IVA en su caso.

Partida 3 - SCR-M4X10-A2
   Tornillo cabeza cilíndrica con hexágono interior M4 x 10, ISO 4762, inoxidable A2-70
   Cantidad: 20,000 piezas
   Precio: US$ 31.40 el millar (por cada 1,000 piezas)
   Entrega: en stock

Partida 5 - SPR-C0630-302
   Resorte de compresión, acero inoxidable 302, alambre 0.6 mm, DE 6.3 mm, largo libre 30 mm
   Cantidad: 8,000 piezas
   Precio por pieza según cantidad:
      1,000 a 4,999 pzas      US$ 0.0840
      5,000 a 9,999 pzas      US$ 0.0765
      10,000 pzas o más       US$ 0.0710
   Lote mínimo: 1,000 pzas
   Entrega: 4 semanas

Las partidas 1, 2 y 4 (empaque, cable y placa) no las cotizamos, no son de nuestra línea.

Condiciones de entrega: FCA Laredo, Texas (Incoterms 2020)
Condiciones de pago: 30 días
Vigencia de la cotización: 15 días

Quedo a sus órdenes para cualquier duda.

Saludos cordiales,

Alejandra Garza Treviño
Ejecutiva de Ventas
Resortes y Tornillería del Norte, S.A. de C.V.
Av. Los Ángeles 1450, Col. Talleres, Monterrey, N.L., México
Tel. +52 81 5555 0142
""", subject="RE: RFQ NR-RFQ-0619 - Cotizacion"),
       "partial", "USD", "2026-06-20", "FCA",
       [nob(1), nob(2), line(3, 0.0314, lead=0), nob(4), line(5, 0.0765, lead=28, moq=1000)],
       ["no-bid", "validity-short"])


# u996 a Michigan machine shop: a short cover note and an XLSX whose plate price breaks are COLUMNS ("Unit price 25-99
# pcs" / "100-199 pcs" / "200+ pcs": 51.20 / 43.85 / 39.40) -> the 120 asked falls in 100-199 -> 43.85; "6-7 weeks ARO"
# -> upper bound 49 (Jul 24, before Aug 17). A row "One-time fixture & CNC programming charge (NRE)" of 385.00 -> a
# one-off charge: note. Body: "no quote on the gaskets, cable, screws or springs" -> lines 1, 2, 3, 5 declined. Sheet
# footer "Quote valid 60 days" from Fri 5 Jun -> 2026-08-04 (not short); body "EXW Sterling Heights, MI" -> EXW. USD.
# Partial; no-bid, note.
assert 100 <= 120 <= 199 and plus("2026-06-05", 49) == "2026-07-24" <= "2026-08-17" and plus("2026-06-05", 60) == "2026-08-04"
U996_XLSX = xlsx([
    ["Clinton River CNC, LLC"],
    ["Quotation CR-26-0612", "", "Date: 06/05/2026"],
    ["Customer: Northridge Robotics - Nora Reyes", "", "Your RFQ: NR-RFQ-0619"],
    [""],
    ["Part No.", "Description", "Material", "Unit price 25-99 pcs", "Unit price 100-199 pcs", "Unit price 200+ pcs",
     "Lead time"],
    ["PLT-0915-R2", "Motor base plate, 10 mm, 4 x M6 tapped", "6082-T6", 51.20, 43.85, 39.40, "6-7 weeks ARO"],
    [""],
    ["", "One-time fixture & CNC programming charge (NRE)", "", 385.00, "", "", "billed once with first order"],
    [""],
    ["All prices USD. Quote valid 60 days. Deburr and break edges per print; no finish."],
])
sample("u996-michigan-xlsx-plate-break-columns-fixture", S.with_attachment("Tom Vukovich <tvukovich@clintonriver-cnc.example>", """Hi Nora,

Attached is our quote CR-26-0612 for the motor base plate (PLT-0915-R2). Pricing is broken out by
quantity in the sheet. We're strictly a machine shop, so no quote on the gaskets, cable, screws or springs.

Shipping is EXW Sterling Heights, MI - we can arrange UPS Freight on your account.

Thanks,
Tom Vukovich
Estimating / Sales
Clinton River CNC, LLC
6650 Metro Pkwy, Sterling Heights, MI 48312
586-555-0194""", XLSX, "CR-26-0612.xlsx", U996_XLSX),
       "partial", "USD", "2026-08-04", "EXW",
       [nob(1), nob(2), nob(3), line(4, 43.85, lead=49), nob(5)],
       ["no-bid", "note"])


# u997 a Tainan (Taiwan) screw and spring factory, multipart/alternative (text + HTML table, same values). USD.
# Screws "USD 27.60 / 1000 pcs" -> 0.0276; "MOQ: 50,000 pcs" -> moq 50000, above the 20,000 asked
# (moq-above-quantity; the quantity quoted is still the 20,000 asked -> null); "Lead time: 40-45 days" -> upper bound
# 45 -> Jul 20, AFTER the screws' Jul 13 need-by (lead-time-after-need-by). Springs "USD 0.0585 / pc", "MOQ: 5,000 pcs"
# -> moq 5000 (below 8,000), "40-45 days" -> 45 -> Jul 20, before Jul 27. Gasket, cable and plate never mentioned ->
# missing-line. "Offer valid until 2026/06/30" -> 2026-06-30 (not short); "FOB Kaohsiung" -> FOB. Partial.
assert close(27.60 / 1000, 0.0276) and 50000 > 20000 and 5000 < 8000
assert plus("2026-06-05", 45) == "2026-07-20" and "2026-07-20" > "2026-07-13" and "2026-07-20" <= "2026-07-27"
U997_TEXT = """Dear Nora,

Good day! Thank you for your inquiry NR-RFQ-0619. We are glad to offer as below:

1) SCR-M4X10-A2  Socket head cap screw M4x10, ISO 4762, SUS A2-70
   Qty: 20,000 pcs
   Price: USD 27.60 / 1000 pcs
   MOQ: 50,000 pcs
   Lead time: 40-45 days

2) SPR-C0630-302  Compression spring SUS302, wire 0.6, OD 6.3, L0 30 mm
   Qty: 8,000 pcs
   Price: USD 0.0585 / pc
   MOQ: 5,000 pcs
   Lead time: 40-45 days

Trade term: FOB Kaohsiung
Payment: T/T 30% deposit, balance before shipment
Packing: inner poly bag, export carton, pallet
Offer valid until 2026/06/30

Any question please feel free to contact me.

Best regards,
Vivian Tsai
Sales Dept.
Yong Kang Precision Spring & Screw Co., Ltd.
No. 88, Ln. 215, Zhonghua Rd., Yongkang Dist., Tainan City 710, Taiwan
Tel: +886-6-555-2231  Fax: +886-6-555-2232
"""
U997_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Microsoft JhengHei',Arial,sans-serif;font-size:10pt">
<p>Dear Nora,</p>
<p>Good day! Thank you for your inquiry NR-RFQ-0619. We are glad to offer as below:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#FFF2CC"><th>No.</th><th>Part No.</th><th>Description</th><th>Qty</th><th>Price</th><th>MOQ</th><th>Lead time</th></tr>
<tr><td>1</td><td>SCR-M4X10-A2</td><td>Socket head cap screw M4x10, ISO 4762, SUS A2-70</td><td>20,000 pcs</td><td>USD 27.60 / 1000 pcs</td><td>50,000 pcs</td><td>40-45 days</td></tr>
<tr><td>2</td><td>SPR-C0630-302</td><td>Compression spring SUS302, wire 0.6, OD 6.3, L0 30 mm</td><td>8,000 pcs</td><td>USD 0.0585 / pc</td><td>5,000 pcs</td><td>40-45 days</td></tr>
</table>
<p>Trade term: FOB Kaohsiung<br>Payment: T/T 30% deposit, balance before shipment<br>
Packing: inner poly bag, export carton, pallet<br>Offer valid until 2026/06/30</p>
<p>Any question please feel free to contact me.</p>
<p>Best regards,<br>Vivian Tsai<br>Sales Dept.<br>Yong Kang Precision Spring &amp; Screw Co., Ltd.<br>
No. 88, Ln. 215, Zhonghua Rd., Yongkang Dist., Tainan City 710, Taiwan<br>Tel: +886-6-555-2231&nbsp; Fax: +886-6-555-2232</p>
</body></html>"""
sample("u997-tainan-alt-screw-moq-50k-45-days", S.alternative("Vivian Tsai <vivian@yongkang-spring.example>", U997_TEXT, U997_HTML),
       "partial", "USD", "2026-06-30", "FOB",
       [line(3, 0.0276, lead=45, moq=50000), line(5, 0.0585, lead=45, moq=5000)],
       ["lead-time-after-need-by", "missing-line", "moq-above-quantity"])


# u998 a Pune (India) rubber moulding and machining house, plain text above an Outlook "From: / Sent: / To: /
# Subject:" block with the buyer's request (history). USD. Gaskets "USD 142.00 per 1000 Nos." -> 0.142, "6 weeks" ->
# 42 (Jul 17, before Aug 3). Plate "USD 38.90 per No." -> 38.90, "8 weeks" -> 56 (Jul 31, before Aug 17). Quantities as
# asked -> null. "We cannot supply the cable, screws and springs" -> lines 2, 3, 5 declined. "This offer is valid for
# 45 days" from Fri 5 Jun -> 2026-07-20 (not short); "CIF Long Beach" -> CIF. Partial; no-bid.
assert close(142.00 / 1000, 0.142) and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 56) == "2026-07-31"
assert plus("2026-06-05", 45) == "2026-07-20"
sample("u998-pune-gaskets-per-1000-nos-plate-cif", S.msg("Rajesh Kulkarni <rajesh.k@deccan-rubtech.example>", "text/plain", """Dear Ms. Nora,

Greetings from Deccan Rubtech!

With reference to your RFQ NR-RFQ-0619, kindly find our best offer for the below items:

Sr. 1 - GSK-EPDM-80, EPDM 70 Shore A die-cut gasket 80 OD x 62 ID x 3 mm
        Qty 5,000 Nos.
        Rate: USD 142.00 per 1000 Nos.
        Delivery: 6 weeks

Sr. 2 - PLT-0915-R2, Motor base plate, Al 6082-T6, CNC machined, 4 x M6 tapped
        Qty 120 Nos.
        Rate: USD 38.90 per No.
        Delivery: 8 weeks

We cannot supply the cable, screws and springs (lines 2, 3 and 5).

Terms:
- Prices CIF Long Beach (Incoterms 2020)
- Payment 100% against documents through bank
- This offer is valid for 45 days

Hope the above is in line with your requirement and look forward to your valued order.

Thanks & Regards,
Rajesh Kulkarni
Manager - Exports
Deccan Rubtech Pvt. Ltd.
Plot B-41, MIDC Chakan Phase II, Pune 410501, India
Mob: +91 98555 01234 | GSTIN 27AAACD5555K1Z5

From: Nora Reyes <nreyes@northridge.example>
Sent: Monday, June 1, 2026 10:15 PM
To: exports@deccan-rubtech.example
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + NR_REQUEST + "\n"),
       "partial", "USD", "2026-07-20", "CIF",
       [line(1, 0.142, lead=42), nob(2), nob(3), line(4, 38.90, lead=56), nob(5)],
       ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.
# quantities: L1 2,500 KG, L2 90 EA, L3 400 EA, L4 50,000 EA, L5 800 M, L6 150 SET.

# u999 a Galena Park (Texas) seal house: a cover note and a comma CSV (Line, Your P/N, Description, Qty, UOM, Price,
# Per, MOQ, Lead Time, Comment); the note says "Per 100 = price per hundred pieces". O-rings 1.96 per 100 -> 0.0196,
# MOQ 10000 (below 50,000), "STOCK" -> 0. Hose: no price, comment "N/Q - we don't carry 2SN hose" -> declined. Seal kit
# 31.75 per 1 -> 31.75, "15 working days" -> 21 (Jul 3, before Sep 21). Quantities as asked -> null. Resin, sheet and
# bearings are in neither the CSV nor the note -> missing-line. "Valid thru 07/31/2026" -> 2026-07-31 (not short);
# "FCA Galena Park, TX" -> FCA. USD. Partial; missing-line, no-bid.
assert close(1.96 / 100, 0.0196) and workdays(15) == 21 and plus("2026-06-12", 21) == "2026-07-03" and 10000 < 50000
U999_ROWS = [["Line", "Your P/N", "Description", "Qty", "UOM", "Price", "Per", "MOQ", "Lead Time", "Comment"],
             [4, "OR-0120-NBR70", "O-RING 12.0 X 2.0 NBR 70 BLK", 50000, "EA", "1.96", 100, 10000, "STOCK", ""],
             [5, "HSE-2SN-08", "HOSE EN853 2SN DN12", 800, "M", "", "", "", "", "N/Q - we don't carry 2SN hose"],
             [6, "KIT-PX200-SEAL", "SEAL KIT PX-200 (2 LIP SEALS, 4 O-RINGS, 1 GSKT)", 150, "SET", "31.75", 1, "",
              "15 working days", "Bagged & labeled per your spec"]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U999_ROWS)
blind("u999-galena-park-csv-orings-per-100-kit", H.with_attachment("Marcus Thibodeaux <mthibodeaux@galenapark-seal.example>", """Lena,

Quote Q26-3318 attached for the O-rings and seal kits on HM-RFQ-2611 (CSV, prices in USD).
Per 100 = price per hundred pieces, Per 1 = price each.

Valid thru 07/31/2026. FCA Galena Park, TX.

Marcus Thibodeaux
Galena Park Seal & O-Ring Supply
713-555-0183""", "text/csv", "Q26-3318.csv", _buf.getvalue().encode("utf-8")),
       "partial", "USD", "2026-07-31", "FCA",
       [line(4, 0.0196, lead=0, moq=10000), nob(5), line(6, 31.75, lead=21)],
       ["missing-line", "no-bid"])


# u1000 a Pittsburgh metals service centre: a cover note and a one-page PDF quotation (text layer) with a "Ship Date"
# column instead of a lead time. Sheet "$139.40" each (Extended $12,546.00 = 90 x 139.40, a total, not a price);
# "Ship Date 07/10/2026" -> Jul 10 - Jun 12 = 28 days (before Aug 10). Quantity 90 as asked -> null. Body: "no quote on
# the resin, bearings, O-rings, hose or seal kits" -> lines 1, 3, 4, 5, 6 declined. PDF footer "Quotation valid 30
# days" from Fri 12 Jun -> 2026-07-12 (not short); "FOB Pittsburgh, PA" -> FOB. USD. Partial; no-bid.
assert close(90 * 139.40, 12546.00) and days("2026-06-12", "2026-07-10") == 28 and plus("2026-06-12", 30) == "2026-07-12"
P1000 = check_page(table_page(
    "Allegheny Aluminum & Sheet Co. - Quotation AQ-61842",
    ["Line", "Item", "Description", "Qty", "UOM", "Unit Price", "Extended", "Ship Date"],
    [["2", "SHT-5052H32-030", "5052-H32 3.0x1250x2500 PVC 1S", "90", "EA", "$139.40", "$12,546.00", "07/10/2026"]],
    ["Quote date: 06/12/2026    Customer: Halvorsen Manufacturing, Attn. Lena Marsh    Ref: HM-RFQ-2611",
     "Material certs (EN 10204 3.1) included. Sheets ship on wooden skids, max. 30 per skid.",
     "Prices in USD, FOB Pittsburgh, PA. Terms: net 30 days.",
     "Quotation valid 30 days.",
     "Allegheny Aluminum & Sheet Co.  |  2900 Liberty Ave, Pittsburgh, PA 15201  |  412-555-0137"],
    [28, 84, 148, 26, 30, 50, 56, 60]))
blind("u1000-pittsburgh-pdf-sheet-ship-date", H.with_attachment("Donna Kraynak <dkraynak@allegheny-alsheet.example>", """Lena,

Please see attached quotation AQ-61842 for the aluminum sheet on HM-RFQ-2611.

We are a metals service center, so no quote on the resin, bearings, O-rings, hose or seal kits.

Thank you,
Donna Kraynak
Inside Sales | Allegheny Aluminum & Sheet Co.
412-555-0137""", "application/pdf", "AQ-61842.pdf", pdf([P1000])),
       "partial", "USD", "2026-07-12", "FOB",
       [nob(1), line(2, 139.40, lead=28), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid"])


# u1001 a Lyon (Vénissieux) power-transmission distributor, wholly in French, HTML only (quoted-printable): "Nos prix
# s'entendent en euros (EUR), hors taxes" -> EUR (currency-differs). Bearing "3,86 €" per piece, "en stock" -> 0.
# O-rings "17,40 € / 1 000 pces" -> 17.40 / 1,000 = 0.0174, "3 semaines" -> 21 (Jul 3, before Aug 17). Quantities
# (400, 50 000) as asked -> null. Resin, sheet, hose and kits never mentioned -> missing-line. "Offre valable jusqu'au
# 24 juillet 2026" -> 2026-07-24 (not short); "DAP Milwaukee" -> DAP. Partial; currency-differs, missing-line.
assert close(17.40 / 1000, 0.0174) and plus("2026-06-12", 21) == "2026-07-03" <= "2026-08-17"
blind("u1001-lyon-french-html-eur-per-1000-pces", H.msg("Claire Dumoulin <c.dumoulin@rhone-transmissions.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Bonjour Madame Marsh,</p>
<p>Nous vous remercions pour votre demande HM-RFQ-2611 et avons le plaisir de vous remettre ci-dessous notre
offre pour les roulements et les joints toriques. Nos prix s'entendent en euros (EUR), hors taxes.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#E2EFDA"><th>Rep.</th><th>Votre r&eacute;f&eacute;rence</th><th>D&eacute;signation</th><th>Quantit&eacute;</th><th>Prix unitaire HT</th><th>D&eacute;lai</th></tr>
<tr><td>3</td><td>BRG 6205-2RS</td><td>Roulement rigide &agrave; billes 6205-2RS C3, marque SKF</td><td>400</td><td>3,86 &euro;</td><td>en stock</td></tr>
<tr><td>4</td><td>OR-0120-NBR70</td><td>Joint torique 12 x 2 mm, NBR 70 Shore A, noir</td><td>50&nbsp;000</td><td>17,40 &euro; / 1&nbsp;000 pces</td><td>3 semaines</td></tr>
</table>
<p>Offre valable jusqu'au 24 juillet 2026.<br>
Conditions de livraison : DAP Milwaukee (Incoterms 2020).<br>
R&egrave;glement : virement &agrave; 30 jours date de facture.</p>
<p>Nous restons &agrave; votre disposition pour tout compl&eacute;ment d'information.</p>
<p>Bien cordialement,</p>
<p>Claire Dumoulin<br>
Service commercial export<br>
Rh&ocirc;ne Transmissions SAS<br>
12, avenue Jean Jaur&egrave;s, 69200 V&eacute;nissieux, France<br>
T&eacute;l. +33 4 72 55 18 40</p>
<p style="font-size:8pt;color:#888888">SAS au capital de 250 000 &euro; - RCS Lyon 555 444 333 - TVA FR 55 555444333</p>
</body></html>""", cte="quoted-printable", subject="RE: RFQ HM-RFQ-2611 - Offre roulements et joints"),
       "partial", "EUR", "2026-07-24", "DAP",
       [line(3, 3.86, "EUR", lead=0), line(4, 0.0174, "EUR", lead=21)],
       ["currency-differs", "missing-line"])


# u1002 an Akron resin distributor, plain text: one pasted row whose price breaks are COLUMNS ("1,000-2,499 kg" /
# "2,500-9,999 kg" / "10,000 kg+": $4.47 / $4.19 / $3.96 per kg) -> the 2,500 kg asked falls in 2,500-9,999 -> 4.19 per
# kg on the KG line; "Min order 1,000 kg (1 pallet)" -> moq 1000 (below 2,500); "2 weeks from PO" -> 14 (Jun 26, before
# Jul 20). "100 bags" restates the 2,500 kg asked -> null. Nothing said about the other five lines -> missing-line.
# "Pricing is good for 14 days" from Fri 12 Jun -> 2026-06-26, earlier than Jul 3 -> validity-short. "DDP Kenosha, WI"
# -> DDP. USD. Partial; missing-line, validity-short.
assert 2500 <= 2500 <= 9999 and 100 * 25 == 2500 and plus("2026-06-12", 14) == "2026-06-26" < "2026-07-03"
blind("u1002-akron-resin-break-columns-14-days", H.msg("Jill Rakowski <jrakowski@portagelakes-resin.example>", "text/plain", """Hi Lena,

Here's our price on the nylon for HM-RFQ-2611.  PA66 30% glass, heat stabilized, black, 25 kg bags,
40 bags/pallet.

Part No.        Description                      1,000-2,499 kg   2,500-9,999 kg   10,000 kg+
RES-PA66-GF30   PA66 GF30 HS blk, 25 kg bags     $4.47/kg         $4.19/kg         $3.96/kg

Your 2,500 kg = 100 bags.  Min order 1,000 kg (1 pallet).
Lead time 2 weeks from PO.
Delivered DDP Kenosha, WI.

Pricing is good for 14 days - PA66 has been moving with the adipic acid market so I can't
hold it longer than that.

Thanks!
Jill Rakowski
Account Manager
Portage Lakes Resin Sales, Inc.
330-555-0161 office | 330-555-0168 mobile
""", charset="us-ascii", cte="7bit"),
       "partial", "USD", "2026-06-26", "DDP",
       [line(1, 4.19, lead=14, moq=1000)],
       ["missing-line", "validity-short"])


# u1003 a Florida industrial distributor declines the whole RFQ ("we must respectfully decline to quote HM-RFQ-2611 in
# full") above an Outlook header block and the buyer's request with its table (history, never a quote). Every line
# declined: six noBid lines, currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind("u1003-lakeland-full-decline-over-request", H.msg("Greg Fontaine <gfontaine@polk-industrial.example>", "text/plain", """Lena,

Thank you for thinking of us. After reviewing the package, we must respectfully decline to quote HM-RFQ-2611
in full. We are in the middle of moving our warehouse and are not taking on new OEM programs until the fall.

Please keep us on your list for future requirements.

Regards,

Greg Fontaine
Branch Manager
Polk Industrial Distributors
3315 Drane Field Rd, Lakeland, FL 33811
863-555-0119

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s)
and may contain confidential information. Any unauthorized review, use or distribution is prohibited.

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Monday, June 8, 2026 9:02 AM
To: Greg Fontaine <gfontaine@polk-industrial.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

""" + HM_REQUEST + "\n"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.
# quantities: L1 250 EA, L2 25 EA, L3 2,000 EA, L4 120 EA, L5 150 SET.

# u1004 a Lüdenscheid turning shop, wholly in German, plain text in windows-1252 quoted-printable. EUR. Pos. 1 shaft,
# a Staffel in rows "ab 100 Stück 41,20 € / ab 250 Stück 38,90 € / ab 500 Stück 36,40 €" -> the 250 asked takes "ab
# 250" -> 38.90; "Lieferzeit: 30 Arbeitstage nach Auftragseingang" -> 30 x 7/5 = 42 (Jul 27, before Aug 28). Pos. 5
# bracket set "23,60 € je Satz" -> 23.60; "Liefertermin: 14.08.2026" -> Aug 14 - Jun 15 = 60 days (before Oct 9).
# Quantities (250 Stück, 150 Sätze) as asked -> null. "Für Pos. 2, 3 und 4 geben wir kein Angebot ab" -> declined.
# "Angebot gültig bis 31.07.2026" -> 2026-07-31 (not short); "FCA Lüdenscheid" -> FCA. Partial; no-bid.
assert 250 <= 250 < 500 and workdays(30) == 42 and plus("2026-06-15", 42) == "2026-07-27" <= "2026-08-28"
assert days("2026-06-15", "2026-08-14") == 60
blind2("u1004-luedenscheid-german-staffel-arbeitstage-termin", V.msg("Jürgen Klappert <j.klappert@sauerland-drehteile.example>", "text/plain", """Sehr geehrter Herr Albers,

besten Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen freibleibend an:

Pos. 1   SH-2231-C rev B   Antriebswelle 42CrMo4 vergütet, Ø30 h6 x 412 mm, Passfedernut 8 P9
         Menge: 250 Stück
         Staffelpreise je Stück:
            ab 100 Stück     41,20 €
            ab 250 Stück     38,90 €
            ab 500 Stück     36,40 €
         Lieferzeit: 30 Arbeitstage nach Auftragseingang

Pos. 5   2231-004-03   Sensorhalter-Satz (links + rechts, inkl. Schrauben), EN AW-6082 T6, schwarz eloxiert
         Menge: 150 Sätze
         Preis: 23,60 € je Satz
         Liefertermin: 14.08.2026

Für Pos. 2, 3 und 4 geben wir kein Angebot ab (Guss und Katalogteile gehören nicht zu unserem Programm).

Preise netto zzgl. MwSt., Verpackung inklusive.
Lieferbedingung: FCA Lüdenscheid (Incoterms 2020)
Zahlung: 14 Tage 2 % Skonto, 30 Tage netto
Angebot gültig bis 31.07.2026

Mit freundlichen Grüßen

i. A. Jürgen Klappert
Vertrieb Innendienst
Sauerland Präzisionsdrehteile GmbH
Am Grünewald 7, 58507 Lüdenscheid
Tel. +49 2351 555 47-12
Geschäftsführer: Dirk Vollmann | Amtsgericht Iserlohn HRB 5551
""", charset="windows-1252", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 38.90, "EUR", lead=42), nob(2), nob(3), nob(4), line(5, 23.60, "EUR", lead=60)],
       ["no-bid"])


# u1005 a Czech grey-iron foundry asks, in English, two questions before quoting the housing (a STEP model with
# machining allowances, and whether 25 pcs is a one-off or a yearly quantity, which decides wood or metal pattern) and
# promises an offer within a week of the answer. The numbers in it (25 pcs, EN-GJL-250, RAL 7035) are the buyer's; it
# prices nothing and declines nothing -> unparseable, no lines, no deviation kinds; classification "question".
blind2("u1005-frenstat-foundry-questions-on-housing", V.msg("Petr Novotný <petr.novotny@slevarna-beskydy.example>", "text/plain", """Dear Mr. Albers,

thank you for your enquiry VM-RFQ-4418. We are interested in the gearbox housing HSG-1180-GJL
(EN-GJL-250, machined complete, primed RAL 7035), but before we can prepare an offer we have two questions:

1. Could you send us the 3D model (STEP) of the casting? The drawing in the enquiry shows only the
   machined part, and we need the raw casting with machining allowances to design the pattern.

2. Are the 25 pcs a one-off order or your yearly quantity? This decides whether we make a wooden
   or a metal pattern, and it changes the price a lot.

As soon as we have your answers we will send our offer within one week.

Best regards

Petr Novotný
Sales Engineer
Slévárna Beskydy a.s.
Tovární 1210, 744 01 Frenštát pod Radhoštěm, Czech Republic
Tel. +420 556 555 318
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u1006 a Verona (Italy) fluid-power distributor writing English, multipart/alternative (text + HTML table, same
# values). EUR. Pos. 3 fitting "EUR 412,00 per 100 pcs" -> 4.12; "Minimum order 2.500 pcs (5 boxes of 500)" -> moq 2500,
# above the 2,000 asked (moq-above-quantity; the row still quotes the 2.000 pcs asked -> null); "ex stock Verona" -> 0.
# Pos. 4: "the Festo DSBC-32-80-PPVA-N3 is not in our range; we offer the equivalent Camozzi cylinder 61M2P032A0080" ->
# alternatePartNumber 61M2P032A0080 (alternate-part), "EUR 96,50 each", "10 working days" -> 14 (Jun 29, before Sep
# 11). Shaft, housing and bracket set never mentioned -> missing-line. "Offer valid 30 days" from Mon 15 Jun ->
# 2026-07-15 (not short); "CPT Bielefeld" -> CPT. Partial; alternate-part, missing-line, moq-above-quantity.
assert close(412.00 / 100, 4.12) and 2500 > 2000 and 5 * 500 == 2500 and workdays(10) == 14
assert plus("2026-06-15", 14) == "2026-06-29" and plus("2026-06-15", 30) == "2026-07-15"
U1006_TEXT = """Dear Mr. Albers,

thank you for your enquiry VM-RFQ-4418. Please find our offer for positions 3 and 4 below.

Pos. 3  FIT-316-G12-10  Male connector G1/2 - 10 mm tube, AISI 316L
        Qty 2.000 pcs - EUR 412,00 per 100 pcs
        Minimum order 2.500 pcs (5 boxes of 500)
        Delivery: ex stock Verona

Pos. 4  The Festo DSBC-32-80-PPVA-N3 is not in our range; we offer the equivalent
        Camozzi cylinder 61M2P032A0080 (ISO 15552, bore 32, stroke 80, adjustable cushioning)
        Qty 120 pcs - EUR 96,50 each
        Delivery: 10 working days

Offer valid 30 days. Delivery terms CPT Bielefeld (Incoterms 2020). Payment 60 days end of month.

Best regards,
Davide Bertoldi
Technical Sales
Adige Fluid Components S.r.l.
Via dell'Industria 22, 37135 Verona, Italy
Tel. +39 045 555 8120
"""
U1006_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:10pt">
<p>Dear Mr. Albers,</p>
<p>thank you for your enquiry VM-RFQ-4418. Please find our offer for positions 3 and 4 below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th>Pos.</th><th>Your code</th><th>Offered item</th><th>Qty</th><th>Price</th><th>Delivery</th></tr>
<tr><td>3</td><td>FIT-316-G12-10</td><td>Male connector G1/2 - 10 mm tube, AISI 316L<br>Minimum order 2.500 pcs (5 boxes of 500)</td><td>2.000 pcs</td><td>EUR 412,00 per 100 pcs</td><td>ex stock Verona</td></tr>
<tr><td>4</td><td>DSBC-32-80-PPVA-N3</td><td>The Festo DSBC-32-80-PPVA-N3 is not in our range; we offer the equivalent Camozzi cylinder 61M2P032A0080 (ISO 15552, bore 32, stroke 80, adjustable cushioning)</td><td>120 pcs</td><td>EUR 96,50 each</td><td>10 working days</td></tr>
</table>
<p>Offer valid 30 days. Delivery terms CPT Bielefeld (Incoterms 2020). Payment 60 days end of month.</p>
<p>Best regards,<br>Davide Bertoldi<br>Technical Sales<br>Adige Fluid Components S.r.l.<br>
Via dell'Industria 22, 37135 Verona, Italy<br>Tel. +39 045 555 8120</p>
</body></html>"""
blind2("u1006-verona-alt-camozzi-cylinder-fitting-per-100-moq", V.alternative("Davide Bertoldi <d.bertoldi@adige-fluid.example>", U1006_TEXT, U1006_HTML,
                                                                             "=_adige_1006_alt"),
       "partial", "EUR", "2026-07-15", "CPT",
       [line(3, 4.12, "EUR", lead=0, moq=2500), line(4, 96.50, "EUR", lead=14, alt="61M2P032A0080")],
       ["alternate-part", "missing-line", "moq-above-quantity"])


# u1007 a Gdańsk (Poland) machine shop writing English, plain text with a pasted table. EUR. Item 1 shaft "EUR 44,70 /
# pc", 250 pcs as asked -> null, "12 weeks" -> 84 -> Jun 15 + 84 = Sep 7, AFTER the Aug 28 need-by
# (lead-time-after-need-by). Item 5 bracket set "EUR 2 145,00 / 100 sets" -> 2,145.00 / 100 = 21.45 per set; "160
# sets": "we anodise in batches of 40 sets, so we quote 160 sets (4 batches) instead of 150" -> quantity 160
# (quantity-differs); "7 weeks" -> 49 (Aug 3, before Oct 9). "We decline to quote items 2, 3 and 4" -> declined. "Offer
# valid until 17.07.2026" -> 2026-07-17 (not short: Jul 17 >= Jul 10); "DAP Bielefeld" -> DAP. Partial;
# lead-time-after-need-by, no-bid, quantity-differs.
assert close(2145.00 / 100, 21.45) and 4 * 40 == 160 and plus("2026-06-15", 84) == "2026-09-07" > "2026-08-28"
assert plus("2026-06-15", 49) == "2026-08-03" <= "2026-10-09"
blind2("u1007-gdansk-160-sets-per-100-shaft-12-weeks", V.msg("Tomasz Wiśniewski <t.wisniewski@pomorska-obrobka.example>", "text/plain", """Dear Mr Albers,

Thank you for the enquiry VM-RFQ-4418. Please see our offer below.

Item  Part no.           Qty        Price                      Delivery
1     SH-2231-C rev B    250 pcs    EUR 44,70 / pc             12 weeks
5     2231-004-03        160 sets   EUR 2 145,00 / 100 sets    7 weeks

Note to item 5: we anodise in batches of 40 sets, so we quote 160 sets (4 batches) instead of 150.

We decline to quote items 2, 3 and 4 - castings and catalogue parts are outside our scope.

Offer valid until 17.07.2026.
Delivery terms: DAP Bielefeld (Incoterms 2020). Payment: 45 days from invoice date.

Best regards
Tomasz Wiśniewski
Sales Manager
Pomorska Obróbka Metali Sp. z o.o.
ul. Budowlanych 31, 80-298 Gdańsk, Poland
tel. +48 58 555 43 10 | NIP 584-555-21-09
"""),
       "partial", "EUR", "2026-07-17", "DAP",
       [line(1, 44.70, "EUR", lead=84), nob(2), nob(3), nob(4), line(5, 21.45, "EUR", qty=160, lead=49)],
       ["lead-time-after-need-by", "no-bid", "quantity-differs"])


# u1008 an Eindhoven sourcing company, HTML only (quoted-printable), English, a table over all five lines with EUR
# amounts in European notation. Shaft "€ 39,95" per pc, 9 weeks -> 63 (Aug 17, before Aug 28). Housing "€ 1.186,00"
# -> 1,186.00, 14 weeks -> 98 (Sep 21, before Oct 2). Fitting "€ 398,00 per 100 pcs" -> 3.98, 3 weeks -> 21 (Jul 6,
# before Aug 14). Cylinder (Festo as specified) "€ 139,80", "from stock" -> 0. Bracket set "€ 22,15 per set", 6 weeks ->
# 42 (Jul 27, before Oct 9). The "Amount" column holds extensions and the bold row the total (9.987,50 + 29.650,00 +
# 7.960,00 + 16.776,00 + 3.322,50 = 67.696,00), never unit prices. Quantities as asked -> null. "Offer valid until 14
# August 2026" -> 2026-08-14 (not short); "CIP Bielefeld" -> CIP. EUR. Every line priced -> parsed, no deviations.
assert close(250 * 39.95, 9987.50) and close(25 * 1186.00, 29650.00) and close(2000 * 3.98, 7960.00)
assert close(120 * 139.80, 16776.00) and close(150 * 22.15, 3322.50)
assert close(9987.50 + 29650.00 + 7960.00 + 16776.00 + 3322.50, 67696.00) and close(398.00 / 100, 3.98)
assert plus("2026-06-15", 63) == "2026-08-17" <= "2026-08-28" and plus("2026-06-15", 98) == "2026-09-21" <= "2026-10-02"
assert plus("2026-06-15", 21) == "2026-07-06" <= "2026-08-14" and plus("2026-06-15", 42) == "2026-07-27" <= "2026-10-09"
U1008_ROWS = [("1", "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412 mm", "250", "&euro; 39,95 per pc", "&euro; 9.987,50", "9 weeks"),
              ("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, primed RAL 7035", "25", "&euro; 1.186,00 per pc", "&euro; 29.650,00", "14 weeks"),
              ("3", "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", "2.000", "&euro; 398,00 per 100 pcs", "&euro; 7.960,00", "3 weeks"),
              ("4", "DSBC-32-80-PPVA-N3", "Festo ISO 15552 cylinder 32/80 (as specified)", "120", "&euro; 139,80 per pc", "&euro; 16.776,00", "from stock"),
              ("5", "2231-004-03", "Sensor bracket set L+R with screws, black anodised", "150", "&euro; 22,15 per set", "&euro; 3.322,50", "6 weeks")]
blind2("u1008-eindhoven-html-all-five-eur-notation", V.msg("Sanne de Vries <s.devries@kempen-sourcing.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Jonas,</p>
<p>Thank you for the opportunity to quote on VM-RFQ-4418. We can supply all five positions through our partner
workshops in the Netherlands and Germany; our offer is below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#FCE4D6"><th>Pos.</th><th>Part number</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th><th>Lead time</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U1008_ROWS) + """
<tr style="font-weight:bold"><td colspan="5" align="right">Total</td><td>&euro; 67.696,00</td><td></td></tr>
</table>
<p>Offer valid until 14 August 2026.<br>
Delivery: CIP Bielefeld (Incoterms 2020), insurance included.<br>
Payment: 30 days net.</p>
<p>Kind regards,</p>
<p>Sanne de Vries<br>
Account Manager<br>
Kempen Industrial Sourcing B.V.<br>
Hurksestraat 19, 5652 AH Eindhoven, The Netherlands<br>
T +31 40 555 2860</p>
<p style="font-size:8pt;color:#8C8C8C">KvK 55512345 | BTW NL855512345B01 | IBAN NL55 INGB 0005 5512 34</p>
</body></html>""", cte="quoted-printable"),
       "parsed", "EUR", "2026-08-14", "CIP",
       [line(1, 39.95, "EUR", lead=63), line(2, 1186.00, "EUR", lead=98), line(3, 3.98, "EUR", lead=21),
        line(4, 139.80, "EUR", lead=0), line(5, 22.15, "EUR", lead=42)],
       [])


if __name__ == "__main__":
    ROUND.write()
