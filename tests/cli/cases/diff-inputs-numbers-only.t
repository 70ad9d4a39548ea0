args: diff tests/data/ci/baseline-2025.json tests/data/ci/gate.yaml --set workloads.chat.output_tokens=250 --format json
exit: 0
stdout-has: "inputs_compared": "numbers"
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); got=[(c['path'],c['old'],c['new']) for c in d['changed_inputs']]; assert got==[('workloads.chat.output_tokens','200','250'),('pricing.as_of','2025-06-01','2026-06-01'),('pricing.hash','e3755b02cb4800d3','39e4ded03a3cd3d6')], got" "$OUT"
