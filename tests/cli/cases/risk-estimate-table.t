args: estimate examples/multi-region-assistant.yaml
exit: 0
# billed: 1 unit × 730 h × $22 = $16,060 + 400 GB × $0.01 = $16,064.00; the
# outage, (1 − 0.9999 × (1 − 0.005²)) × 730 h = 0.0912482 h × $5,000 = $456.24,
# comes below the total, apart, and with it $16,520.24
stdout-has: Total                                                                                                               $16,064.00
stdout-has: Not billed: risk                                  expected outage cost    0.0912482  downtime hour     $5,000.00       $456.24
stdout-has: Risk-adjusted total                                                                                                 $16,520.24
stdout-lacks: *                    -                            expected outage cost
