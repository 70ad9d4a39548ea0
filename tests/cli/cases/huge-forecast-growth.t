args: forecast examples/growing-assistant.yaml --months 600 --set workloads.assistant.growth_per_month=1000%
exit: 3
stdout-empty
stderr-has: examples/growing-assistant.yaml: month 288: the estimate overflows
