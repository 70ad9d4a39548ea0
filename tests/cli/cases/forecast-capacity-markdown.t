args: forecast examples/growing-provisioned.yaml --months 5 --format markdown
exit: 0
stdout-has: | Month | Deployment | Growth factor |
stdout-has: 1 TOO FEW
stdout-has: Months 4 to 5 are under capacity (TOO FEW)
stdout-has: - purchase: 1 unit of anthropic\.claude\-instant\-v1 (assistant) for pt-6-month, 6-month term from month 1 (to month 6), $16,060.00 a month
