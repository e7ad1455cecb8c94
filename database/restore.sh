#!/usr/bin/env bash
# Restore a backup made by backup.sh into DATABASE_NAME (stop the CMS first).
#   database/restore.sh /var/backups/wedraw/wedraw-20261122T000000Z.sql.gz
set -euo pipefail
[ -f "${1:-}" ] || { echo "usage: $0 <backup.sql.gz>" >&2; exit 2; }
gunzip -c "$1" | MYSQL_PWD="${DATABASE_PASSWORD:-}" mysql --default-character-set=utf8mb4 \
  -h "${DATABASE_HOST:-127.0.0.1}" -P "${DATABASE_PORT:-3306}" -u "${DATABASE_USERNAME:-wedraw}" "${DATABASE_NAME:-wedraw}"
