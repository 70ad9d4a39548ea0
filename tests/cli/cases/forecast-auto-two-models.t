# model_units: auto over two provisioned models: each model's throughput
# is its own purchase, sized from its own peak (chat's 171,233 input and
# 45,662 output tokens/min and long's fit one unit each): from month 2,
# 1 unit of Claude Instant at 22.00 x 730 = $16,060 and 1 of Claude v2
# at 35.00 x 730 = $25,550 a month, both for months 2 to 7; month 1 on
# demand, 5M x (1.5 x 0.0008 + 0.4 x 0.0024) + 1M x (1.5 x 0.008 +
# 0.4 x 0.024) = 10,800 + 21,600; owed after month 3: 4 x 41,610
args: forecast tests/data/forecast-auto-two-models.yaml --months 3
exit: 0
stdout-has:     1  baseline           1.0000      -       -    $32,400.00   $32,400.00        $0.00
stdout-has:     3  pt-auto            1.0000      2       2    $41,610.00  $115,620.00  $166,440.00
stdout-has:   purchase: 1 unit of anthropic.claude-instant-v1 (chat) for pt-auto, 6-month term from month 2 (to month 7), $16,060.00 a month
stdout-has:   purchase: 1 unit of anthropic.claude-v2 (long) for pt-auto, 6-month term from month 2 (to month 7), $25,550.00 a month
stdout-has: Commitments running past the last month still owe $166,440.00 after it
