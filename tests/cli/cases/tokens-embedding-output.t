args: estimate tests/data/bad/embedding-output.yaml
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/embedding-output.yaml:9:20: workload 'search': output_tokens is 50, but amazon.titan-embed-text-v2:0 is an embedding model and embedding models produce no output tokens
