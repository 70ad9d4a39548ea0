args: diff tests/data/ci/baseline-2025.json tests/data/ci/baseline-compare.json --set workloads.chat.output_tokens=1
exit: 2
stderr-has: --set and --pricing apply to scenario sides, and both sides are saved reports
