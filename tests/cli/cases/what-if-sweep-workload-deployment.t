args: what-if examples/mixed-deployment.yaml --sweep workloads.assistant.deployment.model_units=2:8:4
exit: 0
stdout-has: workloads.assistant.deployment.model_units     baseline                   throttle-overflow  units-for-the-peak  all-on-demand
stdout-has:                                          2   $85,361.33  $32,217.33 TOO FEW (needs 8 units)          $85,361.33     $73,681.33
stdout-has: TOO FEW (needs N units): at that point the option's provisioned units do not carry the peak load (under capacity), N units would; the load beyond is throttled.
stdout-has:                                          8  $128,577.33                         $128,577.33         $128,577.33     $73,681.33
