args: estimate examples/mixed-deployment.yaml --explain
exit: 0
stdout-has: utilisation at least 20.8% (the overflow share is an upper bound, exact for a flat load); 65,700,000,000 tokens a month
stdout-has: ÷ (4 units × 200000 tokens/min × 60 × 730 h)) = 0.20833333333333334 (a lower bound: the overflow share is an upper bound, exact for a flat load)
stderr-empty
