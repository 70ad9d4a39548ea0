args: sensitivity examples/multi-region-assistant.yaml
exit: 0
# not ranked unless named: hours in a month, choices, seasonality
stdout-lacks: hours_per_month         
stdout-has: 23 structural inputs not ranked (hours_per_month, deployment.mode, deployment.commitment, topology.azs_per_region and 19 more): name one with --vary to rank it.
# active hours 24 × 1.2 is past 24: moved as far as it goes, marked *
stdout-has: workloads.assistant.active_hours_per_day       24    19.20      24*    $32,124.00     $16,064.00  $16,060.00
stdout-has: * the scenario refuses the full move on that side
