args: estimate tests/data/bad/bad-enum.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/bad-enum.yaml:11:9: deployment.mode must be one of on-demand, batch, provisioned, reserved (got 'sometimes')
stdout-empty
