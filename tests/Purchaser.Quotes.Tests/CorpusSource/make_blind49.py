#!/usr/bin/env python3
"""Writes replies u769..u784 (Corpus/u*.eml + expected u*.json) - the forty-ninth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is A FIFTH ORDINARY WEEK: ANSWERS TO A REMINDER. Each buyer sent a "friendly reminder, quotes are due
Friday" and sixteen vendors answered it, each differently: a Wisconsin distributor quoting all five lines in the
reminder thread (the reminder and the original request quoted below with "> " and ">> ") with screws per thousand and
springs per hundred; an Akron rubber-and-spring house pricing two lines now, promising two "by Wednesday" and declining
the plate, with a one-time die charge; a Michigan machine shop asking for an EXTENSION of the due date (a question, not a
quote); a Grand Rapids distributor re-sending last week's quote, forwarded with a one-line note; an Illinois distributor
(multipart/alternative) giving SHIP DATES instead of lead times, one after its need-by; a Pennsylvania fastener and
spring maker's PDF with price-break COLUMNS; a French distributor in French and EUR with a price "le mille"; a Polish
hose and O-ring maker in Polish (iso-8859-2) whose MOQ is above the quantity asked; an Illinois bearing house's XLSX
with "No Quote" rows; a Texas molder declining the whole RFQ; a Minnesota seal-kit maker's Outlook HTML with a price per
100, working days and a one-time label set-up charge; an Italian fitting and bracket maker (windows-1252); a Basque
machining shop and foundry in Spanish with break rows and a one-time pattern charge; a Dutch pneumatics distributor
offering an SMC cylinder instead of the Festo one; a Hamburg distributor's XLSX priced per price unit (PE 100); and a
Sheffield turning shop in GBP with a short validity and a first-article charge.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026); the reminders
were sent on Wed 03 Jun, Wed 10 Jun and Fri 12 Jun, the original requests on Tue 26 May, Fri 05 Jun and Mon 08 Jun.
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf, xlsx  # expected-line shapes, text-layer PDF writer, one-sheet workbook
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(769)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def quoted(text, mark=">"):
    """Quotes text the way mail clients do (mark + " " before every line, a bare mark on empty ones)."""
    return "\n".join((mark + " " + t) if t else mark for t in text.split("\n"))


# ----- the buyers' reminders and original requests, as they appear quoted below the replies (no prices) -----

SAMPLE_RFQ = """Hello,

Please quote the items below by Friday, June 12, 2026: unit price in USD, lead time, validity and Incoterms.

Line  Part number     Description                          Qty     Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 70A, 80 x 62 x 3 mm      5000    EA    2026-08-03
2     CBL-4C22-PUR    Cable 4x22 AWG shielded PUR, black   1500    M     2026-07-20
3     SCR-M4X10-A2    SHCS M4 x 10, ISO 4762, A2-70        20000   EA    2026-07-13
4     PLT-0915-R2     Motor base plate, 6082-T6            120     EA    2026-08-17
5     SPR-C0630-302   Compression spring, 302 SS           8000    EA    2026-07-27

Regards,
Nora Reyes
Purchasing, Northridge"""

SAMPLE_REMINDER = """Hi,

Friendly reminder: quotes for RFQ NR-RFQ-0619 are due Friday, June 12. If you are not planning to quote,
a short note back would help us too.

Thanks,
Nora"""

BLIND_RFQ = """Hello,

Please quote RFQ HM-RFQ-2611 (PX-200 pump line) by Friday, June 19, 2026. Unit prices in USD please.

""" + H.RFQ_TABLE + """

Best regards,
Lena Marsh
Halvorsen Manufacturing"""

BLIND_REMINDER = """Hello,

Just a friendly reminder that quotes for HM-RFQ-2611 are due Friday, June 19. Partial quotes are welcome.

Thank you,
Lena Marsh"""

BLIND2_RFQ = """Dear Sir or Madam,

please quote the following items by Friday, June 26, 2026 (unit price in EUR, delivery time, Incoterms, validity):

""" + "\n".join(f"{ln:<6}{pn:<21}{d:<44}{q:>6} {u:<5}{nb}" for ln, pn, d, q, u, nb in
                [("Pos.", "Part number", "Description", "Qty", "Unit", "Need by")] + V.RFQ_ROWS) + """

Kind regards
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH"""

BLIND2_REMINDER = """Dear Sir or Madam,

a friendly reminder: offers for VM-RFQ-4418 are due Friday, June 26. We would be glad to receive yours.

Kind regards
Jonas Albers"""

SAMPLE_SUBJECT = "RE: Friendly reminder - RFQ NR-RFQ-0619 due Friday"
BLIND_SUBJECT = "RE: Reminder: HM-RFQ-2611 quotes due Friday"
BLIND2_SUBJECT = "RE: Reminder VM-RFQ-4418 - offers due Friday"


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u769 a Wisconsin distributor answers in the reminder thread (Gmail): the reminder quoted with "> ", the original
# request (quantities and need-by dates, no prices) with ">> ". The body says screws are per thousand (/M) and springs
# per hundred (/C). Gasket "$0.188 ea", 4 wks -> 28 (Jul 3, before Aug 3). Cable "$1.39 /meter" on the metre line ->
# 1.39, 2 wks -> 14 (Jun 19, before Jul 20). Screws "$31.40 /M" -> 31.40 / 1000 = 0.0314, stock -> 0. Plate "$43.20
# ea", 6 wks -> 42 (Jul 17, before Aug 17). Springs "$7.05 /C" -> 7.05 / 100 = 0.0705, 3 wks -> 21 (Jun 26, before Jul
# 27). Quantities restated as asked -> null. "Pricing good for 30 days" -> Jun 5 + 30 = 2026-07-05 (not short); "FOB
# Waukesha, WI" -> FOB. Every line priced -> parsed, no deviations.
assert close(31.40 / 1000, 0.0314) and close(7.05 / 100, 0.0705) and plus("2026-06-05", 30) == "2026-07-05"
assert plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 21) == "2026-06-26"
sample("u769-thread-reply-per-M-screws-per-C-springs", S.msg("Greg Halverson <ghalverson@badgerstate-ind.example>", "text/plain", """Hi Nora,

Thanks for the nudge - here is our quote on NR-RFQ-0619. Heads up that our system prices the screws per
thousand (/M) and the springs per hundred (/C).

GSK-EPDM-80      5,000 ea     $0.188 ea        4 wks
CBL-4C22-PUR     1,500 m      $1.39 /meter     2 wks
SCR-M4X10-A2     20,000 ea    $31.40 /M        stock
PLT-0915-R2      120 ea       $43.20 ea        6 wks
SPR-C0630-302    8,000 ea     $7.05 /C         3 wks

Pricing good for 30 days. FOB Waukesha, WI.

Greg

--
Greg Halverson | Inside Sales
Badger State Industrial Supply
W229 N1433 Westwood Dr, Waukesha, WI 53186
262-555-0147

On Wed, Jun 3, 2026 at 8:02 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + quoted(SAMPLE_REMINDER + """

On Tue, May 26, 2026 at 10:15 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + quoted(SAMPLE_RFQ)) + "\n", subject=SAMPLE_SUBJECT),
       "parsed", "USD", "2026-07-05", "FOB",
       [line(1, 0.188, lead=28), line(2, 1.39, lead=14), line(3, 0.0314, lead=0), line(4, 43.20, lead=42),
        line(5, 0.0705, lead=21)],
       [])


# u770 an Akron rubber-and-spring house answers the reminder with what it has today: gasket "$0.179 each, 5 weeks ARO"
# -> 0.179, 35 (Jul 10, before Aug 3), plus "one-time steel rule die charge $240.00" -> note; springs "$0.0688 each,
# 6-7 weeks" -> 0.0688, upper bound 49 (Jul 24, before Jul 27). "The cable and the screws are still out with our
# suppliers - I'll send those prices by Wednesday, June 10" -> lines 2 and 3 pending, neither priced nor declined ->
# left out (missing-line); the June 10 date is no validity. "No quote on the PLT-0915-R2 base plate" -> declined.
# "Prices valid through July 15, 2026" (not short); "FCA Akron, OH" -> FCA. USD. The reminder and the original request
# sit below two Outlook "-----Original Message-----" blocks. Partial.
assert plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 49) == "2026-07-24"
sample("u770-two-now-two-by-wednesday-plate-declined", S.msg("Lisa Marchetti <lmarchetti@summit-seal-spring.example>", "text/plain", """Nora,

Got your reminder - here is what I can give you today on NR-RFQ-0619 (USD):

GSK-EPDM-80 gaskets, 5,000 pcs: $0.179 each, 5 weeks ARO.
   One-time steel rule die charge $240.00.

SPR-C0630-302 springs, 8,000 pcs: $0.0688 each, 6-7 weeks.

The cable and the screws are still out with our suppliers - I'll send those prices by Wednesday, June 10.
We don't machine, so no quote on the PLT-0915-R2 base plate.

Prices valid through July 15, 2026. FCA Akron, OH.

Regards,
Lisa Marchetti
Customer Service
Summit Seal & Spring Co.
1880 Brittain Rd, Akron, OH 44310
330-555-0129

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Wednesday, June 3, 2026 8:02 AM
To: Lisa Marchetti <lmarchetti@summit-seal-spring.example>
Subject: Friendly reminder - RFQ NR-RFQ-0619 due Friday

""" + SAMPLE_REMINDER + """

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Tuesday, May 26, 2026 10:15 AM
To: Lisa Marchetti <lmarchetti@summit-seal-spring.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + SAMPLE_RFQ + "\n", subject=SAMPLE_SUBJECT),
       "partial", "USD", "2026-07-15", "FCA",
       [line(1, 0.179, lead=35), nob(4), line(5, 0.0688, lead=49)],
       ["missing-line", "no-bid", "note"])


# u771 a Michigan machine shop answers the reminder by asking for an EXTENSION: its estimator is out until Monday June
# 8, could it have until Wednesday, June 17 to quote the plate and the rest? It prices nothing and declines nothing
# (the June dates and the quoted request's quantities are no quote) -> unparseable, no lines, no deviation kinds;
# classification "question".
sample("u771-extension-request-until-june-17", S.msg("Dale Wozniak <dwozniak@grandtraverse-machine.example>", "text/plain", """Hi Nora,

Thanks for the reminder. Our estimator who handles machined parts is out this week and back Monday, June 8,
and I don't want to send you a rushed number on the PLT-0915-R2 plate.

Would it be possible to give us until Wednesday, June 17 to quote NR-RFQ-0619? If the 12th is firm, just let me
know and I'll see what I can pull together before then.

Thanks,
Dale Wozniak
Sales Manager
Grand Traverse Machine Co.
2250 Aero Park Ct, Traverse City, MI 49686
231-555-0176

On Wed, Jun 3, 2026 at 8:02 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + quoted(SAMPLE_REMINDER) + "\n", subject=SAMPLE_SUBJECT),
       "unparseable", None, None, None, [], [])
classify("question")


# u772 a Grand Rapids distributor RE-SENDS last week's quote, forwarded (Outlook "-----Original Message-----", sent
# Thursday, May 28) with a one-line note on top ("resending ... nothing has changed"). The forwarded quote: gasket
# "$0.191 ea, 4 weeks" -> 0.191, 28 (Jul 3, before Aug 3); screws "$0.0296 ea, from stock" -> 0.0296, 0; springs
# "$0.0712 ea, 5 weeks" -> 0.0712, 35 (Jul 10, before Jul 27). "Lines 2 and 4 (cable, base plate): no quote" ->
# declined. The written "Valid until July 10, 2026" does not depend on the forwarded date (not short); "CPT Grand
# Rapids, MI" -> CPT. USD. Partial, no-bid.
assert days("2026-05-28", "2026-06-05") == 8 and plus("2026-06-05", 35) == "2026-07-10"
sample("u772-resent-last-weeks-quote-forwarded", S.msg("Paul Decker <pdecker@westmichigan-supply.example>", "text/plain", """Nora - resending our quote from last Thursday below in case it got buried; nothing has changed.

Paul Decker | West Michigan Industrial Supply | 616-555-0152

-----Original Message-----
From: Paul Decker <pdecker@westmichigan-supply.example>
Sent: Thursday, May 28, 2026 2:37 PM
To: Nora Reyes <nreyes@northridge.example>
Subject: Quote WM-Q-5512 - RFQ NR-RFQ-0619

Hi Nora,

Thank you for RFQ NR-RFQ-0619. Our quote WM-Q-5512, prices in USD:

Line 1  GSK-EPDM-80     5,000 pcs    $0.191 ea     4 weeks
Line 3  SCR-M4X10-A2    20,000 pcs   $0.0296 ea    from stock
Line 5  SPR-C0630-302   8,000 pcs    $0.0712 ea    5 weeks

Lines 2 and 4 (cable, base plate): no quote, not items we carry.

Valid until July 10, 2026. CPT Grand Rapids, MI.

Best regards,
Paul Decker
Account Manager
West Michigan Industrial Supply
4400 Clay Ave SW, Grand Rapids, MI 49548
616-555-0152
""", subject="FW: Quote WM-Q-5512 - RFQ NR-RFQ-0619"),
       "partial", "USD", "2026-07-10", "CPT",
       [line(1, 0.191, lead=28), nob(2), line(3, 0.0296, lead=0), nob(4), line(5, 0.0712, lead=35)],
       ["no-bid"])


# u773 an Illinois distributor, multipart/alternative (text + HTML, the same table), gives SHIP DATES instead of lead
# times, counted from the Date header's Fri 5 Jun: gasket $0.186, "Jul 10, 2026" -> 35 (before Aug 3); cable "$1.41/m"
# -> 1.41, "Jun 19, 2026" -> 14 (before Jul 20); screws $0.0301, "Jun 8, 2026" -> 3 (before Jul 13); plate $44.10, "Aug
# 21, 2026" -> 77, AFTER the Aug 17 need-by -> lead-time-after-need-by; springs $0.0709, "Jul 17, 2026" -> 42 (before
# Jul 27). Quantities as asked -> null. "Quote valid 45 days" -> Jun 5 + 45 = 2026-07-20 (not short); "FCA Naperville,
# IL" -> FCA. USD. Every line priced -> parsed.
assert days("2026-06-05", "2026-07-10") == 35 and days("2026-06-05", "2026-06-19") == 14
assert days("2026-06-05", "2026-06-08") == 3 and days("2026-06-05", "2026-08-21") == 77 > days("2026-06-05", "2026-08-17")
assert days("2026-06-05", "2026-07-17") == 42 and plus("2026-06-05", 45) == "2026-07-20"
U773_ROWS = [("Part #", "Qty", "Unit price", "Ship date"),
             ("GSK-EPDM-80", "5,000", "$0.186", "Jul 10, 2026"),
             ("CBL-4C22-PUR", "1,500 m", "$1.41/m", "Jun 19, 2026"),
             ("SCR-M4X10-A2", "20,000", "$0.0301", "Jun 8, 2026"),
             ("PLT-0915-R2", "120", "$44.10", "Aug 21, 2026"),
             ("SPR-C0630-302", "8,000", "$0.0709", "Jul 17, 2026")]
U773_INTRO = ("Thanks for the reminder. Our quote for NR-RFQ-0619 is below (USD). Rather than lead times we show the "
              "date each item ships from our warehouse.")
U773_TERMS = "Quote valid 45 days. FCA Naperville, IL (Incoterms 2020)."
U773_SIG = ["Maria Lindgren", "Quotations Desk", "DuPage Industrial Distributors", "1515 W. Diehl Rd, Naperville, IL 60563",
            "630-555-0194"]
U773_TEXT = ("Hi Nora,\n\n" + U773_INTRO + "\n\n"
             + "\n".join(f"{a:<16}{b:<10}{c:<12}{d}" for a, b, c, d in U773_ROWS)
             + "\n\n" + U773_TERMS + "\n\nBest,\n" + "\n".join(U773_SIG) + "\n")
U773_HTML = ("""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Hi Nora,</p>
<p>""" + U773_INTRO + """</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#A6A6A6">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#DDEBF7\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r)
                + "</tr>" for i, r in enumerate(U773_ROWS)) + """
</table>
<p>""" + U773_TERMS + """</p>
<p>Best,<br>""" + "<br>".join(U773_SIG) + """</p>
</body></html>""")
sample("u773-alt-ship-dates-plate-late", S.alternative("Maria Lindgren <mlindgren@dupage-ind.example>", U773_TEXT, U773_HTML),
       "parsed", "USD", "2026-07-20", "FCA",
       [line(1, 0.186, lead=35), line(2, 1.41, lead=14), line(3, 0.0301, lead=3), line(4, 44.10, lead=77),
        line(5, 0.0709, lead=42)],
       ["lead-time-after-need-by"])


# u774 a Pennsylvania fastener and spring maker: a short cover note ("no quote on lines 1, 2 and 4" -> declined) and a
# one-page PDF quote with price-break COLUMNS 1,000+ / 5,000+ / 10,000+ / 25,000+ ("the column for the quantity
# ordered applies"). Screws, 20,000 asked -> the 10,000+ column 0.0309; stock -> 0. Springs, 8,000 asked -> the 5,000+
# column 0.0745; 5 weeks -> 35 (Jul 10, before Jul 27). Quantities as asked -> null. "Valid until July 31, 2026" (not
# short); "FOB Allentown, PA" -> FOB. USD. Partial, no-bid.
assert 10000 <= 20000 < 25000 and 5000 <= 8000 < 10000 and plus("2026-06-05", 35) == "2026-07-10"
X774 = [40, 64, 140, 248, 292, 338, 384, 430, 478]
P774 = ([(40, 800, 14, "LEHIGH FASTENER & SPRING CO."),
         (40, 786, 8, "2750 Emmaus Ave, Allentown, PA 18103  |  610-555-0138  |  quotes@lehigh-fs.example"),
         (420, 760, 13, "QUOTATION"),
         (40, 740, 9, "To: Northridge - Nora Reyes"), (380, 740, 9, "Quote no.: LFS-Q-26117"),
         (40, 728, 9, "Your RFQ: NR-RFQ-0619"), (380, 728, 9, "Date: June 5, 2026"),
         (292, 700, 8, "Unit price USD per piece, by order quantity")]
        + row(686, X774, ["Line", "Part no.", "Description", "Qty", "1,000+", "5,000+", "10,000+", "25,000+", "Lead time"])
        + row(670, X774, ["3", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000", "0.0352", "0.0331", "0.0309", "0.0288", "Stock"])
        + row(654, X774, ["5", "SPR-C0630-302", "Comp. spring 302 SS", "8,000", "0.0812", "0.0745", "0.0698", "0.0661",
                          "5 weeks"])
        + [(40, 626, 8, "The column for the quantity ordered applies."),
           (40, 614, 8, "Terms: FOB Allentown, PA (Incoterms 2020). Payment net 30 days."),
           (40, 602, 8, "Valid until July 31, 2026."),
           (40, 560, 8, "Lehigh Fastener & Spring Co. - Ruth Kessler, Sales")])
sample("u774-pdf-break-columns-screws-springs", S.with_attachment("Ruth Kessler <rkessler@lehigh-fs.example>", """Hi Nora,

Thanks for the reminder. Our quote LFS-Q-26117 for the screws and springs is attached (PDF).

We don't make gaskets, cable or machined plates, so no quote on lines 1, 2 and 4.

Ruth Kessler
Lehigh Fastener & Spring Co.
610-555-0138""", "application/pdf", "LFS-Q-26117.pdf", pdf([check_page(P774)])),
       "partial", "USD", "2026-07-31", "FOB",
       [nob(1), nob(2), line(3, 0.0309, lead=0), nob(4), line(5, 0.0745, lead=35)],
       ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u775 a French distributor answers the reminder in French, quoted-printable, in euros ("Les prix sont en euros") ->
# EUR against the USD RFQ (currency-differs). Bearing "3,18 € la pièce - disponible sur stock" -> 3.18, 0. O-ring
# "16,40 € le mille" (per thousand) -> 0.0164, "délai 3 semaines" -> 21 (Jul 3, before Aug 17). Seal kit "29,50 € le
# kit" (kit = the RFQ's SET) -> 29.50, "délai 6 semaines" -> 42 (Jul 24, before Sep 21). "Nous ne pouvons pas coter les
# positions 1, 2 et 5" -> declined. Quantities as asked ("50 000 pièces") -> null. "Offre valable jusqu'au 31/07/2026"
# (not short); "FCA Villeurbanne" -> FCA. Reminder and request quoted below (Gmail, French header). Partial.
assert close(16.40 / 1000, 0.0164) and plus("2026-06-12", 21) == "2026-07-03" and plus("2026-06-12", 42) == "2026-07-24"
blind("u775-french-eur-orings-le-mille", H.msg("Céline Garnier <c.garnier@rhone-roulements.example>", "text/plain", """Bonjour Madame Marsh,

Suite à votre relance, voici notre offre pour votre consultation HM-RFQ-2611. Les prix sont en euros, hors TVA.

Pos. 3 - Roulement 6205-2RS C3 (BRG 6205-2RS), 400 pièces : 3,18 € la pièce - disponible sur stock
Pos. 4 - Joint torique 12 x 2 NBR 70 (OR-0120-NBR70), 50 000 pièces : 16,40 € le mille - délai 3 semaines
Pos. 6 - Kit de joints pompe PX-200 (KIT-PX200-SEAL), 150 kits : 29,50 € le kit - délai 6 semaines

Nous ne pouvons pas coter les positions 1, 2 et 5 (résine, tôle aluminium et flexible hydraulique) : ces
articles ne font pas partie de notre gamme.

Offre valable jusqu'au 31/07/2026.
Incoterm : FCA Villeurbanne (Incoterms 2020).
Paiement : 30 jours fin de mois.

Restant à votre disposition,
Cordialement,

Céline Garnier
Service commercial export
Rhône Roulements & Étanchéité SAS
14 rue du Dauphiné, 69100 Villeurbanne, France
Tél. +33 4 72 55 50 18

Le mer. 10 juin 2026 à 09:14, Lena Marsh <lmarsh@halvorsen-mfg.example> a écrit :
""" + quoted(BLIND_REMINDER + """

Le ven. 5 juin 2026 à 11:30, Lena Marsh <lmarsh@halvorsen-mfg.example> a écrit :
""" + quoted(BLIND_RFQ)) + "\n", cte="quoted-printable", subject=BLIND_SUBJECT),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 3.18, "EUR", lead=0), line(4, 0.0164, "EUR", lead=21), nob(5),
        line(6, 29.50, "EUR", lead=42)],
       ["currency-differs", "no-bid"])


# u776 a Polish hose and O-ring maker answers in Polish (iso-8859-2, quoted-printable), prices "w USD". O-ring "0,0158
# USD/szt." -> 0.0158, "4 tygodnie" -> 28 (Jul 10, before Aug 17). Hose "4,36 USD/m" on the metre line -> 4.36, "5
# tygodni" -> 35 (Jul 17, before Sep 1), quoted for the "800 m" asked (-> null) with "minimalna ilość zamówienia dla
# tego węża wynosi 1 000 m" -> moq 1000, above the 800 asked -> moq-above-quantity. "Pozycji 1, 2, 3 i 6 nie
# oferujemy" -> declined. "Ważność oferty: do 15.07.2026" (not short); "FCA Dębica" -> FCA. USD. The reminder and the
# original request sit below a Polish Outlook block ("Od: / Wysłano: / Do: / Temat:"). Partial.
assert 1000 > 800 and plus("2026-06-12", 28) == "2026-07-10" and plus("2026-06-12", 35) == "2026-07-17"
blind("u776-polish-hose-moq-above", H.msg("Krzysztof Wójcik <k.wojcik@wisloka-guma.example>", "text/plain", """Dzień dobry Pani Leno,

dziękuję za przypomnienie. W odpowiedzi na zapytanie HM-RFQ-2611 przesyłam naszą ofertę (ceny w USD, netto):

Poz. 4  OR-0120-NBR70  O-ring 12,0 x 2,0 mm NBR 70, czarny
        ilość: 50 000 szt.
        cena: 0,0158 USD/szt.
        termin dostawy: 4 tygodnie

Poz. 5  HSE-2SN-08  wąż hydrauliczny EN 853 2SN DN12
        ilość: 800 m
        cena: 4,36 USD/m
        termin dostawy: 5 tygodni
        Uwaga: minimalna ilość zamówienia dla tego węża wynosi 1 000 m.

Pozycji 1, 2, 3 i 6 nie oferujemy (nie produkujemy granulatu, blach, łożysk ani zestawów uszczelnień).

Warunki dostawy: FCA Dębica (Incoterms 2020)
Ważność oferty: do 15.07.2026
Warunki płatności: przelew 30 dni

Z poważaniem
Krzysztof Wójcik
Dział Sprzedaży Eksportowej
Zakłady Gumowe "Wisłoka" Sp. z o.o.
ul. Przemysłowa 14, 39-200 Dębica
tel. +48 14 555 01 62

-----Wiadomość oryginalna-----
Od: Lena Marsh <lmarsh@halvorsen-mfg.example>
Wysłano: środa, 10 czerwca 2026 09:14
Do: k.wojcik@wisloka-guma.example
Temat: Reminder: HM-RFQ-2611 quotes due Friday

""" + BLIND_REMINDER + """

-----Wiadomość oryginalna-----
Od: Lena Marsh <lmarsh@halvorsen-mfg.example>
Wysłano: piątek, 5 czerwca 2026 11:30
Do: k.wojcik@wisloka-guma.example
Temat: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

""" + BLIND_RFQ + "\n", charset="iso-8859-2", cte="quoted-printable", subject=BLIND_SUBJECT),
       "partial", "USD", "2026-07-15", "FCA",
       [nob(1), nob(2), nob(3), line(4, 0.0158, lead=28), line(5, 4.36, lead=35, moq=1000), nob(6)],
       ["moq-above-quantity", "no-bid"])


# u777 an Illinois bearing house: a two-line cover note ("beat the Friday deadline") with the quote validity and terms,
# and an XLSX with "No Quote" rows for the resin and the sheet (declined). Bearing 3.36, "Stock" -> 0. O-ring 0.0182,
# "2 weeks" -> 14 (Jun 26, before Aug 17). Hose 4.12 (UOM M, per metre), "3 weeks" -> 21 (Jul 3, before Sep 1). Seal kit
# 30.90 per SET, "5 weeks" -> 35 (Jul 17, before Sep 21). The Ext Price column and the total 10,185.00 are not unit
# prices. Quantities as asked -> null. "Quote expires 07/24/2026" (month first, unambiguous) -> 2026-07-24 (not short);
# "FOB Aurora, IL" -> FOB. USD. Partial, no-bid.
assert close(400 * 3.36, 1344) and close(50000 * 0.0182, 910) and close(800 * 4.12, 3296) and close(150 * 30.90, 4635)
assert close(1344 + 910 + 3296 + 4635, 10185) and plus("2026-06-12", 35) == "2026-07-17"
U777_XLSX = xlsx([
    ["Fox Valley Bearing & Supply", "", "", "Quote FV-Q-88213"],
    ["Customer: Halvorsen Manufacturing - Lena Marsh", "", "", "RFQ: HM-RFQ-2611"],
    [""],
    ["Line", "Part Number", "Description", "Qty", "UOM", "Unit Price", "Ext Price", "Lead Time", "Notes"],
    [1, "RES-PA66-GF30", "PA66 GF30 resin, black", 2500, "KG", "", "", "", "No Quote"],
    [2, "SHT-5052H32-030", "Al sheet 5052-H32 3.0x1250x2500", 90, "EA", "", "", "", "No Quote"],
    [3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3", 400, "EA", 3.36, 1344, "Stock", ""],
    [4, "OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR 70", 50000, "EA", 0.0182, 910, "2 weeks", ""],
    [5, "HSE-2SN-08", "Hyd. hose EN853 2SN 1/2in", 800, "M", 4.12, 3296, "3 weeks", "Cut to length"],
    [6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", 30.9, 4635, "5 weeks", ""],
    [""],
    ["", "", "", "", "", "Total", 10185],
])
blind("u777-xlsx-no-quote-rows", H.with_attachment("Jim Novak <jnovak@foxvalley-bearing.example>", """Lena,

Beat the Friday deadline - our quote FV-Q-88213 is attached. Prices USD, quote expires 07/24/2026, FOB Aurora, IL.

Jim Novak
Fox Valley Bearing & Supply
630-555-0117""", XLSX, "FV-Q-88213.xlsx", U777_XLSX),
       "partial", "USD", "2026-07-24", "FOB",
       [nob(1), nob(2), line(3, 3.36, lead=0), line(4, 0.0182, lead=14), line(5, 4.12, lead=21), line(6, 30.90, lead=35)],
       ["no-bid"])


# u778 a Texas molder and fabricator declines the WHOLE RFQ in answer to the reminder ("we must decline to quote
# HM-RFQ-2611 ... our schedule is full through September"), above the reminder and the original request (Outlook
# blocks, quantities and need-by dates only). Every line declined: six noBid lines, currency / validUntil / incoterms
# null, status no-bid, kinds {no-bid}.
blind("u778-texas-declines-whole-rfq", H.msg("Bobby Reyna <breyna@brazos-molding.example>", "text/plain", """Hi Lena,

Thanks for the reminder, and sorry for not getting back sooner. We must decline to quote HM-RFQ-2611 -
our molding and fabrication schedule is full through September and we could not meet your dates.

Please keep us on your list for future requests.

Regards,
Bobby Reyna
Estimating
Brazos Molding & Fabrication
3100 Industrial Blvd, Bryan, TX 77803
979-555-0163

-----Original Message-----
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Wednesday, June 10, 2026 9:14 AM
To: Bobby Reyna <breyna@brazos-molding.example>
Subject: Reminder: HM-RFQ-2611 quotes due Friday

""" + BLIND_REMINDER + """

-----Original Message-----
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Friday, June 5, 2026 11:30 AM
To: Bobby Reyna <breyna@brazos-molding.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

""" + BLIND_RFQ + "\n", subject=BLIND_SUBJECT),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# u779 a Minnesota seal-kit maker, Outlook HTML only (quoted-printable), the reminder below in a divRplyFwdMsg block.
# O-rings "$1.79 per 100 pcs" -> 1.79 / 100 = 0.0179, 4 weeks -> 28 (Jul 10, before Aug 17). Seal kits "$28.40 per
# set", "15 working days" -> 15 x 7/5 = 21 (Jul 3, before Sep 21). "One-time kit artwork and label set-up: $85.00" ->
# note. Quantities as asked -> null. Resin, sheet, bearings and hose never mentioned -> missing-line. "Quote valid 30
# days" -> Jun 12 + 30 = 2026-07-12 (not short); "CPT Minneapolis, MN" -> CPT. USD. Partial.
assert close(1.79 / 100, 0.0179) and workdays(15) == 21 and plus("2026-06-12", 30) == "2026-07-12"
blind("u779-outlook-html-orings-per-100-kit-setup", H.msg("Karen Lindahl <klindahl@northstar-sealkit.example>", "text/html", """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style></head>
<body lang=EN-US style='word-wrap:break-word'><div class=WordSection1>
<p class=MsoNormal>Hi Lena,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thanks for the reminder. Here is our quote for the O-rings and the seal kits on HM-RFQ-2611:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<ul style='margin-top:0in' type=disc>
<li class=MsoNormal><b>OR-0120-NBR70</b>, O-ring 12.0 x 2.0 NBR 70 &#8211; 50,000 pcs at $1.79 per 100 pcs, 4 weeks<o:p></o:p></li>
<li class=MsoNormal><b>KIT-PX200-SEAL</b>, PX-200 seal kit, bagged and labelled &#8211; 150 sets at $28.40 per set, 15 working days<o:p></o:p></li>
</ul>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>One-time kit artwork and label set-up: $85.00.<o:p></o:p></p>
<p class=MsoNormal>Quote valid 30 days. CPT Minneapolis, MN.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you,<o:p></o:p></p>
<p class=MsoNormal>Karen Lindahl<o:p></o:p></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#7F7F7F'>North Star Seal &amp; Kit, Inc. | 1200 Harding St NE, Minneapolis, MN 55413 | 612-555-0185<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%">
<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Lena Marsh &lt;lmarsh@halvorsen-mfg.example&gt;<br>
<b>Sent:</b> Wednesday, June 10, 2026 9:14 AM<br>
<b>To:</b> Karen Lindahl &lt;klindahl@northstar-sealkit.example&gt;<br>
<b>Subject:</b> Reminder: HM-RFQ-2611 quotes due Friday</font>
<div>&nbsp;</div></div>
<div><p class=MsoNormal>Hello,</p>
<p class=MsoNormal>Just a friendly reminder that quotes for HM-RFQ-2611 are due Friday, June 19. Partial quotes are welcome.</p>
<p class=MsoNormal>Thank you,<br>Lena Marsh</p></div>
</div></body></html>""", cte="quoted-printable", subject=BLIND_SUBJECT),
       "partial", "USD", "2026-07-12", "CPT",
       [line(4, 0.0179, lead=28), line(6, 28.40, lead=21)],
       ["missing-line", "note"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u780 an Italian fitting and bracket maker answers the reminder in Italian (windows-1252, quoted-printable), the
# reminder below an Italian Outlook block ("Da: / Inviato: / A: / Oggetto:"). Fitting "€ 3,88 cad., pronta consegna da
# magazzino" -> 3.88, stock -> 0. Bracket set "€ 23,40 al set", "consegna 10 settimane" -> 70 (Aug 24, before Oct 9).
# Quantities as asked ("2.000 pz", "150 set") -> null. "Le pos. 1, 2 e 4 ... non quotiamo" -> declined. "Validità
# offerta: 30 giorni" -> Jun 15 + 30 = 2026-07-15 (not short); "FCA Castelfranco Veneto" -> FCA. EUR. Partial, no-bid.
assert plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 30) == "2026-07-15"
blind2("u780-italian-fitting-stock-bracket-sets", V.msg("Giulia Ferraresi <g.ferraresi@veneta-raccordi.example>", "text/plain", """Buongiorno Sig. Albers,

in risposta al Suo sollecito Le inviamo la nostra offerta per la richiesta VM-RFQ-4418 (prezzi netti in euro):

Pos. 3  FIT-316-G12-10  raccordo diritto maschio G1/2 - tubo 10 mm, AISI 316L
        2.000 pz  -  € 3,88 cad.  -  pronta consegna da magazzino

Pos. 5  2231-004-03  set staffe portasensore (sx + dx, con viti), anodizzato nero
        150 set  -  € 23,40 al set  -  consegna 10 settimane

Le pos. 1, 2 e 4 non rientrano nella nostra produzione: non quotiamo.

Validità offerta: 30 giorni
Resa: FCA Castelfranco Veneto (TV), Incoterms 2020
Pagamento: 60 gg d.f.f.m.

Cordiali saluti
Giulia Ferraresi
Ufficio Commerciale
Veneta Raccordi S.r.l.
Via dell'Artigianato 22, 31033 Castelfranco Veneto (TV)
Tel. +39 0423 555 014

Da: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Inviato: venerdì 12 giugno 2026 10:02
A: info@veneta-raccordi.example
Oggetto: Reminder VM-RFQ-4418 - offers due Friday

""" + BLIND2_REMINDER + "\n", charset="windows-1252", cte="quoted-printable", subject=BLIND2_SUBJECT),
       "partial", "EUR", "2026-07-15", "FCA",
       [nob(1), nob(2), line(3, 3.88, "EUR", lead=0), nob(4), line(5, 23.40, "EUR", lead=70)],
       ["no-bid"])


# u781 a Basque machining shop and foundry answers in Spanish above the reminder and the original request (Gmail,
# "El vie, 12 jun 2026 ... escribió:", "> " and ">> "). Shaft break ROWS "100 - 249 uds 38,90 € / 250 - 499 uds 36,20 €
# / 500 uds o más 34,70 €": the 250 asked fall in the 250 - 499 row -> 36.20; "9 semanas" -> 63 (Aug 17, before Aug
# 28). Housing "25 uds a 1.168,00 €/ud" -> 1168.00, "14 semanas" -> 98 (Sep 21, before Oct 2). "Modelo de fundición
# (pago único): 2.400,00 €" -> note. "Las posiciones 3, 4 y 5 no las ofertamos" -> declined. "Validez de la oferta: 60
# días" -> Jun 15 + 60 = 2026-08-14 (not short); "EXW Azpeitia" -> EXW. EUR. Partial.
assert 250 <= 250 <= 499 and plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 98) == "2026-09-21"
assert plus("2026-06-15", 60) == "2026-08-14"
blind2("u781-spanish-shaft-break-rows-pattern", V.msg("Iñaki Etxeberria <i.etxeberria@urola-mecanizados.example>", "text/plain", """Estimado Sr. Albers:

Respondiendo a su recordatorio, le enviamos nuestra oferta para la consulta VM-RFQ-4418 (precios netos en euros):

Pos. 1  SH-2231-C rev B  Eje de accionamiento 42CrMo4, bonificado, torneado y rectificado, 30 h6 x 412 mm
        Precio según cantidad:
            100 - 249 uds       38,90 €/ud
            250 - 499 uds       36,20 €/ud
            500 uds o más       34,70 €/ud
        Plazo de entrega: 9 semanas

Pos. 2  HSG-1180-GJL  Carcasa de reductor EN-GJL-250, mecanizada completa, imprimada RAL 7035
        25 uds a 1.168,00 €/ud
        Plazo de entrega: 14 semanas
        Modelo de fundición (pago único): 2.400,00 €

Las posiciones 3, 4 y 5 no las ofertamos: no fabricamos racores, cilindros ni piezas de chapa.

Validez de la oferta: 60 días
Condiciones de entrega: EXW Azpeitia (Incoterms 2020)
Forma de pago: transferencia a 60 días fecha factura

Atentamente,

Iñaki Etxeberria
Departamento Comercial
Urola Mecanizados y Fundición, S.L.
Polígono Industrial Landeta 7, 20730 Azpeitia (Gipuzkoa)
Tel. +34 943 555 021

El vie, 12 jun 2026 a las 10:02, Jonas Albers (<j.albers@vossberg-maschinenbau.example>) escribió:
""" + quoted(BLIND2_REMINDER + """

El lun, 8 jun 2026 a las 9:40, Jonas Albers (<j.albers@vossberg-maschinenbau.example>) escribió:
""" + quoted(BLIND2_RFQ)) + "\n", subject=BLIND2_SUBJECT),
       "partial", "EUR", "2026-08-14", "EXW",
       [line(1, 36.20, "EUR", lead=63), line(2, 1168.00, "EUR", lead=98), nob(3), nob(4), nob(5)],
       ["no-bid", "note"])


# u782 a Dutch pneumatics distributor answers in Dutch, multipart/alternative (text + HTML). Fitting "2.000 st. à €
# 4,05 per stuk, levertijd: uit voorraad" -> 4.05, 0. Cylinder: "Festo voeren wij niet. Als alternatief bieden wij de
# SMC-cilinder C96SDB32-80C aan" -> alternatePartNumber C96SDB32-80C (alternate-part), "120 st. à € 68,40 per stuk,
# levertijd 2 weken" -> 68.40, 14 (Jun 29, before Sep 11). Quantities as asked -> null. Shaft, housing and bracket set
# never mentioned -> missing-line. "Geldig tot 24 juli 2026" -> 2026-07-24 (not short); "DAP Osnabrück" -> DAP. EUR.
# Partial.
assert plus("2026-06-15", 14) == "2026-06-29"
U782_ITEMS = [("Pos. 3 &ndash; FIT-316-G12-10", "Pos. 3 - FIT-316-G12-10",
               "rechte inschroefkoppeling G1/2 - 10 mm buis, RVS 316L",
               "2.000 st. à € 4,05 per stuk, levertijd: uit voorraad"),
              ("Pos. 4 &ndash; DSBC-32-80-PPVA-N3", "Pos. 4 - DSBC-32-80-PPVA-N3",
               "Festo voeren wij niet. Als alternatief bieden wij de SMC-cilinder C96SDB32-80C aan (ISO 15552, boring "
               "32 mm, slag 80 mm, instelbare demping)",
               "120 st. à € 68,40 per stuk, levertijd 2 weken")]
U782_SIG = ["Met vriendelijke groet,", "", "Ruud van Dijk", "Binnendienst", "Twente Pneumatiek B.V.",
            "Hengelosestraat 210, 7521 AK Enschede", "T +31 53 555 0147"]
U782_TEXT = ("Geachte heer Albers,\n\nDank voor uw herinnering. Hierbij onze offerte voor VM-RFQ-4418 (prijzen in EUR, "
             "excl. btw):\n\n"
             + "\n\n".join(f"{t}\n  {d}\n  {p}" for _, t, d, p in U782_ITEMS)
             + "\n\nGeldig tot 24 juli 2026. Levering DAP Osnabrück (Incoterms 2020).\n\n" + "\n".join(U782_SIG) + "\n")
U782_HTML = ("""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Geachte heer Albers,</p>
<p>Dank voor uw herinnering. Hierbij onze offerte voor VM-RFQ-4418 (prijzen in EUR, excl. btw):</p>
""" + "\n".join(f"<p><b>{h}</b><br>{d}<br>{p.replace('€', '&euro;').replace('à', '&agrave;')}</p>" for h, _, d, p in U782_ITEMS)
             + """
<p>Geldig tot 24 juli 2026. Levering DAP Osnabr&uuml;ck (Incoterms 2020).</p>
<p>""" + "<br>".join(s for s in U782_SIG if s) + """</p>
</body></html>""")
blind2("u782-dutch-smc-alternate-cylinder", V.alternative("Ruud van Dijk <r.vandijk@twente-pneumatiek.example>", U782_TEXT,
                                                         U782_HTML, "=_twente_782_alt", subject=BLIND2_SUBJECT),
       "partial", "EUR", "2026-07-24", "DAP",
       [line(3, 4.05, "EUR", lead=0), line(4, 68.40, "EUR", lead=14, alt="C96SDB32-80C")],
       ["alternate-part", "missing-line"])


# u783 a Hamburg distributor writes English and attaches an XLSX whose "PE" (price unit) column says how many pieces the
# price is for ("PE = price unit: the price is per PE pieces"). Fitting "398.00" per PE 100 -> 3.98, "ex stock" -> 0.
# Cylinder (the Festo part itself) 71.25 per PE 1, "3 weeks" -> 21 (Jul 6, before Sep 11). Shaft, housing and bracket
# set "no offer" rows -> declined. Quantities as asked -> null. Body: "valid until 24.07.2026" (not short); "FCA
# Hamburg" -> FCA. EUR. Partial, no-bid.
assert close(398.00 / 100, 3.98) and plus("2026-06-15", 21) == "2026-07-06"
U783_ROWS = [["Nordhafen Pneumatik GmbH", "", "", "Quotation AN-26-0712"],
             ["Customer: Vossberg Maschinenbau GmbH, Mr Jonas Albers", "", "", "Your enquiry: VM-RFQ-4418"],
             [],
             ["Pos.", "Your part no.", "Description", "Qty", "Unit", "Price EUR", "PE", "Delivery time", "Remark"],
             [1, "SH-2231-C rev B", "Drive shaft 42CrMo4", 250, "pcs", "", "", "", "no offer"],
             [2, "HSG-1180-GJL", "Gearbox housing EN-GJL-250", 25, "pcs", "", "", "", "no offer"],
             [3, "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", 2000, "pcs", 398, 100, "ex stock", ""],
             [4, "DSBC-32-80-PPVA-N3", "Festo ISO cylinder 32/80, PPV-A", 120, "pcs", 71.25, 1, "3 weeks", ""],
             [5, "2231-004-03", "Sensor bracket set L+R", 150, "set", "", "", "", "no offer"],
             [],
             ["PE = price unit: the price is per PE pieces."]]
blind2("u783-hamburg-xlsx-price-unit-pe-100", V.message("Henrik Brandt <h.brandt@nordhafen-pneumatik.example>", multipart("mixed", "=_nordhafen_783", [
        text_part("text/plain", """Dear Mr Albers,

thank you for your reminder. Please find attached our quotation AN-26-0712 for VM-RFQ-4418 (Excel file).
All prices in EUR net, per the price unit (PE) shown in the sheet.

Quotation valid until 24.07.2026, delivery FCA Hamburg (Incoterms 2020).

Kind regards
Henrik Brandt
Nordhafen Pneumatik GmbH
Grusonstraße 48, 22113 Hamburg
Tel. +49 40 555 0172
"""),
        file_part(XLSX, "AN-26-0712.xlsx", xlsx_book([("Angebot", U783_ROWS)]))]), subject=BLIND2_SUBJECT),
       "partial", "EUR", "2026-07-24", "FCA",
       [nob(1), nob(2), line(3, 3.98, "EUR", lead=0), line(4, 71.25, "EUR", lead=21), nob(5)],
       ["no-bid"])


# u784 a Sheffield turning shop answers in the reminder thread (Gmail, the reminder quoted with "> ") in pounds
# ("All prices in GBP") -> GBP against the EUR RFQ (currency-differs). Shaft "250 off @ £33.85 each, 8-10 weeks" ->
# 33.85, upper bound 70 (Aug 24, before Aug 28). Bracket sets "150 sets @ £21.60 per set, 6 weeks" -> 21.60, 42 (Jul 27,
# before Oct 9). "First article inspection report £150.00, one-off" -> note. "not able to offer the housing, fitting
# or cylinder (pos 2, 3 and 4)" -> declined. "valid for 21 days" -> Jun 15 + 21 = 2026-07-06, earlier than Jul 10 ->
# validity-short. "FCA Sheffield" -> FCA. Partial.
assert plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 21) == "2026-07-06" < plus("2026-06-26", 14)
blind2("u784-sheffield-gbp-short-validity-fai", V.msg("Tom Ashworth <tom.ashworth@don-valley-precision.example>", "text/plain", """Hi Jonas,

Thanks for the nudge - here's our quote for VM-RFQ-4418. All prices in GBP.

Pos 1  SH-2231-C rev B drive shaft     250 off @ £33.85 each      8-10 weeks
Pos 5  2231-004-03 bracket sets        150 sets @ £21.60 per set  6 weeks

First article inspection report £150.00, one-off.

We're not able to offer the housing, fitting or cylinder (pos 2, 3 and 4).

With steel prices moving the way they are, this quote is valid for 21 days. FCA Sheffield.

Cheers,
Tom Ashworth
Don Valley Precision Ltd
Unit 7, Attercliffe Works, Sheffield S9 3QH
0114 555 0126

On Fri, 12 Jun 2026 at 10:02, Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
""" + quoted(BLIND2_REMINDER) + "\n", subject=BLIND2_SUBJECT),
       "partial", "GBP", "2026-07-06", "FCA",
       [line(1, 33.85, "GBP", lead=70), nob(2), nob(3), nob(4), line(5, 21.60, "GBP", lead=42)],
       ["currency-differs", "no-bid", "note", "validity-short"])


if __name__ == "__main__":
    ROUND.write()
