args: models --region me-central-1
exit: 3
stdout-empty
stderr-has: no model offered in region 'me-central-1'; the sheet's regions: us-east-1, us-west-2, ap-northeast-1, ap-southeast-1, eu-central-1, us-east-2, ca-central-1, sa-east-1, eu-west-2, eu-west-3, ap-south-1, ap-northeast-2, ap-southeast-2, us-gov-west-1, us-gov-east-1, eu-west-1, eu-north-1, eu-south-1
