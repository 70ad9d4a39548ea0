args: calibrate tests/data/usage/statistics-invocations.json
exit: 2
stderr-has: does not name its model: give it with --model
