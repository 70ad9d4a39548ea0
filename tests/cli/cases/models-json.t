args: models --format json --region ap-northeast-1
exit: 0
stdout-has: "genaicost": "models/1"
stdout-has: "mu_1_month": 53.0
stdout-lacks: "id": "amazon.nova-pro-v1:0"
stdout-has: "per_1m_tokens": {
