args: estimate tests/data/good/reserved.yaml --set deployment.tokens_per_minute=1M --set deployment.term=1-month --set deployment.overflow=on-demand --format json --explain
exit: 0
stdout-has: "reserved": true
stdout-has: "component": "overflow input tokens (on demand)"
stdout-has: "total": 35574.545454545456
