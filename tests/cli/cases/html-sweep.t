args: what-if examples/learn/provisioned-break-even.yaml --sweep workloads.assistant.requests_per_month=10M:50M:5 --format html
exit: 0
stdout-has: <figure>
stdout-has: <th class="r">
stdout-lacks: <?xml
