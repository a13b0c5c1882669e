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

# PostgreSQL for tests/Purchaser.Storage.PostgreSql.Tests: a server on 127.0.0.1:5432 with a role purchaser/purchaser
# that may create databases (each test creates its own and drops it).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

as_postgres() {
  # From /, so psql does not complain that the postgres user cannot enter the caller's directory.
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -n -u postgres "$@"); fi
}

postgres_installed() {
  command -v pg_ctlcluster >/dev/null 2>&1 && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}

if ! postgres_installed; then
  echo "Installing PostgreSQL..."
  # Package lists are fetched only when they do not know postgresql yet (a fresh image ships without them).
  if ! apt-cache show postgresql >/dev/null 2>&1; then
    as_root apt-get update -qq
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed server (a client package alone also creates /usr/lib/postgresql/<version>).
pg_version="$(compgen -G '/usr/lib/postgresql/*/bin/postgres' | sort -V | tail -n 1 | cut -d / -f 5)"
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  as_root pg_createcluster --port 5432 "$pg_version" main >/dev/null
fi

if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" && $4 == "online" { found = 1 } END { exit !found }'; then
  as_root pg_ctlcluster "$pg_version" main start
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p 5432; then
    break
  fi
  sleep 0.5
done
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "PostgreSQL $pg_version did not answer on 127.0.0.1:5432 (see /var/log/postgresql/postgresql-$pg_version-main.log)." >&2
  exit 1
fi

# Creating or altering the role on every run keeps the password and rights as the tests expect them.
as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres >/dev/null <<'SQL'
SELECT 'CREATE ROLE purchaser' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'purchaser') \gexec
ALTER ROLE purchaser WITH LOGIN CREATEDB PASSWORD 'purchaser';
SQL

# The npm standardwebhooks package for tests/Purchaser.Client.Tests (NodeStandardWebhooksInteropTests): node and npm
# (Debian's when the machine has none), and the package at the version tests/interop-node/package-lock.json pins,
# installed again whenever the lock file changed.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Installing node and npm..."
  if ! apt-cache show nodejs >/dev/null 2>&1; then
    as_root apt-get update -qq
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
interop_node="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/interop-node"
if [ ! -f "$interop_node/node_modules/.package-lock.json" ] || [ "$interop_node/package-lock.json" -nt "$interop_node/node_modules/.package-lock.json" ]; then
  (cd "$interop_node" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
echo "Node peer: $(node --version), standardwebhooks $(node -p "require('$interop_node/node_modules/standardwebhooks/package.json').version")"

# Debian's Chromium for the procurement UI tests (tests/Purchaser.AspNetCore.Tests, ProcurementUiTests), which drive
# it headless through PuppeteerSharp; PURCHASER_CHROMIUM names another binary.
if [ -z "${PURCHASER_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing chromium..."
  if ! apt-cache show chromium >/dev/null 2>&1; then
    as_root apt-get update -qq
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
echo "Browser: $("${PURCHASER_CHROMIUM:-/usr/bin/chromium}" --version 2>/dev/null || echo "none at ${PURCHASER_CHROMIUM:-/usr/bin/chromium}")"

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

# IMAP server that pushes new mail during IDLE, for the reader's IDLE and ProcessedFolder tests in
# tests/Purchaser.Email.MailKit.Tests (smtp4dev's IMAP never pushes): Debian's dovecot-imapd, run as its own instance
# from /tmp/purchaser-dovecot, on loopback only, no TLS, users box1..box4 with password "secret" (passwd-file), maildir
# mail under /tmp/purchaser-dovecot/mail, folders INBOX and Processed. tests: PURCHASER_DOVECOT_PORT (default 10143).
DOVECOT_PORT="${PURCHASER_DOVECOT_PORT:-10143}"
DOVECOT_HOME=/tmp/purchaser-dovecot

if [ ! -x /usr/sbin/dovecot ]; then
  echo "Installing dovecot-imapd..."
  if ! apt-cache show dovecot-imapd >/dev/null 2>&1; then
    as_root apt-get update -qq
  fi
  # The package would start the system-wide dovecot on every interface; this script runs its own loopback instance,
  # so service starts are refused while installing (a policy-rc.d already there is left alone).
  policy_added=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod 755 /usr/sbin/policy-rc.d
    policy_added=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null
  if [ "$policy_added" -eq 1 ]; then
    as_root rm -f /usr/sbin/policy-rc.d
  fi
fi

if ! port_open "$DOVECOT_PORT"; then
  as_root mkdir -p "$DOVECOT_HOME/run" "$DOVECOT_HOME/state" "$DOVECOT_HOME/mail"
  as_root tee "$DOVECOT_HOME/dovecot.conf" >/dev/null <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $DOVECOT_HOME/run
state_dir = $DOVECOT_HOME/state
instance_name = purchaser-dovecot
log_path = $DOVECOT_HOME/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DOVECOT_HOME/users
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=$DOVECOT_HOME/mail/%u
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  mailbox Processed {
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $DOVECOT_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
CONF
  printf 'box%s:{PLAIN}secret\n' 1 2 3 4 | as_root tee "$DOVECOT_HOME/users" >/dev/null
  as_root chown -R dovecot:dovecot "$DOVECOT_HOME/mail"
  # A master left from an earlier run (its port gone, its pid file not) would refuse to start a second one.
  as_root doveadm -c "$DOVECOT_HOME/dovecot.conf" stop >/dev/null 2>&1 || true
  # Without the redirects the daemon would hold the caller's output open (a CI step piping this script would never end).
  as_root /usr/sbin/dovecot -c "$DOVECOT_HOME/dovecot.conf" </dev/null >/dev/null 2>&1
  for _ in $(seq 1 60); do
    if port_open "$DOVECOT_PORT"; then
      break
    fi
    sleep 0.5
  done
  if ! port_open "$DOVECOT_PORT"; then
    echo "dovecot did not open IMAP $DOVECOT_PORT; see $DOVECOT_HOME/dovecot.log" >&2
    tail -n 30 "$DOVECOT_HOME/dovecot.log" >&2 || true
    exit 1
  fi
fi
echo "IMAP with IDLE push: 127.0.0.1:$DOVECOT_PORT (dovecot, log $DOVECOT_HOME/dovecot.log)"
