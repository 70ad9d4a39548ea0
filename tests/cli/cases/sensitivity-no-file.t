args: sensitivity
exit: 2
stderr-has: sensitivity needs a SCENARIO
