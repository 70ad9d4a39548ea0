args: estimate examples/mixed-deployment.yaml --explain
exit: 0
stdout-has: = 4 model units × 730 hours (6-month commitment) = 2920 model-unit hours × 22 USD = 64240 USD
stdout-lacks: model-unit hour ×
stderr-empty
