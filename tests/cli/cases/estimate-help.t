args: estimate --help
exit: 0
stdout-has: usage: genaicost estimate
stdout-has: --explain
