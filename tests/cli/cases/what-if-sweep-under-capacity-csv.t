args: what-if examples/mixed-deployment.yaml --sweep workloads.assistant.deployment.model_units=2:8:4 --format csv
exit: 0
stdout-has: workloads.assistant.deployment.model_units,baseline,throttle-overflow,units-for-the-peak,all-on-demand,under_capacity
stdout-has: ,throttle-overflow
after: test "$(tail -n 1 "$OUT" | tr -d '\r' | awk -F, '{print $NF}')" = ""
