args: models --format focus
exit: 2
stdout-empty
stderr-has: unknown format 'focus'
