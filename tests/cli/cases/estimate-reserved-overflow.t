args: estimate tests/data/good/reserved.yaml --set deployment.input_tokens_per_minute=800k --set deployment.term=1-month --format json --explain
exit: 0
stdout-has: "reserved": true
stdout-has: "component": "overflow input tokens (on demand)"
stdout-has: "total": 48264.0,
stdout-has: "overflow_share": 0.19999999999999996
stdout-has: = 1 (a lower bound: the overflow share is an upper bound, exact for a flat load)
