#!/usr/bin/env bash
# Restores a backup of the embedded H2 database (a zip written by the application: POST /api/backups or
# the daily backup, see docs/operations.md) into a data directory, with the application STOPPED.
#
#   docker/backup/restore-h2.sh backups/cascade-20261205-013000.zip ./data
#
# A database file already in the directory is kept beside it as <file>.before-restore-<time>, never
# overwritten. Then start the application as usual: it carries on from the moment of the backup.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BACKUP_ZIP DATA_DIRECTORY" >&2
  exit 2
fi
zip="$1"
directory="$2"
[ -r "$zip" ] || { echo "cannot read the backup file $zip" >&2; exit 2; }
files=$(unzip -Z1 "$zip")
case "$files" in *.mv.db) ;; *) echo "$zip is not a backup of an H2 database (no .mv.db file inside)" >&2; exit 1 ;; esac

mkdir -p "$directory"
stamp=$(date +%Y%m%d-%H%M%S)
while read -r name; do
  if [ -e "$directory/$name" ]; then
    mv "$directory/$name" "$directory/$name.before-restore-$stamp"
    echo "kept the previous $directory/$name as $name.before-restore-$stamp" >&2
  fi
done <<< "$files"
unzip -q "$zip" -d "$directory"
echo "restored $zip into $directory"
