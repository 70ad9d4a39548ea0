args: forecast examples/growing-assistant.yaml --months 12
exit: 0
stdout-has:     2  baseline           1.0800      -       -    $11,664.00   $22,464.00       $0.00
stdout-has:     7  pt-6-month         1.5869      1       -    $16,060.00   $95,288.03  $80,300.00
stdout-has:    12  pt-6-month         3.0311      1       -    $16,060.00  $175,588.03       $0.00
stdout-has:   purchase: 1 unit of anthropic.claude-instant-v1 (assistant) for pt-6-month, 6-month term from month 7 (to month 12), $16,060.00 a month
