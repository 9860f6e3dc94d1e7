#!/usr/bin/env bash
# The long fault run: kill -9 of a restore at every one of its steps (./dozo test kills at one build step and both swaps),
# plus the fault cases of the backup path (mariadbd and the off-site store killed mid-backup run only here).
# Takes about 20 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
./mvnw -B verify -pl backing,launcher -Ddozo.faults.steps=all \
  -Dtest='AbortedRestoresAndDrillsTest,BackupFaultsTest' -Dsurefire.failIfNoSpecifiedTests=false
