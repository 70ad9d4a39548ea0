args: models --pricing tests/cli/expected/import-prices-sample.yaml --vendor anthropic --region eu-west-1 --format json
exit: 0
stdout-has: "anthropic.claude-3-haiku-20240307-v1:0"
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); m=[x for x in d['models'] if x['id'].startswith('anthropic.claude-3-haiku')][0]; assert abs(m['per_1m_tokens']['input']-0.3)<1e-12 and abs(m['per_1m_tokens']['output']-1.5)<1e-12, m" "$OUT"
