before: printf 'genaicost: scenario/1\nworkloads:\n  - {name: a, model: anthropic.claude-3-5-haiku-20241022-v1:0, requests_per_month: 1000, input_tokens: 100, output_tokens: 10}\n' > "$GAC_TMP/noname.yaml"
args: validate "$GAC_TMP/noname.yaml"
exit: 0
stdout-has: noname.yaml: ok: scenario (no name), 1 workload, 0 options, priced with aws-bedrock
stderr-has: noname.yaml: warning: the scenario has no name: reports, baselines and check tell scenarios apart by it; add name: at the top
