args: calibrate tests/data/usage/invocations-jan-feb.jsonl tests/data/usage/invocations-mar-apr.jsonl.gz --period 2026-01-01..2026-03-31
exit: 0
stdout-exact: calibrate-logs.yaml
stderr-has:   invocations used           18
stderr-has:   outside the period         1  (2026-01-01..2026-03-31)
stderr-has:   failed                     1  (an errorCode: not billed)
stderr-has:   other records              1  (schemaType not ModelInvocationLog)
stderr-has:   not written: acme.mystery-v1 in us-east-1, 1 request: not in the price sheet
stderr-has:   throttled: us.anthropic.claude-sonnet-4-5-20250929-v1:0 in us-east-1, 1 invocation refused (demand
stderr-lacks: 1 requests
