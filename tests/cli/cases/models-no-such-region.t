args: models --region eu-west-1
exit: 3
stdout-empty
stderr-has: no model offered in region 'eu-west-1'; the sheet's regions: us-east-1, us-west-2, ap-northeast-1, eu-central-1, us-gov-west-1
