# a swept pattern that applies to no workload: a usage error (exit 2)
args: what-if tests/data/good/embeddings-only.yaml --sweep workloads.*.output_tokens=100:500:3
exit: 2
stderr-has: genaicost: at workloads.*.output_tokens = 100 (baseline): 'workloads.*.output_tokens' applies to no workload of this scenario
