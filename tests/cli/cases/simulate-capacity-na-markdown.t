# Markdown: "-" in the P(under capacity) cell of the on-demand baseline;
# and of a provisioned option whose unit has no tokens per minute
# (horizon-fixed.yaml's pt-6-month: units needed unknown)
args: simulate tests/data/good/capacity-uncertain.yaml --trials 4000 --format markdown
exit: 0
stdout-has: | $79,700.04 | - | 0.0% | - |
stdout-has: | - | 73.9% | 0.0% |
after: $GENAICOST_BIN simulate tests/data/good/horizon-fixed.yaml --trials 10 | grep -q "^pt-6-month .* 0.0%  *-$"
stderr-empty
