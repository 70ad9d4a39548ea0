before: printf 'genaicost: scenario/1\nworkloads:\n  - {name: a, model: anthropic.claude-3-5-haiku-20241022-v1:0, requests_per_month: 1000, input_tokens: 100, output_tokens: 10}\n' > "$GAC_TMP/noname.yaml"
args: validate --format json "$GAC_TMP/noname.yaml"
exit: 0
stdout-has: "name": null
stderr-has: noname.yaml: warning: the scenario has no name
after: python3 -c "import json,sys; f=json.load(open(sys.argv[1]))['files'][0]; assert f['valid'] and f['warnings']==['the scenario has no name: reports, baselines and check tell scenarios apart by it; add name: at the top'], f" "$OUT"
