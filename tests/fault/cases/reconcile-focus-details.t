# jansson failing to read a row's SkuPriceDetails: reconcile took the row for one of another service's and reported a different bill, exit 0
args: reconcile examples/chatbot.yaml --bill tests/cli/expected/chatbot.focus --pricing tests/data/fault/sheet.yaml --format json
env: GAC_FAIL_ALLOC_IN=jansson:1
exit: 4
stdout-empty
stderr-has: failed in jansson
stderr-has: genaicost: tests/cli/expected/chatbot.focus: out of memory
