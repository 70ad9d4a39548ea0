# the streamed JSON sweep's frame losing its "genaicost" member (the
# allocation of the key failing): what-if --sweep --format json wrote the
# document without its tag, exit 0
args: what-if examples/chatbot.yaml --sweep workloads.chat.requests_per_month=1M:3M:2 --format json --pricing tests/data/fault/sheet.yaml
env: GAC_FAIL_ALLOC_IN=jansson:14
exit: 4
stdout-empty
stderr-has: failed in jansson
stderr-has: out of memory
