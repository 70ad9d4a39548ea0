args: compare examples/chatbot-options.yaml
exit: 0
stdout-exact: compare.table
stderr-has: genaicost: warning: anthropic.claude-3-5-sonnet-20241022-v2:0 was retired on 2026-07-30 (AWS end of life); priced at the sheet's last prices
