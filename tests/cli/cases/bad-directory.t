args: validate tests/data
exit: 4
stderr-has: genaicost: tests/data: is a directory, not a file
stdout-empty
