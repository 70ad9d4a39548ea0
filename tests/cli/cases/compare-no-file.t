args: compare
exit: 2
stderr-has: compare needs a SCENARIO
