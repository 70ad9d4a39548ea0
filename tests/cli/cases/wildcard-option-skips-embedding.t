# an option's pattern skips the embedding workload: chat 1M × 1,000 / 1K ×
# $0.0008 = $800 in, 1M × 500 / 1K × $0.0024 = $1,200 out, docs 2M × 300 /
# 1K × $0.00002 = $12: $2,012.00 (baseline, 200 out: $1,292.00)
args: compare tests/data/good/wildcard-skip.yaml
exit: 0
stdout-has: baseline (cheapest)  us-east-1     $1,292.00
stdout-has: longer               us-east-1     $2,012.00  +$720.00    +55.7%
