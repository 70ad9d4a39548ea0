args: validate examples/learn/*.yaml
exit: 0
stderr-empty
stdout-has: examples/learn/caching.yaml: ok
stdout-has: examples/learn/redundancy.yaml: ok
stdout-has: examples/learn/responsiveness.yaml: ok
stdout-has: examples/learn/model-size.yaml: ok
stdout-has: examples/learn/prompt-efficiency.yaml: ok
stdout-has: examples/learn/provisioned-break-even.yaml: ok
stdout-has: examples/learn/regional-coverage.yaml: ok
