# the report's "genaicost" key failing to store: simulate --format json left it out, exit 0
args: simulate examples/uncertain-demand.yaml --trials 200 --threads 1 --pricing tests/data/fault/sheet.yaml --format json
env: GAC_FAIL_ALLOC_IN=jansson:120
exit: 4
stdout-empty
stderr-has: failed in jansson
stderr-has: out of memory
