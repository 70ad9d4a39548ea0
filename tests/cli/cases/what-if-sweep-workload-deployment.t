args: what-if examples/mixed-deployment.yaml --sweep workloads.assistant.deployment.model_units=2:8:4
exit: 0
stdout-has: workloads.assistant.deployment.model_units     baseline  throttle-overflow  units-for-the-peak  all-on-demand
stdout-has:                                          2   $85,361.33       $32,217.33 !          $85,361.33     $73,681.33
stdout-has: ! TOO FEW units: the option's provisioned throughput does not carry the peak load at that point (under capacity); the load beyond is throttled.
stdout-has:                                          8  $128,577.33        $128,577.33         $128,577.33     $73,681.33
