#!/bin/sh
# Does the scenario in the repository still describe production?  Set
# examples/usage/assistant.yaml beside last quarter's bill, an AWS Cost
# and Usage Report 2.0 export (cur-2026-q3.csv; a .csv.gz export reads
# the same), per month, model and price kind.  Exit 1 when the billed
# total is more than the tolerance (5%, or $TOLERANCE) off the estimate,
# so a CI job fails when the scenario drifts from the bill.
#
#   sh examples/usage/reconcile.sh                  # the quarter: exit 0
#   sh examples/usage/reconcile.sh --month 2026-09  # September: exit 1
#
# GENAICOST names the binary (default: genaicost on PATH).
set -u
here=$(cd "$(dirname "$0")" && pwd)
exec ${GENAICOST:-genaicost} reconcile "$here/assistant.yaml" --bill "$here/cur-2026-q3.csv" \
	--tolerance "${TOLERANCE:-5%}" "$@"
