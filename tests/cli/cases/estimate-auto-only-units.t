args: estimate examples/multi-region-assistant.yaml --set topology.azs_per_region=auto
exit: 2
stderr-has: topology.azs_per_region
