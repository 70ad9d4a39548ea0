# a pattern that applies to no workload: a usage error naming it (exit 2)
args: estimate tests/data/good/embeddings-only.yaml --set workloads.*.output_tokens=500
exit: 2
stderr-has: genaicost: 'workloads.*.output_tokens' applies to no workload of this scenario: every workload it names runs an embedding model (docs: amazon.titan-embed-text-v2:0), and embedding models produce no output tokens
stdout-empty
