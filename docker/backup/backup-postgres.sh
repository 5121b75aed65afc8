#!/usr/bin/env bash
# Backs up the application's PostgreSQL database while it runs: pg_dump takes one consistent snapshot
# (officers and jobs go on working), in pg_dump's custom format, which pg_restore reads.
#
#   PGHOST=db PGUSER=cascade PGPASSWORD=… PGDATABASE=cascade docker/backup/backup-postgres.sh [directory]
#
# The connection comes from libpq's environment (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE).
# Writes <directory>/cascade-YYYYMMDD-HHMMSS.dump (default directory: $BACKUP_DIR or ./backups), prints
# its path, and keeps the newest $BACKUP_KEEP files (default 14). Exit status 0 only when the dump is
# complete: a failed dump leaves no file behind.
set -euo pipefail

directory="${1:-${BACKUP_DIR:-./backups}}"
keep="${BACKUP_KEEP:-14}"
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSWORD as needed)}"
case "$keep" in ''|*[!0-9]*|0) echo "BACKUP_KEEP must be a positive number, was '$keep'" >&2; exit 2 ;; esac

mkdir -p "$directory"
name="cascade-$(date +%Y%m%d-%H%M%S)"
target="$directory/$name.dump"
n=2
while [ -e "$target" ]; do target="$directory/$name-$n.dump"; n=$((n + 1)); done

partial="$target.partial"
trap 'rm -f "$partial"' EXIT
pg_dump --format=custom --compress=6 --file="$partial" "$PGDATABASE"
mv "$partial" "$target"
trap - EXIT
echo "$target"

# the newest $keep backups stay; names sort by time
ls -1 "$directory" | grep -E '^cascade-[0-9]{8}-[0-9]{6}(-[0-9]+)?\.dump$' | sort -r | tail -n +"$((keep + 1))" |
  while read -r old; do rm -f "$directory/$old"; echo "deleted old backup $directory/$old" >&2; done
