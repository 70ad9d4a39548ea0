args: diff tests/data/ci/baseline-2025.json tests/data/ci/gate.yaml --format csv
exit: 0
stdout-has: Workload,Model,Component,Before,After,Change,Change %
stdout-has: chat,m.big,output tokens,2400,3000,600,25
