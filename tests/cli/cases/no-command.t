args: 
exit: 2
stdout-has: usage: genaicost COMMAND
