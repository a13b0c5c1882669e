#!/usr/bin/env python3
"""Writes replies u961..u976 (Corpus/u*.eml + expected u*.json) - the sixty-first blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json
(HM-RFQ-2611, those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is AN ELEVENTH ORDINARY MIXED MAILBOX, NORTH AMERICA AND EUROPE: sixteen everyday replies from
distributors and manufacturers in the US, Canada, the UK, Germany, France, Italy and Spain, each in its own language or
in English.
A Wooster (Ohio) mill-supply house pasting a five-line table (each / per meter / per 1,000, "stock", weeks) above the
buyer's quoted request; a Grimsby (Ontario) fastener distributor in CAD with a price-break ladder in rows, springs per
100 in bags of 500 and "10 working days"; a Warrington (UK) HTML table in GBP with a gasket MOQ above the quantity and
cable on 500 m drums; a Schorndorf screw and spring maker in German, EUR "je 1000 Stück", "ab Lager"; a Holland (Michigan)
ERP CSV with a "Price Per" column (1 / 1000), an MOQ column and "N/Q" rows; and a Saint-Eustache (Quebec) machine shop
asking two questions in French before pricing the plate.
A Seriate (Italy) compounder's XLSX with break columns per kg and a "lotto minimo" below the quantity, 15 working days;
a short Indiana bearing note (each / per 1,000, "Valid thru 7/31/2026"); a Baytown (Texas) HTML quote for hose and seal
kits with the round's one-time set-up charge; a Remscheid aluminium service centre in German (ISO-8859-1) with a written
delivery date and a validity ending before the due date plus 14 days; and an Annonay (France) distributor declining the
whole RFQ in French above the quoted request.
A Marignier (Haute-Savoie) screw-machining shop's PDF devis with price breaks as columns ("de 100 à 249" ...); a
Cornellà (Barcelona) pneumatics distributor in Spanish offering an SMC cylinder in place of the Festo one (the round's
alternate part); a Vestone (Brescia) fitting maker in Italian, "ogni 100 pezzi" and a "lotto minimo" above the
quantity; a Bretten contract supplier quoting all five lines in a multipart/alternative German HTML table with a "Preis
je" column and a Staffel for the shaft; and a Sheffield turning shop in GBP quoting 252 shafts (full bars) with a
14-day validity (the round's one quantity that differs).
Payment, VAT, packing and freight remarks are no deviations; the one-time set-up charge is a note. The Date headers
are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, pdf, xlsx  # expected-line shapes, text-layer PDF writer, one-sheet workbook writer
from make_blind5 import check_page, file_part, multipart, row, text_part  # PDF layout checks, MIME parts
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(961)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def quoted(text):
    """Quotes text the way a mail client does: '> ' before every line, a bare '>' on empty ones."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


def html_rows(rows, head_style):
    """An HTML table body: the first row as header cells, the rest as data cells."""
    return "\n".join("<tr>" + "".join((f"<th style=\"{head_style}\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r)
                     + "</tr>" for i, r in enumerate(rows))


# The buyers' requests as they appear quoted below some replies (history, never a quote).
NR_ASK = """Hi,

Northridge Robotics is requesting quotes on the following parts for our AGV drive module, RFQ NR-RFQ-0619.
Please quote unit price (USD), lead time, validity and shipping terms by Friday, June 12.

 #  Part number     Description                                  Qty     UoM  Need by
 1  GSK-EPDM-80     Gasket EPDM 70A die-cut 80 OD x 62 ID x 3    5,000   EA   08/03/2026
 2  CBL-4C22-PUR    Cable 4 x 22 AWG shielded PUR black          1,500   M    07/20/2026
 3  SCR-M4X10-A2    SHCS M4 x 10 ISO 4762 A2-70                  20,000  EA   07/13/2026
 4  PLT-0915-R2     Motor base plate 6082-T6 CNC, 4 x M6         120     EA   08/17/2026
 5  SPR-C0630-302   Comp. spring 302 SS 0.6 wire 6.3 OD 30 L     8,000   EA   07/27/2026

Thanks,
Nora Reyes
Buyer | Northridge Robotics"""

HM_ASK = """Hello,

Halvorsen Manufacturing requests your quotation for the items below (HM-RFQ-2611, PX-200 pump line).
Please reply by June 19, 2026 with prices in USD, lead times, validity and Incoterms.

""" + H.RFQ_TABLE + """

Regards,
Lena Marsh
Halvorsen Manufacturing - Purchasing"""

VM_ASK = """Dear Sir or Madam,

please quote the items below for our VL-60 labelling machine (enquiry VM-RFQ-4418) by 26 June 2026,
stating unit price in EUR, delivery time, validity and Incoterms.

""" + "\n".join(f"{ln:<5}{pn:<21}{d:<44}{q:>5} {u:<4} {nb}" for ln, pn, d, q, u, nb in
                [("Item", "Part no.", "Description", "Qty", "Unit", "Need by")] + V.RFQ_ROWS) + """

Kind regards
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH, Bielefeld"""


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.
# quantities: L1 5,000 EA, L2 1,500 M, L3 20,000 EA, L4 120 EA, L5 8,000 EA.

# u961 a Wooster (Ohio) mill-supply house, plain text: a pasted table with all five lines, above the buyer's request
# quoted after an "On Mon, Jun 1, 2026 at 9:04 AM ... wrote:" line (history, never a quote). USD (the RFQ currency).
# Gasket "$0.196 each" -> 0.196, "3 wks" -> 21 (Jun 26, before Aug 3). Cable "$1.38 per meter" on the metre line ->
# 1.38, "stock" -> 0. Screws "$28.40 per 1,000" -> 0.0284, "stock" -> 0. Plate "$47.25 each", "6 wks" -> 42 (Jul 17,
# before Aug 17). Springs "$0.068 each", "4 wks" -> 28 (Jul 3, before Jul 27). The "Ext." column holds extensions
# (980.00, 2,070.00, 568.00, 5,670.00, 544.00), never unit prices. Quantities as asked -> null. "Pricing good for 30
# days" from Fri 5 Jun -> 2026-07-05 (not short); "FOB Wooster, OH" -> FOB. Every line priced -> parsed, no deviations.
assert close(28.40 / 1000, 0.0284) and close(5000 * 0.196, 980.00) and close(1500 * 1.38, 2070.00)
assert close(20000 * 0.0284, 568.00) and close(120 * 47.25, 5670.00) and close(8000 * 0.068, 544.00)
assert plus("2026-06-05", 21) <= "2026-08-03" and plus("2026-06-05", 42) == "2026-07-17" <= "2026-08-17"
assert plus("2026-06-05", 28) == "2026-07-03" <= "2026-07-27" and plus("2026-06-05", 30) == "2026-07-05"
sample("u961-wooster-pasted-table-all-five", S.msg("Dale Hochstetler <dhochstetler@waynecounty-millsupply.example>", "text/plain", """Nora,

Thanks for the RFQ. We can supply all five items, pricing below in USD.

Line  Part #          Qty        Unit Price           Ext.        Lead
1     GSK-EPDM-80     5,000      $0.196 each          $980.00     3 wks
2     CBL-4C22-PUR    1,500 m    $1.38 per meter      $2,070.00   stock
3     SCR-M4X10-A2    20,000     $28.40 per 1,000     $568.00     stock
4     PLT-0915-R2     120        $47.25 each          $5,670.00   6 wks
5     SPR-C0630-302   8,000      $0.068 each          $544.00     4 wks

Pricing good for 30 days.  FOB Wooster, OH - freight prepaid & added to invoice.
Terms net 30 w/ approved credit.

Let me know if you need anything else.

Dale Hochstetler
Outside Sales
Wayne County Mill Supply, Inc.
2210 Akron Rd, Wooster, OH 44691
(330) 555-0187 office | (330) 555-0112 cell

On Mon, Jun 1, 2026 at 9:04 AM Nora Reyes <nreyes@northridge.example> wrote:

""" + quoted(NR_ASK) + "\n", subject="Re: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "parsed", "USD", "2026-07-05", "FOB",
       [line(1, 0.196, lead=21), line(2, 1.38, lead=0), line(3, 0.0284, lead=0), line(4, 47.25, lead=42),
        line(5, 0.068, lead=28)],
       [])


# u962 a Grimsby (Ontario) fastener and spring distributor, plain text, "All prices are in Canadian dollars (CAD)" ->
# CAD (currency-differs against the USD RFQ). Screws: price per piece by quantity, as rows "1 - 9,999 pcs $0.0410 /
# 10,000 - 24,999 pcs $0.0365 / 25,000 pcs + $0.0320" -> the 20,000 asked falls in the middle row -> 0.0365; "ex-stock"
# -> 0. Springs "$6.90 per 100" -> 0.069; "packed 500 per bag, your 8,000 = 16 bags" -> the quantity asked -> null;
# "10 working days" -> 10 x 7/5 = 14 (Jun 19, before Jul 27). "Gaskets, cable and the machined plate ... no quote" ->
# lines 1, 2, 4 declined. "Quote valid until June 30, 2026" -> 2026-06-30 (not short: Jun 30 >= Jun 26); "FCA
# Grimsby, ON" -> FCA. Partial; currency-differs, no-bid.
assert 10000 <= 20000 <= 24999 and close(6.90 / 100, 0.069) and 16 * 500 == 8000 and workdays(10) == 14
assert plus("2026-06-05", 14) == "2026-06-19" <= "2026-07-27"
sample("u962-grimsby-cad-break-rows-per-100-working-days", S.msg("Heather MacPhail <hmacphail@grimsby-fastener.example>", "text/plain", """Hi Nora,

Thank you for including us on NR-RFQ-0619. We can quote the cap screws and the springs.
All prices are in Canadian dollars (CAD).

SCR-M4X10-A2  Socket head cap screw M4 x 10, ISO 4762, A2-70
   Price per piece:
      1 - 9,999 pcs          $0.0410
      10,000 - 24,999 pcs    $0.0365
      25,000 pcs +           $0.0320
   Delivery: ex-stock

SPR-C0630-302  Compression spring, 302 SS, 0.6 x 6.3 x 30 mm
   $6.90 per 100
   Packed 500 per bag, your 8,000 = 16 bags
   Delivery: 10 working days

Gaskets, cable and the machined plate are outside our range, so no quote on lines 1, 2 and 4.

Quote valid until June 30, 2026.  FCA Grimsby, ON (Incoterms 2020).

Best regards,

Heather MacPhail
Inside Sales
Grimsby Fastener & Spring Ltd.
41 Industrial Park Rd, Grimsby, ON L3M 4G6
T 905-555-0163 | F 905-555-0164
"""),
       "partial", "CAD", "2026-06-30", "FCA",
       [nob(1), nob(2), line(3, 0.0365, "CAD", lead=0), nob(4), line(5, 0.069, "CAD", lead=14)],
       ["currency-differs", "no-bid"])


# u963 a Warrington (UK) seals and cable distributor, HTML only (quoted-printable), "Prices are in GBP" -> GBP
# (currency-differs). Table Item | Your ref. | Description | Qty | Unit price | Per | Lead time: gasket "£0.142" "each"
# -> 0.142, "3-4 weeks" -> upper bound 28 (Jul 3, before Aug 3); below the table "Minimum order quantity on the die-cut
# gasket is 10,000 pcs (one tool run)" -> moq 10000, above the 5,000 asked (moq-above-quantity); the quantity quoted is
# still the 5,000 asked -> null. Cable "£1.06" "metre" on the metre line -> 1.06; "supplied on 500 m drums, 1,500 m = 3
# drums" -> as asked -> null; "5 working days" -> 7 (Jun 12, before Jul 20). Screws, plate and springs never mentioned
# -> missing-line. "This quotation is valid for 28 days" from Fri 5 Jun -> 2026-07-03 (not short); "DAP Chicago" -> DAP.
# Partial; currency-differs, missing-line, moq-above-quantity.
assert 3 * 500 == 1500 and workdays(5) == 7 and plus("2026-06-05", 28) == "2026-07-03" and 10000 > 5000
U963_ROWS = [("Item", "Your ref.", "Description", "Qty", "Unit price", "Per", "Lead time"),
             ("1", "GSK-EPDM-80", "Gasket, EPDM 70 Shore A, die-cut, 80 OD x 62 ID x 3 mm", "5,000", "£0.142", "each",
              "3-4 weeks"),
             ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG screened, PUR sheath, black", "1,500 m", "£1.06", "metre",
              "5 working days")]
sample("u963-warrington-html-gbp-moq-drums", S.msg("Gemma Prescott <gemma.prescott@mersey-gasketcable.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Nora,</p>
<p>Many thanks for your enquiry NR-RFQ-0619. Please find our quotation below for the gaskets and the cable.
Prices are in GBP, ex VAT.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
""" + html_rows(U963_ROWS, "background:#DEEAF6;text-align:left") + """
</table>
<p>Minimum order quantity on the die-cut gasket is 10,000 pcs (one tool run).<br>
The cable is supplied on 500 m drums, 1,500 m = 3 drums.</p>
<p>This quotation is valid for 28 days.<br>
Delivery terms: DAP Chicago (Incoterms 2020).<br>
Payment: 30 days end of month.</p>
<p>Kind regards,</p>
<p>Gemma Prescott<br>
Sales Office<br>
Mersey Gasket &amp; Cable Ltd<br>
Unit 7, Winwick Quay, Warrington WA2 8LT<br>
Tel: +44 1925 555 041</p>
<p style="font-size:8pt;color:#7F7F7F">Registered in England No. 05551234. This e-mail and any attachments are
confidential and intended solely for the addressee.</p>
</body></html>""", cte="quoted-printable"),
       "partial", "GBP", "2026-07-03", "DAP",
       [line(1, 0.142, "GBP", lead=28, moq=10000), line(2, 1.06, "GBP", lead=7)],
       ["currency-differs", "missing-line", "moq-above-quantity"])


# u964 a Schorndorf (Germany) screw and spring maker, wholly in German, plain text above an Outlook "-----Ursprüngliche
# Nachricht-----" block with the buyer's request (history). "Preise in EUR" -> EUR (currency-differs). Pos. 3 screws
# "Preis: 29,80 EUR je 1000 Stück" -> 0.0298, "Menge: 20.000 Stück" as asked -> null, "Lieferzeit: ab Lager" -> 0.
# Pos. 5 springs "Preis: 71,50 EUR je 1000 Stück" -> 0.0715, "Lieferzeit: 3 Wochen" -> 21 (Jun 26, before Jul 27).
# "Pos. 1, 2 und 4 ... kein Angebot" -> declined. "Angebot gültig bis 31.07.2026" (not short); "FCA Schorndorf" -> FCA.
# Partial; currency-differs, no-bid.
assert close(29.80 / 1000, 0.0298) and close(71.50 / 1000, 0.0715) and plus("2026-06-05", 21) <= "2026-07-27"
sample("u964-schorndorf-german-je-1000-ab-lager", S.msg("Markus Weidle <m.weidle@remstal-schrauben.example>", "text/plain", """Sehr geehrte Frau Reyes,

vielen Dank für Ihre Anfrage NR-RFQ-0619. Gerne bieten wir Ihnen die Schrauben und die Druckfedern an
(Preise in EUR, netto, zzgl. Verpackung):

Pos. 3   SCR-M4X10-A2   Zylinderschraube ISO 4762 M4 x 10, A2-70
         Menge:       20.000 Stück
         Preis:       29,80 EUR je 1000 Stück
         Lieferzeit:  ab Lager

Pos. 5   SPR-C0630-302   Druckfeder 1.4310, d 0,6 mm, De 6,3 mm, L0 30 mm
         Menge:       8.000 Stück
         Preis:       71,50 EUR je 1000 Stück
         Lieferzeit:  3 Wochen

Für Pos. 1, 2 und 4 (Dichtung, Kabel, Grundplatte) können wir Ihnen leider kein Angebot machen.

Lieferbedingung: FCA Schorndorf (Incoterms 2020)
Zahlungsbedingung: 30 Tage netto
Angebot gültig bis 31.07.2026

Mit freundlichen Grüßen

Markus Weidle
Vertrieb
Remstal Schrauben- und Federntechnik GmbH
Grabenstraße 12, 73614 Schorndorf
Tel. +49 7181 555 38-20

-----Ursprüngliche Nachricht-----
Von: Nora Reyes <nreyes@northridge.example>
Gesendet: Montag, 1. Juni 2026 16:04
An: info@remstal-schrauben.example
Betreff: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + NR_ASK + "\n", subject="AW: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 0.0298, "EUR", lead=0), nob(4), line(5, 0.0715, "EUR", lead=21)],
       ["currency-differs", "no-bid"])


# u965 a Holland (Michigan) industrial distributor: a short cover note and a comma CSV exported from its ERP (Line,
# Customer Part, Description, Qty, UOM, Unit Price, Price Per, MOQ, Lead Time, Remarks). USD. Gasket 0.188 per 1 ->
# 0.188, MOQ 2500 -> moq 2500 (below the 5,000 asked: no deviation), "4 WKS" -> 28 (Jul 3, before Aug 3). Screws 31.20
# per 1000 -> 0.0312, "STOCK" -> 0. Springs 69.50 per 1000 -> 0.0695, MOQ 5000 (below 8,000), "3 WKS" -> 21 (Jun 26,
# before Jul 27). Cable and plate "N/Q" in the price column, remark "No quote - not our product" -> declined.
# Quantities as asked -> null. Body: "Quote valid through 07/15/2026" -> 2026-07-15 (not short); "FCA Holland, MI" ->
# FCA. Partial; no-bid.
assert close(31.20 / 1000, 0.0312) and close(69.50 / 1000, 0.0695) and 2500 < 5000 and 5000 < 8000
assert plus("2026-06-05", 28) <= "2026-08-03" and plus("2026-06-05", 21) <= "2026-07-27"
U965_ROWS = [["Line", "Customer Part", "Description", "Qty", "UOM", "Unit Price", "Price Per", "MOQ", "Lead Time", "Remarks"],
             [1, "GSK-EPDM-80", "GASKET EPDM 70A 80OD X 62ID X 3", 5000, "EA", "0.188", 1, 2500, "4 WKS", ""],
             [2, "CBL-4C22-PUR", "CABLE 4C 22AWG SHLD PUR BLK", 1500, "M", "N/Q", "", "", "", "No quote - not our product"],
             [3, "SCR-M4X10-A2", "SHCS M4-0.7 X 10 A2-70", 20000, "EA", "31.20", 1000, "", "STOCK", ""],
             [4, "PLT-0915-R2", "MOTOR BASE PLATE 6082-T6", 120, "EA", "N/Q", "", "", "", "No quote - not our product"],
             [5, "SPR-C0630-302", "COMP SPRING 302SS .6 X 6.3 X 30", 8000, "EA", "69.50", 1000, 5000, "3 WKS", ""]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U965_ROWS)
sample("u965-holland-mi-erp-csv-price-per-nq", S.with_attachment("Brian Vander Molen <bvandermolen@macatawa-ind.example>", """Nora,

Attached is our quote Q-118407 for your RFQ NR-RFQ-0619 (CSV out of our system, USD).
"Price Per" 1000 means the price is per thousand pieces. N/Q = no quote.

Quote valid through 07/15/2026. FCA Holland, MI.

Thanks for the opportunity,
Brian Vander Molen
Macatawa Industrial Products
616-555-0129""", "text/csv", "Q-118407.csv", _buf.getvalue().encode("utf-8")),
       "partial", "USD", "2026-07-15", "FCA",
       [line(1, 0.188, lead=28, moq=2500), nob(2), line(3, 0.0312, lead=0), nob(4), line(5, 0.0695, lead=21, moq=5000)],
       ["no-bid"])


# u966 a Saint-Eustache (Quebec) machine shop asks, in French, two questions before pricing the base plate ("Avant de
# vous soumettre un prix, j'ai deux questions": anodised or bare, and a drawing with the tolerances of the four M6
# holes) and promises a price and lead time afterwards. The numbers in it (120, M6, 10 mm, 6082-T6) are the buyer's;
# it prices nothing and declines nothing -> unparseable, no lines, no deviation kinds; classification "question".
sample("u966-saint-eustache-french-questions-on-plate", S.msg("Mathieu Gagnon <mgagnon@usinage-st-eustache.example>", "text/plain", """Bonjour Madame Reyes,

Merci pour votre demande de prix NR-RFQ-0619. La plaque de base PLT-0915-R2 (120 pièces) nous intéresse,
mais avant de vous soumettre un prix, j'ai deux questions :

1. Les plaques doivent-elles être anodisées (claires ou noires), ou livrées brutes d'usinage ?
2. Pouvez-vous nous faire parvenir le dessin avec les tolérances de position des quatre trous
   taraudés M6 ? Il n'était pas joint à la demande.

Dès que j'ai vos réponses, je vous envoie notre prix et notre délai.

Bonne journée,

Mathieu Gagnon
Estimateur
Usinage Saint-Eustache inc.
245, rue Dubois, Saint-Eustache (Québec) J7P 4W9
Tél. : 450 555-0178
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.
# quantities: L1 2,500 KG, L2 90 EA, L3 400 EA, L4 50,000 EA, L5 800 M, L6 150 SET.

# u967 a Seriate (Bergamo, Italy) compounder: an Italian cover note and an XLSX (title rows, then Pos. | Codice cliente |
# Descrizione | Quantità (kg) | EUR/kg da 1.000 kg | EUR/kg da 2.500 kg | EUR/kg da 10.000 kg | Lotto minimo (kg) |
# Consegna). "Prezzi in euro (EUR)" -> EUR (currency-differs). The break columns are per kg on the KG line; the 2,500
# kg asked falls in "da 2.500 kg" (2,500 to below 10,000) -> 3.62; "Lotto minimo" 1000 -> moq 1000 (below 2,500: no
# deviation); "15 giorni lavorativi" -> 15 x 7/5 = 21 (Jul 3, before Jul 20). "2.500 kg = 100 sacchi" -> as asked ->
# null. "Le altre posizioni ... non le quotiamo" -> lines 2 to 6 declined. "Offerta valida fino al 31/07/2026" ->
# 2026-07-31 (not short); "FCA Seriate" -> FCA. Partial; currency-differs, no-bid.
assert 2500 <= 2500 < 10000 and workdays(15) == 21 and plus("2026-06-12", 21) == "2026-07-03" <= "2026-07-20"
assert 100 * 25 == 2500 and 1000 < 2500
U967_XLSX = xlsx([
    ["Officine Polimeri Orobiche S.r.l. - Offerta n. 26/0583"],
    ["Cliente: Halvorsen Manufacturing - Rif. richiesta HM-RFQ-2611"],
    [""],
    ["Pos.", "Codice cliente", "Descrizione", "Quantità (kg)", "EUR/kg da 1.000 kg", "EUR/kg da 2.500 kg",
     "EUR/kg da 10.000 kg", "Lotto minimo (kg)", "Consegna"],
    [1, "RES-PA66-GF30", "PA66 GF30 termostabilizzato, nero, sacchi da 25 kg", 2500, 3.85, 3.62, 3.4, 1000,
     "15 giorni lavorativi"],
    [""],
    ["Prezzi in EUR, IVA esclusa. Resa FCA Seriate (Incoterms 2020). Pagamento 60 gg d.f.f.m."],
])
blind("u967-seriate-xlsx-eur-kg-break-columns-lotto-minimo", H.with_attachment("Chiara Locatelli <c.locatelli@polimeri-orobiche.example>", """Gentile Sig.ra Marsh,

in allegato la nostra offerta n. 26/0583 per il PA66 GF30 della Vs. richiesta HM-RFQ-2611.
Prezzi in euro (EUR) al kg, a scaglioni di quantità; 2.500 kg = 100 sacchi da 25 kg.

Le altre posizioni (lamiera, cuscinetti, O-ring, tubo e kit guarnizioni) non rientrano nella nostra gamma:
non le quotiamo.

Offerta valida fino al 31/07/2026.

Cordiali saluti

Chiara Locatelli
Ufficio Commerciale
Officine Polimeri Orobiche S.r.l.
Via Nazionale 88, 24068 Seriate (BG)
Tel. +39 035 555 2741""", XLSX, "Offerta_26-0583.xlsx", U967_XLSX),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 3.62, "EUR", lead=21, moq=1000), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid"])


# u968 an Indiana bearing and seal house, a short plain-text note. USD. Bearings "6205-2RS C3 (SKF) - $3.42 ea, stock"
# -> 3.42, 0 (the RFQ asks for "SKF or equivalent"; SKF is the brand asked, not an alternate part). O-rings "12 x 2
# NBR70 - $17.60 per 1,000, 2 wks. Bags of 1,000 (50 bags)" -> 0.0176, as asked -> null, 14 (Jun 26, before Aug 17).
# Resin, sheet, hose and kits never mentioned -> missing-line. "Valid thru 7/31/2026" -> 2026-07-31 (not short);
# "FOB Lafayette, IN" -> FOB. Partial; missing-line.
assert close(17.60 / 1000, 0.0176) and 50 * 1000 == 50000 and plus("2026-06-12", 14) <= "2026-08-17"
blind("u968-indiana-short-note-bearings-orings-per-1000", H.msg("Rick Schoettmer <rick@tippecanoe-bearing.example>", "text/plain", """Lena -

HM-RFQ-2611, the two items we handle:

BRG 6205-2RS C3 (SKF) - $3.42 ea, stock
OR-0120-NBR70 12 x 2 NBR70 - $17.60 per 1,000, 2 wks. Bags of 1,000 (50 bags)

Valid thru 7/31/2026, FOB Lafayette, IN.

Rick
Tippecanoe Bearing Supply
765-555-0190

Sent from my iPhone
"""),
       "partial", "USD", "2026-07-31", "FOB",
       [line(3, 3.42, lead=0), line(4, 0.0176, lead=14)],
       ["missing-line"])


# u969 a Baytown (Texas) hose and fittings shop, HTML only. USD. Table Item | Description | Qty | Price | Unit |
# Lead Time: hose "$4.62" per "meter" on the metre line -> 4.62, "800 m" as asked -> null, "Stock" -> 0. Seal kit
# "$36.80" per "kit" (the RFQ's SET) -> 36.80, "150" as asked -> null, "6 weeks" -> 42 (Jul 24, before Sep 21). "One-time
# set-up and label artwork charge: $150.00 (first order only)" -> a one-off charge: note. Resin, sheet, bearings and
# O-rings never mentioned -> missing-line. "Quote valid 60 days" from Fri 12 Jun -> 2026-08-11 (not short); "EXW
# Baytown, TX" -> EXW. Partial; missing-line, note.
assert plus("2026-06-12", 60) == "2026-08-11" and plus("2026-06-12", 42) == "2026-07-24" <= "2026-09-21"
U969_ROWS = [("Item", "Description", "Qty", "Price", "Unit", "Lead Time"),
             ("HSE-2SN-08", "Hydraulic hose EN 853 2SN, 1/2\" (DN12), 275 bar", "800 m", "$4.62", "meter", "Stock"),
             ("KIT-PX200-SEAL", "Seal kit PX-200: 2 lip seals, 4 O-rings, 1 gasket, bagged &amp; labeled", "150", "$36.80",
              "kit", "6 weeks")]
blind("u969-baytown-html-hose-seal-kit-setup-charge", H.msg("Trey Gonzales <tgonzales@gulfway-hose.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:10pt">
<p>Hi Lena,</p>
<p>Thanks for sending HM-RFQ-2611 our way. Here's our pricing on the hose and the seal kits (USD):</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
""" + html_rows(U969_ROWS, "background:#1F4E79;color:#FFFFFF") + """
</table>
<p>One-time set-up and label artwork charge: $150.00 (first order only).</p>
<p>Quote valid 60 days. EXW Baytown, TX - we can arrange freight if needed.</p>
<p>Thanks,<br>
Trey Gonzales<br>
Gulfway Hose &amp; Fitting<br>
4410 Decker Dr, Baytown, TX 77520<br>
281-555-0134</p>
</body></html>"""),
       "partial", "USD", "2026-08-11", "EXW",
       [line(5, 4.62, lead=0), line(6, 36.80, lead=42)],
       ["missing-line", "note"])


# u970 a Remscheid (Germany) aluminium service centre, wholly in German, ISO-8859-1 quoted-printable. "Preise in EUR"
# -> EUR (currency-differs). Pos. 2 sheet "Menge: 90 Tafeln" (a Tafel is a sheet, the RFQ's EA) as asked -> null;
# "Preis: 148,50 EUR je Tafel" -> 148.50; "Liefertermin: 10.07.2026" -> a date: Jul 10 - Jun 12 = 28 days (before Aug
# 10). "Für die Positionen 1 und 3 bis 6 ... kein Angebot" -> declined. "Angebot gültig bis 30.06.2026" -> earlier than
# Jul 3 -> validity-short. "FCA Remscheid" -> FCA. Partial; currency-differs, no-bid, validity-short.
assert days("2026-06-12", "2026-07-10") == 28 and plus("2026-06-12", 28) <= "2026-08-10" and "2026-06-30" < "2026-07-03"
blind("u970-remscheid-german-latin1-liefertermin-short", H.msg("Sabine Klüppelberg <s.klueppelberg@bergische-alu.example>", "text/plain", """Sehr geehrte Frau Marsh,

besten Dank für Ihre Anfrage HM-RFQ-2611. Für die Aluminiumbleche bieten wir Ihnen an:

Pos. 2   SHT-5052H32-030
         Blech EN AW-5052 H32, 3,0 x 1250 x 2500 mm, einseitig PVC-foliert
         Menge:          90 Tafeln
         Preis:          148,50 EUR je Tafel
         Liefertermin:   10.07.2026

Für die Positionen 1 und 3 bis 6 können wir Ihnen leider kein Angebot abgeben.

Preise in EUR, netto. Lieferbedingung: FCA Remscheid (Incoterms 2020).
Wegen der aktuellen LME-Entwicklung ist unser Angebot gültig bis 30.06.2026.

Mit freundlichen Grüßen

Sabine Klüppelberg
Verkauf Flachprodukte
Bergische Aluminium-Service GmbH
Wüstenhagener Straße 40, 42855 Remscheid
Tel. +49 2191 555 46-3
""", charset="iso-8859-1", cte="quoted-printable", subject="AW: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
       "partial", "EUR", "2026-06-30", "FCA",
       [nob(1), line(2, 148.50, "EUR", lead=28), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid", "validity-short"])


# u971 an Annonay (France) rubber and plastics distributor declines the whole RFQ in French ("nous sommes au regret de
# décliner l'ensemble de votre consultation ... nous ne remettrons pas d'offre"), above the buyer's request quoted after
# a "Le lun. 8 juin 2026 à 15:12, ... a écrit :" line (history, never a quote). Every line declined: six noBid lines,
# currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind("u971-annonay-french-full-decline", H.msg("Élodie Fauriel <e.fauriel@vivarais-elastomeres.example>", "text/plain", """Bonjour Madame Marsh,

Merci pour votre consultation HM-RFQ-2611.

Après étude, nous sommes au regret de décliner l'ensemble de votre consultation : nos approvisionnements
en joints NBR et en kits d'étanchéité sont actuellement saturés, et le granulé, la tôle, les roulements et
les flexibles ne font pas partie de notre gamme. Nous ne remettrons donc pas d'offre cette fois-ci.

N'hésitez pas à nous consulter pour vos prochains besoins en pièces caoutchouc.

Cordialement,

Élodie Fauriel
Service commercial
Vivarais Élastomères SAS
ZI de la Lombardière, 07100 Annonay, France
Tél. +33 4 75 55 31 20

Le lun. 8 juin 2026 à 15:12, Lena Marsh <lmarsh@halvorsen-mfg.example> a écrit :

""" + quoted(HM_ASK) + "\n", subject="RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.
# quantities: L1 250 EA, L2 25 EA, L3 2,000 EA, L4 120 EA, L5 150 SET.

# u972 a Marignier (Haute-Savoie, France) screw-machining shop: a French cover note and a one-page PDF devis with a text
# layer whose price breaks are COLUMNS: "Prix unitaire HT (EUR) selon quantité" under "de 100 à 249", "de 250 à 499",
# "500 et +". Pos. 1 shaft "46,90 / 42,60 / 39,80" -> the 250 asked falls in "de 250 à 499" -> 42.60; "8 semaines" ->
# 56 (Aug 10, before Aug 28). Pos. 5 bracket set "le jeu" (the RFQ's SET) "21,40 / 19,80 / 18,60" -> the 150 asked falls
# in "de 100 à 249" -> 21.40; "6 semaines" -> 42 (Jul 27, before Oct 9). "Positions 2, 3 et 4 : pas d'offre" ->
# declined. "Offre valable 60 jours" from Mon 15 Jun -> 2026-08-14 (not short); "EXW Marignier" -> EXW. EUR. Partial;
# no-bid.
assert 250 <= 250 <= 499 and 100 <= 150 <= 249 and plus("2026-06-15", 56) == "2026-08-10" <= "2026-08-28"
assert plus("2026-06-15", 42) == "2026-07-27" <= "2026-10-09" and plus("2026-06-15", 60) == "2026-08-14"
X972 = [50, 78, 166, 312, 370, 428, 486]
P972 = check_page(
    [(50, 800, 13, "Décolletage du Giffre SAS"), (430, 800, 14, "DEVIS"),
     (50, 786, 8, "145, rue des Entreprises - 74970 Marignier - France"), (430, 786, 9, "N° D26-0614"),
     (50, 775, 8, "Tél. +33 4 50 55 82 10  |  SIRET 555 123 456 00018"), (430, 774, 9, "Date : 15/06/2026"),
     (50, 748, 9, "Vossberg Maschinenbau GmbH - M. Jonas Albers"), (330, 748, 9, "Votre demande : VM-RFQ-4418")]
    + [(312, 716, 8, "Prix unitaire HT (EUR) selon quantité")]
    + row(702, X972, ["Pos.", "Référence", "Désignation", "de 100 à 249", "de 250 à 499", "500 et +", "Délai"])
    + row(686, X972, ["1", "SH-2231-C rev B", "Arbre 42CrMo4, Ø30 h6 x 412", "46,90", "42,60", "39,80", "8 semaines"])
    + row(670, X972, ["5", "2231-004-03", "Jeu équerres capteur G+D", "21,40", "19,80", "18,60", "6 semaines"])
    + row(658, X972, ["", "", "prix au jeu, vis incluses", "", "", "", ""])
    + [(50, 630, 8, "Positions 2, 3 et 4 : pas d'offre (hors de notre activité)."),
       (50, 612, 8, "Prix en euros hors taxes. Conditions de livraison : EXW Marignier (Incoterms 2020)."),
       (50, 600, 8, "Paiement : 45 jours fin de mois."),
       (50, 588, 8, "Offre valable 60 jours."),
       (270, 60, 8, "Page 1/1")])
blind2("u972-marignier-pdf-devis-break-columns", V.message("Julien Tissot <j.tissot@decolletage-giffre.example>", multipart("mixed", "=_giffre_972", [
    text_part("text/plain", """Bonjour Monsieur Albers,

Suite à votre demande VM-RFQ-4418, veuillez trouver ci-joint notre devis D26-0614 pour l'arbre
d'entraînement et les jeux d'équerres. Les prix sont dégressifs selon la quantité commandée.

Restant à votre disposition,

Julien Tissot
Chargé d'affaires
Décolletage du Giffre SAS
Tél. +33 4 50 55 82 14
"""),
    file_part("application/pdf", "Devis_D26-0614.pdf", pdf([P972]))]), subject="RE: Demande VM-RFQ-4418"),
       "partial", "EUR", "2026-08-14", "EXW",
       [line(1, 42.60, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 21.40, "EUR", lead=42)],
       ["no-bid"])


# u973 a Cornellà de Llobregat (Barcelona, Spain) pneumatics distributor, wholly in Spanish, plain text. "Precios en
# euros" -> EUR. Pos. 3 fitting "4,35 €/ud.", "2.000 uds." as asked -> null, "en stock" -> 0. Pos. 4: "No podemos
# suministrar el cilindro Festo DSBC-32-80-PPVA-N3. Como alternativa le ofrecemos el cilindro SMC CP96SDB32-80C" ->
# alternatePartNumber CP96SDB32-80C (alternate-part); "98,60 €/ud.", "plazo de entrega: 3 semanas" -> 21 (Jul 6,
# before Sep 11). Shaft, housing and bracket set never mentioned -> missing-line. "Oferta válida hasta el 31/07/2026"
# -> 2026-07-31 (not short); "DAP Bielefeld" -> DAP. Partial; alternate-part, missing-line.
assert plus("2026-06-15", 21) == "2026-07-06" <= "2026-09-11"
blind2("u973-cornella-spanish-smc-alternate-cylinder", V.msg("Núria Puigdomènech <npuigdomenech@neumatica-llobregat.example>", "text/plain", """Estimado Sr. Albers:

Le agradecemos su solicitud de oferta VM-RFQ-4418. Le detallamos a continuación nuestra oferta para los
racores y los cilindros (precios en euros, IVA no incluido):

Pos. 3  FIT-316-G12-10  Racor recto macho G1/2 - tubo 10 mm, inox 316L
        Cantidad: 2.000 uds.
        Precio: 4,35 €/ud.
        Plazo de entrega: en stock

Pos. 4  DSBC-32-80-PPVA-N3
        No podemos suministrar el cilindro Festo DSBC-32-80-PPVA-N3. Como alternativa le ofrecemos
        el cilindro SMC CP96SDB32-80C (ISO 15552, Ø32, carrera 80 mm, amortiguación regulable,
        mismas cotas de montaje).
        Cantidad: 120 uds.
        Precio: 98,60 €/ud.
        Plazo de entrega: 3 semanas

Condiciones de entrega: DAP Bielefeld (Incoterms 2020)
Forma de pago: transferencia a 30 días
Oferta válida hasta el 31/07/2026

Quedamos a su disposición para cualquier aclaración.

Atentamente,

Núria Puigdomènech
Departamento Comercial
Neumática Llobregat, S.L.
C/ Progrés 27, 08940 Cornellà de Llobregat (Barcelona)
Tel. +34 93 555 64 18
""", subject="RE: RFQ VM-RFQ-4418 - Oferta 2026/1187"),
       "partial", "EUR", "2026-07-31", "DAP",
       [line(3, 4.35, "EUR", lead=0), line(4, 98.60, "EUR", lead=21, alt="CP96SDB32-80C")],
       ["alternate-part", "missing-line"])


# u974 a Vestone (Brescia, Italy) fitting maker, wholly in Italian, plain text (quoted-printable). EUR. Pos. 3 fitting
# "€ 412,00 ogni 100 pezzi" -> 4.12; "Lotto minimo di produzione: 2.500 pezzi" -> moq 2500, above the 2,000 asked
# (moq-above-quantity); the quantity quoted is the 2,000 asked ("Quantità richiesta: 2.000 pezzi") -> null;
# "Consegna: 4 settimane" -> 28 (Jul 13, before Aug 14). "Per le posizioni 1, 2, 4 e 5 non possiamo fare offerta" ->
# declined. "Validità offerta: 30 giorni" from Mon 15 Jun -> 2026-07-15 (not short); "FCA Vestone" -> FCA. Partial;
# moq-above-quantity, no-bid.
assert close(412.00 / 100, 4.12) and 2500 > 2000 and plus("2026-06-15", 28) == "2026-07-13" <= "2026-08-14"
assert plus("2026-06-15", 30) == "2026-07-15"
blind2("u974-vestone-italian-ogni-100-lotto-minimo-above", V.msg("Davide Zanetti <d.zanetti@raccorderia-valsabbia.example>", "text/plain", """Spett.le Vossberg Maschinenbau GmbH,
alla c.a. del Sig. Jonas Albers

in riferimento alla Vs. richiesta d'offerta VM-RFQ-4418 Vi sottoponiamo la nostra migliore offerta:

Pos. 3 - FIT-316-G12-10
Raccordo diritto maschio G1/2 per tubo 10 mm, acciaio inox AISI 316L
Quantità richiesta: 2.000 pezzi
Prezzo: € 412,00 ogni 100 pezzi
Lotto minimo di produzione: 2.500 pezzi
Consegna: 4 settimane

Per le posizioni 1, 2, 4 e 5 non possiamo fare offerta, trattandosi di articoli fuori dalla nostra produzione.

Prezzi in euro, IVA esclusa. Resa: FCA Vestone (Incoterms 2020). Imballo compreso.
Pagamento: bonifico 60 gg d.f.f.m.
Validità offerta: 30 giorni.

Restiamo a disposizione e porgiamo cordiali saluti.

Davide Zanetti
Ufficio Vendite
Raccorderia Valsabbia S.r.l.
Via Glisenti 15, 25078 Vestone (BS)
Tel. +39 0365 555 804
""", cte="quoted-printable", subject="R: Richiesta d'offerta VM-RFQ-4418"),
       "partial", "EUR", "2026-07-15", "FCA",
       [nob(1), nob(2), line(3, 4.12, "EUR", lead=28, moq=2500), nob(4), nob(5)],
       ["moq-above-quantity", "no-bid"])


# u975 a Bretten (Baden, Germany) contract supplier quoting all five lines, multipart/alternative (the text and the
# HTML part carry the same offer), in German, EUR. Columns Pos. | Teile-Nr. | Bezeichnung | Menge | Preis EUR | Preis
# je | Lieferzeit. Pos. 1 shaft "39,40" je "Stück", with the Staffel below "ab 100 Stück 41,80 / ab 250 Stück 39,40 /
# ab 500 Stück 37,10" -> the 250 asked -> 39.40; "9 Wochen" -> 63 (Aug 17, before Aug 28). Pos. 2 housing "1.198,00"
# je Stück -> 1198.00, "14 Wochen" -> 98 (Sep 21, before Oct 2). Pos. 3 fitting "418,00" je "100 Stück" -> 4.18, "ab
# Lager" -> 0. Pos. 4 the Festo cylinder asked "104,50" je Stück -> 104.50, "10 Arbeitstage" -> 14 (Jun 29, before Sep
# 11). Pos. 5 bracket set "24,90" je "Satz" (the RFQ's SET) -> 24.90, "7 Wochen" -> 49 (Aug 3, before Oct 9).
# Quantities as asked -> null. "Angebot gültig bis 31.08.2026" (not short); "CPT Bielefeld" -> CPT. Every line priced
# -> parsed, no deviations.
assert 250 <= 250 < 500 and close(418.00 / 100, 4.18) and workdays(10) == 14
assert plus("2026-06-15", 63) == "2026-08-17" <= "2026-08-28" and plus("2026-06-15", 98) == "2026-09-21" <= "2026-10-02"
assert plus("2026-06-15", 14) <= "2026-09-11" and plus("2026-06-15", 49) == "2026-08-03" <= "2026-10-09"
U975_ROWS = [("Pos.", "Teile-Nr.", "Bezeichnung", "Menge", "Preis EUR", "Preis je", "Lieferzeit"),
             ("1", "SH-2231-C rev B", "Antriebswelle 42CrMo4 vergütet, Ø30 h6 x 412 mm", "250 Stück", "39,40", "Stück",
              "9 Wochen"),
             ("2", "HSG-1180-GJL", "Getriebegehäuse EN-GJL-250, komplett bearbeitet, RAL 7035", "25 Stück", "1.198,00",
              "Stück", "14 Wochen"),
             ("3", "FIT-316-G12-10", "Gerade Einschraubverschraubung G1/2 - 10 mm, 1.4404", "2.000 Stück", "418,00",
              "100 Stück", "ab Lager"),
             ("4", "DSBC-32-80-PPVA-N3", "Festo Normzylinder ISO 15552, 32/80", "120 Stück", "104,50", "Stück",
              "10 Arbeitstage"),
             ("5", "2231-004-03", "Sensorhalter-Satz links/rechts inkl. Schrauben", "150 Satz", "24,90", "Satz",
              "7 Wochen")]
U975_TEXT = """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Wir bieten Ihnen alle fünf Positionen an (Preise in EUR, netto):

""" + "\n".join(f"{a:<6}{b:<20}{c:<58}{d:<12}{e:>10}  {f:<11}{g}" for a, b, c, d, e, f, g in U975_ROWS) + """

Staffelpreise Pos. 1 (EUR je Stück): ab 100 Stück 41,80 / ab 250 Stück 39,40 / ab 500 Stück 37,10

Lieferbedingung: CPT Bielefeld (Incoterms 2020)
Zahlung: 14 Tage 2 % Skonto, 30 Tage netto
Angebot gültig bis 31.08.2026

Mit freundlichen Grüßen

Andreas Heilmann
Vertrieb
Kraichgau Zulieferteile GmbH
Gewerbestraße 19, 75015 Bretten
Tel. +49 7252 555 93-0
"""
U975_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Albers,</p>
<p>vielen Dank für Ihre Anfrage VM-RFQ-4418. Wir bieten Ihnen alle fünf Positionen an (Preise in EUR, netto):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
""" + html_rows(U975_ROWS, "background:#D9D9D9;text-align:left") + """
</table>
<p>Staffelpreise Pos. 1 (EUR je Stück): ab 100 Stück 41,80 / ab 250 Stück 39,40 / ab 500 Stück 37,10</p>
<p>Lieferbedingung: CPT Bielefeld (Incoterms 2020)<br>
Zahlung: 14 Tage 2 % Skonto, 30 Tage netto<br>
Angebot gültig bis 31.08.2026</p>
<p>Mit freundlichen Grüßen</p>
<p>Andreas Heilmann<br>Vertrieb<br>Kraichgau Zulieferteile GmbH<br>Gewerbestraße 19, 75015 Bretten<br>
Tel. +49 7252 555 93-0</p>
</body></html>"""
blind2("u975-bretten-alt-html-all-five-preis-je", V.alternative("Andreas Heilmann <a.heilmann@kraichgau-zulieferteile.example>", U975_TEXT, U975_HTML,
                                                              "=_kraichgau_975", cte="quoted-printable",
                                                              subject="AW: Anfrage VM-RFQ-4418 - Angebot A-26-2290"),
       "parsed", "EUR", "2026-08-31", "CPT",
       [line(1, 39.40, "EUR", lead=63), line(2, 1198.00, "EUR", lead=98), line(3, 4.18, "EUR", lead=0),
        line(4, 104.50, "EUR", lead=14), line(5, 24.90, "EUR", lead=49)],
       [])


# u976 a Sheffield (UK) turning and grinding shop, plain text, above an Outlook "From: / Sent: / To: / Subject:" block
# with the buyer's request (history). "Prices in pounds sterling (GBP)" -> GBP (currency-differs). Item 1 shaft:
# "14 shafts per bar and only run full bars, so we quote 252 off (18 bars)" (6,000 / 412 = 14.6 -> 14 per bar; 18 x 14 =
# 252) -> the quantity quoted is 252, not the 250 asked -> quantity 252 (quantity-differs); "£33.40 each" -> 33.40;
# "10 weeks" -> 70 (Aug 24, before Aug 28). "Items 2 to 5 - no quote" -> declined. "valid for 14 days" from Mon 15 Jun
# -> 2026-06-29, earlier than Jul 10 -> validity-short. "FCA Sheffield" -> FCA. Partial; currency-differs, no-bid, quantity-differs,
# validity-short.
assert 6000 // 412 == 14 and 18 * 14 == 252 and 17 * 14 < 250 and plus("2026-06-15", 70) == "2026-08-24" <= "2026-08-28"
assert plus("2026-06-15", 14) == "2026-06-29" < "2026-07-10"
blind2("u976-sheffield-gbp-full-bars-252-off-short", V.msg("Craig Ibbotson <craig.ibbotson@rivelin-precision.example>", "text/plain", """Hi Jonas,

Thanks for VM-RFQ-4418. We're a turning and grinding shop so it's just the drive shaft for us.
Prices in pounds sterling (GBP).

Item 1 - SH-2231-C rev B, drive shaft 42CrMo4 Q&T, 30 h6 x 412, keyway 8 P9
  We cut these from 6 m bars at 14 shafts per bar and only run full bars, so we quote 252 off (18 bars).
  Price: £33.40 each
  Lead time: 10 weeks from order

Items 2 to 5 - no quote, sorry; castings and bought-out parts aren't our line.

Quote valid for 14 days (steel surcharges are moving). FCA Sheffield.

Cheers,
Craig Ibbotson
Estimator
Rivelin Precision Ltd
Unit 4, Rivelin Valley Works, Sheffield S6 5SE
Tel: 0114 555 0172

From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: 09 June 2026 10:21
To: sales@rivelin-precision.example
Subject: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

""" + VM_ASK + "\n", subject="RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "GBP", "2026-06-29", "FCA",
       [line(1, 33.40, "GBP", qty=252, lead=70), nob(2), nob(3), nob(4), nob(5)],
       ["currency-differs", "no-bid", "quantity-differs", "validity-short"])


if __name__ == "__main__":
    ROUND.write()
