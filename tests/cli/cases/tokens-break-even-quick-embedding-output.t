args: break-even --model amazon.titan-embed-text-v2:0 --commitment 6-month --input-tokens 100 --output-tokens 10
exit: 3
stdout-empty
stderr-has: genaicost: workload 'default': output_tokens is 10, but amazon.titan-embed-text-v2:0 is an embedding model and embedding models produce no output tokens
stderr-has: genaicost: for an embedding model leave out --output-tokens (or give 0)
