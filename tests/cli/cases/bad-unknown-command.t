args: nosuchcommand
exit: 2
stderr-has: genaicost: unknown command 'nosuchcommand' (try 'genaicost --help')
stdout-empty
