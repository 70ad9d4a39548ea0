# 4 provisioned units whose load above them goes on demand (overflow:
# on-demand): nothing is throttled, so no capacity verdict applies: null in
# JSON, "-" in the table (was 0.0%, though the units never carry the peak)
args: simulate tests/data/good/workload-deployment-uncertain.yaml --trials 200 --format json
exit: 0
after: python3 -c "import json,sys; o=json.load(open(sys.argv[1]))['options']; assert o[0]['prob_under_capacity'] is None" "$OUT"
after: $GENAICOST_BIN simulate tests/data/good/workload-deployment-uncertain.yaml --trials 200 | grep -q "^baseline .* 100.0%  *-$"
stderr-empty
