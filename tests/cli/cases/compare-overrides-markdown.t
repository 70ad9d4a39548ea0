args: compare examples/negotiated-prices.yaml --format markdown
exit: 0
stdout-has: | Option | Region | Monthly cost | Change | Change % | At list | Saving |
stdout-has: | no-edp | us-east-1 | $53,100.93 | +$6,372.11 | +13.6% | $62,288.33 | $9,187.40 |
