# --vary with a pattern that moves no input (every workload runs an
# embedding model, which takes no output tokens) is a usage error, exit 2,
# not an empty table with exit 0
args: sensitivity tests/data/good/embeddings-only.yaml --vary workloads.*.output_tokens
exit: 2
stdout-empty
stderr-has: genaicost: --vary workloads.*.output_tokens moves no input: every path it matches is 0 or does not apply to its workload
