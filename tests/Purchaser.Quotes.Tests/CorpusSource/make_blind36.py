#!/usr/bin/env python3
"""Writes replies u561..u576 (Corpus/u*.eml + expected u*.json) - the thirty-sixth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is CONTINENTAL EUROPE, ORDINARY: German, French, Spanish, Italian, Dutch and Polish vendors writing
everyday quotes in their own language or in non-native English, with local number formats ("3,18 EUR je 100 Stück",
"176,00 € / 1 000 pcs", "USD 1,36 /mt", "€ 1.212,50", "29,80" per "1.000 uds", "512,40 PLN/ark."), local lead-time
words ("ab Lager", "Arbeitstage", "jours ouvrés", "30 gg lavorativi", "werkdagen", "uit voorraad", "semanas",
"tygodnie"), local date formats with unambiguous day/month order ("30.06.2026", "24/07/2026", "17 juillet 2026",
"31 lipca 2026 r."), VAT remarks ("zzgl. MwSt.", "HT", "excl. btw", "IVA no incluido", "23% VAT", "autoliquidation"),
"ab Werk" (EXW written out in German), "frei Haus" / "franco de port" beside a named Incoterm, the RFQ's part numbers
typed with the vendor's own spacing and case ("SCR-M4x10-A2", "SPR C0630-302", "RES PA66-GF30", "SH 2231-C rev B"),
German, Dutch and French quoted history below the reply, price breaks as rows ("Staffelprijzen", "Preisstaffel ab
2.500 kg") and as "ab 100 / ab 250 / ab 500" columns, minimum lots that raise the quantity, pack sizes (bags of 10,
boxes of 2.500, reels of 50 m), one-off tooling, set-up, fixture and pattern charges and a price-adjustment clause
(notes), an NSK bearing and a house-brand cylinder offered instead (alternates), a foundry lead time past the need-by,
a 14-day validity, PLN, EUR and USD, and an Italian distributor who only asks questions (classification "question").
Formats: plain text in UTF-8, ISO-8859-1 and ISO-8859-2 (8bit, quoted-printable, base64), HTML only,
multipart/alternative, a semicolon CSV in windows-1252, an XLSX and two PDFs with a text layer.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf, xlsx  # expected-line shapes, text-layer PDF writer, one-sheet workbook writer
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; date and amount helpers
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts, PDF rows and page check
from make_blind13 import letters  # a PDF paragraph, one line under the other
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(561)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})



# The sample RFQ as Nora Reyes sent it on Thu 4 Jun 2026 (quoted below some replies; same quantities as the RFQ).
SAMPLE_RFQ = ("Please quote the items below by June 12, 2026 (unit price, lead time, validity, Incoterms).\n\n"
              + "\n".join(f"{ln:<6}{pn:<16}{d:<46}{q:>7}  {u:<5} {nb}" for ln, pn, d, q, u, nb in [
                  ("Line", "Part number", "Description", "Qty", "Unit", "Need by"),
                  ("1", "GSK-EPDM-80", "Gasket, EPDM 70 Sh A, die-cut, 80 x 62 x 3 mm", "5,000", "EA", "2026-08-03"),
                  ("2", "CBL-4C22-PUR", "Cable, 4 x 22 AWG shielded, PUR, black", "1,500", "M", "2026-07-20"),
                  ("3", "SCR-M4X10-A2", "Socket head cap screw M4 x 10, A2-70", "20,000", "EA", "2026-07-13"),
                  ("4", "PLT-0915-R2", "Motor base plate, 10 mm 6082-T6, CNC milled", "120", "EA", "2026-08-17"),
                  ("5", "SPR-C0630-302", "Compression spring, 302 SS, 0.6 x 6.3 x 30", "8,000", "EA", "2026-07-27")])
              + "\n\nRegards,\nNora Reyes\nPurchasing, Northridge Automation")


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u561 a Franconian screw and spring wholesaler, wholly in German, ISO-8859-1 quoted-printable, with the German Outlook
# "-----Ursprüngliche Nachricht-----" block and the RFQ (with its quantities) below. Part numbers typed "SCR-M4x10-A2"
# and "SPR C0630-302" (case and spaces ignored -> lines 3 and 5). Screws "3,18 EUR je 100 Stück" -> 3.18 / 100 = 0.0318
# EUR, "Menge: 20.000 Stk." = the 20,000 asked -> null, "ab Lager" -> 0. Springs "69,40 EUR je 1.000 Stück" -> 0.0694,
# 8.000 Stk. as asked -> null, "15 Arbeitstage" -> 15 x 7/5 = 21 (Jun 26, before Jul 27); the material number "1.4310"
# in the description is not a price. "Die Positionen 1, 2 und 4 ... kein Angebot" -> lines 1, 2, 4 declined. "zzgl. der
# gesetzlichen MwSt." and "30 Tage netto" are VAT and payment remarks (no deviation). "gültig bis 30.06.2026" ->
# 2026-06-30 (not short: Jun 30 >= Jun 26). "Lieferung ab Werk Nürnberg" -> "ab Werk" is Ex Works written out -> EXW.
# EUR against the USD RFQ -> currency-differs. Partial.
assert close(3.18 / 100, 0.0318) and close(69.40 / 1000, 0.0694) and workdays(15) == 21 and plus("2026-06-05", 21) == "2026-06-26"
sample("u561-de-je-100-stueck-ab-werk-latin1", S.msg("Jürgen Pfeiffer <j.pfeiffer@frankenschrauben.example>", "text/plain", """Sehr geehrte Frau Reyes,

vielen Dank für Ihre Anfrage NR-RFQ-0619 vom 4. Juni 2026. Gerne bieten wir Ihnen wie folgt an:

Pos. 3   SCR-M4x10-A2   Zylinderschraube ISO 4762 M4 x 10, A2-70
         Menge:      20.000 Stk.
         Preis:      3,18 EUR je 100 Stück
         Lieferzeit: ab Lager

Pos. 5   SPR C0630-302  Druckfeder, Werkstoff 1.4310, Draht 0,6 mm, Da 6,3 mm, L0 30 mm
         Menge:      8.000 Stk.
         Preis:      69,40 EUR je 1.000 Stück
         Lieferzeit: 15 Arbeitstage nach Auftragseingang

Die Positionen 1, 2 und 4 (Dichtungen, Kabel, Motorplatte) führen wir nicht im Programm - hierzu leider kein Angebot.

Alle Preise verstehen sich netto zzgl. der gesetzlichen MwSt., Lieferung ab Werk Nürnberg.
Zahlungsbedingungen: 30 Tage netto.
Dieses Angebot ist gültig bis 30.06.2026.

Mit freundlichen Grüßen

i.A. Jürgen Pfeiffer
Innendienst / Verkauf

Frankenschrauben Pfeiffer GmbH & Co. KG
Hafenstraße 27, 90451 Nürnberg
Tel. +49 911 555 0143, Fax +49 911 555 0149
Registergericht Nürnberg HRA 15 522, USt-IdNr. DE 255 501 437

-----Ursprüngliche Nachricht-----
Von: Nora Reyes <nreyes@northridge.example>
Gesendet: Donnerstag, 4. Juni 2026 16:02
An: Verkauf Frankenschrauben <verkauf@frankenschrauben.example>
Betreff: RFQ NR-RFQ-0619 - Mechanical and cable parts

Dear Sir or Madam,

""" + SAMPLE_RFQ + "\n", charset="iso-8859-1", cte="quoted-printable",
                                                            subject="AW: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "EUR", "2026-06-30", "EXW",
       [nob(1), nob(2), line(3, 0.0318, "EUR", lead=0), nob(4), line(5, 0.0694, "EUR", lead=21)],
       ["currency-differs", "no-bid"])


# u562 a Vendée gasket cutter, HTML only, wholly in French, "10&nbsp;000" and "1&nbsp;000" space thousands. One table row
# "GSK EPDM 80" (spaces -> line 1): "176,00 € / 1 000 pcs" under "Prix HT" -> 176.00 / 1,000 = 0.176 EUR each. "Notre
# quantité minimale de commande est de 10 000 pièces ... nous avons donc chiffré 10 000 pièces au lieu des 5 000
# demandées" -> moq 10000 (above the 5,000 asked: moq-above-quantity) and quantity 10000 (quantity-differs). "Délai
# 5 semaines" -> 35 (Jul 10, before Aug 3). "Frais d'outillage (forme de découpe) : 340,00 € HT, facturés une seule fois"
# -> one-off tooling: note. "câble, vis, platine moteur, ressorts ... nous ne pouvons pas les fournir" -> cannot supply:
# lines 2 to 5 declined. "TVA non applicable (exportation hors UE)" is a VAT remark; the capital "250 000 €" and the
# SIRET in the signature are not prices. "Offre valable jusqu'au 17 juillet 2026" -> 2026-07-17 (not short). "DAP Reno,
# NV (Incoterms 2020), franco de port" -> DAP. EUR -> currency-differs. Partial.
assert close(176.00 / 1000, 0.176) and 10000 > 5000 and plus("2026-06-05", 35) == "2026-07-10"
sample("u562-fr-html-prix-ht-1000-pcs-mini-outillage", S.msg("Élodie Marchand <e.marchand@joints-vendeens.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222222">
<p>Bonjour Madame Reyes,</p>
<p>Suite à votre demande de prix NR-RFQ-0619, nous avons le plaisir de vous adresser notre offre pour le joint découpé :</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#7F7F7F;font-size:9pt">
<tr style="background:#D9E1F2"><th>Réf. client</th><th>Désignation</th><th>Quantité</th><th>Prix HT</th><th>Délai</th></tr>
<tr><td>GSK EPDM 80</td><td>Joint découpé EPDM 70 Sh A, Ø ext. 80 x Ø int. 62 x ép. 3 mm</td><td align="right">10&nbsp;000 pièces</td><td align="right">176,00&nbsp;€ / 1&nbsp;000 pcs</td><td>5 semaines</td></tr>
</table>
<p>Notre quantité minimale de commande est de 10&nbsp;000 pièces (une bande de découpe complète) ; nous avons donc chiffré
10&nbsp;000 pièces au lieu des 5&nbsp;000 demandées.</p>
<p>Frais d'outillage (forme de découpe) : 340,00&nbsp;€ HT, facturés une seule fois à la première commande.</p>
<p>Les autres articles de votre demande (câble, vis, platine moteur, ressorts) ne font pas partie de notre fabrication :
nous ne pouvons pas les fournir.</p>
<p>Conditions de livraison : DAP Reno, NV (Incoterms 2020), franco de port.<br>
TVA non applicable (exportation hors UE).<br>
Règlement : 30 jours fin de mois.<br>
Offre valable jusqu'au 17 juillet 2026.</p>
<p>Restant à votre disposition pour tout renseignement complémentaire,<br>
Bien cordialement,</p>
<p><b>Élodie Marchand</b><br>Assistante commerciale<br>JOINTS VENDÉENS SAS<br>
ZI des Ajoncs, 12 rue de l'Industrie, 85000 La Roche-sur-Yon<br>Tél. +33 2 51 55 01 42<br>
<span style="font-size:8pt;color:#888888">SAS au capital de 250&nbsp;000 € - SIRET 512 555 018 00027 - TVA FR 41 512555018<br>
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.</span></p>
</body></html>""", subject="RE : RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "EUR", "2026-07-17", "DAP",
       [line(1, 0.176, "EUR", qty=10000, lead=35, moq=10000), nob(2), nob(3), nob(4), nob(5)],
       ["currency-differs", "moq-above-quantity", "no-bid", "note", "quantity-differs"])


# u563 a Brianza cable maker in non-native English, multipart/alternative (text + HTML from a webmail), prices in USD "as
# you requested" with decimal commas and dot thousands. Part number typed "CBL-4C22PUR" (dash dropped -> line 2). "Price:
# USD 1,36 /mt" with "Quantity: 1.500 mt (metres)" -> 1.36 per metre on the metre line; 3 coils of 500 mt = 1,500 m, the
# quantity asked -> null. The break "for 3.000 mt and more: USD 1,24 /mt" does not reach 1,500 -> 1.36 applies.
# "Delivery: 30 gg lavorativi (working days)" -> 30 x 7/5 = 42 (Jul 17, before Jul 20). Screws "sorry, we cannot supply"
# -> line 3 declined. Gasket, plate and springs never mentioned -> missing-line. "Payment: 60 days end of month" is a
# payment term. "Validity of offer: 30 days" from Fri 5 Jun -> 2026-07-05 (not short); "FCA Lissone (MB)" -> FCA. USD.
# Partial.
assert workdays(30) == 42 and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 30) == "2026-07-05" and 3 * 500 == 1500
U563_TEXT = """Good morning Mrs. Reyes,

thank you very much for your request NR-RFQ-0619, we are glad to send you our best offer for the cable. Prices are in USD as you requested.

Item: CBL-4C22PUR - cable 4x22AWG shielded, PUR black sheath
Quantity: 1.500 mt (metres), in 3 coils of 500 mt
Price: USD 1,36 /mt
Price for 3.000 mt and more: USD 1,24 /mt
Delivery: 30 gg lavorativi (working days) from order confirmation

About the screws SCR-M4X10-A2: sorry, we cannot supply, we are cable producer only.

Validity of offer: 30 days
Delivery terms: FCA Lissone (MB), Incoterms 2020
Payment: 60 days end of month, bank transfer

Waiting for your kind reply, best regards

Davide Colombo
Ufficio Commerciale / Sales Dept.
CAVITECNICA BRIANZA S.r.l.
Via dell'Artigianato 14 - 20851 Lissone (MB) - Italy
Tel. +39 039 555 0172 - P.IVA 01234560967
"""
U563_HTML = """<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Good morning Mrs. Reyes,</div><div><br></div>
<div>thank you very much for your request NR-RFQ-0619, we are glad to send you our best offer for the cable. Prices are in USD as you requested.</div><div><br></div>
<div><strong>Item:</strong> CBL-4C22PUR - cable 4x22AWG shielded, PUR black sheath</div>
<div><strong>Quantity:</strong> 1.500 mt (metres), in 3 coils of 500 mt</div>
<div><strong>Price:</strong> USD 1,36 /mt</div>
<div><strong>Price for 3.000 mt and more:</strong> USD 1,24 /mt</div>
<div><strong>Delivery:</strong> 30 gg lavorativi (working days) from order confirmation</div><div><br></div>
<div>About the screws SCR-M4X10-A2: sorry, we cannot supply, we are cable producer only.</div><div><br></div>
<div>Validity of offer: 30 days<br>Delivery terms: FCA Lissone (MB), Incoterms 2020<br>Payment: 60 days end of month, bank transfer</div><div><br></div>
<div>Waiting for your kind reply, best regards</div><div><br></div>
<div><span style="color:#1F497D"><b>Davide Colombo</b><br>Ufficio Commerciale / Sales Dept.<br>CAVITECNICA BRIANZA S.r.l.<br>
Via dell'Artigianato 14 - 20851 Lissone (MB) - Italy<br>Tel. +39 039 555 0172 - P.IVA 01234560967</span></div>
</div></body></html>"""
sample("u563-it-alt-usd-decimal-comma-30-gg-lavorativi", S.alternative("Davide Colombo <d.colombo@cavitecnica-brianza.example>",
                                                                       U563_TEXT, U563_HTML),
       "partial", "USD", "2026-07-05", "FCA",
       [line(2, 1.36, lead=42), nob(3)],
       ["missing-line", "no-bid"])


# u564 an Eindhoven CNC shop, wholly in Dutch, plain text with the Dutch Outlook "Van: / Verzonden: / Aan: / Onderwerp:"
# block and the RFQ below. "PLT 0915 R2" (spaces -> line 4), "Aantal: 120 stuks" as asked -> null. Break rows
# "Staffelprijzen (per stuk, excl. btw)": 50 - 119 st. € 46,20 / 120 - 249 st. € 41,75 / 250 st. e.m. € 38,90 -> 120
# falls in the 120 - 249 row -> 41.75 EUR. "Levertijd: 6 à 7 weken" -> upper bound 7 x 7 = 49 (Jul 24, before Aug 17).
# "Eenmalige instelkosten ... € 185,00" -> one-off set-up charge: note. "De overige posities (pakkingen, kabel, schroeven
# en veren) bieden wij niet aan" -> lines 1, 2, 3, 5 declined. "exclusief 21% btw" is a VAT remark; KvK and BTW numbers
# in the signature are not prices. "Deze offerte is 6 weken geldig" -> 42 days from Fri 5 Jun -> 2026-07-17 (not
# short); "FCA Eindhoven" -> FCA. EUR -> currency-differs. Partial.
assert 120 <= 120 <= 249 and plus("2026-06-05", 49) == "2026-07-24" and plus("2026-06-05", 6 * 7) == "2026-07-17"
sample("u564-nl-staffelprijzen-instelkosten-outlook", S.msg("Bram van der Heijden <b.vanderheijden@heijden-cnc.example>", "text/plain", """Goedemiddag mevrouw Reyes,

Hartelijk dank voor uw aanvraag NR-RFQ-0619. Voor de motorplaat bieden wij u graag het volgende aan:

Artikel      : PLT 0915 R2
Omschrijving : motorplaat, 10 mm EN AW-6082 T6, CNC gefreesd, 4x M6 getapt
Aantal       : 120 stuks

Staffelprijzen (per stuk, excl. btw):
    50 - 119 st.     € 46,20
   120 - 249 st.     € 41,75
   250 st. e.m.      € 38,90

Eenmalige instelkosten (programmeren + opspanmal): € 185,00
Levertijd: 6 à 7 weken na ontvangst van uw order

De overige posities (pakkingen, kabel, schroeven en veren) bieden wij niet aan, dit valt buiten ons pakket.

Levering FCA Eindhoven (Incoterms 2020). Alle prijzen zijn exclusief 21% btw.
Deze offerte is 6 weken geldig.

Met vriendelijke groet,

Bram van der Heijden
Verkoop binnendienst
Van der Heijden CNC Techniek B.V.
De Hurk 12, 5651 AB Eindhoven
T +31 40 555 0163 | KvK 17055512 | BTW NL8155.50.127.B01

Van: Nora Reyes <nreyes@northridge.example>
Verzonden: donderdag 4 juni 2026 16:02
Aan: Verkoop Van der Heijden <verkoop@heijden-cnc.example>
Onderwerp: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hello,

""" + SAMPLE_RFQ + "\n", subject="RE: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "EUR", "2026-07-17", "FCA",
       [nob(1), nob(2), nob(3), line(4, 41.75, "EUR", lead=49), nob(5)],
       ["currency-differs", "no-bid", "note"])


# u565 a Vitoria spring maker, body in Spanish, the offer in a semicolon CSV in windows-1252 with dot thousands and
# decimal commas; a "Unidad de precio" column says "1.000 uds" (price per thousand). Line 1 "No cotizamos" -> declined.
# Line 3 "SCR M4X10 A2" (spaces -> line 3): 29,80 per 1.000 uds -> 0.0298 EUR, "Cantidad ofertada" 20.000 = the 20,000
# asked -> null, "en stock" -> 0. Line 5: 71,50 per 1.000 -> 0.0715 EUR, "Cantidad ofertada" 10.000 with "Cajas de 2.500
# uds (4 cajas)" (8,000 / 2,500 = 3.2 -> 4 boxes = 10,000) -> quantity 10000 (quantity-differs); the box size is a pack
# size, not a stated minimum -> moq null; "4 semanas" -> 28 (Jul 3, before Jul 27). Cable and plate not in the CSV and
# not in the body -> missing-line. Body: "IVA no incluido" (VAT remark); "CPT Reno, NV (Incoterms 2020)" -> CPT; "hasta
# el 24/07/2026" -> 2026-07-24 (not short). EUR -> currency-differs. Partial.
assert close(29.80 / 1000, 0.0298) and close(71.50 / 1000, 0.0715) and -(-8000 // 2500) * 2500 == 10000
assert plus("2026-06-05", 28) == "2026-07-03"
U565_CSV = S.crlf("""Línea;Ref. cliente;Descripción;Cantidad solicitada;Cantidad ofertada;Precio EUR;Unidad de precio;Plazo de entrega;Observaciones
1;GSK-EPDM-80;Junta EPDM 80x62x3;5.000;;;;;No cotizamos (no fabricamos juntas)
3;SCR M4X10 A2;Tornillo ISO 4762 M4x10 A2-70;20.000;20.000;29,80;1.000 uds;en stock;
5;SPR-C0630-302;Muelle compresión AISI 302 0,6x6,3x30;8.000;10.000;71,50;1.000 uds;4 semanas;Cajas de 2.500 uds (4 cajas)
""").encode("cp1252")
sample("u565-es-csv-cp1252-per-1000-uds-cajas", S.with_attachment("Nerea Etxeberria <n.etxeberria@muelles-araba.example>", """Estimada Sra. Reyes:

Adjunto le enviamos nuestra oferta n.º OF-26/0412 para su solicitud NR-RFQ-0619 (fichero CSV).

Precios en EUR, IVA no incluido.
Condiciones de entrega: CPT Reno, NV (Incoterms 2020).
Forma de pago: transferencia a 60 días.
Validez de la oferta: hasta el 24/07/2026.

Quedamos a su disposición para cualquier aclaración.

Un saludo,
Nerea Etxeberria
Dpto. Comercial - Muelles Araba S.L.
Polígono de Júndiz, c/ Lermandabide 7 - 01015 Vitoria-Gasteiz (Álava)
Tel. +34 945 55 01 38""", "text/csv", "OF-26-0412.csv", U565_CSV),
       "partial", "EUR", "2026-07-24", "CPT",
       [nob(1), line(3, 0.0298, "EUR", lead=0), line(5, 0.0715, "EUR", qty=10000, lead=28)],
       ["currency-differs", "missing-line", "no-bid", "quantity-differs"])


# u566 a Gliwice industrial distributor, non-native English body ("yours inquiry", "In attachment"), the offer in an XLSX
# with bilingual Polish / English headers and a "za / per" column (1 szt., 1 m, 100 szt., 1000 szt.). Prices in USD.
# Gasket "GSK EPDM-80" 0.188 per 1 szt. -> 0.188, 4 weeks -> 28 (Jul 3, before Aug 3). Cable 1.41 per 1 m -> 1.41,
# 3 weeks -> 21 (Jun 26, before Jul 20). Screws 3.05 per 100 szt. -> 0.0305, "z magazynu / from stock" -> 0. Plate 43.90
# per 1 szt., 7 weeks -> 49 (Jul 24, before Aug 17). Springs 70.20 per 1000 szt. -> 0.0702, 5 weeks -> 35 (Jul 10,
# before Jul 27). Quantities are the RFQ's -> null. The "Wartość netto / Net value" total 9,494.60 is not a price. Body:
# "one-time cost for fixture 240,00 USD" for the plate -> note; "VAT 0% (export outside EU)" is a VAT remark; "valid till
# 15 July 2026" -> 2026-07-15 (not short); "FCA Gliwice" -> FCA. Every line priced -> parsed.
assert close(3.05 / 100, 0.0305) and close(70.20 / 1000, 0.0702)
assert close(5000 * 0.188 + 1500 * 1.41 + 200 * 3.05 + 120 * 43.90 + 8 * 70.20, 9494.60, 1e-6)
assert [plus("2026-06-05", n) for n in (28, 21, 49, 35)] == ["2026-07-03", "2026-06-26", "2026-07-24", "2026-07-10"]
U566_XLSX = xlsx([
    ["TECHNOPROM Sp. z o.o. - OFERTA / OFFER OF/2026/06/118"],
    ["Klient / Customer: Northridge Automation - zapytanie / inquiry NR-RFQ-0619"],
    [""],
    ["Lp.", "Indeks klienta / Customer P/N", "Nazwa / Description", "Ilość / Qty", "J.m. / Unit",
     "Cena netto USD / Net price USD", "za / per", "Termin dostawy / Delivery time"],
    [1, "GSK EPDM-80", "Uszczelka EPDM 70 ShA 80x62x3", 5000, "szt.", 0.188, "1 szt.", "4 tygodnie / 4 weeks"],
    [2, "CBL-4C22-PUR", "Przewód 4x22 AWG ekranowany PUR czarny", 1500, "m", 1.41, "1 m", "3 tygodnie / 3 weeks"],
    [3, "SCR-M4X10-A2", "Śruba imbusowa ISO 4762 M4x10 A2-70", 20000, "szt.", 3.05, "100 szt.", "z magazynu / from stock"],
    [4, "PLT-0915-R2", "Płyta silnika 6082-T6 frezowana CNC", 120, "szt.", 43.9, "1 szt.", "7 tygodni / 7 weeks"],
    [5, "SPR-C0630-302", "Sprężyna naciskowa 302 0,6x6,3x30", 8000, "szt.", 70.2, "1000 szt.", "5 tygodni / 5 weeks"],
    [""],
    ["", "", "", "", "", "Wartość netto / Net value USD", 9494.6],
])
sample("u566-pl-xlsx-bilingual-per-column-usd-fixture", S.with_attachment("Katarzyna Wróblewska <k.wroblewska@technoprom-gliwice.example>", """Dear Mrs Reyes,

Thank you for yours inquiry NR-RFQ-0619. In attachment please find our offer no. OF/2026/06/118 for all 5 positions.

Prices are netto in USD, VAT 0% (export outside EU).
Please note: for the motor plate PLT-0915-R2 there is one-time cost for fixture 240,00 USD.
Delivery condition: FCA Gliwice acc. Incoterms 2020.
Offer is valid till 15 July 2026.

In case of any questions do not hesitate to contact me.

With best regards / Z poważaniem
Katarzyna Wróblewska
Specjalista ds. sprzedaży
TECHNOPROM Sp. z o.o.
ul. Przemysłowa 8, 44-100 Gliwice, Poland
tel. +48 32 555 01 27, NIP 631-255-50-18""", XLSX, "Oferta_OF-2026-06-118.xlsx", U566_XLSX),
       "parsed", "USD", "2026-07-15", "FCA",
       [line(1, 0.188, lead=28), line(2, 1.41, lead=21), line(3, 0.0305, lead=0), line(4, 43.90, lead=49),
        line(5, 0.0702, lead=35)],
       ["note"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u567 a Cologne plastics distributor, wholly in German, plain UTF-8. "RES PA66-GF30" (space -> line 1), "Ihre Menge:
# 2.500 kg" = the 2,500 kg asked -> null. "Preisstaffel (EUR je kg, netto)": ab 500 kg 4,18 / ab 1.000 kg 3,96 / ab
# 2.500 kg 3,79 / ab 5.000 kg 3,62 -> 2,500 kg is in the "ab 2.500 kg" row -> 3.79 EUR per kg (RFQ unit KG: stays per
# kg). "Sackware à 25 kg ... 1.000 kg je Palette" describes packing. "Lieferzeit: 2-3 Wochen" -> 21 (Jul 3, before
# Jul 20). "Die übrigen Positionen ... hierzu geben wir kein Angebot ab" -> lines 2 to 6 declined. "Lieferung frei Haus:
# DAP Rockford, IL (Incoterms 2020)" -> DAP ("frei Haus" is the franco wording of it); "zzgl. MwSt." is a VAT remark.
# "Angebot gültig bis 17.07.2026" -> 2026-07-17 (not short: Jul 17 >= Jul 3). EUR -> currency-differs. Partial.
assert 2500 <= 2500 < 5000 and plus("2026-06-12", 21) == "2026-07-03"
blind("u567-de-preisstaffel-kg-frei-haus-dap", H.msg("Sabine Körner <s.koerner@rheinpolymer.example>", "text/plain", """Sehr geehrte Frau Marsh,

besten Dank für Ihre Anfrage HM-RFQ-2611. Für das Granulat können wir Ihnen folgendes Angebot unterbreiten:

Pos. 1  RES PA66-GF30
        PA 66 GF30, wärmestabilisiert, schwarz
        Sackware à 25 kg auf Palette (1.000 kg je Palette)
        Ihre Menge: 2.500 kg

        Preisstaffel (EUR je kg, netto):
            ab   500 kg    4,18
            ab 1.000 kg    3,96
            ab 2.500 kg    3,79
            ab 5.000 kg    3,62

        Lieferzeit: 2-3 Wochen nach Auftragseingang

Die übrigen Positionen (Bleche, Kugellager, O-Ringe, Schläuche, Dichtsätze) gehören nicht zu unserem Lieferprogamm,
hierzu geben wir kein Angebot ab.

Lieferung frei Haus: DAP Rockford, IL (Incoterms 2020).
Preise zzgl. MwSt., sofern anwendbar. Zahlung: 30 Tage netto.
Angebot gültig bis 17.07.2026.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Sabine Körner
Vertrieb Technische Kunststoffe

Rheinpolymer Handelsgesellschaft mbH
Siegburger Str. 229, 50679 Köln
Telefon +49 221 555 0177
Geschäftsführer: Dr. Uwe Brandt | Amtsgericht Köln HRB 55 120
""", subject="AW: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
      "partial", "EUR", "2026-07-17", "DAP",
      [line(1, 3.79, "EUR", lead=21), nob(2), nob(3), nob(4), nob(5), nob(6)],
      ["currency-differs", "no-bid"])


# u568 a Lyon bearing and seal distributor: short French body, the offer in a one-page PDF (text layer) with separate
# "Réf. proposée" and "Marque" columns and a "Par" column (price basis). Bearing "BRG 6205-2RS": proposed reference
# "6205DDUC3", brand NSK (the body: "nous ne distribuons pas SKF : nous vous proposons l'équivalent NSK") ->
# alternatePartNumber 6205DDUC3 (alternate-part); "3,36" per 1 -> 3.36 EUR; 400 as asked -> null; "8 jours ouvrés" ->
# 8 x 7/5 = 11.2 -> 12 (Jun 24, before Jul 27). O-rings "OR-0120-NBR70", no proposed reference (the part asked);
# "2,14" per 100 -> 0.0214 EUR; "50 000" as asked -> null; "3 semaines" -> 21 (Jul 3, before Aug 17). The "Montant HT"
# amounts (1 344,00 and 1 070,00) are totals. Resin, sheet, hose and kits not in the offer -> missing-line. PDF footer:
# "Incoterm : FCA Vénissieux (Incoterms 2020)" -> FCA; "Validité de l'offre : 31/07/2026" -> 2026-07-31 (not short);
# "TVA en sus" is a VAT remark; "45 jours fin de mois" is payment. EUR -> currency-differs. Partial. "Les autres articles
# ne font pas partie de notre gamme" declines lines 1, 2, 5 and 6 (see the note after the case).
assert workdays(8) == 12 and plus("2026-06-12", 12) == "2026-06-24" and close(2.14 / 100, 0.0214)
assert close(400 * 3.36, 1344.00) and close(500 * 2.14, 1070.00)
X568 = [36, 56, 124, 184, 216, 376, 412, 448, 470, 522]
P568 = ([(36, 800, 12, "LYON TRANSMISSION INDUSTRIE SAS"),
         (36, 786, 8, "14 avenue Jean Jaurès, 69200 Vénissieux - Tél. +33 4 78 55 01 66 - www.lyon-transmission.example"),
         (360, 756, 11, "OFFRE DE PRIX DV-26-06-0387"), (360, 742, 9, "Vénissieux, le 12 juin 2026"),
         (360, 730, 9, "Client n° 411 207"),
         (36, 756, 9, "Halvorsen Manufacturing"), (36, 744, 9, "À l'attention de Mme Lena Marsh, Achats"),
         (36, 732, 9, "Rockford, IL - USA"), (36, 708, 9, "Votre consultation HM-RFQ-2611 du 9 juin 2026")]
        + row(676, X568, ["Rep", "Réf. client", "Réf. proposée", "Marque", "Désignation", "Qté", "P.U. HT €", "Par",
                          "Montant HT €", "Délai"], size=7)
        + row(660, X568, ["1", "BRG 6205-2RS", "6205DDUC3", "NSK", "Roulement à billes 25x52x15 2RS C3", "400", "3,36",
                          "1", "1 344,00", "8 jours ouvrés"], size=7)
        + row(646, X568, ["2", "OR-0120-NBR70", "", "", "Joint torique 12 x 2 NBR 70 noir", "50 000", "2,14", "100",
                          "1 070,00", "3 semaines"], size=7)
        + letters("Prix nets hors taxes en euros, TVA en sus.\nIncoterm : FCA Vénissieux (Incoterms 2020).\n"
                  "Règlement : 45 jours fin de mois.\nValidité de l'offre : 31/07/2026.", 8, 36, 610, 12)
        + [(36, 70, 7, "Lyon Transmission Industrie SAS au capital de 120 000 € - RCS Lyon 412 555 093 - "
                       "TVA FR 62 412555093"), (520, 60, 7, "Page 1/1")])
blind("u568-fr-pdf-nsk-equivalent-per-100-jours-ouvres", H.with_attachment("Thomas Lefèvre <t.lefevre@lyon-transmission.example>", """Bonjour Madame Marsh,

Veuillez trouver ci-joint notre offre de prix n° DV-26-06-0387 en réponse à votre consultation HM-RFQ-2611
(roulements et joints toriques).

Pour le roulement, nous ne distribuons pas SKF : nous vous proposons l'équivalent NSK, voir l'offre.
Les autres articles ne font pas partie de notre gamme.

Bien cordialement,

Thomas Lefèvre
Technico-commercial sédentaire
Lyon Transmission Industrie
Tél. +33 4 78 55 01 66""", PDF, "DV-26-06-0387.pdf", pdf([check_page(P568)])),
      "partial", "EUR", "2026-07-31", "FCA",
      [nob(1), nob(2), line(3, 3.36, "EUR", lead=12, alt="6205DDUC3"), line(4, 0.0214, "EUR", lead=21), nob(5), nob(6)],
      ["alternate-part", "currency-differs", "no-bid"])
# Corrected after the blind round: the author read "Les autres articles ne font pas partie de notre gamme" ("the other
# items are not in our range") as lines left out. By the rules that is a decline of every other line (no-bid), as
# "rubber parts only" is in the shared sample s01.


# u569 a Twente hydraulics dealer, informal Dutch ("Beste Lena", "je"), plain UTF-8, Gmail-style "Op di 9 jun 2026 om
# 14:20 schreef ..." with the RFQ table quoted ("> ") below. Hose "HSE 2SN-08" (space -> line 5): "€ 4,65 per meter"
# on the metre line -> 4.65 EUR; "800 meter, geleverd op 16 haspels van 50 m" (16 x 50 = 800) = the quantity asked ->
# null; "uit voorraad" -> 0. O-rings "OR-0120-NBR70": "€ 18,90 per 1.000 stuks" -> 0.0189 EUR; "50.000 stuks" as asked
# -> null; "10 werkdagen" -> 10 x 7/5 = 14 (Jun 26, before Aug 17). Seal kit "helaas geen aanbieding" -> line 6
# declined. Resin, sheet and bearings never mentioned (only in the quoted RFQ) -> missing-line. "excl. btw" is a VAT
# remark; the reason for the short validity is not a deviation of its own. "14 dagen geldig" from Fri 12 Jun ->
# 2026-06-26, earlier than Jul 3 -> validity-short. "CPT Rockford" -> CPT. EUR -> currency-differs. Partial.
assert 16 * 50 == 800 and close(18.90 / 1000, 0.0189) and workdays(10) == 14 and plus("2026-06-12", 14) == "2026-06-26"
blind("u569-nl-haspels-uit-voorraad-14-dagen", H.msg("Sanne de Wit <s.dewit@hydrauliek-twente.example>", "text/plain", """Beste Lena,

Dank voor je aanvraag HM-RFQ-2611. Hierbij onze prijsopgave voor de slang, de o-ringen en de afdichtset:

HSE 2SN-08  hydraulische slang EN 853 2SN, DN12 (1/2"), 275 bar
  - 800 meter, geleverd op 16 haspels van 50 m
  - prijs: € 4,65 per meter
  - levertijd: uit voorraad

OR-0120-NBR70  o-ring 12 x 2 NBR 70 zwart
  - 50.000 stuks, verpakt per 1.000 st.
  - prijs: € 18,90 per 1.000 stuks
  - levertijd: 10 werkdagen

KIT-PX200-SEAL  afdichtset PX-200
  - helaas geen aanbieding, dit is een pompspecifiek artikel dat wij niet voeren.

Prijzen excl. btw, levering CPT Rockford (Incoterms 2020).
Let op: deze prijzen zijn 14 dagen geldig ivm de sterk wisselende rubberprijzen.

Met vriendelijke groet,
Sanne de Wit
Hydrauliek Twente B.V. | Binnenhavenstraat 9, 7553 GG Hengelo
T +31 74 555 0128 | M +31 6 5550 1284

Op di 9 jun 2026 om 14:20 schreef Lena Marsh <lmarsh@halvorsen-mfg.example>:
> Hello,
>
> Please quote the items below (unit price, lead time, validity, Incoterms).
>
""" + "\n".join("> " + ln for ln in H.RFQ_TABLE.splitlines()) + """
>
> Best regards,
> Lena Marsh
> Halvorsen Manufacturing
"""),
      "partial", "EUR", "2026-06-26", "CPT",
      [line(4, 0.0189, "EUR", lead=14), line(5, 4.65, "EUR", lead=0), nob(6)],
      ["currency-differs", "missing-line", "no-bid", "validity-short"])


# u570 a Lake Como O-ring and seal moulder, wholly in Italian, plain text base64. "OR 0120 NBR70" (spaces -> line 4):
# "16,80 € / 1.000 pz" -> 0.0168 EUR; "50.000 pz" as asked -> null; "15 gg lavorativi" -> 15 x 7/5 = 21 (Jul 3, before
# Aug 17). Seal kit "KIT-PX200-SEAL": "Quantità offerta: 200 kit (lotto minimo di produzione 200 kit; richiesti 150)" ->
# quantity 200 (quantity-differs) and moq 200 (above the 150 asked: moq-above-quantity); "24,60 € / kit" -> 24.60 per
# SET; "5-6 settimane" -> 42 (Jul 24, before Sep 21); "Costo una tantum per attrezzatura ... € 420,00" -> one-off tooling:
# note. "Le altre posizioni (granulo, lamiera, cuscinetti, tubo) ... non le quotiamo" -> lines 1, 2, 3, 5 declined.
# "IVA esclusa" is a VAT remark; "RiBa 60 gg d.f.f.m." is a payment term (not validity). "Validità offerta: 60 giorni"
# from Fri 12 Jun -> 2026-08-11 (not short); "FCA Lecco" -> FCA. EUR -> currency-differs. Partial.
assert close(16.80 / 1000, 0.0168) and workdays(15) == 21 and plus("2026-06-12", 42) == "2026-07-24"
assert plus("2026-06-12", 60) == "2026-08-11" and 200 > 150
blind("u570-it-lotto-minimo-kit-gg-lavorativi-base64", H.msg("Chiara Ferri <c.ferri@guarnizioni-lario.example>", "text/plain", """Gentile Sig.ra Marsh,

facciamo seguito alla Vostra richiesta d'offerta HM-RFQ-2611 e Vi trasmettiamo la nostra migliore quotazione per gli articoli di nostra produzione.

Pos. 4 - OR 0120 NBR70 - O-ring 12,00 x 2,00 NBR 70 Sh A nero
   Quantità: 50.000 pz
   Prezzo: 16,80 € / 1.000 pz
   Consegna: 15 gg lavorativi

Pos. 6 - KIT-PX200-SEAL - kit guarnizioni pompa PX-200 (2 anelli di tenuta, 4 O-ring, 1 guarnizione piana), imbustato ed etichettato
   Quantità offerta: 200 kit (lotto minimo di produzione 200 kit; richiesti 150)
   Prezzo: 24,60 € / kit
   Consegna: 5-6 settimane
   Costo una tantum per attrezzatura tranciatura guarnizione piana: € 420,00

Le altre posizioni (granulo, lamiera, cuscinetti, tubo) non rientrano nella nostra produzione e pertanto non le quotiamo.

Prezzi IVA esclusa. Resa: FCA Lecco (Incoterms 2020).
Pagamento: RiBa 60 gg d.f.f.m.
Validità offerta: 60 giorni.

Restiamo a disposizione per ogni chiarimento e porgiamo cordiali saluti.

Chiara Ferri
Ufficio Vendite
GUARNIZIONI LARIO S.p.A.
Via per Valmadrera 31 - 23900 Lecco (LC)
Tel. +39 0341 555 091 - Fax +39 0341 555 099
Capitale sociale € 1.200.000 i.v. - P.IVA 02345670136

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.
""", cte="base64", subject="R: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
      "partial", "EUR", "2026-08-11", "FCA",
      [nob(1), nob(2), nob(3), line(4, 0.0168, "EUR", lead=21), nob(5), line(6, 24.60, "EUR", qty=200, lead=42, moq=200)],
      ["currency-differs", "moq-above-quantity", "no-bid", "note", "quantity-differs"])


# u571 a Poznań aluminium stockholder, wholly in Polish, ISO-8859-2 quoted-printable. "SHT 5052H32-030" (space -> line
# 2): "Ilość: 90 ark." (ark. = sheets) as asked -> null; "Cena netto: 512,40 PLN/ark." -> 512.40 PLN per sheet (EA);
# "Termin realizacji: 3 tygodnie" -> 21 (Jul 3, before Aug 10). "Pozostałych pozycji zapytania (1, 3, 4, 5, 6) nie
# oferujemy" -> lines 1, 3, 4, 5, 6 declined. "do cen należy doliczyć 23% VAT" is a VAT remark; NIP, KRS and phone
# numbers in the signature are not prices. "FCA Poznań (Incoterms 2020)" -> FCA; "Oferta ważna do 31 lipca 2026 r." ->
# 2026-07-31 (not short). PLN -> currency-differs. Partial.
assert plus("2026-06-12", 21) == "2026-07-03" and days("2026-06-12", "2026-08-10") > 21
blind("u571-pl-pln-ark-vat-latin2", H.msg("Marek Zieliński <m.zielinski@alu-serwis-poznan.example>", "text/plain", """Szanowna Pani,

w odpowiedzi na zapytanie ofertowe HM-RFQ-2611 z dnia 9 czerwca 2026 r. przedstawiamy ofertę na blachę aluminiową:

Poz. 2   SHT 5052H32-030
         Blacha aluminiowa EN AW-5052 H32, 3,0 x 1250 x 2500 mm, folia PVC jednostronnie
         Ilość: 90 ark.
         Cena netto: 512,40 PLN/ark.
         Termin realizacji: 3 tygodnie od potwierdzenia zamówienia

Pozostałych pozycji zapytania (1, 3, 4, 5, 6) nie oferujemy.

Ceny netto w PLN, do cen należy doliczyć 23% VAT (przy dostawie krajowej).
Warunki dostawy: FCA Poznań (Incoterms 2020).
Oferta ważna do 31 lipca 2026 r.

Z poważaniem
Marek Zieliński
Dział Handlowy
ALU-SERWIS Poznań Sp. z o.o.
ul. Gnieźnieńska 41, 61-021 Poznań
tel. +48 61 555 02 19, kom. 601 555 018
NIP 778-155-50-21, KRS 0000555123
""", charset="iso-8859-2", cte="quoted-printable", subject="Odp: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
      "partial", "PLN", "2026-07-31", "FCA",
      [nob(1), line(2, 512.40, "PLN", lead=21), nob(3), nob(4), nob(5), nob(6)],
      ["currency-differs", "no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u572 a Swabian precision turning shop, wholly in German, multipart/alternative (text + HTML), price breaks as columns
# "ab 100 / ab 250 / ab 500" (EUR je Stück bzw. Satz). Shaft "SH-2231-C Rev B" (line 1): 250 asked -> the "ab 250"
# column -> 37.95 EUR; "8 Wochen" -> 56 (Aug 10, before Aug 28). Bracket set "2231-004-03" (line 5): 150 asked lies
# between 100 and 249 -> the "ab 100" column -> 23.40 EUR per set; "30 Arbeitstage" -> 30 x 7/5 = 42 (Jul 27, before
# Oct 9). Quantities as asked ("Ihre Menge" 250 / 150) -> null. "Preisgleitklausel: ... behalten wir uns eine Anpassung
# des Preises für Pos. 1 vor" -> a price-adjustment clause: note. "Pos. 2, 3 und 4 können wir leider nicht anbieten" ->
# declined. "Lieferung frei Haus Bielefeld (DAP, Incoterms 2020)" -> DAP; "zzgl. MwSt." is a VAT remark. "Angebot gültig
# bis 14.08.2026" -> 2026-08-14 (not short). EUR as the RFQ. Partial.
assert 250 <= 250 < 500 and 100 <= 150 < 250 and workdays(30) == 42
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 42) == "2026-07-27"
U572_ROWS = [("Pos.", "Artikel-Nr.", "Bezeichnung", "Ihre Menge", "ab 100", "ab 250", "ab 500", "Lieferzeit"),
             ("1", "SH-2231-C Rev B", "Antriebswelle 42CrMo4 vergütet, gedreht und geschliffen, 30 h6 x 412", "250 Stk.",
              "41,80", "37,95", "35,20", "8 Wochen"),
             ("5", "2231-004-03", "Sensorhalter-Satz li./re. inkl. Schrauben, EN AW-6082 T6 schwarz eloxiert", "150 Satz",
              "23,40", "21,10", "19,80", "30 Arbeitstage")]
U572_TEXT = """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen die Drehteile und die Halter wie folgt an
(Preise in EUR je Stück bzw. je Satz, netto zzgl. MwSt.):

""" + "\n".join(f"{r[0]:<5}{r[1]:<18}{r[3]:<11}{r[4]:>8}{r[5]:>8}{r[6]:>8}   {r[7]}" for r in U572_ROWS) + """

Pos. 1: Antriebswelle 42CrMo4 vergütet, gedreht und geschliffen, 30 h6 x 412
Pos. 5: Sensorhalter-Satz li./re. inkl. Schrauben, EN AW-6082 T6 schwarz eloxiert

Preisgleitklausel: Ändert sich der Materialpreis für 42CrMo4 bis zur Bestellung um mehr als 5 %, behalten wir uns
eine Anpassung des Preises für Pos. 1 vor.

Pos. 2, 3 und 4 können wir leider nicht anbieten (Guss und Katalogteile).

Lieferung frei Haus Bielefeld (DAP, Incoterms 2020). Zahlung 14 Tage 2 % Skonto oder 30 Tage netto.
Angebot gültig bis 14.08.2026.

Mit freundlichen Grüßen
Andreas Hoffmann
Hoffmann Präzisionsdrehteile GmbH
Industriestraße 8, 72461 Albstadt
Tel. 07432 555-0155
"""
U572_HTML = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Albers,</p>
<p>vielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen die Drehteile und die Halter wie folgt an
(Preise in EUR je Stück bzw. je Satz, netto zzgl. MwSt.):</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#DDDDDD\">{c}</th>" if i == 0 else
                                  ("<td align=\"right\">" if 3 <= j <= 6 else "<td>") + f"{c}</td>") for j, c in enumerate(r)) + "</tr>"
                for i, r in enumerate(U572_ROWS)) + """
</table>
<p>Preisgleitklausel: Ändert sich der Materialpreis für 42CrMo4 bis zur Bestellung um mehr als 5&nbsp;%, behalten wir uns
eine Anpassung des Preises für Pos. 1 vor.</p>
<p>Pos. 2, 3 und 4 können wir leider nicht anbieten (Guss und Katalogteile).</p>
<p>Lieferung frei Haus Bielefeld (DAP, Incoterms 2020). Zahlung 14 Tage 2&nbsp;% Skonto oder 30 Tage netto.<br>
Angebot gültig bis 14.08.2026.</p>
<p>Mit freundlichen Grüßen<br>Andreas Hoffmann<br>Hoffmann Präzisionsdrehteile GmbH<br>Industriestraße 8, 72461 Albstadt<br>
Tel. 07432 555-0155</p>
</body></html>""")
blind2("u572-de-alt-ab-100-250-500-columns-gleitklausel", V.alternative("Andreas Hoffmann <a.hoffmann@hoffmann-praezision.example>",
                                                                        U572_TEXT, U572_HTML, "=_hpd_572_alt"),
       "partial", "EUR", "2026-08-14", "DAP",
       [line(1, 37.95, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 23.40, "EUR", lead=42)],
       ["no-bid", "note"])


# u573 an Alsatian pneumatics distributor, wholly in French, plain text base64, with the French "Le lun. 8 juin 2026 à
# 10:02, Jonas Albers a écrit :" quote of the RFQ below. Fitting "FIT 316 G12 10" (spaces -> line 3): "38,50 € le
# sachet de 10, soit 200 sachets pour vos 2 000 pièces" -> 38.50 / 10 = 3.85 EUR each, 2,000 as asked -> null; "Délai :
# 2 semaines" -> 14 (Jun 29, before Aug 14). Cylinder: "Nous ne distribuons pas la marque Festo ; nous vous proposons
# l'équivalent ... Référence proposée : AP-V32-80-DA" -> alternatePartNumber AP-V32-80-DA (alternate-part); "84,90 € la
# pièce" -> 84.90; "4 semaines" -> 28 (Jul 13, before Sep 11). "positions 1, 2 et 5 ... pas d'offre" -> declined.
# "autoliquidation de la TVA" is a VAT remark; "franco de port, DAP Bielefeld (Incoterms 2020)" -> DAP. "Offre valable
# 45 jours" from Mon 15 Jun -> 2026-07-30 (not short). EUR. Partial.
assert close(38.50 / 10, 3.85) and 200 * 10 == 2000 and plus("2026-06-15", 45) == "2026-07-30"
assert plus("2026-06-15", 14) == "2026-06-29" and plus("2026-06-15", 28) == "2026-07-13"
blind2("u573-fr-base64-sachet-de-10-verin-equivalent", V.msg("Camille Rousseau <c.rousseau@alsace-pneumatique.example>", "text/plain", """Bonjour Monsieur Albers,

Merci pour votre consultation VM-RFQ-4418. Voici notre proposition pour les articles du commerce :

Pos. 3 - FIT 316 G12 10 - raccord mâle droit G1/2 - tube 10 mm, inox 316L
   Conditionnement : sachet de 10 pièces
   Prix HT : 38,50 € le sachet de 10, soit 200 sachets pour vos 2 000 pièces
   Délai : 2 semaines

Pos. 4 - DSBC-32-80-PPVA-N3 - vérin ISO 15552 Ø 32 course 80
   Nous ne distribuons pas la marque Festo ; nous vous proposons l'équivalent de notre gamme, amortissement réglable :
   Référence proposée : AP-V32-80-DA
   Prix HT : 84,90 € la pièce
   Délai : 4 semaines

Les positions 1, 2 et 5 (pièces sur plan) ne sont pas dans notre activité : pas d'offre.

Conditions : prix nets en euros, autoliquidation de la TVA (livraison intracommunautaire).
Livraison : franco de port, DAP Bielefeld (Incoterms 2020).
Offre valable 45 jours.

Cordialement,

Camille Rousseau
Service commercial
Alsace Pneumatique SARL
3 rue du Rhin, 67800 Bischheim
Tél. +33 3 88 55 01 73

Le lun. 8 juin 2026 à 10:02, Jonas Albers <j.albers@vossberg-maschinenbau.example> a écrit :
> Dear Sir or Madam,
>
> please quote the following items (unit price, lead time, validity, Incoterms):
>
""" + "\n".join(f"> {ln:<4}{pn:<20}{d:<44}{q:>6} {u:<4} {nb}" for ln, pn, d, q, u, nb in V.RFQ_ROWS) + """
>
> Kind regards
> Jonas Albers
> Vossberg Maschinenbau GmbH, Bielefeld
""", cte="base64", subject="RE : RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "EUR", "2026-07-30", "DAP",
       [nob(1), nob(2), line(3, 3.85, "EUR", lead=14), line(4, 84.90, "EUR", lead=28, alt="AP-V32-80-DA"), nob(5)],
       ["alternate-part", "no-bid"])


# u574 a Basque foundry: short Spanish body, the offer in a one-page PDF (text layer). Housing "HSG-1180-GJL" (line 2):
# "Lote mínimo de fundición: 30 uds. Se oferta el lote mínimo (30 uds) en lugar de las 25 uds solicitadas" -> quantity
# 30 (quantity-differs) and moq 30 (above 25: moq-above-quantity); "Precio unit. (EUR)" 1.148,00 -> 1148.00 EUR (the
# "Importe" 34.440,00 = 30 x 1,148 is a total); "Plazo: 16-18 semanas" -> upper bound 18 x 7 = 126 -> Jun 15 + 126 =
# Oct 19, AFTER the Oct 2 need-by -> lead-time-after-need-by. "Modelo y cajas de machos (pago único): 4.650,00 EUR" ->
# one-off pattern charge: note. "Las posiciones 1, 3, 4 y 5 no se ofertan" -> declined. "Precios sin IVA" is a VAT
# remark. "EXW Elgoibar (Incoterms 2020)" -> EXW; "Validez de la oferta: 30 días" from Mon 15 Jun -> 2026-07-15 (not
# short: Jul 15 >= Jul 10). EUR. Partial.
assert close(30 * 1148.00, 34440.00) and plus("2026-06-15", 126) == "2026-10-19" and days("2026-06-15", "2026-10-02") < 126
assert plus("2026-06-15", 30) == "2026-07-15"
X574 = [36, 64, 130, 300, 336, 406, 474]
P574 = ([(36, 800, 12, "FUNDICIONES DEBA, S.A."),
         (36, 786, 8, "Polígono Sallobente, pab. 4 - 20870 Elgoibar (Gipuzkoa) - Tel. +34 943 55 01 59"),
         (380, 756, 11, "OFERTA OF-2026-0877"), (380, 742, 9, "Elgoibar, 15 de junio de 2026"),
         (36, 756, 9, "Vossberg Maschinenbau GmbH"), (36, 744, 9, "Att. Sr. Jonas Albers - Compras"),
         (36, 732, 9, "33609 Bielefeld (Alemania)"), (36, 708, 9, "Su consulta VM-RFQ-4418 del 8 de junio de 2026")]
        + row(676, X574, ["Pos.", "Referencia", "Descripción", "Cant.", "Precio unit. (EUR)", "Importe (EUR)", "Plazo"],
              size=7)
        + row(660, X574, ["2", "HSG-1180-GJL", "Carcasa reductor EN-GJL-250 mecanizada", "30", "1.148,00", "34.440,00",
                          "16-18 semanas"], size=7)
        + row(646, X574, ["", "", "imprimada RAL 7035", "", "", "", ""], size=7)
        + letters("Lote mínimo de fundición: 30 uds. Se oferta el lote mínimo (30 uds) en lugar de las 25 uds solicitadas.\n"
                  "Modelo y cajas de machos (pago único): 4.650,00 EUR.\n"
                  "Las posiciones 1, 3, 4 y 5 no se ofertan.\n"
                  "Plazo de entrega desde la confirmación del pedido.\n"
                  "Condiciones: EXW Elgoibar (Incoterms 2020). Precios sin IVA. Pago: 60 días fecha factura.\n"
                  "Validez de la oferta: 30 días.", 8, 36, 614, 12)
        + [(36, 70, 7, "Fundiciones Deba, S.A. - Reg. Merc. Gipuzkoa, tomo 1555, folio 77 - CIF A-20555186"),
           (520, 60, 7, "Pág. 1/1")])
blind2("u574-es-pdf-lote-minimo-modelo-18-semanas-late", V.message("Iñaki Goikoetxea <i.goikoetxea@fundiciones-deba.example>", multipart(
        "mixed", "=_fdeba_0877", [
            text_part("text/plain", """Estimado Sr. Albers:

Adjuntamos nuestra oferta OF-2026-0877 para la carcasa de su consulta VM-RFQ-4418.
Quedamos a su disposición para cualquier consulta tecnica.

Atentamente,

Iñaki Goikoetxea
Dpto. Comercial
Fundiciones Deba, S.A.
Tel. +34 943 55 01 59
"""),
            file_part(PDF, "OF-2026-0877.pdf", pdf([check_page(P574)]))])),
       "partial", "EUR", "2026-07-15", "EXW",
       [nob(1), line(2, 1148.00, "EUR", qty=30, lead=126, moq=30), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "moq-above-quantity", "no-bid", "note", "quantity-differs"])


# u575 an Emilian fluid-power distributor, wholly in Italian: before quoting the fitting and the cylinder it asks two
# technical questions (thread sealing NBR / FKM / metal; cylinder with or without a proximity sensor) and promises
# prices and delivery times for both once answered. No price and no line declined -> unparseable, no lines, no
# deviation kinds; classification "question". The sizes in the questions (G1/2, 10 mm, 32, 80) are not prices.
blind2("u575-it-domande-prima-dell-offerta", V.msg("Federica Galli <f.galli@oleodinamica-emiliana.example>", "text/plain", """Buongiorno Sig. Albers,

abbiamo ricevuto la Vostra richiesta VM-RFQ-4418, grazie. Prima di inviarVi la nostra offerta per il raccordo
FIT-316-G12-10 e per il cilindro DSBC-32-80-PPVA-N3 avremmo bisogno di due chiarimenti:

1. Raccordo G1/2 - tubo 10 mm: la tenuta sul filetto deve essere con guarnizione in NBR o in FKM, oppure a tenuta
   metallica (bordo tagliente)?
2. Cilindro alesaggio 32 corsa 80: è richiesto anche il sensore di prossimità, oppure solo il cilindro con magnete?

Appena ricevuta la Vostra risposta Vi invieremo prezzi e tempi di consegna per entrambe le posizioni.

Cordiali saluti

Federica Galli
Ufficio Tecnico-Commerciale
Oleodinamica Emiliana S.r.l.
Via Emilia Ovest 1180 - 41123 Modena
Tel. +39 059 555 0164
""", subject="R: RFQ VM-RFQ-4418 - richiesta chiarimenti"),
       "unparseable", None, None, None, [], [])
classify("question")


# u576 a Dutch contract manufacturer and trader, wholly in Dutch, HTML only (quoted-printable), all five lines priced in
# euro "excl. btw" with dot thousands and decimal commas. Shaft "SH 2231-C rev B" € 39,15 -> 39.15, "7 weken" -> 49 (Aug
# 3, before Aug 28). Housing € 1.212,50 -> 1212.50, "14 weken" -> 98 (Sep 21, before Oct 2). Fitting € 4,08 -> 4.08,
# "uit voorraad" -> 0. Cylinder (the Festo part asked) € 118,60 -> 118.60, "15 werkdagen" -> 15 x 7/5 = 21 (Jul 6,
# before Sep 11). Bracket set "€ 22,75 per set" -> 22.75, "6 weken" -> 42 (Jul 27, before Oct 9). Quantities ("250 st.",
# "2.000 st.", "150 sets" ...) as asked -> null. The "Bedrag" amounts and the "Totaal" 65.904,50 are sums, not prices.
# "DDP Bielefeld (Incoterms 2020)" -> DDP; "geldig tot 31 augustus 2026" -> 2026-08-31 (not short). EUR. Every line
# priced -> parsed, no deviations.
U576_TOTAL = 250 * 39.15 + 25 * 1212.50 + 2000 * 4.08 + 120 * 118.60 + 150 * 22.75
assert close(U576_TOTAL, 9787.50 + 30312.50 + 8160.00 + 14232.00 + 3412.50, 1e-6) and close(U576_TOTAL, 65904.50, 1e-6)
assert [plus("2026-06-15", n) for n in (49, 98, 21, 42)] == ["2026-08-03", "2026-09-21", "2026-07-06", "2026-07-27"]
U576_ROWS = [("Pos.", "Artikelnummer", "Omschrijving", "Aantal", "Prijs/eenheid", "Bedrag", "Levertijd"),
             ("1", "SH 2231-C rev B", "Aandrijfas 42CrMo4, veredeld, gedraaid en geslepen", "250 st.", "€ 39,15", "€ 9.787,50",
              "7 weken"),
             ("2", "HSG-1180-GJL", "Tandwielkasthuis EN-GJL-250, compleet bewerkt, gegrond RAL 7035", "25 st.", "€ 1.212,50",
              "€ 30.312,50", "14 weken"),
             ("3", "FIT-316-G12-10", "Rechte inschroefkoppeling G1/2 - buis 10 mm, RVS 316L", "2.000 st.", "€ 4,08",
              "€ 8.160,00", "uit voorraad"),
             ("4", "DSBC-32-80-PPVA-N3", "Festo ISO-cilinder 32/80, instelbare demping", "120 st.", "€ 118,60",
              "€ 14.232,00", "15 werkdagen"),
             ("5", "2231-004-03", "Sensorbeugelset links + rechts incl. bouten, zwart geanodiseerd", "150 sets",
              "€ 22,75 per set", "€ 3.412,50", "6 weken")]
blind2("u576-nl-html-alle-posities-ddp-werkdagen", V.msg("Joost Verbeek <j.verbeek@verbeek-toelevering.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Tahoma,sans-serif;font-size:10pt">
<p>Geachte heer Albers,</p>
<p>Naar aanleiding van uw aanvraag VM-RFQ-4418 bieden wij u graag als volgt aan (prijzen in euro, excl. btw):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#A6A6A6;font-size:9pt">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#F2F2F2\">{c}</th>" if i == 0 else
                                  ("<td align=\"right\">" if j in (3, 4, 5) else "<td>") + f"{c}</td>") for j, c in enumerate(r)) + "</tr>"
                for i, r in enumerate(U576_ROWS)) + """
<tr><td colspan="5" align="right"><b>Totaal excl. btw</b></td><td align="right"><b>€ 65.904,50</b></td><td></td></tr>
</table>
<p>Levering DDP Bielefeld (Incoterms 2020), inclusief verpakking.<br>
Betaling: 30 dagen na factuurdatum.<br>
Deze aanbieding is geldig tot 31 augustus 2026.</p>
<p>Wij vertrouwen erop u hiermee een passende aanbieding te hebben gedaan en zien uw order graag tegemoet.</p>
<p>Met vriendelijke groet,<br><br><b>Joost Verbeek</b><br>Accountmanager<br>Verbeek Toelevering B.V.<br>
Edisonstraat 22, 7442 DL Nijverdal<br>T +31 548 555 017 | KvK 06155512</p>
</body></html>""", cte="quoted-printable", subject="RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "parsed", "EUR", "2026-08-31", "DDP",
       [line(1, 39.15, "EUR", lead=49), line(2, 1212.50, "EUR", lead=98), line(3, 4.08, "EUR", lead=0),
        line(4, 118.60, "EUR", lead=21), line(5, 22.75, "EUR", lead=42)],
       [])


if __name__ == "__main__":
    ROUND.write()
