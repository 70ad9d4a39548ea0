args: estimate examples/chatbot.yaml --set workloads.chat.cache_read_fraction=0.7 --set workloads.chat.cache_write_fraction=0.3 --format json
exit: 0
stdout-lacks: "component": "input tokens"
stdout-lacks: e-10
stdout-has: "component": "cache write tokens"
