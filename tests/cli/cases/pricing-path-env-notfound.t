args: models --pricing nosuch
env: GENAICOST_PRICING_PATH=/nonexistent-a:/nonexistent-b
exit: 4
stderr-has: genaicost: no price sheet named 'nosuch' (looked in /nonexistent-a, /nonexistent-b, 
stderr-has: /pricing)
stdout-empty
