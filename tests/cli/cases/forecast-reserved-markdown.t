args: forecast tests/data/good/forecast-reserved-option.yaml --months 3 --format markdown
exit: 0
stdout-has: | Month | Deployment | Growth factor | Units | Needed | Reserved | Overflow | Monthly cost | Cumulative | Owed after |
stdout-has: | 2 | reserve | 1.0000 | - | - | $37,500.00 | $0.00 | $37,500.00 | $98,820.00 | $75,000.00 |
stdout-has: - purchase: reservation of 1000000 input + 100000 output tokens/min of m\.tiers (chat) for reserve
