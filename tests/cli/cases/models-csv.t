args: models --format csv --vendor amazon
exit: 0
stdout-has: Model,Vendor,Kind,Per,Input,Output
stdout-has: amazon.nova-pro-v1:0,amazon,text
