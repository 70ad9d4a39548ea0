args: compare examples/growing-assistant.yaml --set deployment.mode=provisioned --set deployment.commitment=1-month --set deployment.model_units=1e302 --months 600 --format json
exit: 3
stdout-empty
stderr-has: examples/growing-assistant.yaml: the total cost of ownership over 600 months overflows
