args: estimate examples/mixed-deployment.yaml --explain --format markdown
exit: 0
stdout-has:   - overflow 44.4% of the tokens (29,200,000,000), served on demand for $32,704.00
stdout-has:   - = units needed = max\(ceil\(5760000 ÷ 1000000 input tokens/min per unit\), ceil\(1440000 ÷ 200000 output tokens/min per unit\)\) = 8
