args: forecast examples/growing-assistant.yaml --set deployment.mode=provisioned --set deployment.commitment=1-month --set deployment.model_units=1e302 --months 600 --format csv
exit: 3
stdout-empty
stderr-has: month 69: the cumulative cost overflows
