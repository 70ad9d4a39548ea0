args: forecast examples/growing-assistant.yaml --months 2 --set workloads.assistant.growth_per_month=-200%
exit: 2
stderr-has: is a change per month, -100% or more
