args: estimate examples/agent-drivers.yaml --set workloads.*.output_tokens=100
exit: 3
stderr-has: workload 'retrieval': output_tokens is 100, but amazon.titan-embed-text-v2:0 is an embedding model and embedding models produce no output tokens
stdout-empty
