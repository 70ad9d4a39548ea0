# after the totals, an "OPTION under_capacity" column per option, true or false
args: what-if examples/learn/provisioned-break-even.yaml --sweep workloads.assistant.requests_per_month=10M:50M:5 --format csv
exit: 0
stdout-exact: sweep-too-few.csv
stdout-has: baseline under_capacity,pt-1-month under_capacity,pt-6-month under_capacity
after: test "$(tr -d '\r' < "$OUT" | tail -n +2 | cut -d, -f5-7 | tr '\n' ' ')" = "false,false,false false,false,false false,true,true false,true,true false,true,true "
