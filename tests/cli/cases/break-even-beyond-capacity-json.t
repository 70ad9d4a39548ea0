args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --set deployment.model_unit_output_tpm=50k --format json
exit: 0
stdout-has: "crossing_under_capacity": true
stdout-has: "under_capacity_b": true
stdout-has: "a": null,
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); l=d['capacity_limit']['b']; assert abs(l['value'] - 50000*43800/400) < 1e-6 and l['units'] == 1 and l['units_needed'] == 2" "$OUT"
stderr-empty
