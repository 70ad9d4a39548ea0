# a drawn pattern that applies to no workload: exit 3 at its uncertain: entry
before: cp tests/data/good/embeddings-only.yaml "$GAC_TMP/u.yaml" && printf 'uncertain:\n  workloads.*.output_tokens: 100 to 500\n' >> "$GAC_TMP/u.yaml"
args: simulate $GAC_TMP/u.yaml --trials 100
exit: 3
stderr-has: /u.yaml:16:3: 'workloads.*.output_tokens' applies to no workload of this scenario
stderr-lacks: bound the uncertain inputs
