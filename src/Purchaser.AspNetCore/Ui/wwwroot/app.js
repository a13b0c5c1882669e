"use strict";

// The procurement team's view of Purchaser: RFQs, their quotes side by side, the vendors' threads, unmatched mail, and
// the award. Everything a vendor wrote is put on the page as text (never as markup), since vendor mail is not trusted.

const api = document.querySelector('meta[name="purchaser-api"]').content;
const keyName = "purchaser.apiKey";
const view = document.getElementById("view");
const message = document.getElementById("message");
const zeroDecimalCurrencies = new Set(["JPY", "KRW", "CLP", "ISK", "VND"]);

// append and replaceChildren with one rule set: nested lists flattened, null and false left out, strings as text.
const present = children => children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false);
const addChildren = (node, ...children) => node.append(...present(children));
const setChildren = (node, ...children) => node.replaceChildren(...present(children));

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  addChildren(node, children);
  return node;
}

function say(text, ok) {
  message.textContent = text;
  message.className = ok ? "ok" : "";
  message.hidden = !text;
}

const problemText = error => (error && error.message) || String(error);

class ApiError extends Error {}

async function send(method, path, body) {
  const key = sessionStorage.getItem(keyName);
  if (!key) throw new ApiError("Enter an API key to continue.");
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { "Authorization": `Bearer ${key}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status === 401) throw new ApiError("The API key was refused.");
  return response;
}

async function call(method, path, body) {
  const response = await send(method, path, body);
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's error page is not JSON; its status still says what happened.
  }
  if (!response.ok) throw new ApiError((data && (data.detail || data.title)) || `The server answered HTTP ${response.status}.`);
  return data;
}

const money = m => {
  if (!m) return "";
  const digits = zeroDecimalCurrencies.has(m.currency) ? 0 : 2;
  return `${Number(m.amount).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: Math.max(digits, 6) })} ${m.currency}`;
};
const days = d => d === null || d === undefined ? "" : `${d} d`;

// A newer navigation makes an older one's answer stale: it must not replace what the user opened since.
let navigation = 0;

const pageSize = 50;

const rfqRow = rfq => el("tr", {},
  el("td", {}, el("a", { href: `#/rfqs/${rfq.id}` }, rfq.number)),
  el("td", {}, rfq.title),
  el("td", {}, rfq.reference || ""),
  el("td", {}, el("span", { class: `badge status-${rfq.status}` }, rfq.status)),
  el("td", { class: "num" }, rfq.vendors.length),
  el("td", {}, rfq.responseDueAt ? new Date(rfq.responseDueAt).toLocaleString() : ""));

// A table body that grows a page at a time: the button follows the list's cursor, waits for one page before it asks for
// the next (a double click must not add a page twice), and hides when there is no more.
function pagedBody(path, page, row, attributes, label) {
  const body = el("tbody", {}, page.items.map(row));
  let cursor = page.nextCursor;
  const more = el("button", { type: "button", class: "secondary", ...attributes, hidden: !cursor, onclick: async () => {
    more.disabled = true;
    try {
      const next = await call("GET", `${path}&cursor=${encodeURIComponent(cursor)}`);
      addChildren(body, next.items.map(row));
      cursor = next.nextCursor;
      more.hidden = !cursor;
    } catch (error) {
      say(problemText(error));
    } finally {
      more.disabled = false;
    }
  } }, label);
  return { body, more };
}

const rfqStatuses = ["draft", "published", "closed", "awarded", "cancelled"];

// The list's filter lives in the address (#/?status=published&reference=SO-1&search=bracket), so it survives a reload
// and the back button.
function listFilter() {
  const query = new URLSearchParams(location.hash.startsWith("#/?") ? location.hash.slice(3) : "");
  const status = query.get("status");
  return {
    status: rfqStatuses.includes(status) ? status : "",
    reference: (query.get("reference") || "").trim(),
    search: (query.get("search") || "").trim(),
  };
}

function listQuery(filter) {
  const query = new URLSearchParams();
  if (filter.status) query.set("status", filter.status);
  if (filter.reference) query.set("reference", filter.reference);
  if (filter.search) query.set("search", filter.search);
  return query.toString();
}

function filterForm(filter) {
  const status = el("select", { id: "status-filter", name: "status" },
    el("option", { value: "" }, "All statuses"),
    rfqStatuses.map(s => el("option", { value: s, selected: s === filter.status }, s)));
  const reference = el("input", { id: "reference-filter", name: "reference", placeholder: "ERP reference", value: filter.reference });
  const search = el("input", { id: "search-filter", name: "search", type: "search", maxlength: 100, placeholder: "Number, title or reference", value: filter.search });
  return el("form", { id: "rfq-filter", class: "filter", onsubmit: event => {
    event.preventDefault();
    const query = listQuery({ status: status.value, reference: reference.value.trim(), search: search.value.trim() });
    const hash = query ? `#/?${query}` : "#/";
    if (location.hash === hash) route();
    else location.hash = hash;
  } },
    el("label", {}, "Status ", status),
    el("label", {}, "Reference ", reference),
    el("label", {}, "Search ", search),
    el("button", { type: "submit" }, "Filter"));
}

// The RFQs newest first, a page at a time: "Older RFQs" follows the list's cursor.
async function showList(current) {
  const filter = listFilter();
  const query = listQuery(filter);
  const path = `/rfqs?limit=${pageSize}${query ? `&${query}` : ""}`;
  const page = await call("GET", path);
  if (!current()) return;
  const { body, more } = pagedBody(path, page, rfqRow, { id: "more-rfqs" }, "Older RFQs");
  const filtered = Boolean(filter.status || filter.reference || filter.search);
  setChildren(view,
    el("h2", { id: "rfq-list" }, "Requests for quotation"),
    filterForm(filter),
    page.items.length === 0 ? el("p", { class: "muted", id: "no-rfqs" }, filtered ? "No RFQ matches this filter." : "No RFQs yet.") : el("table", { id: "rfqs" },
      el("thead", {}, el("tr", {}, el("th", {}, "Number"), el("th", {}, "Title"), el("th", {}, "Reference"), el("th", {}, "Status"), el("th", { class: "num" }, "Vendors"), el("th", {}, "Responses due"))),
      body),
    el("div", { class: "actions" }, more));
}

function deviationBadges(deviations) {
  return deviations.map(d => el("span", { class: "badge deviation", title: d.detail, "data-kind": d.kind }, d.kind));
}

function vendorHeader(vendor, comparison, awardable) {
  const lines = comparison.lines.length;
  const wholeAwardable = awardable && vendor.quoteRevisionId && vendor.linesPriced === lines;
  return el("th", { class: "vendor", "data-vendor": vendor.vendorId },
    el("div", {}, vendor.name),
    vendor.quoteRevisionId
      ? el("div", { class: "muted" }, `rev ${vendor.revision} · ${vendor.quoteStatus}`, vendor.currency ? ` · ${vendor.currency}` : "", vendor.incoterms ? ` · ${vendor.incoterms}` : "")
      : el("div", { class: "muted" }, `no quote yet (${vendor.invitationStatus})`),
    vendor.validUntil ? el("div", { class: "muted" }, `valid until ${vendor.validUntil}`) : null,
    vendor.quoteRevisionId ? el("div", { class: "total" }, vendor.total ? `total ${money(vendor.total)}` : "no total", ` · ${vendor.linesPriced} of ${lines} lines priced`) : null,
    vendor.reason ? el("div", { class: "muted" }, vendor.reason) : null,
    deviationBadges(vendor.deviations),
    wholeAwardable ? el("div", {}, el("button", { type: "button", class: "award-whole", onclick: () => confirmAward(comparison, { vendorId: vendor.vendorId, quoteRevisionId: vendor.quoteRevisionId }) }, "Award all lines")) : null,
    el("div", {}, el("button", { type: "button", class: "thread-open secondary", onclick: () => showThread(comparison, vendor) }, "Thread"),
      vendor.quoteId ? [" ", el("button", { type: "button", class: "history-open secondary", onclick: () => showHistory(comparison, vendor) }, "History")] : null));
}

function offerCell(line, offer, awardable) {
  const classes = ["offer", offer.lowest ? "lowest" : "", offer.awarded ? "awarded" : ""].filter(Boolean).join(" ");
  const cell = el("td", { class: classes, "data-line": line.lineNumber, "data-vendor": offer.vendorId, "data-status": offer.status });
  const quoted = offer.line;
  if (offer.status === "priced") {
    addChildren(cell,
      el("div", { class: "price" }, money(quoted.unitPrice)),
      el("div", { class: "muted" }, `ext. ${money(offer.extendedPrice)}`),
      quoted.quantity !== null && quoted.quantity !== undefined ? el("div", {}, `qty ${quoted.quantity}`) : null,
      quoted.leadTimeDays !== null && quoted.leadTimeDays !== undefined ? el("div", {}, `lead ${days(quoted.leadTimeDays)}`) : null,
      quoted.moq ? el("div", {}, `MOQ ${quoted.moq}`) : null,
      quoted.priceBreaks.length ? el("div", { class: "muted" }, quoted.priceBreaks.map(b => `${b.minQuantity}+: ${money(b.unitPrice)}`).join(" · ")) : null,
      quoted.alternatePartNumber ? el("div", {}, `alt. ${quoted.alternatePartNumber}`) : null);
  } else {
    addChildren(cell, el("span", { class: `badge status-${offer.status}` }, offer.status));
  }
  if (quoted && quoted.notes) addChildren(cell, el("div", { class: "notes muted" }, quoted.notes));
  const sources = Object.entries((quoted && quoted.sources) || {});
  if (sources.length) {
    addChildren(cell, el("details", { class: "sources" }, el("summary", {}, "read from"),
      el("dl", {}, sources.map(([field, source]) => [el("dt", {}, field), el("dd", { "data-field": field }, `“${source.text}”`, source.part !== "body" ? ` (${source.part})` : "")]))));
  }
  if (offer.lowest) addChildren(cell, el("span", { class: "badge lowest" }, "lowest"));
  if (offer.awarded) addChildren(cell, el("span", { class: "badge awarded" }, "awarded"));
  addChildren(cell, deviationBadges(offer.deviations));
  if (awardable && offer.status === "priced") {
    addChildren(cell, el("label", { class: "pick" },
      el("input", { type: "radio", name: `award-line-${line.lineNumber}`, value: offer.vendorId, checked: line.lowestVendorId === offer.vendorId }), " award this line"));
  }
  return cell;
}

function lineCell(line, awardable) {
  const anyPriced = line.offers.some(o => o.status === "priced");
  return el("td", {}, el("div", {}, line.partNumber), line.description ? el("div", { class: "muted" }, line.description) : null,
    awardable && anyPriced ? el("label", { class: "pick" },
      el("input", { type: "radio", name: `award-line-${line.lineNumber}`, value: "", checked: !line.lowestVendorId }), " leave unawarded") : null);
}

async function showComparison(id, current) {
  const [rfq, comparison] = await Promise.all([call("GET", `/rfqs/${id}`), call("GET", `/rfqs/${id}/comparison`)]);
  if (!current()) return;
  const awardable = comparison.status === "published" || comparison.status === "closed";
  setChildren(view,
    el("p", {}, el("a", { href: "#/" }, "← all RFQs")),
    el("h2", {}, `${comparison.number} · ${rfq.title}`),
    el("p", { class: "muted" }, `Status ${comparison.status} · prices per RFQ unit in ${comparison.currency}; other currencies are shown, not ranked.`),
    el("table", { id: "comparison" },
      el("thead", {}, el("tr", {},
        el("th", {}, "Line"), el("th", {}, "Part"), el("th", { class: "num" }, "Qty"), el("th", {}, "Need by"),
        comparison.vendors.map(v => vendorHeader(v, comparison, awardable)))),
      el("tbody", {}, comparison.lines.map(line => el("tr", { "data-line": line.lineNumber },
        el("td", { class: "num" }, line.lineNumber),
        lineCell(line, awardable),
        el("td", { class: "num" }, `${line.quantity} ${line.unit}`),
        el("td", {}, line.needBy || ""),
        line.offers.map(offer => offerCell(line, offer, awardable)))))),
    awardable ? el("div", { class: "actions" }, el("button", { type: "button", id: "award-lines", onclick: () => awardLines(comparison) }, "Award selected lines")) : null,
    el("div", { id: "award-confirm", hidden: true }),
    rfq.award ? el("p", { id: "award-summary" }, `Awarded ${new Date(rfq.award.awardedAt).toLocaleString()} by ${rfq.award.awardedBy.name || rfq.award.awardedBy.id}.`) : null);
}

// An award is final, so the page says exactly what it is about to award and waits for a second click.
function confirmAward(comparison, body) {
  const names = Object.fromEntries(comparison.vendors.map(v => [v.vendorId, v.name]));
  const panel = document.getElementById("award-confirm");
  const what = body.lines
    ? body.lines.map(l => `line ${l.lineNumber} to ${names[l.vendorId]}`).join(", ")
    : `every line to ${names[body.vendorId]}`;
  const unawarded = body.lines ? comparison.lines.length - body.lines.length : 0;
  setChildren(panel,
    el("p", {}, `Award ${what}?`, unawarded > 0 ? ` ${unawarded} line(s) stay unawarded and cannot be awarded later.` : "", " An award is final."),
    el("button", { type: "button", id: "award-confirm-yes", onclick: () => award(comparison, body) }, "Confirm award"), " ",
    el("button", { type: "button", class: "secondary", onclick: () => { panel.hidden = true; } }, "Cancel"));
  panel.hidden = false;
}

function awardLines(comparison) {
  const revisions = Object.fromEntries(comparison.vendors.map(v => [v.vendorId, v.quoteRevisionId]));
  const lines = comparison.lines
    .map(line => [line.lineNumber, view.querySelector(`input[name="award-line-${line.lineNumber}"]:checked`)])
    .filter(([, input]) => input && input.value)
    .map(([lineNumber, input]) => ({ lineNumber, vendorId: input.value, quoteRevisionId: revisions[input.value] }));
  if (lines.length === 0) {
    say("Choose an offer for at least one line.");
    return;
  }
  confirmAward(comparison, { lines });
}

async function award(comparison, body) {
  try {
    await call("POST", `/rfqs/${comparison.rfqId}/award`, body);
    say(`${comparison.number} is awarded.`, true);
    const mine = ++navigation;
    await showComparison(comparison.rfqId, () => mine === navigation);
  } catch (error) {
    say(problemText(error));
  }
}

// The vendor's email thread on the RFQ, where the team negotiates: every message in and out, and a reply box.
let threadNavigation = 0;

async function showThread(comparison, vendor) {
  const mine = ++threadNavigation;
  try {
    const messages = await call("GET", `/rfqs/${comparison.rfqId}/vendors/${vendor.vendorId}/messages`);
    if (mine !== threadNavigation || !document.getElementById("comparison")) return;
    const text = el("textarea", { id: "thread-text", rows: 5, required: true, placeholder: `Message to ${vendor.name}` });
    const subject = el("input", { id: "thread-subject", type: "text", placeholder: "Subject (optional)" });
    const section = el("section", { id: "thread", "data-vendor": vendor.vendorId },
      el("h3", {}, `Thread with ${vendor.name}`),
      messages.length === 0 ? el("p", { class: "muted" }, "No messages yet.") : el("ol", { class: "messages" }, messages.map(m => el("li", { class: `message ${m.direction}` },
        el("div", { class: "muted" }, `${m.direction === "inbound" ? "from" : "to"} ${m.direction === "inbound" ? (m.from || "") : m.to.join(", ")} · ${new Date(m.at).toLocaleString()} · ${m.status}`),
        m.subject ? el("div", { class: "subject" }, m.subject) : null,
        m.detail ? el("div", { class: "reason" }, m.detail) : null,
        m.suspicious ? el("span", { class: "badge status-no-bid" }, "suspicious sender") : null,
        m.text ? el("pre", {}, m.text) : null,
        m.attachments.map(a => el("button", { type: "button", class: "attachment secondary", "data-attachment": a.id,
          onclick: () => download(`/rfqs/${comparison.rfqId}/vendors/${vendor.vendorId}/messages/${m.id}/attachments/${encodeURIComponent(a.id)}`) },
          `${a.fileName || a.id} (${a.contentType}, ${a.size} bytes)`))))),
      el("form", { id: "thread-form", onsubmit: event => { event.preventDefault(); sendMessage(comparison, vendor, subject.value, text.value); } },
        subject, text, el("button", { type: "submit" }, "Send")));
    document.getElementById("thread")?.remove();
    view.append(section);
  } catch (error) {
    say(problemText(error));
  }
}

// Every revision of the vendor's quote side by side, oldest first: what changed while the team negotiated.
async function showHistory(comparison, vendor) {
  const mine = ++threadNavigation;
  try {
    const revisions = await call("GET", `/rfqs/${comparison.rfqId}/quotes/${vendor.quoteId}/revisions`);
    if (mine !== threadNavigation || !document.getElementById("comparison")) return;
    const priceOf = (revision, lineNumber) => {
      const line = revision.quote.lines.find(l => l.lineNumber === lineNumber);
      return !line ? "—" : line.noBid ? "no bid" : money(line.unitPrice);
    };
    const section = el("section", { id: "thread", "data-vendor": vendor.vendorId, class: "history" },
      el("h3", {}, `Quote history of ${vendor.name}`),
      el("table", { id: "history" },
        el("thead", {}, el("tr", {}, el("th", {}, "Line"),
          revisions.map(r => el("th", { "data-revision": r.revision }, `rev ${r.revision}`, el("div", { class: "muted" }, `${new Date(r.receivedAt).toLocaleString()} · ${r.source} · ${r.quote.status}`))))),
        el("tbody", {}, comparison.lines.map(line => el("tr", { "data-line": line.lineNumber },
          el("td", {}, `${line.lineNumber} · ${line.partNumber}`),
          revisions.map((r, i) => {
            const price = priceOf(r, line.lineNumber);
            const changed = i > 0 && price !== priceOf(revisions[i - 1], line.lineNumber);
            return el("td", { class: changed ? "changed" : null, "data-revision": r.revision }, price);
          }))))));
    document.getElementById("thread")?.remove();
    view.append(section);
  } catch (error) {
    say(problemText(error));
  }
}

// The file name the server cleaned (paths and control characters stripped) from Content-Disposition.
function fileNameOf(response) {
  const disposition = response.headers.get("Content-Disposition") || "";
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) return decodeURIComponent(extended[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : "attachment";
}

// Attachments need the API key, so they are fetched and handed to the browser as an opaque file rather than linked.
async function download(path) {
  try {
    const response = await send("GET", path);
    if (!response.ok) throw new ApiError(`The attachment could not be fetched (HTTP ${response.status}).`);
    const url = URL.createObjectURL(new Blob([await response.arrayBuffer()], { type: "application/octet-stream" }));
    const link = el("a", { href: url, download: fileNameOf(response) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    say(problemText(error));
  }
}

async function sendMessage(comparison, vendor, subject, text) {
  try {
    await call("POST", `/rfqs/${comparison.rfqId}/vendors/${vendor.vendorId}/messages`, { subject: subject || null, text });
    say(`Message to ${vendor.name} queued for sending.`, true);
    await showThread(comparison, vendor);
  } catch (error) {
    say(problemText(error));
  }
}

// Mail no RFQ or vendor could be matched to, or held as suspicious: a person reads it and says where it belongs, and
// it is read as that vendor's quote then. Each kind is its own list, a page at a time, so nothing waiting is ever cut
// off. The RFQs offered are open ones (published or closed): the newest, or those a search over number, title and
// reference finds, however many there are.
const inboxKinds = [
  { status: "unmatched", title: "Unmatched: no RFQ and vendor could be told from the message" },
  { status: "suspicious", title: "Suspicious: held back before it was read as a quote" },
];

async function showInbox(current) {
  const paths = inboxKinds.map(kind => `/inbound/messages?status=${kind.status}&limit=${pageSize}`);
  const pages = await Promise.all(paths.map(path => call("GET", path)));
  if (!current()) return;
  const names = {};
  const vendorName = async id => names[id] ??= (await call("GET", `/vendors/${id}`)).name;
  const row = inbound => {
    let rfqs = [];
    const rfq = el("select", { class: "assign-rfq", "aria-label": "RFQ" }, el("option", { value: "" }, "RFQ…"));
    const vendor = el("select", { class: "assign-vendor", "aria-label": "Vendor" }, el("option", { value: "" }, "Vendor…"));
    const find = el("input", { class: "assign-search", type: "search", maxlength: 100, placeholder: "Find RFQ", "aria-label": "Find RFQ" });
    let asked = 0;
    const offer = async () => {
      const text = find.value.trim();
      const ask = ++asked;
      try {
        const query = `limit=20${text ? `&search=${encodeURIComponent(text)}` : ""}`;
        const [published, closed] = await Promise.all([call("GET", `/rfqs?status=published&${query}`), call("GET", `/rfqs?status=closed&${query}`)]);
        if (ask !== asked) return;
        rfqs = [...published.items, ...closed.items];
        setChildren(rfq, el("option", { value: "" }, rfqs.length ? "RFQ…" : "No open RFQ matches"), rfqs.map(r => el("option", { value: r.id }, `${r.number} · ${r.title}`)));
        rfq.dataset.search = text;
        setChildren(vendor, el("option", { value: "" }, "Vendor…"));
      } catch (error) {
        say(problemText(error));
      }
    };
    let typing;
    find.addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(offer, 250);
    });
    offer();
    rfq.addEventListener("change", async () => {
      const chosen = rfqs.find(r => r.id === rfq.value);
      try {
        const options = await Promise.all((chosen ? chosen.vendors : []).map(async v => el("option", { value: v.vendorId }, await vendorName(v.vendorId))));
        setChildren(vendor, el("option", { value: "" }, "Vendor…"), options);
      } catch (error) {
        say(problemText(error));
      }
    });
    const text = el("pre", {});
    const details = el("details", {}, el("summary", {}, "read"), text);
    details.addEventListener("toggle", async () => {
      if (!details.open || text.textContent) return;
      try {
        text.textContent = (await call("GET", `/inbound/messages/${inbound.id}`)).text || "(no text)";
      } catch (error) {
        say(problemText(error));
      }
    });
    const outcome = el("span", { class: "outcome" });
    const assign = el("button", { type: "button", class: "assign", onclick: async () => {
      if (!rfq.value || !vendor.value) {
        say("Choose the RFQ and the vendor the message belongs to.");
        return;
      }
      try {
        const assigned = await call("POST", `/inbound/messages/${inbound.id}/assign`, { rfqId: rfq.value, vendorId: vendor.value });
        outcome.textContent = assigned.reason ? `${assigned.status}: ${assigned.reason}` : assigned.status;
        assign.disabled = true;
        say(`Message from ${inbound.from || "unknown sender"} assigned.`, true);
      } catch (error) {
        say(problemText(error));
      }
    } }, "Assign");
    return el("tr", { "data-message": inbound.id },
      el("td", {}, new Date(inbound.receivedAt).toLocaleString()),
      el("td", {}, inbound.from || ""),
      el("td", {}, inbound.subject || "", details),
      el("td", { class: "reason" }, inbound.reason || ""),
      el("td", {}, find, " ", rfq, " ", vendor, " ", assign, " ", outcome));
  };
  const section = (kind, index) => {
    const { body, more } = pagedBody(paths[index], pages[index], row, { "data-status": kind.status, class: "secondary more-messages" }, "Older messages");
    return el("section", { "data-status": kind.status },
      el("h3", {}, kind.title),
      pages[index].items.length === 0 ? el("p", { class: "muted" }, "None.") : el("table", {},
        el("thead", {}, el("tr", {}, el("th", {}, "Received"), el("th", {}, "From"), el("th", {}, "Subject"), el("th", {}, "Why it is here"), el("th", {}, "Belongs to"))),
        body),
      el("div", { class: "actions" }, more));
  };
  setChildren(view,
    el("h2", { id: "inbox-title" }, "Inbox: messages that need a person"),
    pages.every(page => page.items.length === 0)
      ? el("p", { class: "muted" }, "Nothing waiting: every message was matched.")
      : el("div", { id: "inbox" }, inboxKinds.map(section)));
}

async function route() {
  const mine = ++navigation;
  const current = () => mine === navigation;
  const match = /^#\/rfqs\/([0-9a-f-]{36})$/.exec(location.hash);
  try {
    if (match) await showComparison(match[1], current);
    else if (location.hash === "#/inbox") await showInbox(current);
    else await showList(current);
  } catch (error) {
    if (!current()) return;
    setChildren(view);
    say(problemText(error));
  }
}

document.getElementById("key-form").addEventListener("submit", event => {
  event.preventDefault();
  sessionStorage.setItem(keyName, document.getElementById("api-key").value.trim());
  say("");
  route();
});
window.addEventListener("hashchange", () => { say(""); route(); });
route();
