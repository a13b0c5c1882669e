#!/usr/bin/env python3
"""Writes replies u49..u64 (Corpus/u*.eml + expected u*.json) against rfq-blind.json - the fourth blind round.

Like make_blind.py, make_blind2.py and make_blind3.py, these replies were written BLIND: from the quote-parse
normalization rules and the conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on
them and without reading the extractor's source. The expected values are what a human applying those rules arrives
at; they were not adjusted to the parser's output. Unlike the earlier rounds they answer a NEW RFQ, rfq-blind.json
(HM-RFQ-2611, six lines in KG, EA, M and SET: a glass-filled resin in 25 kg bags, aluminium sheets, a bearing whose
part number contains a space, O-rings by the 50,000, hydraulic hose by the metre and a seal kit by the set), so other
parts, units, quantities, need-by dates and a different Date header are exercised: per-kg tiers, bag, octabin, coil,
reel, bundle and box prices, a brand alternate, price-per-100 / per-1000 columns in an XLSX, CNY, JPY, CHF, CAD, GBP
and EUR, German, French and Spanish replies, the buyer's reply template, and a full no-bid.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import base64, datetime, json, os, quopri, zlib
from email.header import Header

from make_corpus import line, nob  # the same expected-line shapes
from make_blind import OUT, crlf, write_case  # same output folder and line endings
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)

HERE = os.path.dirname(os.path.abspath(__file__))
RFQ_FILE = "rfq-blind.json"
DATE = "Fri, 12 Jun 2026 10:30:00 -0400"
SUBJECT = "RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"
BUYER = "Lena Marsh <lmarsh@halvorsen-mfg.example>"


def head(frm, subject=SUBJECT, extra=""):
    name, addr = frm.rsplit(" <", 1)
    if not name.isascii():  # RFC 2047 encoded-word for a non-ASCII display name
        frm = Header(name, "utf-8").encode() + " <" + addr
    return (f"From: {frm}\nTo: {BUYER}\nSubject: {subject}\n"
            f"Date: {DATE}\nMessage-ID: <{zlib.crc32(frm.encode())}.blind4@mail.example>\n{extra}MIME-Version: 1.0\n")


def msg(frm, ctype, body, charset="utf-8", cte="8bit", subject=SUBJECT, extra=""):
    raw = crlf(body).encode(charset)
    if cte == "quoted-printable":
        raw = quopri.encodestring(raw)
    elif cte == "base64":
        raw = b"\r\n".join(base64.encodebytes(raw).splitlines())
    h = head(frm, subject, extra) + f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n\n"
    return crlf(h).encode("ascii") + raw + b"\r\n"


def with_attachment(frm, body, ctype, name, payload):
    b = "=_blind4_mixed_61"
    h = (head(frm) + f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\nThis is a multi-part message in MIME format.\n\n"
         f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
         f"--{b}\nContent-Type: {ctype}; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\n"
         f"Content-Transfer-Encoding: base64\n\n")
    return crlf(h).encode("utf-8") + b"\r\n".join(base64.encodebytes(payload).splitlines()) + f"\r\n--{b}--\r\n".encode()


def alternative(frm, text, html, cte="8bit"):
    """multipart/alternative(text/plain, text/html), both parts utf-8 in the given transfer encoding."""
    b = "=_blind4_alt_37"
    def part(ctype, body):
        raw = crlf(body).encode("utf-8")
        if cte == "quoted-printable":
            raw = quopri.encodestring(raw)
        return (crlf(f"--{b}\nContent-Type: {ctype}; charset=\"utf-8\"\nContent-Transfer-Encoding: {cte}\n\n").encode("ascii")
                + raw + b"\r\n")
    return (crlf(head(frm) + f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n").encode("utf-8")
            + part("text/plain", text) + part("text/html", html) + f"--{b}--\r\n".encode())


CASES = []
def case(name, data, status, currency, valid, inco, lines, kinds):
    CASES.append((name, data, {"file": name + ".eml", "rfq": RFQ_FILE, "status": status, "currency": currency,
                               "validUntil": valid, "incoterms": inco, "lines": lines, "deviationKinds": sorted(kinds)}))


# The buyer's RFQ as it appears quoted below some replies (same lines, quantities and need-by dates as rfq-blind.json).
RFQ_TABLE = "\n".join(f" {ln:<4}{pn:<18}{d:<42}{q:<8}{u:<5}{nb}" for ln, pn, d, q, u, nb in [
    ("Ln", "Part no.", "Description", "Qty", "UoM", "Need by"),
    ("1", "RES-PA66-GF30", "PA66 GF30 resin, black, 25 kg bags", "2500", "KG", "2026-07-20"),
    ("2", "SHT-5052H32-030", "Al sheet 5052-H32, 3.0 x 1250 x 2500 mm", "90", "EA", "2026-08-10"),
    ("3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3, SKF or equiv.", "400", "EA", "2026-07-27"),
    ("4", "OR-0120-NBR70", "O-ring 12.0 x 2.0 mm, NBR 70, black", "50000", "EA", "2026-08-17"),
    ("5", "HSE-2SN-08", "Hydraulic hose EN 853 2SN, DN12 (1/2 in)", "800", "M", "2026-09-01"),
    ("6", "KIT-PX200-SEAL", "Seal kit for PX-200 pump", "150", "SET", "2026-09-21")])


# u49 resin distributor, plain us-ascii text: a per-kg tier table for bags / pallets / truckload; the 2,500 kg asked
# for falls in the 1,000 - 9,999 kg tier ($4.38/kg, not the bag rate). The quantity is restated as bags and pallets
# (same 2,500 kg -> null). "2-3 weeks" = 21 days; the resin price is valid to June 30 (short). Other lines not mentioned.
case("u49-resin-kg-pallet-tiers", msg("Craig Dombrowski <cdombrowski@prairie-polymers.example>", "text/plain", """Lena,

Thanks for the RFQ. Please see our quote on the PA66 resin below.

RES-PA66-GF30 - PA66 30% GF, heat stabilized, black - 25 kg bags, 40 bags (1,000 kg) per pallet

  Quantity (kg)           Price per kg
  25 - 975 (bags)         $4.86
  1,000 - 9,999           $4.38
  10,000 and up           $4.12

Your 2,500 kg ships as 100 bags on 3 pallets (two full pallets and one part pallet).
Lead time 2-3 weeks from PO. FCA Joliet, IL.

Resin pricing is valid through June 30, 2026; our July price list follows at the end of the month.

Regards,
Craig Dombrowski
Prairie Polymers Distribution | 815-555-0143
""", charset="us-ascii", cte="7bit"), "partial", "USD", "2026-06-30", "FCA",
     [line(1, 4.38, lead=21)],
     ["missing-line", "validity-short"])


# u50 bearing / MRO house, HTML-only (quoted-printable) table over all six lines with "Brand" and "Offered P/N"
# columns: the RFQ allows "SKF or equivalent" and the vendor offers NSK part no. 6205DDUC3 (alternate = the part
# number in the Offered P/N cell, not the brand); the other rows say "as specified". "Regret" in the price cell of the
# resin and the sheet (declined). O-rings "$18.90 per 1,000" (boxes of 500), hose per metre, kit per set;
# "10 working days" = 14, "6-8 wks" = 56. The SKF availability in the text is for a part not offered (ignored).
U50_ROWS = [("1", "RES-PA66-GF30", "PA66 GF30 resin, black", "2,500 kg", "&ndash;", "&ndash;", "Regret", "&ndash;"),
            ("2", "SHT-5052H32-030", "Aluminium sheet 5052-H32, 3 mm", "90", "&ndash;", "&ndash;", "Regret", "&ndash;"),
            ("3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3", "400", "NSK", "6205DDUC3", "$3.42 ea", "Stock"),
            ("4", "OR-0120-NBR70", "O-ring 12 x 2 NBR 70", "50,000", "&ndash;", "as specified", "$18.90 per 1,000", "3 wks"),
            ("5", "HSE-2SN-08", "Hose EN 853 2SN DN12", "800 m", "&ndash;", "as specified", "$4.65/m", "10 working days"),
            ("6", "KIT-PX200-SEAL", "Seal kit PX-200", "150 sets", "&ndash;", "as specified", "$27.80/set", "6-8 wks")]
case("u50-html-brand-alternate", msg("Denise Albrecht <dalbrecht@lakeshore-bearing.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td,th{border:1px solid #A6A6A6;padding:3px 6px;font-family:Arial,sans-serif;font-size:10pt}</style></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Lena,</p>
<p>Thank you for RFQ HM-RFQ-2611. SKF 6205-2RS C3 is on allocation with delivery in late September, so on line 3
we offer the NSK equivalent, part no. 6205DDUC3 (same dimensions, C3 clearance, rubber contact seals).
O-rings are packed in boxes of 500 (100 boxes).</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr style="background:#DCE6F1">""" + "".join(f"<th>{h}</th>" for h in ("Ln", "Your P/N", "Description", "Qty", "Brand", "Offered P/N", "Unit price", "Lead time")) + "</tr>\n"
+ "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U50_ROWS) + """
</table>
<p>All prices in USD, FOB Cleveland, OH. Quotation valid until July 31, 2026.</p>
<p>Best regards,<br>Denise Albrecht<br>Lakeshore Bearing &amp; Power Transmission<br>216-555-0148</p>
</body></html>""", cte="quoted-printable"), "partial", "USD", "2026-07-31", "FOB",
     [nob(1), nob(2), line(3, 3.42, lead=0, alt="6205DDUC3"), line(4, 0.0189, lead=21), line(5, 4.65, lead=14),
      line(6, 27.80, lead=56)],
     ["alternate-part", "no-bid"])


# u51 O-ring house, one line per item (quoted-printable plain text): "$19.50 per 1,000 pcs (boxes of 500)", ex-stock,
# MOQ 500 pcs (below the quantity); the kit per set with a one-time set-up charge (note); the four other part numbers
# (one of them with its space) listed together as "no quote".
case("u51-oring-per-thousand-setup", msg("Gary Phelps <gphelps@buckeye-seal.example>", "text/plain", """Lena,

Our pricing on HM-RFQ-2611:

OR-0120-NBR70 - $19.50 per 1,000 pcs (boxes of 500) - ex-stock - MOQ 500 pcs
KIT-PX200-SEAL - $24.60 per set - 5 weeks - plus a one-time $180.00 set-up for kit bags and labels
RES-PA66-GF30, SHT-5052H32-030, BRG 6205-2RS, HSE-2SN-08 - no quote

EXW Akron, OH. Prices good for 60 days.

Gary Phelps
Buckeye Seal & O-Ring Co.
330-555-0162
""", cte="quoted-printable"), "partial", "USD", "2026-08-11", "EXW",
     [nob(1), nob(2), nob(3), line(4, 0.0195, lead=0, moq=500), nob(5), line(6, 24.60, lead=35)],
     ["no-bid", "note"])


# u52 Chinese factory in English, prices in RMB written with "¥" (CNY, stated once), VAT included (no deviation):
# a break-column block for the O-rings (the 50,000 column applies), MOQ 10,000 pcs; hose per meter with MOQ 1,000 m
# (above the 800 m asked, quantity not restated -> null); "Delivery: 25 days"; validity 15 days (short).
case("u52-cny-break-columns", msg("Vivian Zhou <vivian.zhou@ningbo-hengda-seal.example>", "text/plain", """Dear Lena,

Thank you for your inquiry HM-RFQ-2611. We are pleased to offer as below. All prices are in RMB (CNY), including 13% VAT.

1) OR-0120-NBR70, O-ring 12x2 NBR70 black
   Qty (pcs)      10,000     50,000     100,000
   Unit price     ¥0.135     ¥0.118     ¥0.104
   MOQ: 10,000 pcs. Delivery: 25 days.

2) HSE-2SN-08, hydraulic hose EN853 2SN DN12
   Unit price ¥21.50 per meter, MOQ 1,000 meters. Delivery: 30 days.

Trade term: FOB Ningbo. Validity: 15 days.

Best regards,
Vivian Zhou
Sales Dept. | Ningbo Hengda Seal & Hose Co., Ltd.
Tel: +86 574 5555 0126
"""), "partial", "CNY", "2026-06-27", "FOB",
     [line(4, 0.118, "CNY", lead=25, moq=10000), line(5, 21.50, "CNY", lead=30, moq=1000)],
     ["currency-differs", "missing-line", "moq-above-quantity", "validity-short"])


# u53 German resin and sheet mill, quoted-printable UTF-8: "112,50 € je Sack (25 kg)" against the KG line -> 4.50 per kg;
# "148,20 € je Tafel"; "4–5 Wochen" = 35 (still in time); an LME metal surcharge adjusted at delivery (note) with a
# date in it that is not the validity; "Positionen 3 bis 6 ... können wir leider nicht anbieten" (declined);
# "Angebot gültig bis 17.07.2026"; a payment term and a grand total in "24.588,00 €".
case("u53-german-sack-price", msg("Jürgen Hofbauer <j.hofbauer@rhein-kunststoff.example>", "text/plain", """Sehr geehrte Frau Marsh,

vielen Dank für Ihre Anfrage HM-RFQ-2611. Gerne bieten wir Ihnen an:

Pos. 1  RES-PA66-GF30
        PA66 GF30, wärmestabilisiert, schwarz, Sackware à 25 kg
        Menge: 2.500 kg (100 Sack)
        Preis: 112,50 € je Sack (25 kg)
        Lieferzeit: 4–5 Wochen

Pos. 2  SHT-5052H32-030
        Aluminiumblech EN AW-5052 H32, 3,0 x 1250 x 2500 mm, einseitig foliert
        Menge: 90 Tafeln
        Preis: 148,20 € je Tafel
        Lieferzeit: 6 Wochen
        Der Blechpreis basiert auf der LME-Notierung vom 11.06.2026; der Metallzuschlag wird bei
        Lieferung nach Tageskurs angepasst.

Die Positionen 3 bis 6 (Kugellager, O-Ringe, Schlauch, Dichtungssatz) können wir leider nicht anbieten.

Lieferbedingung: FCA Hamburg (Incoterms 2020)
Angebot gültig bis 17.07.2026
Zahlungsbedingung: 30 Tage netto
Gesamtwert netto: 24.588,00 €

Mit freundlichen Grüßen
Jürgen Hofbauer
Rhein-Kunststoff & Metall GmbH, Duisburg
Tel. +49 203 5550 147
""", cte="quoted-printable"), "partial", "EUR", "2026-07-17", "FCA",
     [line(1, 4.50, "EUR", lead=35), line(2, 148.20, "EUR", lead=42), nob(3), nob(4), nob(5), nob(6)],
     ["currency-differs", "no-bid", "note"])


# u54 XLSX in the vendor's own layout: a title and key/value block, then "Your line | Customer P/N | Description |
# Qty quoted | UOM | Price | Per | Extended | Lead time (days) | Remarks"; the "Per" column is 1, 100 or 1000 (O-rings
# 23.10 per 1000, hose 387.50 per 100 m); the sheets are quoted at 100 (bundles of 25 -> quantity differs); lead times
# as bare day numbers. Every line priced.
U54_ROWS = [["Midland Industrial Supply - Quotation MQ-88412"],
            ["Customer", "Halvorsen Manufacturing"], ["Your RFQ", "HM-RFQ-2611"], ["Currency", "USD"], [],
            ["Your line", "Customer P/N", "Description", "Qty quoted", "UOM", "Price", "Per", "Extended", "Lead time (days)", "Remarks"],
            [1, "RES-PA66-GF30", "PA66 GF30 black, 25 kg bags", 2500, "KG", 4.62, 1, 11550, 21, ""],
            [2, "SHT-5052H32-030", "Sheet 5052-H32 3 x 1250 x 2500", 100, "EA", 139, 1, 13900, 35, "Sold in bundles of 25 sheets - quoted 4 bundles = 100 sheets"],
            [3, "BRG 6205-2RS", "Bearing 6205-2RS C3 (SKF)", 400, "EA", 3.71, 1, 1484, 7, ""],
            [4, "OR-0120-NBR70", "O-ring 12 x 2 NBR70", 50000, "EA", 23.1, 1000, 1155, 14, ""],
            [5, "HSE-2SN-08", "Hose 2SN 1/2in", 800, "M", 387.5, 100, 3100, 28, ""],
            [6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", 31.75, 1, 4762.5, 56, ""],
            [],
            ["", "", "", "", "", "", "Total", 35951.5]]
case("u54-xlsx-per-column", with_attachment("Karen Whitfield <kwhitfield@midland-ind.example>", """Hi Lena,

Our quotation MQ-88412 for HM-RFQ-2611 is attached. CPT Rockford, IL; valid 45 days.
Please note the sheets: we only sell full bundles of 25, so we quoted 100 sheets.

Karen Whitfield
Midland Industrial Supply | 309-555-0121""",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "MQ-88412.xlsx", xlsx_book([("MQ-88412", U54_ROWS)])),
     "parsed", "USD", "2026-07-27", "CPT",
     [line(1, 4.62, lead=21), line(2, 139.0, qty=100, lead=35), line(3, 3.71, lead=7), line(4, 0.0231, lead=14),
      line(5, 3.875, lead=28), line(6, 31.75, lead=56)],
     ["quantity-differs"])


# u55 hose house, comma CSV attachment: the hose is priced per 50 m coil (212.50 / 50 = 4.25 per metre; 800 m = 16
# coils, quantity as asked) with a break column at 1,000 m that does not apply; the kit row says "No quote"; the
# other four lines are not in the file. ISO date validity in the body.
U55_CSV = crlf("""RFQ Line,Part Number,Description,Req Qty,UOM,Pack,Price per Pack (USD),Break Qty,Break Price per Pack (USD),Lead Time,Comment
5,HSE-2SN-08,Hose EN 853 2SN DN12 1/2 in,800,M,50 m coil,212.50,1000,198.00,3-4 weeks,16 coils
6,KIT-PX200-SEAL,Seal kit PX-200,150,SET,,,,,,No quote
""").encode("ascii")
case("u55-csv-hose-coil", with_attachment("Rusty Calloway <rcalloway@redriver-hydraulics.example>", """Lena,

CSV attached with our quote for the hose. FOB Tulsa, OK. Quote valid until 2026-08-15.

Rusty Calloway
Red River Hydraulics""", "text/csv", "RRH-Q-40977.csv", U55_CSV),
     "partial", "USD", "2026-08-15", "FOB",
     [line(5, 4.25, lead=28), nob(6)],
     ["missing-line", "no-bid"])


# u56 French distributor, multipart/alternative: prices HT in EUR with decimal commas; O-rings "le mille"
# (per thousand); the hose "1 987,50 € la bobine de 500 m" with a no-break space (3.975 per metre) and only full reels,
# so 2 reels = 1 000 m are quoted (quantity differs); "15 jours ouvrés" = 21 days; the kit "pas d'offre"; totals with
# narrow no-break spaces. Resin and sheet not mentioned.
U56_TEXT = """Bonjour Madame Marsh,

Suite à votre demande de prix HM-RFQ-2611, voici notre offre :

- Roulement 6205-2RS C3 (BRG 6205-2RS), marque SKF : 4,85 € HT la pièce, délai 3 semaines
- Joint torique 12 x 2 NBR 70 (OR-0120-NBR70) : 32,40 € HT le mille, délai 6 semaines
- Flexible hydraulique 2SN DN12 (HSE-2SN-08) : 1\u00a0987,50 € HT la bobine de 500 m, délai 15 jours ouvrés.
  Conditionnement en bobines de 500 m uniquement : nous chiffrons 2 bobines, soit 1\u00a0000 m.
- Kit d'étanchéité PX-200 (KIT-PX200-SEAL) : pas d'offre.

Incoterm : CIP Chicago (Incoterms 2020).
Offre valable jusqu'au 31/07/2026.
Montant total HT : 7\u202f535,00 €

Cordialement,
Hélène Garnier
Garnier Hydraulique & Transmissions SAS - Lyon
Tél. +33 4 55 50 01 93"""
U56_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour Madame Marsh,</p>
<p>Suite &agrave; votre demande de prix HM-RFQ-2611, voici notre offre&nbsp;:</p>
<ul>
<li>Roulement 6205-2RS C3 (BRG 6205-2RS), marque SKF&nbsp;: 4,85&nbsp;&euro; HT la pi&egrave;ce, d&eacute;lai 3 semaines</li>
<li>Joint torique 12 x 2 NBR 70 (OR-0120-NBR70)&nbsp;: 32,40&nbsp;&euro; HT le mille, d&eacute;lai 6 semaines</li>
<li>Flexible hydraulique 2SN DN12 (HSE-2SN-08)&nbsp;: 1&nbsp;987,50&nbsp;&euro; HT la bobine de 500 m, d&eacute;lai 15 jours ouvr&eacute;s.<br>
Conditionnement en bobines de 500 m uniquement&nbsp;: nous chiffrons 2 bobines, soit 1&nbsp;000 m.</li>
<li>Kit d'&eacute;tanch&eacute;it&eacute; PX-200 (KIT-PX200-SEAL)&nbsp;: pas d'offre.</li>
</ul>
<p>Incoterm&nbsp;: CIP Chicago (Incoterms 2020).<br>Offre valable jusqu'au 31/07/2026.<br>
Montant total HT&nbsp;: 7\u202f535,00&nbsp;&euro;</p>
<p>Cordialement,<br>H&eacute;l&egrave;ne Garnier<br>Garnier Hydraulique &amp; Transmissions SAS - Lyon<br>T&eacute;l. +33 4 55 50 01 93</p>
</body></html>"""
case("u56-french-reel-nbsp", alternative("Hélène Garnier <h.garnier@garnier-hydraulique.example>", U56_TEXT, U56_HTML),
     "partial", "EUR", "2026-07-31", "CIP",
     [line(3, 4.85, "EUR", lead=21), line(4, 0.0324, "EUR", lead=42), line(5, 3.975, "EUR", qty=1000, lead=21), nob(6)],
     ["currency-differs", "missing-line", "no-bid", "quantity-differs"])


# u57 Mexican mill in Spanish, ISO-8859-1 quoted-printable, prices in US dollars ("US$", named once as "dólares
# americanos, USD"): the sheet per "lámina", the kit per "juego"; "Partida" = RFQ line number; "no cotizamos" on the
# resin (declined); "Vigencia: 15 días" (short); "Forma de pago: 30 días" is neither validity nor lead time.
case("u57-spanish-usd", msg("Raúl Echeverría <raul.echeverria@laminados-norte.example>", "text/plain", """Estimada Lena:

Gracias por su solicitud HM-RFQ-2611. Le compartimos nuestra cotización (precios en dólares americanos, USD):

Partida 2 - SHT-5052H32-030, lámina de aluminio 5052-H32 de 3.0 x 1250 x 2500 mm
   Precio unitario: US$ 146.80 por lámina
   Tiempo de entrega: 7 semanas

Partida 6 - KIT-PX200-SEAL, juego de sellos para bomba PX-200
   Precio unitario: US$ 29.90 por juego
   Tiempo de entrega: 10 semanas

Partida 1 - RES-PA66-GF30: no cotizamos resinas.

Condiciones de entrega: DAP Laredo, TX (Incoterms 2020).
Vigencia de la cotización: 15 días.
Forma de pago: 30 días.

Saludos cordiales,
Raúl Echeverría
Laminados del Norte, S.A. de C.V. - Monterrey, N.L.
Tel. +52 81 5555 0163
""", charset="iso-8859-1", cte="quoted-printable"), "partial", "USD", "2026-06-27", "DAP",
     [nob(1), line(2, 146.80, lead=49), line(6, 29.90, lead=70)],
     ["missing-line", "no-bid", "validity-short"])


# u58 the buyer's reply template filled in for all six lines, above the quoted RFQ ("On ... wrote:" / "> ") whose
# table carries the quantities and need-by dates and whose template is still empty. "Price each: $4.71/kg" on the KG
# line, "$4.40/m" on the hose; "Min. order: none" (null), "1,000 kg", "50 m", "25 sets"; the sheets' 9 weeks = 63
# days is after their need-by; a US numeric expiry date.
case("u58-template-filled", msg("Nate Kowalczyk <nkowalczyk@greatlakes-ind.example>", "text/plain", """Hi Lena,

Filled in below, all six lines.

Line 1 RES-PA66-GF30    Price each: $4.71/kg   Lead time: 3 weeks   Min. order: 1,000 kg
Line 2 SHT-5052H32-030  Price each: $151.00    Lead time: 9 weeks   Min. order: none
Line 3 BRG 6205-2RS     Price each: $3.95      Lead time: stock     Min. order: 10
Line 4 OR-0120-NBR70    Price each: $0.0215    Lead time: 2 weeks   Min. order: 5,000
Line 5 HSE-2SN-08       Price each: $4.40/m    Lead time: 4 weeks   Min. order: 50 m
Line 6 KIT-PX200-SEAL   Price each: $33.25     Lead time: 12 weeks  Min. order: 25 sets
Quote expiry: 08/14/2026   Shipping terms: FOB Milwaukee, WI

Thanks,
Nate Kowalczyk
Great Lakes Industrial Supply | 414-555-0117

On Mon, Jun 8, 2026 at 9:15 AM Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:
> Hello,
>
> Halvorsen Manufacturing requests your quotation for the items below (RFQ HM-RFQ-2611).
> Responses are due June 19, 2026.
>
""" + "\n".join("> " + l for l in RFQ_TABLE.splitlines()) + """
>
> Reply template (one line per item):
>   Line __ Part ______  Price each: ______  Lead time: ______  Min. order: ______
> Quote expiry: ______  Shipping terms: ______
>
> Thank you,
> Lena Marsh
> Buyer, Halvorsen Manufacturing
> 2150 Harrison Ave, Rockford, IL 61104 | 815-555-0190
"""), "parsed", "USD", "2026-08-14", "FOB",
     [line(1, 4.71, lead=21, moq=1000), line(2, 151.0, lead=63), line(3, 3.95, lead=0, moq=10),
      line(4, 0.0215, lead=14, moq=5000), line(5, 4.40, lead=28, moq=50), line(6, 33.25, lead=84, moq=25)],
     ["lead-time-after-need-by"])


# u59 Japanese trading house in English, base64 UTF-8 plain text, prices in yen: "JPY 612 / pc" (no minor unit) and
# "¥3,150 / 1,000 pcs" (3.15 per piece); the vendor's "No.3" / "No.4" are the RFQ line numbers and the declined
# lines are named the same way ("No.1, No.2, No.5 and No.6"); CIF with a named port; a written validity date.
case("u59-jpy-base64", msg("Kenji Morimoto <k.morimoto@morimoto-trading.example>", "text/plain", """Dear Ms. Marsh,

Thank you very much for your RFQ HM-RFQ-2611. We are pleased to quote the following.

No.3  BRG 6205-2RS  Deep groove ball bearing 6205-2RS C3 (SKF, as specified)
      400 pcs  @ JPY 612 / pc          Delivery: 6 weeks
No.4  OR-0120-NBR70  O-ring 12.0 x 2.0 NBR70
      50,000 pcs  @ ¥3,150 / 1,000 pcs  Delivery: 8 weeks

We regret that we cannot offer No.1, No.2, No.5 and No.6.

Price basis: CIF Long Beach (Incoterms 2020), in Japanese yen.
Validity: until 31 July 2026.

Best regards,
Kenji Morimoto
Overseas Sales Dept., Morimoto Trading Co., Ltd.
Tel +81-6-5555-0172
""", cte="base64"), "partial", "JPY", "2026-07-31", "CIF",
     [nob(1), nob(2), line(3, 612.0, "JPY", lead=42), line(4, 3.15, "JPY", lead=56), nob(5), nob(6)],
     ["currency-differs", "no-bid"])


# u60 full no-bid in Windows-1252 plain text (curly apostrophe, en dash) above an OWA-style quoted RFQ (underscore rule,
# From/Sent/To/Subject) with quantities, need-by dates and target prices: nothing below the rule is a quote.
case("u60-full-nobid-owa", msg("Sheila Brannigan <sbrannigan@tristate-fluidpower.example>", "text/plain", """Lena,

Thank you for thinking of Tri-State Fluid Power. Unfortunately we must decline to quote HM-RFQ-2611 in full \u2013 we
sold our sealing and resin business last year, we are not competitive on bulk hose, and the PX-200 seal kit you list
is obsolete on our side.

We\u2019d be glad to look at future hydraulic assembly work.

Best regards,
Sheila Brannigan
Tri-State Fluid Power, Inc.
Ph. 614-555-0157 | Fax 614-555-0158

________________________________
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Monday, June 8, 2026 9:15 AM
To: Sheila Brannigan <sbrannigan@tristate-fluidpower.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hello Sheila,

Please quote the items below by June 19, 2026, with unit price, lead time, Incoterms and validity.

""" + RFQ_TABLE + """

Target prices: resin $4.40/kg, hose $4.20/m, seal kit $25.00/set.

Thank you,
Lena Marsh
Buyer, Halvorsen Manufacturing
""", charset="windows-1252"), "no-bid", None, None, None,
     [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)],
     ["no-bid"])


# u61 Canadian distributor: "Canadian dollars (CAD)" named once, bare "$" on each item; items named only by RFQ line
# number ("Item 3:"), no part numbers or descriptions; "cannot supply" on the hose (with a reason naming another hose
# type), "EOL" on the kit (declined); "4-6 weeks" = 42; DDP with a named place; 30 days validity.
case("u61-cad-item-numbers-eol", msg("Brett Sinclair <bsinclair@northshore-ind.example>", "text/plain", """Hi Lena,

Re your RFQ HM-RFQ-2611 - our pricing is in Canadian dollars (CAD):

Item 3:  $5.12 each, stock (Mississauga warehouse)
Item 4:  $0.0268 each, 4-6 weeks
Item 5:  cannot supply - we only stock 1SN hose in that size
Item 6:  EOL - this kit was discontinued by the pump OEM, no replacement available

DDP Rockford, IL, duties and brokerage included. Quote valid 30 days.

Regards,
Brett Sinclair
Northshore Industrial Distribution
905-555-0139
"""), "partial", "CAD", "2026-07-12", "DDP",
     [line(3, 5.12, "CAD", lead=0), line(4, 0.0268, "CAD", lead=42), nob(5), nob(6)],
     ["currency-differs", "missing-line", "no-bid"])


# u62 Gmail-like multipart/alternative (quoted-printable) bullets naming the items only by description, in the
# vendor's own words ("Nylon 66 with 30% glass", "Aluminum sheet", "1/2 in (DN12)" hose); resin MOQ 3,000 kg (three
# full pallets) above the 2,500 kg asked, quantity not restated (null); "5-6 weeks" = 42; "from stock"; EXW.
U62_TEXT = """Hi Lena,

We can help with three of your items:

* Nylon 66 with 30% glass, heat stabilized, black: $4.95 per kg, 3 weeks. Minimum order 3,000 kg (three full pallets of 1,000 kg).
* Aluminum sheet 5052-H32, 3.0 x 1250 x 2500 mm, PVC one side: $144.60 per sheet, 5-6 weeks.
* Hydraulic hose EN 853 2SN, 1/2 in (DN12): $4.10 per meter, from stock.

EXW Elk Grove Village, IL. Pricing valid through July 24, 2026.

Thanks,
Tom

--
Tom Rasmussen
Fox Valley Metals & Plastics
847-555-0182"""
U62_HTML = """<div dir="ltr"><div>Hi Lena,</div><div><br></div><div>We can help with three of your items:</div><div><br></div>
<ul>
<li>Nylon 66 with 30% glass, heat stabilized, black: $4.95 per kg, 3 weeks. Minimum order 3,000 kg (three full pallets of 1,000 kg).</li>
<li>Aluminum sheet 5052-H32, 3.0 x 1250 x 2500 mm, PVC one side: $144.60 per sheet, 5-6 weeks.</li>
<li>Hydraulic hose EN 853 2SN, 1/2 in (DN12): $4.10 per meter, from stock.</li>
</ul>
<div>EXW Elk Grove Village, IL. Pricing valid through July 24, 2026.</div><div><br></div><div>Thanks,</div><div>Tom</div><div><br></div>
<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">--<br>Tom Rasmussen<br>Fox Valley Metals &amp; Plastics<br>847-555-0182</div></div></div></div>"""
case("u62-description-bullets-moq", alternative("Tom Rasmussen <trasmussen@foxvalley-metals.example>", U62_TEXT, U62_HTML,
                                                cte="quoted-printable"),
     "partial", "USD", "2026-07-24", "EXW",
     [line(1, 4.95, lead=21, moq=3000), line(2, 144.60, lead=42), line(5, 4.10, lead=0)],
     ["missing-line", "moq-above-quantity"])


# u63 UK seal and bearing house in pounds: bearing price-break rows (400 falls in 100 - 499 -> £2.86), 8 weeks = 56
# (after the bearing's need-by), the kit "per kit" (= per set) at 16 weeks = 112 (after its need-by) with a one-off
# tooling charge (note); four lines declined up front by line number; 90 days validity.
case("u63-gbp-break-rows-late", msg("Alistair Pryce <a.pryce@pennant-seals.example>", "text/plain", """Dear Lena,

Thank you for your enquiry HM-RFQ-2611. Please find our offer for lines 3 and 6 below; lines 1, 2, 4 and 5 we
decline to quote.

Line 3 - BRG 6205-2RS, SKF, as specified
   Qty 1 - 99          £3.20 each
   Qty 100 - 499       £2.86 each
   Qty 500+            £2.61 each
   Lead time: 8 weeks

Line 6 - KIT-PX200-SEAL, seal kit to your drawing
   £26.40 per kit, lead time 16 weeks
   A one-off tooling charge of £350.00 applies for the moulded lip seal.

Prices in GBP, DAP Rockford, IL (Incoterms 2020). This offer is valid for 90 days.

Kind regards,
Alistair Pryce
Pennant Seals & Bearings Ltd, Wrexham
01978 555 026
"""), "partial", "GBP", "2026-09-10", "DAP",
     [nob(1), nob(2), line(3, 2.86, "GBP", lead=56), nob(4), nob(5), line(6, 26.40, "GBP", lead=112)],
     ["currency-differs", "lead-time-after-need-by", "no-bid", "note"])


# u64 Swiss supplier in English, CHF with apostrophe thousands: the resin only in 1'000 kg octabins, so 3'000 kg are
# quoted (quantity differs) at CHF 4.20 per kg; the sheets "CHF 1'456.00 per bundle of 10 sheets" (145.60 per sheet,
# 9 bundles = the 90 asked); "10 working days" = 14; DPU with a named place; dotted validity date (short).
case("u64-swiss-chf-bundle", msg("Beat Imhof <b.imhof@imhof-werkstoffe.example>", "text/plain", """Dear Ms Marsh

Thank you for your request HM-RFQ-2611. We offer as follows (prices in CHF, net):

1. RES-PA66-GF30 (PA66 GF30 black)
   Packed in octabins of 1'000 kg only, so we offer 3'000 kg (3 octabins).
   CHF 4.20 per kg, delivery 4 weeks.

2. SHT-5052H32-030 (sheet 5052-H32, 3 x 1250 x 2500 mm)
   CHF 1'456.00 per bundle of 10 sheets (9 bundles = 90 sheets).
   Delivery 10 working days.

Delivery terms: DPU Rockford, IL (Incoterms 2020).
Offer valid until 30.06.2026.

Kind regards
Beat Imhof
Imhof Werkstoffe AG, Winterthur
Tel. +41 52 555 01 84
"""), "partial", "CHF", "2026-06-30", "DPU",
     [line(1, 4.20, "CHF", qty=3000, lead=28), line(2, 145.60, "CHF", lead=14)],
     ["currency-differs", "missing-line", "quantity-differs", "validity-short"])


def check(expected):
    """Re-derives the mechanical deviation kinds and the status from the expected values and rfq-blind.json
    (guards against arithmetic slips); same conventions as make_blind.check."""
    check_reply(expected, RFQ_FILE, datetime.date(2026, 6, 12))  # calendar date of DATE


def check_reply(expected, rfq_file, reply):
    """The check for a reply to rfq_file sent on the calendar date reply."""
    with open(os.path.join(OUT, rfq_file)) as f:
        rfq = json.load(f)
    due = datetime.date.fromisoformat(rfq["responseDueAt"][:10])
    need = {l["lineNumber"]: datetime.date.fromisoformat(l["needBy"]) for l in rfq["lines"]}
    rfq_qty = {l["lineNumber"]: l["quantity"] for l in rfq["lines"]}
    if expected["status"] == "unparseable":
        return
    numbers = [l["lineNumber"] for l in expected["lines"]]
    assert numbers == sorted(set(numbers)), (expected["file"], "line numbers unsorted or repeated")
    kinds = set()
    if set(numbers) != set(need):
        kinds.add("missing-line")
    for l in expected["lines"]:
        if l["noBid"]:
            kinds.add("no-bid")
            assert l["unitPrice"] is None and l["leadTimeDays"] is None, expected["file"]
            continue
        if l["quantity"] is not None:
            assert l["quantity"] != rfq_qty[l["lineNumber"]], (expected["file"], "requested quantity should be null")
            kinds.add("quantity-differs")
        if l["alternatePartNumber"]:
            kinds.add("alternate-part")
        if l["moq"] is not None and l["moq"] > rfq_qty[l["lineNumber"]]:
            kinds.add("moq-above-quantity")
        if l["leadTimeDays"] is not None and reply + datetime.timedelta(days=l["leadTimeDays"]) > need[l["lineNumber"]]:
            kinds.add("lead-time-after-need-by")
        if l["unitPrice"]["currency"] != expected["currency"]:
            raise AssertionError(expected["file"] + ": line currency differs from quote currency")
    if expected["currency"] not in (None, rfq["currency"]):
        kinds.add("currency-differs")
    if expected["validUntil"] and expected["validUntil"] < (due + datetime.timedelta(days=14)).isoformat():
        kinds.add("validity-short")
    stated = set(expected["deviationKinds"]) - {"note"}
    assert stated == kinds, (expected["file"], sorted(stated), sorted(kinds))
    priced = [l for l in expected["lines"] if not l["noBid"]]
    status = "no-bid" if not priced else ("parsed" if len(priced) == len(need) else "partial")
    assert status == expected["status"], (expected["file"], status, expected["status"])
    if status == "no-bid":
        assert set(numbers) == set(need) and expected["currency"] is None and expected["validUntil"] is None \
            and expected["incoterms"] is None, expected["file"]


if __name__ == "__main__":
    # rfq-blind.json (HM-RFQ-2611) was written for this round, in the shape of rfq-sample.json
    assert [n for n, _, _ in CASES] == sorted(n for n, _, _ in CASES) and len(CASES) == 16
    for name, data, expected in CASES:
        check(expected)
        write_case(name, data, expected)
    print(len(CASES), "cases")
