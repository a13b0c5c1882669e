#!/usr/bin/env python3
"""Writes replies u1009..u1024 (Corpus/u*.eml + expected u*.json) - the sixty-fourth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json
(HM-RFQ-2611, those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is TABLES OF EVERY SHAPE: ordinary replies whose quote is a table.
For NR-RFQ-0619: a Georgia distributor's pipe table with an extended-price column and a TOTAL row above the buyer's
quoted request; a Washington fastener house's tab table pasted from Excel with a "Per" column (EA / C / M) and an "N/Q"
row; a Kaohsiung maker's hand-typed space-aligned table with two-line headers ("Unit Price" over "(USD/100)", "Lead time"
over "(weeks)"); a Kentucky supplier's HTML table with merged header cells (rowspan / colspan) and a one-time fixture
charge; a Hessian cable and gasket maker's German ERP table (Menge, ME, Preis EUR, PE, Lieferzeit, Bemerkung) with a
tooling charge in the notes column (ISO-8859-1 quoted-printable); and an Erie distributor's multipart/alternative table
in its own column order (lead time first) with an offered-part column and an MOQ column.
For HM-RFQ-2611: a Utica distributor's upper-case ERP print with a price-unit column (KG / EA / C / M / MTR / SET) and its
legend; a Grenoble seal house's French HTML table (Qté, Prix unitaire HT, Unité de prix "le mille", Délai) in EUR; a
Houston resin distributor's ASCII grid of price-break rows; an XLSX from a Pittsburgh MRO house with its own headers
(Article, Amount, Net each, Extension), "no quote" rows and a total row; and a Nottingham seal and bearing house's
space-aligned GBP table with a pack column (windows-1252).
For VM-RFQ-4418: a Bilbao distributor's Spanish table (Cant., Precio unitario, Plazo de entrega); a Czech machine shop's
XLSX with two header rows and price-break columns (from 100 / 250 / 500) and a one-off FAIR charge; a Swiss
distributor's PDF table with a remarks column, apostrophe thousands ("4'180.00" per 1'000) and an SMC cylinder offered;
a Polish foundry's space-aligned table with decimal commas, space thousands and a total row, a housing batch of 30 and a
late shaft; and a Ghent trading house's HTML table in which every row says "regret" (full no-bid).
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026); quoted history is
dated before them.
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, xlsx, pdf, table_page  # expected-line shapes, one-sheet workbook, text-layer PDF
from make_blind5 import check_page, file_part, multipart, text_part  # MIME parts and the PDF page check
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; date/amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(1009)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def quoted(text, mark=">"):
    """Quotes text as a mail client does: the mark and a space before every line, the bare mark on empty ones."""
    return "\n".join(f"{mark} {t}" if t else mark for t in text.split("\n"))


def html_rows(rows, head_style="background:#D9E1F2"):
    """Table rows: the first one as header cells, the rest as data cells."""
    return "\n".join("<tr>" + "".join((f"<th style=\"{head_style}\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r)
                     + "</tr>" for i, r in enumerate(rows))


# The buyer's request for NR-RFQ-0619 as it sits quoted below some replies (quantities and need-by dates of the RFQ).
NR_REQUEST = """Hello,

Please quote the items below (RFQ NR-RFQ-0619), prices in USD, by June 12, 2026.

Line  Part number     Description                                 Qty     Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 70A, 80 OD x 62 ID x 3 mm       5000    EA    08/03/2026
2     CBL-4C22-PUR    Cable 4 x 22 AWG shielded, PUR, black       1500    M     07/20/2026
3     SCR-M4X10-A2    SHCS M4 x 10, ISO 4762, A2-70               20000   EA    07/13/2026
4     PLT-0915-R2     Motor base plate, 6082-T6, CNC              120     EA    08/17/2026
5     SPR-C0630-302   Compression spring, 302 SS, 0.6 wire        8000    EA    07/27/2026

Thank you,
Nora Reyes
Purchasing, Northridge Robotics"""

# The buyer's request for VM-RFQ-4418 as quoted below some replies (the rows of make_blind6.RFQ_ROWS).
VM_REQUEST = ("Dear Sir or Madam,\n\nplease quote the following items (enquiry VM-RFQ-4418), prices in EUR:\n\n"
              + "\n".join(f"{a:<4}{b:<21}{c:<45}{d:>6} {e:<4} {f}" for a, b, c, d, e, f in
                          [("Pos", "Part no.", "Description", "Qty", "Unit", "Need by")] + V.RFQ_ROWS)
              + "\n\nBest regards\nJonas Albers\nEinkauf / Purchasing, Vossberg Maschinenbau GmbH")


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u1009 a Georgia distributor, plain text: a pipe table (Markdown style) with "Unit USD" and "Ext. USD" columns and a TOTAL
# row, above the buyer's quoted request. Unit prices per the UOM of each row: gasket 0.1840 EA -> 0.184, "4 wks" -> 28
# (Jul 3, before Aug 3); cable 1.3900 per M (metre, the RFQ line's unit; 1,500 x 1.39 = 2,085.00 confirms) -> 1.39, "2 wks"
# -> 14 (Jun 19, before Jul 20); screws 0.0298 -> 0.0298, stock -> 0; plate 43.60 -> 43.6, "6 wks" -> 42 (Jul 17, before
# Aug 17); springs 0.0710 -> 0.071, "3 wks" -> 21 (Jun 26, before Jul 27). Quantities are the RFQ's -> null. The
# extensions and the 9,401.00 total are never unit prices. "Pricing valid through 07/17/2026" -> 2026-07-17 (not short);
# "FOB Macon, GA" -> FOB. Every line priced -> parsed, no deviations.
assert close(5000 * 0.184, 920.00) and close(1500 * 1.39, 2085.00) and close(20000 * 0.0298, 596.00)
assert close(120 * 43.60, 5232.00) and close(8000 * 0.0710, 568.00) and close(920 + 2085 + 596 + 5232 + 568, 9401.00)
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 21) == "2026-06-26"
sample("u1009-pipe-table-ext-and-total-row", S.msg("Darnell Okafor <dokafor@ocmulgee-ind.example>", "text/plain", """Hi Nora,

Thanks for including us on NR-RFQ-0619. We can supply all five lines, quote below (USD).

| Ln | Part #        | Description                  |   Qty | UOM | Unit USD |  Ext. USD | Lead  |
|----|---------------|------------------------------|------:|-----|---------:|----------:|-------|
| 1  | GSK-EPDM-80   | Gasket EPDM 70A 80x62x3      |  5000 | EA  |   0.1840 |    920.00 | 4 wks |
| 2  | CBL-4C22-PUR  | Cable 4C 22AWG shld PUR blk  |  1500 | M   |   1.3900 |  2,085.00 | 2 wks |
| 3  | SCR-M4X10-A2  | SHCS M4x10 ISO4762 A2-70     | 20000 | EA  |   0.0298 |    596.00 | stock |
| 4  | PLT-0915-R2   | Motor base plate 6082-T6     |   120 | EA  |  43.6000 |  5,232.00 | 6 wks |
| 5  | SPR-C0630-302 | Comp spring 302SS .6x6.3x30  |  8000 | EA  |   0.0710 |    568.00 | 3 wks |
|    |               | TOTAL                        |       |     |          |  9,401.00 |       |

Lead times are ARO. FOB Macon, GA (Incoterms 2020), freight prepay & add.
Pricing valid through 07/17/2026.

Let me know if you need certs or samples on the gasket.

Darnell Okafor
Inside Sales | Ocmulgee Industrial Supply
4410 Riverside Dr, Macon, GA 31210
(478) 555-0163

On Mon, Jun 1, 2026 at 7:48 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + quoted(NR_REQUEST) + "\n"),
       "parsed", "USD", "2026-07-17", "FOB",
       [line(1, 0.184, lead=28), line(2, 1.39, lead=14), line(3, 0.0298, lead=0), line(4, 43.60, lead=42),
        line(5, 0.071, lead=21)],
       [])


# u1010 a Washington fastener and spring house, plain text: a TAB-separated table pasted from Excel ("the columns may be a
# bit off"), with a "Per" column and the legend "EA = each, C = per 100 pcs, M = per 1,000 pcs". Line 1 gasket "$18.90"
# per "C" -> 18.90 / 100 = 0.189, "5 weeks" -> 35 (Jul 10, before Aug 3). Line 2 cable "N/Q" -> declined. Line 3 screws
# "$31.20" per "M" -> 31.20 / 1,000 = 0.0312, stock -> 0 ("full boxes of 2,000": 10 boxes, the 20,000 asked). Line 5
# springs "$72.50" per "M" -> 0.0725, "4 weeks" -> 28 (Jul 3, before Jul 27). Quantities as asked -> null. Line 4 (the
# plate) is never mentioned -> missing-line. "Quote good for 45 days" from Fri 5 Jun -> 2026-07-20 (not short);
# "FCA Tacoma, WA" -> FCA. Partial.
assert close(18.90 / 100, 0.189) and close(31.20 / 1000, 0.0312) and close(72.50 / 1000, 0.0725) and 10 * 2000 == 20000
assert plus("2026-06-05", 45) == "2026-07-20" and plus("2026-06-05", 35) == "2026-07-10"
U1010_ROWS = [["Line", "Customer P/N", "Description", "Qty", "UOM", "Price", "Per", "Lead Time", "Comments"],
              ["1", "GSK-EPDM-80", "Gasket EPDM 80 OD x 62 ID x 3", "5,000", "EA", "$18.90", "C", "5 weeks", "die on hand"],
              ["2", "CBL-4C22-PUR", "Cable 4x22 AWG shielded PUR", "1,500", "m", "N/Q", "", "", "not a stocked item"],
              ["3", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000", "EA", "$31.20", "M", "stock", "full boxes of 2,000"],
              ["5", "SPR-C0630-302", "Comp spring 302 SS", "8,000", "EA", "$72.50", "M", "4 weeks", ""]]
sample("u1010-excel-tab-paste-per-column-nq-row", S.msg("Kristin Haugland <khaugland@pugetsound-fs.example>", "text/plain", """Hello Nora -

Here's our quote for NR-RFQ-0619. I pasted it straight out of our quote sheet so the columns may be a bit off in your mail.

""" + "\n".join("\t".join(r) for r in U1010_ROWS) + """

Per: EA = each, C = per 100 pcs, M = per 1,000 pcs

Quote good for 45 days. FCA Tacoma, WA.

thanks!
Kristin Haugland
Puget Sound Fastening & Spring
2715 Pacific Hwy E, Tacoma WA 98424
253-555-0188
"""),
       "partial", "USD", "2026-07-20", "FCA",
       [line(1, 0.189, lead=35), nob(2), line(3, 0.0312, lead=0), line(5, 0.0725, lead=28)],
       ["missing-line", "no-bid"])


# u1011 a Kaohsiung hardware maker, plain text: a hand-typed space-aligned table with TWO-LINE headers - "Q'ty" over
# "(pcs)", "Unit Price" over "(USD/100)", "MOQ" over "(pcs)", "Lead time" over "(weeks)". Gasket 19.60 per 100 -> 0.196,
# MOQ 5,000 (= the quantity, not above), 6 weeks -> 42 (Jul 17, before Aug 3). Screws 2.95 per 100 -> 0.0295, MOQ 10,000
# (below the 20,000), 5 weeks -> 35 (Jul 10, before Jul 13). Springs 6.80 per 100 -> 0.068, MOQ 5,000, 6 weeks -> 42
# (Jul 17, before Jul 27). Quantities as asked -> null. "we cannot supply the PUR cable (CBL-4C22-PUR) and the machined
# base plate (PLT-0915-R2)" -> lines 2, 4 declined. "FOB Kaohsiung" -> FOB; "Offer valid for 60 days" from Fri 5 Jun ->
# 2026-08-04 (not short). Partial, no-bid.
assert close(19.60 / 100, 0.196) and close(2.95 / 100, 0.0295) and close(6.80 / 100, 0.068)
assert plus("2026-06-05", 60) == "2026-08-04" and plus("2026-06-05", 35) == "2026-07-10"
sample("u1011-typed-table-two-line-header-usd-per-100", S.msg("Amy Lin <amy.lin@jinfa-hw.example>", "text/plain", """Dear Nora,

Good day! Thanks for your inquiry NR-RFQ-0619. Pls find our best offer as below:

Item  Part No.         Description                  Q'ty      Unit Price   MOQ       Lead time
                                                    (pcs)     (USD/100)    (pcs)     (weeks)
----  ---------------  ---------------------------  --------  -----------  --------  ---------
 1    GSK-EPDM-80      EPDM gasket 80x62x3t           5,000      19.60       5,000       6
 3    SCR-M4X10-A2     SHCS M4x10 A2-70              20,000       2.95      10,000       5
 5    SPR-C0630-302    Spring SUS302 0.6x6.3x30L      8,000       6.80       5,000       6

Remark:
1. Price term: FOB Kaohsiung, Taiwan (Incoterms 2020).
2. Lead time is after receipt of PO.
3. Offer valid for 60 days.
4. Payment: T/T 30 days after B/L date.

Sorry, we cannot supply the PUR cable (CBL-4C22-PUR) and the machined base plate (PLT-0915-R2), these are
not our products.

Any question pls feel free to contact me.

Best regards,
Amy Lin
Sales Dept.
Kaohsiung Jinfa Hardware Co., Ltd.
No. 57, Lane 210, Sanmin Rd., Dashe Dist., Kaohsiung City 815, Taiwan
Tel: +886-7-555-0148  Fax: +886-7-555-0149
"""),
       "partial", "USD", "2026-08-04", "FOB",
       [line(1, 0.196, lead=42, moq=5000), nob(2), line(3, 0.0295, lead=35, moq=10000), nob(4),
        line(5, 0.068, lead=42, moq=5000)],
       ["no-bid"])


# u1012 a Kentucky supplier with its own machine shop, HTML only (quoted-printable): a table with MERGED header cells -
# "Description" spans two header rows (rowspan), "Your RFQ NR-RFQ-0619" spans Line / Part no. / Qty and "Our offer" spans
# Unit price (USD) / Per / Lead time (colspan); the cable row's "no quote" spans the three offer cells. Rows in the
# vendor's order: plate "$39.85" "each" -> 39.85, 7 weeks -> 49 (Jul 24, before Aug 17); gasket "$171.00" per "1,000 pcs"
# -> 0.171, 5 weeks -> 35 (Jul 10, before Aug 3); cable "no quote" -> declined; screws "$30.40" per "1,000 pcs" -> 0.0304,
# 2 weeks -> 14 (Jun 19, before Jul 13). Quantities as asked -> null. The springs (line 5) never mentioned -> missing-line.
# "One-time programming and fixture charge for PLT-0915-R2: $385.00" -> note. "Quote valid until June 22, 2026" -> earlier
# than Jun 26 -> validity-short. "EXW Frankfort, KY" -> EXW. Partial.
assert close(171.00 / 1000, 0.171) and close(30.40 / 1000, 0.0304) and plus("2026-06-05", 49) == "2026-07-24"
sample("u1012-html-merged-header-cells", S.msg("Wade Ashby <washby@kyriver-precision.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning Nora,</p>
<p>Thank you for the opportunity to quote NR-RFQ-0619. Our offer is in the table below; the base plate is made in our
own shop, the gasket and screws come from our distribution side.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1F4E79;color:#FFFFFF">
<th rowspan="2">Description</th><th colspan="3">Your RFQ NR-RFQ-0619</th><th colspan="3">Our offer</th></tr>
<tr style="background:#1F4E79;color:#FFFFFF">
<th>Line</th><th>Part no.</th><th>Qty</th><th>Unit price (USD)</th><th>Per</th><th>Lead time</th></tr>
<tr><td>Motor base plate, 10 mm 6082-T6, CNC milled</td><td>4</td><td>PLT-0915-R2</td><td>120</td><td>$39.85</td><td>each</td><td>7 weeks</td></tr>
<tr><td>Gasket, EPDM 70A, 80 x 62 x 3 mm</td><td>1</td><td>GSK-EPDM-80</td><td>5,000</td><td>$171.00</td><td>1,000 pcs</td><td>5 weeks</td></tr>
<tr><td>Cable, 4 x 22 AWG shielded, PUR</td><td>2</td><td>CBL-4C22-PUR</td><td>1,500 m</td><td colspan="3" style="text-align:center">no quote</td></tr>
<tr><td>Socket head cap screw M4 x 10, A2-70</td><td>3</td><td>SCR-M4X10-A2</td><td>20,000</td><td>$30.40</td><td>1,000 pcs</td><td>2 weeks</td></tr>
</table>
<p>One-time programming and fixture charge for PLT-0915-R2: $385.00, invoiced with the first delivery.</p>
<p>Quote valid until June 22, 2026 (aluminum pricing). EXW Frankfort, KY (Incoterms 2020). Terms net 30.</p>
<p>Best regards,<br>Wade Ashby<br>Estimating | Kentucky River Precision &amp; Supply<br>
1180 Louisville Rd, Frankfort, KY 40601<br>502-555-0191</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-06-22", "EXW",
       [line(1, 0.171, lead=35), nob(2), line(3, 0.0304, lead=14), line(4, 39.85, lead=49)],
       ["missing-line", "no-bid", "note", "validity-short"])


# u1013 a Hessian cable and gasket maker, ISO-8859-1 quoted-printable plain text: English body, GERMAN table from its ERP
# ("Pos., Artikel-Nr., Bezeichnung, Menge, ME, Preis EUR, PE, Lieferzeit, Bemerkung"; "PE is the price unit (price per 1
# or per 100 units)"). Prices in EUR -> currency-differs. Pos. 1 gasket "17,40" per PE 100 -> 17.40 / 100 = 0.174 EUR,
# "4 Wochen" -> 28 (Jul 3, before Aug 3); its Bemerkung "zzgl. Stanzwerkzeug einmalig 240,00 EUR" (plus a one-time
# cutting die) -> note. Pos. 2 cable "1,26" per PE 1 (per m) -> 1.26 EUR, "15 Arbeitstage" -> 15 x 7/5 = 21 (Jun 26, before
# Jul 20); "Trommeln à 500 m" = 3 drums for the 1,500 m asked -> null. Pos. 3-5 "kein Angebot" -> declined. "Angebot gültig
# bis 24.07.2026" -> 2026-07-24 (not short); "FCA Gießen" -> FCA. Partial.
assert close(17.40 / 100, 0.174) and workdays(15) == 21 and 3 * 500 == 1500 and plus("2026-06-05", 21) == "2026-06-26"
sample("u1013-german-erp-table-bemerkung-column", S.msg("Matthias Rühl <m.ruehl@lahntal-kd.example>", "text/plain", """Dear Ms Reyes,

thank you for your enquiry NR-RFQ-0619. Please find our offer below. The table comes straight out of our ERP
system, so the headings are German - PE is the price unit (price per 1 or per 100 units). All prices in EUR.

Pos. Artikel-Nr.     Bezeichnung                      Menge    ME  Preis EUR  PE   Lieferzeit       Bemerkung
1    GSK-EPDM-80     Flachdichtung EPDM 80x62x3       5.000    St  17,40      100  4 Wochen         zzgl. Stanzwerkzeug einmalig 240,00 EUR
2    CBL-4C22-PUR    Leitung 4x22 AWG geschirmt PUR   1.500    m   1,26       1    15 Arbeitstage   Trommeln à 500 m
3    SCR-M4X10-A2    Zylinderschraube M4x10 A2-70     20.000   St  -          -    -                kein Angebot
4    PLT-0915-R2     Motorgrundplatte 6082-T6         120      St  -          -    -                kein Angebot
5    SPR-C0630-302   Druckfeder 1.4310 0,6x6,3x30     8.000    St  -          -    -                kein Angebot

Angebot gültig bis 24.07.2026. Lieferung FCA Gießen (Incoterms 2020), Zahlung 30 Tage netto.

We hope our offer meets your expectations and look forward to your order.

Mit freundlichen Grüßen / Best regards

Matthias Rühl
Vertrieb Export
Lahntal Kabel- und Dichtungstechnik GmbH
Am Lahnufer 14, 35398 Gießen, Germany
Tel. +49 641 555 0172
Geschäftsführer: Dr. Claudia Weyand - Amtsgericht Gießen HRB 5527
""", charset="iso-8859-1", cte="quoted-printable"),
       "partial", "EUR", "2026-07-24", "FCA",
       [line(1, 0.174, "EUR", lead=28), line(2, 1.26, "EUR", lead=21), nob(3), nob(4), nob(5)],
       ["currency-differs", "no-bid", "note"])


# u1014 an Erie distributor, multipart/alternative (both parts carry the same table) in the vendor's OWN column order:
# Lead time | Unit price | Qty quoted | MOQ | Offered part | Your part no. | Notes. Gasket 3 wks, $0.179, 5,000, same part ->
# 0.179, 21. Cable 2 wks, "$1.41 /m", 1,500 m -> 1.41, 14 (Jun 19, before Jul 20). Screws stock, $0.0302, "25,000",
# MOQ "25,000" ("factory carton of 25,000 pcs, minimum one carton") -> 0.0302, quantity 25000 (quantity-differs), moq
# 25000 above the 20,000 asked (moq-above-quantity), 0. Plate 8 wks, $40.20, 120 -> 40.20, 56 (Jul 31, before Aug 17).
# Springs 4 wks, $0.0648, 8,000, offered part "KS-0630-316" with the note "316 SS in place of 302, same dimensions" ->
# alternatePartNumber KS-0630-316 (alternate-part), 0.0648, 28 (Jul 3, before Jul 27). "same" in the offered-part column
# means no alternate. Every line priced -> parsed. "Valid 30 days" from Fri 5 Jun -> 2026-07-05 (not short);
# "DAP Dayton, OH" -> DAP.
assert 25000 > 20000 and plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 30) == "2026-07-05"
U1014_ROWS = [("Lead time", "Unit price", "Qty quoted", "MOQ", "Offered part", "Your part no.", "Notes"),
              ("3 wks", "$0.179", "5,000", "", "same", "GSK-EPDM-80", ""),
              ("2 wks", "$1.41 /m", "1,500 m", "", "same", "CBL-4C22-PUR", ""),
              ("stock", "$0.0302", "25,000", "25,000", "same", "SCR-M4X10-A2", "factory carton of 25,000 pcs, minimum one carton"),
              ("8 wks", "$40.20", "120", "", "same", "PLT-0915-R2", "deburred, edges broken"),
              ("4 wks", "$0.0648", "8,000", "", "KS-0630-316", "SPR-C0630-302", "316 SS in place of 302, same dimensions")]
U1014_WIDTHS = [11, 12, 12, 9, 14, 16, 0]
U1014_TEXT = """Nora,

Good morning. Our quote CCI-Q-60517 for NR-RFQ-0619 is below - the columns are in the order our quoting
system prints them, sorry if that's backwards from your sheet.

""" + "\n".join("".join(f"{c:<{w}}" if w else c for c, w in zip(r, U1014_WIDTHS)).rstrip() for r in U1014_ROWS) + """

All prices USD. DAP Dayton, OH (Incoterms 2020). Valid 30 days.

Thank you,
Shannon Kowalczyk
Conneaut Creek Industrial
2030 W 12th St, Erie, PA 16505
814-555-0126
"""
U1014_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Nora,</p>
<p>Good morning. Our quote CCI-Q-60517 for NR-RFQ-0619 is below - the columns are in the order our quoting
system prints them, sorry if that's backwards from your sheet.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
""" + html_rows(U1014_ROWS, "background:#FFF2CC") + """
</table>
<p>All prices USD. DAP Dayton, OH (Incoterms 2020). Valid 30 days.</p>
<p>Thank you,<br>Shannon Kowalczyk<br>Conneaut Creek Industrial<br>2030 W 12th St, Erie, PA 16505<br>814-555-0126</p>
</body></html>"""
sample("u1014-alt-own-column-order-offered-part-moq", S.alternative("Shannon Kowalczyk <skowalczyk@conneaut-ind.example>",
                                                                    U1014_TEXT, U1014_HTML),
       "parsed", "USD", "2026-07-05", "DAP",
       [line(1, 0.179, lead=21), line(2, 1.41, lead=14), line(3, 0.0302, qty=25000, lead=0, moq=25000),
        line(4, 40.20, lead=56), line(5, 0.0648, lead=28, alt="KS-0630-316")],
       ["alternate-part", "moq-above-quantity", "quantity-differs"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u1015 a Utica distributor, plain text: its upper-case ERP quotation print with a "PU" (price unit) column and the legend
# "EA = EACH  C = PER 100  M = PER 1,000  KG = PER KILOGRAM  MTR = PER METER  SET = PER SET". Resin 3.46 per KG -> 3.46,
# 3 WKS -> 21 (Jul 3, before Jul 20). Sheet 151.20 per EA -> 151.20, 4 WKS -> 28 (Jul 10, before Aug 10). Bearing 318.00
# per C -> 3.18, STOCK -> 0. O-ring 19.60 per M -> 0.0196, 2 WKS -> 14. Hose 4.52 per MTR -> 4.52, 3 WKS -> 21 (Jul 3,
# before Sep 1). Kit 35.75 per SET -> 35.75, 6 WKS -> 42 (Jul 24, before Sep 21). Quantities are the RFQ's -> null. The
# "06/12/26" in the print header is the quote date. "QUOTE EXPIRES 07/31/2026" (not short); "FOB UTICA NY" -> FOB. Every
# line priced -> parsed, no deviations.
assert close(318.00 / 100, 3.18) and close(19.60 / 1000, 0.0196) and plus("2026-06-12", 42) == "2026-07-24"
blind("u1015-erp-print-price-unit-column", H.msg("Gary Szymanski <gszymanski@oriskany-ind.example>", "text/plain", """Lena,

Quote for HM-RFQ-2611 below, printed from our system. Any questions just call.

Gary

OIS  ORISKANY INDUSTRIAL SUPPLY, INC.                    QUOTATION   Q0048817
     9 SENECA TPKE, NEW HARTFORD NY 13413               DATE        06/12/26
     315-555-0153                                       PAGE        1
CUSTOMER: HALVORSEN MFG          ATTN: LENA MARSH       YOUR REF    HM-RFQ-2611

LN  ITEM               DESCRIPTION                          QTY  UM        PRICE  PU   DELIVERY
--  -----------------  ------------------------------  --------  ---  ---------  ---  --------
 1  RES-PA66-GF30      PA66 GF30 HS BLK 25KG BAG           2500  KG        3.46  KG   3 WKS
 2  SHT-5052H32-030    AL SHT 5052H32 3.0X1250X2500          90  EA      151.20  EA   4 WKS
 3  BRG 6205-2RS       BRG 6205-2RS C3                      400  EA      318.00  C    STOCK
 4  OR-0120-NBR70      O-RING 12.0X2.0 NBR70 BLK          50000  EA       19.60  M    2 WKS
 5  HSE-2SN-08         HOSE EN853 2SN DN12 275BAR           800  MTR       4.52  MTR  3 WKS
 6  KIT-PX200-SEAL     SEAL KIT PX-200                      150  SET      35.75  SET  6 WKS

PU = PRICE UNIT:  EA = EACH  C = PER 100  M = PER 1,000  KG = PER KILOGRAM  MTR = PER METER  SET = PER SET
TERMS: NET 30    FOB UTICA NY (INCOTERMS 2020)    QUOTE EXPIRES 07/31/2026

Gary Szymanski
Outside Sales, Oriskany Industrial Supply
"""),
       "parsed", "USD", "2026-07-31", "FOB",
       [line(1, 3.46, lead=21), line(2, 151.20, lead=28), line(3, 3.18, lead=0), line(4, 0.0196, lead=14),
        line(5, 4.52, lead=21), line(6, 35.75, lead=42)],
       [])


# u1016 a Grenoble seal and bearing house, HTML only in FRENCH (quoted-printable): "Ligne, Réf. client, Désignation, Qté,
# Prix unitaire HT (€), Unité de prix, Délai" with the legend "le mille = prix pour 1 000 pièces". Prices in euros ->
# EUR (currency-differs). Line 3 bearing "pas d'offre (hors gamme)" -> declined. Line 4 O-ring "18,90" "le mille" ->
# 18.90 / 1,000 = 0.0189 EUR, "3 semaines" -> 21 (Jul 3, before Aug 17). Line 6 kit "32,60" "le kit" -> 32.60 EUR,
# "15 jours ouvrés" -> 21 (Jul 3, before Sep 21). "50 000" / "150" are the quantities asked -> null. Resin, sheet and
# hose never mentioned -> missing-line. "Offre valable jusqu'au 31 juillet 2026" -> 2026-07-31 (not short);
# "FCA Grenoble" -> FCA. Partial.
assert close(18.90 / 1000, 0.0189) and workdays(15) == 21 and plus("2026-06-12", 21) == "2026-07-03"
U1016_ROWS = [("Ligne", "Réf. client", "Désignation", "Qté", "Prix unitaire HT (€)", "Unité de prix", "Délai"),
              ("3", "BRG 6205-2RS", "Roulement rigide à billes 6205-2RS C3", "400", "pas d'offre (hors gamme)", "", ""),
              ("4", "OR-0120-NBR70", "Joint torique 12 x 2 NBR 70 noir", "50 000", "18,90", "le mille", "3 semaines"),
              ("6", "KIT-PX200-SEAL", "Kit de joints pompe PX-200", "150", "32,60", "le kit", "15 jours ouvrés")]
blind("u1016-french-html-table-le-mille", H.msg("Sandrine Fauré <s.faure@isere-etancheite.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Bonjour Madame Marsh,</p>
<p>Nous vous remercions pour votre demande HM-RFQ-2611 et vous prions de trouver ci-dessous notre offre, prix en euros.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
""" + html_rows(U1016_ROWS, "background:#DDEBF7") + """
</table>
<p style="font-size:9pt">le mille = prix pour 1 000 pièces</p>
<p>Offre valable jusqu'au 31 juillet 2026. Incoterm : FCA Grenoble (Incoterms 2020). Paiement à 45 jours fin de mois.</p>
<p>Restant à votre disposition,<br>Cordialement,</p>
<p>Sandrine Fauré<br>Service commercial export<br>Isère Étanchéité &amp; Roulements SAS<br>
17 rue des Glairons, 38400 Saint-Martin-d'Hères, France<br>Tél. +33 4 76 55 01 38</p>
</body></html>""", cte="quoted-printable", subject="RE: RFQ HM-RFQ-2611 - offre joints toriques et kits"),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(3), line(4, 0.0189, "EUR", lead=21), line(6, 32.60, "EUR", lead=21)],
       ["currency-differs", "missing-line", "no-bid"])


# u1017 a Houston resin distributor, plain text: the resin only, with an ASCII GRID (+---+) of price-break ROWS per kg:
# "1,000 - 1,999: 3.58 / 2,000 - 4,999: 3.41 / 5,000 +: 3.27" -> the 2,500 kg asked falls in the 2,000 - 4,999 row ->
# 3.41; "Minimum order: 1,000 kg (one pallet)" -> moq 1000 (below the 2,500, no deviation); "your 2,500 kg = 100 bags" is
# the quantity asked -> null; "2-3 weeks ARO" -> upper bound 21 (Jul 3, before Jul 20). The other five lines are never
# mentioned -> missing-line (the quoted RFQ below is history). "Resin prices are valid 7 days" from Fri 12 Jun ->
# 2026-06-19, earlier than Jul 3 -> validity-short. "FOB Houston, TX" -> FOB. Partial.
assert 2000 <= 2500 <= 4999 and 2500 / 25 == 100 and plus("2026-06-12", 7) == "2026-06-19"
blind("u1017-ascii-grid-resin-break-rows", H.msg("Luis Carrizales <lcarrizales@buffalobayou-poly.example>", "text/plain", """Lena,

Thanks for sending HM-RFQ-2611 over. Here is our quote on the resin:

RES-PA66-GF30  PA66 30% GF, heat stabilized, black - 25 kg bags, 40 bags per pallet
Minimum order: 1,000 kg (one pallet). Your 2,500 kg = 100 bags.

+-----------------+------------------+--------------------+
| Quantity (kg)   | Price (USD/kg)   | Packed             |
+-----------------+------------------+--------------------+
| 1,000 - 1,999   | 3.58             | 25 kg bags         |
| 2,000 - 4,999   | 3.41             | 25 kg bags         |
| 5,000 +         | 3.27             | 1,000 kg octabins  |
+-----------------+------------------+--------------------+

Lead time 2-3 weeks ARO. FOB Houston, TX.
Resin prices are valid 7 days - the PA66 market is moving.

Best,
Luis Carrizales
Buffalo Bayou Polymers, LLC
8800 Clinton Dr, Houston, TX 77029
713-555-0117

-----Original Message-----
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Tuesday, June 9, 2026 2:14 PM
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Please quote the following, USD, by June 19:

""" + H.RFQ_TABLE + """

Thanks,
Lena Marsh
Halvorsen Manufacturing
"""),
       "partial", "USD", "2026-06-19", "FOB",
       [line(1, 3.41, lead=21, moq=1000)],
       ["missing-line", "validity-short"])


# u1018 a Pittsburgh MRO house, XLSX attachment with its OWN headers: "Article | Your ref. | Amount | Net each | Extension
# | Delivery | Comment", "no quote" rows and a Total row. Sheet: 90 x 149.40 = 13,446.00 -> 149.40, 4 weeks -> 28 (Jul 10,
# before Aug 10). Bearing: 400 x 2.96 = 1,184.00 -> 2.96, "ex stock" -> 0. Hose: 800 x 4.41 = 3,528.00, comment "per
# metre" -> 4.41, 3 weeks -> 21 (Jul 3, before Sep 1). "Amount" is the quantity asked -> null. Resin, O-ring, kit rows
# "no quote" / "regret - proprietary kit" -> declined. The extensions and the 18,158.00 total are not unit prices. Body:
# "valid 30 days" from Fri 12 Jun -> 2026-07-12 (not short); "FCA Pittsburgh, PA" -> FCA. Partial, no-bid.
assert close(90 * 149.40, 13446.00) and close(400 * 2.96, 1184.00) and close(800 * 4.41, 3528.00)
assert close(13446.00 + 1184.00 + 3528.00, 18158.00) and plus("2026-06-12", 30) == "2026-07-12"
U1018_XLSX = xlsx([
    ["Monongahela MRO Supply Co. - Quotation MMS-Q-77215"],
    ["For: Halvorsen Manufacturing, Lena Marsh - your RFQ HM-RFQ-2611 - currency USD"],
    [""],
    ["Article", "Your ref.", "Amount", "Net each", "Extension", "Delivery", "Comment"],
    ["PA66 GF30 resin, black", "RES-PA66-GF30", 2500, "", "", "", "no quote"],
    ["Aluminium sheet 5052-H32 3.0 x 1250 x 2500", "SHT-5052H32-030", 90, 149.4, 13446, "4 weeks", ""],
    ["Ball bearing 6205-2RS C3 (SKF)", "BRG 6205-2RS", 400, 2.96, 1184, "ex stock", ""],
    ["O-ring 12.0 x 2.0 NBR 70", "OR-0120-NBR70", 50000, "", "", "", "no quote"],
    ["Hose EN 853 2SN DN12", "HSE-2SN-08", 800, 4.41, 3528, "3 weeks", "per metre"],
    ["Seal kit PX-200", "KIT-PX200-SEAL", 150, "", "", "", "regret - proprietary kit"],
    ["Total", "", "", "", 18158, "", ""],
])
blind("u1018-xlsx-own-headers-no-quote-rows-total", H.with_attachment("Colleen Mazur <cmazur@monongahela-mro.example>", """Hi Lena,

Please find attached our quotation MMS-Q-77215 against HM-RFQ-2611. We have quoted the sheet, the
bearings and the hose; the other three items are marked in the sheet.

Prices are valid 30 days, FCA Pittsburgh, PA (Incoterms 2020). Terms net 30.

Kind regards,
Colleen Mazur
Monongahela MRO Supply Co.
600 Railroad St, Pittsburgh, PA 15222
412-555-0108

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may
contain confidential information. If you received it in error, please delete it and notify the sender.""",
                                                                                     XLSX, "MMS-Q-77215.xlsx", U1018_XLSX),
       "partial", "USD", "2026-07-12", "FCA",
       [nob(1), line(2, 149.40, lead=28), line(3, 2.96, lead=0), nob(4), line(5, 4.41, lead=21), nob(6)],
       ["no-bid"])


# u1019 a Nottingham seal and bearing house, windows-1252 plain text in pounds ("Our prices are in GBP (£)") -> GBP
# (currency-differs). Space-aligned table with a "Pack" column. Bearing: pack 30, "Qty offered 420 (14 x 30)", "£2.64
# each" -> 2.64, quantity 420 (quantity-differs: "sold in multiples of 30 ... hence 420 rather than 400"), "ex stock" ->
# 0. O-ring: pack 1,000, 50,000, "£14.80 per 1,000" -> 0.0148, 2 weeks -> 14 (Jun 26, before Aug 17). Kit: pack 1, 150,
# "£27.95 each" -> 27.95, 5 weeks -> 35 (Jul 17, before Sep 21). "We're not able to quote the resin, the aluminium sheet
# or the hose" -> lines 1, 2, 5 declined. "Prices valid until 17 July 2026" (not short); "CIP Chicago, IL" -> CIP.
# Partial.
assert 14 * 30 == 420 and 13 * 30 < 400 and close(14.80 / 1000, 0.0148) and plus("2026-06-12", 35) == "2026-07-17"
blind("u1019-gbp-pack-column-multiples-of-30", H.msg("Ian Pocklington <ian.pocklington@trentside-sb.example>", "text/plain", """Hi Lena,

Thank you for the enquiry. Our prices are in GBP (£), see the table below.

Your part no.     Description                     Pack    Qty offered      Price               Delivery
BRG 6205-2RS      Bearing 6205-2RS C3              30     420 (14 x 30)    £2.64 each          ex stock
OR-0120-NBR70     O-ring 12 x 2 NBR70 black     1,000     50,000           £14.80 per 1,000    2 weeks
KIT-PX200-SEAL    Seal kit PX-200 (to your BOM)    1     150              £27.95 each         5 weeks

Bearings are sold in multiples of 30 (full packs only), hence 420 rather than 400.

We're not able to quote the resin, the aluminium sheet or the hose - not our line I'm afraid.

Prices valid until 17 July 2026, CIP Chicago, IL (Incoterms 2020). Payment 30 days end of month.

Kind regards

Ian Pocklington
Sales Engineer
Trentside Seals & Bearings Ltd
Unit 4, Lenton Lane Industrial Estate, Nottingham NG7 2PW
Tel: +44 115 555 0194
Registered in England No. 04417326
""", charset="windows-1252"),
       "partial", "GBP", "2026-07-17", "CIP",
       [nob(1), nob(2), line(3, 2.64, "GBP", qty=420, lead=0), line(4, 0.0148, "GBP", lead=14), nob(5),
        line(6, 27.95, "GBP", lead=35)],
       ["currency-differs", "no-bid", "quantity-differs"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u1020 a Bilbao distributor, UTF-8 quoted-printable plain text in SPANISH: "Lín. | Su referencia | Descripción | Cant. |
# Precio unitario | Plazo de entrega". Línea 1 shaft "sin oferta (no fabricamos piezas torneadas)" -> declined. Línea 3
# fitting "412,00 € / 100 uds." -> 412.00 / 100 = 4.12 EUR, "2.000" as asked -> null, "10 días laborables" -> 14 (Jun 29,
# before Aug 14). Línea 4 cylinder "96,40 € / ud." -> 96.40, Festo as asked (no alternate), "3 semanas" -> 21 (Jul 6,
# before Sep 11). Housing and bracket set never mentioned -> missing-line. "Validez de la oferta: 30 días" from Mon 15 Jun
# -> 2026-07-15 (not short); "FCA Bilbao" -> FCA. EUR. Partial.
assert close(412.00 / 100, 4.12) and workdays(10) == 14 and plus("2026-06-15", 30) == "2026-07-15"
assert plus("2026-06-15", 14) == "2026-06-29" and plus("2026-06-15", 21) == "2026-07-06"
blind2("u1020-spanish-table-por-100-uds", V.msg("Iñaki Etxeberria <i.etxeberria@nervion-suministros.example>", "text/plain", """Estimado Sr. Albers:

Le agradecemos su solicitud VM-RFQ-4418. A continuación le enviamos nuestra oferta:

Lín.  Su referencia        Descripción                            Cant.   Precio unitario       Plazo de entrega
1     SH-2231-C rev B      Eje de accionamiento 42CrMo4           250     sin oferta (no fabricamos piezas torneadas)
3     FIT-316-G12-10       Racor macho G1/2 - tubo 10 mm, 316L    2.000   412,00 € / 100 uds.   10 días laborables
4     DSBC-32-80-PPVA-N3   Cilindro ISO 15552 32/80 Festo         120     96,40 € / ud.         3 semanas

Condiciones de entrega: FCA Bilbao (Incoterms 2020).
Forma de pago: transferencia a 60 días.
Validez de la oferta: 30 días.

Quedamos a su disposición para cualquier aclaración.

Un saludo,

Iñaki Etxeberria
Departamento Comercial
Suministros Industriales Nervión, S.L.
Polígono Ugaldeguren III, parcela 8, 48170 Zamudio (Bizkaia)
Tel. +34 944 55 01 62

Este mensaje y sus anexos son confidenciales y para uso exclusivo del destinatario.
""", cte="quoted-printable", subject="RE: RFQ VM-RFQ-4418 - oferta Nervión"),
       "partial", "EUR", "2026-07-15", "FCA",
       [nob(1), line(3, 4.12, "EUR", lead=14), line(4, 96.40, "EUR", lead=21)],
       ["missing-line", "no-bid"])


# u1021 a Czech machine shop, XLSX with TWO HEADER ROWS and PRICE-BREAK COLUMNS: "Unit price EUR by order quantity" over
# "from 100 | from 250 | from 500". Shaft, 250 asked -> the "from 250" column -> 37.20, 8 weeks -> 56 (Aug 10, before
# Aug 28). Bracket set, 150 asked -> the "from 100" column (150 < 250) -> 17.60, 6 weeks -> 42 (Jul 27, before Oct 9).
# Quantities as asked -> null. Sheet note "FAIR (first article inspection report) per part number, one-off: EUR 180.00"
# -> note. Body: "Pos. 2, 3 and 4: no quote" -> declined. "Offer valid until 14 August 2026" (not short); "FCA Žďár nad
# Sázavou" -> FCA. EUR. Partial.
assert 250 <= 250 < 500 and 100 <= 150 < 250 and plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 42) == "2026-07-27"
U1021_XLSX = xlsx([
    ["Strojírna Sázava s.r.o. - Nabídka / Offer NAB-2026-0418"],
    ["Customer: Vossberg Maschinenbau GmbH - enquiry VM-RFQ-4418 - prices in EUR"],
    [""],
    ["Pos.", "Part No.", "Description", "Qty", "Unit price EUR by order quantity", "", "", "Delivery"],
    ["", "", "", "", "from 100", "from 250", "from 500", ""],
    [1, "SH-2231-C rev B", "Drive shaft 42CrMo4 QT, 30 h6 x 412, keyway 8 P9", 250, 39.8, 37.2, 35.9, "8 weeks"],
    [5, "2231-004-03", "Sensor bracket set L+R with screws, 6082-T6 black anodised", 150, 17.6, 16.4, 15.7, "6 weeks"],
    [""],
    ["FAIR (first article inspection report) per part number, one-off: EUR 180.00"],
])
blind2("u1021-xlsx-two-header-rows-break-columns", V.message("Petr Dvořáček <dvoracek@strojirna-sazava.example>", multipart("mixed", "=_sazava_0418", [
    text_part("text/plain", """Dear Mr. Albers,

thank you for your enquiry VM-RFQ-4418. Attached please find our offer NAB-2026-0418 for the shaft and
the bracket sets, with prices for 100 / 250 / 500 pieces.

Pos. 2, 3 and 4: no quote - we do not machine castings and do not trade purchased parts.

Offer valid until 14 August 2026. Delivery FCA Žďár nad Sázavou (Incoterms 2020), payment 30 days.

Best regards
Petr Dvořáček
Sales
Strojírna Sázava s.r.o.
Jihlavská 1187, 591 01 Žďár nad Sázavou, Czech Republic
+420 566 555 041"""),
    file_part(XLSX, "NAB-2026-0418.xlsx", U1021_XLSX)])),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 37.20, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 17.60, "EUR", lead=42)],
       ["no-bid", "note"])


# u1022 a Swiss pneumatics distributor, PDF attachment: a table "Pos | Your ref. | Offered item | Qty | Price EUR | per |
# Delivery | Remarks" with APOSTROPHE thousands. Fitting: offered "as requested", "2'000", "4'180.00" per "1'000" ->
# 4,180.00 / 1,000 = 4.18 EUR, 2 weeks -> 14 (Jun 29, before Aug 14). Cylinder: "Your ref." DSBC-32-80-PPVA-N3, offered
# item "SMC C96SDB32-80C", remark "ISO 15552 equivalent", footer "Festo DSBC is not available to us; we offer the SMC
# equivalent C96SDB32-80C" -> alternatePartNumber C96SDB32-80C (alternate-part), "91.50" per "1" -> 91.50, 3 weeks -> 21
# (Jul 6, before Sep 11). Quantities as asked -> null. Shaft, housing and bracket set never mentioned -> missing-line.
# "Offer valid 14 days" from Mon 15 Jun -> 2026-06-29, earlier than Jul 10 -> validity-short. "FCA Adliswil" -> FCA.
# EUR. Partial.
assert close(4180.00 / 1000, 4.18) and plus("2026-06-15", 14) == "2026-06-29"
P1022 = check_page(table_page(
    "Sihltal Pneumatik AG - Offerte / Offer 26-3391",
    ["Pos", "Your ref.", "Offered item", "Qty", "Price EUR", "per", "Delivery", "Remarks"],
    [["1", "FIT-316-G12-10", "as requested", "2'000", "4'180.00", "1'000", "2 weeks", ""],
     ["2", "DSBC-32-80-PPVA-N3", "SMC C96SDB32-80C", "120", "91.50", "1", "3 weeks", "ISO 15552 equivalent"]],
    ["Date: 15.06.2026    Customer: Vossberg Maschinenbau GmbH, Mr J. Albers    Your enquiry: VM-RFQ-4418",
     "Price unit (per): 1 = per piece, 1'000 = per 1'000 pieces. Prices in EUR, net, excl. VAT.",
     "Festo DSBC is not available to us; we offer the SMC equivalent C96SDB32-80C (same mounting dimensions).",
     "Delivery FCA Adliswil (Incoterms 2020). Payment 30 days net. Offer valid 14 days.",
     "Sihltal Pneumatik AG  |  Zürichstrasse 142, CH-8134 Adliswil  |  +41 44 555 02 73"],
    [28, 110, 100, 40, 55, 35, 50, 120]))
blind2("u1022-swiss-pdf-remarks-apostrophe-smc", V.message("Reto Baumgartner <r.baumgartner@sihltal-pneumatik.example>", multipart("mixed", "=_sihltal_3391", [
    text_part("text/plain", """Guten Tag Herr Albers

Thank you for your enquiry. Please find attached our offer 26-3391 for the fittings and the cylinders
(SMC instead of Festo, see remarks).

Freundliche Grüsse / Kind regards
Reto Baumgartner
Sihltal Pneumatik AG
+41 44 555 02 73"""),
    file_part("application/pdf", "Offerte_26-3391.pdf", pdf([P1022]))])),
       "partial", "EUR", "2026-06-29", "FCA",
       [line(3, 4.18, "EUR", lead=14), line(4, 91.50, "EUR", lead=21, alt="C96SDB32-80C")],
       ["alternate-part", "missing-line", "validity-short"])


# u1023 a Polish foundry and machine shop, plain text in English with DECIMAL COMMAS and SPACE thousands, a hand-aligned
# table with a "Value EUR" column and a TOTAL row. Shaft "34,60" -> 34.60, 250 as asked -> null, 12 weeks -> 84 -> Jun 15
# + 84 = Sep 7, AFTER the Aug 28 need-by -> lead-time-after-need-by. Housing "1 362,00" -> 1362.00, "30" pieces because
# "our minimum casting batch is 30 pcs ... so we quote 30 pcs instead of 25" -> quantity 30 (quantity-differs), moq 30
# above the 25 asked (moq-above-quantity), 14 weeks -> 98 (Sep 21, before Oct 2). "8 650,00", "40 860,00" and the TOTAL
# "49 510,00" are extensions, not unit prices. Positions 3, 4, 5 "no quote" -> declined. "Pattern equipment is included"
# is no extra charge. "Offer valid until 31.07.2026" -> 2026-07-31 (not short); "FCA Kalisz" -> FCA. EUR. Partial.
assert close(250 * 34.60, 8650.00) and close(30 * 1362.00, 40860.00) and close(8650.00 + 40860.00, 49510.00)
assert plus("2026-06-15", 84) == "2026-09-07" and days("2026-06-15", "2026-08-28") < 84
assert plus("2026-06-15", 98) == "2026-09-21" and days("2026-06-15", "2026-10-02") >= 98
blind2("u1023-polish-space-thousands-total-batch-30", V.msg("Tomasz Kubiak <t.kubiak@odlewnia-prosna.example>", "text/plain", """Dear Mr Albers,

Thank you for the enquiry VM-RFQ-4418. We are a foundry with our own machining department and can offer
positions 1 and 2:

No.  Drawing / part no.   Description                          Qty   Unit price EUR    Value EUR   Delivery
1    SH-2231-C rev B      Drive shaft 42CrMo4, 30h6 x 412      250            34,60     8 650,00   12 weeks
2    HSG-1180-GJL         Gearbox housing EN-GJL-250, mach.     30         1 362,00    40 860,00   14 weeks
3    FIT-316-G12-10       Male connector G1/2                    -         no quote
4    DSBC-32-80-PPVA-N3   Cylinder ISO 15552                     -         no quote
5    2231-004-03          Sensor bracket set                     -         no quote
                                                                             TOTAL    49 510,00

Housing: our minimum casting batch is 30 pcs (one moulding series), so we quote 30 pcs instead of 25.
Pattern equipment is included in the price.
Positions 3, 4 and 5 are purchased parts which we do not trade.

Delivery terms: FCA Kalisz (Incoterms 2020). Payment: 45 days.
Offer valid until 31.07.2026.

Best regards,
Tomasz Kubiak
Sales Manager
Odlewnia Prosna Sp. z o.o.
ul. Wrocławska 201, 62-800 Kalisz, Poland
tel. +48 62 555 01 77
KRS 0000371554, NIP 618-555-01-92

On 11.06.2026 Jonas Albers wrote:
""" + quoted(VM_REQUEST) + "\n"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 34.60, "EUR", lead=84), line(2, 1362.00, "EUR", qty=30, lead=98, moq=30), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "moq-above-quantity", "no-bid", "quantity-differs"])


# u1024 a Ghent trading house, multipart/alternative (quoted-printable): the buyer's five lines returned as a table whose
# "Our answer" column says "regret - cannot supply" on every row, and the text "we regret that we must decline to quote
# the complete enquiry". Every line declined -> five noBid lines; currency, validUntil and incoterms null; status
# no-bid; kinds {no-bid}. The quantities in the table and in the quoted request are the buyer's, not an offer.
U1024_ROWS = [("Pos", "Your part no.", "Qty", "Our answer")] + [(r[0], r[1], f"{r[3]} {r[4]}", "regret - cannot supply")
                                                                for r in V.RFQ_ROWS]
U1024_TEXT = """Dear Mr Albers,

Thank you for your enquiry VM-RFQ-4418. Unfortunately our order book is full until November and we
regret that we must decline to quote the complete enquiry:

""" + "\n".join(f"{a:<5}{b:<21}{c:<10}{d}" for a, b, c, d in U1024_ROWS) + """

We hope to be of service on a future occasion.

Met vriendelijke groeten / Kind regards
Els Vermeulen
Maes Industrial Parts NV
Port Arthurlaan 88, 9000 Gent, Belgium
+32 9 555 04 31
"""
U1024_HTML = """<html><body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Dear Mr Albers,</p>
<p>Thank you for your enquiry VM-RFQ-4418. Unfortunately our order book is full until November and we
regret that we must decline to quote the complete enquiry:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
""" + html_rows(U1024_ROWS, "background:#E2EFDA") + """
</table>
<p>We hope to be of service on a future occasion.</p>
<p>Met vriendelijke groeten / Kind regards<br>Els Vermeulen<br>Maes Industrial Parts NV<br>
Port Arthurlaan 88, 9000 Gent, Belgium<br>+32 9 555 04 31</p>
</body></html>"""
blind2("u1024-alt-table-every-row-regret", V.alternative("Els Vermeulen <e.vermeulen@maes-ip.example>", U1024_TEXT, U1024_HTML,
                                                         "=_maes_4418_alt", cte="quoted-printable"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


if __name__ == "__main__":
    ROUND.write()
