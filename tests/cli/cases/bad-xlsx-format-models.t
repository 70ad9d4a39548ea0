args: models --format xlsx
exit: 2
stderr-has: models has no --format xlsx (its formats: table, json, csv, markdown, html)
