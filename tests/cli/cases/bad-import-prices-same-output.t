args: import-prices tests/data/offers/us-east-1.json --report -
exit: 2
stderr-has: genaicost: --report - and -o (standard output) name the same file
