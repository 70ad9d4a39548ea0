args: estimate tests/data/good/bom.yaml
exit: 0
stdout-has: 14,175.00
stderr-has: genaicost: warning: anthropic.claude-3-5-sonnet-20241022-v2:0 was retired on 2026-07-30 (AWS end of life); priced at the sheet's last prices
