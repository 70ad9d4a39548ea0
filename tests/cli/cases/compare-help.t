args: compare --help
exit: 0
stdout-has: usage: genaicost compare SCENARIO
