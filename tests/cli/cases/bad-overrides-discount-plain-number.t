args: estimate examples/negotiated-prices.yaml --set pricing_overrides.discount=12
exit: 2
stderr-has: genaicost: pricing_overrides.discount is a discount from 0 to 100% (got 1200%; a plain number is a fraction: write 12% for that many percent)
