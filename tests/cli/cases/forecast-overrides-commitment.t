args: forecast examples/growing-assistant.yaml --months 8 --set pricing_overrides.discount=10%
exit: 0
stdout-has:     7  pt-6-month         1.5869      1       -    $14,454.00   $85,759.23  $72,270.00  $16,060.00  $1,606.00
stdout-has: At list prices the 8 months cost $111,348.03; pricing_overrides save $11,134.80 of it.
