args: estimate examples/provisioned-vs-on-demand.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month --format focus --period 2026-12
exit: 0
stdout-has: ,24090,24090,24090,24090,22,22,1095,model-unit hour,1095,model-unit hour,Usage,,Recurring,Claude Instant: provisioned throughput (commitment used),Committed,Provisioned Throughput,Used,Usage,genaicost:provisioned-throughput:us-east-1:anthropic.claude-instant-v1:6-month,"Provisioned Throughput, 6-month commitment, anthropic.claude-instant-v1",
stdout-has: ,104390,104390,104390,104390,22,22,4745,model-unit hour,,,Usage,,Recurring,Claude Instant: provisioned throughput (commitment unused),Committed,Provisioned Throughput,Unused,Usage,genaicost:provisioned-throughput:us-east-1:anthropic.claude-instant-v1:6-month,
