args: sensitivity tests/data/good/ranges.yaml --format json
exit: 0
stdout-has: "genaicost": "sensitivity/1"
stdout-has: "total_high": 45000.0
