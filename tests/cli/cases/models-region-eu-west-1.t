args: models --region eu-west-1 --format csv
exit: 0
stdout-has: minimax.minimax-m2.5,minimax,text,0.36,1.44,
stdout-has: meta.llama3-70b-instruct-v1:0,meta,text,2.86,3.78,
stderr-empty
