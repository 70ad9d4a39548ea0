args: estimate tests/data/bad/unknown-key.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/unknown-key.yaml:9:5: unknown key 'output_tokns' in a workload (did you mean 'output_tokens'?)
stdout-empty
