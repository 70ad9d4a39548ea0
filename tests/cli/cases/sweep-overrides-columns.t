args: what-if examples/negotiated-prices.yaml --sweep workloads.triage.requests_per_month=1M:3M:3
exit: 0
stdout-has: workloads.triage.requests_per_month    baseline   edp-at-15      no-edp  baseline at list  edp-at-15 at list  no-edp at list
stdout-has:                           1,000,000  $46,456.02  $44,872.29  $52,790.93        $61,900.83         $61,900.83      $61,900.83
stdout-lacks: At list prices:
