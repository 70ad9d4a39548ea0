args: sensitivity examples/multi-region-assistant.yaml --format csv
exit: 0
stdout-has: hours_per_month,730,584,744,
