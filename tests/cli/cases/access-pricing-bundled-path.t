args: estimate tests/data/access/pricing-bundled-path.yaml --format csv
exit: 0
stdout-has: chat,
