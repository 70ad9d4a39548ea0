# the growth fit's rates out of memory: the workload was written without growth, exit 0
args: calibrate tests/data/usage/cloudwatch-results.json tests/data/usage/cloudwatch-queries.json --pricing tests/data/usage/sheet.yaml
env: GAC_FAIL_ALLOC_IN=fit_workload:1
exit: 4
stdout-empty
stderr-has: failed in fit_workload
stderr-has: genaicost: out of memory
