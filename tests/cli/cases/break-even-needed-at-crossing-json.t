args: break-even examples/mixed-deployment.yaml --vary workloads.assistant.requests_per_second --between throttle-overflow --and all-on-demand --range 1:100 --format json
exit: 0
stdout-has: "units_needed_b": null
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); x=d['break_even'][0]; assert abs(x['value'] - 34.92) < 0.01 and x['units_needed_a'] == 7 and d['capacity_limit']['a']['units_needed'] == 5" "$OUT"
stderr-empty
