args: forecast examples/growing-provisioned.yaml --months 12 --set deployment.model_units=auto
exit: 0
stdout-has:     4  pt-6-month         1.3310      2       2    $32,120.00   $80,300.00  $112,420.00
stdout-has:    12  pt-6-month         2.8531      3       3    $48,180.00  $369,380.00  $112,420.00
stdout-has:   extra purchase: +1 unit of anthropic.claude-instant-v1 (assistant) for pt-6-month, 6-month term from month 4 (to month 9), $16,060.00 a month
stdout-has:   renewal: 1 unit of anthropic.claude-instant-v1 (assistant) for pt-6-month, 6-month term from month 10 (to month 15), $16,060.00 a month
stdout-has: Commitments running past the last month still owe $112,420.00 after it
stdout-lacks: TOO FEW
