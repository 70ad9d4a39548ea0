args: compare examples/negotiated-prices.yaml
exit: 0
stdout-exact: compare-overrides.table
stderr-has: genaicost: warning: anthropic.claude-3-haiku-20240307-v1:0 was retired on 2026-09-10 (AWS end of life); priced at the sheet's last prices
