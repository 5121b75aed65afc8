#!/usr/bin/env bash
# Restores a backup written by backup-postgres.sh into a NEW database, then the application is started
# on that database (CASCADE_DB_URL=jdbc:postgresql://host:5432/<database>): it finds its tables, its
# running cascades and their jobs where they were at the moment of the backup.
#
#   PGHOST=db PGUSER=cascade PGPASSWORD=… docker/backup/restore-postgres.sh backups/cascade-….dump cascade_restored
#
# Refuses to write into a database that already has tables (restore into a fresh one, check it, then
# point the application at it); creates the database when it does not exist. Stops at the first error.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BACKUP_FILE NEW_DATABASE" >&2
  exit 2
fi
file="$1"
database="$2"
[ -r "$file" ] || { echo "cannot read the backup file $file" >&2; exit 2; }
case "$database" in *[!a-zA-Z0-9_]*|'') echo "database name must be letters, digits and _ only, was '$database'" >&2; exit 2 ;; esac

exists=$(psql -d postgres -qAt -c "select 1 from pg_database where datname = '$database'")
if [ "$exists" = "1" ]; then
  tables=$(psql -d "$database" -qAt -c "select count(*) from information_schema.tables where table_schema = 'public'")
  if [ "$tables" != "0" ]; then
    echo "database $database already has $tables tables: restore into a new database" >&2
    exit 1
  fi
else
  createdb "$database"
fi
pg_restore --exit-on-error --no-owner --dbname="$database" "$file"
echo "restored $file into $database"
