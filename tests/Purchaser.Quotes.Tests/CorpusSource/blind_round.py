"""One blind round's cases against the three RFQs, checked and written the same way by every make_blind<N>.py from
round seven on: six against rfq-sample.json, five against rfq-blind.json, five against rfq-blind2.json."""
import datetime

from make_blind import write_case  # the corpus folder and writer
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), check_reply()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()


def close(a, b, tol=1e-9):
    """Whether two derived amounts agree (the asserts beside each case check the arithmetic with it)."""
    return abs(a - b) < tol


def plus(start, n):
    """The date n calendar days after start (both 'YYYY-MM-DD')."""
    return (datetime.date.fromisoformat(start) + datetime.timedelta(days=n)).isoformat()


def workdays(n):
    """Working (business) days as calendar days: n x 7/5, rounded up."""
    return -(-n * 7 // 5)


def days(start, end):
    """Calendar days from the Date header's date to a need-by, delivery or written date (both 'YYYY-MM-DD')."""
    return (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days


class Round:
    """Collects a round's cases in order; write() checks each and writes it into the corpus."""

    def __init__(self, first):
        self.first = first
        self.cases = []  # (name, data, expected, module)

    def case(self, mod, rfq_file, name, data, status, currency, valid, inco, lines, kinds):
        self.cases.append((name, data, {"file": name + ".eml", "rfq": rfq_file, "status": status, "currency": currency,
                                        "validUntil": valid, "incoterms": inco, "lines": lines,
                                        "deviationKinds": sorted(kinds)}, mod))

    def sample(self, *a):
        self.case(S, "rfq-sample.json", *a)

    def blind(self, *a):
        self.case(H, "rfq-blind.json", *a)

    def blind2(self, *a):
        self.case(V, "rfq-blind2.json", *a)

    def write(self):
        names = [n for n, _, _, _ in self.cases]
        expected_names = [f"u{i}" for i in range(self.first, self.first + 16)]
        assert len(self.cases) == 16 and [n.split("-")[0] for n in names] == expected_names, names
        assert [m for _, _, _, m in self.cases] == [S] * 6 + [H] * 5 + [V] * 5
        for name, data, expected, mod in self.cases:
            mod.check(expected)
            if mod is S:  # make_blind.check does not re-derive the status; the shared check does
                H.check_reply(expected, "rfq-sample.json", datetime.date(2026, 6, 5))
            write_case(name, data, expected)
        print(len(self.cases), "cases")
