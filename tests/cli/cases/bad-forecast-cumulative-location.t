args: forecast examples/growing-assistant.yaml --set deployment.mode=provisioned --set deployment.commitment=1-month --set deployment.model_units=1e302 --months 600
exit: 3
stderr-has: genaicost: examples/growing-assistant.yaml:17:23: month 69: the cumulative cost overflows: an input or the growth is too large for 600 months (the growth, here: '0.08')
stdout-empty
