#!/bin/sh
# Dozo off-site check, run before every install and upgrade: the backup bucket must keep every version
# (versioning) and lock each one in COMPLIANCE mode for at least MIN_DAYS days, so neither the application's,
# the operator's nor the backup writer's credentials can delete a backup. The release fails otherwise.
#
# Environment: BUCKET, ENDPOINT_URL, MIN_DAYS, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION.
set -eu
: "${BUCKET:?}" "${ENDPOINT_URL:?}" "${MIN_DAYS:?}"
fail() { echo "off-site check FAILED for s3://$BUCKET at $ENDPOINT_URL: $*" >&2; exit 1; }

versioning=$(aws --endpoint-url "$ENDPOINT_URL" s3api get-bucket-versioning --bucket "$BUCKET" \
  --query Status --output text) || fail "cannot read the bucket's versioning (wrong endpoint, bucket or keys?)"
[ "$versioning" = "Enabled" ] || fail "versioning is '$versioning', must be Enabled"

lock=$(aws --endpoint-url "$ENDPOINT_URL" s3api get-object-lock-configuration --bucket "$BUCKET" \
  --query 'ObjectLockConfiguration.[ObjectLockEnabled,Rule.DefaultRetention.Mode,Rule.DefaultRetention.Days,Rule.DefaultRetention.Years]' \
  --output text) || fail "the bucket has no Object Lock configuration (create it with Object Lock enabled)"
read -r enabled mode days years <<EOF
$lock
EOF
[ "$enabled" = "Enabled" ] || fail "Object Lock is '$enabled', must be Enabled"
[ "$mode" = "COMPLIANCE" ] || fail "default retention mode is '$mode', must be COMPLIANCE"
[ "$days" = "None" ] && days=0
[ "$years" = "None" ] && years=0
[ $((days + years * 365)) -ge "$MIN_DAYS" ] || fail "default retention is $days days/$years years, must be >= $MIN_DAYS days"
echo "off-site bucket s3://$BUCKET: versioning Enabled, Object Lock COMPLIANCE for $days days/$years years"
