args: estimate --format json tests/data/good/provisioned-no-requests.yaml
exit: 0
stdout-has: "effective_per_1m": null
stdout-has: "tokens_per_month": 0.0,
