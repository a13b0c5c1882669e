#!/usr/bin/env python3
"""Writes replies u433..u448 (Corpus/u*.eml + expected u*.json) - the twenty-eighth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json
(HM-RFQ-2611, those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the twenty-seven earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is MESSAGES AROUND THE QUOTE THAT ARE NOT QUOTES, AND QUOTES HIDING AMONG NOISE.
Seven messages are no quote at all: an Outlook out-of-office auto-reply (HTML + text, a deputy's phone numbers and
return date), an Exchange non-delivery report (multipart/report) that carries the buyer's ORIGINAL RFQ as a
message/rfc822 part with its quantities and need-by dates, an Outlook read receipt (message/disposition-notification),
a vendor's human acknowledgement ("I'll have the complete quote back to you by Friday, June 19"), a vendor asking for
an extension of the due date (classification "question"), a CRM's automatic German/English acknowledgement with a case
number and "within 2 working days", and a Postfix delay warning that carries only the original headers - each
unparseable with no lines; the non-question ones carry classification "other" and a reason starting "not a quote".
Nine are quotes hiding among noise: prices in the subject line only (body "see subject"), an Italian supplier quoting
in USD whose signature and bilingual confidentiality notice are full of registration, phone, certificate and share-
capital (EUR) numbers, a quote that also asks a question (classification "quote"), an HTML quote between a mail-gateway
"[EXTERNAL]" banner and a marketing footer full of dollar amounts, a phone reply with a JPEG photo attached and the
prices typed in the body, the same quote sent twice in one message (a text part and an identical HTML part in
multipart/mixed), a quote with a calendar invitation (.ics) attached, a quote on top of a thread whose history holds
the buyer's own out-of-office reply and the vendor's earlier question (classification "quote"), and a French HTML quote
whose "mentions légales" carry share capital, RCS, SIRET, VAT, certificate numbers and the statutory 40 € recovery fee.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import datetime

from make_corpus import line, nob  # expected-line shapes
from blind_round import Round, close, plus  # the round's cases, checked and written; date and amount helpers
from make_blind import crlf  # CRLF line endings
from make_blind5 import file_part, message, multipart, text_part  # MIME parts, a message with a round's headers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(433)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


def not_a_quote():
    """Marks the case just added as an auto-reply, bounce, receipt or acknowledgement: its reason starts 'not a quote'."""
    ROUND.cases[-1][2].update({"classification": "other", "reasonContains": "not a quote"})


def quote_kind():
    """Marks the case just added as a plain quote (classification only; the reason of a quote is not compared)."""
    ROUND.cases[-1][2].update({"classification": "quote"})


def raw_part(ctype, body):
    """A MIME part with a bare Content-Type (message/*, text/rfc822-headers), 7bit ASCII body with CRLF endings."""
    return f"Content-Type: {ctype}\n", crlf(body).encode("ascii")


def jpeg(w, h):
    """A small baseline greyscale JPEG (what a phone photo looks like to a mail parser: binary, no text): 8 x 8 blocks
    of one shade each, DC-only, with the standard DC luminance Huffman table and a one-code AC table (EOB)."""
    assert w % 8 == 0 and h % 8 == 0

    def seg(marker, payload):
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload

    dc_bits = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    dc_codes = {}  # category -> (code, length), canonical from dc_bits
    code, sym = 0, 0
    for length, count in enumerate(dc_bits, 1):
        for _ in range(count):
            dc_codes[sym] = (code, length)
            code, sym = code + 1, sym + 1
        code <<= 1
    bits = []

    def put(value, length):
        bits.extend((value >> (length - 1 - i)) & 1 for i in range(length))

    prev = 0
    for by in range(h // 8):
        for bx in range(w // 8):
            shade = 70 + (bx * 9 + by * 13 + (bx * by) % 17) % 140  # a soft diagonal gradient, like a blurry photo
            dc = shade - 128  # DC coefficient 8 x mean level-shifted, quantized by 8
            diff, prev = dc - prev, dc
            size = abs(diff).bit_length()
            put(*dc_codes[size])
            if size:
                put(diff if diff >= 0 else diff + (1 << size) - 1, size)
            put(0b00, 2)  # EOB: all AC coefficients zero
    bits.extend([1] * (-len(bits) % 8))
    scan = bytearray()
    for i in range(0, len(bits), 8):
        byte = int("".join(map(str, bits[i:i + 8])), 2)
        scan.append(byte)
        if byte == 0xFF:
            scan.append(0x00)  # byte stuffing
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    out += seg(0xDB, b"\x00" + bytes([8] + [1] * 63))
    out += seg(0xC0, b"\x08" + h.to_bytes(2, "big") + w.to_bytes(2, "big") + b"\x01\x01\x11\x00")
    out += seg(0xC4, b"\x00" + bytes(dc_bits) + bytes(range(12)))
    out += seg(0xC4, b"\x10" + bytes([0, 1] + [0] * 14) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    return out + bytes(scan) + b"\xff\xd9"


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u433 an Outlook out-of-office auto-reply (multipart/alternative, text + HTML; "Automatic reply:" subject,
# Auto-Submitted and X-Auto-Response-Suppress headers). It names the RFQ only through the subject and is full of dates
# and numbers (June 1 - June 19, back Monday June 22, a deputy's phone with extension, a 1-800 number, "orders placed
# before 2:00 PM ship same day") - none of them a price, lead time or validity. No quote -> unparseable, no lines, no
# deviation kinds; classification "other" (not a quote).
U433_TEXT = """Thank you for your email.

I am out of the office on vacation from Monday, June 1 through Friday, June 19, 2026, and will be back in the office on
Monday, June 22. I will have limited access to email during this time.

For quotations and RFQs please contact Tom Reyes in inside sales: treyes@tristate-gasket.example, 412-555-0147 ext. 3.
For order status and tracking call customer service at 1-800-555-0199, option 1. Orders placed before 2:00 PM Eastern
ship the same day.

Thank you,
Karen Holt
Account Manager | Tri-State Gasket & Seal
"""
U433_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">
<p>Thank you for your email.</p>
<p>I am out of the office on vacation from <b>Monday, June 1 through Friday, June 19, 2026</b>, and will be back in the
office on Monday, June 22. I will have limited access to email during this time.</p>
<p>For quotations and RFQs please contact Tom Reyes in inside sales:
<a href="mailto:treyes@tristate-gasket.example">treyes@tristate-gasket.example</a>, 412-555-0147 ext. 3.<br>
For order status and tracking call customer service at 1-800-555-0199, option 1. Orders placed before 2:00 PM Eastern
ship the same day.</p>
<p>Thank you,<br>Karen Holt<br>Account Manager | Tri-State Gasket &amp; Seal</p>
</div></body></html>"""
sample("u433-ooo-outlook-alt-deputy-numbers", message("sample", "Karen Holt <kholt@tristate-gasket.example>", multipart(
    "alternative", "_000_BY5PR11MB4433OOO_", [text_part("text/plain", U433_TEXT, cte="quoted-printable"),
                                              text_part("text/html", U433_HTML, cte="quoted-printable")]),
    subject="Automatic reply: RFQ NR-RFQ-0619 - Mechanical and cable parts",
    extra="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: kholt@tristate-gasket.example\n"),
       "unparseable", None, None, None, [], [])
not_a_quote()


# u434 an Exchange non-delivery report (multipart/report; report-type=delivery-status) sent to the buyer: a text part
# ("Your message to quotes@ridgeline-fastener.example couldn't be delivered", 550 5.1.10), the machine-readable
# message/delivery-status part, and the buyer's ORIGINAL RFQ as a message/rfc822 part - its table carries every part
# number, quantity (5,000 / 1,500 / 20,000 / 120 / 8,000), unit and need-by date, and its text asks for prices by
# June 12. Those are the buyer's own words: no vendor said anything, nothing is quoted -> unparseable, no lines, no
# deviation kinds (the RFQ's quantities must not become a quote); classification "other" (not a quote).
U434_NOTICE = """Your message to quotes@ridgeline-fastener.example couldn't be delivered.

quotes wasn't found at ridgeline-fastener.example.

nreyes          Office 365          quotes
Action Required                     Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is correct, contact the recipient by some other means (in person or by phone, for example) and
  confirm the address.

Diagnostic information for administrators:

Generating server: BY5PR11MB4433.namprd11.prod.outlook.example

quotes@ridgeline-fastener.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from BY5PR11MB4433.namprd11.prod.outlook.example ([fe80::5d1c:2a77:9f10:3e21]) by
 BY5PR11MB4433.namprd11.prod.outlook.example ([fe80::5d1c:2a77:9f10:3e21%6]) with mapi id 15.20.7452.028;
 Fri, 5 Jun 2026 14:11:02 +0000
From: Nora Reyes <nreyes@northridge.example>
To: "quotes@ridgeline-fastener.example" <quotes@ridgeline-fastener.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts
Date: Fri, 5 Jun 2026 14:11:02 +0000
"""
U434_STATUS = """Reporting-MTA: dns;BY5PR11MB4433.namprd11.prod.outlook.example
Received-From-MTA: dns;BY5PR11MB4433.namprd11.prod.outlook.example
Arrival-Date: Fri, 5 Jun 2026 14:11:02 +0000

Final-Recipient: rfc822;quotes@ridgeline-fastener.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
U434_ORIGINAL = """From: Nora Reyes <nreyes@northridge.example>
To: "quotes@ridgeline-fastener.example" <quotes@ridgeline-fastener.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts
Date: Fri, 5 Jun 2026 14:11:02 +0000
Message-ID: <BY5PR11MB44330619A1@BY5PR11MB4433.namprd11.prod.outlook.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Hello,

Northridge Automation invites you to quote the parts below for our AGV drive module. Please reply by Friday,
June 12, 2026 with unit price, currency, lead time, MOQ, Incoterms and the validity of your quote.

Line  Part number     Description                                     Qty     Unit  Need by
1     GSK-EPDM-80     Gasket, EPDM 70 Shore A, 80 x 62 x 3 mm         5,000   EA    2026-08-03
2     CBL-4C22-PUR    Cable 4 x 22 AWG shielded, PUR, 305 m spools    1,500   M     2026-07-20
3     SCR-M4X10-A2    SHCS M4 x 10, ISO 4762, A2-70                   20,000  EA    2026-07-13
4     PLT-0915-R2     Motor base plate, 10 mm 6082-T6                   120   EA    2026-08-17
5     SPR-C0630-302   Compression spring, 302 SS, 0.6 x 6.3 x 30 mm   8,000   EA    2026-07-27

Deliver to: Northridge Automation, 4410 Commerce Park Dr, Dayton, OH 45404.

Thank you,
Nora Reyes
Purchasing, Northridge Automation
937-555-0100
"""
sample("u434-ndr-bounce-original-rfq-attached", message(
    "sample", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northridge.example>", multipart(
        "report; report-type=delivery-status", "_c7f1d2b0-4a3e-4f5e-9b1a-0434ndr_",
        [text_part("text/plain", U434_NOTICE, charset="us-ascii", cte="7bit"),
         raw_part("message/delivery-status", U434_STATUS), raw_part("message/rfc822", U434_ORIGINAL)]),
    subject="Undeliverable: RFQ NR-RFQ-0619 - Mechanical and cable parts", extra="Auto-Submitted: auto-replied\n"),
       "unparseable", None, None, None, [], [])
not_a_quote()


# u435 the prices are in the SUBJECT line only: "RE: RFQ NR-RFQ-0619 - GSK-EPDM-80 $0.18 ea, 4 wks"; the body says
# "see subject" and carries a phone signature. Gasket "$0.18 ea" -> 0.18 USD ($ with nothing saying otherwise), "4 wks"
# -> 28 (Jun 5 + 28 = Jul 3, before Aug 3); quantity not restated -> null. The other four lines are never mentioned ->
# missing-line (not declined). No validity, no Incoterms -> null. Partial, missing-line; classification "quote".
assert plus("2026-06-05", 28) == "2026-07-03"
sample("u435-prices-in-subject-see-subject", S.msg("Ray Dunbar <rdunbar@allied-seal.example>", "text/plain", """see subject

Ray Dunbar
Allied Seal Supply | 513-555-0139

Sent from my iPhone
""", subject="RE: RFQ NR-RFQ-0619 - GSK-EPDM-80 $0.18 ea, 4 wks"),
       "partial", "USD", None, None,
       [line(1, 0.18, lead=28)],
       ["missing-line"])
quote_kind()


# u436 an Italian gasket and spring maker quoting in US DOLLARS (stated twice: "All prices are in US dollars (USD)",
# "USD ..." on each line) under a long signature and a bilingual confidentiality notice full of numbers that are no
# prices: phone / fax / mobile, "Capitale sociale € 2.500.000,00 i.v." (share capital in EUR - not the quote currency),
# R.E.A., VAT / tax numbers, SDI code, ISO 9001 / IATF 16949 / ISO 14001 certificate numbers, "D.Lgs. 196/2003",
# "Regolamento UE 2016/679". Gasket "USD 0.172 per piece, delivery 5 weeks" -> 0.172, 35 (Jun 5 + 35 = Jul 10, before
# Aug 3). Springs "USD 68.00 per 1,000 pieces, delivery 4 weeks" -> 68.00 / 1000 = 0.068, 28 (Jul 3, before Jul 27).
# "Lines 2, 3 and 4: sorry, not in our production range" -> declined. Quantities not restated -> null. "Offer valid
# until 31 July 2026" -> 2026-07-31 (not short); "FCA Milano Malpensa (Incoterms 2020)" -> FCA. Currency USD (the EUR
# of the share capital is company data). Partial, no-bid.
assert close(68.00 / 1000, 0.068) and plus("2026-06-05", 35) == "2026-07-10"
sample("u436-it-signature-disclaimer-eur-capital", S.msg("Giulia Ferraresi <g.ferraresi@mgbrianza.example>", "text/plain", """Dear Ms Reyes,

thank you for your RFQ NR-RFQ-0619. Please find our offer no. 26/0605-231 below. All prices are in US dollars (USD),
FCA Milano Malpensa (Incoterms 2020).

Line 1 - GSK-EPDM-80, EPDM gasket 80 x 62 x 3 mm: USD 0.172 per piece, delivery 5 weeks
Line 5 - SPR-C0630-302, compression spring AISI 302: USD 68.00 per 1,000 pieces, delivery 4 weeks
Lines 2, 3 and 4: sorry, not in our production range.

Offer valid until 31 July 2026.

Best regards / Cordiali saluti

Giulia Ferraresi
Export Sales Department

Molle & Guarnizioni Brianza S.p.A.
Via Monza 118 - 20900 Monza (MB) - Italy
Tel. +39 039 555 0118 - Fax +39 039 555 0119 - Mob. +39 335 555 0171
www.mgbrianza.example
Capitale sociale € 2.500.000,00 i.v. - R.E.A. MB-1555018 - Registro Imprese di Monza e Brianza
C.F. e P.IVA IT05550180962 - Codice SDI M5UXCR1
Sistema qualità certificato ISO 9001:2015 (cert. n. 55018/IT) - IATF 16949:2016 (cert. n. 0555018)
Sistema di gestione ambientale ISO 14001:2015 (cert. n. EMS-5518)

AVVISO DI RISERVATEZZA - Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e
destinate esclusivamente al destinatario indicato. Ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR),
qualsiasi utilizzo, divulgazione o copia non autorizzati sono vietati. Se avete ricevuto questo messaggio per errore,
vi preghiamo di informarci immediatamente al numero +39 039 555 0100 e di cancellarlo.

CONFIDENTIALITY NOTICE - The information in this message and in any attachments is confidential and intended only for
the named recipient. Under Legislative Decree 196/2003 and EU Regulation 2016/679 (GDPR) any unauthorised use,
disclosure or copying is prohibited. If you have received this message in error, please call +39 039 555 0100 and
delete it. Molle & Guarnizioni Brianza S.p.A. is subject to the direction and coordination of MGB Holding S.r.l.

Please consider the environment before printing this e-mail.
""", cte="quoted-printable"),
       "partial", "USD", "2026-07-31", "FCA",
       [line(1, 0.172, lead=35), nob(2), nob(3), nob(4), line(5, 0.068, lead=28)],
       ["no-bid"])


# u437 a quote that ALSO ASKS A QUESTION (is the 20,000 screws a one-time buy or annual usage - a blanket order could
# sharpen the price): it prices three lines, so it is a quote (classification "quote"), not a question. Screws
# "$29.80/M, stock" -> 29.80 / 1000 = 0.0298, 0. Plate "$41.65 ea, 5-6 weeks" -> upper bound 42 (Jun 5 + 42 = Jul 17,
# before Aug 17). Springs "$0.0702 ea, 15 working days" -> 15 x 7/5 = 21 (Jun 26, before Jul 27). Quantities restated
# as asked -> null. "Not quoting the gasket or the cable - not our line" -> lines 1 and 2 declined (named by
# description). The possible better price is an offer to talk, not a price-adjustment clause -> no note. "FOB Houston,
# TX" -> FOB; "pricing good for 30 days" from Fri 5 Jun -> 2026-07-05 (not short). Partial, no-bid.
assert close(29.80 / 1000, 0.0298) and plus("2026-06-05", 42) == "2026-07-17" and 15 * 7 / 5 == 21
assert plus("2026-06-05", 30) == "2026-07-05"
sample("u437-quote-plus-blanket-question", S.msg("Hector Ruiz <hruiz@gulfcoast-fastener.example>", "text/plain", """Hi Nora,

Pricing for NR-RFQ-0619 below, all USD:

SCR-M4X10-A2    20,000 pcs    $29.80/M      stock
PLT-0915-R2        120 pcs    $41.65 ea     5-6 weeks
SPR-C0630-302    8,000 pcs    $0.0702 ea    15 working days

Not quoting the gasket or the cable - not our line.

One question on the screws: is the 20,000 a one-time buy or your annual usage? If you can share a yearly forecast we
could set them up on a blanket order with scheduled releases and sharpen the price.

FOB Houston, TX. Pricing good for 30 days.

Thanks,
Hector Ruiz
Gulf Coast Fastener Supply
713-555-0126
"""),
       "partial", "USD", "2026-07-05", "FOB",
       [nob(1), nob(2), line(3, 0.0298, lead=0), line(4, 41.65, lead=42), line(5, 0.0702, lead=21)],
       ["no-bid"])
quote_kind()


# u438 an HTML quote between NOISE: the buyer's mail gateway put "[EXTERNAL]" in the subject and a CAUTION banner on
# top; below the signature a marketing footer ("SUMMER STOCK-UP: 15% off hydraulic fittings on web orders over $250",
# "free ground shipping on orders of $99 or more", "45,000+ SKUs", "since 1962", "99.2% order accuracy") and a virus-scan
# line - none of it about the RFQ's parts. Gasket "$0.179 each, 3 weeks" -> 0.179, 21 (Jun 26, before Aug 3); cable
# "$1.34 per metre, 1 week" on the metre line -> 1.34, 7 (Jun 12, before Jul 20); screws "$0.0310 each, in stock" ->
# 0.031, 0; plate "$46.20 each, 6 weeks" -> 46.20, 42 (Jul 17, before Aug 17); springs "$0.0715 each, 3 weeks" ->
# 0.0715, 21 (Jun 26, before Jul 27). Quantities not restated -> null. "All prices USD", "FOB Pittsburgh, PA"; "Quote
# valid through June 30, 2026" -> 2026-06-30 (not short: Jun 30 >= Jun 26). Payment "Net 30" is no deviation. All five
# priced -> parsed, no deviations.
assert plus("2026-06-05", 7) == "2026-06-12" and plus("2026-06-05", 21) == "2026-06-26"
sample("u438-html-external-banner-promo-footer", S.msg("Mike Sobczak <msobczak@three-rivers-ind.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<table width="100%" cellpadding="6" cellspacing="0" style="background:#FFF4CE;border:1px solid #E0B400"><tr><td style="font-size:9pt;color:#5C4A00">
<b>CAUTION:</b> This email originated from outside of Northridge. Do not click links or open attachments unless you
recognize the sender and know the content is safe.</td></tr></table>
<p>Hi Nora,</p>
<p>Thanks for the opportunity. Our quote Q-2606-0417 for NR-RFQ-0619:</p>
<ul>
<li>GSK-EPDM-80 EPDM gasket &ndash; $0.179 each &ndash; 3 weeks</li>
<li>CBL-4C22-PUR cable &ndash; $1.34 per metre &ndash; 1 week</li>
<li>SCR-M4X10-A2 cap screw &ndash; $0.0310 each &ndash; in stock</li>
<li>PLT-0915-R2 motor base plate &ndash; $46.20 each &ndash; 6 weeks</li>
<li>SPR-C0630-302 compression spring &ndash; $0.0715 each &ndash; 3 weeks</li>
</ul>
<p>All prices USD, FOB Pittsburgh, PA. Terms Net 30. Quote valid through June 30, 2026.</p>
<p>Best,<br>Mike Sobczak<br>Inside Sales, Three Rivers Industrial Supply<br>412-555-0108 | Fax 412-555-0109</p>
<table width="100%" cellpadding="8" cellspacing="0" style="background:#0B3D6E;color:#FFFFFF;font-size:9pt"><tr>
<td><b>SUMMER STOCK-UP:</b> 15% off hydraulic fittings on web orders over $250 &ndash; use code SUMMER15 at checkout.<br>
Free ground shipping on orders of $99 or more.</td>
<td align="right">45,000+ SKUs in stock &middot; 99.2% order accuracy &middot; Family owned since 1962</td></tr></table>
<p style="font-size:8pt;color:#808080">This message was scanned for viruses and spam by MailGuard 7.4.2.</p>
</body></html>""", subject="[EXTERNAL] RE: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "parsed", "USD", "2026-06-30", "FOB",
       [line(1, 0.179, lead=21), line(2, 1.34, lead=7), line(3, 0.031, lead=0), line(4, 46.20, lead=42),
        line(5, 0.0715, lead=21)],
       [])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u439 an Outlook READ RECEIPT (multipart/report; report-type=disposition-notification): "Your message ... was read on
# Friday, June 12, 2026 10:29:41 AM" plus the message/disposition-notification part. It repeats the RFQ subject and the
# sent date, nothing else -> unparseable, no lines, no deviation kinds; classification "other" (not a quote).
U439_TEXT = """Your message

To: Marco Bianchi
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line
Sent: Wednesday, June 10, 2026 2:47:13 PM (UTC-05:00) Eastern Time (US & Canada)

was read on Friday, June 12, 2026 10:29:41 AM (UTC-05:00) Eastern Time (US & Canada).
"""
U439_MDN = """Reporting-UA: MW4PR11MB5555.namprd11.prod.outlook.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;m.bianchi@lakeside-polymers.example
Original-Message-ID: <MN2PR05MB6611A5E3F0C8D1B2C4E7A9F2D3B40@MN2PR05MB6611.namprd05.prod.outlook.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""
blind("u439-read-receipt-mdn", message("blind", "Marco Bianchi <m.bianchi@lakeside-polymers.example>", multipart(
    "report; report-type=disposition-notification", "_004_MW4PR11MB5555RR_",
    [text_part("text/plain", U439_TEXT, charset="us-ascii", cte="7bit"),
     raw_part("message/disposition-notification", U439_MDN)]),
    subject="Read: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
      "unparseable", None, None, None, [], [])
not_a_quote()


# u440 a human ACKNOWLEDGEMENT: "Got your RFQ ... I'll have the complete quote back to you by Friday, June 19 - ahead of
# your deadline"; it mentions the 5052 sheet, the PA66 resin and the seal kit but gives no price, no lead time and no
# decline (nothing is declined, everything is still to come). No quote -> unparseable, no lines, no deviation kinds;
# classification "other" (not a quote; it asks nothing either).
blind("u440-ack-quote-by-friday", H.msg("Tom Kessler <tkessler@badgerstate-ind.example>", "text/plain", """Hi Lena,

Got your RFQ HM-RFQ-2611, thanks. I've sent the 5052 sheet and the PA66 resin out to our mills for pricing and I'm
waiting on the seal kit breakdown from our supplier, so I'll have the complete quote back to you by Friday, June 19 -
ahead of your deadline.

Have a good weekend,
Tom Kessler
Badger State Industrial Supply
414-555-0171
"""),
      "unparseable", None, None, None, [], [])
not_a_quote()


# u441 a reply typed on a phone with a PHOTO attached (image/jpeg "IMG_20260612_094412.jpg", the hose layline) and the
# prices typed in the body; the photo has no text to read. Hose "$4.38/m, 2 weeks" on the metre line -> 4.38, 14
# (Jun 12 + 14 = Jun 26, before Sep 1); "ships on 100 m reels (8 reels for your 800 m)" -> 8 x 100 = 800, the quantity
# asked -> null. Seal kit "$29.40 per kit, 4-5 weeks" (a kit is the RFQ's SET) -> 29.40, upper bound 35 (Jul 17, before
# Sep 21). "EN 853 2SN DN12 1/2" 275 bar" describes the hose. "Resin, sheet, bearings and O-rings aren't our line - no
# quote on those" -> lines 1-4 declined. "USD", "FCA Peoria IL" -> FCA; "prices firm for 60 days" from Fri 12 Jun ->
# 2026-08-11 (not short). Partial, no-bid.
assert 8 * 100 == 800 and plus("2026-06-12", 35) == "2026-07-17" and plus("2026-06-12", 60) == "2026-08-11"
U441_JPEG = jpeg(320, 240)
blind("u441-phone-photo-jpeg-prices-in-body", message("blind", "Dale Overby <doverby@prairie-hose.example>", multipart(
    "mixed", "Apple-Mail-5C2E8B41-0441", [text_part("text/plain", """Lena,

Photo attached of the hose we'd ship - layline reads EN 853 2SN DN12 1/2" 275 bar, so it matches your spec.

HSE-2SN-08 hose: $4.38/m, 2 weeks. Ships on 100 m reels (8 reels for your 800 m).
KIT-PX200-SEAL seal kit: $29.40 per kit, 4-5 weeks.

Resin, sheet, bearings and O-rings aren't our line - no quote on those.

USD, FCA Peoria IL, prices firm for 60 days.

Dale Overby
Prairie Hose & Fitting
309-555-0163

Sent from my iPhone
"""), file_part("image/jpeg", "IMG_20260612_094412.jpg", U441_JPEG)])),
      "partial", "USD", "2026-08-11", "FCA",
      [nob(1), nob(2), nob(3), nob(4), line(5, 4.38, lead=14), line(6, 29.40, lead=35)],
      ["no-bid"])


# u442 the same quote SENT TWICE in one message: multipart/mixed with a text/plain part and an identical text/html part
# (both inline, no multipart/alternative around them) - each line counts once. Resin "$4.55 / kg" on the KG line ->
# 4.55, 3 weeks -> 21 (Jun 12 + 21 = Jul 3, before Jul 20). Sheet "$142.00 / ea", 5 weeks -> 35 (Jul 17, before
# Aug 10). Bearing "no quote" -> declined. O-rings "$0.0192 / ea", stock -> 0. Hose "$4.52 / m", 3 weeks -> 21 (Jul 3,
# before Sep 1). Kit "$30.75 / set", 6 weeks -> 42 (Jul 24, before Sep 21). Quantities not restated -> null. "(USD)",
# "DAP your dock (Incoterms 2020)" -> DAP; "valid until July 17, 2026" -> 2026-07-17 (not short: Jul 17 >= Jul 3).
# Partial, no-bid.
assert plus("2026-06-12", 42) == "2026-07-24" and plus("2026-06-12", 35) == "2026-07-17"
U442_ROWS = [("1", "RES-PA66-GF30", "$4.55 / kg", "3 weeks"), ("2", "SHT-5052H32-030", "$142.00 / ea", "5 weeks"),
             ("3", "BRG 6205-2RS", "no quote", "-"), ("4", "OR-0120-NBR70", "$0.0192 / ea", "stock"),
             ("5", "HSE-2SN-08", "$4.52 / m", "3 weeks"), ("6", "KIT-PX200-SEAL", "$30.75 / set", "6 weeks")]
U442_TEXT = ("Hi Lena,\n\nQuote NW-26-3318 for HM-RFQ-2611 (USD):\n\n"
             + "\n".join(f"{a:<4}{b:<19}{c:<16}{d}" for a, b, c, d in [("Ln", "Part", "Price", "Lead")] + U442_ROWS)
             + "\n\nDAP your dock (Incoterms 2020). Quote valid until July 17, 2026.\n\n"
             "Beth Sorensen\nNorthwoods Industrial Supply\n715-555-0152\n")
U442_HTML = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:10pt\">\n<p>Hi Lena,</p>\n"
             "<p>Quote NW-26-3318 for HM-RFQ-2611 (USD):</p>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"
             + "\n".join("<tr>" + "".join(f"<{t}>{c}</{t}>" for c in r) + "</tr>"
                         for t, r in [("th", ("Ln", "Part", "Price", "Lead"))] + [("td", r) for r in U442_ROWS])
             + "\n</table>\n<p>DAP your dock (Incoterms 2020). Quote valid until July 17, 2026.</p>\n"
             "<p>Beth Sorensen<br>Northwoods Industrial Supply<br>715-555-0152</p>\n</body></html>\n")
blind("u442-text-and-identical-html-mixed", message("blind", "Beth Sorensen <bsorensen@northwoods-ind.example>", multipart(
    "mixed", "----=_NextPart_000_0442_01DCF0A1.5E3B2C40",
    [text_part("text/plain", U442_TEXT), text_part("text/html", U442_HTML)])),
      "partial", "USD", "2026-07-17", "DAP",
      [line(1, 4.55, lead=21), line(2, 142.00, lead=35), nob(3), line(4, 0.0192, lead=0), line(5, 4.52, lead=21),
       line(6, 30.75, lead=42)],
      ["no-bid"])


# u443 a short quote with a CALENDAR INVITATION attached (text/calendar; method=REQUEST, "invite.ics": DTSTART
# 20260616T190000Z, a dial-in number and PIN, "50\\,000 pcs/yr" in the description) for a call about a blanket order -
# the invitation is no quote. Bearing "BRG 6205-2RS, SKF, C3 - $3.96 each - 1 week" -> 3.96, 7 (Jun 19, before Jul 27;
# SKF is what the RFQ allows, no other part number -> no alternate). O-rings "$17.80 per M - 2 weeks" -> 17.80 / 1000 =
# 0.0178, 14 (Jun 26, before Aug 17). Quantities not restated -> null. Resin, sheet, hose and kit never mentioned ->
# missing-line. "USD", "CPT your plant" -> CPT; "valid to 7/31/2026" -> 2026-07-31 (not short). Partial, missing-line.
assert close(17.80 / 1000, 0.0178) and plus("2026-06-12", 7) == "2026-06-19" and plus("2026-06-12", 14) == "2026-06-26"
U443_ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260616T190000Z
DTEND:20260616T193000Z
DTSTAMP:20260612T142455Z
ORGANIZER;CN=Nick Lindgren:mailto:nlindgren@greatlakes-sb.example
UID:6p3r1k0v8s2m4q7t9c5e0a1b3d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Marsh:mailto:lmarsh@halvorsen-mfg.example
DESCRIPTION:Blanket order options for the O-rings on HM-RFQ-2611 (50\\,000 pcs/yr). Dial-in: +1 312-555-0190 PIN 418 223 117#
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HM-RFQ-2611 - O-ring blanket order call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
blind("u443-quote-with-calendar-invite", message("blind", "Nick Lindgren <nlindgren@greatlakes-sb.example>", multipart(
    "mixed", "000000000000a1b2c3d40443", [text_part("text/plain", """Hi Lena,

Two items from us on HM-RFQ-2611, USD:

BRG 6205-2RS, SKF, C3 - $3.96 each - 1 week
OR-0120-NBR70 - $17.80 per M - 2 weeks

CPT your plant, valid to 7/31/2026.

I'd also like to walk you through a blanket order on the O-rings, so I sent you an invite for Tuesday afternoon -
see attached.

Nick Lindgren
Great Lakes Seal & Bearing
"""), file_part("text/calendar; charset=utf-8; method=REQUEST", "invite.ics", crlf(U443_ICS).encode("utf-8"))])),
      "partial", "USD", "2026-07-31", "CPT",
      [line(3, 3.96, lead=7), line(4, 0.0178, lead=14)],
      ["missing-line"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u444 an Austrian foundry asks for an EXTENSION of the due date (26 June -> 3 July 2026) because its pattern shop is
# closed until 29 June; "if that does not work ... we will send what we have by 26 June". It prices nothing and
# declines nothing -> unparseable, no lines, no deviation kinds; classification "question".
blind2("u444-extension-request-due-date", V.msg("Stefan Brunner <s.brunner@brunner-guss.example>", "text/plain", """Dear Mr Albers,

thank you for inviting us to quote VM-RFQ-4418. For the gearbox housing HSG-1180-GJL we have to get pattern and
casting prices from our foundry partner, whose pattern shop is closed for company holidays until 29 June.

Would it be possible to extend the due date for our offer from 26 June to 3 July 2026? If that does not work for you,
please let us know and we will send what we have by 26 June.

Kind regards
Stefan Brunner
Brunner Gusstechnik GmbH
Tel. +43 7242 555 016
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u445 a CRM's automatic ACKNOWLEDGEMENT of the RFQ in German and English ("Eingangsbestätigung", Auto-Submitted:
# auto-generated): case number 2026-0615-00871, "received on 15.06.2026 at 08:04", "within 2 working days", "please
# quote the case number", a do-not-reply line and a company footer (HRB, VAT id, phone). "2 working days" is the CRM's
# response time, not a lead time. No quote -> unparseable, no lines, no deviation kinds; classification "other".
U445_BODY = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Sie ist am 15.06.2026 um 08:04 Uhr bei uns eingegangen und wurde unter der
Vorgangsnummer 2026-0615-00871 erfasst. Ein Mitarbeiter unseres Vertriebsinnendienstes meldet sich innerhalb von
2 Arbeitstagen bei Ihnen. Bitte geben Sie bei Rückfragen stets die Vorgangsnummer an.

Dear Sir or Madam,

thank you for your message. It was received on 15 June 2026 at 08:04 and logged under case number 2026-0615-00871.
A member of our inside sales team will get back to you within 2 working days. Please quote the case number in all
correspondence.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
This is an automatically generated message. Please do not reply to this e-mail.

Hansa Antriebstechnik GmbH · Billstraße 212 · 20539 Hamburg · Tel. +49 40 555 019-0
Geschäftsführer: Dr. Henrik Paulsen · Amtsgericht Hamburg HRB 155501 · USt-IdNr. DE555019012
"""
blind2("u445-crm-auto-ack-de-en-case-number", V.message(
    "Hansa Antriebstechnik Vertrieb <no-reply@hansa-antrieb.example>", text_part("text/plain", U445_BODY, cte="quoted-printable"),
    subject="Eingangsbestätigung [#2026-0615-00871] RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60",
    extra="Auto-Submitted: auto-generated\nPrecedence: bulk\nX-Auto-Response-Suppress: All\n"),
       "unparseable", None, None, None, [], [])
not_a_quote()


# u446 a quote ON TOP OF A THREAD whose history holds the vendor's earlier question (G1/2 BSPP or 1/2" NPT?), the
# buyer's own OUT-OF-OFFICE auto-reply ("out of the office until Friday, 12 June 2026", phone numbers) and the buyer's
# answer ("G1/2 ... Quantity stays at 2,000 pcs") - all quoted (">", ">>", ">>>"), none of it the vendor's offer. The
# first priced reply after the clarification -> classification "quote". Fitting "EUR 3.94 / pc, delivery 2 weeks" ->
# 3.94, 14 (Jun 15 + 14 = Jun 29, before Aug 14); "2,000 pcs" as asked -> null. Cylinder "EUR 102.60 / pc, delivery 3
# weeks (Festo original)" -> 102.60, 21 (Jul 6, before Sep 11); the RFQ's own part, no alternate. "Pos. 1, 2 and 5 ...
# no offer" -> declined. "FCA Rotterdam (Incoterms 2020)" -> FCA; "Offer valid until 31 July 2026" -> 2026-07-31 (not
# short: due Jun 26 + 14 = Jul 10). EUR. Partial, no-bid.
assert plus("2026-06-15", 14) == "2026-06-29" and plus("2026-06-15", 21) == "2026-07-06"
blind2("u446-quote-over-thread-with-buyer-ooo", V.msg("Pieter de Graaf <p.degraaf@delta-pneumatiek.example>", "text/plain", """Hello Mr Albers,

Thank you for confirming the G1/2 thread. Here is our offer for the two catalogue items of VM-RFQ-4418:

Pos. 3  FIT-316-G12-10        2,000 pcs   EUR 3.94 / pc     delivery 2 weeks
Pos. 4  DSBC-32-80-PPVA-N3      120 pcs   EUR 102.60 / pc   delivery 3 weeks (Festo original)

Pos. 1, 2 and 5 are machined parts - no offer from our side.

Delivery FCA Rotterdam (Incoterms 2020). Offer valid until 31 July 2026.

Kind regards,
Pieter de Graaf
Delta Pneumatiek B.V. | +31 10 555 0146

On Fri, 12 Jun 2026 at 09:41, Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
> Dear Mr de Graaf,
>
> the fitting is G1/2 (BSPP, cylindrical thread) as in the RFQ description - not NPT. Quantity stays at 2,000 pcs.
>
> Best regards
> Jonas Albers
> Einkauf | Vossberg Maschinenbau GmbH | Tel. +49 5241 555-0130
>
> On Thu, 11 Jun 2026 at 16:05, Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
>> Automatic reply: I am out of the office until Friday, 12 June 2026 and will answer your message after my return.
>> In urgent cases please contact our purchasing team at einkauf@vossberg-maschinenbau.example or +49 5241 555-0100.
>>
>> Ich bin bis Freitag, 12.06.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an
>> einkauf@vossberg-maschinenbau.example oder +49 5241 555-0100.
>>
>> On Thu, 11 Jun 2026 at 16:04, Pieter de Graaf <p.degraaf@delta-pneumatiek.example> wrote:
>>> Dear Mr Albers,
>>>
>>> before we quote VM-RFQ-4418: is FIT-316-G12-10 a G1/2 (BSPP) or a 1/2" NPT connector? Our catalogue has both,
>>> at different prices.
>>>
>>> Kind regards,
>>> Pieter de Graaf
""", subject="RE: RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 3.94, "EUR", lead=14), line(4, 102.60, "EUR", lead=21), nob(5)],
       ["no-bid"])
quote_kind()


# u447 a French machining shop, HTML (quoted-printable) with a grey "mentions légales" footer full of numbers that are
# no prices: "SAS au capital de 1 250 000 €", RCS / SIRET / APE / VAT numbers, ISO 9001 and EN 9100 certificate
# numbers, phone, and the statutory late-payment text ("3 fois le taux d'intérêt légal", "indemnité forfaitaire pour
# frais de recouvrement de 40 €", "art. L441-10") - a payment term, no deviation. Shaft "44,80 €" HT per piece, "8
# semaines" -> 44.80, 56 (Jun 15 + 56 = Aug 10, before Aug 28). Bracket set "13,50 € / jeu", "6 semaines" -> 13.50 per
# set, 42 (Jul 27, before Oct 9). Quantities "250" / "150 jeux" as asked -> null. "Pos. 2, 3 et 4 : pas d'offre" ->
# declined. "EXW Annecy (Incoterms 2020)" -> EXW; "offre valable jusqu'au 31/08/2026" -> 2026-08-31 (not short);
# "paiement à 45 jours fin de mois" is payment. EUR. Partial, no-bid.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 42) == "2026-07-27"
U447_TD = 'style="border:1px solid #B4C6E7;padding:3px 8px"'
U447_ROWS = [("Pos.", "Référence", "Désignation", "Qté", "Prix unitaire HT", "Délai"),
             ("1", "SH-2231-C rev B", "Arbre d'entraînement 42CrMo4, &Oslash;30 h6 x 412 mm", "250", "44,80 &euro;", "8 semaines"),
             ("5", "2231-004-03", "Jeu de supports capteur G+D, EN AW-6082 T6 anodisé noir", "150 jeux", "13,50 &euro; / jeu", "6 semaines")]
blind2("u447-fr-html-mentions-legales", V.msg("Julien Faure <j.faure@upra-usinage.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Bonjour Monsieur Albers,</p>
<p>Suite à votre demande VM-RFQ-4418, veuillez trouver ci-dessous notre offre n° UPRA-26-0615-07 (prix en euros, hors taxes) :</p>
<table cellspacing="0" style="border-collapse:collapse;font-size:10pt">
{chr(10).join("<tr>" + "".join(f"<td {U447_TD}>{c}</td>" for c in r) + "</tr>" for r in U447_ROWS)}
</table>
<p>Pos. 2, 3 et 4 : pas d'offre (fonderie et pièces catalogue hors de notre activité).</p>
<p>Conditions : EXW Annecy (Incoterms 2020) &ndash; paiement à 45 jours fin de mois &ndash; offre valable jusqu'au 31/08/2026.</p>
<p>Cordialement / Best regards,<br>Julien Faure<br>Responsable commercial</p>
<p style="font-size:8pt;color:#808080">UPRA &ndash; Usinage de Précision Rhône-Alpes, SAS au capital de 1 250 000 &euro; &ndash;
14 rue des Usines, 74000 Annecy &ndash; Tél. +33 4 50 55 01 82<br>
RCS Annecy 555 018 244 &ndash; SIRET 555 018 244 00027 &ndash; APE 2562B &ndash; TVA intracommunautaire FR55555018244<br>
Certifiée ISO 9001:2015 (certificat n° FR055518-1) et EN 9100:2018 (certificat n° FR055519-2)<br>
Mentions légales : en cas de retard de paiement, pénalités au taux de 3 fois le taux d'intérêt légal et indemnité
forfaitaire pour frais de recouvrement de 40 &euro; (art. L441-10 du Code de commerce).<br>
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. This message and any
attachments are confidential and intended solely for the addressee.</p>
</body></html>""", cte="quoted-printable"),
       "partial", "EUR", "2026-08-31", "EXW",
       [line(1, 44.80, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 13.50, "EUR", lead=42)],
       ["no-bid"])


# u448 a Postfix DELAY WARNING to the buyer (multipart/report; report-type=delivery-status, Action: delayed, Status
# 4.4.1, "THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE", "could not be delivered for 1.0 hours",
# "retried until it is 5.0 days old") carrying only the original RFQ's headers (text/rfc822-headers). Nobody quoted
# anything -> unparseable, no lines, no deviation kinds; classification "other" (not a quote).
U448_NOTICE = """This is the mail system at host mx2.vossberg-maschinenbau.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 1.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ventas@mecanica-tarragona.example>: connect to
    mx.mecanica-tarragona.example[203.0.113.45]:25: Connection timed out
"""
U448_STATUS = """Reporting-MTA: dns; mx2.vossberg-maschinenbau.example
X-Postfix-Queue-ID: 4gK2x71Qz3z9sWq
X-Postfix-Sender: rfc822; j.albers@vossberg-maschinenbau.example
Arrival-Date: Mon, 15 Jun 2026 07:02:51 +0200 (CEST)

Final-Recipient: rfc822; ventas@mecanica-tarragona.example
Original-Recipient: rfc822;ventas@mecanica-tarragona.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.mecanica-tarragona.example[203.0.113.45]:25:
    Connection timed out
Will-Retry-Until: Sat, 20 Jun 2026 07:02:51 +0200 (CEST)
"""
U448_HEADERS = """Return-Path: <j.albers@vossberg-maschinenbau.example>
Received: from ws-einkauf-07.vossberg.local (ws-einkauf-07.vossberg.local [10.20.4.57])
\tby mx2.vossberg-maschinenbau.example (Postfix) with ESMTPSA id 4gK2x71Qz3z9sWq
\tfor <ventas@mecanica-tarragona.example>; Mon, 15 Jun 2026 07:02:51 +0200 (CEST)
From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
To: ventas@mecanica-tarragona.example
Subject: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60
Date: Mon, 15 Jun 2026 07:02:49 +0200
Message-ID: <5d2a7c0e-4418-4b8f-9a31-7e0c1f2b6d90@vossberg-maschinenbau.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------0J5c8VQk2nLx0b4Rr7s1yT3e"
"""
blind2("u448-postfix-delay-warning-headers-only", V.message(
    "Mail Delivery System <MAILER-DAEMON@mx2.vossberg-maschinenbau.example>", multipart(
        "report; report-type=delivery-status", "4gK2x71Qz3z9sWq.1781500371/mx2.vossberg-maschinenbau.example",
        [text_part("text/plain", U448_NOTICE, charset="us-ascii", cte="7bit"),
         raw_part("message/delivery-status", U448_STATUS), raw_part("text/rfc822-headers", U448_HEADERS)]),
    subject="Delayed Mail (still being retried)", extra="Auto-Submitted: auto-replied\n"),
       "unparseable", None, None, None, [], [])
not_a_quote()


if __name__ == "__main__":
    ROUND.write()
