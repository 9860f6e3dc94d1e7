#!/bin/sh
# Creates the media bucket in the bundled SeaweedFS once (the application's keys may not create or delete
# buckets) and keeps its replication rule. Safe to run on every install and upgrade.
# weed shell exits 0 even when a command fails, so every step is checked by reading the result back.
set -eu
: "${MASTERS:?}" "${FILER:?}" "${BUCKET:?}" "${REPLICATION:?}"
listed() { echo "s3.bucket.list" | weed shell -master="$MASTERS" -filer="$FILER" | awk -v b="$BUCKET" '$1 == b' | grep -q .; }
if listed; then
  echo "bucket $BUCKET exists"
else
  echo "s3.bucket.create -name $BUCKET" | weed shell -master="$MASTERS" -filer="$FILER"
  listed || { echo "bucket $BUCKET was not created" >&2; exit 1; }
  echo "bucket $BUCKET created"
fi
# s3.bucket.create has no -replication since SeaweedFS 3.10: a bucket's replication is a filer path rule.
rule="/buckets/$BUCKET/"
echo "fs.configure -locationPrefix=$rule -replication=$REPLICATION -apply" | weed shell -master="$MASTERS" -filer="$FILER"
echo "fs.configure" | weed shell -master="$MASTERS" -filer="$FILER" | grep -q "\"$rule\"" \
  || { echo "replication rule for $rule was not saved" >&2; exit 1; }
echo "bucket $BUCKET writes with replication $REPLICATION"
