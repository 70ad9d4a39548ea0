# README: the cache node ($159.87) pays for itself once it answers 0.51% of
# the requests ($159.87 / $31,500): the baseline with the node, just past
# and just short of that share (the uncached bill is $31,500.00)
args: estimate examples/learn/caching.yaml --set services.response-cache.quantity=1 --set workloads.assistant.response_cache_hit_rate=0.0051
exit: 0
stdout-has: $31,499.22
