#!/bin/sh
# Dozo media mirror: copies new media objects from the media bucket to the off-site bucket (or back, for a
# restore). Media are immutable and content-addressed, so this is a copy that never overwrites (--immutable)
# and never deletes: a mistaken delete in the shop cannot reach the off-site copy.
#
# Environment: SOURCE and DESTINATION (rclone remote:bucket/path), RCLONE.
set -eu
: "${SOURCE:?}" "${DESTINATION:?}"
RCLONE=${RCLONE:-rclone}
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) media-mirror: $SOURCE -> $DESTINATION"
exec "$RCLONE" copy "$SOURCE" "$DESTINATION" --immutable --s3-no-check-bucket --checksum --stats-one-line --stats 0
