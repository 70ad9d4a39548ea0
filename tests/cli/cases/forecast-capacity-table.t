args: forecast examples/growing-provisioned.yaml --months 12
exit: 0
stdout-exact: forecast-capacity-table.txt
