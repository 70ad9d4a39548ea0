args: estimate examples/mixed-deployment.yaml --format json
exit: 0
stdout-lacks: "plan"
stdout-lacks: "formula"
