# the report's "genaicost" key failing to store: what-if --sweep --format json left it out, exit 0
args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1M:3M:3 --pricing tests/data/fault/sheet.yaml --format json
env: GAC_FAIL_ALLOC_IN=jansson:71
exit: 4
stdout-empty
stderr-has: failed in jansson
stderr-has: out of memory
