// Package hardcodedsecretrules is checked with testdata/rules/acme.toml, a
// user rule file that extends credlint's defaults.
package hardcodedsecretrules

// The user's own format.
var serviceKey = "acme_9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c" // want `"acme_9f2c…" in serviceKey: ACME internal service key \(rule acme-service-key, high severity\)`

// credlint's rules still apply through [extend] useDefault.
var stripeKey = "sk_live_Bn7Vc6Xz5Lk4Jh3Gf2Ds1Aq0Wp9Oe8R" // want `credlint-stripe-live-key`

// Not the user's format: too short.
var notKey = "acme_1234abcd"

// A rule tagged no-placeholder-filter reports what reads like a stand-in...
var demoToken = "acmedemo_example_tenant_4k9x2m7q" // want `"acme…" in demoToken: ACME demo-tenant token \(rule acme-demo-token`

// ...while other rules keep the filter.
var docKey = "acme_abc1234567890abcdef1234567890abcd"
