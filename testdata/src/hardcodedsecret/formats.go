// Package hardcodedsecret holds what the hardcodedsecret check must report
// (want comments) and the look-alikes it must not.
package hardcodedsecret

// Vendor formats from the API guides.
const stripeKey = "sk_live_PirDRKgOz9uDJroI72AtLXYDRft3" // want `hardcoded secret "sk_live_PirD…" in stripeKey: .*rule credlint-stripe-live-key, high severity`

var restricted = "rk_live_KG2yQ0FsFm8bQeW0IgwhgDL5H535" // want `"rk_live_KG2y…" .*credlint-stripe-live-key`

var prodKey = "sk_prod_LlSvqU6V3dNkqpVeLJoSK06wGMfE" // want `credlint-stripe-live-key`

// A sandbox key still does not belong in source, but matters less.
var sandboxKey = "sk_test_WlEBd64ZjlWxjzq8TAw4JnMz9cKD" // want `"sk_test_WlEB…" .*rule credlint-stripe-test-key, low severity`

var autosendKey = "as_mR3DDqzOcRs4knlzAiM5IGo3zDeO" // want `"as_mR3D…" .*credlint-autosend-api-key`

var systemID = "ss_sys_4XTmeRKPjAyCzOKAFDOq8dEpj0td" // want `"ss_sys_4XTm…" .*credlint-suresend-system-id`

// A UUID bound to a credential name is an API key (Sent's x-api-key).
var sentAPIKey = "4b3aea42-b110-43a3-8c01-046c4dcb608e" // want `"4b3a…" in sentAPIKey: .*credlint-uuid-api-key, medium severity`

// gitleaks' default rules apply too.
var githubToken = "ghp_5cJRXeK63TsvDRutEFgNjCfYu97IISWBLGuf" // want `"ghp_5cJR…" .*rule github-pat`

var awsKey = "AKIADFHYUAMN7TNLEGMP" // want `rule aws-access-token`

var slackToken = "xoxb-413464805623-742093917919-UBjmxXWduxJwkyZtA857P5KJ" // want `"xoxb-4134…" .*rule slack-bot-token`

// gitleaks' generic rule, in credential context only.
var clientSecret = "6cbf34ead6d70f75a79315049d20a742" // want `"6cbf…" in clientSecret: .*rule generic-api-key`

// A signed token in application code.
var sessionJWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" // want `"eyJh…" in sessionJWT: .*rule jwt, high severity`
