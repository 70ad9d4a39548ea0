args: estimate tests/data/bad/expr-unknown-name.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/expr-unknown-name.yaml:10:36: workloads.chat.requests_per_month: unknown name 'sesions' (did you mean the driver 'sessions'?)
stdout-empty
