args: reconcile tests/data/usage/haiku-assistant.yaml --tolerance 5
exit: 2
stderr-has: reconcile needs a SCENARIO and --bill FILE
