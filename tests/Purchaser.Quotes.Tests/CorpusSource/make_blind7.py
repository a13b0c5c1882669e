#!/usr/bin/env python3
"""Writes replies u97..u112 (Corpus/u*.eml + expected u*.json) - the seventh blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the six earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. This round covers inbox notations the earlier rounds lack: one slash-separated answer per line
("GSK-EPDM-80 / 0.19 USD ea. / 4 wks / MOQ 5k"), currency after the number, "ea." / "pc." / "per pc", "@" tiers with
"k" quantities and no leading zero (".188"), abbreviated headers (U/P, L/T, Qty., Ext.; German EP/GP/LZ/AT; French
P.U.), "4 to 6 wks", "days ARO" next to "business days", "valid through the end of June 2026", HTML with every value in
its own <div>, an HTML <pre> table, an HTML <dl> quote, signatures with tables of phone numbers, an XLSX whose first
sheet is an instructions page, a transposed XLSX (one column per part), a semicolon CSV with French headers in
windows-1252, a two-column PDF (terms on the right, on baselines of their own), SGD and JPY.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import os

from make_corpus import line, nob, pdf  # expected-line shapes and the text-layer PDF writer
from blind_round import Round  # the round's cases, checked and written
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ROUND = Round(97)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u97 one slash-separated answer per line: part / price with the currency AFTER the number and "ea." / "pc." /
# "per pc" / "per m" / lead / MOQ written "5k". "4 to 6 wks" -> 42, "15 days ARO" -> 15 calendar days. MOQ 5k equals
# the gasket quantity (not above). Plate "no quote".
sample("u97-slash-one-liners", S.msg("Kyle Brennan <kbrennan@maumee-seal.example>", "text/plain", """Nora -

Quick answers to NR-RFQ-0619, one line per item (part / price / lead / MOQ):

GSK-EPDM-80 / 0.19 USD ea. / 4 wks / MOQ 5k
CBL-4C22-PUR / 1.38 USD per m / 15 days ARO / no MOQ
SCR-M4X10-A2 / 0.031 USD pc. / stock / MOQ 10k
PLT-0915-R2 / no quote
SPR-C0630-302 / 0.072 USD per pc / 4 to 6 wks / MOQ 2k

Quoted prices valid 30 days. FCA Toledo, OH.

Kyle Brennan
Maumee Seal & Supply
"""), "partial", "USD", "2026-07-05", "FCA",
       [line(1, 0.19, lead=28, moq=5000), line(2, 1.38, lead=15), line(3, 0.031, lead=0, moq=10000), nob(4),
        line(5, 0.072, lead=42, moq=2000)],
       ["no-bid"])

# u98 "@" tiers with "k" quantities and prices without a leading zero; the requested 5,000 gaskets sit exactly on a
# tier (.188), the 8,000 springs fall between 5k and 10k (.081), the 20,000 screws between 10k and 25k (.0345).
# "3-4 wks" -> 28, "3 to 5 wks" -> 35. Cable and plate not mentioned.
sample("u98-at-tiers-no-leading-zero", S.msg("Joe Castellano <joe@keystone-spring.example>", "text/plain", """Hi Nora,

Pricing in USD, each:

GSK-EPDM-80 EPDM gasket: 2.5k @ .205, 5k @ .188, 10k @ .169 - lead 3-4 wks
SPR-C0630-302 comp spring: 5k @ .081, 10k @ .07 - lead 3 to 5 wks
SCR-M4X10-A2 SHCS: 10k @ .0345, 25k @ .029 - lead 2 wks

Pricing good thru 7/31/2026. FOB Erie, PA.

Joe Castellano
Keystone Spring & Gasket
814-555-0162
"""), "partial", "USD", "2026-07-31", "FOB",
       [line(1, 0.188, lead=28), line(3, 0.0345, lead=14), line(5, 0.081, lead=35)],
       ["missing-line"])

# u99 space-aligned table with abbreviated headers "Ln | P/N | Qty. | U/M | U/P | Ext. | L/T"; "10 days ARO" (10
# calendar days) next to "15 business days" (21 days); Ext. = Qty. x U/P on every row plus a total. All five priced.
sample("u99-abbrev-header-table", S.msg("Renee Tobias <rtobias@wabash-mro.example>", "text/plain", """Nora,

Our quote for NR-RFQ-0619, all prices USD:

Ln  P/N             Qty.     U/M  U/P      Ext.       L/T
1   GSK-EPDM-80     5,000    EA   0.1925   962.50     5 wks
2   CBL-4C22-PUR    1,500    M    1.42     2,130.00   3 wks
3   SCR-M4X10-A2    20,000   EA   0.0308   616.00     10 days ARO
4   PLT-0915-R2     120      EA   41.15    4,938.00   8 wks
5   SPR-C0630-302   8,000    EA   0.0702   561.60     15 business days
                                  Total    9,208.10

Terms: Net 30 / CPT Dayton, OH / quote valid until 06/30/2026

Renee Tobias
Wabash MRO Supply
"""), "parsed", "USD", "2026-06-30", "CPT",
       [line(1, 0.1925, lead=35), line(2, 1.42, lead=21), line(3, 0.0308, lead=10), line(4, 41.15, lead=56),
        line(5, 0.0702, lead=21)],
       [])

# u100 HTML-only: no table for the quote - every value sits in its own <div> inside a flex "row" <div>; prices with the
# currency after the number ("0.186 USD / pc"); screws and plate "Regret". The signature is a real <table> of office
# phone, fax and after-hours numbers, which must not be read as quote lines.
U100_ROWS = [("GSK-EPDM-80", "Gasket EPDM 80x62x3", "5,000 pcs", "0.186 USD / pc", "4 weeks"),
             ("CBL-4C22-PUR", "Cable 4x22 AWG PUR", "1,500 m", "1.37 USD / m", "2 weeks"),
             ("SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000 pcs", "Regret - not in our range", ""),
             ("PLT-0915-R2", "Motor base plate", "120 pcs", "Regret - not in our range", ""),
             ("SPR-C0630-302", "Compression spring 302 SS", "8,000 pcs", "0.0695 USD / pc", "5 weeks")]
U100_DIVS = "\n".join('<div class="q-row" style="display:flex;border-bottom:1px solid #ddd">'
                      + "".join(f'<div style="flex:1;padding:4px">{c}</div>' for c in r) + "</div>"
                      for r in [("Part", "Description", "Quantity", "Price", "Lead time")] + U100_ROWS)
sample("u100-html-div-grid-phone-table", S.msg("Hannah Ridley <hridley@gulfport-industrial.example>", "text/html", f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<div>Good morning Nora,</div><div><br></div>
<div>Thank you for the opportunity. Our quotation for NR-RFQ-0619:</div><div><br></div>
<div class="quote" style="width:680px">
{U100_DIVS}
</div><div><br></div>
<div>Quote valid until July 24, 2026. Delivery DAP Dayton, OH (Incoterms 2020).</div><div><br></div>
<div>Best regards,</div>
<div><b>Hannah Ridley</b> | Sales Coordinator | Gulfport Industrial Supply</div>
<table style="font-size:8pt;color:#555" cellpadding="2">
<tr><th>Office</th><th>Phone</th><th>Fax</th><th>After hours</th></tr>
<tr><td>Houston</td><td>+1 (713) 555-0140</td><td>+1 (713) 555-0141</td><td>832-555-0199</td></tr>
<tr><td>Mobile, AL</td><td>+1 (251) 555-0172</td><td>+1 (251) 555-0173</td><td>251-555-0190</td></tr>
<tr><td>Baton Rouge</td><td>+1 (225) 555-0118</td><td>+1 (225) 555-0119</td><td>225-555-0188</td></tr>
<tr><td>Toll free</td><td>1-800-555-0123</td><td>-</td><td>ext. 4400</td></tr>
</table>
</body></html>"""), "partial", "USD", "2026-07-24", "DAP",
       [line(1, 0.186, lead=28), line(2, 1.37, lead=14), nob(3), nob(4), line(5, 0.0695, lead=35)],
       ["no-bid"])

# u101 semicolon CSV in windows-1252 with FRENCH headers (Référence;Désignation;Quantité;Unité;Prix unitaire HT;Par;
# Devise;Délai;Remarque), decimal commas, space thousands ("1 085,00"), a "Par" (per) column of 1 / 1000 for the
# screws (28,50 per 1000 -> 0.0285), "semaines", the cable "N/Q". French body: validity as dd/mm/yyyy, FCA Lyon.
U101_CSV = S.crlf("""Référence;Désignation;Quantité;Unité;Prix unitaire HT;Par;Devise;Délai;Remarque
GSK-EPDM-80;Joint EPDM 80x62x3;5 000;pce;0,176;1;EUR;5 semaines;
CBL-4C22-PUR;Câble 4x22 AWG blindé PUR;1 500;m;;;EUR;;N/Q - hors gamme
SCR-M4X10-A2;Vis CHC M4x10 A2-70;20 000;pce;28,50;1000;EUR;stock;
PLT-0915-R2;Platine moteur 6082-T6;120;pce;1 085,00;1;EUR;7 semaines;
SPR-C0630-302;Ressort de compression inox 302;8 000;pce;0,0675;1;EUR;6 semaines;
""").encode("cp1252")
sample("u101-csv-french-header", S.with_attachment("Céline Marchand <c.marchand@rhone-composants.example>", """Bonjour Madame Reyes,

Veuillez trouver ci-joint notre offre en réponse à votre demande NR-RFQ-0619 (prix en euros, hors taxes).
Offre valable jusqu'au 15/07/2026. Incoterm : FCA Lyon.

Cordialement,
Céline Marchand
Rhône Composants SAS""", "text/csv; charset=windows-1252", "offre_NR-RFQ-0619.csv", U101_CSV),
       "partial", "EUR", "2026-07-15", "FCA",
       [line(1, 0.176, "EUR", lead=35), nob(2), line(3, 0.0285, "EUR", lead=0), line(4, 1085.0, "EUR", lead=49),
        line(5, 0.0675, "EUR", lead=42)],
       ["currency-differs", "no-bid"])

# u102 XLSX whose FIRST sheet is an instructions page (numbered steps with dates, a phone number and an example
# value) and whose SECOND sheet "Quote" holds the answers; lead time in a "Lead time (weeks)" column as plain numbers
# (0 with remark "from stock"); the cable "No bid"; plate 11 weeks = 77 days is after its need-by.
U102_XLSX = xlsx_book([
    ("Instructions", [["How to respond to this request for quotation"], [""],
                      ["1. Do not change the part numbers, descriptions or quantities on the Quote sheet."],
                      ["2. Enter your unit price in USD per unit of measure in column F (example: 2.5 means USD 2.50 per unit)."],
                      ["3. Enter your lead time in weeks after receipt of order in column G."],
                      ["4. Return the completed workbook by 12 June 2026."],
                      ["Questions: Nora Reyes, Purchasing, +1 937 555 0100"]]),
    ("Quote", [["Line", "Part number", "Description", "Qty", "UoM", "Unit price (USD)", "Lead time (weeks)", "Remarks"],
               [1, "GSK-EPDM-80", "Gasket EPDM 80x62x3", 5000, "EA", 0.181, 5, ""],
               [2, "CBL-4C22-PUR", "Cable 4x22 AWG PUR", 1500, "M", "", "", "No bid"],
               [3, "SCR-M4X10-A2", "SHCS M4x10 A2-70", 20000, "EA", 0.0299, 0, "from stock"],
               [4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", 44, 11, ""],
               [5, "SPR-C0630-302", "Compression spring 302 SS", 8000, "EA", 0.0711, 4, ""]]),
])
sample("u102-xlsx-instructions-first-sheet", S.with_attachment("Owen Pratt <opratt@grandriver-mfg.example>", """Hi Nora,

Your template is filled in and attached (see the Quote tab). Prices valid 60 days, EXW Grand Rapids, MI.

Regards,
Owen Pratt
Grand River Manufacturing""", XLSX, "NR-RFQ-0619_GrandRiver.xlsx", U102_XLSX),
       "partial", "USD", "2026-08-04", "EXW",
       [line(1, 0.181, lead=35), nob(2), line(3, 0.0299, lead=0), line(4, 44.0, lead=77), line(5, 0.0711, lead=28)],
       ["lead-time-after-need-by", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u103 PDF quotation laid out in two columns: the item table on the left, a TERMS box on the right whose lines sit on
# baselines of their own (between the item rows), so the reading order is unambiguous. O-rings "USD 21.80 / 1000"
# -> 0.0218; the bearing is SKF (what the RFQ names, no alternate). Resin, sheets and kit not mentioned.
XL103 = [40, 62, 150, 232]
P103 = ([(40, 790, 13, "GULF COAST BEARING & HOSE SUPPLY"), (40, 774, 8, "2210 Navigation Blvd, Houston, TX 77003"),
         (40, 740, 12, "QUOTATION QT-4471"), (40, 726, 8, "Date: 11 June 2026    Your ref.: HM-RFQ-2611"),
         (40, 712, 8, "Customer: Halvorsen Mfg., attn. Lena Marsh")]
        + row(680, XL103, ["Line", "Part number", "Unit price", "Lead time"])
        + row(664, XL103, ["3", "BRG 6205-2RS", "USD 3.42 ea", "3 weeks"])
        + [(62, 654, 7, "SKF 6205-2RS/C3, 400 pcs")]
        + row(636, XL103, ["4", "OR-0120-NBR70", "USD 21.80 / 1000", "ex-stock"])
        + [(62, 626, 7, "O-ring 12 x 2 NBR 70, 50,000 pcs")]
        + row(608, XL103, ["5", "HSE-2SN-08", "USD 4.35 / m", "4 weeks"])
        + [(62, 598, 7, "Hose EN 853 2SN DN12, 800 m")]
        + [(340, 690, 10, "TERMS"), (340, 672, 8, "Currency: USD"), (340, 644, 8, "Incoterms 2020: CPT Houston, TX"),
           (340, 616, 8, "Valid until: 31 Jul 2026"), (340, 588, 8, "Payment: Net 30 days")]
        + [(40, 560, 8, "Prepared by: Mario Delgado, Inside Sales")])
blind("u103-pdf-two-column-terms", H.with_attachment("Mario Delgado <mdelgado@gulfcoast-bearing.example>", """Lena,

Please find our quotation QT-4471 attached (bearing, O-rings and hose).

Mario Delgado
Gulf Coast Bearing & Hose Supply""", "application/pdf", "QT-4471.pdf", pdf([check_page(P103)])),
      "partial", "USD", "2026-07-31", "CPT",
      [line(3, 3.42, lead=21), line(4, 0.0218, lead=0), line(5, 4.35, lead=28)],
      ["missing-line"])

# u104 HTML-only mail whose quote is a fixed-width <pre> block: currency after the number ("3.18 USD/kg" against the KG
# line stays per kg, "142.50 USD ea.", "38.90 USD/set"), "2 to 3 wks" -> 21, "N/Q" on three lines, validity "through
# the end of June 2026" -> 2026-06-30 (short).
blind("u104-html-pre-block", H.msg("Curtis Boyd <cboyd@lowcountry-poly.example>", "text/html", """<html><body>
<p>Lena,</p>
<p>See our numbers below for HM-RFQ-2611.</p>
<pre style="font-family:Consolas,monospace;font-size:9pt">
Item  Part No.          Qty          Price             L/T
1     RES-PA66-GF30     2,500 kg     3.18 USD/kg       2 to 3 wks
2     SHT-5052H32-030   90 pcs       142.50 USD ea.    4 wks
3     BRG 6205-2RS      400 pcs      N/Q
4     OR-0120-NBR70     50,000 pcs   N/Q
5     HSE-2SN-08        800 m        N/Q
6     KIT-PX200-SEAL    150 sets     38.90 USD/set     6 wks
</pre>
<p>Prices valid through the end of June 2026. FOB Savannah, GA.</p>
<p>Curtis Boyd<br>Lowcountry Polymers &amp; Metals<br>912-555-0135</p>
</body></html>"""), "partial", "USD", "2026-06-30", "FOB",
      [line(1, 3.18, lead=21), line(2, 142.50, lead=28), nob(3), nob(4), nob(5), line(6, 38.90, lead=42)],
      ["no-bid", "validity-short"])

# u105 TRANSPOSED XLSX: one column per part, the attributes (qty, UoM, price, price basis, lead time, remarks) down the
# rows; "no quote" for the O-rings and the kit in the Remarks row; "2-3 weeks" -> 21.
U105_XLSX = xlsx_book([("Quotation", [
    ["Bayou Industrial Supply - Quotation BIS-26-0612"], [""],
    ["Part number", "RES-PA66-GF30", "SHT-5052H32-030", "BRG 6205-2RS", "OR-0120-NBR70", "HSE-2SN-08", "KIT-PX200-SEAL"],
    ["Qty", 2500, 90, 400, 50000, 800, 150],
    ["UoM", "KG", "EA", "EA", "EA", "M", "SET"],
    ["Unit price (USD)", 3.29, 139.8, 3.18, "", 4.12, ""],
    ["Price per", "kg", "sheet", "pc", "", "m", ""],
    ["Lead time", "3 weeks", "5 weeks", "stock", "", "2-3 weeks", ""],
    ["Remarks", "", "", "", "no quote", "", "no quote"]])])
blind("u105-xlsx-transposed", H.with_attachment("Denise Arceneaux <darceneaux@bayou-industrial.example>", """Hello Lena,

Our quotation BIS-26-0612 is attached. Offer valid until 15 July 2026, FOB Baton Rouge, LA.

Thanks,
Denise Arceneaux
Bayou Industrial Supply""", XLSX, "BIS-26-0612.xlsx", U105_XLSX),
      "partial", "USD", "2026-07-15", "FOB",
      [line(1, 3.29, lead=21), line(2, 139.8, lead=35), line(3, 3.18, lead=0), nob(4), line(5, 4.12, lead=21), nob(6)],
      ["no-bid"])

# u106 Korean exporter in English prose: "US$", sheets requoted at 100 (4 crates of 25 -> quantity differs), hose with
# a 1,000 m minimum (MOQ above the 800 m), the bearing "cannot supply", CIF with a named port, valid 14 days (short).
blind("u106-korean-usd-crates-moq", H.msg("Min-jun Park <mjpark@hanbit-trading.example>", "text/plain", """Dear Ms. Marsh,

Thank you for your inquiry HM-RFQ-2611. We offer as below.

Line 2 - SHT-5052H32-030 aluminium sheet 5052-H32 3.0 x 1250 x 2500
  We pack 25 sheets per crate, so we quote 100 sheets (4 crates).
  Price: US$ 131.40 per sheet. Delivery: 8 weeks after PO.

Line 5 - HSE-2SN-08 hydraulic hose 2SN DN12
  Price: US$ 3.95 per meter. MOQ 1,000 m. Delivery: 10 weeks after PO.

Line 3 - BRG 6205-2RS: sorry, we cannot supply.

Price term: CIF Houston, TX (Incoterms 2020). This offer is valid 14 days.

Best regards,
Min-jun Park
Hanbit Trading Co., Ltd.
Tel +82 2 555 0147 / Fax +82 2 555 0148
"""), "partial", "USD", "2026-06-26", "CIF",
      [line(2, 131.40, qty=100, lead=56), nob(3), line(5, 3.95, lead=70, moq=1000)],
      ["missing-line", "moq-above-quantity", "no-bid", "quantity-differs", "validity-short"])

# u107 Singapore distributor in Singapore dollars (SGD named in every price): each item on two rows - part and
# description, then "qty x price = extended   L/T"; "SGD 29.50/1000 pcs" -> 0.0295; "10 business days" -> 14,
# "35 days ARO" -> 35; three lines "regret".
blind("u107-sgd-two-row-items", H.msg("Wei Ling Tan <weiling.tan@straits-mro.example>", "text/plain", """Dear Lena,

Please see our quotation for HM-RFQ-2611 below.

1. BRG 6205-2RS    Deep groove ball bearing 6205-2RS C3 (NSK)
   400 pcs x SGD 4.62/pc = SGD 1,848.00          L/T: 10 business days
2. OR-0120-NBR70   O-ring 12 x 2 mm NBR 70
   50,000 pcs x SGD 29.50/1000 pcs = SGD 1,475.00   L/T: ex-stock
3. KIT-PX200-SEAL  Seal kit PX-200, bagged and labelled
   150 sets x SGD 57.80/set = SGD 8,670.00       L/T: 35 days ARO

RES-PA66-GF30, SHT-5052H32-030 and HSE-2SN-08: regret, not in our programme.

Validity: 10 July 2026. Delivery terms: DAP Houston, TX.

Regards,
Wei Ling Tan
Straits MRO Pte Ltd
"""), "partial", "SGD", "2026-07-10", "DAP",
      [nob(1), nob(2), line(3, 4.62, "SGD", lead=14), line(4, 0.0295, "SGD", lead=0), nob(5),
       line(6, 57.80, "SGD", lead=35)],
      ["currency-differs", "no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u108 German job shop, plain text table with German ABBREVIATED headers "Pos. | Sachnr. | Menge | EP (€) | GP (€) |
# LZ" and a legend below (EP = Einzelpreis, GP = Gesamtpreis, LZ = Lieferzeit, AT = Arbeitstage): "10 AT" -> 14,
# "15 AT" -> 21, "6 Wochen" -> 42. Housing and cylinder not mentioned.
blind2("u108-german-abbrev-ep-gp-lz", V.msg("Matthias Lorenz <m.lorenz@lorenz-zerspanung.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Wir bieten an:

Pos.  Sachnr.            Menge      EP (€)    GP (€)       LZ
1     SH-2231-C rev B    250 Stk    41,60     10.400,00    6 Wochen
3     FIT-316-G12-10     2.000 Stk  3,87      7.740,00     10 AT
5     2231-004-03        150 Satz   27,35     4.102,50     15 AT

EP = Einzelpreis netto, GP = Gesamtpreis, LZ = Lieferzeit (AT = Arbeitstage nach Auftragseingang)

Lieferbedingung: FCA Kassel (Incoterms 2020). Angebot gültig bis 31.07.2026.

Mit freundlichen Grüßen
Matthias Lorenz
Lorenz Zerspanungstechnik GmbH
"""), "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 41.60, "EUR", lead=42), line(3, 3.87, "EUR", lead=14), line(5, 27.35, "EUR", lead=21)],
       ["missing-line"])

# u109 Austrian distributor, short English plain text: fitting tiers with "@" in German number format ("1.000 @ 3,60")
# -> 2,000 pcs fall in the 1.000 tier (3.60); the cylinder offered as an SMC equivalent (alternate part C96SDB32-80C;
# corrected in session 13 from "SMC C96SDB32-80C": the maker's name is not part of the part number). Others
# not mentioned. Valid 30 days from the Date header.
blind2("u109-at-tiers-eur-smc-alternate", V.msg("Florian Huber <f.huber@alpen-pneumatik.example>", "text/plain", """Hello Mr Albers,

for VM-RFQ-4418 we can offer two items:

FIT-316-G12-10: 500 @ 3,95 / 1.000 @ 3,60 / 2.500 @ 3,35 EUR per pc, from stock Vienna
DSBC-32-80-PPVA-N3: instead of the Festo cylinder we offer SMC C96SDB32-80C (ISO 15552, 32/80, adj. cushioning),
68,40 EUR per pc, 3 weeks

Valid 30 days, DAP Bremen.

Best regards
Florian Huber
Alpen Pneumatik Handels GmbH
"""), "partial", "EUR", "2026-07-15", "DAP",
       [line(3, 3.60, "EUR", lead=0), line(4, 68.40, "EUR", lead=21, alt="C96SDB32-80C")],
       ["alternate-part", "missing-line"])

# u110 Japanese trading house, HTML-only: the quote is a <dl> definition list (dt label / dd value), prices in yen
# ("¥18,600 / pc", JPY named once), "approx. 2 months" -> 60 days; the other four lines regretted.
blind2("u110-html-dl-jpy", V.msg("Haruto Sato <h.sato@kansai-fa-trading.example>", "text/html", """<html><body style="font-family:Meiryo,Arial,sans-serif">
<p>Dear Mr. Albers,</p>
<p>Thank you for your inquiry VM-RFQ-4418. All prices are in Japanese yen (JPY).</p>
<dl>
<dt>Part number</dt><dd>DSBC-32-80-PPVA-N3 (Festo genuine)</dd>
<dt>Quantity</dt><dd>120 pcs</dd>
<dt>Unit price</dt><dd>&yen;18,600 / pc</dd>
<dt>Delivery</dt><dd>approx. 2 months after order</dd>
</dl>
<p>We regret that we cannot quote the other four items (lines 1, 2, 3 and 5).</p>
<p>Terms: CIP Hamburg (Incoterms 2020). Quotation valid until 31 July 2026.</p>
<p>Best regards,<br>Haruto Sato<br>Kansai FA Trading Co., Ltd.<br>+81 6 5555 0131</p>
</body></html>"""), "partial", "JPY", "2026-07-31", "CIP",
       [nob(1), nob(2), nob(3), line(4, 18600, "JPY", lead=60), nob(5)],
       ["currency-differs", "no-bid"])

# u111 Slovenian foundry, plain text: housing only, "1.195,00 EUR/pc" (currency after the number), "14-16 weeks" ->
# 112 days (after the need-by), MOQ 30 pcs above the 25 requested (quantity not restated), a one-time pattern
# charge (note), the other lines "cannot supply"; the signature is a text table of departments and phone numbers.
blind2("u111-foundry-moq-phone-table", V.msg("Nina Kovač <nina.kovac@savinja-livarna.example>", "text/plain", """Dear Mr Albers,

thank you for VM-RFQ-4418. We are a grey iron foundry with machining, so we quote the housing only:

HSG-1180-GJL gearbox housing EN-GJL-250, machined complete, primed RAL 7035
Price: 1.195,00 EUR/pc
MOQ 30 pcs (one pouring batch)
Lead time: 14-16 weeks after drawing approval
One-time pattern cost: 3.800,00 EUR

Lines 1, 3, 4 and 5: we cannot supply.

Offer valid 45 days, FCA Celje (Incoterms 2020).

Kind regards,
Nina Kovač
Sales, Savinja Livarna d.o.o.

Department        Phone              Mobile             Fax
Sales             +386 3 555 0120    +386 41 555 012    +386 3 555 0129
Quality           +386 3 555 0130    +386 41 555 013    -
Logistics         +386 3 555 0140    +386 41 555 014    +386 3 555 0149
"""), "partial", "EUR", "2026-07-30", "FCA",
       [nob(1), line(2, 1195.0, "EUR", lead=112, moq=30), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "moq-above-quantity", "no-bid", "note"])

# u112 French distributor, HTML-only table with French abbreviated headers "Réf. client | Désignation | Qté | P.U. HT |
# Délai": the fitting priced per bag of 25 (98,75 € / sachet de 25 -> 3.95; 2 000 = 80 bags, quantity unchanged),
# "5 à 6 semaines" -> 42, "20 jours ouvrés" -> 28. Shaft and housing not mentioned. Valid 60 days.
blind2("u112-french-html-pu-bag", V.msg("Julien Perrin <j.perrin@alsace-fluides.example>", "text/html", """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Bonjour Monsieur Albers,</p>
<p>Suite à votre demande VM-RFQ-4418, voici notre offre :</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Réf. client</th><th>Désignation</th><th>Qté</th><th>P.U. HT</th><th>Délai</th></tr>
<tr><td>FIT-316-G12-10</td><td>Raccord mâle G1/2 - tube 10, inox 316L</td><td>2&nbsp;000</td><td>98,75&nbsp;€ / sachet de 25</td><td>3 semaines</td></tr>
<tr><td>DSBC-32-80-PPVA-N3</td><td>Vérin ISO 15552 32/80 Festo</td><td>120</td><td>74,60&nbsp;€</td><td>5 à 6 semaines</td></tr>
<tr><td>2231-004-03</td><td>Jeu d'équerres capteur G+D</td><td>150</td><td>26,10&nbsp;€</td><td>20 jours ouvrés</td></tr>
</table>
<p>Offre valable 60 jours. Livraison DAP Hannover (Incoterms 2020).</p>
<p>Cordialement,<br>Julien Perrin<br>Alsace Fluides SARL</p>
</body></html>"""), "partial", "EUR", "2026-08-14", "DAP",
       [line(3, 3.95, "EUR", lead=21), line(4, 74.60, "EUR", lead=42), line(5, 26.10, "EUR", lead=28)],
       ["missing-line"])


if __name__ == "__main__":
    ROUND.write()
