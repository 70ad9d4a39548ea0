args: check examples/multi-region-assistant.yaml --budget 16100 --set budget.include_risk=maybe
exit: 2
stderr-has: genaicost: budget.include_risk must be one of false, true (got 'maybe')
stdout-empty
