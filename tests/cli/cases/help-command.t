args: help simulate
exit: 0
stdout-has: usage: genaicost simulate SCENARIO
stdout-has: --precision P
