args: forecast examples/growing-provisioned.yaml --months 6 --set deployment.model_units=auto --format json
exit: 0
stdout-has: "kind": "extra purchase",
stdout-has: "last_month": 9,
stdout-has: "owed_after": 112420.0,
stdout-has: "under_capacity": false
stdout-lacks: "under_capacity": true
