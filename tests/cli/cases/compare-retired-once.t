args: compare examples/negotiated-prices.yaml
exit: 0
stderr-has: genaicost: warning: anthropic.claude-3-5-sonnet-20240620-v1:0 was retired on 2026-07-30 (AWS end of life); priced at the sheet's last prices
after: test "$($GENAICOST_BIN compare examples/negotiated-prices.yaml 2>&1 >/dev/null | grep -c 'was retired')" -eq 2
