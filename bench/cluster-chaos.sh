#!/usr/bin/env bash
# The long chaos run of ./dozo up --cluster: the failover test's faults (kill -9 of the writing Galera node, of a
# non-writing one, of a cart-service and a storefront replica) plus SIGSTOP of the writing node for 30 s and a
# rolling restart of every service replica, all under the same constant load of shoppers and a member of staff
# editing. Prints, per fault, the orders acknowledged, lost, duplicated, oversold, without stock movement, the
# staff edits lost, the failed shopper requests, their window and the time until checkout works again (the table
# is also kept in target/cluster-chaos.md). Then the media faults under staff uploads and image views: kill -9 of
# an OSD, of one RGW, of both RGWs, and SIGSTOP of an OSD for 30 s. A benchmark: it reports figures.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
# package, not install: the launcher and its backing jar come from this checkout, whatever ~/.m2 holds.
./mvnw -B -o -q package -DskipTests
./mvnw -B -o verify -pl backing,launcher -Dtest=ClusterFailoverTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddozo.chaos.long=true -Djunit.jupiter.execution.timeout.default=60m | tee target/cluster-chaos.log
sed -n '/^| fault |/,/^$/p' target/cluster-chaos.log | tee target/cluster-chaos.md
