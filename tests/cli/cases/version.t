args: --version
exit: 0
stdout-has: genaicost 0.3.0
