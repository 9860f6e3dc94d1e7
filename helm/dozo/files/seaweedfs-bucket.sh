#!/bin/sh
# Creates the media bucket in the bundled SeaweedFS once (the application's keys may not create or delete
# buckets). Safe to run on every install and upgrade.
set -eu
: "${MASTERS:?}" "${FILER:?}" "${BUCKET:?}" "${REPLICATION:?}"
if echo "s3.bucket.list" | weed shell -master="$MASTERS" -filer="$FILER" | grep -qw "$BUCKET"; then
  echo "bucket $BUCKET exists"
else
  echo "s3.bucket.create -name $BUCKET -replication $REPLICATION" | weed shell -master="$MASTERS" -filer="$FILER"
  echo "s3.bucket.list" | weed shell -master="$MASTERS" -filer="$FILER" | grep -qw "$BUCKET"
  echo "bucket $BUCKET created with replication $REPLICATION"
fi
