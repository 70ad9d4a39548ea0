args: models --format xlsx
exit: 2
stderr-has: unknown format 'xlsx'
