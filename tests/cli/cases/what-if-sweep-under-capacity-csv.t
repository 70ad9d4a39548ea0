args: what-if examples/mixed-deployment.yaml --sweep workloads.assistant.deployment.model_units=2:8:4 --format csv
exit: 0
stdout-has: workloads.assistant.deployment.model_units,baseline,throttle-overflow,units-for-the-peak,all-on-demand,baseline under_capacity,throttle-overflow under_capacity,units-for-the-peak under_capacity,all-on-demand under_capacity
# throttle-overflow (the 7th column) is true at 2, 4 and 6 units, false at 8
stdout-has: 2,85361.33333333333,32217.333333333332,85361.33333333333,73681.33333333333,false,true,false,false
after: test "$(tr -d '\r' < "$OUT" | tail -n +2 | cut -d, -f7 | tr '\n' ' ')" = "true true true false "
