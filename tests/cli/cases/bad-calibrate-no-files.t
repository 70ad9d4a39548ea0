args: calibrate
exit: 2
stderr-has: calibrate needs at least one usage file
