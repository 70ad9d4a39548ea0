args: estimate tests/data/good/provisioned-no-requests.yaml
exit: 0
stdout-has: 0 tokens a month
stdout-lacks: per 1M tokens
stdout-lacks: inf
