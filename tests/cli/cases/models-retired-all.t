args: models --pricing tests/data/good/retired-sheet.yaml --all --format csv
exit: 0
stdout-has: Model,Vendor,Kind,Input/1M,Output/1M,Batch in/1M,Batch out/1M,Cache write/1M,Cache read/1M,PT none/h,PT 1-month/h,PT 6-month/h,Retired
stdout-has: m.old,acme,text,0.25,1.25,,,,,,,,2026-01-15
stdout-has: m.current,acme,text,1,5,,,,,,,,
stderr-empty
