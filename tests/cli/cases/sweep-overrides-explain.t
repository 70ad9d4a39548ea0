args: what-if examples/negotiated-prices.yaml --sweep workloads.triage.requests_per_month=1M:3M:3 --explain
exit: 0
stdout-has:   baseline first: 61900.833333333336 − 46456.02133333334 = 15444.811999999998 USD
stdout-has:   no-edp last: 62675.833333333336 − 53410.93333333334 = 9264.899999999994 USD
