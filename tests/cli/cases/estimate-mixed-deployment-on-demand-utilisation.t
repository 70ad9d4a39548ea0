args: estimate examples/mixed-deployment.yaml
exit: 0
stdout-has: 4 model units billed, 8 needed at peak (the rest served on demand)
stdout-has: utilisation at least 20.8% (the overflow share is an upper bound, exact for a flat load); 65,700,000,000 tokens a month at $1.48 per 1M tokens
stdout-has: overflow 44.4% of the tokens (29,200,000,000), served on demand for $32,704.00
stdout-lacks: utilisation 37.5%
