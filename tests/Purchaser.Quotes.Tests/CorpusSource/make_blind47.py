#!/usr/bin/env python3
"""Writes replies u737..u752 (Corpus/u*.eml + expected u*.json) - the forty-seventh blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is GERMAN-SPEAKING SUPPLIERS (GERMANY, AUSTRIA, SWITZERLAND), ORDINARY: sixteen everyday Angebote
written in German (a few with an English sentence). A Schweinfurt fastener and spring house with "Preis je 100 Stück"
and "Preiseinheit 1000", "ca. 4-5 Wochen nach Auftragseingang" and "ab Werk" (ISO-8859-1, quoted-printable, the buyer's
request quoted below an Outlook "Ursprüngliche Nachricht" block); a Swiss cable works' HTML table with "Staffelpreise"
COLUMNS in CHF with apostrophe thousands and a copper-surcharge clause; a Saxon gasket cutter's ERP PDF (Pos. / Artikel /
Bezeichnung / Menge / Einzelpreis / PE / Gesamtpreis / Liefertermin) priced per 1000 with "KW 30" and a one-off cutting
tool, "Bindefrist 30 Tage"; an Austrian CNC shop's XLSX with break columns, "Rüstkosten einmalig", "Verpackung pauschal"
and a late "KW 35"; a Hamburg trading house quoting all five lines in USD with decimal commas, "/100 St." and "/1000 St."
(parsed, "> " quoted request); a Sauerland spring works offering a catalogue spring ("Alternativ bieten wir an") with a
"Mindestabnahme" above the quantity (multipart/alternative); a resin trader's "Staffelpreise" ROWS per kg with a short
validity; an Austrian aluminium stockist's XLSX quoting whole pallets (100 sheets for 90) and "KW 31"; a Kassel bearing
distributor's HTML + text with "Preiseinheit 1000", "10 Arbeitstage", a "Mindermengenzuschlag", "frei Haus" (DAP) and
"Position 6 können wir leider nicht anbieten"; a Swiss hydraulics "Offerte" PDF with "Preis je 100 m", a one-off kit
set-up charge and 14 days' validity; a Vogtland seal maker's full decline above the quoted request; a Hessian turning
shop's PDF with break rows under the shaft, "Rüstkosten einmalig", "Verpackung pauschal" and "frei Haus" (DAP); an
Austrian foundry's HTML with one-off pattern costs and a minimum casting batch above the quantity; a Weserbergland
pneumatics distributor's XLSX with a house-brand cylinder instead of the Festo one, break columns and "frei Haus"
(DDP); a Grenchen shop in CHF (base64) with a late shaft and 160 bracket sets for 150; and a Paderborn system supplier
pricing all five VL-60 lines (multipart/alternative, parsed). "zzgl. MwSt.", payment terms and "Skonto", packing
included, and "nach Auftragseingang" are no deviations. Calendar weeks are always written with their Monday-to-Friday
date range, so the range's upper bound (the Friday) is the delivery date.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import datetime

from make_corpus import line, nob, xlsx, pdf  # expected-line shapes, one-sheet workbook writer, text-layer PDF writer
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind5 import check_page, file_part, message, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(737)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def kw(week):
    """ISO calendar week `week` of 2026 as the vendors write it - "KW 30 (20.07.-24.07.2026)" - and its Friday."""
    mon = datetime.date.fromisocalendar(2026, week, 1)
    fri = datetime.date.fromisocalendar(2026, week, 5)
    return f"KW {week} ({mon:%d.%m.}-{fri:%d.%m.%Y})", fri.isoformat()


# The buyer's request for NR-RFQ-0619 as it appears quoted below some replies (same quantities and need-by dates as
# rfq-sample.json; no prices).
SAMPLE_ROWS = [("Line", "Part number", "Description", "Qty", "Unit", "Need by"),
               ("1", "GSK-EPDM-80", "Gasket EPDM 70 Sh A, 80 x 62 x 3 mm", "5000", "EA", "2026-08-03"),
               ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR jacket", "1500", "M", "2026-07-20"),
               ("3", "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "20000", "EA", "2026-07-13"),
               ("4", "PLT-0915-R2", "Motor base plate, 6082-T6, CNC", "120", "EA", "2026-08-17"),
               ("5", "SPR-C0630-302", "Compression spring 302 SS, 0.6 x 6.3 x 30", "8000", "EA", "2026-07-27")]
SAMPLE_REQUEST = "\n".join(f"{a:<6}{b:<16}{c:<42}{d:<7}{e:<6}{f}" for a, b, c, d, e, f in SAMPLE_ROWS)
BLIND2_REQUEST = "\n".join(f"{a:<5}{b:<21}{c:<44}{d:>6}  {e:<5}{f}" for a, b, c, d, e, f in
                           [("Pos.", "Teile-Nr.", "Bezeichnung", "Menge", "ME", "Bedarf")] + V.RFQ_ROWS)


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u737 a Schweinfurt fastener and spring wholesaler, ISO-8859-1 quoted-printable plain text, above an Outlook
# "-----Ursprüngliche Nachricht-----" block quoting the buyer's request (quantities and need-by dates, no prices:
# history). Pos. 3 screws "Menge: 20.000 Stück" (as asked -> null), "Preis je 100 Stück: 2,94 EUR" -> 2.94 / 100 =
# 0.0294, "Lieferzeit: ab Lager" -> 0. Pos. 5 springs "Menge: 8.000 Stück" -> null, "Preiseinheit 1000: 71,60 EUR" ->
# 71.60 / 1000 = 0.0716, "ca. 4-5 Wochen nach Auftragseingang" -> upper bound 5 x 7 = 35 (Jul 10, before Jul 27).
# "Position 1, 2 und 4 können wir leider nicht anbieten" -> lines 1, 2, 4 declined. "Preise in EUR" against the USD RFQ
# -> currency-differs. "ab Werk Schweinfurt (EXW, Incoterms 2020)" -> EXW; "Angebot gültig bis 31.07.2026" ->
# 2026-07-31 (not short). "netto zzgl. MwSt." and "30 Tage netto" are VAT and payment remarks. Partial.
assert close(2.94 / 100, 0.0294) and close(71.60 / 1000, 0.0716) and plus("2026-06-05", 35) == "2026-07-10"
sample("u737-de-schweinfurt-je-100-stueck-pe-1000-ab-werk", S.msg("Bettina Röder <b.roeder@frankonia-normteile.example>", "text/plain", """Sehr geehrte Frau Reyes,

vielen Dank für Ihre Anfrage NR-RFQ-0619. Gerne bieten wir Ihnen wie folgt an
(Preise in EUR, netto zzgl. MwSt.):

Pos. 3  SCR-M4X10-A2
        Zylinderschraube mit Innensechskant ISO 4762, M4 x 10, A2-70
        Menge:               20.000 Stück
        Preis je 100 Stück:  2,94 EUR
        Lieferzeit:          ab Lager

Pos. 5  SPR-C0630-302
        Druckfeder 1.4310 (AISI 302), d = 0,6 mm, De = 6,3 mm, L0 = 30 mm
        Menge:               8.000 Stück
        Preiseinheit 1000:   71,60 EUR
        Lieferzeit:          ca. 4-5 Wochen nach Auftragseingang

Position 1, 2 und 4 können wir leider nicht anbieten - Dichtungen, Kabel und
Frästeile gehören nicht zu unserem Sortiment.

Lieferbedingung:   ab Werk Schweinfurt (EXW, Incoterms 2020)
Zahlung:           30 Tage netto
Angebot gültig bis 31.07.2026

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

i.A. Bettina Röder
Verkauf Innendienst

Frankonia Normteile GmbH
Hafenstraße 22, 97424 Schweinfurt
Tel. +49 9721 555-0137 | Fax +49 9721 555-0139
Sitz: Schweinfurt | Amtsgericht Schweinfurt HRB 5512 | Geschäftsführer: Klaus Hepp
USt-IdNr.: DE 555 204 871

-----Ursprüngliche Nachricht-----
Von: Nora Reyes <nreyes@northridge.example>
Gesendet: Montag, 1. Juni 2026 15:02
An: verkauf@frankonia-normteile.example
Betreff: RFQ NR-RFQ-0619 - Mechanical and cable parts

Dear Sir or Madam,

please quote your unit price, lead time, Incoterms and validity for the items below by June 12, 2026.

""" + SAMPLE_REQUEST + """

Kind regards,
Nora Reyes
Purchasing, Northridge
""", charset="iso-8859-1", cte="quoted-printable", subject="AW: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "EUR", "2026-07-31", "EXW",
       [nob(1), nob(2), line(3, 0.0294, "EUR", lead=0), nob(4), line(5, 0.0716, "EUR", lead=35)],
       ["currency-differs", "no-bid"])


# u738 a Swiss cable works, HTML only (quoted-printable), prices in CHF: a table whose "Staffelpreise CHF/m" header spans
# three break COLUMNS "ab 305 m", "ab 1'000 m", "ab 3'050 m". The 1,500 m asked fall in "ab 1'000 m" (1,000 <= 1,500 <
# 3,050) -> 1.64 CHF per metre; "1'500 m" as asked -> null; "3 Wochen" -> 21 (Jun 26, before Jul 20). "Total bei 1'500 m:
# CHF 2'460.00" is a total (1,500 x 1.64), not a unit price. "Die Preise basieren auf einer Kupferbasis von 900 EUR/100
# kg; Abweichungen verrechnen wir als Metallzuschlag am Liefertag" -> a surcharge that may be added later: note. The
# other four lines are never mentioned -> missing-line. "Offerte gültig 30 Tage" from Fri 5 Jun -> 2026-07-05 (not
# short); "FCA Bremgarten AG (Incoterms 2020)" -> FCA. CHF against USD -> currency-differs. Partial.
assert 1000 <= 1500 < 3050 and close(1500 * 1.64, 2460.00) and plus("2026-06-05", 30) == "2026-07-05"
assert plus("2026-06-05", 21) == "2026-06-26"
U738_ROWS = [("CBL-4C22-PUR", "Steuerleitung 4 x AWG 22 (0,34 mm²), geschirmt, PUR-Mantel schwarz", "1'500 m", "1.78", "1.64", "1.51",
              "3 Wochen")]
sample("u738-ch-kabel-html-staffel-spalten-chf-metallzuschlag", S.msg("Daniela Wyss <d.wyss@reusstal-kabel.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt;color:#222222">
<p>Grüezi Frau Reyes</p>
<p>Besten Dank für Ihre Anfrage NR-RFQ-0619. Für die Leitung offerieren wir Ihnen gerne wie folgt
(Preise in CHF, exkl. MWST):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#A6A6A6;font-size:9pt">
<tr style="background:#C00000;color:#FFFFFF"><th rowspan="2">Artikel</th><th rowspan="2">Bezeichnung</th><th rowspan="2">Menge</th>
<th colspan="3">Staffelpreise CHF/m</th><th rowspan="2">Lieferfrist</th></tr>
<tr style="background:#C00000;color:#FFFFFF"><th>ab 305 m</th><th>ab 1'000 m</th><th>ab 3'050 m</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U738_ROWS) + """
</table>
<p>Total bei 1'500 m: CHF 2'460.00 netto. Ablängen und Lieferung auf Einwegspulen sind im Preis inbegriffen.</p>
<p>Die Preise basieren auf einer Kupferbasis von 900 EUR/100 kg; Abweichungen verrechnen wir als Metallzuschlag
am Liefertag.</p>
<p>Lieferbedingung: FCA Bremgarten AG (Incoterms 2020)<br>
Offerte gültig 30 Tage<br>
Zahlung: 30 Tage netto</p>
<p>Freundliche Grüsse</p>
<p>Daniela Wyss<br>Verkauf Export<br><b>Kabelwerk Reusstal AG</b><br>Zürcherstrasse 71, CH-5620 Bremgarten AG<br>
Tel. +41 56 555 01 38 | www.reusstal-kabel.example</p>
<p style="font-size:7pt;color:#808080">Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.</p>
</body></html>""", cte="quoted-printable", subject="AW: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "CHF", "2026-07-05", "FCA",
       [line(2, 1.64, "CHF", lead=21)],
       ["currency-differs", "missing-line", "note"])


# u739 a Saxon gasket cutter: a short German cover note + a one-page ERP PDF "ANGEBOT" (columns Pos. / Artikel /
# Bezeichnung / Menge / Einzelpreis € / PE / Gesamtpreis € / Liefertermin). Pos. 1 GSK-EPDM-80 "5.000 Stk", Einzelpreis
# 178,50 with PE 1000 ("PE = Preiseinheit: der Einzelpreis gilt je 1000 Stück") -> 178.50 / 1000 = 0.1785 EUR; the
# Gesamtpreis 892,50 (5,000 x 0.1785) confirms it; as asked -> null. Liefertermin "KW 30" with "KW 30 (20.07.-24.07.2026)"
# in the terms -> upper bound Fri Jul 24 = 49 days from Jun 5 (before Aug 3). "Einmalige Kosten: Stanzwerkzeug 385,00 €"
# -> one-off tool: note. "Die Positionen 2 bis 5 Ihrer Anfrage ... können wir leider nicht anbieten" -> declined.
# "Bindefrist: 30 Tage ab Angebotsdatum" (05.06.2026, the Date header's date) -> 2026-07-05 (not short); "FCA Zittau
# (Incoterms 2020)" -> FCA; "Währung: EUR" -> currency-differs. Partial.
KW30, KW30_FRI = kw(30)
assert KW30 == "KW 30 (20.07.-24.07.2026)" and days("2026-06-05", KW30_FRI) == 49 and KW30_FRI < "2026-08-03"
assert close(178.50 / 1000, 0.1785) and close(5000 * 0.1785, 892.50) and plus("2026-06-05", 30) == "2026-07-05"
X739 = [40, 64, 140, 286, 334, 394, 420, 490]
P739 = check_page(
    [(40, 800, 13, "Dichtungstechnik Oberlausitz GmbH"), (430, 800, 15, "ANGEBOT"),
     (40, 787, 7, "Dichtungstechnik Oberlausitz GmbH | Weberstraße 9 | 02763 Zittau"),
     (40, 758, 9, "Northridge"), (40, 746, 9, "z. Hd. Frau Nora Reyes"), (40, 734, 9, "Purchasing"),
     (380, 758, 9, "Angebots-Nr.:  AN-2026-04417"), (380, 746, 9, "Datum:  05.06.2026"),
     (380, 734, 9, "Ihre Anfrage:  NR-RFQ-0619"), (380, 722, 9, "Bearbeiter:  S. Kühnel"), (380, 710, 9, "Währung:  EUR"),
     (40, 686, 9, "Sehr geehrte Frau Reyes, wir danken für Ihre Anfrage und bieten Ihnen freibleibend wie folgt an:")]
    + row(660, X739, ["Pos.", "Artikel", "Bezeichnung", "Menge", "Einzelpreis €", "PE", "Gesamtpreis €", "Liefertermin"])
    + row(644, X739, ["1", "GSK-EPDM-80", "Flachdichtung EPDM 70 Sh A", "5.000 Stk", "178,50", "1000", "892,50", "KW 30"])
    + row(634, X739, ["", "", "80 x 62 x 3 mm, gestanzt", "", "", "", "", ""])
    + row(612, X739, ["", "", "", "", "Summe netto", "", "892,50", ""])
    + [(40, 584, 8, "PE = Preiseinheit: der Einzelpreis gilt je 1000 Stück."),
       (40, 572, 8, "Liefertermin Pos. 1: KW 30 (20.07.-24.07.2026)."),
       (40, 560, 8, "Einmalige Kosten: Stanzwerkzeug 385,00 € netto (bleibt unser Eigentum)."),
       (40, 548, 8, "Die Positionen 2 bis 5 Ihrer Anfrage (Kabel, Schrauben, Grundplatte, Federn) können wir leider nicht anbieten."),
       (40, 530, 8, "Lieferbedingung: FCA Zittau (Incoterms 2020). Verpackung: Karton, im Preis enthalten."),
       (40, 518, 8, "Zahlungsbedingung: 30 Tage netto. Alle Preise zzgl. gesetzlicher MwSt."),
       (40, 506, 8, "Bindefrist: 30 Tage ab Angebotsdatum."),
       (40, 60, 7, "Dichtungstechnik Oberlausitz GmbH | Amtsgericht Dresden HRB 55871 | USt-IdNr. DE 555 318 902 | Tel. +49 3583 555 0139"),
       (500, 46, 7, "Seite 1 von 1")])
sample("u739-de-zittau-pdf-pe-1000-kw-30-stanzwerkzeug", S.with_attachment("Steffen Kühnel <s.kuehnel@dt-oberlausitz.example>", """Sehr geehrte Frau Reyes,

anbei erhalten Sie unser Angebot AN-2026-04417 zu Ihrer Anfrage NR-RFQ-0619 (Dichtungen).

Mit freundlichen Grüßen
Steffen Kühnel
Vertrieb
Dichtungstechnik Oberlausitz GmbH
Weberstraße 9, 02763 Zittau
Tel. +49 3583 555 0139""", "application/pdf", "AN-2026-04417.pdf", pdf([P739])),
       "partial", "EUR", "2026-07-05", "FCA",
       [line(1, 0.1785, "EUR", lead=49), nob(2), nob(3), nob(4), nob(5)],
       ["currency-differs", "no-bid", "note"])


# u740 an Upper Austrian CNC shop, short body + XLSX from its ERP: one row for PLT-0915-R2 with "Staffelpreise" as
# COLUMNS "ab 50 Stk" 47,90 / "ab 100 Stk" 43,60 / "ab 250 Stk" 40,20 (EUR per piece). 120 pieces fall in "ab 100 Stk"
# (100 <= 120 < 250) -> 43.60; "120" as asked -> null. Liefertermin "KW 35 (24.08.-28.08.2026)" -> Fri Aug 28 = 84 days
# from Jun 5 -> AFTER the Aug 17 need-by -> lead-time-after-need-by. "Rüstkosten einmalig: 260,00 EUR" (one-off set-up)
# and "Verpackung pauschal: 38,00 EUR" -> note. The other four lines are never mentioned -> missing-line. Body: "ab Werk
# Freistadt (EXW)" -> EXW; "Angebot gültig bis 17.07.2026" -> 2026-07-17 (not short). EUR -> currency-differs. Partial.
KW35, KW35_FRI = kw(35)
assert KW35 == "KW 35 (24.08.-28.08.2026)" and days("2026-06-05", KW35_FRI) == 84 and KW35_FRI > "2026-08-17"
assert 100 <= 120 < 250
U740_XLSX = xlsx([
    ["Mühlviertler CNC-Technik GmbH"],
    ["Industriestraße 8, 4240 Freistadt, Österreich  |  Tel. +43 7942 555 140  |  FN 555318k"],
    [""],
    ["ANGEBOT", "AG-26-0388", "", "Datum", "05.06.2026"],
    ["Kunde", "Northridge, Frau Nora Reyes", "", "Anfrage", "NR-RFQ-0619"],
    [""],
    ["Pos.", "Artikel", "Bezeichnung", "Menge", "ME", "Staffelpreise EUR/Stk", "", "", "Liefertermin"],
    ["", "", "", "", "", "ab 50 Stk", "ab 100 Stk", "ab 250 Stk", ""],
    [10, "PLT-0915-R2", "Motorgrundplatte 10 mm, EN AW-6082 T6, CNC gefräst, 4 x M6", 120, "Stk", 47.9, 43.6, 40.2, KW35],
    [""],
    ["Rüstkosten einmalig: 260,00 EUR"],
    ["Verpackung pauschal: 38,00 EUR"],
    ["Preise netto zzgl. USt."],
])
sample("u740-at-freistadt-xlsx-staffel-spalten-kw-35-spaet", S.with_attachment("Christoph Hinterleitner <c.hinterleitner@mv-cnc.example>", """Sehr geehrte Frau Reyes,

danke für Ihre Anfrage. Im Anhang unser Angebot AG-26-0388 für die Motorgrundplatte PLT-0915-R2.

Preise in EUR, Lieferung ab Werk Freistadt (EXW, Incoterms 2020).
Angebot gültig bis 17.07.2026.

Leider ist vor KW 35 keine Kapazität frei - wir sind bis Mitte August ausgelastet.

Mit freundlichen Grüßen aus dem Mühlviertel
Christoph Hinterleitner
Mühlviertler CNC-Technik GmbH
Tel. +43 7942 555 140""", XLSX, "AG-26-0388.xlsx", U740_XLSX),
       "partial", "EUR", "2026-07-17", "EXW",
       [line(4, 43.60, "EUR", lead=84)],
       ["currency-differs", "lead-time-after-need-by", "missing-line", "note"])


# u741 a Hamburg industrial trading house, plain text, prices "in USD" with decimal commas, all five lines in a typed
# ERP table Pos. / Artikel / Menge / ME / Einzelpreis USD / Gesamtpreis USD / Liefertermin, above the buyer's request
# quoted with "> " (history). Gasket 0,192 -> 0.192, "4 Wochen" -> 28 (Jul 3, before Aug 3). Cable "1,46" per m on the
# metre line -> 1.46, "ab Lager" -> 0. Screws "3,05 /100 St." -> 0.0305 (Gesamt 610,00 = 20,000 x 0.0305), "ab Lager"
# -> 0. Plate 44,60 -> 44.60, "KW 33" with "KW 33 (10.08.-14.08.2026)" below -> Fri Aug 14 = 70 days (before Aug 17).
# Springs "69,80 /1000 St." -> 0.0698 (Gesamt 558,40), "5-6 Wochen" -> 42 (Jul 17, before Jul 27). All quantities as
# asked -> null. "FCA Hamburg (Incoterms 2020)" -> FCA; "Angebot gültig bis 10.07.2026" -> 2026-07-10 (not short). USD,
# every line priced -> parsed, no deviations.
KW33, KW33_FRI = kw(33)
assert KW33 == "KW 33 (10.08.-14.08.2026)" and days("2026-06-05", KW33_FRI) == 70 and KW33_FRI <= "2026-08-17"
assert close(5000 * 0.192, 960.00) and close(1500 * 1.46, 2190.00) and close(20000 * 3.05 / 100, 610.00)
assert close(120 * 44.60, 5352.00) and close(8000 * 69.80 / 1000, 558.40) and plus("2026-06-05", 42) == "2026-07-17"
U741_ROWS = [("Pos.", "Artikel", "Menge", "ME", "Einzelpreis USD", "Gesamtpreis USD", "Liefertermin"),
             ("1", "GSK-EPDM-80", "5.000", "Stk", "0,192", "960,00", "4 Wochen"),
             ("2", "CBL-4C22-PUR", "1.500", "m", "1,46", "2.190,00", "ab Lager"),
             ("3", "SCR-M4X10-A2", "20.000", "Stk", "3,05 /100 St.", "610,00", "ab Lager"),
             ("4", "PLT-0915-R2", "120", "Stk", "44,60", "5.352,00", "KW 33"),
             ("5", "SPR-C0630-302", "8.000", "Stk", "69,80 /1000 St.", "558,40", "5-6 Wochen")]
sample("u741-de-hamburg-handelshaus-alle-fuenf-usd-kw-33", S.msg("Jan-Hendrik Petersen <jh.petersen@elbe-industriebedarf.example>", "text/plain", """Sehr geehrte Frau Reyes,

vielen Dank für Ihre Anfrage. Wie gewünscht bieten wir Ihnen alle fünf Positionen an;
die Preise sind in USD (Ihre Anfragewährung).

""" + "\n".join(f"{a:<6}{b:<16}{c:>7}  {d:<4}{e:>17}  {f:>16}   {g}" for a, b, c, d, e, f, g in U741_ROWS) + """

Liefertermin Pos. 4: """ + KW33 + """
Das Kabel wird auf Einwegtrommeln geliefert, Ablängen auf Ihre Menge ohne Aufpreis.

Lieferbedingung: FCA Hamburg (Incoterms 2020)
Zahlung: 30 Tage netto
Angebot gültig bis 10.07.2026

Please let me know if you need the certificates (3.1) for the screws and springs.

Mit freundlichen Grüßen / Best regards

Jan-Hendrik Petersen
Elbe Industriebedarf GmbH & Co. KG
Großer Grasbrook 17, 20457 Hamburg
Tel. +49 40 555 018 41 | Mobil +49 171 555 0184
Amtsgericht Hamburg HRA 55123 | pers. haftende Gesellschafterin: Elbe Verwaltungs GmbH, HRB 55124

Am 01.06.2026 um 15:02 schrieb Nora Reyes <nreyes@northridge.example>:
> Dear Sir or Madam,
>
> please quote your unit price, lead time, Incoterms and validity for the items below by June 12, 2026.
>
""" + "\n".join("> " + l for l in SAMPLE_REQUEST.splitlines()) + """
>
> Kind regards,
> Nora Reyes
> Purchasing, Northridge
""", subject="AW: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "parsed", "USD", "2026-07-10", "FCA",
       [line(1, 0.192, lead=28), line(2, 1.46, lead=0), line(3, 0.0305, lead=0), line(4, 44.60, lead=70),
        line(5, 0.0698, lead=42)],
       [])


# u742 a Sauerland spring works, multipart/alternative (text + HTML, same content). The springs: "Die Druckfeder
# SPR-C0630-302 mit L0 = 30 mm fertigen wir nicht ... Alternativ bieten wir an: Katalog-Druckfeder VD-063-060-0305"
# -> alternatePartNumber VD-063-060-0305 (alternate-part); "Preis je 100 Stück: 6,85 EUR" -> 0.0685; "ab Lager" -> 0;
# "Mindestabnahme: 10.000 Stück" -> moq 10000, above the 8,000 asked -> moq-above-quantity (the quantity is not
# restated, so it stays null). "Die Positionen 1 bis 4 ... können wir leider nicht anbieten" -> declined. EUR ->
# currency-differs. "ab Werk Plettenberg (EXW)" -> EXW; "Bindefrist: 4 Wochen" -> 28 days from Fri 5 Jun -> 2026-07-03
# (not short: Jul 3 >= Jun 26). Partial.
assert close(6.85 / 100, 0.0685) and 10000 > 8000 and plus("2026-06-05", 28) == "2026-07-03"
U742_TEXT = """Sehr geehrte Frau Reyes,

besten Dank für Ihre Anfrage NR-RFQ-0619.

Die Druckfeder SPR-C0630-302 mit L0 = 30 mm fertigen wir nicht; eine Sonderanfertigung
lohnt sich bei 8.000 Stück leider nicht. Alternativ bieten wir an:

  Katalog-Druckfeder VD-063-060-0305
  Werkstoff 1.4310 (entspricht AISI 302), d = 0,6 mm, De = 6,3 mm, L0 = 30,5 mm
  Preis je 100 Stück:  6,85 EUR
  Mindestabnahme:      10.000 Stück
  Lieferzeit:          ab Lager

Die Positionen 1 bis 4 (Dichtung, Kabel, Schrauben, Grundplatte) können wir leider nicht anbieten.

Alle Preise in EUR netto zzgl. MwSt.
Lieferung ab Werk Plettenberg (EXW, Incoterms 2020).
Bindefrist: 4 Wochen.

Mit freundlichen Grüßen

Marion Schulte-Vogt
Federnfabrik Lennetal GmbH
Am Hammerwerk 3, 58840 Plettenberg
Tel. +49 2391 555 0142"""
U742_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Reyes,</p>
<p>besten Dank für Ihre Anfrage NR-RFQ-0619.</p>
<p>Die Druckfeder SPR-C0630-302 mit L0&nbsp;=&nbsp;30&nbsp;mm fertigen wir nicht; eine Sonderanfertigung
lohnt sich bei 8.000 Stück leider nicht. <b>Alternativ bieten wir an:</b></p>
<table border="0" cellpadding="2" style="margin-left:20px">
<tr><td colspan="2"><b>Katalog-Druckfeder VD-063-060-0305</b></td></tr>
<tr><td colspan="2">Werkstoff 1.4310 (entspricht AISI 302), d = 0,6 mm, De = 6,3 mm, L0 = 30,5 mm</td></tr>
<tr><td>Preis je 100 Stück:</td><td>6,85 EUR</td></tr>
<tr><td>Mindestabnahme:</td><td>10.000 Stück</td></tr>
<tr><td>Lieferzeit:</td><td>ab Lager</td></tr>
</table>
<p>Die Positionen 1 bis 4 (Dichtung, Kabel, Schrauben, Grundplatte) können wir leider nicht anbieten.</p>
<p>Alle Preise in EUR netto zzgl. MwSt.<br>Lieferung ab Werk Plettenberg (EXW, Incoterms 2020).<br>Bindefrist: 4 Wochen.</p>
<p>Mit freundlichen Grüßen</p>
<p>Marion Schulte-Vogt<br>Federnfabrik Lennetal GmbH<br>Am Hammerwerk 3, 58840 Plettenberg<br>Tel. +49 2391 555 0142</p>
</body></html>"""
sample("u742-alt-de-plettenberg-alternativ-feder-mindestabnahme", S.alternative("Marion Schulte-Vogt <m.schulte-vogt@federn-lennetal.example>",
                                                                                 U742_TEXT, U742_HTML),
       "partial", "EUR", "2026-07-03", "EXW",
       [nob(1), nob(2), nob(3), nob(4), line(5, 0.0685, "EUR", lead=0, moq=10000, alt="VD-063-060-0305")],
       ["alternate-part", "currency-differs", "moq-above-quantity", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u743 a Hanau plastics trader, plain text, resin only. "Staffelpreise je kg" as ROWS: ab 500 kg 3,46 / ab 2.000 kg 3,29
# / ab 5.000 kg 3,14 EUR -> 2,500 kg fall in "ab 2.000 kg" (2,000 <= 2,500 < 5,000) -> 3.29 per kg on the KG line; "Ihre
# Menge 2.500 kg = 100 Sack à 25 kg" is the quantity asked -> null. "ca. 2-3 Wochen nach Auftragseingang" -> 21 (Jul 3,
# before Jul 20). "Angebot gültig bis 30.06.2026" -> 2026-06-30, earlier than Jul 3 -> validity-short (the English
# sentence gives the reason). "CIP Rockford, IL (Incoterms 2020)" -> CIP. The other five lines are never mentioned ->
# missing-line. EUR -> currency-differs. Partial.
assert 2000 <= 2500 < 5000 and 100 * 25 == 2500 and plus("2026-06-12", 21) == "2026-07-03" and "2026-06-30" < "2026-07-03"
blind("u743-de-hanau-pa66-staffel-zeilen-kurze-bindung", H.msg("Oliver Brandstätter <o.brandstaetter@polymer-rheinmain.example>", "text/plain", """Sehr geehrte Frau Marsh,

vielen Dank für Ihre Anfrage HM-RFQ-2611. Für das Polyamid bieten wir Ihnen an:

Pos. 1   RES-PA66-GF30
         PA 66 GF30, wärmestabilisiert, schwarz, Spritzgusstype, 25-kg-Sack

         Staffelpreise je kg (EUR, netto):
           ab    500 kg    3,46
           ab  2.000 kg    3,29
           ab  5.000 kg    3,14

         Ihre Menge 2.500 kg = 100 Sack à 25 kg, palettiert
         Lieferzeit: ca. 2-3 Wochen nach Auftragseingang

Lieferbedingung: CIP Rockford, IL (Incoterms 2020)
Angebot gültig bis 30.06.2026.
Please note: resin prices change monthly, so we can only hold them until the end of June.

Alle Preise zzgl. MwSt., sofern anwendbar. Zahlung 30 Tage netto.

Mit freundlichen Grüßen

Oliver Brandstätter
Polymerhandel Rhein-Main GmbH
Otto-Hahn-Straße 31, 63457 Hanau
Tel. +49 6181 555 0143
www.polymer-rheinmain.example
""", subject="AW: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
       "partial", "EUR", "2026-06-30", "CIP",
       [line(1, 3.29, "EUR", lead=21)],
       ["currency-differs", "missing-line", "validity-short"])


# u744 an Austrian aluminium stockist, short body + XLSX (ERP layout, its own Pos. 10). SHT-5052H32-030 (RFQ line 2 by
# part number): "Lieferung nur in ganzen Paletten zu 50 Tafeln - angeboten 2 Paletten = 100 Tafeln (angefragt: 90
# Tafeln)" -> quantity 100 (quantity-differs); Einzelpreis 148,60 EUR per Tafel (sheet = EA) -> 148.60; the Gesamtpreis
# 14.860,00 = 100 x 148.60 is a total. Liefertermin "KW 31 (27.07.-31.07.2026)" -> Fri Jul 31 = 49 days from Jun 12
# (before Aug 10). Body: "Die Positionen 1, 3, 4, 5 und 6 Ihrer Anfrage können wir leider nicht anbieten" -> declined;
# "FCA Ranshofen (Incoterms 2020)" -> FCA; "Angebot gültig bis 24.07.2026" -> 2026-07-24 (not short). EUR ->
# currency-differs. Partial.
KW31, KW31_FRI = kw(31)
assert KW31 == "KW 31 (27.07.-31.07.2026)" and days("2026-06-12", KW31_FRI) == 49 and KW31_FRI < "2026-08-10"
assert 2 * 50 == 100 and 100 > 90 and close(100 * 148.60, 14860.00)
U744_XLSX = xlsx([
    ["Innviertler Aluminium Handels GmbH"],
    ["Lamprechtshausener Straße 4, 5282 Ranshofen, Österreich  |  Tel. +43 7722 555 144"],
    [""],
    ["ANGEBOT Nr.", "26-10871", "", "Datum", "12.06.2026"],
    ["Kunde", "Halvorsen Manufacturing, Rockford IL, USA", "", "Ihre Anfrage", "HM-RFQ-2611"],
    [""],
    ["Pos.", "Artikel", "Bezeichnung", "Menge", "ME", "Einzelpreis EUR", "Gesamtpreis EUR", "Liefertermin"],
    [10, "SHT-5052H32-030", "Blech EN AW-5052 H32, 3,0 x 1250 x 2500 mm, einseitig PVC-foliert", 100, "Tafel", 148.6, 14860, KW31],
    [""],
    ["Hinweis: Lieferung nur in ganzen Paletten zu 50 Tafeln - angeboten 2 Paletten = 100 Tafeln (angefragt: 90 Tafeln)."],
    ["Preise netto, zzgl. USt.; Verpackung (Holzpalette) inklusive."],
])
blind("u744-at-ranshofen-xlsx-ganze-paletten-100-tafeln", H.with_attachment("Sandra Moosbrugger <s.moosbrugger@iv-alu.example>", """Sehr geehrte Frau Marsh,

vielen Dank für Ihre Anfrage HM-RFQ-2611. Unser Angebot 26-10871 für das Aluminiumblech finden Sie im Anhang.

Die Positionen 1, 3, 4, 5 und 6 Ihrer Anfrage können wir leider nicht anbieten - wir sind reiner Aluminiumhändler.

Lieferbedingung: FCA Ranshofen (Incoterms 2020)
Angebot gültig bis 24.07.2026

Mit freundlichen Grüßen
Sandra Moosbrugger
Innviertler Aluminium Handels GmbH
Tel. +43 7722 555 144""", XLSX, "Angebot_26-10871.xlsx", U744_XLSX),
       "partial", "EUR", "2026-07-24", "FCA",
       [nob(1), line(2, 148.60, "EUR", qty=100, lead=49), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid", "quantity-differs"])


# u745 a Kassel bearing and seal distributor, multipart/alternative (text + HTML table, same content), above an Outlook
# "Ursprüngliche Nachricht" block quoting the buyer's RFQ (history). Pos. 3 "BRG 6205-2RS  Rillenkugellager 6205-2RS C3,
# Fabrikat SKF" (the RFQ part, SKF as asked - no alternate) 400 Stk, 3,18 EUR/Stk, "ab Lager" -> 3.18, 0. Pos. 4 O-rings
# 50.000 Stk, Preis 21,40 EUR with PE 1000 ("PE = Preiseinheit (Preis je PE Stück)") -> 21.40 / 1000 = 0.0214;
# "10 Arbeitstage" -> 10 x 7/5 = 14 (Jun 26, before Aug 17).
# "Position 6 können wir leider nicht anbieten" -> declined. Resin, sheet and hose are never mentioned -> missing-line.
# "Bei Aufträgen unter 150,00 EUR Warenwert berechnen wir einen Mindermengenzuschlag von 25,00 EUR" -> a surcharge
# clause: note. "Lieferung frei Haus (DAP Rockford, IL, Incoterms 2020)" -> DAP; "Angebot gültig bis 15.07.2026" ->
# 2026-07-15 (not short). EUR -> currency-differs. Partial.
assert workdays(10) == 14 and close(21.40 / 1000, 0.0214) and plus("2026-06-12", 14) == "2026-06-26"
U745_ROWS = [("Pos.", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "PE", "Lieferzeit"),
             ("3", "BRG 6205-2RS", "Rillenkugellager 6205-2RS C3, Fabrikat SKF", "400 Stk", "3,18", "1", "ab Lager"),
             ("4", "OR-0120-NBR70", "O-Ring 12 x 2 mm, NBR 70 Shore A, schwarz", "50.000 Stk", "21,40", "1000", "10 Arbeitstage")]
U745_TAIL = """
-----Ursprüngliche Nachricht-----
Von: Lena Marsh <lmarsh@halvorsen-mfg.example>
Gesendet: Montag, 8. Juni 2026 16:14
An: angebote@wvn-kassel.example
Betreff: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hello,

Halvorsen Manufacturing requests your quotation for the items below (RFQ HM-RFQ-2611), answer by June 19, 2026.

""" + H.RFQ_TABLE + """

Best regards,
Lena Marsh
Buyer, Halvorsen Manufacturing
"""
U745_TERMS = ["PE = Preiseinheit (Preis je PE Stück).",
              "Position 6 können wir leider nicht anbieten, da uns für den Dichtsatz keine Zeichnungen vorliegen.",
              "Bei Aufträgen unter 150,00 EUR Warenwert berechnen wir einen Mindermengenzuschlag von 25,00 EUR.",
              "Lieferung frei Haus (DAP Rockford, IL, Incoterms 2020), Preise in EUR zzgl. MwSt.",
              "Angebot gültig bis 15.07.2026."]
U745_TEXT = """Sehr geehrte Frau Marsh,

vielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an:

""" + "\n".join(f"{a:<6}{b:<15}{c:<44}{d:>11}  {e:>9}  {f:>5}  {g}" for a, b, c, d, e, f, g in U745_ROWS) + "\n\n" + "\n".join(U745_TERMS) + """

Mit freundlichen Grüßen

Tobias Engelhardt
Wälzlager-Vertrieb Nordhessen GmbH
Sandershäuser Straße 40, 34123 Kassel
Tel. +49 561 555 0145
""" + U745_TAIL
U745_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Marsh,</p>
<p>vielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
""" + "\n".join("<tr>" + "".join((f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>" for i, r in enumerate(U745_ROWS)) + """
</table>
<p>""" + "<br>\n".join(U745_TERMS) + """</p>
<p>Mit freundlichen Grüßen</p>
<p>Tobias Engelhardt<br>Wälzlager-Vertrieb Nordhessen GmbH<br>Sandershäuser Straße 40, 34123 Kassel<br>Tel. +49 561 555 0145</p>
<pre>""" + U745_TAIL.replace("<", "&lt;").replace(">", "&gt;") + """</pre>
</body></html>"""
blind("u745-alt-de-kassel-pe-1000-arbeitstage-mindermengenzuschlag", H.alternative("Tobias Engelhardt <t.engelhardt@wvn-kassel.example>",
                                                                                   U745_TEXT, U745_HTML),
      "partial", "EUR", "2026-07-15", "DAP",
      [line(3, 3.18, "EUR", lead=0), line(4, 0.0214, "EUR", lead=14), nob(6)],
      ["currency-differs", "missing-line", "no-bid", "note"])


# u746 a Swiss hydraulics house: a short German body + a one-page "OFFERTE" PDF (Pos. 10 / 20, its own numbering; the
# part numbers match RFQ lines 5 and 6). Hose "800 m", Preis 742.00 with "PE 100 m" ("Preis je 100 m") -> 742.00 / 100
# = 7.42 CHF per metre on the metre line; Betrag 5'936.00 = 800 x 7.42; as asked -> null; "3 Wochen" -> 21 (Jul 3,
# before Sep 1). Seal kit "150 Satz", 31.90 per Satz (PE 1 Satz) -> 31.90; Betrag 4'785.00; "6-8 Wochen" -> 56 (Aug 7,
# before Sep 21). "Einmalige Rüstkosten Dichtsatz (Konfektionierung, Etiketten): CHF 180.00" -> note. Resin, sheet,
# bearing and O-ring lines are never mentioned -> missing-line. "Offerte gültig 14 Tage" from Fri 12 Jun -> 2026-06-26,
# earlier than Jul 3 -> validity-short; "FCA Frauenfeld (Incoterms 2020)" -> FCA. CHF -> currency-differs. Partial.
assert close(742.00 / 100, 7.42) and close(800 * 7.42, 5936.00) and close(150 * 31.90, 4785.00)
assert plus("2026-06-12", 56) == "2026-08-07" and plus("2026-06-12", 14) == "2026-06-26"
X746 = [40, 66, 146, 290, 336, 384, 426, 494]
P746 = check_page(
    [(40, 800, 13, "Hydraulik Thurtal AG"), (440, 800, 15, "OFFERTE"),
     (40, 787, 7, "Schaffhauserstrasse 52  |  CH-8500 Frauenfeld  |  Tel. +41 52 555 01 46  |  CHE-555.318.146 MWST"),
     (40, 758, 9, "Halvorsen Manufacturing"), (40, 746, 9, "Frau Lena Marsh"), (40, 734, 9, "Rockford, IL, USA"),
     (380, 758, 9, "Offerte Nr.:  OF-26-2291"), (380, 746, 9, "Datum:  12.06.2026"),
     (380, 734, 9, "Ihre Anfrage:  HM-RFQ-2611"), (380, 722, 9, "Währung:  CHF")]
    + row(690, X746, ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis CHF", "PE", "Betrag CHF", "Lieferfrist"])
    + row(674, X746, ["10", "HSE-2SN-08", "Hydraulikschlauch EN 853 2SN", "800 m", "742.00", "100 m", "5'936.00", "3 Wochen"])
    + row(664, X746, ["", "", "DN12 (1/2\"), 275 bar", "", "", "", "", ""])
    + row(648, X746, ["20", "KIT-PX200-SEAL", "Dichtsatz PX-200, 2 Lippendicht.,", "150 Satz", "31.90", "1 Satz", "4'785.00", "6-8 Wochen"])
    + row(638, X746, ["", "", "4 O-Ringe, 1 Flachdicht., etikettiert", "", "", "", "", ""])
    + row(616, X746, ["", "", "", "", "", "Total", "10'721.00", ""])
    + [(40, 588, 8, "PE = Preiseinheit: Pos. 10 Preis je 100 m, Pos. 20 Preis je Satz."),
       (40, 576, 8, "Einmalige Rüstkosten Dichtsatz (Konfektionierung, Etiketten): CHF 180.00"),
       (40, 564, 8, "Lieferbedingung: FCA Frauenfeld (Incoterms 2020). Preise exkl. MWST."),
       (40, 552, 8, "Zahlung: 30 Tage netto."),
       (40, 540, 8, "Offerte gültig 14 Tage."),
       (500, 46, 7, "Seite 1/1")])
assert close(5936.00 + 4785.00, 10721.00)
blind("u746-ch-frauenfeld-pdf-offerte-je-100-m-ruestkosten-14-tage", H.with_attachment("Beat Vetsch <b.vetsch@hydraulik-thurtal.example>", """Grüezi Frau Marsh

Besten Dank für Ihre Anfrage. In der Beilage erhalten Sie unsere Offerte OF-26-2291 für den Schlauch und die Dichtsätze.

Freundliche Grüsse
Beat Vetsch
Hydraulik Thurtal AG, Frauenfeld
Tel. +41 52 555 01 46""", "application/pdf", "OF-26-2291.pdf", pdf([P746])),
       "partial", "CHF", "2026-06-26", "FCA",
       [line(5, 7.42, "CHF", lead=21), line(6, 31.90, "CHF", lead=56)],
       ["currency-differs", "missing-line", "note", "validity-short"])


# u747 a Vogtland seal maker declines the whole RFQ, plain text, above the buyer's request quoted with "> " (history: its
# quantities and need-by dates are no quote): "leider können wir Ihnen zu Ihrer Anfrage HM-RFQ-2611 kein Angebot
# abgeben" (capacity, and most items are not their products) and "Sorry that we have to decline this time." -> every
# line declined: six noBid lines, currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind("u747-de-vogtland-volle-absage-zitierte-anfrage", H.msg("Ulrike Tröger <u.troeger@dichtungswerk-vogtland.example>", "text/plain", """Sehr geehrte Frau Marsh,

vielen Dank für Ihre Anfrage und das damit verbundene Vertrauen.

Leider können wir Ihnen zu Ihrer Anfrage HM-RFQ-2611 kein Angebot abgeben: unsere O-Ring-Fertigung ist
bis Ende Oktober voll ausgelastet, und Harz, Bleche, Lager und Schläuche gehören nicht zu unserem Programm.
Sorry that we have to decline this time.

Bei künftigen Anfragen zu Dichtungen und Formteilen sind wir gerne wieder für Sie da.

Mit freundlichen Grüßen

Ulrike Tröger
Vertrieb
Dichtungswerk Vogtland GmbH
Elsterstraße 12, 08523 Plauen
Tel. +49 3741 555 0147
Amtsgericht Chemnitz HRB 55147

Am 08.06.2026 um 16:20 schrieb Lena Marsh <lmarsh@halvorsen-mfg.example>:
> Hello,
>
> Halvorsen Manufacturing requests your quotation for the items below (RFQ HM-RFQ-2611), answer by June 19, 2026.
>
""" + "\n".join("> " + l for l in H.RFQ_TABLE.splitlines()) + """
>
> Best regards,
> Lena Marsh
> Buyer, Halvorsen Manufacturing
""", subject="AW: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
      "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u748 a Hessian turning shop: short body + one-page ERP PDF "Angebot". Pos. 1 shaft "250 Stk", Einzelpreis 37,45, with
# "Staffelpreise Pos. 1" ROWS below it (ab 100 Stk 39,80 / ab 250 Stk 37,45 / ab 500 Stk 35,90) -> 250 falls in "ab 250"
# -> 37.45 (Gesamtpreis 9.362,50 = 250 x 37.45); Liefertermin "KW 34" = "17.08.-21.08.2026" -> Fri Aug 21 = 67 days from
# Jun 15 (before Aug 28). Pos. 5 bracket set "150 Satz", 24,30 per Satz -> 24.30 (Gesamt 3.645,00); "KW 36" =
# "31.08.-04.09.2026" -> Fri Sep 4 = 81 days (before Oct 9). "Rüstkosten einmalig Pos. 1: 280,00 €" and "Verpackung
# pauschal: 45,00 €" -> note. "Position 2, 3 und 4 können wir leider nicht anbieten" -> declined. "Lieferung frei Haus
# (DAP Bielefeld, Incoterms 2020)" -> DAP; "Angebot gültig bis 31.07.2026" -> 2026-07-31 (not short). EUR. Partial.
KW34, KW34_FRI = kw(34)
KW36, KW36_FRI = kw(36)
assert KW34 == "KW 34 (17.08.-21.08.2026)" and days("2026-06-15", KW34_FRI) == 67 and KW34_FRI < "2026-08-28"
assert KW36 == "KW 36 (31.08.-04.09.2026)" and days("2026-06-15", KW36_FRI) == 81 and KW36_FRI < "2026-10-09"
assert 250 <= 250 < 500 and close(250 * 37.45, 9362.50) and close(150 * 24.30, 3645.00) and close(9362.50 + 3645.00, 13007.50)
X748 = [40, 64, 140, 292, 338, 398, 462, 520]
P748 = check_page(
    [(40, 800, 13, "Präzisionsdreherei Wetterau GmbH"), (440, 800, 15, "Angebot"),
     (40, 787, 7, "Präzisionsdreherei Wetterau GmbH  |  Im Seemenbach 6  |  61169 Friedberg (Hessen)"),
     (40, 758, 9, "Vossberg Maschinenbau GmbH"), (40, 746, 9, "Einkauf, Herrn Jonas Albers"), (40, 734, 9, "33609 Bielefeld"),
     (380, 758, 9, "Angebot Nr.:  2026-0612"), (380, 746, 9, "Datum:  15.06.2026"), (380, 734, 9, "Kunden-Nr.:  10488"),
     (380, 722, 9, "Ihre Anfrage:  VM-RFQ-4418")]
    + row(690, X748, ["Pos.", "Artikel", "Bezeichnung", "Menge", "Einzelpreis €", "Gesamtpreis €", "Liefertermin"])
    + row(674, X748, ["1", "SH-2231-C rev B", "Antriebswelle 42CrMo4 vergütet,", "250 Stk", "37,45", "9.362,50", "KW 34"])
    + row(664, X748, ["", "", "gedreht/geschliffen, 30 h6 x 412", "", "", "", ""])
    + row(650, X748, ["", "", "Staffelpreise Pos. 1:", "", "", "", ""])
    + row(640, X748, ["", "", "ab 100 Stk", "", "39,80", "", ""])
    + row(630, X748, ["", "", "ab 250 Stk", "", "37,45", "", ""])
    + row(620, X748, ["", "", "ab 500 Stk", "", "35,90", "", ""])
    + row(604, X748, ["5", "2231-004-03", "Sensorhalter-Satz li./re. inkl.", "150 Satz", "24,30", "3.645,00", "KW 36"])
    + row(594, X748, ["", "", "Schrauben, schwarz eloxiert", "", "", "", ""])
    + row(572, X748, ["", "", "", "", "Summe netto", "13.007,50", ""])
    + [(40, 544, 8, "Liefertermine: " + KW34 + ", " + KW36 + "."),
       (40, 532, 8, "Rüstkosten einmalig Pos. 1: 280,00 €"),
       (40, 520, 8, "Verpackung pauschal: 45,00 €"),
       (40, 508, 8, "Position 2, 3 und 4 können wir leider nicht anbieten."),
       (40, 490, 8, "Lieferung frei Haus (DAP Bielefeld, Incoterms 2020). Alle Preise netto zzgl. MwSt."),
       (40, 478, 8, "Zahlung: 14 Tage 2 % Skonto, 30 Tage netto."),
       (40, 466, 8, "Angebot gültig bis 31.07.2026."),
       (40, 60, 7, "Amtsgericht Friedberg HRB 5548  |  USt-IdNr. DE 555 148 120  |  Tel. +49 6031 555 0148"),
       (500, 46, 7, "Seite 1 von 1")])
blind2("u748-de-friedberg-pdf-staffel-zeilen-kw-ruestkosten-frei-haus", V.message("Sven Dietrich <s.dietrich@pd-wetterau.example>", multipart("mixed", "=_pdw_748_mix", [
        text_part("text/plain", """Sehr geehrter Herr Albers,

anbei unser Angebot 2026-0612 zu Ihrer Anfrage VM-RFQ-4418 (Welle und Sensorhalter).

Mit freundlichen Grüßen

Sven Dietrich
Arbeitsvorbereitung / Vertrieb
Präzisionsdreherei Wetterau GmbH
Tel. +49 6031 555 0148
""", cte="quoted-printable"),
        file_part("application/pdf", "Angebot_2026-0612.pdf", pdf([P748]))]), subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-07-31", "DAP",
       [line(1, 37.45, "EUR", lead=67), nob(2), nob(3), nob(4), line(5, 24.30, "EUR", lead=81)],
       ["no-bid", "note"])


# u749 a Lower Austrian iron foundry, HTML only (quoted-printable), the housing only. "25 Stk", Einzelpreis "1.186,00 €"
# -> 1186.00, as asked -> null; "ca. 12-14 Wochen nach Modellfreigabe" -> upper bound 14 x 7 = 98 (Sep 21, before Oct 2).
# "Modellkosten (einmalig): 2.850,00 €" -> note. "Mindestabnahme je Abguss-Serie: 30 Stück" -> moq 30, above the 25
# asked -> moq-above-quantity (the quantity itself is not restated). The other four lines are never mentioned ->
# missing-line. "ab Werk Traisen (EXW, Incoterms 2020)" -> EXW; "Bindefrist: 30 Tage" from Mon 15 Jun -> 2026-07-15 (not
# short). "zzgl. 20 % USt." is a VAT remark. EUR. Partial.
assert plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 30) == "2026-07-15" and 30 > 25
blind2("u749-at-traisen-giesserei-html-modellkosten-mindestabnahme", V.msg("Ing. Gerhard Pichler <g.pichler@eg-traisental.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0;font-family:"Calibri",sans-serif;font-size:11pt}</style></head>
<body lang="DE-AT"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrter Herr Albers,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">bezugnehmend auf Ihre Anfrage VM-RFQ-4418 d&uuml;rfen wir Ihnen f&uuml;r das Getriebegeh&auml;use folgendes Angebot unterbreiten:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="padding:0 5pt"><b>Pos.</b></td><td style="padding:0 5pt"><b>Artikel</b></td><td style="padding:0 5pt"><b>Bezeichnung</b></td>
<td style="padding:0 5pt"><b>Menge</b></td><td style="padding:0 5pt"><b>Einzelpreis</b></td><td style="padding:0 5pt"><b>Lieferzeit</b></td></tr>
<tr><td style="padding:0 5pt">2</td><td style="padding:0 5pt">HSG-1180-GJL</td><td style="padding:0 5pt">Getriebegeh&auml;use EN-GJL-250, mech. komplett bearbeitet, grundiert RAL 7035</td>
<td style="padding:0 5pt">25 Stk</td><td style="padding:0 5pt">1.186,00&nbsp;&euro;</td><td style="padding:0 5pt">ca. 12-14 Wochen nach Modellfreigabe</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Modellkosten (einmalig): 2.850,00&nbsp;&euro;<br>
Mindestabnahme je Abguss-Serie: 30 St&uuml;ck<br>
Lieferbedingung: ab Werk Traisen (EXW, Incoterms 2020)<br>
Bindefrist: 30 Tage<br>
Alle Preise netto zzgl. 20&nbsp;% USt.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Wir hoffen, Ihnen ein interessantes Angebot unterbreitet zu haben, und freuen uns auf Ihre Bestellung.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en</p>
<p class="MsoNormal"><b>Ing. Gerhard Pichler</b><br>Verkauf / Technik<br>Eisengie&szlig;erei Traisental GmbH<br>
Werksgasse 3, 3160 Traisen, &Ouml;sterreich<br>Tel. +43 2762 555 149 | FN 555149t | LG St. P&ouml;lten</p>
</div></body></html>""", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418 - Getriebegehäuse"),
       "partial", "EUR", "2026-07-15", "EXW",
       [line(2, 1186.00, "EUR", lead=98, moq=30)],
       ["missing-line", "moq-above-quantity", "note"])


# u750 a Weserbergland pneumatics distributor, German body + XLSX ("Angebot" sheet). The body: the Festo
# DSBC-32-80-PPVA-N3 "können wir derzeit nicht zu Ihrem Termin liefern (Herstellerlieferzeit über 20 Wochen).
# Alternativ bieten wir an: unseren Normzylinder NZ-32-80-PPV-A" -> the cylinder line is the alternate only:
# alternatePartNumber NZ-32-80-PPV-A (alternate-part); the 20 weeks belong to the Festo part not offered (ignored).
# Sheet: fitting row "wie angefragt", Einzelpreis 412,00 with PE 100 -> 4.12; "ab Lager" -> 0. Cylinder row Einzelpreis
# 86,40 with PE 1, and "Staffelpreise Pos. 4" as COLUMNS ab 1 St. 94,20 / ab 50 St. 89,70 / ab 100 St. 86,40 -> 120
# falls in "ab 100 St." -> 86.40 (agrees with the row); "2 Wochen" -> 14 (Jun 29, before Sep 11). Quantities as asked ->
# null. Shaft, housing and brackets are never mentioned -> missing-line. Body: "Lieferung frei Haus (DDP Bielefeld,
# Incoterms 2020)" -> DDP; "Gültigkeit: bis 14.08.2026" -> 2026-08-14 (not short). EUR. Partial.
assert close(412.00 / 100, 4.12) and 100 <= 120 and plus("2026-06-15", 14) == "2026-06-29"
U750_XLSX = xlsx_book([("Angebot", [
    ["Fluidtechnik Weserbergland GmbH - Angebot AN-55-2026-1187"],
    ["Kunde: Vossberg Maschinenbau GmbH, Herr Albers", "", "", "Ihre Anfrage: VM-RFQ-4418", "", "Datum: 15.06.2026"],
    ["Preise in EUR netto zzgl. MwSt. - PE = Preiseinheit (Stück)"],
    [],
    ["Pos.", "Ihre Artikel-Nr.", "Angebotener Artikel", "Bezeichnung", "Menge", "ME", "Einzelpreis", "PE", "Lieferzeit"],
    [3, "FIT-316-G12-10", "wie angefragt", "Gerade Einschraubverschraubung G1/2 - Rohr 10 mm, 1.4404 (316L)", 2000, "Stk", 412, 100, "ab Lager"],
    [4, "DSBC-32-80-PPVA-N3", "NZ-32-80-PPV-A", "ALTERNATIVE: Normzylinder ISO 15552, Kolben 32, Hub 80, einstellbare Dämpfung", 120, "Stk", 86.4, 1, "2 Wochen"],
    [],
    ["Staffelpreise Pos. 4 (EUR/Stk)", "ab 1 St.", "ab 50 St.", "ab 100 St."],
    ["NZ-32-80-PPV-A", 94.2, 89.7, 86.4],
])])
blind2("u750-de-hameln-xlsx-alternativ-zylinder-staffel-frei-haus-ddp", V.message("Nadine Kowalski <n.kowalski@fluidtechnik-weser.example>", multipart("mixed", "=_ftw_750_mix", [
        text_part("text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Im Anhang finden Sie unser Angebot für die Verschraubung und den Zylinder.

Den Festo-Zylinder DSBC-32-80-PPVA-N3 können wir derzeit nicht zu Ihrem Termin liefern (Herstellerlieferzeit
über 20 Wochen). Alternativ bieten wir an: unseren Normzylinder NZ-32-80-PPV-A nach ISO 15552 - Kolben 32 mm,
Hub 80 mm, einstellbare Endlagendämpfung, voll austauschbar. Datenblatt schicke ich Ihnen gerne nach.

Lieferung frei Haus (DDP Bielefeld, Incoterms 2020).
Gültigkeit: bis 14.08.2026

Mit freundlichen Grüßen

Nadine Kowalski
Vertriebsinnendienst
Fluidtechnik Weserbergland GmbH
Hefehof 9, 31785 Hameln
Tel. +49 5151 555 0150
"""),
        file_part(XLSX, "AN-55-2026-1187.xlsx", U750_XLSX)]), subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-08-14", "DDP",
       [line(3, 4.12, "EUR", lead=0), line(4, 86.40, "EUR", lead=14, alt="NZ-32-80-PPV-A")],
       ["alternate-part", "missing-line"])


# u751 a Grenchen precision shop, Swiss German, plain text in base64, prices in CHF (against the EUR RFQ ->
# currency-differs), above an Outlook "Von:/Gesendet:/An:/Betreff:" block quoting the buyer's German request (history).
# Pos. 1 shaft "250 Stk.", "CHF 41.20 / Stk." -> 41.20, as asked -> null; "Lieferfrist 12 Wochen" -> 84 -> Jun 15 + 84 =
# Sep 7, AFTER the Aug 28 need-by -> lead-time-after-need-by. Pos. 5 bracket sets: "Wegen der Eloxal-Charge offerieren
# wir 160 Sätze statt 150" -> quantity 160 (quantity-differs); "CHF 27.60 / Satz" -> 27.60; "10 Wochen" -> 70 (Aug 24,
# before Oct 9). "Position 3 können wir leider nicht anbieten ... Die Positionen 2 und 4 offerieren wir ebenfalls nicht"
# -> lines 2, 3, 4 declined. "Offerte gültig bis 15.07.2026" -> 2026-07-15 (not short: Jul 15 >= Jul 10); "FCA Grenchen
# (Incoterms 2020)" -> FCA. Partial.
assert plus("2026-06-15", 84) == "2026-09-07" and "2026-09-07" > "2026-08-28" and plus("2026-06-15", 70) == "2026-08-24"
blind2("u751-ch-grenchen-chf-welle-spaet-160-saetze", V.msg("Sabrina Schürch <s.schuerch@drehtechnik-leberberg.example>", "text/plain", """Grüezi Herr Albers

Vielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne offerieren wir Ihnen (Preise in CHF, exkl. MWST):

Pos. 1   SH-2231-C rev B   Antriebswelle 42CrMo4, vergütet, gedreht und geschliffen
         Menge 250 Stk.     Preis CHF 41.20 / Stk.     Lieferfrist 12 Wochen

Pos. 5   2231-004-03   Sensorhalter-Satz (Halter links + rechts, inkl. Schrauben), schwarz eloxiert
         Wegen der Eloxal-Charge offerieren wir 160 Sätze statt 150.
         Preis CHF 27.60 / Satz     Lieferfrist 10 Wochen

Position 3 können wir leider nicht anbieten (Handelsware). Die Positionen 2 und 4 offerieren wir
ebenfalls nicht, Guss und Pneumatik gehören nicht zu unserem Programm.

Lieferbedingung: FCA Grenchen (Incoterms 2020)
Zahlung: 30 Tage netto
Offerte gültig bis 15.07.2026

Freundliche Grüsse

Sabrina Schürch
Verkauf
Drehtechnik Leberberg AG
Solothurnstrasse 118, CH-2540 Grenchen
Tel. +41 32 555 01 51

Von: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Gesendet: Mittwoch, 10. Juni 2026 10:05
An: verkauf@drehtechnik-leberberg.example
Betreff: Anfrage VM-RFQ-4418 - Dreh- und Zukaufteile VL-60

Sehr geehrte Damen und Herren,

bitte senden Sie uns bis 26.06.2026 Ihr Angebot (Einzelpreis in EUR, Lieferzeit, Incoterms, Gültigkeit) für:

""" + BLIND2_REQUEST + """

Mit freundlichen Grüßen
Jonas Albers
Einkauf, Vossberg Maschinenbau GmbH, Bielefeld
""", cte="base64", subject="AW: Anfrage VM-RFQ-4418 - Dreh- und Zukaufteile VL-60"),
       "partial", "CHF", "2026-07-15", "FCA",
       [line(1, 41.20, "CHF", lead=84), nob(2), nob(3), nob(4), line(5, 27.60, "CHF", qty=160, lead=70)],
       ["currency-differs", "lead-time-after-need-by", "no-bid", "quantity-differs"])


# u752 a Paderborn system supplier pricing all five VL-60 lines, multipart/alternative (text + HTML, same content), a
# typed table Pos. / Artikel / Menge / ME / Einzelpreis EUR / Gesamtpreis EUR / Liefertermin. Shaft 36,90 -> 36.90, "8
# Wochen" -> 56 (Aug 10, before Aug 28). Housing 1.228,00 -> 1228.00, "KW 38" with "KW 38 (14.09.-18.09.2026)" below ->
# Fri Sep 18 = 95 days (before Oct 2). Fitting "438,00 /100 St." -> 4.38 (Gesamt 8.760,00), "ab Lager" -> 0. Cylinder
# DSBC-32-80-PPVA-N3 "Festo original" 98,50 -> 98.50, "ca. 3-4 Wochen" -> 28 (Jul 13, before Sep 11). Bracket set 25,40
# per Satz -> 25.40, "7 Wochen" -> 49 (Aug 3, before Oct 9). Quantities as asked -> null. "ab Werk Paderborn (EXW,
# Incoterms 2020)" -> EXW; "Angebot gültig bis 31.08.2026" -> 2026-08-31. Skonto is a payment term. EUR, every line
# priced -> parsed, no deviations.
KW38, KW38_FRI = kw(38)
assert KW38 == "KW 38 (14.09.-18.09.2026)" and days("2026-06-15", KW38_FRI) == 95 and KW38_FRI < "2026-10-02"
assert close(250 * 36.90, 9225.00) and close(25 * 1228.00, 30700.00) and close(2000 * 438.00 / 100, 8760.00)
assert close(120 * 98.50, 11820.00) and close(150 * 25.40, 3810.00) and plus("2026-06-15", 49) == "2026-08-03"
assert close(9225.00 + 30700.00 + 8760.00 + 11820.00 + 3810.00, 64315.00) and plus("2026-06-15", 28) == "2026-07-13"
U752_ROWS = [("Pos.", "Artikel", "Menge", "ME", "Einzelpreis EUR", "Gesamtpreis EUR", "Liefertermin"),
             ("1", "SH-2231-C rev B", "250", "Stk", "36,90", "9.225,00", "8 Wochen"),
             ("2", "HSG-1180-GJL", "25", "Stk", "1.228,00", "30.700,00", "KW 38"),
             ("3", "FIT-316-G12-10", "2.000", "Stk", "438,00 /100 St.", "8.760,00", "ab Lager"),
             ("4", "DSBC-32-80-PPVA-N3", "120", "Stk", "98,50", "11.820,00", "ca. 3-4 Wochen"),
             ("5", "2231-004-03", "150", "Satz", "25,40", "3.810,00", "7 Wochen"),
             ("", "Summe netto", "", "", "", "64.315,00", "")]
U752_NOTES = ["Pos. 4: Festo original. Pos. 5: je Satz ein Halter links und rechts inkl. Schrauben.",
              "Liefertermin Pos. 2: " + KW38 + ".",
              "Lieferbedingung: ab Werk Paderborn (EXW, Incoterms 2020)",
              "Zahlung: 14 Tage 2 % Skonto oder 30 Tage netto; alle Preise zzgl. MwSt.",
              "Angebot gültig bis 31.08.2026"]
U752_TEXT = """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418 - wir bieten Ihnen gerne alle fünf Positionen an:

""" + "\n".join(f"{a:<5}{b:<21}{c:>6}  {d:<5}{e:>16}  {f:>16}   {g}" for a, b, c, d, e, f, g in U752_ROWS) + "\n\n" + "\n".join(U752_NOTES) + """

Mit freundlichen Grüßen

Matthias Kögel
Geschäftsführer
Kögel Systemtechnik GmbH
Barkhauser Straße 20, 33106 Paderborn
Tel. +49 5251 555 0152 | Amtsgericht Paderborn HRB 5552"""
U752_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Albers,</p>
<p>vielen Dank für Ihre Anfrage VM-RFQ-4418 - wir bieten Ihnen gerne alle fünf Positionen an:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
""" + "\n".join("<tr>" + "".join((f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>" for i, r in enumerate(U752_ROWS)) + """
</table>
<p>""" + "<br>\n".join(U752_NOTES) + """</p>
<p>Mit freundlichen Grüßen</p>
<p>Matthias Kögel<br>Geschäftsführer<br>Kögel Systemtechnik GmbH<br>Barkhauser Straße 20, 33106 Paderborn<br>
Tel. +49 5251 555 0152 | Amtsgericht Paderborn HRB 5552</p>
</body></html>"""
blind2("u752-alt-de-paderborn-alle-fuenf-kw-38-ab-werk", V.alternative("Matthias Kögel <m.koegel@koegel-systemtechnik.example>", U752_TEXT, U752_HTML,
                                                                      "=_kst_752_alt", cte="quoted-printable",
                                                                      subject="AW: Anfrage VM-RFQ-4418"),
       "parsed", "EUR", "2026-08-31", "EXW",
       [line(1, 36.90, "EUR", lead=56), line(2, 1228.00, "EUR", lead=95), line(3, 4.38, "EUR", lead=0),
        line(4, 98.50, "EUR", lead=28), line(5, 25.40, "EUR", lead=49)],
       [])


if __name__ == "__main__":
    ROUND.write()
