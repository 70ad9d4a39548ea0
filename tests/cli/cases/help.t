args: --help
exit: 0
stdout-has: estimate
stdout-has: models
stdout-has: validate
stdout-has: params
stdout-has: Exit codes
stdout-has:        genaicost -h | --help | help [COMMAND]
stdout-has:        genaicost -V | --version
stdout-has:   simulate      Monte Carlo over uncertain inputs: the spread of the bill
stdout-has:   import-prices AWS Price List offer files into a price sheet
