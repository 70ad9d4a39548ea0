args: models --vendor anthropic
exit: 0
stdout-has: Input/1M  Output/1M
stdout-has: anthropic.claude-instant-v1                anthropic  text      $0.8       $2.4            -             -               -              -        $44         $39.6           $22
stdout-has: Token prices per 1M tokens, whatever unit the sheet gives them in
