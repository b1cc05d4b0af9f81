package hardcodedsecret

// A token split over lines is one value: it is matched whole, and reported
// once, at the concatenation (its parts one by one matched the generic rule
// once per line).
const (
	sessionToken = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImp0aSI6ImN3MiFSbDU2eDNo` + // want `"eyJ0…" in sessionToken: .*rule jwt`
		`UnkjelM4YmdOIn0.eyJpc3MiOiJhcGkudmVuZG9yLm5sIiwiYXVkIjoiYXBp` +
		`LnZlbmRvci5ubCIsImlhdCI6MTU4MjIwMTU1MCwiZXhwIjoyMTE4NzQ1NTUw` +
		`LCJjaWQiOiI2MDQ0OSJ9.fYBWV4O5WPXxGuWG-vcrFWqmRHBm9yp0PHiYh_o` +
		`AWxWxCaZX2Rf6WJfc13AxEeZ67-lY0TA2kSaOCp0PggBb_MGj73t4cH8gdwD` +
		`JzANVxkiPL1Saqiw2NgZ3IHASJnis`

	// A name that says the value is a stand-in for documentation or
	// tests gets the test-file policy: a signed JWT is a fixture there...
	DemoToken = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImp0aSI6ImN3MiFSbDU2eDNo` +
		`UnkjelM4YmdOIn0.eyJpc3MiOiJhcGkudmVuZG9yLm5sIiwiYXVkIjoiYXBp` +
		`LnZlbmRvci5ubCIsImlhdCI6MTU4MjIwMTU1MCwiZXhwIjoyMTE4NzQ1NTUw` +
		`LCJjaWQiOiI2MDQ0OSJ9.fYBWV4O5WPXxGuWG-vcrFWqmRHBm9yp0PHiYh_o` +
		`AWxWxCaZX2Rf6WJfc13AxEeZ67-lY0TA2kSaOCp0PggBb_MGj73t4cH8gdwD` +
		`JzANVxkiPL1Saqiw2NgZ3IHASJnis`

	// ...but a vendor-format live key still reports, whatever its name.
	demoStripeKey   = "sk_live_Dm4Rt6Yu7Io8Pa9Sd0Fg1Hj2Kl3Zx4Q" // want `in demoStripeKey: .*credlint-stripe-live-key`
	examplePassword = "Tr0ub4dor&3xq"
	testAPIToken    = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
)

// A concatenation with something other than literals is checked part by
// part, as before.
var prefix = "Bearer "
var header = prefix + "sk_live_Cc4Rt6Yu7Io8Pa9Sd0Fg1Hj2Kl3Zx4W" // want `credlint-stripe-live-key`
