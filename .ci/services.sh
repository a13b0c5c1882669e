#!/usr/bin/env bash
# Installs (on a fresh machine) and starts the services the tests need. Idempotent: safe to run again.
#
# Mail server for tests/Purchaser.Email.MailKit.Tests: smtp4dev (the dotnet tool Rnwood.Smtp4dev), which serves SMTP and
# IMAP from one process, on loopback only, with an in-memory message store:
#   SMTP  127.0.0.1:2525  (no TLS; any credentials accepted)         tests: PURCHASER_SMTP_HOST / PURCHASER_SMTP_PORT
#   IMAP  127.0.0.1:1143  (no TLS; user boxN, password "secret")     tests: PURCHASER_IMAP_HOST / PURCHASER_IMAP_PORT
#   web   http://127.0.0.1:5525 (smtp4dev's UI, for looking at what the tests sent)
# Mailboxes box1..box8 each receive mail for *@boxN.test and are what IMAP user boxN sees in its INBOX. A recipient
# whose address starts with "reject" is refused with 550. Log: /tmp/purchaser-smtp4dev/smtp4dev.log.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK (see global.json) is required." >&2
  exit 1
fi

SMTP4DEV_VERSION=3.15.0
SMTP4DEV_DIR="${PURCHASER_SMTP4DEV_DIR:-/opt/purchaser-smtp4dev}"
MAIL_HOME=/tmp/purchaser-smtp4dev
SMTP_PORT="${PURCHASER_SMTP_PORT:-2525}"
IMAP_PORT="${PURCHASER_IMAP_PORT:-1143}"
WEB_PORT=5525

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if ! port_open "$SMTP_PORT" || ! port_open "$IMAP_PORT"; then
  if [ ! -x "$SMTP4DEV_DIR/smtp4dev" ]; then
    dotnet tool install Rnwood.Smtp4dev --version "$SMTP4DEV_VERSION" --tool-path "$SMTP4DEV_DIR" >/dev/null
  fi

  mkdir -p "$MAIL_HOME"
  users="" mailboxes=""
  for n in 1 2 3 4 5 6 7 8; do
    users+="${users:+,}{ \"Username\": \"box$n\", \"Password\": \"secret\", \"DefaultMailbox\": \"box$n\" }"
    mailboxes+="${mailboxes:+,}{ \"Name\": \"box$n\", \"Recipients\": \"*@box$n.test\" }"
  done
  cat >"$MAIL_HOME/appsettings.json" <<JSON
{
  "ServerOptions": {
    "Users": [ $users ],
    "Mailboxes": [ $mailboxes ],
    "DeliverMessagesToUsersDefaultMailbox": false,
    "RecipientValidationExpression": "!recipient.toLowerCase().startsWith('reject')"
  }
}
JSON

  # setsid + nohup: the server outlives this script and the CI step that ran it.
  setsid nohup "$SMTP4DEV_DIR/smtp4dev" --baseappdatapath="$MAIL_HOME" --db="" --messagestokeep=1000 \
    --smtpport="$SMTP_PORT" --imapport="$IMAP_PORT" --pop3port="" --urls="http://127.0.0.1:$WEB_PORT" \
    --allowremoteconnections- --disableipv6 --hostname=localhost \
    </dev/null >"$MAIL_HOME/smtp4dev.log" 2>&1 &

  for _ in $(seq 1 120); do
    if port_open "$SMTP_PORT" && port_open "$IMAP_PORT"; then
      break
    fi
    sleep 0.5
  done
  if ! port_open "$SMTP_PORT" || ! port_open "$IMAP_PORT"; then
    echo "smtp4dev did not open SMTP $SMTP_PORT and IMAP $IMAP_PORT; see $MAIL_HOME/smtp4dev.log" >&2
    tail -n 30 "$MAIL_HOME/smtp4dev.log" >&2 || true
    exit 1
  fi
fi
echo "Mail server: SMTP 127.0.0.1:$SMTP_PORT, IMAP 127.0.0.1:$IMAP_PORT (smtp4dev, log $MAIL_HOME/smtp4dev.log)"
