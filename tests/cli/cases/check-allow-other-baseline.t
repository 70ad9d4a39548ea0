args: check examples/chatbot.yaml --baseline tests/data/ci/baseline-2025.json --max-increase 10% --allow-other-baseline --format json
exit: 1
stdout-has: "baseline_other_scenario": true
stdout-has: "inputs_compared": "numbers"
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); c={x['path']:(x['old'],x['new']) for x in d['changed_inputs']}; assert c['workloads.chat.output_tokens']==('200','400'), c; assert c['workloads.nightly']==(None,None), c; assert c['pricing.name']==('gate-prices','aws-bedrock'), c" "$OUT"
