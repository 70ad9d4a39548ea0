args: --help
exit: 0
stdout-has: --allow-path DIR
