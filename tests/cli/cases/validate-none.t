args: validate
exit: 2
stderr-has: validate needs at least one FILE
