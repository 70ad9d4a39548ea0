args: estimate examples/agent-drivers.yaml --explain
exit: 0
stdout-exact: agent-drivers-explain.txt
stderr-empty
