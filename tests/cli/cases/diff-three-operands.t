args: diff a.json b.json c.json
exit: 2
stderr-has: diff takes OLD and NEW (got a third: 'c.json')
