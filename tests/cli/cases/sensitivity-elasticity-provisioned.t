# provisioned throughput is not compiled into the plan yet: the swing
# stands, the elasticity reads — and the note says why
args: sensitivity examples/mixed-deployment.yaml
exit: 0
stdout-has: $29,433.60           —
stdout-has: — where the plan cannot say
