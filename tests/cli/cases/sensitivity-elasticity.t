# beside each swing the input's elasticity, the exact slope of the
# compiled plan × value / total: requests 1 (the bill is proportional),
# output tokens 3,888 / (0.4 × 14,175) = 0.686, a cache share negative
args: sensitivity examples/chatbot.yaml
exit: 0
stdout-has: Swing  Elasticity
stdout-has: $5,670.00           1
stdout-has: $3,888.00       0.686
stdout-has: $1,166.40      -0.206
stdout-has: Elasticity: the percent the total moves for a 1% rise of the input
stdout-lacks: —
