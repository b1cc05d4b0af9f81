package hardcodedsecret

// One name model: cred and bearer are credential names here as in the flow
// checks, so gitleaks' generic rule fires on them.
var cred = "25563d21455fa67ba17b60d1fc2b7295" // want `in cred: .*rule generic-api-key`

var bearer = "b850438991f85f01a24f1ab1d5ea42d1" // want `in bearer: .*rule generic-api-key`

// A vendor rule that needs the vendor's name in context fires whatever the
// naming style.
var (
	algolia_key   = "3f9a2c7e1b8d4f6a0c5e9b2d7f1a4c8e" // want `in algolia_key: .*rule algolia-api-key`
	algoliaKey    = "8e4c1a7f2d9b5e0c6a4f8d1b7e2c9a3f" // want `in algoliaKey: .*rule algolia-api-key`
	ALGOLIA_KEY   = "5a1e7c3b9f2d8a4e0b6c2f9d5e1a7c3b" // want `in ALGOLIA_KEY: .*rule algolia-api-key`
	algoliaAPIKey = "c2f8a4e1b7d3c9f5a0e6b2d8f4a1c7e3" // want `in algoliaAPIKey: .*rule algolia-api-key`
)

// ...but a lookup key named after nothing gets no credential context.
var sortKey = "9d2e6a1c8f4b7e3a5c0d9f2b6e8a4c1d"

// X/Twitter bearer tokens open with a run of "A": their structure, not a
// placeholder's.
var twitterBearer = "AAAAAAAAAAAAAAAAAAAAAAeRqhqWJYAXeRpzds3mOjAqnJcXKV5NDk0MEgr0VrZz1FB6D06qgOFb8cHqbIiU4njKs4DjKg0FZmaqmeemYiBpuF9M" // want `"AAAA…" in twitterBearer: .*rule twitter-bearer-token`

// The placeholder filter judges words, not letters that spell one by
// chance inside a random key.
var (
	chanceHere = "sk_live_9here2Xy7Kq4Lm8Np3Rs6Tv1Wz5Ab" // want `credlint-stripe-live-key`
	chanceYour = "sk_live_Q7hEre2yoUrK9dmOcK4sAmPlE8nB"  // want `credlint-stripe-live-key`
)

// Struct-tag defaults are compiled into the binary like any literal.
type EnvConfig struct {
	APIKey   string `env:"STRIPE_KEY" envDefault:"sk_live_Tz8Yx7Wv6Ut5Sr4Qp3On2Ml1Kj0Ih9G"` // want `in APIKey: .*credlint-stripe-live-key`
	Password string `default:"pgPass2024"`                                                  // want `in Password: .*credlint-hardcoded-password`
	Port     string `envDefault:"8080"`
	Token    string `envDefault:"${TOKEN}"`
	Region   string `default:"eu-west-1"`
}
