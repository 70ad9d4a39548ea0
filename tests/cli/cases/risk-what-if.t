args: what-if examples/multi-region-assistant.yaml --set topology.strategy=single --set topology.azs_per_region=1 --set traffic.cross_az_gb=0
exit: 0
# billed falls by the $4 of transfer; the risk rises: (1 − 0.9999 × 0.995) × 730 h × $5,000 = $18,613.18
stdout-has: Total: $16,064.00 → $16,060.00 (-$4.00, -0.0%)
stdout-has: Expected outage cost (not billed): $456.24 → $18,613.18; risk-adjusted total $16,520.24 → $34,673.18
