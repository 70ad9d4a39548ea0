args: estimate examples/provisioned-vs-on-demand.yaml --set deployment.mode=provisioned --set deployment.commitment=1-month --format json
exit: 0
stdout-has: "units_needed": 8.0
stdout-has: "locked_in": 231264.0
stdout-has: "term_months": 1.0
