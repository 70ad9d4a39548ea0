# an option's pattern that applies to no workload: exit 3 at its value
args: compare tests/data/bad/wildcard-applies-to-none.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/wildcard-applies-to-none.yaml:13:38: option 'longer': 'workloads.*.output_tokens' applies to no workload of this scenario: the one workload it names runs an embedding model (docs: amazon.titan-embed-text-v2:0), and embedding models produce no output tokens
