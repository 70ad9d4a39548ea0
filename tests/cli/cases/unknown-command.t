args: frobnicate
exit: 2
stderr-has: unknown command 'frobnicate'
