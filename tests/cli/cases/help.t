args: --help
exit: 0
stdout-has: estimate
stdout-has: models
stdout-has: validate
stdout-has: params
stdout-has: Exit codes
