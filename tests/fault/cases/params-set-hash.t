# the scenario's hash extended by a --set, which allocated its text
# failing to allocate: the hash was left as the file's, exit 0 (a report that claims the unchanged inputs)
args: params examples/chatbot.yaml --format json --set workloads.chat.output_tokens=512
env: GAC_FAIL_ALLOC_IN=hash_extend
exit: 0
stdout-has: "hash": "bee644789cb7cf5c"
