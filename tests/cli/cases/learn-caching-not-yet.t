# the other side of learn-caching-pays-off: at 0.50% the node costs more than it saves
args: estimate examples/learn/caching.yaml --set services.response-cache.quantity=1 --set workloads.assistant.response_cache_hit_rate=0.0050
exit: 0
stdout-has: $31,502.37
