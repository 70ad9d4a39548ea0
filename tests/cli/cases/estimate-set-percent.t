args: estimate examples/chatbot.yaml --set workloads.chat.batch_fraction=0% --set workloads.chat.response_cache_hit_rate=0 --format csv
exit: 0
stdout-lacks: batch
stdout-has: output tokens,800000,1K tokens,0.015,12000
