args: forecast examples/growing-assistant.yaml --months 12
exit: 0
stdout-has:     2  baseline           1.0800    $11,664.00   $22,464.00
stdout-has:    12  pt-6-month         3.0311    $16,060.00  $175,588.03
