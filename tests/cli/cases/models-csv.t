args: models --format csv --vendor amazon
exit: 0
stdout-has: Model,Vendor,Kind,Input/1M,Output/1M,Batch in/1M,Batch out/1M,Cache write/1M,Cache read/1M,PT none/h,PT 1-month/h,PT 6-month/h
stdout-has: amazon.nova-micro-v1:0,amazon,text,0.035,0.14,0.0175,0.07,,0.00875,,,
stdout-has: amazon.nova-pro-v1:0,amazon,text,0.8,3.2,0.4,1.6,,0.2,,,
