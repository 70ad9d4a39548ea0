# the report's "genaicost" key failing to store: sensitivity --format json left it out, exit 0
args: sensitivity examples/chatbot-options.yaml --format json --pricing tests/data/fault/sheet.yaml
env: GAC_FAIL_ALLOC_IN=jansson:320
exit: 4
stdout-empty
stderr-has: failed in jansson
stderr-has: out of memory
