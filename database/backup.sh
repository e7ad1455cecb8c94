#!/usr/bin/env bash
# Consistent logical backup of the WeDraw database (InnoDB, no table locks), gzip'd with a timestamp.
#   DATABASE_NAME=wedraw DATABASE_USERNAME=wedraw DATABASE_PASSWORD=... database/backup.sh /var/backups/wedraw
set -euo pipefail
dest=${1:-.}
mkdir -p "$dest"
file="$dest/${DATABASE_NAME:-wedraw}-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
MYSQL_PWD="${DATABASE_PASSWORD:-}" mysqldump --single-transaction --routines --triggers --default-character-set=utf8mb4 \
  -h "${DATABASE_HOST:-127.0.0.1}" -P "${DATABASE_PORT:-3306}" -u "${DATABASE_USERNAME:-wedraw}" "${DATABASE_NAME:-wedraw}" | gzip > "$file"
echo "$file"
