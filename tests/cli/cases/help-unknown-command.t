args: help nope
exit: 2
stderr-has: genaicost: unknown command 'nope' (try 'genaicost --help')
stdout-empty
