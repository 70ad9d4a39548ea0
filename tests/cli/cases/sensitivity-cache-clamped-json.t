args: sensitivity tests/data/good/cache-heavy.yaml --format json
exit: 0
stdout-has: "path": "workloads.chat.cache_read_fraction",
stdout-has: "clamped": true,
stdout-has: "clamped_high": true
stdout-has: "total_high": 1452.0,
stdout-has: "unranked": [
