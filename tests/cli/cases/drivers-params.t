args: params examples/agent-drivers.yaml
exit: 0
stdout-has: drivers.users = 20000
stdout-has: drivers.calls_per_session = 4
