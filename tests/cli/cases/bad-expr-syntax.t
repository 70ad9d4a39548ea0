args: validate tests/data/bad/expr-syntax.yaml
exit: 3
stderr-has: tests/data/bad/expr-syntax.yaml:10:50: workloads.chat.requests_per_month: expected ')' before the end
