args: models --vendor nobody
exit: 3
stdout-empty
stderr-has: no model of vendor 'nobody'; the sheet's vendors: anthropic, amazon, meta,
