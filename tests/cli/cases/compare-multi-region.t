args: compare examples/multi-region-assistant.yaml
exit: 0
stdout-exact: multi-region.table
