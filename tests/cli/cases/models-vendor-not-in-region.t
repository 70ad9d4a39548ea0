args: models --vendor ai21 --region us-gov-west-1
exit: 3
stdout-empty
stderr-has: no model of vendor 'ai21' is offered in region 'us-gov-west-1'
