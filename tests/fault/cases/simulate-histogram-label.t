# the first histogram bin's label failing to format: simulate printed the bar with a blank label, exit 0
args: simulate examples/uncertain-demand.yaml --trials 200 --threads 1 --pricing tests/data/fault/sheet.yaml
env: GAC_FAIL_ALLOC_IN=gac_money:18
exit: 4
stdout-empty
stderr-has: failed in gac_money
stderr-has: out of memory
