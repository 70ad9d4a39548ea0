args: check tests/data/ci/gate.yaml --set budget.monthly=none --set budget.options.small.monthly=none --set budget.workloads.nightly.monthly=none
exit: 2
stderr-has: nothing was judged: every threshold measures an increase and has no baseline figure (give --baseline)
