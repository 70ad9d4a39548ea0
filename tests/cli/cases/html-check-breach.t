args: check examples/chatbot.yaml --baseline examples/ci/chatbot.baseline.json --max-increase 10% --set workloads.chat.output_tokens=500 --format html
exit: 1
stdout-has: <!DOCTYPE html>
stdout-has: <details open><summary>
