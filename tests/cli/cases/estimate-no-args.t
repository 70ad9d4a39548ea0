args: estimate
exit: 2
stderr-has: give a SCENARIO file, or --model ID
